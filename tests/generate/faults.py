"""Faults injected into a generated answer, and what an audit must then say about it.

Each ``inject_*`` function takes a consistent :class:`~generate.model.AnswerModel` and a
:class:`~generate.choices.Chooser`, and returns a :class:`Fault`: a *modified deep copy* of the
model (the original is untouched), where the fault stands, and the findings the fault itself
must add. Rendered with the original's :class:`~generate.choices.Plan`, the copy prints with the
same layout, so the two audits can be compared finding by finding.

Findings are compared by *anchor*, not by line (a repeated row or a relabelled row moves the
lines below it): :func:`finding_keys` maps each finding's line through ``Rendered.anchors``.

:func:`expected_totals` is the oracle of the three totals rules, straight from the domain: for a
total ``t`` over parts ``p``, ``t > sum(p)`` is ``total-exceeds-parts``, ``t < max(p)`` is
``total-below-largest-part``, and otherwise ``sum(p) > t`` is ``parts-exceed-total`` (information:
the persons counted more than once).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from generate.choices import Chooser
from generate.model import Anchor, AnswerModel, Block, Row, TableModel, catalogue_pool, fresh_uid
from generate.render import Rendered

TOTALS_RULES = ("total-exceeds-parts", "total-below-largest-part", "parts-exceed-total")
OTHER_SECTOR = {"onderwijs": "zorg", "zorg": "onderwijs"}


class Key(NamedTuple):
    """A finding without its line and message: what must stay the same across renderings."""

    rule: str
    severity: str
    anchor: Anchor
    table: str | None
    measure: str | None
    period: str | None
    province: str | None
    training_code: str | None
    stated: int | None
    observed: int | None
    difference: int | None


def anchor_of(line: int | None, anchors: dict[int, Anchor]) -> Anchor:
    """The row, total, header or footnotes on `line`; for another line, the nearest anchored
    line above it and the distance (a wrapped header's second line: ``("near", header, 1)``)."""
    if line in anchors:
        return anchors[line]
    above = max((k for k in anchors if line is not None and k < line), default=None)
    if above is None:
        return ("near", None, line)
    return ("near", anchors[above], line - above)


def finding_keys(findings: Iterable, rendered: Rendered) -> list[Key]:
    return sorted(
        (
            Key(f.rule, f.severity, anchor_of(f.line, rendered.anchors), f.table, f.measure,
                f.period, f.province, f.training_code, f.stated, f.observed, f.difference)
            for f in findings
        ),
        key=repr,
    )


# ---------------------------------------------------------------------------------------------
# The faults


@dataclass
class Fault:
    """A faulty copy of an answer and what the fault must add to its audit."""

    kind: str
    model: AnswerModel
    what: str  # in words, for failure reports
    table: int  # uid of the faulted table
    anchor: Anchor | None = None  # the figure or row the fault is in
    period: str | None = None
    #: findings the fault must add besides those of the totals rules, as partial keys
    #: (only the fields given are compared); nothing else may be added.
    adds: list[dict] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"Fault({self.kind}: {self.what})"


def _checks(model: AnswerModel) -> list[tuple[TableModel, tuple[Anchor, str, list[Anchor]]]]:
    return [(t, check) for t in model.tables for check in t.checks()]


def inject_raised_total(model: AnswerModel, ch: Chooser) -> Fault:
    """A total (year total, province subtotal or Eindtotaal) raised above the sum of its parts."""
    faulty = copy.deepcopy(model)
    table, (anchor, period, parts) = ch.choice(_checks(faulty))
    values = table.values()
    before = values[anchor][period]
    total = sum(values[p][period] for p in parts) + ch.size()
    values[anchor][period] = total
    return Fault("raised-total", faulty, f"{anchor} {period}: {before} -> {total}", table.uid, anchor, period)


def inject_lowered_total(model: AnswerModel, ch: Chooser) -> Fault:
    """A total lowered below the largest of its parts (down to 0)."""
    faulty = copy.deepcopy(model)
    table, (anchor, period, parts) = ch.choice(_checks(faulty))
    values = table.values()
    before = values[anchor][period]
    largest = max(values[p][period] for p in parts)
    total = largest - ch.integer(1, largest)
    values[anchor][period] = total
    return Fault("lowered-total", faulty, f"{anchor} {period}: {before} -> {total}", table.uid, anchor, period)


def transpositions(value: int) -> list[int]:
    """Every value that swapping two adjacent, different digits of `value` gives (no leading 0)."""
    digits = str(value)
    out = []
    for i in range(len(digits) - 1):
        a, b = digits[i], digits[i + 1]
        if a != b and not (i == 0 and b == "0"):
            out.append(int(digits[:i] + b + a + digits[i + 2:]))
    return out


def inject_transposition(model: AnswerModel, ch: Chooser) -> Fault | None:
    """Two adjacent digits of one figure (a row's cell, a subtotal or a total) swapped.

    None when no figure of the answer has two different adjacent digits (one-digit answers)."""
    faulty = copy.deepcopy(model)
    candidates = [
        (table, anchor, period)
        for table in faulty.tables
        for anchor, cells in table.values().items()
        for period, value in cells.items()
        if value is not None and transpositions(value)
    ]
    if not candidates:
        return None
    table, anchor, period = ch.choice(candidates)
    cells = table.values()[anchor]
    before = cells[period]
    cells[period] = ch.choice(transpositions(before))
    return Fault(
        "transposition", faulty, f"{anchor} {period}: {before} -> {cells[period]}", table.uid, anchor, period,
    )


def _rows(model: AnswerModel, measure: str | None = None) -> list[tuple[TableModel, Block, Row]]:
    return [
        (t, b, r) for t in model.tables if measure in (None, t.measure) for b in t.blocks for r in b.rows
    ]


def _recode(row: Row, block: Block, table: TableModel, code: str, label: str, rule: str) -> dict:
    row.code, row.label = code, label
    return {"rule": rule, "anchor": row.anchor, "period": None, "province": block.province,
            "training_code": code, "stated": None, "observed": None, "difference": None}


def inject_other_sector_code(model: AnswerModel, ch: Chooser, catalogue) -> Fault:
    """One row's code (and label) replaced by a catalogue code of the other sector.

    In a graduates table the code is a final stage, so that only the sector is wrong."""
    faulty = copy.deepcopy(model)
    table, block, row = ch.choice(_rows(faulty))
    pool = catalogue_pool(catalogue, OTHER_SECTOR[faulty.sector], final_only=table.measure == "graduated")
    code, label = ch.choice(pool)
    what = f"{row.anchor}: {row.code} -> {code}"
    adds = [_recode(row, block, table, code, label, "code-outside-sector") | {"severity": "error"}]
    return Fault("other-sector-code", faulty, what, table.uid, row.anchor, adds=adds)


def inject_repeated_row(model: AnswerModel, ch: Chooser) -> Fault:
    """A row printed again, later in its block (same code, label and counts).

    The total stays what it was — the repeated persons are the same persons — so the block's
    sum of rows grows by the row's counts: the totals stay within their bounds and only their
    counted-twice differences change."""
    faulty = copy.deepcopy(model)
    table, block, row = ch.choice(_rows(faulty))
    at = ch.integer(block.rows.index(row) + 1, len(block.rows))
    again = Row(fresh_uid(faulty), row.code, row.label, dict(row.counts), row.layout)
    block.rows.insert(at, again)
    adds = [{"rule": "duplicate-row", "severity": "error", "anchor": again.anchor, "period": None,
             "province": block.province, "training_code": row.code,
             "stated": None, "observed": None, "difference": None}]
    return Fault("repeated-row", faulty, f"{row.anchor} ({row.code}) again at {again.anchor}", table.uid,
                 again.anchor, adds=adds)


def inject_non_final_code(model: AnswerModel, ch: Chooser, catalogue) -> Fault:
    """In a graduates table, one row's code (and label) replaced by a code of the answer's sector
    that cannot be a final stage and that the row's block does not have yet."""
    faulty = copy.deepcopy(model)
    table, block, row = ch.choice(_rows(faulty, "graduated"))
    present = {r.code for r in block.rows}
    pool = [
        (code, label) for code, label in catalogue_pool(catalogue, faulty.sector)
        if not catalogue.get(code).can_be_final and code not in present
    ]
    code, label = ch.choice(pool)
    what = f"{row.anchor}: {row.code} -> {code}"
    adds = [_recode(row, block, table, code, label, "stage-not-final") | {"severity": "warning"}]
    return Fault("non-final-code", faulty, what, table.uid, row.anchor, adds=adds)


def with_graduates(model: AnswerModel, ch: Chooser) -> AnswerModel:
    """`model` itself when it has a graduates table; otherwise one of its tables, drawn, made
    the graduates table. (Call it on a model whose every table has final-stage codes only.)"""
    if not any(t.measure == "graduated" for t in model.tables):
        ch.choice(model.tables).measure = "graduated"
    return model


# ---------------------------------------------------------------------------------------------
# The oracle of the totals rules


def check_figures(model: AnswerModel) -> dict[tuple[Anchor, str], tuple]:
    """Every total check by (total anchor, period): its total and its parts with their counts."""
    out = {}
    for table in model.tables:
        values = table.values()
        for anchor, period, parts in table.checks():
            out[anchor, period] = (values[anchor][period], tuple((p, values[p][period]) for p in parts))
    return out


def changed_checks(before: AnswerModel, after: AnswerModel) -> set[tuple[Anchor, str]]:
    """The checks whose total, parts or part counts differ (or that exist in one model only)."""
    a, b = check_figures(before), check_figures(after)
    return {k for k in a.keys() | b.keys() if a.get(k) != b.get(k)}


def expected_totals(
    model: AnswerModel, table_ids: dict[int, tuple[str, str]], only: set[tuple[Anchor, str]] | None = None,
) -> list[Key]:
    """What the totals rules must report for the checks of `model` (those in `only`, if given).

    `table_ids` maps a table's uid to the reader's (table id, measure)."""
    out = []
    for table in model.tables:
        table_id, measure = table_ids[table.uid]
        values = table.values()
        codes = {r.anchor: r.code for r in table.rows()}
        provinces = {table.subtotal_anchor(b): b.province for b in table.blocks}
        for anchor, period, parts in table.checks():
            if only is not None and (anchor, period) not in only:
                continue
            total = values[anchor][period]
            counts = [values[p][period] for p in parts]
            place = (anchor, table_id, measure, period, provinces.get(anchor))
            if total > sum(counts):
                out.append(Key("total-exceeds-parts", "error", *place, None, total, sum(counts), total - sum(counts)))
            elif total < max(counts):
                largest = parts[counts.index(max(counts))]  # the first, in document order
                out.append(Key("total-below-largest-part", "error", *place, codes.get(largest),
                               total, max(counts), max(counts) - total))
            elif sum(counts) > total:
                out.append(Key("parts-exceed-total", "info", *place, None, total, sum(counts), sum(counts) - total))
    return sorted(out, key=repr)


def breaks(model: AnswerModel, anchor: Anchor, period: str) -> list[tuple[Anchor, str]]:
    """The checks of `model` that involve the figure at (`anchor`, `period`) — as total or as a
    part — and violate ``max(parts) <= total <= sum(parts)``."""
    out = []
    for table in model.tables:
        values = table.values()
        for total, p, parts in table.checks():
            if p != period or anchor not in (total, *parts):
                continue
            counts = [values[a][p] for a in parts]
            if not max(counts) <= values[total][p] <= sum(counts):
                out.append((total, p))
    return out
