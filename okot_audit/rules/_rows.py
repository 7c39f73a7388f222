"""Distinct printed rows of a table (a row has one cell per non-blank period)."""

from __future__ import annotations

from okot_audit.tables import Cell, Table


def printed_rows(table: Table) -> list[Cell]:
    """The first cell of every printed row, in document order."""
    seen: set[tuple] = set()
    out = []
    for cell in table.rows():
        key = (cell.line, cell.code, cell.label)
        if key not in seen:
            seen.add(key)
            out.append(cell)
    return out


def coded_rows(table: Table) -> list[Cell]:
    """The printed rows that carry a training code."""
    return [cell for cell in printed_rows(table) if cell.code]


def row_name(cell: Cell) -> str:
    """How a message names a row: its training code, else its label (a province, a category,
    a programme)."""
    return cell.code or cell.label or "?"
