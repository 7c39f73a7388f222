"""A number inside a table region became no cell.

## What it does
Reports every number that stands inside a table (between its header and its total) on a line
that belongs to no row: page numbers, a figure on a line of its own, text left over from
extraction. The table's own caption between its rows (`Tabel 1 (vervolg)`, `vervolg van tabel 1`)
is no such line: its number is the table's ordinal, no figure.

## Why it matters
Each number inside a table should be a figure of that table. One that fits nowhere may be a
cell the extraction tore from its row — and then that row is short of a figure.

## Example
```
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 38 47
12
908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 22 38
```
`12` belongs to no row.

Figures on a line of their own outside every table, right below a line leading into them
(`Ter vergelijking:` / `45 144`, perhaps as a list's item: `- 45 144`), are said too
(`figures-alone`): no table reads them, and they are never dropped in silence.

A number between dashes glued before a name's first word outside every table (`-2Opvoeder traject
met`: plain `pdftotext`'s text of a page's mark alone over a row whose name wraps, its figures on
the name's last line) is said too (`mark-in-words`): its number is no figure, and the row below it
was read without those words of its name. Inside a table (`mark-in-name`), where a blank cell's
mark and a figure ran into the next row's name (`Verpleegkunde` / `-2Opvoeder traject met`), the
figure is said with the name the row was read under; a name that opens with its own digits
(`2de graad`, `3D-tekenaar`) is no such line. So is a figure glued to the next row's name below a
row's label that ends in a blank cell's mark (`Verpleegkunde -` / `2Opvoeder traject met`).

Digits after a dash that a row's name took in where it ended a line, the dashes and digits filling
exactly the table's periods (`Verpleegkunde - 2` / `voor volwassenen 3 4` under two periods,
`Verpleegkunde - 2 -` / `voor volwassenen 3 4 6` under three), are said too (`number-in-name`): the
name's own number, or blank cells' marks and counts of a row above whose name's words come below —
both fit the table's columns. The name's reading stands. A name's own number with no dash before it
(`niveau 2`), or dashes and digits that fill more cells or fewer than the periods, is no such line;
nor are dashes and digits that no row can print under a total column (`Verkorte sec - 1` / `jeugd-
bachelor 13 13` under `2020-2021 Totaal`: a total of 1 over no figure), nor a name printed whole on
one line (only the line its first words end, below the row above, is looked at).

Words glued after a page's footer over a row that opens a name of its own (`Pagina 1 van
2Graduaat` / `Verpleegkunde 14 7`, pages' text joined by an extractor) are said too: they are the
next page's running header, or the first line of that row's name wrapped over the page break, and
nothing in the text tells which (`words-after-footer`). The row is read with the name below only.

So is a line of words of its own over a row that opens a name of its own, printed the same at a
page's distance between the table's rows with the pages' text run together, or right after a
form feed where every other later page opens with them too (`Opleidingen in de zorg` /
`Kinderbegeleider 14 7`): a running header atop each page, or a name's first line wrapped
(`words-over-row`). The row is read with the words as its name's start, as printed; where the
catalogue knows the two together as a name, the rows are near (`Bachelor in de` over two rows
running), another page opens without the words (a running header heads every page), or the row
opens with the number the words' last word asks for (`… module` / `5 voor 45 61`), nothing is
said.

In a table without codes, lines of words in lower case right below a row's figures are read as
the end of that row's name: a programme's name opens with a capital, so they open none. Where a
name of the table opens in lower case all the same — the row's own (`kinderzorg 47 89 108` /
`leefgroepenwerking 2 - 3` / `- verkort traject - 2de jaar` / `Verkorte jeugd- 40 62 102`) or the
next row's (`Kapper 12 5` / `individueel - deel 2 - 3` / `educatieve 31 29`) — the case tells
nothing there, and the words may as well open the next row's name, its figures on that name's
last line (`words-between-rows`). The reading stands and is said with both names, and with the
numbers among the words, which a row of their own line might hold as figures.

A small figure (one or two digits) alone on a line of its own at the names' left right below a
row's figures, in `pdftotext -layout`'s text or a PDF (`… 3de jaar  30  20` / `12`), is read as the
end of that row's name, as a name's own number wrapped onto a line of its own is (`… module  12  14`
/ `5`); it may as well be a figure the table lost, or a page's number, and nothing on the page
tells: the reading stands, said at the figure's line (`figure-under-name`). Below a line of the
name without figures (`traject - module` / `5`), or in a table whose names go on below their figures
(cells set to the top of their rows), or where the name's last word asks for a number (`… module`
/ `5`), the number is the name's: nothing is said.
"""

