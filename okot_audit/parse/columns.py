"""Numbers placed in the period column they stand under, by character position.

A PDF or ``.xlsx`` answer is rendered into *layout text* (see :mod:`okot_audit.read`): every
word stands at a character column proportional to its position on the page, so a number
stands under the header label of its period, and a blank cell is empty space under a column.
``pdftotext -layout`` text is laid out the same way. On such lines the columns settle what
spacing in plain text can only guess:

- :func:`column_spans` finds the character spans of a header line's period labels;
- :func:`place_by_position` reads one line against those spans, or says it cannot (``None``:
  the caller falls back to inferring blanks from spacing);
- :func:`aligned` tells whether a block of text is laid out in columns at all;
- :func:`figure_spans` finds the columns from the rows that fill every one of them, where no
  header stands above (a page a table runs on to, laid out on a grid of its own);
- :func:`edge_columns` finds the columns of a tight table (cells one space apart, every one
  filled) where its figures' right edges line up, and :func:`place_by_edges` reads a line by
  them.

Pure functions on strings: nothing here knows about pages, sheets or tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from okot_audit.parse.cells import NUMBER, Placement, number_value
from okot_audit.parse.tokens import WORD

#: Slack in characters a number may stand beside its column (right- or left-aligned cells).
SLACK = 3

Span = tuple[int, int]


class Columns(list[Span]):
    """Period columns (each a character span) and what is known of them.

    `widened`: the columns (their indexes) that span where the figures of the table's rows stand
    under them, not only their header labels (the rows' own grid,
    :func:`okot_audit.parse._with_full_rows`): a figure standing between two of them, under
    neither, stands off every figure of both, and its right edge lines up with neither's (such a
    column's span ends at its rightmost figure, not at a common edge), so it goes to the one it
    stands clearly nearer, or to neither (:func:`_column_of`). `held`: asks
    whether the other rows of the line's page read by these columns' positions
    (:func:`okot_audit.parse._held`): a line there whose figures they place in no way is on their
    grid, not on one of its own."""

    widened: frozenset[int] = frozenset()

    def __init__(
        self, spans: "Sequence[Span]", *, widened: frozenset[int] = frozenset(),
        held: "Callable[[], bool] | None" = None,
    ) -> None:
        super().__init__(spans)
        self.widened = widened
        self._held = held

    def held(self) -> bool:
        """Whether the other rows of the line's page read by these columns (asked, then worked out)."""
        return self._held is not None and self._held()


#: By how many characters a figure between two widened columns (:class:`Columns`) must stand
#: nearer one of them to go to it; else it stands as near both.
NEARER = 2


def column_spans(header_line: str, labels: Sequence[str]) -> list[Span] | None:
    """The (start, end) character spans of `labels` in `header_line`, in order, or None.

    Labels are looked for as whole tokens, last label at the right end: ``2022*`` matches the
    label ``2022*`` (footnote markers are part of the printed label).
    """
    spans: list[Span] = []
    end = len(header_line)
    for label in reversed(labels):
        at = _rfind_token(header_line, label, end)
        if at is None:
            return None
        spans.append((at, at + len(label)))
        end = at
    return spans[::-1]


def _rfind_token(line: str, token: str, end: int) -> int | None:
    at = line.rfind(token, 0, end)
    while at >= 0:
        before = line[at - 1] if at > 0 else " "
        after = line[at + len(token)] if at + len(token) < len(line) else " "
        if before.isspace() and (after.isspace() or after == "*"):
            return at
        at = line.rfind(token, 0, at)
    return None


