"""Never a silent pass: runs of table-like lines that became no table.

After the tables are read, every line outside them is looked at once more. A run of lines that
look like table rows — label words ending in two or more numbers (or a short label and one
number set off by two spaces or more, a cell), a line of only numbers, a ``Totaal``-like line
with numbers — that no table took is reported as an ``unreadable-table``
record at its first line, with what was seen. Text from an extractor that printed one figure
per line (``pdftotext`` without ``-layout``) gets its own reason, so the rule can say that the
PDF itself reads better.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from okot_audit.parse.cells import NUMBER, ends_in_label_number, numbers_in, numeric_tail
from okot_audit.parse.context import MONTHS, fold, lead_in, period_list, years_named
from okot_audit.parse.derived import derived_tail
from okot_audit.parse.units import amounts_at_end, counts_then_amounts
from okot_audit.parse.regions import (
    GRAND_LINE, NUMBERED, ONLY_NUMBERS, TOTAL_LINE, Region, aside_kind, aside_parts, counts_in_header, header_end, header_worded,
    label_kind, province_name, title_year,
)
from okot_audit.parse.words import sector_name, units_of
from okot_audit.patterns import A_YEAR, APOSTROPHES, CONTINUATION_CAPTION, MONTH_NAME, NOTE_LINE, YEAR, figures_note, partition_of
from okot_audit.read.beside import MIN_LINES, header_beside_prose
from okot_audit.tables import ASIDE_SEPARATOR, ParseIssue

#: How many lines of other text may stand between two table-like lines of one run.
GAP = 2
_LETTER = re.compile(r"[^\W\d]")
_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
#: A day's date in a header but its year (``30 juni``, ``30/06/``, ``1/1-30/6/``).
_DAY = re.compile(r"\b\d{1,2}\s+(?:" + "|".join(MONTHS) + r")\b|\b\d{1,2}/\d{1,2}(?:-\d{1,2}/\d{1,2})?/(?=\d{4})", re.I)
#: A number standing as a cell of its own in laid-out text: two spaces or more on either side.
_SET_OFF = re.compile(r"(?<=  )\d[\d.]*(?=  |\s*$)")
#: The longest label a row of one count may have: longer lines ending in a number set off by
#: spaces are laid-out prose (justified lines run the page's width).
SHORT_LABEL = 60
#: The label of a row of one count in single-spaced text: a few words (40 characters at most),
#: no clause (``:``, ``,``, ``;``), not a list item (``- in 2021: 120``).
_ONE_COUNT_ROW = re.compile(r"(?!\s*[-•*]\s)[^:;,]{1,40}$")
#: A line that ends in a day's date or a question's number (``van 5 maart 2024``, ``vraag nr. 74``).
_DATED = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\s+\d{4}$|\bnr\.?\s*\d+$", re.I)
#: A number at a line's end that prose or page text gives, not a count: a year (``bron: VDAB
#: 2022``, ``(1) 2019``), or a number after a word that points at one (``p. 3 van 7``,
#: ``zie tabel 2``, ``artikel 5``), or a number with a leading zero (``Jan Peeters 0478``: a phone's,
#: a code's digits).
_PROSE_NUMBER = re.compile(
    r"(?:\b(?:19|20)\d{2}|\b(?:van|op|in|tot|per|p\.|blz\.|pagina|tabel|bijlage|artikel|punt|vraag|nr\.?)\s+\d+|(?<!\S)0\d+)\s*$",
    re.I,
)
#: How many lines of one count (and nothing else table-like) make a run worth reporting.
SHORT_RUN = 3
#: A line's last word that is a label's letters with figures glued to them and to each other, no
#: space between (``Limburg529540555560``, ``Totaal3.0583.1202.5802.301``, ``Provincie2019202020212022``:
#: pypdf's text of a turned page): five digits or more, more than a year, which no label ends in.
_GLUED = re.compile(r"[^\W\d_]{2,}\d[\d.]{4,}$")
#: A line that starts with figures glued to each other and to its label's first word
#: (``640601577Antwerpen``, ``2.1002.0502.000Totaal``: pypdf's text of a row whose cells the
#: PDF draws right to left, no space between them).
_GLUED_FIRST = re.compile(r"\s*\d[\d.]{4,}[^\W\d_]{2,}")
#: A line that starts with two numbers (a row printed backwards starts with its figures).
_STARTS_WITH_NUMBERS = re.compile(r"\s*\d[\d.]*\s+\d")
#: Two figures one after the other, the quick look before :data:`_ROW_BESIDE` (most prose has none).
_TWO_FIGURES = re.compile(r"\d[ \t]+(?:-[ \t]+)?\d")
#: A table's row with other text after its figures (``Antwerpen 577 601 640 zorgsector, per``): a
#: table and a column of prose set side by side on a page, each visual line one of each, as
#: pdfplumber and ``pdftotext -layout`` print a page of two columns with the table on the left.
_ROW_BESIDE = re.compile(
    r"\s*[^\W\d][\w" + APOSTROPHES + r"().-]*(?:[ \t][^\W\d][\w" + APOSTROPHES + r"().-]*){0,4}[ \t]+(?:\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:[ \t]+(?:\d{1,3}(?:\.\d{3})+|\d+|-)){1,11}[ \t]+[^\W\d]"
)
#: The last characters of a table-like line: a digit, the percent sign of a share, or the unit
#: of money after an amount (``€``, ``EUR``, ``euro``: :func:`~okot_audit.parse.units.amounts_at_end`).
_ENDS = frozenset("0123456789%\u20acRro")


def unread_regions(lines: tuple[str, ...], regions: list[Region], paged: bool = True) -> list[ParseIssue]:
    """``unreadable-table`` records for runs of table-like lines outside every read region.
    `paged`: whether the lines may hold a page's number alone (text, a PDF's pages); a workbook's
    sheet rows and a web page's table rows hold none — a figure alone in a row of cells is a cell."""
    covered = bytearray(len(lines) + 2)  # per 1-based line: whether a region holds it
    for region in regions:
        covered[region.start:region.end + 1] = b"\x01" * (region.end + 1 - region.start)
    issues: list[ParseIssue] = []
    marks: list[ParseIssue] = []  # (:func:`_mark_run_into_words`)
    run: list[tuple[int, str]] = []  # (1-based line, kind)
    gap = 0
    named = False  # (whether the run's last line is a row, or a line ending its name: a name may wrap below it)
    for number, text in enumerate(lines, start=1):
        if covered[number]:  # (``Verpleegkunde -2Opvoeder traject met 3 4``: a row's name took the mark in)
            if ("-" in text or "\u2013" in text or "\u2014" in text) and (glued := _mark_in_name(text)) is not None:
                marks.extend(_mark_run_into_words(number, text, glued))
            elif text[:1].isdigit() and (glued_first := _figure_into_name(lines, number, text)):
                marks.append(glued_first)  # (``Verpleegkunde -`` / ``2Opvoeder traject met``)
        elif text[:1] in _DASHES or text[:1] == " " and text.lstrip()[:1] in _DASHES:
            marks.extend(_mark_run_into_words(number, text))  # (``-2Opvoeder traject met``: said)
        if covered[number]:
            kind = None
        elif text.rstrip()[-1:] in _ENDS:
            kind = _table_like(text)
        elif _STARTS_WITH_NUMBERS.match(text):  # (a row printed backwards: ``66 16 06 75 lessurB``)
            kind = _mirrored(text)
        elif _GLUED_FIRST.match(text):  # (its cells drawn right to left, no space between: ``640601577Antwerpen``)
            kind = "glued"
        else:  # (a row with prose after its figures: ``Antwerpen 577 601 640 zorgsector, per``)
            kind = "beside" if _TWO_FIGURES.search(text) and _ROW_BESIDE.match(text) else None
        if kind is not None:
            # (a wrapped name's last line ending in the name's own number, ``modules 1- 4``, ``jaar 1``:
            # the run goes on past it as past the row whose name it ends)
            own = kind == "short" and named and gap < WRAPPED and _own_number_line(text)
            # (figures alone, two at least, past a wrapped name: a row whose name is printed after its
            # figures — ``Tweedekansonderwijs 62 15 27 48 141`` / three name lines / ``52 24 69 16 153``
            # — no page's number: the run goes on, the row above it never left alone and dropped as prose's)
            own = own or (kind == "numbers" and named and gap <= WRAPPED and len(text.split()) >= 2)
            if gap > GAP and kind != "row" and not own:  # (past a wrapped name only a row goes on with the run: no page's number)
                issues.extend(_found(run, lines, regions, paged))
                run = []
            run.append((number, kind))
            gap = 0
            named = kind == "row" or own
            continue
        if run and (covered[number] or text.strip()):
            gap += 1
            if gap > GAP and gap <= WRAPPED and not covered[number] and named and _name_line(text):
                continue  # (a row's name wrapped over three lines or more between two rows: the run goes on)
            if gap > GAP or covered[number] or _prose(text):  # prose between two tables parts them
                issues.extend(_found(run, lines, regions, paged))
                run, gap, named = [], 0, False
    issues.extend(_found(run, lines, regions, paged))
    said = {i.line for i in issues}
    return issues + _figures_led_into(lines, covered, said) + _periods_above_header(lines, regions, covered, said) \
        + _continued_otherwise(lines, regions, covered) + marks


