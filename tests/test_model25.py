"""Session 25 (model25): rows a reader reports aside carried as data, not joined text; and two
totals of one table that each imply another count for the same withheld cell."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.cache import answer_from_data, answer_to_data
from okot_audit.parse.unread import aside_issue

HEAD = (
    "ANTWOORD\nop vraag nr. 412 van 3 maart 2023\nvan Katrien Schryvers\n\n"
    "1. Het aantal unieke cursisten dat een OKOT startte.\n\n"
)
PROVINCES = [
    "Provincie 2018 2019", "Antwerpen 1.120 1.190", "Limburg 610 640", "Oost-Vlaanderen 1.002 1.100",
    "Totaal 2.700 2.880",
]


# 1. Aside rows: each row's label and values, as data ------------------------------------------

def test_aside_rows_are_carried_row_by_row():
    """The record of rows below a table (``Gemiddelde``, ``Mediaan``) holds each row's label
    and values as printed, a pair per row: the rule reads them, never splits joined text."""
    issue = aside_issue("statistic", [(12, "Gemiddelde 911 977"), (13, "Mediaan 1.002 1.100")], "t")
    assert issue.rows == (("Gemiddelde", "911 977"), ("Mediaan", "1.002 1.100"))


@pytest.mark.parametrize("extra, rows", [
    (["Gemiddelde 911 977", "Mediaan 1.002 1.100"], (("Gemiddelde", "911 977"), ("Mediaan", "1.002 1.100"))),
    (["waarvan vrouwen 700 720"], (("waarvan vrouwen", "700 720"),)),
])
def test_a_read_answer_s_aside_rows_are_data_and_survive_the_cache(extra, rows):
    answer = read_text(HEAD + "\n".join(PROVINCES + extra) + "\n", "g.txt")
    assert [i.rows for i in answer.issues if i.kind == "column-not-checked"] == [rows]
    again = answer_from_data(answer_to_data(answer))
    assert again.issues == answer.issues


def test_a_row_label_with_a_semicolon_is_one_row_of_its_own():
    """``Gemiddelde; per provincie 911 977`` above ``Mediaan``: the rule split the joined labels
    at ``; `` and, finding three labels for two rows of values, said the whole record as one row
    (``a row … 'Gemiddelde; per provincie; Mediaan' (911 977; 1.002 1.100)``). Two rows, each
    under the periods."""
    answer = read_text(HEAD + "\n".join(PROVINCES + ["Gemiddelde; per provincie 911 977", "Mediaan 1.002 1.100"])
                       + "\n", "g.txt")
    said = [f.message for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert len(said) == 1
    assert ("2 rows of values that are no counts, lines 12\u201313: 'Gemiddelde; per provincie' (2018: 911, "
            "2019: 977); 'Mediaan' (2018: 1.002, 2019: 1.100)") in said[0]


# 2. Two totals that give one withheld count different values ----------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


ENROLMENTS = "OKOT's - Zorgsector\n\n1. Het aantal inschrijvingen in OKOT's per provincie.\n\n"
COURSES = "OKOT's - Zorgsector\n\n1. Het aantal cursisten in OKOT's per opleiding.\n\n"
A1 = "900611: Professionele bachelor verpleegkunde - 1ste jaar"
A2 = "900612: Professionele bachelor verpleegkunde - 2de jaar"


def _disagree(answer, lang: str = "en") -> list:
    return [f for f in audit(answer, lang=lang).findings if f.rule == "totals-disagree"]


def _errors(answer) -> list[tuple]:
    return [(f.rule, f.line, f.period) for f in audit(answer).findings if f.severity == "error"]


def test_a_row_total_and_a_column_total_that_give_a_withheld_count_two_values():
    """``Antwerpen 120 <5 123`` over ``Totaal 125 9`` with ``Limburg 5 7 12``: the row's total
    makes the withheld count 3, the column's 2 — each alone holds (0 to 4), and no finding said
    that they cannot both. An error at the withheld count's line, naming both totals."""
    rows = ["Provincie 2020 2021 Totaal", "Antwerpen 120 <5 123", "Limburg 5 7 12", "Totaal 125 9"]
    answer = read_text(ENROLMENTS + "\n".join(rows) + "\n", "a.txt")
    found = _disagree(answer)
    assert [(f.line, f.period, f.province, f.severity) for f in found] == [(6, "2021", "Antwerpen", "error")]
    assert _errors(answer) == [("totals-disagree", 6, "2021")]
    assert ("the totals disagree about the count of 2021 withheld as <5: the Totaal column of Antwerpen is 123 "
            "and adds up its periods, so the count is 3, but Totaal 2021 is 9 and adds up its rows, so the count "
            "is 2") in found[0].message
    nl = _disagree(answer, "nl")[0].message
    assert "dus is het aantal 3, maar Totaal 2021 is 9 en telt de rijen op, dus is het aantal 2" in nl
    from okot_audit.totals import withheld_disagreements

    [d] = withheld_disagreements(answer)
    assert (d.withheld.text, d.at_least, d.at_most) == ("<5", 3, 2)


