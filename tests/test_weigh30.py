"""A long table's row choice weighed once (weigh30).

Where a group's plain readings fit one way and a row's later tier (its total over the periods
unprinted) fits too, :func:`okot_audit.parse.align._moves_other_rows` asks whether such a fit
reads another row by another plain reading. It weighed the whole group again once per row: a
table of 1,600 rows that reach the question took seconds, quadratic in the rows
(``benchmarks/row_choice.py``: 100 / 400 / 1,600 rows, 33 ms / 0.56 s / 9.2 s). The rows are now
weighed once, forward and back (:func:`okot_audit.parse.align.readings_that_fit`: which readings
of each row take part in some fit), and each row asked of its other readings — with the same
choice as weighing the group again per row (the property below, on the parser's own weighing of
rows with and without a total column)."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, strategies as st

import okot_audit.parse as parse
from okot_audit.parse import _choose_rows, _over_periods
from okot_audit.parse.align import readings_that_fit
from okot_audit.parse.cells import Placement


def _long_table(rows: int) -> tuple[list[list[Placement]], tuple[int | None, ...]]:
    """``benchmarks/row_choice.py``'s table: one row ``A`` that reads ``3 4`` or ``2 2``, or by its
    later tier ``3 4``; every other row ``5 5 _`` or ``5 _ 5``, under totals that leave 2022 blank."""
    a = [Placement("A", (3, 4, None), False, 0), Placement("A", (2, 2, None), False, 1),
         Placement("A", (3, 4, None), False, 2, tier=1)]
    options = [a] + [[Placement(f"B{k}", (5, 5, None), False, 0), Placement(f"B{k}", (5, None, 5), False, 1)]
                     for k in range(rows - 1)]
    return options, (3 + 5 * (rows - 1), 4 + 5 * (rows - 1), None)


def test_a_long_tables_later_tier_is_weighed_without_weighing_the_table_again_per_row(monkeypatch):
    """200 rows reach the question of a later tier's fit: the group is weighed a few times, not
    once per row (before: 203 weighings, each over every row)."""
    calls = []
    weigh = parse.choose

    def counted(*args, **kwargs):
        calls.append(1)
        return weigh(*args, **kwargs)

    monkeypatch.setattr(parse, "choose", counted)
    options, totals = _long_table(200)
    choice, among = _choose_rows([], options, totals, True, None, True)
    assert choice.status == "chosen" and among == [[o for o in option if not o.tier] for option in options]
    assert [r.values for r in choice.readings[:2]] == [(3, 4, None), (5, 5, None)]
    assert len(calls) <= 4


def test_the_readings_that_fit_are_those_of_every_fit():
    # A: 3 4 or 2 2; B: 4 3 or 4 2. Totals 6 7 (unique): A 3 4 with B 4 3; A 2 2 fits none
    a = [Placement("A", (3, 4), False, 0), Placement("A", (2, 2), False, 1)]
    b = [Placement("B", (4, 3), False, 0), Placement("B", (4, 2), False, 1)]
    assert readings_that_fit([a, b], (6, 7), True) == [{0}, {0}]
    # totals 4 6: A 3 4 with B 4 3 or B 4 2; A 2 2 leaves 2021 above its parts' sum with either
    assert readings_that_fit([a, b], (4, 6), True) == [{0}, {0, 1}]
    assert readings_that_fit([a, b], (9, 9), True) == [set(), set()]


@st.composite
def group(draw):
    """A group of rows under `n` periods (and a total column last, or not) built from the figures
    each row holds: its readings every placement of its printed figures, in order, as the parser
    lists them (a row's total column weighed by :func:`okot_audit.parse._over_periods`: a reading
    that leaves the row's total unprinted of a later tier), and the total line from the rows' true
    figures — unique persons between the largest part and the sum, or the sum, a period left blank
    where no row holds a figure there."""
    n = draw(st.integers(2, 3))
    across = draw(st.booleans())
    unique = draw(st.booleans())
    width = n + across
    at = n if across else None
    rows: list[list[int | None]] = []
    for _ in range(draw(st.integers(2, 5))):
        values: list[int | None] = [draw(st.one_of(st.none(), st.integers(1, 6))) for _ in range(n)]
        if not any(v is not None for v in values):
            values[draw(st.integers(0, n - 1))] = draw(st.integers(1, 6))
        if across:
            parts = [v for v in values if v is not None]
            total = draw(st.integers(max(parts), sum(parts))) if unique else sum(parts)
            values.append(None if draw(st.integers(0, 3)) == 0 else total)
        rows.append(values)
    totals: list[int | None] = []
    for c in range(width):
        parts = [r[c] for r in rows if r[c] is not None]
        if not parts:
            totals.append(None)
        else:
            totals.append(draw(st.integers(max(parts), sum(parts))) if unique else sum(parts))
    if across and draw(st.integers(0, 3)) == 0:
        totals[n] = None  # (the grand total over the periods unprinted)
    options = []
    for values in rows:
        figures = [v for v in values if v is not None]
        found = []
        for rank, place in enumerate(combinations(range(width), len(figures))):
            placed: list[int | None] = [None] * width
            for k, figure in zip(place, figures):
                placed[k] = figure
            found.append(Placement("row", tuple(placed), False, rank))
        options.append(_over_periods(found, at, unique) if at is not None else found)
    return options, tuple(totals), unique, at


@given(group())
def test_weighing_the_rows_once_chooses_as_weighing_them_again_per_row(drawn):
    options, totals, unique, at = drawn
    once = _choose_rows([], options, totals, unique, at, True)
    saved = parse.readings_that_fit
    parse.readings_that_fit = lambda *args, **kwargs: None  # (every row weighed again, as before)
    try:
        again = _choose_rows([], options, totals, unique, at, True)
    finally:
        parse.readings_that_fit = saved
    assert once == again
