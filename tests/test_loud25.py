"""Session 25 (loud25): generated laid-out answers that ended in ``ambiguous-alignment`` or
``unreadable-table`` though a person reads them — each failing example as its exact text."""

from __future__ import annotations

from okot_audit import read_text


def _row(answer, line: int) -> dict[str, int]:
    return {c.period: c.count for t in answer.tables for c in t.cells if c.line == line}


# test_generated_shapes20 ``test_the_layout_text_of_the_pdf_reads_back_exactly``,
# ``programme_by_sector_column``, --hypothesis-seed=53 (pdftotext -layout; reduced to the lines
# that fail): page 3 prints its header again on its own grid, and the extractor ends the
# two-digit figures under ``2018`` (``36``, ``42``) three characters right of the three-digit
# ones (``392``) and of ``2018`` itself, which the PDF right-aligns on one edge.
JITTERED_COLUMN = "\n".join([
    '3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.',
    '',
    '\x0cVlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    'Provincie                 Opleiding                        2017       2018   2019   2020   2021   2022*',
    '',
    'Totaal Vlaams-Brabant                                      420         171    140    132    131    941',
    '',
    '                                                                  4',
    '\x0cVlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    'Provincie                 Opleiding                        2017        2018      2019    2020    2021   2022*',
    '',
    'Totaal West-Vlaanderen                                      698         392       157     879     135    179',
    '',
    '                          729144: gehandicaptenzorg',
    '                          educ traject (SLO)',
    '                          beroepsonderwijs',
    '                          zorgkundige onderwijs:             39             36     23              27     61',
    '',
    'Totaal Brussel                                              104             42     60      59     117     71',
    '',
    'Eindtotaal                                                 1.815       1.357     4.283   1.558    844   1.629',
    '',
    '                                                                   5',
    '\x0c',
    '',
])


def test_figures_a_characters_jitter_right_of_their_column_stand_in_it():
    """Before, the figures ending three characters right of ``392`` made a column of their own
    (they overlap neither ``392`` nor ``2018``), which pushed the columns right of it apart:
    ``36`` stood between ``2018`` and ``2019`` and the row fitted no placement of its blank
    (ambiguous-alignment no-fit). On an extractor's grid two columns less than a cell's gap
    apart, never filled in one row, whose figures end within a column's jitter, are one."""
    answer = read_text(JITTERED_COLUMN, "g.txt")
    assert answer.issues == []
    assert _row(answer, 19) == {"2017": 39, "2018": 36, "2019": 23, "2021": 27, "2022": 61}
    assert _row(answer, 21) == {"2017": 104, "2018": 42, "2019": 60, "2020": 59, "2021": 117, "2022": 71}
    assert _row(answer, 14) == {"2017": 698, "2018": 392, "2019": 157, "2020": 879, "2021": 135, "2022": 179}
