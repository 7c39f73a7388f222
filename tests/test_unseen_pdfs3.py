"""The newest table shapes as users get them (review pdf13): in PDFs made the way real answers
are (:func:`generate.pdf.write_pdf` in several :class:`~generate.pdf.PdfStyle`\\ s, and
:func:`test_unseen_pdfs.autofit_pdf`), in the text the common extractors make of them
(:mod:`generate.extract`), and in an ``.xlsx`` annex: a summary whose rows are measures, a total
column printed first, withheld counts, a change column and share sub-columns, a sector named
only in the text before the first table, and the parliament's heading under a running header.
Each test asserts the exact cells and findings a correct reader gives."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import EXTRACTORS, available, extract  # noqa: E402
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf  # noqa: E402

STYLES = {
    "ruled-top": PdfStyle(),
    "plain-middle": PdfStyle(ruled=False, v_align="MIDDLE", page_numbers="{n}/{nb}"),
    "narrow-bottom": PdfStyle(label_width=45.0, v_align="BOTTOM", number_align="CENTER"),
    "break-no-repeat": PdfStyle(page_height=160.0, repeat_header=False,
                                running_header="Vlaams Parlement - Schriftelijke vraag 512 - 3 maart 2023"),
    "break-repeat": PdfStyle(page_height=160.0, ruled=False, v_align="BOTTOM"),
}
#: Every extractor but plain ``pdftotext``, which prints a table's cells one per paragraph (its
#: tables are reported unread, never read wrong: tests/test_unseen_pdfs2.py).
TEXT = [e for e in EXTRACTORS if e != "pdftotext"]
SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def answer_of(data: bytes, name: str):
    return parse_answer(source_from_bytes(data, name))


def as_read(pdf: bytes, form: str):
    """The answer read from the PDF itself (`form` ``pdf``) or from an extractor's text of it."""
    if form == "pdf":
        return answer_of(pdf, "a.pdf")
    if not available(form):
        pytest.skip(f"{form} is not installed")
    pytest.importorskip(form.split("-")[0] if form.startswith("pdf") and not form.startswith("pdftotext") else "pypdf")
    return answer_of(extract(pdf, form).encode(), "a.txt")


def cells(answer) -> list[tuple]:
    return [(t.measure, c.level, c.code or c.province or c.label, c.period, c.count) for t in answer.tables
            for c in t.cells]


def rules(answer) -> list[str]:
    """The rules that fired, information about duplicates and partial periods aside."""
    return sorted({f.rule for f in audit(answer).findings if f.rule not in ("parts-exceed-total", "partial-period")})


def zorg_codes() -> list[tuple[str, str]]:
    with open(SCHEMAS / "codes.csv", encoding="utf-8") as handle:
        return [(row["code"], row["label"]) for row in csv.DictReader(handle) if row["sector"] == "zorg"]


# --- The parliament's heading and a running header above the title ---------------------------

HEADING = ["SCHRIFTELIJKE VRAAG", "nr. 512", "van ELS VAN DEN BROECK", "datum: 3 maart 2023", "aan JO BROUNS",
           "VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW"]
TITLE = "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector"


def headed_document() -> Document:
    codes = zorg_codes()
    rows = [PdfRow(f"{code}: {label}", [10 + k, 20 + 2 * k]) for k, (code, label) in enumerate(codes)]
    total = [sum(r.values[0] for r in rows), sum(r.values[1] for r in rows)]
    return Document(HEADING + [
        TITLE, "Hoeveel cursisten startten in 2021 en 2022 een OKOT, per opleiding?", "ANTWOORD",
        "1. Het aantal unieke cursisten dat een OKOT startte:",
        PdfTable("Opleiding", ["2021", "2022"], rows + [PdfRow("Totaal", total, level="total")]), "Bron: VDAB.",
    ], justify=False)


