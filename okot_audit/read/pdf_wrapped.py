"""Rows of an unruled table whose labels wrap over several lines of their cell, the figures set
beside the label's first line, its last, or centred between its lines.

Without rules between the rows, and with no more space between two rows than between the lines
of one label, only where the figures stand tells which lines of labels are a row's: beside the
first (fpdf2's and Word's default), the row's further lines follow its figures; beside the last,
they precede them; centred, they stand as many above the figures as below (``Graduaat`` /
``118  131  142`` / ``orthopedagogie``, the figures on a line of their own half a line down).
:func:`wrapped_rows` finds such a run of lines under a table's header and tells the rows by the
one placement that accounts for every line of it: each row's lines closer together than two
rows (padded cells), no line that starts a row (a code, ``Totaal``) inside one, and — where a
placement can — every name begun with a capital, and — where placements still differ — every
code in brackets closing its name (``… tweede jaar (900124)``: no name is its code alone, none
holds one amid its words). Where the first placement does — the reading
:func:`okot_audit.read.pdf._rows` gives anyway — or none does, it leaves the lines to that
reading; where two do that give different rows, too, and says so (``rows-unclear``). A
header whose first cell names the rows' blocks (``Provincie  Opleiding  2018``) has the names
under its second: a block's name in the first column, alone on its line (a province's cell that
spans the block's rows, its name centred on them), is a line of the row it stands beside;
on a row's own line (``Antwerpen  Graduaat …  7``, or one space from the name where the
column is narrow) it is that row's; a block's ``Totaal Limburg`` is a row of one line. Text
laid out in whole lines has no line halfway: where no placement reads every name, the
figures on the middle line rounded up or down are tried — in a table with no blocks' column
only under a header of one line (a header's first cell wrapped above and below its periods'
line is no row) and only where such a reading reads every name whole (begun with a capital).
A header may name months with their years (``september 2023``), or stand under its months'
names (``december`` / ``Opleiding  2016``). A name's own number, left in the names' column,
is a line of the name (``module`` / ``5``; beside the row's figures in a blocks' table,
``1  27  27``). A sector's name alone at the names' left (``Zorg``), in a table where a
``Subtotaal <sector>`` closes a block (any sector's: the block's own may stand on the next
page; the sector maybe wrapped onto the line of its figures, ``Subtotaal`` / ``onderwijs  279``),
heads the block: a line of its own, no line of a name, and such a table is read as a
blocks' table is; so does a province's name alone at the names' left in a table where a
total's words that name a province close a block (``Totaal in Antwerpen  121  144``; the
province may end the total's words wrapped above its figures, ``Totaal voor de provincie`` /
``Antwerpen  121  144``). A blocks' table whose rows run to the foot of a page goes on on the
next one under the same header where that page repeats none (:func:`_carried`) — a table
with no blocks, too, read by the figures' place beside a name's last line or its middle, and
a table whose rows on the page before each stood on one line (no telling there where the
figures stand: the next page's wrapped names tell) — and on the page after that, a table over
three pages or more. Where the figures stand is one decision for a table whose rows go on over
pages (with no header on the next page, or under its header repeated at the page's top — or
under a caption there that says the table goes on, ``Tabel 1 (vervolg)``): the
placements that read every page's rows (:func:`settle_tables`) — a page that alone reads two
ways (``Bachelor in de`` / ``Verpleegkunde  86``, beside the first line or the last) reads as the
table's other pages tell, and where the pages settle no placement the pages are said. A
sector's name alone right under the header, a name begun with a capital below it, heads a block
that fills the page (its ``Subtotaal`` on a later one); a sector's name whose next line goes on
in lower case (``Logistiek`` / ``assistent``) is a name's first line. A number alone ends a
name, never begins one: where only a reading that begins a name with it reads every name whole
(``2`` / ``Graduaat …``), the run is unclear; nor does a name begin with a range cut after its
dash (``1- 4 knelpuntvakken``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from okot_audit.patterns import (
    ATTRIBUTE_NAME, COUNT_COLUMN, GRAND_TOTAL_WORDS, MONTH_WORD, NOTE_LINE, PLAIN_TOTAL_WORDS, SECTORS,
    TOTAL_LINE_WORDS, figures_note, words_pattern,
)
from okot_audit.read.heads import heads_block
from okot_audit.read.pdf import (
    _CODE_START, _ITEM_START, _PERIOD_LABEL, _SENTENCE, _VALUE_MARK, _WHOLE_LABEL, ROW_GAP, _Chunk, _counts, _has_rule_between, _Line,
    _figures_no_name_holds, _lone_number, _starts_row,
)
from okot_audit.tables import PROVINCES

#: How far (in font sizes) a row's figures may stand off the centre of its label's lines and
#: still be centred on them.
CENTRE_SLACK = 0.3

_LABEL, _FIGURES, _BOTH, _SPAN, _TOTAL, _HEAD = "label", "figures", "both", "span", "total", "head"
#: A total's or a block's subtotal's words in the first cell (``Totaal``, ``Totaal Limburg``,
#: ``Eindtotaal``, ``Som Limburg``, ``Subtotal Limburg``): a row of one line, whatever the
#: placement. Every word of the vocabulary (:data:`~okot_audit.patterns.TOTAL_LINE_WORDS`).
_TOTAL_WORDS = re.compile(r"(?:" + words_pattern(TOTAL_LINE_WORDS) + r")\b", re.I)


#: A name's own number (``module`` / ``5``), no count: one or two digits.
_OWN_NUMBER = re.compile(r"\d{1,2}")


def _kind(line: _Line, left: float, blocks: float | None = None, heads: frozenset[str] = frozenset()) -> str | None:
    """What `line` is in a run of rows whose labels start at `left`: one line of a label alone
    (``orthopedagogie``), figures alone right of the label column, a label's line with the
    row's figures beside it, the name of the rows' block in a column of its own left of theirs
    (at `blocks`: a province's cell that spans the block's rows, its name centred on them) — or
    none of these (prose, a block's name, a note: the run ends). `heads`: the sectors whose
    blocks a ``Subtotaal <sector>`` closes further down — a sector's name alone at the names'
    left is its block's head, a line of its own."""
    if blocks is not None:
        line = _split_at(line, left, blocks)
    chunks = line.chunks
    if not chunks:
        return None
    first = chunks[0]
    in_blocks = blocks is not None and not first.figure and abs(first.x0 - blocks) <= line.size and first.x1 < left
    if (blocks is not None or heads) \
            and (abs(first.x0 - left) <= line.size or (blocks is not None and abs(first.x0 - blocks) <= line.size)) \
            and not first.figure and _TOTAL_WORDS.match(first.text) and len(chunks) > 1 \
            and all(c.figure for c in chunks[1:]) and _counts(line):
        return _TOTAL  # (``Totaal Limburg  43  48``: a block's subtotal, under the blocks' names or the rows')
    if in_blocks and len(chunks) > 1 and _WHOLE_LABEL.fullmatch("".join(first.text.split())) and (
            not chunks[1].figure or abs(chunks[1].x0 - left) <= line.size):
        # a block's name in its column on a row's own line (``Antwerpen  Graduaat …  7  558``,
        # ``Limburg  1  31  43  16``: a name's own number in the names' column, beside its
        # figures): the line is what the rest of it is, the name its row's
        rest = _kind(replace(line, chunks=chunks[1:]), left, blocks if chunks[1].figure else None)
        return rest if rest in (_LABEL, _BOTH) else None
    if blocks is not None and len(chunks) == 1 and not first.figure and abs(first.x0 - blocks) <= line.size \
            and first.x1 < left and _WHOLE_LABEL.fullmatch("".join(first.text.split())):
        return _SPAN
    at_left = abs(first.x0 - left) <= line.size
    if len(chunks) == 1 and at_left and _figures_no_name_holds(line):
        return None  # (``120 130`` below the rows, at the names' left: no name's line — said where it stands)
    dash = first.figure and at_left and not any(ch.isdigit() for ch in first.text)
    if len(chunks) == 1 and (dash or (first.figure and at_left)):
        # (a name's own number on a line of its own, ``module`` / ``5``: left in the names'
        # column, where no count stands)
        return _LABEL  # a name's own dash on a line of its own (``kinderzorg -`` / ``(avondonderwijs)`` / ``-``)
    if len(chunks) == 1 and not first.figure:
        name = " ".join(first.text.split())
        if not at_left or NOTE_LINE.match(name) or ATTRIBUTE_NAME.match(name) or _SENTENCE.fullmatch(name) \
                or figures_note(name):
            return None  # (a caption under a row reads as a sentence, or speaks of figures: no name's line)
        if name.lower() in SECTORS and not name[:1].islower():
            return _HEAD if name.lower() in heads else None  # a block's name (``Zorg``); a name's last word in lower case goes on it (``in de`` / ``zorg``)
        if name.lower() in heads and _WHOLE_LABEL.fullmatch("".join(name.split())):
            return _HEAD  # a province's name alone over the rows of its block, closed by ``Totaal in Antwerpen``
        return _LABEL
    if not _counts(line):
        return None
    if all(c.figure for c in chunks) and first.x0 > left + line.size:
        return _FIGURES
    if at_left and (not first.figure or dash) and all(c.figure or _VALUE_MARK.fullmatch(c.text) for c in chunks[1:]):
        return _BOTH  # (``-  15  16  17``: the name's dash beside its figures; ``<5``: a count withheld among them)
    if at_left and (blocks is not None or heads or _OWN_NUMBER.fullmatch(first.text)) and len(chunks) > 1 \
            and all(c.figure for c in chunks):
        return _BOTH  # (``1  27  27``: a name's own number in the names' column, beside its row's figures)
    return None


#: A footnote's mark set apart after a row's name (``Logistiek assistent   (a)``).
_NAME_MARK = re.compile(r"\([a-z*]\)|[a-z]\)|\*{1,3}")


def _marked(line: _Line, values: float | None) -> _Line:
    """`line` with a footnote's mark set apart after its name (``ouderenzorg   (a)   5   7``)
    made part of the name's cell, where the mark ends left of the table's first column of values
    (`values`, where the header's second cell starts): no value stands there, so it is no mark
    for a withheld count (those stand in their column, under a period); `line` itself otherwise."""
    chunks = line.chunks
    if values is None or len(chunks) < 2 or chunks[0].figure or chunks[1].x1 >= values \
            or not _NAME_MARK.fullmatch(chunks[1].text):
        return line
    return replace(line, chunks=[_Chunk([*chunks[0].words, *chunks[1].words]), *chunks[2:]])


def _kind_at(lines: list[_Line], at: int, left: float, blocks: float | None, heads: frozenset[str],
             values: float | None = None) -> str | None:
    """What ``lines[at]`` is (:func:`_kind`, a name's mark set apart part of it: :func:`_marked`),
    a sector's name alone a line of a label where the line below goes on with it in lower case
    (``Logistiek`` / ``assistent``): a programme's name begun with a sector's, no block's head."""
    if _lone_number(lines, at):
        return None  # (``- 2 -``: no line of a row's, said where it stands)
    kind = _kind(_marked(lines[at], values), left, blocks, heads)
    if kind not in (None, _HEAD) or at + 1 >= len(lines) or len(lines[at].chunks) != 1:
        return kind
    first, below = lines[at].chunks[0], lines[at + 1].chunks
    if first.figure or abs(first.x0 - left) > lines[at].size or " ".join(first.text.split()).lower() not in SECTORS:
        return kind
    return _LABEL if below and not below[0].figure and below[0].text[:1].islower() else kind


def _province_row(run: list[_Line], at: int, left: float, blocks: float | None) -> bool:
    """Whether ``run[at]`` begins with a province's name in the names' column: a province's row,
    whose name wraps at no word — unless the line above is a total's words alone, the province
    the end of the total's name wrapped onto the line of its figures (``Totaal voor de
    provincie`` / ``Antwerpen  121  144``, figures beside a name's last line)."""
    line = run[at]
    if not _WHOLE_LABEL.fullmatch("".join(line.chunks[0].text.split())) or _in_blocks(line, left, blocks):
        return False
    above = run[at - 1].chunks
    return not (len(above) == 1 and not above[0].figure and _TOTAL_WORDS.match(above[0].text) is not None
                and len(line.chunks) > 1)


def _in_blocks(line: _Line, left: float, blocks: float | None) -> bool:
    """Whether `line` starts with a cell in the blocks' column (left of the names at `left`)."""
    first = line.chunks[0]
    return blocks is not None and abs(first.x0 - blocks) <= line.size and first.x1 < left


def _header(line: _Line, months: bool = False) -> bool:
    """A table's header: column names, a period's among them (`months`: or a month's and its
    year, ``september 2023``), and no count — or the name of one column of counts alone beside
    the label column's (``Opleiding  Aantal``, ``Provincie  Aantal cursisten``, the period named
    in the prose); its first cell names the label column (so the labels start under it)."""
    return (
        len(line.chunks) >= 2 and not line.chunks[0].figure and not _counts(line)
        and (any(_PERIOD_LABEL.match(c.text) or (months and _MONTH_PERIOD.fullmatch(c.text)) for c in line.chunks[1:])
             or (len(line.chunks) == 2 and COUNT_COLUMN.fullmatch(" ".join(line.chunks[1].text.split())) is not None))
    )




#: A month and its year in one header cell (``september 2023``).
_MONTH_PERIOD = re.compile(MONTH_WORD + r"\s+(?:19|20)\d{2}\*{0,3}", re.I)


def _header_cell_above(lines: list[_Line], at: int, rules) -> _Line | None:
    """The first line of the header's first cell, where `lines[at]` holds the header's period
    labels alone and its first cell, centred on them, wraps around them (``Opleidin`` /
    ``2021  2022  2023`` / ``g``): the line right above, one cell left of every period label —
    or the header's line of month names over their years, the first cell beside them
    (``Opleiding  januari  februari`` / ``2023  2023  Totaal``)."""
    line = lines[at]
    if not at or not line.chunks or not (
            line.chunks[0].figure or all(_PERIOD_LABEL.match(w.text) for w in line.chunks[0].words)) or not all(
            (c.figure and _PERIOD_LABEL.match(c.text)) or _TOTAL_COLUMN.fullmatch(c.text)
            or all(_PERIOD_LABEL.match(w.text) or _MONTH_NAME.fullmatch(w.text) for w in c.words)
            or _STARS_ALONE.fullmatch(c.text) for c in line.chunks):
        return None  # (months whose cells wrap unevenly: ``januari`` / ``2023``, ``mei 2023`` whole, a
        # wrapped month's year one space before the next month's label, ``2023 april 2023``; a
        # wrapped cell's mark alone, ``*``)
    above = lines[at - 1]
    if not above.chunks or above.chunks[0].figure or above.chunks[0].x1 >= line.chunks[0].x0:
        return None
    if not all(_MONTH_NAME.fullmatch(c.text) for c in above.chunks[1:]) and not _wrapped_over(above, line):
        return None  # (beside the first cell, only month names over their years: ``januari`` / ``2023``)
    if _ITEM_START.match(above.text) or NOTE_LINE.match(above.text):
        return None  # a caption's number (``Tabel 1``, ``a)``) or a note: no header's cell
    if line.top - above.bottom > ROW_GAP * max(line.size, above.size) or _has_rule_between(rules, above, line):
        return None
    return above


def periods_wrapped_above(lines: list[_Line], at: int, rules) -> bool:
    """Whether `lines[at]` is a header's line of periods whose line above holds the header's first
    cell and periods whose cells wrapped, set higher, their marks alone in `lines[at]` under them
    (:func:`_wrapped_over`): one row of the header, read together by position."""
    above = _header_cell_above(lines, at, rules)
    return above is not None and _wrapped_over(above, lines[at])


#: A footnote's mark alone in a header's cell: the last line of a wrapped period's (``2022-2023`` / ``*``).
_STARS_ALONE = re.compile(r"\*{1,3}")


def _wrapped_over(above: _Line, line: _Line) -> bool:
    """Whether the cells of `above` after its first are periods whose cells wrapped, set to the
    bottom beside the others (``Opleiding  2022-2023`` / ``2020-2021  2021-2022  *  Totaal``): each
    a period label alone, over no cell of the periods' line `line` but a mark alone (its own
    wrapped mark), and a mark alone there under each of them."""
    def over(c: _Chunk, d: _Chunk) -> bool:
        return c.x0 < d.x1 and d.x0 < c.x1

    cells = above.chunks[1:]
    return bool(cells) and all(
        c.figure and _PERIOD_LABEL.match(c.text)
        and all(_STARS_ALONE.fullmatch(d.text) for d in line.chunks if over(c, d))
        and any(_STARS_ALONE.fullmatch(d.text) and over(c, d) for d in line.chunks)
        for c in cells)


#: A month's name, a header's cell wrapped over its year (``januari`` / ``2023``).
_MONTH_NAME = re.compile(MONTH_WORD, re.I)
#: A total column's word among the period labels (``Totaal``, ``Som``, ``Eindtotaal``, ``Grand
#: Total``): a plain or a grand total's word of the vocabulary, the whole cell. A subtotal's
#: names no total column (it totals some of the periods' columns, not all of them).
_TOTAL_COLUMN = re.compile(words_pattern((*PLAIN_TOTAL_WORDS, *GRAND_TOTAL_WORDS)), re.I)


def _names_column(lines: list[_Line], at: int) -> tuple[float, float | None]:
    """Where the names of the rows under the header ``lines[at]`` start, and where the column of
    their blocks' names starts left of them (None without one): a header whose first cell
    names the blocks (``Provincie  Opleiding  2018  2019``), the rows' names under its second,
    the first line below it starting there."""
    header = lines[at]
    left = header.chunks[0].x0
    if len(header.chunks) < 3 or header.chunks[1].figure or at + 1 >= len(lines) or not lines[at + 1].chunks:
        return left, None
    names = header.chunks[1]

    def name_in(line: _Line) -> _Chunk:
        first = line.chunks[0]
        if len(line.chunks) > 1 and not first.figure and abs(first.x0 - left) <= line.size and first.x1 < names.x0 \
                and _WHOLE_LABEL.fullmatch("".join(first.text.split())):
            return line.chunks[1]  # (the row's block's name beside it, ``Limburg  Graduaat …  43``)
        return first

    line = _split_at(lines[at + 1], names.x0, left)
    below = name_in(line)
    if below is line.chunks[0] and not below.figure and abs(below.x0 - left) <= line.size and at + 2 < len(lines) \
            and lines[at + 2].chunks and (
            (len(line.chunks) == 1 and below.x1 < names.x0 and _WHOLE_LABEL.fullmatch("".join(below.text.split())))
            or (_TOTAL_WORDS.match(below.text) and len(line.chunks) > 1 and all(c.figure for c in line.chunks[1:]))):
        # (the first block's name alone on its line over its rows, ``Brussel`` / ``Graduaat …``; a
        # block's subtotal first, on a page that goes on with the rows of a table begun before —
        # the next block's name beside its first row, ``Totaal West-Vlaanderen  39`` / ``Brussel
        # Graduaat …  50``)
        line = _split_at(lines[at + 2], names.x0, left)
        below = name_in(line)
    if below.figure or abs(below.x0 - names.x0) > line.size or below.x0 <= header.chunks[0].x1:
        return left, None
    return names.x0, left


def _split_at(line: _Line, left: float, blocks: float) -> _Line:
    """`line` with its first cell cut where the names' column starts (at `left`), where a
    block's name in its column and the row's name beside it make one cell (``Oost-Vlaanderen
    Professionele educ``: one space between them where the block's column is narrow)."""
    first = line.chunks[0] if line.chunks else None
    if first is None or first.figure or abs(first.x0 - blocks) > line.size or first.x1 < left:
        return line
    cut = next((i for i, w in enumerate(first.words) if i and abs(w.x0 - left) <= line.size), None)
    if cut is None or not _WHOLE_LABEL.fullmatch("".join(w.text for w in first.words[:cut])):
        return line
    return replace(line, chunks=[_Chunk(first.words[:cut]), _Chunk(first.words[cut:]), *line.chunks[1:]])


def _run(lines: list[_Line], start: int, left: float, rules, blocks: float | None = None,
         heads: frozenset[str] = frozenset(), values: float | None = None) -> int:
    """The end (exclusive) of the run of label and figure lines under the header at `start` (a
    header of one line set apart from the rows by space, as a padded header row is — a blank
    line under it in ``pdftotext -layout`` text — starts it all the same: the rows' own spacing
    tells them apart; a rule under it, or a header whose first cell wraps above it, does not)."""
    end = start + 1
    header = lines[start]
    alone = start == 0 or header.top - lines[start - 1].bottom > ROW_GAP * max(header.size, lines[start - 1].size) \
        or _months_over(lines[start - 1], header, 1 if blocks is not None else 0)
    while end < len(lines):
        line, last = lines[end], lines[end - 1]
        if _kind_at(lines, end, left, blocks, heads, values) is None:
            break
        gap = line.top - last.bottom > ROW_GAP * max(line.size, last.size)
        if (gap and (end > start + 1 or not alone)) or _has_rule_between(rules, last, line):
            break
        end += 1
    return end


def _months_over(above: _Line, header: _Line, names: int = 1) -> bool:
    """Whether `above` holds only month names over the header's periods (``april  mei`` /
    ``Provincie  Opleiding  2022  2022``), right of the header's cell `names` (the names'
    column): the header's own line, its first cells not wrapped."""
    return bool(above.chunks) and len(header.chunks) > 1 and above.chunks[0].x0 > header.chunks[names].x1 \
        and all(_MONTH_NAME.fullmatch(w.text) for w in above.words)


Rows = list[list[_Line]]


def _at_top(run: list[_Line], kinds: list[str]) -> Rows | None:
    """The rows if every row's figures stand beside its label's first line."""
    rows: Rows = []
    for i, (line, kind) in enumerate(zip(run, kinds)):
        if kind == _LABEL and rows and kinds[i - 1] != _TOTAL:
            rows[-1].append(line)
        elif kind in (_BOTH, _TOTAL):
            rows.append([line])
        else:
            return None
    return rows


def _at_bottom(run: list[_Line], kinds: list[str]) -> Rows | None:
    """The rows if every row's figures stand beside its label's last line."""
    rows: Rows = []
    pending: list[_Line] = []
    for line, kind in zip(run, kinds):
        if kind == _LABEL:
            pending.append(line)
        elif kind == _BOTH or (kind == _TOTAL and not pending):
            rows.append([*pending, line])
            pending = []
        else:
            return None
    return None if pending else rows


def _centred(run: list[_Line], kinds: list[str]) -> Rows | None:
    """The rows if every row's figures stand centred on its label's lines: as many lines above
    them as below, the figures' line halfway between the label's top and bottom."""
    rows: Rows = []
    at = 0
    while at < len(run):
        figures = next((i for i in range(at, len(run)) if kinds[i] != _LABEL), None)
        if figures is None:
            return None  # label lines after the last row's
        above = figures - at
        if kinds[figures] == _TOTAL:
            if above:
                return None  # (a total's words wrap in no name's lines)
            rows.append([run[figures]])
            at = figures + 1
            continue
        below = run[figures + 1: figures + 1 + above]
        if len(below) < above or any(kinds[figures + 1 + i] != _LABEL for i in range(above)):
            return None
        row = run[at: figures + 1] + below
        label = [m for m, kind in zip(row, kinds[at: figures + 1 + above]) if kind != _FIGURES]
        if not label:
            return None  # figures with no label
        line = run[figures]
        centre = (line.top + line.bottom) / 2
        if abs((min(m.top for m in label) + max(m.bottom for m in label)) / 2 - centre) > CENTRE_SLACK * line.size:
            return None
        rows.append(row)
        at = figures + 1 + above
    return rows


def _rounded(run: list[_Line], kinds: list[str], more: int) -> list[Rows]:
    """The ways to read `run` (two at most) if every row's figures stand on the line of its
    label's middle, rounded up (`more` 1: one line more below them than above where the label
    has an even number of lines, ``Graduaat`` / ``apotheekassistent  12`` / ``module 5`` /
    ``verkort``) or down (`more` -1) — text laid out in whole lines (``pdftotext -layout``)
    has no line halfway — each name under the header begun as a name is (not in lower case)."""
    memo: dict[int, list[Rows]] = {}

    def rows_from(at: int) -> list[Rows]:
        if at == len(run):
            return [[]]
        if at in memo:
            return memo[at]
        memo[at] = []
        if at and _lower(run[at]):
            return []  # (a name's further line: no row starts there)
        figures = next((i for i in range(at, len(run)) if kinds[i] != _LABEL), None)
        if figures is None or kinds[figures] == _FIGURES:
            return []
        above = figures - at
        if kinds[figures] == _TOTAL:
            memo[at] = [] if above else [[[run[figures]], *rest] for rest in rows_from(figures + 1)]
            return memo[at]
        found: list[Rows] = []
        for below in dict.fromkeys((above, above + more)):
            stop = figures + 1 + below
            if below < 0 or stop > len(run) or any(kinds[i] != _LABEL for i in range(figures + 1, stop)):
                continue
            found.extend([run[at:stop], *rest] for rest in rows_from(stop))
        memo[at] = found[:2]
        return memo[at]

    return rows_from(0)


def _lower(line: _Line) -> bool:
    """Whether `line` goes on a name: it begins in lower case, with a number alone, or with a
    piece no name begins with (``- verkort traject``, ``-1ste jaar``: :data:`_PIECE`)."""
    first = line.chunks[0] if line.chunks else None
    if first is not None and first.figure and len(line.chunks) == 1:
        return True
    chunk = next((c for c in line.chunks if not c.figure), None)
    return chunk is not None and (chunk.text[:1].islower() or _PIECE.match(chunk.text) is not None)


def _rounded_up(run: list[_Line], kinds: list[str]) -> list[Rows]:
    return _rounded(run, kinds, 1)


def _rounded_down(run: list[_Line], kinds: list[str]) -> list[Rows]:
    return _rounded(run, kinds, -1)


def _one(place: Callable[[list[_Line], list[str]], Rows | None]) -> Callable[[list[_Line], list[str]], list[Rows]]:
    def readings(run: list[_Line], kinds: list[str]) -> list[Rows]:
        rows = place(run, kinds)
        return [] if rows is None else [rows]

    readings.__name__ = place.__name__
    return readings


def _whole_rows(rows: Rows) -> bool:
    """Whether no row takes a line that starts a row of its own (a code, ``Totaal``) after its
    first: such a line is a label's first."""
    return not any(_starts_row(m, row[0].chunks[0].x0) for row in rows for m in row[1:])


def _capitalised(rows: Rows, left: float | None = None) -> bool:
    """Whether every row's label under the header (`rows`' first: its cell may be the end of a
    header broken above it, ``Provinci`` / ``e``) begins as a name does: not with a word in lower
    case (a label's further lines do: ``Graduaat`` / ``orthopedagogie``). `left`: where the names
    start right of a blocks' column — a block's name in it beside a row's line (``Antwerpen
    leefgroepenwerking …``) is no word of the row's name (a block's ``Totaal Limburg`` is its row's)."""
    for row in rows[1:]:
        words = [c.text for m in row for c in m.chunks if not c.figure]
        named = [c.text for m in row for c in m.chunks if not c.figure and left is not None and c.x1 >= left]
        word = named[0] if named else next(iter(words), None)
        if word is None or word[:1].islower() or _PIECE.match(word):
            return False  # (no word at all: a name's own number beside its figures, ``1  27``, is no name)
    return True


#: A training code in brackets in a row's name (``Zorgkundige (900124)``), a footnote's stars after it.
_BRACKETED_CODE = re.compile(r"[(\[]\d{6}[)\]]\**")


def _codes_close(rows: Rows) -> bool:
    """Whether every row's name under the header (`rows`' first is the header's) that holds a
    training code in brackets ends with it and holds no other: a programme's code closes its
    name (``Tweedekansonderwijs zorgkundige - tweede jaar (900124)``). Where the figures stand
    beside a name's last line, a reading that joins a name's first lines to the row above puts
    a code amid a name and leaves a code alone as the next row's (``(900124)``)."""
    for row in rows[1:]:
        label = " ".join(c.text for m in row for c in m.chunks if not c.figure)
        codes = list(_BRACKETED_CODE.finditer(label))
        if codes and (len(codes) > 1 or label[codes[0].end():].strip() or not label[:codes[0].start()].strip()):
            return False
    return True


#: A piece of a name that goes on one (a dash and a space, ``- verkort traject``; a dash before
#: an ordinal or a word in lower case, the name wrapped before it, ``opvoeder`` / ``-1ste jaar``;
#: a range cut after its dash or around it, ``1- 4 knelpuntvakken``, ``2 - 3``): no name begins
#: so (``-25 jaar``, ``25-54 jaar`` do: no space in them, no ordinal); a number or an ordinal
#: before a word in lower case, the name wrapped before it (``module`` / ``5 jeugd-``, ``- `` /
#: ``2de jaar``); a bracket (``orthopedagogie`` / ``(SLO)``).
_PIECE = re.compile(r"\(|-\s|-(?:\d+\s?(?:ste|de|e)\b|[^\W\d_A-Z])|\d+(?:\s-\s?|-\s)\d|\d+(?:\s?(?:ste|de|e))?\s+[^\W\d_A-Z]")


def _number_first(rows: Rows) -> bool:
    """Whether a row under the header (`rows`' first is the header's) begins with a number alone
    on its line: a name's own number ends it (``module`` / ``5``), never begins it — such a line
    is a row of its own (a category ``2``, its figures blank or elsewhere), or a block's
    number, the layout does not say which. A training code alone (``501234`` / ``Graduaat …``)
    does begin its row's name."""
    return any(len(row[0].chunks) == 1 and row[0].chunks[0].figure and any(ch.isdigit() for ch in row[0].chunks[0].text)
               and not _CODE_START.match(row[0].chunks[0].text) and len(row) > 1 for row in rows[1:])  # (a code begins its row)


def _spaced(rows: Rows) -> bool:
    """Whether the rows keep their own lines closer together than any two rows: no gap between
    two lines of one row wider (by a fifth of a line) than a gap between two rows — a table whose
    cells are padded sets its rows apart, every line of a name alike."""
    inner = [b.top - a.bottom for row in rows for a, b in zip(row, row[1:])]
    between = [b[0].top - a[-1].bottom for a, b in zip(rows, rows[1:])]
    if not inner or not between:
        return True
    return max(inner) <= min(between) + 0.2 * rows[0][0].size


def _ids(rows: Rows) -> list[list[int]]:
    return [[id(m) for m in row] for row in rows]


_AT_TOP = _one(_at_top)
#: Each placement's readings of a run (none where it accounts for no reading of every line),
#: the placements of text in whole lines tried where the others read none.
PLACEMENTS: tuple[tuple[Callable[[list[_Line], list[str]], list[Rows]], ...], ...] = (
    (_AT_TOP, _one(_at_bottom), _one(_centred)), (_rounded_up, _rounded_down))


@dataclass(eq=False)
class Run:
    """One page's run of an unruled table's rows under its header (:func:`page_runs`): where it
    starts among the page's lines (at the header, or at the header's first cell above it) and
    where it ends (exclusive), its lines under the header (what ``rows-unclear`` names), and
    the readings left of the placements that read every line of it — each by its placement's
    name, in the order tried. A page of a table alone may not tell where the figures stand (a
    name wrapped over a line begun with a capital reads whole beside its first line and beside
    its last): where the table goes on over pages (:attr:`foot`, :attr:`goes_on`), the
    placement is the one every page's rows allow (:func:`settle_tables`)."""

    start: int
    end: int
    lines: list[_Line]
    readings: list[tuple[str, Rows]] = field(default_factory=list)
    #: Every reading the run allows, by tier (placements to whole lines after those that place
    #: the figures exactly), in the order tried: the readings its table may choose among.
    tiers: list[list[tuple[str, Rows]]] = field(default_factory=list)
    #: No telling which lines make which row's name (said: ``rows-unclear``).
    unclear: bool = False
    #: Whether the pages of its table choose among its readings: False where the page alone
    #: decides (every placement reads it alike, none reads it, or only a number alone begins a
    #: name whole).
    votes: bool = False
    spans: list[_Line] = field(default_factory=list)
    tops: list[_Line] = field(default_factory=list)
    blocks: bool = False
    #: The run reaches the page's foot: its table may go on on the next page.
    foot: bool = False
    #: The run starts the page, going on with the rows of the table of the page before: under
    #: that table's header carried (none on the page) or repeated at the page's top.
    goes_on: bool = False
    #: The header of the page before that heads the run (carried: no line of this page).
    ghost: _Line | None = None

    def rows(self) -> Rows | None:
        """The run's rows, or None where its lines are read as ever (figures beside a name's
        first line, or no telling)."""
        if self.unclear or not self.readings:
            return None
        rows = [list(row) for row in self.readings[0][1]]
        if any(place == _AT_TOP.__name__ for place, _ in self.readings) and not self.spans and not self.tops \
                and not self.blocks:
            return None  # read as ever (figures beside the first line)
        rows = _with_spans(rows, self.spans)
        if self.tops:
            rows = sorted([*rows, *([h] for h in self.tops)], key=lambda row: row[0].top)
        if self.ghost is not None:
            if not rows or rows[0] != [self.ghost]:
                return None  # (the page's first lines joined to the header: read as ever)
            rows = rows[1:]
        return rows


def wrapped_rows(lines: list[_Line], rules, unclear: list[list[_Line]] | None = None,
                 carry: list[_Line | None] | None = None) -> dict[int, tuple[int, Rows]]:
    """A page read alone (:func:`page_runs`): for every run whose names wrap and whose figures
    stand beside a name's last line or centred on its lines, where it starts, where it ends
    (exclusive) and its rows; each run that cannot be told appended to `unclear`."""
    return read_runs(page_runs(lines, rules, carry), unclear)


def read_runs(runs: list[Run], unclear: list[list[_Line]] | None = None) -> dict[int, tuple[int, Rows]]:
    """Where each of a page's `runs` (settled: :func:`settle_tables`) starts, where it ends and
    its rows — those not read as ever; each run that cannot be told appended to `unclear`."""
    out: dict[int, tuple[int, Rows]] = {}
    for run in runs:
        if run.unclear:
            if unclear is not None:
                unclear.append(run.lines)
            continue
        rows = run.rows()
        if rows is not None:
            out[run.start] = (run.end, rows)
    return out


def settle_tables(pages: list[list[Run]]) -> None:
    """Make one decision where the figures stand for each table whose rows go on over pages
    (a run at one page's foot, the next page's first run going on with it): the placements
    that read every page's rows (each page's readings, their placements in common). A page
    that alone reads two ways (``Bachelor in de`` / ``Verpleegkunde  86``: beside the first
    line or the last) reads the way the table's other pages allow; where the pages allow no
    placement in common, or still two that read a page two ways, the pages that choose are
    said (``rows-unclear``), none read by a placement another page rules out."""
    table: list[Run] = []
    for runs in pages:
        if not runs or not (table and runs[0].goes_on and table[-1].foot):
            _settle_table(table)
            table = []
        for index, run in enumerate(runs):
            if index:
                _settle_table(table)
                table = []
            table.append(run)
    _settle_table(table)


def _settle_table(table: list[Run]) -> None:
    voting = [run for run in table if run.votes]
    if len(voting) < 2:
        return
    common = set.intersection(*({place for tier in run.tiers for place, _ in tier} for run in voting))
    for run in voting:
        run.readings = next(([(p, rows) for p, rows in tier if p in common] for tier in run.tiers
                             if any(p in common for p, _ in tier)), [])
        run.unclear = not run.readings or any(_ids(rows) != _ids(run.readings[0][1]) for _, rows in run.readings[1:])


def page_runs(lines: list[_Line], rules, carry: list[_Line | None] | None = None) -> list[Run]:
    """Every run of an unruled table's rows on a page (`lines`) whose labels may wrap, under a
    header of the table (a row of the run: its first cell wraps as the labels do, ``Provinci``
    / ``e``), and what reads it: the placements whose readings account for every line (each
    row's lines closer together than two rows, no line that starts a row inside one), those
    that begin every name with a capital where one does, those whose names close with their
    codes where two differ. A run that two placements read into different rows is unclear —
    unless its table's other pages settle it (:func:`settle_tables`). `carry` holds the header
    of a table whose rows ran to the foot of the page before: a page with no header of its own
    goes on with them (:func:`_carried`); a page that repeats it goes on with them too."""
    runs: list[Run] = []
    at = 0
    before = carry[0] if carry else None
    carried = _carried(lines, rules, carry)
    if carried is not None:
        runs.append(carried)
        if carried.rows() is not None:
            at = carried.end
    while at < len(lines) - 1:
        header = lines[at]
        above = _header_cell_above(lines, at, rules)
        if above is None and not _header(header, months=True):
            at += 1
            continue
        left, blocks = ((above or header).chunks[0].x0, None) if above else _names_column(lines, at)
        heads = _closed_sectors(lines, at) if blocks is None and above is None else frozenset()
        values = header.chunks[1].x0 if above is None and blocks is None and len(header.chunks) > 1 else None
        end = _run(lines, at, left, rules, blocks, heads, values)
        start = at - (above is not None)
        run = [_marked(m, values) for m in lines[start:end]] if blocks is None else [
            _split_at(m, left, blocks) for m in lines[start:end]]
        kinds = [*([_LABEL] if above else []), _BOTH,
                 *(_kind_at(lines, i, left, blocks, heads, values) or "" for i in range(at + 1, end))]
        at = max(end, at + 1)
        top = _page_top(lines, start)
        whole = header if above is None else _one_line(above, header) if (
            top and before is not None or end == len(lines)) else None
        if carry is not None and end == len(lines):
            # (the table's rows run to the page's foot: its header carried to the next page, whose
            # rows, with no header of their own, may show where the figures stand — beside a
            # name's last line — where this page's rows, each on one line, show nothing)
            carry[0] = whole
        found = Run(start, end, run[1:], foot=end == len(lines), blocks=blocks is not None,
                    goes_on=top and before is not None and whole is not None and _same_header(before, whole))
        runs.append(found)
        spans = [m for m, kind in zip(run, kinds) if kind == _SPAN]
        if spans:  # (a block's name in its own column: a line of the row beside it, below)
            run, kinds = [m for m in run if all(m is not s for s in spans)], [k for k in kinds if k != _SPAN]
        tops = [m for m, kind in zip(run, kinds) if kind == _HEAD]
        if tops and end < len(lines) and _counts(lines[end]):
            continue  # the sectors' rows go on past a line none of them reads (``fase 1-`` / ``2  67  67``): read as ever
        if tops:  # (a sector's block head: a line of its own, no line of the name below it)
            run, kinds = [m for m in run if all(m is not h for h in tops)], [k for k in kinds if k != _HEAD]
        if _LABEL not in kinds or len(run) < 3:
            continue
        if all(kind == _LABEL for kind in kinds[1 + (above is not None):]):
            # no row's figures under the header: the run stops above them, at a line none of its
            # kinds reads (``Brussel  2  13``, a block's name beside figures centred on a name's
            # lines): whose the names' lines are, no placement here tells — none is the header's
            # (every placement would give them to it, the run's only row): read as ever
            continue
        if any(_province_row(run, i, left, blocks) for i in range(1, len(run))):
            continue  # a province's row: its name wraps at no word (a line beside it is a caption, or its name broken)
        if any(heads_block(run, i, _counts) for i in range(1, len(run) - 1)):
            continue  # a block's head (``Mannen`` over its rows) is a line of its own, no name's piece: read.heads
        found.spans, found.tops = spans, tops
        tiers = [[(place, rows) for place in placements for rows in place(run, kinds) if _whole_rows(rows) and _spaced(rows)]
                 for placements in PLACEMENTS[:None if blocks is not None or tops or above is None else 1]]
        numbered = any(_number_first(rows) for tier in tiers for _, rows in tier)
        tiers = [[r for r in tier if not _number_first(r[1])] for tier in tiers]
        # (a middle rounded to a line: where no placement reads every name — in a table with no
        # blocks' column only where it reads every name, and under a header of one line)
        whole_names = blocks is not None or tops
        names = None if blocks is None else left
        capital = next(([r for r in tier if _capitalised(r[1], names)] for tier in tiers
                        if any(_capitalised(r[1], names) for r in tier)), None)
        if capital is None and numbered:
            found.unclear = True
            continue  # every name whole only with a number alone starting one (``2`` / ``Graduaat …``): no telling, said
        allowed = [[r for r in tier if _capitalised(r[1], names)] for tier in tiers] if capital is not None else [
            next((tier for tier in tiers[:None if whole_names else 1] if tier), [])]
        # (where placements read different rows: the one whose names close with their codes)
        allowed = [[r for r in tier if _codes_close(r[1])] or tier if len(tier) > 1 else tier for tier in allowed]
        readings = next((tier for tier in allowed if tier), [])
        if not readings:
            continue  # by no placement: read as ever
        found.tiers = [[(place.__name__, rows) for place, rows in tier] for tier in allowed if tier]
        found.readings, found.votes = found.tiers[0], True
        # two placements, two readings: no telling (read as ever, and said) — unless the table's
        # other pages tell
        found.unclear = any(_ids(rows) != _ids(readings[0][1]) for _, rows in readings[1:])
    return runs


#: A caption's words that say its table goes on from the page before (``Tabel 1 (vervolg)``,
#: ``Vervolg tabel 1``, ``vervolg van tabel 2``).
_CONTINUED = re.compile(r"\bvervolg", re.I)


def _page_top(lines: list[_Line], start: int) -> bool:
    """Whether a run starting at ``lines[start]`` starts its page: the page's first line, or
    under a caption that says the table goes on (``Tabel 1 (vervolg)`` above the header repeated;
    a line or two, no figures but a table's number)."""
    return start == 0 or start <= 2 and all(
        _CONTINUED.search(text := " ".join(c.text for c in line.chunks)) and len(re.findall(r"\d+", text)) <= 1
        for line in lines[:start])


def _same_header(one: _Line, other: _Line) -> bool:
    """Whether two headers (each as one line) name the same columns: a table's header repeated
    at a page's top."""
    return [" ".join(c.text.split()) for c in one.chunks] == [" ".join(c.text.split()) for c in other.chunks]


#: A sector block's closing line: ``Subtotaal zorg``, ``Totaal Bouw``.
_SECTOR_TOTAL = re.compile(r"(?:sub)?totaal\s+(.+?)\s*$", re.I)


def _closed_sectors(lines: list[_Line], at: int) -> frozenset[str]:
    """The sectors and provinces whose names alone on a line head blocks in the table under the
    header ``lines[at]``: every sector, where a line ``Subtotaal <sector>`` (``Totaal <sector>``;
    its sector maybe wrapped onto the line below, :func:`_total_words`) closes a block in it (up to the next header: a block may run on to the next page); every
    province, where a total's words that name a province close a block with its figures
    (``Totaal Antwerpen``, ``Totaal in Antwerpen``, ``Algemeen totaal Antwerpen  121  144``) —
    else none. (A province's name alone over rows is then its block's head, a line of its own:
    no line of a name wrapped, whichever line of their names the rows' figures stand beside.)"""
    found: set[str] = set()
    provinces = False
    for index in range(at + 1, len(lines)):
        line = lines[index]
        if not line.chunks or _header(line, months=True):
            break
        first = line.chunks[0]
        match = None if first.figure else _SECTOR_TOTAL.match(_total_words(lines, index))
        if match and match.group(1).lower() in SECTORS:
            found.add(match.group(1).lower())
        elif not provinces and not first.figure and len(line.chunks) > 1 and (total := _TOTAL_WORDS.match(first.text)):
            provinces = any(_WHOLE_LABEL.fullmatch(word) for word in first.text[total.end():].split())
    # (a table of sector blocks: every sector's name alone heads its block — one whose subtotal
    # stands on the next page, too)
    heads = frozenset(SECTORS) if found or _heads_page(lines, at) else frozenset()
    return heads | _PROVINCE_HEADS if provinces else heads


#: A subtotal's words alone on a line, its sector wrapped onto the line of its figures.
_LONE_TOTAL = re.compile(r"(?:sub)?totaal", re.I)


def _total_words(lines: list[_Line], at: int) -> str:
    """The words of the first cell of ``lines[at]`` — with the first cell of the line below after
    them where ``lines[at]`` holds only a subtotal's word (``Subtotaal`` / ``onderwijs  279  357``:
    a narrow cell wrapped the sector's name onto the line of its figures, set to the bottom)."""
    text = " ".join(lines[at].chunks[0].text.split())
    if len(lines[at].chunks) == 1 and _LONE_TOTAL.fullmatch(text) and at + 1 < len(lines) and lines[at + 1].chunks:
        below = lines[at + 1].chunks[0]
        if not below.figure and len(lines[at + 1].chunks) > 1:
            return f"{text} {' '.join(below.text.split())}"
    return text


#: The provinces' names as :func:`_kind` looks them up among a table's block heads.
_PROVINCE_HEADS = frozenset(p.lower() for p in PROVINCES)


def _heads_page(lines: list[_Line], at: int) -> bool:
    """Whether the first line under the header ``lines[at]`` is a sector's name alone at the
    names' left (``Zorg``, with a capital), the line below it begun as a name is (not in lower
    case: ``Logistiek`` / ``assistent`` is one name): the head of a block that fills the page,
    its ``Subtotaal`` on a later one."""
    if at + 2 >= len(lines) or len(lines[at + 1].chunks) != 1 or not lines[at + 2].chunks:
        return False
    head, below = lines[at + 1].chunks[0], lines[at + 2].chunks[0]
    name = " ".join(head.text.split())
    return not head.figure and name.lower() in SECTORS and name[:1].isupper() \
        and abs(head.x0 - lines[at].chunks[0].x0) <= lines[at].size and not below.figure and below.text[:1].isupper()


def _one_line(above: _Line, header: _Line) -> _Line:
    """The header whose first cell (``Opleiding``) stands on the line `above` its periods' line
    `header` (``januari  februari`` / ``2023  2023``) as one line: that cell moved onto it."""
    shift = header.top - above.top
    first = _Chunk([replace(w, top=w.top + shift, bottom=w.bottom + shift) for w in above.chunks[0].words])
    return replace(header, words=[*first.words, *header.words], chunks=[first, *header.chunks])


def _carried(lines: list[_Line], rules, carry: list[_Line | None] | None) -> Run | None:
    """The run that starts a page going on with the rows of a table that ran to the foot of the
    page before, with no header of its own (``carry``: that table's header; the running header
    and the page number are no lines of the page here) — read as if the header stood right
    above the page's first line, its lines those of the page; the header carried on where the
    run reaches this page's foot too."""
    header = carry[0] if carry else None
    if carry:
        carry[0] = None
    if header is None or len(lines) < 2 or any(
            _header(lines[k], months=True) and _page_top(lines, k) for k in range(min(3, len(lines)))):
        return None  # (the page repeats its header: at its top, or under ``Tabel 1 (vervolg)``)
    first, second = lines[0], lines[1]
    shift = first.top - (second.top - first.top) - header.top
    ghost = replace(header, page=first.page, words=[replace(w, top=w.top + shift, bottom=w.bottom + shift)
                                                    for w in header.words],
                    chunks=[_Chunk([replace(w, top=w.top + shift, bottom=w.bottom + shift) for w in c.words])
                            for c in header.chunks])
    inner: list[_Line | None] = [None]
    found = page_runs([ghost, *lines], rules, inner)
    if not found or found[0].start != 0 or found[0].end < 2:
        return None
    run = replace(found[0], start=0, end=found[0].end - 1, ghost=ghost, goes_on=True)
    if run.votes:
        # (the page's first line begins a row: a reading that joins it to the header carried —
        # to the page before's last row, whose figures stand there — is none)
        run.tiers = [kept for tier in run.tiers if (kept := [(p, rows) for p, rows in tier if rows and rows[0] == [ghost]])]
        run.readings = run.tiers[0] if run.tiers else []
        run.votes = bool(run.readings)
        run.unclear = run.votes and any(_ids(rows) != _ids(run.readings[0][1]) for _, rows in run.readings[1:])
    if carry is not None and run.foot:
        carry[0] = header  # (a table over three pages, or more)
    return run


def _with_spans(rows: Rows, spans: list[_Line]) -> Rows:
    """`rows` with each block's name of `spans` (a cell spanning the block's rows) a line of the
    row it stands beside — the row whose lines reach down to its middle first — in the order
    of the lines from the top."""
    for span in spans:
        middle = (span.top + span.bottom) / 2
        row = next((r for r in rows if max(m.bottom for m in r) >= middle), rows[-1])
        row.append(span)
        row.sort(key=lambda m: m.top)
    return rows
