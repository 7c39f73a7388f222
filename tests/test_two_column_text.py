"""The text extractors make of a page set in two columns, and notes printed under a row.

A page in two columns — prose in one, a table in the other — is printed by ``pdftotext
-layout`` as the page shows it: each line a row of the table and a line of the prose, a
column of spaces (the gutter) between them. Read across, the table on the left was an
``unreadable-table`` error (``table-beside-prose``: its figures lost); on the right its rows
were read, but every cell and finding was reported at a line of the text where it does not
stand. Now the text is read column by column, each cell at the line it is printed on.

A note printed in a smaller font under a row (``(*) cijfers tot 30 juni`` under ``Antwerpen
577 601``) was read as the first line of the next row's label (``(*) cijfers tot 30 juni
Limburg``), and a note that opens with a star ended the table there.

The PDFs are drawn here with fpdf2 and extracted with the extractors themselves (skipped,
saying so, where one is missing); each test asserts the exact cells and findings.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import available, extract  # noqa: E402
# The province table of tests/test_unseen_pdfs5_inputs.py, its cells and findings.
from test_unseen_pdfs5_inputs import CELLS, FINDINGS, PERIODS, ROWS  # noqa: E402

HEAD = ["Onderwijskwalificerende opleidingstrajecten (OKOT's) - zorg",
        "ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck"]
QUESTION = "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per provincie."
PROSE = ("In antwoord op de vraag geef ik hierbij de cijfers van VDAB. Het aantal unieke cursisten dat in 2019 tot "
         "2022 een OKOT startte, staat in de tabel hiernaast. Een cursist kan in meer dan een provincie starten; de "
         "totalen tellen unieke personen, zodat de som van de provincies hoger kan liggen dan het totaal. VDAB volgt "
         "de trajecten op en rapporteert jaarlijks over de uitstroom naar werk.")
RUNNING = "Vlaams Parlement - Schriftelijke vraag nr. 305 van 14 maart 2023 - antwoord van de Vlaamse minister van Werk"
FOOTER = "Bron: VDAB, datawarehouse; de cijfers van 2022 zijn voorlopig en kunnen nog wijzigen na de tweede zittijd."
#: The footer's sentence below the table makes its 2022 partial, as a sentence under an answer's
#: last table does (the PDF itself gives the same).
PROVISIONAL = [("partial-period", "info", "2022")]
#: With the table left of the question, the question is read after the table: what the table
#: counts is not said before it (as the PDF itself is read, tests/test_unseen_pdfs5_inputs.py).
LEFT_FINDINGS = [("measure-unknown", "info", None), *FINDINGS]


def cells(answer) -> list[tuple]:
    return [(c.level, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def findings(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.period) for f in audit(answer).findings]


def text_of(data: bytes, form: str) -> str:
    if not available(form):
        pytest.skip(f"{form} is not installed (poppler-utils)")
    if form.startswith("pdfplumber"):
        pytest.importorskip("pdfplumber", reason=f"{form} needs pdfplumber")
    return extract(data, form)


def read(text: str):
    return parse_answer(source_from_bytes(text.encode(), "a.txt"))


def _table(pdf, x: float, y: float, size: float = 8) -> float:
    pdf.set_font("helvetica", size=size)
    for row in [["Provincie", *PERIODS], *ROWS]:
        left = x
        for j, (text, width) in enumerate(zip(row, [30, 14, 14, 14, 14])):
            pdf.text(left + 1.2 if j == 0 else left + width - 1.2 - pdf.get_string_width(text), y + 3.2, text)
            left += width
        y += 4.5
    return y


@lru_cache(maxsize=None)
def two_column_pdf(table_left: bool, across: bool, gutter: float = 7.0) -> bytes:
    """The title over the page's width, then the question and the prose wrapped in an 85 mm
    column beside the table (a `gutter` mm apart); with `across`, a running header above and
    the source below, each across both columns."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    if across:
        pdf.text(15, 12, RUNNING)
    y = 20.0
    for line in HEAD:
        pdf.text(15, y, line)
        y += 6
    prose_x, table_x = (15 + 86 + gutter, 15) if table_left else (15, 15 + 85 + gutter)
    pdf.set_xy(prose_x, y + 2)
    pdf.multi_cell(85, 4.5, f"{QUESTION} {PROSE}", align="L")
    prose_end = pdf.get_y()
    table_end = _table(pdf, table_x, y + 2)
    if across:
        pdf.set_font("helvetica", size=9)
        pdf.text(15, max(prose_end, table_end) + 10, FOOTER)
    return bytes(pdf.output())


