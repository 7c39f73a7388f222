"""What the findings say, read by the person who holds the answer (msgs15): a table named as
the reader sees it (its header's words and line, never okot-audit's id), each row of an aside
said with its own values, and the wrong figure of a two-level-header table (``2022 2023`` over
``Man Vrouw Totaal``) located by the check of its ``Totaal`` column against its categories —
in English and in Dutch."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from test_two_level_headers import FORMS, GENDER, GENDER_ROWS, PARAGRAPHS, _bare, _read

# --- 3. a wrong figure under categories, located by the Totaal column too --------------------------


def _suspects(answer, rule: str, lang: str = "en") -> list:
    return [f for f in audit(answer, lang=lang).findings if f.rule == rule]


@pytest.mark.parametrize("form", FORMS)
def test_a_swapped_category_figure_is_the_one_typo_that_makes_both_of_its_totals_hold(form):
    """900124's Vrouw figure of 2022 printed 14 (meant 41): the Vrouw column's total 2022 fails,
    and so does 900124's Totaal 2022 (9 + 14 is not 50). Main located the figure against the
    Vrouw column alone: six typos "fit", 900711's 27 → 72 second among them, though it leaves
    900124's Totaal broken. Checked against its Totaal column too, one typo fits: 14 → 41."""
    rows = list(GENDER_ROWS)
    rows[1] = (rows[1][0], 9, 14, 50, 11, 39, 50)
    rows[3] = ("Totaal", 29, 131, 160, 36, 139, 175)
    answer = _read(form, PARAGRAPHS["zorg"], *GENDER, rows)
    found = _suspects(answer, "likely-typo")
    assert [(_bare(f.table), f.training_code, f.period, f.stated, f.suggestion, f.rank) for f in found] == [
        ("started_vrouw", "900124", "2022", 14, 41, 1),
    ]
    [en] = [f.message for f in found]
    assert ("900124 2022 in the Vrouw column: 14 may be a typo for 41 (two digits swapped): with it, "
            "Totaal 2022 in the Vrouw column and the Totaal column of Tweedekansonderwijs zorgkundige - "
            "tweede jaar in 2022 hold again; suggestion 1 of 1") in en, en
    [nl] = [f.message for f in _suspects(answer, "likely-typo", "nl")]
    assert "900124 2022 in de kolom Vrouw: 14 is mogelijk een tikfout voor 41" in nl, nl
    assert "daarmee kloppen Totaal 2022 in de kolom Vrouw en de kolom Totaal van" in nl


def test_a_wrong_figure_of_the_totaal_column_is_located_among_its_categories():
    """900124's Totaal of 2022 printed 56 (9 + 41 = 50): its Totaal column's total of unique
    persons still holds (160 between 77 and 166), so main located nothing — the error stood
    alone. The check against the categories says which single figures can be wrong: the
    Totaal figure (then 50), or Man (then 15) or Vrouw (then 47); each is named in its column."""
    rows = list(GENDER_ROWS)
    rows[1] = (rows[1][0], 9, 41, 56, 11, 39, 50)
    rows[3] = ("Totaal", 29, 131, 160, 36, 139, 175)
    answer = _read("single-spaced", PARAGRAPHS["zorg"], *GENDER, rows)
    found = _suspects(answer, "error-located")
    line = next(c.line for c in answer.tables[0].cells if c.code == "900124")
    assert sorted((f.table, f.line, f.training_code, f.period, f.stated, f.suggestion) for f in found) == [
        ("started", line, "900124", "2022", 56, 50),
        ("started_man", line, "900124", "2022", 9, 15),
        ("started_vrouw", line, "900124", "2022", 41, 47),
    ]
    messages = sorted(f.message for f in found)
    assert messages[0].startswith("900124 2022 in the Man column: 9 may be the wrong figure"), messages
    assert "(the Totaal column of Tweedekansonderwijs zorgkundige - tweede jaar in 2022 fails now); it must then " \
           "be 15; it is one of 3 figures that each could" in messages[0]
    nl = sorted(f.message for f in _suspects(answer, "error-located", "nl"))
    assert nl[0].startswith("900124 2022 in de kolom Man: 9 is mogelijk het foute cijfer"), nl


def test_a_table_of_categories_without_an_error_locates_nothing_and_needs_no_solver():
    """The same header with every figure right: nothing to locate (and the check of a table that
    holds stays in pure Python)."""
    answer = _read("single-spaced", PARAGRAPHS["zorg"], *GENDER, GENDER_ROWS)
    assert not _suspects(answer, "likely-typo") and not _suspects(answer, "error-located")
