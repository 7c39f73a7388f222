"""Generated answers read wrong, or refused, under seeds no earlier run saw (session 33: the
generated-shape properties of ``tests/test_generated_shapes*.py``,
``tests/test_newer_shapes_property.py``, ``tests/test_prop2*.py``, ``tests/test_account31.py``,
``tests/test_scatter32.py`` and ``tests/test_span32.py`` at ``--hypothesis-seed`` 6058 and on,
under the dev profile): each one found, as the exact text the generator printed or cut to its
table."""

from __future__ import annotations

from pathlib import Path

import pytest

from okot_audit import read_text


def _cells(answer) -> list[tuple]:
    return [(c.line, c.period, c.count) for t in answer.tables for c in t.cells]


# The laid-out form of a generated answer (``test_span32.py``
# ``::test_laid_out_pages_on_grids_of_their_own_with_their_header_again_read_back_exactly``, seed
# 6059), cut to its first table's pages 1, 5, 6 and 7: months over their years (``mei  juni
# juli`` / ``2016  2016  2016*  Totaal``), each label four characters left of its figures, the
# header printed again on every page. The reader lays each page out on a grid of its own (its
# rows' names joined), and page 6 — both rows blank in June — has no row that fills every
# column: its header printed again (months above years: a line that does not say the periods)
# left it under the columns of the page above, where its figures stand under none, and both
# rows were said (``ambiguous-alignment``) though their places are as plain as on every page.
# The model: a page's header printed again, its labels' last words those of the first header,
# says where its columns stand — each as far from its label as on the last page that shows both.
HEADER_AGAIN_NO_FULL_ROW = Path(__file__).parent / "data" / "sweep33_header_again_no_full_row.laid.txt"


def test_a_page_with_no_full_row_under_its_header_printed_again_reads_by_that_header() -> None:
    text = HEADER_AGAIN_NO_FULL_ROW.read_text(encoding="utf-8")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert [c for c in _cells(answer) if c[0] in (50, 54)] == [
        (50, "2016-05", 60), (50, "2016-07", 39), (50, "Totaal", 99),
        (54, "2016-05", 29), (54, "2016-07", 5), (54, "Totaal", 34)]
    assert [c for c in _cells(answer) if c[0] == 37] == [(37, "2016-05", 60), (37, "2016-07", 11), (37, "Totaal", 71)]


def test_a_row_between_the_columns_its_header_printed_again_gives_is_still_said() -> None:
    """A figure of the page that stands between two of the columns its header printed again
    gives (``39`` six characters left of where July's figures end: midway between June's and
    July's) is no reading of them: the page's rows are said, never read by a guess."""
    lines = HEADER_AGAIN_NO_FULL_ROW.read_text(encoding="utf-8").split("\n")
    row = lines[49]
    at = row.index(" 39 ")
    lines[49] = row[:at - 6] + " 39      " + row[at + 4:]
    answer = read_text("\n".join(lines), "g.txt")
    assert 50 not in {c[0] for c in _cells(answer)}
    assert 50 in {i.line for i in answer.issues}


# The laid-out form of a generated answer (``test_span32.py``
# ``::test_laid_out_pages_on_grids_of_their_own_with_their_header_again_read_back_exactly``, seed
# 6092), cut to its second table: months over their years again, six of them
# (``2019  2019  …  2019``), and a page whose three rows each leave a month blank. That page's
# header printed again — a line of six years — was taken for a row that fills every column, its
# years' places for the page's columns, four characters left of the figures: ``7`` (May) stood
# nearer no column than another and the row was said (``ambiguous-alignment``). The model: a
# header printed again is no row of the table; the page reads by its labels as above.
YEARS_HEADER_AGAIN = Path(__file__).parent / "data" / "sweep33_years_header_again_no_full_row.laid.txt"


def test_a_header_of_years_printed_again_is_no_full_row_of_its_page() -> None:
    answer = read_text(YEARS_HEADER_AGAIN.read_text(encoding="utf-8"), "g.txt")
    assert answer.issues == []
    assert [c for c in _cells(answer) if c[0] in (52, 54)] == [
        (52, "2019-05", 7), (52, "2019-07", 4), (52, "2019-08", 51), (52, "2019-09", 35), (52, "2019-10", 60),
        (54, "2019-05", 60), (54, "2019-06", 57), (54, "2019-08", 6), (54, "2019-10", 35)]


