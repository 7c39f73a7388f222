"""Numbers at the end of a line, and every way they can sit in a table's columns.

PDF extraction keeps a blank cell only as one extra space, so ``label  27 52 73`` with four
periods reads ``[blank, 27, 52, 73]``. Labels can end in digits (``modules 1- 4 12``), so the
trailing run of numbers is not always all cells. :func:`placements` lists the readings a line
allows, best first, and says whether its spacing leaves exactly one reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from math import comb

from okot_audit.parse.tokens import WORD, words_of
from okot_audit.parse.words import LABEL_NUMBER_WORDS
from okot_audit.patterns import BLANK_MARK, NEGATIVE, NUMBER, RANGE, age_class, partition_of, space_gaps  # (a count as printed: shared with the PDF reader)
from okot_audit.quick import quick_init

#: How many readings of one line are listed at most; beyond (a row of a hundred periods whose
#: spaces collapsed) only the closest one is, marked partial.
LOOSE_LIMIT = 20_000


def number_value(token: str) -> int:
    """Return the integer a printed count stands for (``1.472`` → 1472)."""
    return int(token.replace(".", ""))


def is_number(token: str) -> bool:
    return NUMBER.fullmatch(token) is not None


def numbers_in(text: str) -> tuple[int, ...]:
    """Every whole number token in `text` (for stray-number reports)."""
    return tuple(number_value(t) for t in WORD.findall(text) if is_number(t))


@quick_init
@dataclass(frozen=True)
class Placement:
    """One reading of a line's numeric tail: the label text and a value (or blank) per period."""

    label: str
    values: tuple[int | None, ...]
    exact: bool  # the spacing says exactly this
    rank: int  # lower is more plausible
    #: One of more readings than were listed (see :data:`LOOSE_LIMIT`): the totals cannot
    #: confirm it as the only one that fits.
    partial: bool = False
    #: The row's label lines, when this reading takes the figures from a line above its last
    #: (the last line's number then being the label's own); None: the usual label.
    label_lines: tuple[str, ...] | None = None
    #: Where this reading takes the figures from a line above the row's last: that line's index among
    #: the row's lines (its texts); the row's cells stand there. None: on the row's last line.
    figures_at: int | None = None
    #: Its tier among the row's readings: 0, a plain reading; 1, one weighed only where the plain
    #: readings fit no way (:func:`~okot_audit.parse.align.choose_in_tiers`: a row's total over
    #: the periods left unprinted).
    tier: int = 0
    #: The figures' positions under the period columns allowed this reading, or none of the
    #: spacing's (a PDF read by positions, laid-out text: :func:`~okot_audit.parse._as_positions_allow`):
    #: what the totals then did not settle is among the positions' readings, never the spacing's.
    positioned: bool = False
    #: Where the positions narrowed the row's readings (:func:`~okot_audit.parse._as_positions_allow`):
    #: every reading of the line its spacing allows, those the positions ruled out among them — the
    #: totals' choice among the positions' readings settles a row only where they settle it among
    #: these as well (:func:`~okot_audit.parse._settled_by_narrowing`). Empty: nothing narrowed.
    spacing: tuple["Placement", ...] = field(default=(), compare=False, repr=False)
    #: The positions allow no reading at all (a figure under no column: right of the last one's
    #: reach, set apart left of the first's, two under one) on a line whose page's other rows stand
    #: under the columns (:meth:`~okot_audit.parse.columns.Columns.held`): the row is said, never
    #: read by its spacing (``positions-none``).
    unplaced: bool = False


#: The trailing run of number tokens of a line, read on the line reversed (from its end, in
#: time linear in the run): white space, then numbers (:data:`NUMBER` reversed, each a whole
#: token), each followed by white space.
_REVERSED_TAIL = re.compile(r"\s*(?:(?:(?:\d{3}\.)+\d{1,3}|\d+)(?!\S)\s*)*")


