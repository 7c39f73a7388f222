"""Session 28: headers read in every form.

- A title with its period right above a one-column header, no blank line between
  (``Instroom      2022`` / ``Opleiding    Aantal``): in laid-out text the two lines stay two
  (:func:`okot_audit.read.pdf._title_over_header`), the title's period the column's.
"""

from __future__ import annotations

import pytest

from generate.extract import EXTRACTORS, read_form

_PROSE = ("Vraag nr. 12 van 3 februari 2023 van Jan Peeters aan de minister van Werk.", "Antwoord",
          "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per opleiding.")
_ROWS = (("Graduaat orthopedagogie", "118"), ("Graduaat verpleegkunde", "240"), ("Totaal", "358"))


def _titled_pdf(title: tuple[str, str], header: tuple[str, str], ruled: bool) -> bytes:
    """A one-page answer: the prose, then a table of two columns whose first line is a title and
    its period (``Instroom | 2022``), its second the header (``Opleiding | Aantal``), rows of one
    count each, a total; the lines a row's height apart (no blank line between)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for text in _PROSE:
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    for label, cell in (title, header, *_ROWS):
        pdf.cell(80, 6, label, border=int(ruled))
        pdf.cell(40, 6, cell, border=int(ruled), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Bron: VDAB", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("form", ["pdf", *(e for e in EXTRACTORS if e != "pdftotext")])
@pytest.mark.parametrize("ruled", [False, True], ids=["plain", "ruled"])
@pytest.mark.parametrize("title, header", [
    (("Instroom", "2022"), ("Opleiding", "Aantal")),
    (("Instroom", "2021-2022"), ("Opleiding", "Aantal cursisten")),
], ids=["year", "school-year"])
def test_a_title_s_period_right_above_a_one_column_header_is_its_period(form, ruled, title, header):
    """Every form of the PDF reads the title's period as the one column's (the prose names no
    period). Before, ``pdftotext -layout`` text joined the title's line and the header's into
    one row of two-line cells (``Instroom Opleiding   2022 Aantal``): no header, the rows an
    unreadable-table error."""
    answer = read_form(_titled_pdf(title, header, ruled), form)
    period = title[1]
    assert answer.issues == []
    assert [[p.label for p in t.periods] for t in answer.tables] == [[period]]
    assert [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("row", "Graduaat orthopedagogie", period, 118), ("row", "Graduaat verpleegkunde", period, 240),
        ("total", "Totaal", period, 358)]


@pytest.mark.parametrize("header", ["Opleiding 2022 Aantal", "Opleiding 2021-2022 Aantal cursisten", "2022* Aantal"])
def test_a_one_column_header_s_period_before_its_name_is_its_period(header):
    """Single-spaced, a one-column header's period right before the column's name (its cell's
    first line over the name, or printed so) is the column's period (before: an unreadable-table
    error; ``Opleiding Aantal 2022`` was read)."""
    answer, periods = _read_lines((header, "Graduaat orthopedagogie 118", "Graduaat verpleegkunde 240", "Totaal 358"))
    period = header.split()[-2].rstrip("*") if "cursisten" not in header else "2021-2022"
    assert answer.issues == []
    assert periods == [[period]]
    assert [(c.label, c.count) for t in answer.tables for c in t.cells] == [
        ("Graduaat orthopedagogie", 118), ("Graduaat verpleegkunde", 240), ("Totaal", 358)]


@pytest.mark.parametrize("form", ["pdf", *(e for e in EXTRACTORS if e != "pdftotext")])
def test_a_one_column_header_s_period_cell_over_its_name_in_a_pdf(form):
    """A PDF table of two columns whose header's second cell prints ``2022`` over ``Aantal`` (its
    cell too narrow for both): the column's period is 2022 in every form."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for text in _PROSE:
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(80, 16), text_align=("LEFT", "RIGHT")) as table:
        for cells in (("Opleiding", "2022 Aantal"), *_ROWS):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    answer = read_form(bytes(pdf.output()), form)
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("Graduaat orthopedagogie", "2022", 118), ("Graduaat verpleegkunde", "2022", 240), ("Totaal", "2022", 358)]


def test_a_titled_table_whose_cells_plain_pdftotext_prints_one_a_line_is_read():
    """Plain ``pdftotext`` prints each cell of this two-column table as a paragraph of its own
    (``Instroom`` / ``2022`` / ``Opleiding`` / ``Aantal`` / ``Graduaat orthopedagogie`` / ``118`` …),
    in the rows' order: read as the other forms read it (before plain29: said as one figure per
    line, never read as prose)."""
    answer = read_form(_titled_pdf(("Instroom", "2022"), ("Opleiding", "Aantal"), False), "pdftotext")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("Graduaat orthopedagogie", "2022", 118), ("Graduaat verpleegkunde", "2022", 240), ("Totaal", "2022", 358)]


