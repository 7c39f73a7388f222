"""A table region, or part of it, could not be read.

## What it does
Reports where the reader met a table (training-code rows) it could not turn into cells: a
table whose header names no period and whose text names no year, a row without counts at the
end of its last line, a total line without numbers, a province block without its closing
`Totaal <province>` line. The rest of the answer is still read and checked.

## Why it matters
Figures that could not be read are figures nobody checked. The finding says where and why,
and lists the numbers involved, so nothing disappears silently.

## Example
```
Provincie Opleiding Aantal
900123: Tweedekansonderwijs zorgkundige - 1ste jaar 19
```
with no year in the header nor in the text before it: the table is not read.
"""

from __future__ import annotations

from okot_audit.rules._issues import issue_hits
from okot_audit.rules.base import rule

MESSAGES = {
    "en": "cannot read table '{table_id}' here: {detail} (numbers involved: {numbers})",
    "nl": "tabel '{table_id}' is hier niet te lezen: {detail} (betrokken getallen: {numbers})",
}


@rule("OK901", "unreadable-table", "error", MESSAGES)
def check(answer, context):
    yield from issue_hits(answer, "unreadable-table")
