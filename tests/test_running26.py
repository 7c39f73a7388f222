"""Session 26 (running26): PDF running lines and page furniture.

A line that repeats in every page's margin is a running header or footer only where it is no
table row: a table of one row on each page (``908001 Bachelor in het onderwijs 12 13`` again
and again, or with other figures) lost every row, and a PDF whose only table was that row read
as no table at all (exit 0). A page's number alone right under a table's last column (not a
font size below its last row) read as a row without a label; one at the same place on several
pages, each its page's index (plus one same offset), or its page's index right under a filled
figure cell, is the page's number. Real PDFs (fpdf2), read by okot-audit and as every extractor
gives their text."""

from __future__ import annotations

import pytest

from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("fpdf", reason="needs fpdf2")

ROW = [(20, "908001 Bachelor in het onderwijs"), (124, "12"), (149, "13")]
HEAD = [(20, "Opleiding"), (120, "2021"), (145, "2022")]
PROSE = ["Vraag nr. 123 van 3 maart 2023 van Jan Peeters aan de minister van Werk.",
         "Hoeveel personen startten een OKOT in 2021 en 2022, per opleiding?", "Antwoord"]
NAMES = ["Zorgkundige", "Verpleegkunde", "Orthopedagogie", "Apotheekassistent", "Kinderbegeleider",
         "Logistiek helper", "Polyvalent verzorgende", "Boekhouden", "Lasser", "Heftruckchauffeur",
         "Elektricien", "Schrijnwerker"]


