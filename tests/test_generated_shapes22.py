"""Round 22: every shape printed every way its blanks and thousands are printed, built from persons.

The generator (``tests/generate/``) draws answers of every shape — :data:`generate.model.KINDS`,
round 18's and round 20's — from persons (persons → memberships → counts), and
:func:`generate.model.reprinted` prints them again with what the earlier rounds left out: every
blank mark the answers print (``-``, ``–``, ``/``, ``x``, ``nvt``, ``n.v.t.``, ``n.b.``) and a
count's thousands set apart by a Dutch point (``1.472``) or by a space (``1 472``, a no-break
space, a narrow no-break space). Each answer is printed in the seeds' single-spaced form and as
laid-out text (:mod:`generate.laid`). The oracle:

- thousands apart by a point: every cell read back exactly, at its line, no issue;
- thousands apart by a space: which figures make one count is not always told (``1 102 250``
  under two periods), so the reader may report a row it could not read — but never a silent
  pass with a figure not read as printed, and never a false total error.
"""

from __future__ import annotations

import pytest
from hypothesis import Phase, event, given, note, settings
from hypothesis import strategies as st

from generate.choices import DrawChooser, Plan
from generate.laid import draw_laid_style, render_laid
from generate.model import KINDS, KINDS18, KINDS20, AnswerModel, draw_answer, reprinted
from generate.render import render
from okot_audit import audit, read_text
from strategies import Case
from test_generated_shapes20 import readable
from test_roundtrip_property import assert_reads_back
from test_shapes_forms import assert_exact, assert_never_passes_unread

#: Every kind of table laid-out text draws (not on its side, no row of measures).
LAID_KINDS = (*KINDS, *(k for k in KINDS18 if "turned" not in k), *KINDS20)
FAST = (Phase.explicit, Phase.reuse, Phase.generate)

