"""Session 31: a lone page number between a table's rows.

- A line of a number set between dashes and nothing else (``- 2 -``, ``-2-``, ``– 2 –``, ``— 2 —``)
  is a page's number by its dashes; one alone does not count with pages, so it is no furniture
  (:func:`okot_audit.parse.furniture.page_furniture`). Between whole rows it was read SILENTLY:
  as a row labelled ``-`` with the figure 2 (two periods: its last dash made a blank), glued into
  the next row's name (``- 2 - Logistiek``, three periods) or into the name of the coded row
  above (``… kleuteronderwijs - 2``). Now it is no row and no piece of a name — a row has a
  label, ``-`` is none: its number is said where it stands (``stray-number``), every row read.
  Where a name goes on below it (``… sec 2`` / ``- 3 -`` / ``2e jaar 785``: one name wrapped at
  its range) or a label above waits for its figures (``Zorgkundige`` / ``- 2 -``: blanks and a
  figure), it is read as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import Phase, given, note, settings
from hypothesis import strategies as st

from generate.choices import DrawChooser
from generate.laid import draw_laid_style, render_laid
from okot_audit import read_text
from test_generated_shapes20 import _case, readable
from test_shapes_forms import assert_exact

_HEAD = "Vraag 12 van 3 maart 2023\n\nAantal unieke cursisten per opleiding\n\n"
_PLAIN = [("Zorgkundige", (14, 7, 9)), ("Verpleegkunde", (22, 31, 40)), ("Logistiek", (3, 4, 5))]
_CODED = [("908002: Educatieve bachelor kleuteronderwijs", (38, 47, 5)), ("908001: Verpleegkunde", (22, 31, 40)),
          ("908003: Educatieve bachelor lager onderwijs", (22, 38, 6))]


def _table(rows, periods: int, mark: str, total: bool) -> tuple[str, int]:
    """The table's rows, `mark` on a line of its own between the second and the third; the text
    and the mark's line (1-based)."""
    lines = _HEAD.split("\n")[:-1] + ["Opleiding " + " ".join(str(2019 + k) for k in range(periods))]
    for i, (name, counts) in enumerate(rows):
        if i == 2:
            lines.append(mark)
            at = len(lines)
        lines.append(f"{name} {' '.join(map(str, counts[:periods]))}")
    if total:
        lines.append("Totaal " + " ".join(str(sum(c[k] for _, c in rows)) for k in range(periods)))
    return "\n".join(lines) + "\n", at


def _read(text: str):
    answer = read_text(text, "generated.txt")
    cells = {(c.label, c.period): c.count for t in answer.tables for c in t.cells}
    return answer.issues, cells


@pytest.mark.parametrize("total", [False, True], ids=["no-total", "total"])
@pytest.mark.parametrize("periods", [2, 3])
@pytest.mark.parametrize("rows", [_PLAIN, _CODED], ids=["plain", "coded"])
@pytest.mark.parametrize("mark", ["- 2 -", "-2-", "\u2013 2 \u2013", "\u2014 2 \u2014", "  - 12 -  "])
def test_a_lone_dashed_number_between_whole_rows_is_said_never_read(mark, rows, periods, total):
    """``- 2 -`` (any dash, glued or apart) between whole rows, plain or coded, two periods or
    three: every row read at its own figures, under its own name; no row labelled with a dash,
    no name holding the number; the number said at its line (``stray-number``). Before: a row
    ``-`` with the figure 2, or the line glued into a name, nothing said."""
    text, at = _table(rows, periods, mark, total)
    issues, cells = _read(text)
    want = {(name.split(": ")[-1], str(2019 + k)): counts[k] for name, counts in rows for k in range(periods)}
    assert {key: cells.get(key) for key in want} == want
    assert set(cells) - set(want) <= {("Totaal", str(2019 + k)) for k in range(periods)}
    number = int(mark.strip(" -\u2013\u2014"))
    assert [(i.kind, i.line, i.numbers) for i in issues] == [("stray-number", at, (number,))]


def test_a_lone_dashed_number_below_the_last_row_is_said():
    """``- 2 -`` below the table's last row (the text ends, or a note follows): said, no row ``-``."""
    for after in ("- 2 -\n", "\n- 2 -\n\nDe cijfers zijn voorlopig.\n"):
        text = _HEAD + "Opleiding 2021 2022\nZorgkundige 14 7\nVerpleegkunde 22 31\n" + after
        issues, cells = _read(text)
        assert not any(label.strip("-\u2013\u2014 ") == "" or "2 -" in label for label, _ in cells), cells
        assert [(i.kind, i.numbers) for i in issues] == [("stray-number", (2,))]


