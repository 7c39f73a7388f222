"""What an answer's figures mean, in wordings earlier tests do not use (round 17).

Small answers, single-spaced as the seeds, each about one meaning: what a table counts (unit
words in the header, the caption, the question or only the prose before it), what a total is
of its parts, which sector and stage a code or a programme's name belongs to, and how the same
figure in two answers compares. The findings are asserted exactly.
"""

from __future__ import annotations

import datetime

import pytest

from okot_audit import audit, read_text


def _answer(text: str, name: str = "a.txt"):
    return read_text(text, name)


def _found(*answers, rules: tuple[str, ...] = ()) -> list[tuple]:
    """(path, rule, severity, line, period, code, label, stated, observed) of each finding,
    error-located's aside (it says which figure may be wrong, not whether one is)."""
    return [
        (f.path, f.rule, f.severity, f.line, f.period, f.training_code, f.label, f.stated, f.observed)
        for f in audit(list(answers)).findings
        if f.rule != "error-located" and (not rules or f.rule in rules)
    ]


ONDERWIJS = "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. {number} van {date}\n\n"
ZORG = "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 12 van 12 januari 2023\n\n"


# 1. The question's date, however the answer writes it, orders two answers in time.

GRADUATES_2022 = (
    ONDERWIJS.format(number=74, date="14 oktober 2022")
    + "2. Het aantal unieke cursisten dat slaagde.\n\nOpleiding 2021 2022*\n"
    "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 40 19\n"
    "908013: Educatieve bachelor voor lager onderwijs - 3de jaar 23 24\nTotaal 63 43\n\n"
    "*Voor 2022 enkel cijfers van de eerste jaarhelft.\n"
)


def _graduates_2023(date: str) -> str:
    """The later answer: 2022 completed, 2021 revised down by 2 (rows in another order)."""
    return (
        ONDERWIJS.format(number=201, date=date)
        + "2. Het aantal unieke cursisten dat slaagde.\n\nOpleiding 2021 2022\n"
        "908013: Educatieve bachelor voor lager onderwijs - 3de jaar 23 50\n"
        "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 38 41\nTotaal 61 91\n"
    )


@pytest.mark.parametrize("date", ["12 januari 2023", "12/01/2023", "2023-01-12", "12.01.2023", "12-1-2023"])
def test_a_question_date_in_figures_orders_the_answers_as_one_in_words(date):
    """``op vraag nr. 201 van 2023-01-12`` (or ``12/01/2023``) was read as no question at all:
    the later answer, given first, was then taken for the earlier one, and the figures it
    completed read as 'a full period revised downwards' (warnings) in the earlier answer."""
    later = _answer(_graduates_2023(date), "later.txt")
    assert (later.question_number, later.question_date) == (201, datetime.date(2023, 1, 12))
    earlier = _answer(GRADUATES_2022, "earlier.txt")
    assert _found(later, earlier, rules=("figure-revised",)) == [
        ("later.txt", "figure-revised", "info", 9, "2022", "908013", None, 50, 24),
        ("later.txt", "figure-revised", "warning", 10, "2021", "908003", None, 38, 40),
        ("later.txt", "figure-revised", "info", 10, "2022", "908003", None, 41, 19),
        ("later.txt", "figure-revised", "warning", 11, "2021", None, "Totaal", 61, 63),
        ("later.txt", "figure-revised", "info", 11, "2022", None, "Totaal", 91, 43),
    ]


def test_a_date_in_figures_in_the_parliament_s_heading_is_the_question_s():
    text = ("SCHRIFTELIJKE VRAAG\nnr. 512\nvan ELS VAN DAM\ndatum: 3/2/2023\n\n" + GRADUATES_2022.split("\n\n", 1)[1])
    answer = _answer(text)
    assert (answer.question_number, answer.question_date) == (512, datetime.date(2023, 2, 3))


@pytest.mark.parametrize("date", ["31/02/2023", "14 oktobr 2022"])
def test_a_date_that_is_no_day_leaves_the_question_without_a_date(date):
    answer = _answer(_graduates_2023(date))
    assert (answer.question_number, answer.question_date) == (201, None)


def test_answers_without_a_date_are_compared_in_file_order():
    """Neither answer says when: the one named first is the earlier (file order)."""
    first = _answer(GRADUATES_2022.replace("op vraag nr. 74 van 14 oktober 2022\n", ""), "first.txt")
    second = _answer(_graduates_2023("12 januari 2023").replace("op vraag nr. 201 van 12 januari 2023\n", ""),
                     "second.txt")
    assert first.question_date is None and second.question_date is None
    assert [row[:5] for row in _found(first, second, rules=("figure-revised",))] == [
        ("second.txt", "figure-revised", "info", 8, "2022"),
        ("second.txt", "figure-revised", "warning", 9, "2021"),
        ("second.txt", "figure-revised", "info", 9, "2022"),
        ("second.txt", "figure-revised", "warning", 10, "2021"),
        ("second.txt", "figure-revised", "info", 10, "2022"),
    ]
