"""Parse throughput: MB/s of answer text read into tables, on a generated corpus.

    python benchmarks/parse_throughput.py [--answers 1000] [--seed 2026] [--repeat 3]

The corpus is built by the test suite's constructive generator (``tests/generate/``) from a
fixed seed, so every run reads the same answers: persons → memberships → counts → text printed
the way PDF extraction prints it (wrapped labels, blanks as spaces, floating province labels,
page breaks, repeated headers, prose full of numbers, several encodings and line ends).

It times :func:`okot_audit.parse.parse_answer` on already-decoded text (the reader proper),
and decoding plus reading from bytes (what ``okot-audit extract`` does per file), and prints
the best of `--repeat` passes for each, with the peak memory of one pass of the reader.
It also counts the cells read and any parse issue, so a fast run that reads nothing shows.

Figures of 25 November 2026 (1,000 answers, 2 shared cores): parse 3.1 s, 0.83 MB/s, 319
answers/s (2.98–3.38 s before that day's speed work, in runs on the same busy machine).
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the generator lives with the tests

from generate.choices import Plan, RandomChooser  # noqa: E402
from generate.model import draw_answer  # noqa: E402
from generate.render import render  # noqa: E402

from okot_audit.parse import parse_answer  # noqa: E402
from okot_audit.source import decode_source  # noqa: E402


def corpus(count: int, seed: int) -> list[bytes]:
    """`count` generated answers as file bytes, the same for the same seed."""
    out = []
    for i in range(count):
        chooser = RandomChooser(seed * 1_000_003 + i)
        out.append(render(draw_answer(chooser), Plan(chooser)).data())
    return out


def best_of(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=1000, help="answers in the corpus (default 1000)")
    parser.add_argument("--seed", type=int, default=2026, help="corpus seed (default 2026)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes, best shown (default 3)")
    args = parser.parse_args()

    start = time.perf_counter()
    data = corpus(args.answers, args.seed)
    built = time.perf_counter() - start
    sources = [decode_source(d, f"generated-{i}.txt") for i, d in enumerate(data)]
    size_mb = sum(len(s.text.encode("utf-8")) for s in sources) / 1e6
    bytes_mb = sum(len(d) for d in data) / 1e6

    answers = [parse_answer(s) for s in sources]  # warm-up, and what was read
    tables = sum(len(a.tables) for a in answers)
    cells = sum(len(t.cells) for a in answers for t in a.tables)
    issues = sum(len(a.issues) for a in answers)

    parse_s = best_of(args.repeat, lambda: [parse_answer(s) for s in sources])
    full_s = best_of(
        args.repeat, lambda: [parse_answer(decode_source(d, f"generated-{i}.txt")) for i, d in enumerate(data)]
    )
    tracemalloc.start()
    for s in sources:
        parse_answer(s)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"corpus      {args.answers} answers (seed {args.seed}), {size_mb:.2f} MB of text "
          f"({bytes_mb:.2f} MB as files), built in {built:.1f} s")
    print(f"read        {tables} tables, {cells} cells, {issues} parse issues")
    print(f"parse       {parse_s:.3f} s  {size_mb / parse_s:6.2f} MB/s  "
          f"{args.answers / parse_s:8.0f} answers/s  (text already decoded)")
    print(f"decode+parse {full_s:.3f} s  {size_mb / full_s:6.2f} MB/s  "
          f"{args.answers / full_s:8.0f} answers/s  (from file bytes)")
    print(f"peak memory {peak / 1e6:.1f} MB traced while reading one answer at a time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
