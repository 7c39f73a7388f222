"""A total is larger than the sum of the parts it totals.

## What it does
Applies to every total: a column total over its rows, a block's subtotal over the block, a
grand total over the blocks' subtotals, and a total column over the periods of its own line.
Whether the total counts unique persons or adds up (enrolments, a partition of persons by
gender or age class), it can never exceed the sum of its parts.

Compares every stated total with the sum of its parts: a year table's `Totaal` with that
year's rows; a province block's `Totaal <province>` with the block's rows; the `Eindtotaal`
with the province subtotals.

## Why it matters
A total counts unique persons, so it can be smaller than the sum of its parts (people counted
in two rows) but never larger: a person counted in the total must appear in at least one row.
A larger total means a row is missing, a cell was mistyped, or the total belongs to another
table. Any figure the reader takes from this column is in doubt.

## Example
```
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 38
Totaal 95
```
The rows sum to 88; the total says 95: seven persons are counted in no row.

Use instead: a total between the largest row (50) and the sum of the rows (88).

Withheld parts (`<5`) are taken at their highest; a total whose parts are all withheld is
checked too (`Limburg <5 <5 <5 20`, a row's `Totaal` column over its periods or over its
categories: the three counts are at most 12, so 20 cannot hold).

So is a total whose parts are all blank — no figure and no count withheld: a row's `Totaal`
column over periods that are all blank (`Verpleegkunde - - 12` under `2020 2021 Totaal`, marks or
empty cells alike), or a total line's figure under a period no row above it has a figure in. A
blank cell is no figure (the programme did not run that period), so the persons such a total
counts are in no part: the message says every part is blank. A row whose own total is left
blank while its periods print figures (`Vroedkunde 100 - -`) is no blank part of the `Totaal`
column's total: its total is unprinted, known only as its periods allow (from their largest —
unique persons — or their sum, to their sum), and taken at its highest as a withheld count is.

In an `.xlsx` annex, a total that counts rows hidden in its sheet — or in a web page, rows it
hides (`display: none`) — is checked against the rows
shown (what the annex's reader sees does not add up), and where the hidden rows' figures make
up the difference — all of it for a total of unique persons, exactly for one that adds up —
the message says so, naming each hidden row with its sheet row (its line in the page), its label and its figure.

Where a line among the total's rows (or below the table's last figure) holds figures the reader
could not place in the table (a `stray-number`: `Se-n-se voor module 12`), and its figure under
the total's period — as one more row — would close the gap (at least the difference and no more
than the total for unique persons, exactly the difference for a total that adds up), the message
cites that line, its words and the figure: a row was then likely lost in reading, not the total
wrong. A line right below the table's closing total that could not be read as a row (an
`unreadable-table` line) counts the same for that total; lines of one figure each that close the
gap only together are cited together.
"""

from __future__ import annotations

from okot_audit.totals import answer_checks, blank_only_answer_checks, counted, withheld_only_answer_checks
from okot_audit.rules.parts_exceed_total import assumed_persons
from okot_audit.rules._withheld import withheld_note
from okot_audit.rules._issues import out_of_sight, stray_words, strays_closing
from okot_audit.rules.base import Hit, rule, said

