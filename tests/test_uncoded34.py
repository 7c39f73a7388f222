"""uncoded34: silent readings of ranges and wrapped names in tables whose rows carry no code.

1. Below a whole row (``Kapper 12 5``), a line in lower case that ends in more numbers than a name
   holds (``individueel - deel 2 2 - 3``: a number and a range) was read as the rest of Kapper's
   name, its 2, 2 and 3 name text — silently. A name holds one number or one range of its own
   (``module 5``, ``deel 2 - 3``); the others may be a row's figures, so the line is no name's rest:
   said at its line (``ambiguous-alignment``), Kapper's row whole.
2. ``knelpuntvakken 2 - 3`` / ``Tweedekansonderwijs en`` / ``zorgkundige 7 51 24`` without codes
   was read as 2, a blank, 3 and a row of its own, silently — though the dash may close the name's
   range and the lines below be its name's rest, the figures its. Both readings are weighed by the
   totals (as for coded rows, :func:`okot_audit.parse._name_over_dash`): where the totals (unique
   persons: max <= total <= sum) fit both, both rows are said; where they fit one, it is read.
3. Laid-out text (``pdftotext -layout`` with a blank line between lines): a name's first line
   (``Graduaat``) at the names' column right under a header whose first cell is a block's
   (``Provincie  Opleiding  2019  2020``), above a row whose province stands on its figures' line
   (``Antwerpen  kleuteronderwijs  22  31``), was taken for a piece of the header's ``Opleiding``
   cell: the row's name read ``kleuteronderwijs``, ``Graduaat`` lost. A piece under a header's
   cell over a column of names, lined up with the name below it, is that name's first line.
"""

from __future__ import annotations

import functools

import pytest

from generate.extract import read_form
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf
from okot_audit import read_text

# -- 1. a line in lower case below a whole row, with more numbers than a name holds

_FIRST = ("Vraag nr. 163 van 18 juni 2020\n\n"
          "2. Hieronder vindt u het aantal unieke cursisten per opleiding.\n\n"
          "Opleiding 2018 geslaagd 2018 gestart\n")
_BELOW = 7  # (1-based: the line below the first row)


def _read(rows: str):
    answer = read_text(_FIRST + rows, "g.txt")
    return [(c.line, c.label, c.count) for t in answer.tables for c in t.cells], answer.issues


@pytest.mark.parametrize("line", ["individueel - deel 2 2 - 3", "individueel - deel 2 2"])
def test_a_lower_case_line_with_more_numbers_than_a_name_holds_is_no_names_rest(line: str) -> None:
    """Before: ``Kapper individueel - deel 2 2 - 3`` 12 and 5, no issue."""
    cells, issues = _read(f"Kapper 12 5\n{line}\nEducatieve 31 29\nBakker 7 8\nTotaal 48 42\n")
    assert [c for c in cells if c[0] == _BELOW - 1] == [(_BELOW - 1, "Kapper", 12), (_BELOW - 1, "Kapper", 5)]
    assert not any(c[0] == _BELOW or "individueel" in c[1] for c in cells)
    assert [(i.kind, i.line, i.unread) for i in issues] == [("ambiguous-alignment", _BELOW, True)]


@pytest.mark.parametrize(("line", "name"), [
    ("individueel traject - module 5", "Kapper individueel traject - module 5"),
    ("individueel - deel 2 - 3", "Kapper individueel - deel 2 - 3"),
    ("individueel - modules 1- 4", "Kapper individueel - modules 1- 4"),
], ids=["number", "range", "range-glued"])
def test_a_lower_case_line_with_a_names_own_number_or_range_goes_on_with_it(line: str, name: str) -> None:
    """Negatives: one number or one range is the name's own, as before."""
    cells, issues = _read(f"Kapper 12 5\n{line}\nBakker 7 8\nTotaal 19 13\n")
    assert [c for c in cells if c[1] == name] == [(_BELOW - 1, name, 12), (_BELOW - 1, name, 5)]
    assert issues == []


# -- 2. a whole range at a line's end over a line with a capital, rows without codes

_RANGE_HEAD = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector\nANTWOORD\n"
               "op vraag nr. 334 van 2 maart 2018\n1. Hieronder vindt u een overzicht.\nUnieke cursisten met\n"
               "OKOT'(s) 2015-2016 2016-2017 2017-2018\n")
_ROWS = ("Graduaat\nberoepsonderwijs 597 55 57\nVerkorte\napotheekassistent\nknelpuntvakken 2 - 3\nTweedekansonderwijs en\n"
         "zorgkundige 7 51 24\n")
_RANGED, _ZORG = 11, 13


def _cells(totals: str):
    answer = read_text(_RANGE_HEAD + _ROWS + totals, "a.txt")
    return {(c.line, c.period): c.count for t in answer.tables for c in t.cells}, answer.issues


def test_a_range_over_a_capital_line_both_readings_fit_the_totals_is_said() -> None:
    """Unique persons: 604 fits 597 + 2 + 7 and 597 + 7, 101 fits 55 + 51, 73 fits 57 + 3 + 24
    and 57 + 24 — the dash a blank or the name's range, the text does not tell. Before: 2, a blank
    and 3 read, and ``Tweedekansonderwijs en zorgkundige`` a row of its own, no issue."""
    cells, issues = _cells("Totaal 604 101 73\n")
    assert not any(line in (_RANGED, _ZORG) for line, _ in cells)
    assert sorted((i.kind, i.line, i.unread) for i in issues) == [
        ("ambiguous-alignment", _RANGED, True), ("ambiguous-alignment", _ZORG, True)]


