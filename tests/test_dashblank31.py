"""A dash right after a name's own number or range, before the row's figures one fewer than the
periods (session 31, dashblank31): the first period's blank, no word of the name — and the other
sides, where the dash stays as it is (seeds 6033 and 6028 in ``tests/test_sweepb31.py``)."""

from __future__ import annotations

from okot_audit import read_text
from okot_audit.parse.cells import placements


def _rows(text: str, code: str) -> list[tuple[str, str, int]]:
    answer = read_text(text, "g.txt")
    return [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.code == code]


def _three_periods(row: str, total: str) -> str:
    """A table under ``2017 2018 Totaal``: a first row, `row` and the `total` line."""
    return f"Aantal gestarte cursisten.\n\nOpleiding 2017 2018 Totaal\n258329: kapper 51 39 76\n{row}\n{total}\n"


def test_the_first_blank_reading_reads_the_dash_as_its_blank() -> None:
    found = {r.values: r.label for r in placements("535126: module 5 - deel 2 \u2013 51 51", 3)}
    assert found[(None, 51, 51)] == "535126: module 5 - deel 2"
    # (a reading that blanks another period keeps the dash: there it is the name's, the totals choose)
    assert found[(51, None, 51)] == "535126: module 5 - deel 2 \u2013"


def test_a_row_blank_in_a_later_period_keeps_the_dash_in_its_name() -> None:
    text = _three_periods("535126: tandartsassistent module 5 - deel 2 \u2013 51 51", "Totaal 102 39 127")
    assert _rows(text, "535126") == [
        ("tandartsassistent module 5 - deel 2 \u2013", "2017", 51), ("tandartsassistent module 5 - deel 2 \u2013", "Totaal", 51)]


def test_an_open_range_wrapped_to_the_next_line_is_the_names() -> None:
    text = """\
Aantal gestarte cursisten.

Opleiding 2017 2018
258329: kapper 51 39
535126: zorgkundige modules 1 -
4 51 51
Totaal 102 90
"""
    assert _rows(text, "535126") == [
        ("zorgkundige modules 1 - 4", "2017", 51), ("zorgkundige modules 1 - 4", "2018", 51)]


def test_a_names_words_after_a_dash_stay_the_names() -> None:
    text = _three_periods("535126: opvoeder deel 2 - 2de jaar 51 51", "Totaal 51 90 127")
    assert _rows(text, "535126") == [
        ("opvoeder deel 2 - 2de jaar", "2018", 51), ("opvoeder deel 2 - 2de jaar", "Totaal", 51)]


def test_a_table_that_prints_blanks_as_nothing_is_still_said() -> None:
    """No dash: ``deel 2 51 51`` under three periods may be 2, 51 and 51 — said, as before."""
    text = _three_periods("535126: opvoeder module 5 - deel 2 51 51", "Totaal 51 90 127")
    answer = read_text(text, "g.txt")
    assert [(i.kind, i.code, i.numbers) for i in answer.issues] == [("ambiguous-alignment", "535126", (2, 51, 51))]


def test_a_dash_after_a_names_range_before_one_digit_stays_said() -> None:
    """``fase 1- 2 - 1 42`` under three periods: ``fase 1- 2`` with a blank, 1 and 42, or ``fase
    1- 2 - 1`` with 42 — both fit the totals: said, not read (tests/test_roundtrip27.py)."""
    text = """\
Aantal gestarte cursisten.

Opleiding 2022 2023 2024
274155: lager fase 1- 2 - 1 42
881985: vorming Professionele 3 53 36
Totaal 3 77 36
"""
    answer = read_text(text, "g.txt")
    assert [(i.kind, i.code) for i in answer.issues] == [("ambiguous-alignment", "274155")]
