"""Session 32: column-laid rows — a line of its own above a wrapped row, a bracketed mark under
the header.

- A line of its own right above a row whose name wraps (a lone ``- 23 -`` page mark, a ``(10)``),
  standing where a word of the row's name starts: the name's first line was cut there as if a
  block's cell stood left of it (``okot_audit.read.pdf._split_at_label_edge``), and the name's
  lines came out out of order (``Tweedekansonderwijs jaar onderwijs en - verkort traject - 2de``);
  a PDF's row kept its first line only (``Opvoeder traject met``). A line without a letter is no
  line of a label: the name reads in its order, the number is said where it stands.
- A number in brackets alone right under a header's first cell (``Opleiding  2021  2022`` /
  ``(1)``) that a footnote below opens with (``(1) Cijfers op 1 januari.``) is the first cell's
  footnote mark wrapped in its cell, no stray number (:class:`okot_audit.patterns.BracketedNotes`);
  one no footnote explains (``(10)``, or ``(1)`` without its note) is still said.

The generator's laid-out answers with a number between dashes over any row, wrapped or not:
tests/test_dash31.py.
"""

from __future__ import annotations

import pytest

from generate.extract import EXTRACTORS, available, extract
from okot_audit import read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("fpdf", reason="the PDF forms need fpdf2 (pip install '.[test]')")

_HEAD = "Vraag 12 van 3 maart 2023 (VDAB)\n\nAantal unieke cursisten per opleiding\n\n"
_HEADER = "Opleiding                                          2019       2020      Totaal\n\n"
_NAME = "Tweedekansonderwijs en - verkort traject - 2de jaar onderwijs"


def _cells(answer) -> dict[tuple[str, str], int]:
    return {(c.label, c.period): c.count for t in answer.tables for c in t.cells}


def _issues(answer) -> list[tuple[str, int | None, tuple[int, ...]]]:
    return [(i.kind, i.line, i.numbers) for i in answer.issues]


def _laid(mark: str, indent: int, pieces: list[str]) -> tuple[str, int]:
    """Laid-out rows apart, `mark` (indented by `indent`) on the blank line right above the row
    whose name wraps as `pieces` (its figures on the first); the text and the mark's line."""
    def row(name: str, counts: str) -> str:
        return name.ljust(50) + counts

    lines = [row("Se-n-se bachelor jeugd-", "  16         69         85"), "",
             row("Verpleegkunde", "  22         31         53"), " " * indent + mark,
             row(pieces[0], "  15         10         25"), *pieces[1:], "",
             row("Logistiek", "   5          6         11")]
    text = _HEAD + _HEADER + "\n".join(lines) + "\n"
    return text, text[: text.index(mark)].count("\n") + 1


_WRAPS = [["Tweedekansonderwijs en - verkort traject - 2de", "jaar onderwijs"],
          ["Tweedekansonderwijs en - verkort", "traject - 2de jaar", "onderwijs"]]


@pytest.mark.parametrize("pieces", _WRAPS, ids=["two-lines", "three-lines"])
@pytest.mark.parametrize("mark", ["\u2013 23 \u2013", "- 2 -", "(10)"])
def test_a_number_alone_above_a_wrapped_row_leaves_its_name_in_order(mark, pieces):
    """The mark stands where the name's second word starts (``en``): the name whole, in its
    words' order, at its figures; the number said at its line. Before: ``Tweedekansonderwijs
    jaar onderwijs en - verkort traject - 2de`` (the name's first line cut at the mark)."""
    text, at = _laid(mark, len("Tweedekansonderwijs "), pieces)
    answer = read_text(text, "laid.txt")
    cells = _cells(answer)
    assert cells[(_NAME, "2019")] == 15 and cells[(_NAME, "Totaal")] == 25
    assert {label for label, _ in cells} == {"Se-n-se bachelor jeugd-", "Verpleegkunde", _NAME, "Logistiek"}
    number = int(mark.strip(" -\u2013()"))
    assert _issues(answer) == [("stray-number", at, (number,))]