@pytest.mark.parametrize("form", ["pdf", *EXTRACTORS])
@pytest.mark.parametrize("style", ["ruled-top", "break-no-repeat"])
def test_the_title_under_the_parliaments_heading_and_a_running_header(style, form):
    """``Vlaams Parlement - …`` on every page, then ``SCHRIFTELIJKE VRAAG`` / ``nr. 512`` / ``van
    …`` / ``datum: 3 maart 2023`` / ``aan …`` / the minister: pdfplumber's layout text and plain
    pdftotext leave blank lines inside the heading, and the title read was ``SCHRIFTELIJKE
    VRAAG``; the question's number and date, printed only in the heading, were not read."""
    answer = as_read(write_pdf(headed_document(), STYLES[style]), form)
    assert (answer.title, answer.sector) == (TITLE, "zorg")
    assert (answer.question_number, str(answer.question_date)) == (512, "2023-03-03")


@pytest.mark.parametrize("form", ["pdf", *EXTRACTORS])
def test_a_running_header_printed_once_on_a_one_page_answer_is_no_part_of_the_title(form):
    """A one-page answer shows its running header once: it was read as the title's first line
    (``Vlaams Parlement - Schriftelijke vragen en antwoorden Onderwijskwalificerende …``), or as
    the whole title (laid-out text). A line that only names the parliament's paper is none of
    the title when a title follows it."""
    document = Document([TITLE, "ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck",
                         "1. Het aantal unieke cursisten dat een OKOT startte:",
                         PdfTable("Opleiding", ["2021", "2022"], [
                             PdfRow("900123: Tweedekansonderwijs zorgkundige - 1ste jaar", [50, 71]),
                             PdfRow("903640: Se-n-se opvoeder leefgroepenwerking", [12, 14]),
                             PdfRow("Totaal", [62, 85], level="total")])])
    answer = as_read(write_pdf(document, STYLES["ruled-top"]), form)
    assert answer.title == TITLE


# --- An .xlsx annex ---------------------------------------------------------------------------

