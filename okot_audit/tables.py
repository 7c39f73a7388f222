"""The typed tables of an answer: what the parser produces and everything downstream reads.

Plain dataclasses, no pandas: the tidy DataFrame of CONTRACT.md is built on demand
(:meth:`Answer.frame`, :meth:`Table.frame`) so that a cached ``okot-audit check`` never pays for
importing pandas.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from okot_audit.quick import quick_init

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

Measure = Literal["started", "graduated", "stopped_or_failed", "enrolled", "unknown"]
Level = Literal["row", "subtotal", "total"]
RowKey = Literal["code", "province", "category", "programme"]
#: What one row's key names (:meth:`Table.row_key`): a row key, or — a row of a table of
#: programmes that names none, or a row without a code among coded rows — what the table counts (``measure``), a ``place`` besides the
#: provinces, a ``sector``, the programmes not listed (``rest``: ``Overige opleidingen``), or
#: nothing (``none``: a row without a label).
RowKind = Literal["code", "province", "category", "programme", "measure", "place", "sector", "rest", "none"]


@dataclass(frozen=True)
class Layout:
    """The shape of a table, as a value every later step asks questions of.

    `rows`: what keys a row — a training ``code``, a ``province``, a ``category`` of persons
    (age class, gender, education level: `attribute` says which), or a ``programme`` name
    without code. `blocks`: ``province`` or ``sector`` when rows are grouped into blocks each
    closed by its ``Totaal X`` / ``Subtotaal X``, else None. `total_column`: the last period
    column is a ``Totaal`` of the row's other periods. `transposed`: the answer prints the table on
    its side (periods as lines, the rows as columns); its cells are those of the same table
    printed the usual way, each at the line its figure stands on.
    """

    rows: RowKey = "code"
    blocks: str | None = None
    total_column: bool = False
    attribute: str | None = None
    transposed: bool = False

    @property
    def partition(self) -> bool:
        """Whether the rows are categories of an attribute every person has once in a period
        (age class, gender …): a total over them is their sum whatever it counts. Rows that are
        parts of a year (``quarter``: quarters, half years) are categories of time: over unique
        persons the year's total is at most their sum, as over any rows."""
        return self.rows == "category" and self.attribute not in TIME_ATTRIBUTES

    @property
    def name(self) -> str:
        """The table kind, which names its schema: ``code_rows``, ``code_rows_by_province``,
        ``province_rows``, ``category_rows``, ``programme_rows_by_sector`` …"""
        return f"{self.rows}_rows" + (f"_by_{self.blocks}" if self.blocks else "")

    def __str__(self) -> str:
        return self.name

#: Attributes of a table's category rows that are parts of its period, not of a person
#: (:attr:`Layout.partition`): ``quarter`` (a year's quarters, half years, ranges of months).
TIME_ATTRIBUTES = frozenset(("quarter",))

#: Keys of a table's ``describe()`` data that only the reports read (:meth:`Table.outline`): no
#: part of the JSON report's documents (CONTRACT.md).
REPORT_ONLY = ("total_only", "block_kind")



def public_document(document: dict) -> dict:
    """An answer's ``describe()`` data as the JSON report's documents hold it: without the
    tables' :data:`REPORT_ONLY` keys."""
    tables = document.get("tables")
    if not tables:
        return document
    return {**document, "tables": [
        {k: v for k, v in table.items() if k not in REPORT_ONLY} if isinstance(table, dict) else table
        for table in tables
    ]}

#: The columns of ``okot-audit extract --format csv``, in order (CONTRACT.md).
TIDY_COLUMNS = (
    "path", "table", "measure", "level", "province", "code", "label",
    "period", "partial", "count", "line", "page", "semantics",
)

PROVINCES = (
    "Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel",
)


#: The word of a subtotal column between a header's periods (``2020 2021 Subtotaal 2022
#: Totaal``): its period's label is this word and the span of the periods it totals (``Subtotaal
#: 2020 t/m 2021``, ``Subtotaal 2019-2020 t/m 2020-2021``; ``Subtotaal 2022`` for one).
SUBTOTAL_PERIOD = "Subtotaal"


def is_subtotal_column(label: str) -> bool:
    """Whether `label` is a subtotal column's between the periods (``Subtotaal 2020 t/m 2021``)."""
    return label.startswith(SUBTOTAL_PERIOD + " ")


