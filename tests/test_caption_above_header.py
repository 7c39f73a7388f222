"""A caption right above a table's header, in text without blank lines (as from a PDF): its
abbreviations (``t.e.m.``) end no sentence, the answer's heading above it (``Antwoord``) is no
part of the header, and the partial period the caption names is partial."""

from __future__ import annotations

import pytest

from okot_audit import read_text

ROWS = ["Provincie 2019 2020 2021 2022", "Antwerpen 120 131 129 60", "Limburg 44 51 30 22", "Totaal 164 182 159 82"]


def _tables(caption: str):
    text = "\n".join(["Vraag nr. 12 van 8 oktober 2022 van Jan Peeters", "OKOT - diploma's", "Antwoord", caption, *ROWS])
    return read_text(text + "\n", "c.txt").tables


@pytest.mark.parametrize("caption", [
    "Het aantal behaalde diploma's per provincie (2022: t.e.m. juni)",
    "Het aantal behaalde diploma's per provincie (2022: tot en met juni)",
    "Het aantal behaalde diploma's per provincie, 2022 t.e.m. juni",
])
def test_a_caption_that_cuts_a_period_short(caption):
    (table,) = _tables(caption)
    assert len(table.cells) == 12
    assert table.title.startswith("Het aantal behaalde")  # not the answer's title nor ``Antwoord``
    assert [p.label for p in table.periods if p.partial] == ["2022"]


def test_a_caption_that_cuts_no_period_short():
    (table,) = _tables("Het aantal behaalde diploma's per provincie (bron: VDAB)")
    assert len(table.cells) == 12
    assert not any(p.partial for p in table.periods)
