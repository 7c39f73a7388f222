"""How well single-spaced extractor text is read: pypdf, pdfplumber ``extract_text()`` and
pdfplumber ``extract_text(layout=True)``, over generated answers of mixed shapes.

    python benchmarks/single_spaced.py [--answers 300] [--first 0] [--extractor pypdf ...]
                                       [--show] [--json out.json]

Answer *i* is ``draw_answer(RandomChooser(f"mixed-{i}"), kinds=KINDS)`` (every table shape of
``tests/generate/``), printed as a PDF in the style the same chooser draws, and its text taken
by each extractor (needs ``pip install ".[test]"``). Each text is read and judged by the
properties of ``tests/test_shapes_forms.py``; per extractor the script counts answers

- *silent misread*: a figure not read as printed (level, row, period, count) and no error at
  all — ``okot-audit check`` would pass it;
- *false error*: a correct total reported as an error (the answer is consistent);
- *not right or reported*: any cell read wrong (label included), a cell lost without an
  ``ambiguous-alignment`` finding at its row, another finding than that, or a false error —
  the strict property (:func:`assert_right_or_reported`);
- *exact*: every cell read, no finding.

Same answers, same figures: run it on two versions of the reader to compare them
(``PYTHONPATH=/path/to/other/checkout python benchmarks/single_spaced.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

EXTRACTORS = ("pypdf", "pdfplumber", "pdfplumber-layout")


def answer_of(index: int):
    """The model of answer `index` and its PDF."""
    from generate.choices import RandomChooser
    from generate.model import KINDS, draw_answer
    from generate.pdf import document_from_model, draw_style, write_pdf

    chooser = RandomChooser(f"mixed-{index}")
    answer = draw_answer(chooser, kinds=KINDS)
    style = draw_style(chooser)
    return answer, write_pdf(document_from_model(answer), style)


def judge(answer, model) -> dict:
    """What the reader made of one text (see the module documentation)."""
    from okot_audit import audit
    from test_shapes_forms import _figure, assert_right_or_reported, got_cells, want_cells, TOTAL_RULES

    got, want = got_cells(answer), want_cells(model)
    findings = audit(answer).findings
    errors = [f for f in findings if f.severity == "error"]
    false_errors = [f for f in errors if f.rule in TOTAL_RULES]
    lost = {_figure(c) for c in want} - {_figure(c) for c in got}
    try:
        assert_right_or_reported(answer, model)
        why = None
    except AssertionError as exc:
        why = str(exc).split("\n")[0][:300]
    causes = []
    wrong = set(got) - set(want)
    if wrong:
        causes.append("wrong-cell")
    kinds = {f"{i.kind}({i.reason})" for i in answer.issues if i.kind != "ambiguous-alignment"}
    causes.extend(sorted(kinds))
    if false_errors:
        causes.append("false-error")
    return {
        "exact": not (set(want) ^ set(got)) and not answer.issues,
        "silent": bool(lost) and not errors,
        "false_error": bool(false_errors),
        "not_right_or_reported": why is not None,
        "causes": causes,
        "why": why,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--first", type=int, default=0)
    parser.add_argument("--extractor", action="append", choices=EXTRACTORS)
    parser.add_argument("--show", action="store_true", help="list every answer not right or reported")
    parser.add_argument("--json", help="write every judgement to this file")
    args = parser.parse_args()
    extractors = tuple(args.extractor or EXTRACTORS)

    from generate.extract import extract
    from okot_audit import read_text

    counts = {e: Counter() for e in extractors}
    causes = {e: Counter() for e in extractors}
    records = []
    start = time.perf_counter()
    for index in range(args.first, args.first + args.answers):
        model, pdf = answer_of(index)
        for extractor in extractors:
            text = extract(pdf, extractor)
            try:
                verdict = judge(read_text(text, "generated.txt"), model)
            except Exception as exc:  # a crash is the worst reading of all: count it, go on
                verdict = {"exact": False, "silent": False, "false_error": False, "not_right_or_reported": True,
                           "causes": [f"crash({type(exc).__name__})"], "why": repr(exc)[:300]}
            counts[extractor]["answers"] += 1
            for key in ("exact", "silent", "false_error", "not_right_or_reported"):
                counts[extractor][key] += bool(verdict[key])
            causes[extractor].update(verdict["causes"])
            records.append({"answer": index, "extractor": extractor, **verdict})
            if args.show and verdict["not_right_or_reported"]:
                print(f"  mixed-{index} {extractor}: {', '.join(verdict['causes']) or '-'}: {verdict['why']}")
    seconds = time.perf_counter() - start
    print(f"{args.answers} answers (mixed-{args.first} .. mixed-{args.first + args.answers - 1}), {seconds:.0f} s")
    print(f"{'extractor':<18} {'exact':>6} {'not right/reported':>19} {'false error':>12} {'silent misread':>15}")
    for extractor in extractors:
        c = counts[extractor]
        n = c["answers"]
        print(f"{extractor:<18} {c['exact']:>4}/{n} {c['not_right_or_reported']:>15}/{n} "
              f"{c['false_error']:>8}/{n} {c['silent']:>11}/{n}")
        print("    causes: " + ", ".join(f"{k} {v}" for k, v in causes[extractor].most_common()))
    if args.json:
        Path(args.json).write_text(json.dumps(records, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
