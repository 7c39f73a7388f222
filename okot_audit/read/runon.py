"""Two table lines an extractor ran into one: a row's last figure glued to the next line's first word.

pypdf's ``extract_text()`` now and then leaves out the line break between two lines of a table
whose text it ordered so, and the next line's first word stands glued to the row's last
figure::

    973896: met - 1 ste jaar onderwijs: 57 57Totaal onderwijs 106 533 142 100 862
    Limburg 53 34Oost-Vlaanderen 67 6

Read as one line, the first row's figures became words of a label (``… 57 57Totaal
onderwijs``) and were lost without a word, the total's figures taken for that row's.
:func:`lines_apart` sets such lines apart again — two lines, both reported at the line of the
text that holds them (``line_numbers``), as :func:`~okot_audit.read.layout.pages_apart` does
for a page's foot and the next page's head. Only where the glued word opens a table line of
its own (a total's word, a province: capitalised, as a line starts) and the text from it on ends
in figures, as such a line does; a number glued to a word inside a label (``3D-tekenaar``,
``niveau 5Opvoeder``) is left as printed. pdfplumber runs a page's last line into the next page's
first row the same way, the figure glued to the row's training code and its colon
(``Totaal Antwerpen 360 107 115432387: Educatieve …``, :data:`_GLUED_CODE`). A page's
furniture run into a row's last figure is set apart too (:func:`_furniture_apart`): a page's
footer (``… 13 6Pagina 2 van 2``) or the table's header printed again at the next page's head
(``… module 5 13 6Opleiding 2019 2020``: text from the glued word on printed elsewhere as a line
of its own).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from okot_audit.patterns import PAGE_WORD, REGION_TOTALS, TOTAL_LINE_WORDS, page_said, words_pattern
from okot_audit.read.delimited import Unread
from okot_audit.source import Source
from okot_audit.tables import PROVINCES

def _capitalised(words: tuple[str, ...]) -> str:
    """An alternation of `words` (the vocabulary's, lower case) as a line starts them: the first
    letter a capital, the rest in any case (``Eindtotaal``, ``EindTotaal``, ``Algemeen Totaal``)."""
    return "|".join(w[0].upper() + "(?i:" + words_pattern((w[1:],)) + ")" for w in sorted(words, key=len, reverse=True))


#: A figure set apart before it, glued to the capitalised first word of a total line (any word
#: of the vocabulary, :data:`~okot_audit.patterns.TOTAL_LINE_WORDS`), of a region's total row or
#: to a province's name: where the second line starts (``… 57 57Totaal onderwijs 106``). The
#: capital is this pattern's own rule: a line starts with one, a word glued inside a label
#: (``3de jaar``, ``5som``) does not.
_GLUED_START = re.compile(
    r"(?<=\s)(?:\d{1,3}(?:\.\d{3})+|\d+)(?P<next>(?:" + _capitalised((*TOTAL_LINE_WORDS, *REGION_TOTALS)) + "|"
    + "|".join(re.escape(p) for p in PROVINCES) + r")(?![^\W\d_]))"
)
#: A figure set apart before it, glued to the six-digit training code (and its colon) that opens
#: the next row (``Totaal Antwerpen 360 107 115432387: Educatieve …``: pdfplumber ran a page's
#: last line, a block's total, into the next page's first row): the code is the last six digits
#: before the colon, as where a page number ran into it (:data:`~okot_audit.parse.furniture._GLUED_CODE`);
#: the digits before it are the line's last figure, read with the line's others.
_GLUED_CODE = re.compile(r"(?<=\s)(?:\d{1,3}(?:\.\d{3})+|\d+?)(?P<next>\d{6}:)")
#: What ends a table line of its own: a figure (maybe starred), after a space.
_FIGURE_END = re.compile(r"\s\d[\d.]*\**\s*$")
#: The quick look over the whole text: a digit glued to a capital.
_QUICK = re.compile(r"\d[A-Z]")
#: The quick look for :data:`_GLUED_CODE`: seven digits or more before a colon.
_QUICK_CODE = re.compile(r"\d{7}:")
#: :data:`_QUICK` and :data:`_QUICK_CODE` in one look over the whole text (where neither is
#: found, as in most answers, the text is searched once, not twice).
_QUICK_EITHER = re.compile(r"\d(?:[A-Z]|\d{6}:|pag|blz|bladz|\s+(?:Pag|PAG|Bl))")
#: A page's footer run into the row above it, after its last figure (``… 13 6Pagina 1 van 2``,
#: ``… 13 6 Pagina 1 van 2Opleiding 2019 2020``): the page word, its number and the number of
#: pages. (What follows it, the next page's head, is :mod:`okot_audit.parse.furniture`'s.)
_FOOTER_WORDS = r"(?:Pagina|PAGINA|Page|PAGE|Blz\.?|Bladzijde)"
#: The same in lower case (``… 13 6pagina 1 van 2``, :data:`~okot_audit.patterns.PAGE_WORD`): only
#: glued to the figure, as an extractor glues it (prose may say ``… tabel 2 pagina 3 van 5``).
#: :data:`~okot_audit.patterns.PAGE_WORD` in any case, inside the patterns that are not case-blind.
_ANY_CASE = "(?i:" + PAGE_WORD + ")"
_GLUED_FOOTER = re.compile(
    r"(?:(?<=\d)\s*(?=" + _FOOTER_WORDS + r")|(?<=\d)(?=" + PAGE_WORD + r"))"
    r"(?P<next>" + page_said(_ANY_CASE, of="count", count=True) + ")"
)
#: The quick look for a lower-case footer glued to a figure.
_QUICK_LOWER = re.compile(r"\d" + PAGE_WORD)
#: The quick look for a footer set apart from the figure by a space on the row's line (``… 13 6
#: Pagina 1 van 2``, the foot printed on the row's baseline or the pages joined with a space).
_QUICK_SPACED = re.compile(r"\d\s+" + _FOOTER_WORDS + r"\s*\d")
#: A figure set apart before it, glued to a capitalised word: where the text from that word on
#: is printed elsewhere in the text as a line of its own (the table's header repeated at the
#: head of the next page, ``… module 5 13 6Opleiding 2019 2020``), it is a line of its own.
_GLUED_WORD = re.compile(r"(?<=\s)\d[\d.]*\**(?P<next>[A-Z])")
#: How long a line printed again must be at least to be cut off a row (shorter texts are too
#: common: a word of a label).
_AGAIN_MIN = 10


def lines_apart(source: Source) -> Source:
    """`source` with every line that holds two table lines run into one (:data:`_GLUED_START`,
    :data:`_GLUED_CODE`) set apart into two, each reported at the line that printed them (its
    page kept)."""
    if _QUICK_EITHER.search(source.text) is None:
        return source
    capital = _QUICK.search(source.text) is not None
    code = _QUICK_CODE.search(source.text) is not None
    lower = _QUICK_LOWER.search(source.text) is not None
    spaced = _QUICK_SPACED.search(source.text) is not None
    split: dict[int, list[str | Unread]] = {}
    seen: dict[str, None] = {}  # the text's lines, spaces run into one: filled when first asked

    def again(text: str) -> bool:
        if not seen:
            seen.update(dict.fromkeys(" ".join(line.split()) for line in source.lines))
        return " ".join(text.split()) in seen

    for index, line in enumerate(source.lines):
        if not ((capital and _QUICK.search(line)) or (code and _QUICK_CODE.search(line))
                or (lower and _QUICK_LOWER.search(line)) or (spaced and _QUICK_SPACED.search(line))):
            continue
        parts: list[str | Unread] = [piece for part in _parts(line) for piece in _furniture_apart(part, again, source.lines)]
        if len(parts) > 1:
            split[index] = parts
    if not split:
        return source
    lines: list[str] = []
    numbers: list[int] = []
    ends: list[int] = []
    pages: list[int | None] = []
    moved: dict[int, int] = {}  # 1-based line before → after
    unread: list[Unread] = []
    for index, line in enumerate(source.lines):
        moved[index + 1] = len(lines) + 1
        for part in split.get(index, [line]):
            if isinstance(part, Unread):  # a row the footer glued to cannot be told: left blank, said
                unread.append(replace(part, line=len(lines) + 1))
                part = ""
            lines.append(part)
            numbers.append(source.reported_line(index + 1))
            ends.append(source.last_line(index + 1))
            pages.append(source.pages[index] if source.pages else None)
    kept = tuple(replace(row, line=moved.get(row.line, row.line)) for row in source.unread)
    return replace(source, lines=tuple(lines), line_numbers=tuple(numbers),
                   line_ends=tuple(ends) if source.line_ends else None,
                   pages=tuple(pages) if source.pages else None, unread=kept + tuple(unread))


def _parts(line: str) -> list[str]:
    """The table lines `line` holds, in order: it is cut before each glued word that opens a
    line of its own (its text up to the next cut ends in figures), where the text before the
    cut holds more than the glued figure (never a page number alone: ``2Totaal 12``)."""
    parts: list[str] = []
    at = 0
    coded = {m.start("next") for m in _GLUED_CODE.finditer(line)}
    cuts = sorted({m.start("next") for m in _GLUED_START.finditer(line)} | coded)
    for k, cut in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(line)
        # (a row that opens with its code may wrap its name before its figures: no figure at its end needed)
        if (cut in coded or _FIGURE_END.search(line[cut:end])) and line[at:cut].strip():
            parts.append(line[at:cut].rstrip())
            at = cut
    parts.append(line[at:])
    return parts


def _furniture_apart(line: str, again: Callable[[str], bool], lines: tuple[str, ...]) -> list[str | Unread]:
    """`line` with the page furniture an extractor ran into a row's last figure set apart on a
    line of its own: a page's footer (:data:`_GLUED_FOOTER`), or a text printed elsewhere as a
    line of its own (`again`: the table's header repeated at the next page's head, ``… 13
    6Opleiding 2019 2020``). The row keeps its figures. A footer's number of pages is read as
    the other pages print it: where they print ``van 2`` and the glued one reads ``van 28``
    (``… 12 Pagina 1 van 28Opleiding``), whether the ``8`` is a figure of the row cannot be
    told — the row is left blank and said (an :class:`~okot_audit.read.delimited.Unread`,
    ``footer-glued``), the footer kept. Where no footer prints its count alone (all glued), the
    footers' page numbers tell it (:func:`_pages_numbered`); where they cannot either (a footer
    alone, pages missing from the series), a count of two digits or more whose first digits are
    a count the footers' page numbers allow (``… 13 Pagina 1 van 26``: 2 pages and the row's 6,
    or 26 pages) is said as well, never read as the whole count."""
    foot = _GLUED_FOOTER.search(line)
    if foot is not None and _ROW_BEFORE.search(line[: foot.start()]):
        row, rest = line[: foot.start()].rstrip(), line[foot.start("next"):]
        count = foot.group("count")
        printed = _page_counts(lines) or _pages_numbered(lines)
        held = sorted(c for c in printed if count != c and count.startswith(c))
        if not printed:  # no page count told: any shorter count the pages' numbers allow may hold the row's digits
            least = max((int(m.group(1)) for text in lines for m in _PAGE_NUMBER.finditer(text)), default=1)
            held = [count[:k] for k in range(1, len(count)) if count[0] != "0" and int(count[:k]) >= least]
        if held and count not in printed:
            figures = tuple(int(n.replace(".", "")) for n in _FIGURES.findall(row))
            return [Unread(0, "footer-glued", row.strip()[:80], (), figures, " ".join(line[foot.start("next"):foot.end()].split())), rest]
        return [row, rest]
    for match in _GLUED_WORD.finditer(line):
        cut = match.start("next")
        rest = line[cut:]
        if len(rest.strip()) >= _AGAIN_MIN and _ROW_BEFORE.search(line[:cut]) and again(rest):
            return [line[:cut].rstrip(), rest]
    return [line]


#: A row before a cut: a label (a letter) and a figure at its end, after a space.
_ROW_BEFORE = re.compile(r"[^\W\d_].*\s\d[\d.]*\**\s*$")
#: The figures at a row's end (said with a row that cannot be read).
_FIGURES = re.compile(r"(?<=\s)\d{1,3}(?:\.\d{3})+(?=\**(?:\s|$))|(?<=\s)\d+(?=\**(?:\s|$))")
#: The number of pages a footer prints, where no figure is glued after it: at a line's end, or
#: opening its line and a word glued after it (``Pagina 2 van 2Opleiding 2019 2020``).
_PAGE_COUNT = re.compile(page_said(_ANY_CASE, of="count", count=True) + r"\s*$")
_PAGE_COUNT_OPENS = re.compile(r"^\s*" + page_said(_ANY_CASE, of="count", count=True) + r"(?=[^\W\d_])")


def _page_counts(lines: tuple[str, ...]) -> set[str]:
    """The numbers of pages the text's footers print (``Pagina 2 van 2``); not a footer glued
    after a row's figure (``… 13 Pagina 1 van 26``: its count is the one in doubt)."""
    return {m.group(1) for line in lines if (m := _PAGE_COUNT.search(line) or _PAGE_COUNT_OPENS.match(line))
            and not _ROW_BEFORE.search(line[: m.start()])}


#: A footer anywhere in a line, its page's number (``Pagina 2 van 2908008: …``).
_PAGE_NUMBER = re.compile(page_said(_ANY_CASE, page="page", count=True))


def _pages_numbered(lines: tuple[str, ...]) -> set[str]:
    """The number of pages the footers' own sequence tells, where no footer prints it alone
    (every footer glued to a row): the footers number pages 1 to *k*, two at least → {*k*}."""
    numbers = {int(m.group(1)) for line in lines for m in _PAGE_NUMBER.finditer(line)}
    return {str(len(numbers))} if len(numbers) >= 2 and numbers == set(range(1, len(numbers) + 1)) else set()
