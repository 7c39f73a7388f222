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


def test_a_titled_table_whose_cells_plain_pdftotext_prints_one_a_line_is_said():
    """Plain ``pdftotext`` prints each cell of this two-column table as a paragraph of its own
    (``Instroom`` / ``2022`` / ``Opleiding`` / ``Aantal`` / ``Graduaat orthopedagogie`` / ``118`` …),
    as it does without the title: no form the reader has, so the rows are said, never read as
    prose."""
    answer = read_form(_titled_pdf(("Instroom", "2022"), ("Opleiding", "Aantal"), False), "pdftotext")
    assert [(i.kind, i.numbers) for i in answer.issues] == [("unreadable-table", (118, 240, 358))]


@pytest.mark.xfail(strict=True, reason=(
    "parse (period list of a one-column header): a one-column header's period cell wrapped over two "
    "laid-out lines, the period above its count word (``2022`` / ``Aantal``), is read as one cell "
    "``2022 Aantal``, which no header form takes as one column (single-spaced ``Opleiding 2022 Aantal`` "
    "neither; ``Opleiding Aantal 2022`` is read): the rows are an unreadable-table error (loud)"))
@pytest.mark.parametrize("above, below", [
    ("Leeftijds-", "klasse"),  # (the first cell's next line, in lower case: its name wrapped)
    ("", "Opleiding"),  # (the period above, the first cell empty: a two-line header)
])
def test_a_header_over_two_laid_out_lines_stays_one_header(above, below):
    """The title's rule leaves a header whose cells wrap over two lines alone (``Leeftijds-  2022``
    / ``klasse  Aantal``, ``        2022`` / ``Opleiding  Aantal``: one header each), and its one
    column's period is the wrapped cell's."""
    from okot_audit import read_text

    def lay(label, cell):
        return label.ljust(40) + str(cell).rjust(10)

    rows = [("-25 jaar", 118), ("25+ jaar", 240), ("Totaal", 358)]
    body = [lay(above, "2022"), lay(below, "Aantal"), *(lay(label, n) for label, n in rows)]
    answer = read_text("\n".join(_PROSE) + "\n" + "\n".join(body) + "\nBron: VDAB\n", "a.txt")
    assert answer.issues == []
    assert [(c.period, c.count) for t in answer.tables for c in t.cells] == [("2022", 118), ("2022", 240), ("2022", 358)]
