"""PDFs made the way the parliament's are, and the text extractors make of them, round 16 (review
inputs16): a label holding Word's soft hyphen (``Oost-Vlaan\\xadderen``: pypdf keeps it, and so
does text pasted from Word) or a zero-width space; a pivot table pasted into the answer
(``Antwerpen Totaal`` subtotals, an ``Eindtotaal`` column); figures drawn glyph by glyph with
kerning, thousands set apart by a thin space, no space glyph drawn; and the text of the
extractors that print a table column by column (pdfminer.six's ``pdf2txt.py``, ``pdftotext``
without ``-layout``). Each PDF is drawn here with fpdf2; each test asserts the exact cells and
findings a correct reader gives, or that a text which lost its rows is reported, never clean."""

from __future__ import annotations

import io
from functools import lru_cache

import pytest

from okot_audit import audit
from okot_audit.parse import read_text

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import read_form  # noqa: E402
from test_unseen_pdfs import autofit_pdf  # noqa: E402
from test_unseen_pdfs5_inputs import headed_page  # noqa: E402

HEAD = ["ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck",
        "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per provincie."]
YEARS = ["2019", "2020", "2021"]


def cells(answer) -> list[tuple]:
    return [(c.level, c.province, c.code, c.period, c.count) for t in answer.tables for c in t.cells]


def findings(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.period, f.stated, f.observed) for f in audit(answer).findings]


# --- A soft hyphen or a zero-width space in a label ---------------------------------------------

_PROVINCE_ROWS = [("Antwerpen", [577, 601, 640]), ("Oost-Vlaanderen", [918, None, 951]),
                  ("West-Vlaanderen", [751, 760, 772]), ("Totaal", [2200, 1300, 2300])]
_PROVINCE_CELLS = [("total" if name == "Totaal" else "row", None if name == "Totaal" else name, None, y, v)
                   for name, values in _PROVINCE_ROWS for y, v in zip(YEARS, values) if v is not None]
#: Persons counted in two provinces (unique persons): information, no error.
_PROVINCE_FINDINGS = [("parts-exceed-total", "info", "2019", 2200, 2246), ("parts-exceed-total", "info", "2020", 1300, 1361),
                      ("parts-exceed-total", "info", "2021", 2300, 2363)]


def _soft_text(layout: bool) -> str:
    """The answer's text with ``Oost-Vlaan\\xadderen`` and ``West\\u200b-Vlaanderen``: laid out
    (`layout`, as ``pdftotext -layout`` prints it, the blank cell empty space under its year)
    or single-spaced (as pypdf prints it, the blank cell left out)."""
    lines = [*HEAD, ""]
    if layout:
        lines.append("Provincie                 2019      2020      2021")
        for name, values in _PROVINCE_ROWS:
            shown = name.replace("Oost-Vlaanderen", "Oost-Vlaan\u00adderen").replace("West-", "West\u200b-")
            lines.append(shown.ljust(22) + "".join(f"{'' if v is None else f'{v:,}'.replace(',', '.'):>10}" for v in values))
    else:
        lines.append("Provincie 2019 2020 2021")
        for name, values in _PROVINCE_ROWS:
            shown = name.replace("Oost-Vlaanderen", "Oost-Vlaan\u00adderen").replace("West-", "West\u200b-")
            lines.append(" ".join([shown, *(f"{v:,}".replace(",", ".") for v in values if v is not None)]))
    return "\n".join([*lines, "", "Bron: VDAB."]) + "\n"


@pytest.mark.parametrize("layout", [True, False])
def test_a_soft_hyphen_or_a_zero_width_space_in_a_label_hides_no_province(layout):
    """The label kept the invisible character and named no province: the rows were anonymous,
    their duplicates counted as rows', not provinces'. The character goes without a space in its
    place: in single-spaced text two spaces after the label would be a blank cell (the row of
    West-Vlaanderen was then unread), and in laid-out text the blank under 2020 stays one."""
    answer = read_text(_soft_text(layout), "a.txt")
    assert cells(answer) == _PROVINCE_CELLS
    assert findings(answer) == _PROVINCE_FINDINGS
    assert all("more than one province" in f.message for f in audit(answer).findings)


