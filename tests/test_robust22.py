"""Hostile and odd inputs of every form, swept through `check` and `extract` (session 22): each
input is read, or refused with one line that names the file and exit status 2 — never a
traceback, "internal error" or a clean pass over figures nobody read. Inputs that only dress the
same answer differently (a turned page, text in a form XObject, an owner password, CR line ends,
UTF-16, years as real Excel dates) give the same cells as the plain one.

Also: SARIF's ``artifact.encoding`` is an IANA character set name (SARIF 2.1.0 §3.24.9), absent
for a PDF or a workbook (no text artifact) and for text read in two encodings at once."""

from __future__ import annotations

import csv
import datetime
import io
import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pytest

from clitools import zipped
from okot_audit import cli
from okot_audit.report.sarif import artifact_encoding

pytest.importorskip("fpdf", reason="the PDF inputs need fpdf2 (pip install '.[test]')")
pytest.importorskip("openpyxl", reason="the .xlsx inputs need openpyxl")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = "000_699ad5193617b98e"  # three tables by year, a partial 2022


# --------------------------------------------------------------------------- the inputs


@lru_cache(maxsize=None)
def _pdf() -> bytes:
    from generate.pdf import seed_document, write_pdf

    return write_pdf(seed_document(SEED))


@lru_cache(maxsize=None)
def _xlsx() -> bytes:
    from generate.pdf import seed_document
    from generate.xlsx import write_xlsx

    return write_xlsx(seed_document(SEED))[0]


def _text() -> str:
    return (SEEDS / f"{SEED}.txt").read_text(encoding="utf-8")


def _rewritten(change: Callable) -> bytes:
    """The seed's PDF, every page put through `change(writer, page)` by pypdf."""
    import pypdf

    writer = pypdf.PdfWriter()
    for page in pypdf.PdfReader(io.BytesIO(_pdf())).pages:
        writer.add_page(page)
    for page in writer.pages:
        change(writer, page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _encrypted(user: str, algorithm: str) -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(_pdf())))
    writer.encrypt(user_password=user, owner_password="eigenaar", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _in_form_xobject(writer, page) -> None:
    """The page's content moved into a form XObject that the page only draws (``/Fm1 Do``)."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    form = DecodedStreamObject()
    form.set_data(page.get_contents().get_data())
    form.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                 NameObject("/BBox"): ArrayObject([FloatObject(x) for x in page.mediabox]),
                 NameObject("/Resources"): page["/Resources"]})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Fm1"): writer._add_object(form)})})
    draw = DecodedStreamObject()
    draw.set_data(b"q /Fm1 Do Q")
    page[NameObject("/Contents")] = writer._add_object(draw)


def _damaged_page(number: int) -> bytes:
    """The seed's PDF with page `number`'s content stream made bytes Flate cannot decompress."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(_pdf())))
    writer.pages[number - 1]["/Contents"].get_object()._data = b"x\x9c" + b"\x00garbage" * 50
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _blank_page_added() -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(_pdf())))
    writer.add_blank_page()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _picture() -> bytes:
    """A PNG of a small table: figures a reader of text cannot see."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (400, 300), "white")
    ImageDraw.Draw(image).text((10, 10), "908001  12  13\nTotaal  123  456", fill="black")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


PROSE = ("Vraag nr. 123 van 4 mei 2021 aan de minister van Werk over het aantal gestarte cursisten in een "
         "opleiding via OKOT (VDAB), per jaar. Antwoord: zie de tabel hieronder.")


def _prose_pdf(picture_on: int | None, pages: int = 1) -> bytes:
    """A PDF of `pages` pages, the prose on the first, a caption on the others, and the picture of
    a table on page `picture_on` (a page with text: no scanned page)."""
    from fpdf import FPDF

    pdf = FPDF()
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, PROSE if number == 1 else f"Tabel {number - 1}: gestarte cursisten per jaar")
        if number == picture_on:
            pdf.image(io.BytesIO(_picture()), x=10, y=60, w=150)
    return bytes(pdf.output())


def _on_letterhead() -> bytes:
    """The prose printed over a page-wide image (a letterhead, the page's background)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(_picture()), x=0, y=0, w=210, h=297)
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, PROSE)
    return bytes(pdf.output())


