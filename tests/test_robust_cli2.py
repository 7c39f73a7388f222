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
