"""Lexical patterns and words shared below the layers that need them: both reading steps (the
PDF layout, ``okot_audit.read``, and the table reader, ``okot_audit.parse``) and what reads
their model (``okot_audit.totals``, the rules, the reports). They live here, below all of them,
so that none keeps a copy and no rule asks the reader (tests/test_layers.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: A count as printed: ``12``, ``1472`` or with Dutch thousands separators ``1.472``.
NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")
#: A figure that no name's own number is: three digits or more, or with thousands (``120``,
#: ``1.472``) — a name's own is one or two digits (``modules 1-`` / ``4``, ``module`` / ``5``).
COUNT_NO_NAME_HOLDS = re.compile(r"\d{1,3}(?:\.\d{3})+|\d{3,}")
#: A negative number as printed (``-4``, ``−1.250``): a value, never a count of persons (shared
#: by the reader of text, which names it, and the PDF reader, which keeps its line a row's).
NEGATIVE = re.compile(r"[-\u2212\u2013](?:\d{1,3}(?:\.\d{3})+|\d+)")
#: A range as printed (``30-35``, ``1.000–1.500``): a value, never a count of persons (shared as
#: NEGATIVE is: the reader of text names it, the PDF reader keeps its line a row's).
RANGE = re.compile(r"\d+(?:\.\d{3})*[-\u2013]\d+(?:\.\d{3})*")
#: A blank cell printed as a mark: a dash or a slash, an ``x`` standing alone as a token, or
#: ``n.v.t.`` / ``n.b.`` (not applicable, not known), or an ellipsis (``…``, ``...``: no figure
#: known). Matched whole against one token, so the ``x`` of a word is never one.
BLANK_MARK = re.compile(r"[-\u2013\u2014/x]|n\.?v\.?t\.?|n\.?b\.?|\.{3}|\u2026", re.I)
#: A blank mark of x's, alone on a line (``xx``, ``XXX``; one ``x`` or ``x x`` may be a row's
#: blank cells): no word of a name, no number — no piece of the row above or below it.
X_MARKS_ALONE = re.compile(r"x{2,4}", re.I)

#: A caption, alone on its line, that says its table goes on (``Tabel 1 (vervolg)``, ``(vervolg)``,
#: ``Vervolg tabel 1``, ``vervolg van de tabel``; use ``fullmatch``): the table's own caption
#: between its rows, never the first line of a row's name — nor a name that starts with the word
#: (``Vervolgopleiding lasser``).
CONTINUATION_CAPTION = re.compile(
    r"\W*(?:tabel\s*\d*\W*)?\(?\s*vervolg(?:\s+van)?(?:\s+(?:de\s+)?tabel)?(?:\s*\d+)?\s*\)?\W*", re.I)
#: A blank cell's mark written out: ``niet beschikbaar`` (``n.b.``), ``niet van toepassing``
#: (``n.v.t.``), words of their own; the group ``beschikbaar`` where it is the first
#: (:func:`spelled_short`). One vocabulary of the marks made blanks (``parse.blanks``) and of
#: the marks counted before a row's figure (``parse.regions``).
SPELLED_BLANK = re.compile(r"(?<!\S)niet\s+(?:(beschikbaar)|van\s+toepassing)(?!\S)", re.I)


def spelled_short(mark: "re.Match[str]") -> str:
    """The abbreviation of a blank's mark written out (:data:`SPELLED_BLANK`): ``n.b.``,
    ``n.v.t.``, one token among a row's figures (a :data:`BLANK_MARK`)."""
    return "n.b." if mark.group(1) else "n.v.t."


#: A number that may start a count whose thousands a space sets apart (``1``, ``12``, ``102``
#: of ``102 250``; the no-break and thin spaces of printed numbers are plain spaces once the
#: text is read, ``okot_audit.source``), and the three digits that go on with it.
THOUSANDS_START = re.compile(r"[1-9]\d{0,2}")
THOUSANDS_REST = re.compile(r"\d{3}")
#: A space that sets a number's thousands apart inside one cell, as Dutch and French print them:
#: a plain, no-break (U+00A0), narrow no-break (U+202F) or thin (U+2009) space.
THOUSANDS_SPACE = re.compile("[ \u00a0\u202f\u2009]")
#: A cell that holds one number with its thousands set apart by :data:`THOUSANDS_SPACE`
#: (``1 012``, ``1\u2009012``; matched whole): the number 1012, never two figures — the one
#: pattern of every reader of cells (an HTML table's, a sheet's, a delimited table's).
SPACED_THOUSANDS = re.compile(r"\d{1,3}(?:" + THOUSANDS_SPACE.pattern + r"\d{3})+")

#: A page footer's word before its page's number (``Pagina 2``, ``blz. 2``; match case-blind), and
#: what stands between that number and the number of pages (``2 van 5``, ``2/5``, ``2 of 5``):
#: one spelling for the footers the furniture drops and those run into a row (:mod:`okot_audit.read.runon`).
PAGE_WORD = r"(?:pagina|page|pag\.|blz\.?|bladzijde)"
PAGE_OF = r"(?:/|van|of|op)"
#: :data:`PAGE_WORD` or ``p.``: the page words before a number alone on its line (:data:`PAGE_NUMBER`)
#: or in a line of the paper's own header — among other words ``p.`` abbreviates more.
PAGE_MARK_WORD = r"(?:" + PAGE_WORD + r"|p\.)"
#: The digits of a page's number and of a number of pages (``12``; a PDF has :data:`MAX_PAGES`
#: at most, ``okot_audit.read.pdf``).
PAGE_DIGITS = r"\d{1,4}"


def page_said(word: str = PAGE_WORD, page: str = "", of: str = "", count: bool | None = None) -> str:
    r"""The pattern of a page's number after its page word, perhaps the number of pages after it
    (``Pagina 2``, ``blz. 2 van 5``, ``pagina 2/5``) — the one spelling of a page's number that
    every pattern finds glued to other text or inside a line of words builds on, as
    :data:`PAGE_NUMBER` does for a line that is one whole. `word`: the page word's pattern
    (:data:`PAGE_WORD`; :data:`PAGE_MARK_WORD` with ``p.``; ``(?i:…)`` inside a pattern that is
    not case-blind; empty for the numbers alone); `page`, `of`: the names of the groups of the
    page's number and of the number of pages (no group where empty); `count`: whether the number
    of pages follows (None: perhaps; True: it does)."""
    number = f"(?P<{page}>{PAGE_DIGITS})" if page else PAGE_DIGITS
    pages = f"(?P<{of}>{PAGE_DIGITS})" if of else PAGE_DIGITS
    said = (word + r"\s*" if word else "") + number
    if count:
        return said + r"\s*" + PAGE_OF + r"\s*" + pages
    return said + r"(?:\s*" + PAGE_OF + r"\s*" + pages + ")?"


#: A page number standing alone on its line (``3``, ``3/7``, ``3 van 7``, ``- 3 -``, ``Pagina 3 van
#: 7``, ``p. 3``): its form, the one spelling of every reader (:func:`page_mark` tells what it
#: says). Here rather than in ``okot_audit.read.pdf``, so that reading text never loads the PDF
#: reader (ctypes). ``p.`` only before a number alone on its line: among words it abbreviates more.
PAGE_NUMBER = re.compile(
    r"^(?P<open>[-–—]\s*)?(?:(?P<word>" + PAGE_MARK_WORD + r")\s*)?" + page_said("", page="page", of="of")
    + r"(?P<close>\s*[-–—])?$",
    re.I,
)
#: A year as the answers print one (``2022``): the four digits of a year of this century or
#: the last; searched, or matched whole with ``fullmatch``.
YEAR = re.compile(r"(?:19|20)\d{2}")
#: A year anywhere in a line, the digits around it none of its own (``30/06/2024``: 2024).
A_YEAR = re.compile(r"(?<!\d)" + YEAR.pattern + r"(?!\d)")

