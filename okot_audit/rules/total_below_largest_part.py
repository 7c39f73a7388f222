"""A total is smaller than one of the parts it totals.

## What it does
Compares every stated total with the largest of its parts (rows of the year, rows of the
province block, or province subtotals for the `Eindtotaal`). A row that counts some of the
persons of the line above it (`waarvan vrouwen 90 140` below a programme's row or a `Totaal`)
is a part of that line's figure in the same period: it cannot be larger either.

## Why it matters
A total of unique persons counts every person of every part at least once, so it is at least
as large as its largest part. A smaller total is impossible: the total, or that part, is wrong
— often a digit transposed or a row from another year.

## Example
```
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 138
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 54
Totaal 118
```
The first row alone holds 138 persons; the total says 118.

Use instead: a total of at least 138 (and at most 192, the sum of the rows).
"""

from __future__ import annotations

from okot_audit.totals import PERSONS, answer_checks, unit_forms
from okot_audit.rules.base import Hit, rule

MESSAGES = {
    "unique": {
        "en": "{total} is {stated}, smaller than one of its parts ({part_label}, {line_word} {part_line}: "
              "{observed}); a total of unique persons cannot be below its largest part — "
              "the total or that figure is wrong by at least {difference}",
        "nl": "{total_nl} is {stated}, kleiner dan een van de delen ({part_label}, {line_word} {part_line}: "
              "{observed}); een totaal van unieke personen kan niet onder het grootste deel liggen — "
              "het totaal of dat cijfer is minstens {difference} fout",
    },
    # A total that adds its parts up (enrolments, a partition of persons): the sum of them all.
    "additive": {
        "en": "{total} is {stated}, smaller than one of its parts ({part_label}, {line_word} {part_line}: "
              "{observed}); a total of {unit} is the sum of its parts and cannot be below any of them — "
              "the total or that figure is wrong by at least {difference}",
        "nl": "{total_nl} is {stated}, kleiner dan een van de delen ({part_label}, {line_word} {part_line}: "
              "{observed}); een totaal van {unit_nl} is de som van de delen en kan onder geen enkel deel liggen — "
              "het totaal of dat cijfer is minstens {difference} fout",
    },
    # A line's figure over the ``waarvan`` rows below it: each counts some of its persons.
    "subset": {
        "en": "{total} is {stated}, smaller than the figure of the row '{part_label}' below it ({line_word} {part_line}: "
              "{observed}), which counts only some of its {unit}; a part cannot be more than the whole — "
              "the line's figure or that one is wrong by at least {difference}",
        "nl": "{total_nl} is {stated}, kleiner dan het cijfer van de rij '{part_label}' eronder ({line_word} {part_line}: "
              "{observed}), die maar een deel van de {unit_nl} ervan telt; een deel kan niet meer zijn dan het "
              "geheel — het cijfer van de regel of dat cijfer is minstens {difference} fout",
    },
}


@rule("OK102", "total-below-largest-part", "error", MESSAGES, role="total")
def check(answer, context):
    for tc in answer_checks(answer):
        largest = tc.largest
        if tc.total.count < largest.count:
            place = tc.place()
            yield Hit(
                line=tc.total.line, table=tc.table, period=tc.total.period,
                province=place["province"], training_code=largest.code or place["training_code"],
                label=place["label"] if not largest.code else None,
                stated=tc.total.count, observed=largest.count,
                difference=largest.count - tc.total.count,
                variant="subset" if tc.across == "subset" else "unique" if tc.unique else "additive",
                args={
                    "total": tc.name("en"), "total_nl": tc.name("nl"),
                    "unit": unit_forms(tc.unit or PERSONS, "en")[1], "unit_nl": unit_forms(tc.unit or PERSONS, "nl")[1],
                    "part_label": largest.code or largest.label or largest.period,
                    "part_line": largest.line,
                },
            )
