"""A table whose words do not say what it counts.

## What it does
Reports a table when neither its header, nor the text of the answer just before it, nor the
question its item answers says what its figures count: persons who started an OKOT, who
graduated, who stopped or failed, or enrolments. Its measure is `unknown` in every output
(`extract` writes `unknown` in the `measure` column).

## Why it matters
The same figure in two answers is only the same when it counts the same thing. A table whose
measure is unknown cannot be compared with other answers (`figure-revised`) nor checked as a
graduates table (`stage-not-final`); the reader of the answer should ask what it counts.

## Example
```
3. Verdeling naar geslacht.

Geslacht 2021 2022
Man 512 540
Vrouw 2.538 2.692
Totaal 3.050 3.232
```
Starters, graduates or drop-outs? No word says it. So, too, for one of the columns a header
prints under each period whose name says no measure beside names that do (`2021 2022` /
`uitgevoerd geslaagd uitgevoerd geslaagd`): the `geslaagd` columns are a graduates table, the
`uitgevoerd` columns a table whose measure is unknown, read and checked all the same — and
for one of the columns of a table of one period that names what each column counts
(`Code Instroom Uitstroom`, the year in the text above it): `Uitstroom` names none of them.
A column whose name names a measure and says more than it (`Gestart  Geslaagd extra`) is no
graduates column either: what `extra` adds is not known, and the message says which words.
And so for a table after a sentence that names several measures (`Hieronder vindt u het aantal
gestarte en geslaagde cursisten.`) when the tables after it are not one for each measure it
names (as many tables: the first counts the first measure, and so on). And for a table under words
that name enrolments beside another count (`Inschrijvingen en unieke cursisten per opleiding`)
when neither its header nor its lines say which of them it counts: it is not read as enrolments
(nor is a second table under the same caption read by the caption's word order). And, the other
way round, for a column whose own name names what it counts (`Inschrijvingen`: enrolments) under
words above that name another unit only (`Aantal unieke cursisten per opleiding`): it is read by
its own name, and the finding says the words above disagree — check which the caption means.
"""

from __future__ import annotations

from collections import defaultdict

from okot_audit.rules.base import Hit, rule