def _image_only() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(_picture()), x=10, y=10, w=150)
    return bytes(pdf.output())


def _zero_pages() -> bytes:
    import pypdf

    out = io.BytesIO()
    pypdf.PdfWriter().write(out)
    return out.getvalue()


def _workbook(change: Callable) -> bytes:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(_xlsx()))
    change(book)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _figures(book) -> list:
    return [cell for row in book.worksheets[0].iter_rows() for cell in row
            if isinstance(cell.value, int) and not isinstance(cell.value, bool)]


def _years_as_dates(number_format: str) -> Callable:
    def change(book) -> None:
        for row in book.worksheets[0].iter_rows():
            for cell in row:
                value = cell.value
                value = int(value) if isinstance(value, str) and value.strip().isdigit() else value
                if isinstance(value, int) and 2010 <= value <= 2030 and cell.column > 1:
                    cell.value = datetime.datetime(value, 1, 1)  # a real Excel date, shown as its year
                    cell.number_format = number_format
    return change


def _formulas(book) -> None:  # openpyxl saves formulas without a cached value, as a script does
    for cell in _figures(book):
        cell.value = f"={cell.value}+0"


def _errors_saved(book) -> None:
    _figures(book)[0].value = "#DIV/0!"


def _odd_figures(book) -> None:
    figures = _figures(book)
    figures[0].value, figures[1].value, figures[2].value = -5, 3.5, 10 ** 30


def _merged_caption(book) -> None:
    sheet = book.worksheets[0]
    sheet.insert_rows(1)
    sheet["A1"] = "Aantal cursisten OKOT"
    sheet.merge_cells("A1:F1")


def _chartsheet_first(book) -> None:
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.add_data(Reference(book.worksheets[0], min_col=2, min_row=1, max_row=5))
    book.create_chartsheet("Grafiek", 0).add_chart(chart)


