"""The row choice as one tiered candidate set (rowchoice28): a row's readings that leave its
total over the periods unprinted are candidates of a later tier (``Placement.tier``), weighed
tier by tier (:func:`okot_audit.parse.align.choose_in_tiers`); a column more than the header
names, weighed against counts whose thousands a space set apart, is an outcome of the choice
(``thousands-unclear``), said per row by ``_chosen_or_said``. The reader's behaviour is
unchanged (byte-identical corpora); these tests pin the pieces the refactor introduced."""

from __future__ import annotations

import pytest
from test_joint25 import HEAD, _read

from okot_audit.parse import Wider, _choose_rows, _lost_column_or_thousands, _over_periods, _wider
from okot_audit.parse.align import Choice, choose, choose_in_tiers, plain
from okot_audit.parse.cells import Placement
from okot_audit.parse.regions import Item
from okot_audit.quick import replace


def _reading(*values: int | None, rank: int = 0, tier: int = 0, label: str = "Verpleegkunde") -> Placement:
    return Placement(label=label, values=values, exact=False, rank=rank, tier=tier)


class _Weighed:
    """:func:`choose` that remembers the readings it weighed."""

    def __init__(self, totals: tuple[int | None, ...] | None, unique: bool = True) -> None:
        self.totals, self.unique, self.calls = totals, unique, []

    def __call__(self, options: list[list[Placement]]) -> Choice:
        self.calls.append(options)
        return choose(options, self.totals, self.unique)


# --- choose_in_tiers ---------------------------------------------------------------------------

def test_without_a_later_tier_the_readings_are_weighed_once_as_they_are() -> None:
    options = [[_reading(3, 4), _reading(4, 3, rank=1)], [_reading(2, 2)]]
    weigh = _Weighed((5, 6))
    choice, among = choose_in_tiers(options, weigh)
    assert among is options and weigh.calls == [options]
    assert choice == choose(options, (5, 6), True)


def test_plain_readings_that_fit_stand_and_the_later_tier_is_no_reading_of_the_row() -> None:
    fits, later = _reading(3, 4), _reading(7, None, tier=1)
    options = [[fits, later], [_reading(2, 2)]]
    choice, among = choose_in_tiers(options, _Weighed((5, 6)))
    assert choice.status == "certain" and choice.readings[0] is fits
    # (the later reading also fits 5 and 6 no way; had it fit, the plain one still stands: below)
    assert among == [[fits], [options[1][0]]]


def test_a_later_tier_that_fits_too_does_not_unsettle_plain_readings_taken_the_same_way() -> None:
    # Verpleegkunde 3 4 read plainly; read as 3 with its total unprinted it fits the totals as well,
    # but the choice among every tier picks the plain reading too: the row stays read one way
    printed, later = _reading(3, 4), _reading(3, None, tier=1)
    options = [[printed, later], [_reading(2, 6)]]
    assert choose(options, (5, 6), True).status == "ambiguous"  # (weighed flat, both fit)
    choice, among = choose_in_tiers(options, _Weighed((5, 6)))
    assert choice.status == "certain" and choice.readings[0] is printed
    assert among == [[printed], [options[1][0]]]


def test_where_no_plain_reading_fits_the_later_tier_is_weighed() -> None:
    later = _reading(5, None, tier=1)
    options = [[_reading(5, 9), _reading(9, 5, rank=1), later], [_reading(3, 4)]]
    weigh = _Weighed((8, 4))
    choice, among = choose_in_tiers(options, weigh)
    assert [len(o) for o in weigh.calls[0]] == [2, 1]  # (the plain readings first: none fits)
    assert weigh(plain(options)).status == "unresolved"
    assert choice.status == "chosen" and choice.readings[0] is later
    assert among is options


def test_a_later_tier_that_fits_without_a_figure_under_a_blank_total_is_taken() -> None:
    # the total leaves its second period blank (no person there): the plain readings fit only with
    # a figure there (under_blank), the later one without
    options = [[_reading(5, 3), _reading(3, 5, rank=1), _reading(5, None, tier=1)]]
    plain_choice = choose(plain(options), (5, None), True)
    assert plain_choice.status == "chosen" and plain_choice.under_blank
    choice, among = choose_in_tiers(options, _Weighed((5, None)))
    assert choice.status == "chosen" and not choice.under_blank
    assert choice.readings[0] is options[0][2] and among is options


def test_rows_read_one_way_without_the_totals_give_way_to_a_later_tier_that_fits_otherwise() -> None:
    # each row has one plain reading: taken without the totals (certain), though 9 is no part of 8
    plain_one, later = _reading(5, 9), _reading(5, None, tier=1)
    options = [[plain_one, later], [_reading(3, 4)]]
    assert choose(plain(options), (8, 4), True).status == "certain"
    choice, _ = choose_in_tiers(options, _Weighed((8, 4)))
    assert choice.readings[0] is later
    # and where the later tier fits the same way, the plain choice stands as certain
    same = [[_reading(5, None)], [_reading(3, 4)]]
    assert choose_in_tiers(same, _Weighed((8, 4)))[0].status == "certain"


def test_no_total_weighs_them_every_tiers_readings_are_the_rows() -> None:
    options = [[_reading(5, 4), _reading(4, 5, rank=1), _reading(5, None, tier=1)]]
    choice, among = choose_in_tiers(options, _Weighed(None))
    assert choice.status == "no-total" and among is options
    # a row with one plain reading is certain, its later tier unweighed
    one = [[_reading(5, 4), _reading(5, None, tier=1)]]
    choice, among = choose_in_tiers(one, _Weighed(None))
    assert choice.status == "certain" and among == [[one[0][0]]]


