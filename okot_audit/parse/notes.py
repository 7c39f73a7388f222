"""Footnote marks on a table's cells: ``3.797¹`` (``3.797(1)`` once normalised), ``3.797 (1)``,
``3.797*``.

An answer may put a footnote's mark on one figure rather than on its period or its label:
``25-54 jaar 3.797 (1) 3.650`` with ``(1) Inclusief 12 cursisten …`` below the table. The mark
is no count: read as one, it puts a figure too many on the row (or makes the figure before it
no number at all), and the row cannot be read. A mark is taken for a footnote's only where its
meaning is plain: it stands right after a figure, among the figures that end the line, and the
answer has a footnote that opens with the same mark (``(1) …``, ``1) …``, ``* …``). The mark is
then cut from the line; the figure is read under its period. A mark after a year is left alone
(``2023(2)``, ``2022*``: a period's note, which the header reader reads), and so is a mark no
footnote explains (``12 (3)`` might be a count).
"""

from __future__ import annotations

import re

from okot_audit.parse.blanks import UNBOUNDED
from okot_audit.parse.scan import finds, joined, lines_at
from okot_audit.parse.tokens import WORD
from okot_audit.patterns import YEAR, bracketed_note

#: A figure with a mark right after it, perhaps after one space: ``3.797(1)``, ``3.797 (1)``,
#: ``3.797*``. Groups: the figure, the mark's number (in brackets), the mark's stars. The end
#: of a school year (``2022-23*``: a period's note) is no figure.
_MARKED = re.compile(r"(?<![\w.,])(?<!\d{4}[-/\u2013])(\d{1,3}(?:\.\d{3})+|\d+)(?:\s?\((\d{1,2})\)|(\*{1,3}))(?=\s|$)")
#: What may stand after a mark among a row's figures: figures (maybe marked, maybe a bound such as
#: ``<5``), blank marks, and nothing else up to the line's end.
_FIGURES_AFTER = re.compile(
    r"(?:\s+(?:[<>\u2264\u2265]?\d[\d.]*(?:\s?\(\d{1,2}\)|\*{1,3})?|<\?|[-\u2013\u2014]|n\.?v\.?t\.?|n\.?b\.?))*\s*$",
    re.I,
)
#: A footnote's first line: its mark, then its words (``(1) Inclusief …``, ``1) …``, ``* …``).
_NOTE = re.compile(r"^\s*(?:" + bracketed_note() + r"|(?:(\d{1,2})\)|(\*{1,3}))\s*[^\W\d_])")


#: A figure in thousands whose last group holds a fourth digit (``1.2341``): no number as
#: printed — a superscript mark the extractor set as a plain digit after ``1.234``. Groups:
#: the figure, the mark.
_GLUED_MARK = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+)(\d)(?=\s|$)")
#: What every :data:`_GLUED_MARK` holds, a dot and four digits: a first look over the whole
#: text, some thirty times faster (the search skips to each dot).
_FOUR_AFTER_DOT = re.compile(r"\.\d{4}")
#: A footnote opened by a bare digit, a superscript flattened (``1 Inclusief …``), perhaps
#: glued to the note's first word where the extractor saw no space after the small mark
#: (``1Inclusief …``: a digit before a capital and lower case, which no word starts with).
_BARE_NOTE = re.compile(r"^\s*(\d)(?:\s+[^\W\d_]|(?=[^\W\d_a-z][^\W\d_A-Z]{2}))")


def without_cell_notes(lines: tuple[str, ...], positional: bool) -> tuple[str, ...]:
    """`lines` with each footnote mark on a figure cut off (line numbers kept). In `positional`
    text the mark leaves spaces as wide, so that positions stay; in single-spaced text, where
    two spaces between figures are a blank cell, it goes with the space before it."""
    lines = _without_glued_marks(lines, positional)
    marked = [i for i, line in enumerate(lines) if (")" in line or "*" in line) and _MARKED.search(line)]
    if not marked:
        return lines
    notes = _notes(lines)
    if not notes:
        return lines
    out = list(lines)
    for index in marked:
        line = lines[index]
        cuts = [
            m for m in _MARKED.finditer(line)
            if (m.group(2) or m.group(3)) in notes and not YEAR.fullmatch(m.group(1))
            and _FIGURES_AFTER.match(line, m.end())
        ]
        for m in reversed(cuts):
            cut = line[m.end(1):m.end()]
            line = line[:m.end(1)] + (" " * len(cut) if positional else "") + line[m.end():]
        out[index] = line
    return tuple(out)


