"""A table's constraints as linear relations between its printed figures.

Every :class:`~okot_audit.totals.TotalCheck` of a table becomes one :class:`Constraint` over
*figures* (indices into :attr:`TableConstraints.cells`): a subtotal that totals its block's rows
and is itself a part of the Eindtotaal is one figure in two constraints. A unique-person total
asks ``max(parts) <= total <= sum(parts)``, an additive one ``total == sum(parts)``.

Pure Python, no solver: checking whether a table holds (the common case) never imports scipy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from statistics import median

from okot_audit.quick import quick_init
from okot_audit.tables import Cell, Table
from okot_audit.totals import TotalCheck, every_group_check


@quick_init
@dataclass(frozen=True)
class Constraint:
    """``max(parts) <= total <= sum(parts)`` (unique) or ``total == sum(parts)`` (additive)."""

    total: int
    parts: tuple[int, ...]
    unique: bool
    check: TotalCheck | None = None  # where it comes from (None in hand-made constraint sets)
    #: Withheld parts (``<5``), no figures: each an index into :attr:`TableConstraints.hidden`
    #: (a count shared by two totals is one), free within its bound (`hidden_bounds`, alike).
    hidden: tuple[int, ...] = ()
    hidden_bounds: tuple[tuple[int, int | None], ...] = ()

    @property
    def figures(self) -> tuple[int, ...]:
        return (self.total, *self.parts)

    def holds(self, values: Sequence[int]) -> bool:
        """Whether the constraint holds under `values` — with its withheld parts, for some
        counts within their bounds (each constraint alone; tied together, only the solver says)."""
        total = values[self.total]
        counts = [values[p] for p in self.parts]
        if self.hidden:
            lows = sum(low for low, _ in self.hidden_bounds)
            highs = None if any(h is None for _, h in self.hidden_bounds) else sum(h or 0 for _, h in self.hidden_bounds)
            if self.unique:
                return (max(counts, default=0) <= total and max(low for low, _ in self.hidden_bounds) <= total
                        and (highs is None or total <= sum(counts) + highs))
            return sum(counts) + lows <= total and (highs is None or total <= sum(counts) + highs)
        if self.unique:  # (over no part, a blank one's: 0)
            return max(counts, default=0) <= total <= sum(counts)
        return total == sum(counts)

    def share(self, values: Sequence[int]) -> float:
        """The share of the parts' sum counted more than once, ``(sum - total) / total``
        (0 for additive totals and empty totals)."""
        total = values[self.total]
        if not self.unique or total <= 0:
            return 0.0
        return max(sum(values[p] for p in self.parts) - total, 0) / total

    def name(self, lang: str = "en") -> str:
        """``Totaal 2020`` — the total the constraint is about, as a message names it."""
        if self.check is None:
            return f"#{self.total}"
        return self.check.name(lang)

    def sums(self, values: Sequence[int]) -> PartSums:
        """The parts' sum and their two largest figures under `values` (one pass over them)."""
        total, largest, second = 0, -1, -1
        for p in self.parts:
            v = values[p]
            total += v
            if v > largest:
                largest, second = v, largest
            elif v > second:
                second = v
        return PartSums(total, largest, second)

    def bounds_for(self, figure: int, values: Sequence[int], sums: PartSums | None = None) -> tuple[int, int | None] | None:
        """The values `figure` may take with every other figure of the constraint fixed:
        ``(low, high)`` (``high`` None: unbounded), or None when no value makes it hold.
        `sums`: :meth:`sums` of `values`, where the caller asks of many figures."""
        parts = self.sums(values) if sums is None else sums
        if figure == self.total:
            low, high = (parts.largest, parts.total) if self.unique else (parts.total, parts.total)
        else:
            total, own = values[self.total], values[figure]
            rest = parts.total - own  # (the other parts: every part but this figure, once)
            if self.unique:
                if len(self.parts) > 1 and (parts.second if own == parts.largest else parts.largest) > total:
                    return None
                low, high = max(total - rest, 0), total
            else:
                low = high = total - rest
        low = max(low, 0)
        if high is not None and low > high:
            return None
        return low, high


@dataclass(frozen=True)
class PartSums:
    """A constraint's parts under one set of values: their sum, their largest figure and the
    largest but one (the largest again where two parts print it; -1 where there is none)."""

    total: int
    largest: int
    second: int


