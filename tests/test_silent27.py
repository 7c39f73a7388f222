"""Silent wrong readings found in session 27, each now read right or said.

- a comma-separated row whose coded name ends in a digit before figures whose thousands spaces
  set apart (``900611: Verpleegkunde module 4,1 234,1 300``) was taken for decimal commas
  (``4,1``, ``234,1``): the row fell out of its block, the block's header with it, and plain
  reading put ``300`` under a year of the prose. The block's columns settle it now: the comma
  split that fits them is the row; one that does not is said (``unreadable-table``);
- a line of words starting with a capital and ending in one number right below a coded row whose
  figures are there (``Se-n-se voor module 7``) was read as the end of that row's name, its 7
  silently no figure: it may as well be the count of a row whose code was lost (the same line
  with ``12`` is). Unless the answer prints it inside a longer line or the catalogue's name of
  the row's code ends so, it is said where it stands (``stray-number``; a total it would close
  cites it), in plain text and pdfplumber's single-spaced text (figures beside the province).
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.read.delimited import grid_blocks

QUESTION = "Vraag 3: hoeveel cursisten startten in 2019 een OKOT in de zorg?\n\nAntwoord: in onderstaande tabel.\n\n"


def _rows(answer) -> list[tuple]:
    return [(c.code or c.label, c.label, c.period, c.count) for t in answer.tables for c in t.cells]


# --------------------------------------------------------------------------- comma rows, a name's digit


def test_a_comma_row_whose_name_ends_in_a_digit_is_read_in_its_blocks_columns():
    answer = read_text(QUESTION + "\n".join([
        "Opleiding,2022,2023",
        "900611: Verpleegkunde module 4,1 234,1 300",
        "900612: Zorgkundige,1 187,1 230",
        "900613: Verpleegkunde module 5,812,845",
        "Totaal,3 233,3 375",
    ]) + "\n", "antwoord.txt")
    assert _rows(answer) == [
        ("900611", "Verpleegkunde module 4", "2022", 1234), ("900611", "Verpleegkunde module 4", "2023", 1300),
        ("900612", "Zorgkundige", "2022", 1187), ("900612", "Zorgkundige", "2023", 1230),
        ("900613", "Verpleegkunde module 5", "2022", 812), ("900613", "Verpleegkunde module 5", "2023", 845),
        ("Totaal", "Totaal", "2022", 3233), ("Totaal", "Totaal", "2023", 3375),
    ]


def test_a_comma_row_whose_split_does_not_fit_its_block_is_said_never_a_cell_under_a_prose_year():
    answer = read_text(QUESTION + "\n".join([
        "Opleiding,2021,2022,2023",
        "900611: Verpleegkunde module 4,1 234,1 300",
        "900612: Zorgkundige,1 187,1 230,1 250",
        "900613: Verpleegkunde module 5,812,845,850",
        "Totaal,3 233,3 375,3 400",
    ]) + "\n", "antwoord.txt")
    assert [p.label for p in answer.tables[0].periods] == ["2021", "2022", "2023"]
    assert not [c for c in answer.tables[0].cells if c.code == "900611"]
    said = [(f.rule, f.line) for f in audit(answer).findings if f.severity == "error"]
    assert ("unreadable-table", 6) in said


def test_a_comma_row_right_above_its_block_is_laid_out_in_the_blocks_columns():
    lines = ["900611: Verpleegkunde module 4,1 234,1 300", "900612: Zorgkundige,1 187,1 230",
             "900613: Verpleegkunde module 5,812,845"]
    laid = grid_blocks(lines, [])
    assert "," not in laid[0]
    assert (laid[0].index("1.234"), laid[0].index("1.300")) == (laid[1].index("1.187"), laid[1].index("1.230"))


def test_a_comma_row_above_a_block_of_other_columns_is_said():
    unread: list = []
    lines = ["900611: Verpleegkunde module 4,1 234,1 300", "900612: Zorgkundige,1 187,1 230,1 250",
             "900613: Verpleegkunde module 5,812,845,850"]
    laid = grid_blocks(lines, unread)
    assert laid[0] == "" and [(u.line, u.reason) for u in unread] == [(1, "cell-count")]


def test_a_sentence_with_a_decimal_comma_above_a_comma_block_stays_prose():
    lines = ["Het aantal steeg met 4,1 procent", "Opleiding,2022,2023", "900612: Zorgkundige,1 187,1 230",
             "Totaal,1 187,1 230"]
    unread: list = []
    laid = grid_blocks(lines, unread)
    assert laid[0] == lines[0] and unread == []


# --------------------------------------------------------------------------- a name's digit or a count below a row

PROVINCE_HEAD = "Vraag: hoeveel cursisten startten een OKOT?\n\nProvincie Opleiding\n2021\n"
#: The row's figures on its code line (plain text, a PDF cell's figures at its top), or glued to
#: the block's province on the line below its name's first line (pdfplumber, single-spaced).
FORMS = {
    "code-line": ["Limburg", "231000: Specifieke lerarenopleiding opvoeder met 17"],
    "pdfplumber-glued": ["231000: Specifieke lerarenopleiding opvoeder met", "Limburg 17"],
}


def _answer(form: str, below: str, total: int, catalogue=None):
    lines = [*FORMS[form], below, f"Totaal Limburg {total}", f"Eindtotaal {total}"]
    return read_text(PROVINCE_HEAD + "\n".join(lines) + "\n", "antwoord.txt", catalogue=catalogue)


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("number", [7, 12])
def test_a_capital_line_ending_in_a_number_below_a_row_is_said_not_made_its_name(form, number):
    answer = _answer(form, f"Se-n-se voor module {number}", 17 + number)
    rows = [(c.code, c.label, c.count) for c in answer.tables[0].cells if c.level == "row"]
    assert rows == [("231000", "Specifieke lerarenopleiding opvoeder met", 17)]
    findings = audit(answer).findings
    stray = [f for f in findings if f.rule == "stray-number"]
    assert [(f.line, str(number) in f.message) for f in stray] == [(7, True)]
    gap = [f for f in findings if f.rule == "total-exceeds-parts"]
    assert gap and all(f"Se-n-se voor module {number}" in f.message for f in gap)


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_names_end_the_answer_prints_whole_elsewhere_is_the_names(form):
    """Another block prints the name whole on one line, its figure after it: the digit is the name's."""
    lines = [*FORMS[form], "Se-n-se voor module 7", "Totaal Limburg 17",
             "Antwerpen", "231000: Specifieke lerarenopleiding opvoeder met Se-n-se voor module 7 9",
             "Totaal Antwerpen 9", "Eindtotaal 26"]
    answer = read_text(PROVINCE_HEAD + "\n".join(lines) + "\n", "antwoord.txt")
    rows = [(c.province, c.label, c.count) for c in answer.tables[0].cells if c.level == "row"]
    name = "Specifieke lerarenopleiding opvoeder met Se-n-se voor module 7"
    assert rows == [("Limburg", name, 17), ("Antwerpen", name, 9)]
    assert not [f for f in audit(answer).findings if f.rule == "stray-number"]