def test_totals_that_agree_about_the_withheld_count_say_nothing():
    rows = ["Provincie 2020 2021 Totaal", "Antwerpen 120 <5 123", "Limburg 5 7 12", "Totaal 125 10"]
    answer = read_text(ENROLMENTS + "\n".join(rows) + "\n", "a.txt")
    assert _disagree(answer) == [] and _errors(answer) == []


@pytest.mark.parametrize("enrolled, persons, says", [
    (8, 10, "Totaal unieke cursisten 2021 is 10 and counts unique persons over its rows, so the count is at "
            "least 3, but Totaal inschrijvingen 2021 is 8 and adds up its rows, so the count is 1"),
    (10, 9, None),  # 3 enrolments, at least 2 persons: both hold
])
def test_enrolments_and_unique_persons_over_the_same_rows(enrolled, persons, says):
    """``Totaal inschrijvingen`` adds the rows up (the withheld count is 1); ``Totaal unieke
    cursisten`` counts each person once, no more than the rows (it is at least 3)."""
    rows = ["Opleiding 2020 2021", f"{A1} 120 <5", f"{A2} 5 7", f"Totaal inschrijvingen 125 {enrolled}",
            f"Totaal unieke cursisten 120 {persons}"]
    answer = read_text(COURSES + "\n".join(rows) + "\n", "c.txt")
    found = _disagree(answer)
    assert [f.message for f in found if says and says in f.message] == [f.message for f in found]
    assert len(found) == (1 if says else 0)


def test_a_count_withheld_without_a_bound_that_two_totals_give_two_values():
    """``x`` with no bound: each total alone holds with any count; the two give it 40 and 41."""
    rows = ["Provincie 2020 2021 Totaal", "Antwerpen 120 x 160", "Limburg 5 7 12", "Totaal 125 48"]
    answer = read_text(ENROLMENTS + "\n".join(rows) + "\n\nx = niet vrijgegeven (privacy)\n", "x.txt")
    assert [(w.text, w.high) for t in answer.tables for w in t.withheld] == [("x", None)]
    found = _disagree(answer)
    assert [(f.line, f.period) for f in found] == [(6, "2021")]
    assert ("Totaal 2021 is 48 and adds up its rows, so the count is 41, but the Totaal column of Antwerpen is 160 "
            "and adds up its periods, so the count is 40") in found[0].message


def test_a_total_that_fails_alone_is_left_to_its_own_rule():
    """The row's total makes the withheld ``<5`` 13: ``total-exceeds-parts`` says so; the other
    total's 2 is no disagreement of two totals that each hold."""
    rows = ["Provincie 2020 2021 Totaal", "Antwerpen 120 <5 133", "Limburg 5 7 12", "Totaal 125 9"]
    answer = read_text(ENROLMENTS + "\n".join(rows) + "\n", "a.txt")
    assert _disagree(answer) == []
    assert ("total-exceeds-parts", 6, "Totaal") in _errors(answer)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_withheld_count_whose_two_totals_disagree_is_always_said(data):
    """Enrolments of programmes over years, built from persons' enrolments: one small count
    withheld as ``<5``, each row's ``Totaal`` and each year's total printed. Printed as counted,
    nothing is said; with the row's or the year's total moved so that it alone still holds
    (the count it gives stays 0 to 4), the two disagree: one error at the withheld count."""
    years = data.draw(st.integers(2, 3))
    programmes = [A1, A2, "900613: Professionele bachelor verpleegkunde - 3de jaar"][:data.draw(st.integers(2, 3))]
    counts = [[data.draw(st.integers(5, 60)) for _ in range(years)] for _ in programmes]
    i, j = data.draw(st.integers(0, len(programmes) - 1)), data.draw(st.integers(0, years - 1))
    counts[i][j] = data.draw(st.integers(1, 4))
    row_totals = [sum(r) for r in counts]
    column_totals = [sum(r[k] for r in counts) for k in range(years)]
    shift = data.draw(st.sampled_from([s for s in range(-4, 5) if s and 0 <= counts[i][j] + s <= 4]))
    moved = data.draw(st.sampled_from(["row", "column", None]))
    if moved == "row":
        row_totals[i] += shift
    elif moved == "column":
        column_totals[j] += shift
    laid = data.draw(st.booleans())  # single-spaced, or laid out as ``pdftotext -layout`` prints it

    def line(label: str, cells: list[str]) -> str:
        if laid:
            return label.ljust(60) + "".join(c.rjust(10) for c in cells)
        return " ".join([label, *cells])

    lines = [line("Opleiding", [str(2020 + k) for k in range(years)] + ["Totaal"])]
    for n, (name, row) in enumerate(zip(programmes, counts)):
        printed = ["<5" if (n, k) == (i, j) else str(v) for k, v in enumerate(row)]
        lines.append(line(name, [*printed, str(row_totals[n])]))
    lines.append(line("Totaal", [str(v) for v in column_totals]))
    answer = read_text(COURSES.replace("cursisten", "inschrijvingen") + "\n".join(lines) + "\n", "p.txt")
    found = [(f.line, f.period) for f in _disagree(answer)]
    assert found == ([] if moved is None else [(6 + i, str(2020 + j))])
    assert _errors(answer) == [("totals-disagree", 6 + i, str(2020 + j))] * len(found)
