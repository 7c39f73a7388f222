"""The row choice where one printed total is wrong (rowchoice29): no placement of the rows'
figures fits every total, yet the other totals place them — one way only — and the wrong total
is then said by its rule, not the rows refused (before: ``ambiguous-alignment`` for every row
with a blank, the wrong total unsaid). Where the other totals leave two placements, or two
totals' faults each leave one, the rows stay said: the totals do not tell."""

from __future__ import annotations

from test_red28 import HEAD, _cells, _errors, _two_measures

from okot_audit import read_text
from okot_audit.parse import _one_column_broken
from okot_audit.parse.align import Choice
from okot_audit.parse.cells import Placement


def _reading(*values: int | None, label: str = "Verpleegkunde") -> Placement:
    return Placement(label=label, values=values, exact=False, rank=0)


def test_the_starters_totals_place_the_rows_and_the_graduates_wrong_total_is_said() -> None:
    # 102 74 and 143 66: the starters' 398 and 270 need both rows' figures under 2021 and 2022
    # Gestart; the graduates' 2022 total 88 then totals 86 alone. Two other ways break only the
    # starters' 2022 total (a row's second figure under 2022 Geslaagd): under that fault the rows
    # read two ways, so they are not what the totals say.
    read = read_text(_two_measures(88), "s.txt")
    assert [(t.measure, c.code, c.period, c.count) for t in read.tables for c in t.cells
            if c.level == "row" and c.code in ("908001", "908002")] == [
        ("started", "908001", "2021", 102), ("started", "908001", "2022", 74),
        ("started", "908002", "2021", 143), ("started", "908002", "2022", 66)]
    assert len(_cells(read)) == 12
    assert [r for r, _, _ in _errors(read)] == ["total-exceeds-parts"]


def test_one_way_under_one_columns_fault_is_taken_though_another_columns_fault_leaves_two() -> None:
    a, b = _reading(30, 40, None), _reading(30, None, 40)
    fixed = _reading(50, 60, 70)
    options = [[a, b], [fixed]]
    # totals 80 100 75: 30 40 _ breaks 2022 only (70 < 75); 30 _ 40 breaks 2021 only (60 < 100)
    # — one way each: the totals do not tell which is wrong
    unresolved = Choice([None, fixed], "unresolved")
    assert _one_column_broken(options, unresolved, (80, 100, 75), True) is None
    # a third reading that breaks 2021 only too (30 _ 45): 2021's fault leaves two ways, 2022's one
    c = _reading(30, None, 45)
    choice = _one_column_broken([[a, b, c], [fixed]], unresolved, (80, 100, 75), True)
    assert choice is not None and choice.status == "chosen" and choice.readings == [a, fixed]


def test_where_the_other_totals_leave_two_placements_the_rows_are_said() -> None:
    a1, b1 = _reading(30, 40, None), _reading(30, None, 40)
    a2, b2 = _reading(30, 40, None, label="Zorg"), _reading(30, None, 40, label="Zorg")
    fixed = _reading(50, 60, 70)
    # 2022's 200 fits no way (70 + 40 + 40 at most); without it, 80 and 100 admit 30 40 _ with either
    # row's 30 _ 40: two placements, none read
    unresolved = Choice([None, None, fixed], "unresolved")
    assert _one_column_broken([[a1, b1], [a2, b2], [fixed]], unresolved, (80, 100, 200), True) is None


TWO_WAYS = (HEAD + "Tabel 1. Unieke cursisten met gestarte OKOT'(s) per opleiding\n\n"
            "Opleiding 2020 2021 2022\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 30 40\n"
            "900612: Professionele bachelor verpleegkunde - 2de jaar 30 40\n"
            "900613: Professionele bachelor verpleegkunde - 3de jaar 50 60 70\n"
            "Totaal 80 100 200\n\nBron: VDAB.\n")


def test_a_wrong_total_that_leaves_the_rows_two_placements_leaves_them_said() -> None:
    read = read_text(TWO_WAYS, "s.txt")
    said = [(r, line) for r, line, _ in _errors(read) if r == "ambiguous-alignment"]
    assert [line for _, line in said] == [10, 11]
