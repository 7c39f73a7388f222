"""Pandera schemas for every table kind, and the adapter from their failures to findings.

The schemas live as YAML in ``schemas/``, one per table kind (:attr:`Layout.name
<okot_audit.tables.Layout.name>`: ``code_rows.yaml``, ``code_rows_by_province.yaml``,
``province_rows.yaml``, ``category_rows.yaml``, ``programme_rows_by_sector.yaml`` …) so people
can read and extend them. Tables are validated lazily; every row of pandera's
``failure_cases`` becomes a :class:`SchemaFailure` with the file and line of the offending
cell — users never see pandera's raw exception.

Importing pandera and pandas costs most of a second, which a pre-commit hook pays on every
commit. So a table first goes through :func:`screen`: a plain-Python reading of the same YAML
that can only say *"every cell surely passes"*. It knows pandera's common built-in checks
(``isin``, ``str_matches``, comparisons, ``in_range``, …), dtypes ``str``/``bool``/``int64``
and ``nullable``; for anything else in the YAML — a check it does not know, an index, a
dataframe-level check — or for any cell it doubts, it answers "ask pandera", and pandera
decides and describes the failures. A property test holds the screen to pandera's verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from okot_audit.catalogue import schemas_dir
from okot_audit.tables import TIDY_COLUMNS, Answer, Table, tidy_frame

def schema_file(kind: str) -> str:
    """The YAML file of the schema for tables of `kind` (a :attr:`Layout.name`)."""
    return f"{kind}.yaml"


@dataclass(frozen=True)
class SchemaFailure:
    path: str
    table: str
    line: int
    column: str
    check: str
    value: object
    period: str | None = None
    province: str | None = None
    code: str | None = None


@lru_cache(maxsize=None)
def load_schema(kind: str):
    """The pandera DataFrameSchema for tables of `kind` (``code_rows``, ``province_rows`` …)."""
    import pandera.pandas as pa

    text = (schemas_dir() / schema_file(kind)).read_text(encoding="utf-8")
    return pa.DataFrameSchema.from_yaml(text)


def validate_answer(answer: Answer) -> list[SchemaFailure]:
    """Validate every table of `answer`; return its failures (empty when all hold).

    The tables of one kind are screened together (the screen holds for all of them exactly
    when it holds for each); only when it doubts are they validated one by one. The screen
    reads the cells column by column (:meth:`~okot_audit.tables.Table.columns`): no record is
    made for a table the screen passes."""
    columns = [table.columns(answer.path) for table in answer.tables]
    kinds: dict[str, list[int]] = {}
    for index, table in enumerate(answer.tables):
        if table.cells:  # a table without cells is pandera's to judge
            kinds.setdefault(table.schema_kind, []).append(index)
    passed: set[int] = set()
    for kind, indexes in kinds.items():
        if len(indexes) > 1 and _screen(kind, lambda name: [v for i in indexes for v in columns[i][name]]):
            passed.update(indexes)
    return [f for index, table in enumerate(answer.tables) if index not in passed
            for f in _validate_table(answer.path, table, columns[index])]


def validate_table(path: str, table: Table, records: list[dict] | None = None) -> list[SchemaFailure]:
    """The schema failures of one table: none when the screen passes it, else pandera's.
    `records` are the table's :meth:`~okot_audit.tables.Table.records` when already made."""
    if records is None:
        records = table.records(path)
    if screen(table.schema_kind, records):
        return []
    rows = _doubted(table.schema_kind, lambda name: list(map(itemgetter(name), records)), len(records))
    return _pandera_failures(path, table, records if rows is None else [records[i] for i in rows])


def _validate_table(path: str, table: Table, columns: dict[str, list]) -> list[SchemaFailure]:
    """:func:`validate_table` of a table given as its :meth:`~okot_audit.tables.Table.columns`;
    its records are made only for pandera."""
    if table.cells and _screen(table.schema_kind, columns.__getitem__):
        return []
    rows = _doubted(table.schema_kind, columns.__getitem__, len(table.cells))
    if rows is None:
        return _pandera_failures(path, table, table.records(path))
    return _pandera_failures(path, table, [{name: columns[name][i] for name in TIDY_COLUMNS} for i in rows])


def _pandera_failures(path: str, table: Table, records: list[dict]) -> list[SchemaFailure]:
    import pandera.errors as pe

    failures = [_too_large(path, table, r) for r in records if not _fits_int64(r["count"])]
    records = [r for r in records if _fits_int64(r["count"])]  # a DataFrame cannot hold the rest
    frame = tidy_frame(records)
    try:
        load_schema(table.schema_kind).validate(frame, lazy=True)
    except pe.SchemaErrors as errors:
        failures += _failures(path, table, frame, errors.failure_cases)
    return sorted(failures, key=lambda f: f.line)


