"""Answers built the way the domain builds them: persons → memberships → counts.

Nothing here filters random numbers until they look right. A table is made of *groups of
persons*, each group with the rows (and, in a province table, the provinces) its persons are
counted in. A row's count is the number of persons with a membership in it; a total is the
number of unique persons. So ``max(parts) <= total <= sum(parts)`` holds by construction, and
the difference ``sum(parts) - total`` is exactly the persons counted more than once.

A blank cell is a row without persons in that period: it has no count (``None``), never 0.

Every table shape of DOMAIN.md is drawn the same way (:class:`Shape`): rows keyed by a training
code, a province, a category of persons (a *partition*: each person in exactly one row, so the
total is the sum) or a programme name without code; province or sector blocks closed by their
subtotals under a grand total; a total column (persons followed over the periods: a row's
``Totaal`` counts each of its persons once); a second total line of enrolments (``Totaal
inschrijvingen``: every membership counts, so it is the sum of the rows); periods that are
years, school years, months or one period named only in the prose. The newer shapes
(:data:`NEWER_KINDS`) are drawn the same way: nested totals (two blocks, the first closed by
a subtotal, the total over that subtotal and the second block's rows), a total column printed
first, and tables printed together (:attr:`TableModel.frame`: a column of each measure under
every period, each measure its own persons over the same rows; or a row of each measure).
:meth:`TableModel.cells` says, for every printed figure, what a correct reader reads: level,
row, period, count, partial flag and what its total means; :meth:`TableModel.total_checks`
which totals total which figures, and how.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from generate.choices import Chooser

PROVINCES = (
    "Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel",
)
MEASURES = ("started", "graduated", "stopped_or_failed")
#: Attributes every person has once, and their values in the order answers print them.
CATEGORIES = {
    "age": ("-25 jaar", "25-54 jaar", "55+ jaar"),
    "gender": ("Man", "Vrouw"),
    "education": ("laaggeschoold", "middengeschoold", "hooggeschoold"),
}
#: Attributes whose value a person can change between periods: the total column's total over
#: such categories counts unique persons, though each period's total is a partition.
CHANGING = ("age", "education")
#: Sector blocks a table may group its rows in (``Zorg`` … ``Subtotaal zorg N``).
SECTOR_BLOCKS = ("zorg", "onderwijs", "techniek", "bouw")
#: The shapes a table can take (:class:`Shape`): what keys its rows, and its blocks.
KINDS = (
    "code", "code_by_province", "province", "category", "programme", "code_by_sector",
    "programme_by_sector",
)
#: The newer shapes (:func:`draw_shape`): nested totals (``Vlaams Gewest`` over the Flemish
#: provinces, then ``Brussel`` and ``Totaal``; ``Subtotaal``, more rows, ``Totaal``), several
#: columns under each period each naming a measure (``2021 2022`` over ``gestart geslaagd
#: gestart geslaagd``: a table per measure over the same rows), measures as rows (``Gestarte
#: cursisten`` / ``Geslaagde cursisten`` by year, no total: a table per row) and a total
#: column printed first (``Opleiding Totaal 2020 2021``). Drawn only when asked for, so the
#: answers of :data:`KINDS` (and the benchmarks' corpus) stay what they were.
NEWER_KINDS = (
    "province_nested", "code_nested", "category_nested", "programme_nested",
    "code_side", "province_side", "programme_side", "measure_rows",
    "code_first", "province_first", "category_first",
)
#: Round 18's shapes (:func:`draw_shape`, drawn only when asked for, as :data:`NEWER_KINDS`):
#: tables on their side (``Jaar 908003 908013 Totaal``, a line per year, a column per code,
#: category of persons or province), a table of its total alone (``2021 2022`` / ``Totaal
#: 1.487 1.612``), rows by nationality (a partition), and the older shapes with their blank
#: cells printed as a blank mark (``-``, ``x``) instead of left empty.
KINDS18 = (
    "code_turned", "category_turned", "province_turned", "total_only", "nationality",
    "code_marks", "programme_marks", "category_marks", "province_marks", "code_by_sector_marks",
)
#: Round 20's shapes (:func:`draw_shape`, drawn only when asked for, as :data:`NEWER_KINDS`):
#: the shapes of :data:`KINDS` combined — province blocks over several periods (years, school
#: years, months; with a total column, or their blank cells printed as a mark), sector blocks
#: with a total column, and two totals of different meaning (``Totaal inschrijvingen`` and
#: ``Totaal unieke cursisten``) with a total column or over provinces.
KINDS20 = (
    "code_by_province_years", "programme_by_province_years", "code_by_province_marks",
    "code_by_sector_column", "programme_by_sector_column", "province_two_totals", "code_two_totals_column",
    "programme_two_totals_column",
)
#: Round 22's ways of printing a blank cell: every mark answers print (:func:`reprinted`).
MARKS22 = ("-", "\u2013", "/", "x", "nvt", "n.v.t.", "n.b.")
#: Round 22's ways of setting a count's thousands apart: a Dutch point (``1.472``), a space, a
#: no-break space, a narrow no-break space (:func:`generate.render.format_count`).
SEPARATORS22 = (True, " ", "\u00a0", "\u202f")
#: The nationalities a table by nationality prints (each person has one in a period).
NATIONALITIES = ("Belg", "EU", "niet-EU")
#: What a blank cell is printed as in a table of :data:`KINDS18` ``*_marks``.
BLANK_MARKS = ("-", "x")
#: What each column of a side-by-side table is headed with, by measure.
COLUMN_NAMES = {"started": "gestart", "graduated": "geslaagd", "stopped_or_failed": "gestopt"}
#: What a row of measures (``measure_rows``) is labelled with, by measure.
MEASURE_ROW_LABELS = {
    "started": ("Gestarte cursisten", "Unieke gestarte cursisten"),
    "graduated": ("Geslaagde cursisten", "Unieke geslaagde cursisten"),
    "stopped_or_failed": ("Gestopte cursisten", "Cursisten die stopten"),
}
#: The Flemish provinces (their total is the ``Vlaams Gewest`` of a nested province table).
FLEMISH = PROVINCES[:5]
#: What a person's attribute is when it is not known: the rows a nested category table prints
#: below its ``Subtotaal``.
UNKNOWN_CATEGORY = "Onbekend"
#: What a table's periods are: years, school years (``2019-2020``), months (``januari 2020``,
#: read as ``2020-01``), or one period named only in the prose (a single ``Aantal`` column).
PERIOD_KINDS = ("year", "school", "month", "prose")

# Anchors name the places a finding can point at, independently of line numbers.
Anchor = tuple


@dataclass
class Row:
    uid: int
    code: str
    label: str
    counts: dict[str, int | None]
    layout: int  # whose layout decisions it uses (a repeated row reuses its original's)

    @property
    def anchor(self) -> Anchor:
        return ("row", self.uid)


@dataclass
class Block:
    """A year table has one block without province; a province table one block per province."""

    index: int
    province: str | None
    rows: list[Row]
    subtotal: dict[str, int | None] | None = None
    sector: str | None = None  # a sector block (``zorg``): a line ``Zorg`` above, ``Subtotaal zorg`` below
    words: str = ""  # the words of its closing line (``Totaal Antwerpen``, ``Subtotaal zorg``)


@dataclass(frozen=True)
class Group:
    """`size` persons, each counted in every (block, row uid) of `memberships`.

    Groups of different periods with the same `person` are the same persons, followed over
    the periods (a total column counts them once); None: persons of this group only."""

    size: int
    memberships: frozenset[tuple[int, int]]
    person: int | None = None

    @property
    def persons(self) -> object:
        """Who the group's persons are, for counting them once over several periods."""
        return self.person if self.person is not None else id(self)


