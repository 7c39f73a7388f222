"""The ``.xlsx`` annex read into layout text: a line per sheet row, figures under their period."""

from __future__ import annotations

import io
import zipfile

import pytest

from generate.pdf import Document, PdfRow, PdfTable, seed_document
from generate.xlsx import write_xlsx
from okot_audit.parse.columns import column_spans, place_by_position
from okot_audit.read.xlsx import cell_text, read_xlsx
from okot_audit.source import InputError, read_source, source_from_bytes
from test_read_pdf import assert_rows_under_their_periods, fold

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

SEEDS = ("000_699ad5193617b98e", "002_f58759045b60ed02")


def line_of(source, sheet: str, row: int) -> str:
    matches = [
        i for i in range(1, len(source.lines) + 1) if source.sheet_of(i) == sheet and source.reported_line(i) == row
    ]
    assert len(matches) == 1, (sheet, row, matches)
    return source.line(matches[0])


@pytest.mark.parametrize("numbers_as_text", [False, True])
@pytest.mark.parametrize("sheet_per_table", [False, True])
@pytest.mark.parametrize("seed", SEEDS)
def test_seed_tables_as_an_annex_read_every_row_under_its_period(seed, sheet_per_table, numbers_as_text):
    document = Document(seed_document(seed).tables)
    data, where = write_xlsx(document, numbers_as_text=numbers_as_text, sheet_per_table=sheet_per_table)
    source = read_xlsx(data, f"{seed}.xlsx")
    assert source.kind == "xlsx" and source.positional
    assert len(source.line_numbers) == len(source.sheets) == len(source.lines)
    assert_rows_under_their_periods(source, document)
    for table, places in zip(document.tables, where):  # the line is the sheet row it came from
        for row, (sheet, number) in zip(table.rows, places):
            assert fold(row.label) in fold(line_of(source, sheet, number))


def test_merged_province_stands_once_on_its_blocks_first_row():
    table = PdfTable("2020", ["Aantal"], [
        PdfRow("900123: Tweedekansonderwijs zorgkundige - 1ste jaar", [19], "row", "Antwerpen"),
        PdfRow("900124: Tweedekansonderwijs zorgkundige - tweede jaar", [9], "row", "Antwerpen"),
        PdfRow("Totaal Antwerpen", [27], "subtotal", "Antwerpen"),
        PdfRow("900611: Professionele bachelor verpleegkunde - 1ste jaar", [35], "row", "Limburg"),
        PdfRow("Totaal Limburg", [35], "subtotal", "Limburg"),
        PdfRow("Eindtotaal", [62], "total"),
    ], "province")
    data, where = write_xlsx(Document([table]))
    source = read_xlsx(data, "annex.xlsx")
    lines = [line_of(source, "Tabel 1", row) for _, row in where[0]]
    assert lines[0].startswith("Antwerpen") and "900123:" in lines[0]
    assert "Antwerpen" not in lines[1]
    assert lines[2].startswith("Totaal Antwerpen")
    assert lines[3].startswith("Limburg")
    assert source.lines[0].startswith("Aantal unieke gestarte cursisten per provincie")  # the caption row
    header = next(line for line in source.lines if line.startswith("Provincie"))
    spans = column_spans(header, ["Aantal"])
    assert [place_by_position(line, spans).values for line in lines] == [(19,), (9,), (27,), (35,), (35,), (62,)]


def test_blank_cells_stay_blank_and_text_numbers_are_numbers():
    table = PdfTable("Unieke cursisten met gestarte OKOT'(s)", ["2018", "2019", "2020", "2021"], [
        PdfRow("908017: Educatieve graduaatsopleiding", [None, 27, 52, None]),
        PdfRow("908020: Verkorte educatieve master", [None, None, 94, 1479]),
        PdfRow("Totaal", [1200, 1834, 1472, 1480], "total"),
    ])
    data, where = write_xlsx(Document([table]), numbers_as_text=True)
    source = read_xlsx(data, "annex.xlsx")
    spans = column_spans(source.lines[0], ["2018", "2019", "2020", "2021"])
    values = [place_by_position(line_of(source, "Tabel 1", row), spans).values for _, row in where[0]]
    assert values == [(None, 27, 52, None), (None, None, 94, 1479), (1200, 1834, 1472, 1480)]


@pytest.mark.parametrize("value,text", [
    (None, ""), (12, "12"), (12.0, "12"), ("1.472", "1.472"), (" 12 ", "12"), ("1 472", "1.472"),
    ("1\u00a0472", "1.472"), ("Speci\ufb01eke", "Specifieke"), (2.5, "2,5"),
])
def test_cell_text(value, text):
    assert cell_text(value) == text


def test_a_formula_without_saved_value_is_said_at_its_cell():
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Tabel 1"
    sheet.append(["Unieke cursisten", "2020"])
    sheet.append(["908001: Educatieve bachelor", 5])
    sheet.append(["Totaal", "=SUM(B2:B2)"])
    buffer = io.BytesIO()
    book.save(buffer)
    source = read_xlsx(buffer.getvalue(), "annex.xlsx")
    assert [(u.line, u.reason, u.text, u.columns) for u in source.unread] == [
        (3, "formula-without-value", "Totaal", ("B3",))]
    assert source.lines[2].rstrip() == "Totaal"


def test_a_broken_workbook_is_one_line():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not xml")
    with pytest.raises(InputError) as caught:
        source_from_bytes(buffer.getvalue(), "annex.xlsx")
    assert str(caught.value).startswith("annex.xlsx: not a readable Excel workbook")
    assert "\n" not in str(caught.value)


def test_an_old_xls_or_protected_workbook_says_what_to_do():
    with pytest.raises(InputError, match=r"^old\.xls: an old Excel \(\.xls\)"):
        source_from_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.xls")


def test_an_empty_workbook_is_refused():
    from openpyxl import Workbook

    buffer = io.BytesIO()
    Workbook().save(buffer)
    with pytest.raises(InputError, match="holds no cells"):
        read_xlsx(buffer.getvalue(), "empty.xlsx")


def test_a_workbook_named_pdf_is_read_as_a_workbook(tmp_path):
    data, _ = write_xlsx(Document(seed_document(SEEDS[0]).tables))
    path = tmp_path / "annex.pdf"
    path.write_bytes(data)
    source = read_source(path)
    assert source.kind == "xlsx" and source.sheet_of(1) == "Tabel 1" and source.reported_line(1) == 1