# --------------------------------------------------------------------------- the screen

#: pandera's built-in checks the screen evaluates: name → (argument names, test).
_CHECKS = {
    "isin": (("allowed_values",), lambda v, allowed: v in allowed),
    "notin": (("forbidden_values",), lambda v, forbidden: v not in forbidden),
    "equal_to": (("value",), lambda v, x: v == x),
    "not_equal_to": (("value",), lambda v, x: v != x),
    "greater_than": (("min_value",), lambda v, x: v > x),
    "greater_than_or_equal_to": (("min_value",), lambda v, x: v >= x),
    "less_than": (("max_value",), lambda v, x: v < x),
    "less_than_or_equal_to": (("max_value",), lambda v, x: v <= x),
    "in_range": (
        ("min_value", "max_value", "include_min", "include_max"),
        lambda v, lo, hi, include_min=True, include_max=True:
            (lo <= v if include_min else lo < v) and (v <= hi if include_max else v < hi),
    ),
    "str_matches": (("pattern",), lambda v, pattern: pattern.match(v) is not None),
    "str_startswith": (("string",), lambda v, x: v.startswith(x)),
    "str_endswith": (("string",), lambda v, x: v.endswith(x)),
}
_ISIN, _NOTIN = _CHECKS["isin"][1], _CHECKS["notin"][1]
#: The checks that hold for every value of a set when they hold for its smallest and largest.
_MONOTONE = frozenset(_CHECKS[name][1] for name in (
    "greater_than", "greater_than_or_equal_to", "less_than", "less_than_or_equal_to", "in_range"))
#: How a check's first argument is prepared once per schema (a set to look values up in, a
#: compiled pattern): the tests above take it so.
_PREPARE: dict[str, Callable[[Any], Any]] = {"isin": frozenset, "notin": frozenset, "str_matches": re.compile}
_NUMERIC_CHECKS = {"greater_than", "greater_than_or_equal_to", "less_than", "less_than_or_equal_to", "in_range"}
_STRING_CHECKS = {"str_matches", "str_startswith", "str_endswith"}
#: dtype → the exact Python type a tidy record holds in such a column.
_TYPES = {"str": str, "bool": bool, "boolean": bool, "int64": int, "Int64": int}
#: Column keys the screen understands, with the only values it accepts (None: any value).
_COLUMN_KEYS = {
    "dtype": None, "checks": None, "nullable": None, "title": None, "description": None,
    "unique": (False,), "coerce": (False,), "required": (True,), "regex": (False,),
}
_SCHEMA_KEYS = {
    "schema_type": ("dataframe",), "version": None, "name": None, "title": None,
    "description": None, "columns": None, "strict": None, "ordered": None, "coerce": (False,),
    "checks": (None,), "index": (None,), "dtype": (None,), "unique": (None,),
}


def screen(layout: str, records: list[dict]) -> bool:
    """True only when every record surely passes the schema of `layout`; False: ask pandera.

    Column by column: the exact types of its values first, then each distinct value tested
    once (a table repeats its path, measure, periods and levels on every cell)."""
    if not records:
        return False
    return _screen(layout, lambda name: list(map(itemgetter(name), records)))


def _screen(layout: str, column: Callable[[str], list]) -> bool:
    """:func:`screen` of cells given column by column: `column(name)` lists the values of the
    column `name` (at least one; asked for only while the screen has no doubt)."""
    columns = _screen_plan(layout)
    if columns is None:
        return False
    for name, kind, nullable, checks in columns:
        values = column(name)
        types = set(map(type, values))
        if _NONE in types:
            if not nullable:
                return False
            types.discard(_NONE)
        if types and types != {kind}:
            return False
        distinct = set(values)  # one type now (1 and True never meet in it)
        distinct.discard(None)
        if not distinct:
            continue
        if kind is int and not (_fits_int64(min(distinct)) and _fits_int64(max(distinct))):
            return False
        for test, args, kwargs in checks:
            if not _holds(test, distinct, args, kwargs):
                return False
    return True


def _doubted(layout: str, column: Callable[[str], list], count: int) -> list[int] | None:
    """Which of a table's `count` cells (given column by column, as to :func:`_screen`) pandera
    must see: where the screen knows every check of `layout` (each judges one cell alone), only
    those with a value it doubts — a total of 553,000 rows that breaks a bound is one cell for
    pandera, not a frame of every cell (hundreds of MB) — else None: all of them. Pandera's
    failures are the same, as no check of such a schema looks at two cells."""
    columns = _screen_plan(layout)
    if columns is None or not count:
        return None
    doubted: set[int] = set()
    for name, kind, nullable, checks in columns:
        typed = list(zip(map(type, column(name)), column(name)))  # (1 and True are one in a set)
        bad = {cell for cell in set(typed) if not _cell_passes(cell[1], kind, nullable, checks)}
        if bad:
            doubted.update(i for i, cell in enumerate(typed) if cell in bad)
    return sorted(doubted) if doubted else None  # (none doubted alone: pandera judges them all)


