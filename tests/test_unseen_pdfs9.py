"""PDFs as users hold them, round 19: programme names wrapped in the unruled cells of a narrow
label column, the figures beside the name's first line, centred on its lines or beside its last.

Each PDF is drawn here with fpdf2; each test reads the PDF itself and the text the common
extractors make of it and asserts the exact cells and findings a correct reader gives. Without
rules and with no more space between two rows than between the lines of one name, the reader
gave the name's first line to the row above and its last to the row below (``orthopedagogie
Graduaat``, ``verpleegkunde Bachelor in de``): rows no catalogue knows, no finding.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import read_form  # noqa: E402
from test_unseen_pdfs8 import NAME_HEAD, NAME_PERIODS, table_pdf  # noqa: E402

FORMS = ["pdf", "pdftotext-layout", "pdfplumber", "pdfplumber-layout", "pypdf"]
V_ALIGNS = ["TOP", "MIDDLE", "BOTTOM"]


def cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def findings(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.period) for f in audit(answer).findings]


def unknown_names(*names: str) -> list[tuple]:
    """The findings of an answer about zorg whose only findings are that these programmes'
    names are in no catalogue (``code-unknown``, info: their sector was not checked)."""
    return [("code-unknown", "info", None)] * len(names)


def named(answer) -> list[tuple]:
    """Each finding's rule and the row's name it is about."""
    return [(f.rule, f.label) for f in audit(answer).findings]


def total(rows: list[list[str]]) -> list[str]:
    """The total row of `rows`: each period's counts summed (the rows part a total)."""
    return ["Totaal", *(str(sum(int(r[i]) for r in rows)) for i in range(1, len(rows[0])))]


def expected(rows: list[list[str]]) -> list[tuple]:
    return [("total" if r[0] == "Totaal" else "row", r[0], p, int(v)) for r in rows for p, v in zip(NAME_PERIODS, r[1:])]


@lru_cache(maxsize=None)
def programmes_pdf(rows: tuple[tuple[str, ...], ...], label_width: float, v_align: str) -> bytes:
    """The programmes' table (`rows`, under the header ``Opleiding  2021  2022  2023``), no rules,
    labels left in a column `label_width` mm wide."""
    return table_pdf(tuple(NAME_HEAD), (("Opleiding", *NAME_PERIODS), *rows), label_width, False, v_align)


# 1. Names wrapped over two lines of their cell.

TWO = [["Graduaat orthopedagogie", "118", "131", "142"], ["Graduaat verpleegkunde", "240", "251", "262"],
       ["Bachelor in de verpleegkunde", "88", "90", "97"]]
TWO = [*TWO, total(TWO)]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("v_align", V_ALIGNS)
@pytest.mark.parametrize("label_width", [30.0, 40.0])
def test_a_name_wrapped_over_two_lines_of_an_unruled_cell_is_its_row_s(label_width, v_align, form):
    """``Graduaat`` / ``118  131  142`` / ``orthopedagogie``: the figures centred between the
    name's two lines (or beside its second) belong to both, not to ``orthopedagogie`` and the
    next row's ``Graduaat``."""
    answer = read_form(programmes_pdf(tuple(map(tuple, TWO)), label_width, v_align), form)
    assert cells(answer) == expected(TWO)
    assert findings(answer) == []


# 2. Names of one, two and three lines in one table.

MIXED = [["Zorgkundige", "61", "64", "70"], ["Bachelor in de verpleegkunde (avondonderwijs)", "240", "251", "262"],
         ["Graduaat orthopedagogie", "118", "131", "142"], ["Logistiek assistent", "15", "17", "12"]]
MIXED = [*MIXED, total(MIXED)]


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
@pytest.mark.parametrize("v_align", V_ALIGNS)
@pytest.mark.parametrize("label_width", [30.0, 40.0])
def test_names_of_one_two_and_three_lines_in_an_unruled_table(label_width, v_align, form):
    """A three-line name (``Bachelor in de`` / ``verpleegkunde`` / ``(avondonderwijs)``) with its
    figures on its middle line or its last, among names of one line and two: every line of it
    is its row's, whatever the rows before and after it."""
    answer = read_form(programmes_pdf(tuple(map(tuple, MIXED)), label_width, v_align), form)
    assert cells(answer) == expected(MIXED)
    assert findings(answer) == unknown_names("Logistiek assistent")
    assert named(answer) == [("code-unknown", "Logistiek assistent")]


# 3. No total row under the table: only the names tell where the figures stand.

NO_TOTAL_ORDERS = [
    [["Zorgkundige", "61", "64", "70"], ["Graduaat orthopedagogie", "118", "131", "142"],
     ["Graduaat verpleegkunde", "240", "251", "262"]],
    [["Graduaat orthopedagogie", "118", "131", "142"], ["Graduaat verpleegkunde", "240", "251", "262"],
     ["Zorgkundige", "61", "64", "70"]],
]


