"""What the words of an answer say about it and its tables.

Title and sector, the question's number and date, what a table counts (its measure, unique
persons or enrolments), its periods and which of them the answer calls partial. Everything is
read from the answer's own words; nothing is keyed to a particular file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple, cast

from okot_audit.parse.caseless import AnyOf, Caseless, at_word_start
from okot_audit.parse.scan import finds, joined, lines_at
from okot_audit.parse.tokens import WORD
from okot_audit.parse.words import unit_of, units_of
from okot_audit.patterns import (
    APOSTROPHE, APOSTROPHE_YEAR, APOSTROPHES, DATE_RANGE, GRAND_TOTAL_WORDS, MONTH_LABEL, MONTH_NAME, MONTH_NAMES, MONTH_STEM,
    MONTH_STEM_BEFORE_DECEMBER, MONTH_STEMS, MONTH_WORD_BEFORE_DECEMBER, PAPER_TITLE, PERIOD_DASHES,
    PLAIN_TOTAL_WORDS, REGION_TOTALS, SECTOR_JOIN, SECTORS, SUBTOTAL_WORDS, YEAR, period_pattern, words_pattern,
)
from okot_audit.quick import quick_init
from okot_audit.tables import SUBTOTAL_PERIOD, Period, is_subtotal_column

#: A month's name in full → its number (``januari`` → 1).
MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, 1)}

#: A period as a header prints it: a year or a school year, perhaps with footnote stars.
PERIOD_TOKEN = re.compile("(" + period_pattern(dashes=PERIOD_DASHES) + r")(\*{0,3})")
#: A period word: a year (``2021``), a school year or a year's month in any of the forms answers
#: print them (``2021-2022``, ``2021-22``, ``2021/2022``, ``2021–2022`` with an en dash,
#: ``2021 - 2022``; ``2021-01``, ``2021/01``, ``01/2021``), with its footnote mark.
_PERIOD_WORD = re.compile(
    "^(" + period_pattern(dashes=PERIOD_DASHES, space=r"\s?") + r"|(?:0?[1-9]|1[0-2])/" + YEAR.pattern + ")"
    r"(\*{0,3}|\s\*{1,3}|\s?\([^()]{1,30}\)|[a-z])$")
#: The last words of the grand totals' names whose first word is a total column's (``generaal``
#: of ``Totaal generaal``). A region's name is left out: ``Totaal Vlaanderen`` heads the total
#: of a table's provinces (a column of a transposed table), not a total of the periods.
TOTAL_TRAILERS = frozenset(
    w.split()[1] for w in GRAND_TOTAL_WORDS
    if len(w.split()) == 2 and w.split()[0] in PLAIN_TOTAL_WORDS and w.split()[1] not in REGION_TOTALS
)
#: The first words of the grand totals' names whose last word is a total column's (``grand`` of
#: ``Grand Total``, ``algemeen`` of ``Algemeen totaal``): one column's name with it.
TOTAL_QUALIFIERS = frozenset(
    w.split()[0] for w in GRAND_TOTAL_WORDS if len(w.split()) == 2 and w.split()[1] in PLAIN_TOTAL_WORDS
)
#: The word of a total column, maybe starred (``Totaal``, ``Som*``, ``Eindtotaal``): groups the
#: word, the stars. One header word: a plain or a grand total's word of the vocabulary
#: (:mod:`okot_audit.patterns`) in one word; a grand total's of two (``Grand Total``,
#: ``Algemeen totaal``) is its last word after :data:`TOTAL_QUALIFIERS`. A subtotal's word
#: names no total column: a subtotal column totals some of the periods' columns, not all of them.
TOTAL_COLUMN = re.compile(
    r"^(" + words_pattern(tuple(w for w in (*PLAIN_TOTAL_WORDS, *GRAND_TOTAL_WORDS) if " " not in w))
    + r")(?:_(?:" + words_pattern(TOTAL_TRAILERS) + r"))?(\*{0,3}|\s?\((?:19|20)\d{2}[^()]{0,20}\))$", re.I,
)
#: The word of the last column after the periods (``2020 2021 Subtotaal``): a total column's
#: (:data:`TOTAL_COLUMN`) or a subtotal's of one word — printed after every period, it totals
#: them all, as a ``Totaal`` column there does (a subtotal's word anywhere else names no total
#: column: one between the periods totals some of them only).
LAST_TOTAL_COLUMN = re.compile(
    r"^(" + words_pattern(tuple(w for w in (*PLAIN_TOTAL_WORDS, *GRAND_TOTAL_WORDS, *SUBTOTAL_WORDS) if " " not in w))
    + r")(?:_(?:" + words_pattern(TOTAL_TRAILERS) + r"))?(\*{0,3}|\s?\((?:19|20)\d{2}[^()]{0,20}\))$", re.I,
)
#: A total column's word and the word a grand total's name adds after it, in a header
#: (``Totaal generaal``): :func:`_period_list` joins the two into one word as long
#: (``Totaal_generaal``), which :data:`TOTAL_COLUMN` reads.
_TOTAL_THEN_TRAILER = re.compile(
    r"(?<!\S)(?:" + words_pattern(PLAIN_TOTAL_WORDS) + r")\s(?:" + words_pattern(TOTAL_TRAILERS) + r")(?=\*{0,3}(?:\s|$))", re.I
)
#: The trailers as a line may print them (the first look before :data:`_TOTAL_THEN_TRAILER`).
_TRAILER_FORMS = tuple(form for t in TOTAL_TRAILERS for form in (t, t.capitalize(), t.upper()))
#: The abbreviations of the months' names answers print (``sept. 2021``, ``mrt 2022``).
_MONTH_ABBREVIATIONS = {name[:3]: number for name, number in MONTHS.items()} | {"mrt": 3, "febr": 2, "sept": 9}
#: A word of a header, with the note in brackets a period may carry (``2022 (voorlopig)``,
#: ``2022 (1)``) or its star set apart (``2022 *``, a superscript laid out): one word, the
#: period's mark; a school year spaced around its dash (``2021 - 2022``) is one word too, with
#: its mark (``2021 - 2022*``, ``2021 - 2022 (a)``, ``2021 - 2022a``).
_WORD = re.compile(r"\S+\s\([^()]{1,30}\)|\S*\d\s\*{1,3}(?!\S)|\S+")
_SPACED_WORD = re.compile(
    period_pattern(dashes=PERIOD_DASHES, space=r"\s", required=True) + r"(?![\d.])(?:\*{1,3}|\s?\([^()]{1,30}\)|[a-z](?!\S))?|\S+\s\([^()]{1,30}\)|\S*\d\s\*{1,3}(?!\S)|\S+")


def _words(line: str) -> list[re.Match[str]]:
    """The words of a header line (:data:`_WORD`); a school year spaced around its dash is one."""
    spaced = " - " in line or " / " in line or " \u2013 " in line
    return list((_SPACED_WORD if spaced else _WORD).finditer(line))
#: A period word's two years (or year and month), apart (:func:`period_labels`).
_TWO_PARTS = re.compile("^" + period_pattern(dashes=PERIOD_DASHES, space=r"\s?", capture=True, required=True) + "$")
_MONTH_FIRST = re.compile(r"^(0?[1-9]|1[0-2])/((?:19|20)\d{2})$")


def period_labels(printed: list[str], named: frozenset[int] = frozenset()) -> list[str]:
    """The labels of a header's periods as the contract writes them, whatever form the answer
    prints them in: a school year (or a span of years) ``2021-2022`` (from ``2021-22``,
    ``2021/2022``, ``2021/22``, ``2021–2022``, ``2021 - 2022``), a month ``2021-01`` (from
    ``2021/01``, ``01/2021``); a year and ``Totaal`` as they are. The labels at the indices
    `named` were made from a month's name and are months already. ``2011-12`` is both December
    2011 and a school year: a month where another period of the header is one, else the school
    year."""
    if all(label.isdigit() or label == "Totaal" for label in printed):
        return printed  # (years: the common case, nothing to write otherwise)
    months = bool(named) or any(_part_kind(label) == "month" for label in printed)
    return [label if i in named else _period_label(label, months) for i, label in enumerate(printed)]


def _part_kind(label: str) -> str | None:
    """``month``, ``school`` (a year and the next), ``both`` (``2011-12``) or None."""
    if _MONTH_FIRST.match(label):
        return "month"
    parts = _TWO_PARTS.match(label)
    if parts is None:
        return None
    first, end = int(parts.group(1)), parts.group(2)
    if len(end) == 4:
        return "school" if int(end) == first + 1 else None
    follows, month = int(end) == (first + 1) % 100, 1 <= int(end) <= 12
    return "both" if follows and month else "school" if follows else "month" if month else None


def _period_label(label: str, months: bool) -> str:
    if (month_first := _MONTH_FIRST.match(label)):
        return f"{month_first.group(2)}-{int(month_first.group(1)):02d}"
    parts = _TWO_PARTS.match(label)
    if parts is None:
        return label
    first, end = parts.group(1), parts.group(2)
    kind = _part_kind(label)
    if kind == "month" or (kind == "both" and months):
        return f"{first}-{end}"
    if len(end) == 2:  # the end of a school year or span in the same century, or the next
        year = int(first) - int(first) % 100 + int(end)
        end = str(year if year > int(first) else year + 100)
    return f"{first}-{end}"
#: A school year's dash and the mark after it (:data:`~okot_audit.patterns.APOSTROPHE_YEAR`):
#: what a text that holds one holds.
_APOSTROPHE_MARKS = tuple(dash + mark for dash in PERIOD_DASHES for mark in APOSTROPHES)
#: What :func:`plain_school_years` drops from such a school year: its mark.
_NO_APOSTROPHE = str.maketrans("", "", APOSTROPHES)


def plain_school_years(lines: tuple[str, ...], positional: bool) -> tuple[str, ...]:
    """`lines` with each school year printed with an apostrophe (``2019-'20``) written as the
    other forms of a header print it (``2019-20``), so that it is read as any period. In
    `positional` text the apostrophe's place goes before the year, so that the period ends
    where it did."""
    text = joined(lines)
    at = lines_at(lines, finds(text, _APOSTROPHE_MARKS)) if text is not None else range(len(lines))
    out: list[str] | None = None
    for index in at:
        line = lines[index]
        if APOSTROPHE_YEAR.search(line):
            out = out if out is not None else list(lines)
            lead = " " if positional else ""
            out[index] = APOSTROPHE_YEAR.sub(lambda m: lead + m.group().translate(_NO_APOSTROPHE), line)
    return tuple(out) if out is not None else lines


#: A note in brackets at the end of a line (``… 2022 (jan-jun)``).
_TRAILING_NOTE = re.compile(r"\s?\([^()]{1,30}\)\s*$")


@quick_init
@dataclass(frozen=True)
class PeriodToken:
    """One column of a header's period list: its label as the contract writes it (``2022``,
    ``2019-2020``, ``2020-10`` for ``oktober 2020``, ``Totaal`` for a total column), its
    footnote stars and the character span it takes in the header line."""

    label: str
    stars: str
    start: int
    end: int
    #: A total column's word as its header prints it (``Subtotaal``, ``Eindtotaal``, ``Grand
    #: Total``), where it is not ``Totaal``: the column's name in messages. Empty otherwise.
    word: str = ""

    @property
    def is_total(self) -> bool:
        return self.label == "Totaal"


def _total_word(found: "re.Match[str] | str") -> str:
    """A total column's word as printed (the match of :data:`TOTAL_COLUMN`'s or
    :data:`LAST_TOTAL_COLUMN`'s first group, or the words), ``""`` where it is ``Totaal``."""
    word = found if isinstance(found, str) else found.group(1)
    return "" if word == "Totaal" else word


def period_list(line: str) -> tuple[str, list[PeriodToken]] | None:
    """Split a line that ends in a list of periods into its words and the periods.

    Periods are years (``2018``), school years (``2019-2020``), months (``januari 2020``), each
    perhaps starred; a total column (``Totaal``) may close the list. At least one dated period.
    """
    found = _period_list(line)  # the reader asks this of one line several times, close together
    return None if found is None else (found[0], list(found[1]))


def months_only(line: str, after_dated: bool = False, years: str | None = None) -> tuple[str, list[PeriodToken]] | None:
    """A header whose periods are months named without their year (``Sector januari februari
    … oktober``, perhaps closed by ``Totaal``), the year named in the prose around the table:
    its words and the months, labelled :data:`YEARLESS` and the month (``0000-01``) until the
    table's text gives the year (:func:`with_year`). Two months at least, in the calendar's
    order, and no year anywhere on the line (``januari 2020`` is :func:`period_list`'s) — or,
    `after_dated`, the months after the last named with its year, which is theirs too
    (``januari 2021 februari maart``: the year printed once, under the first month, its cell
    read as one; the caller knows no line of their years follows). `years`: the header's line
    above, which may print their years (:func:`months_of_years`; ``2021 2021 2022`` over ``nov.
    dec. jan.``, the months then in the order of time, not of the calendar)."""
    dated = None
    if _YEAR.search(line):
        if not after_dated:
            return None
        bare = _BARE_MONTHS.search(line)
        dated = _period_list(line[: bare.start(1)]) if bare is not None else None
        if dated is None or not dated[1] or dated[1][-1].is_total or not MONTH_LABEL.match(dated[1][-1].label):
            return None
    words = list(_WORD.finditer(line))
    k = len(words)
    found: list[PeriodToken] = []
    if k and (total := TOTAL_COLUMN.match(words[-1].group())):
        found.append(PeriodToken("Totaal", total.group(2), words[-1].start(), words[-1].end(), _total_word(total)))
        k -= 1
    months: list[PeriodToken] = []
    while k > 0:
        word = words[k - 1]
        stars = word.group()[len(word.group().rstrip("*")):]
        month = month_number(word.group().rstrip("*"))
        if month is None:
            break
        months.insert(0, PeriodToken(f"{YEARLESS}-{month:02d}", stars, word.start(), word.end()))
        k -= 1
    if years is not None and dated is None and len(months) >= 2 and (over := months_of_years(months + found, years)):
        return line[: words[k].start()].strip() if k < len(words) else "", over
    labels = [t.label for t in months]
    if dated is not None:
        year = dated[1][-1].label[:4]
        months = [*dated[1], *(replace(t, label=with_year(t.label, year)) for t in months)]
        labels = [t.label for t in months]
        return (dated[0], months + found) if labels == sorted(set(labels)) else None
    if len(months) < 2 or labels != sorted(set(labels)):
        return None
    return line[: words[k].start()].strip() if k < len(words) else "", months + found


def with_year(label: str, year: str) -> str:
    """A period label of :func:`months_only` with its year (``0000-10``, ``2020`` → ``2020-10``)."""
    return f"{year}{label[len(YEARLESS):]}" if label.startswith(YEARLESS) else label


#: The months named without their year that end a line, after one named with its year
#: (``januari 2021 februari maart``), perhaps closed by a total column's word.
_BARE_MONTHS = re.compile(r"(?<!\S)(?:19|20)\d{2}\**\s+((?:[^\W\d]+\.?\**\s+)*[^\W\d]+\.?\**)\s*$")


#: The year of a month :func:`months_only` read before the table's text gives it.
YEARLESS = "0000"


def months_of_years(months: list[PeriodToken], line: str) -> list[PeriodToken] | None:
    """The months of a header named without their year (:func:`months_only`'s `months`) given
    their years by another line of the header that prints years alone: one year for every
    month (``januari februari maart`` / ``2021``, the year printed once in a cell spanning
    them, or over them) or a year for each (``nov. dec. jan.`` / ``2021 2021 2022``, in
    either order). The months with their years, running in time — else None."""
    found = _period_list(line)
    if found is None or found[0].strip() or any(t.is_total or not t.label.isdigit() for t in found[1]):
        return None
    years = [t.label for t in found[1]]
    named = [t for t in months if t.label.startswith(YEARLESS)]
    if len(set(years)) == 1:
        years = years[:1] * len(named)  # (one year for all: printed once, or over each month)
    if len(years) != len(named):
        return None
    dated = [replace(t, label=with_year(t.label, year)) for t, year in zip(named, years)]
    labels = [t.label for t in dated]
    if labels != sorted(set(labels)):
        return None
    return [*dated, *(t for t in months if not t.label.startswith(YEARLESS))]