def _reach(columns: Sequence[Span]) -> list[Span]:
    """How far left and right of its label a figure of each column may stand.

    Between two columns: half the space between their labels (a right-aligned number under a
    centred label stands up to there), at least :data:`SLACK` characters. The outer side of
    the first and the last column reaches as far as their inner side; a lone column reaches
    three label widths each way.
    """
    out = []
    n = len(columns)
    for i, (start, end) in enumerate(columns):
        left = max(SLACK, (start - columns[i - 1][1]) // 2) if i > 0 else None
        right = max(SLACK, (columns[i + 1][0] - end) // 2) if i + 1 < n else None
        if left is None and right is None:  # a lone column: its figures are all that is right
            left = right = max(SLACK, 3 * (end - start))
        low = left if left is not None else right
        high = right if right is not None else left
        assert low is not None and high is not None  # one of them is set, see above
        out.append((start - low - SLACK, end + high + SLACK))  # neighbours' reaches overlap
    return out


def _column_of(start: int, end: int, columns: Sequence[Span], hits: Sequence[int]) -> int | None:
    """The one column of `hits` (those whose reach the token at [start, end) stands in) it
    belongs to, or None (none, or two it stands equally near)."""
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        inside = [i for i in hits if columns[i][0] <= start and end <= columns[i][1]]
        if len(inside) == 1:
            return inside[0]  # wholly under one column's label (a wide one: ``2021 gestart``)
        # Within two reaches: under the label whose right edge it lines up with, clearly
        # (right-aligned figures stand right of a centred label, up to the middle of the gap
        # and beyond) — by more than the slack, or by the slack when it ends within the slack
        # of that edge: a figure off both edges by about as much (``671`` ending 6 right of
        # ``2023`` and 9 left of ``Totaal``: figures centred on a grid of their own) lines up
        # with neither; else under the label it is strictly nearer to.
        wide: frozenset[int] = getattr(columns, "widened", frozenset())
        if all(i in wide for i in hits) and not any(columns[i][0] < end and start < columns[i][1] for i in hits):
            # (between two columns that span their figures, under neither: by how near it stands
            # to each — ``50`` two characters left of 2020's figures and five right of 2019's)
            near = sorted((max(0, columns[i][0] - end, start - columns[i][1]), i) for i in hits)
            return near[0][1] if near[1][0] - near[0][0] >= NEARER else None
        edges = sorted((abs(end - columns[i][1]), i) for i in hits)
        apart = edges[1][0] - edges[0][0]
        if apart > SLACK or (apart == SLACK and edges[0][0] < SLACK):
            return edges[0][1]
        distance = sorted((max(0, columns[i][0] - end, start - columns[i][1]), i) for i in hits)
        if distance[0][0] < distance[1][0]:
            return distance[0][1]
    return None


def _in_order(figures: Sequence[re.Match[str]], columns: Sequence[Span], reach: Sequence[Span]) -> list[int] | None:
    """The column of each figure (left to right), or None.

    Each figure may stand under the columns whose reach it stands in; the figures keep their
    order, one column each. The order settles a figure within two reaches when only one of
    them leaves room for its neighbours (a full row: as many figures as columns); otherwise
    the figure goes to the column it lines up with (:func:`_column_of`)."""
    n = len(columns)
    hits = [[i for i, (lo, hi) in enumerate(reach) if f.start() < hi and f.end() > lo] for f in figures]
    low, floor = [], -1
    for options in hits:  # the leftmost column each figure can take, given those before it
        floor = min((c for c in options if c > floor), default=n)
        low.append(floor)
    high, ceiling = [0] * len(hits), n
    for i in range(len(hits) - 1, -1, -1):  # the rightmost, given those after it
        ceiling = max((c for c in hits[i] if c < ceiling), default=-1)
        high[i] = ceiling
    chosen: list[int] = []
    for figure, options, lo, hi in zip(figures, hits, low, high):
        left = chosen[-1] if chosen else -1
        feasible = [c for c in options if max(lo, left + 1) <= c <= hi]
        column = _column_of(figure.start(), figure.end(), columns, feasible)
        if column is None:
            return None
        chosen.append(column)
    return chosen


def settled_spans(lines: Sequence[str], columns: Sequence[Span]) -> list[list[Span]]:
    """Per column of `columns` (a header's period labels), where the figures stand that the
    lines place there by their order alone: a line's figures keep their order, one column
    each, and a figure within only one column's reach, or one its neighbours leave a single
    column to (``92  66  1334`` under ``2022 2023 Totaal`` with a blank 2021), stands under
    that column whatever its distance to the labels. Lines that do not read by the columns
    (:func:`place_by_position`) count for none."""
    found: list[list[Span]] = [[] for _ in columns]
    reach = _reach(columns)
    n = len(columns)
    for line in lines:
        placed = place_by_position(line, columns, by_order=False)
        if placed is None:
            continue
        figures = [t for t in WORD.finditer(line)][-sum(v is not None for v in placed.values):]
        hits = [[i for i, (lo, hi) in enumerate(reach) if f.start() < hi and f.end() > lo] for f in figures]
        floor, low = -1, []
        for options in hits:
            floor = min((c for c in options if c > floor), default=n)
            low.append(floor)
        ceiling, high = n, [0] * len(hits)
        for i in range(len(hits) - 1, -1, -1):
            ceiling = max((c for c in hits[i] if c < ceiling), default=-1)
            high[i] = ceiling
        for figure, lo, hi in zip(figures, low, high):
            if lo == hi < n:
                found[lo].append((figure.start(), figure.end()))
    return found


def place_by_position(line: str, columns: Sequence[Span], by_order: bool = True) -> Placement | None:
    """Read `line`'s trailing numbers into the columns they stand under.

    `columns` are the character spans of the period labels in the header line (see
    :func:`column_spans`). Every number of the line's trailing run must stand under one
    column, each in a column right of the one before (:func:`_in_order`); the text left of the first placed
    number is the label — a number one space after the label's words (cells stand two spaces
    or more apart), a number left of the first column's label that follows the text after one
    space, or one that stands wholly left of the column, is label text (``modules 1- 4``
    … ``12``). Columns without a number are blank (None). Returns None when
    the numbers do not line up with the columns (a number between two columns or right of the
    last, two numbers under one column, label text reaching under the first column), and the
    caller then infers the placement from spacing.
    """
    if not columns:
        return None
    if isinstance(columns, EdgeSpans):
        return place_by_edges(line, columns)
    reach = _reach(columns)
    tokens = list(WORD.finditer(line))
    k = len(tokens)
    while k > 0 and NUMBER.fullmatch(tokens[k - 1].group()):
        k -= 1
    # Cells of layout text stand two spaces or more apart: numbers one space after the label's
    # words are the label's own (``module 5``), wherever a long label reaches.
    while 0 < k < len(tokens) and tokens[k].start() - tokens[k - 1].end() <= 1:
        k += 1
    label_end = len(tokens)  # tokens[:label_end] are the label
    for index in range(len(tokens) - 1, k - 1, -1):
        token = tokens[index]
        if token.end() <= reach[0][0]:
            if index > 0 and token.start() - tokens[index - 1].end() >= 2:
                return None  # a figure in a cell of its own, under no period: not the label's
            break  # wholly left of the first column: label text
        if token.end() <= columns[0][0] and index > 0 and token.start() - tokens[index - 1].end() <= 1:
            break  # left of the first label and one space after the text: the label's digits
        label_end = index
    figures = tokens[label_end:]
    if not figures:
        return None
    if label_end > 0 and tokens[label_end - 1].end() > columns[0][0]:
        return None  # label text under the first column's label: not laid out in these columns
    placed = _in_order(figures, columns, reach)
    if placed is None and by_order and len(figures) == len(columns) and all(f.start() >= columns[0][0] - SLACK for f in figures):
        # A full row: a figure under every column, whatever the grid's jitter (an extractor's
        # character grid shifts a figure of one line by several characters) — the order says it.
        placed = list(range(len(columns)))
    if placed is None:
        return None
    values: list[int | None] = [None] * len(columns)
    for column, figure in zip(placed, figures):
        values[column] = number_value(figure.group())
    label = line[: tokens[label_end - 1].end()].strip() if label_end > 0 else ""
    return Placement(label=label, values=tuple(values), exact=True, rank=0)


#: A count whose thousands a space sets apart in one cell (``1 234``): a short number, one space,
#: three digits.
_THOUSANDS_PAIR = (re.compile(r"\d{1,3}"), re.compile(r"\d{3}"))
#: How many readings :func:`position_readings` lists at most (past it: those found, which the
#: caller weighs as it weighs a row with more readings than it lists).
POSITION_LIMIT = 256


def position_readings(line: str, columns: Sequence[Span]) -> set[tuple[int | None, ...]] | None:
    """The cells (a value or None per column) that the positions of `line`'s trailing numbers
    allow under `columns`, where :func:`place_by_position` settles none (a figure as near two
    columns' labels): each figure under the column it
    lines up with (:func:`_column_of`), or where it lines up with none of those whose reach it
    stands in (:func:`_reach`) under either, left to right, one column each — a count whose thousands
    a space sets apart in its cell (``1 234``: a short number, one space, three digits) one figure
    where both stand in that column's reach; the numbers before the figures the label's own, each
    one space after the word before it (cells stand two spaces or more apart: a number set apart
    in a cell of its own is a figure). Empty where the positions allow none (a figure under no
    column: beyond the last one's reach, or set apart left of the first's). At most
    :data:`POSITION_LIMIT` readings. None where the line's words reach under the first column's
    label: not laid out in these columns (a row whose wrapped name the reader joined and laid out
    again, its figures moved with it), where they stand says nothing."""
    tokens = list(WORD.finditer(line))
    k = len(tokens)
    while k > 0 and NUMBER.fullmatch(tokens[k - 1].group()):
        k -= 1
    tail = tokens[k:]
    if k and tokens[k - 1].end() > columns[0][0]:
        return None
    if not tail:
        return set()
    reach = _reach(columns)
    n = len(columns)

    def hits(start: int, end: int) -> list[int]:
        within = [i for i, (lo, hi) in enumerate(reach) if start < hi and end > lo]
        column = _column_of(start, end, columns, within)
        return [column] if column is not None else within

    units: list[list[tuple[int, int, list[int]]]] = [[] for _ in tail]  # per token: (tokens, value, columns)
    for i, token in enumerate(tail):
        units[i].append((1, number_value(token.group()), hits(token.start(), token.end())))
        if i + 1 < len(tail):
            after = tail[i + 1]
            if (after.start() - token.end() == 1 and _THOUSANDS_PAIR[0].fullmatch(token.group())
                    and _THOUSANDS_PAIR[1].fullmatch(after.group())):
                units[i].append((2, int(token.group() + after.group()), hits(token.start(), after.end())))
    out: set[tuple[int | None, ...]] = set()
    cells: list[int | None] = [None] * n

    def place(i: int, last: int) -> None:
        if len(out) >= POSITION_LIMIT:
            return
        if i == len(tail):
            out.add(tuple(cells))
            return
        for size, value, under in units[i]:
            for column in under:
                if column > last:
                    cells[column] = value
                    place(i + size, column)
                    cells[column] = None

    previous = tokens[k - 1].end() if k else None
    for first, token in enumerate(tail):  # tail[:first]: the label's own numbers
        place(first, -1)
        if previous is None or token.start() - previous > 1:
            break  # (a number set apart from the label, or no label: a figure, never the label's)
        previous = token.end()
    return out


def first_reach(columns: Sequence[Span]) -> int:
    """How far left a figure of the first of `columns` may stand (:func:`_reach`): a number
    ending there or before is under no column."""
    return _reach(columns)[0][0]


#: How many lines at least must read by the columns for all of a table's lines but one to say it
#: is laid out in them (:func:`aligned`).
ALL_BUT_ONE = 3


def aligned(lines: Sequence[str], columns: Sequence[Span], *, share: float = 0.8, header: bool = False) -> bool:
    """Whether the lines with trailing numbers are laid out in `columns` (layout text).

    True when at least `share` of the lines that end in a number read with
    :func:`place_by_position` — or all of them but one, three at least (a small table, three rows
    and its total, one row whose figures stand off the columns: that row is then read as the
    positions allow or said, never the whole table by its spacing; `header`: the columns are the
    labels of a header set apart in cells, itself a line laid out in them, so two rows and a total,
    one row off, are enough) — and at least one of them has
    a blank column or numbers that a single-space join could not have put there — i.e. the text
    keeps positions, as a PDF rendered by okot-audit or ``pdftotext -layout`` does. Plain text
    with single spaces (pypdf, pdfplumber ``extract_text()``) is not aligned.
    """
    numbered = [line for line in lines if line.rstrip() and NUMBER.fullmatch(line.split()[-1])]
    if not numbered or not columns:
        return False
    placed = [place_by_position(line, columns, by_order=False) for line in numbered]
    good = [p for p in placed if p is not None]
    if len(good) < share * len(numbered) and len(good) + header < max(ALL_BUT_ONE, len(numbered) - 1 + header):
        return False
    # Single-space text can pass by accident only when every number sits right after the label
    # and the columns are one space apart; demand real column gaps between the labels.
    gaps = [b[0] - a[1] for a, b in zip(columns, columns[1:])]
    return not gaps or max(gaps) > 1 or any(None in p.values for p in good)


def figure_spans(lines: Sequence[str], n: int) -> list[Span] | None:
    """The spans of `n` columns as the full rows among `lines` print them, or None.

    A full row ends in `n` numbers, each set off by two spaces or more from what stands before
    it (cells of layout text). Column *j* spans the *j*-th numbers of all full rows; the
    columns must follow each other without overlapping, else the rows do not agree and None is
    returned (as when no line is a full row).
    """
    found: list[list[Span]] = [[] for _ in range(n)]
    for line in lines:
        tokens = list(WORD.finditer(line))
        last = tokens[-n:]
        if len(last) < n or not all(NUMBER.fullmatch(t.group()) for t in last):
            continue
        before = [tokens[-n - 1].end()] if len(tokens) > n else []
        ends = before + [t.end() for t in last[:-1]]
        starts = [t.start() for t in last][-len(ends):] if ends else []
        if any(start - end < 2 for start, end in zip(starts, ends)):
            continue
        for j, token in enumerate(last):
            found[j].append((token.start(), token.end()))
    if not found[0]:
        return None
    spans = [(min(s for s, _ in column), max(e for _, e in column)) for column in found]
    if any(b[0] <= a[1] for a, b in zip(spans, spans[1:])):
        return None
    return spans


class EdgeSpans(list[Span]):
    """Columns of right-aligned figures set one space apart (a tight table in laid-out text,
    ``… 1ste jaar      118 1.220 131 1.468``): each column's span where its figures stand, and
    :attr:`edges`, the range its figures' right edges take. A line is read by those edges
    (:func:`place_by_edges`), not by the reach of a header label: where cells stand a space
    apart, a figure's left end says nothing, its right end says its column."""

    def __init__(self, spans: Sequence[Span], edges: Sequence[Span]) -> None:
        super().__init__(spans)
        self.edges = list(edges)


#: How many characters the right edges of one column's figures may stray, from the first to the
#: last (an extractor's character grid shifts a figure by one).
EDGE_STRAY = 2


def _set_off_figures(line: str, n: int) -> list[re.Match[str]] | None:
    """The figures that end `line`, at most `n`, when a label stands before them two spaces or
    more away (a laid-out line); else None."""
    tokens = list(WORD.finditer(line))
    k = len(tokens)
    while k > 0 and NUMBER.fullmatch(tokens[k - 1].group()):
        k -= 1
    if k == 0 or not 0 < len(tokens) - k <= n or tokens[k].start() - tokens[k - 1].end() < 2:
        return None
    return tokens[k:]


def edge_columns(lines: Sequence[str], header: Sequence[Span]) -> EdgeSpans | None:
    """The columns of `lines`, laid out with their figures right-aligned in columns as close as
    one space apart, under the `header`'s period labels; or None.

    The figures of every line set off from its label by two spaces or more, at most one per
    column (:func:`_set_off_figures`), establish the columns: their right edges fall into as
    many groups as the header has labels, each no wider than :data:`EDGE_STRAY`, each line's
    figures in groups left to right, and each label over the figures of its group. Two such
    lines at least, one of them full. Lines set otherwise (a figure one space after a cut
    label) do not count, and are read as before (:func:`place_by_edges` gives None)."""
    n = len(header)
    if n < 2:
        return None
    found = [f for f in (_set_off_figures(line, n) for line in lines) if f is not None]
    if len(found) < 2 or not any(len(figures) == n for figures in found):
        return None
    edges = sorted({f.end() for figures in found for f in figures})
    groups: list[list[int]] = [[edges[0]]]
    for edge in edges[1:]:
        if edge - groups[-1][-1] <= 1:
            groups[-1].append(edge)
        else:
            groups.append([edge])
    if len(groups) != n or any(g[-1] - g[0] > EDGE_STRAY for g in groups):
        return None
    ranges = [(g[0], g[-1]) for g in groups]
    starts: list[list[int]] = [[] for _ in range(n)]
    for figures in found:
        last = -1
        for figure in figures:  # (every edge is in a group: the groups were made of them)
            column = next(j for j, (lo, hi) in enumerate(ranges) if lo <= figure.end() <= hi)
            if column <= last:
                return None  # two figures of a line in one column
            starts[column].append(figure.start())
            last = column
    spans = [(min(s), hi) for s, (_, hi) in zip(starts, ranges)]
    if any(end <= lo or start >= hi for (start, end), (lo, hi) in zip(header, spans)):
        return None  # a header label not over its column's figures
    return EdgeSpans(spans, ranges)


def _edge_column(end: int, edges: Sequence[Span]) -> int | None:
    return next((j for j, (lo, hi) in enumerate(edges) if lo <= end <= hi), None)


def place_by_edges(line: str, columns: EdgeSpans) -> Placement | None:
    """Read `line`'s figures into the columns their right edges stand at (:class:`EdgeSpans`):
    a label, two spaces or more, then figures each ending at a column's edge, left to right;
    columns without a figure are blank. None when the line is not set so (a figure one space
    after its label, a figure off every column's edge, label text under the columns): it is
    then read by its spacing."""
    figures = _set_off_figures(line, len(columns))
    if figures is None or len(line[: figures[0].start()].rstrip()) > columns[0][0]:
        return None
    values: list[int | None] = [None] * len(columns)
    last = -1
    for figure in figures:
        column = _edge_column(figure.end(), columns.edges)
        if column is None or column <= last:
            return None
        values[column] = number_value(figure.group())
        last = column
    return Placement(label=line[: figures[0].start()].strip(), values=tuple(values), exact=True, rank=0)
