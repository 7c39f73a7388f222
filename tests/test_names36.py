"""Session 36 (names36): school years over a line of column names, two measures under each.

The shape: a header of school years ``2018-2019*  2019-2020*`` over a line of column names
``geslaagd  gestopt  geslaagd  gestopt`` (two measures under each period: four columns), the rows
printing four figures each. Reported as a silent loss (one figure per period read, the names
dropped). On the main this session branched from it reads right in every form tried — laid out as
``pdftotext -layout`` prints it (periods centred, left or right over their pair, the names and the
figures set right, left or centred in their columns, the rows' name on the names' line or none),
single-spaced (``Opleiding`` before the periods, before the names or on a line of its own), a PDF
made with fpdf2 (read as a PDF, and its ``pdftotext -layout`` text) — so these tests pin that
reading: one table per measure, four cells a row, each under its period and name.

What did not read: the same PDF's ``pdftotext -layout`` text, which sets the header's lines and the
rows a blank line apart. The names' line was taken for the whole header, the periods a blank line
above it left out: every row said (more-figures-than-periods, under one period), the table unread
— loud, not silent, but wrong. Now a line of names under each period a blank line below its periods
is the header's second line (``regions._periods_over_blank``), for coded and uncoded rows.

Where the names are printed once only (``geslaagd  gestopt`` under the first period) over rows of
four figures, the column a figure stands in is not the header's to say: the table is said
(unreadable-table), never one figure per period read silently.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okot_audit import read_text

from test_red30 import read_bytes

_MEASURE = {"geslaagd": "graduated", "gestopt": "stopped_or_failed"}
_INTRO = "Vraag nr. 123\nvan 12 maart 2021\n\nAntwoord\n\nTabel 1: uitstroom OKOT per schooljaar\n\n"
_NOTE = "\n\n* voorlopige cijfers\n"
_ROWS = ("900613: Professionele bachelor", "900614: Lasser", "Totaal")
_PLAIN = ("Lasser", "Verzorgende", "Totaal")
_PERIODS = ("2018-2019*", "2019-2020*")
_NAMES = ("geslaagd", "gestopt")


def _counts(parts: list[list[int]]) -> list[list[int]]:
    """The rows' counts: `parts` and their total row (additive, as a unique total may be)."""
    return [*parts, [sum(col) for col in zip(*parts)]]


