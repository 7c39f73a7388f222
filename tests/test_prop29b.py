"""Regressions found by the generated-shape and round-trip properties run at new random seeds
(session 29, second wave: ``--hypothesis-seed`` 5001 and on, ``tests/test_generated_shapes18.py``,
``tests/test_generated_shapes20.py``, ``tests/test_generated_shapes22.py``,
``tests/test_roundtrip_property.py``, ``tests/test_roundtrip27.py``): each a false finding on an
answer built correct, its falsifying example cut to the table it went wrong in."""

from __future__ import annotations

import pytest

from test_prop29 import _read

from okot_audit import read_text
from okot_audit.audit import audit


def _errors(text: str) -> list[str]:
    """The messages of the error findings of `text` audited."""
    return [f.message for f in audit(read_text(text, "generated.txt")).findings if f.severity == "error"]


#: ``pdftotext -layout`` of a generated PDF (``test_generated_shapes20.py``, the layout-text case
#: ``[programme_by_province_years]``, seed 5003), cut to its last table: the table runs on to page 4
#: without its header, and pdftotext lays that page out on its own grid, where the figures of the
#: second column end at two places (a three-digit figure at 74, a two-digit one at 78): five
#: columns of figures for the table's four. The page's full rows (``63 12 62 137``, the subtotal's
#: ``202 366 203 771``) say which of the table's columns each stands in.
LATER_PAGE_A_COLUMN_ENDING_AT_TWO_PLACES = """\
Vlaams Parlement - Schriftelijke vragen en antwoorden


Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector

JO BOURNS
VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW

ANTWOORD
op vraag nr. 212 van 23 juli 2022
van JAN LAEREMANS

3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.

Unieke cursisten met stopgezette en                      oktober      november        december
                                                                                                     Totaal
uitgevoerde maar niet geslaagde OKOT'(s)                    2021          2021            2021*

Techniek

131075: lerarenopleiding individueel traject -
                                                               65                48           8          121
module 5

249444: apotheekassistent - 3de jaar - 1 ste
                                                               36                            28          64
jaar

543596: Se-n-se kleuteronderwijs en verkort
                                                               18                5           396         419
lager vorming - deel 2


                                                                Pagina 3 van 4
\fVlaams Parlement - Schriftelijke vragen en antwoorden


Totaal techniek                                         115                 53       430   598

Bouw

459496: kleuteronderwijs Se-n-se Se-n-se
                                                          63                12       62    137
algemene vorming Specifieke

554645: onderwijs jaar 1 en vorming
                                                          10                43       57    110
Educatieve met - 1 ste jaar

556231: individueel Specifieke
                                                          21           253                 274
apotheekassistent voor Se-n-se opvoeder

717762: lager tandartsassistent                           49                                49

838106: met vorming zorgkundige
leefgroepenwerking individueel traject - module           15                62       50    127
5 module 5 onderwijs:

863630: onderwijs graduaatsopleiding
lerarenopleiding algemene lerarenopleiding                65                         34     99
fase 1- 2 verpleegkunde

Subtotaal bouw                                          202            366           203   771

Totaal                                                  312            406           621   1339

*Voor het jaar december 2021 zijn enkel cijfers opgenomen van de eerste jaarhelft.

"""


def test_a_later_pages_column_ending_at_two_places_is_placed_by_its_full_rows():
    """Before, the page's columns, more than the table's, were left where they stood and read by
    the first page's: ``Totaal`` (ending at 94) fell under ``december 2021*`` (ending at 95) —
    ``556231`` read 274 in 2021-12, a false ``Subtotaal bouw`` error (203 below a part of 274)."""
    issues, cells = _read(LATER_PAGE_A_COLUMN_ENDING_AT_TWO_PLACES)
    assert issues == []
    assert cells["row", "556231"] == {"2021-10": 21, "2021-11": 253, "Totaal": 274}
    assert cells["row", "717762"] == {"2021-10": 49, "Totaal": 49}
    assert cells["row", "863630"] == {"2021-10": 65, "2021-12": 34, "Totaal": 99}
    assert _errors(LATER_PAGE_A_COLUMN_ENDING_AT_TWO_PLACES) == []


#: The seeds' form of a generated answer (``test_generated_shapes22.py``
#: ``::test_thousands_apart_by_a_space_never_pass_unread``, seed 5003), thousands apart by a space,
#: cut to its second table: ``570000`` prints a blank's dash, then 1.215 (``1 215``), 65 and
#: 1.280 (``1 280``) — or, as the label's ``bachelor - 1`` reads, 215, 65, 1 and 280.
DASH_BEFORE_SPACED_THOUSANDS = """\
2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een
opleiding heeft stopgezet.

Unieke cursisten die hun opleiding
stopgezet hebben 2019-2020 2020-2021 2021-2022* Totaal
Zorg
021629: Specifieke - 2de jaar 24 - 35 59
504363: tandartsassistent
jaar 1 -1ste
jaar 82 41 - 123
Subtotaal zorg 102 41 35 155
Techniek
570000: lerarenopleiding zorgkundige
modules 1- 4 bachelor - 1 215 65 1 280
860841: jeugd-
verpleegkunde fase 1- 2 knelpuntvakken
met - 49 25 73
945789: onderwijs sec 33 48 31 112
Totaal techniek 33 1 312 115 1 459
Totaal 130 1 351 143 1 581

*Voor het jaar 2021-2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.
"""


