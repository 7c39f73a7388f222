"""PDFs as users hold them, round 18: forms earlier rounds left open.

Each PDF is drawn here with fpdf2; each test reads the PDF itself and the text the common
extractors make of it (``pdftotext -layout``, pdfplumber's ``extract_text()`` with and without
layout, pypdf's ``extract_text()``) and asserts the exact cells and findings a correct reader
gives. Each failed on the reader before its fix.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import read_form  # noqa: E402
from test_unseen_pdfs5_inputs import CELLS, FINDINGS, HEAD, PERIODS, ROWS  # noqa: E402

FORMS = ["pdf", "pdftotext-layout", "pdfplumber", "pdfplumber-layout", "pypdf"]


def cells(answer) -> list[tuple]:
    return [(c.level, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def findings(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.period) for f in audit(answer).findings]


# 1. A province's name broken inside a word by a narrow label cell.

@lru_cache(maxsize=None)
def narrow_label_pdf(label_width: float, ruled: bool, v_align: str) -> bytes:
    """The province table of tests/test_unseen_pdfs5_inputs.py set with fpdf2's table, its label
    column `label_width` mm wide: too narrow for ``Oost-Vlaanderen``, which fpdf2 breaks inside
    the word (``Oost-Vlaand`` / ``eren``, at 15 mm over three lines: ``Oost-Vl`` / ``aandere`` /
    ``n``; ``Provinc`` / ``ie`` in the header); the figures beside the label's first line
    (``TOP``), centred between its lines (``MIDDLE``) or beside its last (``BOTTOM``)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in HEAD:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    with pdf.table(col_widths=(label_width, 18, 18, 18, 18), width=label_width + 72, align="LEFT", line_height=5,
                   text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), borders_layout="ALL" if ruled else "NONE",
                   v_align=v_align) as table:
        for values in [["Provincie", *PERIODS], *ROWS]:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Bron: VDAB", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
@pytest.mark.parametrize("label_width", [15.0, 17.0, 22.0])
def test_a_province_broken_inside_a_word_by_a_narrow_cell_is_its_row_s_key(label_width, ruled, v_align, form):
    """``Oost-Vlaand`` / ``eren``: the label's lines were joined with a space (``Oost-Vlaand
    eren``), or — figures centred between them, or beside the last — the first piece went to
    the row above (``Limburg Oost-Vlaand``) and the rest to the row below (``eren Vlaams-Bra``):
    rows with no province and no finding at all, or a row's figures stray. The pieces of a
    province's name are one cell: each row is its province's, the totals checked over them."""
    answer = read_form(narrow_label_pdf(label_width, ruled, v_align), form)
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS
