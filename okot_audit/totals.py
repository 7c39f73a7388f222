"""The totals of a table and the parts each one totals: what the totals rules check and what
the HTML chart shows, worked out in one place.

Year tables: each period's ``Totaal`` over that period's rows. Province tables: each block's
``Totaal <province>`` over the block's rows, and the ``Eindtotaal`` over the subtotals. Nested
totals: a subtotal over the rows above it, then more rows and a total over the subtotal and
those rows (``Vlaams Gewest`` over the provinces, ``Brussel``, ``Totaal``) — never over every
row again, which would count the rows under the subtotal twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, TypeVar

from okot_audit.quick import quick_init
from okot_audit.tables import Answer, Cell, Table, Withheld, finding_label, is_subtotal_column


#: The period of a total column's cells (``… 2021 Totaal``).
TOTAL_PERIOD = "Totaal"


@quick_init
@dataclass(frozen=True)
class TotalCheck:
    """One total and the parts it totals, with what it means.

    `unique`: the total counts unique persons (``max(parts) <= total <= sum(parts)``; the
    surplus is double counting); else it is additive (``total == sum(parts)``: enrolments,
    events, or a partition of persons by an attribute). `across`: ``rows`` (a column total over
    rows), ``blocks`` (a grand total over block subtotals), ``nested`` (a total over subtotals
    and the rows below them that no subtotal closed: ``Totaal`` over ``Vlaams Gewest`` and
    ``Brussel``), ``periods`` (a total column over the periods of its own line) or ``subset``
    (a line's figure over the figures of the ``waarvan`` rows below it, :func:`subset_checks`:
    each counts some of its persons — `unique` when they may overlap, else they are categories
    of one attribute, `exhaustive` when they name all of its categories).
    """

    table: Table
    total: Cell
    parts: tuple[Cell, ...]
    unique: bool = True
    across: str = "rows"
    #: Parts the answer withholds (``<5``), each known only as a range.
    withheld: tuple[Withheld, ...] = ()
    #: The parts cover the whole total (else they are some of its persons only: ``waarvan``
    #: rows that name no full set of categories; the total may then be larger than their sum).
    exhaustive: bool = True

    @cached_property  # asked by several rules; the parts never change
    def parts_sum(self) -> int:
        """The sum of the parts printed as figures (withheld parts aside)."""
        return sum(c.count for c in self.parts)

    @property
    def parts_high(self) -> int | None:
        """The largest the parts can sum to: the withheld ones at their highest; None when a
        withheld one has no bound (:attr:`unbounded`: the parts may sum to any count)."""
        if self.unbounded:
            return None
        return self.parts_sum + sum(w.high or 0 for w in self.withheld)

    @property
    def unbounded(self) -> bool:
        """Some withheld part has no bound (a mark a footnote says only is withheld)."""
        return any(w.high is None for w in self.withheld)

    @property
    def implied(self) -> int | None:
        """The one withheld part with no bound as the total implies it, where the total adds its
        parts up exactly (not unique persons, the parts all of it) and it is the only withheld
        part: the total less the sum of the others. None otherwise (also when negative: the
        known parts then exceed the total, which ``parts-exceed-total`` reports)."""
        if len(self.withheld) != 1 or not self.unbounded or self.unique or not self.exhaustive:
            return None
        rest = self.total.count - self.parts_sum
        return rest if rest >= 0 else None

    @property
    def withheld_range(self) -> tuple[int, int | None] | None:
        """The counts the one withheld part may be for this total to hold with its other parts as
        printed, ``(low, high)`` (high None: no highest), whatever the part's own bound says; None
        unless exactly one part is withheld. A total that adds its parts up, all of them: the
        total less the others, exactly; some of them only (``waarvan`` rows): at most that; a
        total of unique persons: at least that (no person of the total in no part) and at most the
        total (no part larger than it)."""
        if len(self.withheld) != 1:
            return None
        rest = self.total.count - self.parts_sum
        if not self.unique:
            return (rest, rest) if self.exhaustive else (0, rest)
        return (max(rest, 0) if self.exhaustive and not self.overlapping else 0, self.total.count)

    @property
    def parts_low(self) -> int:
        """The smallest the parts can sum to: the withheld ones at their lowest."""
        return self.parts_sum + sum(w.low for w in self.withheld)

    @cached_property
    def largest(self) -> Cell:
        return max(self.parts, key=lambda c: (c.count, -c.line))

    @property
    def what(self) -> str:
        """What the total is, in words: ``Totaal 2020`` or ``Totaal Antwerpen``; a row's figure
        over its ``waarvan`` rows by the row's training code (``900611``), as figures are named."""
        if self.across == "subset" and self.total.level == "row":
            return self.total.code or self.total.province or self.total.label or "rij"
        return self.total.label or "Totaal"

    @property
    def overlapping(self) -> bool:
        """``waarvan`` rows that may count the same persons (``waarvan vrouwen``, ``waarvan
        25-54 jaar``): only each of them is bounded by the line, not their sum."""
        return self.across == "subset" and self.unique

    @property
    def over_subtotals(self) -> bool:
        """A grand total over block subtotals (else a total over rows or periods)."""
        return self.across == "blocks"

    @property
    def partition(self) -> bool:
        """A total over rows that are categories of one attribute (gender, age class …)."""
        if self.across in ("categories", "subset"):
            return not self.unique  # (columns of categories under each period: :func:`category_checks`)
        if self.across == "columns":
            return False  # (columns that each count something else: events that add up, or persons)
        if self.across == "blocks":  # (blocks each of one category: ``Man`` / ``Vrouw`` over coded rows)
            return not self.unique and self._blocks_attribute is not None
        return not self.unique and self.table.layout.partition and self.across in ("rows", "nested")

    @cached_property
    def _blocks_attribute(self) -> str | None:
        """The one attribute whose categories the subtotals of a grand total name (``Man``,
        ``Vrouw`` → ``gender``), or None. A block of persons whose value is not known (``Onbekend``,
        ``Niet gekend`` beside ``Man`` / ``Vrouw``) is one of the same attribute's."""
        from okot_audit.patterns import partition_of

        found = {partition_of(part.block or part.label or "") for part in self.parts}
        found = found - {"unknown"} or found
        return found.pop() if len(found) == 1 and None not in found else None

    @property
    def attribute(self) -> str | None:
        """The attribute whose categories a partition's parts are (``gender``), if known."""
        if self.across == "categories":
            from okot_audit.patterns import partition_of

            return partition_of(self.table.categories[0])
        if self.across == "subset":
            return subset_attribute([c.label or "" for c in self.parts])
        if self.across == "blocks":
            return self._blocks_attribute
        return self.table.layout.attribute

    @property
    def parts_word(self) -> str:
        return {"blocks": "subtotals", "periods": "periods", "nested": "parts", "categories": "categories",
                "provinces": "provinces",
                "columns": "columns", "subset": "'waarvan' rows"}.get(self.across, "rows")

    @property
    def double_counted(self) -> int | None:
        """Persons counted in more than one part (``sum(parts) - total``), or None when there
        are none or the total is impossible (below its largest part)."""
        if self.withheld and self.unique:
            return None  # how many were counted twice depends on the withheld parts
        excess = self.parts_low - self.total.count
        return excess if excess > 0 and self.total.count >= self.largest.count else None

    def place(self) -> dict:
        """Where the total stands, as finding fields: its province, its training code (a total
        column of a coded row), and its label where no code names it (``Totaal inschrijvingen``,
        ``25-54 jaar``, the ``Totaal`` line in a province's column: :func:`finding_label`)."""
        cell = self.total
        return {
            "province": cell.province, "training_code": cell.code,
            "label": finding_label(cell),
        }

    @cached_property
    def unit(self) -> str:
        """What the total counts (a unit of :data:`~okot_audit.parse.words.UNIT_WORDS`), as
        :func:`cell_unit` says; ``""`` when nothing says (read as unique persons)."""
        return cell_unit(self.table, self.total)

    @cached_property
    def parts_unit(self) -> str:
        """What the parts count: enrolments under ``Totaal unieke cursisten`` when the rows are
        enrolments (a ``Totaal inschrijvingen`` adds them up), else as the total."""
        return cell_unit(self.table, self.parts[0]) if self.parts else self.unit

    def words(self) -> dict[str, str]:
        """The words messages use for the total and its parts, in English and Dutch."""
        nl = {"blocks": ("subtotalen", "subtotaal"), "periods": ("perioden", "periode"), "nested": ("delen", "deel"),
              "categories": ("categorieën", "categorie"), "columns": ("kolommen", "kolom"),
              "provinces": ("provincies", "provincie"),
              "subset": ("'waarvan'-rijen", "'waarvan'-rij")}
        parts_nl, part_nl = nl.get(self.across, ("rijen", "rij"))
        return {
            "what": self.what, "parts": self.parts_word, "part": self.parts_word[:-1],
            "parts_nl": parts_nl, "part_nl": part_nl, "total": self.name("en"), "total_nl": self.name("nl"),
        }

    def name(self, lang: str = "en") -> str:
        """The total as a message names it: ``Totaal 2020``, ``Totaal Antwerpen 2020``; a total
        column's cell by its column (``the Totaal column of Graduaat orthopedagogie``, ``de
        kolom Totaal van …``), where ``Totaal Totaal`` said nothing."""
        period = self.total.period
        column = self.table.column
        if self.across in ("categories", "columns", "provinces"):  # (the Totaal column under a period, of a row or a total line)
            # the period apart from the row's label (``… - 1ste jaar in 2022``, not ``… 1ste jaar 2022``)
            what = self.what if self.total.level == "row" else (
                f"de regel {self.what}" if lang == "nl" else f"the {self.what} line")
            when = f" in {period}" if period and period != TOTAL_PERIOD else ""
            return f"de kolom {column} van {what}{when}" if lang == "nl" else f"the {column} column of {what}{when}"
        if period == TOTAL_PERIOD or is_subtotal_column(period):
            what = self.what if self.total.level == "row" else (
                f"de regel {self.what}" if lang == "nl" else f"the {self.what} line")  # (the grand total's cell)
            word = self.table.column_word(period)  # (by its own word: ``the Subtotaal column of …``)
            return f"de kolom {word} van {what}" if lang == "nl" else f"the {word} column of {what}"
        if column:  # one of several tables of one header: which column's total (``Totaal 2022`` thrice)
            return (f"{self.what} {period} in de kolom {column}".replace("  ", " ") if lang == "nl"
                    else f"{self.what} {period} in the {column} column".replace("  ", " "))
        return f"{self.what} {period}".strip()


