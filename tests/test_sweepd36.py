"""Generated answers read wrong, or said where nothing was wrong, under seeds no earlier run saw
(session 36, sweep d: the generated-shape properties listed in ``tests/test_sweepc36.py``'s
docstring plus the ``@given`` files of session 36 — ``tests/test_silentd36.py``,
``tests/test_sweepc36.py``, ``tests/test_typo36.py`` — at ``--hypothesis-seed`` 6116 onwards, each
file whole, under the dev profile, one file at a time with ``-x``): seeds 6116 to 6119 swept
whole, 6120 in part; 6116 found nothing; 6117 (newer_shapes_property, the PDF's own words: a
row's figures a sub-column right), 6118 (shapes18: a numbered sentence below a total-only table
kept it open — mended; shapes20, pypdf: a name's number read as a figure) and 6119
(newer_shapes_property, layout text: a figure between two columns said ambiguous). The cases read from the PDF
itself (word positions) are kept as the exact generated PDF in ``tests/data``: their pdftotext text
reads right, so no text cut shows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from okot_audit import read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

DATA = Path(__file__).parent / "data"


def _pdf(name: str):
    return parse_answer(source_from_bytes((DATA / name).read_bytes(), "generated.pdf"))


# ``test_newer_shapes_property.py::test_the_pdf_reads_back_exactly``, seed 6117: a table of
# programmes under two periods of three sub-columns (gestopt / gestart / geslaagd), its first row's
# name wrapped (``Graduaat kinderzorg - 3de`` / ``jaar 54 40 46  35 54``), the second
# ``Hoger master verkort 14 · 32 7 211 ·``. The words sit right under their sub-columns
# (``7`` ends at x 363.3 under ``gestopt`` 2022-2023, ``211`` at 416.3 under ``gestart``), and
# ``pdftotext -layout`` of the same PDF reads right; but the PDF reader put 7 under ``gestart`` and
# 211 under ``geslaagd`` of 2022-2023 — with no issue of the reader; only the totals rules say
# something is wrong (``Totaal`` 2022-2023 gestart 393 over rows summing to 200). A minimal PDF with the same rows, unwrapped, reads right: the
# cause is in how the page's rows are laid against the columns, not yet found.
@pytest.mark.xfail(strict=True, reason="PDF reader shifts a row's 2022-2023 figures one sub-column right "
                   "(7 read as gestart, 211 as geslaagd) though their words sit under gestopt and gestart")
def test_figures_under_sub_columns_read_where_they_stand():
    answer = _pdf("sweepd36_wrapped_first_row_6117.pdf")
    got = sorted((t.measure, c.period, c.count) for t in answer.tables for c in t.cells
                 if c.level == "row" and c.label == "Hoger master verkort")
    assert got == [
        ("graduated", "2021-2022", 32),
        ("started", "2022-2023", 211),
        ("stopped_or_failed", "2021-2022", 14),
        ("stopped_or_failed", "2022-2023", 7),
    ]


# ``test_generated_shapes18.py::test_the_pdf_reads_back_exactly[province_turned]``, seed 6118, cut
# to its first two tables (``pdftotext -layout`` of the PDF; the PDF itself read the same): a table
# of only ``Totaal 137 110`` under ``Opleiding 2018 2019``, then question 2's sentence whose first
# line ends ``De cijfers voor 2018``, then the next table under ``2017 2018``. Laid-out text keeps
# no blank line between a table's last line and the sentence below it, and the sentence was no
# paragraph end for a table of its total alone: its year was said as a figure that fits no column
# (``no-fit``) and the table went on — the next table's header read as a row (2017 and 2018 as
# counts) and all its rows as started under 2018 and 2019, not graduated under 2017 and 2018,
# said nowhere. The model: a numbered item's sentence (a paragraph's words and a sentence's end)
# ends a table of its total alone, as it ends one of rows without a total line.
PROSE_YEAR_UNDER_A_TOTAL_ONLY_TABLE = """\
1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.

Opleiding                                               2018        2019

Totaal                                                   137            110

2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een diploma behaalde. De cijfers voor 2018
zijn voorlopig.

Unieke cursisten met uitgevoerde,
geslaagde, OKOT'(s)                                     2017        2018

Zorg                                                        x              x

200248: secundair niveau 5 - deel 2 algemene               35           38

Totaal zorg                                                35           38

