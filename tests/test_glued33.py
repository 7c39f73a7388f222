"""Session 33: figures glued into names or wrapped around them, and rows parted by wrapped names.

**A digit after a dash that a row's name took in** (``Verpleegkunde - 2`` / ``voor volwassenen 3 4``,
or plain ``pdftotext``'s paragraphs ``-`` / ``2``): under a table's two periods it is the name's own
number or a blank cell's mark and a figure of a row above — both fit. The name's reading stands, the
figure is said (``number-in-name``). Under more periods, with no dash (``niveau 2``), after an ordinal
(``- 1 ste jaar``), or in a row with a code, nothing is said.

**A figure glued to the next row's name below a label that ends in a blank cell's mark**
(``Verpleegkunde -`` / ``2Opvoeder traject met``): said (``mark-in-name``) with the row that took the
line in; a name's own digits (``2de graad``) or a word's hyphen (``Verpleeg-``) are none.

**A row alone between rows that names wrapped over three lines or more part** is one run of
unread lines with them: its figures in the refusal. A page's number after a wrapped name stays out.
"""

from __future__ import annotations

import pytest

from okot_audit import read_text

TITLE = "Aantal unieke cursisten per opleiding bij VDAB\n"
HEAD = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector\n\n"
        "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.\n")


def _said(answer, reason: str) -> list[tuple[int, tuple[int, ...], str | None]]:
    return [(i.line, i.numbers, i.label) for i in answer.issues if i.reason == reason]


def _cells(answer) -> dict[tuple[str, str], int]:
    return {(c.label, c.period): c.count for t in answer.tables for c in t.cells}


# --- 1. a digit after a dash that a row's name took in --------------------------------------------

def test_a_dash_and_a_digit_ending_a_names_line_under_two_periods_are_said():
    """Before: ``Verpleegkunde - 2 voor volwassenen`` read, the 2 said nowhere."""
    text = TITLE + "\nOpleiding 2019 2020\nZorgkundige 14 7\nVerpleegkunde - 2\nvoor volwassenen 3 4\nLogistiek 5 6\n"
    answer = read_text(text, "g.txt")
    assert _cells(answer)[("Verpleegkunde - 2 voor volwassenen", "2020")] == 4  # (the name's reading stands)
    assert _said(answer, "number-in-name") == [(5, (2,), "Verpleegkunde - 2 voor volwassenen")]


def test_the_dash_and_the_digit_as_paragraphs_of_their_own_are_said():
    text = (TITLE + "Opleiding\n\n2019\n\n2020\n\nZorgkundige\n\n14\n\n7\n\nVerpleegkunde\n\n-\n\n2\n\n"
            "voor volwassenen\n\n3\n\n4\n\nLogistiek\n\n5\n\n6\n\n")
    said = _said(read_text(text, "g.txt"), "number-in-name")
    assert [(numbers, label) for _, numbers, label in said] == [((2,), "Verpleegkunde - 2 voor volwassenen")]


def test_a_number_in_name_finding_speaks_english_and_dutch():
    from okot_audit.audit import audit_answer
    from okot_audit.catalogue import default_catalogue
    from okot_audit.rules import select_rules

    text = TITLE + "\nOpleiding 2019 2020\nZorgkundige 14 7\nVerpleegkunde - 2\nvoor volwassenen 3 4\nLogistiek 5 6\n"
    answer = read_text(text, "g.txt")
    messages = {}
    for lang in ("en", "nl"):
        found = [f for f in audit_answer(answer, default_catalogue(), select_rules(), lang=lang) if f.rule == "stray-number"]
        assert [f.line for f in found] == [5]
        messages[lang] = found[0].message
    assert "the number 2 after a dash" in messages["en"] and "'Verpleegkunde - 2 voor volwassenen'" in messages["en"]
    assert "het getal 2 na een streepje" in messages["nl"] and "'Verpleegkunde - 2 voor volwassenen'" in messages["nl"]


@pytest.mark.parametrize("lines", [
    "Verpleegkunde niveau 2\nvoor volwassenen 3 4\n",  # (no dash: the name's own number)
    "Opvoeder module 5 - deel 2\nvoor volwassenen 3 4\n",  # (no digit right after the dash)
    "Verpleegkunde - 1 ste jaar\nvoor volwassenen 3 4\n",  # (an ordinal's letters after the digit)
    "Verpleegkunde - 2 voor volwassenen 3 4\n",  # (the name whole on the line of its figures)
    "Verpleegkunde - 2 -\nvoor volwassenen 3 4\n",  # (a page's mark, between dashes)
], ids=["niveau", "module-deel", "ordinal", "one-line", "page-mark"])
def test_a_names_own_number_is_no_number_in_name(lines):
    text = TITLE + "\nOpleiding 2019 2020\nZorgkundige 14 7\n" + lines + "Logistiek 5 6\n"
    assert _said(read_text(text, "g.txt"), "number-in-name") == []


