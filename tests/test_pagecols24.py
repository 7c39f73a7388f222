"""A later page of a laid-out table (``pdftotext -layout``, each page on its own grid) whose
rows go on without the table's header: read under the right periods where the page's layout
settles its columns, ``ambiguous-alignment`` (``page-columns``) where it does not — never read
a column off without a word, and never reported where the layout does settle it."""

from __future__ import annotations

from okot_audit import read_text

#: ``test_the_layout_text_of_the_pdf_reads_back_exactly[province_turned]``
#: (tests/test_generated_shapes18.py, HYPOTHESIS_PROFILE=ci) as ``pdftotext -layout`` laid it
#: out: page 1's blank marks (``x``) end a character or two right of the figures under them
#: (1281 at 75, x at 77), page 2's rows stand on a grid of their own.
PROVINCE_TURNED = (
    'Vlaams Parlement - Schriftelijke vragen en antwoorden\n'
    '\n'
    '\n'
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector\n"
    '\n'
    'JO BOURNS\n'
    'VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW\n'
    '\n'
    'ANTWOORD\n'
    'op vraag nr. 375 van 13 november 2022\n'
    'van JAN LAEREMANS\n'
    '\n'
    '1. Hieronder vindt u het aantal gestarte unieke cursisten naar nationaliteit.\n'
    '\n'
    'Nationaliteit                                           2015-2016   2016-2017        2017-2018   2018-2019   2019-2020   2020-2021\n'
    '\n'
    'Belg                                                          31                20         12          55        1097          25\n'
    '\n'
    'EU                                                                                         39           6          28          18\n'
    '\n'
    'niet-EU                                                      489                           38           6          14\n'
    '\n'
    'Totaal                                                       520                20         89          67        1139          43\n'
    '\n'
    '2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.\n'
    '\n'
    'Unieke cursisten met stopgezette en                        2021       2022*\n'
    "uitgevoerde maar niet geslaagde OKOT'(s)\n"
    '\n'
    'Zorg                                                           x            x\n'
    '\n'
    '194033: algemene module 5                                    50        1281\n'
    '\n'
    'Totaal zorg                                                  50        1281\n'
    '\n'
    'Onderwijs                                                      x            x\n'
    '\n'
    '\n'
    '\n'
    '\n'
    '                                                               Pagina 1 van 2\n'
    '\x0cVlaams Parlement - Schriftelijke vragen en antwoorden\n'
    '\n'
    '\n'
    '743581: gehandicaptenzorg modules 1- 4 jaar               41           58\n'
    '1\n'
    '\n'
    '758316: Se-n-se Verkorte met niveau 5 jaar 1              23           39\n'
    'Tweedekansonderwijs\n'
    '\n'
    'Totaal onderwijs                                          47           87\n'
    '\n'
    'Totaal                                                    86        1359\n'
    '\n'
    '*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.\n'
    '\n'
    '\n'
    '\n'
    '\n'
    '                                                            Pagina 2 van 2\n'
)


def test_blank_marks_a_character_or_two_off_their_figures_make_no_column_of_their_own():
    """Page 1 counted three figure columns for the two periods (``x`` two characters right of
    ``1281``: a column of its own), so page 2's two columns were fewer than the header's, and
    each of its four rows was an ``ambiguous-alignment`` error (``page-columns``) in a correct
    answer. Two columns never both filled in a row, within a column's jitter, are one."""
    answer = read_text(PROVINCE_TURNED, "generated.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for c in answer.tables[1].cells][4:] == [
        ("gehandicaptenzorg modules 1- 4 jaar 1", "2021", 41), ("gehandicaptenzorg modules 1- 4 jaar 1", "2022", 58),
        ("Se-n-se Verkorte met niveau 5 jaar 1 Tweedekansonderwijs", "2021", 23),
        ("Se-n-se Verkorte met niveau 5 jaar 1 Tweedekansonderwijs", "2022", 39),
        ("Totaal onderwijs", "2021", 47), ("Totaal onderwijs", "2022", 87),
        ("Totaal", "2021", 86), ("Totaal", "2022", 1359),
    ]
