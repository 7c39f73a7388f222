"""Distinct printed rows of a table (a row has one cell per non-blank period)."""

from __future__ import annotations

from okot_audit.tables import Cell, Table


def printed_rows(table: Table) -> list[Cell]:
    """The first cell of every printed row, in document order."""
    seen: set[tuple] = set()
    out = []
    for cell in table.rows():
        key = (cell.line, cell.code)
        if key not in seen:
            seen.add(key)
            out.append(cell)
    return out
