"""Fellegi–Holt error localisation as a mixed-integer program (scipy's ``milp``, HiGHS).

For the figures ``v`` of one component of a table, variables are each figure's corrected value
``x_i`` (a non-negative integer) and a binary ``z_i`` (the figure is changed), linked by
``|x_i - v_i| <= M z_i``. Every constraint of the table holds for ``x``; the objective is
``min sum z``. Every solution of that smallest size is listed: after each one a *no-good cut*
``sum_{i in S} z_i <= |S| - 1`` forbids its set ``S`` (and any set containing it) and the
program is solved again, until no set of the same size is left or :data:`CAP` sets are found
(:attr:`Localisation.capped` says so).

When one figure suffices, no program is solved at all: the single figures that alone make
every constraint hold are exactly those whose bounds (each constraint, with every other figure
as printed) leave a value, read off in one linear pass — and when some figure's bounds leave
one, the smallest change is one figure, which is what the program's first solution would say.

The program is built on :class:`okot_audit.highs.Program` (the one builder of the project's
integer programs), which imports scipy only when it solves one: only a table that no single
figure explains pays for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from okot_audit.highs import TIME_LIMIT, Program, Row
from okot_audit.locate.constraints import Constraint, SharedSums, single_bounds

#: How many smallest sets of figures are listed at most.
CAP = 10


@dataclass(frozen=True)
class Solution:
    """One smallest set of changed figures, with the corrected values the solver chose (for a
    unique-person total, often one value among several that fit)."""

    changes: tuple[tuple[int, int], ...]  # (figure, corrected value), by figure

    @property
    def figures(self) -> tuple[int, ...]:
        return tuple(f for f, _ in self.changes)


@dataclass(frozen=True)
class Localisation:
    size: int  # how many figures the smallest change touches (0: the constraints hold)
    solutions: tuple[Solution, ...]
    capped: bool  # more sets of the same size exist than are listed

    @property
    def figures(self) -> tuple[int, ...]:
        """Every figure some smallest set changes, in order."""
        return tuple(sorted({f for s in self.solutions for f in s.figures}))


class SolverError(RuntimeError):
    """HiGHS did not finish (time limit) or returned something that does not hold."""


def localise(
    values: Sequence[int], constraints: Sequence[Constraint], figures: Iterable[int] | None = None,
    cap: int = CAP, shortcut: bool = True,
) -> Localisation:
    """The smallest sets of `figures` (default: every figure of `constraints`) whose change
    makes every constraint hold; the other figures stay as printed. `shortcut`: list the ties
    of a one-figure change from the bounds, without a solve (False: by solving and re-solving,
    as for larger sets)."""
    if all(c.holds(values) for c in constraints):
        return Localisation(0, (), False)
    figs = sorted(set(figures) if figures is not None else {f for c in constraints for f in c.figures})
    if shortcut and not any(c.hidden for c in constraints):  # (withheld counts tie totals: only a solve says)
        single = _single(values, constraints, figs, cap)
        if single.solutions:
            return single  # one figure suffices: the ties from the bounds, no program to solve
    program = _Program(values, constraints, figs)
    first = program.solve(None)
    if first is None:
        raise SolverError("no change of the figures makes the constraints hold")
    size = len(first.changes)
    solutions: list[Solution] = []
    capped = False
    found: Solution | None = first
    while found is not None:
        corrected = list(values)
        for f, v in found.changes:
            corrected[f] = v
        if not all(c.holds(corrected) for c in constraints):
            raise SolverError("HiGHS returned values that break a constraint")
        if len(solutions) == cap:
            capped = True
            break
        solutions.append(found)
        program.forbid(found.figures)
        found = program.solve(size)
    return Localisation(size, tuple(sorted(solutions, key=lambda s: s.changes)), capped)


def _single(values: Sequence[int], constraints: Sequence[Constraint], figures: Sequence[int], cap: int) -> Localisation:
    """Every single figure that alone makes `constraints` hold: exactly the figures whose
    bounds (every constraint, the other figures as printed) leave a value — read off in one
    pass instead of one solve per tie. No solutions: one figure does not suffice."""
    solutions = []
    shared = SharedSums(values)  # (the parts' sums asked of every figure: worked out once)
    for figure in figures:
        bounds = single_bounds(figure, values, constraints, shared)
        if bounds is not None:
            low, high = bounds
            value = values[figure]
            value = low if value < low else high if high is not None and value > high else value
            solutions.append(Solution(((figure, value),)))
    return Localisation(1, tuple(solutions[:cap]), len(solutions) > cap)


class _Program:
    """The mixed-integer program over `free` figures (others fixed at `values`), built on one
    :class:`~okot_audit.highs.Program`: the figures' corrected values first, then (`minimise`)
    their change indicators, then the withheld counts of the totals."""

    def __init__(self, values: Sequence[int], constraints: Sequence[Constraint], free: Sequence[int],
                 minimise: bool = True) -> None:
        self.values = list(values)
        self.free = list(free)
        self.minimise = minimise
        n = len(self.free)
        self.n = n
        column = {f: i for i, f in enumerate(self.free)}
        involved = [c for c in constraints if any(f in column for f in c.figures) or c.hidden]
        big = 2 * sum(abs(values[f]) for c in involved for f in c.figures) + 1
        program = self.program = Program(big, TIME_LIMIT)
        for _ in self.free:  # each figure's corrected value: a non-negative integer
            program.variable(0)
        if minimise:  # and whether it is changed
            for _ in self.free:
                program.variable(0, 1)
        # the withheld counts of the totals (``<5``): free integers within their bounds, never
        # counted as changed
        hidden: dict[int, int] = {}
        for c in involved:
            for h, (low, high) in zip(c.hidden, c.hidden_bounds):
                if h not in hidden:
                    hidden[h] = program.variable(low, big + 4 if high is None else high)

        def add(terms: list[tuple[int, int]], lo: float | None, hi: float | None,
                held: tuple[tuple[int, int], ...] = ()) -> None:
            """sum(coef * figure) + sum(coef * withheld) within [lo, hi]; fixed figures move to
            the bounds."""
            shift = 0
            entries: list[tuple[int, float]] = []
            for figure, coef in terms:
                if figure in column:
                    entries.append((column[figure], coef))
                else:
                    shift += coef * values[figure]
            entries += [(hidden[h], coef) for h, coef in held]
            program.row(entries, None if lo is None else lo - shift, None if hi is None else hi - shift)

        for c in involved:
            parts = [(p, -1) for p in c.parts]
            held = tuple((h, -1) for h in c.hidden)
            if c.unique:
                for p in c.parts:
                    add([(p, 1), (c.total, -1)], None, 0)
                for h in c.hidden:
                    add([(c.total, -1)], None, 0, ((h, 1),))
                add([(c.total, 1), *parts], None, 0, held)
            else:
                add([(c.total, 1), *parts], 0, 0, held)
        if minimise:  # |x_i - v_i| <= M z_i
            for i, f in enumerate(self.free):
                program.row([(i, 1), (n + i, -big)], None, values[f])
                program.row([(i, -1), (n + i, -big)], None, -values[f])
        self.cuts: list[list[int]] = []

    def forbid(self, figures: Sequence[int]) -> None:
        self.cuts.append([self.free.index(f) for f in figures])

    def solve(self, size: int | None) -> Solution | None:
        """The least change (`minimise`), past the sets forbidden so far and of at most `size`
        figures; None when there is none."""
        n = self.n
        rows: list[Row] = [
            ([(n + i, 1.0) for i in cut], None, len(cut) - 1) for cut in self.cuts
            if len(cut) > 1  # (a single figure: fixed at its printed value, a bound, not a row)
        ]
        if size is not None:
            rows.append(([(n + i, 1.0) for i in range(n)], None, size))
        cost: dict[int, float] = {}
        highs: dict[int, float] = {}
        if self.minimise:
            cost = {n + i: 1.0 for i in range(n)}
            highs = {n + cut[0]: 0 for cut in self.cuts if len(cut) == 1}
        result = self.program.solve(cost, rows, highs)
        if result.status == 2:  # infeasible: no further set
            return None
        if result.status != 0 or result.x is None:
            raise SolverError(f"HiGHS stopped: {result.message}")
        x = [int(round(v)) for v in result.x[:n]]
        changes = tuple(
            (f, x[i]) for i, f in enumerate(self.free) if x[i] != self.values[f]
        )
        if self.minimise:
            flagged = {self.free[i] for i in range(n) if result.x[n + i] > 0.5}
            if not {f for f, _ in changes} <= flagged:
                raise SolverError("a figure changed without its indicator")
        return Solution(tuple(sorted(changes)))


def joint_bounds(
    figure: int, values: Sequence[int], constraints: Sequence[Constraint],
) -> tuple[int, int | None] | None:
    """:func:`~okot_audit.locate.constraints.single_bounds` where totals have withheld parts
    (``<5``) that tie them: the values `figure` may take, every other figure as printed and the
    withheld counts anywhere in their bounds, all constraints at once — solved (two programs)."""
    if any(not c.hidden and figure not in c.figures and not c.holds(values) for c in constraints):
        return None  # (a total the figure is not in fails whatever it is)
    program = _Program(values, constraints, [figure], minimise=False).program
    low = program.extreme(0, 1)  # (the figure's column: the first)
    if low is None:
        return None
    return low, program.extreme(0, -1)