def _continued_otherwise(lines: tuple[str, ...], regions: list[Region], covered: bytearray) -> list[ParseIssue]:
    """``continuation-other-header`` records for a caption that says a table goes on (``Tabel 1
    (vervolg)``, alone on its line, blank lines aside) right above a header whose periods differ
    from those of the table above it (``Provincie 2022 2023`` under ``Provincie 2020 2021``'s
    rows): it continues no table, and its rows are read as a table of their own, apart — said,
    never joined in silence nor read apart in silence (the total below them then checked against
    its own rows alone). `periods` are the rows' header's, `header` the table's above."""
    found: list[ParseIssue] = []
    for before, region in zip(regions, regions[1:]):
        if not region.header_lines or not region.period_tokens or not before.period_tokens:
            continue
        k = region.header_lines[0] - 1  # (1-based: the line above the header)
        while k >= 1 and not covered[k] and not lines[k - 1].strip():
            k -= 1
        if k < 1 or k < before.start or CONTINUATION_CAPTION.fullmatch(lines[k - 1].strip()) is None:
            continue
        theirs = tuple(t.label for t in before.period_tokens)
        own = tuple(t.label for t in region.period_tokens)
        if own == theirs:
            continue
        found.append(ParseIssue(
            "unreadable-table", k, "continuation-other-header", (), None, text=fold(lines[k - 1].strip())[:80],
            periods=own, header=theirs, other_line=region.header_lines[0],
            other=fold(" ".join(lines[i - 1].strip() for i in region.header_lines))[:80],
        ))
    return found


def _periods_above_header(lines: tuple[str, ...], regions: list[Region], covered: bytearray, said: set[int]) -> list[ParseIssue]:
    """``periods-above-header`` records for a line of periods (two years at least, perhaps a total
    column, its words no number: ``2022 2023``, ``Opleiding 2021 2022 Totaal``) that no table holds and
    no record says, right above a table's header that names its own periods (blank lines aside): the
    table is read under its header's, the line the rows stand under
    (:func:`~okot_audit.parse.regions._below_periods_above`); the line above is never dropped in
    silence — were the figures of its periods, every check of the table would be of other years."""
    found: list[ParseIssue] = []
    for region in regions:
        if not region.header_lines or not region.period_tokens:
            continue
        k = region.header_lines[0] - 1  # (1-based: the line above the header)
        while k >= 1 and not covered[k] and not lines[k - 1].strip():
            k -= 1
        if k < 1 or covered[k] or k in said:
            continue
        listed = period_list(lines[k - 1])
        if listed is None or any(ch.isdigit() for ch in listed[0]):
            continue
        if " ".join(lines[k - 1].split()) in {" ".join(lines[i - 1].split()) for i in region.header_lines}:
            continue  # the table's own header line printed before (a page's header, repeated on the next): no other periods
        dated = [t for t in listed[1] if not t.is_total]
        if len(dated) < 2 or not all(YEAR.fullmatch(t.label) for t in dated):
            continue
        found.append(ParseIssue(
            "unreadable-table", k, "periods-above-header", (), None, unread=True, text=fold(lines[k - 1].strip())[:80],
            periods=tuple(t.label for t in region.period_tokens), other_line=region.header_lines[0],
            other=fold(" ".join(lines[i - 1].strip() for i in region.header_lines))[:80],
        ))
    return found


#: A number glued before a name's first word, no space between: a number between dashes (a lone page
#: mark, ``- 2 -``, ``-2-``) or after a blank cell's mark (``-`` / ``2``) — `dash` its first dash, set
#: off before it or at the line's start (``-2Opvoeder traject met``: ``pdftotext``'s text of a mark
#: alone right above a row whose name wraps, its characters run into the name's; a reader of laid-out
#: text joins a wrapped name's lines, ``Verpleegkunde -2Opvoeder traject met … 3 4``) — or a figure
#: alone at a line's start (``2Opvoeder traject met``, its mark on the line above). `figure` is the
#: number; the word glued after it opens with a capital then lower case (:func:`_glued_word`).
_GLUED_NUMBER = r"(?:(?P<dash>[-\u2013\u2014])\s?)?(?P<figure>\d{1,4})(?(dash)[-\u2013\u2014]?)(?=[^\W\d_])"
#: :data:`_GLUED_NUMBER` at a line's start (white space before it).
_GLUED_INTO_NAME = re.compile(r"\s*" + _GLUED_NUMBER)
#: :data:`_GLUED_NUMBER` with its dash, at a line's start or after white space (a wrapped name's lines joined).
_MARK_IN_NAME = re.compile(r"(?<!\S)(?=[-\u2013\u2014])" + _GLUED_NUMBER)


def _glued_word(text: str, match: re.Match[str] | None) -> re.Match[str] | None:
    """`match` (:data:`_GLUED_NUMBER`) where the word glued after its number is a name's first word — a
    capital then lower case, in any script (``Opvoeder``, ``Écoles``) — else None: an age's words
    (``-25jarigen``) or a name's own digits (``2de graad``, ``- 3D-tekenaar``) are none."""
    if match is None:
        return None
    end = match.end()
    return match if text[end].isupper() and text[end + 1:end + 2].islower() else None


def _mark_in_name(text: str) -> re.Match[str] | None:
    """The first dash and number glued to a name's first word (:data:`_MARK_IN_NAME`) at the line's
    start or after white space in `text`, else None (the caller's look for a dash first: fast over the
    lines with none)."""
    for found in _MARK_IN_NAME.finditer(text):
        if _glued_word(text, found) is not None:
            return found
    return None


def _mark_run_into_words(number: int, text: str, match: re.Match[str] | None = None) -> list[ParseIssue]:
    """The ``stray-number`` record (``mark-in-words``) of line `number`, no table's, if it opens
    with a number between dashes glued to a word with a capital (``-2Opvoeder traject met``): a
    lone mark an extractor ran into the first line of a wrapped name whose figures stood on
    another line. The number is no figure any table reads, and the row's name lost the words —
    never in silence. A line a table holds, its mark found at `match` (:func:`_mark_in_name`), gives
    ``mark-in-name``: a blank cell's mark and a figure (``-`` / ``2``) run into the next row's name,
    which a row's name took in — unless its table reads that number as a cell there (parse:
    :func:`marks_in_tables`)."""
    inside = match is not None
    if match is None:
        match = _glued_word(text, _GLUED_INTO_NAME.match(text))
    if match is None or not match["dash"]:
        return []  # (``-25jarigen``: an age's words; ``- 3D-tekenaar``: a name's own digits — no word glued)
    words = text[match.end():].strip()
    if inside:  # (the words of the name, not the row's figures after them)
        words = numeric_tail(words)[0].strip()
    return [ParseIssue("stray-number", number, "mark-in-name" if inside else "mark-in-words", (int(match["figure"]),),
                       None, text=fold(words)[:80])]


def _figure_into_name(lines: tuple[str, ...], number: int, text: str) -> ParseIssue | None:
    """The ``stray-number`` record (``mark-in-name``) of line `number`, which a table holds, where it
    opens with a figure glued to a name's first word (:data:`_GLUED_NUMBER`, no dash: ``2Opvoeder traject
    met``; a name's own digits are none, ``2de graad``, ``3D-tekenaar``) right below a line
    that ends in a blank cell's mark (``Verpleegkunde -`` / ``2Opvoeder traject met``): plain
    ``pdftotext``'s text of a row's blank mark on its label's line and its figure run into the next
    row's name — the figure is never lost in silence. None for any other line."""
    match = _glued_word(text, _GLUED_INTO_NAME.match(text))
    if match is None or match["dash"]:
        return None
    k = number - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    above = lines[k].rstrip() if k >= 0 else ""
    if above[-1:] not in _DASHES or not above[:-1].rstrip()[-1:].isalpha() or above[-2:-1] not in (" ", "\t"):
        return None  # (the mark set off after the row's name: ``Verpleegkunde -``, no hyphen of a word)
    words = numeric_tail(text[match.end():].strip())[0].strip()
    return ParseIssue("stray-number", number, "mark-in-name", (int(match["figure"]),), None, text=fold(words)[:80])


