"""A PDF answer → layout text: every table row one line, every cell at its position.

PDFium (pypdfium2; imported only here, only when a PDF is read) gives each character with its
box on the page; characters make words. From those boxes:

1. **Visual lines.** Words whose vertical middles lie within a third of the font size of each
   other stand on one line. Within a line, a gap wider than about two spaces
   (:data:`CELL_GAP` × the font size) separates *chunks*: a chunk is the text of one table
   cell on that line (a label, a figure, a period label); words closer together are joined
   with one space, as prose is. A line whose gaps are stretched all alike is justified prose,
   one chunk — unless a count stands under each of its words in the lines below: the header of
   an autofit table (every column as wide as its content plus the same padding) spaces its
   names alike too. Where cells stand closer than a cell gap (a tight table; a full label cell
   one space before its first figure), a chunk's trailing counts that stand in the columns the
   lines around show are split off as cells of their own (:func:`_split_at_columns`).
2. **Running headers, footers and page numbers go.** A line among the top or bottom two of a
   page whose text (digits aside) recurs there on at least half the pages, and a lone page
   number there (``3``, ``3/7``, ``- 3 -``, ``Pagina 3 van 7``, ``page 3 of 7``), are not
   content.
3. **Rows.** Lines that belong to one table row are joined into one line: a label wrapped over
   several lines in its cell, with its figures on the first, a middle or the last line (or
   between two lines, when the cell is centred vertically). Consecutive lines on a page are
   one row unless a horizontal rule runs between them (ruled tables), the gap between them is
   wider than half the font size (unruled tables leave cell padding between rows), the lower
   line starts a row itself (a training code ``908001``, ``Totaal``, ``Eindtotaal``; a block's
   name under a closing line that names its own block, ``Subtotaal zorg`` / ``Onderwijs``), or
   both lines hold a figure in the same column. Only *table* lines join: a row holds at least
   one line with two cells or a figure, and every one-cell line of it must fit inside one
   cell's column — prose, which runs across the columns, is never joined. A row whose label is
   a province's whole name (or a header) takes no line that begins another province's name
   (``Oost-Vlaand``, a narrow cell's break inside the word): that line begins the next row. A
   cell's lines are joined with a space, but for a year broken at its hyphen (``2019-`` /
   ``2020``: the school year ``2019-2020``), a province's name broken inside a word
   (``Oost-Vlaand`` / ``eren``: ``Oost-Vlaanderen``), any word the cell's edge broke
   (``orthopedagogi`` / ``e``: :func:`_mend_broken_words`) and a closing bracket alone. A
   header's cell wrapped over two lines set to the top of the header's row (or to its bottom,
   where rules close the row) stands farther from the header's line than a row's lines do; its
   other line still joins the header (:func:`_header_cell_apart`). The lines of names printed
   under each period of a header's line of periods (``2021`` / ``Inschrijvingen  Unieke`` /
   ``cursisten``) are one row of their own, joined by column — however close they stand to the
   periods' line, as laid-out text sets them (:mod:`okot_audit.read.names_under`).
4. **Layout.** Each cell (the chunks of a row that overlap horizontally, read top to bottom)
   is placed at a character column proportional to its x position. One scale serves the whole
   document, chosen so that the longest joined label still ends before the next cell; so the
   figures of every row stand under their period labels in the header line, on every page,
   and a blank cell is empty space under its column. :mod:`okot_audit.parse.columns` reads it.

The result is a :class:`~okot_audit.source.Source` with ``kind="pdf"``, ``positional=True`` and
the page of every line. A PDF without a text layer (a scan), an encrypted or a damaged PDF is
an :class:`~okot_audit.source.InputError` with one clear line.
"""

from __future__ import annotations

import bisect
import ctypes
import functools
import itertools
import re
import statistics
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from okot_audit.catalogue import Catalogue, default_catalogue
from okot_audit.patterns import (
    ATTRIBUTE_NAME, BLANK_MARK, CONTINUATION_CAPTION, COUNT_COLUMN, COUNT_NO_NAME_HOLDS, MONTH_NAMES, NEGATIVE, NOTE_LINE, NUMBER, PERIOD_DASHES, PERSON_CATEGORY,
    MONTH_WORD, PRINTED_MONTH, RANGE, ROW_NUMBER_WORD, SECTORS, SUBTOTAL_WORDS, TABLE_LINE, YEAR, age_class, figures_note, lone_page_number, X_MARKS_ALONE,
    BracketedNotes, lone_bracketed_number, page_mark, period_pattern,
)
from okot_audit.read.heads import count_and_share, heads_block
from okot_audit.source import InputError, Source, nfkc
from okot_audit.tables import PROVINCES

if TYPE_CHECKING:
    from okot_audit.read.pdf_wrapped import Run

#: A gap between words wider than this many font sizes separates two cells (a space is ~0.3).
CELL_GAP = 0.6
#: Lines farther apart than this many font sizes (box to box) are not one table row.
ROW_GAP = 0.5
#: How many lines at the top and the bottom of a page may be running headers or footers.
MARGIN_LINES = 2

_ROW_START = re.compile(r"^(?:\d{6}\b|(?:sub|eind)?totaal\b|total\b)", re.I)
_CODE_START = re.compile(r"^\d{6}\b")
#: A label cell that opens with a training code and names its programme after it (``236405: educ
#: (SLO)``, ``908001 - Educatieve``): no code column's cell, which holds the code alone.
_CODE_NAMED = re.compile(r"^\d{6}(?:\s*:|\s+[-\u2013]?\s*[^\W\d])")
#: A figure or a period label as a cell holds it: ``12``, ``1.472``, ``2022*``, ``2019-2020``;
#: ``1.4721``: a figure in thousands with a footnote's superscript mark flattened onto it.
#: ``1.234(1)``: a figure with a footnote's mark set as a superscript (:func:`_marks_set_small`).
#: The count is the shared :data:`~okot_audit.patterns.NUMBER`; this pattern differs from it
#: because it tells a cell from a label's word on a page, before any table is read: it takes a
#: whole cell (anchored), one flattened superscript digit after a count in thousands, a
#: footnote's marks, and a period label as well as a count — that label as PDF words give it
#: (``2019 - 2020``: spaces around the dash; any four digits), not the table reader's
#: ``PERIOD_TOKEN``, which reads a header's periods.
_FIGURE = re.compile(rf"^(?:(?:{NUMBER.pattern})\d?|\d{{4}}\s?[-/]\s?\d{{2,4}})(?:\*{{0,3}}|\(\d{{1,2}}\))$")


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    #: The words a count with spaced thousands was joined from (``1 102``), else empty.
    parts: tuple[_Word, ...] = ()


@dataclass
class _Chunk:
    words: list[_Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def figure(self) -> bool:
        """A cell of figures: one number, or a blank printed as a mark (``-``, ``n.v.t.``)."""
        return len(self.words) == 1 and _is_cell(self.words[0].text)


@dataclass
class _Line:
    page: int
    words: list[_Word]
    chunks: list[_Chunk] = field(default_factory=list)
    #: On the first line of the names printed under each period of the line of periods above it
    #: (:mod:`okot_audit.read.names_under`), how many lines they take: the header's second row,
    #: those lines joined by column, no line of the first; 0 on any other line.
    names_under: int = 0

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return statistics.median(w.size for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def tabular(self) -> bool:
        """Two cells or more, or a figure: a line of a table, not of prose."""
        return len(self.chunks) > 1 or any(c.figure for c in self.chunks)


@dataclass
class _Cell:
    x0: float
    x1: float
    parts: list[str]
    #: Where each part (a line of the cell) ends, its font's size, and the mean width of a letter
    #: of its first word.
    ends: list[tuple[float, float, float]] = field(default_factory=list)
    #: The parts (by index) that go on with the last word of the part above them: a word the
    #: cell's edge broke (:func:`_mend_broken_words`).
    glued: frozenset[int] = frozenset()

    def add(self, chunk: _Chunk) -> None:
        self.parts.append(chunk.text)
        self.ends.append(_end_of(chunk))

    @property
    def text(self) -> str:
        """The cell's lines joined by a space — none after a year that ends its line in a hyphen,
        a school year wrapped in its cell (``2019-`` / ``2020``: ``2019-2020``), nor inside a word
        the cell's edge broke (``orthopedagogi`` / ``e``), nor before a closing bracket that the
        edge sent to a line of its own (``(avondonderwijs`` / ``)``)."""
        out = self.parts[0]
        for index, part in enumerate(self.parts[1:], start=1):
            joined = (
                index in self.glued or part[:1] in _CLOSING or (_YEAR_BROKEN.search(out) and part[:1].isdigit())
                or _word_goes_on(out, part)
            )
            out += part if joined else " " + part
        return out


#: What closes a word's bracket: no space before it.
_CLOSING = frozenset(")]")


def _end_of(chunk: _Chunk) -> tuple[float, float, float]:
    """Where `chunk` ends, its font's size (no letter is wider), and the mean width of a letter
    of its first word."""
    first = chunk.words[0]
    return chunk.x1, chunk.words[-1].size, (first.x1 - first.x0) / max(1, len(first.text))


def _word_goes_on(line: str, below: str) -> bool:
    """Whether a cell's line `below` goes on with the last word of the line above it: a
    province's name the narrow cell broke inside a word (``Oost-Vlaand`` / ``eren``, ``Oost-Vl``
    / ``aandere`` / ``n``), the pieces no name each."""
    head = line.rsplit(None, 1)[-1] if line.strip() else ""
    tail = below.split(None, 1)[0] if below.strip() else ""
    joined = (head + tail).lower()
    return (
        head[-1:].isalpha() and tail[:1].islower() and head.lower() in _PROVINCE_STARTS
        and (joined in _PROVINCE_STARTS or _WHOLE_LABEL.fullmatch(joined) is not None)
    )


#: A cell's line that ends in a year and its hyphen: a school year broken where it may break.
_YEAR_BROKEN = re.compile(r"(?:^|\s)(?:19|20)\d{2}-$")


def read_pdf(data: bytes, path: str = "<pdf>", *, catalogue: "Catalogue | None" = None) -> Source:
    """Read the PDF in `data` into layout text (see the module documentation), with `catalogue`
    (the shipped one when None): the words of its programmes' names are words a narrow cell may
    have broken (:func:`_mend_broken_words`)."""
    pages, rules, scans, pictured, blank, outlined = _words_by_page(data, path)
    if not any(pages) and not any(rules) and not scans and _nothing_drawn(data):
        raise InputError(
            path, "the PDF's pages hold neither text nor images: it is empty, or damaged (its pages' "
            "content cannot be read); give the PDF as published",
            dutch="de pagina's van de PDF bevatten geen tekst en geen beelden: ze is leeg, of beschadigd "
            "(de inhoud van haar pagina's is niet te lezen); geef de PDF zoals gepubliceerd",
        )
    if not any(pages) and not scans and _only_white_space(data):
        raise InputError(
            path, "the PDF's text layer holds only white space: no word and no figure on any page; give the PDF "
            "as published",
            dutch="de tekstlaag van de PDF bevat alleen witruimte: geen woord en geen cijfer op enige pagina; geef "
            "de PDF zoals gepubliceerd",
        )
    if not any(pages):
        raise InputError(
            path, "the PDF has no text layer (a scanned PDF?); okot-audit reads text, not images: "
            "give the PDF as published, or the text after OCR",
            dutch="de PDF heeft geen tekstlaag (een scan?); okot-audit leest tekst, geen beelden: "
            "geef de PDF zoals gepubliceerd, of de tekst na OCR",
        )
    for index, words in enumerate(pages):
        pages[index], rules[index] = _columns_apart(words, rules[index])
    lines_by_page = [_visual_lines(number, words) for number, words in enumerate(pages, start=1)]
    unclear: list[tuple[int, int, tuple[int, ...], str]] = []
    joined: list[tuple[int, _Line]] = []  # (small figures alone joined into the name above them: said by the parser)
    text_lines, line_pages, _ = lay_out_pages(lines_by_page, rules, unclear=unclear, catalogue=catalogue, joined=joined)
    if not any(line.strip() for line in text_lines):
        raise InputError(path, "the PDF holds no text but page numbers and running headers",
                         dutch="de PDF bevat geen tekst behalve paginanummers en koppen")
    unread = []
    damaged = blank if blank and _stream_damaged(data) else []
    # (a page with text whose own content stream breaks off: PDFium reads what comes before the damage)
    cut = [page for page in _pages_cut_short(data, len(pages)) if page not in damaged and page not in scans]
    kept = sorted([(page, "page-without-text") for page in scans] + [(page, "page-damaged") for page in damaged]
                  + [(page, "page-cut-short") for page in cut] + [(page, "page-of-outlines") for page in outlined])
    for page, _ in kept:  # an empty line stands for the page, where it is in the document
        at = bisect.bisect_right(line_pages, page)
        text_lines.insert(at, "")
        line_pages.insert(at, page)
        unread.append(at)
    from okot_audit.read.delimited import Unread

    # (after the scans' lines were put in: the layout lines moved down by as many before them)
    unclear_rows = unclear_records(unclear, text_lines, lambda at: at + 1 + sum(1 for scan in unread if scan <= at))
    return Source(
        path=path, text="\n".join(text_lines), encoding="pdf", lines=tuple(text_lines), kind="pdf",
        positional=True, pages=tuple(line_pages),
        unread=tuple(Unread(at + 1, why, "", (), (), str(line_pages[at])) for at, (_, why) in zip(unread, kept))
        + tuple(unclear_rows),
        pictured=tuple(pictured),
        # (a PDF's rows are reported at their layout line: the figure at its row's, moved down by the scans' lines)
        joined=tuple((at + 1 + shift, at + 1 + shift, line.chunks[0].text)
                     for at, line in joined for shift in [sum(1 for scan in unread if scan <= at)]),
    )


def unclear_records(
    unclear: list[tuple[int, int, tuple[int, ...], str]], text_lines: list[str], number, printed=None,
) -> list:
    """An unread record (:class:`okot_audit.read.delimited.Unread`) for each run of rows (first
    and last layout line, 0-based, its counts and why): whose wrapped names cannot be told apart
    (``rows-unclear``), or a row on a later page whose own grid does not place its figures under
    the table's columns (``page-columns``): at its first line (`number` maps a layout line to its
    number), with its first label, its counts, and the number of its last line as printed (by
    `printed`, else `number`)."""
    from okot_audit.read.delimited import Unread

    return [
        Unread(number(first), why, text_lines[first].strip().split("  ")[0], (), counts,
               str((printed or number)(last)))
        for first, last, counts, why in unclear
    ]


#: A count as a cell prints it (``577``, ``1.102``).
_COUNT_IN_LINE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\w.,])")


def lay_out_pages(
    lines_by_page: list[list[_Line]], rules: list[list[tuple[float, float, float]]], shift: bool = False,
    unclear: list[tuple[int, int, tuple[int, ...], str]] | None = None, catalogue: "Catalogue | None" = None,
    joined: list[tuple[int, _Line]] | None = None,
) -> tuple[list[str], list[int], list[list[_Line]]]:
    """Steps 2 to 4 of the module documentation, for visual lines from any source (a PDF's
    characters, or text an extractor laid out with spaces: :mod:`okot_audit.read.layout`):
    running lines dropped, rows joined, cells laid out. Returns the layout lines, the page of
    each, and the visual lines each was joined from; appends to `unclear` the first and last
    layout line (0-based) of each run of rows whose wrapped names cannot be told apart, its
    counts and ``rows-unclear``, and each row a later page's grid does not place (``page-columns``).
    `catalogue` (the shipped one when None): the one the answer is read with, whose programmes'
    names hold the words a narrow cell may have broken (:func:`_mend_broken_words`). `joined`: where
    given, gets each small figure alone on its line that was joined into a row's name right below
    the row's counts (:func:`figures_joined`): the layout line (0-based) and the visual line."""
    from okot_audit.read.pdf_wrapped import page_runs, read_runs, settle_tables

    _drop_running_lines(lines_by_page)
    if shift:
        _split_at_broken_pieces(lines_by_page, catalogue or default_catalogue())
    rows: list[tuple[int, list[_Cell]]] = []
    groups: list[list[_Line]] = []
    runs: list[list[_Line]] = []
    carry: list[_Line | None] = [None]  # a table's header whose rows run on to the next page
    numbers: list[NumberColumn | None] = [None]  # a column of row numbers that runs on to the next page
    pages_runs: list[list[Run]] = []
    for number, lines in enumerate(lines_by_page, start=1):
        _set_aside_row_numbers(lines, numbers)
        pages_runs.append(page_runs(lines, rules[number - 1], carry))  # an unruled table's wrapped labels
    settle_tables(pages_runs)  # (one placement of the figures for a table over pages)
    for number, (lines, page) in enumerate(zip(lines_by_page, pages_runs), start=1):
        after = _first_row_after(lines_by_page, number)
        for group in _rows(lines, rules[number - 1], read_runs(page, runs), after):
            rows.append((number, _cells(group)))
            groups.append(group)
    _mend_broken_words(rows, lines_by_page, catalogue or default_catalogue(), shift, rules)
    if joined is not None:
        joined.extend(figures_joined(groups))
    unplaced: list[int] = []
    text_lines, line_pages = _lay_out(rows, shift, unplaced)
    if unclear is not None:
        for index in unplaced:
            # (its figures: not the digits of the words before them, a programme's code beside its block's name)
            unclear.append((index, index, tuple(
                int(found.replace(".", "")) for c in _after_words(rows[index][1]) for found in _COUNT_IN_LINE.findall(c.text)),
                "page-columns"))
    if unclear is not None and runs:
        at = {id(line): index for index, group in enumerate(groups) for line in group}
        for run in runs:
            spots = [at[id(line)] for line in run if id(line) in at]
            counts = tuple(
                int(found.replace(".", "")) for line in run for c in line.chunks
                if c.figure and not _PERIOD_LABEL.match(c.text) for found in _COUNT_IN_LINE.findall(c.text))
            if spots:
                unclear.append((min(spots), max(spots), counts, "rows-unclear"))
    return text_lines, line_pages, groups


#: The last word of a cell's line, letters only (maybe after a bracket): maybe a piece of a
#: word the cell's edge broke.
_PIECE_HEAD = re.compile(r"(?:^|[\s(\[\"'])([^\W\d_]{2,})$")
#: The two consonants a Dutch word (or a loanword a programme's name uses) may begin with; a
#: piece of letters begun with two others is the rest of a word (``nderwijs``, ``gkunde``).
_FIRST_CONSONANTS = frozenset(
    "bl br ch cl cr dj dr dw fl fr gl gn gr kl kn kr kw ph pl pr ps rh sc sf sh sj sk sl sm sn sp st sv sw "
    "th tj tr ts tw vl vr wh wr zw".split()
)
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")


def _no_word_start(piece: str) -> bool:
    """Whether `piece` (lower case) begins as no word does: with a letter alone, or with two
    consonants no word begins with — the rest of a word the cell's edge broke."""
    if len(piece) == 1:
        return True
    return piece[0] not in _VOWELS and piece[1] not in _VOWELS and piece[:2] not in _FIRST_CONSONANTS
#: The first word of the cell's next line, begun in lower case: maybe that word's rest.
_PIECE_TAIL = re.compile(r"^(?=[^\W\d_])(?:(?!\w)|[^\W\d_A-Z\u00c0-\u00de])([^\W\d_]*)")
#: How far (in font sizes: no letter is wider) short of its cell's widest line a line may end
#: and still fill the cell — the widest may hold the one letter more that did not fit.
FILL_SLACK = 1.0
_LETTERS = re.compile(r"[^\W\d_]+")


def _mend_broken_words(
    rows: list[tuple[int, list[_Cell]]], lines_by_page: list[list[_Line]], catalogue: "Catalogue", grid: bool = False,
    rules: list[list[tuple[float, float, float]]] | None = None,
) -> None:
    """Glue the lines of a cell whose edge broke a word too long for it (``orthopedagogi`` /
    ``e``, ``verpleegk`` / ``unde``; Word and fpdf2 break such a word at the last character that
    fits, no hyphen): a line that fills its cell (ends within :data:`FILL_SLACK` font sizes of
    its widest line) in a piece of letters, the next line begun in lower case, where the pieces
    make a word the answer's prose or `catalogue`'s programmes use (the one the answer is read
    with), or a compound of one
    (:func:`_known_across`), and the first piece is none — or the next line begins as no word does: a letter alone, or two consonants no word
    begins with (``Logistie`` / ``k``, ``(avondo`` / ``nderwijs)``) — or, in a ruled PDF table
    (`rules`: each page's), the break falls at the cell's edge (:func:`_at_edge`: ``Verpleeg`` /
    ``kundige``, a word no text of the answer uses). A word broken twice
    (``leefgroep`` / ``enwerkin`` / ``g``) is read from its last break up. A line broken
    between two words keeps its space (``Bachelor in de`` / ``verpleegkunde``); so does a piece
    no word is known to complete short of the edge. On an extractor's character grid (`grid`),
    which gives every letter one width, a line's length in characters strays from its width on
    the page by up to a fifth of the cell's: no edge is exact there."""
    candidates: list[tuple[int, _Cell, dict[int, tuple[str, str]]]] = []
    for page, cells in rows:
        for cell in cells:
            if len(cell.parts) < 2 or len(cell.ends) != len(cell.parts):
                continue
            widest = max(end for end, _, _ in cell.ends)
            stray = 0.2 * (widest - cell.x0) if grid else 0.0
            breaks: dict[int, tuple[str, str]] = {}
            for index in range(1, len(cell.parts)):
                end, size, _ = cell.ends[index - 1]
                if end + FILL_SLACK * size + stray < widest:
                    continue
                head = _PIECE_HEAD.search(cell.parts[index - 1])
                tail = _LETTERS.match(cell.parts[index]) if cell.parts[index][:1].islower() else None
                if head and tail and cell.parts[index].split()[0].rstrip(")],;-") == tail.group():
                    breaks[index] = (head.group(1).lower(), tail.group().lower())
            if breaks:
                candidates.append((page, cell, breaks))
    if not candidates:
        return
    known = _known_words(lines_by_page, catalogue)
    for page, cell, breaks in candidates:
        glued: set[int] = set()
        for index in sorted(breaks, reverse=True):
            piece, rest = breaks[index]
            word = rest  # the word the next line begins, with the pieces glued to it below
            at = index
            while at + 1 in glued and at + 1 in breaks and cell.parts[at].strip() == breaks[at][1]:
                at += 1
                word += breaks[at][1]
            if _piece_goes_on(piece, word, rest, known) or (
                piece not in known and not grid and rules is not None and _at_edge(cell, index, rules[page - 1])
            ):
                glued.add(index)
        cell.glued = frozenset(glued)


def _piece_goes_on(piece: str, word: str, rest: str, known: frozenset[str]) -> bool:
    """Whether `word` (lower case: `rest`, the first word of a cell's next line, with any pieces
    glued below it) goes on with `piece`, the last word of the line above, without a space: the
    piece is no word the answer or the catalogue knows, and the two make a known word or a
    compound of one (:func:`_known_across`) or a category of persons — or `rest` begins as no word
    does (:func:`_no_word_start`: a letter alone, ``k``; two consonants, ``nderwijs``)."""
    return piece not in known and (
        _known_across(piece, word, known) or (rest not in known and _no_word_start(rest))
        or PERSON_CATEGORY.match(piece + word) is not None  # (``laaggesch`` / ``oold``: a category of persons)
    )


#: A word's last letters (two or more), after whatever comes before them: maybe a piece of the word
#: a cell's edge broke.
_WORD_END_LETTERS = re.compile(r"[^\W\d_]{2,}$")


