"""Time and memory against the size of ONE answer: does reading and auditing grow linearly?

    python benchmarks/scaling.py [--sizes 1 2 4 8] [--family generated seeds] [--seed 2026]

One answer of each size (in MB) is built here, the same on every run:

- ``generated``: the answer parts (from ``ANTWOORD`` on) of the test suite's generated answers
  (the constructive generator, fixed seed), one after the other under one question part: many
  tables of every generated shape;
- ``seeds``: the two seeds' answer parts repeated in turn (year tables and province blocks).

For each answer one fresh ``okot-audit check FILE --format json --no-cache --jobs 1`` process
is measured (its CPU seconds, steadier than wall time on a shared machine, and its own peak
resident size, as in ``corpus_run.py``), and the reader
alone (decode and :func:`~okot_audit.parse.parse_answer`, CPU seconds, in a fresh process).
Printed: seconds per MB at each size, and the ratio of the largest size's seconds per MB to the
smallest's. Linear time gives a ratio near 1 (the machine's noise and the garbage collector's
walks of a growing heap add a little); a step that scans from every table to the end of the
answer, or compares every table with every other, shows as a ratio that grows with the sizes.
It is a benchmark, not a test: no limit is asserted.

Figures of 5 December 2026 (shared 2-core machine, load 5–9 from other work; CPU seconds):
the code of that morning, ``generated`` 1 and 8 MB: ``check`` 1.74 s and 26.9 s (3.4 s per MB at
8 MB, 1.9x the 1 MB rate: ``measure-unknown`` compared every table with every other, and an
answer item's tables were found by a scan of every table, for the deferred answers and for
``answer-deferred``), peak 58 and 289 MB. After the fix, 1/2/4/8 MB: ``check`` 1.95/3.15/
6.17/12.6 s (1.57 s per MB at 8 MB, 0.81x the 1 MB rate: the process's start weighs less), the
reader alone 1.07/1.96/4.15/9.0 s (1.05x), peak 58/95/160/288 MB; ``seeds`` 1/2/4/8 MB:
``check`` 1.02/1.66/3.09/6.34 s (0.78x), the reader 0.54/1.07/2.06/4.99 s (1.15x), peak
43/65/94/166 MB. Memory grows linearly too (the answer's cells and findings are held: about
36 MB per MB of a generated answer at 8 MB).

Later that day (the machine overloaded, load 10–14): the highest memory of a large answer was
the JSON report joining all its findings' text at once, then ``str.lower()`` of the whole text
(12 bytes per character of text that is not ASCII); both now go a part at a time. ``generated``
2 MB: peak 100 → 76 MB; 8 MB: 303 → 213 MB (38 → 27 MB per MB), the report byte for byte the
same. What stays is the answer itself (its lines, cells and tables: about 10 MB per MB) and its
findings (13,000 for 2 MB, about 5 MB per MB) while the rules run. ``--format sarif`` still
builds its whole report before writing it: 191 MB for the 2 MB answer.

5–6 December 2026 (load 4–6; ``/usr/bin/time -v`` of ``check FILE --format F --no-cache -j 1
-o FILE``, ``generated`` 2 MB): ``--format sarif`` now writes its log a result at a time, as
JSON does (the findings read back twice from the run's records: once for the files the log
names, once for the results): peak 193 → 75 MB (``--format json``: 78 MB), CPU 3.8 → 3.6 s, the
16.5 MB log byte for byte the same.

The same night, an answer of one table printed with semicolons (``Opleiding nummer N;a;b;c``,
a ``Totaal`` line whose figures pass a million: a ``schema-violation``), 20,000 to 160,000
rows (0.6 to 5 MB), ``check --format json``: CPU 3.1 / 7.2 / 13.4 / 26.0 s (linear: about
0.17 ms a row, 80% of it the reader), peak 72 / 301 / 451 MB for 20k / 40k / 80k before,
72 / 200 / 266 / 413 MB after (20k / 40k / 80k / 160k): a table the schema screen doubted went to
pandera whole (a dict, then a DataFrame row, per cell: +180 MB for 120,000 cells); pandera now
sees only the cells the screen doubts. What stays grows linearly (about 1.9 KB a row of three
figures: the lines, cells and tables, pandas and pandera loaded for the one failure); 553,000
such rows would take about 90 CPU s and 1.1 GB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_run import compile_package, find_tool  # noqa: E402
from generate.choices import Plan, RandomChooser  # noqa: E402
from generate.model import draw_answer  # noqa: E402
from generate.render import render  # noqa: E402

from okot_audit.source import decode_text  # noqa: E402

#: Reads one answer and prints the reader's CPU seconds (decoding and parsing).
READER = """
import sys, time
from okot_audit.parse import parse_answer
from okot_audit.source import decode_source
data = open(sys.argv[1], "rb").read()
start = time.process_time()
answer = parse_answer(decode_source(data, sys.argv[1]))
print(time.process_time() - start, sum(len(t.cells) for t in answer.tables))
"""


#: Runs a command and prints its CPU seconds (user and system) and peak resident size in MB: a
#: small launcher, so that the benchmark's own memory does not count (see ``corpus_run.py``).
MEASURE = """
import os, subprocess, sys
process = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(process.pid, 0)
peak = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 1024 / 1024
print(f"{usage.ru_utime + usage.ru_stime:.3f} {peak:.1f}", file=sys.stderr)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_measured(command: list[str]) -> tuple[int, str, float, float]:
    """Run `command`; its exit status, stderr, CPU seconds and peak resident size in MB."""
    result = subprocess.run([sys.executable, "-c", MEASURE, *command], stderr=subprocess.PIPE, check=False)
    *lines, last = result.stderr.decode(errors="replace").rstrip("\n").split("\n")
    seconds, peak = last.split()
    return result.returncode, "\n".join(lines), float(seconds), float(peak)


