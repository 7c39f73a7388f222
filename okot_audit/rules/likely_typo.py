"""A printed figure whose digits swapped, dropped or doubled would make every total of its table hold.

## What it does
Runs only on a table where some total does not hold. The table's totals (every one the totals
rules check, a total over parts all blank among them) become constraints over its printed figures — each row → its column total, rows → block subtotal → Eindtotaal —
`max(parts) <= total <= sum(parts)` for unique persons, `total == sum(parts)` for additive
totals. A header that prints categories of persons and their `Totaal` under each period
(`2022 2023` over `Man Vrouw Totaal`) makes one table per column; their figures are located
together, each `Totaal` figure being also the exact sum of its categories' figures beside it,
and the message names the figure's column (`900124 2022 in the Vrouw column`). okot-audit first looks for the *smallest* set of printed figures whose change makes
every constraint hold at once (Fellegi–Holt error localisation, solved as a mixed-integer
program with scipy's `milp`/HiGHS; see `error-located`). Then, for each figure in such a set, it
tries the figures one typing error would have turned into the printed one:

- two adjacent digits swapped (printed `1427`, meant `1472`);
- a digit typed twice (printed `14772`, meant `1472`);
- a digit left out (printed `142`, meant `1472` or `1420` …);
- a thousands separator read as a decimal point (`1.472` printed as `1`): any figure from
  1000 to 1999 — a range, which the totals must narrow down;
- a footnote's mark flattened onto the figure (printed `4121`, meant `412` with the mark `¹`
  that text extraction set as a plain digit): only where the answer prints a footnote with that
  number (`(1) …`, `1 Inclusief …`). It is ranked before every typing error.

A candidate is kept when, with that figure changed alone (or together with the one other
figure of its smallest set, when two faults touch the same totals), *every* constraint of the
table holds — and it does not make a total of unique persons hold only by counting more of its
persons twice than it has (the rows summing to more than twice the total, where the table's other
totals count far fewer twice: `Vlaams Gewest 322` over provinces of `341`, `162`, `322` … is a
wrong total, not `341` a typo for `314`; `error-located` names both figures then). When the
smallest change touches three or more figures, no typo is guessed; the
figures are named by `error-located`. Each kept candidate is one finding at the printed figure's line: `stated` is the printed
figure, `suggestion` the one that fits, `difference` the change; the message names the totals
the suggestion restores. When several fit they are ranked — fewest changed figures first, then
the one that leaves the double counting of its totals closest to the table's own norm (the
median share of double counting of its other totals), then swaps before doubled before dropped
digits before separators — and the first 20 are listed, each saying its rank and how many fit.
The suggestion is never applied: the tables, the extract and the other findings keep the
printed figure.

Where it shows: each suggestion is a finding of its own at the printed figure's line, and is
also listed under the error it explains (`↳ possible typo, line 5, 908002 2020 45 → 54`) in the
text and Markdown reports; the HTML report marks the suspected cell in a table of the figures,
with the figures that fit beside it, and frames the total that does not hold. In SARIF it is a
result without a fix, whose related locations are the totals it restores.

Where a line of the table the reader could not place (a `stray-number`) closes the gap of every
total the corrections would restore — the line `total-exceeds-parts` cites — each correction's
message says so too: a row lost in reading is the likelier cause than a typo.

Limits. A unique-person total leaves room: any total between its largest part and the sum of
its parts holds. So a typo that raises a part, or lowers a total, can hide inside the allowed
double counting and break nothing — then there is nothing to localise and this rule says
nothing (`double-count-outlier` may still notice a total with far more double counting than
its neighbours). For the same reason several candidates often fit a unique-person table; they
are listed, ranked, not chosen among. A separator error on a unique-person figure fits a whole
range; the message gives the range and the value nearest the table's norm. A typo that turns
a figure into one that still fits cannot be seen by any check of the totals.

The same typing errors are tried whether the table withholds counts (`<5`) or not: a total
off by two swapped digits (`64` for `46`) is named in a table without any withheld count as in
one with them. One digit typed for another (`47` for `46`) is not among them: every figure is
one such change away from dozens of others (nine per digit), so it would explain any small gap
and tell nothing the totals do not — `error-located` names the figure and the one value that
fits (`it must then be 46`).

## Why it matters
An error says *that* a total does not fit; the reader then asks *which* figure is wrong and
what it should have been. A swapped pair of digits is the most common typing error in
published tables; naming the figure and the value that fits saves the statistician the search
and tells the journalist which figure not to quote.

## Example
```
Unieke cursisten met gestarte OKOT'(s) 2020
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 138
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 54
908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 40
Totaal 322
```
The rows sum to 232, the total says 322 (`total-exceeds-parts`). `likely-typo` at the total:
322 may be a typo for 232 (two digits swapped), which makes Totaal 2020 hold again.
"""

