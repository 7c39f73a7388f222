"""A period the answer itself marks as partial or provisional.

## What it does
Reports every period of a table that the answer flags as incomplete: a footnote on a starred
year (`2022*`: "enkel cijfers … van de eerste jaarhelft"), or words around the table
("van januari 2020 tot en met oktober 2020", "voorlopige cijfers").

## Why it matters
A partial period is not comparable with full years: a reader who sees 2022 far below 2021 may
conclude a drop that is only half a year of data.

## Example
```
Unieke cursisten met uitgevoerde, geslaagde OKOT'(s) 2018 2019 2020 2021 2022*
*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.
```
2022 is partial: do not compare it with full years.

A table whose rows are a year's quarters (or half years, ranges of months) and that prints
only some of them makes that year partial too; the message says which months the rows cover:

```
Kwartaal 2023 2024
1e kwartaal 120 140
2e kwartaal 130 150
3e kwartaal 90 95
4e kwartaal 110 -
```
2024 is partial: its rows cover January to September only.

A note in brackets printed below a line of several periods, whose place gives it to none of
them (single-spaced text: `Leeftijdsklasse 2019-2020 2020-2021 2021-2022 2022-2023` /
`(voorlopig` / `)`), makes the latest period partial where it says the figures are provisional
(figures become final in the order of their periods); any other such note (`(jan-jun`, `)`) is
reported too: one of the periods may be partial, which one the text does not say. So is a
footnote mark printed so (`*` on a line of its own) that no footnote gives to one period either.

A note between two tables, with nothing that leads the second (no caption `Tabel 2.`, no
numbered item, no words that point forward such as `Hieronder` or `In onderstaande tabel`), is
the table's that alone has the period it names. Where both tables have that period, neither is
marked partial and the note is reported, with both tables:

```
Opleiding 2021 2022 2023
...
Totaal 130 142 235

De cijfers voor 2023 betreffen enkel de periode januari tot en met juni (voorlopig).

Opleiding 2021 2022 2023
...
```
2023 may be partial in the first table or in the second: check the published answer.

A month the figures run up to (`Voor 2023 zijn enkel de cijfers tot juni beschikbaar`, `tot en
met 30 juni`) makes the calendar year it names partial; a school year is whole, and so is a
span that a month starts (`van september tot juni`).
"""

from __future__ import annotations

from dataclasses import replace

from okot_audit.i18n import READER_WORDS
from okot_audit.patterns import MONTH_NAMES
from okot_audit.tables import TIME_ATTRIBUTES
from okot_audit.rules._issues import issue_hits
from okot_audit.rules.base import Hit, rule, said, table_name

MESSAGES = {
    "default": {
        "en": said("period {period} of {whole_table} is partial — the answer says: \"{note}\"; ",
                   "do not compare it with full periods"),
        "nl": said("periode {period} van {whole_table} is onvolledig — het antwoord zegt: \"{note}\"; ",
                   "vergelijk ze niet met volledige periodes"),
    },
    "parts": {
        "en": said("period {period} of {whole_table} is partial — its rows are parts of the year that cover "
                   "{months} only ({note}); ",
                   "do not compare it with full periods"),
        "nl": said("periode {period} van {whole_table} is onvolledig — de rijen zijn delen van het jaar die alleen "
                   "{months_nl} beslaan ({note}); ",
                   "vergelijk ze niet met volledige periodes"),
    },
    "months": {
        "en": said("period {period} of {whole_table} is partial — it covers {months} only (the answer: \"{note}\"); ",
                   "do not compare it with full periods"),
        "nl": said("periode {period} van {whole_table} is onvolledig — ze beslaat alleen {months_nl} (het antwoord: "
                   "\"{note}\"); ",
                   "vergelijk ze niet met volledige periodes"),
    },
    # (a note in brackets under a line of several periods, whose place gives it to none of them)
    "note-unplaced": {
        "en": said("a note \"{text}\" stands under the periods {periods_listed} of {table_name}, but its place "
                   "does not say which of them it marks, so one of them may be partial; ",
                   "check the published table before comparing these periods"),
        "nl": said("een opmerking \"{text}\" staat onder de periodes {periods_listed} van {table_name_nl}, maar "
                   "waar ze staat zegt niet bij welke ervan ze hoort, dus een ervan is misschien onvolledig; ",
                   "controleer de gepubliceerde tabel voor u deze periodes vergelijkt"),
    },
    # (a footnote mark printed with several periods that neither its place nor a footnote gives to one)
    "mark-unplaced": {
        "en": said("a footnote mark {text} stands with the periods {periods_listed} of {table_name}, but neither "
                   "its place nor a footnote says which of them it marks, so one of them may be partial; ",
                   "check the published table before comparing these periods"),
        "nl": said("een voetnootteken {text} staat bij de periodes {periods_listed} van {table_name_nl}, maar "
                   "noch waar het staat noch een voetnoot zegt bij welke ervan het hoort, dus een ervan is "
                   "misschien onvolledig; ",
                   "controleer de gepubliceerde tabel voor u deze periodes vergelijkt"),
    },
    # (a note between two tables that nothing gives to either, of a period both have)
    "note-between": {
        "en": said("a note between {above} and {below} says {periods_listed} is partial (\"{text}\"), but nothing "
                   "says which of the two tables it belongs to, so neither is marked partial; ",
                   "check the published answer before comparing {periods_listed} with full periods"),
        "nl": said("een opmerking tussen {above_nl} en {below_nl} zegt dat {periods_listed} onvolledig is "
                   "(\"{text}\"), maar niets zegt bij welke van de twee tabellen ze hoort, dus geen van beide is als "
                   "onvolledig gemarkeerd; ",
                   "controleer het gepubliceerde antwoord voor u {periods_listed} met volledige periodes vergelijkt"),
    },
    "unexplained": {
        "en": said("period {period} of {whole_table} is marked {stars} but no footnote explains the mark; ",
                   "read it as partial and do not compare it with full periods"),
        "nl": said("periode {period} van {whole_table} is gemarkeerd met {stars}, maar geen voetnoot verklaart dat "
                   "teken; ",
                   "lees ze als onvolledig en vergelijk ze niet met volledige periodes"),
    },
}


