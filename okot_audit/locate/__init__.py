"""Which printed figure is wrong: error localisation over a whole table, and typo suggestions.

For a table whose totals do not hold, :func:`locate_table` finds, per group of figures tied
together by totals (a :class:`~okot_audit.locate.constraints.Component`), the smallest sets of
printed figures whose change makes *every* constraint hold at once (Fellegi–Holt; solved as a
mixed-integer program by :mod:`okot_audit.locate.milp`), and the typing errors
(:mod:`okot_audit.locate.typos`) that explain them. Nothing is ever applied to the data.

Ranking of suggestions: fewest changed figures first; then the suggestion that leaves the
double counting of the totals it touches closest to the table's own norm (the median share of
double counting of its other unique-person totals); then the kind of typo (swap, doubled,
dropped, thousands); then document order.

A table whose constraints hold costs one pass in pure Python and never imports scipy; nor does
a table that one wrong figure explains (:func:`~okot_audit.locate.milp.localise` reads those
figures off their bounds).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from statistics import median

from okot_audit.locate.constraints import (
    Component, Constraint, SharedSums, TableConstraints, group_constraints, single_bounds, table_constraints,
)
from okot_audit.locate.milp import CAP, Localisation
from okot_audit.locate.typos import KINDS, candidates, thousands
from okot_audit.tables import Answer, Cell, Table
from okot_audit.totals import check_groups

__all__ = [
    "CAP", "ComponentResult", "Constraint", "Localisation", "Suggestion", "TableConstraints",
    "TableResult", "locate", "locate_group", "locate_table", "located", "table_constraints",
]


@dataclass(frozen=True)
class Suggestion:
    """A printed figure that one typing error explains: the figure that fits instead."""

    figure: int
    cell: Cell
    value: int  # the suggested figure (for ``thousands``: the best of low..high)
    kind: str
    changes: int  # how many figures the smallest change it belongs to touches
    distance: float  # how far it leaves double counting from the table's norm
    restores: tuple[Constraint, ...]  # the violated constraints it makes hold
    low: int  # every value from low to high fits (the same kind); low == high == value mostly
    high: int
    together: tuple[int, ...] = ()  # the other figures of its smallest change (multiple faults)

    def rank_key(self) -> tuple:
        # (a footnote's mark flattened onto the figure, the note printed, explains it before
        # any typing error does)
        return (self.changes, self.kind != "note-mark", round(self.distance, 9), KINDS.index(self.kind), self.cell.line,
                self.cell.period, self.value)


@dataclass(frozen=True)
class ComponentResult:
    component: Component
    violated: tuple[Constraint, ...]
    localisation: Localisation | None  # None: the solver did not finish (see `failure`)
    suggestions: tuple[Suggestion, ...]  # ranked, best first
    failure: str | None = None  # why there is no localisation


@dataclass(frozen=True)
class TableResult:
    constraints: TableConstraints
    components: tuple[ComponentResult, ...]  # only those with a violated constraint

    @property
    def cells(self) -> tuple[Cell, ...]:
        return self.constraints.cells

    def table_of(self, figure: int) -> Table | None:
        """The table figure `figure` stands in (a group's figures stand in several)."""
        return self.constraints.owner(figure)


def locate(tc: TableConstraints, cap: int = CAP) -> tuple[ComponentResult, ...]:
    """Localise the failing components of `tc` and rank the typos that explain them."""
    from okot_audit.locate import milp

    values = tc.values
    out = []
    for component in tc.components():
        violated = tuple(c for c in component.constraints if not c.holds(values))
        if not violated:
            continue
        try:
            localisation = milp.localise(values, component.constraints, component.figures, cap)
        except milp.SolverError as error:  # said in a finding, never a traceback
            out.append(ComponentResult(component, violated, None, (), str(error)))
            continue
        suggestions = _suggestions(tc, component, violated, localisation)
        out.append(ComponentResult(component, violated, localisation, suggestions))
    return tuple(out)


class _Norms:
    """The table's double-counting norm for a figure — the median share of its unique-person
    totals that hold and do not involve the figure (computed once per set of left-out totals) —
    and how far a changed figure leaves the totals it is in from that norm."""

    def __init__(self, tc: TableConstraints, values: list[int]) -> None:
        self.tc = tc
        self.values = values
        self.sums = {id(c): sum(values[p] for p in c.parts) for c in tc.constraints}
        self.shares = [
            c.share(values) if c.unique and c.holds(values) else None for c in tc.constraints
        ]
        self.index = {id(c): i for i, c in enumerate(tc.constraints)}
        self.memo: dict[tuple[int, ...], float] = {}

    def norm(self, figure: int) -> float:
        out = tuple(sorted(self.index[id(c)] for c in self.tc.by_figure.get(figure, ())))
        if out not in self.memo:
            left = set(out)
            shares = [s for i, s in enumerate(self.shares) if s is not None and i not in left]
            self.memo[out] = median(shares) if shares else 0.0
        return self.memo[out]

    def distance(self, figure: int, value: int) -> float:
        """Sum over the unique-person totals `figure` is in of ``|share - norm|`` once the
        figure is `value` (the others as printed)."""
        norm = self.norm(figure)
        out = 0.0
        for total, parts in self._unique_with(figure, value):
            share = max(parts - total, 0) / total if total > 0 else 0.0
            out += abs(share - norm)
        return out

    def _unique_with(self, figure: int, value: int) -> Iterator[tuple[int, int]]:
        """``(total, sum of parts)`` of each unique-person total `figure` is in, once the figure
        is `value` (the others as printed)."""
        for c in self.tc.by_figure.get(figure, ()):
            if not c.unique:
                continue
            total, parts = self.values[c.total], self.sums[id(c)]
            if figure == c.total:
                total = value
            else:
                parts += value - self.values[figure]
            yield total, parts

    def plausible(self, figure: int, value: int) -> bool:
        """Whether `figure` as `value` leaves every unique-person total it is in with no more
        person-entries counted again than the total has persons (``sum(parts) <= 2 × total``) —
        or, in a table whose norm is above that, no more than its norm: a typo that would make a
        total hold only by counting most of its persons twice over explains nothing."""
        norm = self.norm(figure)
        return not any(total > 0 and (parts - total) / total > max(1.0, norm)
                       for total, parts in self._unique_with(figure, value))

    def nearest_in(self, figure: int, lo: int, hi: int) -> tuple[float, int]:
        """The value in ``lo..hi`` whose distance from the norm is least: tried at both ends and
        where each total the figure is in would meet the norm exactly (the distance is a sum of
        monotone pieces between those points)."""
        norm = self.norm(figure)
        points = {lo, hi}
        for c in self.tc.by_figure.get(figure, ()):
            if not c.unique:
                continue
            if figure == c.total:
                exact = self.sums[id(c)] / (1 + norm)
            else:
                exact = self.values[c.total] * (1 + norm) - (self.sums[id(c)] - self.values[figure])
            points.update(v for v in (int(exact), int(exact) + 1) if lo <= v <= hi)
        return min((self.distance(figure, v), v) for v in points)


def _marks(tc: TableConstraints, figure: int) -> tuple[str, ...]:
    """The footnote marks the answer of figure `figure`'s table prints notes for."""
    table = tc.owner(figure)
    return table.note_marks if table is not None else ()


def _suggestions(tc: TableConstraints, component: Component, violated, localisation) -> tuple[Suggestion, ...]:
    values = list(tc.values)
    norms = _Norms(tc, values)
    found: dict[tuple[int, int], Suggestion] = {}

    def keep(s: Suggestion) -> None:
        key = (s.figure, s.value)
        if key not in found or s.rank_key() < found[key].rank_key():
            found[key] = s

    if localisation.size == 1:
        shared = SharedSums(values)  # (the parts' sums asked of every figure: worked out once)
        # (totals tied by withheld counts: the figures the solver found, each one's bounds solved)
        for figure in localisation.figures if component.hidden else component.figures:
            bounds = tc.bounds(figure, values, shared)
            if bounds is None:
                continue
            low, high = bounds
            printed = values[figure]
            for value, kind in candidates(printed, _marks(tc, figure)):
                if low <= value and (high is None or value <= high) and norms.plausible(figure, value):
                    keep(Suggestion(figure, tc.cells[figure], value, kind, 1,
                                    norms.distance(figure, value), violated, value, value))
            spread = thousands(printed)
            if spread is not None:
                lo = max(low, spread[0])
                hi = spread[1] if high is None else min(high, spread[1])
                if lo <= hi:
                    distance, value = norms.nearest_in(figure, lo, hi)
                    keep(Suggestion(figure, tc.cells[figure], value, "thousands", 1, distance,
                                    violated, lo, hi))
    elif localisation.size == 2 and not component.hidden:
        # with the typo in place the other figure of the set must fit alone: its bounds say
        # so exactly (no solve)
        for solution in localisation.solutions:
            for figure, other in (solution.figures, solution.figures[::-1]):
                alone = [c for c in tc.by_figure.get(figure, ()) if other not in c.figures]
                for value, kind in candidates(values[figure], _marks(tc, figure)):
                    trial = values.copy()
                    trial[figure] = value
                    if not all(c.holds(trial) for c in alone):
                        continue
                    if single_bounds(other, trial, component.constraints) is None or not norms.plausible(figure, value):
                        continue
                    keep(Suggestion(figure, tc.cells[figure], value, kind, 2,
                                    norms.distance(figure, value), violated, value, value, (other,)))
    # three or more figures to change: the localisation only (error-located), no typo guess
    return tuple(sorted(found.values(), key=Suggestion.rank_key))


#: The localisation of each group of tables still alive, by the tables' ids: an entry goes when
#: one of its tables goes (:func:`_forget`), so the cache holds no more than the answers alive.
_CACHE: dict[tuple[int, ...], tuple[tuple[weakref.ref, ...], TableResult | None]] = {}


def _forget(key: tuple[int, ...]) -> Callable[[weakref.ref], None]:
    """The callback that drops `key`'s entry when one of its tables goes — only the entry that
    table's reference belongs to (a later group may reuse the ids). The callback holds the
    cache itself: a table that outlives this module's globals at interpreter shutdown still
    finds it (the global is None by then)."""
    cache = _CACHE

    def drop(gone: weakref.ref) -> None:
        entry = cache.get(key)
        if entry is not None and any(ref is gone for ref in entry[0]):
            del cache[key]
    return drop


#: Counts beyond this are absurd (``schema-violation`` reports them); the solver works in floats.
MAX_COUNT = 10**9


def locate_table(table: Table) -> TableResult | None:
    """The localisation of `table`, or None when every constraint holds (then scipy is not
    imported; nor when one figure suffices). Computed once per table object: both localisation
    rules share it."""
    return locate_group((table,))


def located(answer: Answer) -> Iterator[TableResult]:
    """The localisation of every group of tables of `answer` whose totals tie their figures
    together (:func:`okot_audit.totals.check_groups`: a table alone, or the columns of one
    header's categories with their ``Totaal``) where some total does not hold — but a table
    with rows hidden in its sheet (an annex's ``hidden-rows``): a total that counts them does not
    hold over the rows shown, and no printed figure is the wrong one."""
    hidden = {i.table for i in answer.issues if i.reason == "hidden-rows"}
    for tables in check_groups(answer):
        if hidden and any(t.id in hidden for t in tables):
            continue
        result = locate_group(tables)
        if result is not None:
            yield result


def locate_group(tables: tuple[Table, ...]) -> TableResult | None:
    """The localisation of a group of tables (:func:`located`), or None when every constraint
    holds. Computed once per group of table objects."""
    key = tuple(id(t) for t in tables)
    entry = _CACHE.get(key)
    if entry is not None and all(ref() is t for ref, t in zip(entry[0], tables)):
        return entry[1]
    tc = group_constraints(tables)
    if any(cell.count > MAX_COUNT for table in tables for cell in table.cells):
        result = None  # an absurd count is a schema-violation; no figure can be located around it
    else:
        result = TableResult(tc, locate(tc)) if tc.violated() else None
    drop = _forget(key)
    _CACHE[key] = (tuple(weakref.ref(t, drop) for t in tables), result)
    return result
