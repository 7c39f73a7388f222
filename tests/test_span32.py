"""Two cases session 32's sweep left at seed 6044 (tests/test_sweep32.py), each generated too.

**A refusal's span covers every figure of its table.** Plain ``pdftotext`` prints every cell a
paragraph of its own, and a tall label cell may come out after the figures: the last row's
name and the total's word after the last row's figures, then the total's figure alone
(``… 189`` / ``296`` / ``Se-n-se apotheekassistent …`` / ``leefgroepenwerking`` / ``Totaal`` /
``150``). The table is refused (``one-figure-per-line``), and its span ended at the last figure
before those labels: the total's figure was said nowhere, lost in silence. Now the span runs
to the last figure that trails the table, a page's number at a page's foot aside.

**Each page's printed header gives that page's columns.** ``pdftotext -layout`` lays each page
out on its own grid: a table's header printed again on a later page stands a few characters
off the first page's, and so do the figures below it. A header label set at its cell's left
over figures set at its right (``2019`` ending four characters before ``349``) reads by the
figures of its page's full rows, which widen each column; the first page's header was so
widened, the later page's not, and a row with a blank cell (``30  349  x  6  34  419``) stood
under no column and was refused (``blanks-overflow``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import Phase, given, note, settings
from hypothesis import strategies as st

from generate.choices import DrawChooser
from generate.laid import draw_laid_style, render_laid
from generate.model import Shape, draw_table, random_pool, random_programmes
from generate.render import paragraphs_of_cells, printed_columns
from okot_audit import read_text
from strategies import answers
from test_account31 import first_figure
from test_shapes_forms import assert_exact

FAST = (Phase.explicit, Phase.reuse, Phase.generate)
HEAD = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector\n\n"
        "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.\n")


def _unsaid(text: str, answer, periods: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """(line, figure) of every figure alone on its line that is neither a cell read there nor
    inside an ``unreadable-table`` finding's span: the account of tests/test_account31.py for
    text printed one figure per line."""
    cells = {(c.line, c.count) for t in answer.tables for c in t.cells}
    spans = [(i.line, i.other_line or i.line) for i in answer.issues if i.kind == "unreadable-table"]
    lines = text.split("\n")
    header = set()  # (the header's period labels, each a paragraph: the first lines that print them)
    for label in periods:
        header.add(next(k for k, line in enumerate(lines, start=1) if line.strip() == label and k not in header))
    out = []
    for number, line in enumerate(lines, start=1):
        if number in header or not re.fullmatch(r"\s*\d+\s*", line) or any(a <= number <= b for a, b in spans):
            continue
        # (a row set back from paragraphs of one figure: read at its first figure's line)
        if (number, int(line)) not in cells and (first_figure(lines, number - 1) + 1, int(line)) not in cells:
            out.append((number, int(line)))
    return out


# --- the span of a table printed one figure per line --------------------------------------


#: A table of two years and a total column printed one figure per line, the last row's name and
#: the total's word after the figures but the last (lines 6 to 36 of the text below HEAD).
TRAILING = ("Opleiding\n\n2019\n\n2020\n\nTotaal\n\nKapper\n\n12\n\n14\n\n26\n\nLasser\n\n8\n\n9\n\n17\n\n"
            "20\n\n23\n\nBakker brood\nen banket\nTotaal\n\n43\n")


def test_a_total_figure_after_the_trailing_labels_is_inside_the_span() -> None:
    text = HEAD + TRAILING
    answer = read_text(text, "g.txt")
    assert [(i.kind, i.reason, i.line, i.other_line) for i in answer.issues] == [
        ("unreadable-table", "one-figure-per-line", 6, 36)]
    assert answer.issues[0].numbers == (2019, 2020, 12, 14, 26, 8, 9, 17, 20, 23, 43)
    assert _unsaid(text, answer) == []


def test_a_page_number_after_the_table_stays_outside_its_span() -> None:
    """The other side: a page's number at the foot of the page the table ends on (a page break
    after it) is no figure of the table; nor is a figure alone before the table's first one."""
    furniture = "Bron VDAB\nDienst Statistiek\nCommissie Werk\n\n"
    text = HEAD + "\n7\n\n" + furniture + TRAILING + "\n" + furniture + "2\n\fDe minister antwoordt verder.\n"
    answer = read_text(text, "g.txt")
    assert [(i.reason, i.line, i.other_line) for i in answer.issues] == [("one-figure-per-line", 13, 43)]
    assert answer.issues[0].numbers == (2019, 2020, 12, 14, 26, 8, 9, 17, 20, 23, 43)


