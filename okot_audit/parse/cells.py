"""Numbers at the end of a line, and every way they can sit in a table's columns.

PDF extraction keeps a blank cell only as one extra space, so ``label  27 52 73`` with four
periods reads ``[blank, 27, 52, 73]``. Labels can end in digits (``modules 1- 4 12``), so the
trailing run of numbers is not always all cells. :func:`placements` lists the readings a line
allows, best first, and says whether its spacing leaves exactly one reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations

#: A count as printed: ``12``, ``1472`` or with Dutch thousands separators ``1.472``.
NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")
_TOKEN = re.compile(r"\S+")


def number_value(token: str) -> int:
    """Return the integer a printed count stands for (``1.472`` → 1472)."""
    return int(token.replace(".", ""))


def is_number(token: str) -> bool:
    return NUMBER.fullmatch(token) is not None


def numbers_in(text: str) -> tuple[int, ...]:
    """Every whole number token in `text` (for stray-number reports)."""
    return tuple(number_value(t) for t in _TOKEN.findall(text) if is_number(t))


@dataclass(frozen=True)
class Placement:
    """One reading of a line's numeric tail: the label text and a value (or blank) per period."""

    label: str
    values: tuple[int | None, ...]
    exact: bool  # the spacing says exactly this
    rank: int  # lower is more plausible


def numeric_tail(line: str) -> tuple[str, list[re.Match]]:
    """Split `line` into its text and the trailing run of number tokens."""
    tokens = list(_TOKEN.finditer(line))
    k = len(tokens)
    while k > 0 and is_number(tokens[k - 1].group()):
        k -= 1
    head = line[: tokens[k - 1].end()] if k > 0 else ""
    return head, tokens[k:]


def has_numeric_tail(line: str) -> bool:
    """Whether `line` ends in a number (its last token is a count)."""
    last = line.rsplit(None, 1)
    return bool(last) and NUMBER.fullmatch(last[-1]) is not None


def placements(line: str, periods: int) -> list[Placement]:
    """All readings of `line`'s numeric tail over `periods` columns, most plausible first.

    A reading is *exact* when the spaces between label and numbers say where every blank is:
    ``k`` blanks before, between or after numbers show as ``k + 1`` spaces (after the last
    number the extraction leaves one space more). When no reading is exact — spaces collapsed
    or trailing spaces trimmed — every placement is returned, and the caller lets the stated
    totals choose.
    """
    tokens = list(_TOKEN.finditer(line))
    k = len(tokens)
    while k > 0 and NUMBER.fullmatch(tokens[k - 1].group()):
        k -= 1
    run = len(tokens) - k
    if not run or periods < 1:
        return []
    shapes = []
    for c in range(min(run, periods), 0, -1):
        cells = tokens[len(tokens) - c:]
        label_end = tokens[len(tokens) - c - 1].end() if len(tokens) - c - 1 >= 0 else -1
        gaps = [cells[0].start() - label_end - 1]
        gaps += [cells[i + 1].start() - cells[i].end() - 1 for i in range(c - 1)]
        shapes.append((c, cells, label_end, gaps))
    exact: list[Placement] = []
    for c, cells, label_end, gaps in shapes:
        trailing_spaces = len(line) - cells[-1].end()
        rest = periods - c - sum(gaps)
        if rest >= 0 and (trailing_spaces == rest + 1 or (rest == 0 and trailing_spaces <= 1)):
            slots: list[int | None] = []
            for gap, token in zip(gaps, cells):
                slots.extend([None] * gap)
                slots.append(number_value(token.group()))
            slots.extend([None] * rest)
            exact.append(Placement(_label(line, label_end), tuple(slots), True, 0))
    if exact:
        return exact
    loose: list[Placement] = []
    for c, cells, label_end, gaps in shapes:
        label = _label(line, label_end)
        values = [number_value(t.group()) for t in cells]
        implied = _implied_positions(gaps)
        digits_in_label = min(run, periods) - c
        for positions in combinations(range(periods), c):
            slots = [None] * periods
            for pos, value in zip(positions, values):
                slots[pos] = value
            distance = sum(abs(p - q) for p, q in zip(positions, implied))
            loose.append(Placement(label, tuple(slots), False, 1 + digits_in_label * 100 + distance))
    loose.sort(key=lambda p: p.rank)
    return loose


def _label(line: str, label_end: int) -> str:
    return line[:label_end].strip() if label_end >= 0 else ""


def _implied_positions(gaps: list[int]) -> list[int]:
    positions, at = [], 0
    for gap in gaps:
        at += max(gap, 0)
        positions.append(at)
        at += 1
    return positions