@pytest.mark.parametrize("order", [0, 1], ids=["one-line-first", "one-line-last"])
@pytest.mark.parametrize("v_align", V_ALIGNS)
def test_wrapped_names_without_a_total_row(order, v_align):
    """With no total under the last row, figures beside each name's first line and beside its
    last fit the same lines (``Graduaat`` / ``orthopedagogie  118`` / ``Graduaat`` / ...); a
    name begins with a capital, its further lines do not: ``orthopedagogie Graduaat`` is no
    row's name."""
    rows = NO_TOTAL_ORDERS[order]
    answer = read_form(programmes_pdf(tuple(map(tuple, rows)), 30.0, v_align), "pdf")
    assert cells(answer) == expected(rows)


WORDS = ["zorg", "verpleegkunde", "orthopedagogie", "logistiek", "begeleiding", "kinderzorg", "in", "de", "het"]
HEADS = ["Graduaat", "Bachelor", "Zorgkundige", "Opvoeder", "Begeleider"]


@st.composite
def programme_rows(draw) -> list[list[str]]:
    """Rows of programmes: distinct names, a capitalised word and up to four more, and counts."""
    names = draw(st.lists(
        st.builds(lambda head, rest: " ".join([head, *rest]), st.sampled_from(HEADS),
                  st.lists(st.sampled_from(WORDS), max_size=4)),
        min_size=2, max_size=5, unique=True))
    counts = st.integers(min_value=10, max_value=999).map(str)
    rows = [[name, *draw(st.lists(counts, min_size=3, max_size=3))] for name in names]
    return [*rows, total(rows)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=programme_rows(), label_width=st.sampled_from([30.0, 40.0]), v_align=st.sampled_from(V_ALIGNS))
def test_any_programme_names_wrapped_in_unruled_cells_keep_their_rows(rows, label_width, v_align):
    """Whatever the names and how they wrap, every row's name is whole and its own."""
    answer = read_form(programmes_pdf(tuple(map(tuple, rows)), label_width, v_align), "pdf")
    assert cells(answer) == expected(rows)


# 4. Names whose every line begins with a capital: where the cells are padded, the gaps tell;
#    where nothing tells, a finding.

CAPITALISED = [["Bachelor Verpleegkunde", "10", "11", "12"], ["Graduaat Orthopedagogie", "20", "21", "22"]]
CAPITALISED = [*CAPITALISED, total(CAPITALISED)]


@lru_cache(maxsize=None)
def padded_pdf(v_align: str, padding: float) -> bytes:
    """The table of :data:`CAPITALISED`, no rules, labels 30 mm wide, every cell padded by
    `padding` mm (0: its lines as close as the rows)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in NAME_HEAD:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(30, 18, 18, 18), width=84, align="LEFT", line_height=5, borders_layout="NONE",
                   text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), v_align=v_align, padding=padding) as table:
        for values in (("Opleiding", *NAME_PERIODS), *CAPITALISED):
            row = table.row()
            for value in values:
                row.cell(value)
    return bytes(pdf.output())


@pytest.mark.parametrize("v_align", V_ALIGNS)
@pytest.mark.parametrize("padding", [1.0, 2.0])
def test_padded_cells_set_the_rows_apart(padding, v_align):
    """``Bachelor`` / ``Verpleegkunde  10`` / ``Graduaat`` / ``Orthopedagogie  20``: every line
    begins with a capital, but the cells' padding leaves more room between two rows than between
    a name's lines; the figures beside the last line belong to the lines above them."""
    answer = read_form(padded_pdf(v_align, padding), "pdf")
    assert cells(answer) == expected(CAPITALISED)
    assert findings(answer) == []


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
@pytest.mark.parametrize("v_align", ["TOP", "BOTTOM"])
def test_names_that_cannot_be_told_apart_are_a_finding(v_align, form):
    """Lines as close within a row as between rows, every line capitalised, the figures beside a
    line of the name: beside its first line or its last, both read every line — into different
    names (``Verpleegkunde Graduaat``). Which cannot be told: the table is not passed as
    checked, an error says where and why."""
    answer = read_form(padded_pdf(v_align, 0.0), form)
    found = [f for f in audit(answer).findings if f.rule == "unreadable-table"]
    assert [(f.severity, f.line) for f in found] == [("error", 5 if v_align == "TOP" else 4)]
    assert "cannot be told" in found[0].message and "(10, 11, 12, 20, 21, 22, 30, 32, 34)" in found[0].message
    assert "parts-exceed-total" not in [f.rule for f in audit(answer).findings]