OLE2 = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(1000)
ODS = {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>"}

#: name → (the file's bytes, what the sweep expects: "same" as the plain answer of its form,
#: "read" (status 0 or 1), "findings" (status 1: never clean), or the words its one error line says).
INPUTS: dict[str, tuple[Callable[[], bytes], str]] = {
    # PDF
    "turned90.pdf": (lambda: _rewritten(lambda w, p: p.rotate(90)), "same"),
    "turned270.pdf": (lambda: _rewritten(lambda w, p: p.rotate(270)), "same"),
    "form-xobject.pdf": (lambda: _rewritten(_in_form_xobject), "same"),
    "owner-password.pdf": (lambda: _encrypted("", "AES-128"), "same"),
    "owner-password-rc4.pdf": (lambda: _encrypted("", "RC4-128"), "same"),
    "blank-page-added.pdf": (_blank_page_added, "same"),
    "damaged-page.pdf": (lambda: _damaged_page(2), "findings"),
    "user-password.pdf": (lambda: _encrypted("geheim", "AES-256"), "encrypted"),
    "truncated.pdf": (lambda: _pdf()[: len(_pdf()) // 2], "not a readable PDF"),
    "header-only.pdf": (lambda: b"%PDF-1.7\n", "not a readable PDF"),
    "zero-pages.pdf": (_zero_pages, "the PDF has no pages"),
    "images-only.pdf": (_image_only, "no text layer"),
    "prose-and-a-pictured-table.pdf": (lambda: _prose_pdf(1), "findings"),
    "prose-then-a-pictured-page.pdf": (lambda: _prose_pdf(2, pages=2), "findings"),
    "prose-only.pdf": (lambda: _prose_pdf(None), "read"),
    "png-named.pdf": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(50), "no PDF"),
    # workbooks
    "years-as-dates.xlsx": (lambda: _workbook(_years_as_dates("yyyy")), "same"),
    "merged-caption.xlsx": (lambda: _workbook(_merged_caption), "same"),
    "chartsheet-first.xlsx": (lambda: _workbook(_chartsheet_first), "same"),
    "formulas-without-values.xlsx": (lambda: _workbook(_formulas), "findings"),  # (said at their cells: grids24)
    "error-saved.xlsx": (lambda: _workbook(_errors_saved), "instead of a figure"),
    "negative-decimal-huge.xlsx": (lambda: _workbook(_odd_figures), "findings"),
    "really-xls.xlsx": (lambda: OLE2, "old Excel (.xls)"),
    "old.xls": (lambda: OLE2, "old Excel (.xls)"),
    "really-ods.xlsx": (lambda: zipped(ODS), "not an Excel workbook"),
    "sheet.ods": (lambda: zipped(ODS), "not an Excel workbook"),
    "zip-of-text.xlsx": (lambda: zipped({"lees.txt": "2020 2021 908001 5 6"}), "not an Excel workbook"),
    "truncated.xlsx": (lambda: _xlsx()[: len(_xlsx()) // 2], "damaged or incomplete zip"),
    "empty.xlsx": (lambda: b"", "it is empty"),
    # text
    "utf16-bom.txt": (lambda: _text().encode("utf-16"), "same"),
    "utf16be-bom.txt": (lambda: b"\xfe\xff" + _text().encode("utf-16-be"), "same"),
    "utf32-bom.txt": (lambda: _text().encode("utf-32"), "same"),
    "cr-only.txt": (lambda: _text().replace("\n", "\r").encode(), "same"),
    "crlf.txt": (lambda: _text().replace("\n", "\r\n").encode(), "same"),
    "utf16-bom.csv": (lambda: "Opleiding;2020;2021\n908001 Educatieve bachelor;10;12\nTotaal;10;12\n"
                      .encode("utf-16"), "read"),
    "nul-bytes.txt": (lambda: _text().encode().replace(b"\n", b"\n\0", 2), "binary data in the text: a NUL byte"),
    "nul-bytes.csv": (lambda: b"Opleiding;\x002020\n908001 x;\x005\n", "binary data (NUL byte)"),
    "long-line.txt": (lambda: _text().encode() + b"9 " * 1_500_000 + b"\n", "characters long"),
    "only-numbers.txt": (lambda: "\n".join(" ".join(str(i * j) for j in range(5)) for i in range(50)).encode(),
                         "not an OKOT answer"),
    "empty.txt": (lambda: b"", "file is empty"),
    "bom-only.txt": (lambda: b"\xef\xbb\xbf", "file is empty"),
    "form-feeds.txt": (lambda: b"\f\f\n\f", "only white space"),
    "script-only.html": (lambda: b"<html><script>var a = '2020 908001 5';</script></html>", "holds no text"),
}

#: The "same" inputs whose tables stand lower than the plain answer's: by how many lines.
SHIFTED = {"merged-caption.xlsx": 1}

#: The plain answer each form's "same" inputs must read as.
PLAIN = {".pdf": ("plain.pdf", _pdf), ".xlsx": ("plain.xlsx", _xlsx), ".txt": ("plain.txt", lambda: _text().encode())}

COMMANDS = {
    "check": ["check", "--no-cache"],
    "check-sarif": ["check", "--no-cache", "--format", "sarif"],
    "extract": ["extract"],
    "extract-json": ["extract", "--format", "json"],
}


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    """`okot-audit ARGS` in this process: the exit status, stdout and stderr."""
    with pytest.raises(SystemExit) as ended:
        cli.main(args)
    captured = capsys.readouterr()
    return ended.value.code, captured.out, captured.err


def _write(folder: Path, name: str) -> Path:
    make = INPUTS[name][0] if name in INPUTS else next(m for n, m in PLAIN.values() if n == name)
    path = folder / name
    path.write_bytes(make())
    return path


def _cells(out: str, shift: int = 0) -> list[list[str]]:
    """The extracted cells without their path, each line `shift` lines up."""
    rows = [row[1:] for row in csv.reader(io.StringIO(out))]
    line = rows[0].index("line")
    return rows[:1] + [[*row[:line], str(int(row[line]) - shift), *row[line + 1:]] for row in rows[1:]]


# --------------------------------------------------------------------------- the sweep


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", INPUTS)
def test_every_odd_input_is_read_or_one_line_naming_it(name, command, tmp_path, capsys):
    path = _write(tmp_path, name)
    expected = INPUTS[name][1]
    status, out, error = run_cli([*COMMANDS[command], str(path)], capsys)
    assert "Traceback" not in error and "internal error" not in error, error
    if expected in ("same", "read", "findings"):
        assert status in (0, 1), error
        assert all(line.startswith(f"okot-audit: error: {path}:") for line in error.splitlines()), error
        if expected == "findings":
            assert status == 1, (out, error)  # figures nobody read: never a clean pass
        return
    assert status == 2 and out == ""
    assert error.count("\n") == 1 and error.startswith(f"okot-audit: error: {path}") and expected in error, error


@pytest.mark.parametrize("name", [name for name, (_, expected) in INPUTS.items() if expected == "same"])
def test_an_answer_dressed_differently_gives_the_plain_answers_cells(name, tmp_path, capsys):
    plain = _write(tmp_path, PLAIN[Path(name).suffix][0])
    dressed = _write(tmp_path, name)
    _, expected, _ = run_cli(["extract", str(plain)], capsys)
    status, out, error = run_cli(["extract", str(dressed)], capsys)
    assert status == 0 and error == ""
    shift = SHIFTED.get(name, 0)
    assert _cells(out, shift) == _cells(expected) and len(_cells(out)) > 50


# --------------------------------------------------------------------------- a table as a picture


def test_a_table_pasted_as_a_picture_below_its_prose_is_an_error_on_its_page(tmp_path, capsys):
    # The page holds text (the question and "zie de tabel hieronder") and the table as an image:
    # no table was read, and the report said "0 errors" — a clean pass over figures nobody read.
    path = _write(tmp_path, "prose-and-a-pictured-table.pdf")
    status, out, _ = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    assert status == 1
    (finding,) = json.loads(out)["findings"]
    assert (finding["rule"], finding["severity"], finding["line"], finding["page"]) == \
        ("unreadable-table", "error", 1, 1)
    assert finding["message"].startswith("page 1 holds an image over a good part of it and no table was read")
    status, out, _ = run_cli(["check", "--no-cache", "--lang", "nl", str(path)], capsys)
    assert "pagina 1 bevat een afbeelding over een groot deel ervan" in out


def test_a_picture_on_a_later_page_is_named_at_its_page(tmp_path, capsys):
    path = _write(tmp_path, "prose-then-a-pictured-page.pdf")
    status, out, _ = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    (finding,) = json.loads(out)["findings"]
    assert status == 1 and finding["page"] == 2 and finding["message"].startswith("page 2 holds an image")


def test_a_picture_beside_tables_that_were_read_says_nothing(tmp_path, capsys):
    # A chart next to the tables it draws is no table left unread: only an answer of which no
    # table was read is told that its picture may be one.
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(_pdf())))
    writer.append(pypdf.PdfReader(io.BytesIO(_prose_pdf(1))))
    out = io.BytesIO()
    writer.write(out)
    path = tmp_path / "tables-and-a-chart.pdf"
    path.write_bytes(out.getvalue())
    plain = _write(tmp_path, "plain.pdf")
    _, with_chart, _ = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    _, without, _ = run_cli(["check", "--no-cache", "--format", "json", str(plain)], capsys)
    rules = [f["rule"] for f in json.loads(with_chart)["findings"]]
    assert "unreadable-table" not in rules
    assert rules == [f["rule"] for f in json.loads(without)["findings"]]


def test_text_over_a_page_wide_image_is_a_letterhead_not_a_pictured_table(tmp_path, capsys):
    path = tmp_path / "letterhead.pdf"
    path.write_bytes(_on_letterhead())
    status, out, error = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    assert (status, error) == (0, "")
    assert json.loads(out)["findings"] == [] and json.loads(out)["documents"][0]["tables"] == []


# --------------------------------------------------------------------------- a page PDFium cannot decode


def test_a_page_whose_content_cannot_be_decompressed_is_an_error_at_the_page(tmp_path, capsys):
    # PDFium reads a content stream it cannot decode as an empty page: the table on page 2 was
    # lost without a word, and the answer passed with the two tables left.
    path = _write(tmp_path, "damaged-page.pdf")
    status, out, _ = run_cli(["check", "--no-cache", "--format", "json", str(path)], capsys)
    unread = [f for f in json.loads(out)["findings"] if f["rule"] == "unreadable-table"]
    assert status == 1 and [(f["severity"], f["page"]) for f in unread] == [("error", 2)]
    assert unread[0]["message"].startswith("page 2 draws nothing, and a part of the PDF cannot be decompressed")
    _, out, _ = run_cli(["check", "--no-cache", "--lang", "nl", str(path)], capsys)
    assert "pagina 2 toont niets, en een deel van de PDF kan niet uitgepakt worden" in out


# --------------------------------------------------------------------------- SARIF: the artifact's encoding


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", {"encoding": "UTF-8"}),
    ("utf-8-sig", {"encoding": "UTF-8"}),
    ("utf-16", {"encoding": "UTF-16"}),
    ("utf-16-le", {"encoding": "UTF-16LE"}),
    ("utf-16-be", {"encoding": "UTF-16BE"}),
    ("utf-32", {"encoding": "UTF-32"}),
    ("cp1252", {"encoding": "windows-1252"}),
    ("utf-8+cp1252", {"properties": {"encodings": ["UTF-8", "windows-1252"]}}),
    ("pdf", {}),
    ("xlsx", {}),
    ("str", {}),
    ("", {}),
])
def test_the_artifacts_encoding_is_an_iana_name_or_absent(encoding, expected):
    assert artifact_encoding(encoding) == expected


