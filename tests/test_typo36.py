"""Session 36, typo36: the findings that say which printed figure is probably wrong
(``error-located``, ``likely-typo``) agree with the totals rules.

1. A total over parts all blank (``Verpleegkunde - - 12`` under ``2020 2021 Totaal``; a ``Totaal``
   column's row figure over categories all blank, ``Man Vrouw Totaal`` with ``- - 12``) is
   ``total-exceeds-parts`` since session 36 (:func:`okot_audit.totals.blank_only_checks`), but the
   locating did not see those checks: it named another line (the ``Totaal`` line, 39 → 27) as the
   only figure whose change makes every total hold, while the blank row's total still failed. The
   locating's constraints are now every total the totals rules check
   (:func:`okot_audit.totals.every_group_check`: the same functions, one source): a total over no
   figure must be 0.
2. A row read under a period with its total left blank in the ``Totaal`` column (``Vroedkunde 100
   - -``) was left out of that column's total: ``total-exceeds-parts 160 vs 60`` where the row's
   figure makes the sums fit. The row's total is unprinted, not 0: a part of the column's total
   known only as its periods allow (from their largest, unique persons, or their sum, to their sum:
   :attr:`okot_audit.tables.Withheld.unprinted`) — a bound, said where the total passes it.
3. A property, constructive: persons → memberships (row, period) → counts → one planted typo (two
   digits swapped) → rendered text: the typo is found at its cell with the printed figure as the
   suggestion, and no total the totals rules hold to fail is left out of the locating's.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generate.extract import available, extract
from generate.pdf import Document, PdfRow, PdfTable, write_pdf
from generate.xlsx import write_xlsx
from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

HEAD = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector\n\n"
        "1. Hieronder vindt u het aantal {what} per opleiding.\n\n")
PERSONS, ENROLMENTS = "gestarte unieke cursisten", "inschrijvingen"


def _answer(table: str, what: str = PERSONS):
    return read_text(HEAD.format(what=what) + table, "g.txt")


def _found(answer, rule: str) -> list:
    return [f for f in audit(answer).findings if f.rule == rule]


def _errors(answer) -> list[tuple]:
    return [(f.line, f.period, f.stated, f.observed) for f in audit(answer).findings
            if f.rule == "total-exceeds-parts" and f.severity == "error"]


def _form(document: Document, form: str):
    pytest.importorskip("fpdf", reason="the PDF forms need fpdf2")
    if form == "pdftotext-layout" and not available(form):
        pytest.skip("pdftotext not installed (poppler-utils)")
    if form == "xlsx":
        return parse_answer(source_from_bytes(write_xlsx(document)[0], "a.xlsx"))
    if form == "pdf":
        return parse_answer(source_from_bytes(write_pdf(document), "a.pdf"))
    return read_text(extract(write_pdf(document), form), "a.txt")


def _document(values, what: str = PERSONS, blank: str = "-") -> Document:
    labels = [*("Verpleegkunde", "Vroedkunde", "Graduaat sec")[:len(values) - 1], "Totaal"]
    rows = [PdfRow(label, list(v), level="total" if label == "Totaal" else "row") for label, v in zip(labels, values)]
    return Document(["Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector",
                     f"1. Hieronder vindt u het aantal {what} per opleiding.",
                     PdfTable("Opleiding", ["2020", "2021", "Totaal"], rows, blank=blank)])


# ---------------------------------------------------------------------------------------------
# 1. The locating sees the totals over blank parts

CATEGORIES = ("Opleiding 2020 2021\nMan Vrouw Totaal Man Vrouw Totaal\nVerpleegkunde - - 12 3 4 7\n"
              "Vroedkunde 13 14 27 5 6 11\nTotaal 13 14 39 8 10 18\n")


def test_a_totaal_columns_figure_over_blank_categories_is_no_longer_left_out_of_the_locating() -> None:
    """``- - 12`` fails (``total-exceeds-parts`` at line 7) and so does the Totaal line's 39 over
    13 + 14: no single figure makes both hold. The locating named 39 → 27 as the only one."""
    answer = _answer(CATEGORIES)
    assert {(f.line, f.period, f.stated) for f in _found(answer, "total-exceeds-parts") if f.severity == "error"} \
        == {(7, "2020", 12), (9, "2020", 39)}
    located = _found(answer, "error-located")
    assert not [f for f in located if f.suggestion is not None]  # (no single figure with a value)
    assert {(f.line, f.stated) for f in located} == {(7, 12), (9, 39)}
    assert all("touches 2 figures" in f.message for f in located)
    assert not _found(answer, "likely-typo")


def test_a_rows_total_over_blank_periods_is_among_the_figures_located() -> None:
    """The Totaal line's 30 over periods 13 + 14 and ``Verpleegkunde - - 12`` both fail: the
    smallest change touches both, never the 30 alone (was: 30 must be from 20 to 27)."""
    answer = _answer("Opleiding 2020 2021 Totaal\nVerpleegkunde - - 12\nVroedkunde 13 14 20\nTotaal 13 14 30\n")
    located = _found(answer, "error-located")
    assert {(f.line, f.period, f.stated) for f in located} == {(6, "Totaal", 12), (8, "Totaal", 30)}
    assert all(f.suggestion is None and "touches 2 figures" in f.message for f in located)


def test_a_total_over_blank_parts_alone_is_located_at_itself_with_0() -> None:
    """Where the blank row's total is the only one that fails, the locating agrees with
    ``total-exceeds-parts``: that figure, which only 0 would make hold (en + nl)."""
    table = "Opleiding 2020 2021 2022\nVerpleegkunde 12 10 -\nVroedkunde 13 14 -\nGraduaat sec 42 40 -\nTotaal 50 52 5\n"
    answer = _answer(table)
    assert _errors(answer) == [(9, "2022", 5, 0)]
    located = _found(answer, "error-located")
    assert [(f.line, f.period, f.stated, f.suggestion) for f in located] == [(9, "2022", 5, 0)]
    nl = [f.message for f in audit(answer, lang="nl").findings if f.rule == "error-located"]
    assert nl and "het moet dan 0 zijn" in nl[0]


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "xlsx"])
def test_a_rows_total_over_blank_periods_is_located_in_a_pdf_its_layout_text_and_an_annex(form: str) -> None:
    answer = _form(_document([(None, None, 12), (13, 14, 20), (13, 14, 30)]), form)
    row = [c for t in answer.tables for c in t.cells if c.label == "Verpleegkunde"]
    assert [(c.period, c.count) for c in row] == [("Totaal", 12)]
    located = _found(answer, "error-located")
    assert {(f.stated, f.period) for f in located} == {(12, "Totaal"), (30, "Totaal")}
    assert not [f for f in located if f.suggestion is not None]


# ---------------------------------------------------------------------------------------------
# 2. A row's total left blank is a bound, not 0

@pytest.mark.parametrize("row", ["Vroedkunde 100 - -", "Vroedkunde 100 -", "Vroedkunde 100"])
def test_a_rows_total_left_blank_is_no_false_error_of_the_column_total(row: str) -> None:
    answer = _answer(f"Opleiding 2020 2021 Totaal\nVerpleegkunde 30 40 60\n{row}\nTotaal 130 40 160\n")
    assert [(c.line, c.period, c.count) for t in answer.tables for c in t.cells if c.line == 7] == [(7, "2020", 100)]
    assert _errors(answer) == []
    assert not _found(answer, "error-located") and not _found(answer, "likely-typo")


def test_a_rows_total_left_blank_over_two_periods_is_a_range_for_unique_persons() -> None:
    """Unique persons: the row's total is from its largest period (100) to their sum (120), so
    the column's 165 holds over 60 and it (160 to 180)."""
    answer = _answer("Opleiding 2020 2021 Totaal\nVerpleegkunde 30 40 60\nVroedkunde 100 20 -\nTotaal 130 60 165\n")
    assert _errors(answer) == []