@dataclass(frozen=True)
class Shape:
    """What a table looks like: its rows' key (``code``, ``province``, ``category``,
    ``programme``), its blocks (``province``, ``sector`` or None), its periods
    (:data:`PERIOD_KINDS`), a total column, a second total line of enrolments, the attribute
    of a category table, and the words of its total line (None: the renderer draws them)."""

    rows: str = "code"
    blocks: str | None = None
    periods: str = "year"
    total_column: bool = False
    two_totals: bool = False
    attribute: str | None = None
    total_words: str | None = None
    #: Nested totals: the first block's rows closed by a subtotal (``Vlaams Gewest``,
    #: ``Subtotaal``), then the second block's rows that no subtotal closes, then the total
    #: over the subtotal and those rows.
    nested: bool = False
    #: The total column printed before the periods (``Opleiding Totaal 2020 2021``).
    total_first: bool = False
    #: The measures of the columns printed under each period, this table's own among them
    #: (``gestart geslaagd``); () for one column per period.
    side: tuple[str, ...] = ()
    #: Printed on its side: a line per period, a column per row, the total's column last.
    turned: bool = False
    #: What a blank cell is printed as (``-``, ``x``); None: left empty (spaces in text).
    blank_mark: str | None = None
    #: The table's total alone (its rows are drawn, for the persons, but not printed).
    total_only: bool = False

    @property
    def kind(self) -> str:
        """The reader's name for the table's layout (``okot_audit.tables.Layout.name``)."""
        rows = "programme" if self.rows == "measure" else self.rows  # (a row naming a measure is a row of a name)
        return f"{rows}_rows" + (f"_by_{self.blocks}" if self.blocks else "")

    @property
    def partition(self) -> bool:
        return self.rows == "category"


#: The seeds' two shapes: code rows by year, code rows in province blocks (one prose period).
YEAR_SHAPE = Shape()
PROVINCE_SHAPE = Shape(blocks="province", periods="prose")


class CellRecord(NamedTuple):
    """One printed figure as a correct reader reads it (blank cells have none).

    `label` is the row's folded label ("" for total lines, whose words are `words`);
    `semantics` what a total means (``unique`` or ``additive``; on a row only for its total
    column); `block` the sector block of a row or subtotal; `anchor` the model's place of
    the line (see :meth:`TableModel.values`)."""

    level: str
    code: str | None
    label: str
    province: str | None
    period: str
    count: int
    partial: bool
    semantics: str | None
    words: str
    block: str | None
    anchor: tuple