MESSAGES = {
    "unique": {
        "en": said("{total} is {stated} but its {parts} sum to only {observed}{withheld_note}: {difference:person|persons} in the "
                   "total {difference:~appears|appear} in no {part}{assumed}; ",
                   "a {part} is missing or a figure is wrong"),
        "nl": said("{total_nl} is {stated}, maar de {parts_nl} tellen samen maar {observed} op{withheld_note_nl}: "
                   "{difference:persoon|personen} in het totaal {difference:~staat|staan} in {no_part_nl}{assumed_nl}; ",
                   "er ontbreekt een {part_nl} of een cijfer klopt niet"),
    },
    "additive": {
        "en": "{total} is {stated} but its {parts} sum to only {observed}{withheld_note}; this total must equal "
              "the sum of its {parts} exactly — {missing} missing in the {parts}, or a figure is wrong",
        "nl": "{total_nl} is {stated}, maar de {parts_nl} tellen samen maar {observed} op{withheld_note_nl}; dit totaal "
              "moet precies de som van de {parts_nl} zijn — {missing_nl} {difference:~ontbreekt|ontbreken} in de {parts_nl}, of een cijfer klopt niet",
    },
    # A total whose every part is blank (``Verpleegkunde - - 12`` under ``2020 2021 Totaal``): no
    # figure at all, so every person it counts is in none
    "unique-blank": {
        "en": said("{total} is {stated} but every one of its {parts} is blank (no figure): the {stated} "
                   "{difference:~person|persons} it counts {difference:~appears|appear} in no {part}; ",
                   "a figure was left out of the {parts} (printed blank) or the total is wrong"),
        "nl": said("{total_nl} is {stated}, maar elk van de {parts_nl} is leeg (geen cijfer): de {stated} "
                   "{difference:~persoon|personen} die het telt, {difference:~staat|staan} in {no_part_nl}; ",
                   "er is een cijfer weggelaten uit de {parts_nl} (leeg gedrukt) of het totaal klopt niet"),
    },
    "additive-blank": {
        "en": "{total} is {stated} but every one of its {parts} is blank (no figure); this total must equal the sum "
              "of its {parts} exactly — {missing} missing in the {parts}: a figure was left out (printed blank) or the "
              "total is wrong",
        "nl": "{total_nl} is {stated}, maar elk van de {parts_nl} is leeg (geen cijfer); dit totaal moet precies de "
              "som van de {parts_nl} zijn — {missing_nl} {difference:~ontbreekt|ontbreken} in de {parts_nl}: er is een "
              "cijfer weggelaten (leeg gedrukt) of het totaal klopt niet",
    },
    # A line of the table the reader could not place (``stray-number``) whose figure, as one more
    # part, would close the gap: a part likely lost in reading rather than a wrong total
    "unique-stray": {
        "en": said("{total} is {stated} but its {parts} sum to only {observed}{withheld_note}: {difference:person|persons} in the "
                   "total {difference:~appears|appear} in no {part}{assumed}; {stray}, which the reader could not place "
                   "in the table, would close the gap as one more {part} — ",
                   "a {part} may have been lost in reading rather than the total being wrong: check "
                   "{stray_n:~that line|those lines} first"),
        "nl": said("{total_nl} is {stated}, maar de {parts_nl} tellen samen maar {observed} op{withheld_note_nl}: "
                   "{difference:persoon|personen} in het totaal {difference:~staat|staan} in {no_part_nl}{assumed_nl}; "
                   "{stray_nl}, dat niet in de tabel geplaatst kon worden, zou als nog een {part_nl} het verschil "
                   "dichten — ",
                   "mogelijk ging bij het lezen een {part_nl} verloren en is het totaal niet fout: ga eerst "
                   "{stray_n:~die regel|die regels} na"),
    },
    "additive-stray": {
        "en": said("{total} is {stated} but its {parts} sum to only {observed}{withheld_note}; this total must equal "
                   "the sum of its {parts} exactly — {missing} missing in the {parts}; {stray}, which the reader could "
                   "not place in the table, makes up exactly that difference — ",
                   "a {part} may have been lost in reading rather than the total being wrong: check "
                   "{stray_n:~that line|those lines} first"),
        "nl": said("{total_nl} is {stated}, maar de {parts_nl} tellen samen maar {observed} op{withheld_note_nl}; dit "
                   "totaal moet precies de som van de {parts_nl} zijn — {missing_nl} {difference:~ontbreekt|ontbreken} "
                   "in de {parts_nl}; {stray_nl}, dat niet in de tabel geplaatst kon worden, maakt dat verschil precies "
                   "goed — ",
                   "mogelijk ging bij het lezen een {part_nl} verloren en is het totaal niet fout: ga eerst "
                   "{stray_n:~die regel|die regels} na"),
    },
    # Lines of one figure each that would close the gap together
    "unique-strays": {
        "en": said("{total} is {stated} but its {parts} sum to only {observed}{withheld_note}: {difference:person|persons} in the "
                   "total {difference:~appears|appear} in no {part}{assumed}; {stray}, lines the reader could not place "
                   "in the table, would close the gap together as more {parts} — ",
                   "{parts} may have been lost in reading rather than the total being wrong: check those lines first"),
        "nl": said("{total_nl} is {stated}, maar de {parts_nl} tellen samen maar {observed} op{withheld_note_nl}: "
                   "{difference:persoon|personen} in het totaal {difference:~staat|staan} in {no_part_nl}{assumed_nl}; "
                   "{stray_nl}, regels die niet in de tabel geplaatst konden worden, zouden samen als meer {parts_nl} "
                   "het verschil dichten — ",
                   "mogelijk gingen bij het lezen {parts_nl} verloren en is het totaal niet fout: ga eerst die regels na"),
    },
    "additive-strays": {
        "en": said("{total} is {stated} but its {parts} sum to only {observed}{withheld_note}; this total must equal "
                   "the sum of its {parts} exactly — {missing} missing in the {parts}; {stray}, lines the reader could "
                   "not place in the table, make up exactly that difference together — ",
                   "{parts} may have been lost in reading rather than the total being wrong: check those lines first"),
        "nl": said("{total_nl} is {stated}, maar de {parts_nl} tellen samen maar {observed} op{withheld_note_nl}; dit "
                   "totaal moet precies de som van de {parts_nl} zijn — {missing_nl} {difference:~ontbreekt|ontbreken} "
                   "in de {parts_nl}; {stray_nl}, regels die niet in de tabel geplaatst konden worden, maken dat "
                   "verschil samen precies goed — ",
                   "mogelijk gingen bij het lezen {parts_nl} verloren en is het totaal niet fout: ga eerst die regels na"),
    },
    # An annex's total that counts rows hidden in its sheet (a page's: in the page): their figures make up the difference
    "unique-hidden": {
        "en": said("{total} is {stated} but its {parts} shown sum to only {observed}{withheld_note}; {hidden_what} "
                   "{hidden_in} ({hidden}) {hidden_n:~makes|make} up the difference of {difference} — ",
                   "the total counts {hidden_n:~a row|rows} {its_reader} does not see — show "
                   "{hidden_n:~it|them}, or leave {hidden_n:~it|them} out of the total"),
        "nl": said("{total_nl} is {stated}, maar de getoonde {parts_nl} tellen samen maar {observed} op"
                   "{withheld_note_nl}; {hidden_what_nl} die {hidden_in_nl} verborgen {hidden_n:~is|zijn} ({hidden_nl}) "
                   "{hidden_n:~maakt|maken} het verschil van {difference} goed — ",
                   "het totaal telt {hidden_n:~een rij|rijen} mee die {its_reader_nl} niet ziet — toon "
                   "{hidden_n:~ze|ze}, of laat {hidden_n:~ze|ze} buiten het totaal"),
    },
    "additive-hidden": {
        "en": said("{total} is {stated} but its {parts} shown sum to only {observed}{withheld_note}; {hidden_what} "
                   "{hidden_in} ({hidden}) {hidden_n:~makes|make} up the difference of {difference} exactly — ",
                   "the total counts {hidden_n:~a row|rows} {its_reader} does not see — show "
                   "{hidden_n:~it|them}, or leave {hidden_n:~it|them} out of the total"),
        "nl": said("{total_nl} is {stated}, maar de getoonde {parts_nl} tellen samen maar {observed} op"
                   "{withheld_note_nl}; {hidden_what_nl} die {hidden_in_nl} verborgen {hidden_n:~is|zijn} ({hidden_nl}) "
                   "{hidden_n:~maakt|maken} het verschil van {difference} precies goed — ",
                   "het totaal telt {hidden_n:~een rij|rijen} mee die {its_reader_nl} niet ziet — toon "
                   "{hidden_n:~ze|ze}, of laat {hidden_n:~ze|ze} buiten het totaal"),
    },
}


