"""Loud readings that could be read (session 32).

- A month's label wrapped in a narrow cell of a PDF's header (``november 2023`` set as
  ``november`` over ``2023``): pdfplumber's text prints the month names on the header's line and
  their years on the line below (``Provincie november`` / ``2023``, ``Provincie november december
  januari`` / ``2023 2023 2024``). One month over its year is one period; months over a line of
  their years (a year for each, in time) are theirs — no longer "no header with periods" (the
  year read as a figure) nor "the same periods printed twice".
"""

from __future__ import annotations

import pytest

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_red27 import asked  # noqa: E402
from test_red30 import Cell, Grid, Spanned, read_bytes, spanned_bytes, write_pdf  # noqa: E402

# ---------------------------------------------------------------------------------------------
# 1. Month labels wrapped in narrow cells.

MONTH_PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen"]


def _months_answer(months: list[str], width: float) -> tuple[Spanned, list[tuple]]:
    """Unique persons who started by province and month, each month's column `width` mm wide
    (narrow enough that ``november 2023`` wraps after its month); one person counted in two
    provinces each month. The answer and its cells (label, period, count) as a reading holds them."""
    periods = [f"{year}-{MONTH_NUMBERS[name]:02d}" for name, year in (m.split() for m in months)]
    counts = {p: [10 + 7 * i + 3 * j for j in range(len(months))] for i, p in enumerate(MONTH_PROVINCES)}
    totals = [sum(counts[p][j] for p in MONTH_PROVINCES) - 1 for j in range(len(months))]
    body = [([Cell(p), *(Cell(str(v)) for v in counts[p])], False) for p in MONTH_PROVINCES]
    body.append(([Cell("Totaal"), *(Cell(str(v)) for v in totals)], True))
    answer = Spanned(
        title="OKOT's - gestarte cursisten per maand",
        before=asked(1013, "4 januari 2024", "Stijn Bex", "Hoeveel werkzoekenden startten een OKOT per maand?",
                     "De tabel geeft per provincie het aantal unieke cursisten dat startte."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) per provincie en maand",
                    [40] + [width] * len(months), [[Cell("Provincie"), *(Cell(m) for m in months)]], body)],
        after=["Bron: VDAB."])
    cells = [(p, period, counts[p][j]) for p in MONTH_PROVINCES for j, period in enumerate(periods)]
    cells += [("Totaal", period, v) for period, v in zip(periods, totals)]
    return answer, sorted(cells)


MONTH_NUMBERS = {"september": 9, "oktober": 10, "november": 11, "december": 12, "januari": 1}


@pytest.mark.parametrize("form", ["pdfplumber", "pdfplumber-layout", "pdf", "pdftotext-layout", "seeds"])
@pytest.mark.parametrize("months", [
    ["november 2023"],  # one month: ``Provincie november`` / ``2023``
    ["november 2023", "december 2023", "januari 2024"],  # across the year: ``2023 2023 2024``
    ["september 2023", "oktober 2023", "november 2023", "december 2023"],  # ``2023 2023 2023 2023``
])
def test_a_month_wrapped_over_its_year_in_a_narrow_cell_is_one_period(months, form):
    answer, cells = _months_answer(months, 22.0)
    pdf = write_pdf(answer)
    read = read_bytes(*spanned_bytes(answer, lambda: pdf, "months", form))
    assert sorted((c.label, c.period, c.count) for t in read.tables for c in t.cells) == cells
    findings = audit(read).findings
    assert [f.rule for f in findings if f.severity != "info"] == []
    assert {(f.rule, f.period, f.difference) for f in findings} == {
        ("parts-exceed-total", period, 1) for _, period, _ in cells}


def test_a_month_name_ending_a_line_over_a_year_of_another_column_is_no_period():
    """The other side, laid out: the year under the header's first column, not under the month
    (a row's figure that looks like a year), is no wrapped label of that month."""
    from okot_audit.parse.regions import _month_over_its_year

    assert _month_over_its_year("Provincie        november", "                    2023") == "Provincie"
    assert _month_over_its_year("Provincie        november", "2023") is None
    assert _month_over_its_year("Provincie november", "2023") == "Provincie"  # (single-spaced: no places)
    assert _month_over_its_year("Provincie oktober november", "2023") is None  # (two months: one year is theirs)
    assert _month_over_its_year("Provincie november", "Antwerpen 2023") is None
