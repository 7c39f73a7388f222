"""Start-up cost of `okot-audit` against `frictionless validate`, as a user at a prompt feels it.

    python benchmarks/startup.py [--runs 7]

Times, as the median of several runs of a fresh process each:

- `okot-audit --version` (the floor: Python, click and the package's light modules);
- `okot-audit check seeds/ --no-cache` (cold: read, parse, schemas, rules — clean tables pass
  the plain-Python schema screen, so pandas and pandera are not imported);
- `okot-audit check seeds/` with the cache primed by one run (warm: what the pre-commit hook
  pays for unchanged answers);
- `frictionless validate rows.csv` on a 40-row CSV generated here.

Everything runs inside a temporary folder (frictionless refuses absolute paths outside the
current directory, and the warm cache must not touch the repository). Needs frictionless:
`pip install ".[bench]"`.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def find_tool(name: str) -> str | None:
    """The console script `name` next to this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def write_rows(path: Path, rows: int = 40) -> None:
    """A tidy CSV like `okot-audit extract` writes, `rows` lines long."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["path", "table", "measure", "level", "province", "code", "label",
                         "period", "partial", "count", "line"])
        for i in range(rows):
            writer.writerow(["a.txt", "started", "started", "row", "", f"9080{i % 40:02d}",
                             f"opleiding {i}", str(2018 + i % 4), "false", 10 + i, 60 + i])


def time_runs(command: list[str], runs: int, expect: tuple[int, ...] = (0,)) -> list[float]:
    """Wall-clock seconds of `runs` fresh runs of `command` (output discarded)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - start)
        if result.returncode not in expect:
            sys.exit(f"{' '.join(command)} exited {result.returncode}: {result.stderr.decode()[-500:]}")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="repetitions per command (median shown)")
    runs = parser.parse_args().runs

    okot = find_tool("okot-audit")
    frictionless = find_tool("frictionless")
    if okot is None:
        print('okot-audit is not installed: pip install "."', file=sys.stderr)
        return 1
    if frictionless is None or importlib.util.find_spec("frictionless") is None:
        print('frictionless is not installed; install the benchmark extra: pip install ".[bench]"',
              file=sys.stderr)
        return 1

    work = Path(tempfile.mkdtemp(prefix="okot-startup-"))
    previous = os.getcwd()
    try:
        os.chdir(work)
        os.environ["OKOT_AUDIT_CACHE_DIR"] = str(work / "cache")  # not the user's cache folder
        shutil.copytree(SEEDS, work / "seeds")
        write_rows(work / "rows.csv")
        subprocess.run([okot, "check", "seeds"], stdout=subprocess.DEVNULL, check=True)  # primes the cache
        timings = {
            "okot-audit --version": time_runs([okot, "--version"], runs),
            "okot-audit check seeds/ (cold, --no-cache)": time_runs([okot, "check", "seeds", "--no-cache"], runs),
            "okot-audit check seeds/ (warm, cached)": time_runs([okot, "check", "seeds"], runs),
            "frictionless validate rows.csv (40 rows)": time_runs([frictionless, "validate", "rows.csv"], runs),
        }
    finally:
        os.chdir(previous)
        shutil.rmtree(work, ignore_errors=True)

    medians = {name: statistics.median(t) for name, t in timings.items()}
    reference = medians["frictionless validate rows.csv (40 rows)"]
    width = max(len(name) for name in medians)
    print(f"median of {runs} runs, {sys.implementation.name} {sys.version.split()[0]}, {sys.platform}")
    print(f"{'command':<{width}}  {'median':>8}  {'min':>8}  {'max':>8}  {'/ frictionless':>14}")
    for name, median in medians.items():
        low, high = min(timings[name]), max(timings[name])
        print(f"{name:<{width}}  {median * 1000:6.0f} ms  {low * 1000:5.0f} ms  {high * 1000:5.0f} ms"
              f"  {median / reference:13.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
