"""The same figure in two answers: which answer is later, and how its figure differs.

A figure is one printed number: the answer's sector, its measure, level, row (training code,
province, or the row's own words where there is neither) and period. Two answers that print
the same figure are compared in order — the later answer by its question date, by file order
when either answer has none — and each answer is compared with the latest earlier answer that
printed the figure. :func:`revisions` returns what differs as plain :class:`Revision` records;
the ``figure-revised`` rule turns them into findings.

Only small records are kept per figure (not the answers), so a run over many answers holds the
figures, not the documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from okot_audit.tables import Answer, Cell, Table

#: How the later figure differs from the earlier one.
KINDS = ("completed", "revised-up", "revised-down", "partial-shrank", "unit")
#: Measures counted in the same unit of events or persons: an enrolment starts a programme.
_SAME_MEASURE = {"enrolled": "started"}


@dataclass(frozen=True)
class TableRef:
    """What a finding needs of a table: its id, measure and title (not its cells)."""

    id: str
    measure: str
    title: str


@dataclass(frozen=True)
class Figure:
    """One printed figure of a run and where it stands."""

    order: int  # the answer's place in the run (file order)
    path: str
    date: str | None  # the answer's question date, ISO
    table: TableRef
    cell: "Cell"
    partial: bool  # the answer marks the period partial or provisional
    unit: str  # what the table counts: "persons" (unieke cursisten) or "enrolments"


@dataclass(frozen=True)
class Revision:
    """The figure of a later answer that differs from the same figure of an earlier one."""

    later: Figure
    earlier: Figure
    kind: str  # one of KINDS

    @property
    def difference(self) -> int:
        """The later figure minus the earlier one."""
        return self.later.cell.count - self.earlier.cell.count


def iso_date(value) -> str | None:
    """A question date as an ISO string: accepts ``"2022-10-14"``, a ``datetime.date`` or None."""
    if value is None or value == "":
        return None
    return value.isoformat()[:10] if hasattr(value, "isoformat") else str(value)[:10]


def table_unit(table: "Table") -> str:
    """What a table counts: its own ``unit`` when the reader gives one, else ``persons`` for
    unique persons and ``enrolments`` for a table that counts enrolments."""
    unit = getattr(table, "unit", None)
    if unit:
        return str(unit)
    return "persons" if table.unique_persons else "enrolments"


def figure_key(sector: str | None, table: "Table", cell: "Cell", several_totals: bool = False) -> tuple | None:
    """What makes two cells the same figure; None for a table whose measure is unknown.

    The answer's sector, the measure, the level, the row — its training code and province,
    else its own words — and the period. A total is the table's total whatever its words
    (``Totaal``, ``Eindtotaal``), unless the table prints several total lines in the period
    (``Totaal inschrijvingen``, ``Totaal unieke cursisten``): then its words tell them apart.
    """
    measure = _SAME_MEASURE.get(table.measure, table.measure)
    if measure == "unknown":
        return None
    if cell.level == "total":
        words = " ".join(cell.label.split()).casefold() if several_totals else ""
    elif cell.code or cell.province:
        words = ""
    else:
        words = " ".join(cell.label.split()).casefold()
    return (sector or "", measure, cell.level, cell.code or "", cell.province or "", words, cell.period)


def figures(answers: Iterable["Answer"], sector: str | None = None) -> dict[tuple, list[Figure]]:
    """Every figure of the run by key, each answer's first cell of a key once, in file order.

    `sector` overrides the sector each answer's title gives (``--sector``)."""
    index: dict[tuple, list[Figure]] = {}
    for order, answer in enumerate(answers):
        date = iso_date(answer.question_date)
        seen: set[tuple] = set()
        for table in answer.tables:
            ref = TableRef(table.id, table.measure, table.title)
            partial = {p.label for p in table.periods if p.partial}
            unit = table_unit(table)
            totals = Counter(c.period for c in table.cells if c.level == "total")
            for cell in table.cells:
                key = figure_key(sector or answer.sector, table, cell, totals[cell.period] > 1)
                if key is None or key in seen:
                    continue
                seen.add(key)
                index.setdefault(key, []).append(
                    Figure(order, answer.path, date, ref, cell, cell.period in partial, unit)
                )
    return index


def in_time_order(occurrences: list[Figure]) -> list[Figure]:
    """By question date when every answer has one (file order among equal dates); else in
    file order."""
    if all(f.date for f in occurrences):
        return sorted(occurrences, key=lambda f: (f.date, f.order))
    return sorted(occurrences, key=lambda f: f.order)


def classify(earlier: Figure, later: Figure) -> str | None:
    """How `later` differs from `earlier` (one of :data:`KINDS`), or None when it does not."""
    if earlier.unit != later.unit:
        return "unit"
    grown = later.cell.count - earlier.cell.count
    if grown == 0:
        return None
    if earlier.partial:
        return "completed" if grown > 0 else "partial-shrank"
    return "revised-up" if grown > 0 else "revised-down"


def revisions(answers: Iterable["Answer"], sector: str | None = None) -> list[Revision]:
    """Every figure of a later answer that differs from the same figure of the answer before
    it, in the order of the later answers' places."""
    found = []
    for occurrences in figures(answers, sector).values():
        if len(occurrences) < 2:
            continue
        ordered = in_time_order(occurrences)
        for earlier, later in zip(ordered, ordered[1:]):
            kind = classify(earlier, later)
            if kind is not None:
                found.append(Revision(later, earlier, kind))
    return sorted(found, key=lambda r: (r.later.order, r.later.cell.line, r.later.cell.period, r.earlier.order))
