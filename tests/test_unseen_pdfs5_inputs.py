"""PDFs as users hold them, built adversarially but realistically (review inputs15): a landscape
table on a page turned by ``/Rotate`` (its text drawn sideways on a portrait page, as LaTeX's
``pdflscape`` or a "rotate page" saves it), a table drawn sideways on a portrait page, a page
turned in a viewer over upright text, ruled and unruled, with a running header and page numbers,
over two pages; and the text the common extractors make of them. Each PDF is drawn cell by cell
with fpdf2 here (turned with pypdf); each test asserts the exact cells and findings a correct
reader gives, or that a text which lost its cells is reported, never passed as clean."""

from __future__ import annotations

import io
from functools import lru_cache

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
pypdf = pytest.importorskip("pypdf", reason="turning pages needs pypdf")

from generate.extract import read_form  # noqa: E402

HEAD = ["Onderwijskwalificerende opleidingstrajecten (OKOT's) - zorg",
        "ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck",
        "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per provincie."]
PERIODS = ["2019", "2020", "2021", "2022"]
ROWS = [["Antwerpen", "577", "601", "", "640"], ["Limburg", "529", "540", "555", "560"],
        ["Oost-Vlaanderen", "918", "930", "951", ""], ["Vlaams-Brabant", "230", "241", "250", "262"],
        ["West-Vlaanderen", "751", "760", "772", "781"], ["Brussel", "57", "60", "61", "66"],
        ["Totaal", "3.058", "3.120", "2.580", "2.301"]]
#: The cells a correct reader gives (level, province or label, period, count) ...
CELLS = [("total" if r[0] == "Totaal" else "row", r[0], p, int(v.replace(".", "")))
         for r in ROWS for p, v in zip(PERIODS, r[1:]) if v]
#: ... and the findings: the provinces' rows count some persons twice (unique persons).
FINDINGS = [("parts-exceed-total", "info", p) for p in PERIODS]


read = read_form  # (the PDF itself, or an extractor's text of it)


