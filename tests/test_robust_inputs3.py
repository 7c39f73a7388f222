"""Odd and bad inputs, round 17: each case once broke the promise that a bad input gets one
clear line naming the file and the place, and an exit status of the contract — or that a
file skipped is never invisible, that a killed run leaves nothing behind for good, and that an
answer's question is read whatever form its heading takes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clitools import SEED_PROVINCES, SEED_YEARS, err, okot
from okot_audit import InputError, read_answer, read_text
from okot_audit.parse.context import read_question

#: A line of the years seed (line 125 of the file) and the first bytes of it.
YEARS = SEED_YEARS.read_bytes()


# --------------------------------------------------------------------------- undecodable text


def _damaged(at_line: int, bad: bytes = b"\x81\x8d") -> bytes:
    """The years seed with `bad` bytes put at the start of its line `at_line` (1-based)."""
    lines = YEARS.split(b"\n")
    lines[at_line - 1] = bad + lines[at_line - 1]
    return b"\n".join(lines)


def test_a_damaged_answer_names_the_line_column_and_byte_offset_of_the_first_bad_byte(tmp_path):
    # Bytes that no encoding decodes were one line naming the byte and its line only: in a
    # file of thousands of lines with wrapped labels, not where to look in a hex editor.
    data = _damaged(125)
    path = tmp_path / "answer.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_answer(path)
    error = caught.value
    message = str(error)
    assert error.line == 125
    offset = data.index(b"\x81\x8d")
    assert message.startswith(f"{path}:125: byte 0x81 (column 1, byte offset {offset} in the file; 1 more such byte")
    assert "\n" not in message
    assert error.dutch and f"byte-offset {offset}" in error.dutch


def test_in_utf8_text_the_bad_byte_is_the_one_utf8_cannot_read():
    # Windows-1252 lacks 0x81, which UTF-8 writes in good letters (``Á`` is C3 81): the place
    # named was the first good ``Á``, lines above the byte that was damaged.
    data = "OKOT VDAB\nÁ is een goede letter\n".encode() + b"hier \xe9\x81 kapot\n"
    with pytest.raises(InputError) as caught:
        read_text(data, "a.txt")
    assert caught.value.line == 3
    assert f"byte 0xe9 (column 6, byte offset {data.index(b'hier') + 5} in the file)" in str(caught.value)


def test_the_offset_counts_the_byte_order_mark():
    data = b"\xef\xbb\xbfOKOT\r\nab\x81cd\n"
    with pytest.raises(InputError) as caught:
        read_text(data, "a.txt")
    assert caught.value.line == 2
    assert "(column 3, byte offset 11 in the file)" in str(caught.value)


def test_a_note_in_another_encoding_is_skipped_by_the_hook_and_a_damaged_answer_blocks_it(tmp_path):
    # A .txt in an encoding okot-audit cannot read blocked every commit that touched it, a
    # shopping list as much as an answer. It is no answer when its words say none: skipped,
    # with a note, as a binary .txt is. An answer whose bytes are damaged still blocks.
    (tmp_path / "notes.txt").write_bytes(b"Boodschappen: caf\xe9, th\x81e\n")
    shutil_copy(SEED_PROVINCES, tmp_path / "answer.txt")
    result = okot("check", "--skip-non-answers", "--no-cache", "notes.txt", "answer.txt", cwd=tmp_path)
    assert result.returncode == 0, err(result)
    assert "okot-audit: note: notes.txt: skipped: not an OKOT answer" in err(result)
    assert "Traceback" not in err(result)

    (tmp_path / "damaged.txt").write_bytes(_damaged(125))
    offset = _damaged(125).index(b"\x81")
    result = okot("check", "--skip-non-answers", "--no-cache", "notes.txt", "damaged.txt", cwd=tmp_path)
    assert result.returncode == 2
    lines = err(result).splitlines()
    assert [line for line in lines if "damaged.txt" in line] == [
        f"okot-audit: error: damaged.txt:125: byte 0x81 (column 1, byte offset {offset} in "
        "the file; 1 more such byte after it) decodes in none of UTF-8, UTF-16 or Windows-1252: the file is "
        "damaged, or text in another encoding; save it as UTF-8"]


def test_a_folder_walk_skips_a_note_it_cannot_decode(tmp_path):
    folder = tmp_path / "answers"
    folder.mkdir()
    (folder / "leesmij.txt").write_bytes(b"Lees mij \x8f\x90\n")
    shutil_copy(SEED_YEARS, folder / "answer.txt")
    result = okot("check", "--no-cache", "answers", cwd=tmp_path)
    assert result.returncode == 0, err(result)
    assert "leesmij.txt: skipped: not an OKOT answer" in err(result)


def shutil_copy(source: Path, target: Path) -> None:
    target.write_bytes(source.read_bytes())


# --------------------------------------------------------------------------- --quiet and skipped files


def test_quiet_still_names_every_file_skipped_as_no_answer(tmp_path):
    # --quiet hid the notes of skipped files: a binary .txt given to the hook passed without a
    # word, as if it had been audited. Quiet leaves out what the user's own exclude patterns
    # leave out, never a skipped file.
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02 binary")
    shutil_copy(SEED_PROVINCES, tmp_path / "answer.txt")
    (tmp_path / "drafts").mkdir()
    shutil_copy(SEED_YEARS, tmp_path / "drafts" / "draft.txt")
    args = ("check", "-q", "--skip-non-answers", "--no-cache", "--exclude", "drafts/",
            "blob.txt", "answer.txt", "drafts/draft.txt")
    result = okot(*args, cwd=tmp_path)
    assert result.returncode == 0, err(result)
    assert "okot-audit: note: blob.txt: skipped: binary data (NUL byte)" in err(result)
    assert "draft.txt" not in err(result)
    loud = okot(*[a for a in args if a != "-q"], cwd=tmp_path)
    assert "drafts/draft.txt: skipped: excluded" in err(loud)
    nl = okot(*args, "--lang", "nl", cwd=tmp_path)
    assert "okot-audit: noot: blob.txt: overgeslagen: binaire gegevens" in err(nl) or \
        "blob.txt: overgeslagen" in err(nl)


# --------------------------------------------------------------------------- a killed run's temporary file


_WRITER = """
import sys, time
from okot_audit.outfile import Replacement
handle = Replacement(sys.argv[1]).open()
handle.write(b"half a report")
handle.flush()
print("ready", flush=True)
time.sleep(120)
"""


def _parts(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{name}.") and p.name.endswith(".part"))


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL and flock are POSIX")
def test_a_later_run_removes_what_a_killed_run_left_and_nothing_else(tmp_path):
    # A run killed on the spot (SIGKILL, out of memory) left its hidden `.NAME.<hex>.part`
    # beside the output for good, one more per killed run.
    output = tmp_path / "report.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).resolve().parent.parent),
                                                                       os.environ.get("PYTHONPATH")]))}
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(output)], stdout=subprocess.PIPE, env=env)
    try:
        assert writer.stdout is not None and writer.stdout.readline() == b"ready\n"
        live = _parts(tmp_path, "report.json")
        assert len(live) == 1
        # a run beside one still writing leaves its file alone
        result = okot("check", "--no-cache", "--format", "json", "-o", "report.json", str(SEED_PROVINCES), cwd=tmp_path)
        assert result.returncode == 0, err(result)
        assert _parts(tmp_path, "report.json") == live
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    assert _parts(tmp_path, "report.json") == live  # (the kill leaves it)
    others = [".report.json.0123abcd.partial", ".other.json.0123abcd.part", ".report.json.notahex!.part"]
    for name in others:
        (tmp_path / name).write_bytes(b"not ours")
    result = okot("check", "--no-cache", "--format", "json", "-o", "report.json", str(SEED_PROVINCES), cwd=tmp_path)
    assert result.returncode == 0, err(result)
    assert not set(live) & set(_parts(tmp_path, "report.json"))
    assert all((tmp_path / name).read_bytes() == b"not ours" for name in others)
    assert output.read_bytes().startswith(b"{")


def test_a_temporary_output_being_written_is_locked_against_a_sweep(tmp_path):
    from okot_audit.outfile import Replacement, sweep

    first = Replacement(tmp_path / "cells.csv")
    handle = first.open()
    handle.write(b"a,b\n")
    sweep(str(tmp_path), "cells.csv")  # in the same process too: the lock is the open file's
    assert _parts(tmp_path, "cells.csv") != []
    first.commit()
    assert (tmp_path / "cells.csv").read_bytes() == b"a,b\n"
    assert _parts(tmp_path, "cells.csv") == []


# --------------------------------------------------------------------------- questions answered together


@pytest.mark.parametrize("text,number,day", [
    ("Antwoord op vraag nr. 123 en 124 van 14 oktober 2022", 123, "2022-10-14"),
    ("op de vragen nrs. 12, 13 en 14 van 5 maart 2024 van mevrouw X", 12, "2024-03-05"),
    ("op vragen nr. 12 en nr. 13 van 5 maart 2024", 12, "2024-03-05"),
    ("op de schriftelijke vragen nrs. 12 tot en met 14 van 5 maart 2024", 12, "2024-03-05"),
    ("op vraag nr. 12 & 13 van 5 maart 2024", 12, "2024-03-05"),
    ("SCHRIFTELIJKE VRAGEN\nnrs. 233 en 234\nvan JAN PEUMANS\ndatum: 7 februari 2024\n", 233, "2024-02-07"),
    ("op vraag nr. 74 van 14 oktober 2022", 74, "2022-10-14"),
])
def test_questions_answered_together_give_the_first_number_and_the_date(text, number, day):
    # Only `vraag nr. N van <date>` was read: an answer to two questions or more had no
    # question and no date, so it was ordered among the others by file name, not by date
    # (figure-revised compared it the wrong way round), and its report said no question.
    found, when = read_question(text)
    assert found == number
    assert when is not None and when.isoformat() == day


def test_an_answer_to_two_questions_is_read_with_its_question_and_its_title():
    text = SEED_YEARS.read_text(encoding="utf-8").replace(
        "op vraag nr. 74 van 14 oktober 2022", "op vragen nrs. 74 en 75 van 14 oktober 2022")
    heading = "SCHRIFTELIJKE VRAGEN\nnrs. 74 en 75\nvan JOS D'HAESE\ndatum: 14 oktober 2022\n\n"
    plain = read_text(SEED_YEARS.read_text(encoding="utf-8"), "a.txt")
    for answer in (read_text(text, "a.txt"), read_text(heading + SEED_YEARS.read_text(encoding="utf-8"), "b.txt")):
        assert answer.question_number == 74
        assert answer.question_date is not None and answer.question_date.isoformat() == "2022-10-14"
        assert answer.title == plain.title
        assert [t.id for t in answer.tables] == [t.id for t in plain.tables]


def test_the_report_names_the_question_of_an_answer_to_two(tmp_path):
    text = SEED_YEARS.read_text(encoding="utf-8").replace(
        "op vraag nr. 74 van 14 oktober 2022", "op vragen nrs. 74 en 75 van 14 oktober 2022")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = okot("check", "--no-cache", "--format", "markdown", "a.txt", cwd=tmp_path)
    assert result.returncode == 0, err(result)
    assert "74" in result.stdout.decode() and "2022-10-14" in result.stdout.decode()


# --------------------------------------------------------------------------- a file named as a format it is not


ERROR_PAGE = (b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
              b"<p>The requested URL was not found on this server.</p></body></html>")


@pytest.mark.parametrize("name,data,says", [
    ("answer.pdf", ERROR_PAGE, "answer.pdf: named .pdf but no PDF: it holds an HTML page titled '404 Not Found' and no answer"),
    ("answer.pdf", bytes(range(256)) * 8, "answer.pdf: named .pdf but no PDF: it holds binary data"),
    ("answer.pdf", b"", "answer.pdf: named .pdf but no PDF: it is empty"),
    ("annex.xlsx", b"Dear reader,\nnothing here.\n", "annex.xlsx: named .xlsx but no Excel workbook: it holds text and no answer"),
    ("annex.xlsm", ERROR_PAGE, "annex.xlsm: named .xlsm but no Excel workbook: it holds an HTML page titled '404 Not Found'"),
])
def test_a_download_that_failed_blocks_the_hook_and_says_what_it_holds(tmp_path, name, data, says):
    # A server's error page saved as `answer.pdf` was "not an OKOT answer" — skipped with a
    # note by the hook, the commit passing with no answer in it — and random bytes or an empty
    # file named .pdf were skipped as "binary data" or "file is empty": no word of a PDF.
    (tmp_path / name).write_bytes(data)
    result = okot("check", "--skip-non-answers", "--no-cache", name, cwd=tmp_path)
    assert result.returncode == 2
    assert err(result).startswith(f"okot-audit: error: {says}"), err(result)
    assert err(result).count("\n") == 1
    assert "a download that failed, or a file saved under the wrong name" in err(result)


def test_an_answers_text_named_pdf_is_read_as_text(tmp_path):
    (tmp_path / "answer.pdf").write_bytes(SEED_PROVINCES.read_bytes())
    answer = read_answer(tmp_path / "answer.pdf")
    assert answer.tables and answer.tables[0].cells


def test_a_workbook_of_thousands_of_sheets_is_refused_at_once():
    # openpyxl spends time quadratic in the sheets (each new sheet's name checked against all):
    # 10,000 sheets of one cell each took eight minutes before a line was read.
    import io
    import zipfile

    from okot_audit.read.xlsx import MAX_SHEETS

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for n in range(1, MAX_SHEETS + 2):
            archive.writestr(f"xl/worksheets/sheet{n}.xml", "<worksheet/>")
    start = time.process_time()
    with pytest.raises(InputError) as caught:
        read_text(buffer.getvalue(), "many.xlsx")
    assert time.process_time() - start < 5
    assert str(caught.value) == f"many.xlsx: the workbook has {MAX_SHEETS + 1:,} sheets; an annex has a few (limit {MAX_SHEETS:,})"


# --------------------------------------------------------------------------- the library given the wrong thing


def test_the_library_given_a_file_object_says_what_to_give():
    # audit(open(path)) iterated over the file's lines and took each for a path ("'\n': an empty
    # path"); read_answer(handle) said only that a handle is no path.
    from okot_audit import audit

    with open(SEED_PROVINCES, "rb") as handle:
        with pytest.raises(TypeError, match=r"not a file object \(BufferedReader\): give the file's path"):
            audit(handle)
        with pytest.raises(TypeError, match=r"not BufferedReader: give the file's path, or its text or bytes to read_text"):
            read_answer(handle)


def test_an_answers_text_given_as_a_path_is_one_line_that_says_so():
    # audit(text) and read_answer(data) took the text for a path: an InputError whose "path" was
    # the whole answer, lines and all — hundreds of lines on a terminal, in a log line.
    from okot_audit import audit

    text = SEED_PROVINCES.read_text(encoding="utf-8")
    for call in (lambda: audit(text), lambda: read_answer(text), lambda: read_answer(text.encode())):
        with pytest.raises(InputError) as caught:
            call()
        message = str(caught.value)
        assert "\n" not in message and len(message) < 300
        assert message.endswith("not a path; read an answer's text with okot_audit.read_text()")


def test_a_path_with_a_nul_character_is_an_input_error_not_a_bug():
    # read_answer raised a bare ValueError ("embedded null byte"); audit() reported "internal
    # error … this is a bug in okot-audit".
    from okot_audit import audit

    for call in (lambda: read_answer("a\0b.txt"), lambda: audit("a\0b.txt")):
        with pytest.raises(InputError) as caught:
            call()
        assert str(caught.value) == "a\\0b.txt: a path cannot hold a NUL character; name a file"


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_dangling_link_and_a_loop_of_links_say_so(tmp_path):
    # Both were "no such file or folder" or "Too many levels of symbolic links" for a file `ls` lists.
    (tmp_path / "gone.txt").symlink_to("nowhere.txt")
    (tmp_path / "x.txt").symlink_to("y.txt")
    (tmp_path / "y.txt").symlink_to("x.txt")
    with pytest.raises(InputError, match=r"gone.txt: a symbolic link to 'nowhere.txt', which does not exist$"):
        read_answer(tmp_path / "gone.txt")
    with pytest.raises(InputError, match=r"x.txt: a loop of symbolic links that leads to no file$"):
        read_answer(tmp_path / "x.txt")


def test_a_folder_whose_every_answer_is_excluded_says_so(tmp_path):
    # It said "no answers found (no *.txt, … file in this folder or below it)" of a folder of
    # answers: the user looked for a wrong path, not at the patterns.
    folder = tmp_path / "answers"
    (folder / "old").mkdir(parents=True)
    shutil_copy(SEED_PROVINCES, folder / "a.txt")
    shutil_copy(SEED_YEARS, folder / "old" / "b.txt")
    result = okot("check", "--no-cache", "--exclude", "*.txt", "answers", cwd=tmp_path)
    assert result.returncode == 2
    assert err(result) == ("okot-audit: error: answers: no answers found: the exclude patterns leave out every "
                           "answer file in this folder or below it (2)\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = okot("check", "--no-cache", "--exclude", "*.txt", "empty", cwd=tmp_path)
    assert "empty: no answers found (no *.txt" in err(result)
