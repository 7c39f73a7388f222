"""Today's new table shapes (tests/test_unseen_answers5.py, single-spaced and laid-out text) in
every form users hold them (review forms14): a PDF made the way answers are
(:func:`generate.pdf.write_pdf` in several :class:`~generate.pdf.PdfStyle`\\ s: ruled or plain,
a narrow or wide label column, figures right-aligned or centred, a table over a page break with
a running header or a page number alone; :func:`test_unseen_pdfs.autofit_pdf` for two tables
side by side and a footnote's mark set as a superscript), the text each common extractor makes
of it (:mod:`generate.extract`), and an ``.xlsx`` annex. Each test asserts the exact cells and
findings a correct reader gives. Each PDF is built once (:func:`functools.lru_cache`)."""

from __future__ import annotations

import io
from functools import lru_cache

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import available, read_form  # noqa: E402
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf  # noqa: E402

STYLES = {
    "ruled-top": PdfStyle(),
    "plain-middle": PdfStyle(ruled=False, v_align="MIDDLE", page_numbers="{n}/{nb}"),
    "narrow-centred": PdfStyle(label_width=45.0, v_align="BOTTOM", number_align="CENTER"),
    "one-page-number": PdfStyle(label_width=45.0, number_align="CENTER", running_header=None, page_numbers="{n}"),
}
#: Styles that break a long table over pages: the header not repeated, the running header over
#: the next page (its number in the footer), or only a page number alone between the rows.
BREAKS = {
    "break-running-header": PdfStyle(page_height=160.0, repeat_header=False, page_numbers="{n}",
                                     running_header="Vlaams Parlement - Schriftelijke vraag 512 - 3 maart 2023"),
    "break-page-number": PdfStyle(page_height=160.0, repeat_header=False, running_header=None, page_numbers="{n}",
                                  number_align="CENTER", label_width=45.0),
    "break-repeat-wide": PdfStyle(page_height=160.0, label_width=100.0, ruled=False, page_numbers="Pagina {n} van {nb}"),
}
#: Every extractor but plain ``pdftotext``, which prints a table's cells one per paragraph (its
#: tables are reported unread: test_plain_pdftotext_text_is_reported_never_passed).
FORMS = ["pdf", "pdfplumber", "pdfplumber-layout", "pypdf", "pdftotext-layout"]
HEAD = ["Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's)",
        "ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck"]
ASKED = "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector"


def _count(value) -> int:
    return int(str(value).replace(".", ""))


def _cells(table: str, rows: list[tuple[str, list]], periods: list[str], total: list, semantics: str) -> list[tuple]:
    out = [(table, "row", label, p, _count(v), None) for label, values in rows for p, v in zip(periods, values)
           if v is not None]
    return out + [(table, "total", "Totaal", p, _count(v), semantics) for p, v in zip(periods, total)]


def _document(asked: str, title: str, periods: list[str], rows: list[tuple[str, list]], total: list,
              below: list[tuple[str, list]] = (), caption: list[str] = ()) -> Document:
    table = PdfTable(title, periods, [PdfRow(label, list(v)) for label, v in rows]
                     + [PdfRow("Totaal", list(total), level="total")] + [PdfRow(label, list(v)) for label, v in below])
    return Document([*HEAD, asked, *caption, table, "Bron: VDAB."])


PROVINCES = [("Antwerpen", ["1.120", "1.190"]), ("Limburg", [610, 640]), ("Oost-Vlaanderen", ["1.002", "1.100"])]
AGES = [("-25 jaar", [412, 455]), ("25-54 jaar", ["3.797", "4.011"]), ("55+ jaar", [189, 201])]
PROGRAMMES = ["Graduaat orthopedagogie", "Hbo verpleegkunde", "Pba verpleegkunde", "Tko zorgkundige",
              "Se-n-se opvoeder", "Bachelor in de ergotherapie", "Bachelor in de vroedkunde",
              "Zorgkundige in de ouderenzorg", "Begeleider in de kinderopvang", "Logistiek assistent in de zorg",
              "Polyvalent verzorgende", "Opvoeder-begeleider", "Apotheekassistent", "Medisch secretaris",
              "Tandartsassistent", "Graduaat in de rechtspraktijk", "Graduaat in het sociaal werk",
              "Bachelor in de voedings- en dieetkunde", "Bachelor in de podologie", "Bachelor in de logopedie",
              "Verzorgende-zorgkundige", "Kinderbegeleider baby's en peuters", "Bachelor in de orthopedagogie",
              "Bachelor in de biomedische laboratoriumtechnologie"]