#: The dashes between a school year's two years where the text keeps the en dash (``2021-2022``,
#: ``2021/22``, ``2021–2022``): :func:`period_pattern`'s `dashes` for the text's search.
PERIOD_DASHES = "-/\u2013"
#: The marks that stand for a school year's second year's century, cut off (``2019-'20``,
#: ``2019-’20``, ``2019-‘20``): a plain apostrophe and the two curly ones.
APOSTROPHES = "'\u2019\u2018"
#: One of :data:`APOSTROPHES`, as a pattern: the apostrophe of a plural (``diploma's``,
#: ``OKOT’s``, ``programma’s`` as Word's autocorrect prints it; NFKC folds none of them).
APOSTROPHE = f"[{APOSTROPHES}]"
#: A year cut to its last two digits after one of :data:`APOSTROPHES` (``’21``, ``'21``, ``‘21``:
#: 2021; ``2019-’20``'s second year) — the one spelling of such a year (:func:`cut_year` gives it
#: whole).
CUT_YEAR = APOSTROPHE + r"\d{2}(?!\d)"


def cut_year(digits: str, after: int | None = None) -> int:
    """The year whose last two `digits` a :data:`CUT_YEAR` prints: the first such year after the
    year `after` (``2019-’20``: 2020; ``1999-’01``: 2001), else in the 2000s (``’21``: 2021)."""
    if after is None:
        return 2000 + int(digits)
    year = after - after % 100 + int(digits)
    return year if year > after else year + 100


#: :data:`APOSTROPHES` each as the plain one (``str.translate``): a word looked up as its list spells it.
PLAIN_APOSTROPHE = str.maketrans({mark: "'" for mark in APOSTROPHES})
#: How a period's second year may stand after its dash (:func:`period_pattern`'s `end`): its
#: last two digits or all four of a year (``2021-22``, ``2021-2022``: single-spaced text and
#: headers read as words); two digits or four, whatever they are (a sheet's or a page grid's
#: cell, which a date's month may fill: ``2023-01``); two to four digits (a PDF's cell); a year's four
#: (``2021-2022`` only); its last two digits after one of :data:`APOSTROPHES` (``2019-'20``: the
#: form the text's reader writes plain, ``okot_audit.parse.context.plain_school_years``).
PERIOD_ENDS = {
    "year": r"(?:19|20)?\d{2}",
    "two-or-four": r"\d{2}(?:\d{2})?",
    "digits": r"\d{2,4}",
    "four": YEAR.pattern,
    "cut": APOSTROPHE + r"\d{2}",
}


def period_pattern(
    dashes: str = "-/", space: str = "", end: str = "year", apostrophe: bool = False, stars: str = "",
    year: str = YEAR.pattern, capture: bool = False, required: bool = False,
) -> str:
    r"""The pattern of a period as one form prints it — the one vocabulary of the readers' period
    tokens: a year (:data:`YEAR`: ``2022``), or a school year, its first year, a dash and its
    second (``2021-2022``), perhaps a footnote's mark after it. What differs between the forms
    is deliberate and given here: `dashes` the dashes a school year takes (``-/``, with the en
    dash ``\u2013`` where the text keeps one: :data:`PERIOD_DASHES`); `space` the white space that may stand around the
    dash (none where a period is one word; ``\s?`` in a PDF's cell, ``\s*`` in a sheet's);
    `end` how the second year is printed (:data:`PERIOD_ENDS`); `apostrophe` whether it may
    open with one of :data:`APOSTROPHES` (``2019-'20``, ``2019-’20`` as autocorrect prints it);
    `stars` the pattern of the marks after it (``\*{0,3}``, ``\**``, none); `year` the first
    year's pattern (a search may spell its first digits otherwise, the same year); `capture`:
    the first year and the second as groups 1 and 2; `required`: a school year only, its
    second year required (``2021-2022``, never ``2021``)."""
    second = PERIOD_ENDS[end]
    if capture:
        year, second = f"({year})", f"({second})"
    opening = f"[{APOSTROPHES}]?" if apostrophe else ""
    rest = f"{space}[{dashes}]{space}{opening}{second}"
    return f"{year}{rest}{stars}" if required else f"{year}(?:{rest})?{stars}"


@dataclass(frozen=True)
class PageMark:
    """A page's number as a line prints it whole (:func:`page_mark`): `number`, the number of pages
    `of` where it prints one (``3 van 7``, ``3/7``), and whether it says it is a page's number
    (`says`): a word (``Pagina 3``, ``p. 3``), the page count, or dashes on both sides (``- 3 -``)
    — never a figure alone (a wrapped label's last digit, ``jeugd- 2``), and one dash before a
    number is a wrapped label's last piece as well (``- 3`` right above the page's number)."""

    number: int
    of: int | None
    says: bool
    #: Said by its dashes only (``- 3 -``): a label wrapped at its range prints one once.
    dashed: bool = False


def page_mark(text: str) -> PageMark | None:
    """The page number `text` is, whole (:data:`PAGE_NUMBER`), or None — the one place that reads
    a page's number off a line, for the PDF's margins (``okot_audit.read.pdf``), the pages form
    feeds part (``okot_audit.read.layout``) and the furniture of single-spaced text
    (``okot_audit.parse.furniture``); whether it is one where it stands is :func:`numbers_run`'s."""
    found = PAGE_NUMBER.match(text.strip())
    if found is None:
        return None
    of = found.group("of")
    dashed = bool(found.group("open") and found.group("close"))
    worded = found.group("word") is not None or of is not None
    return PageMark(int(found.group("page")), int(of) if of else None, worded or dashed, dashed and not worded)


def lone_page_number(text: str, below: str) -> bool:
    """Whether line `text` is a number set between dashes and nothing else (``- 2 -``, ``-2-``,
    ``– 2 –``: a page's number by its dashes, :func:`page_mark`) that no name goes on from: the
    next line that is not blank, `below` (``""``: none), opens a row of its own — a training code,
    or neither lower case, a digit, a bracket nor a dash set apart (``… sec 2`` / ``- 3 -`` /
    ``2e jaar 785``, ``(SLO)``, ``- tweede jaar``: one name wrapped at its range). Such a line is no
    row (``-`` is no label) and no piece of a name: where nothing makes it furniture (a run of
    pages, its place at a page's foot), its number is said where it stands."""
    stripped = text.strip()
    if stripped[:1] not in _DASHES_OPEN or stripped[-1:] not in _DASHES_OPEN:
        return False
    mark = page_mark(stripped)
    if mark is None or not mark.dashed:
        return False
    return _no_name_goes_on(below)


def lone_bracketed_number(text: str, below: str) -> bool:
    """Whether line `text` is a number in brackets and nothing else (``(10)``, ``( 3 )``) that no
    name goes on from (:func:`lone_page_number`'s judgement of `below`), with a line below it: a
    name's bracket holds words (``(SLO)``, ``(Se-n-se)``), a footnote's mark stands after its label
    (``Verpleegkunde (1) 22``) — a bracketed number alone on its line between rows is no piece of
    a name nor a row, its number said where it stands."""
    if BRACKETED_NUMBER.fullmatch(text.strip()) is None:
        return False
    return bool(below.strip()) and _no_name_goes_on(below)


