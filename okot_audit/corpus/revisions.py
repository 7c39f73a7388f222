"""The same figure in two answers: which answer is later, and how its figure differs.

A figure is one printed number: the answer's sector, its measure, level, row (training code,
province, or the row's own words where there is neither) and period. Two answers that print
the same figure are compared in order — the later answer by its question date, by file order
when either answer has none — and each answer is compared with the latest earlier answer that
printed the figure. :func:`revisions` returns what differs as plain :class:`Revision` records;
the ``figure-revised`` rule turns them into findings.

The figures are kept in a :class:`FigureIndex` on disk, as plain rows (not the answers): a run
over many answers holds neither the documents nor their figures in memory.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import groupby
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from okot_audit.catalogue import default_catalogue, name_words
from okot_audit.quick import quick_init
from okot_audit.tables import own_words

if TYPE_CHECKING:  # pragma: no cover
    from okot_audit.catalogue import Catalogue
    from okot_audit.tables import Answer, Cell, Table, Withheld

#: How the later figure differs from the earlier one.
KINDS = ("completed", "revised-up", "revised-down", "partial-shrank", "unit")
#: Measures of one stage: an enrolment starts a programme. Two figures of one stage are the same
#: figure only when they count in the same unit as well (:func:`counted_as`): enrolments are
#: compared with enrolments, unique persons with unique persons.
_SAME_MEASURE = {"enrolled": "started"}


def counted_as(unit: str) -> str:
    """What a figure counts, as the figures it is compared with must (:func:`table_unit`, or the
    meaning of one of several total lines): ``unique persons`` — a table read as unique persons
    for want of unit words too — or the events its unit words name (``enrolments`` …)."""
    return unit or "unique persons"


@quick_init
@dataclass(frozen=True)
class TableRef:
    """What a finding needs of a table: its id, measure and title (not its cells)."""

    id: str
    measure: str
    title: str
    sheet: str | None = None  # xlsx input: the sheet the table stands on


@dataclass(slots=True)
class FigureCell:
    """The cell of a figure, as the index gives it back: what a finding says of it."""

    level: str
    period: str
    count: int
    line: int
    code: str | None
    label: str
    province: str | None
    page: int | None
    #: The bound the answer printed instead of the figure (``<5``: `count` is its highest,
    #: 4, and the figure anywhere from 0 to it), or None for a figure printed as such.
    bound: str | None = None
    #: The block other than a province's the row stands in where it tells the figure apart
    #: (``vrouw``: :func:`key_block`), else None.
    block: str | None = None


class Figure(NamedTuple):
    """One printed figure of a run and where it stands."""

    order: int  # the answer's place in the run (file order)
    path: str
    date: str | None  # the answer's question date, ISO
    table: TableRef
    cell: "Cell | FigureCell"
    partial: bool  # the answer marks the period partial or provisional
    unit: str  # what the table counts: "persons" (unieke cursisten) or "enrolments"
    question: int | None = None  # the answer's question number


@quick_init
@dataclass(frozen=True)
class Revision:
    """The figure of a later answer that differs from the same figure of an earlier one."""

    later: Figure
    earlier: Figure
    kind: str  # one of KINDS

    @property
    def difference(self) -> int | None:
        """The later figure minus the earlier one; None when either is a bound (``<5``)."""
        if bound_of(self.later.cell) or bound_of(self.earlier.cell):
            return None
        return self.later.cell.count - self.earlier.cell.count

    @property
    def least_difference(self) -> int:
        """How far apart the two figures are at the least (the whole difference when both are
        printed as figures; from the nearer end of a bound's range when one is a bound)."""
        later, earlier = self.later.cell, self.earlier.cell
        if later.count < _low(earlier):
            return later.count - _low(earlier)
        return _low(later) - earlier.count


def bound_of(cell: "Cell | FigureCell") -> str | None:
    """The bound a figure is printed as (``<5``), or None for a figure printed as such."""
    return getattr(cell, "bound", None)


def printed(cell: "Cell | FigureCell") -> str:
    """A figure as the answer prints it: ``512``, or the bound of a count withheld (``<5``)."""
    return bound_of(cell) or str(cell.count)


def _low(cell: "Cell | FigureCell") -> int:
    """The smallest the figure can be: 0 for a count withheld as a bound."""
    return 0 if bound_of(cell) else cell.count


def iso_date(value) -> str | None:
    """A question date as an ISO string: accepts ``"2022-10-14"``, a ``datetime.date`` or None."""
    if value is None or value == "":
        return None
    return value.isoformat()[:10] if hasattr(value, "isoformat") else str(value)[:10]


def table_unit(table: "Table") -> str:
    """What a table counts: ``unique persons``, or the events its unit words name
    (``enrolments``, ``trajectories`` …); ``""`` where no word says it (the table is read as
    unique persons, but that is no unit word another answer's could differ from)."""
    from okot_audit.patterns import UNIT_NAMES_EN

    stated = getattr(table, "unit", None)
    if table.unique_persons and not stated:
        return ""
    unit = "unieke cursisten" if table.unique_persons else (stated or "inschrijvingen")
    return UNIT_NAMES_EN.get(unit, unit)


def figure_key(
    sector: str | None, measure: str, cell: "Cell | Withheld", several_totals: bool = False, category: str = "",
    programme: bool = False, catalogue: "Catalogue | None" = None, row: str = "",
) -> tuple | None:
    """What makes two cells the same figure; None for a table whose measure is unknown.

    The answer's sector, the table's measure, the level, the row — its training code and
    province, else its own words — and the period. A total is the table's total whatever its
    words (``Totaal``, ``Eindtotaal``), unless the table prints several total lines in the
    period (``Totaal inschrijvingen``, ``Totaal unieke cursisten``): then its words tell them
    apart. A table of one category of persons (the ``Man`` column under each period) counts
    only those: its `category` (:func:`category_of`) is part of the key. A row that names one
    of the catalogue's programmes without a code (`programme`: its table's
    :meth:`~okot_audit.tables.Table.row_key` says it is a programme's, as every rule reads it)
    is that programme however spelt
    (:func:`~okot_audit.catalogue.name_words`: ``Graduaat orthopedagogie - 1ste jaar`` is
    ``Graduaat Orthopedagogie 1e jaar``) — by `catalogue`, the run's (the user's own codes
    included), else the shipped one; any other row's words are compared as they are
    (:func:`row_words`), whatever its table's rows were read as (``25 – 54 jaar`` beside a
    footnote's mark is still ``25-54 jaar``).

    A row's province is its block's (``Man`` in the Antwerpen block): its words still tell it
    from the block's other rows — unless the row is the province itself (`row`, what its
    table's :meth:`~okot_audit.tables.Table.row_key` says it is, is ``province``: the rows of a
    province x year matrix) or has a code. A row in a block other than a province (``Man`` …
    ``Totaal Man``; a sector's block, where its row has no code) is that block's: the block is
    part of the key; a coded row of a sector's block is that code's whether or not another
    answer prints the sector blocks. A block's subtotal is its block's, whatever its words
    (``Totaal Antwerpen``, ``Subtotaal Antwerpen``; ``Totaal Man``, ``Subtotaal man``).
    """
    measure = _SAME_MEASURE.get(measure, measure)
    if measure == "unknown":
        return None
    level = cell.level
    block = row_words(key_block(cell, catalogue) or "")
    if level == "total":
        words = row_words(cell.label) if several_totals else ""
    elif cell.code or (level == "subtotal" and (cell.province or block)):
        words = ""  # (a block's total is its block's, whatever its words: ``Totaal Man``, ``Subtotaal man``)
    elif cell.province:
        own = None if row == "province" else own_words(cell.label, cell.province)
        words = row_words(own) if own else ""
    elif programme and (catalogue or default_catalogue()).by_name(cell.label) is not None:
        words = " ".join(name_words(_MARK.sub("", " ".join(cell.label.split()))))
    else:
        words = row_words(cell.label)
    key: tuple[str, ...] = (sector or "", measure, level, cell.code or "", cell.province or "", words, cell.period)
    if block:
        key += (f"block:{block}",)
    return key + (row_words(category),) if category else key


def category_of(table: "Table") -> str:
    """The category of persons a table counts, when it is the column of one category under each
    period (``Man``, ``laaggeschoold``); else ``""`` (all its persons)."""
    from okot_audit.patterns import partition_of

    return table.column if table.column and partition_of(table.column) else ""


def key_block(cell: "Cell | Withheld", catalogue: "Catalogue | None" = None) -> str | None:
    """The block a cell's row stands in where it is part of what the figure is (:func:`figure_key`):
    any block but a sector's around a coded row (a code says its sector); else None."""
    block = getattr(cell, "block", None)
    if not block or (cell.code and (catalogue or default_catalogue()).is_sector(block)):
        return None
    return block


#: Dashes of every kind (en, em, minus …) and the white space around any of them.
_DASH = re.compile(r"\s*[\u2010-\u2015\u2212-]\s*")
#: A footnote's mark at a label's end: ``*``, ``(1)``, ``(*)``.
_MARK = re.compile(r"\s*(?:\*{1,3}|\((?:\d{1,2}|\*{1,3})\))$")


def row_words(label: str) -> str:
    """A row's words as two answers may print them differently and still mean one row: case,
    spacing, the kind of dash and a footnote's mark aside (``25-54 jaar``, ``25 – 54 jaar``,
    ``- 25 jaar*`` is ``-25 jaar``)."""
    text = _MARK.sub("", " ".join(label.split()))
    return _DASH.sub("-", text).casefold()


class FigureRow(NamedTuple):
    """One figure as the index stores it: plain values, no objects of the answer."""

    key: "str | bytes"  # :func:`figure_key` as the index stores it (:func:`_key_text`)
    table: int  # the table's place in the answer
    level: str
    period: str
    value: int  # the printed number
    line: int
    code: str | None
    label: str
    province: str | None
    page: int | None
    partial: bool
    unit: str
    bound: str | None = None  # a count withheld as this bound (``<5``); `value` is its highest
    block: str | None = None  # :func:`key_block`
    #: The one total line of a table under its meaning's key (:func:`figure_rows`): compared
    #: only with a total line of that meaning among several, never with another such line.
    alias: bool = False


def figure_rows(
    answer: "Answer", sector: str | None = None, catalogue: "Catalogue | None" = None,
) -> "tuple[list[TableRef], list[FigureRow]]":
    """What the index keeps of one answer: its tables' refs and every figure it prints (two
    cells of one key in one answer are both kept: :meth:`FigureIndex.finish` compares each).

    Plain tuples, small to send from a worker process; `sector` overrides the answer's sector;
    `catalogue` names the programmes rows name without code (:func:`figure_key`)."""
    refs: list[TableRef] = []
    rows: list[FigureRow] = []
    keys: set = set()  # every key the answer's tables print (a total's meaning key aliases none of them)
    answer_sector = sector or answer.sector
    for number, table in enumerate(answer.tables):
        refs.append(TableRef(table.id, table.measure, table.title, table.sheet))
        if getattr(table, "statistic", ""):
            continue  # averages, shares, amounts: no counts to compare with other answers' counts
        partial = frozenset(p.label for p in table.periods if p.partial)
        unit = table_unit(table)
        totals = Counter(c.period for c in table.cells if c.level == "total")
        several = {period for period, n in totals.items() if n > 1}
        meanings = _total_meanings(table, several)
        measure = table.measure
        category = category_of(table)
        for cell in table.cells:
            row = table.row_key(cell)  # (what the table says the row is, as every rule reads it)
            key = figure_key(answer_sector, measure, cell, cell.period in several, category, row == "programme",
                             catalogue, row)
            if key is None:
                continue
            own = meanings.get(cell.label) if cell.level == "total" and cell.period in several else None
            if own:  # (one of several total lines: the one of its meaning in another answer's table)
                key = _meaning_key(key, own)
            encoded = _key_text(key)
            keys.add(encoded)
            rows.append(FigureRow(encoded, number, cell.level, cell.period, cell.count, cell.line,
                                  cell.code, cell.label, cell.province, cell.page,
                                  cell.period in partial, own or unit, None, key_block(cell, catalogue)))
            if cell.level == "total" and cell.period not in several and not cell.province and not cell.code:
                meaning = _one_total_meaning(table, cell)
                aliased = _key_text(_meaning_key(key, meaning)) if meaning else None
                if aliased is not None and aliased not in keys:
                    keys.add(aliased)
                    rows.append(FigureRow(aliased, number, cell.level, cell.period, cell.count, cell.line,
                                          cell.code, cell.label, cell.province, cell.page,
                                          cell.period in partial, meaning, None, key_block(cell, catalogue), True))
        for w in table.withheld:  # a count withheld as a bound (``<5``) is the figure's range
            row = table.row_key(w)
            key = figure_key(answer_sector, measure, w, category=category, programme=row == "programme",
                             catalogue=catalogue, row=row)
            if key is None or not (w.code or w.province or w.label) or w.high is None:
                continue  # (a count withheld with no bound: any figure agrees with it)
            rows.append(FigureRow(_key_text(key), number, w.level, w.period, w.high, w.line, w.code, w.label,
                                  w.province, w.page, w.period in partial, unit, w.text, key_block(w, catalogue)))
    return refs, rows


def _total_meanings(table: "Table", several: "set[str]") -> dict[str, str]:
    """What each total line of a table that prints several in a period counts, by its label,
    as its own words say (``Totaal inschrijvingen``: enrolments; ``Totaal unieke cursisten``:
    unique persons; :attr:`~okot_audit.tables.Table.line_units`): the key of its figure is
    that meaning, not its words, so that another answer's line of the same meaning however
    worded — or its one ``Totaal`` of that meaning — is the same figure. A line whose words
    name no unit keeps its words; none has a meaning where two lines name one: their words tell
    them apart, as before."""
    if not several:
        return {}
    from okot_audit.patterns import UNIT_NAMES_EN

    labels = {c.label for c in table.cells if c.level == "total" and c.period in several}
    named = {label: UNIT_NAMES_EN.get(own[1], own[1]) for label in labels
             if (own := table.line_units.get(label)) is not None}
    return named if len(set(named.values())) == len(named) else {}


def _one_total_meaning(table: "Table", cell: "Cell") -> str:
    """What a table's one total line counts: the unit its own words name (``Totaal
    inschrijvingen``), else the unit the table's words name (``Unieke cursisten met gestarte
    OKOT'(s)``); ``""`` where neither says (the table read as unique persons for want of
    words: no meaning to pair it with one of another answer's several total lines by)."""
    from okot_audit.patterns import UNIT_NAMES_EN

    own = table.line_units.get(cell.label) if cell.label else None
    if own is not None:
        return UNIT_NAMES_EN.get(own[1], own[1])
    return table_unit(table) if getattr(table, "unit", "") else ""


def _meaning_key(key: tuple, meaning: str) -> tuple:
    """A total's figure key with its meaning in place of its words (:func:`figure_key`'s
    sixth part)."""
    return key[:5] + (f"unit:{meaning}",) + key[6:]


def _key_text(key: tuple) -> "str | bytes":
    """A figure key as one value that is equal exactly when the keys are (length-prefixed
    parts), as the index stores it (:func:`_text`)."""
    text = "".join([f"{len(part)}:{part}" for part in key])
    return text if text.isascii() else text.encode("utf-8", "surrogatepass")


def _text(value: str | None) -> "str | bytes | None":
    """Text as the index stores it: ASCII as it is, any other text as UTF-8 bytes (a lone
    surrogate of a file name survives the round trip). The same text is always stored the same
    way, so equal texts stay equal in the index."""
    if value is None or value.isascii():
        return value
    return value.encode("utf-8", "surrogatepass")


def _str(value: "str | bytes | None") -> str | None:
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value


def _number(value: int) -> "int | bytes":
    """A count as the index stores it: a 64-bit integer as it is, a larger one (a misread
    figure of thousands of digits) as its bytes."""
    if -(2**63) <= value < 2**63:
        return value
    return value.to_bytes(value.bit_length() // 8 + 1, "big", signed=True)


def _int(value: "int | bytes") -> int:
    return int.from_bytes(value, "big", signed=True) if isinstance(value, bytes) else value


def _stored_as_is(row: tuple) -> bool:
    """Whether every value of a stored row is as the index was given it: no text stored as
    UTF-8 bytes (:func:`_text`), no count as its bytes (:func:`_number`) — then :func:`_str` and
    :func:`_int` would give each value back unchanged."""
    return bytes not in map(type, row)


_COLUMNS = "key, ord, tno, level, period, count, line, code, label, province, page, partial, unit, bound, block"


class FigureIndex:
    """The figures of a run's answers, on disk: a run over many answers holds none of them.

    :meth:`add` each answer's :func:`figure_rows` in file order (its place is its order), then
    :meth:`finish` once: it pairs every figure printed by two answers, in time order (question
    dates when every answer of the figure has one, file order among equal dates; file order
    when one has none), and keeps the differences. :meth:`revisions_of` an answer's place gives
    its revisions, :meth:`all_revisions` every one, each in a fixed order — the same whatever
    the number of processes that read the answers.

    The figures live in a temporary SQLite database (a file deleted when the index is closed),
    so memory stays small however many answers a run reads; only the answers' paths and
    question dates are held.
    """

    def __init__(self) -> None:
        import sqlite3

        self.paths: list[str] = []
        self.dates: list[str | None] = []
        self.questions: list[int | None] = []
        self._db = sqlite3.connect("")  # "": a private temporary file, deleted on close
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-512;"
            "CREATE TABLE figures (key BLOB, ord INTEGER, tno INTEGER, level TEXT, period BLOB, "
            "count INTEGER, line INTEGER, code BLOB, label BLOB, province BLOB, page INTEGER, "
            "partial INTEGER, unit BLOB, bound BLOB, block BLOB, alias INTEGER, kind BLOB);"
            "CREATE TABLE tables (ord INTEGER, tno INTEGER, id BLOB, measure TEXT, title BLOB, sheet BLOB, "
            "PRIMARY KEY (ord, tno));"
            "CREATE TABLE revisions (later_ord INTEGER, later INTEGER, earlier INTEGER, kind TEXT);"
        )
        self._finished = False
        self._count = 0

    def add(
        self, path: str, date: "str | None", refs: "list[TableRef]", rows: "list[FigureRow]",
        question: int | None = None,
    ) -> int:
        """Add the next answer (its path, ISO question date and :func:`figure_rows`, and its
        question number); returns its order."""
        assert not self._finished, "add() after finish()"
        order = len(self.paths)
        self.paths.append(path)
        self.dates.append(date)
        self.questions.append(question)
        db = self._db
        db.executemany("INSERT INTO tables VALUES (?, ?, ?, ?, ?, ?)",
                       [(order, n, _text(r.id), r.measure, _text(r.title), _text(r.sheet)) for n, r in enumerate(refs)])
        db.executemany(
            f"INSERT INTO figures ({_COLUMNS}, alias, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(r.key, order, r.table, r.level, _text(r.period), _number(r.value), r.line, _text(r.code),
              _text(r.label), _text(r.province), r.page, int(r.partial), _text(r.unit), _text(r.bound),
              _text(r.block), int(r.alias), _text(counted_as(r.unit)))
             for r in rows],
        )
        return order

    def finish(self) -> int:
        """Pair the figures (once every answer is added); returns the number of revisions."""
        if self._finished:
            return self._count
        self._finished = True
        db = self._db
        db.execute("CREATE INDEX figures_key ON figures (key, ord)")
        shared = db.execute(
            "SELECT f.key, f.rowid, f.ord, f.count, f.partial, f.unit, f.bound, f.alias, f.kind FROM figures f "
            "JOIN (SELECT key FROM figures GROUP BY key HAVING COUNT(DISTINCT ord) > 1) s ON s.key = f.key "
            "ORDER BY f.key, f.ord, f.rowid"
        )
        found = []
        dates = self.dates
        for _, group in groupby(shared, key=lambda row: row[0]):
            occurrences = list(group)
            if all(dates[o[2]] for o in occurrences):
                occurrences.sort(key=lambda o: (dates[o[2]], o[2]))  # (stable: an answer's cells in its order)
            found.extend(_pairs(occurrences))
            if len(found) > 10_000:
                db.executemany("INSERT INTO revisions VALUES (?, ?, ?, ?)", found)
                found.clear()
        db.executemany("INSERT INTO revisions VALUES (?, ?, ?, ?)", found)
        # every revision with all it says, by the later answer: one bulk join, then one look-up
        # per answer
        columns = ", ".join(f"{side}.{c.strip()}" for side in ("l", "e") for c in _COLUMNS.split(",")[1:])
        tables = ", ".join(f"{side}.{c}" for side in ("lt", "et") for c in ("id", "measure", "title", "sheet"))
        db.execute(
            f"CREATE TABLE found AS SELECT r.later_ord, r.kind, {columns}, {tables} FROM revisions r "
            "JOIN figures l ON l.rowid = r.later JOIN figures e ON e.rowid = r.earlier "
            "JOIN tables lt ON lt.ord = l.ord AND lt.tno = l.tno "
            "JOIN tables et ON et.ord = e.ord AND et.tno = e.tno"
        )
        db.execute("CREATE INDEX found_later ON found (later_ord)")
        self._count = db.execute("SELECT COUNT(*) FROM found").fetchone()[0]
        return self._count

    def revisions_of(self, order: int) -> "list[Revision]":
        """The revisions at the answer of place `order`, by line, period and earlier answer."""
        return self._revisions("WHERE later_ord = ?", (order,))

    def all_revisions(self) -> "list[Revision]":
        """Every revision of the run, in the order of the later answers' places."""
        return self._revisions("", ())

    def _revisions(self, where: str, args: tuple) -> "list[Revision]":
        self.finish()
        query = "SELECT * FROM found " + where
        found = []
        tables: dict[tuple, TableRef] = {}  # (many figures stand in one table: its ref made once)
        for row in self._db.execute(query, args):
            kind, later, earlier, refs = row[1], row[2:16], row[16:30], row[30:]
            found.append(Revision(self._figure(later, refs[:4], tables), self._figure(earlier, refs[4:], tables), kind))
        return sorted(found, key=lambda r: (r.later.order, r.later.cell.line, r.later.cell.period,
                                            r.earlier.order))

    def _figure(self, row: tuple, ref: tuple, tables: "dict[tuple, TableRef]") -> Figure:
        table = tables.get(ref)
        if table is None:
            table = tables[ref] = TableRef(_str(ref[0]) or "", ref[1], _str(ref[2]) or "", _str(ref[3]))
        if _stored_as_is(row):  # (ASCII text and 64-bit counts, as nearly every figure's)
            order, _, level, period, count, line, code, label, province, page, partial, unit, bound, block = row
            cell = FigureCell(level, period or "", count, line, code, label or "", province, page, bound, block)
        else:
            order, _, level, period, count, line, code, label, province, page, partial, unit, bound, block = row
            cell = FigureCell(level, _str(period) or "", _int(count), line, _str(code), _str(label) or "",
                              _str(province), page, _str(bound), _str(block))
            unit = _str(unit)
        return Figure(order, self.paths[order], self.dates[order], table, cell, bool(partial),
                      unit or "", self.questions[order])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "FigureIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _answers(occurrences: list) -> "list[list]":
    """Occurrences of one key in time order, as the answers that print them: each answer's in
    its own order."""
    return [list(cells) for _, cells in groupby(occurrences, key=lambda o: o[2])]


