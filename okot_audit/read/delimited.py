"""Tables that text prints with delimiters → the same columns a laid-out page gives.

Converters and people print a table's cells between delimiters rather than at positions:
Markdown pipe tables (PDF-to-Markdown converters), semicolon- or comma-separated rows (a table
exported to CSV, tabula, camelot) and tab-separated rows (a table copied out of Word or Excel)::

    | Provincie | 2020 | 2021 |
    |---|---|---|
    | Limburg | 402 | |

Such a row says exactly which cell is empty, which spaces cannot. :func:`grid_blocks` finds
every run of such rows and lays its cells out in columns (:func:`okot_audit.read.grid.lay_out`),
a figure under its period label and an empty cell as empty space under its column — layout
text, which the reader places by position. Line numbers stay those of the file; a Markdown
header row moves down onto its separator row's line (``|---|---|``), next to the rows it heads,
and leaves a blank line. Prose is left as it is: a block is a run of
two rows or more with as many cells each, one of them a number.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from okot_audit.patterns import SPACED_THOUSANDS, YEAR
from okot_audit.read.grid import lay_out, lines_joined

#: A Markdown separator row: ``|---|:---:|``.
_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d+$")
#: Delimiters in the order they are tried; a comma only between cells without spaces around it
#: (``Antwerpen,812,845``), never the comma of a sentence (``Antwerpen, Limburg en Brussel``).
DELIMITERS = ("|", "\t", ";", ",")
#: How long a cell may be: longer text is prose that happens to hold a delimiter.
MAX_CELL = 120


@dataclass(frozen=True)
class Unread:
    """A row of a delimited block that cannot be laid out in its columns: `reason` is
    ``cell-count`` (its cells are more or fewer than the block's) or ``delimiter-unclear`` (two
    delimiters each split it into the block's cells, differently). `line` is 1-based; `columns`
    the block's first row's cells; `numbers` the row's figures. A PDF's page that holds no text
    but a scan's image is one too (``page-without-text``, :mod:`okot_audit.read.pdf`: its
    `line` an empty line that stands for the page, `other` the page's number), and so is one
    whose content cannot be decompressed (``page-damaged``), or not to its end
    (``page-cut-short``: `line` an empty line after the page's text)."""

    line: int
    reason: str
    text: str
    columns: tuple[str, ...]
    numbers: tuple[int, ...]
    other: str | None = None


def merged_figures(
    grid: list[list[str]], spans: dict[tuple[int, int], int], tall: dict[tuple[int, int], int] | None = None,
) -> tuple[list[list[str]], dict[tuple[int, int], int], list[tuple[int, str, int, tuple[str, ...], str]]]:
    """`grid` and `spans` (an ``.xlsx`` sheet's or an HTML table's: (row, first column) → how
    many columns a merged cell covers) without the figures printed in one cell merged over
    columns that two headers or more head (``300`` under ``2022`` and ``2023``, or under ``M``
    and ``V``): such a figure is no one column's, and laid out it would stand under the first
    (a silent wrong cell). Each is returned as (grid row, the row's label, the figure's count,
    the headers it spans, ``merged-figure``), for the reader to say (:class:`Unread`). So is a
    figure merged over rows (`tall`: (row, column) → how many rows a merged cell covers) that two
    rows' labels or more stand beside (``130`` beside Antwerpen and Limburg): no one row's; the
    labels it spans, ``merged-figure-rows``. A figure
    merged under one header's cell, a merged header cell (a year over ``M`` / ``V``) and a
    merged label stay as they are. A column's header is the nearest text above the figure in
    it (or in the merged cell that covers it) that is no figure, or a year, in the same run of
    rows (an empty row parts two tables); a year merged in a row of years is a header's."""
    found: list[tuple[int, str, int, tuple[str, ...], str]] = []
    if tall:
        grid = _tall_figures(grid, tall, found)
    if not spans:
        return grid, spans, found
    covers: dict[tuple[int, int], tuple[int, int]] = {}  # (row, column) → the cell whose text stands there
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text:
                for across in range(spans.get((r, c), 1)):
                    covers[(r, c + across)] = (r, c)
    out_grid, out_spans = grid, spans
    for (r, c), width in sorted(spans.items()):
        text = grid[r][c].strip()
        label = next((t.strip() for t in grid[r][:c] if t.strip() and not _NUMBER.match(t.strip())), None)
        if width < 2 or not _NUMBER.match(text) or label is None:
            continue
        if YEAR.fullmatch(text) and all(YEAR.fullmatch(t.strip()) for t in grid[r][c:] if _NUMBER.match(t.strip())):
            continue  # (a header's year over its sub-columns, the row's other figures years too)
        heads = [_head_cell(grid, covers, r, column) for column in range(c, c + width)]
        figured = _figured_columns(grid, r, c, width)
        if len(figured) < 2 and (any(h is None for h in heads) or len(set(heads)) < 2):
            continue  # (under one column: one header's, the rows' figures in one of its columns at most)
        if out_grid is grid:
            out_grid, out_spans = [list(row) for row in grid], dict(spans)
        out_grid[r][c] = ""
        del out_spans[(r, c)]
        names = tuple(dict.fromkeys(" ".join(grid[h[0]][h[1]].split()) for h in heads if h is not None))
        if len(figured) > len(names):  # (columns of figures its header does not tell apart: each by its place)
            names = tuple(_column_name(grid, heads[column - c], column) for column in figured)
        found.append((r, label, int(text.replace(".", "")), names, "merged-figure"))
    return out_grid, out_spans, found


def labels_down(grid: list[list[str]], tall: dict[tuple[int, int], int],
                skip: frozenset[tuple[int, int]] = frozenset()) -> list[list[str]]:
    """`grid` with each label merged over rows (`tall`: (row, column) → how many rows it covers;
    ``Zorg`` over two programmes' rows, a programme over its measures' rows) written in every row
    it covers, as a person reads it: the rows below its first kept it empty, and their label lost
    its first words (``Zorgkundige`` read apart from ``Zorg``, where its sheet unmerged reads
    ``Zorg Zorgkundige``). Only a label (words, no figure, no year) over rows that each hold a
    figure right of it: a header's cell merged over the header's lines (``Opleiding`` over the
    line of ``Man``/``Vrouw``) stays as it is, and so do the cells in `skip`."""
    out = grid
    for (r, c), height in sorted(tall.items()):
        text = grid[r][c].strip() if c < len(grid[r]) else ""
        if height < 2 or (r, c) in skip or not any(ch.isalpha() for ch in text) or _NUMBER.match(text) \
                or YEAR.match(text):
            continue
        below = range(r + 1, min(r + height, len(grid)))
        if not below or any(c < len(grid[k]) and grid[k][c].strip() for k in below) \
                or not all(any(_NUMBER.match(t.strip()) for t in grid[k][c + 1:]) for k in (r, *below)):
            continue  # (rows of figures each, the label's place empty below it)
        if out is grid:
            out = [list(row) for row in grid]
        for k in below:
            out[k][c] = grid[r][c]
    return out


def _tall_figures(
    grid: list[list[str]], tall: dict[tuple[int, int], int], found: list[tuple[int, str, int, tuple[str, ...], str]],
) -> list[list[str]]:
    """`grid` without the figures merged over rows whose labels two or more stand beside it (see
    :func:`merged_figures`), each appended to `found`."""
    out = grid
    for (r, c), height in sorted(tall.items()):
        text = grid[r][c].strip() if c < len(grid[r]) else ""
        if height < 2 or not _NUMBER.match(text) or YEAR.fullmatch(text):
            continue  # (a year merged over a header's lines is a header's)
        labels = [label for k in range(r, min(r + height, len(grid)))
                  if (label := next((t.strip() for t in grid[k][:c] if t.strip() and not _NUMBER.match(t.strip())), None))]
        if len(labels) < 2:
            continue
        if out is grid:
            out = [list(row) for row in grid]
        out[r][c] = ""
        found.append((r, labels[0], int(text.replace(".", "")), tuple(" ".join(label.split()) for label in labels),
                      "merged-figure-rows"))
    return out


def _figured_columns(grid: list[list[str]], r: int, c: int, width: int) -> list[int]:
    """The columns from `c` on (`width` of them) in which a row of row `r`'s table other than it
    holds a figure of its own (a cell that starts there): the table's columns of figures that a
    figure merged over them spans. Two or more, and the merged figure is no one column's, whatever
    the header above says (a year over two columns of figures, a column no header names)."""
    rows = [k for k in _table_rows(grid, r) if k != r]
    return [column for column in range(c, c + width)
            if any(column < len(grid[k]) and _NUMBER.match(grid[k][column].strip()) for k in rows)]


def _table_rows(grid: list[list[str]], r: int) -> range:
    """The rows of row `r`'s table: the run of rows around it up to an empty row either side."""
    start = r
    while start > 0 and any(grid[start - 1]):
        start -= 1
    end = r + 1
    while end < len(grid) and any(grid[end]):
        end += 1
    return range(start, end)


def _column_name(grid: list[list[str]], head: tuple[int, int] | None, column: int) -> str:
    """A column by its header's text and its place (``2022 (#3)``: the third column of the
    table), or by its place alone where no header names it (``#4``)."""
    place = f"#{column + 1}"
    return f"{' '.join(grid[head[0]][head[1]].split())} ({place})" if head is not None else place


def _head_cell(grid: list[list[str]], covers: dict[tuple[int, int], tuple[int, int]], r: int,
               column: int) -> tuple[int, int] | None:
    """The cell (row, column) of the nearest text above row `r` in `column` that is no figure
    (a year is a period's header: ``2022``), up to the empty row above the table; None when none."""
    for above in range(r - 1, -1, -1):
        if not any(grid[above]):
            return None  # (the table above an empty row is another's)
        at = covers.get((above, column))
        if at is not None and (not _NUMBER.match(text := grid[at[0]][at[1]].strip()) or YEAR.fullmatch(text)):
            return at
    return None


def grid_blocks(lines: list[str], unread: list[Unread] | None = None) -> list[str]:
    """`lines` with every block of delimited table rows laid out in columns (same line count);
    `lines` itself when there is none. A row inside a block whose cells cannot be told apart
    (:class:`Unread`, appended to `unread`) becomes an empty line: never cells under the wrong
    columns."""
    starts = _delimited_lines(lines)
    if not starts:
        return lines
    out: list[str] | None = None
    k = done = 0  # (done: the index after the last block)
    for start in starts:  # (a line without a delimiter starts no block)
        if start < k:
            continue  # in the block before
        k = start
        block = _block(lines, k)
        if block is None:
            continue
        end, rows = block
        first = rows[0] if isinstance(rows[0], list) else []
        above = _fitted(_doubtful(lines[k - 1]), len(first)) if k > done else None
        if above is not None:  # (a row right above whose commas may be decimal ones: the block settles it)
            rows, k = [above if len(above) == len(first) else "cell-count", *rows], k - 1
        out = out if out is not None else list(lines)
        laid = iter(lay_out([row for row in rows if isinstance(row, list)]))  # one block: one set of columns
        for offset, row in enumerate(rows):
            if isinstance(row, list):
                out[k + offset] = next(laid)
            elif isinstance(row, str):  # a row that cannot be laid out: reported, not read
                out[k + offset] = ""
                if unread is not None:
                    unread.append(Unread(k + offset + 1, row, lines[k + offset].strip(), tuple(first),
                                         _figures(lines[k + offset])))
            elif offset:  # a separator: the header row above it moves onto its line, next to the rows
                out[k + offset], out[k + offset - 1] = out[k + offset - 1], ""
        k = done = end
    return out if out is not None else lines


#: The figures of a line a block could not lay out: numbers set apart by delimiters or spaces.
_FIGURE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{3})+(?![\d.])|\d+")


def _figures(line: str) -> tuple[int, ...]:
    return tuple(int(match.group().replace(".", "")) for match in _FIGURE.finditer(line))


def _delimited_lines(lines: list[str]) -> list[int]:
    """The indices of the lines that hold a delimiter, in order: each delimiter's places found
    in the whole text with ``str.find`` rather than by testing every line for each delimiter —
    most answers' only delimiters are the commas of a few sentences."""
    text = "\n".join(lines)
    if text.count("\n") != len(lines) - 1:  # a line holds a line break of its own
        return [k for k, line in enumerate(lines) if any(d in line for d in DELIMITERS)]
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))  # each line's offset
    found = set()
    for delimiter in DELIMITERS:
        place = text.find(delimiter)
        while place >= 0:
            k = bisect_right(starts, place) - 1
            found.add(k)
            place = text.find(delimiter, starts[k + 1] if k + 1 < len(starts) else len(text))
    return sorted(found)


