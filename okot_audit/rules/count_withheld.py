"""A count is withheld and printed as a bound (`<5`); the totals are checked with its range.

## What it does
Reports each cell that an answer prints as a bound instead of a figure — `<5`, `< 5`, `≤4`,
as answers do to protect small groups of persons — at its line, with its row and period. The
row's other figures are read as cells; the withheld count is none, and every total it is part
of is checked with it anywhere from 0 to the highest count the bound allows (4 for `<5`, 4 for
`≤4`): a total must not exceed its parts with the withheld counts at their highest, and parts
that must add up exactly must not exceed it with them at their lowest. A row whose figures and bounds do not say their periods is not read
(`ambiguous-alignment`, `withheld`).

In a table of blocks (province blocks, sector blocks) the row is named with its block (`row
900611 in the Limburg block`), and the finding carries its province: one code in two blocks is
two rows.

A mark whose footnote says only that the count is withheld, naming no bound (`* om
privacyredenen niet vermeld`, `x = niet vrijgegeven (privacy)`), is a count withheld without a
bound: at least 0, at most anything. A total of unique persons over it is still checked to be at
least its largest known part; a total that adds its parts up, to be at least the sum of the
known ones — and where it is the only withheld part of such a total, the message says the
count the total implies (the total less the known parts).

Where the table's totals together narrow a withheld count below its own bound, the message says
so (`its table's totals together make it 2`, `put it from 1 to 3`): every total of the table at
once, as integers — several totals that share withheld cells (a row's `Totaal` over two `<5`,
each also part of its period's total) are solved together
(`okot_audit.withheld_ranges`, scipy's HiGHS where a total has several withheld parts).

## Why it matters
`<5` is no figure of 5: read as one, it would move up to four persons into a total that does
not hold them, or hide a real error. Left out without a word, the total above it would look
too large. The reader of the answer should know which counts are missing from the tables and
that the totals hold only within the withheld ranges.

## Example
```
Provincie 2020 2021
Antwerpen 120 131
Limburg <5 7
Totaal 123 138
```
Limburg's count of 2020 is withheld: `Totaal 2020` is checked as 120 plus 0 to 4.
"""

from __future__ import annotations

from dataclasses import replace

from okot_audit.rules._issues import issue_hits
from okot_audit.rules.base import rule, said
from okot_audit.totals import answer_checks
from okot_audit.withheld_ranges import joint_ranges

MESSAGES = {
    "withheld": {
        "en": said("row {row}{in_block}: the count of {period} is printed as {other}{joint} — ",
                   "withheld, a number below the bound; it is not read as a figure, and the totals it is part of "
                   "are checked with it anywhere from 0 to {numbers}"),
        "nl": said("rij {row}{in_block_nl}: het aantal van {period} staat er als {other}{joint_nl} — ",
                   "niet gegeven, een getal onder de grens; het wordt niet als cijfer gelezen, en de totalen waarin "
                   "het meetelt worden gecontroleerd met om het even welke waarde van 0 tot en met {numbers}"),
    },
    # A mark whose footnote names no bound (``* om privacyredenen niet vermeld``).
    "withheld-unbounded": {
        "en": said("row {row}{in_block}: the count of {period} is printed as {other}{joint} — ",
                   "withheld without a bound (its footnote says only that it is withheld); it is not read as a "
                   "figure, and the totals it is part of are checked only as far as they can be: a total of unique "
                   "persons at least its largest known part, a total that adds its parts up at least their known "
                   "sum{implied}"),
        "nl": said("rij {row}{in_block_nl}: het aantal van {period} staat er als {other}{joint_nl} — ",
                   "niet gegeven, zonder grens (de voetnoot zegt alleen dat het niet gegeven wordt); het wordt niet "
                   "als cijfer gelezen, en de totalen waarin het meetelt worden alleen gecontroleerd voor zover dat "
                   "kan: een totaal van unieke personen op minstens het grootste gekende deel, een totaal dat de "
                   "delen optelt op minstens hun gekende som{implied_nl}"),
    },
}


@rule("OK906", "count-withheld", "info", MESSAGES)
def check(answer, context):
    implied: dict[tuple[int, str], list] = {}
    if any(w.high is None for t in answer.tables for w in t.withheld):
        for tc in answer_checks(answer):
            if tc.implied is not None:
                w = tc.withheld[0]
                implied.setdefault((w.line, w.period), []).append(tc)

    joint = joint_ranges(answer)
    owned = {(t.id, w.line, w.period): w for t in answer.tables for w in t.withheld}

    def extra(issue, table):
        key = (issue.line, issue.periods[0] if issue.periods else "")
        w = owned.get((issue.table, *key))
        words = _joint_words(w, joint.of(w) if w is not None else None)
        if issue.reason != "withheld-unbounded":
            return {**words, **_block_words(w, table)}
        checks = implied.get(key, [])
        return {
            **(words if not checks else {"joint": "", "joint_nl": ""}), **_block_words(w, table),
            "implied": "".join(f"; {tc.name('en')} adds its parts up, so it implies the count is {tc.implied} "
                               f"({tc.total.count} less the known parts' {tc.parts_sum})" for tc in checks),
            "implied_nl": "".join(f"; {tc.name('nl')} telt de delen op en geeft het aantal dus als {tc.implied} "
                                  f"({tc.total.count} min de gekende delen, {tc.parts_sum})" for tc in checks),
        }

    for hit in issue_hits(answer, "count-withheld", of_one_period=True, extra=extra):
        w = owned.get((hit.table.id if hit.table else None, hit.line, hit.period or ""))
        # (a block's province is known only once its closing total is read: the withheld count's, not the record's)
        yield replace(hit, province=w.province) if w is not None and w.province and not hit.province else hit


def _block_words(w, table) -> dict[str, str]:
    """The block withheld count `w` stands in (``in the Antwerpen block``, ``in het blok zorg``)
    in a table of blocks (provinces, sectors) whose rows are not the blocks themselves: two rows
    of one code in two blocks are two places."""
    block = None
    if w is not None and table is not None and table.layout.blocks:
        block = w.province if table.layout.blocks == "province" else w.block
        block = block or w.block or w.province
    if not block or block in (w.code, w.label):
        return {"in_block": "", "in_block_nl": ""}
    return {"in_block": f" in the {block} block", "in_block_nl": f" in het blok {block}"}


def _joint_words(w, span) -> dict[str, str]:
    """What the table's totals together say of withheld count `w` (its joint range `span`,
    :mod:`okot_audit.withheld_ranges`), where it is narrower than the count's own bound."""
    if w is None or span is None or (span[0] <= w.low and (span[1] is None or span[1] == w.high)):
        return {"joint": "", "joint_nl": ""}
    low, high = span
    if high is None:
        return {"joint": f" (its table's totals together make it at least {low})",
                "joint_nl": f" (de totalen van de tabel samen maken het minstens {low})"}
    if low == high:
        return {"joint": f" (its table's totals together make it {low})",
                "joint_nl": f" (de totalen van de tabel samen maken het {low})"}
    return {"joint": f" (its table's totals together put it from {low} to {high})",
            "joint_nl": f" (de totalen van de tabel samen leggen het van {low} tot en met {high})"}
