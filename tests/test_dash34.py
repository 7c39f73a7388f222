"""dash34: a coded name's rest that opens with a dash below a whole range goes on with the name
(``632426: leefgroepenwerking 2 - 3`` / ``- verkort traject - 2de jaar`` / ``Verkorte jeugd- 40
62 102``: the seed 6095 case is in tests/test_sweep34.py); and a row a positional source (a PDF
read by positions, laid-out text) leaves unread is said by what its positions allowed, never by
a spacing the source did not lose."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from okot_audit import read_text
from okot_audit.parse.regions import range_whole_at_end
from okot_audit.rules.ambiguous_alignment import MESSAGES

sys.path.insert(0, str(Path(__file__).parent))
from test_pos34 import HEAD, LAID_ROWS  # noqa: E402


@pytest.mark.parametrize("below, goes_on", [
    ("- verkort traject - 2de jaar", True),   # a name's rest after a dash
    ("\u2013jeugd en gezin", True),          # an en dash glued to the word
    ("voor volwassenen", True),               # words alone, as before
    ("- - -", False),                         # a blank row's marks
    ("- 3 4", False),                         # a mark (or a range's end) before figures
    ("-", False),                             # a dash alone
    ("- verkort traject 12 14", False),       # figures end it: the row's own line
])
def test_a_whole_range_goes_on_in_a_dashed_rest_of_words_only(below: str, goes_on: bool) -> None:
    assert range_whole_at_end("632426: leefgroepenwerking 2 - 3", below) is goes_on


TABLE = """\
OKOT's - Onderwijssector

2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.

Unieke cursisten die hun opleiding stopgezet
hebben 2021 2022* Totaal
{rows}
"""


def test_a_blank_rows_dash_marks_below_a_coded_range_open_no_name() -> None:
    # (``- - -``: marks, no words — the line below the range is no name's rest; the row stays said)
    rows = ("201409: kinderzorg 47 89 108\n632426: leefgroepenwerking 2 - 3\n- - -\n"
            "Totaal inschrijvingen 49 89 111\nTotaal unieke cursisten 49 89 111")
    answer = read_text(TABLE.format(rows=rows), "m.txt")
    assert [(i.kind, i.reason, i.line, i.numbers) for i in answer.issues] == [
        ("ambiguous-alignment", "no-fit", 8, (3,))]
    assert [c for t in answer.tables for c in t.cells if c.code == "632426"] == []


def test_a_dashed_rest_below_a_coded_range_is_read_with_a_name_under_a_plain_total() -> None:
    # (the rest opens with an en dash; the row's figures two lines down, its name the whole)
    rows = ("201409: kinderzorg 47 89 108\n632426: leefgroepenwerking 2 - 3\n\u2013 verkort traject\n"
            "jeugd 40 62 102\nTotaal 87 151 210")
    answer = read_text(TABLE.format(rows=rows), "d.txt")
    assert [(c.line, c.period, c.count) for t in answer.tables for c in t.cells if c.code == "632426"] == [
        (10, "2021", 40), (10, "2022", 62), (10, "Totaal", 102)]
    assert answer.issues == []


# ---------------------------------------------------------------------------------------------
# Laid-out text (tests/test_pos34.py's hand-laid table): 60 stands as near 2019's label as 2020's,
# so the positions allow two readings. What the totals leave unsettled is said by the positions.
BASE = ["Vraag 1", "", "Unieke cursisten met gestarte OKOT'(s)", "", HEAD, *LAID_ROWS]
LAID = {
    # a unique-person total both readings fit
    "positions-ambiguous": "Totaal unieke cursisten                     552       150       200       299",
    # no total line: nothing decides
    "positions-no-total": None,
    # 400 under 2018, whose total is 152: no reading the positions allow fits
    "positions-no-fit": "Totaal                                      152       178       250       219",
}


@pytest.mark.parametrize("reason", sorted(LAID))
def test_a_laid_out_row_the_totals_leave_unsettled_is_said_by_its_positions(reason: str) -> None:
    total = LAID[reason]
    answer = read_text("\n".join(BASE + ([total] if total else [])) + "\n", "laid.txt")
    assert [(i.kind, i.reason, i.line, i.numbers, i.code) for i in answer.issues] == [
        ("ambiguous-alignment", reason, 7, (400, 60, 80), "908002")]
    assert [c for t in answer.tables for c in t.cells if c.code == "908002"] == []


@pytest.mark.parametrize("reason", sorted(LAID))
def test_the_positions_messages_speak_of_the_page_not_of_spacing(reason: str) -> None:
    en, nl = MESSAGES[reason]["en"], MESSAGES[reason]["nl"]
    text_en, text_nl = str(en), str(nl)
    assert "spacing" not in text_en and "pdftotext" not in text_en and "PDF itself" not in text_en
    assert "witruimte" not in text_nl and "pdftotext" not in text_nl and "PDF zelf" not in text_nl
    assert "page" in text_en and "pagina" in text_nl


def test_a_row_whose_spacing_was_lost_is_still_said_by_its_spacing() -> None:
    # (the same rows, each run of spaces one: no positions — the spacing's doubt, as before)
    rows = [" ".join(line.split()) for line in BASE]
    answer = read_text("\n".join(rows + [" ".join(LAID["positions-ambiguous"].split())]) + "\n", "flat.txt")
    assert [(i.kind, i.reason) for i in answer.issues if i.code == "908002"] == [("ambiguous-alignment", "ambiguous")]
