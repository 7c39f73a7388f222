"""A header typed by hand with another gap than its rows (``Programma     2019     2020`` over
``Bouw   30   44``): each line parts its cells by one gap of its own, the header as many cells as
each row (its word and its periods; the row's name and its figures) — typed, not laid out.

Before, only text with one gap all through was told from laid-out text: with a header typed
with its own gap, figures that fell under a period's wide label by chance, or ended in one
column right of a year, made the text read as laid out in the page's columns (read/layout.py),
the header joined to the first row, whose figures went into no cell and no finding (a silent
loss). Laid-out text right-aligns its figures under their labels: the gaps of a row vary with
its figures' widths and its name's length, and a row with a blank has a cell too few.

Where such text still cannot be read (a row typed with uneven gaps), the layout joins the
header and the first row into one line: the record of the rows below is said from that line,
with the first row's figures too (parse/unread.py ``_row_in_header_above``).
"""

from __future__ import annotations

from hypothesis import Phase, given, note, settings
from hypothesis import strategies as st
import pytest

from generate.choices import DrawChooser
from generate.laid import draw_laid_style, render_laid
from okot_audit import read_text
from okot_audit.read import layout
from okot_audit.read.layout import laid_out
from strategies import answers
from test_gaps31 import HEAD, _cells, _table, _unread, assert_read_whole, typed_tables
from test_generated_shapes20 import readable
from test_shapes_forms import assert_exact

MONTHS = ["januari 2020", "februari 2020", "maart 2020"]
ROWS = [("Bouw", [30, 44, 12]), ("Zorg", [11, 20, 7]), ("Totaal", [41, 64, 19])]


def _typed(word: str, periods: list[str], header_gap: int, rows: list[tuple[str, list[int]]], gap: int) -> str:
    return HEAD + (" " * header_gap).join([word, *periods]) + "\n" + _table([(n, [str(c) for c in cs]) for n, cs in rows], gap)


#: gaps31's rows (its sweep's), whose figures end in one column right of a year by chance.
SWEPT = [("Kinderbegeleider", [204, 20, 260, 95]), ("Verpleegkunde", [136, 261, 197, 217]), ("ICT", [26, 139, 223, 220]),
         ("Boekhouder", [188, 168, 66, 79]), ("Kok", [183, 255, 15, 257]), ("Horeca", [38, 152, 149, 295])]


@pytest.mark.parametrize(("header_gap", "gap"), [(5, 3), (6, 3), (4, 2), (2, 5)])
@pytest.mark.parametrize("periods", [["2019", "2020", "2021", "2022"], ["januari 2020", "februari 2020", "maart 2020", "april 2020"]],
                         ids=["years", "months"])
def test_a_header_typed_with_its_own_gap_is_read_whole(header_gap, gap, periods):
    """Before, (5, 3) under years: read as laid out, rows joined, most of their figures in no
    cell and no finding."""
    answer = read_text(_typed("Programma", periods, header_gap, SWEPT, gap), "typed.txt")
    labels = [p.label for t in answer.tables for p in t.periods]
    assert len(labels) == 4
    assert _cells(answer) == [(name, labels[k], c) for name, counts in SWEPT for k, c in enumerate(counts)]
    assert _unread(answer) == []


def test_each_row_typed_with_a_gap_of_its_own():
    """gaps31's: a last row typed with two spaces, the others with three, the header with four —
    each line one gap of its own, as many cells as the header: read as laid out before, Bouw's
    row joined to the header, its figures in no finding."""
    text = HEAD + "\n".join(["Opleiding    januari 2020    februari 2020    maart 2020", "Bouw   30   44   12",
                             "Zorg   11   20   7", "Totaal   41   64   19", "Vlaanderen  41  64  19"]) + "\n"
    answer = read_text(text, "typed.txt")
    months = ["2020-01", "2020-02", "2020-03"]
    rows = [*ROWS, ("Vlaanderen", [41, 64, 19])]
    assert _cells(answer) == [(name, months[k], c) for name, counts in rows for k, c in enumerate(counts)]
    assert _unread(answer) == []


def test_a_row_joined_to_its_header_is_said_with_all_its_figures():
    """A row typed with uneven gaps (``Bouw   30    44   12``): no one gap per line, read as laid
    out, Bouw's row joined to the header. Before, the record of the lines below said 11 … 19 only:
    30, 44 and 12 were in no finding. The record now starts at the header's line with them."""
    text = HEAD + "\n".join(["Opleiding    januari 2020    februari 2020    maart 2020", "Bouw   30    44   12",
                             "Zorg   11   20   7", "Totaal   41   64   19"]) + "\n"
    answer = read_text(text, "typed.txt")
    assert _cells(answer) == []
    assert [(kind, line, numbers) for kind, _, line, numbers in _unread(answer)] == [
        ("unreadable-table", 4, (30, 44, 12, 11, 20, 7, 41, 64, 19))]