def _pairs(occurrences: list) -> "list[tuple]":
    """The revisions among the occurrences of one figure key in time order (rows of key, rowid,
    ord, count, partial, unit, bound, alias, kind), as (later ord, later rowid, earlier rowid,
    kind).

    A figure is compared with figures of its own unit (:func:`counted_as`: enrolments with
    enrolments, unique persons with unique persons), or of a table whose words name no unit
    (any unit's): each cell of an answer with the cell in the same place among those of the
    latest earlier answer that printed the figure so — its last where it printed fewer — so
    that an answer printing the same figure twice (two tables) has each compared, none dropped.
    The same number under other unit words (``inschrijvingen`` in one answer, ``unieke
    cursisten`` in the one before, which prints no figure of the key in the later one's unit)
    is the kind ``unit``; other numbers in other units are other figures, nothing to compare."""
    found = []
    answers = _answers(occurrences)
    for n in range(1, len(answers)):
        places: Counter = Counter()
        for later in answers[n]:
            kind = later[8] if later[5] else None  # (None: no unit word, any unit's)
            place = places[kind]
            places[kind] += 1
            like: list = []
            for back in range(n - 1, -1, -1):  # (the answer just before, nearly always)
                like = [e for e in answers[back] if kind is None or not e[5] or e[8] == kind]
                if like:
                    break
            if like:
                earlier = like[min(place, len(like) - 1)]
                if not (earlier[7] and later[7]):  # (two tables' one total each: compared by their own key)
                    found_kind = _kind(_int(earlier[3]), bool(earlier[4]), earlier[5], _int(later[3]), later[5],
                                       earlier[6] is not None, later[6] is not None)
                    if found_kind is not None:
                        found.append((later[2], later[1], earlier[1], found_kind))
            if kind is None or later[6] is not None:
                continue
            before = answers[n - 1]
            if any(not e[5] or e[8] == kind for e in before):
                continue  # (the answer before prints the figure in this unit: compared as such)
            same = [e for e in before if e[6] is None and not (e[7] and later[7]) and _int(e[3]) == _int(later[3])]
            if same:
                found.append((later[2], later[1], same[0][1], "unit"))
    return found


