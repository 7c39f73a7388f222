"""Session 32: three silent readings around lone marks and lines of words between rows.

- A province table of one period, laid out: ``Antwerpen  Educatieve bachelor  1`` with a lone
  ``- 2 -`` under it was held as a name ending in its own number, the mark a range going on
  from it: the row lost into ``Educatieve bachelor 1 - 2 - Graduaat …``, nothing said. A lone
  page number (:func:`okot_audit.patterns.lone_page_number`) is no range a name goes on with:
  the row is a row (its one count in the period's column), the mark's number said.
- A line of words beside a row whose name wraps, standing where none of the table's names
  starts (``xx``, a sector's name set in, at the name's second word), cut the name in a PDF
  (``Opvoeder xx traject met``, the name's other lines lost); a blank mark of x's alone
  (``xx``) under a total line was read into its name (``Totaal Antwerpen xx``) or over a row
  into the row's. Neither is part of a name now.
- Plain ``pdftotext`` of a PDF whose figures stand on a wrapped name's last line runs a lone
  mark into the name's first line (``-2Opvoeder traject met``) after the table: the number
  lost, the name cut, in silence. The number and the words are said (``mark-in-words``).
"""

from __future__ import annotations

import pytest

from generate.extract import EXTRACTORS, available, extract
from okot_audit import read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes
from test_rowasm32 import _form

pytest.importorskip("fpdf", reason="the PDF forms need fpdf2 (pip install '.[test]')")

_HEAD = "Vraag 12 van 3 maart 2023 (VDAB)\n\nAantal unieke cursisten per provincie en opleiding in 2022\n\n"


def _cells(answer) -> dict[tuple[str, str], int]:
    return {(c.label, c.period): c.count for t in answer.tables for c in t.cells}


def _issues(answer) -> list[tuple[str, int | None, tuple[int, ...]]]:
    return [(i.kind, i.line, i.numbers) for i in answer.issues]


# ---------------------------------------------------------------------------------------------
# 1. A lone page number under a row of one period's count

def _one_period(mark: str, indent: int) -> tuple[str, int]:
    lines = ["Provincie        Opleiding                         2022", "",
             "Antwerpen        Educatieve bachelor                  1",
             " " * indent + mark,
             "                 Graduaat verpleegkunde              14",
             "                 Logistiek                            5", "",
             "Totaal Antwerpen                                     20"]
    text = _HEAD + "\n".join(lines) + "\n"
    return text, _HEAD.count("\n") + 4


@pytest.mark.parametrize("indent", [30, 17, 48], ids=["mid", "names", "column"])
@pytest.mark.parametrize("mark", ["- 2 -", "-2-", "\u2013 2 \u2013"])
def test_a_lone_page_number_under_a_one_period_row_is_no_piece_of_its_name(mark, indent):
    """The row keeps its count 1 under its own name, the next row its own; the mark said at its
    line. Before: ``Educatieve bachelor 1 - 2 - Graduaat verpleegkunde`` with 14, the 1 lost."""
    text, at = _one_period(mark, indent)
    answer = read_text(text, "laid.txt")
    assert _cells(answer) == {("Educatieve bachelor", "2022"): 1, ("Graduaat verpleegkunde", "2022"): 14,
                              ("Logistiek", "2022"): 5, ("Totaal Antwerpen", "2022"): 20}
    assert _issues(answer) == [("stray-number", at, (2,))]


def test_a_name_wrapped_at_its_range_still_goes_on_below_its_number():
    """``Graduaat orthopedagogie 2`` / ``- 3 vorming 33``: a range the name's number began, the name
    going on in lower case — one name (as before); only a lone mark no name goes on from is cut."""
    text = _HEAD + ("Opleiding                                 2021     2022\n\n"
                    "Graduaat orthopedagogie 2\n"
                    "- 3 vorming                                 33       21\n"
                    "Logistiek                                    5        6\n")
    answer = read_text(text, "laid.txt")
    assert _cells(answer)[("Graduaat orthopedagogie 2 - 3 vorming", "2021")] == 33
    assert _issues(answer) == []


# ---------------------------------------------------------------------------------------------
# The PDF forms (fpdf2)

