"""Figures printed with their unit: amounts of money, durations, shares.

A table of values that are no counts may print the unit in every cell instead of in its
header::

    Opleiding 2021 2022
    908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar € 14.000 € 19.000
    908013: … - 3de jaar 14 maanden 19 maanden

Read as they stand, the unit words end the line (``maanden``: no figure ends it) or stand
between the figures (``€``: the first figure looks like a part of the label). :func:`split_units`
takes the units off the lines before tables are looked for, so that the figures stand as any
row's figures do (the spacing that marks a blank cell kept), and says which unit each such
line printed: the table the line is read into is a table of values (:attr:`Table.statistic`),
its totals not checked by sums.

A line's figures are taken with their unit only when every figure that ends it carries one
unit of one kind (money, time, percent) and no plain figure stands before them: a share
printed beside counts (``Antwerpen 812 845 27%``) is a column of its own
(:mod:`~okot_audit.parse.derived`). A figure with decimals (``35,5%``, ``€ 1.200,50``) is no
whole number and is left as printed: the reader says it cannot read it. A line with one such
figure is taken only where another line near it prints the same kind of unit (a sentence may
end in ``… 12 maanden``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from okot_audit import patterns
from okot_audit.parse.tokens import WORD
from okot_audit.patterns import AMOUNT_FIGURE, BLANK_MARK, GLUED_AMOUNT, MONEY, NUMBER, PLAIN_APOSTROPHE, YEAR, amounts


#: The units a figure may print after it, by kind.
_AFTER = {
    "euro": "money", "eur": "money", "\u20ac": "money",
    "maanden": "time", "maand": "time", "mnd": "time", "mnd.": "time", "weken": "time", "week": "time",
    "wk": "time", "dagen": "time", "dag": "time", "uren": "time", "uur": "time", "u": "time", "u.": "time",
    "%": "percent",
    # (what a count counts, printed after each figure: ``Zorg 40 cursisten``: a count all the same)
    **{noun: "count" for noun in sorted(patterns.COUNT_NOUNS | patterns.COUNT_NOUNS_ONE)},
}


def _looked_up(word: str) -> str:
    """`word` as the unit lists spell it: small letters, its apostrophe plain (``diploma’s``
    as ``diploma's``: :data:`~okot_audit.patterns.APOSTROPHES`)."""
    lower = word.lower()
    return lower if lower.isascii() else lower.translate(PLAIN_APOSTROPHE)  # (no apostrophe but ``'`` in ASCII)


#: The kind of unit that a count prints after it: the unit goes, the figure stays a count (no
#: table of values), the unit said by line as any other (:func:`split_units`).
COUNT = "count"
#: The kind of a word no list knows, printed after every figure of a line, the same each time
#: (``Graduaat orthopedagogie 51 stuks 54 stuks``): what the counts count, as :data:`COUNT`'s
#: words are, where lines near it print the same word so (:func:`split_units`); else the line is
#: left as printed.
UNKNOWN = "unknown"
#: A word that may be such a unit: small letters only (no name: ``… 2de jaar 16 Limburg``).
_WORD = re.compile(r"[a-z\u00e0-\u00ff]{2,}")
#: The units a figure may print before it.
_BEFORE = {"\u20ac": "money", "eur": "money"}
#: Units glued to their figure (``€14.000``, ``14.000€``, ``12%``).
_GLUED_BEFORE = re.compile(r"(\u20ac)(" + NUMBER.pattern + r")")
_GLUED_AFTER = re.compile(r"(" + NUMBER.pattern + r")(\u20ac|%)")
#: A blank cell's mark among the figures (made a blank later: :mod:`~okot_audit.parse.blanks`).
_BLANK = frozenset(("-", "\u2013", "\u2014"))
_BLANKS = "".join(sorted(_BLANK))
#: A figure with decimals (``35,5``, ``35,5%``, ``1.200,50``).
_DECIMAL = re.compile(r"\d,\d")
#: How near (in lines) another line with the same kind of unit must stand for a line with one
#: figure to be taken.
_NEAR = 5
#: How many lines near each other, each with one figure and its unit after it, make a table's
#: column (two may be the end of two lines of a sentence).
_ROWS = 3


@dataclass(frozen=True)
class _Run:
    """The figures with units that end one line: the spans of the unit text to take off, the
    units as printed, how many figures."""

    kind: str
    spans: tuple[tuple[int, int], ...]
    units: tuple[str, ...]
    figures: int
    before: bool  # every unit stands before its figure (``€ 1.200``): the line ended in a figure already
    #: The blank cells' marks right before the first figure (``… 3de jaar - € 13.500``): blanks
    #: only where a row near it prints a figure in their place (:func:`split_units`).
    lead: tuple[tuple[int, int], ...] = ()
    #: By a span's start, the figure it keeps where the span holds a figure and its unit after it
    #: (``12 maanden``): the figure stays, at the cell's right edge in laid-out text.
    kept: dict[int, str] = field(default_factory=dict)


def split_units(lines: tuple[str, ...], positional: bool) -> tuple[tuple[str, ...], dict[int, str]]:
    """`lines` with the units of figures printed with their unit taken off, and, by 1-based
    line, the unit each such line printed (its first figure's, as printed).

    Text laid out by position keeps every other character in its column, so a unit becomes
    spaces; in other text a unit goes with the space between it and its figure, so that the
    spacing that marks blank cells stays as it was."""
    runs = {index: run for index, line in enumerate(lines) if _maybe(line) and (run := _run(line)) is not None}
    if not runs:
        return lines, {}
    out = list(lines)
    units: dict[int, str] = {}
    for index, run in runs.items():
        if run.kind == UNKNOWN and not _same_word_near(index, run, runs):
            continue  # (one line of figures each with a word after it: prose may read so)
        if run.kind != UNKNOWN and run.figures < 2 and not _among_values(index, run, runs):
            continue  # (one figure and its unit, alone: a sentence may end so)
        spans = run.spans
        if run.lead and _wider_near(index, run, runs):
            # (a dash before the first figure is a blank cell where a row near it prints a figure
            # with its unit in that place; it goes as a blank's mark goes: its spaces kept)
            spans = tuple(sorted(spans + run.lead))
        out[index] = _without(lines[index], spans, positional, run.kept)
        units[index + 1] = run.units[0]
    return tuple(out), units


def _among_values(index: int, run: _Run, runs: dict[int, _Run]) -> bool:
    """Whether the line at `index`, whose one figure carries its unit, stands among lines whose
    figures carry the same kind of unit: near a line with several such figures (a table's row
    over its periods), or among at least :data:`_ROWS` lines with one each (a table of one
    column). A figure whose unit stands before it (``€ 1.200``) ended its line already: one
    more such line near it is enough."""
    near = [r for other in range(index - _NEAR, index + _NEAR + 1) if (r := runs.get(other)) and r.kind == run.kind]
    if any(r.figures > 1 for r in near):
        return True
    if run.kind == COUNT and any((r := runs.get(other)) and r.kind == COUNT for other in (index - 1, index + 1)):
        return True  # (two rows right below each other, each a count and what it counts: ``Zorg 40 cursisten``)
    return len(near) >= (2 if run.before else _ROWS)


def _same_word_near(index: int, run: _Run, runs: dict[int, _Run]) -> bool:
    """Whether the line at `index` stands among lines that print the same unknown word after
    each of their figures, each line at most a blank line from the next: two rows of one table
    (:data:`_ROWS` where each line prints one figure: two may end two lines of a sentence)."""
    def same(other: int) -> bool:
        return (r := runs.get(other)) is not None and r.kind == UNKNOWN and r.units[0] == run.units[0]

    first = last = index
    while same(first - 1) or same(first - 2):
        first -= 1 if same(first - 1) else 2
    while same(last + 1) or same(last + 2):
        last += 1 if same(last + 1) else 2
    rows = [r for other in range(first, last + 1) if same(other) and (r := runs[other])]
    return len(rows) >= (2 if any(r.figures > 1 for r in rows) else _ROWS)


def _wider_near(index: int, run: _Run, runs: dict[int, _Run]) -> bool:
    """Whether a line near the one at `index` prints as many figures with the same kind of unit
    as `run`'s figures and the blank marks before them together (the columns they stand in)."""
    return any(
        r.kind == run.kind and r.figures >= run.figures + len(run.lead)
        for other in range(index - _NEAR, index + _NEAR + 1) if other != index and (r := runs.get(other))
    )


def _maybe(line: str) -> bool:
    """Whether `line`'s last token may be a figure's unit or a figure with one (a cheap look: it
    runs on every line, so each test is a string's, the patterns last)."""
    parts = line.rsplit(None, 2)
    if not parts:
        return False
    token = parts[-1]
    if token in _BLANK:  # (a blank cell's mark ends the line: the figure before it)
        last = line.rstrip().rstrip(_BLANKS).rsplit(None, 1)[-1:]
        if not last:
            return False
        token, parts = last[0], []  # (no unknown word's unit: a mark stands after it)
    word = token.lower()
    if not word.isascii():
        word = word.translate(PLAIN_APOSTROPHE)  # (:func:`_looked_up`, spelled out)
    end = word[-1]
    return word in _AFTER or "\u20ac" in word or end == "%" or (
        end.isdecimal() and ("\u20ac" in line or "eur" in line.lower())) or (
        len(parts) == 3 and ("a" <= token[-1] <= "z" or "\u00e0" <= token[-1] <= "\u00ff") and parts[1][-1].isdecimal()
        and _WORD.fullmatch(token) is not None and NUMBER.fullmatch(parts[1]) is not None)
        # (a figure and a word that may be its unit, :data:`_WORD`: the letters and digits told
        # before the patterns, which most lines' ends fail)


def _run(line: str) -> _Run | None:
    """The figures with units that end `line` (read from its end), or None: no such figure,
    units of more than one kind, a figure with decimals among them, or a plain figure before
    them (counts with a share beside them)."""
    tokens = list(WORD.finditer(line))
    spans: list[tuple[int, int]] = []
    units: list[str] = []
    kinds: set[str] = set()
    figures = 0
    values: list[str] = []  # (the figures as printed)
    kept: dict[int, str] = {}  # (by a span's start: the figure a span of a figure and its unit keeps)
    lead: list[tuple[int, int]] = []  # (the blank marks right before the figure read last)
    before = True  # (every unit before its figure, so far)
    marked = False  # (a blank's mark seen)
    k = len(tokens) - 1
    while k >= 0:
        word = tokens[k].group()
        lower = _looked_up(word)
        if word in _BLANK and (figures or k == len(tokens) - 1 or lead):
            # (a blank's mark after the figures, among them, or before the first: a lead's)
            marked = True
            lead.append(tokens[k].span())
            k -= 1
            continue
        if (glued := _GLUED_AFTER.fullmatch(word)) or (glued := _GLUED_BEFORE.fullmatch(word)):
            group = 2 if glued.re is _GLUED_AFTER else 1
            before = before and group == 1
            kinds.add(_AFTER[glued.group(group)])
            if group == 1:  # (``€14.000``: the unit before its figure)
                spans.append((tokens[k].start() + glued.start(1), tokens[k].start() + glued.end(1)))
            else:  # (``12%``: the figure and its unit, the figure kept where the cell ends)
                spans.append((tokens[k].start(), tokens[k].end()))
                kept[tokens[k].start()] = glued.group(1)
            units.append(glued.group(group))
            values.append(glued.group(3 - group))
            figures += 1
            lead = []
            k -= 1
            continue
        if k > 0 and NUMBER.fullmatch(tokens[k - 1].group()) and (
                lower in _AFTER or (_WORD.fullmatch(word) and not BLANK_MARK.fullmatch(word)
                                    and (not units or units[-1] == word))):
            # (a unit a list knows, or a word no list knows after every figure, the same each
            # time: ``51 stuks 54 stuks``, what the counts count — the shape of ``40 cursisten``;
            # :data:`UNKNOWN` until the line's every figure proves it, below. A blank's mark is no
            # such word: ``22   nvt`` in rows below each other is a figure and a blank cell after
            # it, its column the mark's — taken for a unit, the figure was moved into that column)
            kinds.add(_AFTER.get(lower, UNKNOWN))
            spans.append((tokens[k - 1].start(), tokens[k].end()))  # (the figure, the space and its unit)
            kept[tokens[k - 1].start()] = tokens[k - 1].group()
            units.append(word)
            values.append(tokens[k - 1].group())
            before = False
            figures += 1
            lead = []
            k -= 2
            continue
        if NUMBER.fullmatch(word) and k > 0 and tokens[k - 1].group().lower() in _BEFORE:
            unit = tokens[k - 1]
            kinds.add(_BEFORE[unit.group().lower()])
            spans.append((unit.start(), tokens[k].start()))  # (with the space after it)
            units.append(unit.group())
            values.append(word)
            figures += 1
            lead = []
            k -= 2
            continue
        break
    if UNKNOWN in kinds and (len(kinds) != 1 or lead or marked or len(set(units)) != 1):
        return None  # (an unknown word is a unit only right after each figure, the same each time: ``25 jaar - 54 jaar`` is a name)
    if not figures or len(kinds) != 1 or all(map(YEAR.fullmatch, values)):
        return None  # (``Leeftijd 2015 % 2016 %``: a header of periods, a share under each)
    last = tokens[k].group() if k >= 0 else ""
    if NUMBER.fullmatch(last) or _DECIMAL.search(last) or _looked_up(last) in _AFTER:
        return None  # (counts before them, or a figure with decimals and its unit: left as printed)
    return _Run(kinds.pop(), tuple(sorted(spans)), tuple(reversed(units)), figures, before, tuple(sorted(lead)), kept)


def _without(line: str, spans: tuple[tuple[int, int], ...], positional: bool, kept: dict[int, str] | None = None) -> str:
    """`line` with the spans taken off (blanked in laid-out text); a span of a figure and its
    unit after it keeps the figure (`kept`), in laid-out text at the span's end: a cell's
    figure stands where the cell ends, as its column's other figures and blank marks do."""
    pieces: list[str] = []
    at = 0
    for start, end in spans:
        figure = (kept or {}).get(start, "")
        pieces.append(line[at:start] + (figure.rjust(end - start) if positional else figure))
        at = end
    pieces.append(line[at:])
    return "".join(pieces)


def amounts_at_end(text: str) -> list[str]:
    """The amounts of money that end `text` after its label, as printed, each with its unit
    (``Kostprijs € 1.234,56 € 2.345,00`` → ``€ 1.234,56``, ``€ 2.345,00``; ``… 1.234,50 EUR``;
    ``… 12.345,00 23.456,00``), else none: a line whose figures are all amounts — each with its
    unit of money, or (none with a unit) each in cents, two decimals — and a label's word before
    them. Such figures are values of another unit than a table's counts (no persons: never a
    part of a total), and an amount with decimals is no whole number."""
    if "," not in text and "\u20ac" not in text and "eur" not in text.lower():
        return []  # (the quick look: most lines print no amount)
    words = text.split()
    k = len(words)
    while k > 0 and (words[k - 1].lower() in MONEY or AMOUNT_FIGURE.fullmatch(words[k - 1])
                     or GLUED_AMOUNT.fullmatch(words[k - 1])):
        k -= 1
    if k == len(words) or k == 0 or not any(ch.isalpha() for ch in words[k - 1]):
        return []  # (no label's word before the figures: a count, a line of figures alone)
    return amounts(words[k:])


def counts_then_amounts(text: str) -> bool:
    """Whether `text` ends in counts and then amounts of money (``Graduaat verpleegkunde 60 €
    1.234,56``, ``… 60 12.345,00``: a column of amounts beside a column of counts)."""
    if "," not in text and "\u20ac" not in text and "eur" not in text.lower():
        return False
    words = text.split()
    k = len(words)
    while k > 0 and (words[k - 1].lower() in MONEY or AMOUNT_FIGURE.fullmatch(words[k - 1])
                     or GLUED_AMOUNT.fullmatch(words[k - 1])):
        k -= 1
    return k > 0 and any(
        NUMBER.fullmatch(words[j]) and amounts(words[j + 1:]) and all(NUMBER.fullmatch(w) for w in words[k:j])
        for j in range(k, len(words) - 1)
    ) and any(ch.isalpha() for ch in words[k - 1])


def amounts_after_counts(words: list[str]) -> list[int]:
    """How many words each amount of money that ends `words` after a count takes, in order
    (``… 12 30 € 1.234,56 € 2.345,00`` → ``[2, 2]``; ``… 12 30 1.234,56€`` → ``[1]``), else
    none: a column of amounts beside the counts of a table (:func:`counts_then_amounts`)."""
    k = len(words)
    while k > 0 and (words[k - 1].lower() in MONEY or AMOUNT_FIGURE.fullmatch(words[k - 1])
                     or GLUED_AMOUNT.fullmatch(words[k - 1])):
        k -= 1
    for j in range(max(k, 1), len(words)):
        if NUMBER.fullmatch(words[j - 1]) and all(NUMBER.fullmatch(w) for w in words[k:j]):
            found = amounts(words[j:])
            if found:
                return [len(a.split()) for a in found]
    return []



def unit_kind(unit: str) -> str:
    """The kind of a unit a figure printed (:func:`split_units`): ``money``, ``time``,
    ``percent`` or :data:`COUNT`."""
    lower = _looked_up(unit)
    if lower not in _AFTER and lower not in _BEFORE and _WORD.fullmatch(unit):
        return COUNT  # (:data:`UNKNOWN`: what the counts count)
    return _AFTER.get(lower) or _BEFORE.get(lower) or ("money" if "\u20ac" in lower else "percent")
