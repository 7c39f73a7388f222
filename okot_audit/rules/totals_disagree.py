"""Two totals each hold alone, but they give a withheld count (`<5`) different values.

## What it does
A count an answer withholds (`<5`, `x`, `*`) is part of more than one total: the total of its
period's column and the `Totaal` column of its own row, say, or `Totaal inschrijvingen` and
`Totaal unieke cursisten` over the same rows. Each total is checked with the withheld count
anywhere in its range (`count-withheld`), and each alone may hold. But a total that adds its
parts up gives the withheld count one value — the total less its other parts — and a total of
unique persons gives it a least value (the total less its other parts: no person of the total
in no part) and a highest (the total). Where the totals of which the count is the only withheld
part give it values that cannot all be true (one makes it 2, the other 3), this rule reports it
once, at the withheld count's line, naming the two totals that disagree most and what each says.
A total that does not hold alone with the withheld count in its range is not taken into account
here: `total-exceeds-parts` or `parts-exceed-total` report it.

## Why it matters
The withheld count is one number, whatever it is. Two totals that each give it another value
cannot both be right: one of the printed figures — one of the two totals, or one of the other
figures they add up — is wrong, though every total looks as if it holds. Withholding a count
must not hide an error in the figures around it.

## Example
```
Provincie 2020 2021 Totaal
Antwerpen 120 <5 123
Limburg 5 7 12
Totaal 125 9
```
`Totaal 2021` (9, over Limburg's 7) makes Antwerpen's withheld count of 2021 2; Antwerpen's
`Totaal` (123, over its 120) makes it 3. It cannot be both: one of these figures is wrong.

Use instead: totals that give the withheld count the same value (`Totaal 2021` 10, or
Antwerpen's `Totaal` 122).
"""

from __future__ import annotations

from okot_audit.rules.base import Hit, rule, said
from okot_audit.totals import TotalCheck, withheld_disagreements

MESSAGES = {
    "default": {
        "en": said("row {row}: the totals disagree about the count of {period} withheld as {printed}: {says_low}, "
                   "but {says_high} — ",
                   "it cannot be both: one of these totals, or one of the figures they add up, is wrong"),
        "nl": said("rij {row}: de totalen zijn het oneens over het aantal van {period} dat als {printed} niet "
                   "gegeven is: {says_low_nl}, maar {says_high_nl} — ",
                   "het kan niet allebei: een van deze totalen, of een van de cijfers die ze optellen, klopt niet"),
    },
}


@rule("OK106", "totals-disagree", "error", MESSAGES)
def check(answer, context):
    for d in withheld_disagreements(answer):
        w = d.withheld
        yield Hit(
            line=w.line, table=d.table, period=w.period, province=w.province, training_code=w.code,
            label=None if w.code or w.province else (w.label or None), page=w.page,
            args={"row": w.code or w.province or w.label or "?", "printed": w.text,
                  "says_low": _says(d.low, d.at_least, "low", "en"), "says_low_nl": _says(d.low, d.at_least, "low", "nl"),
                  "says_high": _says(d.high, d.at_most, "high", "en"),
                  "says_high_nl": _says(d.high, d.at_most, "high", "nl")},
        )


def _says(tc: TotalCheck, value: int, side: str, lang: str) -> str:
    """What `tc` says of the withheld count, in `lang`: ``Totaal 2021 is 9 and adds up its rows, so
    the count is 2``; a total of unique persons, the count at least (`side` ``low``) or at most
    `value`."""
    words = tc.words()
    low, high = tc.withheld_range or (value, value)
    exact = low == high
    if lang == "nl":
        how = (f"telt de {words['parts_nl']} op" if not tc.unique
               else f"telt unieke personen over de {words['parts_nl']}")
        bound = "" if exact else "minstens " if side == "low" else "hoogstens "
        return f"{words['total_nl']} is {tc.total.count} en {how}, dus is het aantal {bound}{value}"
    how = f"adds up its {words['parts']}" if not tc.unique else f"counts unique persons over its {words['parts']}"
    bound = "" if exact else "at least " if side == "low" else "at most "
    return f"{words['total']} is {tc.total.count} and {how}, so the count is {bound}{value}"
