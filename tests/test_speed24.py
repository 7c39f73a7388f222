"""speed24: what the reader keeps per answer's lines is what the plain questions answer.

Session 24 answers a few questions once per answer's lines instead of once per asking step:

- :func:`~okot_audit.parse.regions._rows_far` and :func:`~okot_audit.parse.regions._blank_lines`
  classify every line in the one pass that finds where the next row's figures end (no row
  within reach below it; blank), and :func:`~okot_audit.parse.regions.find_regions` steps over
  the lines it would only have skipped (:func:`~okot_audit.parse.regions._read_next`);
- :func:`~okot_audit.parse.scan.per_answer` keeps, for the answer being read, what a pure
  question about a line's text answered: the periods a line ends in
  (:func:`~okot_audit.parse.regions._period_list`) and the unit its words say
  (:func:`~okot_audit.parse.words.unit_of`).

Each property checks the kept answers against the question asked plainly, on drawn lines and
on every line of the seeds and of generated answers; explicit tests show the work left out
(the tests that fail on the code before).
"""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from test_speed23 import _answers, _fresh, answer_lines

from okot_audit.parse import regions, scan, words
from okot_audit.parse.context import period_list

# --------------------------------------------------------------------------- the plain questions


def _no_row_near_plainly(lines: tuple[str, ...], k: int) -> bool:
    """No line below k ends in a digit within reach: ``2 + NAME_LOOKAHEAD`` lines of text or
    more stand before it (blank lines are no distance), or there is none."""
    texts = 0
    for j in range(k + 1, len(lines)):
        end = lines[j].rstrip()[-1:]
        if end.isdecimal():
            return texts >= 2 + regions.NAME_LOOKAHEAD
        texts += end != ""
    return True


def _read_plainly(lines: tuple[str, ...]) -> list[int]:
    """The lines find_regions' loop reads when it starts at each: code lines, and lines of text
    with a row within reach."""
    code_lines = regions._code_lines(lines)
    return [k for k in range(len(lines)) if k in code_lines or (lines[k].strip() and not _no_row_near_plainly(lines, k))]


def _period_list_plainly(text: str):
    end = text.rstrip()
    if not end or not (end[-1].isdigit() or end[-1] in "*)lLmM"
                       or (regions._ends_in_month(end) and regions._YEAR_BEFORE_LAST.search(end))):
        return None
    return period_list(text)


#: Lines that end in periods, in rows' figures and in words, as headers, rows and prose print them.
PERIOD_LINES = [
    "Provincie 2021 2022 Totaal", "Opleiding 2019-2020 2020-2021", "Sector jan. 2021 feb. 2021", "2021 jan.",
    "Geslacht 2022 2023*", "Leeftijd 2022 (voorlopig)", "Man 1900", "Antwerpen 12 14", "In 2021 startten 40 cursisten.",
    "Totaal 2015 2016", "januari 2020 februari 2020 Totaal", "2022 *", "t.e.m. 30/06/2024", "Aantal", "", "   ",
    "Opleiding 2021 Q1 2022", "1e semester 2024", "\u0130stanbul 2021 2022", "Code  2020  2021  2022  Som",
    "Periode 01/01/2022 - 30/06/2022", "1/1 - 30 6", "Sector 20211 20222", "Sector 2021 20221", "Man 12 14", "12",
    "Leeftijd 1900", "Opleiding 2019\t2020", "Provincie 2021\u00a02022", "Totaal 1.240 1.612", "Q1 '24", "\u0661\u0662",
    "Opleiding 2020-21", "2021-2022 14", "t.e.m. 30/06/2024 12", "Jaar 19999", "Jaar 200", "Antwerpen 12 14 (x)",
    "Antwerpen 1.240 2.012", "Datum 30.06.2024", "Totaal 1.240.000", "Periode 1.2021", "x 1.24", "y .240", "z 12.", "2.021",
]
period_texts = st.lists(st.sampled_from(PERIOD_LINES), min_size=1, max_size=3).map(" ".join) | st.sampled_from(PERIOD_LINES)
#: What unit words a text may hold, and around them.
UNIT_TEXTS = [
    "Aantal unieke cursisten", "inschrijvingen", "geen unieke cursisten", "Het gaat om inschrijvingen, niet om unieke personen",
    "Totaal", "Provincie 2021 2022", "Aantal deelnames", "diploma's", "INSCHR.", "", "trajecten", "Unieke \u0130nschr.",
]
unit_texts = st.lists(st.sampled_from(UNIT_TEXTS), max_size=3).map(" ".join)