def test_a_column_total_beyond_the_bound_is_still_said_with_the_blank_total_named() -> None:
    """165 to 180 hold; 185 (below the periods' 190) is said against the rows at their highest."""
    answer = _answer("Opleiding 2020 2021 Totaal\nVerpleegkunde 30 40 60\nVroedkunde 100 20 -\nTotaal 130 60 185\n")
    assert _errors(answer) == [(8, "Totaal", 185, 180)]
    en = [f.message for f in _found(answer, "total-exceeds-parts") if f.line == 8 and f.period == "Totaal"]
    nl = [f.message for f in audit(answer, lang="nl").findings
          if f.rule == "total-exceeds-parts" and f.line == 8 and f.period == "Totaal"]
    assert "(the total left blank of Vroedkunde taken at its highest, 100\u2013120 by its periods)" in en[0]
    assert "(het leeg gelaten totaal van Vroedkunde op zijn hoogst genomen, 100\u2013120 volgens zijn perioden)" in nl[0]


def test_an_additive_rows_total_left_blank_is_the_sum_of_its_periods() -> None:
    """Enrolments add up: the row's total is its periods' sum, exactly (120): 60 + 120 = 180
    holds; 165 is said, at most 15 too few."""
    good = _answer("Opleiding 2020 2021 Totaal\nVerpleegkunde 30 30 60\nVroedkunde 100 20 -\nTotaal 130 50 180\n",
                   ENROLMENTS)
    assert _errors(good) == [] and not [f for f in audit(good).findings
                                        if f.rule == "parts-exceed-total" and f.severity == "error"]
    bad = _answer("Opleiding 2020 2021 Totaal\nVerpleegkunde 30 30 60\nVroedkunde 100 20 -\nTotaal 130 50 170\n",
                  ENROLMENTS)
    said = [f.message for f in audit(bad).findings
            if f.rule == "parts-exceed-total" and f.severity == "error" and "its rows" in f.message]
    assert len(said) == 1 and "rows sum to 180 (the total left blank of Vroedkunde taken at its lowest, 120 by its " \
        "periods)" in said[0]


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "xlsx"])
def test_a_rows_total_left_blank_is_a_bound_in_a_pdf_its_layout_text_and_an_annex(form: str) -> None:
    answer = _form(_document([(30, 40, 60), (100, None, None), (130, 40, 160)]), form)
    row = [(c.period, c.count) for t in answer.tables for c in t.cells if c.label == "Vroedkunde"]
    assert row == [("2020", 100)]
    assert _errors(answer) == []
    wrong = _form(_document([(30, 40, 60), (100, 20, None), (130, 60, 185)]), form)
    assert [(e[1], e[2], e[3]) for e in _errors(wrong)] == [("Totaal", 185, 180)]


