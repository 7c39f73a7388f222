"""Parts of one year as a table's rows: quarters, half years, ranges of months.

The contract's periods are years, school years and months; it has no quarter. So where an
answer prints a year's quarters one under another, they are **rows** of a category — the part
of the year — and the year is the period::

    Kwartaal 2023 2024              Kwartaal Aantal
    1e kwartaal 120 140             1e kwartaal 2024 120
    2e kwartaal 130 150             2e kwartaal 2024 130
    Totaal 250 290                  Totaal 250

A part of a year is no attribute of a person: over events (enrolments) the parts are a partition
of the year (its total is their sum), over unique persons the year's total is at most their sum
(one person may start in two quarters) — the table's own unit decides, as over any other rows
(:attr:`okot_audit.tables.Layout.partition`). A year whose parts do not cover it (``1e``-``3e
kwartaal`` only, or a quarter left blank) is partial, the parts it has its note.

:func:`year_part` reads a label; :func:`find_part_rows` finds the tables whose lines each print
a part of the same year before their figures, under a header of one column of counts (``Kwartaal
Aantal``, ``Periode  Aantal unieke cursisten``) or of several (``Periode Gestart Geslaagd``:
a table per column, as under a year); :func:`covered_periods` marks the periods the
parts leave partial.
"""

from __future__ import annotations

import re
from dataclasses import replace

from okot_audit.parse.cells import NUMBER
from okot_audit.parse.context import PeriodToken, fold, month_number, range_months
from okot_audit.parse.regions import GRAND_LINE, TOTAL_LINE, Item, Region, province_name
from okot_audit.parse.scan import finds, joined, lines_at
from okot_audit.parse.subcolumns import SubColumns, names_alone
from okot_audit.parse.tokens import WORD
from okot_audit.parse.transposed import province_columns
from okot_audit.parse.words import COLUMN_WORDS, COUNT_COLUMN
from okot_audit.patterns import A_YEAR, BLANK_MARK, DATE_RANGE, LABEL_FOOTNOTE_MARK
from okot_audit.tables import Table

#: The attribute a table whose rows are parts of a year has (:class:`okot_audit.tables.Layout`).
PART_ATTRIBUTE = "quarter"

