"""The same figure differs between two answers: a revision, a completed period, or another unit.

## What it does
Across all answers of one run (`okot-audit check folder/`), compares every figure printed by
two answers about the same sector — the same measure, the same row (training code, province,
or the row's own words), the same period and the same level (a table's total is its total,
whether it says `Totaal` or `Eindtotaal`; of a table that prints several total lines,
`Totaal inschrijvingen` and `Totaal unieke cursisten`, each is the total of what its words
count, compared with another answer's total line of that meaning — its one `Totaal` too, where
its table's or its own words say what it counts; a `Totaal` no word gives a meaning is compared
with neither). The later answer (by its question date; by file
order when an answer has none) is compared with the latest earlier answer that printed the
figure, and a difference is reported at the later answer's cell: `stated` is its figure,
`observed` the earlier answer's, `difference` the later minus the earlier, and the message
(and SARIF's related location) names the earlier file and line, and why it is the earlier one:
its question number and date, or that it comes first in file order where the dates do not
tell. A programme named without a code (`Graduaat orthopedagogie - 1ste jaar`) is the same row
however spelt when the catalogue knows it — the shipped one, and a `--catalogue` file given. A row
keeps its own words within its province's block (`Vrouw` in the Antwerpen block is not `Man`
there), and a row of another block (`Man` … `Totaal Man`) is that block's. A count one answer withholds
as a bound (`<5`: anywhere from 0 to 4) agrees with any figure in that range; a figure outside
it is a revision by at least the distance to the range (`stated`, `observed` or `difference`
empty where a bound stands).

- **info**: the earlier answer marked the period partial and the figure grew — the period was
  completed (late registrations, the second exam session) — or, where the later answer marks
  it partial still, grew and is not complete yet;
- **info**: a full period revised upwards;
- **warning**: a full period revised downwards, or a partial period that shrank;
- **warning**: the same number under other unit words: one answer prints it as
  `inschrijvingen`, the answer before it as `unieke cursisten` (and no figure of the row in the
  later one's unit). Two answers' different numbers in different units are different figures.

A figure counts in one unit: the enrolments of a stage are compared with enrolments, its unique
persons with unique persons — an answer printing both (`Inschrijvingen` beside `Unieke
cursisten` under each year) has each compared with its own kind; a table whose words name no
unit is compared with either. An answer that prints one figure twice (the total of a table by
training and of a table by province) has each compared, with the earlier answer's figure in the
same place (its last where it printed fewer): none is dropped.

## Why it matters
Researchers and journalists follow a figure across years of answers. Answers repeat each
other's years and revise them; a reader who takes both numbers at face value builds a series
with a break in it. A half year that becomes a full year is expected; a full year that loses
persons, or one number that one answer calls enrolments and another unique trainees, needs an
explanation before the figure is reused.

## Example
```
a.txt (question of 14 October 2022):
Unieke cursisten met uitgevoerde, geslaagde OKOT'(s) 2021 2022*
Totaal 368 280
*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.

b.txt (question of 3 March 2023):
Unieke cursisten met uitgevoerde, geslaagde OKOT'(s) 2021 2022
Totaal 361 512
```
b.txt, 2022: 512 here, 280 in a.txt while 2022 was partial — completed (info);
b.txt, 2021: 361 here, 368 in a.txt — a full year revised downwards by 7 (warning).
"""

from __future__ import annotations

from okot_audit.corpus.revisions import bound_of, own_words, printed, revisions
from okot_audit.rules.base import Hit, rule, table_name, said
from okot_audit.tables import finding_label


