"""Notes in labels, suppressed counts, block keys (round 24).

1. A note on what a row takes in, or a pointer elsewhere (``inclusief de avondopleiding``,
   ``excl. Brussel``, ``(incl. modulair traject)``, ``zie ook vraag 3``), under a row or inside
   its wrapped label, was read as part of the row's label (a false ``label-mismatch``, or a name
   no catalogue knows: silently no check), or its pointer's number as a stray figure.

Each test failed before its fix, in the forms where it applies (single-spaced as the seeds and
pdfplumber print it, laid out as ``pdftotext -layout`` does, the PDF itself).
"""

from __future__ import annotations

import pytest

from generate.extract import read_form
from okot_audit import audit, read_text
from test_unseen_answers8 import HEAD, LAID
from test_unseen_answers8 import _text as _text8
from test_unseen_pdfs8 import NAME_CELLS, NAME_ROWS, cells, noted_name_pdf

STARTED = "1. Het aantal unieke cursisten dat een OKOT startte:\n\n"


def _answer(rows: list[list[str]], laid: bool):
    return read_text(HEAD + STARTED + _text8(rows, laid) + "\n\nBron: VDAB.\n", "a.txt")


def _labels(answer) -> list[tuple]:
    return [(c.code, c.label) for t in answer.tables for c in t.cells if c.level == "row"][::2]


def _rules(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period) for f in audit(answer).findings if f.rule != "parts-exceed-total"]


def _said(note: str, line: int) -> list[tuple]:
    """What a note at `line` leaves said: a pointer's number (``zie ook vraag 3``) is no count, but
    a number between rows all the same, reported as a stray one (tests/test_messages16.py)."""
    return [("stray-number", "warning", line, None)] if note[-1].isdigit() else []


# 1. Notes on a row's scope, or pointers, are no part of a label.

NOTES = ["inclusief de avondopleiding", "excl. Brussel", "(incl. modulair traject)", "zie ook vraag 3",
         "Incl. avondonderwijs", "opm. enkel dagonderwijs", "exclusief deeltijds", "(zie tabel 2)"]
KINDERZORG = "Educatieve bachelor voor kleuteronderwijs"
CODED = [["Opleiding", "2021", "2022"], [f"908001: {KINDERZORG} - 1ste jaar", "50", "71"],
         [f"908002: {KINDERZORG} - 2de jaar", "38", "47"], ["Totaal", "80", "110"]]
NAMED = [["Opleiding", "2021", "2022"], ["Graduaat verpleegkunde", "50", "71"], ["Bachelor verpleegkunde", "38", "47"],
         ["Totaal", "80", "110"]]


@LAID
@pytest.mark.parametrize("note", NOTES)
def test_a_scope_note_under_a_coded_row_is_no_part_of_its_label(laid, note):
    """``inclusief de avondopleiding`` under ``908001: … - 1ste jaar  50  71``: the label read
    ``… 1ste jaar inclusief de avondopleiding`` (a ``label-mismatch`` warning on a correct
    answer); laid out, ``zie ook vraag 3`` went on the label, its 3 unsaid."""
    answer = _answer([*CODED[:2], [note], *CODED[2:]], laid)
    assert _labels(answer) == [("908001", f"{KINDERZORG} - 1ste jaar"), ("908002", f"{KINDERZORG} - 2de jaar")]
    assert _rules(answer) == _said(note, 9)


@LAID
@pytest.mark.parametrize("note", NOTES)
def test_a_scope_note_under_a_named_row_is_no_part_of_any_name(laid, note):
    """``excl. Brussel`` under ``Graduaat verpleegkunde  50  71``: read as ``Graduaat
    verpleegkunde excl. Brussel`` (a name no catalogue knows: no check of it at all), or — a
    capital first — as the first words of the next row's name; laid out, ``(incl. …)`` made the
    table unreadable."""
    answer = _answer([*NAMED[:2], [note], *NAMED[2:]], laid)
    assert _labels(answer) == [(None, "Graduaat verpleegkunde"), (None, "Bachelor verpleegkunde")]
    assert _rules(answer) == _said(note, 9)


@pytest.mark.parametrize("note", [*NOTES, "Bron: VDAB"])
def test_a_scope_note_inside_a_coded_row_s_wrapped_label_is_no_part_of_it(note):
    """The note between a coded row's wrapped label lines (seeds' form): ``… voor inclusief de
    avondopleiding kleuteronderwijs …``."""
    text = (HEAD + STARTED + "Unieke cursisten met gestarte OKOT'(s) 2021 2022\n908001: Educatieve bachelor voor\n"
            f"{note}\nkleuteronderwijs - 1ste jaar 50 71\n908002: Educatieve bachelor voor\n"
            "kleuteronderwijs - 2de jaar 38 47\nTotaal 80 110\n")
    answer = read_text(text, "a.txt")
    assert _labels(answer) == [("908001", f"{KINDERZORG} - 1ste jaar"), ("908002", f"{KINDERZORG} - 2de jaar")]
    assert _rules(answer) == _said(note, 9)


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"])
@pytest.mark.parametrize("note", ["excl. Brussel", "(incl. modulair traject)", "zie ook vraag 3"])
@pytest.mark.parametrize("under", [r[0] for r in NAME_ROWS[:3]])
def test_a_scope_note_set_under_a_row_of_a_pdf_is_no_part_of_a_name(form, note, under):
    """The note set smaller under a row of a PDF: every text form joined it to the name above."""
    assert cells(read_form(noted_name_pdf(note, under, False), form)) == NAME_CELLS


@LAID
@pytest.mark.parametrize("name", ["Inclusieve zorg", "Zieken- en bejaardenzorg", "Begeleider inclusief wonen"])
def test_a_name_that_opens_like_a_note_keeps_its_words(laid, name):
    """What stays: a name whose first word only looks like a note's (``Inclusieve …``,
    ``Zieken…``), or holds ``inclusief`` further on, is a name, on the line of its figures."""
    rows = [["Opleiding", "2021", "2022"], [name, "50", "71"], ["Bachelor verpleegkunde", "38", "47"],
            ["Totaal", "80", "110"]]
    assert _labels(_answer(rows, laid)) == [(None, name), (None, "Bachelor verpleegkunde")]
