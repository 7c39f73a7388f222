"""Session 26 (loud26): generated laid-out answers that stayed loud (``page-columns``, ``no-fit``)
though a person reads them — each failing example as its exact text, read back exactly; and
those a person could not settle either, asserted to stay loud."""

from __future__ import annotations

from test_loud25 import _row  # (a row's counts by period, at its line)

from okot_audit import audit, read_text


def _line_of(text: str):
    """The number of the first line of `text` that holds a piece of text."""
    lines = text.split("\n")
    return lambda piece: next(k for k, line in enumerate(lines, 1) if piece in line)


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


# test_generated_shapes22 ``test_every_blank_mark_in_laid_out_text_reads_back_exactly``,
# --hypothesis-seed=102 (the generator's laid-out text, the whole answer): the last period blank
# in two of three rows, printed ``-``, and the names wrapped below their figures with their own
# numbers (``module 5``, ``traject - modules 1- 4``) on lines of their own.
MARKS_IN_THE_LAST_COLUMN = "\n".join([
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector",
    '',
    'JO BOURNS',
    'VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW',
    '',
    'ANTWOORD',
    'op vraag nr. 55 van 1 januari 2016',
    'van JAN LAEREMANS',
    '',
    '1. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een',
    'diploma behaalde.',
    '',
    'Unieke cursisten met',
    'uitgevoerde, geslaagde,',
    "OKOT'(s)                  juli 2016  augustus 2016  september 2016  oktober 2016  november 2016  december 2016",
    '',
    '129091: opvoeder traject        211             69               3             1              -              1',
    'Graduaat educ Graduaat',
    'fase 1- 2 jeugd-',
    '284413: Se-n-se                   -             55              50             2              -              -',
    'lerarenopleiding',
    'Tweedekansonderwijs -en',
    '305622: Se-n-se                   -             28               1             -              5              -',
    'graduaatsopleiding',
    'module 5',
    'apotheekassistent',
    'individueel individueel',
    'traject - modules 1- 4',
    'Educatieve',
    'lerarenopleiding',
    'Totaal                          211            143              52             3              5              1',
])


def test_blank_marks_ending_rows_under_the_last_period_count_as_its_column():
    """Before, only the two rows whose last cell is a figure told the text was laid out (the
    marks under ``december 2016`` did not count), fewer than the lines ending in a number
    (``module 5``, the prose's date), so the text was read single-spaced: ``module 5`` and
    ``traject - modules 1- 4`` became rows of their own and three rows ``ambiguous-alignment``
    (``no-fit``). A blank's mark set off where a figure would end counts as that column's."""
    answer = read_text(MARKS_IN_THE_LAST_COLUMN, "g.txt")
    assert answer.issues == []
    line = _line_of(MARKS_IN_THE_LAST_COLUMN)
    assert _row(answer, line("129091")) == {"2016-07": 211, "2016-08": 69, "2016-09": 3, "2016-10": 1, "2016-12": 1}
    assert _row(answer, line("284413")) == {"2016-08": 55, "2016-09": 50, "2016-10": 2}
    assert _row(answer, line("305622")) == {"2016-08": 28, "2016-09": 1, "2016-11": 5}
    labels = {c.code: c.label for t in answer.tables for c in t.cells if c.code}
    assert labels["305622"] == ("Se-n-se graduaatsopleiding module 5 apotheekassistent individueel individueel "
                                "traject - modules 1- 4 Educatieve lerarenopleiding")
    assert labels["129091"] == "opvoeder traject Graduaat educ Graduaat fase 1- 2 jeugd-"
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