MESSAGES = {
    "completed": {
        "en": said("{figure} is {stated}; {other} printed {observed} while {period} was partial: "
                   "the period was completed ({grown}) — ",
                   "quote this figure for the whole period, not the earlier one"),
        "nl": said("{figure_nl} is {stated}; {other_nl} gaf {observed} toen {period} nog onvolledig was: "
                   "de periode werd aangevuld ({grown_nl}) — ",
                   "citeer dit cijfer voor de hele periode, niet het eerdere"),
    },
    "grown": {  # (completed, but the later answer marks the period partial still)
        "en": said("{figure} is {stated}; {other} printed {observed} while {period} was partial, and it is "
                   "partial here too: the period grew ({grown}) and is not complete yet — ",
                   "it may grow further: do not quote it as the whole period's figure"),
        "nl": said("{figure_nl} is {stated}; {other_nl} gaf {observed} toen {period} nog onvolledig was, en ook "
                   "hier is ze onvolledig: de periode groeide aan ({grown_nl}) en is nog niet volledig — ",
                   "het kan nog groeien: citeer het niet als het cijfer van de hele periode"),
    },
    "revised-up": {
        "en": said("{figure} is {stated} but {observed} in {other}: revised upwards by {by} — ",
                   "quote the later figure, and do not mix the two answers' figures in one series"),
        "nl": said("{figure_nl} is {stated}, maar {observed} in {other_nl}: opwaarts herzien met {by_nl} — ",
                   "citeer het latere cijfer, en meng de cijfers van beide antwoorden niet in één reeks"),
    },
    "revised-down": {
        "en": said("{figure} is {stated} but {observed} in {other}: a full period revised downwards by {by} — ",
                   "ask for the reason"),
        "nl": said("{figure_nl} is {stated}, maar {observed} in {other_nl}: een volledige periode neerwaarts "
                   "herzien met {by_nl} — ",
                   "vraag naar de reden"),
    },
    "partial-shrank": {
        "en": said("{figure} is {stated} but {other} printed {observed} while {period} was still partial: "
                   "the figure shrank by {by} although it covers at least as much time — ",
                   "ask for the reason"),
        "nl": said("{figure_nl} is {stated}, maar {other_nl} gaf {observed} toen {period} nog onvolledig was: "
                   "het cijfer daalde met {by_nl} hoewel het minstens even lang dekt — ",
                   "vraag naar de reden"),
    },
    "unit": {
        "en": said("{figure} is {stated} {unit} here but {observed} {other_unit} in {other}: the same figure under "
                   "other unit words — ",
                   "do not read them as one series"),
        "nl": said("{figure_nl} is hier {stated} {unit_nl}, maar {observed} {other_unit_nl} in {other_nl}: "
                   "hetzelfde cijfer onder andere eenheidswoorden — ",
                   "lees ze niet als één reeks"),
    },
}
SEVERITY = {"revised-down": "warning", "partial-shrank": "warning", "unit": "warning"}


@rule("OK401", "figure-revised", "info", MESSAGES, scope="corpus")
def check(answers, context):
    names: dict = {}  # each table's name in both languages, made once (a table holds many figures)
    for revision in revisions(answers, context.sector, context.catalogue):
        later, earlier = revision.later, revision.earlier
        cell, other = later.cell, earlier.cell
        stated = None if bound_of(cell) else cell.count  # (a bound's figure, ``<5``: none)
        observed = None if bound_of(other) else other.count
        difference = None if stated is None or observed is None else stated - observed  # (Revision.difference)
        yield later, Hit(
            line=cell.line, table=later.table, period=cell.period, province=cell.province,
            training_code=cell.code, label=finding_label(cell),
            page=cell.page, stated=stated, observed=observed,
            difference=difference, severity=SEVERITY.get(revision.kind),
            variant="grown" if revision.kind == "completed" and later.partial else revision.kind, related=((earlier.path, other.line, other.page),),
            args={
                **_figure_words(later, names), **_earlier_words(earlier, later),
                "stated": printed(cell), "observed": printed(other), **_by(revision, difference),
                **(_unit_words(later.unit, earlier.unit) if revision.kind == "unit" else {}),
            },
        )


def _by(revision, difference: int | None) -> dict[str, str]:
    """By how much the figure moved, in English and Dutch: the `difference` (the revision's
    :attr:`~okot_audit.corpus.revisions.Revision.difference`, made once by the caller), or —
    when either answer withholds it as a bound (``<5``) — the least it can be (``at least 8``)."""
    if difference is not None:
        least = abs(difference)  # (both printed as figures: the least difference is the difference)
        return {"by": str(least), "by_nl": str(least), "grown": f"+{least}", "grown_nl": f"+{least}"}
    least = abs(revision.least_difference)
    return {"by": f"at least {least}", "by_nl": f"minstens {least}",
            "grown": f"at least +{least}", "grown_nl": f"minstens +{least}"}


