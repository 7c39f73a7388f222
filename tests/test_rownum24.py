"""A column of row numbers (``Nr``, ``#``, ``Volgnr.``, ``Rang`` over 1, 2, 3, …) before the rows'
names, in every form an answer comes in: the PDF itself, ``pdftotext -layout``, pdfplumber's
and pypdf's text of it, an ``.xlsx`` annex, an HTML page. A row's number is no figure (no cell,
no part of a total's parts) and no piece of its name.

The answers are built from persons (tests/test_unseen23.py): programmes in the care sector over
three years, some persons in two programmes of a year, so the ``Totaal`` line of unique persons
is below its parts' sum — and the row numbers 1..n, were they read as a column of counts, would
make a total of their own.
"""

from __future__ import annotations

import io
import random
from functools import lru_cache

import pytest

from okot_audit import audit, read_text

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_unseen23 import FONTS, Persons, Row, _people, fold, read_pdf_form, unique_rows  # noqa: E402

YEARS = ["2021", "2022", "2023"]
NAMES = [
    "Graduaat verpleegkunde module 5",
    "Professionele bachelor verpleegkunde",
    "Tweedekansonderwijs opvoeder jeugd- en gehandicaptenzorg",
    "Verkorte opvoeder",
    "Tweedekansonderwijs zorgkundige",
]
PROSE = [
    "Schriftelijke vraag nr. 231 van 4 maart 2024 van Els Van Hoof.",
    "Hoeveel werkzoekenden startten in 2021, 2022 en 2023 een OKOT in de zorg? Graag per opleiding.",
    "ANTWOORD",
    "Hieronder vindt u het aantal unieke cursisten dat per jaar een opleiding startte. Wie twee opleidingen "
    "volgt, telt één keer in het totaal.",
]


@lru_cache(maxsize=None)
def _rows() -> tuple[Row, ...]:
    persons: Persons = _people(random.Random(2404), NAMES, YEARS, dict(zip(NAMES, [30, 55, 18, 40, 25])),
                               twice=0.04, gaps=0.0)
    return tuple(unique_rows(persons, NAMES, {n: n for n in NAMES}, YEARS, "Totaal"))


def _numbered(head: str) -> list[list[str]]:
    """The table's lines of cells: ``Nr``, the names' column, the years; each row its number."""
    out = [[head, "Opleiding", *YEARS]]
    for n, row in enumerate(_rows(), start=1):
        out.append(["" if row.level == "total" else str(n), row.label, *("" if v is None else str(v) for v in row.values)])
    return out


def _pdf(head: str, ruled: bool, v_align: str, label_width: float = 45.0, break_before: int | None = None,
         repeat: bool = True) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    for text in PROSE:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    size = 9.0
    line = size * 0.5
    widths = [16.0, label_width, *([20.0] * len(YEARS))]
    pdf.set_font("DejaVu", "", size)
    def draw(cells: list[str]) -> None:
        wrapped = [pdf.multi_cell(w, line, t, dry_run=True, output="LINES") for t, w in zip(cells, widths)]
        height = line * max(len(w) for w in wrapped) + 1
        x, y = pdf.l_margin, pdf.get_y()
        for k, (texts, width) in enumerate(zip(wrapped, widths)):
            if ruled:
                pdf.rect(x, y, width, height)
            offset = 0.5 if v_align == "top" or k == 1 else height - 0.5 - line * len(texts)
            for i, text in enumerate(texts):
                pdf.set_xy(x, y + offset + i * line)
                pdf.cell(width, line, text, align="R" if k > 1 else "L")
            x += width
        pdf.set_xy(pdf.l_margin, y + height)

    header, *rows = _numbered(head)
    draw(header)
    for k, cells in enumerate(rows):
        if k and k == break_before:
            pdf.add_page()
            if repeat:
                draw(header)
        draw(cells)
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Bron: VDAB, datawarehouse.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _xlsx(head: str) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for text in PROSE:
        sheet.append([text])
    sheet.append([])
    for cells in _numbered(head):
        sheet.append([int(c) if c.isdigit() else (c or None) for c in cells])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _html(head: str) -> bytes:
    from html import escape

    lines = _numbered(head)
    parts = ["<html><body>", *(f"<p>{escape(p)}</p>" for p in PROSE), "<table border='1'>",
             "<tr>" + "".join(f"<th>{escape(c)}</th>" for c in lines[0]) + "</tr>"]
    parts += ["<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>" for cells in lines[1:]]
    parts += ["</table>", "<p>Bron: VDAB, datawarehouse.</p>", "</body></html>"]
    return "\n".join(parts).encode()


def _truth() -> list[tuple]:
    return sorted((row.level, fold(row.label), period, v) for row in _rows()
                  for period, v in zip(YEARS, row.values) if v is not None)


