"""A block's cell of several words before a row's training code (session 30, block30): a pivot
table in tabular form, and ``pdftotext -layout`` or a PDF's own reading (a row's lines joined into
one, the block's column first), print the block's name on a code's line before the code —
``Antwerpen stad 021573: …``, ``Zorg en welzijn 903631: …``, ``Brussels Hoofdstedelijk Gewest
903632: …``; a name wrapped in its narrow cell goes on on the next code's line (``Vlaams-Brabant
021573: …`` / ``en Brussel 236405: …``). The cell is the block's where it names a province
(:func:`~okot_audit.parse.regions.province_name`) or where the first closing line below names it
(``Totaal Antwerpen stad``, ``Subtotaal zorg en welzijn``); any other words before a code (prose,
a header's ``Opleiding``, a block's name no closing line gives) are no cell, as before
(parse/regions.py ``_cell_before_code``; read/pdf.py ``_starts_row``: a code that opens a label
cell naming its programme starts a row after any cell's words).

Before: the line was no code's row — its figures said as a stray number, or the code read into a
code-less row's label (``Zorg en welzijn 903631: Graduaat …``); from a PDF two rows joined into one,
the second code inside the first row's name."""

from __future__ import annotations

import pytest

from generate.choices import Plan, RandomChooser
from generate.extract import available, extract
from generate.laid import LaidStyle, render_laid
from generate.pdf import PdfStyle, document_from_model, write_pdf
from okot_audit import audit, read_answer, read_text
from test_label30 import PLACES, _answer, _expected_rows, _read_rows

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

SECTOR_HEAD = "Hieronder het aantal unieke cursisten per sector.\n\nSector Opleiding 2021 2022\n"
PROVINCE_HEAD = "Hieronder het aantal unieke cursisten per provincie.\n\nProvincie Opleiding 2021 2022\n"


def _rows(answer):
    return sorted(((c.code, c.label, c.province, c.block, c.count) for t in answer.tables for c in t.cells
                   if c.level == "row" and c.period == "2021"), key=str)


def _loud(answer) -> list[str]:
    return [f.rule for f in audit(answer).findings if f.severity in ("error", "warning")]


# --- the seeds' single-spaced form: a pivot table in tabular form ----------------------------


@pytest.mark.parametrize("every_row", [False, True])
def test_a_sector_blocks_name_of_several_words_before_its_codes_is_the_blocks_cell(every_row):
    """``Zorg en welzijn 903631: …`` … ``Subtotaal zorg en welzijn``: the block's key of several
    words on its first row's line (or on each row's). Before: ``Zorg en welzijn 903631: Graduaat …``
    a row without code (its code read into its name: false schema errors)."""
    key = "Zorg en welzijn " if every_row else ""
    text = (SECTOR_HEAD + "Zorg en welzijn 903631: Graduaat orthopedagogie - 1ste jaar 138 91\n"
            f"{key}903632: Graduaat orthopedagogie - 2de jaar 67 123\nSubtotaal zorg en welzijn 200 210\n"
            "Onderwijs 908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 26 121\n"
            "Subtotaal onderwijs 26 121\nTotaal 226 331\n\nBron: VDAB.\n")
    answer = read_text(text, "sector.txt")
    assert answer.issues == []
    assert _rows(answer) == [
        ("903631", "Graduaat orthopedagogie - 1ste jaar", None, "zorg en welzijn", 138),
        ("903632", "Graduaat orthopedagogie - 2de jaar", None, "zorg en welzijn", 67),
        ("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", None, "onderwijs", 26),
    ]
    assert "schema-violation" not in _loud(answer)


def test_a_provinces_name_of_several_words_before_a_code_is_its_province():
    """``Brussels Hoofdstedelijk Gewest 903632: …`` (the region's name for Brussel) before its
    code: the province's cell, its block closed by ``Totaal Brussel``. Before: a stray number."""
    text = (PROVINCE_HEAD + "Antwerpen 903631: Graduaat orthopedagogie - 1ste jaar 138 91\nTotaal Antwerpen 138 91\n"
            "Brussels Hoofdstedelijk Gewest 903632: Graduaat orthopedagogie - 2de jaar 67 123\nTotaal Brussel 67 123\n"
            "Eindtotaal 205 214\n")
    answer = read_text(text, "bhg.txt")
    assert answer.issues == []
    assert _rows(answer) == [("903631", "Graduaat orthopedagogie - 1ste jaar", "Antwerpen", None, 138),
                             ("903632", "Graduaat orthopedagogie - 2de jaar", "Brussel", None, 67)]
    assert _loud(answer) == []


