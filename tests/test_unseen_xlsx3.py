""".xlsx annexes as users hold them, round 16 (review inputs16): a sheet that is a pivot table's
output, as Excel in Dutch saves it — the province on the first row of its block only (its
repeated labels left blank), each block closed by ``Antwerpen Totaal`` (the block's name first),
an ``Eindtotaal`` line and an ``Eindtotaal`` column — and a label holding Word's soft hyphen
(pasted from the answer). Each test asserts the exact cells and findings a correct reader gives.
The other forms of this round (a table from D7 under a title merged over its columns, several
tables on one sheet, years typed as text, a chart sheet, a cell's comment, a protected sheet, a
workbook marked as holding macros) were read right already; they are kept here as they are read."""

from __future__ import annotations

import io
import zipfile

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

from generate.xlsx import workbook_bytes as save

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from openpyxl import Workbook  # noqa: E402

TITLE = "Aantal unieke cursisten die een OKOT startten in de zorgsector"
A1 = "900123: Tweedekansonderwijs zorgkundige - 1ste jaar"
A2 = "900611: Professionele bachelor verpleegkunde - 1ste jaar"
YEARS = [2019, 2020, 2021]



def read(data: bytes) -> tuple[list[tuple], list[tuple]]:
    answer = parse_answer(source_from_bytes(data, "annex.xlsx"))
    cells = [(c.level, c.province, c.code, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    found = [(f.rule, f.severity, f.line, f.period, f.stated, f.observed) for f in audit(answer).findings]
    return cells, found


def pivot_book(total_column: bool = True) -> bytes:
    """A pivot table in tabular form as Excel in Dutch saves its values: item labels not
    repeated, a subtotal under each province named ``<province> Totaal``, the grand total
    ``Eindtotaal`` as the last line and (`total_column`) as the last column."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Draaitabel"
    end = ["Eindtotaal"] if total_column else []
    sheet.append([TITLE])
    sheet.append([])
    sheet.append(["Provincie", "Opleiding", *YEARS, *end])
    rows = [
        ["Antwerpen", A1, 19, 22, 25, 60], [None, A2, 59, None, 61, 118], ["Antwerpen Totaal", None, 77, 22, 84, 176],
        ["Limburg", A1, 10, 11, 12, 31], [None, A2, 20, 21, 22, 60], ["Limburg Totaal", None, 30, 32, 33, 90],
        ["Eindtotaal", None, 105, 54, 116, 262],
    ]
    for row in rows:
        sheet.append(row if total_column else row[:-1])
    return save(book)


def _pivot_cells(total_column: bool) -> list[tuple]:
    periods = [str(y) for y in YEARS] + (["Totaal"] if total_column else [])
    rows = [("row", "Antwerpen", "900123", [19, 22, 25, 60], 4), ("row", "Antwerpen", "900611", [59, None, 61, 118], 5),
            ("subtotal", "Antwerpen", None, [77, 22, 84, 176], 6),
            ("row", "Limburg", "900123", [10, 11, 12, 31], 7), ("row", "Limburg", "900611", [20, 21, 22, 60], 8),
            ("subtotal", "Limburg", None, [30, 32, 33, 90], 9), ("total", None, None, [105, 54, 116, 262], 10)]
    return [(level, province, code, p, v, line) for level, province, code, values, line in rows
            for p, v in zip(periods, values) if v is not None]


#: The findings: persons counted in two rows of a province, in two provinces, and (the total
#: column) in two years — all unique persons, no error.
_PIVOT_FINDINGS = [
    ("parts-exceed-total", "info", 6, "2019", 77, 78), ("parts-exceed-total", "info", 6, "2021", 84, 86),
    ("parts-exceed-total", "info", 9, "2021", 33, 34),
    ("parts-exceed-total", "info", 10, "2019", 105, 107), ("parts-exceed-total", "info", 10, "2021", 116, 117),
]
_TOTAL_COLUMN_FINDINGS = [
    ("parts-exceed-total", "info", 4, "Totaal", 60, 66), ("parts-exceed-total", "info", 5, "Totaal", 118, 120),
    ("parts-exceed-total", "info", 6, "Totaal", 176, 183), ("parts-exceed-total", "info", 6, "Totaal", 176, 178),
    ("parts-exceed-total", "info", 7, "Totaal", 31, 33), ("parts-exceed-total", "info", 8, "Totaal", 60, 63),
    ("parts-exceed-total", "info", 9, "Totaal", 90, 95), ("parts-exceed-total", "info", 9, "Totaal", 90, 91),
    ("parts-exceed-total", "info", 10, "Totaal", 262, 275), ("parts-exceed-total", "info", 10, "Totaal", 262, 266),
]


@pytest.mark.parametrize("total_column", [False, True])
def test_a_pivot_tables_output_with_its_subtotals_named_province_first(total_column):
    """``Antwerpen Totaal`` closes Antwerpen's block as ``Totaal Antwerpen`` does: read as a
    line of the rows, the blocks had no closing line (an ``unreadable-table`` error), every code
    of the second province was a ``duplicate-row`` error, and the subtotals were rows whose sum
    the Eindtotaal was checked against. ``Eindtotaal`` heads the pivot's total column: read as
    no period, the header named none and the whole table was unread."""
    cells, found = read(pivot_book(total_column))
    assert cells == _pivot_cells(total_column)
    expected = sorted(_PIVOT_FINDINGS + (_TOTAL_COLUMN_FINDINGS if total_column else []),
                      key=lambda f: (f[2], f[3] == "Totaal"))
    assert sorted(found, key=lambda f: (f[2], f[3] == "Totaal")) == expected


def test_a_total_column_headed_eindtotaal_under_row_labels():
    """A pivot table without row fields beyond the programme: ``Rijlabels 2019 2020 2021
    Eindtotaal``; the header was read as naming no period (``unreadable-table``)."""
    book = Workbook()
    sheet = book.active
    sheet.append([TITLE])
    sheet.append([])
    sheet.append(["Rijlabels", *YEARS, "Eindtotaal"])
    sheet.append([A1, 19, 22, 25, 60])
    sheet.append([A2, 59, None, 61, 118])
    sheet.append(["Eindtotaal", 77, 22, 84, 176])
    cells, found = read(save(book))
    assert cells == [
        ("row", None, "900123", "2019", 19, 4), ("row", None, "900123", "2020", 22, 4), ("row", None, "900123", "2021", 25, 4),
        ("row", None, "900123", "Totaal", 60, 4), ("row", None, "900611", "2019", 59, 5), ("row", None, "900611", "2021", 61, 5),
        ("row", None, "900611", "Totaal", 118, 5), ("total", None, None, "2019", 77, 6), ("total", None, None, "2020", 22, 6),
        ("total", None, None, "2021", 84, 6), ("total", None, None, "Totaal", 176, 6),
    ]
    assert found == [  # (6 of 60 counted twice, against 2 of 118: worth a look)
        ("parts-exceed-total", "info", 4, "Totaal", 60, 66), ("double-count-outlier", "info", 4, "Totaal", 60, 66),
        ("parts-exceed-total", "info", 5, "Totaal", 118, 120),
        ("parts-exceed-total", "info", 6, "2019", 77, 78), ("parts-exceed-total", "info", 6, "2021", 84, 86),
        ("parts-exceed-total", "info", 6, "Totaal", 176, 183), ("parts-exceed-total", "info", 6, "Totaal", 176, 178),
    ]


def test_a_label_with_a_soft_hyphen_names_its_province():
    """``Oost-Vlaan\\xadderen`` (Word's optional hyphen, copied from the answer into the annex):
    the label named no province, and the table of provinces read as one of anonymous rows."""
    book = Workbook()
    sheet = book.active
    sheet.append([TITLE])
    sheet.append(["Provincie", *YEARS])
    sheet.append(["Antwerpen", 577, 601, 640])
    sheet.append(["Oost-Vlaan\u00adderen", 918, 930, 951])
    sheet.append(["West\u200b-Vlaanderen", 751, 760, 772])
    sheet.append(["Totaal", 2200, 2250, 2300])
    answer = parse_answer(source_from_bytes(save(book), "annex.xlsx"))
    assert [(c.province, c.label, c.period, c.count) for c in answer.tables[0].cells][3:9] == [
        ("Oost-Vlaanderen", "Oost-Vlaanderen", "2019", 918), ("Oost-Vlaanderen", "Oost-Vlaanderen", "2020", 930),
        ("Oost-Vlaanderen", "Oost-Vlaanderen", "2021", 951), ("West-Vlaanderen", "West-Vlaanderen", "2019", 751),
        ("West-Vlaanderen", "West-Vlaanderen", "2020", 760), ("West-Vlaanderen", "West-Vlaanderen", "2021", 772),
    ]
    assert [(f.rule, f.severity, f.province, f.period) for f in audit(answer).findings] == [
        ("parts-exceed-total", "info", None, p) for p in ("2019", "2020", "2021")]


# --- What was read right already -----------------------------------------------------------------

_PROVINCES = [("Antwerpen", 577, 601, 640), ("Limburg", 529, 540, 555), ("Totaal", 1050, 1100, 1150)]


def _provinces(sheet, row: int = 1, column: int = 1, title: str = TITLE, merged: bool = False, years=YEARS) -> None:
    sheet.cell(row, column, title)
    if merged:
        sheet.merge_cells(start_row=row, start_column=column, end_row=row, end_column=column + 3)
    sheet.cell(row + 1, column, "Provincie")
    for j, year in enumerate(years):
        sheet.cell(row + 1, column + 1 + j, year)
    for i, values in enumerate(_PROVINCES):
        for j, value in enumerate(values):
            sheet.cell(row + 2 + i, column + j, value)


def _province_cells(first: int) -> list[tuple]:
    return [("total" if name == "Totaal" else "row", None if name == "Totaal" else name, None, str(y), v, first + i)
            for i, (name, *values) in enumerate(_PROVINCES) for y, v in zip(YEARS, values)]


def _province_findings(line: int) -> list[tuple]:
    return [("parts-exceed-total", "info", line, "2019", 1050, 1106), ("parts-exceed-total", "info", line, "2020", 1100, 1141),
            ("parts-exceed-total", "info", line, "2021", 1150, 1195)]


def _macro_marked(data: bytes) -> bytes:
    """`data` as an ``.xlsm`` saved under the name ``.xlsx``: its workbook part typed as one with
    macros, a VBA project beside it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(b"spreadsheetml.sheet.main+xml", b"spreadsheetml.sheet.main+xml").replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            target.writestr(item, content)
        target.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    return out.getvalue()


def _extras(book) -> None:
    """A chart sheet, a comment on a figure, the sheet protected with a password."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.comments import Comment

    sheet = book.active
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=2, min_row=2, max_col=4, max_row=4), titles_from_data=True)
    book.create_chartsheet("Grafiek").add_chart(chart)
    sheet["B3"].comment = Comment("voorlopig cijfer", "VDAB")
    sheet.protection.sheet = True
    sheet.protection.password = "vdab"


@pytest.mark.parametrize("form", ["d7-merged-title", "text-years", "chart-comment-protected", "macros"])
def test_forms_read_right_already(form):
    book = Workbook()
    sheet = book.active
    first, line = 3, 5
    if form == "d7-merged-title":
        _provinces(sheet, 7, 4, merged=True)
        first, line = 9, 11
    elif form == "text-years":
        _provinces(sheet, years=[str(y) for y in YEARS])
        for cell in sheet[2][1:]:
            cell.number_format = "@"
    else:
        _provinces(sheet)
        if form == "chart-comment-protected":
            _extras(book)
    data = save(book)
    if form == "macros":
        data = _macro_marked(data)
    cells, found = read(data)
    assert cells == _province_cells(first)
    assert found == _province_findings(line)


def test_several_tables_on_one_sheet_apart_by_empty_rows():
    book = Workbook()
    _provinces(book.active)
    _provinces(book.active, 7, title="Aantal unieke cursisten die een OKOT in de zorgsector beeindigden")
    cells, found = read(save(book))
    assert cells == _province_cells(3) + _province_cells(9)
    assert found == _province_findings(5) + _province_findings(11)
