"""Two silent passes of session 22's robustness sweep (tests/test_robust22.py), closed:

- a PDF page whose text was turned into outlines (a filled path per letter, no text, no image)
  among pages of text was dropped without a word: it is an ``unreadable-table`` error at its
  page (reason ``page-of-outlines``); a page that draws a rule and a logo stays quiet;
- an HTML answer of prose and an ``<img>`` (a table pasted as a picture) of which no table was
  read passed clean: each image is an ``unreadable-table`` error at its line, naming its alt text
  (else its src) — quiet when a table was read."""

from __future__ import annotations

import io
import json

import pytest

from test_robust22 import PROSE, _pdf, run_cli

pytest.importorskip("fpdf", reason="the PDF inputs need fpdf2 (pip install '.[test]')")

TABLE = ["Provincie 2021 2022", "Antwerpen 12 13", "Limburg 7 9", "Totaal 19 22"]


def _shapes(pdf, lines: list[str], limit: int | None = None) -> int:
    """Draw `lines` as outlines, as a converter that turns text into paths does: one small
    filled shape per letter where the letter stands, no text (at most `limit` shapes).
    Returns how many were drawn."""
    drawn = 0
    pdf.set_font("Helvetica", size=10)
    for row, line in enumerate(lines):
        x, y = 20.0, 40.0 + 8 * row
        for char in line:
            width = pdf.get_string_width(char)
            if not char.isspace() and (limit is None or drawn < limit):
                # (a letter's outline: a closed polygon within its box, about 2 mm by 2.5 mm)
                pdf.polygon([(x, y), (x + width * 0.8, y), (x + width * 0.8, y - 2.5), (x + width * 0.3, y - 2.0)],
                            style="F")
                drawn += 1
            x += width
    return drawn


def _answer(second_page, first: bytes | None = None) -> bytes:
    """The prose on page 1 (or the PDF `first`), then a page drawn by `second_page(pdf)`."""
    import pypdf
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, PROSE)
    pdf.add_page()
    second_page(pdf)
    made = bytes(pdf.output())
    if first is None:
        return made
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(first)))
    writer.add_page(pypdf.PdfReader(io.BytesIO(made)).pages[1])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _findings(tmp_path, capsys, name: str, data: bytes, *extra: str) -> tuple[int, list[dict]]:
    path = tmp_path / name
    path.write_bytes(data)
    status, out, _ = run_cli(["check", "--no-cache", "--format", "json", *extra, str(path)], capsys)
    return status, json.loads(out)["findings"]


# --------------------------------------------------------------------------- text as outlines


def test_a_page_of_text_turned_into_outlines_is_an_error_at_its_page(tmp_path, capsys):
    status, findings = _findings(tmp_path, capsys, "outlined.pdf", _answer(lambda pdf: _shapes(pdf, TABLE)))
    assert status == 1
    (finding,) = findings
    assert (finding["rule"], finding["severity"], finding["page"]) == ("unreadable-table", "error", 2)
    assert finding["message"].startswith("page 2 holds no text, only drawn shapes the size of letters")
    path = tmp_path / "outlined.pdf"
    _, out, _ = run_cli(["check", "--no-cache", "--lang", "nl", str(path)], capsys)
    assert "pagina 2 bevat geen tekst, enkel getekende vormen ter grootte van letters" in out


def test_an_outlined_page_after_tables_that_were_read_is_still_named(tmp_path, capsys):
    # (unlike a picture beside tables: a page of outlined text is a page nobody read)
    _, plain = _findings(tmp_path, capsys, "plain.pdf", _pdf())
    _, findings = _findings(tmp_path, capsys, "tables-then-outlines.pdf",
                            _answer(lambda pdf: _shapes(pdf, TABLE), first=_pdf()))
    added = [f for f in findings if f["rule"] == "unreadable-table"]
    assert [f["rule"] for f in plain if f["rule"] == "unreadable-table"] == []
    import pypdf

    page = len(pypdf.PdfReader(io.BytesIO(_pdf())).pages) + 1
    assert [f["page"] for f in added] == [page]
    assert added[0]["message"].startswith(f"page {page} holds no text, only drawn shapes")


