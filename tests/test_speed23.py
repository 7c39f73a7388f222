"""speedr23: the first looks of session 23 in finding regions give the answers of the steps they stand in front of.

Each quick path lets most lines go after a cheap look at what every line the step acts on must
hold: a line that opens as a province's name must hold a space, a code and what follows one
before :data:`~okot_audit.parse.regions.CODE_LINE` is tried; a line is asked whether it is a
plain table's header only when a row could stand below it and it is not blank; a month's name
or a total's word must end in one of their last characters; a province's name broken over lines
must open with one's first four letters. Each property builds lines of the kinds the step reads
(and prose and rows around them) and checks that the step with its look gives what it gives
without it (the look replaced by one that lets everything through) — on drawn lines and on every
line of the seeds and of generated answers; explicit examples show that the looks leave work out
(the tests that fail on the code before).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from okot_audit.parse import regions
from okot_audit.parse.context import _MONTH_ABBREVIATIONS, MONTHS, fold

ROOT = Path(__file__).resolve().parent.parent


class _Everything:
    """A set that holds every character and every word: a first look that lets all through."""

    def __contains__(self, item: object) -> bool:
        return True


@lru_cache(maxsize=1)
def _answers() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The seeds' and 40 generated answers' lines, as the reader meets them."""
    from generate.choices import Plan, RandomChooser
    from generate.model import draw_answer
    from generate.render import render
    from okot_audit.source import decode_source

    texts = [(p.read_bytes(), p.name) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for i in range(40):
        chooser = RandomChooser(23 * 1_000_003 + i)
        texts.append((render(draw_answer(chooser), Plan(chooser)).data(), f"generated-{i}.txt"))
    return tuple((name, tuple(decode_source(data, name).lines)) for data, name in texts)


# --------------------------------------------------------------------------- lines drawn

PROVINCE_WORDS = ["Antwerpen", "ANTWERPEN", "antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen",
                  "Brussel", "Vlaams Gewest", "Oost-Vlaand", "West-", "Vlaams-", "Oost-Vl", "Limbu", "Antw", "Opleiding",
                  "Leeftijd", "Vrouw", "Mannen", "Zorg", "Onderwijs", "Sector zorg", "-25 jaar", "50+ jaar", "Lager onderwijs",
                  "aandere", "eren", "n", "rg", "Bron: VDAB", "Totaal", "Eindtotaal", "Aantal", "Ant werpen", "\u0130stanbul"]
CODES = ["900123", "12345", "1234567", "943154", "098346", "\u0661\u0662\u0663\u0664\u0665\u0666"]
AFTER_CODE = [": ", ":", " - ", " \u2013 ", " ", "", "  ", " 1", " -"]
REST = ["Educatieve bachelor 12 14", "verpleegkunde", "12 14 16", "2021 2022", "Totaal 1.240", "- 1ste jaar 5",
        "\u00e9cole 3", "_x 4", ""]
FIGURES = ["12", "1.240", "7 9", "-", "2021 2022 2023", "2019-2020 Totaal", ""]
WORDS = ["", "  ", "In 2021 startten 40 cursisten.", "Unieke cursisten met", "gestarte OKOT'(s) 2021 2022",
         "Provincie 2021 2022 Totaal", "Opleiding Aantal", "jan. 2021 (t.e.m. juni) Totaal", "1. Gestarte cursisten",
         "Geslacht 2022 2023", "Man 12 14", "Vrouw 13 15", "Totaal 25 29", "oktober november december Totaal",
         "sept. okt.*", "Periode januari februari", "maart 2021 april 2021", "*cijfers tot 30 juni"]


@st.composite
def code_like_lines(draw):
    """A line as a table of codes or of provinces prints it: an indent, maybe a province's name
    or another key (whole, cut, in any case), maybe a code, what follows it, the rest."""
    parts = [draw(st.sampled_from(["", " ", "  ", "\t"]))]
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(PROVINCE_WORDS)) + draw(st.sampled_from([" ", "  ", ""])))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(CODES)) + draw(st.sampled_from(AFTER_CODE)))
    parts.append(draw(st.sampled_from(REST)))
    if draw(st.booleans()):
        parts.append(" " + draw(st.sampled_from(FIGURES)))
    return "".join(parts)


any_line = st.one_of(code_like_lines(), st.sampled_from(WORDS))
answer_lines = st.lists(any_line, max_size=14).map(tuple)


# --------------------------------------------------------------------------- code lines

