"""Subset lines through PDFs; stages counted up inside one block (session 31, waarvan31).

1. A coded subset line whose name wraps (``waarvan 903632: Graduaat orthopedagogie - 2de jaar
   12 10`` printed over two lines in its cell) below a row, in every extractor's text: its
   figures on the name's first line and its end below them (pdfplumber, ``… - 12 10`` /
   ``2de jaar``), at the end of its last line (``… -`` / ``2de jaar 12 10``), on a line of their
   own below the name (pypdf, ``… -`` / ``2de jaar`` / ``12 10``) or between its lines
   (pdfplumber, ``… -`` / ``12 10`` / ``2de jaar``). Before: its first line alone was the subset
   line, said as not checked, its figures a ``stray-number`` or none; where pdfplumber centred the
   row above's figures too, that row's name's end (``kleuteronderwijs - 1ste jaar``) was silently
   cut. Now it is read as a subset line is on one line: checked against the line above it, no part
   of the total, its name whole. Below the table's total line, its figures were silently left out
   (pypdf, pdfplumber); now the total's subset.
2. subset31's run of stages (``Se-n-se voor - module 1``, ``… module 2`` below coded rows, their
   numbers counting up by one: each its row's name's end) stays inside one block: the same line
   below rows of two provinces, its numbers going up by one, is no programme's stages but rows
   whose codes were lost. Before: made the names' ends across the blocks.
"""

from __future__ import annotations

import pytest

from generate.extract import EXTRACTORS, read_form
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf
from okot_audit import audit, read_text

INTRO = "Hieronder het aantal unieke cursisten per opleiding."
STYLES = {
    "ruled-top": PdfStyle(),  # figures beside the name's first line
    "plain-middle": PdfStyle(ruled=False, v_align="MIDDLE"),  # figures between the name's lines
    "bottom": PdfStyle(v_align="BOTTOM"),  # figures beside the name's last line
    "narrow": PdfStyle(label_width=45.0),  # every name wraps
}


def _subset_pdf(lead: str, style: PdfStyle, counts: tuple[int, int] = (12, 10)) -> bytes:
    rows = [PdfRow("903631: Graduaat orthopedagogie - 1ste jaar", [138, 91]),
            PdfRow("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", [26, 121]),
            PdfRow(f"{lead} 903632: Graduaat orthopedagogie - 2de jaar", list(counts)),
            PdfRow("908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar", [40, 50]),
            PdfRow("Totaal", [204, 262], level="total")]
    table = PdfTable("Opleiding", ["2021", "2022"], rows)
    return write_pdf(Document([INTRO, table]), style)


def _labels(answer) -> dict:
    return {c.code: c.label for t in answer.tables for c in t.cells if c.code}