def _split_at_broken_pieces(lines_by_page: list[list[_Line]], catalogue: "Catalogue") -> None:
    """Split, in place, a chunk of an extractor's character grid whose words stand one space
    apart where the line right below holds the rest of one of them, a word a narrow cell broke
    (:func:`_mend_broken_words`), at the same character columns: ``pdftotext -layout`` sets two
    such cells of a header one space apart (``Oost-Vlaandere Vlaams-Braba`` over ``n`` and
    ``nt``), and the piece below the first, one word of lower-case letters under that word alone,
    goes on with it — not with the chunk's last word. A word a cell's edge broke ends its cell's
    line: the words after it are another cell's. The piece must make a word with it as a cell's
    piece does (:func:`_piece_goes_on`); a word below that makes none (a wrapped name's next line,
    a word under a word by chance) cuts nothing. Only a line right below a chunk of two words or
    more, all of whose chunks are one word of lower-case letters (no blank's mark, ``x``: a row's
    cell), is looked at."""
    known: frozenset[str] | None = None
    for lines in lines_by_page:
        for line, below in zip(lines, lines[1:]):
            if below.top - line.top > 2 * line.size or not all(
                    len(c.words) == 1 and c.words[0].text[:1].islower() for c in below.chunks):
                continue  # (a cheap look first: a line of pieces, each a word alone begun in lower case)
            if not any(len(c.words) > 1 for c in line.chunks):
                continue
            pieces = [c.words[0] for c in below.chunks]
            if not all(_LETTERS.fullmatch(p.text) and not BLANK_MARK.fullmatch(p.text) for p in pieces):
                continue  # (a line of letters alone, no blank's mark: ``x`` under a header is a row's cell)
            chunks: list[_Chunk] = []
            for chunk in line.chunks:
                cuts: set[int] = set()
                for piece in pieces if len(chunk.words) > 1 else ():
                    under = [k for k, w in enumerate(chunk.words) if piece.x0 < w.x1 and piece.x1 > w.x0]
                    if len(under) != 1 or under[0] == len(chunk.words) - 1:
                        continue
                    text = chunk.words[under[0]].text
                    if _word_goes_on(text, piece.text):  # (a province's name: ``Oost-Vlaandere`` / ``n``)
                        cuts.add(under[0] + 1)
                        continue
                    head = _WORD_END_LETTERS.search(text)  # (after a hyphen too: ``zorg-verpleegk`` / ``unde``)
                    if head is None:
                        continue
                    if known is None:
                        known = _known_words(lines_by_page, catalogue)
                    rest = piece.text.lower()
                    if _piece_goes_on(head.group().lower(), rest, rest, known):
                        cuts.add(under[0] + 1)
                start = 0
                for cut in sorted(cuts):
                    chunks.append(_Chunk(chunk.words[start:cut]))
                    start = cut
                chunks.append(_Chunk(chunk.words[start:]) if start else chunk)
            if len(chunks) > len(line.chunks):
                line.chunks = chunks


def _at_edge(cell: _Cell, index: int, rules: list[tuple[float, float, float]]) -> bool:
    """Whether the break before `cell`'s line `index` falls at the right edge of its ruled cell,
    inside a word: the line above is one word alone (Word and fpdf2 send a word too long for the
    line to a line of its own, then break it at the last letter that fits), and the next line's
    first letter would not have fit after it — it ends less than a letter's width (the mean of
    either piece's letters) short of the cell's edge. The cell's box is the narrowest of the
    page's `rules` that spans its lines; its text stands as far in from its right side as from
    its left. A line broken between two words ends short of the edge by the next word's width
    and a space, not a letter's — unless its word happens to end right at the edge: a word the
    answer or the catalogue knows is no piece (the caller asks). Without rules no edge is known
    (the widest line of a column is one word short of it as often as a letter), and nothing is
    decided here."""
    if " " in cell.parts[index - 1].strip():
        return False
    end, _, piece = cell.ends[index - 1]
    widest = max(e for e, _, _ in cell.ends)
    box = min(((x0, x1) for _, x0, x1 in rules if x0 <= cell.x0 and x1 >= widest), key=lambda b: b[1] - b[0], default=None)
    if box is None:
        return False
    edge = box[1] - (cell.x0 - box[0])
    letter = max(piece, cell.ends[index][2])  # (a letter's mean width in either piece of the word)
    return end + letter > edge


#: How long a known word must be to vouch for a break inside it.
KNOWN_LENGTH = 5


def _known_across(piece: str, rest: str, known: frozenset[str]) -> bool:
    """Whether `piece` and `rest` make a known word, or a compound that begins or ends with one
    the break falls inside (``avondond`` / ``erwijs``: ``avond`` + ``onderwijs``), of
    :data:`KNOWN_LENGTH` letters or more."""
    word = piece + rest
    if word in known:
        return True
    cut = len(piece)
    return any(word[:end] in known for end in range(max(cut + 1, KNOWN_LENGTH), len(word))) or any(
        word[start:] in known for start in range(1, min(cut, len(word) - KNOWN_LENGTH + 1)))


def _known_words(lines_by_page: list[list[_Line]], catalogue: "Catalogue") -> frozenset[str]:
    """The words (lower case) of the answer's prose — lines of one cell and
    :data:`PROSE_WORDS` words or more — and of `catalogue`'s programmes
    (:meth:`~okot_audit.catalogue.Catalogue.name_words`), the provinces and the sectors."""
    texts = [line.text for lines in lines_by_page for line in lines if len(line.chunks) == 1 and len(line.words) >= PROSE_WORDS]
    return _catalogue_words(catalogue.name_words()) | {word.lower() for text in texts for word in _LETTERS.findall(text)}


@functools.lru_cache(maxsize=4)
def _catalogue_words(names: frozenset[str]) -> frozenset[str]:
    """`names` (a catalogue's programmes' words) with the words (lower case) of the provinces,
    of the sectors and the months' names (a header's ``decemb`` / ``er 2022``)."""
    texts = list(PROVINCES) + list(SECTORS)
    texts.extend(MONTH_NAMES)
    return names | frozenset(word.lower() for text in texts for word in _LETTERS.findall(text))


def _words_by_page(
    data: bytes, path: str,
) -> tuple[list[list[_Word]], list[list[tuple[float, float, float]]], list[int], list[int], list[int], list[int]]:
    """Every page's words and horizontal rules (y, x0, x1), top-down coordinates in points,
    the pages (1-based) that hold no text but an image over a good part of them
    (:data:`SCAN_SHARE`): a scanned page among pages of text, whose table no one can read; the
    pages that hold text and such an image, short of a background's (:data:`BACKGROUND_SHARE`):
    a table pasted as a picture below its prose; the pages that draw nothing at all (blank,
    or content PDFium could not decode); and the pages without text or such an image that draw
    :data:`OUTLINE_GLYPHS` shapes the size of a letter or more, most of them on lines of text:
    text turned into outlines (:func:`_outlined`).

    PDFium (pypdfium2, the engine pdfplumber itself ships with) gives every character its box
    about twenty times faster than pdfminer, which keeps reading a PDF within a few times the
    cost of reading its text. Characters on one line closer than a third of the font size form
    a word; path objects give the rules (a thin box is a rule, a cell's box gives its top and
    bottom edge).
    """
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c
    except ImportError:  # pragma: no cover - a regular dependency
        raise InputError(path, "reading a PDF needs pypdfium2: pip install pypdfium2",
                         dutch="een PDF lezen vraagt pypdfium2: pip install pypdfium2") from None
    pages: list[list[_Word]] = []
    rules: list[list[tuple[float, float, float]]] = []
    scans: list[int] = []
    pictured: list[int] = []
    blank: list[int] = []
    outlined: list[int] = []
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if _no_pages(data, pdfium_c):
            raise InputError(
                path, "the PDF has no pages (its page tree is empty); give the PDF as published",
                dutch="de PDF heeft geen pagina's (haar paginaboom is leeg); geef de PDF zoals gepubliceerd",
            ) from None
        raise _pdf_error(path, exc) from None
    if len(document) > MAX_PAGES:  # (one page named again and again in a small file: minutes, gigabytes)
        pages_in = len(document)
        document.close()
        raise InputError(path, f"the PDF has {pages_in:,} pages; an answer has a few (limit {MAX_PAGES:,})",
                         dutch=f"de PDF heeft {pages_in:,} pagina's; een antwoord heeft er enkele (grens {MAX_PAGES:,})")
    try:
        for page in document:
            textpage = page.get_textpage()
            turn = _Turn.of(page, textpage, pdfium_c)
            pages.append(_marks_set_small(_page_words(textpage, turn, pdfium_c)))
            rules.append(_page_rules(page, turn, pdfium_c))
            share = _image_share(page, pdfium_c)
            if share >= SCAN_SHARE and not pages[-1]:
                scans.append(len(pages))
            elif SCAN_SHARE <= share < BACKGROUND_SHARE:  # (text over a page-wide image: its background)
                pictured.append(len(pages))
            elif not pages[-1] and pdfium_c.FPDFPage_CountObjects(page.raw) <= 0:
                blank.append(len(pages))
            elif not pages[-1] and share < SCAN_SHARE and _outlined(_letter_shapes(page, pdfium_c)):
                outlined.append(len(pages))
            textpage.close()
            page.close()
    except Exception as exc:  # PDFium and its bindings raise several types; one line for the user
        raise _pdf_error(path, exc) from None
    finally:
        document.close()
    return pages, rules, scans, pictured, blank, outlined


#: A stream compressed with Flate alone: its dictionary's end and the ``stream`` keyword.
_FLATE_STREAM = re.compile(rb"/Filter\s*/FlateDecode\b(?:(?!\bobj\b).){0,2000}?>>\s*stream(?:\r\n|\n|\r)", re.S)


def _stream_damaged(data: bytes) -> bool:
    """Whether a Flate-compressed stream of the PDF in `data` cannot be decompressed: a page
    that draws nothing among pages that do is then a damaged page (PDFium reads a stream it
    cannot decode as empty, not as an error), not a blank one. An encrypted PDF's streams are
    no Flate data before they are decrypted: none is judged."""
    if b"/Encrypt" in data:
        return False
    return any(not _inflates(data, match.end()) for match in _FLATE_STREAM.finditer(data))


def _inflates(data: bytes, start: int) -> bool:
    """Whether the Flate stream of `data` that starts at `start` decompresses up to its
    ``endstream`` (or the end of the data)."""
    end = data.find(b"endstream", start)
    try:
        zlib.decompressobj().decompress(data[start:end if end >= 0 else len(data)])
    except zlib.error:
        return False
    return True


#: An indirect object's start (``12 0 obj``), a reference to one (``12 0 R``).
_OBJECT_START = re.compile(rb"(?<![\d.])(\d+)\s+(\d+)\s+obj\b")
_REFERENCE = re.compile(rb"(\d+)\s+\d+\s+R\b")


def _pages_cut_short(data: bytes, count: int) -> list[int]:
    """The pages (1-based) of the PDF in `data` whose own content stream is Flate data that
    cannot be decompressed to its end: PDFium reads such a page's text up to the damage and says
    nothing of the rest, so what the page printed after it is lost. Found by walking the page tree
    in the file's bytes (from the trailer's ``/Root``); where that walk cannot be made (a page tree
    inside compressed object streams, an encrypted PDF) or does not give the `count` pages PDFium
    reads, none is named. Cheap: nothing but a search of the bytes unless a stream is damaged."""
    if b"/Encrypt" in data or not _stream_damaged(data):
        return []
    objects: dict[int, int] = {}
    for match in _OBJECT_START.finditer(data):  # (the last definition wins: incremental updates)
        objects[int(match.group(1))] = match.end()
    packed = _packed_objects(data)

    def body(number: int) -> bytes | None:  # an object's text up to its stream or its end
        start = objects.get(number)
        if start is None:
            return packed.get(number)
        end = min((at for at in (data.find(b"endobj", start), data.find(b"stream", start)) if at >= 0),
                  default=len(data))
        return data[start:end]

    roots = re.findall(rb"/Root\s+(\d+)\s+\d+\s+R", data)
    catalog = body(int(roots[-1])) if roots else None
    tree = re.search(rb"/Pages\s+(\d+)\s+\d+\s+R", catalog or b"")
    if tree is None:
        return []
    leaves: list[bytes] = []
    pending, seen = [int(tree.group(1))], set()
    while pending:
        number = pending.pop(0)
        node = body(number)
        if node is None or number in seen or len(leaves) > count:
            return []
        seen.add(number)
        kids = re.search(rb"/Kids\s*\[([^\]]*)\]", node)
        if kids is None:
            leaves.append(node)
        else:
            pending[:0] = [int(kid) for kid in _REFERENCE.findall(kids.group(1))]
    if len(leaves) != count:
        return []
    cut = []
    for page, leaf in enumerate(leaves, start=1):
        contents = re.search(rb"/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)", leaf)
        refs = [int(ref) for ref in _REFERENCE.findall(contents.group(1))] if contents else []
        if len(refs) == 1 and (listed := body(refs[0])) is not None and listed.lstrip().startswith(b"["):
            refs = [int(ref) for ref in _REFERENCE.findall(listed)]  # (an array of streams as an object)
        if any(_flate_damaged(data, ref, objects) for ref in refs):
            cut.append(page)
    return cut


#: An object stream's dictionary (PDF 1.5 packs the objects that are no stream in them: a page's
#: dictionary too) up to its data.
_OBJECT_STREAM = re.compile(rb"<<((?:(?!>>\s*stream)(?!\bobj\b).){0,2000}?/Type\s*/ObjStm\b(?:(?!\bobj\b).){0,2000}?)>>"
                            rb"\s*stream(?:\r\n|\n|\r)", re.S)


def _packed_objects(data: bytes) -> dict[int, bytes]:
    """The objects packed in the PDF's object streams (Flate-compressed alone, whole), by number:
    each one's text. An object stream that does not decompress gives none."""
    packed: dict[int, bytes] = {}
    for match in _OBJECT_STREAM.finditer(data):
        entry = match.group(1)
        first = re.search(rb"/First\s+(\d+)", entry)
        if first is None or not re.search(rb"/Filter\s*/FlateDecode\b", entry):
            continue
        end = data.find(b"endstream", match.end())
        try:
            text = zlib.decompressobj().decompress(data[match.end():end if end >= 0 else len(data)])
        except zlib.error:
            continue
        start = int(first.group(1))
        pairs = [int(n) for n in text[:start].split()]
        places = list(zip(pairs[::2], pairs[1::2]))
        for index, (number, offset) in enumerate(places):
            stop = places[index + 1][1] if index + 1 < len(places) else len(text) - start
            packed[number] = text[start + offset:start + stop]
    return packed


def _flate_damaged(data: bytes, number: int, objects: dict[int, int]) -> bool:
    """Whether object `number` of the PDF in `data` is a stream compressed with Flate alone whose
    data cannot be decompressed."""
    start = objects.get(number)
    if start is None:
        return False
    match = _FLATE_STREAM.match(data, data.find(b"/Filter", start)) if b"/Filter" in data[start:start + 2000] else None
    if match is None or data.find(b"endobj", start) < match.start():
        return False
    return not _inflates(data, match.end())


def _only_white_space(data: bytes) -> bool:
    """Whether a page of the PDF in `data` (one without words) holds characters all the same:
    a text layer of spaces only, which is no scan to send to OCR. Asked only of a PDF refused."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        for page in document:
            textpage = page.get_textpage()
            try:
                if textpage.count_chars() > 0:
                    return True
            finally:
                textpage.close()
                page.close()
        return False
    finally:
        document.close()


def _nothing_drawn(data: bytes) -> bool:
    """Whether no page of the PDF in `data` (one without text) draws anything at all: no path,
    no image, no text object — an empty PDF, or one whose pages' content PDFium could not
    decode (a damaged stream reads as nothing, not as an error)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(data)
    try:
        return all(pdfium_c.FPDFPage_CountObjects(page.raw) <= 0 for page in document)
    finally:
        document.close()


#: A PDF with more pages than this is no answer (an answer and its annexes run to tens of pages):
#: a page tree that names one page 200,000 times fits in a megabyte and took minutes to read.
MAX_PAGES = 2000

#: How much of a page without text an image must cover for the page to be a scan (a logo or a
#: signature covers less).
SCAN_SHARE = 0.25
#: How much of a page with text an image may cover and still be a picture beside the text (a
#: table pasted below its prose); one that covers more is the page's background (a letterhead).
BACKGROUND_SHARE = 0.9


#: How many shapes the size of a letter a page without text must draw for its text to have been
#: turned into outlines: the smallest table — a header, a row and its total, each a label and
#: figures for two periods — prints some forty characters; a logo, a signature, a page number
#: or a rule draws fewer (a rule is no letter's shape).
OUTLINE_GLYPHS = 40
#: The tallest and widest a letter's shape may be, in points (a heading's letters at 24 pt and
#: more are not a table's).
GLYPH_SIZE = 24.0


def _letter_shapes(page, pdfium_c) -> list[tuple[float, float, float, float, int]]:
    """The shapes the size of a letter `page` draws, each as its box (left, bottom, right, top)
    and how many letters it stands for: a path object neither side of which is above
    :data:`GLYPH_SIZE` nor as thin as a rule (under a point), one; a path of a letter's height
    but wider that draws several closed figures (a word's or a line's letters outlined as one
    path), one for each figure it starts (a cell's box starts one: none)."""
    shapes = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        if not (1.0 <= right - left and 1.0 <= top - bottom <= GLYPH_SIZE):
            continue
        if right - left <= GLYPH_SIZE:
            shapes.append((left, bottom, right, top, 1))
            continue
        starts = sum(
            1 for index in range(pdfium_c.FPDFPath_CountSegments(obj.raw))
            if pdfium_c.FPDFPathSegment_GetType(pdfium_c.FPDFPath_GetPathSegment(obj.raw, index))
            == pdfium_c.FPDF_SEGMENT_MOVETO
        )
        if starts > 1:
            shapes.append((left, bottom, right, top, starts))
    return shapes


#: How far apart (in a letter's height) the bottoms of two letters on one line of text may be:
#: a round letter's overshoot below the baseline, a converter's rounding.
BASELINE_SLACK = 0.2
#: The fewest letters side by side on a baseline that make a line of text.
LINE_LETTERS = 3


def _outlined(shapes: list[tuple[float, float, float, float, int]]) -> bool:
    """Whether `shapes` (:func:`_letter_shapes`) are text turned into outlines: at least
    :data:`OUTLINE_GLYPHS` letters, at least half of them standing on lines of text — rows of
    :data:`LINE_LETTERS` or more shapes of like height side by side, left to right, their bottoms
    on one baseline (:data:`BASELINE_SLACK`), on the page or turned on it. A logo or an emblem
    drawn in many pieces has as many shapes, but its pieces overlap, stand at every height and
    form no such rows."""
    letters = sum(shape[4] for shape in shapes)
    if letters < OUTLINE_GLYPHS:
        return False
    turns = (  # (text drawn turned on its page: its baselines run up, down or upside down)
        lambda l, b, r, t, n: (l, b, r, t, n), lambda l, b, r, t, n: (b, -r, t, -l, n),
        lambda l, b, r, t, n: (-r, -t, -l, -b, n), lambda l, b, r, t, n: (-t, l, -b, r, n),
    )
    return any(2 * _letters_on_lines([turn(*shape) for shape in shapes]) >= letters for turn in turns)


def _letters_on_lines(shapes: list[tuple[float, float, float, float, int]]) -> int:
    """How many of the letters `shapes` stand for stand on lines of text (:func:`_outlined`)."""
    on_lines = 0
    rest = sorted(shapes, key=lambda shape: shape[1])
    while rest:
        first = rest[0]
        height = first[3] - first[1]
        line = [shape for shape in rest if shape[1] - first[1] <= BASELINE_SLACK * height
                and 0.5 * height <= shape[3] - shape[1] <= 2.0 * height]
        taken = {id(shape) for shape in line} | {id(first)}
        rest = [shape for shape in rest if id(shape) not in taken]
        run: list[tuple[float, float, float, float, int]] = []
        for shape in sorted(line, key=lambda shape: shape[0]) + [(float("inf"),) * 4 + (0,)]:
            width = shape[2] - shape[0]
            if run and shape[0] < run[-1][2] - 0.3 * min(width, run[-1][2] - run[-1][0]):
                continue  # (over the letter before it: a piece of a drawing, no next letter)
            if run and shape[0] - run[-1][2] > 2.0 * height:  # (a cell's gap or more: a new run)
                count = sum(piece[4] for piece in run)
                on_lines += count if count >= LINE_LETTERS else 0
                run = []
            run.append(shape)
    return on_lines


def _image_share(page, pdfium_c) -> float:
    """The share of `page` its largest image covers."""
    area = page.get_width() * page.get_height() or 1.0
    largest = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        largest = max(largest, (right - left) * (top - bottom))
    return largest / area