_ADDED_HEAD = _RANGE_HEAD.replace("Unieke cursisten met", "Aantal inschrijvingen met")
@pytest.mark.parametrize(("totals", "ranged", "zorg"), [
    ("Totaal 606 106 84\n", {"2015-2016": 2, "2017-2018": 3}, {"2015-2016": 7, "2016-2017": 51, "2017-2018": 24}),
    ("Totaal 604 106 81\n", {"2015-2016": 7, "2016-2017": 51, "2017-2018": 24}, {}),
], ids=["own-row", "names-rest"])
def test_a_range_over_a_capital_line_the_totals_decide(totals: str, ranged: dict, zorg: dict) -> None:
    """Additive totals (enrolments) that one reading alone fits: 606 = 597 + 2 + 7 (the dash a
    blank, the lines below a row of their own), or 604 = 597 + 7 (the dash the name's range, the
    lines below its name's rest and the figures its: read at the name's first figures' line)."""
    answer = read_text(_ADDED_HEAD + _ROWS + totals, "a.txt")
    cells = {(c.line, c.period): c.count for t in answer.tables for c in t.cells}
    assert {p: v for (line, p), v in cells.items() if line == _RANGED} == ranged
    assert {p: v for (line, p), v in cells.items() if line == _ZORG} == zorg
    if not zorg:
        assert {c.label for t in answer.tables for c in t.cells if c.line == _RANGED} == {
            "Verkorte apotheekassistent knelpuntvakken 2 - 3 Tweedekansonderwijs en zorgkundige"}
    assert answer.issues == []


# -- 3. laid-out text: a name's first line under a header whose first cell is a block's

_LAID_HEAD = "Vraag 12 van 3 maart 2023 (VDAB)\n\nAantal unieke cursisten per opleiding in 2022\n\n"
_HEADER = "Provincie        Opleiding                  2019     2020"
_NAME = "Graduaat kleuteronderwijs"


def _laid(lines: list[str]):
    answer = read_text(_LAID_HEAD + "\n".join(lines) + "\n", "laid.txt")
    return {(c.label, c.period): c.count for t in answer.tables for c in t.cells}, answer.issues


@pytest.mark.parametrize("first", [True, False], ids=["first-row", "below-a-row"])
def test_a_names_first_line_right_under_a_block_header_opens_the_name(first: bool) -> None:
    """Before (first row): ``kleuteronderwijs`` 22 and 31, ``Graduaat`` lost silently (read as a
    piece of the header's ``Opleiding``)."""
    mine = ["                 Graduaat", "", "Antwerpen        kleuteronderwijs             22       31", ""]
    other = ["Antwerpen        Zorgkundige                  14        7", ""]
    cells, issues = _laid([_HEADER, "", *(mine + other if first else other + mine),
                           "Totaal Antwerpen                             36       38", ""])
    assert cells[(_NAME, "2019")] == 22 and cells[(_NAME, "2020")] == 31
    assert ("kleuteronderwijs", "2019") not in cells and issues == []


@pytest.mark.parametrize("piece", ["(naam)", "van de opleiding", "Naam opleiding"])
def test_a_header_cells_piece_over_a_whole_name_stays_the_headers(piece: str) -> None:
    """Negative: words under the names' column over a row whose name opens with a capital there
    (``Antwerpen  Zorgkundige``) are the header cell's wrapped line, no name's first line."""
    cells, issues = _laid([_HEADER, "", f"                 {piece}", "",
                           "Antwerpen        Zorgkundige                  14        7", "",
                           "Antwerpen        Verpleegkunde                22       31", ""])
    assert cells == {("Zorgkundige", "2019"): 14, ("Zorgkundige", "2020"): 7,
                     ("Verpleegkunde", "2019"): 22, ("Verpleegkunde", "2020"): 31}
    assert issues == []


@functools.lru_cache(maxsize=None)
def _pdf(first: bool) -> bytes:
    rows = [PdfRow(_NAME, [22, 31], province="Antwerpen"), PdfRow("Zorgkundige", [14, 7], province="Antwerpen")]
    table = PdfTable("Opleiding", ["2019", "2020"], rows if first else rows[::-1], layout="province")
    table.rows.append(PdfRow("Totaal Antwerpen", [36, 38], level="subtotal"))
    document = Document(["Vraag 12 van 3 maart 2023 (VDAB)", "Aantal unieke cursisten per opleiding in 2022", table])
    style = PdfStyle(ruled=False, v_align="BOTTOM", label_width=31, running_header=None, page_numbers=None)
    return write_pdf(document, style, span=0)


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
@pytest.mark.parametrize("first", [True, False], ids=["first-row", "below-a-row"])
def test_a_names_first_line_over_a_province_row_in_a_pdf(form: str, first: bool) -> None:
    """The PDF's own words and ``pdftotext -layout``'s (the province printed on the name's last
    line, ``Graduaat`` above it at the names' column): the name whole."""
    answer = read_form(_pdf(first), form)
    cells = {(c.label, c.period): c.count for t in answer.tables for c in t.cells}
    assert cells[(_NAME, "2019")] == 22 and cells[(_NAME, "2020")] == 31
    assert answer.issues == []
