"""Columns that are no counts: shares and changes printed beside the counts.

Answers often print, after or between the counts, a share of the total (``Aandeel 2021``,
``%``) or a change (``Evolutie``, ``+4,1%``)::

    Provincie 2020 2021 Aandeel 2021 Evolutie
    Antwerpen 812 845 27,7% +4,1%

Such values are no counts of persons: no total holds over them, and read as counts they would
make a row's figures look like more periods than the table has. :func:`split_derived` takes
them off the lines before tables are looked for — the header's words for them and the values
in the rows — and says what it took, where, so that the reader reports them as columns it did
not check instead of losing them. A value is *derived* when it carries a percent sign, a
decimal comma (``27,7``; Dutch answers print thousands as ``1.472``), or an explicit plus sign
(``+33``). Lines that hold only such values (a table of percentages) are left as they are: no
count remains to read, and :mod:`~okot_audit.parse.unread` reports them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from okot_audit.parse.cells import NUMBER
from okot_audit.parse.context import period_list
from okot_audit.parse.headwords import HeaderLines
from okot_audit.parse.scan import finds, joined, lines_at, lowered
from okot_audit.parse.tokens import WORD
from okot_audit.parse.units import amounts_after_counts
from okot_audit.parse.words import COLUMN_WORDS, DERIVED_WORDS
from okot_audit.patterns import SUBSET_ROW_WORDS, period_pattern

#: Words that name a column of amounts of money (``Kostprijs``, ``Bedrag (EUR)``, ``Kost per
#: cursist``): its values are no counts, as a share's are not.
_MONEY_WORDS = ("kostprijs", "kost", "kosten", "bedrag", "bedragen", "budget", "uitgaven")
#: What each of them holds, in lower case: the quick look's words (:func:`_maybe_lines`).
_MONEY_NEEDS = ("kost", "bedrag", "budget", "uitgaven")
#: Words that open a column of averages or medians, short (``Gem. leeftijd``, ``Mediaan duur``):
#: their values are no counts, as an average's (``Gemiddelde``) are not.
_AVERAGE_WORDS = ("gem", "mediaan")
#: The words that open a column of averages, any of them (``Gemiddelde``, ``Gem.``, ``Mediaan``).
_AVERAGE_OPENING = frozenset(("gemiddelde", "gemiddeld", *_AVERAGE_WORDS))
#: What an average's name goes on with: the quantity averaged, a word of letters (``leeftijd``,
#: ``duur``, ``opleidingsduur``) or its unit in brackets (``(jaar)``, ``(in maanden)``).
_AVERAGED = re.compile(r"^\(?[^\W\d_]+\)?$")
#: The most such words after an average's word (``Gem. leeftijd (jaar)``).
_AVERAGED_WORDS = 2
#: A word that names a column by a quantity that is no count of persons, the quantity alone
#: (``Aantal  Leeftijd`` under each year: ``Aantal`` the count, ``Leeftijd`` an age): an age or a
#: duration, in a word of its own or made with one (``Startleeftijd``, ``Opleidingsduur``).
_QUANTITY_WORD = re.compile(r"^[^\W\d_]*(?:leeftijd|duur)$", re.I)
#: A word that names a column of hours (``Uren``, ``Lesuren``, ``Uur``): a quantity's after a count
#: column's word only (``Aantal  Uren`` under each year), and only where the rows print a figure in
#: each of those columns — ``Aantal uren`` is as well one column, a number of hours
#: (:func:`_hours_apart`).
_HOURS_WORD = re.compile(r"^(?![^\W\d_]*duur$)[^\W\d_]*(?:uren|uur)$", re.I)  # (not ``Duur``: a duration's)
#: A quantity's unit in brackets after its name (``Leeftijd (jaar)``, ``Duur (in maanden)``).
_UNIT = re.compile(r"^\(?(?:in|jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|uren)\)?$", re.I)
#: What a line that ends in amounts of money holds (a cheap look before the exact one).
_MAYBE_AMOUNT = re.compile(r",\d\d\b|\u20ac|\beur", re.I)
#: A share or a change as a row prints it: ``27,7%``, ``100%``, ``+4,1%``, ``-1,0%``, ``27,7``,
#: ``+33`` (a number before a lone ``%`` token is one too). A bare ``-4`` is not one: labels
#: print ranges (``modules 1 -4``).
DERIVED_VALUE = re.compile(r"[+\-\u2212\u2013]?\d+(?:[.,]\d+)*%|[+\-\u2212\u2013]?\d+,\d+|\+\d+(?:\.\d{3})*")
#: A header word that opens a column of shares or changes (``Aandeel``, ``%``, ``(%)``), or a
#: word made with a share's (``Slaagpercentage``, ``Uitvalpercentage``).
_DERIVED_WORD = re.compile(
    r"^\(?(?:%|(?:" + "|".join((*DERIVED_WORDS, *_MONEY_WORDS, *_AVERAGE_WORDS)) + r")\.?|[^\W\d]+(?:percentage|procent))\)?:?$", re.I)
#: Words that may follow such a word inside its column's name (``Aandeel in %``,
#: ``% t.o.v. 2020``, ``verschil 2021 vs 2020``); a year only when it is one of the periods
#: already printed before it (``2020 2021 Aandeel 2021``, not ``2020 % 2021 %``).
_QUALIFIER = re.compile(
    r"^(?:\(?%\)?|t\.?o\.?v\.?|tov|vs\.?|in|op|van|tegenover|-|\u2013|\(?(?:\u20ac|eur|euro)\)?|per|cursist|persoon|deelnemer)$", re.I)
_YEARS = re.compile(r"^\(?" + period_pattern(capture=True) + r"\)?\**$")
#: Whatever a line must hold to have a derived column: a cheap look before the exact one.
_MAYBE = re.compile(r"%|\d,\d|\+\d|\u20ac|gem\.|mediaan|leeftijd|duur|uren|uur|" + "|".join((*DERIVED_WORDS, *_MONEY_WORDS)), re.I)
#: A plain figure or one with a sign (``19``, ``-19``, ``1.204``): a change as a row may print it.
_FIGURE = re.compile(r"[+\-\u2212\u2013]?(?:\d{1,3}(?:\.\d{3})+|\d+)")
#: A count's share printed in brackets after it (``120 (30%)``, ``1.234 (45,2%)``): one token,
#: or two where a space stands before the sign (``(45,2`` ``%)``).
_BRACKETED_SHARE = re.compile(r"\([+\-\u2212]?\d+(?:[.,]\d+)*%\)")
_SHARE_OPENS = re.compile(r"\([+\-\u2212]?\d+(?:[.,]\d+)*")
#: A count with its share glued to it, no space between (``1.234(45,2%)``; ``1.234(45,2`` ``%)``):
#: the count, then the share (whole, or opened: its ``%)`` the next token).
_GLUED_SHARE = re.compile(
    r"(?P<count>" + NUMBER.pattern + r")(?:(?P<share>" + _BRACKETED_SHARE.pattern + r")|(?P<opens>" + _SHARE_OPENS.pattern + r"))"
)
#: A blank cell's marks (:mod:`~okot_audit.parse.blanks`).
_BLANKS = frozenset(("-", "\u2013"))
#: A row that counts a subset of the line above it (``waarvan vrouwen 456 (37%)``): its shares
#: in brackets stay, the reader reports the row with them (:func:`~okot_audit.parse.regions.aside_kind`).
_SUBSET_ROW = re.compile(
    r"^\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in SUBSET_ROW_WORDS) + r")(?![^\W_])", re.I,
)
#: How many lines below its header a table's rows may reach.
REACH = 500
#: What a change column prints where the period before had no figure (``… 79 nieuw``).
_NO_CHANGE = frozenset(("nieuw", "nieuwe", "new"))
#: A numbered item of the answer (``2. …``, ``b) …``): the end of a table's rows.
NUMBERED = re.compile(r"^\s*(?:\d{1,2}\.|[a-z]\))\s")


@dataclass(frozen=True)
class Derived:
    """What :func:`split_derived` took off one line: the header's column words, or a row's
    values (``27,7%``) as printed."""

    line: int  # 1-based
    header: bool
    texts: tuple[str, ...]
    #: A row under a header of counts and such columns that prints fewer figures than the columns,
    #: where the columns' values print as plain figures (``Aantal  Leeftijd`` over ``288 29``): which
    #: of its figures (`texts`) are counts cannot be told; nothing was taken off it.
    unplaced: bool = False
    #: A header's line that names every column under its periods by a quantity (``Aantal uren`` under
    #: each year, the rows printing one figure per year): the table's figures are that quantity's, no
    #: counts of persons (:func:`_hours_whole`); the line was taken off, `texts` its words.
    whole: bool = False


def split_derived(lines: tuple[str, ...], positional: bool) -> tuple[tuple[str, ...], list[Derived]]:
    """`lines` with every column of shares or changes taken off, and what was taken.

    A row keeps its counts: only the derived values among the numbers that end it go. A header
    keeps its periods (or its ``Aantal``): its derived columns' words go. Text laid out by
    position (a PDF, ``pdftotext -layout``) keeps every other character in its column, so
    taken tokens become spaces; in other text a taken token goes with the space before it, so
    that the spacing that marks blank cells stays as it was.
    """
    out: list[str] | None = None
    taken: list[Derived] = []
    joined: dict[int, str] = {}  # (a header wrapped over lines: its last line's index, the header read as one line)
    for index in _maybe_lines(lines):
        if out is not None and index < len(out) and (index in joined or not out[index]):
            continue  # (a wrapped header's line, taken with it)
        wrapped = _wrapped_header(lines, index)
        left = _header_left(lines, wrapped, _header_words(wrapped.text), positional) if wrapped is not None else None
        if wrapped is not None and left is not None:
            out = out if out is not None else list(lines)
            wrapped.written(out, left)
            joined[wrapped.last] = wrapped.text
            taken.append(Derived(wrapped.last + 1, True, _named(wrapped.text, _header_words(wrapped.text))))
            continue
        line = lines[index]
        spans, header = _row_values(line), False
        if not spans:
            spans, header = _header_words(line), True
            if spans and not _hours_apart(lines, index, line, spans):
                # (``Aantal uren``: one column, a number of hours — the table's figures are hours)
                if _hours_whole(lines, index, line, spans):
                    out = out if out is not None else list(lines)
                    out[index] = " " * len(line) if positional else ""
                    pairs = line.split()  # (each period's name said once: ``Aantal uren``)
                    names = dict.fromkeys(f"{pairs[k]} {pairs[k + 1]}" for k in range(0, len(pairs), 2))
                    taken.append(Derived(index + 1, True, (", ".join(names),), whole=True))
                continue
        if not spans:
            continue
        out = out if out is not None else list(lines)
        out[index] = _without(line, spans, positional)
        taken.append(Derived(index + 1, header, tuple(line[a:b] for a, b in spans)))
    for named in [d for d in taken if d.header and not d.whole]:
        out = _plain_values(out if out is not None else list(lines), lines, named, taken, positional,
                            joined.get(named.line - 1))
    taken.sort(key=lambda d: (d.line, not d.header))
    return (tuple(out) if out is not None else lines), taken


def _plain_values(
    out: list[str], lines: tuple[str, ...], header: Derived, taken: list[Derived], positional: bool,
    wrapped: str | None = None,
) -> list[str]:
    """`out` with the values of a header's columns of shares or changes taken off the rows
    below it, where a row prints them as plain figures, added to `taken`: ``Provincie 2021
    2022 Verschil`` over ``Limburg 529 510 19`` (or ``-19``), ``Provincie 2021 % 2022 %`` over
    ``Limburg 529 26 510 25``.

    `printed` is the header's line as the answer prints it. Such a value has no form of its
    own: it is the header's order of columns that says which figures of a row are no counts.
    A header may name such columns on a line of its own below its periods, one count column and
    its share under each period (``Leeftijd 2021 2022`` / ``Aantal % Aantal %``): that line is
    then taken off whole. A change column that closes the header may print a word where
    there was nothing to change from (``… 79 nieuw``): the word is its value. Figures are
    taken only where the row prints every column (as many figures as the header has
    periods and such columns together); a row with fewer is left as printed and read as the
    reader reads any row. The rows end at the next header (periods, or a count column's word)
    or numbered item. A row whose shares were already taken by their form (``Antwerpen 577 600
    23 4,0`` under ``… Verschil %``) is read again as printed (`lines`), all its columns in the
    header's order: its plain change goes too."""
    printed = wrapped if wrapped is not None else lines[header.line - 1]  # (a wrapped header: read as one line)
    spans = _header_words(printed)
    kept = _without(printed, spans, positional=True)
    found = period_list(kept)  # (the periods where they stand)
    counts = [t.start() for t in WORD.finditer(kept)]
    starts: list[int] = []
    if found is None:
        found, words, starts = _count_columns(kept)
        if found is not None:
            # each period with its count column's word in one line (``2022 aantal  % 2023 aantal  %``): the
            # periods are the count columns, and the words go (the header is its periods, as any)
            line = out[header.line - 1]  # (laid out, its characters where the printed line has them)
            out[header.line - 1] = _without(line, words, positional=True) if positional else _count_words_out(line)
    if found is not None:
        counts = [p.start for p in found[1]]
    elif starts:
        counts = starts  # ``Leeftijd Aantal %``: one column of counts, named, and its share
    elif not all(_is_count_word(word) for word in kept.split()) or len(counts) != _periods_above(out, header.line - 1):
        return out  # (no periods, nor a line of sub-columns under each period: ``Aantal % Aantal %``)
    else:
        out[header.line - 1] = ""  # the sub-columns' line: what it says is in `taken`
    columns = sorted([(start, True) for start in counts] + [
        (a, False) for k, (a, b) in enumerate(spans) if _opens(printed, spans, k) and not (
            printed[a:b] == "(%)" and k and not printed[spans[k - 1][1]:a].strip() and printed[slice(*spans[k - 1])] != "%"
        )  # (``Verschil (%)`` is one column)
    ])  # in the header's order: True for a column of counts
    width = len(columns)
    counted = sum(count for _, count in columns)
    # (a column of values before a count's, ``Aantal Leeftijd Aantal Leeftijd``: a short row's figures may
    # be either; after every count's, ``… 2022 Verschil``, a short row's blank is the values' where it prints
    # no more figures than counts, and its counts are placed as any row's)
    interleaved = any(not count for _, count in columns[:counted])
    done = {d.line: d for d in taken}
    mine: list[Derived] = []  # (the rows' values taken here)
    short: list[Derived] = []  # (rows of fewer plain figures than the columns)
    for index in range(header.line, min(len(out), header.line + REACH)):
        line = out[index]
        if NUMBERED.match(line) or (line.strip() and _column_end(line)) or _header_words(line):
            break
        earlier = done.get(index + 1)
        if earlier is not None:
            if earlier.header or sum(not count for _, count in columns) <= len(earlier.texts):
                continue  # (every derived column of the row taken already)
            line = lines[index]  # its shares taken by their form: its columns read again as printed
        tokens = list(WORD.finditer(line))
        if not columns[-1][1] and len(tokens) > 1 and tokens[-1].group().lower() in _NO_CHANGE:
            values = [tokens[-1].span()]  # ``… 79 nieuw``: a change of nothing to something
        elif len(tokens) < width or (len(tokens) == width and not _label_above(out, index)) or not all(
            _FIGURE.fullmatch(t.group()) or DERIVED_VALUE.fullmatch(t.group())
            for t in tokens[-width:]
        ):
            tail = _plain_tail(lines[index])  # not every column printed, or no label before them (nor above:
            if tail and len(tail) < width and (interleaved or len(tail) > counted):  # pypdf's ``… -`` / ``1ste jaar`` / ``111 37 -74``)
                short.append(Derived(index + 1, False, tail, unplaced=True))
            continue
        else:
            figures = tokens[-width:]
            if (len(tokens) > width and _FIGURE.fullmatch(tokens[-width - 1].group())) or not all(
                NUMBER.fullmatch(t.group()) for t, (_, count) in zip(figures, columns) if count
            ):
                continue  # more figures than columns, or a count with a sign
            values = [t.span() for t, (_, count) in zip(figures, columns) if not count]
        out[index] = _without(line, values, positional)
        if earlier is not None:
            taken.remove(earlier)
        mine.append(Derived(index + 1, False, tuple(line[a:b] for a, b in values)))
        taken.append(mine[-1])
    if any(not DERIVED_VALUE.fullmatch(t) for d in mine for t in d.texts):
        taken.extend(short)  # (the columns' values print as counts do: a short row's figures are placed by nothing)
    return out


def _hours_apart(lines: tuple[str, ...], index: int, line: str, spans: list[tuple[int, int]]) -> bool:
    """Whether header line `index` (`line`, its derived columns' words `spans`) names its hours'
    columns apart from its counts' (``Aantal Uren Aantal Uren``: a count and hours under each
    year), as the first row below it settles: it prints a plain figure in every column the line
    names so (``Graduaat verpleegkunde 402 31 455 32``). Where it prints one per count word
    (``402 455``), ``Aantal uren`` is one column, a number of hours, and the line is no header
    of counts beside hours. True for a line that names no hours."""
    hours = [(a, b) for a, b in spans if _HOURS_WORD.match(line[a:b])]
    if not hours:
        return True
    width = len(line.split()) - len(spans) + len(hours)  # (each count's word and each hours' word a column)
    for below in lines[index + 1:index + 1 + _ROWS_LOOKED]:
        words = below.split()
        k = len(words)
        while k and (NUMBER.fullmatch(words[k - 1]) or DERIVED_VALUE.fullmatch(words[k - 1])):
            k -= 1  # (its figures: counts, and hours printed as counts are or with decimals, ``31,5``)
        if k and k < len(words):
            return len(words) - k == width
    return False


def _hours_whole(lines: tuple[str, ...], index: int, line: str, spans: list[tuple[int, int]]) -> bool:
    """Whether header line `index` (`line`, its derived columns' words `spans`), whose hours are no
    columns apart from its counts (:func:`_hours_apart`), names each period's one column a number of
    hours: it holds nothing but a count's word before each hours' word (``Aantal uren  Aantal uren``),
    one such pair per period of the header line above it. The table's figures are hours then, never
    counts of persons."""
    hours = [(a, b) for a, b in spans if _HOURS_WORD.match(line[a:b])]
    words = line.split()
    if len(hours) != len(spans) or len(words) != 2 * len(hours):
        return False
    if not all(_is_count_word(words[k]) and _HOURS_WORD.match(words[k + 1]) for k in range(0, len(words), 2)):
        return False
    return _periods_above(list(lines), index) == len(hours)


#: How many lines below a header naming hours the first row that settles it is looked for.
_ROWS_LOOKED = 3


def _plain_tail(line: str) -> tuple[str, ...]:
    """The plain figures that end `line` (``Bachelor verpleegkunde 288 29`` → ``288``, ``29``), after
    words (a row's label): none where one of its last figures is a share's or a change's form
    (``29,8``, ``+3``) — that one is placed by its form — or where no word stands before them."""
    words = line.split()
    k = len(words)
    while k and NUMBER.fullmatch(words[k - 1]):
        k -= 1
    if not k or DERIVED_VALUE.fullmatch(words[k - 1]) or _FIGURE.fullmatch(words[k - 1]):
        return ()
    return tuple(words[k:])


def _label_above(lines: "list[str]", index: int) -> bool:
    """Whether the line above line `index` (0-based) is a row's label wrapped above its figures: words
    that end in no figure (pypdf prints a wrapped row's figures on a line of their own below it)."""
    above = lines[index - 1].split() if index else []
    return bool(above) and not _FIGURE.fullmatch(above[-1]) and not DERIVED_VALUE.fullmatch(above[-1])


def _count_columns(kept: str) -> "tuple[tuple[str, list] | None, list[tuple[int, int]], list[int]]":
    """The columns of counts a header line (its shares' words taken off) names by a count word
    (``Aantal``, ``n``, …), in either of two forms:

    - every count word beside a period (``Provincie 2022 aantal 2023 aantal``): the periods are
      the count columns — their list as :func:`period_list` reads it with the words as spaces,
      the words' spans (to be taken off), and no starts;
    - count words after the label column's name only (``Leeftijd Aantal``): no periods, no
      spans, and the words' starts.

    ``(None, [], [])`` for a line of neither form."""
    tokens = list(WORD.finditer(kept))
    at = [k for k, t in enumerate(tokens) if _is_count_word(t.group())]
    if not at:
        return None, [], []
    if all(any(0 <= j < len(tokens) and _YEARS.match(tokens[j].group()) for j in (k - 1, k + 1)) for k in at):
        words = [tokens[k].span() for k in at]
        found = period_list(_without(kept, words, positional=True))
        if found is not None and len(found[1]) == len(words):
            return found, words, []
    k = len(tokens)
    while k and _is_count_word(tokens[k - 1].group()):
        k -= 1
    if not k or k == len(tokens) or any(t.group()[:1].isdigit() for t in tokens[:k]):
        return None, [], []
    return None, [], [t.start() for t in tokens[k:]]


def _is_count_word(word: str) -> bool:
    """Whether `word` names a column of counts (``Aantal``, ``(n)``, ``abs.``)."""
    return word.lower().strip("()") in _COUNT_WORDS


def _count_words_out(line: str) -> str:
    """`line` without its count columns' words (single-spaced text)."""
    return " ".join(word for word in line.split(" ") if not _is_count_word(word) or not word)


def _periods_above(out: list[str], index: int) -> int:
    """How many periods the header on the last line with words above line `index` lists (0
    when it lists none)."""
    for k in range(index - 1, -1, -1):
        if out[k].strip():
            found = period_list(out[k])
            return len(found[1]) if found is not None else 0
    return 0


def _maybe_lines(lines: tuple[str, ...]) -> list[int]:
    """The indices, in order, of the lines that :data:`_MAYBE` finds something in — found in
    the answer's whole text at once (:mod:`~okot_audit.parse.scan`): each ``%``, ``,`` and
    ``+`` with the digits beside it, each word as a lower-case substring (most answers hold
    none, and no line need be searched)."""
    text = joined(lines)
    if text is None:
        return [index for index, line in enumerate(lines) if _MAYBE.search(line)]
    at = [
        start for start in finds(text, "%,+\u20ac")  # ``%``, ``\d,\d``, ``\+\d``, ``€``
        if text[start] in "%\u20ac" or (text[start + 1:start + 2].isdecimal() and (text[start] == "+" or text[start - 1:start].isdecimal()))
    ]
    return lines_at(lines, at + finds(lowered(text), (*DERIVED_WORDS, *_MONEY_NEEDS, "gem.", "mediaan", "leeftijd", "duur", "uren", "uur")))


def derived_tail(text: str) -> int:
    """How many shares or changes end `text` (``Antwerpen 27,7% 28,1%`` → 2), counts among
    them not counted: a row of a table of percentages, which no table reads."""
    found = 0
    for word in reversed(text.split()):
        if DERIVED_VALUE.fullmatch(word):
            found += 1
        elif not (word == "%" or NUMBER.fullmatch(word)):
            break
    return found


def _without(line: str, spans: list[tuple[int, int]], positional: bool) -> str:
    """`line` with the character spans taken out (blanked in laid-out text)."""
    pieces = []
    at = 0
    for start, end in spans:
        if positional:
            pieces.append(line[at:start] + " " * (end - start))
        else:
            cut = start - 1 if start > at and line[start - 1] in " \t" else start
            pieces.append(line[at:cut])
        at = end
    pieces.append(line[at:])
    text = "".join(pieces)
    return text.rstrip() if positional else text


def _row_values(line: str) -> list[tuple[int, int]]:
    """The spans of the derived values among the tokens that end `line` (counts and derived
    values mixed), when at least one count stays and the line is no sentence."""
    tokens = list(WORD.finditer(line))
    derived: list[tuple[int, int]] = []
    counts = 0
    k = len(tokens) - 1
    bracketed = _SUBSET_ROW.match(line) is None
    for size in reversed(amounts_after_counts([t.group() for t in tokens]) if tokens[-1:] and _MAYBE_AMOUNT.search(line) else ()):
        derived.append((tokens[k - size + 1].start(), tokens[k].end()))  # ``… 12 30 € 1.234,56``: an amount of money
        k -= size
    while k >= 0:
        text = tokens[k].group()
        if text == "%" and k > 0 and NUMBER.fullmatch(tokens[k - 1].group().replace(",", "")):
            if _YEARS.fullmatch(tokens[k - 1].group()) and tokens[k - 1].group().isdecimal():
                break  # ``Provincie 2020 2021 %``: a header's last period, then its column of shares
            derived.append((tokens[k - 1].start(), tokens[k].end()))  # ``27,7 %``
            k -= 2
        elif bracketed and text == "%)" and k > 0 and _SHARE_OPENS.fullmatch(tokens[k - 1].group()):
            derived.append((tokens[k - 1].start(), tokens[k].end()))  # ``(45,2 %)``
            k -= 2
        elif bracketed and (glued := _glued_share(tokens, k)) is not None:  # ``1.234(45,2%)``: a count and its share
            derived.append(glued)
            counts += 1
            k -= 1 if text[-1] == ")" and "(" in text else 2
        elif DERIVED_VALUE.fullmatch(text) or (bracketed and _BRACKETED_SHARE.fullmatch(text)):  # (``(30%)``)
            derived.append(tokens[k].span())
            k -= 1
        elif NUMBER.fullmatch(text):
            counts += 1
            k -= 1
        elif text in _BLANKS:
            k -= 1  # a blank cell's mark among counts with their shares (``Limburg 300 (75%) -``)
        else:
            break
    if not derived or not counts:
        return []  # no share, or nothing but shares (a line of figures alone is a row's too:
    return sorted(derived)  # its label wrapped above them, as pypdf prints ``… -`` / ``tweede jaar`` / ``180 152 84%``)


def _glued_share(tokens: list[re.Match[str]], k: int) -> tuple[int, int] | None:
    """The span of the share glued to a count that token `k` (or, where it is a share's closing
    ``%)``, the token before it) holds — ``1.234(45,2%)``, ``1.234(45,2`` ``%)`` — or None."""
    glued = _GLUED_SHARE.fullmatch(tokens[k].group())
    if glued is not None and glued.group("share"):
        return tokens[k].start() + glued.end("count"), tokens[k].end()
    if tokens[k].group() != "%)" or k == 0:
        return None
    opened = _GLUED_SHARE.fullmatch(tokens[k - 1].group())
    if opened is None or not opened.group("opens"):
        return None
    return tokens[k - 1].start() + opened.end("count"), tokens[k].end()


def _header_words(line: str) -> list[tuple[int, int]]:
    """The spans of a header's derived columns (each word that opens one, with the words that
    qualify it), when what stays ends in periods or in a column word (``Aantal``) that stand
    before the first of them."""
    tokens = list(WORD.finditer(line))
    spans: list[tuple[int, int]] = []
    printed: set[str] = set()  # the years of the periods printed so far
    first = None
    k = 0
    while k < len(tokens):
        word = tokens[k].group()
        if not _DERIVED_WORD.match(word) and not (_QUANTITY_WORD.match(word) and k and (
            _YEARS.match(tokens[k - 1].group()) or _is_count_word(tokens[k - 1].group()) or tokens[k - 1].span() in spans
        )) and not (_HOURS_WORD.match(word) and k and _is_count_word(tokens[k - 1].group())):
            # (a quantity's word after a column only: ``Leeftijd 2015 …`` names the rows; hours after a count's)
            years = _YEARS.match(word)
            printed.update(y for y in (years.groups() if years else ()) if y)
            k += 1
            continue
        again = _YEARS.match(tokens[k - 1].group()) if k else None
        if again and spans[-1:] != [tokens[k - 1].span()] and again.group(1) in _years_before(tokens[:k - 1]):
            # a period printed again right before the word names this column (``2022 aantal  2022 %``,
            # each cell of a header row a period and its column's name, read in one line)
            spans.append(tokens[k - 1].span())
            first = k - 1 if first is None else first
        first = k if first is None else first
        spans.append(tokens[k].span())
        k += 1
        averaged = _AVERAGED_WORDS if word.lower().strip("().:") in _AVERAGE_OPENING else 0
        while k < len(tokens) and (
            (not _opening(tokens[k].group()) and _qualifies(tokens[k].group(), printed))
            or (tokens[k].group() == "(%)" and word != "%")  # ``Verschil (%)``: the unit of its values
            or (averaged and _averaged(tokens[k].group()))  # ``Gem. leeftijd``: what it averages
            or (_QUANTITY_WORD.match(spans[-1:] and line[slice(*spans[-1])] or "") is not None
                and _UNIT.match(tokens[k].group()) is not None)  # ``Leeftijd (jaar)``: its unit
        ):
            averaged = max(averaged - 1, 0)
            spans.append(tokens[k].span())
            k += 1
    if first is None or first == 0:
        return []
    kept = _without(line, spans, positional=False).strip()
    before = line[: tokens[first].start()].strip()
    if not before or not _column_end(before) or not _column_end(kept):
        return []
    return spans


def quantity_named(names: "list[str]") -> bool:
    """Whether every one of a header's derived columns' `names` is a quantity's named alone
    (``Leeftijd``, ``Duur (maanden)``): values of another quantity, neither a share nor a change
    nor an average (``Gem. leeftijd`` is one)."""
    return bool(names) and all(bool(n.split()) and _quantity_word(n.split()[0]) for n in names)


def _quantity_word(word: str) -> bool:
    """Whether `word` names a quantity alone: an age or a duration (:data:`_QUANTITY_WORD`), or hours
    (:data:`_HOURS_WORD`)."""
    return _QUANTITY_WORD.match(word) is not None or _HOURS_WORD.match(word) is not None


def _opening(word: str) -> bool:
    """Whether header word `word` opens a column of values that are no counts: a share's, a
    change's, an average's, an amount's (:data:`_DERIVED_WORD`) or a quantity's named alone
    (:data:`_QUANTITY_WORD`: ``Leeftijd``, ``Duur``)."""
    return _DERIVED_WORD.match(word) is not None or _quantity_word(word)


def _opens(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Whether span `k` of `spans` (a header's derived columns' words in `text`) opens a column of
    its own: a derived column's word, or a quantity's (``Aantal  Leeftijd``) that does not go on
    naming an average right before it (``Gem. leeftijd``: one column)."""
    a, b = spans[k]
    if _DERIVED_WORD.match(text[a:b]):
        return True
    if not _quantity_word(text[a:b]):
        return False
    return not k or bool(text[spans[k - 1][1]:a].strip()) or (
        text[slice(*spans[k - 1])].lower().strip("().:") not in _AVERAGE_OPENING)


def _averaged(word: str) -> bool:
    """Whether `word`, after an average's word, names what it averages (``leeftijd``, ``(jaar)``):
    letters, no count column's word (``Aantal``), no derived column's of its own."""
    return _AVERAGED.match(word) is not None and not _is_count_word(word) and not _DERIVED_WORD.match(word)


def _years_before(tokens: list[re.Match[str]]) -> set[str]:
    """The years of the periods among `tokens`."""
    return {m.group(1) for t in tokens if (m := _YEARS.match(t.group()))}


def _qualifies(word: str, printed: set[str]) -> bool:
    """Whether `word` goes on naming a derived column: a qualifier, or years already printed
    as periods (``Aandeel 2021`` after ``2020 2021``; ``Evolutie 2020-2021``)."""
    if _QUALIFIER.match(word):
        return True
    years = _YEARS.match(word)
    if years is None:
        return False
    first, second = years.groups()
    return first in printed and (second is None or second in printed or f"{first[:2]}{second}" in printed)


#: The words of a count column beside a share's: :data:`COLUMN_WORDS`, and the ``n`` or
#: ``abs.`` (absolute numbers) that name a count beside its percentage (``n % n %``).
_COUNT_WORDS = frozenset((*COLUMN_WORDS, "n", "abs", "abs.", "absoluut", "absolute"))


def _column_end(text: str) -> bool:
    """Whether `text` ends in a list of periods, in a word of a count column, or in a column
    that names what it counts (``Opleiding Gestart Geslaagd``, its period in the prose)."""
    from okot_audit.parse.subcolumns import meaning  # (a header's column names: only when one is asked)

    last = text.split()[-1]
    return period_list(text) is not None or _is_count_word(last) or meaning(last) is not None


#: The most lines a header's cells wrap over (pypdf prints each piece of a cell on a line of its own).
_WRAPPED_LINES = 8
#: The most words of a table's corner (the label column's name) on a wrapped header's first line.
_CORNER_WORDS = 3


def _wrapped_header(lines: tuple[str, ...], index: int) -> HeaderLines | None:
    """The header whose derived columns' names wrapped in their cells over the lines around
    line `index` (0-based) (:class:`~okot_audit.parse.headwords.HeaderLines`: its first and
    last lines and the header read as one line, written on its last), each derived column's word with its year (``Aandeel`` over ``2021``) —
    or None where line `index` is no such header's or reads on its own.

    The header's lines hold periods, derived columns' words and their qualifiers only (its first
    line may open with the corner's name), and a row follows them. Read by order, as
    single-spaced text prints the pieces: the years that repeat a period printed before them
    are the derived columns' (``Aandeel 2021`` after ``2021``), one each, in turn. A derived
    word that stands right after its period (a cell set to the top: ``2021 Aandeel`` over
    ``2021``) is its column where it stands; one that does not (set to the bottom:
    ``Scholingsniveau Aandeel Aandeel`` over ``2021 2021 2022 2022``) goes before its year,
    where the year's piece places its column. Laid-out text prints its pieces in the same order
    line by line, so is read the same; the header then stays laid out as its last line."""
    if not _header_piece(lines[index], corner=True):
        return None
    first = index
    while first > 0 and first > index - _WRAPPED_LINES and _header_piece(lines[first - 1], corner=True) and not (
        _corner(lines[first])
    ):
        first -= 1
    last = index
    while last + 1 < len(lines) and last + 1 - first < _WRAPPED_LINES and _header_piece(lines[last + 1], corner=False):
        last += 1
    if last == first or last + 1 >= len(lines) or not _row_values(lines[last + 1]):
        return None  # (one line: read as any; or no row with shares below)
    if any(_corner(lines[j]) for j in range(first + 1, last + 1)):
        return None
    tokens = [w for j in range(first, last + 1) for w in lines[j].split()]
    derived = [k for k, w in enumerate(tokens) if _DERIVED_WORD.match(w)]
    printed: set[str] = set()
    again: list[int] = []  # the years that repeat a period: each a derived column's
    for k, word in enumerate(tokens):
        years = _YEARS.match(word)
        if years is None:
            continue
        if years.group(1) in printed:
            again.append(k)
        printed.add(years.group(1))
    if not derived or len(again) != len(derived):
        return None
    before: dict[int, list[str]] = {}  # a derived word placed before its year
    after: dict[int, str] = {}  # a year placed after its derived word
    for word_at, year_at in zip(derived, again):
        if word_at and _YEARS.match(tokens[word_at - 1]) and word_at - 1 not in again:
            after[word_at] = tokens[year_at]  # (set to the top: the word where its column stands)
        else:
            before.setdefault(year_at, []).append(tokens[word_at])
    words: list[str] = []
    for k, word in enumerate(tokens):
        if k in derived and k not in after:
            continue
        if k in again and k not in before:
            continue
        words.extend(before.get(k, ()))
        words.append(word)
        if k in after:
            words.append(after[k])
    text = " ".join(words)
    spans = _header_words(text)
    kept = period_list(_without(text, spans, positional=False)) if spans else None
    if kept is None or len({p.label for p in kept[1]}) != len(kept[1]) or len(_named(text, spans)) != len(derived):
        return None
    return HeaderLines(first, last, text)


def _header_piece(line: str, corner: bool) -> bool:
    """Whether `line` holds only pieces of a header's cells: periods, derived columns' words and
    their qualifiers — after a corner's name of a few words, where `corner`."""
    words = line.split()
    if not words:
        return False
    k = 0
    if corner:
        while k < len(words) and k < _CORNER_WORDS and not _YEARS.match(words[k]) and not _DERIVED_WORD.match(words[k]) and (
            words[k][:1].isalpha() and not words[k].endswith((".", ":"))
        ):
            k += 1
    return all(_YEARS.match(w) or _DERIVED_WORD.match(w) or _QUALIFIER.match(w) for w in words[k:])


def _corner(line: str) -> bool:
    """Whether `line` opens with words that are no piece of a header's cell (a corner's name)."""
    first = line.split()[:1]
    return bool(first) and not (_YEARS.match(first[0]) or _DERIVED_WORD.match(first[0]) or _QUALIFIER.match(first[0]))


def _named(text: str, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    """The derived columns' names among `spans` of header `text`: each opening word with the
    words that qualify it, as one name (``Aandeel 2021``)."""
    names: list[str] = []
    for k, (a, b) in enumerate(spans):
        if k and not _opens(text, spans, k) and not text[spans[k - 1][1]:a].strip():
            names[-1] += text[spans[k - 1][1]:b]
        else:
            names.append(text[a:b])
    return tuple(names)


def _header_left(lines: tuple[str, ...], header: HeaderLines, spans: list[tuple[int, int]], positional: bool) -> str | None:
    """What stays of a `header` wrapped over lines once its derived columns go,
    written on its last line: its text without them in single-spaced text; in laid-out text the
    last line where it stands, without the years the derived columns took (each in turn) and
    with the other lines' words that are neither (the corner's name) where they stand — None
    where one of them has no room there."""
    first, last, text = header.first, header.last, header.text
    if not positional:
        return _without(text, spans, positional=False).strip()
    taken = len(_named(text, spans))
    bottom = lines[last]
    out = list(bottom)
    printed: set[str] = set()
    for j in range(first, last + 1):
        for m in WORD.finditer(lines[j]):
            years = _YEARS.match(m.group())
            again = years is not None and years.group(1) in printed
            if years is not None:
                printed.add(years.group(1))
            if again and taken:
                taken -= 1
                if j == last:
                    out[m.start():m.end()] = " " * (m.end() - m.start())
                continue
            if j == last or _DERIVED_WORD.match(m.group()) or _QUALIFIER.match(m.group()):
                continue
            a, b = m.span()
            out.extend(" " * max(0, b + 1 - len(out)))
            if "".join(out[max(0, a - 1):b + 1]).strip():
                return None  # (no room for it where it stands: the header is read as printed)
            out[a:b] = list(m.group())
    return "".join(out).rstrip()
