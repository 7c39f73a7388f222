"""A count is withheld and printed as a bound (`<5`); the totals are checked with its range.

## What it does
Reports each cell that an answer prints as a bound instead of a figure — `<5`, `< 5`, `≤4`,
as answers do to protect small groups of persons — at its line, with its row and period. The
row's other figures are read as cells; the withheld count is none, and every total it is part
of is checked with it anywhere from 0 to the highest count the bound allows (4 for `<5`, 4 for
`≤4`): a total must not exceed its parts with the withheld counts at their highest, and parts
that must add up exactly must not exceed it with them at their lowest. A row whose figures and bounds do not say their periods is not read
(`ambiguous-alignment`, `withheld`).

A mark whose footnote says only that the count is withheld, naming no bound (`* om
privacyredenen niet vermeld`, `x = niet vrijgegeven (privacy)`), is a count withheld without a
bound: at least 0, at most anything. A total of unique persons over it is still checked to be at
least its largest known part; a total that adds its parts up, to be at least the sum of the
known ones — and where it is the only withheld part of such a total, the message says the
count the total implies (the total less the known parts).

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
from okot_audit.totals import answer_checks

MESSAGES = {
    "withheld": {
        "en": said("row {row}: the count of {period} is printed as {other} — ",
                   "withheld, a number below the bound; it is not read as a figure, and the totals it is part of "
                   "are checked with it anywhere from 0 to {numbers}"),
        "nl": said("rij {row}: het aantal van {period} staat er als {other} — ",
                   "niet gegeven, een getal onder de grens; het wordt niet als cijfer gelezen, en de totalen waarin "
                   "het meetelt worden gecontroleerd met om het even welke waarde van 0 tot en met {numbers}"),
    },
    # A mark whose footnote names no bound (``* om privacyredenen niet vermeld``).
    "withheld-unbounded": {
        "en": said("row {row}: the count of {period} is printed as {other} — ",
                   "withheld without a bound (its footnote says only that it is withheld); it is not read as a "
                   "figure, and the totals it is part of are checked only as far as they can be: a total of unique "
                   "persons at least its largest known part, a total that adds its parts up at least their known "
                   "sum{implied}"),
        "nl": said("rij {row}: het aantal van {period} staat er als {other} — ",
                   "niet gegeven, zonder grens (de voetnoot zegt alleen dat het niet gegeven wordt); het wordt niet "
                   "als cijfer gelezen, en de totalen waarin het meetelt worden alleen gecontroleerd voor zover dat "
                   "kan: een totaal van unieke personen op minstens het grootste gekende deel, een totaal dat de "
                   "delen optelt op minstens hun gekende som{implied_nl}"),
    },
}


@rule("OK906", "count-withheld", "info", MESSAGES)
def check(answer, context):
    implied: dict[tuple[int, str], list] = {}
    if any(w.high is None for t in answer.tables for w in t.withheld):
        for tc in answer_checks(answer):
            if tc.implied is not None:
                w = tc.withheld[0]
                implied.setdefault((w.line, w.period), []).append(tc)

    def extra(issue, table):
        if issue.reason != "withheld-unbounded":
            return {}
        checks = implied.get((issue.line, issue.periods[0] if issue.periods else ""), [])
        return {
            "implied": "".join(f"; {tc.name('en')} adds its parts up, so it implies the count is {tc.implied} "
                               f"({tc.total.count} less the known parts' {tc.parts_sum})" for tc in checks),
            "implied_nl": "".join(f"; {tc.name('nl')} telt de delen op en geeft het aantal dus als {tc.implied} "
                                  f"({tc.total.count} min de gekende delen, {tc.parts_sum})" for tc in checks),
        }

    yield from issue_hits(answer, "count-withheld", of_one_period=True, extra=extra)
