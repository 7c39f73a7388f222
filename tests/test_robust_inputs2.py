"""Odd and bad inputs, second review (bad9): each case once broke the promise that an input
is read in bounded time, or refused with one line and exit status 2 — never a hang, a
traceback, "internal error" or a silent pass."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from clitools import SEED_PROVINCES, okot
from okot_audit import InputError, read_answer, read_text
from okot_audit.read.xlsx import MAX_EMPTY_ROWS, read_xlsx
from okot_audit.source import MAX_FILE_BYTES, source_from_bytes


def test_a_laid_out_row_of_thousands_of_figures_is_read_in_linear_time():
    # Columns kept with two spaces (pdftotext -layout) go through the PDF reader's layout: its
    # cells and column edges once cost a pass over the whole row per figure (cubic in the
    # row's length: rows of 1,200 figures took minutes).
    figures = "  ".join(str(n) for n in range(2500))
    rows = "".join(f"90800{n % 10} Opleiding  {figures}\n" for n in range(12))
    text = f"VDAB OKOT gestart\n\nOpleiding  2020  2021\n{rows}Totaal  5  6\n"
    start = time.perf_counter()
    answer = read_text(text, path="wide.txt")
    assert time.perf_counter() - start < 20
    assert answer.issues  # a row of 2,500 figures under two periods is reported, not read


def _annex(seed: str = "002_f58759045b60ed02") -> bytes:
    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    from generate.pdf import Document, seed_document
    from generate.xlsx import write_xlsx

    return write_xlsx(Document(seed_document(seed).tables))[0]


def test_a_stray_cell_at_the_end_of_a_sheet_costs_one_line():
    # A cell at XFD1048576 made the sheet a rectangle of 17 billion cells: the reader hung
    # and ran out of memory.
    import openpyxl

    data = _annex()
    book = openpyxl.load_workbook(io.BytesIO(data))
    book.worksheets[0]["XFD1048576"] = "x"
    buffer = io.BytesIO()
    book.save(buffer)
    start = time.perf_counter()
    source = read_xlsx(buffer.getvalue(), "annex.xlsx")
    assert time.perf_counter() - start < 20
    plain = read_xlsx(data, "annex.xlsx")
    table = len(plain.lines)
    assert source.lines[:table] == plain.lines and source.line_numbers[:table] == plain.line_numbers
    assert source.lines[-1].strip() == "x" and source.reported_line(len(source.lines)) == 1048576
    assert len(source.lines) <= table + 1 + MAX_EMPTY_ROWS
    assert read_answer_of(buffer.getvalue()).frame().equals(read_answer_of(data).frame())


def read_answer_of(data: bytes):
    from okot_audit.parse import parse_answer

    return parse_answer(source_from_bytes(data, "annex.xlsx"))


def test_a_workbook_that_unpacks_to_far_more_than_an_annex_is_refused(monkeypatch):
    # The file's size limit bounds the bytes, not what a zip bomb unpacks to.
    import okot_audit.read.xlsx as xlsx

    data = _annex()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    monkeypatch.setattr(xlsx, "MAX_UNPACKED_BYTES", unpacked - 1)
    with pytest.raises(InputError) as caught:
        source_from_bytes(data, "bomb.xlsx")
    assert str(caught.value) == (f"bomb.xlsx: the workbook unpacks to {unpacked:,} bytes; an annex is far "
                                 f"smaller (limit {unpacked - 1:,})")
    monkeypatch.setattr(xlsx, "MAX_UNPACKED_BYTES", unpacked)
    assert source_from_bytes(data, "annex.xlsx").kind == "xlsx"


def run_cli(*args: str, cwd: Path, stdin=None, timeout: float = 60) -> subprocess.CompletedProcess:
    """`okot-audit ARGS` in `cwd` without the result cache; a hang fails the test (timeout)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OKOT_AUDIT")}
    return subprocess.run([sys.executable, "-m", "okot_audit", *args], cwd=cwd, env=env, stdin=stdin,
                          capture_output=True, timeout=timeout, check=False)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need os.mkfifo (POSIX)")
def test_a_named_pipe_in_a_folder_is_refused_without_waiting_for_a_writer(tmp_path):
    # A folder walk opened it, and opening a pipe nobody writes to waits for ever.
    shutil.copy(SEED_PROVINCES, tmp_path / "answer.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    result = run_cli("check", "--no-cache", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "okot-audit: error: pipe.txt: is a named pipe, not a file; name a regular file"]
    assert "1 answer, 1 table" in result.stdout.decode()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need os.mkfifo (POSIX)")
def test_a_named_pipe_given_by_name_is_read(tmp_path):
    # process substitution: okot-audit check <(pdftotext -layout answer.pdf -)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    writer = threading.Thread(target=lambda: pipe.write_bytes(SEED_PROVINCES.read_bytes()))
    writer.start()
    try:
        assert read_answer(pipe).sector == "zorg"
    finally:
        writer.join(timeout=10)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero, an endless file")
@pytest.mark.parametrize("how", ["named", "stdin"])
def test_an_endless_input_is_refused_at_the_size_limit(how, tmp_path):
    # A device or a pipe has no size to check first: it was read to its end, which never came.
    with open("/dev/zero", "rb") as zero:
        if how == "named":
            result = run_cli("check", "--no-cache", "/dev/zero", cwd=tmp_path)
            name = "/dev/zero"
        else:
            result = run_cli("check", "--no-cache", "-", cwd=tmp_path, stdin=zero)
            name = "<stdin>"
    assert result.returncode == 2
    assert result.stderr.decode() == (f"okot-audit: error: {name}: input is more than {MAX_FILE_BYTES:,} "
                                      "bytes; an answer is far smaller\n")


@pytest.mark.parametrize("where, args, pyproject", [
    ("--exclude", ["--exclude", "drafts/,!"], None),
    ("--exclude", ["--exclude", "\\"], None),
    ("{pyproject}: [tool.okot-audit] exclude", [], 'exclude = ["[z-a]"]'),
    ("{pyproject}: [tool.okot-audit] extend-exclude", [], 'extend-exclude = ["ok/", "!"]'),
])
@pytest.mark.parametrize("command", ["check", "extract"])
def test_an_exclude_pattern_that_is_no_pattern_is_one_line_naming_it(command, where, args, pyproject, tmp_path):
    # pathspec's error escaped as "internal error (GitIgnorePatternError …). This is a bug".
    if pyproject:
        (tmp_path / "pyproject.toml").write_text(f"[tool.okot-audit]\n{pyproject}\n")
    shutil.copy(SEED_PROVINCES, tmp_path / "answer.txt")
    result = run_cli(command, *args, "answer.txt", cwd=tmp_path)
    text = result.stderr.decode()
    assert result.returncode == 2 and len(text.splitlines()) == 1, text
    prefix = "okot-audit: error: " + where.format(pyproject=tmp_path.resolve() / "pyproject.toml") + ": '"
    assert text.startswith(prefix) and "is not a gitignore-style pattern (" in text, text
    assert "internal error" not in text and not result.stdout


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT to a process group (POSIX)")
def test_ctrl_c_stops_a_run_over_many_files_in_processes_at_once(tmp_path):
    # The process pool waited for every chunk already sent out (many seconds) before exiting.
    big = SEED_PROVINCES.read_text(encoding="utf-8") * 60
    for n in range(64):
        (tmp_path / f"answer{n:02}.txt").write_text(big, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OKOT_AUDIT")}
    process = subprocess.Popen(
        [sys.executable, "-m", "okot_audit", "check", "--no-cache", "-q", "-j", "2", "."], cwd=tmp_path, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        time.sleep(3)
        sent = time.perf_counter()
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: to every process
        _, stderr = process.communicate(timeout=60)
        waited = time.perf_counter() - sent
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130, stderr
    assert stderr.decode().strip() == "okot-audit: interrupted"  # (after the new line click writes on ^C)
    assert waited < 3, waited


def test_a_folder_the_walk_cannot_enter_is_a_failure_not_a_clean_pass(tmp_path, monkeypatch):
    # os.walk left out a folder it may not list without a word: its answers went unaudited and
    # the run passed as clean. (The denial is simulated: root may list any folder.)
    from okot_audit import audit

    shutil.copy(SEED_PROVINCES, tmp_path / "answer.txt")
    (tmp_path / "locked").mkdir()
    shutil.copy(SEED_PROVINCES, tmp_path / "locked" / "hidden.txt")
    scandir = os.scandir

    def denied(path="."):
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    report = audit(tmp_path, errors="collect")
    assert len(report.answers) == 1
    assert [(f.path, f.message) for f in report.failures] == [
        (str(tmp_path / "locked"), "cannot read the folder: Permission denied")]
    with pytest.raises(InputError, match=r"locked: cannot read the folder: Permission denied$"):
        audit(tmp_path)


HTML_TABLE = ("<p>VDAB OKOT: aantal gestarte cursisten</p>\n<table>\n<tr><th>Opleiding<th>2020<th>2021\n"
              "<tr><td>908001 Bachelor<br>kleuteronderwijs<td>5<td>7\n<tr><td>908002 Bachelor lager<td>3<td>4\n"
              "<tr><td>Totaal<td>9<td>11\n")


@pytest.mark.parametrize("end", ["</table>", ""])
def test_an_html_table_without_end_tags_is_read(end):
    # HTML lets a page leave out </td>, </th> and </tr>: each new cell dropped the one before,
    # and a table never closed was left out — the answer passed as clean with no table.
    answer = read_text(f"<html><body>{HTML_TABLE}{end}</body></html>", path="page.html")
    closed = read_text("<html><body>" + HTML_TABLE.replace("\n<tr>", "</tr>\n<tr>").replace("<td>", "</td><td>")
                       .replace("<tr></td>", "<tr>") + "</table></body></html>", path="page.html")
    cells = [(c.label, c.period, c.count) for t in answer.tables for c in t.cells]
    assert cells and cells == [(c.label, c.period, c.count) for t in closed.tables for c in t.cells]
    assert ("Totaal", "2021", 11) in [(c.label, c.period, c.count) for c in answer.tables[0].cells]
    from okot_audit import audit

    assert audit(answer).summary["error"] == 1  # 2021: 7 + 4 = 11, but 2020: 5 + 3 = 8 < 9


def test_a_line_break_in_an_html_cell_keeps_the_words_apart():
    answer = read_text(f"<html><body>{HTML_TABLE}</table></body></html>", path="page.html")
    labels = {c.label for c in answer.tables[0].cells}
    assert any("Bachelor kleuteronderwijs" in (label or "") for label in labels), labels


def test_read_text_reads_an_html_page_and_bytes_as_read_answer_reads_the_file(tmp_path):
    # read_text() read a page's tags as an answer's text: no table, no issue — a silent pass.
    page = f"<html><body>{HTML_TABLE}</table></body></html>"
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    expected = read_answer(path).frame().drop(columns="path")
    assert len(expected) == 6
    assert read_text(page, path="x").frame().drop(columns="path").equals(expected)
    assert read_text(page.encode("utf-16"), path="x").frame().drop(columns="path").equals(expected)
    with pytest.raises(TypeError, match=r"^read_text\(\) takes the answer's text \(str\) or its bytes, not NoneType$"):
        read_text(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_without_bom_and_utf32_are_read_not_called_binary(encoding):
    # Windows tools write UTF-16 without a byte-order mark: it was refused as "binary data (NUL
    # byte)", and UTF-32 as "binary data (87 control characters)".
    text = SEED_PROVINCES.read_text(encoding="utf-8")
    source = source_from_bytes(text.encode(encoding), "answer.txt")
    assert source.lines == source_from_bytes(text.encode("utf-8"), "answer.txt").lines


@pytest.mark.parametrize("data", [
    b"VDAB OKOT\n\x00\x01binary\x00\x00\x07\x00" * 20,  # NULs at no steady place
    "VDAB OKOT 12".encode("utf-16-le") + b"\x00",  # odd length: no UTF-16
    "VDAB \udc00".encode("utf-16-le", "surrogatepass"),  # a lone surrogate: not UTF-16 at all
])
def test_nul_bytes_that_are_no_utf16_stay_binary(data):
    with pytest.raises(InputError, match=r"^x\.txt:\d+: binary data"):
        source_from_bytes(data, "x.txt")


def test_audit_takes_a_selector_string_and_refuses_what_matches_nothing():
    # select="OK1" was read letter by letter (KeyError: 'K'); an unknown rule was a bare
    # KeyError; an unknown sector or language was audited as if it were one: 93 errors.
    from okot_audit import audit

    assert audit(SEED_PROVINCES, select="OK1").summary == audit(SEED_PROVINCES, select=["OK1"]).summary
    assert audit(SEED_PROVINCES, ignore="partial-period,OK103").summary == audit(
        SEED_PROVINCES, ignore=["partial-period", "OK103"]).summary
    with pytest.raises(ValueError, match=r"^no rule matches 'nope' \(give a name, a code or a code prefix"):
        audit(SEED_PROVINCES, select=["nope"])
    with pytest.raises(ValueError, match=r"^unknown sector 'bogus'; the catalogue knows .*zorg"):
        audit(SEED_PROVINCES, sector="bogus")
    with pytest.raises(ValueError, match=r"^lang must be one of en, nl, not 'xx'$"):
        audit(SEED_PROVINCES, lang="xx")


def test_an_empty_path_is_named_as_one(tmp_path):
    # "" (an unset variable in a script) was reported as ": is a folder, not a file".
    shutil.copy(SEED_PROVINCES, tmp_path / "answer.txt")
    result = run_cli("check", "--no-cache", "", "answer.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode() == "okot-audit: error: '': an empty path; name a file or a folder\n"
    assert "1 answer, 1 table" in result.stdout.decode()


def test_a_text_that_mentions_the_pdf_marker_in_a_sentence_is_text():
    """``Zie bijlage %PDF-1.4 …`` in a text's first KB made it a PDF, refused as unreadable;
    junk on lines before a real PDF's marker is still tolerated."""
    from okot_audit.source import sniff

    assert sniff(b"Zie bijlage %PDF-1.4 in de mail.\nOKOT 12 14\n") == "text"
    assert sniff(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") == "pdf"
    assert sniff(b"garbage from a mail gateway\r\n%PDF-1.4\n") == "pdf"


def test_an_empty_output_path_is_refused_not_taken_for_standard_output(tmp_path):
    """``-o ""`` (a script's unset variable) wrote the report to standard output, unnoticed."""
    answer = tmp_path / "a.txt"
    answer.write_text("OKOT's - Zorgsector\nGeslacht 2020\nMan 1\nVrouw 2\nTotaal 3\n", encoding="utf-8")
    for command in ("check", "extract"):
        result = okot(command, str(answer), "-o", "", cwd=tmp_path)
        assert result.returncode == 2, (command, result)
        assert result.stdout == b"", (command, result.stdout)
        assert b"--output is empty" in result.stderr
