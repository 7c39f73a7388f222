"""A place's name that its block's narrow cell wrapped over lines is the block's whole name
wherever its words stand (session 31, layout31): pdfplumber's text (``extract_text()``, and
``extract_text(layout=True)``, a padded grid read as single-spaced text) prints the cell's lines
between or beside its rows' lines — ``Vlaams-Brabant`` / ``en Brussel`` alone between two rows,
``Brussels  bijkomende lerarenopleiding`` / ``Hoofdstedelijk`` / ``Gewest  033224: …`` beside a
row's wrapped name, a line of the row's name or of its figures between two of the cell's lines.
The block's name is made whole on the line it opens where the first closing line below names it
in full (parse/regions.py ``mend_wrapped_places``); the lines that held nothing but a piece of it
are left out, every other line reported at its own number (parse ``_places_whole``).

Before: the name's last words read into a row's name (``… lerarenopleiding en Brussel``), silent
where the totals still held; or the block keyed by its first word and a row's name swallowing the
rest (false ``total-exceeds-parts``)."""

from __future__ import annotations

import pytest

from generate.extract import available, read_form
from generate.pdf import PdfStyle, document_from_model, write_pdf
from okot_audit import audit, read_text
from test_label30 import PLACES, _answer, _expected_rows

HEAD = "Hieronder het aantal unieke cursisten per provincie.\n\nProvincie Opleiding 2021\n"


def _rows(answer):
    return sorted(((c.code, c.label, c.province, c.block, c.count, c.line) for t in answer.tables for c in t.cells
                  if c.level == "row"), key=str)


def _loud(answer) -> list[str]:
    return [f.rule for f in audit(answer).findings if f.severity == "error"]  # (codes made up: unknown)


# --- the single-spaced forms pdfplumber prints -------------------------------------------------

#: A block whose cell (``Vlaams-Brabant en Brussel``, ``Brussels Hoofdstedelijk Gewest``) a narrow
#: cell wrapped, its lines between and beside the rows' lines, as pdfplumber prints them. Each form's
#: rows: code, label, count, and the line of the count (each line reported at its own number).
FORMS = {
    # the cell's two lines alone, between the block's two rows (centred over them)
    "alone between rows": (
        "903631: Graduaat orthopedagogie\n36\nbijkomende lerarenopleiding\nVlaams-Brabant\nen Brussel\n"
        "236405: educ (SLO) Verkorte\n19\nProfessionele lager\nTotaal Vlaams-Brabant en Brussel 50\n",
        [("903631", "Graduaat orthopedagogie bijkomende lerarenopleiding", 36, 7),
         ("236405", "educ (SLO) Verkorte Professionele lager", 19, 12)]),
    # the first piece before a line of the row's name, the middle alone, the last before the next code
    "beside a name's lines": (
        "021573: algemene secundair\n16\nBrussels bijkomende lerarenopleiding\nHoofdstedelijk\n"
        "Gewest 033224: master algemene\n65\nindividueel\nTotaal Brussels Hoofdstedelijk Gewest 75\n",
        [("021573", "algemene secundair bijkomende lerarenopleiding", 16, 7),
         ("033224", "master algemene individueel", 65, 11)]),
    # a line of the row's name, and one of its figures, between the cell's lines
    "staggered": (
        "734646: opvoeder\nBrussels\nbijkomende jaar 1\nHoofdstedelijk 22\nTweedekansonderwijs\nGewest\n"
        "algemene vakbevoegdheid\n796669: onderwijs:\n54\nzorgkundige\nTotaal Brussels Hoofdstedelijk Gewest 70\n",
        [("734646", "opvoeder bijkomende jaar 1 Tweedekansonderwijs algemene vakbevoegdheid", 22, 9),
         ("796669", "onderwijs: zorgkundige", 54, 14)]),
    # each of the cell's lines before a line of the row's name, the row's figures alone between two
    "side by side, figures between": (
        "531783: Verkorte\nBrussels leefgroepenwerking - verkort\n55\nHoofdstedelijk traject - 2de jaar lager\n"
        "Gewest algemene voor\n936173: verpleegkunde fase\n13\n1- 2 - tweede jaar\nTotaal Brussels Hoofdstedelijk Gewest 68\n",
        [("531783", "Verkorte leefgroepenwerking - verkort traject - 2de jaar lager algemene voor", 55, 8),
         ("936173", "verpleegkunde fase 1- 2 - tweede jaar", 13, 12)]),
    # each of the cell's lines before a line of the row's name, side by side
    "side by side": (
        "328601: vakbevoegdheid voor 39\nBrussels 734646: opvoeder bijkomende jaar 1\n"
        "Hoofdstedelijk Tweedekansonderwijs algemene 22\nGewest vakbevoegdheid\n"
        "796669: onderwijs: zorgkundige 54\nTotaal Brussels Hoofdstedelijk Gewest 115\n",
        [("328601", "vakbevoegdheid voor", 39, 6),
         ("734646", "opvoeder bijkomende jaar 1 Tweedekansonderwijs algemene vakbevoegdheid", 22, 8),
         ("796669", "onderwijs: zorgkundige", 54, 10)]),
}


def _form(form: str) -> tuple[str, list, str, str | None]:
    body, rows = FORMS[form]
    place = "Vlaams-Brabant en Brussel" if "Vlaams-Brabant" in body else "Brussels Hoofdstedelijk Gewest"
    text = (HEAD + "903630: Graduaat verpleegkunde 10\nTotaal Antwerpen 10\n" + body
            + f"Eindtotaal {10 + int(body.rsplit(' ', 1)[1])}\n")
    return text, rows, place, PLACES[place]


