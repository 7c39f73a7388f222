"""A later page of ``pdftotext -layout`` text, laid out on a grid of its own, is placed under the
table's columns by the reader (read/pdf.py ``_page_columns``) from what the page itself shows: its
own header's labels where its figures stand under them by one alignment, the table's columns when
the page's columns are as many and in order (a row of its — its total — filling every one the header
names), the totals when one placement alone fits them; else each row is said (``page-columns``),
never placed silently."""

from __future__ import annotations

from hypothesis import given, strategies as st
import pytest

from okot_audit import read_text
from test_pages27 import EMPTY_BLANKS
from test_wrapped27 import FIRST, YEARS, paged_text


# -- a later page whose total fills every column the header names, the first page's rows one short


@st.composite
def total_fills_the_later_page(draw):
    """Two pages of coded rows under five years, no header on the second: persons (in groups of
    one to a few hundred alike) each in one row or two of a year, so a row counts its persons and
    the ``Totaal`` the year's persons once each. The first page's rows count nobody in one year
    (`blank`: their column is blank on that page) and somebody in every other; every year counts
    somebody, so the second page's ``Totaal`` fills all five columns; every row somebody."""
    first_rows = draw(st.integers(2, 4))
    later_rows = draw(st.integers(1, 3))
    rows = first_rows + later_rows
    blank = draw(st.integers(0, len(YEARS) - 1))
    counts = [[0] * len(YEARS) for _ in range(rows)]
    totals = []
    for year in range(len(YEARS)):
        allowed = list(range(first_rows, rows)) if year == blank else list(range(rows))
        groups = draw(st.lists(st.tuples(st.integers(1, 300), st.sets(st.sampled_from(allowed), min_size=1, max_size=2)),
                               min_size=1, max_size=4))
        if year != blank and not any(r < first_rows for _, members in groups for r in members):
            groups.append((draw(st.integers(1, 300)), {draw(st.integers(0, first_rows - 1))}))
        for size, members in groups:
            for r in members:
                counts[r][year] += size
        totals.append(sum(size for size, _ in groups))
    for r in range(rows):  # every row counts somebody (a row of no figures is another matter)
        if not any(counts[r]):
            year = draw(st.sampled_from([y for y in range(len(YEARS)) if r >= first_rows or y != blank]))
            size = draw(st.integers(1, 300))
            counts[r][year] += size
            totals[year] += size
    codes = draw(st.lists(st.integers(100000, 999999), min_size=rows, max_size=rows, unique=True))
    names = [draw(st.sampled_from(FIRST)) for _ in range(rows)]
    table = [(str(code), name, [c or None for c in row]) for code, name, row in zip(codes, names, counts)]
    return table[:first_rows], table[first_rows:], totals


def total_paged_text(first, later, totals, at: int, width: int) -> str:
    """The table over two pages, its header on the first only, right-aligned over its figures 8
    characters apart; the second page on a grid of its own (its figures `width` apart, the first
    ending `at` + `width`), its ``Totaal`` last. Blank cells left empty."""
    out = ["OKOT's in de zorgsector - gestarte cursisten 2020-2024", "Antwoord", ""]
    head = "Opleiding".ljust(36)
    for k, year in enumerate(YEARS):
        head = head.ljust(36 + 8 * (k + 1) - 4) + year
    out.extend([head, ""])

    def line(label: str, start: int, pitch: int, values) -> str:
        text = label.ljust(start)
        for k, value in enumerate(values):
            if value is not None:
                text = text.ljust(start + pitch * (k + 1) - len(str(value))) + str(value)
        return text

    for code, name, counts in first:
        out.extend([line(f"{code}: {name}", 36, 8, counts), ""])
    out.extend(["", " " * 40 + "Pagina 1 van 2", "\f" + " " * 3])
    for code, name, counts in later:
        out.extend([line(f"{code}: {name}", at, width, counts), ""])
    out.extend([line("Totaal", at, width, totals), ""])
    return "\n".join([*out, "Bron: VDAB", ""])


@given(total_fills_the_later_page(), st.integers(24, 40), st.integers(6, 11))
def test_a_later_page_whose_total_fills_every_column_reads_in_its_years(table, at, width):
    """Before: where the second page's rows left its first year blank, the ``Totaal``'s figure
    alone in that column was taken for a label's number, and every row of the page was said
    (``page-columns``) though the total places them."""
    first, later, totals = table
    answer = read_text(total_paged_text(first, later, totals, at, width), "t.txt")
    assert answer.issues == []
    cells = sorted((c.code, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row")
    assert cells == sorted((code, year, value) for code, _, counts in first + later
                           for year, value in zip(YEARS, counts) if value is not None)
    assert sorted((c.period, c.count) for t in answer.tables for c in t.cells if c.level == "total") == sorted(
        zip(YEARS, totals))


#: Found by the property above (before: the page's rows said ``ambiguous``/``page-columns``, unread):
#: the second page's rows leave 2020 blank, the total's figure alone there.
TOTAL_ALONE = ([("100003", "Bachelor", [1, None, 1, None, None]), ("100002", "Bachelor", [None, None, 1, 1, 1])],
               [("100001", "Bachelor", [None, 1, None, 1, 1]), ("100000", "Bachelor", [None, 1, None, None, None])],
               [1, 1, 1, 1, 1])


def test_the_totals_figure_alone_in_a_later_pages_column_is_no_labels_number():
    answer = read_text(total_paged_text(*TOTAL_ALONE, 31, 8), "t.txt")
    assert answer.issues == []
    cells = {(c.code, c.period): c.count for t in answer.tables for c in t.cells}
    assert [cells.get(("100001", year)) for year in YEARS] == [None, 1, None, 1, 1]
    assert [cells.get(("100000", year)) for year in YEARS] == [None, 1, None, None, None]
    assert [cells.get((None, year)) for year in YEARS] == [1, 1, 1, 1, 1]


# -- a later page that repeats its header, its figures under its labels by no one alignment


@pytest.mark.parametrize("width, pitch", [(9, 12), (6, 12), (7, 8), (8, 6)])
def test_a_repeated_header_is_never_said_as_a_row_of_its_page(width, pitch):
    """The page repeats the header `pitch` characters apart over figures `width` apart, by no one
    alignment: each of its rows is said (page-columns), the header printed again is no row and holds
    no figures to say (before: ``Opleiding`` said with the numbers 2020 … 2024, or — 9 under 12 —
    the figures read under the labels they touch, a column off, silently)."""
    answer = read_text(paged_text(EMPTY_BLANKS, 0, width, pitch, ""), "p.txt")
    said = sorted((i.label, i.numbers) for i in answer.issues if i.reason == "page-columns")
    assert said == [("951779: Opvoeder", (76, 956)), ("999751: Graduaat", (987,))]
    assert {c.code for t in answer.tables for c in t.cells} & {"951779", "999751"} == set()
