"""A training code is not in the catalogue, so it cannot be verified.

## What it does
Looks up every row's training code in the catalogue (`schemas/codes.csv`, plus any extra
catalogue given with `--catalogue`). For a code it does not know, it says which family the
code's prefix suggests.

## Why it matters
Without the catalogue okot-audit cannot tell whether the code belongs to the answer's sector,
or whether it may stand in a graduates table. A new code may be fine — then add it to an
extra catalogue — but it may also be a typing error.

## Example
```
908099: Educatieve master - 1ste jaar 12
```
`908099` is unknown; its prefix `9080` suggests a teacher-training programme (onderwijs).
Where that family's sector is not the answer's (or its sector block's), the message says so:
a code of another sector's family in an answer about onderwijs is likely a code copied from
another answer or mistyped.
"""

from __future__ import annotations

from okot_audit.parse.context import sector_parts
from okot_audit.rules._rows import rows_once
from okot_audit.rules.base import Hit, rule, said

MESSAGES = {
    "family": {
        "en": said("training code {code} is not in the catalogue; its prefix {prefix} suggests {family}, in sector "
                   "{family_sector} — ",
                   "check the code, or add it to an extra catalogue"),
        "nl": said("opleidingscode {code} staat niet in de catalogus; het voorvoegsel {prefix} wijst op {family}, "
                   "in de sector {family_sector} — ",
                   "controleer de code of voeg ze toe aan een extra catalogus"),
    },
    "family_elsewhere": {
        "en": said("training code {code} is not in the catalogue; its prefix {prefix} suggests {family}, "
                   "in sector {family_sector}, not {where_sector} {sector} — ",
                   "check the code, or add it to an extra catalogue"),
        "nl": said("opleidingscode {code} staat niet in de catalogus; het voorvoegsel {prefix} wijst op "
                   "{family}, in de sector {family_sector}, niet {where_sector_nl} {sector} — ",
                   "controleer de code of voeg ze toe aan een extra catalogus"),
    },
    "default": {
        "en": said("training code {code} is not in the catalogue and its prefix matches no known family; ",
                   "its sector and stage cannot be verified"),
        "nl": said("opleidingscode {code} staat niet in de catalogus en het voorvoegsel past bij geen gekende "
                   "familie; ",
                   "sector en fase zijn niet na te gaan"),
    },
}


@rule("OK203", "code-unknown", "warning", MESSAGES)
def check(answer, context):
    catalogue = context.catalogue
    answer_sector = context.sector or answer.sector
    for table, cell in rows_once(answer.tables, coded=True):
        if cell.code in catalogue:
            continue
        family = catalogue.family(cell.code)
        if family is None:
            yield Hit(line=cell.line, table=table, province=cell.province, training_code=cell.code)
            continue
        # (as code-outside-sector: a sector's block, else the answer's sector)
        block = cell.block if cell.block and catalogue.is_sector(cell.block) else None
        sector = block or answer_sector
        elsewhere = sector is not None and not catalogue.covers(sector_parts(sector), family.sector)
        yield Hit(
            line=cell.line, table=table, province=cell.province, training_code=cell.code,
            variant="family_elsewhere" if elsewhere else "family",
            args={"prefix": family.prefix, "family": family.family, "family_sector": family.sector,
                  "sector": sector, "where_sector": "its block's sector" if block else "the answer's sector",
                  "where_sector_nl": "de sector van zijn blok" if block else "de sector van het antwoord"},
        )
