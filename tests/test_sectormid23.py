"""Laid-out sector blocks whose names wrap, no space between rows: a sector's name alone on its
line (``Zorg``), closed further down by ``Subtotaal zorg``, heads its block — no line of the name
below it (found by the generator's laid-out form, ``pdftotext -layout`` style; the names were
read with ``Zorg`` / ``Bouw`` glued to them, and the next row's first line, without a word)."""

from __future__ import annotations

import pytest

from okot_audit import read_text
from test_middle23 import HEAD, _exact_or_said, laid_answers

#: Seed 24's third table (figures on a name's middle line, a months' header).
SECTOR_BLOCKS = """\
Opleiding                        juli 2019     Totaal

Zorg
Professionele knelpuntvakken
en met vakbevoegdheid -1ste             22         22
jaar
Graduaat knelpuntvakken                 51         51
individueel bachelor
Subtotaal zorg                          69         69
Onderwijs
Se-n-se opvoeder                        62         62
Subtotaal onderwijs                     62         62
Bouw
Se-n-se kleuteronderwijs
opvoeder onderwijs                      62         62
lerarenopleiding -1ste jaar
Verkorte bijkomende (SLO)
knelpuntvakken                          34         34
vakbevoegdheid opvoeder
Subtotaal bouw                          81         81
Totaal                                 203        203
"""


def test_a_sectors_block_head_is_no_line_of_the_name_below_it():
    answer = read_text(HEAD + SECTOR_BLOCKS, "generated.txt")
    assert answer.issues == []
    rows = [(c.block, c.label) for t in answer.tables for c in t.cells if c.level == "row" and c.period != "Totaal"]
    assert rows == [
        ("zorg", "Professionele knelpuntvakken en met vakbevoegdheid -1ste jaar"),
        ("zorg", "Graduaat knelpuntvakken individueel bachelor"),
        ("onderwijs", "Se-n-se opvoeder"),
        ("bouw", "Se-n-se kleuteronderwijs opvoeder onderwijs lerarenopleiding -1ste jaar"),
        ("bouw", "Verkorte bijkomende (SLO) knelpuntvakken vakbevoegdheid opvoeder"),
    ]


def test_sector_blocks_under_month_names_over_their_years():
    """Seed 305's third table: the months on the line above the header's years (``november`` /
    ``2020``), a blank line under the header. Before, the run ended at that blank line and
    ``Onderwijs`` / ``Techniek`` were read into names, and a row's first line into the row
    above, without a word."""
    table = """\
                                            november      december
Opleiding                                       2020          2020      Totaal

Onderwijs
Opvoeder vakbevoegdheid onderwijs -
verkort traject - 2de jaar                                      57          57
Totaal onderwijs                                                57          57
Techniek
Professionele kleuteronderwijs
verpleegkunde traject jaar 1                                    59          59
Tweedekansonderwijs onderwijs
individueel onderwijs                                           70          70
Totaal techniek                                                109         109
Bouw
Educatieve opvoeder voor                          43            55          90
Totaal bouw                                       43            55          90
Totaal                                            43           221         246
"""
    answer = read_text(HEAD + table, "generated.txt")
    assert answer.issues == []
    assert sorted({(c.block, c.label) for t in answer.tables for c in t.cells if c.level == "row"}) == [
        ("bouw", "Educatieve opvoeder voor"),
        ("onderwijs", "Opvoeder vakbevoegdheid onderwijs - verkort traject - 2de jaar"),
        ("techniek", "Professionele kleuteronderwijs verpleegkunde traject jaar 1"),
        ("techniek", "Tweedekansonderwijs onderwijs individueel onderwijs"),
    ]


# ---------------------------------------------------------------------------------------------
# Every laid-out style of sector blocks: read exactly, or said unread.

#: Seeds whose laid-out sector blocks are still read wrong (wrapmid23: none of the 640 answers
#: with sector blocks among the first 1,500 seeds; sectormid23 10, 65 before).
STILL_WRONG: tuple[int, ...] = ()


def _sector_answers(seeds):
    return laid_answers(seeds, lambda tables: any(t.shape.blocks == "sector" for t in tables))


def test_laid_out_sector_blocks_in_every_style_read_exactly_or_say_which_rows_they_could_not():
    """Before: 65 of the 640 answers with sector blocks among the first 1,500 seeds were read
    wrong (seed 24: ``Zorg`` / ``Bouw`` glued into names); 10 after sectormid23 (seeds 241, 243,
    480, 675, 698, 706, 1073, 1223, 1365, 1367: names cut in the wrong places, silently); now none."""
    wrong = []
    for seed, model, laid, style in _sector_answers(s for s in range(1500) if s not in STILL_WRONG):
        try:
            _exact_or_said(model, laid)
        except AssertionError as error:
            wrong.append((seed, style.v_align, style.row_gap, str(error)[:120]))
    assert wrong == []


def test_rows_on_a_page_with_no_repeated_header_are_read_under_the_last_pages_header():
    """Seed 312: province blocks, figures on a name's middle line, a page break with no header
    repeated (the running header and the page number no lines of the page). Before, the next
    page's rows fell back to the reading of figures beside a name's first line: names cut in
    the wrong places (``Se-n-se voor zorgkundige master Professionele master``), silently."""
    for _, model, laid, _ in _sector_answers([312]):
        _exact_or_said(model, laid)


# ---------------------------------------------------------------------------------------------
# wrapmid23: the ten seeds sectormid23 left (names cut in the wrong places, without a word).


def _labels(text: str) -> list[tuple[str | None, str]]:
    answer = read_text(HEAD + text, "generated.txt")
    assert answer.issues == []
    labels = [(c.block, c.label) for t in answer.tables for c in t.cells if c.level == "row"]
    return list(dict.fromkeys(labels))