#: A star set apart from the year that ends a line (``… 2021 2022 *``).
_APART_STAR = re.compile(r"(?<=\d)\s(\*{1,3})\s*$")
#: A year or a school year with a footnote's letter set apart by a space (``2023 a``, ``2022-2023
#: a``: a raised letter as a PDF lays it out), before the next word or the line's end: the
#: period's mark, as a glued ``2023a`` is (a school year spaced around its dash, ``2022 - 2023 a``,
#: its second year's).
_APART_LETTER = re.compile(r"(?<!\S)(" + period_pattern(dashes=PERIOD_DASHES) + r") ([a-z])(?!\S)")
#: A letter alone after a space: the quick look before :data:`_APART_LETTER` (its literal space
#: first, a search far quicker than the year's digits first).
_LONE_LETTER = re.compile(r" [a-z](?!\S)")


#: A few lines' worth: the reader asks again within a few lines, and a streamed run's memory
#: must not grow with the answers it read (tests/test_corpus_stream.py).
@lru_cache(maxsize=32)
def _period_list(line: str) -> tuple[str, tuple[PeriodToken, ...]] | None:
    if _LONE_LETTER.search(line) and _APART_LETTER.search(line):
        line = _APART_LETTER.sub(r"\1\2 ", line)  # (``2023 a`` → ``2023a``, the line as long)
    if ("/" in line or "\u2013" in line or "-" in line) and _RANGE_IN_LINE.search(line):
        # (a range of days, ``01/01/2022 - 30/06/2022``: one word, its spaces kept in their place)
        line = _RANGE_IN_LINE.sub(lambda m: m.group().replace(" ", "_"), line)
    if any(form in line for form in _TRAILER_FORMS):
        line = _TOTAL_THEN_TRAILER.sub(lambda m: m.group().replace(" ", "_").replace("\t", "_"), line)  # (``Totaal generaal``)
    if _TWO_YEARS_APART.search(line) and (twice := _TWO_MONTHS_THEN_YEARS.search(line)) is not None:
        # (a month's cell wrapped before the next month's, its year laid out after both: the
        # next month's year beside it first, the wrapped month's from the line below after it —
        # ``maart april 2023 2023`` is ``maart 2023`` and ``april 2023``, ``december januari 2023
        # 2022`` is ``december 2022`` and ``januari 2023``, as long; a month's name begins a period)
        line = _TWO_MONTHS_THEN_YEARS.sub(_months_over_years, line)
    bare = _TRAILING_NOTE.sub("", line) if line.endswith(")") or line.rstrip().endswith(")") else line
    if bare.rstrip().endswith("*") and (star := _APART_STAR.search(bare)):
        bare = bare[:star.start()] + star.group(1)  # (``2022 *``: the year's star set apart)
    last = bare.rsplit(None, 1)  # the list ends in a period, or in a total column after one
    if not last or not (_PERIOD_WORD.match(last[-1]) or (last[-1][:1].isdigit() and _UP_TO_DATE.fullmatch(last[-1]))
                        or _ODD_PERIOD_WORD.fullmatch(last[-1])):
        if len(last) == 2 and month_number(last[-1]) is not None and _YEAR_MONTH_END.search(bare):
            # each month's cell read top to bottom, its year over its name (``Sector 2021 jan. 2021
            # feb.``, a PDF's cells laid out): the months of those years, as ``jan. 2021`` prints them
            return _period_list(_YEAR_MONTH.sub(lambda m: f"{m.group(2)} {m.group(1)}", line))
        if len(last) < 2 or not LAST_TOTAL_COLUMN.match(last[-1]):
            return None
        before = _TRAILING_NOTE.sub("", last[0]).rsplit(None, 1)  # (its note: ``2023 (jan-jun) Totaal``)
        if len(before) == 2 and before[-1].lower() in TOTAL_QUALIFIERS:  # (``Grand Total``, ``Algemeen totaal``)
            before = before[0].rsplit(None, 1)
        if len(before) == 2 and before[-1] in ("*", "**", "***"):
            # (a star set apart before the total column's word, ``2022-2023 * Totaal``: the mark
            # of the period before it — a wrapped cell's, laid out after it)
            before = before[0].rsplit(None, 1)
        if len(before) == 2 and _SUBTOTAL_COLUMN.match(before[-1]):
            before = before[0].rsplit(None, 1)  # (a subtotal column before it: ``2020 2021 Subtotaal Totaal``)
        if not before or not (_PERIOD_WORD.match(before[-1]) or _UP_TO_DATE.fullmatch(before[-1])):
            return None
    words = _words(line)
    found: list[PeriodToken] = []
    k = len(words)
    if k and (total := LAST_TOTAL_COLUMN.match(words[-1].group())):
        grand = k > 1 and words[-2].group().lower() in TOTAL_QUALIFIERS  # (``Grand Total``: one column's name)
        word = f"{words[-2].group()} {total.group(1)}" if grand else total.group(1)
        found.append(PeriodToken("Totaal", total.group(2), words[-2 if grand else -1].start(), words[-1].end(),
                                 _total_word(word)))
        k -= 2 if grand else 1
    elif (
        k > 2 and _PERIOD_WORD.match(words[-3].group()) and (total := TOTAL_COLUMN.match(words[-2].group()))
        and (span := _PERIOD_WORD.match(words[-1].group()))
    ):
        # A total column named with the periods it totals (``2022  Totaal 2020-2022``, its cell's
        # two lines joined): no period cell starts with the word of a total.
        found.append(PeriodToken("Totaal", total.group(2) or span.group(2), words[-2].start(), words[-1].end()))
        k -= 2
    dated = 0
    by_name: set[int] = set()  # (the periods made of a month's name and year)
    parts: set[str] = set()  # (the years a part of which a period is)
    while k > 0:
        word = words[k - 1]
        match = _PERIOD_WORD.match(word.group())
        if (
            match and found and k > 3 and (sub := _SUBTOTAL_COLUMN.match(words[k - 2].group()))
            and _names_span(match.group(1), words[k - 3].group(), words[: k - 3])
        ):
            # A subtotal column named with the years it totals (``2020 2021 Subtotaal 2020-2021
            # 2022 Totaal``, its cell's two lines joined): one column, as a total column so named
            # is — its span ends in the year right before it and starts at one before that (else
            # ``Subtotaal 2022`` is a subtotal column and the period 2022).
            years = _TWO_PARTS.match(match.group(1))
            assert years is not None  # (:func:`_names_span` read them)
            found.append(PeriodToken(f"{SUBTOTAL_PERIOD} {years.group(1)} t/m {years.group(2)}", sub.group(2) or match.group(2),
                                     words[k - 2].start(), word.end(), sub.group(1)))
            k -= 2
            continue
        read = (match.group(1), match.group(2)) if match else _odd_period(words, k - 1)
        if read is None:
            if found and k > 1 and (sub := _SUBTOTAL_COLUMN.match(word.group())) and _PERIOD_WORD.match(words[k - 2].group()):
                # A subtotal column between the periods (``2020 2021 Subtotaal 2022 Totaal``): it
                # totals the periods left of it, up to the subtotal column before it — labelled
                # with their span once all are read (:func:`_subtotal_spans`).
                found.append(PeriodToken(SUBTOTAL_PERIOD, sub.group(2), word.start(), word.end(), sub.group(1)))
                k -= 1
                continue
            date = _UP_TO_DATE.fullmatch(word.group())
            if date is None or k < 2 or not _UP_TO.fullmatch(words[k - 2].group()):
                break
            # A year up to a date (``t.e.m. 30/06/2024``): the year, cut short as the words say —
            # the period ``2024 (t.e.m. 30/06)`` prints after it.
            found.append(PeriodToken(date.group(2), f" ({words[k - 2].group()} {date.group(1)})",
                                     words[k - 2].start(), word.end()))
            parts.add(date.group(2))
            dated += 1
            k -= 2
            continue
        label, stars = read
        if stars.startswith(" (") and not match and _RANGE_NOTE.search(stars):
            parts.add(label)  # (a range of days in the year: ``1/1-30/6/2022``, the year cut short)
        stars = stars.lstrip() if stars[:1].isspace() and stars.strip()[:1] == "*" else stars  # (``2022 *``)
        start = word.start()
        if k > 1 and label.isdigit():
            month = month_number(words[k - 2].group())
            if month is not None:
                label, start = f"{label}-{month:02d}", words[k - 2].start()
                by_name.add(len(found))
                k -= 1
            elif (part := _part_of_year(words, k - 1)) is not None:
                # A part of the year printed before it (``1e semester 2024``, ``Q1 2024``,
                # ``januari-juni 2024``): the year, cut short as its note says — the period
                # ``2024 (januari-juni)`` prints after it.
                size, note = part
                start = words[k - 1 - size].start()
                stars = stars or f" ({note})"
                parts.add(label)
                k -= size
        found.append(PeriodToken(label, stars, start, word.end()))
        dated += 1
        k -= 1
    if dated == 1 and not found[0].is_total and (named := _named_periods(words, k, found[0])) is not None:
        k, found = named
        dated = len(found)
    if not dated or (k > 0 and _COUNT_WORD.fullmatch(words[k - 1].group())):
        return None  # (a count before the years: a row whose figures look like years, ``2015  1  1900  1901``)
    if parts and len({t.label for t in found}) < len(found):
        return None  # (parts of one year as columns, ``Q1 2023  Q2 2023``: quarters, no periods of a year)
    if k > 1 and not found[0].is_total and (total := TOTAL_COLUMN.match(words[k - 1].group())):
        # A total column printed first, before the periods it totals (``OKOT  Totaal  2020  2021``),
        # after the header's own words (a line that opens with ``Totaal`` is a total line).
        found.append(PeriodToken("Totaal", total.group(2), words[k - 1].start(), words[k - 1].end(), _total_word(total)))
        k -= 1
    found.reverse()
    labels = [t.label for t in found]
    canonical = period_labels(labels, frozenset(len(found) - 1 - i for i in by_name) if by_name else frozenset())
    if canonical is not labels:
        found = [t if t.label == label else replace(t, label=label) for t, label in zip(found, canonical)]
    if any(label.startswith(SUBTOTAL_PERIOD) for label in labels):
        found = _subtotal_spans(found)
    head = line[: words[k - 1].end()].strip() if k > 0 else ""
    return head, tuple(found)


#: A subtotal's one word as a header prints it among the periods (``Subtotaal``, ``Tussentotaal``),
#: maybe starred: groups the word, the stars.
_SUBTOTAL_COLUMN = re.compile(r"^(" + words_pattern(tuple(w for w in SUBTOTAL_WORDS if " " not in w)) + r")(\*{0,3})$", re.I)


def _names_span(span: str, last: str, before: list[re.Match[str]]) -> bool:
    """Whether `span` (a period word's label: ``2020-2021``) names the years from one of the
    words `before` to `last` (``2021``): two years, the second `last`, the first among them."""
    parts = _TWO_PARTS.match(span)
    if parts is None or not last.isdigit() or len(parts.group(2)) != 4 or parts.group(2) != last:
        return False
    return any(w.group() == parts.group(1) for w in before)


def _subtotal_spans(found: list[PeriodToken]) -> list[PeriodToken]:
    """`found` (a header's columns in order) with each subtotal column labelled by the span of the
    periods it totals: the span its header prints (``Subtotaal 2020-2021``), else those left of
    it up to the subtotal column before it (``Subtotaal 2020 t/m 2021``, ``Subtotaal 2022`` for
    one)."""
    out: list[PeriodToken] = []
    since: list[str] = []
    for token in found:
        if is_subtotal_column(token.label):
            since = []  # (its span printed)
        elif token.label == SUBTOTAL_PERIOD and since:
            span = since[0] if len(since) == 1 else f"{since[0]} t/m {since[-1]}"
            out.append(replace(token, label=f"{SUBTOTAL_PERIOD} {span}"))
            since = []
            continue
        elif not token.is_total:
            since.append(token.label)
        out.append(token)
    return out


#: A year over its month's name in one cell, read top to bottom (``2021 jan.``); at a line's end.
_MONTH_WORD = r"(?:" + "|".join(sorted({*MONTHS, *_MONTH_ABBREVIATIONS}, key=len, reverse=True)) + r")\.?"
_YEAR_MONTH = re.compile(r"(?<!\S)((?:19|20)\d{2}) (" + _MONTH_WORD + r")(?!\S)", re.I)
#: Two months' names and then two years, a space apart (``maart april 2023 2023``, ``december
#: januari 2023 2022``): :func:`_months_over_years` says which year is whose.
_TWO_MONTHS_THEN_YEARS = re.compile(
    r"(?<!\S)(" + _MONTH_WORD + r") (" + _MONTH_WORD + r") ((?:19|20)\d{2}) ((?:19|20)\d{2})(?!\S)", re.I)
#: What every :data:`_TWO_MONTHS_THEN_YEARS` holds, its two years a space apart: its quick look
#: (the pattern itself, case-insensitive, is tried at every word of every line asked).
_TWO_YEARS_APART = re.compile(YEAR.pattern + " " + YEAR.pattern + r"(?!\S)")


def _months_over_years(match: re.Match[str]) -> str:
    """``M1 M2 Y2 Y1`` as ``M1 Y1 M2 Y2`` (as long) where the two months follow each other in
    time so (``maart april 2023 2023``, ``december januari 2023 2022``: the second month's year
    printed beside it, the first month's wrapped below); else the words as they are."""
    first, second, beside, below = match.groups()
    one, two = month_number(first), month_number(second)
    if one is None or two is None or (int(below), one) >= (int(beside), two):
        return match.group()
    return f"{first} {below} {second} {beside}"
_YEAR_MONTH_END = re.compile(r"(?<!\S)(?:19|20)\d{2} " + _MONTH_WORD + r"\s*$", re.I)


#: A range of days as a header prints it among its periods (:data:`~okot_audit.patterns.DATE_RANGE`,
#: its year last), a word of its own.
_RANGE_IN_LINE = re.compile(r"(?<![\w/.])(?:" + DATE_RANGE.pattern + r")(?![\w/])", re.I)
#: A year a range of days prints within it (``01/01/2022 - …``): left out of its note.
_RANGE_YEAR = re.compile(r"[/.\s](?:19|20)\d{2}")
_RANGE_NOTE = re.compile(r"\d[/.\s]")
#: A year with a footnote's number glued to it (``20221``: ``2022¹`` as text extraction gives it).
_GLUED_MARK = re.compile(r"((?:19|20)\d{2})([1-9])")
#: A year cut to its last two digits after an apostrophe (``Q1 '24``).
_SHORT_YEAR = re.compile(APOSTROPHE + r"(\d{2})")
#: A word that may end a header's period list besides :data:`_PERIOD_WORD` (:func:`_odd_period`).
_ODD_PERIOD_WORD = re.compile(_GLUED_MARK.pattern + "|" + _SHORT_YEAR.pattern + r"|\d\S*(?:_|[-\u2013]\S*(?:19|20)\d{2})\S*")


def range_months(match: re.Match[str]) -> frozenset[int] | None:
    """The months a range of days (:data:`~okot_audit.patterns.DATE_RANGE`) runs over, in one
    year, or None: no range of one year (``1/9/2021 - 31/8/2022``), or backwards. A range over the
    whole year (``1/1-31/12``) gives all twelve."""
    first = int(match.group("first_month") or 0) or month_number(match.group("first_name") or "")
    last = int(match.group("last_month") or 0) or month_number(match.group("last_name") or "")
    if not first or not last or last < first or (match.group("first_year") or match.group("year")) != match.group("year"):
        return None
    if (first, last) == (1, 12) and (int(match.group("first_day")) != 1 or int(match.group("last_day")) != 31):
        return frozenset(range(1, 12))  # (``1/1-15/12``: the year but its end)
    return frozenset(range(first, last + 1))


def _odd_period(words: list[re.Match[str]], at: int) -> tuple[str, str] | None:
    """A period `words[at]` prints in a form :data:`_PERIOD_WORD` does not read, as its label and
    mark: a range of days in one year (``1/1-30/6/2022`` → ``2022`` with its note ``(1/1-30/6)``;
    over the whole year, the year), a year after a part of it with its century left out (``Q1
    '24`` → ``2024``: its part is read as any year's), a year with a footnote's number glued
    to it where a year next to it on the line is the year before or after (``2021  20221``:
    ``2022 (1)``, a five-digit year no header prints); else None."""
    word = words[at].group()
    if (short := _SHORT_YEAR.fullmatch(word)) is not None:
        year = ("19" if int(short.group(1)) >= 50 else "20") + short.group(1)
        return (year, "") if _part_of_year(words, at) is not None else None
    if (glued := _GLUED_MARK.fullmatch(word)) is not None:
        printed = int(glued.group(1))
        near = [words[j].group() for j in (at - 1, at + 1) if 0 <= j < len(words)]
        if any((m := _PERIOD_WORD.match(w)) and m.group(1).isdigit() and abs(int(m.group(1)) - printed) == 1
               for w in near):
            return glued.group(1), f" ({glued.group(2)})"
        return None
    if (span := DATE_RANGE.fullmatch(word.replace("_", " "))) is None or not span.group("year"):
        return None
    months = range_months(span)
    if months is None:
        return None
    return span.group("year"), "" if len(months) == 12 else f" ({_RANGE_YEAR.sub('', span.group())})"


#: A date a period runs up to, as a header prints it for the running year (``30/06/2024``): its
#: day and month, and its year; :data:`_UP_TO` the word before it (``t.e.m.``, ``tem``, ``tot``).
_UP_TO_DATE = re.compile(r"((?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2]))[/.-]((?:19|20)\d{2})\*{0,3}")
_UP_TO = re.compile(r"t\.?e\.?m\.?|tot|tm|t/m", re.I)
#: A part of a year as a header prints it before the year, in one word: a quarter or half
#: (``Q1``, ``K2``, ``H1``, ``S2``) or a range of months (``januari-juni``, ``jan-jun``).
_PART_WORD = re.compile(
    r"(?:[QKHS][1-4]|" + MONTH_NAME + r"[-\u2013]" + MONTH_NAME + ")",
    re.I,
)
#: :data:`_PART_WORD` as a pattern to build on (a line that starts with a part of a year).
PART_WORD = _PART_WORD.pattern


def part_of_year(word: str) -> bool:
    """Whether `word`, printed before a year, cuts the year short (``Q1``, ``H2``,
    ``jan-mrt``, ``januari-juni``): the period is the year, partial as the word says."""
    return _PART_WORD.fullmatch(word) is not None and (word[0] in "QKHSqkhs" or _CUT_SHORT.search(word) is not None)


#: ... or in two: an ordinal and the part (``1e semester``, ``1ste kwartaal``, ``eerste helft``).
_PART_ORDINAL = re.compile(r"(?:[1-4]\s?(?:ste|de|e)|eerste|tweede|derde|vierde)", re.I)
_PART_NAME = re.compile(r"(?:kwartaal|trimester|semester|helft|jaarhelft)", re.I)


def _part_of_year(words: list[re.Match[str]], at: int) -> tuple[int, str] | None:
    """The part of a year that `words[at - 1]` (and the word before it) print before the year
    at `words[at]`: how many words it takes and its words; None when they print none."""
    if at < 1:
        return None
    word = words[at - 1].group()
    if _PART_WORD.fullmatch(word):
        return (1, word) if part_of_year(word) else None
    if at >= 2 and _PART_NAME.fullmatch(word) and _PART_ORDINAL.fullmatch(words[at - 2].group()):
        return 2, f"{words[at - 2].group()} {word}"
    return None


#: How many words the name a header repeats in every period's cell may have.
_NAME_WORDS = 4


def _named_periods(words: list[re.Match[str]], k: int, last: PeriodToken) -> tuple[int, list[PeriodToken]] | None:
    """A header whose every period cell names what it counts before its period (``Aantal
    unieke cursisten 2020  Aantal unieke cursisten 2021``: a cell's lines, ``Aantal unieke`` /
    ``cursisten`` / ``2020``, joined by the PDF layout), read from the end: the same words (one
    to :data:`_NAME_WORDS`, none a figure) before each of two periods or more. `words[k:]` hold
    the `last` period, already read. Returns the index of the words before the first cell's
    name and the periods (last first), each spanning its whole cell; None when the line is no
    such header. The name stays in the header's words, where what the table counts is read."""
    for size in range(1, _NAME_WORDS + 1):
        name = [w.group() for w in words[k - size: k]] if k - size >= 0 else []
        if len(name) < size or any(_COUNT_WORD.fullmatch(w) or _PERIOD_WORD.match(w) for w in name):
            return None
        found = [PeriodToken(last.label, last.stars, words[k - size].start(), last.end)]
        at = k - size
        while at - size - 1 >= 0:
            match = _PERIOD_WORD.match(words[at - 1].group())
            if not match or [w.group() for w in words[at - size - 1: at - 1]] != name:
                break
            found.append(PeriodToken(match.group(1), match.group(2), words[at - size - 1].start(), words[at - 1].end()))
            at -= size + 1
        if len(found) >= 2:
            return at + size, found
    return None


#: A count standing alone (``1``, ``1.472``): no header's words end in one.
_COUNT_WORD = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")


#: A word begun in lower case, letters only, that opens a header's line: maybe the rest of a
#: month's name a narrow cell broke inside the word on the line above (``septembe`` / ``r 2022``).
_REST_OF_WORD = re.compile(r"\s*([a-z\u00e0-\u00ff]{1,6})(?=\s|$)")


def _mend_month_pieces(texts: list[str]) -> list[str] | None:
    """The header's lines `texts` with each month's name a narrow cell broke inside the word
    glued again (``Opleiding septembe oktober`` / ``r 2022 2022``: ``Opleiding september oktober``
    / ``2022 2022``; a cell's lines one by one, ``Opleiding septembe`` / ``r 2022``, alike): a
    line's first word, in lower case, completes a word of the line above that is no month's name
    into one (:func:`month_number`), every word after it there a piece of a period label (a
    month, a year, a total column's word). None when no name was broken."""
    out: list[str] | None = None
    for at in range(1, len(texts)):
        rest = _REST_OF_WORD.match(texts[at])
        if rest is None:
            continue
        above = (out or texts)[at - 1]
        for match in reversed(list(WORD.finditer(above))):
            word = match.group()
            if month_number(word) is None and month_number(word + rest.group(1)) is not None:
                if out is None:
                    out = list(texts)
                # (the rest blanked where it stood, so the line's other words keep their places)
                out[at - 1] = above[:match.end()] + rest.group(1) + above[match.end():]
                out[at] = texts[at][:rest.start(1)] + " " * len(rest.group(1)) + texts[at][rest.end(1):]
                break
            if not _label_piece(word):
                break
    return out


def wrapped_period_list(above: "str | list[str] | None", line: str) -> tuple[str, list[PeriodToken]] | None:
    """The period list of a header whose month labels wrapped in their cells, as single-spaced
    extractors print it: the header's lines `above` and `line` end in its labels' pieces — a
    line of month names over a line of years (among periods that fit one line: ``juni 2023
    juli 2023 augustus september`` / ``2023 2023``), or a cell's lines one by one (``januari``
    / ``2023`` / ``februari`` / ``2023 Totaal``). Read in order, each name takes the next year
    after it; the periods run in time, so that order is the columns'. Where no name is left
    over, :func:`period_list` of `line`."""
    if above is not None:
        lines = [above] if isinstance(above, str) else list(above)
        mended = _mend_month_pieces([*lines, line])
        if mended is not None:
            *lines, line = mended
    found = period_list(line)
    if above is None or found is None:
        return found
    if lines and (over := months_only(lines[-1], years=line)) is not None and not over[1][0].label.startswith(YEARLESS):
        return over  # months alone over their years (one year for all, or one each)
    heads: list[str] = []
    stream: list[tuple[str, re.Match[str], int]] = []  # (kind, word, line index)
    # Periods that repeat one label (``2019 2019``) are no columns of their own: the header's
    # words may then stand between the month names and their years (``februari maart`` /
    # ``uitgevoerde, geslaagde,`` / ``2019 2019``), and such a line is passed over.
    repeated = len({t.label for t in found[1]}) != len(found[1])
    for index, text in enumerate([*lines, line]):
        words = _words(text)
        k = len(words)
        while k > 0 and _label_piece(words[k - 1].group()):
            k -= 1
        if index < len(lines) and 0 < k < len(words) and stream and any(heads):
            # a second line of words before pieces: the first is no line of this header but a caption
            # that ends in a period of its own (``Gestarte cursisten per maand, januari tot en met juni
            # 2023`` over ``Opleiding januari`` / ``2023`` / …): the header's words start here
            heads, stream = [], []
        if index < len(lines) and k == len(words) and stream:
            if repeated or all(kind == "month" for kind, _, _ in stream):
                # (or month names alone above it, awaiting their years: ``december`` / ``Provincie
                # Opleiding`` / ``2020*``, pdfplumber's text of a month's cell wrapped around the
                # line of the cells beside it — the header's words, no block's name)
                heads.append(text.strip())
                continue
            # a line without labels between the pieces (a block's name, ``Zorg``, between a header
            # and its repeat on the next page): the pieces above it are no cells of this header
            stream = []
        heads.append(text[: words[k - 1].end()].strip() if k > 0 else "")
        stream.extend((_label_piece(w.group()) or "", w, index) for w in words[k:])
    names: list[tuple[int, re.Match[str]]] = []
    dated: list[PeriodToken] = []
    by_name: set[int] = set()
    total = None
    total_first = False
    paired = False
    for position, (kind, word, _) in enumerate(stream):
        if kind == "month":
            following = stream[position + 1] if position + 1 < len(stream) else None
            if following and following[0] == "year" and following[2] == stream[position][2]:
                continue  # a whole period (``mei 2016``): its year takes it below
            names.append((position, word))
        elif kind == "year":
            match = _PERIOD_WORD.match(word.group())
            assert match is not None
            previous = stream[position - 1] if position else None
            if previous and previous[0] == "month" and previous[2] == stream[position][2] and (not names or names[-1][0] != position - 1):
                month = month_number(previous[1].group())
            elif names:
                month = month_number(names.pop(0)[1].group())
                paired = True
            else:
                month = None
            label = f"{match.group(1)}-{month:02d}" if month and match.group(1).isdigit() else match.group(1)
            if month and match.group(1).isdigit():
                by_name.add(len(dated))
            dated.append(PeriodToken(label, match.group(2), word.start(), word.end()))
        elif kind == "total":
            total = PeriodToken("Totaal", TOTAL_COLUMN.match(word.group()).group(2), word.start(), word.end())  # type: ignore[union-attr]
            # printed first: before every period's piece on its line (``Totaal juli 2017
            # augustus`` / ``2017 2017``; ``augustus september`` / ``Leeftijd Totaal 2020 2020``)
            on_line = [w.start() for k, w, at in stream if at == stream[position][2] and k in ("month", "year")]
            total_first = bool(on_line) and word.start() < min(on_line)
    if not paired or names:
        return found
    if len({len(t.label) for t in dated}) > 1:
        return found  # months beside whole years: a month name of the prose above (``2022 t.e.m. juni``)
    labels = period_labels([t.label for t in dated], frozenset(by_name))
    dated = [t if t.label == label else replace(t, label=label) for t, label in zip(dated, labels)]
    dated.sort(key=lambda t: t.label)
    if len({t.label for t in dated}) != len(dated):
        return found
    if total is None:
        return " ".join(h for h in heads if h), dated
    return " ".join(h for h in heads if h), [total, *dated] if total_first else [*dated, total]


def _label_piece(word: str) -> str | None:
    """What piece of a period label `word` is: ``month``, ``year`` (maybe starred, a school
    year too), ``total`` (a total column's word), or None."""
    if month_number(word) is not None:
        return "month"
    if _PERIOD_WORD.match(word):
        return "year"
    if TOTAL_COLUMN.match(word):
        return "total"
    return None


def month_number(word: str) -> int | None:
    """The month a word names: its name or its abbreviation (``sep``, ``sept.``, ``febr``,
    ``mrt``) — never a word that only starts like one (``maar``)."""
    name = word.lower().rstrip(".")
    return MONTHS.get(name) or _MONTH_ABBREVIATIONS.get(name)


#: What a programme was left without (:data:`_MEASURES`): ``… zonder (het) diploma``.
_WITHOUT_DIPLOMA = r"\s+zonder\s+(?:het\s+|een\s+)?diploma\b"
# (Every alternative of the measures' patterns opens with a letter, a word boundary before it
# looked back at — ``\bafgebroken\b`` as ``afgebroken(?<=\bafgebroken)\b``: their search skips to
# where one of those letters stands, :func:`~okot_audit.parse.caseless.at_word_start`;
# tests/test_speed23d.py holds each to the pattern written plainly.)
_MEASURES = (
    ("stopped_or_failed", Caseless(
        r"stopgezet|stopzet|stopte\b|stopten|stopt\b|stoppen\b|niet[- ]geslaagd|niet\s+slaagden?\b|uitval|uitgevallen|uitvallers|"
        r"vroegtijdig|voortijdig|afgehaakt|afhakers|afha(?:ken|akte|akten)\b|"
        + at_word_start(["haakte"], r"n?\s+(?:\w+\s+){0,3}?af\b") + "|"
        # a programme broken off or left without its diploma (``afgebroken trajecten``, ``de opleiding
        # beëindigde zonder diploma``) — not persons without a diploma (``werkzoekenden zonder diploma``)
        + at_word_start(["afgebroken", "afbraken"], r"\b") + "|"
        + at_word_start(["braken"], r"\s+(?:\w+\s+){0,3}?af\b") + "|"
        + at_word_start(["be"], r".?indig\w*" + _WITHOUT_DIPLOMA) + "|"
        + at_word_start(["verl"], r"(?:iet(?:en)?|aten)" + _WITHOUT_DIPLOMA) + "|"
        + at_word_start(["afgesloten"], _WITHOUT_DIPLOMA) + "|"
        + at_word_start(["sloten"], r"\s+(?:\w+\s+){0,3}?af" + _WITHOUT_DIPLOMA) + "|"
        + at_word_start(["zonder"], r"\s+(?:het\s+|een\s+)?diploma\s+te\s+(?:be)?halen\b"),
        needs=("stop", "geslaagd", "niet", "uitval", "uitgevallen", "vroegtijdig", "voortijdig", "afgehaakt", "afha",
               "haak", "afgebroken", "afbraken", "braken", "zonder"))),
    ("graduated", Caseless(
        r"geslaagd|slaagde|behaald|behaalde|afgerond|rondden .*af|rondde .*af|afrondden?\b|met succes|gediplomeerd|"
        r"afgestudeerd|studeerden af|afstudeerden?\b|" + at_word_start(["voltooid"], r"(?:e|en)?\b") + "|"
        + at_word_start(["afgewerkt"], r"\b") + "|" + at_word_start(["diploma"], APOSTROPHE + r"?s\b") + "|"
        + at_word_start(["getuigschriften"], r"\b") + "|" + at_word_start(["uitgereikt"], r"e?\b"),
        needs=("geslaagd", "slaagde", "behaald", "afgerond", "rondde", "afrondde", "met succes", "gediplomeerd",
               "afgestudeerd", "studeerden", "afstudeerde", "voltooid", "afgewerkt", "diploma", "getuigschriften",
               "uitgereikt"))),
    ("started", Caseless(
        r"gestart|startte|starten\b|opgestart|instroom|ingestroomd|instromers|begonnen|begon\b|starters|instappers|"
        + at_word_start(["aanvatte"], r"n?\b") + "|" + at_word_start(["aanvatte", "aangevat"], r"\b") + "|"
        + at_word_start(["nieuwe"], r"\s+(?:unieke\s+)?(?:cursisten|deelnemers|instromers)\b"),
        needs=("start", "instroom", "ingestroomd", "instromers", "begon", "instappers", "aanvat", "aangevat", "nieuwe"))),
)
#: Any of the measures' words: a text without them has no sentence that names a measure (their
#: alternatives joined as one, each opening with its letter: :func:`~okot_audit.parse.caseless.at_word_start`).
_ANY_MEASURE = Caseless("|".join(pattern.pattern for _, pattern in _MEASURES),
                        needs=tuple(word for _, pattern in _MEASURES for word in pattern.needs))
#: A part of a year: its first quarter, half, semester or months (``het eerste kwartaal``, ``de
#: eerste drie maanden``, ``januari tot en met juni``).
_PART_OF_A_YEAR = (
    r"(?:(?:eerste|1e|1ste|tweede|2e|2de|derde|3e|3de|vierde|4e|4de)\s+(?:kwartaal|semester|trimester|jaarhelft|helft)"
    r"|eerste\s+(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|[1-9]|1[01])\s+(?:maanden|kwartalen)"
    r"|januari\s*(?:-|\u2013|tot\s+en\s+met|t\.e\.m\.?|t/m|tot)\s*" + MONTH_WORD_BEFORE_DECEMBER +
    # a part by its short name and number (``sem. 1``, ``semester 1``, ``S1``, ``Q2``)
    r"|\b(?:sem\.?\s?|semester\s|trim\.?\s?|trimester\s|kw\.?\s?|kwartaal\s)[1-4]|\b[qkhs][1-4])\b"
)
#: The year a part of a year is of, right after it (``van 2024``, ``van het jaar 2024``, ``2024``).
_OF_ITS_YEAR = r"\s+(?:(?:van|in|uit)\s+)?(?:het\s+(?:(?:kalender|school)?jaar\s+)?)?(?:19|20)\d{2}\b"
#: A period's own words that say it is not over (after the period: ``jaar 2023``, ``2023``).
_NOT_OVER_WORDS = r"\s+nog niet (?:afgesloten|afgelopen|voorbij)\b"  # (``nog niet``: a word it needs)
_NOT_OVER = r"(?:\s+(?:19|20)\d{2}(?:-(?:19|20)?\d{2})?)?\s+(?:is|was)" + _NOT_OVER_WORDS
_PARTIAL_WORDS = Caseless(
    # (each alternative opens with a letter, its word boundary looked back at — ``\bvoorl\.`` as
    # ``voorl(?<=\bvoorl)\.``, :func:`~okot_audit.parse.caseless.at_word_start`: the search then
    # skips to where one of those letters stands instead of trying every alternative at every
    # character; tests/test_speed23d.py holds it to the pattern written plainly)
    r"voorlopig|" + at_word_start(["voorl"], r"\.") + r"|jaarhelft|eerste helft|enkel cijfers|gedeeltelijk|onvolledig|"
    r"nog niet (?:volledig|definitief)|definitieve cijfers|nog (?:een stuk )?oplopen|"
    # a period not over yet, said of the period itself (``Het jaar 2023 is nog niet afgesloten``,
    # ``2023 is nog niet voorbij``, ``2023 (lopend jaar)``) — not of a programme (``wie in 2022
    # startte, heeft de opleiding nog niet afgesloten``: persons still in training)
    + at_word_start(["jaar", "kalenderjaar", "schooljaar", "werkjaar", "periode"], _NOT_OVER) + "|"
    + at_word_start(["is"], r"(?<=(?<![\d-])(?:19|20)\d{2}\sis)" + _NOT_OVER_WORDS) + "|"
    + at_word_start(["lopend"], r"e?\s+(?:kalender|school|werk)?jaar\b") + "|"
    r"tot en met " + MONTH_WORD_BEFORE_DECEMBER + r"\b|"
    + at_word_start(["t"], r"\.e\.m\.? ?" + MONTH_STEM_BEFORE_DECEMBER) + "|"
    # a part of the year right before its year: ``het eerste semester van 2024``, ``Q1 2024``,
    # ``januari-juni 2024`` (a range of months that ends before December)
    + at_word_start(["semester", "kwartaal", "trimester", "helft"], r"\s+(?:van\s+)?(?:19|20)\d{2}\b") + "|"
    # (a quarter Q1–Q4 / K1–K4, a half H1–H2 / S1–S2: as :attr:`needs` asks for them)
    + at_word_start(["q", "k"], r"[1-4]\s+(?:19|20)\d{2}\b") + "|"
    + at_word_start(["h", "s"], r"[12]\s+(?:19|20)\d{2}\b") + "|"
    + at_word_start(list(MONTH_STEMS[:-1]),
                    r"[a-z]*\.?\s?[-\u2013]\s?" + MONTH_STEM_BEFORE_DECEMBER + r"[a-z]*\.?\s+(?:19|20)\d{2}\b"),
    needs=("voorl", "helft", "enkel cijfers", "gedeeltelijk", "onvolledig", "nog niet", "lopend", "definitieve cijfers",
           "oplopen", "tot en met", "t.e.m", "semester", "kwartaal", "trimester", "q1", "q2", "q3", "q4", "k1", "k2",
           "k3", "k4", "h1", "h2", "s1", "s2", "-", "\u2013"),
)
#: The words before a part of a year that say the figures are only of it (``Voor 2024 gaat het
#: enkel om het eerste semester``).
_ONLY_OF = re.compile(r"\b(?:enkel|alleen|slechts|om|betreft|betreffen|tot)\s+(?:(?:de|het|op|over|voor)\s+)*$")
_PART_OF_A_YEAR_RE = re.compile(_PART_OF_A_YEAR)
_OF_ITS_YEAR_RE = re.compile(_OF_ITS_YEAR)


class _SaidLowered:
    """A search over a text in lower case with :class:`~okot_audit.parse.caseless.Caseless`'s
    signature (``search``, ``search_lowered``: a part of :class:`AnyOf`), for words that need a
    look beyond one pattern: `needs` is its quick look (one of these stands in every match),
    :meth:`_find` the search itself."""

    needs: tuple[str, ...] = ()
    #: :attr:`needs` as one pattern, looked for in one search (a look at each word in turn costs
    #: a call per word: twenty of them for a part of a year), made when first asked.
    _needed: re.Pattern[str] | None = None

    def search(self, text: str, pos: int = 0) -> tuple[int, int] | None:
        return self.search_lowered(text, text.lower(), pos)

    def search_lowered(self, text: str, lower: str, pos: int = 0) -> tuple[int, int] | None:
        needed = self._needed
        if needed is None:
            needed = self._needed = re.compile("|".join(map(re.escape, self.needs)) or "(?!)")
        if needed.search(lower) is None:  # (none of :attr:`needs` in it)
            return None
        return self._find(lower, pos)

    def _find(self, lower: str, pos: int) -> tuple[int, int] | None:
        raise NotImplementedError


class _PartOfAYearSaid(_SaidLowered):
    """A part of a year named with its year, or after words that say the figures are only of it
    (``het eerste kwartaal van 2024``, ``Voor 2024 gaat het enkel om het eerste semester``) — not
    a part of a year in passing (``van wie 300 in het eerste semester``). Searched from the part's
    own words (a quick look for them first), its year or the words before it looked at after."""

    needs = ("kwartaal", "semester", "trimester", "helft", "maanden", "kwartalen", "januari", "sem", "trim", "kw",
             "q1", "q2", "q3", "q4", "k1", "k2", "k3", "k4", "h1", "h2", "s1", "s2")

    def _find(self, lower: str, pos: int) -> tuple[int, int] | None:
        for match in _PART_OF_A_YEAR_RE.finditer(lower, pos):
            year = _OF_ITS_YEAR_RE.match(lower, match.end())
            if year is not None:
                return match.start(), year.end()
            if _ONLY_OF.search(lower, max(0, match.start() - 40), match.start()):
                return match.start(), match.end()
        return None


_PARTIAL_PART = _PartOfAYearSaid()


class _DaysOfAYearSaid(_SaidLowered):
    """A range of days within one year, short of the whole year (``de periode 1/1-30/6/2022``,
    ``van 01/01/2022 tot 30/06/2022``): the figures are of part of the year."""

    #: What joins a range's days: one of them stands in every range (its quick look).
    needs = ("-", "\u2013", "/", "tot", "tem", "t.e.m")

    def _find(self, lower: str, pos: int) -> tuple[int, int] | None:
        for match in _RANGE_IN_LINE.finditer(lower, pos):
            months = range_months(match)
            if months is not None and len(months) < 12:
                return match.span()
        return None


#: Figures up to a day or a month's end or middle (``tot eind september``, ``tot 30 september``).
_PARTIAL_UNTIL = Caseless(  # (``tot`` first and its word boundary looked back at: a quick search for the word)
    r"tot(?<=\btot)\s+(?:eind|einde|half|midden|medio|\d{1,2})\s+" + MONTH_WORD_BEFORE_DECEMBER + r"\b",
)


#: The day a table's figures stand on (``Stand op 30 juni 2021``, ``toestand per 30/06/2021``,
#: ``(stand 15 december 2021)``): groups the day, the month (a name or a number), the year. The
#: figures of the period that day falls in run up to it — that period is cut short, unless the day
#: is its last (``Stand op 31 december 2021`` dates a whole year; :func:`_stand_cuts`).
_STAND_ON = (
    r"(?:" + at_word_start(["stand", "toestand", "situatie"]) + r")(?:\s+(?:op|per))?\s+"
    r"(?P<day>\d{1,2})(?:\s+(?P<name>" + "|".join(MONTHS) + r")\s+|[/.-](?P<month>\d{1,2})[/.-])"
    r"(?P<year>(?:19|20)\d{2})\b"
)
_STAND_ON_RE = re.compile(_STAND_ON, re.I)
_PARTIAL_STAND = Caseless(re.sub(r"\?P<\w+>", "", _STAND_ON), needs=("stand", "situatie"))


def _stand_cuts(sentence: str, period: str) -> bool:
    """Whether `sentence` dates the figures (:data:`_STAND_ON`) to a day inside `period` short of
    its last: a year (``2021``) up to 30 December, a school year (``2021-2022``, September to
    August) up to 30 August of its second year."""
    lowered = sentence.lower()
    if "stand" not in lowered and "situatie" not in lowered:
        return False
    school = _SCHOOL_YEAR.match(period)
    if not (period.isdigit() or school):
        return False
    for match in _STAND_ON_RE.finditer(sentence):
        day, year = int(match.group("day")), int(match.group("year"))
        month = MONTHS[match.group("name").lower()] if match.group("name") else int(match.group("month"))
        if period.isdigit() and year == int(period) and (month, day) < (12, 31):
            return True
        if school and (int(school.group(1)), 9) <= (year, month) and (year, month, day) < (int(school.group(2)), 8, 31):
            return True
    return False


#: A month a period's figures run up to, bare or to a day of it (``tot juni``, ``tot en met 30
#: juni``): it cuts a calendar year short (:func:`_said_of`) — a school year runs ``van september
#: tot juni`` whole.
_UNTIL_A_MONTH = r"\btot\s+(?:en\s+met\s+\d{1,2}\s+)?" + MONTH_WORD_BEFORE_DECEMBER + r"\b"
_UNTIL_A_MONTH_RE = re.compile(_UNTIL_A_MONTH)
#: A month that starts the span a bound ends (``van september tot juni``, ``van 1 september 2022 tot
#: …``), right before it: the bound is that span's end, not a cut.
_SPAN_START = re.compile(r"\bvan\s+(?:\d{1,2}\s+)?" + _MONTH_WORD + r"(?:\s+(?:19|20)\d{2})?\s+$", re.I)
#: Words that speak of figures (``cijfers``, ``gegevens``, ``beschikbaar``, ``opgenomen``): a bare month
#: bound says where they stop, not when a programme ends (``volgen les tot juni``).
_FIGURES_SAID = re.compile(r"\b(?:cijfer|gegevens\b|data\b|beschikbaar|opgenomen|geregistreerd|geteld|telling)")


class _UntilAMonthSaid(_SaidLowered):
    """A month the figures run up to, bare (``Voor 2023 zijn enkel de cijfers tot juni
    beschikbaar``) or to a day of it (``tot en met 30 juni``), in words that speak of figures and
    with no month before it that starts a span (``van september tot juni``: a school year).
    Whose period it cuts short — a calendar year's only — :func:`_said_of` says."""

    needs = ("tot",)

    def _find(self, lower: str, pos: int) -> tuple[int, int] | None:
        for match in _UNTIL_A_MONTH_RE.finditer(lower, pos):
            if not _SPAN_START.search(lower, max(0, match.start() - 40), match.start()) and _FIGURES_SAID.search(lower):
                return match.span()
        return None


#: Words that say a period is partial or provisional.
_PARTIAL = AnyOf(_PARTIAL_WORDS, _PARTIAL_PART, _PARTIAL_UNTIL, _DaysOfAYearSaid(), _PARTIAL_STAND, _UntilAMonthSaid())
_SECTOR = re.compile(r"\b([A-Za-zé]+?)sector\b|\bsector\s+([A-Za-zé]+)", re.I)
#: A question's number, or the numbers of questions answered together (``nr. 123 en 124``,
#: ``nrs. 12, 13 en 14``, ``nr. 12 en nr. 13``, ``nrs. 12 tot en met 14``): the first is the group.
_QUESTION_NUMBERS = (
    r"(?:nrs?\.?|nummers?)\s*(\d+)"
    r"(?:\s*(?:,|&|\ben\b|\btot\s+en\s+met\b|\bt\.e\.m\.?)\s*(?:(?:vraag\s+)?(?:nrs?\.?|nummers?)\s*)?\d+)*"
)
#: A question's date as answers print it: ``14 oktober 2022``, ``14/10/2022`` (``14.10.2022``,
#: ``14-10-2022``: the day first, as Dutch writes it) or ``2022-10-14`` (:func:`_question_date`).
_QUESTION_DATE = (
    r"(?:(?P<day>\d{1,2})\s+(?P<month>[a-z]+)\s+(?P<year>(?:19|20)\d{2})"
    r"|(?P<nday>\d{1,2})[/.-](?P<nmonth>\d{1,2})[/.-](?P<nyear>(?:19|20)\d{2})"
    r"|(?P<iyear>(?:19|20)\d{2})-(?P<imonth>\d{1,2})-(?P<iday>\d{1,2}))\b"
)
#: ``op vraag nr. 74 van 14 oktober 2022`` (``op`` first and its word boundary looked back at, the
#: same as ``\bop``: a pattern that starts with a word lets the engine skip to each ``op``).
_QUESTION = Caseless(
    r"op(?<=\bop)\s+(?:de\s+)?(?:schriftelijke\s+)?vra(?:ag|gen)\s+" + _QUESTION_NUMBERS
    + r"\s+van\s+" + _QUESTION_DATE
)
#: The parliament's heading above a question (``SCHRIFTELIJKE VRAAG`` / ``nr. 512`` / ``van …`` /
#: ``datum: 3 maart 2023``): its number and, a few lines below, its date.
_HEADED_QUESTION = Caseless(
    r"(?m:^)[ \t]*(?:schriftelijke\s+)?vra(?:ag|gen)\s+" + _QUESTION_NUMBERS + r"\b(?:[^\n]*\n){0,6}?"
    r"[^\n]*?\bdatum\s*:?\s*" + _QUESTION_DATE,
    needs=("datum",),
)
#: How far into an answer its heading stands at most (characters).
_HEADING_REACH = 3000
#: A sentence's end: not the full stop of an abbreviation before a number (``vragen nrs. 12``).
_SENTENCE_END = re.compile(
    r"\s(?<=[.!?]\s)(?<!\b[Nn]r\.\s)(?<!\b[Nn]rs\.\s)(?<!\b[Aa]rt\.\s)"
    r"(?:(?<!\b[Ss]em\.\s)(?<!\b[Tt]rim\.\s)(?<!\b[Kk]w\.\s)|(?!\s*[1-4]\b))\s*(?=[A-Z0-9(*])"
)  # (nor the full stop of a part of a year's name before its number: ``sem. 1``, ``kw. 2``; the
# look back at the stop taken after the first white space, as in questions._SENTENCE_END: the
# same matches, the search skipping to white space)
#: A day's date (``5 maart 2024``, ``14/10/2022``): the day a question was asked or an answer
#: deferred to, not a period a table counts.
_DATE = re.compile(
    r"\b\d{1,2}(?:ste|de|e)?\s+(?:" + "|".join(MONTHS) + r")\s+(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b",
    re.I,
)
_PARAGRAPH_END = re.compile(
    r"\n\s*\n|\n(?=\s*(?:\d{1,2}\.|\(?[a-z]\)|\*{1,3}|\(\*{1,3}\)|\(?\d{1,2}\))\s)|\n(?=\s*[xX#\u00b0]\s?[:=]\s)"
    r"|\n(?=\s*(?:[Bb]ron|BRON)\s*:)"
)  # (a footnote whose mark is a letter or sign says what it stands for after ``:`` or ``=``: ``x: …``;
#    the table's source, ``Bron: VDAB``, is no part of the note above it in PDF text without blank lines)
#: (``1 Voorlopige cijfers``: a superscript mark flattened to a digit before a capital.)
_FOOTNOTE = re.compile(r"(\*{1,3}|\(\*{1,3}\)|\(\d{1,2}\)|\d{1,2}\)|\d{1,2}(?=[ \t]+[^\W\d_a-z][^\W\d_A-Z])"
                       # (a letter's: ``(a) tot en met …``, ``a) …``, ``a Tot …``, ``a tot en met …`` — read
                       # only for a period marked with that letter)
                       r"|\([a-z]\)|[a-z]\)|[a-z](?=[ \t]+[^\W\d_]))\s*(.*)", re.S)


def read_title(lines: tuple[str, ...], text: str = "") -> str:
    """The answer's title: its first paragraph (first non-blank lines up to a blank line, at
    most four) after what the parliament prints above it (:func:`_heading_end`). Text from a PDF
    has no blank lines, so the title also ends before what no title holds: the answer's heading
    (``ANTWOORD``, ``op vraag nr. 88 …``), the minister's name and title (``JO BROUNS`` /
    ``VLAAMS MINISTER VAN …``), a numbered item, or a line of prose (a sentence's end, or a comma
    before a word in lower case). Where no title follows that heading, the heading is all the
    title there is. `text` is the whole file's text."""
    start = _heading_end(lines, text)
    return (_paragraph(lines[start:]) if start else "") or _paragraph(lines)


def _heading_end(lines: tuple[str, ...], text: str) -> int:
    """Where the answer's title may start: past what the parliament prints above every answer,
    in any order —
    - a page's running header (``Vlaams Parlement - Schriftelijke vragen en antwoorden``): the
      first line, where `text` holds it twice or more, each time on a line of its own (perhaps
      after a page number glued to it); reading keeps its first showing;
    - a line naming the parliament's paper (:data:`_PAPER`), as a one-page answer prints it once;
    - the question's heading: ``SCHRIFTELIJKE VRAAG`` (:data:`_QUESTION_HEADING`), then the
      lines of its number, who asked, when and of whom (:data:`_HEADING_LINE`).
    0 when nothing is skipped, or when what follows cannot start a title (``ANTWOORD``)."""
    k = 0
    skipped = False
    while k < len(lines):
        line = lines[k].strip()
        if not line:
            k += 1
        elif _PAPER.match(line) or (not skipped and _repeated_alone(line, text)):
            k, skipped = k + 1, True
        elif _QUESTION_HEADING.match(line):
            k, skipped = k + 1, True
            while k < len(lines) and (not lines[k].strip() or _HEADING_LINE.match(lines[k].strip())):
                k += 1
        else:
            break
    return k if skipped and k < len(lines) and not _NOT_TITLE.match(lines[k].strip()) else 0


def _repeated_alone(line: str, text: str) -> bool:
    """Whether `text` holds `line` (stripped) twice or more, each time at the end of a line of its
    own, after at most a page's number and a few marks: a running header."""
    if text.count(line) < 2:
        return False
    alone = re.compile(r"^[^\n]{0,15}?" + re.escape(line) + r"[ \t]*\r?$", re.M)
    return len(alone.findall(text)) >= 2


def _paragraph(lines: tuple[str, ...]) -> str:
    """The first paragraph of `lines` as a title: up to a blank line, at most four lines, and
    before a line no title holds (:data:`_NOT_TITLE`) or a line of prose (:data:`_PROSE`)."""
    out: list[str] = []
    for line in lines:
        text = _HEADING_MARK.sub("", line.strip())  # (a Markdown heading's ``#``, ``**`` of bold)
        if not text:
            if out:
                break
            continue
        if out and _MINISTER.match(text):  # (the subject, the minister's name, the minister's title)
            if len(out) > 1 and _NAME_IN_CAPITALS.fullmatch(out[-1]):
                out.pop()
            break
        if out and (_NOT_TITLE.match(text) or _PROSE.search(text)):
            break
        out.append(text)
        if len(out) >= 4:
            break
    return fold(" ".join(out))


#: The first line of a question's heading as the parliament prints it (``SCHRIFTELIJKE VRAAG``,
#: ``Schriftelijke vraag nr. 512 van …``, ``VRAAG nr. 512``, ``SCHRIFTELIJKE VRAGEN nrs. 512 en 513``).
_QUESTION_HEADING = re.compile(r"(?:schriftelijke\s+)?vra(?:ag|gen)(?:\s+nrs?\.?\s*\d+.*)?$", re.I)
#: A line that names the parliament's paper, not the answer's subject: a page's running header
#: (``Vlaams Parlement - Schriftelijke vraag 512 - 3 maart 2023``, ``Schriftelijke vragen en
#: antwoorden``, ``VLAAMS PARLEMENT``), perhaps with its page's number: it opens with the paper's
#: title (:data:`~okot_audit.patterns.PAPER_TITLE`; a question's own heading is :data:`_QUESTION_HEADING`'s).
_PAPER = re.compile(r"\s*(?:" + PAPER_TITLE + r")\b", re.I)
#: The lines of that heading after its first: the number, who asked, when, of whom (``aan JO
#: BROUNS``, ``VLAAMS MINISTER VAN …``).
#: The minister's title as the heading of an answer prints it (``VLAAMS MINISTER VAN WERK, …``).
_MINISTER = re.compile(r"(?:vlaams\w*\s+)?minister\b", re.I)
_HEADING_LINE = re.compile(r"nrs?\.?\s*\d+|van\s|datum\s*:|aan\s|" + _MINISTER.pattern, re.I)
#: A name in capitals on a line of its own (``JO BROUNS``): the minister's, above that title.
_NAME_IN_CAPITALS = re.compile(r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]*(?:\s+[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019-]*){1,3}")
#: The marks Markdown sets around a heading's words: ``# `` before them, ``**`` around them.
_HEADING_MARK = re.compile(r"^#{1,6}\s+|^\*\*|\*\*$")
_NOT_TITLE = re.compile(
    r"(?:antwoord\b|(?:op\s+)?(?:de\s+)?(?:schriftelijke\s+)?vraag(?:\s+nr|\s*:?\s*$)|\d{1,2}\.\s|[a-z]\)\s)", re.I
)
#: A line of prose: a sentence ends in it, or a comma goes on with a word in lower case.
_PROSE = re.compile(r"[.!?](?:\s|$)|,\s+[a-zé]")


def read_sector(title: str) -> str | None:
    """``Onderwijssector`` → ``onderwijs``; ``Zorgsector`` → ``zorg``; ``de sector zorg`` → ``zorg``;
    where the title names no sector with that word, one it names as its subject (``OKOT's in de
    zorg``, ``… in het onderwijs``, ``OKOT's - Onderwijs``); else None. Only a sector's name
    counts: "per sector en per provincie" names none. A title that names several sectors as one
    (``de zorg- en welzijnssector``, ``OKOT's - zorg en welzijn``) is about them together: ``zorg
    en welzijn`` (:func:`okot_audit.patterns.sector_parts`)."""
    named = [(m.start(), m.group(1).lower()) for m in _SECTOR_PREFIX.finditer(title) if m.group(1).lower() in SECTORS]
    named += _sectors_at(title)
    if not named:
        named = [(m.start(k), m.group(k).lower()) for m in _TITLE_SECTOR.finditer(title)
                 for k in range(1, 5) if m.group(k) and m.group(k).lower() in SECTORS]
    parts = list(dict.fromkeys(sector for _, sector in sorted(named)))
    return SECTOR_JOIN.join(parts) if parts else None



#: A sector a title names as its subject without the word ``sector``: after ``in de`` / ``in
#: het`` at its end or before a dash (``OKOT's in de zorg``), or after a dash at its end, perhaps
#: with a second (``OKOT's - Onderwijs``, ``OKOT's - zorg en welzijn``).
_TITLE_SECTOR = re.compile(
    r"\b(?:in|voor|binnen)\s+(?:de|het)\s+([A-Za-z]+)\s*$"
    r"|\b(?:in|voor|binnen)\s+(?:de|het)\s+([A-Za-z]+)(?=\s*[-\u2013:(,])"
    r"|[-\u2013:]\s*([A-Za-z]+)(?:\s+(?:en|&)\s+([A-Za-z]+))?\s*$",
    re.I,
)


def named_sector(text: str) -> str | None:
    """The one sector `text` names (``de onderwijssector``, ``de sector zorg``), or None when it
    names none or several (``zorg, onderwijs en techniek``: the text is about no one sector)."""
    named = set(_sectors_named(text))
    named.update(word.lower() for word in _SECTOR_PREFIX.findall(text) if word.lower() in SECTORS)
    return named.pop() if len(named) == 1 else None


def _sectors_named(text: str) -> Iterator[str]:
    """The sectors `text` names with the word ``sector``, in order (``welzijnssector``: welzijn)."""
    return (sector for _, sector in _sectors_at(text))


def _sectors_at(text: str) -> list[tuple[int, str]]:
    """:func:`_sectors_named` with where each is named."""
    found = []
    for match in _SECTOR.finditer(text):
        word = (match.group(1) or match.group(2) or "").lower()
        if word not in SECTORS and word.endswith("s"):
            word = word[:-1]
        if word in SECTORS:
            found.append((match.start(), word))
    return found


#: A sector's name that shares the word ``sector`` with the next one (``de zorg- en onderwijssector``).
_SECTOR_PREFIX = re.compile(r"\b([A-Za-zé]+)-\s+(?:en|of)\s", re.I)


def read_question(text: str) -> tuple[int | None, date | None]:
    """The question this text answers (``op vraag nr. 74 van 14 oktober 2022``, or the
    parliament's heading ``SCHRIFTELIJKE VRAAG nr. 233`` / … / ``datum: 7 februari 2024``): the
    first in the text. An answer that cites an earlier one (``in het antwoord op vraag nr. 118
    van 14 november 2023 …``) does so below its own heading."""
    cited = _QUESTION.find(text)
    headed = _HEADED_QUESTION.find(text[:min(_HEADING_REACH, cited.start())] if cited else text[:_HEADING_REACH])
    match = headed or cited
    if not match:
        return None, None
    return int(match.group(1)), _question_date(match)


def _question_date(match: "re.Match[str]") -> date | None:
    """The day :data:`_QUESTION_DATE` matched, whichever way it is written; None for no real
    day (a month's name misspelt, ``31/02/2023``)."""
    month: int | None
    if match.group("month") is not None:
        year, month, day = match.group("year"), month_number(match.group("month")), match.group("day")
    elif match.group("nmonth") is not None:
        year, month, day = match.group("nyear"), int(match.group("nmonth")), match.group("nday")
    else:
        year, month, day = match.group("iyear"), int(match.group("imonth")), match.group("iday")
    if month is None:
        return None
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


def read_measure(header: str, *contexts: str) -> str:
    """What a table counts (:func:`read_measures`): its one measure, or ``unknown`` where
    nothing says it or the words that decide name several."""
    named = read_measures(header, *contexts)[0]
    return named[0] if len(named) == 1 else "unknown"


def read_measures(header: str, *contexts: str) -> tuple[tuple[str, ...], str]:
    """The measures the words that say what a table counts name, in the order they name them,
    with those words: what its header's words name, else what the sentence before it that says
    what it counts names (:func:`_statement`), in each of `contexts` in turn. A measure named in
    passing (``Ook wie later stopzette, telt mee.`` under a sentence about starters) says nothing
    of the table. Several measures: the sentence names them all (``het aantal gestarte en
    geslaagde cursisten``) and says of none that it is this table's. A person's own diploma
    (``Hoogst behaalde diploma`` over rows of education levels) names no measure; a diploma in
    the singular beside ``behaald`` (``Diploma behaald``) says graduates only where no sentence
    before the table says what it counts. ``((), "")``: nothing says it."""
    weak: tuple[tuple[str, ...], str] = ((), "")
    if _ANY_MEASURE.search(fold(header)):
        for sentence in reversed(sentences(header)):
            named = _measures_named(sentence, strong=True)
            if named:
                return named, sentence
            if not weak[0] and (named := _measures_named(sentence)):
                weak = named, sentence
    for text in contexts:
        if not _ANY_MEASURE.search(fold(text)):
            continue  # no sentence of it names one (a sentence's words are the text's)
        said = _statement(text, _measures_named)
        if said is not None:
            return _measures_named(said[1]), said[1]
    return weak


def _measure_of(sentence: str) -> str | None:
    """The one measure `sentence` names (:func:`_measures_named`), or None (none, or several)."""
    named = _measures_named(sentence)
    return named[0] if len(named) == 1 else None


def _measures_named(sentence: str, strong: bool = False) -> tuple[str, ...]:
    """The measures of :data:`_MEASURES` that `sentence` names, in the order it names them: a
    word inside another measure's words is not one (``geslaagd`` of ``niet geslaagd``: failed);
    nor a person's own diploma (``hoogst behaalde diploma``: :data:`_ATTAINMENT`) — and, when
    `strong`, nor a diploma in the singular beside ``behaald`` (:data:`_ONE_DIPLOMA`)."""
    lower = sentence.lower()
    for pattern in ((_ATTAINMENT, _ONE_DIPLOMA) if strong else (_ATTAINMENT,)):
        while (span := pattern.search(lower)) is not None:
            lower = lower[:span[0]] + " " * (span[1] - span[0]) + lower[span[1]:]
    spans: list[tuple[int, int, str]] = []
    for measure, pattern in _MEASURES:
        at = 0
        while (span := pattern.search(lower, at)) is not None and span[1] > at:
            spans.append((span[0], span[1], measure))
            at = span[1]
    named: list[str] = []
    for start, end, measure in sorted(spans):
        inside = any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans)
        if not inside and measure not in named:
            named.append(measure)
    return tuple(named)


#: A person's own education, by which a table's rows are named (``Hoogst behaalde diploma``,
#: ``hoogste opleidingsniveau``): no measure of the table.
_ATTAINMENT = Caseless(
    r"\bhoogste?\s+(?:behaalde?\s+)?(?:diploma|studiebewijs|onderwijsniveau|opleidingsniveau|scholingsniveau|"
    r"kwalificatie)\b",
    needs=("hoogst",),
)
#: A diploma in the singular beside ``behaald`` (``behaalde diploma``, ``diploma behaald``; not
#: ``aantal behaalde diploma``, a count of diplomas): the diploma a person holds as much as graduates — said by a header, weaker than a sentence before
#: the table that says what it counts.
_ONE_DIPLOMA = Caseless(r"(?<!aantal\s)\bbehaalde?\s+diploma\b(?!" + APOSTROPHE + r"?s\b)|\bdiploma\s+behaald\b", needs=("diploma",))


def only_measure(text: str) -> str:
    """The measure `text` names when it names exactly one (a question that asks for starters
    and for drop-outs says nothing about one table), else ``unknown``."""
    named = {measure for measure, pattern in _MEASURES if pattern.search(text)}
    if "stopped_or_failed" in named and "graduated" in named and not re.search(
        r"(?<!niet )(?<!niet-)geslaagd|behaald|gediplomeerd|afgerond", text, re.I
    ):
        named.discard("graduated")  # ``niet geslaagd`` only: failed, not graduated
    return named.pop() if len(named) == 1 else "unknown"


def measure_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that name a measure (each match of each measure's words, in
    :data:`_MEASURES`' order): what of a column's name a measure explains."""
    spans = []
    for _, pattern in _MEASURES:
        span = pattern.search(text)
        while span is not None and span[1] > span[0]:
            spans.append(span)
            span = pattern.search(text, span[1])
    return spans


def read_statistic(header: str, context: str) -> str:
    """The words that say a table's figures are no counts — averages, medians, shares or
    rates, amounts of money, durations (:data:`_STATISTIC`) — or ``""``. The header's own words
    before its periods decide (a column of shares after them, ``2021 Aandeel 2021``, is the
    counts' neighbour, not the table); else the sentence before the table that says what it
    counts (:func:`_statement`), where it names such a value before any count (``het gemiddelde
    aantal maanden``, not ``het aantal starters en hun aandeel``) or names a rate (``het aantal
    uitvallers per 100 starters``)."""
    own = _FIRST_PERIOD.split(header, 1)[0]
    if _may_name_statistic(own) and (match := _STATISTIC.search(own)) is not None:
        return match.group(0)  # (a header that holds none of its words is not searched: a search case-insensitive costs)
    if not _may_name_statistic(context) or not any(_STATISTIC.search(sentence) for sentence in sentences(context)):
        return ""  # (no sentence names such a value: whichever says what the table counts, it names none)
    said = _statement(context, lambda s: _STATISTIC.search(s) or _measures_named(s) or unit_of(s))
    if said is None or (match := _STATISTIC.search(said[1])) is None:
        return ""
    count = _A_NUMBER_OF.search(said[1])
    if count is not None and count.start() < match.start() and not _RATE.search(said[1]):
        return ""  # (``het aantal starters, en hun aandeel in %``: a count first)
    return match.group(0)


#: Words that say figures are no counts: an average or a median, a share or a rate, an amount of
#: money, a duration in its unit.
_STATISTIC = re.compile(
    r"\bgemiddeld(?:e|en)?\b|\bgem\.|\bmediaan\b|percentage\b|\bprocent\b|\bpct\b|\bin\s*%|\(\s*%\s*\)|"
    r"\baandeel\b|\baandelen\b|\bper\s+(?:100|1\.?000)\b|\bratio\b|\bslaagkans\b|"
    r"\beuro\b|\u20ac|\bkostprijs\b|\bbedrag(?:en)?\b|\bbudget\b|"
    r"\bin\s+(?:maanden|weken|dagen|uren)\b",
    re.I,
)
#: Words one of which, in lower case, every match of :data:`_STATISTIC` holds (``gem`` of
#: ``gemiddeld`` and ``gem.``, ``100`` of ``per 100`` and ``per 1000``, ``%`` of ``in %``): the
#: sentences of a text that holds none are not searched (:func:`_may_name_statistic`).
_STATISTIC_NEEDS = (
    "gem", "mediaan", "percentage", "procent", "pct", "%", "aandeel", "aandelen", "100", "1.000", "ratio",
    "slaagkans", "euro", "\u20ac", "kostprijs", "bedrag", "budget", "maanden", "weken", "dagen", "uren",
)


def _may_name_statistic(text: str) -> bool:
    """The first look of :func:`read_statistic`: False only where no sentence of `text` can hold
    a match of :data:`_STATISTIC` (a sentence's words are the text's). A text holding a letter
    that ``str.lower()`` and ``re.IGNORECASE`` fold differently (``İ ı ſ``) is searched."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        return True
    lower = text.lower()
    return any(word in lower for word in _STATISTIC_NEEDS)


#: A rate: a count per so many (``het aantal uitvallers per 100 starters``), a value of another kind.
_RATE = re.compile(r"\bper\s+(?:100|1\.?000)\b", re.I)
_A_NUMBER_OF = re.compile(r"\baantal(?:len)?\b", re.I)
#: Where a header's periods start: its words before them are the table's own.
_FIRST_PERIOD = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?!\d)")


def read_unique(
    header: str, context: str, question: Callable[[], str] = lambda: "", beside: "tuple[bool, str, str] | None" = None,
    printed: str = "",
) -> tuple[bool, str, str]:
    """Whether the table counts persons (its totals are of unique persons) or events (its
    totals add up); with the words that say so and the unit (:data:`~okot_audit.parse.words.UNIT_WORDS`).

    The words that say what the table counts decide (:func:`_counted_in`): its header, else a
    caption above it, else the sentence before it that speaks of the table or of a count. A
    unit named in passing (``Late inschrijvingen worden nog verwerkt.``) says nothing of it.
    Where nothing near the table names a unit, what the table printed beside it on the same
    rows counts does (`beside`, that table's reading: the caption above both names it, as a
    sheet prints two tables side by side under one caption); else the question its item answers
    (`question` gives it, asked only then), when it names one unit (``Hoeveel inschrijvingen
    telden …?``). Before those two, the word the rows print after their figures (`printed`:
    ``Zorg 40 inschrijvingen``), where it names a unit.

    A sentence before the table that says its totals are, or are not, the sum of their parts
    (:func:`read_sum_statement`: ``Het totaal is de som van de rijen``, ``De cijfers kunnen niet
    opgeteld worden``) decides whether they add up, whatever the unit: the answer says so itself.
    """
    said = _counted_in(header, context)
    if said is not None:
        source, words = said
        found = unit_of(words)
        assert found is not None
        unique, counting, unit = found[0] == "unique", f"the {source} says {found[1]}", found[1]
    elif printed and (found := unit_of(printed)) is not None:
        unique, counting, unit = found[0] == "unique", f"the rows' figures say {found[1]}", found[1]
    elif beside is not None and beside[2]:
        unique, counting, unit = beside
    elif (asked := question()) and len(units_named("", asked)) == 1:
        unique, _, unit = read_unique("", asked)
        counting = f"the question says {unit}"
    else:
        unique, counting, unit = True, "not stated; read as unique persons, as OKOT answers count them", ""
    stated = read_sum_statement(context)
    if stated is not None:
        unique = stated[0] == "unique"
        counting = f"the text says {'its totals are not' if unique else 'its totals are'} the sum of their parts"
    return unique, counting, unit


def own_unit_words(header: str, header_lines: Sequence[str]) -> str:
    """The words of a table's header that say what it counts (:func:`read_unique`): `header`
    (its lines' words, joined), or — where its lines name different units (or one of them two,
    another one) — the line nearest
    its rows that names one. A line above the table's own words is a title over them (``Opleidingstrajecten
    zorg`` / ``Opleiding  Personen 2020  Personen 2021``: a sheet's, a page's or a table's first
    row run into its header); the words nearest the figures say what the figures count, as the
    sentence nearest a table does among those before it (:func:`_statement`). Any form: a text's,
    a PDF's, a sheet's or an HTML table's header is read so. Within one laid-out line the same
    holds of its cells: the cells over the figures say what they count, over the first cell
    (the rows' name and a title laid out into it: ``Opleidingstrajecten zorg Opleiding  Personen
    2020  Personen 2021``, :func:`_over_the_figures`)."""
    own = [_over_the_figures(line) for line in header_lines]
    words = header if own == list(header_lines) else fold(" ".join(own))
    naming = [line for line in own if unit_of(line) is not None]
    # (lines that name different units — or one that names two, a caption run into the header
    # over a line that names one of them: ``Inschrijvingen en unieke cursisten per opleiding`` /
    # ``Opleiding  Unieke cursisten``)
    if len({units_of(line) for line in naming}) < 2:
        return words
    return fold(naming[-1])


#: The gap between a laid-out line's cells (two spaces or more).
_CELL_GAP = re.compile(r"\s{2,}")


def _over_the_figures(line: str) -> str:
    """`line`, a header's line, or — where it is laid out in cells (:data:`_CELL_GAP`) and its
    first cell names one unit, the cells after it another — those cells: the first cell names
    the rows (``Opleidingstraject``) or holds a title laid out into it, the cells over the
    figures say what the figures count (``Personen 2020``)."""
    cells = _CELL_GAP.split(line.strip())
    if len(cells) < 2:
        return line
    first, rest = unit_of(cells[0]), " ".join(cells[1:])
    after = unit_of(rest)
    return rest if first is not None and after is not None and first != after else line


def read_sum_statement(context: str) -> tuple[str, str] | None:
    """What the sentences of `context` (the text before a table) say of its totals and their
    parts: ``additive`` where one says a total is their sum (``Het totaal is de som van de
    rijen``, ``De totalen zijn de optelling van …``, ``Het totaal telt de inschrijvingen op``,
    ``De rijen mogen opgeteld worden``), ``unique`` where one says it is not or need not be
    (``Het totaal is niet de som van de rijen``, ``De cijfers kunnen niet opgeteld worden``, ``Bij
    deze tabellen mag je niet zomaar de som nemen``, ``Het totaal kan kleiner zijn dan de som``);
    with that sentence. None where none speaks of it. A sentence that says some totals are not
    their parts' sum wins over one that says others are (a table with both has totals of
    persons: read the lenient way, ``max(parts) <= total <= sum(parts)``, none is called wrong
    for the persons it counts once)."""
    found: tuple[str, str] | None = None
    for sentence in sentences(context):
        semantics = _sum_said(sentence)
        if semantics is not None and (found is None or found[0] == "additive"):
            found = (semantics, sentence)
    return found


def _sum_said(sentence: str) -> str | None:
    """``additive`` or ``unique`` where `sentence` says a total is or is not the sum of its
    parts (:data:`_SUM_STATEMENTS`), else None."""
    lower = sentence.lower()
    if not any(word in lower for word in _SUM_NEEDS) or _SUM_SUBJECT.search(lower) is None:
        return None
    if _SMALLER_THAN_SUM.search(lower):
        return "unique"  # (``het totaal kan kleiner zijn dan de som van de rijen``)
    for pattern in _SUM_STATEMENTS:
        for match in pattern.finditer(lower):
            if _COMPARED.search(match.group(0)):
                continue  # (``… groter zijn dan de som``: a comparison, said by _SMALLER_THAN_SUM if at all)
            return "unique" if _NOT.search(match.group(0)) else "additive"
    return None


#: Words one of which a sentence that says a total is (not) a sum holds (:func:`_sum_said`).
_SUM_NEEDS = ("som", "optel", "opgeteld", "tel", "samengeteld", "samentel", "gesommeerd")
#: What such a sentence speaks of: totals, or the figures or rows they are over.
_SUM_SUBJECT = re.compile(
    r"\b(?:eind|sub|tussen|jaar)?totaa?l(?:en)?\b|\brijen\b|\bcijfers\b|\b(?:deel)?aantallen\b|\bgetallen\b|"
    r"\btabel(?:len)?\b|\bkolommen\b|\bprovincies\b|\bopleidingen\b|\binschrijvingen\b",
)
#: The ways a sentence says a total is the sum of its parts; with ``niet``/``geen``/``nooit`` in
#: the words matched (:data:`_NOT`) that it is not: ``is (niet) (gelijk aan) de som van``,
#: ``zijn (geen) optelling van``, ``mogen (niet) opgeteld worden``, ``telt … (niet) op (tot het
#: totaal)``, ``zijn (niet) op te tellen``, ``mag je (niet zomaar) de som nemen``.
_SUM_STATEMENTS = (
    re.compile(r"\b(?:is|zijn|vormt|vormen|was|waren)\b[^.;:]{0,40}?\b(?:som|optelsom|optelling)\b"),
    re.compile(r"\b(?:mag|mogen|kan|kunnen|moet|moeten|mocht|mochten|is|zijn|wordt|worden|werd|werden)\b"
               r"[^.;:]{0,50}?\b(?:opgeteld|optellen|samengeteld|samentellen|gesommeerd|sommeren)\b"),
    re.compile(r"\b(?:telt|tellen)\b[^.;:]{0,60}?\bop\b"
               r"(?=\s*(?:[.,;:!?)]|$|en\b|omdat\b|zodat\b|want\b|tot\s+(?:het|de|een)\s+\w*totaa?l))"),
    re.compile(r"\b(?:is|zijn|mag|mogen|kan|kunnen)\b[^.;:]{0,40}?\b(?:op\s+te\s+tellen|optelbaar)\b"),
    re.compile(r"\b(?:mag|mogen|kan|kunnen|moet|moeten)\b[^.;:]{0,40}?\bde\s+som\s+(?:\w+\s+){0,6}?"
               r"(?:nemen|maken)\b"),
)
#: A negation in a sum statement's words.
_NOT = re.compile(r"\b(?:niet|geen|nooit)\b")
#: A comparison in a sum statement's words (``groter zijn dan de som``).
_COMPARED = re.compile(r"\bdan\b")
#: A total said to be (possibly) smaller than its parts' sum: persons counted once.
_SMALLER_THAN_SUM = re.compile(
    r"\b(?:kleiner|lager|minder)\b[^.;:]{0,30}?\bdan\s+(?:de|het)\s+(?:som|optelling|optelsom|opgetelde)\b")


def units_named(header: str, context: str) -> tuple[str, ...]:
    """Every unit the words that decide a table's unit name (:func:`read_unique`): a table of
    enrolments and unique persons (``het aantal inschrijvingen en unieke cursisten``) names
    both."""
    said = _counted_in(header, context)
    return units_of(said[1]) if said is not None else ()


def units_said(header: str, context: str) -> tuple[tuple[str, ...], str, str]:
    """:func:`units_named`, with where those words stand (``header``, ``caption``, ``text``;
    empty for none) and the words themselves."""
    said = _counted_in(header, context)
    return (units_of(said[1]), said[0], said[1]) if said is not None else ((), "", "")


def _counted_in(header: str, context: str) -> tuple[str, str] | None:
    """Where the words that say what a table counts stand — ``header``, ``caption`` or
    ``text`` — and those words: the table's header if it names a unit, else the sentence
    before the table that says what it counts and names one (:func:`_statement`). The table's
    own words win over prose where they differ; a sentence that names a unit in passing
    (``Late inschrijvingen worden nog verwerkt.``) is no statement of what is counted. None:
    nothing says it."""
    if unit_of(header):
        return "header", header
    said = _statement(context, unit_of)
    if said is None:
        return None
    rank, sentence = said
    return ("caption" if rank == _CAPTION else "text"), sentence


def _statement(context: str, names: Callable[[str], object]) -> tuple[int, str] | None:
    """The sentence of `context` (the text before a table) that says what the table counts,
    among those in which `names` finds something, with its rank (:func:`_statement_rank`): a
    caption (a title of a few words, no sentence: ``Tabel 2: inschrijvingen per opleiding``),
    else one that speaks of the table (``Hieronder vindt u …``, ``… in onderstaande tabel``,
    ``De cijfers geven … weer``, the sentence that opens the answer's item, one that ends in a
    colon), else one that names a count (``het aantal unieke cursisten …``, ``Hoeveel personen
    …?``) — the nearest to the table of the best. None where every such sentence names it in
    passing."""
    found = _statements(context, names)
    return (found[0], found[1][0]) if found is not None else None


def _statements(context: str, names: Callable[[str], object]) -> tuple[int, list[str]] | None:
    """The best rank of :func:`_statement` and every sentence of that rank, nearest to the
    table first."""
    said = sentences(context)
    best: tuple[int, list[str]] | None = None
    for index in range(len(said) - 1, -1, -1):
        sentence = said[index]
        if not names(sentence):
            continue
        rank = _statement_rank(sentence, index > 0 and _ITEM_MARK.fullmatch(said[index - 1]) is not None)
        if not rank or (best is not None and rank < best[0]):
            continue
        if best is None or rank > best[0]:
            best = (rank, [sentence])
        else:
            best[1].append(sentence)
    return best


def _statement_rank(sentence: str, opens_item: bool = False) -> int:
    """How directly `sentence` says what a table counts: 3 a caption (a few words, no sentence's
    end), 2 it speaks of the table (:data:`_OF_THE_TABLE`; or it opens the answer's numbered
    item, `opens_item` or its own mark: ``1. Het profiel van de werkzoekenden die …``; or it
    ends in a colon, the table following), 1 it names a count (:data:`_A_COUNT`), 0 neither (a
    word in passing: ``Late inschrijvingen worden nog verwerkt.``)."""
    if not sentence.endswith((".", "!", "?", ":", ";")) and len(sentence.split()) <= _CAPTION_WORDS:
        return _CAPTION
    if (opens_item or sentence.endswith(":") or _ITEM_START.match(sentence) or _OF_THE_TABLE.search(sentence)
            or _THESE_ARE.match(sentence)):
        return 2
    return 1 if _A_COUNT.search(sentence) else 0


#: A numbered item's mark, split off as a sentence of its own (``1.``), or opening one (``a) …``).
_ITEM_MARK = re.compile(r"\d{1,2}\.")
_ITEM_START = re.compile(r"(?:\d{1,2}\.|[a-z]\))\s")


#: The rank of a caption (:func:`_statement_rank`).
_CAPTION = 3
#: How many words a caption holds at most (``Tabel 2: aantal unieke cursisten per opleiding en per provincie``).
_CAPTION_WORDS = 12
#: Words by which a sentence speaks of the table below it: points at it (``hieronder``,
#: ``onderstaande tabel``, ``in bijlage``) or says what it shows (``vindt u``, ``ziet u``, ``…
#: geven … weer``, ``weergegeven``, ``betreft``, ``Het gaat (hier) (niet) om …``; and
#: :data:`_THESE_ARE`: ``Dit zijn …``).
_OF_THE_TABLE = Caseless(  # (``\bhieronder\b|\bonderstaande?\b|…``, each word opening: :func:`~okot_audit.parse.caseless.at_word_start`)
    at_word_start(["hieronder"], r"\b") + "|" + at_word_start(["onderstaand"], r"e?\b") + "|"
    + at_word_start(["tabel"], r"(?:len)?\b") + "|" + at_word_start(["bijlage"], r"\b") + "|"
    + at_word_start(["bijgevoegd"], r"e?\b") + "|" + at_word_start(["vindt u", "ziet u", "weergegeven"], r"\b") + "|"
    + at_word_start(["gee"], r"(?:ft|ven)\b.*\bweer\b") + "|" + at_word_start(["betreft", "betreffen"], r"\b") + "|"
    + at_word_start(["gaat"], r"\s+(?:het\s+)?(?:hier\s+)?(?:niet\s+)?om\b"),
    needs=("hieronder", "onderstaand", "tabel", "bijlage", "bijgevoegd", "vindt u", "ziet u", "weer", "betreft",
           "betreffen", "gaat"),
)
#: A sentence that opens by saying what the figures are (``Dit zijn inschrijvingen, …``).
_THESE_ARE = re.compile(r"(?:dit|deze|dat|het)\s+zijn\b", re.I)
#: Words by which a sentence names a count (``het aantal …``, ``de cijfers …``, ``een overzicht
#: …``) or asks for one (``Hoeveel personen …?``).
_A_COUNT = Caseless(
    r"\baantal(?:len)?\b|\bcijfers\b|\bgegevens\b|\boverzicht\b|\bverdeling\b|\bopdeling\b|\bopsplitsing\b|"
    r"\bhoeveel\b",
    needs=("aantal", "cijfers", "gegevens", "overzicht", "verdeling", "opdeling", "opsplitsing", "hoeveel"),
)


def split_periods(header_line: str) -> tuple[str, list[tuple[str, str]]]:
    """Split a header line into its words and its period list [(label, stars)]."""
    found = period_list(header_line) or months_only(header_line)
    if found is None:
        return header_line.strip(), []
    return found[0], [(t.label, t.stars) for t in found[1]]


class Between(NamedTuple):
    """Lines between a table and the one above or below it that nothing places (no caption,
    numbered item or words pointing forward): a note there may be either table's."""

    lines: tuple[str, ...]
    line: int  # the 1-based line of the first
    #: The periods of the other table; None where they are not known (read from words).
    beside: frozenset[str] | None
    #: Whether this table reports the notes that both may own (the lower of the two does).
    reports: bool


def read_periods(
    found: list[tuple[str, str]], header_line: int, context: str, notes: str, notes_line: int | None,
    header_words: str = "", below: tuple[str, ...] = (), below_line: int = 0,
    between: tuple[Between, ...] = (), doubted: list[tuple[str, str, int]] | None = None,
) -> tuple[Period, ...]:
    """Periods of a table with their partial flags, from the answer's own words.

    A starred period is partial when a footnote with the same stars explains it in words that
    say partial; a period named in a sentence that says provisional (or in the header's own
    words, `header_words`, when they do) is partial too — a sentence before the table, or one
    below it (`below`, the lines after the table up to the next, the first at 1-based
    `below_line`): "De cijfers voor 2024 zijn voorlopig." after the answer's other items, no
    star on the period. A sentence in lines `between` this table and another that nothing places
    makes a period partial only where the other table has not that period (the other's, where
    only it has it); where both may have it, neither's — added to `doubted` as (period, the
    sentence, its line) where this table reports it (:attr:`Between.reports`).
    """
    periods = []
    footnotes = _footnotes(notes) if any(stars for _, stars in found) else {}
    said = [s for s in sentences(context) if _PARTIAL.search(s)] if _PARTIAL.search(fold(context)) else []
    if header_words and _PARTIAL.search(header_words):
        said.append(fold(header_words))  # the header's own words (a caption: ``… (2022: t.e.m. juni)``)
    months = [m.group(2) for label, _ in found if (m := MONTH_LABEL.match(label))]
    after: list[str] | None = None  # (the sentences below that say partial: read when first asked)
    apart: dict[int, list[str]] = {}  # (and those of each stretch `between`)
    for year, stars in found:
        note = None
        line = header_line
        if year == "Totaal" and not stars:
            periods.append(Period(label=year, line=header_line))
            continue
        marker = _marker(stars)
        explained = marker in footnotes
        if not stars:
            month = MONTH_LABEL.match(year)
            lone = month is not None and months.count(month.group(2)) == 1
            note = _partial_sentence(said, year, lone=lone)
            if note is None and below:
                if after is None:
                    text = "\n".join(below)
                    after = [s for s in sentences(text) if _PARTIAL.search(s)] if _PARTIAL.search(text) else []
                note = _partial_sentence(after, year, lone=lone) if after else None
                if note is not None:
                    line = _line_of(note, below, below_line)
            for k, stretch in enumerate(between if note is None else ()):
                if k not in apart:
                    text = "\n".join(stretch.lines)
                    apart[k] = [s for s in sentences(text) if _PARTIAL.search(s)] if _PARTIAL.search(text) else []
                sentence = _partial_sentence(apart[k], year, lone=lone) if apart[k] else None
                if sentence is None:
                    continue
                if stretch.beside is not None and year not in stretch.beside:
                    note, line = sentence, _line_of(sentence, stretch.lines, stretch.line)  # (the other has no such period)
                    break
                if stretch.reports and doubted is not None:
                    doubted.append((year, sentence, _line_of(sentence, stretch.lines, stretch.line)))
        elif explained:
            text = footnotes[marker]
            note = text if "*" in marker or _PARTIAL.search(text) or _CUT_SHORT.search(text) else None
        elif _REFERENCE.fullmatch(marker) or _LETTER.fullmatch(marker):
            # (a mark in any form — ``2023*``, ``2023 (1)``, ``2023 (a)``, a glued ``2023a``, a raised
            # ``2023ᵃ`` — that no footnote explains: the period carries a note nobody explained)
            note = f"marked {stars.strip()} without an explaining footnote"
        else:  # a note in brackets: ``2022 (voorlopig)``, ``2022 (jan-jun)``; ``2021 (definitief)`` is whole
            words = stars.strip()[1:-1]
            note = words if _PARTIAL.search(words) or _CUT_SHORT.search(words) else None
        periods.append(
            Period(label=year, partial=note is not None, note=note,
                   line=notes_line if explained else line, months=_part_months(note, year) if note else ())
        )
    return tuple(periods)


def _part_months(note: str, year: str = "") -> tuple[int, ...]:
    """The months of its year a period's note names when it is a part of the year (``H1``,
    ``jan-jun``, ``1e semester``, ``1/1-30/6``: 1 to 6; with the period's own `year`:
    ``1/1-30/6/2022`` of 2022), else none."""
    from okot_audit.parse.quarters import year_part  # (quarters reads periods with this module)

    found = year_part(note.strip().rstrip("."))
    return tuple(sorted(found[0])) if found is not None and found[1] in (None, year) else ()


def _line_of(sentence: str, lines: tuple[str, ...], first: int) -> int:
    """The 1-based line of `lines` (the first at `first`) where `sentence` starts: the first that
    holds its opening words; `first` where none does alone (the words wrapped)."""
    opening = " ".join(sentence.split()[:3])
    for k, text in enumerate(lines):
        if opening in fold(text):
            return first + k
    return first


def _marker(stars: str) -> str:
    """A period's mark as its footnote starts: ``*``, ``**``, a number (``(1)``, ``1)`` → ``1``),
    a letter (``(a)``, ``a)``, ``a`` → ``a``), or a note in brackets as printed (``(voorlopig)``)."""
    mark = stars.strip()
    inner = mark[1:-1] if mark.startswith("(") and mark.endswith(")") else mark.rstrip(")")
    return inner if _REFERENCE.fullmatch(inner) or _LETTER.fullmatch(inner) else mark


#: A mark that refers to a footnote: stars or a footnote number.
_REFERENCE = re.compile(r"\*{1,3}|\d{1,2}")
#: A footnote's mark that is a letter (``2023 (a)``, ``2023a``, a raised ``2023ᵃ``): a reference
#: where a footnote with that letter explains it (``(a) tot en met 30 juni 2023.``).
_LETTER = re.compile(r"[a-z]")
#: Words of a note that cut a period short: a range of months (``jan-jun``, ``t.e.m. juni``), a
#: date it runs up to (``tot 31.08``), a half year (``1e helft``, ``halfjaar``).
_CUT_SHORT = re.compile(
    r"\b" + MONTH_NAME + r"\s*[-\u2013/]\s*" + MONTH_STEM + r"|\bt\.?e\.?m\.?\s|\btot\s+(?:en\s+met\s+)?"
    + MONTH_STEM_BEFORE_DECEMBER + r"|(?:\btot|\bt/m|\btm)\s+(?:en\s+met\s+)?\d{1,2}[/.-]\d{1,2}\b|"
    # (a day's date written out, short of the year's end: ``tot en met 30 juni 2022``)
    r"(?:\btot|\bt/m|\btm)\s+(?:en\s+met\s+)?\d{1,2}\s+" + MONTH_STEM_BEFORE_DECEMBER + "|"
    r"\b(?:[1-4]\s?(?:ste|de|e)|eerste|tweede|derde|vierde)\s+(?:helft|jaarhelft|semester|trimester|kwartaal)|"
    r"half\s*jaar|\bs1\b|\b[qk][1-3]\b|^[hsqk][1-4]$|"
    # a part of the year by its name and number (``sem. 1``, ``kwartaal 2``), a range of its days (``1/1-30/6``)
    r"\b(?:sem(?:ester)?|trim(?:ester)?|kw(?:artaal)?)\.?\s?[1-4]\b|^\s*(?:" + DATE_RANGE.pattern + r")\s*$",
    re.I,
)


def period_from_context(context: str, line: int) -> Period | None:
    """The period of a table whose header names none: the year its text speaks of most, the
    last named on a tie (the nearest to the table) — leaving out the years of days' dates
    (``vraag nr. 12 van 5 maart 2024``) unless no other year is named. Where sentences that say
    what the table counts (:func:`_statement`) name years, only theirs count: a year in passing
    (``Ter vergelijking: in 2020 waren dat er 3.058.``) is no period of the table."""
    stated = _statements(context, lambda sentence: _years_named(_DATE.sub(" ", sentence)))
    if stated is not None:  # the sentences that say what the table counts, not a year in passing
        said = [_DATE.sub(" ", sentence) for sentence in reversed(stated[1])]
        years = [year for sentence in said for year in _years_named(_compared_out(sentence))] or [
            year for sentence in said for year in _years_named(sentence)]
    else:
        years = _years_named(_compared_out(_DATE.sub(" ", context))) or _years_named(context)
    if not years:
        return None
    best = max(reversed(years), key=years.count)  # the first of the most named, from the end
    note = None
    named = _period_named(best) if "-" in best else None
    for sentence in sentences(context):
        if (best in sentence if named is None else named.search(sentence)) and _PARTIAL.search(sentence) and (
                _said_of(sentence, best)):
            note = sentence
            break
    return Period(label=best, partial=note is not None, note=note, line=line)


_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
#: A year named to compare with (``176 meer dan in 2022``, ``ten opzichte van 2022``,
#: ``tegenover 4.222 in 2022``): no period of the table the sentence is about.
_COMPARED_YEAR = Caseless(
    r"\b(?:dan|t\.\s?o\.\s?v\.|ten\s+opzichte\s+van|tegenover|vergeleken\s+met|in\s+vergelijking\s+met)\s+"
    r"(?:[^\s;:]+\s+){0,2}?(?:in\s+)?(?:het\s+(?:school)?jaar\s+)?" + period_pattern(space=r"\s?") + r"\b",
    needs=("dan", "t.", "opzichte", "tegenover", "vergeleken", "vergelijking"),
)


def _compared_out(text: str) -> str:
    """`text` without the years it names only to compare with (:data:`_COMPARED_YEAR`)."""
    span = _COMPARED_YEAR.search(text)
    while span is not None:
        text = text[:span[0]] + " " * (span[1] - span[0]) + text[span[1]:]
        span = _COMPARED_YEAR.search(text, span[1])
    return text
#: A school year in a sentence (``het schooljaar 2021-22``, ``2021/2022``, ``2021–2022``), not a
#: day's date (``2021-12-05``).
_SCHOOL_YEAR_NAMED = re.compile(r"\b((?:19|20)\d{2})\s?[-/\u2013]\s?((?:19|20)?\d{2})\b(?![-/.]\d)")


def _years_named(text: str) -> list[str]:
    """The periods `text` names, in order: years, and school years in the contract's form
    (``2021-2022``) — whose two years are no years of their own."""
    if not _SCHOOL_YEAR_NAMED.search(text):
        return _YEAR.findall(text)
    return [label for _, label in _periods_at(text)]


def years_named(text: str) -> list[str]:
    """The periods `text` names, in order (:func:`_years_named`), the years of days' dates
    (``30 juni 2021``) among them."""
    return _years_named(_DAY_OF.sub(" ", text))


def _periods_at(text: str) -> list[tuple[int, str]]:
    """:func:`_years_named` with where each period starts in `text`."""
    found: list[tuple[int, str]] = []
    rest = list(text)
    for match in _SCHOOL_YEAR_NAMED.finditer(text):
        printed = f"{match.group(1)}-{match.group(2)}"
        if _part_kind(printed) in ("school", "both"):  # (2011-12 in a sentence: no month, a school year)
            found.append((match.start(), period_labels([printed])[0]))
            rest[match.start():match.end()] = " " * (match.end() - match.start())
    found.extend((m.start(), m.group(1)) for m in _YEAR.finditer("".join(rest)))
    return sorted(found)


def _footnotes(text: str) -> dict[str, str]:
    """Footnotes by their stars: a paragraph that starts with ``*``; it ends at a blank line, or
    — in text laid out from a PDF, which has no blank lines — where a numbered item of the
    answer (``4. a)``) or another footnote starts."""
    notes: dict[str, str] = {}
    for paragraph in _PARAGRAPH_END.split(text):
        body = paragraph.strip()
        match = _FOOTNOTE.match(body)
        if match:
            notes.setdefault(_marker(match.group(1)), fold(match.group(2)))
    return notes


def _partial_sentence(said: list[str], period: str, lone: bool = False) -> str | None:
    """The first of the sentences that say partial (`said`) that names `period`: as labelled
    (``2020``, ``2019-2020``, a school year also ``2019-20``) or, a month, as printed
    (``oktober 2020``, ``okt. 2020``), by its year alone ("per maand in 2020 (voorlopige
    cijfers)") or — `lone`: no other period of the table is the same month of another year —
    by its name alone ("De cijfers voor oktober zijn voorlopig"). A month is partial only where
    the words say its figures are provisional: "tot en met oktober 2020" says that a year is cut
    short, not that a month is."""
    named = _period_named(period)
    month = MONTH_LABEL.match(period)
    alone = _month_alone(int(month.group(2))) if month is not None and lone else None
    for sentence in said:
        if month is not None:
            if _PROVISIONAL.search(sentence) and (
                named.search(sentence) or _year_named(month.group(1), sentence)
                or (alone is not None and alone.search(sentence))
            ):
                return sentence
        elif (named.search(sentence) and _said_of(sentence, period)) or _stand_cuts(sentence, period):
            return sentence
    return None


#: A part of a year, or a month a year's figures run up to, and the year right after it
#: (``het eerste kwartaal van 2024``, ``tot en met juni 2024``): that year is the one cut short.
_CUT_SHORT_OF = re.compile(
    r"(?P<part>" + _PART_OF_A_YEAR + r"|(?:\btot\s+en\s+met|\bt\.e\.m\.?|\bt/m|\btot\s+(?:eind|einde|half|midden|medio|"
    r"\d{1,2}))\s+" + MONTH_WORD_BEFORE_DECEMBER + r"\b|(?P<bare>" + _UNTIL_A_MONTH + r"))"
    r"(?P<year>" + _OF_ITS_YEAR + r"|\s+(?:19|20)\d{2}\b)?",
    re.I,
)


def _said_of(sentence: str, period: str) -> bool:
    """Whether `sentence`, which says partial (:data:`_PARTIAL`) and names `period`, says it of
    that period. Words that cut a year short bind to one year: the year right after them (``in
    2023 en in het eerste kwartaal van 2024``: 2024, not 2023; ``van januari 2023 tot en met juni
    2024``: 2024) or else the nearest before them (``2023 en 2024 (tot en met oktober)``). Words
    that say figures are provisional (``voorlopig``) say it of every period the sentence names,
    as do cutting words that bind to no year. A bare month bound (``tot juni``, ``tot en met 30
    juni``: :class:`_UntilAMonthSaid`) binds to a calendar year only — the year after it, else
    the nearest before it, else any the sentence names —, never to a school year, nor where a
    month before it starts a span (``van september tot juni``)."""
    cut = list(_CUT_SHORT_OF.finditer(sentence))
    lowered = sentence.lower()
    stands = list(_STAND_ON_RE.finditer(sentence)) if "stand" in lowered or "situatie" in lowered else []
    if not cut and not stands:
        return True
    rest = sentence
    bound: set[str] = set()
    for match in stands:  # (the day the figures stand on: :func:`_stand_cuts` says whose period it cuts short)
        rest = rest[: match.start()] + " " * (match.end() - match.start()) + rest[match.end():]
    for match in cut:
        if match.group("bare"):  # (``tot juni``: a calendar year's, never a school year's — nor a span's end)
            if _SPAN_START.search(sentence, max(0, match.start() - 40), match.start()):
                continue
            years = _years_named(match.group("year") or "") or [
                label for at, label in _periods_at(sentence[: match.start()])][-1:] or _years_named(sentence)
            bound.update(year for year in years if year.isdigit())
        elif match.group("year"):
            bound.update(_years_named(match.group("year")))
        else:
            before = [label for at, label in _periods_at(sentence[: match.start()])]
            if not before:
                continue
            bound.add(before[-1])
        rest = rest[: match.start()] + " " * (match.end() - match.start()) + rest[match.end():]
    return period in bound or _PARTIAL.search(rest) is not None


def _period_named(period: str) -> re.Pattern[str]:
    """A pattern for the ways a sentence names `period` (see :func:`_partial_sentence`)."""
    forms = [re.escape(period)]
    year, _, month = period.partition("-")
    if len(month) == 2 and month.isdigit() and 1 <= int(month) <= 12:
        name = next(n for n, number in MONTHS.items() if number == int(month))
        forms.append(rf"(?:{name}|{name[:3]}\.?)\s+{year}")
    school = _SCHOOL_YEAR.match(period)
    if school:
        forms.append(rf"{school.group(1)}\s*[-/\u2013]\s*(?:{school.group(2)[:2]})?{school.group(2)[2:]}")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])", re.I)


