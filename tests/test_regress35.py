"""A row's figures' positions rule readings out; they never settle a row its spacing leaves open.

In a source that keeps positions (the PDF read by its words' x positions, ``pdftotext -layout``
text), a row whose figures :func:`~okot_audit.parse.columns.place_by_position` cannot place alone
(a figure as near two columns' labels) is read only as its positions allow (session 34, pos34:
:func:`~okot_audit.parse._as_positions_allow`). That narrowing let the totals — the row's own
total column, or the table's total line — settle rows that its spacing's readings leave open:
``Kok  -  -  671`` under ``2021 2022 2023 Totaal`` (671 as near 2023 as Totaal, its marks made
blanks before placing) lost its total over blank periods to the row's total check, and 671 was
read under 2023, silently. Now:

- in laid-out text a row's blank marks hold their columns as its figures do, where they stand
  (:func:`~okot_audit.parse._marks_in_place`): cut out of the line before placing, they moved its
  figures left, and said nothing of the columns they stand under — ``Kok  -  -  671`` is read
  with 671 under Totaal, the marks under 2022 and 2023;
- the rows' choice is weighed again with a narrowed row's spacing readings back
  (:func:`~okot_audit.parse._settled_by_narrowing`): a row that choice does not read as the
  positions' choice does is said (``ambiguous-alignment``, ``positions-…``), never read;
- a row's total that fits none of the readings its positions allow is no reason to take the one
  reading that leaves its total unprinted (:func:`~okot_audit.parse._across_periods`): that would
  hide the answer's error (a row's total above its periods' sum) by moving the total under a period.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import assume, given, note, settings
from hypothesis import strategies as st

from generate.extract import available, extract
from okot_audit import read_text
from okot_audit.parse import parse_answer
from okot_audit.parse.columns import _column_of, _reach
from okot_audit.source import source_from_bytes
from generate.pdf import HandPage

HEAD = (
    "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)
LABELS = ("2021", "2022", "2023", "Totaal")
#: Where each header label starts (laid-out text): the centred grid of test_seeds24's lone total.
STARTS = (63, 81, 101, 114)


def _laid(label: str, cells: list[tuple[str, int]]) -> str:
    """A laid-out line: `label`, then each cell's text ending at its column (0-based, exclusive)."""
    line = label
    for text, end in cells:
        line += " " * (end - len(text) - len(line)) + text
        assert line.endswith(text) and len(line) == end, (line, text, end)
    return line


def _header() -> str:
    return _laid("Opleiding", [(label, start + len(label)) for label, start in zip(LABELS, STARTS)])


def _said(answer, number: int) -> bool:
    return any(i.kind == "ambiguous-alignment" and number in i.numbers for i in answer.issues)


def _cells_of(answer, label: str) -> list[tuple[str, int]]:
    return [(c.period, c.count) for t in answer.tables for c in t.cells if c.label == label]


# ---------------------------------------------------------------------------------------------
# The general case in laid-out text: rows of the centred grid (figures ending at 78, 97 and 111:
# lined up with 2022, with 2023 by their order, and with Totaal), 2021 blank throughout, and a row
# whose one figure ends at 111 — 6 right of ``2023``, 9 left of ``Totaal``: as near both.

GRID = [("Kok", ("1228", "27", "1255")), ("Bakker", ("91", "294", "454")), ("Lasser", ("78", "61", "354"))]
ENDS = (78, 97, 111)


def _grid(rows: list[tuple[str, tuple[str, ...]]], lone: str) -> str:
    lines = ["1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten, per opleiding.", "", "",
             _header()]
    for label, figures in rows:
        lines += [_laid(label, list(zip(figures, ENDS[-len(figures):]))), ""]
    return "\n".join([*lines, lone, ""])