#: The most lines of a row's name wrapped between two table-like lines that keep them one run
#: (``Professionele 25 25 18`` / ``graduaatsopleiding`` / ``kinderzorg`` / ``deel twee`` / ``Educatieve 46 58 5``).
WRAPPED = 6


#: A name's own number inside a wrapped line of it (``jaar 1 sec``, ``1ste jaar``, ``modules 1- 4``): one
#: or two digits; a year's, a count's or a date's figure (three digits or more) is no name's.
_LONG_FIGURE = re.compile(r"\d{3}")


def _name_line(text: str) -> bool:
    """Whether `text` may be a line of a row's name wrapped: a few words (four at most, 40 characters
    at most), a letter among them and no figure but a name's own (one or two digits: ``jaar 1
    sec``, ``- 1 ste``), no prose."""
    stripped = text.strip()
    if len(stripped) > 40 or len(stripped.split()) > 4 or _prose(stripped):
        return False
    return not any(ch.isdigit() for ch in stripped) or (
        _LONG_FIGURE.search(stripped) is None and _LETTER.search(stripped) is not None)


def _own_number_line(text: str) -> bool:
    """Whether `text`, a few words ending in a number, may be a line of a row's name wrapped that
    ends in the name's own number (``modules 1- 4``, ``1- 4``, ``jaar 1``: as :func:`_name_line`, the
    number one that the word or range before it may own), not a row of one count (``Limburg 55``)."""
    stripped = text.strip()
    return (len(stripped) <= 40 and len(stripped.split()) <= 4 and _LONG_FIGURE.search(stripped) is None
            and not _prose(stripped) and ends_in_label_number(stripped))


_DASHES = frozenset("-\u2013\u2014")


#: A list item's bullet (``-``, ``–``, ``•``, ``*``): one spelling for a line of figures led by one
#: and for the items between a lead-in and it.
_BULLET = r"[-\u2013\u2022*]"
#: A line of figures alone, perhaps a list's item (``45 144``, ``- 45 144``, ``• 12 30``).
_FIGURES_ITEM = re.compile(r"\s*(?:" + _BULLET + r"\s+)?(?P<figures>\d[\d.]*(?:[ \t]+\d[\d.]*)+)\s*")
#: A list's item (a bullet, then text).
_ITEM = re.compile(r"\s*" + _BULLET + r"\s")


def _figures_led_into(lines: tuple[str, ...], covered: bytearray, said: set[int]) -> list[ParseIssue]:
    """``stray-number`` records (``figures-alone``) for lines of two figures or more alone, perhaps a
    list's item, that no table holds and no record says, right below a line leading into them (a colon
    at its end; blank lines and the same list's items aside): ``Ter vergelijking:`` / ``45 144`` — figures
    the text gives, which no table reads, never dropped in silence. The colon sets them apart from a
    page's number or a page foot (``2 3``); years alone are periods, no counts."""
    found: list[ParseIssue] = []
    for number, text in enumerate(lines, start=1):
        if covered[number] or number in said or text.rstrip()[-1:] not in _ENDS or not (
                match := _FIGURES_ITEM.fullmatch(text)):
            continue
        if not all(NUMBER.fullmatch(token) for token in match["figures"].split()):
            continue
        numbers = numbers_in(match["figures"])
        if len(numbers) < 2 or all(1900 <= n <= 2099 for n in numbers):
            continue
        k = number - 2
        while k >= 0 and not covered[k + 1] and (not lines[k].strip() or _ITEM.match(lines[k])):
            k -= 1
        if k < 0 or covered[k + 1] or not lines[k].rstrip().endswith(":"):
            continue
        found.append(ParseIssue("stray-number", number, "figures-alone", tuple(numbers), None,
                                text=fold(text.strip())[:80], other=fold(lines[k].strip())[:80]))
    return found


def _found(run: list[tuple[int, str]], lines: tuple[str, ...], regions: list[Region], paged: bool = True) -> list[ParseIssue]:
    """The record of `run` (:func:`_report`, :func:`_after_total`) — also for one row alone
    right below a table's closing total (``Brussels Hoofdstedelijk Gewest 140 152`` under
    ``Vlaams Gewest``, no total below it): a row of that table that no total covers is never
    dropped in silence, though one such line elsewhere may be prose's; and for one row alone
    right below a header that opened no table (:func:`_header_above`: ``Provincie  Opleiding
    juni 2023  2023  augustus 2023``, a month's name lost above it): a row of a table whose
    periods were not read."""
    if len(run) == 1 and run[0][1] == "numbers" and (below := _figures_below_rows(run[0][0], lines, regions, paged)):
        return below
    if len(run) == 1 and run[0][1] == "numbers" and len(token := lines[run[0][0] - 1].split()) == 1:
        # (one figure alone: no table by itself — a table printed one figure per line may end in it)
        return [ParseIssue("unreadable-table", run[0][0], FIGURE_ALONE, numbers_in(token[0]), None)]
    asides = _asides(run, lines, regions)
    if asides:
        return asides
    if all(title_year(lines[line - 1]) if kind in ("row", "short") else kind == "numbers" and _YEARS.fullmatch(
            lines[line - 1]) is not None and len(lines[line - 1].split()) == 1 for line, kind in run):
        # (``Jaarverslag VDAB      2021`` / ``Rapport      2022``: a list of titles and their years, no
        # counts; or its years alone, each a paragraph of its own as ``pdftotext`` prints them)
        return []
    found = _report(run, lines)
    if not found and len(run) >= 2 and (
        _count_header_above(run[0][0], lines, regions) or _counts_led_into(run, lines, regions)
    ):
        found = _report(run, lines, headed=True)  # (two rows of one count under a header: a table, not prose)
    if found and found[0].reason == "table-like-lines" and (named := _periods_named_above(run[0][0], lines, regions)):
        found = [replace(found[0], reason="periods-unclear", other=named)]
    if found and found[0].reason == "table-like-lines" and (joined := _row_in_header_above(run[0][0], lines, regions)):
        at, counts = joined  # (the run's first row joined to its header: said from the header's line, its figures too)
        found = [replace(found[0], line=at, numbers=(counts + found[0].numbers)[:40], text=fold(lines[at - 1])[:80])]
    if not found and len(run) == 1 and run[0][1] == "numbers":
        found = _numbers_alone(run[0][0], lines)
    if found or len(run) != 1 or run[0][1] not in ("row", "short"):
        return _after_total(found, lines, regions)
    first = run[0][0]
    numbers = numbers_in(lines[first - 1])
    if all(1900 <= n <= 2099 for n in numbers):
        return []  # (years alone: a period's label, no counts)
    alone = ParseIssue("unreadable-table", first, "table-like-lines", numbers[:40], None, unread=True,
                       text=fold(lines[first - 1])[:80], other_line=first)
    below = _after_total([alone], lines, regions)
    if below[0].reason == "rows-after-total":
        return [replace(below[0], reason="row-after-total")]
    header = _header_above(first, lines, regions)
    return [] if header is None else [replace(alone, reason="row-under-header", other=fold(lines[header - 1].strip())[:80])]


#: The figures a page's number may be: one figure alone beside a table under this is told from
#: none (``12``: the page's foot); from it on (``120``, ``1.472``) no answer numbers its pages so.
PAGE_NUMBERS = 100