MESSAGES = {
    "default": {
        "en": "{table_name} does not say what it counts: neither its header, the text "
              "before it nor the question it answers names starters, graduates, drop-outs or enrolments; "
              "its figures cannot be compared with other answers",
        "nl": "{table_name} zegt niet wat ze telt: noch de hoofding, noch de tekst "
              "ervoor, noch de vraag die ze beantwoordt noemt starters, geslaagden, uitvallers of "
              "inschrijvingen; de cijfers zijn niet te vergelijken met andere antwoorden",
    },
    # The sentence that says what the table counts names several measures, and the tables after
    # it are not as many as it names: which one this table counts is not said.
    "several": {
        "en": "{table_name} does not say which of {measures} it counts: the text before it names them all "
              "(\"{said}\") and the tables after it are not one for each; its figures cannot be compared with "
              "other answers",
        "nl": "{table_name} zegt niet welke van {measures_nl} ze telt: de tekst ervoor noemt ze allemaal "
              "(\"{said}\") en de tabellen erna zijn er niet één voor elk; de cijfers zijn niet te vergelijken "
              "met andere antwoorden",
    },
    # The words above the table name enrolments beside another unit (``Inschrijvingen en unieke
    # cursisten per opleiding``) and its own words none: whether it counts the enrolments is not said.
    "units": {
        "en": "{table_name} does not say whether it counts enrolments: its title or the text before it names enrolments and "
              "other counts (\"{said}\") and neither its header nor its lines say which of them its figures are; "
              "its figures are not read as enrolments and cannot be compared with other answers",
        "nl": "{table_name} zegt niet of ze inschrijvingen telt: de titel of de tekst ervoor noemt inschrijvingen en andere "
              "tellingen (\"{said}\") en noch de hoofding noch de regels zeggen welke de cijfers zijn; de cijfers "
              "zijn niet als inschrijvingen gelezen en niet te vergelijken met andere antwoorden",
    },
    # One of the columns a header prints under each period, whose name says no measure beside
    # names that do (``uitgevoerd`` beside ``geslaagd``).
    # One of the columns of a table of one period, whose name says no measure beside names that
    # do (``Uitstroom`` beside ``Instroom``).
    "column-beside": {
        "en": "the column '{column}' that {whole_table} prints beside {others} does not say what it counts: "
              "'{column}' names no starters, graduates, drop-outs or enrolments, so its figures are read and their "
              "totals checked, but they cannot be compared with other answers",
        "nl": "de kolom '{column}' die {whole_table} afdrukt naast {others} zegt niet wat ze telt: '{column}' noemt "
              "geen starters, geslaagden, uitvallers of inschrijvingen, dus de cijfers zijn gelezen en hun totalen "
              "gecontroleerd, maar ze zijn niet te vergelijken met andere antwoorden",
    },
    # One of those columns whose name names a measure and says more than it (``Geslaagd
    # extra`` beside ``Gestart``): not read as the bare measure, for the words it says more.
    "column-beside-more": {
        "en": "the column '{column}' that {whole_table} prints beside {others} says more than what it counts: "
              "'{column}' names {counted} but also {more}, so it is not read as {counted}; its figures are read and "
              "their totals checked, but what they count is not known and they cannot be compared with other answers' "
              "{counted}",
        "nl": "de kolom '{column}' die {whole_table} afdrukt naast {others} zegt meer dan wat ze telt: '{column}' "
              "noemt {counted_nl} maar ook {more}, dus ze is niet als {counted_nl} gelezen; de cijfers zijn gelezen "
              "en hun totalen gecontroleerd, maar wat ze tellen is niet bekend en ze zijn niet te vergelijken met de "
              "{counted_nl} van andere antwoorden",
    },
    "column-more": {
        "en": "the column '{column}' that {whole_table} prints under each period beside {others} says more than "
              "what it counts: '{column}' names {counted} but also {more}, so it is not read as {counted}; its "
              "figures are read and their totals checked, but what they count is not known and they cannot be "
              "compared with other answers' {counted}",
        "nl": "de kolom '{column}' die {whole_table} onder elke periode afdrukt naast {others} zegt meer dan wat "
              "ze telt: '{column}' noemt {counted_nl} maar ook {more}, dus ze is niet als {counted_nl} gelezen; de "
              "cijfers zijn gelezen en hun totalen gecontroleerd, maar wat ze tellen is niet bekend en ze zijn niet "
              "te vergelijken met de {counted_nl} van andere antwoorden",
    },
    # One of those columns whose own name names a unit (``Unieke cursisten``) that the caption or
    # the sentence above the table does not (``Aantal inschrijvingen per opleiding``): the two say
    # different things, and which the column's figures are is read from its own name.
    "column-unit": {
        "en": "the column '{column}' that {whole_table} prints under each period beside {others} is not what the "
              "words above the table say it counts: they name {named} (\"{said}\"), the column's own name names "
              "{unit} — so its figures are read as {unit}, by its own name, not as {named}; but whether they are "
              "starters, graduates, drop-outs or enrolments is not said, and they cannot be compared with other "
              "answers; check which the caption means",
        "nl": "de kolom '{column}' die {whole_table} onder elke periode afdrukt naast {others} is niet wat de woorden "
              "boven de tabel zeggen dat ze telt: die noemen {named} (\"{said}\"), de eigen naam van de kolom noemt "
              "{unit} — dus de cijfers zijn gelezen als {unit}, volgens de eigen naam, niet als {named}; maar of het "
              "starters, geslaagden, uitvallers of inschrijvingen zijn is niet gezegd, en ze zijn niet te vergelijken "
              "met andere antwoorden; kijk na wat het opschrift bedoelt",
    },
    # The other way round: the column's own name names a measure and its unit (``Inschrijvingen``:
    # enrolments) under words above that name another unit only (``Aantal unieke cursisten per
    # opleiding``): read by its own name, the disagreement said.
    "column-unit-read": {
        "en": "the column '{column}' that {whole_table} prints under each period beside {others} is not what the "
              "words above the table say it counts: they name {named} (\"{said}\"), the column's own name names "
              "{unit} — so its figures are read as {counted}, by its own name, not as {named}; if the caption is "
              "right, they are compared with other answers' {counted} wrongly; check which the caption means",
        "nl": "de kolom '{column}' die {whole_table} onder elke periode afdrukt naast {others} is niet wat de woorden "
              "boven de tabel zeggen dat ze telt: die noemen {named} (\"{said}\"), de eigen naam van de kolom noemt "
              "{unit} — dus de cijfers zijn gelezen als {counted_nl}, volgens de eigen naam, niet als {named}; als "
              "het opschrift klopt, worden ze ten onrechte vergeleken met de {counted_nl} van andere antwoorden; "
              "kijk na wat het opschrift bedoelt",
    },
    "column": {
        "en": "the column '{column}' that {whole_table} prints under each "
              "period beside {others} does not say what it counts: '{column}' names no starters, graduates, drop-outs or enrolments, so its "
              "figures are read and their totals checked, but they cannot be compared with other answers",
        "nl": "de kolom '{column}' die {whole_table} onder elke periode "
              "afdrukt naast {others} zegt niet wat ze telt: '{column}' noemt geen starters, geslaagden, uitvallers of inschrijvingen, "
              "dus de cijfers zijn gelezen en hun totalen gecontroleerd, maar ze zijn niet te vergelijken met "
              "andere antwoorden",
    },
}