def _expected(rows, periods, names, counts) -> set[tuple]:
    return {
        (_MEASURE[names[j % len(names)].lower()], row.split(": ", 1)[-1], periods[j // len(names)].rstrip("*"), value)
        for row, values in zip(rows, counts) for j, value in enumerate(values)
    }


def _read(answer) -> set[tuple]:
    return {(t.measure, c.label, c.period, c.count) for t in answer.tables for c in t.cells}


def _laid(counts, periods=_PERIODS, names=_NAMES, *, width: int = 11, label: int = 34, head: str = "Opleiding",
          period_at: str = "c", name_at: str = "r", figure_at: str = "r", rows=_ROWS, apart: bool = False) -> str:
    """The table as ``pdftotext -layout`` prints it: each period over its run of `names`; `apart`:
    each line of the header and each row a blank line apart, as it prints a PDF's ruled rows."""
    def cell(text: str, at: str, w: int) -> str:
        return text.rjust(w) if at == "r" else text.ljust(w) if at == "l" else text.center(w)
    top = " " * label + "".join(cell(p, period_at, width * len(names)) for p in periods)
    below = head.ljust(label) + "".join(cell(n, name_at, width) for n in names * len(periods))
    body = [row.ljust(label) + "".join(cell(str(v), figure_at, width) for v in values)
            for row, values in zip(rows, counts)]
    return _INTRO + ("\n\n" if apart else "\n").join([top.rstrip(), below.rstrip(), *(b.rstrip() for b in body)]) + _NOTE


def _single(counts, periods=_PERIODS, names=_NAMES, *, head: str = "periods") -> str:
    """The table single-spaced: the rows' name (``Opleiding``) before the periods, before the
    names, or on a line of its own between them."""
    top, below = " ".join(periods), " ".join(names * len(periods))
    lines = {"periods": [f"Opleiding {top}", below], "names": [top, f"Opleiding {below}"],
             "own": [top, "Opleiding", below]}[head]
    body = [f"{row} " + " ".join(map(str, values)) for row, values in zip(_ROWS, counts)]
    return _INTRO + "\n".join([*lines, *body]) + _NOTE


def _pdf(counts, periods=_PERIODS, names=_NAMES) -> bytes:
    """The table in a PDF (fpdf2): a ruled header row of periods, each cell over its names'."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=9)
    pdf.multi_cell(0, 6, _INTRO.strip())
    pdf.ln(2)
    label, width = 62, 24
    pdf.cell(label, 7, "", border=1)
    for period in periods:
        pdf.cell(width * len(names), 7, period, border=1, align="C")
    pdf.ln(7)
    pdf.cell(label, 7, "Opleiding", border=1)
    for name in names * len(periods):
        pdf.cell(width, 7, name, border=1, align="C")
    pdf.ln(7)
    for row, values in zip(_ROWS, counts):
        pdf.cell(label, 7, row, border=1)
        for value in values:
            pdf.cell(width, 7, str(value), border=1, align="R")
        pdf.ln(7)
    pdf.ln(3)
    pdf.multi_cell(0, 6, _NOTE.strip())
    return bytes(pdf.output())


_COUNTS = _counts([[12, 3, 15, 4], [20, 5, 22, 6]])


# The PDF's ``pdftotext -layout`` text prints the header's lines and the rows a blank line apart:
# the names' line was taken for the whole header (the periods a blank line above it no line of the
# header), so the rows read under no period list — said as more-figures-than-periods under one
# period (``2019-2020``), the table unread. The model: a line of names under each period, a blank
# line below its periods, is the header's second line, as it is right below them.
@pytest.mark.parametrize("coded", [True, False])
@pytest.mark.parametrize("head", ["Opleiding", ""])
def test_periods_a_blank_line_above_the_names_under_each_are_the_headers(coded: bool, head: str) -> None:
    rows = _ROWS if coded else _PLAIN
    answer = read_text(_laid(_COUNTS, rows=rows, head=head, apart=True, width=13, period_at="l", name_at="c",
                             figure_at="r"), "a.txt")
    assert answer.issues == []
    assert _read(answer) == _expected(rows, _PERIODS, _NAMES, _COUNTS)


@pytest.mark.parametrize("form", ["laid", "single-periods", "single-names", "single-own", "pdf", "pdftotext-layout"])
def test_two_measures_under_each_school_year_read_as_four_columns(form: str) -> None:
    if form == "laid":
        answer = read_text(_laid(_COUNTS), "a.txt")
    elif form.startswith("single"):
        answer = read_text(_single(_COUNTS, head=form.split("-", 1)[1]), "a.txt")
    else:
        pytest.importorskip("fpdf")
        data = _pdf(_COUNTS)
        if form == "pdf":
            answer = read_bytes(data, "a.pdf")
        else:
            from generate.extract import available, extract

            if not available(form):
                pytest.skip(f"{form} is not installed")
            answer = read_text(extract(data, form), "a.txt")
    assert answer.issues == []
    assert [t.measure for t in answer.tables] == ["graduated", "stopped_or_failed"]
    assert _read(answer) == _expected(_ROWS, _PERIODS, _NAMES, _COUNTS)
    assert sum(len(t.cells) for t in answer.tables) == 12  # four columns a row, never one per period


@given(
    parts=st.lists(st.lists(st.integers(1, 999), min_size=6, max_size=6), min_size=2, max_size=2),
    three=st.booleans(),
    period_at=st.sampled_from("lcr"),
    name_at=st.sampled_from("lcr"),
    figure_at=st.sampled_from("lcr"),
    width=st.integers(10, 14),
    head=st.sampled_from(["Opleiding", ""]),
    capital=st.booleans(),
    apart=st.booleans(),
    coded=st.booleans(),
)
def test_measures_under_each_period_laid_out_read_exactly(parts, three, period_at, name_at, figure_at, width, head,
                                                          capital, apart, coded) -> None:
    """Any laid-out print of the shape reads every figure under its period and name (the figures
    at least one column's width apart: each stands in its own column), the header's lines and the
    rows next to each other or a blank line apart, the rows coded or not."""
    rows = _ROWS if coded else _PLAIN
    periods = (*_PERIODS, "2020-2021*") if three else _PERIODS
    names = tuple(n.capitalize() for n in _NAMES) if capital else _NAMES
    counts = _counts([p[: len(periods) * 2] for p in parts])
    answer = read_text(_laid(counts, periods, names, width=width, head=head, period_at=period_at, name_at=name_at,
                             figure_at=figure_at, rows=rows, apart=apart), "a.txt")
    assert answer.issues == []
    assert _read(answer) == _expected(rows, periods, names, counts)


@pytest.mark.parametrize("form", ["laid", "single"])
def test_names_printed_once_over_four_figures_a_row_are_said_not_one_figure_per_period(form: str) -> None:
    """``geslaagd  gestopt`` printed once, under the first period, over rows of four figures: which
    name and period a figure is under is not the header's to say — said, every figure, no cell read."""
    if form == "laid":
        text = _INTRO + (
            "                         2018-2019*  2019-2020*\n"
            "                         geslaagd  gestopt\n"
            + "\n".join(f"{row.split(': ', 1)[-1]:<24}" + "".join(f"{v:>10}" for v in values)
                        for row, values in zip(_ROWS, _COUNTS))
        ) + _NOTE
    else:
        text = _INTRO + "2018-2019*  2019-2020*\ngeslaagd  gestopt\n" + "\n".join(
            f"{row} " + " ".join(map(str, values)) for row, values in zip(_ROWS, _COUNTS)) + _NOTE
    answer = read_text(text, "a.txt")
    assert not any(t.cells for t in answer.tables)
    said = [n for issue in answer.issues if issue.unread for n in issue.numbers]
    assert sorted(said) == sorted(v for values in _COUNTS for v in values)
