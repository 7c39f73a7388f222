"""Bad and odd inputs (session 25): every one ends with one clear line on stderr that names the
file (and line), a contract exit status (2 when nothing could be audited), no traceback — and
never a silent pass: a damaged answer is refused, not skipped as "no answer" nor read with a
figure lost. The command line runs in this process (fast), the pre-commit hook's entry as the
installed console script."""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest

from clitools import SEED_PROVINCES, SEED_YEARS, err, okot, zipped
from okot_audit import cli
from okot_audit.source import InputError

#: The 2018 total of seed 000's started table (line 107) and its rows' sum.
TOTAL_LINE = "Totaal 439 834 1472 1480"


def run(args: list[str], capsys, cwd: Path, monkeypatch, stdin: bytes | None = None) -> tuple[int, str, str]:
    """`okot-audit ARGS` in this process, in `cwd`: the exit status, stdout and stderr."""
    monkeypatch.chdir(cwd)
    for name in [n for n in os.environ if n.startswith("OKOT_AUDIT")]:
        monkeypatch.delenv(name)
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    with pytest.raises(SystemExit) as ended:
        cli.main(args)
    captured = capsys.readouterr()
    return ended.value.code, captured.out, captured.err


def one_error_line(stderr: str, *words: str) -> str:
    """The one line of `stderr` (no traceback), with each of `words` in it."""
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def cells(args: list[str], capsys, cwd: Path, monkeypatch) -> tuple[int, list[list[str]], list[str]]:
    """What `extract ARGS` gives, the file's name left out: its status, the tidy cells and the
    lines on stderr (the rows and tables it could not read)."""
    status, out, error = run(["extract", *args], capsys, cwd, monkeypatch)
    assert status in (0, 1) and "Traceback" not in error, error
    return status, [line.split(",")[1:] for line in out.splitlines()], [
        line.replace(args[-1], "FILE") for line in error.splitlines()]


def seed_text() -> str:
    return SEED_YEARS.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- PDFs


def _answer_pdf() -> bytes:
    """Seed 002 (one column of counts, by province) as a PDF (Courier: the lines as printed)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Courier", size=7)
    pdf.add_page()
    for line in SEED_PROVINCES.read_text(encoding="utf-8").splitlines():
        pdf.cell(0, 3, line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _rewritten(data: bytes, change) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _image_only_pdf(tmp_path: Path) -> bytes:
    from fpdf import FPDF
    from PIL import Image

    Image.new("RGB", (400, 300), (90, 90, 90)).save(tmp_path / "scan.png")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(tmp_path / "scan.png"), x=10, y=10, w=190)
    return bytes(pdf.output())


def _blank_pages(count: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(count):
        writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _spaces_pdf() -> bytes:
    """A text layer of spaces only: characters on the page, no word and no figure."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Courier", size=10)
    pdf.add_page()
    for row in range(20):
        pdf.text(20, 20 + 6 * row, " " * 40)
    return bytes(pdf.output())


def _one_page_named(times: int) -> bytes:
    """A small PDF whose page tree names its one page `times` times: as many pages to a reader."""
    content = b"BT /F1 12 Tf 72 700 Td (VDAB OKOT 2020 2021) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join([b"3 0 R"] * times) + b"] /Count %d >>" % times,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    return bytes(out)


