"""Generated answers read wrong, or refused, under seeds no earlier run saw (session 32, second
sweep: the generated-shape properties of ``tests/test_generated_shapes*.py``,
``tests/test_newer_shapes_property.py``, ``tests/test_prop2*.py`` and ``tests/test_account31.py``
at ``--hypothesis-seed`` 6048 and on, under the dev profile): each one found, as the exact text
the generator printed or cut to its table."""

from __future__ import annotations

from pathlib import Path

import pytest

from okot_audit import audit, read_text


def _cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]


# The seeds' form of a generated answer (``test_generated_shapes22.py``
# ``::test_thousands_apart_by_a_space_never_pass_unread``, seed 6048), cut to its second table:
# provinces on their side, the years down its rows, 2017's first two cells blank (``x``) and its
# counts' thousands apart by a space (``2017 x x 1 687 1 687``). The marks made blanks
# (``2017   1 687 1 687``: two blanks, as the seeds' spacing says), the line kept four figures
# under four columns, and the blanks the spacing shows BEFORE its first figure were not counted
# (parse/transposed._blanks_beyond looked between figures only): read SILENTLY as 1, 687, 1, 687
# — 1.687 lost, no error.
TURNED_BLANKS_BEFORE_SPACED_THOUSANDS = """\
2. Hieronder vindt u het aantal geslaagde unieke 
cursisten per provincie.

Jaar Antwerpen Vlaams-Brabant Brussel Totaal
2016 30 26 40 76
2017 x x 1 687 1 687
2018* 38 48 32 118
"""


def test_blanks_before_thousands_apart_by_a_space_in_a_table_on_its_side_are_blanks() -> None:
    answer = read_text(TURNED_BLANKS_BEFORE_SPACED_THOUSANDS, "g.txt")
    assert answer.issues == []
    assert [c for c in _cells(answer) if c[4] == 6] == [("row", "Brussel", "2017", 1687, 6), ("total", "Totaal", "2017", 1687, 6)]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


@pytest.mark.parametrize("line, expected", [
    ("2017 1 687 x x 1 687", [("row", "Antwerpen", "2017", 1687, 6), ("total", "Totaal", "2017", 1687, 6)]),
    ("2017 x 1 687 x 1 687", [("row", "Vlaams-Brabant", "2017", 1687, 6), ("total", "Totaal", "2017", 1687, 6)]),
    ("2017 x x 16 16", [("row", "Brussel", "2017", 16, 6), ("total", "Totaal", "2017", 16, 6)]),
])
def test_blanks_between_or_before_plain_figures_on_a_turned_table_still_read(line, expected) -> None:
    """The other side: blanks between figures joined as thousands, and blanks before figures
    that need no joining, read as before."""
    answer = read_text(TURNED_BLANKS_BEFORE_SPACED_THOUSANDS.replace("2017 x x 1 687 1 687", line), "g.txt")
    assert answer.issues == []
    assert [c for c in _cells(answer) if c[4] == 6] == expected


def test_blanks_after_the_last_figure_the_figures_leave_no_room_for_are_no_silent_reading() -> None:
    """Blanks the seeds' spacing shows after the last figure (two spaces: one blank) of a line
    with as many figures as columns: four columns hold 1.687, 1, 687 and the blank, or 1, 687,
    1.687 and the blank — two readings, so the line is reported, never read as 1, 687, 1, 687."""
    text = ("Aantal geslaagde unieke cursisten per provincie.\n\nJaar Antwerpen Vlaams-Brabant Brussel Totaal\n"
            "2016 30 26 40 76\n2017 1 687 1 687  \n2018* 38 48 32 118\n")
    answer = read_text(text, "g.txt")
    assert [c for c in _cells(answer) if c[4] == 5] == []
    assert [(i.kind, i.line) for i in answer.issues] == [("ambiguous-alignment", 5)]


# The text pdfplumber lays out of a generated PDF (``test_account31.py``
# ``::test_every_figure_of_every_table_like_line_is_accounted_for[pdfplumber-layout]``, seed
# 6049): a table by age under one month, its month's cell wrapped around the line of the cells
# beside it (``oktober`` / ``Leeftijd  Totaal`` / ``2016``), the header printed again on the
# next page. ``Leeftijd Totaal`` was taken for the header of a table of one count per row (its
# period in the prose), ``2016`` below it for a count that looks like a year
# (parse/regions._plain_header), and the table refused as ``no-period`` (two rows of page 2
# said only at the header of page 1). With a star (``2016*``) it read: the year is the
# month's, whatever marks it.
MONTH_ABOVE_YEAR_BELOW = Path(__file__).parent / "data" / "sweepc32_month_above_year_below_6049.pdfplumber-layout.txt"

