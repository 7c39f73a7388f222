"""Silent losses in reading (round 23): figures or words a reader put in the wrong place without
a word — a note under a row read as the end of the row's label, a merged figure in a sheet read
as one column's figure, a province's name before a row's figures taking the first of them.

Each test is the smallest answer that showed it, in the forms where it applies (single-spaced as
the seeds and pdfplumber print it, laid out as ``pdftotext -layout`` does, the PDF itself, an
``.xlsx`` or HTML table); each failed before its fix.
"""

from __future__ import annotations

import pytest

from generate.extract import read_form
from okot_audit import audit, read_text
from test_unseen_answers8 import HEAD, LAID, _cells
from test_unseen_answers8 import _text as _text8
from test_unseen_pdfs8 import NAME_CELLS, NAME_ROWS, cells, noted_name_pdf

STARTED = "1. Het aantal unieke cursisten dat een OKOT startte:\n\n"


def _answer(rows: list[list[str]], laid: bool):
    return read_text(HEAD + STARTED + _text8(rows, laid) + "\n\nBron: VDAB.\n", "a.txt")


def _labels(answer) -> list[str]:
    return [c.code or c.label for t in answer.tables for c in t.cells if c.level == "row"][::2]


def _rules(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period) for f in audit(answer).findings if f.rule != "parts-exceed-total"]


# 1. A note on the figures under a row, or inside a coded row's wrapped label.

NOTES = ["voorlopige cijfers", "cijfers tot eind juni", "gegevens op 30 juni", "Voorlopige cijfers"]
CODED = [["Opleiding", "2021", "2022"],
         ["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "50", "71"],
         ["908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar", "38", "47"], ["Totaal", "80", "110"]]
NAMED = [["Opleiding", "2021", "2022"], ["Graduaat verpleegkunde", "50", "71"], ["Bachelor verpleegkunde", "38", "47"],
         ["Totaal", "80", "110"]]


@LAID
@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("at", [2, 3])
def test_a_note_under_a_coded_row_is_no_part_of_its_label(laid, note, at):
    """``voorlopige cijfers`` under ``908001: … - 1ste jaar  50  71``: the label read ``… 1ste
    jaar voorlopige cijfers`` and the catalogue's label no longer matched (a ``label-mismatch``
    warning on a correct answer). A note on the figures is no part of any label."""
    answer = _answer([*CODED[:at], [note], *CODED[at:]], laid)
    assert _labels(answer) == ["908001", "908002"]
    assert [c.label for t in answer.tables for c in t.cells if c.level == "row"][::2] == [
        "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "Educatieve bachelor voor kleuteronderwijs - 2de jaar"]
    assert _rules(answer) == []
    assert answer.issues == []


@LAID
@pytest.mark.parametrize("note", NOTES)
def test_a_note_under_a_named_row_is_no_part_of_its_name(laid, note):
    """``cijfers tot eind juni`` under ``Graduaat verpleegkunde  50  71``: the row was read as
    ``Graduaat verpleegkunde cijfers tot eind juni`` (a programme no catalogue knows, so no check
    of its name at all)."""
    answer = _answer([*NAMED[:2], [note], *NAMED[2:]], laid)
    assert _labels(answer) == ["Graduaat verpleegkunde", "Bachelor verpleegkunde"]
    assert answer.issues == []


def test_a_note_inside_a_coded_row_s_wrapped_label_is_no_part_of_it():
    """The note printed between a coded row's wrapped label lines (seeds' form): the label went
    ``… voor voorlopige cijfers kleuteronderwijs …``."""
    text = (HEAD + STARTED + "Unieke cursisten met gestarte OKOT'(s) 2021 2022\n908001: Educatieve bachelor voor\n"
            "voorlopige cijfers\nkleuteronderwijs - 1ste jaar 50 71\n908002: Educatieve bachelor voor\n"
            "kleuteronderwijs - 2de jaar 38 47\nTotaal 80 110\n")
    answer = read_text(text, "a.txt")
    assert [c.label for t in answer.tables for c in t.cells if c.level == "row"][::2] == [
        "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "Educatieve bachelor voor kleuteronderwijs - 2de jaar"]
    assert _rules(answer) == []


@LAID
@pytest.mark.parametrize("note", ["voorlopige cijfers voor 2022", "cijfers 2022 tot eind juni"])
def test_a_note_among_the_rows_that_names_a_period_makes_it_partial(laid, note):
    """The note's words are heard as a note below the table would be: ``voorlopige cijfers voor
    2022`` among the rows makes 2022 partial (it was a label's words, or — marked ``(*)`` — a
    footnote the periods never heard of: no partial period)."""
    answer = _answer([*NAMED[:2], [note], *NAMED[2:]], laid)
    assert _labels(answer) == ["Graduaat verpleegkunde", "Bachelor verpleegkunde"]
    found = [(f.rule, f.period, f.line) for f in audit(answer).findings if f.rule == "partial-period"]
    assert found == [("partial-period", "2022", 9)]


def test_a_marked_note_among_the_rows_explains_the_starred_period():
    """``2022*`` in the header and ``(*) cijfers 2022 tot eind juni`` between the rows: the
    mark was said to be explained by no footnote."""
    rows = [["Opleiding", "2021", "2022*"], *NAMED[1:2], ["(*) cijfers 2022 tot eind juni"], *NAMED[2:]]
    answer = _answer(rows, False)
    [found] = [f for f in audit(answer).findings if f.rule == "partial-period"]
    assert (found.period, found.line) == ("2022", 9)
    assert "cijfers 2022 tot eind juni" in found.message


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"])
@pytest.mark.parametrize("note", ["voorlopige cijfers", "gegevens op 30 juni"])
@pytest.mark.parametrize("under", [r[0] for r in NAME_ROWS[:3]])
def test_a_note_set_under_a_row_of_a_pdf_is_no_part_of_a_name(form, note, under):
    """The note set in a smaller font under a row of a PDF: the PDF's reader kept it apart, but
    every text form joined it to the name above (``Graduaat orthopedagogie voorlopige cijfers``)."""
    assert cells(read_form(noted_name_pdf(note, under, False), form)) == NAME_CELLS


def test_a_label_with_words_like_a_note_s_elsewhere_keeps_them():
    """What stays: a label's own words, a note's word inside it not first (``… cijfers`` is no
    note's opening), a row's line with its figures."""
    rows = [["Opleiding", "2021", "2022"], ["Graduaat boekhouding en cijfers", "50", "71"],
            ["Bachelor verpleegkunde", "38", "47"], ["Totaal", "80", "110"]]
    answer = _answer(rows, False)
    assert _labels(answer) == ["Graduaat boekhouding en cijfers", "Bachelor verpleegkunde"]
