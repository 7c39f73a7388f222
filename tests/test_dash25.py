"""Single-spaced text of generated answers read wrong without a finding that says so (session
25, dash25): a name's range (``2 - 3``) before its row's figures."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from test_shapes_forms import TOTAL_RULES

HEAD = (
    "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)


def _total_errors(answer) -> list[str]:
    return [f.message for f in audit(answer, select=list(TOTAL_RULES)).findings if f.severity == "error"]


def test_a_range_before_fewer_figures_than_periods_is_the_names_where_the_totals_say_so():
    """pdfplumber, shapes20 ``code_by_province_years`` seed 125: ``924422: bijkomende -1ste jaar
    2 - 3 15 46`` under three school years counts 15 and 46 (its third year blank, a space in
    text whose spacing elsewhere marks blanks). Read as 3, 15 and 46 — the range's end a count —
    with false total errors on ``Totaal Vlaams-Brabant``; the reading where the digit closes the
    range is the one its block's total fits."""
    answer = read_text(HEAD + "\n".join([
        "Provincie Opleiding 2016-2017 2017-2018 2018-2019",
        "Vlaams-Brabant",
        "820440: Hoger -1ste jaar bachelor - 1 42 870 22",
        "Professionele",
        "924422: bijkomende -1ste jaar 2 - 3 15 46",
        "Totaal Vlaams-Brabant 57 916 22",
        "Eindtotaal 57 916 22",
    ]) + "\n", "generated.txt")
    assert _total_errors(answer) == []
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells if c.code == "924422"] == [
        ("bijkomende -1ste jaar 2 - 3", "2016-2017", 15), ("bijkomende -1ste jaar 2 - 3", "2017-2018", 46)]


# pdfplumber, shapes20 ``code_by_province_years`` seed 120: the page's last line, a block's total,
# run into the next page's first row, the code glued to the total's last figure.
TOTAL_GLUED_TO_THE_NEXT_ROW = [
    "Provincie Opleiding 2019* 2020 2021",
    "432387: Educatieve individueel traject - 244 2 46",
    "modules 1- 4 zorgkundige 2 - 3",
    "497714: vakbevoegdheid voor Graduaat Hoger 33 43 27",
    "sec modules 1- 4",
    "Antwerpen",
    "523141: -en zorgkundige knelpuntvakken voor 56 25 20",
    "- 1 ste jaar Verkorte 2 - 3",
    "871066: en - tweede jaar 27 37 23",
    "Totaal Antwerpen 360 107 115432387: Educatieve individueel traject - x x 11",
    "modules 1- 4 zorgkundige 2 - 3",
    "497714: vakbevoegdheid voor Graduaat Hoger 26 17 46",
    "sec modules 1- 4",
    "Limburg",
    "523141: -en zorgkundige knelpuntvakken voor 67 335 46",
    "- 1 ste jaar Verkorte 2 - 3",
    "871066: en - tweede jaar x 1593 x",
    "Totaal Limburg 83 1934 91",
    "Eindtotaal 443 2041 206",
    "*Voor het jaar 2019 zijn enkel cijfers opgenomen van de eerste jaarhelft.",
]


def test_a_total_line_run_into_the_next_pages_first_row_is_two_lines():
    """The block's total keeps its own figures, and the row whose code was glued to its last
    figure is a row of the next block (runon25; read as the
    label ``Totaal Antwerpen 360 107 115432387: Educatieve …`` counting 11 before)."""
    text = HEAD + "\n".join(TOTAL_GLUED_TO_THE_NEXT_ROW) + "\n"
    glued_line = text.split("\n").index(TOTAL_GLUED_TO_THE_NEXT_ROW[9]) + 1
    answer = read_text(text, "generated.txt")
    cells = [c for t in answer.tables for c in t.cells if c.line == glued_line]
    assert [(c.label, c.period, c.count) for c in cells if c.code is None] == [
        ("Totaal Antwerpen", "2019", 360), ("Totaal Antwerpen", "2020", 107), ("Totaal Antwerpen", "2021", 115)]
    assert ("432387", "Limburg") in {(c.code, c.province) for t in answer.tables for c in t.cells}


def test_a_figure_glued_to_the_code_of_a_row_run_into_it_is_the_lines_last():
    """Any line's last figure glued to the code that opens the next row: both rows read, with
    Dutch thousands before the code."""
    answer = read_text(HEAD + "\n".join([
        "Provincie Opleiding 2019 2020",
        "Limburg",
        "900124: Zorgkundige 1.204 1.310900711: Verpleegkunde 35 41",
        "Totaal Limburg 1.230 1.340",
    ]) + "\n", "generated.txt")
    assert [(c.code, c.period, c.count, c.line) for c in answer.tables[0].cells if c.level == "row"] == [
        ("900124", "2019", 1204, 10), ("900124", "2020", 1310, 10), ("900711", "2019", 35, 10), ("900711", "2020", 41, 10)]