@pytest.mark.parametrize("form", FORMS)
def test_a_place_wrapped_over_lines_between_and_beside_its_rows_is_the_blocks_whole_name(form):
    text, rows, place, province = _form(form)
    answer = read_text(text, "wrapped.txt")
    assert answer.issues == []
    block = None if province else place.lower()
    assert _rows(answer) == sorted([("903630", "Graduaat verpleegkunde", "Antwerpen", None, 10, 4)]
                                   + [(code, label, province, block, count, line) for code, label, count, line in rows],
                                   key=str)
    subtotals = {(c.label, c.province, c.line) for t in answer.tables for c in t.cells if c.level == "subtotal"}
    closing = text.split("\n").index(next(line for line in text.split("\n") if line.startswith(f"Totaal {place}"))) + 1
    assert (f"Totaal {place}", province, closing) in subtotals
    assert _loud(answer) == []


# --- negatives: lines that do not make the closing line's name ---------------------------------


def test_a_provinces_name_and_a_labels_words_that_make_no_closing_name_stay_apart():
    """``Vlaams-Brabant`` / ``en gehandicaptenzorg`` in the block ``Totaal Vlaams-Brabant``: the
    words below are the row's name's (as before)."""
    text = (HEAD + "903631: Graduaat jeugd-\n12\nVlaams-Brabant\nen gehandicaptenzorg\n903632: Graduaat orthopedagogie 14\n"
            "Totaal Vlaams-Brabant 26\nEindtotaal 26\n")
    answer = read_text(text, "neg.txt")
    assert answer.issues == []
    assert ("903631", "Graduaat jeugd- en gehandicaptenzorg", "Vlaams-Brabant", None, 12, 5) in _rows(answer)


def test_a_names_piece_too_far_below_its_first_words_is_not_taken():
    """``Vlaams-Brabant`` and, three lines of rows below, ``en Brussel``: no cell's lines stand
    so far apart, the words are not joined (the block keeps its reading as before)."""
    text = (HEAD + "903631: Graduaat orthopedagogie\n36\nVlaams-Brabant\nbijkomende\nlerarenopleiding\nvoor volwassenen\n"
            "en Brussel 903632: Graduaat orthopedagogie 19\nTotaal Vlaams-Brabant en Brussel 50\nEindtotaal 50\n")
    answer = read_text(text, "far.txt")
    assert not any(c.label and "Vlaams-Brabant en Brussel" in c.label and c.level == "row"
                   for t in answer.tables for c in t.cells)
    assert "Vlaams-Brabant" not in " ".join(c.label or "" for t in answer.tables for c in t.cells if c.level == "row")


# --- the generator's province tables, printed in a PDF and taken out by pdfplumber -------------


CASES = [(seed, place, v_align, width) for seed in (3, 5, 8, 11) for place in PLACES
         for v_align, width in (("MIDDLE", 45.0), ("MIDDLE", 60.0), ("TOP", 45.0))]
NEEDS_POPPLER = pytest.mark.skipif(not available("pdftotext"), reason="pdftotext (poppler-utils) is not installed")


def _assert_read(seed: int, place: str, v_align: str, width: float, how: str) -> None:
    """The generator's province table drawn at `seed`, one block renamed `place`, printed in a PDF
    (block cell set to `v_align`, labels `width` mm wide) and read in the form `how`: every row
    its block's, its name its own words, nothing said."""
    model, index = _answer(seed, place)
    answer = read_form(write_pdf(document_from_model(model), PdfStyle(v_align=v_align, label_width=width)), how)
    got = sorted(((c.code, c.label, c.province, c.count) for t in answer.tables for c in t.cells
                  if c.level == "row" and c.count is not None), key=str)
    assert answer.issues == []
    assert got == _expected_rows(model, index, PLACES[place])


@pytest.mark.parametrize("how", ["pdfplumber", "pdfplumber-layout"])
@pytest.mark.parametrize("seed, place, v_align, width", CASES)
def test_a_place_in_a_pdfs_narrow_block_cell_read_from_pdfplumbers_text_is_its_blocks(seed, place, v_align, width, how):
    """The block cell (centred or at the top of its rows) wrapping the name; pdfplumber's text
    (with and without layout). Before (seeds 5, 11): ``… lerarenopleiding en Brussel`` (silent);
    (seed 3) ``opvoeder bijkomende jaar 1 Hoofdstedelijk Tweedekansonderwijs algemene Gewest
    vakbevoegdheid`` (silent) or a false total error."""
    _assert_read(seed, place, v_align, width, how)


@pytest.mark.parametrize("how", ["pdf", pytest.param("pdftotext-layout", marks=NEEDS_POPPLER)])
def test_a_place_whose_cell_lines_part_a_laid_out_rows_lines_is_its_blocks(how):
    """The block cell set to the bottom beside a row's name of four lines: the PDF's own reading and
    ``pdftotext -layout`` part the row (``734646: opvoeder`` / ``Brussels`` / ``bijkomende jaar 1`` /
    ``Hoofdstedelijk Gewest  Tweedekansonderwijs algemene vakbevoegdheid  22``). The name is made
    whole in its column, the row's words its own. Before: ``opvoeder Brussels bijkomende jaar 1
    Hoofdstedelijk Gewest Tweedekansonderwijs …`` (silent)."""
    _assert_read(3, "Brussels Hoofdstedelijk Gewest", "BOTTOM", 45.0, how)
