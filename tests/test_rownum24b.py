"""Row numbers and a name's own number over page breaks and beside a row's figures in laid-out
PDF text (rownum24b).

A column of row numbers (``Nr`` over 1, 2, 3) whose table runs on to the next page without its
header: the numbers that go on (``4``, ``5``) in the column where they stood are row numbers
too — no piece of the names. And a name's own number on the line of its row's figures
(``module`` / ``5  10  12``; ``Limburg  1  31  43  16`` under ``Educatieve kinderzorg jaar``)
is the name's last word, beside a block's name or not.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_rownum24 import PDF_STYLES, _check, _pdf  # noqa: E402
from test_unseen23 import read_pdf_form  # noqa: E402


@pytest.mark.parametrize("style", list(PDF_STYLES))
@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
@pytest.mark.parametrize("break_before", [2, 3])
def test_row_numbers_that_go_on_over_a_page_break_with_no_header(form, style, break_before):
    """Before, the numbers on the page with no header stayed in the names (``4 Verkorte
    opvoeder``; set to the bottom, ``4 Verkorte opvoeder Tweedekansonderwijs`` and
    ``5 zorgkundige``), with no finding."""
    _check(read_pdf_form(_pdf("Nr", *PDF_STYLES[style], break_before=break_before, repeat=False), form, "numbered"))


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
def test_row_numbers_with_a_blank_header_cell_go_on_over_a_page_break(form):
    """The numbers' column with no header word, its table broken before its third row."""
    _check(read_pdf_form(_pdf("", *PDF_STYLES["plain-bottom"], break_before=2, repeat=False), form, "numbered"))


def test_numbers_that_do_not_go_on_in_order_stay_in_the_names():
    """The other side: on the next page, names that begin with a number (``7 dagen``) not
    the next one expected are no row numbers — kept as printed."""
    from test_middle23 import HEAD

    first = """\
Nr   Opleiding                         2021    2022
1    Graduaat verpleegkunde             120     130
2    Verkorte opvoeder                   40      45
"""
    second = """\
7    dagen opleiding                     10      12
     Totaal                             170     187
"""
    answer = read_text(HEAD + first + "\f" + second, "generated.txt")
    labels = [c.label for t in answer.tables for c in t.cells if c.period == "2021"]
    assert "7 dagen opleiding" in labels


NO_BLOCKS = """\
Opleiding                    2021    2022
Graduaat verpleegkunde
module
5                              10      12
Professionele bachelor
verpleegkunde                  40      45
Tweedekansonderwijs
opvoeder                       20      22
Totaal                         70      79
"""


def test_a_names_own_number_beside_its_figures_in_a_table_without_blocks():
    """``module`` / ``5  10  12``: the name's last word on its figures' line. Before, the run of
    wrapped names ended there and the names were joined one row off (``5 Professionele
    bachelor`` with the first row's figures, ``Graduaat verpleegkunde module`` lost), with no
    finding."""
    from test_middle23 import HEAD

    answer = read_text(HEAD + NO_BLOCKS, "generated.txt")
    assert answer.issues == []
    assert [(c.level, c.label, c.count) for c in answer.tables[0].cells if c.period == "2021"] == [
        ("row", "Graduaat verpleegkunde module 5", 10), ("row", "Professionele bachelor verpleegkunde", 40),
        ("row", "Tweedekansonderwijs opvoeder", 20), ("total", "Totaal", 70)]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


def test_generated_province_table_whose_names_own_number_stands_beside_the_province():
    """Seed 4026 (wraplast24): ``Educatieve kinderzorg jaar`` / ``Limburg  1  31  43  16`` —
    the province, the name's own number and the row's figures on one line. Before, the line
    ended the run of wrapped names: ``more-figures-than-periods``, the table not read."""
    from test_middle23 import laid_answers
    from test_shapes_forms import assert_exact

    for _, model, laid, style in laid_answers([4026], lambda tables: True):
        assert style.v_align == "bottom"
        answer = read_text(laid.text, "generated.txt")
        assert answer.issues == []
        assert_exact(answer, model, lambda t, c: laid.lines[c.anchor], lambda c: c.line)
