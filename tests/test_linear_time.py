"""Steps that relate every table to the other tables or to the answer's items look them up
instead of comparing every pair (one answer of thousands of tables is read and audited in
linear time: ``benchmarks/scaling.py``); what they find is what comparing every pair finds."""

from __future__ import annotations

import pytest

from generate.choices import Plan, RandomChooser
from generate.model import draw_answer
from generate.render import render
from okot_audit import read_text
from okot_audit.parse.questions import _items, any_between, deferrals_in
from okot_audit.rules import answer_deferred, measure_unknown
from okot_audit.source import decode_text


@pytest.mark.parametrize("ordered, first, last, expected", [
    ([], 1, 9, False),
    ([5], 5, 5, True),
    ([5], 1, 4, False),
    ([5], 6, 9, False),
    ([2, 7, 12], 3, 7, True),
    ([2, 7, 12], 8, 11, False),
    ([2, 7, 12], 12, 40, True),
    ([2, 7, 12], 13, 40, False),
])
def test_a_number_between_two_bounds(ordered, first, last, expected):
    assert any_between(ordered, first, last) is expected


#: Two columns under each period, one naming no measure (``measure-unknown`` names the other).
TWO_MEASURES = "\n".join([
    "ANTWOORD", "", "1. Hieronder de cijfers.", "",
    "Opleiding 2021 2022", "uitgevoerd geslaagd uitgevoerd geslaagd",
    "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 60 52 71 66",
    "908018: Verkorte educatieve bachelor 40 33 45 41", "Totaal 100 85 116 107", "",
])


@pytest.fixture(scope="module")
def many_tables():
    """One answer made of the answer parts of 120 generated answers, and every tenth a table of
    two columns under each period (about 270 tables)."""
    head, bodies = "", []
    for i in range(120):
        if i % 10 == 5:
            bodies.append(TWO_MEASURES)
        chooser = RandomChooser(2026 * 1_000_003 + i)
        text = decode_text(render(draw_answer(chooser), Plan(chooser)).data(), "generated")[0]
        question, mark, body = text.partition("ANTWOORD")
        head = head or question
        bodies.append(mark + body)
    return read_text(head + "\n".join(bodies), "many.txt")


def _hits(check, answer):
    return [(h.line, h.variant, h.args) for h in check(answer, None)]


def test_a_tables_column_neighbours_are_the_tables_of_its_header(many_tables):
    answer = many_tables
    expected = []
    for table in answer.tables:  # every table compared with every other
        others = [t for t in answer.tables if t.header_line == table.header_line and t.column and t is not table]
        if table.measure == "unknown" and table.column and any(t.measure != "unknown" for t in others):
            expected.append((table.header_line, "column", {"column": table.column,
                                                           "others": ", ".join(f"'{t.column}'" for t in others)}))
        elif table.measure == "unknown":
            expected.append((table.header_line, None, None))
    found = [(line, variant, args or None) for line, variant, args in _hits(measure_unknown.check, answer)]
    assert len(answer.tables) > 250 and any(v == "column" for _, v, _ in expected)
    assert found == [(line, variant, args or None) for line, variant, args in expected]


def test_an_items_tables_are_found_by_its_lines(many_tables):
    answer = many_tables
    assert answer.deferred and any(
        any(d.item_start <= t.header_line <= d.item_end for t in answer.tables) for d in answer.deferred
    )  # (some items that defer hold a table: the rule leaves those out)
    expected = [d.line for d in answer.deferred
                if not any(d.item_start <= t.header_line <= d.item_end for t in answer.tables)]
    assert [line for line, _, _ in _hits(answer_deferred.check, answer)] == expected


def test_an_items_prose_counts_are_read_only_where_it_holds_no_table():
    lines = tuple(("1. Hieronder de cijfers.\nOpleiding 2020 2021\nA 1 2\n"
                   "2. Van de 577 gediplomeerden waren er 468 aan het werk; de rest is pas beschikbaar vanaf "
                   "1 februari 2021.\n").split("\n"))
    from okot_audit.parse.questions import read_questions

    found = read_questions(lines, [2])["deferred"]
    _, answers = _items(lines)
    expected = [d for number, start, end in answers
                for d in deferrals_in(lines, start, end, number, counted=not any(start <= t <= end for t in [2]))]
    assert list(found) == expected and found and found[0].counts
