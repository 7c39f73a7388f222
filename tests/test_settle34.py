"""settle34: row settling under a table's own header.

1. A header that names a column under each period (``Opleiding 2018 geslaagd 2018 gestart``) is the
   nearest header a row's marks are weighed under. Before, the blank-mark reader passed over it to an
   earlier table's header (``Leeftijd Totaal februari 2023 maart 2023``, three columns), so a coded
   row's name range whole at its line's end (``090000: individueel - deel 2 2 - 3``) was weighed as a
   blank and a count, and with the name's rest below holding the row's figures (``Educatieve 31 29``)
   both lines were said (seed 6077). Under the table's own two columns the range is the name's and the
   row reads whole. The uncoded form (a capital may open a row there) stays said.
2. Laid-out text (``pdftotext -layout``): a line of words set in above a row whose name wraps, at an x
   where no name of the table starts (a sector's ``Zorg en welzijn`` at the name's second word), is no
   first line of that name; a name's first line at the names' column still is.
"""

from __future__ import annotations

import pytest

from okot_audit import read_text

# -- 1. a header of periods and column names, another table's header further up

_FIRST = ("Vraag nr. 163 van 18 juni 2020\n\n"
          "1. Hieronder vindt u het aantal gestarte unieke cursisten naar leeftijd.\n\n"
          "Leeftijd Totaal februari 2023 maart 2023\n-25 jaar 94 84 48\n25-54 jaar 66 21 45\n55+ jaar 18  18\n"
          "Totaal 178 105 111\n\n"
          "2. Hieronder vindt u het aantal unieke cursisten per opleiding.\n\n")
_NAMED = "Opleiding 2018 geslaagd 2018 gestart\n"
_RANGE_LINE = 15  # (1-based: the line of the range below the header)


def _second(answer):
    return [(c.line, c.code, c.label, c.count) for t in answer.tables[1:] for c in t.cells]


@pytest.mark.parametrize("name", ["individueel - deel 2 2 - 3", "Graduaat 2 - 3"])
def test_a_range_over_a_coded_names_rest_reads_under_its_own_headers_columns(name: str) -> None:
    """Before: ``ambiguous-alignment`` at both lines (``deel 2 2 - 3``) — or, for ``Graduaat 2 - 3``,
    the row's line said as more figures than periods (``blanks-overflow``)."""
    rows = f"111111: Kapper 12 5\n090000: {name}\nEducatieve 31 29\n222222: Bakker 7 8\nTotaal 48 42\n"
    answer = read_text(_FIRST + _NAMED + rows, "g.txt")
    assert [c for c in _second(answer) if c[1] == "090000"] == [
        (_RANGE_LINE + 1, "090000", f"{name} Educatieve", 31), (_RANGE_LINE + 1, "090000", f"{name} Educatieve", 29)]
    assert answer.issues == []


def test_a_range_over_an_uncoded_row_stays_said_under_its_own_headers_columns() -> None:
    """Without codes a capital may open a row: ``Graduaat 2 - 3`` is its own row's 3 after a blank
    mark or a name's range the next line goes on past — said at its line, no cell of it read; the
    next line a row of its own. (Before: said as more figures than the first table's three columns,
    ``blanks-overflow``.)"""
    rows = "Kapper 12 5\nGraduaat 2 - 3\nEducatieve 31 29\nBakker 7 8\nTotaal 48 42\n"
    answer = read_text(_FIRST + _NAMED + rows, "g.txt")
    assert [c for c in _second(answer) if c[0] == _RANGE_LINE] == []
    assert [(i.kind, i.line, i.unread) for i in answer.issues] == [("ambiguous-alignment", _RANGE_LINE, True)]
    assert [c[3] for c in _second(answer) if c[0] == _RANGE_LINE + 1] == [31, 29]


def test_a_coded_row_of_its_own_figures_and_a_mark_under_its_own_headers_columns() -> None:
    """A row's own blank mark under the two columns (``- 5``) stays a blank, the next row its own."""
    rows = "111111: Kapper - 5\n222222: Bakker 7 8\nTotaal 7 13\n"
    answer = read_text(_FIRST + _NAMED + rows, "g.txt")
    assert sorted((c[0], c[3]) for c in _second(answer)) == [(14, 5), (15, 7), (15, 8), (16, 7), (16, 13)]
    assert answer.issues == []


# Among coded rows the line with a capital right below the range's line goes on with the name (more
# in ``test_wrapped27.py``); negatives: the next figures on a coded row's line, a province's name
# below (a block's cell) — the range's line keeps its own figures. Without codes a capital may open
# a row, and the totals weigh both readings: where they fit both, both rows are said
# (``test_uncoded34.py``; uncoded34 — before, the range's line read 2 and 3 silently).
_RANGE_HEAD = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector\nANTWOORD\n"
               "op vraag nr. 334 van 2 maart 2018\n1. Hieronder vindt u een overzicht.\nUnieke cursisten met\n"
               "OKOT'(s) 2015-2016 2016-2017 2017-2018\n")


