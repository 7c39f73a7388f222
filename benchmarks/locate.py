"""Localisation speed: error localisation and typo suggestions on generated tables.

    python benchmarks/locate.py [--seed 2026] [--repeat 3] [--faults 1 2 3]

Tables of 10 x 5 up to 200 x 12 cells and long ones of 1,000 and 4,000 rows (rows x periods) are built by the test suite's
constructive generator (``tests/generate/``: persons → memberships → counts, so every total
holds), then one to three figures are mistyped (a swap, a doubled digit, a dropped digit, at
random figures drawn from a fixed seed), each so that it breaks a total (a typo hidden inside
the allowed double counting leaves nothing to localise). For each table the benchmark times
:func:`okot_audit.locate.locate_table` — the constraints, the mixed-integer program (scipy
``milp``/HiGHS) for every failing group of figures, the enumeration of tied smallest sets and
the typo suggestions — and prints the best of `--repeat` runs, with what was found: the size of
the smallest change, the sets listed (``+`` when the cap was reached) and the suggestions.

scipy is imported once before timing (it is imported only when a failing table needs two
figures or more changed, and its import is a one-off cost per process, printed separately).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the generator lives with the tests

from generate.choices import RandomChooser  # noqa: E402
from generate.typos import as_table, sized_province_table, sized_year_table, typo_options  # noqa: E402

from okot_audit.locate import locate_table  # noqa: E402

SIZES = ((10, 5), (25, 6), (50, 8), (100, 10), (150, 12), (200, 12), (1000, 3), (4000, 3))
#: By-province tables: six provinces of this many rows each, one period (rows → subtotal →
#: Eindtotaal, so two faults can need two changes).
PROVINCE_ROWS = (5, 17, 34)
KINDS = ("swap", "doubled", "dropped")


def faulty_table(rows: int, periods: int, faults: int, seed: int, province: bool = False):
    chooser = RandomChooser(seed)
    model = sized_province_table(chooser, rows) if province else sized_year_table(chooser, rows, periods)
    values = model.values()
    figures = [(a, p) for a, cells in values.items() for p, v in cells.items() if v is not None]
    done = []
    while len(done) < faults:
        anchor, period = chooser.choice(figures)
        if (anchor, period) in done:
            continue
        options = typo_options(values[anchor][period], chooser.choice(KINDS))
        if not options:
            continue
        before = values[anchor][period]
        values[anchor][period] = chooser.choice(options)
        if breaks(model, values, anchor, period):
            done.append((anchor, period))
        else:  # a typo hidden inside the allowed double counting: nothing to localise
            values[anchor][period] = before
    return as_table(model)


def breaks(model, values, anchor, period) -> bool:
    """Whether the figure at (`anchor`, `period`) is in a total that no longer holds."""
    for total, p, parts in model.checks():
        if p == period and anchor in (total, *parts):
            counts = [values[a][p] for a in parts]
            if not max(counts) <= values[total][p] <= sum(counts):
                return True
    return False


def best_of(repeat: int, work) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--faults", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args(argv)

    start = time.perf_counter()
    import scipy.optimize  # noqa: F401  (the one-off import a failing table pays)
    print(f"scipy import: {1000 * (time.perf_counter() - start):.0f} ms (once per process)")
    print(f"{'cells':>10} {'faults':>6} {'failing':>7} {'smallest':>8} {'sets':>5} {'suggest':>7} {'time':>9}")
    worst_100x10 = 0.0
    cases = [(rows, periods, False) for rows, periods in SIZES] + [(rows, 1, True) for rows in PROVINCE_ROWS]
    for rows, periods, province in cases:
        for faults in args.faults:
            table = faulty_table(rows, periods, faults, args.seed * 1000 + rows * 13 + faults, province)

            def work(table=table):
                from okot_audit import locate

                locate._CACHE.clear()  # time the work, not the cache
                return locate_table(table)

            seconds, result = best_of(args.repeat, work)
            components = result.components if result else ()
            sizes = ",".join(str(c.localisation.size) for c in components) or "-"
            sets = ",".join(f"{len(c.localisation.solutions)}{'+' if c.localisation.capped else ''}" for c in components) or "-"
            suggestions = sum(len(c.suggestions) for c in components)
            shape = f"6 x {rows:<3}prov" if province else f"{rows:>4} x {periods:<3}"
            print(f"{shape:>10} {faults:>6} {len(components):>7} {sizes:>8} {sets:>5} "
                  f"{suggestions:>7} {1000 * seconds:>7.1f} ms")
            if (rows, periods, province) == (100, 10, False):
                worst_100x10 = max(worst_100x10, seconds)
    print(f"100 x 10, worst of {args.faults} faults: {1000 * worst_100x10:.1f} ms")
    return 0 if worst_100x10 < 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
