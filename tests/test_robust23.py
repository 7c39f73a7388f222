"""Bad and odd inputs of session 23: each gets one clear line and a contract status, or the finding
that says what was not read — never a traceback, a misleading reason or a silent pass.

- a PDF of no pages says so (pypdfium2 refuses it as "Failed to load document (PDFium: Success)");
- the report's summary, in every format, tells files skipped as no answer from workbooks in a
  format that is not read (``.xls``, ``.ods``), and markdown and HTML reports say how many inputs
  could not be audited — what only standard error said before;
- an HTML answer whose only picture of a table is an inline ``<svg>``, an ``<object>`` or
  ``<embed>`` of an image, or a CSS ``background-image`` is ``unreadable-table``
  (``image-without-table``), as an ``<img>`` was;
- a PDF page without text that draws a logo of many pieces is no page of outlined text: only
  shapes standing on lines of text (like heights, side by side on shared baselines) are.
"""

from __future__ import annotations

import errno
import io
import json
import math
from pathlib import Path

import pytest

from test_robust22 import INPUTS, OLE2, PROSE, SEEDS, _zero_pages, run_cli
from test_robust22c import TABLE, _answer, _findings, _shapes

pytest.importorskip("fpdf", reason="the PDF inputs need fpdf2 (pip install '.[test]')")

SEED_TEXT = SEEDS / "000_699ad5193617b98e.txt"


# --------------------------------------------------------------------------- a PDF of no pages


NO_PAGES = {"en": "the PDF has no pages (its page tree is empty); give the PDF as published",
            "nl": "de PDF heeft geen pagina's (haar paginaboom is leeg); geef de PDF zoals gepubliceerd"}


@pytest.mark.parametrize("command, lang", [
    (["check", "--no-cache"], "en"), (["check", "--no-cache", "--lang", "nl"], "nl"),
    (["check", "--no-cache", "--format", "sarif"], "en"), (["extract"], "en"), (["extract", "--format", "json"], "en"),
])
def test_a_pdf_of_no_pages_says_it_has_no_pages(command, lang, tmp_path, capsys):
    # (it said "not a readable PDF (damaged or incomplete: Failed to load document (PDFium: Success))")
    path = tmp_path / "leeg.pdf"
    path.write_bytes(_zero_pages())
    expected = NO_PAGES[lang]
    status, out, error = run_cli([*command, str(path)], capsys)
    prefix = "okot-audit: error:" if lang == "en" else "okot-audit: fout:"
    assert (status, out, error) == (2, "", f"{prefix} {path}: {expected}\n")


def test_a_pdf_of_no_pages_after_a_damaged_one_still_says_no_pages(tmp_path, capsys):
    # PDFium keeps its last error across loads and sets none on a load that works: after a
    # damaged PDF in the same process, pypdfium2 called the empty one "Data format error".
    damaged, empty = tmp_path / "a-kapot.pdf", tmp_path / "b-leeg.pdf"
    damaged.write_bytes(b"%PDF-1.7\n")
    empty.write_bytes(_zero_pages())
    status, _, error = run_cli(["check", "--no-cache", "-j", "1", str(damaged), str(empty)], capsys)
    assert status == 2 and error.splitlines() == [
        f"okot-audit: error: {damaged}: not a readable PDF (damaged or incomplete: Failed to load document "
        "(PDFium: Data format error))",
        f"okot-audit: error: {empty}: {NO_PAGES['en']}",
    ]


def test_a_damaged_pdf_still_says_damaged(tmp_path, capsys):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n")
    status, _, error = run_cli(["check", "--no-cache", str(path)], capsys)
    assert status == 2 and "not a readable PDF (damaged or incomplete:" in error and "no pages" not in error


# --------------------------------------------------------------------------- standard input


def test_standard_input_that_cannot_be_read_is_one_line(monkeypatch, capsys):
    # ``okot-audit check - < somedir``: CPython itself stops before any of okot-audit's code runs
    # ("Fatal Python error: init_sys_streams: <stdin> is a directory", docs/contract.md); where
    # reading stdin fails later, in okot-audit's code, it is one line and status 2.
    class Folder:
        def read(self, *args):
            raise IsADirectoryError(errno.EISDIR, "Is a directory")

    class Stdin:
        buffer = Folder()

    monkeypatch.setattr("sys.stdin", Stdin())
    for command in (["check", "--no-cache", "-"], ["extract", "-"]):
        status, out, error = run_cli(command, capsys)
        assert (status, out, error) == (2, "", "okot-audit: error: cannot read standard input: Is a directory\n")