# test_newer_shapes_property ``test_the_layout_text_of_the_pdf_reads_back_exactly``,
# --hypothesis-seed=306 (pdftotext -layout, the whole text; the PDF itself read the same way):
# a table of measures with no total line (``Jaar`` / ``Geslaagde cursisten`` / ``Cursisten die
# stopten``), then the next question's item, its sentence ending ``… december 2022`` before a
# page break, and the next table's header under it.
NUMBERED_ITEM_AFTER_ROWS = "\n".join([
    'Vlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '',
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector",
    '',
    'JO BOURNS',
    'VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW',
    '',
    'ANTWOORD',
    'op vraag nr. 439 van 15 juni 2024',
    'van JAN LAEREMANS',
    '',
    '1. Hieronder vindt u het aantal unieke cursisten per provincie.',
    '',
    'Provincie                               2017-2018       2017-2018   2017-2018   2018-2019   2018-2019   2018-2019',
    '                                         gestart        geslaagd     gestopt     gestart    geslaagd     gestopt',
    '',
    'Antwerpen                                    42            37                      19          26          66',
    '',
    'Oost-Vlaanderen                              48            32                      36          25          19',
    '',
    'Vlaams-Brabant                               57            23          39          57          37',
    '',
    'West-Vlaanderen                              30            42          16          20          59         442',
    '',
    'Brussel                                                    58          19          41          34          30',
    '',
    'Totaal                                      177           187          69         173         181         548',
    '',
    '2. Onderstaande tabel geeft een overzicht van de OKOT-trajecten.',
    '',
    'Jaar                                    2017-2018       2018-2019   2019-2020',
    '',
    'Geslaagde cursisten                        1.330           51          16',
    '',
    'Cursisten die stopten                        34            47          41',
    '',
    '3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet. De cijfers voor december 2022',
    '',
    '                                                                            1',
    '\x0cVlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '',
    'zijn voorlopig.',
    '',
    'Unieke cursisten met                      Totaal        december',
    'stopgezette en uitgevoerde                                2022',
    'maar niet geslaagde',
    "OKOT'(s)",
    '',
    '478371: voor - 3de jaar -en                  46            46',
    '',
    'Totaal                                       46            46',
    '',
    '',
    '',
    '',
    '                                                                   2',
])


def test_a_numbered_item_of_prose_right_below_a_tables_last_row_ends_the_table():
    """Before, the item's line (laid-out text keeps no blank line between the rows and it) was
    taken for a row of the table above, its ``2022`` a count, and the table went on over the
    next table's header and rows: three rows ``ambiguous-alignment`` (``no-fit``), the last
    table read under the first's periods. A numbered item whose own line is a paragraph's
    sentence ends a table with no total line, as a blank line and a paragraph do."""
    answer = read_text(NUMBERED_ITEM_AFTER_ROWS, "g.txt")
    assert answer.issues == []
    tables = {t.id: [p.label for p in t.periods] for t in answer.tables}
    assert tables["stopped_or_failed-2"] == ["Totaal", "2022-12"]
    line = _line_of(NUMBERED_ITEM_AFTER_ROWS)
    assert _row(answer, line("Cursisten die stopten")) == {"2017-2018": 34, "2018-2019": 47, "2019-2020": 41}
    assert _row(answer, line("478371")) == {"Totaal": 46, "2022-12": 46}
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


# test_generated_shapes18 ``test_the_layout_text_of_the_pdf_reads_back_exactly``,
# ``province_marks``, --hypothesis-seed=132 (pdftotext -layout, the whole text): a table on its
# side (``Jaar`` / the levels of schooling / ``Totaal``) whose last row goes on alone on page 2,
# on that page's own grid, squeezed: ``2024  50    44   94``, one of the three levels blank.
SQUEEZED_ROW_WITH_A_BLANK = "\n".join([
    'Vlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '',
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector",
    '',
    'JO BOURNS',
    'VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW',
    '',
    'ANTWOORD',
    'op vraag nr. 46 van 15 mei 2016',
    'van JAN LAEREMANS',
    '',
    '1. Hieronder vindt u de gevraagde gegevens voor 2021. De cijfers geven het aantal gestarte cursisten weer voor het volledige jaar',
    '2021.',
    '',
    'Unieke cursisten met                       Aantal',
    "gestarte OKOT'(s)",
    '',
    '178606: apotheekassistent                         2',
    '',
    '307627: kinderzorg                               57',
    'algemene -en - 1',
    'zorgkundige fase 1- 2',
    '',
    '876680: bachelor bijkomende                      64',
    '- 2de jaar beroepsonderwijs',
    '',
    'Totaal                                         115',
    '',
    '2. Hieronder vindt u het aantal geslaagde unieke cursisten naar scholingsniveau. De cijfers voor 2022 zijn voorlopig.',
    '',
    'Jaar                                        laaggeschoold    middengeschoold   hooggeschoold                   Totaal',
    '',
    '2022                                                    5                 24                  15                    44',
    '',
    '2023                                                    30                43                  55                  128',
    '\x0cVlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '',
    '2024                                                                    50    44   94',
    '',
    '3. Hieronder vindt u het aantal stopgezette unieke cursisten per provincie.',
    '',
    'Provincie                                     2021      2022*',
    '',
    'Antwerpen                                        71       58',
    '',
    'Limburg                                          50      262',
    '',
    'Oost-Vlaanderen                                  15        7',
    '',
    'Vlaams-Brabant                                   20         x',
    '',
    'Brussel                                           6        5',
    '',
    'Vlaanderen                                     146       326',
    '',
    '*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.',
    '',
])