@dataclass
class TableModel:
    uid: int
    measure: str
    layout: str  # "year" | "province"
    periods: list[str]
    blocks: list[Block]
    total: dict[str, int | None]
    stars: dict[str, str] = field(default_factory=dict)  # period -> "*" / "**"
    said_partial: set[str] = field(default_factory=set)  # partial by a sentence of the answer
    groups: dict[str, list[Group]] = field(default_factory=dict)
    shape: Shape = YEAR_SHAPE
    #: The ``Totaal inschrijvingen`` line of a table with two totals: every membership is an
    #: enrolment, so it is the sum of the rows. None: the table has one total line.
    enrolments: dict[str, int | None] | None = None
    #: The uid of the first table of the printed table this one is part of (the columns of
    #: one measure beside another's, or a row of measures), None when printed alone. Tables
    #: printed together share their rows' uids and their total lines' anchors.
    frame: int | None = None

    @property
    def printed_uid(self) -> int:
        """The uid that names the printed table's lines (its frame's, or its own)."""
        return self.frame if self.frame is not None else self.uid

    @property
    def has_total(self) -> bool:
        """Whether a total line closes the table (a row of measures has none)."""
        return self.shape.rows != "measure"

    def partial(self, period: str) -> bool:
        return period in self.stars or period in self.said_partial

    @property
    def columns(self) -> list[str]:
        """The figure columns as printed: the periods, and ``Totaal`` for a total column
        (last, or first where the table prints it first)."""
        if not self.shape.total_column:
            return list(self.periods)
        return ["Totaal", *self.periods] if self.shape.total_first else [*self.periods, "Totaal"]

    def enrolments_anchor(self) -> Anchor:
        return ("enrolments", self.printed_uid)

    def rows(self) -> list[Row]:
        return [r for b in self.blocks for r in b.rows]

    def period_anchor(self, period: str) -> Anchor:
        """The line of `period` in a table printed on its side."""
        return ("period", self.printed_uid, period)

    def place_of(self, cell: CellRecord) -> Anchor:
        """The anchor of the printed line `cell` stands on: its row's or total's, or its
        period's in a table printed on its side."""
        return self.period_anchor(cell.period) if self.shape.turned else cell.anchor

    def total_anchor(self) -> Anchor:
        return ("total", self.printed_uid)

    def subtotal_anchor(self, block: Block) -> Anchor:
        return ("subtotal", self.printed_uid, block.index)

    def values(self) -> dict[Anchor, dict[str, int | None]]:
        """Every printed figure of the table by anchor."""
        out: dict[Anchor, dict[str, int | None]] = {}
        for block in self.blocks:
            for row in block.rows:
                out[row.anchor] = row.counts
            if block.subtotal is not None:
                out[self.subtotal_anchor(block)] = block.subtotal
        if self.enrolments is not None:
            out[self.enrolments_anchor()] = self.enrolments
        if self.has_total:
            out[self.total_anchor()] = self.total
        return out

    def total_words(self) -> str:
        """The words of the total line over the rows or blocks."""
        if self.shape.total_words:
            return self.shape.total_words
        return "Eindtotaal" if self.shape.blocks == "province" else "Totaal"

    def cells(self) -> list[CellRecord]:
        """Every printed figure, in document order, as a correct reader reads it."""
        out: list[CellRecord] = []
        shape = self.shape

        def add(level, code, label, province, values, semantics, words, block, anchor, row_column=False):
            for period in self.columns:
                value = values.get(period)
                if value is None:
                    continue
                meaning = semantics
                if row_column and period == "Totaal":
                    meaning = "unique"  # a row's persons over its periods
                elif period == "Totaal" and shape.partition and shape.attribute in CHANGING:
                    meaning = "unique"  # over several periods a person's age class or level can change
                partial = self.partial(period) if period != "Totaal" else False
                out.append(CellRecord(level, code, label, province, period, value, partial, meaning, words, block, anchor))

        for block in self.blocks:
            for row in block.rows:
                code = row.code if shape.rows == "code" else None
                province = block.province or (row.label if shape.rows == "province" else None)
                label = "" if shape.turned and code else " ".join(row.label.split())  # (a code's column is headed by the code alone)
                add("row", code, label, province, row.counts, None, "", block.sector, row.anchor, True)
            if block.subtotal is not None:
                add("subtotal", None, "", block.province, block.subtotal, "additive" if shape.partition else "unique",
                    block.words, block.sector, self.subtotal_anchor(block))
        if self.enrolments is not None:
            add("total", None, "", None, self.enrolments, "additive", "Totaal inschrijvingen", None, self.enrolments_anchor())
        if self.has_total:
            add("total", None, "", None, self.total, "additive" if shape.partition else "unique", self.total_words(),
                None, self.total_anchor())
        return out

    def semantics(self) -> dict[tuple[Anchor, str], str | None]:
        """What each printed figure's total means, by (anchor, column) (see :meth:`cells`)."""
        return {(c.anchor, c.period): c.semantics for c in self.cells()}

    def total_checks(self) -> list[tuple[Anchor, str, list[tuple[Anchor, str]], bool]]:
        """(total, column, parts, unique) for every printed total that has printed parts, as
        the domain says what a total totals: per column (the total column too), each block's
        subtotal over its rows; each total line over the subtotals and the rows of the blocks
        that no subtotal closes (nested totals), else over the rows; per line of a table with
        a total column, its ``Totaal`` cell over its periods (unique: persons followed over
        the periods). `unique`: ``max(parts) <= total <= sum(parts)``, else ``total ==
        sum(parts)``."""
        values, meaning = self.values(), self.semantics()
        out = []

        def check(anchor: Anchor, column: str, parts: list[tuple[Anchor, str]], unique: bool | None = None) -> None:
            parts = [(a, c) for a, c in parts if values[a].get(c) is not None]
            if parts and values[anchor].get(column) is not None:
                out.append((anchor, column, parts, meaning[anchor, column] == "unique" if unique is None else unique))

        totals = ([self.enrolments_anchor()] if self.enrolments is not None else []) + (
            [self.total_anchor()] if self.has_total else [])
        for column in self.columns:
            closed: list[tuple[Anchor, str]] = []
            for block in self.blocks:
                rows = [(r.anchor, column) for r in block.rows]
                if block.subtotal is None:
                    closed += rows
                    continue
                check(self.subtotal_anchor(block), column, rows)
                closed.append((self.subtotal_anchor(block), column))
            for anchor in totals:
                if column == "Totaal" and anchor == self.enrolments_anchor():
                    continue  # (every period's enrolments, over rows that count each person once: no sum to check)
                check(anchor, column, closed)
        if self.shape.total_column:
            for anchor in values:  # (a row's persons over its periods, counted once; enrolments add up)
                check(anchor, "Totaal", [(anchor, p) for p in self.periods], anchor != self.enrolments_anchor())
        return out

    def checks(self) -> list[tuple[Anchor, str, list[Anchor]]]:
        """(total, period, parts) for every total that has parts — what the rules check."""
        out = []
        for period in self.periods:
            if self.blocks[0].subtotal is None:
                parts = [r.anchor for r in self.blocks[0].rows if r.counts[period] is not None]
                if parts and self.total[period] is not None:
                    out.append((self.total_anchor(), period, parts))
                continue
            subtotals = []
            for block in self.blocks:
                parts = [r.anchor for r in block.rows if r.counts[period] is not None]
                if block.subtotal[period] is not None:
                    if parts:
                        out.append((self.subtotal_anchor(block), period, parts))
                    subtotals.append(self.subtotal_anchor(block))
            if subtotals and self.total[period] is not None:
                out.append((self.total_anchor(), period, subtotals))
        return out


