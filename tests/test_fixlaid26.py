"""Session 26 (fixlaid26): in laid-out text a value under a period's column is never a word of the
row's label. A row that prints a value no count can be (``28,0%``, ``28,0``, ``-4``, ``30-35``)
and a blank cell's mark (``-``) was read as a row without counts in any period, the value taken
into its label (``_marked_blank``): no cell, no word — the value lost silently. It is now said:
named by a table of shares' ``column-not-checked`` record, an ``unreadable-table`` error
(``not-a-count``) in a table of counts."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.parse.cells import not_a_count
from test_unseen_answers8 import HEAD
from test_unseen_answers8 import _text as _text8

SHARES = "1. Het slaagpercentage van de cursisten:\n\n"
COUNTS = "1. Het aantal unieke cursisten dat een OKOT startte:\n\n"
FIRST = "908003: Educatieve bachelor kleuteronderwijs"
SECOND = "908013: Educatieve bachelor lager onderwijs"
WIDTHS = [(30, 6), (40, 10), (50, 12)]


def _laid(intro: str, rows: list[list[str]], widths: tuple[int, int]) -> str:
    label_width, min_width = widths
    return HEAD + intro + _text8(rows, True, label_width=label_width, min_width=min_width) + "\n\nBron: VDAB.\n"


def _findings(text: str):
    return audit(read_text(text, "a.txt")).findings


@pytest.mark.parametrize("widths", WIDTHS)
@pytest.mark.parametrize("cells", [["28,0%", "-"], pytest.param(["-", "28,0%", "-"], id="marks-around")],
                         ids=["mark-last", "marks-around"])
def test_a_share_beside_a_blank_mark_is_named_by_the_tables_record(cells, widths):
    """``… lager onderwijs   28,0%   -`` in a table of shares: the 28,0% was read into the label
    and the row as blank in every period; the table's record named only 35,5% and 40,1%."""
    periods = ["2020", "2021", "2022"][3 - len(cells):]
    rows = [["Opleiding", *periods], [FIRST, *["35,5%"] * len(cells)], [SECOND, *cells]]
    findings = _findings(_laid(SHARES, rows, widths))
    assert [(f.rule, f.severity) for f in findings] == [("column-not-checked", "info")]
    assert "28,0%" in findings[0].message


@pytest.mark.parametrize("widths", WIDTHS)
@pytest.mark.parametrize("value", ["28,0", "12,5", "-4", "30-35"])
@pytest.mark.parametrize("marks", ["last", "around"])
def test_a_value_no_count_beside_a_blank_mark_is_an_unreadable_row(marks, value, widths):
    """``… lager onderwijs   28,0   -`` over ``Totaal   63   40``: the row was read blank, so the
    total was said to exceed its parts by 28 (a row missing) and the 28,0 never named. The row is
    an unreadable-table error at its line naming its value; the totals over it are not checked."""
    cells = [value, "-"] if marks == "last" else ["-", value, "-"]
    periods = ["2020", "2021", "2022"][3 - len(cells):]
    rows = [["Opleiding", *periods], [FIRST, *["35"] * len(cells)], [SECOND, *cells],
            ["Totaal", *["63"] * len(cells)]]
    text = _laid(COUNTS, rows, widths)
    findings = [f for f in _findings(text) if f.rule != "label-mismatch"]
    line = next(k for k, printed in enumerate(text.split("\n"), 1) if "908013" in printed)
    assert [(f.rule, f.line) for f in findings] == [("unreadable-table", line)]
    assert value in findings[0].message
    assert "no count" in findings[0].message


def test_the_briefs_rows_without_a_statistic_word_are_each_said():
    """The text of the CI failure without its intro: both rows said, the second (28,0% and a
    mark) no more left out."""
    body = ("   Opleiding                                     2021      2022\n"
            "   908003: Educatieve bachelor kleuteronderwijs     35,5%     40,1%\n"
            "   908013: Educatieve bachelor lager onderwijs     28,0%         -\n")
    answer = read_text("Vraag\n\nAntwoord\n\n" + body + "\nBron: VDAB.\n", "a.txt")
    assert sorted(i.line for i in answer.issues if i.unread) == [6, 7]


@pytest.mark.parametrize("mark", ["-", "\u2013", "/", "x"])
def test_a_labels_own_number_left_of_the_columns_stays_the_labels(mark):
    """A row blank in every period whose name ends in a number (``module 5``) standing left of
    the periods' columns: still a row of blanks, its number the label's (no error)."""
    body = ("   Opleiding                                     2021      2022\n"
            "   908003: Educatieve bachelor kleuteronderwijs        35        40\n"
            f"   908013: Bachelor module 5                            {mark}         {mark}\n"
            "   Totaal                                              35        40\n")
    findings = _findings(HEAD + COUNTS + body + "\n\nBron: VDAB.\n")
    assert [f for f in findings if f.severity == "error"] == []


def test_a_labels_number_left_of_the_columns_without_marks_is_no_figure():
    """The same row printing nothing under either column (no marks): its ``5`` is still no
    figure of a period — the row is said unreadable at its line, no placements offered."""
    body = ("   Opleiding                                     2021      2022\n"
            "   908003: Educatieve bachelor kleuteronderwijs        35        40\n"
            "   908013: Bachelor module 5\n"
            "   Totaal                                              35        40\n")
    findings = _findings(HEAD + COUNTS + body + "\n\nBron: VDAB.\n")
    assert [f.rule for f in findings if f.severity == "error"] == ["unreadable-table"]


@pytest.mark.parametrize(("line", "expected"), [
    ("908013: Bachelor  28,0  -", ("decimal", "28,0")),
    ("908013: Bachelor  -  28,0  -", ("decimal", "28,0")),
    ("Limburg  -4  x", ("negative", "-4")),
    ("Limburg  12  -", None),
])
def test_not_a_count_reads_past_a_blank_mark(line, expected):
    """A blank cell's mark among a row's last figures is a cell: the value before it is found."""
    assert not_a_count(line, 3) == expected
