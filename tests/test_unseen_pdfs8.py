"""PDFs as users hold them, round 18: forms earlier rounds left open.

Each PDF is drawn here with fpdf2; each test reads the PDF itself and the text the common
extractors make of it (``pdftotext -layout``, pdfplumber's ``extract_text()`` with and without
layout, pypdf's ``extract_text()``) and asserts the exact cells and findings a correct reader
gives. Each failed on the reader before its fix.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import read_form  # noqa: E402
from test_two_column_text import noted_row_pdf  # noqa: E402
from test_unseen_pdfs5_inputs import CELLS, FINDINGS, HEAD, PERIODS, ROWS  # noqa: E402

FORMS = ["pdf", "pdftotext-layout", "pdfplumber", "pdfplumber-layout", "pypdf"]


def cells(answer) -> list[tuple]:
    return [(c.level, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def findings(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.period) for f in audit(answer).findings]


# 1. A province's name broken inside a word by a narrow label cell.

def table_pdf(head: tuple[str, ...], rows: tuple[tuple[str, ...], ...], label_width: float, ruled: bool,
              v_align: str, figure_width: float = 18) -> bytes:
    """`head`'s lines, then the table `rows` (its header first) set with fpdf2's table: labels
    left in a column `label_width` mm wide, figures right-aligned in columns of `figure_width` mm, set
    beside a label's first line (`v_align` ``TOP``), centred between its lines (``MIDDLE``) or
    beside its last (``BOTTOM``); ruled or not."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in head:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    n = len(rows[0]) - 1
    with pdf.table(col_widths=(label_width, *[figure_width] * n), width=label_width + figure_width * n, align="LEFT",
                   line_height=5,
                   text_align=("LEFT", *["RIGHT"] * n), borders_layout="ALL" if ruled else "NONE",
                   v_align=v_align) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Bron: VDAB", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@lru_cache(maxsize=None)
def narrow_label_pdf(label_width: float, ruled: bool, v_align: str) -> bytes:
    """The province table of tests/test_unseen_pdfs5_inputs.py, its label column `label_width`
    mm wide: too narrow for ``Oost-Vlaanderen``, which fpdf2 breaks inside the word
    (``Oost-Vlaand`` / ``eren``, at 15 mm over three lines: ``Oost-Vl`` / ``aandere`` / ``n``;
    ``Provinc`` / ``ie`` in the header)."""
    return table_pdf(tuple(HEAD), (("Provincie", *PERIODS), *map(tuple, ROWS)), label_width, ruled, v_align)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
@pytest.mark.parametrize("label_width", [15.0, 17.0, 22.0])
def test_a_province_broken_inside_a_word_by_a_narrow_cell_is_its_row_s_key(label_width, ruled, v_align, form):
    """``Oost-Vlaand`` / ``eren``: the label's lines were joined with a space (``Oost-Vlaand
    eren``), or — figures centred between them, or beside the last — the first piece went to
    the row above (``Limburg Oost-Vlaand``) and the rest to the row below (``eren Vlaams-Bra``):
    rows with no province and no finding at all, or a row's figures stray. The pieces of a
    province's name are one cell: each row is its province's, the totals checked over them."""
    answer = read_form(narrow_label_pdf(label_width, ruled, v_align), form)
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS


# 2. A caption set smaller under a row of a table whose rows are programmes' names without code.

NAME_HEAD = [*HEAD[:2], "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per opleiding."]
NAME_PERIODS = ["2021", "2022", "2023"]
NAME_ROWS = [["Graduaat orthopedagogie", "118", "131", "142"], ["Graduaat verpleegkunde", "240", "251", "262"],
             ["Bachelor in de verpleegkunde", "88", "90", "97"], ["Totaal", "440", "465", "495"]]


def noted_name_pdf(note: str, under: str, ruled: bool) -> bytes:
    """The programmes' table cell by cell, labels left and figures right-aligned, `note` set in
    7 points (the table in 10) right under the row `under`, at the labels' left edge."""
    rows = (("Opleiding", *NAME_PERIODS), *map(tuple, NAME_ROWS))
    return noted_row_pdf(note, under, ruled, tuple(NAME_HEAD), rows, (60, 18, 18, 18))


NAME_CELLS = [("total" if r[0] == "Totaal" else "row", r[0], p, int(v)) for r in NAME_ROWS for p, v in zip(NAME_PERIODS, r[1:])]


@pytest.mark.parametrize("note", ["cijfers tot eind juni", "inclusief de avondopleiding"])
@pytest.mark.parametrize("under", [r[0] for r in NAME_ROWS[:3]])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_caption_set_smaller_under_a_programme_s_row_is_no_line_of_a_label(note, under, ruled):
    """The PDF's reader kept the caption apart from the row (its smaller font, the rule under the
    row), but the text reader took it as the end of the name above (``Graduaat orthopedagogie
    cijfers tot eind juni``), or, where the row took no more, as the first line of the next
    row's name (``cijfers tot eind juni Graduaat verpleegkunde``): a programme no catalogue
    knows, no finding. Laid out from a PDF's positions, a row's name stands whole on the line of
    its figures: a line of words the PDF's reader kept apart is no part of it."""
    answer = read_form(noted_name_pdf(note, under, ruled), "pdf")
    assert cells(answer) == NAME_CELLS
    assert findings(answer) == [("parts-exceed-total", "info", p) for p in NAME_PERIODS]


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE", "BOTTOM"])
def test_a_programme_s_name_wrapped_in_a_ruled_cell_stays_whole(v_align):
    """What stays as it was: a name wrapped in its ruled cell (``Graduaat`` / ``orthopedagogie``)
    is one name, its figures beside its first line, its last or between them."""
    rows = (("Opleiding", *NAME_PERIODS), *map(tuple, NAME_ROWS))
    answer = read_form(table_pdf(tuple(NAME_HEAD), rows, 30.0, True, v_align), "pdf")
    assert cells(answer) == NAME_CELLS
    assert findings(answer) == [("parts-exceed-total", "info", p) for p in NAME_PERIODS]
