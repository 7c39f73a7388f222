"""Session 27 (footer27): page furniture read as rows, or a row's label or figure lost to a footer.

A page's footer glued to the next page's first line where that line is a wrapped label's start
(``Pagina 1 van 2Polyvalent`` / ``verzorgende 14 7``); a footer glued after a row's last figure
whose number of pages nothing else in the text tells (``… 13 Pagina 1 van 26``); a running footer
in ``pdftotext -layout`` text that holds a figure (``Zitting   2023``, ``VDAB  Vlaams Parlement
12``). Real PDFs (fpdf2) as the extractors give them, or their text as a user's script joins it.
"""

from __future__ import annotations

import pytest

from test_footrow26 import _coded
from test_glue26 import _read

pytest.importorskip("fpdf", reason="needs fpdf2")


# --- a footer's number of pages that nothing tells, glued after a row's figure ----------------

def test_a_glued_footers_count_no_other_footer_tells_is_said_not_read_as_the_count():
    """``… 13 Pagina 1 van 26Opleiding 2019 2020``, the only footer in the text: 2 pages and the
    row's 6, or 26 pages — it cannot be told. Before, the count was read as 26 and the row as
    ``13`` alone, its 6 lost without a word (the unique-person total 10 holds either way)."""
    rows, issues = _read(_coded("13 Pagina 1 van 26Opleiding 2019 2020", last="Totaal 100 10"))
    assert rows == [[10 + i, 3 + i] for i in range(8) if i != 3] + [[100, 10]]
    assert issues == [("unreadable-table", "footer-glued", 8)]


def test_a_footer_glued_after_a_row_does_not_tell_the_count_of_another():
    """The last page's footer glued after its last row too (``Totaal 100 10Pagina 2 van 26``): its
    count is in doubt as well, so it tells nothing of page 1's. Before, it was taken as printed:
    page 1's ``van 26`` read whole, the row's 6 lost without a word. Now the footers' page numbers
    (1, 2) tell two pages: both rows are said."""
    rows, issues = _read(_coded("13 Pagina 1 van 26Opleiding 2019 2020", last="Totaal 100 10Pagina 2 van 26"))
    assert rows == [[10 + i, 3 + i] for i in range(8) if i != 3]
    assert issues == [("unreadable-table", "footer-glued", 8), ("unreadable-table", "footer-glued", 13)]


def test_a_one_digit_count_glued_after_a_row_is_the_footers():
    """What stays: ``… 13 6Pagina 1 van 2Opleiding``: a count of one digit holds no row's figure."""
    rows, issues = _read(_coded("13 6Pagina 1 van 2Opleiding 2019 2020", last="Totaal 100 10"))
    assert (rows, issues) == ([[10 + i, 3 + i] for i in range(8)] + [[100, 10]], [])
