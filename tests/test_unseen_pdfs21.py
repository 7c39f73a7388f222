"""Laid-out text as users hold it, round 21: a table over two pages whose header is printed
again on the second page a character or more off the first (``pdftotext -layout`` lays out
each page on a grid of its own); justified prose above a laid-out table.

Each table is built from its counts (rows, their block's total, the grand total), rendered as
``pdftotext -layout`` prints it, and read back: every figure keeps its row and its period, and
nothing is reported. Before the fix the columns of both pages were taken as one: a header
moved a character left chained its periods' columns with the first page's, and a figure under
the last period was read, silently, in the period before it (its total moving with it).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import audit, read_text

HEAD = (
    "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)
MONTHS = ["juni", "juli", "augustus", "september", "oktober", "november"]
NAMES = ["Lasser", "Verzorgende", "Boekhouder", "Kinderbegeleider", "Elektricien", "Heftruckchauffeur"]
#: Where the first period's column ends.
FIRST_END = 80


def _at(line: str, end: int, text: str) -> str:
    """`line` with `text` printed to end at character `end` (right-aligned)."""
    start = max(end - len(text), len(line) + 2 if line.strip() else end - len(text))
    return line.ljust(start) + text


def _header(periods: list[tuple[str, str]], ends: list[int], wrapped: list[bool]) -> list[str]:
    """The header of `periods` (month, year), each right-aligned at its column's end: month
    and year on one line, or (where `wrapped` says) the month above its year, its cell wrapped."""
    top = ""
    bottom = "Provincie".ljust(26) + "Opleiding"
    for (month, year), end, wraps in zip(periods, ends, wrapped):
        if wraps:
            top = _at(top, end, month)
        bottom = _at(bottom, end, year if wraps else f"{month} {year}")
    return [top, bottom] if top else [bottom]


def _row(label: str, counts: list[int], ends: list[int], jitter: list[int]) -> str:
    """A row's label and its figures, each right-aligned `jitter` characters right of its
    column's end (left where negative)."""
    line = label
    for count, end, off in zip(counts, ends, jitter):
        line = _at(line, end + off, f"{count:,}".replace(",", "."))
    return line


@st.composite
def two_pages(draw):
    """A table of one province's programmes over two pages, its header printed again on the
    second page `shift` characters off the first; each figure a character or two left of its
    column's end (``pdftotext``'s rounding). Returns the text and the cells it holds."""
    n = draw(st.integers(3, 5))
    first = draw(st.integers(0, len(MONTHS) - n))
    periods = [(MONTHS[first + k], "2023") for k in range(n)]
    labels = [f"2023-{6 + first + k:02d}" for k in range(n)]
    wrapped = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    shift = draw(st.sampled_from([-3, -2, -1, 1, 2, 3]))
    names = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=4, unique=True))
    split = draw(st.integers(1, len(names) - 1))
    counts = [[draw(st.integers(1, 2999)) for _ in range(n)] for _ in names]
    totals = [sum(column) for column in zip(*counts)]
    province = "Antwerpen"
    page_break = draw(st.sampled_from(["\f", ""]))
    widths = [len(month) if wraps else len(f"{month} {year}") for (month, year), wraps in zip(periods, wrapped)]
    gaps = [draw(st.integers(2, 3)) for _ in periods]
    ends = [FIRST_END + sum(widths[1:k + 1]) + sum(gaps[1:k + 1]) for k in range(n)]
    moved = [end + shift for end in ends]
    jitter = st.lists(st.integers(-1, 2), min_size=n, max_size=n)
    lines = [*_header(periods, ends, wrapped), ""]
    for index, (name, row) in enumerate(zip(names[:split], counts)):
        lines.append(_row((province if index == 0 else "").ljust(26) + name, row, ends, draw(jitter)))
    lines += ["", page_break + "\n".join(_header(periods, moved, wrapped)), ""]
    for name, row in zip(names[split:], counts[split:]):
        lines.append(_row("".ljust(26) + name, row, ends, draw(jitter)))
    lines.append(_row(f"Totaal {province}", totals, ends, draw(jitter)))
    lines.append(_row("Eindtotaal", totals, ends, draw(jitter)))
    cells = sorted(
        [(name, label, count) for name, row in zip(names, counts) for label, count in zip(labels, row)]
        + [(f"Totaal {province}", label, count) for label, count in zip(labels, totals)]
        + [("Eindtotaal", label, count) for label, count in zip(labels, totals)]
    )
    return HEAD + "\n".join(lines) + "\n", cells


