"""Two decisions made where their mechanism is (session 32, design32).

1. A dash set apart right after a name's own number, before figures one fewer than the periods, is
   the first period's blank in the reading that leaves that period blank and fills every other: the
   reading's label is built without it where the reading is made (parse/cells.py ``_blank_first_label``), in
   every way a line's readings are made — its spacing exact, loose, or collapsed (dashblank31 did it
   in a wrapper over all the readings afterwards).
2. A row's one number after spaces (``… module  5``) is its name's own where the line below prints
   the row's figures in full (twospace31) — unless the line, as printed, set a blank's mark right
   before it (``traject - x x 11``, ``module x 5``): those spaces are blank cells, the number a count
   (parse/regions.py ``_after_blank_marks``, the line as printed before parse/blanks.py made its
   marks spaces). Before, a dash before the number stood in for the marks (c61f0d6): a mark without
   a dash was missed, and a dash that no mark followed was taken for one.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.parse.cells import placements
from okot_audit.parse.regions import _after_blank_marks

# --- 1. the dash blank in the label where the reading is made -------------------------------------

#: The same row's line under three periods, each way its readings are made.
FORMS = {
    "loose": ("535126: module 5 - deel 2 {dash} 51 51", False),
    "exact": ("535126: module 5 - deel 2 {dash}  51 51", False),  # (two spaces: the blank before 51)
    "collapsed": ("535126: module 5 - deel 2 {dash} 51 51", True),
}


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"])
@pytest.mark.parametrize("form", FORMS)
def test_the_reading_that_blanks_the_first_period_is_labelled_without_the_dash(form, dash):
    line, collapsed = FORMS[form]
    found = {r.values: r.label for r in placements(line.format(dash=dash), 3, collapsed=collapsed)}
    assert found[(None, 51, 51)] == "535126: module 5 - deel 2"
    for values, label in found.items():  # (every other reading keeps the dash: the name's there)
        if values != (None, 51, 51):
            assert label.endswith(f"deel 2 {dash}") or not label.endswith(dash), (values, label)


def test_a_dash_after_a_word_stays_in_every_readings_label():
    """``traject -``: no name's number before the dash — the name's, in every reading."""
    found = {r.values: r.label for r in placements("535126: Zorgkundige traject - 51 51", 3)}
    assert {found[v] for v in [(51, 51, None), (51, None, 51), (None, 51, 51)]} == {"535126: Zorgkundige traject -"}


def test_a_blank_mark_slash_and_a_dash_before_it_both_leave_the_first_periods_reading():
    """``3 – / 5`` under two periods: the slash is the first period's mark, the dash before it too."""
    found = {r.values: r.label for r in placements("535126: deel 3 \u2013 / 5", 2)}
    assert found[(None, 5)] == "535126: deel 3"


# --- 2. a count after a blank's marks, told by the marks as printed ------------------------------

HEAD = "Unieke cursisten die hun opleiding stopgezet hebben {periods}\nTechniek\n"
NEXT = "803836: bachelor bijkomende - 1ste jaar 7 7\n"


def _answer(periods: str, body: str, totals: str):
    return read_text(HEAD.format(periods=periods) + body + "Totaal " + totals + "\n", "design32.txt")


def _rows(answer, code: str) -> list[tuple]:
    return [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.code == code]


@pytest.mark.parametrize("mark", ["x", "/", "n.v.t."])
def test_a_count_after_a_printed_blank_mark_stays_a_count_over_a_line_of_figures(mark):
    """``module x 5``: the line said a blank, then 5 — 2023's count; the 42 below is said, not read
    into 2022 under a name ending in ``module 5``. Before: ``tandartsassistent module 5
    tandartsassistent Educatieve`` counting 42 in 2022 (its marks made spaces looked like
    ``module  5``, a name's number; no dash before it to stop it)."""
    answer = _answer("2022 2023", f"769509: tandartsassistent module {mark} 5\ntandartsassistent Educatieve 42 x\n{NEXT}", "7 12")
    assert _rows(answer, "769509") == [("tandartsassistent module", "2023", 5)]
    assert [(i.kind, i.numbers) for i in answer.issues] == [("stray-number", (42,))]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


def test_a_count_after_marked_blanks_and_a_names_dash_stays_a_count():
    """``traject - x x 11`` over ``modules 1- 4 zorgkundige 2 - 3`` (test_dash25's row): 11 is
    2021's count, never the name's number over ``2 - 3`` read as figures (the line below said, as
    before)."""
    answer = _answer("2019 2020 2021", "432387: Educatieve individueel traject - x x 11\nmodules 1- 4 zorgkundige 2 - 3\n"
                     "497714: vakbevoegdheid voor Graduaat Hoger 33 43 27\n", "33 43 38")
    assert [(p, c) for _, p, c in _rows(answer, "432387")] == [("2021", 11)]
    assert [(i.kind, i.line) for i in answer.issues] == [("stray-number", 4)]


def test_a_dash_before_a_names_number_without_marks_decides_nothing():
    """``module -  5`` printed as is (no mark: the spaces the extractor's): as ``module  5``, the
    number is the name's where the line below prints the row's figures in full — the totals agree
    (42 in 2022). Before: the dash alone made 5 a count and 42 a stray number."""
    answer = _answer("2022 2023", f"769509: tandartsassistent module -  5\ntandartsassistent Educatieve 42 x\n{NEXT}", "49 7")
    assert _rows(answer, "769509") == [("tandartsassistent module - 5 tandartsassistent Educatieve", "2022", 42)]
    assert answer.issues == []
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


def test_a_mark_after_the_names_number_says_nothing_of_the_spaces_before_it():
    """``module  5`` and ``module 5 x`` (the mark after it): the name's number over the figures
    below, as twospace31 reads it."""
    for line in ("769509: tandartsassistent module  5", "769509: tandartsassistent module 5 x"):
        answer = _answer("2022 2023", f"{line}\ntandartsassistent Educatieve 42 x\n{NEXT}", "49 7")
        assert _rows(answer, "769509") == [("tandartsassistent module 5 tandartsassistent Educatieve", "2022", 42)], line


@pytest.mark.parametrize(("text", "printed", "after"), [
    ("traject -   11", "traject - x x 11", True),  # (the marks gone, the name's dash kept)
    ("traject -  11", "traject - - 11", True),  # (one dash a blank, one the name's)
    ("module  5", "module x 5", True),
    ("module 5  ", "module 5 x", False),  # (a mark after the figure: a blank after it)
    ("module  5", "module  5", False),
    ("module  00", "module x <5", False),  # (a bound stood in for: the figure read is not the one printed)
    ("Totaal 360 107 115432387: traject -   11", "Totaal 360 107 115432387: traject - x x 11", True),
])
def test_after_blank_marks_compares_the_marks_before_the_figure(text, printed, after):
    assert _after_blank_marks(text, printed) is after
