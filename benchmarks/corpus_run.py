"""A corpus run as users start it: `okot-audit check FOLDER --format json` over generated answers.

    python benchmarks/corpus_run.py [--answers 1000 10000] [--jobs 1 2] [--seed 2026]

For each corpus size the generated answers (the test suite's constructive generator, fixed
seed: the same corpus on every run) are written to a temporary folder, and for each `--jobs`
value one fresh `okot-audit check` process audits the folder (no cache, report to a file).
Printed per run: answers/s, MB/s, the peak memory of the largest process, and the ratio of its
time to a baseline measured in the same run: reading, decoding and tokenising the same files
(a regular expression over the text) in this process. The reports of every `--jobs` value are
compared byte for byte; a difference is an error.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the generator lives with the tests

from generate.choices import Plan, RandomChooser  # noqa: E402
from generate.model import draw_answer  # noqa: E402
from generate.render import render  # noqa: E402

from okot_audit.source import decode_source  # noqa: E402

TOKEN = re.compile(r"\S+")


def write_corpus(folder: Path, count: int, seed: int) -> int:
    """`count` generated answers as files in `folder`; returns their total size in bytes."""
    size = 0
    for i in range(count):
        chooser = RandomChooser(seed * 1_000_003 + i)
        data = render(draw_answer(chooser), Plan(chooser)).data()
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"answer-{i:05d}.txt").write_bytes(data)
        size += len(data)
    return size


def baseline(folder: Path) -> float:
    """Seconds to read, decode and tokenise every answer file below `folder`."""
    start = time.perf_counter()
    tokens = 0
    for path in sorted(folder.rglob("*.txt")):
        tokens += len(TOKEN.findall(decode_source(path.read_bytes(), str(path)).text))
    assert tokens
    return time.perf_counter() - start


def child_peak_mb() -> float:
    """The largest resident size of any finished child process so far, in MB (Linux: KiB)."""
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def find_tool() -> str:
    beside = Path(sys.executable).parent / "okot-audit"
    return str(beside) if beside.exists() else (shutil.which("okot-audit") or "okot-audit")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    okot = find_tool()
    print(f"{'answers':>8} {'MB':>6} {'jobs':>4} {'seconds':>8} {'answers/s':>10} {'MB/s':>6} "
          f"{'peak MB':>8} {'x baseline':>10}")
    status = 0
    for count in args.answers:
        work = Path(tempfile.mkdtemp(prefix="okot-corpus-"))
        try:
            corpus = work / "corpus"
            corpus.mkdir()
            megabytes = write_corpus(corpus, count, args.seed) / 1e6
            base = baseline(corpus)
            reports = {}
            for jobs in args.jobs:
                out = work / f"report-{jobs}.json"
                env = {**os.environ, "OKOT_AUDIT_CACHE_DIR": str(work / "cache")}
                start = time.perf_counter()
                result = subprocess.run([okot, "check", str(corpus), "--format", "json", "--no-cache",
                                         "--jobs", str(jobs), "-o", str(out)],
                                        stderr=subprocess.PIPE, env=env, check=False)
                seconds = time.perf_counter() - start
                if result.returncode not in (0, 1):
                    print(result.stderr.decode()[-2000:], file=sys.stderr)
                    return 2
                reports[jobs] = out.read_bytes()
                print(f"{count:>8} {megabytes:>6.1f} {jobs:>4} {seconds:>8.2f} {count / seconds:>10.0f} "
                      f"{megabytes / seconds:>6.2f} {child_peak_mb():>8.0f} {seconds / base:>10.1f}")
            if len(set(reports.values())) > 1:
                print(f"error: the reports of --jobs {args.jobs} differ", file=sys.stderr)
                status = 1
            print(f"{'':>8} baseline (read + decode + tokenise): {base:.2f} s, {megabytes / base:.1f} MB/s")
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print("peak MB is the largest process of the runs so far (ru_maxrss of finished children)")
    return status


if __name__ == "__main__":
    sys.exit(main())