@pytest.mark.parametrize("marks", [("-", "-"), ("x", "x")], ids=["dashes", "x"])
def test_a_lone_figure_as_near_a_period_as_the_total_is_read_where_its_rows_marks_leave_it(marks: tuple[str, str]) -> None:
    # (was: 671 read under 2023 — its marks cut out of the line before placing, its total over blank
    # periods refused by the row's total check, the positions leaving 2023 alone. The marks stand
    # under 2022 and 2023 as their rows' figures do: they hold those columns, and 671 is Totaal's)
    cells = [(m, e) for m, e in zip(marks, (77, 96))] + [("671", 111)]
    answer = read_text(HEAD + _grid(GRID, _laid("Verpleger", cells)), "g.txt")
    assert _cells_of(answer, "Verpleger") == [("Totaal", 671)]
    assert _cells_of(answer, "Bakker") == [("2022", 91), ("2023", 294), ("Totaal", 454)]


def test_a_lone_figure_as_near_a_period_as_the_total_without_marks_is_said() -> None:
    # (no mark says which columns are blank: the positions allow 2023 or Totaal, the row's total
    # check refuses a total over blank periods, and the spacing leaves 2021, 2022 and 2023 — said,
    # not read under 2023 by the positions' narrowing)
    answer = read_text(HEAD + _grid(GRID, _laid("Verpleger", [("671", 111)])), "g.txt")
    assert _cells_of(answer, "Verpleger") == []
    assert [(i.kind, i.reason, i.numbers) for i in answer.issues] == [
        ("ambiguous-alignment", "positions-no-total", (671,))]


def test_a_figure_after_marks_stands_where_printed_not_where_the_marks_cut_out_leave_it() -> None:
    # (``Kok  -  -  10``: 10 ends midway between 2020's and 2021's labels; cut out of the line, the
    # two marks moved it two characters left, nearer 2020 — read there, silently)
    text = "\n".join([
        "",
        "Opleiding                                         2019          2020          2021",
        "Bakker                                             224           179            10",
        "",
        "Lasser                                              12            33            45",
        "",
        "Kok                                                  -             -    10",
        "",
    ])
    answer = read_text(HEAD + text, "g.txt")
    assert _cells_of(answer, "Kok") == [("2021", 10)]
    assert not answer.issues


def test_a_row_total_above_its_periods_is_not_moved_under_a_period_to_fit() -> None:
    # A planted error: ``Verpleger`` prints 50 and 60 in 2022 and 2023 and a total of 120, above
    # their sum (110). Its 60 and 120 each stand as near two columns: the positions allow 120
    # under 2023 (60 then 2022's, 50 2021's: its total unprinted) or under Totaal. Every reading
    # with the total printed breaks the row's total; the one that leaves it unprinted fits only
    # by moving the figures — which hid the error. Now the row is said.
    lone = _laid("Verpleger", [("50", 72), ("60", 93), ("120", 111)])
    answer = read_text(HEAD + _grid(GRID, lone), "g.txt")
    assert ("2023", 120) not in _cells_of(answer, "Verpleger")
    assert _cells_of(answer, "Verpleger") == [("2022", 50), ("2023", 60), ("Totaal", 120)] or (
        _cells_of(answer, "Verpleger") == [] and _said(answer, 120))


def test_a_row_total_that_fits_is_read_under_the_total() -> None:
    # (the same row, its total 110: the reading with the total printed fits, and is read)
    lone = _laid("Verpleger", [("50", 78), ("60", 97), ("110", 111)])
    answer = read_text(HEAD + _grid(GRID, lone), "g.txt")
    assert _cells_of(answer, "Verpleger") == [("2022", 50), ("2023", 60), ("Totaal", 110)]
    assert not answer.issues


# ---------------------------------------------------------------------------------------------
# The table's total line: test_pos34's laid-out table, ``60`` as near 2019's label as 2020's, 80
# lined up under 2021. Its totals fit 60 under 2019 among the positions' readings; among the
# spacing's, 80 under 2020 (60 under 2019) fits them as well: the positions alone settle it, not
# the totals — said, as before session 34 (the row's 80 stands under 2021 by its position only).

