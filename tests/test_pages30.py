"""Session 30: one judgement of "this line is a page's number" (:func:`okot_audit.patterns.page_mark`,
:func:`okot_audit.patterns.numbers_run`).

The pages form feeds part (:func:`okot_audit.read.layout.pages_apart`), the PDF's margins
(``okot_audit.read.pdf``) and the furniture of single-spaced text (:mod:`okot_audit.parse.furniture`)
read a page's number with one function: its form (``3``, ``3/7``, ``3 van 7``, ``- 3 -``, ``Pagina 3``,
``p. 3``), whether it says it is one, whether the numbers run over the pages, and where it stands.

- Single-spaced text without feeds knew ``Pagina 1 van 2`` and ``1/2`` but not ``p. 1``, ``1 van 2``,
  ``1 of 2`` or ``p. 1 van 2`` between a table's rows (read as a row: ``ambiguous-alignment``).
- Where feeds tell each line's page, a number alone is a page's number only where a page's number
  stands (first or last on its page) and is that page's: ``7`` at the foot of page 1 between a
  table's rows, or a number alone mid-page, was dropped without a word; it is said now.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import Phase, given, note, settings
from hypothesis import strategies as st

from generate.choices import DrawChooser
from generate.laid import draw_laid_style, render_laid
from okot_audit import read_text
from okot_audit.parse.furniture import without_furniture
from okot_audit.patterns import PageMark, numbers_run, page_mark
from test_generated_shapes20 import _case, readable
from test_shapes_forms import assert_exact

_HEAD = "Vraag 12 van 3 maart 2023\n\nAantal unieke cursisten per opleiding\n\nOpleiding 2019 2020 2021\n"
_PAGE_1 = "Kinderbegeleider 14 7 9\nVerpleegkunde 22 31 40\nZorgkundige 5 6 8\n"
_PAGE_2 = "Logistiek helper 3 4 5\nPolyvalent verzorgende 11 12 13\nTotaal 50 70 90\n"
_ROWS = {
    ("Kinderbegeleider", "2019"): 14, ("Verpleegkunde", "2020"): 31, ("Zorgkundige", "2021"): 8,
    ("Logistiek helper", "2019"): 3, ("Polyvalent verzorgende", "2021"): 13, ("Totaal", "2021"): 90,
}


def _two_pages(foot_1: str, foot_2: str, feed: bool) -> str:
    """A table over two pages, each page's foot `foot_1`, `foot_2` after a blank line; the pages
    parted by a form feed (`feed`) or run together (single-spaced text)."""
    return _HEAD + _PAGE_1 + "\n" + foot_1 + "\n" + ("\f" if feed else "\n") + _PAGE_2 + "\n" + foot_2 + "\n"


def _read(text: str) -> tuple[list, dict]:
    answer = read_text(text, "generated.txt")
    cells = {(c.label, c.period): c.count for t in answer.tables for c in t.cells}
    return [(i.kind, i.line, i.numbers) for i in answer.issues], cells


@pytest.mark.parametrize("feed", [False, True], ids=["run-together", "form-feeds"])
@pytest.mark.parametrize("form", ["p. {n}", "{n} van 2", "{n} of 2", "p. {n} van 2", "P. {n}/2", "Pagina {n} van 2", "{n}/2", "- {n} -"])
def test_a_page_number_in_any_of_its_forms_is_furniture_in_both_paths(form, feed):
    """``p. 1`` / ``p. 2`` (or ``1 van 2``, …) at each page's foot: page furniture whether feeds part
    the pages or not — before, without feeds, ``p. 1``, ``1 van 2``, ``1 of 2``, ``p. 1 van 2`` were
    read as a row (``ambiguous-alignment``, ``unreadable-table``)."""
    issues, cells = _read(_two_pages(form.format(n=1), form.format(n=2), feed))
    assert issues == []
    assert {key: cells.get(key) for key in _ROWS} == _ROWS


@pytest.mark.parametrize("line", ["p. 1", "1 van 2", "1 of 2", "p. 1 van 2", "1 op 3"])
def test_the_furniture_drops_a_page_number_that_says_so_on_its_own(line):
    """The furniture of single-spaced text (no feed) drops each form :func:`page_mark` reads
    as a page's number that says so, the lines around kept."""
    lines = ("Kinderbegeleider 14 7 9", "", line, "", "Verpleegkunde 22 31 40")
    assert without_furniture(lines) == ("Kinderbegeleider 14 7 9", "", "", "", "Verpleegkunde 22 31 40")


@pytest.mark.parametrize("text, mark", [
    ("3", PageMark(3, None, False)),
    ("- 3", PageMark(3, None, False)),        # (a wrapped label's last piece as well)
    ("3/7", PageMark(3, 7, True)),
    ("3 van 7", PageMark(3, 7, True)),
    ("- 3 -", PageMark(3, None, True, dashed=True)),
    ("p. 3", PageMark(3, None, True)),
    ("Pagina 3 van 7", PageMark(3, 7, True)),
    ("  blz. 12  ", PageMark(12, None, True)),
    ("12 345", None),
    ("Zorg 3", None),
    ("p.3 zorg", None),
])
def test_page_mark_reads_a_page_number_whole(text, mark):
    assert page_mark(text) == mark


