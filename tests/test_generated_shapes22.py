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
  pass with a figure not read as printed.
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
from test_generated_shapes20 import _read, readable
from test_roundtrip_property import assert_reads_back
from test_shapes_forms import _figure, assert_exact, assert_no_total_error, got_cells, want_cells

#: Every kind of table laid-out text draws (not on its side, no row of measures).
LAID_KINDS = (*KINDS, *(k for k in KINDS18 if "turned" not in k), *KINDS20)
FAST = (Phase.explicit, Phase.reuse, Phase.generate)



# ---------------------------------------------------------------------------------------------
# Found by the properties: the smallest examples


def test_a_total_alone_whose_thousands_may_join_two_ways_is_not_guessed():
    """``Totaal 170 137 1 787`` under three periods, a table of its total alone: 170.137, 1 and
    787, or 170, 137 and 1.787 — no row tells. Before, the first was taken silently (the
    figures 170 and 137 lost, 1.787 read as 1 and 787, and the answer passed clean)."""
    cells, issues, answer = _read("Opleiding 2018 2019 2020\nTotaal 170 137 1 787")
    assert cells == []
    assert [(i.kind, i.reason, i.line) for i in answer.issues] == [("unreadable-table", "thousands-unclear", 9)]
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


def test_a_slash_that_ends_a_row_after_its_labels_own_number_is_a_blank():
    """``642262: … Opvoeder - deel 2 66 70 8 /`` under four periods, the only blank of its
    table: ``deel 2`` is the label's, the slash 2021's blank. Before, the slash was kept as the
    label's (five figures and marks, one more than the periods) and the row was an
    ``unreadable-table`` error (``row-without-counts``)."""
    cells, issues, _ = _read(
        "Opleiding 2018 2019 2020 2021\n039920: Se-n-se 36 40 69 1.114\n"
        "642262: Verkorte individueel traject -  module 5 Opvoeder - deel 2 66 70 8 /\nTotaal 102 110 77 1.114"
    )
    assert issues == []
    assert [c[3:] for c in cells if c[2] == "642262"] == [("2018", 66), ("2019", 70), ("2020", 8)]


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


def test_month_names_wrapped_above_their_years_beside_a_wrapped_header_are_no_words_of_it():
    """``pdftotext -layout``-like text of a table whose first header cell wraps over three lines
    and whose months' names stand above their years on its middle line (``en uitgevoerde maar
    niet   mei   juni`` / ``geslaagde OKOT'(s)   2021   2021``): the months are the periods',
    the rest says what the table counts — drop-outs. Before, ``niet mei juni geslaagde`` named
    graduates beside drop-outs, and the table's measure was ``unknown`` (its stage checks
    silently off)."""
    _, issues, answer = _read(
        "Unieke cursisten met stopgezette\n"
        "en uitgevoerde maar niet              mei     juni\n"
        "geslaagde OKOT'(s)                   2021     2021\n\n"
        "287670: traject - 2de jaar                      5       51\n\n"
        "Totaal                                 5       51"
    )
    assert issues == []
    assert [(t.measure, t.title, [p.label for p in t.periods]) for t in answer.tables] == [
        ("stopped_or_failed", "Unieke cursisten met stopgezette en uitgevoerde maar niet geslaagde OKOT'(s)",
         ["2021-05", "2021-06"])]


def test_a_names_number_under_it_stays_the_names_beside_a_province_on_the_rows_line():
    """``pdftotext -layout``-like text: the block's province printed on the row's first line,
    before its code (``Limburg   110429: … module   16``), the name wrapped to its number
    (``5``) below: the ``5`` stands in the label column, the name's. Before, the province's
    cell set the label column at the page's margin, the ``5`` was taken for a second figure
    and the row was an ``unreadable-table`` error (``more-figures-than-periods``)."""
    cells, issues, answer = _read(
        "Provincie             Opleiding                                          2016\n\n"
        "                      110429: traject individueel traject - module         28\n"
        "                      5\n\n"
        "Limburg               110429: traject individueel traject - module         16\n"
        "                      5\n\n"
        "Totaal Limburg                                                             44\n\n"
        "Eindtotaal                                                                 44"
    )
    assert issues == []
    assert [(c[1], c[2], c[4]) for c in cells if c[0] == "row"] == [("Limburg", "110429", 28), ("Limburg", "110429", 16)]
    assert {c.label for t in answer.tables for c in t.cells if c.level == "row"} == {
        "traject individueel traject - module 5"}


