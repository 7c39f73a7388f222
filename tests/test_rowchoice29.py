"""The row choice weighed alike everywhere (rowchoice29).

- A total line that no placement of its rows' figures fits, and whose readings fit as many of
  their columns as each other (or whose rows read several ways), stands under periods nothing
  tells: it is said (``ambiguous-alignment``, ``no-fit``) with the rows it would place — before,
  its first reading was taken and the rows placed by it (``Totaal 23 40`` over ``17 15`` and
  ``6 17`` under three periods: read as 2020 and 2021, a wrong total said in 2021, though 2021
  and 2022, or 2020 and 2022, read as well).
- A total line whose own words say it adds up (``Totaal inschrijvingen``) is weighed as a sum
  in every weighing against it (:func:`okot_audit.parse._weighed_unique`).
- One wrong total whose fault leaves one placement, where another total's fault leaves two, does
  not place the rows (test_red28's strict xfail says why): they stay said.
"""

from __future__ import annotations

import pytest
from test_red28 import HEAD, _cells, _errors

from okot_audit import read_text
from okot_audit.parse import _most_columns_fit, _weighed_unique
from okot_audit.parse.cells import Placement
from okot_audit.parse.regions import Item


def _reading(*values: int | None, label: str = "Totaal") -> Placement:
    return Placement(label=label, values=values, exact=False, rank=0)


def _table(rows: list[str], total: str, periods: str = "2020 2021 2022") -> str:
    codes = ["900611: Professionele bachelor verpleegkunde - 1ste jaar",
             "900612: Professionele bachelor verpleegkunde - 2de jaar",
             "900613: Professionele bachelor verpleegkunde - 3de jaar",
             "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar"]
    return (HEAD + "Tabel 1. Unieke cursisten met gestarte OKOT'(s) per opleiding\n\n" + f"Opleiding {periods}\n"
            + "".join(f"{code} {row}\n" for code, row in zip(codes, rows)) + f"{total}\n\nBron: VDAB.\n")


@pytest.mark.parametrize(("rows", "total"), [
    (["17 15", "6 17"], "Totaal 23 40"),  # (40 above 15 + 17 wherever the two columns stand)
    (["30 17", "3 18"], "Totaal 33 36"),
    (["35 28", "9 25", "40 29"], "Totaal inschrijvingen 84 83"),  # (a sum: 82 is not 83, in any two periods)
    (["28 36", "26 4"], "Totaal inschrijvingen 54 43\nTotaal unieke cursisten 53 42"),
], ids=["above-the-sum", "persons", "enrolments", "two-total-lines"])
def test_a_total_no_placement_fits_whose_periods_nothing_tells_is_said_with_its_rows(rows, total):
    # every line two figures under three periods, single-spaced: 2020 and 2021, 2021 and 2022 or 2020 and
    # 2022 fit (or break) the totals alike — no period is read, every line said
    read = read_text(_table(rows, total), "s.txt")
    assert [c for c in _cells(read) if c[0] in ("row", "total")] == []
    said = [line for rule, line, _ in _errors(read) if rule == "ambiguous-alignment"]
    assert said == list(range(10, 10 + len(rows) + len(total.splitlines())))
    assert {rule for rule, _, _ in _errors(read)} == {"ambiguous-alignment"}


@pytest.mark.parametrize("total", [
    "Totaal 23 40",
    # (its words say it adds up: 15 + 17 is not 27 in any two periods — weighed as bounds of unique
    # persons, the table's meaning, 27 fit between 17 and 32, and the line was said to fit several ways)
    "Totaal inschrijvingen 23 27",
])
def test_a_total_no_placement_fits_is_said_as_fitting_none_not_as_several(total):
    read = read_text(_table(["17 15", "6 17"], total), "s.txt")
    assert {(i.line, i.kind, i.reason) for i in read.issues} == {
        (10, "ambiguous-alignment", "no-fit"), (11, "ambiguous-alignment", "no-fit"),
        (12, "ambiguous-alignment", "no-fit")}


def test_the_reading_most_columns_fit_is_the_one_reading_taken():
    # 116 126 1.534 1.118 2.894 fits four of the five columns; 116.126 1.534 … fits none
    rows = [[_reading(53, 55, 60, 45, 192)], [_reading(13, 22, 1428, 1060, 2523)], [_reading(50, 49, 46, 13, 158)]]
    best, other = _reading(116, 126, 1534, 1118, 2894), _reading(116126, 1534, 1118, 2, 894)
    assert _most_columns_fit([other, best], rows, False) == [best]
    # (two readings that fit as many columns: both, none taken)
    assert _most_columns_fit([_reading(70, 40, None), _reading(None, 70, 40)], [[_reading(30, 20, None)]], True) == [
        _reading(70, 40, None), _reading(None, 70, 40)]


@pytest.mark.parametrize(("words", "unique", "weighed"), [
    ("Totaal inschrijvingen", True, False), ("Totaal", True, True), ("Totaal unieke cursisten", True, True),
    ("Totaal inschrijvingen", False, False)])
def test_a_total_line_whose_words_say_it_adds_up_is_weighed_as_a_sum(words, unique, weighed):
    item = Item(kind="total", texts=[f"{words} 5 6"], lines=[12])
    assert _weighed_unique(item, unique) is weighed
    assert _weighed_unique(None, unique) is unique


#: One wrong total whose fault leaves one placement (the first rows' figures under 2021 and 2022:
#: only 2020's 76 above its rows, 51), where the fault of 2021's and 2022's totals leaves two each
#: — and one of those is how the table was built (2022's 75 is the wrong one). Taking the lone
#: fault's placement reads the rows wrong: they are said.
ONE_FAULT_ONE_WAY = _table(["14 23", "22 21 25", "25 19", "29 36 23"], "Totaal 76 90 75")


def test_a_lone_faults_one_placement_is_no_reading_where_another_faults_leaves_two():
    read = read_text(ONE_FAULT_ONE_WAY, "s.txt")
    assert [(c[2], c[4], c[5]) for c in _cells(read) if c[0] == "row" and c[2] in ("900611", "900613")] == []
    said = [line for rule, line, _ in _errors(read) if rule == "ambiguous-alignment"]
    assert said == [10, 12]