# --------------------------------------------------------------------------- skipped files, summed up


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED_TEXT.read_bytes())
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "oud.xls").write_bytes(OLE2)
    (folder / "blad.ods").write_bytes(b"PK\x03\x04")
    (folder / "blad2.ods").write_bytes(b"PK\x03\x04")
    return folder


SUMMED = {
    "en": ["1 file skipped as no answer", "3 files skipped: old workbook format (.ods, .xls), not read"],
    "nl": ["1 bestand overgeslagen: geen antwoord",
           "3 bestanden overgeslagen: oud werkmapformaat (.ods, .xls), niet gelezen"],
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_text_summary_tells_old_workbooks_from_files_that_are_no_answer(lang, tmp_path, monkeypatch, capsys):
    # (it said "4 files skipped as no answer" though three were workbooks it does not read)
    monkeypatch.chdir(tmp_path)
    _folder(tmp_path)
    status, out, error = run_cli(["check", "map", "--no-cache", "--lang", lang], capsys)
    see = " (see the notes)" if lang == "en" else " (zie de opmerkingen)"
    assert status == 0 and out.splitlines()[-2:] == [line + see for line in SUMMED[lang]]
    assert error.count("\n") == 4  # (a note per skipped file, as before)


@pytest.mark.parametrize("fmt", ["markdown", "html", "github"])
def test_every_report_format_sums_up_the_skipped_files_by_why(fmt, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _folder(tmp_path)
    status, out, _ = run_cli(["check", "map", "--no-cache", "--format", fmt], capsys)
    assert status == 0
    for line in SUMMED["en"]:
        assert {"markdown": f"- {line}", "html": f'<p class="after-summary">{line}</p>',
                "github": line}[fmt] in out.splitlines()


def test_only_workbooks_skipped_says_no_word_of_no_answer(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "map").mkdir()
    (tmp_path / "map" / "a.txt").write_bytes(SEED_TEXT.read_bytes())
    (tmp_path / "map" / "oud.xls").write_bytes(OLE2)
    _, out, _ = run_cli(["check", "map", "--no-cache"], capsys)
    assert out.splitlines()[-1] == "1 file skipped: old workbook format (.xls), not read (see the notes)"
    assert "as no answer" not in out


@pytest.mark.parametrize("fmt, expected", [
    ("markdown", "- 1 input could not be audited"),
    ("html", '<p class="after-summary">1 input could not be audited</p>'),
])
def test_markdown_and_html_reports_say_an_input_could_not_be_audited(fmt, expected, tmp_path, capsys):
    # (a report written to a file said "1 answer, 3 tables: 0 errors" and nothing of the PDF it
    # could not read: only standard error did)
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.7\n")
    status, out, error = run_cli(["check", "--no-cache", "--format", fmt, str(SEED_TEXT), str(broken)], capsys)
    assert status == 2 and expected in out.splitlines() and "kapot.pdf" in error


def test_the_notes_keep_what_they_are_through_a_pool_of_workers(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _folder(tmp_path)
    _, out, _ = run_cli(["check", "map", "--no-cache", "--jobs", "2"], capsys)
    assert out.splitlines()[-1] == SUMMED["en"][1] + " (see the notes)"


# --------------------------------------------------------------------------- HTML pictures of a table

PAGE = """<html><body>
<h1>Vraag nr. 123 van 4 mei 2021</h1>
<p>{prose}</p>
{picture}
</body></html>
"""


def _html(tmp_path, capsys, picture: str, *extra: str):
    path = tmp_path / "antwoord.html"
    path.write_text(PAGE.format(prose=PROSE, picture=picture), encoding="utf-8")
    status, out, _ = run_cli(["check", "--no-cache", "--format", "json", *extra, str(path)], capsys)
    return status, json.loads(out)["findings"]


@pytest.mark.parametrize("picture, name", [
    ('<svg width="600" height="300"><rect x="0" y="0" width="600" height="300"/></svg>', "svg"),
    ('<svg role="img" aria-label="Tabel 1: gestarte cursisten" viewBox="0 0 600 300"><path d="M0 0h9"/></svg>',
     "Tabel 1: gestarte cursisten"),
    ('<object data="tabel1.png" type="image/png" width="600" height="300"></object>', "tabel1.png"),
    ('<object data="figuren/tabel1.svg"></object>', "figuren/tabel1.svg"),
    ('<embed src="tabel1.jpg">', "tabel1.jpg"),
    ('<embed type="image/png" src="data:image/png;base64,iVBORw0KGgo=">', "data:..."),
    ('<div style="width: 600px; height: 300px; background-image: url(\'tabel1.png\')"></div>', "tabel1.png"),
    ('<p style="background:#fff url(tabel1.gif) no-repeat">&nbsp;</p>', "tabel1.gif"),
    # drawn by the page's style sheet, at the element's class or id
    ('<style>/* tabel */ .kader { border: 0 } div.tabel, .grafiek { width: 600px; height: 300px;\n'
     '  background-image: url("tabel1.png"); }</style><div class="kader tabel"></div>', "tabel1.png"),
    ('<style>@media screen { #bijlage { background: url(tabel1.jpg) } }</style><p id="bijlage"></p>', "tabel1.jpg"),
])
def test_an_html_answer_whose_table_is_another_kind_of_picture_is_unreadable(picture, name, tmp_path, capsys):
    status, findings = _html(tmp_path, capsys, picture)
    assert status == 1
    (finding,) = findings
    line = 4 + picture.count("\n")  # (the picture's line, where its element starts)
    assert (finding["rule"], finding["severity"], finding["line"]) == ("unreadable-table", "error", line)
    assert finding["message"].startswith(f"the page shows an image here ('{name}') and no table was read")


@pytest.mark.parametrize("picture", [
    '<svg viewBox="0 0 24 24"><path d="M0 0h9"/></svg>',  # an icon, drawn at its view box
    '<svg width="16" height="16"><circle r="8"/></svg>',
    '<object data="logo.png" width="40" height="20"></object>',
    # (a document embedded, <object data="bijlage.pdf">, is no picture: tests/test_html23b.py says it)
    '<div style="background-color: #eee; width: 600px">tekst</div>',
    '<div style="width:20px;height:20px;background-image:url(pijl.png)"></div>',
    # an SVG sprite sheet (hidden), a decorative icon without a size (aria-hidden)
    '<svg style="display: none"><symbol id="i"><path d="M0 0h9"/></symbol></svg><svg hidden></svg>',
    '<svg aria-hidden="true" class="icon"><use href="#i"></use></svg>',
    '<style>.icoon { width: 16px; height: 16px; background-image: url(i.png) }</style><span class="icoon"></span>',
    '<style>.ongebruikt { background-image: url(tabel1.png) }</style><div class="kader"></div>',
])
def test_icons_and_things_that_are_no_picture_say_nothing(picture, tmp_path, capsys):
    status, findings = _html(tmp_path, capsys, picture)
    assert (status, findings) == (0, [])


def test_a_drawing_inside_a_drawing_is_one_picture(tmp_path, capsys):
    picture = ('<svg width="600" height="300"><svg x="10" width="290" height="280"><rect width="9" height="9"/>'
               '</svg><svg x="300" width="290" height="280"/></svg>')
    status, findings = _html(tmp_path, capsys, picture)
    assert status == 1 and [(f["rule"], f["line"]) for f in findings] == [("unreadable-table", 4)]


def test_a_picture_beside_a_table_that_was_read_says_nothing(tmp_path, capsys):
    table = ("<table><tr><th>Provincie</th><th>2021</th></tr><tr><td>Antwerpen</td><td>12</td></tr>"
             "<tr><td>Limburg</td><td>7</td></tr><tr><td>Totaal</td><td>19</td></tr></table>")
    picture = '<svg width="600" height="300"><rect width="600" height="300"/></svg>'
    status, findings = _html(tmp_path, capsys, table + picture)
    assert "unreadable-table" not in [f["rule"] for f in findings] and status == 0


# --------------------------------------------------------------------------- a logo is no outlined text


def _emblem(pdf, pieces: int = 48) -> None:
    """A round emblem of `pieces` small wedges around a centre and a few rings inside it: a
    letterhead's logo drawn in many letter-sized pieces, no text."""
    cx, cy = 105.0, 80.0
    for k in range(pieces):
        a = 2 * math.pi * k / pieces
        x, y = cx + 30 * math.cos(a), cy + 30 * math.sin(a)
        pdf.polygon([(x, y), (x + 3 * math.cos(a + 1.2), y + 3 * math.sin(a + 1.2)),
                     (x + 4 * math.cos(a), y + 4 * math.sin(a))], style="F")
    for k in range(6):
        pdf.ellipse(cx - 10 + 3 * k, cy - 6 + 2 * k, 5 + k, 4 + k, style="F")


def test_a_page_with_a_logo_of_many_pieces_says_nothing(tmp_path, capsys):
    # (it was an unreadable-table error: "page 2 holds no text, only drawn shapes the size of letters")
    status, findings = _findings(tmp_path, capsys, "logo.pdf", _answer(_emblem))
    assert (status, findings) == (0, [])


def test_a_logo_beside_an_outlined_table_does_not_hide_it(tmp_path, capsys):
    def both(pdf):
        _emblem(pdf, pieces=24)
        _shapes(pdf, TABLE * 2)

    status, findings = _findings(tmp_path, capsys, "logo-and-table.pdf", _answer(both))
    assert status == 1 and [(f["rule"], f["page"]) for f in findings] == [("unreadable-table", 2)]


FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _glyph_outlines(pdf, lines: list[str], size: float = 10.0) -> None:
    """`lines` as a converter outlines them: each letter's own glyph (fontTools) one filled
    path where the letter stands — round letters below the baseline a little, descenders well
    below it, capitals taller than small letters."""
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = TTFont(str(FONT))
    glyphs, cmap = font.getGlyphSet(), font.getBestCmap()
    scale = size / font["head"].unitsPerEm * 25.4 / 72  # font units → mm

    class Pen(BasePen):
        def __init__(self, path, x, y):
            super().__init__(glyphs)
            self.path, self.x, self.y = path, x, y

        def at(self, point):
            return self.x + point[0] * scale, self.y - point[1] * scale

        def _moveTo(self, p):
            self.path.move_to(*self.at(p))

        def _lineTo(self, p):
            self.path.line_to(*self.at(p))

        def _curveToOne(self, p1, p2, p3):
            self.path.curve_to(*self.at(p1), *self.at(p2), *self.at(p3))

        def _closePath(self):
            self.path.close()

    for row, line in enumerate(lines):
        x, y = 20.0, 40.0 + 6 * row
        for char in line:
            name = cmap[ord(char)]
            if not char.isspace():
                with pdf.new_path() as path:
                    path.style.fill_color = "#000000"
                    path.style.paint_rule = "FILL_NONZERO"
                    glyphs[name].draw(Pen(path, x, y))
            x += glyphs[name].width * scale


@pytest.mark.skipif(not FONT.exists(), reason="needs the DejaVu Sans font for real glyph outlines")
def test_real_glyph_outlines_with_descenders_are_still_a_page_of_outlines(tmp_path, capsys):
    lines = ["Opleiding 2021 2022", "908001: Graduaat orthopedagogie - jaar 1 12 13",
             "908002: Bachelor pedagogie jonge kind 7 9", "Totaal unieke cursisten 19 22"]
    status, findings = _findings(tmp_path, capsys, "glyphs.pdf", _answer(lambda pdf: _glyph_outlines(pdf, lines)))
    assert status == 1 and [(f["rule"], f["page"]) for f in findings] == [("unreadable-table", 2)]


# --------------------------------------------------------------------------- the sweep, for the record


def test_the_sweep_of_session_22_names_a_pdf_of_no_pages_as_such():
    assert INPUTS["zero-pages.pdf"][1] == "the PDF has no pages"


# --------------------------------------------------------------------------- the pre-commit hook's files


def test_the_hook_takes_every_file_a_folder_walk_reads_in_any_case():
    # (the hook left out a staged `.xlsm` annex, a `.csv` answer and `ANTWOORD.PDF`: never checked)
    import re

    import yaml

    from okot_audit.run import ANSWER_SUFFIXES, NOTED_SUFFIXES

    (hook,) = yaml.safe_load((Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text("utf-8"))
    files = re.compile(hook["files"])  # (pre-commit searches each staged path with it)
    for suffix in ANSWER_SUFFIXES:
        for name in (f"antwoorden/a{suffix}", f"ANTWOORD{suffix.upper()}"):
            assert files.search(name), name
    for name in ("a.xls", "a.ods", "a.txt.bak", "a.pdfx", "csv", "a.json"):
        assert not files.search(name), name


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_outlined_text_drawn_turned_on_its_page_is_still_a_page_of_outlines(angle, tmp_path, capsys):
    def turned(pdf):
        with pdf.rotation(angle, x=105, y=148):
            _shapes(pdf, TABLE * 2)

    status, findings = _findings(tmp_path, capsys, f"turned{angle}.pdf", _answer(turned))
    assert status == 1 and [(f["rule"], f["page"]) for f in findings] == [("unreadable-table", 2)]


# --------------------------------------------------------------------------- more odd files, every command

TABLE_HTML = ("<table><tr><th>Provincie</th><th>2021</th></tr><tr><td>Antwerpen</td><td>12</td></tr>"
              "<tr><td>Limburg</td><td>7</td></tr><tr><td>Totaal</td><td>19</td></tr></table>")

#: name → (the file's bytes, what every command gives: "read" (status 0 or 1), "findings"
#: (status 1 for check; extract reads), "skip" (the words of its one error line; a note and
#: status 0 for the hook), or the words of its one error line for every command).
ODD: dict = {
    "empty.html": (lambda: b"", "skip:file is empty"),
    "bom-only.html": (lambda: b"\xef\xbb\xbf", "skip:file is empty"),
    "white-space.html": (lambda: b"  \n\t\r\n", "skip:only white space"),
    "nbsp-only.txt": (lambda: "\u00a0\u2007\u202f\n".encode(), "skip:only white space"),
    "random.pdf": (lambda: bytes((i * 37 + 11) % 256 for i in range(3000)), "named .pdf but no PDF"),
    "text-named.pdf": (lambda: SEED_TEXT.read_bytes(), "read"),
    "pdf-named.txt": (lambda: __import__("test_robust22")._pdf(), "read"),
    "gzip.txt": (lambda: __import__("gzip").compress(SEED_TEXT.read_bytes(), mtime=0), "skip:binary data"),
    # (a NUL inside an answer's text: said at its place by every command, the hook too — a damaged
    # answer, not a binary file to skip: inputs25)
    "nul-inside.txt": (lambda: SEED_TEXT.read_bytes().replace(b"2019", b"20\x0019", 1),
                       "binary data in the text: a NUL byte"),
    "mixed-encodings.txt": (lambda: SEED_TEXT.read_bytes() + "\nVDAB café\n".encode("cp1252"), "read"),
    "huge-word.txt": (lambda: b"x" * 2_000_000 + b"\n", "characters long"),
    "nested-deep.html": (lambda: b"<div>\n" * 20000 + b"x" + b"</div>\n" * 20000, "skip:not an OKOT answer"),
    "frameset.html": (lambda: b'<html><frameset><frame src="a.html"></frameset></html>', "holds no text"),
    "only-a-table.html": (lambda: TABLE_HTML.encode(), "read"),
    "svg-table.html": (lambda: PAGE.format(prose=PROSE, picture='<svg width="600" height="300"></svg>').encode(),
                       "findings"),
    "zero-pages.pdf": (_zero_pages, "the PDF has no pages"),
}

ODD_COMMANDS = {
    "check": ["check", "--no-cache"],
    "sarif": ["check", "--no-cache", "--format", "sarif"],
    "hook": ["check", "--no-cache", "--skip-non-answers"],
    "csv": ["extract"],
    "json": ["extract", "--format", "json"],
    "parquet": ["extract", "--format", "parquet", "-o", "{tmp}/cells.parquet"],
}


@pytest.mark.parametrize("command", ODD_COMMANDS)
@pytest.mark.parametrize("name", ODD)
def test_more_odd_files_through_every_command(name, command, tmp_path, capsys):
    if command == "parquet":
        pytest.importorskip("pyarrow", reason="parquet needs pyarrow")
    path = tmp_path / name
    path.write_bytes(ODD[name][0]())
    expected = ODD[name][1]
    args = [arg.format(tmp=tmp_path) for arg in ODD_COMMANDS[command]]
    status, out, error = run_cli([*args, str(path)], capsys)
    assert "Traceback" not in error and "internal error" not in error, error
    if expected == "read":
        assert status in (0, 1) and error == "", error
        return
    if expected == "findings":  # (extract names the table it could not read on standard error)
        assert status == 1, (out, error)
        assert error == "" if command in ("check", "sarif", "hook") else \
            error.startswith(f"okot-audit: error: {path}:") and "could not be read" in error, error
        return
    words = expected.removeprefix("skip:")
    if expected.startswith("skip:") and command == "hook":
        assert status == 0 and error.startswith(f"okot-audit: note: {path}: skipped: ") and words in error, error
        return
    assert status == 2 and out == "", (out, error)
    assert error.count("\n") == 1 and error.startswith(f"okot-audit: error: {path}") and words in error, error
