"""The smallest set of printed figures whose change would make every total of a table hold.

## What it does
Runs only on a table where some total does not hold, and only where no typing error explains
it (then `likely-typo` says more). The table's totals — every one the totals rules check, a
total whose parts are all blank or all withheld too (over no figure it must be 0) — become
constraints over its printed figures — each row → its column total, rows → block subtotal → Eindtotaal —
`max(parts) <= total <= sum(parts)` for unique persons, `total == sum(parts)` for additive
totals; under a header that prints categories and their `Totaal` under each period (`Man
Vrouw Totaal`), each `Totaal` figure is also the exact sum of its categories' figures, and the
columns' tables are located together. A total with withheld parts (`<5`, `x`) is a constraint
too: each withheld count is an integer free within its bound, shared by every total it is part
of and never counted as a changed figure (a group of more than 300 figures tied by withheld
counts is located over its totals without withheld parts only, so that each solve stays linear
in its rows). okot-audit looks for the smallest set of printed figures whose change makes *every*
constraint hold at once (Fellegi–Holt error localisation), solved as a mixed-integer program
with scipy's `milp` (HiGHS): one integer variable per figure for its corrected value, one
yes/no variable per figure for "changed", minimise the number changed. Every set of that
smallest size is listed, up to 10; each found set is forbidden and the program solved again.

Each figure of those sets is one finding at its line: `stated` the printed figure; the
message says how many figures the smallest change touches, how many such sets there are and
in how many this figure is. When one figure alone suffices and the totals fix its value (an
additive total, or a unique-person total whose bounds meet), `suggestion` is that value;
when they leave a range, the message gives the range and `suggestion` stays empty. When more
than 10 sets tie, one finding at the first total that fails says so: the table does not say
which figure is wrong. Should the solver not finish (a time limit of 20 seconds per program),
one finding at that total says so too.

Where the gap of every total that fails is closed by a line of the table the reader could not
place (a `stray-number` among the total's rows, or a line right below its closing total whose
figure, as one more row, makes up the difference: the line `total-exceeds-parts` cites), each
figure's message says so, names that line, its words and its figure, and says that a row lost
in reading is the likelier cause than a wrong printed figure: the two findings agree on what to
check first.

Limits: the smallest change is the most economical explanation, not proof. A unique-person
total leaves room (any total between its largest part and the sum of its parts holds), so a
wrong figure can often be "corrected" in many places, and a wrong part can hide inside the
allowed double counting entirely. Nothing is ever applied to the data.

## Why it matters
`total-exceeds-parts` and `total-below-largest-part` point at the total, but the wrong figure
may be one of the rows. Looking at the whole table at once — a row is a part of its year's
total, a subtotal both a total and a part of the Eindtotaal — narrows down which printed
figures can be wrong, and shows when the table cannot tell.

## Example
```
Unieke cursisten met gestarte OKOT'(s) 2020
Provincie Opleiding Aantal
900611: Professionele bachelor verpleegkunde - 1ste jaar 20
900612: Professionele bachelor verpleegkunde - 2de jaar 15
Totaal Limburg 35
900611: Professionele bachelor verpleegkunde - 1ste jaar 12
Totaal Antwerpen 12
Eindtotaal 80
```
The Eindtotaal 80 exceeds the subtotals' 47. Changing a subtotal would break its own block, so
the only single figure that can be wrong is the Eindtotaal: it must be between 35 and 47.
"""

from __future__ import annotations

from okot_audit.rules._issues import strays_closing_all
from okot_audit.rules.base import Hit, rule, said
from okot_audit.rules.likely_typo import figure_name, names, place, related_places

MESSAGES = {
    "one": {
        "en": said("{figure}: {stated} may be the wrong figure: changing it alone makes every total of the "
                   "table hold again ({restores} {fails} now){fit}; ",
                   "{others}"),
        "nl": said("{figure_nl}: {stated} is mogelijk het foute cijfer: alleen dit cijfer wijzigen laat elk "
                   "totaal van de tabel weer kloppen ({restores_nl} {fails_nl} nu niet){fit_nl}; ",
                   "{others_nl}"),
    },
    "set": {
        "en": "{figure}: {stated} may be wrong: the smallest change that makes every total of the table "
              "hold again touches {size} figures, and this figure is in {among} of the {sets} such sets",
        "nl": "{figure_nl}: {stated} is mogelijk fout: de kleinste wijziging die elk totaal van de tabel "
              "weer laat kloppen raakt {size} cijfers, en dit cijfer zit in {among} van de {sets} zulke sets",
    },
    # Every failing total's gap closed by a line the reader could not place in the table (a
    # ``stray-number``), as ``total-exceeds-parts`` cites it: a row lost in reading is the likelier cause
    "one-stray": {
        "en": said("{figure}: {stated} is a printed figure whose change alone would make every total of the table "
                   "hold again ({restores} {fails} now){fit}; {others}; but {strays} — ",
                   "a row lost in reading is the likelier cause, not a wrong printed figure: check "
                   "{stray_n:~that line|those lines} first"),
        "nl": said("{figure_nl}: {stated} is een afgedrukt cijfer waarvan alleen een wijziging elk totaal van de tabel "
                   "weer zou laten kloppen ({restores_nl} {fails_nl} nu niet){fit_nl}; {others_nl}; maar {strays_nl} — ",
                   "een rij die bij het lezen verloren ging, is de waarschijnlijkere oorzaak, niet een fout afgedrukt "
                   "cijfer: ga eerst {stray_n:~die regel|die regels} na"),
    },
    "set-stray": {
        "en": said("{figure}: {stated} is in {among} of the {sets} smallest sets of printed figures ({size} each) whose "
                   "change would make every total of the table hold again ({restores} {fails} now); but {strays} — ",
                   "a row lost in reading is the likelier cause, not wrong printed figures: check "
                   "{stray_n:~that line|those lines} first"),
        "nl": said("{figure_nl}: {stated} zit in {among} van de {sets} kleinste sets van afgedrukte cijfers ({size} "
                   "per set) waarvan een wijziging elk totaal van de tabel weer zou laten kloppen ({restores_nl} "
                   "{fails_nl} nu niet); maar {strays_nl} — ",
                   "een rij die bij het lezen verloren ging, is de waarschijnlijkere oorzaak, niet foute afgedrukte "
                   "cijfers: ga eerst {stray_n:~die regel|die regels} na"),
    },
    "unsolved": {
        "en": "{restores} {fails}, and okot-audit could not work out which figure is wrong: {reason}",
        "nl": "{restores_nl} {fails_nl} niet, en okot-audit kon niet bepalen welk cijfer fout is: {reason_nl}",
    },
    "many": {
        "en": "{restores} {fails}, and at least {sets} different sets of {size:printed figure|printed figures} would each "
              "make every total of the table hold: the table does not say which figure is wrong",
        "nl": "{restores_nl} {fails_nl} niet, en minstens {sets} verschillende sets van {size:cijfer|cijfers} zouden "
              "elk alle totalen van de tabel laten kloppen: de tabel zegt niet welk cijfer fout is",
    },
}


