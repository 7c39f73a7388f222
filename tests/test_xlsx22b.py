"""Workbooks and folder walks (xlsx22b): a header's dates read by what the cell shows, a year
typed into a date cell said so, a count beyond 64 bits in Parquet, and the files a folder walk
left out in silence (``.xls``, ``.ods``) or did not read (``.csv``)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okot_audit import audit, cli
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

from clitools import SEED_PROVINCES
from generate.xlsx import workbook_bytes


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


# --------------------------------------------------------------------------- dates in a header

openpyxl = pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

#: Persons per province and period, the province rows' counts (the total their sum: additive).
PROVINCES = ("Antwerpen", "Limburg", "Oost-Vlaanderen")
#: openpyxl's default for a datetime written without a format.
DEFAULT = None


def annex(heads: list, formats: list[str | None], counts: list[list[int]]) -> bytes:
    """A sheet: a caption, the header `heads` (each cell with its number format, None for what
    openpyxl writes by default), a row per province of `counts` and their Totaal."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Aantal gestarte cursisten OKOT per provincie"])
    sheet.append([])
    sheet.append(["Provincie", *heads])
    for column, number_format in enumerate(formats, start=2):
        if number_format is not None:
            sheet.cell(3, column).number_format = number_format
    for province, row in zip(PROVINCES, counts):
        sheet.append([province, *row])
    sheet.append(["Totaal", *(sum(column) for column in zip(*counts))])
    return workbook_bytes(book)


def read(data: bytes):
    answer = parse_answer(source_from_bytes(data, "annex.xlsx"))
    return answer, [f for f in audit(answer).findings if f.severity != "info"]


def periods_of(answer) -> list[list[str]]:
    return [list(dict.fromkeys(c.period for c in t.cells)) for t in answer.tables]


counts_of = st.integers(2, 5).flatmap(lambda n: st.lists(
    st.lists(st.integers(0, 400), min_size=n, max_size=n), min_size=len(PROVINCES), max_size=len(PROVINCES)))


@given(first=st.integers(2005, 2020), counts=counts_of,
       number_format=st.sampled_from(["dd/mm/yyyy", "d/m/yyyy", "dd-mm-yy", "yyyy-mm-dd", "mm/dd/yyyy", DEFAULT]))
def test_successive_first_januaries_shown_as_full_dates_are_years(first, counts, number_format):
    years = [first + i for i in range(len(counts[0]))]
    data = annex([dt.datetime(y, 1, 1) for y in years], [number_format] * len(years), counts)
    answer, found = read(data)
    assert periods_of(answer) == [[str(y) for y in years]]
    assert found == []
    cells = {(c.province or c.label, c.period): c.count for t in answer.tables for c in t.cells}
    for province, row in zip(PROVINCES, counts):
        assert [cells[(province, str(y))] for y in years] == row


@given(year=st.integers(2005, 2020), month=st.integers(1, 8), counts=counts_of,
       number_format=st.sampled_from(["dd/mm/yyyy", "yyyy-mm-dd", DEFAULT]))
def test_firsts_of_successive_months_shown_as_full_dates_are_months(year, month, counts, number_format):
    months = [(year, month + i) for i in range(len(counts[0]))]
    data = annex([dt.datetime(y, m, 1) for y, m in months], [number_format] * len(months), counts)
    answer, found = read(data)
    assert periods_of(answer) == [[f"{y}-{m:02d}" for y, m in months]]
    assert found == []


@pytest.mark.parametrize("others, periods", [
    ([2019, 2020], ["2018", "2019", "2020"]),  # among years: a year
    (["2018-02", "2018-03"], ["2018-01", "2018-02", "2018-03"]),  # among months: a month
])
def test_one_first_of_january_reads_as_the_other_header_cells_do(others, periods):
    data = annex([dt.datetime(2018, 1, 1), *others], ["dd/mm/yyyy", None, None], [[10, 12, 14], [5, 6, 7], [8, 9, 10]])
    answer, found = read(data)
    assert periods_of(answer) == [periods]
    assert found == []


def test_a_date_of_another_day_in_a_header_of_years_keeps_its_day():
    source = source_from_bytes(annex([dt.datetime(2018, 3, 5), 2019], ["dd/mm/yyyy", None], [[1, 2]] * 3))
    assert "2018-03-05" in source.lines[2]


@pytest.mark.parametrize("number_format, shown", [
    ("dd/mm/yyyy", "10/07/1905, 11/07/1905, 12/07/1905"),
    (DEFAULT, "1905-07-10, 1905-07-11, 1905-07-12"),
    ("d/m/yy", "10/7/05, 11/7/05, 12/7/05"),
])
def test_years_typed_into_date_cells_are_said_at_their_row(number_format, shown):
    data = annex([2018, 2019, 2020], [number_format or "yyyy-mm-dd h:mm:ss"] * 3, [[10, 12, 14], [5, 6, 7], [8, 9, 10]])
    answer, found = read(data)
    said = [f for f in found if f.rule == "unreadable-table" and f.line == 3]
    assert len(said) == 1
    message = said[0].message
    assert f"the cells B3, C3, D3 of the annex show the dates {shown}, days in 1905" in message
    assert "they hold the numbers 2018, 2019, 2020, years typed into cells formatted as a date" in message
    assert not any(f.rule.startswith("total") for f in found)


def test_one_year_typed_into_a_date_cell_among_years_is_said_and_its_table_not_totalled():
    data = annex([2017, 2018, 2019], [None, "dd/mm/yyyy", None], [[10, 12, 14], [5, 6, 7], [8, 9, 10]])
    answer, found = read(data)
    said = [f for f in found if f.rule == "unreadable-table" and "1905" in f.message and "the cell C3" in f.message]
    assert len(said) == 1 and said[0].line == 3
    assert "shows the date 10/07/1905, a day in 1905" in said[0].message
    assert "it holds the number 2018, a year typed into a cell formatted as a date" in said[0].message
    nl = [f for f in audit(answer, lang="nl").findings if f.line == 3 and "1905" in f.message]
    assert "de cel C3 van de bijlage toont de datum 10/07/1905" in nl[0].message


def test_a_real_date_is_no_year_typed_as_one():
    source = source_from_bytes(annex([dt.datetime(2018, 1, 1), dt.datetime(2019, 1, 1)], ["dd/mm/yyyy"] * 2,
                                     [[1, 2]] * 3))
    assert not [u for u in source.unread if u.reason == "year-as-date"]


def test_a_walk_leaves_out_the_csv_the_run_writes_and_writes_it_again(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "map").mkdir()
    (tmp_path / "map" / "a.txt").write_bytes(SEED_PROVINCES.read_bytes())
    status, _, _ = run_cli(["extract", "map", "-o", "map/cells.csv"], capsys)
    first = (tmp_path / "map" / "cells.csv").read_text(encoding="utf-8")
    assert status == 0 and first.count("\n") > 10
    status, _, err = run_cli(["extract", "map", "-o", "map/cells.csv"], capsys)
    assert status == 0
    assert "map/cells.csv: skipped: the file this run writes (--output)" in err
    assert (tmp_path / "map" / "cells.csv").read_text(encoding="utf-8") == first
    status, _, err = run_cli(["extract", "map/cells.csv", "-o", "map/cells.csv"], capsys)
    assert status == 2 and "is one of the answers being read" in err  # (named: refused, as before)