@dataclass
class AnswerModel:
    sector: str  # "onderwijs" | "zorg"
    tables: list[TableModel]
    question: tuple[int, int, str, int]  # number, day, month, year
    #: Print counts >= 1000 as 1.472 (True), or with that separator (``1 472``: a space).
    thousands: bool | str = False

    def table(self, uid: int) -> TableModel:
        return next(t for t in self.tables if t.uid == uid)

    def frames(self) -> list[list[TableModel]]:
        """The tables as printed: one list per printed table (several tables printed together,
        see :attr:`TableModel.frame`, in one)."""
        out: list[list[TableModel]] = []
        for table in self.tables:
            if table.frame is not None and out and out[-1][0].uid == table.frame:
                out[-1].append(table)
            else:
                out.append([table])
        return out


# ---------------------------------------------------------------------------------------------
# Codes and labels

#: Words of training labels. None is a province name or the start of one, none says "totaal".
LABEL_WORDS = (
    "Educatieve", "bachelor", "voor", "kleuteronderwijs", "lager", "onderwijs", "secundair",
    "knelpuntvakken", "onderwijs:", "Verkorte", "educ", "sec", "master", "graduaatsopleiding",
    "Specifieke", "lerarenopleiding", "Professionele", "verpleegkunde", "Hoger",
    "beroepsonderwijs", "Graduaat", "orthopedagogie", "Tweedekansonderwijs", "zorgkundige",
    "opvoeder", "jeugd-", "-en", "en", "gehandicaptenzorg", "Se-n-se", "apotheekassistent",
    "tandartsassistent", "kinderzorg", "met", "algemene", "vorming", "bijkomende",
    "vakbevoegdheid", "leefgroepenwerking", "traject", "individueel", "verkort", "Opvoeder",
)
#: Pieces with digits and hyphens, as the seeds have them.
LABEL_PIECES = (
    "- 1ste jaar", "- 2de jaar", "- 3de jaar", "- 1 ste jaar", "- 2e jaar", "-1ste jaar",
    "- verkort traject - 2de jaar", "individueel traject - modules 1- 4",
    "individueel traject - module 5", "(SLO)", "niveau 5", "- deel 2", "fase 1- 2",
    "- tweede jaar", "modules 1- 4", "module 5", "- 1", "2 - 3", "jaar 1",
)


#: Pieces that end a label in digits.
DIGIT_ENDINGS = tuple(p for p in LABEL_PIECES if p[-1].isdigit())


def draw_label(ch: Chooser, digits_end: bool = False) -> str:
    """A label of a few words, maybe with digits and hyphens (maybe ending in digits)."""
    words = [ch.choice(LABEL_WORDS) for _ in range(ch.integer(1, 6))]
    for _ in range(ch.integer(0, 2)):
        piece = ch.choice(LABEL_PIECES)
        words.insert(ch.integer(1, len(words)), piece)
    if digits_end:
        words.append(ch.choice(DIGIT_ENDINGS))
    return " ".join(words)


def draw_code(ch: Chooser) -> str:
    return "".join(str(ch.integer(0, 9)) for _ in range(6))


def random_pool(ch: Chooser, size: int, digits_end: bool = False) -> list[tuple[str, str]]:
    """`size` (code, label) pairs with distinct random codes and random labels."""
    pool: dict[str, str] = {}
    tries = 0
    while len(pool) < size:
        code, label = draw_code(ch), draw_label(ch, digits_end)
        tries += 1
        while tries > 20 and code in pool:  # (draws that repeat themselves — Hypothesis's simplest — end too)
            code = f"{(int(code) + 1) % 10**6:06d}"
        pool.setdefault(code, label)
    return sorted(pool.items())


def catalogue_pool(catalogue, sector: str, final_only: bool = False) -> list[tuple[str, str]]:
    """(code, label) of every catalogue code of `sector` (only final stages if asked)."""
    return sorted(
        (e.code, e.label) for e in catalogue.entries.values()
        if e.sector == sector and (e.can_be_final or not final_only)
    )


# ---------------------------------------------------------------------------------------------
# Tables from persons

def fresh_uid(model: AnswerModel) -> int:
    """An id no table, row or person of `model` has (for a row a fault adds to a drawn answer:
    the chooser that drew the answer is gone, and a new one counts from 1 again)."""
    used = [0]
    for table in model.tables:
        used += [table.uid, *(r.uid for r in table.rows())]
        used += [g.person for groups in table.groups.values() for g in groups if g.person is not None]
    return max(used) + 1


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def draw_periods(ch: Chooser, most: int = 6, kind: str = "year", least: int = 1) -> list[str]:
    """The periods of a table, as the contract labels them: years (``2019``), school years
    (``2019-2020``), months of one year (``2020-01``), or one year named in the prose; at
    least `least` of them (where the prose names none)."""
    if kind == "prose":
        return [str(ch.integer(2015, 2024))]
    if kind == "month":
        year, first = ch.integer(2016, 2023), ch.integer(1, 13 - least)
        return [f"{year}-{m:02d}" for m in range(first, first + ch.integer(least, min(most, 13 - first)))]
    first = ch.integer(2015, min(2022, 2025 - least))
    length = ch.integer(least, min(most, 2024 - first + 1))
    if kind == "school":
        return [f"{first + i}-{first + i + 1}" for i in range(length)]
    return [str(first + i) for i in range(length)]


def printed_period(period: str) -> str:
    """A period as a header or a sentence prints it (``2020-10`` → ``oktober 2020``)."""
    year, _, rest = period.partition("-")
    if len(rest) == 2:
        return f"{MONTHS[int(rest) - 1]} {year}"
    return period


