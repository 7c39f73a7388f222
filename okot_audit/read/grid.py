"""A grid of cells → lines of text with every column at a fixed place.

The formats that know their cells — an ``.xlsx`` sheet, an HTML table, a table printed with
delimiters (``|``, ``;``, tabs) — are laid out the same way, into the positional text the reader
places figures by: each column as wide as its widest cell plus :data:`GAP`, text left-aligned at
its column's start, numbers right-aligned in their column as a spreadsheet shows them (a figure
ends where the widest cell of its column, its period label, ends), an empty cell empty space
under its column. Each block of rows (between empty rows: a table, its caption) lays its columns
out on its own, so a column another table fills with long labels does not push one table's
figures away from their period labels.
"""

from __future__ import annotations

import re
from itertools import accumulate

from okot_audit.patterns import PERIOD_CELL, SPACED_THOUSANDS, THOUSANDS_SPACE, period_pattern

#: Characters between two columns.
GAP = 3
#: A cell that shows a number (``12``, ``1.472``, a year ``2020``, starred ``2022*``).
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+\**")
#: A training code: a cell of six digits, or a label cell that starts with one.
_CODE = re.compile(r"\d{6}")
_CODE_START = re.compile(r"\d{6}(?!\S)")
#: The mark a blank cell of a row without any figure is laid out as (:func:`_empty_code_row`).
BLANK = "-"
#: A cell that shows one number with its thousands set apart by a space, as Dutch and French
#: print them (``1 012``; a no-break, narrow or thin space too): a cell holds one value, so it
#: is the number 1012, written as the reader reads one (``1.012``), never two figures.
_SPACED_NUMBER = SPACED_THOUSANDS
_SPACE = THOUSANDS_SPACE
#: A cell that marks a figure as missing instead of leaving it empty: a dash (``-``, ``–``,
#: ``—``), a slash, an ``x``, a dot or two (``.``, ``..``, ``…``, as statistical offices print a
#: figure not available), ``n.v.t.``, ``n.b.``, ``?``. In a column of figures it stands where
#: the figure would: laid out as :data:`BLANK`, right-aligned, never as a word at the column's start.
_MISSING = re.compile(r"[-\u2013\u2014/x.?\u2026]|\.\.|n\.?v\.?t\.?|n\.?b\.?", re.I)
#: Of those marks, the one a footnote may say stands for a count withheld (``x: minder dan vijf
#: cursisten``): laid out as printed, where :data:`BLANK` stands — as :data:`BLANK` it would be a
#: blank cell, the withheld count lost.
_KEPT = re.compile(r"[xX]")


#: A footnote's mark as a page or a sheet raises it (``<sup>2</sup>``, ``(1)``, ``*``, ``a``, ``†``).
_MARK = re.compile(r"\s*\(?(?:\d{1,2}|[a-z]|\*{1,3}|[\u2020\u2021])\)?\s*", re.I)
#: A cell that is a year, a school year or a month by its digits: a period's label in a header.
_PERIOD_LABEL = re.compile(period_pattern(space=r"\s*", end="two-or-four", apostrophe=True))
#: A cell that is a figure (``410``, ``1.310``, ``1 310``).
_FIGURE_CELL = re.compile(r"\d[\d.,\s]*")


#: A line break inside a cell's text right after a word's hyphen and before a letter (``Oost-`` ⏎
#: ``Vlaanderen``): the one word broken at its hyphen (:func:`lines_joined`) — not before a
#: conjunction, after which the hyphen stands for a word's part said once (``dag-`` ⏎ ``en
#: avondonderwijs``: ``dag- en avondonderwijs``, ``voor-`` ⏎ ``of najaar``).
_BROKEN_AT_HYPHEN = re.compile(r"(?<=[^\W\d_]-)[^\S\n]*\n\s*(?=[^\W\d_])(?!(?:en|of|tot)\b)")


def lines_joined(text: str) -> str:
    """A cell's text of several lines (a ``<br>`` in a web page's cell, a line break typed in a
    sheet's cell) as the words of one: a word broken after its hyphen is one word as printed
    (``Oost-`` ⏎ ``Vlaanderen``: ``Oost-Vlaanderen``); any other line break stands between two
    words (``908001:`` ⏎ ``Educatieve``, ``modules 1-`` ⏎ ``4``, ``zorg -`` ⏎ ``2de jaar``,
    ``dag-`` ⏎ ``en avondonderwijs``: the hyphen before a conjunction keeps its space)."""
    return _BROKEN_AT_HYPHEN.sub("", text) if "\n" in text else text