PERSONS = "unieke cursisten"


def own_unit(table: Table, cell: Cell) -> tuple[str, str] | None:
    """The meaning and unit a total line's own words name (``Totaal inschrijvingen``: additive
    enrolments; ``Totaal unieke cursisten``: unique persons), as the reader says it
    (:attr:`~okot_audit.tables.Table.line_units`), or None — always None for a row."""
    return table.line_units.get(cell.label) if cell.level != "row" and cell.label else None


def cell_unit(table: Table, cell: Cell) -> str:
    """What `cell` counts: the unit its own total line names (``Totaal inschrijvingen``), else —
    a row's cell, or a total that adds its parts up — what the rows count (:func:`rows_unit`),
    else (a total of unique persons) persons; ``""`` when the table does not say what it counts."""
    own = own_unit(table, cell)
    if own:
        return own[1]
    if cell.level == "row" or cell.semantics == "additive":
        return rows_unit(table)
    return table.unit if table.unique_persons else PERSONS


def rows_unit(table: Table) -> str:
    """What the rows of `table` count: the events a total line that adds them up names
    (``Totaal inschrijvingen`` above ``Totaal unieke cursisten``: the rows are enrolments),
    else the table's unit (``""`` when it does not say)."""
    for cell in table.cells:
        if cell.semantics == "additive" and (own := own_unit(table, cell)) and own[0] == "additive":
            return own[1]
    return table.unit


