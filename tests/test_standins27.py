"""Readings stood in for while the totals choose (parse/__init__.py ``_StandIns``): a row's
unprinted total under a total column given the value it may have, the total column left out
where the grand total is unprinted, and the way back to the readings themselves. These pin the
behaviour the refactor keeps (rowchoice27b): they pass before and after it."""

from okot_audit.parse import _choose_across, _choose_over_periods
from okot_audit.parse.align import choose
from okot_audit.parse.cells import Placement

# the periods 2020, 2021 and a total column over them (at 2)
AT = 2


def _reading(*values: int | None, rank: int = 0) -> Placement:
    return Placement(label="Verpleegkunde", values=values, exact=False, rank=rank)


def test_a_rows_unprinted_total_stands_in_and_the_choice_is_given_in_its_reading() -> None:
    # ``Verpleegkunde 2 1`` (its total 3 unprinted) and ``Zorgkunde 1 3 4`` over ``Totaal 3 4 7``
    blank, printed = _reading(2, 1, None), _reading(1, 3, 4)
    choice = _choose_across([[blank], [printed]], (3, 4, 7), True, AT, True)
    assert choice.status == "certain"
    assert choice.readings[0] is blank and choice.readings[1] is printed
    # with stand_ins the choice's readings are the stand-ins (the caller checks their sums)
    stood = _choose_across([[blank], [printed]], (3, 4, 7), True, AT, True, stand_ins=True)
    assert [r.values for r in stood.readings if r is not None] == [(2, 1, 3), (1, 3, 4)]


def test_every_stand_in_dropped_the_readings_are_weighed_as_they_are() -> None:
    # the row's other reading leaves its total blank with a figure (6) above the grand total (5):
    # it stands in for no total, and the choice is among the row's readings as they are — both
    # weighed, so the one that fits is chosen over another, not certain as if it were the only one
    printed, too_large = _reading(3, 4, 5), _reading(6, None, None, rank=1)
    options = [[printed, too_large]]
    choice = _choose_across(options, (3, 4, 5), True, AT, True)
    assert choice == choose(options, (3, 4, 5), True)
    assert choice.status == "chosen" and choice.readings == [printed]
    assert choose([[printed]], (3, 4, 5), True).status == "certain"  # (what dropping it would say)


def test_the_grand_total_unprinted_the_periods_alone_choose_and_the_readings_come_back_whole() -> None:
    blank, printed = _reading(2, 1, None), _reading(1, 3, 4)
    choice = _choose_over_periods([[blank], [printed]], (3, 4, None), True, AT)
    assert choice.status == "certain"
    assert choice.readings[0] is blank and choice.readings[1] is printed
    assert _choose_across([[blank], [printed]], (3, 4, None), True, AT, True) == choice