def test_a_total_line_run_into_the_next_pages_first_row_is_read_or_reported():
    text = HEAD + "\n".join(TOTAL_GLUED_TO_THE_NEXT_ROW) + "\n"
    glued_line = text.split("\n").index(TOTAL_GLUED_TO_THE_NEXT_ROW[9]) + 1
    answer = read_text(text, "generated.txt")
    read = [(c.period, c.count) for t in answer.tables for c in t.cells if c.code == "432387" and c.province == "Limburg"]
    assert read == [("2021", 11)] or any(i.line == glued_line for i in answer.issues)


def test_a_total_run_into_a_code_without_colon_is_unreadable_at_its_line():
    rows = [line.replace(": ", " ", 1) if line[:6].isdigit() else line for line in TOTAL_GLUED_TO_THE_NEXT_ROW]
    rows[9] = "Totaal Antwerpen 360 107 115432387 Educatieve individueel traject - x x 11"
    text = HEAD + "\n".join(rows) + "\n"
    glued_line = text.split("\n").index(rows[9]) + 1
    answer = read_text(text, "generated.txt")
    assert any(i.kind == "unreadable-table" and i.line == glued_line for i in answer.issues)
    # (header26: the total's figures among its words — ``360 107 115432387`` — are said at its line,
    # and no false total-below-largest-part nor total-missing over the line not read)
    assert [i.reason for i in answer.issues if i.line == glued_line] == ["figures-in-total-label"]
    rules = {(f.rule, f.line) for f in audit(answer).findings}
    assert ("total-below-largest-part", glued_line) not in rules and not any(r == "total-missing" for r, _ in rules)


@pytest.mark.parametrize("first, counts", [
    ("900124: Zorgkundige traject - x x x 7", [("2022", 7)]),
    ("900124: Zorgkundige traject - x 5 x 7", [("2020", 5), ("2022", 7)]),
    ("900124: Zorgkundige traject - x 5 9 7", [("2020", 5), ("2021", 9), ("2022", 7)]),
])
def test_a_code_line_whose_marks_and_figures_fill_the_periods_holds_the_rows_counts(first, counts):
    """pdfplumber text of a table whose blanks are printed ``x``: a code row's first line whose
    tail, marks and figures, is a cell for every period (``… traject - x x x 7`` under four
    periods) holds the row's counts, and the name's line below it with a range and figures of
    its own (``fase 1 - 2 4 - 6 - 8``) is no line of them (all marks: read as the label ``… - 7
    fase 1 - 2`` counting 4, 6 and 8 before, the dash read as a blank; the others guard the
    readings that were right)."""
    answer = read_text(HEAD + "\n".join([
        "Provincie Opleiding 2019 2020 2021 2022",
        "Limburg",
        "900711: Verpleegkunde 35 41 12 30",
        first,
        "fase 1 - 2 4 - 6 - 8",
    ]) + "\n", "generated.txt")
    assert [(c.period, c.count) for c in answer.tables[0].cells if c.code == "900124"] == counts
    labels = {c.label for c in answer.tables[0].cells if c.code == "900124"}
    # (the name's line with its numbers: the row's label goes on with it, or it is said where it stands)
    assert any("4 - 6 - 8" in label for label in labels) or any(i.line == 12 for i in answer.issues)


def test_a_code_line_of_one_digit_for_every_period_after_the_names_dash_holds_the_rows_counts():
    """Single-spaced, no mark: ``900124: Zorgkundige traject - 3 9 7`` under three periods, its
    name going on below with a range (``modules 1- 4 zorgkundige 2 - 3``): the three digits are
    its counts, one per period — a label's own digits are one or two — and the line below is said
    where it stands. Before: the label ``… - 3 9 7 modules 1- 4 zorgkundige`` counting 2 and 3, no
    reader issue, and three false ``total-exceeds-parts`` errors at the total."""
    answer = read_text(HEAD + "\n".join([
        "Opleiding 2019 2020 2021",
        "900124: Zorgkundige traject - 3 9 7",
        "modules 1- 4 zorgkundige 2 - 3",
        "900125: Zorgkundige - 5 6 8",
        "Totaal 8 15 15",
    ]) + "\n", "generated.txt")
    assert [(c.period, c.count) for c in answer.tables[0].cells if c.code == "900124"] == [
        ("2019", 3), ("2020", 9), ("2021", 7)]
    below = HEAD.count("\n") + 3
    assert [(i.kind, i.line) for i in answer.issues] == [("stray-number", below)]
    assert not [f for f in audit(answer).findings if f.severity == "error"]