_ORDINAL = {"1": 1, "2": 2, "3": 3, "4": 4, "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}
_MONTH = r"[a-z]{3,9}"  # (a month's name or abbreviation: :func:`month_number` says which)
_YEAR = r"(?P<year>(?:19|20)\d{2})"
#: The names of a part of a year, written out or cut short (``kwartaal``, ``kw.``, ``trim.``,
#: ``sem.``, ``helft``).
_PART_NAMES = r"kwartaal|kw\.?|trimester|trim\.?|semester|sem\.?|helft|jaarhelft"
#: A part of a year as a label prints it, perhaps with its year before or after it: ``Q1``, ``K2``,
#: ``H1``, ``S2`` (``Q1 2024``, ``2024-Q1``), a run of quarters (``Q1-Q3``), ``1e kwartaal``,
#: ``eerste helft``, ``kwartaal 3``, ``januari-maart``, ``apr.-jun. 2024`` (and a range of days:
#: ``1/1-30/6``, :data:`~okot_audit.patterns.DATE_RANGE`).
_PART = re.compile(
    r"^\s*(?:" + _YEAR.replace("year", "before") + r"\s?[-/]?\s?)?(?:"
    r"(?P<letter>[QKHS]|kw\.?\s?)(?P<n>[1-4])(?:\s?[-\u2013/]\s?(?:[QKHS]|kw\.?\s?)?(?P<last>[1-4]))?"
    r"|(?P<ord>[1-4]|eerste|tweede|derde|vierde)\s?(?:ste|de|e)?\s+(?P<name>" + _PART_NAMES + r")"
    r"|(?P<name2>" + _PART_NAMES + r")\s*(?P<n2>[1-4])"
    r"|(?P<from>" + _MONTH + r")\.?\s*(?:[-\u2013]|t\.?\s?e\.?\s?m\.?|t/m|tot(?:\s+en\s+met)?)\s*(?P<to>" + _MONTH + r")\.?"
    r")(?:\s*[-/]?\s*" + _YEAR + r")?\s*$",
    re.I,
)


def year_part(label: str) -> tuple[frozenset[int], str | None] | None:
    """The months of its year a label names as a part of it, and the year it prints (or None):
    ``Q2 2024`` → ({4, 5, 6}, "2024"), ``eerste helft`` → ({1, …, 6}, None), ``maart`` → ({3},
    None). None when the label names no part of a year (a whole year's range, ``januari-december``,
    is none). A month with its year (``maart 2024``) is a period of its own (``2024-03``), no part.
    A footnote's mark after the label (``april*``, ``april (1)``: the month not yet over) is no part
    of its name."""
    folded = fold(label)
    if (part := _year_part(folded)) is None and (bare := LABEL_FOOTNOTE_MARK.sub("", folded)) != folded:
        return _year_part(bare)
    return part


def _year_part(folded: str) -> tuple[frozenset[int], str | None] | None:
    if (month := month_number(folded)) is not None:
        return frozenset((month,)), None
    if (days := DATE_RANGE.fullmatch(folded.strip())) is not None:  # (``1/1-30/6``, ``1 jan - 30 jun 2024``)
        months = range_months(days)
        return (months, days.group("year")) if months is not None and len(months) < 12 else None
    match = _PART.match(folded)
    if match is None or (match.group("before") and match.group("year")):
        return None
    year = match.group("year") or match.group("before")
    if match.group("from"):
        first, last = month_number(match.group("from")), month_number(match.group("to"))
        if first is None or last is None:
            return None
        months = frozenset(range(first, last + 1))
    else:
        letter = (match.group("letter") or "").upper()
        name = (match.group("name") or match.group("name2") or "").lower().rstrip(".")
        n = int(match.group("n") or match.group("n2") or _ORDINAL[(match.group("ord") or "").lower()])
        halves = letter in ("H", "S") or name in ("semester", "sem", "helft", "jaarhelft")
        size = 6 if halves else 3
        last = int(match.group("last") or n)  # (a run of quarters: ``Q1-Q3``)
        if (size == 6 and last > 2) or last < n:
            return None
        months = frozenset(range((n - 1) * size + 1, last * size + 1))
    if not months or len(months) == 12:
        return None
    return months, year


def parts_of_a_year(labels: list[str]) -> bool:
    """Whether `labels` (a table's row labels, two at least) are each a part of a year without
    their year, no part twice: the rows of a table of a year's quarters under its periods."""
    parts = [year_part(label) for label in labels]
    if len(parts) < 2 or any(p is None or p[1] is not None for p in parts):
        return False
    return len({p[0] for p in parts if p is not None}) == len(parts)


def opening_parts(region: Region) -> list[str]:
    """The part of a year each row of `region` opens with, as printed, where the row's label
    may end in the part's own number (``kwartaal 1  120  140``: the figures' reader sees ``1``
    as a figure); ``""`` for a row that opens with none (:func:`parts_of_a_year` then says no)."""
    out = []
    for item in region.items:
        if item.kind != "row":
            continue
        words = " ".join(item.texts).split()[:_PART_WORDS]
        out.append(next((" ".join(words[:k]) for k in range(1, len(words)) if year_part(" ".join(words[:k]))), ""))
    return out


#: A header of one column of counts over lines that each print a part of a year: a corner word
#: for the parts (``Kwartaal``, ``Periode``), then the column's name (``Aantal``, ``Aantal
#: unieke cursisten``); or the column's name alone.
_COUNT_HEADER = re.compile(
    r"^\s*(?:(?:kwartaal|kwartalen|periode|trimester|semester|maanden)\s+)?("
    + "|".join(COLUMN_WORDS[:1]) + r"|" + COUNT_COLUMN.pattern.removeprefix(r"(?:^|\s)(").removesuffix(r")$")
    + r")\s*$",
    re.I,
)
#: The most words a part of a year and its year take before the figures (``eerste helft van
#: 2024`` is none: ``1e kwartaal 2024``, ``kwartaal 1 2024``, ``2024 - Q1``).
_PART_WORDS = 4
#: A year among a line's first words: the cheap first look before a line is asked whether it
#: opens with a part of a year (:func:`_part_line`).
_YEAR_FIRST = re.compile(r"^\s*(?:\S+\s+){0,%d}\S*?(?<!\d)(?:19|20)\d{2}(?!\d)" % (_PART_WORDS - 1))
#: What joins a part of a year to its year (``Q1-2024``, ``2024/Q1``): blanked with the year.
_JOINS = "-/\u2013"


#: What a line :func:`_part_line` reads holds: a year's first two digits (the first look of
#: :func:`find_part_rows`, in the answer's whole text at once).
_YEAR_DIGITS = ("19", "20")


def _part_line(text: str) -> tuple[frozenset[int], str, int, int] | None:
    """The months and year a row line opens with, and the span of its year in the line (with
    the dash or slash that joins it to its part: ``Q1-2024``, ``2024-Q1``), when every word
    after them is a figure or a blank mark; else None. The year stands after its part (``Q1
    2024``, ``1e kwartaal 2024``, ``kwartaal 1 2024``) or before it (``2024 Q1``). A line
    without a year among its first words is none (the cheap first look: :func:`opening_part`
    gives the same answer, tests/test_periods20.py)."""
    if _YEAR_FIRST.match(text) is None:
        return None
    return opening_part(text)


def opening_part(text: str) -> tuple[frozenset[int], str, int, int] | None:
    """:func:`_part_line` without its first look."""
    tokens = list(WORD.finditer(text))
    tail = len(tokens)  # (where the run of figures and blank marks that ends the line starts)
    while tail and (NUMBER.fullmatch(tokens[tail - 1].group()) or BLANK_MARK.fullmatch(tokens[tail - 1].group())):
        tail -= 1
    # (the year, the part's number, may stand in that run: ``Q1 2024 120``, ``kwartaal 1 2024 120``)
    for end in range(max(1, tail), min(len(tokens) - 1, tail + 2, _PART_WORDS) + 1):
        found = year_part(text[tokens[0].start():tokens[end - 1].end()])
        year = found[1] if found is not None else None
        if found is None or year is None:
            continue
        months = found[0]  # (every word after them a figure or a blank mark: ``4e kwartaal 2024  -``)
        at = next(m for m in A_YEAR.finditer(text, tokens[0].start(), tokens[end - 1].end()) if m.group() == year)
        start, stop = at.span()
        while start > 0 and text[start - 1] in _JOINS:
            start -= 1
        while stop < len(text) and text[stop] in _JOINS:
            stop += 1
        return months, year, start, stop
    return None


def _without(text: str, start: int, end: int) -> str:
    """`text` with its characters from `start` to `end` blanked (every other keeps its place)."""
    return text[:start] + " " * (end - start) + text[end:]


def find_part_rows(lines: tuple[str, ...]) -> list[Region]:
    """Every table whose lines each print a part of the same year before their figure, under a
    header of one column of counts (``Kwartaal Aantal`` / ``1e kwartaal 2024 120`` / ``2e
    kwartaal 2024 130``, perhaps closed by ``Totaal 250`` or ``Totaal 2024 250``): a table of
    that year whose rows are its parts. Each row keeps its line; its label is the part (its year
    blanked out: it is the period)."""
    found: list[Region] = []
    text = joined(lines)
    maybe = range(len(lines)) if text is None else lines_at(lines, finds(text, _YEAR_DIGITS))
    parts = {j for j in maybe if _part_line(lines[j]) is not None}
    after = 0  # (the line after the last table found)
    for k in _heads(lines, parts):
        if k < after or k >= len(lines) - 2:
            continue
        columns = None
        if _COUNT_HEADER.match(lines[k]) is None:
            # (several columns: ``Periode Gestart Geslaagd``, ``Kwartaal Man Vrouw Totaal`` — only
            # over a line that opens with a part of a year, where names_alone is worth asking)
            below = next((j for j in range(k + 1, min(k + 4, len(lines))) if lines[j].strip()), None)
            if below is None or below not in parts or not lines[k].strip():
                continue
            columns = names_alone(lines[k], k + 1) or province_columns(lines[k], k + 1)
            if columns is None:
                continue
        region = _part_region(lines, k, columns)
        if region is not None:
            found.append(region)
            after = region.end
    return found


def _heads(lines: tuple[str, ...], parts: set[int]) -> list[int]:
    """The lines that may head a table of a year's parts, in order: those at most four lines
    above a line that opens with a part of a year (its index in `parts`). A table's first row is
    the first line below its header that is not blank, three blank lines between them at most
    (:func:`_part_region`)."""
    return sorted({j - up for j in parts for up in (1, 2, 3, 4) if j - up >= 0})


def _part_region(lines: tuple[str, ...], k: int, columns: SubColumns | None = None) -> Region | None:
    """The table of a year's parts whose header is line k (0-based), or None."""
    items: list[Item] = []
    year = None
    seen: set[frozenset[int]] = set()
    j, end = k + 1, k + 1
    while j < len(lines):
        while j < len(lines) and j - end < 3 and not lines[j].strip():
            j += 1
        if j >= len(lines) or not lines[j].strip():
            break
        text = lines[j]
        part = _part_line(text)
        if part is None:
            if items and (TOTAL_LINE.match(text) or GRAND_LINE.match(text)):
                items.append(Item("total", [j + 1], texts=[_total_text(text, year)]))
                end = j + 1
            break
        months, its_year, start, stop = part
        if (year is not None and its_year != year) or months in seen:
            return None  # (two years' parts: periods as lines, not this table)
        year = its_year
        seen.add(months)
        items.append(Item("row", [j + 1], texts=[_without(text, start, stop)]))
        end = j + 1
        j += 1
    if year is None or sum(1 for item in items if item.kind == "row") < 2:
        return None
    return Region(
        header_lines=[k + 1], header_text=fold(lines[k]), period_tokens=[PeriodToken(year, "", 0, 0)], items=items,
        start=k + 1, end=end, closed=items[-1].kind == "total", keyed=False, columns=columns,
    )


def _total_text(text: str, year: str | None) -> str:
    """A total line's text without the year it may print before its figures (``Totaal 2024
    420`` → ``Totaal`` and ``420`` in their places: the year is the table's period)."""
    words = list(WORD.finditer(text))
    at = next((i for i, w in enumerate(words) if w.group() == year), None)
    if at is None or at == len(words) - 1 or not all(NUMBER.fullmatch(w.group()) for w in words[at + 1:]):
        return text
    return _without(text, *words[at].span())


def covered_periods(table: Table) -> Table:
    """`table`, its rows parts of a year, with each period its parts do not cover made partial:
    the parts that print a figure in it (``1e kwartaal``-``3e kwartaal``) are its note, the
    months they cover its :attr:`~okot_audit.tables.Period.months`."""
    if table.layout.attribute != PART_ATTRIBUTE:
        return table
    periods = []
    for period in table.periods:
        rows = [c for c in table.cells if c.level == "row" and c.period == period.label]
        months: set[int] = set()
        for cell in rows:
            months |= (year_part(cell.label) or (frozenset(), None))[0]
        if period.label == "Totaal" or len(months) == 12 or period.partial or not rows:
            periods.append(period)
            continue
        periods.append(replace(period, partial=True, note=", ".join(c.label for c in rows), months=tuple(sorted(months))))
    return replace(table, periods=tuple(periods))
