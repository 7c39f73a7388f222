"""Session 35: lines right beside a table's header or rows that were still read wrong or lost in silence.

1. A line of periods right above a table's header that names its own (``2022 2023`` /
   ``Opleiding 2021 2022``; ``Opleiding 2021 2022 Totaal`` / ``Opleiding 2021 2022``): on main its
   periods were the table's in text (``Opleiding`` a row of figures 2021 and 2022 under 2022 and
   2023), or the line ran into the header's words in silence (the seeds' text, laid-out text, a
   PDF). The header is the line the rows stand under, with its words; the line above is said
   (``periods-above-header``), the table read under its header's periods.
"""

from __future__ import annotations

import functools
import io

import pytest

from test_figs35 import PDF_FORMS, _NAMES, _ROWS, _TOTAL, _YEARS, _labels, _line, _pdf_read, _text, _totals
from test_red28 import TEACHERS
from test_red30 import read_bytes

from okot_audit import audit

_ABOVE = ("2022 2023", "2022 2023 2024", "Opleiding 2021 2022 Totaal", "2019 2020")


def _periods(read) -> list:
    return [sorted({c.period for c in t.cells}) for t in read.tables]


def _said_above(read) -> list:
    return [(i.reason, i.line) for i in read.issues if i.reason == "periods-above-header"]


# -- 1. a line of periods above a header that names its own ---------------------------------------

@pytest.mark.parametrize("above", _ABOVE)
@pytest.mark.parametrize("form", ["seeds", "lines", "laid", "wrapped"])
def test_a_line_of_periods_above_a_header_is_said_and_the_header_s_periods_read(form, above):
    text = _text(form, 2, above, where="above", total=True)
    read = read_bytes(text.encode(), "a.txt")
    assert _periods(read) == [["2021", "2022"]]
    assert _labels(read) == _NAMES and _totals(read) == {("Totaal", y): v for y, v in zip(_YEARS[:2], _TOTAL)}
    assert above not in read.tables[0].title
    assert _said_above(read) == [("periods-above-header", _line(text, above))]
    assert not [f for f in audit(read).findings if f.severity == "error" and f.rule != "unreadable-table"]


@pytest.mark.parametrize("reason_line, en, nl", [
    ("2022 2023", ["line 5 ('2022 2023') names periods right above a table's header ('Opleiding 2021 2022')",
                   "read under its header's periods (2021, 2022)", "wrong periods"],
     ["regel 5 ('2022 2023') noemt perioden vlak boven de hoofding van een tabel ('Opleiding 2021 2022')",
      "perioden van haar hoofding (2021, 2022)", "verkeerde perioden"]),
])
def test_the_periods_above_header_message_says_where_what_and_what_it_means(reason_line, en, nl):
    read = read_bytes(_text("lines", 2, reason_line, where="above", total=True).encode(), "a.txt")
    for lang, words in (("en", en), ("nl", nl)):
        messages = [f.message for f in audit(read, lang=lang).findings if f.rule == "unreadable-table"]
        assert len(messages) == 1
        assert all(w in messages[0] for w in words), (messages[0], words)


@pytest.mark.parametrize("above", ["Tabel 1", "Cijfers 2021", "(1) cijfers tot 30 juni 2023", "2021"])
@pytest.mark.parametrize("form", ["seeds", "lines", "laid"])
def test_other_lines_above_a_header_stay_as_they_were(form, above):
    """A caption, a note, one year (a caption's period): no line of periods of its own."""
    read = read_bytes(_text(form, 2, above, where="above", total=True).encode(), "a.txt")
    assert not _said_above(read)
    assert _periods(read) == [["2021", "2022"]]


