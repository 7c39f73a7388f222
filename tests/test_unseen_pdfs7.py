"""PDFs as users hold them, round 17: forms earlier rounds left open.

Each PDF is drawn here with fpdf2 (:mod:`generate.pdf`, or cell by cell); each test reads the PDF
itself (and, where it says so, the text the common extractors make of it) and asserts the exact
cells and findings a correct reader gives. Each failed on the reader before its fix.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import read_form  # noqa: E402
from test_two_column_text import noted_row_pdf  # noqa: E402
from test_unseen_pdfs5_inputs import CELLS, FINDINGS, headed_page  # noqa: E402


def cells(answer) -> list[tuple]:
    return [(c.level, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def findings(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.period) for f in audit(answer).findings]


# 1. A caption under a table's last row, right above its total.

@pytest.mark.parametrize("caption", ["cijfers tot eind juni", "inclusief Voeren"])
@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
def test_a_caption_under_the_last_row_above_the_total_is_no_line_of_its_label(caption, ruled):
    """A caption set smaller under ``Brussel``, the last province, right above ``Totaal``: the
    PDF's lines kept it apart (its font), but the table reader took it as the rest of the
    label below its figures (``Brussel cijfers tot eind juni``: no province any more). A table
    whose rows are each a province alone has no label that goes on below its figures."""
    answer = parse_answer(source_from_bytes(noted_row_pdf(caption, "Brussel", ruled), "a.pdf"))
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS


# 2. A footnote's mark set as a superscript right after a figure (``412¹``).

MARKED_HEAD = ["Onderwijskwalificerende opleidingstrajecten (OKOT's) - zorg",
               "ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck",
               "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per provincie."]
MARKED_PERIODS = ["2021", "2022", "2023"]
#: ``412^1``: the figure 412 with the mark 1 set as a superscript after it.
MARKED_ROWS = [["Antwerpen", "577", "601", "640"], ["Limburg", "529", "412^1", "560"],
               ["Oost-Vlaanderen", "918", "930", "951"], ["Totaal", "2.000", "1.900", "2.100"]]


@lru_cache(maxsize=None)
def marked_figure_pdf(rise: float, scale: float, ruled: bool) -> bytes:
    """The province table cell by cell, figures right-aligned; a mark set `scale` times the
    figures' size with its foot `rise` mm above theirs; the mark's note under the table."""
    pdf, y = headed_page(MARKED_HEAD)
    y += 3
    widths = [40, 18, 18, 18]
    for row in [["Provincie", *MARKED_PERIODS], *MARKED_ROWS]:
        left = 20.0
        for j, text in enumerate(row):
            text, _, mark = text.partition("^")
            pdf.set_font("helvetica", size=10 * scale)
            room = pdf.get_string_width(mark)
            pdf.set_font("helvetica", size=10)
            if ruled:
                pdf.rect(left, y, widths[j], 5.0)
            x = left + 1.5 if j == 0 else left + widths[j] - 1.5 - pdf.get_string_width(text) - room
            pdf.text(x, y + 3.6, text)
            width = pdf.get_string_width(text)
            if mark:
                pdf.set_font("helvetica", size=10 * scale)
                pdf.text(x + width, y + 3.6 - rise, mark)
            left += widths[j]
        y += 5.0
    pdf.set_font("helvetica", size=8)
    pdf.text(20, y + 5, "(1) inclusief de cursisten van Voeren")
    pdf.text(20, y + 10, "Bron: VDAB")
    return bytes(pdf.output())


@pytest.mark.parametrize("rise, scale", [(1.4, 0.6), (0.8, 0.7), (0.5, 0.7)], ids=["high", "low", "lower"])
@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
def test_a_superscript_mark_set_low_after_a_figure_is_no_digit_of_it(rise, scale, ruled):
    """A mark raised less than a third of the figures' size (as a word processor's superscript
    often is) was read as the figure's last digit: 4121, a total below its part and a
    ``likely-typo`` that suggested 1421 (a digit swap). Its size and rise tell it apart: 412."""
    answer = parse_answer(source_from_bytes(marked_figure_pdf(rise, scale, ruled), "a.pdf"))
    assert [(c.level, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells
            if c.province == "Limburg"] == [
        ("row", "Limburg", "2021", 529), ("row", "Limburg", "2022", 412), ("row", "Limburg", "2023", 560)]
    assert findings(answer) == [("parts-exceed-total", "info", p) for p in MARKED_PERIODS]


# 3. A period's header cell wrapped over three lines in a narrow column.

HEAD = ["Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's)",
        "ANTWOORD op vraag nr. 233 van 19 september 2024 van Kathleen Krekels"]


@lru_cache(maxsize=None)
def narrow_half_year_pdf(ruled: bool) -> bytes:
    """``2021 2022 2023 1e semester 2024`` (tests/test_unseen_pdfs6.py) in number columns too
    narrow for ``1e semester``: the cell wraps to ``1e`` / ``semester`` / ``2024`` (ruled:
    ``1e semester`` / ``2024``)."""
    from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf

    rows = [PdfRow("900124: Tweedekansonderwijs zorgkundige - tweede jaar", [140, 152, 171, 66]),
            PdfRow("900613: Professionele bachelor verpleegkunde - 3de jaar", [61, 70, 74, 12]),
            PdfRow("903633: Graduaat orthopedagogie - 3de jaar", [44, 39, 51, 20]),
            PdfRow("Totaal", [245, 261, 296, 98], level="total")]
    table = PdfTable("Opleiding", ["2021", "2022", "2023", "1e semester 2024"], rows)
    document = Document([*HEAD, "2. Het aantal unieke cursisten met een geslaagd OKOT:", table, "Bron: VDAB"])
    style = PdfStyle(number_width=14.0) if ruled else PdfStyle(
        ruled=False, number_align="CENTER", label_width=45.0, number_width=14.0)
    return write_pdf(document, style)


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pdfplumber-layout", "pypdf"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "plain-centred"])
def test_a_half_year_header_wrapped_in_a_narrow_cell(ruled, form):
    """The header cell ``1e semester 2024`` wrapped in its narrow column: its last line
    (``2024``, a period label and nothing else) was taken for a row's counts under the header
    (a header's line of counts then another: two rows), the header kept ``1e semester`` alone,
    and every row was an ``unreadable-table`` error (more figures than the one period left).
    A line of period labels alone under a header of period labels and no count goes on with
    it: 2024, partial (``1e semester``), and every row read. pdfplumber's and pypdf's
    single-spaced text of it (``Opleiding 2021 2022 2023 1e`` / ``semester`` / ``2024``) read
    the same way: the header's lines down to the year alone, read as one."""
    answer = read_form(narrow_half_year_pdf(ruled), form)
    assert [(p.label, p.partial, p.note) for p in answer.tables[0].periods] == [
        ("2021", False, None), ("2022", False, None), ("2023", False, None), ("2024", True, "1e semester")]
    assert [c.count for t in answer.tables for c in t.cells] == [
        140, 152, 171, 66, 61, 70, 74, 12, 44, 39, 51, 20, 245, 261, 296, 98]
    assert findings(answer) == [("partial-period", "info", "2024")]


# 4. pypdf's text of measure columns beside a share, each wrapped label's figures on a line of their own.

@lru_cache(maxsize=None)
def measures_pdf() -> bytes:
    """``Opleiding Gestart Geslaagd Slaagpercentage`` (tests/test_unseen_pdfs6.py), ruled."""
    from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf

    rows = [PdfRow("900124: Tweedekansonderwijs zorgkundige - tweede jaar", [180, 152, "84%"]),
            PdfRow("900613: Professionele bachelor verpleegkunde - 3de jaar", [88, 70, "80%"]),
            PdfRow("903633: Graduaat orthopedagogie - 3de jaar", [52, 39, "75%"]),
            PdfRow("Totaal", [320, 261, "82%"], level="total")]
    asked = ("1. Hieronder per opleiding het aantal unieke cursisten dat in 2022 een OKOT startte en het "
             "aantal dat slaagde.")
    table = PdfTable("Opleiding", ["Gestart", "Geslaagd", "Slaagpercentage"], rows)
    return write_pdf(Document([*HEAD, asked, table, "Bron: VDAB"]), PdfStyle(number_width=30.0))


def test_pypdf_text_of_measures_beside_a_share_with_wrapped_labels():
    """pypdf prints a wrapped label's figures on a line of their own (``900124: … -`` /
    ``tweede jaar`` / ``180 152 84%``): the share was taken off only a line with a label, so
    those rows ended in a value no count (``unreadable-table``, "its last line ends in no
    counts") and the pass rate was named for two rows of four. A line of figures alone is a
    row's too: its share goes, its counts are read."""
    answer = read_form(measures_pdf(), "pypdf")
    assert [(t.measure, c.code or c.label, c.count) for t in answer.tables for c in t.cells] == [
        ("started", "900124", 180), ("started", "900613", 88), ("started", "903633", 52), ("started", "Totaal", 320),
        ("graduated", "900124", 152), ("graduated", "900613", 70), ("graduated", "903633", 39),
        ("graduated", "Totaal", 261),
    ]
    assert [f.rule for f in audit(answer).findings] == ["column-not-checked"]
    assert "(84% 80% 75% 82%)" in audit(answer).findings[0].message


# 5. A header with merged cells: each year over its two unit columns (a ruled PDF, portrait or landscape).

MERGED_ROWS = [["Antwerpen", 577, 120, 601, 130], ["Limburg", 529, 110, 540, 115],
               ["Oost-Vlaanderen", 918, 200, 930, 210], ["Totaal", 2000, 425, 2050, 450]]


@lru_cache(maxsize=None)
def merged_header_pdf(ruled: bool, landscape: bool) -> bytes:
    """``Provincie`` over two header rows, ``2022`` and ``2023`` each a cell merged over its
    ``gestart`` and ``geslaagd`` columns (fpdf2's colspan and rowspan)."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="L" if landscape else "P")
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    for line in [*HEAD, "1. Het aantal unieke cursisten dat een OKOT startte en slaagde, per provincie:"]:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    with pdf.table(col_widths=(40, 20, 20, 20, 20), width=120, align="LEFT", line_height=5,
                   text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), borders_layout="ALL" if ruled else "NONE",
                   num_heading_rows=2, headings_style=FontFace(emphasis="BOLD")) as table:
        head = table.row()
        head.cell("Provincie", rowspan=2)
        head.cell("2022", colspan=2, align="C")
        head.cell("2023", colspan=2, align="C")
        names = table.row()
        for name in ["gestart", "geslaagd", "gestart", "geslaagd"]:
            names.cell(name)
        for values in MERGED_ROWS:
            row = table.row()
            for value in values:
                row.cell(str(value))
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Bron: VDAB", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("form", ["pdf", "pdfplumber", "pdfplumber-layout", "pypdf", "pdftotext-layout"])
@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_a_year_merged_over_its_two_unit_columns(ruled, landscape, form):
    """Every form reads the two measures under each year. pypdf printed the two header rows as
    one line (``Provincie 2022 2023 gestart geslaagd gestart geslaagd``): every period, then the
    names under each; no header was found (``unreadable-table``), the table's figures unchecked."""
    answer = read_form(merged_header_pdf(ruled, landscape), form)
    assert [(t.measure, c.level, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        (measure, "total" if r[0] == "Totaal" else "row", r[0], year, r[1 + 2 * k + m])
        for m, measure in enumerate(["started", "graduated"]) for r in MERGED_ROWS for k, year in enumerate(["2022", "2023"])
    ]
    assert sorted(findings(answer)) == [("parts-exceed-total", "info", p) for p in ["2022", "2022", "2023", "2023"]]


# 6. A page whose content stream draws the table in another order than it reads.

ORDER_ROWS = [["Antwerpen", "577", "601", "640"], ["Limburg", "529", "540", "560"],
              ["Oost-Vlaanderen", "918", "930", "951"], ["Totaal", "2.000", "2.050", "2.100"]]


@lru_cache(maxsize=None)
def drawn_in_order_pdf(order: str) -> bytes:
    """The province table cell by cell, its cells drawn in `order` (as word processors and
    PDF printers do: ``columns`` one column after the other, ``reverse`` the last cell first,
    ``bottom-up`` the last row first), the page number drawn before everything."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=8)
    pdf.text(100, 285, "Pagina 1 van 1")
    pdf.set_font("helvetica", size=10)
    y = 25.0
    for line in MARKED_HEAD:
        pdf.text(20, y, line)
        y += 7
    widths = [40, 18, 18, 18]
    cells = []
    for i, row in enumerate([["Provincie", *MARKED_PERIODS], *ORDER_ROWS]):
        left = 20.0
        for j, text in enumerate(row):
            x = left + 1.5 if j == 0 else left + widths[j] - 1.5 - pdf.get_string_width(text)
            cells.append((i, j, x, y + 3 + i * 5 + 3.6, text))
            left += widths[j]
    if order == "columns":
        cells.sort(key=lambda c: (c[1], c[0]))
    elif order == "reverse":
        cells.reverse()
    elif order == "bottom-up":
        cells.sort(key=lambda c: (-c[0], c[1]))
    for _, _, x, at, text in cells:
        pdf.text(x, at, text)
    pdf.text(20, y + 3 + 5 * 5 + 8, "Bron: VDAB")
    return bytes(pdf.output())


ORDERS = ["columns", "reverse", "bottom-up"]


@pytest.mark.parametrize("form", ["pdf", "pdfplumber", "pdftotext-layout"])
@pytest.mark.parametrize("order", ORDERS)
def test_a_table_drawn_out_of_reading_order_is_read_in_reading_order(order, form):
    """The PDF and the extractors that place words by position read the table whatever order
    its cells are drawn in."""
    answer = read_form(drawn_in_order_pdf(order), form)
    assert [(c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        (r[0], p, int(v.replace(".", ""))) for r in ORDER_ROWS for p, v in zip(MARKED_PERIODS, r[1:])]
    assert findings(answer) == [("parts-exceed-total", "info", p) for p in MARKED_PERIODS]


@pytest.mark.parametrize("order", ORDERS)
def test_pypdf_text_of_a_table_drawn_out_of_order_is_never_passed_clean(order):
    """pypdf prints the cells in the order they are drawn: a column at a time (one figure per
    line), or each row right to left with no space between its cells (``640601577Antwerpen``).
    The last read as nothing at all — no table, no finding: exit 0 over a table never checked.
    It is an ``unreadable-table`` error now, as the others were."""
    answer = read_form(drawn_in_order_pdf(order), "pypdf")
    assert [c for t in answer.tables for c in t.cells] == []
    assert [(f.rule, f.severity) for f in audit(answer).findings] == [("unreadable-table", "error")]
