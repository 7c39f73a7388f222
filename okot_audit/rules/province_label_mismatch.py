"""A floating province label contradicts the block's closing `Totaal <province>` line.

## What it does
In province tables, the province of a block is the one its closing `Totaal <province>` line
names; the province label that floats somewhere in the block (alone, glued to a row, or broken
over lines as `Oost-` / `Vlaandere` / `n`) should say the same. This rule reports a label that
names another province.

## Why it matters
When label and subtotal disagree, the reader cannot be sure which province the block's rows
belong to — rows may have been moved between blocks.

## Example
```
900611: Professionele bachelor verpleegkunde - 1ste jaar 35
Limburg
Totaal Antwerpen 35
```
"""

from __future__ import annotations

from okot_audit.rules._issues import issue_hits
from okot_audit.rules.base import rule, said

MESSAGES = {
    "label-differs": {
        "en": said("the province named inside this block, {other}, is not the one its closing line names ('Totaal "
                   "{province}', {line_word} {other_line}); its rows are counted for {province} — ",
                   "check which province they belong to"),
        "nl": said("de provincie die in dit blok genoemd wordt, {other}, is niet die van de afsluitende regel "
                   "('Totaal {province}', {line_word} {other_line}); de rijen worden bij {province} geteld — ",
                   "ga na bij welke provincie ze horen"),
    },
}


@rule("OK904", "province-label-mismatch", "warning", MESSAGES)
def check(answer, context):
    yield from issue_hits(answer, "province-label-mismatch")