def _pdf(pages, prose=(), head=None, foot=None) -> bytes:
    """A PDF of `pages`, each a list of lines (a line: (x in mm, text) pieces on one baseline,
    ``{p}`` the page's number), 7 mm apart; `prose` on page 1 above them; `head` / `foot` (lines
    as well) at each page's top / foot (15 mm, 285 mm)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        y = 15
        for x, text in head or []:
            pdf.text(x, y, text.format(p=number))
        y += 15
        if number == 1:
            for text in prose:
                pdf.text(20, y, text)
                y += 6
            y += 6
        for line in lines:
            for x, text in line:
                pdf.text(x, y, text.format(p=number))
            y += 7
        for x, text in foot or []:
            pdf.text(x, 285, text.format(p=number))
    return bytes(pdf.output())


def _forms(pdf: bytes):
    """The PDF read by okot-audit, and its text as each extractor gives it: (name, answer)."""
    from generate.extract import EXTRACTORS, available, extract

    yield "pdf", parse_answer(source_from_bytes(pdf, "a.pdf"))
    for extractor in EXTRACTORS:
        if available(extractor):
            yield extractor, parse_answer(source_from_bytes(extract(pdf, extractor).encode(), "a.txt"))


def _rows(answer) -> list[list[int]]:
    rows: dict[int, list[int]] = {}
    for table in answer.tables:
        for cell in table.cells:
            rows.setdefault(cell.line, []).append(cell.count)
    return [rows[line] for line in sorted(rows)]


def _read_or_said(pdf: bytes, rows: list[list[int]], exact=("pdf", "pdftotext-layout")) -> None:
    """Each form reads `rows` exactly, or says it cannot (an issue): never fewer rows without a
    word. The forms in `exact` read them, and say nothing."""
    for name, answer in _forms(pdf):
        if name in exact:
            assert (name, _rows(answer), answer.issues) == (name, rows, [])
        else:
            assert _rows(answer) == rows or answer.issues, name


# --- 1. a table's row in every page's margin is no running line -------------------------------

def test_a_one_row_table_on_every_page_under_the_first_pages_header_keeps_its_rows():
    """Before, the PDF and ``pdftotext -layout`` read the row of page 1 only: the same row at the
    top of pages 2 and 3 (under the running header, over the page's number) was dropped."""
    pdf = _pdf([[HEAD, ROW], [ROW], [ROW]], head=[(20, "Vlaams Parlement - Schriftelijke vraag nr. 123")],
               foot=[(105, "{p}")])
    _read_or_said(pdf, [[12, 13]] * 3)


def test_a_pdf_whose_only_table_is_one_row_on_every_page_is_not_read_as_no_table():
    """Before: 0 tables and not a word (exit 0) from the PDF — its one table line, the same on
    every page, was taken for a running line. Now the PDF says what the extractors' texts say:
    figures without a header of periods."""
    pdf = _pdf([[ROW]] * 3, prose=PROSE)
    for name, answer in _forms(pdf):
        assert answer.issues, name
    answer = parse_answer(source_from_bytes(pdf, "a.pdf"))
    assert [(i.kind, i.reason, i.line) for i in answer.issues] == [
        ("unreadable-table", "more-figures-than-periods", line) for line in (4, 5, 6)]


def test_a_row_of_the_same_name_in_every_pages_margin_with_other_figures_is_kept():
    """The same row's name with other figures on each page (one table a page): its text but
    the digits recurs, and before it was a running line on every page but the first."""
    pages = [[HEAD] * (p == 0) + [[(20, "908001 Bachelor in het onderwijs"), (124, str(10 + p)), (149, str(20 + p))]]
             for p in range(3)]
    pdf = _pdf(pages, head=[(20, "Vlaams Parlement - Schriftelijke vraag nr. 123")], foot=[(105, "{p}")])
    _read_or_said(pdf, [[10, 20], [11, 21], [12, 22]])


def test_a_named_row_on_every_page_keeps_its_rows_in_laid_out_text_too():
    """A row named without a code, alone on each page but the first (which holds the header and
    the question): ``pdftotext -layout`` sets each page on a grid of its own, so the row's figures
    on page 2 stand under no column of page 1; they are as many as the header's periods. Before,
    the rows of pages 2 and 3 were lost in the PDF and in that text, without a word, where the
    page's number stands apart from the figures (kept where it stood under the row's last figure,
    taken for a table's header's column)."""
    pages = [[HEAD] * (p == 0) + [[(20, "Bachelor in het onderwijs"), (124, str(12 + 3 * p)), (149, str(13 + 5 * p))]]
             for p in range(3)]
    for foot in (105, 150):
        _read_or_said(_pdf(pages, prose=PROSE, foot=[(foot, "{p}")]), [[12, 13], [15, 18], [18, 23]])


def _table_pages(foot_gap: float | None = None, offset: int = 0, blank_last: bool = False, count: int = 3,
                 head=None, foot=None) -> bytes:
    """A table of four rows a page over `count` pages (its header on each), the page's number
    (plus `offset`) `foot_gap` mm under its last row at the last column's place, if given."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    at = 0
    for number in range(1, count + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        for x, text in head or []:
            pdf.text(x, 12, text.format(p=number))
        y = 30
        if number == 1:
            pdf.text(20, y, "Gestarte OKOT's per opleiding in de zorg")
            y += 10
        for x, text in HEAD:
            pdf.text(x, y, text)
        for row in range(4):
            y += 7
            pdf.text(20, y, NAMES[at])
            pdf.text(124, y, str(11 + at))
            if not (blank_last and row == 3):
                pdf.text(149, y, str(21 + at))
            at += 1
        if foot_gap is not None:
            pdf.text(150, y + foot_gap, str(number + offset))
        for x, text in foot or []:
            pdf.text(x, 285, text.format(p=number))
    return bytes(pdf.output())


def _table_rows(count: int = 3, blank_last: bool = False) -> list[list[int]]:
    return [[11 + at, 21 + at] if not (blank_last and at % 4 == 3) else [11 + at] for at in range(4 * count)]


@pytest.mark.parametrize(("head", "foot"), [
    ([(20, "Vlaams Parlement"), (180, "{p}")], [(20, "Schriftelijke vraag nr. 123")]),
    ([(20, "Schriftelijke vraag nr. 123"), (150, "3 maart 2023")], [(100, "{p}")]),
    ([(20, "Vlaams Parlement")], [(20, "Schriftelijke vraag 123"), (160, "Pagina {p} van 3")]),
    ([(20, "Vlaams Parlement - 3 maart 2023")], [(20, "Vlaams Parlement"), (150, "{p}")]),
    ([(20, "Vlaams Parlement")], [(20, "Schriftelijke vraag"), (100, "512"), (180, "{p}")]),
])
def test_real_running_lines_are_still_dropped(head, foot):
    """What stays: running lines that number the pages — the page's number a cell of its own
    (``Vlaams Parlement`` … ``3``, a row's shape, its one count the page's index) — dates, the
    question's number, ``Pagina 1 van 3``: the table reads exactly, nothing said. (Before, the
    last — ``Vlaams Parlement`` and the page's number under the table's last column — stayed in
    the text: a row's, its count in a column of the lines above.)"""
    pdf = _table_pages(head=head, foot=foot)
    _read_or_said(pdf, _table_rows())
    text = source_from_bytes(pdf, "a.pdf").text
    assert "Vlaams Parlement" not in text.split("\n", 1)[1] and "Pagina" not in text


def test_a_running_footer_with_a_number_beside_the_tables_columns_is_still_dropped():
    """What stays: a running footer of a row's shape whose one count is the same on every page
    (``VDAB  Vlaams Parlement  12``) but stands in no column of the table is dropped from the PDF,
    and from ``pdftotext -layout`` text (session 27, footer27): that sets each page on a grid of
    its own, so the number is held against its own page's columns — before, it fell in another
    page's column, the line was kept and read as a row (``ambiguous-alignment`` on every page)."""
    pdf = _table_pages(foot=[(20, "VDAB"), (100, "Vlaams Parlement"), (185, "12")])
    _read_or_said(pdf, _table_rows())
    assert "VDAB" not in source_from_bytes(pdf, "a.pdf").text


# --- 2. a page's number alone right under a table's last column -----------------------------

@pytest.mark.parametrize(("count", "offset", "foot"), [
    (1, 0, None), (3, 0, None), (3, 4, None), (2, 4, None), (1, 0, [(20, "Schriftelijke vraag nr. 5")])])
def test_a_pages_number_right_under_the_last_column_is_no_row(count, offset, foot):
    """Before: ``row-without-label`` at the last page's number (6 mm under the table's last row,
    under its last column: no font size apart, so no margin's running line), from the PDF and
    ``pdftotext -layout``. The page's own index under a filled figure cell (one page), or a
    number at the same place on the pages, one more on each (pages numbered from 5 as well); the
    page's index with the running footer below it."""
    _read_or_said(_table_pages(6, offset=offset, count=count, foot=foot), _table_rows(count))


def test_a_lone_number_under_a_blank_cell_that_numbers_no_series_stays_loud():
    """What stays: ``1`` right under the last row of a one-page table, whose last cell is blank:
    it may be that row's figure, wrapped; a row without a label is said."""
    pdf = _table_pages(6, count=1, blank_last=True)
    for name in ("pdf", "pdftotext-layout"):
        answer = dict(_forms(pdf))[name]
        assert [(i.kind, i.reason) for i in answer.issues] == [("unreadable-table", "row-without-label")], name
