"""A first column that numbers a table's rows (``Nr.``, ``#``, ``Volgnr.`` over 1, 2, 3, …).

Such numbers are the ordinals of the row keys, no figures: no period, no count, no part of a
row's label. :func:`without_row_numbers` sets them aside before the table is looked for, so
that the table is read as it would be without that column — its header's first cell the word
that names its rows (``Provincie``, ``Opleiding``), each row's label its own (a training code
first, where it has one).

A header line whose first cell is such a word opens a run of rows; each row that begins with
the next ordinal (``1 Antwerpen 260 …``, ``2 900124: …``) loses it, its label after it. Lines
between (a label wrapped, a ``Totaal`` line, a block's name) are left as they are; the count may
start again at 1 (each block numbered on its own), and under a header repeated on a later page
it goes on from the page before (``4``, ``5``, …). The run ends where no numbered row has come
for a few lines. Only runs of two numbered rows or more, in order, are set aside: a ``1`` alone
proves nothing. Where the text keeps positions (laid out, a PDF, an annex), the ordinal and the
header's word become spaces, so every other cell keeps its column.
"""

from __future__ import annotations

import re

from okot_audit.patterns import ROW_NUMBER_WORD

#: A header line whose first cell numbers the rows, before the header's other words (a word:
#: ``nr. 512`` heads a question, no table).
_HEADER = re.compile(rf"^([ \t]*)({ROW_NUMBER_WORD})([ \t]+)(?=[^\W\d_])", re.I | re.M)
#: The quick look for such a header in a whole text (a line break first: searched fast).
_ANY_HEADER = re.compile(rf"\n[ \t]*{ROW_NUMBER_WORD}[ \t]+[^\W\d_]", re.I)
#: A row that begins with its ordinal, then its label: a word, or a training code.
_ROW = re.compile(r"^([ \t]*)(\d{1,3})([ \t]+)(?=[^\W\d_]|\d{6}\b)")
#: A row's ordinal alone on its line, its label on the next (text that prints each cell of a
#: row whose name wraps on a line of its own: ``1`` / ``Graduaat verpleegkunde`` / ``module 5  35``).
_ALONE = re.compile(r"^([ \t]*)(\d{1,3})([ \t]*)$")
#: The line after such an ordinal: a label's first word, or a training code.
_LABEL_FIRST = re.compile(r"^[ \t]*(?:[^\W\d_]|\d{6}\b)")
#: A header whose first cell is blank, in text that keeps positions (an annex's sheet, a web
#: page's table, a laid-out PDF): its first word indented, a period among its cells (no indented
#: prose over a numbered list), the first row below it numbered (``    Opleiding  2021`` /
#: ``1   Graduaat …``). Searched in the whole text.
_BLANK_HEADED = re.compile(
    r"\n([ \t]{2,})[^\W\d_][^\n]*?[ \t]{2}[^\n]*?\b(?:19|20)\d{2}\b[^\n]*\n(?:[ \t]*\n)*[ \t]*1[ \t]+[^\W\d_\s]")
#: How many lines may stand between two numbered rows (a label wrapped over lines, a block's
#: ``Totaal`` and the next block's name, a page break's blank lines).
_GAP = 8


def without_row_numbers(lines: tuple[str, ...], positional: bool, whole: str) -> tuple[str, ...]:
    """`lines` with each row-number column set aside (see the module documentation); `lines`
    itself where there is none (one search of the source's `whole` text tells)."""
    blank = positional and _BLANK_HEADED.search(whole) is not None
    if _ANY_HEADER.search(whole) is None and _HEADER.match(whole) is None and not blank:
        return lines
    text = "\n".join(lines)
    starts: dict[int, int | None] = {text.count("\n", 0, m.start()): None for m in _HEADER.finditer(text)}
    if blank:  # (the header's first cell blank: the names start under its first word)
        starts.update({text.count("\n", 0, m.start()) + 1: len(m.group(1)) for m in _BLANK_HEADED.finditer(text)})
    out = list(lines)
    for k, column in sorted(starts.items()):
        rows = _numbered_rows(lines, k, positional, column)
        if len(rows) < 2:
            continue
        if column is None:
            out[k] = _without_cell(out[k], _HEADER.match(out[k]), positional)  # type: ignore[arg-type]
        for j in rows:
            match = _ROW.match(out[j]) or _ALONE.match(out[j])
            if match is not None:  # (none where a header above already took this row's ordinal)
                out[j] = _without_cell(out[j], match, positional)
    return tuple(out)


def _numbered_rows(lines: tuple[str, ...], k: int, positional: bool = True, column: int | None = None) -> list[int]:
    """The 0-based lines below header line k that begin with the rows' ordinals, in order (in
    text that keeps no positions, also an ordinal alone on its line, a label's first word on the
    next); under a header whose first cell is blank, only ordinals left of its first word's
    `column`, the label beginning right under it."""
    found: list[int] = []
    expected = 1
    since = 0  # lines of text since the last numbered row (or the header)
    last = k
    for j in range(k + 1, len(lines)):
        if since > _GAP or j - last > 4 * _GAP:
            break
        if not lines[j].strip():
            continue
        match = _ROW.match(lines[j])
        if match is None and not positional and j + 1 < len(lines) and _LABEL_FIRST.match(lines[j + 1]):
            match = _ALONE.match(lines[j])
        if match is not None and column is not None and (match.end(2) >= column or abs(match.end() - column) > 1):
            match = None
        number = int(match.group(2)) if match else None
        if number is not None and not found and column is None:
            expected = number  # (under a header that names the numbers, they may go on from a page before)
        if number is not None and (number == expected or (number == 1 and expected > 2 and since)):
            found.append(j)
            expected = number + 1
            since, last = 0, j
            continue
        if number is not None and found:
            break  # an ordinal out of order: no numbering of rows (or its end)
        since += 1
    return found


def _without_cell(line: str, match: re.Match[str], positional: bool) -> str:
    """`line` without the first cell `match` found: blanked where positions count, else cut."""
    if positional:
        return match.group(1) + " " * (match.end() - match.end(1)) + line[match.end():]
    return match.group(1) + line[match.end():]
