"""Text an extractor laid out with spaces → the same layout lines a PDF gives.

``pdftotext -layout`` (and other extractors that keep the page's geometry) print every word
at a character column that follows its position on the page: a table's figures stand under
their period labels, and a label wrapped in its cell goes on, on the lines below, in the
label's column — with its figures on the first, a middle or the last of those lines, and the
label's own digits (``modules 1-`` / ``4``) on a line of their own. Form feeds mark the pages;
running headers, footers and page numbers stand in the page margins.

That is the geometry :mod:`okot_audit.read.pdf` rebuilds from a PDF's characters, so this
module reads such text with the same steps: every word becomes a box (its character columns,
its line as the vertical position), and :func:`okot_audit.read.pdf.lay_out_pages` drops the
running lines, joins the lines of one table row and lays the cells out. The result is a
positional :class:`~okot_audit.source.Source` whose lines are reported as the line of the
text that holds the row's figures (``line_numbers``) on the page its form feeds say.

A page set in two columns side by side (prose in one, a table in the other) comes out of such
an extractor as lines that each hold a line of both, a column of spaces (the gutter) between
them: it is cut at the gutter and read one column after the other (:func:`columns_in_order`),
every line still reported at the line of the text that prints it.

Text whose figures follow the label after single spaces (pypdf, pdfplumber
``extract_text()``, the seeds' form) is not laid out: it is left to the text reader.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from okot_audit.source import Source
from okot_audit.patterns import period_pattern, space_gaps
from okot_audit.read.closing import closed_notes

if TYPE_CHECKING:
    from okot_audit.catalogue import Catalogue

#: The height of a text line and the font size given to its words, in character widths: a gap
#: of two spaces or more separates cells (pdf.CELL_GAP × size = 1.5), adjacent lines may join
#: into one row (ROW_GAP × size = 1.25 > 0.5), a blank line between two lines keeps them apart.
LINE_HEIGHT = 3.0
SIZE = 2.5
#: How many lines must end in a figure in one column under a header label, and what share of
#: the lines ending in a figure, for the text to count as laid out.
MIN_GAPPED = 3
MIN_SHARE = 0.25

_WORD = re.compile(r"\S+")
#: A line's last word when it is a figure set off by white space (a figure alone, indented: a
#: cell centred beside its label), read on the line reversed: trailing white space, the figure
#: (``12``, ``1.472``, ``38*``) reversed, then the gap before it. Anchored at the line's end, the
#: match costs the length of its last word, where a search for ``\s+(figure)\s*$`` from the
#: line's start would try every position of every line. A count whose thousands a space sets
#: apart (``1 102``), set off by two spaces or more, is one figure.
_TRAILING_FIGURE_REVERSED = re.compile(r"(?P<after>\s*)\**(?:\d{3} \d{1,3}(?=\s\s)|[\d.]*\d)(?P<gap>\s+)")
#: A line's last word when it is a blank cell's mark (``-``, ``–``, ``x``, ``/``, ``nvt``, ``n.v.t.``,
#: ``n.b.``) set off by two spaces or more, read on the line reversed as
#: :data:`_TRAILING_FIGURE_REVERSED`: a table whose last period is blank in some rows prints
#: its mark where a figure would end, under the period's label.
_TRAILING_MARK_REVERSED = re.compile(r"(?P<after>\s*)(?:[-\u2013\u2014/x]|\.?t\.?v\.?n|\.?b\.?n)(?P<gap>\s\s+)", re.I)
#: A header label set off by two spaces or more (or alone on its line): a period (a month's
#: name before its year: ``mei 2018``, or the rest of a name a narrow cell broke inside the word,
#: ``septembe`` / ``r 2022``; a footnote's mark after it, ``2022*``, ``2022(1)`` as a
#: superscript ``2022¹`` is read) or a column word.
_LABEL = r"(?:(?:[^\W\d_]{1,9}\.?\s)?\d{4}(?:\s?[-/]\s?\d{2,4})?(?:\**|\(\d{1,2}\))|[Aa]antal|[Tt]otaal|[Ss]om)"
_HEADER_LABEL = re.compile(r"(?<=\s\s)" + _LABEL + r"(?=\s|$)")
#: How far (in characters) a column's figures may end from its header label's end (a centred
#: label over right-aligned figures).
HEADER_SLACK = 4


def laid_out(lines: Sequence[str]) -> bool:
    """Whether the text keeps the page's columns: at least :data:`MIN_GAPPED` lines (or, in a
    small answer, two lines at least and half the lines that end in a figure — a table of one
    row and its total beside a page number — all of them) end in a figure set off by two
    spaces or more (or alone on its line, indented) that ends where a header label (a period or
    a column word, itself set off by two spaces or more) ends, give or take
    :data:`HEADER_SLACK`.

    The seeds' form also marks a blank cell with an extra space, but its figures follow their
    labels wherever those end; they do not line up under the header."""
    numbered = 0
    ends: list[int] = []
    spans: list[tuple[int, int]] = []  # each figure's start and end
    alone: list[bool] = []  # whether the figure stands alone on its line
    lines_of: list[str] = []  # the figure's line
    at: list[int] = []  # the figure's line's index
    for index, line in enumerate(lines):
        reversed_line = line[::-1]
        match = _TRAILING_FIGURE_REVERSED.match(reversed_line) or _TRAILING_MARK_REVERSED.match(reversed_line)
        if match:
            numbered += 1
            if len(match.group("gap")) >= 2:
                ends.append(len(line) - match.end("after"))  # where the figure ends
                spans.append((len(line) - match.start("gap"), ends[-1]))
                alone.append(match.end() == len(line))
                lines_of.append(line)
                at.append(index)
    if len(ends) < 2 or _evenly_gapped(lines_of) or _typed_under_headers(lines, at):
        return False  # (typed by hand: its figures stand where its names' lengths put them)
    labels = {span for line in lines for span in _label_spans(line)}
    heads = {end for _, end in labels}

    def under(start: int, end: int) -> bool:
        """Whether a figure stands under a header label: it ends where the label ends, give or
        take the slack, or stands within the label's width (a short figure under a wide
        label, ``30`` under ``2019-2020*``)."""
        return any(abs(end - head) <= HEADER_SLACK or (lo <= start and end <= head) for lo, head in labels)

    placed = [under(*span) for span in spans]
    aligned = sum(placed)
    # (a figure alone on its line under no header label — a page number — says nothing of the
    # table's columns: a small table's rows all under its labels beside it are laid out)
    astray = sum(1 for lone, ok in zip(alone, placed) if lone and not ok)
    if aligned == len(ends) - astray >= 2 and 2 * len(ends) >= numbered:
        return True  # a small table: every figure set off in a row stands under a header label
    if aligned >= MIN_GAPPED and aligned >= MIN_SHARE * numbered:
        return True
    if 2 * len(ends) >= numbered and _small_grid(lines_of, under):
        return True  # (a small table, one figure of a row set off its column: its other cells show the columns)
    # Figures right-aligned in wide cells under centred labels (a landscape page) end further
    # right of their label than the slack: they count where at least MIN_GAPPED of them end in
    # one same column, up to twice the slack right of a label's end.
    shared: dict[int, int] = {}
    for end in ends:
        shared[end] = shared.get(end, 0) + 1
    right = sum(
        count for end, count in shared.items()
        if count >= MIN_GAPPED and any(0 <= end - head <= 2 * HEADER_SLACK for head in heads)
    )
    return right >= MIN_GAPPED and right >= MIN_SHARE * numbered


#: A cell set off by two spaces or more on a line that ends in a figure (:func:`_small_grid`).
_SET_OFF_CELL = re.compile(r"(?<=  )(?:\d{1,3}(?:\.\d{3})+|\d+)\**(?=\s|$)|(?<=  )[-\u2013\u2014x](?=\s|$)")


def _small_grid(lines: Sequence[str], under: Callable[[int, int], bool]) -> bool:
    """Whether `lines` (those that end in a figure set off), two at least but too few to show the
    columns by their last figures alone, are rows of a grid: every cell each sets off by two spaces
    or more (a figure or a blank's mark) stands `under` a header label but one per line at most
    (a figure set between two columns: ``Kok   25   -   892``), at least two cells under labels
    for each one that is not, :data:`MIN_GAPPED` at least."""
    placed = astray = 0
    for line in lines:
        marks = [under(m.start(), m.end()) for m in _SET_OFF_CELL.finditer(line)]
        off = marks.count(False)
        if off > 1 or not any(marks):
            return False
        placed += len(marks) - off
        astray += off
    return len(lines) >= 2 and placed >= MIN_GAPPED and placed >= 2 * astray


def _evenly_gapped(lines: Sequence[str]) -> bool:
    """Whether every line of `lines` (those that end in a figure set apart) parts its words
    into cells by one same gap, the gap of all: a table typed by hand with even gaps, where the
    name's length sets where a row's figures stand (``Bouw   30   44`` under ``Opleiding
    januari 2020   februari 2020``), not the page's columns. A figure alone on its line,
    indented (a cell centred beside its wrapped name), is laid out."""
    widths = {_cell_gap(line) for line in lines}
    return len(widths) == 1 and None not in widths


#: A cell of a header typed by hand (:func:`_typed_under_headers`): a header label
#: (:data:`_HEADER_LABEL`: a period, ``2019``, ``januari 2020``, ``2021-2022*``, or a column word),
#: the whole cell.
_TYPED_LABEL = re.compile(_LABEL)
#: A cell of a row typed by hand: a count (``12``, ``1.472``, ``1 102``, ``38*``) or a blank's mark.
_TYPED_FIGURE = re.compile(r"(?:\d{1,3}(?:[. ]\d{3})+|\d+)\**|[-\u2013\u2014/x]|nvt|n\.v\.t\.", re.I)


def _typed_cells(line: str) -> list[str] | None:
    """The cells of `line` where it parts them by one same gap of two spaces or more (a single
    space stays inside a cell: a name's words, a month's name and its year), or None where its
    gaps differ or it has none."""
    gap = _cell_gap(line)
    return None if gap is None else line.strip().split(" " * gap)


def _cell_gap(line: str) -> int | None:
    """The one width of the gaps of two spaces or more between the words of `line`
    (:func:`~okot_audit.patterns.space_gaps`; a single space stays inside a cell), or None where
    it has none or they differ."""
    widths = set(space_gaps(line, least=2))
    return widths.pop() if len(widths) == 1 else None


def _typed_under_headers(lines: Sequence[str], at: Sequence[int]) -> bool:
    """Whether every line of `lines` at `at` (those that end in a figure set apart) is a row
    typed by hand under a header typed by hand, each with its own gap: the row parts its name
    and its figures by one same gap; the nearest line above it (or itself) that parts a word
    and its labels (periods or column words) by one same gap — another than its rows' maybe
    (``Programma     2019     2020`` over ``Bouw   30   44``) — has as many cells as the row, two
    figures at least (one figure has one gap: whether the gaps are even says nothing) — or, under
    a header of one period (``Opleiding  2015``), one figure that stands wholly beside the
    period's label, none under it (``Horeca    1``: laid-out text sets a column's figures under
    its label). No blank is marked by a wider gap: each row has all its cells, where they stand
    says nothing of their columns. Laid-out text (``pdftotext -layout``) right-aligns its figures
    under their labels: the gaps of a row vary with its figures' widths and its name's length."""
    rows: dict[int, int] = {}
    for index in at:  # (a cheap look first: laid-out rows rarely part their cells by one gap)
        cells = _typed_cells(lines[index])
        if cells is None or len(cells) < 2 or not all(_TYPED_FIGURE.fullmatch(cell) for cell in cells[1:]):
            return False
        rows[index] = len(cells)
    header = 0  # the cells of the header above
    label = (0, 0)  # where its last label stands
    lone: dict[tuple[int, int], list[tuple[int, int]]] = {}  # each one-period header's label: its rows' figures
    for index in range(max(at) + 1):
        line = lines[index]
        if "  " in line:
            cells = _typed_cells(line)
            if cells is not None and len(cells) > 1 and all(_TYPED_LABEL.fullmatch(cell) for cell in cells[1:]):
                header = len(cells)
                end = len(line.rstrip())
                label = (index, end - len(cells[-1]))
                if index in rows:
                    continue  # (the header's own line: its label is no row's figure)
        if index in rows:
            if rows[index] != header:
                return False
            if header == 2:
                end = len(line.rstrip())
                lone.setdefault(label, []).append((end - len(line.split()[-1]), end))
    return all(_beside_label(lines[at][start:].rstrip(), start, figures) for (at, start), figures in lone.items())


def _beside_label(label: str, start: int, figures: list[tuple[int, int]]) -> bool:
    """Whether `figures` (where each row's one figure starts and ends) under a header's one period
    `label` (starting at `start`) stand as typed by hand, not in the label's column: none under the
    label, or each where its name's length put it — neither their starts, their ends nor their
    middles lined up (laid-out text sets a column's figures right-aligned, centred or left-aligned
    in it). Two figures that stand alike and under the label say nothing: laid out, maybe."""
    end = start + len(label)
    if not any(a < end and b > start for a, b in figures):
        return True
    if len(figures) < 2:
        return False
    return all(max(side) - min(side) > 1 for side in (
        [a for a, _ in figures], [b for _, b in figures], [a + b for a, b in figures]))


#: A figure as laid-out text prints it (``1.234``, ``412``), at the end of a word: found in a
#: line (:func:`_marks_in_place`), or matched whole against one word (:func:`_label_spans`: a
#: plain figure, a count; a footnote's star after it makes it none). One definition: another, with
#: stars (``\d[\d.]*\**``), once stood here for ``_label_spans``, but this one, then defined further
#: down, shadowed it at every call.
_FIGURE_WORD = re.compile(r"(?<!\S)\d[\d.]*(?=\s|$)")


def _label_spans(line: str) -> list[tuple[int, int]]:
    """Where the header labels of `line` start and end (:data:`_HEADER_LABEL`): four digits
    right after a figure that is no label itself are a row's count (``2016 55 1800  1855``, the
    seeds' form of a table on its side, a blank cell's extra space before its total), no label."""
    found: list[tuple[int, int]] = []
    for match in _HEADER_LABEL.finditer(line):
        before = line[:match.start()].rstrip()
        word = before.rsplit(None, 1)[-1] if before else ""
        if _FIGURE_WORD.fullmatch(word) and _FIGURE_WORD.fullmatch(match.group()) and all(
                end != len(before) for _, end in found):
            continue
        found.append((match.start(), match.end()))
    return found


#: How many of the lines must be padded to one width for :func:`padded_grid`.
PADDED_SHARE = 0.5


def padded_grid(lines: Sequence[str]) -> bool:
    """Whether the text is a page grid padded with spaces to one width (pdfplumber
    ``extract_text(layout=True)``): at least :data:`PADDED_SHARE` of the lines that hold
    anything (words, or the spaces of the grid's empty lines) end in spaces at one same length,
    some lines of words among them, ten lines at least. Its columns are no guide — a label's
    last word stands one space from the first figure, and figures shift between columns — so it
    is read as single-spaced text: every run of spaces becomes one, and the totals place the
    figures or the row is reported. (A one-page answer with a short table holds fewer than ten
    lines of words: the grid's padded empty lines say what it is.)"""
    worded: dict[int, int] = {}
    empty: dict[int, int] = {}
    count = 0
    for line in lines:
        if line[-1:] == " ":
            count += 1
            into = worded if line.strip() else empty
            into[len(line)] = into.get(len(line), 0) + 1
        elif line:
            count += 1
    padded = max((n + empty.get(width, 0) for width, n in worded.items() if n >= 2), default=0)
    if count >= 10 and padded >= PADDED_SHARE * count:
        return True
    return not worded and count >= 10 and _stripped_grid(lines)


#: How many empty lines at least pad a page of a grid whose trailing spaces were stripped down to
#: the page's height (:func:`_stripped_grid`).
PAGE_FOOT = 5


def _stripped_grid(lines: Sequence[str]) -> bool:
    """Whether `lines`, none ending in a space, are a padded page grid whose trailing spaces were
    stripped (an editor's or a script's ``rstrip``): the grid keeps the page's left margin before
    every line of words (pdfplumber places each word by its distance from the page's edge;
    ``pdftotext -layout`` starts its text at the leftmost word) and pads the page down to its
    height with empty lines (:data:`PAGE_FOOT` at least after the last line of words)."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    if len(lines) - end < PAGE_FOOT:
        return False
    return all(line[:1] == " " or not line.strip() for line in lines[:end])


def without_grid_blanks(source: Source) -> Source:
    """`source`, a padded grid read as single-spaced text, without its empty lines: the grid
    gives each line of the page the row nearest its height, so a row stays empty wherever the
    lines stand a little farther apart than its rows — inside a table, between two lines of one
    label (``Bachelor in de`` / ``verpleegkunde`` / ``e`` / *empty* / ``(avondonderwijs) 240``),
    where no space was on the page. pdfplumber's own text without layout has no empty lines
    either. Every line keeps its number and page."""
    kept = [i for i, line in enumerate(source.lines) if line.strip()]
    if len(kept) == len(source.lines):
        return source
    numbers = source.line_numbers or range(1, len(source.lines) + 1)
    return replace(
        source, lines=tuple(source.lines[i] for i in kept), line_numbers=tuple(numbers[i] for i in kept),
        pages=tuple(source.pages[i] for i in kept) if source.pages else None,
        line_ends=tuple(source.line_ends[i] for i in kept) if source.line_ends else None,
    )


def relayout(
    source: Source, page_of_line: Sequence[int] | None = None, *, catalogue: "Catalogue | None" = None,
) -> Source:
    """`source` read as a page's layout when its text is laid out in columns (see the module
    documentation); otherwise `source` itself. `page_of_line` gives each line's page (from the
    form feeds), or None when the text has none. A page in two columns side by side is read
    one column after the other first (:func:`columns_in_order`), each line reported at its own
    line of the text (``line_numbers``) — in a padded grid too, whose gutter may survive its
    squeezing. `catalogue`: the one the answer is read with (:func:`~okot_audit.read.pdf.lay_out_pages`)."""
    if source.positional:
        return source
    pages: Sequence[int] = list(page_of_line) if page_of_line else [1] * len(source.lines)
    lines: Sequence[str] = source.lines
    origin: Sequence[int] = range(1, len(lines) + 1)
    if padded_grid(source.lines):
        if "    " in source.text:
            lines, origin, pages = columns_in_order(lines, pages)
        collapsed = tuple(" ".join(line.split()) for line in lines)
        if lines is source.lines:
            return Source(path=source.path, text=source.text, encoding=source.encoding, lines=collapsed, kind=source.kind)
        return Source(  # a page in two columns, read one column after the other
            path=source.path, text=source.text, encoding=source.encoding, lines=collapsed, kind=source.kind,
            line_numbers=tuple(origin), pages=tuple(pages) if page_of_line else None,
        )
    if "    " in source.text:  # (a gutter is four spaces wide at least: most text holds none)
        lines, origin, pages = columns_in_order(lines, pages)
    if not laid_out(lines):
        return source
    lines = closed_notes(tuple(lines))  # (``(voorlopig`` / ``2021-2022 )``: the bracket its note's)
    from okot_audit.read.pdf import _Line, _visual_lines, _Word, lay_out_pages, unclear_records

    count = max(pages, default=1)
    words_by_page: list[list[_Word]] = [[] for _ in range(count)]
    for index, (text, page) in enumerate(zip(_marks_in_place(lines, pages), pages)):
        top = index * LINE_HEIGHT
        words_by_page[page - 1].extend(
            _Word(match.group(), float(match.start()), float(match.end()), top, top + SIZE, SIZE)
            for match in _WORD.finditer(text))
    lines_by_page: list[list[_Line]] = [_visual_lines(n, words) for n, words in enumerate(words_by_page, start=1)]
    unclear: list[tuple[int, int, tuple[int, ...], str]] = []  # runs of rows whose wrapped names cannot be told apart
    joined: list = []  # (small figures alone joined into the name above them: said by the parser)
    text_lines, line_pages, groups = lay_out_pages(lines_by_page, [[] for _ in range(count)], shift=True, unclear=unclear,
                                                    catalogue=catalogue, joined=joined)
    numbers = [origin[_figure_line(group) - 1] for group in groups]
    return Source(
        joined=tuple((at + 1, origin[round(line.top / LINE_HEIGHT)], line.chunks[0].text) for at, line in joined),
        path=source.path, text="\n".join(text_lines), encoding=source.encoding, lines=tuple(text_lines),
        kind=source.kind, positional=True, pages=tuple(line_pages) if page_of_line else None,
        line_numbers=tuple(numbers), unread=tuple(unclear_records(unclear, text_lines, lambda at: at + 1, lambda at: numbers[at])),
    )


#: A gap wide enough for a page's gutter (see :data:`okot_audit.read.pdf.GUTTER`: 1.5 font sizes,
#: four character widths here) between two words, no figure after it.
_WIDE_GAP = re.compile(r"\S {4,}[^\s\d]")
_GAPS = re.compile(r" {4,}")


def _gutter_hint(line: str) -> bool:
    """The quick look for a page in two columns: `line` holds a gap as wide as a gutter before
    a word, and a run of :data:`okot_audit.read.pdf.PROSE_WORDS` words or more between such gaps
    (prose, beside the gutter)."""
    if _WIDE_GAP.search(line) is None:
        return False
    return sum(1 for part in _GAPS.split(line.strip()) if part.count(" ") >= 3) >= 1


def columns_in_order(
    lines: Sequence[str], pages: Sequence[int],
) -> tuple[Sequence[str], Sequence[int], Sequence[int]]:
    """`lines` in reading order where a page (or a run of its lines) is set in two columns side
    by side — prose in one, a table or more prose in the other — and an extractor printed each
    visual line across both (``Antwerpen   577   601   640    zorgsector, per provincie …``):
    each such run's left column (its lines cut at the gutter, the column of spaces that runs
    through them), a blank line, then its right column, then the lines below. Lines above and
    below the run (a title or a footer across the page's width) stay where they are.

    The gutter is found as a PDF page's is (:func:`okot_audit.read.pdf.page_gutter`): prose on
    one side, each of its lines a run of words a space apart that fills the column, and lines
    that begin with a word on the other; a table's own columns (labels, then figures) make
    none. Returns the lines, the 1-based line of `lines` each one is (a cell keeps the line it
    was printed on) and each one's page; `lines` themselves when no page is in two columns.
    Only a page with a line that holds a wide gap before a word is looked at."""
    origin = range(1, len(lines) + 1)
    if not any(_gutter_hint(line) for line in lines):
        return lines, origin, pages
    from okot_audit.read.pdf import _Word, page_gutter

    out: list[str] = []
    numbers: list[int] = []
    out_pages: list[int] = []
    split = False
    start = 0
    while start < len(lines):  # page by page
        end = start
        while end < len(lines) and pages[end] == pages[start]:
            end += 1
        gutter = None
        if any(_gutter_hint(lines[i]) for i in range(start, end)):
            indexes = [i for i in range(start, end) if lines[i].strip()]
            gutter = page_gutter([
                [_Word(m.group(), float(m.start()), float(m.end()), 0.0, SIZE, SIZE) for m in _WORD.finditer(lines[i])]
                for i in indexes
            ])
        if gutter is None:
            out.extend(lines[start:end])
            numbers.extend(origin[start:end])
            out_pages.extend(pages[start:end])
        else:
            split = True
            x, first, last = gutter
            cut, top, bottom = int(x), indexes[first], indexes[last - 1] + 1
            left = [(lines[i][:cut].rstrip(), i) for i in range(top, bottom)]
            right = [(lines[i][cut:].rstrip(), i) for i in range(top, bottom)]
            while left and not left[-1][0]:
                left.pop()
            while right and not right[0][0]:
                right.pop(0)
            order = [(lines[i], i) for i in range(start, top)] + left + [("", bottom - 1)] + right
            order += [(lines[i], i) for i in range(bottom, end)]
            out.extend(text for text, _ in order)
            numbers.extend(i + 1 for _, i in order)
            out_pages.extend(pages[i] for _, i in order)
        start = end
    return (out, numbers, out_pages) if split else (lines, origin, pages)


#: A footnote's mark alone on its line: one or two digits or stars.
_LONE_MARK = re.compile(r"\s*(\d{1,2}|\*{1,3})\s*")
#: A year or a school year as a header's cell prints it (``2022``, ``2022-2023``).
_PERIOD_WORD = re.compile(r"(?<!\S)" + period_pattern(dashes="-") + r"(?=\s|$)")
#: How far right of a figure's end (in characters) a superscript mark above it may start.
MARK_SLACK = 3


def _marks_in_place(lines: Sequence[str], pages: Sequence[int]) -> list[str]:
    """`lines` with each footnote mark that a superscript set on a line of its own (``pdftotext
    -layout`` prints a raised, small ``¹`` a line above the text it belongs to) written where
    it belongs, as the text reader writes ``¹``: after the figure whose end it starts just right
    of, on the line right below (``1.234`` → ``1.234(1)``) — a cell of its own, set two spaces
    apart from the words before it at least (a name's own number, ``fase 1 - 2``, takes no mark:
    a count alone there is the row's, ``9`` / ``jaar … fase 1 - 2``), or before the note whose words the
    line right below opens (``(1) Inclusief …``); its own line left blank (line numbers keep).
    Read where they stood, the mark was a figure between two rows, joined to one of them (a
    figure too many), or a note's mark joined to the total above it (``1 Totaal``: no total).
    A mark within the span of a period on the line above is that header cell's, wrapped below
    it (``2022-2023`` / ``*``), and stays where it is: the header's reader gives it its period."""
    out = list(lines)
    for index in range(len(lines) - 1):
        stripped = lines[index].strip()
        if not stripped or len(stripped) > 3 or pages[index] != pages[index + 1]:
            continue  # (a cheap look first: a mark's line holds three characters at most)
        lone = _LONE_MARK.fullmatch(lines[index])
        if lone is None or (index and pages[index - 1] == pages[index] and any(
                m.start() <= lone.start(1) < m.end() for m in _PERIOD_WORD.finditer(lines[index - 1]))):
            continue  # (under a period's own span: the mark of a header cell wrapped below it)
        below, start, mark = out[index + 1], lone.start(1), f"({lone.group(1)})"
        figure = next((m for m in _FIGURE_WORD.finditer(below) if 0 <= start - m.end() <= MARK_SLACK
                       and (not below[:m.start()].strip() or below[:m.start()].endswith("  "))), None)
        if figure is not None:
            if below[figure.end():figure.end() + len(mark) + 1].strip():
                continue  # (no room after the figure to write the mark: left as printed)
            out[index + 1] = below[:figure.end()] + mark + below[figure.end() + len(mark):]
            out[index] = ""
        elif below.lstrip()[:1].isalpha() and len(below) - len(below.lstrip()) >= lone.end(1):
            out[index + 1] = " " * start + mark + " " + below.lstrip()
            out[index] = ""
    return out


def _figure_line(group) -> int:
    """The 1-based text line a row is reported at: the first of its lines with a figure."""
    line = next((m for m in group if any(c.figure for c in m.chunks)), group[0])
    return round(line.top / LINE_HEIGHT) + 1


def form_feed_pages(raw_lines: Sequence[str]) -> list[int] | None:
    """Each line's page, counting form feeds (a feed before a line's text starts a new page
    with it; one after its text ends the page after it), or None without form feeds."""
    if not any("\f" in line for line in raw_lines):
        return None
    out = []
    page = 1
    for line in raw_lines:
        if "\f" not in line:
            out.append(page)
            continue
        head = line.partition("\f")[0]
        if head.strip():  # text before the feed ends the page; else the line starts the next
            out.append(page)
        page += line.count("\f")
        if not head.strip():
            out.append(page)
    return out


_DIGITS = re.compile(r"\d+")


def pages_apart(source: Source, raw_lines: Sequence[str], clean: Callable[[str], str], collapse: bool) -> Source:
    """Single-spaced text whose pages form feeds separate (an extractor's pages joined with
    ``\\f``, maybe with no line break): a feed ends a page wherever it stands on its line.

    - The text before a feed and the text after it are two lines (the foot of one page, the
      head of the next), both reported at the line of the text that holds them
      (``line_numbers``): glued into one, a page number ran into the next page's first row
      (``Pagina 1 van 2Eindtotaal 72``) and the row was lost, and a total ran into a header
      repeated on the next page.
    - As a PDF's margins are (:mod:`okot_audit.read.pdf`), a page's last line that is its own
      page number (the number the feeds count) that says so (``3/7``, ``- 3 -``, ``Pagina 3 van
      7``), or a number alone (``3``) where the pages' numbers run — at least half the pages
      (two at least) end in their own number alone; a label's last digit may end a page (``…
      jaar`` / ``19`` / ``1``, no other page numbered) — and a later page's first line that
      heads the first page too (a running header, digits aside; never a total or a coded row)
      are left blank: neither is table content.

    `raw_lines` are the text's lines with their feeds, `clean` what makes a line of `source` of
    one, `collapse` whether `source` ran its spaces into one (a padded grid). Each line gets the
    page the feeds say (``pages``), as text laid out in columns does; the lines are `source`'s
    own when no feed stands between two texts and no line is page furniture.
    """
    from okot_audit.patterns import TABLE_LINE as _TABLE_LINE, numbers_run, page_mark

    lines: list[str] = []
    numbers: list[int] = []
    starts = [0]  # the index in `lines` where each page starts
    split = False
    for number, raw in enumerate(raw_lines, start=1):
        if "\f" not in raw:
            lines.append(source.lines[number - 1])
            numbers.append(number)
            continue
        parts = [clean(part) for part in raw.split("\f")]
        if collapse:
            parts = [" ".join(part.split()) for part in parts]
        texts = [(k, part) for k, part in enumerate(parts) if part.strip()] or [(0, "")]
        split = split or len(texts) > 1
        base = len(lines)
        for _, part in texts:
            lines.append(part)
            numbers.append(number)
        for feed in range(1, len(parts)):  # each feed starts a page: at the first text after it
            starts.append(base + next((j for j, (k, _) in enumerate(texts) if k >= feed), len(texts)))
    ends = starts[1:] + [len(lines)]
    blank: set[int] = set()

    def first(page: int) -> int | None:
        return next((i for i in range(starts[page], ends[page]) if lines[i].strip()), None)

    def last(page: int) -> int | None:
        return next((i for i in range(ends[page] - 1, starts[page] - 1, -1) if lines[i].strip()), None)

    heading = first(0)
    running = _DIGITS.sub("#", " ".join(lines[heading].split())).lower() if heading is not None else None
    numbered: list[tuple[int, int, bool]] = []  # each page's foot that is its own number, its page, and whether it says so
    for page in range(len(starts)):
        foot = last(page)
        if foot is not None and (mark := page_mark(lines[foot])) is not None and numbers_run([mark.number], on=[page + 1]):
            numbered.append((foot, page + 1, mark.says))
    # (a number alone numbers its page only where the pages' numbers run: a label's last digit
    # may end a page, ``… jaar`` / ``19`` / ``1``, the pages numbered nowhere else)
    alone = [page for _, page, says in numbered if not says]
    series = numbers_run(alone, on=alone, pages=len(starts))
    blank.update(foot for foot, _, says in numbered if says or series)
    for page in range(len(starts)):
        head = first(page)
        if page and head is not None and head not in blank and not _TABLE_LINE.match(lines[head]):
            if _DIGITS.sub("#", " ".join(lines[head].split())).lower() == running:
                blank.add(head)
    pages = tuple(bisect_right(starts, i) for i in range(len(lines)))  # (a page with no text: no line)
    if not split and not blank:
        return replace(source, pages=pages)
    lines = ["" if i in blank else line for i, line in enumerate(lines)]
    return Source(
        path=source.path, text=source.text, encoding=source.encoding, lines=tuple(lines), kind=source.kind,
        line_numbers=tuple(numbers) if split else None, pages=pages,
    )