@pytest.mark.parametrize("rows", [
    "338471: Graduaat 597 - 57\n926877: Verkorte knelpuntvakken 2 - 3\nTweedekansonderwijs en\n926878: zorgkundige 7 51 24\n"
    "Totaal 606 51 84\n",
    "338471: Graduaat 597 - 57\n926877: Verkorte knelpuntvakken 2 - 3\nLimburg\n926878: zorgkundige 7 51 24\n"
    "Totaal Limburg 604 51 73\n",
], ids=["coded-row-below", "province-below"])
def test_a_range_line_keeps_its_figures_where_no_coded_name_goes_on(rows: str) -> None:
    answer = read_text(_RANGE_HEAD + rows, "a.txt")
    ranged = next(n for n, line in enumerate((_RANGE_HEAD + rows).splitlines(), 1) if "2 - 3" in line)
    assert sorted((c.period, c.count) for t in answer.tables for c in t.cells if c.line == ranged) == [
        ("2015-2016", 2), ("2017-2018", 3)]
    assert [c.count for t in answer.tables for c in t.cells if "zorgkundige" in c.label] == [7, 51, 24]
    assert answer.issues == []


# -- 2. laid-out text: a line set in where no name starts

_LAID_HEAD = "Vraag 12 van 3 maart 2023 (VDAB)\n\nAantal unieke cursisten per opleiding in 2022\n\n"
_OPVOEDER = "Opvoeder traject met individueel maatwerk voor volwassenen"


def _laid(lines: list[str]):
    answer = read_text(_LAID_HEAD + "\n".join(lines) + "\n", "laid.txt")
    return {(c.label, c.period): c.count for t in answer.tables for c in t.cells}, answer.issues


_SET_IN = ["            Zorg en welzijn",
           "Opvoeder traject met                           3        4",
           "individueel maatwerk", "voor volwassenen", ""]
_ROWS = ["Zorgkundige                                   14        7", "",
         "Verpleegkunde                                 22       31", ""]


@pytest.mark.parametrize("first", [False, True], ids=["below-rows", "first-row"])
def test_a_line_set_in_right_of_the_names_column_opens_no_name(first: bool) -> None:
    """``pdftotext -layout``'s form of a sector's name set in at a wrapped row's second word:
    the row's name whole (before: ``Zorg en welzijn Opvoeder …``, silently) — below other rows,
    or right under the header (whose first cell starts the names' column)."""
    body = [*_SET_IN, *_ROWS] if first else [*_ROWS, *_SET_IN]
    cells, issues = _laid(["Opleiding                                   2019     2020", "", *body,
                           "Logistiek                                      5        6", ""])
    assert cells[(_OPVOEDER, "2019")] == 3 and cells[(_OPVOEDER, "2020")] == 4
    assert not any("Zorg en" in label for label, _ in cells) and issues == []


# Negatives: a name's first line kept apart from its figures' line by a blank line still opens the
# name where it stands at the names' column — at the margin, indented with every name, right of a
# block's cell (a province) on the row's line, or left of the figures' line (a hanging indent).
@pytest.mark.parametrize(("lines", "name"), [
    (["Opleiding                                   2019     2020", "",
      "Zorgkundige                                   14        7", "", "Educatieve bachelor voor", "",
      "kleuteronderwijs                              22       31", ""], "Educatieve bachelor voor kleuteronderwijs"),
    (["    Opleiding                               2019     2020", "",
      "    Zorgkundige                               14        7", "", "    Educatieve bachelor voor", "",
      "    kleuteronderwijs                          22       31", ""], "Educatieve bachelor voor kleuteronderwijs"),
    (["Provincie        Opleiding                  2019     2020", "",
      "Antwerpen        Zorgkundige                  14        7", "", "                 Educatieve bachelor voor", "",
      "                 kleuteronderwijs             22       31", "",
      "Totaal Antwerpen                             36       38", ""], "Educatieve bachelor voor kleuteronderwijs"),
    (["Opleiding                                   2019     2020", "",
      "Zorgkundige                                   14        7", "", "Educatieve bachelor voor", "",
      "  kleuteronderwijs                            22       31", ""], "Educatieve bachelor voor kleuteronderwijs"),
], ids=["margin", "indented", "province", "hanging"])
def test_a_names_first_line_at_the_names_column_still_opens_it(lines: list[str], name: str) -> None:
    cells, issues = _laid(lines)
    assert cells[(name, "2019")] == 22 and cells[(name, "2020")] == 31
    assert issues == []
