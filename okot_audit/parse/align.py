"""Let the stated totals choose where blank cells sit when the spacing cannot say.

Every row offers its readings (see :mod:`okot_audit.parse.cells`), best first. Rows whose
spacing is exact offer one. For the others we look for the readings that make every column
respect ``max(parts) <= total <= sum(parts)`` (``== sum`` for additive tables). One fitting
choice: taken. Several: the most plausible is taken and the ambiguity reported. None: the rows
stay unread and that is reported — never a silent guess.

How, without trying every combination of readings: for a total ``T`` of unique persons,
``max(parts) <= T`` holds part by part (a reading with a figure above its column's total can
never fit), and ``T <= sum(parts)`` only asks how much of ``T`` the rows still have to cover.
For an additive total, what is left of ``T`` must come down to exactly 0. So a dynamic
programme runs over the rows of a group: its state is, per column with a total, what is still
to cover (capped at 0 for unique persons), and each state keeps the most plausible readings
that reach it (lowest summed rank, then the earliest readings: the order a search over the
rows' readings would meet them) and how many distinct choices reach it (counted up to two).
States from which the remaining rows cannot cover what is left are dropped. The work is the
number of rows times readings per row times distinct states — never the product of the rows'
reading counts. Should the states still outgrow :data:`STATE_LIMIT`, only the most plausible
:data:`STATE_LIMIT` are followed and a fit found is reported as ambiguous (never as certain).
A row with more readings than :data:`~okot_audit.parse.cells.LOOSE_LIMIT` offers only its
closest one (``partial``): a fit is then reported as ambiguous too.

Readings come in tiers (:attr:`~okot_audit.parse.cells.Placement.tier`): a reading of a later
tier (a row's total over the periods left unprinted) does not compete with the plain readings
by rank; it is weighed only where they leave the choice open (:func:`choose_in_tiers`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from operator import gt, lt, sub

from okot_audit.parse.cells import Placement

#: How many distinct partial column sums the programme follows per row before it keeps only
#: the most plausible ones (and no longer claims a choice is the only one that fits).
STATE_LIMIT = 50_000
#: Groups whose rows offer more combinations of readings than this run the programme on arrays.
NUMPY_FROM = 2_000


@dataclass
class Choice:
    """The outcome for one group of rows: a reading per row, or None where unresolved."""

    readings: list[Placement | None]
    #: "certain" | "chosen" | "ambiguous" | "unresolved" | "no-total"; or "thousands-unclear":
    #: every line of the group reads as well with a column more than the header names as with a
    #: count's thousands apart by a space (the totals fit both), no row read.
    status: str
    #: Found only with a part's figure in a period the total leaves blank (see :func:`choose`).
    under_blank: bool = False
    #: The rows (by index) this choice reads only because their figures' positions narrowed the
    #: readings of a row (theirs or another's), which the readings of its spacing leave unsettled:
    #: per row, how they leave it ("ambiguous", "no-total"). See :func:`~okot_audit.parse._settled_by_narrowing`.
    unsettled: dict[int, str] = field(default_factory=dict)


def fits(parts: list[int], total: int | None, unique: bool) -> bool:
    """Whether `parts` can add up to `total` (unique persons: within the bounds)."""
    if total is None:
        return True
    if not parts:
        return total == 0
    if unique:
        return max(parts) <= total <= sum(parts)
    return sum(parts) == total


def choose(
    options: list[list[Placement]], totals: tuple[int | None, ...] | None, unique: bool
) -> Choice:
    """Pick a reading for every row of a group whose total (per period) is `totals`. A period
    the total line leaves blank has no person in it, so readings that put no part's figure
    there are taken where some fit; only where none does (an answer whose total is left out
    for a period its rows fill) are the others weighed."""
    strict = _choose(options, totals, unique, strict=True)
    if strict.status != "unresolved" or totals is None or all(t is not None for t in totals):
        return strict
    lenient = _choose(options, totals, unique, strict=False)
    return replace(lenient, under_blank=lenient.status != "unresolved")


def plain(options: list[list[Placement]]) -> list[list[Placement]]:
    """Each row's readings of the first tier (``tier`` 0): those weighed before any other."""
    return [[p for p in option if not p.tier] for option in options]


