"""A table whose every cell is a paragraph of its own: rows set back on their lines.

poppler's ``pdftotext`` without ``-layout`` (its default) prints a table cell by cell, each
cell a paragraph between blank lines: the header's periods one per paragraph, then each row's
label (over one line or more) and each of its figures alone::

    2018

    2019

    908001: Educatieve bachelor voor
    kleuteronderwijs - 1ste jaar

    50

    71

:func:`paragraph_rows` sets such a table back into the lines of single-spaced text — the
header's periods on one line, each row's label and its figures on one line
(``908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71``), each reported at the
line of the text that holds its first figure (the header at its first period's) and ending at
its last figure's (:attr:`~okot_audit.source.Source.line_ends`: a span over it ends there). The parser then
reads it as it reads any single-spaced text. A coded label whose last line ends in a number (``…
modules 14``: pdftotext joined ``modules 1-`` / ``4``) has its figures set on its first line and
the rest of it below them, as a table with its cells at their top prints them: a label's
paragraph holds no cell's figure, so that number is the label's, never a count.

Only where the paragraphs' order is the rows' order: a header of periods (two at least, or a
count column's name after the label columns' names: ``Provincie`` / ``Opleiding`` / ``Aantal``),
then rows each a label followed by as many figures as the header has columns. A blank cell
leaves no paragraph, and pdftotext prints the figures beside a blank out of the rows' order as
often as not: a row whose first cells are blank prints its label in the next row's paragraph and
its figures among the row above's (``4`` ``38`` ``71`` ``94`` ``79`` / ``908020: …`` /
``908024: …`` in the years seed, in every style); a figure to the right of a blank or below one
is printed after the next rows' labels (where it seems theirs), after the other figures of a
full row, or below the page's number. Neither the paragraphs' order nor the totals can say
where such a figure belongs (one moved within its column leaves every sum as it was), so a row
that does not fill the columns leaves its table as printed; so does a block's name after the table's
last figure (a column of merged cells printed after the rows: their blocks lost). A page's
furniture between them (``Pagina 2 van 5``, the running header, the header printed again) stays
as printed around the rows; a header printed twice before any row with no page between is two
tables side by side, their rows interleaved, and leaves the text as printed. One order the extractor gives is read as well: a table's last row
whose label it printed after the figures (``439`` ... ``1480`` / ``Totaal``), where the row above
it is followed by twice as many figures as the header has columns — then the first half is that
row's and the second the last's, the only split that fills no row past its columns. Anything
else — more figures after a label than columns (columns printed one after another, figures of
rows run together), a paragraph of prose followed by figures (not by the next table's periods:
a footnote the extractor ran into the next item's sentence ends the table), figures stacked in one paragraph —
leaves the whole table as printed, which the parser says is a table it cannot read
(``one-figure-per-line``): never a row guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from okot_audit.patterns import (
    AMOUNT_FIGURE, BLANK_MARK, BLOCK_KEY, CODED_ROW, CONTINUATION_CAPTION, COUNT_COLUMN, GRAND_TOTAL_WORDS, PAGE_NUMBER, PARTITIONS, PERIOD_CELL,
    PLAIN_TOTAL_WORDS, REGION_TOTALS, STAGE_WORDS, TABLE_LINE,
)
from okot_audit.source import Source
from okot_audit.tables import PROVINCES

#: One cell's figure alone on its line: a count (``1.472``, ``-4``), perhaps marked (``19*``), a
#: share or an amount (``62,5``, ``12 %``, ``€ 1.200``: a row the parser says it does not check),
#: or a mark for a blank cell (``-``, ``n.v.t.``): each takes its column's place.
_FIGURE = re.compile(r"(?:[-\u2212\u2013]?(?:" + AMOUNT_FIGURE.pattern + r")\s?[%\u20ac]?\**|\u20ac\s?"
                     + AMOUNT_FIGURE.pattern + "|" + BLANK_MARK.pattern + ")", re.I)
#: The quick look over the whole text: two periods each a paragraph of its own, one after the other
#: (at the text's start: :data:`_TWO_PERIODS_FIRST`), or a paragraph that names a count column.
#: Each alternative opens with a line break, so the search skips from one to the next (a pattern
#: that may match at the text's start too is tried at every character).
_TWO_PERIODS = r"[ \t\f]*(?:19|20)\d{2}\S*[ \t]*\n[ \t\f]*\n[ \t\f]*(?:19|20)\d{2}\S*[ \t]*\n"
#: A column's name of a header of one period that names no period (``Leeftijd`` / ``Man`` /
#: ``Vrouw`` / ``Totaal``: each a paragraph): a category of persons (a value of an attribute of
#: :data:`~okot_audit.patterns.PARTITIONS`), a province, a region's total or a total's word.
_COLUMN_NAME_TEXT = "(?:" + "|".join(
    [*(p for a, ps in PARTITIONS.items() if a != "unknown" for p in ps), *(re.escape(p) for p in PROVINCES),
     *(re.escape(w).replace(r"\ ", r"\s+") for w in (*REGION_TOTALS, *PLAIN_TOTAL_WORDS, *GRAND_TOTAL_WORDS))]) + ")"
_COLUMN_NAME = re.compile(_COLUMN_NAME_TEXT + r"\**", re.I)
#: A total column's name (``Totaal``, ``Vlaams Gewest``): the last of a header's columns only.
_TOTAL_NAME = re.compile("(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in (
    *REGION_TOTALS, *PLAIN_TOTAL_WORDS, *GRAND_TOTAL_WORDS)) + r")\**", re.I)
#: The quick look for such a header: two columns' names, each a paragraph, one after the other.
_TWO_NAMES = r"[ \t\f]*" + _COLUMN_NAME_TEXT + r"\**[ \t]*\n[ \t\f]*\n[ \t\f]*" + _COLUMN_NAME_TEXT + r"\**[ \t]*\n"
_TWO_PERIOD_PARAGRAPHS = re.compile(r"\n(?:" + _TWO_PERIODS + r"|[ \t\f]*aantal[^\n]{0,40}\n[ \t\f]*\n|" + _TWO_NAMES + ")", re.I)
_TWO_PERIODS_FIRST = re.compile(_TWO_PERIODS, re.I)
#: A paragraph that names a column of the header (not a period): one or a few words, no figure.
_HEAD_WORDS = 4
#: The most lines a row's label takes (longer is prose).
_LABEL_LINES = 3
#: A block's name alone (a province, a sector, a category's attribute): a row's key, never a column's name.
_BLOCK_NAME = re.compile("(?:" + "|".join(re.escape(p) for p in PROVINCES) + "|" + BLOCK_KEY + r")\s*", re.I)
#: A line that ends in a number (a label's: ``… modules 14``).
_NUMBER_END = re.compile(r"\d\**\s*$")
#: A label that ends in a stage of its programme and its number (``… - module 5``, ``jaar 2``).
_STAGE_END = re.compile(r"\b(?:module|" + STAGE_WORDS + r")\s+\d{1,2}\s*$", re.I)
#: What ends a sentence of prose (a label does not end so).
_SENTENCE_END = re.compile(r"[.?!;]\s*$")


def paragraph_rows(source: Source, pages: Sequence[int | None] | None = None) -> Source:
    """`source` with each table printed a cell a paragraph set back into rows (see the module),
    each line with the line of the text it is reported at and (`pages`: the page of each line
    of the text, where form feeds part them) its page; `source` itself where it holds none
    (most texts)."""
    if _TWO_PERIODS_FIRST.match(source.text) is None and _TWO_PERIOD_PARAGRAPHS.search(source.text) is None:
        return source
    lines = source.lines
    paragraphs = _paragraphs(lines)
    out: list[str] = []
    origin: list[int] = []
    ends: list[int] = []  # (the last line of the text each line was set back from: a row's last figure's)
    done = 0  # (the lines before it are in `out`)
    skip: set[int] = set()  # (lines a table set back elsewhere: not printed again where they stand)
    k = 0
    changed = False
    while k < len(paragraphs):
        header = _header(lines, paragraphs, k)
        if header is None:
            k += 1
            continue
        start, end, columns = header
        name = _name_above(lines, paragraphs, start)
        read = _rows(lines, paragraphs, start, end, columns, name)
        if read is None:  # (left as printed, to its end: a header printed again on its next page starts no table)
            k = _extent(lines, paragraphs, end)
            continue
        table, end, moved = read
        skip |= moved
        first = paragraphs[start][0] if name is None else name
        for i in (i for i in range(done, first) if i not in skip):
            out.append(lines[i])
            origin.append(i + 1)
            ends.append(i + 1)
        for text, at, last in table:
            out.append(text)
            origin.append(at + 1)
            ends.append(last + 1)
        done = paragraphs[end - 1][1]
        changed = True
        k = end
    if not changed:
        return source
    for i in (i for i in range(done, len(lines)) if i not in skip):
        out.append(lines[i])
        origin.append(i + 1)
        ends.append(i + 1)
    return replace(source, lines=tuple(out), line_numbers=tuple(origin), line_ends=tuple(ends),
                   pages=tuple(pages[i - 1] for i in origin) if pages else None)


def _paragraphs(lines: Sequence[str]) -> list[tuple[int, int]]:
    """The runs of lines that are not blank: (first, end) indices into `lines`."""
    runs: list[tuple[int, int]] = []
    first = None
    for i, line in enumerate(lines):
        if line.strip():
            if first is None:
                first = i
        elif first is not None:
            runs.append((first, i))
            first = None
    if first is not None:
        runs.append((first, len(lines)))
    return [part for run in runs for caption in _caption_apart(lines, run) for part in _figure_above(lines, caption)]


def _caption_apart(lines: Sequence[str], run: tuple[int, int]) -> list[tuple[int, int]]:
    """`run` parted after its first line where that line is a caption that says the table goes on
    (``Tabel 1 (vervolg)`` / ``Oost-Vlaanderen``: pdftotext ran the caption into the first cell
    below it): the caption a paragraph of its own, never the first line of a row's label."""
    first, end = run
    if end - first > 1 and CONTINUATION_CAPTION.fullmatch(lines[first].strip()):
        return [(first, first + 1), (first + 1, end)]
    if end - first > 2 and CONTINUATION_CAPTION.fullmatch(lines[end - 2].strip()) \
            and _SENTENCE_END.search(lines[end - 3]):
        # (a note, the caption and the corner's name of a header printed again, run together after
        # the table's last row: ``Opmerking: cijfers voorlopig.`` / ``Tabel 1 (vervolg)`` /
        # ``Provincie``, :func:`_corner_moved_back`)
        return [(first, end - 2), (end - 2, end - 1), (end - 1, end)]
    return [run]


def _figure_above(lines: Sequence[str], run: tuple[int, int]) -> list[tuple[int, int]]:
    """`run` parted where a row's last figure stands on the line above the next row's label in
    one paragraph (``577`` / ``900611: Professionele bachelor …``): each figure a paragraph of
    its own, then the label's. Figures stacked above anything else stay one paragraph (a column
    printed down the page is not a row)."""
    first, end = run
    k = first
    while k < end and _FIGURE.fullmatch(lines[k].strip()):
        k += 1
    if k == first or k == end or TABLE_LINE.match(lines[k]) is None:
        return [run]
    return [*((i, i + 1) for i in range(first, k)), (k, end)]


def _one_line(lines: Sequence[str], paragraph: tuple[int, int]) -> str | None:
    first, end = paragraph
    return lines[first].strip() if end - first == 1 else None


def _is_figure(lines: Sequence[str], paragraph: tuple[int, int]) -> bool:
    text = _one_line(lines, paragraph)
    return text is not None and _FIGURE.fullmatch(text) is not None


def _is_period(text: str | None) -> bool:
    return text is not None and PERIOD_CELL.fullmatch(text) is not None


def _is_furniture(lines: Sequence[str], paragraph: tuple[int, int]) -> bool:
    """A page's number or footer alone (``Pagina 2 van 5``, ``2/5``): never a bare figure."""
    text = _one_line(lines, paragraph)
    return text is not None and _FIGURE.fullmatch(text) is None and PAGE_NUMBER.match(text) is not None