def row_counts(table: Table) -> dict[str, str]:
    """What a row of `table` counts, as messages name it (``counts``, ``counts_nl``):
    ``persons`` (``personen``), or the events its rows are (``enrolments``, ``inschrijvingen``)."""
    unit = rows_unit(table)
    if unit in ("", PERSONS):
        return {"counts": "persons", "counts_nl": "personen"}
    return {"counts": unit_forms(unit, "en")[1], "counts_nl": unit_forms(unit, "nl")[1]}


def unit_forms(unit: str, lang: str) -> tuple[str, str]:
    """One and many of `unit` in `lang` (``enrolment``, ``enrolments``); persons when the
    table does not say what it counts (:data:`~okot_audit.patterns.UNIT_FORMS`)."""
    from okot_audit.patterns import UNIT_FORMS

    forms = UNIT_FORMS.get(unit or PERSONS) or {"en": (unit, unit), "nl": (unit, unit)}
    return forms.get(lang, forms["en"])


def counted(n: int, unit: str, lang: str) -> str:
    """``5 enrolments``, ``1 inschrijving``: `n` of `unit` in `lang`."""
    one, many = unit_forms(unit, lang)
    return f"{n} {one if n in (1, -1) else many}"


def answer_checks(answer: Answer) -> Iterator[TotalCheck]:
    """Every total of every table of `answer` with its parts, table by table; after a table
    whose column totals the columns of categories beside it under each period (``Man``,
    ``Vrouw``, ``Totaal``), each of its figures over theirs (:func:`category_checks`); then each
    figure of a line over the ``waarvan`` rows below it (:func:`subset_checks`)."""
    for table in answer.tables:
        yield from total_checks(table)
        if table.categories:
            yield from category_checks(table, category_parts(answer, table))
        if table.subsets:
            yield from subset_checks(table)


@dataclass(frozen=True)
class Disagreement:
    """Two totals of one answer that each hold alone but ask another count of the same withheld
    part (``<5``): `low` asks at least `at_least` of it, `high` at most `at_most`, less than that —
    the withheld count cannot be both, so one of the printed figures is wrong."""

    withheld: Withheld
    table: Table  # the one that withholds it
    low: TotalCheck
    high: TotalCheck
    at_least: int
    at_most: int


def withheld_disagreements(answer: Answer) -> list[Disagreement]:
    """Each count `answer` withholds (``<5``, ``x``) whose totals disagree about it: among the
    totals of which it is the only withheld part, each of which holds alone with it somewhere in
    its own range (one that does not is ``total-exceeds-parts``' or ``parts-exceed-total``'), the
    one that asks the most of it asks more than the one that asks the least allows (``Totaal
    2021`` 9 over ``7`` and ``<5``: it is 2; the row's ``Totaal`` 123 over ``120`` and it: 3)."""
    owner = {id(w): t for t in answer.tables for w in t.withheld}
    if not owner:
        return []
    asks: dict[int, list[tuple[int, int | None, TotalCheck]]] = {}
    for tc in answer_checks(answer):
        span = tc.withheld_range
        if span is None or tc.withheld[0].unprinted:
            continue  # (a row's total left blank: known by its own periods, no count withheld)
        w = tc.withheld[0]
        low = max(span[0], w.low)
        high = span[1] if w.high is None else w.high if span[1] is None else min(span[1], w.high)
        if high is not None and low > high:
            continue  # (the total fails alone: its own rule says so)
        asks.setdefault(id(w), []).append((low, high, tc))
    found = []
    for key, each in asks.items():
        most = max(each, key=lambda a: a[0])
        bounded = [(high, tc) for _, high, tc in each if high is not None]
        if not bounded:
            continue
        at_most, least = min(bounded, key=lambda b: b[0])
        if most[0] > at_most:
            w = most[2].withheld[0]
            found.append(Disagreement(w, owner.get(key, most[2].table), most[2], least, most[0], at_most))
    return sorted(found, key=lambda d: (d.withheld.line, d.withheld.period))


#: The categories an attribute's ``waarvan`` rows must all name to cover their line (each a
#: pattern of :data:`~okot_audit.patterns.PARTITIONS`: ``man``, ``vrouw``); an attribute not
#: here (age classes: where they end, no row says) is never taken as covered.
_FULL_SETS = {"gender": 2, "education": 3}


@lru_cache(maxsize=1)
def _subset_word() -> re.Pattern[str]:
    """The words that open a ``waarvan`` row (:data:`~okot_audit.patterns.SUBSET_ROW_WORDS`)."""
    from okot_audit.patterns import SUBSET_ROW_WORDS

    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in SUBSET_ROW_WORDS)
    return re.compile(rf"^\s*(?:{words})\s*", re.I)


def subset_attribute(labels: list[str]) -> str | None:
    """The one attribute whose categories the ``waarvan`` rows `labels` are (``waarvan
    vrouwen``, ``waarvan mannen`` → ``gender``), or None (other words, or several attributes)."""
    from okot_audit.patterns import partition_of

    found = {partition_of(_subset_word().sub("", label)) for label in labels}
    found.discard("unknown")  # (``waarvan onbekend``: of whatever attribute the others are)
    return found.pop() if len(found) == 1 and None not in found else None


