"""Round 15's new shapes (tests/test_unseen_answers6.py) drawn as PDFs the way answers are
(:func:`generate.pdf.write_pdf`, ruled or plain, figures right-aligned or centred, a narrow label
column that wraps) and read from the PDF itself and from the text each common extractor makes of
it (:mod:`generate.extract`). Each test asserts the exact cells and findings a correct reader
gives. Each PDF is built once (:func:`functools.lru_cache`)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import available, extract  # noqa: E402
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf  # noqa: E402

STYLES = {
    "ruled-right": PdfStyle(),
    "plain-centred-narrow": PdfStyle(ruled=False, number_align="CENTER", label_width=45.0),
}
#: Every extractor but plain ``pdftotext`` (its tables are reported unread: test_unseen_pdfs3).
FORMS = ["pdf", "pdfplumber", "pdfplumber-layout", "pypdf", "pdftotext-layout"]
HEAD = ["Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's)",
        "ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck"]


def _row(label: str, *values, level: str = "row") -> PdfRow:
    return PdfRow(label, list(values), level=level)


def _document(name: str) -> Document:
    if name == "region-blocks":
        rows = [
            _row("Antwerpen", None, None, level="sector"), _row("Graduaat in de verpleegkunde", 300, 310),
            _row("Zorgkundige", None, 120), _row("Totaal Antwerpen", 300, 425, level="subtotal"),
            _row("Limburg", None, None, level="sector"), _row("Graduaat in de verpleegkunde", 140, 150),
            _row("Zorgkundige", 55, 61), _row("Totaal Limburg", 190, 210, level="subtotal"),
            _row("Subtotaal Vlaams Gewest", 489, 634, level="subtotal"), _row("Brussel", None, None, level="sector"),
            _row("Graduaat in de verpleegkunde", 20, 22), _row("Totaal Brussel", 20, 22, level="subtotal"),
            _row("Eindtotaal", 508, 655, level="total"),
        ]
        asked = "1. Het aantal unieke cursisten met een gestarte OKOT, per opleiding en per provincie:"
        return Document([*HEAD, asked, PdfTable("Provincie / opleiding", ["2022", "2023"], rows), "Bron: VDAB"])
    if name == "months-dash":
        months = ["sep 2022", "okt 2022", "nov 2022", "dec 2022", "jan 2023", "feb 2023"]
        rows = [_row("Graduaat in de verpleegkunde", 310, 122, 41, 9, 88, 30), _row("Zorgkundige", 95, 40, 12, "-", 33, 11),
                _row("Totaal", 401, 160, 53, 9, 120, 41, level="total")]
        asked = "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per maand:"
        return Document([*HEAD, asked, PdfTable("Opleiding", months, rows), "Bron: VDAB"])
    if name == "two-stars":
        rows = [_row("Bachelor in de verpleegkunde", 88, 71, 102, 64), _row("Graduaat in de verpleegkunde", 201, 187, 240, 133),
                _row("Totaal", 287, 256, 340, 195, level="total")]
        notes = ["* coronajaar: examens deels uitgesteld naar het volgende schooljaar",
                 "** voorlopige cijfers, tweede examenperiode nog niet verwerkt"]
        asked = "1. Hieronder het aantal unieke cursisten met een geslaagd OKOT, per schooljaar."
        table = PdfTable("Opleiding", ["2019-2020", "2020-2021*", "2021-2022", "2022-2023**"], rows, footnotes=notes)
        return Document([*HEAD, asked, table, "Bron: VDAB"])
    if name == "spaced-thousands":
        rows = [_row("Antwerpen", "1 012", "1 105", 998, "1 040", "3 601"), _row("Limburg", 512, 530, 488, 501, "1 790"),
                _row("Oost-Vlaanderen", "1 100", "1 180", "1 010", "1 090", "3 911"), _row("Brussel", 58, 61, 55, 60, 201),
                _row("Totaal", "2 670", "2 870", "2 545", "2 680", "9 280", level="total")]
        asked = "1. Het aantal unieke cursisten dat een OKOT startte, per provincie:"
        return Document([*HEAD, asked, PdfTable("Provincie", ["2019", "2020", "2021", "2022", "Totaal"], rows), "Bron: VDAB"])
    raise KeyError(name)


@lru_cache(maxsize=None)
def _pdf(name: str, style: str) -> bytes:
    return write_pdf(_document(name), STYLES[style])


def _answer(name: str, style: str, form: str):
    data = _pdf(name, style)
    if form == "pdf":
        return parse_answer(source_from_bytes(data, f"{name}.pdf"))
    if not available(form):
        pytest.skip(f"{form} is not installed")
    return parse_answer(source_from_bytes(extract(data, form).encode(), f"{name}.txt"))


CASES = pytest.mark.parametrize("form", FORMS)
IN_STYLES = pytest.mark.parametrize("style", list(STYLES))


@IN_STYLES
@CASES
def test_the_regions_total_below_province_blocks_in_a_pdf(style, form):
    """Province blocks whose first row's label wraps in a narrow cell, ``Subtotaal Vlaams Gewest``
    below the blocks of Antwerp and Limburg, then the Brussels block and ``Eindtotaal``. Besides
    the region's total read as a sector block's (eight ``schema-violation`` errors, the
    Eindtotaal checked against every subtotal), the Brussels block after it was no part of the
    table in pypdf's and pdfplumber's text of the narrow style (``Brussel`` / ``Graduaat in de`` /
    ``verpleegkunde`` / ``20 22``, or the figures beside the first line and ``verpleegkunde``
    below them): an ``unreadable-table`` error, its figures and the Eindtotaal lost."""
    answer = _answer("region-blocks", style, form)
    assert len(answer.tables) == 1
    table = answer.tables[0]
    assert [(c.level, c.province, c.label, c.period, c.count) for c in table.cells] == [
        ("row", "Antwerpen", "Graduaat in de verpleegkunde", "2022", 300),
        ("row", "Antwerpen", "Graduaat in de verpleegkunde", "2023", 310),
        ("row", "Antwerpen", "Zorgkundige", "2023", 120),
        ("subtotal", "Antwerpen", "Totaal Antwerpen", "2022", 300), ("subtotal", "Antwerpen", "Totaal Antwerpen", "2023", 425),
        ("row", "Limburg", "Graduaat in de verpleegkunde", "2022", 140),
        ("row", "Limburg", "Graduaat in de verpleegkunde", "2023", 150),
        ("row", "Limburg", "Zorgkundige", "2022", 55), ("row", "Limburg", "Zorgkundige", "2023", 61),
        ("subtotal", "Limburg", "Totaal Limburg", "2022", 190), ("subtotal", "Limburg", "Totaal Limburg", "2023", 210),
        ("subtotal", None, "Subtotaal Vlaams Gewest", "2022", 489), ("subtotal", None, "Subtotaal Vlaams Gewest", "2023", 634),
        ("row", "Brussel", "Graduaat in de verpleegkunde", "2022", 20),
        ("row", "Brussel", "Graduaat in de verpleegkunde", "2023", 22),
        ("subtotal", "Brussel", "Totaal Brussel", "2022", 20), ("subtotal", "Brussel", "Totaal Brussel", "2023", 22),
        ("total", None, "Eindtotaal", "2022", 508), ("total", None, "Eindtotaal", "2023", 655),
    ]
    assert [(f.rule, f.period, f.stated, f.observed) for f in audit(answer).findings] == [
        ("parts-exceed-total", "2023", 425, 430), ("parts-exceed-total", "2022", 190, 195),
        ("parts-exceed-total", "2023", 210, 211), ("parts-exceed-total", "2022", 489, 490),
        ("parts-exceed-total", "2023", 634, 635), ("parts-exceed-total", "2022", 508, 509),
        ("parts-exceed-total", "2023", 655, 656),
    ]


@IN_STYLES
@CASES
def test_a_dash_for_a_blank_month_in_a_pdf(style, form):
    """Six months over two years, a dash for December's blank (test_unseen_answers6, §4)."""
    answer = _answer("months-dash", style, form)
    cells = [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.label == "Zorgkundige"]
    assert cells == [("Zorgkundige", p, v) for p, v in zip(
        ["2022-09", "2022-10", "2022-11", "2023-01", "2023-02"], [95, 40, 12, 33, 11])]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