def own_words(label: str, province: str) -> str | None:
    """A row's words as they tell it from the other rows of its province's block: `label`
    (the reader takes a province printed before a row's words off them: ``Antwerpen -25 jaar``
    is the row ``-25 jaar`` of the Antwerpen block); None where the row is the province itself
    (``Antwerpen``, ``Prov. Antwerpen``, ``1 Antwerpen``)."""
    letters, name = _letters(label), _letters(province)
    if letters in (name, f"prov{name}", f"provincie{name}"):
        return None
    return label or None


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalpha())


def finding_label(row: "Cell | Withheld | ParseIssue") -> str | None:
    """The ``label`` of a finding about `row` (a cell, a withheld figure, a parse issue): the
    row's words as printed, beside its province where it has one (``-25 jaar`` in the Limburg
    column, ``Vrouw`` in the Antwerpen block, the ``Totaal`` line of a province's column); None
    for a coded row (its code names it) or a row that is its province itself (``Antwerpen``)."""
    if row.code or not row.label:
        return None
    return own_words(row.label, row.province) if row.province else row.label


@quick_init
@dataclass(frozen=True)
class Period:
    """One column of a table: a year, and whether the answer calls it partial."""

    label: str
    partial: bool = False
    note: str | None = None  # the answer's own words that make it partial
    line: int | None = None  # where the period (or its footnote) stands
    #: The months of its year that a table's rows cover where its rows are parts of the year
    #: (``1e kwartaal`` … ``3e kwartaal``: 1 to 9) and do not cover it whole; empty otherwise.
    months: tuple[int, ...] = ()
    #: A total column's word as the header prints it where it is not ``Totaal`` (``Subtotaal``,
    #: ``Eindtotaal``): messages name the column by it. None otherwise (no part of the reports' data).
    word: str | None = None
    #: The page (PDF, or text whose form feeds part its pages) `line` stands on.
    page: int | None = None


@quick_init
@dataclass(frozen=True)
class Cell:
    """One non-blank number of a table, where it stands, and what it counts."""

    level: Level
    period: str
    count: int
    line: int
    code: str | None = None
    label: str = ""
    province: str | None = None
    page: int | None = None  # PDF input: the 1-based page the number stands on
    semantics: str | None = None  # totals and subtotals: "unique" or "additive"
    block: str | None = None  # the sector block a row stands in (``zorg``), when not a province


@dataclass(frozen=True)
class Asked:
    """What a numbered question asks for in time, and where the answer's item of the same
    number stands (read by :mod:`okot_audit.parse.questions`)."""

    number: int | None  # the question's number (``1.``, ``2.``); None: the only question
    line: int  # where the words that ask stand
    words: str  # the words as printed: "de vijf recentste jaren", "2018-2022", "in 2020"
    count: int | None = None  # how many periods the words ask for
    periods: tuple[str, ...] = ()  # the years the words name, when they name them
    answer_start: int | None = None  # first and last line of the answer's item of this number
    answer_end: int | None = None


@dataclass(frozen=True)
class Deferral:
    """A sentence of the answer that says figures come later ("pas beschikbaar vanaf 1 februari
    2021"), with the answer item it stands in."""

    number: int | None  # the answer item's number; None when the answer is not numbered
    line: int  # where the sentence starts
    sentence: str
    when: str  # the words that say when: "vanaf 1 februari 2021", "half november 2022"
    date: str | None = None  # ISO date when `when` names a day, month and year
    item_start: int = 0  # first and last line of the answer item
    item_end: int = 0
    #: The counts the item's own text states beside the sentence (``Van de 577 gediplomeerden …
    #: 468 …``): numbers that are no year, day, item, question or training code. Empty when the
    #: item gives no figure at all.
    counts: tuple[int, ...] = ()


@dataclass(frozen=True)
class Withheld:
    """A count the answer withholds and prints as a bound (``<5``: between 1 and 4): the cell of
    row line `line` in `period` is known only to lie between `low` and `high`. The totals it is
    part of are checked with it anywhere in that range (:mod:`okot_audit.totals`). `high` is
    None where the answer names no bound (a mark whose footnote says only that the count is
    withheld: ``* om privacyredenen niet vermeld``): the count is then known only to be at
    least `low`, and a total over it is checked only as far as that allows."""

    line: int
    period: str
    low: int
    high: int | None
    text: str  # as printed: ``<5``, ``* (<5)``; a mark with no bound as printed: ``*``
    #: The row it stands in, as its cells say it (:class:`Cell`'s fields of the same names), so
    #: that the same figure printed in another answer can be compared with it.
    code: str | None = None
    province: str | None = None
    label: str = ""
    level: str = "row"
    page: int | None = None  # a PDF's page, as a cell's
    block: str | None = None  # the block it stands in when not a province's, as a cell's
    #: Not withheld but unprinted: a row's figure of the ``Totaal`` column left blank while its
    #: periods print figures (``Vroedkunde 100 - -`` under ``2020 2021 Totaal``). The row's
    #: total is not 0 but known only as its periods allow it — from their largest (unique persons)
    #: or their sum (counts that add up) to their sum —, a part of the column's total in that
    #: range. Only a check's stand-in (:mod:`okot_audit.totals`), never in a table's `withheld`.
    unprinted: bool = False


