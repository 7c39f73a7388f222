"""Single-spaced text (pdfplumber, pypdf ``extract_text()``): a coded row whose figures stand on
its name's first line, after the name's dash (``900124: Zorgkundige traject - 3 9``), and whose
name goes on below in lower case ending in a range of its own (``modules 1- 4 zorgkundige 2 -
3``, ``fase 1 - 2``). Which of the two lines' numbers are the row's counts is read where the
model says it (a label's digits after a dash alone, the header's periods, the totals), and
said at the row's line where it cannot be told — never the range read as counts (session 26,
labelrun26).

The tables are built from persons: each person belongs to some (row, period) cells, a count is
the distinct persons of its cell, the total line the distinct persons of each period. A cell
no person belongs to is blank, and single-spaced text prints nothing for it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import audit, read_text
from test_shapes_forms import TOTAL_RULES

HEAD = (
    "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)
#: The coded rows: the wrapped one (its name's first words and their dash, then its name's rest).
ROWS = [("900711", "Verpleegkunde"), ("900124", "Zorgkundige traject -"), ("900125", "Zorgkundige -")]
WRAPPED = "900124"
RESTS = ["modules 1- 4 zorgkundige 2 - 3", "fase 1 - 2 4 - 6", "fase 1 - 2", "fase 1 - 2 4 - 6 - 8"]


def _total_errors(answer) -> list[str]:
    return [f.message for f in audit(answer, select=list(TOTAL_RULES)).findings if f.severity == "error"]


@st.composite
def answers(draw):
    """(text, the wrapped row's counts by period, the wrapped row's line numbers)."""
    periods = [str(2019 + k) for k in range(draw(st.integers(1, 3)))]
    cells = [(r, p) for r in range(len(ROWS)) for p in range(len(periods))]
    persons = draw(st.lists(st.lists(st.sampled_from(cells), min_size=1, max_size=2, unique=True),
                            min_size=len(ROWS), max_size=24))
    # every row has a person somewhere (a row all of whose cells are blank is not printed)
    persons += [[(r, draw(st.integers(0, len(periods) - 1)))] for r in range(len(ROWS))]

    def count(where) -> int | None:
        return len({i for i, member in enumerate(persons) if any(where(c) for c in member)}) or None

    rest = draw(st.sampled_from(RESTS))
    total = draw(st.booleans())
    block = draw(st.booleans())  # (a province's block, closed by its total and the grand total)
    lines = [("Provincie Opleiding " if block else "Opleiding ") + " ".join(periods)]
    if block:
        lines.append("Limburg")
    truth: list[tuple[str, int]] = []
    wrapped_lines: tuple[int, ...] = ()
    first = HEAD.count("\n") + 2  # (the header's line number, 1-based, plus one)
    for r, (code, name) in enumerate(ROWS):
        values = [count(lambda c, r=r, p=p: c == (r, p)) for p in range(len(periods))]
        figures = " ".join(str(v) for v in values if v is not None)
        lines.append(f"{code}: {name} {figures}")
        if code == WRAPPED:
            truth = [(periods[p], v) for p, v in enumerate(values) if v is not None]
            wrapped_lines = (first + len(lines) - 2, first + len(lines) - 1)
            lines.append(rest)
    if total:
        figures = " ".join(str(count(lambda c, p=p: c[1] == p)) for p in range(len(periods)))
        lines += [f"Totaal Limburg {figures}", f"Eindtotaal {figures}"] if block else [f"Totaal {figures}"]
    return HEAD + "\n".join(lines) + "\n", truth, wrapped_lines


@settings(max_examples=150)
@given(answers())
def test_a_wrapped_rows_figures_before_its_names_range_are_read_or_said(answer):
    """The row's counts are its persons' where no reader issue stands at its lines, and no
    total is then said to be wrong (before: ``… traject - 7`` / ``modules 1- 4 zorgkundige 2 - 3``
    under three periods read as 2, a blank and 3 — the range's dash a blank's mark —, and ``…
    traject - 3 9`` / ``fase 1 - 2`` under two as the label ``… - 3 9 fase 1`` counting 2; silent,
    or false ``total-exceeds-parts`` errors)."""
    text, truth, lines = answer
    read = read_text(text, "generated.txt")
    said = [i for i in read.issues if i.line in lines]
    cells = [(c.period, c.count) for t in read.tables for c in t.cells if c.code == WRAPPED]
    assert said or cells == truth, text
    if not said and not read.issues:
        assert _total_errors(read) == [], text
    # the name's rest, with its numbers: the row's label goes on with it, or it is said where it stands
    rest = text.split("\n")[lines[1] - 1]
    labels = {c.label for t in read.tables for c in t.cells if c.code == WRAPPED}
    assert said or any(label.endswith(rest) for label in labels), text


def test_a_names_rest_with_numbers_below_the_tables_last_row_is_said_where_no_total_follows():
    """``… traject - 3 9 7`` / ``fase 1 - 2``, the table's last lines and no total: the name's
    rest below, with numbers of its own, is said where it stands (before: its numbers left out
    without a word, the label ``… traject -``), and so is the row no total places."""
    answer = read_text(HEAD + "\n".join([
        "Opleiding 2019 2020 2021",
        "900711: Verpleegkunde 5 6 7",
        "900124: Zorgkundige traject - 3 9 7",
        "fase 1 - 2",
        "",
        "Bron: VDAB.",
    ]) + "\n", "generated.txt")
    # (single-spaced text, no total: ``traject - 3`` may end the name as ``modules 1- 4`` does, so
    # whether 3 is a count no total decides — the row is said at its line with its figures, as any
    # such row without a total; before prop29, the rest's ``fase 1 - 2`` had its dash taken for a
    # blank's mark, and the whole text read as the seeds' spaced form, the row's figures exact)
    row = HEAD.count("\n") + 3
    assert [c for c in answer.tables[0].cells if c.code == "900124"] == []
    assert [(i.kind, i.line, i.numbers) for i in answer.issues] == [
        ("ambiguous-alignment", row, (3, 9, 7)), ("stray-number", row + 1, (1, 2))]


@pytest.mark.parametrize("rest", ["fase 1 - 2", "fase 1 - 2 - 3 zorgkundige"])
def test_two_figures_after_the_names_lone_dash_are_the_rows_counts(rest):
    """``… traject - 3 9`` under two periods, the name going on below (``fase 1 - 2``): a name's
    own number after a dash alone is one, so 3 and 9 are the counts (before: the label ``… - 3 9
    fase 1`` counting 2, two false ``total-exceeds-parts`` errors)."""
    answer = read_text(HEAD + "\n".join([
        "Opleiding 2020 2021",
        "900711: Verpleegkunde 5 6",
        "900124: Zorgkundige traject - 3 9",
        rest,
        "Totaal 8 15",
    ]) + "\n", "generated.txt")
    assert [(c.period, c.count) for c in answer.tables[0].cells if c.code == "900124"] == [("2020", 3), ("2021", 9)]
    assert _total_errors(answer) == []


@pytest.mark.parametrize("rest", ["modules 1- 4 zorgkundige 2 - 3", "fase 1 - 2 4 - 6", "fase 1 - 2"])
def test_one_figure_above_a_names_range_under_more_periods_is_placed_by_the_total(rest):
    """``… traject - 7`` under three periods, the name's range below: the range's dash is no
    blank's mark (read so before, ``2 - 3`` as 2, a blank and 3, with a false
    ``total-exceeds-parts`` error); the total places the 7."""
    answer = read_text(HEAD + "\n".join([
        "Opleiding 2019 2020 2021",
        "900711: Verpleegkunde 5 6 8",
        "900124: Zorgkundige traject - 7",
        rest,
        "Totaal 5 6 15",
    ]) + "\n", "generated.txt")
    assert [(c.period, c.count) for c in answer.tables[0].cells if c.code == "900124"] == [("2021", 7)]
    assert answer.issues == []
    assert _total_errors(answer) == []


@pytest.mark.parametrize("rest", ["modules 1- 4 zorgkundige 2 - 3", "fase 1 - 2 4 - 6", "fase 1 - 2"])
def test_one_figure_above_a_names_range_without_a_total_is_said_at_the_row(rest):
    """Without a total nothing says which period the 7 is in, nor whether the range's digits
    are counts: the row is reported at its line (before: silently 2 and 3, or 4 and 6, or 1
    and 2, the 7 in the label)."""
    answer = read_text(HEAD + "\n".join([
        "Opleiding 2019 2020 2021",
        "900711: Verpleegkunde 5 6 8",
        "900124: Zorgkundige traject - 7",
        rest,
        "900125: Zorgkundige 4 4 4",
    ]) + "\n", "generated.txt")
    assert [c for c in answer.tables[0].cells if c.code == "900124"] == []
    assert [(i.kind, i.line) for i in answer.issues] == [("ambiguous-alignment", HEAD.count("\n") + 4)]


@pytest.mark.parametrize("total", [32, 44])
def test_a_capital_start_rest_ending_in_a_number_after_a_names_word_is_reported(total):
    """``Antwerpen 32`` / ``Se-n-se voor module 12``: the 12 after ``module`` may be the name's
    (two digits: not proven) or the count of a row whose code was lost; its number is reported
    at its line (before: silently a code-less row ``Se-n-se voor module`` counting 12, whatever
    the total). Where the block's total is the row's and the 12 together, the total's error
    says so too."""
    lines = [
        "Provincie Opleiding",
        "2021",
        "231000: opvoeder met",
        "Antwerpen 32",
        "Se-n-se voor module 12",
        f"Totaal Antwerpen {total}",
        f"Eindtotaal {total}",
    ]
    answer = read_text(HEAD + "\n".join(lines) + "\n", "generated.txt")
    assert [(c.code, c.count) for c in answer.tables[0].cells if c.level == "row"] == [("231000", 32)]
    stray = [f for f in audit(answer).findings if f.rule == "stray-number"]
    assert len(stray) == 1 and "12" in stray[0].message and stray[0].line == HEAD.count("\n") + 5


@pytest.mark.parametrize("periods, other, first, rest, total, counts", [
    ("2020 2021", "5 6", "900124: Zorgkundige traject \u2013 3 9", "fase 1 \u2013 2", "Totaal 8 15",
     [("2020", 3), ("2021", 9)]),
    ("2019 2020 2021", "5 6 8", "900124: Zorgkundige traject \u2013 7", "modules 1\u2013 4 zorgkundige 2 \u2013 3",
     "Totaal 5 6 15", [("2021", 7)]),
])
def test_the_same_with_en_dashes(periods, other, first, rest, total, counts):
    """The name's dash and ranges printed as en dashes (``–``): read as with hyphens (before:
    as with hyphens too, wrong)."""
    answer = read_text(HEAD + "\n".join([
        f"Opleiding {periods}", f"900711: Verpleegkunde {other}", first, rest, total,
    ]) + "\n", "generated.txt")
    assert [(c.period, c.count) for c in answer.tables[0].cells if c.code == "900124"] == counts
    assert _total_errors(answer) == []


@pytest.mark.parametrize("name", [
    ["900125: Zorgkundige individueel", "traject - fase 1 - 2 4 - 6 3"],
    ["900125: Zorgkundige", "individueel traject - fase 1", "- 2 4 - 6 3"],  # (the first range wrapped)
])
@pytest.mark.parametrize("total, counts, label", [
    ("Totaal 5 8", [("2020", 3)], "Zorgkundige individueel traject - fase 1 - 2 4 - 6"),
    ("Totaal 11 8", [("2019", 6), ("2020", 3)], "Zorgkundige individueel traject - fase 1 - 2 4 -"),
])
def test_a_range_after_a_range_before_fewer_figures_is_the_names_where_the_total_says_so(name, total, counts, label):
    """pdfplumber and pypdf (bottom-set cells): ``traject - fase 1 - 2 4 - 6 3`` under two
    periods — the 6 closes the name's second range (``4 - 6``) or is a count; the totals choose,
    as for a range after a word (``fase 2 - 6 3``). Before: only 6 and 3 were read, a false
    ``total-below-largest-part`` where the total says 2019 is blank."""
    answer = read_text(HEAD + "\n".join([
        "Opleiding 2019 2020",
        "900711: Verpleegkunde 5 6",
        *name,
        total,
    ]) + "\n", "generated.txt")
    assert [(c.period, c.count) for c in answer.tables[0].cells if c.code == "900125"] == counts
    assert {c.label for c in answer.tables[0].cells if c.code == "900125"} == {label}
    assert _total_errors(answer) == [] and answer.issues == []
