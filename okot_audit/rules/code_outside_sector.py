"""A training code belongs, by the catalogue, to another sector than the answer's.

## What it does
Takes the answer's sector from its title (`Onderwijssector` → onderwijs, `Zorgsector` →
zorg; overridable with `--sector`) and checks every row's training code against the sector
the catalogue gives it.

## Why it matters
The question asks about one sector; a row from another sector inflates the figures the reader
takes away (a nursing programme counted among future teachers). It is usually a wrong code or
a row copied from another answer.

## Example
In an answer titled `… - Onderwijssector`:
```
900611: Professionele bachelor verpleegkunde - 1ste jaar 59
```
`900611` is a zorg programme. Use instead: only `9080xx` teacher-training codes.
"""

from __future__ import annotations

from okot_audit.rules._rows import printed_rows
from okot_audit.rules.base import Hit, rule

MESSAGES = {
    "en": "training code {code} ({programme}) belongs to sector {code_sector}, but the answer is "
          "about sector {sector}; its persons do not belong in this table",
    "nl": "opleidingscode {code} ({programme}) hoort bij de sector {code_sector}, maar het antwoord "
          "gaat over de sector {sector}; die personen horen niet in deze tabel",
}


@rule("OK202", "code-outside-sector", "error", MESSAGES)
def check(answer, context):
    sector = context.sector or answer.sector
    if not sector:
        return
    for table in answer.tables:
        for cell in printed_rows(table):
            entry = context.catalogue.get(cell.code)
            if entry is not None and entry.sector != sector:
                yield Hit(
                    line=cell.line, table=table, province=cell.province, training_code=cell.code,
                    args={"programme": entry.programme or entry.label, "code_sector": entry.sector, "sector": sector},
                )
