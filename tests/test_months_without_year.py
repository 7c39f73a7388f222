"""A header of months named without their year (``Sector januari februari … oktober``), the
year named in the prose above the table (``per maand in 2020``): each month is a period of that
year (``2020-01``), in text laid out in columns and single-spaced alike. Without a year in the
text the table is an ``unreadable-table`` error that says so — it was one before, said to name
its columns "by category", whatever the text said."""

from __future__ import annotations

import pytest

from okot_audit import read_text

MONTHS = ["januari", "februari", "maart", "april"]
ROWS = [("Zorg", [40, 35, 12, 0]), ("Onderwijs", [21, 18, 5, 3])]


def _text(sentence: str, laid_out: bool, total_column: bool = False) -> str:
    header = ["Sector", *MONTHS, *(["Totaal"] if total_column else [])]
    rows = [(label, [*counts, *([sum(counts)] if total_column else [])]) for label, counts in ROWS]
    rows.append(("Totaal", [sum(c[i] for _, c in rows) for i in range(len(rows[0][1]))]))

    def line(cells):
        return cells[0].ljust(12) + "".join(str(c).rjust(10) for c in cells[1:]) if laid_out else " ".join(map(str, cells))

    return "\n".join([
        "Vraag nr. 19 van 11 januari 2021", "OKOT - instroom", "", "Antwoord", "", sentence, "",
        line(header), *(line([label, *counts]) for label, counts in rows), "",
    ])


@pytest.mark.parametrize("laid_out", [True, False])
@pytest.mark.parametrize("total_column", [False, True])
def test_months_without_their_year_take_the_year_the_prose_names(laid_out, total_column):
    answer = read_text(_text("1. Het aantal inschrijvingen per maand in 2020, per sector:", laid_out, total_column), "m.txt")
    (table,) = answer.tables
    months = ["2020-01", "2020-02", "2020-03", "2020-04"]
    assert [p.label for p in table.periods] == months + (["Totaal"] if total_column else [])
    assert table.measure == "enrolled"
    assert table.title == "Sector"
    zorg = {c.period: c.count for c in table.cells if c.label == "Zorg"}
    assert [zorg[m] for m in months] == [40, 35, 12, 0]
    assert answer.issues == []


def test_months_without_a_year_anywhere_are_reported_not_read():
    answer = read_text(_text("1. Het aantal inschrijvingen per maand, per sector:", laid_out=True), "m.txt")
    assert answer.tables == []
    assert [(i.kind, i.reason) for i in answer.issues] == [("unreadable-table", "no-period")]


def test_prose_that_ends_in_months_is_no_header():
    text = "\n".join([
        "Vraag nr. 19 van 11 januari 2021", "OKOT - instroom", "", "1. De cijfers per sector van 2020:", "",
        "Sector 2020", "Zorg 40", "Onderwijs 21", "Totaal 61", "",
        "De meeste cursisten starten in september of oktober", "Zorg 12", "Onderwijs 3",
    ])
    answer = read_text(text + "\n", "p.txt")
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2020"]]
