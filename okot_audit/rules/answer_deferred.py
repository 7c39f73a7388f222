"""An item of the answer gives no figures but says when they will come.

## What it does
Reports every numbered item of an answer that holds no table and says that its figures are
not available yet ("pas beschikbaar vanaf 1 februari 2021", "nog niet beschikbaar"), at the
sentence that says so, with the date it names. A sentence of that kind inside an item that
does give a table is the reason for a partial or missing period instead (`partial-period`,
`period-not-given`).

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
    "en": "{item} gives no figures: \"{sentence}\" — ask again {after}",
    "nl": "{item_nl} geeft geen cijfers: \"{sentence}\" — vraag ze opnieuw {after_nl}",
}


@rule("OK403", "answer-deferred", "info", MESSAGES)
def check(answer, context):
    for deferral in answer.deferred:
        if any(deferral.item_start <= t.header_line <= deferral.item_end for t in answer.tables):
            continue  # the item answers with a table; the sentence explains one of its periods
        number = deferral.number
        when = deferral.date or deferral.when
        yield Hit(
            line=deferral.line,
            args={
                "sentence": deferral.sentence,
                "item": f"item {number} of the answer" if number is not None else "the answer",
                "item_nl": f"punt {number} van het antwoord" if number is not None else "het antwoord",
                "after": f"after {when}" if when else "later",
                "after_nl": f"na {when}" if when else "later",
            },
        )