def _covers(attribute: str, labels: list[str]) -> bool:
    """Whether `labels` name every category of `attribute` (:data:`_FULL_SETS`)."""
    from okot_audit.patterns import PARTITIONS

    needed = _FULL_SETS.get(attribute)
    if needed is None:
        return False
    bare = [_subset_word().sub("", label) for label in labels]
    return all(
        any(re.fullmatch(rf"\s*(?:{pattern})\s*", b, re.I) for b in bare)
        for pattern in PARTITIONS[attribute][:needed]
    )


def subset_checks(table: Table) -> list[TotalCheck]:
    """Each figure of a line over the figures of the ``waarvan`` rows below it in the same
    period (:attr:`Table.subsets`): each counts some of the line's persons, so none is larger;
    rows that are categories of one attribute (``waarvan vrouwen``, ``waarvan mannen``) count
    apart (a partition: their sum is no larger either), and all of its categories add up to the
    line exactly. Their parts are cells of the check only, never of the table."""
    if table.unresolved:
        return []
    figures = {(c.line, c.period): c for c in table.cells}
    groups: dict[tuple[int, str], list[Cell]] = {}
    for s in table.subsets:
        groups.setdefault((s.of_line, s.period), []).append(
            Cell(level="row", period=s.period, count=s.count, line=s.line, label=s.label, page=s.page))
    checks = []
    for (line, period), parts in groups.items():
        total = figures.get((line, period))
        if total is None:
            continue
        labels = [c.label or "" for c in parts]
        attribute = subset_attribute(labels)
        disjoint = attribute is not None and len(parts) == len(set(labels))
        checks.append(TotalCheck(table, total, tuple(parts), not disjoint, "subset",
                                 exhaustive=disjoint and _covers(str(attribute), labels)))
    return checks


def category_parts(answer: Answer, table: Table) -> list[Table]:
    """The tables of the categories (``Man``, ``Vrouw``) whose figures `table`'s column (their
    ``Totaal`` under each period) totals: the tables of the same header, of those columns, that
    count what it counts (rows that name measures: each its own tables)."""
    if not table.categories:
        return []
    if _of_measures(table):  # (a ``Totaal`` over columns that each count something else)
        return [t for t in answer.tables if t.header_line == table.header_line and t.column in table.categories]
    return [
        t for t in answer.tables if t.header_line == table.header_line and t.column in table.categories
        and t.measure == table.measure and t.unit == table.unit
    ]


def _of_measures(table: Table) -> bool:
    """Whether `table` is a ``Totaal`` column over columns of measures (``Gestart Geslaagd
    Totaal``), not over categories of persons: its columns name no category."""
    from okot_audit.patterns import partition_of

    return table.measure == "unknown" and partition_of(table.categories[0]) is None


def _of_provinces(table: Table) -> bool:
    """Whether `table` is a ``Totaal`` column over columns of provinces (``Kwartaal Antwerpen
    Limburg Totaal``): persons who moved stand in two, so it counts unique persons over them."""
    return table.categories_provinces


def check_groups(answer: Answer) -> list[tuple[Table, ...]]:
    """The tables of `answer` whose totals tie their figures together, in document order: a
    table alone, or — a header that prints categories of persons and their ``Totaal`` under each
    period — the categories' tables with the ``Totaal`` column's (last), whose figures are
    parts of its own (:func:`category_checks`) besides parts of their own column totals."""
    heads = {id(t): category_parts(answer, t) for t in answer.tables if t.categories}
    member = {id(p) for parts in heads.values() for p in parts}
    groups = []
    for table in answer.tables:
        if id(table) in heads:
            groups.append((*(p for p in heads[id(table)] if id(p) not in heads), table))
        elif id(table) not in member:
            groups.append((table,))
    return groups


def group_checks(tables: tuple[Table, ...]) -> list[TotalCheck]:
    """Every total of `tables` (a group of :func:`check_groups`) with its parts: each table's
    own, and each figure of a ``Totaal`` column over its categories' figures."""
    checks = [check for table in tables for check in total_checks(table)]
    for table in tables:
        if table.categories:
            checks += category_checks(table, [t for t in tables if t.column in table.categories])
    return checks


def every_group_check(tables: tuple[Table, ...]) -> list[TotalCheck]:
    """Every total of `tables` (a group of :func:`check_groups`) the totals rules check: those of
    :func:`group_checks`, and — as ``total-exceeds-parts`` checks them — those whose parts are all
    withheld (:func:`withheld_only_checks`) or all blank (:func:`blank_only_checks`: a total over no
    figure must be 0), a ``Totaal`` column's figure over categories all withheld or blank at its line
    too. The one source of the checks for the rules that say which printed figure is wrong
    (:mod:`okot_audit.locate`), so that they agree with the totals rules."""
    checks = [check for table in tables for check in
              (*total_checks(table), *withheld_only_checks(table), *blank_only_checks(table))]
    for table in tables:
        if table.categories:
            checks += category_checks(table, [t for t in tables if t.column in table.categories],
                                      all_withheld=True, all_blank=True)
    return checks


