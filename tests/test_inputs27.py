"""HTML, xlsx and delimited input edge cases (session 27).

- a comment or CDATA section an HTML page never closes (``<![CDATA[`` without ``]]>``): the
  html.parser of Python 3.11.13, 3.12.11 and 3.13.5 on runs it to the end of the page, and the
  tables after it were lost without a word — the rest of the page is read, whatever the Python;
- a row of figures without its label (``| | 12 | 14 | 26 |``) right under the header of a table
  of training codes: the table was taken for one of programmes' names, and every coded row was
  blamed as a ``schema-violation`` of its code; now it is the table of codes it is, the row said
  at its line as a ``stray-number`` (HTML and xlsx alike);
- a comma-separated row whose coded label holds spaces and whose figures set their thousands
  apart with spaces (``900611: Verpleegkunde,1 234,1 300``) was taken for decimal commas: no row
  of a table, and ``1 300`` read as 300 under a period of the prose;
- a very long file name on an error line is cut in its middle (``…``) so the line stays
  readable; the JSON report keeps the whole name.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from okot_audit.read.html import read_html
from test_robust22 import run_cli

PROSE = "<p>Vraag nr. 74 van 14 oktober 2022 over de opleidingen in de zorg.</p>"
HEAD = "<tr><th>Opleiding</th><th>2020</th><th>2021</th><th>2022</th></tr>"
ROW_A = "<tr><td>900613: Professionele bachelor verpleegkunde - 3de jaar</td><td>10</td><td>12</td><td>13</td></tr>"
ROW_B = "<tr><td>900612: Professionele bachelor verpleegkunde - 2de jaar</td><td>5</td><td>6</td><td>7</td></tr>"


def _table(title: str, *rows: str) -> str:
    return f"<p>{title}</p>\n<table>\n" + "\n".join(rows) + "\n</table>\n"


def _cells(out: str) -> list[tuple]:
    return [(c["code"] or c["label"], c["period"], c["count"], c["line"]) for c in json.loads(out)]


# --------------------------------------------------------------------------- a comment left open


def _html5_end(monkeypatch) -> None:
    """html.parser as Python 3.11.13, 3.12.11 and 3.13.5 on end a page (gh-135462): a comment or
    CDATA section still open at the page's end runs to it, and what stood after its opener is no
    element, no text."""
    close = HTMLParser.close

    def ended(self) -> None:
        if self.rawdata.startswith(("<!--", "<![CDATA[")):
            self.rawdata = ""
        close(self)

    monkeypatch.setattr(HTMLParser, "close", ended)


@pytest.mark.parametrize("opener", [
    "<p>Zie <![CDATA[ de bijlage</p>",
    "<![CDATA[",
    "<p>Nota <!-- tot hier</p>",
    "<p>a <![CDATA[b]]> c <![CDATA[ d</p>",  # (one closed, the next left open)
])
def test_the_tables_after_a_comment_left_open_are_read_whatever_the_python(opener, monkeypatch, tmp_path, capsys):
    _html5_end(monkeypatch)
    page = ("<html><body>\n" + PROSE + "\n"
            + _table("Unieke cursisten met gestarte OKOT'(s)", HEAD, ROW_A, ROW_B,
                     "<tr><td>Totaal</td><td>15</td><td>18</td><td>20</td></tr>")
            + opener + "\n"
            + _table("Unieke cursisten met uitgevoerde, geslaagde OKOT'(s)", HEAD, ROW_A,
                     "<tr><td>Totaal</td><td>10</td><td>99</td><td>13</td></tr>")
            + "</body></html>\n")
    source = read_html(page, "antwoord.html")
    assert source.text.count("Totaal") == 2
    path = tmp_path / "antwoord.html"
    path.write_text(page, encoding="utf-8")
    status, out, _ = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    report = json.loads(out)
    assert status == 1
    assert [len(document["tables"]) for document in report["documents"]] == [2]
    wrong = [(f["rule"], f["line"], f["stated"], f["observed"]) for f in report["findings"] if f["severity"] == "error"]
    assert wrong == [("total-exceeds-parts", 15, 99, 12)]


# --------------------------------------------------------------------------- a row without its label


def _label_lost_html(folder: Path) -> Path:
    path = folder / "antwoord.html"
    path.write_text("<html><body>\n" + PROSE + "\n"
                    + _table("Unieke cursisten met gestarte OKOT'(s)", HEAD,
                             "<tr><td></td><td>12</td><td>14</td><td>26</td></tr>", ROW_A, ROW_B,
                             "<tr><td>Totaal</td><td>27</td><td>32</td><td>46</td></tr>")
                    + "</body></html>\n", encoding="utf-8")
    return path


def _label_lost_xlsx(folder: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Vraag nr. 74 van 14 oktober 2022 over de opleidingen in de zorg."], [],
                ["Unieke cursisten met gestarte OKOT'(s)"], [], ["Opleiding", 2020, 2021, 2022],
                [None, 12, 14, 26],
                ["900613: Professionele bachelor verpleegkunde - 3de jaar", 10, 12, 13],
                ["900612: Professionele bachelor verpleegkunde - 2de jaar", 5, 6, 7],
                ["Totaal", 27, 32, 46]):
        sheet.append(row)
    path = folder / "bijlage.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("write", [_label_lost_html, _label_lost_xlsx])
def test_a_row_without_its_label_first_in_a_table_of_codes_is_said_not_the_codes(write, tmp_path, capsys):
    # (the empty first cell stands at line 6 — the HTML's row, the sheet's row — the total at 9)
    status, out, _ = run_cli(["check", "--no-cache", "--format", "json", str(write(tmp_path))], capsys)
    report = json.loads(out)
    assert status == 1
    (document,) = report["documents"]
    (table,) = document["tables"]
    assert table["rows"] == "code"
    found = [(f["rule"], f["line"], f["period"], f["stated"], f["observed"]) for f in report["findings"]
             if f["rule"] not in ("likely-typo", "error-located")]
    assert found == [
        ("stray-number", 6, None, None, None),
        ("total-exceeds-parts", 9, "2020", 27, 15),
        ("total-exceeds-parts", 9, "2021", 32, 18),
        ("total-exceeds-parts", 9, "2022", 46, 20),
    ]


# --------------------------------------------------------------------------- comma-separated, spaced thousands


@pytest.mark.parametrize("suffix", [".csv", ".txt"])
def test_a_comma_separated_coded_row_with_spaced_thousands_is_read_whole(suffix, tmp_path, capsys):
    path = tmp_path / f"antwoord{suffix}"
    path.write_text(
        "Vraag nr. 74 van 14 oktober 2022 over de opleidingen in de zorg.\n\n"
        "Unieke cursisten met gestarte OKOT'(s)\n\n"
        "Opleiding,2020,2021\n"
        "900611: Professionele bachelor verpleegkunde - 1ste jaar,1 234,1 300\n"
        "900612: Professionele bachelor verpleegkunde - 2de jaar,5,6\n"
        "Totaal,1 239,1 306\n", encoding="utf-8")
    status, out, err = run_cli(["extract", "--format", "json", str(path)], capsys)
    assert (status, err) == (0, "")
    assert _cells(out) == [
        ("900611", "2020", 1234, 6), ("900611", "2021", 1300, 6),
        ("900612", "2020", 5, 7), ("900612", "2021", 6, 7),
        ("Totaal", "2020", 1239, 8), ("Totaal", "2021", 1306, 8),
    ]


def test_a_decimal_comma_set_apart_by_spaces_still_splits_no_row():
    from okot_audit.read.delimited import grid_blocks

    lines = ["Opleiding,2020,2021", "900611: Verpleegkunde,1 234,1 300", "Kost,€ 1.234,56 € 2.345,00",
             "Totaal 12.345,00 13.000,50"]
    laid = grid_blocks(lines, [])
    assert laid[2:] == lines[2:]


# --------------------------------------------------------------------------- a very long file name


def test_a_very_long_file_name_is_cut_in_its_middle_on_an_error_line(tmp_path, capsys):
    folder = tmp_path
    for k in range(5):
        folder = folder / (f"{k}" + "map" * 20)
    folder.mkdir(parents=True)
    path = folder / "vraag-74\nantwoord.txt"
    path.write_bytes(b"\x00\x01 binary")
    status, _, err = run_cli(["check", "--no-cache", str(path)], capsys)
    assert status == 2
    (line,) = err.splitlines()
    assert line.startswith(f"okot-audit: error: {str(tmp_path)[:20]}")
    assert "…" in line and line.endswith("/vraag-74\\nantwoord.txt:1: binary data (NUL byte); expected the text of an answer")
    assert len(line) < 300
    status, out, err = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    assert status == 2
    assert "…" not in out


def test_a_file_name_of_ordinary_length_is_shown_whole(tmp_path, capsys):
    path = tmp_path / "missing.txt"
    status, _, err = run_cli(["check", "--no-cache", str(path)], capsys)
    assert (status, err) == (2, f"okot-audit: error: {path}: no such file or folder\n")
