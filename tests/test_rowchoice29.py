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


# --- session 29b: a tie the readings' ranks break; a row's unprinted total that moves other rows ----

from okot_audit.parse import _one_column_broken  # noqa: E402
from okot_audit.parse.align import Choice, choose, choose_in_tiers, plain  # noqa: E402

#: ``… onderwijs - 1ste`` / ``jaar 52 61 117`` under ``2023 2022 2021``: the label ``jaar`` and three
#: figures (rank 1), or ``jaar 52`` and two (rank 101 and on: a figure of the run swallowed by the label).


def _placed(*values: int | None, rank: int = 0, tier: int = 0, label: str = "A") -> Placement:
    return Placement(label=label, values=values, exact=False, rank=rank, tier=tier)


JAAR = [_placed(52, 61, 117, rank=1, label="jaar"), _placed(61, 117, None, rank=101, label="jaar 52"),
        _placed(61, None, 117, rank=102, label="jaar 52"), _placed(None, 61, 117, rank=103, label="jaar 52")]
SECOND = _placed(41, 84, 137, label="908012")


def _unread(options: list[list[Placement]]) -> Choice:
    return Choice([o[0] if len(o) == 1 else None for o in options], "unresolved")


def test_one_wrong_total_that_refuses_two_readings_alike_leaves_the_rank_to_choose():
    # 2021's 257 above 117 + 137 = 254 and above 137: both ways break 2021 only; the label swallowing
    # 52 is the far less likely reading, and the two differ in 2023 and 2022, whose totals fit both
    options = [JAAR, [SECOND]]
    choice = _one_column_broken(options, _unread(options), (93, 145, 257), True)
    assert choice is not None and choice.status == "chosen" and choice.readings == [JAAR[0], SECOND]


def test_ways_that_differ_only_where_their_blanks_stand_are_not_told_by_the_rank():
    # two ways of one kind (blank placements, ranks 1 and 2) each break the same column only: the totals
    # are what tells blanks' places, and the one that would has a fault — none is taken
    row = [_placed(52, 61, None), _placed(52, None, 61, rank=2)]
    options = [row, [_placed(41, 84, 137)]]
    # (2023's 200 above 52 + 41 either way; 2022's 84 and 2021's 137 fit both)
    assert _one_column_broken(options, _unread(options), (200, 84, 137), True) is None


def test_ways_that_differ_in_the_broken_column_alone_are_the_broken_totals_to_say():
    # the likelier reading and the other place the same figures but in 2021, the column whose total is
    # wrong: the rank would choose the very figure the fault is about — none is taken
    row = [_placed(52, 61, 117, label="jaar"), _placed(52, 61, None, rank=101, label="jaar 117")]
    options = [row, [SECOND]]
    assert _one_column_broken(options, _unread(options), (93, 145, 300), True) is None


def test_the_rank_never_chooses_between_faults_in_different_columns():
    # (ONE_FAULT_ONE_WAY above, read whole: ways break 2020, 2021 or 2022 — which total is wrong is unknown)
    row = [_placed(14, 23, None), _placed(14, None, 23, rank=101)]
    options = [row, [_placed(22, 21, 25)]]
    assert _one_column_broken(options, _unread(options), (36, 40, 30), True) is None  # (2022, or 2021)


def test_a_later_tiers_fit_that_moves_another_rows_figures_makes_the_choice_ambiguous():
    # the plain readings fit one way (A 3 4, B 4 3); A read by its later tier (5 5) fits too with B 4 2:
    # the prior about A would place B's figures — the choice is ambiguous, both rows said
    a = [_placed(3, 4), _placed(2, 2, rank=1), _placed(5, 5, rank=2, tier=1)]
    b = [_placed(4, 3, label="B"), _placed(4, 2, rank=1, label="B")]
    weigh = lambda rows: choose(rows, (6, 7), True)  # noqa: E731
    assert weigh(plain([a, b])).status == "chosen"
    choice, among = choose_in_tiers([a, b], weigh)
    assert choice.status == "ambiguous" and among == [a, b]


def test_a_later_tiers_fit_that_moves_no_other_row_leaves_the_prior_standing():
    # A read by its later tier (3 5) fits too, but B reads one way: only A's own total is in question
    a = [_placed(3, 4), _placed(2, 2, rank=1), _placed(3, 5, rank=2, tier=1)]
    b = [_placed(4, 3, label="B")]
    weigh = lambda rows: choose(rows, (6, 7), True)  # noqa: E731
    assert weigh([a, b]).status == "ambiguous"
    choice, among = choose_in_tiers([a, b], weigh)
    assert choice.status == "chosen" and choice.readings == [a[0], b[0]] and among == plain([a, b])


def test_a_table_the_prior_would_read_whole_is_said_where_a_rows_unprinted_total_moves_another():
    """test_joint25's property (every row printing its total): ``Kinderzorg 1 2 2`` read in 2019–2021,
    its total unprinted, fits ``Totaal 2 2 2`` too — with Verpleegkunde's 1 in 2021, not 2020. Which
    the persons printed the text cannot tell: both rows said, no row cell read (before: the prior's
    placement read, 0 issues)."""
    from test_joint25 import _cells as cells_of
    from test_joint25 import _read as read_table

    read = read_table("Opleiding 2019 2020 2021 Totaal\nVerpleegkunde 2 1 3\nKinderzorg 1 2 2\nTotaal 2 2 2\n")
    assert {(i.kind, i.reason, i.label) for i in read.issues} == {
        ("ambiguous-alignment", "ambiguous", "Verpleegkunde"), ("ambiguous-alignment", "ambiguous", "Kinderzorg")}
    assert [c for c in cells_of(read) if c[0] != "Totaal"] == []
