"""Both seed answers read cell for cell as the hand-checked transcription says."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import pytest

from okot_audit import read_answer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).parent / "data" / "gold"
EDUCATION = "000_699ad5193617b98e"
CARE = "002_f58759045b60ed02"


def gold_year_cells(name: str) -> list[tuple]:
    """(level, code, label, period, count) for every non-blank cell of a gold year table."""
    with open(GOLD / name, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        periods = [f for f in reader.fieldnames if f not in ("code", "label")]
        out = []
        for row in reader:
            total = row["code"] == "TOTAL"
            for period in periods:
                if row[period] != "":
                    out.append((
                        "total" if total else "row", None if total else row["code"],
                        None if total else row["label"], period, int(row[period]),
                    ))
        return out


def gold_province_cells() -> list[tuple]:
    with open(GOLD / f"{CARE}.started_by_province.csv", newline="", encoding="utf-8") as handle:
        out = []
        for row in csv.DictReader(handle):
            if row["province"] == "ALL":
                out.append(("total", None, None, None, int(row["count"])))
            elif row["code"] == "TOTAL":
                out.append(("subtotal", None, row["province"], None, int(row["count"])))
            else:
                out.append(("row", row["code"], row["province"], row["label"], int(row["count"])))
        return out


@pytest.mark.parametrize(
    "measure,gold",
    [("started", "started"), ("graduated", "graduated"), ("stopped_or_failed", "stopped")],
)
def test_education_tables_match_gold_cell_for_cell(measure, gold):
    answer = read_answer(SEEDS / f"{EDUCATION}.txt")
    table = answer.table(measure)
    got = [
        (c.level, c.code, c.label if c.level == "row" else None, c.period, c.count)
        for c in table.cells
    ]
    assert got == gold_year_cells(f"{EDUCATION}.{gold}.csv")


def test_care_table_matches_gold_cell_for_cell():
    answer = read_answer(SEEDS / f"{CARE}.txt")
    table = answer.table("started_by_province")
    got = []
    for c in table.cells:
        assert c.period == "2020"
        if c.level == "total":
            got.append(("total", None, None, None, c.count))
        elif c.level == "subtotal":
            got.append(("subtotal", None, c.province, None, c.count))
        else:
            got.append(("row", c.code, c.province, c.label, c.count))
    assert got == gold_province_cells()


def test_seed_metadata():
    education = read_answer(SEEDS / f"{EDUCATION}.txt")
    assert education.sector == "onderwijs"
    assert (education.question_number, education.question_date) == (74, datetime.date(2022, 10, 14))
    assert [t.measure for t in education.tables] == ["started", "graduated", "stopped_or_failed"]
    assert all(t.unique_persons and t.layout.name == "code_rows" for t in education.tables)
    partial = {t.measure: [p.label for p in t.periods if p.partial] for t in education.tables}
    assert partial == {"started": [], "graduated": ["2022"], "stopped_or_failed": ["2022"]}
    assert "eerste jaarhelft" in education.table("graduated").period("2022").note
    assert education.issues == []

    care = read_answer(SEEDS / f"{CARE}.txt")
    assert care.sector == "zorg"
    assert care.question_number is None
    (table,) = care.tables
    assert (table.measure, table.layout.name, table.unique_persons) == ("started", "code_rows_by_province", True)
    (period,) = table.periods
    assert period.label == "2020" and period.partial and "oktober 2020" in period.note
    assert care.issues == []


def test_every_cell_keeps_its_source_line():
    for name in (EDUCATION, CARE):
        path = SEEDS / f"{name}.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
        for table in read_answer(path).tables:
            for cell in table.cells:
                printed = f"{cell.count:,}".replace(",", ".")
                assert str(cell.count) in lines[cell.line - 1] or printed in lines[cell.line - 1]
