"""Label digits need evidence (issue 12): examples the thorough profiles found.

A number at the end of a line is a count unless something shows it is a digit of the label:
one digit after a word that a number follows (``module 5``, ``fase 1- 2``, a hyphen) and, when
the row's figures seem to be there already, a next line that goes on with the label (after a
hyphen, in lower case) without repeating the row's line.
"""

from __future__ import annotations

from okot_audit import read_text

HEAD = "OKOT's - Onderwijssector\n\n1. Hieronder vindt u een overzicht. De cijfers voor 2015 zijn voorlopig.\n\n"


def test_a_run_of_label_digits_before_a_hyphen_line_is_label_text():
    """Found by ``HYPOTHESIS_PROFILE=thorough`` over tests/test_roundtrip_property.py: the label
    ``… fase 1- 2 2 - 3 Educatieve Educatieve`` wrapped after ``2 2``. Both 2s are label digits
    (after ``1-``, and the next line goes on after a hyphen), not the row's two counts with a
    stray ``- 3 … 1`` below."""
    text = HEAD + (
        "Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s) 2015 2016\n"
        "000000: Educatieve - 1ste jaar Educatieve Educatieve 1 1\n"
        "009000: Educatieve Educatieve Educatieve fase 1- 2 2\n"
        "- 3 Educatieve Educatieve 1  \n"
        "Totaal 2 1\n"
    )
    answer = read_text(text, "wrapped.txt")
    assert answer.issues == []
    rows = {(c.line, c.code, c.period): (c.count, c.label) for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows[(8, "009000", "2015")] == (1, "Educatieve Educatieve Educatieve fase 1- 2 2 - 3 Educatieve Educatieve")
    assert (8, "009000", "2016") not in rows and not any(line == 7 for line, _, _ in rows)


def test_two_counts_before_a_hyphen_line_stay_counts():
    """The same shape without evidence: ``1ste jaar 12 22`` are counts (two digits, ``jaar``
    numbered by its ordinal), so ``- 3 … 1`` below is reported, not read as the label's end."""
    text = HEAD + (
        "Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s) 2015 2016\n"
        "000000: Educatieve - 1ste jaar 12 22\n"
        "- 3 Educatieve Educatieve 1  \n"
        "Totaal 12 22\n"
    )
    answer = read_text(text, "counts.txt")
    rows = {(c.line, c.code, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows == {(6, "000000", "2015"): 12, (6, "000000", "2016"): 22}
    assert [(i.kind, i.line, i.numbers) for i in answer.issues] == [("stray-number", 7, (3, 1))]