#: Per row of a group, the indexes of its readings that take part in some fit of its totals (the
#: readings weighed by `weigh`, strictly or — `lenient` — with a part's figure under a period the
#: total leaves blank), and the indexes of the readings the weighing keeps at all; a row's fits
#: None where weighing it with fewer readings would weigh the rows otherwise (it is then weighed
#: again); None: not known (every row is weighed again). See :func:`readings_that_fit`.
Reach = Callable[[list[list[Placement]], bool], "tuple[list[set[int] | None], list[set[int]]] | None"]


def choose_in_tiers(
    options: list[list[Placement]], weigh: Callable[[list[list[Placement]]], Choice],
    reach: Reach | None = None,
) -> tuple[Choice, list[list[Placement]]]:
    """The choice among a group's rows' readings (`options`) by `weigh` (:func:`choose`, or a
    choice that stands readings in for others), tier by tier; and the readings it chose among.
    A reading of a later tier (``tier`` > 0: a row's total over the periods left unprinted,
    where a row that prints figures prints its total) is weighed only where the rows' plain
    readings leave the choice open: where none fits, where they fit only with a part's figure
    under a period the total leaves blank and the later readings fit without, or where each row
    read one way, taken without the totals, and the later readings fit otherwise. Where the plain
    readings fit one way and a later tier's reading fits too, the prior (a row that prints figures
    prints its total) stands only while it decides that row alone: where a fit with a later tier's
    reading places another row's figures otherwise (:func:`_moves_other_rows`), the choice is
    ``ambiguous`` over every tier — the rows said, never placed by the prior. Where the plain
    readings fit no way and a later tier's fit holds only with a part's figure under a period the
    total leaves blank, no row is settled (the rows that read several ways left open): a row's total
    unprinted and a period's total unprinted are two faults of the answer against one. Where no total
    weighs the rows (``no-total``), every tier's readings are the row's: it reads several ways.
    `reach`, where given, says which readings of every row take part in some fit, weighed once
    (:func:`readings_that_fit`), instead of the rows weighed again once per row."""
    if not any(p.tier for option in options for p in option):
        return weigh(options), options
    first = plain(options)
    choice = weigh(first)
    if choice.status == "no-total":
        return choice, options
    other = weigh(options)
    if other.status != "unresolved" and (
            choice.status == "unresolved" or (choice.under_blank and not other.under_blank)
            or (choice.status == "certain" and other.readings != choice.readings)):
        if other.under_blank and not choice.under_blank and any(
                r is not None and r.tier for r in other.readings):
            # (the plain readings fit no way, and a later tier's only with a part's figure under a period
            # the total leaves blank: a row's total unprinted and that period's total unprinted too, two
            # faults of the answer against the plain readings' one — the totals settle nothing; the rows
            # that read several ways are left open, said or weighed by the column they break)
            return _open(options), options
        return other, options
    if choice.status == "chosen" and other.status == "ambiguous" and _moves_other_rows(options, choice, weigh, reach):
        return replace(other, status="ambiguous"), options
    return choice, first


def _open(options: list[list[Placement]]) -> Choice:
    """The choice that settles none of the rows of `options` that read several ways (or partly)."""
    return Choice([o[0] if len(o) == 1 and not o[0].partial else None for o in options], "unresolved")


