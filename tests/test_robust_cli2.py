"""The command line and cross-answer matching, third review (cli11): each case once started
more processes than asked-for sense, took a file for an option, read a table of mixed
delimiters into garbage, or told one school year from itself — now one line and a contract exit
status, or the reading a user expects."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from clitools import SEED_PROVINCES, SEED_YEARS, err, okot, out
from okot_audit import run as audit_run

# --------------------------------------------------------------------------- --jobs


def test_the_worker_count_is_capped_at_the_files_and_a_few_per_core(monkeypatch):
    monkeypatch.setattr(audit_run, "cores", lambda: 2)
    assert audit_run.worker_count(1000, 64) == 2 * audit_run.JOBS_PER_CORE
    assert audit_run.worker_count(1000, 3) == 3
    assert audit_run.worker_count(3, 1000) == 3
    assert audit_run.worker_count(1, 1000) == 1
    assert audit_run.worker_count(8, 0) == 1


def test_jobs_1000_starts_no_more_processes_than_the_cap(monkeypatch, tmp_path):
    # --jobs 1000 over 10 files started 10 processes on a machine of 2 cores (over 64 files, 64).
    import concurrent.futures

    started = []
    real = concurrent.futures.ProcessPoolExecutor

    class Spy(real):  # type: ignore[misc, valid-type]
        def __init__(self, max_workers=None, **kwargs):
            started.append(max_workers)
            super().__init__(max_workers=max_workers, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Spy)
    monkeypatch.setattr(audit_run, "cores", lambda: 1)
    for n in range(10):
        shutil.copy(SEED_PROVINCES, tmp_path / f"a{n}.txt")
    inputs = audit_run.collect([str(tmp_path)])
    answers, failures, _ = audit_run.read_all(inputs, jobs=1000)
    assert len(answers) == 10 and not failures
    assert started == [audit_run.JOBS_PER_CORE]


def test_the_json_report_is_byte_identical_whatever_the_jobs(tmp_path):
    for n in range(3):
        shutil.copy(SEED_PROVINCES, tmp_path / f"p{n}.txt")
        shutil.copy(SEED_YEARS, tmp_path / f"y{n}.txt")
    reports = {jobs: okot("check", "--no-cache", "--format", "json", "-j", jobs, ".", cwd=tmp_path)
               for jobs in ("1", "2", "0", "1000")}
    assert {r.returncode for r in reports.values()} == {0}
    assert len({r.stdout for r in reports.values()}) == 1


@pytest.mark.parametrize("value, lang, line", [
    ("-1", "en", "okot-audit: error: --jobs -1: give the number of processes, 1 or more (0: one per core)"),
    ("abc", "en", "okot-audit: error: --jobs abc: give the number of processes, 1 or more (0: one per core)"),
    ("-3", "nl", "okot-audit: fout: --jobs -3: geef het aantal processen, 1 of meer (0: één per kern)"),
])
def test_a_negative_or_no_number_of_jobs_is_one_line_exit_2(value, lang, line, tmp_path):
    result = okot("check", "--lang", lang, f"--jobs={value}", str(SEED_PROVINCES), cwd=tmp_path)
    assert result.returncode == 2 and err(result).splitlines() == [line] and not result.stdout


# --------------------------------------------------------------------------- a file named like an option


@pytest.mark.parametrize("name", ["-x", "--foo.txt", "-xyz"])
@pytest.mark.parametrize("command", ["check", "extract"])
def test_a_file_named_like_an_option_says_how_to_give_it(name, command, tmp_path):
    # click read it as an option: "no such option '-x'", and the user saw no way out.
    shutil.copy(SEED_PROVINCES, tmp_path / name)
    result = okot(command, name, cwd=tmp_path)
    option = name if name.startswith("--") else name[:2]
    assert result.returncode == 2 and not result.stdout
    assert err(result).splitlines() == [
        f"okot-audit: error: no such option '{option}', but '{name}' is a file: to read it, write './{name}' "
        f"or put '--' before the paths ('okot-audit {command} -- {name}')"]
    for fixed in (["--", name], [f"./{name}"]):
        assert okot(command, *fixed, cwd=tmp_path).returncode == 0


def test_a_file_named_like_an_option_in_dutch(tmp_path):
    shutil.copy(SEED_PROVINCES, tmp_path / "-x")
    result = okot("check", "--lang", "nl", "-x", cwd=tmp_path)
    assert result.returncode == 2
    assert err(result) == ("okot-audit: fout: onbekende optie '-x', maar '-x' is een bestand: schrijf './-x' of "
                           "zet '--' voor de paden om het te lezen ('okot-audit check -- -x')\n")


def test_an_unknown_option_that_is_no_file_keeps_clicks_line(tmp_path):
    result = okot("check", "-x", str(SEED_PROVINCES), cwd=tmp_path)
    assert result.returncode == 2
    assert err(result) == "okot-audit: error: no such option '-x' (see 'okot-audit check --help')\n"


# --------------------------------------------------------------------------- periods in their canonical form


def _province_table(first: str, second: str) -> str:
    """A province x period table laid out in columns, its figures right under its periods."""
    w1, w2 = len(first) + 4, len(second) + 4
    rows = [("Provincie", first, second), ("Antwerpen", "10", "12"), ("Limburg", "5", "6"), ("Totaal", "15", "18")]
    body = "\n".join(label.ljust(20) + a.rjust(w1) + b.rjust(w2) for label, a, b in rows)
    return f"OKOT's - Zorgsector\n\n1. Hieronder het aantal gestarte unieke cursisten per provincie.\n{body}\n"


@pytest.mark.parametrize("first, second, expected", [
    # school years: the contract's form is 2019-2020, however the answer prints them
    ("2020-2021", "2021-2022", ("2020-2021", "2021-2022")),
    ("2020-21", "2021-22", ("2020-2021", "2021-2022")),
    ("2020/2021", "2021/2022", ("2020-2021", "2021-2022")),
    ("2020/21", "2021/22", ("2020-2021", "2021-2022")),
    ("2020\u20132021", "2021\u20132022", ("2020-2021", "2021-2022")),  # an en dash: not read at all
    ("2020\u201321", "2021\u201322", ("2020-2021", "2021-2022")),
    ("2020 - 2021", "2021 - 2022", ("2020-2021", "2021-2022")),  # spaced: not read at all
    ("schooljaar 2020-21", "schooljaar 2021-22", ("2020-2021", "2021-2022")),
    ("1999-00", "2000-01", ("1999-2000", "2000-2001")),
    ("2010-11", "2011-12", ("2010-2011", "2011-2012")),
    ("2019-21", "2021-23", ("2019-2021", "2021-2023")),  # spans of two years
    # months: 2020-10
    ("januari 2021", "februari 2021", ("2021-01", "2021-02")),
    ("2021-01", "2021-02", ("2021-01", "2021-02")),
    ("2021/01", "2021/02", ("2021-01", "2021-02")),
    ("01/2021", "02/2021", ("2021-01", "2021-02")),  # not read at all
    ("jan. 2021", "feb. 2021", ("2021-01", "2021-02")),  # "jan. 2" was a sentence's end: not read
    ("sept 2021", "okt 2021", ("2021-09", "2021-10")),  # sept 2021 was the year 2021
    ("sept. 2021", "mrt 2022", ("2021-09", "2022-03")),
    ("2011-11", "2011-12", ("2011-11", "2011-12")),  # December 2011 among months, no school year
    ("november 2011", "december 2011", ("2011-11", "2011-12")),
])
def test_every_spelling_of_a_period_is_extracted_in_the_contracts_form(first, second, expected, tmp_path):
    (tmp_path / "a.txt").write_text(_province_table(first, second), encoding="utf-8")
    result = okot("extract", "--format", "json", "a.txt", cwd=tmp_path)
    assert result.returncode == 0, err(result)
    import json

    cells = json.loads(out(result))
    assert [(c["label"], c["period"], c["count"]) for c in cells] == [
        ("Antwerpen", expected[0], 10), ("Antwerpen", expected[1], 12), ("Limburg", expected[0], 5),
        ("Limburg", expected[1], 6), ("Totaal", expected[0], 15), ("Totaal", expected[1], 18)]


def test_a_word_that_starts_like_a_month_is_no_month():
    # "maar 2018" (… niet geslaagde OKOT'(s) 2018 over a header's words) is no March.
    from okot_audit.parse.context import period_list

    found = period_list("Unieke cursisten met stopgezette en uitgevoerde maar 2018 2019")
    assert found is not None and [t.label for t in found[1]] == ["2018", "2019"]


def test_a_school_year_named_in_a_sentence_that_says_provisional_is_partial_in_any_form():
    from okot_audit import read_text

    text = _province_table("2020-21", "2021-22").replace("per provincie.", "per provincie. De cijfers voor "
                                                            "2021/2022 zijn voorlopig.")
    answer = read_text(text, path="a.txt")
    assert [(p.label, p.partial) for p in answer.tables[0].periods] == [("2020-2021", False), ("2021-2022", True)]


# --------------------------------------------------------------------------- mixed delimiters

MIXED_HEAD = "OKOT's - Zorgsector\n\n1. Hieronder het aantal gestarte unieke cursisten per provincie.\n"
CLEAN_CELLS = [("Antwerpen", "2020", 10), ("Antwerpen", "2021", 12), ("Limburg", "2020", 5), ("Limburg", "2021", 6),
               ("Oost-Vlaanderen", "2020", 7), ("Oost-Vlaanderen", "2021", 8), ("Totaal", "2020", 22),
               ("Totaal", "2021", 26)]


def _cells_and_findings(text: str):
    from okot_audit import audit, read_text

    answer = read_text(text, path="m.csv")
    cells = [(c.label, c.period, c.count) for t in answer.tables for c in t.cells]
    return cells, [(f.rule, f.line, f.message) for f in audit(answer).findings if f.severity != "info"]


@pytest.mark.parametrize("delimiters", [";,\t;", "\t;,;\t", ",;;,", ";\t\t;", "\t,;\t"])
def test_a_table_whose_rows_mix_delimiters_is_read_when_each_row_is_plain(delimiters):
    # Some rows with ';', some with ',', some with tabs: the rows in the block's own delimiter
    # were read, the others lost without a word (or the total reported as "no numbers").
    header, *rows = delimiters + delimiters[-1]
    lines = [("Provincie", "2020", "2021"), ("Antwerpen", "10", "12"), ("Limburg", "5", "6"),
             ("Oost-Vlaanderen", "7", "8"), ("Totaal", "22", "26")]
    text = MIXED_HEAD + "\n".join(d.join(cells) for d, cells in zip([header, *rows], lines)) + "\n"
    assert _cells_and_findings(text) == (CLEAN_CELLS, [])


@pytest.mark.parametrize("row, numbers", [
    ("Limburg;5;6;9", "5, 6, 9"),  # a cell too many
    ("Limburg;5", "5"),  # a cell short: which period is blank cannot be told
    ("Limburg;5,6", "5, 6"),  # a decimal comma, or a comma between two cells?
])
def test_a_row_whose_cells_do_not_fit_the_table_is_an_error_at_its_line_not_garbage(row, numbers):
    # The row ended the block: its figures were lost without a word, and the rows below it were
    # laid out on columns of their own (a row "not aligned", or a total over rows it lacks).
    text = MIXED_HEAD + f"Provincie;2020;2021\nAntwerpen;10;12\n{row}\nOost-Vlaanderen;7;8\nTotaal;22;26\n"
    cells, findings = _cells_and_findings(text)
    assert cells == [c for c in CLEAN_CELLS if c[0] != "Limburg"]
    assert [(rule, line) for rule, line, _ in findings] == [("unreadable-table", 6)]
    assert findings[0][2] == (
        f"cannot read the row '{row}' of a table printed with delimiters: it has more or fewer cells than the "
        f"table's 3 columns, so which column each of its figures ({numbers}) belongs to cannot be told; the row "
        "is not read and the table's totals were not checked")


def test_a_row_two_delimiters_split_into_the_tables_cells_is_not_guessed():
    text = MIXED_HEAD + "Provincie\t2020\nAntwerpen\t10\nLimburg;5,6\nOost-Vlaanderen\t7\nTotaal\t22\n"
    cells, findings = _cells_and_findings(text)
    assert ("Limburg", "2020", 5) not in cells and ("Oost-Vlaanderen", "2020", 7) in cells
    assert [(rule, line) for rule, line, _ in findings] == [("unreadable-table", 6)]
    assert "two delimiters (of ';', ',' and tab) each split it into the table's 2 columns" in findings[0][2]


def test_a_markdown_row_short_of_a_cell_is_an_error_and_the_rows_after_it_are_read():
    text = MIXED_HEAD + ("| Provincie | 2020 | 2021 |\n|---|---|---|\n| Antwerpen | 10 | 12 |\n| Limburg | 5 |\n"
                         "| Totaal | 15 | 18 |\n")
    cells, findings = _cells_and_findings(text)
    assert ("Totaal", "2021", 18) in cells and not any(label == "Limburg" for label, _, _ in cells)
    assert [(rule, line) for rule, line, _ in findings] == [("unreadable-table", 7)]


def test_a_delimited_row_that_does_not_fit_says_so_in_dutch_and_extract_names_it(tmp_path):
    (tmp_path / "m.csv").write_text(MIXED_HEAD + "Provincie;2020;2021\nAntwerpen;10;12\nLimburg;5\n"
                                    "Totaal;15;18\n", encoding="utf-8")
    result = okot("check", "--lang", "nl", "-q", "m.csv", cwd=tmp_path)
    assert result.returncode == 1
    assert "de rij 'Limburg;5' van een tabel met scheidingstekens is niet te lezen" in out(result)
    result = okot("extract", "m.csv", cwd=tmp_path)
    assert result.returncode == 1
    assert err(result).splitlines() == [
        "okot-audit: error: m.csv:6: a table could not be read here (cell-count); its figures are not in the "
        "output — okot-audit check says more"]


def test_delimited_lines_after_a_table_are_no_part_of_it():
    # A line of other cells after the table's last row ends it, as before: no error for a
    # source line (Bron: VDAB;2022;…) below a table.
    text = MIXED_HEAD + "Provincie;2020;2021\nAntwerpen;10;12\nLimburg;5;6\nOost-Vlaanderen;7;8\nTotaal;22;26\n"
    assert _cells_and_findings(text + "Bron: VDAB;2022\n") == (CLEAN_CELLS, [])


# --------------------------------------------------------------------------- bad inputs: the hunt


def _one_line(result, start: str) -> str:
    text = err(result)
    assert result.returncode == 2, (result.returncode, text)
    assert len(text.splitlines()) == 1 and text.startswith(start), text
    assert "internal error" not in text and "Traceback" not in text
    return text.rstrip("\n")


@pytest.mark.parametrize("make, expected", [
    # each was "internal error (…). This is a bug in okot-audit"
    (lambda d: (d / "cat").mkdir(), "okot-audit: error: cat: catalogue is a folder, not a CSV file (from --catalogue)"),
    (lambda d: (os.symlink("cat", d / "cat.tmp"), os.rename(d / "cat.tmp", d / "cat")) and None,
     "okot-audit: error: cat: cannot read the catalogue (Too many levels of symbolic links) (from --catalogue)"),
    (lambda d: (d / "cat").write_text('code,sector,label\n900611,zorg,a\n900612,zorg,"' + "x" * 200_000 + '"\n'),
     "okot-audit: error: cat:3: catalogue is not CSV that can be read (field larger than field limit (131072)) "
     "(from --catalogue)"),
    # read, its sector "zorg\0" made every code of the answer an error
    (lambda d: (d / "cat").write_text("code,sector\n900611,zorg\x00\n"),
     "okot-audit: error: cat:2: catalogue holds binary data (NUL byte), not CSV text (from --catalogue)"),
])
def test_a_catalogue_that_cannot_be_read_is_one_line(make, expected, tmp_path):
    make(tmp_path)
    result = okot("check", "--catalogue", "cat", str(SEED_PROVINCES), cwd=tmp_path)
    assert _one_line(result, "okot-audit: error: ") == expected


@pytest.mark.parametrize("args, expected", [
    # an unset variable in a script: the run went on without the catalogue or with the nearest
    # pyproject.toml, or said ".: no such configuration file"
    (["--catalogue", ""], "--catalogue is empty: give the CSV file of extra training codes, or leave --catalogue out"),
    (["--config", ""], "--config is empty: give the configuration file, or leave --config out to use the nearest "
                       "pyproject.toml"),
    (["--config", "conf"], "conf: is a folder, not a configuration file (--config)"),  # "no such configuration file"
])
def test_an_empty_or_folder_setting_file_is_refused(args, expected, tmp_path):
    (tmp_path / "conf").mkdir()
    result = okot("check", *args, str(SEED_PROVINCES), cwd=tmp_path)
    assert _one_line(result, "okot-audit: error: ") == f"okot-audit: error: {expected}"
    assert not result.stdout


def test_a_missing_configuration_file_says_so_in_dutch(tmp_path):
    result = okot("check", "--lang", "nl", "--config", "x.toml", str(SEED_PROVINCES), cwd=tmp_path)
    assert _one_line(result, "okot-audit: fout: ") == "okot-audit: fout: x.toml: configuratiebestand bestaat niet (--config)"


@pytest.mark.parametrize("command, fmt", [("check", "json"), ("extract", "csv"), ("extract", "parquet")])
@pytest.mark.parametrize("output, expected", [
    ("folder", "cannot write folder: it is a folder; name a file to write"),
    ("missing/report.out", "cannot write missing/report.out: there is no folder 'missing'"),
])
def test_an_output_that_cannot_be_made_is_refused_before_anything_is_read(command, fmt, output, expected, tmp_path,
                                                                          monkeypatch):
    # The run read and audited every answer first, and then failed with the system's words
    # (parquet: "Failed to open local file 'folder'. Detail: [errno 21] Is a directory").
    (tmp_path / "folder").mkdir()
    result = okot(command, "--format", fmt, "-o", output, "answer-that-is-not-there.txt", cwd=tmp_path)
    assert _one_line(result, "okot-audit: error: ") == f"okot-audit: error: {expected}"
    assert not (tmp_path / "missing").exists()


def test_a_datapackage_output_folder_may_be_new(tmp_path):
    result = okot("extract", "--format", "datapackage", "-o", "pkg", str(SEED_PROVINCES), cwd=tmp_path)
    assert result.returncode == 0, err(result)
    assert sorted(p.name for p in (tmp_path / "pkg").iterdir()) == ["cells.csv", "datapackage.json"]


@pytest.mark.parametrize("name, data, expected", [
    ("empty.txt", b"", "empty.txt: file is empty"),
    ("blank.txt", b"  \n\t\n", "blank.txt: file holds only white space"),
    ("junk.txt", bytes(range(256)) * 8, "junk.txt:1: binary data (NUL byte); expected the text of an answer"),
    ("fake.pdf", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj garbage", "fake.pdf: not a readable PDF"),
])
def test_unusable_files_are_one_line_with_the_file(name, data, expected, tmp_path):
    (tmp_path / name).write_bytes(data)
    for command in ("check", "extract"):
        text = _one_line(okot(command, name, cwd=tmp_path), "okot-audit: error: ")
        assert text.startswith(f"okot-audit: error: {expected}"), text


def test_a_pdf_suffix_on_text_and_utf16_text_are_read_as_the_answer(tmp_path):
    (tmp_path / "text.pdf").write_bytes(SEED_PROVINCES.read_bytes())
    (tmp_path / "utf16.txt").write_bytes(SEED_PROVINCES.read_text(encoding="utf-8").encode("utf-16"))
    reports = [okot("check", "-q", name, cwd=tmp_path) for name in ("text.pdf", "utf16.txt")]
    assert [r.returncode for r in reports] == [0, 0]
    assert all("1 answer, 1 table: 0 errors, 0 warnings" in out(r) for r in reports)


def test_empty_standard_input_and_a_symlink_loop_are_one_line(tmp_path):
    assert _one_line(okot("check", "-", cwd=tmp_path, stdin=b""), "okot-audit: error: ") == \
        "okot-audit: error: <stdin>: file is empty"
    os.symlink("loop2", tmp_path / "loop1")
    os.symlink("loop1", tmp_path / "loop2")
    assert _one_line(okot("check", "loop1", cwd=tmp_path), "okot-audit: error: ") == \
        "okot-audit: error: loop1: a loop of symbolic links that leads to no file"


def test_a_line_of_many_megabytes_is_one_line_naming_the_line(tmp_path):
    (tmp_path / "long.txt").write_text("VDAB OKOT\n" + "x" * 5_000_000 + "\n", encoding="utf-8")
    text = _one_line(okot("check", "long.txt", cwd=tmp_path), "okot-audit: error: ")
    assert text == "okot-audit: error: long.txt:2: line is 5,000,000 characters long; not the text of an answer"


def test_a_folder_without_answers_and_an_unknown_rule_or_format_are_one_line(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "readme.md").write_text("x")
    assert "docs: no answers found" in _one_line(okot("check", "docs", cwd=tmp_path), "okot-audit: error: ")
    text = _one_line(okot("check", "--select", "nope", str(SEED_PROVINCES), cwd=tmp_path), "okot-audit: error: ")
    assert "no rule matches 'nope'" in text
    text = _one_line(okot("check", "--format", "xml", str(SEED_PROVINCES), cwd=tmp_path), "okot-audit: error: ")
    assert "invalid value for '--format': 'xml' is not one of" in text


@pytest.mark.parametrize("command", ["check", "extract"])
def test_output_dash_is_standard_output_not_a_file_named_dash(command, tmp_path):
    # `-o -` wrote a file named "-" in the working folder, and nothing to standard output.
    plain = okot(command, str(SEED_PROVINCES), cwd=tmp_path)
    dashed = okot(command, "-o", "-", str(SEED_PROVINCES), cwd=tmp_path)
    assert dashed.returncode == plain.returncode == 0
    assert dashed.stdout == plain.stdout and dashed.stdout
    assert not (tmp_path / "-").exists()
    okot(command, "-o", "./-", str(SEED_PROVINCES), cwd=tmp_path)
    assert (tmp_path / "-").read_bytes() == plain.stdout


@pytest.mark.parametrize("said, period, partial", [
    ("in het schooljaar 2021-22", "2021-2022", False),  # was 2021
    ("in het schooljaar 2021-2022", "2021-2022", False),  # was 2022 (the last year named)
    ("in het schooljaar 2021\u20132022", "2021-2022", False),
    ("in het schooljaar 2021/22 (voorlopige cijfers)", "2021-2022", True),
    ("in schooljaar 2011-12", "2011-2012", False),
    ("in 2021", "2021", False),
    ("op 2021-12-05 in 2021", "2021", False),  # a day's date is no school year
])
def test_a_school_year_named_only_in_the_prose_is_the_tables_period(said, period, partial):
    from okot_audit import read_text

    text = (f"OKOT's - Zorgsector\n\n1. Hieronder het aantal gestarte unieke cursisten per provincie {said}.\n"
            "Provincie  Aantal\nAntwerpen  10\nLimburg  5\nTotaal  15\n")
    answer = read_text(text, path="a.txt")
    assert [(p.label, p.partial) for t in answer.tables for p in t.periods] == [(period, partial)]
    assert {c.period for t in answer.tables for c in t.cells} == {period}


@pytest.mark.parametrize("number_format, dates, expected", [
    ("mmm-yy", [(2021, 1), (2021, 2)], {"2021-01", "2021-02"}),  # shown jan-21: was 2021-01-01, no period
    ("[$-813]mmmm\\ yyyy", [(2021, 1), (2021, 2)], {"2021-01", "2021-02"}),  # januari 2021
    ("yyyy", [(2020, 1), (2021, 1)], {"2020", "2021"}),
])
def test_an_annex_whose_period_cells_are_dates_shown_as_months_or_years_is_read(number_format, dates, expected):
    import datetime as dt
    import io

    openpyxl = pytest.importorskip("openpyxl")
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["VDAB OKOT: aantal gestarte unieke cursisten per provincie"])
    sheet.append([])
    sheet.append(["Provincie", *(dt.datetime(y, m, 1) for y, m in dates)])
    for cell in sheet[3][1:]:
        cell.number_format = number_format
    for row in (["Antwerpen", 10, 12], ["Limburg", 5, 6], ["Totaal", 15, 18]):
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    answer = parse_answer(source_from_bytes(data.getvalue(), "annex.xlsx"))
    assert {c.period for t in answer.tables for c in t.cells} == expected and not answer.issues
    assert len([c for t in answer.tables for c in t.cells]) == 6


def test_a_quoted_cell_may_hold_a_delimiter_in_a_table_of_mixed_delimiters():
    # "Antwerpen; stad" split at its semicolon: a row of four cells, which ended the table.
    text = MIXED_HEAD + ('Provincie;2020;2021\n"Antwerpen; stad";10;12\n"Limburg;Hasselt",5,6\n'
                         "Oost-Vlaanderen;7;8\nTotaal;22;26\n")
    cells, findings = _cells_and_findings(text)
    assert findings == []
    assert [c for c in cells if c[0] != "Totaal"][:4] == [
        ("Antwerpen; stad", "2020", 10), ("Antwerpen; stad", "2021", 12), ("Limburg;Hasselt", "2020", 5),
        ("Limburg;Hasselt", "2021", 6)]


def test_empty_cells_a_row_has_beyond_the_tables_columns_say_nothing():
    # An exporter's trailing delimiter (`Limburg;5;6;`) made the row one of four cells: the
    # table ended there, the row's figures lost without a word.
    text = MIXED_HEAD + "Provincie;2020;2021\nAntwerpen;10;12\nLimburg;5;6;\nOost-Vlaanderen;7;8;;\nTotaal;22;26;\n"
    assert _cells_and_findings(text) == (CLEAN_CELLS, [])


@pytest.mark.parametrize("args", [["-x"], ["rules", "-x"]])
def test_a_command_without_paths_gives_no_hint_about_files(args, tmp_path):
    shutil.copy(SEED_PROVINCES, tmp_path / "-x")
    result = okot(*args, cwd=tmp_path)
    assert result.returncode == 2 and "is a file" not in err(result) and "no such option '-x'" in err(result)


PROVINCES = ("Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel")


@pytest.mark.parametrize("seed", range(40))
def test_any_mix_of_delimiters_row_by_row_reads_the_table_exactly(seed):
    """Each row of a province x year table in a delimiter of its own (`;`, `,`, tab; the
    header too), a blank cell here and there: every cell read as printed, no error."""
    import random

    rng = random.Random(seed)
    years = [str(2018 + i) for i in range(rng.randint(1, 4))]
    provinces = rng.sample(PROVINCES, rng.randint(2, 6))
    grid = {(p, y): (rng.randint(1, 999) if rng.random() > 0.15 else None) for p in provinces for y in years}
    for p in provinces:  # every row holds a figure
        if all(grid[(p, y)] is None for y in years):
            grid[(p, years[0])] = rng.randint(1, 999)
    totals = {y: sum(grid[(p, y)] or 0 for p in provinces) for y in years}
    rows = [["Provincie", *years]] + [[p, *("" if grid[(p, y)] is None else str(grid[(p, y)]) for y in years)]
                                      for p in provinces] + [["Totaal", *(str(totals[y]) for y in years)]]
    lines = [rng.choice(";,\t").join(row) for row in rows]
    cells, findings = _cells_and_findings(MIXED_HEAD + "\n".join(lines) + "\n")
    expected = [(p, y, grid[(p, y)]) for p in provinces for y in years if grid[(p, y)] is not None]
    expected += [("Totaal", y, totals[y]) for y in years]
    assert cells == expected, lines
    assert findings == [], (lines, findings)
