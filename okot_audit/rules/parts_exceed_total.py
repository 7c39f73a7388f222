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
from okot_audit.rules._withheld import withheld_note
from okot_audit.rules.base import Hit, rule

MESSAGES = {
    "unique": {
        "en": "{what} {period} counts {stated:unique person|unique persons}; its {parts} sum to {observed}: "
              "{difference} {counted} {across} — do not add up the {parts}{withheld_note}",
        "nl": "{what} {period} telt {stated:unieke persoon|unieke personen}; de {parts_nl} tellen op tot {observed}: "
              "{difference} {counted_nl} {across_nl} — tel de {parts_nl} niet op{withheld_note_nl}",
    },
    "additive": {
        "en": "{what} {period} is {stated} but its {parts} sum to {observed}; it counts {unit}, "
              "which add up exactly — {difference} too many in the {parts}, or a figure is wrong{withheld_note}",
        "nl": "{what} {period} is {stated}, maar de {parts_nl} tellen op tot {observed}; het telt "
              "{unit_nl}, die precies optellen — {difference} te veel in de {parts_nl}, of een cijfer klopt niet{withheld_note_nl}",
    },
    "partition": {
        "en": "{what} {period} is {stated} but its {parts} sum to {observed}; every person has one "
              "{attribute}, so the {parts} must add up to the total exactly — {difference} too many "
              "in the {parts}, or a figure is wrong{withheld_note}",
        "nl": "{what} {period} is {stated}, maar de {parts_nl} tellen op tot {observed}; elke persoon "
              "heeft één {attribute_nl}, dus de {parts_nl} moeten precies optellen tot het totaal — "
              "{difference} te veel in de {parts_nl}, of een cijfer klopt niet{withheld_note_nl}",
    },
}

_ATTRIBUTES = {"age": ("age class", "leeftijdsklasse"), "gender": ("gender", "geslacht"),
               "education": ("education level", "opleidingsniveau")}


@rule("OK103", "parts-exceed-total", "info", MESSAGES)
def check(answer, context):
    for tc in answer_checks(answer):
        excess = tc.double_counted
        if excess is None:
            continue  # nothing counted twice, or an impossible total (total-below-largest-part)
        one = excess == 1
        variant = "unique" if tc.unique else ("partition" if tc.partition else "additive")
        if variant == "unique":
            across, across_nl = _across(tc)
            words = {
                "counted": "person counted" if one else "persons counted", "across": across, "across_nl": across_nl,
                "counted_nl": "persoon dubbel geteld" if one else "personen dubbel geteld",
            }
        elif variant == "partition":
            attribute = _ATTRIBUTES.get(tc.table.layout.attribute or "", ("category", "categorie"))
            words = {"attribute": attribute[0], "attribute_nl": attribute[1]}
        else:
            words = _unit(tc)
        yield Hit(
            line=tc.total.line, table=tc.table, period=tc.total.period, **tc.place(),
            stated=tc.total.count, observed=tc.parts_low, difference=excess,
            severity=None if tc.unique else "error", variant=variant,
            args={**tc.words(), **words, **withheld_note(tc, "lowest")},
        )


def _across(tc) -> tuple[str, str]:
    """Where persons were counted twice: two provinces, two blocks, two periods, two rows."""
    if tc.over_subtotals:
        if tc.table.layout.blocks == "province":
            return "in two provinces", "in twee provincies"
        return "in two blocks", "in twee blokken"
    if tc.across == "periods":
        return "in more than one period", "in meer dan één periode"
    return "in more than one row", "in meer dan één rij"


def _unit(tc) -> dict[str, str]:
    """What an additive total counts, in English and Dutch: the unit its own words name
    (``Totaal inschrijvingen``), else the table's (okot_audit.parse.words.UNIT_WORDS)."""
    from okot_audit.parse.words import UNIT_NAMES_EN, unit_of

    found = unit_of(tc.total.label or "")
    unit = found[1] if found else (tc.table.unit or "")
    if not unit:
        return {"unit": "events", "unit_nl": "gebeurtenissen"}
    return {"unit": UNIT_NAMES_EN.get(unit, unit), "unit_nl": unit}