from __future__ import annotations

from okot_audit.locate.typos import KIND_WORDS
from okot_audit.rules._issues import strays_closing_all
from okot_audit.rules.base import Hit, rule
from okot_audit.tables import finding_label, is_subtotal_column
from okot_audit.totals import TOTAL_PERIOD

#: Suggestions listed per group of tied figures at most (each says how many fit).
MAX_LISTED = 20

MESSAGES = {
    "default": {
        "en": "{figure}: {stated} may be a typo for {suggestion} ({kind}): with it, {restores} "
              "{verb} again{together}; {standing}, not applied{stray_note}",
        "nl": "{figure_nl}: {stated} is mogelijk een tikfout voor {suggestion} ({kind_nl}): daarmee "
              "{verb_nl} {restores_nl} weer{together_nl}; {standing_nl}, niet toegepast{stray_note_nl}",
    },
    "alternative": {
        "en": "{figure}: {stated} may be a typo for {suggestion} ({kind}), which would also make {restores} "
              "hold{together} — less likely than {best} ({line_word} {best_line}); correction {rank} of {count}, "
              "not applied{stray_note}",
        "nl": "{figure_nl}: {stated} is mogelijk een tikfout voor {suggestion} ({kind_nl}), waarmee "
              "{restores_nl} ook {verb_nl}{together_nl} — minder waarschijnlijk dan {best_nl} (regel "
              "{best_line}); correctie {rank} van {count}, niet toegepast{stray_note_nl}",
    },
    "range": {
        "en": "{figure}: {stated} may be a typo ({kind}) for any figure from {low} to {high}: each "
              "makes {restores} hold again; {suggestion} leaves the double counting nearest the "
              "table's norm; {standing}, not applied{stray_note}",
        "nl": "{figure_nl}: {stated} is mogelijk een tikfout ({kind_nl}) voor elk cijfer van {low} tot "
              "{high}: elk daarvan laat {restores_nl} weer kloppen; {suggestion} laat de dubbeltelling "
              "het dichtst bij de norm van de tabel; {standing_nl}, niet toegepast{stray_note_nl}",
    },
    "range-alternative": {
        "en": "{figure}: {stated} may be a typo ({kind}) for any figure from {low} to {high}, which would also "
              "make {restores} hold ({suggestion} nearest the table's norm) — less likely than {best} (line "
              "{best_line}); correction {rank} of {count}, not applied{stray_note}",
        "nl": "{figure_nl}: {stated} is mogelijk een tikfout ({kind_nl}) voor elk cijfer van {low} tot {high}, "
              "waarmee {restores_nl} ook weer kloppen ({suggestion} het dichtst bij de norm van de tabel) — "
              "minder waarschijnlijk dan {best_nl} ({line_word} {best_line}); correctie {rank} van {count}, niet "
              "toegepast{stray_note_nl}",
    },
}


#: Said after a correction where a line the reader could not place in the table closes the gap of
#: every total the corrections restore (:func:`~okot_audit.rules._issues.strays_closing_all`), as
#: ``total-exceeds-parts`` cites it: a row lost in reading is the likelier cause than a typo.
STRAY_NOTE = {
    "en": "; but {strays} — a row lost in reading is the likelier cause than a typo: check {lines} first",
    "nl": "; maar {strays} — een rij die bij het lezen verloren ging, is de waarschijnlijkere oorzaak dan een "
          "tikfout: ga eerst {lines} na",
}
LINES = {"en": ("that line", "those lines"), "nl": ("die regel", "die regels")}

#: The message of a suggestion: (a range?, not the first?) → variant.
_VARIANTS = {(False, False): "default", (False, True): "alternative", (True, False): "range",
             (True, True): "range-alternative"}


def standing(count: int, lang: str) -> str:
    """Where the first suggestion stands among those that fit: ``the only correction that
    fits``, ``the most likely of 5 corrections that each make the table hold``."""
    if count == 1:
        return "de enige correctie die past" if lang == "nl" else "the only correction that fits"
    if lang == "nl":
        return f"de meest waarschijnlijke van {count} correcties die elk de tabel doen kloppen"
    return f"the most likely of {count} corrections that each make the table hold"