AGES = [("row", "-25 jaar", "2016-10", 42), ("row", "-25 jaar", "Totaal", 42), ("row", "25-54 jaar", "2016-10", 11),
        ("row", "25-54 jaar", "Totaal", 11), ("row", "55+ jaar", "2016-10", 3), ("row", "55+ jaar", "Totaal", 3),
        ("total", "Totaal", "2016-10", 56), ("total", "Totaal", "Totaal", 56)]


def test_a_year_alone_below_a_header_under_its_month_alone_is_the_months_year_in_laid_out_text() -> None:
    answer = read_text(MONTH_ABOVE_YEAR_BELOW.read_text(encoding="utf-8"), "g.txt")
    assert answer.issues == []
    by_age = [t for t in answer.tables if t.measure == "graduated"]
    assert [c[:4] for c in _cells(answer) if 30 <= c[4] <= 42] == AGES
    assert [(c.line) for t in by_age for c in t.cells] == [30, 30, 31, 31, 41, 41, 42, 42]


@pytest.mark.parametrize("column", ["Totaal", "Aantal"])
def test_a_year_alone_below_a_header_under_its_month_alone_is_the_months_year(column) -> None:
    text = (f"Aantal geslaagde unieke cursisten naar leeftijd.\n\noktober\nLeeftijd {column}\n2016\n"
            "-25 jaar 42 42\n25-54 jaar 11 11\n55+ jaar 3 3\nTotaal 56 56\n")
    if column == "Aantal":
        text = text.replace(" 42 42", " 42").replace(" 11 11", " 11").replace(" 3 3", " 3").replace(" 56 56", " 56")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert [c[:4] for c in _cells(answer)] == [c for c in AGES if column == "Totaal" or c[2] != "Totaal"]


def test_a_count_that_looks_like_a_year_under_a_one_count_header_stays_a_count() -> None:
    """The other side: under ``Leeftijd Aantal`` with no month alone above it, a first row's
    count that looks like a year is read as before (here, after a line of prose that ends in a
    month's name, it still says no period)."""
    text = "Aantal geslaagde unieke cursisten naar leeftijd in 2016.\n\nLeeftijd Aantal\n-25 jaar 2015\nTotaal 2015\n"
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert [c[:4] for c in _cells(answer)] == [("row", "-25 jaar", "2016", 2015), ("total", "Totaal", "2016", 2015)]
    prose = "Aantal geslaagde unieke cursisten.\n\nDe cijfers lopen tot oktober\nLeeftijd Aantal\n2016\n-25 jaar 42\n"
    assert [(i.kind, i.reason) for i in read_text(prose, "g.txt").issues] == [("unreadable-table", "no-period")]


# ``pdftotext -layout`` of a generated PDF (``test_account31.py``
# ``::test_every_figure_of_every_table_like_line_is_accounted_for[pdftotext-layout]``, seed 6054):
# a row's name laid out around its line of figures, its last piece below them (``Opvoeder
# bijkomende niveau`` / ``50   22`` / ``5``). The reader reads the name ``Opvoeder bijkomende
# niveau 5`` and the figures 50 and 22; the property's oracle took the word before the ``5`` from
# the line right above — the line of figures, no word — and counted the 5 as lost. The oracle
# (tests/test_account31.lost_figures) now takes the last line of words above.
NAME_BELOW_ITS_FIGURES = Path(__file__).parent / "data" / "sweepc32_name_below_its_figures_6054.pdftotext-layout.txt"


def test_a_names_last_piece_below_its_line_of_figures_is_no_lost_figure_of_the_account() -> None:
    pytest.importorskip("fpdf", reason="test_account31 needs fpdf2")
    from test_account31 import lost_figures

    text = NAME_BELOW_ITS_FIGURES.read_text(encoding="utf-8")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert [c[1:4] for c in _cells(answer) if c[4] == 35] == [
        ("Opvoeder bijkomende niveau 5", "2020-03", 50), ("Opvoeder bijkomende niveau 5", "2020-05", 22)]
    labels = ["Specifieke vorming module 5 secundair graduaatsopleiding", "Specifieke zorgkundige",
              "Hoger vakbevoegdheid voor lager individueel traject - modules 1- 4 tandartsassistent",
              "Opvoeder bijkomende niveau 5", "Professionele en leefgroepenwerking"]
    assert lost_figures(text.split("\n"), lambda n: n, answer, labels, 0) == []


# pdfplumber's text of a generated PDF (``test_account31.py``
# ``::test_every_figure_of_every_table_like_line_is_accounted_for[pdfplumber]``, seed 6055): a
# page break inside a province table, the next page's running header joined to the block's
# total line after the form feed (``Totaal Antwerpen 44\fStuk 123 (2022-2023) - Nr. 1``). The
# reader reads 44 and sets the running header aside; the property's oracle took the header's
# ``Nr. 1`` for the total line's last figure, lost. The oracle now takes the pieces of such a
# line on either side of the form feed each as a line of its own.
RUNNING_HEADER_AFTER_A_PAGE_BREAK = (
    Path(__file__).parent / "data" / "sweepc32_running_header_after_a_page_break_6055.pdfplumber.txt")


