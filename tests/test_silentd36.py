"""Session 36 (silentd36): a coded row's name broken right after a number of its own.

1. The seeds' form (seed 6113): ``767163: … - module  5`` / ``Tweedekansonderwijs 30 52`` — the 5
   ending the code's line may be the name's own (one row, its name wrapped, its figures on the line
   below) or a count (the line below a row of its own whose code was lost). On main the second
   reading was taken silently wherever the totals fit it. Now both readings are offered
   (:func:`okot_audit.parse._name_number_over`): the totals choose; where they fit both, the coded
   row is said once (``ambiguous-alignment``, ``name-or-row``, its number as `other`), never two
   rows read.
2. The range33 form (seed 6114): ``111111: Educatieve 1`` / ``- 2 Educatieve - 1`` — the line below
   ends in as many figures and blank marks as there are periods: the row's figures, the 1 on the
   code's line the name's own. On main the 1 on the code's line was read as the count and the rest
   below as the name (``Educatieve - 2 Educatieve - 1``), the cell on the code's line. Now that
   reading is weighed against the one with the figures below (:func:`_figures_below_name_number`):
   where both place the same figures the row is said with its two names; else the totals choose.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import audit, read_text


def _cells(answer, lines=None) -> list[tuple]:
    return [(c.line, c.code, c.label, c.period, c.count) for t in answer.tables for c in t.cells
            if lines is None or c.line in lines]


def _said(answer) -> list[tuple]:
    return [(i.kind, i.reason, i.line, i.numbers) for i in answer.issues]


# -- 1. ``CODE: … module K`` / ``Words A B``: the name's number or a count -------------------------

def _wrapped(number: int, figures: tuple[int, int], other: tuple[int, int], totals: tuple[int, int],
             space: str = " ") -> str:
    return ("Vraag 1 van 3 maart 2023\n\nOpleiding 2020 2021\n"
            f"767163: opvoeder bachelor met individueel traject - module{space}{number}\n"
            f"Tweedekansonderwijs {figures[0]} {figures[1]}\n"
            f"912348: Specifieke bijkomende lager lerarenopleiding {other[0]} {other[1]}\n"
            f"Totaal {totals[0]} {totals[1]}\n")


@pytest.mark.parametrize("number", [5, 12, 1])
def test_a_name_number_before_a_codeless_line_that_both_readings_fit_is_said_once(number):
    """On main: the coded row read counting `number`, the line below a row of its own — silent."""
    text = _wrapped(number, (30, 52), (10, 20), (40, 72), "  ")
    answer = read_text(text, "g.txt")
    assert _said(answer) == [("ambiguous-alignment", "name-or-row", 4, (number, 30, 52))]
    issue = answer.issues[0]
    assert (issue.code, issue.other, issue.other_line, issue.text) == (
        "767163", str(number), 5, "Tweedekansonderwijs 30 52")
    assert _cells(answer, (4, 5)) == []
    found = [f for f in audit(answer).findings if f.rule == "ambiguous-alignment"]
    assert len(found) == 1 and found[0].line == 4
    assert f"the {number} that ends its line may be its name's own number" in found[0].message
    assert "'Tweedekansonderwijs 30 52' below it (line 5)" in found[0].message


def test_additive_totals_that_fit_the_name_number_only_read_one_row_on_its_figures_line():
    """Enrolments (additive): the 5 a count would make 2021's parts 5, 2 and 1 — not its total 3:
    one row, its cells on the line its figures are printed on."""
    text = _wrapped(5, (1, 2), (1, 1), (2, 3), "  ").replace("Opleiding 2020 2021", "Aantal inschrijvingen 2020 2021")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert _cells(answer, (4, 5)) == [
        (5, "767163", "opvoeder bachelor met individueel traject - module 5 Tweedekansonderwijs", "2020", 1),
        (5, "767163", "opvoeder bachelor met individueel traject - module 5 Tweedekansonderwijs", "2021", 2)]


def test_unique_totals_that_the_name_number_fits_only_as_bounds_say_the_row():
    """Unique persons: the same figures, but the bounds ``max(parts) <= total <= sum(parts)`` hold
    too where the line below is read both as the row's figures and as a row of its own (its
    figures counted twice): nothing settles it, the row is said."""
    answer = read_text(_wrapped(5, (1, 2), (1, 1), (2, 3), "  "), "g.txt")
    assert _said(answer) == [("ambiguous-alignment", "name-or-row", 4, (5, 1, 2))]
    assert _cells(answer, (4, 5)) == []


def test_one_space_before_the_name_number_joins_the_lines_into_one_row_as_on_main():
    """One space only before the number (``… module 5``): the lines are one row's before any
    reading (the number a label's, :func:`okot_audit.parse.regions`), as on main — where the 5
    is a count after all, the totals then say so (their check fails, loud)."""
    answer = read_text(_wrapped(5, (30, 52), (10, 20), (40, 72)), "g.txt")
    assert answer.issues == []
    assert [c[0] for c in _cells(answer, (4, 5))] == [5, 5]
    assert {c[2] for c in _cells(answer, (4, 5))} == {
        "opvoeder bachelor met individueel traject - module 5 Tweedekansonderwijs"}


def test_the_totals_that_fit_the_count_only_read_two_rows_as_before():
    """The 5 a count is what 2021's total 8 holds (5 + 2 + 1): the row counts 5, the line below is a
    row of its own, warned as having no code — as on main."""
    answer = read_text(_wrapped(5, (1, 2), (1, 1), (2, 8), "  "), "g.txt")
    assert answer.issues == []
    assert _cells(answer, (4, 5)) == [
        (4, "767163", "opvoeder bachelor met individueel traject - module", "2021", 5),
        (5, None, "Tweedekansonderwijs", "2020", 1), (5, None, "Tweedekansonderwijs", "2021", 2)]
    assert any(f.rule == "code-unknown" and f.line == 5 for f in audit(answer).findings)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(number=st.integers(1, 20), a=st.integers(1, 400), b=st.integers(1, 400),
       c=st.integers(1, 400), d=st.integers(1, 400), space=st.sampled_from(["  ", "   "]))
def test_a_wrapped_name_ending_in_its_number_is_read_as_printed_or_said(number, a, b, c, d, space):
    """Constructive: one row whose name ends ``… module K`` on its code's line and goes on below
    with its figures, totals the sums of the rows (unique persons, none in two rows): the row is
    read as printed — one row, K in its name — or said; never K read as a count in silence."""
    answer = read_text(_wrapped(number, (a, b), (c, d), (a + c, b + d), space), "g.txt")
    mine = [cell for cell in _cells(answer, (4, 5))]
    said = [i for i in answer.issues if i.line in (4, 5)]
    name = "opvoeder bachelor met individueel traject - module"
    assert (mine == [(5, "767163", f"{name} {number} Tweedekansonderwijs", "2020", a),
                     (5, "767163", f"{name} {number} Tweedekansonderwijs", "2021", b)]) or (said and mine == [])


# -- 2. ``CODE: Name K`` / ``words … - V``: the figures on the line below ---------------------------

def _broken(number: int, below: str, other: tuple[int, int], totals: tuple[int, int]) -> str:
    return ("Vraag 1 van 3 maart 2023\n\nOpleiding 2019 2020\n"
            f"111111: Educatieve {number}\n- 2 Educatieve {below}\n"
            f"222222: Logistiek verkort {other[0]} {other[1]}\nTotaal {totals[0]} {totals[1]}\n")


@pytest.mark.parametrize("number, below, other, totals", [
    (1, "- 1", (1, 1), (1, 2)),  # (seed 6114's)
    (7, "- 7", (4, 5), (4, 12)),
])
def test_a_name_broken_after_its_number_with_the_same_figures_either_way_is_said_with_both_names(
        number, below, other, totals):
    """On main: read with the code's line's number as the count, the line below its name — the
    cell on the wrong line, the name wrong, silent. Both readings place the same figures: said."""
    answer = read_text(_broken(number, below, other, totals), "g.txt")
    assert [(kind, reason, line) for kind, reason, line, _ in _said(answer)] == [("ambiguous-alignment", "ambiguous", 4)]
    issue = answer.issues[0]
    assert {issue.text, issue.other} == {f"Educatieve {number} - 2 Educatieve",
                                         f"Educatieve - 2 Educatieve {below}"}
    assert [c for c in _cells(answer) if c[1] == "111111"] == []


@pytest.mark.parametrize("number, below, totals, period, count", [
    (3, "- 7", (4, 12), "2020", 7),
    (2, "x 9", (4, 14), "2020", 9),
    (3, "9 -", (13, 5), "2019", 9),
    (2, "x 2", (4, 7), "2020", 2),  # (the same figures either way, but no name holds the mark ``x``)
])
def test_a_name_broken_after_its_number_whose_figures_below_the_totals_choose_is_read_on_their_line(
        number, below, totals, period, count):
    """The line below's figures are what the totals hold; the number on the code's line fits them
    nowhere (or a blank mark ``x`` would end the name): read with the figures where they are printed, that number the name's."""
    answer = read_text(_broken(number, below, (4, 5), totals), "g.txt")
    assert answer.issues == []
    assert [c for c in _cells(answer) if c[1] == "111111"] == [
        (5, "111111", f"Educatieve {number} - 2 Educatieve", period, count)]


@settings(max_examples=80, deadline=None, derandomize=True)
@given(number=st.integers(1, 20), value=st.integers(1, 300), first=st.booleans(), mark=st.sampled_from(["-", "x"]),
       c=st.integers(1, 300), d=st.integers(1, 300))
def test_a_name_broken_after_its_number_is_read_as_printed_or_said(number, value, first, mark, c, d):
    """Constructive: the row's name ``Educatieve K - 2 Educatieve`` broken after K, its figure and
    its blank's mark at the end of the line below, totals the sums of the rows: read as printed —
    on the line below, K in its name — or said; never K read as a count, nor the name wrong, silent."""
    below = f"{value} {mark}" if first else f"{mark} {value}"
    truth = (value, None) if first else (None, value)
    totals = (c + (truth[0] or 0), d + (truth[1] or 0))
    answer = read_text(_broken(number, below, (c, d), totals), "g.txt")
    mine = [cell for cell in _cells(answer) if cell[1] == "111111"]
    said = [i for i in answer.issues if i.line in (4, 5)]
    assert mine == [(5, "111111", f"Educatieve {number} - 2 Educatieve", "2019" if first else "2020", value)] or (
        said and mine == [])


# -- 3. the same rows in a PDF (fpdf2) and its ``pdftotext -layout`` text ---------------------------

def _pdf(number: int, figures: tuple[int, int], other: tuple[int, int], totals: tuple[int, int]) -> bytes:
    """The table of :func:`_wrapped` on a PDF page: the wrapped row's name over two lines, `number`
    ending its first, its figures right-aligned under the periods beside its second."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 20.0
    for line in ["Vraag 1 van 3 maart 2023", "", "Unieke cursisten met gestarte OKOT'(s).", ""]:
        pdf.text(15, y, line)
        y += 7

    def line(label: str, cells=()) -> None:
        nonlocal y
        pdf.text(15, y, label)
        for k, cell in enumerate(cells):
            pdf.text(150 + 20 * k - pdf.get_string_width(str(cell)), y, str(cell))
        y += 6

    line("Opleiding", ("2020", "2021"))
    line(f"767163: opvoeder bachelor met individueel traject - module {number}")
    line("Tweedekansonderwijs", figures)
    line("912348: Specifieke bijkomende lager lerarenopleiding", other)
    line("Totaal", totals)
    return bytes(pdf.output())


@pytest.mark.parametrize("totals", [(40, 72), (40, 77)])
@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdftotext"])
@pytest.mark.parametrize("number", [5, 12])
def test_a_pdfs_name_number_before_a_line_of_figures_is_read_as_printed_or_said(form, number, totals):
    """Where the figures stand on the page, the number ending the code's line stands left of every
    column: the name's own. Read as one row (its total 77 then said not to fit), or said — never
    the number read as a count in silence. (A guard: the same on main, where positions place the
    figures; plain ``pdftotext`` prints the cells out of order and the table is said.)"""
    pytest.importorskip("fpdf")
    from generate.extract import available, extract
    from test_red30 import read_bytes

    data = _pdf(number, (30, 52), (10, 20), totals)
    if form == "pdf":
        answer = read_bytes(data, "a.pdf")
    else:
        if not available(form):
            pytest.skip(f"{form} is not installed")
        answer = read_text(extract(data, form), "a.txt")
    mine = [(c.code, c.label, c.period, c.count) for t in answer.tables for c in t.cells
            if c.code == "767163" or (c.code is None and "Tweedekans" in (c.label or ""))]
    name = f"opvoeder bachelor met individueel traject - module {number} Tweedekansonderwijs"
    assert mine == [("767163", name, "2020", 30), ("767163", name, "2021", 52)] or (
        mine == [] and answer.issues)
