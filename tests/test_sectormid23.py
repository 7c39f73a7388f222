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

#: Seeds whose laid-out sector blocks are still read wrong (sectormid23: 10 of the 640 answers
#: with sector blocks among the first 1,500 seeds, 65 before).
STILL_WRONG = (241, 243, 480, 675, 698, 706, 1073, 1223, 1365, 1367)


def _sector_answers(seeds):
    return laid_answers(seeds, lambda tables: any(t.shape.blocks == "sector" for t in tables))


def test_laid_out_sector_blocks_in_every_style_read_exactly_or_say_which_rows_they_could_not():
    """Before: 65 of the 640 answers with sector blocks among the first 1,500 seeds were read
    wrong (seed 24: ``Zorg`` / ``Bouw`` glued into names); now 10 (STILL_WRONG)."""
    wrong = []
    for seed, model, laid, style in _sector_answers(s for s in range(1500) if s not in STILL_WRONG):
        try:
            _exact_or_said(model, laid)
        except AssertionError as error:
            wrong.append((seed, style.v_align, style.row_gap, str(error)[:120]))
    assert wrong == []


@pytest.mark.xfail(strict=True, reason=(
    "read wrong without a word: in seed 241 the failing table has no blocks' column (``Opleiding  januari "
    "2022 …``, figures on a name's middle line), so read/pdf_wrapped.py wrapped_rows tries only the reading "
    "of figures beside a name's first line and cuts the names in the wrong places; the other nine not "
    "classified"))
@pytest.mark.parametrize("seed", STILL_WRONG)
def test_laid_out_sector_blocks_still_read_wrong_silently(seed):
    """Each seed the sweep above leaves out, held here so that a fix shows (strict)."""
    answers = list(_sector_answers([seed]))
    assert answers  # (each is an answer with sector blocks)
    for _, model, laid, _ in answers:
        _exact_or_said(model, laid)


def test_rows_on_a_page_with_no_repeated_header_are_read_under_the_last_pages_header():
    """Seed 312: province blocks, figures on a name's middle line, a page break with no header
    repeated (the running header and the page number no lines of the page). Before, the next
    page's rows fell back to the reading of figures beside a name's first line: names cut in
    the wrong places (``Se-n-se voor zorgkundige master Professionele master``), silently."""
    for _, model, laid, _ in _sector_answers([312]):
        _exact_or_said(model, laid)
