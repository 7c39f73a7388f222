"""Generated answers read wrong under random seeds the derandomized CI run does not see
(session 24): each failing example, as the exact text an extractor gave, read back exactly."""

from __future__ import annotations

from okot_audit import read_text

HEAD = (
    "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)


# pdftotext -layout of a PDF whose first page leaves 2021 blank in every row: its grid sets the
# 2022 figures of four digits (``1005``) under the label ``2022``, four characters left of the
# 2022 figures of two or three (``92``), which stand nearer the label ``2023``; the second page
# (its own grid) fills every column. (pagecols24-exp2.py, seed 35.)
BLANK_FIRST_COLUMN = "\n".join([
    '1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten, per opleiding.',
    '',
    '',
    'Opleiding                                                                    2021        2022       2023   Totaal',
    '',
    '399795: zorg 7                                                                                 92     66    1334',
    '',
    'Kok                                                                                            42    250     292',
    '',
    'Opleiding 2                                                                                    80   1676    3525',
    '',
    'Kok                                                                                      1005         34    1039',
    '',
    'Module 2- 3 jaar 1                                                                            363   1475    1838',
    '',
    'Kok                                                                                           802    301    2001',
    '',
    'Module 1- 6 jaar 3                                                                              x     48    1482',
    '',
    'Module 4- 2 jaar 1                                                                             90    311    1345',
    '',
    'Opleiding 8                                                                                    32     34    1279',
    '',
    'Module 4- 8 jaar 1                                                                       1317         74    1470',
    '',
    'Opleiding 10                                                                                   37   1603    1640',
    '',
    'Kok                                                                                            48      x     670',
    '',
    'Module 3- 3 jaar 2                                                                              x      x       1',
    '',
    'Kok                                                                                           591     47     642',
    '\x0cOpleiding 35                 373   1169   1757',
    '',
    '455376: zorg 4               574    274    874',
    '',
    'Kok                         1153     41   1194',
    '',
    '459369: zorg 1         43    343     10    396',
    '',
    '664951: zorg 6         69   1452     13   1534',
    '',
    'Module 2- 8 jaar 1   1892     73   1217   3182',
    '\x0c',
])


def test_a_first_page_with_its_first_column_blank_reads_its_figures_under_their_labels() -> None:
    answer = read_text(HEAD + BLANK_FIRST_COLUMN, "g.txt")
    assert not answer.issues
    rows = [
        [(c.period, c.count) for c in t.cells if c.line == line]
        for t in answer.tables for line in sorted({c.line for c in t.cells})
    ]
    assert [("2022", 92), ("2023", 66), ("Totaal", 1334)] in rows
    assert [("2022", 1005), ("2023", 34), ("Totaal", 1039)] in rows  # was read under 2021
    assert [("2022", 1317), ("2023", 74), ("Totaal", 1470)] in rows  # was read under 2021
    assert [("2022", 48), ("Totaal", 670)] in rows
    assert [("2021", 1892), ("2022", 73), ("2023", 1217), ("Totaal", 3182)] in rows
    assert not any(c.period == "2021" and c.line < 40 for t in answer.tables for c in t.cells)


# pdftotext -layout of a table on its side (periods as rows, programmes' codes as columns) that
# runs on to a second page, laid out on a grid of its own: the full row ``2020`` there says where
# that page's columns stand; the first page's rows say nothing of them. (test_generated_shapes18
# layout test, ``nationality``, --hypothesis-seed=41.)
ON_ITS_SIDE_OVER_A_PAGE = "\n".join([
    '3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.',
    '',
    'Jaar                                625351      952615        Totaal',
    '',
    '2016                                     69           74         124',
    '',
    '2017                                     34                       34',
    '',
    '2018                                                  57          57',
    '',
    '2019                                     40                       40',
    '',
    '',
    '                                                                   1/2',
    '\x0c2020   55   38   87',
    '',
    '2021        46   46',
    '',
    '',
    '',
    '',
    '                 2/2',
])


def test_a_table_on_its_side_reads_a_later_page_by_that_pages_own_full_rows() -> None:
    answer = read_text(HEAD + ON_ITS_SIDE_OVER_A_PAGE, "g.txt")
    assert not answer.issues
    last = [(c.period, c.code, c.level, c.count) for c in answer.tables[-1].cells if c.period == "2021"]
    # was read silently as 625351 = 46 and 952615 = 46, no total
    assert last == [("2021", "952615", "row", 46), ("2021", None, "total", 46)]


# pdftotext -layout: a row whose only figure is its total, its other cells marked ``x``, above a
# row with the same label: the total stands a cell's gap from the label, no label's own digit
# (``Kok … 1`` was joined to the row below as a wrapped label ``Kok 1 Kok``, its 1 lost).
# (pagecols24-exp2.py, seed 53.)
ONE_FIGURE_ROW = "\n".join([
    '1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten, per opleiding.',
    '',
    '',
    'Opleiding                                            2021                2022                 2023   Totaal',
    '',
    '606143: zorg 9                                          94                  45                  96     235',
    'Module 4- 2 jaar 2                                      46                   x                 789     835',
    '',
    'Kok                                                      x                   x                   x       1',
    '',
    'Kok                                                     27                  63                  98     188',
    '\x0cModule 1- 5 jaar 2     9   48     71    128',
])


def test_a_row_whose_only_figure_is_its_total_is_no_label_line_of_the_row_below() -> None:
    answer = read_text(HEAD + ONE_FIGURE_ROW, "g.txt")
    assert not answer.issues
    cells = [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.label.startswith("Kok")]
    assert cells == [
        ("Kok", "Totaal", 1), ("Kok", "2021", 27), ("Kok", "2022", 63), ("Kok", "2023", 98), ("Kok", "Totaal", 188),
    ]