def _at_their_lines(answer, text: str) -> None:
    """Each cell is reported at the line of `text` that prints its label and its figure, and
    each finding at its total's line."""
    lines = text.split("\n")
    for table in answer.tables:
        for cell in table.cells:
            line = lines[cell.line - 1]
            label = cell.province or cell.label
            assert label in line and f"{cell.count:,}".replace(",", ".") in line, (cell, line)
    total = next(k for k, line in enumerate(lines, start=1) if "Totaal" in line and "3.058" in line)
    assert [f.line for f in audit(answer).findings if f.rule == "parts-exceed-total"] == [total] * 4


# --- A table beside a column of prose, as pdftotext -layout prints it --------------------------


@pytest.mark.parametrize("across", [False, True], ids=["alone", "header-and-footer-across"])
@pytest.mark.parametrize("table_left", [True, False], ids=["table-left", "table-right"])
def test_pdftotext_layout_text_of_a_table_beside_prose_is_read_column_by_column(table_left, across):
    """Table on the left: each line a row and a line of prose (``Antwerpen  577  601  640
    zorgsector, per provincie. …``) was one ``unreadable-table`` error, its figures lost. Table
    on the right: read, but each cell was reported as if the right column stood below the left
    one (Antwerpen at line 25 of a text whose line 6 prints it). Now each side of the gutter is
    read as its own column, left then right, every cell and finding at the line that prints it;
    a header and a footer across both columns stay above and below."""
    text = text_of(two_column_pdf(table_left, across), "pdftotext-layout")
    answer = read(text)
    assert cells(answer) == CELLS
    assert findings(answer) == (LEFT_FINDINGS if table_left else FINDINGS) + (PROVISIONAL if across else [])
    assert not answer.issues
    _at_their_lines(answer, text)


def test_a_two_column_page_after_a_page_across_keeps_its_page_and_lines():
    """A first page of prose across the width, then the page in two columns (a form feed
    between them): the second page's columns are read apart, each cell on page 2 at the line
    of the text that prints it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(15, 20)
    pdf.multi_cell(180, 5, f"{HEAD[1]}. {PROSE}")
    page_one = bytes(pdf.output())
    text = text_of(page_one, "pdftotext-layout").rstrip("\f\n") + "\f" + text_of(two_column_pdf(True, False), "pdftotext-layout")
    answer = read(text)
    assert cells(answer) == CELLS
    assert {c.page for t in answer.tables for c in t.cells} == {2}
    assert findings(answer) == FINDINGS  # (what the table counts: said on page 1)
    _at_their_lines(answer, text)


def test_pdfplumber_layout_text_with_a_gutter_is_read_column_by_column():
    """pdfplumber's ``extract_text(layout=True)`` pads a page to a grid and squeezes its
    columns, but a gutter as wide as a column's margin survives as a column of spaces: the
    table on the left is read, the prose after it (each run of spaces then read as one)."""
    pytest.importorskip("pdfplumber", reason="pdfplumber is not installed")
    text = text_of(two_column_pdf(True, True, gutter=12.0), "pdfplumber-layout")
    answer = read(text)
    assert cells(answer) == CELLS
    assert findings(answer) == LEFT_FINDINGS + PROVISIONAL  # (the footer: "de cijfers van 2022 zijn voorlopig")
    _at_their_lines(answer, text)


# --- A note printed under a row -----------------------------------------------------------------


@lru_cache(maxsize=None)
def noted_row_pdf(note: str, under: str, ruled: bool, head: tuple[str, ...] = (*HEAD, QUESTION),
                  rows: tuple[tuple[str, ...], ...] = (("Provincie", *PERIODS), *map(tuple, ROWS)),
                  widths: tuple[float, ...] = (40, 18, 18, 18, 18)) -> bytes:
    """The table across the page (its header and `rows`, the columns `widths` mm wide; the
    province table by default), `note` in a smaller font right under the row `under`."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 25.0
    for line in head:
        pdf.text(20, y, line)
        y += 7
    y += 3
    for row in rows:
        pdf.set_font("helvetica", size=10)
        left = 20.0
        for j, text in enumerate(row):
            if ruled:
                pdf.rect(left, y, widths[j], 5.0)
            pdf.text(left + 1.5 if j == 0 else left + widths[j] - 1.5 - pdf.get_string_width(text), y + 3.6, text)
            left += widths[j]
        y += 5.0
        if row[0] == under:
            pdf.set_font("helvetica", size=7)
            pdf.text(21.5, y + 2.4, note)
            y += 3.5
    return bytes(pdf.output())


NOTED = [
    pytest.param(note, under, ruled, form, id=f"{note}-{under}-{'ruled' if ruled else 'unruled'}-{form}")
    for note, under in [("(*) cijfers tot 30 juni", "Antwerpen"), ("* voorlopige cijfers", "Antwerpen"),
                        ("* voorlopige cijfers", "Brussel"), ("(1) inclusief Voeren", "Antwerpen")]
    for ruled in (False, True) for form in ("pdf", "pdftotext-layout")
    if not (note.startswith("(1)") and ruled and form == "pdf")  # (the rule under the row kept it apart)
]


