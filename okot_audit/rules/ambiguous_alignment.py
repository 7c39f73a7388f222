"""The spacing of a row does not say which periods are blank, and the totals cannot settle it.

## What it does
Blank cells survive PDF extraction only as extra spaces. When a row's spacing is lost
(collapsed or trimmed spaces), okot-audit lets the stated totals choose the placement that
keeps every column within `max(parts) <= total <= sum(parts)`. This rule reports a row whose
placement the totals do not settle: several placements fit, there is no total to decide, or
none fits. A total line with fewer figures than periods is settled the same way, by its parts
(a block's subtotal by its rows or the grand total over the blocks, a second total line by
the rows), and reported when they do not settle it — as a total line (whatever its words: a
region's `Vlaanderen 3.150` under provinces too), whose figures the rows
it totals fit in no placement (a figure or a blank cell lost from the line, or a total wrong) or
in several. Such a row or total line is not read — no
figure of it is guessed into a period — and the table's totals are not checked (error). Text laid out in columns (`pdftotext -layout`) and the
PDF itself keep the blanks: give okot-audit one of those instead.

Where what the totals cannot settle is the row's name — a digit that may close the name's range
or be a count (`900124: Zorgkundige` / `verpleegkunde - fase 1` / `- 2 1 2`: `fase 1 - 2`, or
`fase 1` and the counts 2, 1 and 2), the reading of each name fitting the totals — the message
says so, with both names and the figure they differ by, not the spacing. So too under one period
where a row's line ends in a digit and the line below goes on with a range's end and figures
(`Kapper 2` / `- 3 4`): `Kapper 2 - 3` counting 4, or `Kapper` counting 2 and the line below no
part of it — read where the totals take the range's reading only, else said.

Where what the totals cannot settle is whether the line right below a row's figures ends its
name or is a row of its own whose code was lost (`783986: … Educatieve` / `… 2de jaar 53 27 14`
/ `Opvoeder - deel 2`: the name `… 2de jaar Opvoeder - deel 2`, or a row `Opvoeder - deel`
counting 2), both are said: the row is not read with a name cut short. So too where the number
ending the row's own line may be its name's and the line below, words and figures, the rest of its
name (`767163: … - module 5` / `Tweedekansonderwijs 30 52`: one row counting 30 and 52, or the
row counting 5 and a row `Tweedekansonderwijs` whose code was lost).

## Why it matters
A figure placed in the wrong year moves persons between years; every total check after it
would then lie. The reader should confirm such a row against the PDF.

## Example
```
Unieke cursisten met gestarte OKOT'(s) 2018 2019 2020 2021
908015: Specifieke lerarenopleiding (SLO) 54 32
```
Two figures for four years and no trailing spaces: 54 and 32 could be any two of the years.

Text laid out page by page (`pdftotext -layout`) puts each page on its own grid: where a table
runs on to a later page without its header, and that page's figure columns are fewer than
the header's (its rows together leave one period blank), more, or cannot be worked out (a
column wider than its figures' jitter, a cell of words among them), and no row of the page
fills every column, they cannot be matched to the header's. So too where the page prints the
header again but its figures stand under its labels by no one alignment (their ends, or their
centres, as far from their labels' in every row: figures 9 characters apart under labels 12
apart). Each such row is reported the same way, not read.

In the PDF itself and in laid-out text, a row's figures are placed by where they stand: under the
column each lines up with; its blank marks (`-`, `x`) hold the columns they stand under too.
Where one stands as near two columns' labels, the totals choose between those two only; where
several of the placements its positions allow fit the totals, none does, or no total decides, the
row is reported the same way — never read by its spacing, which could put a figure under another
period — and the message speaks of where the figures stand on the page, not of spacing (another
form of the answer would not settle it). The positions only rule placements out: where the row's
spacing allows other placements that fit the totals as well (or leaves the row open where there is
no total), the row is reported, not read by the one placement the positions leave; and a row whose
own total fits none of its placements is reported, not read with that total moved under a period,
which would hide the total's error.

A table of values (averages, amounts, durations: `14 maanden`) is placed by no total either:
its total line is an average or an amount of its own, no sum of the rows, and the finding says
so.

A row with a count withheld and printed as a bound (`Limburg <5 7`, `< 5`, `≤4`) whose figures and
bounds do not say their periods is reported the same way: `<5` is no figure of 5, and which
period it stands in no total can say. (Where they do, the row is read: `count-withheld`.)
"""

from __future__ import annotations

from okot_audit.quick import replace
from okot_audit.rules._issues import at_total_line, issue_hits
from okot_audit.rules.base import Meaning, rule, said

#: What the positions of a row's figures on the page allow (:func:`_by_positions`): more than one
#: placement (``positions-ambiguous``, ``positions-no-total``).
_ALLOWS_SEVERAL = {
    "en": "where its figures stand on the page allows more than one placement over the {periods} {slots} (a "
          "figure as near two columns)",
    "nl": "waar de cijfers op de pagina staan, laat meer dan één plaatsing over de {periods} {slots_nl} toe (een "
          "cijfer even dicht bij twee kolommen)",
}
#: What a person can do about a row whose figures' positions allow several placements.
_CHECK_UNDER_WHICH = {"en": "check under which period each figure stands in the published PDF",
                      "nl": "controleer in de gepubliceerde PDF onder welke periode elk cijfer staat"}
#: How what the positions allow and what the totals made of it join (but where the second explains the first).
_AND = {"en": ", and ", "nl": ", en "}


def _by_positions(allowed: dict[str, str], clause: dict[str, str], *, joint: dict[str, str] = _AND,
                  totals_unchecked: bool = False, advice: dict[str, str] = _CHECK_UNDER_WHICH) -> dict[str, Meaning]:
    """The message of a row of a source read by positions (a PDF, laid-out text) left unread — the
    ``positions-*`` variants, one sentence whose middle clause differs: what the positions of its
    figures `allowed`, then (after `joint`) what the totals made of it (`clause`); that the row is
    not read, and where `totals_unchecked` that the table's totals are not checked either; then
    the `advice`."""
    unchecked = {"en": " and the table's totals are not checked",
                 "nl": " en de totalen van de tabel zijn niet gecontroleerd"} if totals_unchecked else {"en": "", "nl": ""}
    return {
        "en": said(f"row {{row}}: {allowed['en']}{joint['en']}{clause['en']}; the row is not read (numbers: "
                   f"{{numbers}}){unchecked['en']}; ", advice["en"]),
        "nl": said(f"rij {{row}}: {allowed['nl']}{joint['nl']}{clause['nl']}; de rij is niet gelezen (getallen: "
                   f"{{numbers_nl}}){unchecked['nl']}; ", advice["nl"]),
    }


MESSAGES = {
    "no-fit": {
        "en": said("row {row}: no placement of its numbers over the {periods} {slots} fits the stated totals; the "
                   "row is not read (numbers: {numbers}); ",
                   "check this row against the published PDF"),
        "nl": said("rij {row}: geen enkele plaatsing van de getallen over de {periods} {slots_nl} past bij de "
                   "vermelde totalen; de rij is niet gelezen (getallen: {numbers_nl}); ",
                   "controleer deze rij in de gepubliceerde PDF"),
    },
    "ambiguous": {
        "en": said("row {row}: the spacing does not say in which of the {periods} {slots} each of its figures "
                   "stands, and several placements fit the totals; the row is not read (numbers: {numbers}) and the "
                   "table's totals are not checked; ",
                   "give okot-audit the PDF itself or text from 'pdftotext -layout'"),
        "nl": said("rij {row}: de witruimte zegt niet in welke van de {periods} {slots_nl} elk cijfer staat, en "
                   "meerdere plaatsingen passen bij de totalen; de rij is niet gelezen (getallen: {numbers_nl}) en "
                   "de totalen van de tabel zijn niet gecontroleerd; ",
                   "geef okot-audit de PDF zelf of tekst van 'pdftotext -layout'"),
    },
    # Two readings that differ in the row's name each fit the totals: a figure is the name's own
    # (``… fase 1 - 2``: the 2 closes the name's range) or a count — not its spacing
    "ambiguous-name": {
        "en": said("row {row}: its name may end in '{name_long}' — the {name_extra} the name's own, no count — or "
                   "in '{name_short}', the {name_extra} a count; the totals fit both readings, so which of its "
                   "numbers are counts, and in which of the {periods} {slots} each stands, cannot be told; the row is "
                   "not read (numbers: {numbers}) and the table's totals are not checked; ",
                   "give okot-audit the PDF itself: where each figure stands on the page says whether it is the "
                   "name's or a period's"),
        "nl": said("rij {row}: de naam kan eindigen op '{name_long}' — de {name_extra} hoort dan bij de naam en is "
                   "geen aantal — of op '{name_short}', met de {name_extra} als aantal; de totalen passen bij beide "
                   "lezingen, dus welke getallen aantallen zijn en in welke van de {periods} {slots_nl} elk staat, is "
                   "niet te zeggen; de rij is niet gelezen (getallen: {numbers_nl}) en de totalen van de tabel zijn "
                   "niet gecontroleerd; ",
                   "geef okot-audit de PDF zelf: waar elk cijfer op de pagina staat, zegt of het bij de naam of bij "
                   "een periode hoort"),
    },
    # … where the two names differ other than by words at the end
    "ambiguous-names": {
        "en": said("row {row}: its name may be '{name_short}' or '{name_long}' — some of its figures the name's own "
                   "or counts; the totals fit both readings, so which of its numbers are counts, and in which of the "
                   "{periods} {slots} each stands, cannot be told; the row is not read (numbers: {numbers}) and the "
                   "table's totals are not checked; ",
                   "give okot-audit the PDF itself: where each figure stands on the page says whether it is the "
                   "name's or a period's"),
        "nl": said("rij {row}: de naam kan '{name_short}' of '{name_long}' zijn — sommige cijfers horen bij de naam "
                   "of zijn aantallen; de totalen passen bij beide lezingen, dus welke getallen aantallen zijn en in "
                   "welke van de {periods} {slots_nl} elk staat, is niet te zeggen; de rij is niet gelezen (getallen: "
                   "{numbers_nl}) en de totalen van de tabel zijn niet gecontroleerd; ",
                   "geef okot-audit de PDF zelf: waar elk cijfer op de pagina staat, zegt of het bij de naam of bij "
                   "een periode hoort"),
    },
    # The line below a row's figures may end the row's name (its number the name's digit) or be a
    # row of its own whose code was lost (its number a count): the totals fit both
    "name-or-row": {
        "en": said("row {row}: the line '{text}' below it (line {other_line}) may end its name — its "
                   "number then the name's own — or be a row of its own whose code was lost, its number then a "
                   "count; the totals fit both readings, so the row is not read (numbers: {numbers}) and the "
                   "table's totals are not checked; ",
                   "check the row's name in the published PDF, or give okot-audit the PDF itself"),
        "nl": said("rij {row}: de regel '{text}' eronder (regel {other_line}) kan het einde van de naam "
                   "zijn — het getal hoort dan bij de naam — of een eigen rij waarvan de code verloren ging, het "
                   "getal dan een aantal; de totalen passen bij beide lezingen, dus de rij is niet gelezen "
                   "(getallen: {numbers_nl}) en de totalen van de tabel zijn niet gecontroleerd; ",
                   "controleer de naam van de rij in de gepubliceerde PDF, of geef okot-audit de PDF zelf"),
    },
    # … or the number ending the row's own line may be its name's (the line below the rest of its name,
    # its figures the row's) or a count (the line below a row of its own whose code was lost)
    "name-number-or-row": {
        "en": said("row {row}: the {other} that ends its line may be its name's own number — the line '{text}' "
                   "below it (line {other_line}) then the rest of its name and its figures the row's — or a count, "
                   "that line then a row of its own whose code was lost; the totals fit both readings, so neither "
                   "is read (numbers: {numbers}) and the table's totals are not checked; ",
                   "check the row's name in the published PDF, or give okot-audit the PDF itself"),
        "nl": said("rij {row}: de {other} aan het eind van haar regel kan een getal van de naam zijn — de regel "
                   "'{text}' eronder (regel {other_line}) dan het vervolg van de naam en haar cijfers die van de "
                   "rij — of een aantal, die regel dan een eigen rij waarvan de code verloren ging; de totalen "
                   "passen bij beide lezingen, dus geen van beide is gelezen (getallen: {numbers_nl}) en de "
                   "totalen van de tabel zijn niet gecontroleerd; ",
                   "controleer de naam van de rij in de gepubliceerde PDF, of geef okot-audit de PDF zelf"),
    },
    # Under one period, the digit that ends a row's line may be its count (the line below, a range's
    # end and figures, then no part of the row) or open its name's range (``Kapper 2`` / ``- 3 4``)
    "count-or-range": {
        "en": said("row {row}: the {other} that ends its line {other_line} may be its count — the line below it "
                   "then no part of the row and its figures unread — or open a range of its name, "
                   "'{text}', the figure after the range its count; the totals do not tell one from the other, "
                   "so the row is not read (numbers: {numbers}) and the table's totals are not checked; ",
                   "check the row in the published PDF, or give okot-audit the PDF itself"),
        "nl": said("rij {row}: de {other} aan het eind van regel {other_line} kan het aantal van de rij zijn — de "
                   "regel eronder dan geen deel van de rij en haar cijfers ongelezen — of een bereik in de naam "
                   "openen, '{text}', met het cijfer na het bereik als aantal; de totalen maken het onderscheid "
                   "niet, dus de rij is niet gelezen (getallen: {numbers_nl}) en de totalen van de tabel zijn niet "
                   "gecontroleerd; ",
                   "controleer de rij in de gepubliceerde PDF, of geef okot-audit de PDF zelf"),
    },
    # A total line (``Totaal 10000`` under four years): its figures placed over its periods in any way,
    # the rows it totals do not add up to them — a figure or a blank cell lost, or a total wrong
    "no-fit-total": {
        "en": said("total line {row}: wherever {count:~its figure|its figures} ({numbers}) {count:~is|are} placed "
                   "over the {periods} {slots}, the rows it totals do not fit {count:~it|them}, and no placement "
                   "fits better than another — a figure or a blank cell was lost from the line, or a total is "
                   "wrong; the line is not read and the table's totals are not checked; ",
                   "check this line against the published PDF"),
        "nl": said("totaalregel {row}: in geen enkele plaatsing over de {periods} {slots_nl} passen de rijen die de "
                   "regel optelt bij {count:~het cijfer|de cijfers} ({numbers_nl}), en geen plaatsing past beter "
                   "dan een andere — er ging een cijfer of een lege cel van de regel verloren, of een totaal is "
                   "fout; de regel is niet gelezen en de totalen van de tabel zijn niet gecontroleerd; ",
                   "controleer deze regel in de gepubliceerde PDF"),
    },
    # … whose figures several placements fit: the rows it totals do not say where each stands
    "ambiguous-total": {
        "en": said("total line {row}: the spacing does not say in which of the {periods} {slots} each of its "
                   "figures stands, and the rows it totals fit several placements; the line is not read (numbers: "
                   "{numbers}) and the table's totals are not checked; ",
                   "give okot-audit the PDF itself or text from 'pdftotext -layout'"),
        "nl": said("totaalregel {row}: de witruimte zegt niet in welke van de {periods} {slots_nl} elk cijfer staat, "
                   "en de rijen die de regel optelt passen bij meerdere plaatsingen; de regel is niet gelezen "
                   "(getallen: {numbers_nl}) en de totalen van de tabel zijn niet gecontroleerd; ",
                   "geef okot-audit de PDF zelf of tekst van 'pdftotext -layout'"),
    },
    "withheld": {
        "en": said("row {row}: a count is printed as {other} (a small number withheld, not a figure) and its "
                   "figures do not say which period each is; the row is not read (numbers: {numbers}) and the "
                   "table's totals are not checked; ",
                   "check this row against the published PDF"),
        "nl": said("rij {row}: een aantal staat er als {other} (een klein aantal dat niet gegeven wordt, geen "
                   "cijfer) en de cijfers zeggen niet bij welke periode elk hoort; de rij is niet gelezen "
                   "(getallen: {numbers_nl}) en de totalen van de tabel zijn niet gecontroleerd; ",
                   "controleer deze rij in de gepubliceerde PDF"),
    },
    "no-total": {
        "en": said("row {row}: the spacing does not say in which of the {periods} {slots} each of its figures "
                   "stands, and there is no total to decide; the row is not read (numbers: {numbers}); ",
                   "give okot-audit the PDF itself or text from 'pdftotext -layout'"),
        "nl": said("rij {row}: de witruimte zegt niet in welke van de {periods} {slots_nl} elk cijfer staat, en er is "
                   "geen totaal om te beslissen; de rij is niet gelezen (getallen: {numbers_nl}); ",
                   "geef okot-audit de PDF zelf of tekst van 'pdftotext -layout'"),
    },
    "page-columns": {
        "en": said("row {row}: the table goes on to a later page laid out on that page's own grid, and that "
                   "page's figure columns do not match the table's {periods} {slots} one to one (fewer, more, or not "
                   "clear), nor stand under a header printed again there by one alignment; under which period each figure stands the page's layout does not "
                   "say; the row is not read (numbers: {numbers}) and the table's totals are not checked; ",
                   "check this row against the published PDF, or give okot-audit the PDF itself"),
        "nl": said("rij {row}: de tabel loopt door op een volgende pagina, op het eigen raster van die pagina, en "
                   "de cijferkolommen van die pagina komen niet één op één overeen met de {periods} {slots_nl} van de "
                   "tabel (minder, meer of niet duidelijk), en staan ook niet volgens één uitlijning onder een kop die "
                   "er opnieuw staat; onder welke periode elk cijfer staat "
                   "zegt de opmaak van de pagina niet; de rij is niet gelezen (getallen: {numbers_nl}) en de "
                   "totalen van de tabel zijn niet gecontroleerd; ",
                   "controleer deze rij in de gepubliceerde PDF, of geef okot-audit de PDF zelf"),
    },
    # A PDF read by positions, laid-out text: the figures' positions under the columns allowed the
    # readings the totals then did not settle — no spacing lost, nothing another form would add
    "positions-ambiguous": _by_positions(_ALLOWS_SEVERAL, {"en": "several of them fit the totals",
                                                           "nl": "meerdere daarvan passen bij de totalen"},
                                         totals_unchecked=True),
    "positions-no-total": _by_positions(_ALLOWS_SEVERAL, {"en": "there is no total to decide",
                                                          "nl": "er is geen totaal om te beslissen"}),
    "positions-no-fit": _by_positions(
        {"en": "none of the placements over the {periods} {slots} that the positions of its figures on the page "
               "allow fits the stated totals",
         "nl": "geen van de plaatsingen over de {periods} {slots_nl} die de posities van de cijfers op de pagina "
               "toelaten, past bij de vermelde totalen"},
        {"en": "a figure or a total may be wrong, or a figure stands off its column",
         "nl": "een cijfer of een totaal kan fout zijn, of een cijfer staat naast zijn kolom"},
        joint={"en": " — ", "nl": " — "},
        advice={"en": "check this row and its totals in the published PDF",
                "nl": "controleer deze rij en haar totalen in de gepubliceerde PDF"}),
    "positions-none": {
        "en": said("row {row}: a figure stands under none of the {periods} {slots} (beside the last column or the "
                   "first, or two figures under one column), where the table's other rows on the page stand under "
                   "theirs; under which period each figure belongs the page does not say, and no placement is "
                   "guessed from the spacing; the row is not read (numbers: {numbers}) and the table's totals are "
                   "not checked; ",
                   "check under which period each figure stands in the published PDF"),
        "nl": said("rij {row}: een cijfer staat onder geen van de {periods} {slots_nl} (naast de laatste of de "
                   "eerste kolom, of twee cijfers onder één kolom), terwijl de andere rijen van de tabel op de "
                   "pagina onder hun kolommen staan; onder welke periode elk cijfer hoort, zegt de pagina niet, en "
                   "er wordt geen plaatsing uit de witruimte geraden; de rij is niet gelezen (getallen: "
                   "{numbers_nl}) en de totalen van de tabel zijn niet gecontroleerd; ",
                   "controleer in de gepubliceerde PDF onder welke periode elk cijfer staat"),
    },
    "values-total": {
        "en": said("row {row}: the spacing does not say in which of the {periods} {slots} each of its figures "
                   "stands, and the table's total line cannot decide it: the table prints values ('{statistic}'), "
                   "and its total is no sum of its rows; the row is not read (numbers: {numbers}); ",
                   "give okot-audit the PDF itself or text from 'pdftotext -layout'"),
        "nl": said("rij {row}: de witruimte zegt niet in welke van de {periods} {slots_nl} elk cijfer staat, en de "
                   "totaalregel van de tabel kan het niet beslissen: de tabel geeft waarden ('{statistic}'), en haar "
                   "totaal is geen som van haar rijen; de rij is niet gelezen (getallen: {numbers_nl}); ",
                   "geef okot-audit de PDF zelf of tekst van 'pdftotext -layout'"),
    },
}


@rule("OK903", "ambiguous-alignment", "error", MESSAGES)
def check(answer, context):
    for hit in issue_hits(answer, "ambiguous-alignment", extra=_slots, variant_of=_variant):
        table = hit.table
        if hit.variant == "no-total" and table is not None and table.statistic and any(
                cell.level != "row" for cell in table.cells):
            # a table of values prints a total the row's figures could not be placed by: say so
            hit = replace(hit, variant="values-total", args={**hit.args, "statistic": table.statistic})
        if hit.variant == "ambiguous" and hit.args.get("text") and hit.args.get("other"):
            # two names the row may have (a figure the name's or a count): what makes it ambiguous
            names = _names(hit.args["text"], hit.args["other"])
            hit = replace(hit, variant="ambiguous-name" if names["name_extra"] else "ambiguous-names",
                          args={**hit.args, **names})
        yield hit


def _variant(issue) -> str:
    """The message's variant for `issue`: a total line's (``no-fit-total``, ``ambiguous-total``)
    where it is one — its figures placed by the rows it totals, not by the totals — else its
    reason."""
    if issue.reason in ("no-fit", "ambiguous") and at_total_line(issue):
        return issue.reason + "-total"
    if issue.reason == "name-or-row" and issue.other:  # (the number ending the row's own line)
        return "name-number-or-row"
    return issue.reason