def _pdf(rows, periods, *, mark=None, before=None, mark_x=None, figures_last=False, block=None,
         under_total=None) -> bytes:
    """A PDF, no rules: names left-aligned in a cell that wraps long ones, their figures on the
    name's first line (or its last: `figures_last`); `mark` on a line of its own right above row
    `before`, at `mark_x` (None: where that row's second word starts); `block`: a province's cell
    beside the first row, its total line below and `under_total` under the total's second word."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.cell(0, 8, "Aantal unieke cursisten per opleiding bij VDAB", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    left, width, figures = (10, 45, 70) if block is None else (45, 40, 90)
    if block is not None:
        pdf.cell(35, 6, "Provincie")
    pdf.set_x(left)
    pdf.cell(width, 6, "Opleiding")
    for i, period in enumerate(periods):
        pdf.set_x(figures + 30 * i)
        pdf.cell(30, 6, period, align="R")
    pdf.set_xy(10, pdf.get_y() + 9)
    for i, (name, counts) in enumerate(rows):
        if i == before:
            pdf.set_x(mark_x if mark_x is not None else left + pdf.get_string_width(name.split()[0] + " "))
            pdf.cell(30, 6, mark, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y()
        if block is not None and i == 0:
            pdf.set_xy(10, y)
            pdf.cell(35, 6, block)
        pieces = pdf.multi_cell(width, 6, name, align="L", dry_run=True, output="LINES")
        pdf.set_xy(left, y)
        pdf.multi_cell(width, 6, name, align="L", new_x="RIGHT", new_y="TOP")
        for k, count in enumerate(counts):
            pdf.set_xy(figures + 30 * k, y + 6 * (len(pieces) - 1) if figures_last else y)
            pdf.cell(30, 6, str(count), align="R")
        pdf.set_xy(10, y + 6 * len(pieces) + 3)
    if block is not None:
        y = pdf.get_y()
        pdf.cell(35, 6, "Totaal " + block)
        for k in range(len(periods)):
            pdf.set_xy(figures + 30 * k, y)
            pdf.cell(30, 6, str(sum(counts[k] for _, counts in rows)), align="R")
        pdf.set_xy(10, y + 6)
        if under_total:
            pdf.set_x(10 + pdf.get_string_width("Totaal "))
            pdf.cell(20, 6, under_total, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


_ONE = [("Educatieve bachelor", (1,)), ("Graduaat verpleegkunde", (14,)), ("Logistiek", (5,))]


@pytest.mark.parametrize("form", ("pdf",) + EXTRACTORS)
def test_a_pdfs_lone_page_number_under_a_one_period_row_in_every_form(form):
    """The PDF itself and every extractor's text: each row at its own count, the mark said (plain
    ``pdftotext``, which parts the cells: the table said unreadable). Before: the PDF itself lost
    the 1 (``Educatieve bachelor 1 Graduaat verpleegkunde``), the text forms read ``Educatieve
    bachelor 1 - 2 - Graduaat verpleegkunde`` with nothing said."""
    answer = _form(_pdf(_ONE, ["2022"], mark="- 2 -", before=1, mark_x=60, block="Antwerpen"), form)
    if form == "pdftotext":  # every figure said, the table's unreadable, the mark's too
        assert "unreadable-table" in [kind for kind, _, _ in _issues(answer)]
        assert {1, 14, 5, 20, 2} <= {n for _, _, numbers in _issues(answer) for n in numbers}
        return
    assert _cells(answer) == {(name, "2022"): counts[0] for name, counts in _ONE} | {("Totaal Antwerpen", "2022"): 20}
    assert [(kind, numbers) for kind, _, numbers in _issues(answer)] == [("stray-number", (2,))]


# ---------------------------------------------------------------------------------------------
# 2. A line of words standing in no column of names, a blank mark alone

_WRAPPED = [("Zorgkundige", (14, 7)), ("Verpleegkunde", (22, 31)),
            ("Opvoeder traject met individueel maatwerk voor volwassenen", (3, 4)), ("Logistiek", (5, 6))]


def _want(rows, periods) -> dict[tuple[str, str], int]:
    return {(name, period): counts[k] for name, counts in rows for k, period in enumerate(periods)}


@pytest.mark.parametrize("form", ("pdf",) + EXTRACTORS)
def test_a_blank_mark_above_a_wrapped_row_is_no_piece_of_a_name_in_every_form(form):
    """``xx`` alone right above the row whose name wraps, where its second word starts: every
    name whole, nothing made of the mark (plain ``pdftotext``: the table said unreadable). Before:
    the PDF ``Opvoeder xx traject met`` (the name's other lines lost), the text forms
    ``Verpleegkunde xx``."""
    answer = _form(_pdf(_WRAPPED, ["2019", "2020"], mark="xx", before=2), form)
    kinds = [kind for kind, _, _ in _issues(answer)]
    if form == "pdftotext" and kinds == ["unreadable-table"]:
        return
    assert _cells(answer) == _want(_WRAPPED, ["2019", "2020"])
    assert kinds == []


def test_a_pdfs_sector_set_in_above_a_wrapped_row_cuts_no_name():
    """A sector's name set in right above the row whose name wraps, at its second word, in no
    column of names: the PDF's name whole. Before: ``Opvoeder Zorg en welzijn traject met``, the
    name's other lines lost."""
    answer = _form(_pdf(_WRAPPED, ["2019", "2020"], mark="Zorg en welzijn", before=2), "pdf")
    labels = {label for label, _ in _cells(answer)}
    assert "Opvoeder traject met individueel maatwerk voor volwassenen" in labels
    assert not any("Opvoeder" in label and label != _WRAPPED[2][0] for label in labels)


@pytest.mark.parametrize("form", ["pdftotext-layout"])
def test_a_sector_set_in_above_a_wrapped_row_in_laid_out_text(form):
    """The laid-out text keeps the column the names start at: the sector's words, set in right of
    it, open no name (session 34; before: ``Zorg en welzijn Opvoeder …``)."""
    answer = _form(_pdf(_WRAPPED, ["2019", "2020"], mark="Zorg en welzijn", before=2), form)
    assert ("Opvoeder traject met individueel maatwerk voor volwassenen", "2019") in _cells(answer)


_BLOCK = [("Zorgkundige", (14, 7)), ("Logistiek", (5, 6))]


@pytest.mark.parametrize("form", ("pdf",) + EXTRACTORS)
def test_a_blank_mark_under_a_total_line_is_no_piece_of_its_name_in_every_form(form):
    """``xx`` under ``Totaal Antwerpen``'s second word: the total's name as printed. Before (the
    PDF, ``pdftotext -layout``): ``Totaal Antwerpen xx``."""
    answer = _form(_pdf(_BLOCK, ["2021", "2022"], block="Antwerpen", under_total="xx"), form)
    kinds = [kind for kind, _, _ in _issues(answer)]
    if form == "pdftotext" and kinds == ["unreadable-table"]:
        return
    assert _cells(answer) == _want(_BLOCK, ["2021", "2022"]) | {("Totaal Antwerpen", "2021"): 19,
                                                               ("Totaal Antwerpen", "2022"): 13}
    assert kinds == []


@pytest.mark.parametrize("mark", ["xx", "XXX"])
def test_a_blank_mark_alone_between_laid_out_rows(mark):
    """Text: ``xx`` alone below a row and above a total line — in no name."""
    text = _HEAD + ("Opleiding                                 2021     2022\n\n"
                    "Zorgkundige                                 14        7\n"
                    f"                    {mark}\n"
                    "Logistiek                                    5        6\n"
                    "Totaal                                      19       13\n"
                    f"      {mark}\n")
    answer = read_text(text, "laid.txt")
    assert _cells(answer) == _want(_BLOCK, ["2021", "2022"]) | {("Totaal", "2021"): 19, ("Totaal", "2022"): 13}
    assert _issues(answer) == []


# ---------------------------------------------------------------------------------------------
# 3. Plain pdftotext: a lone mark run into a wrapped name's first line

@pytest.mark.parametrize("mark", ["- 2 -", "-2-"])
def test_plain_pdftotext_a_mark_run_into_a_names_words_is_said(mark):
    """Figures on the wrapped name's last line; plain ``pdftotext`` prints the name's first lines
    after the table, the mark glued to them (``-2Opvoeder traject met``): the number said where
    it stands with the words it is glued to. Before: nothing said (the 2 lost, the name cut)."""
    if not available("pdftotext"):
        pytest.skip("pdftotext is not installed")
    data = _pdf(_WRAPPED, ["2019", "2020"], mark=mark, before=2, figures_last=True)
    text = extract(data, "pdftotext")
    answer = parse_answer(source_from_bytes(text.encode(), "a.txt"))
    glued = [line for line in text.splitlines() if "Opvoeder" in line]
    assert glued and glued[0][:1] in "-\u2013" and "2" in glued[0].split("Opvoeder")[0]  # the form this is about
    said = [(i.kind, i.reason, i.numbers, i.text) for i in answer.issues if i.kind == "stray-number"]
    assert said == [("stray-number", "mark-in-words", (2,), "Opvoeder traject met")]


@pytest.mark.parametrize("form", ("pdf",) + tuple(f for f in EXTRACTORS if f != "pdftotext"))
def test_a_mark_over_a_name_whose_figures_stand_last_in_every_other_form(form):
    """The other forms read the name whole and say the mark."""
    answer = _form(_pdf(_WRAPPED, ["2019", "2020"], mark="- 2 -", before=2, figures_last=True), form)
    assert _cells(answer) == _want(_WRAPPED, ["2019", "2020"])
    assert [(kind, numbers) for kind, _, numbers in _issues(answer)] == [("stray-number", (2,))]


@pytest.mark.parametrize("line", ["-25jarigen en ouderen", "- 2 - Opvoeder", "-2 Opvoeder traject", "2-Opvoeder"])
def test_no_mark_glued_to_words_no_mark_in_words(line):
    """Not a mark glued to a name's word: an age's words (lower case), a mark set apart, no dash
    opening the line — no ``mark-in-words``."""
    text = "Vraag 12 van 3 maart 2023 (VDAB)\n\nDe cijfers volgen.\n\n" + line + "\n"
    answer = read_text(text, "p.txt")
    assert not any(i.reason == "mark-in-words" for i in answer.issues)