class SharedSums:
    """Each constraint's :class:`PartSums` under one set of `values`, worked out once however
    many figures ask: the bounds of every figure of a total over n rows are then n passes over
    its parts, not n² (a table of 4,000 rows with a total that does not hold)."""

    def __init__(self, values: Sequence[int]) -> None:
        self.values = values
        # by id(constraint), the constraint kept alive: its sums, and its figures as a set
        self._sums: dict[int, tuple[Constraint, PartSums, frozenset[int]]] = {}

    def _of(self, constraint: Constraint) -> tuple[Constraint, PartSums, frozenset[int]]:
        found = self._sums.get(id(constraint))
        if found is None:
            found = self._sums[id(constraint)] = (
                constraint, constraint.sums(self.values), frozenset(constraint.figures))
        return found

    def of(self, constraint: Constraint) -> PartSums:
        return self._of(constraint)[1]

    def ties(self, constraint: Constraint, figure: int) -> bool:
        """Whether `figure` is one of `constraint`'s (its total or a part)."""
        return figure in self._of(constraint)[2]

    def holds(self, constraint: Constraint) -> bool:
        """:meth:`Constraint.holds` under the shared values."""
        total, parts = self.values[constraint.total], self.of(constraint)
        if constraint.unique:
            return parts.largest <= total <= parts.total
        return total == parts.total


@dataclass(frozen=True)
class Component:
    """Figures tied together by constraints; separate components are localised separately."""

    figures: tuple[int, ...]
    constraints: tuple[Constraint, ...]

    @property
    def hidden(self) -> bool:
        """Some of its totals have withheld parts: the solver ties them (no bounds read off)."""
        return any(c.hidden for c in self.constraints)


@dataclass
class TableConstraints:
    """The figures of a table that its totals tie together, and the constraints over them."""

    cells: tuple[Cell, ...]
    constraints: tuple[Constraint, ...]
    table: Table | None = None
    #: The table each figure stands in, where the constraints span several (the tables of one
    #: header's categories and their ``Totaal``: totals.group_checks); empty: all in `table`.
    owners: tuple[Table | None, ...] = ()
    #: The withheld counts the constraints' totals have as parts (``<5``): each one's bounds.
    hidden: tuple[tuple[int, int | None], ...] = ()

    def owner(self, figure: int) -> Table | None:
        """The table figure `figure` stands in."""
        return self.owners[figure] if self.owners else self.table

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(c.count for c in self.cells)

    def violated(self, values: Sequence[int] | None = None) -> list[Constraint]:
        values = self.values if values is None else values
        return [c for c in self.constraints if not c.holds(values)]

    def holds(self, values: Sequence[int] | None = None) -> bool:
        return not self.violated(values)

    @cached_property
    def by_figure(self) -> dict[int, tuple[Constraint, ...]]:
        out: dict[int, list[Constraint]] = {}
        for constraint in self.constraints:
            for f in constraint.figures:
                out.setdefault(f, []).append(constraint)
        return {f: tuple(cs) for f, cs in out.items()}

    def components(self) -> list[Component]:
        """Connected sets of figures and their constraints, in document order; totals that share
        a withheld count (``<5``) tie their figures too — up to :data:`HIDDEN_LIMIT` figures."""
        return _components(len(self.cells), self.constraints, sorted(self.by_figure))

    @cached_property
    def component_of(self) -> dict[int, Component]:
        return {f: c for c in self.components() for f in c.figures}

    def bounds(
        self, figure: int, values: Sequence[int] | None = None, shared: SharedSums | None = None,
    ) -> tuple[int, int | None] | None:
        """The values `figure` may take so that every constraint of its component holds with
        only it changed: ``(low, high)``, or None when changing it alone cannot do that.
        `shared`: the parts' sums of `values`, where the caller asks of many figures."""
        values = self.values if values is None else values
        component = self.component_of.get(figure)
        if component is not None and component.hidden:  # (totals tied by withheld counts: solved)
            from okot_audit.locate.milp import joint_bounds

            return joint_bounds(figure, values, component.constraints)
        return single_bounds(figure, values, component.constraints if component else (), shared)

    def norm(self, values: Sequence[int], leave_out: set[int]) -> float:
        """The table's own double counting: the median share of its unique-person totals whose
        figures are not in `leave_out` (0 when there are none)."""
        shares = [
            c.share(values) for c in self.constraints
            if c.unique and not set(c.figures) & leave_out and c.holds(values)
        ]
        return median(shares) if shares else 0.0


#: The most figures of a group tied by totals with withheld parts that is localised with them
#: (a solve over every figure); a longer one is localised over its totals without withheld parts
#: only, as before session 26 — each solve there is linear in its rows.
HIDDEN_LIMIT = 300