@rule("OK303", "measure-unknown", "info", MESSAGES)
def check(answer, context):
    named = defaultdict(list)  # the tables with a column's name, by the line of their header
    for t in answer.tables:
        if t.column:
            named[t.header_line].append(t)
    for table in answer.tables:
        others = [t for t in named.get(table.header_line, ()) if t is not table]
        if table.measure == "unknown" and table.column and any(t.measure != "unknown" for t in others):
            args = {"column": table.column, "others": ", ".join(f"'{t.column}'" for t in others)}
            variant = "column-beside" if len(table.periods) == 1 else "column"
            if table.column_more and table.column_named in _COUNTED:  # (``Geslaagd extra``: graduates, and more)
                variant += "-more"
                args |= {"counted": _COUNTED[table.column_named][0], "counted_nl": _COUNTED[table.column_named][1],
                         "more": ", ".join(f"'{w}'" for w in table.column_more)}
            elif variant == "column" and table.measure_said and table.unit:
                # (the caption names one unit, the column's own name another: both said)
                variant = "column-unit"
                args |= {"named": " and ".join(f"'{u}'" for u in table.units_said) or "another count",
                         "unit": f"'{table.unit}'", "said": _cut(table.measure_said)}
            yield Hit(line=table.header_line, table=table, page=table.page, variant=variant, args=args)
        elif table.measure != "unknown" and table.column and table.measure_said and table.unit and not table.statistic:
            # (the other way round: the column's own name names a measure and a unit — ``Inschrijvingen``
            # — under words above that name another unit, ``Aantal unieke cursisten per opleiding``)
            # (words that are the header's own, its column names' wrapped ends — ``Inschrijvingen Unieke`` /
            # ``cursisten cursisten`` — name the columns, not what the words above the table say)
            said_units = [] if table.measure_said in table.title else \
                [u for u in table.units_said if u != table.unit]
            if said_units:
                yield Hit(line=table.header_line, table=table, page=table.page, variant="column-unit-read",
                          args={"column": table.column, "others": ", ".join(f"'{t.column}'" for t in others) or "nothing",
                                "named": " and ".join(f"'{u}'" for u in said_units), "unit": f"'{table.unit}'",
                                "counted": _COUNTED.get(table.measure, (table.measure,) * 2)[0],
                                "counted_nl": _COUNTED.get(table.measure, (table.measure,) * 2)[1],
                                "said": _cut(table.measure_said)})
        elif table.statistic:
            continue  # values that are no counts (column-not-checked says so)
        elif table.measure == "unknown" and table.measures_named:
            yield Hit(line=table.header_line, table=table, page=table.page, variant="several",
                      args={"measures": _listed(table.measures_named, "en"),
                            "measures_nl": _listed(table.measures_named, "nl"),
                            "said": _cut(table.measure_said)})
        elif table.measure == "unknown" and table.measure_said:
            yield Hit(line=table.header_line, table=table, page=table.page, variant="units",
                      args={"said": _cut(table.measure_said)})
        elif table.measure == "unknown":
            yield Hit(line=table.header_line, table=table, page=table.page)


#: What each measure counts, as the messages say it.
_COUNTED = {
    "started": ("starters", "starters"), "graduated": ("graduates", "geslaagden"),
    "stopped_or_failed": ("drop-outs", "uitvallers"), "enrolled": ("enrolments", "inschrijvingen"),
}


def _listed(measures: tuple[str, ...], lang: str) -> str:
    """``starters or graduates`` (``starters of geslaagden``)."""
    words = [_COUNTED[m][lang == "nl"] if m in _COUNTED else m for m in measures]
    return f"{', '.join(words[:-1])} {'of' if lang == 'nl' else 'or'} {words[-1]}"


def _cut(sentence: str, most: int = 100) -> str:
    """A sentence as a message quotes it: cut after `most` characters."""
    return sentence if len(sentence) <= most else sentence[:most].rstrip() + " \u2026"
