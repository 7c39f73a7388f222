"""Tables that are readable but were reported unreadable, or read wrong (round 22): a second
total line of another unit that names no ``Totaal`` (``Unieke cursisten 68 95``), counts with
their share glued in brackets (``1.234(45,2%)``), amounts of money with decimals (``€ 1.234,56``,
``1.234,50 EUR``, ``12.345,00``), and a table on its side whose province names are broken over
the header's lines (``Oost-`` / ``Vlaanderen``).

Each test is an answer, or the smallest part of it that showed the reader's error, with the
exact cells and findings a correct reader gives, single-spaced (the seeds' form, pdfplumber's
text) and laid out (``pdftotext -layout``) where the form matters. Each failed before its fix.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from okot_audit import audit, read_text
from test_unseen_answers8 import HEAD, LAID, _cells, _found
from test_unseen_answers8 import _text as _text8

STARTED = "1. Het aantal inschrijvingen en unieke cursisten voor een OKOT:\n\n"


def _text(rows: list[list[str]], laid: bool) -> str:
    return _text8(rows, laid, label_width=40, min_width=16)


def _answer(rows: list[list[str]], laid: bool, intro: str = STARTED):
    return read_text(_full(rows, laid, intro), "a.txt")


def _full(rows: list[list[str]], laid: bool, intro: str = STARTED) -> str:
    return HEAD + intro + _text(rows, laid) + "\n\nBron: VDAB.\n"


def _line(text: str, start: str) -> int:
    """The 1-based line of `text` that starts with `start` (its indent aside)."""
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.lstrip().startswith(start))


# 1. A second total line of another unit below the first, its unit its only words.

TWO_UNITS = [
    ["Opleiding", "2021", "2022"],
    ["Graduaat verpleegkunde", "60", "70"],
    ["Bachelor verpleegkunde", "60", "60"],
    ["Totaal inschrijvingen", "120", "130"],
]


@LAID
@pytest.mark.parametrize("unit", ["Unieke cursisten", "Aantal personen", "Cursisten"])
def test_a_line_of_another_unit_below_the_total_is_a_second_total(laid, unit):
    """``Unieke cursisten 68 95`` below ``Totaal inschrijvingen``: it was an unreadable-table
    error (a row below the table's total). It totals the rows in persons: a total of its own
    unit, its figures read and checked as unique persons (max <= total <= sum), the enrolments'
    total as their sum."""
    answer = _answer([*TWO_UNITS, [unit, "68", "95"]], laid)
    assert [c for c in _cells(answer) if c[1] == "total"] == [
        ("enrolled", "total", "Totaal inschrijvingen", "2021", 120, "additive"),
        ("enrolled", "total", "Totaal inschrijvingen", "2022", 130, "additive"),
        ("enrolled", "total", unit, "2021", 68, "unique"),
        ("enrolled", "total", unit, "2022", 95, "unique"),
    ]
    assert answer.issues == []
    assert [f for f in _found(answer) if f[1] != "info"] == []


PROGRAMMES = ("Graduaat verpleegkunde", "Bachelor verpleegkunde", "Graduaat orthopedagogie", "Lasser")


@st.composite
def enrolments(draw):
    """A table built from persons: each person of a year enrols in one programme or more; the
    rows count enrolments, ``Totaal inschrijvingen`` their sum, and the line of the unit below
    it the persons."""
    names = draw(st.lists(st.sampled_from(PROGRAMMES), min_size=2, max_size=4, unique=True))
    years = ["2021", "2022"]
    rows = {name: [0, 0] for name in names}
    persons = []
    for y in range(len(years)):
        people = draw(st.lists(st.sets(st.sampled_from(names), min_size=1, max_size=2), min_size=1, max_size=40))
        for person in people:
            for name in person:
                rows[name][y] += 1
        persons.append(len(people))
    rows = {name: counts for name, counts in rows.items() if all(counts)}  # (a blank cell: not this test's)
    assume(len(rows) >= 2)
    enrolled = [sum(counts[y] for counts in rows.values()) for y in range(2)]
    unique = [min(persons[y], enrolled[y]) for y in range(2)]
    assume(all(max(c[y] for c in rows.values()) <= unique[y] for y in range(2)))
    unit = draw(st.sampled_from(["Unieke cursisten", "Aantal unieke cursisten", "Personen", "Cursisten"]))
    table = [["Opleiding", *years], *([name, *map(str, counts)] for name, counts in rows.items()),
             ["Totaal inschrijvingen", *map(str, enrolled)], [unit, *map(str, unique)]]
    return table, unit, enrolled, unique


@settings(max_examples=25, deadline=None)
@given(case=enrolments(), laid=st.booleans())
def test_persons_below_their_enrolments_are_a_total_of_their_own(case, laid):
    """Any such table, single-spaced or laid out: both totals read, each with its meaning, and
    no error or warning (the persons are never more than the enrolments nor fewer than a row)."""
    table, unit, enrolled, unique = case
    answer = _answer(table, laid)
    totals = [(c[2], c[3], c[4], c[5]) for c in _cells(answer) if c[1] == "total"]
    assert totals == [
        *(("Totaal inschrijvingen", year, count, "additive") for year, count in zip(("2021", "2022"), enrolled)),
        *((unit, year, count, "unique") for year, count in zip(("2021", "2022"), unique)),
    ]
    assert answer.issues == []
    assert [f for f in _found(answer) if f[1] != "info"] == []


@LAID
def test_a_second_total_of_persons_above_the_sum_of_its_rows_is_an_error(laid):
    """Read as a total, the line is checked: 140 persons from rows that count 120 enrolments is
    impossible."""
    text = _full([*TWO_UNITS, ["Unieke cursisten", "140", "95"]], laid)
    answer = read_text(text, "a.txt")
    assert ("total-exceeds-parts", "error", _line(text, "Unieke cursisten"), "2021") in _found(answer)


@LAID
def test_a_row_below_the_total_that_names_no_unit_stays_reported(laid):
    """A programme's row below the total is no total of another unit: still reported."""
    answer = _answer([*TWO_UNITS, ["Graduaat vroedkunde", "68", "95"]], laid)
    assert [(f[0], f[1]) for f in _found(answer) if f[1] == "error"] == [("unreadable-table", "error")]


# 2. Counts with their share glued in brackets after each, no space between.

SHARES = [
    ["Geslacht", "2021", "2022"],
    ["Man", "1.234(45,2%)", "1.300(46,0%)"],
    ["Vrouw", "1.496(54,8%)", "1.526(54,0%)"],
    ["Totaal", "2.730(100,0%)", "2.826(100,0%)"],
]


@LAID
@pytest.mark.parametrize("sign", ["%)", " %)"], ids=["glued", "sign-apart"])
def test_counts_with_their_share_glued_are_counts(laid, sign):
    """``Man 1.234(45,2%) 1.300(46,0%)``: no table was read and nothing was said (a clean pass).
    The counts are the table's cells, the shares a column not checked."""
    rows = [[cell.replace("%)", sign) for cell in row] for row in SHARES]
    answer = _answer(rows, laid, "1. Het aantal unieke cursisten dat een OKOT startte, per geslacht:\n\n")
    assert [(c[1], c[2], c[3], c[4]) for c in _cells(answer)] == [
        ("row", "Man", "2021", 1234), ("row", "Man", "2022", 1300), ("row", "Vrouw", "2021", 1496),
        ("row", "Vrouw", "2022", 1526), ("total", "Totaal", "2021", 2730), ("total", "Totaal", "2022", 2826),
    ]
    assert [f[0] for f in _found(answer)] == ["column-not-checked"]
    [finding] = audit(answer).findings
    assert "(45,2" in finding.message and "54,0" in finding.message


# 3. Amounts of money with decimals.

COUNTS = [
    ["Opleiding", "2021", "2022"],
    ["Graduaat verpleegkunde", "60", "70"],
    ["Bachelor verpleegkunde", "60", "60"],
    ["Totaal", "120", "130"],
]
AMOUNTS = {
    "euro-before": ["€ 1.234,56", "€ 2.345,00"],
    "eur-after": ["1.234,50 EUR", "2.345,00 EUR"],
    "cents": ["12.345,00", "23.456,00"],
    "euro-after": ["1.234,50 euro", "2.345,00 euro"],
}
PERSONS = "1. Het aantal unieke cursisten dat een OKOT startte en de kostprijs:\n\n"


@LAID
@pytest.mark.parametrize("form", list(AMOUNTS))
@pytest.mark.parametrize("where", ["below-total", "among-rows"])
def test_a_row_of_amounts_in_a_table_of_counts_is_said_not_checked(laid, form, where):
    """``Kostprijs € 1.234,56 € 2.345,00`` below the total (or among the rows): it was lost
    without a word (no cell, no finding), or read as two figures split at the decimal comma.
    Amounts are no persons: the counts are read and checked as ever, and the row is named by
    a column-not-checked finding with its amounts as printed."""
    amounts = ["Kostprijs", *AMOUNTS[form]]
    rows = [*COUNTS, amounts] if where == "below-total" else [*COUNTS[:2], amounts, *COUNTS[2:]]
    text = _full(rows, laid, PERSONS)
    answer = read_text(text, "a.txt")
    assert [(c[1], c[2], c[3], c[4]) for c in _cells(answer)] == [
        ("row", "Graduaat verpleegkunde", "2021", 60), ("row", "Graduaat verpleegkunde", "2022", 70),
        ("row", "Bachelor verpleegkunde", "2021", 60), ("row", "Bachelor verpleegkunde", "2022", 60),
        ("total", "Totaal", "2021", 120), ("total", "Totaal", "2022", 130),
    ]
    findings = audit(answer).findings
    assert [(f.rule, f.line) for f in findings] == [("column-not-checked", _line(text, "Kostprijs"))]
    first, second = AMOUNTS[form]
    assert f"'Kostprijs' (2021: {first}, 2022: {second})" in findings[0].message
    assert "amounts of money" in findings[0].message
    assert "geldbedragen" in audit(answer, lang="nl").findings[0].message


@LAID
@pytest.mark.parametrize("amounts", [["€ 12.000", "€ 13.500"], ["12.000 euro", "13.500 euro"]], ids=["before", "after"])
def test_a_row_of_whole_amounts_below_the_total_is_said_not_checked(laid, amounts):
    """``Kostprijs € 12.000 € 13.500`` below the total: its units taken off, it was a row of
    counts below the total (an unreadable-table error). Its figures print a unit of money: a
    row of amounts, said so."""
    text = _full([*COUNTS, ["Kostprijs", *amounts]], laid, PERSONS)
    answer = read_text(text, "a.txt")
    assert len(_cells(answer)) == 6
    findings = audit(answer).findings
    assert [(f.rule, f.line) for f in findings] == [("column-not-checked", _line(text, "Kostprijs"))]
    assert f"'Kostprijs' (2021: {amounts[0]}, 2022: {amounts[1]})" in findings[0].message


CODED = [
    ["Opleiding", "2021", "2022"],
    ["908003: Educatieve bachelor", "€ 1.234,56", "€ 2.345,00"],
    ["908013: Educatieve bachelor", "€ 1.234,50", "€ 2.345,50"],
]


def test_a_table_of_amounts_with_decimals_is_a_table_of_values():
    """Single-spaced ``… € 1.234,56 € 2.345,00`` rows were split at their commas as a
    comma-separated table (``€ 1.234`` / ``56 € 2.345`` / ``00``) and gave ambiguous-alignment
    errors over figures 2345 and 0. The table's words say amounts: its values are named, none is
    a cell or an error."""
    answer = _answer(CODED, False, "1. Hieronder vindt u de kostprijs per opleiding.\n\n")
    assert _cells(answer) == []
    findings = audit(answer).findings
    assert [(f.rule, f.severity) for f in findings] == [("column-not-checked", "info")]
    assert "(€ 1.234,56 € 2.345,00 € 1.234,50 € 2.345,50)" in findings[0].message


def test_amounts_with_their_unit_after_them_are_each_said_with_it():
    """``1.234,56 EUR 2.345,00 EUR``: the second amount was said without its unit."""
    rows = [[cell if cell[:1] != "€" else cell[2:] + " EUR" for cell in row] for row in CODED]
    answer = _answer(rows, False, "1. Hieronder vindt u de kostprijs per opleiding.\n\n")
    [finding] = audit(answer).findings
    assert "(1.234,56 EUR 2.345,00 EUR 1.234,50 EUR 2.345,50 EUR)" in finding.message


@LAID
@pytest.mark.parametrize("form", list(AMOUNTS))
def test_a_table_of_amounts_that_no_header_reads_is_never_passed_in_silence(laid, form):
    """Rows of amounts under no header the reader reads (names, no codes): nothing was said
    (a clean pass). They are a table of amounts, not checked: an unreadable-table error that
    names the amounts."""
    first, second = AMOUNTS[form]
    rows = [["Kostprijs", "2021", "2022"], ["Graduaat verpleegkunde", first, second],
            ["Bachelor verpleegkunde", first, second]]
    answer = _answer(rows, laid, "1. Hieronder vindt u de cijfers.\n\n")
    findings = [f for f in audit(answer).findings if f.severity == "error"]
    assert [f.rule for f in findings] == ["unreadable-table"]
    assert "amounts of money" in findings[0].message and first in findings[0].message


@LAID
@pytest.mark.parametrize("unit", ["€ {}", "{}"], ids=["euro", "cents"])
def test_a_column_of_amounts_beside_counts_is_never_passed_in_silence(laid, unit):
    """``Graduaat verpleegkunde 60 € 1.234,56`` under ``Opleiding Cursisten Kostprijs``: it was
    read as a comma-separated table, two tables of figures 1234, 2345 and 56, 0 (the amounts
    split at their decimal commas), with no error; then it was reported unreadable. Since round
    23 the counts are read and checked, the amounts said as a column not checked."""
    amounts = [unit.format(a) for a in ("1.234,56", "2.345,00", "3.579,56")]
    rows = [["Opleiding", "Cursisten", "Kostprijs"], ["Graduaat verpleegkunde", "60", amounts[0]],
            ["Bachelor verpleegkunde", "60", amounts[1]], ["Totaal", "120", amounts[2]]]
    answer = _answer(rows, laid, "")
    assert [c[4] for c in _cells(answer)] == [60, 60, 120]
    said = [f.message for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert len(said) == 1 and "amounts of money" in said[0] and amounts[0] in said[0]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


# 4. A table on its side whose province names are broken over the header's lines.

SIDEWAYS_HEAD = (
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - zorg",
    "ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck",
    "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per provincie.",
)
PROVINCE_NAMES = ("Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel")
SIDEWAYS_ROWS = (("2021", "100", "50", "80", "30", "70", "10", "330"), ("2022", "110", "55", "85", "35", "75", "12", "360"))
SIDEWAYS_CELLS = sorted(
    [("row", name, period, int(count)) for period, *counts in SIDEWAYS_ROWS for name, count in zip(PROVINCE_NAMES, counts)]
    + [("total", "Totaal", period, int(counts[-1])) for period, *counts in SIDEWAYS_ROWS]
)


def _sideways_cells(answer) -> list[tuple]:
    return sorted((c.level, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells)


def _sideways_text(header: list[str]) -> str:
    return "\n".join([*SIDEWAYS_HEAD, *header, *(" ".join(row) for row in SIDEWAYS_ROWS), "Bron: VDAB", ""])


#: The header as single-spaced text prints it (the seeds' form, pdfplumber's text): each name's
#: first piece in the line of the others and the rest on the line below (cells set at their top),
#: or the first pieces on the line above and the rest in the line of the others (at their bottom).
SPACED_HEADERS = {
    "pieces-below": ["Jaar Antwerpen Limburg Oost- Vlaams- West- Brussel Totaal", "Vlaanderen Brabant Vlaanderen"],
    "pieces-above": ["Oost- Vlaams- West-", "Jaar Antwerpen Limburg Vlaanderen Brabant Vlaanderen Brussel Totaal"],
    "caption-above": ["Tabel 1", "Jaar Antwerpen Limburg Oost- Vlaams- West- Brussel Totaal", "Vlaanderen Brabant Vlaanderen"],
}


@pytest.mark.parametrize("form", list(SPACED_HEADERS))
def test_a_table_on_its_side_with_names_broken_over_the_header_in_single_spaced_text(form):
    """``Oost-`` / ``Vlaanderen``, ``Vlaams-`` / ``Brabant``: no header was read and the table
    was an unreadable-table error. Each name is joined where it stands; every figure is read
    under its province and period, nothing reported."""
    answer = read_text(_sideways_text(SPACED_HEADERS[form]), "a.txt")
    assert _sideways_cells(answer) == SIDEWAYS_CELLS
    assert answer.issues == []
    assert [f for f in audit(answer).findings if f.severity != "info"] == []


def test_pieces_that_complete_no_name_are_no_header():
    """Pieces below that join no province's name (``Vlaanderen Brabant`` under ``Oost- Vlaams-
    Noord-``) leave the table unread and reported: never a guess."""
    header = ["Jaar Antwerpen Limburg Oost- Vlaams- Noord- Brussel Totaal", "Vlaanderen Brabant Holland"]
    answer = read_text(_sideways_text(header), "a.txt")
    assert _sideways_cells(answer) == []
    assert "unreadable-table" in [f.rule for f in audit(answer).findings if f.severity == "error"]


pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import read_form  # noqa: E402
from test_unseen_pdfs8 import table_pdf  # noqa: E402


def _sideways_pdf(v_align: str) -> bytes:
    """The table with its province names broken after their hyphens in cells of their own
    line each, the header's cells set at their top, middle or bottom."""
    header = ("Jaar", *(name.replace("-", "-\n") for name in PROVINCE_NAMES), "Totaal")
    return table_pdf(SIDEWAYS_HEAD, (header, *SIDEWAYS_ROWS), 14, False, v_align, figure_width=22)


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pdfplumber-layout"])
@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE", "BOTTOM"])
def test_a_table_on_its_side_with_names_broken_over_the_header_from_its_pdf(form, v_align):
    """The PDF and the text extractors make of it. Laid out, a name's pieces stand over each
    other in its column (``pdftotext -layout`` sets ``Brabant Vlaanderen`` one space apart: the
    layout joined both to ``Vlaams-``, or ``Limburg Vlaanderen`` to ``Oost-``); cells centred
    over three lines left the header joined to the first period's line (the PDF and its layout
    text passed with no table and no finding). Single-spaced text whose names' pieces stand
    above and below the line of the others (cells centred) does not say where they go: it stays
    an unreadable-table error."""
    answer = read_form(_sideways_pdf(v_align), form)
    if form.startswith("pdfplumber") and v_align == "MIDDLE":
        assert _sideways_cells(answer) == []
        assert [f.rule for f in audit(answer).findings if f.severity == "error"] == ["unreadable-table"]
        return
    assert _sideways_cells(answer) == SIDEWAYS_CELLS
    assert answer.issues == []