def _components(size: int, constraints: Sequence[Constraint], figures: Sequence[int]) -> list[Component]:
    """The connected sets of `figures` (of `size` in all) that `constraints` tie, in order."""
    parent = list(range(size))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    shared: dict[int, int] = {}  # a withheld count's first total: its others join it
    for constraint in constraints:
        root = find(constraint.total)
        for p in constraint.parts:
            parent[find(p)] = root
        for h in constraint.hidden:
            if h in shared:
                parent[find(shared[h])] = find(root)
            else:
                shared[h] = constraint.total
    groups: dict[int, list[int]] = {}
    for f in figures:
        groups.setdefault(find(f), []).append(f)
    out = []
    for members in groups.values():
        inside = set(members)
        own = tuple(c for c in constraints if c.total in inside)
        if len(members) > HIDDEN_LIMIT and any(c.hidden for c in own):
            # (too long to solve with its withheld counts tied in: its totals with none, alone)
            plain = tuple(c for c in own if not c.hidden)
            out.extend(_components(size, plain, sorted({f for c in plain for f in c.figures})))
            continue
        out.append(Component(tuple(members), own))
    return out


def single_bounds(
    figure: int, values: Sequence[int], constraints: Sequence[Constraint], shared: SharedSums | None = None,
) -> tuple[int, int | None] | None:
    """The values `figure` may take so that every one of `constraints` holds with only it
    changed: ``(low, high)`` (``high`` None: unbounded), or None when no value does.
    `shared`: the parts' sums of `values` (:class:`SharedSums`), where the caller asks of many
    figures under the same values."""
    shared = SharedSums(values) if shared is None else shared
    low, high = 0, None
    for constraint in constraints:
        if not shared.ties(constraint, figure):
            if not shared.holds(constraint):
                return None
            continue
        limits = constraint.bounds_for(figure, values, shared.of(constraint))
        if limits is None:
            return None
        low = max(low, limits[0])
        if limits[1] is not None:
            high = limits[1] if high is None else min(high, limits[1])
    if high is not None and low > high:
        return None
    return low, high


def cell_key(cell: Cell) -> tuple:
    return (cell.line, cell.period, cell.level, cell.code, cell.label, cell.province)


def table_constraints(table: Table) -> TableConstraints:
    """The constraints of `table`: every total the totals rules check
    (:func:`okot_audit.totals.every_group_check`), a total over no figure (its parts all blank)
    among them."""
    return from_checks(every_group_check((table,)), table)


def group_constraints(tables: Sequence[Table]) -> TableConstraints:
    """The constraints of a group of tables whose totals tie their figures together
    (:func:`okot_audit.totals.check_groups`): each table's own totals, and each figure of a
    ``Totaal`` column over its categories' figures at the same line and period. A figure is
    known by its table too: the columns of one header print their figures on the same lines."""
    if len(tables) == 1:
        return table_constraints(tables[0])
    owner_of = {id(cell): table for table in tables for cell in table.cells}
    return from_checks(every_group_check(tuple(tables)), tables[-1], owner_of)


def from_checks(
    checks: Sequence[TotalCheck], table: Table | None = None, owner_of: "dict[int, Table] | None" = None,
) -> TableConstraints:
    """The constraints of `checks`; `owner_of` (by a cell's ``id``) the table each cell stands
    in, where they span several tables."""
    index: dict[tuple, int] = {}
    cells: list[Cell] = []
    owners: list[Table | None] = []

    def figure(cell: Cell) -> int:
        key = cell_key(cell)
        if owner_of is not None:
            owner = owner_of.get(id(cell), table)
            key = (id(owner), *key)
        if key not in index:
            index[key] = len(cells)
            cells.append(cell)
            if owner_of is not None:
                owners.append(owner)
        return index[key]

    constraints = []
    hidden: dict[int, int] = {}  # a withheld count's index, by its id
    bounds: list[tuple[int, int | None]] = []
    for tc in checks:
        if tc.withheld and (not tc.exhaustive or tc.overlapping):
            continue  # (``waarvan`` rows withhold no counts)
        total = figure(tc.total)
        parts = tuple(figure(p) for p in tc.parts)
        for w in tc.withheld:  # a part known only as a range (``<5``): free within it, never "changed"
            if id(w) not in hidden:
                hidden[id(w)] = len(bounds)
                bounds.append((w.low, w.high))
        constraints.append(Constraint(total, parts, tc.unique, tc, tuple(hidden[id(w)] for w in tc.withheld),
                                      tuple((w.low, w.high) for w in tc.withheld)))
    return TableConstraints(tuple(cells), tuple(constraints), table, tuple(owners), tuple(bounds))
