"""The parts sum to more than their total: persons counted more than once.

## What it does
For every total, reports how much the sum of its parts exceeds it. In a table of unique
persons this is information: the difference is the number of person-entries counted in more
than one row (a first and a second year in the same calendar year) or in more than one
province (moved during the year). In a table the answer declares additive (enrolments, not
persons; or persons where its text says the totals are the sum of their parts: `Het totaal is
de som van de rijen`) the parts must add up exactly, and the difference is an error. Rows that count
some of the persons of the line above them (`waarvan vrouwen`, `waarvan mannen`) and are
categories of one attribute count different persons: their sum cannot exceed the line's figure
(an error), and when they name every category (women and men) it must equal it
(`total-exceeds-parts` when it falls short). `waarvan` rows of different attributes (`waarvan
vrouwen`, `waarvan 25-54 jaar`) may count the same persons: their sum says nothing.

## Why it matters
A reader who adds up the rows gets more than the total and will think the table is wrong.
The difference says how many were counted twice — and that the rows must not be summed.

## Example
```
Totaal Antwerpen 577      (the rows above sum to 591)
Eindtotaal 3058           (the six subtotals sum to 3062)
```
Antwerpen: 14 persons counted in two rows; Eindtotaal: 4 persons counted in two provinces.
Where some parts are withheld (`<5`, and the total of unique persons over them), the finding
comes when the parts exceed the total even with the withheld ones at their lowest (0): then
at least that many persons were counted twice, and the message says "at least".
"""

from __future__ import annotations

from okot_audit.totals import PERSONS, answer_checks, counted, unit_forms
from okot_audit.rules._withheld import withheld_note
from okot_audit.rules.base import Hit, rule, said

MESSAGES = {
    "unique": {
        "en": said("{total} counts {stated:unique person|unique persons}{assumed}; its {parts} sum to {observed}{withheld_note}: "
                   "{difference} {counted} {across} — ",
                   "do not add up the {parts}"),
        "nl": said("{total_nl} telt {stated:unieke persoon|unieke personen}{assumed_nl}; de {parts_nl} tellen op tot "
                   "{observed}{withheld_note_nl}: {difference} {counted_nl} {across_nl} — ",
                   "tel de {parts_nl} niet op"),
    },
    # Some parts withheld (``<5``): taken at their lowest, the known parts already exceed the total.
    "unique-withheld": {
        "en": said("{total} counts {stated:unique person|unique persons}{assumed}; its {parts} sum to at least "
                   "{observed}{withheld_note}: at least {difference} {counted} {across} — ",
                   "do not add up the {parts}"),
        "nl": said("{total_nl} telt {stated:unieke persoon|unieke personen}{assumed_nl}; de {parts_nl} tellen op tot "
                   "minstens {observed}{withheld_note_nl}: minstens {difference} {counted_nl} {across_nl} — ",
                   "tel de {parts_nl} niet op"),
    },
    # A total of persons over parts that count events (``Totaal unieke cursisten`` under rows of
    # enrolments): the surplus is events beyond one per person, not persons counted twice.
    "unique-events": {
        "en": said("{total} counts {stated:unique person|unique persons}; its {parts} count {parts_unit} and sum "
                   "to {observed}{withheld_note}: {excess} more than persons, as one person can have more than one — ",
                   "do not add up the {parts} to count persons"),
        "nl": said("{total_nl} telt {stated:unieke persoon|unieke personen}; de {parts_nl} tellen {parts_unit_nl} en "
                   "komen samen op {observed}{withheld_note_nl}: {excess_nl} meer dan personen, want één persoon kan er meer dan één "
                   "hebben — ",
                   "tel de {parts_nl} niet op om personen te tellen"),
    },
    "additive": {
        "en": "{total} is {stated} but its {parts} sum to {observed}{withheld_note}; it counts {unit}, "
              "which add up exactly — {excess} too many in the {parts}, or a figure is wrong",
        "nl": "{total_nl} is {stated}, maar de {parts_nl} tellen op tot {observed}{withheld_note_nl}; het telt "
              "{unit_nl}, die precies optellen — {excess_nl} te veel in de {parts_nl}, of een cijfer klopt niet",
    },
    # Persons the answer itself says add up (``Het totaal is de som van de rijen``).
    "additive-said": {
        "en": "{total} is {stated} but its {parts} sum to {observed}{withheld_note}; the answer says its totals are "
              "the sum of their parts, so they add up exactly — {excess} too many in the {parts}, or a figure is wrong",
        "nl": "{total_nl} is {stated}, maar de {parts_nl} tellen op tot {observed}{withheld_note_nl}; het antwoord "
              "zegt dat de totalen de som van hun delen zijn, dus ze tellen precies op — {excess_nl} te veel in de "
              "{parts_nl}, of een cijfer klopt niet",
    },
    "partition": {
        "en": "{total} is {stated} but its {parts} sum to {observed}{withheld_note}; {each} one "
              "{attribute}, so the {parts} must add up to the total exactly — {excess} too many "
              "in the {parts}, or a figure is wrong",
        "nl": "{total_nl} is {stated}, maar de {parts_nl} tellen op tot {observed}{withheld_note_nl}; {each_nl} "
              "één {attribute_nl}, dus de {parts_nl} moeten precies optellen tot het totaal — "
              "{excess_nl} te veel in de {parts_nl}, of een cijfer klopt niet",
    },
    # ``waarvan`` rows of one attribute that do not name all of its categories: apart, no more
    # than their line.
    "partition-part": {
        "en": "{total} is {stated} but its {parts} sum to {observed}{withheld_note}; {each} one {attribute}, so these "
              "{parts} count apart and cannot add up to more than the line — {excess} too many in the {parts}, "
              "or a figure is wrong",
        "nl": "{total_nl} is {stated}, maar de {parts_nl} tellen op tot {observed}{withheld_note_nl}; {each_nl} één "
              "{attribute_nl}, dus deze {parts_nl} tellen elk andere personen en kunnen samen niet meer zijn dan "
              "de regel — {excess_nl} te veel in de {parts_nl}, of een cijfer klopt niet",
    },
}