def _logo_and_rule(pdf) -> None:
    """A letterhead's last page: a rule across it and a small logo of a few shapes, no text."""
    pdf.set_line_width(0.5)
    pdf.line(20, 30, 190, 30)
    _shapes(pdf, ["VDAB"])
    pdf.rect(15, 36, 30, 8, style="D")


def test_a_page_with_a_rule_and_a_logo_says_nothing(tmp_path, capsys):
    status, findings = _findings(tmp_path, capsys, "logo.pdf", _answer(_logo_and_rule))
    assert status == 0 and findings == []


def test_the_bound_between_a_few_shapes_and_a_page_of_outlines(tmp_path, capsys):
    from okot_audit.read.pdf import OUTLINE_GLYPHS

    lines = TABLE * 10  # (more letters than the bound)
    drawn: dict[int, int] = {}

    def fewer(pdf):
        drawn[0] = _shapes(pdf, lines, limit=OUTLINE_GLYPHS - 1)

    def enough(pdf):
        drawn[1] = _shapes(pdf, lines, limit=OUTLINE_GLYPHS)

    status, findings = _findings(tmp_path, capsys, "fewer.pdf", _answer(fewer))
    assert drawn[0] == OUTLINE_GLYPHS - 1 and (status, findings) == (0, [])
    status, findings = _findings(tmp_path, capsys, "enough.pdf", _answer(enough))
    assert drawn[1] == OUTLINE_GLYPHS and status == 1
    assert [(f["rule"], f["page"]) for f in findings] == [("unreadable-table", 2)]


# --------------------------------------------------------------------------- HTML images

HTML = """<html><body>
<h1>Vraag nr. 123 van 4 mei 2021</h1>
<p>{prose}</p>
<p>Zie de tabel hieronder.</p>
<p>{image}</p>
{table}
</body></html>
"""

HTML_TABLE = """<table>
<tr><th>Provincie</th><th>2021</th><th>2022</th></tr>
<tr><td>Antwerpen</td><td>12</td><td>13</td></tr>
<tr><td>Limburg</td><td>7</td><td>9</td></tr>
<tr><td>Totaal</td><td>19</td><td>22</td></tr>
</table>"""


def _html(tmp_path, capsys, image: str, table: str = "", *extra: str) -> tuple[int, list[dict], str]:
    text = HTML.format(prose=PROSE, image=image, table=table)
    status, findings = _findings(tmp_path, capsys, "answer.html", text.encode(), *extra)
    line = next(n for n, row in enumerate(text.splitlines(), start=1) if "<img" in row) if "<img" in text else 0
    return status, findings, str(line)


@pytest.mark.parametrize(("image", "named"), [
    ('<img src="tabel1.png" alt="Tabel 1: gestarte cursisten">', "Tabel 1: gestarte cursisten"),
    ('<img src="media/tabel1.png">', "media/tabel1.png"),
])
def test_an_html_image_with_no_table_read_is_an_error_at_its_line(tmp_path, capsys, image, named):
    status, findings, line = _html(tmp_path, capsys, image)
    assert status == 1
    (finding,) = findings
    assert (finding["rule"], finding["severity"], str(finding["line"])) == ("unreadable-table", "error", line)
    assert finding["message"].startswith(f"the page shows an image here ('{named}') and no table was read")
    _, out, _ = run_cli(["check", "--no-cache", "--lang", "nl", str(tmp_path / "answer.html")], capsys)
    assert f"de pagina toont hier een afbeelding ('{named}') en er is geen tabel" in out


def test_an_html_image_in_a_table_cell_is_named_at_its_row(tmp_path, capsys):
    table = '<table>\n<tr><td>Figuur</td></tr>\n<tr><td><img src="grafiek.png" alt="Grafiek"></td></tr>\n</table>'
    status, findings, line = _html(tmp_path, capsys, "", table)
    assert status == 1
    assert [(f["rule"], str(f["line"])) for f in findings if "Grafiek" in f["message"]] == [("unreadable-table", line)]


