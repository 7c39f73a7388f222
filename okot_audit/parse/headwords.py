"""A header printed over several lines, read as one (:class:`HeaderLines`).

A cell too narrow for its word breaks it at the last letter that fits, no hyphen (Word,
fpdf2): the header ``Opleiding  2020  2021  Subtotaal  2022  Totaal`` comes out of an
extractor as ``Opleiding 2020 2021 Subtotaa 2022 Totaal`` over a line ``l`` (pdfplumber,
``pdftotext -layout``: the piece under its word), or — pypdf prints a cell's lines before the
row's next cells — as ``Opleiding 2020 2021 Subtotaa`` / ``l`` / ``2022 Totaal``. Read as they
stand, ``Subtotaa`` is one of the header's words, not a column, and every row has more figures
than the header has columns.

:func:`header_words_joined` writes such a header as one line: a line of the header's shape
(periods, words, no count — or a one-column header's few words, ``Opleiding Aanta`` / ``l``,
the completed word its last) followed by a line of short pieces of small letters alone, each
piece the end of one of its words — in order, left to right — that the piece makes a column
word the model knows (:data:`COLUMN_PIECES_WORDS`: ``Subtotaal``, ``Totaal``, ``Eindtotaal``,
``Aantal``, a unit word) where the word alone is none. In laid-out text each piece stands
under its word (from its first letter to just after its last) — or beside it on the header's
line, where the layout reader joined its line into the header's row (``Subtotaa  l``). Where
the piece ends the line's last word and the line after it holds only periods and column
words (pypdf's rest of the row), that line is the header's too. The pieces' line (and the
rest's) are left blank, so every other line keeps its number.

:func:`header_lines_joined` reads a single-spaced header whose cell wrapped whole (no word
broken) the same way: pypdf prints the cell's lines one by one, then the row's next cells
(``Opleiding 2020 2021 Subtotaal`` / ``2022 Totaal``); the rows' figures settle how many
columns the lines, read one after the other, name — also where each cell names what it counts
under its period and wraps (``Opleiding 2021`` / ``Gestart`` / ``2021`` / ``Geslaagd`` / …: the
columns :func:`~okot_audit.parse.subcolumns.periods_and_names` reads in the line they make).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from okot_audit.parse.context import PERIOD_TOKEN, period_list
from okot_audit.parse.subcolumns import meaning, names_above, periods_and_names, repeated_block
from okot_audit.parse.tokens import WORD
from okot_audit.parse.words import COLUMN_WORDS
from okot_audit.patterns import (
    APOSTROPHES, COUNT_NOUNS, GRAND_TOTAL_WORDS, PLAIN_APOSTROPHE, PLAIN_TOTAL_WORDS, REGION_TOTALS, SUBTOTAL_WORDS,
)
from okot_audit.tables import PROVINCES

@dataclass(frozen=True)
class HeaderLines:
    """A header printed over several lines and read as one: its lines `first` to `last` (0-based,
    both included) and the one line `text` they read as — the model every reader of a header
    over lines gives (this module's broken words and wrapped cells,
    :func:`okot_audit.parse.derived.split_derived`'s shares' names over their years). The
    readers differ in which lines they take and in the order they read the pieces in, never in
    what they give: :func:`written` writes `text` on one of the lines (`on_first`: the first;
    else the last, right above the rows) and leaves the others blank, so that every line keeps
    its number."""

    first: int
    last: int
    text: str
    on_first: bool = False

    def written(self, out: list[str], text: str | None = None) -> None:
        """Write the header in `out` (lines): `text` (its own where None) on its line, the
        others of its lines blank."""
        at = self.first if self.on_first else self.last
        for j in range(self.first, self.last + 1):
            out[j] = ""
        out[at] = self.text if text is None else text


def written(lines: tuple[str, ...], headers: list[HeaderLines]) -> tuple[str, ...]:
    """`lines` with each of `headers` written as one line (:meth:`HeaderLines.written`);
    `lines` themselves where there is none."""
    if not headers:
        return lines
    out = list(lines)
    for header in headers:
        header.written(out)
    return tuple(out)


#: The column words a header's broken word may be completed into: a count's or a total's
#: (:data:`~okot_audit.parse.words.COLUMN_WORDS`), a grand total's, a subtotal's, or a unit's —
#: what the column counts (:data:`~okot_audit.patterns.COUNT_NOUNS`) — each one word.
COLUMN_PIECES_WORDS = frozenset(
    w for w in (*COLUMN_WORDS, *GRAND_TOTAL_WORDS, *SUBTOTAL_WORDS, *COUNT_NOUNS) if " " not in w
)
#: A piece of a word its cell broke: one to four small letters (an apostrophe among them, as
#: :data:`~okot_audit.patterns.APOSTROPHES` prints it: ``diploma’`` / ``s``).
_PIECE = "[a-z" + APOSTROPHES + "]{1,4}"
#: A line of pieces alone.
_PIECES = re.compile(r"\s*" + _PIECE + r"(?:\s+" + _PIECE + r")*\s*")
#: A header's word that may be broken: letters (and an apostrophe).
_WORD_TEXT = r"[^\W\d_][\w" + APOSTROPHES + "]*"
_WORD = re.compile(_WORD_TEXT)
#: A period in a header (``2020``, ``2022*``, ``2020-2021``): a word of its own.
_PERIOD = PERIOD_TOKEN


def _column_word(word: str) -> bool:
    return word.lower().rstrip("*").translate(PLAIN_APOSTROPHE) in COLUMN_PIECES_WORDS


def _header_shaped(line: str) -> bool:
    """Whether `line` may be a header's: a word first, its figures periods only, one at least
    (a row ends in a count, prose has no period among words spaced so) — or, a one-column
    header's, a few words and no figure (``Opleiding Aanta``: the caller asks that the joined
    word ends it)."""
    tokens = line.split()
    if len(tokens) < 2 or not _WORD.fullmatch(tokens[0]):
        return False
    figures = [t for t in tokens if t[:1].isdigit()]
    return (bool(figures) or len(tokens) <= _FEW_WORDS) and all(_PERIOD.fullmatch(t) for t in figures)


#: How many words a one-column header (no period) has at most.
_FEW_WORDS = 3


def _ends_in_column(line: str, joined: str) -> bool:
    """Whether `joined`, `line` with its pieces glued, keeps `line`'s periods — or, where `line`
    has none (a one-column header), ends in the column word a piece completed."""
    return any(t[:1].isdigit() for t in line.split()) or _column_word(joined.split()[-1]) and not _column_word(line.split()[-1])


def _rest_of_header(line: str) -> bool:
    """Whether `line` holds only periods and column words (the rest of a header's row)."""
    tokens = line.split()
    return bool(tokens) and all(_PERIOD.fullmatch(t) or _column_word(t) for t in tokens)


def _joined(line: str, pieces: list[re.Match[str]], laid_out: bool) -> str | None:
    """`line` with each of `pieces` glued to the word it completes (see the module), or None."""
    words = list(WORD.finditer(line))
    out = line
    shift = 0
    at = 0
    for piece in pieces:
        while at < len(words):
            word = words[at]
            at += 1
            text = word.group()
            if not _WORD.fullmatch(text) or _column_word(text) or not _column_word(text + piece.group()):
                continue
            if laid_out and not word.start() <= piece.start() <= word.end() + 2:
                return None  # (laid out, a piece stands under its word)
            end = word.end() + shift
            room = len(piece.group())
            if out[end:end + room + 1].strip() == "" and end + room < len(out):
                out = out[:end] + piece.group() + out[end + room:]  # (the columns after it stay where they are)
            else:
                out = out[:end] + piece.group() + out[end:]
                shift += room
            break
        else:
            return None
    return out


#: A word and, after it on its line, a piece of small letters alone (the layout reader joined
#: the piece's line into the header's row, the piece a cell right of its word: ``Subtotaa  l``).
_WORD_THEN_PIECE = re.compile(r"(?<!\S)(?P<word>" + _WORD_TEXT + r")(?P<gap>\s+)(?P<piece>" + _PIECE + r")(?!\S)")


def _pieces_beside(line: str) -> str:
    """`line`, a header's, with each piece that stands right after the word it completes into
    a column word glued to it, the columns after it where they stood."""
    def glue(match: re.Match[str]) -> str:
        word, piece = match.group("word"), match.group("piece")
        if _column_word(word) or not _column_word(word + piece):
            return match.group()
        return (word + piece).ljust(len(match.group()))

    return _WORD_THEN_PIECE.sub(glue, line)


def header_words_joined(lines: tuple[str, ...], positional: bool = False) -> tuple[str, ...]:
    """`lines` with each header whose column word a narrow cell broke written as one line (see
    the module); the same tuple where there is none. `positional`: the lines are a layout
    reader's, which may have joined a piece's line into its header's row (a piece beside its
    word)."""
    out: list[str] | None = None
    for k, line in enumerate(lines if positional else ()):
        if _header_shaped(line) and (beside := _pieces_beside(line)) != line and _ends_in_column(line, beside):
            out = out if out is not None else list(lines)
            out[k] = beside
    lines = tuple(out) if out is not None else lines
    found: list[HeaderLines] = []
    for k in range(len(lines) - 1):
        below = lines[k + 1]
        if not _PIECES.fullmatch(below) or not _header_shaped(lines[k]):
            continue
        pieces = list(WORD.finditer(below))
        laid_out = below.startswith("  ")
        joined = _joined(lines[k], pieces, laid_out)
        if joined is None or not _ends_in_column(lines[k], joined):
            continue
        last = lines[k].split()[-1]
        if (not laid_out and k + 2 < len(lines) and _column_word(last + pieces[-1].group())
                and _rest_of_header(lines[k + 2])):
            # (pypdf: the row's next cells after the broken one's lines)
            found.append(HeaderLines(k, k + 2, f"{joined.rstrip()} {lines[k + 2].strip()}", on_first=True))
        else:
            found.append(HeaderLines(k, k + 1, joined, on_first=True))
    return written(lines, found)


#: The most lines a single-spaced header runs over, its first line's among them (pypdf prints
#: a wrapped cell's lines one by one, then the row's next cells on a line of their own: six
#: cells ``2021 Gestart`` … ``2023 Geslaagd`` each over two lines are twelve).
_HEADER_LINES = 16
#: How many rows below a header settle how many columns it has.
_SETTLING_ROWS = 12
#: The most lines one row's name and figures run over (a narrow name cell: the code and its
#: name's words, the figures on a line of their own).
_NAME_LINES = 6
#: A row's figures at its line's end (a count, ``1.050``, a footnote's star; a blank cell's mark)
#: — or its whole line, where a wrapped name's figures stand on a line of their own.
_TRAILING_FIGURES = re.compile(r"(?:(?:^|\s+)(?:\d[\d.]*\**|[-\u2013]))+\s*$")


def _figures_at_end(line: str) -> int:
    found = _TRAILING_FIGURES.search(line)
    return 0 if found is None else len(found.group().split())


def _settled_columns(lines: tuple[str, ...], start: int) -> int | None:
    """How many columns the rows from line `start` on print figures in: the most figures a row
    of the first :data:`_SETTLING_ROWS` prints (up to a line that ends in no figure, but
    for a row's name that begins with its code and wraps over lines before its figures:
    ``908001: Educatieve`` / ``bachelor voor`` / ``jaar 102 74``) — a row
    with a blank cell prints fewer (single-spaced text keeps no place for it: the totals place
    its figures, or it is said); None where no row follows."""
    most = rows = 0
    named = False  # (within a row's name that began with its code and wraps)
    for line in lines[start:start + _SETTLING_ROWS * _NAME_LINES]:
        n = _figures_at_end(line)
        if not n:
            named = bool(line.strip()) and (named or line[:1].isdigit())
            if named:
                continue
            break
        named = False
        most = max(most, n)
        rows += 1
        if rows == _SETTLING_ROWS:
            break
    return most or None


def _in_order(text: str) -> bool:
    """Whether the header `text`, its lines read one after the other, names its columns in an
    order a header prints: its periods in the order of time (a subtotal's own range, right after
    its word, aside), a total column's word (``Totaal``, no ``Subtotaal``) last only. Lines a
    cell's pieces stood on in another order (pdfplumber prints a cell's first line above the
    row's, the rest below: ``Subtotaal`` / ``Opleiding 2020 2021 2022 Totaal`` / ``2020-2021``)
    read so name them out of order."""
    tokens = text.split()
    last_year = ""
    for k, token in enumerate(tokens):
        if _PERIOD.fullmatch(token):
            if k and tokens[k - 1].lower() in SUBTOTAL_WORDS:
                continue  # (the subtotal's own range: ``Subtotaal 2020-2021``)
            if token[:4] <= last_year:
                return False
            last_year = token[:4]
        elif token.lower().rstrip("*") in _LAST_WORDS and k != len(tokens) - 1:
            return False
    return True


#: The words of a column that closes a header (a total's over every period).
_LAST_WORDS = frozenset(w for w in (*PLAIN_TOTAL_WORDS, *GRAND_TOTAL_WORDS) if " " not in w)


def header_lines_joined(lines: tuple[str, ...], positional: bool = False) -> tuple[str, ...]:
    """`lines` with each single-spaced header that runs over several lines written as one, on
    its last line (the lines above it blank: every line keeps its number) — pypdf prints a
    cell that wraps in its row line by line and the row's next cells after it:
    ``Opleiding 2020 2021 Subtotaal`` / ``2022 Totaal`` (or ``Opleiding 2020 2021`` /
    ``Subtotaal`` / ``2020-2021`` / ``2022 Totaal``, the subtotal's cell wrapped over two lines)
    is ``Opleiding 2020 2021 Subtotaal 2022 Totaal``.

    Such a header: a first line of its shape (a word first, then words and periods, one period
    at least), then lines of periods and column words alone, or of a measure's name alone
    (:func:`_header_piece`), the last right above a row (its figures, or its code). The
    rows settle it (:func:`_settled_columns`): read as one line, the header names as many
    columns as the rows print figures at most, in the order a header prints them
    (:func:`_in_order`), where its last line alone does not. Otherwise the lines stay as printed and the rows are
    said (their figures and the periods do not match). Text laid out by position places each
    cell where it stands: left as it is."""
    if positional:
        return lines
    found: list[HeaderLines] = []
    for last, (line, below) in enumerate(zip(lines[1:-1], lines[2:]), 1):
        if not line or not (below[-1:].isdigit() or below[:1].isdigit()) or not _header_piece(line):
            continue  # (the quick look: a header's last line stands right above a row, or a row's code)
        first = last - 1
        while first > 0 and last - first < _HEADER_LINES and _header_piece(lines[first]):
            first -= 1
        opening = lines[first]
        if _header_piece(opening) or not _header_shaped(opening) or not any(
                _PERIOD.fullmatch(t) for t in opening.split()):
            continue
        text = " ".join(" ".join(lines[j].split()) for j in range(first, last + 1))
        columns = _settled_columns(lines, last + 1)
        if columns is None or _count_columns(lines[last]) == columns or _columns_named(text) != columns:
            continue
        found.append(HeaderLines(first, last, text))
    return written(lines, found)


#: A period's words in brackets on a line of their own (``(jan-jun)``, ``(voorlopig)``): its cell wrapped.
_BRACKETED_ALONE = re.compile(r"\s*\([^()\d]{1,30}\)\**\s*")


def period_runs_joined(lines: tuple[str, ...], positional: bool = False) -> tuple[str, ...]:
    """`lines` with the periods of a header whose names of measures stand on a line above them
    read as one line, on the first of their lines (the others blank: every line keeps its
    number) — pypdf prints each run of periods under its measure's name on a line of its own and
    a period's words its cell wrapped (``2024`` / ``(jan-jun)``) on the line below, after the
    run: ``Onderwijsniveau Gestarte cursisten Geslaagde cursisten`` / ``2022 2023 2024`` /
    ``(jan-jun)`` / ``2022 2023 2024`` / ``(jan-jun)`` reads ``2022 2023 2024 (jan-jun) 2022
    2023 2024 (jan-jun)``, each note after the period printed right before it. Only where the
    lines of periods alone (two at least) print the same run each time and the line above names
    one measure per run (:func:`~okot_audit.parse.subcolumns.names_above`), a row right below.
    Laid-out text places each cell where it stands: left as it is."""
    if positional:
        return lines
    found: list[HeaderLines] = []
    k = 1
    while k < len(lines) - 1:
        runs = 0
        j = k
        while j < len(lines) and ((listed := period_list(lines[j])) is not None and not listed[0].strip()
                                  or (j > k and _BRACKETED_ALONE.fullmatch(lines[j]) and not _BRACKETED_ALONE.fullmatch(lines[j - 1]))):
            runs += not _BRACKETED_ALONE.fullmatch(lines[j])
            j += 1
        if runs < 2 or j >= len(lines) or not lines[j][-1:].isdigit() or any(ch.isdigit() for ch in lines[k - 1]):
            k = max(j, k + 1)
            continue
        text = " ".join(" ".join(lines[i].split()) for i in range(k, j))
        listed = period_list(text)
        if listed is not None and not listed[0].strip() and repeated_block(listed[1]) == runs \
                and names_above(lines[k - 1], text, listed[1], k) is not None:
            found.append(HeaderLines(k, j - 1, text, on_first=True))
        k = j
    return written(lines, found)


def _header_piece(line: str) -> bool:
    """Whether `line` may be one of a single-spaced header's lines after its first: periods and
    column words alone (:func:`_rest_of_header`), or — a cell ``2021 Gestart`` wrapped, its
    pieces on lines of their own — a column's name under a period alone, the words of one
    measure or unit (``Gestart``, ``Unieke cursisten``: :func:`~okot_audit.parse.subcolumns.meaning`)."""
    words = line.split()
    if not words:
        return False
    last = words[-1]
    if last[:1].isdigit() and not _PERIOD.fullmatch(last) and not _column_word(last):
        return False  # (the quick look: a row's count at its end is neither a period nor a word)
    if all(_PERIOD.fullmatch(t) or _column_word(t) for t in words):
        return True  # (periods and column words alone: :func:`_rest_of_header`)
    return len(words) <= _NAME_WORDS and all(_WORD.fullmatch(w) for w in words) and meaning(" ".join(words)) is not None


#: The most words of a column's name on a line of its own (``Aantal unieke gestarte cursisten``).
_NAME_WORDS = 4


def _columns_named(text: str) -> int:
    """How many columns the header `text`, its lines read one after the other, names: each
    period's columns where it names what each counts (``2021 Gestart 2021 Geslaagd …``:
    :func:`~okot_audit.parse.subcolumns.periods_and_names`), else its periods, subtotal and
    total where it names them in the order a header prints them (:func:`_in_order`); 0 where
    it names none so."""
    named = periods_and_names(text, 0)
    if named is not None:
        return len(named[1].columns)
    return _count_columns(text) if _in_order(text) else 0


def _count_columns(text: str) -> int:
    """How many columns the header `text` names (its periods, a subtotal's and a total's)."""
    found = period_list(text)
    return 0 if found is None else len(found[1])


#: The names a header's column may bear that the model knows whole (lower case): the provinces,
#: the regions' totals (``Vlaams Gewest``) and the total words (``Totaal``, ``Eindtotaal``) —
#: the names :func:`names_joined` completes a wrapped cell's first line into.
_KNOWN_NAMES = tuple(dict.fromkeys(n.lower() for n in (*PROVINCES, *REGION_TOTALS, *PLAIN_TOTAL_WORDS, *GRAND_TOTAL_WORDS)))
#: A known name's first letters on a line of their own at least (``Vla``): a cell's first line —
#: or fewer (``Li`` / ``mburg``, ``A`` / ``ntwerpen``: a cell narrower than its name's third
#: letter) where they are a word of a capital and small letters alone, as a name's cell begins.
_LEAST_START = 3
#: The quick look: a word that starts as a known name does (its first three letters, capital
#: first: ``Ant``, ``Vla``, ``Oos``, ``Tot``), or a word that is a known name's first one or two
#: letters alone (``Li``, ``A``) — a cell's first line, perhaps.
_NAME_START = re.compile(r"(?<!\S)(?:" + "|".join(sorted({re.escape(n[:_LEAST_START].capitalize()) for n in _KNOWN_NAMES}
                                                        | {re.escape(n[:k].capitalize()) + r"(?!\S)" for n in _KNOWN_NAMES
                                                           for k in range(1, _LEAST_START)})) + r")")
#: A figure anywhere on a line (a row's, a period's): no line of a header of names holds one.
_DIGIT = re.compile(r"\d")
#: A short start's form: a capital and small letters alone (``Li``), as a name's cell begins.
_SHORT_START = re.compile(r"[^\W\d_][^\W\d_A-Z]?")


@lru_cache(maxsize=4096)
def _name(text: str) -> bool:
    """Whether `text` is a name :data:`_KNOWN_NAMES` holds (a province by any of its forms)."""
    from okot_audit.parse.regions import province_name  # (that module reads this one's headers)

    return text.lower() in _KNOWN_NAMES or province_name(text) is not None


@lru_cache(maxsize=4096)
def _started(text: str) -> bool:
    """Whether `text` is a known name's first letters and no name itself (``Oost-Vlaander``,
    ``Vlaams``, ``Vlaams-Braba``; ``Li``, ``A`` where a capital opens them, :data:`_LEAST_START`):
    a cell's first line whose rest wrapped below."""
    low = text.lower()
    if len(low) < _LEAST_START and not (text[:1].isupper() and _SHORT_START.fullmatch(text)):
        return False  # (a short start is a word of its own that begins as a name's cell does: ``Li``)
    return any(n.startswith(low) and n != low for n in _KNOWN_NAMES) and not _name(text)


def _completed(word: str, piece: str) -> str | None:
    """`word` and the `piece` below it as one known name (glued: ``Oost-Vlaander`` + ``en``;
    a word apart: ``Vlaams`` + ``Gewest``), or None."""
    for joined in (word + piece, f"{word} {piece}"):
        if _name(joined):
            return joined
    return None


def _extended(word: str, piece: str) -> str | None:
    """`word` and the `piece` below it as a known name's first letters still (``Oost-`` +
    ``Vlaander``: a cell's middle line, its name wrapped over three lines or more), or None."""
    for joined in (word + piece, f"{word} {piece}"):
        if _started(joined):
            return joined
    return None


def _header_names(lines: tuple[str, ...], first: int, last: int) -> list[tuple[str, int]] | None:
    """The header on lines `first` to `last` (0-based, both included) as its column names, each
    with the column it starts at on its line: every word that is a known name's first letters
    (:func:`_started`) waits for the pieces on the lines below that complete it — one piece a
    line, the name wrapped over two lines or more (``Oost-`` / ``Vlaander`` / ``en``: a piece that
    leaves it a name's first letters still, :func:`_extended`, is its cell's middle line) — the
    pieces of a line going to the words waiting from the lines above in the order the words stand
    (a cell's pieces below it, left to right; pypdf's a cell's lines one after the other; laid
    out too, where a layout reader may set a piece a column aside: the order and the names
    decide, not the place) — and every other word stands as it is (the corner's word, a name
    whole). None where a piece completes no word waiting, or a word waits for a piece that never
    comes: nothing is guessed."""
    names: list[list] = []  # [text, column, waiting, the line of its last piece]
    joins = 0
    for j in range(first, last + 1):
        for token in WORD.finditer(lines[j]):
            text = token.group()
            waiting = next((n for n in names if n[2] and n[3] < j), None)  # (one piece a line for each word)
            if waiting is not None and (joined := _completed(waiting[0], text)) is not None:
                waiting[0], waiting[2], waiting[3] = joined, False, j
                joins += 1
                continue
            if waiting is not None and not _name(text) and (longer := _extended(waiting[0], text)) is not None:
                waiting[0], waiting[3] = longer, j  # (its cell's middle line: it waits for the rest)
                continue
            if names and names[-1][2] and names[-1][3] == j and (whole := _completed(names[-1][0], text)):
                # (a name of two words whole on its line, ``Vlaams Gewest``; or a piece an earlier step
                # set beside its word, ``Vlaams-Braba nt``: a join)
                names[-1][0], names[-1][2] = whole, False
                joins += " " not in whole
                continue
            if j > first and not _started(text) and not _name(text):
                return None  # (below the first line, a word that completes nothing and names nothing: no header of names)
            names.append([text, token.start(), _started(text), j])
    if not joins or any(n[2] for n in names):
        return None
    return [(n[0], n[1]) for n in names]


def names_joined(lines: tuple[str, ...], positional: bool = False) -> tuple[str, ...]:
    """`lines` with each header of known names (provinces, a region's total, a total word) whose
    narrow cells wrapped the names over lines written as one line, right above its first row
    (the lines above it blank: every line keeps its number): ``Leeftijd Antwerpen Limburg
    Oost-Vlaander Vlaams`` / ``en Gewest`` (pdfplumber: each cell's second line on the next line,
    in order), the same laid out with each piece under its word (``pdftotext -layout``), or
    pypdf's ``… Limburg Oost-Vlaander`` / ``en`` / ``Vlaams`` / ``Gewest`` (a cell's lines one
    after the other) is ``Leeftijd Antwerpen Limburg Oost-Vlaanderen Vlaams Gewest``.

    Such a header: a line that holds a known name's first letters as a word (the lines of whole
    names right above it too), then
    lines with no figure up to the first row (a line with one), and joined only where every piece
    completes a word waiting into a known name and the line read so is a header of provinces
    (:func:`~okot_audit.parse.transposed.province_columns`). Laid out, each name stands where its
    word starts (two spaces apart at least)."""
    found: list[HeaderLines] = []
    n = len(lines)
    done = -1  # (the last line of the header found last)
    for k in _lines_with_started(lines):
        if k <= done:
            continue
        first = k  # (pypdf: lines of whole names above the first broken one are the header's too)
        while first > 0 and k - first < _HEADER_LINES and lines[first - 1].strip() and not _DIGIT.search(
                lines[first - 1]) and all(_name(w) for w in lines[first - 1].split()[1:]):
            first -= 1
        end = k + 1  # (the first row's line: the first with a figure; blank lines among the header's)
        while end < n and end - first <= _HEADER_LINES and not _DIGIT.search(lines[end]):
            end += 1
        last = end - 1
        while last > first and not lines[last].strip():
            last -= 1
        if last == first or end >= n or not _DIGIT.search(lines[end]):
            continue  # (a header's lines end above its first row)
        names = _header_names(lines, first, last)
        if names is None:
            continue
        text = _laid(names) if "  " in lines[first].strip() else " ".join(name for name, _ in names)
        from okot_audit.parse.transposed import province_columns  # (that module reads this one's names)

        if province_columns(text, first + 1) is None:
            continue
        found.append(HeaderLines(first, last, text))
        done = last
    return written(lines, found)


def _lines_with_started(lines: tuple[str, ...]) -> list[int]:
    """The lines (0-based, in order) with no figure that hold a known name's first letters as a
    word (:func:`_started`: ``Oost-Vlaander``, ``Vlaams``) — after the quick look of one search:
    most lines name no known name, or hold a figure."""
    return [k for k, line in enumerate(lines) if _NAME_START.search(line) and not _DIGIT.search(line)
            and any(_started(word) for word in line.split())]


def _laid(names: list[tuple[str, int]]) -> str:
    """The names each at the column its word starts at, two spaces apart at least."""
    out = ""
    for name, at in names:
        out += " " * (max(at - len(out), 2) if out else at) + name
    return out