def _fresh(lines) -> tuple[str, ...]:
    """The lines as a new tuple (:func:`~okot_audit.parse.regions._code_lines` keeps the last
    lines' answer by their identity)."""
    return tuple(list(lines))


def _code_lines_without_look(lines: tuple[str, ...]) -> dict[int, str]:
    with mock.patch.object(regions, "_CODE_AFTER_WORD", re.compile("")):
        return {i: m.group(0) for i, m in regions._code_lines(_fresh(lines)).items()}


def _code_lines(lines: tuple[str, ...]) -> dict[int, str]:
    return {i: m.group(0) for i, m in regions._code_lines(_fresh(lines)).items()}


@given(answer_lines)
@example(("Antwerpen 900123: Educatieve bachelor 12 14", "Limburg 900123 - verpleegkunde 3", "Antwerpen 12 14"))
@example(("West-Vlaanderen 900123 \u2013 \u00e9cole 3", "Vrouw 900123 _x 4", "Oost-Vlaanderen 1234567 verpleegkunde"))
def test_code_lines_are_found_as_without_the_first_look(lines):
    assert _code_lines(lines) == _code_lines_without_look(lines)


def test_the_code_lines_of_every_answer_are_found_as_without_the_first_look():
    for name, lines in _answers():
        assert _code_lines(lines) == _code_lines_without_look(lines), name


def test_a_province_row_without_a_code_is_not_matched_against_the_code_pattern():
    # (the test that fails before: every line that opened as a province's name was matched)
    asked: list[str] = []
    pattern = regions.CODE_LINE

    class Recording:
        def match(self, text: str):
            asked.append(text)
            return pattern.match(text)

    lines = ("Provincie 2021 2022", "Antwerpen 12 14", "Limburg 900123: Educatieve bachelor 3 4", "Vlaams Gewest 15 18")
    with mock.patch.object(regions, "CODE_LINE", Recording()):
        found = regions._code_lines(_fresh(lines))
    assert list(found) == [2]
    assert asked == ["Limburg 900123: Educatieve bachelor 3 4"]


@pytest.mark.parametrize("line", ["Limburg 900123 - verpleegkunde 3", "Man 900123 - verpleegkunde 3"])
def test_a_look_without_the_dash_after_the_code_would_lose_a_keyed_code_line(line):
    # (the look is no tautology: one that asks less than the pattern allows loses a line; the
    # look before a province's code line and another key's is one pattern, :data:`_AFTER_CODE`)
    lines = (line,)
    assert list(regions._code_lines(_fresh(lines))) == [0]
    with mock.patch.object(regions, "_CODE_AFTER_WORD", re.compile(r"\s\d{6}(?:\s*:|\s+[^\W\d])")):
        assert list(regions._code_lines(_fresh(lines))) == []


# --------------------------------------------------------------------------- plain headers asked

def _skipped(lines: tuple[str, ...]) -> list[int]:
    """The lines :func:`~okot_audit.parse.regions.find_regions` does not ask
    :func:`~okot_audit.parse.regions._plain_header` about (codes' lines aside)."""
    figure_end = regions._next_figure_end(lines)
    reach = len(lines) - 3 - regions.NAME_LOOKAHEAD
    return [
        k for k in range(len(lines)) if k not in regions._code_lines(lines) and (
            figure_end[k + 1] >= (k if k < reach else reach) + 3 + regions.NAME_LOOKAHEAD or not lines[k].strip()
        )
    ]


@given(answer_lines)
@example(("Opleiding Aantal", "", "Bachelor 12", "", "", "", "", "", "", "Totaal 12"))
@example(("Provincie 2021 2022", "Antwerpen 12 14"))
def test_a_line_find_regions_does_not_ask_is_no_plain_header(lines):
    for k in _skipped(lines):
        assert regions._plain_header(lines, k) is None, (k, lines)


def test_no_line_of_any_answer_that_find_regions_does_not_ask_is_a_plain_header():
    for name, lines in _answers():
        for k in _skipped(lines):
            assert regions._plain_header(lines, k) is None, (name, k)


def test_blank_lines_and_lines_far_from_any_row_are_not_asked_whether_they_head_a_table():
    # (the test that fails before: every line outside the regions was asked)
    # (far: seven lines of text or more above the next row — blank lines are no distance, a
    # header may stand any number of them above its rows: tests/test_headers23.py)
    lines = ("Inleiding", "", "In 2021 startten 40 cursisten.", "", "Een", "twee", "drie", "vier", "vijf", "zes",
             "zeven", "", "Provincie 2021 2022", "Antwerpen 12 14", "Limburg 13 15", "Totaal 25 29")
    asked: list[int] = []
    real = regions._plain_header
    with mock.patch.object(regions, "_plain_header", lambda lines, k: asked.append(k) or real(lines, k)):
        found = regions.find_regions(lines)
    assert [(r.start, r.end) for r in found] == [(13, 16)]
    assert not {0, 1, 2, 3, 11} & set(asked) and 12 in asked


