"""PDFs and extractor text as users hold them, round 22: words no text of the answer knows
broken at a narrow cell's edge.

Each PDF is drawn here with fpdf2 and read back; each test asserts the exact labels and
findings a correct reader gives, and failed on the reader before its fix.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import read_form  # noqa: E402
from test_unseen_pdfs8 import NAME_HEAD, NAME_PERIODS, table_pdf  # noqa: E402
from test_unseen_pdfs9 import V_ALIGNS, expected, findings, total  # noqa: E402
from test_unseen_pdfs9 import cells as labels  # noqa: E402

# 1. A word no text of the answer knows, broken at its cell's edge.

#: Names whose long words neither the catalogue nor the answer's prose use (``verpleegkundige``,
#: ``kinderbegeleiding``, ``ergotherapeut``, ``logopedist``), beside names the catalogue knows.
UNKNOWN = [["Verpleegkundige", "61", "64", "70"], ["Graduaat kinderbegeleiding", "118", "131", "142"],
           ["Ergotherapeut", "15", "17", "12"], ["Logopedist", "5", "7", "2"],
           ["Bachelor in de verpleegkunde (avondonderwijs)", "240", "251", "262"]]
UNKNOWN = [*UNKNOWN, total(UNKNOWN)]


@lru_cache(maxsize=None)
def unknown_pdf(label_width: float, ruled: bool, v_align: str) -> bytes:
    return table_pdf(tuple(NAME_HEAD), (("Opleiding", *NAME_PERIODS), *map(tuple, UNKNOWN)), label_width, ruled, v_align)


@pytest.mark.parametrize("v_align", V_ALIGNS)
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
@pytest.mark.parametrize("label_width", [15.0, 17.0, 18.0, 20.0, 22.0, 25.0])
def test_a_word_no_text_knows_broken_at_the_cell_s_edge_is_one_word(label_width, ruled, v_align):
    """``Verpleeg`` / ``kundige``, ``Ergothe`` / ``rapeut``, ``kinderbegel`` / ``eiding``: the
    cell's edge broke a word too long for it, and no text of the answer (nor the catalogue)
    uses the word, so nothing vouched for the break: the labels kept a space inside the word
    (``Verpleeg kundige``), names of no programme, and nothing said so. The break falls at the
    column's edge — the piece alone on its line, the next letter would not have fit after it —
    so the pieces are one word. A line broken between two words keeps its space where its word
    ends short of the edge (``Graduaat`` / ``kinderbegeleiding`` at 22 mm), or where it is a
    word the answer or the catalogue knows (``Graduaat``, ``Bachelor in de``)."""
    answer = read_form(unknown_pdf(label_width, ruled, v_align), "pdf")
    assert labels(answer) == expected(UNKNOWN)
    assert findings(answer) == []


def test_a_lone_word_short_of_the_edge_keeps_its_space():
    """What the edge decides, on the cells themselves: a lone word that ends more than a
    letter short of its column's widest line is no piece of a word (the next word's first
    letter would have fit after it); one that ends within a letter of it is."""
    from okot_audit.read.pdf import _at_edge, _Cell

    column = [(30.0, 90.0)]
    short = _Cell(30.0, 90.0, ["Graduaat", "kinderbegeleiding"], [(72.9, 10.0, 5.0), (88.0, 10.0, 5.0)])
    full = _Cell(30.0, 90.0, ["Verpleegkun", "dige"], [(87.3, 10.0, 5.0), (50.0, 10.0, 5.0)])
    words = _Cell(30.0, 90.0, ["Bachelor in", "de"], [(88.0, 10.0, 5.0), (42.0, 10.0, 5.0)])
    assert [_at_edge(cell, 1, column) for cell in (short, full, words)] == [False, True, False]
