"""Two laid-out rows whose cells are withheld or left out in turn (``Vlaams-Brabant   <5    0`` /
``West-Vlaanderen   0   <5``) are two rows, not one row wrapped over two lines (session 24).

``pdftotext -layout`` keeps each row on its line. The reader took the mark after a province's
name (``<5``, ``*``, ``.``, ``(a)``) for the row's name in a cell of its own (as in ``Limburg
110429: …``), so the row's label column began at the mark; the figure under it on the next
line then stood "in the label column", the next line held no count, and it was joined to the
row above as the rest of its label: one line ``Vlaams-Brabant West-Vlaanderen  <5 0  0 <5``,
unread. Each of two lines that starts with a label in the labels' column and holds figures is
a row; a wrapped label's line holds no figure, and a figure wrapped under its cell no label."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.read.layout import relayout
from okot_audit.source import Source
from test_unseen_answers8 import _text as _text8

HEAD = "OKOT's - Zorgsector\n\n1. Het aantal unieke cursisten met gestarte OKOT's per {by}.\n\n"
MARKS = ["<5", "*", "x", "-", ".", "< 5", "(a)"]
LABELS = {
    "provincie": ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"],
    "opleiding": ["Zorgkundige", "Verpleegkunde", "Logistiek assistent", "Kinderbegeleider", "Polyvalent verzorgende"],
    "code": ["110401", "110402", "110403", "110404", "110405"],
}


def _laid_lines(by: str, cells: dict[str, list[str]], total: list[str]) -> list[str]:
    rows = [[by.capitalize(), "2021", "2022"]] + [[label, *shown] for label, shown in cells.items()] + [["Totaal", *total]]
    text = HEAD.format(by=by) + _text8(rows, True) + "\n\nBron: VDAB.\n"
    source = relayout(Source(path="p.txt", text=text, encoding="utf-8", lines=tuple(text.splitlines()), kind="text"))
    assert source.positional
    return [" ".join(line.split()) for line in source.lines]


def _in_turn(labels: list[str], first: str, second: str) -> dict[str, list[str]]:
    cells = {label: ["0", "0"] for label in labels}
    cells[labels[0]] = ["0", "1"]
    cells[labels[3]] = [first, "0"]
    cells[labels[4]] = ["0", second]
    return cells


@pytest.mark.parametrize("by", sorted(LABELS))
@pytest.mark.parametrize("mark", MARKS)
def test_two_rows_withheld_in_turn_stay_two_lines(mark, by):
    labels = LABELS[by]
    lines = _laid_lines(by, _in_turn(labels, mark, mark), ["1", "1"])
    assert f"{labels[3]} {mark} 0" in lines
    assert f"{labels[4]} 0 {mark}" in lines


@pytest.mark.parametrize("mark", MARKS)
def test_a_row_of_marks_alone_above_a_row_of_figures_stays_a_row(mark):
    """A row with no figure at all (every cell withheld) is a row too, not a label's first line."""
    labels = LABELS["provincie"]
    cells = _in_turn(labels, mark, "0")
    cells[labels[3]] = [mark, mark]
    lines = _laid_lines("provincie", cells, ["1", "1"])
    assert f"{labels[3]} {mark} {mark}" in lines
    assert f"{labels[4]} 0 0" in lines


@pytest.mark.parametrize("mark", ["<5", "*"])
def test_the_rows_read_as_withheld_counts_with_no_error(mark):
    labels = LABELS["provincie"]
    rows = [["Provincie", "2021", "2022"]] + [[k, *v] for k, v in _in_turn(labels, mark, mark).items()] + [["Totaal", "1", "1"]]
    note = "* minder dan 5 cursisten\n" if mark == "*" else ""
    answer = read_text(HEAD.format(by="provincie") + _text8(rows, True) + "\n\n" + note + "Bron: VDAB.\n", "p.txt")
    assert [(w.period, w.high) for t in answer.tables for w in t.withheld] == [("2021", 4), ("2022", 4)]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