# --------------------------------------------------------------------------- each line classified once


@given(answer_lines)
@example(("Opleiding Aantal", "", "Bachelor 12", "", "", "", "", "", "", "Totaal 12"))
@example(("Een", "twee", "drie", "vier", "vijf", "zes", "zeven", "Provincie 2021", "Antwerpen 12"))
@example(("  ", "\u0661\u0662", "x \u00b2", ""))
def test_each_line_is_classified_as_its_reach_and_blankness_say_plainly(lines):
    lines = _fresh(lines)
    assert regions._rows_far(lines) == [_no_row_near_plainly(lines, k) for k in range(len(lines))]
    assert regions._blank_lines(lines) == [not line.strip() for line in lines]


def test_every_line_of_every_answer_is_classified_as_asked_plainly():
    for name, lines in _answers():
        assert regions._rows_far(lines) == [_no_row_near_plainly(lines, k) for k in range(len(lines))], name
        read = regions._read_next(lines, regions._code_lines(lines))
        plain = _read_plainly(lines)
        assert [read[k] for k in range(len(lines))] == [next((j for j in plain if j >= k), len(lines)) for k in range(len(lines))], name


@given(answer_lines)
@example(("Provincie 2021 2022", "Antwerpen 12 14", "", "", "Limburg 13 15", "Totaal 25 29"))
def test_find_regions_steps_to_the_lines_it_reads_as_when_it_looked_at_each(lines):
    lines = _fresh(lines)
    read = regions._read_next(lines, regions._code_lines(lines))
    plain = _read_plainly(lines)
    assert read == [next((j for j in plain if j >= k), len(lines)) for k in range(len(lines) + 1)]
    found = regions.find_regions(lines)
    with mock.patch.object(regions, "_read_next", lambda lines, code_lines: list(range(len(lines) + 1))):
        assert regions.find_regions(_fresh(lines)) == found


def test_the_regions_of_every_answer_are_found_as_when_each_line_is_looked_at():
    for name, lines in _answers():
        found = regions.find_regions(lines)
        with mock.patch.object(regions, "_read_next", lambda lines, code_lines: list(range(len(lines) + 1))):
            assert regions.find_regions(_fresh(lines)) == found, name


def _classifying_passes(lines: tuple[str, ...]) -> tuple[list, int]:
    """find_regions' regions of `lines`, and how many passes over the lines it made to classify
    them (:func:`~okot_audit.parse.regions._next_figure_end` not answering from what it kept)."""
    real, passes = regions._next_figure_end, []

    def counted(asked: tuple[str, ...]) -> list[int]:
        passes.append(regions._FIGURE_ENDS[0] is not asked)
        return real(asked)

    with mock.patch.object(regions, "_next_figure_end", counted):
        found = regions.find_regions(lines)
    return found, sum(passes)


def test_find_regions_asks_no_line_again_whether_a_row_is_near():
    # (session 24: each line's reach was asked by the loop and again by _plain_header, a call
    # each; now one pass classifies every line, and every later question is answered from it)
    lines = _fresh(("Inleiding", "", "In 2021 startten 40 cursisten.", "", "Provincie 2021 2022", "Antwerpen 12 14",
                    "Limburg 13 15", "Totaal 25 29"))
    found, passes = _classifying_passes(lines)
    assert [(r.start, r.end) for r in found] == [(5, 8)]
    assert passes == 1
    assert [(name, _classifying_passes(_fresh(lines))[1]) for name, lines in _answers()] == [
        (name, 1) for name, _ in _answers()]


# --------------------------------------------------------------------------- answers kept per answer


@given(period_texts)
@example("Provincie 2021 2022 Totaal")
@example("2021 jan.")
def test_the_periods_a_line_ends_in_are_those_asked_plainly_every_time(text):
    scan.new_answer()
    plain = _period_list_plainly(text)
    first = regions._period_list(text)
    assert first == plain
    if first is not None:
        first[1].append(first[1][0])  # (a caller's own list: changing it changes no later answer)
    assert regions._period_list(text) == plain


