"""One integer program for HiGHS (scipy's ``milp``), built row by row.

Both solvers of the project build theirs here: error localisation
(:mod:`okot_audit.locate.milp`: corrected figures, their change indicators and the withheld
counts of the totals) and the joint ranges of withheld counts (:mod:`okot_audit.withheld_ranges`:
the withheld counts alone). A :class:`Program` is integer variables, each within its own bounds,
and rows ``low <= sum(coef * variable) <= high``; asked of it are

- :meth:`Program.solve` — the least of a cost, with rows and bounds added for that one solve
  (a no-good cut, a size);
- :meth:`Program.feasible` — whether any values fit at all;
- :meth:`Program.extreme` — the least or greatest value of one variable over every row at once
  (a withheld count's range; the values a figure may take);
- :meth:`Program.nearest` — where no values fit: the least the rows' bounds must move in all for
  some to, and how far each row's.

Building a program is pure Python; numpy and scipy are imported only when one is solved, so the
start-up and every table that no solver is asked about never pay for them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

#: Seconds HiGHS may spend on one program.
TIME_LIMIT = 20.0

#: A row: ``(terms, low, high)``, ``terms`` (variable, coefficient) pairs, ``low`` / ``high``
#: None for no bound on that side.
Row = tuple[Sequence[tuple[int, float]], float | None, float | None]


class Program:
    """Integer variables within their bounds and linear rows over them. `big` stands in for "no
    highest" (a variable added with ``high=None`` is at most `big`, and a greatest value that
    reaches it is no greatest at all): it must exceed every value that means something."""

    def __init__(self, big: int, time_limit: float = TIME_LIMIT) -> None:
        self.big = big
        self.time_limit = time_limit
        self.lows: list[float] = []
        self.highs: list[float] = []
        self.rows: list[Row] = []

    @property
    def width(self) -> int:
        return len(self.lows)

    def variable(self, low: float = 0, high: float | None = None) -> int:
        """A new integer variable within ``[low, high]`` (``high`` None: at most :attr:`big`);
        its column."""
        self.lows.append(low)
        self.highs.append(self.big if high is None else high)
        return len(self.lows) - 1

    def row(self, terms: Sequence[tuple[int, float]], low: float | None = None, high: float | None = None) -> None:
        """``low <= sum(coef * variable) <= high`` (None: no bound on that side)."""
        self.rows.append((terms, low, high))

    def solve(self, cost: Mapping[int, float], rows: Sequence[Row] = (), highs: Mapping[int, float] | None = None,
              integral: bool = True) -> Any:
        """HiGHS's result (scipy's ``OptimizeResult``) for the least of ``sum(cost[v] * v)``
        (variables not in `cost`: at no cost) over the program's rows and, for this solve only,
        `rows` after them and the highest values `highs` in place of the variables' own.
        `integral` False: a linear program (every variable continuous)."""
        import numpy as np
        from scipy.optimize import Bounds, milp

        width = self.width
        vector = np.zeros(width)
        for v, coef in cost.items():
            vector[v] = coef
        high = np.array(self.highs, float)
        for v, top in (highs or {}).items():
            high[v] = top
        constraint = self._constraint([*self.rows, *rows], width)
        return milp(vector, integrality=np.ones(width) if integral else np.zeros(width),
                    bounds=Bounds(np.array(self.lows, float), high), constraints=constraint,
                    options={"time_limit": self.time_limit})

    @staticmethod
    def _constraint(rows: Sequence[Row], width: int) -> Any:
        import numpy as np
        from scipy.optimize import LinearConstraint
        from scipy.sparse import coo_array

        r: list[int] = []
        c: list[int] = []
        d: list[float] = []
        for k, (terms, _, _) in enumerate(rows):
            for v, coef in terms:
                r.append(k)
                c.append(v)
                d.append(coef)
        matrix = coo_array((d, (r, c)), shape=(len(rows), width)).tocsr()
        lower = np.array([-np.inf if low is None else low for _, low, _ in rows], float)
        upper = np.array([np.inf if high is None else high for _, _, high in rows], float)
        return LinearConstraint(matrix, lower, upper)

    def feasible(self) -> bool:
        """Whether some values of the variables, each within its bounds, fit every row (False
        too where HiGHS does not finish in time)."""
        result = self.solve({})
        return result.status == 0 and result.x is not None

    def extreme(self, variable: int, sign: int) -> int | None:
        """The least (`sign` 1) or greatest (-1) value of `variable` for which every row holds,
        the other variables anywhere in their bounds; None when no values fit (or HiGHS does not
        finish) or, greatest, when it reaches :attr:`big` (no highest)."""
        result = self.solve({variable: float(sign)})
        if result.status != 0 or result.x is None:
            return None
        value = int(round(float(result.x[variable])))
        return None if sign < 0 and value >= self.big else value

    def nearest(self, integral: bool = True) -> list[float] | None:
        """How far each row's bounds must move (in the same order; their sum least) for some
        values within the variables' bounds to fit every row — a slack on each side of each row,
        at most :attr:`big`. None when HiGHS does not finish. `integral` False: the variables
        continuous (a long program solved as a linear one; round the slacks up)."""
        slacks = Program(self.big, self.time_limit)
        slacks.lows, slacks.highs = list(self.lows), list(self.highs)
        m = len(self.rows)
        up = [slacks.variable(0) for _ in range(m)]
        down = [slacks.variable(0) for _ in range(m)]
        for k, (terms, low, high) in enumerate(self.rows):
            slacks.row([*terms, (up[k], 1), (down[k], -1)], low, high)
        result = slacks.solve({v: 1.0 for v in (*up, *down)}, integral=integral)
        if result.status != 0 or result.x is None:
            return None
        return [float(result.x[up[k]] + result.x[down[k]]) for k in range(m)]