def _figures_below_rows(first: int, lines: tuple[str, ...], regions: list[Region], paged: bool = True) -> list[ParseIssue]:
    """The record of one line of figures alone (1-based `first`: two or more, or one that no page's
    number is — `paged`: the lines may hold one, else any figure; not all years) right beside a
    table, blank lines aside — never dropped in silence:

    - right below its last row, as many figures as its rows print at most (``… 3de jaar 30 20`` /
      ``120 130``; ``2 3`` under three periods): a row of that table without its label — its
      total, perhaps, its word lost or never printed, or cells left blank — which no label lets the
      reader take for either: ``figures-below-rows`` for as many figures as the rows print,
      ``fewer-figures-below-rows`` for fewer (which columns they stand under cannot be told). More
      figures than the rows print are no row of it (:func:`_numbers_alone` says three or more);
    - right below its closing total line: ``row-after-total`` (a table's rows stand above its
      total), as a row alone there is (:func:`_found`);
    - right above its header: ``figures-above-header`` (a table starts at its header; a row of a
      table above that lost its label, or a caption's figures).

    None for a page's number (one figure under :data:`PAGE_NUMBERS`) or a date (words)."""
    numbers = numbers_in(lines[first - 1])
    if not numbers or all(1900 <= n <= 2099 for n in numbers) or len(numbers) == 1 and paged and numbers[0] < PAGE_NUMBERS:
        return []
    text = fold(lines[first - 1].strip())[:80]
    above = next((r for r in reversed(regions) if r.end < first), None)
    if above is not None and above.items and above.items[-1].texts and above.items[-1].kind in ("row", "total"):
        last = above.items[-1]
        between = [lines[k].strip() for k in range(max(above.end, last.last_line), first - 1) if lines[k].strip()]
        # (a note's lines between, ``(*) voorlopige cijfers`` / ``Bron: VDAB``: no row, the figures as near the
        # rows — one note or several, each line a note's)
        noted = between if between and all(NOTE_LINE.match(b) or figures_note(b) for b in between) else []
        if not between or noted:
            words = fold(numeric_tail(last.texts[-1 - len(last.suffix)].strip())[0].strip())[:80]
            if last.kind == "total":
                return [ParseIssue("unreadable-table", first, "row-after-total", numbers[:40], None, unread=True,
                                   text=text, other_line=first, other=words or "Totaal",
                                   label=_notes_label(noted))]
            # (as many columns as the table's rows print at most: its last row may leave a cell blank)
            columns = max((len(numeric_tail(item.texts[-1 - len(item.suffix)].strip())[1])
                           for item in above.items if item.kind == "row" and len(item.texts) > len(item.suffix)), default=0)
            if len(numbers) > columns:  # (more figures than the table's rows print: no row of it, a table-like line)
                return [] if len(numbers) == 1 else _numbers_alone(first, lines, least=2)
            reason = "figures-below-rows" if len(numbers) == columns else "fewer-figures-below-rows"
            return [ParseIssue("unreadable-table", first, reason, numbers[:40], None, unread=True,
                               text=text, other_line=first, other=words, label=_notes_label(noted))]
    below = next((r for r in regions if r.start > first), None)
    if below is not None and len(numbers) <= 2 and not any(lines[k].strip() for k in range(first, below.start - 1)):
        return [ParseIssue("unreadable-table", first, "figures-above-header", numbers, None, unread=True, text=text,
                           other_line=first, other=fold(lines[below.start - 1].strip())[:80])]
    return []


def _notes_label(notes: list[str]) -> str | None:
    """The note lines between a table and figures below it, as a record's ``label``: each line (folded,
    80 characters at most) on a line of its own; None for none."""
    return "\n".join(fold(note)[:80] for note in notes) or None


def _numbers_alone(first: int, lines: tuple[str, ...], least: int = 3) -> list[ParseIssue]:
    """The record of one line of only numbers (1-based `first`) that no table took: three
    figures at least, not all years — a row whose label is a number (a table on its side, its
    one period's line: ``2018 376 33 35 444`` under a header not read), which no prose prints;
    never dropped in silence. None for fewer figures (a page's number, ``2 3``) — `least`: two right
    below a table's rows that print one (:func:`_figures_below_rows`)."""
    numbers = numbers_in(lines[first - 1])
    if len(numbers) < least or all(1900 <= n <= 2099 for n in numbers):
        return []
    return [ParseIssue("unreadable-table", first, "table-like-lines", numbers[:40], None, unread=True,
                       text=fold(lines[first - 1])[:80], other_line=first)]


def _header_above(first: int, lines: tuple[str, ...], regions: list[Region]) -> int | None:
    """The 1-based line right above line `first` (blank lines aside) when no table holds it and
    it is worded as a header of periods (:func:`~okot_audit.parse.regions.header_worded`), else None."""
    k = first - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or any(r.start <= k + 1 <= r.end for r in regions) or not header_worded(lines[k]):
        return None
    return k + 1


def _row_in_header_above(
    first: int, lines: tuple[str, ...], regions: list[Region],
) -> tuple[int, tuple[int, ...]] | None:
    """The 1-based line right above line `first` (blank lines aside), held by no table, when it
    is a header of periods that holds counts besides (:func:`~okot_audit.parse.regions.counts_in_header`):
    the first row of the table below, joined to its header where an extractor's layout put the
    two in one row (a table typed by hand, its rows' figures under no period's label: ``Opleiding
    Bouw 30 januari 2020 44 12 februari 2020 …``) — and those counts; else None. Its figures are
    never left out of the record of the rows below."""
    k = first - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or any(r.start <= k + 1 <= r.end for r in regions):
        return None
    counts = counts_in_header(lines[k])
    return (k + 1, numbers_in(" ".join(counts))) if counts else None


def _count_header_above(first: int, lines: tuple[str, ...], regions: list[Region]) -> bool:
    """Whether the line right above line `first` (blank lines aside), held by no table, is a
    header of one column of counts with its year (``Opleiding Aantal (2021 voorlopig)``,
    ``Stand 2021 Opleiding Aantal``, ``2021: Aantal``): a few words that end as a header's
    line does (regions.header_end), a year among them and no other number, no sentence."""
    k = first - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or any(r.start <= k + 1 <= r.end for r in regions):
        return False
    text = lines[k].strip()
    if lead_in(text):
        return True  # (a line leading into the rows that names their period: ``In 2021 en 2022 startten:``)
    if len(text.split()) > 8 or text.endswith((".", "?", "!", ",", ";")) or _prose(text):
        return False
    numbers = _DIGIT_RUN.findall(_DAY.sub(" ", text))  # (``stand 30 juni 2021``: the day of a date, no count)
    return bool(numbers) and all(YEAR.fullmatch(n) for n in numbers) and header_end(text)[0]


#: Words of a line leading into rows that say its rows are figures (``Het aantal … per sector:``,
#: ``De cijfers per sector:``), besides a unit's (:func:`~okot_audit.parse.words.units_of`).
_FIGURES_WORD = re.compile(r"\b(?:aantal|aantallen|cijfers)\b", re.I)


def _counts_led_into(run: list[tuple[int, str]], lines: tuple[str, ...], regions: list[Region]) -> bool:
    """Whether `run`, lines of a short label and one count each (``Zorg 40`` / ``Onderwijs 21``),
    stands right below a line leading into it (blank lines aside, held by no table): a few words
    ending in a colon, that name no period — which :func:`_count_header_above` would see — but
    settle that the rows count: they name a unit or the figures (``Het aantal cursisten per
    sector:``, ``De cijfers per sector:``), or every row's label is a sector, a province or a
    category of persons. A list under ``Zie de vragen:`` or ``Bel ons:`` (references, numbers
    to call: the run's lines no ``short`` kind, or their labels no such name) stays prose."""
    if any(kind != "short" for _, kind in run):
        return False
    k = run[0][0] - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or any(r.start <= k + 1 <= r.end for r in regions):
        return False
    text = " ".join(lines[k].split())
    if not text.endswith(":") or len(text.split()) > 30 or re.search(r"[.?!;]\s", text):
        return False
    if units_of(text) or _FIGURES_WORD.search(text):
        return True
    labels = [numeric_tail(lines[line - 1].strip())[0].strip() for line, _ in run]
    return all(sector_name(label) or province_name(label) or partition_of(label) for label in labels)


def _periods_named_above(first: int, lines: tuple[str, ...], regions: list[Region]) -> str | None:
    """The line right above line `first` (blank lines aside), held by no table, when it is
    worded as a header of one column of counts or a line leading into rows (:func:`_count_header_above`)
    and names two periods or more in its words, no list of periods (``In 2021 en 2022
    startten:``, ``Opleiding Aantal (2021 en 2022)``): which period the rows count cannot be
    told. Its words (80 characters at most), else None."""
    k = first - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or not _count_header_above(first, lines, regions):
        return None
    text = lines[k].strip()
    if len(set(years_named(text))) < 2 or period_list(text) is not None:
        return None
    return fold(text)[:80]


