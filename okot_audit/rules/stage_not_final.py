"""A graduates table lists a code that cannot end a programme.

## What it does
In tables of graduates (`Unieke cursisten met uitgevoerde, geslaagde OKOT'(s)`), checks that
every training code is one the catalogue marks as a possible final stage: the last year of a
programme, a one-year programme, a final module or an individual track.

Rows that print a programme's name without a code are checked when the name says the stage
as a code's label does (`Educatieve bachelor voor kleuteronderwijs - 1ste jaar`, `- eerste
jaar`); a programme's name alone (`Graduaat orthopedagogie`) says no stage.

## Why it matters
Only the final year of a programme ends in a diploma ("enkel de finaliteitsjaren"); a first
year among graduates counts people who have not graduated, or is a wrong code. `908018` (the
shortened bachelor) is fine: it can be finished in one year.

## Example
```
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 12 18
```
in a graduates table: `908001` is year 1 of 3. Use instead: `908003` (3de jaar).
"""

from __future__ import annotations

from okot_audit.rules._rows import rows_once
from okot_audit.rules.base import Hit, rule, said

MESSAGES = {
    "default": {
        "en": said("training code {code} ({stage}) cannot be a final stage, yet it stands in a graduates table; ",
                   "only final years end in a diploma"),
        "nl": said("opleidingscode {code} ({stage_nl}) kan geen eindfase zijn, maar staat in een tabel van "
                   "geslaagden; ",
                   "enkel finaliteitsjaren leiden tot een diploma"),
    },
    "name": {
        "en": said("the programme '{label}' is {stage} by the catalogue (code {code}), which cannot be a "
                   "final stage, yet it stands in a graduates table; ",
                   "only final years end in a diploma"),
        "nl": said("de opleiding '{label}' is volgens de catalogus {stage_nl} (code {code}), wat geen "
                   "eindfase kan zijn, maar ze staat in een tabel van geslaagden; ",
                   "enkel finaliteitsjaren leiden tot een diploma"),
    },
}


def stage_nl(entry) -> str:
    """The catalogue's stage in Dutch: ``jaar 1 van 3``, ``individueel traject`` …"""
    if entry.stage == "year" and entry.year:
        return f"jaar {entry.year} van {entry.years}" if entry.years else f"jaar {entry.year}"
    return {"track": "individueel traject", "module": "module", "whole": "volledige opleiding"}.get(
        entry.stage, entry.stage)


@rule("OK204", "stage-not-final", "warning", MESSAGES)
def check(answer, context):
    catalogue = context.catalogue
    for table, cell in rows_once(t for t in answer.tables if t.measure == "graduated"):
        if cell.code:
            entry = catalogue.get(cell.code)
        elif table.layout.rows == "programme":
            entry = catalogue.named_stage(cell.label)  # (a programme's name alone says no stage)
        else:
            continue
        if entry is None or entry.can_be_final:
            continue
        if cell.code:
            yield Hit(
                line=cell.line, table=table, province=cell.province, training_code=cell.code,
                args={"stage": f"{entry.programme}, {entry.stage_text}",
                      "stage_nl": f"{entry.programme}, {stage_nl(entry)}"},
            )
        else:
            yield Hit(
                line=cell.line, table=table, province=cell.province, label=cell.label, variant="name",
                args={"code": entry.code, "stage": entry.stage_text, "stage_nl": stage_nl(entry)},
            )
