"""A table's header printed again on the same page of a PDF heads another table.

A header repeats at the top of a new page when its table goes on there; on the page the header
stands on, the same header again (``Provincie 2020 2021`` under a one-row table, the next
question's table right below it) is the next table's. A PDF says where its pages break, and the
two tables are read apart. Before, the second table's rows were read as the first's, with false
total errors. An extractor's text need not mark every page break with a form feed, so there the
header is still taken as repeated — and the false errors still show that something is wrong.
"""

from __future__ import annotations

import shutil
from functools import lru_cache

import pytest

from generate.extract import extract
from okot_audit import audit
from okot_audit.run import answer_of

ROWS = [("Provincie", "2020", "2021"), ("Antwerpen", "69", "52"),
        ("Provincie", "2020", "2021"), ("Antwerpen", "12", "15"), ("Limburg", "3", "4"), ("Totaal", "15", "19")]
CELLS = [
    ("row", "Antwerpen", "2020", 69), ("row", "Antwerpen", "2021", 52),
    ("row", "Antwerpen", "2020", 12), ("row", "Antwerpen", "2021", 15),
    ("row", "Limburg", "2020", 3), ("row", "Limburg", "2021", 4),
    ("total", "Totaal", "2020", 15), ("total", "Totaal", "2021", 19),
]


@lru_cache(maxsize=None)
def _pdf(second_page: bool) -> bytes:
    """The two tables, the second's header right below the first's row (or, `second_page`, at the
    top of the next page: there it repeats the first's header and the first goes on)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.cell(0, 6, "OKOT's - Zorgsector", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 6, "1. Het aantal unieke gestarte cursisten per provincie.", new_x="LMARGIN", new_y="NEXT")
    for k, row in enumerate(ROWS):
        if second_page and k == 2:
            pdf.add_page()
        for text, width in zip(row, (60, 30, 30)):
            pdf.cell(width, 6, text, align="L" if width == 60 else "R")
        pdf.ln(6)
    return bytes(pdf.output())


#: The PDF itself, and the text ``pdftotext -layout`` makes of it.
FORMS = ["pdf", pytest.param("pdftotext-layout", marks=pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext not installed (.ci/run installs poppler-utils)"))]


def _read(form: str, data: bytes):
    if form == "pdf":
        return answer_of(data, "answer.pdf")
    return answer_of(extract(data, form).encode(), "answer.txt")


def test_the_same_header_on_the_same_page_of_a_pdf_heads_the_next_table():
    answer = _read("pdf", _pdf(second_page=False))
    assert [len(t.cells) for t in answer.tables] == [2, 6]
    assert [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells] == CELLS
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


@pytest.mark.parametrize("form", FORMS[1:])
def test_in_extracted_text_the_same_header_is_taken_as_repeated_and_the_totals_say_so(form):
    answer = _read(form, _pdf(second_page=False))
    assert [len(t.cells) for t in answer.tables] == [8]
    assert {f.rule for f in audit(answer).findings if f.severity == "error"} >= {"total-below-largest-part"}


@pytest.mark.parametrize("form", FORMS)
def test_the_same_header_at_the_top_of_the_next_page_goes_on_with_the_table(form):
    answer = _read(form, _pdf(second_page=True))
    assert len(answer.tables) == 1
    assert [(c.level, c.label, c.period, c.count) for c in answer.tables[0].cells] == CELLS