def _header(lines: Sequence[str], paragraphs: Sequence[tuple[int, int]], k: int) -> tuple[int, int, list[str]] | None:
    """The header whose first column cell is paragraph `k`: (its first paragraph, the one after
    it, the names of its columns of figures). The periods, each a paragraph (two at least); or a count column's name (``Aantal``)
    after the names of the label columns (``Provincie`` / ``Opleiding``), each a paragraph."""
    text = _one_line(lines, paragraphs[k])
    if _is_period(text):
        periods = []
        j = k
        while j < len(paragraphs) and _is_period(_one_line(lines, paragraphs[j])):
            periods.append(_one_line(lines, paragraphs[j]) or "")
            j += 1
        if len(periods) < 2 or len(set(periods)) < len(periods):
            return None
        name = _one_line(lines, paragraphs[k - 1]) if k else None
        if name is not None and _label(lines, paragraphs[k - 1]) and not _is_figure(lines, paragraphs[k - 1]) \
                and not _is_furniture(lines, paragraphs[k - 1]) and not _BLOCK_NAME.fullmatch(name):
            return k - 1, j, periods  # (the row key's column name or the table's title on the periods' line)
        return k, j, periods
    if text is not None and COUNT_COLUMN.fullmatch(text) is not None and k > 0:
        names = _one_line(lines, paragraphs[k - 1])
        if names is None or _is_figure(lines, paragraphs[k - 1]) or len(names.split()) > _HEAD_WORDS:
            return None
        start = k - 1
        while start > 0 and (word := _one_line(lines, paragraphs[start - 1])) is not None \
                and len(word.split()) <= _HEAD_WORDS and not _is_figure(lines, paragraphs[start - 1]) \
                and _SENTENCE_END.search(word) is None and k - start < 3:
            start -= 1
        if any(_BLOCK_NAME.fullmatch(_one_line(lines, paragraphs[p]) or "") for p in range(start, k)):
            return None  # (a block's name among the header's cells: the extractor's order is not the rows')
        return start, k + 1, [text]
    if text is not None and k > 0 and _COLUMN_NAME.fullmatch(text) is not None:
        return _names_header(lines, paragraphs, k)
    return None