def test_a_header_of_periods_with_a_footnotes_number_is_no_row():
    """Negative: a header above unread rows whose only other number is a footnote's (``(1)``) or an
    ordinal's (``1ste``) holds no row's figures: the record starts at the rows."""
    text = HEAD + "Opleiding 1ste jaar 2019 (1) 2020\nBouw 30 44 12 9\nZorg 11 20 7 8\nTotaal 41 64 19 17\n"
    answer = read_text(text, "typed.txt")
    assert all(line != 3 for _, _, line, _ in _unread(answer))
    assert not any(set(numbers) & {1} for _, _, _, numbers in _unread(answer))


@pytest.mark.parametrize("rows", [
    [("Bouw", ["30", "44"]), ("Zorg", ["11", "20", "7"]), ("Totaal", ["41", "64", "19"])],  # a cell too few
    [("Bouw", ["30", "44", "12", "9"]), ("Zorg", ["11", "20", "7"]), ("Totaal", ["41", "64", "19"])],  # one too many
], ids=["fewer", "more"])
def test_a_row_with_another_count_of_cells_is_not_typed(rows):
    """Negative: a row with fewer or more cells than the header's (a blank left out, a figure too
    many) says its figures do not stand one per period: no typed table."""
    lines = ["Programma     2019     2020     2021", *_table(rows, 3).splitlines()]
    assert not layout._typed_under_headers(lines, list(range(1, len(lines))))


def test_the_seeds_form_under_a_header_typed_with_gaps_is_not_typed():
    """Negative: the seeds' form (single spaces, two for a blank) under a header typed with two
    spaces: a row's figures one space apart are no cells of a typed row; its blanks stay."""
    lines = ["Opleiding  2018  2019  2020  2021", "908017: Educatieve graduaatsopleiding  27 52 73",
             "908020: Verkorte educatieve master   94 79", "Totaal 10 121 131 152"]
    assert not layout._typed_under_headers(lines, [1, 2])
    answer = read_text(HEAD + "\n".join(lines) + "\n", "seeds.txt")
    assert [(c.code, c.period, c.count) for t in answer.tables for c in t.cells if c.code] == [
        ("908017", "2019", 27), ("908017", "2020", 52), ("908017", "2021", 73),
        ("908020", "2020", 94), ("908020", "2021", 79)]


def test_a_table_on_its_side_typed_with_gaps_is_not_taken_for_a_header_of_periods():
    """Negative: a table on its side (years as rows, categories as columns), laid out with its
    rows evenly gapped by chance: its header names categories, no periods — no typed header."""
    lines = ["Jaar      Man    Vrouw", "2018       30       44", "2019       31       45", "2020       12       17"]
    assert not layout._typed_under_headers(lines, [1, 2, 3])


def test_a_table_of_one_period_under_a_header_of_its_own_gap_keeps_its_title():
    """A row of one figure has one gap, which says nothing of even gaps: its figure, set wholly
    beside the period's label (``Opleiding  2015`` over ``Horeca    1``), says it is typed. Before,
    read as laid out, the title took the prose line above the blank line."""
    answer = read_text(HEAD + "Opleiding  2015\nHoreca    1\nTotaal    1\n", "typed.txt")
    assert _cells(answer) == [("Horeca", "2015", 1), ("Totaal", "2015", 1)]
    assert [t.title for t in answer.tables] == ["Opleiding"]


@settings(max_examples=40, deadline=None)
@given(typed_tables(own_header=True))
def test_every_table_typed_with_a_header_of_its_own_gap_is_read_whole(case):
    assert_read_whole(*case)


@settings(max_examples=12, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(data=st.data())
def test_laid_out_text_of_generated_answers_is_never_taken_for_typed(data):
    """Negative: ``pdftotext -layout``'s form of generated answers (generate.laid: figures
    right-aligned under their periods) is never taken for a table typed by hand under a header
    of its own gap, and reads back exactly."""
    case = data.draw(answers(encodings=False), label="case")
    laid = render_laid(case.model, case.plan, readable(draw_laid_style(DrawChooser(data.draw))))
    note(laid.text)
    said: list[bool] = []
    typed = layout._typed_under_headers
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(layout, "_typed_under_headers", lambda lines, at: said.append(typed(lines, at)) or said[-1])
        laid_out(laid.text.splitlines())
    assert True not in said
    answer = read_text(laid.text, "generated.txt")
    assert_exact(answer, case.model, lambda t, c: laid.lines[c.anchor], lambda c: c.line)
