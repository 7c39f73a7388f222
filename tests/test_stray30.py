"""Session 30 (stray30): words and numbers of a row's name on lines of their own, found by the
generated-shape properties at new seeds (``--hypothesis-seed`` 5010, 5013 and 5100-5120, the dev
profile: the ci profile is derandomized and ignores the seed), each a false finding on an answer
built correct, its failing example cut to the table it went wrong in.

The model: a name's words and its numbers or ranges are the label's wherever they stand on the
label's lines (above, between or below the figures); a figure is a count only where it stands in
the figures' place. A line of words over a row is a page's running header only where the pages
can carry one (the same words atop each page).
"""

from __future__ import annotations

import pytest

from okot_audit import read_text


def _read(text: str):
    """The issues of `text` read (reason, line, words) and its rows: label -> [(line, count)]."""
    answer = read_text(text, "generated.txt")
    rows: dict[str, list[tuple[int, int]]] = {}
    for table in answer.tables:
        for cell in table.cells:
            rows.setdefault(cell.label or "", []).append((cell.line, cell.count))
    return [(i.reason, i.line, i.text) for i in answer.issues], rows


#: The seeds' form of a generated answer (``tests/test_generated_shapes20.py
#: ::test_a_consistent_answer_reports_exactly_its_double_counts[programme_by_province_years]``,
#: seed 5010), cut to its table's first three pages: ``Tweedekansonderwijs`` alone atop page 2,
#: the first line of the name of the row below it; page 3 opens with another row's name.
WORDS_ATOP_ONE_PAGE = """\
2. Hieronder vindt u het aantal geslaagde unieke cursisten per opleiding. De 
cijfers voor 2018-2019 zijn voorlopig. Voor 2020 zijn de voorlopige cijfers pas 
beschikbaar half november 2020.

Provincie Opleiding 2015-2016 2016-2017 2017-2018 2018-2019 2019-2020*
Antwerpen Tweedekansonderwijs kinderzorg met algemene vorming - 
2de jaar 43 36 19 29 56
Totaal Antwerpen 43 36 19 29 56
Tweedekansonderwijs zorgkundige - tweede jaar  51 34 51 60
Professionele bachelor verpleegkunde - 3de 
jaar 49 31 713 69 18
Limburg Professionele bachelor  verpleegkunde individueel 
traject 43 21 232  57
Hoger beroepsonderwijs verpleegkunde 
- 3de jaar 207 65 4 46 55 
Se-n-se tandartsassistent  57 31 329  
Graduaat  orthopedagogie - 3de jaar  408 10 38 41
Se-n-se opvoeder leefgroepenwerking 7 41 58  65

\f
Tweedekansonderwijs 
Opvoeder jeugd -en gehandicaptenzorg - 3de jaar  40 59 43 21 
Totaal Limburg 305 709 1141 559 305 
Tweedekansonderwijs zorgkundige -
tweede jaar 11  54 1 54
Professionele bachelor verpleegkunde 
- 3de jaar 552 40  5 45

Oost-Vlaanderen

Professionele bachelor verpleegkunde individueel traject 29 20  22 11 
Hoger beroepsonderwijs verpleegkunde - 3de 
jaar 3 46  41 34
Hoger beroepsonderwijs 
verpleegkunde individueel traject 
- module 5 20 215 24 14  
Se-n-se 
tandartsassistent 56 52  206  
Se-n-se
opvoeder
leefgroepenwerking 34 46 31 22 58 

\f
Tweedekansonderwijs kinderzorg 
met algemene vorming - 2de jaar 13  578 41 48
Totaal Oost-Vlaanderen 698 411 676 352 240
"""


def test_words_atop_one_page_that_another_page_opens_without_are_the_names_start():
    # (before: a words-over-row warning, "they may be a page's running header"; a running header
    # heads every page, and page 3 opens with ``Tweedekansonderwijs kinderzorg``)
    issues, rows = _read(WORDS_ATOP_ONE_PAGE)
    assert issues == []
    assert rows["Tweedekansonderwijs Opvoeder jeugd -en gehandicaptenzorg - 3de jaar"] == [
        (22, 40), (22, 59), (22, 43), (22, 21)]


