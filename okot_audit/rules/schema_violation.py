"""A table breaks its pandera schema (`schemas/*.yaml`).

## What it does
Validates every table's tidy cells, lazily, against the pandera schema of its kind
(`schemas/year_table.yaml`, `schemas/province_table.yaml`): counts are non-negative integers,
codes six digits, periods plausible years, provinces one of the six, levels known. Each failed
check becomes one finding naming the column, the check and the line of the offending cell.

## Why it matters
A value outside these bounds is not a figure the answer can mean — a negative count, a code
of five digits, a year 2202 — and every other check built on it is unreliable.

## Example
```
90801: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50
```
is read as a row without a valid six-digit code. Use instead: `908001`.
"""

from __future__ import annotations

from okot_audit.rules.base import Hit, rule

MESSAGES = {
    "en": "column '{column}' fails check {check} with value {value!r}; the cell cannot be what the answer means",
    "nl": "kolom '{column}' faalt de controle {check} met waarde {value!r}; de cel kan niet kloppen",
}


@rule("OK302", "schema-violation", "error", MESSAGES)
def check(answer, context):
    tables = {t.id: t for t in answer.tables}
    for failure in context.schema_failures:
        if failure.path != answer.path:
            continue
        yield Hit(
            line=failure.line, table=tables.get(failure.table), period=failure.period,
            province=failure.province, training_code=failure.code,
            args={"column": failure.column, "check": failure.check, "value": failure.value},
        )