@dataclass(frozen=True)
class Subset:
    """A figure of a row that counts some of the persons of the line above it (``waarvan
    vrouwen 90 140`` below a programme's row or a ``Totaal``): no cell — no part of what the
    table's totals add up — but a part of that line's figure `of_line` in the same `period`
    (:mod:`okot_audit.totals` checks it against it). `label` as printed (``waarvan vrouwen``)."""

    line: int
    period: str
    count: int
    label: str
    of_line: int
    page: int | None = None  # a PDF's page, as a cell's


@dataclass(frozen=True)
class HiddenFigure:
    """A figure of a row hidden in an ``.xlsx`` sheet (a programme's row a statistician hid):
    read as no cell of the table its reader sees, kept with the period it stands under so that
    a total that counts it can say so. `line`: the line of the row shown above it; `row`: its
    sheet row."""

    line: int
    row: int
    period: str
    count: int
    label: str


#: Between the rows of one ``column-not-checked`` record of aside rows (:class:`ParseIssue`'s
#: `text`: their labels; `other`: their values), as the reader joins them for a person to read;
#: the rows themselves are its `rows`, one by one.
ASIDE_SEPARATOR = "; "


@dataclass(frozen=True)
class ParseIssue:
    """Something the reader saw but could not turn into cells — data, not a sentence.

    `kind` is one of ``stray-number``, ``unreadable-table``, ``ambiguous-alignment``,
    ``province-label-mismatch``, ``partial-period`` (``note-unplaced``, ``mark-unplaced``: a
    note or mark under several periods that no place gives to one), ``label-supplied`` (``bold-row``:
    a row label the reader wrote where the source prints none, :class:`~okot_audit.source.SuppliedLabel`;
    `label` the words written, `level` and `values` per `periods` the row as read); the rules of the same names turn these into findings and own
    every word of their messages. `reason` says which case of its kind it is (the rule's
    message variant): e.g. ``no-period``, ``row-without-counts``, ``total-without-numbers``,
    ``block-not-closed``, ``table-like-lines``, ``figures-below-rows``, ``fewer-figures-below-rows``, ``figures-above-header``, ``periods-above-header``, ``continuation-other-header``, ``periods-unclear``, ``one-figure-per-line``, ``figures-glued``, ``footer-glued``, ``table-beside-prose``, ``prose-beside-table``, ``page-without-text``, ``page-with-image``, ``page-of-outlines``, ``image-without-table``, ``embedded-document``, ``table-announced``, ``page-damaged``, ``page-cut-short``, ``merged-figure``, ``merged-figure-rows``, ``year-as-date``, ``formula-without-value``, ``amounts-only``, ``rows-unclear``, ``text-mirrored``, ``row-without-label``,
    ``columns-without-periods``, ``columns-unplaced`` for ``unreadable-table``; ``no-fit``, ``ambiguous``, ``no-total``,
    ``withheld``, ``page-columns`` for ``ambiguous-alignment``. The other fields carry what the message needs: the row (`code`,
    `label`), the province, the numbers, a reading (`values` per `periods`), another line
    (`other_line`) and another name (`other`); and what the line is, as the reader read it
    (`level`: a total line, a block's subtotal or a row), which the rules take from here, never
    from the line's words.
    """

    kind: str
    line: int
    reason: str
    numbers: tuple[int, ...] = ()
    table: str | None = None
    province: str | None = None
    unread: bool = False  # its numbers were not read as cells
    code: str | None = None
    label: str | None = None
    text: str | None = None  # the line as printed (stray numbers, table-like lines)
    values: tuple[int | None, ...] = ()
    periods: tuple[str, ...] = ()
    other_line: int | None = None
    other: str | None = None
    page: int | None = None
    sheet: str | None = None  # xlsx input: the sheet `line` is a row of
    #: ``figures-glued``: per line whose figures stand glued, how many digits they are (which
    #: digits make which figure cannot be told, so the figures cannot be counted nor listed).
    digits: tuple[int, ...] = ()
    #: ``column-not-checked`` records of rows (``subset-rows``, ``statistic-rows``, ``amount-rows``,
    #: ``hidden-rows``): each row's label and its values as printed (``("Gemiddelde", "911 977")``),
    #: row by row — `text` and `other` say the same joined (:data:`ASIDE_SEPARATOR`).
    rows: tuple[tuple[str, str], ...] = ()
    #: ``hidden-rows``: the header line of the hidden rows' table where it is hidden too (its words
    #: then its periods, no figures): its sheet row (its line in the page) and its words as printed;
    #: ``continuation-other-header``: the periods of the table the caption says goes on.
    header: tuple[str, ...] = ()
    #: The kind of table line the record is about, as the reader read the line: a table's
    #: ``total`` line (``Totaal``, ``Eindtotaal``, a region's ``Vlaanderen 3.150``), a block's
    #: ``subtotal`` (``Totaal Antwerpen``, ``Subtotaal zorg``) or a ``row``; None where the record
    #: is about no one line of a table (a region of lines, a column, a note) or the reader could
    #: not tell. The rules read it: a total line is said as one, whatever its words.
    level: Level | None = None