@lru_cache(maxsize=256)
def _tail(line: str) -> tuple[int, tuple[re.Match, ...]]:
    """Where the text before the trailing run of number tokens ends (-1: no text before it)
    and the tokens of that run, positioned in `line`. (Kept for the last few hundred lines: a
    row's line is asked for its numbers while its region is scanned, while its readings are
    listed and while its label's digits are weighed — half the calls repeat a line.)"""
    end = len(line.rstrip())  # (``str.rstrip`` strips what ``\s`` matches; ``isdecimal`` is ``\d``)
    if not end or not line[end - 1].isdecimal():
        return (end if end > 0 else -1), ()  # no number ends the line
    match = _REVERSED_TAIL.match(line[::-1])
    assert match is not None  # every part of the pattern may be empty: it always matches
    start = len(line) - match.end()
    return (start if start > 0 else -1), tuple(WORD.finditer(line, start))


def numeric_tail(line: str) -> tuple[str, tuple[re.Match, ...]]:
    """Split `line` into its text and the trailing run of number tokens."""
    head_end, tail = _tail(line)
    return (line[:head_end] if head_end > 0 else ""), tail


@lru_cache(maxsize=32)
def has_numeric_tail(line: str) -> bool:
    """Whether `line` ends in a number (its last token is a count). (Kept for the last few
    dozen lines: a row's last line is asked about at each line the row might go on to.)"""
    last = line.rsplit(None, 1)
    return bool(last) and NUMBER.fullmatch(last[-1]) is not None


#: Spacing that marks a blank cell: two spaces or more before or between the numbers that end
#: a line, or after the last of them.
_BLANK_MARK = re.compile(r"\S {2,}\d[\d.]*(?: \d[\d.]*)* ?$|\d {2,}$")
#: An ordinal that already numbers the word after it (``1ste jaar``, ``tweede jaar``).
_ORDINAL = re.compile(r"\d+(?:ste|de|e)|eerste|tweede|derde|vierde|vijfde|zesde|laatste", re.I)


def numbered_word(words: Sequence[str]) -> bool:
    """Whether the last of `words` is one a label's own number follows: a hyphen, dash or slash
    (``modules 1- 4``, ``2 - 3``, ``traject - 1``) or a part of a programme (``module 5``,
    ``niveau 5``: :data:`~okot_audit.parse.words.LABEL_NUMBER_WORDS`) that no ordinal numbers
    already (``1ste jaar 9``: 9 is a count)."""
    if not words or not words[-1]:
        return False
    before = words[-1].lower()
    if before[-1] in "-\u2013/":
        return True
    return before.rstrip(".") in LABEL_NUMBER_WORDS and not (len(words) > 1 and _ordinal_before(words))


def _ordinal_before(words: Sequence[str]) -> bool:
    """Whether an ordinal numbers the last of `words` already: ``1ste jaar``, a hyphen glued to
    it (``traject -1ste jaar``) or its ending set apart (``traject - 1 ste jaar``)."""
    if _ORDINAL.fullmatch(words[-2].lstrip("-\u2013")):
        return True
    return len(words) > 2 and words[-2].lower() in ("ste", "de", "e") and words[-3].lstrip("-\u2013").isdigit()


def count_after_separator(label: str, below: str) -> bool:
    """Whether the number that ends `label` (a reading's label, the figures after it) is a count
    after all, as the label's words `below` the figures say: the label goes on there, so the
    hyphen before the number parts the label's words (``kleuteronderwijs - 17 127 121 54`` /
    ``1ste jaar``, ``… - 136 113 60 57`` / ``verkort traject - 2de jaar``) — a hyphen standing
    alone, not a range's (``modules 1- 4``), a number of more than one digit (a label's digit
    after a hyphen is one: ``kinderzorg - 1 37 668 45`` / ``gehandicaptenzorg``, both readings
    stay and the totals choose) and the label below no ordinal's ending (``traject - 1`` /
    ``ste jaar``: the 1 is the label's) — or the label below opens with its own ordinal
    (``1ste jaar``), which no number of the label stands before."""
    words = label.split()
    first = below.split(None, 1)[:1]
    if len(words) < 2 or not first or not is_number(words[-1]):
        return False
    if _ORDINAL.fullmatch(first[0]):
        return True
    return (words[-2] in ("-", "\u2013") and len(words[-1]) > 1
            and _ORDINAL_END.match(first[0]) is None)


