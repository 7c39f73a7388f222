"""A note in brackets that a header cell set to the bottom wrapped over its lines.

A narrow header cell set to the bottom of its row prints ``2022-2023 (voorlopig)`` as
``2022-2023`` / ``(voorlopig`` / ``)``, its last piece on the line of the other cells' periods
(``2019-2020 2020-2021 2021-2022          )``). The bracket closes the note above it, not the
line of periods it ends: it is given back to its note (``(voorlopig)``), so that the cell is
laid out whole, as in the PDF (:func:`~okot_audit.read.layout.relayout`). Single-spaced text
(pdfplumber) prints the cell's first line above the others' line (``Leeftijdsklasse
2022-2023`` / ``(voorlopig`` / ``2019-2020 2020-2021 2021-2022 )``): the note is given back to
the period of the line above it (:func:`closed_cell_notes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from okot_audit.parse.scan import joined, lines_at
from okot_audit.patterns import period_pattern

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


#: A header's period as single-spaced text prints it: a year or a school year, perhaps a mark.
_PERIOD = period_pattern(stars=r"\*{0,3}")
#: A line that ends in one period, the header's words perhaps before it (``Leeftijdsklasse
#: 2022-2023``): the first line of a tall cell set to the bottom stands above the others'.
_ONE_PERIOD_END = re.compile(rf"^(?:[^\d]*\S\s+)?{_PERIOD}\s*$")
#: A line of periods alone, perhaps with a note's closing bracket after them (``2019-2020
#: 2020-2021 2021-2022 )``: the last piece of the tall cell, on the bottom line, beside them).
_PERIODS_LINE = re.compile(rf"^\s*{_PERIOD}(?:\s+{_PERIOD})*(?P<closing>\s+\))?\s*$")
#: A note's later piece: words, no figure, no bracket but perhaps the closing one at its end.
_PIECE = re.compile(r"[^()\d]{1,40}\)?|\)")


def closed_cell_notes(lines: Sequence[str]) -> Sequence[str]:
    """`lines` (single-spaced text) with a period's note in brackets that a header cell set to
    the bottom wrapped below its period given back to that period (line numbers kept): the cell's
    first line stands above the others' (``Leeftijdsklasse 2022-2023``), its note's pieces on the
    lines below it (``(voorlopig``), its last piece beside the other periods on the bottom line
    (``2019-2020 2020-2021 2021-2022 )``) or alone. The period is the one of the line above the
    note, alone there: ``Leeftijdsklasse 2022-2023 (voorlopig)`` / (blank) / ``2019-2020 2020-2021
    2021-2022``. `lines` itself where there is none."""
    text = joined(lines)
    if text is not None and "\n(" not in text:
        return lines
    out: list[str] | None = None
    for index in range(1, len(lines) - 2):
        if lines[index][:1] != "(" or not _OPENING.fullmatch(lines[index].strip().removesuffix(")")) or not _ONE_PERIOD_END.match(
                lines[index - 1]):
            continue
        pieces = [lines[index].strip()]
        k = index + 1
        while k < len(lines) and k <= index + 3 and not pieces[-1].endswith(")") and _PIECE.fullmatch(lines[k].strip()):
            pieces.append(lines[k].strip())
            k += 1
        periods = _PERIODS_LINE.match(lines[k]) if k < len(lines) else None
        if periods is None or pieces[-1].endswith(")") == bool(periods.group("closing")):
            continue  # (closed twice or never: whose bracket, nothing says)
        note = " ".join(p for p in pieces if p != ")") + ("" if pieces[-1].endswith(")") and pieces[-1] != ")" else ")")
        out = out if out is not None else list(lines)
        out[index - 1] = lines[index - 1].rstrip() + " " + note
        for j in range(index, k):
            out[j] = ""
        if periods.group("closing"):
            out[k] = lines[k][:periods.start("closing")]
    return out if out is not None else lines
