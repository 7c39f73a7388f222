"""speed24b: the reader's steps that looked at every line of an answer look at the few that matter.

Session 24 screens two steps that asked every line of an answer:

- :func:`~okot_audit.parse.remarks.split_remarks` asked every line whether it names a column of
  notes (:func:`~okot_audit.parse.remarks._column_name`, then
  :func:`~okot_audit.parse.remarks._beside_count_column`); now one pass over the lines' ends
  (:func:`~okot_audit.parse.remarks._maybe_lines`) keeps the lines that can: the last character
  neither a figure's nor a sentence's stop, and a last letter of a note column's name or a
  digit in the line;
- :func:`~okot_audit.parse.parse_answer` asked every line for its bounds (``<5``); now only the
  lines that hold a bound's sign, found in the answer's whole text at once
  (:func:`~okot_audit.parse._bounded`).

Each property checks the screened step against the step asked of every line, on drawn lines and
on every line of the seeds and of generated answers; explicit tests show the work left out (the
tests that fail on the code before).
"""

from __future__ import annotations

from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st
from test_speed23 import _answers, _fresh, answer_lines

import okot_audit.parse as parse
from okot_audit.parse import remarks
from okot_audit.parse.blanks import bounds_in

# --------------------------------------------------------------------------- lines drawn

#: The pieces a line with a column of notes, a row with a note, prose or a row with a bound is
#: built from.
PIECES = [
    "Opleiding", "Opleiding Aantal", "2019", "2020", "2021-2022", "Opmerking", "opmerking", "Toelichting", "REMARKS",
    "remark", "Noot", "nota", "Uitleg", "Commentaar", "nieuw", "herzien", "vanaf september gestart", "cijfers voorlopig",
    "900123: Zorgkundige", "19", "22", "1.240", "-", "x", "<5", "< 5", "\u22644", ">10", "\u2265 3", "Totaal", "Limburg",
    "met 2103 deelnemers.", "In 2020 bleef het gelijk", "Aantal", "Inschrijvingen", "%", "27%", "sinds 2021)", "1/9",
    "2de", "Info", "Opmerking VDAB", "Opmerking van VDAB", "Status", "\u00b2", "\u0661\u0662", "\u212a", "Opmerking\u00a0", "?", "!", ";", "", "(voorlopig)",
]
SPACES = [" ", "  ", "   ", "\t", "\u00a0", "\u2003", "\x1c"]


@st.composite
def remark_lines(draw):
    """A line of pieces set apart by white space of any kind, perhaps white space after it."""
    pieces = draw(st.lists(st.sampled_from(PIECES), max_size=7))
    gaps = draw(st.lists(st.sampled_from(SPACES), min_size=len(pieces), max_size=len(pieces)))
    line = "".join(p + g for p, g in zip(pieces, gaps))
    return line if draw(st.booleans()) else line.rstrip()


any_line = st.one_of(remark_lines(), answer_lines.map(lambda lines: lines[0] if lines else ""))
drawn_answers = st.lists(any_line, max_size=14).map(tuple)


# --------------------------------------------------------------------------- the plain steps


def _asked_plainly(line: str) -> bool:
    return remarks._column_name(line) is not None or remarks._beside_count_column(line) is not None


def _split_remarks_plainly(lines: tuple[str, ...], positional: bool):
    with mock.patch.object(remarks, "_maybe_lines", lambda lines: range(len(lines))):
        return remarks.split_remarks(lines, positional)


def _bounded_plainly(lines: tuple[str, ...]) -> dict[int, str]:
    return {n: text for n, text in enumerate(lines, start=1) if bounds_in(text)}


# --------------------------------------------------------------------------- columns of notes


@given(st.lists(remark_lines(), max_size=12).map(tuple))
@example(("Opleiding 2019 2020 Opmerking", "900123: Zorgkundige 19 22 nieuw", "900124: Verpleegkunde 5 7", "Totaal 24 29"))
@example(("Opleiding  Aantal  Opmerking", "Zorgkundige  19  nieuw", "Totaal  19"))
@example(("Opleiding 2019 2020 REMARKS\u00a0", "Zorgkundige 19 22 herzien\u2003"))
@example(("Opleiding 2019 2020 Info", "Opleiding 2019 2020 Opmerking VDAB", "Opleiding 2019 2020 Opmerking van VDAB",
          "Zorgkundige 19 22 nieuw vanaf 2020"))
