"""Totals with two or more withheld parts (session 26): each withheld count's range over every
total of its table at once (:mod:`okot_audit.withheld_ranges`), said by ``count-withheld``;
totals that admit no values of their withheld parts together, said by ``totals-disagree``."""

from __future__ import annotations

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
def matrices(draw, most: int | None = None):
    """Persons (unique) or enrolments, each of a province and in one or more years (an
    enrolment: one year) → each cell's count, each province's and each year's total and the
    grand total → the matrix printed with a ``Totaal`` column and line, some small counts (1 to
    4) withheld as ``<5`` (at most `most` of them). Returns the text and the true count of each
    withheld cell."""
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
    hidden = set(draw(st.lists(st.sampled_from(small), unique=True, max_size=most))) if small else set()
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


def test_error_located_uses_the_totals_with_a_withheld_part():
    """``Totaal 2021`` 9 over Antwerpen's ``<5`` (2, as Antwerpen's row total makes it) and
    Limburg's 7: Limburg's 2021 figure cannot be the wrong one — 8 breaks ``Totaal 2021`` — so
    Limburg's ``Totaal`` 13 is the only single figure to change."""
    text = (HEADS[False] + "Provincie 2020 2021 Totaal\nAntwerpen 120 <5 122\nLimburg 5 7 13\nTotaal 125 9\n")
    located = [f for f in audit(read_text(text, "m.txt")).findings if f.rule == "error-located"]
    assert [(f.line, f.period, f.suggestion) for f in located] == [(7, "Totaal", 12)]
    assert "no other single figure can" in located[0].message


def test_error_located_locates_a_total_that_fails_only_with_its_withheld_part():
    """``Totaal 2021`` 20 over Antwerpen's ``<5`` and Limburg's 7: the only total that fails has a
    withheld part, which error-located left out (no finding); Antwerpen's row total makes the
    count 2, Limburg's its 7, so ``Totaal 2021`` is the one figure to change: 9."""
    text = (HEADS[False] + "Provincie 2020 2021 Totaal\nAntwerpen 120 <5 122\nLimburg 5 7 12\nTotaal 125 20\n")
    located = [f for f in audit(read_text(text, "m.txt")).findings if f.rule == "error-located"]
    assert [(f.line, f.period, f.stated, f.suggestion) for f in located] == [(8, "2021", 20, 9)]
    assert "no other single figure can" in located[0].message


def _long(rows: int, wrong_row: int | None, year_off: int) -> str:
    """A coded table of `rows` rows, two years and a ``Totaal`` column, every third row's 2021
    count withheld (``<5``, its count 3), a row's ``Totaal`` 7 too high at `wrong_row`, ``Totaal
    2021`` `year_off` too high."""
    lines, sums = [], [0, 0]
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(rows):
        a, b = 10 + i % 7, 3 if i % 3 == 0 else 5 + i % 4
        sums[0] += a
        sums[1] += b
        name = letters[i // 26 % 26] + letters[i % 26]
        total = a + b + (7 if i == wrong_row else 0)
        lines.append(f"{900000 + i}: Opleiding {name} {a} {'<5' if i % 3 == 0 else b} {total}")
    return (HEADS[False] + "Opleiding 2020 2021 Totaal\n" + "\n".join(lines)
            + f"\nTotaal {sums[0]} {sums[1] + year_off} {sum(sums)}\n")


def test_a_long_table_is_localised_over_its_totals_without_withheld_parts_and_names_a_few_counts():
    """Past HIDDEN_LIMIT figures, a group tied by withheld counts is localised over its totals
    with none (each solve linear in its rows, as before); a conflict of many withheld counts
    names five of them and how many more."""
    from okot_audit.locate import locate_table
    from okot_audit.locate.constraints import HIDDEN_LIMIT

    answer = read_text(_long(HIDDEN_LIMIT // 2, HIDDEN_LIMIT // 4 + 1, 20), "long.txt")  # (a row with no withheld count)
    [table] = answer.tables
    result = locate_table(table)
    assert result is not None and not any(r.component.hidden for r in result.components)
    findings = audit(answer).findings
    assert {f.line for f in findings if f.rule == "error-located"} >= {6 + HIDDEN_LIMIT // 4 + 1}
    [conflict] = [f for f in findings if f.rule == "totals-disagree"]
    more = len(range(0, HIDDEN_LIMIT // 2, 3)) - 5
    assert f"(900012 2021), and {more} more make every total" in conflict.message
    assert conflict.difference == 20
