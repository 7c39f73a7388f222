"""A graduates table lists a code that cannot end a programme.

## What it does
In tables of graduates (`Unieke cursisten met uitgevoerde, geslaagde OKOT'(s)`), checks that
every training code is one the catalogue marks as a possible final stage: the last year of a
programme, a one-year programme, a final module or an individual track.

Rows that print a programme's name without a code are checked when the name says the stage
as a code's label does (`Educatieve bachelor voor kleuteronderwijs - 1ste jaar`, `- eerste
jaar`), also with the programme's name shortened (`Bachelor verpleegkunde 1ste jaar`); a
programme's name alone (`Graduaat orthopedagogie`) says no stage. A stage of a name that may be
any of several programmes (`Verpleegkunde - 1ste jaar`: 900611 or 900711) is reported when
none of them can end its programme (where some can, `code-unknown` says it was not checked);
a stage the catalogue gives by its year and not in its label is that year (`Verkorte educatieve
bacheloropleiding - 1ste jaar` is 908018, which can end its programme). A programme the
catalogue does not know is checked by the table itself: a year of it listed beside a later year of the
same programme (`Bachelor kinderzorg - 1ste jaar` above `Bachelor kinderzorg - 3de jaar`) is
no final year.

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

from typing import TYPE_CHECKING

from okot_audit.catalogue import split_stage
from okot_audit.rules._rows import rows_once
from okot_audit.rules.base import Hit, rule, said

if TYPE_CHECKING:  # pragma: no cover
    from okot_audit.tables import Cell

MESSAGES = {
    "default": {
        "en": said("training code {code} ({stage}) cannot be a final stage, yet it stands in a graduates table; ",
                   "only final years end in a diploma, so these figures count no graduates — a wrong stage, or a row "
                   "of another table"),
        "nl": said("opleidingscode {code} ({stage_nl}) kan geen eindfase zijn, maar staat in een tabel van "
                   "geslaagden; ",
                   "enkel finaliteitsjaren leiden tot een diploma, dus tellen die cijfers geen geslaagden — een "
                   "verkeerde fase of een rij uit een andere tabel"),
    },
    "later-year": {
        "en": said("the programme '{label}' is year {year} of a programme whose year {last} the table lists too "
                   "('{last_label}', line {last_line}), so it cannot be a final stage, yet it stands in a graduates "
                   "table; ",
                   "only final years end in a diploma, so these figures count no graduates — a wrong stage, or a row "
                   "of another table"),
        "nl": said("de opleiding '{label}' is jaar {year} van een opleiding waarvan de tabel ook jaar {last} geeft "
                   "('{last_label}', regel {last_line}), dus kan ze geen eindfase zijn, maar ze staat in een tabel "
                   "van geslaagden; ",
                   "enkel finaliteitsjaren leiden tot een diploma, dus tellen die cijfers geen geslaagden — een "
                   "verkeerde fase of een rij uit een andere tabel"),
    },
    "name": {
        "en": said("the programme '{label}' is {stage} by the catalogue (code {code}), which cannot be a "
                   "final stage, yet it stands in a graduates table; ",
                   "only final years end in a diploma, so these figures count no graduates — a wrong stage, or a row "
                   "of another table"),
        "nl": said("de opleiding '{label}' is volgens de catalogus {stage_nl} (code {code}), wat geen "
                   "eindfase kan zijn, maar ze staat in een tabel van geslaagden; ",
                   "enkel finaliteitsjaren leiden tot een diploma, dus tellen die cijfers geen geslaagden — een "
                   "verkeerde fase of een rij uit een andere tabel"),
    },
    # a stage of a programme's name that may be any of several programmes, none of which can end there
    "names": {
        "en": said("the programme '{label}' may be {stage} of {programme} by the catalogue (code {code}), none "
                   "of which can be a final stage, yet it stands in a graduates table; ",
                   "only final years end in a diploma, so these figures count no graduates — a wrong stage, or a row "
                   "of another table"),
        "nl": said("de opleiding '{label}' kan volgens de catalogus {stage_nl} van {programme_nl} zijn (code "
                   "{code_nl}), wat telkens geen eindfase kan zijn, maar ze staat in een tabel van geslaagden; ",
                   "enkel finaliteitsjaren leiden tot een diploma, dus tellen die cijfers geen geslaagden — een "
                   "verkeerde fase of een rij uit een andere tabel"),
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
    last_years: dict[int, dict[str, tuple[int, Cell]]] = {}  # per table: each programme's last year listed
    for table, cell in rows_once(t for t in answer.tables if t.measure == "graduated"):
        key = table.row_key(cell)
        if key == "code":
            entry = catalogue.get(cell.code)
            if entry is not None and not entry.can_be_final:
                yield Hit(
                    line=cell.line, table=table, province=cell.province, training_code=cell.code,
                    args={"stage": f"{entry.programme}, {entry.stage_text}",
                          "stage_nl": f"{entry.programme}, {stage_nl(entry)}"},
                )
            continue
        if key != "programme":
            continue  # (a row of a province, a category of persons, what the table counts)
        named = catalogue.named(cell.label)
        if not named:  # a programme the catalogue does not know: the table's own later year says it
            later = _later_year(cell, last_years.setdefault(id(table), _last_years(table)))
            if later is not None:
                year, last = later
                yield Hit(
                    line=cell.line, table=table, province=cell.province, label=cell.label, variant="later-year",
                    args={"year": year, "last": last[0], "last_label": last[1].label, "last_line": last[1].line},
                )
            continue
        # (a programme's name alone says no stage; a stage of several programmes is checked where
        # none of them can end its programme — where some can, code-unknown says it was not checked)
        if not named.stage or named.agree(lambda e: e.can_be_final) is not False:
            continue
        yield Hit(
            line=cell.line, table=table, province=cell.province, label=cell.label,
            variant="names" if len(named) > 1 else "name",
            args={"code": " or ".join(e.code for e in named.entries),
                  "stage": " or ".join(dict.fromkeys(e.stage_text for e in named.entries)),
                  "stage_nl": " of ".join(dict.fromkeys(stage_nl(e) for e in named.entries)),
                  "code_nl": " of ".join(e.code for e in named.entries),
                  "programme": " or ".join(dict.fromkeys(e.programme or e.label for e in named.entries)),
                  "programme_nl": " of ".join(dict.fromkeys(e.programme or e.label for e in named.entries))},
        )


def _last_years(table) -> "dict[str, tuple[int, Cell]]":
    """The last year of each programme whose rows name their year (``… - 3de jaar``), with the
    row that names it."""
    last: dict[str, tuple[int, Cell]] = {}
    for cell in table.rows():
        split = split_stage(cell.label or "")
        if split is not None and split[1] > last.get(split[0], (0, cell))[0]:
            last[split[0]] = (split[1], cell)
    return last


def _later_year(cell, last: "dict[str, tuple[int, Cell]]") -> "tuple[int, tuple[int, Cell]] | None":
    """The year `cell`'s row names and its programme's later year listed, when there is one."""
    split = split_stage(cell.label or "")
    if split is None or split[0] not in last or last[split[0]][0] <= split[1]:
        return None
    return split[1], last[split[0]]
