"""An ``.xlsx`` annex's total row set in bold with no label (read/xlsx.py ``_bold_totals``).

A statistician marks a table's total row by its type: figures in bold right below the rows,
no ``Totaal`` typed before them. The sheet's bold says the row is the total as a printed word
would: the reader writes the label ``Totaal`` and records that it did (``Source.supplied``: not
printed, ``bold-row``). On main the figures alone ended the table, said unreadable beside a
total-missing warning. A row of figures without a label in plain type stays said; a bold row
with its own label is read as before; a bold header (periods) is no total; figures in bold
throughout a table make no row the total.

The annexes are built from persons (test_redb32 ``_coded``): rows' counts, the total of unique
persons ``max <= total <= sum``.
"""

from __future__ import annotations

import io

import pytest

from test_red28 import TEACHERS
from test_red30 import read_bytes
from test_redb32 import _coded

from okot_audit import audit

CODES = TEACHERS[:4]
YEARS = ["2021", "2022", "2023"]


def _annex(*, bold: bool = True, label: str | None = None, rows_bold: bool = False, header_bold: bool = False,
           after: list | None = None) -> tuple[bytes, dict, dict]:
    """The annex, its rows' counts and its totals: the total row's label `label` (none by
    default), set in bold (`bold`); the rows in bold too (`rows_bold`), the header (`header_bold`);
    `after`: a row written below the total."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    persons = _coded(3430, [c for c, _ in CODES], YEARS, 20, 140, 0.05)
    rows = {(c, y): persons.count(c, y) for c, _ in CODES for y in YEARS}
    totals = {y: persons.count({c for c, _ in CODES}, y) for y in YEARS}
    book = Workbook()
    sheet = book.active
    sheet.title = "Tabel 1"
    sheet.append(["Unieke cursisten met gestarte OKOT'(s) per opleiding"])
    sheet.append([])
    sheet.append(["Opleiding", *(int(y) for y in YEARS)])
    if header_bold:
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    for code, name in CODES:
        sheet.append([f"{code}: {name}", *(rows[code, y] for y in YEARS)])
        if rows_bold:
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
    sheet.append([label, *(totals[y] for y in YEARS)])
    if bold:
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
    if after is not None:
        sheet.append([])
        sheet.append(after)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), rows, totals


def _totals(read) -> dict:
    return {(c.label, c.period): c.count for t in read.tables for c in t.cells if c.level == "total"}


def _rows(read) -> dict:
    return {(c.code, c.period): c.count for t in read.tables for c in t.cells if c.level == "row"}


@pytest.mark.parametrize("after", [None, ["Bron: VDAB, datawarehouse."]])
def test_a_bold_row_of_figures_without_a_label_is_the_total(after):
    data, rows, totals = _annex(after=after)
    read = read_bytes(data, "annex.xlsx")
    assert _rows(read) == rows
    assert _totals(read) == {("Totaal", y): v for y, v in totals.items()}
    assert [(s.label, s.reason, s.row) for s in read_source(data).supplied] == [("Totaal", "bold-row", 8)]
    findings = audit(read).findings
    assert not [f.message for f in findings if f.severity != "info"]
    # (the duplicates of unique persons; and, since design35, the label written said: label-supplied)
    assert {f.rule for f in findings} - {"parts-exceed-total"} == {"label-supplied"}


def read_source(data: bytes):
    from okot_audit.source import source_from_bytes

    return source_from_bytes(data, "annex.xlsx")


def test_a_bold_row_with_its_label_is_read_as_printed():
    data, rows, totals = _annex(label="Eindtotaal")
    read = read_bytes(data, "annex.xlsx")
    assert _totals(read) == {("Eindtotaal", y): v for y, v in totals.items()}
    assert read_source(data).supplied == ()


@pytest.mark.parametrize("case", ["plain", "all bold"])
def test_a_row_of_figures_without_a_label_stays_said(case):
    """In plain type, or under rows in bold as well (the bold marks no row out): no label written,
    the figures said unreadable — never silent."""
    data, rows, _ = _annex(bold=True, rows_bold=case == "all bold") if case == "all bold" else _annex(bold=False)
    read = read_bytes(data, "annex.xlsx")
    assert read_source(data).supplied == ()
    assert _rows(read) == rows and not _totals(read)
    assert "unreadable-table" in {i.kind for i in read.issues}


def test_a_bold_header_of_periods_is_no_total():
    """The header's periods in bold, no label before them (a second header row under the caption's
    words) — never a total: no label written."""
    data, rows, totals = _annex(label="Totaal", header_bold=True)
    read = read_bytes(data, "annex.xlsx")
    assert read_source(data).supplied == ()
    assert _totals(read) == {("Totaal", y): v for y, v in totals.items()}


def test_a_bold_row_with_rows_below_it_is_no_total():
    """Figures in bold with rows of figures right below (no table's last row): left as printed."""
    from openpyxl import load_workbook

    data, _, _ = _annex()
    book = load_workbook(io.BytesIO(data))
    sheet = book["Tabel 1"]
    sheet.append(["908013: Educatieve bachelor voor lager onderwijs - 3de jaar", 12, 14, 16])
    out = io.BytesIO()
    book.save(out)
    assert read_source(out.getvalue()).supplied == ()


# -- the same in a web page: ``<th>``, ``<b>`` or ``<strong>`` (read/html.py ``_bold_total``) -----

_HTML_ROWS = [("908001", 40, 50), ("908002", 60, 70), ("908003", 30, 20)]
_HTML_TOTALS = {
    "b": "<tr><td></td><td><b>120</b></td><td><b>130</b></td></tr>",
    "th": "<tr><td></td><th>120</th><th>130</th></tr>",
    "strong": "<tr><td></td><td><strong>120</strong></td><td><strong> 130 </strong></td></tr>",
    "plain": "<tr><td></td><td>120</td><td>130</td></tr>",
    "half bold": "<tr><td></td><td><b>120</b></td><td>130</td></tr>",
    "label": "<tr><th>Eindtotaal</th><th>120</th><th>130</th></tr>",
    "rows bold": "<tr><td></td><td><b>120</b></td><td><b>130</b></td></tr>",
}


def _page(total: str) -> bytes:
    """A page of the rows and the last row `total` of :data:`_HTML_TOTALS` (the rows' figures in
    bold too for ``rows bold``)."""
    figure = "<td><b>{}</b></td>" if total == "rows bold" else "<td>{}</td>"
    rows = "".join(f"<tr><td>{c}: {name}</td>{figure.format(a)}{figure.format(b)}</tr>"
                   for (c, a, b), (_, name) in zip(_HTML_ROWS, TEACHERS))
    return ("<html><body><p>Antwoord</p><p>De tabel geeft het aantal unieke cursisten met gestarte OKOT'(s).</p>"
            "<table><tr><th>Opleiding</th><th>2021</th><th>2022</th></tr>" + rows + _HTML_TOTALS[total]
            + "</table><p>Bron: VDAB.</p></body></html>").encode()


@pytest.mark.parametrize("total", ["b", "th", "strong"])
def test_a_web_pages_bold_last_row_without_a_label_is_the_total(total):
    """On main its figures were lost without a word (a total-missing warning, no cell)."""
    data = _page(total)
    read = read_bytes(data, "a.html")
    assert _totals(read) == {("Totaal", "2021"): 120, ("Totaal", "2022"): 130}
    from okot_audit.source import source_from_bytes
    assert [(s.label, s.reason) for s in source_from_bytes(data, "a.html").supplied] == [("Totaal", "bold-row")]


@pytest.mark.parametrize("total, want", [("plain", {}), ("half bold", {}), ("rows bold", {}),
                                         ("label", {("Eindtotaal", "2021"): 120, ("Eindtotaal", "2022"): 130})])
def test_a_web_pages_last_row_otherwise_is_read_as_before(total, want):
    from okot_audit.source import source_from_bytes
    data = _page(total)
    assert source_from_bytes(data, "a.html").supplied == ()
    assert _totals(read_bytes(data, "a.html")) == want


# -- the same row in plain type in text (and a web page): said (figures-below-rows, test_figs34) --

FIGURES_ALONE = ("Antwoord\n\nDe tabel geeft het aantal unieke cursisten met gestarte OKOT'(s).\n\n"
                 "Opleiding 2021 2022\n908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 40 50\n"
                 "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 60 70\n"
                 "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 30 20\n120 130\n\nBron: VDAB.\n")


def test_a_row_of_figures_alone_below_a_tables_rows_in_text_is_said():
    read = read_bytes(FIGURES_ALONE.encode(), "a.txt")
    assert not _totals(read)
    assert "unreadable-table" in {i.kind for i in read.issues}