@dataclass
class Table:
    """A table of an answer, with its cells in document order."""

    id: str
    title: str
    measure: Measure
    layout: Layout
    periods: tuple[Period, ...]
    unique_persons: bool  # the table counts persons (else events: enrolments, trajectories …)
    header_line: int
    end_line: int
    cells: list[Cell] = field(default_factory=list)
    counting_note: str = ""
    unresolved: bool = False  # some row could not be aligned; totals cannot be checked
    withheld: list[Withheld] = field(default_factory=list)  # counts printed as a bound (``<5``)
    unit: str = ""  # the unit words of the table (``unieke cursisten``, ``inschrijvingen``)
    page: int | None = None  # PDF input: the page its header stands on
    sheet: str | None = None  # xlsx input: the sheet the table stands on (its rows are that sheet's)
    #: The column this table is of a header that prints several under each period (``Man``,
    #: ``geslaagd``), as printed; empty for a table of every column.
    column: str = ""
    #: Where :attr:`column`'s name names a measure and says more than it (``Geslaagd extra``), by
    #: the reader: the measure it names (`column_named`, ``graduated``) and the words it says
    #: more, as printed (``("extra",)``); the table's measure stays ``unknown``. Empty otherwise.
    column_named: str = ""
    column_more: tuple[str, ...] = ()
    #: The columns of categories of persons (``Man``, ``Vrouw``) that this table's column (a
    #: ``Totaal`` beside them under each period) totals: tables of the same header, whose figures
    #: at the same line and period are its parts (a partition). Empty for any other table.
    categories: tuple[str, ...] = ()
    #: The figures of rows that count a subset of the line above them (``waarvan vrouwen``),
    #: each with that line; read as no cells (:class:`Subset`).
    subsets: list[Subset] = field(default_factory=list)
    #: The marks of the answer's numbered footnotes (``1`` of ``(1) Inclusief …``): a figure whose
    #: last digits are one may carry it flattened (a superscript ``412¹`` extracted as ``4121``).
    note_marks: tuple[str, ...] = ()
    #: The measures that the sentence which says what the table counts names, when it names
    #: several (``het aantal gestarte en geslaagde cursisten``) and the table's measure stays
    #: ``unknown`` for it; with that sentence (`measure_said`). Empty otherwise.
    measures_named: tuple[str, ...] = ()
    #: The words that say the table's figures are no counts (``gemiddelde``, ``in %``, ``euro``):
    #: its totals are not checked by sums, nor its figures compared with other answers' counts.
    statistic: str = ""
    measure_said: str = ""
    #: The units the words of `measure_said` name (``Aantal inschrijvingen per opleiding`` →
    #: ``("inschrijvingen",)``), by the reader; empty when they name none.
    units_said: tuple[str, ...] = ()
    #: The figures of rows hidden in the sheet an ``.xlsx`` annex prints the table on, under the
    #: periods they stand under (:class:`HiddenFigure`): no cells, reported as not read.
    hidden: list[HiddenFigure] = field(default_factory=list)
    #: What the label of a row without a code names where that is not what the table's rows are
    #: (:attr:`Layout.rows`), by the reader (:mod:`okot_audit.parse.rowkinds`): in a table of
    #: programmes ``Gestart`` → ``measure``, ``Man`` → ``category``, ``Antwerpen`` → ``province``;
    #: among coded rows ``Bachelor kinderzorg`` → ``programme`` too (a row without its code).
    row_kinds: dict[str, RowKind] = field(default_factory=dict)
    #: What the words of each total line say it counts, by its label, by the reader
    #: (:mod:`okot_audit.parse.rowkinds`): ``Totaal inschrijvingen`` → ``("additive",
    #: "inschrijvingen")``, ``Totaal unieke cursisten`` → ``("unique", "unieke cursisten")``.
    #: A line whose words name no unit is not here (the table's own unit holds for it).
    line_units: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: What the table's blocks other than provinces (:attr:`Layout.blocks` ``sector``) are named
    #: by, by the reader with the run's catalogue (:func:`okot_audit.parse.rowkinds.mark_block_kinds`):
    #: ``sector`` (sectors of that catalogue), the attribute of a person (``gender``: ``Man`` /
    #: ``Vrouw`` blocks), ``other`` (``Subtotaal bachelors``); None for no such blocks.
    block_kind: str | None = None
    #: Whether the columns of :attr:`categories` are provinces (``Kwartaal Antwerpen Limburg
    #: Totaal``), by the reader: one person who moved may stand in two of them.
    categories_provinces: bool = False
    #: The province whose column of a header of provinces this table is (``Leeftijd Antwerpen
    #: Limburg … Vlaams Gewest``: a table per province, over the table's one period), by the
    #: reader: each of its cells carries it as its province. None for any other table.
    column_province: str | None = None

    @property
    def schema_kind(self) -> str:
        """The kind of table whose schema its cells are validated with: its layout's
        (:attr:`Layout.name`), or — one province's column (:attr:`column_province`), its cells
        of that province — the kind of the same rows in province blocks, whose cells carry one."""
        if self.column_province and self.layout.blocks is None:
            return f"{self.layout.name}_by_province"
        return self.layout.name

    def row_key(self, cell: "Cell | Withheld") -> RowKind:
        """What keys `cell`'s row: ``code`` for a row with a training code, else what its label
        names (:attr:`row_kinds`), else what the table's rows are (:attr:`Layout.rows`)."""
        if cell.code:
            return "code"
        return self.row_kinds.get(cell.label) or self.layout.rows

    def period(self, label: str) -> Period | None:
        """Return the period called `label`, if the table has it."""
        return next((p for p in self.periods if p.label == label), None)

    def column_word(self, label: str) -> str:
        """The word the header prints for the column of period `label`: a total column's own
        (``Eindtotaal``; a subtotal column's with its span, ``Tussentotaal 2020 t/m 2021``) where
        it is not ``Totaal``, else `label` itself."""
        found = self.period(label)
        if found is None or not found.word:
            return label
        return found.word + label[len(SUBTOTAL_PERIOD):] if is_subtotal_column(label) else found.word

    @cached_property
    def chart_bars(self) -> tuple:
        """What the table's chart shows (:func:`okot_audit.charts.table_bars`): each total's
        stated figure and the sum of its parts, computed once (the audit run's, never a report's)."""
        from okot_audit.charts import table_bars

        return table_bars(self)

    def rows(self) -> list[Cell]:
        return [c for c in self.cells if c.level == "row"]

    def outline(self) -> dict:
        """What the reports say of the table's shape beyond its layout (:data:`REPORT_ONLY`):
        ``total_only`` — it prints a total line and no row (``Totaal 1.487 1.612``);
        ``block_kind`` — what its blocks other than provinces are named by (:attr:`block_kind`)."""
        total_only = bool(self.cells) and self.layout.blocks is None and not any(c.level == "row" for c in self.cells)
        return {"total_only": total_only, "block_kind": self.block_kind}

    def records(self, path: str) -> list[dict]:
        """The cells as tidy records with the CONTRACT.md columns."""
        partial = {p.label: p.partial for p in self.periods}
        return [
            {
                "path": path, "table": self.id, "measure": self.measure, "level": c.level,
                "province": c.province or "", "code": c.code or "", "label": c.label,
                "period": c.period, "partial": partial.get(c.period, False),
                "count": c.count, "line": c.line, "page": c.page,
                "semantics": c.semantics or "",
            }
            for c in self.cells
        ]

    def columns(self, path: str) -> dict[str, list]:
        """The values of :meth:`records`, column by column (the schema screen reads them so,
        without a dict per cell)."""
        cells = self.cells
        n = len(cells)
        partial = {p.label: p.partial for p in self.periods}
        return {
            "path": [path] * n, "table": [self.id] * n, "measure": [self.measure] * n,
            "level": [c.level for c in cells], "province": [c.province or "" for c in cells],
            "code": [c.code or "" for c in cells], "label": [c.label for c in cells],
            "period": [c.period for c in cells], "partial": [partial.get(c.period, False) for c in cells],
            "count": [c.count for c in cells], "line": [c.line for c in cells], "page": [c.page for c in cells],
            "semantics": [c.semantics or "" for c in cells],
        }

    def frame(self, path: str = "") -> "pd.DataFrame":
        return tidy_frame(self.records(path))


