"""A table region, or part of it, could not be read.

## What it does
Reports where the reader met a table it could not turn into cells: a table whose header names
no period and whose text names no year, a row without counts at the end of its last line, a
row that ends in more figures than its table has periods (nothing shows the first are digits of
its label, as in `module 5`) or whose wide spaces, read as blank cells, leave its figures no
room among the periods, a row that prints a value no count can be where a count stands (a
negative number `-4`, a range `30-35`, a decimal `120,5`), a row whose label was lost, a row whose label holds a training code after words that are no block's name nor a subset's lead-in (`Zie ook opleiding 903632: … 67 123`: whether its figures count that programme cannot be told), a total line without numbers or with
figures among its words (`Totaal Antwerpen 360 107 115432387 Educatieve … x x 11`, its line run into
the next row's), a province block without its closing `Totaal <province>` line — and, after reading, any run of lines that looks like a table (label
words ending in numbers, lines of only numbers, a `Totaal` line with numbers) that no table
took; a table whose header names its columns by something other than periods or categories of
persons (`Provincie Arbeiders Bedienden Totaal`) is named as such — categories of persons as
columns (`Provincie Mannen Vrouwen Totaal`) are read, one table per category, and so are measures
as columns (`Provincie Gestart Geslaagd Gestopt`), one table per measure, for the one period
the prose or a caption names, and where neither names one the finding says so — and so is a row of a table that prints several
columns under each period whose names neither each say what they count, each something else,
nor name categories of persons of one attribute (`2021 2022` / `geslaagd geslaagd geslaagd
geslaagd`; columns that do, `gestart` / `geslaagd`, `inschrijvingen` / `unieke cursisten` or
`Man` / `Vrouw` / `Totaal`, are read as one table per column name, and a column that names
nothing beside one that does, `uitgevoerd` beside `geslaagd`, as a table whose measure is
unknown), and so is a table that prints the same periods more than once (`2021 2022 2021 2022`)
with no header line above them that names what the periods count each time, and so is
a row whose figures may print thousands apart with a space but do not say which pair up
(`Man 1 102 250` under two periods), and so
are table-like lines right below a table's closing total line with no total line below them
(`Vlaams Gewest …` / `Brussels Hoofdstedelijk Gewest 57 60`), which are no rows of that table
(with a `Totaal …` below them, `Vlaams Gewest` is a subtotal and the table is read), and so is a
line of figures alone with no label right beside a table — below its last row, as many figures as
its rows print (its total without its word, perhaps) or fewer (`2 3` under three periods: which
columns they stand under cannot be told), below its closing total, or right above its header —
wherever the line stands (at the label's left in `pdftotext -layout` text it is never run into the
last row's name or the header's words; one figure under 100 alone may be a page's number and is
not said, but in a workbook's or a web page's row of cells it is), and so is
a row alone right below a header line whose periods could not be read (`Provincie Opleiding
juni 2023 2023 augustus 2023`, a month's name lost), and so
are two tables printed side by side on the same lines (`Provincie 2021 2022 Provincie 2021
2022`: which figures belong to which table is not read), and so is a table whose header names
quarters or half years of one year side by side (`Q1 2022 Q2 2022`, `1ste kwartaal`, `1e
semester 2022 2e semester 2022`), which are not read as periods (one part of a year beside whole years,
`2021 2022 1e semester 2023` or `januari-juni 2023`, is that year, partial). Text from an extractor that printed one figure per line gets its own message: give the
PDF instead (such text, a table printed cell by cell, is read where its cells come in the rows'
order; the message says what breaks that order: a row with a blank cell, columns printed one after
another, block names after the figures); so does text whose figures stand glued to their labels and to each other without
a space (`Limburg529540555560`, as pypdf prints a turned page), whose digits no reader can part
into figures (the finding says how many lines of figures and digits it holds), and text an extractor printed backwards (`66 16 06 75 lessurB`, as pdfplumber
prints a turned page), and a PDF's page that holds no text but an image over a good part of it (a
scanned page among pages of text), whose table no one read, and a PDF's page that holds text and
such an image when no table of the answer could be read (a table pasted as a picture below its
prose), or an HTML answer's image (`<img>`, named by its alt text or src; not one given a size too
small for a table, an icon) when no table of it could be read, and so is a document an HTML answer
embeds or links to (`<object data="bijlage.pdf">`, `<iframe>`, `<a href="tabel.xlsx">`, named by its
file: the table is in that file, which okot-audit reads when given it) when no table of it could be
read, and a PDF's page without text or such an image that draws forty shapes the size
of a letter or more (its text turned into outlines; a rule, a logo or a signature draws fewer),
and a PDF's page that draws nothing where a part of the PDF cannot be
decompressed (a damaged page, not a blank one), and a PDF's page whose own content breaks off
part-way (its stream cannot be decompressed to its end: what it prints after the damage is lost), and a PDF's table without rules whose
names wrap over several lines of their cells where the figures may stand beside a name's first
line or beside its last (both read every line, into different names), whose names no one can tell; so does a table of only percentages or decimals (shares, changes), which holds no
counts to check. In a table printed with delimiters (`;`, `,`, tabs, Markdown pipes), a row
whose cells are more or fewer than its header's, or that two delimiters split differently, is
named at its line: which column each of its figures belongs to cannot be told. In an `.xlsx`
annex, cells formatted as dates that hold years (`2018`, which Excel shows as `10/07/1905`: the
2018th day from 1900) are named at their row, with what they show and the years they hold: a
day in 1905 is no period of the answer, and the table's totals are not checked. A caption that
says the table above goes on (`Tabel 1 (vervolg)`) over a header that names other periods than
that table's (`Provincie 2022 2023` below the rows of `Provincie 2020 2021`) continues no table:
its rows are read as a table of their own, not joined to the table above, and the caption's line
is named with both headers' periods — each table's total is then checked against its own rows only
(under the same periods, the rows below the caption go on with the table, on the same page too, and
its total is checked once over all of them). The rest of the
answer is still read and checked; an answer with an unread table never passes as clean.

## Why it matters
Figures that could not be read are figures nobody checked. The finding says where and why,
and lists the numbers involved, so nothing disappears silently.

## Example
```
Provincie Opleiding Aantal
900123: Tweedekansonderwijs zorgkundige - 1ste jaar 19
```
with no year in the header nor in the text before it: the table is not read.
"""

from __future__ import annotations

from okot_audit.rules._issues import issue_hits
from okot_audit.rules.base import rule