POS_HEAD = "Opleiding                                  2018      2019      2020      2021"
POS_ROWS = (
    "908001: Bachelor kleuter - 1ste jaar         50        71       138       102",
    "908002: Bachelor kleuter - 2de jaar         400            60              80",
    "908003: Bachelor kleuter - 3de jaar          12        14        16        18",
    "908005: Bachelor lager - 1ste jaar           20        21        22        23",
    "908006: Bachelor lager - 2de jaar            30        31        32        33",
    "908007: Bachelor lager - 3de jaar            40        41        42        43",
)


def _pos_table(totals: str):
    text = "\n".join(["Vraag 1", "", "Unieke cursisten met gestarte OKOT'(s)", "", POS_HEAD, *POS_ROWS, totals]) + "\n"
    return read_text(text, "laid.txt")


def _row(answer, code: str = "908002") -> list[tuple[str, int]]:
    return [(c.period, c.count) for t in answer.tables for c in t.cells if c.code == code]


def test_totals_that_fit_a_reading_the_positions_rule_out_too_leave_the_row_said() -> None:
    # (2019: 230 — 60 must be there, 178 without it; 2020: 250, with 80 or without; 2021: 219 —
    # the other rows' sum: 80 need not be there. Unique persons: 60 in 2019 with 80 in 2021, or
    # with 80 in 2020 — both fit)
    answer = _pos_table("Totaal                                      552       230       250       219")
    assert _row(answer) == []  # (was read: 400 in 2018, 60 in 2019, 80 in 2021)
    assert [(i.kind, i.reason, i.numbers, i.code) for i in answer.issues] == [
        ("ambiguous-alignment", "positions-ambiguous", (400, 60, 80), "908002")]


@pytest.mark.parametrize("totals, sixty", [
    ("Totaal                                      552       238       250       299", "2019"),
    ("Totaal                                      552       178       310       299", "2020"),
])
def test_totals_that_fit_one_reading_of_the_spacing_read_the_row(totals: str, sixty: str) -> None:
    answer = _pos_table(totals)
    assert answer.issues == []
    assert _row(answer) == [("2018", 400), (sixty, 60), ("2021", 80)]


# ---------------------------------------------------------------------------------------------
# The seeds' text form (pdftotext without -layout: single spaces, blank cells leave no trace
# where the spacing collapsed): ``Kok - - 671`` — the marks say two blank cells, the line three
# of four; its 671 is read under Totaal only where the totals say so, else said.

SEEDS_FORM = "\n".join([
    "Opleiding 2021 2022 2023 Totaal",
    "Bakker 10 20 30 55",
    "Lasser 5 - 7 12",
    "Kok - - 671",
    "Totaal 15 20 37 738",
    "",
])


def test_the_seeds_text_form_a_lone_total_between_marks_is_read_under_totaal_or_said() -> None:
    answer = read_text(HEAD + SEEDS_FORM, "g.txt")
    assert _cells_of(answer, "Kok") in ([("Totaal", 671)], []) and ("2023", 671) not in _cells_of(answer, "Kok")
    assert _cells_of(answer, "Kok") or _said(answer, 671)


# ---------------------------------------------------------------------------------------------
# The PDF itself, laid out by hand: the centred grid's lone total (its figure ending midway
# between 2023's and Totaal's labels' ends), read by its words' positions, and its
# ``pdftotext -layout`` text.

PDF_EDGES = (110.0, 130.0, 150.0, 170.0)  # (mm: where each label ends)
PDF_ROWS = (("Kok", (None, 1228, 27, 1255)), ("Bakker", (None, 91, 294, 454)), ("Lasser", (None, 78, 61, 354)))


@lru_cache(maxsize=None)
def _lone_pdf() -> bytes:
    page = HandPage()
    put = page.put

    put(15, "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten, per opleiding.", right=False)
    page.y += 10
    put(15, "Opleiding", right=False)
    for label, edge in zip(LABELS, PDF_EDGES):
        put(edge, label)
    for label, values in PDF_ROWS:
        page.y += 6
        put(15, label, right=False)
        for value, edge in zip(values, PDF_EDGES):
            if value is not None:
                put(edge, str(value))
    page.y += 6
    put(15, "Verpleger", right=False)
    put(PDF_EDGES[1], "-")
    put(PDF_EDGES[2], "-")
    put((PDF_EDGES[2] + PDF_EDGES[3]) / 2, "671")  # (midway: as near 2023 as Totaal)
    return page.data()