PDF_REFUSED = {
    "page-bomb.pdf": (lambda tmp: _one_page_named(20_000), "the PDF has 20,000 pages; an answer has a few (limit 2,000)"),
    "truncated.pdf": (lambda tmp: _answer_pdf()[: len(_answer_pdf()) // 2], "not a readable PDF (damaged or incomplete"),
    "head-only.pdf": (lambda tmp: _answer_pdf()[:200], "not a readable PDF"),
    "encrypted.pdf": (lambda tmp: _rewritten(_answer_pdf(), lambda w: w.encrypt("geheim")),
                      "the PDF is encrypted (password-protected)"),
    "image-only.pdf": (_image_only_pdf, "the PDF has no text layer (a scanned PDF?)"),
    "zero-pages.pdf": (lambda tmp: _blank_pages(0), "the PDF has no pages"),
    "blank-pages.pdf": (lambda tmp: _blank_pages(300), "the PDF's pages hold neither text nor images"),
    "spaces.pdf": (lambda tmp: _spaces_pdf(), "the PDF's text layer holds only white space"),
}


@pytest.mark.parametrize("name", sorted(PDF_REFUSED))
def test_a_pdf_that_cannot_be_read_is_one_line_and_status_2(name, tmp_path, capsys, monkeypatch):
    make, words = PDF_REFUSED[name]
    (tmp_path / name).write_bytes(make(tmp_path))
    for command in (["check", "--no-cache"], ["extract"], ["extract", "--format", "json"]):
        status, out, error = run([*command, name], capsys, tmp_path, monkeypatch)
        assert status == 2, (command, error)
        one_error_line(error, f"{name}: ", words)


def test_a_text_layer_of_spaces_is_not_called_a_scan(tmp_path, capsys, monkeypatch):
    # It was "the PDF has no text layer (a scanned PDF?) … or the text after OCR": there is no
    # image to OCR, the text layer is there and holds spaces only.
    (tmp_path / "spaces.pdf").write_bytes(_spaces_pdf())
    status, _, error = run(["check", "--no-cache", "spaces.pdf"], capsys, tmp_path, monkeypatch)
    assert status == 2
    line = one_error_line(error, "spaces.pdf: the PDF's text layer holds only white space: no word and no figure")
    assert "scan" not in line and "OCR" not in line
    status, _, error = run(["check", "--no-cache", "--lang", "nl", "spaces.pdf"], capsys, tmp_path, monkeypatch)
    one_error_line(error, "okot-audit: fout: spaces.pdf: de tekstlaag van de PDF bevat alleen witruimte")


def test_encrypted_with_an_empty_password_and_rotated_pages_read_as_the_plain_pdf(tmp_path, capsys, monkeypatch):
    plain = _answer_pdf()
    (tmp_path / "plain.pdf").write_bytes(plain)
    (tmp_path / "open.pdf").write_bytes(_rewritten(plain, lambda w: w.encrypt("", "eigenaar")))

    def turn(writer):
        for page in writer.pages:
            page.rotate(90)

    (tmp_path / "turned.pdf").write_bytes(_rewritten(plain, turn))
    expected = cells(["plain.pdf"], capsys, tmp_path, monkeypatch)
    assert len(expected[1]) > 50
    assert cells(["open.pdf"], capsys, tmp_path, monkeypatch) == expected
    assert cells(["turned.pdf"], capsys, tmp_path, monkeypatch) == expected


# --------------------------------------------------------------------------- workbooks


def _chart_only_workbook() -> bytes:
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for year, count in ((2020, 12), (2021, 14), (2022, 17)):
        sheet.append([year, count])
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=3))
    workbook.create_chartsheet("Grafiek").add_chart(chart)
    workbook.remove(sheet)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


WORKBOOKS_REFUSED = {
    "notes.xlsx": (lambda: zipped({"lees-mij.txt": "OKOT 2020 908001 5"}),
                   "a zip archive that is not an Excel workbook (.xlsx)"),
    "letter.xlsx": (lambda: zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"}),
                    "a zip archive that is not an Excel workbook (.xlsx)"),
    "chart.xlsx": (_chart_only_workbook, "the workbook holds no cells with text or numbers, only chart sheets "
                   "('Grafiek'); okot-audit reads tables, not charts"),
}


@pytest.mark.parametrize("name", sorted(WORKBOOKS_REFUSED))
def test_a_workbook_that_is_none_or_holds_only_a_chart_is_one_line(name, tmp_path, capsys, monkeypatch):
    make, words = WORKBOOKS_REFUSED[name]
    (tmp_path / name).write_bytes(make())
    for command in (["check", "--no-cache"], ["check", "--no-cache", "--skip-non-answers"], ["extract"]):
        status, _, error = run([*command, name], capsys, tmp_path, monkeypatch)
        assert status == 2, (command, error)
        one_error_line(error, f"{name}: {words}")


def test_a_chart_only_workbook_is_said_in_dutch(tmp_path, capsys, monkeypatch):
    (tmp_path / "chart.xlsx").write_bytes(_chart_only_workbook())
    _, _, error = run(["check", "--no-cache", "--lang", "nl", "chart.xlsx"], capsys, tmp_path, monkeypatch)
    one_error_line(error, "okot-audit: fout: chart.xlsx: de werkmap bevat geen cellen met tekst of getallen, "
                   "alleen grafiekbladen ('Grafiek')")


# --------------------------------------------------------------------------- texts


