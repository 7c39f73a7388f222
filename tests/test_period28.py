"""One period vocabulary (session 28): the period tokens of the table reader's header words, sub-columns,
header pieces, tables on their side and blank marks are built from ``patterns.period_pattern`` (and
``patterns.YEAR``), and the count column's nouns from ``patterns.COUNT_NOUNS`` — none spelled by hand.
"""

from __future__ import annotations

import inspect
import re

from hypothesis import given
from hypothesis import strategies as st

import okot_audit.parse as parse
from okot_audit import patterns
from okot_audit.parse import blanks, context, regions, subcolumns, transposed, words
from okot_audit.patterns import COUNT_NOUNS, YEAR, period_pattern, words_pattern

#: A year spelled by hand (``(?:19|20)\d{2}``) in a module's source.
_HAND_YEAR = re.compile(r"\(\?:19\|20\)")


def test_no_module_of_the_vocabulary_spells_a_year_by_hand() -> None:
    """Each of these modules takes its years and periods from ``patterns``: a new form of period
    (a dash, a mark) is one change there, never one per copy."""
    for module in (parse, subcolumns, transposed, blanks, words):
        source = inspect.getsource(module)
        assert not _HAND_YEAR.search(source), f"{module.__name__} spells a year by hand"


def test_the_patterns_are_built_from_the_shared_builders() -> None:
    en_dash = period_pattern(dashes="-/\u2013")
    assert en_dash in subcolumns._PERIOD.pattern
    assert period_pattern(dashes="-/\u2013", stars=r"\**") in subcolumns.PERIOD_THEN_WORD.pattern
    assert period_pattern(dashes="-/\u2013", stars=r"\**") in regions._PIECE.pattern
    assert "(?P<year>" + en_dash + ")" in transposed._PERIOD_START.pattern
    assert parse._PERIOD_WORD.pattern == period_pattern(dashes="-", stars=r"\**")
    assert YEAR.pattern in transposed._PERIOD_LINE.pattern and YEAR.pattern in blanks._YEAR.pattern
    assert "(" + en_dash + ")" in context._APART_LETTER.pattern
    assert context._PERIOD_WORD.pattern.startswith("^(" + period_pattern(dashes="-/\u2013", space=r"\s?") + "|")
    assert period_pattern(space=r"\s?") + r"\b" in context._COMPARED_YEAR.pattern
    # the count column's nouns are the vocabulary's, each one
    assert "(?:" + words_pattern(COUNT_NOUNS) + ")" in words.COUNT_COLUMN.pattern
    for noun in sorted(patterns.COUNT_NOUNS):
        match = words.COUNT_COLUMN.search(f"Provincie Aantal unieke {noun.upper()}")
        assert match is not None and match.group(1) == f"Aantal unieke {noun.upper()}"


_YEARS = st.integers(1900, 2099)


@st.composite
def _period(draw: st.DrawFn, dashes: str = "-/\u2013") -> tuple[str, str, str]:
    """A period as a header prints it: a year, or a school year (its second year in two digits or
    four), and its footnote marks — the token, its period and its marks."""
    first = draw(_YEARS)
    text = str(first)
    if draw(st.booleans()):
        second = first + 1
        text += draw(st.sampled_from(dashes)) + (f"{second % 100:02d}" if draw(st.booleans()) else str(second))
    stars = "*" * draw(st.integers(0, 3))
    return text + stars, text, stars


@given(_period())
def test_every_reader_of_a_header_takes_the_same_period(token: tuple[str, str, str]) -> None:
    text, period, stars = token
    match = subcolumns._PERIOD.match(text)
    assert match is not None and match.groups() == (period, stars)
    assert regions._PIECE.fullmatch(text) is not None
    assert subcolumns.PERIOD_THEN_WORD.search(f"Provincie {text} gestart") is not None
    start = transposed._PERIOD_START.match(f"schooljaar {text} 1.012 4.809")
    assert start is not None and (start.group("year"), start.group("stars")) == (period, stars)
    assert transposed._PERIOD_LINE.match(text) is not None
    if "/" not in period and "\u2013" not in period:  # (a header's words: a school year's plain dash)
        assert parse._PERIOD_WORD.fullmatch(text) is not None
    word = context._PERIOD_WORD.match(text)
    assert word is not None and word.group(1) == period
    letter = context._APART_LETTER.search(f"Opleiding {period} a 12")
    assert letter is not None and letter.groups() == (period, "a")
    if period.isdigit():
        assert blanks._YEAR.fullmatch(text) is not None and transposed._A_YEAR.fullmatch(text) is not None
