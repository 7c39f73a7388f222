"""A table's header printed again on the same page heads another table.

A header repeats at the top of a new page when its table goes on there; on the page the header
stands on, the same header again (``Provincie 2020 2021`` under a one-row table, the next
question's table right below it) is the next table's. A PDF says where its pages break, and the
two tables are read apart. Before, the second table's rows were read as the first's, with false
total errors.

An extractor's text need not mark every page break with a form feed, so there what stands around
the header says which it is: the rows starting again below it (its first row the table's first
row), a total line closing the table above it (``Totaal``, not a region's ``Vlaams Gewest``), a
caption between — then it heads the next table. A form feed right before it is a page break
(the table goes on); and rows the table does not have yet right below its last row, nothing
else around, are taken as going on after a page break the text did not mark.
"""

from __future__ import annotations

import shutil
from functools import lru_cache

import pytest

from generate.extract import available, extract
from okot_audit import audit, read_text
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


#: The PDF's text as other extractors make it (pages joined by form feeds).
TEXT_FORMS = [pytest.param(form, marks=pytest.mark.skipif(not available(form), reason=f"{form} not installed"))
              for form in ("pdftotext-layout", "pdfplumber", "pdfplumber-layout", "pypdf")]


@pytest.mark.parametrize("form", TEXT_FORMS)
def test_in_extracted_text_the_same_header_over_the_rows_again_heads_the_next_table(form):
    """The rows start again below it (Antwerpen, the table's first row). Before: one table of
    eight cells, Antwerpen twice (``duplicate-row``) and Totaal below Antwerpen's 69 and 52
    (``total-below-largest-part``, twice)."""
    answer = _read(form, _pdf(second_page=False))
    assert [len(t.cells) for t in answer.tables] == [2, 6]
    assert [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells] == CELLS
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


@pytest.mark.parametrize("form", TEXT_FORMS)
def test_in_extracted_text_the_same_header_on_the_next_page_goes_on_with_the_table(form):
    """Guard: the form feed says the page broke there; the rows again (Antwerpen twice) are
    one table's, and reported (``duplicate-row``)."""
    answer = _read(form, _pdf(second_page=True))
    assert [len(t.cells) for t in answer.tables] == [8]
    assert "duplicate-row" in {f.rule for f in audit(answer).findings}


# --- Extracted text: what stands around the header -----------------------------------------------

HEAD = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector\n\nANTWOORD\n"
        "op vraag nr. 46 van 21 november 2022\n\n1. Het aantal unieke gestarte cursisten.\n")
FIRST = HEAD.count("\n") + 1  # the line of the first table's header


def _text(lines: list[str]):
    return read_text(HEAD + "\n".join(lines) + "\n", "answer.txt")


def _cells(answer) -> list[tuple]:
    return [(k, t.measure, c.level, c.code or c.label, c.period, c.count)
            for k, t in enumerate(answer.tables) for c in t.cells]


def _errors(answer) -> list[tuple]:
    return [(f.rule, f.line) for f in audit(answer).findings if f.severity != "info" and f.rule != "code-unknown"]


CODES = "Opleiding 2020 2021"


def test_rows_of_training_codes_starting_again_under_the_same_header_are_the_next_table():
    """Before: one table, 900101 twice (``duplicate-row``) and Totaal below its 69 and 52."""
    answer = _text([CODES, "900101: Zorgkundige 69 52", CODES, "900101: Zorgkundige 12 15",
                    "900601: Bachelor verpleegkunde 3 4", "Totaal 15 19"])
    assert _cells(answer) == [
        (0, "started", "row", "900101", "2020", 69), (0, "started", "row", "900101", "2021", 52),
        (1, "started", "row", "900101", "2020", 12), (1, "started", "row", "900101", "2021", 15),
        (1, "started", "row", "900601", "2020", 3), (1, "started", "row", "900601", "2021", 4),
        (1, "started", "total", "Totaal", "2020", 15), (1, "started", "total", "Totaal", "2021", 19),
    ]
    assert _errors(answer) == []


PROVINCES = "Provincie 2020 2021"
FIRST_TABLE = [PROVINCES, "Antwerpen 69 52", "Limburg 10 12"]
SECOND_ROWS = ["Oost-Vlaanderen 12 15", "West-Vlaanderen 3 4", "Totaal 15 19"]
SECOND_CELLS = [
    ("row", "Oost-Vlaanderen", "2020", 12), ("row", "Oost-Vlaanderen", "2021", 15),
    ("row", "West-Vlaanderen", "2020", 3), ("row", "West-Vlaanderen", "2021", 4),
    ("total", "Totaal", "2020", 15), ("total", "Totaal", "2021", 19),
]