def test_utf16_with_bom_and_mac_line_ends_read_as_the_utf8_text(tmp_path, capsys, monkeypatch):
    text = seed_text()
    (tmp_path / "plain.txt").write_text(text, encoding="utf-8")
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "mac.txt").write_bytes(text.replace("\n", "\r").encode("utf-8"))
    expected = cells(["plain.txt"], capsys, tmp_path, monkeypatch)
    assert expected[0] == 0 and len(expected[1]) > 100
    assert cells(["utf16.txt"], capsys, tmp_path, monkeypatch) == expected
    assert cells(["mac.txt"], capsys, tmp_path, monkeypatch) == expected


def _with(text: str, character: str) -> str:
    """`text` with `character` inside the 2018 total's figure (``Totaal 4?39``)."""
    assert text.count(TOTAL_LINE) == 1
    return text.replace(TOTAL_LINE, TOTAL_LINE.replace("439", "4" + character + "39"))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_an_answer_with_a_nul_byte_is_refused_at_its_line_never_skipped(encoding, tmp_path, capsys, monkeypatch):
    # A NUL byte in an answer's text made it "binary data (NUL byte)": refused when named, but a
    # folder walk and the pre-commit hook skipped it as no answer (exit 0, the commit passed); in
    # UTF-8 with a BOM or UTF-16 the NUL was read as a control character and the figure 4␀39 of
    # the 2018 total became a word of its label: the total was lost without a word.
    (tmp_path / "answers").mkdir()
    (tmp_path / "answers" / "answer.txt").write_bytes(_with(seed_text(), "\x00").encode(encoding))
    (tmp_path / "answers" / "other.txt").write_text(SEED_PROVINCES.read_text(encoding="utf-8"), encoding="utf-8")
    words = ("answers/answer.txt:107: binary data in the text: a NUL byte (column 9); the file is damaged, or no "
             "text; save the answer again as text")
    for command in (["check", "--no-cache", "answers/answer.txt"], ["check", "--no-cache", "answers"],
                    ["check", "--no-cache", "--skip-non-answers", "answers/answer.txt"],
                    ["extract", "answers/answer.txt"], ["extract", "--skip-non-answers", "answers"]):
        status, out, error = run(command, capsys, tmp_path, monkeypatch)
        assert status == 2, (command, error)
        one_error_line(error, words)
        assert "skipped" not in out + error
    _, _, error = run(["check", "--no-cache", "--lang", "nl", "answers/answer.txt"], capsys, tmp_path, monkeypatch)
    one_error_line(error, "okot-audit: fout: answers/answer.txt:107: binaire gegevens in de tekst: een NUL-byte "
                   "(kolom 9)")


def test_a_file_of_binary_data_or_notes_with_a_nul_is_still_skipped_as_no_answer(tmp_path, capsys, monkeypatch):
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02 binary" * 10)
    (tmp_path / "notes.txt").write_bytes(b"Notities\nzie \x00 verder\n" + b"Notities bij de vergadering\n" * 20)
    (tmp_path / "answer.txt").write_text(SEED_PROVINCES.read_text(encoding="utf-8"), encoding="utf-8")
    status, out, error = run(["check", "--no-cache", "-q", "--skip-non-answers", "blob.txt", "notes.txt", "answer.txt"],
                             capsys, tmp_path, monkeypatch)
    assert status == 0, error
    assert "Traceback" not in error
    assert error.splitlines() == [
        "okot-audit: note: blob.txt: skipped: binary data (NUL byte); expected the text of an answer",
        "okot-audit: note: notes.txt: skipped: not an OKOT answer: no table of training codes and no mention of "
        "OKOT or VDAB; binary data in the text: a NUL byte (column 5); the file is damaged, or no text; save the "
        "answer again as text",
    ]
    assert "1 answer, 1 table" in out


@pytest.mark.parametrize("character", ["\x01", "\x1a", "\x0b"])
def test_a_control_character_inside_a_figure_never_hides_it_in_a_label(character, tmp_path, capsys, monkeypatch):
    # "Totaal 4\x0139 834 1472 1480" read the label "Totaal 4\x0139" and three totals: the 2018
    # total was lost and the check passed (exit 0). The character now parts the figure's digits
    # as a space would: more figures than periods, said at the line.
    (tmp_path / "answer.txt").write_text(_with(seed_text(), character), encoding="utf-8")
    status, out, error = run(["check", "--no-cache", "--format", "json", "answer.txt"], capsys, tmp_path, monkeypatch)
    assert status == 1, error
    import json

    report = json.loads(out)
    at_total = [f for f in report["findings"] if f["line"] == 107 and f["severity"] == "error"]
    assert at_total, report["findings"]
    labels = {f["label"] for f in report["findings"] if f["label"]}
    assert not any(character in label or "4 39" in label for label in labels)


