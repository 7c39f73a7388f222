"""A table prints columns of shares, changes or averages beside its counts; they are not checked.

## What it does
Reports, once per table, the columns that hold no counts — a share of the total (`Aandeel
2021`, `%`), a change (`Evolutie`, `+4,1%`, `Verschil`) or an average (`Gemiddelde`) — with
the header's words for them and the first values (a column no header word names, what its
values are: `a column of shares after its counts`). Rows of such values (`Gemiddelde`,
`Mediaan`, `Aandeel vrouwen (%)` below the total) and rows that count a subset of the line
above them (`waarvan 25-54 jaar` below `Totaal`), and rows of amounts of money (`Kostprijs
€ 1.234,56 € 2.345,00`, `1.234,50 EUR`, `12.345,00`: another unit than persons) in a table of
counts, are reported the same way: they are no parts
of what the table's total adds up; each such row is named with its label and its values,
under the table's periods where it prints one value for each (`'Gemiddelde' (2018: 911, 2019:
977); 'Mediaan' (…)`). A `waarvan` row whose figures stand under the periods is checked against
the line above it all the same (`total-below-largest-part`, `parts-exceed-total`,
`total-exceeds-parts`), and the message says so. The counts beside them are read and checked as in any table; these
values are not read as cells. A value with a form of its own (`27,7%`,
`+33`) is known by it; a plain figure (`Verschil` over `… 529 510 19`) by the header's order of
columns, where the row prints every column. A column named by another quantity alone under each
period (`Aantal  Leeftijd`, `Aantal  Duur (maanden)`: an age, a duration) is one such column, said as
values of another quantity; a row that prints fewer plain figures than the columns there is said by
`unreadable-table` (which are its counts cannot be told), never read.

## Why it matters
A percentage is no count of persons: no total holds over it, and read as a count it would make
a row look like it has more periods than its table. Saying that these columns were seen but
not checked keeps every number of the table accounted for: the reader of the answer knows
which figures okot-audit vouches for and which it left alone.

## Example
```
Provincie 2020 2021 Aandeel 2021
Antwerpen 812 845 27,7%
Limburg 402 398 13,0%
Totaal 1.214 1.243 100%
```
The counts of 2020 and 2021 are checked; the column `Aandeel 2021` is reported as not checked.

A whole table whose own words say its figures are no counts — its header before the periods
(`Gemiddelde leeftijd 2021 2022`), or the sentence before it that says what it shows (`de
gemiddelde opleidingsduur in maanden`, `het slaagpercentage (in %)`, `de kostprijs in euro`,
`het aantal uitvallers per 100 starters`) — is read, but none of its totals is checked by adding
up its rows (an average of the rows is no sum of them), and it is reported the same way. So is
a table whose figures print their unit in every cell — money (`€ 14.000`, `1.200 euro`, `EUR
300`), time (`14 maanden`, `6 mnd`, `12 u`) or a percent sign (`12 %`): each figure is read
under its period, its unit taken off (never into the row's label), and the unit is the word the
finding names. A share printed beside counts (`… 40 19 44%`) stays a column of its own. A
figure with decimals (`35,5%`) is no whole figure and no cell: in a table whose words say it
prints values (`het slaagpercentage`), its rows' values are named by this finding and not read;
in a table of counts its row is reported as not read (`unreadable-table`).

A column of words right of the figures (`Opleiding 2019 2020 Opmerking`, rows ending in `nieuw`,
`herzien` or nothing) holds notes on the rows, no counts: the table is read without it, and the
column is reported the same way, with its name and the rows' notes.

In an `.xlsx` annex, a column hidden in its sheet (a `Controle` column a statistician hid
beside the periods) is no column of the table its reader sees: it is left out of the table, and
where it holds figures it is reported the same way, with its letter, its header and its values. A row hidden in its sheet (a programme's
row a statistician hid, a group folded away) is no row of the table either: it is left out, and
where it holds figures it is reported with its sheet row, its label and its values. The totals
are checked as printed against the rows shown: a total that counts the hidden row is more than
they add up to, and says so. A web page hides rows, columns and cells the same way (`display: none`,
`visibility: collapse` on a `<col>`, the `hidden` attribute, a class its style sheet hides): they
are no part of the table its reader sees, left out and said as an annex's are, by their column's
number and their lines in the page. A table hidden whole, which no table shown holds, is named
and found at its own place (its header's line, else its first hidden row; not the line shown
above it, a caption's) and by its header's words where its header is hidden with it; that header
is no row of figures: its periods head the rows' figures.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from okot_audit.rules._issues import issue_hits, out_of_sight
from okot_audit.rules.base import rule, table_name

_NOT_READ = {
    "en": "{n:~it is|they are} not read as figures of the table and not checked (its counts are checked as usual)",
    "nl": "{n:~ze wordt|ze worden} niet als cijfers van de tabel gelezen en niet gecontroleerd (de aantallen "
          "ervan wel, zoals altijd)",
}
MESSAGES = {
    "shares": {
        "en": "{table_name} also prints values that are no counts, {lines}: '{text}' ({other}) — shares, "
              "changes or averages; they are not read as figures of the table and not checked (its counts are "
              "checked as usual)",
        "nl": "{table_name_nl} drukt ook waarden af die geen aantallen zijn, {lines_nl}: '{text}' ({other}) — "
              "aandelen, wijzigingen of gemiddelden; ze worden niet als cijfers van de tabel gelezen en niet "
              "gecontroleerd (de aantallen ervan wel, zoals altijd)",
    },
    # A column of another quantity beside the counts, named by it alone (``Aantal  Leeftijd`` under
    # each year): an age, a duration — no share, change or average.
    "quantities": {
        "en": "{table_name} also prints values of another quantity beside its counts, {lines}: '{text}' "
              "({other}) — such as an age or a duration, no counts of persons; they are not read as figures of "
              "the table and not checked (its counts are checked as usual)",
        "nl": "{table_name_nl} drukt naast de aantallen ook waarden van een andere grootheid af, {lines_nl}: "
              "'{text}' ({other}) — zoals een leeftijd of een duur, geen aantallen personen; ze worden niet als "
              "cijfers van de tabel gelezen en niet gecontroleerd (de aantallen ervan wel, zoals altijd)",
    },
    # A column of amounts of money beside the counts (``Kostprijs`` over ``… 12 30 € 1.234,56``).
    "amounts": {
        "en": "{table_name} also prints amounts of money beside its counts, {lines}: '{text}' ({other}) — values "
              "of another unit, no persons; they are not read as figures of the table and not checked (its counts "
              "are checked as usual)",
        "nl": "{table_name_nl} drukt naast de aantallen ook geldbedragen af, {lines_nl}: '{text}' ({other}) — "
              "waarden in een andere eenheid, geen personen; ze worden niet als cijfers van de tabel gelezen en "
              "niet gecontroleerd (de aantallen ervan wel, zoals altijd)",
    },
    # A column of such values with no header word over it (``Provincie 2020 2021`` over rows ending
    # in ``27,7%``): said by what its values are.
    "shares-unnamed": {
        "en": "{table_name} also prints {column_en} that no header word names, {lines}: {other} — "
              "they are not read as figures of the table and not checked (its counts are checked as usual)",
        "nl": "{table_name_nl} drukt ook {column_nl} af die geen woord in de hoofding benoemt, {lines_nl}: {other} "
              "— ze worden niet als cijfers van de tabel gelezen en niet gecontroleerd (de aantallen ervan wel, "
              "zoals altijd)",
    },
    "notes": {
        "en": "{table_name} also prints a column of words beside its figures, {lines}: '{text}' ({other}) — "
              "notes on its rows, no counts; they are not read as figures of the table and not checked (its counts "
              "are checked as usual)",
        "nl": "{table_name_nl} drukt naast de cijfers ook een kolom met woorden af, {lines_nl}: '{text}' ({other}) "
              "— opmerkingen bij de rijen, geen aantallen; ze worden niet als cijfers van de tabel gelezen en niet "
              "gecontroleerd (de aantallen ervan wel, zoals altijd)",
    },
    "notes-empty": {
        "en": "{table_name} also prints a column '{text}' right of its figures, {lines}, empty on every row — no "
              "counts; it is not read as figures of the table and not checked (its counts are checked as usual)",
        "nl": "{table_name_nl} drukt rechts van de cijfers ook een kolom '{text}' af, {lines_nl}, leeg op elke rij — "
              "geen aantallen; ze wordt niet als cijfers van de tabel gelezen en niet gecontroleerd (de aantallen "
              "ervan wel, zoals altijd)",
    },
    "hidden-column": {
        "en": "{table_name} has a column {hidden_in_its}, column {column}{named}, {rows_en}, with figures "
              "({other}) — out of sight of {its_reader} (a check column, say); it is not read as figures of "
              "the table and not checked (the counts shown are checked as usual)",
        "nl": "{table_name_nl} heeft een kolom die {hidden_in_nl} verborgen is, kolom {column}{named}, {rows_nl}, "
              "met cijfers ({other}) — buiten het zicht van {its_reader_nl} (een controlekolom, bijvoorbeeld); ze "
              "wordt niet als cijfers van de tabel gelezen en niet gecontroleerd (de getoonde aantallen wel, zoals "
              "altijd)",
    },
    "hidden-rows": {
        "en": "{table_name} has {some_rows} {hidden_in_its}, {sheet_rows_en}, with figures: {rows} — out of sight "
              "of {its_reader}; {n:~it is|they are} not read as figures of the table and not checked (the counts "
              "shown are checked as usual, against its totals as printed: a total that counts {n:~it|them} is more "
              "than the rows shown add up to)",
        "nl": "{table_name_nl} heeft {some_rows_nl} die {hidden_in_nl} verborgen {n:~is|zijn}, {sheet_rows_nl}, met "
              "cijfers: {rows} — buiten het zicht van {its_reader_nl}; {n:~ze wordt|ze worden} niet als cijfers "
              "van de tabel gelezen en niet gecontroleerd (de getoonde aantallen wel, zoals altijd, tegen de totalen "
              "zoals afgedrukt: een totaal dat {n:~ze|ze} meetelt, is meer dan de getoonde rijen samen)",
    },
    "subset-rows": {
        "en": "{table_name} also prints {some_rows} that {n:~counts|count} only some of the persons of a line above "
              "{n:~it|them}, {lines}: {rows} — a subset of that line ('waarvan …'), no part of what the table's "
              "total adds up; " + _NOT_READ["en"],
        "nl": "{table_name_nl} drukt ook {some_rows_nl} af die maar een deel van de personen van een regel erboven "
              "{n:~telt|tellen}, {lines_nl}: {rows} — een deelverzameling van die regel ('waarvan …'), geen deel "
              "van wat het totaal van de tabel optelt; " + _NOT_READ["nl"],
    },
    # ``waarvan`` rows whose figures stand under the periods: each is checked against its line
    "subset-rows-checked": {
        "en": "{table_name} also prints {some_rows} that {n:~counts|count} only some of the persons of a line above "
              "{n:~it|them}, {lines}: {rows} — a subset of that line ('waarvan …'), no part of what the table's "
              "total adds up; {n:~it is|they are} not read as figures of the table, but checked against the "
              "line above {n:~it|them}: no such figure may exceed its line's, and categories of one attribute "
              "(women, men) may not add up to more",
        "nl": "{table_name_nl} drukt ook {some_rows_nl} af die maar een deel van de personen van een regel erboven "
              "{n:~telt|tellen}, {lines_nl}: {rows} — een deelverzameling van die regel ('waarvan …'), geen deel "
              "van wat het totaal van de tabel optelt; {n:~ze wordt|ze worden} niet als cijfers van de tabel "
              "gelezen, maar wel getoetst aan de regel erboven: zo'n cijfer mag niet groter zijn dan dat van de "
              "regel, en categorieën van één kenmerk (vrouwen, mannen) mogen samen niet meer zijn",
    },
    "statistic-table": {
        "en": "{table_name} prints values that are no counts, {lines}: its words say '{text}' — averages, shares, "
              "rates, amounts or durations; its figures ({other}) are read, but no total of it is checked by adding "
              "up its rows, and they are not compared with other answers' counts",
        "nl": "{table_name_nl} drukt waarden af die geen aantallen zijn, {lines_nl}: de woorden ervan zeggen "
              "'{text}' — gemiddelden, aandelen, verhoudingen, bedragen of duurtijden; de cijfers ({other}) zijn "
              "gelezen, maar geen totaal ervan wordt gecontroleerd door de rijen op te tellen, en ze worden niet "
              "vergeleken met de aantallen van andere antwoorden",
    },
    "statistic-decimals": {
        "en": "{table_name} prints values that are no counts, {lines}: its words say '{text}' — averages, shares, "
              "rates, amounts or durations; its values with decimals ({other}) are no whole counts and are not read "
              "as cells, and no total of it is checked by adding up its rows",
        "nl": "{table_name_nl} drukt waarden af die geen aantallen zijn, {lines_nl}: de woorden ervan zeggen "
              "'{text}' — gemiddelden, aandelen, verhoudingen, bedragen of duurtijden; de waarden met decimalen "
              "({other}) zijn geen gehele aantallen en zijn niet als cellen gelezen, en geen totaal ervan wordt "
              "gecontroleerd door de rijen op te tellen",
    },
    "statistic-rows": {
        "en": "{table_name} also prints {some_rows} of values that are no counts, {lines}: {rows} — shares, "
              "averages or medians over its rows, no part of what its total adds up; " + _NOT_READ["en"],
        "nl": "{table_name_nl} drukt ook {some_rows_nl} af met waarden die geen aantallen zijn, {lines_nl}: "
              "{rows} — aandelen, gemiddelden of medianen over de rijen, geen deel van wat het totaal optelt; "
              + _NOT_READ["nl"],
    },
    "amount-rows": {
        "en": "{table_name} also prints {some_rows} of amounts of money, {lines}: {rows} — values of another unit "
              "than its counts (no persons), no part of what its total adds up; " + _NOT_READ["en"],
        "nl": "{table_name_nl} drukt ook {some_rows_nl} met geldbedragen af, {lines_nl}: {rows} — waarden in een "
              "andere eenheid dan de aantallen (geen personen), geen deel van wat het totaal optelt; "
              + _NOT_READ["nl"],
    },
}


def _header_periods(issue) -> list[str]:
    """The periods of the header hidden with a table's rows (:attr:`~okot_audit.tables.ParseIssue.header`):
    its last words, as many as the rows print figures, footnote marks aside."""
    if not issue.header or not issue.rows:
        return []
    words = issue.header[1].split()
    n = max(len(printed.split()) for _, printed in issue.rows)
    return [w.rstrip("*") for w in words[-n:]] if len(words) > n else []


def _hidden_table_name(issue) -> dict[str, Any]:
    """A table its page (its sheet) hides whole, which no table shown holds, named by its own
    place — its hidden header's row, else its first hidden row's (its line in the page) — and its
    header's words: not by the line shown above it (the caption's, a line of prose); and that
    place (`own_line`), where its finding stands."""
    from types import SimpleNamespace

    at = issue.header[0] if issue.header else (issue.periods[0] if issue.periods else None)
    if at is None or not at.isdigit():
        return {}
    # (named as a table is, by its header's words and place: table_name asks only these)
    own: Any = SimpleNamespace(title=issue.header[1] if issue.header else "", header_line=int(at), page=None,
                               column="", sheet=issue.sheet)
    return {"table_name": table_name(own, "en", column=False), "table_name_nl": table_name(own, "nl", column=False),
            "own_line": int(at)}


def aside_rows(issue, table, periods: list[str] | None = None) -> dict:
    """Each row of a record of aside rows (:attr:`~okot_audit.tables.ParseIssue.rows`) as the message says it: its
    label and its values, under the table's periods where it prints one value for each
    (``'Gemiddelde' (2018: 911, 2019: 977); 'Mediaan' (2018: 1.002, 2019: 1.100)``), else as
    printed; and how many rows there are, in words."""
    from okot_audit.patterns import amounts

    if periods is None:
        periods = [p.label for p in table.periods] if table is not None else []
    said = []
    for label, printed in issue.rows:
        words = amounts(printed.split()) or printed.split()  # (``€ 1.234,56``: an amount and its unit)
        each = ", ".join(f"{p}: {v}" for p, v in zip(periods, words)) if len(words) == len(periods) else printed
        said.append(f"'{label}' ({each})")
    n = len(said)
    return {"rows": "; ".join(said), "n": n, "some_rows": "a row" if n == 1 else f"{n} rows",
            "some_rows_nl": "een rij" if n == 1 else f"{n} rijen"}


@rule("OK905", "column-not-checked", "info", MESSAGES)
def check(answer, context):
    said = set()
    for hit in issue_hits(answer, "column-not-checked", extra=_extra):
        if hit.args.get("own_line"):  # a table hidden whole: found at its own place, as it is named
            hit = replace(hit, line=hit.args["own_line"])
        if hit.variant == "subset-rows" and _checked(hit):
            hit = replace(hit, variant="subset-rows-checked")
        if hit.variant == "shares" and (hit.args.get("text") or "").strip() and _amounts(hit.args.get("other") or ""):
            hit = replace(hit, variant="amounts")
        if hit.variant == "shares" and not (hit.args.get("text") or "").strip():
            hit = replace(hit, variant="shares-unnamed", args={**hit.args, **_unnamed_column(hit.args.get("other") or "")})
        if hit.variant in ("shares", "shares-unnamed", "amounts", "quantities") and getattr(hit.table, "column", ""):
            # A header read as one table per column (a measure, a gender) prints its shares once,
            # beside all of them: said once, of the whole table, not of one of its columns.
            key = (hit.line, hit.args.get("other_line"), hit.args.get("text"), hit.table.header_line)
            if key in said:
                continue
            said.add(key)
            hit = replace(hit, args={**hit.args, "table_name": table_name(hit.table, "en", hit.line, column=False),
                                     "table_name_nl": table_name(hit.table, "nl", hit.line, column=False)})
        yield hit


def _extra(issue, table) -> dict:
    where = out_of_sight(issue.sheet is not None)  # (an annex's sheet, or a page)
    if issue.reason == "hidden-rows":  # the sheet's rows (the page's lines), which the lines shown skip
        rows = ", ".join(issue.periods)
        many = len(issue.periods) > 1
        return {**aside_rows(issue, table, _header_periods(issue) if table is None else None), **where,
                **(_hidden_table_name(issue) if table is None else {}),
                "sheet_rows_en": f"{where['rows_word'] if many else where['a_row']} {rows}",
                "sheet_rows_nl": f"{where['rows_word_nl'] if many else where['a_row_nl']} {rows}"}
    if issue.reason.endswith("-rows"):
        return aside_rows(issue, table)
    if issue.reason == "hidden-column":  # the column's letter and the header's words over it
        last = issue.other_line if issue.other_line and issue.other_line != issue.line else None
        return {"column": issue.periods[0] if issue.periods else "?", "named": f" ('{issue.text}')" if issue.text else "",
                **where,  # (the sheet's rows: an annex has no lines; a page's lines)
                "rows_en": f"{where['rows_word']} {issue.line}\u2013{last}" if last else f"{where['a_row']} {issue.line}",
                "rows_nl": f"{where['rows_word_nl']} {issue.line}\u2013{last}" if last else f"{where['a_row_nl']} {issue.line}"}
    return {}


def _unnamed_column(values: str) -> dict[str, str]:
    """A column of values no header word names, said by what its values are: shares (each a
    percentage: ``27,7%``), changes (signed: ``+4,1%``, ``-12``), else values; standing after the
    counts, where such a column is printed."""
    printed = [v.strip("()") for v in values.split()]  # a share printed in brackets: (45,2%)
    if _amounts(values):
        kind = ("amounts of money", "geldbedragen")
    elif printed and all(v and v[0] in "+-\u2212" or v in ("0", "0%", "0,0%") for v in printed):
        kind = ("changes", "wijzigingen")
    elif printed and all(v.endswith("%") for v in printed):
        kind = ("shares", "aandelen")
    else:
        kind = ("values that are no counts", "waarden die geen aantallen zijn")
    return {"column_en": f"a column of {kind[0]} after its counts",
            "column_nl": f"een kolom met {kind[1]} na de aantallen"}


def _amounts(values: str) -> bool:
    """Whether `values` (a column's values as printed) are amounts of money, each with its unit
    or in cents (``€ 1.234,56 € 2.345,00``, ``1.234,56 2.345,00``)."""
    from okot_audit.patterns import amounts

    return bool(amounts(values.split()))


def _checked(hit) -> bool:
    """Whether every ``waarvan`` row of `hit` had its figures checked against its line (the
    table's :attr:`~okot_audit.tables.Table.subsets` hold a figure of each)."""
    table = hit.table
    if table is None:
        return False
    lines = {s.line for s in table.subsets}
    first, last = hit.line, hit.args.get("other_line") or hit.line
    rows = hit.args.get("n", 0)
    return bool(rows) and len({n for n in lines if first <= n <= last}) == rows
