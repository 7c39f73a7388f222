"""The range of each withheld count (``<5``, ``x``) over every total of its table at once.

:attr:`~okot_audit.totals.TotalCheck.withheld_range` gives a withheld part's range from one
total, and only where it is that total's only withheld part. Several totals may share withheld
cells — a province × year matrix with a ``Totaal`` column and a ``Totaal`` line puts each cell
in its row's total and its period's — and only together do they say what each cell may be.

Each withheld count is an integer variable within its own bound (``<5``: 0 to 4; a mark with no
bound: at least 0). Each total that holds alone (with its withheld parts somewhere in their
bounds; one that does not is its own rule's: ``total-exceeds-parts`` …) ties the withheld parts
it has, its printed parts summing to ``K`` and its figure ``T``:

- a total that adds its parts up, all of them: ``sum(W) == T - K``; some of them only (``waarvan``
  rows): ``sum(W) <= T - K``;
- a total of unique persons: each ``w <= T``, and — its parts all of it, not overlapping —
  ``sum(W) >= T - K`` (no person of the total in no part).

Cells tied by totals form a group (a connected component); each group is solved apart. The
bounds are first narrowed by propagation (each constraint in turn, until nothing moves: pure
Python, one pass over the constraints concerned); where every total of a group has one withheld
part, that is the tightest range already. Otherwise the group is one integer program
(:class:`okot_audit.highs.Program`, HiGHS), each cell's range the extremes of its variable — its
least and greatest value over all totals at once — for groups of at most :data:`MAX_SOLVED`
cells (two programs per cell); a larger group keeps its propagated ranges (valid, possibly
wider) and is solved once for whether any value fits at all. A group whose totals admit no
value of its withheld cells (the program infeasible) is a :class:`Conflict`: the totals whose
figures the program's nearest values leave off, and by how much in all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from okot_audit.highs import Program
from okot_audit.tables import Answer, Withheld
from okot_audit.totals import TotalCheck, answer_checks, per_table, withheld_only_answer_checks

#: The most withheld cells of one group whose ranges are each solved for exactly.
MAX_SOLVED = 40
#: Stand-in for "no highest" inside the program (counts beyond it are absurd).
_BIG = 10**9


@dataclass(frozen=True)
class Conflict:
    """A group of withheld counts whose totals each hold alone but admit no value of them
    together: `totals` those the nearest values leave off (each with how far), `gap` how far in
    all (the least sum of the changes to the totals' figures that would let them hold)."""

    withheld: tuple[Withheld, ...]  # the group's, in document order
    totals: tuple[tuple[TotalCheck, int], ...]
    gap: int


@dataclass(frozen=True)
class JointRanges:
    """Each withheld count's tightest range over the totals of its table (by the count's ``id``),
    and the groups whose totals admit no value (their counts have no range)."""

    ranges: dict[int, tuple[int, int | None]]
    conflicts: tuple[Conflict, ...]

    def of(self, w: Withheld) -> tuple[int, int | None] | None:
        return self.ranges.get(id(w))


@dataclass
class _Row:
    """``low <= sum(coefs[v] * v) <= high`` over withheld variables (high None: no highest)."""

    check: TotalCheck
    terms: list[tuple[int, int]]  # (variable, coefficient)
    low: int | None
    high: int | None


def joint_ranges(answer: Answer) -> JointRanges:
    """The joint ranges of `answer`'s withheld counts (once per answer while
    :func:`~okot_audit.totals.shared_checks` is active)."""
    first = next((t for t in answer.tables if t.withheld), None)
    if first is None:
        return JointRanges({}, ())
    return per_table(first, "withheld-joint", lambda _: _joint(answer))


def _holds_alone(tc: TotalCheck) -> bool:
    """Whether `tc` holds with its withheld parts somewhere in their own bounds."""
    total = tc.total.count
    rest = total - tc.parts_sum
    lows = sum(w.low for w in tc.withheld)
    if not tc.unique:
        if lows > rest:
            return False
        return not tc.exhaustive or tc.unbounded or rest <= sum(w.high or 0 for w in tc.withheld)
    if any(c.count > total for c in tc.parts) or any(w.low > total for w in tc.withheld):
        return False
    if tc.exhaustive and not tc.overlapping:
        return sum(total if w.high is None else min(w.high, total) for w in tc.withheld) >= rest
    return True


def _rows(tc: TotalCheck, var: dict[int, int]) -> list[_Row]:
    total = tc.total.count
    rest = total - tc.parts_sum
    ids = [var[id(w)] for w in tc.withheld]
    if not tc.unique:
        return [_Row(tc, [(v, 1) for v in ids], rest if tc.exhaustive else None, rest)]
    rows = [_Row(tc, [(v, 1)], None, total) for v in ids]
    if tc.exhaustive and not tc.overlapping:
        rows.append(_Row(tc, [(v, 1) for v in ids], rest, None))
    return rows


def _joint(answer: Answer) -> JointRanges:
    cells: list[Withheld] = []
    var: dict[int, int] = {}
    checks = []
    every = [*answer_checks(answer), *withheld_only_answer_checks(answer)]
    for tc in every:
        if not tc.withheld or any(w.unprinted for w in tc.withheld) or not _holds_alone(tc):
            continue
        checks.append(tc)
        for w in tc.withheld:
            if id(w) not in var:
                var[id(w)] = len(cells)
                cells.append(w)
    for table in answer.tables:  # (a count no total holds: its own bound)
        for w in table.withheld:
            if id(w) not in var:
                var[id(w)] = len(cells)
                cells.append(w)
    parent = list(range(len(cells)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for tc in checks:
        first = find(var[id(tc.withheld[0])])
        for w in tc.withheld[1:]:
            parent[find(var[id(w)])] = first
    groups: dict[int, list[int]] = {}
    for i in range(len(cells)):
        groups.setdefault(find(i), []).append(i)
    rows_of: dict[int, list[_Row]] = {}
    several: set[int] = set()
    for tc in checks:
        root = find(var[id(tc.withheld[0])])
        rows_of.setdefault(root, []).extend(_rows(tc, var))
        if len(tc.withheld) > 1:
            several.add(root)
    ranges: dict[int, tuple[int, int | None]] = {}
    conflicts = []
    for root, members in groups.items():
        rows = rows_of.get(root, [])
        low = {v: cells[v].low for v in members}
        high: dict[int, int | None] = {v: cells[v].high for v in members}
        fits = _propagate(rows, low, high)
        if fits and root in several:
            fits = _solve(rows, members, low, high)
        if fits:
            for v in members:
                ranges[id(cells[v])] = (low[v], high[v])
        else:
            conflicts.append(_conflict(rows, members, cells))
    return JointRanges(ranges, tuple(sorted(conflicts, key=lambda c: (c.withheld[0].line, c.withheld[0].period))))


def _propagate(rows: list[_Row], low: dict[int, int], high: dict[int, int | None]) -> bool:
    """Narrow `low` / `high` (in place) by each row in turn until nothing moves; False when
    some variable is left no value. Every row's coefficients are 1."""
    for _ in range(len(rows) + 20):  # (ranges of integers only shrink: a few rounds settle them)
        moved = False
        for row in rows:
            lows = sum(low[v] for v, _ in row.terms)
            highs = None if any(high[v] is None for v, _ in row.terms) else sum(high[v] or 0 for v, _ in row.terms)
            for v, _ in row.terms:
                if row.high is not None:  # v <= high - (the others at their lowest)
                    top = row.high - (lows - low[v])
                    if high[v] is None or top < high[v]:  # type: ignore[operator]
                        high[v], moved = top, True
                if row.low is not None and highs is not None:  # v >= low - (the others at their highest)
                    bottom = row.low - (highs - (high[v] or 0))
                    if bottom > low[v]:
                        low[v], moved = bottom, True
                if high[v] is not None and low[v] > high[v]:  # type: ignore[operator]
                    return False
        if not moved:
            return True
    return True


def _program(rows: list[_Row], members: list[int], low: dict[int, int],
             high: dict[int, int | None]) -> tuple[Program, dict[int, int]]:
    """The group's program: each member a variable within `low` / `high`, each row one of its
    rows; and each member's variable."""
    program = Program(_BIG)
    column = {v: program.variable(low[v], high[v]) for v in members}
    for row in rows:
        program.row([(column[v], coef) for v, coef in row.terms], row.low, row.high)
    return program, column


def _solve(rows: list[_Row], members: list[int], low: dict[int, int], high: dict[int, int | None]) -> bool:
    """Each member's least and greatest value over `rows` at once (in place): the extremes of
    each variable of the group's program; False when no values fit. Past :data:`MAX_SOLVED`
    members, only whether any fit."""
    program, column = _program(rows, members, low, high)
    if not program.feasible():
        return False
    if len(members) > MAX_SOLVED:
        return True
    for v in members:
        if high[v] is not None and low[v] == high[v]:
            continue
        least = program.extreme(column[v], 1)
        most = program.extreme(column[v], -1)  # (None: no highest)
        if least is not None:
            low[v] = max(low[v], least)
        if most is not None:
            top = high[v]
            high[v] = most if top is None else min(top, most)
    return True


def _conflict(rows: list[_Row], members: list[int], cells: list[Withheld]) -> Conflict:
    """The least the totals' figures must move in all for some values of the withheld counts
    to fit (the group's program, nearest: a slack on each row, their sum least), and the totals
    the nearest values leave off."""
    program, _ = _program(rows, members, {v: cells[v].low for v in members}, {v: cells[v].high for v in members})
    # (integers where the group is small; a long one as a linear program, its gap rounded up)
    slack = program.nearest(integral=len(members) <= MAX_SOLVED)
    off: dict[int, tuple[TotalCheck, int]] = {}
    gap = 0
    if slack is not None:
        gap = math.ceil(sum(slack) - 1e-6)
        for row, s in zip(rows, slack):
            amount = math.ceil(s - 1e-6)
            if amount:
                key = id(row.check)
                off[key] = (row.check, off.get(key, (row.check, 0))[1] + amount)
    withheld = tuple(sorted((cells[v] for v in members), key=lambda w: (w.line, w.period)))
    totals = tuple(sorted(off.values(), key=lambda t: (t[0].total.line, t[0].total.period)))
    return Conflict(withheld, totals, gap)