from __future__ import annotations

from okot_audit.rules._issues import issue_hits
from okot_audit.rules.base import rule, said, table_name

MESSAGES = {
    "no-row": {
        "en": said("{count:~number|numbers} {numbers} inside {table_name} {count:~belongs|belong} to no row and "
                   "{count:~was|were} not read as {count:~a figure|figures} of the table; the line reads '{text}' — ",
                   "check whether a row lost its label or a figure its row"),
        "nl": said("{count:~getal|getallen} {numbers_nl} in {table_name_nl} {count:~hoort|horen} bij geen rij en "
                   "{count:~is|zijn} niet als {count:~cijfer|cijfers} van de tabel gelezen; de regel luidt '{text}' "
                   "— ",
                   "ga na of een rij haar label of een cijfer zijn rij verloor"),
    },
    "figures-alone": {
        "en": said("the {count:~number|numbers} {numbers} stand on a line of their own below "
                   "'{other}', outside every table, and {count:~was|were} not read as {count:~a figure|figures} of "
                   "any table; the line reads '{text}' — ",
                   "check whether they are figures of a table the text lost, or compare them with the table by hand"),
        "nl": said("{count:~het getal|de getallen} {numbers_nl} {count:~staat|staan} op een eigen "
                   "regel onder '{other}', buiten elke tabel, en {count:~is|zijn} niet als {count:~cijfer|cijfers} "
                   "van een tabel gelezen; de regel luidt '{text}' — ",
                   "ga na of het cijfers zijn van een tabel die de tekst verloor, of vergelijk ze zelf met de tabel"),
    },
    "mark-in-words": {
        "en": said("the number {numbers} between dashes stands glued before the words '{text}', outside every "
                   "table: a page's mark alone on its line that the extractor ran into the first line of a row's "
                   "name wrapped over several lines; the number was not read, and the row it stands over was read "
                   "without these words of its name — ",
                   "check the name of the row whose figures stand on its name's last line (give okot-audit the "
                   "PDF itself or text from 'pdftotext -layout')"),
        "nl": said("het getal {numbers_nl} tussen streepjes staat vast voor de woorden '{text}', buiten elke "
                   "tabel: een paginanummer alleen op zijn regel dat de omzetter liet doorlopen in de eerste regel "
                   "van de naam van een rij, afgebroken over meer regels; het getal is niet gelezen, en de rij "
                   "waarboven het staat is gelezen zonder deze woorden van haar naam — ",
                   "ga de naam na van de rij waarvan de cijfers op de laatste regel van haar naam staan (geef "
                   "okot-audit de PDF zelf of tekst van 'pdftotext -layout')"),
    },
    "mark-in-name": {
        "en": said("the number {numbers} after a dash stands glued before the words '{text}' inside "
                   "{table_name}: a blank cell's mark and a figure that the extractor ran into the first line of "
                   "the next row's name; the number was not read as a figure, and the row's name was read as "
                   "'{row}' — ",
                   "find the row whose cell holds it and check that row and the next one by hand (give "
                   "okot-audit the PDF itself or text from 'pdftotext -layout')"),
        "nl": said("het getal {numbers_nl} na een streepje staat vast voor de woorden '{text}' in "
                   "{table_name_nl}: het teken van een lege cel en een cijfer dat de omzetter liet doorlopen in de "
                   "eerste regel van de naam van de volgende rij; het getal is niet als cijfer gelezen, en de naam "
                   "van de rij is gelezen als '{row}' — ",
                   "zoek de rij waarvan de cel het bevat en ga die rij en de volgende zelf na (geef okot-audit de "
                   "PDF zelf of tekst van 'pdftotext -layout')"),
    },
    "number-in-name": {
        "en": said("{count:~the number|the numbers} {numbers} after {mark} on the line '{text}' {count:~was|were} "
                   "read as part of the row's name '{row}' in {table_name}, whose last words stand below it; with "
                   "{marks} {count:~it fills|they fill} the table's {periods} {cells}, so {count:~it|they} may as "
                   "well be blank cells' marks and {count:~a figure|figures} of a row of its own above — ",
                   "check whether {numbers} {count:~is|are} the name's own or {count:~a count|counts} of that row "
                   "(give okot-audit the PDF itself or text from 'pdftotext -layout')"),
        "nl": said("{count:~het getal|de getallen} {numbers_nl} na {mark_nl} op de regel '{text}' {count:~is|zijn} "
                   "gelezen als deel van de naam '{row}' van de rij in {table_name_nl}, waarvan de laatste woorden "
                   "eronder staan; met {marks_nl} {count:~vult het|vullen ze} de {periods} {cells_nl} van de tabel, "
                   "dus {count:~kan het|kunnen ze} evengoed tekens van lege cellen en {count:~een cijfer|cijfers} "
                   "zijn van een eigen rij erboven — ",
                   "ga na of {numbers_nl} bij de naam {count:~hoort|horen} of {count:~een aantal is|aantallen zijn} "
                   "van die rij (geef okot-audit de PDF zelf of tekst van 'pdftotext -layout')"),
    },
    "words-after-footer": {
        "en": said("the words '{text}' stand glued after a page's footer ('{other}') above the row on line "
                   "{other_line}, whose name opens on its own: they may be the next page's running header or the "
                   "first line of that row's name, wrapped over the page break; they were not read as part of it — ",
                   "check the row's name (the text comes from an extractor that joined the pages: give okot-audit "
                   "the PDF itself or text from 'pdftotext -layout')"),
        "nl": said("de woorden '{text}' staan vast na de voettekst van een pagina ('{other}') boven de rij op regel "
                   "{other_line}, waarvan de naam op zichzelf begint: ze kunnen de koptekst van de volgende pagina "
                   "zijn of de eerste regel van de naam van die rij, afgebroken over de paginagrens; ze zijn er niet "
                   "als deel van gelezen — ",
                   "ga de naam van de rij na (de tekst komt van een omzetter die de pagina's aan elkaar plakte: geef "
                   "okot-audit de PDF zelf of tekst van 'pdftotext -layout')"),
    },
    # Words below a row's figures taken into its name on their lower case alone, where the table's
    # names do not all open with a capital: they may as well open the next row's name
    "words-between-rows": {
        "en": said("the words '{text}' below the figures of the row '{row}' in {table_name} were read as the end "
                   "of its name{numbers_clause}; in this table a name opens in lower case too, so nothing in the text "
                   "tells them from the first lines of the next row's name, '{other}' (line {other_line}), whose "
                   "figures would then stand on its name's last line: either row's name may be read wrong, and "
                   "what is checked of a programme by its name with it — ",
                   "check both rows' names in the published PDF (give okot-audit the PDF itself: where the "
                   "figures stand beside the names' lines tells)"),
        "nl": said("de woorden '{text}' onder de cijfers van de rij '{row}' in {table_name_nl} zijn gelezen als "
                   "het einde van haar naam{numbers_clause_nl}; in deze tabel begint ook een naam met een kleine "
                   "letter, dus niets in de tekst onderscheidt ze van de eerste regels van de naam van de volgende "
                   "rij, '{other}' (regel {other_line}), waarvan de cijfers dan op de laatste regel van haar naam "
                   "staan: de naam van elk van beide rijen kan verkeerd gelezen zijn, en wat van een opleiding aan "
                   "de hand van haar naam gecontroleerd wordt mee — ",
                   "ga de namen van beide rijen na in de gepubliceerde PDF (geef okot-audit de PDF zelf: waar de "
                   "cijfers naast de regels van de namen staan, zegt het)"),
    },
    # A small figure alone on its line right below a row's counts, at its name's left, read as the
    # end of that name (pdftotext -layout's text, a PDF): the name's own number, or a figure lost
    "figure-under-name": {
        "en": said("the number {numbers} stands alone on a line of its own at the names' left right below the "
                   "figures of the row on line {other_line} in {table_name} and was read as the end of its name "
                   "('{other}'), as a name's own number wrapped onto a line of its own is; it may as well be a "
                   "figure the table lost from its cells, or a page's number, and then the row's name is read "
                   "wrong — ",
                   "check the row's name and whether a figure of the table is missing in the published PDF"),
        "nl": said("het getal {numbers_nl} staat alleen op een eigen regel links bij de namen vlak onder de "
                   "cijfers van de rij op regel {other_line} in {table_name_nl} en is gelezen als het einde van "
                   "haar naam ('{other}'), zoals het eigen nummer van een naam dat op een eigen regel afbrak; het "
                   "kan evengoed een cijfer zijn dat de tabel uit haar cellen verloor, of een paginanummer, en dan "
                   "is de naam van de rij verkeerd gelezen — ",
                   "ga de naam van de rij na en of er een cijfer van de tabel ontbreekt in de gepubliceerde PDF"),
    },
    "words-over-row": {
        "en": said("the words '{text}' stand on a line of their own above the row on line {other_line}, whose "
                   "name opens on its own, as they stand again at a page's distance or right after a page's break: "
                   "they may be a page's running header, the pages' text run together, or the first line of that "
                   "row's name, wrapped; they were read as the start of its name — ",
                   "check the row's name (give okot-audit the PDF itself or text from 'pdftotext -layout')"),
        "nl": said("de woorden '{text}' staan op een eigen regel boven de rij op regel {other_line}, waarvan de "
                   "naam op zichzelf begint, zoals ze een pagina verder opnieuw staan of net na een "
                   "paginagrens: ze kunnen de koptekst van een pagina zijn, de tekst van de pagina's aan elkaar "
                   "geplakt, of de eerste regel van de naam van die rij, afgebroken; ze zijn gelezen als het begin "
                   "van haar naam — ",
                   "ga de naam van de rij na (geef okot-audit de PDF zelf of tekst van 'pdftotext -layout')"),
    },
}