def test_a_soft_hyphen_in_the_pdfs_text_as_pypdf_extracts_it():
    """pypdf gives a PDF's soft hyphen as it is (``Oost-Vlaan\\xadderen``)."""
    rows = [["Antwerpen", "577", "601", "640"], ["Oost-Vlaan\u00adderen", "918", "930", "951"],
            ["West-Vlaanderen", "751", "760", "772"], ["Totaal", "2.200", "2.250", "2.300"]]
    answer = read_form(autofit_pdf(HEAD, ["Provincie", *YEARS], rows), "pypdf")
    assert [(c.province, c.period, c.count) for c in answer.tables[0].cells][3:6] == [
        ("Oost-Vlaanderen", "2019", 918), ("Oost-Vlaanderen", "2020", 930), ("Oost-Vlaanderen", "2021", 951)]
    assert [(f.rule, f.severity) for f in audit(answer).findings] == [("parts-exceed-total", "info")] * 3


# --- A pivot table pasted into the answer -------------------------------------------------------

A1 = "900123: Tweedekansonderwijs zorgkundige - 1ste jaar"
A2 = "900611: Professionele bachelor verpleegkunde - 1ste jaar"
_PIVOT = [["Antwerpen", A1, "19", "22", "25", "60"], ["", A2, "59", "", "61", "118"],
          ["Antwerpen Totaal", "", "77", "22", "84", "176"],
          ["Limburg", A1, "10", "11", "12", "31"], ["", A2, "20", "21", "22", "60"],
          ["Limburg Totaal", "", "30", "32", "33", "90"], ["Eindtotaal", "", "105", "54", "116", "262"]]


@lru_cache(maxsize=None)
def pivot_pdf() -> bytes:
    return autofit_pdf(HEAD, ["Provincie", "Opleiding", *YEARS, "Eindtotaal"], [list(r) for r in _PIVOT], size=8,
                       left_columns=(0, 1))


def _pivot_cells() -> list[tuple]:
    out = []
    province = None
    for name, label, *values in _PIVOT:
        level = "total" if name == "Eindtotaal" else "subtotal" if name.endswith("Totaal") else "row"
        province = name.split()[0] if name else province
        code = label.split(":")[0] if label else None
        out += [(level, None if level == "total" else province, code, p, int(v))
                for p, v in zip([*YEARS, "Totaal"], values) if v]
    return out


#: Persons counted in two rows, two provinces, two years: unique persons, information only.
_PIVOT_FINDINGS = [
    ("parts-exceed-total", "info", "Totaal", 60, 66), ("parts-exceed-total", "info", "Totaal", 118, 120),
    ("parts-exceed-total", "info", "2019", 77, 78), ("parts-exceed-total", "info", "2021", 84, 86),
    ("parts-exceed-total", "info", "Totaal", 176, 183), ("parts-exceed-total", "info", "Totaal", 176, 178),
    ("parts-exceed-total", "info", "Totaal", 31, 33), ("parts-exceed-total", "info", "Totaal", 60, 63),
    ("parts-exceed-total", "info", "2021", 33, 34), ("parts-exceed-total", "info", "Totaal", 90, 95),
    ("parts-exceed-total", "info", "Totaal", 90, 91), ("parts-exceed-total", "info", "2019", 105, 107),
    ("parts-exceed-total", "info", "2021", 116, 117), ("parts-exceed-total", "info", "Totaal", 262, 275),
    ("parts-exceed-total", "info", "Totaal", 262, 266),
]


@pytest.mark.parametrize("form", ["pdf", "pypdf", "pdfplumber", "pdftotext-layout"])
def test_a_pivot_table_in_the_answer_with_subtotals_named_province_first(form):
    """``Antwerpen Totaal`` / ``Limburg Totaal`` and an ``Eindtotaal`` column, as a pivot table
    pasted from Excel prints them: the header named no period (``Eindtotaal`` was no total
    column's word), and the whole table was an ``unreadable-table`` error."""
    answer = read_form(pivot_pdf(), form)
    assert cells(answer) == _pivot_cells()
    assert findings(answer) == _PIVOT_FINDINGS


def test_a_name_before_totaal_that_names_no_block_is_left_as_printed():
    """What stays: ``Gestarte Totaal`` names no province and no sector: no block's closing line."""
    text = "\n".join([*HEAD, "", "Provincie 2019 2020", "Antwerpen 577 601", "Limburg 529 540",
                      "Gestarte Totaal 1.050 1.100", "", "Bron: VDAB."]) + "\n"
    answer = read_text(text, "a.txt")
    assert [(c.level, c.label, c.count) for c in answer.tables[0].cells][-2:] == [
        ("row", "Gestarte Totaal", 1050), ("row", "Gestarte Totaal", 1100)]
    assert [f.rule for f in audit(answer).findings] == ["total-missing"]