def test_a_dashed_number_over_a_coded_wrapped_row_in_a_province_block():
    """tests/test_dash31.py's property, its derandomized example once the rows whose name wraps
    are drawn too: ``-10-`` over ``873369: met individueel …`` / ``traject``, where ``met``
    starts. Before: the name read ``traject met individueel onderwijs en apotheekassistent``."""
    text = _HEAD + (
        "Provincie              Opleiding                                                    2017   2018*   Totaal\n\n"
        "Oost-Vlaanderen        588866: tandartsassistent (SLO) - deel 2                       61      47      108\n"
        "                       leefgroepenwerking\n"
        "                               -10-\n"
        "                       873369: met individueel onderwijs en apotheekassistent         61      24       85\n"
        "                       traject\n\n"
        "Totaal Oost-Vlaanderen                                                               111      71      182\n\n"
        "Eindtotaal                                                                           111      71      182\n")
    answer = read_text(text, "laid.txt")
    rows = {(c.code, c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows[("873369", "met individueel onderwijs en apotheekassistent traject", "2017")] == 61
    assert rows[("588866", "tandartsassistent (SLO) - deel 2 leefgroepenwerking", "Totaal")] == 108
    assert len(rows) == 6
    assert _issues(answer) == [("stray-number", 9, (10,))]


def test_a_block_cell_beside_a_wrapped_name_is_still_cut_at_the_names_line():
    """A province's cell as wide as its name, one space before the row's name, the name's other
    line under its second word: two cells, the block's and the name's (as before)."""
    text = _HEAD + ("Provincie        Opleiding                      2021     2022\n\n"
                    "Oost-Vlaanderen sec verkort                      42       24\n"
                    "                apotheekassistent module 5\n\n"
                    "Totaal Oost-Vlaanderen                           42       24\n")
    answer = read_text(text, "laid.txt")
    assert [i.kind for i in answer.issues] == []
    rows = [c for t in answer.tables for c in t.cells if c.level == "row"]
    assert {(c.province, c.label, c.count) for c in rows} == {
        ("Oost-Vlaanderen", "sec verkort apotheekassistent module 5", 42),
        ("Oost-Vlaanderen", "sec verkort apotheekassistent module 5", 24)}


# ---------------------------------------------------------------------------------------------
# The same in a PDF and every extractor's text

_PDF_ROWS = [("Zorgkundige", 14, 7), ("Verpleegkunde", 22, 31),
             ("Opvoeder traject met individueel maatwerk voor volwassenen", 3, 4), ("Logistiek", 5, 6)]
_PDF_NAME = _PDF_ROWS[2][0]


def _pdf_over_wrapped(mark: str) -> bytes:
    """A PDF (fpdf2), no rules: names left-aligned in a cell that wraps the third over three
    lines, its figures on the first; `mark` alone right above it, where its second word starts."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.cell(0, 8, "Aantal unieke cursisten per opleiding bij VDAB", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(60, 6, "Opleiding")
    pdf.cell(30, 6, "2019", align="R")
    pdf.cell(30, 6, "2020", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for i, (name, a, b) in enumerate(_PDF_ROWS):
        if i == 2:
            pdf.set_x(10 + pdf.get_string_width(name.split()[0] + " "))
            pdf.cell(20, 6, mark, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y()
        pieces = pdf.multi_cell(45, 6, name, align="L", dry_run=True, output="LINES")
        pdf.multi_cell(45, 6, name, align="L", new_x="RIGHT", new_y="TOP")
        pdf.set_xy(70, y)
        pdf.cell(30, 6, str(a), align="R")
        pdf.cell(30, 6, str(b), align="R")
        pdf.set_xy(10, y + 6 * len(pieces) + 3)
    return bytes(pdf.output())


def _form(data: bytes, form: str):
    if form == "pdf":
        return parse_answer(source_from_bytes(data, "a.pdf"))
    if not available(form):
        pytest.skip(f"{form} is not installed")
    return parse_answer(source_from_bytes(extract(data, form).encode(), "a.txt"))


@pytest.mark.parametrize("form", ("pdf",) + EXTRACTORS)
@pytest.mark.parametrize("mark", ["(10)", "- 2 -"])
def test_a_pdfs_number_alone_above_a_wrapped_row_in_every_form(mark, form):
    """Read from the PDF itself and from every extractor's text: the wrapped name whole and in
    order at its figures, the number said — or (plain ``pdftotext``, which parts the cells) the
    table said unreadable, never a name cut. Before, the PDF itself: ``Opvoeder traject met``
    (the name's other lines lost in silence)."""
    answer = _form(_pdf_over_wrapped(mark), form)
    issues = [kind for kind, _, _ in _issues(answer)]
    if form == "pdftotext" and "unreadable-table" in issues:
        return
    cells = _cells(answer)
    assert cells[(_PDF_NAME, "2019")] == 3 and cells[(_PDF_NAME, "2020")] == 4
    assert {label for label, _ in cells} == {name for name, _, _ in _PDF_ROWS}
    assert [(kind, numbers) for kind, _, numbers in _issues(answer)] == [("stray-number", (int(mark.strip(" -()")),))]


# ---------------------------------------------------------------------------------------------
# A bracketed number under the header's first cell that a footnote explains

_ROWS_LAID = ("Zorgkundige                       14           7\nVerpleegkunde                     22          31\n"
              "Logistiek                          3           4\n")
_ROWS_PLAIN = "Zorgkundige 14 7\nVerpleegkunde 22 31\nLogistiek 3 4\n"
_WANT = {("Zorgkundige", "2021"): 14, ("Zorgkundige", "2022"): 7, ("Verpleegkunde", "2021"): 22,
         ("Verpleegkunde", "2022"): 31, ("Logistiek", "2021"): 3, ("Logistiek", "2022"): 4}
_FOOT = "\n(1) Cijfers op 1 januari.\n"


def _under_header(laid: bool, mark: str, foot: str) -> str:
    header = "Opleiding                       2021        2022\n" if laid else "Opleiding 2021 2022\n"
    return _HEAD + header + mark + "\n" + (_ROWS_LAID if laid else _ROWS_PLAIN) + foot


@pytest.mark.parametrize("laid", [True, False], ids=["laid", "plain"])
def test_a_bracketed_mark_under_the_header_a_footnote_explains_is_the_headers(laid):
    """``(1)`` under ``Opleiding`` and ``(1) Cijfers op 1 januari.`` below the table: the first
    cell's footnote mark wrapped in its cell — nothing said, every row read under its own name.
    Before: a stray-number warning at the mark's line."""
    answer = read_text(_under_header(laid, "(1)", _FOOT), "g.txt")
    assert _issues(answer) == []
    assert _cells(answer) == _WANT


@pytest.mark.parametrize("laid", [True, False], ids=["laid", "plain"])
@pytest.mark.parametrize("mark, foot", [("(10)", _FOOT), ("(1)", ""), ("(2)", _FOOT)],
                         ids=["another-mark", "no-footnote", "another-note"])
def test_a_bracketed_number_under_the_header_no_footnote_explains_is_said(laid, mark, foot):
    """``(10)`` (or ``(1)`` without its footnote, ``(2)`` beside a note ``(1)``): no footnote opens
    with it — said at its line, as before; every row read."""
    answer = read_text(_under_header(laid, mark, foot), "g.txt")
    assert _issues(answer) == [("stray-number", 6, (int(mark.strip("()")),))]
    assert _cells(answer) == _WANT


def test_a_footnote_above_the_mark_explains_nothing():
    """A note ``(1) …`` above the table (a numbered paragraph) does not make a ``(1)`` under its
    header the header's mark: said."""
    text = "(1) Cijfers op 1 januari.\n\n" + _under_header(True, "(1)", "")
    answer = read_text(text, "g.txt")
    assert [(kind, numbers) for kind, _, numbers in _issues(answer)] == [("stray-number", (1,))]


def _pdf_header_mark(mark: str, foot: bool) -> bytes:
    """A PDF (fpdf2): the header's first cell ``Opleiding`` with `mark` on a line of its own
    under it (its cell wrapped), the rows, and (`foot`) the footnote ``(1) …`` below."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.cell(0, 8, "Aantal unieke cursisten per opleiding bij VDAB", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 6, "Opleiding")
    pdf.cell(30, 6, "2021")
    pdf.cell(30, 6, "2022", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(20, 6, mark, new_x="LMARGIN", new_y="NEXT")
    for name, a, b in [("Zorgkundige", 14, 7), ("Verpleegkunde", 22, 31), ("Logistiek", 3, 4)]:
        pdf.cell(80, 8, name)
        pdf.cell(30, 8, str(a))
        pdf.cell(30, 8, str(b), new_x="LMARGIN", new_y="NEXT")
    if foot:
        pdf.ln(6)
        pdf.cell(0, 6, "(1) Cijfers op 1 januari.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("form", ("pdf",) + EXTRACTORS)
def test_a_pdfs_header_mark_a_footnote_explains_in_every_form(form):
    """The PDF itself and every extractor's text: ``(1)`` under ``Opleiding`` explained below —
    nothing said about it, every row read (plain ``pdftotext``, which parts the cells: the table
    said unreadable, never a stray number). Before: stray-number."""
    answer = _form(_pdf_header_mark("(1)", True), form)
    kinds = [kind for kind, _, _ in _issues(answer)]
    assert "stray-number" not in kinds
    if form == "pdftotext" and kinds == ["unreadable-table"]:
        return
    assert kinds == []
    assert _cells(answer) == _WANT


@pytest.mark.parametrize("form", ("pdf",) + EXTRACTORS)
def test_a_pdfs_unexplained_header_mark_is_said_in_every_form(form):
    """``(10)`` under ``Opleiding``, a note ``(1)`` below: said (or the table unreadable, plain
    ``pdftotext``), as before."""
    answer = _form(_pdf_header_mark("(10)", True), form)
    kinds = [kind for kind, _, _ in _issues(answer)]
    assert "stray-number" in kinds or (form == "pdftotext" and "unreadable-table" in kinds)
