"""A sector block's head printed as a row whose every cell is a blank's mark.

A table of programmes in sector blocks heads each block with the sector's name on a line of
its own (``Zorg``) and closes it with its total (``Totaal zorg  53  52``). An answer that
prints a blank cell as a mark prints the head's empty cells with that mark too: ``Zorg  /  /``,
``Techniek  x``, ``Bouw  nvt  nvt``. The marks hold no figure; the line is the block's head, not
the first line of the name of the row below it (``Zorg / / Verkorte leefgroepenwerking …``).
:func:`heads_without_marks` writes such a line as the head alone, where a later line closes
that sector's block — a sector's row whose cells are all blank, in a table of sectors, has no
block closed after it.
"""

from __future__ import annotations

import re

from okot_audit.parse.words import sector_name
from okot_audit.patterns import SECTORS

_SECTOR = "|".join(sorted(SECTORS, key=len, reverse=True))
#: A sector's name (``Sector`` before it, maybe), then blank marks alone, each set off by space.
_HEAD_MARKS = re.compile(
    r"^(?P<head>\s*(?:sector\s*:?\s*)?(?P<name>" + _SECTOR + r"))"
    r"(?:\s+(?:[-\u2013\u2014/x]|n\.?v\.?t\.?|n\.?b\.?))+\s*$", re.I)
#: A line closing a sector's block: ``Totaal zorg``, ``Subtotaal de sector Zorg``, then its figures.
_CLOSING = re.compile(
    r"^\s*(?:sub)?totaal\s+(?:(?:van|voor|in)\s+)?(?:de\s+)?(?:sector\s*:?\s*)?(?P<name>" + _SECTOR + r")\b", re.I)
#: The last character of a line that may end in a blank's mark (a quick look before the pattern).
_MARK_ENDS = frozenset("-\u2013\u2014/xX.tTbB")


def heads_without_marks(lines: tuple[str, ...]) -> tuple[str, ...]:
    """`lines` with each sector block's head printed with a mark in its cells written as the
    head alone (its marks dropped: they hold no figure), where a later line closes that
    sector's block."""
    out: list[str] | None = None
    closed: dict[str, int] | None = None
    for k, line in enumerate(lines):
        if line.rstrip()[-1:] not in _MARK_ENDS:
            continue
        match = _HEAD_MARKS.match(line)
        if match is None or not match.group("head").strip()[:1].isupper():
            continue  # (a head is capitalised: ``zorg  x`` is a name's last word wrapped, then a mark)
        if closed is None:  # (the last line closing each sector's block: built once, where a head is found)
            closed = {}
            for j, other in enumerate(lines):
                found = _CLOSING.match(other)
                if found is not None:
                    closed[found.group("name").lower()] = j
        sector = sector_name(match.group("name"))
        if sector is None or closed.get(sector, -1) <= k:
            continue
        if out is None:
            out = list(lines)
        out[k] = match.group("head")
    return lines if out is None else tuple(out)