def figure_name(cell, lang: str = "en", column: str = "", table=None) -> str:
    """``908001 2020`` for a row, ``Totaal Antwerpen 2020`` for a total: the printed figure; a
    total column's by its column (``the Totaal column of 908001``, where ``908001 Totaal``
    read as one more period); one of several columns of a header under each period by that
    `column` too (``900124 2022 in the Vrouw column``), as its totals are named. A total column
    by its `table`'s own word for it (``the Subtotaal column of 908001``)."""
    if cell.level == "row":
        name = cell.code or cell.label or cell.province or ("rij" if lang == "nl" else "row")
    else:
        name = cell.label or "Totaal"
        if cell.period == TOTAL_PERIOD or is_subtotal_column(cell.period):  # (a total line's cell in a total column)
            name = f"de regel {name}" if lang == "nl" else f"the {name} line"
    if cell.period == TOTAL_PERIOD or is_subtotal_column(cell.period):
        word = table.column_word(cell.period) if table is not None else cell.period
        return f"de kolom {word} van {name}" if lang == "nl" else f"the {word} column of {name}"
    if column:
        return f"{name} {cell.period} in de kolom {column}" if lang == "nl" else f"{name} {cell.period} in the {column} column"
    return f"{name} {cell.period}".strip()


def place(cell) -> dict:
    """The finding fields that say where a printed figure stands."""
    return {
        "line": cell.line, "period": cell.period, "province": cell.province,
        "training_code": cell.code,
        "label": finding_label(cell),
        "page": cell.page,
    }


def related_places(path: str, constraints, cells=()) -> tuple[tuple[str, int | None, int | None], ...]:
    """The other places a finding speaks of, as :attr:`Finding.related`: the totals it is about
    (in document order), then the other figures of its smallest change."""
    places = [(path, c.check.total.line, c.check.total.page) for c in constraints if c.check is not None]
    places.sort(key=lambda p: p[1] or 0)
    places += [(path, cell.line, cell.page) for cell in cells]
    return tuple(dict.fromkeys(places))


def names(constraints, lang: str) -> str:
    items = sorted({c.name(lang) for c in constraints})
    joiner = " en " if lang == "nl" else " and "
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + joiner + items[-1]


@rule("OK206", "likely-typo", "info", MESSAGES, role="suspect")
def check(answer, context):
    from okot_audit.locate import located

    group = 0  # (the corrections of one set of failing totals are alternatives of each other)
    for result in located(answer):
        for component in result.components:
            suggestions = component.suggestions
            group += 1
            best = suggestions[0] if suggestions else None
            strays = strays_closing_all(answer, component.violated) if suggestions else {}
            notes = {f"stray_note{suffix}": STRAY_NOTE[lang].format(
                strays=strays[f"strays{suffix}"], lines=LINES[lang][strays["stray_n"] > 1]) if strays else ""
                for lang, suffix in (("en", ""), ("nl", "_nl"))}
            for rank, s in enumerate(suggestions[:MAX_LISTED], 1):
                table = result.table_of(s.figure)
                others = [(result.cells[f], result.table_of(f)) for f in s.together]
                together = nl_together = ""
                if others:
                    together = " together with a change to " + ", ".join(
                        figure_name(c, "en", t.column if t else "", t) for c, t in others)
                    nl_together = " samen met een wijziging van " + ", ".join(
                        figure_name(c, "nl", t.column if t else "", t) for c, t in others)
                many = len(s.restores) > 1
                column = table.column if table else ""
                yield Hit(
                    table=table, stated=s.cell.count, suggestion=s.value,
                    difference=s.value - s.cell.count, **place(s.cell),
                    variant=_VARIANTS[(s.low != s.high, rank > 1)],
                    related=related_places(answer.path, s.restores, [c for c, _ in others]), rank=rank, group=group,
                    args={
                        "figure": figure_name(s.cell, "en", column, table), "figure_nl": figure_name(s.cell, "nl", column, table),
                        "kind": KIND_WORDS["en"][s.kind],
                        "kind_nl": KIND_WORDS["nl"][s.kind], "restores": names(s.restores, "en"),
                        "restores_nl": names(s.restores, "nl"),
                        "verb": "hold" if many else "holds", "verb_nl": "kloppen" if many else "klopt",
                        "together": together, "together_nl": nl_together,
                        "rank": rank, "count": len(suggestions), "low": s.low, "high": s.high,
                        "standing": standing(len(suggestions), "en"),
                        "standing_nl": standing(len(suggestions), "nl"),
                        "best": _change(best, result, "en"), "best_nl": _change(best, result, "nl"),
                        "best_line": best.cell.line if best else None, **notes,
                    },
                )


def _change(s, result, lang: str) -> str:
    """``908002 2020 45 → 54``: a suggestion as a short phrase (the best one, named beside the others)."""
    if s is None:
        return ""
    table = result.table_of(s.figure)
    value = f"{s.low}–{s.high}" if s.low != s.high else f"{s.value}"
    return f"{figure_name(s.cell, lang, table.column if table else '', table)} {s.cell.count} \u2192 {value}"