@dataclass
class Answer:
    """One published answer: where it came from, what it is about, and its tables."""

    path: str
    title: str
    sector: str | None
    question_number: int | None
    question_date: "datetime.date | None"  # JSON and the cache write it as an ISO string
    tables: list[Table]
    issues: list[ParseIssue]
    encoding: str = "utf-8"
    line_count: int = 0
    asked: tuple[Asked, ...] = ()  # what the numbered questions ask for in time
    deferred: tuple[Deferral, ...] = ()  # sentences that say figures come later

    def records(self) -> list[dict]:
        return [r for t in self.tables for r in t.records(self.path)]

    def frame(self) -> "pd.DataFrame":
        """All cells of all tables as one tidy DataFrame (CONTRACT.md columns)."""
        return tidy_frame(self.records())

    def table(self, id_or_measure: str) -> Table:
        """Return the table with this id, or the only table with this measure."""
        matches = [t for t in self.tables if t.id == id_or_measure or t.measure == id_or_measure]
        if len(matches) != 1:
            raise KeyError(f"{len(matches)} tables match {id_or_measure!r}")
        return matches[0]

    def has_table_within(self, first: int, last: int) -> bool:
        """Whether a table of the answer starts (its header line) from line `first` to `last`
        (inclusive): an item of the answer that gives its figures in a table."""
        return any(first <= t.header_line <= last for t in self.tables)

    def describe(self) -> dict:
        """Plain data about the answer and its tables (for reports and JSON)."""
        return {
            "path": self.path,
            "title": self.title,
            "sector": self.sector,
            "question_number": self.question_number,
            "question_date": self.question_date.isoformat() if self.question_date else None,
            "encoding": self.encoding,
            "tables": [
                {
                    "id": t.id, "title": t.title, "measure": t.measure, "layout": t.layout.name,
                    "rows": t.layout.rows, "blocks": t.layout.blocks,
                    "total_column": t.layout.total_column, "unit": t.unit,
                    "unique_persons": t.unique_persons, "line": t.header_line,
                    "end_line": t.end_line,
                    "periods": [
                        {"period": p.label, "partial": p.partial, "note": p.note} for p in t.periods
                    ],
                    "cells": len(t.cells),
                    **t.outline(),
                }
                for t in self.tables
            ],
        }