def _asides(run: list[tuple[int, str]], lines: tuple[str, ...], regions: list[Region]) -> list[ParseIssue]:
    """The ``column-not-checked`` records of `run` when it stands right below a table (blank
    lines aside) and each of its lines is a row that is no part of what the table's total adds
    up (regions.aside_kind: ``waarvan zorg 2.010`` below a table of school years; ``Gemiddelde``):
    one per kind, its table said later (parse: the table above)."""
    if not run:
        return []
    kinds = [aside_kind(lines[line - 1]) for line, _ in run]
    if None in kinds:
        return []
    first = run[0][0]
    above = next((r for r in reversed(regions) if r.end < first), None)
    if above is None or any(lines[k].strip() for k in range(above.end, first - 1)):
        return []
    rows = {kind: [(line, lines[line - 1]) for (line, _), k in zip(run, kinds) if k == kind] for kind in kinds}
    return [aside_issue(str(kind), found) for kind, found in rows.items()]


def aside_issue(kind: str, rows: list[tuple[int, str]], table: str | None = None) -> ParseIssue:
    """The ``column-not-checked`` record of a table's rows of one aside kind (regions.ASIDE_KINDS):
    rows that count a subset of a line above them (``waarvan vrouwen``), or values over the rows
    (``Gemiddelde``, ``Aandeel vrouwen (%)``) — no parts of what its total adds up, not read as
    cells. `rows`: each row's line and text; their labels (`text`) and values as printed
    (`other`), row by row: ``Gemiddelde; Mediaan`` and ``911 977; 1.002 1.100``."""
    return aside_record(kind, [(line, *aside_parts(text)) for line, text in rows], table)


def aside_record(kind: str, rows: "list[tuple[int, str, list[str]]]", table: str | None = None) -> ParseIssue:
    """:func:`aside_issue` of rows each given as its line, its label and its values as printed."""
    labels = [label for _, label, _ in rows]
    values = [" ".join(tail) for _, _, tail in rows]
    return ParseIssue(
        "column-not-checked", rows[0][0], f"{kind}-rows", (), table, text=ASIDE_SEPARATOR.join(labels),
        other=ASIDE_SEPARATOR.join(values), other_line=rows[-1][0], rows=tuple(zip(labels, values)),
    )


def _after_total(found: list[ParseIssue], lines: tuple[str, ...], regions: list[Region]) -> list[ParseIssue]:
    """`found` (one record or none), said again as lines that stand right below a table's
    closing total line (blank lines aside) where the record says only that no header was found
    (``Vlaams Gewest 2.990 3.040`` closing the provinces, then ``Brussels Hoofdstedelijk Gewest
    57 60`` and ``Totaal 3.045 3.098``): their header is the table's, but rows below a table's
    total line are no rows of it, and the finding says so, with the total line's words."""
    if not found or found[0].reason != "table-like-lines":
        return found
    first = found[0].line
    above = next((r for r in reversed(regions) if r.end < first), None)
    if (
        above is None or not above.items or above.items[-1].kind != "total"
        or any(lines[k].strip() for k in range(above.end, first - 1))
    ):
        return found
    total = fold(numeric_tail(above.items[-1].texts[-1].strip())[0])
    return [replace(found[0], reason="rows-after-total", other=total or "Totaal")]


#: A decimal number (``0.2804``, ``12,5``): a share or an average, no count.
_DECIMAL = re.compile(r"[+\-]?\d+[.,]\d+%?")


def _decimal_tail(text: str) -> int:
    """How many decimal numbers end `text` (one at most: a count may stand before it)."""
    last = text.rsplit(None, 1)[-1]
    return 1 if _DECIMAL.fullmatch(last) and NUMBER.fullmatch(last) is None else 0


def _mirrored(text: str) -> str | None:
    """``mirrored`` when `text`, read backwards, is a table's row, total line or header
    (``66 16 06 75 lessurB``: ``Brussel 57 60 61 66``), as pdfplumber prints a turned page among
    upright ones; else None."""
    return "mirrored" if _table_like(text.strip()[::-1]) in ("row", "total") else None


def _table_like(text: str) -> str | None:
    """``numbers`` (a line of only numbers), ``row`` (words then 2+ numbers), ``glued`` (a
    label's word with figures glued to it, :data:`_GLUED`), ``short`` (a few
    words and one number: in runs of :data:`SHORT_RUN` lines or beside other kinds), ``total`` (a
    total line with numbers), ``shares`` (words then 2+ percentages or decimals: a row of a
    table of shares, :mod:`~okot_audit.parse.derived`), or None."""
    stripped = text.strip()
    if not stripped or stripped[-1] not in _ENDS:
        return None  # every kind ends in a number (a share in a percent sign, an amount in its unit)
    amounts = amounts_at_end(stripped)
    if amounts:  # (``Kostprijs € 1.234,56 € 2.345,00``: amounts of money, no counts)
        return "amounts" if len(amounts) >= 2 else "short"
    if counts_then_amounts(stripped):
        return "row"  # (``Graduaat verpleegkunde 60 € 1.234,56``: counts, and a column of amounts beside them)
    if not stripped[-1].isdecimal() and stripped[-1] != "%":
        return None
    if ONLY_NUMBERS.match(stripped):
        return "numbers"
    head, tail = numeric_tail(stripped)
    if not tail and _GLUED.search(stripped):
        return "glued"  # a row whose figures an extractor printed without a space between them
    if not tail:
        shares = derived_tail(stripped) or _decimal_tail(stripped)
        if not shares or not _LETTER.search(stripped):
            return None
        counts = len(numeric_tail(stripped.rsplit(None, 1)[0])[1])
        # two shares or more (``Antwerpen 27,7% 28,1%``), or a count beside one (``Man 1200 0.2804``)
        return "shares" if shares >= 2 else "row" if counts else None
    if TOTAL_LINE.match(stripped) or GRAND_LINE.match(stripped):
        return "total"
    if len(tail) >= 2 and tail[0].group()[:1] == "0" and len(tail[0].group()) > 1 and not stripped[:tail[0].start()].endswith("  "):
        return None  # a phone number's digits after a name (``VDAB 0800 30 700``): no count opens with a zero
    if len(tail) >= 2 and len(head) <= 120 and (_LETTER.search(head) or _DIGIT.search(head)):
        return "row"  # a label (words, a code, a period: ``2016-2017  3  1  4``) and its counts
    if len(_SET_OFF.findall(text)) >= 3:
        return "row"  # labels and counts in turn, each a cell (two lines of a header and a row run together)
    if len(tail) == 1 and len(head) <= SHORT_LABEL and _LETTER.search(head) and stripped[:tail[0].start()].endswith("  "):
        return "row"  # a short label and one count set off as a cell (``25-54 jaar      55``: a table of one column)
    if len(tail) == 1 and _ONE_COUNT_ROW.match(head) and not _DATED.search(stripped) and (
        not _PROSE_NUMBER.search(stripped) or (YEAR.fullmatch(tail[0].group()) and label_kind(head.strip()))
    ):
        # a label of a few words and one count (``Limburg 55``): a row of a table of one column — a
        # sector's, a province's or a category's too where its count looks like a year (``Zorg 2000``)
        return "short"
    return None