def _cells(answer) -> list[tuple]:
    return sorted((c.label, c.period, c.count) for t in answer.tables for c in t.cells)


@settings(max_examples=40, deadline=None)
@given(case=two_pages())
def test_a_header_repeated_a_few_characters_off_keeps_every_figure_in_its_period(case):
    """Shifted 1, 2 or 3 characters left or right, with or without its months wrapped above
    their years: every figure is read under the period it stands under, nothing reported."""
    text, cells = case
    answer = read_text(text, "generated.txt")
    assert _cells(answer) == cells
    assert answer.issues == []
    assert [f.rule for f in audit(answer).findings if f.severity in ("error", "warning")] == []


#: ``pdftotext -layout`` of a table over two pages (round 20's generator): the second page's
#: header of wrapped months is printed a character or more off the first's; ``829`` stands
#: under ``oktober`` (its ``2023*``).
FIRST_PAGE = (
    "Provincie                 Opleiding                                juni 2023    juli 2023\n"
    "                                                                                                2023          2023     2023*\n"
    "                                                                         36           72           29           25       59\n"
    "\n"
)
REPEATED = (
    "                                                                                            augustus   september   oktober\n"
    "Provincie                 Opleiding                                juni 2023   juli 2023\n"
    "                                                                                                2023        2023     2023*\n"
)
ROWS = (
    "Totaal Oost-Vlaanderen                                                   41          22         53            x      829\n"
    "                                                                               59          x          8           54       59\n"
    "Eindtotaal                                                               3.312           346        436          317     1.317\n"
)


def _periods_shifted(header: str, by: int) -> str:
    """`header` with its periods (right of the programme column) `by` characters right (left
    where negative); the words before them stay."""
    out = []
    for line in header.splitlines():
        head, periods = line[:60], line[60:]
        periods = " " * by + periods if by >= 0 else periods[-by:] if not periods[:-by].strip() else periods
        out.append(head + periods)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("by", [-3, -2, -1, 0, 1, 2])
def test_a_figure_under_a_header_repeated_off_by_a_few_characters_keeps_its_period(by):
    """The repeated header at the first page's columns less one (as ``pdftotext`` printed it)
    and 3 characters left to 2 right of that: ``829`` stays in October, the total with it (it
    was read in September, silently, at one of them)."""
    answer = read_text(HEAD + FIRST_PAGE + _periods_shifted(REPEATED, by) + ROWS, "generated.txt")
    placed = {(c.label, c.period) for t in answer.tables for c in t.cells if c.count in (829, 1317)}
    assert placed == {("Totaal Oost-Vlaanderen", "2023-10"), ("Eindtotaal", "2023-10")}


PROSE = ("diploma behaalde. Zo werden in 2019 nog 17 bijkomende vakken erkend voor leerkrachten "
         "secundair onderwijs en volgden de cursisten een traject van twee jaar bij de partners").split()
TABLE = (
    "                                                           oktober     november\n"
    "Provincie            Opleiding                               2019*         2019\n"
    "                     145966: voor (SLO)                         15            2\n"
    "                     624617: -en individueel traject -\n"
    "Antwerpen            modules secundair Se-n-se                  16           16\n"
    "Totaal Antwerpen                                                19           16\n"
    "Eindtotaal                                                      19           16\n"
)
TABLE_CELLS = [("2019-10", 15), ("2019-10", 16), ("2019-11", 2), ("2019-11", 16)]


