"""A coded row whose name wraps inside a range (``… verpleegkunde - fase 1`` / ``- 2 1 2``, or
``… fase 1 -`` / ``2 1 2``), in pdfplumber's and pypdf's single-spaced text of bottom-set cells:
the digit that starts the row's last line may close the name's range (``fase 1 - 2``) or be a
count. Where every other row fills every period the text looks as if its spacing placed every
figure, and the row was read one way only — the digit a count — though the totals fit both
(session 26, chosen26). Now both readings go to the totals: the one that fits is read, and a
row several readings fit is said at its line (``ambiguous-alignment``), never picked silently.

The tables are built from persons: each person belongs to some (row, period) cells, a count is
the distinct persons of its cell, the total line the distinct persons of each period. A cell
no person belongs to is blank, and single-spaced text prints nothing for it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import audit, read_text
from test_shapes_forms import TOTAL_RULES

HEAD = (
    "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)
#: The rows: the wrapped one's name, as its lines print it (the range closing on its last line).
ROWS = ["900711", "900124", "900125"]
WRAPPED = "900124"
#: (the lines of the wrapped row's name before its last line, the start of its last line)
WRAPS = [
    (["900124: Zorgkundige", "verpleegkunde - fase 1"], "- 2"),
    (["900124: Zorgkundige verpleegkunde - fase 1"], "- 2"),
    (["900124: Zorgkundige", "verpleegkunde - fase 1 -"], "2"),
    (["900124: Zorgkundige", "modules 1"], "- 4"),
]


def _total_errors(answer) -> list[str]:
    return [f.message for f in audit(answer, select=list(TOTAL_RULES)).findings if f.severity == "error"]


def _read(lines: list[str]):
    return read_text(HEAD + "\n".join(lines) + "\n", "generated.txt")


def _cells(answer) -> list[tuple[str, int]]:
    return [(c.period, c.count) for t in answer.tables for c in t.cells if c.code == WRAPPED]


@st.composite
def answers(draw):
    """(text lines, the wrapped row's counts by period, the wrapped row's line numbers)."""
    periods = [str(2019 + k) for k in range(draw(st.integers(2, 4)))]
    cells = [(r, p) for r in range(len(ROWS)) for p in range(len(periods))]
    persons = draw(st.lists(st.lists(st.sampled_from(cells), min_size=1, max_size=2, unique=True), max_size=20))
    # the other rows fill every period (the text then looks as if its spacing placed every
    # figure); the wrapped row has a person somewhere, and a blank period now and then
    persons += [[(r, p)] for r in range(len(ROWS)) if ROWS[r] != WRAPPED for p in range(len(periods))]
    persons.append([(ROWS.index(WRAPPED), draw(st.integers(0, len(periods) - 1)))])

    def count(where) -> int | None:
        return len({i for i, member in enumerate(persons) if any(where(c) for c in member)}) or None

    name, start = draw(st.sampled_from(WRAPS))
    lines = ["Opleiding " + " ".join(periods)]
    truth: list[tuple[str, int]] = []
    wrapped_lines: tuple[int, ...] = ()
    first = HEAD.count("\n") + 1  # (the header's line number, 1-based)
    for r, code in enumerate(ROWS):
        values = [count(lambda c, r=r, p=p: c == (r, p)) for p in range(len(periods))]
        figures = " ".join(str(v) for v in values if v is not None)
        if code == WRAPPED:
            truth = [(periods[p], v) for p, v in enumerate(values) if v is not None]
            lines += name
            lines.append(f"{start} {figures}")
            wrapped_lines = tuple(range(first + len(lines) - len(name) - 1, first + len(lines)))
        else:
            lines.append(f"{code}: {'Verpleegkunde' if r == 0 else 'Zorgkundige'} {figures}")
    if draw(st.booleans()):
        lines.append("Totaal " + " ".join(str(count(lambda c, p=p: c[1] == p)) for p in range(len(periods))))
    return lines, truth, wrapped_lines


@settings(max_examples=200)
@given(answers())
def test_a_row_whose_name_wraps_inside_its_range_is_read_as_its_persons_or_said(answer):
    """The row's counts are its persons' where no reader issue stands at its lines, and no
    total is then said to be wrong (before: the range's closing digit read as a count whenever
    the row's other figures and it were as many as the periods — silently, the totals fitting
    both readings, or with a false ``total-exceeds-parts``)."""
    lines, truth, at = answer
    read = _read(lines)
    said = [i for i in read.issues if i.line in at]
    assert said or _cells(read) == truth, "\n".join(lines)
    if not read.issues:
        assert _total_errors(read) == [], "\n".join(lines)


def test_a_range_wrapped_over_the_rows_lines_that_totals_fit_both_ways_is_said():
    """``900124: Zorgkundige`` / ``verpleegkunde - fase 1`` / ``- 2 1 2`` under three periods,
    ``Totaal 4 4 10``: the row counts 2, 1 and 2, or (the 2 closing ``fase 1 - 2``) 1 and 2 in
    two of the periods — the unique-person totals fit both (before: 2, 1, 2 without a word)."""
    answer = _read([
        "Opleiding 2019 2020 2021",
        "900711:",
        "Verpleegkunde 1 1 5",
        "900124: Zorgkundige",
        "verpleegkunde - fase 1",
        "- 2 1 2",
        "900125: Zorgkundige",
        "verpleegkunde - fase 1",
        "- 2 4 - 6 1 1 1",
        "900126: Zorgkundige",
        "modules 1- 4 2 1 3",
        "Totaal 4 4 10",
    ])
    assert _cells(answer) == []
    assert [(i.kind, i.line) for i in answer.issues] == [("ambiguous-alignment", HEAD.count("\n") + 6)]


def test_a_range_wrapped_over_the_rows_lines_is_the_names_where_the_totals_say_so():
    """The same row under ``Totaal 1 6 8`` beside ``Verpleegkunde 1 5 6``: 2 in 2019 is above
    that period's total, so the 2 closes the name's range and 1 and 2 are 2020's and 2021's
    (before: 2, 1, 2 and a false ``total-below-largest-part``)."""
    answer = _read([
        "Opleiding 2019 2020 2021",
        "900711: Verpleegkunde 1 5 6",
        "900124: Zorgkundige",
        "verpleegkunde - fase 1",
        "- 2 1 2",
        "Totaal 1 6 8",
    ])
    assert _cells(answer) == [("2020", 1), ("2021", 2)]
    assert {c.label for c in answer.tables[0].cells if c.code == WRAPPED} == {
        "Zorgkundige verpleegkunde - fase 1 - 2"}
    assert answer.issues == [] and _total_errors(answer) == []