# ---------------------------------------------------------------------------------------------
# 3. A planted typo is found where it is, with the printed figure

EXAMPLES: list = []  # (each example that reached the audit: how many the assumptions left)
NAMES = ("Verpleegkunde", "Vroedkunde", "Logistiek assistent", "Kinderzorg", "Bakker")
YEARS = ("2020", "2021", "2022")


def _swaps(value: int) -> list[int]:
    digits = str(value)
    out = []
    for k in range(len(digits) - 1):
        swapped = digits[:k] + digits[k + 1] + digits[k] + digits[k + 2:]
        if swapped[0] != "0" and int(swapped) != value:
            out.append(int(swapped))
    return out


@st.composite
def _planted(draw):
    """Persons, each in some (row, period) slots; the counts they make; one figure typed with two
    digits swapped. Returns (rows, periods, grid, row totals, column totals, grand, where, was)."""
    rows = draw(st.integers(2, 4))
    periods = draw(st.integers(2, 3))
    persons = draw(st.lists(st.frozensets(st.tuples(st.integers(0, rows - 1), st.integers(0, periods - 1)),
                                          min_size=1, max_size=3), min_size=20, max_size=400))
    grid = [[sum((r, p) in s for s in persons) for p in range(periods)] for r in range(rows)]
    row_totals = [sum(any(r == a for a, _ in s) for s in persons) for r in range(rows)]
    column = [sum(any(p == b for _, b in s) for s in persons) for p in range(periods)]
    grand = len(persons)
    # (where: ("cell", r, p) | ("row", r) | ("column", p) | ("grand",))
    places = [("cell", r, p) for r in range(rows) for p in range(periods)] + [("row", r) for r in range(rows)] \
        + [("column", p) for p in range(periods)] + [("grand",)]
    where = draw(st.sampled_from(places))
    return rows, periods, grid, row_totals, column, grand, where