class Revisions(list):
    """Revisions already paired (by a :class:`FigureIndex`): :func:`revisions` returns them as
    they are, so the ``figure-revised`` rule can be run on one answer's revisions at a time."""


def _kind(
    earlier_count: int, earlier_partial: bool, earlier_unit, later_count: int, later_unit,
    earlier_bound: bool = False, later_bound: bool = False,
) -> str | None:
    """How a later figure differs from an earlier one (one of :data:`KINDS`), or None. A count
    withheld as a bound (``<5``: `count` is its highest) is anywhere from 0 to it: a figure
    within that range, or another bound, agrees with it."""
    if earlier_unit != later_unit and earlier_unit and later_unit:
        return "unit"  # (where one table's words say no unit, they do not differ)
    if later_count < (0 if earlier_bound else earlier_count):
        grown = -1  # lower than the earlier figure can be
    elif (0 if later_bound else later_count) > earlier_count:
        grown = 1  # higher than the earlier figure can be
    else:
        return None
    if earlier_partial:
        return "completed" if grown > 0 else "partial-shrank"
    return "revised-up" if grown > 0 else "revised-down"


def revisions(
    answers: "Iterable[Answer] | Revisions", sector: str | None = None, catalogue: "Catalogue | None" = None,
) -> list[Revision]:
    """Every figure of a later answer that differs from the same figure of the answer before
    it, in the order of the later answers' places. Given :class:`Revisions` (already paired),
    returns them."""
    if isinstance(answers, Revisions):
        return list(answers)
    with FigureIndex() as index:
        for answer in answers:
            index.add(answer.path, iso_date(answer.question_date), *figure_rows(answer, sector, catalogue),
                      question=answer.question_number)
        return index.all_revisions()