def _names_header(lines: Sequence[str], paragraphs: Sequence[tuple[int, int]], k: int) -> tuple[int, int, list[str]] | None:
    """The header of one period whose columns paragraph `k` starts naming (:data:`_COLUMN_NAME`:
    ``Man`` / ``Vrouw`` / ``Totaal``, ``Antwerpen`` / ``Limburg`` / ``Vlaams Gewest``), after the
    row key's column name (the corner, ``Leeftijd``: a paragraph right above the first, or the
    last line of the paragraph above where the extractor ran it into the caption's,
    :func:`_name_above`): the names up to the first row's label, the first paragraph a figure
    follows — two names at least, each once, a total's word only last. None where no corner
    opens them (a row's label among others, a caption's words), or another header's cell stands
    right above the corner (a header of two rows: ``Schooljaar`` / ``Geslacht`` / ``Totaal`` /
    ``Man`` / ``Vrouw``, its cells not in the columns' order)."""
    first, end = paragraphs[k - 1]
    corner = lines[end - 1].strip()
    if len(corner.split()) > _HEAD_WORDS or _is_figure(lines, paragraphs[k - 1]) \
            or _is_furniture(lines, paragraphs[k - 1]) or _SENTENCE_END.search(corner) \
            or any(ch.isdigit() for ch in corner) or _COLUMN_NAME.fullmatch(corner) or _BLOCK_NAME.fullmatch(corner):
        return None
    start = k - 1 if end - first == 1 else k  # (run into the paragraph above: its line is the name above the header)
    if start == k - 1 and k > 1 and (above := _one_line(lines, paragraphs[k - 2])) is not None \
            and len(above.split()) <= _HEAD_WORDS and not any(ch.isdigit() for ch in above) \
            and not _SENTENCE_END.search(above):
        return None  # (another header's cell above the corner: a header of two rows, its cells' order not the columns')
    names: list[str] = []
    j = k
    while j + 1 < len(paragraphs) and (name := _one_line(lines, paragraphs[j])) is not None \
            and _COLUMN_NAME.fullmatch(name) and not _is_figure(lines, paragraphs[j + 1]):
        names.append(name)
        j += 1
    if len(names) < 2 or len({n.lower() for n in names}) < len(names) or any(
            _TOTAL_NAME.fullmatch(n) for n in names[:-1]):
        return None  # (a total's word before other names: the columns are not in the order a header prints them)
    return start, j, names


