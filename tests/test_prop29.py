"""Regressions found by the round-trip and generated-shape properties run at new random seeds
(session 29: ``--hypothesis-seed`` 5000 and on, the properties of ``tests/test_read_formats.py``,
``tests/test_spaced26.py``, ``tests/test_joint25.py``, ``tests/test_generated_shapes*.py``,
``tests/test_newer_shapes_property.py``, ``tests/test_roundtrip_property.py``), each test holding
the text of one falsifying example, cut to the table it went wrong in."""

from __future__ import annotations

import pytest

from okot_audit import read_text


def _read(text: str) -> tuple[list, dict[tuple, dict[str, int]]]:
    """The issues of `text` read, and its cells: (level, label or code) → {period: count}."""
    answer = read_text(text, "generated.txt")
    cells: dict[tuple, dict[str, int]] = {}
    for t in answer.tables:
        for c in t.cells:
            cells.setdefault((c.level, c.code or c.label), {})[c.period] = c.count
    return answer.issues, cells


#: pdfplumber ``extract_text()`` of a generated PDF (seed 5023, cut to its first two tables): a
#: label's range ``2 - 3`` wrapped after its first number, which ends the line of the row's
#: figures, its end alone below them (``- 3``); 2019 is blank. (The second table prints its rows'
#: figures in their middle, so the answer's labels may go on below their figures.)
RANGE_OPENED_BEFORE_THE_FIGURES = """\
1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten in de verschillende opleidingen.
Unieke cursisten met gestarte OKOT'(s) 2018 2019 2020 2021 2022 2023*
422389: tandartsassistent module 5 - 3de jaar 54 49 16 27 25 22
892162: jeugd- Se-n-se gehandicaptenzorg
individueel Educatieve Tweedekansonderwijs 2 28 36 42 44 19
- 3
932249: apotheekassistent jaar 1 Graduaat 72 10 46 64 4
Totaal 130 53 40 108 119 42
2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een diploma behaalde.
Unieke cursisten met uitgevoerde,
2019 2020 2021 2022*
geslaagde, OKOT'(s)
044616: kinderzorg jaar 1 gehandicaptenzorg
42 23
lerarenopleiding opvoeder (SLO)
617946: algemene jaar 1 - verkort traject - 2de
24 16 48
jaar
923668: Professionele 26 30 15
Totaal 24 26 76 81
"""


def test_a_range_opened_before_the_figures_and_closed_below_them_is_the_labels():
    """The 2 opens the label's range, which the line below closes: read as a count (it was, in
    2018, every figure after it a period on: 28 in 2019 — wrong cells read silently, and the next
    row, which then fitted no total, said), only the reading with the 2 the label's fits the
    unique-person totals."""
    issues, cells = _read(RANGE_OPENED_BEFORE_THE_FIGURES)
    assert issues == []
    assert cells["row", "892162"] == {"2018": 28, "2020": 36, "2021": 42, "2022": 44, "2023": 19}
    assert cells["row", "932249"] == {"2018": 72, "2019": 10, "2021": 46, "2022": 64, "2023": 4}
    labels = {c.label for t in read_text(RANGE_OPENED_BEFORE_THE_FIGURES, "g.txt").tables for c in t.cells
              if c.code == "892162"}
    assert labels == {"jeugd- Se-n-se gehandicaptenzorg individueel Educatieve Tweedekansonderwijs 2 - 3"}


def test_a_range_end_below_a_row_whose_totals_take_every_figure_as_a_count_is_the_labels_end():
    """The same lines where the totals take the 2 for a count (every figure a period's, the next
    row full too): read so, the label ending ``- 3`` — the reading with the 2 the label's is
    weighed, never taken without the totals."""
    text = (RANGE_OPENED_BEFORE_THE_FIGURES.replace("Graduaat 72 10 46 64 4", "Graduaat 72 10 5 46 64 4")
            .replace("Totaal 130 53 40 108 119 42", "Totaal 128 87 57 115 133 45"))
    issues, cells = _read(text)
    assert issues == []
    assert cells["row", "892162"] == {"2018": 2, "2019": 28, "2020": 36, "2021": 42, "2022": 44, "2023": 19}
    labels = {c.label for t in read_text(text, "g.txt").tables for c in t.cells if c.code == "892162"}
    assert labels == {"jeugd- Se-n-se gehandicaptenzorg individueel Educatieve Tweedekansonderwijs - 3"}


# ---------------------------------------------------------------------------------------------
# Causes in other helpers' areas (session 29): strict xfails, each with its cause.

#: tests/test_spaced26.py's single-spaced table (seed 5000): a total column over the periods,
#: `Verpleegkunde` prints no total (4 3 4 4 in 2019–2022), `Kinderzorg` 5 _ _ 2 | 6 and `Opvoeder`
#: 1 _ 3 _ | 4. Two placements of all rows fit every unique-person total: the truth (Verpleegkunde
#: without its total, a reading of the later tier) and the prior's (Verpleegkunde 4 _ 3 4 | 4,
#: Kinderzorg 5 2 _ _ | 6, Opvoeder _ 1 3 _ | 4), the only fit of the first tier.
TOTAL_UNPRINTED_MOVES_OTHER_ROWS = """\
OKOT's in de zorg

Antwoord

De tabel geeft per jaar het aantal unieke cursisten dat een opleiding startte.

Opleiding 2019 2020 2021 2022 Totaal
Verpleegkunde 4 3 4 4
Kinderzorg 5 2 6
Zorgkundige 2 3 3 5 12
Opvoeder 1 3 4
Totaal 9 6 9 9 18

Bron: VDAB.
"""


@pytest.mark.xfail(strict=True, reason=(
    "rowchoice29's area, parse/align.py choose_in_tiers (with parse/__init__.py _choose_rows): the "
    "first tier's one fit stands though a later tier's reading (a row's total unprinted) fits every "
    "total too; the prior then decides the placement of rows that print their totals (Kinderzorg's 2 "
    "read in 2020, its persons' 2022; Opvoeder's 1 in 2020, its 2019) — wrong cells read silently; "
    "rows whose reading differs between the fits should be said (ambiguous-alignment)"))
def test_a_rows_unprinted_total_does_not_decide_where_other_rows_figures_go():
    issues, cells = _read(TOTAL_UNPRINTED_MOVES_OTHER_ROWS)
    said = {i.line for i in issues if i.kind == "ambiguous-alignment"}
    lines = TOTAL_UNPRINTED_MOVES_OTHER_ROWS.splitlines()
    truth = {"Kinderzorg": {"2019": 5, "2022": 2, "Totaal": 6}, "Opvoeder": {"2019": 1, "2021": 3, "Totaal": 4}}
    for label, want in truth.items():
        line = next(k for k, text in enumerate(lines, 1) if text.startswith(label))
        assert cells.get(("row", label)) == want or (("row", label) not in cells and line in said), label
