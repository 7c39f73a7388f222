"""The bounds of one figure read off the parts' sums shared by every figure (SharedSums) are
the bounds the constraints give when each is summed again for each figure: the plain
definition below, kept as it was written before the sums were shared."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit.locate.constraints import Constraint, SharedSums, single_bounds


def plain_bounds_for(c: Constraint, figure: int, values) -> tuple[int, int | None] | None:
    if figure == c.total:
        counts = [values[p] for p in c.parts]
        low, high = (max(counts), sum(counts)) if c.unique else (sum(counts), sum(counts))
    else:
        total = values[c.total]
        others = list(c.parts)
        others.remove(figure)
        rest = sum(values[p] for p in others)
        if c.unique:
            if others and max(values[p] for p in others) > total:
                return None
            low, high = max(total - rest, 0), total
        else:
            low = high = total - rest
    low = max(low, 0)
    if high is not None and low > high:
        return None
    return low, high


def plain_single_bounds(figure: int, values, constraints) -> tuple[int, int | None] | None:
    low, high = 0, None
    for c in constraints:
        if figure not in c.figures:
            if not c.holds(values):
                return None
            continue
        limits = plain_bounds_for(c, figure, values)
        if limits is None:
            return None
        low = max(low, limits[0])
        if limits[1] is not None:
            high = limits[1] if high is None else min(high, limits[1])
    if high is not None and low > high:
        return None
    return low, high


@st.composite
def tables(draw):
    """A grid of rows x periods of counts (ties among them drawn often: equal largest parts),
    each period's total (its rows' sum, moved now and then) and, sometimes, each row's total
    over the periods: the constraints a table's totals make, unique persons or additive."""
    rows, periods = draw(st.integers(1, 6)), draw(st.integers(1, 4))
    counts = [[draw(st.integers(0, 9)) for _ in range(periods)] for _ in range(rows)]
    values = [v for row in counts for v in row]
    unique = draw(st.booleans())
    constraints = []
    for k in range(periods):
        parts = tuple(r * periods + k for r in range(rows))
        values.append(sum(counts[r][k] for r in range(rows)) + draw(st.integers(-3, 3)))
        constraints.append(Constraint(len(values) - 1, parts, unique))
    if draw(st.booleans()):
        for r in range(rows):
            values.append(sum(counts[r]) + draw(st.integers(-3, 3)))
            constraints.append(Constraint(len(values) - 1, tuple(r * periods + k for k in range(periods)), unique))
    return [max(v, 0) for v in values], constraints


@settings(max_examples=300)
@given(tables())
def test_shared_sums_give_every_figure_the_plain_bounds(table):
    values, constraints = table
    shared = SharedSums(values)
    for figure in range(len(values)):
        assert single_bounds(figure, values, constraints, shared) == plain_single_bounds(figure, values, constraints)
        assert single_bounds(figure, values, constraints) == plain_single_bounds(figure, values, constraints)


def test_a_part_equal_to_the_largest_leaves_the_other_as_the_largest_of_the_others():
    """Two parts print the largest figure (7 and 7): taking one away leaves 7 the largest of
    the others, which the unique total 6 is below — no value of the first fits."""
    constraint = Constraint(3, (0, 1, 2), True)
    values = [7, 7, 1, 6]
    assert single_bounds(0, values, [constraint], SharedSums(values)) is None
    assert plain_single_bounds(0, values, [constraint]) is None