def _block(lines: list[str], start: int) -> tuple[int, list[list[str] | str | None]] | None:
    """The rows of the delimited block that starts at line `start` and the index after it, or
    None when no block starts there. A row is its cells, None for a Markdown separator, or the
    reason it cannot be laid out (:class:`Unread`).

    A table exported or pasted in pieces may set its rows' cells apart with different delimiters
    (``;`` in some rows, ``,`` or tabs in others): a row whose own delimiter splits it into the
    block's number of cells, and no other delimiter does otherwise, is a row of the block. A
    row among the block's rows that is delimited but does not split so is reported where it
    stands; the block goes on past it, with its columns."""
    for delimiter in DELIMITERS:
        first = _cells(lines[start], delimiter)
        if first is None:
            continue
        rows: list[list[str] | str | None] = [first]
        k = start + 1
        last = k  # the index after the last row that fits
        while k < len(lines):
            if delimiter == "|":
                if _SEPARATOR.match(lines[k].strip()):
                    rows.append(None)
                    k += 1
                    last = k
                    continue
                cells = _cells(lines[k], delimiter)
                if cells is None or (len(cells) != len(first) and not _figures(lines[k])):
                    break
                row: list[str] | str = cells if len(cells) == len(first) else "cell-count"
            else:
                found = _row(lines[k], delimiter, len(first))
                if found is None:
                    break
                row = found
            rows.append(row)
            k += 1
            if isinstance(row, list):
                last = k
        rows = rows[: last - start]  # (delimited lines after the block's last row are no part of it)
        real = [row for row in rows if isinstance(row, list)]
        if len(real) >= 2 and any(_NUMBER.match(cell) for row in real for cell in row):
            return last, rows
    return None