def test_a_dash_before_a_count_whose_thousands_a_space_sets_apart_is_a_blanks_mark_where_the_totals_say():
    """Before, the reading that gives the label ``- 1`` was the only one (the numbers more than
    the periods shown the label's): 215 in 2019-2020, a false ``Totaal techniek`` error (33 below a
    part of 215). The dash as a blank's mark before 1.215 is offered too; only it fits the totals."""
    issues, cells = _read(DASH_BEFORE_SPACED_THOUSANDS)
    assert issues == []
    assert cells["row", "570000"] == {"2020-2021": 1215, "2021-2022": 65, "Totaal": 1280}
    assert _errors(DASH_BEFORE_SPACED_THOUSANDS) == []


def test_a_dash_before_figures_the_label_owns_stays_the_labels_where_the_totals_say():
    """The other side: ``bachelor - 1`` whose ``1`` is the label's, in a table that prints
    thousands apart elsewhere (``1 033``), is still read so where only that reading fits the
    totals (1.215 in 2020-2021 would be above its total, 150)."""
    text = DASH_BEFORE_SPACED_THOUSANDS
    for old, new in (
        ("945789: onderwijs sec 33 48 31 112", "945789: onderwijs sec 1 033 48 31 1 112"),
        ("Totaal techniek 33 1 312 115 1 459", "Totaal techniek 1 240 150 50 1 400"),
        ("Totaal 130 1 351 143 1 581", "Totaal 1 300 160 60 1 500"),
    ):
        assert old in text
        text = text.replace(old, new)
    issues, cells = _read(text)
    assert issues == []
    assert cells["row", "945789"] == {"2019-2020": 1033, "2020-2021": 48, "2021-2022": 31, "Totaal": 1112}
    assert cells["row", "570000"] == {"2019-2020": 215, "2020-2021": 65, "2021-2022": 1, "Totaal": 280}
    assert _errors(text) == []


#: The seeds' form of a generated answer (``test_generated_shapes22.py``
#: ``::test_thousands_apart_by_a_space_never_pass_unread``, seed 5006), cut to its first table:
#: 2015 blank (``n.b.``), then 1.020 with its thousands apart by a no-break space, in a row and in
#: the sector's total line; the grand total prints ``1 037`` too.
BLANK_BEFORE_SPACED_THOUSANDS_IN_A_TOTAL_LINE = """\
1. Hieronder vindt u een overzicht van het aantal 
gestarte unieke cursisten in de verschillende 
opleidingen. Het aanbod werd uitgebreid naar alle 
Vlaamse provincies, ook naar Limburg en 
West-Vlaanderen. De groep werkzoekenden in 
onderstaande tabel is niet dezelfde groep als deze 
uit vraag 13.

Unieke cursisten met gestarte OKOT'(s) 2015 2016 2017 2018 2019
Zorg
230322: traject knelpuntvakken kinderzorg opvoeder onderwijs modules 1- 4 opvoeder n.b. 1\xa0020 33 28 40
Totaal zorg n.b. 1\xa0020 33 28 40
Bouw
406906: Professionele - 1 ste jaar onderwijs: individueel traject - module 5 25 21 25 65 31
Subtotaal bouw 25 21 25 65 31 
Totaal 25 1\xa0037 58 88 68
"""


def test_a_total_lines_blank_before_a_count_whose_thousands_a_space_sets_apart_is_read_as_its_rows_are():
    """Before, the row was read both ways (a blank and 1.020, or 1 and 20) but its sector's total
    line ``Totaal zorg  1 020 33 28 40`` only as 1 and 20 (the total line's readings never asked
    whether the table prints thousands apart): the row followed it, a false ``Totaal`` error in
    2016 (1.037 over subtotals of 41)."""
    issues, cells = _read(BLANK_BEFORE_SPACED_THOUSANDS_IN_A_TOTAL_LINE)
    assert issues == []
    assert cells["row", "230322"] == {"2016": 1020, "2017": 33, "2018": 28, "2019": 40}
    assert cells["subtotal", "Totaal zorg"] == {"2016": 1020, "2017": 33, "2018": 28, "2019": 40}
    assert _errors(BLANK_BEFORE_SPACED_THOUSANDS_IN_A_TOTAL_LINE) == []


#: The layout text of a generated annex (``test_generated_shapes18.py
#: ::test_the_annex_reads_back_exactly[province_turned]``, seed 5001: a sheet each table, figures as
#: text), its second table left out: a table of provinces turned (years down its rows, a blank cell
#: marked ``x``), then a caption and a table by nationality.
PROVINCES_TURNED_THEN_NATIONALITIES = """\
Aantal unieke gestarte cursisten per provincie

Jaar   Limburg   Brussel   Totaal
2016        43         x       43
2017         x        21       21

Aantal unieke stopgezette cursisten naar nationaliteit

Nationaliteit   2021-2022   2022-2023
Belg                   44
EU                                 40
niet-EU                13           2
Totaal                 57          42
"""