def _without_glued_marks(lines: tuple[str, ...], positional: bool) -> tuple[str, ...]:
    """`lines` with a footnote's mark glued as a plain digit to a figure in thousands cut off
    (``25-54 jaar 1.2341 1.300`` → ``1.234``): only where the figure is no number as printed (a
    fourth digit in its last group), among the figures that end its line, and a footnote of the
    answer opens with that digit (``1 Inclusief …``, ``(1) …``, ``1) …``)."""
    text = joined(lines)  # (one search of the whole text: most answers hold no such figure)
    if text is None:
        glued = [i for i, line in enumerate(lines) if _GLUED_MARK.search(line)]
    elif _FOUR_AFTER_DOT.search(text):
        glued = lines_at(lines, (m.start() for m in _GLUED_MARK.finditer(text)))
    else:
        glued = []
    if not glued:
        return lines
    notes = _notes(lines) | {m.group(1) for line in lines if line[:1] in "0123456789 " and (m := _BARE_NOTE.match(line))}
    out = list(lines)
    for index in glued:
        line = lines[index]
        cuts = [m for m in _GLUED_MARK.finditer(line) if m.group(2) in notes and _FIGURES_AFTER.match(line, m.end())]
        for m in reversed(cuts):
            line = line[:m.end(1)] + (" " if positional else "") + line[m.end():]
        out[index] = line
    return tuple(out)


#: A numbered footnote's first line, searched in the whole text at once: its mark in brackets
#: (``(1) …``, ``¹ …`` as NFKC and the reader write it), before a bracket (``1) …``), or a digit
#: before the note's words (``1 Inclusief …``, ``1Voorlopig``: :data:`_BARE_NOTE`).
_NUMBERED_NOTE = re.compile(
    r"^[ \t]*(?:" + bracketed_note() + r"|(\d{1,2})\)\s*[^\W\d_]|(\d)(?:[ \t]+[^\W\d_]|(?=[^\W\d_a-z][^\W\d_A-Z]{2})))",
    re.M,
)


def note_marks(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The numbers the answer's footnotes open with (``(1) …``, ``1) …``, ``¹ …``, ``1
    Inclusief …``), in order: marks a figure may carry flattened onto its last digit. One
    search of the whole text."""
    text = joined(lines)
    found = (
        {g for m in _NUMBERED_NOTE.finditer(text) for g in m.groups() if g}
        if text is not None else {g for line in lines for m in _NUMBERED_NOTE.finditer(line) for g in m.groups() if g}
    )
    return tuple(sorted(found, key=int))


def _notes(lines: tuple[str, ...]) -> set[str]:
    """The marks the answer's footnotes open with: their numbers (``1``) or stars (``*``)."""
    found = set()
    for line in lines:
        if line[:1] in "(*0123456789 " and (m := _NOTE.match(line)):
            found.add(m.group(1) or m.group(2) or m.group(3))
    return found


#: A footnote that says what a mark printed in a cell stands for: a count withheld below a
#: bound (``* minder dan 5 cursisten``, ``x: < 5``, ``(*) kleiner dan 10``, ``(a) minder dan 5``,
#: ``b) < 5``: a letter's mark). Groups: the mark, the note's words.
_BOUND_NOTE = re.compile(r"^\s*(\*{1,3}|\(\*{1,3}\)|\([a-z]\)|[a-z]\)|[xX#\u00b0](?=\s|[:=]))\s*[:=]?\s*(\S.*)$")
#: Bounds a note may write in words (``minder dan vijf``).
_NUMBER_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}
#: The bound such a note names: ``minder dan 5``, ``kleiner dan vijf``, ``< 5``; or the
#: highest count it may be: ``tussen 1 en 4``, ``≤ 4``, ``<= 4`` (groups 3 and 4).
_BELOW = re.compile(
    r"\b(?:minder|kleiner|lager)\s+dan\s+(\d+(?![\d.,])|(?:" + "|".join(_NUMBER_WORDS) + r")\b)"
    r"|<\s*(\d+)(?![\d.,])|\btussen\s+[01]\s+en\s+(\d+)(?![\d.,])|(?:\u2264|<=)\s*(\d+)(?![\d.,])",
    re.I,
)
#: A note that says its mark stands for a count withheld but names no bound: the words of
#: privacy or secrecy (``* om privacyredenen niet vermeld``, ``x = niet vrijgegeven (privacy)``,
#: ``(a) geheim``, ``* vertrouwelijk``, ``* niet herleidbaar``, ``* anonimiteit``, ``* AVG``).
_WITHHELD_WORDS = re.compile(
    r"privacy|geheim|vertrouwelijk|niet\s+vrijgegeven|herleidba|anonimiteit|\bAVG\b|\bGDPR\b", re.I)
#: What the quick look finds in an answer that may have such a note (either kind; each word
#: one more look over the whole text: only those notes print).
_BELOW_WORDS = ("inder dan", "leiner dan", "ager dan", "INDER DAN", "LEINER DAN", "AGER DAN", "<", "\u2264", "ussen ",
                "rivacy", "RIVACY", "eheim", "ertrouwelijk", "rijgegeven", "erleidba", "nonimiteit", "AVG", "GDPR")
#: A token among the figures that end a row: a figure, a bound, a blank mark.
_TAIL_TOKEN = re.compile(r"[<>\u2264\u2265]?\d[\d.]*|<\?|[-\u2013\u2014]|n\.?v\.?t\.?|n\.?b\.?", re.I)


