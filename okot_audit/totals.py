"""The totals of a table and the parts each one totals: what the totals rules check and what
the HTML chart shows, worked out in one place.

Year tables: each period's ``Totaal`` over that period's rows. Province tables: each block's
``Totaal <province>`` over the block's rows, and the ``Eindtotaal`` over the subtotals.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from okot_audit.tables import Answer, Cell, Table


@dataclass(frozen=True)
class TotalCheck:
    table: Table
    total: Cell
    parts: tuple[Cell, ...]

    @property
    def unique(self) -> bool:
        """Whether the total counts unique persons (``max <= total <= sum``); else it is
        additive (``total == sum``): enrolments, events, or a partition of persons."""
        if self.total.semantics:
            return self.total.semantics == "unique"
        return self.table.unique_persons

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
    def over_subtotals(self) -> bool:
        """An Eindtotaal over province subtotals (else a total over rows)."""
        return self.total.level == "total" and self.table.layout == "province"

    @property
    def parts_word(self) -> str:
        return "subtotals" if self.over_subtotals else "rows"

    @property
    def double_counted(self) -> int | None:
        """Persons counted in more than one part (``sum(parts) - total``), or None when there
        are none or the total is impossible (below its largest part)."""
        excess = self.parts_sum - self.total.count
        return excess if excess > 0 and self.total.count >= self.largest.count else None

    def words(self) -> dict[str, str]:
        """The words messages use for the total and its parts, in English and Dutch."""
        subtotals = self.over_subtotals
        return {
            "what": self.what, "parts": self.parts_word,
            "part": "subtotal" if subtotals else "row",
            "parts_nl": "subtotalen" if subtotals else "rijen",
            "part_nl": "subtotaal" if subtotals else "rij",
        }


def answer_checks(answer: Answer) -> Iterator[TotalCheck]:
    """Every total of every table of `answer` with its parts, table by table."""
    for table in answer.tables:
        yield from total_checks(table)


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
