"""A long table's row choice: does weighing a later tier's readings grow linearly with the rows?

    python benchmarks/row_choice.py [--sizes 100 400 1600] [--repeat 3]

The parser's row choice (``_choose_rows``, :func:`~okot_audit.parse.align.choose_in_tiers`) weighs a group's rows by their plain readings
and, where those fit one way and the readings of a later tier (a row's total over its periods
left unprinted) fit too, asks whether such a fit places another row's figures otherwise
(:func:`~okot_audit.parse.align._moves_other_rows`). The table built here, the same on every
run, reaches that question with every row open: one row (``A``) reads ``3 4`` or ``2 2``, or by
its later tier ``3 4`` again; every other row reads two plain ways, ``5 5 _`` or ``5 _ 5``,
under ``Totaal`` lines that leave 2022 blank and take every row's figures in 2020 and 2021 (the
plain readings fit one way, every tier two ways, and no other row moves: the question is asked
of every row before it is answered). Printed: CPU milliseconds of the choice at each size, per
row, and the ratio of each size's time per row to the smallest size's. Linear time gives
ratios near 1; a weighing per row of the whole table gives ratios that grow with the size
(4x the rows, 4x the time per row). It is a benchmark, not a test: no limit is asserted.

Figures of 7 December 2026 (shared 2-core machine, load under 1; CPU, one pass): the code of that
morning weighed the whole group again per row — 100 / 400 / 1,600 rows: 33 ms / 0.56 s / 9.2 s,
333 / 1,401 / 5,763 us a row (ratios 1 / 4.2 / 17.3: quadratic). Weighed once, forward and back
(:func:`~okot_audit.parse.align.readings_that_fit`): 3.7 / 12.4 / 55 ms, 37 / 31 / 34 us a row
(ratios 1 / 0.83 / 0.92: linear), the same choice.
"""

from __future__ import annotations

import argparse
import time

from okot_audit.parse import _choose_rows
from okot_audit.parse.cells import Placement


def table(rows: int) -> tuple[list[list[Placement]], tuple[int | None, ...]]:
    """The readings of `rows` rows (see the module's text) and their total line's figures."""
    a = [Placement("A", (3, 4, None), False, 0), Placement("A", (2, 2, None), False, 1),
         Placement("A", (3, 4, None), False, 2, tier=1)]
    options = [a] + [[Placement(f"B{k}", (5, 5, None), False, 0), Placement(f"B{k}", (5, None, 5), False, 1)]
                     for k in range(rows - 1)]
    return options, (3 + 5 * (rows - 1), 4 + 5 * (rows - 1), None)


def measure(rows: int, repeat: int) -> tuple[float, str]:
    """The least CPU seconds of `repeat` choices among `rows` rows, and the choice's status."""
    options, totals = table(rows)
    best, status = float("inf"), ""
    for _ in range(repeat):
        start = time.process_time()
        choice, _ = _choose_rows([], options, totals, True, None, True)
        best = min(best, time.process_time() - start)
        status = choice.status
    return best, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1600])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base = None
    for rows in args.sizes:
        seconds, status = measure(rows, args.repeat)
        per_row = seconds / rows
        base = base or per_row
        print(f"{rows:>6} rows  {seconds * 1000:9.1f} ms  {per_row * 1e6:8.1f} us/row  "
              f"ratio {per_row / base:5.2f}  ({status})")


if __name__ == "__main__":
    main()