#: What follows an ordinal's number (``1 ste jaar``: the label's ``1``, its ending below).
_ORDINAL_END = re.compile(r"(?:ste|de|e)\b", re.I)
#: An ordinal's ending that starts a line, then a word or the line's end (``ste jaar 2``).
_ORDINAL_END_STARTS = re.compile(r"\s*(ste|de|e)(?=\s+[^\W\d_]|\s*$)", re.I)


def ordinal_number_above(above: str, text: str) -> str | None:
    """The number that ends the line `above` where it is the number of an ordinal whose ending
    starts `text` (``… verkort traject - 1`` / ``ste jaar 2``, ``… - 2`` / ``de jaar``): a label
    wrapped between an ordinal's number and its ending. That number is the label's, never a
    count. The ending must be the number's own (``1ste``, ``8ste``, ``20ste``; ``2de``; ``2e``):
    ``12`` / ``de opleiding …`` is a count and a label that starts with the article."""
    match = _ORDINAL_END_STARTS.match(text)
    if match is None:
        return None
    _, tail = numeric_tail(above)
    if not tail or not tail[-1].group().isdigit() or len(tail[-1].group()) > 3:
        return None
    number, ending = int(tail[-1].group()), match.group(1).lower()
    if ending == "e" or ending == ("ste" if number in (1, 8) or number >= 20 else "de"):
        return tail[-1].group()
    return None


def with_ordinal_number(above: str, text: str) -> str:
    """`text` with the number of the ordinal whose ending starts it put back before it, where the
    line `above` ends in that number (:func:`ordinal_number_above`): ``1 ste jaar 3``, whose
    ``jaar`` the ordinal numbers (3 is a count)."""
    number = ordinal_number_above(above, text) if above else None
    return f"{number} {text.lstrip()}" if number else text


def _label_number(tokens: Sequence[re.Match[str]]) -> bool:
    """Whether the last of `tokens` (a number) may be the label's own (:func:`numbered_word`):
    not after a whole category of persons (``55+ jaar 61``: an age class, its ``jaar`` counting
    no year of a programme); always where it closes an age class (``jonger dan 25``, ``van 18
    tot 24``: :func:`~okot_audit.patterns.age_class`)."""
    if len(tokens) < 2:
        return False
    if numbered_word([t.group() for t in tokens[-4:-1]]):
        return not partition_of(" ".join(t.group() for t in tokens[:-1]))
    return age_class(" ".join(t.group() for t in tokens))


def ends_in_label_number(text: str) -> bool:
    """Whether `text` ends in a number that may be its label's own (see :func:`_label_number`)."""
    tokens = words_of(text)
    return bool(tokens) and is_number(tokens[-1].group()) and _label_number(tokens)


def marks_blanks(lines: Sequence[str]) -> bool:
    """Whether the text marks blank cells with spacing (the seeds' form): some line's numbers
    stand two spaces or more apart, or after its label, or have spaces after them. Text an
    extractor joined with single spaces (pypdf, pdfplumber ``extract_text()``) does not: there
    a row with as many numbers as periods may still start with its label's own digit."""
    return any("  " in line and _BLANK_MARK.search(line) for line in lines)  # every mark has two spaces


