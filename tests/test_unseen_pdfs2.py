"""New answers as PDFs and as the text each common extractor makes of them (review pdf11):
several pages with a running header that holds a question's number and a date, a page number
in the footer, a table broken over a page break, labels wrapped in their cells, blank cells
printed as ``-``, a province matrix under a long caption. The texts below are what
``pdftotext -layout``, pdfplumber's and pypdf's ``extract_text()`` printed for such PDFs (cut to
the rows that matter); each test asserts the exact cells and findings a correct reader gives."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes


def read(data: bytes | str, name: str) -> tuple[list[tuple], list[tuple]]:
    """The cells (level, key, period, count) and the findings other than information of `data`."""
    raw = data.encode() if isinstance(data, str) else data
    answer = parse_answer(source_from_bytes(raw, name))
    cells = [(c.level, c.code or c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells]
    found = [(f.rule, f.line, f.label or f.training_code) for f in audit(answer).findings if f.severity != "info"]
    return cells, found


def rows(table: dict[str, list[int | None]], periods: list[str], level: str = "row") -> list[tuple]:
    return [(level, key, p, v) for key, values in table.items() for p, v in zip(periods, values) if v is not None]


# --- A running header with a question's number and a date, run into the table ---------------

YEARS = ["2019", "2020", "2021", "2022"]
RUNNING = {
    "908015": [134, 95, 8, 79],
    "908017": [60, 89, 91, 69],
    "908020": [92, 1, 85, 8],
    "908032": [64, 48, 18, 66],
}
RUNNING_TOTAL = [348, 233, 200, 222]

RUNNING_TEXT = """\
Vlaams Parlement - Schriftelijke vraag 211 - 3 februari 2023
Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - onderwijs
ANTWOORD
Tabel 1: Unieke cursisten met gestarte OKOT('s)
Opleiding 2019 2020 2021 2022*
908015: Specifieke lerarenopleiding (SLO) 134 95 8 79
908017: Educatieve graduaatsopleiding 60 89 91 69
Pagina 1 van 2
Vlaams Parlement - Schriftelijke vraag 211 - 3 februari 2023
Opleiding 2019 2020 2021 2022*
908020: Verkorte educatieve master 92 1 85 8
908032: Educatieve bachelor voor secundair 64 48 18 66
onderwijs: knelpuntvakken - 2de jaar
Totaal 348 233 200 222
* 2022: enkel de eerste jaarhelft (januari tot en met juni 2022).
Pagina 2 van 2
"""


@pytest.mark.parametrize("joined", ["\n", "\n\n"])
def test_a_running_header_with_a_date_between_a_tables_pages_is_no_row(joined):
    # pdfplumber's and pypdf's text of the pages, joined: the running header of page 2
    # ("... vraag 211 - 3 februari 2023") was read as a row counting 2023, no placement of the
    # real rows fitted the totals any more, and every row of the table was an error.
    text = RUNNING_TEXT.replace("Pagina 1 van 2\n", "Pagina 1 van 2" + joined)
    cells, found = read(text, "a.txt")
    assert cells == rows(RUNNING, YEARS) + rows({"Totaal": RUNNING_TOTAL}, YEARS, "total")
    assert found == []


# --- Labels wrapped in their cells over a page break (pdfplumber, pypdf) --------------------

STARTED = {
    "908001": [17, 127, 121, 54], "908002": [None, None, 111, 1], "908003": [69, 59, 27, 8],
    "908004": [None, 3, 98, 109], "908005": [136, 113, 60, 57], "908011": [75, 107, 26, 76],
    "908012": [86, 129, 109, 49], "908013": [128, 130, 9, 104], "908014": [45, 96, None, 28],
    "908015": [134, 95, 8, 79], "908016": [101, 44, 4, 139], "908017": [60, 89, 91, 69],
    "908018": [2, 132, 133, 53], "908019": [15, 94, 52, 106], "908020": [92, 1, 85, 8],
    "908024": [46, 47, 66, None], "908031": [19, None, None, None], "908032": [64, 48, 18, 66],
    "908033": [44, 76, 83, 30],
}
STARTED_TOTAL = [1133, 1388, 1098, 1034]
#: pdfplumber: a row's figures on the first line of its label, the rest of the label below.
STARTED_PLUMBER = """\
Vlaams Parlement - Schriftelijke vraag 211 - 3 februari 2023
Onderwijskwalificerende opleidingstrajecten (OKOT's) - onderwijs
Tabel 1: Unieke cursisten met gestarte OKOT('s)
Opleiding 2019 2020 2021 2022*
908001: Educatieve bachelor voor kleuteronderwijs - 17 127 121 54
1ste jaar
908002: Educatieve bachelor voor kleuteronderwijs - 111 1
2de jaar
908003: Educatieve bachelor voor kleuteronderwijs - 69 59 27 8
3de jaar
908004: Educatieve bachelor voor kleuteronderwijs - 3 98 109
verkort traject - 1 ste jaar
908005: Educatieve bachelor voor kleuteronderwijs - 136 113 60 57
verkort traject - 2de jaar
908011: Educatieve bachelor voor lager onderwijs - 75 107 26 76
1ste jaar
908012: Educatieve bachelor voor lager onderwijs - 86 129 109 49
2de jaar
908013: Educatieve bachelor voor lager onderwijs - 128 130 9 104
3de jaar
908014: Educatieve bachelor voor lager onderwijs - 45 96 28
verkort traject -1ste jaar
908015: Specifieke lerarenopleiding (SLO) 134 95 8 79
908016: Verkorte educ bachelor voor sec onderwijs - 101 44 4 139
bijkomende vakbevoegdheid
908017: Educatieve graduaatsopleiding 60 89 91 69
908018: Verkorte educatieve bacheloropleiding 2 132 133 53
Pagina 1 van 2
Vlaams Parlement - Schriftelijke vraag 211 - 3 februari 2023
Opleiding 2019 2020 2021 2022*
908019: Verkorte educatieve bacheloropleiding - 2e 15 94 52 106
jaar
908020: Verkorte educatieve master 92 1 85 8
908024: Educatieve bachelor voor lager onderwijs - 46 47 66
verkort traject - 2de jaar
908031: Educatieve bachelor voor secundair 19
onderwijs: knelpuntvakken - 1ste jaar
908032: Educatieve bachelor voor secundair 64 48 18 66
onderwijs: knelpuntvakken - 2de jaar
908033: Educatieve bachelor voor secundair 44 76 83 30
onderwijs: knelpuntvakken - 3de jaar
Totaal 1133 1388 1098 1034
* 2022: enkel de eerste jaarhelft (januari tot en met juni 2022).
Bron: VDAB, datawarehouse, bewerking Departement WSE.
Pagina 2 van 2"""
#: pypdf: the figures on a line of their own below the label.
STARTED_PYPDF = """\
Vlaams Parlement - Schriftelijke vraag 211 - 3 februari 2023
Onderwijskwalificerende opleidingstrajecten (OKOT's) - onderwijs
Tabel 1: Unieke cursisten met gestarte OKOT('s)
Opleiding 2019 2020 2021 2022*
908001: Educatieve bachelor voor kleuteronderwijs -
1ste jaar
17 127 121 54
908002: Educatieve bachelor voor kleuteronderwijs -
2de jaar
 111 1
908003: Educatieve bachelor voor kleuteronderwijs -
3de jaar
69 59 27 8
908004: Educatieve bachelor voor kleuteronderwijs -
verkort traject - 1 ste jaar
 3 98 109
908005: Educatieve bachelor voor kleuteronderwijs -
verkort traject - 2de jaar
136 113 60 57
908011: Educatieve bachelor voor lager onderwijs -
1ste jaar
75 107 26 76
908012: Educatieve bachelor voor lager onderwijs -
2de jaar
86 129 109 49
908013: Educatieve bachelor voor lager onderwijs -
3de jaar
128 130 9 104
908014: Educatieve bachelor voor lager onderwijs -
verkort traject -1ste jaar
45 96 28
908015: Specifieke lerarenopleiding (SLO) 134 95 8 79
908016: Verkorte educ bachelor voor sec onderwijs -
bijkomende vakbevoegdheid
101 44 4 139
908017: Educatieve graduaatsopleiding 60 89 91 69
908018: Verkorte educatieve bacheloropleiding 2 132 133 53
Pagina 1 van 2
Vlaams Parlement - Schriftelijke vraag 211 - 3 februari 2023
Opleiding 2019 2020 2021 2022*
908019: Verkorte educatieve bacheloropleiding - 2e
jaar
15 94 52 106
908020: Verkorte educatieve master 92 1 85 8
908024: Educatieve bachelor voor lager onderwijs -
verkort traject - 2de jaar
46 47 66 
908031: Educatieve bachelor voor secundair
onderwijs: knelpuntvakken - 1ste jaar
19 
908032: Educatieve bachelor voor secundair
onderwijs: knelpuntvakken - 2de jaar
64 48 18 66
908033: Educatieve bachelor voor secundair
onderwijs: knelpuntvakken - 3de jaar
44 76 83 30
Totaal 1133 1388 1098 1034
"""


@pytest.mark.parametrize("text", [STARTED_PLUMBER, STARTED_PYPDF], ids=["pdfplumber", "pypdf"])
def test_rows_wrapped_in_their_cells_are_read_and_only_rows_with_blanks_are_left_to_the_reader(text):
    # "kleuteronderwijs - 17 127 121 54" / "1ste jaar": the 17 could be the label's own number
    # after its hyphen ("traject - 1"), but the label goes on below the figures, so the hyphen
    # parts its words; pypdf's "bacheloropleiding - 2e" / "jaar" / "15 94 52 106": "jaar 15"
    # looked like a label's number ("module 5") though "2e" numbers the year already. With the
    # rows whose blanks single spaces cannot place, several placements fitted the totals and
    # twelve of the nineteen rows were errors, not read. Only rows with a blank cell are now.
    cells, found = read(text, "a.txt")
    blanks = {code for code, values in STARTED.items() if None in values}
    full = {code: values for code, values in STARTED.items() if code not in blanks}
    assert [c for c in cells if c[0] == "row"] == rows(full, YEARS)
    assert sorted(f[2] for f in found) == sorted(blanks)
    assert {f[0] for f in found} == {"ambiguous-alignment"}


@pytest.mark.parametrize("label, below, count", [
    ("908001: Educatieve bachelor voor kleuteronderwijs - 17", "1ste jaar", True),
    ("908005: Educatieve bachelor voor kleuteronderwijs - 136", "verkort traject - 2de jaar", True),
    ("908004: Educatieve bachelor voor kleuteronderwijs - verkort traject - 1", "ste jaar", False),
    ("900714: Hoger beroepsonderwijs verpleegkunde individueel traject - modules 1- 4", "(deeltijds)", False),
    ("900715: Hoger beroepsonderwijs verpleegkunde individueel traject - module 5", "(deeltijds)", False),
])
def test_which_number_after_a_hyphen_is_a_count_when_the_label_goes_on_below(label, below, count):
    # "traject - 1" / "ste jaar": the 1 is the label's (its ordinal's ending goes on below); a
    # range ("modules 1- 4") and a counting word ("module 5") keep theirs too.
    from okot_audit.parse.cells import count_after_separator

    assert count_after_separator(label, below) is count


#: ``pdftotext -layout`` of the same table over two pages, its header not repeated on the
#: second: each page is laid out on its own character grid, the second's figures two to four
#: characters right of the first's.
STARTED_LAYOUT = """\
                                                                Vlaams Parlement - Schriftelijke vraag 211 - 3 februari 2023



Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - onderwijs
Vraag nr. 211 van 3 februari 2023 van Jan Peeters aan Jo Brouns, Vlaams minister van Economie,
ANTWOORD

Tabel 1: Unieke cursisten met gestarte OKOT('s)

Opleiding                                                       2019           2020          2021          2022*
908001: Educatieve bachelor voor kleuteronderwijs -                   17           127           121             54
1ste jaar
908002: Educatieve bachelor voor kleuteronderwijs -                                              111               1
2de jaar
908003: Educatieve bachelor voor kleuteronderwijs -                   69            59             27              8
3de jaar
908004: Educatieve bachelor voor kleuteronderwijs -                                   3            98           109
verkort traject - 1 ste jaar
908005: Educatieve bachelor voor kleuteronderwijs -                 136            113             60            57
verkort traject - 2de jaar
908011: Educatieve bachelor voor lager onderwijs -                    75           107             26            76
1ste jaar
908012: Educatieve bachelor voor lager onderwijs -                    86           129           109             49
2de jaar
908013: Educatieve bachelor voor lager onderwijs -                  128            130              9           104
3de jaar
908014: Educatieve bachelor voor lager onderwijs -                    45            96                           28
verkort traject -1ste jaar
908015: Specifieke lerarenopleiding (SLO)                           134             95              8            79
908016: Verkorte educ bachelor voor sec onderwijs -                 101             44              4           139
bijkomende vakbevoegdheid
908017: Educatieve graduaatsopleiding                                 60            89             91            69
908018: Verkorte educatieve bacheloropleiding                           2          132           133             53


                                               Pagina 1 van 2
\f                                                                  Vlaams Parlement - Schriftelijke vraag 211 - 3 februari 2023



908019: Verkorte educatieve bacheloropleiding - 2e                      15            94             52           106
jaar
908020: Verkorte educatieve master                                      92              1            85              8
908024: Educatieve bachelor voor lager onderwijs -                      46            47             66
verkort traject - 2de jaar
908031: Educatieve bachelor voor secundair                              19
onderwijs: knelpuntvakken - 1ste jaar
908032: Educatieve bachelor voor secundair                              64            48             18            66
onderwijs: knelpuntvakken - 2de jaar
908033: Educatieve bachelor voor secundair                              44            76             83            30
onderwijs: knelpuntvakken - 3de jaar
Totaal                                                               1133          1388           1098          1034

* 2022: enkel de eerste jaarhelft (januari tot en met juni 2022).
Bron: VDAB, datawarehouse, bewerking Departement WSE.




                                                 Pagina 2 van 2
\f"""


def test_a_page_without_the_tables_header_laid_out_on_its_own_grid_places_rows_by_its_own_figures():
    # "908024 ... 46 47 66" on page 2 (2022 blank): its 46 stood nearer the header's 2020 than
    # its 2019, as page 2's full rows do too — but they, with a figure in every column, placed
    # by order. The row was read one column to the right, with two errors on the total.
    cells, found = read(STARTED_LAYOUT, "a.txt")
    assert cells == rows(STARTED, YEARS) + rows({"Totaal": STARTED_TOTAL}, YEARS, "total")
    assert found == []


#: ``pdftotext -layout`` of a table whose header cells set their period left and whose figures
#: stand right in their cells, under a caption cell over the periods.
LEFT_HEADER = """\
Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - zorg
ANTWOORD

                                                               Aantal unieke gestarte cursisten
Opleiding                                                      2019           2020             2021
900123: Tweedekansonderwijs zorgkundige - 1ste jaar                136               37               96
900124: Tweedekansonderwijs zorgkundige - tweede jaar              118               59               38
900611: Professionele bachelor verpleegkunde - 1ste jaar              95             54
900612: Professionele bachelor verpleegkunde - 2de jaar               20             87               23
900613: Professionele bachelor verpleegkunde - 3de jaar                                             131
900711: Hoger beroepsonderwijs verpleegkunde - 1ste                109               29               35
jaar
900712: Hoger beroepsonderwijs verpleegkunde - 2de                    42             14             130
jaar
900713: Hoger beroepsonderwijs verpleegkunde - 3de                 103              121               99
jaar
Totaal                                                             619              401             547
"""
LEFT_HEADER_ROWS = {
    "900123": [136, 37, 96], "900124": [118, 59, 38], "900611": [95, 54, None], "900612": [20, 87, 23],
    "900613": [None, None, 131], "900711": [109, 29, 35], "900712": [42, 14, 130], "900713": [103, 121, 99],
}


def test_figures_set_right_under_period_labels_set_left_keep_their_columns():
    # "900611 ... 95  54" (2021 blank): 95 stood nearer the label 2020 than 2019, as the full
    # rows' figures of 2019 do; the row was read a column to the right, an error on the total.
    cells, found = read(LEFT_HEADER, "a.txt")
    periods = ["2019", "2020", "2021"]
    assert cells == rows(LEFT_HEADER_ROWS, periods) + rows({"Totaal": [619, 401, 547]}, periods, "total")
    assert found == []


# --- A running header numbered by page, with the question's number among its words ----------

PAGED = """\
Schriftelijke vraag 211 - pagina 1
Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - onderwijs
ANTWOORD
Aantal unieke cursisten met een gestarte OKOT.
Opleiding 2020 2021 2022
908015: Specifieke lerarenopleiding (SLO) 134 95 8
908017: Educatieve graduaatsopleiding 60 89 91
Schriftelijke vraag 211 - pagina 2
908020: Verkorte educatieve master 92 1 85
Totaal 280 180 180
"""


def test_a_running_header_numbered_by_page_with_a_number_among_its_words_is_no_row():
    # pypdf: "Schriftelijke vraag 211 - pagina 2" between the rows was a row counting 2.
    cells, found = read(PAGED, "a.txt")
    periods = ["2020", "2021", "2022"]
    table = {"908015": [134, 95, 8], "908017": [60, 89, 91], "908020": [92, 1, 85]}
    assert cells == rows(table, periods) + rows({"Totaal": [280, 180, 180]}, periods, "total")
    assert found == []


def test_a_row_that_counts_up_by_one_in_the_blocks_is_never_a_running_header():
    # The same words with a number among them, one more in each block, are rows unless the
    # document's first line is such a line: nothing is dropped.
    text = """\
Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - zorg
ANTWOORD
Provincie Opleiding 2021
Antwerpen
Graduaat orthopedagogie - 1ste jaar 1
Totaal Antwerpen 1
Limburg
Graduaat orthopedagogie - 1ste jaar 2
Totaal Limburg 2
Oost-Vlaanderen
Graduaat orthopedagogie - 1ste jaar 3
Totaal Oost-Vlaanderen 3
Eindtotaal 6
"""
    cells, _ = read(text, "a.txt")
    assert [c[3] for c in cells if c[0] == "row"] == [1, 2, 3]


# --- A period's header cell wrapped over two lines in single-spaced text --------------------

WRAPPED_HEAD = {"908001": [124, 59, 105], "908002": [67, 57, None], "908015": [12, 130, 41]}
WRAPPED_HEAD_TOTAL = [200, 240, 140]


@pytest.mark.parametrize("head", [
    "2022\nOpleiding 2020 2021 (voorlopig)",  # pdfplumber: the wrapped cell's first line stands higher
    "Opleiding 2020 2021\n2022\n(voorlopig)",  # pypdf: the header's cells one after the other
], ids=["pdfplumber", "pypdf"])
def test_a_period_whose_header_cell_wrapped_is_a_column_of_its_own(head):
    # "2022 (voorlopig)" wrapped in its cell: 2022 stood on a line of its own, and the table was
    # read with two periods (or only 2022): every row "ends in more figures than periods".
    text = (
        "Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - onderwijs\n"
        "ANTWOORD\nHieronder het aantal unieke cursisten met een gestarte OKOT.\n" + head + "\n"
        "908001: Educatieve bachelor voor kleuteronderwijs - 1ste 124 59 105\njaar\n"
        "908002: Educatieve bachelor voor kleuteronderwijs - 2de 67 57 n.v.t.\njaar\n"
        "908015: Specifieke lerarenopleiding (SLO) 12 130 41\nTotaal 200 240 140\n"
    )
    cells, found = read(text, "a.txt")
    periods = ["2020", "2021", "2022"]
    assert cells == rows(WRAPPED_HEAD, periods) + rows({"Totaal": WRAPPED_HEAD_TOTAL}, periods, "total")
    assert found == []


#: ``pdftotext -layout`` of a landscape page: figures right-aligned in wide cells stand five or
#: six characters right of the centred period labels; the last one carries a superscript mark.
LANDSCAPE = """\
Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - onderwijs
ANTWOORD

Tabel: unieke cursisten met gestarte OKOT('s)

Opleiding                                                                                   2019        2020        2021        2022¹
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar                                      78          75      139              29
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar                                       64      108         129          103
908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar                                       16          51      137              54
908004: Educatieve bachelor voor kleuteronderwijs - verkort traject - 1 ste jaar                   32          18          21       122
908005: Educatieve bachelor voor kleuteronderwijs - verkort traject - 2de jaar                     37      105             87
908011: Educatieve bachelor voor lager onderwijs - 1ste jaar                                       14          91                       2
908012: Educatieve bachelor voor lager onderwijs - 2de jaar                                        62          55      135              15
908013: Educatieve bachelor voor lager onderwijs - 3de jaar                                        71      137             34           79
908014: Educatieve bachelor voor lager onderwijs - verkort traject -1ste jaar                      82          25          70           13
908015: Specifieke lerarenopleiding (SLO)                                                          90                  122              51
Totaal                                                                                         544         663         874          463

\u00b9 2022: enkel januari tot en met juni.
"""
LANDSCAPE_ROWS = {
    "908001": [78, 75, 139, 29], "908002": [64, 108, 129, 103], "908003": [16, 51, 137, 54],
    "908004": [32, 18, 21, 122], "908005": [37, 105, 87, None], "908011": [14, 91, None, 2],
    "908012": [62, 55, 135, 15], "908013": [71, 137, 34, 79], "908014": [82, 25, 70, 13],
    "908015": [90, None, 122, 51],
}
LANDSCAPE_TOTAL = [544, 663, 874, 463]


@pytest.mark.parametrize("mark", ["\u00b9", ""], ids=["superscript", "plain"])
def test_a_landscape_tables_layout_text_is_read_by_position(mark):
    # The text was not taken for laid-out text (its figures end more than four characters from
    # the labels' ends; "2022¹" was no label at all), so its blanks were looked for in single
    # spaces: every row with a blank was an error, and the full rows too, with no total to fit.
    text = LANDSCAPE.replace("2022\u00b9", "2022" + mark)
    cells, found = read(text, "a.txt")
    assert cells == rows(LANDSCAPE_ROWS, YEARS) + rows({"Totaal": LANDSCAPE_TOTAL}, YEARS, "total")
    assert found == []


# --- A province matrix in a narrow column, thousands set apart by a space (pdfplumber) -------

NARROW = """\
Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - zorg
ANTWOORD
Provincie 2019 2020 2021
Antwerpen 1 271 1 151 2 254
Limburg 1 819 1 585 1 390
Oost- 1 305 1 902 2 186
Vlaanderen
Vlaams- 1 911 1 274 1 882
Brabant
West- 1 505 1 838 1 441
Vlaanderen
Brussel 1 301 1 419 2 316
Vlaams 9 112 9 167 11 465
Gewest
"""
NARROW_ROWS = {
    "Antwerpen": [1271, 1151, 2254], "Limburg": [1819, 1585, 1390], "Oost-Vlaanderen": [1305, 1902, 2186],
    "Vlaams-Brabant": [1911, 1274, 1882], "West-Vlaanderen": [1505, 1838, 1441], "Brussel": [1301, 1419, 2316],
}


def test_a_province_matrix_with_wrapped_names_and_spaced_thousands_in_single_spaced_text():
    # "Antwerpen 1 271 1 151 2 254" under three periods: six figures, "more than the periods",
    # every row an error; "Oost- …" / "Vlaanderen" made the rows above Oost-Vlaanderen's block.
    cells, found = read(NARROW, "a.txt")
    periods = ["2019", "2020", "2021"]
    assert cells == rows(NARROW_ROWS, periods) + rows({"Vlaams Gewest": [9112, 9167, 11465]}, periods, "total")
    assert found == []


def test_numbers_that_do_not_pair_as_spaced_thousands_stay_apart():
    from okot_audit.parse import _spaced_thousands

    assert _spaced_thousands("Antwerpen 1 271 1 151 2 254", 3) == "Antwerpen 1.271 1.151 2.254"
    assert _spaced_thousands("Antwerpen 1 271 1 151", 3) == "Antwerpen 1 271 1 151"  # a blank: no sure pairing
    assert _spaced_thousands("Antwerpen 12 15 18 20 22 25", 3) == "Antwerpen 12 15 18 20 22 25"
    assert _spaced_thousands("Antwerpen 120 271 100 151", 2) == "Antwerpen 120 271 100 151"


@pytest.mark.parametrize("words, numbered", [
    (["1ste", "jaar"], False), (["-1ste", "jaar"], False), (["1", "ste", "jaar"], False),
    (["traject", "-", "jaar"], True), (["individueel", "module"], True), (["ste", "jaar"], True),
])
def test_an_ordinal_glued_to_a_hyphen_or_split_from_its_ending_numbers_the_year(words, numbered):
    # The catalogue's own labels print "verkort traject -1ste jaar" and "verkort traject - 1 ste
    # jaar": "jaar 82" looked like a label's number ("module 5"), so a full row of four counts
    # could also be read as three, and with a blank elsewhere in the table it was an error.
    from okot_audit.parse.cells import numbered_word

    assert numbered_word(words) is numbered


def test_full_rows_after_an_ordinal_in_the_catalogues_spellings_are_read():
    text = """\
Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - onderwijs
ANTWOORD
Opleiding 2019 2020 2021 2022
908004: Educatieve bachelor voor kleuteronderwijs - verkort traject - 1 ste jaar 32 18 21 122
908005: Educatieve bachelor voor kleuteronderwijs - verkort traject - 2de jaar 37 105 87
908014: Educatieve bachelor voor lager onderwijs - verkort traject -1ste jaar 82 25 70 13
Totaal 150 145 170 130
"""
    cells, found = read(text, "a.txt")
    got = {c[1]: [] for c in cells}
    for c in cells:
        got[c[1]].append(c[3])
    assert got["908004"] == [32, 18, 21, 122] and got["908014"] == [82, 25, 70, 13]
    assert got["908005"] == [37, 105, 87]  # its blank cell is 2022's: no other fits the totals
    assert ("row", "908005", "2022", 87) not in cells and found == []


# --- Blank cells printed as "-" in a row whose label goes on below its figures -------------

MARKED = {
    "908003": [120, 49, None, 48],
    "908005": [None, 24, 11, 102],
    "908033": [99, None, 55, None],
    "908017": [132, 18, 28, 75],
}
MARKED_TOTAL = [351, 91, 94, 225]
MARKED_PLUMBER = """\
Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - onderwijs
ANTWOORD
Unieke cursisten met uitgevoerde, geslaagde OKOT('s)
Opleiding 2019 2020 2021 2022
908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 120 49 - 48
908005: Educatieve bachelor voor kleuteronderwijs - verkort - 24 11 102
traject - 2de jaar
908033: Educatieve bachelor voor secundair onderwijs: 99 - 55 -
knelpuntvakken - 3de jaar
908017: Educatieve graduaatsopleiding 132 18 28 75
Totaal 351 91 94 225
"""
MARKED_PYPDF = """\
Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - onderwijs
ANTWOORD
Unieke cursisten met uitgevoerde, geslaagde OKOT('s)
Opleiding 2019 2020 2021 2022
908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 120 49 - 48
908005: Educatieve bachelor voor kleuteronderwijs - verkort
traject - 2de jaar
- 24 11 102
908033: Educatieve bachelor voor secundair onderwijs:
knelpuntvakken - 3de jaar
99 - 55 -
908017: Educatieve graduaatsopleiding 132 18 28 75
Totaal 351 91 94 225
"""


@pytest.mark.parametrize("text", [MARKED_PLUMBER, MARKED_PYPDF], ids=["pdfplumber", "pypdf"])
def test_dashes_among_a_rows_figures_are_blanks_when_its_label_goes_on_in_words(text):
    # "onderwijs: 99 - 55 -" / "knelpuntvakken - 3de jaar" (pdfplumber) and "- 24 11 102" on a
    # line of its own (pypdf): the dashes were kept as the label's, the row ended in no count
    # ("cannot read row 908033") and the row above it fitted no placement.
    cells, found = read(text, "a.txt")
    assert cells == rows(MARKED, YEARS) + rows({"Totaal": MARKED_TOTAL}, YEARS, "total")
    assert found == []


def test_a_range_in_a_label_wrapped_below_its_first_number_is_not_made_blank_marks():
    # A dash between a label's own numbers on the line above the figures is no mark.
    text = """\
Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - zorg
ANTWOORD
Opleiding 2019 2020 2021 2022
900714: Hoger beroepsonderwijs verpleegkunde individueel traject - modules 1
- 4 12 13 14 15
900715: Hoger beroepsonderwijs verpleegkunde individueel traject - module 5 - 3 4 5
Totaal 12 16 18 20
"""
    cells, _ = read(text, "a.txt")
    assert rows({"900714": [12, 13, 14, 15]}, YEARS) == [c for c in cells if c[1] == "900714"]


# --- A province matrix under a caption longer than a line of prose ---------------------------

PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel"]
MATRIX_YEARS = ["2018", "2019", "2020"]
MATRIX = {
    "Antwerpen": [787, 1414, 567], "Limburg": [1489, 434, 326], "Oost-Vlaanderen": [1428, 779, 692],
    "Vlaams-Brabant": [1425, 1275, 1113], "West-Vlaanderen": [610, 1371, 1098], "Brussel": [626, 387, 916],
}
MATRIX_TOTAL = [6362, 5656, 4707]
CAPTION = "Tabel 2: aantal unieke cursisten met een gestarte OKOT, per provincie van de opleiding"


def dutch(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def matrix_pdf() -> bytes:
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
    from test_unseen_pdfs import autofit_pdf

    body = [[p, *map(dutch, MATRIX[p])] for p in PROVINCES] + [["Vlaams Gewest", *map(dutch, MATRIX_TOTAL)]]
    head = ["Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - zorg",
            "ANTWOORD", "Een cursist die verhuist, wordt in beide provincies geteld.", CAPTION]
    return autofit_pdf(head, ["Provincie", *MATRIX_YEARS], body, widths=[50, 25, 25, 25], bold=(6,))


MATRIX_CELLS = rows(MATRIX, MATRIX_YEARS) + rows({"Vlaams Gewest": MATRIX_TOTAL}, MATRIX_YEARS, "total")


def test_a_province_matrix_under_a_long_caption_is_read_from_the_pdf():
    # The caption (over 80 characters, with no blank line under it in a PDF's text) made the
    # header look like the last line of a paragraph of prose: no table, an unreadable-table error.
    cells, found = read(matrix_pdf(), "a.pdf")
    assert cells == MATRIX_CELLS
    assert found == []


def test_a_province_matrix_under_a_long_caption_in_single_spaced_text():
    text = "\n".join([
        "Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - zorg",
        "ANTWOORD", CAPTION, "Provincie " + " ".join(MATRIX_YEARS),
        *(f"{p} " + " ".join(map(dutch, MATRIX[p])) for p in PROVINCES),
        "Vlaams Gewest " + " ".join(map(dutch, MATRIX_TOTAL)), "",
    ])
    cells, found = read(text, "a.txt")
    assert cells == MATRIX_CELLS
    assert found == []


def test_a_sentence_that_runs_on_into_a_line_of_years_is_still_prose():
    # The caption's exception is narrow: a long line of prose that runs on into "de jaren 2019
    # 2020 2021" (lower case: the sentence goes on) does not make a header of it.
    text = """\
Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - zorg
ANTWOORD
Het aantal cursisten dat een OKOT in de zorg startte, steeg voortdurend in de loop van
de jaren 2019 2020 2021
Antwerpen 10 12 14
Limburg 8 9 10
"""
    answer = parse_answer(source_from_bytes(text.encode(), "a.txt"))
    assert answer.tables == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
@pytest.mark.parametrize("layout", [True, False], ids=["layout", "raw"])
def test_a_province_matrix_under_a_long_caption_from_pdftotext(tmp_path, layout):
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(matrix_pdf())
    out = tmp_path / "a.txt"
    subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(pdf), str(out)], check=True)
    cells, found = read(out.read_bytes(), "a.txt")
    # (without -layout every cell is a paragraph, in the rows' order here: read as its rows,
    # tests/test_plain29.py; before, one ``unreadable-table``)
    assert cells == MATRIX_CELLS
    assert found == []


#: ``pdftotext -layout`` of a generated PDF (found by tests/test_shapes_forms.py when it ran
#: after tests/test_speed_equivalence.py): figures set right in their cells, the header's years
#: left; the lone ``5`` of ``Verkorte en - 2e jaar`` ends one character right of its column's
#: other figures, nearer the 2023 label than the 2022 one by the labels alone.
LONE_FIGURE_TABLE = [
    'Opleiding                                               2021        2022       2023   2024*',
    '',
    'Zorg',
    '',
    'Tweedekansonderwijs beroepsonderwijs -                      3                    60     38',
    'tweede jaar individueel zorgkundige',
    '',
    'Verkorte en - 2e jaar                                                      5',
    '',
    'Subtotaal zorg                                              3              5     60     38',
    '',
    'Onderwijs',
    '',
    'Specifieke knelpuntvakken lager vorming                    47           29       40      2',
    '',
    'Totaal onderwijs                                           47           29       40      2',
    '',
    'Bouw',
    '',
    'Tweedekansonderwijs vorming vorming - deel                 33           42       35',
    '2 knelpuntvakken',
    '',
    'Se-n-se lerarenopleiding traject - tweede jaar             46           44       55    243',
    'vorming',
    '',
    'Totaal bouw                                                56           81       90    243',
    '',
    'Totaal                                                     99           115    190     281',
]


def test_a_lone_figure_of_a_row_with_blanks_takes_the_column_its_right_edge_shares():
    text = "\n".join([
        "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector", "",
        "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.", "", *LONE_FIGURE_TABLE, "",
        "*Voor het jaar 2024 zijn enkel cijfers opgenomen van de eerste jaarhelft.",
    ])
    answer = read_text(text + "\n", "layout.txt")
    (table,) = answer.tables
    lone = [(c.period, c.count) for c in table.cells if c.label.startswith("Verkorte en")]
    assert lone == [("2022", 5)]
    assert answer.issues == []
