""".xlsx annexes as users hold them, round 17 (xlsx17): rows hidden in their sheet, a total
column beside measure columns of one period (``Gestart Geslaagd Totaal``), and the forms a
pivot table's output takes when pasted as values. Each test asserts the exact cells and
findings a correct reader gives."""

from __future__ import annotations

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from generate.xlsx import workbook_bytes  # noqa: E402
from openpyxl import Workbook  # noqa: E402

TITLE = "Aantal unieke cursisten die een OKOT startten in de zorgsector"
A1 = "900123: Tweedekansonderwijs zorgkundige - 1ste jaar"
A2 = "900611: Professionele bachelor verpleegkunde - 1ste jaar"
A3 = "900124: Tweedekansonderwijs zorgkundige - tweede jaar"


def book_of(rows: list[list], title: str = TITLE):
    book = Workbook()
    sheet = book.active
    sheet.title = "Blad1"
    sheet.append([title])
    sheet.append([])
    for row in rows:
        sheet.append(row)
    return book, sheet


def answer_of(data: bytes, name: str = "annex.xlsx"):
    return parse_answer(source_from_bytes(data, name))


def cells_of(answer) -> list[tuple]:
    return [(c.level, c.code or c.province or c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]


def found_of(answer, lang: str = "en") -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period, f.stated, f.observed)
            for f in audit(answer, lang=lang).findings]


# 3. Rows hidden in their sheet -----------------------------------------------------------------

HIDDEN = [["Opleiding", 2019, 2020], [A1, 19, 22], [A3, None, 44], [A2, 59, 1], ["Totaal", 78, 67]]


def test_a_hidden_row_is_left_out_of_the_table_and_said_so():
    """Main read a row hidden in its sheet (row 5) as one its reader sees, without a word.
    It is no row of the table the annex shows: left out, and reported with its sheet row, its
    label and its figures under their periods; the total, which counts it, is checked against
    the rows shown (2020: 67 against 22 + 1) — what the annex's reader sees does not add up —
    and no printed figure is suggested as the wrong one (``likely-typo``: 1 → 51, as main
    would have it once the row is left out)."""
    book, sheet = book_of(HIDDEN)
    sheet.row_dimensions[5].hidden = True
    answer = answer_of(workbook_bytes(book))
    assert cells_of(answer) == [
        ("row", "900123", "2019", 19, 4), ("row", "900123", "2020", 22, 4),
        ("row", "900611", "2019", 59, 6), ("row", "900611", "2020", 1, 6),
        ("total", "Totaal", "2019", 78, 7), ("total", "Totaal", "2020", 67, 7),
    ]
    assert found_of(answer) == [
        ("column-not-checked", "info", 4, None, None, None),
        ("total-exceeds-parts", "error", 7, "2020", 67, 23),
    ]
    [hidden] = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert "has a row hidden in its sheet, row 5, with figures: '900124: Tweedekansonderwijs zorgkundige - " \
           "tweede jaar' (2019: -, 2020: 44)" in hidden.message
    [nl] = [f for f in audit(answer, lang="nl").findings if f.rule == "column-not-checked"]
    assert "heeft een rij die in het werkblad verborgen is, rij 5, met cijfers: '900124" in nl.message


def test_the_same_annex_without_the_hidden_row_reads_every_row():
    book, _ = book_of(HIDDEN)
    answer = answer_of(workbook_bytes(book))
    assert [c[1] for c in cells_of(answer) if c[0] == "row"] == ["900123", "900123", "900124", "900611", "900611"]
    assert found_of(answer) == []


def test_hidden_rows_of_words_only_or_empty_are_left_out_without_a_finding():
    """A hidden note holds no figure: nothing of the table is lost. A hidden empty row still
    parts two tables."""
    book, sheet = book_of([["Opleiding", 2019, 2020], [A1, 19, 22], [A2, 59, 1], ["Totaal", 78, 23], [],
                           ["nagekeken op 12/03"], [], ["Opleiding", 2021], [A1, 30], ["Totaal", 30]])
    sheet.row_dimensions[8].hidden = True
    sheet.row_dimensions[9].hidden = True
    answer = answer_of(workbook_bytes(book))
    assert answer.issues == []
    assert len(answer.tables) == 2
    assert found_of(answer) == []


def test_two_hidden_rows_are_one_finding_naming_both():
    book, sheet = book_of([["Opleiding", 2019, 2020], [A1, 19, 22], [A3, 3, 44], [A2, 59, 1], ["Totaal", 81, 67]])
    sheet.row_dimensions[4].hidden = True
    sheet.row_dimensions[5].hidden = True
    answer = answer_of(workbook_bytes(book))
    assert [c[1] for c in cells_of(answer) if c[0] == "row"] == ["900611", "900611"]
    [hidden] = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert "has 2 rows hidden in its sheet, rows 4, 5, with figures: '900123: Tweedekansonderwijs zorgkundige - " \
           "1ste jaar' (2019: 19, 2020: 22); '900124" in hidden.message


# A workbook with macros ---------------------------------------------------------------------------

def test_an_xlsm_workbook_in_a_folder_is_an_answer(tmp_path):
    """A folder's ``.xlsm`` annex (a workbook with macros) is checked as its ``.xlsx`` would be.
    Main's walk passed it by: "no answers found", exit 2."""
    from okot_audit.run import answers_below

    book, _ = book_of([["Opleiding", 2019, 2020], [A1, 19, 22], [A2, 59, 1], ["Totaal", 78, 23]])
    (tmp_path / "annex.xlsm").write_bytes(workbook_bytes(book))
    assert answers_below(str(tmp_path)) == [str(tmp_path / "annex.xlsm")]
    answer = answer_of((tmp_path / "annex.xlsm").read_bytes(), "annex.xlsm")
    assert [c[1] for c in cells_of(answer) if c[0] == "row"] == ["900123", "900123", "900611", "900611"]


# Dates as periods -----------------------------------------------------------------------------------

@pytest.mark.parametrize("number_format", ["yyyy-mm-dd", "d/mm/yyyy", "dd-mm-yy"])
def test_a_header_of_first_days_of_months_is_months(number_format):
    """A pivot grouped by month, pasted as values, heads its columns with dates: the first of
    each month (``2023-01-01``), shown with their day. Main read them as dates, no period: the
    table was one ``unreadable-table`` error. Each is its month (``2023-01``)."""
    import datetime as dt

    book, sheet = book_of([["Opleiding", *(dt.datetime(2023, m, 1) for m in (1, 2, 3)), "Totaal"],
                           [A1, 19, 22, 5, 40], [A2, 59, 1, 2, 60], ["Totaal", 78, 23, 7, 100]])
    for cell in sheet[3][1:4]:
        cell.number_format = number_format
    answer = answer_of(workbook_bytes(book))
    assert [p.label for t in answer.tables for p in t.periods] == ["2023-01", "2023-02", "2023-03", "Totaal"]
    assert cells_of(answer)[:4] == [("row", "900123", "2023-01", 19, 4), ("row", "900123", "2023-02", 22, 4),
                                    ("row", "900123", "2023-03", 5, 4), ("row", "900123", "Totaal", 40, 4)]
    assert {f[0] for f in found_of(answer)} == {"parts-exceed-total"}


def test_dates_of_other_days_keep_their_day():
    import datetime as dt

    from okot_audit.source import source_from_bytes as read_bytes

    book, _ = book_of([["Opleiding", dt.datetime(2023, 1, 15), dt.datetime(2023, 2, 15)], [A1, 19, 22]])
    assert "2023-01-15" in read_bytes(workbook_bytes(book), "annex.xlsx").lines[2]


# 4. A total beside measure columns of one period ---------------------------------------------------

MEASURES_TITLE = "Aantal unieke cursisten met een OKOT in de zorgsector in 2021"
MEASURES = [["Opleiding", "Gestart", "Geslaagd", "Totaal"], [A1, 19, 12, 31], [A2, 59, 40, "{t}"], ["Totaal", 78, 52, 130]]


def _measures(total: int) -> list[list]:
    return [[total if v == "{t}" else v for v in row] for row in MEASURES]


