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
    "en": "column '{column}' fails check {check} ({meaning}) with value {value!r}; the cell cannot be "
          "what the answer means",
    "nl": "kolom '{column}' faalt de controle {check} ({meaning_nl}) met waarde {value!r}; de cel kan "
          "niet kloppen",
}

#: pandera's built-in checks (as a failure names them, ``name(argument)``) in words.
CHECK_WORDS = {
    "greater_than_or_equal_to": ("at least {0}", "minstens {0}"),
    "greater_than": ("more than {0}", "meer dan {0}"),
    "less_than_or_equal_to": ("at most {0}", "hoogstens {0}"),
    "less_than": ("less than {0}", "minder dan {0}"),
    "equal_to": ("equal to {0}", "gelijk aan {0}"),
    "not_equal_to": ("not {0}", "niet {0}"),
    "in_range": ("in the range {0}", "binnen het bereik {0}"),
    "isin": ("one of {0}", "een van {0}"),
    "notin": ("none of {0}", "geen van {0}"),
    "str_matches": ("matching the pattern {0}", "volgens het patroon {0}"),
    "str_startswith": ("starting with {0}", "beginnend met {0}"),
    "str_endswith": ("ending in {0}", "eindigend op {0}"),
    "dtype": ("of type {0}", "van het type {0}"),
}


def check_words(check: str) -> tuple[str, str]:
    """What a pandera check asks, in English and Dutch (``less_than_or_equal_to(1000000)`` →
    ``at most 1000000`` / ``hoogstens 1000000``); a check it does not know: ``a check of the
    schema`` / ``een controle van het schema``."""
    name, _, argument = check.partition("(")
    words = CHECK_WORDS.get(name.strip())
    if words is None or not argument.endswith(")"):
        return "a check of the schema", "een controle van het schema"
    argument = argument[:-1]
    return words[0].format(argument), words[1].format(argument)


@rule("OK302", "schema-violation", "error", MESSAGES)
def check(answer, context):
    tables = {t.id: t for t in answer.tables}
    for failure in context.schema_failures:
        if failure.path != answer.path:
            continue
        yield Hit(
            line=failure.line, table=tables.get(failure.table), period=failure.period,
            province=failure.province, training_code=failure.code,
            args={"column": failure.column, "check": failure.check, "value": failure.value,
                  **dict(zip(("meaning", "meaning_nl"), check_words(failure.check)))},
        )