def draw_memberships(
    ch: Chooser, slots: Sequence[tuple[int, int]], shared: int, across: Sequence[tuple[int, int]] = ()
) -> list[Group]:
    """Groups of persons over `slots` (block, row): each slot gets persons of its own; then a
    few groups are counted in two slots of `slots` (two rows), or one slot of `slots` and one
    of `across` (another province)."""
    groups = [Group(ch.size(), frozenset([slot])) for slot in slots]
    for _ in range(ch.integer(0, shared) if len(slots) > 1 else 0):
        a, b = ch.subset(list(slots), 2, 2)
        groups.append(Group(ch.integer(1, 12), frozenset([a, b])))
    return groups


def counts_from(groups: list[Group], slot: tuple[int, int]) -> int | None:
    n = sum(g.size for g in groups if slot in g.memberships)
    return n or None


def _once(groups: list[Group]) -> int | None:
    """The persons of `groups`, each counted once however many periods it stands in."""
    sizes = {g.persons: g.size for g in groups}
    return sum(sizes.values()) or None


def count_period(table: TableModel, period: str) -> None:
    """Every printed figure of `period` from its groups of persons: a row counts the persons
    with a membership in it, a block's subtotal those with one in the block, the total every
    person once, the enrolments every membership."""
    groups = table.groups[period]
    for block in table.blocks:
        for row in block.rows:
            row.counts[period] = counts_from(groups, (block.index, row.uid))
        if block.subtotal is not None:
            block.subtotal[period] = sum(
                g.size for g in groups if any(b == block.index for b, _ in g.memberships)
            ) or None
    table.total[period] = sum(g.size for g in groups)
    if table.enrolments is not None:
        table.enrolments[period] = sum(g.size * len(g.memberships) for g in groups) or None


def count_columns(table: TableModel) -> None:
    """The total column: each row's persons over all periods, and all persons, each once."""
    if not table.shape.total_column:
        return
    every = [g for p in table.periods for g in table.groups[p]]
    for block in table.blocks:
        for row in block.rows:
            row.counts["Totaal"] = _once([g for g in every if (block.index, row.uid) in g.memberships])
        if block.subtotal is not None:
            block.subtotal["Totaal"] = _once([g for g in every if any(b == block.index for b, _ in g.memberships)])
    table.total["Totaal"] = _once(every)
    if table.enrolments is not None:  # (every enrolment of every period: they add up)
        table.enrolments["Totaal"] = sum(v for p, v in table.enrolments.items() if p != "Totaal" and v) or None


def recount(table: TableModel) -> None:
    """Every printed figure of `table` from its groups of persons."""
    for period in table.periods:
        count_period(table, period)
    count_columns(table)


def attribute_values(attribute: str) -> tuple[str, ...]:
    """The values of a person's `attribute` (:data:`CATEGORIES`, ``nationality``)."""
    return NATIONALITIES if attribute == "nationality" else CATEGORIES[attribute]


def draw_shape(ch: Chooser, kinds: Sequence[str] = KINDS, measure: str = "started") -> Shape:
    """A table shape among `kinds` (:data:`KINDS`, :data:`NEWER_KINDS`), with its periods and
    totals drawn; `measure` is the table's (the first column's of a side-by-side table, the
    first row's of a table of measures)."""
    kind = ch.choice(kinds)
    if kind in KINDS18:
        return _draw_shape18(ch, kind, measure)
    if kind in KINDS20:
        return _draw_shape20(ch, kind)
    if kind in NEWER_KINDS:
        return _draw_newer_shape(ch, kind, measure)
    rows, _, blocks = kind.partition("_by_")
    if blocks == "province":
        return PROVINCE_SHAPE
    periods = ch.choice(("year", "year", "year", "school", "month", "prose"))
    total_column = not blocks and periods != "prose" and ch.chance(30)
    two_totals = rows in ("code", "programme") and not blocks and not total_column and ch.chance(30)
    attribute = ch.choice(sorted(CATEGORIES)) if rows == "category" else None
    words = None
    if rows == "province":
        words = ch.choice(("Totaal", "Vlaanderen", "Vlaams Gewest"))
    elif two_totals:
        words = "Totaal unieke cursisten"
    return Shape(rows, blocks or None, periods, total_column, two_totals, attribute, words)


def _draw_newer_shape(ch: Chooser, kind: str, measure: str) -> Shape:
    """A shape of :data:`NEWER_KINDS`: nested totals, columns of measures under each period,
    measures as rows, a total column printed first."""
    rows, _, form = kind.rpartition("_")
    if form == "rows":  # measures as rows: no total
        others = ch.subset([m for m in MEASURES if m != measure], 1, 2)
        return Shape("measure", periods=ch.choice(("year", "year", "school", "month")), side=(measure, *others))
    if form == "side":
        others = ch.subset([m for m in MEASURES if m != measure], 1, 2)
        words = ch.choice(("Totaal", "Vlaanderen")) if rows == "province" else None
        return Shape(rows, periods=ch.choice(("year", "year", "school")), side=(measure, *others), total_words=words)
    attribute = ch.choice(sorted(CATEGORIES)) if rows == "category" else None
    if form == "first":
        words = ch.choice(("Totaal", "Vlaanderen", "Vlaams Gewest")) if rows == "province" else None
        periods = ch.choice(("year", "year", "school", "month"))
        return Shape(rows, None, periods, True, False, attribute, words, total_first=True)
    periods = ch.choice(("year", "year", "school", "month", "prose"))
    total_column = periods != "prose" and ch.chance(25)
    return Shape(rows, None, periods, total_column, False, attribute, "Totaal" if rows == "province" else None, nested=True)