def test_a_blocks_name_wrapped_over_two_code_lines_is_the_blocks_whole_name():
    """``Vlaams-Brabant 903631: …`` / ``en Brussel 903632: …`` / ``Totaal Vlaams-Brabant en
    Brussel``: the name wrapped in its narrow cell, its rest on the next code's line — one block,
    named whole. Before: ``en Brussel``'s row a stray number, the first row Vlaams-Brabant's and
    the closing line a total (false total errors)."""
    text = (PROVINCE_HEAD + "Vlaams-Brabant 903631: Graduaat orthopedagogie - 1ste jaar 138 91\n"
            "en Brussel 903632: Graduaat orthopedagogie - 2de jaar 67 123\nTotaal Vlaams-Brabant en Brussel 205 214\n"
            "Eindtotaal 205 214\n")
    answer = read_text(text, "wrapped.txt")
    assert answer.issues == []
    assert _rows(answer) == [
        ("903631", "Graduaat orthopedagogie - 1ste jaar", None, "vlaams-brabant en brussel", 138),
        ("903632", "Graduaat orthopedagogie - 2de jaar", None, "vlaams-brabant en brussel", 67),
    ]
    assert {(c.level, c.label) for t in answer.tables for c in t.cells if c.level != "row"} == {
        ("subtotal", "Totaal Vlaams-Brabant en Brussel"), ("total", "Eindtotaal")}
    assert _loud(answer) == []


# --- negatives: words before a code that are no block's cell ------------------------------------


NOT_CELLS = {
    # a header's column word joined to the first row's line
    "column word": (SECTOR_HEAD.replace("Sector Opleiding", "Sector") + "Opleiding 903631: Graduaat orthopedagogie"
                    " - 1ste jaar 138 91\n903632: Graduaat orthopedagogie - 2de jaar 67 123\nTotaal 205 214\n", "opleiding"),
    # prose before a code
    "prose": (SECTOR_HEAD + "903630: Graduaat orthopedagogie 10 10\nZie ook opleiding 903631: Graduaat orthopedagogie"
              " - 1ste jaar 138 91\n903632: Graduaat orthopedagogie - 2de jaar 67 123\nSubtotaal zorg 215 224\nTotaal 215 224\n",
              "zie ook opleiding"),
    # a sector's name of several words that the block's closing line does not give
    "other block": (SECTOR_HEAD + "Zorg en welzijn 903631: Graduaat orthopedagogie - 1ste jaar 138 91\n903632: Graduaat"
                    " orthopedagogie - 2de jaar 67 123\nSubtotaal onderwijs 205 214\nTotaal 205 214\n", "zorg en welzijn"),
    # a province's name, then words on the next code's line that make no block's name with it
    "no place's rest": (PROVINCE_HEAD + "Antwerpen 903631: Graduaat orthopedagogie - 1ste jaar 138 91\nstad 903632:"
                        " Graduaat orthopedagogie - 2de jaar 67 123\nTotaal Antwerpen 205 214\nEindtotaal 205 214\n",
                        "antwerpen stad"),
}


@pytest.mark.parametrize("case", NOT_CELLS)
def test_words_before_a_code_that_name_no_block_are_no_cell(case):
    """No block is made of words before a code that neither name a province nor the block the
    closing line below closes, nor go on such a name: the code's line keeps them (its row said,
    or its words in a row's name, loud as before) — never a block of their name."""
    text, words = NOT_CELLS[case]
    answer = read_text(text, "not.txt")
    assert not any(c.block == words or (c.province or "").lower() == words for t in answer.tables for c in t.cells)
    coded = {c.code for t in answer.tables for c in t.cells if c.level == "row"}
    assert "903631" not in coded if case != "no place's rest" else "903632" not in coded
    assert _loud(answer)  # (the line's figures said, or the code in a name: never a quiet reading)


