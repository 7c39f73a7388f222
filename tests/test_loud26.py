"""Session 26 (loud26): generated laid-out answers that stayed loud (``page-columns``, ``no-fit``)
though a person reads them — each failing example as its exact text, read back exactly; and
those a person could not settle either, asserted to stay loud."""

from __future__ import annotations

from okot_audit import audit, read_text


def _line_of(text: str):
    """The number of the first line of `text` that holds a piece of text."""
    lines = text.split("\n")
    return lambda piece: next(k for k, line in enumerate(lines, 1) if piece in line)


def _row(answer, line: int) -> dict[str, int]:
    return {c.period: c.count for t in answer.tables for c in t.cells if c.line == line}


# test_generated_shapes18 ``test_the_layout_text_of_the_pdf_reads_back_exactly``,
# ``province_marks``, --hypothesis-seed=124 (pdftotext -layout, the whole text: the running
# header on both pages tells them apart): a header
# of months wrapped over three lines, the first page's blank marks ``x`` under ``juni 2017*`` four
# characters right of the figures above them (the PDF right-aligns both on one edge), and the
# table's total alone on page 2, on that page's own grid, filling all five months.
MONTHS_WITH_MARKS_OFF = "\n".join([
    'Vlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '',
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector",
    '',
    'JO BOURNS',
    'VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW',
    '',
    'ANTWOORD',
    'op vraag nr. 168 van 26 september 2019',
    'van JAN LAEREMANS',
    '',
    '1. Hieronder vindt u het aantal gestarte unieke cursisten per provincie.',
    '',
    'Provincie                                     2015          2016        2017        2018*',
    '',
    'Antwerpen                                        62           56          44          21',
    '',
    'Limburg                                           9           15          25            x',
    '',
    'Oost-Vlaanderen                                  36           10          28            x',
    '',
    'Vlaams-Brabant                                   37           45         411          39',
    '',
    'West-Vlaanderen                                   x           37          27            x',
    '',
    'Brussel                                           x           32          31          33',
    '',
    'Vlaanderen                                     137           189         546          92',
    '',
    '*Voor het jaar 2018 zijn enkel cijfers opgenomen van de eerste jaarhelft.',
    '',
    '2. Hieronder vindt u het aantal geslaagde unieke cursisten per opleiding.',
    '',
    '                                                                        augustus     september    oktober',
    'Opleiding                                juni 2017*         juli 2017',
    '                                                                            2017          2017       2017',
    '',
    'Educatieve educ',
    '                                                        x          21          22           270       27',
    'vakbevoegdheid',
    '',
    'Verkorte sec -1ste jaar                            13              37           x           24        66',
    '',
    'Specifieke onderwijs                               30              44          5              5       60',
    '',
    'Hoger vakbevoegdheid',
    'leefgroepenwerking                                      x          62          23           36        50',
    'graduaatsopleiding module 5',
    '',
    'Tweedekansonderwijs en',
    'orthopedagogie - 3de jaar                        555               71          46           38          x',
    'lager educ',
    '\x0cVlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '',
    'Totaal                                           598    213           96         363   190',
    '',
    '*Voor het jaar juni 2017 zijn enkel cijfers opgenomen van de eerste jaarhelft.',
    '',
    '3. Hieronder vindt u het aantal stopgezette unieke cursisten naar geslacht.',
    '',
    '                                        november',
    'Geslacht',
    '                                            2016*',
    '',
    'Man                                               56',
    '',
    'Vrouw                                             34',
    '',
    'Totaal                                            90',
    '',
    '*Voor het jaar november 2016 zijn enkel cijfers opgenomen van de eerste jaarhelft.',
    '',
])


def test_a_later_page_filling_every_month_is_placed_though_marks_stand_off_the_figures_above():
    """Before, the first page's marks made a column of their own (six columns under a header
    naming five months), the later page's five figures matched none, and the total was an
    ``ambiguous-alignment`` error (``page-columns``). The first page's columns are merged to the
    months the header names (as a header of years merges them), and the page fills them in order."""
    answer = read_text(MONTHS_WITH_MARKS_OFF, "g.txt")
    assert answer.issues == []
    line = _line_of(MONTHS_WITH_MARKS_OFF)
    months = ["2017-06", "2017-07", "2017-08", "2017-09", "2017-10"]
    assert _row(answer, line("Totaal           ")) == dict(zip(months, (598, 213, 96, 363, 190)))
    assert _row(answer, line("          x          21")) == {"2017-07": 21, "2017-08": 22, "2017-09": 270, "2017-10": 27}
    assert _row(answer, line("Verkorte sec")) == {"2017-06": 13, "2017-07": 37, "2017-09": 24, "2017-10": 66}
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []
