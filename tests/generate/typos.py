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
from generate.model import Block, Row, TableModel, draw_memberships, new_uid

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
    body = [Row(new_uid(), f"{900000 + i:06d}", f"Opleiding {i}", {}, 0) for i in range(rows)]
    table = TableModel(new_uid(), "started", "year", labels, [Block(0, None, body)], {})
    for p in labels:
        groups = draw_memberships(ch, [(0, r.uid) for r in body], shared=max(3, rows // 10))
        table.groups[p] = groups
        for row in body:
            row.counts[p] = sum(g.size for g in groups if (0, row.uid) in g.memberships)
        table.total[p] = sum(g.size for g in groups)
    return table


def as_table(model: TableModel):
    """The :class:`okot_audit.tables.Table` a correct reader makes of a by-year `model`
    (rows, then the total line; one line each)."""
    from okot_audit.tables import Cell, Period, Table

    cells = []
    line = 2
    for row in model.blocks[0].rows:
        for p in model.periods:
            if row.counts[p] is not None:
                cells.append(Cell("row", p, row.counts[p], line, code=row.code, label=row.label))
        line += 1
    for p in model.periods:
        if model.total[p] is not None:
            cells.append(Cell("total", p, model.total[p], line, label="Totaal", semantics="unique"))
    return Table("started", "Unieke cursisten met gestarte OKOT'(s)", "started", "year",
                 tuple(Period(p) for p in model.periods), True, 1, line, cells)
