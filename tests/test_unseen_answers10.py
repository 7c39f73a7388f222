"""Answers written by hand in shapes the other tests do not hold (a tenth review of reading
answers never seen, round 18: table shapes in text the reader still missed): each test is such
an answer, or the smallest part of it that showed the reader's error, and the exact cells and
findings a correct reader gives — single-spaced (the seeds' form) and laid out (``pdftotext
-layout``)."""

from __future__ import annotations

from okot_audit import audit, read_text
from test_unseen_answers8 import HEAD, LAID, _cells, _found
from test_unseen_answers8 import _text as _text8


def _text(rows: list[list[str]], laid: bool) -> str:
    """As round 17's answers (test_unseen_answers8), with a wider label column."""
    return _text8(rows, laid, label_width=40, min_width=10)


STARTED = "1. Het aantal unieke cursisten dat een OKOT startte:\n\n"


def _answer(rows: list[list[str]], laid: bool, intro: str = STARTED, name: str = "a.txt"):
    return read_text(HEAD + intro + _text(rows, laid) + "\n\nBron: VDAB.\n", name)


# 1. A table of a total and its ``waarvan`` lines only.

SUBSETS = [
    ["", "2022", "2023"], ["Totaal", "1.234", "1.310"], ["waarvan vrouwen", "456", "480"],
    ["waarvan 50-plussers", "120", "131"],
]


@LAID
def test_a_total_with_only_its_waarvan_lines_is_a_table(laid):
    """``Totaal 1.234 1.310`` / ``waarvan vrouwen 456 480`` / ``waarvan 50-plussers 120 131``
    under a header of years: an unreadable-table error ("no header with periods or training
    codes was found"). It is a total with subsets of it: the total's figures are cells, each
    ``waarvan`` figure is checked against them (no subset is larger) and said not to add up."""
    answer = _answer(SUBSETS, laid)
    assert _cells(answer) == [
        ("started", "total", "Totaal", "2022", 1234, "unique"), ("started", "total", "Totaal", "2023", 1310, "unique"),
    ]
    assert [(s.label, s.period, s.count, s.of_line) for t in answer.tables for s in t.subsets] == [
        ("waarvan vrouwen", "2022", 456, 8), ("waarvan vrouwen", "2023", 480, 8),
        ("waarvan 50-plussers", "2022", 120, 8), ("waarvan 50-plussers", "2023", 131, 8),
    ]
    assert _found(answer) == [("column-not-checked", "info", 9, None)]


@LAID
def test_a_waarvan_line_above_its_total_is_an_error_at_the_total(laid):
    rows = [*SUBSETS[:3], ["waarvan 50-plussers", "120", "1.331"]]
    answer = _answer(rows, laid)
    assert _found(answer) == [
        ("total-below-largest-part", "error", 8, "2023"), ("column-not-checked", "info", 9, None),
    ]
    finding = next(f for f in audit(answer).findings if f.rule == "total-below-largest-part")
    assert (finding.stated, finding.observed) == (1310, 1331)


@LAID
def test_a_total_of_one_count_column_with_its_waarvan_lines(laid):
    """The same in one column of counts, the year in the prose (``Aantal`` over ``Totaal 4.398``)."""
    rows = [["", "Aantal"], ["Totaal", "4.398"], ["waarvan 25-54 jaar", "3.797"], ["waarvan vrouwen", "2.010"]]
    answer = _answer(rows, laid, "1. Het aantal unieke cursisten dat in 2018 een OKOT startte:\n\n")
    assert _cells(answer) == [("started", "total", "Totaal", "2018", 4398, "unique")]
    assert [(s.label, s.count) for t in answer.tables for s in t.subsets] == [
        ("waarvan 25-54 jaar", 3797), ("waarvan vrouwen", 2010)]
    assert _found(answer) == [("column-not-checked", "info", 9, None)]


def test_waarvan_lines_alone_under_a_header_stay_unread():
    """No total line above them: ``waarvan`` lines subset nothing the table prints — still an
    unreadable-table error, never a silent pass."""
    rows = [["", "2022", "2023"], ["waarvan vrouwen", "456", "480"], ["waarvan mannen", "778", "830"]]
    answer = _answer(rows, False)
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == ["unreadable-table"]
