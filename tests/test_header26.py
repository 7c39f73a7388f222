"""Session 26 (header26): header shapes — captions that date a table's figures."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

_OPENING = (
    "Vraag nr. 12 van 3 februari 2022 van Jan Peeters aan de minister van Werk.\n"
    "Hoeveel cursisten startten een OKOT in de zorg?\n"
    "Antwoord\n"
    "Tabel 1. Unieke cursisten met gestarte OKOT'(s)\n"
)


def _answer(*lines: str) -> str:
    return _OPENING + "".join(f"{line}\n" for line in lines) + "Bron: VDAB.\n"


def _partial(text: str) -> dict[str, bool]:
    answer = read_text(text, "c.txt")
    assert answer.issues == []
    return {p.label: p.partial for t in answer.tables for p in t.periods}


_ROWS = ("900101: Verpleegkunde - 1ste jaar 120 100", "900102: Verpleegkunde - 2de jaar 80 90", "Totaal 190 185")
_ONE = ("900101: Verpleegkunde - 1ste jaar 100", "900102: Verpleegkunde - 2de jaar 90", "Totaal 185")


@pytest.mark.parametrize("caption", [
    "Stand op 30 juni 2021", "Stand op 30/06/2021", "Toestand op 31 mei 2021", "Situatie per 15 december 2021",
    "Cijfers voorlopig 2021",
])
def test_a_caption_that_dates_the_figures_before_the_years_end_makes_that_year_partial(caption):
    """``Stand op 30 juni 2021`` over ``Opleiding 2020 2021``: the 2021 figures run up to 30 June,
    the year is partial (before: read as a whole year); 2020 is whole. ``Cijfers voorlopig 2021``
    says 2021 is provisional. The same caption over one column of counts (``Opleiding Aantal``)
    makes its one period, 2021, partial."""
    assert _partial(_answer(caption, "Opleiding 2020 2021", *_ROWS)) == {"2020": False, "2021": True}
    assert _partial(_answer(caption, "Opleiding Aantal", *_ONE)) == {"2021": True}
    findings = audit(read_text(_answer(caption, "Opleiding 2020 2021", *_ROWS), "c.txt")).by_rule("partial-period")
    assert [f.period for f in findings] == ["2021"]


@pytest.mark.parametrize("caption", ["Stand op 31 december 2021", "Stand op 31/12/2021", "Toestand op 31 januari 2022"])
def test_a_caption_that_dates_the_figures_at_or_after_the_years_end_leaves_the_years_whole(caption):
    """``Stand op 31 december 2021`` dates figures of whole years; a day in the next year
    (``31 januari 2022``) cuts none of the table's years short."""
    assert _partial(_answer(caption, "Opleiding 2020 2021", *_ROWS)) == {"2020": False, "2021": False}