def test_a_control_character_beside_a_space_or_between_words_keeps_the_reading(tmp_path, capsys, monkeypatch):
    text = seed_text()
    (tmp_path / "plain.txt").write_text(text, encoding="utf-8")
    marked = text.replace(TOTAL_LINE, TOTAL_LINE.replace(" 834", " \x1a834").replace("Totaal ", "Totaal\x07"))
    (tmp_path / "marked.txt").write_text(marked + "\x1a", encoding="utf-8")  # (a DOS end-of-file mark)
    plain = cells(["plain.txt"], capsys, tmp_path, monkeypatch)
    assert cells(["marked.txt"], capsys, tmp_path, monkeypatch) == plain


def test_a_50_mb_text_of_one_line_and_a_long_line_are_refused(tmp_path, capsys, monkeypatch):
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.write(b"1 " * (25 * 1024 * 1024))
    status, _, error = run(["check", "--no-cache", "huge.txt"], capsys, tmp_path, monkeypatch)
    assert status == 2
    one_error_line(error, "huge.txt: file is 52,428,800 bytes; an answer is far smaller")
    (tmp_path / "long.txt").write_text(seed_text() + "9 " * 100_000 + "\n", encoding="utf-8")
    status, _, error = run(["check", "--no-cache", "long.txt"], capsys, tmp_path, monkeypatch)
    assert status == 2
    one_error_line(error, "long.txt:247: line is 200,000 characters long; not the text of an answer")


def test_a_text_of_millions_of_lines_or_form_feed_pages_is_refused_at_once(tmp_path, capsys, monkeypatch):
    # 9 MB of "\f1\n" (three million pages of one figure) took minutes and a gigabyte to read.
    from okot_audit.source import MAX_LINES

    (tmp_path / "pages.txt").write_text("VDAB OKOT\n" + "\f1\n" * MAX_LINES, encoding="utf-8")
    (tmp_path / "rows.txt").write_text("VDAB OKOT 2020 2021\n" + "908001 x 1 2\n" * MAX_LINES, encoding="utf-8")
    for name in ("pages.txt", "rows.txt"):
        status, _, error = run(["check", "--no-cache", name], capsys, tmp_path, monkeypatch)
        assert status == 2
        one_error_line(error, f"{name}: the text has 200,001 lines; an answer has far fewer (limit 200,000)")
    _, _, error = run(["check", "--no-cache", "--lang", "nl", "-"], capsys, tmp_path, monkeypatch,
                      stdin=(tmp_path / "pages.txt").read_bytes())
    one_error_line(error, "okot-audit: fout: <stdin>: de tekst heeft 200,001 regels; een antwoord heeft er veel "
                   "minder (grens 200,000)")


# --------------------------------------------------------------------------- paths


def test_a_folder_with_a_loop_of_links_is_walked_once_and_a_loop_named_is_one_line(tmp_path, capsys, monkeypatch):
    (tmp_path / "answers" / "sub").mkdir(parents=True)
    (tmp_path / "answers" / "answer.txt").write_text(seed_text(), encoding="utf-8")
    os.symlink("../..", tmp_path / "answers" / "sub" / "up")
    os.symlink("self", tmp_path / "self")
    status, out, error = run(["check", "--no-cache", "answers"], capsys, tmp_path, monkeypatch)
    assert status == 0, error
    assert "1 answer, 3 tables" in out
    status, _, error = run(["check", "--no-cache", "self"], capsys, tmp_path, monkeypatch)
    assert status == 2
    one_error_line(error, "self: a loop of symbolic links that leads to no file")


