"""Session 27: headers broken, squeezed or under a title.

- A header's column word broken inside its narrow cell, its last letters below it
  (:mod:`okot_audit.parse.headwords`): ``Subtotaa`` / ``l``, ``Totaa`` / ``l``.
"""

from __future__ import annotations

import pytest

from okot_audit import read_text

_HEAD = ("Vraag nr. 12 van 3 februari 2023 van Jan Peeters aan de minister van Werk.\nAntwoord\n"
         "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per opleiding.\n")
_ROWS = ("Graduaat orthopedagogie 118 131 240 142 360\nGraduaat verpleegkunde 240 251 470 262 700\n"
         "Totaal 358 382 700 404 1.050\nBron: VDAB\n")


def _read(header: str, rows: str = _ROWS):
    answer = read_text(_HEAD + header + rows, "a.txt")
    cells = [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    return [[p.label for p in t.periods] for t in answer.tables], cells, answer.issues


@pytest.mark.parametrize("header", [
    "Opleiding 2020 2021 Subtotaa 2022 Totaal\nl\n",  # (pdfplumber: the piece on a line below)
    "Opleiding 2020 2021 Subtotaa\nl\n2022 Totaal\n",  # (pypdf: the row's next cells after the broken cell's lines)
    "Opleiding    2020    2021    Subtotaa  l    2022    Totaal\n",  # (laid out: the piece beside its word)
], ids=["below", "pypdf", "beside"])
def test_a_subtotal_column_s_word_broken_in_its_cell_is_the_column(header):
    """Before, ``Subtotaa`` was one of the header's words and only 2022 and Totaal its columns:
    every row an ``unreadable-table`` error."""
    periods, cells, issues = _read(header)
    assert issues == []
    assert periods == [["2020", "2021", "Subtotaal 2020 t/m 2021", "2022", "Totaal"]]
    row = 4 + header.count("\n")  # (each row at its own line: the header's lines keep their numbers)
    assert cells[:5] == [("row", "Graduaat orthopedagogie", p, v, row) for p, v in
                         zip(["2020", "2021", "Subtotaal 2020 t/m 2021", "2022", "Totaal"], [118, 131, 240, 142, 360])]
    assert cells[-1] == ("total", "Totaal", "Totaal", 1050, row + 2)


def test_a_total_column_s_word_broken_in_its_cell_is_the_column():
    """``Opleiding 2020 2021 Totaa`` / ``l``: the Totaal column (before: no column of the rows'
    last figures, every row an ``unreadable-table`` error)."""
    rows = "Graduaat orthopedagogie 118 131 240\nGraduaat verpleegkunde 240 251 470\nTotaal 358 382 700\nBron: VDAB\n"
    periods, cells, issues = _read("Opleiding 2020 2021 Totaa\nl\n", rows)
    assert issues == []
    assert periods == [["2020", "2021", "Totaal"]]
    assert cells[:3] == [("row", "Graduaat orthopedagogie", "2020", 118, 6), ("row", "Graduaat orthopedagogie", "2021", 131, 6),
                         ("row", "Graduaat orthopedagogie", "Totaal", 240, 6)]


@pytest.mark.parametrize("lines, joined", [
    (("Opleiding 2020 2021 Subtotaa 2022 Totaa", "l l"), ("Opleiding 2020 2021 Subtotaal 2022 Totaal", "")),
    (("Opleiding 2020 Aant", "al"), ("Opleiding 2020 Aantal", "")),
    (("Opleiding   2020   Subtotaa   2022", "                     l"), ("Opleiding   2020   Subtotaal  2022", "")),
])
def test_pieces_below_a_header_complete_its_words_in_order(lines, joined):
    from okot_audit.parse.headwords import header_words_joined

    assert header_words_joined(lines) == joined


@pytest.mark.parametrize("lines", [
    ("Opleiding 2020 2021 Subtota 2022 Totaal", "xyz"),  # (no column word the piece makes)
    ("Graduaat orthopedagogie 118 131 Totaa", "l"),  # (a row's counts: no header)
    ("Opleiding   2020   Subtotaa   2022", "     l"),  # (laid out, the piece under no word it completes)
    ("Opleiding 2020 2021 Totaal", "l"),  # (a whole word: nothing broken)
])
def test_a_line_of_letters_that_completes_no_column_word_is_left_as_it_stands(lines):
    from okot_audit.parse.headwords import header_words_joined

    assert header_words_joined(lines) == lines
