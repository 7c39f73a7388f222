"""An item of the answer gives no figures but says when they will come.

## What it does
Reports every numbered item of an answer that holds no table and says that its figures are
not available yet ("pas beschikbaar vanaf 1 februari 2021", "nog niet beschikbaar", "zullen in
de loop van maart 2023 beschikbaar zijn", "kunnen pas na 15/03/2023 worden bezorgd", "Wij
beschikken nog niet over deze cijfers", "De cijfers volgen in februari 2023"), at the sentence
that says so, with the day or the time it names — in that sentence or the next ("Ze worden
verwacht tegen eind februari 2023", quoted with it). An item whose own text gives some counts
(`Van de 577 gediplomeerden van 2021 waren er 468 aan het werk`) and defers the others is
reported as deferring those, with the counts it gives. A sentence of that kind inside an item
that does give a table is the reason for a partial or missing period instead
(`partial-period`, `period-not-given`).

## Why it matters
A deferred answer is easy to miss among tables: the question stays open, and the figures
have to be asked for again — after the date the answer names.

## Example
```
2. Cijfers over uitval in deze opleidingen voor 2020 zijn pas beschikbaar vanaf 1 februari
2021.
```
Item 2 of the answer gives no figures; they are promised from 1 February 2021 (2021-02-01).
"""

from __future__ import annotations

from okot_audit.rules.base import Hit, rule

MESSAGES = {
    "default": {
        "en": "{item} gives no figures: \"{sentence}\" — ask again {after}",
        "nl": "{item_nl} geeft geen cijfers: \"{sentence}\" — vraag ze opnieuw {after_nl}",
    },
    "partial": {
        "en": "{item} gives some figures in its text ({counts}) but defers others: \"{sentence}\" — "
              "ask for those again {after}",
        "nl": "{item_nl} geeft enkele cijfers in de tekst ({counts}), maar stelt andere uit: \"{sentence}\" — "
              "vraag die opnieuw {after_nl}",
    },
}


@rule("OK403", "answer-deferred", "info", MESSAGES)
def check(answer, context):
    for deferral in answer.deferred:
        if answer.has_table_within(deferral.item_start, deferral.item_end):
            continue  # the item answers with a table; the sentence explains one of its periods
        number = deferral.number
        shown = ", ".join(str(n) for n in deferral.counts[:6]) + (" …" if len(deferral.counts) > 6 else "")
        yield Hit(
            line=deferral.line, variant="partial" if deferral.counts else "default",
            args={
                "counts": shown,
                "sentence": deferral.sentence,
                "item": f"item {number} of the answer" if number is not None else "the answer",
                "item_nl": f"punt {number} van het antwoord" if number is not None else "het antwoord",
                **_after(deferral),
            },
        )


def _after(deferral) -> dict[str, str]:
    """When to ask again: after the day the answer names (``after 2021-02-01``), when it says
    the figures come where it names no day (``when the answer says they come ("tegen eind
    februari 2023")``), or later."""
    if deferral.date:
        return {"after": f"after {deferral.date}", "after_nl": f"na {deferral.date}"}
    if deferral.when:
        return {"after": f"when the answer says they come (\"{deferral.when}\")",
                "after_nl": f"wanneer het antwoord ze belooft (\"{deferral.when}\")"}
    return {"after": "later", "after_nl": "later"}