def _month_alone(number: int) -> re.Pattern[str]:
    """A pattern for month `number` named without a year after it (``oktober``, ``okt.``; an
    abbreviation only with its dot: ``Jan`` may be a name)."""
    name = next(n for n, value in MONTHS.items() if value == number)
    return re.compile(rf"(?<![\w-])(?:{name}(?![\w-])|{name[:3]}\.)(?!\s*(?:19|20)\d{{2}})", re.I)


def _year_named(year: str, sentence: str) -> bool:
    """Whether `sentence` names the year `year` on its own: not a month's year (``november
    2016``), nor one end of a range."""
    for match in re.finditer(rf"(?<![\w-]){year}(?![\w-])", sentence):
        before = sentence[: match.start()].split()
        if not before or month_number(before[-1]) is None:
            return True
    return False


_SCHOOL_YEAR = re.compile("^" + period_pattern(end="four", capture=True, required=True) + "$")
#: The words of :data:`_PARTIAL` that say figures may still change, not that a period is cut short.
_PROVISIONAL = re.compile(r"voorlopig|nog niet (?:volledig|definitief)|definitieve cijfers|onvolledig|gedeeltelijk", re.I)


#: The last few texts' sentences: the words before a table are asked about its measure, its
#: unit and its partial periods in turn.
@lru_cache(maxsize=8)
def sentences(text: str) -> tuple[str, ...]:
    """The sentences of `text`: each ends in its full stop (or ``!``, ``?``), or where its
    paragraph ends and the next opens with a capital (a heading's line, a caption:
    ``van Katrien Schryvers`` / blank / ``Unieke cursisten met gestarte OKOT'(s)``) — a blank
    line before a word in lower case is a page break inside a sentence."""
    paragraphs = paragraphs_of(text) if "\n" in text else (text,)
    return tuple(s for paragraph in paragraphs for s in (fold(part) for part in _SENTENCE_END.split(fold(paragraph))) if s)


