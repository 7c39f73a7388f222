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

A row that prints a programme's name without a code (`Graduaat orthopedagogie 118 131`) is
matched to the catalogue's programmes by name (`code-outside-sector`, `stage-not-final`): its
words in order, abbreviations written out (`Bach.`, `Pba`), or its usual short name — without
the form of education (`Tweedekansonderwijs`, `Graduaat in de`, `Se-n-se`), its stage
(`- 1ste jaar`) and how it is taught (`(avondonderwijs)`), in any case and accents, `zorgkundige`
as `zorgkunde` (`Zorgkundige`, `Graduaat in de verpleegkunde`). Where the answer (or the row's
sector block) is about one sector and the catalogue knows no programme of that name even so,
this rule says so as information: the reader then knows that row's sector and stage were not
checked — a new programme, or a name the catalogue spells otherwise (add it, with its code, to an
extra catalogue). A row that names what is counted (`Gestart`), a category of persons (`Man`,
`Onbekend`) or a place is no programme — unless it begins with a form of education (`Graduaat
in de verpleegkunde voor werkzoekenden`).
"""

from __future__ import annotations

from okot_audit.catalogue import name_core, name_words
from okot_audit.parse.context import only_measure, sector_parts
from okot_audit.parse.regions import province_name
from okot_audit.parse.words import OTHER_PLACES, partition_of, unit_of
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
    # A programme's name without a code, which no programme of the catalogue has (info).
    "name": {
        "en": said("the programme '{label}' is not in the catalogue under this name; ",
                   "whether it belongs to sector {sector} was not checked"),
        "nl": said("de opleiding '{label}' staat niet onder deze naam in de catalogus; ",
                   "of ze bij de sector {sector} hoort, is niet nagegaan"),
    },
    # ... in a graduates table: whether it can end its programme is not known either
    "name-graduated": {
        "en": said("the programme '{label}' is not in the catalogue under this name; ",
                   "neither whether it belongs to sector {sector} nor whether it can end its programme was checked"),
        "nl": said("de opleiding '{label}' staat niet onder deze naam in de catalogus; ",
                   "of ze bij de sector {sector} hoort en of ze een opleiding kan afsluiten, is niet nagegaan"),
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
    for table, cell in rows_once(answer.tables):
        if not cell.code:
            yield from _unknown_name(table, cell, catalogue, answer_sector)
            continue
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


def _unknown_name(table, cell, catalogue, answer_sector: str | None):
    """The row of a programme's name the catalogue knows no programme of, in an answer (or a
    sector block) about one sector: info, its sector and stage not checked."""
    if (table.layout.rows != "programme" or not cell.label or not _names_a_programme(cell.label)
            or catalogue.by_name(cell.label) is not None):
        return
    block = cell.block if cell.block and catalogue.is_sector(cell.block) else None
    sector = block or answer_sector
    if not sector or len(sector_parts(sector)) != 1:
        return  # (an answer about no sector, or several together: nothing to check the name against)
    yield Hit(
        line=cell.line, table=table, province=cell.province, label=cell.label, severity="info",
        variant="name-graduated" if table.measure == "graduated" else "name", args={"sector": sector},
    )


def _names_a_programme(label: str) -> bool:
    """Whether a row's label without a code may name a programme: one that begins with a form
    of education (:data:`~okot_audit.catalogue.NAME_FORMS`: ``Graduaat in de verpleegkunde voor
    werkzoekenden``) does, whatever its words; else not what the table counts (``Gestart``,
    ``Geslaagd``, ``Inschrijvingen``), a category of persons (``Man``, ``-25 jaar``,
    ``Onbekend``, ``Overige``), a province or a place besides them (``Wallonië``)."""
    if name_core(name_words(label))[1]:
        return True
    return not (only_measure(label) != "unknown" or unit_of(label) or partition_of(label)
                or province_name(label) or OTHER_PLACES.match(label))
