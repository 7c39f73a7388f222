"""One training code appears twice in the same block.

## What it does
Looks for a training code printed on two rows of the same table (or, in a province table, of
the same province block).

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

from okot_audit.rules.base import Hit, rule

MESSAGES = {
    "en": "training code {code} appears again{in_province} (first at line {first}); "
          "a repeated row counts its persons twice or hides a mistyped code",
    "nl": "opleidingscode {code} komt opnieuw voor{in_province_nl} (eerst op regel {first}); "
          "een herhaalde rij telt personen dubbel of verbergt een verkeerde code",
}


@rule("OK201", "duplicate-row", "error", MESSAGES)
def check(answer, context):
    for table in answer.tables:
        first: dict[tuple, int] = {}
        reported: set[int] = set()
        for cell in table.rows():
            key = (cell.province, cell.code)
            seen = first.setdefault(key, cell.line)
            if seen != cell.line and cell.line not in reported:
                reported.add(cell.line)
                yield Hit(
                    line=cell.line, table=table, province=cell.province, training_code=cell.code,
                    args={
                        "first": seen,
                        "in_province": f" in the {cell.province} block" if cell.province else "",
                        "in_province_nl": f" in het blok {cell.province}" if cell.province else "",
                    },
                )
