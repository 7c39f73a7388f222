"""Columns of shares and changes beside the counts: the counts are read, the rest is reported.

Every shape of ``tests/test_shapes.py`` (built from persons) is printed once more with columns
that are no counts — a share of the last period's total (``Aandeel 2021``, ``27,7%``) after the
periods or a ``%`` after each period, and a change (``Evolutie``, ``+4,1%``) — computed from the
table's own figures. The reader must give back exactly the cells of the plain table, and the
audit must name the extra columns once (``column-not-checked``) and find nothing else wrong.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import audit, read_text
from okot_audit.parse.cells import NUMBER
from okot_audit.parse.context import period_list
from okot_audit.parse.derived import split_derived
from test_shapes import SHAPES, Shape, answer_text, first_table_line, read_cells


def _figures(line: str) -> tuple[str, list[int]]:
    """A table line's words and the counts that end it."""
    words = line.split()
    k = len(words)
    while k > 0 and NUMBER.fullmatch(words[k - 1]):
        k -= 1
    return " ".join(words[:k]), [int(w.replace(".", "")) for w in words[k:]]


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}".replace(".", ",") + "%" if whole else "0,0%"


def _change(before: int, after: int) -> str:
    return (f"{100 * (after - before) / before:+.1f}".replace(".", ",") + "%") if before else "+0,0%"


def with_shares(shape: Shape, interleaved: bool, change: bool) -> Shape:
    """`shape` with a share column (after the periods, or a ``%`` after each) and maybe a
    change column, computed from the table's figures; the cells stay those of `shape`."""
    header, *rows = shape.lines
    head, tokens = period_list(header)
    periods = [header[t.start:t.end] for t in tokens]
    dated = [p for p, t in zip(periods, tokens) if not t.is_total]
    total_line = next(r for r in reversed(rows) if r.startswith("Totaal"))
    totals = _figures(total_line)[1]
    out = []
    if interleaved:
        out.append(" ".join([head, *(f"{p} %" for p in periods)]))
    else:
        out.append(" ".join([header, f"Aandeel {dated[-1]}"] + (["Evolutie"] if change else [])))
    for row in rows:
        words, counts = _figures(row)
        if not counts:
            out.append(row)  # a block's name line
            continue
        if interleaved:
            cells = [f"{c} {_percent(c, t)}" for c, t in zip(counts, totals)]
            out.append(" ".join([words, *cells]))
            continue
        extra = [_percent(counts[len(dated) - 1], totals[len(dated) - 1])]
        if change:
            extra.append(_change(counts[0], counts[len(dated) - 1]))
        out.append(" ".join([row, *extra]))
    return Shape(shape.kind, out, shape.cells, shape.anchors, shape.total_column)


@settings(max_examples=60, deadline=None)
@given(SHAPES, st.booleans(), st.booleans())
def test_shares_beside_the_counts_leave_the_counts_read_and_are_reported(shape, interleaved, change):
    shared = with_shares(shape, interleaved, change)
    answer = read_text(answer_text(shared), "shape.txt")
    assert read_cells(answer) == shape.cells
    report = audit(answer, ignore=["code-unknown", "label-mismatch", "code-outside-sector"])
    noted = [f for f in report.findings if f.rule == "column-not-checked"]
    assert [f.line for f in noted] == [first_table_line()]
    assert [f for f in report.findings if f.severity in ("error", "warning")] == []


@settings(max_examples=60, deadline=None)
@given(SHAPES, st.booleans())
def test_laid_out_text_keeps_every_other_character_in_its_column(shape, interleaved):
    """In text laid out by position a taken value becomes spaces: the counts keep their columns."""
    lines = tuple(with_shares(shape, interleaved, True).lines)
    kept, taken = split_derived(lines, positional=True)
    assert taken
    for before, after in zip(lines, kept):
        assert len(after) <= len(before)
        for position, character in enumerate(after):
            assert character in (before[position], " ")
        remaining = iter(before.split())
        assert all(word in remaining for word in after.split())  # the words kept, in order


def test_a_table_of_only_percentages_is_unreadable_not_silent():
    text = answer_text(Shape("shares", [
        "Aandeel vrouwen 2020 2021", "Antwerpen 81,2% 80,7%", "Limburg 79,0% 82,1%", "Vlaanderen 80,3% 81,0%",
    ]))
    report = audit(read_text(text, "shares.txt"))
    assert [(f.rule, f.line) for f in report.findings] == [("unreadable-table", first_table_line())]
    assert "81,2%" in report.findings[0].message


def test_a_sentence_with_a_percentage_keeps_it():
    lines = ("Dat is een stijging met 845 of 27,7%", "in 2021 was het aandeel 27,7%.")
    assert split_derived(lines, positional=False) == (lines, [])