@pytest.mark.parametrize("name, data, expected", [
    ("utf16.txt", lambda: _text().encode("utf-16"), {"encoding": "UTF-16"}),
    ("bom.txt", lambda: b"\xef\xbb\xbf" + _text().encode(), {"encoding": "UTF-8"}),
    ("ansi.txt", lambda: (_text() + "\nVDAB café\n").encode("cp1252"), {"encoding": "windows-1252"}),
    ("mixed.txt", lambda: "Vraag over de geïnde premies\n".encode() + _text().encode() + "\nVDAB café\n".encode("cp1252"),
     {"properties": {"encodings": ["UTF-8", "windows-1252"]}}),
    ("answer.pdf", _pdf, {}),
    ("annex.xlsx", _xlsx, {}),
])
def test_sarif_names_each_answers_character_set_as_iana_does(name, data, expected, tmp_path, capsys):
    path = tmp_path / name
    path.write_bytes(data())
    status, out, error = run_cli(["check", "--no-cache", "--format", "sarif", str(path)], capsys)
    assert status in (0, 1), error
    (artifact,) = [a for a in json.loads(out)["runs"][0]["artifacts"] if a["location"]["uri"].endswith(name)]
    assert {k: v for k, v in artifact.items() if k in ("encoding", "properties")} == expected
