"""The `okot-audit` command as users run it: the installed console script, in a subprocess.

Exit statuses, one-line errors, formats, rule selection and the tidy extract are the outside
contract (CONTRACT.md); these tests hold the command to it.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections import Counter

import pytest
from clitools import (
    OKOT,
    HEAVY,
    SEED_PROVINCES,
    SEED_YEARS,
    copy_seeds,
    err,
    imported_modules,
    okot,
    out,
    unknown_code_text,
    wrong_total_text,
)

from okot_audit import __version__, read_answer
from okot_audit.cli import decide_color
from okot_audit.rules import all_rules
from okot_audit.tables import TIDY_COLUMNS


@pytest.fixture
def seeds(tmp_path):
    """A working folder holding `seeds/` (relative paths, as a user types them)."""
    copy_seeds(tmp_path)
    return tmp_path


def check_json(cwd, *args):
    result = okot("check", "--format", "json", "--no-cache", *args, cwd=cwd)
    return result, (json.loads(out(result)) if result.stdout else None)


def assert_one_line_error(result, *words):
    """Exit 2, nothing on stdout, exactly one `okot-audit: error:` line naming `words`."""
    text = err(result)
    assert result.returncode == 2, (result.returncode, out(result), text)
    assert "Traceback" not in text
    assert text.endswith("\n") and text.count("\n") == 1, text
    assert text.startswith("okot-audit: error: "), text
    for word in words:
        assert word in text, (word, text)
    assert result.stdout == b"", out(result)


# --------------------------------------------------------------------------- version, help


def test_version(tmp_path):
    result = okot("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert out(result) == f"okot-audit {__version__}\n"


def test_python_dash_m_runs_the_same_command(tmp_path):
    result = subprocess.run([sys.executable, "-m", "okot_audit", "--version"], cwd=tmp_path,
                            capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (0, f"okot-audit {__version__}\n")


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["check", "--help"], ["rules"]])
def test_start_up_does_not_import_heavy_libraries(tmp_path, args):
    result = okot(*args, cwd=tmp_path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0, err(result)
    modules = imported_modules(err(result))
    assert "click" in modules and "okot_audit" in modules  # the profile is really there
    assert not modules & set(HEAVY), sorted(modules & set(HEAVY))


def test_help_lists_the_commands(tmp_path):
    result = okot("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in ("check", "extract", "rules", "rule"):
        assert f"  {command} " in out(result)


# --------------------------------------------------------------------------- check


def test_check_seeds_passes_with_information_only(seeds):
    result = okot("check", "seeds/", cwd=seeds)
    assert result.returncode == 0, err(result)
    assert err(result) == ""
    text = out(result)
    assert "seeds/000_699ad5193617b98e.txt" in text and "seeds/002_f58759045b60ed02.txt" in text
    assert "20 info" in text


def test_check_json_report_matches_the_contract(seeds):
    result, report = check_json(seeds, "seeds")
    assert result.returncode == 0
    assert report["tool"] == "okot-audit" and report["version"] == __version__
    assert [d["path"] for d in report["documents"]] == [
        "seeds/000_699ad5193617b98e.txt", "seeds/002_f58759045b60ed02.txt"]
    assert [d["sector"] for d in report["documents"]] == ["onderwijs", "zorg"]
    assert report["summary"] == {"error": 0, "warning": 0, "info": 20}
    assert Counter(f["rule"] for f in report["findings"]) == {"parts-exceed-total": 15, "partial-period": 3, "period-not-given": 1, "answer-deferred": 1}
    antwerpen = [f for f in report["findings"] if f["province"] == "Antwerpen"]
    assert [(f["line"], f["stated"], f["observed"], f["difference"]) for f in antwerpen] == [(72, 577, 591, 14)]
    keys = ["rule", "code", "severity", "path", "line", "table", "measure", "period", "province",
            "training_code", "label", "page", "stated", "observed", "difference", "suggestion",
            "message"]
    assert all(list(f) == keys for f in report["findings"])


def test_check_json_is_byte_identical_across_runs(seeds):
    first = okot("check", "seeds", "--format", "json", "--no-cache", cwd=seeds)
    second = okot("check", "seeds", "--format", "json", "--no-cache", cwd=seeds)
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout and len(first.stdout) > 1000


def test_an_error_exits_1_and_names_place_and_numbers(tmp_path):
    (tmp_path / "answer.txt").write_text(wrong_total_text(), encoding="utf-8")
    result = okot("check", "answer.txt", "--no-cache", cwd=tmp_path)
    assert result.returncode == 1, err(result)
    assert "answer.txt:107" in out(result) and "OK101" in out(result)
    result, report = check_json(tmp_path, "answer.txt")
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert [(f["rule"], f["line"], f["period"], f["stated"], f["observed"], f["difference"]) for f in errors] == [
        ("total-exceeds-parts", 107, "2018", 450, 441, 9)]


@pytest.mark.parametrize("level, status", [("error", 0), ("warning", 1), ("info", 1)])
def test_fail_on_a_warning(tmp_path, level, status):
    (tmp_path / "answer.txt").write_text(unknown_code_text(), encoding="utf-8")
    result = okot("check", "answer.txt", "--no-cache", "--fail-on", level, cwd=tmp_path)
    assert result.returncode == status, out(result) + err(result)
    assert "code-unknown" in out(result)


@pytest.mark.parametrize("level, status", [("error", 0), ("warning", 0), ("info", 1)])
def test_fail_on_with_information_only(seeds, level, status):
    assert okot("check", "seeds", "--no-cache", "--fail-on", level, cwd=seeds).returncode == status


@pytest.mark.parametrize("options, rules", [
    (["--select", "OK103"], {"parts-exceed-total"}),
    (["--select", "partial-period"], {"partial-period"}),
    (["--select", "OK3"], {"partial-period"}),
    (["--select", "OK1,partial-period"], {"parts-exceed-total", "partial-period"}),
    (["--select", "OK1", "--select", "OK301"], {"parts-exceed-total", "partial-period"}),
    (["--ignore", "parts-exceed-total"], {"partial-period", "period-not-given", "answer-deferred"}),
    (["--ignore", "OK103,OK301"], {"period-not-given", "answer-deferred"}),
    (["--ignore", "OK103,OK301,OK4"], set()),
    (["--ignore", "OK103", "--ignore", "partial-period", "--ignore", "OK4"], set()),
    (["--select", "OK1", "--ignore", "OK103"], set()),
])
def test_select_and_ignore(seeds, options, rules):
    result, report = check_json(seeds, "seeds", *options)
    assert result.returncode == 0, err(result)
    assert {f["rule"] for f in report["findings"]} == rules


def test_select_keeps_a_chosen_error_and_ignore_drops_it(tmp_path):
    (tmp_path / "answer.txt").write_text(wrong_total_text(), encoding="utf-8")
    assert okot("check", "answer.txt", "--no-cache", "--select", "OK101", cwd=tmp_path).returncode == 1
    assert okot("check", "answer.txt", "--no-cache", "--ignore", "total-exceeds-parts", cwd=tmp_path).returncode == 0


def test_output_writes_the_report_to_a_file(seeds):
    result = okot("check", "seeds", "--format", "json", "--output", "report.json", "--no-cache", cwd=seeds)
    assert result.returncode == 0 and result.stdout == b"" and result.stderr == b""
    report = json.loads((seeds / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["info"] == 20


def test_lang_nl_gives_dutch_messages(seeds):
    _, english = check_json(seeds, "seeds", "--select", "OK103")
    _, dutch = check_json(seeds, "seeds", "--select", "OK103", "--lang", "nl")
    assert [f["stated"] for f in english["findings"]] == [f["stated"] for f in dutch["findings"]]
    assert english["findings"][0]["message"] != dutch["findings"][0]["message"]


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html", "sarif"])
def test_every_report_format_renders_the_seeds(seeds, fmt):
    result = okot("check", "seeds", "--format", fmt, "--no-cache", cwd=seeds)
    assert result.returncode == 0, err(result)
    assert "699ad5193617b98e" in out(result) and "f58759045b60ed02" in out(result)


def test_a_bad_file_among_good_ones_exits_2_after_reporting_the_others(seeds):
    (seeds / "empty.txt").write_bytes(b"")
    result = okot("check", "seeds/002_f58759045b60ed02.txt", "empty.txt", "--no-cache", cwd=seeds)
    assert result.returncode == 2
    assert "Antwerpen" in out(result)
    assert err(result) == "okot-audit: error: empty.txt: file is empty\n"


def test_a_folder_is_every_txt_below_it_sorted_without_hidden_folders(tmp_path):
    (tmp_path / "answers" / "b").mkdir(parents=True)
    (tmp_path / "answers" / ".hidden").mkdir()
    (tmp_path / "answers" / "b" / "2.txt").write_text(SEED_PROVINCES.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "answers" / "1.txt").write_text(SEED_YEARS.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "answers" / ".hidden" / "x.txt").write_bytes(b"")
    (tmp_path / "answers" / "notes.md").write_bytes(b"")
    result, report = check_json(tmp_path, "answers")
    assert result.returncode == 0, err(result)
    assert [d["path"] for d in report["documents"]] == ["answers/1.txt", "answers/b/2.txt"]


# --------------------------------------------------------------------------- bad invocations


def _write(tmp_path, name, data: bytes):
    (tmp_path / name).write_bytes(data)


BAD_INVOCATIONS = {
    "unknown option": (["check", "--frobnicate", "seeds"], None, ["--frobnicate"]),
    "missing path argument": (["check"], None, ["PATH"]),
    "path does not exist": (["check", "nope.txt"], None, ["nope.txt", "no such file"]),
    "empty file": (["check", "empty.txt"], ("empty.txt", b""), ["empty.txt", "empty"]),
    "white space only": (["check", "blank.txt"], ("blank.txt", b" \n\n  \n"), ["blank.txt"]),
    "binary file": (["check", "binary.txt"], ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50), ["binary.txt", "binary"]),
    "undecodable bytes": (["check", "bytes.txt"], ("bytes.txt", b"\x81\x8d\xff"), ["bytes.txt", "0x81"]),
    "not an answer": (["check", "prose.txt"], ("prose.txt", b"Dear reader,\nnothing here.\n"), ["prose.txt", "not an OKOT answer"]),
    "folder without answers": (["check", "empty-folder"], ("empty-folder/readme.md", b"x"), ["empty-folder: no answers found", "*.txt, *.pdf, *.xlsx, *.html, *.htm"]),
    "unknown rule selector": (["check", "seeds", "--select", "no-such-rule"], None, ["no-such-rule", "--select"]),
    "unknown ignored rule": (["check", "seeds", "--ignore", "OK999"], None, ["OK999", "--ignore"]),
    "bad format": (["check", "seeds", "--format", "xml"], None, ["--format", "xml"]),
    "bad fail level": (["check", "seeds", "--fail-on", "fatal"], None, ["--fail-on", "fatal"]),
    "bad language": (["check", "seeds", "--lang", "fr"], None, ["--lang"]),
    "missing catalogue": (["check", "seeds", "--catalogue", "extra.csv"], None, ["extra.csv", "not found"]),
    "bad catalogue": (["check", "seeds", "--catalogue", "bad.csv"], ("bad.csv", b"code,sector\n12,zorg\n"), ["bad.csv", "six digits"]),
    "unknown sector": (["check", "seeds", "--sector", "landbouw"], None, ["landbouw", "onderwijs"]),
    "output is an input": (["check", "seeds/002_f58759045b60ed02.txt", "-o", "seeds/002_f58759045b60ed02.txt"], None, ["--output"]),
    "unwritable output": (["check", "seeds", "-o", "no/such/folder/report.txt"], None, ["cannot write", "report.txt"]),
    "no command": ([], None, ["missing command"]),
    "unknown command": (["audit", "seeds"], None, ["audit"]),
    "unknown rule": (["rule", "no-such-rule"], None, ["no-such-rule", "okot-audit rules"]),
    "rule without a name": (["rule"], None, ["NAME_OR_CODE"]),
    "extract bad format": (["extract", "seeds", "--format", "xlsx"], None, ["--format", "xlsx"]),
    "extract parquet to stdout": (["extract", "seeds", "--format", "parquet"], None, ["--output"]),
    "extract empty file": (["extract", "empty.txt"], ("empty.txt", b""), ["empty.txt"]),
    "extract undecodable": (["extract", "bytes.txt"], ("bytes.txt", b"\x81\x8d\xff"), ["bytes.txt"]),
    "extract missing path": (["extract", "nope"], None, ["nope"]),
}


@pytest.mark.parametrize("case", sorted(BAD_INVOCATIONS))
def test_bad_invocation_exits_2_with_one_line(seeds, case):
    args, file, words = BAD_INVOCATIONS[case]
    if file:
        (seeds / file[0]).parent.mkdir(parents=True, exist_ok=True)
        (seeds / file[0]).write_bytes(file[1])
    result = okot(*args, cwd=seeds)
    assert_one_line_error(result, *words)


def test_parquet_without_pyarrow_says_what_to_install(seeds, tmp_path):
    blocker = tmp_path / "no-pyarrow"
    blocker.mkdir()
    (blocker / "pyarrow.py").write_text("raise ImportError('blocked for the test')\n", encoding="utf-8")
    result = okot("extract", "seeds", "--format", "parquet", "-o", "cells.parquet", cwd=seeds,
                  env={"PYTHONPATH": str(blocker)})
    assert_one_line_error(result, "okot-audit[parquet]")
    assert not (seeds / "cells.parquet").exists()


# --------------------------------------------------------------------------- extract


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_extract_csv_has_the_contract_columns_and_one_line_per_cell(seeds):
    result = okot("extract", "seeds/000_699ad5193617b98e.txt", cwd=seeds)
    assert result.returncode == 0, err(result)
    text = out(result)
    assert text.splitlines()[0] == "path,table,measure,level,province,code,label,period,partial,count,line,page,semantics"
    rows = read_csv(text)
    assert len(rows) == 208
    assert Counter(r["measure"] for r in rows) == {"started": 73, "graduated": 47, "stopped_or_failed": 88}
    assert {r["path"] for r in rows} == {"seeds/000_699ad5193617b98e.txt"}
    assert all(r["count"].isdigit() and r["line"].isdigit() for r in rows)
    assert {r["partial"] for r in rows} == {"true", "false"}
    assert {r["period"] for r in rows if r["partial"] == "true"} == {"2022"}
    lines = [int(r["line"]) for r in rows]
    assert lines == sorted(lines)  # document order


def test_extract_csv_province_table(seeds):
    rows = read_csv(out(okot("extract", "seeds/002_f58759045b60ed02.txt", cwd=seeds)))
    assert len(rows) == 100
    assert Counter(r["level"] for r in rows) == {"row": 93, "subtotal": 6, "total": 1}
    subtotals = [(r["province"], int(r["count"]), int(r["line"])) for r in rows if r["level"] == "subtotal"]
    assert subtotals[0] == ("Antwerpen", 577, 72)
    assert all(r["code"] == "" for r in rows if r["level"] != "row")
    assert all(len(r["code"]) == 6 for r in rows if r["level"] == "row")


def test_extract_of_a_folder_concatenates_in_path_order(seeds):
    rows = read_csv(out(okot("extract", "seeds", cwd=seeds)))
    assert len(rows) == 308
    assert [r["path"] for r in rows] == ["seeds/000_699ad5193617b98e.txt"] * 208 + ["seeds/002_f58759045b60ed02.txt"] * 100


def test_extract_csv_equals_the_library_records(seeds):
    rows = read_csv(out(okot("extract", "seeds/000_699ad5193617b98e.txt", cwd=seeds)))
    expected = read_answer(seeds / "seeds" / "000_699ad5193617b98e.txt").records()
    assert len(rows) == len(expected)
    for row, record in zip(rows, expected):
        as_text = {k: ("true" if v is True else "false" if v is False else "" if v is None else str(v)) for k, v in record.items()}
        assert row == {**as_text, "path": row["path"]}


def test_extract_json_round_trip(seeds):
    result = okot("extract", "seeds", "--format", "json", cwd=seeds)
    assert result.returncode == 0, err(result)
    records = json.loads(out(result))
    assert isinstance(records, list) and len(records) == 308
    assert all(list(r) == list(TIDY_COLUMNS) for r in records)
    csv_rows = read_csv(out(okot("extract", "seeds", cwd=seeds)))
    assert [str(r["count"]) for r in records] == [r["count"] for r in csv_rows]
    assert [r["label"] for r in records] == [r["label"] for r in csv_rows]
    assert all(isinstance(r["partial"], bool) and isinstance(r["count"], int) for r in records)


def test_extract_parquet_round_trip(seeds):
    import pandas as pd

    result = okot("extract", "seeds", "--format", "parquet", "--output", "cells.parquet", cwd=seeds)
    assert result.returncode == 0 and result.stdout == b"", err(result)
    frame = pd.read_parquet(seeds / "cells.parquet")
    assert list(frame.columns) == list(TIDY_COLUMNS)
    assert len(frame) == 308
    records = json.loads(out(okot("extract", "seeds", "--format", "json", cwd=seeds)))
    assert frame.astype(object).to_dict("records") == records


HUGE_COUNT = (
    "OKOT's - Zorgsector\n\nUnieke cursisten met gestarte OKOT'(s) 2019 2020\n"
    "908070: Verpleegkunde 99999999999999999999999 5\nTotaal 99999999999999999999999 5\n"
)


def test_a_count_too_large_for_any_column(tmp_path):
    """23 digits: check reports it as a schema violation; parquet cannot hold it: its cell is
    written with the count empty, and one error line per count says so (exit 1, as for a table
    that could not be read: a figure is not in the output)."""
    (tmp_path / "big.txt").write_text(HUGE_COUNT, encoding="utf-8")
    result = okot("check", "big.txt", "--select", "schema-violation", cwd=tmp_path)
    assert result.returncode == 1 and err(result) == ""
    assert out(result).count("OK302 schema-violation") == 2
    assert "big.txt:4: OK302" in out(result) and "big.txt:5: OK302" in out(result)
    result = okot("extract", "big.txt", "--format", "parquet", "-o", "big.parquet", cwd=tmp_path)
    assert result.returncode == 1 and out(result) == ""
    lines = err(result).splitlines()
    assert [line.split(": ")[2] for line in lines] == ["big.txt:4", "big.txt:5"], lines
    assert all(line.startswith("okot-audit: error: ") and "64-bit" in line for line in lines)
    assert (tmp_path / "big.parquet").exists()
    csv_rows = read_csv(out(okot("extract", "big.txt", cwd=tmp_path)))
    assert csv_rows[0]["count"] == "99999999999999999999999"


def test_extract_output_file(seeds):
    result = okot("extract", "seeds", "-o", "cells.csv", cwd=seeds)
    assert result.returncode == 0 and result.stdout == b""
    assert len(read_csv((seeds / "cells.csv").read_text(encoding="utf-8"))) == 308


# --------------------------------------------------------------------------- rules


def test_rules_lists_every_rule_in_aligned_columns(tmp_path):
    result = okot("rules", cwd=tmp_path)
    assert result.returncode == 0
    lines = out(result).splitlines()
    rules = all_rules()
    assert len(lines) == len(rules) >= 11
    for line, rule in zip(lines, rules):
        assert line.startswith(f"{rule.code}  {rule.name} ")
        assert f" {rule.severity} " in line and line.endswith(rule.summary)
    name_column = {line.index(rule.name) for line, rule in zip(lines, rules)}
    summary_column = {line.index(rule.summary) for line, rule in zip(lines, rules)}
    assert len(name_column) == 1 and len(summary_column) == 1
    for name in ("total-exceeds-parts", "parts-exceed-total", "schema-violation", "stray-number"):
        assert f"  {name} " in out(result)


@pytest.mark.parametrize("key", ["total-exceeds-parts", "OK101", "ok101"])
def test_rule_prints_the_documentation(tmp_path, key):
    result = okot("rule", key, cwd=tmp_path)
    assert result.returncode == 0
    rule = all_rules()[0]
    assert rule.code == "OK101"
    text = out(result)
    assert text.splitlines()[0] == "OK101 total-exceeds-parts (error)"
    assert rule.doc.strip() in text
    assert "## What it does" in text and "## Example" in text


# --------------------------------------------------------------------------- colour


def test_colour_only_on_a_terminal_without_no_color(monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert decide_color(None, None) is True
    assert decide_color(None, "report.txt") is False
    assert decide_color(False, None) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert decide_color(None, None) is False
    assert decide_color(True, None) is True
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    monkeypatch.delenv("NO_COLOR")
    assert decide_color(None, None) is False


def test_piped_text_has_no_escape_codes_unless_asked(seeds):
    plain = okot("check", "seeds", "--no-cache", cwd=seeds)
    assert b"\x1b[" not in plain.stdout
    forced_off = okot("check", "seeds", "--no-cache", "--no-color", cwd=seeds)
    assert forced_off.stdout == plain.stdout


# --------------------------------------------------------------------------- several inputs


def test_each_unreadable_input_gets_its_line_and_the_others_are_reported(seeds):
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "binary.txt").write_bytes(b"\x00\x01\x02" * 40)
    (seeds / "wrong.txt").write_text(wrong_total_text(), encoding="utf-8")
    result, report = check_json(seeds, "empty.txt", "seeds", "binary.txt", "wrong.txt", "nope.txt")
    assert result.returncode == 2  # the worst: inputs could not be audited
    assert [d["path"] for d in report["documents"]] == [
        "seeds/000_699ad5193617b98e.txt", "seeds/002_f58759045b60ed02.txt", "wrong.txt"]
    assert report["summary"]["error"] == 1
    lines = err(result).splitlines()
    assert lines == [
        "okot-audit: error: empty.txt: file is empty",
        "okot-audit: error: binary.txt:1: binary data (NUL byte); expected the text of an answer",
        "okot-audit: error: nope.txt: no such file or folder",
    ]


def test_extract_writes_the_readable_inputs_and_exits_2(seeds):
    (seeds / "empty.txt").write_bytes(b"")
    result = okot("extract", "empty.txt", "seeds/002_f58759045b60ed02.txt", cwd=seeds)
    assert result.returncode == 2
    assert len(read_csv(out(result))) == 100
    assert err(result) == "okot-audit: error: empty.txt: file is empty\n"


def test_an_input_that_breaks_the_reader_names_its_file_and_hides_no_other(seeds):
    """A 5,000-digit count: read as a schema violation, or else one line naming the file."""
    (seeds / "absurd.txt").write_text(HUGE_COUNT.replace("99999999999999999999999", "9" * 5000),
                                      encoding="utf-8")
    result = okot("check", "absurd.txt", "seeds/002_f58759045b60ed02.txt", "--format", "json", cwd=seeds)
    assert "Traceback" not in err(result)
    report = json.loads(out(result))
    assert "seeds/002_f58759045b60ed02.txt" in [d["path"] for d in report["documents"]]
    if result.returncode == 2:
        assert err(result).startswith("okot-audit: error: absurd.txt: ") and err(result).count("\n") == 1
    else:
        assert result.returncode == 1 and "absurd.txt" in [f["path"] for f in report["findings"]
                                                           if f["rule"] == "schema-violation"]


def test_a_folder_walk_reads_pdf_and_xlsx_files_too(tmp_path):
    (tmp_path / "answers").mkdir()
    (tmp_path / "answers" / "a.txt").write_text(SEED_YEARS.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "answers" / "b.pdf").write_bytes(b"%PDF-1.4 not really a pdf\x00\x01")
    (tmp_path / "answers" / "c.xlsx").write_bytes(b"PK\x03\x04 not really a workbook\x00")
    (tmp_path / "answers" / "d.csv").write_bytes(b"not, an, answer\n")
    result = okot("check", "answers", "--no-cache", cwd=tmp_path)
    assert result.returncode == 2
    assert "answers/a.txt" in out(result)
    failed = [line.split(": ")[2].split(":")[0] for line in err(result).splitlines() if ": error: " in line]
    assert failed == ["answers/b.pdf", "answers/c.xlsx"], err(result)
    # a .csv is read as delimited text: this one is no answer, and skipped with a note
    assert "okot-audit: note: answers/d.csv: skipped: not an OKOT answer" in err(result)


def test_jobs_give_a_byte_identical_report(seeds):
    for n in range(6):
        (seeds / "seeds" / f"copy{n}.txt").write_text(
            wrong_total_text() if n % 2 else unknown_code_text(), encoding="utf-8")
    (seeds / "seeds" / "empty.txt").write_bytes(b"")
    one = okot("check", "seeds", "--format", "json", "--no-cache", "--jobs", "1", cwd=seeds)
    two = okot("check", "seeds", "--format", "json", "--no-cache", "--jobs", "2", cwd=seeds)
    assert one.returncode == two.returncode == 1  # the empty file from a walk is a note
    assert one.stdout == two.stdout and len(json.loads(out(one))["documents"]) == 8
    assert one.stderr == two.stderr
    cells_one = okot("extract", "seeds", "--jobs", "1", cwd=seeds)
    cells_two = okot("extract", "seeds", "-j", "2", cwd=seeds)
    assert cells_one.stdout == cells_two.stdout and cells_one.returncode == 0


# --------------------------------------------------------------------------- standard input


def test_dash_reads_standard_input(tmp_path):
    result = okot("check", "-", "--format", "json", cwd=tmp_path, stdin=wrong_total_text().encode("utf-8"))
    assert result.returncode == 1, err(result)
    report = json.loads(out(result))
    assert [d["path"] for d in report["documents"]] == ["<stdin>"]
    assert [(f["path"], f["line"], f["code"]) for f in report["findings"] if f["severity"] == "error"] == [
        ("<stdin>", 107, "OK101")]
    cells = okot("extract", "-", cwd=tmp_path, stdin=SEED_PROVINCES.read_bytes())
    assert cells.returncode == 0 and len(read_csv(out(cells))) == 100


def test_dash_with_bad_bytes_is_one_line(tmp_path):
    assert_one_line_error(okot("check", "-", cwd=tmp_path, stdin=b""), "<stdin>", "empty")
    assert_one_line_error(okot("check", "-", cwd=tmp_path, stdin=b"\x81\x8d\xff"), "<stdin>", "0x81")
    assert_one_line_error(okot("check", "-", "-", cwd=tmp_path, stdin=b"x"), "standard input")


# --------------------------------------------------------------------------- linter options


def test_exit_zero_exits_0_on_findings_but_2_on_unreadable_input(tmp_path):
    (tmp_path / "answer.txt").write_text(wrong_total_text(), encoding="utf-8")
    result = okot("check", "answer.txt", "--exit-zero", cwd=tmp_path)
    assert result.returncode == 0 and "OK101" in out(result)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert okot("check", "answer.txt", "empty.txt", "--exit-zero", cwd=tmp_path).returncode == 2


def test_quiet_prints_errors_warnings_and_the_summary(tmp_path):
    (tmp_path / "a.txt").write_text(wrong_total_text(), encoding="utf-8")
    (tmp_path / "b.txt").write_text(unknown_code_text(), encoding="utf-8")
    # both are variants of one seed: figure-revised compares them, which is not the point here
    result = okot("check", "a.txt", "b.txt", "-q", "--ignore", "figure-revised", cwd=tmp_path)
    assert result.returncode == 1
    lines = [line for line in out(result).splitlines() if line]
    assert len(lines) == 3, lines
    assert lines[0].startswith("a.txt:107: OK101 total-exceeds-parts [error]")
    assert lines[1].startswith("b.txt:") and "OK203 code-unknown [warning]" in lines[1]
    info = json.loads(out(okot("check", "a.txt", "b.txt", "--format", "json", "--ignore", "figure-revised",
                               cwd=tmp_path)))["summary"]["info"]
    assert info > 0 and lines[2] == f"2 answers, 6 tables: 1 error, 1 warning, {info} info (not shown: --show-info shows them)"
    assert okot("check", "a.txt", "b.txt", "--quiet", "--ignore", "figure-revised", cwd=tmp_path).stdout == result.stdout


def test_hide_info_leaves_out_info_findings_in_every_format(seeds):
    result, report = check_json(seeds, "seeds", "--hide-info")
    assert result.returncode == 0 and report["findings"] == []
    assert report["summary"] == {"error": 0, "warning": 0, "info": 0}
    text = out(okot("check", "seeds", "--hide-info", "--no-cache", cwd=seeds))
    assert "[info]" not in text and "20 info (not shown: --show-info shows them)" in text
    shown = out(okot("check", "seeds", "--show-info", "--no-cache", cwd=seeds))
    assert shown == out(okot("check", "seeds", "--no-cache", cwd=seeds))  # showing info is the default
    assert shown.count("[info]") == 20
    # hidden info still counts for --fail-on info
    assert okot("check", "seeds", "--hide-info", "--fail-on", "info", cwd=seeds).returncode == 1


def test_statistics_count_the_findings_per_rule(seeds):
    result = okot("check", "seeds", "--statistics", "--no-cache", cwd=seeds)
    assert result.returncode == 0
    tail = out(result).split("findings per rule:\n", 1)[1].splitlines()
    assert tail == ["  15  OK103  parts-exceed-total  [info]", "   3  OK301  partial-period      [info]",
                    "   1  OK402  period-not-given    [info]", "   1  OK403  answer-deferred     [info]"]
    assert_one_line_error(okot("check", "seeds", "--statistics", "--format", "json", cwd=seeds),
                          "--statistics", "--format text")


def test_github_format_writes_workflow_annotations(tmp_path):
    (tmp_path / "a,b.txt").write_text(wrong_total_text(), encoding="utf-8")
    (tmp_path / "b.txt").write_text(unknown_code_text(), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    # both are variants of one seed: leave out their comparison (figure-revised), not the point here
    result = okot("check", "a,b.txt", "b.txt", "empty.txt", "--format", "github", "--no-cache",
                  "--ignore", "figure-revised", cwd=tmp_path)
    assert result.returncode == 2
    lines = out(result).splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    assert errors[0].startswith("::error file=a%2Cb.txt,line=107,title=OK101 total-exceeds-parts::Totaal 2018")
    assert errors[-1] == "::error file=empty.txt,title=okot-audit::file is empty"
    assert sum(line.startswith("::warning file=b.txt,line=") and "title=OK203 code-unknown::" in line
               for line in lines) == 1
    info = json.loads(out(okot("check", "a,b.txt", "b.txt", "--format", "json", "--no-cache",
                               "--ignore", "figure-revised", cwd=tmp_path)))["summary"]["info"]
    assert info > 0 and sum(line.startswith("::notice ") for line in lines) == info
    assert lines[-1] == f"2 answers, 6 tables: 1 error, 1 warning, {info} info"


def test_github_annotation_escapes():
    from okot_audit.report.github import annotation

    line = annotation("error", "50% of 2\nlines\r", file="a:b,c.txt", line=3, title="x: y, z")
    assert line == "::error file=a%3Ab%2Cc.txt,line=3,title=x%3A y%2C z::50%25 of 2 lines"
    assert "\u202e" not in annotation("notice", "a\u202eb", file="f")


def test_bidi_controls_from_the_input_are_escaped_on_the_terminal(tmp_path):
    name = "answer\u202etxt.txt"
    text = wrong_total_text().replace("908001: Educatieve bachelor voor", "908001: Educatieve \u2066bachelor voor", 1)
    (tmp_path / name).write_text(text, encoding="utf-8")
    for fmt, place in (("text", "answer\\u202etxt.txt:107"), ("github", "file=answer\\u202etxt.txt,line=107")):
        result = okot("check", name, "--format", fmt, "--no-cache", cwd=tmp_path)
        assert result.returncode == 1
        printed = out(result)
        assert not any(ch in printed for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), fmt
        assert place in printed, fmt


def test_a_write_error_on_stdout_is_one_line_exit_2(seeds):
    import os

    if not os.path.exists("/dev/full"):
        pytest.skip("/dev/full is not on this system")
    with open("/dev/full", "wb") as full:
        result = subprocess.run([str(OKOT), "check", "seeds", "--no-cache"], cwd=seeds, stdout=full,
                                stderr=subprocess.PIPE, env=clean_env(seeds))
    text = result.stderr.decode()
    assert result.returncode == 2, text
    assert text == "okot-audit: error: cannot write the report to standard output: No space left on device\n"


def test_the_progress_bar_shows_on_a_terminal_only(seeds):
    import os
    import pty

    for n in range(25):
        (seeds / "seeds" / f"copy{n:02d}.txt").write_text(SEED_YEARS.read_text(encoding="utf-8"), encoding="utf-8")
    piped = okot("check", "seeds", "--no-cache", "--jobs", "1", cwd=seeds)
    assert piped.returncode == 0 and piped.stderr == b""
    leader, follower = pty.openpty()
    try:
        result = subprocess.run([str(OKOT), "check", "seeds", "--no-cache", "--jobs", "1", "-o", "r.txt"],
                                cwd=seeds, stdout=subprocess.DEVNULL, stderr=follower, env=clean_env(seeds),
                                timeout=300)
        os.close(follower)
        follower = None
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if follower is not None:
            os.close(follower)
        os.close(leader)
    assert result.returncode == 0
    assert b"okot-audit" in shown and b"27/27" in shown, shown[-300:]
    quiet = okot("check", "seeds", "--no-cache", "-q", "-o", "r.txt", cwd=seeds)
    assert quiet.stderr == b""


# --------------------------------------------------------------------------- which files


def test_a_folder_walk_skips_non_answers_with_a_note(seeds):
    (seeds / "seeds" / "requirements.txt").write_text("click>=8\n", encoding="utf-8")
    result, report = check_json(seeds, "seeds")
    assert result.returncode == 0
    assert len(report["documents"]) == 2
    assert err(result) == ("okot-audit: note: seeds/requirements.txt: skipped: not an OKOT answer: "
                           "no table of training codes and no mention of OKOT or VDAB\n")
    # --quiet leaves out headings and info, never a file skipped (round 17: it hid this note)
    assert okot("check", "seeds", "-q", "--no-cache", cwd=seeds).stderr == result.stderr


def test_a_non_answer_named_alone_is_exit_2_unless_non_answers_are_skipped(seeds):
    (seeds / "requirements.txt").write_text("click>=8\n", encoding="utf-8")
    assert_one_line_error(okot("check", "requirements.txt", cwd=seeds), "requirements.txt", "not an OKOT answer")
    result = okot("check", "requirements.txt", "seeds/002_f58759045b60ed02.txt", "--skip-non-answers", cwd=seeds)
    assert result.returncode == 0, err(result)
    assert err(result).startswith("okot-audit: note: requirements.txt: skipped")
    alone = okot("check", "requirements.txt", "--skip-non-answers", "--format", "json", cwd=seeds)
    assert alone.returncode == 0 and json.loads(out(alone))["documents"] == []
    # a broken answer is still an error with --skip-non-answers (bytes no encoding reads in a
    # file whose words are an answer's); the same bytes with no answer's words are a note
    (seeds / "bytes.txt").write_bytes(b"OKOT VDAB\n\x81\x8d\xff")
    assert okot("check", "bytes.txt", "--skip-non-answers", cwd=seeds).returncode == 2
    (seeds / "bytes.txt").write_bytes(b"\x81\x8d\xff")
    assert okot("check", "bytes.txt", "--skip-non-answers", cwd=seeds).returncode == 0


def test_exclude_patterns_from_the_command_line_and_the_configuration(seeds):
    drafts = seeds / "seeds" / "drafts"
    drafts.mkdir()
    (drafts / "wrong.txt").write_text(wrong_total_text(), encoding="utf-8")
    (seeds / "seeds" / "wrong-old.txt").write_text(wrong_total_text(), encoding="utf-8")
    assert okot("check", "seeds", "--no-cache", cwd=seeds).returncode == 1
    result, report = check_json(seeds, "seeds", "--exclude", "drafts/,*-old.txt")
    assert result.returncode == 0, err(result)
    assert len(report["documents"]) == 2
    # a file named on the command line (pre-commit's list) obeys the patterns, with a note
    result = okot("check", "seeds/drafts/wrong.txt", "seeds/000_699ad5193617b98e.txt",
                  "--exclude", "drafts/", "--no-cache", cwd=seeds)
    assert result.returncode == 0
    assert err(result) == "okot-audit: note: seeds/drafts/wrong.txt: skipped: excluded by the exclude patterns\n"
    (seeds / "pyproject.toml").write_text('[tool.okot-audit]\nextend-exclude = ["drafts/"]\n'
                                          'exclude = ["*-old.txt"]\n', encoding="utf-8")
    result, report = check_json(seeds, "seeds")
    assert result.returncode == 0 and len(report["documents"]) == 2
    # --exclude replaces `exclude`; `extend-exclude` still holds
    assert check_json(seeds, "seeds", "--exclude", "nothing")[0].returncode == 1
    result, report = check_json(seeds, "seeds", "--exclude", "*-old.txt")
    assert result.returncode == 0


def test_default_excludes_leave_out_virtual_environments(tmp_path):
    (tmp_path / "answers" / "venv" / "lib").mkdir(parents=True)
    (tmp_path / "answers" / "venv" / "lib" / "LICENSE.txt").write_text("MIT\n", encoding="utf-8")
    (tmp_path / "answers" / "a.txt").write_text(SEED_YEARS.read_text(encoding="utf-8"), encoding="utf-8")
    result = okot("check", "answers", "--no-cache", cwd=tmp_path)
    assert result.returncode == 0 and result.stderr == b""


def test_config_file_option(seeds, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("settings")
    (elsewhere / "pyproject.toml").write_text('[tool.okot-audit]\nselect = ["OK301"]\n', encoding="utf-8")
    (elsewhere / "okot-audit.toml").write_text('ignore = ["OK3"]\nfail-on = "info"\n', encoding="utf-8")
    (seeds / "pyproject.toml").write_text('[tool.okot-audit]\nfail-on = "info"\n', encoding="utf-8")
    assert okot("check", "seeds", "--no-cache", cwd=seeds).returncode == 1  # the nearest file
    result, report = check_json(seeds, "seeds", "--config", str(elsewhere / "pyproject.toml"))
    assert result.returncode == 0 and report["summary"]["info"] == 3  # fail-on back to error
    result, report = check_json(seeds, "seeds", "--config", str(elsewhere / "okot-audit.toml"))
    assert result.returncode == 1 and report["summary"]["info"] == 17
    assert_one_line_error(okot("check", "seeds", "--config", "missing.toml", cwd=seeds), "missing.toml", "--config")
    (elsewhere / "bad.toml").write_text("fail-on = 'fatal'\n", encoding="utf-8")
    assert_one_line_error(okot("check", "seeds", "--config", str(elsewhere / "bad.toml"), cwd=seeds),
                          "bad.toml", "fail-on")


def clean_env(cwd):
    import os

    from clitools import cache_dir_for

    env = {k: v for k, v in os.environ.items() if not k.startswith("OKOT_AUDIT")}
    env["OKOT_AUDIT_CACHE_DIR"] = str(cache_dir_for(cwd))
    return env


def test_extract_streams_the_same_bytes_as_all_at_once(seeds):
    """Cells are written answer by answer; the bytes equal one rendering of all records."""
    from okot_audit.cli import records_csv, records_json

    records = [r for p in ("000_699ad5193617b98e.txt", "002_f58759045b60ed02.txt")
               for r in read_answer(seeds / "seeds" / p).records()]
    for record in records:
        record["path"] = record["path"].replace(str(seeds) + "/", "")
    csv_run = okot("extract", "seeds", cwd=seeds)
    json_run = okot("extract", "seeds", "--format", "json", cwd=seeds)
    assert csv_run.stdout.decode() == records_csv(records)
    assert json_run.stdout.decode() == records_json(records)
    (seeds / "prose.txt").write_text("OKOT antwoord zonder tabel.\n", encoding="utf-8")
    empty_csv = okot("extract", "prose.txt", cwd=seeds)
    empty_json = okot("extract", "prose.txt", "--format", "json", cwd=seeds)
    assert (empty_csv.returncode, out(empty_csv)) == (0, records_csv([]))
    assert (empty_json.returncode, out(empty_json)) == (0, records_json([]))


def test_notes_and_folder_errors_speak_dutch_with_lang_nl(seeds):
    (seeds / "seeds" / "requirements.txt").write_text("click>=8\n", encoding="utf-8")
    (seeds / "leeg").mkdir()
    result = okot("check", "seeds", "leeg", "--lang", "nl", "--no-cache", cwd=seeds)
    assert result.returncode == 2
    assert err(result).splitlines() == [
        "okot-audit: opmerking: seeds/requirements.txt: overgeslagen: geen OKOT-antwoord: geen tabel met "
        "opleidingscodes en geen vermelding van OKOT of VDAB",
        "okot-audit: fout: leeg: geen antwoorden gevonden (geen *.txt, *.pdf, *.xlsx, *.html, *.htm, *.xlsm, *.csv-bestand in deze map of eronder)",
    ]
    excluded = okot("check", "seeds/requirements.txt", "--exclude", "requirements.txt", "--lang", "nl", cwd=seeds)
    assert err(excluded) == ("okot-audit: opmerking: seeds/requirements.txt: overgeslagen: uitgesloten door de "
                             "exclude-patronen\n")


def test_extract_of_an_answer_with_an_unread_table_writes_what_it_read_and_exits_1(tmp_path):
    """Never a silent loss: the cells that were read are written, and each table region that
    could not be read is one line on stderr naming the file and line; exit status 1."""
    text = SEED_PROVINCES.read_text(encoding="utf-8") + "\n\n3. Per provincie.\n\n612\n655\n401\n420\n3.150\n"
    (tmp_path / "answer.txt").write_text(text, encoding="utf-8")
    result = okot("extract", "answer.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert len(out(result).splitlines()) == 1 + 100  # the header and the care seed's 100 cells
    lines = err(result).splitlines()
    assert len(lines) == 1 and lines[0].startswith("okot-audit: error: answer.txt:")
    assert "one-figure-per-line" in lines[0]
    assert okot("check", "answer.txt", "--no-cache", cwd=tmp_path).returncode == 1


def test_extract_names_each_row_it_could_not_read_and_each_withheld_count(tmp_path):
    """A row the totals could not place is an error line on stderr (exit 1); a count the answer
    withholds (``<5``) is a note line (no error): neither is silently missing from the output."""
    head = "OKOT's - Zorgsector\n\n1. Het aantal unieke cursisten.\n\n"
    (tmp_path / "row.txt").write_text(head + "Provincie 2020 2021 2022\nAntwerpen 1 2\nLimburg 3 4 5\nTotaal 5 6 7\n",
                                      encoding="utf-8")
    result = okot("extract", "row.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert err(result).splitlines() == [
        "okot-audit: error: row.txt:6: a row could not be read here (no-fit); its figures are not in the output"
        " — okot-audit check says more"]
    (tmp_path / "withheld.txt").write_text(head + "Provincie 2020 2021\nAntwerpen 120 131\nLimburg <5 7\nTotaal 123 138\n",
                                           encoding="utf-8")
    result = okot("extract", "withheld.txt", cwd=tmp_path)
    assert result.returncode == 0
    assert err(result).splitlines() == [
        "okot-audit: note: withheld.txt:7: a count is withheld here (<5, 2020); it is not in the output"]
    assert len(out(result).splitlines()) == 1 + 5  # the header and every figure printed