# --- Figures drawn glyph by glyph (read right already) ------------------------------------------

_GLYPH_ROWS = [["Antwerpen", "1 577", "1 601", "640"], ["Limburg", "529", "540", "555"],
               ["Oost-Vlaanderen", "918", "930", "951"], ["Totaal", "2 958", "3 001", "2 080"]]


@lru_cache(maxsize=None)
def glyph_pdf(thin: float, kern: float, align: str) -> bytes:
    """Every character of the table drawn as a text object of its own (as a PDF printer that
    positions glyphs one by one writes it), `kern` mm between two glyphs, a space drawn as a gap
    of `thin` mm without a glyph (a thin space: ``1 577``), figures right-aligned or centred."""
    pdf, y = headed_page(HEAD)
    y += 3

    def width(text: str) -> float:
        return sum(pdf.get_string_width(c) + kern for c in text if c != " ") + text.count(" ") * thin

    for row in [["Provincie", *YEARS], *_GLYPH_ROWS]:
        x = 20.0
        for j, text in enumerate(row):
            w = 40 if j == 0 else 20
            at = x + 1.5 if j == 0 else x + w - 1.5 - width(text) if align == "R" else x + (w - width(text)) / 2
            for char in text:
                if char == " ":
                    at += thin
                    continue
                pdf.text(at, y + 3.6, char)
                at += pdf.get_string_width(char) + kern
            x += w
        y += 5
    pdf.text(20, y + 8, "Bron: VDAB.")
    return bytes(pdf.output())


@pytest.mark.parametrize("form", ["pdf", "pypdf", "pdfplumber", "pdftotext-layout"])
@pytest.mark.parametrize("thin, kern, align", [(0.6, 0.0, "R"), (0.3, 0.0, "R"), (0.6, 0.2, "R"), (0.6, 0.0, "C")])
def test_figures_drawn_glyph_by_glyph_with_thin_spaced_thousands(thin, kern, align, form):
    answer = read_form(glyph_pdf(thin, kern, align), form)
    assert [(c.level, c.province, c.period, c.count) for c in answer.tables[0].cells] == [
        ("total" if r[0] == "Totaal" else "row", None if r[0] == "Totaal" else r[0], y, int(v.replace(" ", "")))
        for r in _GLYPH_ROWS for y, v in zip(YEARS, r[1:])]
    assert [(f.rule, f.observed) for f in audit(answer).findings] == [
        ("parts-exceed-total", 3024), ("parts-exceed-total", 3071), ("parts-exceed-total", 2146)]


# --- Text printed column by column (reported, never clean) --------------------------------------

def _pdfminer_text(data: bytes) -> str:
    pdfminer = pytest.importorskip("pdfminer.high_level", reason="pdfminer.six is not installed")
    return pdfminer.extract_text(io.BytesIO(data))


@pytest.mark.parametrize("form", ["pdfminer", "pdftotext"])
@pytest.mark.parametrize("pdf", ["glyphs", "pivot"])
def test_text_printed_column_by_column_is_an_unreadable_table_never_clean(pdf, form):
    """pdfminer.six and ``pdftotext`` without ``-layout`` print each column of the table apart
    (the labels, then each year's figures): the rows are lost, and okot-audit says so."""
    data = glyph_pdf(0.6, 0.0, "R") if pdf == "glyphs" else pivot_pdf()
    if form == "pdfminer":
        answer = read_text(_pdfminer_text(data), "a.txt")
    else:
        answer = read_form(data, form)
    found = audit(answer).findings
    assert cells(answer) == []
    assert [f.rule for f in found if f.severity == "error"] == ["unreadable-table"]
    assert "one figure per line" in found[0].message


# --- A note's mark glued to its first word, right under the total --------------------------------

_NOTED_ROWS = [["Antwerpen", "1.577", "601", "640"], ["Limburg", "529", "540", "555"],
               ["Oost-Vlaanderen", "918", "930", "951"], ["Totaal", "2.958", "2.001", "2.080"]]