@given(st.sampled_from(["", "Jaar ", "Antwerpen 12 ", "Periode 1/1 - ", "Opleiding 2020 "]),
       st.text(alphabet="0123456789./-\u2013*'_ \u0661", max_size=14))
@example("Gent ", "1.240")
@example("Datum ", "30.06.2024")
@example("", "20211")
def test_the_periods_a_line_of_digits_and_marks_ends_in_are_those_asked_plainly(before, digits):
    scan.new_answer()
    assert regions._period_list(before + digits) == _period_list_plainly(before + digits)


def test_the_periods_every_line_of_every_answer_ends_in_are_those_asked_plainly():
    # (rows' counts last are let go at a look: no year, no year with its note's digit, no range)
    for name, lines in _answers():
        scan.new_answer()
        for line in lines:
            assert regions._period_list(line) == _period_list_plainly(line), (name, line)


def test_a_row_whose_last_count_is_no_year_is_not_read_for_periods():
    # (the test that fails before: every line that ended in a digit was read for its periods)
    scan.new_answer()
    with mock.patch.object(regions, "period_list", side_effect=AssertionError("read")):
        for line in ("Antwerpen 12 14", "Totaal 300", "Man 7", "Limburg 2 31999", "x 201", "Gent 1.240", "Totaal 12.345.678"):
            assert regions._period_list(line) is None
    for line in ("Leeftijd 1900", "Sector 2021 20221", "Periode 1/1 - 30 6", "Opleiding 2020 - 21", "Datum 30.06.2024"):
        assert regions._period_list(line) == _period_list_plainly(line)


@given(unit_texts)
@example("Het gaat om inschrijvingen, niet om unieke personen")
def test_the_unit_a_text_names_is_that_the_plain_question_gives_every_time(text):
    plain = words.unit_of.__self__.question  # type: ignore[attr-defined]
    scan.new_answer()
    assert words.unit_of(text) == plain(text)
    assert words.unit_of(text) == plain(text)


def test_a_line_asked_for_its_periods_by_several_steps_is_read_once_per_answer():
    # (the test that fails before: the header's line was read for its periods at every step
    # that asked — the header above the rows, the region's scan, the look for it printed again)
    lines = ("Provincie 2021 2022", "Antwerpen 12 14", "Limburg 13 15", "", "Provincie 2021 2022", "Oost-Vlaanderen 3 4",
             "Totaal 28 33")
    asked: list[str] = []
    with mock.patch.object(regions, "period_list", lambda text: asked.append(text) or period_list(text)):
        found = regions.find_regions(_fresh(lines))
    assert found and sorted(asked) == sorted(set(asked))


def test_a_text_asked_again_is_answered_from_what_was_kept():
    # (the test that fails before: unit_of answered every text anew)
    scan.new_answer()
    with mock.patch.object(words, "_named", wraps=words._named) as named:
        words.unit_of("Aantal unieke cursisten per provincie")
        once = named.call_count
        words.unit_of("Aantal unieke cursisten per provincie")
    assert once and named.call_count == once


def test_what_is_kept_is_forgotten_when_the_next_answer_is_read_or_too_much_is_kept():
    asked: list[str] = []
    question = scan.per_answer(lambda text: asked.append(text) or len(text))
    assert question("ab") == 2 and question("ab") == 2 and asked == ["ab"]
    regions.find_regions(("Provincie 2021", "Antwerpen 12"))  # (a new answer's lines)
    assert question("ab") == 2 and asked == ["ab", "ab"]
    memo = question.__self__  # type: ignore[attr-defined]
    with mock.patch.object(scan, "PER_ANSWER_LIMIT", 3):
        for text in ("a", "b", "c", "d"):
            question(text)
        assert len(memo) <= 3 and "d" in memo
    scan._PER_ANSWER.remove(memo)


@pytest.mark.parametrize("text", ["Provincie 2021 2022", "Aantal unieke cursisten"])
def test_a_kept_answer_is_the_same_for_a_text_equal_to_another(text):
    # (kept by the text's value: a copy of the line, as another step cuts it out, is the same question)
    scan.new_answer()
    copy = "".join(list(text))
    assert regions._period_list(text) == regions._period_list(copy)
    assert words.unit_of(text) == words.unit_of(copy)
