"""Plain ``pdftotext`` (no ``-layout``, every cell a paragraph), session 30: rows with a blank
cell, and a label that ends in a number.

**Blanks.** What poppler really prints for a table with blank cells (PDFs made with fpdf2, run
through ``pdftotext``): a figure next to a blank cell (to its right or below it) leaves its row —
printed after the next rows' labels, where it then seems a figure of theirs (a row of two
columns ``[264, 170]`` above ``[48, _]`` and ``[_, 16]`` prints ``264`` / ``48`` / ``170 16``),
after the other figures of a full row (a total ``836 656 970 1229 1194`` prints ``836 970 1229
1194 656``), or below the page's number; a row whose first cells are blank prints its label in
the next row's paragraph and its figures among the row above's (the years seed's ``908020`` in
every style). The order of the paragraphs does not say which row or column such a figure is
in, and the totals cannot settle it (a figure moved within its column leaves every sum as it
was), so such a table stays one ``unreadable-table`` (``one-figure-per-line``): never a cell
guessed. **A label's number.** A label's paragraph holds no cell's figure (each figure is a
paragraph of its own), so a number that ends a coded label's last line is the label's
(``900714: Hoger beroepsonderwijs`` / ``verpleegkunde … modules 14``: pdftotext joined
``modules 1-`` / ``4``) — read with its row, never as a count.
"""

from __future__ import annotations

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from generate.extract import extract
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf
from goldcells import answer_cells, gold_cells
from okot_audit import read_text
from test_plain29 import NEEDS_POPPLER, PROVINCES, YEARS, _fixture, _folded

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")