def raised_apart(pieces: list[tuple[str, bool]]) -> str:
    """A cell's text from its `pieces` — (text, raised: set as superscript) — where a raised
    footnote's mark is no digit of a figure or period it follows: after a figure
    (``410`` ``²``) the figure stands alone (glued, it would read as the count 4102); after a
    period's label (``2022`` ``¹``) it is set apart as the period's footnote, ``2022(1)``.
    Any other cell's pieces run together as they show, their lines as one (:func:`lines_joined`)."""
    text = " ".join(lines_joined("".join(piece for piece, _ in pieces)).split())
    marks = [piece.strip() for piece, raised in pieces if raised and _MARK.fullmatch(piece)]
    if not marks:
        return text
    bare = " ".join(lines_joined("".join(piece for piece, raised in pieces
                                         if not (raised and _MARK.fullmatch(piece)))).split())
    if _PERIOD_LABEL.fullmatch(bare):
        return bare + "".join(mark if mark.startswith(("(", "*")) else f"({mark})" for mark in marks)
    return bare if _FIGURE_CELL.fullmatch(bare) else text


def _cell(text: str) -> str:
    """A cell's text as laid out: a number with spaced thousands (:data:`_SPACED_NUMBER`) in
    the form ``1.012``, any other text as it is."""
    stripped = text.strip()
    return _SPACE.sub(".", stripped) if _SPACED_NUMBER.fullmatch(stripped) else text


def lay_out(grid: list[list[str]], spans: dict[tuple[int, int], int] | None = None) -> list[str]:
    """One line per row of `grid`; `spans` gives (row, first column) → how many columns a
    merged cell covers."""
    return lay_out_beside(grid, spans)[0]


def lay_out_beside(
    grid: list[list[str]], spans: dict[tuple[int, int], int] | None = None,
    aside: dict[int, tuple[int, list[str]]] | None = None,
) -> tuple[list[str], dict[int, str]]:
    """:func:`lay_out`'s lines, and each row of `aside` — key → (the grid row it stands with,
    its cells) — laid out in the columns of that row's block as one of its rows would be,
    without widening them (an ``.xlsx`` sheet's hidden row, kept out of the lines: its figures
    then stand where the block's figures of the same column stand)."""
    spans = spans or {}
    lines: list[str] = []
    laid: dict[int, str] = {}
    grid = [[_cell(text) for text in row] for row in grid]
    done = 0
    for start, end in _blocks(grid):
        lines.extend("" for _ in range(done, start))  # (the empty rows between blocks)
        block = {(r - start, c): span for (r, c), span in spans.items() if start <= r < end}
        extra = {key: [_cell(text) for text in cells] for key, (at, cells) in (aside or {}).items()
                 if start <= at < end}
        lines.extend(_lay_out_block(grid[start:end], block, extra, laid))
        done = end
    lines.extend("" for _ in range(done, len(grid)))
    return lines, laid


def _blocks(grid: list[list[str]]) -> list[tuple[int, int]]:
    """The blocks of `grid` each laid out in columns of its own, as ranges of rows: the runs of
    rows between empty rows, but a run that goes on with the table above it
    (:func:`_goes_on`) is of that table's block, the empty rows between them too — laid out on
    its own, its figures would stand in columns of its own, away from their period labels."""
    runs: list[tuple[int, int]] = []
    start = None
    for r, row in enumerate([*grid, []]):
        if any(row) and start is None:
            start = r
        elif not any(row) and start is not None:
            runs.append((start, r))
            start = None
    blocks: list[tuple[int, int]] = []
    for start, end in runs:
        if blocks and _goes_on(grid[blocks[-1][0]:blocks[-1][1]], grid[start]):
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
    return blocks


#: A cell that names a period by its digits (a year ``2022``, ``2022*``, a school year
#: ``2019-2020``, a month ``2023-01``): a header's, never a count.
_PERIOD = PERIOD_CELL