def test_a_name_wrapped_at_its_range_keeps_its_dashed_piece():
    """``908002: … sec 2`` / ``- 3 -`` / ``2e jaar 785``: one name wrapped at its range (the line
    below goes on with it) — read as one name, its count 785, nothing said (as before)."""
    text = _HEAD + ("Opleiding 2022\n908002: Specifieke lerarenopleiding sec 2\n- 3 -\n2e jaar 785\n"
                    "908003: Educatieve bachelor lager onderwijs 22\n")
    issues, cells = _read(text)
    assert issues == []
    assert cells == {("Specifieke lerarenopleiding sec 2 - 3 - 2e jaar", "2022"): 785,
                     ("Educatieve bachelor lager onderwijs", "2022"): 22}


@pytest.mark.parametrize("below", ["(SLO) 3 4", "- tweede jaar 3 4", "tweede jaar 3 4"])
def test_a_dashed_number_a_name_goes_on_below_is_no_stray(below):
    """``- 2 -`` over a line that goes on with a name (a bracket, a dash set apart, lower case):
    not said as a page's number by this judgement — left to the row reading as before."""
    text = _HEAD + f"Opleiding 2021 2022\nZorgkundige 14 7\nVerpleegkunde 22 31\n- 2 -\n{below}\n"
    issues, _ = _read(text)
    assert not any(i.kind == "stray-number" and i.line == 8 for i in issues)


@pytest.mark.parametrize("periods, want", [(2, {("Zorgkundige -", "2021"): 2}), (3, {("Zorgkundige", "2022"): 2})])
def test_figures_of_dashes_and_a_number_below_a_label_stay_its_figures(periods, want):
    """``Zorgkundige`` / ``- 2 -``: a label whose figures come below it, blanks and a figure —
    no lone page number (the label waits for them); read as before."""
    head = "Opleiding " + " ".join(str(2021 + k) for k in range(periods))
    _, cells = _read(_HEAD + head + "\nZorgkundige\n- 2 -\nLogistiek " + " ".join(["3", "4", "5"][:periods]) + "\n")
    assert {key: cells.get(key) for key in want} == want


def _below_a_row(lines: list[str], i: int, firsts: set[int]) -> bool:
    """Whether the lines right above line i (0-based) are a row's, from its first line on."""
    j = i - 1
    while j >= 0 and lines[j].strip() and j + 1 not in firsts:
        j -= 1
    return j >= 0 and j + 1 in firsts


