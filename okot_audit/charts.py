"""What a table's chart shows, computed once by the audit run from the totals' checks: per
total, the stated figure and the sum of the parts it totals. The HTML report draws it
(:mod:`okot_audit.report.html`); a report never computes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from okot_audit.tables import Table




@dataclass(frozen=True)
class Bar:
    """One total of a chart: the stated total (or None) and the sum of the parts it totals.

    `scale` says what the parts are (``parts``: rows; ``subtotals``: a grand total over
    subtotals), `line` where the total stands, `partial` whether its period is partial.
    """

    label: str
    stated: int | None
    parts: int | None
    scale: str = "parts"
    line: int | None = None
    period: str | None = None
    partial: bool = False

    @property
    def difference(self) -> int | None:
        """The sum of the parts minus the stated total (None when either is missing)."""
        if self.stated is None or self.parts is None:
            return None
        return self.parts - self.stated


@dataclass(frozen=True)
class ChartTable:
    """What a chart needs of a table, kept when the table itself is not (a streamed run)."""

    id: str
    bars: tuple[Bar, ...]
    cells: tuple = ()  # no cells: only the bars are kept

    @property
    def chart_bars(self) -> tuple[Bar, ...]:
        """The bars, as :attr:`okot_audit.tables.Table.chart_bars` gives a table's."""
        return self.bars


def table_bars(table: "Table") -> tuple[Bar, ...]:
    """Stated totals next to the sums of their parts, for display only: the totals and parts
    the totals rules check (:func:`okot_audit.totals.total_checks`).

    Year tables: per period, the ``Totaal`` against the sum of its rows. Province tables: per
    province, the subtotal against the sum of that province's rows, then the ``Eindtotaal``
    against the sum of the subtotals (with the period, when there are several). None for a
    table whose rows could not all be read.
    """
    from okot_audit.totals import total_checks

    partial = {p.label: p.partial for p in table.periods}
    several = len(partial) > 1
    # one total line over rows, no blocks, no total column: a bar is named by its period alone
    plain = (not table.layout.blocks and not table.layout.total_column
             and len({c.line for c in table.cells if c.level == "total"}) == 1)
    bars: list[Bar] = []
    for check in total_checks(table):
        total = check.total
        period = f"{total.period}{'*' if partial.get(total.period) else ''}"
        is_partial = bool(partial.get(total.period))
        if plain:
            bars.append(Bar(period, total.count, check.parts_sum, line=total.line, period=total.period,
                            partial=is_partial))
            continue
        suffix = f" {period}" if several else ""
        name = total.province if total.level == "subtotal" else total.label
        scale = "subtotals" if check.over_subtotals else "parts"
        bars.append(Bar(f"{name or total.label}{suffix}", total.count, check.parts_sum, scale,
                        line=total.line, period=total.period, partial=is_partial))
    return tuple(bars)