def placements(line: str, periods: int, *, collapsed: bool = False) -> list[Placement]:
    """All readings of `line`'s numeric tail over `periods` columns, most plausible first.

    A reading is *exact* when the spaces between label and numbers say where every blank is:
    ``k`` blanks before, between or after numbers show as ``k + 1`` spaces (after the last
    number the extraction leaves one space more). When no reading is exact — spaces collapsed
    or trailing spaces trimmed — every placement is returned, and the caller lets the stated
    totals choose. In `collapsed` text (blanks not marked, see :func:`marks_blanks`) no reading
    is exact; the label may also end in the first number when a counting word or a hyphen
    stands before it (``module 5 26 53 41``: ``5`` may be the label's). A reading that leaves the
    first period blank and fills every other takes a dash right after its name's own number as that
    blank (:func:`_blank_first_label`: ``… module 5 - deel 2 – 51 51`` under three periods, its name
    ``… deel 2``).
    """
    head_end, tokens = _tail(line)
    run = total = len(tokens)
    if not run or periods < 1:
        return []
    if collapsed:
        return _collapsed_placements(line, words_of(line), run, periods)
    # Spaces between consecutive tokens of the run, and their sums from the right: a shape of
    # c cells (the last c tokens) has inner gaps inner[total - c:], summed in constant time.
    starts = [token.start() for token in tokens]
    ends = [token.end() for token in tokens]
    inner = _inner_gaps(tokens)
    from_right = [0] * total
    for i in range(total - 2, -1, -1):
        from_right[i] = from_right[i + 1] + inner[i]

    def shape(c: int) -> tuple[int, tuple[re.Match[str], ...], int, list[int]]:
        cells = tokens[total - c:]
        label_end = ends[total - c - 1] if total - c - 1 >= 0 else head_end
        return c, cells, label_end, [starts[total - c] - label_end - 1, *inner[total - c:]]

    exact: list[Placement] = []
    blanks_after = _blanks_after(line, ends[-1])
    for c in range(min(run, periods), 0, -1):
        label_end = ends[total - c - 1] if total - c - 1 >= 0 else head_end
        rest = periods - c - (starts[total - c] - label_end - 1) - from_right[total - c]  # (the blanks left after the figures)
        if rest == blanks_after:
            _, cells, label_end, gaps = shape(c)
            slots: list[int | None] = []
            for gap, token in zip(gaps, cells):
                if gap > 0:
                    slots.extend([None] * gap)
                slots.append(number_value(token.group()))
            if rest:
                slots.extend([None] * rest)
            label = _label(line, label_end)
            exact.append(Placement(_blank_first_label(label) if _first_blank_only(slots) else label, tuple(slots), True, 0))
    if exact:
        return exact
    widest = min(run, periods)
    if sum(comb(periods, c) for c in range(widest, 0, -1)) > LOOSE_LIMIT:
        _, cells, label_end, gaps = shape(widest)
        closest, distance = _closest(_implied_positions(gaps), periods)
        nearest: list[int | None] = [None] * periods
        for pos, token in zip(closest, cells):
            nearest[pos] = number_value(token.group())
        label = _label(line, label_end)
        return [Placement(_blank_first_label(label) if _first_blank_only(nearest) else label, tuple(nearest), False, 1 + distance,
                          partial=True)]
    loose: list[Placement] = []
    for c, cells, label_end, gaps in (shape(c) for c in range(min(run, periods), 0, -1)):
        label = _label(line, label_end)
        # (the reading that fills every period but the first: its label may end before a dash, that blank)
        blank_first = _blank_first_label(label) if c == periods - 1 else label
        values = [number_value(t.group()) for t in cells]
        implied = _implied_positions(gaps)
        digits_in_label = min(run, periods) - c
        for positions, filled in _spread(values, periods):
            distance = sum(abs(p - q) for p, q in zip(positions, implied))
            loose.append(Placement(blank_first if positions[0] == 1 else label, filled, False,
                                   1 + digits_in_label * 100 + distance))
    loose.sort(key=lambda p: p.rank)
    return loose