def test_a_longer_number_elsewhere_is_no_print_of_the_names_end():
    """``… module 75`` elsewhere prints no ``module 7``: the line below stays said."""
    lines = [*FORMS["code-line"], "Se-n-se voor module 7", "Totaal Limburg 24",
             "Antwerpen", "231000: Specifieke lerarenopleiding opvoeder met Se-n-se voor module 75 9",
             "Totaal Antwerpen 9", "Eindtotaal 33"]
    answer = read_text(PROVINCE_HEAD + "\n".join(lines) + "\n", "antwoord.txt")
    assert [f.line for f in audit(answer).findings if f.rule == "stray-number"] == [7]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_names_end_the_catalogue_names_is_the_names(form, tmp_path):
    from okot_audit.catalogue import load_catalogue

    codes = tmp_path / "codes.csv"
    codes.write_text("code,label,programme,sector,stage,year,years,can_be_final\n"
                     "231000,Specifieke lerarenopleiding opvoeder met Se-n-se voor module 7,"
                     "Specifieke lerarenopleiding opvoeder,onderwijs,module,,,true\n", encoding="utf-8")
    answer = _answer(form, "Se-n-se voor module 7", 17, catalogue=load_catalogue(codes))
    rows = [(c.code, c.label, c.count) for c in answer.tables[0].cells if c.level == "row"]
    assert rows == [("231000", "Specifieke lerarenopleiding opvoeder met Se-n-se voor module 7", 17)]
    assert not [f for f in audit(answer).findings if f.rule in ("stray-number", "total-exceeds-parts")]


