"""The totals choose where blank cells sit: the dynamic programme of :mod:`okot_audit.parse.align`
decides exactly as trying every combination of readings would, in time that does not grow with
the product of the rows' reading counts."""

from __future__ import annotations

import time
from itertools import product

from hypothesis import given
from hypothesis import strategies as st

from okot_audit.parse import align, read_text
from okot_audit.parse.align import Choice, choose, fits
from okot_audit.parse.cells import Placement, placements


def by_every_combination(options, totals, unique) -> Choice:
    """The reference: try every combination of the open rows' readings (exponential). A period
    whose total is blank (beside a total figure) takes no part's figure where some combination
    leaves it blank; only where none does are the others weighed (``under_blank``)."""
    if all(len(o) == 1 for o in options):
        return Choice([o[0] for o in options], "certain")
    if totals is None:
        return Choice([o[0] for o in options], "no-total")
    fixed = [o[0] for o in options if len(o) == 1]
    open_rows = [i for i, o in enumerate(options) if len(o) > 1]
    blank = [c for c, t in enumerate(totals) if t is None] if any(t is not None for t in totals) else []
    for strict in (True, False):
        found = []
        for combo in product(*(options[i] for i in open_rows)):
            rows = fixed + list(combo)
            if strict and any(p.values[c] is not None for p in rows for c in blank):
                continue
            if all(fits([v for p in rows if (v := p.values[c]) is not None], totals[c], unique)
                   for c in range(len(totals))):
                found.append((sum(p.rank for p in combo), combo))
        if found:
            break
        if not blank:
            break
    if not found:
        return Choice([o[0] if len(o) == 1 else None for o in options], "unresolved")
    found.sort(key=lambda f: f[0])
    readings = [o[0] for o in options]
    for i, placement in zip(open_rows, found[0][1]):
        readings[i] = placement
    distinct = {tuple(p.values for p in combo) for _, combo in found}
    return Choice(readings, "chosen" if len(distinct) == 1 else "ambiguous", under_blank=not strict)


@st.composite
def groups(draw):
    """A group of rows: some with one reading, some with several (distinct values, ranks drawn
    with ties), and totals that are absent, drawn, or computed from one true reading per row."""
    columns = draw(st.integers(1, 4))
    cell = st.one_of(st.none(), st.integers(0, 12))
    options, truth = [], []
    for _ in range(draw(st.integers(1, 6))):
        count = draw(st.integers(1, 5))
        values = draw(st.lists(st.tuples(*[cell] * columns), min_size=count, max_size=count, unique=True))
        ranks = sorted(draw(st.lists(st.integers(0, 4), min_size=count, max_size=count)))
        row = [Placement("label", v, count == 1, r) for v, r in zip(values, ranks)]
        options.append(row)
        truth.append(draw(st.sampled_from(row)))
    unique = draw(st.booleans())
    how = draw(st.sampled_from(["none", "truth", "drawn"]))
    if how == "none":
        totals = None
    elif how == "drawn":
        totals = tuple(draw(st.one_of(st.none(), st.integers(0, 40))) for _ in range(columns))
    else:
        totals = []
        for c in range(columns):
            parts = [v for p in truth if (v := p.values[c]) is not None]
            low, high = (max(parts, default=0), sum(parts)) if unique else (sum(parts), sum(parts))
            totals.append(draw(st.one_of(st.integers(low, high), st.none())) if parts else 0)
        totals = tuple(totals)
    return options, totals, unique


@given(groups())
def test_the_programme_decides_as_every_combination_would(group):
    options, totals, unique = group
    assert choose(options, totals, unique) == by_every_combination(options, totals, unique)


@given(groups())
def test_the_programme_on_arrays_decides_the_same(group):
    """Large groups run the programme with numpy: the same decisions, the same readings."""
    options, totals, unique = group
    saved = align.NUMPY_FROM
    align.NUMPY_FROM = 0
    try:
        assert choose(options, totals, unique) == by_every_combination(options, totals, unique)
    finally:
        align.NUMPY_FROM = saved


def test_figures_beyond_64_bits_take_the_plain_programme(monkeypatch):
    """No overflow: figures numpy cannot hold are placed by the programme on Python integers."""
    monkeypatch.setattr(align, "NUMPY_FROM", 0)
    big = 10**30
    options = [[Placement("a", (big, None), False, 1), Placement("a", (None, big), False, 2)],
               [Placement("b", (big, None), False, 1), Placement("b", (None, big), False, 2)]]
    for totals in ((big, big), (2 * big, None), (big + 1, big), (2**63 + 5, 2**63 - 5)):
        for unique in (True, False):
            assert choose(options, totals, unique) == by_every_combination(options, totals, unique)


def test_the_seeds_blank_cells_chosen_by_the_totals():
    """`908017: … 27 52 73` without its spaces: the totals put the blank in 2018."""
    text = ("OKOT's - Onderwijssector\n\nUnieke cursisten met gestarte OKOT'(s) 2018 2019 2020 2021\n"
            "908016: Verkorte educ bachelor 37 41 51 23\n908017: Educatieve graduaatsopleiding 27 52 73\n"
            "Totaal 37 68 103 96\n")
    cells = {(c.code, c.period): c.count for t in read_text(text).tables for c in t.cells if c.code == "908017"}
    assert cells == {("908017", "2019"): 27, ("908017", "2020"): 52, ("908017", "2021"): 73}


