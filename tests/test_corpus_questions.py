"""What the questions ask for in time and which sentences defer figures (okot_audit.parse.questions),
and the revisions of a figure across answers (okot_audit.corpus.revisions) as plain records."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from okot_audit import read_answer, read_text
from okot_audit.corpus.revisions import iso_date, revisions
from okot_audit.parse.questions import asked_in, deferrals_in, read_questions

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def lines_of(text: str) -> tuple[str, ...]:
    return tuple(text.split("\n"))


@pytest.mark.parametrize("question, count, periods", [
    ("1. Hoeveel personen startten in de vijf recentste jaren een OKOT?", 5, ()),
    ("1. Hoeveel personen startten de laatste drie jaar een OKOT?", 3, ()),
    ("1. Hoeveel personen startten de afgelopen 4 jaren een OKOT?", 4, ()),
    ("1. Hoeveel personen startten in 2018-2022 een OKOT?", 5, ("2018", "2019", "2020", "2021", "2022")),
    ("1. Hoeveel personen startten van 2019 tot en met 2021 een OKOT?", 3, ("2019", "2020", "2021")),
    ("1. Hoeveel mensen startten in 2020 een opleiding?", 1, ("2020",)),
])
def test_what_a_question_asks_for(question, count, periods):
    asked = asked_in(lines_of(question), 1, 1)
    assert (asked.count, asked.periods, asked.line) == (count, periods, 1)
    assert asked.words in question


@pytest.mark.parametrize("question", [
    "1. Hoeveel personen volgen een opleiding van één tot drie jaar?",  # a duration, not periods
    "1. Wat waren daarvoor de belangrijkste redenen?",
])
def test_a_question_without_periods(question):
    assert asked_in(lines_of(question), 1, 1) is None


def test_words_wrapped_over_lines_are_found_on_their_first_line():
    lines = lines_of("1. Hoeveel unieke personen startten in de vijf\nrecentste jaren een OKOT?")
    asked = asked_in(lines, 1, 2)
    assert (asked.count, asked.line, asked.words) == (5, 1, "vijf recentste jaren")


def test_deferral_sentences_and_their_dates():
    lines = lines_of(
        "2. Cijfers over uitval in deze opleidingen voor 2020 zijn pas beschikbaar vanaf 1 februari\n"
        "2021. Andere cijfers zijn er niet. Voor 2022 zijn de cijfers pas beschikbaar half november 2022."
    )
    found = deferrals_in(lines, 1, 2, 2)
    assert [(d.number, d.line, d.when, d.date) for d in found] == [
        (2, 1, "vanaf 1 februari 2021", "2021-02-01"), (2, 2, "half november 2022", None)]
    assert found[0].sentence.startswith("Cijfers over uitval") and found[0].sentence.endswith("2021.")


def test_seed_education_questions_and_the_reason_for_2022():
    answer = read_answer(SEEDS / "000_699ad5193617b98e.txt")
    assert [(a.number, a.line, a.count, a.answer_start, a.answer_end) for a in answer.asked] == [
        (1, 17, 5, 51, 108), (2, 21, 5, 109, 148), (3, 25, 5, 149, 201)]
    assert [(d.number, d.line, d.when) for d in answer.deferred] == [(1, 52, "half november 2022")]


def test_seed_care_answer_starts_where_the_numbering_starts_again():
    answer = read_answer(SEEDS / "002_f58759045b60ed02.txt")
    assert [(a.number, a.line, a.periods, a.answer_start) for a in answer.asked] == [(1, 24, ("2020",), 31)]
    # the question's own "pas beschikbaar vanaf half november" (line 22) is not the answer's
    assert [(d.number, d.line, d.date) for d in answer.deferred] == [(1, 34, "2021-02-01"), (2, 238, "2021-02-01")]


def test_an_answer_without_numbered_items_is_one_item():
    found = read_questions(lines_of("OKOT's - Zorgsector\n\nDe cijfers zijn pas beschikbaar vanaf 1 maart 2021."))
    assert found["asked"] == ()
    assert [(d.number, d.line, d.date, d.item_start, d.item_end) for d in found["deferred"]] == [
        (None, 3, "2021-03-01", 1, 3)]


def test_an_unnumbered_deferred_answer_is_reported():
    report_text = "OKOT's - Zorgsector\n\nDe cijfers over 2020 zijn nog niet beschikbaar.\n"
    from okot_audit.audit import audit

    found = audit(read_text(report_text, path="a.txt")).by_rule("answer-deferred")
    assert [(f.line, f.severity) for f in found] == [(3, "info")]
    assert "the answer gives no figures" in found[0].message and "ask again later" in found[0].message


# ------------------------------------------------------------------------------- revisions

TABLE = """OKOT's - Onderwijssector

ANTWOORD
op vraag nr. 1 van {date}

Unieke cursisten met gestarte OKOT'(s) 2020
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar {count}
Totaal {count}
"""


def answer(path: str, date: str, count: int, question_date=None):
    read = read_text(TABLE.format(date=date, count=count), path=path)
    if question_date is not None:
        read.question_date = question_date
    return read


def test_question_dates_as_strings_or_dates():
    assert iso_date("2022-10-14") == iso_date(datetime.date(2022, 10, 14)) == "2022-10-14"
    assert iso_date(None) is None
    late = answer("late.txt", "3 maart 2023", 140, datetime.date(2023, 3, 3))
    early = answer("early.txt", "14 oktober 2022", 138)
    found = revisions([late, early])
    assert [(r.later.path, r.earlier.path, r.kind, r.difference) for r in found] == [
        ("late.txt", "early.txt", "revised-up", 2), ("late.txt", "early.txt", "revised-up", 2)]


def test_each_answer_is_compared_with_the_latest_earlier_one():
    first = answer("a.txt", "1 maart 2021", 100)
    second = answer("b.txt", "1 maart 2022", 110)
    third = answer("c.txt", "1 maart 2023", 105)
    found = revisions([third, first, second])
    assert sorted({(r.later.path, r.earlier.path, r.kind, r.difference) for r in found}) == [
        ("b.txt", "a.txt", "revised-up", 10), ("c.txt", "b.txt", "revised-down", -5)]


def test_without_dates_file_order_decides():
    first = answer("a.txt", "zomaar", 100)
    second = answer("b.txt", "zomaar", 90)
    assert first.question_date is None
    assert {(r.later.path, r.kind) for r in revisions([first, second])} == {("b.txt", "revised-down")}
    assert {(r.later.path, r.kind) for r in revisions([second, first])} == {("a.txt", "revised-up")}
