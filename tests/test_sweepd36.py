"""Generated answers read wrong, or said where nothing was wrong, under seeds no earlier run saw
(session 36, sweep d: the generated-shape properties listed in ``tests/test_sweepc36.py``'s
docstring plus the ``@given`` files of session 36 — ``tests/test_silentd36.py``,
``tests/test_sweepc36.py``, ``tests/test_typo36.py`` — at ``--hypothesis-seed`` 6116 onwards, each
file whole, under the dev profile, one file at a time with ``-x``). The cases read from the PDF
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
# 211 under ``geslaagd`` of 2022-2023 — a silent wrong reading (no issue, no total error: the
# table's Totaal row is on page 3). A minimal PDF with the same rows, unwrapped, reads right: the
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
