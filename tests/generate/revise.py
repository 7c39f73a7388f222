"""A later answer made from an earlier one: figures copied, revised up or down, or a partial
period completed — by changing the persons behind them, so every table stays consistent.

:func:`later_answer` returns a deep copy of an :class:`~generate.model.AnswerModel` asked a
year later, with one drawn edit per table and period; :func:`expected_revisions` is the oracle
of the ``figure-revised`` rule: every printed figure whose count differs between the two
models, with the kind of revision the domain gives it (DOMAIN.md, "The same figure in two
answers").
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from typing import NamedTuple

from generate.choices import Chooser
from generate.model import Anchor, AnswerModel, TableModel, count_columns, count_period

EDITS = ("copy", "up", "down", "complete")


@dataclass(frozen=True)
class Edit:
    table: int  # uid
    period: str
    kind: str  # one of EDITS


class Expected(NamedTuple):
    """One figure-revised finding as the models say it must be."""

    anchor: Anchor
    period: str
    severity: str
    stated: int
    observed: int
    difference: int


def recount(table: TableModel, period: str) -> None:
    """Every printed figure of `period` (and of a total column) from its groups of persons again."""
    count_period(table, period)
    count_columns(table)


def later_answer(model: AnswerModel, ch: Chooser) -> tuple[AnswerModel, list[Edit]]:
    """A copy of `model` asked a year later, each table and period copied, revised up, revised
    down, or (a partial period) completed: no longer partial and grown."""
    later = copy.deepcopy(model)
    number, day, month, year = model.question
    later.question = (ch.integer(1, 450), day, month, year + 1)
    edits = []
    for table in later.tables:
        for period in table.periods:
            kinds = EDITS if table.partial(period) else EDITS[:3]
            kind = ch.choice(kinds)
            groups = table.groups[period]
            if kind == "down" and not any(g.size > 1 for g in groups):
                kind = "copy"
            if kind in ("up", "complete"):
                i = ch.integer(0, len(groups) - 1)
                groups[i] = replace(groups[i], size=groups[i].size + ch.integer(1, 30))
            elif kind == "down":
                shrinkable = [i for i, g in enumerate(groups) if g.size > 1]
                i = ch.choice(shrinkable)
                groups[i] = replace(groups[i], size=groups[i].size - ch.integer(1, groups[i].size - 1))
            if kind == "complete":
                table.stars.pop(period, None)
                table.said_partial.discard(period)
            recount(table, period)
            edits.append(Edit(table.uid, period, kind))
    return later, edits


def expected_revisions(earlier: AnswerModel, later: AnswerModel) -> list[Expected]:
    """Every figure of `later` that differs from `earlier`: info when it grew (a partial period
    completed, or a full one revised up), warning when it shrank."""
    out = []
    for old, new in zip(earlier.tables, later.tables):
        before, after = old.values(), new.values()
        for anchor, counts in after.items():
            for period, stated in counts.items():
                observed = before[anchor].get(period)
                if stated is None or observed is None or stated == observed:
                    continue
                severity = "info" if stated > observed else "warning"
                out.append(Expected(anchor, period, severity, stated, observed, stated - observed))
    return sorted(out, key=repr)
