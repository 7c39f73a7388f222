"""What reading an answer's PDF (or annex) costs against reading its text.

    python benchmarks/read_formats.py [--runs 7]

The seeds' answers are made into PDFs (tests/generate/pdf.py, fpdf2: `pip install ".[test]"`)
and an ``.xlsx`` annex, then read with :func:`okot_audit.read_answer`. Times are medians:

- *in process*, once the libraries are imported — the reader's own cost;
- *fresh process*: ``python -c "read_answer(path)"`` — what a user or the pre-commit hook pays
  per file, Python's start and the lazy import of pypdfium2 / openpyxl included;

each for two stages: *read* (bytes to the numbered lines of a Source: decoding text, laying a
PDF or a workbook out) and *read_answer* (to tables: the parser on those lines).

The goal (issue 9): reading the seeds' PDFs costs at most 3x reading their text, in the fresh
process a user runs. The script prints both figures and says whether the goal is met.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
GOAL = 3.0


def median_seconds(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fresh_process(path: Path, runs: int, stage: str) -> float:
    """Median seconds of a fresh Python reading `path` to a Source (`read`) or an Answer."""
    if stage == "read":
        code = "import sys; from okot_audit.source import read_source; read_source(sys.argv[1])"
    else:
        code = "import sys; from okot_audit import read_answer; read_answer(sys.argv[1])"
    command = [sys.executable, "-c", code, str(path)]

    def run() -> None:
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    return median_seconds(run, runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    from generate.pdf import Document, seed_document, write_pdf
    from generate.xlsx import write_xlsx
    from okot_audit import read_answer
    from okot_audit.source import read_source

    seeds = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        files: dict[str, list[Path]] = {"text": [], "pdf": [], "xlsx": []}
        for seed in seeds:
            files["text"].append(ROOT / "seeds" / f"{seed}.txt")
            pdf = base / f"{seed}.pdf"
            pdf.write_bytes(write_pdf(seed_document(seed)))
            files["pdf"].append(pdf)
            annex = base / f"{seed}.xlsx"
            annex.write_bytes(write_xlsx(Document(seed_document(seed).tables))[0])
            files["xlsx"].append(annex)
        for paths in files.values():  # import the libraries and warm the caches once
            for path in paths:
                read_source(path)
        results = {}
        for stage, function in (("read", read_source), ("read_answer", read_answer)):
            for kind, paths in files.items():
                inside = median_seconds(lambda ps=paths, f=function: [f(p) for p in ps], runs)
                fresh = sum(fresh_process(p, runs, stage) for p in paths)
                results[stage, kind] = (inside, fresh)
    print(f"the {len(seeds)} seed answers, median of {runs} runs")
    print(f"{'stage':<13}{'input':<7}{'in process':>13}{'x text':>8}{'fresh process':>16}{'x text':>8}")
    for (stage, kind), (inside, fresh) in results.items():
        base_in, base_fresh = results[stage, "text"]
        print(f"{stage:<13}{kind:<7}{inside * 1000:>10.1f} ms{inside / base_in:>7.1f}x"
              f"{fresh * 1000:>13.1f} ms{fresh / base_fresh:>7.1f}x")
    print("read: bytes to numbered lines (okot_audit.source / okot_audit.read); read_answer: to tables.")
    for stage in ("read", "read_answer"):
        ratio = results[stage, "pdf"][1] / results[stage, "text"][1]
        verdict = "met" if ratio <= GOAL else "NOT met"
        print(f"goal for {stage}: a PDF costs at most {GOAL:.0f}x its text in a fresh process — {ratio:.1f}x, {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