@pytest.mark.parametrize("form", [
    "pdf", pytest.param("layout", marks=pytest.mark.skipif(
        not available("pdftotext-layout"), reason="pdftotext not installed (poppler-utils)"))])
def test_a_pdfs_lone_total_midway_between_a_period_and_the_total_is_read_under_totaal(form: str) -> None:
    # (its marks stand under 2022 and 2023: they hold those columns — in the PDF, read by its words'
    # positions, as in its laid-out text, where they were cut out of the line and 671 read under 2023)
    pytest.importorskip("fpdf", reason="the PDF forms need fpdf2 (pip install '.[test]')")
    data = _lone_pdf()
    answer = (parse_answer(source_from_bytes(data, "answer.pdf")) if form == "pdf"
              else read_text(extract(data, "pdftotext-layout"), "answer.txt"))
    assert _cells_of(answer, "Kok") == [("2022", 1228), ("2023", 27), ("Totaal", 1255)]
    assert _cells_of(answer, "Verpleger") == [("Totaal", 671)]
    assert not answer.issues


# ---------------------------------------------------------------------------------------------
# Generated (constructively: each row's figures and blanks, its total over its periods, the total
# line over the rows; laid out with every figure ending at its column's label, but for one row's
# one figure, set where it stands as near its own column's label as a neighbour's): no figure is
# read under another column than its own, and every figure not read is said.

NAMES = ("Kok", "Bakker", "Lasser", "Kapper", "Verpleger", "Schilder", "Metselaar")


def _columns(labels: list[str], gap: int) -> list[tuple[int, int]]:
    """Where each of `labels` stands in the header: the first at 50, each next `gap` right of the last."""
    out, at = [], 50
    for label in labels:
        out.append((at, at + len(label)))
        at += gap + len(label)
    return out


def _midway(columns: list[tuple[int, int]], column: int, other: int, width: int) -> list[int]:
    """Where a figure `width` wide may end between the labels of `column` and `other` as near the
    one as the other: within both columns' reach, lined up with neither."""
    reach = _reach(columns)
    both = (column, other)
    return [end for end in range(min(columns[i][1] for i in both), max(columns[i][1] for i in both) + 1)
            if all(end - width < reach[i][1] and end > reach[i][0] for i in both)
            and _column_of(end - width, end, columns, list(both)) is None]


@st.composite
def _tables(draw, rows=st.integers(3, 6), marks=("", "x", "-")):
    labels = ["2019", "2020", "2021", *(["Totaal"] if draw(st.booleans(), label="total column") else [])]
    periods = 3
    count = draw(rows, label="rows")  # (three at least by default: test_lonedash35 draws fewer)
    rows = []
    for name in NAMES[:count]:
        cells = [draw(st.one_of(st.none(), st.integers(10, 999)), label="cell") for _ in range(periods)]
        if all(v is None for v in cells):  # (a row prints a figure)
            cells[draw(st.integers(0, periods - 1), label="its figure's period")] = draw(st.integers(10, 999))
        rows.append((name, cells))
    # the odd row: one figure set as near a neighbour column's label as its own, that one blank
    odd = draw(st.integers(0, len(rows) - 1), label="odd row")
    column = draw(st.integers(0, len(labels) - 1), label="odd column")
    other = column + draw(st.sampled_from((-1, 1) if 0 < column < len(labels) - 1 else ((1,) if column == 0 else (-1,))),
                          label="side")
    values = rows[odd][1]
    if other < periods:
        values[other] = None
    if column < periods and values[column] is None:
        values[column] = draw(st.integers(10, 999), label="odd figure")
    if column == periods and all(v is None for v in values):
        values[min(c for c in range(periods) if c != other)] = draw(st.integers(10, 999), label="odd row's part")
    for name, cells in rows:
        parts = [v for v in cells if v is not None]
        if len(labels) > periods and parts:
            cells.append(sum(parts) - draw(st.integers(0, sum(parts) - max(parts)), label="duplicates"))
        elif len(labels) > periods:
            cells.append(None)
    width = len(str(values[column]))
    gaps = [gap for gap in range(9, 17) if _midway(_columns(labels, gap), column, other, width)]
    assume(gaps)
    columns = _columns(labels, draw(st.sampled_from(gaps), label="gap"))
    spot = draw(st.sampled_from(_midway(columns, column, other, width)), label="odd end")
    mark = draw(st.sampled_from(marks), label="blank mark")
    total_line = draw(st.booleans(), label="total line")
    # a planted error of the answer's: the odd row's total, or the total line's figure under the odd
    # figure's column or its neighbour, off by a few (the reading chosen must not hide it by moving a figure)
    planted = draw(st.sampled_from(("none", "row total", "total line")), label="planted error")
    delta = draw(st.integers(1, 40), label="error") * draw(st.sampled_from((-1, 1)), label="error's sign")
    if planted == "row total" and len(labels) > periods:
        values[periods] = max(1, values[periods] + delta)
    if planted == "total line" and total_line:
        total_line = (draw(st.sampled_from((column, other)), label="error's column"), delta)
    return labels, columns, mark, rows, (odd, column, spot), total_line