@pytest.mark.parametrize("above, below", [
    ("Leeftijds-", "klasse"),  # (the first cell's next line, in lower case: its name wrapped)
    ("", "Opleiding"),  # (the period above, the first cell empty: a two-line header)
])
def test_a_header_over_two_laid_out_lines_stays_one_header(above, below):
    """The title's rule leaves a header whose cells wrap over two lines alone (``Leeftijds-  2022``
    / ``klasse  Aantal``, ``        2022`` / ``Opleiding  Aantal``: one header each), and its one
    column's period is the wrapped cell's: ``2022`` over ``Aantal``, read as one line ``… 2022
    Aantal``. Before, no header form took ``2022 Aantal`` as one column (``Aantal 2022`` was):
    the rows an unreadable-table error."""
    from okot_audit import read_text

    def lay(label, cell):
        return label.ljust(40) + str(cell).rjust(10)

    rows = [("-25 jaar", 118), ("25+ jaar", 240), ("Totaal", 358)]
    body = [lay(above, "2022"), lay(below, "Aantal"), *(lay(label, n) for label, n in rows)]
    answer = read_text("\n".join(_PROSE) + "\n" + "\n".join(body) + "\nBron: VDAB\n", "a.txt")
    assert answer.issues == []
    assert [(c.period, c.count) for t in answer.tables for c in t.cells] == [("2022", 118), ("2022", 240), ("2022", 358)]


_PYPDF_ROWS = ("Graduaat orthopedagogie 118 131 240 142 360", "Graduaat verpleegkunde 240 251 470 262 700",
               "Totaal 358 382 700 404 1.050")
_SUBTOTAL_PERIODS = ["2020", "2021", "Subtotaal 2020 t/m 2021", "2022", "Totaal"]


def _read_lines(lines) -> tuple:
    from okot_audit import read_text

    answer = read_text("\n".join((*_PROSE, *lines, "Bron: VDAB")) + "\n", "a.txt")
    return answer, [[p.label for p in t.periods] for t in answer.tables]


