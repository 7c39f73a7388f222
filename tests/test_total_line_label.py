"""A total line's words never end in a count (review tight14).

A total line (``Totaal``, ``Eindtotaal``, ``Totaal unieke cursisten``, ``Subtotaal X``,
``Totaal <province>``, ``Vlaams Gewest`` …) names what it totals; every number after its words is
a figure. Where the spacing left several readings of such a line and its parts fit none (a row
larger than its total, rows not read), the reader took the reading its spacing ranked first: a
wide gap before the first figure ranked the figures one column to the right, so the first
figure became the label's (``Totaal 1.369``) and the others stood under the wrong periods —
wrong cells in ``extract``, beside the errors. Each test failed on the code before this review
(but the guards, marked so)."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - onderwijs\n"
        "1. Het aantal unieke cursisten dat een OKOT startte in de onderwijssector.\n\n")
GAP = " " * 50  # (as wide as a long row label: the total's figures right-aligned under their columns)


def _totals(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level != "row"]


@pytest.mark.parametrize("words", ["Totaal", "Eindtotaal", "Totaal unieke cursisten", "Algemeen totaal"])
def test_the_figures_after_a_total_lines_words_are_its_cells_where_no_row_fits_it(words):
    """The 908001 row (118) exceeds the total's 100: no reading of the total line fits its rows.
    Before: the label ``Totaal 100``, 170 under 2020 and 220 under 2021."""
    text = HEAD + ("Opleiding 2020 2021 2022\n"
                   "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 118 120 131\n"
                   "908017: Educatieve graduaatsopleiding 90  95\n"
                   f"{words}{GAP}100 170 220\n")
    answer = read_text(text, "a.txt")
    assert _totals(answer) == [("total", words, p, v) for p, v in zip(["2020", "2021", "2022"], [100, 170, 220])]
    assert "total-below-largest-part" in {f.rule for f in audit(answer).findings}


def test_a_region_total_of_provinces_keeps_its_figures():
    """``Vlaams Gewest`` closing a table of provinces (the seeds' spacing: ``90  95``, 2021 blank)."""
    text = HEAD + ("Provincie 2020 2021 2022\nAntwerpen 118 120 131\nLimburg 90  95\n"
                   f"Vlaams Gewest{GAP}100 170 220\n")
    answer = read_text(text, "a.txt")
    assert _totals(answer) == [("total", "Vlaams Gewest", p, v) for p, v in zip(["2020", "2021", "2022"], [100, 170, 220])]


def test_a_blocks_closing_line_keeps_its_figures():
    """``Totaal Antwerpen`` closing a province block, then the ``Eindtotaal``: both with a wide gap."""
    text = HEAD + ("Provincie Opleiding 2020 2021 2022\n"
                   "Antwerpen\n"
                   "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 118 120 131\n"
                   "908017: Educatieve graduaatsopleiding 90  95\n"
                   f"Totaal Antwerpen{GAP}100 170 220\n"
                   "Limburg\n"
                   "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 40 41 42\n"
                   f"Totaal Limburg{GAP}40 41 42\n"
                   f"Eindtotaal{GAP}139 210 261\n")
    answer = read_text(text, "a.txt")
    years = ["2020", "2021", "2022"]
    assert _totals(answer) == (
        [("subtotal", "Totaal Antwerpen", p, v) for p, v in zip(years, [100, 170, 220])]
        + [("subtotal", "Totaal Limburg", p, v) for p, v in zip(years, [40, 41, 42])]
        + [("total", "Eindtotaal", p, v) for p, v in zip(years, [139, 210, 261])]
    )


def test_guard_a_total_line_whose_rows_fit_reads_as_before():
    """Guard: the rows fit the total, which their sums choose (held before)."""
    text = HEAD + ("Opleiding 2020 2021 2022\n"
                   "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 118 120 131\n"
                   "908017: Educatieve graduaatsopleiding 90  95\n"
                   f"Totaal{GAP}205 120 220\n")
    answer = read_text(text, "a.txt")
    assert _totals(answer) == [("total", "Totaal", p, v) for p, v in zip(["2020", "2021", "2022"], [205, 120, 220])]


def test_guard_a_number_the_total_lines_words_show_to_be_their_own_stays_in_its_label():
    """Guard: ``Totaal module 5`` — a number after ``module`` is the label's own (held before)."""
    text = HEAD + ("Opleiding 2020 2021\n"
                   "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 20 30\n"
                   "908017: Educatieve graduaatsopleiding 10  \n"
                   f"Totaal module 5{GAP}12 14\n")
    answer = read_text(text, "a.txt")
    assert _totals(answer) == [("total", "Totaal module 5", "2020", 12), ("total", "Totaal module 5", "2021", 14)]
