"""Generated laid-out answers read wrong without a finding that says so (session 25): each
failing example, as the exact text an extractor gave, read back exactly."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from test_shapes_forms import TOTAL_RULES

HEAD = (
    "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)


def _cells(answer) -> list[tuple]:
    return [(c.level, c.province, c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def _total_errors(answer) -> list[str]:
    return [f.message for f in audit(answer, select=list(TOTAL_RULES)).findings if f.severity == "error"]


# pdftotext -layout of a province table over pages (shapes20 ``code_two_totals_column``,
# ``--hypothesis-seed=70``): the page after the break repeats the header, a blank line under it,
# then a name wrapped over four lines whose figures — and the province's name, its cell centred
# on the block's one row — stand on the name's middle line.
BRUSSEL_ON_THE_FIGURES_LINE = "\n".join([
    "Provincie                 Opleiding                       2018         2019",
    "",
    "                          Se-n-se orthopedagogie",
    "West-Vlaanderen           apotheekassistent                52            52",
    "                          lerarenopleiding",
    "",
    "Totaal West-Vlaanderen                                     52            52",
    "",
    "",
    "                                                                 5/7",
    "\fProvincie                 Opleiding                                 2018              2019",
    "",
    "                          Hoger master",
    "                          graduaatsopleiding",
    "Brussel                                                               2                 13",
    "                          individueel traject - modules",
    "                          1- 4 zorgkundige",
    "",
    "Totaal Brussel                                                        2                 13",
    "",
    "Eindtotaal                                                           54                65",
])


def test_a_repeated_header_takes_no_name_whose_figures_stand_below_a_block_name_beside_them():
    """The run of wrapped names under the page's header stopped at ``Brussel  2  13`` (a line
    of no kind it reads), so its only row was the header, and the reading with figures beside a
    row's first line gave it the two lines of the name below: the header read as a row
    ``Provincie Opleiding Hoger master graduaatsopleiding`` counting 2018 and 2019, and a false
    ``total-below-largest-part`` error on ``Totaal Brussel``. A run with no figures under its
    header is left to the reading of every other line."""
    answer = read_text(HEAD + BRUSSEL_ON_THE_FIGURES_LINE + "\n", "generated.txt")
    assert answer.issues == []
    assert [c for c in _cells(answer) if c[1] == "Brussel"] == [
        ("row", "Brussel", "Hoger master graduaatsopleiding individueel traject - modules 1- 4 zorgkundige", "2018", 2),
        ("row", "Brussel", "Hoger master graduaatsopleiding individueel traject - modules 1- 4 zorgkundige", "2019", 13),
        ("subtotal", "Brussel", "Totaal Brussel", "2018", 2),
        ("subtotal", "Brussel", "Totaal Brussel", "2019", 13),
    ]
    assert _total_errors(answer) == []


# pdftotext -layout: a table whose wrapped label, joined, moves its columns right; on the next
# page, after a question's lead-in, a new table whose header names two months over an empty
# first cell, then a heading among its rows, and a row whose only figure is February's.
NEW_TABLE_AFTER_A_PAGE_BREAK = "\n".join([
    "Opleiding                 2021      2022      2023    Totaal",
    "",
    "Lasser                      10        20        30        40",
    "",
    "Begeleider in de",
    "buitenschoolse              11        21        31        41",
    "kinderopvang",
    "",
    "Kapper                      12        22        32        42",
    "",
    "Totaal                      33        63        93       123",
    "",
    "",
    "                                   1/2",
    "\f2. Hieronder vindt u het aantal stopgezette cursisten per provincie in het begin van 2023.",
    "",
    "                         januari 2023    februari 2023",
    "",
    "Antwerpen                           7                3",
    "",
    "Limburg                             9                1",
    "",
    "Provincies in het Vlaamse Gewest samen",
    "",
    "Vlaanderen                         16                4",
    "",
    "Brussel                                              5",
    "",
    "Totaal                             16                9",
])


def test_a_new_table_headed_by_its_own_months_does_not_move_with_the_columns_of_the_table_above():
    """The new table's header (``januari 2023  februari 2023``: no year alone, two cells) was
    taken for a row of the table above going on after the lead-in between them, so its first
    rows moved right with the columns the joined label had moved there — and its rows below the
    heading, which go on from it, did not: Brussel's February 5 stood under January, read as
    January's, and a false ``total-exceeds-parts`` error said February's total had 5 persons in
    no row. A first row with no count nor mark is a header of its own."""
    answer = read_text(HEAD + NEW_TABLE_AFTER_A_PAGE_BREAK + "\n", "generated.txt")
    assert answer.issues == []
    assert [c for c in _cells(answer) if c[1] == "Brussel" or c[2] == "Brussel"] == [
        ("row", "Brussel", "Brussel", "2023-02", 5),
    ]
    assert _total_errors(answer) == []


# pdftotext -layout (shapes18 ``category_marks``, ``--hypothesis-seed=124``): a table whose
# wrapped names, joined, move its columns right, a question's lead-in, then a table on its side
# whose header names training codes (``Jaar  094131  311649 …``), the codes set left of the
# figures under them.
HEADER_OF_CODES = "\n".join([
    '2. Hieronder vindt u het aantal geslaagde unieke cursisten per opleiding.',
    '',
    'Opleiding                                              2015            2016       2017     2018',
    '',
    'Specifieke tandartsassistent                              46              x         47        x',
    '',
    'Verkorte vakbevoegdheid                                   18              x       910        34',
    '',
    'Verkorte bijkomende apotheekassistent',
    '                                                          51             30         24       55',
    'opvoeder',
    '',
    'Hoger apotheekassistent                                   53              x         9        19',
    '',
    'Hoger tandartsassistent jeugd- individueel',
    '                                                          31             29         8         x',
    'leefgroepenwerking',
    '',
    'Totaal inschrijvingen                                   199              59       998      108',
    '',
    'Totaal unieke cursisten                                 186              59       991      104',
    '',
    '3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.',
    '',
    'Jaar                                                094131       311649       431178     751089      Totaal',
    '',
    '2021                                                      16             27                  35         64',
    '',
    '2022                                                      31             46         7        52        124',
    '',
    '2023                                                                     39         47                  75',
    '',
    '',
    '',
    '',
    '                                                                 1/1',
])


def test_a_table_on_its_side_under_a_header_of_codes_does_not_move_with_the_table_above():
    """The header of codes holds numbers, so it was no header of its own for the layout: the
    table was taken for the rows above going on after the lead-in, and each column moved by
    where it starts among the columns above — the figures, starting right of an edge above that
    their code starts left of, moved 8 characters more than their code: 2021's 16 and 27 read
    under 311649 and 431178, silently (the year's total still held)."""
    answer = read_text(HEAD + HEADER_OF_CODES + "\n", "generated.txt")
    assert answer.issues == []
    assert [(c.code or c.label, c.count) for c in answer.tables[-1].cells if c.period == "2021"] == [
        ("094131", 16), ("311649", 27), ("751089", 35), ("Totaal", 64)]


# ---------------------------------------------------------------------------------------------
# Found by the sweep (shapes20's single-spaced text of the PDF, pypdf and pdfplumber), silent and
# left: each where it fails, for the helpers who work there.


def test_a_range_ending_a_codes_line_in_single_spaced_text_is_the_names():
    """pypdf, shapes20 ``code_two_totals_column`` seed 70: the row 788975 counts 54 64 80; read
    as ``2 - 3`` (2016 2, Totaal 3) and a code-less row, a false ``total-exceeds-parts`` error."""
    answer = read_text(HEAD + "\n".join([
        "Unieke cursisten met gestarte OKOT'(s) 2016 2017 Totaal",
        "788975: graduaatsopleiding -en onderwijs 2 - 3",
        "Opvoeder gehandicaptenzorg 54 64 80",
        "Totaal inschrijvingen 54 64 118",
        "Totaal unieke cursisten 54 64 80",
    ]) + "\n", "generated.txt")
    assert _total_errors(answer) == []
    assert [(c.code, c.period, c.count) for c in answer.tables[0].cells if c.level == "row"] == [
        ("788975", "2016", 54), ("788975", "2017", 64), ("788975", "Totaal", 80)]


def test_a_range_on_a_names_last_line_in_lower_case_is_the_names():
    """pdfplumber, shapes20 ``programme_two_totals_column`` seed 109: a false
    ``total-exceeds-parts`` error on ``traject`` (2 and 3 of its Totaal)."""
    answer = read_text(HEAD + "\n".join([
        "Opleiding 2021 2022 Totaal",
        "Zorg",
        "Specifieke apotheekassistent 465 29 494",
        "traject 2 - 3",
        "Subtotaal zorg 465 29 494",
        "Onderwijs",
        "Se-n-se leefgroepenwerking - tweede jaar 57 47 104",
        "Totaal onderwijs 57 47 104",
        "Totaal 522 76 598",
    ]) + "\n", "generated.txt")
    assert _total_errors(answer) == []
    assert answer.tables[0].cells[0].label == "Specifieke apotheekassistent traject 2 - 3"


def test_a_months_year_wrapped_below_a_header_with_another_months_year_in_it():
    """pdfplumber, shapes20 ``programme_two_totals_column`` seed 105: false
    ``total-below-largest-part`` errors (13225 above its Totaal 219)."""
    answer = read_text(HEAD + "\n".join([
        "Opleiding juli 2020 augustus Totaal",
        "2020",
        "Professionele en algemene 219 13 225",
        "gehandicaptenzorg opvoeder",
        "Totaal inschrijvingen 219 13 232",
        "Totaal unieke cursisten 219 13 225",
    ]) + "\n", "generated.txt")
    assert [p.label for p in answer.tables[0].periods] == ["2020-07", "2020-08", "Totaal"]
    assert _total_errors(answer) == []


#: pdfplumber, shapes20 ``code_by_province_years`` seed 70: a month's cell wrapped around the
#: header's line of words (``december`` / ``Provincie Opleiding`` / ``2020*``).
MONTH_OVER_A_BLOCKS_HEADER = [
    "december",
    "Provincie Opleiding",
    "2020*",
    "123040: vakbevoegdheid met individueel",
    "Antwerpen 32",
    "Se-n-se voor fase 1- 2 voor module 5",
    "Totaal Antwerpen 32",
    "754331: kleuteronderwijs voor - tweede jaar",
    "Oost-Vlaanderen orthopedagogie gehandicaptenzorg 462",
    "Totaal Oost-Vlaanderen 462",
    "Eindtotaal 494",
    "*Voor het jaar december 2020 zijn enkel cijfers opgenomen van de eerste jaarhelft.",
]


def test_a_month_over_a_blocks_header_line_of_words_and_its_year_below_are_one_period():
    """The line of words between the month and its year was taken for a block's name between
    a header and its repeat, which drops the label pieces above it: silently the year 2020 for
    December 2020. Month names alone above await their years: the words are the header's."""
    answer = read_text(HEAD + "\n".join(MONTH_OVER_A_BLOCKS_HEADER) + "\n", "generated.txt")
    assert [p.label for p in answer.tables[0].periods] == ["2020-12"]


def test_a_names_module_number_below_a_province_glued_to_its_count_in_single_spaced_text():
    """pdfplumber, shapes20 ``code_by_province_years`` seed 70: a row ``Se-n-se voor fase 1- 2
    voor module`` counting 5 (within its block's total: silent)."""
    answer = read_text(HEAD + "\n".join(MONTH_OVER_A_BLOCKS_HEADER) + "\n", "generated.txt")
    assert [(c.code, c.count) for c in answer.tables[0].cells if c.level == "row"] == [("123040", 32), ("754331", 462)]


def test_a_names_own_digit_below_a_glued_province_in_another_block_and_period_count():
    """The same shape, another name and a count of its own below: the figures beside the name's
    first line are the row's. The line below (``Se-n-se individueel traject - niveau 3``, a
    capital first) may be the name's end or a row whose code was lost counting 3 (``Totaal
    Limburg 17`` holds either way for unique persons): said where it stands since session 27
    (``stray-number``), never silently the name's."""
    lines = [
        "Provincie Opleiding",
        "2021",
        "231000: opvoeder met",
        "Limburg 17",
        "Se-n-se individueel traject - niveau 3",
        "Totaal Limburg 17",
        "Eindtotaal 17",
    ]
    answer = read_text(HEAD + "\n".join(lines) + "\n", "generated.txt")
    rows = [(c.code, c.count, c.label) for c in answer.tables[0].cells if c.level == "row"]
    assert rows == [("231000", 17, "opvoeder met")]
    assert [f.line for f in audit(answer).findings if f.rule == "stray-number"] == [12]


def test_a_line_ending_in_a_count_below_a_glued_province_stays_a_row():
    """A number no label owns (``12``, not one digit after ``module``) is a count: the line
    below stays a row of its own (its code lost), as before."""
    lines = [
        "Provincie Opleiding",
        "2021",
        "231000: opvoeder met",
        "Limburg 17",
        "Educatieve bachelor voor kleuteronderwijs 12",
        "Totaal Limburg 29",
        "Eindtotaal 29",
    ]
    answer = read_text(HEAD + "\n".join(lines) + "\n", "generated.txt")
    rows = [(c.code, c.count) for c in answer.tables[0].cells if c.level == "row"]
    assert rows == [("231000", 17), (None, 12)]


def test_a_lone_digit_that_may_be_the_names_own_does_not_make_the_line_below_the_names():
    """``… verpleegkunde -`` / ``Limburg 1``: the 1 may end the name's range (``- 1``), so its
    figures are not known to be there, and the line below ending in ``module 5`` is not taken
    for the name's rest: the row stays unread and said so, as before (without that guard: a row
    counting 1 named ``… - Se-n-se voor module 5`` and a false error on its total)."""
    lines = [
        "Provincie Opleiding",
        "2021",
        "305982: Tweedekansonderwijs verpleegkunde -",
        "Limburg 1",
        "Se-n-se voor module 5",
        "Totaal Limburg 6",
        "Eindtotaal 6",
    ]
    answer = read_text(HEAD + "\n".join(lines) + "\n", "generated.txt")
    assert [c for c in answer.tables[0].cells if c.level == "row"] == []
    assert [(f.rule, f.line) for f in audit(answer).findings] == [("ambiguous-alignment", 12)]


def test_a_lower_case_rest_ending_in_a_number_no_name_owns_is_reported_not_made_the_names():
    """``voor module 12`` below the figures: the name's number or a code-less row's count cannot
    be told (a label's digits are single); its numbers are reported (before: silently the label
    ``… voor module 12``, 12 read as no figure and no finding)."""
    lines = [
        "Provincie Opleiding",
        "2021",
        "231000: opvoeder met",
        "Limburg 17",
        "voor fase 1- 2 voor module 12",
        "Totaal Limburg 17",
        "Eindtotaal 17",
    ]
    answer = read_text(HEAD + "\n".join(lines) + "\n", "generated.txt")
    rows = [(c.code, c.count, c.label) for c in answer.tables[0].cells if c.level == "row"]
    assert rows == [("231000", 17, "opvoeder met")]
    stray = [f for f in audit(answer).findings if f.rule == "stray-number"]
    assert len(stray) == 1 and "12" in stray[0].message and stray[0].line == 12