def test_the_same_header_below_a_total_line_that_closed_the_table_heads_the_next_table():
    """Other provinces below it. Before: the first table's Totaal read as a subtotal (a total
    over the rows above it, as ``Vlaams Gewest``), and the second Totaal, 15 and 19, over it and
    the rows below: ``total-below-largest-part`` twice."""
    answer = _text([*FIRST_TABLE, "Totaal 79 64", PROVINCES, *SECOND_ROWS])
    assert _cells(answer) == [
        (0, "started", "row", "Antwerpen", "2020", 69), (0, "started", "row", "Antwerpen", "2021", 52),
        (0, "started", "row", "Limburg", "2020", 10), (0, "started", "row", "Limburg", "2021", 12),
        (0, "started", "total", "Totaal", "2020", 79), (0, "started", "total", "Totaal", "2021", 64),
        *[(1, "started", *cell) for cell in SECOND_CELLS],
    ]
    assert _errors(answer) == []


def test_a_caption_between_the_rows_and_the_same_header_heads_the_next_table():
    """``Geslaagde cursisten`` right above it: the next table's caption, which says what it
    counts. Before: one table with the caption a line among its rows, and false
    ``total-below-largest-part`` errors."""
    answer = _text([*FIRST_TABLE, "Geslaagde cursisten", PROVINCES, *SECOND_ROWS])
    assert _cells(answer) == [
        (0, "started", "row", "Antwerpen", "2020", 69), (0, "started", "row", "Antwerpen", "2021", 52),
        (0, "started", "row", "Limburg", "2020", 10), (0, "started", "row", "Limburg", "2021", 12),
        *[(1, "graduated", *cell) for cell in SECOND_CELLS],
    ]
    assert _errors(answer) == [("total-missing", FIRST + 2)]  # (the first table has no total line: at its last row)


@pytest.mark.parametrize("header", [[PROVINCES], ["", "\f" + PROVINCES], ["Tabel 1 (vervolg)", PROVINCES]],
                         ids=["right-below", "form-feed", "vervolg"])
def test_the_same_header_over_rows_the_table_does_not_have_yet_goes_on_with_the_table(header):
    """Guard: right below the rows (a page break the text did not mark), after a form feed, or
    below ``Tabel 1 (vervolg)``: one table, its Totaal over all four provinces."""
    answer = _text([*FIRST_TABLE, *header, "Oost-Vlaanderen 12 15", "West-Vlaanderen 3 4", "Totaal 94 83"])
    assert [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("row", "Antwerpen", "2020", 69), ("row", "Antwerpen", "2021", 52),
        ("row", "Limburg", "2020", 10), ("row", "Limburg", "2021", 12),
        ("row", "Oost-Vlaanderen", "2020", 12), ("row", "Oost-Vlaanderen", "2021", 15),
        ("row", "West-Vlaanderen", "2020", 3), ("row", "West-Vlaanderen", "2021", 4),
        ("total", "Totaal", "2020", 94), ("total", "Totaal", "2021", 83),
    ]
    assert _errors(answer) == []  # (``Tabel 1``: the caption's ordinal, no figure)


def test_a_second_total_line_below_the_same_header_goes_on_with_the_table():
    """Guard: ``Totaal inschrijvingen``, a page break, ``Totaal unieke cursisten``: one table,
    two total lines."""
    answer = _text([*FIRST_TABLE, "Totaal inschrijvingen 79 64", PROVINCES, "Totaal unieke cursisten 75 60"])
    assert [(c.level, c.label, c.count) for t in answer.tables for c in t.cells if c.level == "total"] == [
        ("total", "Totaal inschrijvingen", 79), ("total", "Totaal inschrijvingen", 64),
        ("total", "Totaal unieke cursisten", 75), ("total", "Totaal unieke cursisten", 60),
    ]
    assert _errors(answer) == []


@pytest.mark.parametrize("form", FORMS)
def test_the_same_header_at_the_top_of_the_next_page_goes_on_with_the_table(form):
    answer = _read(form, _pdf(second_page=True))
    assert len(answer.tables) == 1
    assert [(c.level, c.label, c.period, c.count) for c in answer.tables[0].cells] == CELLS


def test_a_blocks_rows_under_the_same_header_go_on_with_the_table_whose_other_blocks_list_the_same_codes():
    """Guard: province blocks each list the same training codes; the header repeated inside
    Limburg's block (a page break the text did not mark) over 900101, Antwerpen's first row,
    is no new table — Limburg's block started with 900601 (found in the 1,000-answer corpus)."""
    answer = _text([
        "Cursisten die in 2020 een OKOT startten:", "",
        "Provincie Opleiding Aantal", "900101: Zorgkundige 29", "Antwerpen", "900601: Bachelor verpleegkunde 17",
        "Totaal Antwerpen 45", "900601: Bachelor verpleegkunde 21", "Limburg", "Provincie Opleiding Aantal",
        "900101: Zorgkundige 46", "Totaal Limburg 63", "Eindtotaal 107",
    ])
    assert [(t.measure, c.level, c.province, c.code, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("started", "row", "Antwerpen", "900101", "2020", 29), ("started", "row", "Antwerpen", "900601", "2020", 17),
        ("started", "subtotal", "Antwerpen", None, "2020", 45),
        ("started", "row", "Limburg", "900601", "2020", 21), ("started", "row", "Limburg", "900101", "2020", 46),
        ("started", "subtotal", "Limburg", None, "2020", 63), ("started", "total", None, None, "2020", 107),
    ]
    assert _errors(answer) == []