#: The delimiters a table's rows may mix (a Markdown table's pipes are its own).
_MIXED = ("\t", ";", ",")


def _row(line: str, delimiter: str, columns: int) -> list[str] | str | None:
    """Line `line` as a row of a block of `columns` cells delimited by `delimiter`: its cells (by
    its own delimiter where it is another), the reason it cannot be laid out (``cell-count``,
    ``delimiter-unclear``) when it is a delimited row with a figure, or None (no row: the block
    ends). A comma row whose commas may be decimal ones (:func:`_doubtful`) is the block's row
    where its cells fit the block's columns, and said (``cell-count``) where they do not."""
    cells = _fitted(_cells(line, delimiter), columns)
    if cells is not None and len(cells) == columns:
        return cells
    if cells is None and delimiter == ",":
        doubtful = _fitted(_doubtful(line), columns)
        if doubtful is not None:
            return doubtful if len(doubtful) == columns else "cell-count"
    fitting = []
    delimited = cells is not None
    for other in _MIXED:
        if other == delimiter or other not in line:
            continue
        split = _fitted(_cells(line, other), columns)
        if split is None:
            continue
        delimited = True
        if len(split) == columns:
            fitting.append(split)
    if len(fitting) == 1:
        return fitting[0]
    if not delimited or not _figures(line):
        return None
    return "delimiter-unclear" if fitting else "cell-count"