def _figure_words(figure, names: "dict | None" = None) -> dict[str, str]:
    """``908001 in Antwerpen for 2020 in the table "Provincie Opleiding Aantal" (line 44)`` in
    English and Dutch: the table as its header names it (:func:`~okot_audit.rules.base.table_name`).
    `names` keeps each table's two names once made (a :class:`~okot_audit.corpus.revisions.TableRef`
    is the whole of what names it)."""
    cell = figure.cell
    if cell.code:
        what = cell.code + (f" in {cell.province}" if cell.province else "")
    elif cell.province and (own := _own_words(cell)):
        what = f"{own} in {cell.province}"
    else:
        what = cell.label or cell.province or cell.level
    named = None if names is None else names.get(figure.table)
    if named is None:
        named = (table_name(figure.table, "en"), table_name(figure.table, "nl"))
        if names is not None:
            names[figure.table] = named
    block = getattr(cell, "block", None) if cell.level == "row" else None
    return {  # (the period as the place's own words say it, not after a comma: ``Totaal for 2017``)
        "figure": f"{what}{f' in the {block} block' if block else ''} for {cell.period} in {named[0]}",
        "figure_nl": f"{what}{f' in het blok {block}' if block else ''} voor {cell.period} in {named[1]}",
    }


def _own_words(cell) -> str | None:
    """A row's own words where they tell it from the other rows of its province's block
    (``Vrouw`` in the Antwerpen block); None for a coded row, a block's subtotal, or a row that
    is the province itself (``Antwerpen``, ``Prov. Antwerpen``)."""
    if cell.code or not cell.label or cell.level != "row":
        return None
    return own_words(cell.label, cell.province) if cell.province else cell.label


def _place(figure, word: str = "page") -> str:
    """``b.pdf:42 (page 3)``; a workbook's row with its sheet: ``b.xlsx:5 (sheet 'Tabel 1')``."""
    page = f" ({word} {figure.cell.page})" if figure.cell.page is not None else ""
    sheet = figure.table.sheet
    if sheet:
        page += f" ({'sheet' if word == 'page' else 'blad'} {sheet!r})"
    return f"{figure.path}:{figure.cell.line}{page}"


def _earlier_words(earlier, later) -> dict[str, str]:
    """The earlier answer's place and why it is the earlier one, in English and Dutch:
    ``a.txt:11 (the earlier answer: question 74 of 2022-10-14)`` where both answers have a
    question date and the dates tell them apart, ``a.txt:11 (question 74, before this answer in
    file order)`` where they do not (a date missing, or one date for both)."""
    number = earlier.question
    if earlier.date and later.date and earlier.date < later.date:
        what = f"question {number} of {earlier.date}" if number is not None else f"the question of {earlier.date}"
        what_nl = f"vraag {number} van {earlier.date}" if number is not None else f"de vraag van {earlier.date}"
        en, nl = f"the earlier answer: {what}", f"het eerdere antwoord: {what_nl}"
    else:
        en = (f"question {number}, " if number is not None else "") + "before this answer in file order"
        nl = (f"vraag {number}, " if number is not None else "") + "voor dit antwoord in de volgorde van de bestanden"
    return {"other": f"{_place(earlier)} ({en})", "other_nl": f"{_place(earlier, 'pagina')} ({nl})"}


def _unit_words(unit: str, other: str) -> dict[str, str]:
    """The two tables' units (in English, as okot_audit.corpus.revisions names them) as the
    ``unit`` message says them, in English and Dutch (``unique persons`` / ``unieke cursisten``)."""
    from okot_audit.patterns import UNIT_NAMES_EN

    dutch = {english: word for word, english in UNIT_NAMES_EN.items()}
    return {"unit": unit, "unit_nl": dutch.get(unit, unit), "other_unit": other, "other_unit_nl": dutch.get(other, other)}