def _moves_other_rows(
    options: list[list[Placement]], choice: Choice, weigh: Callable[[list[list[Placement]]], Choice],
    reach: Reach | None = None,
) -> bool:
    """Whether the rows' readings of every tier (`options`) fit their totals with a row read by a
    plain reading other than the one the plain readings' only fit (`choice`) gives it: a fit that
    takes a later tier's reading of some row (the plain fit is the only plain one) and moves the
    figures of a row that prints its total (``Verpleegkunde 4 3 4 4`` read with its total
    unprinted places ``Kinderzorg 5 2 6``'s 2 in 2022, the plain fit in 2020). Fits that differ from
    the plain one only in rows read by a later tier's reading (a row's own total unprinted) do not
    count; nor does a fit only with a figure under a period the total leaves blank, where the
    plain fit needs none.

    With `reach`, the rows are weighed once (which readings of each row take part in some fit,
    :func:`readings_that_fit`) and each row asked of its other plain readings: the time linear in
    the rows, where weighing the rows again per row is quadratic. A row whose fits `reach` does
    not know is weighed again as before."""
    known = reach(options, choice.under_blank) if reach is not None else None
    if known is not None:
        kept = known[1]  # (the readings weighed of each row; how many rows read more ways than one, or partly)
        several = sum(len(k) != 1 for k in kept)
        partly = [any(options[r][j].partial for j in k) for r, k in enumerate(kept)]
        partial = sum(partly)
    for i, option in enumerate(options):
        others = [p for p in option if not p.tier and p != choice.readings[i]]
        if not others:
            continue
        if known is not None and (fits := known[0][i]) is not None:
            left = [j for j, p in enumerate(option) if not p.tier and p != choice.readings[i] and j in kept[i]]
            if (len(left) == 1 and several == int(len(kept[i]) != 1)
                    and partial == int(partly[i]) and not option[left[0]].partial):
                continue  # (every row then reads one way: "certain", no fit weighed)
            if any(j in fits for j in left):
                return True
            continue
        moved = weigh([*options[:i], others, *options[i + 1:]])
        # ("certain": every row then reads one way, all plain — no fit, the plain fit being the only one)
        if moved.status in ("chosen", "ambiguous") and (choice.under_blank or not moved.under_blank):
            return True
    return False


def readings_that_fit(
    options: list[list[Placement]], totals: tuple[int | None, ...], unique: bool, strict: bool = True,
) -> list[set[int]] | None:
    """Per row of a group (its readings, `options`), the indexes of the readings that take part in
    at least one choice that fits `totals` (`strict`: no part's figure under a period the total
    leaves blank) — a row's reading other than the chosen one that is among them reads the rows
    another way. One pass of :func:`_choose`'s programme forward (the states each row reaches)
    and one back (the states from which the rows below still cover their totals): time linear in
    the rows, as one choice. None where the states outgrow :data:`STATE_LIMIT` (where the choice
    follows only the most plausible, which readings fit is not known)."""
    none: list[set[int]] = [set() for _ in options]
    columns = [c for c, t in enumerate(totals) if t is not None]
    limits = [totals[c] or 0 for c in columns]
    blank = [c for c, t in enumerate(totals) if t is None] if columns and strict else []
    start = list(limits)
    open_rows = [i for i, o in enumerate(options) if len(o) > 1 or o[0].partial]
    for o in options:
        if len(o) == 1 and not o[0].partial:
            if any(o[0].values[c] is not None for c in blank):
                return none
            for k, c in enumerate(columns):
                value = o[0].values[c]
                if value is None:
                    continue
                if unique and value > limits[k]:
                    return none
                start[k] -= value
    usable: Usable = []
    for i in open_rows:
        kept = [(j, placement, adds) for j, placement in enumerate(options[i])
                if not any(placement.values[c] is not None for c in blank)
                for adds in [tuple(placement.values[c] or 0 for c in columns)]
                if all(a <= limit for a, limit in zip(adds, limits))]
        if not kept:
            return none
        usable.append(kept)
    most, least, most_all, least_all = _bounds(usable, len(columns))
    first = _state_of(start, unique, most[0], least[0], most_all[0], least_all[0])
    if first is None:
        return none
    layers: list[set[tuple[int, ...]]] = [{first}]
    for i, kept in enumerate(usable):
        below = (unique, most[i + 1], least[i + 1], most_all[i + 1], least_all[i + 1])
        following = {after for state in layers[-1] for _, _, adds in kept
                     if (after := _state_of(list(map(sub, state, adds)), *below)) is not None}
        if not following:
            return none
        if len(following) > STATE_LIMIT:
            return None
        layers.append(following)
    out = [{0} for _ in options]  # (a row that reads one way: its reading, in every fit)
    ahead = layers[-1]  # (every state after the last row covers its totals: the bounds there are 0)
    for i in range(len(usable) - 1, -1, -1):
        below = (unique, most[i + 1], least[i + 1], most_all[i + 1], least_all[i + 1])
        fitting: set[int] = set()
        behind: set[tuple[int, ...]] = set()
        for state in layers[i]:
            for j, _, adds in usable[i]:
                if _state_of(list(map(sub, state, adds)), *below) in ahead:
                    fitting.add(j)
                    behind.add(state)
        out[open_rows[i]] = fitting
        ahead = behind
    return out


