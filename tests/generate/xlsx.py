"""Answers' tables as an Excel annex (openpyxl): the same documents as :mod:`generate.pdf`.

:func:`write_xlsx` puts every table of a :class:`~generate.pdf.Document` in a workbook — all
on one sheet below each other, or one sheet each — with a header row of periods (each merged
over the columns under it, their names on a second header row, where a table prints several
columns under each period), the label
column, total rows, a province merged over its block's rows and ``Totaal <province>`` merged
over the province and label columns; a caption row above a table whose header does not say
what it counts (or names no period); its footnotes (``*Voor het jaar 2022 …``) in the rows
below it. Figures are number cells, or text (``'1.472``, `` 12 ``) when asked. An annex has no
prose: a period the answer's text alone calls partial is partial in the annex only when it is
starred. :func:`write_xlsx` returns the bytes and, per table, the sheet and the row of
each of its rows, so tests can check where the reader says a row stands.
"""

from __future__ import annotations

import io

from generate.pdf import Document, PdfTable
from generate.render import MEASURE_WORDS


def write_xlsx(
    document: Document, *, numbers_as_text: bool = False, sheet_per_table: bool = False,
    merge_provinces: bool = True, gap_rows: int = 1,
) -> tuple[bytes, list[list[tuple[str, int]]]]:
    """The workbook's bytes and, per table, (sheet, row) of every one of its rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Tabel 1"
    row = 1
    where: list[list[tuple[str, int]]] = []
    for index, table in enumerate(document.tables):
        if sheet_per_table and index:
            sheet = book.create_sheet(f"Tabel {index + 1}")
            row = 1
        elif index:
            row += gap_rows
        row, places = _table(sheet, table, row, numbers_as_text, merge_provinces)
        where.append(places)
    return workbook_bytes(book), where


def workbook_bytes(book) -> bytes:
    """The bytes of openpyxl workbook `book` as saved to a file."""
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _figure(value: int | None, as_text: bool, index: int):
    if value is None:
        return None
    if not as_text:
        return value
    if value >= 1000:
        return f"{value:,}".replace(",", ".") if index % 2 else f"{value:,}".replace(",", " ")
    return f" {value} " if index % 2 else str(value)


def _table(sheet, table: PdfTable, row: int, as_text: bool, merge: bool) -> tuple[int, list[tuple[str, int]]]:
    province = table.layout == "province"
    caption = table.caption
    if province and caption is None:  # an annex names the period and the measure of a province table
        word = MEASURE_WORDS.get(table.measure or "started", "gestarte")
        caption = f"Aantal unieke {word} cursisten per provincie en per opleiding in {table.title}"
    if caption:  # in a caption row above the table
        sheet.cell(row, 1, caption)
        row += 2
    first_figure = 3 if province else 2
    header = ["Provincie", "Opleiding", "Aantal"] if province else [table.title, *table.periods]
    if table.names:  # each period over its columns (merged), their names on the row below
        n = len(table.names)
        sheet.cell(row, 1, table.title)
        for k, period in enumerate(table.periods):
            sheet.cell(row, first_figure + k * n, period)
            sheet.merge_cells(start_row=row, start_column=first_figure + k * n, end_row=row, end_column=first_figure + k * n + n - 1)
        row += 1
        header = [None, *(table.names * len(table.periods))]
    for c, text in enumerate(header, start=1):
        if text is not None:
            sheet.cell(row, c, text)
    row += 1
    places = []
    block_start = None
    for i, item in enumerate(table.rows):
        if province and item.level == "row":
            if block_start is None:
                block_start = row
                sheet.cell(row, 1, item.province)
            nxt = table.rows[i + 1] if i + 1 < len(table.rows) else None
            if merge and (nxt is None or nxt.level != "row") and row > block_start:
                sheet.merge_cells(start_row=block_start, start_column=1, end_row=row, end_column=1)
            sheet.cell(row, 2, item.label)
        elif province:
            block_start = None
            sheet.cell(row, 1, item.label)
            if merge:
                sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        else:
            sheet.cell(row, 1, item.label)
        for k, value in enumerate(item.values):
            figure = _figure(value, as_text, i + k) if value is not None or not table.blank else table.blank
            if figure is not None:
                sheet.cell(row, first_figure + k, figure)
        places.append((sheet.title, row))
        row += 1
    for note in table.footnotes:  # what a starred period's star means, below the table
        sheet.cell(row, 1, note)
        row += 1
    return row, places


def with_saved_values(
    data: bytes, values: dict[str, str], kinds: dict[str, str] | None = None, *, recalculate: bool = True,
) -> bytes:
    """`data` (a workbook openpyxl wrote: formulas without the value Excel saves beside them)
    with the value ``<v>`` saved beside each formula — an array formula's too — of the first
    sheet's cells in `values`, the cell's other attributes kept. `kinds` gives a cell's type
    (``e``: an error value such as ``#DIV/0!``). `recalculate` False saves the workbook as
    Excel does, without the mark ``fullCalcOnLoad`` openpyxl writes (the values are Excel's
    own); True keeps it, as XlsxWriter does (the values may be placeholders)."""
    import re
    import zipfile

    kinds = kinds or {}
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = content.decode()
                for ref, value in values.items():
                    def put(match: re.Match, value: str = value, kind: str | None = kinds.get(ref)) -> str:
                        cell = match.group(1) if kind is None else re.sub(r'\s+t="[^"]*"', "", match.group(1))[:-1] + f' t="{kind}">'
                        return f"{cell}{match.group(2)}<v>{value}</v>"

                    text = re.sub(rf'(<c r="{ref}"[^>]*>)(<f[^>]*>[^<]*</f>)(?:<v\s*/>|<v></v>)?', put, text)
                content = text.encode()
            if item.filename == "xl/workbook.xml" and not recalculate:
                content = re.sub(rb'\s*fullCalcOnLoad="1"', b"", content)
            target.writestr(item, content)
    return out.getvalue()