@rule("OK902", "stray-number", "warning", MESSAGES)
def check(answer, context):
    yield from issue_hits(answer, "stray-number", extra=_numbers_clause)


def _numbers_clause(issue, table) -> dict[str, str]:
    """The clause on the numbers among a name's words (``words-between-rows``): the name's own
    as read, or a row's figures. A run that fills every column of a header that prints several
    under each period (``number-in-name``: more columns than the table of one column has periods)
    is said of the whole table, its columns by that word."""
    if issue.reason == "number-in-name":
        # (the run ends the line as printed, a token under each column: its first the mark it opens with)
        run = (issue.text or "").split()[-len(issue.periods):] if issue.periods else []
        dash = not run or run[0] not in ("x", "X")
        marks = {"mark": "a dash" if dash else f"a blank's mark '{run[0]}'",
                 "mark_nl": "een streepje" if dash else f"een teken van een lege cel '{run[0]}'",
                 "marks": "the dashes" if all(t not in ("x", "X") for t in run) else "the marks",
                 "marks_nl": "de streepjes" if all(t not in ("x", "X") for t in run) else "de tekens"}
        printed = [t for t in run if t[-1:].isdigit()]  # (as printed: a withheld count's bound, ``<5``, no 5)
        if len(printed) == len(issue.numbers):
            marks["numbers"] = marks["numbers_nl"] = ", ".join(printed)
        if table is not None and table.column and len(issue.periods) > len(table.periods):
            return {**marks, "cells": "columns", "cells_nl": "kolommen",
                    "table_name": table_name(table, "en", issue.line, column=False),
                    "table_name_nl": table_name(table, "nl", issue.line, column=False)}
        return {**marks, "cells": "periods", "cells_nl": "periodes"}
    if issue.reason != "words-between-rows" or not issue.numbers:
        return {"numbers_clause": "", "numbers_clause_nl": ""}
    one = len(issue.numbers) == 1
    figures = ", ".join(str(x) for x in issue.numbers)
    return {
        "numbers_clause": f", {'its number' if one else 'their numbers'} {figures} as the name's own, though "
                          f"{'it' if one else 'they'} may be {'a figure' if one else 'figures'} of a row on "
                          f"{'its' if one else 'their'} own line",
        "numbers_clause_nl": f", {'het getal' if one else 'de getallen'} {figures} als deel van de naam, al "
                             f"{'kan het' if one else 'kunnen ze'} ook {'een cijfer' if one else 'cijfers'} zijn van "
                             f"een rij op {'zijn' if one else 'hun'} eigen regel",
    }