def _rows(answer) -> dict:
    return {(c.code or c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}


FULL = {"903631": "Graduaat orthopedagogie - 1ste jaar",
        "908001": "Educatieve bachelor voor kleuteronderwijs - 1ste jaar",
        "908002": "Educatieve bachelor voor kleuteronderwijs - 2de jaar"}


@pytest.mark.parametrize("lead", ["waarvan", "w.o.", "waaronder"])
@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("form", ["pdf", *EXTRACTORS])
def test_a_coded_subset_line_whose_name_wraps_is_read_in_every_form(form, style, lead):
    """Its figures are checked against the row above it (the line of 908001's figures), the
    rows around it whole, the subset no part of the total and no number left unread."""
    answer = read_form(_subset_pdf(lead, STYLES[style]), form)
    (table,) = answer.tables
    above = {c.line for c in table.cells if c.code == "908001"}
    assert [(s.period, s.count, s.of_line) for s in table.subsets] == [("2021", 12, *above), ("2022", 10, *above)]
    assert {s.label.replace(" -", "") for s in table.subsets} == {f"{lead} 903632: Graduaat orthopedagogie 2de jaar"}
    assert _labels(answer) == FULL
    assert _rows(answer) == {("903631", "2021"): 138, ("903631", "2022"): 91, ("908001", "2021"): 26,
                             ("908001", "2022"): 121, ("908002", "2021"): 40, ("908002", "2022"): 50}
    said = [(i.kind, i.reason, i.text.replace(" -", ""), i.other) for i in answer.issues]
    assert said == [("column-not-checked", "subset-rows", f"{lead} 903632: Graduaat orthopedagogie 2de jaar", "12 10")]
    rules = [f.rule for f in audit(answer).findings]
    assert "stray-number" not in rules and "unreadable-table" not in rules


@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("form", ["pdf", *EXTRACTORS])
def test_a_wrapped_subset_larger_than_its_line_is_an_error_in_every_form(form, style):
    """30 of a row counting 26: checked, so said as the error it is (before: only ``not checked``)."""
    findings = audit(read_form(_subset_pdf("waarvan", STYLES[style], (30, 10)), form)).findings
    below = [f for f in findings if f.rule == "total-below-largest-part"]
    assert below and below[0].severity == "error" and "30" in below[0].message


HEAD = "Hieronder het aantal unieke cursisten per opleiding.\n\nOpleiding 2021 2022\n"


@pytest.mark.parametrize("body,line,of_line", [
    # pdfplumber (figures beside the first line): the name's end below them
    ("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 26 121\n"
     "waarvan 903632: Graduaat orthopedagogie - 12 10\n2de jaar\n", 6, 5),
    # pypdf, pdfplumber (figures beside the last line)
    ("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 26 121\n"
     "waarvan 903632: Graduaat orthopedagogie -\n2de jaar 12 10\n", 7, 5),
    # pypdf: the figures on a line of their own below the wrapped name
    ("908001: Educatieve bachelor voor\nkleuteronderwijs - 1ste jaar\n26 121\n"
     "waarvan 903632: Graduaat orthopedagogie -\n2de jaar\n12 10\n", 10, 7),
    # pdfplumber (centred figures): between the name's lines, the row above's too
    ("908001: Educatieve bachelor voor\n26 121\nkleuteronderwijs - 1ste jaar\n"
     "waarvan 903632: Graduaat orthopedagogie -\n12 10\n2de jaar\n", 9, 6),
])
def test_the_extractors_shapes_as_text(body, line, of_line):
    text = HEAD + "903631: Graduaat orthopedagogie - 1ste jaar 138 91\n" + body + "Totaal 164 212\n"
    answer = read_text(text, "a.txt")
    assert [(i.kind, i.reason, i.line) for i in answer.issues] == [("column-not-checked", "subset-rows", line)]
    (table,) = answer.tables
    assert [(s.line, s.period, s.count, s.of_line, s.label) for s in table.subsets] == [
        (line, p, c, of_line, "waarvan 903632: Graduaat orthopedagogie - 2de jaar") for p, c in (("2021", 12), ("2022", 10))]
    assert _labels(answer) == {"903631": FULL["903631"], "908001": FULL["908001"]}


def test_a_wrapped_subset_line_whose_figures_do_not_fit_stays_said():
    """Three figures under two periods (``12 10 7``): not checked, said so — never two of them picked."""
    text = (HEAD + "903631: Graduaat orthopedagogie - 1ste jaar 138 91\n"
            "waarvan 903632: Graduaat orthopedagogie -\n2de jaar 12 10 7\nTotaal 138 91\n")
    answer = read_text(text, "a.txt")
    assert answer.tables[0].subsets == []
    assert [(i.kind, i.line, i.numbers) for i in answer.issues] == [
        ("column-not-checked", 5, ()), ("stray-number", 6, (12, 10, 7))]
    assert _labels(answer) == {"903631": FULL["903631"]}
    hits = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert hits and "903632" in hits[0].message


def test_prose_with_a_lead_in_and_a_code_below_a_table_stays_prose():
    """``waarvan 903632: … volgden er in 2022`` / ``… zoals gevraagd in vraag 3`` after the rows of
    a table without a total line: a sentence of prose (its one number no figure for each
    column), no subset line."""
    text = (HEAD + "903631: Graduaat orthopedagogie - 1ste jaar 138 91\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 26 121\n\n"
            "waarvan 903632: Graduaat orthopedagogie - 2de jaar volgden er in 2022 ongeveer\n"
            "de helft een stage in de zorg, zoals gevraagd in vraag 3\n")
    answer = read_text(text, "a.txt")
    assert answer.issues == []
    assert answer.tables[0].subsets == []
    assert _labels(answer) == {"903631": FULL["903631"], "908001": FULL["908001"]}


def test_a_sentence_with_a_lead_in_and_a_code_below_a_row_opens_no_subset():
    """``waarvan 903632: zie de bijlage.`` (a sentence, no figures) between rows: no subset line,
    the next row read as before."""
    text = (HEAD + "903631: Graduaat orthopedagogie - 1ste jaar 138 91\nwaarvan 903632: zie de bijlage.\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 26 121\nTotaal 164 212\n")
    answer = read_text(text, "a.txt")
    assert answer.tables[0].subsets == []
    assert _labels(answer) == {"903631": FULL["903631"], "908001": FULL["908001"]}


# --- 2. stages counted up inside one block -------------------------------------------------------

INTRO2 = "Antwoord op vraag nr. 12 van 3 maart 2023 over de OKOT-trajecten van VDAB.\n\n"
CAPTION = "Unieke cursisten met gestarte OKOT'(s) in 2021\n\nProvincie Opleiding Aantal\n"


def test_the_same_line_below_rows_of_two_provinces_counting_up_is_no_run_of_stages():
    """``Verpleegkunde 3`` below Antwerpen's row, ``Verpleegkunde 4`` below Limburg's: rows whose
    codes were lost (the subtotals say so: 10 + 3 = 13, 12 + 4 = 16), read as they are where the
    numbers do not count up — never the coded rows' names' ends (before: ``Zorgkundige
    Verpleegkunde 3``, and the subtotals wrongly said too large)."""
    text = (INTRO2 + CAPTION + "Antwerpen\n900731: Zorgkundige 10\nVerpleegkunde 3\nTotaal Antwerpen 13\n"
            "Limburg\n900611: Logistiek assistent 12\nVerpleegkunde 4\nTotaal Limburg 16\nEindtotaal 29\n")
    answer = read_text(text, "a.txt")
    assert _labels(answer) == {"900731": "Zorgkundige", "900611": "Logistiek assistent"}
    assert sorted((c.province, c.code or c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row") == [
        ("Antwerpen", "900731", 10), ("Antwerpen", "Verpleegkunde", 3),
        ("Limburg", "900611", 12), ("Limburg", "Verpleegkunde", 4)]
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_stage_ends_split_by_a_block_closing_line_are_said():
    """``Se-n-se voor - module 1`` in Antwerpen, ``… module 2`` in Limburg, each below a row of
    another code: no run inside either block, so each number is said where it stands (one column:
    the name's digit or a count of a row whose code was lost) — before, read into the names."""
    text = (INTRO2 + CAPTION
            + "Antwerpen\n900731: Zorgkundige met 10\nSe-n-se voor - module 1\n900611: Verpleegkunde 5\n"
              "Totaal Antwerpen 15\nLimburg\n900732: Zorgkundige met 12\nSe-n-se voor - module 2\n"
              "900611: Verpleegkunde 7\nTotaal Limburg 19\nEindtotaal 34\n")
    answer = read_text(text, "a.txt")
    assert [(i.kind, i.line, i.numbers) for i in answer.issues] == [("stray-number", 8, (1,)), ("stray-number", 13, (2,))]
    assert _labels(answer)["900731"] == "Zorgkundige met"


def test_stages_counting_up_inside_one_province_block_are_still_names():
    """The run inside one block (a province table's): each end its row's name's, as subset31 reads it."""
    text = (INTRO2 + CAPTION
            + "Antwerpen\n900731: Zorgkundige met 10\nSe-n-se voor - module 1\n900732: Zorgkundige met 12\n"
              "Se-n-se voor - module 2\nTotaal Antwerpen 21\nLimburg\n900611: Verpleegkunde 7\n"
              "Totaal Limburg 7\nEindtotaal 28\n")
    answer = read_text(text, "a.txt")
    assert _labels(answer) == {"900731": "Zorgkundige met Se-n-se voor - module 1",
                               "900732": "Zorgkundige met Se-n-se voor - module 2", "900611": "Verpleegkunde"}
    assert answer.issues == []


def _below_total_pdf(style: PdfStyle) -> bytes:
    rows = [PdfRow("903631: Graduaat orthopedagogie - 1ste jaar", [138, 91]),
            PdfRow("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", [26, 121]),
            PdfRow("Totaal", [164, 212], level="total"),
            PdfRow("waarvan 903632: Graduaat orthopedagogie - 2de jaar", [12, 10])]
    return write_pdf(Document([INTRO, PdfTable("Opleiding", ["2021", "2022"], rows)]), style)


@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("form", ["pdf", *EXTRACTORS])
def test_a_wrapped_coded_subset_line_below_the_total_is_its_subset(form, style):
    """``Totaal 164 212`` / ``waarvan 903632: … -`` / ``2de jaar 12 10``: a subset of the total,
    checked against it. Before, where the name wrapped above the figures (pypdf, pdfplumber), its
    figures were silently left out: no cell, no finding."""
    answer = read_form(_below_total_pdf(STYLES[style]), form)
    (table,) = answer.tables
    total = {c.line for c in table.cells if c.level == "total"}
    assert [(s.period, s.count, s.of_line) for s in table.subsets] == [("2021", 12, *total), ("2022", 10, *total)]
    assert {s.label.split(":")[0] for s in table.subsets} == {"waarvan 903632"}
    assert [(i.kind, i.reason) for i in answer.issues] == [("column-not-checked", "subset-rows")]
    assert _labels(answer) == {"903631": FULL["903631"], "908001": FULL["908001"]}



def test_a_wrapped_coded_subset_line_below_the_total_as_text():
    text = (HEAD + "903631: Graduaat orthopedagogie - 1ste jaar 138 91\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 26 121\nTotaal 164 212\n"
            "waarvan 903632: Graduaat orthopedagogie -\n2de jaar 12 10\n")
    answer = read_text(text, "a.txt")
    assert [(s.line, s.period, s.count, s.of_line, s.label) for s in answer.tables[0].subsets] == [
        (8, p, c, 6, "waarvan 903632: Graduaat orthopedagogie - 2de jaar") for p, c in (("2021", 12), ("2022", 10))]
    assert [(i.kind, i.reason, i.line) for i in answer.issues] == [("column-not-checked", "subset-rows", 8)]