#: The programmes above that the catalogue knows under no name of theirs (`code-unknown`, info:
#: in an answer about zorg, their sector was not checked); the others it knows by their usual
#: short names (``Pba verpleegkunde``, ``Tko zorgkundige``, ``Apotheekassistent``).
NOT_IN_CATALOGUE = ["Bachelor in de ergotherapie", "Bachelor in de vroedkunde", "Begeleider in de kinderopvang",
                    "Logistiek assistent in de zorg", "Polyvalent verzorgende", "Opvoeder-begeleider",
                    "Medisch secretaris", "Graduaat in de rechtspraktijk", "Graduaat in het sociaal werk",
                    "Bachelor in de voedings- en dieetkunde", "Bachelor in de podologie", "Bachelor in de logopedie",
                    "Verzorgende-zorgkundige", "Kinderbegeleider baby's en peuters", "Bachelor in de orthopedagogie",
                    "Bachelor in de biomedische laboratoriumtechnologie", "Zorgkundige in de ouderenzorg"]
INFO_PARTS = [("parts-exceed-total", "info")]
NOT_CHECKED = [("column-not-checked", "info")]


def shape(name: str) -> tuple[Document, list[tuple], list[tuple], list[tuple]]:
    """The shape's document, the cells a correct reader gives (table, level, label, period,
    count, semantics), the findings (rule, severity), sorted, and the issues (kind, reason)."""
    years = ["2018", "2019"]
    if name == "waarvan-below-total":
        below = [("waarvan 25-54 jaar", ["2.310", "2.460"]), ("waarvan vrouwen", ["1.750", "1.862"])]
        document = _document(ASKED + ", per provincie.", "Provincie", years, PROVINCES, ["2.700", "2.880"], below)
        return (document, _cells("started_by_province", PROVINCES, years, ["2.700", "2.880"], "unique"),
                sorted(INFO_PARTS * 2 + NOT_CHECKED), [("column-not-checked", "subset-rows")])
    if name == "waarvan-among-classes":
        rows = [*AGES[:2], ("waarvan 50-54 jaar", [212, 230]), AGES[2]]
        document = _document(ASKED + ", naar leeftijd.", "Leeftijd", years, rows, ["4.398", "4.667"])
        return (document, _cells("started_by_age", AGES, years, ["4.398", "4.667"], "additive"), NOT_CHECKED,
                [("column-not-checked", "subset-rows")])
    if name == "waarvan-below-a-wrapped-code":
        # (a code's label wraps in its cell: the waarvan line below it is no line of that label)
        rows = [("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", [71, 138]),
                ("waarvan via duaal leren", [12, 20]), ("908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar", [40, 52])]
        asked = "1. Het aantal unieke cursisten dat een OKOT startte in de onderwijssector, per opleiding."
        document = _document(asked, "Opleiding", ["2021", "2022"], rows, [110, 188])
        labels = [("Educatieve bachelor voor kleuteronderwijs - 1ste jaar", [71, 138]),
                  ("Educatieve bachelor voor kleuteronderwijs - 3de jaar", [40, 52])]
        return (document, _cells("started", labels, ["2021", "2022"], [110, 188], "unique"),
                sorted(INFO_PARTS * 2 + NOT_CHECKED), [("column-not-checked", "subset-rows")])
    if name == "average-and-median":
        below = [("Gemiddelde", [911, 977]), ("Mediaan", ["1.002", "1.100"])]
        document = _document(ASKED + ", per provincie.", "Provincie", years, PROVINCES, ["2.700", "2.880"], below)
        return (document, _cells("started_by_province", PROVINCES, years, ["2.700", "2.880"], "unique"),
                sorted(INFO_PARTS * 2 + NOT_CHECKED), [("column-not-checked", "statistic-rows")])
    if name == "share-row":
        rows = [("Man", ["1.120", "1.180"]), ("Vrouw", ["1.870", "1.850"])]
        document = _document(ASKED + ", naar geslacht.", "Geslacht", ["2021", "2022"], rows, ["2.990", "3.030"],
                             [("Aandeel vrouwen (%)", ["62,5", "61,1"])])
        return (document, _cells("started_by_gender", rows, ["2021", "2022"], ["2.990", "3.030"], "additive"),
                NOT_CHECKED, [("column-not-checked", "statistic-rows")])
    if name in ("nationality", "origin"):
        rows = ([("Belg", ["2.410", "2.440"]), ("EU", [210, 220]), ("Niet-EU", [350, 355]), ("Niet gekend", [20, 15])]
                if name == "nationality" else
                [("Belgische herkomst", ["2.410", "2.440"]), ("EU-herkomst", [210, 220]), ("Niet-EU-herkomst", [350, 355])])
        # (the totals 5 short of the rows: an error of a partition, never persons counted twice)
        total = [f"{sum(_count(v[i]) for _, v in rows) - 5:,}".replace(",", ".") for i in range(2)]
        head = "Nationaliteit" if name == "nationality" else "Herkomst"
        document = _document(f"{ASKED}, naar {head.lower()}.", head, ["2021", "2022"], rows, total)
        found = [("parts-exceed-total", "error")] * 2
        return document, _cells(f"started_by_{name}", rows, ["2021", "2022"], total, "additive"), found, []
    if name == "share-column":
        rows = [("-25 jaar", [812, "27,2"]), ("25-54 jaar", ["2.110", "70,6"]), ("55+ jaar", [68, "2,3"])]
        asked = "1. Het aantal unieke cursisten dat in 2022 een OKOT startte in de zorgsector, naar leeftijd."
        document = _document(asked, "Leeftijd", ["Aantal", "%"], rows, ["2.990", "100"])
        counts = [(label, values[:1]) for label, values in rows]
        return (document, _cells("started_by_age", counts, ["2022"], ["2.990"], "additive"), NOT_CHECKED,
                [("column-not-checked", "shares")])
    if name == "caption-with-the-year":
        rows = [("Graduaat orthopedagogie", [118]), ("Hbo verpleegkunde", [402]), ("Pba verpleegkunde", [233])]
        document = _document(ASKED + ", per opleiding.", "Opleiding", ["Aantal"], rows, [741], caption=["Cijfers 2021"])
        return document, _cells("started", rows, ["2021"], [741], "unique"), INFO_PARTS, []
    if name in ("quarters", "quarters-wrapped"):  # (wrapped: each quarter's name wraps in its narrow cell)
        rows = [("-25 jaar", [120, 88]), ("25-54 jaar", [640, 512]), ("55+ jaar", [31, 20])]
        quarters = ["Q1 2022", "Q2 2022"] if name == "quarters" else ["1ste kwartaal 2022", "2de kwartaal 2022"]
        document = _document(ASKED + ", naar leeftijd.", "Leeftijd", quarters, rows, [791, 620])
        return document, [], [("unreadable-table", "error")], [("unreadable-table", "quarter-periods")]
    assert name == "continued", name  # a table over a page break, the rows going on under the page's number
    periods = ["2020", "2021", "2022"]
    rows = [(label, [100 + 7 * k, 110 + 5 * k, 120 + 3 * k]) for k, label in enumerate(PROGRAMMES)]
    total = [sum(v[i] for _, v in rows) - 10 for i in range(3)]
    below = [("waarvan via duaal leren", [120, 130, 140]), ("Gemiddelde", [150, 160, 170])]
    document = _document(ASKED + ", per opleiding.", "Opleiding", periods, rows, total, below)
    unknown = [("code-unknown", "info")] * len(NOT_IN_CATALOGUE)
    return (document, _cells("started", rows, periods, total, "unique"), sorted(INFO_PARTS * 3 + NOT_CHECKED * 2 + unknown),
            [("column-not-checked", "subset-rows"), ("column-not-checked", "statistic-rows")])


