"""Round 16's new shapes (tests/test_unseen_answers7.py) drawn as PDFs the way answers are
(:func:`generate.pdf.write_pdf`, ruled or plain, figures right-aligned or centred, a narrow label
column that wraps; number columns wide enough that a header cell such as ``1e semester 2024``
stays on one line) and read from the PDF itself and from the text each common extractor makes
of it (:func:`generate.extract.read_form`). Each test asserts the exact cells and findings a
correct reader gives. Each PDF is built once (:func:`functools.lru_cache`)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import read_form  # noqa: E402
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf  # noqa: E402

STYLES = {
    "ruled-right": PdfStyle(number_width=30.0),
    "plain-centred-narrow": PdfStyle(ruled=False, number_align="CENTER", label_width=45.0, number_width=30.0),
}
#: Every extractor but plain ``pdftotext`` (its tables are reported unread: test_unseen_pdfs3).
FORMS = ["pdf", "pdfplumber", "pdfplumber-layout", "pypdf", "pdftotext-layout"]
HEAD = ["Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's)",
        "ANTWOORD op vraag nr. 233 van 19 september 2024 van Kathleen Krekels"]


def _row(label: str, *values, level: str = "row") -> PdfRow:
    return PdfRow(label, list(values), level=level)


def _document(name: str) -> Document:
    if name == "half-year":
        rows = [_row("900124: Tweedekansonderwijs zorgkundige - tweede jaar", 140, 152, 171, 66),
                _row("900613: Professionele bachelor verpleegkunde - 3de jaar", 61, 70, 74, 12),
                _row("903633: Graduaat orthopedagogie - 3de jaar", 44, 39, 51, 20),
                _row("Totaal", 245, 261, 296, 98, level="total")]
        table = PdfTable("Opleiding", ["2021", "2022", "2023", "1e semester 2024"], rows)
        return Document([*HEAD, "2. Het aantal unieke cursisten met een geslaagd OKOT:", table, "Bron: VDAB"])
    if name == "code-column":
        rows = [_row("Specifieke lerarenopleiding (SLO)", 908015, 301, 322),
                _row("Educatieve graduaatsopleiding", 908017, None, 88),
                _row("Verkorte educatieve bacheloropleiding", 908018, 130, 142),
                _row("Totaal", None, 420, 540, level="total")]
        asked = "1. Het aantal unieke cursisten dat een OKOT startte in de lerarenopleiding:"
        return Document([*HEAD, asked, PdfTable("Opleiding", ["Code", "2022", "2023"], rows), "Bron: VDAB"])
    if name == "not-available":
        rows = [_row("900124: Tweedekansonderwijs zorgkundige - tweede jaar", 120, 131, "niet beschikbaar"),
                _row("900613: Professionele bachelor verpleegkunde - 3de jaar", 40, 52, "niet beschikbaar"),
                _row("Totaal", 160, 183, "niet beschikbaar", level="total")]
        asked = "1. Het aantal unieke cursisten met een geslaagd OKOT in de zorg:"
        return Document([*HEAD, asked, PdfTable("Opleiding", ["2018", "2019", "2020"], rows), "Bron: VDAB"])
    if name == "measures":
        rows = [_row("900124: Tweedekansonderwijs zorgkundige - tweede jaar", 180, 152, "84%"),
                _row("900613: Professionele bachelor verpleegkunde - 3de jaar", 88, 70, "80%"),
                _row("903633: Graduaat orthopedagogie - 3de jaar", 52, 39, "75%"),
                _row("Totaal", 320, 261, "82%", level="total")]
        asked = ("1. Hieronder per opleiding het aantal unieke cursisten dat in 2022 een OKOT startte en het "
                 "aantal dat slaagde.")
        return Document([*HEAD, asked, PdfTable("Opleiding", ["Gestart", "Geslaagd", "Slaagpercentage"], rows),
                         "Bron: VDAB"])
    if name == "running":
        rows = [_row("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", 92, 101, 88, 97, 61),
                _row("908011: Educatieve bachelor voor lager onderwijs - 1ste jaar", 120, 133, 141, 150, 97),
                _row("908015: Specifieke lerarenopleiding (SLO)", 250, 288, 301, 322, 180),
                _row("Totaal", 455, 512, 520, 559, 330, level="total")]
        return Document([*HEAD, "1. Hieronder het aantal unieke cursisten met een gestart OKOT, per jaar.",
                         PdfTable("Opleiding", ["2020", "2021", "2022", "2023", "2024"], rows),
                         "2. De instroom steeg in deze periode met ongeveer een vijfde.",
                         "3. VDAB blijft inzetten op de promotie van het lerarenberoep.",
                         "De cijfers voor 2024 zijn voorlopig en lopen tot en met 31 augustus 2024."])
    raise KeyError(name)


@lru_cache(maxsize=None)
def _pdf(name: str, style: str) -> bytes:
    return write_pdf(_document(name), STYLES[style])


def _answer(name: str, style: str, form: str):
    return read_form(_pdf(name, style), form)


def _cells(answer) -> list[tuple]:
    return [(t.measure, c.level, c.code or c.label, c.period, c.count) for t in answer.tables for c in t.cells]


CASES = pytest.mark.parametrize("form", FORMS)
IN_STYLES = pytest.mark.parametrize("style", list(STYLES))


@IN_STYLES
@CASES
def test_a_half_year_before_its_year_in_a_pdf(style, form):
    """``2021 2022 2023 1e semester 2024`` (test_unseen_answers7, §1): 2024, partial."""
    answer = _answer("half-year", style, form)
    assert [(p.label, p.partial, p.note) for p in answer.tables[0].periods] == [
        ("2021", False, None), ("2022", False, None), ("2023", False, None), ("2024", True, "1e semester")]
    assert [c[4] for c in _cells(answer)] == [140, 152, 171, 66, 61, 70, 74, 12, 44, 39, 51, 20, 245, 261, 296, 98]
    assert [f.rule for f in audit(answer).findings] == ["partial-period"]


@IN_STYLES
@CASES
def test_a_column_of_codes_after_the_name_in_a_pdf(style, form):
    """``Opleiding Code 2022 2023`` (test_unseen_answers7, §6), a blank cell after a code."""
    answer = _answer("code-column", style, form)
    assert answer.tables[0].layout.rows == "code"
    assert _cells(answer) == [
        ("started", "row", "908015", "2022", 301), ("started", "row", "908015", "2023", 322),
        ("started", "row", "908017", "2023", 88),
        ("started", "row", "908018", "2022", 130), ("started", "row", "908018", "2023", 142),
        ("started", "total", "Totaal", "2022", 420), ("started", "total", "Totaal", "2023", 540),
    ]
    assert [(f.rule, f.period) for f in audit(answer).findings] == [
        ("parts-exceed-total", "2022"), ("parts-exceed-total", "2023")]


@IN_STYLES
@CASES
def test_a_cell_not_available_in_a_pdf(style, form):
    """``niet beschikbaar`` in every row's 2020 cell (test_unseen_answers7, §4): a blank."""
    answer = _answer("not-available", style, form)
    assert _cells(answer) == [
        ("graduated", "row", "900124", "2018", 120), ("graduated", "row", "900124", "2019", 131),
        ("graduated", "row", "900613", "2018", 40), ("graduated", "row", "900613", "2019", 52),
        ("graduated", "total", "Totaal", "2018", 160), ("graduated", "total", "Totaal", "2019", 183),
    ]
    assert audit(answer).findings == []