#: Why the solver gave no answer (okot_audit.locate.milp.SolverError), in Dutch: the English
#: start of the reason and its Dutch; what follows (the solver's own words) is kept.
REASONS_NL = (
    ("no change of the figures makes the constraints hold", "geen wijziging van de cijfers laat de voorwaarden kloppen"),
    ("HiGHS returned values that break a constraint", "HiGHS gaf waarden die een voorwaarde breken"),
    ("a figure changed without its indicator", "een cijfer veranderde zonder zijn aanwijzer"),
    ("HiGHS stopped: ", "HiGHS stopte: "),
)


def reason_nl(reason: str) -> str:
    """The solver's reason in Dutch (the solver's own message after it stays as it is)."""
    for english, dutch in REASONS_NL:
        if reason.startswith(english):
            return dutch + reason[len(english):]
    return reason


@rule("OK207", "error-located", "info", MESSAGES, role="suspect")
def check(answer, context):
    from okot_audit.locate import located

    for result in located(answer):
        tc = result.constraints
        for component in result.components:
            if component.suggestions:
                continue
            loc = component.localisation
            related = related_places(answer.path, component.violated)
            first = min(component.violated, key=lambda c: (result.cells[c.total].line, c.total))
            table = result.table_of(first.total)
            if loc is None:
                yield Hit(table=table, stated=result.cells[first.total].count, variant="unsolved",
                          **place(result.cells[first.total]),
                          args={**_failing(component.violated), "reason": component.failure,
                                "reason_nl": reason_nl(component.failure or "")})
                continue
            words = {**_failing(component.violated), "size": loc.size, "sets": len(loc.solutions),
                     **strays_closing_all(answer, component.violated)}
            if loc.capped:
                yield Hit(table=table, stated=result.cells[first.total].count, variant="many",
                          **place(result.cells[first.total]), args=words)
                continue
            for figure in loc.figures:
                cell = result.cells[figure]
                table = result.table_of(figure)
                column = table.column if table else ""
                among = sum(figure in s.figures for s in loc.solutions)
                suggestion = None
                fit = fit_nl = ""
                if loc.size == 1:
                    low, high = tc.bounds(figure)
                    if low == high:
                        suggestion = low
                        fit, fit_nl = f"; it must then be {low}", f"; het moet dan {low} zijn"
                    else:
                        top = "" if high is None else f" to {high}"
                        top_nl = "" if high is None else f" tot {high}"
                        fit = f"; it must then be from {low}{top}"
                        fit_nl = f"; het moet dan van {low}{top_nl} zijn"
                yield Hit(
                    table=table, stated=cell.count, suggestion=suggestion,
                    difference=None if suggestion is None else suggestion - cell.count,
                    variant=("one" if loc.size == 1 else "set") + ("-stray" if "strays" in words else ""),
                    **place(cell), related=related,
                    args={**words, "figure": figure_name(cell, "en", column, table),
                          "figure_nl": figure_name(cell, "nl", column, table),
                          "among": among,
                          "fit": fit, "fit_nl": fit_nl,
                          "others": "no other single figure can" if len(loc.solutions) == 1 else
                          f"it is one of {len(loc.solutions)} figures that each could",
                          "others_nl": "geen ander afzonderlijk cijfer kan dat" if len(loc.solutions) == 1 else
                          f"het is een van {len(loc.solutions)} cijfers die dat elk kunnen"},
                )


def _failing(violated) -> dict[str, str]:
    """The totals that fail, named in English and Dutch, with the verb that agrees with them
    (``Totaal 2020 fails``, ``Totaal A and Totaal B fail``; ``klopt`` / ``kloppen``)."""
    many = len({c.name("en") for c in violated}) > 1
    return {"restores": names(violated, "en"), "restores_nl": names(violated, "nl"),
            "fails": "fail" if many else "fails", "fails_nl": "kloppen" if many else "klopt"}