MESSAGES = {
    "categories-without-period": {
        "en": "cannot read {table_name}: its header names categories of persons as its columns "
              "({other}) and no period, and the text before it names no year (nor does a caption above the "
              "header), so its figures ({numbers}) belong to no period and were not checked",
        "nl": "{table_name_nl} is niet te lezen: de hoofding noemt categorieën van personen als kolommen "
              "({other}) en geen periode, en de tekst ervoor noemt geen jaar (net zomin als een titel boven de "
              "hoofding), dus de cijfers ({numbers_nl}) horen bij geen periode en zijn niet gecontroleerd",
    },
    "measures-without-period": {
        "en": "cannot read {table_name}: its header names what each column counts ({other}) and no "
              "period, and the text before it names no year (nor does a caption above the header), so its "
              "figures ({numbers}) belong to no period and were not checked",
        "nl": "{table_name_nl} is niet te lezen: de hoofding noemt wat elke kolom telt ({other}) en geen "
              "periode, en de tekst ervoor noemt geen jaar (net zomin als een titel boven de hoofding), dus de "
              "cijfers ({numbers_nl}) horen bij geen periode en zijn niet gecontroleerd",
    },
    "no-period": {
        "en": "cannot read {table_name}: its header names no period and the text before it names "
              "no year, so its figures ({numbers}) belong to no period and were not checked",
        "nl": "{table_name_nl} is niet te lezen: de hoofding noemt geen periode en de tekst ervoor "
              "geen jaar, dus de cijfers ({numbers_nl}) horen bij geen periode en zijn niet gecontroleerd",
    },
    "row-without-counts": {
        "en": "cannot read row {row} of {table_name}: its last line ends in no counts (numbers "
              "seen: {numbers}); the table's totals were not checked",
        "nl": "rij {row} van {table_name_nl} is niet te lezen: de laatste regel eindigt niet op "
              "aantallen (gevonden getallen: {numbers_nl}); de totalen van de tabel zijn niet gecontroleerd",
    },
    # a value no count of persons can be, where a count stands (``-4``, ``30-35``, ``120,5``)
    "not-a-count": {
        "en": "cannot read row {row} of {table_name}: it prints {other} where a count of persons stands — "
              "{form}, no count; the row is not read (other numbers: {numbers}) and the table's totals were "
              "not checked; check this row against the published PDF",
        "nl": "rij {row} van {table_name_nl} is niet te lezen: ze drukt {other} af waar een aantal personen "
              "staat — {form_nl}, geen aantal; de rij is niet gelezen (andere getallen: {numbers_nl}) en de "
              "totalen van de tabel zijn niet gecontroleerd; controleer deze rij in de gepubliceerde PDF",
    },
    "code-after-prose": {
        "en": "cannot read the row '{row}' of {table_name}: its label holds the training code {other} after the "
              "words '{text}', which are no block's name nor a subset's lead-in ('waarvan …'); whether its figures "
              "({numbers}) count programme {other} or what the words say cannot be told, so the row is not read "
              "and the table's totals were not checked — check the row in the published answer",
        "nl": "de rij '{row}' van {table_name_nl} is niet te lezen: het label bevat de opleidingscode {other} "
              "na de woorden '{text}', die geen naam van een blok en geen inleiding van een deelverzameling "
              "('waarvan …') zijn; of de cijfers ({numbers_nl}) opleiding {other} tellen of wat de woorden zeggen, "
              "is niet te zeggen, dus de rij is niet gelezen en de totalen van de tabel zijn niet gecontroleerd — "
              "controleer de rij in het gepubliceerde antwoord",
    },
    "row-without-label": {
        "en": "a row of {table_name} has figures ({numbers}) but no label: its label was lost in "
              "extraction, so nobody can tell what it counts; the table's totals were not checked",
        "nl": "een rij van {table_name_nl} heeft cijfers ({numbers_nl}) maar geen label: het label ging "
              "verloren bij het omzetten, dus niemand weet wat ze telt; de totalen zijn niet gecontroleerd",
    },
    # under each period a count and a column of values that are no counts (``Aantal  Leeftijd``), both
    # printed as counts are, over a row of fewer figures than these columns
    "columns-unplaced": {
        "en": "cannot read row {row} of {table_name}: its header prints under each period a column of counts "
              "and a column of values that are no counts (such as an age or a duration), printed as counts are, "
              "but the row prints fewer figures ({numbers}) than these columns, so which of them are counts, and "
              "under which period, cannot be told; the row is not read and the table's totals were not checked; "
              "check this row against the published PDF",
        "nl": "rij {row} van {table_name_nl} is niet te lezen: de hoofding drukt onder elke periode een kolom "
              "aantallen af en een kolom waarden die geen aantallen zijn (zoals een leeftijd of een duur), gedrukt "
              "zoals aantallen, maar de rij drukt minder cijfers af ({numbers_nl}) dan die kolommen, dus welke "
              "ervan aantallen zijn, en onder welke periode, is niet te zeggen; de rij is niet gelezen en de "
              "totalen van de tabel zijn niet gecontroleerd; controleer deze rij in de gepubliceerde PDF",
    },
    "more-figures-than-periods": {
        "en": "cannot read row {row} of {table_name}: it ends in more figures ({numbers}) than "
              "the table has periods ({periods}), and nothing shows that the first are digits of its "
              "label; the row is not read and the table's totals were not checked",
        "nl": "rij {row} van {table_name_nl} is niet te lezen: ze eindigt op meer cijfers ({numbers_nl}) "
              "dan de tabel perioden heeft ({periods}), en niets wijst erop dat de eerste cijfers bij "
              "het label horen; de rij is niet gelezen en de totalen van de tabel zijn niet gecontroleerd",
    },
    # (no more figures than periods: the spacing between them, read as blank cells, leaves them too little room)
    "blanks-overflow": {
        "en": "cannot read row {row} of {table_name}: its {count:figure|figures} ({numbers}) would fit "
              "the table's {periods} periods, but the wide spaces before and between them read as blank cells (two "
              "spaces or more mark a blank), which leaves no room for all of them, and nothing shows that "
              "the first are digits of its label; the row is not read and the table's totals were not checked",
        "nl": "rij {row} van {table_name_nl} is niet te lezen: haar {count:cijfer|cijfers} ({numbers_nl}) zouden "
              "passen in de {periods} perioden van de tabel, maar de brede witruimte ervoor en ertussen leest als lege "
              "cellen (twee spaties of meer zijn een lege cel), zodat er geen plaats is voor alle cijfers, en "
              "niets wijst erop dat de eerste cijfers bij het label horen; de rij is niet gelezen en de totalen van de "
              "tabel zijn niet gecontroleerd",
    },
    "figures-in-total-label": {
        "en": "cannot read the total line '{row}' of {table_name}: figures stand among its words besides its "
              "periods' cells ({numbers}), so which are its counts cannot be told (its line run into the next "
              "row, or a name's digits); the line is not read and the table's totals were not checked",
        "nl": "de totaalregel '{row}' van {table_name_nl} is niet te lezen: er staan cijfers tussen haar woorden "
              "naast de cellen van haar perioden ({numbers_nl}), dus welke haar aantallen zijn is niet te zeggen "
              "(haar regel loopt door in de volgende rij, of het zijn cijfers van een naam); de regel is niet "
              "gelezen en de totalen van de tabel zijn niet gecontroleerd",
    },
    "total-without-numbers": {
        "en": "the total line '{row}' of {table_name} has no numbers; the table's total cannot be checked",
        "nl": "de totaalregel '{row}' van {table_name_nl} heeft geen getallen; het totaal van de tabel "
              "is niet te controleren",
    },
    "block-not-closed": {
        "en": "the rows at {lines_word} {other_line}–{line} of {table_name} have no closing "
              "'Totaal <province>' line; they were counted for {province}, the province named among them",
        "nl": "de rijen op {lines_word} {other_line}–{line} van {table_name_nl} hebben geen afsluitende "
              "'Totaal <provincie>'-regel; ze zijn geteld bij {province}, de provincie die ertussen "
              "genoemd wordt",
    },
    "table-like-lines": {
        "en": "{lines_word} {line}–{other_line} look like a table ('{text}' …) but no table could be read "
              "there: no header with periods or training codes was found; its figures ({numbers}) "
              "were not checked",
        "nl": "{lines_word} {line}–{other_line} zien eruit als een tabel ('{text}' …), maar er kon geen tabel "
              "gelezen worden: geen hoofding met perioden of opleidingscodes gevonden; de cijfers "
              "({numbers_nl}) zijn niet gecontroleerd",
    },
    "periods-unclear": {
        "en": "{lines_word} {line}–{other_line} look like a table of one column ('{text}' …) right below a line "
              "that names more than one period ('{other}'): which period its counts are of cannot be told, so no "
              "table was read there; its figures ({numbers}) were not checked",
        "nl": "{lines_word} {line}–{other_line} zien eruit als een tabel met één kolom ('{text}' …) vlak onder een "
              "regel die meer dan één periode noemt ('{other}'): van welke periode de aantallen zijn, is niet te "
              "zeggen, dus daar is geen tabel gelezen; de cijfers ({numbers_nl}) zijn niet gecontroleerd",
    },
    "rows-after-total": {
        "en": "{lines_word} {line}–{other_line} ('{text}' …) stand right below a table's total line ('{other}') "
              "but could not be read as rows of that table: a table's rows stand above its closing total; "
              "their figures ({numbers}) were not checked",
        "nl": "{lines_word} {line}–{other_line} ('{text}' …) staan vlak onder de totaalregel van een tabel "
              "('{other}') maar konden niet als rijen van die tabel gelezen worden: de rijen van een tabel staan "
              "boven het afsluitende totaal; de cijfers ({numbers_nl}) zijn niet gecontroleerd",
    },
    "figures-below-rows": {
        "en": "{line_word} {line} ('{text}') stands {below} a table's last row ('{other}') with as many "
              "figures but no label: it may be the table's total without its label, or a row whose label was "
              "lost; it was not read as either; its figures ({numbers}) were not checked",
        "nl": "{line_word} {line} ('{text}') staat {below_nl} de laatste rij van een tabel ('{other}') met evenveel "
              "cijfers maar zonder label: het kan het totaal van de tabel zijn zonder zijn label, of een rij "
              "waarvan het label verloren ging; het is als geen van beide gelezen; de cijfers ({numbers_nl}) zijn "
              "niet gecontroleerd",
    },
    "fewer-figures-below-rows": {
        "en": "{line_word} {line} ('{text}') stands {below} a table's last row ('{other}') with {count} {figures_word}, "
              "fewer than the table's rows print, and no label: it may be the table's total without its label, or a "
              "row whose label was lost, with cells left blank; which columns its figures stand under cannot be told; "
              "it was not read as either; its figures ({numbers}) were not checked",
        "nl": "{line_word} {line} ('{text}') staat {below_nl} de laatste rij van een tabel ('{other}') met {count} "
              "{figures_word_nl}, minder dan de rijen van de tabel tellen, en zonder label: het kan het totaal van de tabel zijn "
              "zonder zijn label, of een rij waarvan het label verloren ging, met lege cellen; onder welke kolommen de "
              "cijfers staan, is niet te zeggen; het is als geen van beide gelezen; de cijfers ({numbers_nl}) zijn "
              "niet gecontroleerd",
    },
    "figures-above-header": {
        "en": "{line_word} {line} ('{text}') stands right above a table's header ('{other}') with figures alone and no "
              "label: a table starts at its header, so it is no row of that table — a row of a table above whose "
              "label was lost, or a caption's figures; it was not read; its figures ({numbers}) were not checked",
        "nl": "{line_word} {line} ('{text}') staat vlak boven de hoofding van een tabel ('{other}') met alleen "
              "cijfers en zonder label: een tabel begint bij zijn hoofding, dus het is geen rij van die tabel — een "
              "rij van een tabel erboven waarvan het label verloren ging, of de cijfers van een bijschrift; het is "
              "niet gelezen; de cijfers ({numbers_nl}) zijn niet gecontroleerd",
    },
    "periods-above-header": {
        "en": "{line_word} {line} ('{text}') names periods right above a table's header ('{other}'), which names its "
              "own: the table is read under its header's periods ({read}), the line its rows stand under; the line "
              "above was not read — if the table's figures are of the periods it names, every check of the table is "
              "of the wrong periods",
        "nl": "{line_word} {line} ('{text}') noemt perioden vlak boven de hoofding van een tabel ('{other}'), die er "
              "zelf noemt: de tabel is gelezen met de perioden van haar hoofding ({read}), de regel waaronder de rijen "
              "staan; de regel erboven is niet gelezen — als de cijfers van de tabel van de perioden zijn die hij "
              "noemt, gaat elke controle van de tabel over de verkeerde perioden",
    },
    "continuation-other-header": {
        "en": "{line_word} {line} ('{text}') says the table above goes on, but the header below it ('{other}', "
              "{line_word} {other_line}) names other periods ({read}) than that table's ({theirs}): it continues "
              "no table, so its rows were read as a table of their own, not joined to the table above — its total "
              "line is checked against its own rows only, the table above's against the rows above the caption; "
              "check against the PDF which periods the rows count",
        "nl": "{line_word} {line} ('{text}') zegt dat de tabel erboven verdergaat, maar de hoofding eronder "
              "('{other}', {line_word} {other_line}) noemt andere perioden ({read}) dan die van die tabel "
              "({theirs}): ze zet geen tabel voort, dus haar rijen zijn gelezen als een eigen tabel, niet bij de tabel "
              "erboven gevoegd — haar totaalregel is alleen met haar eigen rijen vergeleken, die van de tabel erboven "
              "met de rijen boven het opschrift; kijk in de PDF na welke perioden de rijen tellen",
    },
    "row-after-total": {
        "en": "{line_word} {line} ('{text}') stands {below} a table's total line ('{other}') but could not be "
              "read as a row of that table: a table's rows stand above its closing total, or a total line "
              "below them totals them with it; its figures ({numbers}) were not checked",
        "nl": "{line_word} {line} ('{text}') staat {below_nl} de totaalregel van een tabel ('{other}') maar kon niet "
              "als rij van die tabel gelezen worden: de rijen van een tabel staan boven het afsluitende totaal, "
              "of een totaalregel eronder telt ze er samen mee; de cijfers ({numbers_nl}) zijn niet gecontroleerd",
    },
    "row-under-header": {
        "en": "{line_word} {line} ('{text}') stands right below a header line ('{other}') but no table could be "
              "read there: the header's periods could not be read (a period's name may have been lost in the "
              "text); its figures ({numbers}) were not checked",
        "nl": "{line_word} {line} ('{text}') staat vlak onder een hoofdingregel ('{other}') maar er kon daar geen "
              "tabel gelezen worden: de perioden van de hoofding waren niet te lezen (de naam van een periode is "
              "misschien verloren gegaan in de tekst); de cijfers ({numbers_nl}) zijn niet gecontroleerd",
    },
    "thousands-unclear": {
        "en": "cannot read row {row} of {table_name}: its figures ({numbers}) are more than the table's "
              "periods ({periods}) and may print a count's thousands apart with a space (1 102), but they do "
              "not say which figures make one count; the row is not read and the table's totals were not checked",
        "nl": "rij {row} van {table_name_nl} is niet te lezen: de cijfers ({numbers_nl}) zijn meer dan de "
              "perioden van de tabel ({periods}) en kunnen de duizendtallen van een aantal met een spatie "
              "scheiden (1 102), maar niet welke cijfers samen één aantal vormen; de rij is niet gelezen en de "
              "totalen van de tabel zijn niet gecontroleerd",
    },
    "periods-repeated": {
        "en": "cannot read {table_name}: its header prints the same periods more than once ({other}) "
              "and no header line above them names what the periods count each time (a measure such as "
              "'gestart' over the first, 'geslaagd' over the second), so okot-audit cannot tell what each column counts; "
              "its figures ({numbers}) were not read and the table's totals were not checked",
        "nl": "{table_name_nl} is niet te lezen: de hoofding drukt dezelfde perioden meer dan eens af "
              "({other}) en geen regel van de hoofding erboven noemt wat de perioden telkens tellen (een maat "
              "zoals 'gestart' boven de eerste, 'geslaagd' boven de tweede), dus kan okot-audit niet zeggen wat "
              "elke kolom telt; de cijfers ({numbers_nl}) zijn niet gelezen en de totalen van de tabel niet gecontroleerd",
    },
    "columns-per-period": {
        "en": "cannot read row {row} of {table_name}: its header prints several columns under each "
              "period ({other}) whose names do not each say what they count (a measure such as 'gestart' or "
              "'geslaagd', or a unit such as 'inschrijvingen'), each something else, nor name categories of "
              "persons of one attribute (such as 'Man' and 'Vrouw'), so no column can be read as a table of "
              "its own; its figures ({numbers}) were not read and the table's totals were "
              "not checked",
        "nl": "rij {row} van {table_name_nl} is niet te lezen: de hoofding drukt meerdere kolommen af onder "
              "elke periode ({other}) waarvan de namen niet elk zeggen wat ze tellen (een maat zoals 'gestart' "
              "of 'geslaagd', of een eenheid zoals 'inschrijvingen'), telkens iets anders, noch categorieën van "
              "personen van één kenmerk noemen (zoals 'Man' en 'Vrouw'), dus geen kolom is als eigen tabel te "
              "lezen; de cijfers ({numbers_nl}) zijn niet gelezen en de totalen van de "
              "tabel zijn niet gecontroleerd",
    },
    "header-columns-per-period": {
        "en": "cannot read {table_name}: its header prints several columns under each period "
              "({other}) whose names do not each say what they count, each something else (a measure such "
              "as 'gestart' or 'geslaagd', or a unit such as 'inschrijvingen'), nor name categories of persons "
              "of one attribute (such as 'Man' and 'Vrouw'), so no column can be read as a table of its own; its figures ({numbers}) were not checked",
        "nl": "{table_name_nl} is niet te lezen: de hoofding drukt meerdere kolommen af onder elke periode "
              "({other}) waarvan de namen niet elk zeggen wat ze tellen, telkens iets anders (een maat zoals "
              "'gestart' of 'geslaagd', of een eenheid zoals 'inschrijvingen'), noch categorieën van personen van "
              "één kenmerk noemen (zoals 'Man' en 'Vrouw'), dus geen kolom is als eigen tabel te lezen; de cijfers ({numbers_nl}) zijn niet gecontroleerd",
    },
    "side-by-side": {
        "en": "cannot read {table_name}: {lines_word} {line}–{other_line} print two tables side by side on the same "
              "lines (its header '{text}' is two headers side by side, the first '{other}'), so okot-audit cannot tell "
              "which figures belong to which table; its figures ({numbers}) were not checked",
        "nl": "{table_name_nl} is niet te lezen: {lines_word} {line}–{other_line} drukken twee tabellen naast elkaar "
              "op dezelfde regels af (de hoofding '{text}' is twee hoofdingen naast elkaar, de eerste '{other}'), dus "
              "kan okot-audit niet zeggen welke cijfers bij welke tabel horen; de cijfers ({numbers_nl}) zijn niet gecontroleerd",
    },
    "quarter-periods": {
        "en": "{lines_word} {line}–{other_line} look like a table ('{text}' …) whose header names quarters or half years "
              "({other}): okot-audit reads years, school years and months as periods, not a year's quarters or "
              "halves side by side, so this table was not read; its figures ({numbers}) were not checked",
        "nl": "{lines_word} {line}–{other_line} zien eruit als een tabel ('{text}' …) waarvan de hoofding kwartalen of "
              "semesters noemt ({other}): okot-audit leest jaren, schooljaren en maanden als perioden, geen "
              "kwartalen of semesters van een jaar naast elkaar, dus deze tabel is niet gelezen; de cijfers "
              "({numbers_nl}) zijn niet gecontroleerd",
    },
    "quarter-lines": {
        "en": "{lines_word} {line}–{other_line} look like a table on its side ('{text}' …) whose lines name "
              "quarters or parts of the same year ({other}); okot-audit reads years, school years and months as "
              "periods, not a year's parts one under another, so this table was not read; its figures "
              "({numbers}) were not checked",
        "nl": "{lines_word} {line}–{other_line} zien eruit als een gekantelde tabel ('{text}' …) waarvan de regels "
              "kwartalen of delen van hetzelfde jaar noemen ({other}); okot-audit leest jaren, schooljaren en "
              "maanden als perioden, geen delen van een jaar onder elkaar, dus deze tabel is niet gelezen; de "
              "cijfers ({numbers_nl}) zijn niet gecontroleerd",
    },
    "quarter-columns": {
        "en": "cannot read row {row} of {table_name}: its header names quarters or half years of the same year "
              "as its columns ({other}); okot-audit reads years, school years and months as periods, not a "
              "year's quarters or halves side by side, so its figures ({numbers}) were not read and the "
              "table's totals were not checked",
        "nl": "rij {row} van {table_name_nl} is niet te lezen: de hoofding noemt kwartalen of semesters van "
              "hetzelfde jaar als kolommen ({other}); okot-audit leest jaren, schooljaren en maanden als "
              "perioden, geen kwartalen of semesters van een jaar naast elkaar, dus de cijfers ({numbers_nl}) "
              "zijn niet gelezen en de totalen van de tabel zijn niet gecontroleerd",
    },
    "columns-without-periods": {
        "en": "{lines_word} {line}–{other_line} look like a table ('{text}' …) whose header '{other}' names its "
              "columns by something other than periods or categories of persons (gender, age class, education "
              "level): okot-audit reads tables whose columns are periods or such categories (or whose lines "
              "are periods), so this table across them was not read; its figures ({numbers}) were not checked",
        "nl": "{lines_word} {line}–{other_line} zien eruit als een tabel ('{text}' …) waarvan de hoofding "
              "'{other}' de kolommen naar iets anders noemt dan perioden of categorieën van personen "
              "(geslacht, leeftijdsklasse, scholingsniveau): okot-audit leest tabellen met zulke kolommen "
              "(of met perioden als regels), dus deze kruistabel is niet gelezen; de cijfers "
              "({numbers_nl}) zijn niet gecontroleerd",
    },
    "shares-only": {
        "en": "{lines_word} {line}–{other_line} look like a table of shares or changes ('{text}' …: {other}), "
              "not of counts: okot-audit reads and checks counts only, so these values were not checked",
        "nl": "{lines_word} {line}–{other_line} zien eruit als een tabel van aandelen of wijzigingen ('{text}' …: "
              "{other}), niet van aantallen: okot-audit leest en controleert enkel aantallen, dus deze "
              "waarden zijn niet gecontroleerd",
    },
    "amounts-only": {
        "en": "{lines_word} {line}–{other_line} look like a table of amounts of money ('{text}' …: {other}), not "
              "of counts: okot-audit reads and checks counts only, so these amounts were not checked",
        "nl": "{lines_word} {line}–{other_line} zien eruit als een tabel van geldbedragen ('{text}' …: {other}), "
              "niet van aantallen: okot-audit leest en controleert enkel aantallen, dus deze bedragen zijn niet "
              "gecontroleerd",
    },
    "cell-count": {
        "en": "cannot read the row '{text}' of a table printed with delimiters: it has more or fewer cells "
              "than the table's {periods} columns, so which column each of its figures ({numbers}) "
              "belongs to cannot be told; the row is not read and the table's totals were not checked",
        "nl": "de rij '{text}' van een tabel met scheidingstekens is niet te lezen: ze heeft meer of minder "
              "cellen dan de {periods} kolommen van de tabel, dus bij welke kolom elk van haar cijfers "
              "({numbers_nl}) hoort, is niet te zeggen; de rij is niet gelezen en de totalen van de tabel "
              "zijn niet gecontroleerd",
    },
    "merged-figure": {
        "en": "cannot read the figure {numbers} of the row '{text}': the annex or page prints it in one cell merged "
              "over the columns {other}, so it is no one column's figure (not the first's, as the cell's place "
              "suggests); it is not read as any of them and the table's totals were not checked; give each "
              "column its own figure",
        "nl": "het cijfer {numbers_nl} van de rij '{text}' is niet te lezen: de bijlage of pagina zet het in één cel "
              "die over de kolommen {other} samengevoegd is, dus het is het cijfer van geen enkele kolom (niet van "
              "de eerste, zoals de plaats van de cel doet denken); het is bij geen van hen gelezen en de totalen van "
              "de tabel zijn niet gecontroleerd; geef elke kolom haar eigen cijfer",
    },
    "merged-figure-rows": {
        "en": "cannot read the figure {numbers} of the row '{text}': the annex or page prints it in one cell merged "
              "over the rows {other}, so it is no one row's figure (not the first's, as the cell's place suggests); "
              "it is not read as any of them and the table's totals were not checked; give each row its own figure",
        "nl": "het cijfer {numbers_nl} van de rij '{text}' is niet te lezen: de bijlage of pagina zet het in één cel "
              "die over de rijen {other} samengevoegd is, dus het is het cijfer van geen enkele rij (niet van de "
              "eerste, zoals de plaats van de cel doet denken); het is bij geen van hen gelezen en de totalen van de "
              "tabel zijn niet gecontroleerd; geef elke rij haar eigen cijfer",
    },
    "year-as-date": {
        "en": "{cells} {other} of the annex {show} {text}, {days} in 1905, which no period of the answer is: {hold} the "
              "{number_word} {numbers}, {years} typed into {cell_word} formatted as a date (Excel shows the number 2018 "
              "as the 2018th day from 1 January 1900), so the figures under {it} are not read as {those} and the "
              "table's totals were not checked; format {it} as {a_number} (or as text) to show the {year_word}",
        "nl": "{cells_nl} {other} van de bijlage {show_nl} {text}, {days_nl} in 1905, wat geen periode van het "
              "antwoord is: {hold_nl} {number_word_nl} {numbers_nl}, {years_nl} getypt in {cell_word_nl} met een "
              "datumopmaak (Excel toont het getal 2018 als de 2018de dag vanaf 1 januari 1900), dus de cijfers "
              "eronder zijn niet als {those_nl} gelezen en de totalen van de tabel zijn niet gecontroleerd; geef "
              "{it_nl} een getalopmaak (of tekstopmaak) om {year_word_nl} te tonen",
    },
    "formula-without-value": {
        "en": "{cells} {other}{of_row} of the annex {hold} {formula} whose {figures} the workbook does not hold (no "
              "value was saved, or the 0 a program that computes no formulas, such as XlsxWriter, saves for every "
              "one): {figure} {is} not known and not read, and the table's totals were not checked; open and save the "
              "workbook in Excel or LibreOffice to compute {it}",
        "nl": "{cells_nl} {other}{of_row_nl} van de bijlage {hold_nl} {formula_nl} waarvan de werkmap {figure_nl} "
              "niet bevat (er werd geen waarde bewaard, of de 0 die een programma dat geen formules berekent, zoals "
              "XlsxWriter, voor elke formule bewaart): {figure_nl} {is_nl} niet gekend en niet gelezen, en de totalen "
              "van de tabel zijn niet gecontroleerd; open en bewaar de werkmap in Excel of LibreOffice om {it_nl} "
              "te berekenen",
    },
    "delimiter-unclear": {
        "en": "cannot read the row '{text}' of a table printed with delimiters: two delimiters (of ';', ',' "
              "and tab) each split it into the table's {periods} columns, differently, so its cells cannot "
              "be told; its figures ({numbers}) are not read and the table's totals were not checked",
        "nl": "de rij '{text}' van een tabel met scheidingstekens is niet te lezen: twee scheidingstekens "
              "(van ';', ',' en tab) verdelen ze elk anders in de {periods} kolommen van de tabel, dus de "
              "cellen zijn niet te onderscheiden; de cijfers ({numbers_nl}) zijn niet gelezen en de totalen "
              "van de tabel zijn niet gecontroleerd",
    },
    "footer-glued": {
        "en": "cannot read the row '{text}': a page's footer ('{other}') stands glued to its last figure and the "
              "other pages print fewer pages, so whether the footer's last digits are a figure of the row cannot "
              "be told (the text comes from an extractor that ran the lines together: pdfplumber or pypdf?); the "
              "row's {count:~figure|figures} ({numbers}) {count:~is|are} not read and the table's totals were not checked; give okot-audit "
              "the PDF itself or text from 'pdftotext -layout'",
        "nl": "de rij '{text}' is niet te lezen: de voettekst van een pagina ('{other}') staat vast aan haar "
              "laatste cijfer en de andere pagina's vermelden minder pagina's, dus of de laatste cijfers van de "
              "voettekst een cijfer van de rij zijn, is niet te zeggen (de tekst komt van een omzetter die de "
              "regels aan elkaar plakte: pdfplumber of pypdf?); {count:~het cijfer|de cijfers} van de rij ({numbers_nl}) "
              "{count:~is|zijn} niet gelezen en de totalen van de tabel zijn niet gecontroleerd; geef okot-audit de PDF zelf of tekst "
              "van 'pdftotext -layout'",
    },
    "one-figure-per-line": {
        "en": "{lines_word} {line}–{other_line} hold one figure per line: the text comes from an extractor that "
              "prints a table cell by cell (pdftotext without -layout?), and its cells could not be set back into "
              "rows — they are only where they come in the rows' order, which such text breaks where a row has a "
              "blank cell (its cells then printed out of order), where the columns come one after another, or where "
              "block names follow the figures; give okot-audit the PDF itself or text from 'pdftotext -layout'; "
              "figures ({numbers}) were not checked",
        "nl": "{lines_word} {line}–{other_line} bevatten één cijfer per regel: de tekst komt van een omzetter die "
              "een tabel cel per cel afdrukt (pdftotext zonder -layout?), en de cellen waren niet terug in rijen te "
              "zetten — dat kan enkel waar ze in de volgorde van de rijen komen, en zulke tekst breekt die waar een "
              "rij een lege cel heeft (haar cellen staan dan buiten de volgorde), waar de kolommen na elkaar komen, "
              "of waar de namen van blokken na de cijfers staan; geef okot-audit de PDF zelf of tekst van "
              "'pdftotext -layout'; de cijfers ({numbers_nl}) zijn niet gecontroleerd",
    },
    "rows-unclear": {
        "en": "the rows at lines {line}–{other} ('{text}' …) are a table without rules whose names wrap over "
              "several lines, its figures beside a name's first line or beside its last: which lines make which "
              "row's name cannot be told, so the rows' names may be wrong and the table's figures ({numbers}) "
              "were not checked; give the table with rules between its rows, or every name on one line",
        "nl": "de rijen op regels {line}–{other} ('{text}' …) vormen een tabel zonder lijnen waarvan de namen over "
              "meerdere regels lopen, de cijfers naast de eerste of naast de laatste regel van een naam: welke "
              "regels de naam van welke rij vormen, is niet te zeggen, dus de namen van de rijen kunnen fout zijn "
              "en de cijfers van de tabel ({numbers_nl}) zijn niet gecontroleerd; geef de tabel met lijnen tussen "
              "de rijen, of elke naam op één regel",
    },
    "page-without-text": {
        "en": "page {other} holds no text, only an image (a scanned page?): okot-audit reads text, not "
              "images, so a table on it was not read and none of its figures was checked; give the PDF "
              "with that page's text (after OCR)",
        "nl": "pagina {other} bevat geen tekst, enkel een afbeelding (een scan?): okot-audit leest tekst, geen "
              "beelden, dus een tabel erop is niet gelezen en geen van haar cijfers is gecontroleerd; geef de "
              "PDF met de tekst van die pagina (na OCR)",
    },
    "page-damaged": {
        "en": "page {other} draws nothing, and a part of the PDF cannot be decompressed: the page's content is "
              "damaged, so a table on it was not read and none of its figures was checked; give the PDF as "
              "published",
        "nl": "pagina {other} toont niets, en een deel van de PDF kan niet uitgepakt worden: de inhoud van de "
              "pagina is beschadigd, dus een tabel erop is niet gelezen en geen van haar cijfers is "
              "gecontroleerd; geef de PDF zoals gepubliceerd",
    },
    "page-cut-short": {
        "en": "the content of page {other} cannot be decompressed to its end (the PDF is damaged there): only "
              "what the page prints before the damage was read; whatever it prints after — rows, a total, a "
              "whole table — was neither read nor checked, and a table on that page may look complete and not "
              "be; give the PDF as published",
        "nl": "de inhoud van pagina {other} kan niet tot het einde uitgepakt worden (de PDF is daar beschadigd): "
              "alleen wat de pagina vóór de schade afdrukt is gelezen; wat ze erna afdrukt — rijen, een totaal, "
              "een hele tabel — is niet gelezen en niet gecontroleerd, en een tabel op die pagina kan volledig "
              "lijken zonder het te zijn; geef de PDF zoals gepubliceerd",
    },
    "page-with-image": {
        "en": "page {other} holds an image over a good part of it and no table was read from the answer: "
              "okot-audit reads text, not images, so if the image is a table (or a chart) of the answer's "
              "figures, none of them was checked; give the table as text (the annex, or the PDF after OCR)",
        "nl": "pagina {other} bevat een afbeelding over een groot deel ervan en er is geen tabel uit het "
              "antwoord gelezen: okot-audit leest tekst, geen beelden, dus als de afbeelding een tabel (of een "
              "grafiek) met de cijfers van het antwoord is, is geen ervan gecontroleerd; geef de tabel als tekst "
              "(de bijlage, of de PDF na OCR)",
    },
    "page-of-outlines": {
        "en": "page {other} holds no text, only drawn shapes the size of letters (its text turned into outlines?): "
              "okot-audit reads text, not drawings, so a table on it was not read and none of its figures was "
              "checked; give the PDF as published, with its text",
        "nl": "pagina {other} bevat geen tekst, enkel getekende vormen ter grootte van letters (tekst omgezet in "
              "contouren?): okot-audit leest tekst, geen tekeningen, dus een tabel erop is niet gelezen en geen "
              "van haar cijfers is gecontroleerd; geef de PDF zoals gepubliceerd, met haar tekst",
    },
    "image-without-table": {
        "en": "the page shows an image here ('{text}') and no table was read from the answer: okot-audit reads "
              "text, not images, so if the image is a table (or a chart) of the answer's figures, none of them "
              "was checked; give the table as text (an HTML table, or the annex)",
        "nl": "de pagina toont hier een afbeelding ('{text}') en er is geen tabel uit het antwoord gelezen: "
              "okot-audit leest tekst, geen beelden, dus als de afbeelding een tabel (of een grafiek) met de "
              "cijfers van het antwoord is, is geen ervan gecontroleerd; geef de tabel als tekst (een HTML-tabel, "
              "of de bijlage)",
    },
    "table-announced": {
        "en": "the answer says here that its figures follow or come with it ('{text}'), and no table was read "
              "after this line: the text may be cut short, or the table is a picture or an attachment (bijlage) "
              "okot-audit was not given, so none of those figures was checked; give okot-audit the whole answer "
              "as published, or the attachment itself",
        "nl": "het antwoord zegt hier dat zijn cijfers volgen of bijgevoegd zijn ('{text}'), en na deze regel is "
              "geen tabel gelezen: de tekst is misschien afgebroken, of de tabel is een afbeelding of een bijlage "
              "die okot-audit niet kreeg, dus geen van die cijfers is gecontroleerd; geef okot-audit het volledige "
              "antwoord zoals gepubliceerd, of de bijlage zelf",
    },
    "embedded-document": {
        "en": "the page embeds or links a document here ('{text}') and no table was read from the answer: the "
              "answer's table is likely in that file, which okot-audit did not open, so none of its figures was "
              "checked; give okot-audit that file itself (it reads a PDF, an .xlsx workbook, CSV or HTML; save "
              "another format as one of these)",
        "nl": "de pagina bevat of linkt hier een document ('{text}') en er is geen tabel uit het antwoord gelezen: "
              "de tabel van het antwoord staat wellicht in dat bestand, dat okot-audit niet opende, dus geen van "
              "haar cijfers is gecontroleerd; geef okot-audit dat bestand zelf (het leest een PDF, een "
              ".xlsx-werkmap, CSV of HTML; bewaar een ander formaat als een daarvan)",
    },
    "text-mirrored": {
        "en": "{lines_word} {line}–{other_line} run backwards, every one mirrored ('{text}' …): an extractor read a "
              "turned page wrong (pdfplumber does), so the table there was not read and its figures ({numbers}) "
              "were not checked; give okot-audit the PDF itself or text from 'pdftotext -layout'",
        "nl": "{lines_word} {line}–{other_line} lopen achterstevoren, elk gespiegeld ('{text}' …): een omzetter las "
              "een gedraaide pagina verkeerd (pdfplumber doet dat), dus de tabel daar is niet gelezen en de "
              "cijfers ({numbers_nl}) zijn niet gecontroleerd; geef okot-audit de PDF zelf of tekst van "
              "'pdftotext -layout'",
    },
    "table-beside-prose": {
        "en": "{lines_word} {line}–{other_line} hold a table's rows with other text after their figures ('{text}' …): "
              "the page sets a table and a column of prose side by side, and the extractor printed one line of "
              "each on every line (pdfplumber or 'pdftotext -layout' on a page in two columns), so the table "
              "there was not read and its figures ({numbers}) were not checked; give okot-audit the PDF itself",
        "nl": "{lines_word} {line}–{other_line} bevatten rijen van een tabel met andere tekst na hun cijfers ('{text}' "
              "…): de pagina zet een tabel en een kolom tekst naast elkaar, en de omzetter drukte op elke regel "
              "een regel van elk af (pdfplumber of 'pdftotext -layout' op een pagina in twee kolommen), dus de "
              "tabel daar is niet gelezen en de cijfers ({numbers_nl}) zijn niet gecontroleerd; geef okot-audit "
              "de PDF zelf",
    },
    "prose-beside-table": {
        "en": "{lines_word} {line}–{other_line} hold a table's rows after other text on every line ('{text}' …, its "
              "header '{other}' at the end of the first): the page sets a column of prose and a table side by "
              "side, and the extractor printed one line of each on every line (pdfplumber on a page in two "
              "columns); where each row's label begins cannot be told (no province, total or category opens "
              "it), so the table there was not read and its figures ({numbers}) were not checked; give "
              "okot-audit the PDF itself or text from 'pdftotext -layout'",
        "nl": "{lines_word} {line}–{other_line} bevatten rijen van een tabel na andere tekst op elke regel ('{text}' "
              "…, haar hoofding '{other}' aan het eind van de eerste): de pagina zet een kolom tekst en een tabel "
              "naast elkaar, en de omzetter drukte op elke regel een regel van elk af (pdfplumber op een pagina "
              "in twee kolommen); waar het label van elke rij begint, is niet te zeggen (geen provincie, totaal "
              "of categorie opent het), dus de tabel daar is niet gelezen en de cijfers ({numbers_nl}) zijn niet "
              "gecontroleerd; geef okot-audit de PDF zelf of tekst van 'pdftotext -layout'",
    },
    "figures-glued": {
        "en": "{lines_word} {line}–{other_line} look like a table whose figures stand glued to their labels and to "
              "each other, without a space ('{text}' … '{other}'): the text comes from an extractor that lost "
              "the spaces between the cells (pypdf on a turned page?), so which digits make which figure "
              "cannot be told; give okot-audit the PDF itself or text from 'pdftotext -layout'; nothing "
              "there was checked{held}",
        "nl": "{lines_word} {line}–{other_line} zien eruit als een tabel waarvan de cijfers zonder spatie aan hun "
              "labels en aan elkaar vastzitten ('{text}' … '{other}'): de tekst komt van een omzetter die de "
              "spaties tussen de cellen verloor (pypdf op een gedraaide pagina?), dus welke cijfers samen één "
              "getal vormen, is niet te zeggen; geef okot-audit de PDF zelf of tekst van 'pdftotext -layout'; "
              "daar is niets gecontroleerd{held_nl}",
    },
}


@rule("OK901", "unreadable-table", "error", MESSAGES)
def check(answer, context):
    yield from issue_hits(answer, "unreadable-table", extra=_extra)


#: What a value that is no count is, by its form (parse.cells.not_a_count), in English and Dutch.
FORMS = {
    "negative": ("a negative number", "een negatief getal"),
    "range": ("a range", "een bereik (van … tot …)"),
    "decimal": ("a decimal number", "een decimaal getal"),
}


def _extra(issue, table) -> dict:
    if issue.reason == "figures-glued":
        return _glued_held(issue.digits)
    if issue.reason == "year-as-date":
        return _cells_words(len(issue.numbers))
    if issue.reason == "formula-without-value":
        one = len(issue.periods or ()) <= 1
        return {"cells": "the cell" if one else "the cells", "hold": "holds" if one else "hold",
                "formula": "a formula" if one else "formulas", "figure": "its figure" if one else "their figures",
                "figures": "figure" if one else "figures",
                "is": "is" if one else "are", "it": "it" if one else "them",
                "cells_nl": "de cel" if one else "de cellen", "hold_nl": "bevat" if one else "bevatten",
                "formula_nl": "een formule" if one else "formules", "figure_nl": "het getal" if one else "de getallen",
                "is_nl": "is" if one else "zijn", "it_nl": "het" if one else "ze",
                "of_row": f" of the row '{issue.text}'" if issue.text else "",
                "of_row_nl": f" van de rij '{issue.text}'" if issue.text else ""}
    if issue.reason == "periods-above-header":
        return {"read": ", ".join(issue.periods)}
    if issue.reason == "continuation-other-header":
        return {"read": ", ".join(issue.periods), "theirs": ", ".join(issue.header)}
    if issue.reason in ("figures-below-rows", "row-after-total", "fewer-figures-below-rows"):
        one = len(issue.numbers) == 1
        # (a note's lines between the table and the figures, ``(*) voorlopige cijfers``: said, the figures as near)
        notes = issue.label.split("\n") if issue.label else []
        quoted = ", ".join(f"'{note}'" for note in notes)
        below, below_nl = (("right below", "vlak onder") if not notes else
                           (f"below a note's line ({quoted}) right below", f"onder een notitieregel ({quoted}) vlak onder")
                           if len(notes) == 1 else
                           (f"below {len(notes)} note lines ({quoted}) right below",
                            f"onder {len(notes)} notitieregels ({quoted}) vlak onder"))
        return {"figures_word": "figure" if one else "figures", "figures_word_nl": "cijfer" if one else "cijfers",
                "below": below, "below_nl": below_nl}
    if issue.reason != "not-a-count":
        return {}
    en, nl = FORMS.get(issue.text or "", ("no count", "geen aantal"))
    return {"form": en, "form_nl": nl}