def _pages(third: str) -> str:
    """Rows over three pages (form feeds), ``Opleidingen in de zorg`` atop page 2 over a row,
    `third` the first line of page 3, over the table's header printed again."""
    return "\n".join([
        "1. Hieronder vindt u het aantal gestarte cursisten per opleiding.", "",
        "Opleiding 2019 2020", "Kinderbegeleider 10 3", "Zorgkundige 11 4", "\f",
        "Opleidingen in de zorg", "Apotheekassistent 14 7", "Logistiek helper 15 8", "\f",
        third, "Opleiding 2019 2020", "Lasser 18 11", "Totaal 68 33", ""])


def test_words_atop_one_page_that_the_next_page_opens_without_are_the_names_start():
    # (before: said as words-over-row, though page 3 opens with prose)
    issues, rows = _read(_pages("In de tabel hieronder de rest."))
    assert issues == []
    assert rows["Opleidingen in de zorg Apotheekassistent"] == [(8, 14), (8, 7)]


def test_words_atop_every_later_page_are_still_said():
    """What stays: the same words atop page 3 too (over the header printed again): a running
    header or a name's first line, nothing tells — read as printed and said."""
    issues, rows = _read(_pages("Opleidingen in de zorg"))
    assert issues == [("words-over-row", 7, "Opleidingen in de zorg")]
    assert rows["Opleidingen in de zorg Apotheekassistent"] == [(8, 14), (8, 7)]


#: The seeds' form of a generated answer (``tests/test_generated_shapes20.py
#: ::test_the_seeds_form_reads_back_exactly[code_two_totals_column]``, seed 5013), cut to its
#: table: ``Professionele leefgroepenwerking module`` / ``5 voor 45 61  21 127``, the name wrapped
#: before its module's number, printed the same twelve lines apart (the pages run together).
NAME_WRAPPED_BEFORE_ITS_NUMBER = """\
2. Hieronder vindt u het aantal stopgezette unieke cursisten per 
opleiding. Het aanbod werd uitgebreid naar alle Vlaamse 
provincies, ook naar Limburg en West-Vlaanderen. Er zijn in elke 
provincie VDAB-bemiddelaars die exclusief ingezet worden voor 
onderwijs. Voor 2023 zijn de voorlopige cijfers pas beschikbaar 
half november 2023.

Provincie Opleiding 2019-2020 2020-2021 2021-2022 2022-2023 Totaal
Professionele 
beroepsonderwijs lerarenopleiding 44 37 42 29 152 
Tweedekansonderwijs 
bachelor beroepsonderwijs 
knelpuntvakken 25 18 47 12 102 
Educatieve en onderwijs sec 27 9 12 36 84
Verkorte verkort 
2 - 3 21 17 45 695 778 
Professionele 
leefgroepenwerking module 5 voor 19  16 19 54

Limburg

Hoger zorgkundige individueel 
graduaatsopleiding 53  15 41 109
Graduaat vorming bachelor kleuteronderwijs 
- 1 59 11  38 108 
Totaal Limburg 244 76 169 866 1355
Professionele beroepsonderwijs
lerarenopleiding 4 54 24 26 108 
Educatieve 
en onderwijs sec 48 3 53 301 405
Verkorte verkort 2 - 
3 23 34 58 45 160 
Professionele leefgroepenwerking module 
5 voor   19  19 
Graduaat vorming  bachelor kleuteronderwijs
- 1  33 5  38
Totaal West-Vlaanderen 65 124 149 372 704
Professionele 
beroepsonderwijs 
lerarenopleiding  59 702 56 817
Tweedekansonderwijs bachelor beroepsonderwijs knelpuntvakken 760 25  27 812
Educatieve  en onderwijs sec 37 56 17 71 181 Oost-Vlaanderen
Verkorte  verkort
2 - 3 29 34 25 23 111 
Professionele leefgroepenwerking module
5 voor 45 61  21 127 
Hoger 
zorgkundige individueel graduaatsopleiding 12 5  9 26
Graduaat vorming bachelor
kleuteronderwijs - 1  8  32 40
Totaal Oost-Vlaanderen 880 248 736 220 2084
Eindtotaal 1189 445 1054 1451 4133
"""


