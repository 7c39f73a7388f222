"""Workbooks and HTML pages, adversarially (session 24, grids24): answers built from persons in
shapes no test built before, and the leftovers of session 23:

- an ``.xlsx`` formula without a saved value (a workbook saved by a program that computes
  nothing) is an ``unreadable-table`` error at its cell (``formula-without-value``, naming the
  sheet's cells), and the rest of the workbook is read — it stopped the whole workbook (exit 2);
- an HTML page that never closes its ``<header>`` kept every later picture as furniture: a page
  whose table is a picture passed as clean; the header ends where the main content begins;
- a picture beside a table that was read is no error.
"""

from __future__ import annotations

import json

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

from generate.xlsx import with_saved_values, workbook_bytes as save
from test_robust22 import run_cli

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from openpyxl import Workbook  # noqa: E402

TITLE = "Unieke cursisten met gestarte OKOT('s) - zorg"
LABELS = {"900123": "Tweedekansonderwijs zorgkundige - 1ste jaar",
          "900124": "Tweedekansonderwijs zorgkundige - tweede jaar",
          "900611": "Professionele bachelor verpleegkunde - 1ste jaar"}
YEARS = ["2020", "2021", "2022"]
DATA = {"900123": [19, 25, 30], "900124": [9, None, 15], "900611": [120, 134, 160]}
TOTALS = [140, 150, 190]