def test_numbers_run_over_the_pages():
    """With the pages the feeds count: at least half of them, two at least, carry their own
    number; without: two or more count up by one from page 3 at most, within the pages printed."""
    assert numbers_run([1, 2], pages=3)
    assert not numbers_run([1], pages=2)
    assert not numbers_run([1, 3], pages=6)
    assert numbers_run([2, 3, 4])
    assert not numbers_run([2])
    assert not numbers_run([5, 6])
    assert not numbers_run([1, 3])
    assert not numbers_run([1, 2, 3], of=2)


@pytest.mark.parametrize("foot, line", [("7", 10), ("2", 10)])
def test_a_number_alone_at_a_pages_foot_that_is_not_its_pages_is_said(foot, line):
    """``Zorgkundige 5 6 8`` / blank / ``7`` at the foot of page 1, the feed right after it: the
    feeds say this is page 1, so ``7`` is no page's number (nor ``2``) — it is said at its line, no
    longer dropped without a word by the furniture (the pages' path kept it already)."""
    issues, cells = _read(_two_pages(foot, "", True))
    assert ("unreadable-table", line, (int(foot),)) in issues
    assert {key: cells.get(key) for key in _ROWS} == _ROWS


def test_a_number_alone_mid_page_is_no_page_number_where_feeds_part_the_pages():
    """Feeds part the pages, and a number alone stands between two rows in the middle of page 1
    (blank lines around it): no page ends there, so it is no page's number — said, not dropped."""
    text = _HEAD + "Kinderbegeleider 14 7 9\n\n1\n\nVerpleegkunde 22 31 40\nZorgkundige 5 6 8\n\f" + _PAGE_2
    issues, cells = _read(text)
    assert ("unreadable-table", 8, (1,)) in issues
    assert cells[("Verpleegkunde", "2020")] == 31


def test_a_number_alone_at_a_pages_foot_that_is_its_pages_is_still_dropped():
    """``1`` at the foot of page 1 between two rows (blank lines around): it stands where page
    1's number stands and is 1 — page furniture, as before."""
    issues, cells = _read(_two_pages("1", "", True))
    assert issues == []
    assert {key: cells.get(key) for key in _ROWS} == _ROWS


_ONE_COUNT = "Vraag 12 van 3 maart 2023\n\nAantal unieke cursisten per opleiding in 2022\n\nOpleiding Aantal\n" \
    "Kinderbegeleider 14\nVerpleegkunde 22\nZorgkundige\n1\n"


@pytest.mark.parametrize("after", ["\fVlaams Parlement\n\nDe cijfers zijn voorlopig.\n", "\nDe cijfers zijn voorlopig.\n"],
                         ids=["feed", "no-feed"])
def test_a_tables_last_row_whose_lone_figure_looks_like_a_page_number_keeps_it(after):
    """A table's last row whose name and figure stand on two lines (``Zorgkundige`` / ``1``), at the
    foot of page 1 (a feed after it) or of the text: the ``1`` looks like page 1's number, but no
    other page is numbered so and it ends a row's name — the row's figure, never swallowed."""
    issues, cells = _read(_ONE_COUNT + after)
    assert issues == []
    assert cells[("Zorgkundige", "2022")] == 1


_FORMS = ("{n}", "p. {n}", "Pagina {n}", "- {n} -", "blz. {n}", "- {n}", "\u2013 {n}")


@pytest.mark.parametrize("kind", ["code_by_province_years", "programme_by_sector_column"])
@settings(max_examples=8, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(data=st.data())
def test_laid_out_pages_numbered_in_any_form_read_back_exactly_with_feeds_or_without(kind, data):
    """The generator's laid-out answers over pages (:mod:`generate.laid`), each page's foot its
    number in one of the forms :func:`page_mark` reads, the pages parted by form feeds or run
    together: every cell at the line of its figures, no issue — both paths know each form."""
    case = _case(data, kind)
    style = readable(draw_laid_style(DrawChooser(data.draw)))
    style = replace(style, page_rows=style.page_rows or 4, page_number=data.draw(st.sampled_from(_FORMS)),
                    feeds=data.draw(st.booleans()))
    laid = render_laid(case.model, case.plan, style)
    note(f"{style}")
    note("\n".join(f"{i:3} |{line}$" for i, line in enumerate(laid.text.split("\n"), 1)))
    assert_exact(read_text(laid.text, "generated.txt"), case.model, lambda t, c: laid.lines[c.anchor], lambda c: c.line)


@pytest.mark.parametrize("line", [
    "1 op 3 cursisten stopt", "2 van de 5 provincies", "3 of meer jaren", "p. 3 zorg", "12 345",
    "2 van 5 jaar",
])
def test_prose_and_figures_that_open_like_a_page_number_stay(line):
    """A line that opens as a page's number does but goes on (``1 op 3 cursisten stopt``), or a row's
    figures (``12 345``), is no page furniture — only a page's number whole is (``1 op 3`` alone on
    its line, as ``1/3`` is)."""
    lines = ("Kinderbegeleider 14 7 9", line, "Verpleegkunde 22 31 40")
    assert without_furniture(lines) == lines
