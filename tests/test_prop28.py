"""Regressions found by the round-trip properties of ``tests/test_read_formats.py`` run at
random seeds (session 28: generated answers → PDF → an extractor's text → read back), each
test holding the extracted text of one falsifying example, cut to the table it went wrong in."""

from __future__ import annotations

import pytest

from okot_audit import read_text


def _rows(text: str) -> dict[tuple, tuple]:
    answer = read_text(text, "generated.txt")
    return {(c.code, c.province, c.period): (c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"}


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


def test_a_labels_last_line_does_not_go_on_into_the_header_printed_again():
    """The header's period is no number of the label above it (``1ste jaar Tweedekansonderwijs``
    did not end there: the row was said to have no counts, its 15 lost)."""
    answer = read_text(HEADER_AGAIN_BELOW_A_LABEL, "generated.txt")
    assert answer.issues == []
    rows = {c.code: (c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows == {
        "241756": ("jeugd- Graduaat apotheekassistent - 1ste jaar Tweedekansonderwijs", 15),
        "616157": ("Tweedekansonderwijs -1ste jaar", 6), "767756": ("Specifieke", 31),
    }