def _draw_shape18(ch: Chooser, kind: str, measure: str) -> Shape:
    """A shape of :data:`KINDS18`."""
    if kind.endswith("_marks"):
        shape = draw_shape(ch, (kind.removesuffix("_marks"),), measure)
        # (a dash after a label of words may be the label's own, ``… onderwijs - 26``: the reader
        # takes it for a mark on evidence only, so such rows print an ``x``)
        marks = BLANK_MARKS if shape.rows in ("category", "province") else ("x",)
        return replace(shape, blank_mark=ch.choice(marks))
    if kind.endswith("_turned"):
        rows = kind.removesuffix("_turned")
        attribute = ch.choice(sorted(CATEGORIES)) if rows == "category" else None
        words = "Totaal" if rows == "province" else None
        mark = ch.choice(BLANK_MARKS) if ch.chance(50) else None
        return Shape(rows, None, "year", attribute=attribute, total_words=words, turned=True, blank_mark=mark)
    if kind == "total_only":
        return Shape("programme", None, ch.choice(("year", "year", "school", "month")), total_words="Totaal", total_only=True)
    periods = ch.choice(("year", "year", "school", "month", "prose"))
    return Shape("category", None, periods, attribute="nationality")


def _draw_shape20(ch: Chooser, kind: str) -> Shape:
    """A shape of :data:`KINDS20`: the shapes of :data:`KINDS` combined."""
    periods = ch.choice(("year", "year", "school", "month"))
    if kind.endswith("_by_province_years"):
        return Shape(kind.removesuffix("_by_province_years"), "province", periods, total_column=ch.chance(30))
    if kind == "code_by_province_marks":
        return Shape("code", "province", periods, total_column=ch.chance(30), blank_mark="x")
    if kind.endswith("_by_sector_column"):
        return Shape(kind.removesuffix("_by_sector_column"), "sector", periods, total_column=True)
    if kind == "province_two_totals":
        return Shape("province", None, periods, total_column=ch.chance(40), two_totals=True,
                     total_words="Totaal unieke cursisten")
    return Shape(kind.removesuffix("_two_totals_column"), None, periods, total_column=True, two_totals=True,
                 total_words="Totaal unieke cursisten")


#: First words of programme names (a programme's name starts with a capital, as answers print it).
PROGRAMME_HEADS = (
    "Graduaat", "Educatieve", "Professionele", "Hoger", "Tweedekansonderwijs", "Se-n-se",
    "Verkorte", "Specifieke", "Opvoeder",
)


#: Words a programme's name goes on with after its first: in lower case, as real names do (a
#: capital inside a wrapped name would start a new row to any reader), none ending in ``:``.
PROGRAMME_WORDS = tuple(w for w in LABEL_WORDS if w[0].islower() and not w.endswith(":"))


def draw_programme(ch: Chooser, digits: bool = False) -> str:
    """A programme name without code: a capitalised first word, a few words in lower case, now
    and then a piece with digits (``- 1ste jaar``, ``modules 1- 4``), maybe at its end."""
    words = [ch.choice(PROGRAMME_WORDS) for _ in range(ch.integer(1, 4))]
    for _ in range(ch.integer(0, 1)):
        words.insert(ch.integer(1, len(words)), ch.choice(LABEL_PIECES))
    if digits:
        words.append(ch.choice(DIGIT_ENDINGS))
    return " ".join([ch.choice(PROGRAMME_HEADS), *words])  # at most about 100 characters, as names are


def _draw_rows(ch: Chooser, shape: Shape, pool: Sequence[tuple[str, str]], most_rows: int) -> list[Row]:
    if shape.rows == "province" and shape.nested:
        picked = [("", p) for p in ch.subset(FLEMISH, 2, 5)]
    elif shape.rows == "province" and shape.turned:
        picked = [("", p) for p in ch.subset(PROVINCES, 2, most_rows)]
    elif shape.rows == "province":
        picked = [("", p) for p in ch.subset(PROVINCES, 2, 6)]
    elif shape.rows == "category":
        assert shape.attribute is not None
        picked = [("", c) for c in attribute_values(shape.attribute)]
    else:
        picked = ch.subset(list(pool), 1, most_rows)
    rows = [Row(ch.uid(), code, label, {}, 0) for code, label in picked]
    for row in rows:
        row.layout = row.uid
    return rows