def category_checks(table: Table, parts: list[Table], all_withheld: bool = False,
                    all_blank: bool = False) -> list[TotalCheck]:
    """Each figure of `table`, the ``Totaal`` column of a header that prints it beside columns
    of categories of persons under each period, over the figures of `parts` (the categories'
    tables) at the same line and period: a partition (each person is of one category), so the
    total must equal their sum. None where a row of any of them could not be read. With
    `all_withheld`, also each figure whose parts are all withheld (``<5 <5 <5``: no part a figure,
    :func:`withheld_only_answer_checks`); with `all_blank`, also each row's figure under a period
    whose categories are all blank there (``- - 12``: no figure, no count withheld,
    :func:`blank_only_answer_checks`)."""
    if table.unresolved or any(t.unresolved for t in parts) or len(parts) != len(table.categories):
        return []
    # (a row by its line and label: two rows an extractor ran into one line, ``… 2.213\fVrouw 231 …``
    # at a page's end, are two)
    at: dict[tuple[int, str, str, str], list[Cell]] = {}
    hidden: dict[tuple[int, str], list[Withheld]] = {}
    for part in parts:
        for cell in part.cells:
            at.setdefault((cell.line, cell.period, cell.level, cell.label), []).append(cell)
        for w in part.withheld:
            hidden.setdefault((w.line, w.period), []).append(w)
    checks = []
    # over measures, one person may be in two (started and graduated in one year): unique
    # persons where a column counts persons as the words say, else events that add up; over
    # categories, a partition
    if _of_measures(table):
        unique, across = any(p.unique_persons for p in parts), "columns"
    elif _of_provinces(table):  # (one person may be counted in two provinces: moved)
        unique, across = table.unique_persons, "provinces"
    else:
        unique, across = False, "categories"
    lines: dict[tuple[int, str, str], list[Cell]] = {}  # every column's figure of a row
    for part in parts:
        for cell in part.cells:
            lines.setdefault((cell.line, cell.level, cell.label), []).append(cell)
    for cell in table.cells:
        found = at.get((cell.line, cell.period, cell.level, cell.label))
        if found or all_withheld and (cell.line, cell.period) in hidden:
            checks.append(TotalCheck(table, cell, tuple(found or ()), unique, across,
                                     tuple(hidden.get((cell.line, cell.period), ()))))
        elif cell.period == TOTAL_PERIOD and (every := lines.get((cell.line, cell.level, cell.label))):
            # a total column after the periods with no name under it (a pivot's ``Eindtotaal``
            # after ``Man Vrouw`` under each year): over every column of its line, of unique
            # persons (one person may be counted in two years)
            withheld = tuple(w for (line, _), ws in hidden.items() if line == cell.line for w in ws)
            checks.append(TotalCheck(table, cell, tuple(every), table.unique_persons, "columns", withheld))
        elif (all_blank and cell.level == "row" and cell.period != TOTAL_PERIOD and cell.count > 0
              and (cell.line, cell.period) not in hidden):
            checks.append(TotalCheck(table, cell, (), unique, across))
    return checks


def total_checks(table: Table) -> list[TotalCheck]:
    """Every total of `table` with its parts; none where a row could not be read.

    Per period column (a total column too): each block's subtotal over the block's rows; each
    total line over the subtotals above it and the rows below them that no subtotal closed
    (``Vlaams Gewest``, ``Brussel``, ``Totaal``), else over the rows above it — several total lines in a row (``Totaal inschrijvingen``, ``Totaal unieke cursisten``)
    each total the same parts, by their own meaning; total lines printed above every row
    (``Vlaanderen`` first, then the provinces) total the rows below them — or, above blocks
    (``Eindtotaal`` first), the blocks' subtotals. Per line with a total column: its
    ``Totaal`` cell over its other periods.
    """
    return list(per_table(table, "checks", _total_checks))


T = TypeVar("T")


def per_table(table: Table, what: str, work: "Callable[[Table], T]") -> T:
    """``work(table)``, worked out once per table while :func:`shared_checks` is active (`what`
    names the work: each kind is kept apart), else every time. The value is shared: its
    callers read it and never change it."""
    memo = _SHARED.get()
    if memo is None:
        return work(table)
    key = (what, id(table))
    known = memo.get(key)
    if known is not None and known[0] is table:
        return known[1]
    value = work(table)
    memo[key] = (table, value)
    return value


#: While :func:`shared_checks` is active: what is worked out of each table (its checks, its
#: printed rows …), by what it is and the table's id (:func:`per_table`). A context
#: variable, so that each thread has its own: a module global, set and restored by threads
#: auditing at once, was left set by the one that restored last, and from then on kept every
#: table any later audit read (a pipeline auditing in threads grew without bound).
_SHARED: "ContextVar[dict[tuple[str, int], tuple[Table, Any]] | None]" = ContextVar(
    "okot_audit_shared_checks", default=None)


@contextmanager
def shared_checks() -> Iterator[None]:
    """Within the block, :func:`total_checks` (and every :func:`per_table`) works each table out
    once: the rules of one answer share the pairings and the printed rows (tables do not change
    while the rules run)."""
    outer = _SHARED.get()
    token = _SHARED.set({} if outer is None else outer)
    try:
        yield
    finally:
        _SHARED.reset(token)


def _total_checks(table: Table, every: bool = False) -> list[TotalCheck]:
    if table.unresolved:
        return []
    unprinted = _unprinted_totals(table)
    if not table.withheld and not unprinted:
        return _pairings(table, table.cells)
    # A row cell stands in for each withheld count, at its line and period, to be paired with
    # the totals as any row is; then it leaves the parts again as the range it withholds. So
    # does a row's total left blank in the total column while its periods have figures: a part
    # of the column's total known only as its periods allow (:attr:`Withheld.unprinted`).
    stand_ins = {id(cell): (cell, w) for cell, w in unprinted}
    for w in table.withheld:
        # (under its row's label: a row's cells and its total column pair by line, level and label)
        cell = Cell(level="row", period=w.period, count=w.high or 0, line=w.line, label=w.label or w.text)
        stand_ins[id(cell)] = (cell, w)
    checks = _pairings(table, table.cells + [cell for cell, _ in stand_ins.values()])
    return [c for c in (_with_withheld(check, stand_ins, every) for check in checks) if c is not None]


