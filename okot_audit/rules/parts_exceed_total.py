"""The parts sum to more than their total: persons counted more than once.

## What it does
For every total, reports how much the sum of its parts exceeds it. In a table of unique
persons this is information: the difference is the number of person-entries counted in more
than one row (a first and a second year in the same calendar year) or in more than one
province (moved during the year). In a table the answer declares additive (enrolments, not
persons) the parts must add up exactly, and the difference is an error.

## Why it matters
A reader who adds up the rows gets more than the total and will think the table is wrong.
The difference says how many were counted twice — and that the rows must not be summed.

## Example
```
Totaal Antwerpen 577      (the rows above sum to 591)
Eindtotaal 3058           (the six subtotals sum to 3062)
```
Antwerpen: 14 persons counted in two rows; Eindtotaal: 4 persons counted in two provinces.
"""

from __future__ import annotations

from okot_audit.totals import answer_checks
from okot_audit.rules.base import Hit, rule

MESSAGES = {
    "unique": {
        "en": "{what} {period} counts {stated:unique person|unique persons}; its {parts} sum to {observed}: "
              "{difference} {counted} {across} — do not add up the {parts}",
        "nl": "{what} {period} telt {stated:unieke persoon|unieke personen}; de {parts_nl} tellen op tot {observed}: "
              "{difference} {counted_nl} {across_nl} — tel de {parts_nl} niet op",
    },
    "additive": {
        "en": "{what} {period} is {stated} but its {parts} sum to {observed}; the table counts "
              "enrolments, so they must add up exactly — {difference} too many in the {parts}",
        "nl": "{what} {period} is {stated}, maar de {parts_nl} tellen op tot {observed}; de tabel telt "
              "inschrijvingen, dus de som moet kloppen — {difference} te veel in de {parts_nl}",
    },
}


@rule("OK103", "parts-exceed-total", "info", MESSAGES)
def check(answer, context):
    for tc in answer_checks(answer):
        excess = tc.double_counted
        if excess is None:
            continue  # nothing counted twice, or an impossible total (total-below-largest-part)
        provinces, one = tc.over_subtotals, excess == 1
        yield Hit(
            line=tc.total.line, table=tc.table, period=tc.total.period,
            province=tc.total.province, stated=tc.total.count, observed=tc.parts_sum,
            difference=excess,
            severity=None if tc.table.unique_persons else "error",
            variant="unique" if tc.table.unique_persons else "additive",
            args={
                **tc.words(),
                "counted": "person counted" if one else "persons counted",
                "across": "in two provinces" if provinces else "in more than one row",
                "counted_nl": "persoon dubbel geteld" if one else "personen dubbel geteld",
                "across_nl": "in twee provincies" if provinces else "in meer dan één rij",
            },
        )
