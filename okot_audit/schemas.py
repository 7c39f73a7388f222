"""Pandera schemas for every table kind, and the adapter from their failures to findings.

The schemas live as YAML in ``schemas/`` (``year_table.yaml``, ``province_table.yaml``) so
people can read and extend them. Tables are validated lazily; every row of pandera's
``failure_cases`` becomes a :class:`SchemaFailure` with the file and line of the offending
cell — users never see pandera's raw exception. pandera (and pandas) are imported here only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from okot_audit.catalogue import schemas_dir
from okot_audit.tables import Answer, Table

SCHEMA_FILES = {"year": "year_table.yaml", "province": "province_table.yaml"}


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
def load_schema(layout: str):
    """The pandera DataFrameSchema for tables of `layout` (``year`` or ``province``)."""
    import pandera.pandas as pa

    text = (schemas_dir() / SCHEMA_FILES[layout]).read_text(encoding="utf-8")
    return pa.DataFrameSchema.from_yaml(text)


def validate_answer(answer: Answer) -> list[SchemaFailure]:
    """Validate every table of `answer`; return its failures (empty when all hold)."""
    return [f for table in answer.tables for f in validate_table(answer.path, table)]


def validate_table(path: str, table: Table) -> list[SchemaFailure]:
    import pandera.errors as pe

    frame = table.frame(path)
    try:
        load_schema(table.layout).validate(frame, lazy=True)
    except pe.SchemaErrors as errors:
        return _failures(path, table, frame, errors.failure_cases)
    return []


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