def _paragraphs(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


HEAD = ("Hieronder vindt u het overzicht van de gestarte cursisten.\n"
        "Unieke cursisten met gestarte OKOT'(s)")


def _cells(answer) -> dict:
    return {(c.code or c.label, c.period): c.count for t in answer.tables for c in t.cells}


def _unread(answer) -> list:
    return [(i.kind, i.reason) for i in answer.issues]


# --- a label that ends in a number ------------------------------------------------------------


@pytest.mark.parametrize("style", ["ruled-top", "plain-middle"])
def test_the_province_seeds_plain_text_reads_every_cell(style):
    """The four rows of ``900714`` (``modules 1-`` / ``4`` joined by pdftotext into ``modules
    14``) were said (``more-figures-than-periods``): now every gold cell is read in its block —
    the rows, the blocks' totals, the grand total — no finding; the label as pdftotext printed
    it (``modules 14``), its count right."""
    answer = read_text(_fixture(PROVINCES, style), "seed.txt")
    got, want = _folded(answer_cells(answer)), _folded(gold_cells(PROVINCES))
    assert answer.issues == []
    assert got == want
    assert sorted(c[-1] for c in got if c[2] == "900714") == [12, 16, 18, 32]


def test_a_coded_label_ending_in_a_number_keeps_it():
    """The number that ends a coded label's last line is the label's, its figures the row's."""
    text = _paragraphs(HEAD, "2019", "2020", "908031: Educatieve bachelor", "6", "48",
                       "908032: Hoger beroepsonderwijs\nverpleegkunde individueel traject - modules 14", "19", "53",
                       "Totaal", "25", "101", "Bron: VDAB.")
    answer = read_text(text, "plain.txt")
    assert answer.issues == []
    assert _cells(answer) == {("908031", "2019"): 6, ("908031", "2020"): 48, ("908032", "2019"): 19,
                              ("908032", "2020"): 53, ("Totaal", "2019"): 25, ("Totaal", "2020"): 101}
    assert {c.label for t in answer.tables for c in t.cells if c.code == "908032"} \
        == {"Hoger beroepsonderwijs verpleegkunde individueel traject - modules 14"}
    lines = text.split("\n")
    assert {c.line for t in answer.tables for c in t.cells if c.code == "908032"} == {lines.index("19") + 1}


def test_a_label_without_a_code_ending_in_a_number_stays_said():
    """Without a code the label's first line would be read as the whole name (cut short): the
    row stays said (``more-figures-than-periods``), never read with half its name."""
    text = _paragraphs(HEAD, "2019", "2020", "Graduaat orthopedagogie", "6", "48",
                       "Hoger beroepsonderwijs\nverpleegkunde modules 14", "19", "53", "Totaal", "25", "101",
                       "Bron: VDAB.")
    answer = read_text(text, "plain.txt")
    assert _unread(answer) == [("unreadable-table", "more-figures-than-periods")]
    assert not any(c.label.startswith("Hoger") for t in answer.tables for c in t.cells)


def test_labels_ending_in_a_stage_keep_their_whole_name():
    """``… - module 1`` ends a line as its label's already: every row keeps its whole name (set
    apart below its figures, a stage's line would be lost from every label)."""
    rows = []
    for m in range(1, 5):
        rows += [f"90071{m}: Hoger beroepsonderwijs\nverpleegkunde individueel traject - module {m}",
                 str(m * 10), str(m * 10 + 1)]
    answer = read_text(_paragraphs(HEAD, "2019", "2020", *rows, "Totaal", "100", "104", "Bron: VDAB."), "plain.txt")
    assert answer.issues == []
    assert {c.label for t in answer.tables for c in t.cells if c.code} \
        == {f"Hoger beroepsonderwijs verpleegkunde individueel traject - module {m}" for m in range(1, 5)}


# --- rows with a blank cell: the orders pdftotext prints, all left unread -----------------------


def test_a_figure_printed_into_a_later_row_leaves_the_table_unread():
    """pdftotext's text of ``[_, 28]`` ``[16, _]`` ``[264, 170]`` ``[48, _]`` ``[_, 16]`` …:
    ``170`` (below a blank) printed after ``908015``'s label, where ``170 16`` would fill that
    row and ``908013`` seem to have one figure — the table stays unread, no cell read."""
    text = _paragraphs(
        HEAD, "2018", "2019", "908010: Graduaat\nverpleegkunde modules 1- 4", "28",
        "908012: Educatieve bachelor\nvoor lager onderwijs", "16", "908013: Specifieke\nlerarenopleiding (SLO)", "264",
        "908014: Specifieke\nlerarenopleiding (SLO)", "48", "908015: Verkorte educatieve\nmaster", "170", "16",
        "908016: Educatieve bachelor\nvoor lager onderwijs", "185", "230", "Totaal", "511", "444", "Bron: VDAB.",
        "Pagina 1 van 1")
    answer = read_text(text, "plain.txt")
    assert answer.tables == []
    assert _unread(answer) == [("unreadable-table", "one-figure-per-line")]


def test_a_total_printed_out_of_its_order_below_a_blank_leaves_the_table_unread():
    """A total ``836 656 970 1229 1194`` under a row blank in 2019 printed ``836 970 1229 1194
    656``: a full row whose figures the text gives in another order — unread, never 970 in 2019."""
    text = _paragraphs(
        HEAD, "2018", "2019", "2020", "2021", "2022", "908010: Educatieve bachelor", "116", "94", "181", "163", "294",
        "908016: Educatieve bachelor voor lager\nonderwijs - verkort traject - 2de jaar", "2", "20", "218", "64",
        "908017: Educatieve graduaatsopleiding", "287", "98", "125", "173",
        "Totaal", "836", "970", "1229", "1194", "656", "Bron: VDAB.", "Pagina 1 van 1")
    answer = read_text(text, "plain.txt")
    assert answer.tables == []
    assert _unread(answer) == [("unreadable-table", "one-figure-per-line")]


def test_a_figure_printed_below_the_pages_number_leaves_the_table_unread():
    """``[21, 22, _, 24]`` printed ``21`` ``22`` and its ``24`` at the end of the page, below
    ``Pagina 1 van 1``: unread, never ``21 22`` weighed into two of four periods."""
    text = _paragraphs(
        HEAD, "2018", "2019", "2020", "2021", "908010: Verkorte educatieve master", "11", "12", "13", "14",
        "908011: Verkorte educatieve master", "21", "22", "908012: Verkorte educatieve master", "31", "32", "33", "34",
        "Totaal", "63", "66", "46", "72", "Bron: VDAB.", "Pagina 1 van 1", "24")
    answer = read_text(text, "plain.txt")
    assert answer.tables == []
    assert _unread(answer) == [("unreadable-table", "one-figure-per-line")]


@pytest.mark.parametrize("style", ["ruled-top", "plain-middle", "ligatures"])
def test_the_years_seeds_three_tables_are_each_said_in_plain_text(style):
    """The years seed in plain pdftotext: in every style each of its three tables has a row
    whose first cells are blank (``908020``), its label printed in ``908024``'s paragraph and its
    figures among ``908019``'s (``4 38 71 94 79``: how many are whose, the text does not say) —
    three ``one-figure-per-line`` errors, no cell read."""
    answer = read_text(_fixture(YEARS, style), "seed.txt")
    assert answer.tables == []
    assert _unread(answer) == [("unreadable-table", "one-figure-per-line")] * 3


# --- a property: year tables with blank cells through plain pdftotext ------------------------

_LABELS = ("Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "Verkorte educatieve master",
           "Specifieke lerarenopleiding (SLO)", "Educatieve graduaatsopleiding",
           "Hoger beroepsonderwijs verpleegkunde individueel traject - modules 1- 4")


@st.composite
def _blank_tables(draw):
    """A year table of unique persons with blank cells: each row's persons per period (none: a
    blank), the total the persons of the column less those counted in two rows."""
    n = draw(st.integers(2, 5))
    rows = []
    for r in range(draw(st.integers(2, 9))):
        values = draw(st.lists(st.one_of(st.none(), st.integers(1, 300)), min_size=n, max_size=n)
                      .filter(lambda v: any(x is not None for x in v)))
        rows.append(PdfRow(f"9080{10 + r:02d}: {draw(st.sampled_from(_LABELS))}", values))
    totals = []
    for i in range(n):
        column = [r.values[i] for r in rows if r.values[i] is not None]
        totals.append(sum(column) - draw(st.integers(0, min(3, sum(column) - max(column, default=0)))))
    rows.append(PdfRow("Totaal", totals, level="total"))
    return PdfTable("Unieke cursisten met gestarte OKOT'(s)", [str(2018 + i) for i in range(n)], rows)


@NEEDS_POPPLER
@settings(max_examples=12, deadline=None)
@given(table=_blank_tables(), ruled=st.booleans(), align=st.sampled_from(("TOP", "MIDDLE", "BOTTOM")),
       width=st.sampled_from((45.0, 70.0)))
def test_year_tables_with_blanks_read_right_or_stay_unread_from_plain_pdftotext(table, ruled, align, width):
    """Whatever order pdftotext prints a table with blank cells in: no cell read wrong, and
    every cell read or its row or table said."""
    document = Document(["Hieronder vindt u het overzicht van de gestarte cursisten.", table, "Bron: VDAB."])
    text = extract(write_pdf(document, PdfStyle(ruled=ruled, v_align=align, label_width=width)), "pdftotext")
    note(text)
    answer = read_text(text, "blanks.txt")
    want = {(r.label.split(":")[0] if r.level == "row" else None, p, v)
            for r in table.rows for p, v in zip(table.periods, r.values) if v is not None}
    got = {(c.code, c.period, c.count) for t in answer.tables for c in t.cells}
    assert got <= want, sorted(got - want)[:3]
    said = {i.code for i in answer.issues if i.kind == "ambiguous-alignment"}
    unread = {i.reason for i in answer.issues if i.kind == "unreadable-table"}
    missing = [c for c in want - got if c[0] not in said]
    assert not missing or unread, sorted(missing, key=repr)[:3]