def _extent(lines: Sequence[str], paragraphs: Sequence[tuple[int, int]], k: int) -> int:
    """The first paragraph from `k` on that is prose (the end of a table's paragraphs): neither a
    figure, a page's furniture nor a label."""
    while k < len(paragraphs) and (_is_figure(lines, paragraphs[k]) or _is_furniture(lines, paragraphs[k])
                                   or _label(lines, paragraphs[k])):
        k += 1
    return max(k, 1)


def _header_from(lines: Sequence[str], paragraphs: Sequence[tuple[int, int]], k: int) -> tuple[int, int, list[str]] | None:
    """The header that starts at paragraph `k` (its label columns' names or its first period), if one does."""
    for c in range(k, min(k + 3, len(paragraphs))):
        header = _header(lines, paragraphs, c)
        if header is not None and header[0] == k:
            return header
    return None


def _names_after(lines: Sequence[str], paragraphs: Sequence[tuple[int, int]], k: int) -> bool:
    """Whether a block's name (``-25 jaar``, ``Antwerpen``) stands alone among the paragraphs
    after a table's last figure, before prose or the next header: the table's column of block
    names (merged cells down its rows) printed after its figures — its rows' blocks lost; or a
    lone figure-like word (``62.5``) that may be a row's, left behind (a page's number aside)."""
    while k < len(paragraphs) and _label(lines, paragraphs[k]) and not _is_figure(lines, paragraphs[k]) \
            and _header_from(lines, paragraphs, k) is None:
        text = " ".join(lines[i].strip() for i in range(*paragraphs[k]))
        if _is_furniture(lines, paragraphs[k]):
            k += 1
            continue
        if _BLOCK_NAME.fullmatch(text) or (paragraphs[k][1] - paragraphs[k][0] == 1 and len(text.split()) <= 2
                                           and any(ch.isdigit() for ch in text)):
            return True  # (or a figure of a form not read here: a row of the table's, left behind)
        k += 1
    return False


def _continued_below(lines: Sequence[str], paragraphs: Sequence[tuple[int, int]], k: int) -> bool:
    """Whether paragraph `k` (past a page's furniture) is a caption that says the table goes on
    (``Tabel 1 (vervolg)``): a note above it stands between the table's rows, no end of it."""
    while k < len(paragraphs) and _is_furniture(lines, paragraphs[k]):
        k += 1
    return k < len(paragraphs) and paragraphs[k][1] - paragraphs[k][0] == 1 \
        and CONTINUATION_CAPTION.fullmatch(lines[paragraphs[k][0]].strip()) is not None


def _label(lines: Sequence[str], paragraph: tuple[int, int]) -> bool:
    """Whether `paragraph` can be a row's label: a few lines, no footnote, no sentence."""
    first, end = paragraph
    return end - first <= _LABEL_LINES and not lines[first].lstrip().startswith("*") \
        and not any(_SENTENCE_END.search(lines[i]) for i in range(first, end))


