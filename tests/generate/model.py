"""Answers built the way the domain builds them: persons → memberships → counts.

Nothing here filters random numbers until they look right. A table is made of *groups of
persons*, each group with the rows (and, in a province table, the provinces) its persons are
counted in. A row's count is the number of persons with a membership in it; a total is the
number of unique persons. So ``max(parts) <= total <= sum(parts)`` holds by construction, and
the difference ``sum(parts) - total`` is exactly the persons counted more than once.

A blank cell is a row without persons in that period: it has no count (``None``), never 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import count as _counter

from generate.choices import Chooser

PROVINCES = (
    "Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel",
)
MEASURES = ("started", "graduated", "stopped_or_failed")

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


@dataclass(frozen=True)
class Group:
    """`size` persons, each counted in every (block, row uid) of `memberships`."""

    size: int
    memberships: frozenset[tuple[int, int]]


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

    def partial(self, period: str) -> bool:
        return period in self.stars or period in self.said_partial

    def rows(self) -> list[Row]:
        return [r for b in self.blocks for r in b.rows]

    def total_anchor(self) -> Anchor:
        return ("total", self.uid)

    def subtotal_anchor(self, block: Block) -> Anchor:
        return ("subtotal", self.uid, block.index)

    def values(self) -> dict[Anchor, dict[str, int | None]]:
        """Every printed figure of the table by anchor."""
        out: dict[Anchor, dict[str, int | None]] = {}
        for block in self.blocks:
            for row in block.rows:
                out[row.anchor] = row.counts
            if block.subtotal is not None:
                out[self.subtotal_anchor(block)] = block.subtotal
        out[self.total_anchor()] = self.total
        return out

    def checks(self) -> list[tuple[Anchor, str, list[Anchor]]]:
        """(total, period, parts) for every total that has parts — what the rules check."""
        out = []
        for period in self.periods:
            if self.layout == "year":
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
    thousands: bool = False  # print counts >= 1000 as 1.472

    def table(self, uid: int) -> TableModel:
        return next(t for t in self.tables if t.uid == uid)


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
    while len(pool) < size:
        pool.setdefault(draw_code(ch), draw_label(ch, digits_end))
    return sorted(pool.items())


def catalogue_pool(catalogue, sector: str, final_only: bool = False) -> list[tuple[str, str]]:
    """(code, label) of every catalogue code of `sector` (only final stages if asked)."""
    return sorted(
        (e.code, e.label) for e in catalogue.entries.values()
        if e.sector == sector and (e.can_be_final or not final_only)
    )


# ---------------------------------------------------------------------------------------------
# Tables from persons

_uids = _counter(1)


def new_uid() -> int:
    return next(_uids)


def draw_periods(ch: Chooser, most: int = 6) -> list[str]:
    first = ch.integer(2015, 2022)
    length = ch.integer(1, min(most, 2024 - first + 1))
    return [str(first + i) for i in range(length)]


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


def draw_year_table(
    ch: Chooser, measure: str, pool: Sequence[tuple[str, str]], periods: list[str] | None = None,
    most_rows: int = 8, blank_percent: int = 25,
) -> TableModel:
    """A table by year: each period its own persons, each row active in some periods.

    A row is blank in about `blank_percent` % of the periods other than one it surely has."""
    periods = periods or draw_periods(ch)
    picked = ch.subset(list(pool), 1, most_rows)
    rows = [Row(new_uid(), code, label, {}, 0) for code, label in picked]
    for row in rows:
        row.layout = row.uid
    active: dict[str, list[Row]] = {p: [] for p in periods}
    for row in rows:
        home = ch.choice(periods)
        for p in periods:
            if p == home or not ch.chance(blank_percent):
                active[p].append(row)
    for p in periods:
        if not active[p]:
            active[p].append(ch.choice(rows))
    block = Block(0, None, rows)
    table = TableModel(new_uid(), measure, "year", periods, [block], {})
    for p in periods:
        slots = [(0, r.uid) for r in rows if r in active[p]]
        groups = draw_memberships(ch, slots, shared=3)
        table.groups[p] = groups
        for row in rows:
            row.counts[p] = counts_from(groups, (0, row.uid))
        table.total[p] = sum(g.size for g in groups)
    _draw_partial(ch, table)
    return table


def draw_province_table(
    ch: Chooser, measure: str, pool: Sequence[tuple[str, str]], period: str | None = None,
    most_rows: int = 6,
) -> TableModel:
    """A table by province for one period: blocks of rows, persons who moved count in two."""
    period = period or str(ch.integer(2015, 2024))
    provinces = ch.subset(PROVINCES, 1, 6)
    if ch.chance(20):
        provinces = [provinces[i] for i in _permutation(ch, len(provinces))]
    blocks = []
    for index, province in enumerate(provinces):
        picked = ch.subset(list(pool), 1, most_rows)
        rows = [Row(new_uid(), code, label, {}, 0) for code, label in picked]
        for row in rows:
            row.layout = row.uid
        blocks.append(Block(index, province, rows, {}))
    slots = [(b.index, r.uid) for b in blocks for r in b.rows]
    groups = []
    for block in blocks:
        groups += draw_memberships(ch, [(block.index, r.uid) for r in block.rows], shared=2)
    if len(blocks) > 1:
        for _ in range(ch.integer(0, 3)):  # persons who moved: counted in two provinces
            one, other = ch.subset(blocks, 2, 2)
            a, b = ch.choice(one.rows), ch.choice(other.rows)
            groups.append(Group(ch.integer(1, 5), frozenset([(one.index, a.uid), (other.index, b.uid)])))
    table = TableModel(new_uid(), measure, "province", [period], blocks, {})
    table.groups[period] = groups
    for block in blocks:
        for row in block.rows:
            row.counts[period] = counts_from(groups, (block.index, row.uid))
        block.subtotal[period] = sum(
            g.size for g in groups if any(b == block.index for b, _ in g.memberships)
        ) or None
    table.total[period] = sum(g.size for g in groups)
    assert all(counts_from(groups, s) for s in slots)
    if ch.chance(40):
        table.said_partial.add(period)
    return table


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


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def draw_answer(
    ch: Chooser, *, sector: str | None = None, pools=None, most_tables: int = 3,
    province_table: bool | None = None, label_digits: bool = False, blank_percent: int = 25,
) -> AnswerModel:
    """An answer of one to `most_tables` tables.

    `pools` maps a measure to the (code, label) pairs its rows come from; without it every table
    draws random codes and labels (for the round trip). With a catalogue the caller passes
    the sector's codes, and only final stages for ``graduated``.
    """
    sector = sector or ch.choice(("onderwijs", "zorg"))
    n = ch.integer(1, most_tables)
    with_province = ch.chance(35) if province_table is None else province_table
    k = n - 1 if with_province else n
    measures = ch.subset(MEASURES, k, k)
    tables: list[TableModel] = []

    def pool_for(measure: str):
        if pools is not None:
            return pools[measure]
        return random_pool(ch, ch.integer(1, 10), label_digits)

    for measure in measures:
        tables.append(draw_year_table(ch, measure, pool_for(measure), blank_percent=blank_percent))
    if with_province:
        measure = ch.choice(("started", "started", "graduated"))
        table = draw_province_table(ch, measure, pool_for(measure))
        tables.insert(ch.integer(0, len(tables)), table)
    year = ch.integer(2016, 2024)
    question = (ch.integer(1, 450), ch.integer(1, 28), ch.choice(MONTHS), year)
    return AnswerModel(sector, tables, question, thousands=ch.chance(40))