SHAPES = ["waarvan-below-total", "waarvan-among-classes", "waarvan-below-a-wrapped-code", "average-and-median",
          "share-row", "nationality", "origin", "share-column", "caption-with-the-year", "quarters", "quarters-wrapped"]


@lru_cache(maxsize=None)
def pdf_of(name: str, style: str) -> bytes:
    return write_pdf(shape(name)[0], {**STYLES, **BREAKS}[style])


read = read_form  # (the PDF itself, or an extractor's text of it)


def cells(answer) -> list[tuple]:
    return [(t.id, c.level, c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells]


def check(answer, name: str) -> None:
    _, expected, found, issues = shape(name)
    assert [(table.removeprefix("Sheet/"), *rest) for table, *rest in cells(answer)] == expected  # (an annex's sheet)
    assert sorted((f.rule, f.severity) for f in audit(answer).findings if f.rule != "error-located") == found
    assert [(i.kind, i.reason) for i in answer.issues] == issues


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("name", SHAPES)
def test_the_new_shapes_in_a_pdf_and_its_extracted_text(name, style, form):
    """Every shape in every style and form. What this found: a ``waarvan`` line below a code
    whose label wraps in its cell (pdfplumber, pdfplumber laid out: ``908001: Educatieve
    bachelor voor 71 138`` / ``kleuteronderwijs - 1ste jaar`` / ``waarvan via duaal leren 12
    20``) made the answer's rows look as if their figures end a label's last line, and the
    label's second line was lost (``label-mismatch``, a false warning). A header of quarters
    whose names wrap in their cells (``Leeftijd 1ste`` / ``kwartaal`` / ``2022`` / ``2de`` … from
    pypdf, ``Leeftijd 1ste 2de`` / ``kwartaal kwartaal`` / ``2022 2022`` from pdfplumber) was
    reported as "table-like lines", not as the table by quarter it is."""
    check(read(pdf_of(name, style), form), name)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("style", list(BREAKS))
def test_a_table_over_a_page_break_with_asides_below_its_total(style, form):
    """24 programmes over two pages, the header not repeated (or repeated), a page's number (and
    maybe the running header) between the rows, ``waarvan`` and ``Gemiddelde`` rows below the
    total: every row read, the asides reported as not checked."""
    answer = read(pdf_of("continued", style), form)
    check(answer, "continued")
    if form in ("pdf", "pdftotext-layout"):  # (pages known: the reader's pages, or form feeds)
        pages = [c.page for t in answer.tables for c in t.cells]
        assert (pages[0], pages[-1]) == (1, 2)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", ["origin", "share-row"])
def test_a_short_one_page_answer_without_a_running_header(name, form):
    """The table the answer's last words, its page's number alone below it, no running header:
    pdfplumber's laid-out text (the grid's lines padded with spaces) holds nine lines of words,
    too few to be told a padded grid by them alone; its padded empty lines say what it is, and
    it is read as single-spaced text (as the footnote marks below and tests/test_unseen_pdfs3.py's
    change and share columns need: read by its columns, which it does not keep, their rows were
    an error)."""
    document = shape(name)[0]
    pdf = write_pdf(Document([item for item in document.items if item != "Bron: VDAB."]), BREAKS["break-page-number"])
    check(read(pdf, form), name)


def test_a_padded_grid_is_told_by_its_padded_empty_lines_too():
    from okot_audit.read.layout import padded_grid

    words = ["    Leeftijd           2021   2022", "    -25 jaar            412    455", "    Totaal              412    455"]
    grid = [line.ljust(60) for line in ["", "    Antwoord op vraag 12", "", *words, "", "", "", "", "", "                  1", ""]]
    assert padded_grid(grid)
    assert not padded_grid([line.rstrip() for line in grid])  # (pdftotext -layout: no padding)
    assert not padded_grid([" " * 4 for _ in range(20)] + words)  # (no line of words padded to the empty lines' width)


def test_plain_pdftotext_text_is_read_right_or_reported_never_passed():
    """Plain ``pdftotext`` prints each cell as a paragraph: read to the truth where its paragraphs
    come in the rows' order (the share row's ``62,5`` / ``61,1`` with them, said not checked as
    from any text), or not read but never passed as clean."""
    if not available("pdftotext"):
        pytest.skip("pdftotext is not installed")
    read_here = []
    for name in ("waarvan-below-total", "share-row", "nationality"):
        answer = read(pdf_of(name, "ruled-top"), "pdftotext")
        if answer.tables:
            check(answer, name)
            read_here.append(name)
        else:
            assert any(f.severity == "error" for f in audit(answer).findings)
    assert read_here == ["waarvan-below-total", "share-row"]


# --- Two tables side by side; a footnote's mark set as a superscript --------------------------

BESIDE_ROWS = [["Antwerpen", "577", "600", "Antwerpen", "120", "131"], ["Limburg", "529", "510", "Limburg", "98", "102"],
               ["Totaal", "1.100", "1.105", "Totaal", "218", "233"]]


@lru_cache(maxsize=None)
def beside_pdf(figures: str, ruled: bool) -> bytes:
    from test_unseen_pdfs import autofit_pdf

    asked = "Het aantal unieke cursisten dat een OKOT startte (links) en dat slaagde (rechts), per provincie."
    return autofit_pdf([*HEAD, asked], ["Provincie", "2021", "2022", "Provincie", "2021", "2022"], BESIDE_ROWS,
                       figure_align=figures, ruled=ruled, left_columns=(0, 3), bold=(2,))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("figures, ruled", [("R", True), ("C", False)])
def test_two_tables_side_by_side_in_a_pdf(figures, ruled, form):
    answer = read(beside_pdf(figures, ruled), form)
    assert answer.tables == []
    assert [(i.kind, i.reason, i.other, i.numbers) for i in answer.issues] == [
        ("unreadable-table", "side-by-side", "Provincie 2021 2022", (577, 600, 120, 131, 529, 510, 98, 102, 1100, 1105, 218, 233)),
    ]
    assert [(f.rule, f.severity) for f in audit(answer).findings] == [("unreadable-table", "error")]


AGE_CELLS = [("started_by_age", "row", "-25 jaar", "2021", 412, None), ("started_by_age", "row", "-25 jaar", "2022", 455, None),
             ("started_by_age", "row", "25-54 jaar", "2021", 1234, None), ("started_by_age", "row", "25-54 jaar", "2022", 1300, None),
             ("started_by_age", "row", "55+ jaar", "2021", 61, None), ("started_by_age", "row", "55+ jaar", "2022", 70, None),
             ("started_by_age", "total", "Totaal", "2021", 1707, "additive"),
             ("started_by_age", "total", "Totaal", "2022", 1825, "additive")]
MARKED = {
    "thousands": (("1.234^1", "1.300"), ["^1 Inclusief de jongeren in een duaal traject."]),
    "thousands-glued-note": (("1.234^1", "1.300"), ["^1Inclusief de jongeren in een duaal traject."]),
    "last-figure": (("1.234", "1.300^2"), ["^2 Voorlopig cijfer."]),
    "both": (("1.234^1", "1.300^2"), ["^1 Inclusief de jongeren in een duaal traject.", "^2 Voorlopig cijfer."]),
}


@lru_cache(maxsize=None)
def marked_pdf(case: str, figures: str) -> bytes:
    from test_unseen_pdfs import autofit_pdf

    (first, second), notes = MARKED[case]
    rows = [["-25 jaar", "412", "455"], ["25-54 jaar", first, second], ["55+ jaar", "61", "70"], ["Totaal", "1.707", "1.825"]]
    return autofit_pdf([*HEAD, ASKED + ", naar leeftijd."], ["Leeftijd", "2021", "2022"], rows, figure_align=figures,
                       bold=(3,), after=notes)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("figures", ["R", "C"])
@pytest.mark.parametrize("case", list(MARKED))
def test_a_footnotes_superscript_mark_on_a_figure_in_a_pdf(case, figures, form):
    """``1.234¹`` with ``¹ Inclusief …`` below the table, the marks set small and raised as a
    word processor sets them. The PDF's own words held the mark apart (``1.234`` ``1``): one
    figure too many on the row, an ``unreadable-table`` error. The reader writes a mark so set as
    the text reader writes ``¹`` — ``1.234(1)``, ``(1) Inclusief …`` — and cuts it as any
    footnote's mark. The extractors flatten it (``1.2341``); pdfplumber and pypdf glue the note's
    mark to its first word where the PDF draws no space (``1Inclusief …``): that note was not
    seen, and the row was an ``ambiguous-alignment`` error. pdfplumber's laid-out text of this
    short answer (nine lines of words) was read by its columns, which it does not keep: the
    row was reported unread though its note explains the mark. ``pdftotext -layout`` prints
    each raised mark on a line of its own above its text (``                1`` over ``25-54 jaar
    1.234  1.300``, ``1`` over ``Inclusief …``): the mark was one more figure of the row below,
    and the note's mark was joined to the total above it (``1 Totaal``, no total: a false
    ``total-missing`` warning)."""
    answer = read(marked_pdf(case, figures), form)
    assert cells(answer) == AGE_CELLS
    assert answer.issues == []
    assert audit(answer).findings == []


@pytest.mark.parametrize("header, first, partial", [
    (["Leeftijd", "2021", "2022^1"], "412", [False, True]),  # a period's note: 2022 provisional
    (["Leeftijd", "2021", "2022"], "412^1", [False, False]),  # a figure without thousands
])
def test_a_superscript_mark_on_a_period_or_a_small_figure_in_a_pdf(header, first, partial):
    """``2022¹`` over the periods with ``¹ Voorlopig cijfer.``, and ``412¹``: the PDF's mark, held
    apart, was a period or a figure too many. Written ``2022(1)`` as ``2022¹`` is, it is the
    period's note (partial); on ``412`` the figure's note."""
    from test_unseen_pdfs import autofit_pdf

    rows = [["-25 jaar", first, "455"], ["25-54 jaar", "1.234", "1.300"], ["Totaal", "1.646", "1.755"]]
    note = "^1 Voorlopig cijfer." if "^" in header[2] else "^1 Inclusief de jongeren in een duaal traject."
    answer = read(autofit_pdf([*HEAD, ASKED + ", naar leeftijd."], header, rows, after=[note]), "pdf")
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("-25 jaar", "2021", 412), ("-25 jaar", "2022", 455), ("25-54 jaar", "2021", 1234), ("25-54 jaar", "2022", 1300),
        ("Totaal", "2021", 1646), ("Totaal", "2022", 1755),
    ]
    assert [p.partial for t in answer.tables for p in t.periods] == partial
    assert [f.rule for f in audit(answer).findings] == (["partial-period"] if partial[1] else [])


