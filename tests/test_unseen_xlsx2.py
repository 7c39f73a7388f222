""".xlsx annexes as statisticians make them, adversarially (review inputs15): a total row computed
by an array formula, a workbook written by a program that computes no formulas (XlsxWriter
saves 0 as every formula's value and marks the workbook to be recalculated when opened), and the
forms an annex takes besides: one table per sheet with a sheet of notes, a header cell merged
over the periods, numbers stored as text, empty leading rows and columns, years typed as
dates (hidden rows: tests/test_unseen_xlsx4.py). Each test asserts the exact cells and findings a correct reader gives, or the
one line that refuses the workbook."""

from __future__ import annotations

import datetime as dt

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

from generate.xlsx import with_saved_values, workbook_bytes as save

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from openpyxl import Workbook  # noqa: E402
from openpyxl.worksheet.formula import ArrayFormula  # noqa: E402

TITLE = "Unieke cursisten met gestarte OKOT('s) - zorg"
LABELS = {"900123": "Tweedekansonderwijs zorgkundige - 1ste jaar",
          "900124": "Tweedekansonderwijs zorgkundige - tweede jaar",
          "900611": "Professionele bachelor verpleegkunde - 1ste jaar"}
YEARS = ["2020", "2021", "2022"]
DATA = {"900123": [19, 25, 30], "900124": [9, None, 15], "900611": [120, 134, 160]}
TOTALS = [140, 150, 190]



