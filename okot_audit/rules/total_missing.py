"""A table has no total line, so its figures cannot be checked.

## What it does
Reports a table whose rows are not closed by a `Totaal` line (year tables) or an
`Eindtotaal` line (province tables). A table of one row has nothing to add up: it needs none.
What the message says of adding the rows up follows what they are: rows (or blocks) of unique
persons must not be added up (one person may stand in two); rows of events (enrolments) and
rows or blocks that are the categories of one attribute every person has once (`Man` /
`Vrouw`, age classes) may — but no stated total confirms them. A table whose closing total line
is there but could not be read (its figures fit no placement over the periods, or several, or
are more than the periods, or it has none: `Totaal 10000` under four years, a region's
`Vlaanderen 3.150` under provinces) is not said to have none: the error at that line says so,
and that the table's totals were not checked.

## Why it matters
Without a stated total nothing says how many unique persons the table covers, and none of the
totals rules can run. The reader cannot add up the rows either: persons may be counted twice.

## Example
```
Unieke cursisten met gestarte OKOT'(s) 2020 2021
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 138 102
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 54 94
```
Use instead: close the table with `Totaal 180 190`.
"""

from __future__ import annotations

from okot_audit.patterns import partition_of
from okot_audit.rules._issues import closing_total_unread
from okot_audit.rules.base import Hit, rule
from okot_audit.rules.parts_exceed_total import ATTRIBUTES, each_has
from okot_audit.totals import rows_unit, unit_forms

MESSAGES = {
    "default": {
        "en": "{table_name} has no {closing} line; how many unique persons it covers is not stated "
              "and its rows must not be added up",
        "nl": "{table_name} heeft geen {closing}-regel; hoeveel unieke personen ze telt staat nergens "
              "en de rijen mogen niet zomaar opgeteld worden",
    },
    # Rows, or blocks, that are the categories of one attribute of a person (``Man`` / ``Vrouw``):
    # a partition of its persons, which adds up, but no stated total confirms it.
    "partition": {
        "en": "{table_name} has no {closing} line; how many {unit} it covers in all is not stated — {each} one "
              "{attribute}, so its {parts} may be added up, but no stated total confirms them",
        "nl": "{table_name} heeft geen {closing}-regel; hoeveel {unit_nl} ze in totaal telt staat nergens — {each_nl} "
              "één {attribute_nl}, dus de {parts_nl} mogen opgeteld worden, maar geen totaal bevestigt ze",
    },
    # A table of events (enrolments …): its rows add up, but no stated total confirms them.
    "events": {
        "en": "{table_name} has no {closing} line; how many {unit} it counts in all is not stated, "
              "so no total confirms its rows",
        "nl": "{table_name} heeft geen {closing}-regel; hoeveel {unit_nl} ze in totaal telt staat nergens, "
              "dus geen totaal bevestigt de rijen",
    },
}


@rule("OK105", "total-missing", "warning", MESSAGES)
def check(answer, context):
    for table in answer.tables:
        if table.statistic:
            continue  # (a table of values, averages or amounts: no total adds its rows up, none is missing)
        if any(i.reason == "formula-without-value" and i.table == table.id
               and not any(c.line == i.line for c in table.rows()) for i in answer.issues):
            continue  # (a line of it whose figures are formulas without a value: its total, not known — said so)
        if any(i.reason == "figures-in-total-label" and i.table == table.id for i in answer.issues):
            continue  # (its total line stands, its figures not told from its words — said so at its line)
        if closing_total_unread(answer, table) is not None:
            continue  # (its total line stands, not read — said at its line, with the totals not checked)
        rows = {(c.code, c.label, c.province, c.block) for c in table.rows()}
        if len(rows) > 1 and not any(c.level == "total" for c in table.cells):  # (one row: nothing to add up)
            closing = "Eindtotaal" if table.layout.blocks else "Totaal"
            unit = rows_unit(table)
            args = {"closing": closing, "unit": unit_forms(unit, "en")[1], "unit_nl": unit_forms(unit, "nl")[1]}
            parted = _parted_by(table)
            if parted is not None:
                attribute, blocks = parted
                names = ATTRIBUTES.get(attribute, ("category", "categorie"))
                args.update({"attribute": names[0], "attribute_nl": names[1], **each_has(unit),
                             "parts": "blocks" if blocks else "rows", "parts_nl": "blokken" if blocks else "rijen"})
            variant = "partition" if parted is not None else ("default" if table.unique_persons else "events")
            yield Hit(line=table.end_line, table=table, variant=variant, args=args)


def _parted_by(table) -> tuple[str, bool] | None:
    """The attribute of a person whose categories `table`'s rows are (``gender``: ``Man`` /
    ``Vrouw``), or its blocks are (each closed by ``Totaal mannen`` / ``Totaal vrouwen``), with
    whether they are blocks; None where they are no such partition. (``Onbekend`` belongs to
    any attribute.)"""
    blocks = {c.block or c.label for c in table.cells if c.level == "subtotal"}
    attributes = {partition_of(name) for name in blocks if name}
    attributes = attributes - {"unknown"} or attributes
    if len(blocks) > 1 and len(attributes) == 1 and None not in attributes:
        return attributes.pop() or "", True
    if table.layout.partition and table.layout.attribute:
        return table.layout.attribute, False
    return None
