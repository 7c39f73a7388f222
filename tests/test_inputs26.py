"""Inputs too large to be an answer, in the formats that had no limit (session 26): a workbook of
hundreds of thousands of rows, of a million cells or merged over a sheet, an HTML page of hundreds
of thousands of rows or a row of tens of thousands of cells — each refused in one line that names
the file, what is too large and the limit, exit status 2, before the heavy reading (openpyxl, the
layout, the parser), where they ran for minutes or for ever. The workbooks are written as their XML
(a few MB zipped), as a program that writes workbooks would."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from test_inputs25 import one_error_line, run

_CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
             '<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = ('<?xml version="1.0"?><Relationships '
                  'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                  'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                  'Target="worksheets/sheet1.xml"/></Relationships>')

#: An annex's table: a caption, its periods, a province a row and their total (which holds).
TABLE = [["Gestarte cursisten OKOT bij VDAB per provincie"], [None, "2021", "2022"],
         ["Antwerpen", 12, 14], ["Limburg", 7, 9], ["Totaal", 19, 23]]


def _cell(row: int, column: int, value) -> str:
    where = f"{chr(64 + column)}{row}"
    if isinstance(value, str):
        return f'<c r="{where}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{where}"><v>{value}</v></c>'


def _rows(rows: list[list], first: int = 1) -> str:
    return "".join(f'<row r="{first + r}">' + "".join(_cell(first + r, c + 1, v) for c, v in enumerate(row)
                                                     if v is not None) + "</row>" for r, row in enumerate(rows))


def _workbook(sheet_data: str, after: str = "") -> bytes:
    """A workbook of one sheet whose ``<sheetData>`` is `sheet_data` (and `after` it: merged cells)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml",
                         '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                         f'main"><sheetData>{sheet_data}</sheetData>{after}</worksheet>')
    return out.getvalue()


def _refused(name: str, data: bytes, words: str, dutch: str, tmp_path: Path, capsys, monkeypatch) -> None:
    """`name` holding `data` is refused by check and extract in one line, status 2, in English and Dutch."""
    (tmp_path / name).write_bytes(data)
    for command in (["check", "--no-cache"], ["extract"], ["check", "--no-cache", "--skip-non-answers"]):
        start = time.process_time()
        status, out, error = run([*command, name], capsys, tmp_path, monkeypatch)
        assert status == 2, (command, error)
        one_error_line(error, f"{name}", words)
        assert time.process_time() - start < 20, command
    _, _, error = run(["check", "--no-cache", "--lang", "nl", name], capsys, tmp_path, monkeypatch)
    one_error_line(error, f"okot-audit: fout: {name}", dutch)


# --------------------------------------------------------------------------- workbooks


def test_a_workbook_of_more_rows_than_a_text_has_lines_is_refused_before_openpyxl(tmp_path, capsys, monkeypatch):
    # 500,000 rows of two cells (5 MB zipped) took nearly two minutes and 800 MB, then said
    # "not an OKOT answer".
    from okot_audit.read.xlsx import MAX_ROWS
    from okot_audit.source import MAX_LINES

    assert MAX_ROWS == MAX_LINES
    rows = [[100_000 + r, r % 97] for r in range(MAX_ROWS + 1 - len(TABLE))]
    _refused("rows.xlsx", _workbook(_rows(TABLE + rows)),
             ": the workbook has 200,001 rows with text or numbers; an annex has far fewer (limit 200,000)",
             ": de werkmap heeft 200,001 rijen met tekst of getallen; een bijlage heeft er veel minder "
             "(grens 200,000)", tmp_path, capsys, monkeypatch)


