"""A count is withheld and printed as a bound (`<5`); the totals are checked with its range.

## What it does
Reports each cell that an answer prints as a bound instead of a figure — `<5`, `< 5`, `≤4`,
as answers do to protect small groups of persons — at its line, with its row and period. The
row's other figures are read as cells; the withheld count is none, and every total it is part
of is checked with it anywhere from 0 to the highest count the bound allows (4 for `<5`, 4 for
`≤4`): a total must not exceed its parts with the withheld counts at their highest, and parts
that must add up exactly must not exceed it with them at their lowest. A row whose figures and bounds do not say their periods is not read
(`ambiguous-alignment`, `withheld`).

## Why it matters
`<5` is no figure of 5: read as one, it would move up to four persons into a total that does
not hold them, or hide a real error. Left out without a word, the total above it would look
too large. The reader of the answer should know which counts are missing from the tables and
that the totals hold only within the withheld ranges.

## Example
```
Provincie 2020 2021
Antwerpen 120 131
Limburg <5 7
Totaal 123 138
```
Limburg's count of 2020 is withheld: `Totaal 2020` is checked as 120 plus 0 to 4.
"""

from __future__ import annotations

from okot_audit.rules._issues import issue_hits
from okot_audit.rules.base import rule, said

MESSAGES = {
    "withheld": {
        "en": said("row {row}: the count of {period} is printed as {other} — ",
                   "withheld, a number below the bound; it is not read as a figure, and the totals it is part of "
                   "are checked with it anywhere from 0 to {numbers}"),
        "nl": said("rij {row}: het aantal van {period} staat er als {other} — ",
                   "niet gegeven, een getal onder de grens; het wordt niet als cijfer gelezen, en de totalen waarin "
                   "het meetelt worden gecontroleerd met om het even welke waarde van 0 tot en met {numbers}"),
    },
}


@rule("OK906", "count-withheld", "info", MESSAGES)
def check(answer, context):
    yield from issue_hits(answer, "count-withheld", of_one_period=True)