def test_a_figure_alone_in_prose_without_a_table_is_no_finding() -> None:
    """A figure alone (a date's day, an amount a paragraph of its own) is no table: said by
    nothing, as before."""
    text = "Vraag over de OKOT-cursisten bij VDAB.\n\nHet aantal bedraagt\n\n12\n\nen is gestegen tegenover vorig jaar\n"
    assert read_text(text, "g.txt").issues == []
    assert read_text(text.replace("12", "1.472"), "g.txt").issues == []


@settings(max_examples=25, deadline=None, phases=FAST)
@given(data=st.data())
def test_every_figure_of_a_table_one_figure_per_line_is_a_cell_or_said(data) -> None:
    """Year tables built from persons (rows by programme name or by code, a total column or none),
    printed as plain ``pdftotext`` prints them (every cell a paragraph), the names of the last
    rows and the total's word after the figures but the last (a tall label cell printed late):
    every figure is a cell or inside a finding's span."""
    chooser = DrawChooser(data.draw)
    rows = data.draw(st.sampled_from(("programme", "code")), label="rows")
    pool = random_programmes(chooser, 8) if rows == "programme" else random_pool(chooser, 8)
    total_column = data.draw(st.booleans(), label="total column")
    table = draw_table(chooser, "started", pool, Shape(rows=rows, total_column=total_column), blank_percent=0)
    late = data.draw(st.integers(2, 3), label="lines whose labels come after the figures")
    text = HEAD + paragraphs_of_cells(table, late=late, width=24)
    note(text)
    answer = read_text(text, "g.txt")
    assert _unsaid(text, answer, tuple(printed_columns(table))) == []


# --- a header printed again on a page of its own grid ------------------------------------


# The property's first failing example before the fix (seed drawn by Hypothesis: three rows a
# page, each period label four characters left of its figures, each later page two characters
# left of the first): on page 5, ``665994 … x  18  x  x  18`` under the header printed again —
# placed against that header's labels alone, ``18`` stood between two columns, and the row was
# said (``ambiguous``) though it reads exactly against its page's columns.
SHIFTED_PAGES = Path(__file__).parent / "data" / "span32_shifted_pages.laid.txt"


def test_rows_of_marks_under_a_header_printed_again_on_a_shifted_page_read_exactly() -> None:
    answer = read_text(SHIFTED_PAGES.read_text(encoding="utf-8"), "g.txt")
    assert answer.issues == []
    assert [(c.period, c.count) for t in answer.tables for c in t.cells if c.line in (97, 100)] == [
        ("2022", 18), ("Totaal", 18), ("2023", 58), ("Totaal", 58)]


@settings(max_examples=15, deadline=None, phases=FAST)
@given(data=st.data(), inset=st.integers(2, 4), shift=st.sampled_from((-2, -1)))
def test_laid_out_pages_on_grids_of_their_own_with_their_header_again_read_back_exactly(data, inset, shift) -> None:
    """Generated answers laid out (:mod:`generate.laid`), a page break every few rows, each later
    page's header printed again and its columns moved (its own grid), every period label set a
    few characters left of its figures: every cell at its line, no issue."""
    case = data.draw(answers(encodings=False, kinds=("code_by_province_marks", "code_by_province_years")), label="case")
    style = draw_laid_style(DrawChooser(data.draw))
    style = replace(style, justify=False, row_gap=True, page_rows=data.draw(st.integers(2, 5), label="rows a page"),
                    repeat_header=True, head_inset=inset, page_shift=shift, gap=max(style.gap, inset + 3))
    laid = render_laid(case.model, case.plan, style)
    note(f"{style}")
    note("\n".join(f"{i:3} |{line}$" for i, line in enumerate(laid.text.split("\n"), 1)))
    answer = read_text(laid.text, "generated.txt")
    assert_exact(answer, case.model, lambda t, c: laid.lines[c.anchor], lambda c: c.line)

