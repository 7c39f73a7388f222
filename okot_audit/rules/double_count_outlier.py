"""A total's share of double counting is far above the rest of its table.

## What it does
For every total of unique persons, computes the share of its parts' sum that was counted more
than once (`(sum of parts - total) / total`). It flags a total whose share is at least 10% and
more than three times the median share of the table's other totals of the same kind: the
totals at the same level within one period, or the totals over several periods (a total
column's cells), whose share is larger by nature — a person who goes on from a first year to a
second stands in two periods, where within one period few do.

## Why it matters
Some double counting is normal (people who move on to the next year, or move house). A total
with far more than its neighbours is more likely a mistyped total — a total lowered by a typing
error still passes `max(parts) <= total <= sum(parts)`, and this is the only trace it leaves.

## Example
```
Totaal 439 834 1200 1480     (rows sum to 441 864 1492 1496)
```
2020: 292 counted twice (24%), where the other years have 0.5% to 3.6%.
"""

from __future__ import annotations

from bisect import bisect_left

from okot_audit.totals import TOTAL_PERIOD, total_checks
from okot_audit.rules.base import Hit, rule, said

#: Counts beyond this are absurd (``schema-violation`` says so); no share is computed for them.
MAX_COUNT = 10**12
#: A share below this is never flagged.
MIN_SHARE = 0.10
#: How many times the table's median share a total must reach.
FACTOR = 3.0

# ``parts-exceed-total`` already says the parts' sum and the persons counted more than once on the
# same line: this message says what it adds — why this total's double counting stands out.
MESSAGES = {
    "en": said("{total}: the {difference} counted more than once are {share:.0%} of the total, more than three "
               "times the median share of the table's other totals ({norm:.1%}) — ",
               "double counting this far above its neighbours more likely comes from a total lowered by a typing "
               "error, which still lies between its largest part and the sum of its parts; check this total"),
    "nl": said("{total_nl}: de {difference} dubbel getelden zijn {share_nl} van het totaal, meer dan driemaal "
               "het mediane aandeel bij de andere totalen van de tabel ({norm_nl}) — ",
               "zoveel meer dubbeltellingen dan bij de andere totalen wijst eerder op een totaal dat door een "
               "tikfout te laag staat en toch nog tussen het grootste deel en de som van de delen ligt; "
               "controleer dit totaal"),
}


def percent_nl(share: float, digits: int) -> str:
    """A share as Dutch writes a percentage: a decimal comma (``1,0%``)."""
    return f"{share:.{digits}%}".replace(".", ",")


@rule("OK104", "double-count-outlier", "info", MESSAGES)
def check(answer, context):
    for table in answer.tables:
        checks = [
            tc for tc in total_checks(table)
            if tc.unique and 0 < tc.total.count < MAX_COUNT and tc.parts_sum < MAX_COUNT
        ]
        shares: dict[tuple[str, bool], list[float]] = {}  # per kind, every total's share, sorted
        for tc in checks:
            shares.setdefault(_kind(tc), []).append(_share(tc))
        for level_shares in shares.values():
            level_shares.sort()
        for tc in checks:
            excess = tc.double_counted
            if excess is None:
                continue
            share = excess / tc.total.count
            level_shares = shares[_kind(tc)]
            if len(level_shares) - 1 < 2:
                continue
            norm = _median_without(level_shares, _share(tc))
            if share >= MIN_SHARE and share > FACTOR * norm:
                yield Hit(
                    line=tc.total.line, table=table, period=tc.total.period, **tc.place(),
                    stated=tc.total.count, observed=tc.parts_sum,
                    difference=excess, args={**tc.words(), "share": share, "norm": norm,
                                             "share_nl": percent_nl(share, 0), "norm_nl": percent_nl(norm, 1)},
                )


def _kind(tc) -> tuple[str, bool]:
    """Which totals a total's share is compared with: those over the periods of their own line
    (a total column over a row's periods), else those at its level; and apart, the cells of the
    total column (over several periods) from those of one period."""
    return ("periods" if tc.across == "periods" else tc.total.level), tc.total.period == TOTAL_PERIOD


def _share(tc) -> float:
    """The share of a total's parts' sum counted more than once (0 when the parts fall short)."""
    return max(tc.parts_sum - tc.total.count, 0) / tc.total.count


def _median_without(ordered: list[float], value: float) -> float:
    """The median of the sorted list `ordered` with one occurrence of `value` left out (as
    :func:`statistics.median` of the others would say, in constant time per total)."""
    gone = bisect_left(ordered, value)
    size = len(ordered) - 1

    def at(k: int) -> float:
        return ordered[k] if k < gone else ordered[k + 1]

    middle = size // 2
    return at(middle) if size % 2 else (at(middle - 1) + at(middle)) / 2