def _layout(labels, columns, mark, rows, odd, total_line) -> str:
    lines = ["", _laid("Opleiding", [(label, end) for label, (_, end) in zip(labels, columns)])]
    for k, (name, values) in enumerate(rows):
        cells = []
        for c, value in enumerate(values):
            end = odd[2] if (k, c) == odd[:2] else columns[c][1]
            text = str(value) if value is not None else mark
            if text:
                cells.append((text, end))
        cells.sort(key=lambda cell: cell[1])
        if any(b[1] - len(b[0]) - a[1] < 2 for a, b in zip(cells, cells[1:])):
            return ""  # (two cells too close to stand apart)
        lines += [_laid(name, cells), ""]
    if total_line:
        sums = [sum(v for _, values in rows if (v := values[c]) is not None) for c in range(len(labels))]
        if isinstance(total_line, tuple):  # (a planted error: that column's total off by a few)
            sums[total_line[0]] = max(1, sums[total_line[0]] + total_line[1])
        lines.append(_laid("Totaal", [(str(s), end) for s, (_, end) in zip(sums, columns) if s]))
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None)
@given(table=_tables())
def test_a_figure_as_near_two_columns_is_read_under_its_own_or_said(table) -> None:
    labels, columns, mark, rows, odd, total_line = table
    text = _layout(labels, columns, mark, rows, odd, total_line)
    assume(text)
    note(text)
    answer = read_text(HEAD + text, "g.txt")
    note(repr(answer.issues))
    want = {(name, labels[c], v) for name, values in rows for c, v in enumerate(values) if v is not None}
    got = {(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"}
    assert not got - want, f"read under another column: {sorted(got - want)}"
    said = {n for issue in answer.issues for n in issue.numbers}
    lost = sorted(cell for cell in want - got if cell[2] not in said)
    assert not lost, f"neither read nor said: {lost}"


# Found by the property above with dashes for marks: a lone dash between two figures of a laid-out
# row, the second set off its column, was not made a blank (no mark elsewhere proved the answer
# prints blanks so) and ended the label's words: ``Kok 25 -``, its 25 neither read nor said. A dash
# set apart by two spaces or more on each side is a cell of its own (session 35, test_lonedash35).
DASH_BEFORE_AN_ODD_FIGURE = "\n".join([
    "",
    "Opleiding                                         2019         2020         2021",
    "Kok                                                 25            -   892",
    "",
    "Bakker                                             224          179           10",
    "",
])


def test_a_figure_before_a_lone_dash_is_read_or_said() -> None:
    answer = read_text(HEAD + DASH_BEFORE_AN_ODD_FIGURE, "g.txt")
    assert ("2019", 25) in _cells_of(answer, "Kok") or _said(answer, 25)
