"""Curly apostrophes in the unit and plural words (``diploma’s``, ``OKOT’s``, ``programma’s``).

Answers typed in Word print the apostrophe of a plural curly (``’``, U+2019; sometimes ``‘``),
which NFKC does not fold. Each word the reader knows with an apostrophe takes any of
:data:`okot_audit.patterns.APOSTROPHES`: before, a curly ``diploma’s`` was no unit and no
measure (a count of diplomas read as unique persons: a total below a part's sum flagged), an
``Overige programma’s`` row a programme the catalogue does not know, an ``OKOT’s`` in a
column's name words that say more than its measure.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.parse.context import only_measure, read_measure
from okot_audit.parse.subcolumns import more_words
from okot_audit.parse.words import named_count_column, unit_of
from okot_audit.patterns import APOSTROPHES, COUNT_COLUMN

ZORG = "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 12 van 12 januari 2023\n\n"
#: ``diploma's`` as a plain, a right curly and a left curly apostrophe print it.
SPELLINGS = [f"diploma{mark}s" for mark in APOSTROPHES]


@pytest.mark.parametrize("word", SPELLINGS)
def test_a_curly_diploma_s_is_a_unit_and_a_measure(word):
    """``Aantal diploma’s``: diplomas counted as such (additive) and graduation, as with ``'``."""
    assert unit_of(f"Aantal {word}") == ("additive", "diploma's")
    assert only_measure(f"Aantal {word}") == "graduated"


@pytest.mark.parametrize("word", SPELLINGS)
def test_a_table_of_curly_diploma_s_is_read_as_graduation_in_diplomas(word):
    """``Het aantal diploma’s per opleiding`` over a table whose total line is ``Totaal
    diploma’s``: the table's measure is graduation (before, with a curly apostrophe, unknown: a
    ``measure-unknown`` information) and its total line counts diplomas (before, no unit)."""
    text = (ZORG + f"1. Het aantal {word} per opleiding.\n\nOpleiding 2021 2022\n"
            f"Graduaat orthopedagogie 51 54\nBachelor verpleegkunde 253 269\nTotaal {word} 304 323\n")
    answer = read_text(text, "a.txt")
    table = answer.tables[0]
    assert table.measure == "graduated"
    assert table.line_units == {f"Totaal {word}": ("additive", "diploma's")}
    assert [f.rule for f in audit([answer]).findings] == []


@pytest.mark.parametrize("word", ["programma's", "programma’s", "OKOT’s", "okot‘s"])
def test_a_row_of_the_other_programmes_with_a_curly_apostrophe_is_no_programme(word):
    """``Overige programma’s``: the programmes not listed one by one — before, with a curly
    apostrophe, a programme the catalogue does not know (a false ``code-unknown``)."""
    label = f"Overige {word}"
    text = (ZORG + "1. Het aantal gestarte unieke cursisten per opleiding.\n\nOpleiding 2021 2022\n"
            f"Graduaat orthopedagogie 51 54\nBachelor verpleegkunde 253 269\n{label} 10 12\nTotaal 314 335\n")
    table = read_text(text, "a.txt").tables[0]
    assert table.row_kinds.get(label) == "rest"
    report = audit([read_text(text, "a.txt")])
    assert [f.rule for f in report.findings if f.rule == "code-unknown"] == []


@pytest.mark.parametrize("name", ["Unieke cursisten met geslaagde OKOT's", "Unieke cursisten met geslaagde OKOT’s",
                                  "Unieke cursisten met geslaagde OKOT‘s"])
def test_a_column_named_with_curly_okot_s_says_no_more_than_its_measure(name):
    """``… geslaagde OKOT’s``: the measure and its unit, nothing more — before, ``OKOT’s`` was a
    word that says more (a column never read as its bare measure)."""
    assert more_words(name) == ()


def test_other_words_ending_in_s_after_an_apostrophe_are_still_no_unit():
    """Negative: the apostrophe class widens ``diploma's`` only — ``diploma’tjes`` and a
    ``diploma`` before a quote that opens another word name no unit."""
    assert unit_of("de diploma’tjes") is None
    assert unit_of("het ‘diploma’ secundair onderwijs") is None


@pytest.mark.parametrize("word", SPELLINGS)
def test_a_header_of_curly_behaalde_diploma_s_names_its_measure_over_the_sentence(word):
    """A header ``Behaalde diploma’s`` counts diplomas, graduation, whatever the sentence before
    says — before, with a curly apostrophe, it was read as ``behaalde diploma`` (the diploma a
    person holds: weaker than the sentence) and the table took the sentence's ``started``."""
    assert read_measure(f"Opleiding Behaalde {word}", "1. Het aantal gestarte cursisten per opleiding.") == "graduated"


@pytest.mark.parametrize("word", SPELLINGS)
def test_a_count_column_named_curly_diploma_s_is_a_count_column(word):
    """``Opleiding  Aantal diploma’s``: a label column and one column of counts, by what it
    counts — before, with a curly apostrophe, no count column's name (patterns.COUNT_NOUNS)."""
    assert named_count_column(f"Opleiding  Aantal {word}")
    assert COUNT_COLUMN.fullmatch(f"Aantal {word}")


def test_a_count_column_needs_its_plural_s_after_the_apostrophe():
    """Negative: ``Aantal diploma’`` (a quote closed) and prose ending in ``diploma’s`` are no
    count column."""
    assert COUNT_COLUMN.fullmatch("Aantal diploma’") is None
    assert not named_count_column("Dit zijn de behaalde diploma’s")


@pytest.mark.parametrize("word", SPELLINGS)
def test_a_table_of_one_count_column_named_curly_diploma_s_is_read(word):
    """``Opleiding  Aantal diploma’s`` over rows of one count each: read as the plain spelling
    is — before, with a curly apostrophe, an ``unreadable-table`` error (no header found)."""
    text = (ZORG + "1. Het aantal behaalde diploma's per opleiding in 2022.\n\n" f"Opleiding        Aantal {word}\n"
            "Graduaat orthopedagogie        51\nBachelor verpleegkunde        253\nTotaal        300\n")
    answer = read_text(text, "a.txt")
    assert [[(c.label, c.period, c.count) for c in t.cells] for t in answer.tables] == [
        [("Graduaat orthopedagogie", "2022", 51), ("Bachelor verpleegkunde", "2022", 253), ("Totaal", "2022", 300)]]
    assert [f.rule for f in audit([answer]).findings if f.severity == "error"] == ["parts-exceed-total"]
