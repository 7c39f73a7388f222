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
extra catalogue). A name that may be any of several programmes (`Verpleegkunde`: the
professional bachelor's or the graduate's; `Bachelor kleuteronderwijs - 2de jaar`: year 2 of
the three-year bachelor or of the shortened one) is checked where they all agree on what a
check needs; where they differ — some of the answer's sector and some not, or, among
graduates, some stages that can end their programme and some that cannot — this rule says so
once, as information, naming them. A row the reader found to name what is counted (`Gestart`,
`Opleiding voor starters`), a category of persons (`Man`, `Onbekend`) or a place is no
programme — unless it begins with a form of education (`Graduaat in de verpleegkunde voor
werkzoekenden`).

A row without a code among rows with codes (`Bachelor kinderzorg 18` among `900611:
Verpleegkunde 12`) is checked by its name as such rows are (`code-outside-sector` where the
catalogue's programme of that name is of another sector). Where no programme of the catalogue
has that name, this rule warns, as for an unknown code: nothing about the row could be
verified, and its code may have been lost.
"""

from __future__ import annotations

from okot_audit.patterns import sector_parts
from okot_audit.rules._rows import rows_once
from okot_audit.rules.base import Hit, rule, said

MESSAGES = {
    "family": {
        "en": said("training code {code} is not in the catalogue; its prefix {prefix} suggests {family}, in sector "
                   "{family_sector} — ",
                   "its programme and stage were not verified: check the code, or add it to an extra catalogue"),
        "nl": said("opleidingscode {code} staat niet in de catalogus; het voorvoegsel {prefix} wijst op {family}, "
                   "in de sector {family_sector} — ",
                   "opleiding en fase zijn niet nagegaan: controleer de code of voeg ze toe aan een extra catalogus"),
    },
    "family_elsewhere": {
        "en": said("training code {code} is not in the catalogue; its prefix {prefix} suggests {family}, "
                   "in sector {family_sector}, not {where_sector} {sector} — ",
                   "likely a row of another answer, or a mistyped code: check the code, or add it to an extra "
                   "catalogue"),
        "nl": said("opleidingscode {code} staat niet in de catalogus; het voorvoegsel {prefix} wijst op "
                   "{family}, in de sector {family_sector}, niet {where_sector_nl} {sector} — ",
                   "wellicht een rij uit een ander antwoord of een verkeerd getypte code: controleer de code of voeg "
                   "ze toe aan een extra catalogus"),
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
    # A programme's name that may be any of several programmes of the catalogue, which differ in
    # what a check needs (info): that check is not made.
    "several-sectors": {
        "en": said("the programme '{label}' may be any of {count} programmes of the catalogue — {candidates} — "
                   "some of sector {sector} and some not; ",
                   "whether it belongs to sector {sector} was not checked — the answer's code or full name "
                   "would tell"),
        "nl": said("de opleiding '{label}' kan volgens de catalogus elk van {count} opleidingen zijn "
                   "— {candidates_nl} — sommige van de sector {sector} en sommige niet; ",
                   "of ze bij de sector {sector} hoort, is niet nagegaan — de code of de volledige naam zou het "
                   "zeggen"),
    },
    "several-stages": {
        "en": said("the programme '{label}' may be any of {count} stages of the catalogue — {candidates} — "
                   "some of which can end their programme and some not; ",
                   "whether it may stand among graduates was not checked — the answer's code or full name "
                   "would tell"),
        "nl": said("de opleiding '{label}' kan volgens de catalogus elk van {count} fasen zijn — {candidates_nl} — "
                   "waarvan sommige een opleiding kunnen afsluiten en sommige niet; ",
                   "of ze bij de geslaagden mag staan, is niet nagegaan — de code of de volledige naam zou het "
                   "zeggen"),
    },
    "several-both": {
        "en": said("the programme '{label}' may be any of {count} stages of the catalogue — {candidates} — "
                   "some of sector {sector} and some not, some of which can end their programme and some not; ",
                   "neither whether it belongs to sector {sector} nor whether it may stand among graduates was "
                   "checked — the answer's code or full name would tell"),
        "nl": said("de opleiding '{label}' kan volgens de catalogus elk van {count} fasen zijn — {candidates_nl} — "
                   "sommige van de sector {sector} en sommige niet, waarvan sommige een opleiding kunnen afsluiten "
                   "en sommige niet; ",
                   "of ze bij de sector {sector} hoort en of ze bij de geslaagden mag staan, is niet nagegaan — de "
                   "code of de volledige naam zou het zeggen"),
    },
    # A row without a code among coded rows, whose name no programme of the catalogue has.
    "name-among-codes": {
        "en": said("the row '{label}' has no training code, unlike the other rows of its table, and no programme "
                   "of the catalogue has this name; ",
                   "its sector and stage cannot be verified — check whether its code was lost, or add the "
                   "programme to an extra catalogue"),
        "nl": said("de rij '{label}' heeft geen opleidingscode, anders dan de andere rijen van haar tabel, en geen "
                   "opleiding van de catalogus heeft deze naam; ",
                   "sector en fase zijn niet na te gaan — controleer of haar code verloren ging, of voeg de "
                   "opleiding toe aan een extra catalogus"),
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
    sector block) about one sector: info, its sector and stage not checked. A name that may be
    any of several programmes (``Verpleegkunde``) is said where they differ in what a check
    needs — some of the answer's sector and some not, or, among graduates, some stages that can
    end their programme and some that cannot: info, that check not made."""
    if table.row_key(cell) != "programme":
        return  # (a row of what the table counts, a category of persons, a place: no programme)
    named = catalogue.named(cell.label)
    if len(named) == 1:
        return
    block = cell.block if cell.block and catalogue.is_sector(cell.block) else None
    sector = block or answer_sector
    if named:
        parts = sector_parts(sector) if sector else ()
        open_sector = bool(parts) and named.agree(lambda e: catalogue.covers(parts, e.sector)) is None
        open_stage = table.measure == "graduated" and named.stage and named.agree(lambda e: e.can_be_final) is None
        if not (open_sector or open_stage):
            return
        if named.stage:
            candidates = [f"{e.code}: {e.label or e.programme}" for e in named.entries]
        else:
            candidates = [f"{e.programme or e.label} ({e.sector})" for e in named.entries]
        yield Hit(
            line=cell.line, table=table, province=cell.province, label=cell.label, severity="info",
            variant="several-both" if open_sector and open_stage else "several-sectors" if open_sector
            else "several-stages",
            args={"sector": sector, "count": len(named),
                  "candidates": " or ".join(candidates), "candidates_nl": " of ".join(candidates)},
        )
        return
    if table.layout.rows == "code":  # (a row without its code among coded rows: as an unknown code)
        yield Hit(line=cell.line, table=table, province=cell.province, label=cell.label, variant="name-among-codes")
        return
    if not sector or len(sector_parts(sector)) != 1:
        return  # (an answer about no sector, or several together: nothing to check the name against)
    yield Hit(
        line=cell.line, table=table, province=cell.province, label=cell.label, severity="info",
        variant="name-graduated" if table.measure == "graduated" else "name", args={"sector": sector},
    )
