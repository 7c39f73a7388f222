"""Session 33's possible silent losses found by the dev-profile sweeps.

1. tests/test_account31.py, pypdf, seed 6081: a training code's name wrapped by pypdf over five
   lines above its row's line of figures (``148666: kinderzorg fase 1- 2`` / … / ``Educatieve`` /
   ``63 53 42``). The reader read the row right, its name with ``fase 1- 2``; the oracle looked
   for that name only WRAP (4) lines around the code line and called the ``2`` lost. The oracle
   now follows the row from its code line down to the line where that code's cells were read.
"""

from __future__ import annotations

import dataclasses
import types

from okot_audit import read_text
import test_account31
from test_account31 import lost_figures

#: pypdf's text of seed 6081's third table, cut to what shows it: a name over five lines.
WRAPPED_FIVE = """Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector

ANTWOORD
op vraag nr. 156 van 5 september 2024

1. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.
Unieke cursisten met
stopgezette OKOT'(s)
2021 2022 2023
148666: kinderzorg fase 1- 2
verkort individueel traject -
modules 1- 4
apotheekassistent
Educatieve
63 53 42
427527: bachelor verpleegkunde 43 16 24
Totaal 106 69 66
"""


def _lost(answer):
    return lost_figures(WRAPPED_FIVE.split("\n"), lambda n: n, answer, [], 1)


def test_a_digit_of_a_name_wrapped_over_five_lines_is_read_in_the_name() -> None:
    answer = read_text(WRAPPED_FIVE, "generated.txt")
    row = [c for t in answer.tables for c in t.cells if c.code == "148666"]
    assert [(c.period, c.count, c.line) for c in row] == [("2021", 63, 15), ("2022", 53, 15), ("2023", 42, 15)]
    assert "fase 1- 2" in row[0].label
    assert _lost(answer) == []


def test_the_oracle_still_finds_the_digit_when_the_name_read_lacks_it(monkeypatch) -> None:
    """The wider look is no blanket pass: a name read without ``fase 1- 2`` leaves the 2 lost
    (the findings set aside, the code-unknown one on this row among them, to see the label's look)."""
    monkeypatch.setattr(test_account31, "audit", lambda answer: types.SimpleNamespace(findings=[]))
    answer = read_text(WRAPPED_FIVE, "generated.txt")
    cut = [dataclasses.replace(t, cells=[dataclasses.replace(c, label=c.label.replace("fase 1- 2", "fase"))
                                         for c in t.cells]) for t in answer.tables]
    assert _lost(dataclasses.replace(answer, tables=cut)) == [(10, 2, "148666: kinderzorg fase 1- 2")]