def read(data: bytes, name: str = "annex.xlsx") -> tuple[list[tuple], list[tuple]]:
    answer = parse_answer(source_from_bytes(data, name))
    cells = [(t.id, c.level, c.code or c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    found = [(f.rule, f.severity, f.line, f.period) for f in audit(answer).findings]
    return cells, found


def findings(data: bytes, name: str = "annex.xlsx") -> list:
    return audit(parse_answer(source_from_bytes(data, name))).findings


def annex(sheet, row: int = 3, totals=TOTALS, data=DATA) -> None:
    """The table from `row`: its header, its rows (values or formulas), and `totals` (values or formulas)."""
    sheet.cell(row, 1, "Opleiding")
    for j, year in enumerate(YEARS):
        sheet.cell(row, 2 + j, year)
    for i, (code, values) in enumerate(data.items(), start=1):
        sheet.cell(row + i, 1, f"{code}: {LABELS[code]}")
        for j, value in enumerate(values):
            if value is not None:
                sheet.cell(row + i, 2 + j, value)
    sheet.cell(row + len(data) + 1, 1, "Totaal")
    for j, total in enumerate(totals):
        sheet.cell(row + len(data) + 1, 2 + j).value = total


def rows_expected(table: str = "Sheet/started", first: int = 4) -> list[tuple]:
    return [(table, "row", code, p, v, first + i) for i, (code, values) in enumerate(DATA.items())
            for p, v in zip(YEARS, values) if v is not None]


# --- B1: a formula without a saved value, at its cell --------------------------------------------


def _formula_totals() -> bytes:
    book = Workbook()
    book.active["A1"] = TITLE
    annex(book.active, totals=[f"=SUM({c}4:{c}6)" for c in "BCD"])
    return save(book)


def test_a_total_row_of_formulas_without_saved_values_is_said_at_its_cells_and_the_rows_are_read():
    cells, found = read(_formula_totals())
    assert cells == rows_expected()
    assert found == [("unreadable-table", "error", 7, None)]  # (no total-missing, no total-without-numbers)
    (finding,) = findings(_formula_totals())
    assert finding.message == (
        "sheet 'Sheet', row 7: the cells B7, C7, D7 of the row 'Totaal' of the annex hold formulas whose figures the "
        "workbook does not hold (no value was saved, or the 0 a program that computes no formulas, such as "
        "XlsxWriter, saves for every one): their figures are not known and not read, and the table's totals were "
        "not checked; open and save the workbook in Excel or LibreOffice to compute them")


def test_the_cli_reads_a_workbook_with_a_formula_without_a_value_and_fails_on_it(tmp_path, capsys):
    path = tmp_path / "annex.xlsx"
    path.write_bytes(_formula_totals())
    status, out, error = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    assert status == 1 and error == ""
    (finding,) = json.loads(out)["findings"]
    assert (finding["rule"], finding["line"]) == ("unreadable-table", 7)
    assert finding["message"].startswith("sheet 'Sheet', row 7: the cells B7, C7, D7")


def test_a_row_figure_without_a_saved_value_leaves_the_totals_unchecked_never_a_false_error():
    """The row's figure is not known: read as blank, its total would exceed the rows' sum (a
    ``total-exceeds-parts`` error about a figure nobody printed). The totals are not checked."""
    book = Workbook()
    book.active["A1"] = TITLE
    annex(book.active, data={**DATA, "900611": ["=100+20", 134, 160]})
    cells, found = read(save(book))
    assert ("Sheet/started", "row", "900611", "2020", 120, 6) not in cells
    assert ("Sheet/started", "total", "Totaal", "2020", 140, 7) in cells
    assert found == [("unreadable-table", "error", 6, None)]
    assert "the cell B6 of the row '900611: Professionele bachelor verpleegkunde - 1ste jaar'" in \
        findings(save(book))[0].message


def test_a_sheet_of_formulas_without_values_does_not_stop_the_next_sheets_table():
    book = Workbook()
    book.active.title = "Berekend"
    book.active["A1"], book.active["B1"] = "Totaal", "=SUM(Tabel!B4:B6)"
    annex(book.create_sheet("Tabel"))
    book["Tabel"]["A1"] = TITLE
    cells, found = read(save(book))
    assert cells[:len(rows_expected("Tabel/started"))] == rows_expected("Tabel/started")  # (lines: sheet rows)
    assert ("unreadable-table", "error", 1, None) in found
    assert "the cell B1 of the row 'Totaal'" in findings(save(book))[0].message


def test_a_0_saved_by_a_program_that_computes_nothing_is_said_at_its_cell_never_a_total_of_0():
    data = with_saved_values(_formula_totals(), {f"{c}7": "0" for c in "BCD"}, recalculate=True)
    cells, found = read(data)
    assert cells == rows_expected()
    assert found == [("unreadable-table", "error", 7, None)]


def test_the_dutch_message_of_a_formula_without_a_value(tmp_path, capsys):
    path = tmp_path / "annex.xlsx"
    path.write_bytes(_formula_totals())
    _, out, _ = run_cli(["check", "--no-cache", "--lang", "nl", "--format", "json", str(path)], capsys)
    (finding,) = json.loads(out)["findings"]
    assert finding["message"].endswith(
        "de cellen B7, C7, D7 van de rij 'Totaal' van de bijlage bevatten formules waarvan de werkmap de getallen "
        "niet bevat (er werd geen waarde bewaard, of de 0 die een programma dat geen formules berekent, zoals "
        "XlsxWriter, voor elke formule bewaart): de getallen zijn niet gekend en niet gelezen, en de totalen van de "
        "tabel zijn niet gecontroleerd; open en bewaar de werkmap in Excel of LibreOffice om ze te berekenen")


# --- B2: pictures in HTML answers -----------------------------------------------------------------

QUESTION = ("<p>Vraag nr. 74 van 14 oktober 2022 van mevrouw An Peeters aan de minister van Werk over de "
            "opleidingen via OKOT.</p>\n<p>Hoeveel cursisten startten een OKOT? Het aantal staat hieronder.</p>\n")
TABLE = """<table>
<tr><th>Opleiding</th><th>2020</th><th>2021</th></tr>
<tr><td>908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar</td><td>50</td><td>71</td></tr>
<tr><td>908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar</td><td>20</td><td>30</td></tr>
<tr><td>Totaal</td><td>68</td><td>100</td></tr>
</table>
"""


def _page(tmp_path, capsys, body: str) -> tuple[int, list[tuple]]:
    path = tmp_path / "antwoord.html"
    path.write_text(f"<html><body>\n{body}</body></html>\n", encoding="utf-8")
    status, out, error = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    assert error == ""
    return status, [(f["rule"], f["line"], f["severity"]) for f in json.loads(out)["findings"]]


@pytest.mark.parametrize("main", ["<main>", "<article>", '<div role="main">', '<div id="content">'])
def test_a_header_never_closed_ends_where_the_main_content_begins(tmp_path, capsys, main):
    body = f'<header><img src="/img/vp.png" alt="">\n{main}\n{QUESTION}<p><img src="afb1.png"></p>\n'
    status, found = _page(tmp_path, capsys, body)
    assert status == 1 and found == [("unreadable-table", 6, "error")]


def test_a_header_closed_keeps_its_logo_furniture_and_the_page_clean(tmp_path, capsys):
    body = f'<header><img src="/img/vp.png" alt=""></header>\n<main>\n{QUESTION}</main>\n'
    assert _page(tmp_path, capsys, body) == (0, [])


def test_a_footer_before_the_main_content_ends_not_there(tmp_path, capsys):
    """Only a header or navigation left open ends at the main content; a footer's picture
    (``<footer>`` closed late) stays furniture."""
    body = f'<main>\n{QUESTION}<footer><div id="content"><img src="/img/vp.png" alt=""></div></footer>\n</main>\n'
    assert _page(tmp_path, capsys, body) == (0, [])


@pytest.mark.parametrize("where", ["after", "before"])
def test_a_picture_beside_a_table_that_was_read_is_no_error(tmp_path, capsys, where):
    picture = '<p><img src="afb1.png"></p>\n'
    body = QUESTION + (TABLE + picture if where == "after" else picture + TABLE)
    status, found = _page(tmp_path, capsys, body)
    assert status == 0 and [f for f in found if f[2] != "info"] == []
    assert {f[0] for f in found} == {"parts-exceed-total"}


# --- A: HTML shapes ----------------------------------------------------------------------------------

CODES = [("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", 50, 71),
         ("908003", "Educatieve bachelor voor kleuteronderwijs - 3de jaar", 20, 30),
         ("908018", "Verkorte educatieve bacheloropleiding", 40, 44)]
ASKED = ("<p>Vraag nr. 74 van 14 oktober 2022 van mevrouw An Peeters aan de minister van Werk over de opleidingen "
         "via OKOT.</p>\n<p>Hoeveel cursisten startten in een OKOT in de sector onderwijs?</p>\n<p>Antwoord</p>\n")


def _figure(year_at: int, total: int, caption_first: bool = False) -> str:
    """A table of one ``Aantal`` column in a ``<figure>`` whose ``<figcaption>`` names its year."""
    caption = f"<figcaption>Tabel: unieke cursisten met gestarte OKOT('s) in {2020 + year_at}</figcaption>\n"
    rows = "".join(f"<tr><td>{code}: {label}</td><td>{(a, b)[year_at]}</td></tr>\n" for code, label, a, b in CODES)
    table = f"<table>\n<tr><th>Opleiding</th><th>Aantal</th></tr>\n{rows}<tr><td>Totaal</td><td>{total}</td></tr>\n</table>\n"
    return "<figure>\n" + (caption + table if caption_first else table + caption) + "</figure>\n"


def _extract(tmp_path, capsys, body: str) -> list[tuple]:
    path = tmp_path / "antwoord.html"
    path.write_text(f"<html><body>\n{ASKED}{body}</body></html>\n", encoding="utf-8")
    status, out, error = run_cli(["extract", "--format", "json", str(path)], capsys)
    assert status == 0 and error == ""
    return [(c["measure"], c["level"], c["code"] or c["label"], c["period"], c["count"], c["line"])
            for c in json.loads(out)]


def _cells_of(year_at: int, total: int, first: int) -> list[tuple]:
    period = str(2020 + year_at)
    return [("started", "row", code, period, (a, b)[year_at], first + i) for i, (code, _, a, b) in enumerate(CODES)] \
        + [("started", "total", "Totaal", period, total, first + len(CODES))]


@pytest.mark.parametrize("caption_first", [False, True])
def test_a_figures_caption_names_its_tables_year_before_or_after_it(tmp_path, capsys, caption_first):
    """A ``<figcaption>`` after its table (as often as before it) names the table's year and
    measure: read after the table, the table took the question's year (2022) and no measure."""
    cells = _extract(tmp_path, capsys, _figure(0, 108, caption_first) + _figure(1, 140, caption_first))
    first = 9 if caption_first else 8  # (lines: the HTML file's)
    assert cells == _cells_of(0, 108, first) + _cells_of(1, 140, first + 10)


def test_an_error_in_a_figures_table_is_found_at_its_cell_under_its_captions_year(tmp_path, capsys):
    path = tmp_path / "antwoord.html"
    path.write_text(f"<html><body>\n{ASKED}{_figure(0, 108)}{_figure(1, 150)}</body></html>\n", encoding="utf-8")
    status, out, _ = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    errors = [(f["rule"], f["line"], f["period"], f["stated"], f["observed"])
              for f in json.loads(out)["findings"] if f["severity"] == "error"]
    assert status == 1 and errors == [("total-exceeds-parts", 21, "2021", 150, 145)]