def _measures_text(total: int) -> bytes:
    lines = ["Antwoord", "", MEASURES_TITLE, ""] + [" ".join(str(v) for v in row) for row in _measures(total)]
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize("form", ["annex.xlsx", "answer.txt"])
def test_a_total_column_beside_measure_columns_of_one_period(form):
    """``Gestart Geslaagd Totaal`` under a caption that names one year: main read no table
    (in text) or three rows each with more figures than periods (in an annex: three
    ``unreadable-table`` errors). Each measure is a table of its own, as without the total; the
    ``Totaal`` column is one of measure ``unknown`` (said so), each of its figures checked
    against the row's measures: unique persons, who may have started and graduated in one year
    (``max <= total <= sum``)."""
    if form.endswith(".xlsx"):
        book, _ = book_of(_measures(99), MEASURES_TITLE)
        answer, first = answer_of(workbook_bytes(book)), 4
    else:
        answer, first = answer_of(_measures_text(99), form), 6
    assert [(t.measure, t.column, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started", "Gestart", ["2021"]), ("graduated", "Geslaagd", ["2021"]), ("unknown", "Totaal", ["2021"]),
    ]
    assert [(t.column, c.level, c.code, c.count, c.line) for t in answer.tables for c in t.cells if t.column == "Totaal"] == [
        ("Totaal", "row", "900123", 31, first), ("Totaal", "row", "900611", 99, first + 1),
        ("Totaal", "total", None, 130, first + 2),
    ]
    found = [f for f in found_of(answer) if f[0] != "stage-not-final"]
    assert found == [("measure-unknown", "info", first - 1, None, None, None)]


def test_a_total_column_over_measures_is_checked_against_the_rows_measures():
    """120 for 59 starters and 40 graduates is more than both together: an error; 130 for the
    total line's 78 and 52 is fine; 25 for 19 and 12 means 6 persons did both."""
    rows = _measures(120)
    rows[1][3] = 25
    book, _ = book_of(rows, MEASURES_TITLE)
    answer = answer_of(workbook_bytes(book))
    found = [f for f in found_of(answer) if f[0] in ("parts-exceed-total", "total-exceeds-parts")]
    assert found == [("parts-exceed-total", "info", 4, "2021", 25, 31), ("total-exceeds-parts", "error", 5, "2021", 120, 99),
                     ("parts-exceed-total", "info", 6, "2021", 130, 145)]
    [info] = [f for f in audit(answer).findings if f.rule == "parts-exceed-total" and f.line == 4]
    assert "its columns sum to 31: 6 persons counted in more than one column" in info.message


def test_measure_columns_with_a_total_and_no_period_anywhere_say_so():
    book, _ = book_of(_measures(99), "Aantal unieke cursisten met een OKOT in de zorgsector")
    answer = answer_of(workbook_bytes(book))
    assert answer.tables == []
    assert [(i.kind, i.reason, i.other) for i in answer.issues] == [
        ("unreadable-table", "measures-without-period", "Gestart, Geslaagd, Totaal"),
    ]


# A used range far larger than the data -------------------------------------------------------------

def _bloated(data: bytes, rows: int) -> bytes:
    """`data` with `rows` formatted empty rows (and styled empty cells) below its table, as a
    sheet whose rows were formatted down to the last one stores them."""
    import io
    import re
    import zipfile

    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                empty = "".join(
                    f'<row r="{r}" s="0" customFormat="1" ht="15" customHeight="1">'
                    + (f'<c r="A{r}" s="0"/><c r="B{r}" s="0"></c>' if r % 2 else "") + "</row>"
                    for r in range(10, 10 + rows)
                )
                part = part.replace(b"</sheetData>", empty.encode() + b"</sheetData>")
                part = re.sub(rb'<dimension ref="[^"]*"/>', f'<dimension ref="A1:C{9 + rows}"/>'.encode(), part)
            target.writestr(info, part)
    return out.getvalue()


def test_formatting_on_many_empty_rows_is_read_as_the_table_alone():
    """A sheet whose rows were formatted far below its table (a used range of 200,000 rows):
    main handed every row to openpyxl — a million such rows took a minute and a gigabyte. The
    large sheet is rid of its empty cells and rows first: the same lines as without them."""
    from okot_audit.read.xlsx import SLIM_SHEET_BYTES, _unpacked_size, _without_empty_cells

    book, sheet = book_of([["Opleiding", 2019, 2020], [A1, 19, 22], [A2, 59, 1], ["Totaal", 78, 23]])
    sheet.merge_cells("A1:C1")
    sheet.row_dimensions[5].hidden = True
    plain = workbook_bytes(book)
    bloated = _bloated(plain, 200_000)
    assert _unpacked_size(bloated) > 5 * SLIM_SHEET_BYTES
    assert _unpacked_size(_without_empty_cells(bloated)) < 2 * _unpacked_size(plain)
    assert _without_empty_cells(plain) is plain
    shown, read = source_from_bytes(plain, "annex.xlsx"), source_from_bytes(bloated, "annex.xlsx")
    assert (read.lines, read.line_numbers, read.hidden_rows) == (shown.lines, shown.line_numbers, shown.hidden_rows)
    assert [r.row for r in read.hidden_rows] == [5]
