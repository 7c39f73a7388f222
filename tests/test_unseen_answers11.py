"""Answers written by hand in shapes the other tests do not hold (round 19, laid-out text): a
line that is only a label, or a row whose counts carry their share in brackets, was joined to
a neighbour when the text was laid out (``pdftotext -layout``) — before the table reader saw
it. Each test runs the answer single-spaced (the seeds' form) and laid out, and asserts the
exact cells and findings a correct reader gives in both."""

from __future__ import annotations

import pytest

from okot_audit import audit
from test_unseen_answers8 import LAID, _cells, _found
from test_unseen_answers10 import _answer


def _labels(answer) -> list[str]:
    return [c.code or c.label for t in answer.tables for c in t.cells]


# 1. A category of persons alone on its line heads the block of rows below it.

GENDER_BLOCKS = [
    ["Leeftijd", "2022", "2023"], ["Mannen"], ["-25 jaar", "100", "110"], ["25-54 jaar", "300", "310"],
    ["55+ jaar", "50", "60"], ["Totaal", "450", "480"], ["Vrouwen"], ["-25 jaar", "90", "95"],
    ["25-54 jaar", "280", "290"], ["55+ jaar", "40", "45"], ["Totaal", "410", "430"],
]


@LAID
def test_a_gender_alone_on_its_line_heads_its_block_of_age_classes(laid):
    """``Leeftijd 2022 2023`` / ``Mannen`` / age classes / ``Totaal`` / ``Vrouwen`` / … laid out:
    ``Mannen`` was joined to the header (a table "Leeftijd Mannen") and ``Vrouwen`` to the
    ``Totaal`` above it (a subtotal "Totaal Vrouwen" and a table whose second block's total was
    checked against the first's: false duplicate-row and total-below-largest-part errors). Each
    head is a line of its own: a table per block, each an age partition that adds up."""
    answer = _answer(GENDER_BLOCKS, laid)
    ages = [("-25 jaar",), ("25-54 jaar",), ("55+ jaar",), ("Totaal",)]
    assert [[c.label for c in t.cells if c.period == "2022"] for t in answer.tables] == [
        [a[0] for a in ages], [a[0] for a in ages]]
    assert [[(c.level, c.count, c.semantics) for c in t.cells if c.period == "2023"] for t in answer.tables] == [
        [("row", 110, None), ("row", 310, None), ("row", 60, None), ("total", 480, "additive")],
        [("row", 95, None), ("row", 290, None), ("row", 45, None), ("total", 430, "additive")],
    ]
    assert not any("Mannen" in t.title for t in answer.tables)
    assert _found(answer) == []


@LAID
def test_a_block_that_does_not_add_up_is_an_error_at_its_own_total(laid):
    """The second block checked as its own partition: a total above its classes' sum is an error
    at that block's ``Totaal`` line, by the difference."""
    rows = [*GENDER_BLOCKS[:-1], ["Totaal", "420", "430"]]
    answer = _answer(rows, laid)
    errors = [f for f in audit(answer).findings if f.severity == "error"]
    assert [(f.rule, f.line, f.period, f.stated, f.observed) for f in errors] == [
        ("total-exceeds-parts", 17, "2022", 420, 410)]


@LAID
def test_a_block_named_by_its_closing_total_keeps_its_head_apart(laid):
    """``Vrouwen`` over age classes closed by ``Totaal vrouwen``: laid out, the head was glued
    to the first class below it (a row "Vrouwen -25 jaar") and ``Totaal vrouwen`` read as the
    table's total — false duplicate-row and total-below-largest-part errors."""
    rows = [["Leeftijd", "2022", "2023"], ["Mannen"], ["-25 jaar", "100", "110"], ["25-54 jaar", "300", "310"],
            ["Totaal mannen", "400", "420"], ["Vrouwen"], ["-25 jaar", "90", "95"], ["25-54 jaar", "280", "290"],
            ["Totaal vrouwen", "370", "385"], ["Totaal", "770", "805"]]
    answer = _answer(rows, laid)
    assert [c[1:5] for c in _cells(answer) if c[3] == "2022"] == [
        ("row", "-25 jaar", "2022", 100), ("row", "25-54 jaar", "2022", 300), ("subtotal", "Totaal mannen", "2022", 400),
        ("row", "-25 jaar", "2022", 90), ("row", "25-54 jaar", "2022", 280), ("subtotal", "Totaal vrouwen", "2022", 370),
        ("total", "Totaal", "2022", 770),
    ]
    assert _found(answer) == []


@LAID
def test_an_education_level_heads_a_block_of_genders(laid):
    """Not the genders only: ``Laaggeschoold`` / ``Man`` / ``Vrouw`` / ``Totaal`` /
    ``Hooggeschoold`` / … laid out made ``Hooggeschoold`` the first block's total's name
    (``Totaal Hooggeschoold``) and the genders of both blocks one table (false duplicate-row
    and parts-exceed-total errors). Each block is a gender partition."""
    rows = [["Geslacht", "2022", "2023"], ["Laaggeschoold"], ["Man", "10", "12"], ["Vrouw", "8", "9"],
            ["Totaal", "18", "21"], ["Hooggeschoold"], ["Man", "30", "32"], ["Vrouw", "40", "41"], ["Totaal", "70", "73"]]
    answer = _answer(rows, laid)
    assert [[(c.label, c.count) for c in t.cells if c.period == "2022"] for t in answer.tables] == [
        [("Man", 10), ("Vrouw", 8), ("Totaal", 18)], [("Man", 30), ("Vrouw", 40), ("Totaal", 70)]]
    assert _found(answer) == []