@pytest.mark.parametrize("kind", ["code_by_province_years", "programme_by_sector_column"])
@settings(max_examples=12, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(data=st.data())
def test_laid_out_rows_with_a_dashed_number_between_two_read_every_row_and_say_it(kind, data):
    """The generator's laid-out answers (:mod:`generate.laid`, one page, rows apart), a number set
    between dashes in the blank line above a row (``- 7 -``, ``–3–``): no run of pages and not the
    page's own number (``- 1 -`` among the page's last lines is its foot) says it is a page's —
    every cell at the line of its figures, the number said at its line, nothing else. Before: read
    as a row ``-``, glued to the name above (``… opvoeder –30–``) or into the province's cell."""
    case = _case(data, kind)
    style = replace(readable(draw_laid_style(DrawChooser(data.draw))), v_align="top", row_gap=True, page_rows=None)
    laid = render_laid(case.model, case.plan, style)
    lines = laid.text.split("\n")
    firsts = set(laid.lines.values())  # (1-based: each row's first line, its figures on it)
    # (above any row, whose name is whole on its line or wraps: tests/test_rowasm32.py — the mark
    # no longer cuts a wrapped name's first line where it stands)
    above = [i for i, line in enumerate(lines) if not line and i + 2 in firsts and _below_a_row(lines, i, firsts)]
    at = data.draw(st.sampled_from(above), label="at")
    number = data.draw(st.integers(2, 40), label="number")  # (the text one page: 1 at its foot is its number)
    dash = data.draw(st.sampled_from(["-", "\u2013", "\u2014"]), label="dash")
    space = data.draw(st.sampled_from(["", " "]), label="space")
    lines[at] = " " * data.draw(st.integers(0, 40), label="indent") + f"{dash}{space}{number}{space}{dash}"
    text = "\n".join(lines)
    note("\n".join(f"{i:3} |{line}$" for i, line in enumerate(lines, 1)))
    answer = read_text(text, "generated.txt")
    assert [(i.kind, i.line, i.numbers) for i in answer.issues] == [("stray-number", at + 1, (number,))]
    assert_exact(replace(answer, issues=[]), case.model, lambda t, c: laid.lines[c.anchor], lambda c: c.line)


# ---------------------------------------------------------------------------------------------
# Bare page numbers (``1``, ``2``) at the pages' feet, no form feed (pdfplumber's, pypdf's text)


@pytest.mark.parametrize("blank", [False, True], ids=["under-the-row", "after-a-blank"])
@pytest.mark.parametrize("pages", [2, 3])
def test_bare_page_numbers_without_feeds_are_furniture_where_they_count_with_the_pages(pages, blank):
    """``1`` / ``2`` (/ ``3``) at each page's foot under its last row, no feed: they count with the
    pages, a page apart, the last one ends the text — page furniture; every row read, nothing
    said. Before: each an ``unreadable-table`` error."""
    from test_pageno31 import _ROWS, _cells, _pages

    per_page = 4 if pages == 2 else 3
    issues, cells = _read_31(_pages(per_page, "{n}", pages, blank))
    assert issues == []
    assert cells == _cells(_ROWS[: per_page * pages])


@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf"])
@pytest.mark.parametrize("rows", [60, 90])
def test_a_pdf_numbered_bare_read_by_another_extractor(tmp_path, extractor, rows):
    """A PDF whose pages are numbered ``1``, ``2`` (``3``) at their feet (fpdf2), its text from
    pdfplumber or pypdf (pages joined by a line break, no feed): every row read at its figures,
    nothing said about the page numbers. Before: an ``unreadable-table`` error at each."""
    from test_pageno31 import _extracted, _numbered_pdf

    text = _extracted(_numbered_pdf(tmp_path, rows, "{n}"), extractor)
    assert "\n1\n" in text and text.rstrip().endswith("\n2" if rows == 60 else "\n3")  # (the shape the test is about)
    answer = read_text(text, "extracted.txt")
    assert [i for i in answer.issues if i.kind != "total-missing"] == []
    cells = {(c.label, c.period): c.count for t in answer.tables for c in t.cells}
    assert len(cells) == 2 * rows and cells[("Opleiding E30", "2019")] == 33 and cells[("Opleiding G58", "2020")] == 117


def _read_31(text: str):
    answer = read_text(text, "generated.txt")
    cells = {(c.label, c.period): c.count for t in answer.tables for c in t.cells}
    return [(i.kind, i.line, i.numbers) for i in answer.issues], cells


def _bare(per_page: int, pages: int, foot: str = "{n}", after: str = "") -> str:
    from test_pageno31 import _pages

    return _pages(per_page, foot, pages, after=after)


@pytest.mark.parametrize("text, said", [
    # one page: one ``1`` counts with nothing
    (_bare(9, 1), [15]),
    # numbers that do not count up by one
    (_bare(4, 2).replace("\n2\n", "\n3\n"), [10, 15]),
    # more text after the last one than a page holds
    (_bare(4, 2, after="Zorgkundige 1 2 3\n" * 5), [10, 15]),
])
def test_bare_numbers_that_the_evidence_does_not_make_page_numbers_are_said(text, said):
    """A bare number alone is a page's number only where the evidence says so; anywhere else it
    stays for the table to read or say — an issue at its line, never dropped."""
    issues, _ = _read_31(text)
    for line in said:
        assert any(at == line for _, at, _ in issues), (line, text.split("\n")[line - 1], issues)


def test_bare_numbers_under_a_name_are_its_rows_figures_not_page_numbers():
    """``Zorgkundige`` / ``1`` … ``Lasser`` / ``2`` a page apart, the last at the text's end: they
    count as pages would, but each stands under a name without figures — the row's count (figures
    below their names), never dropped as page furniture."""
    from okot_audit.parse.furniture import page_furniture

    lines = ("Opleiding 2022", "Zorgkundige", "1", "Verpleegkunde 22", "Kinderbegeleider 14", "Logistiek 3",
             "Schilder 1", "Metselaar 6", "Lasser", "2")
    assert page_furniture(lines) == frozenset()
    rows = ("Opleiding 2022", "Zorgkundige 5", "1", "Verpleegkunde 22", "Kinderbegeleider 14", "Logistiek 3",
            "Schilder 1", "Metselaar 6", "Lasser 4", "2")
    assert page_furniture(rows) == frozenset({2, 9})