def _number_ends(lines: Sequence[str], paragraph: tuple[int, int]) -> str | None:
    """The lines after the first of a row's label that ends in a number (``900714: Hoger
    beroepsonderwijs`` / ``verpleegkunde individueel traject - modules 14``: pdftotext joined
    ``modules 1-`` / ``4``), as one line; None where the label is one
    line, no code opens it (a name without one would be read cut short at its first line), it ends
    in no number or in a stage's (``module 5``, ``jaar 2``: read as the label's where it ends the
    line already) or its first line ends in a number. A label's paragraph holds no cell's
    figure (each is a paragraph of its own), so its number is its name's: set on the label's
    last line with the figures after it, it would read as a count too (``modules 14 12``); the
    figures go on the label's first line, the rest of the label below them, as a table whose cells
    stand at their top prints them."""
    first, end = paragraph
    if end - first < 2 or CODED_ROW.match(lines[first]) is None or _NUMBER_END.search(lines[end - 1]) is None \
            or _STAGE_END.search(lines[end - 1]) or _NUMBER_END.search(lines[first]):
        return None
    return " ".join(lines[i].strip() for i in range(first + 1, end))


def _periods_after_row(figures: list[tuple[str, int]], n: int) -> bool:
    """Whether the figures after a row's label (`figures`, each with its line) beyond its `n`
    columns are a header's periods printed again below it, its other cells moved (plain
    ``pdftotext`` prints the corner's name of a header repeated on the same page, ``Provincie``,
    and the caption above it after the table's last row: ``Limburg`` / ``10`` / ``12`` /
    ``2020`` / ``2021`` / ``Oost-Vlaanderen`` …): the row's `n` figures, then two periods at
    least, each once, in the order of time, none with a sign or a separator a count has — the only
    reading where the row would otherwise take more figures than it has columns."""
    extra = [f for f, _ in figures[n:]]
    return len(extra) >= 2 and len(figures) > n and all(_is_period(f) and f[:1].isdigit() for f in extra) \
        and len(set(extra)) == len(extra) and extra == sorted(extra)


def _name_above(lines: Sequence[str], paragraphs: Sequence[tuple[int, int]], start: int) -> int | None:
    """The line of the row key's column name (``Provincie``) where the extractor ran it into the
    paragraph above the header as its last line (``… opleidingsplaats.`` / ``Provincie``): a
    few words, no sentence, no figure, no block's name; None where there is none."""
    if start == 0 or paragraphs[start - 1][1] - paragraphs[start - 1][0] < 2:
        return None
    at = paragraphs[start - 1][1] - 1
    text = lines[at].strip()
    if len(text.split()) > _HEAD_WORDS or _SENTENCE_END.search(text) or _FIGURE.fullmatch(text) \
            or _BLOCK_NAME.fullmatch(text) or any(ch.isdigit() for ch in text):
        return None
    return at