#: How many of a name's last words (a dash aside) a message shows (``'… verpleegkunde - fase 1'``).
_NAME_WORDS = 3


def _names(short: str, long: str) -> dict[str, str]:
    """The two names a row may have (the reader's `short` and `long` readings of it), each by the
    last words of the shorter and what the longer adds (``… verpleegkunde - fase 1`` and ``…
    verpleegkunde - fase 1 - 2``), and those words (``2``): a figure, the name's or a count."""
    if not long.startswith(short):  # (they differ other than at the end: both whole, no words added)
        return {"name_short": short, "name_long": long, "name_extra": ""}
    extra = long[len(short):].strip(" -\u2013")
    words = short.split()
    keep, worded = len(words), 0
    for k in range(len(words) - 1, -1, -1):  # (from its end: the last words, a lone dash not counted)
        worded += any(ch.isalnum() for ch in words[k])
        if worded == _NAME_WORDS:
            keep = len(words) - k
            break
    cut = len(words) - keep
    head = "\u2026 " if cut else ""
    tail = " ".join(words[cut:])
    return {"name_short": head + tail, "name_long": head + tail + long[len(short):], "name_extra": extra}


def _slots(issue, table) -> dict[str, str]:
    """What the row's figures are placed over: the table's periods, or — a table on its side,
    each line a period — its columns, by their names (``columns (Antwerpen, Limburg, Totaal)``)."""
    if table is not None and table.layout.transposed:
        names = ", ".join(" ".join(name.split()) for name in issue.periods)
        return {"slots": f"columns ({names})", "slots_nl": f"kolommen ({names})"}
    return {"slots": "periods", "slots_nl": "perioden"}
