"""Where `okot-audit check --format json --jobs 1` spends its CPU time beyond the reader.

    python benchmarks/check_parts.py [FOLDER] [--answers 1000] [--seed 2026] [-o report.json]

Runs one `check FOLDER --format json --no-cache --jobs 1` in this process (the report goes to
a temporary file, or to ``-o``: byte for byte the report of the command line) with each part's functions timed in CPU seconds, and prints every part's
seconds and its share of the run: the reader (decoding and laying the text out, then
:func:`~okot_audit.parse.parse_answer`), each rule of the audit (a finding's message included,
and the time of making the findings, :meth:`~okot_audit.rules.base.Rule.finding`, on its own
line), the schema screen, the figures kept for the comparison across answers (their rows, the
index's inserts and pairing, the ``figure-revised`` findings), spilling each answer's record and
writing the JSON report. What is left is the command line's own work (walking the folder,
reading the files, sorting and counting the findings). Without FOLDER, `--answers` generated
answers (the corpus of ``corpus_run.py``, the same for a seed) in a temporary folder.

The timing wraps a few thousand calls per 1,000 answers: its own cost is well under 1% of the
run. It is not a profiler: what a part calls is in the part (a rule's use of the shared pairings
of ``okot_audit.totals`` is in the first rule that asks for them). Compare two versions by
running this in turn for each (``PYTHONPATH=...``), the machine being shared.

Figures of 7 December 2026 (the 1,000 answers of /tmp/bc, load 11–13 on two cores: CPU seconds,
one run): 8.3 s in all; the reader 5.7 s (69%: laying out 0.5 s, parsing 5.2 s); the audit
1.0–1.2 s (13%; the rules' own logic 0.7–0.9 s, no rule above 0.22 s; making the 20,393 findings
0.26–0.29 s; the schema screen 0.14 s); the figures across answers 0.6–0.7 s (their rows 0.18 s,
the index's inserts 0.26 s, pairing 0.12 s, the 6,554 ``figure-revised`` findings 0.28–0.33 s);
the JSON report 0.21 s (0.11 s for the findings, 0.10 s for the documents); the rest 0.4 s.
What comes after the reader is 2.5 s, a third of the run and flat: with all of it gone, `check`
would still be the reader's 5.7 s, so the 6x goal of issue 10 waits on the reader.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "tests"))  # (the generator of the corpus)
sys.path.append(str(ROOT))  # (after PYTHONPATH: another version of okot-audit is timed where it names one)

#: The parts timed: (module, attribute path, the part's name). The reader's parts first.
PARTS = (
    ("okot_audit.source", "source_from_bytes", "reader: decode and lay out"),
    ("okot_audit.parse", "parse_answer", "reader: parse"),
    ("okot_audit.audit", "audit_answer", "audit (all rules)"),
    ("okot_audit.schemas", "validate_answer", "  schema screen"),
    ("okot_audit.rules.base", "Rule.finding", "  making findings and messages"),
    ("okot_audit.corpus.revisions", "figure_rows", "figures: rows of each answer"),
    ("okot_audit.corpus.revisions", "FigureIndex.add", "figures: index inserts"),
    ("okot_audit.run", "CorpusRun.finish", "figures: pairing"),
    ("okot_audit.run", "CorpusRun._corpus_findings", "figures: figure-revised findings"),
    ("okot_audit.run", "CorpusRun.add", "spilling each answer's record (with index inserts)"),
    ("okot_audit.run", "CorpusRun._load", "reading the records back"),
    ("okot_audit.report.json_report", "JsonStream.document", "JSON: documents"),
    ("okot_audit.report.json_report", "dump_finding", "JSON: findings"),
)


def timed(totals: "defaultdict[str, float]", name: str, function: Callable) -> Callable:
    """`function`, adding its CPU seconds to ``totals[name]`` (a call within a call of the
    same part counts once)."""
    depth = [0]

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if depth[0]:
            return function(*args, **kwargs)
        depth[0] += 1
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[name] += time.process_time() - start
            depth[0] -= 1

    return wrapper


def instrument(totals: "defaultdict[str, float]") -> None:
    """Wrap every part of :data:`PARTS`, and each rule's findings under its name."""
    for module_name, path, name in PARTS:
        owner: Any = importlib.import_module(module_name)
        *outer, last = path.split(".")
        for attribute in outer:
            owner = getattr(owner, attribute)
        setattr(owner, last, timed(totals, name, getattr(owner, last)))
    from okot_audit.rules.base import Rule

    findings = Rule.findings

    def rule_findings(self: Rule, answer: Any, context: Any, lang: str = "en") -> Any:
        start = time.process_time()
        found = list(findings(self, answer, context, lang))
        totals[f"  rule {self.name}"] += time.process_time() - start
        return iter(found)

    Rule.findings = rule_findings  # type: ignore[method-assign]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", help="the answers to check (else generated ones)")
    parser.add_argument("--answers", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--rules", type=int, default=8, help="how many rules to list by name")
    parser.add_argument("-o", "--output", help="keep the JSON report in this file")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(options.folder) if options.folder else Path(temporary) / "answers"
        if not options.folder:
            from corpus_run import write_corpus

            folder.mkdir()
            write_corpus(folder, options.answers, options.seed)
        totals: defaultdict[str, float] = defaultdict(float)
        instrument(totals)
        from okot_audit.cli import main as cli_main

        report = options.output or str(Path(temporary) / "report.json")
        start = time.process_time()
        try:
            cli_main(["check", str(folder), "--format", "json", "--no-cache", "--jobs", "1", "-o", report])
        except SystemExit:
            pass
        whole = time.process_time() - start
    print(f"check --format json --jobs 1 over {folder}: {whole:.3f} CPU s")
    reader = sum(v for k, v in totals.items() if k.startswith("reader"))
    rules = sorted(((v, k) for k, v in totals.items() if k.startswith("  rule ")), reverse=True)
    for _, path, name in PARTS:
        print(f"{totals.get(name, 0.0):8.3f} s {100 * totals.get(name, 0.0) / whole:5.1f}%  {name}")
        if name == "audit (all rules)":
            for seconds, rule in rules[:options.rules]:
                print(f"{seconds:8.3f} s {100 * seconds / whole:5.1f}%  {rule}")
    print(f"{reader:8.3f} s {100 * reader / whole:5.1f}%  the reader in all")
    print(f"{whole - reader:8.3f} s {100 * (whole - reader) / whole:5.1f}%  everything after the reader")
    return 0


if __name__ == "__main__":
    sys.exit(main())