def test_rows_and_cells_that_hold_nothing_count_for_no_limit(tmp_path, capsys, monkeypatch):
    # A used range far larger than the data (formatting on 300,000 rows, cells with a style and
    # no value) is an annex all the same: read as the table alone.
    import okot_audit.read.xlsx as xlsx

    monkeypatch.setattr(xlsx, "MAX_ROWS", 10)
    monkeypatch.setattr(xlsx, "MAX_CELLS", 20)
    formatted = "".join(f'<row r="{r}" s="1" customFormat="1"/>' for r in range(10, 150_010)) + "".join(
        f'<row r="{r}"><c r="A{r}" s="1"/><c r="B{r}" s="2"></c></row>' for r in range(150_010, 300_010))
    plain, padded = _workbook(_rows(TABLE)), _workbook(_rows(TABLE) + formatted)
    (tmp_path / "plain.xlsx").write_bytes(plain)
    (tmp_path / "padded.xlsx").write_bytes(padded)
    _, expected, _ = run(["extract", "plain.xlsx"], capsys, tmp_path, monkeypatch)
    status, out, error = run(["extract", "padded.xlsx"], capsys, tmp_path, monkeypatch)
    assert status == 0 and error == ""
    assert out.replace("padded.xlsx", "plain.xlsx") == expected and expected.count("\n") == 7


def test_a_workbook_of_more_cells_than_an_annex_is_refused(tmp_path, capsys, monkeypatch):
    # (few rows of many columns cost as much as many rows: the limit on cells; lowered here, a
    # million cells are 25 MB of XML)
    import okot_audit.read.xlsx as xlsx

    monkeypatch.setattr(xlsx, "MAX_CELLS", 1_000)
    rows = [["Antwerpen", *range(24)] for _ in range(42)]
    _refused("cells.xlsx", _workbook(_rows(TABLE + rows)),
             ": the workbook has 1,062 cells with text or numbers; an annex has far fewer (limit 1,000)",
             ": de werkmap heeft 1,062 cellen met tekst of getallen; een bijlage heeft er veel minder (grens 1,000)",
             tmp_path, capsys, monkeypatch)


@pytest.mark.parametrize("ref, shown, area", [("A7:XFD1048576", "A7:XFD1048576", "17,179,770,880"),
                                              ("$B$1:D1000000", "B1:D1000000", "3,000,000"),
                                              ("C1:C1048576", "C1:C1048576", "1,048,576")])
def test_cells_merged_over_a_sheet_are_refused_before_openpyxl_makes_each(ref, shown, area, tmp_path, capsys,
                                                                          monkeypatch):
    # openpyxl makes an object of every cell a merge covers: A7:XFD1048576 ran for ever, a merge
    # of a whole column took it ten seconds.
    data = _workbook(_rows(TABLE), f'<mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>')
    _refused("merged.xlsx", data,
             f": the workbook's merged cells cover {area} cells ({shown} alone {area}); an annex's cover far fewer "
             "(limit 100,000): unmerge them and save again",
             f": de samengevoegde cellen van de werkmap beslaan {area} cellen ({shown} alleen al {area}); die van een "
             "bijlage veel minder (grens 100,000)", tmp_path, capsys, monkeypatch)


def test_a_workbook_with_a_few_merged_cells_is_read_as_before(tmp_path, capsys, monkeypatch):
    data = _workbook(_rows(TABLE), '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>')
    (tmp_path / "annex.xlsx").write_bytes(data)
    status, out, error = run(["extract", "annex.xlsx"], capsys, tmp_path, monkeypatch)
    assert status == 0 and error == "" and out.count("\n") == 7


# --------------------------------------------------------------------------- HTML pages

_PAGE = "<html><body><p>Gestarte cursisten OKOT bij VDAB per provincie</p>\n"
_HTML_TABLE = ("<table>\n<tr><th></th><th>2021</th><th>2022</th></tr>\n<tr><td>Antwerpen</td><td>12</td><td>14</td></tr>\n"
               "<tr><td>Limburg</td><td>7</td><td>9</td></tr>\n<tr><td>Totaal</td><td>19</td><td>23</td></tr>\n</table>\n")