@dataclass(frozen=True)
class _Turn:
    """How a page's text is turned on it: `angle` (0, 90, 180 or 270 degrees, clockwise as
    PDFium measures a character's angle) is the direction most of its characters run in, and
    boxes are turned back by it, so that its lines run left to right whatever the page's
    ``/Rotate`` or the matrix its text was drawn with: a landscape table set on a portrait page
    and shown turned (``/Rotate 90``, as LaTeX's ``pdflscape`` and "rotate page" save it), or a
    table drawn sideways. Read unturned, every character of such a page stood on a line of its
    own. `width` and `height` are the page's in its own (unturned) coordinates."""

    angle: int
    width: float
    height: float

    #: How many characters are looked at for a page's direction (spread over its text).
    SAMPLE = 64

    @classmethod
    def of(cls, page, textpage, pdfium_c) -> _Turn:
        width, height = page.get_width(), page.get_height()  # (as shown: turned by /Rotate)
        if page.get_rotation() in (90, 270):
            width, height = height, width
        count = textpage.count_chars()
        votes: dict[int, int] = {}
        for index in range(0, max(count, 0), max(1, count // cls.SAMPLE)):
            radians = pdfium_c.FPDFText_GetCharAngle(textpage.raw, index)
            if radians >= 0:
                angle = round(radians / 1.5707963267948966) % 4 * 90
                votes[angle] = votes.get(angle, 0) + 1
        angle = max(votes, key=lambda a: (votes[a], a == 0)) if votes else 0
        return cls(angle, width, height)

    @property
    def frame_height(self) -> float:
        """The page's height as its text reads (its width when the text runs up or down)."""
        return self.width if self.angle in (90, 270) else self.height

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """A box (left, bottom, right, top; y upwards) turned back so that the text runs left
        to right."""
        angle = self.angle
        if angle == 90:  # the text runs down the page: turned a quarter anticlockwise
            return self.height - top, left, self.height - bottom, right
        if angle == 270:  # ... up the page: a quarter clockwise
            return bottom, self.width - right, top, self.width - left
        if angle == 180:
            return self.width - right, self.height - top, self.width - left, self.height - bottom
        return left, bottom, right, top


def _page_words(textpage, turn: _Turn, pdfium_c) -> list[_Word]:
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:  # characters outside the BMP: index them one by one
        text = "".join(textpage.get_text_range(i, 1)[:1] or " " for i in range(count))
    words: list[_Word] = []
    chars: list[str] = []
    box: list[float] = []
    size = 0.0

    def close() -> None:
        if chars:
            text = "".join(chars)
            if "\ufffe" in text or "\x02" in text:  # PDFium's mark for a hyphen that ends a line
                text = text.replace("\ufffe", "-").replace("\x02", "-")
            text = nfkc(text)
            if text:  # (not a soft hyphen alone: a character that takes no room)
                words.append(_Word(text, box[0], box[2], height - box[3], height - box[1], size))
            chars.clear()

    height = turn.frame_height
    turned = turn.box if turn.angle else None
    raw = textpage.raw
    rect = pdfium_c.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    font_size = pdfium_c.FPDFText_GetFontSize
    for index in range(count):
        char = text[index]
        if char.isspace() or char == "\x00":
            close()
            continue
        loose_box(raw, index, rect_ref)
        left, bottom, right, top = rect.left, rect.bottom, rect.right, rect.top
        if turned is not None:
            left, bottom, right, top = turned(left, bottom, right, top)
        if chars and (left - box[2] > size / 3 or abs(bottom - box[1]) > size / 3 or left < box[0] - 1):
            close()
        elif chars and bottom - box[1] >= _MARK_RAISE * size and char in _MARK_CHARS and (
            font_size(raw, index) <= _MARK_SIZE * size
        ):
            close()  # a footnote's mark set small and raised right after a figure (``412¹``): a word of its own
        if not chars:
            box = [left, bottom, right, top]
            size = font_size(raw, index) or (top - bottom) or 10.0
        else:
            box = [min(box[0], left), min(box[1], bottom), max(box[2], right), max(box[3], top)]
        chars.append(char)
    close()
    return words


#: A footnote's mark as a word processor sets it: one or two digits or stars, in a smaller font.
_MARK = re.compile(r"\d{1,2}|\*{1,3}")
#: A footnote's mark that is a letter (``2023ᵃ``, ``ᵃ Tot en met …``): a mark after a year only.
_LETTER_MARK = re.compile(r"[a-z]")
_YEAR_WORD = re.compile(period_pattern(dashes=PERIOD_DASHES))
#: How much smaller than the text beside it a superscript's font is (at most), and how far its
#: foot stands above that text's (at least), in that text's font sizes.
_MARK_SIZE = 0.8
_MARK_RAISE = 0.15
#: The characters a footnote's mark is made of.
_MARK_CHARS = frozenset("0123456789*")


def _marks_set_small(words: list[_Word]) -> list[_Word]:
    """`words` with each footnote mark set as a superscript (small and raised) written as the
    text reader writes a superscript digit (``¹`` → ``(1)``, :func:`okot_audit.source.nfkc`):
    glued to the word it follows (``1.234`` ``¹`` → ``1.234(1)``: a figure's note, which the
    parser cuts where a footnote explains it), or, before a note's words (``¹ Inclusief …``), a
    word of their size on their line (``(1) Inclusief …``). Read apart, the mark was one more
    figure of its row (``1.234 1``), or a line of its own. PDFium gives the words in reading
    order, so the word a mark belongs to is its neighbour in `words`."""
    out: list[_Word] = []
    for index, word in enumerate(words):
        if len(word.text) <= 3 and (_MARK.fullmatch(word.text) or _LETTER_MARK.fullmatch(word.text)):
            # (a cheap look first: most words are longer)
            before = out[-1] if out else None
            after = words[index + 1] if index + 1 < len(words) else None
            letter = word.text.isalpha()  # (a letter marks a year — ``2023ᵃ`` —, not a figure: ``2ᵉ`` is an ordinal)
            if before is not None and (not letter or _YEAR_WORD.fullmatch(before.text)) and _raised_after(word, before, letter):
                out[-1] = _Word(f"{before.text}({word.text})", before.x0, word.x1, before.top, before.bottom, before.size)
                continue
            if after is not None and _raised_before(word, after):
                out.append(_Word(f"({word.text})", word.x0, word.x1, after.top, after.bottom, after.size))
                continue
        out.append(word)
    return out


def _raised_after(mark: _Word, word: _Word, letter: bool = False) -> bool:
    """Whether `mark` is a superscript right after `word` (touching it, smaller, raised). A
    letter after a year (`letter`) may stand up to half the year's font size apart, as far as a
    note's mark before its words may (:func:`_raised_before`): a word processor sets a space
    before it as often as not, and no other raised small letter follows a year."""
    gap = mark.x0 - word.x1
    return (
        mark.size <= _MARK_SIZE * word.size and (abs(gap) <= mark.size / 3 or (letter and 0 <= gap <= 0.5 * word.size))
        and word.bottom - mark.bottom >= _MARK_RAISE * word.size and mark.bottom > word.top
    )


def _raised_before(mark: _Word, word: _Word) -> bool:
    """Whether `mark` is a superscript right before `word` (a note's mark: up to a space apart)."""
    return (
        mark.size <= _MARK_SIZE * word.size and 0 <= word.x0 - mark.x1 <= 0.5 * word.size
        and word.bottom - mark.bottom >= _MARK_RAISE * word.size and mark.bottom > word.top
    )


def _page_rules(page, turn: _Turn, pdfium_c) -> list[tuple[float, float, float]]:
    rules = []
    height = turn.frame_height
    for obj in page.get_objects(max_depth=3):
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        left, bottom, right, top = obj.get_bounds()
        if turn.angle:
            left, bottom, right, top = turn.box(left, bottom, right, top)
        if right - left < 5:
            continue
        if top - bottom < 2.5:
            rules.append((height - (top + bottom) / 2, left, right))
        else:  # a cell's box (or a shaded row): its top and bottom edges
            rules.append((height - top, left, right))
            rules.append((height - bottom, left, right))
    return rules


def _no_pages(data: bytes, pdfium_c) -> bool:
    """Whether PDFium reads the PDF in `data` as a document that has no pages: pypdfium2 refuses
    one as failing to load ("Failed to load document"), with PDFium's last error as the reason —
    "Success" in a fresh process, in a long one whatever failed before (PDFium sets no error on a
    load that works). Asked only after pypdfium2 refused `data`."""
    document = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    if not document:
        return False
    try:
        return pdfium_c.FPDF_GetPageCount(document) < 1
    finally:
        pdfium_c.FPDF_CloseDocument(document)


def _pdf_error(path: str, exc: Exception) -> InputError:
    detail = " ".join(str(exc).split())[:120].rstrip(".") or type(exc).__name__  # (in brackets: no full stop)
    if "password" in detail.lower() or "encrypt" in detail.lower() or "security" in detail.lower():
        return InputError(path, "the PDF is encrypted (password-protected); save an unprotected copy and give that",
                          dutch="de PDF is versleuteld (met wachtwoord); bewaar een onbeveiligde kopie en geef die")
    return InputError(path, f"not a readable PDF (damaged or incomplete: {detail})",
                      dutch=f"geen leesbare PDF (beschadigd of onvolledig: {detail})")


def _is_cell(text: str) -> bool:
    return _FIGURE.match(text) is not None or BLANK_MARK.fullmatch(text) is not None


#: The narrowest gutter between a page's two columns of text, in font sizes.
GUTTER = 1.5
#: How many lines two columns of text run side by side, at least, the left one prose.
COLUMN_LINES = 5
#: A line of prose has this many words at least.
PROSE_WORDS = 4


def _columns_apart(
    words: list[_Word], rules: list[tuple[float, float, float]],
) -> tuple[list[_Word], list[tuple[float, float, float]]]:
    """A page set in two columns — prose on the left, a table (or more prose) on the right,
    side by side — as the page would be read: the left column's lines, then the right's. Read
    across, a line of prose and a table's row stood on one visual line, and no row was read.

    The gutter is a band at least :data:`GUTTER` font sizes wide that no word crosses over a run
    of :data:`COLUMN_LINES` lines or more, with text on both sides; left of it prose — each line
    a run of :data:`PROSE_WORDS` words or more set a space apart, filling the column (its lines
    end at its right edge, within a fifth of its width, as wrapped text does) — and right of it
    lines that begin with a word, not a figure (a table's labels, or prose). A table's own
    columns never make one: its labels end where they end, and figures follow them. The right
    column's words (and rules) are moved below the left column's, the words below both further
    down; nothing else changes. Only lines with such a gap are looked at, so a page without one
    costs a pass over its words. (Text an extractor laid out is cut at the same gutter, line by
    line: :func:`okot_audit.read.layout.columns_in_order`.)"""
    if len(words) < 2 * COLUMN_LINES * PROSE_WORDS:
        return words, rules
    lines: list[list[_Word]] = []
    for word in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        middle = (word.top + word.bottom) / 2
        if lines and abs(middle - (lines[-1][0].top + lines[-1][0].bottom) / 2) <= word.size / 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w.x0)
    best = page_gutter(lines)
    if best is None:
        return words, rules
    x, first, last = best
    run = [w for line in lines[first:last] for w in line]
    left_bottom = max(w.bottom for w in run if w.x1 <= x)
    right = [w for w in run if w.x0 >= x]
    top, bottom = min(w.top for w in right), max(w.bottom for w in right)
    size = statistics.median(w.size for w in run)
    down = left_bottom - top + 2 * size  # the right column below the left one
    span_bottom = max(w.bottom for w in run)
    below = max(0.0, bottom + down + 2 * size - span_bottom)  # what stands below both, below it
    moved = {id(w) for w in right}
    out = []
    for w in words:
        shift = down if id(w) in moved else below if (w.top + w.bottom) / 2 > span_bottom else 0.0
        out.append(w if not shift else _Word(w.text, w.x0, w.x1, w.top + shift, w.bottom + shift, w.size, w.parts))
    span_top = min(w.top for w in run)
    turned_rules = []
    for y, x0, x1 in rules:
        shift = (down if x0 >= x - size and span_top - size <= y <= span_bottom + size
                 else below if y > span_bottom + size else 0.0)
        turned_rules.append((y + shift, x0, x1))
    return out, turned_rules


def page_gutter(lines: list[list[_Word]]) -> tuple[float, int, int] | None:
    """The gutter between a page's two columns of text (see :func:`_columns_apart`) in `lines`
    (each line's words, left to right): its x, and the first and the end (exclusive) index of
    the lines it runs through, the longest run; or None. Only lines with a wide gap next to a
    run of prose words are looked at for where it may run."""
    candidates: set[float] = set()
    for line in lines:  # a wide gap between prose and a line's words: where a gutter may run
        for at in range(1, len(line)):
            a, b = line[at - 1], line[at]
            if b.x0 - a.x1 >= GUTTER * a.size and not _is_cell(b.text) and (  # (a figure after it: a table's gap)
                (at >= PROSE_WORDS and _prose_run(line[:at]))
                or (len(line) - at >= PROSE_WORDS and not _is_cell(line[0].text) and _prose_run(line[at:]))
            ):
                candidates.add(round((a.x1 + b.x0) / 2))
    best: tuple[int, float, int, int] | None = None  # (lines, gutter, first, last)
    for x in sorted(candidates):
        start = None
        for at in range(len(lines) + 1):
            free = at < len(lines) and _gutter_at(lines[at], x)
            if free and start is None:
                start = at
            if not free and start is not None:
                if _two_columns(lines[start:at], x) and (best is None or at - start > best[0]):
                    best = (at - start, x, start, at)
                start = None
    return None if best is None else best[1:]


def _gutter_at(line: list[_Word], x: float) -> bool:
    """Whether `x` falls outside the words of `line` (left to right), or in a gap between two of
    them wider than a cell gap — never in the space between two words (a ragged column's line
    may end closer to the gutter than the :data:`GUTTER` its widest lines leave)."""
    if x <= line[0].x0 or x >= line[-1].x1:
        return True
    for a, b in zip(line, line[1:]):
        if a.x1 <= x <= b.x0:
            return b.x0 - a.x1 > CELL_GAP * b.size
    return False


def _prose_run(words: list[_Word]) -> bool:
    """Words of prose: :data:`PROSE_WORDS` or more, each a space from the next (no cell gap), or
    spaced all alike (justified)."""
    return len(words) >= PROSE_WORDS and (
        all(b.x0 - a.x1 <= CELL_GAP * b.size for a, b in zip(words, words[1:])) or _justified(words))


def _two_columns(run: list[list[_Word]], x: float) -> bool:
    """Whether the lines `run` are two columns either side of `x` (see :func:`_columns_apart`)."""
    if len(run) < COLUMN_LINES:
        return False
    lefts = [[w for w in line if w.x1 <= x] for line in run]
    rights = [[w for w in line if w.x0 >= x] for line in run]
    if sum(1 for a, b in zip(lefts, rights) if a and b) < COLUMN_LINES:
        return False
    return _prose_column(lefts, rights) or _prose_column(rights, lefts)


def _prose_column(sides: list[list[_Word]], others: list[list[_Word]]) -> bool:
    """Whether `sides` (each line's words on one side of a gutter) are a column of prose —
    three in four of its lines prose, :data:`COLUMN_LINES` at least, two in three of them
    ending within a fifth of the column's width from its right edge, a third of them after the
    first going on with a small letter — and `others` (the other side's) begin with a word on
    two in three of their lines."""
    prose = [a for a in sides if a and _prose_run(a)]
    if len(prose) < COLUMN_LINES or len(prose) * 4 < 3 * sum(1 for a in sides if a):
        return False
    start = min(a[0].x0 for a in prose)
    edge = max(a[-1].x1 for a in prose)
    filled = sum(1 for a in prose if edge - a[-1].x1 <= (edge - start) / 5)
    worded = sum(1 for b in others if b and not _is_cell(b[0].text))
    # Wrapped text goes on mid-sentence: a third of its lines at least begin with a small letter,
    # where a table's labels of many words (``Graduaat in de orthopedagogie …  zorg  118``) each
    # begin the row with a capital.
    running = sum(1 for a in prose[1:] if a[0].text[:1].islower())
    return (filled * 3 >= 2 * len(prose) and worded * 3 >= 2 * sum(1 for b in others if b)
            and running * 3 >= len(prose) - 1)


def _visual_lines(page: int, words: list[_Word]) -> list[_Line]:
    """Words grouped into lines by their vertical middle, left to right; chunks split at cell gaps."""
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        middle = (word.top + word.bottom) / 2
        if lines:
            last = lines[-1]
            last_middle = (last.words[0].top + last.words[0].bottom) / 2
            if abs(middle - last_middle) <= word.size / 3:
                last.words.append(word)
                continue
        lines.append(_Line(page, [word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        line.chunks = _chunks(line.words)
    for at, line in enumerate(lines):
        if _justified(line.words) and _names_columns(line, lines[at + 1: at + 4]):
            line.chunks = _chunks(line.words, justified=False)
        elif len(line.chunks) > 1 and _spread_prose(line.words) and not _names_columns(line, lines[at + 1: at + 4]):
            line.chunks = [_Chunk(list(line.words))]
    _split_at_columns(lines)
    _split_at_label_edge(lines)
    from okot_audit.read.names_under import mark_names_under_periods

    mark_names_under_periods(lines)
    return lines


def _split_at_label_edge(lines: list[_Line]) -> None:
    """Split, in place, a table row's first cell where one of its words starts at the left edge
    of the words on the line right above or below it (a wrapped label's other line, in the
    label's column): a block's cell just as wide as its name sets the name one space from the
    label's line beside it (``Oost-Vlaanderen sec verkort   42   24`` under ``apotheekassistent
    module 5``) — two cells, the block's and the label's, not one cell wider than its column
    (which would shift the row's cells off the header's columns). Only a line with a figure
    after its first cell is looked at, and only a line of words (no figure) as its neighbour: a
    line without a letter (a page's number between dashes ``- 2 -``, a bracketed ``(10)`` alone
    over the row) is no line of a label, and the label's words keep their order."""
    for at, line in enumerate(lines):
        if len(line.chunks) < 2 or len(line.chunks[0].words) < 2 or not any(c.figure for c in line.chunks[1:]):
            continue
        first = line.chunks[0]
        slack = ALIGN_SLACK * line.size
        for other in lines[max(at - 1, 0): at] + lines[at + 1: at + 2]:
            if other.page != line.page or abs(other.top - line.top) > 2 * line.size or other.chunks[0].figure:
                continue
            edge = other.chunks[0].x0
            if edge <= first.x0 + slack or edge >= first.x1 or _LETTER.search(other.chunks[0].text) is None:
                continue
            cut = next((k for k, w in enumerate(first.words[1:], 1) if abs(w.x0 - edge) <= slack), None)
            if cut is not None and _names_column_at(lines, at, edge, slack, other):
                line.chunks[:1] = [_Chunk(first.words[:cut]), _Chunk(first.words[cut:])]
                break


def _names_column_at(lines: list[_Line], at: int, edge: float, slack: float, other: _Line) -> bool:
    """Whether a cell of words on another line of line `at`'s page than it and `other` starts at
    `edge` (within `slack`): a column of the table's names (the header's ``Opleiding``, a row's
    name), where `other`, a line of words beside the row, may be a wrapped name's line. A line whose
    words start where none does (``xx``, a sector's name set in, right above a row whose name
    wraps, at one of its words) is no line of a name, and cuts none. Looks at the page's lines
    only (the lines stand in page order)."""
    page = lines[at].page
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(lines) and lines[k].page == page:
            if lines[k] is not other and any(abs(c.x0 - edge) <= slack and not c.figure for c in lines[k].chunks):
                return True
            k += step
    return False


def _justified(words: list[_Word]) -> bool:
    """Whether a line's gaps are stretched all alike, as justified prose's are, and its words
    are mostly not figures."""
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    if len(gaps) < 3 or max(gaps) > 1.35 * min(gaps) + 0.5:
        return False
    return sum(1 for w in words if _is_cell(w.text)) * 2 < len(words)


#: How many words a line of prose has at least, to be told from a table's row by its gaps alone.
SPREAD_PROSE_WORDS = 8


def _spread_prose(words: list[_Word]) -> bool:
    """Whether a line is justified prose whose gaps a character grid rounded to one space or two
    (``pdftotext -layout``: ``diploma  behaalde.  Zo  werden in``): :data:`SPREAD_PROSE_WORDS` words
    or more, mostly no figures, every gap two characters at most, some one and some two. A
    table's cells stand further apart, or its words are figures."""
    if len(words) < SPREAD_PROSE_WORDS:
        return False
    gaps = [(b.x0 - a.x1) / b.size for a, b in zip(words, words[1:])]
    if max(gaps) > 0.8 or min(gaps) > 0.5:
        return False
    return sum(1 for w in words if _is_cell(w.text)) * 4 < len(words)


def _names_columns(line: _Line, below: list[_Line]) -> bool:
    """Whether `line`, which looks justified, is a row of column names: an autofit table (each
    column as wide as its content plus the same padding) spaces its header's names alike, as
    justified prose spaces words. Split at its cell gaps, every cell after its first stands over
    a count of its own in the lines just below (within a few font sizes) — which a sentence over
    a table, whose words run across the columns, does not. One name of four or more may stand
    over none: a column blank in the rows below it (the header repeated on a later page over
    its one row, ``Jaar   Antwerpen   Limburg …`` over ``2019            55       32 …``)."""
    split = _chunks(line.words, justified=False)
    if len(split) < 3:
        return False
    near = [b for b in below if b.page == line.page and b.top - line.bottom <= 4 * line.size]
    slack = line.size / 2

    def under(name: _Chunk, chunk: _Chunk) -> bool:
        return chunk.x0 < name.x1 + slack and chunk.x1 > name.x0 - slack

    blank = 0  # names over no count
    for name in split[1:]:
        over = [[c for c in b.chunks if c.figure and under(name, c)] for b in near]
        if any(len(cells) > 1 for cells in over):
            return False  # a line's figures of two columns under it
        if not any(_PERIOD_LABEL.match(c.text) is None for cells in over for c in cells):
            blank += 1  # no count under it (a period label's line below is no proof: a line of
            # month names over their years is read as the header's, cell by cell)
            if blank > 1 or len(split) < 5:
                return False
    for b in near:  # nor a figure under two names
        if any(sum(under(name, c) for name in split[1:]) > 1 for c in b.chunks if c.figure):
            return False
    return True


#: A figure that may be a period label (``2023``, ``2022*``, ``2019-2020``), no proof of a count.
_PERIOD_LABEL = re.compile("^" + period_pattern(space=r"\s?", end="digits", stars=r"\*{0,3}") + "$")


def _chunks(words: list[_Word], justified: bool = True) -> list[_Chunk]:
    """Split a line at gaps wider than a cell gap — unless it is justified prose, whose gaps
    are stretched all alike (and whose words are mostly not figures); `justified` False: split
    it all the same (a header's names spaced alike, :func:`_names_columns`)."""
    if justified and _justified(words):
        return [_Chunk(list(words))]
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    chunks = [_Chunk([words[0]])]
    for word, gap in zip(words[1:], gaps):
        if gap > CELL_GAP * word.size:
            chunks.append(_Chunk([word]))
        else:
            chunks[-1].words.append(word)
    return [_spaced_thousands(chunk) for chunk in chunks]


#: The two words of a count whose thousands a space sets apart (``1 102``, as Dutch and French
#: print them): one to three digits, then three.
_THOUSANDS_HEAD = re.compile(r"\d{1,3}")
_THOUSANDS_TAIL = re.compile(r"\d{3}")


def _spaced_thousands(chunk: _Chunk) -> _Chunk:
    """A cell that holds one count with spaced thousands (``1 102``: two words no farther
    apart than a space, nothing else in the cell) as the one figure ``1.102``. Two cells stand
    a cell gap apart, so such a pair is never two figures of a row."""
    if len(chunk.words) != 2:
        return chunk
    head, tail = chunk.words
    if not (_THOUSANDS_HEAD.fullmatch(head.text) and _THOUSANDS_TAIL.fullmatch(tail.text)):
        return chunk
    return _Chunk([_Word(f"{head.text}.{tail.text}", head.x0, tail.x1, min(head.top, tail.top),
                         max(head.bottom, tail.bottom), head.size, (head, tail))])


#: How far (in font sizes) a figure's right edge, centre or left edge may stand from those of
#: a column's figures for it to stand in that column (a space is about 0.28).
ALIGN_SLACK = 0.25
#: How many lines above and below a line are looked at for its table's columns.
COLUMN_REACH = 15
#: A chunk of more words than this is left as it is (never split by columns).
MAX_SPLIT_WORDS = 40
#: A cell's figure as one word holds it: a count (``12``, ``1.472``) or a count withheld behind
#: its bound (``<5``, ``≤4``).
_COUNT_WORD = re.compile(r"^(?:\d{1,3}(?:\.\d{3})+|\d+|[<>\u2264\u2265]\d{1,2})$")


def _split_at_columns(lines: list[_Line]) -> None:
    """Split, in place, a table line's chunk that holds cells of several columns: where the
    gap between two cells is no wider than a space (a tight autofit table; pdfplumber's layout
    text sets a full label cell one space from the first figure), the words of two cells make
    one chunk (``Gestarte cursisten 4.398``, ``118 1 220``, ``195 290``, the last read as one
    count with spaced thousands).

    The columns are where the figures of the lines around it stand (a cell of one figure,
    not its line's first; a period label over them too): a column is the figures that overlap
    horizontally, and a figure stands in it when it overlaps no other column and its right
    edge, centre or left edge lines up with one of theirs (:data:`ALIGN_SLACK`), all of the
    chunk's figures alike. A chunk's trailing counts are read as the figures of distinct
    columns, left to right, where each of them stands in one (a count with spaced thousands,
    ``1 220``, is one figure when its two words stand in one column and not each in its own);
    the words before them stay the label, and the first count after a label's word may stand
    off its column's line where it starts right of every label (:meth:`_Columns.of`). The
    reading with the most cells wins; where no count stands in a column, the chunk is kept.
    Only lines with two cells or more are looked at, so prose is never split, and a year after
    a word (``januari 2020``) is never taken from it: a period label's own words. The columns
    come from the chunks as found, before any line is split."""
    split: list[tuple[_Line, list[_Chunk]]] = []  # set once all are read: columns from the chunks as found
    for at, line in enumerate(lines):
        if len(line.chunks) < 2 or not any(_glued(chunk) for chunk in line.chunks):
            continue
        columns: _Columns | None = None
        chunks: list[_Chunk] = []
        for chunk in line.chunks:
            if _glued(chunk):
                if columns is None:
                    columns = _columns_near(lines, at)
                chunks.extend(_split_chunk(chunk, columns))
            else:
                chunks.append(chunk)
        if len(chunks) > len(line.chunks):
            split.append((line, chunks))
    for line, chunks in split:
        line.chunks = chunks


def _expanded(chunk: _Chunk) -> list[_Word]:
    """The chunk's words, a count with spaced thousands as the two words it was joined from."""
    return [part for word in chunk.words for part in (word.parts or (word,))]


def _glued(chunk: _Chunk) -> bool:
    """Whether a chunk may hold a count glued to the word before it (a label's or a figure's)."""
    if len(chunk.words) == 1:
        return bool(chunk.words[0].parts)
    return len(chunk.words) <= MAX_SPLIT_WORDS and any(_COUNT_WORD.match(w.text) for w in chunk.words[1:])


@dataclass
class _Columns:
    """The columns of a table around a line: per column, the spans (x0, x1) of its one-figure
    cells, and where its figures reach (lo, hi); `labels` where the rows' labels end at most."""

    spans: list[list[tuple[float, float]]]
    bounds: list[tuple[float, float]]
    labels: float

    def of(self, x0: float, x1: float, slack: float, loose: bool = False) -> tuple[int, int] | None:
        """The column a figure spanning x0..x1 stands in, and how it lines up there (a mask of
        :data:`RIGHT`, :data:`CENTRE`, :data:`LEFT`): it overlaps that column's figures and no
        other column's, and its right edge, centre or left edge lines up (within `slack`)
        with one of theirs — or, `loose`, it starts right of every label and reaches the first
        column that reaches beyond its start (a figure a full label cell leaves one space
        before, which an extractor may push off its column's line). None when it stands in
        no column."""
        bounds = self.bounds
        if loose and x0 > self.labels:
            column = next((k for k, (_, hi) in enumerate(bounds) if hi > x0), None)
            if column is None or x1 < bounds[column][0] - slack:
                return None  # apart from the column: no figure pushed off its line
            if column + 1 < len(bounds) and x1 > bounds[column + 1][0]:
                return None
            return column, RIGHT | CENTRE | LEFT
        hits = [k for k, (lo, hi) in enumerate(bounds) if x0 < hi and x1 > lo]
        if len(hits) != 1:
            return None
        column = hits[0]
        modes = 0
        for a0, a1 in self.spans[column]:
            modes |= ((RIGHT if abs(x1 - a1) <= slack else 0) | (CENTRE if abs(x0 + x1 - a0 - a1) <= 2 * slack else 0)
                      | (LEFT if abs(x0 - a0) <= slack else 0))
        return (column, modes) if modes else None


#: How a figure lines up with its column's figures: right edges, centres, left edges.
RIGHT, CENTRE, LEFT = 1, 2, 4


#: A header's cell that names a column: a period (``2019``, ``2019-2020``, ``juli 2019``,
#: ``2022*``) or a column's word.
_COLUMN_HEAD = re.compile(
    r"^(?:(?:[^\W\d_]{3,9}\.?\s)?" + period_pattern(space=r"\s?", end="digits") + r"(?:\*{0,3}|\(\d{1,2}\))|aantal|totaal|som)$", re.I,
)


def _heads_columns(line: _Line) -> bool:
    """Whether `line` is a table's header: a cell after its first names a column, and no cell
    holds a count."""
    return any(_COLUMN_HEAD.match(c.text) for c in line.chunks[1:]) and not any(
        c.figure and not _PERIOD_LABEL.match(c.text) for c in line.chunks)


def _columns_near(lines: list[_Line], at: int) -> _Columns:
    """The columns of the table around line `at`: the one-figure cells (not a line's first) of
    the lines within :data:`COLUMN_REACH` of it — its table's own: from its header on, and
    up to the next table's — grouped where they overlap, left to right; and where those lines'
    labels end (their first cell's last word that is no count). (The columns of the table
    above the header would split a label's own number, ``modules 1- 4``, from the label where
    it happens to stand in one of them.)"""
    spans: list[tuple[float, float]] = []
    labels = float("-inf")
    lo, hi = max(0, at - COLUMN_REACH), min(len(lines), at + COLUMN_REACH + 1)
    lo = next((j for j in range(at - 1, lo - 1, -1) if _heads_columns(lines[j])), lo)
    hi = next((j for j in range(at + 1, hi) if _heads_columns(lines[j])), hi)
    for line in lines[lo:hi]:
        if line is lines[at] or len(line.chunks) < 2:
            continue
        label = next((w for w in reversed(line.chunks[0].words) if not _COUNT_WORD.match(w.text)), None)
        if label is not None:
            labels = max(labels, label.x1)
        spans.extend((c.x0, c.x1) for c in line.chunks[1:]
                     if len(c.words) == 1 and not c.words[0].parts and _FIGURE.match(c.words[0].text))
    spans.sort()
    columns: list[list[tuple[float, float]]] = []
    bounds: list[tuple[float, float]] = []
    for span in spans:
        if columns and span[0] < bounds[-1][1]:
            columns[-1].append(span)
            bounds[-1] = (bounds[-1][0], max(bounds[-1][1], span[1]))
        else:
            columns.append([span])
            bounds.append(span)
    return _Columns(columns, bounds, labels)


def _split_chunk(chunk: _Chunk, columns: _Columns) -> list[_Chunk]:
    """`chunk` split into its label and the figures of the columns its trailing counts stand
    in (see :func:`_split_at_columns`), or ``[chunk]``."""
    words = _expanded(chunk)
    if not columns.spans or len(words) > MAX_SPLIT_WORDS:
        return [chunk]
    tail = len(words)
    while tail and _COUNT_WORD.match(words[tail - 1].text):
        tail -= 1
    if tail == len(words) or age_class(chunk.text):
        return [chunk]  # (an age class's age is its name's, no count: ``jonger dan 25``, ``van 18 tot 24``)
    slack = ALIGN_SLACK * words[0].size
    best: tuple[int, int, list[list[_Word]]] | None = None  # (cells, where the figures start, figures)
    # the figures start at the first count, or at the next after a word a label's own number
    # follows (``modules 1- 4``: a hyphen, a dash or a slash) — never in a chunk of counts alone
    numbered = 0 < tail < len(words) and words[tail - 1].text[-1:] in "-\u2013\u2014/"
    for start in range(tail, tail + 2 if numbered else tail + 1):
        if start == tail and start and _PERIOD_LABEL.match(words[start].text):
            continue  # a year after a word is the period label's own (``januari 2020``)
        # right after a label's word (not one a number follows), a figure may stand off its
        # column's line, as long as it starts right of every label and touches the column
        loose = start > 0 and not numbered
        figures = _figures(words[start:], columns, slack, loose)
        if figures is None:
            continue
        count = (1 if start else 0) + len(figures)
        if best is None or count > best[0]:
            best = (count, start, figures)
    if best is None or best[0] < 2:
        return [chunk]
    _, start, figures = best
    out = [_Chunk(words[:start])] if start else []
    return out + [_spaced_thousands(_Chunk(group)) for group in figures]


def _figures(words: list[_Word], columns: _Columns, slack: float, loose: bool) -> list[list[_Word]] | None:
    """The most figures `words` (counts) make, each a word or a count with spaced thousands
    (``1`` ``220``), each standing in a column right of the one before (the first `loose`ly:
    :meth:`_Columns.of`), all lined up alike (right-aligned, centred or left-aligned, as a
    table sets its figures: ``1 389 328`` is no ``1`` lined up at its left and ``389 328``
    centred); None if they cannot."""
    # best[i]: per (length of the last figure, how all line up) the most figures words[:i] make,
    # with the column of the last one
    State = tuple[int, int, list[list[_Word]]]
    best: list[dict[tuple[int, int], State]] = [{} for _ in range(len(words) + 1)]
    best[0][(0, RIGHT | CENTRE | LEFT)] = (0, -1, [])
    for end in range(1, len(words) + 1):
        for length in (1, 2):
            begin = end - length
            if begin < 0 or not best[begin]:
                continue
            group = words[begin:end]
            if length == 2 and not (
                    _THOUSANDS_HEAD.fullmatch(group[0].text) and _THOUSANDS_TAIL.fullmatch(group[1].text)):
                continue  # two words are one figure only as a count with spaced thousands
            found = columns.of(group[0].x0, group[-1].x1, slack, loose and begin == 0)
            if found is None:
                continue
            column, modes = found
            for (_, aligned), (count, last, groups) in best[begin].items():
                key = (length, aligned & modes)
                if column > last and key[1] and (key not in best[end] or best[end][key][0] < count + 1):
                    best[end][key] = (count + 1, column, groups + [group])
    if not best[-1]:
        return None
    return max(best[-1].values(), key=lambda state: state[0])[2]


_TABLE_LINE = TABLE_LINE


def _running_key(line: _Line) -> str:
    return re.sub(r"\d+", "#", " ".join(line.text.lower().split()))


def _drop_running_lines(pages: list[list[_Line]]) -> None:
    """Remove running headers and footers and lone page numbers, in place.

    A running line stands among the top or bottom :data:`MARGIN_LINES` of a page, apart from
    the text next to it (more than a font size away: a wrapped label's last line, even a lone
    figure, at the foot of a page is content; so is a figure alone right under a page's first
    row, :func:`_under_row`) and from any line on its margin's side that recurs nowhere else (a
    name's first line at a page's foot, right over its row's figures), and it is a lone page number or its text
    (digits aside) recurs there on at least half the pages (two at least) and nowhere else;
    a table's header row repeated at the top of every page it runs over is kept (its columns
    go on in the lines below it), and so is one at the foot of a page, over the table's first
    row, repeated at the top of the next; and a table's row at the foot of a page, its last cell
    in a column of the lines above it, unless it is a footer that dates the paper
    (:func:`_dated_footer`, ``Zitting 2023``). A line of a row's shape (:func:`_row_shaped`: one table
    row on every page, ``908001 Bachelor in het onderwijs 12 13``) is a running line only where
    a count of it numbers the pages (:func:`_numbers_pages`) or it fits no table
    (:func:`_fits_columns`). A lone number right under a table's last row, not apart from it,
    is the page's number where it stands at the same place on several pages, one more on each
    (:func:`_page_number_series`), or is its page's index under a filled figure cell.
    """
    counted = [p for p in pages if p]
    seen: dict[str, int] = {}
    inside: set[str] = set()
    margins = [lines[:MARGIN_LINES] + lines[MARGIN_LINES:][-MARGIN_LINES:] for lines in pages]
    for lines in counted:
        margin = set(map(id, lines[:MARGIN_LINES] + lines[-MARGIN_LINES:]))
        for key in {_running_key(line) for line in lines if id(line) in margin}:
            seen[key] = seen.get(key, 0) + 1
        inside.update(_running_key(line) for line in lines if id(line) not in margin)
    need = max(2, (len(counted) + 1) // 2)
    numbered = _page_number_series(pages, need)
    paged: dict[str, bool] = {}  # a row-shaped running line's key: whether a figure of it numbers the pages
    cells: list[tuple[float, float, int, str, int]] = []  # (:func:`_fits_columns`)
    for index, lines in enumerate(pages):
        drop = set()
        for at, line in enumerate(lines):
            top = at < MARGIN_LINES
            if not top and at < len(lines) - MARGIN_LINES:
                continue
            neighbour = lines[at + 1] if top and at + 1 < len(lines) else lines[at - 1] if not top and at else None
            apart = neighbour is None or (
                neighbour.top - line.bottom if top else line.top - neighbour.bottom
            ) > max(line.size, neighbour.size)
            under_row = top and at > 0 and at - 1 not in drop and _under_row(line, lines[at - 1])
            if (_own_page_number(line.text.strip(), index + 1, apart and not under_row) or id(line) in numbered or (
                    at >= len(lines) - MARGIN_LINES and at and _page_number_under_full_row(line, lines[at - 1], index + 1)
            )) and not (top and at and _header_cell_wrapped(line, lines[at - 1])):
                drop.add(at)
                continue
            if not apart:  # running lines stand in the page's margin, apart from the text
                continue
            inward = lines[at - 1] if top and at else lines[at + 1] if not top and at + 1 < len(lines) else None
            if inward is not None and (
                    line.top - inward.bottom if top else inward.top - line.bottom) <= max(line.size, inward.size) and (
                    seen.get(_running_key(inward), 0) < need or _running_key(inward) in inside):
                continue  # (text right beside it on the margin's side, itself no running line: content — a
                # wrapped name's first line at a page's foot over its row, recurring at the next page's top)
            key = _running_key(line)
            if _TABLE_LINE.match(line.text):
                continue  # a total or a coded row at the foot of two pages is content
            if seen.get(key, 0) < need or key in inside:
                continue
            if _row_shaped(line):  # a table's row, unless a count of it numbers the pages or it fits no table
                if _numbers_pages(key, margins, paged) or not _fits_columns(line, key, pages, cells, index):
                    drop.add(at)
            elif not _table_header(line, lines, at) and not (
                    not top and _table_row(line, lines, at) and not _dated_footer(line, key, margins)):
                drop.add(at)
        pages[index] = [line for at, line in enumerate(lines) if at not in drop]


def _dated_footer(line: _Line, key: str, margins: list[list[_Line]]) -> bool:
    """Whether `line` (of running `key`, at a page's foot) is a running footer that dates the
    paper, though its year stands in a column of the table above (``Zitting  2023`` under a
    table's last column): its figures are all periods' labels (no count), and it is printed the
    same, digits and all, wherever its key stands in the pages' `margins`, the last page's too.
    A table's row at the foot of each page holds a count; a table's header at a page's foot
    stands over a row (:func:`_table_header`), or over the rows of the next page — never at the
    foot of the last page, with no rows after it."""
    figures = [c.text for c in line.chunks if c.figure]
    if not figures or not all(_PERIOD_LABEL.match(text) for text in figures):
        return False
    text = " ".join(line.text.split())
    same = [" ".join(other.text.split()) == text for lines in margins for other in lines if _running_key(other) == key]
    last = next((lines for lines in reversed(margins) if lines), [])
    return all(same) and any(" ".join(other.text.split()) == text for other in last)


def _row_shaped(line: _Line) -> bool:
    """Whether `line` has a table row's shape: a label (words, or a training's code and its
    name: a letter in it) and after it cells of figures only, one a count at least (``908001
    Bachelor in het onderwijs 12 13``, ``Vlaams Parlement 3``). Such a line repeated in every
    page's margin is a table's row (one row on each page, or the same row again) unless one of
    its figures numbers the pages (:func:`_numbers_pages`)."""
    chunks = line.chunks
    end = len(chunks)
    while end and chunks[end - 1].figure:
        end -= 1
    return 0 < end < len(chunks) and any(_LETTER.search(c.text) for c in chunks[:end]) and any(
        NUMBER.fullmatch(c.text) and not _PERIOD_LABEL.match(c.text) for c in chunks[end:])


_LETTER = re.compile(r"[^\W\d_]")


def _numbers_pages(key: str, margins: list[list[_Line]], known: dict[str, bool]) -> bool:
    """Whether the lines of running `key` in the pages' `margins` hold a page's number: a count
    (a period's label aside) at the same place among theirs, on each page its index plus one
    same offset (``Vlaams Parlement 3`` on page 3, ``… 4`` on page 4) — three pages at least
    unless it is the index itself —, the others the same on every page (``Schriftelijke vraag
    512 2``). A row repeated, or one row's name with other figures, makes no such series.
    `known` holds the keys decided."""
    if key not in known:
        found: list[tuple[int, list[str]]] = []
        for index, lines in enumerate(margins):
            for line in lines:
                if _running_key(line) == key:
                    found.append((index, [c.text for c in line.chunks if c.figure and not _PERIOD_LABEL.match(c.text)]))
        widths = {len(counts) for _, counts in found}
        known[key] = False
        if len(found) >= 2 and len(widths) == 1:
            for at in range(min(widths)):
                offsets = {int(counts[at]) - index if counts[at].isdigit() else None for index, counts in found}
                if len(offsets) == 1 and None not in offsets and (len(found) >= 3 or offsets == {1}) and all(
                        len({counts[other] for _, counts in found}) == 1 for other in range(min(widths)) if other != at):
                    known[key] = True
    return known[key]


def _fits_columns(
    line: _Line, key: str, pages: list[list[_Line]], cells: list[tuple[float, float, int, str, int]], page: int,
) -> bool:
    """Whether the row-shaped `line` (of running `key`) is a table's row: it opens with a
    training's code; or each of its figures stands in a column of the other lines' cells (a
    header's, another row's: not the lines of `key`) on any page, or it has as many figures as
    such a line has cells after its first, all figures or periods (text an extractor laid out
    sets each page on a grid of its own); or no other line has cells (its figures are the
    document's only ones: never lost without a word). The columns are its own `page`'s where
    that page has others (text an extractor laid out sets each page on a grid of its own, so
    another page's columns stand elsewhere). A running line's number beside the columns (``VDAB
    Vlaams Parlement  12`` under a table of two periods) fits none.
    `cells` caches the pages' lines' cells but the first: their place, how many such their line
    holds when all are figures (else 0), the line's key and its page's index."""
    if _CODE_START.match(line.text):
        return True
    if not cells:
        for number, lines in enumerate(pages):
            for other in lines:
                if len(other.chunks) > 1:
                    rest = other.chunks[1:]
                    width = len(rest) if all(c.figure for c in rest) else 0
                    cells.extend((c.x0, c.x1, width, _running_key(other), number) for c in rest)
        cells.append((0.0, 0.0, 0, "", -1))  # (decided: an empty list is no cache)
    others = [(x0, x1, width) for x0, x1, width, of, _ in cells if of != key and x1 > x0]
    own = [(x0, x1, width) for x0, x1, width, of, at in cells if of != key and x1 > x0 and at == page]
    figures = [c for c in line.chunks if c.figure]
    slack = line.size
    return not others or any(width == len(figures) for _, _, width in others) or all(
        any(x0 < c.x1 + slack and c.x0 < x1 + slack for x0, x1, _ in own or others) for c in figures)


#: A lone number on a line: what a page's number alone prints.
_LONE_NUMBER = re.compile(r"^\d{1,4}$")


def _page_number_series(pages: list[list[_Line]], need: int) -> set[int]:
    """The ids of the lines that number the pages without saying so (a number alone), not
    apart from the text: a lone number at the same place among the first or the last lines of
    `need` pages or more (two at least), each its page's index plus one same offset (``1`` at
    the foot of page 1 right under a table's last column, ``2`` under it on page 2). A figure
    that wraps under a row repeats neither its place nor a page's count so."""
    lone: list[tuple[int, _Line, int, set[int], int | None]] = []
    for index, lines in enumerate(pages):
        for at in sorted({*range(min(MARGIN_LINES, len(lines))), *range(max(0, len(lines) - MARGIN_LINES), len(lines))}):
            line = lines[at]
            if len(line.chunks) == 1 and _LONE_NUMBER.match(line.chunks[0].text):
                # its place: its rank from the page's top, or from its foot (text laid out by an
                # extractor holds its lines' order on a page, not their height)
                ranks = {at} if at < MARGIN_LINES else set()
                if at >= len(lines) - MARGIN_LINES:
                    ranks.add(at - len(lines))
                # and its column: the cell (counted from the right) of the line next to it that it
                # stands under or over (an extractor sets each page's columns on a grid of its own)
                next_to = lines[at - 1] if at and at >= len(lines) - MARGIN_LINES else lines[at + 1] if at + 1 < len(lines) else None
                number = line.chunks[0]
                column = next((k - len(next_to.chunks) for k, c in enumerate(next_to.chunks)
                               if c.x0 < number.x1 and number.x0 < c.x1), None) if next_to else None
                lone.append((index, line, int(number.text) - index, ranks, column))
    found: set[int] = set()
    for index, line, offset, ranks, column in lone:
        slack, number = line.size, line.chunks[0]
        pages_with = {other for other, match, shift, place, under in lone if shift == offset
                      and (abs(match.top - line.top) <= 2 * slack or place & ranks) and (
                          match.chunks[0].x0 < number.x1 + slack and number.x0 < match.chunks[0].x1 + slack
                          or column is not None and under == column)}
        if len(pages_with) >= need:
            found.add(id(line))
    return found


def _page_number_under_full_row(line: _Line, above: _Line, page: int) -> bool:
    """Whether `line`, among a page's last, is its page's number alone (``3`` on page 3) standing
    under a figure of the row right above it: that row's cell in its column is filled, so the
    number is none of that row's figures (wrapped onto a line of its own), and a row it is not
    (it has no label)."""
    if len(line.chunks) != 1 or not _LONE_NUMBER.match(line.chunks[0].text) or int(line.chunks[0].text) != page:
        return False
    number = line.chunks[0]
    return len(above.chunks) > 1 and any(
        c.figure and c.x0 < number.x1 and number.x0 < c.x1 for c in above.chunks[1:])


def _under_row(line: _Line, above: _Line) -> bool:
    """Whether `line`, among a page's first, stands right under a table's row (no line's gap
    between them; :func:`_row_shaped`: the page's first row, ``Professionele bijkomende 2 -  39
    26``): a figure alone there is a piece of that row (its label's wrapped range end, ``3``), as
    at the foot of a page, never the page's number, though the text below it stands apart."""
    return line.top - above.bottom <= max(line.size, above.size) and _row_shaped(above)


def _header_cell_wrapped(line: _Line, above: _Line) -> bool:
    """Whether `line`, a figure alone near a page's top, is the last piece of a header cell of
    the line right above it (no line's gap between them), wrapped in its cell (``september`` /
    ``2021``): it stands under a cell of that line other than its first — the column it names —
    and is that header's, never a page number (a page number in the margin stands apart)."""
    if line.top - above.bottom > max(line.size, above.size) or len(above.chunks) < 2:
        return False
    figure = line.chunks[0]
    return any(head.x0 < figure.x1 and head.x1 > figure.x0 for head in above.chunks[1:])


def _own_page_number(text: str, page: int, apart: bool) -> bool:
    """Whether `text`, a line among a page's first or last, is a lone page number: apart from
    the text next to it, any (``3``); right under (or over) a table's row — an extractor may
    print the footer on the line after the row's, as ``pdftotext -layout`` does on a turned page
    — only one that says it is a page number (:func:`~okot_audit.patterns.page_mark`) and is this
    `page`'s (``1/2`` on page 1), never a figure alone (a wrapped row's last figure at the foot of
    a page is content)."""
    mark = page_mark(text)
    if mark is None:
        return False
    return apart or (mark.says and mark.number == page)




def _table_row(line: _Line, lines: list[_Line], at: int) -> bool:
    """A table's row at the foot of a page (``Onbekend 54``, its text but the figures the same as
    another page's last row) is content, not a running footer: it has cells, and its last cell
    stands in a column of a line just above."""
    if len(line.chunks) < 2:
        return False
    last = line.chunks[-1]
    return any(
        chunk is not above.chunks[0] and chunk.x0 < last.x1 and chunk.x1 > last.x0
        for above in lines[max(0, at - 3):at] for chunk in above.chunks
    )


def _table_header(line: _Line, lines: list[_Line], at: int) -> bool:
    """A table's header row repeated on every page (at its top, or at the foot of the page the
    table starts on) is content, not a running line: it has cells, and a line just below has a
    cell (not its first) under one of its cells."""
    if len(line.chunks) < 2:
        return False
    heads = line.chunks[1:]
    for below in lines[at + 1: at + 4]:
        for chunk in below.chunks:
            for head in heads:
                if abs(chunk.x0 - head.x0) <= 2.0 or (chunk.x0 < head.x1 and chunk.x1 > head.x0):
                    return True
    return False


def _has_rule_between(rules: list[tuple[float, float, float]], above: _Line, below: _Line) -> bool:
    lo, hi = above.bottom - 1.0, below.top + 1.0
    left = min(below.chunks[0].x0, above.chunks[0].x0)
    right = max(c.x1 for c in below.chunks + above.chunks)
    first_cell = (max(below.chunks[0].x0, above.chunks[0].x0) + 1.0)
    for y, x0, x1 in rules:
        if lo <= y <= hi and x0 < right and x1 > left and x0 <= first_cell <= x1 or (lo <= y <= hi and x0 <= left + 1 and x1 >= right - 1):
            return True
    return False


def _rule_above_in_column(rules: list[tuple[float, float, float]], group: list[_Line], line: _Line) -> bool:
    """Whether a rule stands between `line` and the last line of `group` in `line`'s first
    column (the last whose cells overlap its first cell), where that is not the group's last
    line: a cell that spans the rows (a province's name centred beside its block's rows, ``…
    module`` / ``Vlaams-Brabant`` / ``Educatieve …``) prints its line across the rule that
    closes the cell above — the rule stands between no two lines that follow each other."""
    if not rules:
        return False
    first = line.chunks[0]
    for member in reversed(group):
        if any(c.x0 < first.x1 and c.x1 > first.x0 for c in member.chunks):
            return member is not group[-1] and _has_rule_between(rules, member, line)
    return False


def _fits(line: _Line, table: list[_Line]) -> bool:
    """A one-cell line fits a row when it lies within one column of the row's table lines: it
    overlaps no cell of theirs except ones aligned with it as the lines of one cell are — at
    the left, or (a right-aligned or centred cell: a period label wrapped as ``september`` /
    ``2017``) at the right or the centre — and those stand in one column. Prose, which runs on
    under the figures, does not fit."""
    chunk = line.chunks[0]
    slack = line.size
    overlapped = []
    for other in table:
        for cell in other.chunks:
            if chunk.x0 < cell.x1 and chunk.x1 > cell.x0:
                if _label_under_count(chunk, cell, slack):
                    return False
                if not _lined_up(chunk, cell, slack):
                    return False
                overlapped.append(cell)
    return all(a.x0 < b.x1 and b.x0 < a.x1 for a in overlapped for b in overlapped)


def _lined_up(chunk: _Chunk, cell: _Chunk, slack: float) -> bool:
    """Whether `chunk` and `cell` line up as the lines of one cell do: at the left, or (a
    right-aligned or centred cell) at the right or the centre, within `slack`."""
    return abs(cell.x0 - chunk.x0) <= slack or abs(cell.x1 - chunk.x1) <= slack \
        or abs(cell.x0 + cell.x1 - chunk.x0 - chunk.x1) <= 2 * slack


def _label_under_count(chunk: _Chunk, cell: _Chunk, slack: float) -> bool:
    """Whether `chunk`, words, is a label's line that runs on from left of the count `cell` into
    its column (laid-out text sets a long name past the figures' place: ``614836: … 2de`` /
    ``9`` / ``jaar apotheekassistent modules 1- 4``, its range's end under the ``9``): no
    line of the count's cell, whatever its edge lines up with — a count's cell holds no words."""
    return cell.figure and not chunk.figure and chunk.x0 < cell.x0 - slack and _COUNT_WORD.match(cell.text) is not None \
        and not _PERIOD_LABEL.match(cell.text)


def _same_column_figures(a: _Line, b: _Line) -> bool:
    figures_a = [c for c in a.chunks[1:] if c.figure] + [c for c in a.chunks[:1] if c.figure]
    for chunk in (c for c in b.chunks if c.figure):
        for other in figures_a:
            if chunk.x0 < other.x1 and chunk.x1 > other.x0:
                return True
    return False


def _figures_no_name_holds(line: _Line) -> bool:
    """Whether `line` holds figures alone, that no name's line holds: two figures or more (``120
    130``, ``2 3``), or one that no name's own number is (:data:`COUNT_NO_NAME_HOLDS`: ``120``, a
    count with spaced thousands ``1 102``) — not all years (``2022 2023``: periods), no word
    beside them. Under a row that holds its counts, such a line is no line of its name wherever it
    stands (at the label's left, where ``pdftotext -layout`` may set it): figures below the rows,
    a total without its label or a row that lost its own, which the reader says
    (:mod:`okot_audit.parse.unread`), never run into a name."""
    words = [part.text for w in line.words for part in (w.parts or (w,))]
    if not words or not all(_COUNT_WORD.match(w) and w[:1].isdigit() and not _CODE_START.match(w) for w in words):
        return False  # (a training code alone, ``908001``, a code column's cell: no figure)
    if all(YEAR.fullmatch(w) for w in words):
        return False
    return len(words) >= 2 or COUNT_NO_NAME_HOLDS.fullmatch(words[0]) is not None


def _figures_at(line: _Line, left: float) -> bool:
    """Whether `line` is one cell of figures alone that no name's line holds (:func:`_figures_no_name_holds`)
    standing where a label column starts at `left`, or left of it: in no column of figures."""
    return len(line.chunks) == 1 and line.chunks[0].x0 <= left + line.size and _figures_no_name_holds(line)


def _header_goes_on(group: list[_Line], line: _Line) -> bool:
    """Whether `line`, period labels alone (``2024``), goes on with the header `group` above
    it — lines that hold period labels and no count, a cell among them wrapped in its narrow
    column (``1e`` / ``semester`` / ``2024``): its period's last line, no row. A footnote mark
    alone among them is a cell's too, wrapped below its period (``2022-2023`` / ``*``, the
    cells set to the bottom: the other periods on the mark's line), and so is the closing
    bracket of its note (``2022-2023`` / ``(voorlopig`` / ``)``)."""
    return all((c.figure and _PERIOD_LABEL.match(c.text)) or _MARK_ALONE.fullmatch(c.text) for c in line.chunks) and any(
        c.figure for c in line.chunks) and not any(
        _counts(m) for m in group) and any(_PERIOD_LABEL.match(c.text) for m in group for c in m.chunks)


#: A footnote mark alone in a chunk (``*``, ``**``), or the closing bracket of a period's note
#: that its narrow cell wrapped (``2022-2023`` / ``(voorlopig`` / ``)``).
_MARK_ALONE = re.compile(r"\*{1,3}|\)")


def _has_count(line: _Line, label: float) -> bool:
    """Whether `line` holds a figure right of the label column that starts at `label` (a
    count, not a label's own digit on a line of its own)."""
    return any((c.figure or count_and_share(c)) and c.x0 > label + line.size for c in line.chunks)


#: A cell that holds a share or a decimal (``62,5``, ``27,7%``, ``27,7 %``), a negative number
#: (``-4``) or a range (``30-35``): a value, no count — but one a row prints on its own line, as
#: its counts. An amount of money (``€ 1.234,56``, ``1.234,50 EUR``, ``12.345,00``) is one too.
_SHARE = re.compile(r"[+\-\u2212]?\d+(?:[.,]\d+)?\s?%|[+\-\u2212]?\d+,\d+|" + NEGATIVE.pattern + "|" + RANGE.pattern
                    + r"|\u20ac\s?\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d{1,3}(?:\.\d{3})*(?:,\d+)?\s?(?:\u20ac|EUR|eur|euro)"
                    + r"|\d{1,3}(?:\.\d{3})+,\d+")


def _has_shares(line: _Line, label: float) -> bool:
    """Whether `line` holds a share, a decimal, a negative number or a range right of the label column
    that starts at `label`: its values stand on that line, as a row's counts do."""
    return any(c.x0 > label + line.size and _SHARE.fullmatch(c.text) for c in line.chunks)


def _row_under_header(header: _Line, line: _Line, left: float) -> bool:
    """Whether `line` is a row of its own under `header`, a line of column names without
    figures that starts in the row's first column (at `left`, where the row's lines start):
    `line` starts in the header's first column and every figure after its first cell
    stands under one of the header's other cells — or, under a header whose first cell is
    empty, its label stands left of every name and its counts under them. Either its first cell is a figure (a period,
    ``2020``, under ``Jaar  Antwerpen  Limburg  Totaal``) with figures under two of the names at
    least, or it is a label with nothing but figures beside it (``-25 jaar  120`` under
    ``Leeftijd  Aantal``, ``Antwerpen  120  80  200`` under ``Provincie  Mannen  Vrouwen  Totaal``)
    — whose label may hold digits, so no figure rule tells it from the header. (A header whose
    labels wrap, ``oktober`` / ``2017``, has nothing in its first column on the second line; a
    label wrapped over two lines has no column names beside its first.)"""
    names = header.chunks[1:]
    if not line.chunks or any(c.figure for c in header.chunks):
        return False
    near = line.size  # a figure set right of its column's name, or left, by a character
    first = line.chunks[0]
    if not first.figure and first.x1 + near < header.chunks[0].x0 and len(header.chunks) >= 2 and _counts(line):
        # a header whose first cell is empty, every cell a column's name (``Man  Vrouw  Totaal``
        # over ``Gestart  148  700  848``): the line's label stands left of them all
        names = header.chunks
    elif not names or header.chunks[0].x0 > left + line.size:
        return False  # (or the middle line of header cells wrapped over three: ``Schooljaar`` / ``2019-`` / ``2020``)
    elif abs(first.x0 - header.chunks[0].x0) > line.size:
        return False
    figures = [c for c in line.chunks[1:] if c.figure]
    held = [[c for c in figures if c.x0 < h.x1 + near and c.x1 > h.x0 - near] for h in names]
    under = sum(1 for c in figures if any(c in cs for cs in held))
    # a figure between two names, one of which no other figure stands under: its column's, set
    # a few characters off by an extractor's grid (``5`` right of ``55+ jaar`` over ``39``)
    under += sum(1 for c in figures if not any(c in cs for cs in held) and any(
        a.x1 <= c.x0 and c.x1 <= b.x0 and (not held[k] or not held[k + 1])
        for k, (a, b) in enumerate(zip(names, names[1:]))))
    if first.figure:  # (a period under names of any length: ``55 jaar en ouder``, ``Brussels Hoofdstedelijk Gewest``)
        return len(names) >= 2 and under >= 2
    if any(len(c.words) > 3 and not _MARKED_PERIOD.match(c.text) and not (len(c.words) <= 7 and age_class(c.text))
           and sum(1 for f in figures if f.x0 < c.x1 + near and f.x1 > c.x0 - near) < 2 for c in names):
        return False  # column names over a row's label are a word or three each (or two set a space
        # apart, one chunk over two columns' figures: ``-25 jaar 25-54 jaar``), or an age class
        # in words (``jonger dan 25 jaar``, ``van 25 tot en met 49 jaar``)
    return under >= 1 and under == len(figures) == len(line.chunks) - 1


#: A period's label with its footnote's mark, one column's name however many words it takes
#: (``2022 - 2023 (a)``, ``2022 - 2023 a``: a school year spaced around its dash, a letter set apart).
_MARKED_PERIOD = re.compile(
    "^" + period_pattern(dashes=PERIOD_DASHES, space=r"\s?", end="digits") + r"(?:\*{0,3}|\s?\([a-z\d]{1,2}\)|\s?[a-z])$")


#: A block's closing line that names its block (``Subtotaal zorg``, ``Totaal Antwerpen``), not
#: broken at a hyphen (``Totaal West-`` / ``Vlaanderen``).
#: A closing line that names its block: ``Subtotaal zorg``, or the name first as a pivot table
#: prints it (``Zorg Subtotaal``, ``Antwerpen Totaal``).
_NAMED_TOTAL = re.compile(r"^(?:(?:sub|eind|tussen)?totaal\s+\S.*[^\s-]|[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?\s+(?:sub)?totaal)$", re.I)
#: A block's name alone on a line: one to three words, the first with a capital.
_BLOCK_NAME = re.compile(r"^[A-Z][^\W\d_]*(?:[ -][^\W\d_]+){0,2}$")


def _block_name_after_total(group: list[_Line], line: _Line) -> bool:
    """Whether `line` is the name of the next block (``Onderwijs``), standing under a closing
    line that names its own block and holds its figures (``Subtotaal zorg  77  80``): that
    line's label is whole, and the name heads the rows below (text laid out without the space
    between rows: ``pdftotext -layout``)."""
    first = group[0]
    return (
        len(line.chunks) == 1 and _BLOCK_NAME.match(line.chunks[0].text) is not None
        and _NAMED_TOTAL.match(first.chunks[0].text) is not None and any(c.figure for m in group for c in m.chunks)
    )


def _title_over_header(group: list[_Line], line: _Line) -> bool:
    """Whether `group` ends in a table's title with its period (``Instroom  2022``: words in
    the first cell, period labels alone after it; the group's only line of cells) and `line`, right under it, a header of its
    own in the same first column — a name begun with a capital (``Opleiding``), then only names
    of the column of counts (``Aantal``), each under one of the title's periods: the title's
    period heads the column below it, and the header is none of the title's cells' wrapped
    lines (a first cell's next line goes on in lower case; a period's next line stands under
    it with the first cell empty). Joined, neither was a header (``Instroom Opleiding  2022 Aantal``)."""
    title = group[-1]
    periods = title.chunks[1:]
    if not periods or any(m.tabular for m in group[:-1]) or title.chunks[0].figure or not all(
            c.figure and _PERIOD_LABEL.match(c.text) for c in periods):
        return False
    first, names = line.chunks[0], line.chunks[1:]
    return (
        bool(names) and not first.figure and first.text[:1].isupper() and abs(first.x0 - title.chunks[0].x0) <= line.size
        and all(COUNT_COLUMN.fullmatch(" ".join(c.text.split())) and any(
            c.x0 < p.x1 and c.x1 > p.x0 for p in periods) for c in names)
    )


def _block_name_under_header(group: list[_Line], line: _Line) -> bool:
    """Whether `line` is the first block's name (``Zorg``) right under the table's header — the
    group's lines hold its period labels and no count: the name heads the rows below it and is
    none of the header's words."""
    return (
        len(line.chunks) == 1 and " ".join(line.chunks[0].text.split()).lower() in SECTORS
        and any(_PERIOD_LABEL.match(c.text) for m in group for c in m.chunks) and not any(_counts(m) for m in group)
    )


def _sector_heads(group: list[_Line], line: _Line) -> bool:
    """Whether `group` is a sector's name alone (``Onderwijs``, with its capital) and `line` a
    row's line with its counts whose name begins anew, with a capital (``Hoger individueel
    module  53``): the sector's name heads the block's rows, no line of the row's name (text
    laid out without the space between rows: ``pdftotext -layout``). A name's next line in
    lower case goes on with it (``Logistiek`` / ``assistent  15``), and so does a name's last
    word in lower case (``in de`` / ``zorg``)."""
    name = " ".join(group[0].chunks[0].text.split())
    return (
        len(group) == 1 and len(group[0].chunks) == 1 and name[:1].isupper() and name.lower() in SECTORS
        and _counts(line) and line.chunks[0].text[:1].isupper()
    )


def _attribute_name(line: _Line) -> bool:
    """Whether `line` only names the attribute of the category rows below it (``Geslacht``,
    ``Scholingsniveau``): the head of a block of a persons' profile, a line of its own."""
    return len(line.chunks) == 1 and ATTRIBUTE_NAME.match(line.chunks[0].text) is not None


def _counts(line: _Line) -> bool:
    """Whether `line` holds a count: a figure that is no period label."""
    return any(c.figure and not _PERIOD_LABEL.match(c.text) for c in line.chunks)


def _starts_row(line: _Line, left: float) -> bool:
    """A line whose label cell starts a row: a training code (in the first cell, wherever it
    stands — the province's cell before it may be empty on this line — or in the cell after a
    province's, or after any block cell's words when the code's own cell names its programme
    after it: ``en Brussel  236405: educ``, a place's name wrapped in its cell beside the rows —
    a code column's cell after the names holds the code alone), ``Totaal`` at the row's left
    (`left`: where the lines above start). A ``Totaal`` further right heads a total column, on
    a line of its own when the header's other cells wrap around it: it is no row."""
    chunks = line.chunks
    return bool(chunks) and (
        (_ROW_START.match(chunks[0].text) is not None and chunks[0].x0 <= left + line.size)
        or _CODE_START.match(chunks[0].text) is not None
        or (len(chunks) > 1 and _CODE_START.match(chunks[1].text) is not None
            and (_WHOLE_LABEL.fullmatch("".join(chunks[0].text.split())) is not None
                 or _CODE_NAMED.match(chunks[1].text) is not None))
    )


#: A header's first cell that numbers the table's rows (``Nr``, ``#``, ``Volgnr.``), and a row's
#: ordinal in that column (``1``, ``2.``).
_ROW_NUMBER_HEAD = re.compile(ROW_NUMBER_WORD, re.I)
_ORDINAL = re.compile(r"(\d{1,3})\.?")
#: How many lines may stand between two numbered rows (a name wrapped over lines, a block's
#: ``Totaal`` and the next block's name).
_ORDINAL_GAP = 8


#: A row-number column whose numbered rows ran to the foot of a page: where its numbers stand
#: (left and right end), the font size, and the number the next row would bear.
NumberColumn = tuple[float, float, float, int]


def _set_aside_row_numbers(lines: list[_Line], going_on: list[NumberColumn | None] | None = None) -> None:
    """Take out of `lines` (in place) each column that numbers a table's rows: under a header
    whose first cell is ``Nr``/``#``/``Volgnr.``/``Rang`` before the header's other cells — or
    is blank, the header's first word over the names —, in that column (left of the names), the
    ordinals 1, 2, 3, … (again from 1 in each block) before the rows' names. Such a number is no
    figure and no piece of a name: left in, it began the first row's name on the header's line
    (``Nr 1 Opleiding Graduaat verpleegkunde``) and broke the run of wrapped names. Only two
    numbered rows or more, in order, make such a column (a ``1`` alone proves nothing); a line
    that is its ordinal alone keeps it (no row without a cell).

    `going_on` carries a column whose numbered rows run to the page's foot to the next page
    (:func:`lay_out_pages`): there, with no header of its own, the numbers that go on in order
    from the next one expected (``4``, ``5``), in the column where the numbers stood, are set
    aside as well — the numbers going on are the evidence."""
    carried = going_on[0] if going_on else None
    if going_on:
        going_on[0] = None
    _numbered_under_headers(lines, going_on)
    if carried is None:
        return
    lo, hi, size, expected = carried
    found, ended = _ordinals_going_on(lines, 0, expected, lambda first, line: (
        lo - size <= first.x0 and first.x1 <= hi + size and line.chunks[1].x0 > first.x1 + size / 2))
    # (the names beside the numbers start in one column)
    if found and all(abs(line.chunks[1].x0 - found[0].chunks[1].x0) <= size for line in found):
        _carry_on(found, ended, size, going_on if going_on and going_on[0] is None else None)
        _take_first(found)


def _numbered_under_headers(lines: list[_Line], going_on: list[NumberColumn | None] | None) -> None:
    """:func:`_set_aside_row_numbers` under the headers of `lines`."""
    ordinals = [at for at, line in enumerate(lines)
                if len(line.chunks) > 1 and len(line.chunks[0].text) <= 4 and _ORDINAL.fullmatch(line.chunks[0].text)]
    if len(ordinals) < 2:
        return
    for at, header in enumerate(lines):
        chunks = header.chunks
        if len(chunks) < 2 or chunks[0].figure:
            continue
        near = bisect.bisect_right(ordinals, at)
        if near == len(ordinals) or ordinals[near] - at > _ORDINAL_GAP + 1:
            continue  # (no numbered row right below)
        named = len(chunks[0].text) <= 10 and _ROW_NUMBER_HEAD.fullmatch(chunks[0].text) is not None
        if named and chunks[1].figure:
            continue
        if not named and not any(_PERIOD_LABEL.match(c.text) for c in chunks[1:]):
            continue  # (a blank first cell: only a header of periods, no indented prose over a numbered list)
        head, size = chunks[0], header.size
        names = chunks[1] if named else chunks[0]  # (where the names start)

        def placed(first: _Chunk, line: _Line) -> bool:
            return first.x1 < names.x0 and (named or not first.text.endswith(".")) and (
                head.x0 - size <= first.x1 and first.x0 <= head.x1 + size if named
                else abs(line.chunks[1].x0 - names.x0) <= size)

        found, ended = _ordinals_going_on(lines, at + 1, None if named else 1, placed)
        if len(found) < 2:
            continue
        _carry_on(found, ended, size, going_on)
        _take_first([header, *found] if named else found)


def _ordinals_going_on(
    lines: list[_Line], start: int, expected: int | None, placed: Callable[[_Chunk, _Line], bool],
) -> tuple[list[_Line], bool]:
    """The lines from `start` on whose first chunk is a row's ordinal where `placed` says the
    column stands, in order from `expected` (from the first found where None: under a header
    repeated on a later page the numbers go on, ``4``, ``5``; again from 1 in a new block), no
    more than :data:`_ORDINAL_GAP` lines apart; and whether they went on to the page's foot
    (no number out of order, no gap too wide ended them)."""
    found: list[_Line] = []
    since = 0
    for line in lines[start:]:
        if since > _ORDINAL_GAP:
            return found, False
        first = line.chunks[0] if len(line.chunks) > 1 else None
        match = _ORDINAL.fullmatch(first.text) if first is not None else None
        if match is None or first is None or not placed(first, line):
            since += 1
            continue
        number = int(match.group(1))
        if expected is None:
            expected = number
        if number != expected and not (number == 1 and expected > 2 and found):
            return found, False  # out of order: no numbering of rows (or its end)
        found.append(line)
        expected, since = number + 1, 0
    return found, True


def _take_first(lines: list[_Line]) -> None:
    """Take each line's first chunk (a row's number, the header's ``Nr``) out of it."""
    for line in lines:
        gone = line.chunks.pop(0)
        line.words = [w for w in line.words if all(w is not g for g in gone.words)]


def _carry_on(found: list[_Line], ended: bool, size: float, going_on: list[NumberColumn | None] | None) -> None:
    """Keep in `going_on`, for the next page, the column of the numbers `found` (each line's
    first chunk) where they ran to the page's foot (`ended`): where they stand, the next one."""
    if going_on is None or not ended or not found:
        return
    last = _ORDINAL.fullmatch(found[-1].chunks[0].text)
    if last is None:
        return
    going_on[0] = (min(line.chunks[0].x0 for line in found), max(line.chunks[0].x1 for line in found), size,
                   int(last.group(1)) + 1)


def _first_row_after(lines_by_page: list[list[_Line]], number: int) -> _Line | None:
    """The first line of the page after page `number` (1-based; its running lines dropped), or
    the line under it where it is a table's header repeated at the page's top: where a table's
    rows go on, the first of them."""
    if number >= len(lines_by_page):
        return None
    from okot_audit.read.pdf_wrapped import _header

    return next((line for line in lines_by_page[number][:2] if not _header(line, months=True)), None)


def _rows(
    lines: list[_Line], rules: list[tuple[float, float, float]], wrapped: dict[int, tuple[int, list[list[_Line]]]],
    after: _Line | None = None,
) -> list[list[_Line]]:
    """The page's lines grouped into table rows (one line each for prose); `wrapped`: where each
    run of an unruled table's rows whose labels wrap starts, where it ends and its rows
    (figures beside a name's last line or centred: :mod:`okot_audit.read.pdf_wrapped`);
    `after`: the first row of the next page (:func:`_first_row_after`) — a block's head printed
    last on the page (``55+ jaar``, the page break before its rows) heads the rows there, no
    line of the row above it."""
    from okot_audit.read.pdf_wrapped import periods_wrapped_above

    groups: list[list[_Line]] = []
    current: list[_Line] = []
    notes: list[BracketedNotes] = []  # (the page's footnotes, looked through where a mark asks)
    skip = 0
    for at, line in enumerate(lines):
        if at < skip:
            continue
        if at in wrapped:
            if current:
                groups.extend(_settle(current))
            skip, rows = wrapped[at]
            groups.extend(rows)
            current = []
            continue
        below = lines[at + 1] if at + 1 < len(lines) else None
        if below is not None and heads_block(lines, at, _counts) or (
                below is None and after is not None and current and heads_block([line, after], 0, _counts)):
            groups.extend(_settle(current))
            groups.append([line])  # (a block's head: a line of its own, see read.heads)
            current = []
            continue
        if current and _caption_after_total(current, line, below):
            groups.extend(_settle(current))
            current = [line]
            continue
        if current and _caption_under_row(current, line, below):
            groups.extend(_settle(current))
            if figures_note(line.chunks[0].text):
                current = [line]  # (its words wrapped in its cell go on it: _joins)
                continue
            groups.append([line])  # (a line of its own: no row's label)
            current = []
            continue
        if line.names_under:
            groups.extend(_settle(current) if current else ())
            groups.append(lines[at:at + line.names_under])  # (the names under each period: the header's second row)
            skip, current = at + line.names_under, []
            continue
        if _lone_number(lines, at, notes):
            groups.extend(_settle(current) if current else ())
            groups.append([line])  # (``- 2 -``: a line of its own, no piece of a row's cells — said by the table)
            current = []
            continue
        if len(line.chunks) == 1 and CONTINUATION_CAPTION.fullmatch(line.chunks[0].text.strip()):
            groups.extend(_settle(current) if current else ())
            groups.append([line])  # (``Tabel 1 (vervolg)``: its table's caption, no line of the row below's name)
            current = []
            continue
        if current and (_joins(current, line, rules) or _header_cell_apart(lines, at, current, rules)):
            current.append(line)
            continue
        if len(current) == 1 and current[0] is lines[at - 1] and periods_wrapped_above(lines, at, rules):
            current.append(line)  # (a header's line of periods under its first cell and the wrapped periods set higher)
            continue
        if len(line.chunks) == 1 and line.chunks[0].words[0].parts and _figures_no_name_holds(line):
            # (the line above it — a wrapped run's last, too — or below it starts where it does: figures
            # alone in a label column, said as printed, :mod:`~okot_audit.parse.unread`)
            near = (current or (groups[-1] if groups else []))[:1] + ([below] if below is not None else [])
            if any(m.chunks and line.chunks[0].x0 <= m.chunks[0].x0 + line.size for m in near):
                _thousands_apart(line)
        if current:
            groups.extend(_settle(current))
        current = [line]
    if current:
        groups.extend(_settle(current))
    return groups


def _periods_after_words(line: _Line) -> tuple[list[str], list[str]]:
    """The words of `line` before the period labels it ends in, and those labels (a total
    column's word among them, ``Totaal``, no period)."""
    words = [w.text for w in line.words]
    k = len(words)
    while k and (_PERIOD_LABEL.match(words[k - 1]) or words[k - 1].lower() == "totaal"):
        k -= 1
    return words[:k], [w for w in words[k:] if _PERIOD_LABEL.match(w)]


def _header_over_header(upper: _Line, lower: _Line) -> bool:
    """Whether `upper` and `lower`, one right below the other, are two lines of periods (two at least
    each, no count), `lower` with the words of a header's first cell before its own (``2022 2023``,
    or ``Opleiding 2021 2022 Totaal`` / ``Opleiding  2021  2022``): two headers, never one — the
    header is the line the rows stand under, with its words (:mod:`okot_audit.parse.regions`: the
    line above is said, never read as the table's periods)."""
    if _counts(upper) or _counts(lower):
        return False
    above, periods_above = _periods_after_words(upper)
    words, periods = _periods_after_words(lower)
    return (len(periods_above) >= 2 and len(periods) >= 2 and bool(words)
            and not any(ch.isdigit() for w in above + words for ch in w))


def _measures_over_periods(upper: _Line, lower: _Line) -> bool:
    """Whether `upper` names what each run of the periods on `lower`, the line right below it,
    counts (``Onderwijsniveau  Gestarte cursisten  Geslaagde cursisten`` over ``2022  2023  2024
    2022  2023  2024``, each name centred over its run, as laid-out text sets a cell spanning
    columns): the header's two rows, never one row of cells wrapped — joined by column, a name
    would go with the period under its middle (``Gestarte cursisten 2023``). `upper`: its first
    cell's words and two names at least, no figure; `lower`: periods alone, no count, their run
    printed once per name, in the same order each time, each name's middle over its own run."""
    names = upper.chunks[1:]
    if len(names) < 2 or _counts(lower) or any(ch.isdigit() for c in upper.chunks for ch in c.text):
        return False
    labels = [c for c in lower.chunks if _PERIOD_LABEL.match(c.words[0].text)]
    if len(labels) < 2 * len(names) or len(labels) % len(names) or len(labels) != len(
            [c for c in lower.chunks if not c.text.startswith("(")]):
        return False  # (periods alone, a period's words in brackets beside it aside: ``2024 (jan-jun)``)
    size = len(labels) // len(names)
    runs = [labels[i * size:(i + 1) * size] for i in range(len(names))]
    if any([c.words[0].text for c in run] != [c.words[0].text for c in runs[0]] for run in runs) or len(
            {c.words[0].text for c in runs[0]}) != size:
        return False
    return all(run[0].x0 - upper.size <= (name.x0 + name.x1) / 2 <= run[-1].x1 + upper.size
               and name.x0 >= upper.chunks[0].x1 for name, run in zip(names, runs))


def _thousands_apart(line: _Line) -> None:
    """`line`, one cell of figures alone in a label column (:func:`_figures_no_name_holds`), with a
    pair of words read as one count with spaced thousands (``120 130``: :func:`_spaced_thousands`)
    set back apart: such a count is a cell of a figures' column; in the label column no place says
    the pair is one figure, and the line is said as printed, two figures."""
    line.chunks = [_Chunk(list(c.words[0].parts)) if c.words[0].parts else c for c in line.chunks]


def _lone_number(lines: list[_Line], at: int, notes: list[BracketedNotes] | None = None) -> bool:
    """Whether ``lines[at]`` is a number set between dashes or in brackets that no name goes on
    from (:func:`~okot_audit.patterns.lone_page_number`: ``- 2 -``;
    :func:`~okot_audit.patterns.lone_bracketed_number`: ``(10)``): no line of a row's or a
    header's (a name's bracket holds words: ``(SLO)``) — but for a header's first cell's
    footnote mark (:func:`_header_cell_mark`). `notes`: the page's bracketed footnotes, once
    looked through (empty until then; None: looked through here if asked)."""
    words = lines[at].words
    if not words or (words[0].text[:1] not in _DASHES_FIRST and words[0].text[:1] != "("):
        return False
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    if lone_page_number(lines[at].text, below):
        return True
    return lone_bracketed_number(lines[at].text, below) and not _under_a_column(lines, at) and not _header_cell_mark(
        lines, at, [] if notes is None else notes)


def _header_cell_mark(lines: list[_Line], at: int, notes: list[BracketedNotes]) -> bool:
    """Whether ``lines[at]``, a number in brackets alone right under a header's line (a name,
    then periods) and under its first cell, is the mark of a footnote below it on the page
    (``Opleiding  2021  2022`` / ``(1)`` … ``(1) cijfers op 1 januari``): the first cell's mark
    wrapped in its cell — the header's, no stray number. A number no footnote opens with stays
    a lone number, said (``(10)``)."""
    if at == 0 or not _names_periods(lines[at - 1]):
        return False
    if not notes:
        notes.append(BracketedNotes([line.text for line in lines]))
    return notes[0].explain(lines[at].text, at)


def _under_a_column(lines: list[_Line], at: int) -> bool:
    """Whether ``lines[at]``, one cell, stands under a cell after the first of the line above it:
    a column's (a period's footnote mark wrapped in its cell, ``2022`` / ``(1)``), not the first
    column's."""
    if at == 0 or not lines[at].chunks or len(lines[at - 1].chunks) < 2:
        return False
    return lines[at].chunks[0].x1 > lines[at - 1].chunks[1].x0 - lines[at].size


_DASHES_FIRST = frozenset("-\u2013\u2014")


def _caption_after_total(group: list[_Line], line: _Line, below: _Line | None) -> bool:
    """Whether `line`, words alone under a table's total row (`group`), is the caption of the
    next table — the line below it that table's header of periods (``Totaal  1.100  1.105`` /
    ``Geslaagd`` / ``Provincie  2021  2022``) — not the total's label wrapped."""
    return (
        below is not None and len(line.chunks) == 1 and not line.tabular
        and _ROW_START.match(group[0].chunks[0].text) is not None and group[0].chunks[0].text[:1].isalpha()
        and any(_counts(m) for m in group) and not _counts(below)
        and sum(1 for c in below.chunks if _PERIOD_LABEL.match(c.text)) >= 1
    )


def _x_marks(line: _Line) -> bool:
    """Whether `line` is one cell of blank marks of x's alone (``xx``, :data:`X_MARKS_ALONE`)."""
    text = line.chunks[0].text
    return len(line.chunks) == 1 and text[:1] in "xX" and X_MARKS_ALONE.fullmatch(text) is not None


def _joins(group: list[_Line], line: _Line, rules) -> bool:
    last = group[-1]
    if line.top - last.bottom > ROW_GAP * max(line.size, last.size):
        return False
    if _starts_row(line, group[0].chunks[0].x0) or _has_rule_between(rules, last, line):
        return False
    if _rule_above_in_column(rules, group, line):
        return False  # a rule closes the cell above in `line`'s column (a spanning cell's line between: a province's)
    if NOTE_LINE.match(line.chunks[0].text):
        return False  # a note or the source right under a row (``Bron: VDAB.``) is no line of its label
    if _x_marks(line) or (len(group) == 1 and _x_marks(last)):
        return False  # ``xx`` alone under a row or over one: a blank cell's mark, no line of its label
    if len(group[0].chunks) == 1 and not group[0].tabular and (
            NOTE_LINE.match(group[0].chunks[0].text) or figures_note(group[0].chunks[0].text)):
        # nor the first line of the next row's label (``(*) cijfers tot 30 juni`` / ``Limburg  529``);
        # but the note's own words wrapped in its cell go on it
        return _note_goes_on(group[0], line)
    if _set_smaller(line, group[0]) or _set_smaller(group[0], line):
        return False  # a caption in a smaller font under a row (or above one) is no line of its label
    if len(line.chunks) == 1 and not line.tabular and figures_note(line.chunks[0].text) and _periods_alone(group) and (
            abs(line.chunks[0].x0 - group[0].chunks[0].x0) <= line.size or _under_label_cell(line, group[0])):
        # a note on the figures right under the header, at its left (``cijfers op 30 juni 2022``)
        # or under its first cell, no period's (``Leeftijdsklasse  2019-2020 …`` / ``(voorlopig)``):
        # no header's line (a period's own note wraps in its cell, under the period: ``(voorlopig)``)
        return False
    if any(_same_column_figures(member, line) for member in group):
        return False
    if _figures_no_name_holds(line) and (any(_counts(m) for m in group) or _figures_at(line, _label_left(group))):
        # (``… 3de jaar  30  20`` / ``120 130`` at the label's left: figures below the row, no line
        # of its name; under a header's first cell, no line of it)
        return False
    if _TOTAL_CELL.match(group[0].chunks[0].text) and any(_counts(m) for m in group) and len(line.chunks) == 1 and any(
            ch.isdigit() for ch in line.chunks[0].text) and line.chunks[0].x0 <= _label_left(group) + line.size:
        # (``Totaal  125  135`` / ``12``, ``3 maart 2024``, ``2022 2023`` at the left: a page's number, a
        # date, the next table's periods — no line of the total's words, which hold no figure)
        return False
    if len(group) == 1 and _header_over_header(group[0], line):
        return False  # (``2022 2023`` / ``Opleiding  2021  2022``: two lines of periods, the header the one with its words)
    if len(group) == 1 and _measures_over_periods(group[0], line):
        return False  # (``Onderwijsniveau  Gestarte cursisten  Geslaagde cursisten`` / ``2022  2023  2024  2022 …``: two rows)
    if len(group) == 1 and _figures_at(group[0], line.chunks[0].x0):
        return False  # (``120 130`` at the left over a header or a row: no line of its first cell — a number ends a name, never begins one)
    if _begins_province(line) and (_whole_label(group) and any(_counts(m) for m in group) or _periods_alone(group)):
        # a province's row is whole, and so is a header: a province's name broken in its cell
        # (``Oost-Vlaand`` / ``eren``, beside its figures centred between the two) begins the next row
        return False
    label = _label_left(group)
    if _has_count(line, label) and any(_has_count(member, label) for member in group) and not _header_goes_on(group, line):
        return False  # a row's counts stand on one line: two lines of counts are two rows
    if _rows_marked_in_turn(group, line, label):
        return False  # (``Vlaams-Brabant  <5  0`` / ``West-Vlaanderen  0  <5``: a withheld count's mark, no label's line)
    if _has_shares(line, label) and any(_has_count(m, label) or _has_shares(m, label) for m in group) and not _header_goes_on(
            group, line):  # (school years read as ranges: ``2019-2020``)
        return False  # a row of shares (``Aandeel vrouwen (%)  62,5  61,1``) below a row of counts: two rows
    left = min(m.chunks[0].x0 for m in group)
    if _row_under_header(last, line, left):
        return False
    # (the line of names that starts in the first column: under cells centred over three lines,
    # the pieces of names broken above it start further right, ``Oost-  Vlaams-`` / ``Jaar  Antwerpen …``)
    head = next((m for m in group if len(m.chunks) > 1 and abs(m.chunks[0].x0 - left) <= m.size), None) \
        or next((m for m in group if len(m.chunks) > 1), None)
    if head is not None and head is not last and not any(_counts(m) for m in group) and _row_under_header(
            head, line, min(c.x0 for m in group[group.index(head):] for c in m.chunks[:1])):
        return False  # a header whose names wrap (``Oost-Vlaand`` / ``eren``): its first line names the columns
    if _title_over_header(group, line):
        return False
    if _block_name_after_total(group, line) or _block_name_under_header(group, line) or _sector_heads(group, line):
        return False
    if (_attribute_name(line) and any(_counts(m) for m in group)) or (_attribute_name(last) and _counts(line)):
        return False  # an attribute's name heads its block of category rows: no row's label
    table = [m for m in group + [line] if m.tabular]
    if not table:  # no table line yet: one-cell lines aligned left may be a label's first lines,
        # and a line beside them (a province cell centred over its rows) may belong to the row
        chunk = line.chunks[0]
        beside = all(chunk.x1 <= c.x0 or chunk.x0 >= c.x1 for m in group for c in m.chunks)
        return beside or abs(chunk.x0 - group[0].chunks[0].x0) <= 1.0
    if line.tabular:
        return True  # _settle keeps only the one-cell lines before it that fit
    return _fits(line, table)


def _header_cell_apart(lines: list[_Line], at: int, group: list[_Line], rules) -> bool:
    """Whether ``lines[at]`` and the last line of `group` (the line above it) are a table's
    header line and a line of one of its cells wrapped over two, set to the top or the bottom of
    the header's row (``Subtotaal`` / ``2020-2021`` under or over ``Opleiding  2020  2021  …
    2022  Totaal``): farther apart than a row's lines, as the header's row is as high as its
    wrapped cell. The piece holds no count, and each of its cells stands in one column of the
    header after its first, lined up with that column's name as one cell's lines are; the two
    lines stand no farther apart than the lower stands from the line below it (a header's row is
    no more spread than its rows), no rule between them. A piece over the header's line joins it
    only where rules close the header's row above the piece and below the header: laid out alone,
    such a piece is a caption over the columns as well (``Aantal gestart`` over ``2022``) — but for
    a subtotal's word alone over a period's label (:func:`_subtotal_word_over_period`), no caption."""
    line, last = lines[at], group[-1]
    below = lines[at + 1] if at + 1 < len(lines) else None
    if below is None or _has_rule_between(rules, last, line) or line.top - last.bottom > below.top - line.bottom:
        return False
    if _names_periods(last):
        header, piece = last, line
    elif len(group) == 1 and at >= 2 and _names_periods(line) and (
            _has_rule_between(rules, lines[at - 2], last) and _has_rule_between(rules, line, below)
            or _subtotal_word_over_period(last, line)):
        header, piece = line, last
    else:
        return False
    if _counts(piece) or not piece.chunks:
        return False
    slack = piece.size
    for chunk in piece.chunks:
        over = [c for c in header.chunks if chunk.x0 < c.x1 and c.x0 < chunk.x1]
        if len(over) != 1 or over[0] is header.chunks[0] or chunk.x0 < header.chunks[0].x1:
            return False
        if not _lined_up(chunk, over[0], slack):
            return False
        if piece is line and _counts(below) and _names_under(over[0], chunk, below, slack):
            return False  # (a name's first line over its row's: ``Graduaat`` / ``Antwerpen  kleuteronderwijs  22  31``)
    return True


def _names_under(head: _Chunk, chunk: _Chunk, row: _Line, slack: float) -> bool:
    """Whether `row`, a line of counts right below the words `chunk` under the header's cell
    `head`, holds words in that column too, lined up with `chunk`, that start in lower case (a
    province's row, its name's last line beside it: ``Antwerpen  kleuteronderwijs  22  31``): no
    name opens in lower case, so `head` names a column of names and `chunk` is the first line of
    the row's name, no piece of the header's cell. A name that opens with a capital there is whole
    (``Antwerpen  Zorgkundige  14  7`` under ``Opleiding`` / ``Naam opleiding``)."""
    return not _PERIOD_LABEL.match(head.text) and any(
        not c.figure and c.text[:1].islower() and c.x0 < head.x1 and head.x0 < c.x1 and abs(c.x0 - chunk.x0) <= slack
        for c in row.chunks)


def _subtotal_word_over_period(piece: _Line, header: _Line) -> bool:
    """Whether `piece` is a subtotal's word alone (``Subtotaal``) standing over one period's label
    of `header` (``2020-2021``): the top line of the header's subtotal column (``Subtotaal
    2020-2021``), no caption over the columns — a caption names what they count, a subtotal's word
    names no count (the lines' alignment is :func:`_header_cell_apart`'s to weigh)."""
    if len(piece.chunks) != 1 or piece.chunks[0].text.strip().lower() not in SUBTOTAL_WORDS:
        return False
    chunk = piece.chunks[0]
    over = [c for c in header.chunks[1:] if chunk.x0 < c.x1 and c.x0 < chunk.x1]
    return len(over) == 1 and _PERIOD_LABEL.match(over[0].text) is not None


def _names_periods(line: _Line) -> bool:
    """Whether `line` is a table's header line: a name first, periods among the names after it,
    no count."""
    return len(line.chunks) >= 2 and not line.chunks[0].figure and not _counts(line) and any(
        _PERIOD_LABEL.match(c.text) for c in line.chunks[1:])


def _note_goes_on(note: _Line, line: _Line) -> bool:
    """Whether `line` goes on with the words of `note` (a note's first line, one cell: ``*
    zonder de cursisten die in een``), wrapped in its cell: one cell of words begun in lower case
    (``andere regio een opleiding`` / ``volgden``), no figure beside them, standing where the
    note's words do (at its left, or under its text past its mark). Such lines are the note's,
    never the first lines of the next row's name (``… volgden`` / ``Brussel  24  22``): a
    name begins with a capital."""
    chunk, start = line.chunks[0], note.chunks[0].x0
    return (
        len(line.chunks) == 1 and not line.tabular and not chunk.figure and chunk.text[:1].islower()
        and start - line.size <= chunk.x0 <= start + 3 * line.size
    )


def _under_label_cell(line: _Line, header: _Line) -> bool:
    """Whether `line`'s one cell stands under the first cell of `header` (a line of a label and
    periods), right of its start and left of the second cell: under no period."""
    chunk = line.chunks[0]
    return len(header.chunks) > 1 and header.chunks[0].x0 - line.size <= chunk.x0 and chunk.x1 < header.chunks[1].x0


#: How much smaller than a row's label a line of one cell is set, at most, to be a caption or a
#: note (a label wrapped in its cell keeps its font).
SMALLER = 0.85


#: A caption or note that reads as a sentence: a capital, three words or more, a full stop after
#: a word of three letters or more (no abbreviation: ``bv.``, ``incl.``).
_SENTENCE = re.compile(r"[A-Z][^\s.]*(?:\s+\S+){2,}[^\W\d_]{3}\.")
#: A row's label that is whole, never wrapped on over a line: a province's name as printed.
_WHOLE_LABEL = re.compile("|".join(re.escape(p) for p in PROVINCES) + r"\*{0,3}", re.I)


def _caption_under_row(group: list[_Line], line: _Line, below: _Line | None) -> bool:
    """Whether `line`, words alone (no figure) under a row that holds its counts (`group`), is a
    caption or a note the answer prints under that row (``cijfers tot eind juni``, ``Limburg:
    inclusief Voeren``, ``Deze cijfers zijn voorlopig.``) — neither that row's label's next line
    nor the next row's first: text that lost its fonts (``pdftotext -layout``) has no smaller
    size to say so. It is when it reads as a sentence (no label ends in a full stop), or when it
    stands between two whole labels (a province's name, which no word wraps onto: only its
    hyphen breaks it, ``Oost-`` / ``Vlaanderen``), the row below whole on its line with its
    counts (a province, a total, a coded row)."""
    last = group[-1]
    if len(line.chunks) != 1 or line.tabular or line.top - last.bottom > ROW_GAP * max(line.size, last.size):
        return False  # (a line apart from the row is no line of it anyway)
    if not any(_counts(m) for m in group):
        return False
    if _SENTENCE.fullmatch(" ".join(line.chunks[0].text.split())) or figures_note(line.chunks[0].text):
        return True  # (a sentence, or words on the figures: ``voorlopige cijfers``)
    if below is None or not _counts(below) or not _whole_label(group):
        return False
    return _whole_label([below]) or _starts_row(below, group[0].chunks[0].x0)


#: A cell that stands for a count a row withholds or leaves out, no name (``<5``, ``< 5``, ``≤4``,
#: ``<?``, ``*``, ``.``, ``(a)``, ``b)``): after a province's name on a row's line it is the row's
#: first count, never the row's name in a cell of its own.
_VALUE_MARK = re.compile(r"[<>\u2264\u2265]\s?\d{1,3}|<\?|\*{1,3}|\.{1,3}|\([a-z*]\)|[a-z]\)")


#: A small figure (one or two digits): a name's own number (``module`` / ``5``) or a page's as well.
_SMALL_FIGURE = re.compile(r"\d{1,2}")


def figures_joined(groups: list[list[_Line]]) -> list[tuple[int, _Line]]:
    """The lines of one small figure alone (:data:`_SMALL_FIGURE`) at a row's label's left that the
    rows' grouping joined into that row's name right below a line of the row that holds its counts
    (``… 3de jaar  30  20`` / ``12``), each with its group's index. The name's own number wrapped
    onto a line of its own stands so as well (``… module  12  14`` / ``5``) — but so does a figure
    the table lost, or a page's: the reading stands (the name as printed), the join is data for the
    parser to say (``stray-number``, ``figure-under-name``). Below a line of the name without counts
    (``traject - module`` / ``5``) the figure goes on the name's words and is no such line."""
    found = []
    for index, group in enumerate(groups):
        if len(group) < 2:
            continue
        left = _label_left(group)
        for above, line in zip(group, group[1:]):
            if (_small_figure_alone(line) and _counts(above) and line.chunks[0].x0 <= left + line.size
                    and not _names_go_on_below_counts(groups, index)):
                found.append((index, line))
    return found


def _small_figure_alone(line: _Line) -> bool:
    return len(line.chunks) == 1 and _SMALL_FIGURE.fullmatch(line.chunks[0].text) is not None


def _names_go_on_below_counts(groups: list[list[_Line]], index: int) -> bool:
    """Whether a row of the rows around ``groups[index]`` (the run of groups that hold counts it
    stands in: its table's rows) has its name go on in words below the line of its counts (cells
    set to the top or the middle of the row: ``Opvoeder bijkomende  12  14`` / ``niveau`` / ``5``):
    in that table a name's own number below its row's counts is a name's line as any, no figure
    lost — in one whose names end on their counts' line (``908003: Educatieve bachelor voor`` /
    ``kleuteronderwijs - 3de jaar  30  20``), or that prints each name on one line, none goes on."""
    start = index
    while start > 0 and any(_counts(m) for m in groups[start - 1]):
        start -= 1
    end = index
    while end + 1 < len(groups) and any(_counts(m) for m in groups[end + 1]):
        end += 1
    for group in groups[start:end + 1]:
        counted = next((k for k, m in enumerate(group) if _counts(m)), None)
        if counted is not None and any(not _small_figure_alone(m) and not _counts(m) for m in group[counted + 1:]):
            return True
    return False


def _label_left(group: list[_Line]) -> float:
    """Where the label column of the row `group` starts: at its first line's first cell — past a
    province's name alone on the line above the row, or before the row's name on its line (its
    cell, beside the block's rows), so that a name's own number on a line of its own under the
    label (``module`` / ``5``) stays the name's, no count."""
    for member in group:
        province = not member.chunks[0].figure and _WHOLE_LABEL.fullmatch("".join(member.chunks[0].text.split()))
        if province and len(member.chunks) == 1:
            continue
        if province and not member.chunks[1].figure and not _VALUE_MARK.fullmatch(member.chunks[1].text):
            return member.chunks[1].x0  # (the province's cell on the row's first line: ``Limburg   110429: …``)
        return member.chunks[0].x0
    return group[0].chunks[0].x0


def _values(line: _Line, label: float) -> list[_Chunk]:
    """The cells of `line` right of the label column that starts at `label` that hold a row's
    value: a count (no period label) or a mark for a count withheld or left out (:data:`_VALUE_MARK`)."""
    return [c for c in line.chunks if c.x0 > label + line.size and (
        (c.figure and not _PERIOD_LABEL.match(c.text)) or _VALUE_MARK.fullmatch(c.text))]


def _rows_marked_in_turn(group: list[_Line], line: _Line, label: float) -> bool:
    """Whether `line` is a row of its own under the row `group`, where a mark for a withheld count
    (``<5``, ``*``, ``.``, ``(a)``) stands in a column of figures: `line` opens with a label in the
    row's label column, and both hold values (:func:`_values`, a mark among them), one of each in
    a same column. A label wrapped over two lines has no values on one of them; a footnote's mark
    or a figure wrapped under its cell has no label of its own."""
    first = line.chunks[0]
    if first.figure or _VALUE_MARK.fullmatch(first.text) or abs(first.x0 - group[0].chunks[0].x0) > line.size:
        return False
    below = _values(line, label)
    if not below:
        return False
    above = [c for m in group for c in _values(m, label)]
    if not any(_VALUE_MARK.fullmatch(c.text) for c in above + below):
        return False  # (counts alone: see the rule on two lines of counts)
    return any(a.x0 < b.x1 and b.x0 < a.x1 for a in above for b in below)


def _whole_label(group: list[_Line]) -> bool:
    """Whether the label of the row `group` (its cells that hold no figure) is whole: a
    province's name, broken over the lines of its cell or not (``Oost-Vlaand`` / ``eren``)."""
    label = "".join(c.text for m in group for c in m.chunks if not c.figure)
    return _WHOLE_LABEL.fullmatch("".join(label.split())) is not None


#: Every beginning of a province's name (lower case, four letters or more) that is no name itself.
_PROVINCE_STARTS = frozenset(p.lower()[:i] for p in PROVINCES for i in range(4, len(p))) - {p.lower() for p in PROVINCES}


def _periods_alone(group: list[_Line]) -> bool:
    """Whether the row `group` holds period labels (``2019``, ``2020``) and no count: a header."""
    return not any(_counts(m) for m in group) and any(_PERIOD_LABEL.match(c.text) for m in group for c in m.chunks)


def _begins_province(line: _Line) -> bool:
    """Whether `line`, one cell and no figure, is the beginning of a province's name that its
    narrow cell broke inside a word (``Oost-Vlaand``, ``Vlaams-Bra``; the rest on a line below)."""
    return len(line.chunks) == 1 and not line.tabular and "".join(line.text.split()).lower() in _PROVINCE_STARTS


def _set_smaller(line: _Line, row: _Line) -> bool:
    """Whether `line`, one cell and no figure, is set in a font smaller than :data:`SMALLER`
    times that of `row`'s first cell (its label): every word of it."""
    if len(line.chunks) != 1 or max(w.size for w in line.words) >= SMALLER * min(w.size for w in row.chunks[0].words):
        return False
    return not line.tabular


#: What a list item or a caption opens with (``1.``, ``2.3.``, ``a)``, ``b.``, ``Tabel 1``): such a
#: line above a table's header is its caption, never the first line of the header's first cell.
_ITEM_START = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-z][.)]|\((?:\d{1,2}|[a-z])\)|(?:tabel|figuur)\s+\d+\b)\s*", re.I)


def _settle(group: list[_Line]) -> list[list[_Line]]:
    """A finished group: a row if it holds a table line, with only the one-cell lines that fit."""
    table = [m for m in group if m.tabular]
    if len(group) == 1 or not table:
        return [[line] for line in group]
    first_table = group.index(table[0])
    start = first_table
    while start > 0 and _fits(group[start - 1], table) and not (
        _ITEM_START.match(group[start - 1].text) and not any(_counts(m) for m in table)
    ):
        start -= 1  # (a list item's or a table's number opens a caption over a header: ``a) per geslacht``)
    out = [[line] for line in group[:start]]
    row = group[start:]
    misfit = next((i for i, m in enumerate(row) if not m.tabular and not _fits(m, table)), None)
    if misfit is not None:  # a line that does not fit the columns ends the row
        out.append(row[:misfit])
        out.extend([line] for line in row[misfit:])
        return out
    out.append(row)
    return out


def _cells(group: list[_Line]) -> list[_Cell]:
    """The cells of a row: its chunks that overlap horizontally, text read top to bottom.

    A chunk joins the first cell (in the order the cells began) it overlaps. While the cells
    are apart from each other — always, but for a chunk that bridges two — they are kept in
    order of position too, so that a chunk finds the cells it overlaps by bisection: a row of
    thousands of cells costs no pass over all of them per chunk."""
    cells: list[_Cell] = []
    starts: list[float] = []  # while the cells are apart: their x0, ascending ...
    by_x: list[tuple[_Cell, int]] = []  # ... and each cell with its rank in `cells`
    apart = True
    for line in group:
        chunks = list(line.chunks)
        while chunks:
            chunk = chunks.pop(0)
            x0, x1 = chunk.x0, chunk.x1
            if apart and x0 <= x1:
                end = bisect.bisect_left(starts, x1)  # the cells that start left of the chunk's end
                first = end
                while first and by_x[first - 1][0].x1 > x0:  # ... and end right of its start
                    first -= 1
                if len(chunk.words) > 1 and end > first and _words_apart(chunk, [by_x[i][0] for i in range(first, end)]):
                    # words one space apart, each under a cell of its own (``Brabant Vlaanderen``
                    # under ``Vlaams-`` and ``West-``: laid-out text lost the gap between them)
                    chunks[:0] = [_Chunk([word]) for word in chunk.words]
                    continue
                if first == end:
                    at = bisect.bisect_right(starts, x0)
                    cell = _Cell(x0, x1, [chunk.text], [_end_of(chunk)])
                    starts.insert(at, x0)
                    by_x.insert(at, (cell, len(cells)))
                    cells.append(cell)
                    apart = (at == 0 or by_x[at - 1][0].x1 <= x0) and (at + 1 == len(by_x) or x1 <= by_x[at + 1][0].x0)
                    continue
                at = min(range(first, end), key=lambda i: by_x[i][1])
                cell = by_x[at][0]
                cell.add(chunk)
                cell.x0, cell.x1 = min(cell.x0, x0), max(cell.x1, x1)
                starts[at] = cell.x0
                apart = (at == 0 or by_x[at - 1][0].x1 <= cell.x0) and (
                    at + 1 == len(by_x) or cell.x1 <= by_x[at + 1][0].x0)
                continue
            apart = False
            for cell in cells:
                if x0 < cell.x1 and x1 > cell.x0:
                    cell.add(chunk)
                    cell.x0, cell.x1 = min(cell.x0, x0), max(cell.x1, x1)
                    break
            else:
                cells.append(_Cell(x0, x1, [chunk.text], [_end_of(chunk)]))
    cells.sort(key=lambda c: c.x0)
    return cells


def _words_apart(chunk: _Chunk, cells: list[_Cell]) -> bool:
    """Whether the words of `chunk`, which overlaps `cells` (side by side, in order), are
    cells of their own that laid-out text set one space apart: each word under one of `cells`
    alone, each under another (``Brabant Vlaanderen`` under ``Vlaams-`` and ``West-``) — or,
    beside words under no cell, each the rest of a province's name broken after its hyphen
    (``Limburg Vlaanderen``, ``Vlaanderen`` under ``Oost-``)."""
    under = [[c for c in cells if word.x0 < c.x1 and word.x1 > c.x0] for word in chunk.words]
    if any(len(found) > 1 for found in under):
        return False
    taken = [found[0] for found in under if found]
    if len(taken) != len(set(map(id, taken))):
        return False
    if len(taken) == len(under) and len(taken) == len(cells):
        return True
    return bool(taken) and all(
        _WHOLE_LABEL.fullmatch(found[0].text + word.text) for word, found in zip(chunk.words, under) if found
    )


def _in_label_column(cell: _Cell, margin: float | None, second: float | None) -> bool:
    """Whether `cell`, alone on its line, stands in the names' column of the table above it, a
    column of its blocks' names left of it: right of where the table's rows start (`margin`),
    ending before where its figures start (`second`), and ending no sentence — a line of a name
    wrapped there (``Se-n-se verkort individueel`` / ``traject - module 5`` / ``lerarenopleiding
    58  35 …``), however long; not prose or a caption, which start at the margin."""
    return (margin is not None and second is not None and cell.x0 > margin + 1.0 and cell.x1 < second
            and not cell.text.rstrip().endswith((".", "?", "!")))


def _column_edges(rows: list[tuple[int, list[_Cell]]], grid: bool = False) -> list[tuple[float, ...]]:
    """For every row, the left edges of its table's columns.

    A table is a run of rows of two cells or more, over page breaks too (a short one-cell
    line such as a province name may stand among them; prose ends the run). Its cells after a row's first
    that overlap horizontally make one column, which starts where the leftmost of them starts:
    a cell must end before the next column of its table, whether its row has a figure there or
    a blank, and a centred period label starts left of the right-aligned figures under it.
    On an extractor's character `grid` (text laid out with spaces), two such columns a jitter
    apart are one (:func:`_jitter_merged`).
    """
    blocks: list[list[int]] = [[]]
    heads: set[tuple[str, str]] = set()  # the header rows' first two cells, in this block
    second: float | None = None  # where the block's figures start (its leftmost figure or period, first cell aside)
    margin: float | None = None  # where the block's rows start (its leftmost first cell)
    for index, (page, cells) in enumerate(rows):
        # (a label's first line alone, begun with its training code, is a line of its table however
        # long: ``945572: graduaatsopleiding - 2de jaar Verkorte - 1`` above its figures' line; so is
        # a name's line in the names column, indented and ending before the figures)
        table_row = len(cells) > 1 or (len(cells) == 1 and (
            len(cells[0].text) < 25 or _CODE_START.match(cells[0].text) is not None
            or _in_label_column(cells[0], margin, second)))
        head = _head_key(cells)
        if table_row and head in heads and blocks[-1]:
            # the header repeated on a later page, maybe a character or two off the first: the
            # rows under it stand under its columns, not those of the page before
            blocks.append([])
            heads = set()
            second = margin = None
        if table_row:
            blocks[-1].append(index)
            if head is not None:
                heads.add(head)
            figures = [c.x0 for c in cells[1:] if c.text[:1].isdigit()]
            if figures:
                second = min(figures) if second is None else min(second, *figures)
            margin = cells[0].x0 if margin is None else min(margin, cells[0].x0)
        elif blocks[-1]:
            blocks.append([])
            heads = set()
            second = margin = None
    edges: list[tuple[float, ...]] = [() for _ in rows]
    for block in blocks:
        clusters: list[list[float]] = []  # [x0, x1]
        members: list[list[tuple[int, _Cell]]] = []  # each cluster's cells, with their rows
        for i, cell in sorted(((i, c) for i in block for c in rows[i][1][1:]), key=lambda ic: ic[1].x0):
            if clusters and cell.x0 < clusters[-1][1] and not (grid and _names_on_other_pages(cell, rows[i][0], members[-1], rows)):
                clusters[-1][1] = max(clusters[-1][1], cell.x1)
                members[-1].append((i, cell))
            else:
                clusters.append([cell.x0, cell.x1])
                members.append([(i, cell)])
        if grid:
            clusters = _jitter_merged(clusters, members)
        columns = tuple(lo for lo, _ in clusters)  # ascending; one tuple for the block's rows
        for i in block:
            edges[i] = columns
    return edges


#: How far apart (in characters) the ends of one column's figures may stand on a page of text an
#: extractor laid out (right-aligned figures end on one character column, give or take one).
END_SLACK = 1.5


def _names_on_other_pages(
    cell: _Cell, page: int, cluster: list[tuple[int, _Cell]], rows: list[tuple[int, list[_Cell]]],
) -> bool:
    """Whether `cell`, a figure, a blank mark or a period label on `page`, overlaps the column
    of names `cluster` (words only: programme names beside their block's name) only where that
    column's names stand on other pages: on an extractor's character grid every page has its
    own, and a later page's names may reach over where the first page's figures stand
    (``1ste jaar individueel traject`` on page 5 over page 4's ``2015``). The figures make a
    column of their own then; on one page a name and a figure never share a column."""
    if not (_is_cell(cell.text) or _PERIOD_LABEL.match(cell.text)):
        return False
    if any(_is_cell(c.text) or _PERIOD_LABEL.match(c.text) for _, c in cluster):
        return False
    return all(rows[i][0] != page or c.x1 <= cell.x0 for i, c in cluster)


def _jitter_merged(
    clusters: list[list[float]], members: list[list[tuple[int, _Cell]]],
) -> list[list[float]]:
    """`clusters` (a table's columns on an extractor's character grid, left to right, each
    ``[x0, x1]``, its cells with their rows in `members`) with two neighbours made one where
    they are one column the extractor set a few characters off: less than a cell's gap (two
    characters) apart, no row with a cell in both, and all their cells ending within a
    column's jitter (twice :data:`END_SLACK`) — ``pdftotext -layout`` may end one row's
    ``54`` three characters right of another's ``275`` (and of the ``2018`` over both) that
    the page aligns on one right edge. Two columns of a table stand two spaces apart at least."""
    if len(clusters) < 2:
        return clusters
    out = [clusters[0]]
    cells = [members[0]]
    for cluster, these in zip(clusters[1:], members[1:]):
        ends = [c.x1 for _, c in cells[-1] + these]
        if (cluster[0] - out[-1][1] < 2.0 and not {i for i, _ in cells[-1]} & {i for i, _ in these}
                and max(ends) - min(ends) <= 2 * END_SLACK):
            out[-1] = [out[-1][0], max(out[-1][1], cluster[1])]
            cells[-1] = cells[-1] + these
        else:
            out.append(cluster)
            cells.append(these)
    return out


def _figure_ends(rows: list[tuple[int, list[_Cell]]], named: int | None = None) -> list[float] | None:
    """The figures' columns of `rows` (a table's rows on one page of laid-out text), each as
    where its figures end, left to right: the ends of the figures and blank marks after the
    rows' first cells, those within :data:`END_SLACK` of the next one column, and two such
    columns one where no row fills both and they lie within a column's jitter (twice
    :data:`END_SLACK`: a blank mark a character or two off the figures above it) or — more
    columns than a header's row among `rows` names — the nearest two no row fills both of,
    until they are as many. One row's number left of the others (a label's: ``Zorgkundige
    5``), further from them than any two columns are apart, is no column (a total's is:
    ``Totaal  365``, the one figure of a column the page's other rows leave blank). None where that
    is unclear: a cell of words among them, two of a row's cells in one column, a column
    wider than its figures' jitter, or two columns closer than a figure of the right one is
    wide (with a space: cells stand apart), never both in a row. A header's row (its period labels, centred over the
    figures, and words) counts for none. `named`: the columns the header names, where the caller
    knows them better than the period labels alone tell (a header of months)."""
    ends: list[tuple[float, int]] = []
    starts: list[tuple[float, float]] = []  # each figure's end, and a character left of its start
    for number, (_, cells) in enumerate(rows):
        rest = _after_words(cells)
        if not rest:
            continue
        if not all(_is_cell(c.text) for c in rest):
            if any(_PERIOD_LABEL.match(c.text) for c in rest):
                continue  # a header's row
            return None
        if all(_PERIOD_LABEL.match(c.text) for c in rest):
            continue
        ends.extend((c.x1, number) for c in rest)
        starts.extend((c.x1, c.x0 - (c.x1 - c.x0) / max(1, len(c.text))) for c in rest)
    if not ends:
        return None
    ends.sort()
    columns: list[list[tuple[float, int]]] = [[ends[0]]]
    for end in ends[1:]:
        if end[0] - columns[-1][-1][0] <= END_SLACK:
            columns[-1].append(end)
        else:
            columns.append([end])
    for column in columns:
        if column[-1][0] - column[0][0] > 2 * END_SLACK or len({n for _, n in column}) < len(column):
            return None
    merged = [columns[0]]  # (a blank mark ``x`` two characters right of the figures above it)
    for column in columns[1:]:
        if column[-1][0] - merged[-1][0][0] <= 2 * END_SLACK and not {n for _, n in column} & {n for _, n in merged[-1]}:
            merged[-1] = merged[-1] + column
        else:
            merged.append(column)
    while len(merged) >= 3 and len({n for _, n in merged[0]}) == 1 < len({n for _, n in ends}) and (
            merged[1][0][0] - merged[0][-1][0] > max(b[0][0] - a[-1][0] for a, b in zip(merged[1:], merged[2:]))
            and not _TOTAL_CELL.match(rows[merged[0][0][1]][1][0].text)):
        # a label's number (``Zorgkundige   5``): one row's, left of the figures' block — a total's
        # label holds none (``Totaal  365`` alone in a column the page's other rows leave blank)
        del merged[0]
    heads = _named_columns(rows) if named is None else named
    while heads and len(merged) > heads:  # (the header names fewer: a column's figures and marks further apart)
        pairs = [k for k in range(len(merged) - 1) if not {n for _, n in merged[k]} & {n for _, n in merged[k + 1]}]
        if not pairs:
            break
        k = min(pairs, key=lambda k: merged[k + 1][0][0] - merged[k][-1][0])
        merged[k:k + 2] = [merged[k] + merged[k + 1]]
    out = [max(x for x, _ in column) for column in merged]
    for left, right in zip(out, out[1:]):
        if any(left < end <= right and start < left for end, start in starts):
            return None  # two columns closer than their figures are wide: one column's jitter
    return out


def _after_words(cells: list[_Cell]) -> list[_Cell]:
    """A laid-out row's cells after its label's: after the first cell, and after the words
    that stand before its first figure (a block's province beside a name, ``Antwerpen``
    ``Se-n-se secundair`` ``34`` ``20``: two cells of words, then the figures)."""
    rest = cells[1:]
    while rest and not _is_cell(rest[0].text) and not _PERIOD_LABEL.match(rest[0].text):
        rest = rest[1:]
    return rest


#: A header's cell that names a month alone (``januari``, ``sept.``), its year on the line below.
_MONTH_ALONE = re.compile("^(?:" + MONTH_WORD + r"|(?:jan|febr?|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\.?)\*{0,3}$", re.I)


def _named_columns(rows: list[tuple[int, list[_Cell]]], months: bool = False) -> int:
    """How many columns a header's row among `rows` names (its cells from its first period
    label on: ``2021 2022 Totaal``, with `months` ``januari 2023  februari 2023  Totaal`` too, not
    the words before it — but a total column's cell right before it, the total column first), the
    most of any; 0 without one. A month named alone names its column too, its year on the header's
    line below (``Totaal  januari  februari`` over ``2023  2023``: three columns, not two)."""
    most = 0

    def label(text: str) -> bool:
        return _PERIOD_LABEL.match(text) is not None or (months and PRINTED_MONTH.match(text) is not None) or (
            _MONTH_ALONE.match(text) is not None)

    for _, cells in rows:
        rest = cells[1:]
        if not any(label(c.text) for c in rest):
            continue
        if all(_is_cell(c.text) for c in rest) and not all(_PERIOD_LABEL.match(c.text) for c in rest):
            continue  # a row of figures, some of them like years
        first = next(k for k, c in enumerate(rest) if label(c.text))
        if first and _TOTAL_CELL.fullmatch(rest[first - 1].text.strip()):
            first -= 1  # (the total column first, before the periods: a column the header names)
        most = max(most, len(rest) - first)
    return most


def _side_columns(rows: list[tuple[int, list[_Cell]]]) -> int:
    """How many columns the header of a table on its side names (``Jaar  Oost-Vlaanderen
    Vlaams-Brabant  Brussel  Totaal``: its cells after the first, all words), where every row
    below it among `rows` opens with a period's label and holds figures or blank marks alone
    after it (``2018  x  19  52  65``); 0 for any other rows."""
    header, *below = rows or [(0, [])]
    names = header[1][1:]
    if not names or not below or any(_is_cell(c.text) or _PERIOD_LABEL.match(c.text) for c in names):
        return 0
    for _, cells in below:
        if not cells or not _PERIOD_LABEL.match(cells[0].text) or not all(_is_cell(c.text) for c in cells[1:]):
            return 0
    return len(names)


def _header_labels(rows: list[tuple[int, list[_Cell]]]) -> list[_Cell] | None:
    """The period labels of the first header's row among `rows` (its cells after its words,
    every one a period's label: ``2021 2022 2023``); None without one."""
    for _, cells in rows:
        rest = _after_words(cells)
        if rest and all(_PERIOD_LABEL.match(c.text) for c in rest):
            return rest
    return None


def _placed_by_own_header(
    first: list[tuple[int, list[_Cell]]], later: list[tuple[int, list[_Cell]]],
) -> tuple[list[list[float]], list[list[int]]] | None:
    """Where a table runs on to a later page that repeats its header (in text an extractor laid
    out on each page's own grid), how far each cell after the words of each of the page's rows
    moves to stand under the first page's columns: its own header's period labels are the same
    as the first page's, in order, and each figure stands under one of them (overlaps it, within
    :data:`END_SLACK`, and no other), so it moves as far as its label does to the first page's
    one; the header's labels too. The page's figures stand under its labels by one alignment:
    their ends as far from their labels' ends, or their centres from their labels' centres, all
    within a column's jitter (twice :data:`END_SLACK`) — figures 9 characters apart under labels
    12 apart overlap labels that no alignment puts them under. None where the page repeats no
    such header, a figure of it stands under none of its labels or under two, or under them by
    no one alignment: its grid is then settled as without one. Beside each row's moves, the
    label each of its figures stands under (its index in the header: the table's column, where the
    first page's rows leave one blank and its figures' columns are fewer)."""
    theirs, own = _header_labels(later), _header_labels(first)
    if not theirs or not own or [c.text for c in theirs] != [c.text for c in own]:
        return None
    moves = [a.x1 - b.x1 for a, b in zip(own, theirs)]
    out: list[list[float | None]] = []
    ends: list[float] = []  # each figure's end from its label's end
    centres: list[float] = []
    aside: list[tuple[list[float | None], list[int], int, _Cell]] = []  # (figures under no label: placed below)
    labels: list[list[int]] = []
    for _, cells in later:
        rest = _after_words(cells)
        if rest and all(_PERIOD_LABEL.match(c.text) for c in rest):
            if [c.text for c in rest] != [c.text for c in theirs]:
                return None
            out.append(list(moves[:len(rest)]))
            labels.append([])
            continue
        row: list[float | None] = []
        column: list[int] = []
        for cell in rest:
            if not _is_cell(cell.text):
                return None
            under = [k for k, label in enumerate(theirs)
                     if cell.x0 <= label.x1 + END_SLACK and cell.x1 >= label.x0 - END_SLACK]
            if not under:
                aside.append((row, column, len(row), cell))
                row.append(None)
                column.append(-1)
                continue
            if len(under) != 1:
                return None
            row.append(moves[under[0]])
            column.append(under[0])
            label = theirs[under[0]]
            ends.append(cell.x1 - label.x1)
            centres.append(cell.x0 + cell.x1 - label.x0 - label.x1)  # (twice the centres' distance)
        out.append(row)
        labels.append(column)
    alignment = (ends, centres)
    if aside and not ends:
        # no figure of the page overlaps a label (``51`` ending four characters past ``2015-2016**``):
        # they stand off their labels as the first page's figures stand off its own, each the one
        # distance from its label's end (the table's own alignment, whatever the page's grid)
        stood = _ends_off_labels(first, own)
        if stood is None:
            return None
        alignment = (stood, [])
    for row, column, at, cell in aside:
        # a figure narrower than the distance its column's label stands off (``8`` three characters
        # right of ``2021-2022``) overlaps no label: it stands under the one it is as far from, by
        # the one alignment the page's other figures stand by, as they are from theirs
        off, mid = alignment
        under = [k for k, label in enumerate(theirs)
                 if min(off) - END_SLACK <= cell.x1 - label.x1 <= max(off) + END_SLACK
                 or (mid and min(mid) - 2 * END_SLACK <= cell.x0 + cell.x1 - label.x0 - label.x1 <= max(mid) + 2 * END_SLACK)]
        if len(under) != 1:
            return None
        row[at], column[at] = moves[under[0]], under[0]
        label = theirs[under[0]]
        ends.append(cell.x1 - label.x1)
        centres.append(cell.x0 + cell.x1 - label.x0 - label.x1)
    if ends and max(ends) - min(ends) > 2 * END_SLACK and max(centres) - min(centres) > 4 * END_SLACK:
        return None
    return [[by for by in row if by is not None] for row in out], labels


def _ends_off_labels(rows: list[tuple[int, list[_Cell]]], labels: list[_Cell]) -> list[float] | None:
    """How far each figure of `rows` ends from the end of the label of `labels` (their header's)
    it ends nearest to, where they all end one distance off (within a column's jitter, twice
    :data:`END_SLACK`) and that nearest label is plainly the nearest (the next one at least twice
    as far): the table's alignment of figures to labels; else None."""
    out = []
    for _, cells in rows:
        for cell in _figures_after_words(cells):
            if not _is_cell(cell.text):
                continue
            near = sorted(labels, key=lambda label: abs(cell.x1 - label.x1))
            if len(near) > 1 and 2 * abs(cell.x1 - near[0].x1) >= abs(cell.x1 - near[1].x1):
                return None
            out.append(cell.x1 - near[0].x1)
    if not out or max(out) - min(out) > 2 * END_SLACK:
        return None
    return out


def _unsettled(
    own: list[float], theirs: list[float] | None, rows: list[tuple[int, list[_Cell]]], width: int,
) -> bool:
    """Whether nothing on a later page settles under which of the first page's columns (where
    they end, `own`) its rows' figures stand, where its own columns (`theirs`) are not as many
    as the first page's: fewer, more, or none worked out (None: a cell of words among the
    figures, or a column wider than its figures' jitter). Settled where the page's figures end
    where some of the first page's do (one grid: the extractor kept the positions), or — with
    more columns or none worked out — where a row of the page fills every one of the table's
    `width` columns (its cells, in order, are the columns)."""
    ends = theirs if theirs is not None else [c.x1 for _, cells in rows for c in _after_words(cells) if _is_cell(c.text)]
    if all(any(abs(a - b) <= END_SLACK for a in own) for b in ends):
        return False
    if theirs is not None and len(theirs) < width:
        return True
    return not any(len(cells) - 1 == width for _, cells in rows)


def _header_again(rows: list[tuple[int, list[_Cell]]], edges: list[tuple[float, ...]], start: int, at: int) -> bool:
    """Whether row `at`, the first of a table of its own (its column edges) on a later page than
    the row above it, is the header of the table from row `start` printed again: its period labels
    the same, in order (a table that runs on to a later page repeating its header, which
    :func:`_column_edges` takes for a table of its own: its page is placed as the table's)."""
    if rows[at][0] == rows[at - 1][0] or edges[at] is edges[at - 1]:
        return False
    again = _header_labels([rows[at]])
    own = _header_labels([rows[i] for i in range(start, at)])
    return again is not None and own is not None and [c.text for c in again] == [c.text for c in own]


def _page_columns(
    rows: list[tuple[int, list[_Cell]]], edges: list[tuple[float, ...]], unplaced: list[int] | None = None,
) -> bool:
    """Place the rows of a table that runs on to a later page without its header repeated,
    in text an extractor laid out page by page on each page's own grid (``pdftotext -layout``:
    the later page's columns stand at other character columns, squeezed or moved), under
    the columns of the table's first page: the later page's figures' columns (where they end,
    :func:`_figure_ends`) matched in order to the first page's when both pages have as many,
    each figure moved by as much as its column — where they are as many as the header names
    (else the first page's rows leave a column blank, and which one a later page's order
    cannot say). A page with fewer columns than the first (a
    column blank in all its rows) is left where it stands: which column it lacks its grid
    does not say. Unless its columns end where some of the first page's do (one grid), or the
    table's totals place them (:func:`_placed_by_totals`: one placement alone fits them), its rows
    that hold figures are added to `unplaced` (their indexes): their figures stand under no
    column that layout evidence settles. A later page that repeats the header (one table with the
    rows above it, though its own edges: :func:`_header_again`) is placed the same way. Where the
    page's columns are not as many as the first page's, what the page itself shows weighs them
    (:func:`_placed_by_page`: its own header's labels, its rows that fill every column); where
    the two place its figures otherwise, or each puts two of a row's figures in one column, its
    rows are added to `unplaced`. A repeated header's labels then stand where the first page's
    do, so the parser reads it by the first header's columns. Returns whether a figure moved."""
    moved = False
    start = 0
    while start < len(rows):
        end = start + 1
        while end < len(rows) and edges[end] and (
                edges[end] is edges[end - 1] or _header_again(rows, edges, start, end)):
            end += 1
        if edges[start] and rows[end - 1][0] != rows[start][0]:  # a table over a page break
            pages: dict[int, list[int]] = {}
            for index in range(start, end):
                pages.setdefault(rows[index][0], []).append(index)
            first, *later = pages.values()
            own = _figure_ends([rows[i] for i in first])
            # (the header may name more columns than the first page's rows fill: one left blank)
            width = max(len(own), _named_columns([rows[i] for i in first])) if own else 0
            # (a header of months names its columns too: a later page that fills every one of them
            # is settled; its order matched to the first page's as before where both are as many)
            months = max(width, _named_columns([rows[i] for i in first], months=True)) if own else 0
            for indexes in later if own else ():
                assert own is not None
                theirs = _figure_ends([rows[i] for i in indexes])
                matched = theirs is not None and len(theirs) == len(own) == width
                if not matched and theirs is not None and len(own) > len(theirs) in (
                        _named_columns([rows[i] for i in first], months=True), _side_columns([rows[i] for i in first])):
                    # the first page's figures and blank marks make more columns than its header of
                    # months names (a mark a few characters off the figures above it), the later page
                    # fills every month: the first page's columns as many as the months, merged as a
                    # header of years merges them; so too the columns a table on its side names by
                    # words (``Jaar  Oost-Vlaanderen … Brussel  Totaal`` over rows of years)
                    named = _figure_ends([rows[i] for i in first], named=len(theirs))
                    if named is not None and len(named) == len(theirs):
                        own, width, matched = named, len(theirs), True
                target = own
                if not matched and theirs is not None and len(own) < len(theirs) == months and any(
                        len(_after_words(rows[i][1])) == months and _header_labels([rows[i]]) is None for i in indexes):
                    # the first page's rows leave a column blank, a row of this page (its total) fills
                    # every one the header names: its columns are the header's, in order
                    header = _header_columns([rows[i] for i in first], own)
                    if header is not None and len(header[2]) == months:
                        target, matched = header[2], True
                weighed = None if matched else _placed_by_page(
                    [rows[i] for i in first], [rows[i] for i in indexes], own, theirs, width)
                if weighed is not None and weighed.tie:
                    # the page's own header and its full rows place its figures otherwise, and nothing
                    # tells which: its rows are said, never read by one of the two
                    if unplaced is not None:
                        unplaced.extend(i for i in indexes if 1 < len(rows[i][1]) <= width + 1
                                        and _header_labels([rows[i]]) is None)
                    continue
                if weighed is not None and weighed.shifts is not None:
                    # the page repeats the table's header: its period labels are its own grid
                    for index in indexes:
                        for cell, by in zip(_after_words(rows[index][1]), weighed.shifts[index - indexes[0]]):
                            cell.x0, cell.x1 = cell.x0 + by, cell.x1 + by
                    moved = True
                    continue
                if weighed is not None and weighed.target is not None:
                    # the page's columns more than the table's (a column's figures ending at two places:
                    # the page's grid rounds a figure's end by its width), its full rows say which is which
                    target, matched = weighed.target, True
                if unplaced is not None and not matched and _unsettled(own, theirs, [rows[i] for i in indexes], months):
                    # (only the totals can settle it: where one placement of the page's columns under
                    # the header's fits them and no other does)
                    placed = _placed_by_totals([rows[i] for i in first], [rows[i] for i in indexes], own, theirs)
                    if placed is None:
                        # a row with more figures than the table has columns is reported as such; the
                        # header printed again holds none
                        unplaced.extend(i for i in indexes if 1 < len(rows[i][1]) <= width + 1
                                        and _header_labels([rows[i]]) is None)
                    else:
                        target, matched = placed, True
                if not matched:
                    continue
                assert theirs is not None
                if all(abs(a - b) <= END_SLACK for a, b in zip(target, theirs)):
                    continue
                heads = _header_labels([rows[i] for i in first])
                for index in indexes:
                    labels = _after_words(rows[index][1])
                    if heads and labels and [c.text for c in labels] == [c.text for c in heads]:
                        # the table's header printed again: its labels stand where the first page's do
                        # (on the page's own grid they may stand off its figures' columns)
                        for cell, head in zip(labels, heads):
                            cell.x0, cell.x1 = cell.x0 + head.x1 - cell.x1, head.x1
                        continue
                    # (its figures only: the words before them — a programme's name beside its block's
                    # name, ``Limburg`` ``095302: …`` — stand in the names' column, which no move shifts)
                    for cell in labels:
                        at = min(range(len(theirs)), key=lambda k: abs(theirs[k] - cell.x1))
                        by = target[at] - theirs[at]
                        cell.x0, cell.x1 = cell.x0 + by, cell.x1 + by
                moved = True
        start = end
    return moved


#: A total's words in a row's first cell or a header's cell (``Totaal``, ``Eindtotaal``).
_TOTAL_CELL = re.compile(r"(?:eind|algemeen\s+)?tota(?:a)?l\b", re.I)
#: A count in a cell (``1.234``, ``56``).
_COUNT_CELL = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")


@dataclass
class _Placed:
    """How a later page's figures go under the table's columns, by what the page shows
    (:func:`_placed_by_page`): each row's cells' moves (by its own header), the end each of its
    columns moves to (by its full rows), or a tie (the two place its figures otherwise)."""

    shifts: list[list[float]] | None = None
    target: list[float] | None = None
    tie: bool = False


def _placed_by_page(
    first: list[tuple[int, list[_Cell]]], later: list[tuple[int, list[_Cell]]], own: list[float],
    theirs: list[float] | None, width: int,
) -> _Placed | None:
    """Where a later page's figures go, laid out on the page's own grid (the first page's
    figures' columns ending at `own`, the page's at `theirs`, the table `width` columns wide),
    weighed by what the page itself shows: its own header's period labels, where it repeats the
    header (:func:`_placed_by_own_header`: each figure moves as far as the label it stands under),
    and its rows that fill every column (:func:`_placed_by_full_rows`: each of its columns is the
    one their figures stand in). A placement that puts two figures of a row in one column, or out
    of their order, is none; of those left, one alone is taken, two that agree (every figure
    under the same column of the first page) are one; two that place a figure otherwise, or none
    left of those the page gave, are a tie, said — never read by the one asked first. None where
    neither places the page. The columns are the header's labels where the page repeats it (the
    first page's figures' columns may be fewer: a column its rows leave blank), each of the first
    page's figures' columns the label it ends nearest to."""
    candidates: list[tuple[_Placed, list[list[int]]]] = []
    by_header = _placed_by_own_header(first, later)
    heads = _header_labels(first)
    if by_header is not None:
        shifts, under = by_header
        candidates.append((_Placed(shifts=shifts), under))
    target = _placed_by_full_rows(later, own, theirs, width)
    if target is not None:
        assert theirs is not None
        named = [_nearest([h.x1 for h in heads], end) for end in own] if by_header is not None and heads else None
        columns = [[_nearest(own, target[_nearest(theirs, cell.x1)]) for cell in _figures_after_words(cells)]
                   for _, cells in later]
        candidates.append((_Placed(target=target), [[named[k] for k in row] for row in columns] if named else columns))
    fitting = [(placed, columns) for placed, columns in candidates
               if all(a < b for row in columns for a, b in zip(row, row[1:]))]
    if not fitting:
        return _Placed(tie=True) if candidates else None
    if any(columns != fitting[0][1] for _, columns in fitting[1:]):
        return _Placed(tie=True)
    return fitting[0][0]


def _nearest(ends: list[float], x: float) -> int:
    """The index of the column (of those ending at `ends`) that `x` ends nearest to."""
    return min(range(len(ends)), key=lambda k: abs(ends[k] - x))


def _figures_after_words(cells: list[_Cell]) -> list[_Cell]:
    """A row's figures after its label's words (:func:`_after_words`); none in a header's row
    (its period labels)."""
    rest = _after_words(cells)
    return [] if rest and all(_PERIOD_LABEL.match(c.text) for c in rest) else rest


def _placed_by_full_rows(
    later: list[tuple[int, list[_Cell]]], own: list[float], theirs: list[float] | None, width: int,
) -> list[float] | None:
    """Where a later page's columns (`theirs`, more than the table's `width`) go, when the page's
    rows that fill every one of the table's columns say it: pdftotext lays a page out on its own
    grid, where the figures of one column may end at two places a few characters apart (a
    three-digit figure's end rounded otherwise than a two-digit one's), which :func:`_figure_ends`
    finds as two columns. Each full row's figures, in order, stand in the table's columns; each
    of the page's columns is the one the full rows' figures that end in it stand in — one only,
    every column of the page so named, in order, every one of the table's named. Returns the end
    each of the page's columns moves to (the first page's column's, `own`: one for each of the
    table's columns), or None where the full rows do not say so."""
    if theirs is None or len(own) != width or len(theirs) <= width:
        return None
    column: dict[int, int] = {}  # the page's column → the table's
    for _, cells in later:
        rest = _after_words(cells)
        if len(rest) != width or not all(_is_cell(c.text) for c in rest):
            continue
        for k, cell in enumerate(rest):
            at = min(range(len(theirs)), key=lambda j: abs(theirs[j] - cell.x1))
            if column.setdefault(at, k) != k:
                return None
    named = [column[j] for j in range(len(theirs)) if j in column]
    if len(named) != len(theirs) or named != sorted(named) or len(set(named)) != width:
        return None
    return [own[k] for k in named]


def _placed_by_totals(
    first: list[tuple[int, list[_Cell]]], later: list[tuple[int, list[_Cell]]], own: list[float],
    theirs: list[float] | None,
) -> list[float] | None:
    """Where a later page's columns (`theirs`, fewer than the header names) go, when its grid
    does not say but the table's totals do: of every placement of them in order under the
    header's columns, the one alone whose counts fit every total — a total of unique persons
    at least its largest part and at most their sum, a total left blank over no part (a
    ``Totaal`` row, a ``Totaal`` column) — as the first page's own columns (`own`) stand under
    the header's. Returns the end each of the page's columns moves to (the first page's
    column's, else the header's cell's), or None: no total, a cell no count, no placement or
    two that fit."""
    header = _header_columns(first, own)
    if header is None or theirs is None:
        return None
    heads, own_at, ends = header
    n = len(heads)
    if len(theirs) >= n or n > 16:
        return None

    def counts(rows: list[tuple[int, list[_Cell]]], ends: list[float], at: Sequence[int]):
        out: list[tuple[bool, list[int | None]]] = []
        for _, cells in rows:
            rest = _after_words(cells)
            if cells is header or not rest:
                continue
            values: list[int | None] = [None] * n
            for cell in rest:
                k = at[min(range(len(ends)), key=lambda j: abs(ends[j] - cell.x1))]
                if not _COUNT_CELL.fullmatch(cell.text) or values[k] is not None:
                    return None
                values[k] = int(cell.text.replace(".", ""))
            out.append((_TOTAL_CELL.match(cells[0].text) is not None, values))
        return out

    fixed = counts(first, own, own_at)
    across = [k for k, cell in enumerate(heads) if _TOTAL_CELL.match(cell.text)]
    if fixed is None or len(across) > 1:
        return None
    fitting: list[tuple[int, ...]] = []
    for cols in itertools.combinations(range(n), len(theirs)):
        placed = counts(later, theirs, cols)
        if placed is None:
            return None
        table = fixed + placed
        totals = [values for total, values in table if total]
        if len(totals) > 1 or not totals and not across:
            return None
        lines = [(values[c] if values else None, [v[c] for total, v in table if not total])
                 for c in range(n) for values in totals[:1]]
        lines += [(v[across[0]], [x for k, x in enumerate(v) if k != across[0]]) for _, v in table for _ in across]
        if all(_total_fits(total, [p for p in parts if p is not None]) for total, parts in lines):
            fitting.append(cols)
            if len(fitting) > 1:
                return None
    if len(fitting) != 1:
        return None
    return [ends[k] for k in fitting[0]]


def _header_columns(
    first: list[tuple[int, list[_Cell]]], own: list[float],
) -> tuple[list[_Cell], list[int], list[float]] | None:
    """The columns the header among a table's first page's rows `first` names (its cells from its
    first period or month on: ``2019 … 2023``, ``Totaal`` too), with the first page's own figure
    columns (where they end, `own`) under them: the header's cells, the one each of `own` stands
    under (the nearest by its end, each a column of its own, in order), and where each of the
    header's columns ends — its figures' end, else its cell's (a column its rows leave blank).
    None without such a header, or where `own` are more than it names or stand under it so."""
    # (the header's row that names the most: a line of months alone opens with its first month, no
    # label's cell before it — ``september  oktober  november`` over ``Provincie  Opleiding  2022
    # 2022  2022`` — and names one column fewer than the line of their years below it)
    header = max((cells for _, cells in first if _named_columns([(0, cells)], months=True)),
                 key=lambda cells: _named_columns([(0, cells)], months=True), default=None)
    if header is None or not own:
        return None
    heads = header[len(header) - _named_columns([(0, header)], months=True):]
    n = len(heads)
    if len(own) > n:
        return None
    own_at = [min(range(n), key=lambda k: abs(heads[k].x1 - x)) for x in own]
    if len(set(own_at)) < len(own_at) or own_at != sorted(own_at):
        return None
    filled = dict(zip(own_at, own))
    return heads, own_at, [filled.get(k, heads[k].x1) for k in range(n)]


def _total_fits(total: int | None, parts: list[int]) -> bool:
    """A total of unique persons over its parts: none over a blank total; at least the largest
    part, at most their sum."""
    return not parts if total is None else bool(parts) and max(parts) <= total <= sum(parts)


def _tables_going_on(
    rows: list[tuple[int, list[_Cell]]], edges: list[tuple[float, ...]], keys: list[int],
    shifts: dict[int, list[float]],
) -> dict[int, tuple[tuple[float, ...], list[float]]]:
    """The table rows that go on from the table above them after one line of its own between
    them (a group's heading, ``Opleidingen in de zorgsector``, that :func:`_column_edges` takes
    for the end of a table), with no header of their own: per such table (its key), the column
    edges and shifts of the table above, which move its columns as they moved the ones above
    (text laid out on the extractor's grid, a joined label moving the columns right of it): its
    figures stand under the header above, not where they stood before that header moved."""
    out: dict[int, tuple[tuple[float, ...], list[float]]] = {}
    last: tuple[int, tuple[float, ...]] | None = None  # the key and edges of the table above
    between = 0  # lines outside a table since its last row
    for (_, cells), columns, table in zip(rows, edges, keys):
        if not columns:
            between += 1
            continue
        if last is not None and table != last[0] and table not in out and between == 1 and any(shifts[last[0]]):
            if not _own_header(cells):
                out[table] = (last[1], shifts[last[0]])
        last, between = (table, columns), 0
    return out


def _own_header(cells: list[_Cell]) -> bool:
    """Whether a table's first row is a header of its own (the table goes on from none above
    it): a period label after its first cell (``Opleiding  2021  2022``), a header's words
    (:func:`_head_key`), or cells that hold no count nor blank mark at all — words, training
    codes naming the columns (``Jaar  094131  311649  Totaal``: a table on its side), ``januari
    2023``  ``februari 2023`` over an empty first cell, ``Provincie  Aantal`` — a row of a
    table going on holds its figures or marks."""
    if any(_PERIOD_LABEL.match(c.text) for c in cells[1:]) or _head_key(cells) is not None:
        return True
    return len(cells) > 1 and not any(_is_cell(c.text) and not _CODE_CELL.fullmatch(c.text) for c in cells)


#: A training code alone in a cell (``094131``, a footnote's stars after it): a column's name in a
#: header of codes, no count.
_CODE_CELL = re.compile(r"\d{6}\**")


def _head_key(cells: list[_Cell]) -> tuple[str, str] | None:
    """A header row's first two cells (``Provincie`` ``Opleiding``): how a header printed again
    on a later page is known. A header's first two cells are words and it holds no count nor
    blank mark, only words and period labels (a row of a programme repeated in another block,
    ``408963: beroepsonderwijs`` ``x`` ``51``, is none)."""
    if len(cells) < 3 or any(_is_cell(cell.text) for cell in cells[:2]):
        return None
    if any(_is_cell(cell.text) and not _PERIOD_LABEL.match(cell.text) for cell in cells[2:]):
        return None
    return cells[0].text, cells[1].text


def _centred(cell: _Cell) -> bool:
    """A cell laid out by its centre (not its first cell): a figure or a period label
    (``2020``, ``oktober 2020``), even wrapped over two lines of its cell."""
    words = cell.text.split()
    return len(words) == 1 or (len(words) == 2 and _FIGURE.match(words[1]) is not None)


def _wide_centred_cells(
    rows: list[tuple[int, list[_Cell]]], edges: list[tuple[float, ...]], keys: list[int],
) -> dict[tuple[int, float], list[tuple[float, float]]]:
    """Per column of a table (its edges, the column's left edge): the centre and half the
    length (in characters) of each cell after a row's first that is laid out by its centre and
    joined from several lines (``oktober`` / ``2017``: its text is longer than its box is wide,
    so it starts left of the box). A label before that column must end two spaces before it
    starts, as before any cell: cells of layout text are apart by two spaces or more."""
    out: dict[tuple[int, float], list[tuple[float, float]]] = {}
    for (_, cells), columns, key in zip(rows, edges, keys):
        for cell in cells[1:]:
            if len(cell.parts) < 2 or not _centred(cell):
                continue
            at = bisect.bisect_right(columns, cell.x0 + 1.0)  # the last edge at or left of the cell
            if at:
                out.setdefault((key, columns[at - 1]), []).append(((cell.x0 + cell.x1) / 2, len(cell.text) / 2))
    return out


def _lay_out(
    rows: list[tuple[int, list[_Cell]]], shift: bool = False, unplaced: list[int] | None = None,
) -> tuple[list[str], list[int]]:
    """Place every cell at a character column proportional to its x position (one scale).

    A joined label longer than the room before the next column either narrows the scale for
    the whole document (a PDF: exact positions, so proportions are kept), or — with `shift`,
    for text an extractor laid out on its own character grid, whose figures stand a few
    characters off — moves that column and the ones right of it to the right, every row of the
    table alike: a narrower scale would magnify the extractor's jitter along with the gaps.
    `unplaced` gets the rows a later page's own grid does not place (:func:`_page_columns`)."""
    widths = [
        (cell.x1 - cell.x0) / max(1, len(cell.text))
        for _, cells in rows for cell in cells if len(cell.parts) == 1 and len(cell.text) >= 3
    ]
    scale = statistics.median(widths) if widths else 5.0
    edges = _column_edges(rows, shift)
    if shift and _page_columns(rows, edges, unplaced):
        edges = _column_edges(rows, shift)
    # Rows whose tables have the same column edges share a key (hashed once per row, not per
    # cell: a row of thousands of cells must not cost a pass over its edges per cell).
    ids: dict[tuple[float, ...], int] = {}
    keys = [ids.setdefault(columns, len(ids)) for columns in edges]
    wide = _wide_centred_cells(rows, edges, keys)
    moved: dict[tuple[int, float], float] = {}  # (table's edges, edge) → how far it moves
    for (page, cells), columns, table in zip(rows, edges, keys):
        for index, a in enumerate(cells[:-1]):
            at = bisect.bisect_right(columns, a.x0 + 1.0)  # the first edge right of the cell
            if at == len(columns):
                continue
            edge = columns[at]
            # The column starts at its left edge, or left of it where a cell centred on its
            # box is wider than the box (a label joined from the lines of its cell).
            starts = [(edge, 0.0), *wide.get((table, edge), ())]
            if shift:
                if index and _is_cell(a.text):
                    # (a figure or a period right of the row's label — a header's period set left
                    # over figures set right, ``2016`` ending where ``1741`` below it starts —
                    # needs room up to the next cell of its own row, not up to the next edge
                    # another row's figures make: moving that edge would set its figures apart
                    # from their label. A label keeps the room up to the next edge: a row's name
                    # must clear every column, filled in its row or not.)
                    starts[0] = (max(edge, cells[index + 1].x0), 0.0)
                key = (table, edge)
                for anchor, half in starts:
                    moved[key] = max(moved.get(key, 0.0), (len(a.text) + 2 + half) * scale - (anchor - a.x0))
                continue
            for anchor, half in starts:
                room = (anchor - a.x0) / (len(a.text) + 2 + half)
                if 0 < room < scale:
                    scale = room
    scale = max(scale, 0.25)
    left = min((cells[0].x0 for _, cells in rows if cells), default=0.0)
    # per table, how far each of its columns moves: the moves of its edges up to it, summed
    shifts: dict[int, list[float]] = {}
    goes_on: dict[int, tuple[tuple[float, ...], list[float]]] = {}  # a table's rows after a line between them
    if shift:
        for columns, table in zip(edges, keys):
            if table not in shifts:
                shifts[table] = [0.0, *itertools.accumulate(max(0.0, moved.get((table, lo), 0.0)) for lo in columns)]
        goes_on = _tables_going_on(rows, edges, keys, shifts)
    out, pages = [], []
    for (page, cells), columns, table in zip(rows, edges, keys):
        line = ""
        for index, cell in enumerate(cells):
            offset = shifts[table][bisect.bisect_right(columns, cell.x0 + 1.0)] if shift else 0.0
            if table in goes_on:
                # (by where the cell's own column starts: a column moves as one, a code centred
                # over its figures starting left of an edge above that they start right of)
                before, moves = goes_on[table]
                own = bisect.bisect_right(columns, cell.x0 + 1.0)
                start = columns[own - 1] if own else cell.x0
                offset += moves[bisect.bisect_right(before, start + 1.0)]
            if index and _centred(cell):
                # a figure or a period label (``2020``, ``oktober 2020``, even wrapped over two
                # lines of its cell): keep its centre, as the figures under it are aligned
                column = round(((cell.x0 + cell.x1) / 2 + offset - left) / scale - len(cell.text) / 2)
            else:
                column = round((cell.x0 + offset - left) / scale)
            if line:
                column = max(column, len(line) + 2)
            line = line.ljust(column) + cell.text
        out.append(line)
        pages.append(page)
    return out, pages