def test_odd_file_names_are_named_in_the_text_report_as_on_stderr(tmp_path, capsys, monkeypatch):
    # The text report wrote a line break or a tab in a name as a space and two spaces as one
    # (``new line.txt``, ``two spaces.txt``: other files' names), where the lines on stderr write
    # ``new\nline.txt``.
    wrong = seed_text().replace(TOTAL_LINE, "Totaal 450 834 1472 1480")
    names = {"new\nline.txt": "new\\nline.txt", "tab\tname.txt": "tab\\tname.txt",
             "two  spaces.txt": "two  spaces.txt", os.fsdecode(b"bad\xffname.txt"): "bad\\xffname.txt",
             "esc\x1b[31mred.txt": "esc\\x1b[31mred.txt"}
    for name in names:
        (tmp_path / name).write_text(wrong, encoding="utf-8")
    (tmp_path / "new\nnotes.txt").write_text("nothing to see", encoding="utf-8")
    status, out, error = run(["check", "--no-cache", "-q", "."], capsys, tmp_path, monkeypatch)
    assert status == 1, error
    errors = [line for line in out.splitlines() if "[error]" in line]
    assert sorted(line.split(":107: OK101 total-exceeds-parts [error] ")[0] for line in errors) == sorted(
        names.values())
    assert "\x1b" not in out
    assert error == "okot-audit: note: new\\nnotes.txt: skipped: not an OKOT answer: no table of training codes " \
                    "and no mention of OKOT or VDAB\n"
    status, out, _ = run(["check", "--no-cache", "new\nline.txt"], capsys, tmp_path, monkeypatch)
    assert out.splitlines()[0] == "new\\nline.txt"
    _, out, _ = run(["check", "--no-cache", "--format", "markdown", "new\nline.txt"], capsys, tmp_path, monkeypatch)
    assert "## new\\\\nline.txt\n" in out  # (Markdown's escaped backslash: it shows new\nline.txt)


def test_empty_standard_input_is_one_line(tmp_path, capsys, monkeypatch):
    for data, words in ((b"", "<stdin>: file is empty"), (b"  \n\n", "<stdin>: file holds only white space")):
        status, _, error = run(["check", "--no-cache", "-"], capsys, tmp_path, monkeypatch, stdin=data)
        assert status == 2
        one_error_line(error, words)