@pytest.mark.parametrize("note, under, ruled, form", NOTED)
def test_a_note_under_a_row_is_no_line_of_a_label_and_ends_no_table(note, under, ruled, form):
    """The note under ``Antwerpen`` became the first line of the next row's label (``(*) cijfers
    tot 30 juni Limburg``: a province no longer named, in the PDF unruled and in ``pdftotext
    -layout`` text always); a note opening with a star ended the table there (the rows below it
    an ``unreadable-table`` error, the total missing); the note's date a stray number. A note
    is no row and no label's line, and the table goes on below it."""
    data = noted_row_pdf(note, under, ruled)
    answer = parse_answer(source_from_bytes(data, "a.pdf")) if form == "pdf" else read(text_of(data, form))
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS


@pytest.mark.parametrize("note", ["* voorlopige cijfers", "(*) cijfers tot 30 juni"])
def test_a_note_between_rows_of_single_spaced_text(note):
    """The seeds' form (pypdf, pdfplumber ``extract_text()``): the note's line between two rows
    ended the table (a star) or left its date as a stray number."""
    rows = [" ".join(v or "-" for v in row) for row in [["Provincie", *PERIODS], *ROWS]]
    text = "\n".join([*HEAD, QUESTION, *rows[:2], note, *rows[2:]]) + "\n"
    answer = read(text)
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS


@pytest.mark.parametrize("caption", ["cijfers tot eind juni", "Limburg: inclusief Voeren"])
def test_a_caption_in_a_smaller_font_under_a_row_of_a_pdf_is_no_line_of_its_label(caption):
    """A caption without a mark, set smaller under ``Antwerpen`` in an unruled table, was read as
    the label's second line: the row ``Antwerpen cijfers tot eind juni``, no province any more.
    A label wrapped in its cell keeps its font; a line set smaller is no line of it."""
    answer = parse_answer(source_from_bytes(noted_row_pdf(caption, "Antwerpen", False), "a.pdf"))
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS


# --- A wide table is no page in two columns ------------------------------------------------------

PROGRAMMES = ["Graduaat in de orthopedagogie voor volwassenen", "Bachelor in de verpleegkunde voor volwassenen",
              "Graduaat in de verpleegkunde voor werkzoekenden", "Bachelor in de ergotherapie voor werkzoekenden",
              "Graduaat in het sociaal werk voor werkzoekenden", "Bachelor in de vroedkunde voor werkzoekenden"]


@lru_cache(maxsize=None)
def wide_table_pdf() -> bytes:
    """A table across the page whose labels are programmes of six words, all about as long,
    then a column of words (the sector) and two periods."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    y = 20.0
    for line in [*HEAD, "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per opleiding."]:
        pdf.text(15, y, line)
        y += 6
    y += 4
    rows = [["Opleiding", "Sector", "2021", "2022"]]
    rows += [[label, "zorg", str(100 + 7 * i), str(120 + 5 * i)] for i, label in enumerate(PROGRAMMES)]
    rows.append(["Totaal", "", "700", "795"])
    for row in rows:
        x = 15.0
        for j, (text, width) in enumerate(zip(row, [90, 25, 20, 20])):
            pdf.text(x + 1 if j < 2 else x + width - 1 - pdf.get_string_width(text), y, text)
            x += width
        y += 5
    return bytes(pdf.output())


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
def test_a_wide_table_whose_labels_look_like_prose_is_not_cut_in_two(form):
    """Labels of six words each, filling their column, then a gap and a word (``zorg``): the gap
    was taken for a page's gutter, the labels for a column of prose — the table was cut in two,
    every row ``zorg`` (five duplicate-row errors) and the total without a label. A column of
    prose goes on mid-sentence (its lines begin with a small letter); labels begin each row with
    a capital: the table is read whole, the sector word with its row."""
    data = wide_table_pdf()
    answer = parse_answer(source_from_bytes(data, "a.pdf")) if form == "pdf" else read(text_of(data, form))
    expected = [("row", f"{label} zorg", period, count) for i, label in enumerate(PROGRAMMES)
                for period, count in (("2021", 100 + 7 * i), ("2022", 120 + 5 * i))]
    assert cells(answer) == expected + [("total", "Totaal", "2021", 700), ("total", "Totaal", "2022", 795)]
    # (but the first, ``Graduaat orthopedagogie`` for adults, the names are no programme's the
    # catalogue knows: their sector was not checked)
    unknown = [f"{label} zorg" for label in PROGRAMMES[1:]]
    assert findings(answer) == [("code-unknown", "info", None)] * len(unknown) + [("parts-exceed-total", "info", "2021")]
    assert [f.label for f in audit(answer).by_rule("code-unknown")] == unknown