#: A province table split over two pages, the header repeated at the top of the second, the
#: first page's last row a name wrapped with its block's province glued after its figures.
SPLIT = (
    "Provincie Opleiding 2018 2019\nGraduaat\nmet 6 37 Antwerpen\n"
    "\fProvincie Opleiding 2018 2019\nTotaal Antwerpen 6 37\nLimburg Graduaat met 47 22\nTotaal Limburg 47 22\n"
    "Eindtotaal 53 59"
)


def test_a_row_above_a_header_repeated_on_the_next_page_is_read():
    """:data:`SPLIT` read as one table: the Antwerpen row on the first page, its total on the
    next. The row ``Graduaat`` / ``met 6 37 Antwerpen`` and the header above it were first taken
    for four lines of one header over the second page's periods, and the row's figures were lost
    without a word (``Totaal Antwerpen 6 37`` then totals no row); then they were reported
    (``unreadable-table``). The first header opened no table: looking below it for its first
    row, the row's line did not end in figures — its block's province stands glued after them,
    as a row's line may print it (:func:`~okot_audit.parse.regions.without_glued_province`)."""
    cells, issues, answer = _read(SPLIT)
    assert issues == []
    assert [c for c in cells if c[0] == "row"] == [
        ("row", "Antwerpen", "Graduaat met", "2018", 6), ("row", "Antwerpen", "Graduaat met", "2019", 37),
        ("row", "Limburg", "Graduaat met", "2018", 47), ("row", "Limburg", "Graduaat met", "2019", 22)]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


def test_a_dash_blank_before_thousands_apart_by_a_space_is_read():
    """``Professionele lager traject master - 21 1 530 48`` under four periods, in a table that
    prints its blanks as dashes and its thousands apart by a space: 2020 blank, then 21, 1.530
    and 48 (the totals say so: 2022 is 4 + 1.530 = 1.534). Before, the dash was the label's
    (figures and marks more than the periods), the row read 21, 1, 530 and 48, and the totals
    reported a false ``total-exceeds-parts`` error; now the dash as a blank's mark before
    thousands joined is a reading too, and the totals choose it."""
    cells, issues, answer = _read(
        "Opleiding 2020 2021 2022 2023\nHoger educ lager 33 1 001 4 20\n"
        "Professionele lager traject master - 21 1 530 48\nGraduaat traject bijkomende 18 10 - -\n"
        "Totaal 51 1 032 1 534 68"
    )
    assert issues == []
    assert [c[3:] for c in cells if c[2] == "Professionele lager traject master"] == [
        ("2021", 21), ("2022", 1530), ("2023", 48)]


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


def assert_never_passes_silently(answer, model) -> None:
    """An answer some of whose figures were not read as printed gets an error (never exit 0),
    and a consistent answer no false total error (a blank's dash before thousands apart by a
    space: :func:`test_a_dash_blank_before_thousands_apart_by_a_space_is_read`)."""
    assert_no_total_error(answer)
    lost = {_figure(c) for c in want_cells(model)} - {_figure(c) for c in got_cells(answer)}
    if lost:
        assert [f for f in audit(answer).findings if f.severity == "error"], f"not read as printed, no error: {sorted(lost, key=repr)[:4]}"


@settings(max_examples=30, deadline=None, phases=FAST)
@given(data=st.data())
def test_thousands_apart_by_a_space_never_pass_unread(data):
    """Thousands apart by a space of any kind, in the seeds' form: what the reader cannot tell
    apart it reports; no figure not read as printed passes clean, no false total error."""
    model, plan = _model(data, (*KINDS, *KINDS18, *KINDS20), SPACES)
    case = Case(model, plan, render(model, plan, encodings=False))
    note(repr(case))
    assert_never_passes_silently(case.read(), model)


@settings(max_examples=20, deadline=None, phases=FAST)
@given(data=st.data())
def test_thousands_apart_by_a_space_in_laid_out_text_never_pass_unread(data):
    """The same laid out with spaces in a drawn geometry."""
    model, plan = _model(data, LAID_KINDS, SPACES)
    laid = render_laid(model, plan, readable(draw_laid_style(DrawChooser(data.draw))))
    note("\n".join(f"{i:3} |{line}$" for i, line in enumerate(laid.text.split("\n"), 1)))
    assert_never_passes_silently(read_text(laid.text, "generated.txt"), model)
