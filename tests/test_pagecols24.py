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


#: ``test_the_layout_text_of_the_pdf_reads_back_exactly[code_by_sector_column]``
#: (tests/test_generated_shapes20.py, ``--hypothesis-seed=20``): the second table's only row
#: on page 1 leaves 2021-2022 blank (three figure columns under a header of four), its rows
#: on page 2 fill all four on that page's own grid.
SECTOR_COLUMN = (
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector\n"
    '\n'
    'JO BOURNS\n'
    'VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW\n'
    '\n'
    'ANTWOORD\n'
    'op vraag nr. 221 van 6 december 2022\n'
    'van JAN LAEREMANS\n'
    '\n'
    '1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten in de verschillende opleidingen.\n'
    '\n'
    'Unieke cursisten met\n'
    "gestarte OKOT'(s)                2017-2018**     2018-2019     2019-2020*         Totaal\n"
    '\n'
    '008643: bijkomende\n'
    'opvoeder beroepsonderwijs\n'
    'leefgroepenwerking                    49               67              36            152\n'
    '\n'
    '238941: voor en kinderzorg\n'
    '-1ste jaar onderwijs:                 16               36              45            97\n'
    '\n'
    '506478: master - 1\n'
    'kleuteronderwijs bachelor\n'
    'secundair Opvoeder educ -\n'
    '1ste jaar                                              20            385             405\n'
    '\n'
    '812403: apotheekassistent\n'
    'jaar 1 kleuteronderwijs - 1ste\n'
    'jaar Opvoeder                         20               62                            69\n'
    '\n'
    'Totaal inschrijvingen                 85            185              466             736\n'
    '\n'
    'Totaal unieke cursisten               85            172              450             689\n'
    '\n'
    '*Voor het jaar 2019-2020 zijn enkel cijfers opgenomen van de eerste jaarhelft.\n'
    '**De cijfers voor 2017-2018 zijn voorlopig en kunnen nog wijzigen.\n'
    '\n'
    '2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een diploma behaalde.\n'
    '\n'
    'Unieke cursisten met\n'
    'uitgevoerde, geslaagde,\n'
    "OKOT'(s)                         2021-2022     2022-2023    2023-2024       Totaal\n"
    '\n'
    'Zorg\n'
    '\n'
    '427846: traject en\n'
    'graduaatsopleiding - 2e jaar -\n'
    '1 ste jaar                                        29            42           71\n'
    '\n'
    '\n'
    '                                                                 1/2\n'
    '\x0c522979: Specifieke modules\n'
    '1- 4 educ - 2de jaar opvoeder\n'
    'apotheekassistent traject        2       61      46     109\n'
    '\n'
    'Totaal zorg                      2       82      88     172\n'
    '\n'
    'Onderwijs\n'
    '\n'
    '565718: knelpuntvakken\n'
    'Verkorte                         45     1.631   1.813   3.489\n'
    '\n'
    '570986: apotheekassistent -\n'
    '3de jaar Verkorte Educatieve             44              44\n'
    '\n'
    'Totaal onderwijs                 45     1.666   1.813   3.524\n'
    '\n'
    'Techniek\n'
    '\n'
    '640529: lager (SLO)\n'
    'verpleegkunde                   482      46      28     556\n'
    '\n'
    '709186: gehandicaptenzorg\n'
    'zorgkundige Graduaat -\n'
    'tweede jaar\n'
    'graduaatsopleiding\n'
    'kinderzorg                      1.152    24      45     1.221\n'
    '\n'
    '749423: kleuteronderwijs\n'
    'individueel traject - modules\n'
    '1- 4                             16      13     447     476\n'
    '\n'
    'Totaal techniek                 1.642    71     518     2.227\n'
    '\n'
    'Totaal                          1.687   1.819   2.412   5.884\n'
    '\n'
    '\n'
    '\n'
    '\n'
    '                                                  2/2\n'
    '\x0c'
)


