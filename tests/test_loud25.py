"""Session 25 (loud25): generated laid-out answers that ended in ``ambiguous-alignment`` or
``unreadable-table`` though a person reads them — each failing example as its exact text."""

from __future__ import annotations

import pytest

from okot_audit import read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes


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


# test_generated_shapes18 ``test_the_layout_text_of_the_pdf_reads_back_exactly``,
# ``category_turned``, --hypothesis-seed=77 (pdftotext -layout, the whole text): a table on its
# side of two rows, ``25-54`` / ``jaar`` wrapped above and below the header's line.
TWO_ROWS_BESIDE_A_PAGE_NUMBER = "\n".join([
    'Vlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '',
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector",
    '',
    'JO BOURNS',
    'VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW',
    '',
    'ANTWOORD',
    'op vraag nr. 326 van 1 juli 2021',
    'van JAN LAEREMANS',
    '',
    '1. Hieronder vindt u het aantal gestarte unieke cursisten naar leeftijd.',
    '',
    '                                                        25-54',
    'Jaar                                     -25 jaar               55+ jaar       Totaal',
    '                                                         jaar',
    '',
    '2015                                        52           41        -            93',
    '',
    '2016                                        20           58       21            99',
    '',
    '',
    '',
    '',
    '                                                                           1',
    '\x0c',
])


def test_a_small_table_beside_its_page_number_is_laid_out_text():
    """Before, the page number ``1`` (a figure alone on its line, under no header label) counted
    as a third figure that the header's labels did not line up: the text was taken for
    single-spaced, ``25-54`` above and ``jaar`` below the header's line named no column, and the
    two rows read as table-like lines (unreadable-table). A figure alone on its line under no
    label says nothing of the columns; both rows' figures stand under ``Totaal``."""
    answer = read_text(TWO_ROWS_BESIDE_A_PAGE_NUMBER, "g.txt")
    assert answer.issues == []
    [table] = answer.tables
    assert [p.label for p in table.periods] == ["2015", "2016"]
    assert {(c.label, c.period): c.count for c in table.cells} == {
        ("-25 jaar", "2015"): 52, ("25-54 jaar", "2015"): 41, ("Totaal", "2015"): 93,
        ("-25 jaar", "2016"): 20, ("25-54 jaar", "2016"): 58, ("55+ jaar", "2016"): 21, ("Totaal", "2016"): 99,
    }


# test_generated_shapes18 ``test_the_layout_text_of_the_pdf_reads_back_exactly``, ``code_marks``,
# --hypothesis-seed=64 (pdftotext -layout, the whole text): the last column's figures (``30``,
# ``8``) end five characters left of its label ``2019-2020*``, wider than they are.
SHORT_FIGURES_UNDER_A_WIDE_LABEL = "\n".join([
    'Vlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '',
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector",
    '',
    'JO BOURNS',
    'VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW',
    '',
    'ANTWOORD',
    'op vraag nr. 449 van 20 april 2024',
    'van JAN LAEREMANS',
    '',
    '1. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een diploma behaalde.',
    '',
    'Unieke cursisten met                    2018-2019       2019-2020*',
    'uitgevoerde, geslaagde,',
    "OKOT'(s)",
    '',
    '063236: met verkort                           x            30',
    '',
    '198515: zorgkundige                          40             8',
    'Professionele onderwijs: sec',
    '- verkort traject - 2de jaar jaar',
    '1',
    '',
    '394694: leefgroepenwerking                   28            18',
    'jaar 1 knelpuntvakken',
    '',
    '595939: vorming Hoger                        41            29',
    'leefgroepenwerking',
    '',
    '872825: Specifieke - 1 ste                   25             x',
    'jaar individueel jeugd- sec',
    'met',
    '',
    '',
    '',
    '',
    '                                                                     1/2',
    '\x0cVlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '',
    'Unieke cursisten met                    2018-2019       2019-2020*',
    'uitgevoerde, geslaagde,',
    "OKOT'(s)",
    '',
    '898546: traject bachelor                     45           1.421',
    'onderwijs',
    '',
    'Totaal                                       163          1.486',
    '',
    '*Voor het jaar 2019-2020 zijn enkel cijfers opgenomen van de eerste jaarhelft.',
    '',
    '',
    '',
    '',
    '                                                                     2/2',
    '\x0c',
])


def test_short_figures_under_a_wide_label_are_laid_out_text():
    """Before, only the figures that ended near a label's end counted as lined up under the
    header (``1.421`` under ``2019-2020*``, not ``30``): too few, and the text was read as
    single-spaced — the header's first period ``2018-2019`` taken into its words, every row with
    more figures than periods (unreadable-table). A figure within a label's width stands under it."""
    answer = read_text(SHORT_FIGURES_UNDER_A_WIDE_LABEL, "g.txt")
    assert answer.issues == []
    [table] = answer.tables
    assert [p.label for p in table.periods] == ["2018-2019", "2019-2020"]
    cells = {(c.code, c.period): c.count for c in table.cells}
    assert cells[("063236", "2019-2020")] == 30 and ("063236", "2018-2019") not in cells
    assert cells[("198515", "2018-2019")] == 40 and cells[("198515", "2019-2020")] == 8
    assert cells[("872825", "2018-2019")] == 25 and ("872825", "2019-2020") not in cells
    assert cells[(None, "2018-2019")] == 163 and cells[(None, "2019-2020")] == 1486