# --- ``pdftotext -layout`` and a PDF: a place's name wrapped in its narrow cell -------------------


def test_a_place_wrapped_beside_two_laid_out_rows_is_its_blocks_cell():
    """``pdftotext -layout`` joins each row's lines; the place's name wrapped in its cell beside
    two rows stands before each code (``Vlaams-Brabant  021573: …`` / ``en Brussel  236405: …``)."""
    laid = ("Provincie              Opleiding                                     2021\n\n"
            "                       903631: Graduaat orthopedagogie - 1ste jaar      12\n"
            "Antwerpen              903632: Graduaat orthopedagogie - 2de jaar       14\n"
            "Totaal Antwerpen                                                        26\n"
            "Vlaams-Brabant         903631: Graduaat orthopedagogie - 1ste           30\n"
            "                       jaar\n"
            "en Brussel             903632: Graduaat orthopedagogie - 2de            40\n"
            "                       jaar\n"
            "Totaal Vlaams-Brabant en Brussel                                        70\n"
            "Eindtotaal                                                              96\n")
    answer = read_text(PROVINCE_HEAD.split("\n\n")[0] + "\n\n" + laid, "laid.txt")
    assert answer.issues == []
    assert _rows(answer) == [
        ("903631", "Graduaat orthopedagogie - 1ste jaar", "Antwerpen", None, 12),
        ("903631", "Graduaat orthopedagogie - 1ste jaar", None, "vlaams-brabant en brussel", 30),
        ("903632", "Graduaat orthopedagogie - 2de jaar", "Antwerpen", None, 14),
        ("903632", "Graduaat orthopedagogie - 2de jaar", None, "vlaams-brabant en brussel", 40),
    ]
    assert _loud(answer) == []


NEEDS_POPPLER = pytest.mark.skipif(not available("pdftotext"), reason="pdftotext (poppler-utils) is not installed")


@pytest.mark.parametrize("how", ["pdf", pytest.param("pdftotext-layout", marks=NEEDS_POPPLER)])
@pytest.mark.parametrize("seed", [5, 11])
@pytest.mark.parametrize("place", PLACES)
def test_a_place_of_several_words_in_a_pdfs_narrow_cell_is_its_blocks_cell(place, seed, how, tmp_path):
    """The generator's province table, one block renamed to a place of several words, printed in a
    PDF whose block cell (30 mm) wraps the name over its rows' lines (fpdf2, the cell over the
    block's rows, centred): read from the PDF and from ``pdftotext -layout``, every row is its
    block's. Before: ``Antwerpen stad 021573: …`` a stray number; ``en Brussel  236405: …`` joined
    to the row above (the second code inside its name, silent); ``Gewest 033224: …`` a row
    without code (silent)."""
    model, index = _answer(seed, place)
    data = write_pdf(document_from_model(model), PdfStyle(v_align="MIDDLE", label_width=45.0))
    if how == "pdf":
        path = tmp_path / "answer.pdf"
        path.write_bytes(data)
        answer = read_answer(str(path))
    else:
        answer = read_text(extract(data, how), "answer.txt")
    got = _read_rows_of(answer)
    assert answer.issues == []
    assert got == _expected_rows(model, index, PLACES[place])


def _read_rows_of(answer):
    return sorted(((c.code, c.label, c.province, c.count) for t in answer.tables for c in t.cells
                   if c.level == "row" and c.count is not None), key=str)


def test_a_generated_laid_out_place_on_its_code_line_is_the_blocks_cell():
    """The generator's ``pdftotext -layout`` form (test_label30's laid-out tests, one seed more):
    ``Antwerpen stad`` beside its block's first code's line, ``Antwerpen stad  <code>: …``."""
    model, index = _answer(11, "Antwerpen stad")
    laid = render_laid(model, Plan(RandomChooser(11)), LaidStyle(label_width=18, province_width=32, v_align="middle",
                                                                 row_gap=True, justify=False))
    answer, rows, subtotals = _read_rows(laid.text)
    assert answer.issues == []
    assert rows == _expected_rows(model, index, None)
    assert ("Totaal Antwerpen stad", None) in subtotals