def _no_name_goes_on(below: str) -> bool:
    """Whether `below`, the next line that is not blank (``""``: none), opens a row of its own: a
    training code, or neither lower case, a digit, a bracket nor a dash set apart."""
    below = below.strip()
    return not below or _CODE_OPENS.match(below) is not None or not (
        below[0].islower() or below[0].isdigit() or _NAME_GOES_ON.match(below) is not None)


#: The dashes a number set between dashes opens and closes with.
_DASHES_OPEN = frozenset("-\u2013\u2014")
#: How a line opens that goes on with a name above it: a bracket (``(SLO)``), a dash set apart
#: (``- tweede jaar``).
_NAME_GOES_ON = re.compile(r"\(|[-\u2013\u2014]\s")
#: A training code opening a line (``908003: …``): a row of its own.
_CODE_OPENS = re.compile(r"\d{6}(?!\d)")
#: A number in brackets and nothing else (``(10)``, ``( 3 )``), its number the group.
BRACKETED_NUMBER = re.compile(r"\(\s*(\d{1,4})\s*\)")


def bracketed_note(inside: str = "") -> str:
    """The pattern of a footnote's mark in brackets and the first letter of its words (``(1)
    cijfers op 1 januari``), the mark's number its one group: the bracketed form of every look
    for an answer's footnotes (:class:`BracketedNotes`; ``okot_audit.parse.notes``, which cuts a
    mark off a figure). `inside`: what may stand between a bracket and the number (``\\s*``: a
    lone mark's brackets may be spaced, ``( 1 )``)."""
    return rf"\({inside}(\d{{1,2}}){inside}\)\s*[^\W\d_]"


#: A footnote's first line opened by a number in brackets, then its words (``(1) cijfers op 1
#: januari``, ``( 1 ) …``), the number the group.
_BRACKETED_NOTE = re.compile(r"\s*" + bracketed_note(r"\s*"))


class BracketedNotes:
    """The footnotes among `lines` that open with a number in brackets (``(1) cijfers op 1
    januari``): whether a lone bracketed number (``(1)``, :func:`lone_bracketed_number`) is the
    mark of a footnote below it — a header's first cell's mark wrapped onto a line of its own, no
    stray number. The lines are looked through once, at the first question."""

    def __init__(self, lines: "Sequence[str]") -> None:
        self.lines = lines
        self.last: dict[int, int] | None = None  # each mark's last footnote line (0-based)

    def explain(self, text: str, at: int) -> bool:
        """Whether line `text` (at 0-based `at`) is a number in brackets that a footnote below
        it opens with."""
        found = BRACKETED_NUMBER.fullmatch(text.strip())
        if found is None:
            return False
        if self.last is None:
            self.last = {}
            for k, line in enumerate(self.lines):
                if "(" in line and (note := _BRACKETED_NOTE.match(line)) is not None:
                    self.last[int(note.group(1))] = k
        return self.last.get(int(found.group(1)), -1) > at