def _unprinted_totals(table: Table) -> list[tuple[Cell, Withheld]]:
    """Each row of `table` whose figure of the ``Totaal`` column (a total column over every other
    period) is blank while its periods print figures (``Vroedkunde 100 - -`` under ``2020 2021
    Totaal``): its total is unprinted, not 0 — a stand-in cell at its line in the ``Totaal``
    column, and the range its periods allow it (:attr:`Withheld.unprinted`): from their largest
    (a total of unique persons over the periods, one person may come back) or their sum (one
    that adds them up) to their sum. Not where a count of the row is withheld (``<5``: the range
    is the withheld count's too) or the table prints subtotal columns."""
    if not table.layout.total_column or table.layout.transposed or not table.cells:
        return []
    labels = [p.label for p in table.periods]
    if TOTAL_PERIOD not in labels or any(is_subtotal_column(label) for label in labels):
        return []
    held = {w.line for w in table.withheld}
    rows: dict[tuple[int, str], list[Cell]] = {}
    for cell in table.cells:
        if cell.level == "row":
            rows.setdefault((cell.line, cell.label), []).append(cell)
    if not any(c.period == TOTAL_PERIOD for cells in rows.values() for c in cells):
        return []  # (no row prints its total: the column is the total line's only)
    found = []
    for (line, _), cells in rows.items():
        if line in held or any(c.period == TOTAL_PERIOD for c in cells):
            continue
        counts = [c.count for c in cells]
        first = cells[0]
        unique = _over_periods_unique(table, first, table.unique_persons)
        high = sum(counts)
        w = Withheld(line, TOTAL_PERIOD, max(counts) if unique else high, high, "", first.code, first.province,
                     first.label, "row", first.page, first.block, unprinted=True)
        found.append((Cell(level="row", period=TOTAL_PERIOD, count=high, line=line, code=first.code,
                           label=first.label, province=first.province, page=first.page, block=first.block), w))
    return found


def withheld_only_checks(table: Table) -> list[TotalCheck]:
    """The totals of `table` whose parts are all withheld (``Limburg <5 <5 5``): no figure of
    theirs to check alone, so not among :func:`total_checks`; the joint ranges of the withheld
    counts (:mod:`okot_audit.withheld_ranges`) read them."""
    if table.unresolved or not table.withheld:
        return []
    # (totals over rows whose totals are all unprinted are no total over withheld counts: not checked)
    return [c for c in per_table(table, "checks-all", lambda t: _total_checks(t, every=True))
            if not c.parts and not all(w.unprinted for w in c.withheld)]


def withheld_only_answer_checks(answer: Answer) -> list[TotalCheck]:
    """Every total of `answer` whose parts are all withheld (``Limburg <5 <5 <5 20``), table by
    table: a table's own (:func:`withheld_only_checks`) and a ``Totaal`` column's figure over
    categories all withheld at its line (:func:`category_checks`). No figure of theirs is a
    part, yet the total still bounds them: it cannot exceed the withheld counts at their highest
    (three ``<5``: 12; ``total-exceeds-parts``). (Their lowest is 0 as read, which no count is
    below.)"""
    found = []
    for table in answer.tables:
        found += withheld_only_checks(table)
        if table.categories:
            found += [tc for tc in category_checks(table, category_parts(answer, table), all_withheld=True) if not tc.parts]
    return found


def blank_only_checks(table: Table) -> list[TotalCheck]:
    """The totals of `table` whose every part is blank — no figure, no count withheld (``<5``)
    —: not among :func:`total_checks`, which pairs a total with the parts it has, so a total over
    none was checked against nothing. A blank cell is no figure (the programme did not run that
    period, never a count hidden), so every person such a total counts is in no part: a total
    above 0 cannot hold (``total-exceeds-parts``). They are: a row's total column over periods all
    blank (``Verpleegkunde - - 12`` under ``2020 2021 Totaal``: a row's, whose blank is no figure —
    a total line that prints its total column alone leaves its periods' totals unprinted; each total column of
    :func:`_column_spans` over the columns it totals, a span the table has), and a total line's
    figure under a period no row above it has a figure in (``Totaal 5`` over rows all ``-`` in
    2022), in a table without blocks and with rows above the total line in other periods."""
    return list(per_table(table, "checks-blank", _blank_only_checks))


def blank_only_answer_checks(answer: Answer) -> list[TotalCheck]:
    """:func:`blank_only_checks` of every table of `answer`, and each row's figure of a ``Totaal``
    column under a period whose categories beside it are all blank there (``Man Vrouw Totaal``:
    ``- - 12``, :func:`category_checks`)."""
    found = []
    for table in answer.tables:
        found += blank_only_checks(table)
        if table.categories:
            found += [tc for tc in category_checks(table, category_parts(answer, table), all_blank=True)
                      if not tc.parts and not tc.withheld]
    return found


def _blank_only_checks(table: Table) -> list[TotalCheck]:
    if table.unresolved or table.statistic:
        return []
    checks: list[TotalCheck] = []
    unique = table.unique_persons
    if table.layout.total_column:
        held = {(w.level, w.label) if table.layout.transposed else w.line for w in table.withheld}
        lines: dict[object, list[Cell]] = {}
        for cell in table.cells:
            if cell.level == "row":  # (a total line that prints only its total column gives no period's total: not printed, not none)
                lines.setdefault((cell.level, cell.label) if table.layout.transposed else (cell.line, cell.level, cell.label),
                                 []).append(cell)
        spans = _column_spans(table)
        periods = [p.label for p in table.periods]
        if spans is None:
            spans = {TOTAL_PERIOD: frozenset(p for p in periods if p != TOTAL_PERIOD)} if TOTAL_PERIOD in periods else {}
        for cells in lines.values():
            first = cells[0]
            if ((first.level, first.label) if table.layout.transposed else first.line) in held:
                continue  # (a count withheld among its periods: :func:`withheld_only_checks`)
            for column, totalled in spans.items():
                totals = [c for c in cells if c.period == column]
                if totalled and totals and not any(c.period in totalled for c in cells) and totals[0].count > 0:
                    checks.append(TotalCheck(table, totals[0], (), _over_periods_unique(table, totals[0], unique), "periods"))
    if table.layout.blocks is None and not table.layout.transposed:
        rows = [c for c in table.cells if c.level == "row"]
        for cell in table.cells:
            if cell.level != "total" or cell.period == TOTAL_PERIOD or is_subtotal_column(cell.period) or cell.count <= 0:
                continue
            above = [c for c in rows if c.line < cell.line]
            if above and not any(c.period == cell.period for c in above) and not any(
                    w.period == cell.period and w.line < cell.line for w in table.withheld):
                checks.append(TotalCheck(table, cell, (), _unique(cell, unique)))
    return sorted(checks, key=lambda c: (c.total.line, c.total.period, c.across))