def cells(answer) -> list[tuple]:
    return [(c.level, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def findings(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.period) for f in audit(answer).findings]


def _table(pdf, x: float, y: float, rows: list[list[str]], widths: list[float], ruled: bool) -> float:
    """The header and `rows` cell by cell from (x, y): labels left, figures right-aligned."""
    for row in [["Provincie", *PERIODS], *rows]:
        left = x
        for j, text in enumerate(row):
            if ruled:
                pdf.rect(left, y, widths[j], 5.0)
            at = left + 1.5 if j == 0 else left + widths[j] - 1.5 - pdf.get_string_width(text)
            pdf.text(at, y + 3.6, text)
            left += widths[j]
        y += 5.0
    return y


@lru_cache(maxsize=None)
def table_pdf(orientation: str = "L", ruled: bool = True, pages: int = 1) -> bytes:
    """The answer on `pages` pages (the table's rows split over them, the header repeated), a
    running header and a page number on every page."""
    from fpdf import FPDF

    pdf = FPDF(orientation=orientation)
    pdf.set_auto_page_break(False)
    parts = [ROWS[:4], ROWS[4:]] if pages == 2 else [ROWS]
    for n, part in enumerate(parts):
        pdf.add_page()
        pdf.set_font("helvetica", "I", 7)
        pdf.text(20, 10, "Vlaams Parlement - Schriftelijke vraag 305 - 14 maart 2023")
        pdf.text(pdf.w - 30, pdf.h - 10, f"{n + 1}/{len(parts)}")
        pdf.set_font("helvetica", size=10)
        y = 25.0
        for line in HEAD if n == 0 else ():
            pdf.text(20, y, line)
            y += 7
        y = _table(pdf, 20, y + 3, part, [40, 18, 18, 18, 18], ruled)
        if n == len(parts) - 1:
            pdf.text(20, y + 8, "Bron: VDAB.")
    return bytes(pdf.output())


def turned(data: bytes, rotate: int, pages: tuple[int, ...] | None = None) -> bytes:
    """`data` looking the same, its pages' content (those of 0-based `pages`; all by default)
    drawn turned and shown upright by ``/Rotate`` `rotate` (90: the text runs down the page as
    stored, 270: up it, 180: upside down)."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    for index, page in enumerate(writer.pages):
        if pages is not None and index not in pages:
            continue
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        turn = {90: pypdf.Transformation().rotate(-90).translate(0, width),
                270: pypdf.Transformation().rotate(90).translate(height, 0),
                180: pypdf.Transformation().rotate(180).translate(width, height)}[rotate]
        page.add_transformation(turn)
        if rotate != 180:
            page.mediabox = pypdf.generic.RectangleObject([0, 0, height, width])
        page.rotation = rotate
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@lru_cache(maxsize=None)
def sideways_pdf(angle: int) -> bytes:
    """The landscape table drawn turned by `angle` degrees on a portrait page without
    ``/Rotate``: the reader turns the page to read it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    with pdf.rotation(angle, 105, 148.5):
        x, y = 105 - 148.5 + 20, 148.5 - 105 + 25
        for line in HEAD:
            pdf.text(x, y, line)
            y += 7
        y = _table(pdf, x, y + 3, ROWS, [40, 18, 18, 18, 18], True)
        pdf.text(x, y + 8, "Bron: VDAB.")
    return bytes(pdf.output())


# --- Pages turned: /Rotate over sideways text, and text drawn sideways ------------------------


@pytest.mark.parametrize("rotate", [90, 180, 270])
@pytest.mark.parametrize("orientation, ruled, pages", [("L", True, 1), ("P", False, 2)])
def test_a_page_shown_turned_by_rotate_is_read_as_it_is_shown(rotate, orientation, ruled, pages):
    """A landscape table stored sideways on a portrait page and shown upright by ``/Rotate``
    (what LaTeX's pdflscape and "rotate page" save): PDFium gives every character's box as
    stored, so every character of a line stood on a line of its own — read as ``not an OKOT
    answer`` (exit 2), the table lost. Now each page's text is turned back by the direction its
    characters run in: every cell read, on its page."""
    answer = read(turned(table_pdf(orientation, ruled, pages), rotate))
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS
    pages_read = [c.page for t in answer.tables for c in t.cells]
    assert (pages_read[0], pages_read[-1]) == (1, pages)


@pytest.mark.parametrize("angle", [90, 270])
def test_a_table_drawn_sideways_on_a_portrait_page_is_read(angle):
    answer = read(sideways_pdf(angle))
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS


def test_a_page_turned_in_a_viewer_over_upright_text_is_read_as_before():
    """``/Rotate 90`` over text stored upright (a page turned in a viewer and saved): the text
    runs left to right as stored, and is read so."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(table_pdf("P", True, 1))))
    for page in writer.pages:
        page.rotation = 90
    buffer = io.BytesIO()
    writer.write(buffer)
    answer = read(buffer.getvalue())
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS


# --- A note or the source set tight under the table ------------------------------------------

FORMS = ["pdf", "pdfplumber", "pdfplumber-layout", "pypdf", "pdftotext-layout"]


@lru_cache(maxsize=None)
def noted_pdf(note: str, ruled: bool) -> bytes:
    """The table with `note` in a smaller font right under its total line (a line's gap)."""
    pdf, y = headed_page(HEAD)
    y = _table(pdf, 20, y + 3, ROWS, [40, 18, 18, 18, 18], ruled)
    pdf.set_font("helvetica", size=8)
    pdf.text(20, y + 2.6, note)
    return bytes(pdf.output())


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("note", ["Bron: VDAB.", "* Cijfers voor 2022 zijn voorlopig.", "(1) Inclusief Brussel."])
def test_a_note_right_under_the_total_is_no_line_of_its_label(note, ruled, form):
    """A source line or a footnote set a line's gap under the total (unruled in the PDF; any
    table in ``pdftotext -layout`` text, which prints it on the next line) stood in the total's
    label cell's column and was joined to it as the label's second line: the total was
    ``Totaal Bron: VDAB.`` in the tidy table and in every message. A note is no label's line."""
    answer = read(noted_pdf(note, ruled), form)
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS


def test_a_note_under_the_total_in_pdftotext_layout_text_of_a_turned_page():
    """What ``pdftotext -layout`` printed for the page of
    :func:`test_a_page_turned_in_a_viewer_over_upright_text_is_read_as_before` (its source
    line 8 mm below the table, on the line after the total's)."""
    text = "\n".join([
        *HEAD,
        "Provincie                     2019        2020        2021        2022",
        "Antwerpen                       577         601                    640",
        "Limburg                         529         540        555         560",
        "Oost-Vlaanderen                 918         930        951",
        "Vlaams-Brabant                  230         241        250         262",
        "West-Vlaanderen                 751         760        772         781",
        "Brussel                          57          60          61          66",
        "Totaal                        3.058       3.120      2.580       2.301",
        "Bron: VDAB.",
    ]) + "\n"
    answer = parse_answer(source_from_bytes(text.encode(), "a.txt"))
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS


# --- Text whose figures an extractor glued together -------------------------------------------

GLUED = "\n".join([*HEAD, "Provincie2019202020212022", "Antwerpen577601640", "Limburg529540555560",
                   "Oost-Vlaanderen918930951", "Vlaams-Brabant230241250262", "West-Vlaanderen751760772781",
                   "Brussel57606166", "Totaal3.0583.1202.5802.301", "Bron: VDAB."]) + "\n"


def _glued_findings(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line) for f in audit(answer).findings]


@pytest.mark.parametrize("pdf", ["turned-90", "turned-180", "sideways-270"])
def test_pypdf_text_of_a_turned_page_with_its_figures_glued_is_reported_never_passed(pdf):
    """pypdf prints a turned page's cells without a space between them (``Limburg529540555560``,
    ``Totaal3.0583.1202.5802.301``): no number stood apart, so no line looked like a table's and
    the answer passed as clean with ``(no tables read)`` (exit 0). Which digits make which figure
    cannot be told; the lines are reported as a table that could not be read."""
    data = {"turned-90": lambda: turned(table_pdf("L", True, 1), 90),
            "turned-180": lambda: turned(table_pdf("L", True, 1), 180),
            "sideways-270": lambda: sideways_pdf(270)}[pdf]()
    answer = read(data, "pypdf")
    assert cells(answer) == []
    assert [(f.rule, f.severity) for f in audit(answer).findings] == [("unreadable-table", "error")]
    assert [i.reason for i in answer.issues] == ["figures-glued"]


def test_glued_figures_are_named_at_their_first_line_in_both_languages():
    from okot_audit import read_text

    answer = read_text(GLUED, "a.txt")
    assert _glued_findings(answer) == [("unreadable-table", "error", 4)]
    [en] = [f.message for f in audit(answer).findings]
    [nl] = [f.message for f in audit(answer, lang="nl").findings]
    assert en.startswith("lines 4–11 look like a table whose figures stand glued to their labels")
    assert "'Provincie2019202020212022' … 'Totaal3.0583.1202.5802.301'" in en
    assert nl.startswith("regels 4–11 zien eruit als een tabel waarvan de cijfers zonder spatie")


def test_a_word_glued_to_a_year_or_a_line_of_it_alone_is_no_table():
    text = "\n".join([*HEAD, "Zie het rapport VDAB2023 en de cijfers in de bijlage.", "Referentie BE0887010362",
                      "Provincie  2022", "Antwerpen  577", "Totaal  577"]) + "\n"
    answer = parse_answer(source_from_bytes(text.encode(), "a.txt"))
    assert cells(answer) == [("row", "Antwerpen", "2022", 577), ("total", "Totaal", "2022", 577)]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


# --- A page's number printed on the line right under a row ------------------------------------

TURNED_LAYOUT = """Vlaams Parlement - Schriftelijke vraag 305 - 14 maart 2023
Onderwijskwalificerende opleidingstrajecten (OKOT's) - zorg
ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck
1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per provincie.
 Provincie                                 2019              2020   2021   2022
 Antwerpen                                  577               601           640
 Limburg                                    529               540   555     560
 Oost-Vlaanderen                            918               930   951
 Vlaams-Brabant                             230               241   250     262
                                                                                       1/2
\fVlaams Parlement - Schriftelijke vraag 305 - 14 maart 2023
 Provincie                                2019               2020     2021    2022
 West-Vlaanderen                            751                760     772     781
 Brussel                                     57                 60      61      66
 Totaal                                   3.058              3.120   2.580   2.301
Bron: VDAB.
                                                                                     2/2
\f"""


@pytest.mark.parametrize("rotate", [90, 270])
def test_a_page_number_on_the_line_under_a_row_is_no_cell_of_it(rotate):
    """``pdftotext -layout`` prints a turned page's footer (``1/2``) on the line right after the
    table's last row on it, without the blank lines that set it apart on an upright page: it was
    joined to the row (``Vlaams-Brabant 230 241 250 262 1/2``), the row became stray numbers,
    and the totals were reported as errors (``total-exceeds-parts`` for every year) with dozens
    of typo guesses. A page number that says it is this page's (``1/2`` on page 1) is page
    furniture, however close to the text."""
    answer = read(turned(table_pdf("P", False, 2), rotate), "pdftotext-layout")
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS


def test_a_page_number_on_the_line_under_a_row_in_the_text_itself():
    answer = parse_answer(source_from_bytes(TURNED_LAYOUT.encode(), "a.txt"))
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS
    assert [c.page for t in answer.tables for c in t.cells][::4] == [1, 1, 1, 1, 2, 2, 2]


# --- A scanned page among pages of text -------------------------------------------------------


def headed_page(head: list[str], pdf=None):
    """A PDF (`pdf`, else a new one) with its first page begun: `head`'s lines 7 mm apart in the
    body's font; and where the page's next line would stand."""
    from fpdf import FPDF

    pdf = pdf if pdf is not None else FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 25.0
    for line in head:
        pdf.text(20, y, line)
        y += 7
    return pdf, y


def _answer_page(pdf):
    """`pdf` with its first page: the answer's heading and a question that points at the annex;
    and where the page's next line would stand."""
    return headed_page(HEAD[:2] + ["1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector: zie de bijlage."],
                       pdf)


@lru_cache(maxsize=None)
def scanned_pdf(table_first: bool, image_width: float) -> bytes:
    """Page 1: the answer's text (and the table, `table_first`); page 2: an image only, as wide
    as `image_width` mm (a scanned annex at 180 mm; a signature at 40 mm)."""
    from fpdf import FPDF
    from PIL import Image

    image = io.BytesIO()
    Image.new("L", (400, 250), 200).save(image, "PNG")
    pdf, y = _answer_page(FPDF())
    if table_first:
        _table(pdf, 20, y + 3, ROWS, [40, 18, 18, 18, 18], True)
    pdf.add_page()
    pdf.image(image, x=15, y=20, w=image_width)
    return bytes(pdf.output())


@pytest.mark.parametrize("table_first", [False, True])
def test_a_scanned_page_among_pages_of_text_is_reported_never_passed(table_first):
    """Page 2 an image only (a scanned annex): it was read as a page without lines, and an
    answer whose table stood there passed as clean with ``(no tables read)`` (exit 0). The page
    is reported as unread where it stands, with its number."""
    answer = read(scanned_pdf(table_first, 180.0))
    assert cells(answer) == (CELLS if table_first else [])
    unread = [f for f in audit(answer).findings if f.rule == "unreadable-table"]
    assert [(f.severity, f.page) for f in unread] == [("error", 2)]
    assert unread[0].message.startswith("page 2 holds no text, only an image (a scanned page?)")
    [nl] = [f.message for f in audit(answer, lang="nl").findings if f.rule == "unreadable-table"]
    assert nl.startswith("pagina 2 bevat geen tekst, enkel een afbeelding (een scan?)")
    assert findings(answer) == (FINDINGS if table_first else []) + [("unreadable-table", "error", None)]


def test_a_page_with_only_a_small_image_is_no_scanned_table():
    """A signature or a logo alone on a page covers too little of it to hold a table."""
    answer = read(scanned_pdf(True, 40.0))
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS


# --- Extractors' text of a turned page: mirrored ----------------------------------------------


@pytest.mark.parametrize("form", ["pdfplumber", "pdfplumber-layout"])
@pytest.mark.parametrize("pdf", ["turned-90", "turned-270", "sideways-90"])
def test_text_an_extractor_mirrored_says_so_not_that_it_is_no_answer(pdf, form):
    """pdfplumber reads a turned page backwards: every line mirrored and the lines in reverse
    (``103.2 085.2 021.3 850.3 laatoT``). It was refused as ``not an OKOT answer`` — which it is;
    the one line now says what happened and what to give instead (exit 2 all the same)."""
    from okot_audit.source import InputError

    data = {"turned-90": lambda: turned(table_pdf("L", True, 1), 90),
            "turned-270": lambda: turned(table_pdf("L", True, 1), 270),
            "sideways-90": lambda: sideways_pdf(90)}[pdf]()
    with pytest.raises(InputError) as caught:
        read(data, form)
    assert str(caught.value).startswith("a.txt: the text runs backwards, every line mirrored ('")
    assert "give okot-audit the PDF itself" in str(caught.value)
    assert caught.value.dutch.startswith("de tekst loopt achterstevoren")


@lru_cache(maxsize=None)
def annex_turned_pdf(rotate: int) -> bytes:
    """Page 1 the answer upright; page 2 the table on a landscape page stored turned (``/Rotate``)."""
    from fpdf import FPDF

    pdf, _ = _answer_page(FPDF())
    pdf.add_page(orientation="L")
    pdf.text(20, 25, "Bijlage: unieke cursisten met gestarte OKOT per provincie")
    _table(pdf, 20, 35, ROWS, [40, 18, 18, 18, 18], True)
    return turned(bytes(pdf.output()), rotate, pages=(1,))


@pytest.mark.parametrize("form", ["pdf", "pdfplumber", "pdfplumber-layout", "pdftotext-layout"])
@pytest.mark.parametrize("rotate", [90, 270])
def test_a_turned_annex_page_among_upright_pages(rotate, form):
    """The PDF and ``pdftotext -layout`` read the turned page's table. pdfplumber prints that page
    backwards among upright ones (``66 16 06 75 lessurB``): its lines end in words, so none looked
    like a table's, and the answer passed as clean with ``(no tables read)``. They are reported."""
    answer = read(annex_turned_pdf(rotate), form)
    if form in ("pdf", "pdftotext-layout"):
        assert cells(answer) == CELLS
        assert findings(answer) == FINDINGS
        return
    assert cells(answer) == []
    assert [(f.rule, f.severity, f.page) for f in audit(answer).findings] == [("unreadable-table", "error", 2)]
    assert [i.reason for i in answer.issues] == ["text-mirrored"]
    message = audit(answer).findings[0].message
    assert "run backwards, every one mirrored ('103.2 085.2 021.3 850.3 laatoT' …)" in message
    assert "(3058, 3120, 2580, 2301, 57, 60, 61, 66," in message  # (the figures read forwards)


# --- A PDF that draws nothing: empty, or its content damaged ----------------------------------


def _damaged_stream() -> bytes:
    """The answer with its page's content stream overwritten in the middle (a damaged download):
    PDFium reads such a page as empty, no error."""
    data = bytearray(table_pdf("L", True, 1))
    at = data.find(b"stream") + 40
    data[at:at + 200] = b"\x00" * 200
    return bytes(data)


def _empty_pages() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_page()
    return bytes(pdf.output())


@pytest.mark.parametrize("make", [_damaged_stream, _empty_pages])
def test_a_pdf_that_draws_nothing_is_called_empty_or_damaged_not_a_scan(make):
    """A page whose content stream is damaged, or a PDF of blank pages, has no text — and no
    image either: it was refused as ``no text layer (a scanned PDF?)``, sending the user to OCR
    a file that holds no picture. One line says what it is."""
    from okot_audit.source import InputError

    with pytest.raises(InputError) as caught:
        read(make())
    assert str(caught.value) == ("a.pdf: the PDF's pages hold neither text nor images: it is empty, or damaged "
                                 "(its pages' content cannot be read); give the PDF as published")
    assert caught.value.dutch.startswith("de pagina's van de PDF bevatten geen tekst en geen beelden")


# --- A page in two columns: prose in one, the table in the other -----------------------------

PROSE = ("In antwoord op de vraag geef ik hierbij de cijfers van VDAB. Het aantal unieke cursisten dat in 2019 tot "
         "2022 een OKOT startte, staat in de tabel hiernaast. Een cursist kan in meer dan een provincie starten; de "
         "totalen tellen unieke personen, zodat de som van de provincies hoger kan liggen dan het totaal. VDAB volgt "
         "de trajecten op en rapporteert jaarlijks over de uitstroom naar werk. De cijfers komen uit het datawarehouse.")


@lru_cache(maxsize=None)
def two_column_pdf(table_left: bool, align: str, ruled: bool) -> bytes:
    """The title over the page's width, then two columns: the question and the prose (wrapped
    in 85 mm, left-aligned or justified) in one, the table in the other, side by side."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    y = 20.0
    for line in HEAD[:2]:
        pdf.text(15, y, line)
        y += 6
    prose_x, table_x = (108, 15) if table_left else (15, 108)
    pdf.set_xy(prose_x, y + 2)
    pdf.multi_cell(85, 4.5, f"{HEAD[2]} {PROSE} {PROSE}", align=align)
    pdf.set_font("helvetica", size=8)
    left = table_x
    for row in [["Provincie", *PERIODS], *ROWS]:  # (cells 4.5 mm high: the prose's line height)
        x = left
        for j, (text, width) in enumerate(zip(row, [30, 14, 14, 14, 14])):
            if ruled:
                pdf.rect(x, y + 2, width, 4.5)
            pdf.text(x + 1.2 if j == 0 else x + width - 1.2 - pdf.get_string_width(text), y + 2 + 3.2, text)
            x += width
        y += 4.5
    return bytes(pdf.output())


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("align", ["L", "J"])
@pytest.mark.parametrize("table_left", [False, True])
def test_a_table_beside_a_column_of_prose_is_read(table_left, align, ruled):
    """Each visual line held a line of prose and a row of the table: with the table on the right
    no row was read (``unreadable-table``); with the table on the left each row ended in the
    prose's words, no line looked like a table's, and the answer passed as clean with
    ``(no tables read)``. The page is read as it is read: one column, then the other (the
    question then follows the table on the left: what it counts is reported as not said)."""
    answer = read(two_column_pdf(table_left, align, ruled))
    assert cells(answer) == CELLS
    assert findings(answer) == ([("measure-unknown", "info", None)] if table_left else []) + FINDINGS


@pytest.mark.parametrize("form", ["pdfplumber"])
@pytest.mark.parametrize("align", ["L", "J"])
def test_extracted_text_of_a_table_left_of_prose_is_read_never_clean(form, align):
    """pdfplumber prints the page's two columns side by side, each line a row of the table on
    the left and a line of the prose a single space after it (``Antwerpen 577 601 640
    zorgsector, per provincie …``): no line ended in a figure, no table was read, and the answer
    passed as clean, ``(no tables read)`` and exit 0; then one ``unreadable-table`` error over
    those lines (``table-beside-prose``). Each row's key (a province, ``Totaal``) and the
    header's periods say where the table ends on each line: it is read column by column, as the
    PDF is (tests/test_extractor_text3.py; rows no key opens stay that error)."""
    answer = read(two_column_pdf(True, align, True), form)
    assert cells(answer) == CELLS
    assert findings(answer) == [("measure-unknown", "info", None), *FINDINGS]


@pytest.mark.parametrize("align", ["L", "J"])
def test_a_table_beside_a_column_of_prose_in_pdftotext_layout_text(align):
    """``pdftotext -layout`` prints the two columns side by side on each line, as the page
    shows them; read column by column too (the table on the right: its rows were unread)."""
    answer = read(two_column_pdf(False, align, True), "pdftotext-layout")
    assert cells(answer) == CELLS
    assert findings(answer) == FINDINGS