@rule("OK301", "partial-period", "info", MESSAGES)
def check(answer, context):
    # (a header read as one table per column of one measure — a province's, a gender's: its
    # partial period said once, of the whole table; columns of measures each their own)
    said = set()
    for table in answer.tables:
        for period in table.periods:
            key = (table.header_line, table.measure, period.label, period.note)
            if period.partial and table.column and key in said:
                continue
            said.add(key)
            if period.partial:
                unexplained = READER_WORDS["unexplained-star"][0].match(period.note or "")
                yield Hit(
                    line=period.line or table.header_line, page=period.page if period.line else None,
                    table=table, period=period.label,
                    variant=("parts" if table.layout.attribute in TIME_ATTRIBUTES else "months") if period.months
                    else "unexplained" if unexplained else "default",
                    args={"note": period.note or "", "stars": unexplained["stars"] if unexplained else "",
                          "months": months_said(period.months, "en"), "months_nl": months_said(period.months, "nl")},
                )
    for hit in issue_hits(answer, "partial-period", extra=lambda issue, table: {
            "periods_listed": ", ".join(issue.periods), **_both_tables(answer, issue)}):
        if hit.variant == "note-between":  # (of the table below the note, whose period it might mark)
            hit = replace(hit, table=hit.args["below_table"], period=hit.args["period"])
        yield hit


def _both_tables(answer, issue) -> dict:
    """A ``note-between`` record's two tables, named: the one above the note (whose header is
    its `other_line`) and the first below it; its one period, where it names one."""
    if issue.reason != "note-between":
        return {}
    above = next((t for t in answer.tables if t.header_line <= (issue.other_line or 0) <= t.end_line), None)
    below = min((t for t in answer.tables if t.header_line > issue.line), key=lambda t: t.header_line, default=None)
    return {"above": table_name(above, "en", issue.other_line), "above_nl": table_name(above, "nl", issue.other_line),
            "below": table_name(below, "en"), "below_nl": table_name(below, "nl"), "below_table": below,
            "period": issue.periods[0] if len(issue.periods) == 1 else None}


_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "nl": MONTH_NAMES,
}
_TO = {"en": ("to", "and"), "nl": ("tot en met", "en")}


def months_said(months: tuple[int, ...], lang: str) -> str:
    """The months of a year in words, each run of them as its first and last: (1, …, 9) →
    ``January to September``, (1, 2, 3, 7, 8, 9) → ``January to March and July to September``."""
    runs: list[list[int]] = []
    for month in sorted(months):
        if runs and month == runs[-1][-1] + 1:
            runs[-1].append(month)
        else:
            runs.append([month])
    names, (to, also) = _MONTHS[lang], _TO[lang]
    said = [names[r[0] - 1] if len(r) == 1 else f"{names[r[0] - 1]} {to} {names[r[-1] - 1]}" for r in runs]
    return ", ".join(said[:-1]) + f" {also} " + said[-1] if len(said) > 1 else "".join(said)
