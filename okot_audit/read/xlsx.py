"""An ``.xlsx`` annex → layout text: one line per sheet row, every column at a fixed place.

openpyxl (imported only here, only when a workbook is read) gives each sheet's cells, which
:func:`okot_audit.read.grid.lay_out` lays out as an HTML table's or a delimited table's. Each
column gets a fixed character position, as wide as its widest cell plus a gap, so a figure
stands exactly under its period label in the header row and an empty cell is empty space
under its column — the positional form :mod:`okot_audit.parse.columns` reads. Text is written
left-aligned at its column's position, numbers right-aligned in their column, as Excel shows
them: a figure ends where the widest cell of its column (its period label) ends.

- A line is a sheet row: ``line_numbers`` gives the row number and ``sheets`` the sheet's
  name, so findings point at ``Sheet!row``. Sheets follow each other, one empty line apart.
  The rows of a block (a table and its caption, between empty rows) share their columns.
- A label merged over several rows (a province over its block) stands once, on the block's
  first row, where Excel keeps its value; a label merged over several columns (``Totaal
  Antwerpen`` over the province and label columns) may run over them.
- Numbers read as the answer prints them: ``1472`` for a number cell, a whole float without
  its ``.0``; text that is a number (``'1.472``, `` 12 ``, ``1 472``) is the number's text
  with Dutch thousands separators, which the parser reads as a count.
- A formula is read by the value Excel saved with it; a formula without a saved value (a
  workbook written by a program that computes nothing) is an :class:`InputError`, never a
  silent blank.
"""

from __future__ import annotations

import datetime as _dt
import io
import re

from okot_audit.read.grid import lay_out
from okot_audit.source import InputError, Source, nfkc

_SPACED_THOUSANDS = re.compile(r"^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$")


def read_xlsx(data: bytes, path: str = "<xlsx>") -> Source:
    """Read the workbook in `data` into layout text (see the module documentation)."""
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a regular dependency
        raise InputError(path, "reading an .xlsx annex needs openpyxl: pip install openpyxl",
                         dutch="een .xlsx-bijlage lezen vraagt openpyxl: pip install openpyxl") from None
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    except Exception as exc:  # zipfile, XML and openpyxl errors: one line for the user
        detail = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise InputError(path, f"not a readable Excel workbook (damaged or incomplete: {detail})",
                         dutch=f"geen leesbare Excel-werkmap (beschadigd of onvolledig: {detail})") from None
    cached = None
    lines: list[str] = []
    numbers: list[int] = []
    sheets: list[str | None] = []
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        grid: list[list[str]] = []
        for row in sheet.iter_rows(min_row=1, max_row=sheet.max_row, max_col=sheet.max_column):
            texts = []
            for cell in row:
                value = cell.value
                if isinstance(value, str) and value.startswith("=") and cell.data_type == "f":
                    if cached is None:
                        cached = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
                    value = cached[sheet.title][cell.coordinate].value
                    if value is None:
                        raise InputError(
                            path, f"sheet {sheet.title!r}, cell {cell.coordinate}: a formula without a saved "
                            "value; open and save the workbook in Excel or LibreOffice first", cell.row,
                            dutch=f"blad {sheet.title!r}, cel {cell.coordinate}: een formule zonder bewaarde "
                            "waarde; open en bewaar de werkmap eerst in Excel of LibreOffice",
                        )
                texts.append(cell_text(value))
            grid.append(texts)
        if not any(t for row in grid for t in row):
            continue
        if lines:
            lines.append("")
            numbers.append(numbers[-1] + 1)
            sheets.append(sheets[-1])
        for number, line in enumerate(lay_out(grid, _spans(sheet)), start=1):
            lines.append(line)
            numbers.append(number)
            sheets.append(sheet.title)
    if not lines:
        raise InputError(path, "the workbook holds no cells with text or numbers",
                         dutch="de werkmap bevat geen cellen met tekst of getallen")
    return Source(
        path=path, text="\n".join(lines), encoding="xlsx", lines=tuple(lines), kind="xlsx", positional=True,
        line_numbers=tuple(numbers), sheets=tuple(sheets),
    )


def cell_text(value) -> str:
    """A cell's value as the answer prints it (numbers stored as text become numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.strftime("%Y-%m-%d")
    text = " ".join(nfkc(str(value)).split())
    if _SPACED_THOUSANDS.match(text):
        return text.replace(" ", ".")
    return text


def _spans(sheet) -> dict[tuple[int, int], int]:
    """(row, first column) → how many columns a merged cell spans (0-based indices)."""
    out = {}
    for merged in sheet.merged_cells.ranges:
        if merged.max_col > merged.min_col:
            out[(merged.min_row - 1, merged.min_col - 1)] = merged.max_col - merged.min_col + 1
    return out