@lru_cache(maxsize=None)
def noted_pdf() -> bytes:
    """The table without rules, a superscript ``1`` on Antwerpen's 2019 figure, and the note
    ``¹Voorlopig cijfer.`` set one line under the total, its mark touching its first word."""
    pdf, y = headed_page(HEAD)
    y += 3
    for i, row in enumerate([["Provincie", *YEARS], *_NOTED_ROWS]):
        x = 20.0
        for j, text in enumerate(row):
            w = 40 if j == 0 else 20
            marked = i == 1 and j == 1
            at = x + 1.5 if j == 0 else x + w - 1.5 - pdf.get_string_width(text) - (1.2 if marked else 0)
            pdf.text(at, y + 3.6, text)
            if marked:
                pdf.set_font("helvetica", size=6)
                pdf.text(at + pdf.get_string_width(text) * 10 / 6, y + 2.2, "1")
                pdf.set_font("helvetica", size=10)
            x += w
        y += 5
    pdf.set_font("helvetica", size=6)
    pdf.text(20, y + 5, "1")
    pdf.set_font("helvetica", size=8)
    pdf.text(21.2, y + 6, "Voorlopig cijfer.")
    pdf.set_font("helvetica", size=10)
    pdf.text(20, y + 14, "Bron: VDAB.")
    return bytes(pdf.output())


@pytest.mark.parametrize("form", ["pdf", "pypdf", "pdfplumber", "pdftotext-layout"])
def test_a_note_whose_mark_is_glued_to_its_first_word_is_no_line_of_the_totals_label(form):
    """``¹Voorlopig cijfer.`` set right under the total line, its superscript mark touching the
    note's first word: ``pdftotext -layout`` prints it ``1Voorlopig cijfer.``, and that line was
    joined to the total's label (``Totaal 1Voorlopig cijfer.``) — a label no reader would know."""
    answer = read_form(noted_pdf(), form)
    assert [(c.level, c.label, c.period, c.count) for c in answer.tables[0].cells] == [
        ("total" if r[0] == "Totaal" else "row", r[0], y, int(v.replace(".", "")))
        for r in _NOTED_ROWS for y, v in zip(YEARS, r[1:])]
    assert [(f.rule, f.observed) for f in audit(answer).findings] == [
        ("parts-exceed-total", 3024), ("parts-exceed-total", 2071), ("parts-exceed-total", 2146)]


_SECTOR_TEXT = """ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck
1. Het aantal unieke cursisten dat een OKOT startte, per sector.

Opleiding                                                    2020   2021
Zorg
900123: Tweedekansonderwijs zorgkundige - 1ste jaar            19     25
900611: Professionele bachelor verpleegkunde - 1ste jaar       59     61
Zorg Subtotaal                                                 77     84
Onderwijs
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar  50     71
908017: Educatieve graduaatsopleiding                          27     52
Onderwijs Subtotaal                                            75    120
Totaal                                                        150    200

Bron: VDAB.
"""


@pytest.mark.parametrize("layout", [True, False])
def test_sector_blocks_closed_by_a_subtotal_named_sector_first(layout):
    """``Zorg Subtotaal`` closes the block of sector zorg: read as a row, the subtotals were
    summed with the rows under the table's total (``its rows sum to 307``), no block was seen
    and no code checked against its block's sector; and in laid-out text the next block's name
    (``Onderwijs``) under it was joined to its label."""
    text = _SECTOR_TEXT if layout else "\n".join(" ".join(line.split()) for line in _SECTOR_TEXT.split("\n"))
    answer = read_text(text, "a.txt")
    assert [(c.level, c.code or c.label, c.period, c.count) for c in answer.tables[0].cells] == [
        ("row", "900123", "2020", 19), ("row", "900123", "2021", 25), ("row", "900611", "2020", 59),
        ("row", "900611", "2021", 61), ("subtotal", "Subtotaal Zorg", "2020", 77), ("subtotal", "Subtotaal Zorg", "2021", 84),
        ("row", "908001", "2020", 50), ("row", "908001", "2021", 71), ("row", "908017", "2020", 27),
        ("row", "908017", "2021", 52), ("subtotal", "Subtotaal Onderwijs", "2020", 75),
        ("subtotal", "Subtotaal Onderwijs", "2021", 120), ("total", "Totaal", "2020", 150), ("total", "Totaal", "2021", 200),
    ]
    assert findings(answer) == [
        ("parts-exceed-total", "info", "2020", 77, 78), ("parts-exceed-total", "info", "2021", 84, 86),
        ("parts-exceed-total", "info", "2020", 75, 77), ("parts-exceed-total", "info", "2021", 120, 123),
        ("parts-exceed-total", "info", "2020", 150, 152), ("parts-exceed-total", "info", "2021", 200, 204),
    ]
