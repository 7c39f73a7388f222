"""Workbooks and folder walks (xlsx22b): a header's dates read by what the cell shows, a year
typed into a date cell said so, a count beyond 64 bits in Parquet, and the files a folder walk
left out in silence (``.xls``, ``.ods``) or did not read (``.csv``)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from okot_audit import cli

from clitools import SEED_PROVINCES


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    """`okot-audit ARGS` in this process: the exit status, stdout and stderr."""
    with pytest.raises(SystemExit) as ended:
        cli.main(args)
    captured = capsys.readouterr()
    return ended.value.code, captured.out, captured.err


# --------------------------------------------------------------------------- the folder walk

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def test_a_walk_names_old_excel_and_opendocument_workbooks_it_does_not_read(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "map").mkdir()
    (tmp_path / "map" / "a.txt").write_bytes(SEED_PROVINCES.read_bytes())
    (tmp_path / "map" / "bijlage.xls").write_bytes(OLE)
    (tmp_path / "map" / "bijlage.ODS").write_bytes(b"PK\x03\x04 an OpenDocument spreadsheet")
    status, out, err = run_cli(["check", "map", "--no-cache", "--format", "json"], capsys)
    skipped = {entry["path"]: entry["reason"] for entry in json.loads(out)["skipped"]}
    assert skipped == {
        "map/bijlage.ODS": "an OpenDocument spreadsheet (.ods), which is not read: save it as .xlsx to have it checked",
        "map/bijlage.xls": "an old Excel workbook (.xls), which is not read: save it as .xlsx to have it checked",
    }
    assert "okot-audit: note: map/bijlage.xls: skipped: an old Excel workbook (.xls)" in err
    status, out, _ = run_cli(["check", "map", "--no-cache", "--format", "sarif"], capsys)
    notes = json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert sum(".xls), which is not read" in n["message"]["text"] for n in notes) == 1
    status, _, err = run_cli(["check", "map", "--no-cache", "--exclude", "*.xls"], capsys)
    assert "bijlage.xls: skipped: an old" not in err  # (the user's own patterns leave it out: their note)


def test_a_walk_reads_a_csv_answer_and_notes_a_csv_that_is_none(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "map").mkdir()
    (tmp_path / "map" / "antwoord.csv").write_bytes(SEED_PROVINCES.read_bytes())
    (tmp_path / "map" / "gegevens.csv").write_text("a,b\n1,2\n")
    status, out, err = run_cli(["check", "map", "--no-cache", "--format", "json"], capsys)
    report = json.loads(out)
    assert [d["path"] for d in report["documents"]] == ["map/antwoord.csv"]
    assert report["documents"][0]["tables"]
    assert [s["path"] for s in report["skipped"]] == ["map/gegevens.csv"]
    assert report["skipped"][0]["reason"].startswith("not an OKOT answer")


# --------------------------------------------------------------------------- Parquet and 64 bits

BIG = "99999999999999999999999"


HUGE_ANSWER = f"""Vraag nr. 123
van 12 januari 2023
aan de minister van Werk
Aantal gestarte cursisten OKOT per opleiding

Opleiding                          2019    2020    2021
Lasser                              12      14      {BIG}
Elektricien                          5       6       7
"""


def test_parquet_writes_a_count_beyond_64_bits_empty_and_says_so(tmp_path, monkeypatch, capsys):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(HUGE_ANSWER, encoding="utf-8")
    status, out, err = run_cli(["extract", "a.txt", "--format", "csv"], capsys)
    cells = list(csv_rows(out))
    huge = [row for row in cells if row["count"] == BIG]
    assert len(huge) == 1
    status, _, err = run_cli(["extract", "a.txt", "--format", "parquet", "-o", "cells.parquet"], capsys)
    assert status == 1
    assert err.count("okot-audit: error:") == 1
    assert f"a.txt:{huge[0]['line']}: count {BIG} does not fit Parquet's 64-bit integer column" in err
    frame = pd.read_parquet(tmp_path / "cells.parquet")
    assert len(frame) == len(cells)  # every cell written, the huge one without its count
    at = frame[(frame["label"] == huge[0]["label"]) & (frame["period"] == huge[0]["period"])]
    assert len(at) == 1 and at["count"].isna().all()
    assert frame["count"].notna().sum() == len(cells) - 1


def csv_rows(text: str):
    import csv

    return csv.DictReader(io.StringIO(text))
