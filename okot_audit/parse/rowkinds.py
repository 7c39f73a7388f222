"""What the label of each row without a code names, as data on its table (:attr:`Table.row_kinds`).

A table whose rows were read as programmes' names (:attr:`Layout.rows` ``programme``) may hold
rows that name something else: what the table counts (``Gestart``, ``Inschrijvingen``,
``Opleiding voor starters``), a category of persons (``Man``, ``-25 jaar``, ``Onbekend``), a
province or another place (``Antwerpen``, ``Wallonië``), a sector (``Zorg``), the programmes
not listed (``Overige opleidingen``). The reader says so once per label, so
that the rules that check a programme's name (its sector, its stage, whether the catalogue
knows it) ask the table what a row is and know no reader's words.
"""

from __future__ import annotations

import re

from okot_audit.catalogue import Catalogue, name_core, name_words
from okot_audit.parse.context import named_sector, only_measure
from okot_audit.parse.regions import province_name
from okot_audit.parse.words import OTHER_PLACES, unit_of
from okot_audit.patterns import APOSTROPHE, LABEL_FOOTNOTE_MARK, SECTORS, partition_of
from okot_audit.tables import RowKind, Table

#: The programmes a table does not list one by one (``Overige opleidingen``, ``Andere
#: richtingen``, ``Rest``): no one programme.
_REST = re.compile(r"^\s*(?:overige|andere|alle\s+andere|rest(?:erende)?)(?:\s+(?:opleidingen|opleidingstrajecten|"
                   r"trajecten|richtingen|programma" + APOSTROPHE + r"?s|okot" + APOSTROPHE + r"?s))?\s*$", re.I)


def mark_row_kinds(tables: list[Table]) -> None:
    """Fill :attr:`Table.row_kinds` of each table whose rows are programmes' names, or training
    codes: each row label without a code that names no programme — or, among coded rows, every
    one (``Bachelor kinderzorg 18`` among ``900611 Verpleegkunde 12``: a programme's name, which
    the rules check by name as they check a code), with what it names."""
    kinds: dict[str, RowKind] = {}  # (the tables of one answer share their rows' labels)
    for table in tables:
        if table.layout.rows not in ("programme", "code"):
            continue
        own: dict[str, RowKind] = {}
        for cell in table.cells:
            if cell.level != "row" or cell.code or cell.label in own:
                continue
            kind = kinds.get(cell.label)
            if kind is None:
                kind = kinds[cell.label] = row_kind(cell.label)
            own[cell.label] = kind
        table.row_kinds = {label: kind for label, kind in own.items() if kind != table.layout.rows}


def mark_line_units(tables: list[Table]) -> None:
    """Fill :attr:`Table.line_units` (the unit each total line's own words name) and
    :attr:`Table.categories_provinces` of each table: what the checks of its totals weigh,
    said as data so that they know no reader's words."""
    for table in tables:
        units: dict[str, tuple[str, str] | None] = {}
        for cell in table.cells:
            if cell.level != "row" and cell.label and cell.label not in units:
                units[cell.label] = unit_of(cell.label)
        table.line_units = {label: unit for label, unit in units.items() if unit is not None}
        table.categories_provinces = bool(table.categories) and all(province_name(name) for name in table.categories)


def mark_block_kinds(tables: list[Table], catalogue: Catalogue) -> None:
    """Fill :attr:`Table.block_kind` of each table in blocks other than provinces: ``sector``
    where every block's name is a sector of `catalogue` (the run's: a user's sector too), else
    the one attribute of a person they are values of (``Man`` / ``Vrouw`` → ``gender``), else
    ``other`` (``Subtotaal bachelors``)."""
    for table in tables:
        if table.layout.blocks != "sector":
            continue
        names = {c.block for c in table.cells if c.block}
        if names and all(catalogue.is_sector(name) for name in names):
            table.block_kind = "sector"
        else:
            attributes = {partition_of(name) for name in names}
            table.block_kind = attributes.pop() if len(attributes) == 1 and None not in attributes else "other"


def row_kind(label: str) -> RowKind:
    """What a row's label without a code names in a table of programmes: a programme where it
    begins with a form of education (:data:`~okot_audit.catalogue.NAME_FORMS`: ``Graduaat in de
    verpleegkunde voor werkzoekenden``), whatever its other words; else ``measure`` for what a
    table counts or its unit (``Gestart``, ``Geslaagd``, ``Inschrijvingen``, ``Opleiding voor
    starters``), ``category`` for a category of persons (``Man``, ``-25 jaar``, ``Onbekend``,
    ``Overige``), ``province`` for a province, ``place`` for a place besides them
    (``Wallonië``), ``sector`` for a sector's name (``Zorg``, ``Welzijnssector``), ``rest`` for the
    programmes not listed one by one (``Overige opleidingen``), ``none`` for no words at all;
    else a ``programme``."""
    if not label.strip():
        return "none"
    if name_core(name_words(label))[1]:
        return "programme"
    if only_measure(label) != "unknown" or unit_of(label):
        return "measure"
    if partition_of(label):
        return "category"
    if province_name(label):
        return "province"
    if OTHER_PLACES.match(label):
        return "place"
    bare = LABEL_FOOTNOTE_MARK.sub("", label).strip()
    if bare.lower() in SECTORS or (len(bare.split()) <= 3 and named_sector(bare)):
        return "sector"
    if _REST.match(bare):
        return "rest"
    return "programme"
