"""Generated answers read wrong, or refused, under seeds no earlier run saw (session 32, second
sweep: the generated-shape properties of ``tests/test_generated_shapes*.py``,
``tests/test_newer_shapes_property.py``, ``tests/test_prop2*.py`` and ``tests/test_account31.py``
at ``--hypothesis-seed`` 6048 and on, under the dev profile): each one found, as the exact text
the generator printed or cut to its table."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text


def _cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]


# The seeds' form of a generated answer (``test_generated_shapes22.py``
# ``::test_thousands_apart_by_a_space_never_pass_unread``, seed 6048), cut to its second table:
# provinces on their side, the years down its rows, 2017's first two cells blank (``x``) and its
# counts' thousands apart by a space (``2017 x x 1 687 1 687``). The marks made blanks
# (``2017   1 687 1 687``: two blanks, as the seeds' spacing says), the line kept four figures
# under four columns, and the blanks the spacing shows BEFORE its first figure were not counted
# (parse/transposed._blanks_beyond looked between figures only): read SILENTLY as 1, 687, 1, 687
# — 1.687 lost, no error.
TURNED_BLANKS_BEFORE_SPACED_THOUSANDS = """\
2. Hieronder vindt u het aantal geslaagde unieke 
cursisten per provincie.

Jaar Antwerpen Vlaams-Brabant Brussel Totaal
2016 30 26 40 76
2017 x x 1 687 1 687
2018* 38 48 32 118
"""


def test_blanks_before_thousands_apart_by_a_space_in_a_table_on_its_side_are_blanks() -> None:
    answer = read_text(TURNED_BLANKS_BEFORE_SPACED_THOUSANDS, "g.txt")
    assert answer.issues == []
    assert [c for c in _cells(answer) if c[4] == 6] == [("row", "Brussel", "2017", 1687, 6), ("total", "Totaal", "2017", 1687, 6)]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


@pytest.mark.parametrize("line, expected", [
    ("2017 1 687 x x 1 687", [("row", "Antwerpen", "2017", 1687, 6), ("total", "Totaal", "2017", 1687, 6)]),
    ("2017 x 1 687 x 1 687", [("row", "Vlaams-Brabant", "2017", 1687, 6), ("total", "Totaal", "2017", 1687, 6)]),
    ("2017 x x 16 16", [("row", "Brussel", "2017", 16, 6), ("total", "Totaal", "2017", 16, 6)]),
])
def test_blanks_between_or_before_plain_figures_on_a_turned_table_still_read(line, expected) -> None:
    """The other side: blanks between figures joined as thousands, and blanks before figures
    that need no joining, read as before."""
    answer = read_text(TURNED_BLANKS_BEFORE_SPACED_THOUSANDS.replace("2017 x x 1 687 1 687", line), "g.txt")
    assert answer.issues == []
    assert [c for c in _cells(answer) if c[4] == 6] == expected


def test_blanks_after_the_last_figure_the_figures_leave_no_room_for_are_no_silent_reading() -> None:
    """Blanks the seeds' spacing shows after the last figure (two spaces: one blank) of a line
    with as many figures as columns: four columns hold 1.687, 1, 687 and the blank, or 1, 687,
    1.687 and the blank — two readings, so the line is reported, never read as 1, 687, 1, 687."""
    text = ("Aantal geslaagde unieke cursisten per provincie.\n\nJaar Antwerpen Vlaams-Brabant Brussel Totaal\n"
            "2016 30 26 40 76\n2017 1 687 1 687  \n2018* 38 48 32 118\n")
    answer = read_text(text, "g.txt")
    assert [c for c in _cells(answer) if c[4] == 5] == []
    assert [(i.kind, i.line) for i in answer.issues] == [("ambiguous-alignment", 5)]
