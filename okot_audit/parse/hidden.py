"""The figures of rows hidden in an ``.xlsx`` sheet, under the periods of the table they stand in.

A row a statistician hid (a programme's row, a group folded away) is no row of the table the
annex's reader sees: :mod:`okot_audit.read.xlsx` leaves it out of the lines and keeps it aside
(:class:`~okot_audit.source.HiddenRow`), laid out in the columns of the rows shown around it.
Here its figures are placed under the table's periods as a shown row's would be, and kept on
the table (:attr:`~okot_audit.tables.Table.hidden`): no cells, but what a total that counts
them can be told by.
"""

from __future__ import annotations

from typing import Callable, Sequence

from okot_audit.parse.columns import place_by_position
from okot_audit.parse.context import period_list
from okot_audit.tables import HiddenFigure, Table

Spans = Sequence[tuple[int, int]]


def place_hidden_rows(table: Table, rows: Sequence, first: int, last: int,
                      spans: Callable[[int], Spans | None]) -> None:
    """Set `table`'s :attr:`~okot_audit.tables.Table.hidden` from the hidden `rows` that stand
    between its lines `first` and `last` (the header's and the last row's), each placed by the
    period columns `spans` gives for its line; a row whose figures stand under no period's
    column is left as it is (reported as not read all the same)."""
    labels = [p.label for p in table.periods]
    for row in rows:
        if not first <= row.line <= last or not row.text:
            continue
        columns = spans(row.line + 1)
        placed = place_by_position(row.text, columns, by_order=False) if columns else None
        if placed is None or len(placed.values) != len(labels):
            continue
        table.hidden.extend(
            HiddenFigure(row.line, row.row, period, count, row.name)
            for period, count in zip(labels, placed.values) if count is not None
        )


def hidden_header(row) -> str | None:
    """A hidden row (:class:`~okot_audit.source.HiddenRow`) that is a table's header, its words
    then its periods (``Opleiding 2021 2022``: the years no figures), as printed; else None."""
    values = [v for v in row.values if v != "-"]
    text = " ".join([row.name, *values]).strip()
    found = period_list(text) if values else None
    return text if found is not None and len(found[1]) == len(values) else None