def _report(run: list[tuple[int, str]], lines: tuple[str, ...], headed: bool = False) -> list[ParseIssue]:
    """One record for a run that looks like a table (two lines or more, or a total line; two
    short lines only when `headed`: a header of counts stands above them)."""
    if not run or (len(run) < 2 and run[0][1] != "total"):
        return []
    if not headed and len(run) < SHORT_RUN and all(kind in ("short", "beside") for _, kind in run):
        return []  # two short lines ending in a number, or two lines of prose with two numbers, may be prose's
    first, last = run[0][0], run[-1][0]
    digits: tuple[int, ...] = ()
    numbers = tuple(n for line, kind in run
                    for n in numbers_in(lines[line - 1].strip()[::-1] if kind == "mirrored" else lines[line - 1]))
    bare = sum(1 for _, kind in run if kind == "numbers")
    shares = [line for line, kind in run if kind == "shares"]
    amounts = [line for line, kind in run if kind == "amounts"]
    glued = [line for line, kind in run if kind == "glued"]
    scattered = (bare * 2 > len(run) and len(run) >= 4) or one_figure_per_line(lines, first, last, least=2)
    reason = "one-figure-per-line" if scattered else "table-like-lines"
    other = None
    mirrored = [line for line, kind in run if kind == "mirrored"]
    beside = [line for line, kind in run if kind == "beside"]
    if len(beside) * 2 > len(run):  # rows and prose side by side on each line: which words are whose is lost
        reason = "table-beside-prose"
    elif len(mirrored) * 2 > len(run):  # an extractor read the page backwards: its rows are not read
        reason = "text-mirrored"
    elif len(glued) * 2 > len(run):  # which digits make which figure is lost: no number is one
        reason = "figures-glued"
        other = fold(lines[glued[-1] - 1].strip())[:60]
        digits = tuple(n for line in glued if (n := _glued_digits(lines[line - 1])))
    elif len(amounts) * 2 > len(run):
        reason = "amounts-only"
        values = [a for line in amounts for a in amounts_at_end(lines[line - 1])]
        other = " ".join(values[:8]) + (" …" if len(values) > 8 else "")
    elif len(shares) * 2 > len(run):
        reason = "shares-only"
        values = [w for line in shares for w in lines[line - 1].split()[-derived_tail(lines[line - 1]):]]
        other = " ".join(values[:8]) + (" …" if len(values) > 8 else "")
    elif not scattered and len(run) >= MIN_LINES and (header := header_beside_prose(lines[first - 1])):
        reason, other = "prose-beside-table", header  # (rows after prose that no key opens: which words are whose is lost)
    elif not scattered and (quarters := _quarters_above(run, lines)):
        reason, other = "quarter-periods", ", ".join(quarters)
    elif not scattered and (quarters := _quarter_lines(run, lines)):
        reason, other = "quarter-lines", ", ".join(quarters)
    elif not scattered:
        columns = _category_columns(run, lines)
        if columns is not None:
            reason, other = "columns-without-periods", columns
    return [ParseIssue(
        "unreadable-table", first, reason, numbers[:40], None, unread=True,
        text=fold(lines[first - 1])[:80], other_line=last, other=other,
        digits=digits,
    )]


def _glued_digits(line: str) -> int:
    """How many digits of figures a line of glued figures holds (``Limburg529540555560``,
    ``640601577Antwerpen``: 12 and 9): none for a header of years glued (``Provincie2019202020212022``), which are periods."""
    match = _GLUED.search(line.strip()) or _GLUED_FIRST.match(line)
    run = "".join(ch for ch in match.group() if ch.isdigit()) if match else ""
    if len(run) % 4 == 0 and all(run[i:i + 2] in ("19", "20") for i in range(0, len(run), 4)):
        return 0
    return len(run)


#: A quarter or half year as a header names it: ``Q1 2022``, ``2022-Q1``, ``K1``, ``H1 2022``,
#: ``1ste kwartaal 2022``, ``eerste kwartaal``, ``kwartaal 1``, ``1e semester 2022``, ``eerste
#: helft``, ``januari-juni 2022``.
_QUARTER = re.compile(
    r"\b(?:19|20)\d{2}\s?[-/]?\s?[QKH][1-4]\b|\b[QKH][1-4]\b(?:\s?[-/]?\s?(?:19|20)\d{2}\b)?"
    r"|\b(?:[1-4]\s?(?:ste|de|e)|eerste|tweede|derde|vierde)\s+(?:kwartaal|trimester|semester|helft|jaarhelft)\b"
    r"(?:\s+(?:19|20)\d{2}\b)?"
    r"|\bkwartaal\s+[1-4]\b(?:\s+(?:19|20)\d{2}\b)?"
    r"|\b" + MONTH_NAME + r"[-\u2013]" + MONTH_NAME + r"\s+(?:19|20)\d{2}\b",
    re.I,
)


def _quarter_lines(run: list[tuple[int, str]], lines: tuple[str, ...]) -> list[str]:
    """The parts of one year that lines of `run` open with, two at least of the same year
    (``jan-mrt 2024  120`` / ``apr-jun 2024  130``: a table on its side by quarter), else none."""
    found = [" ".join(m.group().split()) for line, _ in run if (m := _QUARTER.match(lines[line - 1].strip()))]
    years = [m.group() for part in found if (m := YEAR.search(part))]
    return found if len(years) >= 2 and len(set(years)) < len(years) else []


def quarters_named(header: str) -> list[str]:
    """The quarters or half years a header's line names as its columns, two at least, else
    none (``Opleiding Q1 2023 Q2 2023``: the same year's parts, which no period of okot-audit's
    is)."""
    found = [" ".join(m.group().split()) for m in _QUARTER.finditer(header)]
    return found if len(found) >= 2 else []


def _quarters_above(run: list[tuple[int, str]], lines: tuple[str, ...]) -> list[str]:
    """The quarters the header right above `run` names as its columns (blank lines aside), two
    at least (``Leeftijd Q1 2022 Q2 2022``), else none: a table by quarter, whose periods no
    reader of okot-audit's reads. A header whose cells wrapped (``1ste kwartaal 2022`` in a
    narrow cell) is read over its lines: one cell's pieces after another (``Leeftijd 1ste`` /
    ``kwartaal`` / ``2022`` / ``2de`` …), or the cells' pieces line by line (``Leeftijd 1ste
    2de`` / ``kwartaal kwartaal`` / ``2022 2022``, the label's word on any of them): each
    column's pieces joined."""
    # (a wrapped header's years alone on their lines may open the run: ``2022`` / ``2de`` / …)
    first = next((line for line, kind in run if kind != "numbers" or not _YEARS.fullmatch(lines[line - 1])), run[0][0])
    above = first - 2  # 0-based
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0:
        return []
    header = [lines[above]]
    while len(header) < _HEADER_PIECES and above > 0 and _header_piece(lines[above - 1]):
        above -= 1
        header.insert(0, lines[above])
    if not any(_DIGIT.search(line) or "kwartaal" in line.lower() for line in header):
        return []
    found = [" ".join(m.group().split()) for m in _QUARTER.finditer(header[-1])]
    if len(found) >= 2 or len(header) == 1:
        return found if len(found) >= 2 else []
    found = [" ".join(m.group().split()) for m in _QUARTER.finditer(" ".join(header))]
    words = [line.split() for line in header]
    width = len(words[-1])
    # (each line the columns' pieces, perhaps after the label column's word: ``Leeftijd``)
    if width >= 2 and all(len(w) in (width, width + 1) for w in words):
        columns = [" ".join(w[len(w) - width + j] for w in words) for j in range(width)]
        by_column = [" ".join(m.group().split()) for c in columns for m in _QUARTER.finditer(c)]
        if len(by_column) >= 2:
            return by_column
    return found if len(found) >= 2 else []


#: How many lines a header's wrapped cells may take, and what such a line is: short, no sentence.
_HEADER_PIECES = 8
#: A line of years only.
_YEARS = re.compile(r"\s*(?:(?:19|20)\d{2}\s*)+")


