"""Laid-out text (``pdftotext -layout``) whose columns move: a joined label that pushes a
table's columns right, and the rows of that table after a line of its own between them."""

from __future__ import annotations

import pytest

from generate.extract import extract
from okot_audit import read_text

HEAD = (
    "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)


def _read(text: str) -> tuple[list[tuple[str, str, int]], list]:
    answer = read_text(HEAD + text, "generated.txt")
    cells = [(c.label.split()[-1], c.period, c.count) for t in answer.tables for c in t.cells]
    return cells, answer.issues


#: A table of unique persons whose last rows run on to page 2, no header there: each of those
#: rows has a blank cell (the total cannot say which), together they fill every column.
PAGE_2_ROWS = [("Zorgkundige", (None, 21, 31, 35)), ("Verpleegkundige", (12, 22, None, 30)), ("Kok", (13, None, 33, 37))]
PAGE_2_CELLS = [
    (name, period, count) for name, counts in PAGE_2_ROWS
    for period, count in zip(("2021", "2022", "2023", "Totaal"), counts) if count is not None
]
PAGE_1 = (
    "Opleiding                                    2021         2022         2023        Totaal\n"
    + "".join(f"Opleiding {name:<20}              {10 + i:>3}          {20 + i:>3}          {30 + i:>3}           {35 + i:>3}\n"
              for i, name in enumerate(("Lasser", "Bakker", "Kapper", "Slager", "Schilder")))
)


def _page_2(start: int, step: int) -> str:
    """The rows of :data:`PAGE_2_ROWS` laid out on page 2's own grid: their figures end at
    `start`, `start` + `step`, … (the first page's end at 47, 60, 73, 87)."""
    lines = []
    for name, counts in PAGE_2_ROWS:
        line = name
        for at, count in enumerate(counts):
            figure = "" if count is None else str(count)
            line = line.ljust(start + at * step - len(figure)) + figure
        lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("start, step", [(22, 5), (40, 13), (37, 15), (52, 9)])
def test_rows_on_a_page_without_the_header_are_placed_by_that_page_s_columns(start, step):
    """``pdftotext -layout`` lays each page on its own grid: the rows on page 2 stand at other
    character columns than page 1's, squeezed (``Verpleegkundige   12   22        30``) or
    moved. Before, page 2's figures were placed by their absolute position under page 1's
    columns: a row was an ``ambiguous-alignment`` error, or — its figures a column off, under
    the wrong periods — read wrong without a word (``Kok`` 13 under 2021, 33 under 2022, its
    total 37 under 2023). Page 2's own columns (where its figures end) match page 1's in order."""
    cells, issues = _read(PAGE_1 + "\f" + _page_2(start, step))
    assert issues == []
    assert [c for c in cells if c[0] in ("Zorgkundige", "Verpleegkundige", "Kok")] == PAGE_2_CELLS


def _page_break_pdf(first: int, later: list) -> bytes:
    """A PDF (fpdf2) of a ruled table ``Opleiding 2021 2022 2023 Totaal`` whose `first` rows fill
    page 1 and whose rows `later` (name, counts; None a blank) run on to page 2, its header not
    repeated."""
    fpdf = pytest.importorskip("fpdf", reason="the PDF needs fpdf2 (pip install '.[test]')")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten, per opleiding.")
    pdf.ln(4)
    for width, head in zip((70, 25, 25, 25, 25), ("Opleiding", "2021", "2022", "2023", "Totaal")):
        pdf.cell(width, 7, head, border=1, align="L" if head == "Opleiding" else "R")
    pdf.ln()
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    rows = [(f"Opleiding {letters[i % 26]}{letters[i // 26]}", (10 + i, 20 + i, 30 + i, 35 + i)) for i in range(first)]
    for name, counts in rows + list(later):
        pdf.cell(70, 7, name, border=1)
        for count in counts:
            pdf.cell(25, 7, "" if count is None else str(count), border=1, align="R")
        pdf.ln()
    return bytes(pdf.output())


def test_a_pdf_table_over_a_page_break_reads_in_pdftotext_layout_text():
    """The same from a PDF (fpdf2) whose table runs over a page break without its header
    repeated, through ``pdftotext -layout``, which squeezes page 2's columns."""
    text = extract(_page_break_pdf(34, PAGE_2_ROWS), "pdftotext-layout")
    page_2 = text.split("\f")[1]
    assert "Verpleegkundige" in page_2 and "Kok" in page_2 and "2021" not in page_2
    answer = read_text(HEAD + text, "generated.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells
            if c.label in ("Zorgkundige", "Verpleegkundige", "Kok")] == PAGE_2_CELLS


def test_a_pdf_page_that_leaves_a_period_blank_in_all_its_rows_is_never_read_wrong_silently():
    """The PDF of :func:`test_a_pdf_table_over_a_page_break_reads_in_pdftotext_layout_text`,
    page 2's rows all without a 2021 figure, through ``pdftotext -layout``: its rows are
    reported (``page-columns``) or read under the right periods, never read a column off."""
    later = [("Zorgkundige", (None, 21, 31, 35)), ("Verpleegkundige", (None, 22, 32, 36))]
    text = extract(_page_break_pdf(35, later), "pdftotext-layout")
    assert "Zorgkundige" in text.split("\f")[1] and "Verpleegkundige" in text.split("\f")[1]
    answer = read_text(HEAD + text, "generated.txt")
    read = [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.label in ("Zorgkundige", "Verpleegkundige")]
    reported = [(i.kind, i.reason, i.label) for i in answer.issues]
    assert reported == [("ambiguous-alignment", "page-columns", name) for name, _ in later] and read == [] or (
        reported == [] and read == [(name, period, count) for name, counts in later
                                    for period, count in zip(("2021", "2022", "2023", "Totaal"), counts) if count is not None])


def test_rows_after_a_heading_line_move_with_the_columns_a_joined_label_moved():
    """A label wrapped over three lines, joined, is longer than the room before the first
    figures: the table's columns move right. A group's heading on a line of its own (longer
    than a name) ended the table for the layout, so the rows below it kept their columns where
    they stood, under no period of the header that moved: each an ``ambiguous-alignment``
    error, their figures unread."""
    cells, issues = _read(
        "Opleiding                 2021      2022      2023    Totaal\n\n"
        "Lasser                      10        20        30        40\n\n"
        "Begeleider in de\n"
        "buitenschoolse              11        21        31        41\n"
        "kinderopvang\n\n"
        "Kapper                      12        22        32        42\n\n"
        "Opleidingen in de zorgsector en in welzijn\n\n"
        "Zorgkundige                 13                  33        43\n\n"
        "Verpleegkundige             14        24        34        44\n"
    )
    assert issues == []
    assert [c for c in cells if c[0] in ("Zorgkundige", "Verpleegkundige")] == [
        ("Zorgkundige", "2021", 13), ("Zorgkundige", "2023", 33), ("Zorgkundige", "Totaal", 43),
        ("Verpleegkundige", "2021", 14), ("Verpleegkundige", "2022", 24), ("Verpleegkundige", "2023", 34),
        ("Verpleegkundige", "Totaal", 44),
    ]


def test_rows_on_a_page_with_fewer_columns_than_the_header_are_never_read_wrong_silently():
    page_2 = (
        "Zorgkundige                                21         31         35\n"
        "Verpleegkundige                            22         32         36\n"
    )
    """Page 2's rows all leave 2021 blank: the page has three figure columns to page 1's four,
    on a grid of its own (they end at 45, 56, 67; page 1's at 47, 60, 73, 87), and which one
    it lacks nothing on the page says. Before, they were left at their character positions and
    read a column off (21 under 2021, the total 35 under 2023) without a word. Now each such
    row is an ``ambiguous-alignment`` error (``page-columns``), not read."""
    cells, issues = _read(PAGE_1 + "\f" + page_2)
    assert [c for c in cells if c[0] in ("Zorgkundige", "Verpleegkundige")] == []
    assert [(i.kind, i.reason, i.label, i.numbers, i.unread) for i in issues] == [
        ("ambiguous-alignment", "page-columns", "Zorgkundige", (21, 31, 35), True),
        ("ambiguous-alignment", "page-columns", "Verpleegkundige", (22, 32, 36), True),
    ]
    assert len([c for c in cells if c[0] in ("Lasser", "Schilder")]) == 8  # page 1 read as before


def test_page_columns_is_said_as_an_error_in_english_and_dutch():
    """The rule reports each such row: where, its figures, and why it is not read."""
    from okot_audit.audit import audit

    page_2 = "Zorgkundige                                21         31         35\n"
    for lang, words in (("en", "do not match the table's 4 periods one to one"), ("nl", "niet één op één overeen met de 4 perioden")):
        answer = read_text(HEAD + PAGE_1 + "\f" + page_2, "generated.txt")
        found = [f for f in audit(answer, lang=lang).findings if f.rule == "ambiguous-alignment"]
        assert [(f.severity, f.label, f.page) for f in found] == [("error", "Zorgkundige", 2)]
        assert words in found[0].message and "21, 31" in found[0].message.replace(" en ", ", ")


def test_a_later_page_with_fewer_columns_on_the_header_s_grid_is_read_where_they_stand():
    """Where page 2's columns end where some of page 1's do (one grid: the extractor kept the
    positions), the positions settle which period is blank: read, nothing reported."""
    page_2 = (
        "Zorgkundige                                               21           31            35\n"
        "Verpleegkundige                                           22           32            36\n"
    )
    cells, issues = _read(PAGE_1 + "\f" + page_2)
    assert issues == []
    assert [c for c in cells if c[0] in ("Zorgkundige", "Verpleegkundige")] == [
        ("Zorgkundige", "2022", 21), ("Zorgkundige", "2023", 31), ("Zorgkundige", "Totaal", 35),
        ("Verpleegkundige", "2022", 22), ("Verpleegkundige", "2023", 32), ("Verpleegkundige", "Totaal", 36),
    ]


#: Page 2's rows, all without a 2021 figure, on a grid whose columns cannot be worked out as
#: three (page 1 has four): a column wider than its figures' jitter, two columns closer than a
#: figure is wide, a cell of words among the figures, or more columns than page 1's.
UNSETTLED_PAGES = {
    "a column two characters apart from its neighbour": (
        "Zorgkundige                                21         31         35\n"
        "Verpleegkundige                          22           32         36\n"),
    "a column wider than its jitter": (
        "Zorgkundige                                21         31         35\n"
        "Verpleegkundige                            22         32           36\n"),
    "a cell of words among the figures": (
        "Zorgkundige                                21         31         35\n"
        "Verpleegkundige                            22      onbekend      36\n"
        "Kok                                        23         33         37\n"),
    "more columns than page 1's": (
        "Zorgkundige                                21         31         35\n"
        "Verpleegkundige                        22         32         36\n"),
}


@pytest.mark.parametrize("name", list(UNSETTLED_PAGES))
def test_rows_on_a_page_whose_columns_cannot_be_worked_out_are_never_read_wrong_silently(name):
    """Before, where page 2's own columns could not be worked out (or were more than page 1's),
    its rows were left at their character positions and read a column off without a word
    (``Zorgkundige`` 21 under 2021, its total 35 under 2023). No row of the page fills every
    column, so nothing on it says which period is blank: each row that holds figures is an
    ``ambiguous-alignment`` error (``page-columns``), not read."""
    page_2 = UNSETTLED_PAGES[name]
    cells, issues = _read(PAGE_1 + "\f" + page_2)
    names = [line.split()[0] for line in page_2.splitlines()]
    assert [c for c in cells if c[0] in names] == []
    assert [(i.kind, i.reason, i.label) for i in issues] == [
        ("ambiguous-alignment", "page-columns", label) for label in names]
    assert len([c for c in cells if c[0] in ("Lasser", "Schilder")]) == 8  # page 1 read as before


@pytest.mark.parametrize("page_2", [
    # a column wider than its jitter, or more columns than page 1's: a row fills every column
    "Zorgkundige                        21       31       35\n"
    "Verpleegkundige          12     22       32       36\n"
    "Kok                      13       23                37\n",
    "Zorgkundige              11       21       31       35\n"
    "Verpleegkundige          12                32       36\n"
    "Kok                               23       33       37\n",
])
def test_a_page_whose_columns_cannot_be_worked_out_is_read_where_a_row_fills_every_column(page_2):
    """A row of the page with a figure in every column of page 1 settles the page's columns
    (its cells, in order): the page is read, nothing reported."""
    cells, issues = _read(PAGE_1 + "\f" + page_2)
    assert issues == []
    rows = {name: [c[1:] for c in cells if c[0] == name] for name in ("Zorgkundige", "Verpleegkundige", "Kok")}
    by_page = [[int(w) for w in line.split()[1:]] for line in page_2.splitlines()]
    assert [[count for _, count in found] for found in rows.values()] == by_page
    assert all(period == "Totaal" for found in rows.values() for period, _ in found[-1:])