def records_csv(records: "Iterable[dict]") -> str:
    """Tidy records as CSV: the contract's columns, ``partial`` as true/false, LF line ends."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(TIDY_COLUMNS)
    for record in records:
        writer.writerow(
            ("true" if record[c] else "false") if c == "partial" else record[c] for c in TIDY_COLUMNS
        )
    return buffer.getvalue()


def tidy_frame(records: list[dict]) -> "pd.DataFrame":
    """Records → DataFrame with the contract's columns and dtypes (imports pandas)."""
    import pandas as pd

    for record in records:
        count = record["count"]
        if isinstance(count, int) and not -(2**63) <= count < 2**63:
            raise ValueError(
                f"{record['path'] or '<text>'}:{record['line']}: count {count} does not fit a 64-bit "
                "integer column; it cannot be a count of persons (okot-audit check reports it)"
            )
    frame = pd.DataFrame.from_records(records, columns=list(TIDY_COLUMNS))
    return frame.astype(TIDY_DTYPES)  # the same dtypes for no cells as for many


#: The pandas dtypes of the tidy columns: nullable ``string``, ``Int64`` and ``boolean``, as in
#: the findings frame (:data:`okot_audit.findings.FRAME_DTYPES`).
TIDY_DTYPES = {
    "path": "string", "table": "string", "measure": "string", "level": "string",
    "province": "string", "code": "string", "label": "string", "period": "string",
    "partial": "boolean", "count": "Int64", "line": "Int64", "page": "Int64",
    "semantics": "string",
}