def workbook_bytes(build) -> bytes:
    openpyxl = pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    book = openpyxl.Workbook()
    build(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_an_annex_caption_right_above_the_header_is_the_title_and_no_row_of_the_table():
    """A sheet's caption on row 1, the header on row 2: the title ran on into the header and
    the rows (``Unieke cursisten … onderwijssector Opleiding 2021 2022 908001: …``), as a
    text's title runs on to its fourth line. The title ends above the first table's periods."""
    def build(book):
        sheet = book.active
        sheet["A1"] = "Unieke cursisten met gestarte OKOT('s)"
        sheet.append(["Opleiding", "2021", "2022"])
        sheet.append(["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", 118, 131])
        sheet.append(["908017: Educatieve graduaatsopleiding", 50, 44])
        sheet.append(["Totaal", 168, 175])

    answer = answer_of(workbook_bytes(build), "annex.xlsx")
    assert answer.title == "Unieke cursisten met gestarte OKOT('s)"
    assert len(cells(answer)) == 6


# --- A change column beside a share column after the periods -----------------------------------

CHANGE_HEAD = ["Onderwijskwalificerende opleidingstrajecten (OKOT's)",
               "ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck",
               "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per provincie."]
CHANGE_ROWS = [["Antwerpen", "577", "600", "23", "4,0"], ["Limburg", "529", "510", "-19", "-3,6"],
               ["Totaal", "1.100", "1.110", "10", "0,9"]]
CHANGE_CELLS = [
    ("started", "row", "Antwerpen", "2021", 577), ("started", "row", "Antwerpen", "2022", 600),
    ("started", "row", "Limburg", "2021", 529), ("started", "row", "Limburg", "2022", 510),
    ("started", "total", "Totaal", "2021", 1100), ("started", "total", "Totaal", "2022", 1110),
]


@pytest.mark.parametrize("words", [["Verschil", "%"], ["Verschil", "Verschil (%)"], ["%", "Verschil"]])
def test_a_plain_change_beside_a_share_after_the_periods(words):
    """``Provincie 2021 2022 Verschil %`` over ``Antwerpen 577 600 23 4,0``: the share (``4,0``,
    a decimal comma) was taken off by its form, and the row then skipped as done — its plain
    change ``23`` stayed, the row ended in more figures than periods (``unreadable-table`` at
    every row, ``Limburg 529 510 -19 -3,6`` lost as stray numbers). The header's order of
    columns reads every value of such a row."""
    order = (lambda row: row[:3] + row[3:][::-1]) if words[0] == "%" else (lambda row: row)
    text = "\n".join(CHANGE_HEAD[:1] + [""] + CHANGE_HEAD[2:] + [""] + [" ".join(["Provincie", "2021", "2022", *words])]
                     + [" ".join(order(row)) for row in CHANGE_ROWS]) + "\n"
    answer = answer_of(text.encode(), "a.txt")
    assert cells(answer) == CHANGE_CELLS
    assert rules(answer) == ["column-not-checked"]
    [issue] = answer.issues
    assert sorted(issue.other.split()) == sorted(v for row in CHANGE_ROWS for v in row[3:])


def test_a_change_in_percent_named_with_its_unit_is_one_column():
    """``Provincie 2021 2022 Verschil (%)`` over ``Antwerpen 577 600 4``: ``(%)`` was a column
    of its own, the header named four columns and no row was read."""
    text = "\n".join(CHANGE_HEAD[:1] + [""] + CHANGE_HEAD[2:] + ["", "Provincie 2021 2022 Verschil (%)"]
                     + [" ".join(row[:4]) for row in CHANGE_ROWS]) + "\n"
    answer = answer_of(text.encode(), "a.txt")
    assert cells(answer) == CHANGE_CELLS
    assert [(i.kind, i.text, i.other) for i in answer.issues] == [("column-not-checked", "Verschil (%)", "23 -19 10")]


@pytest.mark.parametrize("form", ["pdf", *TEXT])
@pytest.mark.parametrize("figures", ["R", "C"])
def test_a_change_and_a_share_column_in_a_pdf(figures, form):
    from test_unseen_pdfs import autofit_pdf

    pdf = autofit_pdf(CHANGE_HEAD, ["Provincie", "2021", "2022", "Verschil", "%"], CHANGE_ROWS, figure_align=figures,
                      bold=(2,))
    answer = as_read(pdf, form)
    assert cells(answer) == CHANGE_CELLS
    assert rules(answer) == ["column-not-checked"]


# --- Counts withheld as <5 in rows whose labels wrap --------------------------------------------

def withheld_document() -> tuple[Document, list[tuple]]:
    """22 care programmes, some counts withheld as ``<5`` (a footnote says so), the total with
    the withheld counts in it (2 more than the rows in each year)."""
    codes = zorg_codes()
    values = [["<5" if k % 7 == 3 else 10 + k, "<5" if k % 5 == 1 else 20 + k] for k in range(len(codes))]
    total = [sum(v[i] for v in values if v[i] != "<5") + 2 for i in range(2)]
    rows = [PdfRow(f"{code}: {label}", v) for (code, label), v in zip(codes, values)]
    table = PdfTable("Opleiding", ["2021", "2022"], rows + [PdfRow("Totaal", total, level="total")],
                     footnotes=["<5: minder dan 5 cursisten, niet getoond omwille van de privacy"])
    document = Document([CHANGE_HEAD[0], CHANGE_HEAD[1],
                         "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per opleiding.", table])
    expected = [("started", "row", code, year, v) for (code, _), vs in zip(codes, values)
                for year, v in zip(["2021", "2022"], vs) if v != "<5"]
    return document, expected + [("started", "total", "Totaal", y, t) for y, t in zip(["2021", "2022"], total)]


@pytest.mark.parametrize("form", ["pdf", "pypdf", "pdfplumber", "pdftotext-layout"])
@pytest.mark.parametrize("style", ["ruled-top", "narrow-bottom", "break-repeat"])
def test_a_withheld_count_in_a_row_whose_label_wraps_is_never_a_zero(style, form):
    """pypdf prints a wrapped row's figures on a line of their own (``900124: … zorgkundige -``
    / ``tweede jaar`` / ``11 <5``): the ``<5`` stood in as ``00`` while the tables were found,
    and was given back to the row by pairing its lines with its texts one to one — a coded
    row's lines held its first line twice, so the row kept ``00`` and the table a count of 0
    that the answer never printed. pdfplumber prints the figures on the label's first line
    (``900124: … zorgkundige - 11 <5`` / ``tweede jaar``): the ``11`` might have been the
    label's after its dash, and the row was reported unread though its label goes on below.
    Now each ``<5`` is a withheld count and every figure a cell."""
    document, expected = withheld_document()
    answer = as_read(write_pdf(document, STYLES[style]), form)
    assert cells(answer) == expected
    assert rules(answer) == ["count-withheld"]
    assert all(c.count > 0 for t in answer.tables for c in t.cells)


def test_a_withheld_count_after_the_last_word_of_a_label_is_never_the_labels():
    """pypdf's text of a narrow label cell, the figures at its bottom: ``903651:`` /
    ``Tweedekansonderwijs`` / … / ``jaar <5 37``. In single-spaced text ``jaar <5`` could have
    been a label that ends in a number, so the row had two readings and was reported unread
    (``ambiguous-alignment``); a bound is a withheld count, never a label's."""
    text = "\n".join([
        CHANGE_HEAD[0], "", "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector.", "",
        "Opleiding 2021 2022", "903640: Se-n-se opvoeder", "leefgroepenwerking 26 40", "903651:", "Tweedekansonderwijs",
        "opvoeder jeugd- en", "gehandicaptenzorg - 1ste", "jaar <5 37", "Totaal 28 77", "",
        "<5: minder dan 5 cursisten, niet getoond omwille van de privacy",
    ]) + "\n"
    answer = answer_of(text.encode(), "a.txt")
    assert cells(answer) == [
        ("started", "row", "903640", "2021", 26), ("started", "row", "903640", "2022", 40),
        ("started", "row", "903651", "2022", 37),
        ("started", "total", "Totaal", "2021", 28), ("started", "total", "Totaal", "2022", 77),
    ]
    assert [(w.line, w.period, w.text) for t in answer.tables for w in t.withheld] == [(12, "2021", "<5")]
    assert rules(answer) == ["count-withheld"]


# --- The shapes that read right in every form (kept so: checked in review pdf13) ---------------

def _shape(name: str) -> tuple[Document, list[tuple], list[str]]:
    head = ["Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's)",
            "ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck"]
    if name == "measure-rows":  # rows that each name what they count, no total
        measures = [("started", "Gestarte cursisten", [4398, 4774, 4501]), ("graduated", "Geslaagden", [1487, 1512, 1603]),
                    ("stopped_or_failed", "Stopzettingen", [1164, 1098, 1201])]
        table = PdfTable("Jaar", ["2018", "2019", "2020"], [PdfRow(label, v) for _, label, v in measures], thousands=True)
        expected = [(m, "row", label, y, v) for m, label, vs in measures for y, v in zip(["2018", "2019", "2020"], vs)]
        return Document(head + ["1. Een overzicht van de OKOT-trajecten in de zorgsector.", table]), expected, []
    if name == "total-first":  # the total column before the periods it totals
        rows = [("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", [240, 118, 131]),
                ("908017", "Educatieve graduaatsopleiding", [90, None, 90]), ("908020", "Verkorte educatieve master", [150, 80, 75])]
        total = [470, 195, 290]
        table = PdfTable("OKOT", ["Totaal", "2020", "2021"], [PdfRow(f"{c}: {label}", v) for c, label, v in rows]
                         + [PdfRow("Totaal", total, level="total")])
        periods = ["Totaal", "2020", "2021"]
        expected = [("started", "row", c, p, v) for c, _, vs in rows for p, v in zip(periods, vs) if v is not None]
        expected += [("started", "total", "Totaal", p, v) for p, v in zip(periods, total)]
        return Document(head + ["1. Het aantal unieke cursisten dat een OKOT startte in de onderwijssector.", table]), expected, []
    if name == "shares":  # a count and a share under each period, on a line of their own
        ages = [("-25 jaar", [812, "18,5", 790, "17,9"]), ("25-54 jaar", ["3.500", "79,8", "3.550", "80,4"]),
                ("55+ jaar", [74, "1,7", 75, "1,7"])]
        table = PdfTable("Leeftijd", ["2021", "", "2022", ""], [PdfRow("", ["Aantal", "%", "Aantal", "%"])]
                         + [PdfRow(label, v) for label, v in ages] + [PdfRow("Totaal", ["4.386", "100", "4.415", "100"], level="total")])
        counts = {"-25 jaar": [812, 790], "25-54 jaar": [3500, 3550], "55+ jaar": [74, 75], "Totaal": [4386, 4415]}
        expected = [("started", "total" if k == "Totaal" else "row", k, y, v) for k, vs in counts.items()
                    for y, v in zip(["2021", "2022"], vs)]
        return Document(head + ["1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per leeftijd.", table]), \
            expected, ["column-not-checked"]
    # a title that names no sector, the text before the table does; a care code among them
    rows = [("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", [118, 131]),
            ("900123", "Tweedekansonderwijs zorgkundige - 1ste jaar", [50, 44]), ("908017", "Educatieve graduaatsopleiding", [27, 52])]
    table = PdfTable("Opleiding", ["2021", "2022"], [PdfRow(f"{c}: {label}", v) for c, label, v in rows]
                     + [PdfRow("Totaal", [190, 220], level="total")])
    expected = [("started", "row", c, y, v) for c, _, vs in rows for y, v in zip(["2021", "2022"], vs)]
    expected += [("started", "total", "Totaal", y, v) for y, v in zip(["2021", "2022"], [190, 220])]
    text = "1. Hieronder het aantal unieke cursisten dat een OKOT startte in de onderwijssector, per opleiding."
    return Document(head + [text, table]), expected, ["code-outside-sector"]


@pytest.mark.parametrize("form", ["pdf", *TEXT])
@pytest.mark.parametrize("style", ["plain-middle", "narrow-bottom", "break-no-repeat"])
@pytest.mark.parametrize("shape", ["measure-rows", "total-first", "shares", "sector-in-the-text"])
def test_the_newest_shapes_in_pdfs_and_their_extracted_text(shape, style, form):
    # pdfplumber's layout text of measure-rows in narrow-bottom prints ``Gestarte cursisten
    # 4.398  4.774  4.501`` (the label fills its narrow cell): the 4.398 one space after the
    # label was the label's (``… cursisten 4.398``) and 2018 blank, a figure lost without a
    # finding. It stands under 2018's figures, so it is 2018's cell.
    document, expected, fired = _shape(shape)
    answer = as_read(write_pdf(document, STYLES[style]), form)
    assert cells(answer) == expected
    assert rules(answer) == fired


def _annex(book, with_second_table: bool) -> None:
    sheet = book.active
    sheet.title = "Overzicht"
    sheet["A1"] = "OKOT's: overzicht"
    sheet.merge_cells("A1:C1")
    sheet.append(["Cijfers voor de zorgsector."])
    sheet.append([])
    sheet.append(["Jaar", "2021", "2022"])
    sheet.append(["Gestarte cursisten", "4.398", 4774])
    sheet.append(["Geslaagden", 1487, "1512"])
    other = book.create_sheet("Provincies") if with_second_table else book.create_sheet("Toelichting")
    if not with_second_table:
        other["A1"] = "Bron: VDAB."
        return
    other.append(["Provincie", "2021", "2022"])
    for row in (["Antwerpen", 120, 131], ["Limburg", "<5", 7], ["Totaal", 122, 138]):
        other.append(row)
    other.append([])
    other.append(["<5: minder dan 5 cursisten"])


MEASURE_ROWS = [
    ("started", "row", "Gestarte cursisten", "2021", 4398), ("started", "row", "Gestarte cursisten", "2022", 4774),
    ("graduated", "row", "Geslaagden", "2021", 1487), ("graduated", "row", "Geslaagden", "2022", 1512),
]


def test_measures_as_rows_in_an_annex_with_a_caption_a_note_and_numbers_stored_as_text():
    answer = answer_of(workbook_bytes(lambda book: _annex(book, False)), "annex.xlsx")
    assert (answer.title, answer.sector) == ("OKOT's: overzicht", "zorg")
    assert cells(answer) == MEASURE_ROWS
    assert rules(answer) == []


def test_a_withheld_count_and_a_change_column_in_an_annex():
    def build(book):
        sheet = book.active
        sheet["A1"] = "Unieke cursisten met gestarte OKOT('s) per provincie"
        sheet.append([])
        sheet.append(["Provincie", "2021", "2022", "Verschil"])
        for row in (["Antwerpen", 120, 131, 11], ["Limburg", "<5", 7, None], ["Totaal", 122, 138, 16]):
            sheet.append(row)
        sheet.append([])
        sheet.append(["<5: minder dan 5 cursisten"])

    answer = answer_of(workbook_bytes(build), "annex.xlsx")
    assert cells(answer) == [
        ("started", "row", "Antwerpen", "2021", 120), ("started", "row", "Antwerpen", "2022", 131),
        ("started", "row", "Limburg", "2022", 7), ("started", "total", "Totaal", "2021", 122),
        ("started", "total", "Totaal", "2022", 138),
    ]
    assert rules(answer) == ["column-not-checked", "count-withheld"]


def test_a_second_sheets_header_with_the_same_periods_is_no_row_of_the_first_table():
    """A province table on a second sheet under the same periods as the summary on the first
    (``Jaar 2021 2022`` … / ``Provincie 2021 2022``): its header was read as a row of the first
    table counting 2021 and 2022 persons, the two tables one, their measures unknown. The same
    happened in text, one blank line between the tables. A line of periods whose first cell
    names what rows are (``Provincie``, ``Opleiding``, ``Leeftijd``) heads the next table."""
    answer = answer_of(workbook_bytes(lambda book: _annex(book, True)), "annex.xlsx")
    assert cells(answer) == MEASURE_ROWS + [
        ("unknown", "row", "Antwerpen", "2021", 120), ("unknown", "row", "Antwerpen", "2022", 131),
        ("unknown", "row", "Limburg", "2022", 7), ("unknown", "total", "Totaal", "2021", 122),
        ("unknown", "total", "Totaal", "2022", 138),
    ]
    assert rules(answer) == ["count-withheld", "measure-unknown"]


@pytest.mark.parametrize("head", ["Provincie", "Leeftijd", "Opleiding"])
def test_a_header_below_the_rows_of_a_table_with_the_same_periods_in_text(head):
    rows = {"Provincie": ["Antwerpen 120 131", "Limburg 5 7"], "Leeftijd": ["-25 jaar 120 131", "25-54 jaar 5 7"],
            "Opleiding": ["Graduaat orthopedagogie 120 131", "Se-n-se tandartsassistent 5 7"]}[head]
    text = "\n".join(["OKOT's in de zorgsector", "", "1. Het aantal unieke cursisten dat een OKOT startte.", "",
                      "Jaar 2021 2022", "Gestarte cursisten 4.398 4774", "Geslaagden 1487 1512", "",
                      f"{head} 2021 2022", *rows, "Totaal 125 138"]) + "\n"
    answer = answer_of(text.encode(), "a.txt")
    assert [len(t.cells) for t in answer.tables] == [2, 2, 6]
    assert not any(c.count in (2021, 2022) for t in answer.tables for c in t.cells)