def _goes_on(above: list[list[str]], row: list[str]) -> bool:
    """Whether `row`, the first after one or more empty rows, is a row of the table `above` it
    (a table with an empty row among its rows): a label first, then figures — at least one of
    them no period's name, so no header of the next table (``Opleiding 2021 2022``) — each in a
    column that holds figures or period labels in `above` (the table's own columns)."""
    if not row or not row[0] or _NUMBER.fullmatch(row[0]):
        return False
    figures = {c for c, text in enumerate(row) if c and text}
    if not figures or any(not _NUMBER.fullmatch(row[c]) for c in figures) \
            or all(_PERIOD.fullmatch(row[c]) for c in figures):
        return False
    held = {c for line in above for c, text in enumerate(line) if c and _NUMBER.fullmatch(text)}
    return figures <= held


def _lay_out_block(
    grid: list[list[str]], spans: dict[tuple[int, int], int], aside: dict[int, list[str]] | None = None,
    laid: dict[int, str] | None = None,
) -> list[str]:
    """Each column at a fixed position: as wide as its widest (unmerged) cell plus :data:`GAP`;
    the rows of `aside` laid out in the same columns into `laid` (by their key)."""
    columns = max((len(row) for row in grid), default=0)
    widths = [0] * columns
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text and (r, c) not in spans:
                widths[c] = max(widths[c], len(text) + GAP)
    for (r, c), span in spans.items():  # a merged cell gets the room of the columns it covers
        text = grid[r][c] if c < len(grid[r]) else ""
        last = min(c + span, columns) - 1
        room = sum(widths[c:last + 1])
        if text and room < len(text) + GAP:
            widths[last] += len(text) + GAP - room
    starts = list(accumulate(widths[:-1], initial=0)) if columns else []  # (each column's start: linear in the columns)
    figures = _figure_columns(grid)
    lines = []
    for r, row in enumerate(grid):
        if figures and _empty_code_row(row, figures):  # a mark in each: the row's cells are blank, not lost
            row = [BLANK if c in figures else text for c, text in enumerate(row + [""] * (columns - len(row)))]
        elif figures and any(c in figures and _MISSING.fullmatch(text.strip()) for c, text in enumerate(row) if text):
            row = [_missing(text) if c in figures and text and _MISSING.fullmatch(text.strip()) else text
                   for c, text in enumerate(row)]
            kept = frozenset(c for c, text in enumerate(row) if c in figures and _KEPT.fullmatch(text))
            lines.append(_row_line(row, r, starts, widths, spans, kept))
            continue
        lines.append(_row_line(row, r, starts, widths, spans))
    for key, row in (aside or {}).items():
        if laid is not None:
            laid[key] = _row_line(row[:columns], -1, starts, widths, spans)
    return lines


def _missing(text: str) -> str:
    """A figure cell's mark for a missing figure as laid out: :data:`BLANK`, or the mark as printed
    where a footnote may say it withholds a count (:data:`_KEPT`)."""
    mark = text.strip()
    return mark if _KEPT.fullmatch(mark) else BLANK


def _row_line(
    row: list[str], r: int, starts: list[int], widths: list[int], spans: dict[tuple[int, int], int],
    marks: frozenset[int] = frozenset(),
) -> str:
    """Row `r` of a block as a line: each cell at its column's start, numbers right-aligned, and
    so the marks of missing figures (:data:`BLANK`, and those kept as printed in the columns `marks`).
    (Built of its parts, joined once: a line of thousands of cells in time linear in them.)"""
    parts: list[str] = []
    length = 0
    for c, text in enumerate(row):
        if not text:
            continue
        at = starts[c]
        if (r, c) not in spans and (_NUMBER.fullmatch(text) or text == BLANK or c in marks):
            at += widths[c] - GAP - len(text)  # numbers right-aligned
        at = at if not length else max(at, length + GAP)
        pad = max(0, at - length)
        parts.append(" " * pad + text)
        length += pad + len(text)
    return "".join(parts)


def _figure_columns(grid: list[list[str]]) -> set[int]:
    """The columns that hold figures (or period labels) in some row; a training code's column
    holds none."""
    return {c for row in grid for c, text in enumerate(row) if c and _NUMBER.fullmatch(text) and not _CODE.fullmatch(text)}


def _empty_code_row(row: list[str], figures: set[int]) -> bool:
    """Whether `row` is a training code's row whose every figure cell is empty: a programme
    without counts in any period. Laid out as empty space it would be a label line without its
    row (a wrapped label's first line, in the text reader's eyes); a grid says the cells exist."""
    coded = any(_CODE_START.match(text) for c, text in enumerate(row) if c not in figures)
    return coded and not any(text for c, text in enumerate(row) if c in figures)
