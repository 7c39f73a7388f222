"""The spacing of a row does not say which periods are blank, and the totals cannot settle it.

## What it does
Blank cells survive PDF extraction only as extra spaces. When a row's spacing is lost
(collapsed or trimmed spaces), okot-audit lets the stated totals choose the placement that
keeps every column within `max(parts) <= total <= sum(parts)`. This rule reports a row where
several placements fit (warning: the reading closest to the spacing was kept) or none fits
(error: the row is not read, and the table's totals are not checked).

## Why it matters
A figure placed in the wrong year moves persons between years; every total check after it
would then lie. The reader should confirm such a row against the PDF.

## Example
```
Unieke cursisten met gestarte OKOT'(s) 2018 2019 2020 2021
908015: Specifieke lerarenopleiding (SLO) 54 32
```
Two figures for four years and no trailing spaces: 54 and 32 could be any two of the years.
"""

from __future__ import annotations

from okot_audit.rules._issues import issue_hits
from okot_audit.rules.base import rule

MESSAGES = {
    "no-fit": {
        "en": "row {row}: no placement of its numbers over the {periods} periods fits the stated "
              "totals; the row is not read (numbers: {numbers}); check this row against the published PDF",
        "nl": "rij {row}: geen enkele plaatsing van de getallen over de {periods} perioden past bij de "
              "vermelde totalen; de rij is niet gelezen (getallen: {numbers_nl}); controleer deze rij in de gepubliceerde PDF",
    },
    "ambiguous": {
        "en": "row {row}: the spacing does not say which periods are blank and several placements fit "
              "the totals; read as {reading} (numbers: {numbers}); check this row against the published PDF",
        "nl": "rij {row}: de witruimte zegt niet welke perioden leeg zijn en meerdere plaatsingen passen "
              "bij de totalen; gelezen als {reading_nl} (getallen: {numbers_nl}); controleer deze rij in de gepubliceerde PDF",
    },
    "no-total": {
        "en": "row {row}: the spacing does not say which periods are blank and there is no total to "
              "decide; read as {reading} (numbers: {numbers}); check this row against the published PDF",
        "nl": "rij {row}: de witruimte zegt niet welke perioden leeg zijn en er is geen totaal om te "
              "beslissen; gelezen als {reading_nl} (getallen: {numbers_nl}); controleer deze rij in de gepubliceerde PDF",
    },
}


@rule("OK903", "ambiguous-alignment", "warning", MESSAGES)
def check(answer, context):
    yield from issue_hits(
        answer, "ambiguous-alignment",
        lambda issue: "error" if issue.unread else None,
    )