def test_every_line_that_names_a_column_of_notes_is_kept_by_the_screen(lines):
    kept = set(remarks._maybe_lines(lines))
    assert {k for k, line in enumerate(lines) if _asked_plainly(line)} <= kept
    assert remarks._maybe_lines(lines) == sorted(kept)


def test_every_line_of_every_answer_that_names_a_column_of_notes_is_kept_by_the_screen():
    for name, lines in _answers():
        kept = set(remarks._maybe_lines(lines))
        assert all(k in kept for k, line in enumerate(lines) if _asked_plainly(line)), name


@given(drawn_answers, st.booleans())
@example(("Opleiding 2019 2020 Opmerking", "900123: Zorgkundige 19 22 nieuw", "900611: Verpleegkunde 59 1 herzien",
          "900124: Zorgkundige 2de jaar 5 7", "Totaal 80 30"), False)
@example(("Opleiding  2019  2020  Opmerking", "Zorgkundige  19  22  nieuw", "Opleiding 2021 Toelichting",
          "Verpleegkunde 3 vanaf september gestart"), True)
def test_columns_of_notes_are_taken_off_as_when_every_line_is_asked(lines, positional):
    lines = _fresh(lines)
    assert remarks.split_remarks(lines, positional) == _split_remarks_plainly(lines, positional)


def test_the_columns_of_notes_of_every_answer_are_taken_off_as_when_every_line_is_asked():
    for name, lines in _answers():
        for positional in (False, True):
            assert remarks.split_remarks(lines, positional) == _split_remarks_plainly(lines, positional), name


def test_lines_that_end_in_a_figure_or_a_stop_are_not_asked_whether_they_name_a_column_of_notes():
    # (the test that fails before: split_remarks asked every line, each a call or two)
    lines = ("Opleiding 2019 2020", "900123: Zorgkundige 19 22", "Totaal 19 22", "", "Dit is een zin.",
             "Opleiding 2019 2020 Opmerking", "900611: Verpleegkunde 59 1 herzien", "Totaal 59 1")
    asked: list[str] = []
    column_name = remarks._column_name
    with mock.patch.object(remarks, "_column_name", lambda line: asked.append(line) or column_name(line)):
        out, taken = remarks.split_remarks(lines, False)
    assert [r.text for r in taken] == ["Opmerking", "herzien"]
    assert out[5].rstrip() == "Opleiding 2019 2020" and out[6].rstrip() == "900611: Verpleegkunde 59 1"
    assert lines[5] in asked
    assert not {lines[0], lines[1], lines[2], lines[3], lines[4]} & set(asked)


# --------------------------------------------------------------------------- bounds


@given(drawn_answers)
@example(("Provincie 2021 2022", "Limburg <5 7", "Antwerpen 12 \u22644", "<25 jaar 12 14", "Totaal 20 25"))
@example(("a\nb <5 7", "Limburg <5 7"))  # (a line with a line break of its own: not joined, every line asked)
@example(("\u0130stanbul <5 7", "Limburg 3 >10"))
def test_the_lines_with_bounds_are_those_found_when_every_line_is_asked(lines):
    lines = _fresh(lines)
    assert parse._bounded(lines) == _bounded_plainly(lines)
    assert list(parse._bounded(lines)) == sorted(parse._bounded(lines))


def test_the_lines_with_bounds_of_every_answer_are_those_found_when_every_line_is_asked():
    for name, lines in _answers():
        assert parse._bounded(lines) == _bounded_plainly(lines), name


def test_lines_without_a_bound_sign_are_not_asked_for_bounds():
    # (the test that fails before: every line of the answer was asked for its bounds)
    lines = ("Provincie 2021 2022", "Limburg <5 7", "Antwerpen 12 14", "Totaal 17 21")
    asked: list[str] = []
    with mock.patch.object(parse, "bounds_in", lambda text: asked.append(text) or bounds_in(text)):
        parse.read_text("\n".join(lines) + "\n")
    assert "Limburg <5 7" in asked
    assert lines[0] not in asked  # (a header, no row of a table with a bound: asked only when every line was)
    asked.clear()
    with mock.patch.object(parse, "bounds_in", lambda text: asked.append(text) or bounds_in(text)):
        assert parse._bounded(lines) == {2: "Limburg <5 7"}
    assert asked == ["Limburg <5 7"]