def test_a_names_first_line_before_its_own_number_is_no_running_header():
    # (before: both places said as words-over-row: ``5 voor …`` was taken for a row that opens a
    # name of its own; ``module`` asks for the number that opens the line below)
    issues, rows = _read(NAME_WRAPPED_BEFORE_ITS_NUMBER)
    assert issues == []
    assert [line for line, _ in rows["Professionele leefgroepenwerking module 5 voor"]] == [18] * 4 + [34] * 2 + [46] * 4


def test_a_names_first_line_glued_after_a_footer_before_its_own_number_is_kept():
    # (before: the words left as the next page's running header, said, and the row named ``5 voor``)
    text = ("1. Hieronder vindt u het aantal gestarte cursisten per opleiding.\n\nOpleiding 2019 2020\n"
            "Kinderbegeleider 10 3\nZorgkundige 11 4\nPagina 1 van 2Professionele leefgroepenwerking module\n"
            "5 voor 14 7\nLasser 12 5\nTotaal 47 19\n")
    issues, rows = _read(text)
    assert issues == []
    assert rows["Professionele leefgroepenwerking module 5 voor"] == [(7, 14), (7, 7)]
    assert "5 voor" not in rows


#: The seeds' form of a generated answer (``tests/test_generated_shapes20.py
#: ::test_the_seeds_form_reads_back_exactly[programme_by_province_years]``, seed 5100), cut: the
#: name ``Educatieve lerarenopleiding`` atop page 2 (its only break), ``(SLO) 283 …`` below it.
def _bracket_below(first: str) -> str:
    return "\n".join([
        "1. Hieronder vindt u het aantal gestarte cursisten per opleiding.", "",
        "Opleiding 2019 2020", "Kinderbegeleider 10 3", "Zorgkundige 11 4", "\f",
        first, "(SLO) 283 44", "Lasser 18 11", "Totaal 322 62", ""])


def test_a_names_first_line_over_its_bracketed_abbreviation_is_no_running_header():
    # (before: said as words-over-row: ``(SLO) 283 44`` was taken for a row that opens a name of
    # its own; a name opens with no bracket)
    issues, rows = _read(_bracket_below("Educatieve lerarenopleiding"))
    assert issues == []
    assert rows["Educatieve lerarenopleiding (SLO)"] == [(8, 283), (8, 44)]


def test_words_over_a_row_that_opens_its_own_name_at_the_only_break_are_still_said():
    """What stays: the same words over a row whose name opens with a capital, the only page's
    break right above them: a running header or a name's first line, nothing tells — said."""
    text = _bracket_below("Educatieve lerarenopleiding").replace("(SLO) 283 44", "Verpleegkunde 283 44")
    issues, rows = _read(text)
    assert issues == [("words-over-row", 7, "Educatieve lerarenopleiding")]
    assert rows["Educatieve lerarenopleiding Verpleegkunde"] == [(8, 283), (8, 44)]