def test_a_header_by_nationality_below_a_turned_table_of_provinces_heads_its_own_table():
    # (before: a false table-like-lines error — the region opened at ``Jaar Limburg Brussel Totaal`` ran
    # on past the caption, as a header ends a region only where _ROW_KEY names its first word, which
    # lacked ``nationaliteit``; the transposed table then replaced that region whole, the nationality
    # table with it; seed 5001 of test_generated_shapes18)
    issues, cells = _read(PROVINCES_TURNED_THEN_NATIONALITIES)
    assert issues == []
    assert cells["row", "Belg"] == {"2021-2022": 44}
    # (both tables' totals: the turned table's ``Totaal`` column by year, the nationalities' line)
    assert cells["total", "Totaal"] == {"2016": 43, "2017": 21, "2021-2022": 57, "2022-2023": 42}


#: The seeds' form of a generated answer (``tests/test_roundtrip_property.py
#: ::test_blank_cells_keep_their_columns``, seed 5009), cut to its first two blocks (2015, its
#: period in the prose): the name ``Educatieve 2 - 3 individueel …`` wrapped with its range's
#: ``2`` alone on a line and ``- 3`` opening the line of the row's count.
RANGE_START_ALONE_ON_A_LINE = """\
1. Hieronder vindt u de gevraagde gegevens voor
2015. De cijfers geven het aantal gestarte
cursisten weer voor het volledige jaar 2015. De
cijfers hieronder geven het aantal unieke
cursisten per opleiding en per provincie weer.

Provincie Opleiding Aantal
000002: Educatieve
2
- 3 individueel - 1ste jaar Educatieve Educatieve 1
Totaal Antwerpen 1
000000: Educatieve - 1ste jaar - 1ste jaar Educatieve Educatieve Educatieve 2
000001: Educatieve - 1ste jaar Educatieve Educatieve 2
000002: Educatieve 2 - 3 individueel - 1ste jaar Educatieve Educatieve 1
000005: Educatieve - 1ste jaar 1
000006: Educatieve - 1ste jaar Educatieve Educatieve Educatieve Educatieve 1
Totaal Limburg 6
"""


def test_a_ranges_start_alone_on_a_line_of_a_wrapped_name_leaves_no_stray_number():
    # (before: the row 000002 of Antwerpen read the 2 alone as its count, 2 at line 9, and its
    # line '- 3 individueel … 1' was said as a stray-number warning, numbers 3 and 1: the 2 opens
    # the name's range '2 - 3', which the line below goes on with; the row's count is that line's 1)
    answer = read_text(RANGE_START_ALONE_ON_A_LINE, "generated.txt")
    assert answer.issues == []
    assert [(c.line, c.label, c.count) for t in answer.tables for c in t.cells if c.code == "000002"] == [
        (10, "Educatieve 2 - 3 individueel - 1ste jaar Educatieve Educatieve", 1),
        (14, "Educatieve 2 - 3 individueel - 1ste jaar Educatieve Educatieve", 1)]


def test_a_lone_digit_above_a_dash_and_a_smaller_digit_opens_no_range():
    """What stays: ``2`` alone, then ``- 1 …``: no range (a name's range rises), so nothing proves
    the 2 the name's — its line below is said, not silently folded into the name."""
    text = RANGE_START_ALONE_ON_A_LINE.replace("2\n- 3 individueel", "2\n- 1 individueel")
    issues, _ = _read(text)
    assert [(i.kind, i.line) for i in issues] == [("stray-number", 10)]


#: The seeds' form of a generated answer (``tests/test_generated_shapes22.py
#: ::test_every_blank_mark_in_the_seeds_form_reads_back_exactly``, seed 5012), cut to its table: a
#: blank's mark ``/`` right after the name's own range (``… modules 1-`` / ``4 2 - 3 / 65 24 ``),
#: the first period blank.
A_SLASH_AFTER_THE_NAMES_RANGE = """\
1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.

Aantal unieke gestarte cursisten per opleiding 2015 2016 2017
Techniek
009695: traject -en apotheekassistent graduaatsopleiding -en 52 39 30
779572: Graduaat individueel traject - modules 1-
4 2 - 3 / 65 24 
Subtotaal techniek 52 104 54
Totaal 52 104 54
"""


@pytest.mark.parametrize("mark_after", ["4 2 - 3", "4"])
def test_a_blanks_slash_after_the_names_own_number_is_no_word_of_the_name(mark_after):
    # (before: the counts right, the label ``… modules 1- 4 2 - 3 /`` — a name never ends in a lone
    # slash; it marks the first period's blank)
    text = A_SLASH_AFTER_THE_NAMES_RANGE.replace("4 2 - 3 /", f"{mark_after} /")
    answer = read_text(text, "generated.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.code == "779572"] == [
        (f"Graduaat individueel traject - modules 1- {mark_after}", period, count)
        for period, count in (("2016", 65), ("2017", 24))]
