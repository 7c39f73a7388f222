"""A training code belongs, by the catalogue, to another sector than the answer's.

## What it does
Takes the answer's sector from its title (`Onderwijssector` → onderwijs, `Zorgsector` →
zorg, `OKOT's in de zorg` → zorg; `de zorg- en welzijnssector` → zorg and welzijn, a code of
either belonging), else from the text before its first table when that names one sector and no other
(`… startte in de onderwijssector`; overridable with `--sector`), and checks every row's
training code against the sector the catalogue gives it. Sectors the catalogue files as one
(`schemas/sectors.csv`: VDAB's catalogue files care and welfare together, so a welfare answer's
`Welzijnssector` holds the codes it files under zorg) are one sector here too. In a table of sector blocks (`Zorg` … `Subtotaal zorg 1.121`) a row
is checked against its own block's sector; a block named otherwise (`Subtotaal bachelors`)
groups rows of the answer's sector. Rows that print a programme name without a code
(`Graduaat orthopedagogie 118 131`) are matched to the catalogue's programmes by name, so
their sector is checked too.

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

from okot_audit.parse.context import sector_parts
from okot_audit.rules._rows import rows_once
from okot_audit.rules.base import Hit, rule, said
from okot_audit.totals import row_counts

MESSAGES = {
    "default": {
        "en": said("training code {code} ({programme}) belongs to sector {code_sector}, but the answer is about "
                   "sector {sector}; ",
                   "its {counts} do not belong in this table"),
        "nl": said("opleidingscode {code} ({programme}) hoort bij de sector {code_sector}, maar het antwoord gaat "
                   "over de sector {sector}; ",
                   "die {counts_nl} horen niet in deze tabel"),
    },
    "block": {
        "en": said("training code {code} ({programme}) belongs to sector {code_sector}, but it stands in the block "
                   "of sector {sector}; ",
                   "its {counts} are counted in the wrong subtotal"),
        "nl": said("opleidingscode {code} ({programme}) hoort bij de sector {code_sector}, maar staat in het blok "
                   "van de sector {sector}; ",
                   "die {counts_nl} tellen mee in het verkeerde subtotaal"),
    },
    "name": {
        "en": said("the programme '{label}' belongs to sector {code_sector} by the catalogue, but the answer is "
                   "about sector {sector}; ",
                   "its {counts} do not belong in this table"),
        "nl": said("de opleiding '{label}' hoort volgens de catalogus bij de sector {code_sector}, maar het "
                   "antwoord gaat over de sector {sector}; ",
                   "die {counts_nl} horen niet in deze tabel"),
    },
    "name_block": {
        "en": said("the programme '{label}' belongs to sector {code_sector} by the catalogue, but it stands in the "
                   "block of sector {sector}; ",
                   "its {counts} are counted in the wrong subtotal"),
        "nl": said("de opleiding '{label}' hoort volgens de catalogus bij de sector {code_sector}, maar staat in "
                   "het blok van de sector {sector}; ",
                   "die {counts_nl} tellen mee in het verkeerde subtotaal"),
    },
}


@rule("OK202", "code-outside-sector", "error", MESSAGES)
def check(answer, context):
    answer_sector = context.sector or answer.sector
    for table, cell in rows_once(answer.tables):
        if cell.code:
            entry = context.catalogue.get(cell.code)
        elif table.layout.rows == "programme":
            entry = context.catalogue.by_name(cell.label)
        else:
            continue
        # (a block named otherwise, ``Subtotaal bachelors``, groups rows of the answer's sector)
        block = cell.block if cell.block and context.catalogue.is_sector(cell.block) else None
        sector = block or answer_sector
        if entry is None or not sector or context.catalogue.covers(sector_parts(sector), entry.sector):
            continue  # (an answer about several sectors together, ``zorg en welzijn``, holds codes of each)
        variant = ("block" if block else "default") if cell.code else ("name_block" if block else "name")
        yield Hit(
            line=cell.line, table=table, province=cell.province, training_code=cell.code,
            label=None if cell.code or cell.province else cell.label, variant=variant,
            args={"programme": entry.programme or entry.label, "code_sector": entry.sector, "sector": sector,
                  **row_counts(table)},
        )