def test_a_header_over_codes_is_not_read_for_the_names_under_its_periods():
    # (the test that fails before: the line's periods and names were read, then set aside)
    lines = ("Unieke cursisten 2021 2022 Totaal", "900123: Educatieve bachelor 3 4 7", "Totaal 3 4 7")
    with mock.patch.object(regions, "periods_and_names", side_effect=AssertionError("read")):
        assert regions._plain_header(lines, 0) is None


@given(st.text(alphabet=" .()janokt*Aa1\u00a0\t", max_size=30))
@example("a.jan. b")
@example("x.(a) b")
def test_the_prose_look_of_a_plain_header_needs_a_full_stop(text):
    # (what the look relies on: neither substitution adds a full stop, and folding never lengthens)
    if "." not in text:
        assert not regions._sentence_ends_in(regions._MONTH_DOT.sub(" ", regions._BRACKETED.sub("", text)))
    assert len(fold(text)) <= len(text)


# --------------------------------------------------------------------------- months at a line's end

MONTH_WORDS = [*MONTHS, *_MONTH_ABBREVIATIONS, "okt.", "sept.", "december*", "Mrt", "JUNI", "juni.*", "febr.", "maar",
               "Totaal", "totaal*", "Som", "Totaal (2021)", "Eindtotaal", "totalen", "2021", "cursisten", "\u0130", "x)"]


@given(st.lists(st.sampled_from(MONTH_WORDS), max_size=4), st.sampled_from(["", " ", "  ", "\t"]))
def test_a_line_ends_in_a_month_as_without_the_first_look(words, end):
    text = " ".join(words) + end
    with mock.patch.object(regions, "_MONTH_OR_TOTAL_ENDS", _Everything()):
        plain = regions._ends_in_month(text)
    assert regions._ends_in_month(text) == plain


def test_every_month_and_total_word_passes_the_first_look():
    for word in [*MONTHS, *_MONTH_ABBREVIATIONS]:
        for form in (word, word.upper(), word.capitalize(), word + ".", word + "*", word + ".*"):
            assert regions._ends_in_month(f"Opleiding {form}"), form
            assert regions._ends_in_month(f"Opleiding {form} Totaal"), form
            assert regions._ends_in_month(f"Opleiding {form} som*"), form
            assert regions._ends_in_month(f"Opleiding {form} Totaal(2021)"), form


# --------------------------------------------------------------------------- provinces broken over lines

BROKEN = ["Oost-Vlaand", "eren", "Oost-Vl", "aandere", "n", "West-", "Vlaanderen", "Vlaams-", "Brabant", "Antw", "erpen",
          "918  930", "918 930 951", "Opleiding", "Antwerpen 12 14", "Limbu", "rg 3 4", "  Oost-Vlaand  12", "",
          "Oo st-Vl", "OOST-VLAAND", "Vlaa", "ms-Brabant 5"]


@given(st.lists(st.sampled_from(BROKEN), max_size=8).map(tuple))
@example(("Oost-Vlaand", "918  930", "eren"))
@example(("Oost-Vl", "aandere", "n", "918 930 951"))
@example(("Oo st-Vl", "aandere", "n", "918 930 951"))
def test_provinces_broken_over_lines_are_mended_as_without_the_first_look(lines):
    with mock.patch.object(regions, "_PROVINCE_STARTS_4", _Everything()):
        plain = regions.mend_cut_provinces(lines)
    assert regions.mend_cut_provinces(lines) == plain


def test_the_provinces_of_every_answer_are_mended_as_without_the_first_look():
    for name, lines in _answers():
        with mock.patch.object(regions, "_PROVINCE_STARTS_4", _Everything()):
            plain = regions.mend_cut_provinces(lines)
        assert regions.mend_cut_provinces(lines) == plain, name


def test_a_line_that_opens_with_no_provinces_letters_is_not_read_for_its_figures():
    # (the test that fails before: its numbers were split off first)
    with mock.patch.object(regions, "numeric_tail", side_effect=AssertionError("read")):
        assert regions._mend_broken_word(("Opleiding 12 14", "eren"), 0) is None
    assert regions._mend_broken_word(("Oost-Vlaand", "918  930", "eren"), 0) is not None
