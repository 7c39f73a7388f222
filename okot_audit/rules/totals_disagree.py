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

Totals with two or more withheld parts each (a row's `Totaal` over two `<5`, each also part
of its period's total) are solved together, every total of the table at once, with the withheld
counts as integers in their bounds (`okot_audit.withheld_ranges`, scipy's HiGHS). Where each
total holds alone but no values of the withheld counts make them all hold, this rule reports it
once, at the first of those counts: which counts, which totals the nearest values leave off and
by how much in all (`difference`: the least sum of the changes to the totals' figures).

```
Provincie 2020 2021 Totaal
Antwerpen 120 <5 122
Limburg <5 <5 5
Oost-Vlaanderen 30 40 70
Totaal 153 45
```
Antwerpen's `Totaal` makes its 2021 count 2, so `Totaal 2021` makes Limburg's 3 and `Totaal
2020` makes Limburg's 2020 count 3: 6, but Limburg's `Totaal` is 5 — 1 off.
"""

from __future__ import annotations

from okot_audit.rules.base import Hit, rule, said
from okot_audit.tables import finding_label
from okot_audit.totals import TotalCheck, withheld_disagreements
from okot_audit.withheld_ranges import Conflict, joint_ranges

MESSAGES = {
    "default": {
        "en": said("row {row}: the totals disagree about the count of {period} withheld as {printed}: {says_low}, "
                   "but {says_high} — ",
                   "it cannot be both: one of these totals, or one of the figures they add up, is wrong"),
        "nl": said("rij {row}: de totalen zijn het oneens over het aantal van {period} dat als {printed} niet "
                   "gegeven is: {says_low_nl}, maar {says_high_nl} — ",
                   "het kan niet allebei: een van deze totalen, of een van de cijfers die ze optellen, klopt niet"),
    },
    # Totals with several withheld parts each that admit no values of them together.
    "none": {
        "en": said("row {row}: no values of the withheld counts {printed} make every total of the table hold: each "
                   "total holds alone, but together they are {gap} off ({off}) — ",
                   "the withheld counts are numbers, whatever they are: one of these totals, or one of the figures "
                   "they add up, is wrong"),
        "nl": said("rij {row}: geen waarden van de niet gegeven aantallen {printed_nl} laten elk totaal van de tabel "
                   "kloppen: elk totaal klopt op zich, maar samen zitten ze er {gap} naast ({off_nl}) — ",
                   "de niet gegeven aantallen zijn getallen, welke ook: een van deze totalen, of een van de cijfers "
                   "die ze optellen, klopt niet"),
    },
}


@rule("OK106", "totals-disagree", "error", MESSAGES)
def check(answer, context):
    disagreements = withheld_disagreements(answer)
    said_of = {id(d.withheld) for d in disagreements}
    for conflict in joint_ranges(answer).conflicts:
        if said_of & {id(w) for w in conflict.withheld}:
            continue  # (two totals that each leave one of them one value already say so)
        yield _none(conflict, answer)
    for d in disagreements:
        w = d.withheld
        yield Hit(
            line=w.line, table=d.table, period=w.period, province=w.province, training_code=w.code,
            label=finding_label(w), page=w.page,
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


def _none(conflict: Conflict, answer) -> Hit:
    """The finding of a group of withheld counts no values of which make its totals hold: at the
    first count, naming each and the totals the nearest values leave off (by how much)."""
    w = conflict.withheld[0]
    table = next((t for t in answer.tables if any(x is w for x in t.withheld)), None)
    printed = _some([f"{x.text} ({x.code or x.province or x.label or '?'} {x.period})" for x in conflict.withheld], "en")
    printed_nl = _some([f"{x.text} ({x.code or x.province or x.label or '?'} {x.period})" for x in conflict.withheld], "nl")
    return Hit(
        line=w.line, table=table, period=w.period, province=w.province, training_code=w.code,
        label=finding_label(w), page=w.page, variant="none",
        difference=conflict.gap or None,
        args={"row": w.code or w.province or w.label or "?", "printed": printed, "printed_nl": printed_nl,
              "gap": conflict.gap,
              "off": _some([f"{tc.name('en')} is {tc.total.count}, {n} off" for tc, n in conflict.totals], "en", "; ")
              or "the solver gave no nearest values",
              "off_nl": _some([f"{tc.name('nl')} is {tc.total.count}, {n} ernaast" for tc, n in conflict.totals], "nl", "; ")
              or "de solver gaf geen dichtste waarden"},
    )


#: How many withheld counts or totals a message names at most (a long table's may be hundreds).
NAMED = 5


def _some(items: list[str], lang: str, sep: str = ", ") -> str:
    """`items` joined, the first :data:`NAMED` of them and how many more."""
    if len(items) <= NAMED:
        return sep.join(items)
    more = len(items) - NAMED
    return sep.join(items[:NAMED]) + (f"{sep}and {more} more" if lang == "en" else f"{sep}en nog {more}")