def _with_withheld(check: TotalCheck, stand_ins: "dict[int, tuple[Cell, Withheld]]",
                   every: bool = False) -> TotalCheck | None:
    """`check` with its stand-in parts as the range of the counts they withhold (None when the
    total itself is one, or — unless `every` — no part is a figure)."""
    if id(check.total) in stand_ins:
        return None
    hidden = [stand_ins[id(c)][1] for c in check.parts if id(c) in stand_ins]
    if not hidden:
        return check
    parts = tuple(c for c in check.parts if id(c) not in stand_ins)
    if not parts and not every:
        return None
    return TotalCheck(check.table, check.total, parts, check.unique, check.across, tuple(hidden))


def _pairings(table: Table, cells: list[Cell]) -> list[TotalCheck]:
    """Every total among `cells` (the table's) with its parts."""
    checks: list[TotalCheck] = []
    table_unique = table.unique_persons
    blocks = table.layout.blocks is not None
    by_period: dict[str, list[Cell]] = {}
    for cell in cells:
        by_period.setdefault(cell.period, []).append(cell)
    over = _over_subtotals(cells) if blocks else frozenset()
    place = _closing_places(cells) if blocks else {}
    for period in table.periods:
        block: list[Cell] = []
        subtotals: list[Cell] = []
        upper: list[Cell] = []  # the subtotals over subtotals so far (``Subtotaal zorg`` over its provinces' blocks)
        last: tuple[Cell, ...] = ()
        across = "rows"
        after_total = False
        opening: list[Cell] = []  # total lines above every row (``Vlaanderen`` first): they total the rows below
        in_order = by_period.get(period.label, ())
        for cell in sorted(in_order, key=lambda c: place.get(c.line, c.line)) if place else sorted(in_order, key=_line):
            if cell.level == "total" and not block and not subtotals and not upper and not last and (
                not opening or after_total
            ):
                opening.append(cell)
                after_total = True
                continue
            if cell.level == "row":
                if after_total:
                    subtotals, upper, after_total = [], [], False
                block.append(cell)
            elif cell.level == "subtotal":
                if block:
                    checks.append(TotalCheck(table, cell, tuple(block), _unique(cell, table_unique)))
                elif subtotals and cell.line in over:  # (``Vlaams Gewest`` below its provinces' blocks)
                    # (over the blocks since the last such subtotal: three levels, ``Totaal Limburg`` /
                    # ``Subtotaal zorg``, then the next sector's provinces and ``Subtotaal onderwijs``)
                    checks.append(TotalCheck(table, cell, tuple(subtotals), _unique(cell, table_unique), "blocks"))
                    upper.append(cell)
                    subtotals, block, after_total = [], [], False
                    continue
                subtotals.append(cell)
                block = []
                after_total = False
            else:
                if not after_total:
                    # the subtotals since the last total line, with the rows below them that no
                    # subtotal closed (a subtotal that names no block, ``Vlaams Gewest`` above
                    # ``Brussel`` and ``Totaal``, is a part as a block's is)
                    if subtotals or upper:
                        last = tuple(upper) + tuple(subtotals) + tuple(block)
                        across = "nested" if block else "blocks"
                    else:
                        last, across = tuple(block), "rows"
                if last and not _events_over_persons(table, cell, last, table_unique):
                    checks.append(TotalCheck(table, cell, last, _unique(cell, table_unique), across))
                block, after_total = [], True
        if opening and block and not last and not subtotals:
            checks.extend(TotalCheck(table, cell, tuple(block), _unique(cell, table_unique)) for cell in opening)
        elif opening and blocks and subtotals and not block and not last:  # (``Eindtotaal`` above the blocks)
            checks.extend(
                TotalCheck(table, cell, tuple(subtotals), _unique(cell, table_unique), "blocks") for cell in opening
            )
    if table.layout.total_column:
        lines: dict[object, list[Cell]] = {}  # a row's cells: on its line (on its side: in its column)
        for cell in cells:  # (a row and a total line an extractor ran into one line are two: by level and label)
            lines.setdefault((cell.level, cell.label) if table.layout.transposed else (cell.line, cell.level, cell.label),
                             []).append(cell)
        spans = _column_spans(table)
        for cells in lines.values():
            if spans is None:
                totals = [c for c in cells if c.period == TOTAL_PERIOD]
                parts = tuple(c for c in cells if c.period != TOTAL_PERIOD)
                if totals and parts:
                    checks.append(TotalCheck(table, totals[0], parts, _over_periods_unique(table, totals[0], table_unique), "periods"))
                continue
            for column, totalled in spans.items():  # (each total column over the columns it totals)
                totals = [c for c in cells if c.period == column]
                parts = tuple(c for c in cells if c.period in totalled)
                if totals and parts:
                    checks.append(TotalCheck(table, totals[0], parts, _over_periods_unique(table, totals[0], table_unique), "periods"))
    return sorted(checks, key=lambda c: (c.total.line, c.total.period, c.across))