def _header_piece(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= 60 and not stripped.endswith((".", ":", "?"))


def _category_columns(run: list[tuple[int, str]], lines: tuple[str, ...]) -> str | None:
    """The header of a table across whose columns are categories, not periods (``Provincie
    Mannen Vrouwen Totaal`` over ``Antwerpen 120 80 200``): the line of words right above the
    run (blank lines aside), its words after the first as many as the figures of each row of
    the run. Its words, or None. Such a table holds no period per column; okot-audit's cells
    are counts by row and period, so it is reported, not read (a column is no period)."""
    first = run[0][0] - 1  # 0-based
    above = first - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0:
        return None
    words = lines[above].split()
    if not 3 <= len(words) <= 12 or any(_DIGIT.search(word) for word in words) or fold(lines[above]).endswith((".", ":", "?")):
        return None
    columns = len(words) - 1
    rows = [numeric_tail(lines[line - 1].strip())[1] for line, _ in run]
    if not all(len(tail) == columns for tail in rows):
        return None
    return " ".join(words)


#: Reasons of ``unreadable-table`` records that may be pieces of one table printed one figure
#: per line (its period labels, its rows, its total, read apart).
_PIECES = {"one-figure-per-line", "table-like-lines", "no-period"}
#: The reason of a record that is no finding of its own: one figure alone on its line outside
#: every table (:func:`_found`), which :func:`merge_one_figure_runs` takes into the span of a
#: table printed one figure per line that it trails (its total's figure after the last row's
#: name: ``Totaal`` / ``150``), or drops — alone it is a page's number, a date's day, prose's.
FIGURE_ALONE = "figure-alone"


def one_figure_per_line(lines: tuple[str, ...], first: int, last: int, least: int = 4) -> bool:
    """Whether lines `first` to `last` (1-based) print every cell as a paragraph of its own —
    each figure alone between blank lines, apart from its label (``pdftotext`` without
    ``-layout``): which figure belongs to which row and period is lost. (A figure on its own
    line right below its label, as pypdf prints a one-period table, is read as that row's.)
    Such figures — in paragraphs of figures alone, one a line (a column's cells stacked:
    ``45`` / ``45``) — are at least `least`, and more than twice the lines of a label and a
    count (not the label's own number: ``… module 5``, ``… - 1`` end lines of labels). A
    column's period printed alone atop the paragraph of its first figure (``2019*`` / ``4``: the
    header's cell and the cell below it, kept together by the extractor) is no label's line."""
    figures, texts = _figures_apart(lines, first, last)
    if figures < least:
        return False  # (the lines of a label and a count need not be counted)
    return figures > 2 * _rows(texts)


def _figures_apart(lines: tuple[str, ...], first: int, last: int) -> tuple[int, list[str]]:
    """How many figures lines `first` to `last` (1-based) print in paragraphs of figures alone
    (:func:`one_figure_per_line`), and the lines of their other paragraphs."""
    figures = 0
    paragraph: list[str] = []
    texts: list[str] = []
    for k in range(first - 1, last + 1):
        text = lines[k].strip() if k < last and k < len(lines) else ""
        if text:
            paragraph.append(text)
            continue
        if not paragraph or not all(NUMBER.fullmatch(line) for line in paragraph[1:]):
            texts += paragraph  # (the figures below the first line told first: the period look is the dearer)
        elif len(paragraph) > 1 and _period_alone(paragraph[0]):
            figures += len(paragraph) - 1
        elif NUMBER.fullmatch(paragraph[0]):
            figures += len(paragraph)
        else:
            texts += paragraph
        paragraph = []
    return figures, texts


def _rows(texts: list[str]) -> int:
    """How many of `texts` are a label and a count on one line (not the label's own number, nor a
    period's label alone: ``april 2018``, a header's cell printed as a paragraph of its own)."""
    return sum(1 for text in texts if label_and_number(text) and not ends_in_label_number(text)
               and not (len(text.split()) == 2 and _period_alone(text)))  # (a month and its year: two words)


#: The fewest figures alone that tell a block of lines printed one figure per line.
_SCATTERED_LEAST = 4


class Scattered:
    """Whether a table's lines print every cell as a paragraph of its own (``pdftotext``
    without ``-layout``: :func:`one_figure_per_line`), judged over the block of lines that holds
    the table — between the prose above it and the prose below it — not over the whole answer:
    the reader sets a table printed so back into rows where their order is the rows'
    (:mod:`okot_audit.read.paragraphs`), and another table of the same answer may stay as
    printed. A block of fewer than four figures alone is not told so (a table of one column
    is, by its own lines: :func:`one_figure_per_line` from two figures on)."""

    def __init__(self, lines: tuple[str, ...]) -> None:
        self.lines = lines
        #: (most texts have too few figures alone for any block of them to hold a table printed so)
        self.any = _figures_apart(lines, 1, len(lines))[0] >= _SCATTERED_LEAST
        self.prose: list[int] | None = None  # (the 1-based lines of prose, found on first use)
        self.judged: dict[tuple[int, int], bool] = {}

    def __call__(self, first: int, last: int) -> bool:
        """Whether the block of lines `first` to `last` (1-based) belong to prints one figure per line."""
        if not self.any:
            return False
        if self.prose is None:
            self.prose = [k for k, text in enumerate(self.lines, 1) if _prose(text)]
        before = bisect_left(self.prose, first)
        after = bisect_right(self.prose, last)
        block = (self.prose[before - 1] + 1 if before else 1,
                 self.prose[after] - 1 if after < len(self.prose) else len(self.lines))
        if block not in self.judged:
            figures, texts = _figures_apart(self.lines, *block)
            self.judged[block] = figures >= _SCATTERED_LEAST and figures > 2 * _rows(texts)
        return self.judged[block]


def _figures_below(lines: tuple[str, ...], end: int, ceiling: int) -> int:
    """The last 1-based line of the figures alone (blank lines between them) that follow line
    `end`, up to line `ceiling`: the last cells of a table printed one figure per line that no
    region took (``Totaal`` / ``150`` / ``45``: its total's last figure); `end` where none does.
    A period alone (``2021``: the next table's header cell) ends them."""
    last = end
    for k in range(end, min(ceiling, len(lines))):
        text = lines[k].strip()
        if not text:
            continue
        if NUMBER.fullmatch(text) is None or _period_alone(text):
            break
        last = k + 1
    return last


def _to_last_figures(issues: list[ParseIssue], lines: tuple[str, ...]) -> list[ParseIssue]:
    """`issues` with each table said to be printed one figure per line spanning, and listing,
    the figures alone that follow its last line up to the next record (:func:`_figures_below`):
    its region ends at its total's first figure, the others after it — every figure of the
    table in its span."""
    starts = sorted(issue.line for issue in issues)
    out = []
    for issue in issues:
        if issue.kind == "unreadable-table" and issue.reason == "one-figure-per-line":
            end = issue.other_line or issue.line
            after = bisect_right(starts, end)
            last = _figures_below(lines, end, starts[after] - 1 if after < len(starts) else len(lines))
            if last > end:
                more = tuple(n for k in range(end, last) for n in numbers_in(lines[k]))
                issue = replace(issue, other_line=last, numbers=(issue.numbers + more)[:40])
        out.append(issue)
    return out


def _period_alone(text: str) -> bool:
    """Whether line `text` is one period's label and nothing else (``2019*``, ``2020-2021``,
    ``januari 2021``): a header's cell."""
    found = period_list(text)
    return found is not None and not found[0].strip() and len(found[1]) == 1


_TRAILING_NUMBER = re.compile(r"\s\d[\d.]*\s*$")
_WORD_CHARACTER = re.compile(r"[^\W\d]")
_ASCII_DIGIT = re.compile(r"[0-9]")


def label_and_number(text: str) -> bool:
    r"""A letter, then no digit up to the number that ends the line (``… jaar 12``): what
    ``[^\W\d][^0-9]*\s\d[\d.]*\s*$`` finds, in time linear in the line (that search backtracks
    quadratically over a line of 20,000 characters)."""
    end = _TRAILING_NUMBER.search(text)
    if end is None:
        return False
    after_digits = _ASCII_DIGIT.split(text[: end.start()])[-1]
    return _WORD_CHARACTER.search(after_digits) is not None


def merge_one_figure_runs(
    issues: list[ParseIssue], lines: tuple[str, ...], pages: "tuple[int | None, ...] | None" = None,
) -> list[ParseIssue]:
    """One record per table printed one figure per line: the pieces such a table falls into
    (its period labels, runs of rows, a total read as a table of its own) are merged when only
    lines that are no prose — blank, page furniture, labels — stand between them, so the user
    gets one finding per table, not one per fragment."""
    out: list[ParseIssue] = []
    group: list[ParseIssue] = []

    def flush() -> None:
        # (figures alone before the table's first piece are none of its — only those that trail a
        # piece, and those among its header's period labels: :func:`_among_period_labels` — or a
        # table refused otherwise right above them, labels and no prose between)
        lead = []
        while group and group[0].reason == FIGURE_ALONE and not _among_period_labels(group[0], group, lines, pages):
            lead.append(group.pop(0))
        if lead and out and (_takes_trailing(out[-1]) or _refused_whole(out[-1])) and _no_prose_between(
                lines, out[-1].other_line or out[-1].line, lead[0].line, notes=True):
            out[-1] = _taking(out[-1], [i for i in lead if not _page_number(i, lines, pages)])
        elif lead and out and out[-1].kind == "unreadable-table" and out[-1].reason == "one-figure-per-line" and _same_page(
            pages, out[-1].other_line or out[-1].line, lead[-1].line,
        ):  # (prose between, on the page that table ends on: an extractor printed its total's last
            # figure after the next item's heading and the page's foot — ``3. Hieronder …`` /
            # ``Pagina 1 van 2`` / ``41`` — never dropped in silence; a page's number aside)
            out[-1] = _taking(out[-1], [i for i in lead if not _page_number(i, lines, pages)])
        pieces = [i for i in group if i.reason != FIGURE_ALONE]
        first = pieces[0] if pieces else None
        last = max((i.other_line or i.line for i in pieces), default=0)
        if first and (len(pieces) > 1 or first.reason == "one-figure-per-line") and (
            any(i.reason == "one-figure-per-line" for i in pieces) or one_figure_per_line(lines, first.line, last)
        ):  # (a table of one period falls into pieces of two figures, its labels between them)
            # (its span to the last figure that belongs to it: a figure alone after its last piece, a
            # page's number at the page's foot aside — its total's after the last row's name, ``Totaal`` / ``150``)
            trailing = [i for i in group[group.index(pieces[-1]) + 1:] if not _page_number(i, lines, pages)]
            leading = group[:group.index(first)]  # (figures alone among its header's labels)
            held = [i for i in group if i.reason != FIGURE_ALONE or i in trailing or i in leading]
            numbers = tuple(n for i in held for n in i.numbers)[:40]
            end = max(last, *(i.line for i in trailing)) if trailing else last
            start = leading[0].line if leading else first.line
            if len(pieces) == 1:  # (one record already: as it is, its span and figures run on)
                out.append(replace(first, line=start, numbers=numbers, other_line=end) if trailing or leading else first)
            else:
                table = next((i.table for i in group if i.table), None)
                out.append(ParseIssue(
                    "unreadable-table", start, "one-figure-per-line", numbers, table, unread=True,
                    text=first.text, other_line=end,
                ))
        else:  # (each figure alone said in the span of the piece it trails: ``Totaal`` / ``93`` below its rows)
            before: list[ParseIssue] = []  # (figures alone among the header's labels, before the first piece: in its span)
            for issue in group:
                if issue.reason != FIGURE_ALONE:
                    if before:
                        issue = replace(issue, line=before[0].line, other_line=issue.other_line or issue.line,
                                        numbers=(tuple(n for i in before for n in i.numbers) + issue.numbers)[:40])
                        before = []
                    out.append(issue)
                elif issue is group[0] or before:
                    before.append(issue)
                elif not _page_number(issue, lines, pages):
                    out[-1] = _taking(out[-1], [issue])
        group.clear()

    for issue in sorted(issues, key=lambda i: (i.line, i.kind)):
        if group and _trails_as_figure_alone(issue) and _no_prose_between(lines, group[-1].other_line or group[-1].line, issue.line):
            # (one figure said beside a table's rows or total, trailing a piece of a table refused
            # here: that table's figure printed late — ``Totaal`` / ``88`` / ``118`` — in its span)
            issue = ParseIssue("unreadable-table", issue.line, FIGURE_ALONE, issue.numbers, None)
        piece = issue.kind == "unreadable-table" and (issue.reason in _PIECES or issue.reason == FIGURE_ALONE)
        if not piece:
            flush()
            out.append(issue)
            continue
        if group and not _no_prose_between(lines, group[-1].other_line or group[-1].line, issue.line):
            flush()
        group.append(issue)
    flush()
    return _to_last_figures(out, lines)


#: The records of figures alone beside a table's rows or total (:func:`_figures_below_rows`).
_BESIDE_ROWS = ("row-after-total", "figures-below-rows", "fewer-figures-below-rows")


def _trails_as_figure_alone(issue: ParseIssue) -> bool:
    """Whether `issue` is one figure said beside a table's rows or total (:data:`_BESIDE_ROWS`),
    which right after a piece of a table refused as printed (no prose between) is a figure alone
    of that table's, as before such records were made."""
    return issue.kind == "unreadable-table" and issue.reason in _BESIDE_ROWS and len(issue.numbers) == 1


def _same_page(pages: "tuple[int | None, ...] | None", first: int, last: int) -> bool:
    """Whether 1-based lines `first` to `last` are on one page (`pages`: each line's, None for one)."""
    if pages is None:
        return True
    return len({pages[k - 1] for k in range(first, last + 1) if k - 1 < len(pages)}) <= 1


def _takes_trailing(issue: ParseIssue) -> bool:
    """Whether `issue` is a table refused outside every read table (no table's, its lines
    unread), whose span a figure alone trailing it (labels, no prose, between) runs on to."""
    return issue.kind == "unreadable-table" and issue.unread and issue.table is None and issue.reason != FIGURE_ALONE


def _refused_whole(issue: ParseIssue) -> bool:
    """Whether `issue` is a table refused whole as printed one figure per line (plain ``pdftotext``:
    every cell a paragraph), under its title's id or none: no table was read of its lines, and a
    figure alone that trails it (its note, no prose, between) is one of its cells — every figure of
    the table in its span (:func:`_to_last_figures`)."""
    return issue.kind == "unreadable-table" and issue.unread and issue.reason == "one-figure-per-line"


def _taking(issue: ParseIssue, figures: list[ParseIssue]) -> ParseIssue:
    """`issue` with its span run on to the figures alone `figures` that trail it, and their numbers
    among its own: a table refused with its rows on their lines (``table-like-lines``) whose last
    row's name and total's word an extractor printed after the figures but the total's (a tall
    label cell: ``Bakker brood`` / ``en banket`` / ``Totaal`` / ``93``) — every figure said."""
    if not figures:
        return issue
    return replace(issue, other_line=max(issue.other_line or issue.line, figures[-1].line),
                   numbers=(issue.numbers + tuple(n for i in figures for n in i.numbers))[:40])


#: How many lines above a figure alone :func:`_among_period_labels` looks for a period's label
#: (a header's cells one a paragraph: the rows' key, a period, the first row's name, blank lines).
_LABELS_LOOK = 24


def _among_period_labels(
    issue: ParseIssue, group: list[ParseIssue], lines: tuple[str, ...], pages: "tuple[int | None, ...] | None",
) -> bool:
    """Whether a figure alone (`issue`) before the first piece of a table printed one figure per
    line (`group`: its records) stands below that table's period labels — a period alone on a
    line above it, no prose between (``mei 2021`` / ``Antwerpen`` / ``50`` / ``juni 2021``:
    ``pdftotext`` printed the first row's name and first figure among the header's cells; or
    ``2022`` / a name / ``4``: a table of one period, its first count before the first piece):
    a cell of the table, never dropped. A page's number is none."""
    if _page_number(issue, lines, pages) or _next_period_label(issue.line, lines):
        return False
    if not any(i.reason != FIGURE_ALONE and i.line > issue.line for i in group):
        return False
    k = issue.line - 2
    while k >= max(0, issue.line - 2 - _LABELS_LOOK) and not _prose(lines[k]):
        if _period_alone(lines[k]):
            return True
        k -= 1
    return False


def _next_period_label(line: int, lines: tuple[str, ...]) -> bool:
    """Whether 1-based line `line` is a year alone right below a period's label alone that it follows
    (blank lines aside: ``2020`` / ``2021``): the header's next period, printed a cell a paragraph
    — a label, never a figure of the table (its refusal lists its counts, not its periods)."""
    text = lines[line - 1].strip()
    if YEAR.fullmatch(text) is None:
        return False
    k = line - 2
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or not _period_alone(lines[k]):
        return False
    years = [int(y) for y in A_YEAR.findall(lines[k])]
    return bool(years) and years[-1] < int(text)


def _page_number(issue: ParseIssue, lines: tuple[str, ...], pages: "tuple[int | None, ...] | None") -> bool:
    """Whether a figure alone (`issue`) is a page's number: no larger than the pages' count (each
    line's page: `pages`, None for one page), at the page's foot (the next page's first line or
    the text's end after it, blank lines aside)."""
    last = max((p or 1 for p in pages), default=1) if pages else 1
    if issue.numbers[:1] and issue.numbers[0] > last:
        return False
    k = issue.line  # (0-based: the line after it)
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k >= len(lines) or (pages is not None and k < len(pages) and pages[k] != pages[issue.line - 1])


def _no_prose_between(lines: tuple[str, ...], after: int, before: int, notes: bool = False) -> bool:
    """Whether the lines strictly between 1-based lines `after` and `before` hold no prose — with
    `notes`, a table's note or source (:data:`~okot_audit.patterns.NOTE_LINE`: ``Bron: VDAB.``,
    ``(*) voorlopige cijfers.``) neither: it is the table's, and plain ``pdftotext`` prints a
    line's last figure after it (``Bron: VDAB.`` / ``42``, the figure set further right on the
    page than the note's words) — a figure that trails a table refused there is that table's."""
    return not any(_prose(lines[number - 1]) and not (notes and NOTE_LINE.match(lines[number - 1]))
                   for number in range(after + 1, before))


def _prose(text: str) -> bool:
    """A line of prose: long, a sentence's end, or a numbered item of the answer — not a
    footnote (``*Voor het jaar …``): it belongs to the table, whose last figures an extractor
    may print after it."""
    text = text.strip()
    if text.startswith("*"):
        return False
    return bool(text) and (len(text) > 80 or text[-1] in ".?!:;" or NUMBERED.match(text) is not None)