def _rows(
    lines: Sequence[str], paragraphs: Sequence[tuple[int, int]], start: int, at: int, columns: list[str],
    name: int | None = None,
) -> tuple[list[tuple[str, int, int]], int, frozenset[int]] | None:
    """The table whose header takes paragraphs `start` to `at` (not included) as
    lines of single-spaced text, each with the index of the line it is reported at and of the
    last line it was set back from (a row's last figure), the
    paragraph after the table's last figure, and the indices of the lines below it that it set
    back among its lines (:func:`_corner_moved_back`); None where the paragraphs' order is not the
    rows' (the table is left as printed)."""
    n = len(columns)
    header_text = " ".join(" ".join(lines[i].strip() for i in range(*paragraphs[p])) for p in range(start, at))
    if name is not None:
        header_text = lines[name].strip() + " " + header_text
    table: list[tuple[str, int, int]] = [(header_text, paragraphs[at - n][0], paragraphs[at - 1][0])]
    k = at
    last = None  # (the paragraph after the last figure read; the table is as far)
    rows = 0
    full = 0  # (rows with a figure in every column: every row of a table read so)
    held: list[tuple[str, int, int]] = []  # (paragraphs without figures, kept as printed until a row comes)
    repeats: list[int] = []  # (the lines of the headers printed again after a row's figures, no corner's name before them)
    while k < len(paragraphs):
        paragraph = paragraphs[k]
        if _is_figure(lines, paragraph):
            return None  # (a figure no label opens)
        if _is_furniture(lines, paragraph):
            held.append((lines[paragraph[0]].strip(), paragraph[0], paragraph[0]))
            k += 1
            continue
        again = _header_from(lines, paragraphs, k)
        if again is not None:
            if again[2] != columns:
                break  # (another table's header)
            if not rows and not held:
                return None  # (printed twice before any row, no page between: two tables side by side)
            held.append((" ".join(" ".join(lines[i].strip() for i in range(*paragraphs[p])) for p in range(k, again[1])),
                         paragraphs[again[1] - len(columns)][0], paragraphs[again[1] - 1][0]))
            k = again[1]
            continue
        if not _label(lines, paragraph) and k + 1 < len(paragraphs) and _header(lines, paragraphs, k + 1) is not None:
            break  # (prose, the next table's periods below it: this table ended — a footnote run into the next item)
        figures: list[tuple[str, int]] = []
        j = k + 1
        while j < len(paragraphs) and (_is_figure(lines, paragraphs[j]) or _is_furniture(lines, paragraphs[j])):
            if _is_figure(lines, paragraphs[j]):
                figures.append((lines[paragraphs[j][0]].strip(), paragraphs[j][0]))
            else:
                held.append((lines[paragraphs[j][0]].strip(), paragraphs[j][0], paragraphs[j][0]))
            j += 1
        label = " ".join(lines[i].strip() for i in range(*paragraph))
        if not figures:
            if not _label(lines, paragraph) and not _continued_below(lines, paragraphs, j):
                break  # (prose: the table ended)
            if not _label(lines, paragraph):  # (a note between the rows, the table going on below it)
                held.extend((lines[i].strip(), i, i) for i in range(*paragraph))
                k = j
                continue
            if TABLE_LINE.match(lines[paragraph[0]]):
                return None  # (a row's or a total's label whose figures come later: not in the rows' order)
            held.append((label, paragraph[0], paragraph[1] - 1))
            k = j
            continue
        if not _label(lines, paragraph) or any(_FIGURE.fullmatch(lines[i].strip()) for i in range(*paragraph)):
            return None  # (figures after prose or a footnote, or stacked with a label: not in the rows' order)
        rest: list[tuple[str, int]] = []
        periods_after: list[tuple[str, int]] = []
        if _periods_after_row(figures, n):  # (the header printed again, its corner's name moved: see the function)
            figures, periods_after = figures[:n], figures[n:]
        if periods_after and [f for f, _ in periods_after] != columns:
            # (another table's header: this table ends at its row, the next is read from its first period)
            table.extend(held)
            table.append((label + " " + " ".join(f for f, _ in figures), figures[0][1], figures[-1][1]))
            full += len(figures) == n
            rows += 1
            last = next(p for p in range(k + 1, j) if paragraphs[p][0] == periods_after[0][1])
            held = []
            other = _header(lines, paragraphs, last)
            if other is None or _rows(lines, paragraphs, *other) is None:
                return None  # (that table is left as printed: so is this one, its rows run into that one's header)
            break
        if len(figures) > n:
            after = j < len(paragraphs) and _label(lines, paragraphs[j]) and paragraphs[j][1] - paragraphs[j][0] == 1
            follows = j + 1 < len(paragraphs) and (_is_figure(lines, paragraphs[j + 1]))
            if len(figures) != 2 * n or not after or follows:
                return None  # (more figures than columns: not in the rows' order)
            figures, rest = figures[:n], figures[n:]
        table.extend(held)
        held = []
        block = None
        if paragraph[1] - paragraph[0] > 1 and TABLE_LINE.match(lines[paragraph[0]]) \
                and _BLOCK_NAME.fullmatch(lines[paragraph[1] - 1].strip()):
            # (a total's label with the next block's name below it, ``Totaal Antwerpen`` / ``Limburg``)
            block = (lines[paragraph[1] - 1].strip(), paragraph[1] - 1, paragraph[1] - 1)
            label = " ".join(lines[i].strip() for i in range(paragraph[0], paragraph[1] - 1))
        tail = _number_ends(lines, paragraph) if block is None else None
        if tail is not None:  # (the figures on the label's first line, the rest of it below: its number stays its own)
            label = lines[paragraph[0]].strip()
        table.append((label + " " + " ".join(f for f, _ in figures), figures[0][1], figures[-1][1]))
        full += len(figures) == n
        if block is not None:
            table.append(block)
        if tail is not None:
            table.append((tail, figures[-1][1], figures[-1][1]))
        rows += 1
        last = j
        if periods_after:
            repeats.append(periods_after[0][1])
            held.append((" ".join(f for f, _ in periods_after), periods_after[0][1], periods_after[-1][1]))
        if rest:
            after_label = lines[paragraphs[j][0]].strip()
            table.append((after_label + " " + " ".join(f for f, _ in rest), rest[0][1], rest[-1][1]))
            rows += 1
            full += len(rest) == n
            last = j + 1
            k = j + 1
            break
        k = j
    if last is None or rows < 2 or full < rows:
        return None
    # (a header right after a figure, no corner's name before its periods: another table's header
    # run into the rows above, as :func:`_periods_after_row` reads it — read only with its corner found)
    cornerless = start == at - n and name is None and start > 0 and _is_figure(lines, paragraphs[start - 1])
    moved = _corner_moved_back(lines, paragraphs, table, last, repeats, cornerless)
    if (cornerless and not moved) or _names_after(lines, paragraphs, last):
        return None
    return table, last, moved


