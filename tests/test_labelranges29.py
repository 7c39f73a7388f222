"""A label's own number or range wherever it stands on the label's lines (session 29, label29b):
alone below a line that ends in the word that numbers it, before the block's province cell below
the row's count, or first on the label's line below the row's figures. A figure is a count only
where it stands in the row's figures' place; where two readings fit the totals, the row is said."""

from __future__ import annotations

import pytest

from okot_audit import read_text
from okot_audit.parse.blanks import mark_blanks
from test_prop28 import PROVINCE_BEFORE_A_RANGE_BELOW_THE_COUNT


def _read(text: str) -> tuple[list, dict[tuple, tuple]]:
    """The issues of `text` read, and its rows' cells: (code, province, period) → (label, count)."""
    answer = read_text(text, "generated.txt")
    return answer.issues, {
        (c.code, c.province, c.period): (c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"}


#: A label's last word that numbers what follows (``module``), its digit alone on the next line
#: (``1``), the label's last word and the row's count below it (``jeugd- 78``).
A_DIGIT_ALONE_BELOW_ITS_WORD = """\
Unieke cursisten met gestarte OKOT'(s) 2019
014340: graduaatsopleiding apotheekassistent 17
266309: Educatieve knelpuntvakken module
1
jeugd- 78
664690: onderwijs 67
Totaal {total}
"""


def test_a_digit_alone_below_the_word_that_numbers_it_leaves_the_count_to_the_totals():
    """The ``1`` may be ``module 1`` or the count, ``jeugd- 78`` the label's end with its count:
    the unique-person total 162 fits 78 only (before label29b: 1 read as the count and 78 folded
    into the label silently, the total then above the rows' sum 85 — a false error)."""
    issues, rows = _read(A_DIGIT_ALONE_BELOW_ITS_WORD.format(total=162))
    assert issues == []
    assert rows["266309", None, "2019"] == ("Educatieve knelpuntvakken module 1 jeugd-", 78)


def test_a_digit_alone_below_the_word_that_numbers_it_is_said_where_the_totals_fit_both():
    """Total 84 fits 1 (17 + 1 + 67 = 85) as well as 78 (17 + 78 + 67 = 162): the row is said,
    at the line of its figures, never read one way silently (before label29b: 1, the label
    ending in ``jeugd- 78``)."""
    issues, rows = _read(A_DIGIT_ALONE_BELOW_ITS_WORD.format(total=84))
    assert [(i.kind, i.reason, i.line) for i in issues] == [("ambiguous-alignment", "ambiguous", 5)]
    assert ("266309", None, "2019") not in rows


#: test_prop28's province table with the name wrapped over two lines above its count, its range
#: below it beside the block's province cell (``Vlaams-Brabant 2 - 3``), under one column of counts.
A_WRAPPED_NAMES_RANGE_BESIDE_ITS_PROVINCE = PROVINCE_BEFORE_A_RANGE_BELOW_THE_COUNT.replace(
    "201213: bachelor - 2e jaar voor verpleegkunde 18", "201213: bachelor - 2e jaar\nvoor verpleegkunde 18")


def test_a_wrapped_names_range_below_its_count_beside_the_province_is_the_names():
    """(before label29b: the dash taken for a blank, the line said as more figures than periods)"""
    assert "2e jaar\nvoor verpleegkunde 18\nVlaams-Brabant 2 - 3" in A_WRAPPED_NAMES_RANGE_BESIDE_ITS_PROVINCE
    issues, rows = _read(A_WRAPPED_NAMES_RANGE_BESIDE_ITS_PROVINCE)
    assert issues == []
    assert rows["201213", "Vlaams-Brabant", "2022"] == ("bachelor - 2e jaar voor verpleegkunde 2 - 3", 18)
    assert rows["552330", "Vlaams-Brabant", "2022"] == ("Verkorte jaar 1 - tweede jaar", 61)


#: The name's last word before the figures numbers what opens the line below them (``module`` /
#: ``5 onderwijs: 2 - 3``).
A_NUMBER_OPENED_ABOVE_THE_FIGURES = """\
Unieke cursisten met gestarte OKOT'(s) 2019 2020 2021*
521727: onderwijs individueel traject - {word} 11 36 84
5 onderwijs: 2 - 3
744284: onderwijs: graduaat 66 48 12
apotheekassistent beroepsonderwijs
Totaal 70 84 90
"""


def test_a_line_below_the_figures_that_opens_with_its_names_number_is_the_names():
    """(before label29b: said as a stray number 5 2 3, the label cut, its dash taken for a blank)"""
    issues, rows = _read(A_NUMBER_OPENED_ABOVE_THE_FIGURES.format(word="module"))
    assert issues == []
    label = "onderwijs individueel traject - module 5 onderwijs: 2 - 3"
    assert [rows["521727", None, p] for p in ("2019", "2020", "2021")] == [(label, 11), (label, 36), (label, 84)]


def test_a_line_that_opens_with_a_number_no_word_above_takes_is_no_names():
    """Negative: after ``Graduaat`` (no word a label's number follows) the line's numbers are
    reported where they stand, as before."""
    issues, rows = _read(A_NUMBER_OPENED_ABOVE_THE_FIGURES.format(word="Graduaat"))
    assert [(i.kind, i.line, i.numbers) for i in issues] == [("stray-number", 3, (5, 2, 3))]
    assert rows["521727", None, "2019"] == ("onderwijs individueel traject - Graduaat", 11)


def _province_table(between: str) -> str:
    return A_WRAPPED_NAMES_RANGE_BESIDE_ITS_PROVINCE.replace(
        "voor verpleegkunde 18\nVlaams-Brabant", f"voor verpleegkunde 18\n{between}Vlaams-Brabant")


@pytest.mark.parametrize("between", ["\n", "Totaal Limburg 34\n"], ids=["blank-line", "total-line"])
def test_a_provinces_range_not_below_a_coded_rows_figures_is_still_said(between):
    """Negative: the province's line of two digits and a dash, more than the one column, not
    right below a coded row's figures, is said where it stands (its dash a blank), as before —
    never read as a row ``Vlaams-Brabant 2 -`` counting 3."""
    text = _province_table(between)
    line = text.splitlines().index("Vlaams-Brabant 2 - 3") + 1
    issues, rows = _read(text)
    assert [(i.line, i.numbers) for i in issues if i.numbers == (2, 3)] == [(line, (2, 3))]
    assert {i.kind for i in issues} <= {"unreadable-table", "stray-number"}
    assert all(label.startswith(("bachelor", "onderwijs", "Verkorte")) for label, _ in rows.values())


def test_a_province_row_of_a_range_under_one_column_is_still_said():
    """Negative: where the rows are provinces, ``Limburg 2 - 3`` under one column is no range of
    the row above (``Antwerpen 12``): said, as before."""
    issues, rows = _read(
        "1. Hieronder vindt u de gevraagde gegevens voor 2022.\nProvincie Aantal\nAntwerpen 12\n"
        "Limburg 2 - 3\nVlaams-Brabant 20\nTotaal 40\n")
    assert [(i.kind, i.reason, i.line) for i in issues] == [("unreadable-table", "more-figures-than-periods", 4)]
    assert rows[None, "Antwerpen", "2022"] == ("Antwerpen", 12)


def test_a_provinces_dash_among_as_many_cells_as_periods_is_a_blank():
    """Negative: under three periods ``Vlaams-Brabant 2 - 3`` below a coded row's figures is
    2, a blank and 3 — the province's cells, its dash a blank mark (as before)."""
    lines = (
        "Unieke cursisten met gestarte OKOT'(s) 2020 2021 2022",
        "201213: bachelor - 2e jaar voor verpleegkunde 18 4 9",
        "Vlaams-Brabant 2 - 3",
    )
    assert mark_blanks(lines, False)[2] == "Vlaams-Brabant 2  3"


def test_a_provinces_range_below_a_coded_rows_count_keeps_its_dash():
    """Under one column, right below a coded row's count, the dash of ``Vlaams-Brabant 2 - 3``
    is no proven blank (before label29b: made one)."""
    lines = ("Provincie Opleiding Aantal", "201213: bachelor - 2e jaar", "voor verpleegkunde 18", "Vlaams-Brabant 2 - 3")
    assert mark_blanks(lines, False)[3] == "Vlaams-Brabant 2 - 3"