def _draw_blocks(ch: Chooser, shape: Shape, pool: Sequence[tuple[str, str]], most_rows: int) -> list[Block]:
    """The table's blocks of rows: one without name, one per province, or one per sector (the
    sectors' rows drawn from `pool` without repeating a row)."""
    if shape.blocks == "province":
        provinces = ch.subset(PROVINCES, 1, 6)
        if ch.chance(20):
            provinces = [provinces[i] for i in _permutation(ch, len(provinces))]
        return [
            Block(i, province, _draw_rows(ch, shape, pool, most_rows), {}, words=f"Totaal {province}")
            for i, province in enumerate(provinces)
        ]
    if shape.blocks == "sector":
        sectors = ch.subset(SECTOR_BLOCKS, 2, 3)
        left = list(pool)
        blocks = []
        for i, sector in enumerate(sectors):
            share = left[: max(1, len(left) // (len(sectors) - i))] if i < len(sectors) - 1 else left
            rows = _draw_rows(ch, shape, share, most_rows)
            left = [item for item in left if (item[0], item[1]) not in {(r.code, r.label) for r in rows}] or left
            words = ch.choice(("Subtotaal", "Totaal")) + f" {sector}"
            blocks.append(Block(i, None, rows, {}, sector, words))
        return blocks
    if shape.nested:
        return _draw_nested(ch, shape, pool, most_rows)
    return [Block(0, None, _draw_rows(ch, shape, pool, most_rows))]


def _draw_nested(ch: Chooser, shape: Shape, pool: Sequence[tuple[str, str]], most_rows: int) -> list[Block]:
    """Rows closed by a subtotal, then rows no subtotal closes: the Flemish provinces under
    ``Vlaams Gewest`` (or ``Vlaanderen``), then ``Brussel``; a category's values under
    ``Subtotaal``, then the persons whose value is not known; rows under ``Subtotaal``, then
    more rows (`pool` has two rows or more)."""
    if shape.rows == "province":
        first = _draw_rows(ch, shape, pool, most_rows)
        rest = [Row(ch.uid(), "", "Brussel", {}, 0)]
        words = ch.choice(("Vlaams Gewest", "Vlaams Gewest", "Vlaanderen"))
    elif shape.rows == "category":
        first = _draw_rows(ch, shape, pool, most_rows)
        rest = [Row(ch.uid(), "", UNKNOWN_CATEGORY, {}, 0)]
        words = "Subtotaal"
    else:
        picked = ch.subset(list(pool), 2, max(2, most_rows))
        split = ch.integer(1, len(picked) - 1)
        first, rest = ([Row(ch.uid(), code, label, {}, 0) for code, label in part] for part in (picked[:split], picked[split:]))
        words = "Subtotaal"
    for row in first + rest:
        row.layout = row.uid
    return [Block(0, None, first, {}, words=words), Block(1, None, rest)]


def _draw_active(ch: Chooser, table: TableModel, blank_percent: int) -> dict[str, set[tuple[int, int]]]:
    """Which rows have persons in which period: each row surely in one (its home), in the others
    unless blank (about `blank_percent` %), and every period has a row. The rows of a table of
    blocks over a single period all have persons."""
    periods = table.periods
    slots = [(b.index, r.uid) for b in table.blocks for r in b.rows]
    if len(periods) == 1 and table.shape.blocks:
        return {periods[0]: set(slots)}
    active: dict[str, list[tuple[int, int]]] = {p: [] for p in periods}
    for slot in slots:
        home = ch.choice(periods)
        for p in periods:
            if p == home or not ch.chance(blank_percent):
                active[p].append(slot)
    for p in periods:
        if not active[p]:
            active[p].append(ch.choice(slots))
    return {p: set(s) for p, s in active.items()}


def _draw_followed(ch: Chooser, table: TableModel, active: dict[str, set[tuple[int, int]]]) -> None:
    """Persons counted in two periods (a total column counts them once): in the same row of a
    partition (each person has one category), in any rows otherwise."""
    if len(table.periods) < 2:
        return
    for _ in range(ch.integer(0, 4)):
        one, other = ch.subset(table.periods, 2, 2)
        if table.shape.partition:
            both = sorted(active[one] & active[other])
            if not both:
                continue
            a = b = ch.choice(both)
        else:
            a, b = ch.choice(sorted(active[one])), ch.choice(sorted(active[other]))
        person, size = ch.uid(), ch.integer(1, 20)
        table.groups[one].append(Group(size, frozenset([a]), person))
        table.groups[other].append(Group(size, frozenset([b]), person))


def draw_table(
    ch: Chooser, measure: str, pool: Sequence[tuple[str, str]], shape: Shape = YEAR_SHAPE,
    periods: list[str] | None = None, most_rows: int = 8, blank_percent: int = 25,
    blocks: list[Block] | None = None,
) -> TableModel:
    """A table of `shape`: blocks of rows, the persons of each period, their counts.

    A row is blank in about `blank_percent` % of the periods other than one it surely has.
    Persons may stand in two rows of a period, and — in a table of blocks — in two blocks
    (moved); in a partition each person stands in one row. A total column follows some persons
    over two periods."""
    periods = periods or draw_periods(ch, kind=shape.periods)
    if shape.turned:  # (a column per row: as many as a page's width holds beside the years)
        most_rows = min(most_rows, 4)
    blocks = blocks if blocks is not None else _draw_blocks(ch, shape, pool, most_rows)
    layout = "province" if shape.blocks == "province" else "year"
    table = TableModel(ch.uid(), measure, layout, periods, blocks, {}, shape=shape)
    active = _draw_active(ch, table, blank_percent)
    shared = 0 if shape.partition else 2 if shape.blocks else 3
    for p in periods:
        groups = []
        for block in blocks:
            groups += draw_memberships(ch, [(block.index, r.uid) for r in block.rows if (block.index, r.uid) in active[p]], shared)
        if len(blocks) > 1 and not shape.partition:
            for _ in range(ch.integer(0, 3)):  # persons who moved: counted in two blocks
                one, other = ch.subset(blocks, 2, 2)
                a = ch.choice([r for r in one.rows if (one.index, r.uid) in active[p]] or one.rows)
                b = ch.choice([r for r in other.rows if (other.index, r.uid) in active[p]] or other.rows)
                groups.append(Group(ch.integer(1, 5), frozenset([(one.index, a.uid), (other.index, b.uid)])))
        table.groups[p] = groups
    if shape.total_column:
        _draw_followed(ch, table, active)
    if shape.two_totals:
        table.enrolments = {}
    recount(table)
    if shape.total_only:  # (the rows' persons made the total; only the total is printed)
        for block in table.blocks:
            block.rows = []
    if shape.periods == "prose":
        if ch.chance(40):
            table.said_partial.add(periods[0])
    else:
        _draw_partial(ch, table)
    return table


def draw_frame(
    ch: Chooser, pool: Sequence[tuple[str, str]], shape: Shape, most_rows: int = 8, blank_percent: int = 25,
) -> list[TableModel]:
    """The tables one printed table holds: a column per measure of ``shape.side`` under each
    period (a table per measure over the same rows, each with its own persons: a blank cell
    in one measure's column only), or a row per measure (a table per row, no total). The
    periods, and which of them are partial, are the printed header's: the same for all."""
    tables: list[TableModel] = []
    for measure in shape.side:
        if shape.rows == "measure":
            row = Row(ch.uid(), "", ch.choice(MEASURE_ROW_LABELS[measure]), {}, 0)
            row.layout = row.uid
            blocks = [Block(0, None, [row])]
        elif tables:  # the first table's rows, counted afresh
            blocks = [
                Block(b.index, b.province, [Row(r.uid, r.code, r.label, {}, r.layout) for r in b.rows],
                      None if b.subtotal is None else {}, b.sector, b.words)
                for b in tables[0].blocks
            ]
        else:
            blocks = None
        # (six columns at most: as many as a page's width holds beside a label column)
        periods = tables[0].periods if tables else draw_periods(ch, 6 // len(shape.side), shape.periods)
        table = draw_table(ch, measure, pool, shape, periods, most_rows, blank_percent, blocks)
        tables.append(table)
    for table in tables:
        table.frame = tables[0].uid
        table.stars, table.said_partial = dict(tables[0].stars), set(tables[0].said_partial)
    return tables


def draw_year_table(
    ch: Chooser, measure: str, pool: Sequence[tuple[str, str]], periods: list[str] | None = None,
    most_rows: int = 8, blank_percent: int = 25,
) -> TableModel:
    """A table of code rows by year: each period its own persons, each row active in some periods."""
    return draw_table(ch, measure, pool, YEAR_SHAPE, periods, most_rows, blank_percent)


def draw_province_table(
    ch: Chooser, measure: str, pool: Sequence[tuple[str, str]], period: str | None = None,
    most_rows: int = 6,
) -> TableModel:
    """A table of code rows in province blocks for one period: persons who moved count in two."""
    return draw_table(ch, measure, pool, PROVINCE_SHAPE, [period] if period else None, most_rows)


def _draw_partial(ch: Chooser, table: TableModel) -> None:
    periods = table.periods
    if ch.chance(40):
        table.stars[periods[-1]] = "*"
    if len(periods) > 1 and ch.chance(10):
        table.stars[periods[0]] = "**" if table.stars else "*"
    unstarred = [p for p in periods if p not in table.stars]
    if unstarred and ch.chance(12):
        table.said_partial.add(ch.choice(unstarred))


def _permutation(ch: Chooser, n: int) -> list[int]:
    rest = list(range(n))
    return [rest.pop(ch.integer(0, len(rest) - 1)) for _ in range(n)]


def random_programmes(ch: Chooser, size: int, digits: bool = False) -> list[tuple[str, str]]:
    """`size` distinct programme names without code (as (code, label) pairs with code "")."""
    names: dict[str, None] = {}
    tries = 0
    while len(names) < size:
        name = draw_programme(ch, digits and ch.chance(30))
        tries += 1
        while tries > 20 and name in names:  # (draws that repeat themselves — Hypothesis's simplest — end too)
            name = f"{name} {PROGRAMME_WORDS[len(name) % len(PROGRAMME_WORDS)]}"
        names.setdefault(name)
    return [("", name) for name in names]


def draw_answer(
    ch: Chooser, *, sector: str | None = None, pools=None, most_tables: int = 3, least_tables: int = 1,
    province_table: bool | None = None, label_digits: bool = False, blank_percent: int = 25,
    kinds: Sequence[str] | None = None,
) -> AnswerModel:
    """An answer of `least_tables` (one) to `most_tables` tables.

    `pools` maps a measure to the (code, label) pairs its rows come from; without it every table
    draws random codes and labels (for the round trip). With a catalogue the caller passes
    the sector's codes, and only final stages for ``graduated``.

    Without `kinds`, the tables take the seeds' two shapes (code rows by year; one table in
    province blocks, maybe); with `kinds` (names of :data:`KINDS`), each table's shape is drawn
    among them (:func:`draw_shape`).
    """
    sector = sector or ch.choice(("onderwijs", "zorg"))
    n = ch.integer(least_tables, most_tables)
    tables: list[TableModel] = []

    def pool_for(measure: str, shape: Shape = YEAR_SHAPE):
        least = 2 if shape.nested else 1
        if pools is not None and shape.side and "graduated" in shape.side and shape.rows != "measure":
            measure = "graduated"  # (a row of a graduates' column must be a final stage too)
        if shape.rows == "programme" and pools is None:
            return random_programmes(ch, ch.integer(least, 8), label_digits)
        if shape.rows == "programme":  # the catalogue's programmes by their names, without code
            return list({label: ("", label) for _, label in pools[measure]}.values())
        if pools is not None:
            return pools[measure]
        return random_pool(ch, ch.integer(least, 10), label_digits)

    if kinds is not None:
        for measure in ch.subset(MEASURES, n, n):
            shape = draw_shape(ch, kinds, measure)
            if shape.side:
                tables += draw_frame(ch, pool_for(measure, shape), shape, blank_percent=blank_percent)
                continue
            tables.append(draw_table(ch, measure, pool_for(measure, shape), shape, blank_percent=blank_percent))
    else:
        with_province = ch.chance(35) if province_table is None else province_table
        k = n - 1 if with_province else n
        for measure in ch.subset(MEASURES, k, k):
            tables.append(draw_year_table(ch, measure, pool_for(measure), blank_percent=blank_percent))
        if with_province:
            measure = ch.choice(("started", "started", "graduated"))
            table = draw_province_table(ch, measure, pool_for(measure))
            tables.insert(ch.integer(0, len(tables)), table)
    year = ch.integer(2016, 2024)
    question = (ch.integer(1, 450), ch.integer(1, 28), ch.choice(MONTHS), year)
    return AnswerModel(sector, tables, question, thousands=ch.chance(40))


def reprinted(ch: Chooser, answer: AnswerModel, separators: Sequence[bool | str] = SEPARATORS22) -> AnswerModel:
    """`answer` printed another way (its persons and counts the same): every count of a
    thousand or more with its thousands set apart by one of `separators`, and each table's
    blank cells printed as one of :data:`MARKS22` — or, now and then, as they were (a mark of
    its shape, or spaces). Tables printed together (:attr:`TableModel.frame`) print alike."""
    marks: dict[int, str | None] = {}
    tables = []
    for table in answer.tables:
        uid = table.printed_uid
        if uid not in marks:
            marks[uid] = ch.choice(MARKS22) if ch.chance(75) else table.shape.blank_mark
        tables.append(replace(table, shape=replace(table.shape, blank_mark=marks[uid])))
    return replace(answer, tables=tables, thousands=ch.choice(separators))