def _inner_gaps(tokens: Sequence[re.Match[str]]) -> list[int]:
    """The spaces between consecutive figures `tokens` beyond the one that parts two cells: the
    blank cells between them in the seeds' convention (``k`` blanks are ``k + 1`` spaces)."""
    return [tokens[i + 1].start() - tokens[i].end() - 1 for i in range(len(tokens) - 1)]


def _blanks_after(line: str, last_end: int) -> int:
    """The blank cells the spaces after `line`'s last figure (ending at `last_end`) mark in the seeds'
    convention: ``k`` trailing blanks are ``k + 1`` trailing spaces; one space or none marks none."""
    trailing = len(line) - last_end
    return trailing - 1 if trailing > 1 else 0


def spaced_cells(line: str) -> int:
    """How many cells the figures that end `line` fill where spacing marks its blanks (the seeds'
    convention, as :func:`placements` reads it for an exact reading: ``k`` blank cells before or
    between figures are ``k + 1`` spaces, ``k`` trailing ones ``k + 1`` trailing spaces):
    ``educ   459 33 44  `` fills six. A line of figures alone: as many as its figures."""
    head_end, tokens = _tail(line)
    if not tokens or head_end < 0:
        return len(tokens)
    return (len(tokens) + tokens[0].start() - head_end - 1 + sum(_inner_gaps(tokens))
            + _blanks_after(line, tokens[-1].end()))


def _spread(values: list[int], periods: int) -> Iterator[tuple[tuple[int, ...], tuple[int | None, ...]]]:
    """Every order-keeping choice of columns for `values`: the columns, and the row's slots."""
    for positions in combinations(range(periods), len(values)):
        slots: list[int | None] = [None] * periods
        for pos, value in zip(positions, values):
            slots[pos] = value
        yield positions, tuple(slots)


def _collapsed_placements(line: str, tokens: Sequence[re.Match[str]], run: int, periods: int) -> list[Placement]:
    """The readings of a line whose spacing says nothing: its last ``min(run, periods)``
    numbers in every order-keeping choice of columns, or — when a counting word or a hyphen
    stands before the first of them — one number fewer, the first being the label's."""
    total = len(tokens)
    widest = min(run, periods)
    counts = [widest]
    if widest > 1 and _label_number(tokens[: total - widest + 1]):
        counts.append(widest - 1)
    out: list[Placement] = []
    if sum(comb(periods, c) for c in counts) > LOOSE_LIMIT:
        counts = [widest]
    for fewer, c in enumerate(counts):
        cells = tokens[total - c:]
        label_end = tokens[total - c - 1].end() if total - c - 1 >= 0 else -1
        label = _label(line, label_end)
        values = [number_value(t.group()) for t in cells]
        if comb(periods, c) > LOOSE_LIMIT:
            nearest: list[int | None] = [None] * periods
            for pos, value in enumerate(values):
                nearest[pos] = value
            return [Placement(label, tuple(nearest), False, 1, partial=True)]
        # (the reading that fills every period but the first: its label may end before a dash, that blank)
        blank_first = _blank_first_label(label) if c == periods - 1 else label
        for positions, slots in _spread(values, periods):
            out.append(Placement(blank_first if positions[0] == 1 else label, slots, c == periods and len(counts) == 1,
                                 1 + fewer * 100 + sum(positions) - sum(range(c))))
    out.sort(key=lambda p: p.rank)
    return out


def _closest(implied: list[int], periods: int) -> tuple[list[int], int]:
    """The columns, left to right, nearest to `implied` (least summed distance): a dynamic
    programme over (number, column), in time proportional to their product."""
    count = len(implied)
    inf = float("inf")
    cost = [[inf] * periods for _ in range(count)]
    came: list[list[int]] = [[-1] * periods for _ in range(count)]
    for i, want in enumerate(implied):
        best, best_at = inf, -1
        for p in range(periods):
            if i and p:
                if cost[i - 1][p - 1] < best:
                    best, best_at = cost[i - 1][p - 1], p - 1
            before = 0 if i == 0 else best
            if before < inf:
                cost[i][p] = before + abs(p - want)
                came[i][p] = best_at
    end = min(range(periods), key=lambda p: (cost[count - 1][p], p))
    distance = int(cost[count - 1][end])
    positions = [end]
    for i in range(count - 1, 0, -1):
        positions.append(came[i][positions[-1]])
    return positions[::-1], distance