def _doubtful(line: str) -> list[str] | None:
    """The cells of a comma-separated row that :func:`_cells` refuses only because a comma in it
    may be a decimal comma set apart by spaces — a coded name that ends in a digit before figures
    whose thousands spaces set apart (``900611: Verpleegkunde module 4,1 234,1 300``: ``4,1``
    and ``234,1`` or ``module 4`` | ``1 234`` | ``1 300``) — and whose cells after the first
    are all figures (or empty), as a row of counts prints them; else None. Alone such a line
    cannot be told; the block it stands in settles it: its columns (its header's and other
    rows' cells) fit the comma split or not (:func:`_row`, :func:`grid_blocks`)."""
    if "," not in line or _cells(line, ",") is not None:
        return None
    cells = _cells(line, ",", doubt=True)
    if cells is None or not cells[0] or not all(
            not cell or _NUMBER.match(cell) or _SPACED.fullmatch(cell) for cell in cells[1:]):
        return None
    return cells


def _fitted(cells: list[str] | None, columns: int) -> list[str] | None:
    """`cells` without the empty cells a row has beyond the block's `columns` (``Totaal;22;26;``:
    an exporter's trailing delimiter), which say nothing; other rows as they are."""
    if cells is not None and len(cells) > columns and not any(cells[columns:]):
        return cells[:columns]
    return cells


