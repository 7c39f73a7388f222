"""The totals of a table and the parts each one totals (shared by the totals rules).

Year tables: each period's ``Totaal`` over that period's rows. Province tables: each block's
``Totaal <province>`` over the block's rows, and the ``Eindtotaal`` over the subtotals.
"""

from __future__ import annotations

from dataclasses import dataclass

from okot_audit.tables import Cell, Table


@dataclass(frozen=True)
class TotalCheck:
    table: Table
    total: Cell
    parts: tuple[Cell, ...]

    @property
    def parts_sum(self) -> int:
        return sum(c.count for c in self.parts)

    @property
    def largest(self) -> Cell:
        return max(self.parts, key=lambda c: (c.count, -c.line))

    @property
    def what(self) -> str:
        """What the total is, in words: ``Totaal 2020`` or ``Totaal Antwerpen``."""
        return self.total.label or "Totaal"

    @property
    def parts_word(self) -> str:
        return "subtotals" if self.total.level == "total" and self.table.layout == "province" else "rows"


def total_checks(table: Table) -> list[TotalCheck]:
    """Every total of `table` with its parts; none where a row could not be read."""
    if table.unresolved:
        return []
    checks: list[TotalCheck] = []
    for period in table.periods:
        cells = [c for c in table.cells if c.period == period.label]
        block: list[Cell] = []
        subtotals: list[Cell] = []
        for cell in sorted(cells, key=lambda c: c.line):
            if cell.level == "row":
                block.append(cell)
            elif cell.level == "subtotal":
                if block:
                    checks.append(TotalCheck(table, cell, tuple(block)))
                subtotals.append(cell)
                block = []
            else:
                parts = subtotals if table.layout == "province" and subtotals else block
                if parts:
                    checks.append(TotalCheck(table, cell, tuple(parts)))
                block, subtotals = [], []
    return sorted(checks, key=lambda c: (c.total.line, c.total.period))