def test_six_rows_of_many_readings_are_placed_in_time():
    """Six open rows of 25 readings each is 244 million combinations; the programme visits the
    distinct column sums only."""
    periods = 5
    lines = [f"90061{r}: Verpleegkunde {3 + r} {5 + r} {4 + r}" for r in range(6)]
    options = [placements(line, periods) for line in lines]
    assert all(len(o) == 25 for o in options)
    truth = [(0, 2, 4), (1, 3, 4), (2, 2, 4), (0, 3, 4), (1, 2, 4), (2, 3, 4)]
    totals = [0] * periods
    for r, at in enumerate(truth):
        for value, c in zip((3 + r, 5 + r, 4 + r), at):
            totals[c] += value
    start = time.perf_counter()
    choice = choose(options, tuple(totals), True)
    assert time.perf_counter() - start < 5, "the placement search is exponential again"
    assert choice.status in ("chosen", "ambiguous")
    assert all(reading is not None for reading in choice.readings)
    for c in range(periods):  # what it took fits every column
        assert fits([v for r in choice.readings if (v := r.values[c]) is not None], totals[c], True)


# The reading of one line, as it was before the shapes' gaps were summed from the right.
from itertools import combinations  # noqa: E402

from okot_audit.parse.cells import NUMBER, _implied_positions, _label, number_value  # noqa: E402
from okot_audit.parse.tokens import WORD as _TOKEN  # noqa: E402

def placements_by_every_shape(line: str, periods: int) -> list[Placement]:
    """All readings of `line`'s numeric tail over `periods` columns, most plausible first.

    A reading is *exact* when the spaces between label and numbers say where every blank is:
    ``k`` blanks before, between or after numbers show as ``k + 1`` spaces (after the last
    number the extraction leaves one space more). When no reading is exact — spaces collapsed
    or trailing spaces trimmed — every placement is returned, and the caller lets the stated
    totals choose.
    """
    tokens = list(_TOKEN.finditer(line))
    k = len(tokens)
    while k > 0 and NUMBER.fullmatch(tokens[k - 1].group()):
        k -= 1
    run = len(tokens) - k
    if not run or periods < 1:
        return []
    shapes = []
    for c in range(min(run, periods), 0, -1):
        cells = tokens[len(tokens) - c:]
        label_end = tokens[len(tokens) - c - 1].end() if len(tokens) - c - 1 >= 0 else -1
        gaps = [cells[0].start() - label_end - 1]
        gaps += [cells[i + 1].start() - cells[i].end() - 1 for i in range(c - 1)]
        shapes.append((c, cells, label_end, gaps))
    exact: list[Placement] = []
    for c, cells, label_end, gaps in shapes:
        trailing_spaces = len(line) - cells[-1].end()
        rest = periods - c - sum(gaps)
        if rest >= 0 and (trailing_spaces == rest + 1 or (rest == 0 and trailing_spaces <= 1)):
            slots: list[int | None] = []
            for gap, token in zip(gaps, cells):
                slots.extend([None] * gap)
                slots.append(number_value(token.group()))
            slots.extend([None] * rest)
            exact.append(Placement(_label(line, label_end), tuple(slots), True, 0))
    if exact:
        return exact
    loose: list[Placement] = []
    for c, cells, label_end, gaps in shapes:
        label = _label(line, label_end)
        values = [number_value(t.group()) for t in cells]
        implied = _implied_positions(gaps)
        digits_in_label = min(run, periods) - c
        for positions in combinations(range(periods), c):
            slots = [None] * periods
            for pos, value in zip(positions, values):
                slots[pos] = value
            distance = sum(abs(p - q) for p, q in zip(positions, implied))
            loose.append(Placement(label, tuple(slots), False, 1 + digits_in_label * 100 + distance))
    loose.sort(key=lambda p: p.rank)
    return loose


@given(st.lists(st.one_of(st.sampled_from(["Verpleegkunde", "modules", "1-", "-", "jaar"]),
                          st.integers(0, 999).map(str)), min_size=1, max_size=9),
       st.lists(st.integers(1, 3), min_size=9, max_size=9), st.integers(0, 4), st.integers(1, 6))
def test_a_line_reads_as_it_did(words, spaces, trailing, periods):
    """The shapes of a line's numbers are found in linear time, with the same readings."""
    line = "908001:" + "".join(" " * s + w for s, w in zip(spaces, words)) + " " * trailing
    assert placements(line, periods) == placements_by_every_shape(line, periods)


def months(count: int) -> str:
    names = "januari februari maart april mei juni juli augustus september oktober november december".split()
    return " ".join(f"{names[m % 12]} {2013 + m // 12}" for m in range(count))


def test_a_row_of_120_periods_reads_in_linear_time():
    line = "908001: Verpleegkunde" + "".join(" " if n % 9 == 0 else f" {n}" for n in range(1, 121)) + " "
    start = time.perf_counter()
    for _ in range(50):
        found = placements(line, 120)
    assert time.perf_counter() - start < 2
    assert len(found) == 1 and found[0].exact and found[0].values[8] is None and found[0].values[9] == 10


def test_a_row_of_120_periods_without_its_spaces_is_ambiguous_not_hung():
    """107 figures for 120 periods, single spaces, trailing spaces trimmed: more readings than
    atoms in the universe. The closest is read and reported as ambiguous, in well under a second."""
    figures = [n for n in range(1, 121) if n % 9]
    text = (f"OKOT's - Zorgsector\n\nUnieke cursisten met gestarte OKOT'(s) {months(120)}\n"
            f"900611: Verpleegkunde {' '.join(map(str, figures))}\n"
            f"Totaal {' '.join(str(n if n % 9 else 0) for n in range(1, 121))}\n")
    start = time.perf_counter()
    answer = read_text(text, "loose.txt")
    assert time.perf_counter() - start < 5
    issues = [i for i in answer.issues if i.kind == "ambiguous-alignment" and i.line == 4]
    assert issues, answer.issues
    found = placements(text.split("\n")[3], 120)
    assert len(found) == 1 and found[0].partial and not found[0].exact
    assert [v for v in found[0].values if v is not None] == figures
