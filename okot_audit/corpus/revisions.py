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
from typing import TYPE_CHECKING, NamedTuple

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


class Figure(NamedTuple):
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
    """What a table counts: ``unique persons``, or the events its unit words name
    (``enrolments``, ``trajectories`` …)."""
    from okot_audit.parse.words import UNIT_NAMES_EN

    unit = "unieke cursisten" if table.unique_persons else (getattr(table, "unit", None) or "inschrijvingen")
    return UNIT_NAMES_EN.get(unit, unit)


def figure_key(sector: str | None, measure: str, cell: "Cell", several_totals: bool = False) -> tuple | None:
    """What makes two cells the same figure; None for a table whose measure is unknown.

    The answer's sector, the table's measure, the level, the row — its training code and
    province, else its own words — and the period. A total is the table's total whatever its
    words (``Totaal``, ``Eindtotaal``), unless the table prints several total lines in the
    period (``Totaal inschrijvingen``, ``Totaal unieke cursisten``): then its words tell them
    apart.
    """
    measure = _SAME_MEASURE.get(measure, measure)
    if measure == "unknown":
        return None
    level = cell.level
    if level == "total":
        words = " ".join(cell.label.split()).casefold() if several_totals else ""
    elif cell.code or cell.province:
        words = ""
    else:
        words = " ".join(cell.label.split()).casefold()
    return (sector or "", measure, level, cell.code or "", cell.province or "", words, cell.period)


class _Context(NamedTuple):
    """What the figures of one table share."""

    path: str
    date: str | None
    table: TableRef
    partial: frozenset
    unit: str


def figures(answers: Iterable["Answer"], sector: str | None = None) -> dict[tuple, list[Figure]]:
    """Every figure of the run by key, each answer's first cell of a key once, in file order.

    `sector` overrides the sector each answer's title gives (``--sector``)."""
    return {
        key: [_figure(o) for o in occurrences]
        for key, occurrences in _occurrences(answers, sector).items()
    }


def _figure(occurrence: tuple) -> Figure:
    order, cell, context = occurrence
    return Figure(order, context.path, context.date, context.table, cell,
                  cell.period in context.partial, context.unit)


def _occurrences(answers: Iterable["Answer"], sector: str | None) -> dict[tuple, list[tuple]]:
    """:func:`figures` as light ``(order, cell, context)`` tuples: a run holds one per cell."""
    index: dict[tuple, list[tuple]] = {}
    for order, answer in enumerate(answers):
        date = iso_date(answer.question_date)
        answer_sector = sector or answer.sector
        for table in answer.tables:
            context = _Context(
                answer.path, date, TableRef(table.id, table.measure, table.title),
                frozenset(p.label for p in table.periods if p.partial), table_unit(table),
            )
            totals = Counter(c.period for c in table.cells if c.level == "total")
            several = {period for period, n in totals.items() if n > 1}
            measure = table.measure
            for cell in table.cells:
                key = figure_key(answer_sector, measure, cell, cell.period in several)
                if key is None:
                    continue
                found = index.get(key)
                if found is None:
                    index[key] = [(order, cell, context)]
                elif found[-1][0] != order:  # an answer's first cell of a key only
                    found.append((order, cell, context))
    return index


def in_time_order(occurrences: list[tuple]) -> list[tuple]:
    """``(order, cell, context)`` occurrences of one figure by question date when every answer
    has one (file order among equal dates); else in file order (as they come)."""
    if all(o[2].date for o in occurrences):
        return sorted(occurrences, key=lambda o: (o[2].date, o[0]))
    return occurrences


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
    for occurrences in _occurrences(answers, sector).values():
        if len(occurrences) < 2:
            continue
        ordered = in_time_order(occurrences)
        for earlier, later in zip(ordered, ordered[1:]):
            if earlier[1].count == later[1].count and earlier[2].unit == later[2].unit:
                continue  # copied
            before, after = _figure(earlier), _figure(later)
            kind = classify(before, after)
            if kind is not None:
                found.append(Revision(after, before, kind))
    return sorted(found, key=lambda r: (r.later.order, r.later.cell.line, r.later.cell.period, r.earlier.order))
