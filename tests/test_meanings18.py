"""What an answer's figures mean, in wordings earlier tests do not use (round 18).

Small answers, single-spaced as the seeds, each about one meaning: which evidence says what a
table counts when the header and the prose differ or a sentence names several measures, how
the same figure in two answers is matched and said, which numbers of the prose are figures,
and what a total over withheld parts can still tell. The findings are asserted exactly.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text


def _answer(text: str, name: str = "a.txt"):
    return read_text(text, name)


def _found(*answers, rules: tuple[str, ...] = (), **options) -> list[tuple]:
    """(path, rule, severity, line, period, code, label, stated, observed) of each finding,
    error-located's aside (it says which figure may be wrong, not whether one is)."""
    return [
        (f.path, f.rule, f.severity, f.line, f.period, f.training_code, f.label, f.stated, f.observed)
        for f in audit(list(answers), **options).findings
        if f.rule != "error-located" and (not rules or f.rule in rules)
    ]


ONDERWIJS = "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. {number} van {date}\n\n"
CODED = (
    "Opleiding 2021 2022\n"
    "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar {a} 19\n"
    "908013: Educatieve bachelor voor lager onderwijs - 3de jaar {b} 24\nTotaal {t} 43\n"
)


# 1. What a table counts: the nearest and most specific words decide.

BY_EDUCATION = (
    "Hoogst behaalde diploma 2021 2022\nlaaggeschoold 40 19\nmiddengeschoold 23 24\nhooggeschoold 10 5\n"
    "Totaal 73 48\n"
)


@pytest.mark.parametrize("lead, measure", [
    ("1. Hieronder vindt u het aantal unieke cursisten dat in 2021 en 2022 een OKOT startte.\n\n", "started"),
    ("1. Hieronder vindt u het aantal unieke cursisten dat stopte, naar scholingsniveau.\n\n", "stopped_or_failed"),
    ("1. Hieronder vindt u het profiel van de cursisten.\n\n", "unknown"),
])
def test_a_person_s_highest_diploma_in_the_header_names_the_rows_not_the_measure(lead, measure):
    """``Hoogst behaalde diploma`` over rows of education levels is the persons' own diploma:
    the table was read as graduates whatever the sentence above it said."""
    answer = _answer(ONDERWIJS.format(number=345, date="14 oktober 2022") + lead + BY_EDUCATION)
    assert [t.measure for t in answer.tables] == [measure]


@pytest.mark.parametrize("lead, measure", [
    ("1. Hieronder vindt u het aantal cursisten dat startte, en of ze al een diploma hadden.\n\n", "started"),
    ("1. De gevraagde cijfers:\n\n", "graduated"),
])
def test_a_diploma_behaald_header_yields_to_the_sentence_that_says_what_the_table_counts(lead, measure):
    """A singular ``Diploma behaald`` may be the persons' diploma as much as graduates: the
    sentence before the table that says what it counts decides; without one, graduates."""
    table = "Diploma behaald 2021 2022\nJa 40 19\nNee 23 24\nTotaal 63 43\n"
    answer = _answer(ONDERWIJS.format(number=345, date="14 oktober 2022") + lead + table)
    assert [t.measure for t in answer.tables] == [measure]


SEVERAL = "1. Hieronder vindt u het aantal gestarte en geslaagde cursisten.\n\n"


def test_a_sentence_naming_two_measures_over_one_table_leaves_it_unknown_and_says_why():
    """Before, the table was of the first measure in the pattern order (graduates), silently."""
    text = ONDERWIJS.format(number=345, date="14 oktober 2022") + SEVERAL + CODED.format(a=40, b=23, t=63)
    answer = _answer(text)
    assert [t.measure for t in answer.tables] == ["unknown"]
    found = [f for f in audit([answer]).findings if f.rule == "measure-unknown"]
    assert [(f.line, f.severity) for f in found] == [(8, "info")]
    assert "which of starters or graduates" in found[0].message
    dutch = [f for f in audit([answer], lang="nl").findings if f.rule == "measure-unknown"]
    assert "welke van starters of geslaagden" in dutch[0].message


@pytest.mark.parametrize("lead, measures", [
    (SEVERAL, ["started", "graduated"]),
    ("1. Het aantal geslaagde en gestarte cursisten vindt u hieronder.\n\n", ["graduated", "started"]),
    ("1. Hieronder vindt u de starters en de uitvallers.\n\n", ["started", "stopped_or_failed"]),
])
def test_a_sentence_naming_two_measures_over_two_tables_gives_each_its_own_in_order(lead, measures):
    """Before, both tables were graduates (``graduated``, ``graduated-2``)."""
    text = (ONDERWIJS.format(number=345, date="14 oktober 2022") + lead + CODED.format(a=40, b=23, t=63)
            + "\n" + CODED.format(a=30, b=20, t=50))
    answer = _answer(text)
    assert [(t.measure, t.id) for t in answer.tables] == [(m, m) for m in measures]
    assert _found(answer, rules=("measure-unknown",)) == []


def test_not_graduated_inside_a_drop_out_header_is_one_measure():
    """``stopgezette en uitgevoerde maar niet geslaagde`` names drop-outs only (the seed's header)."""
    text = (ONDERWIJS.format(number=345, date="14 oktober 2022")
            + "Unieke cursisten met stopgezette en uitgevoerde maar niet geslaagde OKOT'(s) "
            + CODED.format(a=40, b=23, t=63).split(" ", 1)[1])
    assert [t.measure for t in _answer(text).tables] == ["stopped_or_failed"]
