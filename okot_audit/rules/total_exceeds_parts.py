"""A total is larger than the sum of the parts it totals.

## What it does
Applies to every total: a column total over its rows, a block's subtotal over the block, a
grand total over the blocks' subtotals, and a total column over the periods of its own line.
Whether the total counts unique persons or adds up (enrolments, a partition of persons by
gender or age class), it can never exceed the sum of its parts.

Compares every stated total with the sum of its parts: a year table's `Totaal` with that
year's rows; a province block's `Totaal <province>` with the block's rows; the `Eindtotaal`
with the province subtotals.

## Why it matters
A total counts unique persons, so it can be smaller than the sum of its parts (people counted
in two rows) but never larger: a person counted in the total must appear in at least one row.
A larger total means a row is missing, a cell was mistyped, or the total belongs to another
table. Any figure the reader takes from this column is in doubt.

## Example
```
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 38
Totaal 95
```
The rows sum to 88; the total says 95: seven persons are counted in no row.

Use instead: a total between the largest row (50) and the sum of the rows (88).
"""

from __future__ import annotations

from okot_audit.totals import answer_checks, counted
from okot_audit.rules.parts_exceed_total import assumed_persons
from okot_audit.rules._withheld import withheld_note
from okot_audit.rules.base import Hit, rule, said

MESSAGES = {
    "unique": {
        "en": said("{total} is {stated} but its {parts} sum to only {observed}{withheld_note}: {difference:person|persons} in the "
                   "total {difference:~appears|appear} in no {part}{assumed}; ",
                   "a {part} is missing or a figure is wrong"),
        "nl": said("{total_nl} is {stated}, maar de {parts_nl} tellen samen maar {observed} op{withheld_note_nl}: "
                   "{difference:persoon|personen} in het totaal {difference:~staat|staan} in {no_part_nl}{assumed_nl}; ",
                   "er ontbreekt een {part_nl} of een cijfer klopt niet"),
    },
    "additive": {
        "en": "{total} is {stated} but its {parts} sum to only {observed}{withheld_note}; this total must equal "
              "the sum of its {parts} exactly — {missing} missing in the {parts}, or a figure is wrong",
        "nl": "{total_nl} is {stated}, maar de {parts_nl} tellen samen maar {observed} op{withheld_note_nl}; dit totaal "
              "moet precies de som van de {parts_nl} zijn — {missing_nl} {difference:~ontbreekt|ontbreken} in de {parts_nl}, of een cijfer klopt niet",
    },
}


@rule("OK101", "total-exceeds-parts", "error", MESSAGES)
def check(answer, context):
    for tc in answer_checks(answer):
        if tc.total.count > tc.parts_high and tc.exhaustive:  # (``waarvan`` rows: some persons only)  # withheld parts (``<5``) at their highest
            difference = tc.total.count - tc.parts_high
            yield Hit(
                line=tc.total.line, table=tc.table, period=tc.total.period, **tc.place(),
                stated=tc.total.count, observed=tc.parts_high, difference=difference,
                variant="unique" if tc.unique else "additive",
                args={**tc.words(), "no_part_nl": _no_part_nl(tc), **withheld_note(tc, "highest"),
                      **assumed_persons(tc), "missing": counted(difference, tc.unit, "en"),
                      "missing_nl": counted(difference, tc.unit, "nl")},
            )


def _no_part_nl(tc) -> str:
    """``geen enkele rij``, ``geen enkel subtotaal``, ``geen enkel deel`` (a neuter noun takes ``enkel``)."""
    part = tc.words()["part_nl"]
    return f"geen enkel {part}" if part in ("subtotaal", "deel") else f"geen enkele {part}"