HEAD = (
    "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)


def _read(body: str):
    answer = read_text(HEAD + body + "\n", "generated.txt")
    cells = [(c.level, c.province, c.code or c.label, c.period, c.count) for t in answer.tables for c in t.cells]
    return cells, [(i.kind, i.reason, i.line) for i in answer.issues], answer


# ---------------------------------------------------------------------------------------------
# Found by the properties: the smallest examples


def test_a_total_alone_whose_thousands_may_join_two_ways_is_not_guessed():
    """``Totaal 170 137 1 787`` under three periods, a table of its total alone: 170.137, 1 and
    787, or 170, 137 and 1.787 — no row tells. Before, the first was taken silently (the
    figures 170 and 137 lost, 1.787 read as 1 and 787, and the answer passed clean)."""
    cells, issues, answer = _read("Opleiding 2018 2019 2020\nTotaal 170 137 1 787")
    assert cells == []
    assert issues == [("unreadable-table", "thousands-unclear", 9)]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == ["unreadable-table"]
    # (one way only: read)
    cells, issues, _ = _read("Opleiding 2018 2019 2020\nTotaal 170 1 787")
    assert issues == [] and [c[3:] for c in cells] == [("2018", 170), ("2019", 1), ("2020", 787)]


def test_a_province_glued_after_a_row_with_a_blank_last_cell_keeps_the_blank():
    """``365234: -en niveau 5 42 79 x Antwerpen``: the row's label ends in its own ``5``, its
    last period is blank (``x``, or the spaces that print a blank), and the block's province is
    glued after it. Before, taking the province off took the blank's spaces with it, and the
    row read 5, 42 and 79 (a false ``total-exceeds-parts`` error on a correct answer)."""
    for row, other in (("365234: -en niveau 5 42 79 x Antwerpen", "900101: zorgkundige 2 x 4"),
                       ("365234: en niveau 5 42 79   Antwerpen", "900101: zorgkundige 2  4")):
        cells, issues, answer = _read(
            f"Provincie Opleiding 2018 2019 2020\n{row}\n{other}\nTotaal Antwerpen 44 79 4\nEindtotaal 44 79 4"
        )
        assert issues == [], row
        assert [c for c in cells if c[2] == "365234"] == [
            ("row", "Antwerpen", "365234", "2018", 42), ("row", "Antwerpen", "365234", "2019", 79)], row
        assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


def test_a_dash_after_a_labels_own_number_is_a_blank_among_as_many_cells_as_periods():
    """``723368: apotheekassistent (SLO) - deel 2 60 68 - 43`` under four periods, in an answer
    that prints its blanks as dashes: ``deel 2`` is the label's, ``60 68 - 43`` the row's four
    cells. Before, the dash was taken for a range (``68 - 43``: five figures and marks, one more
    than the periods) and the row was an ``ambiguous-alignment`` error."""
    for dash in ("-", "\u2013"):
        cells, issues, _ = _read(
            f"Opleiding 2018 2019 2020 2021\n723368: apotheekassistent (SLO) - \ndeel 2 60 68 {dash} 43\n"
            f"900101: zorgkundige 5 {dash} 7 {dash}\nTotaal 65 68 7 43"
        )
        assert issues == [], dash
        assert [c for c in cells if c[2] == "723368"] == [
            ("row", None, "723368", "2018", 60), ("row", None, "723368", "2019", 68), ("row", None, "723368", "2021", 43)]


def test_a_mark_after_a_labels_own_range_or_number_is_a_blank():
    """``gehandicaptenzorg - 2e jaar 2 - 3 – 56 18 39`` under four periods (the label's range
    ``2 - 3``, then an en dash that prints 2018's blank), and ``Specifieke module 5 / 19 51 4``
    (the label's ``5``, then a slash that does): the row's four cells after the label's own
    numbers. Before, an ``ambiguous-alignment`` error, and the slash went into the label
    (``Specifieke module 5 /``)."""
    for row, want in (("gehandicaptenzorg - 2e jaar 2 - 3 \u2013 56 18 39", [("2019", 56), ("2020", 18), ("2021", 39)]),
                      ("Specifieke module 5 / 19 51 4", [("2019", 19), ("2020", 51), ("2021", 4)])):
        mark = "\u2013" if "\u2013" in row else "/"
        cells, issues, answer = _read(
            f"Opleiding 2018 2019 2020 2021\n723368: {row}\n900101: zorgkundige 5 {mark} 7 {mark}\n"
            f"Totaal 5 {want[0][1]} {want[1][1] + 7} {want[2][1]}"
        )
        assert issues == [], row
        assert [c[3:] for c in cells if c[2] == "723368"] == want, row
        assert answer.tables[0].cells[0].label == row[: row.index(mark if mark == "/" else "\u2013")].strip()


def test_thousands_apart_by_a_space_after_a_labels_own_number_join():
    """``Specifieke traject - module 5 1 000 39`` under two periods (a no-break space in
    ``1 000``): the label's ``module 5``, then 1.000 and 39. Before, ``000`` was read as a count
    of 0 and ``1`` as the label's (``module 5 1``): a false ``total-exceeds-parts`` error
    ("Totaal 2018 is 1051 but its rows sum to only 51")."""
    cells, issues, answer = _read(
        "Opleiding 2018 2019\nSpecifieke traject - module 5 1\u00a0000 39\nHoger kleuteronderwijs sec 51 21\n"
        "Totaal 1\u00a0051 60"
    )
    assert issues == []
    assert cells[:2] == [("row", None, "Specifieke traject - module 5", "2018", 1000),
                         ("row", None, "Specifieke traject - module 5", "2019", 39)]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


# ---------------------------------------------------------------------------------------------
# The properties


def _model(data, kinds: tuple[str, ...], separators: tuple) -> tuple[AnswerModel, Plan]:
    chooser = DrawChooser(data.draw)
    kind = chooser.choice(kinds)
    model = reprinted(chooser, draw_answer(chooser, kinds=(kind, kind, *kinds)), separators)
    for table in model.tables:
        event(f"{table.shape.kind} marks {table.shape.blank_mark!r}")
    event(f"thousands {model.thousands!r}")
    return model, Plan(chooser)


@settings(max_examples=30, deadline=None, phases=FAST)
@given(data=st.data())
def test_every_blank_mark_in_the_seeds_form_reads_back_exactly(data):
    """Thousands apart by a point, blanks by any mark: every cell at its line, no issue."""
    model, plan = _model(data, (*KINDS, *KINDS18, *KINDS20), (True,))
    case = Case(model, plan, render(model, plan, encodings=False))
    note(repr(case))
    assert_reads_back(case)


@settings(max_examples=30, deadline=None, phases=FAST)
@given(data=st.data())
def test_every_blank_mark_in_laid_out_text_reads_back_exactly(data):
    """The same laid out with spaces in a drawn geometry: every cell at the line of its figures."""
    model, plan = _model(data, LAID_KINDS, (True,))
    style = readable(draw_laid_style(DrawChooser(data.draw)))
    laid = render_laid(model, plan, style)
    note("\n".join(f"{i:3} |{line}$" for i, line in enumerate(laid.text.split("\n"), 1)))
    answer = read_text(laid.text, "generated.txt")
    assert_exact(answer, model, lambda t, c: laid.lines[c.anchor], lambda c: c.line)


SPACES = (" ", "\u00a0", "\u202f")


@settings(max_examples=30, deadline=None, phases=FAST)
@given(data=st.data())
def test_thousands_apart_by_a_space_never_pass_unread(data):
    """Thousands apart by a space of any kind, in the seeds' form: what the reader cannot tell
    apart it reports; no figure not read as printed passes clean, no false total error."""
    model, plan = _model(data, (*KINDS, *KINDS18, *KINDS20), SPACES)
    case = Case(model, plan, render(model, plan, encodings=False))
    note(repr(case))
    assert_never_passes_unread(case.read(), model)


@settings(max_examples=20, deadline=None, phases=FAST)
@given(data=st.data())
def test_thousands_apart_by_a_space_in_laid_out_text_never_pass_unread(data):
    """The same laid out with spaces in a drawn geometry."""
    model, plan = _model(data, LAID_KINDS, SPACES)
    laid = render_laid(model, plan, readable(draw_laid_style(DrawChooser(data.draw))))
    note("\n".join(f"{i:3} |{line}$" for i, line in enumerate(laid.text.split("\n"), 1)))
    assert_never_passes_unread(read_text(laid.text, "generated.txt"), model)