def _column_spans(table: Table) -> dict[str, frozenset[str]] | None:
    """The columns each total column of `table` totals where subtotal columns stand between its
    periods (``2020 2021 Subtotaal 2022 Totaal``): a subtotal column the periods its label spans
    (``Subtotaal 2020 t/m 2021``: 2020, 2021 and any between them; ``Subtotaal 2022``: 2022);
    ``Totaal`` the subtotal columns and the periods no subtotal column totals — over the
    subtotals, never the periods under them again, as a total over blocks. None where no
    subtotal column stands (``Totaal`` over every other period)."""
    labels = [p.label for p in table.periods]
    subtotals = [label for label in labels if is_subtotal_column(label)]
    if not subtotals:
        return None
    plain = [label for label in labels if label != TOTAL_PERIOD and not is_subtotal_column(label)]
    spans: dict[str, frozenset[str]] = {}
    for label in subtotals:
        first, _, last = label.split(" ", 1)[1].partition(" t/m ")
        if first in plain and (last or first) in plain:
            spans[label] = frozenset(plain[plain.index(first): plain.index(last or first) + 1])
        else:
            spans[label] = frozenset()  # (a span of periods the table does not have: nothing to check it over)
    covered = frozenset().union(*spans.values())
    if TOTAL_PERIOD in labels:
        spans[TOTAL_PERIOD] = frozenset([*subtotals, *(label for label in plain if label not in covered)])
    return spans


def _line(cell: Cell) -> float:
    return cell.line


def _closing_places(cells: list[Cell]) -> dict[int, float]:
    """Where each subtotal printed above its block's rows would close it, by its line: just
    after the block's last row (Excel's compact pivot layout prints each block's subtotal on
    the block's head line: ``Antwerpen  310  330`` above Antwerpen's rows). A subtotal opens its
    block where the row right below it is of its block and the row right above it is not (a
    row is of a block named by words alone, ``Graduaat orthopedagogie`` over province rows,
    whatever its own province). The cells keep their lines; only the pairing of totals with
    their parts reads them so."""
    kinds: dict[int, tuple[str, tuple[str | None, str | None]]] = {}
    for cell in cells:
        if cell.line not in kinds or cell.level == "row":
            kinds[cell.line] = (cell.level, (cell.province, cell.block))

    def of_block(k: int, key: tuple[str | None, str | None]) -> bool:
        level, (province, block) = kinds[order[k]]
        return level == "row" and block == key[1] and (province == key[0] or (key[0] is None and block is not None))

    order = sorted(kinds)
    places: dict[int, float] = {}
    for k, line in enumerate(order):
        level, key = kinds[line]
        if level != "subtotal" or key == (None, None):
            continue
        j = k + 1
        while j < len(order) and of_block(j, key):
            j += 1
        if j > k + 1 and not (k and of_block(k - 1, key)):
            places[line] = order[j - 1] + 0.5
    return places


def _over_subtotals(cells: list[Cell]) -> frozenset[int]:
    """The lines of the subtotals that total the block subtotals above them: a subtotal line
    with no row between it and the subtotal line before it, in any period (``Totaal Limburg`` /
    ``Vlaams Gewest``, the region over its provinces' blocks, then ``Brussel``'s block and the
    ``Eindtotaal`` over the region and Brussels) — where it names no block, or a block rows of
    the table stand in (``Subtotaal zorg`` over ``Totaal Antwerpen``'s rows of zorg). A subtotal
    that names a block no row stands in is a block of its own, no total over the ones above it
    (a compact pivot's ``Onbekend`` and ``Niet gekend`` under the last block, each an item of
    the outer field without items below it)."""
    levels: dict[int, str] = {}
    keys: dict[int, tuple[str | None, str | None]] = {}
    provinces, blocks = set(), set()
    for cell in cells:
        if cell.level == "row" or levels.get(cell.line) is None:
            levels[cell.line] = cell.level
            keys[cell.line] = (cell.province, cell.block)
        if cell.level == "row":
            provinces.add(cell.province)
            blocks.add(cell.block)
    over = set()
    before = None
    for line in sorted(levels):
        level = levels[line]
        province, block = keys[line]
        if level == "subtotal" and before == "subtotal" and (
            province is None and block is None or province in provinces - {None} or block in blocks - {None}
        ):
            over.add(line)
        before = level
    return frozenset(over)


def _events_over_persons(table: Table, total: Cell, parts: tuple[Cell, ...], default: bool) -> bool:
    """Whether `total` is a total column's cell of a line whose words name events (``Totaal
    inschrijvingen``:
    every period's enrolments added up) over parts that count each person once over the
    periods (the rows' ``Totaal`` cells): the parts sum to at most the total, which adds up
    what they count once, so no sum is to be checked — the line's own periods check it."""
    if total.period != TOTAL_PERIOD or _unique(total, default):
        return False
    own = own_unit(table, total)  # (events its own words name; a partition's total adds up persons, and is checked)
    return own is not None and own[0] == "additive" and any(p.semantics == "unique" for p in parts)


def _over_periods_unique(table: Table, total: Cell, default: bool) -> bool:
    """Whether a total column's cell counts unique persons over its line's periods: as its line's
    own words say (``Totaal inschrijvingen`` adds up its periods' enrolments, ``Totaal unieke
    cursisten`` counts each person once), else as the table does (a partition's ``Totaal`` adds up
    persons over its rows, not over the periods, where one person may come back)."""
    own = own_unit(table, total)
    return own[0] == "unique" if own is not None else default


def _unique(cell: Cell, default: bool) -> bool:
    return cell.semantics == "unique" if cell.semantics else default