def _render(rows, periods, grid, row_totals, column, grand, unprinted=None) -> str:
    """The table as laid-out text: a count of 0 printed blank (``-``: the programme did not run
    then), and the total of row `unprinted` left blank (``-``) where it prints a figure in some
    period before the last (so that the blank stands under ``Totaal``)."""
    lines = [f"Opleiding {' '.join(YEARS[:periods])} Totaal"]
    for r in range(rows):
        total = "-" if r == unprinted else str(row_totals[r])
        lines.append(f"{NAMES[r]} {' '.join(str(v) if v else '-' for v in grid[r])} {total}")
    lines.append(f"Totaal {' '.join(str(v) for v in column)} {grand}")
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None, derandomize=True)
@given(_planted(), st.data())
def test_a_planted_swap_is_found_at_its_cell_with_the_printed_figure(planted, data) -> None:
    rows, periods, grid, row_totals, column, grand, where = planted
    grid = [list(r) for r in grid]
    row_totals, column = list(row_totals), list(column)
    if where[0] == "cell":
        was = grid[where[1]][where[2]]
    elif where[0] == "row":
        was = row_totals[where[1]]
    elif where[0] == "column":
        was = column[where[1]]
    else:
        was = grand
    swaps = _swaps(was)
    assume(swaps)
    typed = data.draw(st.sampled_from(swaps))
    if where[0] == "cell":
        grid[where[1]][where[2]] = typed
        line, period = 6 + where[1], YEARS[where[2]]
    elif where[0] == "row":
        row_totals[where[1]] = typed
        line, period = 6 + where[1], "Totaal"
    elif where[0] == "column":
        column[where[1]] = typed
        line, period = 6 + rows, YEARS[where[1]]
    else:
        grand = typed
        line, period = 6 + rows, "Totaal"
    # (one row's total left blank, at times: the column's total over it is a bound; never the
    # typo's own row, whose total is the figure typed or a part of it)
    unprinted = data.draw(st.sampled_from([None, *(r for r in range(rows) if where[:2] != ("row", r)
                                                   and not (where[0] == "cell" and where[1] == r))]))
    answer = _answer(_render(rows, periods, grid, row_totals, column, grand, unprinted))
    EXAMPLES.append(unprinted)
    findings = audit(answer).findings
    failing = {(f.line, f.period) for f in findings
               if f.rule in ("total-exceeds-parts", "total-below-largest-part", "parts-exceed-total")
               and f.severity == "error"}
    assume(failing)  # (a typo inside the room a unique-person total leaves breaks nothing)
    suggested = {(f.line, f.period, f.stated, f.suggestion) for f in findings if f.rule == "likely-typo"}
    located = {(f.line, f.period, f.stated) for f in findings if f.rule == "error-located"}
    # found at its cell, with the printed figure among the corrections that fit — or, where other
    # single figures explain the same failures, at least located there
    assert (line, period, typed, was) in suggested or (line, period, typed) in located
    # every total the totals rules say fails is one the locating restores (the same checks)
    restored = {(p[1], None) for f in findings if f.rule in ("likely-typo", "error-located") for p in f.related}
    assert {(ln, None) for ln, _ in failing} <= restored | {(ln, None) for ln, _, _ in located}