Onderwijs                                                   x              x
"""


def test_a_numbered_sentence_below_a_total_alone_ends_its_table():
    answer = read_text(PROSE_YEAR_UNDER_A_TOTAL_ONLY_TABLE, "generated.txt")
    assert answer.issues == []
    got = [(t.measure, [(c.line, c.label, c.period, c.count) for c in t.cells]) for t in answer.tables]
    assert got[0] == ("started", [(5, "Totaal", "2018", 137), (5, "Totaal", "2019", 110)])
    assert got[1][0] == "graduated"
    assert got[1][1][:4] == [
        (15, "secundair niveau 5 - deel 2 algemene", "2017", 35),
        (15, "secundair niveau 5 - deel 2 algemene", "2018", 38),
        (17, "Totaal zorg", "2017", 35),
        (17, "Totaal zorg", "2018", 38),
    ]


def test_the_same_pdf_read_from_its_words_ends_the_table_too():
    answer = _pdf("sweepd36_prose_year_under_column_6118.pdf")
    assert answer.issues == []
    assert [(t.measure, [p.label for p in t.periods]) for t in answer.tables][:2] == [
        ("started", ["2018", "2019"]), ("graduated", ["2017", "2018"])]


# ``test_generated_shapes20.py::test_single_spaced_text_of_the_pdf_never_passes_unread
# [code_two_totals_column]`` (extractor ``pypdf``), seed 6118, cut to its tables: single-spaced
# text of a ruled PDF, a graduated table under ``2015** 2016 2017 2018 2019* Totaal`` whose header
# is printed again on page 3, over ``805571: leefgroepenwerking`` / ``Opvoeder module 5 46 58 53 29
# 186`` — five figures for six columns, 2018 blank (the totals say so: 43 - 43). The name's own
# ``5`` was read as the row's 2015 figure and the rest shifted left one column; the totals rules
# said it (seven errors), so it is loud, not silent — but wrong. The same table cut from the first
# table above it reads right; the first table (a province block over ``februari 2020 maart
# 2020``) is part of the cause, not yet found.
NAME_NUMBER_TAKEN_FOR_A_FIGURE = """\
Provincie Opleiding februari 2020 maart 2020
West-Vlaanderen
022920: leefgroepenwerking
algemene
leefgroepenwerking
Tweedekansonderwijs
beroepsonderwijs 2 - 3
37 30
056386: -en lerarenopleiding
modules 1- 4 niveau 5
kleuteronderwijs
tandartsassistent Verkorte
41 15
134921: Se-n-se lager sec
-en Hoger kinderzorg x 26
335094: met - verkort traject -
2de jaar 1.799 28
393163: opvoeder
zorgkundige master 20 27
Pagina 1 van 3Provincie Opleiding februari 2020 maart 2020
426106: master
gehandicaptenzorg -en
lerarenopleiding
58 x
498408: kinderzorg
Specifieke individueel voor
graduaatsopleiding - 3de jaar
met
54 x
894331: master
tandartsassistent -en
individueel traject - module 5
knelpuntvakken individueel
traject - modules 1- 4
vakbevoegdheid
gehandicaptenzorg
28 13
Totaal West-Vlaanderen 2.014 126
Eindtotaal 2.014 126
2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een diploma behaalde.
Unieke cursisten met
uitgevoerde, geslaagde,
OKOT'(s)
2015** 2016 2017 2018 2019* Totaal
400378: opvoeder bachelor
opvoeder onderwijs: niveau 5
- 1
11 53 67 43 1.591 1.765
Pagina 2 van 3Unieke cursisten met
uitgevoerde, geslaagde,
OKOT'(s)
2015** 2016 2017 2018 2019* Totaal
805571: leefgroepenwerking
Opvoeder module 5 46 58 53 29 186
Totaal inschrijvingen 57 111 120 43 1.620 1.951
Totaal unieke cursisten 57 103 109 43 1.615 1.927
*Voor het jaar 2019 zijn enkel cijfers opgenomen van de eerste jaarhelft.
**De cijfers voor 2015 zijn voorlopig en kunnen nog wijzigen.
Pagina 3 van 3
"""


@pytest.mark.xfail(strict=True, reason="single-spaced text: a name's closing number (``module 5``) on a "
                   "row with a blank period is read as its first period's figure, after a province table")
def test_a_names_number_on_a_row_with_a_blank_period_is_no_figure():
    answer = read_text(NAME_NUMBER_TAKEN_FOR_A_FIGURE, "generated.txt")
    got = sorted((c.period, c.count) for t in answer.tables if t.measure == "graduated" for c in t.cells
                 if c.level == "row" and c.label.startswith("leefgroepenwerking"))
    assert got == [("2015", 46), ("2016", 58), ("2017", 53), ("2019", 29), ("Totaal", 186)]


# ``test_newer_shapes_property.py::test_the_layout_text_of_the_pdf_reads_back_exactly``, seed 6119,
# cut to its table: ``pdftotext -layout``, the row ``888781: bachelor jeugd- leefgroepenwerking
# verpleegkunde opvoeder`` printed ``5 · 6`` (2022-2023 5, 2023-2024 blank, 2024-2025 6) with its
# name wrapped; pdftotext set the ``5`` at column 57, between the first column's figures (ending
# at 51-53) and the second's (66-68). Said as ``positions-ambiguous`` (loud, nothing read wrong);
# the page's word positions, or the row's wrapped name's lines, might tell it, not yet found.
FIGURE_BETWEEN_TWO_COLUMNS = """\
Vlaams Parlement - Schriftelijke vragen en antwoorden


Unieke cursisten met                     2022-2023          2023-2024   2024-2025*
uitgevoerde, geslaagde,
OKOT'(s)

395649: gehandicaptenzorg                          33             11            45
lager individueel - 1
secundair knelpuntvakken
educ

Subtotaal                                          33             11            45

629337: algemene master                            17                           13
Educatieve Se-n-se

632966: traject bachelor fase                      55              5            13
1- 2

811756: verkort (SLO)                              16             50            1
individueel traject - module 5

888781: bachelor jeugd-                                 5                       6
leefgroepenwerking
verpleegkunde opvoeder

925557: Professionele en                          243             46            2
individueel kinderzorg 2 - 3
educ opvoeder

975179: master master - 2e                                                      16
jaar -1ste jaar met

Totaal                                            357             97            84

*Voor het jaar 2024-2025 zijn enkel cijfers opgenomen van de eerste jaarhelft.
"""


@pytest.mark.xfail(strict=True, reason="pdftotext -layout sets a row's lone first figure between two "
                   "columns (a blank beside it); said positions-ambiguous, not read")
def test_a_lone_figure_set_between_two_columns_is_read_in_the_first():
    answer = read_text(FIGURE_BETWEEN_TWO_COLUMNS, "generated.txt")
    assert answer.issues == []
    got = sorted((c.period, c.count) for t in answer.tables for c in t.cells
                 if c.level == "row" and c.code == "888781")
    assert got == [("2022-2023", 5), ("2024-2025", 6)]