#: A blank line and all the white space after it, each run of blank lines matched once, whole.
_BLANK_RUN = re.compile(r"\n[ \t]*\n\s*")


def paragraphs_of(text: str) -> list[str]:
    r"""`text` split where a blank line comes before a paragraph that opens with a capital (the
    sentence before it has ended), the blank lines dropped; a blank line before a word in lower
    case stays inside its paragraph. (As ``re.split(r"\n[ \t]*\n\s*(?=[A-Z])", text)``, but in
    one pass: that pattern tried every line of a run of blank lines not followed by a capital as
    the start of its own match, each to the run's end — a page of 10,000 blank lines took
    seconds.)"""
    out = []
    start = 0
    for match in _BLANK_RUN.finditer(text):
        if "A" <= text[match.end():match.end() + 1] <= "Z":
            out.append(text[start:match.start()])
            start = match.end()
    out.append(text[start:])
    return out


def fold(text: str) -> str:
    """Fold every run of white space to one space."""
    return " ".join(text.split())


#: A header of one column of counts with its one period written among its words (session 24):
#: in brackets at its end (``Opleiding Aantal (2021)``, ``(2021 voorlopig)``, ``(2021-2022)``,
#: ``(januari 2021)``, ``(stand 30 juni 2021)``), before a colon (``Opleiding 2021: Aantal``,
#: ``2021: Aantal``), or opening it as a date of the figures (``Stand 2021 Opleiding Aantal``,
#: ``Stand op 30/06/2021 Opleiding Aantal``), or right above the column's name, in its cell (``2022``
#: over ``Aantal``, read as one line: ``Opleiding 2022 Aantal``; the column's name opens with a
#: capital, as a cell's does — ``Er waren in 2021 in totaal`` is prose; the caller asks that the
#: words after it name the column). Groups: the words before, the period's words, the words after.
#: Each pattern with what a text it matches holds (its bracket, its colon; ``""``: nothing said).
_WRITTEN_PERIOD = (
    (re.compile(r"^(.*?)\s*\(([^()]*\d{4}[^()]*)\)\s*$"), ")"),
    (re.compile(r"^(.*?)\s*((?:(?:" + "|".join(MONTHS) + r")\.?\s+)?\S*\d{4}\S*?)\s*:\s*(\S.*)$", re.I), ":"),
    (re.compile(r"^()((?:stand|situatie|toestand)\s+(?:op|per|van)?\s*[^A-Za-z]*\d{4}\S*)\s+(\S.*)$", re.I), ""),
    (re.compile(r"^(?:(.*?)\s+)?(" + period_pattern(dashes=PERIOD_DASHES, stars=r"\*{0,3}") + r")\s+([^\W\d_a-z\u00df-\u00ff][^\d]*)$"), ""),
)
#: A sentence that leads into rows of one count: a few words ending in a colon (``In 2021 startten:``,
#: ``Het aantal gestarte cursisten in 2021:``), no sentence ended inside it.
_LEAD_IN = re.compile(r"^[^.?!;:]{3,200}:$")
#: The most words a sentence leading into rows has.
_LEAD_IN_WORDS = 30
#: The numbers of a period's words that are no period: a day and a month of a date
#: (``30 juni``, ``30/06/``, ``1/1-30/6/``).
_DAY_OF = re.compile(
    r"\b\d{1,2}\s+(?:" + "|".join(MONTHS) + r")\b|\b\d{1,2}[/.-]\d{1,2}(?:\s?[-\u2013]\s?\d{1,2}[/.-]\d{1,2})?[/.-](?=\d{4})",
    re.I,
)
_ANY_NUMBER = re.compile(r"\d+")
#: A month named with its year in a sentence (``in maart 2021``).
_MONTH_OF_YEAR = re.compile(r"(?<!\S)(" + "|".join(MONTHS) + r")\s+((?:19|20)\d{2})\b", re.I)


#: The mark of a numbered item of the answer opening a line (``1.``, ``a)``).
_ITEM_OPENING = re.compile(r"^\s*(?:\d{1,2}\.|[a-z]\))\s+")


def lead_in(text: str) -> bool:
    """Whether `text` is worded as a sentence that leads into rows of one count and names their
    period: a few words (thirty at most) ending in a colon, no sentence ended inside it, a year
    among them and no number but the periods' (``In 2021 startten:``), perhaps opening a
    numbered item of the answer (``1. In 2021 startten:``). It may name two periods: who reads
    it decides whether the period can be told (:func:`written_period`)."""
    stripped = _ITEM_OPENING.sub("", text).strip()  # (an item of the answer may open with it: ``1. In 2021 startten:``)
    if not _LEAD_IN.match(stripped) or len(stripped.split()) > _LEAD_IN_WORDS:
        return False
    numbers = _ANY_NUMBER.findall(_DAY_OF.sub(" ", stripped))
    return bool(numbers) and all(len(n) == 4 and n[:2] in ("19", "20") or len(n) == 2 for n in numbers) and bool(
        _YEAR.search(stripped))


#: The words that make the period after them a sentence's date (``in 2022``, ``sinds 2021``).
_DATE_PREPOSITIONS = frozenset({"in", "van", "tot", "sinds", "vanaf", "tijdens", "voor", "na", "op", "over", "tussen"})


def sentence_date(before: str, after: str) -> bool:
    """Whether a period between the words `before` and `after` is a sentence's date, no
    header's cell: after a preposition that governs it, with the sentence going on in lower
    case after it (``Er startten in 2022 meer dan``, ``In 2022 startten er in totaal``) — where
    a header's period stands after a preposition, the header's next cell begins in a capital
    (``Gestart in 2021 Gestart in 2022``), or the period ends the header (``Gestart in 2022``).
    (A header of one column writes its period before the column's name in a capital
    (:data:`_WRITTEN_PERIOD`); the names of the columns under each period may be in lower case,
    ``2021 gestart 2021 geslaagd``: there this says the sentence.)"""
    return before.lower() in _DATE_PREPOSITIONS and after[:1].islower()


def written_period(header: str) -> tuple[str, tuple[str, str]] | None:
    """The header's words without its one period, and the period (its label, its stars) where
    a header of one column of counts writes it among its words (:data:`_WRITTEN_PERIOD`) or a
    line leading into its rows names it (:func:`lead_in`: the words are the line's, its colon
    left off); None where none is written so, or where two periods are named — which of them
    the counts are of cannot be told."""
    text = " ".join(header.split())
    if lead_in(text):
        words = _ITEM_OPENING.sub("", text)[:-1].strip()
        said = _one_period(words)
        return None if said is None else (words, said)
    for pattern, needs in _WRITTEN_PERIOD:
        if needs not in text:
            continue  # (the quick look: a pattern that tries each start of its words before a colon, none there)
        match = pattern.match(text)
        if match is None:
            continue
        groups = match.groups()
        rest = " ".join(part for part in (groups[0], *groups[2:]) if part).strip()
        said = _one_period(groups[1])
        if said is None or not rest or _ANY_NUMBER.search(rest):
            return None
        return rest, said
    return None


#: A table's or an annex's number in a caption (``Tabel 1:``, ``Bijlage 2``): no count, no period.
_TABLE_NUMBER = re.compile(r"\b(?:tabel|figuur|grafiek|bijlage)\s+\d{1,2}[a-z]?\b", re.I)


def header_period(header: str) -> tuple[str, str] | None:
    """The one period a header's lines name among their words when they list none (a caption
    over the columns' names: ``Tabel 1: gestarte cursisten (2021)`` / ``Opleiding Aantal``),
    its label and stars; None where they name none, two, or another number."""
    return _one_period(_TABLE_NUMBER.sub(" ", header)) if _YEAR.search(header) else None


def _one_period(words: str) -> tuple[str, str] | None:
    """The one period `words` name (its label, its stars): a month of a year (``januari 2021``:
    ``2021-01``), a year or a school year, perhaps starred — the same period named twice (a
    range of days of one year, ``01/01/2021-30/06/2021``) is one; two are none."""
    bare = _DAY_OF.sub(" ", words)
    listed = _period_list(words.strip())
    if listed is not None and not listed[0].strip() and len(listed[1]) == 1 and not listed[1][0].is_total:
        return listed[1][0].label, listed[1][0].stars
    named = set(_years_named(bare))
    if len(named) != 1 or [n for n in _ANY_NUMBER.findall(bare) if not _YEAR.fullmatch(n)] and not (
            _SCHOOL_YEAR_NAMED.search(bare)):
        return None
    label = named.pop()
    month = _MONTH_OF_YEAR.search(bare)
    if month is not None and month.group(2) == label and len(_MONTH_OF_YEAR.findall(bare)) == 1:
        label = f"{label}-{MONTHS[month.group(1).lower()]:02d}"  # (``in maart 2021``: a month of the year)
    stars = re.search(re.escape(label[:4]) + r"\S*?(\*{1,3})", words)
    return label, stars.group(1) if stars else ""