def test_a_superscript_mark_no_footnote_explains_stays_reported():
    """What stays: a small raised digit after a figure with no footnote of that mark is not cut."""
    from test_unseen_pdfs import autofit_pdf

    rows = [["-25 jaar", "412", "455"], ["25-54 jaar", "1.234^1", "1.300"], ["55+ jaar", "61", "70"], ["Totaal", "1.707", "1.825"]]
    pdf = autofit_pdf([*HEAD, ASKED + ", naar leeftijd."], ["Leeftijd", "2021", "2022"], rows, bold=(3,),
                      after=["^2 Voorlopig cijfer."])
    answer = read(pdf, "pdf")
    assert "25-54 jaar" not in [label for _, _, label, *_ in cells(answer)]
    assert any(f.severity == "error" and f.line for f in audit(answer).findings)


# --- The same shapes in an .xlsx annex ----------------------------------------------------------

def annex(name: str) -> bytes:
    """The shape's table as a sheet: the text before it as cells of the first column, the
    header, the rows (counts as numbers, shares as decimals), the rows below its total."""
    openpyxl = pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for item in shape(name)[0].items:
        if isinstance(item, PdfTable):
            sheet.append([item.title, *item.periods])
            for row in item.rows:
                sheet.append([row.label, *(_value(v) for v in row.values)])
        else:
            sheet.append([item])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _value(value):
    text = str(value)
    return float(text.replace(",", ".")) if "," in text else int(text.replace(".", ""))