@rule("OK101", "total-exceeds-parts", "error", MESSAGES, role="total")
def check(answer, context):
    # (a total whose parts are all withheld too, ``Limburg <5 <5 <5 20``: the three at most 12)
    # (and a total whose parts are all blank, ``Verpleegkunde - - 12``: persons in no part)
    for tc in (*answer_checks(answer), *withheld_only_answer_checks(answer), *blank_only_answer_checks(answer)):
        if tc.exhaustive and tc.parts_high is not None and tc.total.count > tc.parts_high:  # (``waarvan`` rows: some persons only)  # withheld parts (``<5``) at their highest
            difference = tc.total.count - tc.parts_high
            hidden = _hidden_making_up(tc, difference)
            strays, together = ([], False) if hidden else strays_closing(answer, tc, difference)
            yield Hit(
                line=tc.total.line, table=tc.table, period=tc.total.period, **tc.place(),
                stated=tc.total.count, observed=tc.parts_high, difference=difference,
                variant=("unique" if tc.unique else "additive") + ("-hidden" if hidden else "-strays" if together else "-stray" if strays
                                                                   else "-blank" if not tc.parts and not tc.withheld else ""),
                args={**tc.words(), "no_part_nl": _no_part_nl(tc), **withheld_note(tc, "highest"),
                      **assumed_persons(tc), "missing": counted(difference, tc.unit, "en"),
                      "missing_nl": counted(difference, tc.unit, "nl"), **_hidden_words(hidden, tc.table.sheet is not None),
                      **stray_words(strays, tc.table.sheet is not None, together)},
            )


def _hidden_making_up(tc, difference: int) -> list:
    """The figures of rows hidden in an annex's sheet or a page (:attr:`~okot_audit.tables.Table.hidden`)
    that stand among `tc`'s rows, in its period, when they make up `difference` — all of it for
    a total of unique persons (they may count some persons twice), exactly for an additive one;
    else none."""
    table = tc.table
    if not table.hidden or tc.across != "rows" or not tc.parts:
        return []
    first = min(part.line for part in tc.parts)
    # (from the line that closes the block above, or the header, down to the total's line)
    above = max((c.line for c in table.cells if c.level != "row" and c.period == tc.total.period and c.line < first),
                default=table.header_line)
    among = [h for h in table.hidden if h.period == tc.total.period and above <= h.line < tc.total.line]
    counted_in = sum(h.count for h in among)
    return among if among and (counted_in >= difference if tc.unique else counted_in == difference) else []


def _hidden_words(hidden: list, on_sheet: bool) -> dict:
    """The words of a message for the `hidden` figures: which rows (sheet row, or line of the
    page: `on_sheet`, label, figure) and where they hide (:func:`~okot_audit.rules._issues.out_of_sight`)."""
    n = len(hidden)
    where = out_of_sight(on_sheet)
    return {
        **where,
        "hidden": "; ".join(f"{where['a_row']} {h.row} '{h.label}': {h.count}" for h in hidden),
        "hidden_nl": "; ".join(f"{where['a_row_nl']} {h.row} '{h.label}': {h.count}" for h in hidden),
        "hidden_n": n, "hidden_what": "the row" if n == 1 else f"the {n} rows",
        "hidden_what_nl": "de rij" if n == 1 else f"de {n} rijen",
    }


def _no_part_nl(tc) -> str:
    """``geen enkele rij``, ``geen enkel subtotaal``, ``geen enkel deel`` (a neuter noun takes ``enkel``)."""
    part = tc.words()["part_nl"]
    return f"geen enkel {part}" if part in ("subtotaal", "deel") else f"geen enkele {part}"