def _choose(
    options: list[list[Placement]], totals: tuple[int | None, ...] | None, unique: bool, strict: bool
) -> Choice:
    """Pick a reading for every row of a group whose total (per period) is `totals`."""
    partial = any(p.partial for o in options for p in o)
    if all(len(o) == 1 for o in options) and not partial:
        return Choice([o[0] for o in options], "certain")
    if totals is None:
        return Choice([o[0] for o in options], "no-total")
    open_rows = [i for i, o in enumerate(options) if len(o) > 1 or o[0].partial]
    unresolved = Choice([o[0] if len(o) == 1 and not o[0].partial else None for o in options], "unresolved")
    columns = [c for c, t in enumerate(totals) if t is not None]
    limits = [totals[c] or 0 for c in columns]

    # A period the total line leaves blank has no person in it: no part has a figure there.
    blank = [c for c, t in enumerate(totals) if t is None] if columns and strict else []

    # What the rows with one reading leave to cover, per column with a total.
    start = list(limits)
    for o in options:
        if len(o) == 1 and not o[0].partial:
            if any(o[0].values[c] is not None for c in blank):
                return unresolved  # a part under a blank total: the total reads otherwise
            for k, c in enumerate(columns):
                value = o[0].values[c]
                if value is None:
                    continue
                if unique and value > limits[k]:
                    return unresolved  # a part above its total: nothing the other rows do helps
                start[k] -= value

    # The readings of each open row that can be part of a fit at all (no figure above a total,
    # none under a blank one).
    usable: list[list[tuple[int, Placement, tuple[int, ...]]]] = []
    for i in open_rows:
        kept = []
        for j, placement in enumerate(options[i]):
            if any(placement.values[c] is not None for c in blank):
                continue  # a figure under a blank total
            adds = tuple(placement.values[c] or 0 for c in columns)
            if all(a <= limit for a, limit in zip(adds, limits)):
                kept.append((j, placement, adds))
        if not kept:
            return unresolved
        usable.append(kept)

    # All rows together can add `room` and must cover what the totals leave: a reading that
    # adds `loss` less than its row's fullest reading fits only if loss <= the difference.
    room = sum(max(sum(adds) for _, _, adds in kept) for kept in usable)
    owed = sum(value if value > 0 else 0 for value in start) if unique else sum(start)
    if owed > room:
        return unresolved
    trimmed = []
    for kept in usable:
        fullest = max(sum(adds) for _, _, adds in kept)
        trimmed.append([entry for entry in kept if fullest - sum(entry[2]) <= room - owed])
    usable = trimmed
    most, least, most_all, least_all = _bounds(usable, len(columns))
    first = _state_of(start, unique, most[0], least[0], most_all[0], least_all[0])
    if first is None:
        return unresolved
    bounds = (most, least, most_all, least_all)
    combinations = 1
    for kept in usable:
        combinations = min(combinations * len(kept), NUMPY_FROM + 1)
    small = max([*limits, *(abs(x) for x in start)], default=0) < 2**40
    if combinations > NUMPY_FROM and small and columns:
        found = _programme_numpy(usable, first, bounds, unique)
    else:
        found = _programme(usable, first, bounds, unique)
    if found is None:
        return unresolved
    path, ways, pruned = found
    readings: list[Placement | None] = [o[0] for o in options]
    for i, j in zip(open_rows, path):
        readings[i] = options[i][j]
    return Choice(readings, "chosen" if ways == 1 and not pruned and not partial else "ambiguous")