def test_a_generated_pdfs_name_wrapped_to_its_digit_is_said_in_single_spaced_text_and_read_from_positions(tmp_path):
    """A PDF (fpdf2, the figures at the top of their cell) whose name wraps to a last line of its
    own, ``Se-n-se voor module 7``: pdfplumber's single-spaced text cannot tell that 7 from a
    count (said at its line); the PDF itself and ``pdftotext -layout`` place it in the name's
    column (the name's)."""
    from generate.extract import extract
    from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf

    from okot_audit import read_answer

    name = "Specifieke lerarenopleiding opvoeder met Se-n-se voor module 7"
    rows = [PdfRow(f"231000: {name}", [17], province="Limburg"),
            PdfRow("231001: Graduaat orthopedagogie", [5], province="Limburg"),
            PdfRow("Totaal Limburg", [22], level="subtotal", province="Limburg"),
            PdfRow("Eindtotaal", [22], level="total")]
    pdf = write_pdf(Document(["OKOT's - Onderwijssector", PdfTable("Opleiding", ["2021"], rows, layout="province")]),
                    PdfStyle(label_width=50.0))
    text = extract(pdf, "pdfplumber")
    assert "Se-n-se voor module 7" in text.splitlines()  # (the shape under test)
    single = read_text(text, "antwoord.txt")
    assert [(c.label, c.count) for c in single.tables[0].cells if c.level == "row"] == [
        ("Specifieke lerarenopleiding opvoeder met", 17), ("Graduaat orthopedagogie", 5)]
    assert len([f for f in audit(single).findings if f.rule == "stray-number" and "7" in f.message]) == 1
    (tmp_path / "antwoord.pdf").write_bytes(pdf)
    for answer in (read_text(extract(pdf, "pdftotext-layout"), "antwoord.txt"), read_answer(tmp_path / "antwoord.pdf")):
        assert [(c.label, c.count) for c in answer.tables[0].cells if c.level == "row"] == [
            (name, 17), ("Graduaat orthopedagogie", 5)]


# --------------------------------------------------------------------------- the name's, all the same (CI, shapes_forms sweep)


ONE_COLUMN_HEAD = ("Vraag: hoeveel cursisten startten in 2024 een OKOT?\n\nAntwoord: in onderstaande tabel.\n\n"
                   "Unieke cursisten met gestarte OKOT'(s) Aantal\n")


def test_a_capital_line_ending_in_a_range_below_a_row_is_its_names_end():
    """``Tweedekansonderwijs 2 - 3`` (pdfplumber, shapes_forms ``province`` seed 2): its 3 closes
    the range ``2 -`` — no row is named by a range cut after its dash — so it is no count of a row
    whose code was lost: the name's, never said."""
    lines = ["Limburg", "812782: Specifieke lerarenopleiding 31", "Tweedekansonderwijs 2 - 3",
             "Totaal Limburg 31", "Eindtotaal 31"]
    answer = read_text(PROVINCE_HEAD + "\n".join(lines) + "\n", "antwoord.txt")
    rows = [(c.code, c.label, c.count) for c in answer.tables[0].cells if c.level == "row"]
    assert rows == [("812782", "Specifieke lerarenopleiding Tweedekansonderwijs 2 - 3", 31)]
    assert not [f for f in audit(answer).findings if f.rule == "stray-number"]


def test_a_capital_line_below_figures_alone_under_the_code_line_is_the_names():
    """pdfplumber, shapes_forms ``category`` seed 2: the row's figures alone on a line of their own
    between its code's line and ``Educatieve module 5`` — its cell taller than its name's first
    line, the figures centred beside a name that goes on below them: the line is the name's end."""
    lines = ["084024: educ Professionele 48", "840819: Tweedekansonderwijs Verkorte", "33",
             "Educatieve module 5", "Totaal 81"]
    answer = read_text(ONE_COLUMN_HEAD + "\n".join(lines) + "\n", "antwoord.txt")
    rows = [(c.code, c.label, c.count) for c in answer.tables[0].cells if c.level == "row"]
    assert rows == [("084024", "educ Professionele", 48),
                    ("840819", "Tweedekansonderwijs Verkorte Educatieve module 5", 33)]
    assert not [f for f in audit(answer).findings if f.rule == "stray-number"]
