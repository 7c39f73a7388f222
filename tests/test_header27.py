"""Session 27: headers broken, squeezed or under a title.

- A header's column word broken inside its narrow cell, its last letters below it
  (:mod:`okot_audit.parse.headwords`): ``Subtotaa`` / ``l``, ``Totaa`` / ``l``.
- A title with its year above a one-column header in a sheet or an HTML page (``Instroom | 2022``
  over ``Opleiding | Aantal``): the title's year is the period, the header's line no row's label.
"""

from __future__ import annotations

import io

import pytest

from okot_audit import read_text

_HEAD = ("Vraag nr. 12 van 3 februari 2023 van Jan Peeters aan de minister van Werk.\nAntwoord\n"
         "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per opleiding.\n")
_ROWS = ("Graduaat orthopedagogie 118 131 240 142 360\nGraduaat verpleegkunde 240 251 470 262 700\n"
         "Totaal 358 382 700 404 1.050\nBron: VDAB\n")


def _read(header: str, rows: str = _ROWS):
    answer = read_text(_HEAD + header + rows, "a.txt")
    cells = [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    return [[p.label for p in t.periods] for t in answer.tables], cells, answer.issues


@pytest.mark.parametrize("header", [
    "Opleiding 2020 2021 Subtotaa 2022 Totaal\nl\n",  # (pdfplumber: the piece on a line below)
    "Opleiding 2020 2021 Subtotaa\nl\n2022 Totaal\n",  # (pypdf: the row's next cells after the broken cell's lines)
    # (``pdftotext -layout``: the piece under its word's end; the layout reader joins its line into
    # the header's row, the piece beside its word)
    "Opleiding                            2020        2021 Subtotaa          2022      Totaal\n"
    "                                                              l\n",
], ids=["below", "pypdf", "laid-out"])
def test_a_subtotal_column_s_word_broken_in_its_cell_is_the_column(header):
    """Before, ``Subtotaa`` was one of the header's words and only 2022 and Totaal its columns:
    every row an ``unreadable-table`` error."""
    rows = _ROWS if "    " not in header else (
        "Graduaat orthopedagogie               118         131      240           142         360\n"
        "Graduaat verpleegkunde                240         251      470           262         700\n"
        "Totaal                                358         382      700           404       1.050\n\nBron: VDAB\n")
    periods, cells, issues = _read(header, rows)
    assert issues == []
    assert periods == [["2020", "2021", "Subtotaal 2020 t/m 2021", "2022", "Totaal"]]
    row = 4 + header.count("\n")  # (each row at its own line: the header's lines keep their numbers)
    assert cells[:5] == [("row", "Graduaat orthopedagogie", p, v, row) for p, v in
                         zip(["2020", "2021", "Subtotaal 2020 t/m 2021", "2022", "Totaal"], [118, 131, 240, 142, 360])]
    assert cells[-1] == ("total", "Totaal", "Totaal", 1050, row + 2)


def test_a_total_column_s_word_broken_in_its_cell_is_the_column():
    """``Opleiding 2020 2021 Totaa`` / ``l``: the Totaal column (before: no column of the rows'
    last figures, every row an ``unreadable-table`` error)."""
    rows = "Graduaat orthopedagogie 118 131 240\nGraduaat verpleegkunde 240 251 470\nTotaal 358 382 700\nBron: VDAB\n"
    periods, cells, issues = _read("Opleiding 2020 2021 Totaa\nl\n", rows)
    assert issues == []
    assert periods == [["2020", "2021", "Totaal"]]
    assert cells[:3] == [("row", "Graduaat orthopedagogie", "2020", 118, 6), ("row", "Graduaat orthopedagogie", "2021", 131, 6),
                         ("row", "Graduaat orthopedagogie", "Totaal", 240, 6)]


def test_a_one_column_header_s_count_word_broken_in_its_cell_is_the_column():
    """``Opleiding Aanta`` / ``l``, the period in the prose: the one column ``Aantal`` (before:
    ``Opleiding Aanta`` no header, the rows read as no table — an ``unreadable-table`` error)."""
    rows = "Graduaat orthopedagogie 118\nGraduaat verpleegkunde 240\nTotaal 358\nBron: VDAB\n"
    head = _HEAD.replace("startte", "startte in 2021")
    answer = read_text(head + "Opleiding Aanta\nl\n" + rows, "a.txt")
    assert answer.issues == []
    assert [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells] == [
        ("row", "Graduaat orthopedagogie", "2021", 118, 6), ("row", "Graduaat verpleegkunde", "2021", 240, 7),
        ("total", "Totaal", "2021", 358, 8)]


@pytest.mark.parametrize("lines, joined", [
    (("Opleiding 2020 2021 Subtotaa 2022 Totaa", "l l"), ("Opleiding 2020 2021 Subtotaal 2022 Totaal", "")),
    (("Opleiding 2020 Aant", "al"), ("Opleiding 2020 Aantal", "")),
    (("Opleiding   2020   Subtotaa   2022", "                     l"), ("Opleiding   2020   Subtotaal  2022", "")),
])
def test_pieces_below_a_header_complete_its_words_in_order(lines, joined):
    from okot_audit.parse.headwords import header_words_joined

    assert header_words_joined(lines) == joined


@pytest.mark.parametrize("lines", [
    ("Opleiding 2020 2021 Subtota 2022 Totaal", "xyz"),  # (no column word the piece makes)
    ("Graduaat orthopedagogie 118 131 Totaa", "l"),  # (a row's counts: no header)
    ("Opleiding   2020   Subtotaa   2022", "     l"),  # (laid out, the piece under no word it completes)
    ("Opleiding 2020 2021 Totaal", "l"),  # (a whole word: nothing broken)
    ("De cijfers over het totaa", "l"),  # (no period, and the piece completes no last column word of a header)
    ("Opleiding Aanta in de zorg", "l"),  # (no period: the completed word ends no one-column header)
])
def test_a_line_of_letters_that_completes_no_column_word_is_left_as_it_stands(lines):
    from okot_audit.parse.headwords import header_words_joined

    assert header_words_joined(lines) == lines


_TITLED_PROSE = ("Vraag nr. 12 van 3 februari 2023 van Jan Peeters aan de minister van Werk.", "Antwoord",
                 "1. Het aantal unieke cursisten dat in 2021 een OKOT startte in de zorgsector, per opleiding.")
_TITLED_ROWS = (("Opleiding", "Aantal"), ("Graduaat orthopedagogie", 118), ("Graduaat verpleegkunde", 240), ("Totaal", 358))


def _titled(form: str, title: tuple):
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    if form == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "Tabel 1"
        for row in ([p] for p in _TITLED_PROSE):
            sheet.append(row)
        sheet.append(list(title))
        for row in _TITLED_ROWS:
            sheet.append(list(row))
        buffer = io.BytesIO()
        book.save(buffer)
        return parse_answer(source_from_bytes(buffer.getvalue(), "a.xlsx"))
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in _TITLED_PROSE) + "<table>" + "".join(
        "<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in (title, *_TITLED_ROWS)) + "</table></body></html>"
    return parse_answer(source_from_bytes(html.encode(), "a.html"))


@pytest.mark.parametrize("form", ["xlsx", "html"])
@pytest.mark.parametrize("title", [("Instroom", 2022), ("Instroom 2022",), ("Instroom", "2021-2022")], ids=["cells", "one-cell", "school-year"])
def test_a_title_s_year_above_a_one_column_header_is_its_period(form, title):
    """``Instroom | 2022`` above ``Opleiding | Aantal`` (the prose names 2021, another year): the
    title's year is the one column's period, the rows' labels their own. Before, in a sheet, a
    title of two cells padded to the grid's width read as a long line of prose the header's line
    went on, ``Instroom  2022`` as the header and ``Opleiding  Aantal`` as the first row's label's
    first line (``Opleiding Aantal Graduaat orthopedagogie``, silently)."""
    pytest.importorskip("openpyxl", reason="the xlsx form needs openpyxl")
    answer = _titled(form, title)
    period = str(title[-1]).split()[-1]
    assert answer.issues == []
    assert [[p.label for p in t.periods] for t in answer.tables] == [[period]]
    assert [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("row", "Graduaat orthopedagogie", period, 118), ("row", "Graduaat verpleegkunde", period, 240),
        ("total", "Totaal", period, 358)]


def test_a_title_s_year_right_above_a_laid_out_one_column_header_is_its_period():
    """``Instroom      2022`` right above ``Opleiding    Aantal`` (no blank line between): two
    lines, the title's year the period. Before (session 27's strict xfail), the layout reader
    joined them into one row of two-line cells (``Instroom Opleiding   2022 Aantal``): no header,
    an unreadable-table error."""
    def lay(label, cell):
        return label.ljust(40) + str(cell).rjust(10)

    body = [lay("Instroom", "2022"), lay("Opleiding", "Aantal"), lay("Graduaat orthopedagogie", 118),
            lay("Graduaat verpleegkunde", 240), lay("Totaal", 358)]
    answer = read_text(_HEAD + "\n".join(body) + "\nBron: VDAB\n", "a.txt")
    assert answer.issues == []
    assert [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("row", "Graduaat orthopedagogie", "2022", 118), ("row", "Graduaat verpleegkunde", "2022", 240),
        ("total", "Totaal", "2022", 358)]
