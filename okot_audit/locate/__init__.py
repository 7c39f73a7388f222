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

A table whose constraints hold costs one pass in pure Python and never imports scipy.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from okot_audit.locate.constraints import Component, Constraint, TableConstraints, table_constraints
from okot_audit.locate.milp import CAP, Localisation
from okot_audit.locate.typos import KINDS, candidates, thousands
from okot_audit.tables import Cell, Table

__all__ = [
    "CAP", "ComponentResult", "Constraint", "Localisation", "Suggestion", "TableConstraints",
    "TableResult", "locate", "locate_table", "table_constraints",
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
        return (self.changes, round(self.distance, 9), KINDS.index(self.kind), self.cell.line,
                self.cell.period, self.value)


@dataclass(frozen=True)
class ComponentResult:
    component: Component
    violated: tuple[Constraint, ...]
    localisation: Localisation
    suggestions: tuple[Suggestion, ...]  # ranked, best first


@dataclass(frozen=True)
class TableResult:
    constraints: TableConstraints
    components: tuple[ComponentResult, ...]  # only those with a violated constraint

    @property
    def cells(self) -> tuple[Cell, ...]:
        return self.constraints.cells


def locate(tc: TableConstraints, cap: int = CAP) -> tuple[ComponentResult, ...]:
    """Localise the failing components of `tc` and rank the typos that explain them."""
    from okot_audit.locate.milp import localise

    values = tc.values
    out = []
    for component in tc.components():
        violated = tuple(c for c in component.constraints if not c.holds(values))
        if not violated:
            continue
        localisation = localise(values, component.constraints, component.figures, cap)
        suggestions = _suggestions(tc, component, violated, localisation)
        out.append(ComponentResult(component, violated, localisation, suggestions))
    return tuple(out)


def _distance(tc: TableConstraints, values: list[int], figure: int) -> float:
    norm = tc.norm(values, {figure})
    return sum(abs(c.share(values) - norm) for c in tc.by_figure.get(figure, ()) if c.unique)


def _suggestions(tc: TableConstraints, component: Component, violated, localisation) -> tuple[Suggestion, ...]:
    values = list(tc.values)
    found: dict[tuple[int, int], Suggestion] = {}

    def keep(s: Suggestion) -> None:
        key = (s.figure, s.value)
        if key not in found or s.rank_key() < found[key].rank_key():
            found[key] = s

    if localisation.size == 1:
        for figure in component.figures:
            bounds = tc.bounds(figure, values)
            if bounds is None:
                continue
            low, high = bounds
            printed = values[figure]
            for value, kind in candidates(printed):
                if low <= value and (high is None or value <= high):
                    trial = values.copy()
                    trial[figure] = value
                    keep(Suggestion(figure, tc.cells[figure], value, kind, 1,
                                    _distance(tc, trial, figure), violated, value, value))
            spread = thousands(printed)
            if spread is not None:
                lo = max(low, spread[0])
                hi = spread[1] if high is None else min(high, spread[1])
                if lo <= hi:
                    best = None
                    for value in range(lo, hi + 1):
                        trial = values.copy()
                        trial[figure] = value
                        d = _distance(tc, trial, figure)
                        if best is None or d < best[0] - 1e-12:
                            best = (d, value)
                    keep(Suggestion(figure, tc.cells[figure], best[1], "thousands", 1, best[0],
                                    violated, lo, hi))
    else:
        from okot_audit.locate.milp import feasible_with

        for solution in localisation.solutions:
            changed = set(solution.figures)
            for figure in solution.figures:
                others = tuple(sorted(changed - {figure}))
                # constraints where this figure is the only one the solution changes
                alone = [c for c in tc.by_figure.get(figure, ()) if not set(c.figures) & set(others)]
                for value, kind in candidates(values[figure]):
                    trial = values.copy()
                    trial[figure] = value
                    if not all(c.holds(trial) for c in alone):
                        continue
                    if not feasible_with(values, component.constraints, others, {figure: value}):
                        continue
                    keep(Suggestion(figure, tc.cells[figure], value, kind, localisation.size,
                                    _distance(tc, trial, figure), violated, value, value, others))
    return tuple(sorted(found.values(), key=Suggestion.rank_key))


_CACHE: dict[int, tuple[weakref.ref, TableResult | None]] = {}


def locate_table(table: Table) -> TableResult | None:
    """The localisation of `table`, or None when every constraint holds (then scipy is not
    imported). Computed once per table object: both localisation rules share it."""
    entry = _CACHE.get(id(table))
    if entry is not None and entry[0]() is table:
        return entry[1]
    tc = table_constraints(table)
    result = TableResult(tc, locate(tc)) if tc.violated() else None
    _CACHE[id(table)] = (weakref.ref(table), result)
    if len(_CACHE) > 256:
        for key in [k for k, (ref, _) in _CACHE.items() if ref() is None]:
            del _CACHE[key]
    return result