# The ``pdftotext`` form of a generated answer (``test_account31.py``
# ``::test_every_figure_of_every_table_like_line_is_accounted_for[pdftotext]``, seed 6060), cut
# to its second table: printed one figure per line, and the extractor put the first row's name
# and first figure among the header's cells (``mei 2021`` / ``Antwerpen`` / ``50`` / ``juni
# 2021`` …). The ``50`` alone before the table's first piece was taken for a figure alone ahead
# of the table (a page's number, a date's day) and dropped: the table said unreadable from its
# next figure, ``50`` in no record — lost in silence. The model: a figure alone among a
# table's period labels is a cell of that table.
FIGURE_AMONG_LABELS = """\
Vlaams Parlement - Schriftelijke vragen en antwoorden

Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector
JO BOURNS
VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW
ANTWOORD
op vraag nr. 209 van 2 oktober 2017
van JAN LAEREMANS
2. Hieronder vindt u het aantal geslaagde unieke cursisten per provincie.
Provincie

mei 2021

Antwerpen

50

juni 2021

juli 2021

augustus
2021*

13

16

\fVlaams Parlement - Schriftelijke vragen en antwoorden

Limburg

55

11

66

28

Oost-Vlaanderen

316

56

24

46

Vlaanderen

371

83

40

74

*Voor het jaar augustus 2021 zijn enkel cijfers opgenomen van de eerste jaarhelft.
"""


def test_a_figure_alone_among_the_period_labels_of_a_table_printed_one_figure_per_line_is_said() -> None:
    answer = read_text(FIGURE_AMONG_LABELS, "g.txt")
    assert [(i.kind, i.reason, i.line, i.numbers, i.other_line) for i in answer.issues] == [
        ("unreadable-table", "one-figure-per-line", 16, (50, 13, 16, 55, 11, 66, 28, 316, 56, 24, 46, 371, 83, 40, 74), 59)]


def test_a_figure_alone_above_a_tables_period_labels_stays_out_of_its_record() -> None:
    """A figure alone between the question and the table's header (no period's label above it:
    a page's number, a paragraph's stray figure) is no cell the labels place: it stays out of
    the table's record, which still takes the figure among its labels."""
    text = FIGURE_AMONG_LABELS.replace("provincie.\nProvincie\n", "provincie.\n\n12\n\nProvincie\n")
    answer = read_text(text, "g.txt")
    assert [(i.line, i.numbers[:2]) for i in answer.issues if i.kind == "unreadable-table"] == [(19, (50, 13))]


# The ``pdftotext -layout`` text of a generated answer's PDF (``test_generated_shapes20.py``
# ``::test_the_layout_text_of_the_pdf_reads_back_exactly[code_by_sector_column]``, seed 6092),
# cut to its third table: months over years, a second page laid out on a narrower grid of its
# own, and on it ``095302: … - tweede jaar  10`` / ``Limburg`` — its one figure in February
# (``Totaal Limburg  10`` below it, in February too). The reader lays the pages out as one
# grid, but sets ``februari 2021`` far left of its figures (columns 80–93 over figures ending at
# 133) and the row's joined name reaches under it: the row is not placed by position
# (columns.place_by_position: label text under the first column's label), and its spacing —
# two spaces before ``10``, the seeds' sign of a blank cell — read it SILENTLY in March, the
# total in February. The cause (cellb33): the reader moved the page's rows under the first
# page's columns with their programme's name beside the block's name (read/pdf.py
# _page_columns); it moves their figures only now (tests/test_cellb33.py).
LABEL_UNDER_FIRST_COLUMN = Path(__file__).parent / "data" / "sweep33_label_under_first_column.layout.txt"


def test_a_row_whose_name_reaches_under_the_first_columns_label_reads_by_its_figures_column() -> None:
    answer = read_text(LABEL_UNDER_FIRST_COLUMN.read_text(encoding="utf-8"), "g.txt")
    assert [(c.line, c.period, c.count) for t in answer.tables for c in t.cells if c.line in (42, 46)] == [
        (42, "2021-02", 10), (46, "2021-02", 10)]


# A generated answer printed one figure per line (``test_span32.py``
# ``::test_every_figure_of_a_table_one_figure_per_line_is_a_cell_or_said``, seed 6063, found on
# this branch and on main alike): one period (``2022``) above the rows, the first row's name
# ending in its own digit (``modules 1-`` / ``4 zorgkundige``), then its count ``4`` alone. The
# ``4`` is a figure alone before the table's first piece (from ``942``), with the period's label
# above it but none below (one period: every label above), and unread.merge_one_figure_runs
# dropped it (a label was asked for on both sides) — lost in silence.
# The model: a figure alone below the table's period labels, no prose between, is its cell.
ONE_PERIOD_FIRST_COUNT_ALONE = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector

1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.
Unieke cursisten met

2022

Tweedekansonderwijs
verpleegkunde modules 1-
4 zorgkundige

4

Educatieve
apotheekassistent
lerarenopleiding -
verkort traject - 2de
jaar beroepsonderwijs

942

Se-n-se zorgkundige
individueel master

7

16

Specifieke
gehandicaptenzorg
Totaal

969
"""


def test_a_first_count_alone_below_the_only_period_label_is_in_the_tables_record() -> None:
    answer = read_text(ONE_PERIOD_FIRST_COUNT_ALONE, "g.txt")
    assert [(i.reason, i.line, i.numbers) for i in answer.issues] == [("one-figure-per-line", 12, (4, 942, 7, 16, 969))]