@pytest.mark.parametrize("what, more", [
    ("rows", "<table>\n" + "<tr><td>908001</td><td>5</td></tr>\n" * 60 + "</table>"),
    ("paragraphs", "<p>Zie verder.</p>\n" * 60),
    ("pre", "<pre>\n" + "908001  5\n" * 60 + "</pre>"),
])
def test_an_html_page_of_more_lines_than_a_text_has_is_refused_where_it_passes_the_limit(
        what, more, tmp_path, capsys, monkeypatch):
    # 500,000 rows in a 17 MB page took one and a half minutes and 500 MB. (The limit is lowered
    # here: a page of 200,001 rows still costs the parser seconds to reach it.)
    import okot_audit.read.html as html

    monkeypatch.setattr(html, "MAX_LINES", 50)
    page = _PAGE + _HTML_TABLE + more + "</body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    status, _, error = run(["check", "--no-cache", "page.html"], capsys, tmp_path, monkeypatch)
    assert status == 2
    one_error_line(error, "okot-audit: error: page.html:", ": the HTML page has more than 50 table rows and "
                          "paragraphs; an answer has far fewer (limit 50)")
    _, _, error = run(["check", "--no-cache", "--lang", "nl", "page.html"], capsys, tmp_path, monkeypatch)
    one_error_line(error, "de HTML-pagina heeft meer dan 50 tabelrijen en alinea's; een antwoord heeft er veel minder "
                          "(grens 50)")


def test_an_html_page_of_as_many_lines_as_the_limit_is_read(tmp_path, capsys, monkeypatch):
    import okot_audit.read.html as html

    monkeypatch.setattr(html, "MAX_LINES", 6)  # (the paragraph and the table's four rows: five)
    (tmp_path / "page.html").write_text(_PAGE + _HTML_TABLE + "</body></html>", encoding="utf-8")
    status, out, error = run(["extract", "page.html"], capsys, tmp_path, monkeypatch)
    assert status == 0 and error == "" and out.count("\n") == 7
    monkeypatch.setattr(html, "MAX_LINES", 4)
    status, _, error = run(["extract", "page.html"], capsys, tmp_path, monkeypatch)
    assert status == 2
    one_error_line(error, "page.html:6: the HTML page has more than 4 table rows and paragraphs")


def test_an_html_row_of_more_cells_than_a_line_has_characters_is_refused_at_its_line(tmp_path, capsys, monkeypatch):
    # A row of 300,000 cells took minutes to lay out (each column's start summed over the ones
    # before it), then read as no table: exit 0, its figures lost without a word.
    from okot_audit.source import MAX_LINE_CHARS

    row = "<tr><td>Antwerpen</td>" + "<td>5</td>" * MAX_LINE_CHARS + "</tr>\n"
    page = _PAGE + _HTML_TABLE.replace("</table>", row + "</table>") + "</body></html>"
    _refused("wide.html", page.encode("utf-8"),
             ":7: a table row has more than 20,000 cells; a row of an answer's table has a few (limit 20,000)",
             ":7: een tabelrij heeft meer dan 20,000 cellen; een rij van de tabel van een antwoord heeft er enkele "
             "(grens 20,000)", tmp_path, capsys, monkeypatch)


def test_a_wide_table_is_laid_out_in_time_linear_in_its_columns():
    # Each column's start was the sum of the widths before it, and a row's line was copied at
    # each cell: 40,000 columns took seconds, where a text's line of as many figures takes none.
    from okot_audit.read.grid import lay_out

    columns = 40_000
    grid = [["Provincie", *(str(2000 + c % 30) for c in range(columns))], ["Antwerpen", *("5" for _ in range(columns))]]
    start = time.process_time()
    lines = lay_out(grid, {})
    assert time.process_time() - start < 1
    assert lines[1].split() == grid[1] and lines[1].index("5") == lines[0].index("2000") + 3
    assert lines[1].index("Antwerpen") == 0 and len(lines[1]) == len(lines[0])