def _cell_passes(value, kind: type, nullable: bool, checks: tuple) -> bool:
    """Whether the screen is sure one cell passes its column's dtype and checks."""
    if value is None:
        return nullable
    if type(value) is not kind or (kind is int and not _fits_int64(value)):
        return False
    return all(test(value, *args, **kwargs) for test, args, kwargs in checks)


def _holds(test, distinct: set, args: tuple, kwargs: dict) -> bool:
    """Whether `test` holds for every value of `distinct` (values of one type): a set look-up
    or the smallest and largest value where the test says so, else value by value."""
    if test is _ISIN:
        return distinct <= _first(args, kwargs, "allowed_values")
    if test is _NOTIN:
        return distinct.isdisjoint(_first(args, kwargs, "forbidden_values"))
    if test in _MONOTONE:  # a bound: the extreme values decide
        return test(min(distinct), *args, **kwargs) and test(max(distinct), *args, **kwargs)
    return all(test(value, *args, **kwargs) for value in distinct)


def _first(args: tuple, kwargs: dict, name: str):
    return args[0] if args else kwargs[name]


_NONE = type(None)


@lru_cache(maxsize=None)
def _screen_plan(layout: str):
    """The schema of `layout` as plain tests per column, or None when the screen cannot judge."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it
    spec = yaml.load((schemas_dir() / schema_file(layout)).read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(spec, dict) or not _known(spec, _SCHEMA_KEYS):
        return None
    columns = spec.get("columns") or {}
    if not isinstance(columns, dict) or list(columns) != list(TIDY_COLUMNS):
        return None  # other columns: pandera decides (strict, ordered, missing columns)
    plan = []
    for name, column in columns.items():
        column = column or {}
        if not isinstance(column, dict) or not _known(column, _COLUMN_KEYS):
            return None
        kind = _TYPES.get(str(column.get("dtype")))
        if kind is None:
            return None
        checks = []
        for check, raw in (column.get("checks") or {}).items():
            test = _screen_check(check, raw, kind)
            if test is None:
                return None
            checks.append(test)
        plan.append((name, kind, bool(column.get("nullable", False)), tuple(checks)))
    return tuple(plan)


def _known(spec: dict, allowed: dict) -> bool:
    return all(k in allowed and (allowed[k] is None or v in allowed[k]) for k, v in spec.items())


def _screen_check(name: str, raw, kind):
    """(test, args, kwargs) for a built-in check written as in pandera's YAML, or None."""
    if name not in _CHECKS:
        return None
    if (name in _NUMERIC_CHECKS and kind is not int) or (name in _STRING_CHECKS and kind is not str):
        return None
    params, test = _CHECKS[name]
    prepare = _PREPARE.get(name)
    try:
        if isinstance(raw, dict):
            if not set(raw) <= set(params) or params[0] not in raw:
                return None
            kwargs = dict(raw)
            if prepare is not None:
                kwargs[params[0]] = prepare(kwargs[params[0]])
            return test, (), kwargs
        if name in ("isin", "notin"):
            return (test, (frozenset(raw),), {}) if isinstance(raw, list) else None
        if name == "in_range" or isinstance(raw, (list, dict)) or raw is None:
            return None
        return test, ((prepare(raw) if prepare is not None else raw),), {}
    except (TypeError, re.error):  # unhashable values, a pattern Python cannot compile: pandera decides
        return None


def _fits_int64(value) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


def _too_large(path: str, table: Table, record: dict) -> SchemaFailure:
    return SchemaFailure(
        path=path, table=table.id, line=record["line"], column="count", check="dtype('int64')",
        value=record["count"], period=record["period"], province=record["province"] or None,
        code=record["code"] or None,
    )


def _failures(path: str, table: Table, frame, cases) -> list[SchemaFailure]:
    out = []
    for case in cases.to_dict("records"):
        index = case.get("index")
        row = None
        if index is not None and index == index and index in frame.index:
            row = frame.loc[index]
        value = case.get("failure_case")
        out.append(SchemaFailure(
            path=path, table=table.id,
            line=int(row["line"]) if row is not None else table.header_line,
            column=str(case.get("column") or case.get("schema_context")),
            check=str(case.get("check")), value=_plain(value),
            period=str(row["period"]) if row is not None else None,
            province=(str(row["province"]) or None) if row is not None else None,
            code=(str(row["code"]) or None) if row is not None else None,
        ))
    return out


def _plain(value: object) -> object:
    """numpy scalars → Python values, so findings compare and serialise plainly."""
    item = getattr(value, "item", None)
    return item() if callable(item) else value
