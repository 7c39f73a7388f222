"""Regressions found by the round-trip properties of ``tests/test_read_formats.py`` run at
random seeds (session 28: generated answers → PDF → an extractor's text → read back), each
test holding the extracted text of one falsifying example, cut to the table it went wrong in."""

from __future__ import annotations

import pytest

from okot_audit import read_text


def _read(text: str) -> tuple[list, dict[tuple, tuple]]:
    """The issues of `text` read, and its rows' cells: (code, province, period) → (label, count)."""
    answer = read_text(text, "generated.txt")
    return answer.issues, {
        (c.code, c.province, c.period): (c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"}


def _rows(text: str) -> dict[tuple, tuple]:
    return _read(text)[1]


#: pdfplumber ``extract_text()`` of a province table whose cells sit in the middle of their rows
#: (seed 19): the province's cell, centred beside a row's label, starts the label's last line
#: below the row's count, before a word in capitals (``Antwerpen Professionele``).
PROVINCE_BEFORE_A_CAPITAL = """\
1. Hieronder vindt u de gevraagde gegevens voor 2018.
Provincie Opleiding Aantal
259972: gehandicaptenzorg (SLO) master 31
506910: orthopedagogie - 1 ste jaar -1ste jaar
35
-en
681860: educ gehandicaptenzorg met
615
Antwerpen Professionele
897203: Tweedekansonderwijs Graduaat
27
zorgkundige (SLO)
Totaal Antwerpen 708
506910: orthopedagogie - 1 ste jaar -1ste jaar
36
-en
888372: kinderzorg jeugd- graduaatsopleiding
Limburg 37
verkort
Totaal Limburg 73
Eindtotaal 781
"""

#: The same below a line of the label and the row's count (seed 24, ``Oost-Vlaanderen Graduaat``).
PROVINCE_BEFORE_A_CAPITAL_BELOW_THE_COUNT = """\
1. Hieronder vindt u de gevraagde gegevens voor 2019.
Provincie Opleiding Aantal
264791: met -en fase 1- 2 onderwijs: voor
15
orthopedagogie
Limburg 669374: sec educ Graduaat 16
Totaal Limburg 31
264791: met -en fase 1- 2 onderwijs: voor
60
orthopedagogie
409308: kleuteronderwijs met verkort - 1ste
jaar bachelor - verkort traject - 2de jaar 50
Oost-Vlaanderen Graduaat
669374: sec educ Graduaat 34
Totaal Oost-Vlaanderen 144
Eindtotaal 175
"""

#: pdfplumber ``extract_text(layout=True)`` of the same (seed 35): the province's cell in its
#: column, the label's last line beside it (``Antwerpen   Se-n-se``); every line padded to the
#: page's width, as that extractor prints them.
PROVINCE_BEFORE_A_CAPITAL_LAID_OUT = "".join(line.ljust(82) + "\n" for line in """\
    2. Hieronder vindt u de gevraagde gegevens voor 2018. De cijfers geven het aantal gestarte cursisten weer voor het volledige jaar
    2018. De cijfers hieronder geven het aantal unieke cursisten per opleiding en per provincie weer.
    Provincie   Opleiding                    Aantal
                395772: educ - tweede jaar      51
                461990: traject met en sec beroepsonderwijs
                                                49
    Antwerpen   Se-n-se
                664332: kleuteronderwijs - 2de jaar traject 35
                846985: secundair orthopedagogie - 1 52
    Totaal Antwerpen                           187

                395772: educ - tweede jaar      72
    Brussel     664332: kleuteronderwijs - 2de jaar traject 47
                846985: secundair orthopedagogie - 1 78

    Totaal Brussel                             197
    Eindtotaal                                 384""".split("\n"))


def test_a_province_before_a_capital_word_on_a_labels_last_line_is_the_blocks_cell():
    """``681860: educ gehandicaptenzorg met`` / ``615`` / ``Antwerpen Professionele``: the
    province is the block's cell, the label ``… met Professionele`` (it read ``… met Antwerpen
    Professionele``: a wrong label, silently)."""
    rows = _rows(PROVINCE_BEFORE_A_CAPITAL)
    assert rows["681860", "Antwerpen", "2018"] == ("educ gehandicaptenzorg met Professionele", 615)
    assert rows["888372", "Limburg", "2018"] == ("kinderzorg jeugd- graduaatsopleiding verkort", 37)


def test_a_province_before_a_capital_word_below_a_labels_count_is_the_blocks_cell():
    rows = _rows(PROVINCE_BEFORE_A_CAPITAL_BELOW_THE_COUNT)
    assert rows["409308", "Oost-Vlaanderen", "2019"] == (
        "kleuteronderwijs met verkort - 1ste jaar bachelor - verkort traject - 2de jaar Graduaat", 50)


@pytest.mark.parametrize("line", ["Brussel Hoofdstedelijk Gewest", "Antwerpen Stad"])
def test_a_place_named_on_a_labels_last_line_stays_the_labels(line):
    """A province's name that goes on naming a place (``Antwerpen Stad``, ``Brussel
    Hoofdstedelijk Gewest``) is the label's words, not the block's cell."""
    text = PROVINCE_BEFORE_A_CAPITAL.replace("Antwerpen Professionele", line)
    assert _rows(text)["681860", "Antwerpen", "2018"] == (f"educ gehandicaptenzorg met {line}", 615)


def test_a_province_cell_beside_a_labels_last_line_in_capitals_in_laid_out_text():
    rows = _rows(PROVINCE_BEFORE_A_CAPITAL_LAID_OUT)
    assert rows["461990", "Antwerpen", "2018"] == ("traject met en sec beroepsonderwijs Se-n-se", 49)
    assert rows["664332", "Brussel", "2018"] == ("kleuteronderwijs - 2de jaar traject", 47)


#: pdfplumber ``extract_text(layout=True)`` (seed 13), cut: a row's figures alone on its middle
#: line, its label's last line below them, then the table's header printed again over a new
#: page, its period ending the line (``… OKOT'(s) 2022``).
HEADER_AGAIN_BELOW_A_LABEL = """\
2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een diploma behaalde.
Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s) 2022
241756: jeugd- Graduaat apotheekassistent -
15
1ste jaar Tweedekansonderwijs
Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s) 2022
616157: Tweedekansonderwijs -1ste jaar 6
767756: Specifieke 31
Totaal 52
"""




#: pdfplumber ``extract_text(layout=True)`` (seed 57), cut: the province's cell in its column
#: beside the label's last line below the row's count, the line ending in the label's own digit
#: (``Antwerpen   lager lager module 5``).
PROVINCE_BESIDE_A_LABELS_DIGIT = """\
    2023. De cijfers hieronder geven het aantal unieke cursisten per opleiding en per provincie weer.
    Provincie   Opleiding                    Aantal
                680709: Se-n-se zorgkundige master master 37
    Antwerpen   lager lager module 5
                842387: kleuteronderwijs algemene Opvoeder 49
    Totaal Antwerpen                           86
"""




# ---------------------------------------------------------------------------------------------
# Causes in other helpers' areas (session 28): strict xfails, each with its cause.

#: pdfplumber ``extract_text()`` (seed 41), cut: a capital line that ends in a counting word and
#: one digit (``Tweedekansonderwijs jaar 1``) right below a coded row whose count ends its label's
#: line, in a table of one period.
CAPITAL_LINE_WITH_A_DIGIT_BELOW_A_ROW = """\
Unieke cursisten met stopgezette en
2015
uitgevoerde maar niet geslaagde OKOT'(s)
069833: Tweedekansonderwijs Se-n-se
knelpuntvakken sec orthopedagogie module 5 773
Tweedekansonderwijs jaar 1
243163: Graduaat Graduaat modules 1- 4
57
individueel
345703: individueel 60
Totaal 880
"""


def test_a_capital_line_ending_in_a_labels_digit_below_a_coded_row_is_no_silent_row():
    # (both readings fit the unique-person total: the row is said at its line, naming the line
    # below it — label28's name-or-row, which now weighs it in a table of one period too)
    issues, rows = _read(CAPITAL_LINE_WITH_A_DIGIT_BELOW_A_ROW)
    said = any(6 in (i.line, i.other_line) and i.kind == "ambiguous-alignment" for i in issues)
    assert all(code for code, _, _ in rows) and (said or rows["069833", None, "2015"] == (
        "Tweedekansonderwijs Se-n-se knelpuntvakken sec orthopedagogie module 5 Tweedekansonderwijs jaar 1", 773))


#: pdfplumber ``extract_text()`` (seed 5), cut: the same label's last line (``Verkorte
#: kleuteronderwijs - deel 2``) below the same code's count in every province block.
A_LABELS_LAST_LINE_EVERY_BLOCK_SHARES = """\
1. Hieronder vindt u de gevraagde gegevens voor 2024.
Provincie Opleiding Aantal
480025: sec Professionele - 3de jaar opvoeder 46
Verkorte kleuteronderwijs - deel 2
Antwerpen
618190: -en fase 1- 2 lager Graduaat 4
orthopedagogie
Totaal Antwerpen 50
024657: vakbevoegdheid opvoeder 50
vakbevoegdheid Specifieke - deel 2
480025: sec Professionele - 3de jaar opvoeder 58
Verkorte kleuteronderwijs - deel 2
Vlaams-Brabant
Totaal Vlaams-Brabant 108
Eindtotaal 158
"""




#: pdfplumber ``extract_text()`` (seed 36), cut: the block's province cell before the label's
#: range end below the row's count (``Vlaams-Brabant 2 - 3``).
PROVINCE_BEFORE_A_RANGE_BELOW_THE_COUNT = """\
1. Hieronder vindt u de gevraagde gegevens voor 2022.
Provincie Opleiding Aantal
Limburg 173462: onderwijs: - 2de jaar 34
Totaal Limburg 34
173462: onderwijs: - 2de jaar 37
201213: bachelor - 2e jaar voor verpleegkunde 18
Vlaams-Brabant 2 - 3
552330: Verkorte jaar 1 - tweede jaar 61
Totaal Vlaams-Brabant 110
Eindtotaal 144
"""




#: pdfplumber ``extract_text()`` (seed 25), cut: a label's last digit alone at the foot of page 1
#: (``… Professionele jaar`` / ``19`` / ``1``), the next page's running header after a form feed;
#: no page of the answer is numbered.
A_LABELS_DIGIT_AT_THE_FOOT_OF_PAGE_ONE = """\
Unieke cursisten met stopgezette en uitgevoerde maar niet geslaagde OKOT'(s) 2016
509480: onderwijs educ algemene 2 - 3
1741
bachelor
842683: Verkorte educ 2 - 3 Professionele jaar
19
1\fVlaams Parlement - Schriftelijke vragen en antwoorden
929300: verkort apotheekassistent
graduaatsopleiding - 1 sec en opvoeder 41
individueel traject - module 5
Totaal 1790
"""


def test_a_labels_digit_at_the_foot_of_an_unnumbered_page_is_no_page_number():
    assert _rows(A_LABELS_DIGIT_AT_THE_FOOT_OF_PAGE_ONE)["842683", None, "2016"] == (
        "Verkorte educ 2 - 3 Professionele jaar 1", 19)


#: Derived from seed 13's second page (pdfplumber ``extract_text(layout=True)``, its first rows
#: left out): a row's count alone below its code's line (``9``), the label's last line below it
#: ending in its own range (``modules 1- 4``), whose ``4`` stands under the period as the ``9`` does.
A_COUNT_ALONE_ABOVE_A_LABELS_RANGE = """\
    Unieke cursisten met uitgevoerde,
                                   2022
    geslaagde, OKOT'(s)
    241756: jeugd- Graduaat apotheekassistent -
                                    15
    1ste jaar Tweedekansonderwijs
    614836: vakbevoegdheid - verkort traject - 2de
                                     9
    jaar apotheekassistent modules 1- 4
    616157: Tweedekansonderwijs -1ste jaar 6
    Totaal                         30
"""


def test_a_count_alone_below_its_code_line_above_a_labels_range():
    assert _rows(A_COUNT_ALONE_ABOVE_A_LABELS_RANGE)["614836", None, "2022"] == ("vakbevoegdheid - verkort traject - 2de jaar apotheekassistent modules 1- 4", 9)


#: ``pdftotext -layout`` (seed 52), cut: the table's last row and its total on a later page laid
#: out on a grid of its own (no header repeated), the total filling every column.
A_LATER_PAGES_ROW_AND_FULL_TOTAL = """\
Vlaams Parlement - Schriftelijke vragen en antwoorden
geslaagde, OKOT'(s)                                        2017            2018       2019      2020   2021
315599: jeugd- 2 - 3 - 3de jaar met onderwijs
Graduaat orthopedagogie Opvoeder                                             48            35     39     11
621886: vakbevoegdheid - 1 ste jaar - 1ste jaar                269           15            51            19
\fVlaams Parlement - Schriftelijke vragen en antwoorden

891293: -en Specifieke met kleuteronderwijs -
module 5 knelpuntvakken                                                677   20        36         13
Totaal                                                   269           720   98        61         39
"""


def test_a_later_pages_row_is_placed_by_the_total_that_fills_every_column():
    # (before pages28: said as page-columns — a later page without its header whose total line fills
    # every column was not placed by it)
    issues, rows = _read(A_LATER_PAGES_ROW_AND_FULL_TOTAL)
    assert issues == []
    assert [rows["891293", None, p][1] for p in ("2018", "2019", "2020", "2021")] == [677, 20, 36, 13]


#: pdfplumber ``extract_text()`` (seed 60), cut: the label's last line below the row's figures
#: holds the label's range twice (``1- 4 onderwijs: 2 - 3``: ``… modules 1- 4 onderwijs: 2 - 3``).
TWO_RANGES_BELOW_THE_FIGURES = """\
Unieke cursisten met gestarte OKOT'(s) 2019 2020 2021*
521727: onderwijs individueel traject - modules 11 36 84
1- 4 onderwijs: 2 - 3
744284: onderwijs: module 5 66 48
apotheekassistent beroepsonderwijs
beroepsonderwijs
Totaal 11 86 108
"""


#: pdfplumber ``extract_text()`` (seed 75), cut: a label's range and a dash before the row's two
#: figures under four periods (``… modules 1- 4 - 48 60``: the label ``… modules 1- 4 - 2de jaar
#: individueel``, 48 in 2016 and 60 in 2017), the other rows' figures fewer than the periods.
A_RANGE_AND_DASH_BEFORE_TWO_FIGURES = """\
1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten in de verschillende opleidingen.
Unieke cursisten met gestarte OKOT'(s) 2015 2016 2017 2018
419584: traject onderwijs 24 55 347
426647: traject vorming tandartsassistent 764 52
566843: Verkorte bijkomende modules 1- 4 - 48 60
2de jaar individueel
Totaal 24 79 1.153 52
"""


def test_a_labels_range_and_dash_before_two_figures_is_no_silent_count():
    issues, rows = _read(A_RANGE_AND_DASH_BEFORE_TWO_FIGURES)
    said = {i.code for i in issues if i.kind == "ambiguous-alignment"}
    # (before silent28b: read as 4, a blank, 48, 60 — the other rows said, no-fit — though 60 is above
    # the 2018 total 52: that one reading the total refuses by itself, so the row is said too)
    assert said == {"419584", "426647", "566843"} and rows == {}


#: pypdf ``extract_text()`` of a generated answer (tests/test_generated_shapes20.py, kind
#: ``programme_two_totals_column``, seed 201), cut: a row's one figure and its total alone below
#: its wrapped name (``61 61``: 61 in 2016 and in total), under ``2015 2016* Totaal`` with a total
#: line of enrolments (additive) and one of unique persons.
ONE_FIGURE_AND_ITS_TOTAL_UNDER_TWO_TOTAL_LINES = """\
3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.
Unieke cursisten met
stopgezette en uitgevoerde
maar niet geslaagde
OKOT'(s)
2015 2016* Totaal
187259: apotheekassistent
met secundair
leefgroepenwerking
individueel traject - modules
1- 4 vakbevoegdheid traject
61 61
204719: secundair
kleuteronderwijs fase 1- 2 42 31 73
220044: beroepsonderwijs
Hoger onderwijs 68 82 141
Totaal inschrijvingen 110 174 284
Totaal unieke cursisten 88 148 215
"""


@pytest.mark.parametrize("text", [
    ONE_FIGURE_AND_ITS_TOTAL_UNDER_TWO_TOTAL_LINES,
    ONE_FIGURE_AND_ITS_TOTAL_UNDER_TWO_TOTAL_LINES.replace("Totaal unieke cursisten 88 148 215\n", ""),
], ids=["two-total-lines", "enrolments-only"])
def test_one_figure_and_its_total_are_not_read_as_two_periods_an_additive_total_refuses(text):
    # (before silent28b: '61 61' read as 61 in 2015 and 2016 — the rows weighed against 'Totaal
    # inschrijvingen' as bounds of unique persons, the table's meaning, though its own words say it
    # adds up, as the rules check it: 2015 110, not 171 — then a false total error)
    issues, rows = _read(text)
    read = {period: count for (code, _, period), (_, count) in rows.items() if code == "187259"}
    assert read == {"2016": 61, "Totaal": 61} and issues == []


#: pypdf ``extract_text()`` (seed 84), cut: cells set to the bottom of their rows, a code's line
#: ending in its label's digit (``110315: tandartsassistent jaar 1``), the label's lines below it
#: and the row's count alone last (``44``).
A_LABELS_DIGIT_ON_THE_CODE_LINE_ITS_COUNT_BELOW = """\
1. Hieronder vindt u de gevraagde gegevens voor 2023.
Provincie Opleiding Aantal
Limburg
110315: tandartsassistent jaar 1
Tweedekansonderwijs vakbevoegdheid
onderwijs zorgkundige - verkort traject - 2de
jaar
44
565938: lerarenopleiding zorgkundige jeugd- -
1 ste jaar verpleegkunde Se-n-se verkort 52
875209: gehandicaptenzorg kinderzorg 233
887387: Tweedekansonderwijs modules 1- 4
tandartsassistent 67
Totaal Limburg 389
Vlaams-Brabant 250198: educ - tweede jaar lager fase 1- 2 jeugd- 43
Totaal Vlaams-Brabant 43
Eindtotaal 432
"""


def test_a_labels_digit_on_the_code_line_is_no_count_where_its_count_stands_below():
    # (its name's rest four lines long below the code line: was read as the count 1, the 44 said
    # as a stray number, though the total refuses 1 — 389 > 1+52+233+67)
    assert _rows(A_LABELS_DIGIT_ON_THE_CODE_LINE_ITS_COUNT_BELOW)["110315", "Limburg", "2023"][1] == 44


# ---------------------------------------------------------------------------------------------
# Falsifying examples that must read with nothing said: fixed here, or strict xfails with the
# cause in another helper's area.


def _said(why: str):
    return pytest.mark.xfail(strict=True, reason=why)


@pytest.mark.parametrize(("text", "row", "expected"), [
    # (a label's last line does not go on into the header printed again: the header's period is
    # no number of its label; the row was said to have no counts, its 15 lost)
    pytest.param(HEADER_AGAIN_BELOW_A_LABEL, ("241756", None, "2022"),
                 ("jeugd- Graduaat apotheekassistent - 1ste jaar Tweedekansonderwijs", 15), id="header-again"),
    # (the line is the label's end as it is without the province before it; it was said as a stray
    # number, the label cut)
    pytest.param(PROVINCE_BESIDE_A_LABELS_DIGIT, ("680709", "Antwerpen", "2023"),
                 ("Se-n-se zorgkundige master master lager lager module 5", 37), id="province-beside-a-digit"),
    pytest.param(A_LABELS_LAST_LINE_EVERY_BLOCK_SHARES, ("480025", "Vlaams-Brabant", "2024"),
                 ("sec Professionele - 3de jaar opvoeder Verkorte kleuteronderwijs - deel 2", 58), id="every-block-shares"),  # (said before label28: the label every block shares)
    # (a range of the label alone below the count is its end, with the block's province cell before
    # it too: the line was said as more figures than periods, its dash taken for a blank)
    pytest.param(PROVINCE_BEFORE_A_RANGE_BELOW_THE_COUNT, ("201213", "Vlaams-Brabant", "2022"),
                 ("bachelor - 2e jaar voor verpleegkunde 2 - 3", 18), id="province-before-a-range"),
])
def test_a_falsifying_example_reads_without_a_word_said(text, row, expected):
    """Each text reads with nothing said, the row's label and count as generated."""
    issues, rows = _read(text)
    assert issues == []
    assert rows[row] == expected


def test_a_line_below_the_figures_that_opens_with_the_range_its_labels_word_opened_is_the_labels():
    """``… traject - modules 11 36 84`` / ``1- 4 onderwijs: 2 - 3``: the line is the label's end, its
    ``1- 4`` the number of ``modules`` and ``2 - 3`` a range of its own (before label29b: said as a
    stray number 4 2 3, the label cut, its dash taken for a blank). Taken for a blank, that dash
    also made the answer one that marks its blanks, and ``744284: onderwijs: module 5 66 48``
    read silently as 5, 66 and 48; the text is single-spaced, so ``5`` may be ``module 5``'s as
    well, and the totals fit both: said, naming both labels."""
    issues, rows = _read(TWO_RANGES_BELOW_THE_FIGURES)
    label = "onderwijs individueel traject - modules 1- 4 onderwijs: 2 - 3"
    assert [rows["521727", None, p] for p in ("2019", "2020", "2021")] == [(label, 11), (label, 36), (label, 84)]
    assert [(i.kind, i.code) for i in issues] == [("ambiguous-alignment", "744284")]
    assert {issues[0].text, issues[0].other} == {
        "onderwijs: module apotheekassistent beroepsonderwijs beroepsonderwijs",
        "onderwijs: module 5 apotheekassistent beroepsonderwijs beroepsonderwijs"}