def _corner_moved_back(
    lines: Sequence[str], paragraphs: Sequence[tuple[int, int]], table: list[tuple[str, int, int]], last: int,
    repeats: list[int], cornerless: bool,
) -> frozenset[int]:
    """The lines of a caption that says a table goes on and of the corner's name of a header
    (``Tabel 1 (vervolg)`` / ``Provincie``) printed after `table`'s last row (from paragraph
    `last`, past a note or two), each a paragraph, set back above the one header of `table` that
    prints its periods with no corner's name: the header printed again after a row's figures
    (`repeats`, the lines of their first periods), or the table's own (`cornerless`: right after
    another table's rows). Plain ``pdftotext`` prints them so where the header is printed again
    on the same page; the caption says where they stood (above the header it heads). A repeated
    header's corner is the table's own (``Provincie`` under ``Provincie 2020 2021``). None set
    back (empty) where there is no such pair, or no one such header: the text stays as printed."""
    k = last
    while k < len(paragraphs) and k < last + 2 and (note := _one_line(lines, paragraphs[k])) is not None \
            and _SENTENCE_END.search(note) and CONTINUATION_CAPTION.fullmatch(note) is None:
        k += 1  # (a note printed between the rows and the caption: it stays where it is printed)
    if k + 1 >= len(paragraphs):
        return frozenset()
    caption, corner = _one_line(lines, paragraphs[k]), _one_line(lines, paragraphs[k + 1])
    if caption is None or corner is None or CONTINUATION_CAPTION.fullmatch(caption) is None \
            or len(corner.split()) > _HEAD_WORDS or _SENTENCE_END.search(corner) or any(ch.isdigit() for ch in corner) \
            or _BLOCK_NAME.fullmatch(corner) or _is_furniture(lines, paragraphs[k + 1]) \
            or CONTINUATION_CAPTION.fullmatch(corner) or TABLE_LINE.match(corner):
        return frozenset()
    targets = [i for i, (_, at, _) in enumerate(table) if i and at in repeats]
    if cornerless:
        targets.insert(0, 0)
    elif not table[0][0].lower().startswith(corner.lower() + " "):
        return frozenset()  # (a repeated header's corner is the table's own)
    if len(targets) != 1:
        return frozenset()
    [i] = targets
    text, at, end = table[i]
    table[i] = (corner + " " + text, at, end)
    table.insert(i, (caption, paragraphs[k][0], paragraphs[k][0]))
    return frozenset((paragraphs[k][0], paragraphs[k + 1][0]))