@pytest.mark.parametrize("name", [*SHAPES, "continued"])
def test_the_new_shapes_in_an_annex(name):
    check(parse_answer(source_from_bytes(annex(name), "annex.xlsx")), name)


@pytest.mark.parametrize("gap", [False, True], ids=["adjacent", "empty-column-between"])
def test_two_tables_side_by_side_in_an_annex(gap):
    openpyxl = pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Het aantal unieke cursisten dat een OKOT startte (links) en dat slaagde (rechts), per provincie."])
    between = [None] if gap else []
    sheet.append(["Provincie", "2021", "2022", *between, "Provincie", "2021", "2022"])
    for row in BESIDE_ROWS:
        sheet.append([*(_value(v) if v[0].isdigit() else v for v in row[:3]), *between,
                      *(_value(v) if v[0].isdigit() else v for v in row[3:])])
    buffer = io.BytesIO()
    book.save(buffer)
    answer = parse_answer(source_from_bytes(buffer.getvalue(), "annex.xlsx"))
    # (xlsx20: a sheet's tables side by side are parted, each its own cells; the caption names
    # what each counts in its order — no longer reported as unread)
    assert answer.issues == []
    assert [(t.measure, [c.count for c in t.cells]) for t in answer.tables] == [
        ("started", [577, 600, 529, 510, 1100, 1105]), ("graduated", [120, 131, 98, 102, 218, 233]),
    ]