def test_a_squeezed_later_row_with_a_blank_stays_loud():
    """The PDF prints 50 under ``middengeschoold`` and 44 under ``hooggeschoold``, the first
    level blank; the extractor squeezed page 2 (``50`` ends near ``middengeschoold``'s end, but
    ``44`` and ``94`` under no label), and the total (94 = 50 + 44) fits every choice of the blank
    level. Nothing in the text settles which level is blank — a person cannot tell either — so
    the row stays an ``ambiguous-alignment`` error (``page-columns``), never read by a guess."""
    answer = read_text(SQUEEZED_ROW_WITH_A_BLANK, "g.txt")
    line = _line_of(SQUEEZED_ROW_WITH_A_BLANK)("2024      ")
    assert [(i.kind, i.reason, i.line, i.numbers) for i in answer.issues] == [
        ("ambiguous-alignment", "page-columns", line, (50, 44, 94))]
    assert _row(answer, line) == {}
    assert "ambiguous-alignment" in {f.rule for f in audit(answer).findings if f.severity == "error"}


# Found by a sweep of test_generated_shapes22's reprinted answers (RandomChooser("loud26-22-231"),
# its PDF through pdftotext -layout; seeds 223, 260, 266, 287, 325 the same): a sector's head printed as a row whose every cell is
# a blank's mark (``Zorg   /   /``), the names below wrapped, their figures beside the last line.
SECTOR_HEAD_OF_MARKS = "\n".join([
    "OKOT's - Onderwijssector",
    "",
    '2. Hieronder vindt u het aantal stopgezette unieke cursisten per opleiding.',
    '',
    'Opleiding                                     2018      2019',
    '',
    'Zorg                                               /       /',
    '',
    'Verkorte leefgroepenwerking',
    'bijkomende opvoeder - 2e',
    'jaar educ                                        53      52',
    '',
    'Totaal zorg                                      53      52',
    '',
    'Onderwijs                                          /       /',
    '',
    'Verkorte leefgroepenwerking',
    'bijkomende opvoeder - 2e',
    'jaar educ                                        14      19',
    '',
    'Totaal onderwijs                                 14      19',
    '',
    'Techniek                                           /       /',
    '',
    'Verkorte leefgroepenwerking',
    'bijkomende opvoeder - 2e',
    'jaar educ                                        24      17',
    '',
    'Subtotaal techniek                               24      17',
    '',
    'Totaal                                           89      79',
])


def test_a_sector_head_printed_with_a_mark_in_every_cell_is_no_line_of_the_next_name():
    """Before, the head and its marks were joined into the next row's name, silently (``Zorg / /
    Verkorte leefgroepenwerking …``, every figure right, no issue): the laid-out lines were
    right, the text reader (parse/regions.py) took ``Zorg  /  /`` for a name's first line. A
    sector's name followed by marks alone, whose block a later ``Totaal <sector>`` closes, is
    the block's head (parse/markedheads.py)."""
    answer = read_text(SECTOR_HEAD_OF_MARKS, "g.txt")
    assert answer.issues == []
    assert {(c.label, c.block) for t in answer.tables for c in t.cells if c.level == "row"} == {
        ("Verkorte leefgroepenwerking bijkomende opvoeder - 2e jaar educ", sector)
        for sector in ("zorg", "onderwijs", "techniek")}


def test_a_sector_head_with_marks_in_single_spaced_text_heads_its_block():
    """The same in the seeds' form, the blanks printed ``x`` or ``-``; a sector's row whose cells
    are all blank in a table of sectors (no block closed after it) stays a row of its own."""
    head = "OKOT's - Onderwijssector\n\n1. Hieronder vindt u het aantal geslaagde unieke cursisten per opleiding.\n\n"
    for mark in ("x", "-", "nvt"):
        answer = read_text(head + (
            f"Opleiding 2017\nTechniek {mark}\nHoger onderwijs - 2e jaar 62\nProfessionele zorgkundige 32\n"
            f"Totaal techniek 80\nBouw {mark}\nSe-n-se bijkomende bachelor 55\nTotaal bouw 55\nTotaal 135\n"), "g.txt")
        assert answer.issues == [], mark
        assert sorted((c.label, c.block, c.count) for t in answer.tables for c in t.cells if c.level == "row") == [
            ("Hoger onderwijs - 2e jaar", "techniek", 62), ("Professionele zorgkundige", "techniek", 32),
            ("Se-n-se bijkomende bachelor", "bouw", 55)], mark
    answer = read_text(head.replace("per opleiding", "per sector") + "Sector 2017 2018\nZorg 5 6\nBouw x x\nTotaal 5 6\n", "g.txt")
    assert answer.issues == []
    assert [(c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"] == [("Zorg", 5), ("Zorg", 6)]