@st.composite
def justified(draw):
    """A paragraph of prose as ``pdftotext -layout`` prints a justified one: its words a space
    or two apart (the grid's rounding of stretched gaps), each line with both."""
    out = []
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, len(PROSE) - 9))
        words = PROSE[start:start + draw(st.integers(9, len(PROSE) - start))]
        gaps = draw(st.lists(st.sampled_from([" ", "  "]), min_size=len(words) - 1, max_size=len(words) - 1))
        gaps[draw(st.integers(0, len(gaps) - 1))] = " "
        gaps[draw(st.integers(0, len(gaps) - 1))] = "  "
        out.append(words[0] + "".join(gap + word for gap, word in zip(gaps, words[1:])))
    return "\n".join(out) + "\n"


@settings(max_examples=40, deadline=None)
@given(paragraph=justified())
def test_justified_prose_above_a_laid_out_table_leaves_its_columns(paragraph):
    """Lines of justified prose above a laid-out table whose month headings wrap: the table is
    read as without them, nothing reported (the prose's words were taken for cells whose
    columns ran into the table's: ``unreadable-table``)."""
    answer = read_text(HEAD + paragraph + "\n" + TABLE, "generated.txt")
    assert answer.issues == []
    assert sorted((c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row") == TABLE_CELLS


def test_a_justified_line_of_prose_is_one_cell_and_a_header_of_names_is_not():
    """The line of prose stays whole in the laid-out source; a header of column names over
    counts, spaced as tightly, keeps its cells."""
    from okot_audit.read.layout import relayout
    from okot_audit.source import Source

    prose = "diploma  behaalde.  Zo  werden  in  2019  nog  17  bijkomende  vakken erkend voor leerkracht"
    header = "Opleiding  gestart  geslaagd  gestart  geslaagd  gestart  geslaagd  gestart  geslaagd"
    counts = "Lasser          12        10       14        9        11        8       15        7"
    text = HEAD + prose + "\n\n" + TABLE + "\n" + header + "\n" + counts + "\n"
    lines = relayout(Source(path="x.txt", text=text, encoding="utf-8", lines=tuple(text.split("\n")), kind="text")).lines
    assert " ".join(prose.split()) in lines
    assert not any(" ".join(header.split()) in line for line in lines)


#: Round 20's generator, laid out: a programme's row repeated in the next province's block,
#: its first figure a blank mark (``x``) — a row, not a header printed again.
REPEATED_ROW = (
    "Provincie        Opleiding                                                  2022  2023  2024*\n"
    "\n"
    "\n"
    "                 408963: beroepsonderwijs                                      x    51     41\n"
    "\n"
    "Totaal Brussel                                                                 x    51     41\n"
    "\n"
    "\n"
    "                 408963: beroepsonderwijs                                      x    51     57\n"
    "\n"
    "West-Vlaanderen\n"
    "                 926032: gehandicaptenzorg zorgkundige voor opvoeder -\n"
    "                 verkort traject - 2de jaar lerarenopleiding                  48    58      x\n"
    "\n"
    "Totaal West-Vlaanderen                                                        48   109     57\n"
)


def test_a_row_repeated_in_the_next_block_is_no_repeated_header():
    """A row whose words and blank mark repeat a row of the block above keeps the table's
    columns: each figure in its year, the rows of both blocks laid out alike (a first version of
    the fix took it for the header printed again, and the rows under it lost the table's
    columns: in a longer table each figure a year early, silently)."""
    from okot_audit.read.layout import relayout
    from okot_audit.source import Source

    text = HEAD + REPEATED_ROW
    laid = relayout(Source(path="x.txt", text=text, encoding="utf-8", lines=tuple(text.split("\n")), kind="text"))
    rows = [line for line in laid.lines if "408963" in line]
    assert len(rows) == 2 and rows[0].index(" x ") == rows[1].index(" x ")  # one table's columns
    answer = read_text(text, "generated.txt")
    assert answer.issues == []
    assert sorted((c.province, c.period, c.count) for t in answer.tables for c in t.cells if c.code == "408963") == [
        ("Brussel", "2023", 51), ("Brussel", "2024", 41), ("West-Vlaanderen", "2023", 51), ("West-Vlaanderen", "2024", 57)]