def _answer_part(text: str) -> tuple[str, str]:
    """The text before ``ANTWOORD`` (the questions) and from it on (the answer)."""
    head, mark, body = text.partition("ANTWOORD")
    return head, mark + body


def parts(family: str, seed: int):
    """The question part, then the answer parts to repeat, for `family`."""
    if family == "seeds":
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
        return _answer_part(texts[0])[0], [_answer_part(t)[1] for t in texts]
    bodies = []
    head = ""
    for i in range(200):
        chooser = RandomChooser(seed * 1_000_003 + i)
        data = render(draw_answer(chooser), Plan(chooser)).data()
        question, body = _answer_part(decode_text(data, "generated")[0])
        head = head or question
        bodies.append(body)
    return head, bodies


def build(path: Path, megabytes: float, head: str, bodies: list[str]) -> float:
    """Write one answer of about `megabytes` MB to `path`; its size in MB."""
    chunks, size, i = [head], len(head.encode()), 0
    while size < megabytes * 1e6:
        body = bodies[i % len(bodies)]
        chunks.append(body)
        size += len(body.encode()) + 1
        i += 1
    data = "\n".join(chunks).encode("utf-8")
    path.write_bytes(data)
    return len(data) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--family", nargs="+", default=["generated", "seeds"], choices=["generated", "seeds"])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-reader", action="store_true", help="leave out the reader-alone pass")
    args = parser.parse_args()
    okot = find_tool()
    compile_package()
    print(f"{'family':>10} {'MB':>6} {'cells':>7} {'check s':>8} {'s/MB':>6} {'peak MB':>8} {'reader s':>9} {'s/MB':>6}")
    with tempfile.TemporaryDirectory(prefix="okot-scaling-") as work:
        for family in args.family:
            head, bodies = parts(family, args.seed)
            per_mb: list[tuple[float, float | None]] = []
            for megabytes in sorted(args.sizes):
                answer = Path(work) / f"{family}-{megabytes:g}.txt"
                size = build(answer, megabytes, head, bodies)
                code, stderr, seconds, peak = run_measured(
                    [okot, "check", str(answer), "--format", "json", "--no-cache", "--jobs", "1", "-o", os.devnull])
                if code not in (0, 1):
                    print(stderr[-2000:], file=sys.stderr)
                    return 2
                read, cells = None, "-"
                if not args.no_reader:
                    out = subprocess.run([sys.executable, "-c", READER, str(answer)], capture_output=True,
                                         check=True).stdout.split()
                    read, cells = float(out[0]), out[1].decode()
                per_mb.append((seconds / size, read / size if read is not None else None))
                shown = f"{read:>9.2f} {read / size:>6.2f}" if read is not None else f"{'-':>9} {'-':>6}"
                print(f"{family:>10} {size:>6.1f} {cells:>7} {seconds:>8.2f} {seconds / size:>6.2f} {peak:>8.0f} {shown}",
                      flush=True)
            if len(per_mb) > 1:
                (first, first_read), (last, last_read) = per_mb[0], per_mb[-1]
                reader_ratio = f", the reader's {last_read / first_read:.2f}" if first_read and last_read else ""
                print(f"{family:>10} seconds per MB at {max(args.sizes):g} MB / at {min(args.sizes):g} MB: "
                      f"check's {last / first:.2f}{reader_ratio} (1.0 is linear)", flush=True)
    print("seconds: CPU seconds; cells: the cells the reader read (a fast run that reads nothing shows); "
          "peak MB: the check process's own")
    return 0


if __name__ == "__main__":
    sys.exit(main())
