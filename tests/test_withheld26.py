"""Totals with two or more withheld parts (session 26): each withheld count's range over every
total of its table at once (:mod:`okot_audit.withheld_ranges`), said by ``count-withheld``;
totals that admit no values of their withheld parts together, said by ``totals-disagree``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import audit, read_text
from okot_audit.totals import answer_checks
from okot_audit.withheld_ranges import joint_ranges

PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "West-Vlaanderen", "Vlaams-Brabant"]
YEARS = ["2020", "2021", "2022"]
HEADS = {
    True: "OKOT's - Zorgsector\n\n1. Het aantal unieke cursisten met gestarte OKOT's per provincie.\n\n",
    False: "OKOT's - Zorgsector\n\n1. Het aantal inschrijvingen in OKOT's per provincie.\n\n",
}


@st.composite
def matrices(draw):
    """Persons (unique) or enrolments, each of a province and in one or more years (an
    enrolment: one year) → each cell's count, each province's and each year's total and the
    grand total → the matrix printed with a ``Totaal`` column and line, some small counts (1 to
    4) withheld as ``<5``. Returns the text and the true count of each withheld cell."""
    unique = draw(st.booleans())
    provinces = PROVINCES[:draw(st.integers(2, len(PROVINCES)))]
    years = YEARS[:draw(st.integers(2, len(YEARS)))]
    one = st.tuples(st.sampled_from(provinces),
                    st.sets(st.sampled_from(years), min_size=1, max_size=len(years) if unique else 1))
    members = draw(st.lists(one, min_size=len(provinces) * 2, max_size=80))
    base = draw(st.integers(0, 6))  # (persons in every cell: fewer small counts)
    members += [(p, {y}) for p in provinces for y in years for _ in range(base)]
    cell = {(p, y): sum(1 for q, ys in members if q == p and y in ys) for p in provinces for y in years}
    row_total = {p: sum(1 for q, _ in members if q == p) if unique else sum(cell[p, y] for y in years)
                 for p in provinces}
    year_total = {y: sum(cell[p, y] for p in provinces) for y in years}
    grand = len(members) if unique else sum(year_total.values())
    small = [k for k, v in cell.items() if 1 <= v <= 4]
    hidden = set(draw(st.lists(st.sampled_from(small), unique=True))) if small else set()
    lines = ["Provincie " + " ".join(years) + " Totaal"]
    for p in provinces:
        if not row_total[p]:
            continue
        figures = ["<5" if (p, y) in hidden else str(cell[p, y]) for y in years]
        lines.append(f"{p} {' '.join(figures)} {row_total[p]}")
    lines.append("Totaal " + " ".join(str(year_total[y]) for y in years) + f" {grand}")
    truth = {(p, y): cell[p, y] for p, y in hidden if row_total[p]}
    return HEADS[unique] + "\n".join(lines) + "\n", truth


def _inside(span, outer) -> bool:
    return outer[0] <= span[0] and (outer[1] is None or (span[1] is not None and span[1] <= outer[1]))


@settings(max_examples=60, deadline=None)
@given(matrices())
def test_a_withheld_count_is_always_within_its_joint_range_and_no_wider_than_one_totals(drawn):
    text, truth = drawn
    answer = read_text(text, "m.txt")
    joint = joint_ranges(answer)
    assert joint.conflicts == ()
    found = {(w.label, w.period): w for t in answer.tables for w in t.withheld}
    assert set(found) == set(truth)
    for key, w in found.items():
        span = joint.of(w)
        assert span is not None and span[0] <= truth[key] and (span[1] is None or truth[key] <= span[1]), (key, span)
        assert _inside(span, (w.low, w.high))
    for tc in answer_checks(answer):
        one = tc.withheld_range
        if one is not None:
            w = tc.withheld[0]
            assert _inside(joint.of(w), one), (tc.name(), one, joint.of(w))
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_two_withheld_parts_of_a_row_are_fixed_by_their_period_totals_together():
    """``Limburg <5 <5 5``: no one total fixes Limburg's 2021 count (its row's has two withheld
    parts, so has its period's); with Antwerpen's row total fixing Antwerpen's, all of them do."""
    text = (HEADS[False] + "Provincie 2020 2021 Totaal\nAntwerpen 120 <5 122\nLimburg <5 <5 5\n"
            "Oost-Vlaanderen 30 40 70\nTotaal 153 44 197\n")
    answer = read_text(text, "m.txt")
    joint = joint_ranges(answer)
    assert {(w.label, w.period): joint.of(w) for t in answer.tables for w in t.withheld} == {
        ("Antwerpen", "2021"): (2, 2), ("Limburg", "2020"): (3, 3), ("Limburg", "2021"): (2, 2)}
    info = [f.message for f in audit(answer).findings if f.rule == "count-withheld"]
    assert [m.split(" — ")[0] for m in info] == [
        "row Antwerpen: the count of 2021 is printed as <5 (its table's totals together make it 2)",
        "row Limburg: the count of 2020 is printed as <5 (its table's totals together make it 3)",
        "row Limburg: the count of 2021 is printed as <5 (its table's totals together make it 2)"]


def test_totals_that_admit_no_values_of_their_withheld_parts_are_one_error_saying_by_how_much():
    text = (HEADS[False] + "Provincie 2020 2021 Totaal\nAntwerpen 120 <5 122\nLimburg <5 <5 5\n"
            "Oost-Vlaanderen 30 40 70\nTotaal 153 45\n")
    findings = audit(read_text(text, "m.txt")).findings
    errors = [f for f in findings if f.severity == "error"]
    assert [(f.rule, f.line, f.difference) for f in errors] == [("totals-disagree", 6, 1)]
    assert "together they are 1 off (the Totaal column of Limburg is 5, 1 off)" in errors[0].message


@pytest.mark.xfail(strict=True, reason="error-located leaves out every total with a withheld part: "
                   "okot_audit/locate/constraints.py from_checks skips `tc.withheld` checks, and Constraint / "
                   "single_bounds / milp._Program know no free variables (a withheld count within its range)")
def test_error_located_uses_the_totals_with_a_withheld_part():
    """``Totaal 2021`` 9 over Antwerpen's ``<5`` (2, as Antwerpen's row total makes it) and
    Limburg's 7: Limburg's 2021 figure cannot be the wrong one — 8 breaks ``Totaal 2021`` — so
    Limburg's ``Totaal`` 13 is the only single figure to change."""
    text = (HEADS[False] + "Provincie 2020 2021 Totaal\nAntwerpen 120 <5 122\nLimburg 5 7 13\nTotaal 125 9\n")
    located = [f for f in audit(read_text(text, "m.txt")).findings if f.rule == "error-located"]
    assert [(f.line, f.period, f.suggestion) for f in located] == [(7, "Totaal", 12)]
    assert "no other single figure can" in located[0].message