def test_a_running_header_joined_after_a_page_break_is_no_lost_figure_of_the_account() -> None:
    pytest.importorskip("fpdf", reason="test_account31 needs fpdf2")
    from test_account31 import lost_figures

    text = RUNNING_HEADER_AFTER_A_PAGE_BREAK.read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[20] == "Totaal Antwerpen 44\fStuk 123 (2022-2023) - Nr. 1"
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert [c[:4] for c in _cells(answer) if c[4] == 21] == [("subtotal", "Totaal Antwerpen", "2018", 44)]
    labels = ["educ individueel traject - module 5 lerarenopleiding kleuteronderwijs bachelor",
              "master - 1 ste jaar leefgroepenwerking gehandicaptenzorg", "-25 jaar", "25-54 jaar", "55+ jaar",
              *(p for p in ("Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel"))]
    assert lost_figures(lines, lambda n: n, answer, labels, 0) == []


# Two generated answers in the seeds' form whose row name holds a range (``2 - 3``) broken over
# lines, its opening figure ending a line of the name and its end opening a later one (mended in
# session 33, tests/test_range33.py: the range's end below with the row's figures filling the
# columns after it makes the opening figure the name's; a dash that ends a line after a digit
# the next line's larger digit closes is the name's range, no blank's mark):
#
# ``test_generated_shapes18.py::test_a_changed_figure_is_reported_as_the_figures_say[code_turned]``,
# seed 6052: ``069197: Specifieke bijkomende  2`` / ``-`` / ``3 30 28`` under two school years.
# Read (before) as a row whose 2015-2016 is blank and 2016-2017 is 2 (the two spaces as a blank), the row's
# figures ``3 30 28`` a ``stray-number`` warning, and a false ``total-exceeds-parts`` error
# (``Subtotaal onderwijs`` 28 over parts of 2). Only the name ``… 2 - 3`` with 30 and 28 fits the
# subtotal.
RANGE_OVER_THREE_LINES = """\
Unieke cursisten die hun opleiding stopgezet hebben 2015-2016 2016-2017
Onderwijs
069197: Specifieke bijkomende  2
- 
3 30 28
Subtotaal onderwijs 30 28
Bouw
109066: master sec - 1 individueel traject - module 5 jeugd- 49 12
980225: educ 
onderwijs: individueel
traject - module 5 algemene 13 x
Totaal bouw 62 12 
Totaal 83 40
"""


def test_a_names_range_broken_over_three_lines_is_the_names() -> None:
    answer = read_text(RANGE_OVER_THREE_LINES, "g.txt")
    assert answer.issues == []
    assert [c[1:4] for c in _cells(answer) if c[0] == "row" and c[4] <= 5] == [
        ("Specifieke bijkomende 2 - 3", "2015-2016", 30), ("Specifieke bijkomende 2 - 3", "2016-2017", 28)]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


# ``test_generated_shapes20.py::test_the_seeds_form_reads_back_exactly[code_by_province_years]``,
# seed 6055, cut to its second table's first block: ``Antwerpen 482161: vakbevoegdheid 2 -`` /
# ``3 en bachelor`` / ``Educatieve beroepsonderwijs -1ste jaar educ x x 459 33 44 x`` under six
# years. Refused loudly before (``ambiguous-alignment`` at the code's line, its 2 and dash taken for
# figures; ``stray-number`` for the 3 and the row's figures) — though the row's line of figures
# fills all six columns. Joined on one line (``2 - 3``) it reads.
RANGE_OPENED_AT_A_CODE_LINES_END = """\
2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de 
afgelopen jaren een diploma behaalde.

Provincie Opleiding 2015 2016 2017 2018 2019 2020
097397: verkort 
Opvoeder - 1ste jaar x x 58 25 46 20 
347097: vakbevoegdheid - deel 2 37 18 x 5 52 214
Antwerpen 482161: vakbevoegdheid 2 - 
3 en bachelor 
Educatieve beroepsonderwijs -1ste jaar educ x x 459 33 44 x
846081: algemene Hoger x 27 69 x 13 47
912955: tandartsassistent - deel 2 2 - 3 Opvoeder 12 5 x 10 2 5
Totaal Antwerpen 42 50 577 73 157 286
"""


def test_a_range_opened_at_a_code_lines_end_and_closed_below_is_the_names() -> None:
    answer = read_text(RANGE_OPENED_AT_A_CODE_LINES_END, "g.txt")
    assert answer.issues == []
    assert [c[2:4] for c in _cells(answer) if c[4] == 10] == [("2017", 459), ("2018", 33), ("2019", 44)]
