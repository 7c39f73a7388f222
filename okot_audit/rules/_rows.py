"""Distinct printed rows of a table (a row has one cell per non-blank period)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from okot_audit.tables import Cell, Table
from okot_audit.totals import per_table


def printed_rows(table: Table) -> list[Cell]:
    """The first cell of every printed row, in document order (worked out once per table for
    the rules of one answer: :func:`~okot_audit.totals.per_table`; read it, do not change it)."""
    return per_table(table, "printed_rows", _printed_rows)


def _printed_rows(table: Table) -> list[Cell]:
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


def rows_once(tables: Iterable[Table], coded: bool = False) -> Iterator[tuple[Table, Cell]]:
    """Each printed row of `tables` (with a training code, when `coded`) once, with the first
    table it stands in. A header that prints several columns under each period (``Man`` /
    ``Vrouw`` / ``Totaal``, ``gestart`` / ``geslaagd``) makes one table per column over the same
    rows: what a row's code or label says is wrong is one thing, however many columns it has."""
    seen: set[tuple] = set()
    for table in tables:
        for cell in printed_rows(table):
            key = (cell.line, cell.code, cell.label)
            if (cell.code or not coded) and key not in seen:
                seen.add(key)
                yield table, cell


def row_name(cell: Cell) -> str:
    """How a message names a row: its training code, else its label (a province, a category,
    a programme)."""
    return cell.code or cell.label or "?"
