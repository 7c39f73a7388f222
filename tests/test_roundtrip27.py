"""Regressions found by the round-trip properties of ``tests/test_read_formats.py`` run at
random seeds (generated answers → PDF → an extractor's text → read back): each test holds the
extracted text of one falsifying example, cut to the table it went wrong in."""

from __future__ import annotations

from okot_audit import read_text

#: pdfplumber ``extract_text(layout=True)`` of a table whose cells sit in the middle of their
#: rows: a code's label wraps around its figures, and the label's last digit (``module 5``)
#: lands alone on the line below them.
MIDDLE_ALIGNED = """\
    Unieke cursisten met gestarte OKOT'(s) 2016 2017 2018
    394066: kinderzorg individueel traject - module
                                           42    23
    5
    720496: graduaatsopleiding master
    vakbevoegdheid Verkorte opvoeder 63    21    37
    gehandicaptenzorg
    804879: vakbevoegdheid - 1
                                    45     36    22
    graduaatsopleiding voor beroepsonderwijs
    974285: graduaatsopleiding
    gehandicaptenzorg algemene
                                    30     50    13
    apotheekassistent tandartsassistent
    lerarenopleiding - 1 - 1 ste jaar
    Totaal                         131    149    88
"""


def _cells(answer) -> dict[tuple, tuple]:
    return {(c.code, c.period): (c.label, c.count) for t in answer.tables for c in t.cells}


def test_a_labels_digit_alone_below_its_figures_ends_the_label():
    """``… traject - module`` / ``42 23`` / ``5``: the digit alone below the row's figures
    follows the label's counting word above them (``module``) — the label's own number, not a
    stray one (before: the label lost its 5 and the 5 was a ``stray-number``)."""
    answer = read_text(MIDDLE_ALIGNED, "middle.txt")
    assert answer.issues == []
    cells = _cells(answer)
    label = "kinderzorg individueel traject - module 5"
    assert [cells.get(("394066", p)) for p in ("2016", "2017", "2018")] == [None, (label, 42), (label, 23)]
