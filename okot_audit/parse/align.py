"""Let the stated totals choose where blank cells sit when the spacing cannot say.

Every row offers its readings (see :mod:`okot_audit.parse.cells`), best first. Rows whose
spacing is exact offer one. For the others we look for the readings that make every column
respect ``max(parts) <= total <= sum(parts)`` (``== sum`` for additive tables). One fitting
choice: taken. Several: the most plausible is taken and the ambiguity reported. None: the rows
stay unread and that is reported — never a silent guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from okot_audit.parse.cells import Placement

#: How many combinations of readings are tried before the search gives up.
SEARCH_LIMIT = 200_000


@dataclass
class Choice:
    """The outcome for one group of rows: a reading per row, or None where unresolved."""

    readings: list[Placement | None]
    status: str  # "certain" | "chosen" | "ambiguous" | "unresolved" | "no-total"


def fits(parts: list[int], total: int | None, unique: bool) -> bool:
    """Whether `parts` can add up to `total` (unique persons: within the bounds)."""
    if total is None:
        return True
    if not parts:
        return total == 0
    if unique:
        return max(parts) <= total <= sum(parts)
    return sum(parts) == total


def choose(
    options: list[list[Placement]], totals: tuple[int | None, ...] | None, unique: bool
) -> Choice:
    """Pick a reading for every row of a group whose total (per period) is `totals`."""
    if all(len(o) == 1 for o in options):
        return Choice([o[0] for o in options], "certain")
    if totals is None:
        return Choice([o[0] for o in options], "no-total")
    fixed = [o[0] for o in options if len(o) == 1]
    open_rows = [i for i, o in enumerate(options) if len(o) > 1]
    columns = len(totals)
    fixed_cols = [[v for p in fixed if (v := p.values[c]) is not None] for c in range(columns)]

    def column_ok(c: int, chosen: tuple[Placement, ...]) -> bool:
        parts = fixed_cols[c] + [v for p in chosen if (v := p.values[c]) is not None]
        return fits(parts, totals[c], unique)

    found: list[tuple[int, tuple[Placement, ...]]] = []
    tried = 0
    for combo in product(*(options[i] for i in open_rows)):
        tried += 1
        if tried > SEARCH_LIMIT:
            break
        if all(column_ok(c, combo) for c in range(columns)):
            found.append((sum(p.rank for p in combo), combo))
    if not found:
        readings = [o[0] if len(o) == 1 else None for o in options]
        return Choice(readings, "unresolved")
    found.sort(key=lambda f: f[0])
    best = found[0][1]
    distinct = {tuple(p.values for p in combo) for _, combo in found}
    readings = list(o[0] for o in options)
    for i, placement in zip(open_rows, best):
        readings[i] = placement
    return Choice(readings, "chosen" if len(distinct) == 1 else "ambiguous")
