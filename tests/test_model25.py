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
