"""Typing errors injected into one printed figure of a consistent answer, and tables of a given
size for the localisation benchmark.

The forward errors (true figure → printed figure) are written here independently of
:mod:`okot_audit.locate.typos`, which works backwards (printed → true), so the property tests
check one against the other.
"""

from __future__ import annotations

import copy

from generate.choices import Chooser
from generate.faults import Fault
from generate.model import PROVINCES, Block, Group, Row, TableModel, draw_memberships

KINDS = ("swap", "doubled", "dropped", "thousands")


def _ok(digits: str) -> bool:
    return bool(digits) and (digits == "0" or not digits.startswith("0"))


def typo_options(true: int, kind: str) -> list[int]:
    """Every figure `kind` can turn `true` into (without a leading zero), other than `true`."""
    s = str(true)
    if kind == "swap":
        out = [s[:i] + s[i + 1] + s[i] + s[i + 2:] for i in range(len(s) - 1)]
    elif kind == "doubled":
        out = [s[:i] + s[i] + s[i:] for i in range(len(s))]
    elif kind == "dropped":
        out = [s[:i] + s[i + 1:] for i in range(len(s))]
    elif kind == "thousands":
        out = [str(true // 1000)] if 1000 <= true < 1_000_000 else []
    else:
        raise ValueError(kind)
    return sorted({int(d) for d in out if _ok(d) and int(d) != true})


def inject_typo(model, ch: Chooser, kind: str) -> Fault | None:
    """One figure (a row's cell, a subtotal or a total) of a copy of `model` mistyped by
    `kind`; None when no figure of the answer can take that kind of typo."""
    faulty = copy.deepcopy(model)
    places = [
        (table, anchor, period)
        for table in faulty.tables
        for anchor, cells in table.values().items()
        for period, value in cells.items()
        if value is not None and typo_options(value, kind)
    ]
    if not places:
        return None
    table, anchor, period = ch.choice(places)
    cells = table.values()[anchor]
    true = cells[period]
    cells[period] = ch.choice(typo_options(true, kind))
    return Fault(f"typo-{kind}", faulty, f"{anchor} {period}: {true} -> {cells[period]}", table.uid,
                 anchor, period)


def sized_year_table(ch: Chooser, rows: int, periods: int) -> TableModel:
    """A by-year table of exactly `rows` rows and `periods` periods (no blanks), built from
    persons like :func:`generate.model.draw_year_table`."""
    labels = [str(2000 + i) for i in range(periods)]
    body = [Row(ch.uid(), f"{900000 + i:06d}", f"Opleiding {i}", {}, 0) for i in range(rows)]
    table = TableModel(ch.uid(), "started", "year", labels, [Block(0, None, body)], {})
    for p in labels:
        groups = draw_memberships(ch, [(0, r.uid) for r in body], shared=max(3, rows // 10))
        table.groups[p] = groups
        for row in body:
            row.counts[p] = sum(g.size for g in groups if (0, row.uid) in g.memberships)
        table.total[p] = sum(g.size for g in groups)
    return table


def sized_province_table(ch: Chooser, rows_per_block: int, blocks: int = 6) -> TableModel:
    """A by-province table of `blocks` provinces of exactly `rows_per_block` rows each, for one
    period; persons who moved are counted in two provinces."""
    period = "2020"
    made = []
    for index, province in enumerate(PROVINCES[:blocks]):
        rows = [Row(ch.uid(), f"{900000 + i:06d}", f"Opleiding {i}", {}, 0) for i in range(rows_per_block)]
        made.append(Block(index, province, rows, {}))
    groups = []
    for block in made:
        groups += draw_memberships(ch, [(block.index, r.uid) for r in block.rows], shared=max(2, rows_per_block // 5))
    for _ in range(ch.integer(0, blocks)):
        one, other = ch.subset(made, 2, 2)
        a, b = ch.choice(one.rows), ch.choice(other.rows)
        groups.append(Group(ch.integer(1, 5), frozenset([(one.index, a.uid), (other.index, b.uid)])))
    table = TableModel(ch.uid(), "started", "province", [period], made, {})
    table.groups[period] = groups
    for block in made:
        for row in block.rows:
            row.counts[period] = sum(g.size for g in groups if (block.index, row.uid) in g.memberships)
        block.subtotal[period] = sum(g.size for g in groups if any(b == block.index for b, _ in g.memberships))
    table.total[period] = sum(g.size for g in groups)
    return table


def as_table(model: TableModel):
    """The :class:`okot_audit.tables.Table` a correct reader makes of `model` (a by-year table:
    rows, then the total line; a by-province table: each block's rows and its ``Totaal
    <province>`` line, then the Eindtotaal; one line each)."""
    from okot_audit.tables import Layout, Cell, Period, Table

    cells = []
    line = 2
    for block in model.blocks:
        for row in block.rows:
            for p in model.periods:
                if row.counts[p] is not None:
                    cells.append(Cell("row", p, row.counts[p], line, code=row.code, label=row.label,
                                      province=block.province))
            line += 1
        if block.subtotal is not None:
            for p in model.periods:
                if block.subtotal[p] is not None:
                    cells.append(Cell("subtotal", p, block.subtotal[p], line, label=f"Totaal {block.province}",
                                      province=block.province, semantics="unique"))
            line += 1
    words = "Eindtotaal" if model.layout == "province" else "Totaal"
    for p in model.periods:
        if model.total[p] is not None:
            cells.append(Cell("total", p, model.total[p], line, label=words, semantics="unique"))
    layout = Layout("code", "province" if model.layout == "province" else None)
    return Table("started", "Unieke cursisten met gestarte OKOT'(s)", "started", layout,
                 tuple(Period(p) for p in model.periods), True, 1, line, cells)