@pytest.mark.parametrize("header", [
    ("Opleiding 2020 2021 Subtotaal", "2022 Totaal"),
    ("Opleiding 2020 2021", "Subtotaal", "2020-2021", "2022 Totaal"),  # (the subtotal's cell over two lines, set middle)
    ("Opleiding 2020 2021 Subtotaal", "2020-2021", "2022 Totaal"),  # (set to the top)
    ("Opleiding 2020 2021", "Subtotaal", "2020-2021 2022 Totaal"),  # (set to the bottom)
    ("Opleiding 2020", "2021 Subtotaal 2022 Totaal"),
], ids=["two-lines", "middle", "top", "bottom", "first-period-alone"])
def test_a_single_spaced_header_over_lines_is_read_where_the_rows_settle_it(header):
    """pypdf prints a header cell that wraps in its row line by line and the row's next cells
    after it: the header's lines read one after the other, as many columns as the rows print
    figures. Before, ``2022 Totaal`` alone was the header (every row an unreadable-table error,
    more figures than periods) — and ``Opleiding 2020`` / ``2021 Subtotaal 2022 Totaal`` was read
    silently wrong: its periods sorted by label, the subtotal's figures under ``2022``."""
    answer, periods = _read_lines((*header, *_PYPDF_ROWS))
    assert answer.issues == []
    assert periods == [_SUBTOTAL_PERIODS]
    row = len(_PROSE) + len(header) + 1
    cells = [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    assert cells[:5] == [("row", "Graduaat orthopedagogie", p, v, row)
                         for p, v in zip(_SUBTOTAL_PERIODS, (118, 131, 240, 142, 360))]
    assert cells[-1] == ("total", "Totaal", "Totaal", 1050, row + 2)


@pytest.mark.parametrize("v_align", ["MIDDLE", "TOP", "BOTTOM"])
def test_a_wrapped_subtotal_cell_in_a_pdf_s_header_is_read_from_pypdf_text(v_align):
    """The same header made as a PDF (``Subtotaal 2020-2021`` wrapped in its narrow cell) and
    extracted with pypdf: read (before: an unreadable-table error per row)."""
    answer = read_form(_subtotal_pdf(v_align), "pypdf")
    assert answer.issues == []
    assert [[p.label for p in t.periods] for t in answer.tables] == [_SUBTOTAL_PERIODS]
    assert [c.count for t in answer.tables for c in t.cells] == [
        int(v.replace(".", "")) for r in _PYPDF_ROWS for v in r.split()[-5:]]


@pytest.mark.parametrize("header, rows", [
    # (pdfplumber: a cell's first line above the row's line, the rest below — no order settles it)
    (("Subtotaal", "Opleiding 2020 2021 2022 Totaal", "2020-2021"), _PYPDF_ROWS),
    (("Opleiding 2020 2021 Subtotaal 2022 Totaal", "2020-2021"), _PYPDF_ROWS),
    # (the rows print more figures than the header's lines name columns: a name's own digit?)
    (("Opleiding 2020 2021 Subtotaal", "2022 Totaal"),
     ("Graduaat orthopedagogie 118 131 240 142 360 1", "Graduaat verpleegkunde 240 251 470 262 700 2", "Totaal 358 382 700 404 1.050 3")),
], ids=["above-and-below", "below", "more-figures"])
def test_a_header_over_lines_the_rows_do_not_settle_is_said(header, rows):
    """Where the header's lines read one after the other name the columns out of order, or the
    rows print more figures than they name columns, nothing is read by guess: the rows are said."""
    answer, periods = _read_lines((*header, *rows))
    assert periods == [] or all(p != _SUBTOTAL_PERIODS for p in periods) and answer.issues
    assert {i.kind for i in answer.issues} == {"unreadable-table"}


def test_a_row_with_a_blank_cell_under_a_header_over_lines_is_said():
    """The rows print five figures at most: the header's two lines are its five columns, and a
    row that prints four (a blank cell single-spaced text keeps no place for) is placed by the
    totals or said — never read under the header's last line alone (before: ``2022 Totaal``
    the header; with ``Opleiding 2020`` / ``2021 Subtotaal 2022 Totaal``, the periods sorted by
    label and the first row read under them silently)."""
    for header in (("Opleiding 2020 2021 Subtotaal", "2022 Totaal"), ("Opleiding 2020", "2021 Subtotaal 2022 Totaal")):
        answer, periods = _read_lines((*header, "Graduaat orthopedagogie 118 131 240 142 360",
                                       "Graduaat verpleegkunde 240 251 470 262", "Totaal 358 382 700 404"))
        assert periods == [_SUBTOTAL_PERIODS]
        assert [(c.period, c.count) for t in answer.tables for c in t.cells if c.line == len(_PROSE) + 3] == list(
            zip(_SUBTOTAL_PERIODS, (118, 131, 240, 142, 360)))
        assert {(i.kind, i.line) for i in answer.issues} == {("ambiguous-alignment", len(_PROSE) + 4),
                                                            ("ambiguous-alignment", len(_PROSE) + 5)}


def _subtotal_pdf(v_align: str) -> bytes:
    """A PDF table whose header's subtotal cell wraps over two lines (``Subtotaal`` / ``2020-2021``)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for text in _PROSE:
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    rows = [["Opleiding", "2020", "2021", "Subtotaal 2020-2021", "2022", "Totaal"],
            *([r.rsplit(" ", 5)[0], *r.split()[-5:]] for r in _PYPDF_ROWS)]
    with pdf.table(col_widths=(60, 18, 18, 22, 18, 18), text_align=("LEFT",) + ("RIGHT",) * 5, v_align=v_align) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
def test_a_wrapped_subtotal_cell_set_middle_is_read_by_position(form):
    """Set in the middle of its row, the wrapped cell's lines are the header row's: read."""
    answer = read_form(_subtotal_pdf("MIDDLE"), form)
    assert answer.issues == []
    assert [[p.label for p in t.periods] for t in answer.tables] == [_SUBTOTAL_PERIODS]


@pytest.mark.parametrize("form, v_align", [
    ("pdf", "TOP"), ("pdf", "BOTTOM"), ("pdftotext-layout", "TOP"),
    # (before: laid out, no rules, ``Subtotaal`` a blank line over ``Opleiding  2020  2021  2020-2021
    # 2022  Totaal`` was taken for a caption over the columns (``Aantal gestart`` over ``2022``): the
    # header alone, a school year amid its years, an unreadable-table error; a subtotal's word alone
    # over a period's label is no caption: read/pdf.py _subtotal_word_over_period)
    ("pdftotext-layout", "BOTTOM"),
])
def test_a_wrapped_subtotal_cell_set_top_or_bottom_is_read_by_position(form, v_align):
    """Set to the top or the bottom of its row, the wrapped cell's other line stands farther from
    the header's line than a row's lines do (0.81 font sizes in fpdf2's table, beyond ROW_GAP):
    below the header, under one of its columns and lined up with its name, no count, no farther
    from it than the first row is, it is that cell's line; above it, where the PDF's rules close
    the header's row around both (before: the header read as ``2020-2021`` alone and every row an
    unreadable-table error)."""
    answer = read_form(_subtotal_pdf(v_align), form)
    assert answer.issues == []
    assert [[p.label for p in t.periods] for t in answer.tables] == [_SUBTOTAL_PERIODS]


# ---------------------------------------------------------------------------------------------
# header28b: pypdf's wrapped header cells ``2021 Gestart`` printed as pieces on lines of their own.

#: pypdf's header of cells ``2021 Gestart``, ``2021 Geslaagd`` … each wrapped over two lines: the
#: first cell's first line after the rows' name, every other piece on a line of its own.
_MEASURE_PIECES = ("Opleiding 2021", "Gestart", "2021", "Geslaagd", "2022", "Gestart", "2022", "Geslaagd",
                   "2023*", "Gestart", "2023*", "Geslaagd")
#: Rows of codes whose names wrap in a narrow cell (pypdf: the name's lines, then the figures on
#: the last one or on a line of their own); the first years' graduates' cells blank.
_WRAPPED_CODE_ROWS = ("903631: Graduaat", "orthopedagogie - 1ste", "jaar", "102 74 51",
                      "903633: Graduaat", "orthopedagogie - 3de", "jaar 43 20 118 61 30 14",
                      "903640: Se-n-se opvoeder", "leefgroepenwerking", "81 44 116 70 52 25",
                      "Totaal 224 64 306 131 133 39")


def _measure_cells(answer) -> list[tuple]:
    return sorted((t.measure, c.level, c.code, c.period, c.count) for t in answer.tables for c in t.cells)


def test_two_measures_under_each_year_whose_cells_pypdf_split_are_read_where_the_rows_settle_them():
    """``2021`` / ``Gestart`` / ``2021`` / ``Geslaagd`` … under the rows' name: read one after the
    other, the lines are the header ``Opleiding 2021 Gestart 2021 Geslaagd …`` of six columns, as
    many as the rows print at most (their names wrapped over lines before their figures): a table
    of starters and one of graduates over 2021 to 2023. Before, the header kept its last period
    (``2023*``) and every row was an unreadable-table error."""
    answer, periods = _read_lines((*_MEASURE_PIECES, *_WRAPPED_CODE_ROWS))
    assert sorted(periods) == [["2021", "2022", "2023"]] * 2
    assert answer.issues == []
    cells = _measure_cells(answer)
    assert ("started", "row", "903631", "2023", 51) in cells
    assert ("graduated", "row", "903640", "2023", 25) in cells
    assert ("graduated", "total", None, "2022", 131) in cells
    assert not any(c[2] == "903631" and c[0] == "graduated" for c in cells)  # (its blank cells: no figure)
    assert len(cells) == 21


def test_a_header_over_lines_above_rows_whose_names_wrap_is_read_where_the_rows_settle_it():
    """``Opleiding 2020 2021 Subtotaal`` / ``2022 Totaal`` over rows whose coded names wrap before
    their figures (``903631: Graduaat`` / ``orthopedagogie 118 …``): the rows' figures, past their
    names' lines, settle the header's five columns. Before, the first row's name's line (no figure)
    settled nothing and the header was read as ``2022 Totaal`` alone: every row unreadable."""
    rows = ("903631: Graduaat", "orthopedagogie 118 131 240 142 360", "903632: Graduaat", "verpleegkunde 240 251 470 262 700",
            "Totaal 358 382 700 404 1.050")
    answer, periods = _read_lines(("Opleiding 2020 2021 Subtotaal", "2022 Totaal", *rows))
    assert periods == [_SUBTOTAL_PERIODS]
    assert answer.issues == []


@pytest.mark.parametrize("pieces", [
    _MEASURE_PIECES[:8],  # (four columns named, the rows print six figures)
    ("Opleiding 2021", "Gestart", "2021", "Geslaagd", "2022", "Gestart", "2022", "Geslaagd", "2023*", "Gestart",
     "2023*", "Onbekend"),  # (the last piece names no measure: no header over lines)
])
def test_measure_pieces_the_rows_do_not_settle_are_said(pieces):
    """Where the pieces, read one after the other, do not name as many columns as the rows print
    figures (or a piece names nothing), the lines stay as printed and the rows are said."""
    answer, periods = _read_lines((*pieces, *_WRAPPED_CODE_ROWS))
    assert all(p != ["2021", "2022", "2023"] for p in periods)
    assert answer.issues and {i.kind for i in answer.issues} <= {"unreadable-table", "ambiguous-alignment"}


@pytest.mark.parametrize("prose", ["Er waren in 2021 in totaal\n120\n", "Er waren in 2022 in totaal 120\n"])
def test_a_sentence_with_a_year_and_a_column_word_is_no_header(prose):
    """header28's period right before a column's name (``Opleiding 2022 Aantal``) took the prose
    ``Er waren in 2021 in totaal`` / ``120`` for a header of one column (``totaal``) and its row
    without a label: an unreadable-table error on prose. A cell's name opens with a capital."""
    from okot_audit import read_text

    answer = read_text("Antwoord op vraag nr. 123 van 5 maart 2024 over de OKOT-opleidingen.\n" + prose, "p.txt")
    assert answer.issues == [] and answer.tables == []
