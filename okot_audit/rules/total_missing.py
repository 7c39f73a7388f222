"""A table has no total line, so its figures cannot be checked.

## What it does
Reports a table whose rows are not closed by a `Totaal` line (year tables) or an
`Eindtotaal` line (province tables). A table of one row has nothing to add up: it needs none.

## Why it matters
Without a stated total nothing says how many unique persons the table covers, and none of the
totals rules can run. The reader cannot add up the rows either: persons may be counted twice.

## Example
```
Unieke cursisten met gestarte OKOT'(s) 2020 2021
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 138 102
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 54 94
```
Use instead: close the table with `Totaal 180 190`.
"""

from __future__ import annotations

from okot_audit.rules.base import Hit, rule
from okot_audit.totals import rows_unit, unit_forms

MESSAGES = {
    "default": {
        "en": "{table_name} has no {closing} line; how many unique persons it covers is not stated "
              "and its rows must not be added up",
        "nl": "{table_name} heeft geen {closing}-regel; hoeveel unieke personen ze telt staat nergens "
              "en de rijen mogen niet zomaar opgeteld worden",
    },
    # A table of events (enrolments …): its rows add up, but no stated total confirms them.
    "events": {
        "en": "{table_name} has no {closing} line; how many {unit} it counts in all is not stated, "
              "so no total confirms its rows",
        "nl": "{table_name} heeft geen {closing}-regel; hoeveel {unit_nl} ze in totaal telt staat nergens, "
              "dus geen totaal bevestigt de rijen",
    },
}


@rule("OK105", "total-missing", "warning", MESSAGES)
def check(answer, context):
    for table in answer.tables:
        if table.statistic:
            continue  # (a table of values, averages or amounts: no total adds its rows up, none is missing)
        rows = {(c.code, c.label, c.province, c.block) for c in table.rows()}
        if len(rows) > 1 and not any(c.level == "total" for c in table.cells):  # (one row: nothing to add up)
            closing = "Eindtotaal" if table.layout.blocks else "Totaal"
            unit = rows_unit(table)
            yield Hit(line=table.end_line, table=table, variant="default" if table.unique_persons else "events",
                      args={"closing": closing, "unit": unit_forms(unit, "en")[1], "unit_nl": unit_forms(unit, "nl")[1]})