@IN_STYLES
@CASES
def test_two_footnotes_of_two_periods_in_a_pdf(style, form):
    """``*`` and ``**`` below the table on consecutive lines (test_unseen_answers6, §1)."""
    answer = _answer("two-stars", style, form)
    assert [(p.label, p.note) for p in answer.tables[0].periods] == [
        ("2019-2020", None), ("2020-2021", "coronajaar: examens deels uitgesteld naar het volgende schooljaar"),
        ("2021-2022", None), ("2022-2023", "voorlopige cijfers, tweede examenperiode nog niet verwerkt"),
    ]


@IN_STYLES
@CASES
def test_counts_with_and_without_spaced_thousands_in_a_pdf(style, form):
    """``1 012`` beside ``998`` in the same row (test_unseen_answers6, §7): pypdf's and
    pdfplumber's text joins the cells with single spaces, and every row but the one with all its
    counts in the thousands was an ``unreadable-table`` error."""
    answer = _answer("spaced-thousands", style, form)
    values = {"Antwerpen": [1012, 1105, 998, 1040, 3601], "Limburg": [512, 530, 488, 501, 1790],
              "Oost-Vlaanderen": [1100, 1180, 1010, 1090, 3911], "Brussel": [58, 61, 55, 60, 201],
              "Totaal": [2670, 2870, 2545, 2680, 9280]}
    periods = ["2019", "2020", "2021", "2022", "Totaal"]
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        (label, p, v) for label, row in values.items() for p, v in zip(periods, row)
    ]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []
