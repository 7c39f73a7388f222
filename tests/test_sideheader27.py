"""A table on its side whose header's names a narrow cell broke (test_red27) is looked for above
each period's line; the line above the second period is the first period's own line — a row of the
table, never a piece of a header. Read as one, ``Periode Gestart Geslaagd`` over ``Q1 2024 120 30``
glued each measure to the figures (``Gestart Q1 2024``, ``Geslaagd 120 30``) and read a silent wrong
table of the later lines before the right ones."""

from __future__ import annotations

import pytest

from okot_audit import read_text
from test_unseen_answers8 import HEAD

PARTS = {"Q": ["Q1", "Q2", "Q3"], "jan-mrt": ["jan-mrt", "apr-jun", "jul-sep"]}


@pytest.mark.parametrize("corner", ["Periode", "Kwartaal", "Jaar"])
@pytest.mark.parametrize("measures", [("Gestart", "Geslaagd"), ("Gestart", "Geslaagd", "Gestopt")])
@pytest.mark.parametrize("parts", list(PARTS))
@pytest.mark.parametrize("size", [2, 3])
def test_a_period_line_is_no_piece_of_the_header_above_the_next(corner, measures, parts, size):
    """Parts of a year as lines under a header of measures: each table's rows are those parts and
    the total, its figures the counts each line gives — no table of the lines after the first
    (two parts failed before the fix: the first part's line stood right above the last period)."""
    labels = PARTS[parts][:size]
    counts = [[100 + 10 * i + j for j in range(len(measures))] for i in range(len(labels))]
    lines = [" ".join([corner, *measures])]
    lines += [" ".join([f"{label} 2024", *map(str, row)]) for label, row in zip(labels, counts)]
    lines.append(" ".join(["Totaal", *(str(sum(col)) for col in zip(*counts))]))
    text = HEAD + "1. Het aantal unieke cursisten dat een OKOT startte:\n\n" + "\n".join(lines) + "\n\nBron: VDAB.\n"
    answer = read_text(text, "a.txt")
    read = [[(c.label, c.count) for c in t.cells] for t in answer.tables]
    assert read, "the table was not read"
    for cells in read:
        assert {label for label, _ in cells} <= {*labels, "Totaal"}, cells
    assert sorted(count for cells in read for _, count in cells) == sorted(
        [n for row in counts for n in row] + [sum(col) for col in zip(*counts)])