#: The seeds' form of a generated answer (``tests/test_generated_shapes18.py
#: ::test_the_seeds_form_reads_back_exactly[code_marks]``, seed 5100), cut to its two tables: the
#: first prints blanks as ``x`` under three periods; the second, one column under a caption that
#: ends in ``Aantal``, has the row ``444455: Professionele onderwijs:`` / ``(SLO) - 1 46``.
ONE_COLUMN_BELOW_A_MARKED_TABLE = """\
Unieke geslaagde cursisten 2017-2018 2018-2019 2019-2020
Zorg
250231: bijkomende - tweede jaar orthopedagogie knelpuntvakken onderwijs - 1ste jaar 5 x 47 
Subtotaal zorg 5 x 47
Onderwijs
214713: vorming
(SLO) x 40 14 
279071: lager - 2de jaar - deel 2 
graduaatsopleiding 43 46 38 
298628: vorming niveau 5 fase 1- 2 onderwijs x 22 55
Subtotaal onderwijs 43 108 103 
Techniek
968794: orthopedagogie met master module 5 beroepsonderwijs leefgroepenwerking traject 9 16 23
Subtotaal techniek 9 16 23
Totaal 52 124 164

Een opleidingstraject kan op individuele basis verlengd worden, bv. 
voor 75 van de 540 cursisten. VDAB heeft de afgelopen jaren sterk 
ingezet op het verbreden van het erkende opleidingsaanbod.

2. Hieronder vindt u de gevraagde gegevens voor 2023. 
De cijfers geven het aantal stopgezette cursisten weer 
van januari 2023 tot en met oktober 2023. De 
definitieve cijfers voor 2023 zijn beschikbaar vanaf 1 
februari 2024.

Unieke cursisten die hun opleiding stopgezet hebben Aantal
057932: Se-n-se knelpuntvakken 
bijkomende apotheekassistent tandartsassistent vorming 21
444455: Professionele onderwijs: 
(SLO) - 1 46
658059: bachelor Se-n-se bijkomende bachelor jaar 1
onderwijs: (SLO) 40
Totaal inschrijvingen 107
Totaal unieke cursisten 95
"""


def test_a_names_dash_under_one_column_below_a_table_of_three_periods_is_no_blank():
    # (before: the caption ``Unieke cursisten die hun opleiding stopgezet hebben Aantal`` was no
    # header of one column to the blank marks' reader, which counted the periods of the table above
    # (three): ``- 1 46`` read as a blank and two figures, an unreadable-table error)
    issues, rows = _read(ONE_COLUMN_BELOW_A_MARKED_TABLE)
    assert issues == []
    assert rows["Professionele onderwijs: (SLO) - 1"] == [(31, 46)]


#: The ``.xlsx`` annex of a generated answer (``tests/test_newer_shapes_property.py
#: ::test_the_annex_reads_back_exactly``, seed 5100, one sheet, numbers as text), as its rows read:
#: a small table on its side (``Jaar 2017``, three measures), then a table whose header is its
#: caption and its periods, the total column first.
CAPTION_HEADER_BELOW_A_TABLE_ON_ITS_SIDE = """\
Jaar 2017
Gestarte cursisten 47
Geslaagde cursisten 16
Cursisten die stopten 40
Unieke cursisten met stopgezette en uitgevoerde maar niet geslaagde OKOT'(s) Totaal maart 2020 april 2020 mei 2020
377465: Graduaat verpleegkunde 593 28 58 456
593844: Bachelor verpleegkunde 100 50 20 30
Totaal 693 78 78 486
"""


def test_a_caption_header_of_periods_ends_the_table_on_its_side_above():
    # (before: a header of periods whose first words are a caption (unit words, ``Unieke cursisten
    # met …``) rather than a row key did not end the unkeyed region above it (``Jaar 2017`` on its
    # side): it was read as a row of that table and the rows below as more-figures-than-periods
    # errors; regions._caption_header)
    issues, rows = _read(CAPTION_HEADER_BELOW_A_TABLE_ON_ITS_SIDE)
    assert issues == []
    assert rows["Graduaat verpleegkunde"] == [(6, 593), (6, 28), (6, 58), (6, 456)]