def _cells_words(n: int) -> dict:
    """The words of a message about `n` cells (one, or several), in English and Dutch."""
    one = n == 1
    return {
        "cells": "the cell" if one else "the cells", "show": "shows the date" if one else "show the dates",
        "hold": "it holds" if one else "they hold", "number_word": "number" if one else "numbers",
        "years": "a year" if one else "years", "cell_word": "a cell" if one else "cells",
        "it": "it" if one else "them", "those": "that year" if one else "those years",
        "year_word": "year" if one else "years", "days": "a day" if one else "days",
        "a_number": "a number" if one else "numbers", "days_nl": "een dag" if one else "dagen",
        "cells_nl": "de cel" if one else "de cellen", "show_nl": "toont de datum" if one else "tonen de datums",
        "hold_nl": "ze bevat" if one else "ze bevatten", "number_word_nl": "het getal" if one else "de getallen",
        "years_nl": "een jaar" if one else "jaren", "cell_word_nl": "een cel" if one else "cellen",
        "it_nl": "de cel" if one else "de cellen", "those_nl": "dat jaar" if one else "die jaren",
        "year_word_nl": "het jaar" if one else "de jaren",
    }


def _glued_held(digits: tuple[int, ...]) -> dict:
    """What glued figures held, as the figures themselves cannot be counted: their lines and
    digits (``: 7 lines of figures, 78 digits in all``), in English and Dutch."""
    if not digits:
        return {"held": "", "held_nl": ""}
    lines, total = len(digits), sum(digits)
    return {
        "held": f": {lines} {'line' if lines == 1 else 'lines'} of figures, {total} digits in all",
        "held_nl": f": {lines} {'regel' if lines == 1 else 'regels'} met cijfers, samen {total} cijfertekens",
    }
