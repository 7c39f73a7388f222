"""Curly apostrophes where the reader still knew only the plain one, and a cell's hyphen before a
conjunction.

- A count printed with its unit after it (``51 diploma’s``, :mod:`okot_audit.parse.units`): the
  unit is looked up with its apostrophe plain (``patterns.PLAIN_APOSTROPHE``) — before, a curly
  ``diploma’s`` was no unit and the table was lost without a word.
- A header's column word its narrow cell broke at the apostrophe (``Aantal diploma’`` / ``s``,
  :mod:`okot_audit.parse.headwords`): the piece and the word take any of
  ``patterns.APOSTROPHES`` — before, a curly one left the header unread (``unreadable-table``).
- A header's last line ``OKOT’(s) 2022`` under ``Opleiding Aantal`` (parse/regions.py): the
  period of the count column, as with the plain apostrophe — before, a row, the table unread.
- The prose of an answer's item (:func:`okot_audit.parse.questions.prose_counts`): a year cut
  to two digits after an apostrophe (``voor ’22``, ``voor '22``) is no count; a count after a
  reference's list is kept whichever apostrophe its unit prints (``577 diploma‘s``).
- A cell's lines (``dag-<br>en avondonderwijs``, :func:`okot_audit.read.grid.lines_joined`): a
  hyphen before a conjunction (``en``, ``of``, ``tot``) keeps its space, ``dag- en
  avondonderwijs`` as printed; ``Oost-<br>Vlaanderen`` stays one word.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.parse.headwords import header_words_joined
from okot_audit.parse.questions import prose_counts
from okot_audit.parse.units import COUNT, split_units, unit_kind
from okot_audit.patterns import APOSTROPHES
from okot_audit.read import grid
from okot_audit.source import source_from_bytes
from test_leftovers30 import _html, _xlsx  # (a web page's and a sheet's table under a title)

ZORG = "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 12 van 12 januari 2023\n\n"
#: The plain apostrophe (the twin that always worked), the right curly one and the left one.
MARKS = list(APOSTROPHES)


def _cells(answer) -> list[list[tuple[str, str | None, int | None]]]:
    return [[(c.label, c.period, c.count) for c in t.cells] for t in answer.tables]


# --- a count's unit after each figure --------------------------------------------------------------

@pytest.mark.parametrize("mark", MARKS)
def test_a_count_unit_with_any_apostrophe_is_a_count(mark):
    assert unit_kind(f"diploma{mark}s") == COUNT
    assert unit_kind(f"DIPLOMA{mark}S") == COUNT


@pytest.mark.parametrize("mark", MARKS)
def test_a_table_whose_counts_print_curly_diploma_s_after_them_is_read(mark):
    """``Graduaat orthopedagogie 51 diploma’s 54 diploma’s``: the counts, the unit gone — before,
    with a curly apostrophe, no table and no finding at all (the answer passed as clean)."""
    word = f"diploma{mark}s"
    text = (ZORG + "1. Het aantal behaalde diploma's per opleiding.\n\nOpleiding 2021 2022\n"
            f"Graduaat orthopedagogie 51 {word} 54 {word}\nBachelor verpleegkunde 253 {word} 269 {word}\n"
            f"Totaal 304 {word} 323 {word}\n")
    answer = read_text(text, "a.txt")
    assert _cells(answer) == [[
        ("Graduaat orthopedagogie", "2021", 51), ("Graduaat orthopedagogie", "2022", 54),
        ("Bachelor verpleegkunde", "2021", 253), ("Bachelor verpleegkunde", "2022", 269),
        ("Totaal", "2021", 304), ("Totaal", "2022", 323)]]
    assert audit([answer]).findings == []


def test_a_word_after_an_apostrophe_other_than_a_unit_is_no_unit():
    """Negative: ``51 diploma’tjes`` names no unit: its line is left as printed, the lines of
    ``diploma’s`` beside it are taken off their units."""
    lines = ("Graduaat orthopedagogie 51 diploma’s 54 diploma’s", "Bachelor verpleegkunde 253 diploma’s 269 diploma’s",
             "Graduaat orthopedagogie 51 diploma’tjes 54 diploma’tjes")
    assert split_units(lines, False) == (
        ("Graduaat orthopedagogie 51 54", "Bachelor verpleegkunde 253 269", lines[2]), {1: "diploma’s", 2: "diploma’s"})


def test_a_table_whose_counts_print_an_unknown_word_after_them_is_no_silent_pass():
    """``51 stuks 54 stuks``: the counts read, what they count taken off (tests/test_silent31.py)."""
    text = (ZORG + "1. Het aantal behaalde diploma's per opleiding.\n\nOpleiding 2021 2022\n"
            "Graduaat orthopedagogie 51 stuks 54 stuks\nBachelor verpleegkunde 253 stuks 269 stuks\nTotaal 304 stuks 323 stuks\n")
    answer = read_text(text, "a.txt")
    assert answer.tables or [f for f in audit([answer]).findings if f.severity == "error"]


# --- a header's column word broken at its apostrophe ----------------------------------------------

@pytest.mark.parametrize("mark", MARKS)
def test_a_column_word_broken_after_its_apostrophe_is_joined(mark):
    """``Opleiding Aantal diploma’`` over ``s``: one header line, as with the plain apostrophe."""
    assert header_words_joined(("Opleiding Aantal diploma" + mark, "s", "x 12")) == (
        f"Opleiding Aantal diploma{mark}s", "", "x 12")


@pytest.mark.parametrize("mark", MARKS)
def test_a_column_word_broken_before_its_apostrophe_is_joined(mark):
    """``Opleiding 2021 Diploma`` over ``’s``: the piece opens with the apostrophe."""
    assert header_words_joined(("Opleiding 2021 Diploma", mark + "s", "x 12")) == (
        f"Opleiding 2021 Diploma{mark}s", "", "x 12")


@pytest.mark.parametrize("mark", MARKS)
def test_a_piece_beside_its_word_in_laid_out_text_is_joined(mark):
    """The layout reader joined the piece's line into the header's row: ``diploma’   s``."""
    assert header_words_joined((f"Opleiding 2021 2022 diploma{mark}   s",), positional=True) == (
        f"Opleiding 2021 2022 diploma{mark}s   ",)


@pytest.mark.parametrize("mark", MARKS)
def test_a_table_under_a_column_word_broken_at_a_curly_apostrophe_is_read(mark):
    """``Aantal diploma’`` / ``s`` over rows of one count each — before, with a curly apostrophe,
    an ``unreadable-table`` error (no header found)."""
    text = (ZORG + "1. Het aantal behaalde diploma's per opleiding in 2022.\n\n"
            f"Opleiding        Aantal diploma{mark}\ns\n"
            "Graduaat orthopedagogie        51\nBachelor verpleegkunde        253\nTotaal        300\n")
    answer = read_text(text, "a.txt")
    assert _cells(answer) == [[("Graduaat orthopedagogie", "2022", 51), ("Bachelor verpleegkunde", "2022", 253),
                               ("Totaal", "2022", 300)]]
    assert "unreadable-table" not in [f.rule for f in audit([answer]).findings]


@pytest.mark.parametrize("mark", MARKS)
def test_a_piece_that_makes_no_column_word_is_left_as_it_stands(mark):
    """Negative: ``Opleiding Aantal cursus`` over ``’s`` (no column word) and prose over ``’s``."""
    lines = ("Opleiding Aantal cursus", mark + "s", "x 12")
    assert header_words_joined(lines) == lines
    prose = ("Dit zijn de behaalde diploma" + mark, "s", "x 12")
    assert header_words_joined(prose) == prose


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("header", ["Opleiding Aantal\nOKOT{m}(s) 2022\n",
                                    "Unieke cursisten met gestarte OKOT{m}(s)\nOpleiding Aantal\nOKOT{m}(s) 2022\n"])
def test_a_header_line_okot_s_and_one_period_under_aantal_is_the_headers(mark, header):
    """``Opleiding Aantal`` / ``OKOT’(s) 2022``: the period of the one count column — before,
    with a curly apostrophe, the line was taken for a row whose one count looks like a year and
    the table was said unreadable (parse/regions.py ``_plain_header``)."""
    text = ("Onderwijs - OKOT's\n\nANTWOORD\nop vraag nr. 12 van 12 januari 2023\n\n1. Hieronder het aantal.\n\n"
            + header.format(m=mark) + "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50\n"
            "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 40\nTotaal 85\n")
    answer = read_text(text, "a.txt")
    assert [[(c.period, c.count) for c in t.cells] for t in answer.tables] == [[("2022", 50), ("2022", 40), ("2022", 85)]]
    assert "unreadable-table" not in [f.rule for f in audit([answer]).findings]


# --- the counts an item's prose states ------------------------------------------------------------

@pytest.mark.parametrize("mark", MARKS)
def test_a_year_cut_after_an_apostrophe_is_no_count(mark):
    """``De cijfers voor ’22 …``: a year, no count of 22 — before, with every apostrophe, 22."""
    assert prose_counts(f"De cijfers voor {mark}22 zijn pas beschikbaar. Er startten 577 cursisten.") == (577,)


def test_two_figures_without_an_apostrophe_are_still_a_count():
    """Negative: ``22 cursisten`` and a figure after a quote of more than two digits stay counts."""
    assert prose_counts("Er startten 22 cursisten, en ’577 personen’ volgens de ene bron.") == (22, 577)


@pytest.mark.parametrize("mark", MARKS)
def test_a_count_after_a_references_list_is_kept_with_any_apostrophe(mark):
    """``vraag 3, 577 diploma‘s``: the 577 counts diplomas — before, with a left curly
    apostrophe, it was taken as a number of the reference's list."""
    assert prose_counts(f"Zie vraag 3, 577 diploma{mark}s werden uitgereikt.") == (577,)


@pytest.mark.parametrize("mark", MARKS)
def test_a_deferral_naming_a_cut_year_gives_no_figures(mark):
    """``answer-deferred``: the item gives no figures (before: "some figures in its text (22)")."""
    text = ("OKOT's - Zorgsector\n\nVRAAG\n1. Hoeveel cursisten startten een OKOT in 2021 en 2022?\n\n"
            "ANTWOORD\nop vraag nr. 12 van 12 januari 2023\n\n"
            f"1. De cijfers voor {mark}22 zijn pas beschikbaar vanaf 1 februari 2023.\n")
    answer = read_text(text, "a.txt")
    assert [d.counts for d in answer.deferred] == [()]
    assert [f.message for f in audit([answer]).findings if f.rule == "answer-deferred"] == [
        f"item 1 of the answer gives no figures: \"De cijfers voor {mark}22 zijn pas beschikbaar vanaf 1 februari"
        " 2023.\" — ask again after 2023-02-01"]


# --- a cell's hyphen before a conjunction ---------------------------------------------------------

@pytest.mark.parametrize(("text", "joined"), [
    ("dag-\nen avondonderwijs", "dag- en avondonderwijs"),
    ("voor-\nen najaar", "voor- en najaar"),
    ("dag-\r\nof avondonderwijs", "dag- of avondonderwijs"),
    ("Kleuter-\n  tot lager onderwijs", "Kleuter- tot lager onderwijs"),
    # a word broken at its hyphen, its second part opening with the letters of a conjunction
    ("Oost-\nVlaanderen", "Oost-Vlaanderen"),
    ("Sint-\nEnglebert", "Sint-Englebert"),
    ("Noord-\nende", "Noord-ende"),
    ("Zuid-\noffensief", "Zuid-offensief"),
])
def test_a_hyphen_before_a_conjunction_keeps_its_space(text: str, joined: str) -> None:
    assert " ".join(grid.lines_joined(text).split()) == joined


@pytest.mark.parametrize(("name", "data"), [
    ("a.html", _html([["Opleiding", "2021", "2022"], ["Graduaat dag-<br>en avondonderwijs", "12", "14"],
                      ["Graduaat Oost-<br>Vlaanderen", "7", "9"], ["Totaal", "19", "23"]])),
    ("a.xlsx", _xlsx([["Opleiding", 2021, 2022], ["Graduaat dag-\nen avondonderwijs", 12, 14],
                      ["Graduaat Oost-\nVlaanderen", 7, 9], ["Totaal", 19, 23]])),
])
def test_a_cells_label_keeps_the_space_after_a_hyphen_before_en(name: str, data: bytes) -> None:
    """``dag-<br>en avondonderwijs`` reads ``dag- en avondonderwijs`` as printed — before,
    ``dag-en avondonderwijs``; ``Oost-<br>Vlaanderen`` stays one word."""
    answer = parse_answer(source_from_bytes(data, name))
    assert list(dict.fromkeys(c.label for t in answer.tables for c in t.cells)) == [
        "Graduaat dag- en avondonderwijs", "Graduaat Oost-Vlaanderen", "Totaal"]
    assert [c.count for t in answer.tables for c in t.cells] == [12, 14, 7, 9, 19, 23]
