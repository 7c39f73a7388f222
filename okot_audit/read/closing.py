"""A note in brackets that a header cell set to the bottom wrapped over its lines, in laid-out text.

A narrow header cell set to the bottom of its row prints ``2022-2023 (voorlopig)`` as
``2022-2023`` / ``(voorlopig`` / ``)``, its last piece on the line of the other cells' periods
(``2019-2020 2020-2021 2021-2022          )``). The bracket closes the note above it, not the
line of periods it ends: it is given back to its note (``(voorlopig)``), so that the cell is
laid out whole, as in the PDF (:func:`~okot_audit.read.layout.relayout`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from okot_audit.parse.scan import joined, lines_at

#: A bracket alone after a period (a year's digit, perhaps a footnote's stars) that ends its line,
#: or alone on its line (a note under the labels' column: ``Leeftijdsklasse  2019-2020 …`` /
#: ``(voorlopig`` / ``)``).
_CLOSING = re.compile(r"(?:(?<=[\d*]) +|^[ \t]*)\)[ \t]*$", re.M)
#: A note's first piece alone on its line: an opening bracket and words, no figure, not closed.
_OPENING = re.compile(r"\([^()\d]{1,40}")


def closed_notes(lines: Sequence[str]) -> Sequence[str]:
    """`lines` (laid-out text) with the bracket alone at the end of a line of periods, or alone on
    its line, given back to the note that opens right above it, alone on its line, where the
    bracket stands under the note's piece (line numbers kept); `lines` itself where there is none."""
    text = joined(lines)
    if text is not None and " )" not in text and "\n)" not in text:
        return lines
    at = lines_at(lines, (m.start() for m in _CLOSING.finditer(text))) if text is not None else range(len(lines))
    out: list[str] | None = None
    for index in at:
        line = lines[index]
        closing = _CLOSING.search(line)
        if closing is None or not index:
            continue
        above = lines[index - 1]
        piece = above.strip()
        start = len(above) - len(above.lstrip())
        bracket = line.index(")", closing.start())
        if not _OPENING.fullmatch(piece) or not start <= bracket <= start + len(piece):
            continue
        out = out if out is not None else list(lines)
        out[index - 1] = above.rstrip() + ")"
        out[index] = line[:closing.start()]
    return out if out is not None else lines