def test_a_later_page_that_fills_every_column_the_header_names_is_read_where_page_1_fills_fewer():
    """Page 1's rows filled three of the header's four columns, so page 2's four were "more":
    each row of it with fewer figures than four (``570986: … 44 44``) was an
    ``ambiguous-alignment`` error (``page-columns``) in a correct answer. The table has as many
    columns as its header names: a row of page 2 that fills all four settles the page."""
    answer = read_text(SECTOR_COLUMN, "generated.txt")
    assert answer.issues == []
    read: dict[int, dict[str, int]] = {}
    for cell in answer.tables[1].cells:
        read.setdefault(cell.line, {})[cell.period] = cell.count
    assert [tuple(row.get(p) for p in ("2021-2022", "2022-2023", "2023-2024", "Totaal")) for _, row in sorted(read.items())] == [
        (None, 29, 42, 71), (2, 61, 46, 109), (2, 82, 88, 172), (45, 1631, 1813, 3489), (None, 44, None, 44),
        (45, 1666, 1813, 3524), (482, 46, 28, 556), (1152, 24, 45, 1221), (16, 13, 447, 476), (1642, 71, 518, 2227),
        (1687, 1819, 2412, 5884),
    ]


def _page_2(text: str) -> tuple[list[tuple[str, str, int]], list]:
    from test_layout23 import HEAD as HEAD_23, PAGE_1

    answer = read_text(HEAD_23 + PAGE_1 + "\f" + text, "generated.txt")
    names = [line.split()[0] for line in text.splitlines()]
    return ([(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.label.split()[0] in names],
            [(i.kind, i.reason, i.label, i.numbers) for i in answer.issues])


def test_a_number_of_a_label_left_of_a_later_page_s_figures_is_no_column_of_it():
    """Page 2's rows all leave 2021 blank, and one label's number stands apart from its name
    (``Zorgkundige   5``), far left of the figures' block: before, it made page 2's fourth
    column, matched in order to page 1's four, and 5 was read as Zorgkundige's 2021 count
    without a word. One row's number left of the figures' block, further from it than its
    columns are apart, is no column of the page: the page has three, and its rows are
    ``page-columns``."""
    cells, issues = _page_2(
        "Zorgkundige   5                 21     31     35\n"
        "Verpleegkundige                   22     32     36\n")
    assert cells == []
    assert issues == [("ambiguous-alignment", "page-columns", "Zorgkundige", (5, 21, 31, 35)),
                      ("ambiguous-alignment", "page-columns", "Verpleegkundige", (22, 32, 36))]


def test_one_row_s_figure_in_a_later_page_s_first_column_is_a_column_of_it():
    """The same page where one row has a 2021 figure standing at the page's column pitch:
    a column of the page (four, matched to page 1's in order), read, nothing reported."""
    cells, issues = _page_2(
        "Zorgkundige                11     21     31     35\n"
        "Verpleegkundige                   22     32     36\n"
        "Kok                               23     33     37\n")
    assert issues == []
    assert cells == [
        ("Zorgkundige", "2021", 11), ("Zorgkundige", "2022", 21), ("Zorgkundige", "2023", 31), ("Zorgkundige", "Totaal", 35),
        ("Verpleegkundige", "2022", 22), ("Verpleegkundige", "2023", 32), ("Verpleegkundige", "Totaal", 36),
        ("Kok", "2022", 23), ("Kok", "2023", 33), ("Kok", "Totaal", 37),
    ]


def test_a_header_s_words_before_its_periods_are_no_column_of_the_table():
    """A header of two words' cells before its periods (``Provincie  Opleiding  2021 …``):
    counted as five columns to page 1's four figure columns, page 2's four (matched in order
    before) were fewer than the table's, and each of its rows was ``page-columns`` in a correct
    answer (seed 848 of tests/test_sectormid23.py's sweep: 18 rows). The header's columns are
    its cells from its first period on."""
    from test_layout23 import PAGE_1, PAGE_2_CELLS, _page_2 as page_2

    header = PAGE_1.splitlines()[0]
    page_1 = PAGE_1.replace(header, "Provincie    Opleiding" + header[len("Provincie    Opleiding"):])
    assert page_1.split()[:3] == ["Provincie", "Opleiding", "2021"]
    answer = read_text(HEAD + page_1 + "\f" + page_2(40, 13), "generated.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells
            if c.label in ("Zorgkundige", "Verpleegkundige", "Kok")] == PAGE_2_CELLS
