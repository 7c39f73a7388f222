"""A table whose rows are what is counted: starters, graduates, drop-outs by year.

A summary answer prints, under one header of years, a row of starters, a row of graduates
and a row of drop-outs (DOMAIN.md's press figures: 4.398 started in 2018, 1.487 diplomas,
1.164 stopped). Each row counts something else, so nothing totals them; each is read as a
table of the measure its label names, so that its figures are compared with other answers'.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = "OKOT's - Zorgsector\n\nAntwoord\n\n1. Onderstaande tabel geeft een overzicht van de OKOT-trajecten.\n\n"

SINGLE = [
    "Jaar 2018 2019",
    "Gestarte cursisten 4.398 4.774",
    "Geslaagde cursisten 1.487 1.512",
    "Stopgezette trajecten 1.164 1.098",
]
LAID_OUT = [
    "                           2018      2019",
    "Aantal starters           4.398     4.774",
    "Aantal gediplomeerden     1.487     1.512",
    "Uitval                    1.164     1.098",
]


@pytest.mark.parametrize("lines", [SINGLE, LAID_OUT], ids=["single-spaced", "laid-out"])
def test_each_row_naming_a_measure_is_a_table_of_that_measure(lines):
    answer = read_text(HEAD + "\n".join(lines) + "\n", "measures.txt")
    assert answer.issues == []
    assert [(t.id, t.measure) for t in answer.tables] == [
        ("started", "started"), ("graduated", "graduated"), ("stopped_or_failed", "stopped_or_failed"),
    ]
    assert {(t.measure, c.period): c.count for t in answer.tables for c in t.cells} == {
        ("started", "2018"): 4398, ("started", "2019"): 4774,
        ("graduated", "2018"): 1487, ("graduated", "2019"): 1512,
        ("stopped_or_failed", "2018"): 1164, ("stopped_or_failed", "2019"): 1098,
    }
    assert audit(answer).findings == []  # no total to miss, no measure unknown


def test_the_row_s_unit_says_whether_it_counts_persons_or_events():
    answer = read_text(HEAD + "\n".join(SINGLE) + "\n", "measures.txt")
    units = {t.measure: (t.unique_persons, t.unit) for t in answer.tables}
    assert units["started"] == (True, "unieke cursisten")
    assert units["stopped_or_failed"] == (False, "trajecten")


def test_enrolments_beside_starters_are_two_tables():
    answer = read_text(HEAD + "Jaar 2018 2019\nInschrijvingen 4.774 4.900\nGestarte cursisten 4.398 4.501\n", "m.txt")
    assert [t.measure for t in answer.tables] == ["enrolled", "started"]


@pytest.mark.parametrize("rows", [
    # outcomes that a total closes: a partition of one measure's persons, read as one table
    ["Geslaagd 402 388", "Gestopt 230 198", "Totaal 632 586"],
    # two rows of the same measure: the labels are categories, not measures
    ["Gestart in de zorg 402 388", "Gestart in het onderwijs 230 198"],
    # one row naming no measure
    ["Gestarte cursisten 402 388", "Mannen 230 198"],
])
def test_rows_that_are_no_list_of_measures_stay_one_table(rows):
    answer = read_text(HEAD + "Jaar 2018 2019\n" + "\n".join(rows) + "\n", "m.txt")
    assert len(answer.tables) == 1
