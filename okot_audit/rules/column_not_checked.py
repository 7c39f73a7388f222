"""A table prints columns of shares, changes or averages beside its counts; they are not checked.

## What it does
Reports, once per table, the columns that hold no counts — a share of the total (`Aandeel
2021`, `%`), a change (`Evolutie`, `+4,1%`, `Verschil`) or an average (`Gemiddelde`) — with
the header's words for them and the first values. Rows of such values (`Gemiddelde`,
`Mediaan`, `Aandeel vrouwen (%)` below the total) and rows that count a subset of the line
above them (`waarvan 25-54 jaar` below `Totaal`) are reported the same way: they are no parts
of what the table's total adds up. The counts beside them are read and checked
as in any table; these values are not read as cells. A value with a form of its own (`27,7%`,
`+33`) is known by it; a plain figure (`Verschil` over `… 529 510 19`) by the header's order of
columns, where the row prints every column.

## Why it matters
A percentage is no count of persons: no total holds over it, and read as a count it would make
a row look like it has more periods than its table. Saying that these columns were seen but
not checked keeps every number of the table accounted for: the reader of the answer knows
which figures okot-audit vouches for and which it left alone.

## Example
```
Provincie 2020 2021 Aandeel 2021
Antwerpen 812 845 27,7%
Limburg 402 398 13,0%
Totaal 1.214 1.243 100%
```
The counts of 2020 and 2021 are checked; the column `Aandeel 2021` is reported as not checked.
"""

from __future__ import annotations

from okot_audit.rules._issues import issue_hits
from okot_audit.rules.base import rule

MESSAGES = {
    "shares": {
        "en": "{table_name} also prints values that are no counts ('{text}': {other}), "
              "{lines}: shares, changes or averages, not read as cells and not checked; its counts "
              "are checked as usual",
        "nl": "{table_name_nl} drukt ook waarden af die geen aantallen zijn ('{text}': {other}), "
              "{lines_nl}: aandelen, wijzigingen of gemiddelden, niet als cel gelezen en niet gecontroleerd; "
              "de aantallen ervan worden zoals altijd gecontroleerd",
    },
    "subset-rows": {
        "en": "{table_name} also prints rows that count only some of the persons of a line above them "
              "('{text}': {other}), {lines}: a subset of that line ('waarvan …'), no part of what "
              "the table's total adds up — not read as cells and not checked; its counts are checked as usual",
        "nl": "{table_name_nl} drukt ook rijen af die maar een deel van de personen van een regel erboven tellen "
              "('{text}': {other}), {lines_nl}: een deelverzameling van die regel ('waarvan …'), geen "
              "deel van wat het totaal van de tabel optelt — niet als cel gelezen en niet gecontroleerd; de aantallen "
              "ervan worden zoals altijd gecontroleerd",
    },
    "statistic-rows": {
        "en": "{table_name} also prints rows of values that are no counts ('{text}': {other}), "
              "{lines}: shares, averages or medians over its rows, no part of what its total adds up — "
              "not read as cells and not checked; its counts are checked as usual",
        "nl": "{table_name_nl} drukt ook rijen af met waarden die geen aantallen zijn ('{text}': {other}), "
              "{lines_nl}: aandelen, gemiddelden of medianen over de rijen, geen deel van wat het totaal "
              "optelt — niet als cel gelezen en niet gecontroleerd; de aantallen ervan worden zoals altijd gecontroleerd",
    },
}


@rule("OK905", "column-not-checked", "info", MESSAGES)
def check(answer, context):
    yield from issue_hits(answer, "column-not-checked")
