"""All answers' cells as one Frictionless Data Package: ``cells.csv`` + ``datapackage.json``.

Written by hand against the Data Package specification (v1, `tabular-data-package`): the
descriptor names one resource, `cells`, whose Table Schema gives every column of
CONTRACT.md its type, constraints and the contract's meaning as its description — so
open-data users can validate the folder (``frictionless validate datapackage.json``) and load
it with the tools they know. The output is deterministic: no timestamps, paths as given.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from okot_audit.outfile import Replacement
from okot_audit.tables import PROVINCES, TIDY_COLUMNS, records_csv

DESCRIPTOR = "datapackage.json"
CELLS = "cells.csv"

#: Each column of CONTRACT.md: (Table Schema type, description, extra field properties).
FIELDS: dict[str, tuple[str, str, dict]] = {
    "path": ("string", "The answer the cell was read from, as the path was given.", {"constraints": {"required": True}}),
    "table": ("string", "The table within its answer: its measure, `_by_province` for a table by province, "
                        "and `-2`, `-3` … when an answer has several tables of that kind.", {"constraints": {"required": True}}),
    "measure": ("string", "What the table counts: `started`, `graduated`, `stopped_or_failed`, `enrolled` "
                          "(inschrijvingen), more as new answers need them; `unknown` only with a finding "
                          "that says why.", {"constraints": {"required": True}}),
    "level": ("string", "`row`: a row's cell (a training code, a programme, a province, a category); "
                        "`subtotal`: a block's `Totaal X` / `Subtotaal X`; `total`: a table's `Totaal`, "
                        "`Eindtotaal`, `Totaal unieke cursisten`, … (a table may have several total lines).",
              {"constraints": {"required": True, "enum": ["row", "subtotal", "total"]}}),
    "province": ("string", "The canonical province name whenever the row or its block is a province; "
                           "empty otherwise.", {"constraints": {"enum": list(PROVINCES)}}),
    "code": ("string", "The six-digit training code of a `row` whose row has one; empty otherwise.",
             {"constraints": {"pattern": "[0-9]{6}"}}),
    "label": ("string", "The row as printed (a programme, a province, a category such as `25-54 jaar`), "
                        "or the total line's own words (`Totaal unieke cursisten`).", {}),
    "period": ("string", "The column as printed, without footnote marker: a year (`2022`), a school year "
                         "(`2019-2020`), a month (`2020-10`), or the word of a total column (`Totaal`).",
               {"constraints": {"required": True}}),
    "partial": ("boolean", "True where the answer marks the period as partial or provisional (a starred "
                           "year with a footnote, \"januari tot en met oktober\", \"voorlopige cijfers\"): "
                           "do not compare it with full periods.",
                {"trueValues": ["true"], "falseValues": ["false"], "constraints": {"required": True}}),
    "count": ("integer", "The number printed in the cell. Blank cells (no figure: the programme did not "
                         "run) produce no line; they are never 0.", {"constraints": {"required": True, "minimum": 0}}),
    "line": ("integer", "1-based line of the source where the number stands (for a PDF, lines count "
                        "through the document's text in reading order).", {"constraints": {"required": True, "minimum": 1}}),
    "page": ("integer", "For PDF input, the 1-based page the number stands on; empty for text input.",
             {"constraints": {"minimum": 1}}),
    "semantics": ("string", "On `total` and `subtotal` cells, what the total is of its parts: `unique` "
                            "(unique persons: max(parts) <= total <= sum(parts); the parts may count a "
                            "person twice) or `additive` (enrolments, events, or a partition of persons "
                            "such as gender or age class: total == sum(parts)); empty on `row` cells.",
                  {"constraints": {"enum": ["unique", "additive"]}}),
}

PACKAGE_DESCRIPTION = (
    "The statistical tables of published answers of the Flemish minister of Work about VDAB's "
    "OKOT training programmes, read by okot-audit: one line per non-blank cell, in document "
    "order. Every table counts unique persons unless a total says `additive`: a person can stand "
    "in two rows or two provinces, so rows and subtotals must not be added up — the totals are "
    "the figures. Check the answers with `okot-audit check` before reusing the figures."
)


def descriptor(paths: Iterable[str], version: str) -> dict:
    """The ``datapackage.json`` for the cells of the answers at `paths`."""
    fields = []
    for name in TIDY_COLUMNS:
        kind, description, extra = FIELDS[name]
        fields.append({"name": name, "type": kind, "description": description, **extra})
    return {
        "profile": "tabular-data-package",
        "name": "okot-audit-cells",
        "title": "Cells of OKOT answers",
        "description": PACKAGE_DESCRIPTION,
        "sources": [{"title": path, "path": path} for path in paths],
        "keywords": ["OKOT", "VDAB", "Vlaams Parlement", "schriftelijke vragen"],
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": "cells",
                "path": CELLS,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "lineTerminator": "\n", "header": True, "doubleQuote": True},
                "schema": {"fields": fields, "missingValues": [""]},
            }
        ],
        "x-okot-audit": {"version": version},
    }


def cells_csv(records: Iterable[dict]) -> str:
    """Tidy records as the package's CSV: CONTRACT.md columns, `partial` as true/false, LF."""
    return records_csv(records)


def write_datapackage(answers: Iterable, folder: str | Path, version: str) -> Path:
    """Write ``cells.csv`` and ``datapackage.json`` for `answers` into `folder` (created if
    missing); return the descriptor's path. Raises OSError when the folder cannot be written
    (or is a file).

    The cells are written answer by answer as `answers` (any iterable) yields them, so a
    package of many answers never holds them all; only their paths are kept, for the
    descriptor's sources. Both files are written under temporary names and put in place only
    once the last answer is read (:class:`okot_audit.outfile.Replacement`): a run stopped
    half-way leaves an earlier package as it was — never a ``cells.csv`` cut short beside a
    descriptor that passes for it — and a folder it made, none."""
    folder = Path(folder)
    made = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[str] = []
    cells, package = Replacement(folder / CELLS), Replacement(folder / DESCRIPTOR)
    try:
        handle = cells.open()
        handle.write(cells_csv([]).encode("utf-8"))
        for answer in answers:
            paths.append(answer.path)
            handle.write(cells_csv(answer.records()).split("\n", 1)[1].encode("utf-8"))
        text = json.dumps(descriptor(paths, version), ensure_ascii=False, indent=2) + "\n"
        package.open().write(text.encode("utf-8"))
        cells.commit()
        package.commit()
    except BaseException:
        cells.discard()
        package.discard()
        if made:
            try:
                folder.rmdir()
            except OSError:
                pass
        raise
    return folder / DESCRIPTOR