def test_a_label_wrapped_over_two_lines_with_its_figures_on_one_stays_one_row():
    """The opposite case: a name wrapped in its cell, its figures (a mark among them) on its first line."""
    text = HEAD.format(by="opleiding") + "\n".join([
        "   Opleiding                                                   2021              2022",
        "   Zorgkundige                                                   12                <5",
        "   Logistiek assistent in de                                     <5                 7",
        "   ouderenzorg",
        "   Verpleegkunde                                                 30                31",
        "   Totaal                                                        44                40",
    ]) + "\n\nBron: VDAB.\n"
    source = relayout(Source(path="p.txt", text=text, encoding="utf-8", lines=tuple(text.splitlines()), kind="text"))
    lines = [" ".join(line.split()) for line in source.lines]
    assert "Logistiek assistent in de ouderenzorg <5 7" in lines
    assert "Zorgkundige 12 <5" in lines


def test_a_province_then_a_named_training_on_its_line_keeps_the_name_column():
    """A province's cell then the row's name in a cell of its own (``Limburg  Zorgkundige  12``):
    the name column is still the label column, a name wrapped below it the name's."""
    text = HEAD.format(by="opleiding") + "\n".join([
        "   Provincie        Opleiding                                  2021              2022",
        "   Limburg          Logistiek assistent in de                    <5                 7",
        "                    ouderenzorg",
        "   Antwerpen        Verpleegkunde                                30                31",
        "   Totaal                                                        34                42",
    ]) + "\n\nBron: VDAB.\n"
    source = relayout(Source(path="p.txt", text=text, encoding="utf-8", lines=tuple(text.splitlines()), kind="text"))
    lines = [" ".join(line.split()) for line in source.lines]
    assert "Limburg Logistiek assistent in de ouderenzorg <5 7" in lines


def _tight_pdf(rows: list[list[str]]) -> bytes:
    """A PDF table whose rows stand close together (4 mm apart at 10 pt): as close as the
    lines of one wrapped label."""
    from fpdf import FPDF

    doc = FPDF()
    doc.add_page()
    doc.set_font("Helvetica", size=10)
    doc.cell(0, 6, "1. Het aantal unieke cursisten met gestarte OKOT's per provincie.", new_x="LMARGIN", new_y="NEXT")
    doc.ln(4)
    for row in rows:
        doc.cell(70, 4, row[0])
        for cell in row[1:]:
            doc.cell(30, 4, cell, align="R")
        doc.ln(4)
    return bytes(doc.output())


@pytest.mark.parametrize("mark", ["<5", "*", ".", "(a)"])
def test_two_pdf_rows_withheld_in_turn_stay_two_lines(mark):
    """The PDF reader lays out its lines with the same steps: the same two rows, set close, were one."""
    from okot_audit.read.pdf import read_pdf

    labels = LABELS["provincie"]
    rows = [["Provincie", "2021", "2022"]] + [[k, *v] for k, v in _in_turn(labels, mark, mark).items()] + [["Totaal", "1", "1"]]
    lines = [" ".join(line.split()) for line in read_pdf(_tight_pdf(rows), "p.pdf").lines]
    assert f"Vlaams-Brabant {mark} 0" in lines
    assert f"West-Vlaanderen 0 {mark}" in lines



def _note_mark_table(label_line: str) -> list[str]:
    text = HEAD.format(by="opleiding") + "\n".join([
        "   Opleiding                                                   2021              2022",
        "   Zorgkundige                                                   12                 9",
        label_line,
        "   in de ouderenzorg                                              5                 7",
        "   Verpleegkunde                                                 30             1.234",
        "                                                                                    *",
        "   Totaal                                                        47             1.250",
    ]) + "\n\n(a) inclusief zorg\n* voorlopig\nBron: VDAB.\n"
    source = relayout(Source(path="p.txt", text=text, encoding="utf-8", lines=tuple(text.splitlines()), kind="text"))
    return [" ".join(line.split()) for line in source.lines]


def test_a_label_wrapped_above_its_figures_and_a_mark_wrapped_under_a_figure_start_no_row():
    """The opposite case: a label wrapped over two lines, its figures on its last (the first
    holds no values), and a footnote mark wrapped under a figure (no label of its own)."""
    lines = _note_mark_table("   Logistiek assistent (a)")
    assert "Logistiek assistent (a) in de ouderenzorg 5 7" in lines
    assert "Zorgkundige 12 9" in lines and "Verpleegkunde 30 1.234" in lines and "Totaal 47 1.250" in lines
