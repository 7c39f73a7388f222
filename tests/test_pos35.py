"""Rows of a positional source that the columns' positions do not place, round two (session 35).

Three silent readings left open by tests/test_pos34.py, each now read as the positions say or said:

1. A figure under no column (right of the last column's reach): the positions allow no reading,
   and the row was read by its spacing, the totals choosing — a figure moved under a period it
   does not stand under, said nowhere. Where the other rows of its page stand under the columns
   (read by their positions alone), the line is on their grid, and it is said
   (``ambiguous-alignment``, ``positions-none``). Where they do not — a later page an extractor
   laid out on a grid of its own, rows whose names the reader joined and laid out again
   (tests/test_unseen_pdfs20.py) — the line keeps its spacing's readings, as before.
2. A figure between two columns that span their figures (widened to where the full rows print
   them), under neither: it went by the right edge of the span, which ends at the column's
   rightmost figure, not at an edge its figures share; it now goes to the column it stands
   clearly nearer (tests/test_pos34.py, the joined name's row laid out again), or, as near both,
   the totals choose among the two.
3. A small laid-out table (three rows and its total) with one row whose figures stand off the
   columns: the columns were used only where 80 % of the lines read by them, so the whole table
   was read by its spacing. All its lines but one, three at least, now say it is laid out in its
   columns; that one row is said, the others read by their positions.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import Phase, event, given, note, settings
from hypothesis import strategies as st

from okot_audit import read_text
from okot_audit.parse import parse_answer
from okot_audit.parse.columns import Columns, aligned, column_spans, place_by_position, position_readings
from okot_audit.source import source_from_bytes, source_from_text
from generate.pdf import HandPage

FAST = (Phase.explicit, Phase.reuse, Phase.generate)

# ---------------------------------------------------------------------------------------------
# Laid-out text typed here: a header of periods right-aligned over their columns, rows of
# programmes without codes, a ``Totaal``. ``PROSE``: lines before the table that end in numbers,
# as an answer's prose does; so many of them that the text is not taken for a page's layout as a
# whole (:func:`okot_audit.read.layout.laid_out`) and the table is read as text whose header's
# columns its rows line up under (:func:`okot_audit.parse.columns.aligned`).

LABEL = 40  # where the figures' cells begin
CELL = 10  # each period's cell: its figures and its label end at the cell's right edge
PROSE = "\n".join(f"In de periode {k} werd het aantal geteld volgens de regels van {2000 + k}" for k in range(14))
NAMES = ("Graduaat orthopedagogie", "Graduaat verpleegkunde", "Bachelor verpleegkunde", "Bachelor vroedkunde",
         "Zorgkundige")


def _line(label: str, cells: list[tuple[int, str]]) -> str:
    """`label`, then each text of `cells` ending at its character column."""
    line = label
    for end, text in cells:
        line = line.ljust(end - len(text)) + text
    return line


def _end(column: int) -> int:
    return LABEL + CELL * (column + 1)


def _table(periods: list[str], rows: list[tuple[str, list[int | None]]], moved: dict[int, int] | None = None,
           prose: bool = False) -> str:
    """The answer's text: `rows` under `periods`, their unique-person totals summed; the figure of
    each row `moved` maps to (its index) ended as many characters right of its cell."""
    moved = moved or {}
    head = _line("Opleiding", [(_end(k), p) for k, p in enumerate(periods)])
    lines = []
    for index, (name, values) in enumerate(rows):
        cells = [(_end(k), str(v)) for k, v in enumerate(values) if v is not None]
        if index in moved:
            end, text = cells[-1]
            cells[-1] = (end + moved[index], text)
        lines.append(_line(name, cells))
    totals = [sum(v[k] or 0 for _, v in rows) for k in range(len(periods))]
    lines.append(_line("Totaal", [(_end(k), str(t)) for k, t in enumerate(totals)]))
    before = f"Vraag 1\n\n{PROSE}\n\n" if prose else "Vraag 1\n\n"
    return before + "Aantal unieke cursisten dat startte.\n\n" + "\n".join([head, *lines]) + "\n"


def _cells(answer) -> set[tuple[str, str, int]]:
    return {(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"}


def _want(periods: list[str], rows: list[tuple[str, list[int | None]]], but: int | None = None) -> set[tuple[str, str, int]]:
    return {(name, periods[k], v) for i, (name, values) in enumerate(rows) if i != but
            for k, v in enumerate(values) if v is not None}


ROWS = [("Graduaat orthopedagogie", [118, 131, 142]), ("Graduaat verpleegkunde", [240, None, 262]),
        ("Bachelor verpleegkunde", [88, 90, 97]), ("Bachelor vroedkunde", [20, 21, 22]), ("Zorgkundige", [61, 64, 70])]
YEARS = ["2019", "2020", "2021"]


@pytest.mark.parametrize("prose", [False, True], ids=["laid-out page", "amid prose"])
@pytest.mark.parametrize("count", [3, 4, 5])
def test_a_small_table_s_row_with_a_figure_right_of_the_last_column_is_said(count: int, prose: bool) -> None:
    """``262`` (2021's, 2020 blank) set 14 characters right of 2021's cell: under no column. Its
    spacing leaves it two readings (262 under 2020 or 2021) and the totals — which hold either
    way only where 2020's figure is its — chose; now the row is said, the other rows read."""
    rows = ROWS[:count]
    text = _table(YEARS, rows, {1: 14}, prose)
    answer = read_text(text, "laid.txt")
    said = [(i.kind, i.reason, i.numbers) for i in answer.issues]
    assert said == [("ambiguous-alignment", "positions-none", (240, 262))], text
    assert _cells(answer) == _want(YEARS, rows, but=1)


@pytest.mark.parametrize("prose", [False, True], ids=["laid-out page", "amid prose"])
@pytest.mark.parametrize("count", [3, 4, 5])
def test_a_small_table_whose_rows_all_stand_under_the_columns_is_read(count: int, prose: bool) -> None:
    rows = ROWS[:count]
    answer = read_text(_table(YEARS, rows, prose=prose), "laid.txt")
    assert answer.issues == []
    assert _cells(answer) == _want(YEARS, rows)


def test_amid_prose_the_small_table_is_read_as_text_by_its_columns() -> None:
    """(What the cases above amid prose stand on: the text is not a page's layout as a whole, and
    the table's lines — three of four reading by the header's columns — are laid out in them.)"""
    text = _table(YEARS, ROWS[:3], {1: 14}, prose=True)
    assert not source_from_text(text, "laid.txt").positional
    lines = text.splitlines()
    head = next(line for line in lines if line.startswith("Opleiding"))
    rows = lines[lines.index(head) + 1:]
    spans = column_spans(head, YEARS)
    assert spans is not None
    assert [place_by_position(line, spans, by_order=False) is not None for line in rows] == [True, False, True, True]
    assert aligned(rows, spans)
    assert not aligned(rows[1:], spans)  # (two of three: too few to say)


# ---------------------------------------------------------------------------------------------
# Generated: small tables (3–5 rows, 3–5 periods, blanks), laid out as above, on a page of their
# own or amid prose; one row's last figure moved right of the last column, or none.

@settings(max_examples=40, deadline=None, phases=FAST, derandomize=True)
@given(data=st.data())
def test_small_tables_read_by_their_columns_or_the_row_off_them_said(data) -> None:
    n = data.draw(st.integers(3, 5), label="periods")
    first = data.draw(st.integers(2015, 2019), label="first year")
    periods = [str(first + k) for k in range(n)]
    count = data.draw(st.integers(3, 5), label="rows")
    rows = []
    for name in NAMES[:count]:
        values: list[int | None] = [data.draw(st.one_of(st.none(), st.integers(1, 999)), label="cell") for _ in periods]
        values[-1] = data.draw(st.integers(1, 999), label="last cell")  # (each row ends in a figure)
        rows.append((name, values))
    bad = data.draw(st.one_of(st.none(), st.integers(0, count - 1)), label="row off the columns")
    prose = data.draw(st.booleans(), label="amid prose")
    text = _table(periods, rows, {bad: data.draw(st.integers(12, 20), label="how far right")} if bad is not None else None, prose)
    note(text)
    answer = read_text(text, "laid.txt")
    note(repr(answer.issues))
    if bad is None or None not in rows[bad][1]:
        # (a full row, its last figure off: as many figures as columns, the order places them)
        assert answer.issues == []
        assert _cells(answer) == _want(periods, rows)
        event("all read")
        return
    said = [(i.kind, i.reason, i.line) for i in answer.issues]
    figures = tuple(v for v in rows[bad][1] if v is not None)
    assert [(i.kind, i.reason, i.numbers) for i in answer.issues] == [("ambiguous-alignment", "positions-none", figures)], said
    assert _cells(answer) == _want(periods, rows, but=bad)
    event("the row off the columns said")


# ---------------------------------------------------------------------------------------------
# A PDF laid out by hand (fpdf2): small tables (3–5 rows) whose one row prints 400 under 2018 and
# 80 16 mm right of 2021's figures, under no column — the totals fit 400 under 2019 and 80 under
# 2021 (the answer's own error hidden). Read from the PDF by its words' positions: said.

EDGES = (110.0, 130.0, 150.0, 170.0)
FULL = (("908001: Bachelor kleuter - 1ste jaar", (50, 71, 138, 102)), ("908003: Bachelor kleuter - 3de jaar", (12, 14, 16, 18)),
        ("908005: Bachelor lager - 1ste jaar", (20, 21, 22, 23)), ("908006: Bachelor lager - 2de jaar", (30, 31, 32, 33)))


@lru_cache(maxsize=None)
def _small_pdf(count: int, eighty: float) -> bytes:
    pytest.importorskip("fpdf", reason="the PDF forms need fpdf2 (pip install '.[test]')")
    page = HandPage()
    put = page.put

    put(15, "Vraag 1", right=False)
    page.y += 8
    put(15, "Unieke cursisten met gestarte OKOT'(s)", right=False)
    page.y += 8
    put(15, "Opleiding", right=False)
    for period, edge in zip(("2018", "2019", "2020", "2021"), EDGES):
        put(edge, period)
    full = FULL[:count - 1]
    for k, (label, values) in enumerate(full):
        if k == 1:
            page.y += 6
            put(15, "908002: Bachelor kleuter - 2de jaar", right=False)
            put(EDGES[0], "400")
            put(eighty, "80")
        page.y += 6
        put(15, label, right=False)
        for value, edge in zip(values, EDGES):
            put(edge, str(value))
    sums = [sum(values[k] for _, values in full) for k in range(4)]
    page.y += 6
    put(15, "Totaal", right=False)
    for value, edge in zip((sums[0], sums[1] + 400, sums[2], sums[3] + 80), EDGES):
        put(edge, str(value))
    return page.data()


def _row(answer) -> list[tuple[str, int]]:
    return [(c.period, c.count) for t in answer.tables for c in t.cells if c.code == "908002"]


@pytest.mark.parametrize("count", [3, 4, 5])
def test_the_pdf_a_small_table_s_figure_right_of_the_last_column_is_said(count: int) -> None:
    answer = parse_answer(source_from_bytes(_small_pdf(count, EDGES[3] + 16), "answer.pdf"))
    assert _row(answer) == []  # (was 400 under 2019, 80 under 2021)
    assert [(i.kind, i.reason, i.numbers, i.code) for i in answer.issues] == [
        ("ambiguous-alignment", "positions-none", (400, 80), "908002")]


@pytest.mark.parametrize("count", [3, 4, 5])
def test_the_pdf_a_small_table_s_figures_under_their_columns_are_read(count: int) -> None:
    """The same row, 80 under 2021: read where it stands, 400 under 2018 (the answer's error, the
    total of 2018 below it, for the rules to say)."""
    answer = parse_answer(source_from_bytes(_small_pdf(count, EDGES[3]), "answer.pdf"))
    assert _row(answer) == [("2018", 400), ("2021", 80)]
    assert answer.issues == []


# ---------------------------------------------------------------------------------------------
# Columns that span their figures (:class:`~okot_audit.parse.columns.Columns`, ``widened``): a
# figure between two of them, under neither.

WIDE = Columns([(43, 50), (57, 68)], widened=frozenset((0, 1)))


@pytest.mark.parametrize("end, want", [
    # ``50`` ending where 2020's figures begin, five characters right of 2019's: 2020's (by the
    # right edges, 2019's: 7 from its end, 11 from 2020's, which its widest figure sets)
    (57, {(None, 50)}),
    # as near both (two characters from 2019's, three from 2020's): either, the totals choose
    (54, {(50, None), (None, 50)}),
])
def test_a_figure_between_two_widened_columns(end: int, want: set) -> None:
    assert position_readings(_line("863062: traject", [(end, "50")]), WIDE) == want


def test_plain_columns_keep_the_right_edge_rule() -> None:
    """The header's own labels (not widened): a right-aligned figure right of a centred label lines
    up with its right edge, as before."""
    line = _line("863062: traject", [(57, "50")])
    plain = place_by_position(line, [(43, 50), (57, 68)])
    assert plain is not None and plain.values == (50, None)
    wide = place_by_position(line, WIDE)
    assert wide is not None and wide.values == (None, 50)
