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
their sector is checked too; a name that may be any of several programmes (`Verpleegkunde`) is
checked when none of them is of the answer's sector (where some are, `code-unknown` says the
sector was not checked).

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

from okot_audit.patterns import sector_parts
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
    # a programme's name that may be any of several programmes, all outside the sector
    "names": {
        "en": said("the programme '{label}' may be {programme} by the catalogue — each of sector {code_sector} — "
                   "but the answer is about sector {sector}; ",
                   "whichever it is, its {counts} do not belong in this table"),
        "nl": said("de opleiding '{label}' kan volgens de catalogus {programme_nl} zijn — elk van de sector "
                   "{code_sector_nl} — maar het antwoord gaat over de sector {sector}; ",
                   "welke ook, die {counts_nl} horen niet in deze tabel"),
    },
    "names_block": {
        "en": said("the programme '{label}' may be {programme} by the catalogue — each of sector {code_sector} — "
                   "but it stands in the block of sector {sector}; ",
                   "whichever it is, its {counts} are counted in the wrong subtotal"),
        "nl": said("de opleiding '{label}' kan volgens de catalogus {programme_nl} zijn — elk van de sector "
                   "{code_sector_nl} — maar staat in het blok van de sector {sector}; ",
                   "welke ook, die {counts_nl} tellen mee in het verkeerde subtotaal"),
    },
}


@rule("OK202", "code-outside-sector", "error", MESSAGES)
def check(answer, context):
    answer_sector = context.sector or answer.sector
    catalogue = context.catalogue
    for table, cell in rows_once(answer.tables):
        key = table.row_key(cell)
        if key not in ("code", "programme"):
            continue  # (a row of a province, a category of persons, what the table counts)
        # (a block named otherwise, ``Subtotaal bachelors``, groups rows of the answer's sector)
        block = cell.block if cell.block and catalogue.is_sector(cell.block) else None
        sector = block or answer_sector
        if not sector:
            continue
        parts = sector_parts(sector)  # (an answer about several sectors together, ``zorg en welzijn``, holds codes of each)
        several = False
        if key == "code":
            entry = catalogue.get(cell.code)
            if entry is None or catalogue.covers(parts, entry.sector):
                continue
            programmes, sectors = [entry.programme or entry.label], [entry.sector]
        else:
            # a programme's name: every programme it may be outside the sector (``Verpleegkunde``,
            # the professional bachelor's or the graduate's, both zorg) — where only some are,
            # code-unknown says the sector was not checked
            named = catalogue.named(cell.label)
            if named.agree(lambda e: catalogue.covers(parts, e.sector)) is not False:
                continue
            programmes = list(dict.fromkeys(e.programme or e.label for e in named.entries))
            sectors = list(dict.fromkeys(e.sector for e in named.entries))
            several = len(programmes) > 1
        if cell.code:
            variant = "block" if block else "default"
        else:
            variant = ("names_block" if block else "names") if several else ("name_block" if block else "name")
        yield Hit(
            line=cell.line, table=table, province=cell.province, training_code=cell.code,
            label=None if cell.code else cell.label, variant=variant,  # (a name's row in a province's block too)
            args={"programme": " or ".join(programmes), "code_sector": " or ".join(sectors), "sector": sector,
                  "programme_nl": " of ".join(programmes), "code_sector_nl": " of ".join(sectors), **row_counts(table)},
        )