#: The seeds' form of a generated answer (``tests/test_generated_shapes20.py
#: ::test_the_seeds_form_reads_back_exactly[programme_by_province_years]``, seed 5117), cut to its
#: table: ``Specifieke bachelor`` / ``- tweede jaar sec 13  30 43`` printed the same twelve lines
#: apart (the pages run together).
NAME_OVER_ITS_STAGE_AFTER_A_DASH = """\
secundair onderwijs. De cijfers voor 2022-2023 zijn 
voorlopig.

Provincie Opleiding 2020-2021 2021-2022 2022-2023 2023-2024* Totaal
Se-n-se voor kinderzorg secundair 2 - 3 49  61 60 170
Educatieve verkort bachelor
vorming 
modules 1- 4 14 58 36 10 118
Specifieke bachelor - 
tweede jaar sec 28 40 31 48 147
Opvoeder gehandicaptenzorg niveau 
5 216 35 30 20 301
Antwerpen

Graduaat kleuteronderwijs -
1 master 56 33 79 21 189
Opvoeder apotheekassistent vorming voor module 5
beroepsonderwijs 49 51 66  166
Totaal Antwerpen 412 217 292 159 1080 
Tweedekansonderwijs onderwijs beroepsonderwijs - 2de 
jaar 19 328 24 25 396
Limburg Opvoeder
apotheekassistent vorming voor  module 
5 beroepsonderwijs 55 1 16 26 98
Totaal Limburg 66 329 31 50 476 
Se-n-se voor kinderzorg
secundair 2 - 3 20 49 68 10 147
 
Oost-Vlaan

deren

Educatieve 
verkort bachelor
vorming modules 1- 4 13    13
Specifieke  bachelor
- tweede jaar sec  13  30 43
Tweedekansonderwijs onderwijs beroepsonderwijs - 2de 
jaar 34 14 38 18 104
Graduaat kleuteronderwijs - 1 master  19 20  39
Opvoeder apotheekassistent vorming 
voor 
module 5 beroepsonderwijs 33 37 46 32 148 
Totaal Oost-Vlaanderen 97 119 160 84 460
Hoger orthopedagogie master knelpuntvakken leefgroepenwerking 1124 2 49 15 1190
Se-n-se voor kinderzorg secundair 2 - 3 346 1415 23 48 1832
Educatieve verkort bachelor vorming modules 1- 4 16 39 38 60 153
Specifieke bachelor
- tweede jaar sec 10 7 41 24 82 
Opvoeder apotheekassistent vorming voor module 5 beroepsonderwijs 20 48 23 264 355 
Totaal West-Vlaanderen 1516 1511 155 411 3593
Se-n-se voor kinderzorg secundair 2 -
3 11 39 10 47 107 Brussel
Educatieve verkort  bachelor vorming modules 1- 4 22 212 36 45 315
Opvoeder gehandicaptenzorg niveau 5  55 36 34 125
Graduaat kleuteronderwijs - 1 master 30 30   60 
Opvoeder apotheekassistent vorming voor module 
5 beroepsonderwijs 11 44 50  105
Totaal Brussel 74 373 126 112 685 
Eindtotaal 2157 2544 752 812 6242
"""


def test_a_names_first_line_over_its_stage_after_a_dash_is_no_running_header():
    # (before: both places said as words-over-row: ``- tweede jaar sec …`` was taken for a row
    # that opens a name of its own; a dash set apart goes on with the name above)
    issues, rows = _read(NAME_OVER_ITS_STAGE_AFTER_A_DASH)
    assert issues == []
    assert sorted({line for line, _ in rows["Specifieke bachelor - tweede jaar sec"]}) == [10, 37, 49]


def test_words_over_an_age_class_that_opens_with_its_dash_are_still_said():
    """What stays: ``-25 jaar`` opens a row of its own (an age class, its dash glued to its
    number): words over it at a page's only break are said as before."""
    text = _bracket_below("Opleidingen in de zorg").replace("(SLO) 283 44", "-25 jaar 283 44")
    issues, _ = _read(text)
    assert issues == [("words-over-row", 7, "Opleidingen in de zorg")]