def test_an_html_image_beside_a_table_that_was_read_says_nothing(tmp_path, capsys):
    _, plain, _ = _html(tmp_path, capsys, "", HTML_TABLE)
    status, findings, _ = _html(tmp_path, capsys, '<img src="logo.png" alt="Logo">', HTML_TABLE)
    assert "unreadable-table" not in [f["rule"] for f in findings]
    assert [f["rule"] for f in findings] == [f["rule"] for f in plain]


def test_an_html_image_adds_no_line_to_the_extracted_cells(tmp_path, capsys):
    # (the image's empty line comes after its paragraph: the table's cells stay where they were)
    for image, name in (("", "plain.html"), ('<img src="logo.png">', "logo.html")):
        (tmp_path / name).write_text(HTML.format(prose=PROSE, image=image, table=HTML_TABLE))
    _, plain, _ = run_cli(["extract", str(tmp_path / "plain.html")], capsys)
    _, logo, _ = run_cli(["extract", str(tmp_path / "logo.html")], capsys)
    strip = [",".join(row.split(",")[1:]) for row in plain.splitlines()]
    assert strip == [",".join(row.split(",")[1:]) for row in logo.splitlines()] and len(strip) > 4


@pytest.mark.parametrize(("image", "named"), [
    ('<img src="bullet.png" width="16" height="16">', None),
    ('<img src="logo.png" style="width: 90px; height: 30px">', None),
    ('<img src="tabel.png" width="600" height="240">', "tabel.png"),
    ('<img src="tabel.png" style="width:600px;height:240px">', "tabel.png"),
    ('<img src="data:image/png;base64,iVBORw0KGgo=" width="600">', "data:..."),
])
def test_an_html_image_too_small_to_hold_a_table_says_nothing(tmp_path, capsys, image, named):
    # (an embedded image, data: URI, is named as one, not by its bytes)
    status, findings, _ = _html(tmp_path, capsys, image)
    assert [f["message"].split("'")[1] for f in findings] == ([named] if named else [])
    assert status == (1 if named else 0)


def test_the_bound_of_an_html_image_that_may_hold_a_table(tmp_path, capsys):
    from okot_audit.read.html import TABLE_IMAGE

    width, height = TABLE_IMAGE
    for size, expected in (((width - 1, height), 0), ((width, height - 1), 0), ((width, height), 1)):
        status, _, _ = _html(tmp_path, capsys, f'<img src="t.png" width="{size[0]}" height="{size[1]}">')
        assert status == expected, size


def _words_as_one_path(pdf, lines: list[str]) -> None:
    """`lines` outlined as a converter may: each line's letters one path of many closed figures."""
    pdf.set_font("Helvetica", size=10)
    for row, line in enumerate(lines):
        x, y = 20.0, 40.0 + 8 * row
        with pdf.new_path() as path:
            path.style.fill_color = "#000000"
            path.style.paint_rule = "FILL_NONZERO"
            for char in line:
                width = pdf.get_string_width(char)
                if not char.isspace():
                    path.move_to(x, y)
                    path.line_to(x + width * 0.8, y)
                    path.line_to(x + width * 0.8, y - 2.5)
                    path.close()
                x += width


def test_a_page_whose_lines_were_outlined_as_one_path_each_is_an_error_too(tmp_path, capsys):
    status, findings = _findings(tmp_path, capsys, "lines.pdf", _answer(lambda pdf: _words_as_one_path(pdf, TABLE)))
    assert status == 1 and [(f["rule"], f["page"]) for f in findings] == [("unreadable-table", 2)]


def test_a_page_of_empty_boxes_in_a_row_says_nothing(tmp_path, capsys):
    # (a box starts one figure: a row of boxes, a form's fields, is no outlined text)
    def boxes(pdf):
        for row in range(12):
            for column in range(4):
                pdf.rect(20 + 40 * column, 40 + 10 * row, 38, 6, style="D")

    status, findings = _findings(tmp_path, capsys, "boxes.pdf", _answer(boxes))
    assert (status, findings) == (0, [])
