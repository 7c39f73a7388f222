"""Generated answers read wrong, or refused, under seeds no earlier run saw (session 31: the
generated-shape properties of ``tests/test_generated_shapes*.py``,
``tests/test_newer_shapes_property.py`` and ``tests/test_prop2*.py`` at ``--hypothesis-seed``
6010 to 6040, under the dev profile): each one found, as the exact text the generator printed
or cut to its table."""

from __future__ import annotations

import io

import pytest

from okot_audit import audit, read_text


def _cells(answer) -> list[tuple]:
    return [(t.measure, c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]


# The annex of a generated answer (``test_newer_shapes_property.py``
# ``::test_the_annex_reads_back_exactly``, seed 6010; numbers as text, one sheet): measures as
# rows (no total line), then the next table's caption, which names its year, and its header of
# one column of counts (``Geslacht  Aantal``). The header was no header there: the caption was
# read as a row of the table above (its year a count, ``ambiguous-alignment``) and so were the
# next table's rows, every one refused.
ANNEX_ROWS = [
    ["Jaar", "januari 2020", "februari 2020"],
    ["Gestarte cursisten", "30", " 44 "],
    ["Geslaagde cursisten", " 44 ", "31"],
    ["Cursisten die stopten", "2", " 56 "],
    [],
    ["Aantal unieke geslaagde cursisten naar geslacht in 2018"],
    [],
    ["Geslacht", "Aantal"],
    ["Man", "295"],
    ["Vrouw", " 8 "],
    ["Subtotaal", "303"],
    ["Onbekend", " 710 "],
    ["Totaal", "1 013"],
]


def test_a_one_count_column_header_below_its_caption_ends_a_table_without_a_total_line_in_an_annex() -> None:
    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    from openpyxl import Workbook

    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    book = Workbook()
    for row in ANNEX_ROWS:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    answer = parse_answer(source_from_bytes(buffer.getvalue(), "annex.xlsx"))
    assert answer.issues == []
    assert [c[1:] for c in _cells(answer) if c[0] == "graduated" and c[3] == "2018"] == [
        ("row", "Man", "2018", 295, 9), ("row", "Vrouw", "2018", 8, 10), ("subtotal", "Subtotaal", "2018", 303, 11),
        ("row", "Onbekend", "2018", 710, 12), ("total", "Totaal", "2018", 1013, 13),
    ]
    assert sorted((c[0], c[2], c[3], c[4]) for c in _cells(answer) if c[3] != "2018") == [
        ("graduated", "Geslaagde cursisten", "2020-01", 44), ("graduated", "Geslaagde cursisten", "2020-02", 31),
        ("started", "Gestarte cursisten", "2020-01", 30), ("started", "Gestarte cursisten", "2020-02", 44),
        ("stopped_or_failed", "Cursisten die stopten", "2020-01", 2),
        ("stopped_or_failed", "Cursisten die stopten", "2020-02", 56),
    ]


# The same in text (laid out as the annex's cells are): the caption's year and the next table's
# figures were read as counts of the table above, SILENTLY — ``Aantal unieke … in`` counting 2018
# in February, ``Opleiding Aantal Bouw`` 295 in January, ``Totaal`` 303 closing January's column
# (an information finding on persons "counted twice", nothing more).
MEASURES_THEN_ONE_COUNT_COLUMN = """\
Aantal OKOT-cursisten bij VDAB.

Jaar                    januari 2020   februari 2020
Gestarte cursisten                30              44
Geslaagde cursisten               44              31

Aantal unieke geslaagde cursisten naar opleiding in 2018

Opleiding   Aantal
Bouw            295
Zorg              8
Totaal          303
"""


def test_a_one_count_column_header_below_its_caption_ends_a_table_without_a_total_line() -> None:
    answer = read_text(MEASURES_THEN_ONE_COUNT_COLUMN, "g.txt")
    assert answer.issues == []
    assert _cells(answer) == [
        ("started", "row", "Gestarte cursisten", "2020-01", 30, 4),
        ("started", "row", "Gestarte cursisten", "2020-02", 44, 4),
        ("graduated", "row", "Geslaagde cursisten", "2020-01", 44, 5),
        ("graduated", "row", "Geslaagde cursisten", "2020-02", 31, 5),
        ("graduated", "row", "Bouw", "2018", 295, 10),
        ("graduated", "row", "Zorg", "2018", 8, 11),
        ("graduated", "total", "Totaal", "2018", 303, 12),
    ]
    assert not [f for f in audit(answer).findings if f.severity in ("error", "warning")]


def test_a_one_count_column_header_without_a_period_below_a_table_is_refused_as_its_own() -> None:
    """The other side: no caption names the next table's period — that table is refused as
    having none (loud, at its header), and the rows of the table above stay its own."""
    text = MEASURES_THEN_ONE_COUNT_COLUMN.replace(
        "Aantal unieke geslaagde cursisten naar opleiding in 2018\n\n", "")
    answer = read_text(text, "g.txt")
    assert [(i.kind, i.line, i.reason, i.numbers) for i in answer.issues] == [
        ("unreadable-table", 7, "no-period", (295, 8, 303))]
    assert [c[2:] for c in _cells(answer)] == [
        ("Gestarte cursisten", "2020-01", 30, 4), ("Gestarte cursisten", "2020-02", 44, 4),
        ("Geslaagde cursisten", "2020-01", 44, 5), ("Geslaagde cursisten", "2020-02", 31, 5),
    ]


def test_a_one_count_column_header_printed_again_over_more_rows_is_still_a_repeat() -> None:
    """The other side: the same header printed again over more rows of the table (no total
    between: a page break) goes on with the table, as before."""
    text = ("Aantal OKOT-cursisten bij VDAB in 2021.\n\nOpleiding Aantal\nKapper 12\nLasser 15\n\n"
            "Opleiding Aantal\nBakker 4\nTotaal 31\n")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert [c[1:] for c in _cells(answer)] == [
        ("row", "Kapper", "2021", 12, 4), ("row", "Lasser", "2021", 15, 5), ("row", "Bakker", "2021", 4, 8),
        ("total", "Totaal", "2021", 31, 9)]


# Plain ``pdftotext`` (no ``-layout``) of a generated PDF (``test_generated_shapes20.py``
# ``::test_text_with_one_figure_per_line_is_read_right_or_unreadable[programme_by_province_years]``,
# seed 6005), cut to its second table: every cell a paragraph of its own, but the one period's
# cell (``2019*``) kept in one paragraph with the figure below it (``4``). That paragraph was
# counted as a label's lines, not a figure's: the table was said as ``table-like-lines`` (rows
# whose figures were not placed) where the truth is ``one-figure-per-line`` (which figure is
# whose is lost: give the text laid out).
PERIOD_CELL_OVER_ITS_FIGURE = """\
Stuk 123 (2022-2023) - Nr. 1

Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector
JO BOURNS
VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW
ANTWOORD
op vraag nr. 111 van 22 november 2023
van JAN LAEREMANS
1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.
2. Hieronder vindt u het aantal stopgezette unieke cursisten per opleiding.
Provincie

Opleiding

Antwerpen

Tweedekansonderwijs kinderzorg lager sec
modules 1- 4

2019*
4

Totaal Antwerpen

4

1

\fStuk 123 (2022-2023) - Nr. 1

Provincie

Opleiding

2019*

Eindtotaal

4

*Voor het jaar 2019 zijn enkel cijfers opgenomen van de eerste jaarhelft.

2

\f"""


def test_a_period_cell_printed_with_the_figure_below_it_is_still_one_figure_per_line() -> None:
    answer = read_text(PERIOD_CELL_OVER_ITS_FIGURE, "g.txt")
    assert answer.tables == []
    assert [(i.kind, i.reason) for i in answer.issues] == [("unreadable-table", "one-figure-per-line")]


def test_a_label_with_its_count_below_it_is_no_period_cell() -> None:
    """The other side: a paragraph of a label and the count below it (pypdf's one-period table)
    keeps counting as a row's lines, whatever its words: a period alone opens no such paragraph."""
    from okot_audit.parse.unread import one_figure_per_line

    lines = ("Kapper", "12", "", "Lasser", "15", "", "Bakker", "4", "", "Totaal", "31", "")
    assert not one_figure_per_line(lines, 1, len(lines), least=2)
    lines = ("2019*", "12", "", "Lasser", "", "15", "", "4", "", "31", "")
    assert one_figure_per_line(lines, 1, len(lines), least=2)


# The seeds' form of a generated answer (``test_generated_shapes20.py``
# ``::test_the_seeds_form_reads_back_exactly[programme_by_province_years]``, seed 6012), cut to
# its table: the first line of a programme's name, ``Tweedekansonderwijs graduaatsopleiding
# apotheekassistent -``, over ``3de jaar 55`` in Limburg and again over ``3de jaar 57`` in
# Vlaams-Brabant, 26 lines apart. Read rightly as the names' start, but said twice as maybe a page's
# running header (``stray-number`` warnings, ``words-over-row``) — though the line ends open, in a
# dash after a space: its words go on below, as no page's header does.
NAMES_START_ENDING_IN_A_DASH_TWICE = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector

2. Hieronder vindt u het aantal geslaagde unieke cursisten per 
opleiding. In Oost-Vlaanderen loopt sinds 2021 het 
proefproject INTRO met 1596 deelnemers. Een opleidingstraject 
kan op individuele basis verlengd worden, bv. voor 1133 van de 
257 cursisten.

Provincie Opleiding 2018
Tweedekansonderwijs graduaatsopleiding apotheekassistent - 3de 
jaar 25 Antwerpen
Verkorte individueel modules 1- 4 22
Totaal Antwerpen 47
Opvoeder 
vakbevoegdheid bijkomende 43
Graduaat  opvoeder 843
Hoger secundair 
lager 58
Tweedekansonderwijs graduaatsopleiding apotheekassistent - 
3de jaar 55 
Verkorte 
master individueel traject - 
module 5 60 
 
 Lim

b
urg

Verkorte individueel  modules 1- 
4 49
Totaal Limburg 1108
Hoger voor zorgkundige gehandicaptenzorg - deel 
2 sec 25

Vl

aams-Brabant

Opvoeder 
vakbevoegdheid bijkomende 11 
Graduaat
opvoeder 21
Hoger secundair lager 2 
Tweedekansonderwijs graduaatsopleiding apotheekassistent  - 
3de jaar 57
Verkorte
master 
individueel traject - module 5 27
Totaal Vlaams-Brabant 138
Tweedekansonderwijs graduaatsopleiding 
apotheekassistent 
- 3de jaar 27

 
 West
-Vlaan

deren

Totaal West-Vlaanderen 27
Hoger voor zorgkundige gehandicaptenzorg - deel 2 sec 38
Verkorte master individueel traject - module 
5 34
 
B
ru

ssel

Totaal Brussel 72
Eindtotaal 1389
"""


def test_a_names_first_line_ending_in_a_dash_is_no_running_header() -> None:
    answer = read_text(NAMES_START_ENDING_IN_A_DASH_TWICE, "g.txt")
    assert answer.issues == []
    assert [(c.label, c.count) for t in answer.tables for c in t.cells if c.line in (20, 46)] == [
        ("Tweedekansonderwijs graduaatsopleiding apotheekassistent - 3de jaar", 55),
        ("Tweedekansonderwijs graduaatsopleiding apotheekassistent - 3de jaar", 57),
    ]


def test_the_same_line_not_ending_in_a_dash_is_still_said() -> None:
    """The other side: the same words without their dash, twice at a page's distance over rows
    whose names open on their own, may still be a running header: said, as before."""
    text = NAMES_START_ENDING_IN_A_DASH_TWICE.replace("apotheekassistent - \n", "apotheekassistent\n").replace(
        "apotheekassistent  - \n", "apotheekassistent\n")
    answer = read_text(text, "g.txt")
    assert [(i.kind, i.line, i.reason) for i in answer.issues] == [
        ("stray-number", 19, "words-over-row"), ("stray-number", 45, "words-over-row")]


# The seeds' form of a generated answer (``test_generated_shapes18.py``
# ``::test_the_seeds_form_reads_back_exactly``, seed 6040), cut to its table: code 769509's name,
# ``tandartsassistent module 5 tandartsassistent Educatieve``, wrapped after ``module  5`` (two
# spaces in the name), its figures ``42 x`` on the name's second line. The name's 5, after two
# spaces, is read as the row's figure in 2023 (2022 blank), and ``42`` as a stray number: a wrong
# cell, said only by the stray number and the subtotal's error beside it. With one space the row
# reads exactly. Mended in session 31 (parse/regions.py ``_name_number_over_figures``: where the
# next line, no code, prints the row's figures for every period, the number above is the name's;
# more cases in tests/test_twospace31.py).
NAMES_NUMBER_AFTER_TWO_SPACES = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector

Unieke cursisten die hun opleiding stopgezet hebben 2022 2023
Zorg
529805: secundair 1.569 1.800
551735: Opvoeder zorgkundige - 1 2 - 
3 49 19
Subtotaal zorg 1.612 1.819 
Onderwijs
670022: bijkomende 
individueel lager verpleegkunde Verkorte Graduaat x 49
Totaal onderwijs x 49
Techniek
606160: educ - verkort traject - 2de jaar tandartsassistent 
bachelor module 5 14 30 
769509: tandartsassistent module  5
tandartsassistent Educatieve 42 x
803836: bachelor
module 5 bijkomende - 1ste jaar 51 61

\f
878316: master - 1 ste jaar module 5 36 27
Subtotaal techniek 142 109
Totaal 1.754 1.977
"""


def test_a_names_number_after_two_spaces_above_the_rows_figures_is_the_names() -> None:
    answer = read_text(NAMES_NUMBER_AFTER_TWO_SPACES, "g.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.code == "769509"] == [
        ("tandartsassistent module 5 tandartsassistent Educatieve", "2022", 42)]