# --- _over_periods: a row's readings under a total column, tiered ------------------------------

def test_readings_that_leave_the_rows_total_unprinted_come_after_as_a_later_tier() -> None:
    # ``Verpleegkunde 5 4 9`` under ``2020 2021 Totaal``, and readings of fewer figures
    printed = _reading(5, 4, 9)
    unprinted = _reading(5, 4, None, rank=1)
    wrong = _reading(5, None, 4, rank=2)  # (4 no total over 5: dropped)
    assert _over_periods([printed, unprinted, wrong], 2, True) == [printed, replace(unprinted, tier=1)]
    # where none totals its periods, those that leave it blank are the row's plain readings
    assert _over_periods([unprinted, wrong], 2, True) == [unprinted]


# --- the reader: a row's unprinted total chosen by the totals ---------------------------------

def test_a_row_whose_total_is_unprinted_is_read_where_only_that_fits() -> None:
    """``Verpleegkunde 5 5`` under ``2020 2021 2022 Totaal`` is 5 and its total 5, or 5 in two
    periods with its total unprinted: only the latter fits ``Totaal 8 4 11 16`` (5 + 3, 4, 5 + 6)."""
    read = _read("Opleiding 2020 2021 2022 Totaal\nVerpleegkunde 5 5\nKinderzorg 3 4 6 8\nTotaal 8 4 11 16\n")
    assert read.issues == []
    assert {(c.label, c.period): c.count for t in read.tables for c in t.cells if c.label == "Verpleegkunde"} == {
        ("Verpleegkunde", "2020"): 5, ("Verpleegkunde", "2022"): 5}


# --- thousands-unclear: an outcome of the choice ------------------------------------------------

def test_a_wider_reading_that_fits_makes_the_choice_thousands_unclear_without_weighing_the_rows() -> None:
    options = [[_reading(48, 62, 2186)], [_reading(38, 41, 1180)]]
    asked: list[bool] = []

    def wider() -> bool:
        asked.append(True)
        return True

    choice, among = _choose_rows([], options, (86, 103, 3366), True, None, True, wider)
    assert asked == [True]
    assert choice.status == "thousands-unclear" and choice.readings == [None, None] and among is options
    choice, _ = _choose_rows([], options, (86, 103, 3366), True, None, True, lambda: False)
    assert choice.status == "certain" and choice.readings == [options[0][0], options[1][0]]


@pytest.mark.parametrize("totals", [(86, 103, 3366), None])
def test_the_wider_reading_is_asked_whatever_the_total_line_read(totals) -> None:
    # (a total line read several ways leaves the rows no totals: the lines are said all the same)
    options = [[_reading(48, 62, 2186)], [_reading(38, 41, 1180)]]
    assert _choose_rows([], options, totals, True, None, True, lambda: True)[0].status == "thousands-unclear"


def test_every_line_of_a_group_read_two_ways_is_said_once_rows_then_total() -> None:
    read = _read("Opleiding 2020 2021 2022\nSpecifieke lerarenopleiding 48 62 2 186\n"
                 "Educatieve graduaatsopleiding 38 41 1 180\nTotaal 86 103 3 366\n")
    first = HEAD.count("\n") + 2
    assert [(i.reason, i.line, i.numbers) for i in read.issues] == [
        ("thousands-unclear", first, (48, 62, 2, 186)), ("thousands-unclear", first + 1, (38, 41, 1, 180)),
        ("thousands-unclear", first + 2, (86, 103, 3, 366))]
    assert all(t.unresolved for t in read.tables)


def _line(text: str, at: int = 1) -> Item:
    return Item("row", [at], texts=[text])


@pytest.mark.parametrize(("text", "wider"), [
    ("Specifieke lerarenopleiding 48 62 2 186", Wider((48, 62, 2, 186), frozenset({2}))),
    ("908001: Verpleegkunde 1 102 2 250", Wider((1, 102, 2, 250), frozenset({0, 2}))),  # (the code apart)
    ("Specifieke lerarenopleiding 48 62 2 012", None),  # (a leading zero: a count's rest)
    ("Specifieke lerarenopleiding 48 62 82", None),  # (as many figures as periods)
    ("Specifieke lerarenopleiding 48 62 82 86", None),  # (no short number before three digits)
])
def test_a_lines_reading_with_a_column_more_than_the_header_names(text, wider) -> None:
    assert _wider(_line(text), 3, None) == wider
    assert _wider(_line(text), 3, ((0, 1), (2, 3), (4, 5))) is None  # (positions say its columns)


def test_both_readings_of_every_line_must_fit_at_the_same_place() -> None:
    lines = [_line("Specifieke lerarenopleiding 48 62 2 186", 1), _line("Educatieve graduaatsopleiding 38 41 1 180", 2),
             _line("Totaal 86 103 3 366", 3)]
    assert _lost_column_or_thousands(lines, 3, True, True, None, lambda line: None)
    # ``4 066``: its 066 no count of its own (and 186 + 880 no three-digit count)
    carry = [*lines[:1], _line("Educatieve graduaatsopleiding 38 41 1 880", 2), _line("Totaal 86 103 4 066", 3)]
    assert not _lost_column_or_thousands(carry, 3, True, True, None, lambda line: None)