#: Each attribute of :data:`~okot_audit.patterns.PARTITIONS` as messages name it, in English and Dutch.
ATTRIBUTES = {"age": ("age class", "leeftijdsklasse"), "gender": ("gender", "geslacht"),
               "education": ("education level", "opleidingsniveau"), "nationality": ("nationality", "nationaliteit"),
               "origin": ("origin", "herkomst"), "unemployment": ("duration of unemployment", "werkloosheidsduur")}


@rule("OK103", "parts-exceed-total", "info", MESSAGES, role="total")
def check(answer, context):
    for tc in answer_checks(answer):
        excess = tc.double_counted
        if excess is None and tc.unique and tc.withheld:
            excess = _least_double_counted(tc)
        if excess is None or tc.overlapping:
            continue  # nothing counted twice, an impossible total (total-below-largest-part), or
            # ``waarvan`` rows that may count the same persons (their sum says nothing)
        one = excess == 1
        variant = "unique" if tc.unique else ("partition" if tc.partition else "additive")
        if variant == "additive" and tc.unit in ("", PERSONS):
            variant = "additive-said"  # (persons add up only where the answer says its totals are their sum)
        if variant == "partition" and not tc.exhaustive:
            variant = "partition-part"
        parts_unit = tc.parts_unit
        if variant == "unique" and parts_unit not in ("", PERSONS):
            variant = "unique-events"
        elif variant == "unique" and tc.withheld:
            variant = "unique-withheld"
        words = {"excess": counted(excess, parts_unit, "en"), "excess_nl": counted(excess, parts_unit, "nl")}
        if variant in ("unique", "unique-withheld"):
            across, across_nl = _across(tc)
            words.update({
                "counted": "person counted" if one else "persons counted", "across": across, "across_nl": across_nl,
                "counted_nl": "persoon dubbel geteld" if one else "personen dubbel geteld",
                **assumed_persons(tc),
            })
        elif variant == "unique-events":
            words.update({"parts_unit": unit_forms(parts_unit, "en")[1], "parts_unit_nl": unit_forms(parts_unit, "nl")[1]})
        elif variant in ("partition", "partition-part"):
            attribute = ATTRIBUTES.get(tc.attribute or "", ("category", "categorie"))
            words.update({"attribute": attribute[0], "attribute_nl": attribute[1], **each_has(parts_unit)})
        elif variant == "additive":
            words.update(_unit(tc))
        yield Hit(
            line=tc.total.line, table=tc.table, period=tc.total.period, **tc.place(),
            stated=tc.total.count, observed=tc.parts_low, difference=excess,
            severity=None if tc.unique else "error", variant=variant,
            args={**tc.words(), **words, **withheld_note(tc, "lowest")},
        )


