"""Session 34 (dedupe34): one look at a number glued to a name's first word, in any script and after any dash.

A blank cell's mark and a figure run into the next row's name (``-2Opvoeder traject met`` on a line a
table holds, or ``2Opvoeder`` right below ``Verpleegkunde -``) was said (``mark-in-name``) only where
the mark was an ASCII hyphen and the name's first letters ASCII (``[A-Z][a-z]``): ``-2Écoles``,
``–2Opvoeder`` (an en dash, as the lines outside tables already allowed) and ``2Écoles`` were read
into the name with the figure lost in silence. One pattern (:data:`okot_audit.parse.unread._GLUED_NUMBER`)
and one check of the word glued after it now serve the three looks.
"""

from __future__ import annotations

import pytest

from okot_audit import read_text

TITLE = "Aantal unieke cursisten per opleiding bij VDAB\n"
LAID = ("\nOpleiding                 2019    2020\nZorgkundige                 14       7\nVerpleegkunde\n{glued} traject met\n"
        "individueel maatwerk         3       4\nLogistiek                    5       6\n")
LINES = "\nOpleiding 2019 2020\nZorgkundige 14 7\nVerpleegkunde\n{glued} traject met\nindividueel maatwerk 3 4\nLogistiek 5 6\n"
JOINED = "\nOpleiding 2019 2020\nZorgkundige 14 7\nVerpleegkunde {glued} traject met 3 4\nLogistiek 5 6\n"
BELOW_MARK = "\nOpleiding 2019 2020\nZorgkundige 14 7\nVerpleegkunde {mark}\n{glued} traject met\nindividueel maatwerk 3 4\nLogistiek 5 6\n"


def _said(text: str) -> list[tuple[int, tuple[int, ...], str]]:
    return [(i.line, i.numbers, (i.text or "").split()[0]) for i in read_text(TITLE + text, "g.txt").issues
            if i.reason in ("mark-in-name", "mark-in-words")]


@pytest.mark.parametrize("form,glued,line", [
    (LAID, "-2Écoles", 7), (LAID, "\u20132Opvoeder", 7), (LAID, "\u20142Ölçer", 7),
    (LINES, "-2Écoles", 6), (LINES, "\u20132Opvoeder", 6), (LINES, "-2\u2013Écoles", 6),
    (JOINED, "-2Écoles", 5), (JOINED, "\u20132Opvoeder", 5), (JOINED, "- 2Ölçer", 5),
], ids=["laid-accent", "laid-en-dash", "laid-em-dash", "lines-accent", "lines-en-dash", "lines-dash-after",
        "joined-accent", "joined-en-dash", "joined-spaced"])
def test_a_mark_and_a_figure_glued_to_an_accented_name_or_after_any_dash_are_said(form, glued, line):
    """Before: nothing said, the 2 read into the row's name (``Verpleegkunde -2Écoles traject met …``)."""
    word = glued.lstrip("-\u2013\u2014 2")
    assert _said(form.format(glued=glued)) == [(line, (2,), word)]


@pytest.mark.parametrize("mark", ["-", "\u2013"])
def test_a_figure_glued_to_an_accented_name_below_a_blank_mark_is_said(mark):
    """Before: ``2Écoles traject met`` vanished from the rows, its 2 said nowhere."""
    assert _said(BELOW_MARK.format(mark=mark, glued="2Écoles")) == [(6, (2,), "Écoles")]


@pytest.mark.parametrize("form,glued", [
    (JOINED, "-2écoles"), (JOINED, "-2ÉCOLES"), (JOINED, "-25jarigen"), (JOINED, "\u2013 3D-tekenaar"),
    (LINES, "2deÉcoles"), (JOINED, "x-2Écoles"),
], ids=["lower-case", "capitals", "age", "own-digits", "ordinal", "no-space-before"])
def test_no_capital_then_lower_case_glued_is_no_mark(form, glued):
    """A name's own digits, an age's words or a hyphen inside a word glue no mark to a name's first word."""
    assert _said(form.format(glued=glued)) == []