def test_the_same_file_named_twice_is_one_answer(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text(seed_text(), encoding="utf-8")
    status, out, error = run(["check", "--no-cache", "a.txt", str(tmp_path / "a.txt"), "./a.txt"], capsys, tmp_path,
                             monkeypatch)
    assert status == 0, error
    assert "1 answer, 3 tables" in out
    once = cells(["a.txt"], capsys, tmp_path, monkeypatch)
    assert once[0] == 0
    assert cells(["./a.txt", "a.txt"], capsys, tmp_path, monkeypatch) == once


# --------------------------------------------------------------------------- outputs and options


def test_output_into_a_missing_folder_or_below_a_file_is_refused_before_reading(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text(seed_text(), encoding="utf-8")
    for command in (["check", "--no-cache"], ["extract"], ["extract", "--format", "parquet"]):
        status, _, error = run([*command, "-o", "missing/r.out", "a.txt"], capsys, tmp_path, monkeypatch)
        assert status == 2
        one_error_line(error, "cannot write missing/r.out: there is no folder 'missing'")
        status, _, error = run([*command, "-o", "a.txt/r.out", "a.txt"], capsys, tmp_path, monkeypatch)
        assert status == 2
        one_error_line(error, "cannot write a.txt/r.out: there is no folder 'a.txt'")


def test_a_data_package_into_a_file_or_below_one_is_refused_before_reading(tmp_path, capsys, monkeypatch):
    # It read every answer, then failed with the system's words: "File exists", "Not a directory".
    (tmp_path / "a.txt").write_text(seed_text(), encoding="utf-8")
    (tmp_path / "cells.csv").write_text("earlier", encoding="utf-8")
    for output, words in (
        ("cells.csv", "cannot write the data package to cells.csv: it is a file, not a folder; name a folder "
                      "(cells.csv and datapackage.json are written in it)"),
        ("cells.csv/", "cannot write the data package to cells.csv/: it is a file, not a folder"),
        ("cells.csv/x/pkg", "cannot write the data package to cells.csv/x/pkg: 'cells.csv' is a file, not a folder"),
    ):
        status, _, error = run(["extract", "--format", "datapackage", "-o", output, "a.txt"], capsys, tmp_path,
                               monkeypatch)
        assert status == 2, output
        one_error_line(error, words)
    assert (tmp_path / "cells.csv").read_text(encoding="utf-8") == "earlier"
    from okot_audit.i18n import error_line

    assert error_line("cannot write the data package to cells.csv/x/pkg: 'cells.csv' is a file, not a folder",
                      "nl") == ("okot-audit: fout: kan het datapakket niet naar cells.csv/x/pkg schrijven: "
                                "'cells.csv' is een bestand, geen map")
    status, _, _ = run(["extract", "--format", "datapackage", "-o", "new/pkg", "a.txt"], capsys, tmp_path,
                       monkeypatch)
    assert status == 0 and (tmp_path / "new" / "pkg" / "cells.csv").is_file()  # a new folder is made


def test_output_into_a_read_only_folder_is_one_line(tmp_path, capsys, monkeypatch):
    # (made read-only by the file system's answer, not its mode: a test run as root writes anywhere)
    (tmp_path / "a.txt").write_text(seed_text(), encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real_open = os.open

    def refuse(path, flags, *args, **kwargs):
        if "locked" in os.fsdecode(path) and flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    for command in (["check", "--no-cache"], ["extract"], ["extract", "--format", "json"]):
        status, _, error = run([*command, "-o", "locked/r.out", "a.txt"], capsys, tmp_path, monkeypatch)
        assert status == 2, (command, error)
        one_error_line(error, "cannot write ", "locked/r.out: Permission denied")
    assert os.listdir(tmp_path / "locked") == []


@pytest.mark.parametrize("args, words", [
    (["check", "--select", "no-such-rule"], "--select: no rule matches 'no-such-rule'"),
    (["check", "--ignore", "OK999"], "--ignore: no rule matches 'OK999'"),
    (["check", "--jobs", "-1"], "--jobs -1: give the number of processes, 1 or more (0: one per core)"),
    (["extract", "-j", "-1"], "--jobs -1: give the number of processes, 1 or more (0: one per core)"),
    (["check", "--jobs", "many"], "--jobs many: give the number of processes"),
    (["extract", "--format", "parquet"], "parquet is a binary format: give the file to write with --output FILE"),
])
def test_a_bad_option_is_one_line_and_status_2(args, words, tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text(seed_text(), encoding="utf-8")
    status, out, error = run([*args, "a.txt"], capsys, tmp_path, monkeypatch)
    assert status == 2
    assert out == ""
    one_error_line(error, words)


def test_jobs_0_is_one_process_per_core(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text(seed_text(), encoding="utf-8")
    status, out, error = run(["check", "--no-cache", "-j", "0", "a.txt"], capsys, tmp_path, monkeypatch)
    assert status == 0, error
    assert "1 answer, 3 tables" in out and error == ""


# --------------------------------------------------------------------------- the library


def test_the_library_raises_input_error_for_a_damaged_answer_and_reads_a_clean_one(tmp_path):
    from okot_audit import audit, read_answer, read_text

    damaged = _with(seed_text(), "\x00")
    with pytest.raises(InputError) as caught:
        read_text(damaged.encode("utf-8"), path="a.txt")
    assert str(caught.value).startswith("a.txt:107: binary data in the text: a NUL byte (column 9)")
    with pytest.raises(InputError, match=r":107: binary data in the text: a NUL byte"):
        read_text(damaged, path="a.txt")  # (a str holding the NUL: the same)
    (tmp_path / "a.txt").write_bytes(damaged.encode("utf-16"))
    with pytest.raises(InputError, match=r"a\.txt:107: binary data in the text"):
        audit(tmp_path / "a.txt")
    (tmp_path / "spaces.pdf").write_bytes(_spaces_pdf())
    with pytest.raises(InputError, match=r"spaces\.pdf: the PDF's text layer holds only white space"):
        read_answer(tmp_path / "spaces.pdf")


# --------------------------------------------------------------------------- the pre-commit hook


def test_the_hook_blocks_a_damaged_answer_and_skips_binary_data(tmp_path):
    # The hook's entry (okot-audit check --skip-non-answers) let a commit of an answer with a
    # NUL byte pass: "skipped: binary data (NUL byte)", exit 0.
    (tmp_path / "answer.txt").write_bytes(_with(seed_text(), "\x00").encode("utf-8"))
    (tmp_path / "logo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    result = okot("check", "--skip-non-answers", "--no-cache", "answer.txt", "logo.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert err(result).splitlines() == [
        "okot-audit: note: logo.txt: skipped: binary data (NUL byte); expected the text of an answer",
        "okot-audit: error: answer.txt:107: binary data in the text: a NUL byte (column 9); the file is damaged, "
        "or no text; save the answer again as text",
    ]
