"""A period the answer itself marks as partial or provisional.

## What it does
Reports every period of a table that the answer flags as incomplete: a footnote on a starred
year (`2022*`: "enkel cijfers … van de eerste jaarhelft"), or words around the table
("van januari 2020 tot en met oktober 2020", "voorlopige cijfers").

## Why it matters
A partial period is not comparable with full years: a reader who sees 2022 far below 2021 may
conclude a drop that is only half a year of data.

## Example
```
Unieke cursisten met uitgevoerde, geslaagde OKOT'(s) 2018 2019 2020 2021 2022*
*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.
```
2022 is partial: do not compare it with full years.
"""

from __future__ import annotations

from okot_audit.i18n import READER_WORDS
from okot_audit.rules.base import Hit, rule, said

MESSAGES = {
    "default": {
        "en": said("period {period} of {whole_table} is partial — the answer says: \"{note}\"; ",
                   "do not compare it with full periods"),
        "nl": said("periode {period} van {whole_table} is onvolledig — het antwoord zegt: \"{note}\"; ",
                   "vergelijk ze niet met volledige periodes"),
    },
    "unexplained": {
        "en": said("period {period} of {whole_table} is marked {stars} but no footnote explains the mark; ",
                   "read it as partial and do not compare it with full periods"),
        "nl": said("periode {period} van {whole_table} is gemarkeerd met {stars}, maar geen voetnoot verklaart dat "
                   "teken; ",
                   "lees ze als onvolledig en vergelijk ze niet met volledige periodes"),
    },
}


@rule("OK301", "partial-period", "info", MESSAGES)
def check(answer, context):
    for table in answer.tables:
        for period in table.periods:
            if period.partial:
                unexplained = READER_WORDS["unexplained-star"][0].match(period.note or "")
                yield Hit(
                    line=period.line or table.header_line, table=table, period=period.label,
                    variant="unexplained" if unexplained else "default",
                    args={"note": period.note or "", "stars": unexplained["stars"] if unexplained else ""},
                )