@IN_STYLES
@pytest.mark.parametrize("form", [f for f in FORMS if f != "pypdf"])
def test_measures_as_the_columns_of_one_period_in_a_pdf(style, form):
    """``Opleiding Gestart Geslaagd Slaagpercentage`` (test_unseen_answers7, §7); laid-out text
    leaves a blank line between the header and the first row. (pypdf's text, each wrapped
    label's figures on a line of their own, is not read yet: see the report.)"""
    answer = _answer("measures", style, form)
    assert [(c[0], c[2], c[4]) for c in _cells(answer)] == [
        ("started", "900124", 180), ("started", "900613", 88), ("started", "903633", 52), ("started", "Totaal", 320),
        ("graduated", "900124", 152), ("graduated", "900613", 70), ("graduated", "903633", 39),
        ("graduated", "Totaal", 261),
    ]
    assert [f.rule for f in audit(answer).findings] == ["column-not-checked"]  # (the pass rate, once: test_messages16)


@IN_STYLES
@CASES
def test_the_running_year_said_provisional_at_the_answers_end_in_a_pdf(style, form):
    """2024 said provisional after the answer's other items (test_unseen_answers7, §3)."""
    answer = _answer("running", style, form)
    assert [(p.label, p.partial) for p in answer.tables[0].periods] == [
        ("2020", False), ("2021", False), ("2022", False), ("2023", False), ("2024", True)]
    partial = [f for f in audit(answer).findings if f.rule == "partial-period"]
    assert [f.period for f in partial] == ["2024"]
