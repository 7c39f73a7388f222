"""The command line, its inputs and its reports under odd names and many skipped files
(robust20): each case once lost a name's bytes, misnamed a file, or buried the terminal."""

from __future__ import annotations

import json
import os
import pickle
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okot_audit import cli
from okot_audit.findings import Finding, InputFailure, Report
from okot_audit.report import render
from okot_audit.report.github import annotation, file_property

from clitools import ROOT, SEED_PROVINCES

#: A file name's byte 0xFF as Python holds it (``os.fsdecode``): a lone surrogate.
NOT_UTF8 = "nl/\udcffx.txt"


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    """`okot-audit ARGS` in this process: the exit status, stdout and stderr."""
    with pytest.raises(SystemExit) as ended:
        cli.main(args)
    captured = capsys.readouterr()
    return ended.value.code, captured.out, captured.err


def finding_at(path: str) -> Finding:
    return Finding(rule="code-unknown", code="OK203", severity="warning", path=path, line=3, table=None,
                   measure=None, period=None, province=None, training_code="908099", stated=None,
                   observed=None, difference=None, message=f"908099 is not in the catalogue (in {path})")


# --------------------------------------------------------------------------- GitHub annotations


def unescape_property(value: str) -> str:
    """What the Actions runner makes of a property's value (its ``UnescapeProperty``)."""
    return (value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def test_a_line_break_in_a_file_name_is_escaped_for_the_runner_not_made_a_space():
    line = annotation("error", "m", file="a\nb\r.txt", line=2)
    assert line.startswith("::error file=a%0Ab%0D.txt,line=2::")


@given(st.text(alphabet="ab.%:,\n\r\t/ é", max_size=20))
def test_the_runner_reads_back_every_plain_file_name(name):
    line = annotation("warning", "m", file=name, line=1)
    value = line[len("::warning file="):line.index(",line=1::")]
    assert "\n" not in line and "\r" not in line
    assert unescape_property(value) == name


def test_a_file_name_keeps_its_controls_visible_in_an_annotation():
    assert file_property("a\x1b\u202eb\udcff.txt") == "a\\x1b\\u202eb\\xff.txt"


# --------------------------------------------------------------------------- names that are no UTF-8


@pytest.mark.parametrize("fmt", ["json", "sarif", "html", "markdown", "text", "github"])
def test_every_report_of_a_name_that_is_no_utf8_is_valid_utf8(fmt):
    report = Report([], [finding_at(NOT_UTF8)], [InputFailure("bad/\udcfe.txt", None, "file is empty")])
    text = render(report, fmt)
    text.encode("utf-8")  # (strict: a lone surrogate raises)
    assert "\\udcff" not in text and "nl/\\xffx.txt" in text.replace("\\\\", "\\")


def test_the_json_report_writes_a_names_byte_as_backslash_x():
    data = json.loads(render(Report([], [finding_at(NOT_UTF8)]), "json"))
    (finding,) = data["findings"]
    assert finding["path"] == "nl/\\xffx.txt"
    assert finding["message"].endswith("(in nl/\\xffx.txt)")
    os_bytes = finding["path"].encode().replace(b"\\xff", b"\xff")
    assert os.fsdecode(os_bytes) == NOT_UTF8  # the name's bytes, had again


def test_a_lone_surrogate_that_is_no_byte_is_written_as_backslash_u():
    data = json.loads(render(Report([], [finding_at("a\ud800.txt")]), "json"))
    assert data["findings"][0]["path"] == "a\\ud800.txt"


def test_sarif_keeps_the_byte_in_its_uri():
    log = json.loads(render(Report([], [finding_at(NOT_UTF8)]), "sarif"))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "nl/%FFx.txt"


def _not_utf8_file(tmp_path):
    name = os.fsdecode(b"\xffantwoord.txt")
    try:
        (tmp_path / name).write_bytes(SEED_PROVINCES.read_bytes())
    except (OSError, UnicodeError):
        pytest.skip("the file system takes no name that is no UTF-8")
    return name


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes (Linux)")
@pytest.mark.parametrize("fmt", ["csv", "json", "parquet", "datapackage"])
def test_extract_writes_a_name_that_is_no_utf8(tmp_path, monkeypatch, capsys, fmt):
    pytest.importorskip("pyarrow") if fmt == "parquet" else None
    monkeypatch.chdir(tmp_path)
    name = _not_utf8_file(tmp_path)
    target = {"csv": [], "json": [], "parquet": ["-o", "c.parquet"], "datapackage": ["-o", "pkg"]}[fmt]
    status, out, error = run_cli(["extract", name, "--format", fmt, *target], capsys)
    assert status == 0, error
    if fmt == "parquet":
        import pandas as pd

        paths = set(pd.read_parquet(tmp_path / "c.parquet")["path"])
    elif fmt == "datapackage":
        paths = {line.split(",", 1)[0] for line in (tmp_path / "pkg" / "cells.csv").read_text("utf-8").splitlines()[1:]}
    elif fmt == "json":
        paths = {record["path"] for record in json.loads(out)}
    else:
        paths = {line.split(",", 1)[0] for line in out.splitlines()[1:]}
    assert paths == {"\\xffantwoord.txt"}


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes (Linux)")
def test_check_json_of_a_name_that_is_no_utf8(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    name = _not_utf8_file(tmp_path)
    status, _, _ = run_cli(["check", name, "--format", "json", "--no-cache", "-o", "r.json"], capsys)
    raw = (tmp_path / "r.json").read_bytes()
    assert status == 0 and b"\\udcff" not in raw
    data = json.loads(raw.decode("utf-8"))
    assert {d["path"] for d in data["documents"]} == {"\\xffantwoord.txt"}


# --------------------------------------------------------------------------- a missing path with a line break


def test_a_missing_path_with_a_line_break_is_no_such_file_on_the_command_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    status, _, error = run_cli(["check", "missing\nfile.txt", "--no-cache"], capsys)
    assert status == 2
    assert error == "okot-audit: error: missing\\nfile.txt: no such file or folder\n"
    assert "read_text" not in error


def test_the_library_still_says_text_was_given_for_a_path():
    from okot_audit import InputError, audit

    with pytest.raises(InputError, match="read_text"):
        audit("Vraag 1\nTotaal 4 5\n")


# --------------------------------------------------------------------------- many skipped files


def _empty_files(folder, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"e{i:05d}.txt").write_bytes(b"")


def test_many_skipped_files_are_summed_up_on_the_terminal(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _empty_files(tmp_path / "leeg", 500)
    (tmp_path / "leeg" / "z.txt").write_text("Boodschappenlijst\nmelk 2\n", encoding="utf-8")
    status, _, error = run_cli(["check", "leeg", "--no-cache"], capsys)
    lines = error.splitlines()
    assert status == 0 and len(lines) == cli.NOTES_SHOWN + 1
    assert lines[0] == "okot-audit: note: leeg/e00000.txt: skipped: file is empty"
    assert lines[-1] == ("okot-audit: note: and 491 more files skipped (file is empty: 490; not an OKOT answer: 1); "
                         "'okot-audit check --format json' lists every one")
    status, _, error = run_cli(["check", "leeg", "--no-cache", "-q", "--lang", "nl"], capsys)
    assert error.splitlines()[-1].startswith("okot-audit: opmerking: en nog 491 overgeslagen bestanden (")


def test_the_json_report_lists_every_skipped_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _empty_files(tmp_path / "leeg", 30)
    (tmp_path / "leeg" / "a.txt").write_bytes(SEED_PROVINCES.read_bytes())
    status, out, _ = run_cli(["check", "leeg", "--no-cache", "--format", "json"], capsys)
    data = json.loads(out)
    assert status == 0 and list(data) == ["tool", "version", "documents", "findings", "skipped", "summary"]
    assert data["skipped"] == [{"path": f"leeg/e{i:05d}.txt", "reason": "file is empty"} for i in range(30)]


def test_few_skipped_files_are_each_named_and_a_run_without_any_lists_none(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _empty_files(tmp_path / "leeg", cli.NOTES_FROM - 1)
    _, _, error = run_cli(["check", "leeg", "--no-cache"], capsys)
    assert len(error.splitlines()) == cli.NOTES_FROM - 1 and "more files" not in error
    _, out, _ = run_cli(["check", str(SEED_PROVINCES), "--no-cache", "--format", "json"], capsys)
    assert "skipped" not in json.loads(out)


def test_a_note_keeps_its_parts_when_pickled():
    from okot_audit.run import Note

    note = Note("a.txt", "file is empty", "nl")
    again = pickle.loads(pickle.dumps(note))
    assert again == note == "a.txt: overgeslagen: file is empty"
    assert (again.path, again.reason, again.kind, again.excluded) == ("a.txt", "file is empty", "file is empty", False)


# --------------------------------------------------------------------------- damaged workbooks


def _workbook() -> bytes:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Provincie", "2020", "2021"], ["Antwerpen", 5, 6], ["Limburg", 3, 4], ["Totaal", 8, 10]):
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _with_part_data_garbled(data: bytes, part: str) -> bytes:
    """The workbook with the deflated bytes of its `part` overwritten: unpacking it is a
    ``zlib.error``, no ``BadZipFile``."""
    import struct

    at = 0  # (the first local header)
    while True:
        (size,) = struct.unpack("<I", data[at + 18:at + 22])
        name, extra = struct.unpack("<HH", data[at + 26:at + 30])
        start = at + 30 + name + extra
        if data[at + 30:at + 30 + name].decode() == part:
            assert size > 0  # (the sizes stand in the local header: no data descriptor)
            return data[:start] + b"\xff" * size + data[start + size:]
        at = start + size


def _with_version_needed(data: bytes, version: int) -> bytes:
    """The workbook whose central directory says its parts need zip version `version` / 10 to
    unpack (Python's zipfile: ``NotImplementedError: zip file version 10.5``)."""
    at = data.index(b"PK\x01\x02")
    return data[:at + 6] + version.to_bytes(2, "little") + data[at + 8:]


@pytest.mark.parametrize("damage", [lambda data: _with_part_data_garbled(data, "xl/worksheets/sheet1.xml"),
                                    lambda data: _with_version_needed(data, 105)],
                         ids=["sheet-deflate-stream-garbled", "zip-version-10.5"])
def test_a_damaged_workbook_is_one_line_not_an_internal_error(tmp_path, monkeypatch, capsys, damage):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bijlage.xlsx").write_bytes(damage(_workbook()))
    status, _, error = run_cli(["check", "bijlage.xlsx", "--no-cache"], capsys)
    assert status == 2 and len(error.splitlines()) == 1
    assert error.startswith("okot-audit: error: bijlage.xlsx: ") and "internal error" not in error


def test_a_garbled_part_that_no_table_needs_leaves_the_workbook_read(tmp_path, monkeypatch, capsys):
    # docProps/app.xml (which program wrote it) unpacks to nothing: the tables are read all the same
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bijlage.xlsx").write_bytes(_with_part_data_garbled(_workbook(), "docProps/app.xml"))
    status, out, error = run_cli(["extract", "bijlage.xlsx"], capsys)
    assert "internal error" not in error
    assert status == 0 and "Limburg" in out, error


# --------------------------------------------------------------------------- standard streams closed


def _run_with_closed(fd: int, args: list[str], cwd, stdin: bytes | None = None):
    """`python -m okot_audit ARGS` with the descriptor `fd` (0: input, 1: output) closed, as
    ``<&-`` / ``>&-`` leave it: the exit status and standard error."""
    import subprocess

    env = {k: v for k, v in os.environ.items() if not k.startswith("OKOT_AUDIT")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    result = subprocess.run([sys.executable, "-m", "okot_audit", *args], cwd=cwd, env=env,
                            stdout=None if fd == 1 else subprocess.DEVNULL, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL if fd != 0 else None,
                            preexec_fn=lambda: os.close(fd), timeout=120, check=False)
    return result.returncode, result.stderr.decode("utf-8")


@pytest.mark.skipif(os.name != "posix", reason="descriptors closed before the command starts (POSIX)")
@pytest.mark.parametrize(("args", "what"), [
    (["check", "a.txt", "--no-cache"], "the report to standard output"),
    (["check", "a.txt", "--no-cache", "--format", "json"], "the report to standard output"),
    (["extract", "a.txt"], "the tidy data to standard output"),
    (["rules"], "the report to standard output"),
    (["--version"], "to standard output"),
])
def test_a_closed_standard_output_is_one_line_not_an_internal_error(tmp_path, args, what):
    (tmp_path / "a.txt").write_bytes(SEED_PROVINCES.read_bytes())
    status, error = _run_with_closed(1, args, tmp_path)
    assert (status, error) == (2, f"okot-audit: error: cannot write {what}: standard output is closed\n")


@pytest.mark.skipif(os.name != "posix", reason="descriptors closed before the command starts (POSIX)")
def test_a_closed_standard_output_leaves_a_report_to_a_file_alone(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED_PROVINCES.read_bytes())
    status, error = _run_with_closed(1, ["check", "a.txt", "--no-cache", "--format", "json", "-o", "r.json"], tmp_path)
    assert (status, error) == (0, "")
    assert json.loads((tmp_path / "r.json").read_text("utf-8"))["summary"]["info"] > 0


@pytest.mark.skipif(os.name != "posix", reason="descriptors closed before the command starts (POSIX)")
def test_a_closed_standard_input_is_one_line_not_an_internal_error(tmp_path):
    status, error = _run_with_closed(0, ["check", "-", "--no-cache"], tmp_path)
    assert (status, error) == (2, "okot-audit: error: cannot read standard input: standard input is closed\n")
    status, error = _run_with_closed(0, ["check", "-", "--no-cache", "--lang", "nl"], tmp_path)
    assert (status, error) == (2, "okot-audit: fout: kan de standaardinvoer niet lezen: de standaardinvoer is gesloten\n")


# --------------------------------------------------------------------------- --output forms


def test_an_output_that_ends_in_a_slash_names_a_folder_not_a_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(SEED_PROVINCES.read_bytes())
    status, _, error = run_cli(["check", "a.txt", "--no-cache", "-o", "rapport/"], capsys)
    assert (status, error) == (2, "okot-audit: error: cannot write rapport/: there is no folder 'rapport'\n")
    assert not (tmp_path / "rapport").exists()


def test_an_output_name_too_long_is_refused_before_reading(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(SEED_PROVINCES.read_bytes())
    name = "r" * 300 + ".json"
    for command in (["check", "a.txt", "--no-cache"], ["extract", "a.txt"]):
        status, _, error = run_cli([*command, "-o", name], capsys)
        assert (status, error) == (2, f"okot-audit: error: cannot write {name}: File name too long\n")


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout")
def test_output_to_dev_stdout_of_a_pipe_is_written_to_the_pipe(tmp_path):
    import subprocess

    (tmp_path / "a.txt").write_bytes(SEED_PROVINCES.read_bytes())
    env = {k: v for k, v in os.environ.items() if not k.startswith("OKOT_AUDIT")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    result = subprocess.run([sys.executable, "-m", "okot_audit", "check", "a.txt", "--no-cache", "--format", "json",
                             "-o", "/dev/stdout"], cwd=tmp_path, env=env, capture_output=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["info"] > 0


def test_the_text_report_says_how_many_files_were_skipped_as_no_answer(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _empty_files(tmp_path / "leeg", 3)
    (tmp_path / "leeg" / "a.txt").write_bytes(SEED_PROVINCES.read_bytes())
    status, out, _ = run_cli(["check", "leeg", "--no-cache"], capsys)
    assert status == 0 and out.splitlines()[-1] == "3 files skipped as no answer (see the notes)"
    status, out, _ = run_cli(["check", "leeg/a.txt", "leeg/e00000.txt", "--exclude", "e0*", "--no-cache"], capsys)
    assert status == 0 and "skipped" not in out  # (left out by the user's own patterns: no answer unread)


# --------------------------------------------------------------------------- UTF-8 with lines in Windows-1252

MIXED_ANSWER = [
    "Vraag nr. 12 van 3 maart 2023",
    "van Jan Peeters",
    "Onderwijskwalificerende opleidingstrajecten (OKOT) - VDAB",
    "ANTWOORD",
    "1. Het aantal unieke cursisten dat een OKOT startte, per provincie (één cursist kan in twee provincies staan):",
    "Provincie 2020 2021 2022",
    "Antwerpen 120 – 131",
    "Limburg 80 91 –",
    "Oost-Vlaanderen 140 150 160",
    "Totaal 335 236 285",
    "De cijfers komen van VDAB; een – betekent dat de opleiding dat jaar niet liep.",
    "Cijfers voor 2022 zijn definitief, op de geïnde premies na.",
]
#: The lines a user's other program may have written in Windows-1252 (prose: no table line).
PROSE = [0, 1, 4, 10, 11]


def _cells(data: bytes) -> list[tuple]:
    from okot_audit import read_text

    answer = read_text(data, path="a.txt")
    return [tuple(v for k, v in record.items() if k != "path") for record in answer.records()]


@given(st.sets(st.sampled_from(PROSE), min_size=1))
def test_utf8_text_with_lines_in_windows_1252_reads_as_the_utf8_text(in_cp1252):
    lines = [line.encode("cp1252") if n in in_cp1252 else line.encode("utf-8")
             for n, line in enumerate(MIXED_ANSWER)]
    whole = "\n".join(MIXED_ANSWER).encode("utf-8")
    assert _cells(b"\n".join(lines)) == _cells(whole)


def test_the_mixed_answer_keeps_its_blank_marks():
    cells = _cells("\n".join(MIXED_ANSWER).encode("utf-8").replace("één cursist".encode(), "één cursist".encode("cp1252")))
    assert [(c[3], c[6], c[8]) for c in cells if c[2] == "row"] == [
        ("Antwerpen", "2020", 120), ("Antwerpen", "2022", 131), ("Limburg", "2020", 80), ("Limburg", "2021", 91),
        ("Oost-Vlaanderen", "2020", 140), ("Oost-Vlaanderen", "2021", 150), ("Oost-Vlaanderen", "2022", 160)]


def test_windows_1252_text_is_still_read_whole_in_it():
    from okot_audit.source import decode_text

    text = "\n".join(MIXED_ANSWER)
    assert decode_text(text.encode("cp1252")) == (text, "cp1252")
    assert decode_text(text.encode("utf-8")) == (text, "utf-8")
    mixed = text.encode("utf-8").replace("geïnde".encode(), "geïnde".encode("cp1252"))
    assert decode_text(mixed) == (text, "utf-8+cp1252")


def test_a_config_name_too_long_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_bytes(SEED_PROVINCES.read_bytes())
    name = "c" * 300 + ".toml"
    status, _, error = run_cli(["check", "a.txt", "--no-cache", "--config", name], capsys)
    assert (status, error) == (2, f"okot-audit: error: {name}: cannot read the configuration file: "
                                  "File name too long (--config)\n")
    status, _, error = run_cli(["check", "a.txt", "--no-cache", "--config", name, "--lang", "nl"], capsys)
    assert error.startswith(f"okot-audit: fout: {name}: het configuratiebestand kan niet gelezen worden: ")


def test_sarif_names_every_skipped_file_as_a_note(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _empty_files(tmp_path / "leeg", 2)
    (tmp_path / "leeg" / "a.txt").write_bytes(SEED_PROVINCES.read_bytes())
    status, out, _ = run_cli(["check", "leeg", "--no-cache", "--format", "sarif"], capsys)
    (invocation,) = json.loads(out)["runs"][0]["invocations"]
    assert status == 0 and invocation["executionSuccessful"] is True
    assert [(n["level"], n["descriptor"]["id"], n["message"]["text"],
             n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
            for n in invocation["toolExecutionNotifications"]] == [
        ("note", "input-skipped", "file is empty", f"leeg/e{i:05d}.txt") for i in range(2)]
