"""Examples the round-trip property found, kept as explicit regression tests.

Each case is answer text as PDF extraction printed it and the cells a correct reader reads:
(level, code, label, period, count, line). The text is read without any parse issue.
"""

from __future__ import annotations

import pytest

from okot_audit import read_text

HEAD = "OKOT's - Onderwijssector\n\n1. Hieronder vindt u een overzicht.\n\n"


def cells(text: str) -> list[tuple]:
    answer = read_text(HEAD + text)
    assert answer.issues == [], answer.issues
    offset = HEAD.count("\n")
    return [
        (c.level, c.code, c.label if c.level == "row" else None, c.period, c.count, c.line - offset)
        for t in answer.tables for c in t.cells
    ]


def _row(code, label, line, counts):
    return [("row", code, label, period, n, line) for period, n in counts.items()]


CASES = {
    # The seeds' form marks blank cells with an extra space (``1  1  ``): such rows are no
    # text laid out in columns (their figures follow their labels, under no header label), so
    # the blanks are read from the spacing, not from positions.
    "blanks marked by spacing are not a layout": (
        "Unieke cursisten met gestarte OKOT'(s) 2015 2016 2017 2018\n"
        "000000: Educatieve 1 1 1 1\n"
        "000001: Educatieve - 1ste jaar 1 1 1 1\n"
        "000010: Educatieve - 1ste jaar 1 1 1 1\n"
        "000100: bachelor - 1ste jaar 1 1  1\n"
        "000106: Educatieve Educatieve 1  1  \n"
        "000111: Educatieve Educatieve Educatieve Educatieve 1  1  \n"
        "Totaal 6 4 5 4\n",
        [
            *_row("000000", "Educatieve", 2, {"2015": 1, "2016": 1, "2017": 1, "2018": 1}),
            *_row("000001", "Educatieve - 1ste jaar", 3, {"2015": 1, "2016": 1, "2017": 1, "2018": 1}),
            *_row("000010", "Educatieve - 1ste jaar", 4, {"2015": 1, "2016": 1, "2017": 1, "2018": 1}),
            *_row("000100", "bachelor - 1ste jaar", 5, {"2015": 1, "2016": 1, "2018": 1}),
            *_row("000106", "Educatieve Educatieve", 6, {"2015": 1, "2017": 1}),
            *_row("000111", "Educatieve Educatieve Educatieve Educatieve", 7, {"2015": 1, "2017": 1}),
            ("total", None, None, "2015", 6, 8), ("total", None, None, "2016", 4, 8),
            ("total", None, None, "2017", 5, 8), ("total", None, None, "2018", 4, 8),
        ],
    ),
    # A code line ending in a label digit (``module 5``) with label words and then the numbers
    # below: the rows print their counts last, so ``5`` is the label's — not a table whose
    # counts stand on the code line with the label continuing below them.
    "label digit on the code line, counts on the last line": (
        "Unieke cursisten met gestarte OKOT'(s) 2015 2016 2017\n"
        "000000: Educatieve individueel traject - modules 1- 4 1  1\n"
        "000001: Educatieve module 5\n"
        "lager niveau\n"
        "5  1 1\n"
        "Totaal 1 1 2\n",
        [
            ("row", "000000", "Educatieve individueel traject - modules 1- 4", "2015", 1, 2),
            ("row", "000000", "Educatieve individueel traject - modules 1- 4", "2017", 1, 2),
            ("row", "000001", "Educatieve module 5 lager niveau 5", "2016", 1, 5),
            ("row", "000001", "Educatieve module 5 lager niveau 5", "2017", 1, 5),
            ("total", None, None, "2015", 1, 6),
            ("total", None, None, "2016", 1, 6),
            ("total", None, None, "2017", 2, 6),
        ],
    ),
    # A label wrapped after ``module 5``; its last line ends in the count and a glued province
    # label: the count is the row's, not a label line below the numbers.
    "wrap after a digit, count before a glued province": (
        "Provincie Opleiding Aantal 2015\n"
        "000000: Educatieve individueel traject - module 5\n"
        "niveau 5 Educatieve 1 Brussel\n"
        "Totaal Brussel 1\n"
        "Eindtotaal 1\n",
        [
            ("row", "000000", "Educatieve individueel traject - module 5 niveau 5 Educatieve", "2015", 1, 3),
            ("subtotal", None, None, "2015", 1, 4),
            ("total", None, None, "2015", 1, 5),
        ],
    ),
    # Single-spaced text whose numbers happen to stand under the header's years: placed by
    # spacing, not by position (``10 1`` is 2015: 10 and 2016: 1).
    "single spaces that happen to line up": (
        "Unieke geslaagde cursisten 2015 2016\n"
        "000000: Educatieve - 1ste jaar Educatieve Educatieve Educatieve -\n"
        "1ste jaar vakbevoegdheid 10 1\n"
        "Totaal unieke cursisten 10 1\n",
        [
            ("row", "000000", "Educatieve - 1ste jaar Educatieve Educatieve Educatieve - 1ste jaar vakbevoegdheid", "2015", 10, 3),
            ("row", "000000", "Educatieve - 1ste jaar Educatieve Educatieve Educatieve - 1ste jaar vakbevoegdheid", "2016", 1, 3),
            ("total", None, None, "2015", 10, 4),
            ("total", None, None, "2016", 1, 4),
        ],
    ),
    # A label ``… 2 - 3`` wrapped after its ``2``: the next line holds only ``-`` before the
    # numbers, so ``2`` is label text, not the row's only count.
    "wrap after a digit, hyphen line": (
        "Unieke cursisten met stopgezette OKOT'(s) 2015 2016 2017\n"
        "000000: Educatieve Educatieve 2\n"
        "- 3 2 2 2\n"
        "000001: Educatieve - modules 1- 4 2 2 2\n"
        "Totaal 4 4 4\n",
        [
            ("row", "000000", "Educatieve Educatieve 2 - 3", "2015", 2, 3),
            ("row", "000000", "Educatieve Educatieve 2 - 3", "2016", 2, 3),
            ("row", "000000", "Educatieve Educatieve 2 - 3", "2017", 2, 3),
            ("row", "000001", "Educatieve - modules 1- 4", "2015", 2, 4),
            ("row", "000001", "Educatieve - modules 1- 4", "2016", 2, 4),
            ("row", "000001", "Educatieve - modules 1- 4", "2017", 2, 4),
            ("total", None, None, "2015", 4, 5),
            ("total", None, None, "2016", 4, 5),
            ("total", None, None, "2017", 4, 5),
        ],
    ),
    # The label broke before its last digit (``modules 1-`` / ``4 …``): the numbers-only line
    # below a label line still ends the row, and its first number is label text.
    "label ends on a numbers-only line": (
        "Unieke cursisten met gestarte OKOT'(s) 2015 2016 2017\n"
        "000000: Educatieve traject - modules 1- 4 1  1\n"
        "000001: Educatieve module 5\n"
        "Educatieve niveau\n"
        "5 1 1  \n"
        "Totaal 2 1 1\n",
        [
            ("row", "000000", "Educatieve traject - modules 1- 4", "2015", 1, 2),
            ("row", "000000", "Educatieve traject - modules 1- 4", "2017", 1, 2),
            ("row", "000001", "Educatieve module 5 Educatieve niveau 5", "2015", 1, 5),
            ("row", "000001", "Educatieve module 5 Educatieve niveau 5", "2016", 1, 5),
            ("total", None, None, "2015", 2, 6),
            ("total", None, None, "2016", 1, 6),
            ("total", None, None, "2017", 1, 6),
        ],
    ),
    "hyphen alone, then numbers": (
        "De cijfers geven het aantal gestarte cursisten weer voor het volledige jaar 2020.\n\n"
        "Provincie Opleiding Aantal\n"
        "498423: verpleegkunde 2\n"
        "- \n"
        "3 65\n"
        "Totaal Limburg 65\n"
        "Eindtotaal 65\n",
        [
            ("row", "498423", "verpleegkunde 2 - 3", "2020", 65, 6),
            ("subtotal", None, None, "2020", 65, 7),
            ("total", None, None, "2020", 65, 8),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_regression(name):
    text, want = CASES[name]
    assert cells(text) == want


def test_prose_that_wraps_after_a_year_is_no_table_header():
    """The benchmark corpus found it: a wrapped sentence whose line ends in a year
    (``… loopt sinds 2013``) followed by lines ending in numbers is prose, not a table."""
    text = (
        "OKOT's - Onderwijssector\n\n"
        "1. Hieronder vindt u een overzicht van het aantal \n"
        "gestarte unieke cursisten in de verschillende \n"
        "opleidingen. In Oost-Vlaanderen loopt sinds 2013 \n"
        "het proefproject INTRO met 4748 deelnemers. Op dit \n"
        "moment kunnen werkzoekenden kiezen uit 7530 \n"
        "opleidingen, terwijl er dat in 2020 nog maar 6 \n"
        "waren.\n\n"
        "Aantal unieke gestarte cursisten per opleiding 2019\n"
        "931360: kinderzorg \n"
        "onderwijs: lager\n"
        "master opvoeder 50\n"
        "Totaal unieke cursisten 50\n"
    )
    answer = read_text(text)
    assert answer.issues == []
    assert [(t.id, [(c.level, c.count, c.line) for c in t.cells]) for t in answer.tables] == [
        ("started", [("row", 50, 14), ("total", 50, 15)])
    ]