def test_under_three_periods_a_dash_and_a_digit_fill_no_row():
    text = (TITLE + "\nOpleiding 2019 2020 2021\nZorgkundige 14 7 9\nVerpleegkunde - 2\nvoor volwassenen 3 4 5\n"
            "Logistiek 5 6 7\n")
    answer = read_text(text, "g.txt")
    assert ("Verpleegkunde - 2 voor volwassenen", "2021") in _cells(answer)
    assert _said(answer, "number-in-name") == []


def test_a_row_with_a_code_is_no_number_in_name():
    text = (TITLE + "\nOpleiding 2019 2020\n123456: Zorgkundige 14 7\n548303: bijkomende - 1\n"
            "lerarenopleiding lager 3 4\n654321: Logistiek 5 6\n")
    assert _said(read_text(text, "g.txt"), "number-in-name") == []


# --- 2. a figure glued to the next row's name below a blank cell's mark ---------------------------

def test_a_figure_glued_to_a_name_below_a_blank_mark_is_said_with_the_row_that_took_the_line():
    """Before: ``2Opvoeder traject met`` vanished from the rows, its 2 said nowhere."""
    text = TITLE + "\nOpleiding 2019 2020\nZorgkundige 14 7\nVerpleegkunde -\n2Opvoeder traject met\nindividueel maatwerk 3 4\nLogistiek 5 6\n"
    answer = read_text(text, "g.txt")
    issue = next(i for i in answer.issues if i.reason == "mark-in-name")
    assert (issue.line, issue.numbers, issue.text) == (6, (2,), "Opvoeder traject met")
    assert issue.label == "Verpleegkunde - individueel maatwerk" and issue.table == answer.tables[0].id


@pytest.mark.parametrize("above,below", [
    ("Verpleegkunde -", "2de graad opvoeder 3 4"),  # (a name's own ordinal)
    ("Verpleegkunde -", "3D-tekenaar traject 3 4"),  # (a name's own digits)
    ("Verpleeg-", "2Opvoeder traject 3 4"),  # (a word's hyphen, no blank's mark)
    ("Verpleegkunde", "2Opvoeder traject 3 4"),  # (no mark above)
], ids=["ordinal", "3D", "hyphen", "no-mark"])
def test_digits_opening_a_line_below_no_blank_mark_are_no_mark_in_name(above, below):
    text = TITLE + f"\nOpleiding 2019 2020\nZorgkundige 14 7\n{above}\n{below}\nLogistiek 5 6\n"
    assert _said(read_text(text, "g.txt"), "mark-in-name") == []


# --- 3. a row alone between rows parted by names wrapped over three lines or more -----------------

WRAPPED = ("Opleiding\n\nProfessionele 25 25 18\ngraduaatsopleiding\nkinderzorg\ndeel twee\n"
           "Educatieve 46 58 5\nzorgkundige\ntandartsassistent\nverkort\nHoger 30 56 45\n"
           "orthopedagogie\ntraject\nlerarenopleiding\nVerkorte 18 46 10\nlager\nknelpuntvakken\n"
           "Specifieke 21 53 37\nTotaal 140 238 115\n")


def test_rows_parted_by_names_wrapped_over_three_lines_are_one_refusal():
    """Before: the refusal began at ``Verkorte``; 25 25 18, 46 58 5 and 30 56 45 went nowhere."""
    answer = read_text(HEAD + WRAPPED, "g.txt")
    refusals = [(i.reason, i.line, i.other_line, i.numbers) for i in answer.issues if i.kind == "unreadable-table"]
    assert refusals == [("table-like-lines", 6, 22, (25, 25, 18, 46, 58, 5, 30, 56, 45, 18, 46, 10, 21, 53, 37,
                                                     140, 238, 115))]


def test_prose_between_rows_still_parts_them():
    """A sentence between (no name's line) parts the runs as before: the rows above it are their own."""
    text = HEAD + WRAPPED.replace("zorgkundige\n", "Deze cijfers zijn voorlopig.\n")
    refusals = [(i.line, i.other_line, i.numbers) for i in read_text(text, "g.txt").issues if i.kind == "unreadable-table"]
    assert refusals == [(6, 10, (25, 25, 18, 46, 58, 5)),
                        (14, 22, (30, 56, 45, 18, 46, 10, 21, 53, 37, 140, 238, 115))]  # (the sentence on line 11)


def test_a_figure_alone_after_a_wrapped_name_stays_out_of_the_run():
    """Past a wrapped name only a row goes on with the run: a page's number alone is no figure of it."""
    text = HEAD + "Opleiding\n\nKapper 12 14 26\nLasser 8 9 17\nBakker brood\nen banket\nvoor volwassenen\n\n2\n\f" \
                  "De minister antwoordt verder.\n"
    refusals = [(i.line, i.other_line, i.numbers) for i in read_text(text, "g.txt").issues if i.kind == "unreadable-table"]
    assert refusals == [(6, 7, (12, 14, 26, 8, 9, 17))]