def _label(line: str, label_end: int) -> str:
    """The text before a reading's figures, as its label: a lone slash left at its end is a blank's
    mark after the name's own number (``… modules 1- 4 / 65 24``, ``module 5 / 19 51``: the first
    period blank), never the name's last word — not part of it."""
    label = line[:label_end].strip() if label_end >= 0 else ""
    return label[:-1].rstrip() if label.endswith(" /") else label


def _blank_first_label(label: str) -> str:
    """The `label` (:func:`_label`) of a reading that leaves the first period blank and fills every
    other: a dash set apart right after the name's own number or range is that blank, not part of
    it (``… module 5 - deel 2 – 51 51``, ``… 2 - 3 - 59 38`` under three periods: no name ends in a
    lone dash). A reading that leaves another period blank keeps the dash — there it may be the
    name's, and the totals choose."""
    return label[:-1].rstrip() if label.endswith(_DASHES) and _NUMBER_DASH_END.search(label) else label


def _first_blank_only(slots: Sequence[int | None]) -> bool:
    """Whether a reading's `slots` leave the first period blank and fill every other."""
    return len(slots) > 1 and slots[0] is None and None not in slots[1:]


_DASHES = ("-", "\u2013", "\u2014")
#: A label that ends in a dash set apart right after a number (``deel 2 –``, ``2 - 3 -``).
_NUMBER_DASH_END = re.compile(r"(?:^|\s)\d+\s+[-\u2013\u2014]$")


def _implied_positions(gaps: list[int]) -> list[int]:
    positions, at = [], 0
    for gap in gaps:
        at += max(gap, 0)
        positions.append(at)
        at += 1
    return positions


def cell_gap(lines: Sequence[str], periods: int = 0) -> int:
    """How many spaces stand between two cells of a table whose lines are `lines` (its rows'
    and totals' lines of figures): the narrowest gap between two figures of a line. The seeds'
    form sets figures one space apart (two spaces: a blank cell between them); text typed by
    hand may set every cell two spaces apart without aligning the columns. 1 unless two lines
    or more have figures side by side and no two figures anywhere stand closer than 2 spaces —
    or one line alone does, as many figures as the table's `periods`, each set off from its
    label and from the one before by the same gap: the seeds' form would read blanks between
    them, which leave no room for all (``Bouw   30   44   12`` under three periods, a table of
    one row typed by hand)."""
    narrowest, seen, lone = 0, 0, ""
    for line in lines:
        tokens = _tail(line)[1]
        if len(tokens) < 2:
            continue
        seen += 1
        lone = line
        for before, after in zip(tokens, tokens[1:]):
            gap = after.start() - before.end()
            if gap < 2:
                return 1  # (the usual case, told at the first line with figures side by side)
            narrowest = gap if not narrowest else min(narrowest, gap)
    if seen >= 2:
        return narrowest
    return narrowest if seen == 1 and len(_tail(lone)[1]) == periods and evenly_gapped([lone], narrowest) else 1


def evenly_gapped(lines: Sequence[str], gap: int) -> bool:
    """Whether every line of `lines` that ends in figures sets each of them `gap` spaces after
    its label or the figure before it: a table typed by hand with even gaps, where a figure's
    place on the line says nothing of its column — the name's length sets it (``Bouw   30   44``,
    ``Kinderbegeleider   30   44``), however it falls under the header's periods. (A blank cell
    would show as a wider gap: none does.)"""
    for line in lines:
        head_end, tokens = _tail(line)
        if not tokens:
            continue
        if head_end < 0:
            return False
        widths = space_gaps(line, head_end - 1, tokens[-1].end())  # (after the label's last character)
        if len(widths) != len(tokens) or any(width != gap for width in widths):
            return False
    return True


