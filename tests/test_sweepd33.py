"""Generated answers under seeds no earlier run saw (session 33, fourth sweep: the generated-shape
properties of ``tests/test_generated_shapes*.py``, ``tests/test_newer_shapes_property.py``,
``tests/test_prop2*.py``, ``tests/test_account31.py``, ``tests/test_scatter32.py``,
``tests/test_span32.py``, ``tests/test_range33.py`` and ``tests/test_lone33.py`` at
``--hypothesis-seed`` 6067 and on, under the dev profile). What they found were the properties'
own oracles asking more than the reader owes; the texts stay here, cut to their tables, with what
the reader does with them, so that the oracles' allowances stay as narrow as the cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from okot_audit import read_text

HEAD = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector\n\n"
        "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.\n")


# ``test_lone33.py::test_every_figure_of_rows_on_their_lines_with_late_labels_is_a_cell_or_said``,
# seeds 6067, 6070 and 6071: a table of seven rows and a total, no header of periods, the last
# row's figures and the total's before their names, the total's last figure alone. The table is
# refused (no periods) from its first row to that last figure; a finding lists forty numbers at
# most, and the property's oracle asked every figure among them — the last ones are said by the
# refusal's span. The oracle (test_lone33._unaccounted) now counts the figures printed on a
# line of a finding's span as said.
LATE_LABELS_LONG = HEAD + """\
Opleiding

Opvoeder orthopedagogie lerarenopleiding vorming modules 1- 4 tandartsassistent 50 55 37 39 181
Specifieke algemene 15 41 59 217 332
Tweedekansonderwijs educ graduaatsopleiding apotheekassistent 54 27 58 30 169
Opvoeder verpleegkunde -1ste jaar kleuteronderwijs tandartsassistent leefgroepenwerking 67 26 11 13 117
Specifieke traject lerarenopleiding 49 39 62 21 171
Tweedekansonderwijs kinderzorg lager 30 14 29 451 524
Verkorte lager 49 58 44 48 199
314 237 296 814
Totaal

1613
"""


def test_a_long_refused_tables_span_reaches_its_totals_last_figure_alone() -> None:
    answer = read_text(LATE_LABELS_LONG, "g.txt")
    assert answer.tables == [] or all(not t.cells for t in answer.tables)
    [issue] = answer.issues
    assert (issue.kind, issue.reason, issue.line, issue.other_line) == ("unreadable-table", "table-like-lines", 6, 16)
    assert len(issue.numbers) == 40 and issue.numbers[-4:] == (314, 237, 296, 814)  # (1613: by the span)


# ``test_generated_shapes18.py::test_a_changed_figure_is_reported_as_the_figures_say[code_turned]``,
# seed 6069: one period, the last row's name ending a line in a figure of its own
# (``746216: apotheekassistent - 1`` / ``jeugd- 23``), and the five rows above sum to 185 under a
# total of 186: the ``1`` as the row's count fits the total exactly, the ``23`` fits it too
# (208 >= 186, 22 persons counted twice). Two readings the totals fit: the row is said, its
# table's totals unchecked — loud by design. The property's oracle expected the table's
# double count; it now leaves a table out whose refused row the model's own figures bear out
# (test_newer_shapes_property.refused_as_two_readings), and only such a table.
TWO_READINGS = HEAD + """\
Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s) 2021-2022*
040871: sec 
apotheekassistent -en 46
 

445457: onderwijs: en kleuteronderwijs Professionele
master 23
 
515894: graduaatsopleiding Tweedekansonderwijs modules 1- 4 - tweede
jaar 68
559439: lerarenopleiding - 1 gehandicaptenzorg zorgkundige - 
1 ste jaar traject opvoeder 42
705927: lerarenopleiding
vorming en jaar 1 
- tweede jaar 6
746216: apotheekassistent - 1 
jeugd- 23
Totaal unieke cursisten 186 
"""


def test_a_name_ending_its_line_in_a_figure_the_total_fits_as_a_count_is_said() -> None:
    answer = read_text(TWO_READINGS, "g.txt")
    assert [(i.kind, i.line, i.code, i.numbers, i.text, i.other) for i in answer.issues] == [
        ("ambiguous-alignment", 20, "746216", (23,), "apotheekassistent - 1 jeugd", "apotheekassistent - jeugd- 23")]


def test_a_name_ending_its_line_in_a_figure_the_total_does_not_fit_as_a_count_is_read() -> None:
    """The same row under a total the ``1`` cannot fit (185 + 1 = 186 < 190 <= 208): one reading,
    the ``23`` read as the row's count."""
    answer = read_text(TWO_READINGS.replace("cursisten 186", "cursisten 190"), "g.txt")
    assert [i.kind for i in answer.issues] == []
    assert [(c.code, c.period, c.count) for t in answer.tables for c in t.cells if c.code == "746216"] == [
        ("746216", "2021-2022", 23)]


