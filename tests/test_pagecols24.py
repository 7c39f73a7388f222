"""A later page of a laid-out table (``pdftotext -layout``, each page on its own grid) whose
rows go on without the table's header: read under the right periods where the page's layout
settles its columns, ``ambiguous-alignment`` (``page-columns``) where it does not — never read
a column off without a word, and never reported where the layout does settle it."""

from __future__ import annotations

from okot_audit import read_text

HEAD = (
    "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)

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


#: A PDF (fpdf2: a table ``Opleiding 2021 2022 2023``, 25 mm figure columns, blanks marked
#: ``x``) whose last seven rows run on to page 2, through ``pdftotext -layout``: on page 1 the
#: 2022 column's four-digit figures end four characters left of its other figures and marks
#: (``1615`` at 93, ``x`` and ``36`` at 97); page 2 stands on a grid of its own.
WIDE_COLUMN_PDF_TEXT = (
    '1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten, per opleiding.\n'
    '\n'
    '\n'
    'Opleiding                                                            2021                2022       2023\n'
    '\n'
    'Opleiding 0                                                             61                      x     12\n'
    '\n'
    'Module 4- 8 jaar 3                                                       9                      x   1693\n'
    '\n'
    'Opleiding 2                                                             64                     36     41\n'
    '\n'
    'Kok                                                                      x                      9   1062\n'
    '\n'
    '693747: zorg 4                                                          40                     98      x\n'
    '\n'
    'Opleiding 5                                                             25                    368    908\n'
    '\n'
    'Module 2- 1 jaar 2                                                      51                      x      x\n'
    '\n'
    '910223: zorg 6                                                          10                    131    360\n'
    '\n'
    '757713: zorg 3                                                          79                      x    502\n'
    '\n'
    'Module 4- 2 jaar 2                                                       x               1615       1105\n'
    '\n'
    'Module 2- 2 jaar 1                                                      27                      x     32\n'
    '\n'
    'Module 2- 5 jaar 2                                                      58               1072          5\n'
    '\n'
    'Opleiding 12                                                         1027                      95     44\n'
    '\n'
    'Kok                                                                  1456                       2      x\n'
    '\n'
    'Kok                                                                  1289                      70     12\n'
    '\n'
    '917832: zorg 8                                                          48                     26   1451\n'
    '\n'
    'Opleiding 16                                                            97                    549   1116\n'
    '\n'
    'Module 1- 2 jaar 2                                                      36               1381       1818\n'
    '\n'
    '391633: zorg 1                                                          40                     52      x\n'
    '\n'
    'Module 3- 4 jaar 1                                                   1196                      88     33\n'
    '\n'
    'Opleiding 20                                                            45                     90      x\n'
    '\n'
    'Module 4- 3 jaar 2                                                   1436                      84     83\n'
    '\n'
    '192109: zorg 5                                                          92                    176   1673\n'
    '\n'
    'Kok                                                                  1191                      18   1161\n'
    '\n'
    '560767: zorg 9                                                          72                    625    526\n'
    '\n'
    'Opleiding 25                                                            15                      4     52\n'
    '\n'
    'Kok                                                                     52                    795   1175\n'
    '\n'
    '747909: zorg 1                                                           x                      3      x\n'
    '\n'
    'Opleiding 28                                                            14                     80    147\n'
    '\n'
    'Opleiding 29                                                            69                     70   1385\n'
    '\n'
    'Opleiding 30                                                            25                      x    280\n'
    '\n'
    'Opleiding 31                                                            81                      x   1966\n'
    '\n'
    'Opleiding 32                                                            62                      x   1953\n'
    '\n'
    'Opleiding 33                                                            37               1494          x\n'
    '\n'
    '589642: zorg 7                                                          77                      6      x\n'
    '\x0cOpleiding 35           13   1741   1132\n'
    '\n'
    'Kok                     x   1522    471\n'
    '\n'
    '936064: zorg 6       1918     80    712\n'
    '\n'
    'Module 2- 7 jaar 3     64     98      x\n'
    '\n'
    'Module 1- 4 jaar 2     83      x   1226\n'
    '\n'
    'Module 1- 8 jaar 3    890     64    961\n'
    '\n'
    'Kok                   680      x     75\n'
    '\x0c'
)

#: What the PDF prints, row by row (2021, 2022, 2023; None a blank).
WIDE_COLUMN_ROWS = [
    (61, None, 12), (9, None, 1693), (64, 36, 41), (None, 9, 1062), (40, 98, None), (25, 368, 908),
    (51, None, None), (10, 131, 360), (79, None, 502), (None, 1615, 1105), (27, None, 32), (58, 1072, 5),
    (1027, 95, 44), (1456, 2, None), (1289, 70, 12), (48, 26, 1451), (97, 549, 1116), (36, 1381, 1818),
    (40, 52, None), (1196, 88, 33), (45, 90, None), (1436, 84, 83), (92, 176, 1673), (1191, 18, 1161),
    (72, 625, 526), (15, 4, 52), (52, 795, 1175), (None, 3, None), (14, 80, 147), (69, 70, 1385),
    (25, None, 280), (81, None, 1966), (62, None, 1953), (37, 1494, None), (77, 6, None), (13, 1741, 1132),
    (None, 1522, 471), (1918, 80, 712), (64, 98, None), (83, None, 1226), (890, 64, 961), (680, None, 75),
]


def test_a_column_whose_figures_end_further_apart_than_its_jitter_is_one_column_the_header_names():
    """Page 1's figures stood in four columns for the header's three (the 2022 column's at 93
    and at 97, never both in a row), so page 2's three were fewer: each of its seven rows was
    an ``ambiguous-alignment`` error (``page-columns``) in a correct answer. Before the page's
    columns were matched at all, page 2's figures stood under no column of page 1 and moved
    page 1's edges: rows of page 1 were read a column off without a word (``Kok 1456 2 x``: 2
    under 2023) or reported with no total to decide. The header names three columns: the
    nearest two that no row fills both of are one."""
    answer = read_text(HEAD + WIDE_COLUMN_PDF_TEXT, "generated.txt")
    assert answer.issues == []
    read: dict[int, dict[str, int]] = {}
    for cell in answer.tables[0].cells:
        read.setdefault(cell.line, {})[cell.period] = cell.count
    assert [tuple(row.get(p) for p in ("2021", "2022", "2023")) for _, row in sorted(read.items())] == WIDE_COLUMN_ROWS