@LAID
def test_heads_over_blocks_without_their_totals_stay_out_of_the_labels(laid):
    """``Mannen`` / classes / ``Vrouwen`` / classes / one ``Totaal``: laid out, the heads went
    into the header ("Leeftijd Mannen") and into a class's label ("55+ jaar Vrouwen"). No label
    holds a head now; laid out reads as single-spaced does (the classes repeated under one
    total: duplicate-row errors, the same in both forms)."""
    rows = [r for r in GENDER_BLOCKS if r[0] != "Totaal"] + [["Totaal", "860", "910"]]
    answer = _answer(rows, laid)
    assert sorted(set(_labels(answer))) == ["-25 jaar", "25-54 jaar", "55+ jaar", "Totaal"]
    assert [t.title for t in answer.tables] == ["Leeftijd"]
    assert _found(answer) == _found(_answer(rows, False))


@LAID
def test_a_head_over_a_label_that_goes_on_in_lower_case_is_the_label_s_first_line(laid):
    """A label wrapped in its cell whose first line is a category (``Vrouwen`` / ``in de
    bouw  12  13``) is one label, ``Vrouwen in de bouw``, laid out as single-spaced (laid out,
    ``Vrouwen`` was lost into the header's words before)."""
    rows = [["Opleiding", "2022", "2023"], ["Vrouwen"], ["in de bouw", "12", "13"], ["Mannen in de zorg", "20", "21"],
            ["Totaal", "32", "34"]]
    answer = _answer(rows, laid)
    assert [c[2:5] for c in _cells(answer) if c[3] == "2022"] == [
        ("Vrouwen in de bouw", "2022", 12), ("Mannen in de zorg", "2022", 20), ("Totaal", "2022", 32)]


# 2. A row whose counts carry their share in brackets is a row of its own.

SHARES = [["", "2022", "2023"], ["Totaal", "1.234", "1.310"], ["waarvan vrouwen", "456 (41%)", "480 (42%)"]]


@LAID
def test_a_waarvan_line_with_shares_stays_under_its_total(laid):
    """``Totaal 1.234 1.310`` / ``waarvan vrouwen  456 (41%)  480 (42%)`` laid out: the
    ``waarvan`` line was joined into the total's (``Totaal waarvan vrouwen 1.234 456 (41%) …``):
    no cell, no finding, no table. A count with its bracketed share is a count: the line is a
    subset of the total, as single-spaced."""
    answer = _answer(SHARES, laid)
    assert _cells(answer) == [
        ("started", "total", "Totaal", "2022", 1234, "unique"), ("started", "total", "Totaal", "2023", 1310, "unique")]
    assert [(s.label, s.period, s.count, s.of_line) for t in answer.tables for s in t.subsets] == [
        ("waarvan vrouwen", "2022", 456, 8), ("waarvan vrouwen", "2023", 480, 8)]
    assert _found(answer) == [("column-not-checked", "info", 9, None)]


@LAID
def test_a_share_s_count_above_its_total_is_an_error(laid):
    rows = [*SHARES[:2], ["waarvan vrouwen", "456 (41%)", "1.480 (113%)"]]
    answer = _answer(rows, laid)
    finding = next(f for f in audit(answer).findings if f.rule == "total-below-largest-part")
    assert (finding.line, finding.period, finding.stated, finding.observed) == (8, "2023", 1310, 1480)



@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
def test_a_gender_heading_its_block_in_a_pdf(form):
    """The blocks of test 1 set in a PDF (fpdf2's table, unruled): read from the PDF itself or
    from ``pdftotext -layout``'s text, ``Vrouwen`` was the first block's total's name
    (``Totaal Vrouwen``) and ``Mannen`` the header's word. Each block is its own partition."""
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
    from generate.extract import read_form
    from test_unseen_pdfs8 import table_pdf

    head = ("ANTWOORD", "op vraag nr. 117 van 14 maart 2025", "1. Het aantal unieke cursisten dat een OKOT startte:")
    rows = tuple(tuple(row + [""] * (3 - len(row))) for row in GENDER_BLOCKS)
    answer = read_form(table_pdf(head, rows, 40.0, False, "TOP"), form)
    assert [[(c.label, c.count) for c in t.cells if c.period == "2022"] for t in answer.tables] == [
        [("-25 jaar", 100), ("25-54 jaar", 300), ("55+ jaar", 50), ("Totaal", 450)],
        [("-25 jaar", 90), ("25-54 jaar", 280), ("55+ jaar", 40), ("Totaal", 410)],
    ]
    assert [f.rule for f in audit(answer).findings] == []
