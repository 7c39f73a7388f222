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
(``Totaal Antwerpen 360 107 115432387: Educatieve …``, :data:`_GLUED_CODE`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from okot_audit.patterns import REGION_TOTALS, TOTAL_LINE_WORDS, words_pattern
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
_QUICK_EITHER = re.compile(r"\d(?:[A-Z]|\d{6}:)")


def lines_apart(source: Source) -> Source:
    """`source` with every line that holds two table lines run into one (:data:`_GLUED_START`,
    :data:`_GLUED_CODE`) set apart into two, each reported at the line that printed them (its
    page kept)."""
    if _QUICK_EITHER.search(source.text) is None:
        return source
    capital = _QUICK.search(source.text) is not None
    code = _QUICK_CODE.search(source.text) is not None
    split: dict[int, list[str]] = {}
    for index, line in enumerate(source.lines):
        if not ((capital and _QUICK.search(line)) or (code and _QUICK_CODE.search(line))):
            continue
        parts = _parts(line)
        if len(parts) > 1:
            split[index] = parts
    if not split:
        return source
    lines: list[str] = []
    numbers: list[int] = []
    pages: list[int | None] = []
    for index, line in enumerate(source.lines):
        for part in split.get(index, [line]):
            lines.append(part)
            numbers.append(source.reported_line(index + 1))
            pages.append(source.pages[index] if source.pages else None)
    return replace(source, lines=tuple(lines), line_numbers=tuple(numbers),
                   pages=tuple(pages) if source.pages else None)


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