def _cells(line: str, delimiter: str, doubt: bool = False) -> list[str] | None:
    """The cells of `line` split at `delimiter` (two cells or more), or None when it is not a
    row of such a table. With `doubt`, a comma-split row is not refused for a decimal comma
    set apart by spaces (:func:`_doubtful`)."""
    if delimiter not in line:
        return None
    text = line.strip(" \r\n")  # a trailing tab or semicolon is an empty last cell
    if delimiter == "|":
        if text.count("|") < 2:
            return None
        text = text[1:] if text.startswith("|") else text
        text = text[:-1] if text.endswith("|") else text
    elif delimiter == "," and re.search(r",\s|\s,", _QUOTED.sub('""', text) if '"' in text else text):
        return None  # the comma of a sentence, or of a list in words
    parts = next(csv.reader([text], delimiter=delimiter)) if '"' in text and delimiter != "|" else text.split(delimiter)
    cells = [_plain(_unquote(cell.strip())) for cell in parts]  # (a quoted cell may hold the delimiter: CSV)
    if len(cells) < 2 or any(len(cell) > MAX_CELL for cell in cells):
        return None
    if delimiter == "," and any(_FIGURES_APART.search(cell) and not _SPACED.fullmatch(cell) for cell in cells):
        return None  # decimal commas in a row of figures set apart by spaces (``… 812 18,5 790 17,9``)
    if delimiter == "," and not doubt and _SPACED_DECIMAL.search(text) and not all(
            _SPACED.fullmatch(c) for c in _at_commas(cells) if " " in c):
        return None  # the decimal comma of an amount set apart by spaces (``… € 1.234,56 € 2.345,00``)
    if delimiter == "," and '"' in text:  # (``"1,210"``: thousands, as the reader reads them, ``1.210``)
        cells = [cell.replace(",", ".") if _COMMA_THOUSANDS.fullmatch(cell) else cell for cell in cells]
    return cells


def _at_commas(cells: list[str]) -> list[str]:
    """The cells of a comma-split row whose digits touch a comma: a cell ending in a digit before
    the next cell, or starting with one after the cell before. A decimal comma splits a figure
    so (``€ 1.234`` | ``56 € 2.345``); a label that ends in a word beside its figures does not
    (``900611: Verpleegkunde,1 234,1 300``: the code's digits start the row, no comma before them)."""
    last = len(cells) - 1
    return [cell for k, cell in enumerate(cells)
            if (k < last and cell[-1:].isdigit()) or (k > 0 and cell[:1].isdigit())]


#: A figure whose thousands commas set apart (``1,210``, ``12,480``), quoted in a comma-separated
#: row: the comma is no decimal comma there — a file whose decimal comma is a comma sets its cells
#: apart with semicolons (Excel's CSV in a Dutch locale) — so it is the count 1210.
_COMMA_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")


#: Two figures set apart by a space at a cell's start or end (``-25 jaar 812 18``, ``5 790 17``):
#: no cell of a comma-delimited row ends or starts so unless it is one figure with its thousands
#: set apart (:data:`_SPACED`); the commas were the decimal commas of a row laid out with spaces.
_FIGURES_APART = re.compile(r"(?:^|\s)[\d.]*\d\s+\d+$|^\d+\s+\d")
#: A figure with a decimal comma set apart by spaces or its unit on both sides (``€ 1.234,56 €``,
#: ``1.234,50 EUR``, `` 12.345,00`` at the line's end): a comma between two cells of a
#: comma-separated row stands right after and before the cells' figures, never a space — unless
#: the cells are figures whose thousands spaces set apart (``Antwerpen,1 187,1 230``).
_SPACED_DECIMAL = re.compile(r"(?:^|[\s\u20ac])\d{1,3}(?:\.\d{3})*,\d+(?=[\s%\u20ac]|$)")
#: One figure, its thousands set apart by spaces (``1 187``; a no-break, narrow or thin space
#: too: ``1\u2009187``), matched whole.
_SPACED = SPACED_THOUSANDS


#: A quoted CSV cell: the commas in it are no sentence's.
_QUOTED = re.compile(r'"[^"]*"')


def _unquote(cell: str) -> str:
    return cell[1:-1].strip() if len(cell) >= 2 and cell[0] == cell[-1] == '"' else cell


#: A Markdown cell in bold (``**Totaal**``, ``__1.452__``): the emphasis is no part of its text.
_BOLD = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1$")


#: A line break a converter writes inside a Markdown cell (``Oost-<br>Vlaanderen``): no text of
#: the cell, a break between its lines.
_BREAK = re.compile(r"<br\s*/?>", re.I)


def _plain(cell: str) -> str:
    """`cell` without the bold Markdown puts around a whole cell (a total line printed in bold:
    ``| **Totaal** | **540** |``); a footnote's star after a figure (``2022*``) stays. Its lines
    apart by ``<br>`` as one, as a web page's cell's (:func:`~okot_audit.read.grid.lines_joined`)."""
    if "<" in cell and _BREAK.search(cell):
        cell = " ".join(lines_joined(_BREAK.sub("\n", cell)).split())
    match = _BOLD.match(cell)
    return match.group(2) if match else cell