def test_a_figure_glued_to_an_accented_name_below_no_mark_is_none():
    assert _said(BELOW_MARK.format(mark="", glued="2Écoles")) == []


@pytest.mark.parametrize("line,periods", [
    ("educ   459 33 44  ", 6), ("educ 459 33 44", 3), ("educ  459  33 44 ", 5), ("459 33", 2), ("educ 1.472 3", 2),
    ("Totaal  12", 2), ("geen cijfers", 0),
])
def test_spaced_cells_is_the_count_an_exact_placement_fills(line, periods):
    """:func:`spaced_cells` (regions' and blanks' count of a row's cells) reads the spacing as
    :func:`placements` does: a labelled line fills `periods` cells exactly where its reading of all
    its figures is exact."""
    from okot_audit.parse.cells import placements, spaced_cells

    assert spaced_cells(line) == periods
    if periods and not line[:1].isdigit():
        assert placements(line, periods)[0].exact
        assert all(not p.exact or p.label != "educ" for p in placements(line, periods + 1))


# --- dashes and digits ending a name's line that fill the periods' cells (glued33's model, n periods) ---

THREE = "\nOpleiding 2019 2020 2021\nZorgkundige 14 7 9\n{name}\nvoor volwassenen 3 4 6\nLogistiek 5 6 7\n"
FOUR = "\nOpleiding 2018 2019 2020 2021\nZorgkundige 14 7 9 8\n{name}\nvoor volwassenen 3 4 6 1\nLogistiek 5 6 7 2\n"


def _in_names(text: str) -> list[tuple[int, tuple[int, ...], str | None]]:
    return [(i.line, i.numbers, i.label) for i in read_text(TITLE + text, "g.txt").issues if i.reason == "number-in-name"]


@pytest.mark.parametrize("form,name,numbers", [
    (THREE, "Verpleegkunde - 2 -", (2,)), (THREE, "Verpleegkunde \u2013 2 \u2013", (2,)),
    (FOUR, "Verpleegkunde - 6 7 -", (6, 7)), (FOUR, "Verpleegkunde - 6 - 8", (6, 8)),
], ids=["three", "three-en-dash", "four-two-figures", "four-dash-between"])
def test_dashes_and_digits_that_fill_the_periods_ending_a_names_line_are_said(form, name, numbers):
    """Before: only two-period tables were looked at; ``Verpleegkunde - 2 -`` / ``voor volwassenen 3 4 6``
    read as the name ``Verpleegkunde - 2 - voor volwassenen``, the 2 said nowhere."""
    assert _in_names(form.format(name=name)) == [(5, numbers, name + " voor volwassenen")]


@pytest.mark.parametrize("form,name", [
    (THREE, "Verpleegkunde - 2"), (THREE, "Verpleegkunde - 2 - 3 -"), (THREE, "Verpleegkunde - - -"),
    (FOUR, "Verpleegkunde - 2 -"), (THREE, "Verpleegkunde - 1 ste"),
    ("\nOpleiding 2019\nZorgkundige 14\n{name}\nvoor volwassenen 3\nLogistiek 5\n", "Verpleegkunde - 2"),
], ids=["fewer", "more", "no-figure", "fewer-of-four", "ordinal", "one-period"])
def test_dashes_and_digits_that_fill_more_or_fewer_cells_than_the_periods_are_the_names(form, name):
    assert _in_names(form.format(name=name)) == []


def test_the_message_says_the_periods_the_run_fills_in_english_and_dutch():
    from okot_audit import audit

    answer = read_text(TITLE + FOUR.format(name="Verpleegkunde - 6 7 -"), "g.txt")
    en = [f.message for f in audit(answer).findings if f.rule == "stray-number"]
    nl = [f.message for f in audit(answer, lang="nl").findings if f.rule == "stray-number"]
    assert len(en) == len(nl) == 1
    assert "the numbers 6, 7 after a dash" in en[0] and "they fill the table's 4 periods" in en[0]
    assert "de getallen 6, 7 na een streepje" in nl[0] and "vullen ze de 4 periodes" in nl[0]