def own_gap(line: str, cells: int) -> int | None:
    """The gap of `line` where it is a row typed by hand with its own even gap: `cells` figures
    (the table's columns, all filled), each one same gap of two spaces or more after its label or
    the figure before it (``Bouw      30      44`` under ``Zorg   11   20``: each row typed on its
    own); None otherwise. A row of fewer figures than columns says nothing of its own gap: a gap
    of two cells may hold a blank."""
    head_end, tokens = _tail(line)
    if head_end < 0 or len(tokens) != cells or not cells:
        return None
    gap = tokens[0].start() - head_end
    return gap if gap >= 2 and evenly_gapped([line], gap) else None


def respaced(line: str, gap: int) -> str:
    """`line` with the spacing of its figures written as the seeds' form writes it, for a table
    whose cells stand `gap` spaces apart (:func:`cell_gap`): `gap` spaces are one, each further
    `gap` a blank cell (one space more); after the last figure, `gap` spaces per blank cell
    (one space, and one more per blank). A line whose spaces are no whole number of cells says
    nothing of its blanks: its figures are set one space apart with none after them, and the
    stated totals place them (:func:`placements`). A space before the first figure narrower
    than a cell sets it after its label (hand-typed text is not aligned)."""
    head_end, tokens = _tail(line)
    if gap < 2 or not tokens:
        return line
    trailing = len(line) - tokens[-1].end()
    gaps = [tokens[0].start() - head_end] if head_end >= 0 else []
    gaps += [after.start() - before.end() for before, after in zip(tokens, tokens[1:])]
    whole = all(g % gap == 0 for g in gaps[1 if head_end >= 0 and gaps[0] < gap else 0:]) and (
        trailing < gap or trailing % gap == 0
    )
    if not whole:
        spaces = [1] * len(gaps)
        after = 0
    else:
        spaces = [max(g // gap, 1) for g in gaps]
        after = trailing // gap + 1 if trailing >= gap else min(trailing, 1)
    out = [line[:head_end] if head_end >= 0 else line[: tokens[0].start()]]
    first = 0 if head_end >= 0 else 1
    if head_end < 0:
        out.append(tokens[0].group())
    for k, token in enumerate(tokens[first:]):
        out.append(" " * spaces[k] + token.group())
    out.append(" " * after)
    return "".join(out)


#: A value printed where a count stands that no count of persons can be, by its form: a
#: negative number (``-4``), a range (``30-35``), a decimal (``120,5``; Dutch prints thousands
#: as ``1.472``, a decimal with a comma).
_NOT_A_COUNT = (
    ("negative", NEGATIVE),
    ("range", RANGE),
    ("decimal", re.compile(r"\d+(?:\.\d{3})*,\d+")),
)


def not_a_count(line: str, periods: int) -> tuple[str, str] | None:
    """The first value among the figures that end `line` (at most `periods` of them) that is no
    count by its form, with its form's name (``("negative", "-4")``, ``("range", "30-35")``,
    ``("decimal", "120,5")``); None when every one is a count. Figures before the last
    `periods` are a label's (``modules 1-4 12 15``). A blank cell's mark among them is a cell
    too (``… 28,0  -``: the decimal under the first period, the second blank)."""
    tail: list[str] = []
    for word in reversed(line.split()):
        if not (NUMBER.fullmatch(word) or BLANK_MARK.fullmatch(word)
                or any(form.fullmatch(word) for _, form in _NOT_A_COUNT)):
            break
        tail.append(word)
    for word in reversed(tail[:periods]):
        for name, form in _NOT_A_COUNT:
            if form.fullmatch(word):
                return name, word
    return None