def test_figures_on_a_names_middle_line_under_a_months_header_with_no_blocks():
    """Seed 241: no blocks' column, a header of months with their years, figures on a name's
    middle line (a name of two lines: its first). Before, only the reading of figures beside a
    name's first line was tried: ``Professionele`` / ``zorgkundige algemene  71`` / ``lager``
    cut wrongly, silently; now the middle rounded to a line is tried where that reading leaves
    names begun in lower case, and taken where it reads every name whole."""
    table = """\
Opleiding                   januari 2022    februari 2022    maart 2022    Totaal

Verkorte
gehandicaptenzorg -                   39                             44        83
tweede jaar
Specifieke onderwijs met              13               38             5        56
Professionele
zorgkundige algemene                  71               26            12       109
lager
Verkorte bijkomende                1.679               56         1.409     3.144
jeugd-
Totaal inschrijvingen              1.802              120         1.470     3.392
Totaal unieke cursisten            1.787              106         1.456     3.341
"""
    assert [label for _, label in _labels(table)][:4] == [
        "Verkorte gehandicaptenzorg - tweede jaar", "Specifieke onderwijs met",
        "Professionele zorgkundige algemene lager", "Verkorte bijkomende jeugd-"]


def test_figures_beside_a_names_last_line_under_a_month_over_its_year():
    """Seed 1365: the month on the line above its year (``december`` / ``2016``), a blank line
    under the header, no blocks. Before, the run of rows ended at the blank line and the names
    were glued as if the figures stood beside their first lines (``Educatieve apotheekassistent
    Professionele algemene educ - 2de jaar``, ``traject`` a row), silently."""
    table = """\
                                              december
Opleiding                                         2016   Totaal

Educatieve apotheekassistent                        25       25
Professionele algemene educ - 2de jaar
traject                                          1.010    1.010
Verkorte opvoeder                                   60       60
Opvoeder gehandicaptenzorg                          61       61
Opvoeder verpleegkunde niveau 5
orthopedagogie                                      32       32
Totaal                                           1.188    1.188
"""
    assert [label for _, label in _labels(table)] == [
        "Educatieve apotheekassistent", "Professionele algemene educ - 2de jaar traject", "Verkorte opvoeder",
        "Opvoeder gehandicaptenzorg", "Opvoeder verpleegkunde niveau 5 orthopedagogie"]


def test_a_sectors_head_whose_subtotal_stands_on_the_next_page():
    """Seed 243: ``Onderwijs`` heads a block whose ``Subtotaal onderwijs`` stands on the next
    page, under the repeated header. Before, only the sectors closed on the page were heads:
    ``Onderwijs`` was read into the name below it, silently."""
    table = """\
Opleiding                                         2021      2022      Totaal

Zorg
Se-n-se lager kleuteronderwijs bachelor
modules 1- 4 onderwijs                             216        33         249
Se-n-se en algemene modules 1- 4 kinderzorg         13        25          38
Subtotaal zorg                                     229        58         287
Onderwijs
Professionele individueel graduaatsopleiding
vakbevoegdheid                                       7         5          12

\fOpleiding                                         2021      2022      Totaal

Subtotaal onderwijs                                  7         5          12
Totaal                                             236        63         299
"""
    assert [(b, label) for b, label in _labels(table) if not label.startswith(("Subtotaal", "Totaal"))] == [
        ("zorg", "Se-n-se lager kleuteronderwijs bachelor modules 1- 4 onderwijs"),
        ("zorg", "Se-n-se en algemene modules 1- 4 kinderzorg"),
        ("onderwijs", "Professionele individueel graduaatsopleiding vakbevoegdheid"),
    ]


def test_a_names_own_number_on_a_line_of_its_own_or_beside_its_figures():
    """Seeds 480 and 706: a name's last word a number, alone on its line (``module`` / ``5``, no
    blocks) or beside the row's figures (``… jaar`` / ``1  27  27``, sector blocks). Before, the
    run of rows ended there and the number was read into the next row's name (``5 Graduaat …``,
    ``1 Verkorte …``), silently."""
    middle = """\
Opleiding                        2022-2023     2023-2024     2024-2025     Totaal

Hoger algemene
vakbevoegdheid lager                     33            31                       64
verpleegkunde niveau 5
Se-n-se voor                             37                          55         92
Verkorte jeugd- verkort
individueel traject - module             47                          27         74
5
Graduaat bijkomende - 1ste
jaar vakbevoegdheid                      46            40            39        125
kleuteronderwijs
graduaatsopleiding
Totaal                                  163            71           121        355
"""
    assert [label for _, label in _labels(middle)] == [
        "Hoger algemene vakbevoegdheid lager verpleegkunde niveau 5", "Se-n-se voor",
        "Verkorte jeugd- verkort individueel traject - module 5",
        "Graduaat bijkomende - 1ste jaar vakbevoegdheid kleuteronderwijs graduaatsopleiding"]
    bottom = """\
Opleiding                                              2019      Totaal

Onderwijs
Educatieve voor jeugd-                                    30          30
Se-n-se kleuteronderwijs graduaatsopleiding jaar
1                                                         27          27
Verkorte lerarenopleiding vakbevoegdheid
vakbevoegdheid bijkomende                                 42          42
Totaal onderwijs                                          99          99
Totaal                                                    99          99
"""
    assert [(b, label) for b, label in _labels(bottom) if not label.startswith("Totaal")] == [
        ("onderwijs", "Educatieve voor jeugd-"),
        ("onderwijs", "Se-n-se kleuteronderwijs graduaatsopleiding jaar 1"),
        ("onderwijs", "Verkorte lerarenopleiding vakbevoegdheid vakbevoegdheid bijkomende"),
    ]