@functools.lru_cache(maxsize=None)
def _pdf_above(above: str) -> bytes:
    """The table on a PDF page (names wrapped over two lines, figures right-aligned under the
    periods), `above` right above its header: its periods under the header's, or at its left."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 20.0
    for line in ["Antwoord", "", "De tabel geeft het aantal unieke cursisten met gestarte OKOT'(s).", ""]:
        pdf.text(15, y, line)
        y += 7

    def cells(values, x0: float = 140):
        for k, cell in enumerate(values):
            pdf.text(x0 + 20 * k - pdf.get_string_width(cell), y, cell)

    words = above.split()
    if words[0].isdigit():
        cells(words)
    else:
        pdf.text(15, y, words[0])
        cells(words[1:])
    y += 6
    pdf.text(15, y, "Opleiding")
    cells(_YEARS[:2])
    y += 6
    for code, a, b, n in _ROWS:
        pdf.text(15, y, f"{code}: {a}")
        y += 5
        pdf.text(15, y, b)
        cells([str(x) for x in n[:2]])
        y += 6
    pdf.text(15, y, "Totaal")
    cells([str(x) for x in _TOTAL[:2]])
    y += 10
    pdf.text(15, y, "Bron: VDAB.")
    return bytes(pdf.output())


@pytest.mark.parametrize("above", ["2022 2023", "Opleiding 2021 2022 Totaal"])
@pytest.mark.parametrize("form", PDF_FORMS)
def test_a_line_of_periods_above_a_pdfs_header_is_said_and_the_header_s_periods_read(form, above):
    pytest.importorskip("fpdf")
    read = _pdf_read(_pdf_above(above), form)
    if form == "pdftotext":  # (each cell a paragraph, the header's first cell printed after the table: refused, said)
        assert not read.tables and [i.reason for i in read.issues][:1] == ["one-figure-per-line"]
        return
    assert _periods(read) == [["2021", "2022"]]
    assert _labels(read) == _NAMES and _totals(read) == {("Totaal", y): v for y, v in zip(_YEARS[:2], _TOTAL)}
    assert [r for r, _ in _said_above(read)] == ["periods-above-header"]


def _page_above(above: list) -> bytes:
    rows = "".join(f"<tr><td>{c}: {n}</td>" + "".join(f"<td>{x}</td>" for x in r[3][:2]) + "</tr>"
                   for (c, n), r in zip(TEACHERS, _ROWS))
    head = "<tr><th>Opleiding</th>" + "".join(f"<th>{y}</th>" for y in _YEARS[:2]) + "</tr>"
    line = "<tr>" + "".join(f"<th>{'' if x is None else x}</th>" for x in above) + "</tr>"
    total = "<tr><td>Totaal</td>" + "".join(f"<td>{x}</td>" for x in _TOTAL[:2]) + "</tr>"
    return ("<html><body><p>Antwoord</p><p>De tabel geeft het aantal unieke cursisten met gestarte OKOT'(s).</p>"
            "<table>" + line + head + rows + total + "</table><p>Bron: VDAB.</p></body></html>").encode()


def _annex_above(above: list) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Unieke cursisten met gestarte OKOT'(s) per opleiding"])
    sheet.append([])
    sheet.append(above)
    sheet.append(["Opleiding", *(int(y) for y in _YEARS[:2])])
    for (code, name), row in zip(TEACHERS, _ROWS):
        sheet.append([f"{code}: {name}", *row[3][:2]])
    sheet.append(["Totaal", *_TOTAL[:2]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("above", [[None, 2022, 2023], ["Opleiding", 2021, 2022, "Totaal"]])
@pytest.mark.parametrize("form", ["html", "xlsx"])
def test_a_row_of_periods_above_a_grids_header_never_gives_the_table_its_periods(form, above):
    data = _page_above(above) if form == "html" else _annex_above(above)
    read = read_bytes(data, f"a.{form}")
    assert _periods(read) == [["2021", "2022"]]
    assert _labels(read) == _NAMES and _totals(read) == {("Totaal", y): v for y, v in zip(_YEARS[:2], _TOTAL)}
    assert [r for r, _ in _said_above(read)] == ["periods-above-header"]


# -- 2. and 4. figures below the rows with a note's line between ----------------------------------

_NOTES = ("(*) voorlopige cijfers", "Bron: VDAB", "* cijfers tot 30 juni 2023")


def _noted(form: str, note: str, figures: str, *, total: bool = False, wrapped: bool = False) -> str:
    """The table in text `form` (``laid``: laid-out text, `wrapped` names), then `note` and `figures` below it."""
    text = _text(form, 2, None, total=total, wrapped=wrapped)
    return text.replace("\n\nBron: VDAB.\n", f"\n{note}\n{figures}\n\nBron: VDAB.\n")


@pytest.mark.parametrize("note", _NOTES)
@pytest.mark.parametrize("form", ["seeds", "lines", "laid", "wrapped"])
@pytest.mark.parametrize("figures, total, reason", [
    ("120 130", False, "figures-below-rows"), ("120", False, "fewer-figures-below-rows"),
    ("120 130", True, "row-after-total"),
])
def test_figures_below_a_note_under_the_rows_are_said_never_silent_nor_a_row(form, note, figures, total, reason):
    """On main silent (``(*) voorlopige cijfers`` / ``120 130``), or ``Bron: VDAB`` a row of the table
    whose code was lost (``code-unknown``)."""
    text = _noted("laid" if form == "wrapped" else form, note, figures, total=total, wrapped=form == "wrapped")
    read = read_bytes(text.encode(), "a.txt")
    numbers = tuple(int(n) for n in figures.split())
    assert [(i.reason, i.line, i.numbers) for i in read.issues] == [(reason, _line(text, figures), numbers)]
    assert _labels(read) == _NAMES
    assert _totals(read) == ({("Totaal", y): v for y, v in zip(_YEARS[:2], _TOTAL)} if total else {})


def test_the_message_names_the_note_between():
    read = read_bytes(_noted("lines", "(*) voorlopige cijfers", "120 130").encode(), "a.txt")
    en = [f.message for f in audit(read, lang="en").findings if f.rule == "unreadable-table"]
    nl = [f.message for f in audit(read, lang="nl").findings if f.rule == "unreadable-table"]
    assert len(en) == len(nl) == 1
    assert "line 10 ('120 130') stands below a note's line ('(*) voorlopige cijfers') right below a table's last row" in en[0]
    assert "regel 10 ('120 130') staat onder een notitieregel ('(*) voorlopige cijfers') vlak onder de laatste rij" in nl[0]


@pytest.mark.parametrize("below", ["12", "2022 2023", "3 maart 2024", "Opleiding 2021 2022"])
@pytest.mark.parametrize("note", _NOTES)
@pytest.mark.parametrize("form", ["seeds", "lines", "laid"])
def test_other_lines_below_a_note_stay_as_they_were(form, note, below):
    """A page's number, years, a date, the next table's header: as without the note."""
    read = read_bytes(_noted(form, note, below).encode(), "a.txt")
    alone = read_bytes(_noted(form, note, "").encode(), "a.txt")
    assert [(i.kind, i.reason) for i in read.issues] == [(i.kind, i.reason) for i in alone.issues]
    assert _labels(read) == _NAMES


# -- 3. a figure of one or two digits at the left below laid-out rows -----------------------------

@pytest.mark.parametrize("wrapped", [False, True])
def test_a_small_figure_at_the_left_below_laid_out_rows_is_said(wrapped):
    text = _text("laid", 2, "12", wrapped=wrapped)
    read = read_bytes(text.encode(), "a.txt")
    assert [(i.line, i.numbers) for i in read.issues] == [(_line(text, "12"), (12,))]


@functools.lru_cache(maxsize=None)
def _pdf_noted(note: str, figures: str) -> bytes:
    """The table on a PDF page (names wrapped over two lines), `note` and `figures` at its left below it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 20.0
    for line in ["Antwoord", "", "De tabel geeft het aantal unieke cursisten met gestarte OKOT'(s).", ""]:
        pdf.text(15, y, line)
        y += 7

    def cells(values, x0: float = 140):
        for k, cell in enumerate(values):
            pdf.text(x0 + 20 * k - pdf.get_string_width(cell), y, cell)

    pdf.text(15, y, "Opleiding")
    cells(_YEARS[:2])
    y += 6
    for code, a, b, n in _ROWS:
        pdf.text(15, y, f"{code}: {a}")
        y += 5
        pdf.text(15, y, b)
        cells([str(x) for x in n[:2]])
        y += 6
    for line in (note, figures):
        pdf.text(15, y, line)
        y += 6
    pdf.text(15, y + 4, "Bron: VDAB.")
    return bytes(pdf.output())


@pytest.mark.parametrize("note", ["(*) voorlopige cijfers", "Bron: VDAB"])
@pytest.mark.parametrize("form", PDF_FORMS)
def test_figures_below_a_note_under_a_pdfs_rows_are_said(form, note):
    pytest.importorskip("fpdf")
    read = _pdf_read(_pdf_noted(note, "120 130"), form)
    assert [(i.reason, i.numbers) for i in read.issues] == [("figures-below-rows", (120, 130))]
    assert _labels(read) == _NAMES
