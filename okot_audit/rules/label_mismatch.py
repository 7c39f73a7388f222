"""A row's label differs from the catalogue's label for the same code.

## What it does
Compares the label printed after each training code with the catalogue's label for that
code, ignoring case, spacing and punctuation.

## Why it matters
The code and the label should name the same programme stage. When they differ, one of them is
wrong: a code typed for a neighbouring stage (`908012` for `908013`) shifts persons to another
year of the programme without breaking any total.

## Example
```
908013: Educatieve bachelor voor lager onderwijs - 1ste jaar 30
```
The catalogue says `908013` is "… lager onderwijs - 3de jaar". Use instead: the code of the
first year, `908011`, or the label of the third.
"""

from __future__ import annotations

from okot_audit.catalogue import same_label
from okot_audit.rules._rows import rows_once
from okot_audit.rules.base import Hit, rule, said

MESSAGES = {
    "en": said("the label of training code {code} reads '{label}', but the catalogue says '{expected}'; ",
               "the code or the label is wrong"),
    "nl": said("het label bij opleidingscode {code} luidt '{label}', maar de catalogus zegt '{expected}'; ",
               "de code of het label klopt niet"),
}


@rule("OK205", "label-mismatch", "warning", MESSAGES)
def check(answer, context):
    for table, cell in rows_once(answer.tables, coded=True):
        entry = context.catalogue.get(cell.code)
        # (a code printed alone, as a column's name of a table on its side, has no label to differ)
        if entry is not None and entry.label and cell.label and not same_label(entry.label, cell.label):
            yield Hit(
                line=cell.line, table=table, province=cell.province, training_code=cell.code,
                args={"label": cell.label, "expected": entry.label},
            )