def numbers_run(
    numbers: "Sequence[int]", pages: int | None = None, of: int | None = None,
    on: "Sequence[int | None] | None" = None, shifted: bool = False,
) -> bool:
    """Whether the page numbers `numbers`, printed one a page in the text's order, count with the
    pages — what makes a number that does not say it is a page's (:class:`PageMark`) one, the one
    judgement of the pages form feeds part (``okot_audit.read.layout.pages_apart``) and of the
    furniture of single-spaced text (``okot_audit.parse.furniture``: its numbers alone, its footers,
    its running headers):

    - where form feeds tell each number's page (`on`, 1-based), each stands on a page of its own and
      is that page's number (`shifted`: counted from any first page, one more on each next page —
      a running header's);
    - with `pages`, the pages the feeds count, at least half of them, two at least, carry theirs
      (a label's last digit may end one page);
    - where nothing tells the pages (neither), two or more count up by one from page 3 at most,
      within `of`, the number of pages they print."""
    if on is not None:
        known = [page for page in on if page is not None]
        if not numbers or len(known) < len(on) or len(set(known)) < len(known):
            return False  # (a page no feed tells, or two numbers on one page)
        if len({number - page for number, page in zip(numbers, known)}) != 1 or (not shifted and numbers[0] != known[0]):
            return False
        if pages is None:
            return True
    if pages is not None:
        return len(numbers) >= max(2, (pages + 1) // 2)
    return (
        len(numbers) >= 2 and numbers[0] <= 3 and list(numbers) == list(range(numbers[0], numbers[0] + len(numbers)))
        and (of is None or numbers[-1] <= of)
    )


#: A run of spaces between two words of a line (none before its first word, none after its last).
_SPACE_GAP = re.compile(r"(?<=\S) +(?=\S)")


def space_gaps(text: str, start: int = 0, end: int | None = None, least: int = 1) -> list[int]:
    """The widths of the runs of spaces between the words of `text` (within `start` and `end`),
    `least` spaces or more, in order: the one look of a table typed by hand, whose cells one same
    gap parts — the gaps a whole text's lines share (``okot_audit.read.layout``: typed, not laid
    out), the gaps that part one line's cells, and those before a row's figures
    (``okot_audit.parse.cells.evenly_gapped``: ``Bouw   30   44``). A gap of other white space
    than spaces is none."""
    return [width for m in _SPACE_GAP.finditer(text, start, len(text) if end is None else end)
            if (width := m.end() - m.start()) >= least]


#: The paper an answer is printed in, as its running header and its heading name it — one
#: vocabulary of the reader's page furniture (``parse.furniture``: a running header between a
#: table's rows) and of the answer's title (``parse.context``: what the parliament prints above
#: it). Alternations (no group), a space any run of blanks, matched in any case; each pattern
#: built from them keeps its own shape (anchored or searched, what may follow).
#: The parliament and the title of its series of questions: ``Vlaams Parlement``,
#: ``Schriftelijke vragen en antwoorden``, ``Vragen en antwoorden``.
PAPER_TITLE = r"vlaams\s+parlement|(?:(?:schriftelijke|parlementaire)\s+)?vragen\s+en\s+antwoorden"
#: A question of that series: ``Schriftelijke vraag 512``, ``Parlementaire vragen``.
PAPER_QUESTION = r"(?:schriftelijke|parlementaire)\s+vra(?:ag|gen)"
#: Words that only the paper's own header holds, never a table's row or block: once is enough.
PAPER_ONLY_WORDS = PAPER_TITLE + "|" + PAPER_QUESTION
#: Shorter words of the paper's header: its session (``Zitting 2022-2023``) and whose answer it
#: is (``VDAB``). They may head a block of a table too: a running header only where more tells.
PAPER_SHORT_WORDS = r"zitting|vdab"
#: A year or a parliamentary session as the paper's header prints it (``2023``, ``2022-2023``,
#: ``2022/23``).
PAPER_SESSION = period_pattern(dashes=PERIOD_DASHES, space=r"\s*")
#: The paper's own marks, with their figures: its session (``Zitting 2022-2023``) and the number of
#: its document (``Stuk 123 (2022-2023)``) — as sure a sign of the paper as its words; no table's
#: row or block opens with them.
PAPER_MARKS = (r"zitting\s+" + PAPER_SESSION + r"(?!\d)|stuk\s+\d{1,5}\s*\(\s*" + PAPER_SESSION + r"\s*\)")
#: The first letters every spelling of a month's name opens with, in the calendar's order (March
#: twice: ``mrt``, ``maart``).
MONTH_STEMS = ("jan", "feb", "mrt", "maa", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
#: The months' names in full, in the calendar's order (each opens with one of :data:`MONTH_STEMS`).
MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december")
#: A month's name in full (:data:`MONTH_NAMES`), any month, and any but December: a period that
#: runs up to one of those is cut short of its year's end (``tot en met oktober``).
MONTH_WORD = "(?:" + "|".join(MONTH_NAMES) + ")"
MONTH_WORD_BEFORE_DECEMBER = "(?:" + "|".join(MONTH_NAMES[:-1]) + ")"
#: A month's name as dates print it, perhaps cut short (``januari``, ``jan.``, ``mrt``).
MONTH_NAME = r"(?:" + "|".join(MONTH_STEMS) + r")[a-z]*\.?"
#: The first letters of a month's name (:data:`MONTH_STEMS`), any month, and any but December: a
#: period that runs up to one of those is cut short of its year's end (``tot 30 juni``).
MONTH_STEM = "(?:" + "|".join(MONTH_STEMS) + ")"
MONTH_STEM_BEFORE_DECEMBER = "(?:" + "|".join(MONTH_STEMS[:-1]) + ")"
#: A month's cell in a header as printed, its name and its year (``januari 2023``, ``jan. 2023*``;
#: matched whole, case-blind): a period, as a year is (the PDF reader's header cells).
PRINTED_MONTH = re.compile("^" + MONTH_NAME + r"\s" + YEAR.pattern + r"\*{0,3}$", re.I)
#: The label the reader gives a month, however printed (``2023-01``): its year (group 1) and its
#: month (group 2) — a school year's label has its second year's four digits (``2019-2020``).
MONTH_LABEL = re.compile("^(" + YEAR.pattern + r")-(\d{2})$")
#: The sectors answers name (``de zorgsector``), which head and close blocks of rows (``Zorg`` …
#: ``Subtotaal zorg``) besides the provinces.
SECTORS = (
    "zorg", "onderwijs", "bouw", "techniek", "industrie", "ict", "logistiek", "horeca",
    "transport", "administratie", "economie", "welzijn", "landbouw", "handel", "overige",
)
#: The words of total lines — one vocabulary: every pattern that asks whether a line, a column
#: header or a glued run of text opens with a total's word is built from these lists (here, in
#: ``parse.words``, ``parse.regions``, ``parse.furniture``, ``parse.context``, ``parse.transposed``,
#: ``read.runon``, ``read.pdf_wrapped``), so
#: that no part of the reader knows a total word another does not. Lower case; a space stands for
#: any run of blanks. Each pattern keeps its own shape (anchored or not, its case rule, what may
#: follow) and says why it leaves a list out where it does.
#: A total of the rows (or blocks) above it: ``Totaal 26 212``, ``Som``, English ``Total``.
PLAIN_TOTAL_WORDS = ("totaal", "total", "som")
#: A total over a whole table, its blocks, or its year's rows (``Eindtotaal``, ``Jaartotaal``:
#: the year's, over its quarters or months; ``Grand Total``: an English pivot table's).
GRAND_TOTAL_WORDS = ("eindtotaal", "jaartotaal", "algemeen totaal", "totaal generaal", "totaal vlaanderen", "grand total")
#: A block's closing line (``Subtotaal zorg 1.121``).
SUBTOTAL_WORDS = ("subtotaal", "tussentotaal", "subtotal")
#: Row labels that total a table whose rows are provinces (``Vlaanderen 3.150 3.333``): a row's
#: label, no total's word — a line opens with them only with its figures after them.
REGION_TOTALS = ("vlaanderen", "vlaams gewest", "vlaams en brussels gewest")
#: Every word that opens a total line by itself (grand totals, totals, subtotals).
TOTAL_LINE_WORDS = (*GRAND_TOTAL_WORDS, *PLAIN_TOTAL_WORDS, *SUBTOTAL_WORDS)


def words_pattern(words: "Iterable[str]") -> str:
    """An alternation of `words` (no group), each space any run of blanks, each apostrophe any of
    :data:`APOSTROPHES` (``diploma’s``), longer words first."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", APOSTROPHE)
                    for w in sorted(words, key=lambda w: (-len(w), w)))


#: How an answer about several sectors together (a title's ``de zorg- en welzijnssector``) writes
#: its sector: ``zorg en welzijn``.
SECTOR_JOIN = " en "


def sector_parts(sector: str) -> tuple[str, ...]:
    """The sectors an answer's sector names: ``zorg en welzijn`` → ``zorg``, ``welzijn``."""
    return tuple(sector.split(SECTOR_JOIN))


#: A level of schooling a diploma is of, as a label prints it after ``diploma`` (``SO``,
#: ``secundair onderwijs``, ``hoger secundair``, ``HO``, ``hoger onderwijs``).
_SCHOOL = (r"(?:so|s\.o\.|ho|h\.o\.|(?:lager\s+|hoger\s+)?secundair(?:\s+onderwijs)?|sec\.?(?:\s+onderwijs)?|"
           r"hoger\s+onderwijs)")
#: The words of age classes — one vocabulary, by the place each takes beside a class's ages:
#: :data:`AGE_CLASSES` is spelled from it (:func:`_age_words`), and so are the word sets a reader
#: asks a line's words of (:data:`AGE_NEIGHBOURS`, :data:`AGE_CLASS_ENDS`). Lower case, as
#: printed; a space stands for any run of blanks, a dot may be left out (``jr.``, ``jr``) and a
#: space may follow one before a letter (``t. e. m.``).
#: The word for years after an age (``25 jaar``, ``25j``, ``25 jr.``).
AGE_YEAR_WORDS = ("jaar", "jr.", "j.")
#: What joins the two ages of a closed class (``25-49``, ``25 tot 49``, ``25 tot en met 49``,
#: ``25 t.e.m. 49``, ``25 t/m 49``, ``25 à 49``); what may open it (``van 25 tot 49``).
AGE_JOIN_WORDS = ("-", "\u2013", "tot", "tot en met", "t.e.m.", "t/m", "\u00e0", "a")
AGE_FROM_WORD = "van"
#: The two words of ``tussen 25 en 49``.
AGE_BETWEEN_WORDS = ("tussen", "en")
#: The words before an age that open a class below it (``-25``, ``< 25``, ``jonger dan 25``,
#: ``onder 25``, ``tot 25``, ``t/m 24``, ``max. 24``) or above it (``+50``, ``> 50``, ``ouder dan
#: 50``, ``boven 50``, ``vanaf 50``, ``plus 50``), each perhaps with ``de`` (``onder de 25``).
AGE_BELOW_WORDS = (
    "-", "-=", "<", "<=", "=<", "\u2264", "jonger dan", "minder dan", "lager dan", "onder", "onder de", "beneden", "tot",
    "tot en met", "t.e.m.", "t/m", "min.", "max.", "maximum", "maximaal",
)
AGE_ABOVE_WORDS = (
    ">", ">=", "+", "+=", "=>", "\u2265", "ouder dan", "meer dan", "boven", "boven de", "vanaf", "van af", "plus",
    "minimum", "minimaal", "vanaf de",
)
#: The words after an age that close a class at it (``50 jaar en ouder``, ``50 of meer``, ``24
#: jaar en jonger``, ``50 jaar of ouder``, ``50 en +``): a joining word, then a closing one.
AGE_AFTER_JOINS = ("en", "of")
AGE_AFTER_WORDS = ("ouder", "meer", "jonger", "minder", "+")
#: The mark glued (or spaced) after an age that opens its class above it (``55+``, ``55 +``), and
#: the word that names the persons of such a class (``50-plussers``, ``50plusser``).
AGE_PLUS_MARK = "+"
AGE_PLUS_WORDS = ("plussers", "plusser")


def _age_words(words: "Iterable[str]") -> str:
    """An alternation of age words of the vocabulary (no group), as :data:`AGE_CLASSES` spells
    them: each dot may be left out and a space may follow it before a letter (``t.e.m.``, ``t. e.
    m.``, ``tem``), each space any run of blanks; longer words first (:func:`words_pattern`)."""
    return "|".join(_age_word(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _age_word(word: str) -> str:
    """The pattern of one age word (:func:`_age_words`)."""
    spelled = []
    for k, ch in enumerate(word):
        if ch == ".":
            spelled.append(r"\.?\s?" if word[k + 1:k + 2].isalpha() else r"\.?")
        else:
            spelled.append(r"\s+" if ch == " " else re.escape(ch))
    return "".join(spelled)


def _printed(words: "Iterable[str]") -> frozenset[str]:
    """`words` as a line's words print them: with their dots and without (``jr.``, ``jr``)."""
    return frozenset(p for w in words for p in (w, w.replace(".", "")) if p)


#: An age as an age class prints it (``25``), and the word for years that may follow it (``25
#: jaar``, ``25j``, ``25 jr.``).
_AGE = r"\d{2}"
_YEARS = r"(?:\s*(?:" + _age_words(AGE_YEAR_WORDS) + "))?"
_AGE_TO = "(?:" + _age_words(AGE_JOIN_WORDS) + ")"
_AGE_BELOW = "(?:" + _age_words(AGE_BELOW_WORDS) + ")"
_AGE_ABOVE = "(?:" + _age_words(AGE_ABOVE_WORDS) + ")"
_AGE_AFTER = "(?:" + _age_words(AGE_AFTER_JOINS) + r")\s+(?:" + _age_words(AGE_AFTER_WORDS) + ")"
#: Every common Dutch spelling of an age class (matched whole, case aside): a closed range (``25-54
#: jaar``, ``van 25 tot 49 jaar``, ``25 tot en met 49 jaar``, ``tussen 25 en 49 jaar``, ``25 jaar
#: tot 49 jaar``) or a class open below or above (``-25 jaar``, ``jonger dan 25 jaar``, ``55+``,
#: ``50 jaar en ouder``, ``50 of meer jaar``, ``50-plussers``) — the one model of age classes of
#: the reader (a label's figures that are its age, no counts) and the rules (a partition).
AGE_CLASSES = (
    r"(?:" + _age_words([AGE_FROM_WORD]) + r"\s+)?" + _AGE + _YEARS + r"\s*" + _AGE_TO + r"\s*<?\s*" + _AGE + _YEARS,
    _age_words(AGE_BETWEEN_WORDS[:1]) + r"\s+" + _AGE + _YEARS + r"\s+" + _age_words(AGE_BETWEEN_WORDS[1:]) + r"\s+"
    + _AGE + _YEARS,
    _AGE_BELOW + r"\s*" + _AGE + _YEARS,
    _AGE_ABOVE + r"\s*" + _AGE + _YEARS,
    _AGE + r"\s*" + re.escape(AGE_PLUS_MARK) + _YEARS,
    _AGE + _YEARS + r"\s+" + _AGE_AFTER + r"(?:\s+" + _age_words(AGE_YEAR_WORDS[:1]) + ")?",
    _AGE + r"[-\s]?(?:" + _age_words(AGE_PLUS_WORDS) + ")",
)
#: The words that stand beside a class's age (``jonger dan 25 jaar``: ``dan``, ``jaar``; ``25 tot
#: 50``: ``tot``; ``onder de 25``, ``55 +``), as a line's words print them: a bare age (``25``)
#: is an age only beside one of them.
AGE_NEIGHBOURS = _printed((
    *(w.split()[-1] for w in (*AGE_BELOW_WORDS, *AGE_ABOVE_WORDS, *AGE_JOIN_WORDS, AGE_FROM_WORD, *AGE_BETWEEN_WORDS)),
    *(w.split()[0] for w in (*AGE_YEAR_WORDS, *AGE_JOIN_WORDS, *AGE_AFTER_JOINS)), AGE_PLUS_MARK,
))
#: The words a class may end in after its age (``25 tot 50 jaar``, ``50 jaar en ouder``, ``50 of
#: meer``, ``50-plussers``), as a line's words print them.
AGE_CLASS_ENDS = _printed((*AGE_YEAR_WORDS, *AGE_AFTER_WORDS, *AGE_PLUS_WORDS))


def _marks(words: "Iterable[str]") -> tuple[str, ...]:
    """The words of `words` that are marks, no letter in them (``<=``, ``+``, ``-``)."""
    return tuple(w for w in words if not any(ch.isalpha() for ch in w))


#: An age class's figures as one word prints them, the vocabulary's marks glued to its ages: a
#: class open below or above (``-25``, ``<25``, ``=<24``, ``>=50``, ``+50``, ``≥50``), a closed
#: one (``25-54``, ``25–54``), one with the plus mark (``55+``).
AGE_CLASS_FIGURES = (
    "(?:" + words_pattern(_marks((*AGE_BELOW_WORDS, *AGE_ABOVE_WORDS))) + ")" + _AGE
    + "|" + _AGE + "(?:" + words_pattern(_marks(AGE_JOIN_WORDS)) + ")" + _AGE
    + "|" + _AGE + re.escape(AGE_PLUS_MARK)
)
#: A bare age (``25``), perhaps with the plus mark (``25+``): an age class's only beside the
#: class's words (:data:`AGE_NEIGHBOURS`: ``jonger dan 25 jaar``), elsewhere a figure.
BARE_AGE = re.compile("^" + _AGE + "(?:" + re.escape(AGE_PLUS_MARK) + ")?$")
#: A word of a column's name that holds an age class's figures (matched whole): the figures of
#: :data:`AGE_CLASS_FIGURES`, a :data:`BARE_AGE`, or a joining mark standing alone (``25 - 49
#: jaar``'s dash).
AGE_FIGURE_WORD = re.compile(
    "^(?:" + AGE_CLASS_FIGURES + "|" + BARE_AGE.pattern[1:-1] + "|" + words_pattern(_marks(AGE_JOIN_WORDS)) + ")$"
)
#: Attribute → patterns of its values (a row label matches one whole).
PARTITIONS: dict[str, tuple[str, ...]] = {
    "age": AGE_CLASSES,
    "gender": (r"m(?:an|annen)?", r"v(?:rouw|rouwen)?", r"x"),
    "education": (
        r"(?:laag|kort)(?:geschoold|opgeleid)?", r"midden(?:geschoold)?|middelmatig\s+geschoold|middelbaar\s+opgeleid",
        r"(?:hoog|lang)(?:geschoold|opgeleid)?",
        # the diploma that makes the level, as VDAB's statistics name it (``geen diploma SO``,
        # ``diploma secundair onderwijs``, ``diploma hoger onderwijs``) — never a school's name
        # alone (``secundair onderwijs`` is as likely a piece of a programme's wrapped name)
        r"(?:geen|zonder)\s+diploma(?:\s+" + _SCHOOL + r")?", r"(?:met\s+)?diploma\s+" + _SCHOOL,
    ),
    #: Nationality (``Belg``, ``EU``, ``niet-EU``): one per person in a period.
    "nationality": (
        r"belg(?:en|isch|ische)?", r"(?:niet|non)[-\s]?belg(?:en|isch|ische)?",
        r"eu(?:-burgers?|-onderdanen)?|(?:andere\s+)?eu[-\s]landen",
        r"(?:niet|non)[-\s]?eu(?:-burgers?|-onderdanen|[-\s]landen)?|buiten\s+(?:de\s+)?eu|derde\s+landen",
    ),
    #: Origin (``Belgische herkomst``, ``niet-EU-herkomst``, ``met migratieachtergrond``).
    "origin": (
        r"(?:niet[-\s]?)?(?:belgische|eu|europese)[-\s]?herkomst|niet[-\s]?eu[-\s]?herkomst",
        r"(?:met|zonder)\s+migratie-?achtergrond",
    ),
    #: How long a person was a jobseeker when the programme started (``< 1 jaar werkzoekend``,
    #: ``1 tot 2 jaar werkzoekend``, ``2 jaar of langer werkloos``, ``langdurig werkzoekend``): one
    #: value per person at a start. The jobseeker's word is part of the value — ``1-2 jaar``
    #: alone is as likely a programme's length (a category of programmes, not of persons).
    "unemployment": (
        r"(?:(?:[<>\u2264\u2265]=?|minder\s+dan|meer\s+dan|korter\s+dan|langer\s+dan|vanaf|tot)\s*)?\d{1,2}\s*"
        r"(?:(?:-|\u2013|tot(?:\s+en\s+met)?|\u00e0)\s*<?\s*\d{1,2}\s*)?(?:jaar|maanden|maand|jr\.?|mnd\.?)"
        r"(?:\s+(?:of|en)\s+(?:langer|meer))?\s+(?:werkzoekend|werkloos|in\s+werkloosheid)",
        r"(?:niet[-\s]?)?(?:langdurig|kortdurig)\s+werk(?:zoekend|loos)(?:en|e)?",
    ),
    #: A value of whatever attribute the other rows are: persons whose value is not known (a
    #: pivot table's row of empty values too: ``(leeg)``, ``(blanco)``, ``(blank)``).
    "unknown": (r"onbekend|niet\s+gekend|ongekend|andere?|overige|\((?:leeg|blanco|blank|lege\s+waarde)\)",),
}
_PARTITION = {
    attribute: re.compile(r"^\s*(?:" + "|".join(patterns) + r")\s*$", re.I)
    for attribute, patterns in PARTITIONS.items()
}


_AGE_CLASS = _PARTITION["age"]


def age_class(label: str) -> bool:
    """Whether `label` is an age class (:data:`AGE_CLASSES`, the whole text): its figures are
    its ages (``van 18 tot 24``, ``jonger dan 25``), none a count."""
    return _AGE_CLASS.match(label) is not None


def partition_of(label: str) -> str | None:
    """The attribute whose value `label` is (``25-54 jaar`` → ``age``), or None."""
    for attribute, pattern in _PARTITION.items():
        if pattern.match(label):
            return attribute
    return None


#: A value of any attribute of :data:`PARTITIONS` but ``unknown`` (``Vrouwen``, ``25-54 jaar``,
#: ``laaggeschoold``), the whole text: a category of persons.
PERSON_CATEGORY = re.compile(
    r"^\s*(?:" + "|".join(p for a, ps in PARTITIONS.items() if a != "unknown" for p in ps) + r")\s*$", re.I,
)
#: A block's key as a pivot table in tabular form prints it before each of its rows' training
#: code (``Man 900123: …``, ``Zorg 900123: …``, ``-25 jaar 900123: …``): a sector or a value of
#: any attribute of :data:`PARTITIONS` (persons whose value is not known too). A province there
#: is the reader's own alternative (its names may be broken over a line).
BLOCK_KEY = (
    r"(?:" + "|".join(SECTORS) + "|" + "|".join(p for ps in PARTITIONS.values() for p in ps) + r")(?![\w+-])"
)
#: The words of a programme's stage that its number follows (``jaar 2``, ``leerjaar 2``, ``fase 1``,
#: ``semester 2``; a module's, ``module 5``, beside them where a reader takes it).
STAGE_WORDS = r"(?:opleidings|leer|studie)?jaar|fase|semester"
#: A row's label that names a stage of a programme and nothing else: a year (``1ste jaar``,
#: ``tweede jaar``, ``jaar 2``, ``2e leerjaar``), a phase, a module (``module 3``) — a row of the
#: programme whose name stands alone on the line above the first stage (shared by the layout's
#: reader, which keeps that line one of its own, and the table reader, which makes it their head).
STAGE_ALONE = re.compile(
    r"^\s*[-\u2013]?\s*(?:(?:\d{1,2}\s*(?:ste|de|e)|eerste|tweede|derde|vierde|vijfde|laatste)\s+"
    r"(?:opleidings|leer|studie)?(?:jaar|fase|semester)|(?:" + STAGE_WORDS + r"|modules?)\s+\d{1,2})\s*$",
    re.I,
)
#: A training code that opens a row's name (``900714: Zorgkundige``), as a pattern.
CODE_OPENING = r"\d{6}\s*:"
#: A coded row's first line (``900714: Zorgkundige``), matched from its start (``re.match``).
CODED_ROW = re.compile(r"\s*" + CODE_OPENING)
#: A table's own line, never a running one: a total (``Totaal 26 212 109``) or a coded row.
TABLE_LINE = re.compile(r"\s*(?:(?:" + words_pattern(TOTAL_LINE_WORDS) + r")\b|" + CODE_OPENING + ")", re.I)
#: The names of the attributes whose values are the category rows of a table of persons (``Geslacht``,
#: ``Leeftijdsklasse``, ``Opleidingsniveau``, ``Nationaliteit``): a block's head, a header's first column.
ATTRIBUTE_WORDS = (
    r"geslacht|gender|leeftijd(?:sklasse|scategorie|sgroep)?|(?:scholings|opleidings|onderwijs|studie|diploma)niveau|"
    r"scholingsgraad|hoogste?(?:\s+behaalde?)?\s+diploma|nationaliteit|herkomst|origine|"
    r"werkloosheidsduur|duur\s+(?:van\s+de\s+)?werkloosheid|werkzoekduur"
)
#: A line that names the attribute of the category rows below it (``Geslacht``, ``Naar
#: leeftijd:``): the header of a block of them. A table of persons' profile prints several such
#: blocks under one header, each closed by its own ``Totaal``.
ATTRIBUTE_NAME = re.compile(r"^\s*(?:(?:naar|per|volgens)\s+)?(?:" + ATTRIBUTE_WORDS + r")\s*:?\s*$", re.I)
#: What a table's rows are besides categories of persons (:data:`ATTRIBUTE_WORDS`), as a header's
#: first column names it in one word (``Provincie 2021 2022``, ``Opleiding``, ``Regio``,
#: ``Sector``, ``Categorie``).
ROW_KEY_WORDS = r"provincies?|opleiding(?:en)?|regio|sector|categorie"
#: A word of a header of one period that names a column keying rows of counts (``Opleiding
#: 2021``, ``Beroep 2021``), looser than a row key's (one word, matched whole, case-blind): the
#: words of :data:`ROW_KEY_WORDS` and :data:`ATTRIBUTE_WORDS` and their other forms (``codes``,
#: ``opleidingsnaam``, any ``…niveau``: ``taalniveau``, any ``leeftijd…``), a person's profile
#: (``status``, ``doelgroep``, ``kenmerk``, ``competenties``, ``beroepen``), a count's or a
#: total's column (``aantal``, ``totaal``): under it a row's one figure is a count, whatever it
#: looks like — a year's four digits too.
KEY_COLUMN_WORD = re.compile(
    r"(?:" + ROW_KEY_WORDS + "|" + ATTRIBUTE_WORDS + r"|opleidings?(?:en|naam)?|codes?|nr\.?|sectors|\w*niveau|"
    r"leeftijd\w*|status|statuut|doelgroep|kenmerk|profiel|competentie\w*|beroep\w*|aantal|"
    + words_pattern(PLAIN_TOTAL_WORDS) + r")$",
    re.I,
)
#: A footnote mark that ends a printed label: a number or stars in brackets, stars, or one or
#: two digits glued to the label's last letter or bracket (a superscript, as text extraction
#: gives it): ``Antwerpen*``, ``Limburg (2)``, ``Limburg¹``; never a number after a space.
LABEL_FOOTNOTE_MARK = re.compile(
    r"(?:\s*\((?:\d{1,2}|\*{1,3})\)|\s*\*{1,3}|(?<=[^\W\d_)])(?<!\s)\d{1,2}|(?<=\))\d{1,2})\s*$"
)
#: A note's line under a table: a footnote's mark first (``* 2022: eerste jaarhelft``, ``(1)
#: Inclusief …``, ``¹ …`` as NFKC leaves it, ``(*) …``), or the word a note or the source starts
#: with (``Bron: VDAB.``, ``Noot:``, ``Opmerking:``); or a superscript mark an extractor set as a
#: plain digit glued to the note's first word (``1Voorlopig cijfer.``: a digit before a capital
#: and lower case, which no label starts with). It never goes on a row's label, however close
#: under the row it stands.
NOTE_LINE = re.compile(
    r"^\s*(?:\*{1,3}(?!\*)|\((?:\d{1,2}|\*{1,3})\)\s|(?:bron(?:nen)?|noot|noten|opmerking(?:en)?|toelichting|"
    r"legende|voetnoot|nb|n\.b\.)\s*:|\d{1,2}(?-i:[^\W\d_a-z][^\W\d_A-Z]{2}))",
    re.I,
)

#: Words on a table's figures that no row's label holds, however close under a row (or inside
#: its wrapped label) they stand: a note that opens as one on figures does (``cijfers …``,
#: ``gegevens …``, ``situatie op …``, ``stand van …``, ``peildatum …``), or says they are
#: provisional or cut short (``voorlopige cijfers``, ``cijfers tot eind juni``, ``tot en met
#: oktober``, ``eerste jaarhelft``, ``enkel cijfers``). Searched in a line of words alone.
FIGURES_NOTE = re.compile(
    r"^\s*(?:cijfers|gegevens|situatie\s+op|stand\s+(?:van|op)|peildatum)\b|\bvoorlopig|\bvoorl\.|"
    r"\b(?:jaarhelft|eerste\s+helft|enkel\s+cijfers)\b|\btot\s+(?:en\s+met|t\.?e\.?m\.?|eind|einde|half|midden|medio|"
    r"\d{1,2})\s+" + MONTH_WORD_BEFORE_DECEMBER + r"\b",
    re.I,
)
#: What every :data:`FIGURES_NOTE` holds (lower case): its quick look, the pattern itself slow.
_FIGURES_NOTE_NEEDS = ("cijfers", "gegevens", "situatie", "stand ", "peildatum", "voorl", "helft", "tot ")
#: :data:`FIGURES_NOTE` searched in lower case text (no ``re.I``: several times as fast).
_FIGURES_NOTE_LOWER = re.compile(FIGURES_NOTE.pattern)


#: Words on what a row (or the table) takes in, or a pointer elsewhere, that no row's label
#: opens with, however close under a row (or inside its wrapped label) they stand: ``inclusief
#: de avondopleiding``, ``excl. Brussel``, ``(incl. modulair traject)``, ``zie ook vraag 3``,
#: ``opm. enkel dagonderwijs``, ``m.u.v. Brussel``. Matched at the start of a line of words
#: alone (lower case), perhaps in brackets; the note's own words go on after it.
SCOPE_NOTE = re.compile(
    r"^\s*\(?\s*(?:(?:incl|excl|opm|vgl|cf|m\.u\.v|m\.i\.v)\.|(?:inclusief|exclusief|zie|uitgezonderd|behalve"
    r"|met\s+inbegrip\s+van|met\s+uitzondering\s+van)\b)\s*[^\W\d_]"
)
#: What every :data:`SCOPE_NOTE` holds (lower case) in its first few characters: its quick look.
_SCOPE_NOTE_FIRST = frozenset("(iezovcmub")
_SCOPE_NOTE_NEEDS = ("incl", "excl", "opm.", "vgl.", "cf.", "m.u.v", "m.i.v", "zie", "uitgezonderd", "behalve", "met ")
#: A note's pointer to another place in the answer, the number it ends in no count: ``zie ook
#: vraag 3``, ``(zie tabel 2)``, ``zie bijlage 1 en 2``.
REFERENCE_END = re.compile(
    r"\b(?:vraag|vragen|tabel|tabellen|bijlage|bijlagen|punt|pagina|p\.|blz\.|nr\.|voetnoot|hoofdstuk|grafiek|figuur)"
    r"\s*\d{1,3}(?:\s*(?:en|,|-|&)\s*\d{1,3})*\s*\)?\s*$",
    re.I,
)


def scope_note(text: str) -> bool:
    """Whether `text` opens as a note on what a row takes in or a pointer elsewhere does
    (:data:`SCOPE_NOTE`: ``inclusief de avondopleiding``, ``(incl. modulair traject)``, ``zie
    ook vraag 3``)."""
    head = text.lstrip()[:24].lower()
    if head[:1] not in _SCOPE_NOTE_FIRST or not any(word in head for word in _SCOPE_NOTE_NEEDS):
        return False
    return SCOPE_NOTE.match(text.lower()) is not None


def figures_note(text: str) -> bool:
    """Whether `text` holds a note's words on a table's figures (:data:`FIGURES_NOTE`), or opens
    as a note on what its rows take in (:func:`scope_note`): no label's words either way."""
    lower = text.lower()
    for word in _FIGURES_NOTE_NEEDS:
        if word in lower:
            if _FIGURES_NOTE_LOWER.search(lower) is not None:
                return True
            break
    return scope_note(text)


#: A cell that names a period by its digits (a sheet's, a page grid's): a year (``2022``,
#: ``2022*``), a school year spaced or not (``2019-2020``, ``2019 - 2020``, ``2019-'20``), a month
#: as a date cell shows it (``2023-01``).
PERIOD_CELL = re.compile(period_pattern(space=r"\s*", end="two-or-four", apostrophe=True, stars=r"\**"))
#: A school year whose second year is cut to two digits after one of :data:`APOSTROPHES`
#: (``2019-'20``, ``2019-’20``), searched in text: its first year (group 1), its second with the
#: mark (group 2).
APOSTROPHE_YEAR = re.compile(
    r"(?<!\d)" + period_pattern(dashes=PERIOD_DASHES, end="cut", capture=True, required=True) + r"(?!\d)"
)

#: A day of a month as a period's range prints it: ``1/1``, ``01.01``, ``1 jan``, ``30 juni``.
def _day_month(name: str) -> str:
    return (rf"(?P<{name}_day>0?[1-9]|[12]\d|3[01])(?:[/.](?P<{name}_month>0?[1-9]|1[0-2])(?!\d)"
            rf"|\s?(?P<{name}_name>{MONTH_NAME}))")


#: A range of days a period runs over, as a header prints it (``1/1-30/6/2022``, ``01/01/2022 -
#: 30/06/2022``, ``1 jan – 30 jun 2022``, ``1/1 t.e.m. 30/6/2022``): its first and last day
#: (``first_day``, ``first_month`` or ``first_name``, ``first_year``; ``last_…``, ``year``), the
#: years perhaps left out (a note in brackets after the year: ``2022 (1/1-30/6)``).
DATE_RANGE = re.compile(
    _day_month("first") + r"(?:[/.\s](?P<first_year>(?:19|20)\d{2}))?"
    r"\s?(?:[-\u2013]|t\.?e\.?m\.?|t/m|tot(?:\s+en\s+met)?)\s?"
    + _day_month("last") + r"(?:[/.\s](?P<year>(?:19|20)\d{2}))?",
    re.I,
)


#: The nouns that name what a count counts (``Aantal cursisten``, ``40 inschrijvingen``), in the
#: plural a column's name or a count's unit prints: the reader's one list of them (a count
#: column's last word; a unit printed after each count, with the singulars of :data:`COUNT_NOUNS_ONE`).
COUNT_NOUNS = frozenset((
    "cursisten", "inschrijvingen", "inschr.", "personen", "deelnemers", "werkzoekenden", "deelnames", "trajecten",
    "diploma's", "diplomas", "getuigschriften", "attesten", "gediplomeerden", "geslaagden", "starters",
))
#: The name of a table's one column of counts (``Aantal``, ``Aantal unieke cursisten``,
#: ``Personen``): a header's cell, no label (match case-blind, whole).
COUNT_COLUMN = re.compile(
    r"aantal(?:\s+(?:unieke\s+)?(?:{0}))?|(?:unieke\s+)?(?:{0})".format("|".join(re.escape(n).replace("'", APOSTROPHE) for n in sorted(COUNT_NOUNS))),
    re.I)
#: A count of one printed with its unit (``1 cursist``).
COUNT_NOUNS_ONE = frozenset(("cursist", "persoon", "deelnemer", "werkzoekende", "inschrijving", "traject"))

#: Each unit a table counts (the canonical units of :data:`okot_audit.parse.words.UNIT_WORDS`)
#: in the English of messages.
UNIT_NAMES_EN = {
    "unieke cursisten": "unique persons", "inschrijvingen": "enrolments", "trajecten": "trajectories",
    "diploma's": "diplomas", "deelnames": "participations", "getuigschriften": "certificates",
}
#: Each unit of :data:`UNIT_NAMES_EN` as messages say one and many of it, in English and Dutch:
#: ``(one, many)`` per language (``1 enrolment``, ``14 inschrijvingen``).
UNIT_FORMS: dict[str, dict[str, tuple[str, str]]] = {
    "unieke cursisten": {"en": ("unique person", "unique persons"), "nl": ("unieke persoon", "unieke personen")},
    "inschrijvingen": {"en": ("enrolment", "enrolments"), "nl": ("inschrijving", "inschrijvingen")},
    "trajecten": {"en": ("trajectory", "trajectories"), "nl": ("traject", "trajecten")},
    "diploma's": {"en": ("diploma", "diplomas"), "nl": ("diploma", "diploma's")},
    "deelnames": {"en": ("participation", "participations"), "nl": ("deelname", "deelnames")},
    "getuigschriften": {"en": ("certificate", "certificates"), "nl": ("getuigschrift", "getuigschriften")},
}
#: Words that open a row counting some of the persons of the line above it (``waarvan vrouwen``,
#: ``waaronder 25-54 jaar``, abbreviated ``w.v.``, ``w.o.``, ``o.a.``): a subset of that line, no
#: part beside it.
SUBSET_ROW_WORDS = ("waarvan", "waaronder", "w.v.", "w.o.", "o.a.", "van wie", "onder wie")

#: A training code (six digits and a colon) after words of prose in a row's label (``Zie ook
#: opleiding 903631: …``): a row without a code whose code stands in its name. Where the words are
#: a block's cell the reader gives the row its code (:func:`~okot_audit.parse.regions.code_cells`);
#: a subset's lead-in (``waarvan 903631: …``, :data:`SUBSET_ROW_WORDS`) makes it a subset line.
#: Any other such row is said, not read (``unreadable-table``, reason ``code-after-prose``):
#: whose row it is, the code's or the words', cannot be told.
CODE_AFTER_PROSE = re.compile(r"^(?P<words>.*?[^\W\d_].*?)\s+(?<![\d.,])(?P<code>\d{6})\s*:(?!\d)")

#: An amount of money as a cell prints it, with decimals or not: a figure (``1.234,56``,
#: ``12.345``), or with its unit glued before or after it (``€1.234,56``, ``1.234,56€``).
AMOUNT_FIGURE = re.compile(r"(?:\d{1,3}(?:\.\d{3})*|\d+)(?:,\d+)?")
GLUED_AMOUNT = re.compile(r"\u20ac" + AMOUNT_FIGURE.pattern + "|" + AMOUNT_FIGURE.pattern + r"\u20ac")
#: A unit of money that stands apart from its figure (``€ 1.234,56``, ``1.234,50 EUR``).
MONEY = frozenset(("\u20ac", "eur", "euro"))
#: Two decimals: an amount's cents (``12.345,00``), printed without its unit — exactly two, at the
#: figure's end (``1,476`` is a count with a comma for its thousands, or a decimal: no amount).
CENTS = re.compile(r",\d{2}$")


def amounts(run: list[str]) -> list[str]:
    """The words of `run` (figures and units of money) as amounts, each with its unit (``€``,
    ``1.234,56``, ``€``, ``12`` → ``€ 1.234,56``, ``€ 12``), when they are all amounts
    (:func:`okot_audit.parse.units.amounts_at_end`); else none."""
    if not run or not all(w.lower() in MONEY or AMOUNT_FIGURE.fullmatch(w) or GLUED_AMOUNT.fullmatch(w) for w in run):
        return []
    if not any(w.lower() in MONEY for w in run):
        plain = all(AMOUNT_FIGURE.fullmatch(w) for w in run)
        return run if plain and all(CENTS.search(w) for w in run) or not plain and all(
            GLUED_AMOUNT.fullmatch(w) for w in run) else []
    after = run[-1].lower() in MONEY  # (the units stand after their figures: ``1.234,50 EUR``)
    out: list[str] = []
    j = 0
    while j < len(run):
        if GLUED_AMOUNT.fullmatch(run[j]):
            out.append(run[j])
            j += 1
            continue
        if j + 1 == len(run):
            return []  # (a figure or a unit left alone)
        unit, figure = (run[j + 1], run[j]) if after else (run[j], run[j + 1])
        if unit.lower() not in MONEY or not AMOUNT_FIGURE.fullmatch(figure):
            return []  # (a figure with no unit among amounts: counts beside a column of amounts)
        out.append(f"{figure} {unit}" if after else f"{unit} {figure}")
        j += 2
    return out

#: The word that heads a column numbering a table's rows (``Nr.``, ``#``, ``Volgnr.``, ``Rang``):
#: its cells are the rows' ordinals, no figures (:mod:`okot_audit.parse.ordinals`).
ROW_NUMBER_WORD = r"(?:nr\.?|n°|#|volgnr\.?|volgnummer|rangnr\.?|rang)"