Usable = list[list[tuple[int, Placement, tuple[int, ...]]]]
Bounds = tuple[list[list[int]], list[list[int]], list[int], list[int]]


def _bounds(usable: Usable, width: int) -> Bounds:
    """The most and the least the rows from index i on can still add to each column, and to
    all columns together (a row's figures are shared out over the columns, not copied)."""
    most = [[0] * width for _ in range(len(usable) + 1)]
    least = [[0] * width for _ in range(len(usable) + 1)]
    most_all = [0] * (len(usable) + 1)
    least_all = [0] * (len(usable) + 1)
    for i in range(len(usable) - 1, -1, -1):
        for k in range(width):
            most[i][k] = most[i + 1][k] + max(adds[k] for _, _, adds in usable[i])
            least[i][k] = least[i + 1][k] + min(adds[k] for _, _, adds in usable[i])
        most_all[i] = most_all[i + 1] + max(sum(adds) for _, _, adds in usable[i])
        least_all[i] = least_all[i + 1] + min(sum(adds) for _, _, adds in usable[i])
    return most, least, most_all, least_all


def _state_of(
    left: list[int], unique: bool, most: list[int], least: list[int], most_all: int, least_all: int
) -> tuple[int, ...] | None:
    """`left` (what each column still owes) as a state, or None when the rows still to come
    cannot settle it: they add at most `most` (per column) and `most_all` (all columns)."""
    if unique:
        left = [value if value > 0 else 0 for value in left]
        if sum(left) > most_all or any(map(gt, left, most)):
            return None
    elif not least_all <= sum(left) <= most_all or any(map(lt, left, least)) or any(map(gt, left, most)):
        return None
    return tuple(left)


def _programme(
    usable: Usable, first: tuple[int, ...], bounds: Bounds, unique: bool
) -> tuple[tuple[int, ...], int, bool] | None:
    """The programme over the open rows: (the readings taken, how many choices fit (≤ 2),
    whether states were dropped), or None when nothing fits."""
    most, least, most_all, least_all = bounds
    # state → [rank, path, ways]: the best readings that reach it and how many choices do (≤ 2)
    frontier: dict[tuple[int, ...], list] = {first: [0, (), 1]}
    pruned = False
    for i, kept in enumerate(usable):
        following: dict[tuple[int, ...], list] = {}
        room = most_all[i + 1] if unique else None
        below = (unique, most[i + 1], least[i + 1], most_all[i + 1], least_all[i + 1])
        for state, (rank_so_far, path, ways) in frontier.items():
            owed = sum(state)
            for j, placement, adds in kept:
                if room is not None and owed - sum(adds) > room:
                    continue  # what is left cannot be covered by the rows below, whatever they read
                after = _state_of(list(map(sub, state, adds)), *below)
                if after is None:
                    continue
                rank = rank_so_far + placement.rank
                known = following.get(after)
                if known is None:
                    following[after] = [rank, path + (j,), ways]
                    continue
                known[2] = min(2, known[2] + ways)
                if rank < known[0] or (rank == known[0] and path + (j,) < known[1]):
                    known[0], known[1] = rank, path + (j,)
        if not following:
            return None
        if len(following) > STATE_LIMIT:
            pruned = True
            following = dict(sorted(following.items(), key=lambda item: (item[1][0], item[1][1]))[:STATE_LIMIT])
        frontier = following
    # Every state left covers its totals (the bounds after the last row are 0).
    rank, path, _ = min(frontier.values(), key=lambda r: (r[0], r[1]))
    return path, min(2, sum(r[2] for r in frontier.values())), pruned


