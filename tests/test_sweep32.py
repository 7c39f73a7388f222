"""Generated answers read wrong, or refused, under seeds no earlier run saw (session 32: the
generated-shape properties of ``tests/test_generated_shapes*.py``,
``tests/test_newer_shapes_property.py``, ``tests/test_prop2*.py`` and ``tests/test_account31.py``
at ``--hypothesis-seed`` 6041 and on, under the dev profile, and the two left by session 31):
each one found, as the exact text the generator printed or cut to its table."""

from __future__ import annotations

from okot_audit import audit, read_text


def _cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, {p.label: p.partial for p in t.periods}[c.period], c.count, c.line)
            for t in answer.tables for c in t.cells]


# The seeds' form of a generated answer (``test_generated_shapes18.py``
# ``::test_the_seeds_form_reads_back_exactly[programme_marks]``, seed 6040, left by session 31),
# cut to its second table: a table of its total alone under one month, ``Totaal 2022`` under
# ``Opleiding juli 2023*``. The header's ``juli`` was taken for a month name waiting for its year
# on the line below (a cell wrapped: ``… maart april`` / ``2019 2019``), so ``Totaal 2022`` was
# read as the header's second line, no row, and the table refused as ``table-like-lines`` — though
# ``juli`` has its year right after it. The model: a month with its year waits for none; the
# figure on the total line under it is a count, whatever its digits.
TOTAL_LIKE_A_YEAR_UNDER_A_MONTH = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector

2. Hieronder vindt u het aantal stopgezette unieke 
cursisten per opleiding.

Opleiding juli 2023*
Totaal 2022 



*Voor het jaar juli 2023 zijn enkel cijfers opgenomen van de eerste jaarhelft.

Zo werden in 2011 nog 618 bijkomende vakken erkend voor leerkracht 
secundair onderwijs.
"""


def test_a_total_whose_count_looks_like_a_year_under_a_month_with_its_year_is_a_count() -> None:
    answer = read_text(TOTAL_LIKE_A_YEAR_UNDER_A_MONTH, "g.txt")
    assert answer.issues == []
    assert _cells(answer) == [("total", "Totaal", "2023-07", True, 2022, 7)]
    assert [t.measure for t in answer.tables] == ["stopped_or_failed"]
    assert [f.rule for f in audit(answer).findings] == ["partial-period"]


def test_counts_that_look_like_years_under_months_with_their_years_are_counts() -> None:
    """Two months, rows and a total line, every count a year's digits (and one the header's own
    year): each a count in its month's column."""
    text = ("Aantal gestarte OKOT-cursisten bij VDAB.\n\nOpleiding juni 2023 juli 2023\n"
            "Kapper 2019 2023\nTotaal 2022 2023\n")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert [c[:3] + c[4:] for c in _cells(answer)] == [
        ("row", "Kapper", "2023-06", 2019, 4), ("row", "Kapper", "2023-07", 2023, 4),
        ("total", "Totaal", "2023-06", 2022, 5), ("total", "Totaal", "2023-07", 2023, 5)]


def test_month_names_waiting_for_their_years_still_take_the_years_below() -> None:
    """The other side: month names without their year (``maart april``) over the line of their
    years keep being one header of three months, not a header over a row."""
    text = ("Aantal gestarte OKOT-cursisten bij VDAB.\n\n"
            "Unieke cursisten met maart april mei 2019 Totaal\nstopgezette en uitgevoerde 2019 2019\n"
            "Kapper 1 2 3 6\nTotaal 1 2 3 6\n")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert sorted({c[2] for c in _cells(answer)}) == ["2019-03", "2019-04", "2019-05", "Totaal"]
    assert [c[4] for c in _cells(answer) if c[1] == "Kapper"] == [1, 2, 3, 6]
