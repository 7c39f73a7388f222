"""PDFs as users hold them, round 17: forms earlier rounds left open.

Each PDF is drawn here with fpdf2 (:mod:`generate.pdf`, or cell by cell); each test reads the PDF
itself (and, where it says so, the text the common extractors make of it) and asserts the exact
cells and findings a correct reader gives. Each failed on the reader before its fix.
"""

from __future__ import annotations

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_two_column_text import noted_row_pdf  # noqa: E402
from test_unseen_pdfs5_inputs import CELLS, FINDINGS  # noqa: E402


def cells(answer) -> list[tuple]:
    return [(c.level, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def findings(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.period) for f in audit(answer).findings]


# 1. A caption under a table's last row, right above its total.

@pytest.mark.parametrize("caption", ["cijfers tot eind juni", "inclusief Voeren"])
@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
def test_a_caption_under_the_last_row_above_the_total_is_no_line_of_its_label(caption, ruled):
    """A caption set smaller under ``Brussel``, the last province, right above ``Totaal``: the
    PDF's lines kept it apart (its font), but the table reader took it as the rest of the
    label below its figures (``Brussel cijfers tot eind juni``: no province any more). A table
    whose rows are each a province alone has no label that goes on below its figures."""
    answer = parse_answer(source_from_bytes(noted_row_pdf(caption, "Brussel", ruled), "a.pdf"))
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS

