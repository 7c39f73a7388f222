"""Generated laid-out answers read wrong without a finding that says so (session 25): each
failing example, as the exact text an extractor gave, read back exactly."""

from __future__ import annotations

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
