"""One row (a training code, a province, a category, a programme) appears twice in the same block.

## What it does
Looks for a row printed twice in the same table (or, in a table of blocks, in the same
province or sector block): the same training code, or — for rows without code — the same
province, category (`Man`, `25-54 jaar`) or programme name.

## Why it matters
Each code is one programme stage; a second row with the same code either repeats a row
(double counting every person in it) or carries a mistyped code that hides another
programme. Either way the block's figures cannot all be right.

## Example
```
908011: Educatieve bachelor voor lager onderwijs - 1ste jaar 37 97
908011: Educatieve bachelor voor lager onderwijs - 1ste jaar 37 97
```
Use instead: one row per code; check whether the second row should carry another code.
"""

from __future__ import annotations

from okot_audit.rules._rows import row_name
from okot_audit.rules.base import Hit, rule, said
from okot_audit.tables import finding_label
from okot_audit.totals import row_counts

MESSAGES = {
    "en": said("row {row} appears again{in_province} (first at {line_word} {first}); ",
               "a repeated row counts its {counts} twice or hides a mistyped code"),
    "nl": said("rij {row} komt opnieuw voor{in_province_nl} (eerst op {line_word} {first}); ",
               "een herhaalde rij telt {counts_nl} dubbel of verbergt een verkeerde code"),
}


@rule("OK201", "duplicate-row", "error", MESSAGES)
def check(answer, context):
    reported: set[int] = set()  # (the tables of one header's columns share their rows: once)
    for table in answer.tables:
        first: dict[tuple, int] = {}
        for cell in table.rows():
            if cell.period == "Totaal" and table.layout.total_column:
                continue
            block = cell.province if table.layout.rows != "province" else None
            key = (block, cell.block, row_name(cell).lower())
            if table.layout.transposed:  # a row is a column, its cells one per line: once per period
                key += (cell.period,)
            seen = first.setdefault(key, cell.line)
            if seen != cell.line and cell.line not in reported:
                reported.add(cell.line)
                yield Hit(
                    line=cell.line, table=table, province=cell.province, training_code=cell.code,
                    label=finding_label(cell),
                    args={
                        "first": seen, "row": row_name(cell),
                        "in_province": f" in the {block or cell.block} block" if block or cell.block else "",
                        "in_province_nl": f" in het blok {block or cell.block}" if block or cell.block else "",
                        **row_counts(table),
                    },
                )