def read(data: bytes) -> tuple[list[tuple], list[tuple]]:
    answer = parse_answer(source_from_bytes(data, "annex.xlsx"))
    cells = [(t.id, c.level, c.code or c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    found = [(f.rule, f.severity, f.line, f.period) for f in audit(answer).findings]
    return cells, found


def expected(table: str = "Sheet/started", first: int = 4, periods: list[str] = YEARS) -> list[tuple]:
    rows = [(table, "row", code, p, v, first + i) for i, (code, values) in enumerate(DATA.items())
            for p, v in zip(periods, values) if v is not None]
    return rows + [(table, "total", "Totaal", p, v, first + len(DATA)) for p, v in zip(periods, TOTALS)]


#: The rows count some persons twice (unique persons): 8, 9 and 15.
INFO = [("parts-exceed-total", "info", 7, p) for p in YEARS]


def annex(sheet, row: int = 3, column: int = 1, years=YEARS, totals=TOTALS) -> None:
    """The table from (`row`, `column`): its header, its rows, and `totals` (values or formulas)."""
    sheet.cell(row, column, "Opleiding")
    for j, year in enumerate(years):
        sheet.cell(row, column + 1 + j, year)
    for i, (code, values) in enumerate(DATA.items(), start=1):
        sheet.cell(row + i, column, f"{code}: {LABELS[code]}")
        for j, value in enumerate(values):
            if value is not None:
                sheet.cell(row + i, column + 1 + j, value)
    sheet.cell(row + len(DATA) + 1, column, "Totaal")
    for j, total in enumerate(totals):
        sheet.cell(row + len(DATA) + 1, column + 1 + j).value = total


def formula_book(array: bool) -> bytes:
    book = Workbook()
    book.active["A1"] = TITLE
    formulas = [f"=SUM({c}4:{c}6)" for c in "BCD"]
    annex(book.active, totals=[ArrayFormula(f"{c}7", f) if array else f for c, f in zip("BCD", formulas)])
    return save(book)


# --- Formulas: an array formula, and values a program that computes nothing saved --------------


@pytest.mark.parametrize("array", [True, False])
def test_a_total_row_computed_by_formulas_is_read_by_the_values_excel_saved(array):
    """An array formula (``{=SUM(B4:B6)}``) is a formula too: openpyxl gives it as an object, and
    its text (``<openpyxl.worksheet.formula.ArrayFormula object at 0x7f…>``, a new address each
    run) was the total line's: an ``unreadable-table`` error whose message changed from run to
    run. It is read by the value Excel saved, as any formula."""
    data = with_saved_values(formula_book(array), {f"{c}7": str(t) for c, t in zip("BCD", TOTALS)}, recalculate=False)
    assert read(data) == (expected(), INFO)


@pytest.mark.parametrize("array", [True, False])
def test_a_total_row_of_formulas_without_saved_values_is_said_at_its_cells(array):
    """(It refused the whole workbook until session 24: tests/test_grids24.py.)"""
    cells, found = read(formula_book(array))
    assert cells == expected()[:-3]
    assert found == [("unreadable-table", "error", 7, None)]


@pytest.mark.parametrize("array", [True, False])
def test_formulas_saved_as_0_by_a_program_that_computes_none_are_said_never_totals_of_0(array):
    """XlsxWriter (and pandas through it) saves 0 as every formula's value and marks the workbook
    to be recalculated when opened (``fullCalcOnLoad``): the totals were read as 0, three
    ``total-below-largest-part`` errors and ``likely-typo`` guesses about figures nobody printed.
    The figure is not known: it is said at its cells (the workbook was refused until session 24)."""
    data = with_saved_values(formula_book(array), {f"{c}7": "0" for c in "BCD"}, recalculate=True)
    cells, found = read(data)
    assert cells == expected()[:-3]
    assert found == [("unreadable-table", "error", 7, None)]
    message = audit(parse_answer(source_from_bytes(data, "annex.xlsx"))).findings[0].message
    assert message.startswith("sheet 'Sheet', row 7: the cells B7, C7, D7 of the row 'Totaal' of the annex hold "
                              "formulas whose figures the workbook does not hold (no value was saved, or the 0 a "
                              "program that computes no formulas, such as XlsxWriter, saves for every one)")


def test_a_formula_whose_saved_value_is_0_is_read_when_excel_saved_it():
    """Excel computes what it saves: a 0 it saved is the figure (here a row's total of a
    programme that did not run), in a workbook without the mark."""
    book = Workbook()
    sheet = book.active
    sheet["A1"] = TITLE
    annex(sheet)
    sheet["E3"], sheet["E4"] = "Totaal", "=SUM(B4:D4)"
    data = with_saved_values(save(book), {"E4": "0"}, recalculate=False)
    cells, _ = read(data)
    assert ("Sheet/started", "row", "900123", "Totaal", 0, 4) in cells
    unread = source_from_bytes(with_saved_values(save(book), {"E4": "0"}, recalculate=True), "annex.xlsx").unread
    assert [(u.line, u.reason, u.columns) for u in unread] == [(4, "formula-without-value", ("E4",))]


# --- The forms an annex takes (read as they should be; kept so) ------------------------------


def test_one_table_per_sheet_a_sheet_of_notes_a_merged_header_and_empty_leading_rows_and_columns():
    book = Workbook()
    first = book.active
    first.title = "Gestart"
    first["A1"] = TITLE
    annex(first)
    second = book.create_sheet("Geslaagd")
    second["C4"] = "Unieke cursisten met uitgevoerde, geslaagde OKOT('s) - zorg"
    second["C6"], second["D6"] = "Opleiding", "Aantal unieke cursisten"
    second.merge_cells("D6:F6")
    for j, year in enumerate(YEARS):
        second.cell(7, 4 + j, dt.datetime(int(year), 1, 1)).number_format = "yyyy"
    second["C8"], second["D8"], second["E8"], second["F8"] = "900611: " + LABELS["900611"], "41", "1.102", 50
    second["C9"], second["D9"], second["E9"], second["F9"] = "Totaal", 41, 1102, 50
    notes = book.create_sheet("Toelichting")
    notes["A1"] = "Bron: VDAB, datawarehouse, toestand op 12/03/2023."
    notes["A2"] = "In 2022 startten 4398 cursisten een OKOT; de cijfers voor 2022 zijn voorlopig."
    cells, found = read(save(book))
    graduated = [("Geslaagd/graduated", level, key, p, v, 9 if level == "total" else 8)
                 for level, key in (("row", "900611"), ("total", "Totaal")) for p, v in zip(YEARS, [41, 1102, 50])]
    assert cells == expected("Gestart/started") + graduated
    assert found == INFO + [("stage-not-final", "warning", 8, None)]