def _programme_numpy(
    usable: Usable, first: tuple[int, ...], bounds: Bounds, unique: bool
) -> tuple[tuple[int, ...], int, bool] | None:
    """:func:`_programme` on arrays, for groups with many readings (figures below 2**40).

    A layer holds the distinct states with, per state, the rank of its best readings, the
    place of those readings in the order a search would meet them (``order``: paths compare
    by their parent's place, then by the reading taken), and how many choices reach it."""
    import numpy as np

    most, least, most_all, least_all = bounds
    width = len(first)
    states = np.array([first], dtype=np.int64).reshape(1, width)
    rank = np.zeros(1, dtype=np.int64)
    order = np.zeros(1, dtype=np.int64)
    ways = np.ones(1, dtype=np.int64)
    back: list[tuple] = []  # per layer: each state's parent and reading
    pruned = False
    for i, kept in enumerate(usable):
        adds = np.array([a for _, _, a in kept], dtype=np.int64).reshape(len(kept), width)
        ranks = np.array([p.rank for _, p, _ in kept], dtype=np.int64)
        count = len(states)
        after = (states[:, None, :] - adds[None, :, :]).reshape(-1, width)
        parent = np.repeat(np.arange(count), len(kept))
        reading = np.tile(np.arange(len(kept)), count)
        if unique:
            np.maximum(after, 0, out=after)
        total = after.sum(axis=1)
        ok = (after <= np.array(most[i + 1], dtype=np.int64)).all(axis=1) & (total <= most_all[i + 1])
        if not unique:
            ok &= (after >= np.array(least[i + 1], dtype=np.int64)).all(axis=1) & (total >= least_all[i + 1])
        if not ok.any():
            return None
        after, parent, reading = after[ok], parent[ok], reading[ok]
        # One integer per state (mixed radix over the columns' ranges) when it fits in 63 bits:
        # sorting integers is far cheaper than sorting rows.
        low = np.array(least[i + 1] if not unique else [0] * width, dtype=np.int64)
        radix = [high - lo + 1 for high, lo in zip(most[i + 1], low.tolist())]
        size = 1
        for r in radix:
            size *= r
        if size < 2**62:
            place_values = [1] * width
            for k in range(width - 2, -1, -1):
                place_values[k] = place_values[k + 1] * radix[k + 1]
            weights = np.array(place_values, dtype=np.int64)
            key = (after - low) @ weights
        else:
            key = np.unique(after, axis=0, return_inverse=True)[1].reshape(-1)
        candidate = rank[parent] + ranks[reading]
        # one sort: by state, then the best candidate first (lowest rank, then earliest path:
        # the parent's place, then the reading taken)
        sort = np.lexsort((reading, order[parent], candidate, key))
        sorted_key = key[sort]
        starts = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]])
        firsts = sort[starts]
        distinct = after[firsts]
        ways = np.minimum(np.add.reduceat(ways[parent][sort], starts), 2)
        best_parent, best_reading = parent[firsts], reading[firsts]
        rank = candidate[firsts]
        place = np.lexsort((best_reading, order[best_parent]))
        order = np.empty(len(distinct), dtype=np.int64)
        order[place] = np.arange(len(distinct))
        states = distinct
        if len(states) > STATE_LIMIT:
            pruned = True
            keep = np.lexsort((order, rank))[:STATE_LIMIT]
            states, rank, ways = states[keep], rank[keep], ways[keep]
            best_parent, best_reading = best_parent[keep], best_reading[keep]
            order = np.argsort(np.argsort(order[keep]))
        back.append((best_parent, best_reading))
    end = int(np.lexsort((order, rank))[0])
    path = []
    for i in range(len(usable) - 1, -1, -1):
        parents, readings = back[i]
        path.append(usable[i][int(readings[end])][0])
        end = int(parents[end])
    return tuple(reversed(path)), int(min(2, ways.sum())), pruned