# The laid-out form of a generated answer (``test_span32.py``
# ``::test_laid_out_pages_on_grids_of_their_own_with_their_header_again_read_back_exactly``, seed
# 6070), cut to its first table: a province table, each header label set four characters left of
# its figures (``2020`` ending at 71, its figures at 75), and a first page on which no row fills
# every column — ``Antwerpen … niveau 5  280  261  445  11`` (2024 blank), its subtotal the same
# four figures, and three rows of the next block, each with a blank of its own. The page's rows'
# figures stand in five plain columns (ending at 75, 86, 97, 108 and 120: one per label, each four
# characters right of it), but with no full row the reader takes the header's own columns
# (parse._with_settled_figures: the rows' order places no figure of a four-figure row under five
# labels), where each figure stands midway between two labels; the three rows are settled by
# their block's subtotal on page 2, but Antwerpen's row equals its subtotal in every placement
# (only the Eindtotaal, over the blocks, tells) — both said (``ambiguous-alignment``): loud, but
# a readable table's block left unchecked. Left: the fix belongs in parse/__init__.py
# _with_settled_figures (a page whose rows' figures, taken together, stand in as many columns as
# the header has labels, in order, each at one offset from its label, reads by them).
FIRST_PAGE_NO_FULL_ROW = Path(__file__).parent / "data" / "sweepd33_first_page_no_full_row.laid.txt"


# (read since lost33: a laid-out figure asks room up to its own row's next cell only, so the
# header's labels set left of their figures no longer move the columns apart; read/pdf._lay_out)
def test_a_first_page_with_no_full_row_reads_by_its_rows_figures_together() -> None:
    answer = read_text(FIRST_PAGE_NO_FULL_ROW.read_text(encoding="utf-8"), "g.txt")
    assert [(c.line, c.period, c.count) for t in answer.tables for c in t.cells if c.line in (17, 20)] == [
        (17, "2020", 280), (17, "2021", 261), (17, "2022", 445), (17, "2023", 11),
        (20, "2020", 280), (20, "2021", 261), (20, "2022", 445), (20, "2023", 11)]
    assert answer.issues == []


# The seeds' form of a generated answer (``test_generated_shapes18.py``
# ``::test_persons_counted_twice_are_reported_as_the_figures_say``, seed 6075), cut to its first
# table: months by sector blocks, blank cells printed ``x``, and a row whose name holds a range
# that ends its first line (``733826: Graduaat 2 - 3`` / ``voor`` / ``Se-n-se 19 272 67``). The
# range was read as the row's figures — ``2`` in February, ``-`` a blank, ``3`` in April — and
# the row's own figures on its last line left as a ``stray-number``: two wrong cells, and three
# ``total-exceeds-parts`` errors on a consistent table (loud, but false). The table's blank mark
# is ``x``: a ``-`` there is no blank. Fixed by seedfix33 (parse/blanks.py _range_closed_over_cells:
# a whole range the name goes on past in words alone, its row's figures filling the periods below).
RANGE_ENDING_FIRST_LINE = HEAD + """Aantal unieke gestarte cursisten per 
opleiding februari 2021 maart 2021 april 2021
Onderwijs
059183: Hoger zorgkundige zorgkundige verpleegkunde Se-n-se kleuteronderwijs fase 1- 2 modules 1- 
4 10 x 27
147708: vakbevoegdheid - 2de
jaar 58 378 x
236878: vorming apotheekassistent
individueel Specifieke leefgroepenwerking 31 x 37
543231: graduaatsopleiding 20 61 27
Totaal onderwijs 104 439 82
Bouw
289846: master niveau
5 algemene 18 x 40
554964: Graduaat - 2e
jaar 2 - 3 20 x 18
633333: Educatieve 
Specifieke
Opvoeder - 1ste jaar kinderzorg onderwijs 34 31 37
651826: individueel educ lager x x 13 
733826: Graduaat 2 - 3 
voor
Se-n-se 19 272 67
759629: Verkorte verkort verkort onderwijs modules 1- 4 -1ste
jaar vorming 14 24 27
Subtotaal bouw 89 327 188
Totaal 193 760 270 
"""


def test_a_names_range_ending_its_first_line_is_the_names_when_its_figures_follow() -> None:
    answer = read_text(RANGE_ENDING_FIRST_LINE, "g.txt")
    assert [(c.period, c.count) for t in answer.tables for c in t.cells if c.code == "733826"] == [
        ("2021-02", 19), ("2021-03", 272), ("2021-04", 67)]
    assert answer.issues == []