def marks_as_bounds(lines: tuple[str, ...], positional: bool) -> tuple[tuple[str, ...], dict[int, dict[str, str]]]:
    """`lines` with each mark that stands for a withheld count written as the bound its
    footnote names (``Limburg * 7`` with ``* minder dan 5 cursisten`` below → ``Limburg <5 7``),
    and what was written where: by 1-based line, each bound written with the mark it stands
    for (``{9: {"<5": "*"}}``).

    A mark is read so only where its meaning is plain: it stands alone among the figures that
    end a row (a label before them), and a footnote of the answer opens with the same mark and
    names a bound (``minder dan 5``, ``< 5``). A mark no footnote explains stays as printed (the
    row is then reported, not read); a footnote that says only that the mark's count is withheld
    (``* om privacyredenen niet vermeld``: privacy, ``geheim``, ``niet vrijgegeven``) makes it a
    bound with no number (:data:`~okot_audit.parse.blanks.UNBOUNDED`, ``<?``); a mark glued to a
    figure is a note on that figure
    (:func:`without_cell_notes`). In `positional` text the bound takes the spaces before the
    mark, so that the figure's column stays; where they are too few the mark stays."""
    text = joined(lines)
    at = lines_at(lines, finds(text, _BELOW_WORDS)) if text is not None else range(len(lines))
    bounds: dict[str, str] = {}
    notes: set[int] = set()
    for index in at:
        note = _BOUND_NOTE.match(lines[index])
        if note is None:
            continue
        below = _BELOW.search(note.group(2))
        if below:
            highest = below.group(3) or below.group(4)
            named = below.group(1) or below.group(2) or str(int(highest) + 1)
            bound = "<" + (named if named.isdigit() else str(_NUMBER_WORDS[named.lower()]))
        elif _WITHHELD_WORDS.search(note.group(2)):
            bound = UNBOUNDED  # withheld, no bound named: a count of at least 0
        else:
            continue
        mark = note.group(1)  # (``(*)`` is printed ``*`` in a cell too; a letter's brackets are its mark's: ``(a)``)
        for printed in (mark, mark.strip("()")) if "*" in mark else (mark,):
            bounds.setdefault(printed, bound)
        notes.add(index)
    if not bounds:
        return lines, {}
    out = list(lines)
    written: dict[int, dict[str, str]] = {}
    for index, line in enumerate(lines):
        if index in notes or not any(mark in line for mark in bounds):
            continue
        tokens = list(WORD.finditer(line))
        k = len(tokens)
        while k > 0 and (tokens[k - 1].group() in bounds or _TAIL_TOKEN.fullmatch(tokens[k - 1].group())):
            k -= 1
        if k == 0 and not _under_label(tokens, lines[index - 1] if index else "", bounds):
            continue  # no label before the figures: no row
        for token in reversed(tokens[k:]):
            mark = token.group()
            if mark not in bounds:
                continue
            bound = bounds[mark]
            start, end = token.span()
            if positional:
                start = min(start, end - len(bound))
                if start < 1 or line[start - 1:token.start()].strip():
                    continue  # too little room to write the bound in the mark's column
            # (in single-spaced text the bound alone: spaces left for a longer mark, ``(a)``, would
            # be a blank cell before it)
            line = line[:start] + (bound.rjust(end - start) if positional else bound) + line[end:]
            written.setdefault(index + 1, {})[bound] = mark
        out[index] = line
    return (tuple(out), written) if written else (lines, {})


def _under_label(tokens: list[re.Match[str]], above: str, bounds: dict[str, str]) -> bool:
    """Whether a line of figures and marks alone (`tokens`) is a row's, its label's last line
    `above` it: text that sets a row's figures on a line of their own under its wrapped label
    (pypdf: ``… kleuteronderwijs - 2de`` / ``jaar`` / ``x 100 33``). Two tokens or more, a
    figure among them, and a line above that ends in a word, no figure or mark (a row's figures
    end the line above any other row's)."""
    last = above.split()[-1:]
    return (len(tokens) > 1 and any(t.group()[0].isdigit() for t in tokens) and bool(last)
            and last[0] not in bounds and _TAIL_TOKEN.fullmatch(last[0]) is None)


#: A mark that may stand in a cell for a count withheld: stars, a letter or a star in brackets,
#: a letter before a bracket (``*``, ``**``, ``(a)``, ``(*)``, ``b)``).
_CELL_MARK = re.compile(r"\*{1,3}|\([a-z*]\)|[a-z]\)")
#: A row's figures (at least one), then marks alone to the line's end: ``Brussel 3 *``.
_FIGURES_THEN_MARKS = re.compile(
    r"(?P<figures>(?:\s+\d{1,3}(?:\.\d{3})+|\s+\d+)+)(?P<marks>(?:\s+(?:\*{1,3}|\([a-z*]\)|[a-z]\)))+)\s*$"
)


def marks_after_figures(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The label and the marks of a row's line whose figures end in a mark no footnote made a
    bound (``Brussel  3  *``: a count withheld after the row's figures, or its note — no figure
    either way), or None where the line does not end so or holds no label before its figures."""
    if not text.rstrip().endswith(("*", ")")):
        return None  # (most lines: a quick look)
    found = _FIGURES_THEN_MARKS.search(text)
    if found is None or not any(ch.isalpha() for ch in text[:found.start()]):
        return None
    return text[:found.start()].strip(), tuple(found.group("marks").split())
