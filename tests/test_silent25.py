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