def _check(answer) -> None:
    """Every cell the truth's (no row's number among them, none in a name); the persons
    counted twice said as information, nothing else."""
    assert [i.kind for i in answer.issues] == []
    assert len(answer.tables) == 1
    assert sorted((c.level, fold(c.label), c.period, c.count) for c in answer.tables[0].cells) == _truth()
    findings = audit(answer).findings
    assert [f.rule for f in findings if f.severity != "info"] == []
    total = next(r for r in _rows() if r.level == "total")
    parts = [r for r in _rows() if r.level == "row"]
    over = {(year, total.values[k], sum(r.values[k] or 0 for r in parts)) for k, year in enumerate(YEARS)}
    assert {(f.period, f.stated, f.observed) for f in findings if f.rule == "parts-exceed-total"} == {
        o for o in over if o[2] > o[1]}


PDF_STYLES = {"ruled-top": (True, "top"), "plain-top": (False, "top"), "plain-bottom": (False, "bottom"),
              "ruled-bottom": (True, "bottom")}


@pytest.mark.parametrize("head", ["Nr", "#", "Volgnr."])
@pytest.mark.parametrize("style", list(PDF_STYLES))
@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"])
def test_a_numbered_pdf_table_with_wrapped_names_reads_the_truth(form, style, head):
    """Before, ``pdftotext -layout`` and the PDF itself joined the first row's number and name
    to the header (a table titled ``Nr 1 Opleiding Graduaat verpleegkunde``, the first row
    named ``module 5``, the others ``2 Verkorte opvoeder``), with no finding."""
    _check(read_pdf_form(_pdf(head, *PDF_STYLES[style]), form, "numbered"))


def test_the_header_keeps_no_row_number_in_pdftotext_layout():
    """The case wrapped24 found: ``Nr  Opleiding  2021  2022`` over ``1  Graduaat verpleegkunde``
    / ``module 5  120  130`` laid out by ``pdftotext -layout``."""
    from test_middle23 import HEAD

    table = """\
Nr   Opleiding                         2021    2022
1    Graduaat verpleegkunde
     module 5                           120     130
2    Verkorte opvoeder                   40      45
3    Graduaat orthopedagogie
     jeugd                               10      12
     Totaal                             170     187
"""
    answer = read_text(HEAD + table, "generated.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells if c.period == "2021"] == [
        ("Graduaat verpleegkunde module 5", "2021", 120), ("Verkorte opvoeder", "2021", 40),
        ("Graduaat orthopedagogie jeugd", "2021", 10), ("Totaal", "2021", 170)]


@pytest.mark.parametrize("head", ["Nr", "#", ""])
@pytest.mark.parametrize(("form", "write"), [("xlsx", _xlsx), ("html", _html)])
def test_a_numbered_annex_or_web_page_reads_the_truth(form, write, head):
    """An ``.xlsx`` annex's first column ``Nr`` of 1..n (numbers, no text), an HTML table's:
    never a column of counts beside the years (their sum no total's part). Its header cell may
    be blank: before, the numbers were glued to the names (``1 Graduaat verpleegkunde``)."""
    _check(read_text(write(head), f"numbered.{form}"))


@pytest.mark.parametrize("style", list(PDF_STYLES))
@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
def test_a_numbered_column_with_a_blank_header_cell_in_a_laid_out_pdf(form, style):
    """The numbers' column has no header word: where the text keeps positions, the numbers stand
    left of the header's first word and the names right under it — a column of their own, no
    piece of the names (text without positions cannot tell ``1 Graduaat …`` from a name that
    begins with a number, and keeps it as printed)."""
    _check(read_pdf_form(_pdf("", *PDF_STYLES[style]), form, "numbered"))


def test_names_that_begin_with_their_own_numbers_keep_them():
    """The other side: names that begin with a number in order (``1 kind``, ``2 kinderen``) in
    the names' own cell are no row numbers — a blank header cell left of them is none either
    when the numbers stand in the names' column."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for text in PROSE:
        sheet.append([text])
    sheet.append([])
    sheet.append(["Gezin", *YEARS])
    rows = [("1 kind", 30, 31, 32), ("2 kinderen", 20, 21, 22), ("3 kinderen of meer", 10, 11, 12),
            ("Totaal", 60, 63, 66)]
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    answer = read_text(out.getvalue(), "gezin.xlsx")
    assert answer.issues == []
    assert [c.label for c in answer.tables[0].cells if c.period == "2021"] == [r[0] for r in rows]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


def _page_break_cases():
    for form in ("pdf", "pdftotext-layout", "pdfplumber", "pypdf"):
        for repeat in (True, False):
            for style in PDF_STYLES:
                yield pytest.param(form, repeat, style, id=f"{form}-{'repeat' if repeat else 'none'}-{style}")


@pytest.mark.parametrize(("form", "repeat", "style"), list(_page_break_cases()))
def test_numbers_that_go_on_over_a_page_break(form, repeat, style):
    """The table breaks before its fourth row; the numbers go on (``4``, ``5``) under the header
    repeated, or with none. Before, the header repeated over ``4`` was read as a row of counts
    (``Nr Opleiding  2021  2022  2023``): three false ``total-below-largest-part`` errors."""
    _check(read_pdf_form(_pdf("Nr", *PDF_STYLES[style], break_before=3, repeat=repeat), form, "numbered"))