def _least_double_counted(tc) -> int | None:
    """Persons certainly counted in more than one part of a total of unique persons some of
    whose parts are withheld (``<5``): by how much the parts exceed the total with the withheld
    ones at their lowest; None when they need not (or when the total is below its largest part,
    an impossible total that ``total-below-largest-part`` reports)."""
    excess = tc.parts_low - tc.total.count
    return excess if excess > 0 and tc.total.count >= tc.largest.count else None


def assumed_persons(tc) -> dict[str, str]:
    """Where the table does not say what it counts, a note that its totals are read as unique
    persons (``unit`` is then empty): the message says persons only as an assumption."""
    if tc.unit:
        return {"assumed": "", "assumed_nl": ""}
    return {"assumed": " (the table does not say what it counts: read as unique persons)",
            "assumed_nl": " (de tabel zegt niet wat ze telt: gelezen als unieke personen)"}


def each_has(unit: str) -> dict[str, str]:
    """``every person has`` one gender; ``every enrolment falls under`` one gender."""
    if unit in ("", PERSONS):
        return {"each": "every person has", "each_nl": "elke persoon heeft"}
    return {"each": f"every {unit_forms(unit, 'en')[0]} falls under",
            "each_nl": f"elke {unit_forms(unit, 'nl')[0]} valt onder"}


def _across(tc) -> tuple[str, str]:
    """Where persons were counted twice: two provinces, two blocks, two periods, two rows."""
    if tc.over_subtotals:
        if tc.table.layout.blocks == "province" and all(part.block for part in tc.parts):
            return "in two blocks", "in twee blokken"  # (sectors' subtotals over their provinces' blocks)
        if tc.table.layout.blocks == "province" and any(part.province is None for part in tc.parts):
            return "in two regions", "in twee gewesten"  # (the Flemish Region's total beside Brussels's)
        if tc.table.layout.blocks == "province":
            return "in two provinces", "in twee provincies"
        return "in two blocks", "in twee blokken"
    if tc.across == "periods":
        return "in more than one period", "in meer dan één periode"
    if tc.across == "provinces":  # (``Kwartaal Antwerpen Limburg Totaal``: moved within the quarter)
        return "in more than one province", "in meer dan één provincie"
    if tc.across == "columns":  # (``Gestart Geslaagd Totaal``: started and graduated in one year)
        return "in more than one column", "in meer dan één kolom"
    if tc.across == "nested" and tc.table.layout.rows != "province":  # (a subtotal and rows below it)
        return "in more than one part", "in meer dan één deel"
    if tc.table.layout.rows == "province":  # (rows that are provinces: ``Vlaams Gewest`` over them)
        return "in more than one province", "in meer dan één provincie"
    return "in more than one row", "in meer dan één rij"


def _unit(tc) -> dict[str, str]:
    """What an additive total counts, in English and Dutch: the unit its own words name
    (``Totaal inschrijvingen``), else the rows' (okot_audit.totals.cell_unit); never persons
    (``additive-said``)."""
    return {"unit": unit_forms(tc.unit, "en")[1], "unit_nl": unit_forms(tc.unit, "nl")[1]}