#: ``pdftotext -layout`` of a generated PDF (``tests/test_generated_shapes20.py
#: ::test_the_layout_text_of_the_pdf_reads_back_exactly[programme_by_province_years]``, seed 5106),
#: cut to its third table: the name ``Professionele bijkomende 2 -`` / ``3`` wrapped in its cell,
#: its range's end alone below it; on page 5 that row is the page's first.
RANGE_END_BELOW_A_PAGES_FIRST_ROW = """\
\f3. Hieronder vindt u het aantal stopgezette unieke cursisten per opleiding.

Provincie             Opleiding                            2021          2022*

                      Tweedekansonderwijs                     77
                      kleuteronderwijs kinderzorg
Vlaams-Brabant        beroepsonderwijs kinderzorg

                      Professionele bijkomende 2 -            34           27
                      3

Totaal Vlaams-Brabant                                         91           27




                                                                   3/6
\f                 Specifieke lager                38
                 orthopedagogie individueel -
                 tweede jaar

                 Tweedekansonderwijs                         25
                 kleuteronderwijs kinderzorg
                 beroepsonderwijs kinderzorg

                 Graduaat vakbevoegdheid -                   61
                 tweede jaar voor met
                 lerarenopleiding

                 Professionele bijkomende 2 -    34          13
Limburg          3

                 Graduaat gehandicaptenzorg      48          43
                 tandartsassistent bijkomende

                 Verkorte graduaatsopleiding -   30          49
                 1 ste jaar

                 Verkorte traject bachelor       24

                 Verkorte orthopedagogie           6         49
                 jeugd- - tweede jaar
                 orthopedagogie
                 graduaatsopleiding

Totaal Limburg                                   180         236




                                                       4/6
\f                   Professionele bijkomende 2 -    39          26
                   3

West-Vlaanderen    Verkorte orthopedagogie                     54
                   jeugd- - tweede jaar
                   orthopedagogie
                   graduaatsopleiding

Totaal West-Vlaanderen                             39          62

                   Specifieke lager                46           3
                   orthopedagogie individueel -
                   tweede jaar

                   Tweedekansonderwijs             38          20
                   kleuteronderwijs kinderzorg
                   beroepsonderwijs kinderzorg

                   Graduaat vakbevoegdheid -       22          29
                   tweede jaar voor met
                   lerarenopleiding
Antwerpen
                   Professionele bijkomende 2 -   1047          1
                   3

                   Graduaat gehandicaptenzorg      19          36
                   tandartsassistent bijkomende

                   Verkorte traject bachelor                   34

                   Verkorte orthopedagogie         13
                   jeugd- - tweede jaar
                   orthopedagogie
                   graduaatsopleiding



                                                         5/6
\fTotaal Antwerpen                                           1172         123

Eindtotaal                                                 1472         448

*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.




                                                                  6/6
"""


def test_a_ranges_end_below_a_pages_first_row_stays_the_labels():
    """The ``3`` alone right under page 5's first row (the text below it a line's gap away) is
    that row's label's range end, as on the other pages, never the page's number dropped."""
    issues, rows = _read(RANGE_END_BELOW_A_PAGES_FIRST_ROW)
    assert issues == []
    assert "Professionele bijkomende 2 -" not in rows
    assert (52, 39) in rows["Professionele bijkomende 2 - 3"]
    assert (52, 26) in rows["Professionele bijkomende 2 - 3"]


@pytest.mark.parametrize("top, line", [
    ("", 54),  # the page's top line
    ("                   Vlaams Parlement\n", 55),  # right under words that are no row
])
def test_a_page_number_alone_atop_a_page_stays_furniture(top, line):
    """What stays: a page's number alone among its top lines, a line's gap over the page's first
    row and under no row, is the page's, not a row's: it is dropped and the rows read as before."""
    text = RANGE_END_BELOW_A_PAGES_FIRST_ROW.replace(
        "\f                   Professionele bijkomende 2 -    39",
        "\f" + top + "                                                 5\n\n                   Professionele bijkomende 2 -    39")
    assert text != RANGE_END_BELOW_A_PAGES_FIRST_ROW
    issues, rows = _read(text)
    assert issues == []
    assert (line, 39) in rows["Professionele bijkomende 2 - 3"]
    assert all(count != 5 for cells in rows.values() for _, count in cells)


#: A table on its side whose rows name what they count (unit words) and whose counts happen to be
#: years: the rows print numbers alone, no header of a caption over periods.
UNIT_ROWS_WHOSE_COUNTS_ARE_YEARS = """\
Jaar 2020 2021
Gestarte cursisten 2021 2022
Geslaagde cursisten 16 17
Unieke cursisten 40 41
"""


def test_a_row_of_unit_words_whose_counts_are_years_is_no_caption_header():
    issues, rows = _read(UNIT_ROWS_WHOSE_COUNTS_ARE_YEARS)
    assert issues == []
    assert rows["Gestarte cursisten"] == [(2, 2021), (2, 2022)]
    assert rows["Unieke cursisten"] == [(4, 40), (4, 41)]