# test_generated_shapes20 ``test_the_layout_text_of_the_pdf_reads_back_exactly``,
# ``code_by_province_years``, --hypothesis-seed=3 (pdftotext -layout; reduced to the lines that
# fail): the table runs on to page 5 without its header, on that page's own grid, where the
# names beside ``Vlaams-Brabant`` (``1ste jaar individueel traject``) reach over the character
# columns where page 4 prints ``2015`` and its figures.
NAMES_OVER_ANOTHER_PAGES_COLUMN = "\n".join([
    '3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet. De cijfers voor 2017 zijn',
    'voorlopig.',
    '',
    '                                                           3/6',
    '\x0cProvincie        Opleiding                   2015         2016   2017   2018   2019   2020   Totaal',
    '',
    'Limburg          809437: bijkomende fase',
    '                 1- 2 onderwijs: opvoeder',
    '                 opvoeder onderwijs:',
    '                 lerarenopleiding module 5                        57             48     11     116',
    '',
    'Totaal Limburg                                 69         1929   138    127    1579    158    4000',
    '',
    '                                                    4/6',
    '\x0c                   108206: jeugd-',
    '                   beroepsonderwijs -1ste',
    '                   jaar -en voor                   220          24    41    31    50    23     389',
    '',
    'Vlaams-Brabant     302497: sec Verkorte -',
    '                   1ste jaar individueel traject',
    '                   - module 5                                               61    16      1     78',
    '',
    'Totaal Vlaams-Brabant                              429         801   1400   182   203   158   3139',
    '',
])


def test_names_on_a_later_page_over_the_first_pages_figures_keep_its_columns():
    """Before, page 5's names and page 4's ``2015`` column overlapped and made one column: the
    figures of ``2015`` stood in the names' column, and page 4's rows fitted no placement
    (ambiguous-alignment). On one page a name and a figure never share a column; where they
    overlap only across pages (each its own grid), the figures make a column of their own."""
    answer = read_text(NAMES_OVER_ANOTHER_PAGES_COLUMN, "g.txt")
    assert answer.issues == []
    assert _row(answer, 10) == {"2017": 57, "2019": 48, "2020": 11, "Totaal": 116}
    assert _row(answer, 12) == {"2015": 69, "2016": 1929, "2017": 138, "2018": 127, "2019": 1579,
                                "2020": 158, "Totaal": 4000}
    assert _row(answer, 17) == {"2015": 220, "2016": 24, "2017": 41, "2018": 31, "2019": 50, "2020": 23,
                                "Totaal": 389}
    assert _row(answer, 21) == {"2018": 61, "2019": 16, "2020": 1, "Totaal": 78}


def _page_top_wrapped_period_pdf() -> bytes:
    """A PDF (fpdf2) whose table starts at page 2's top, its period's cell on two lines:
    ``september`` in the header's line, ``2021`` right under it; the rows a line's gap below."""
    fpdf = pytest.importorskip("fpdf", reason="the PDF needs fpdf2 (pip install '.[test]')")
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=10)

    def right(x1: float, y: float, text: str) -> None:
        pdf.text(x1 - pdf.get_string_width(text), y, text)

    pdf.add_page()
    pdf.multi_cell(0, 5, "Vraag over de onderwijskwalificerende opleidingstrajecten (OKOT) van VDAB.\n\n"
                   "3. Hieronder vindt u het aantal stopgezette unieke cursisten per opleiding.")
    pdf.add_page()
    pdf.text(20, 20, "Opleiding")
    pdf.text(120, 20, "september")
    right(180, 20, "Totaal")
    pdf.text(124, 24, "2021")
    y = 34
    for name, count in [("Tweedekansonderwijs graduaatsopleiding", 31), ("Specifieke lerarenopleiding", 38),
                        ("Specifieke opvoeder", 39), ("Totaal", 108)]:
        pdf.text(20, y, name)
        right(139, y, str(count))
        right(180, y, str(count))
        y += 8
    return bytes(pdf.output())


def test_a_pdf_header_at_a_page_top_with_its_period_on_two_lines_is_read():
    """The PDF reader drops page numbers the same way: before, ``2021`` under ``september`` at
    page 2's top was taken for a page number (a figure alone, apart from the rows below it), the
    header named no period (unreadable-table, columns-without-periods)."""
    answer = parse_answer(source_from_bytes(_page_top_wrapped_period_pdf(), "g.pdf"))
    assert answer.issues == []
    [table] = answer.tables
    assert [p.label for p in table.periods] == ["2021-09", "Totaal"]
    assert {(c.label, c.period): c.count for c in table.cells if c.level == "total"} == {
        ("Totaal", "2021-09"): 108, ("Totaal", "Totaal"): 108}
