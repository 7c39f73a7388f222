"""PDFs and extractor text as users hold them, round 22: words no text of the answer knows
broken at a narrow cell's edge.

Each PDF is drawn here with fpdf2 and read back; each test asserts the exact labels and
findings a correct reader gives, and failed on the reader before its fix.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import read_form  # noqa: E402
from test_unseen_pdfs8 import NAME_HEAD, NAME_PERIODS, table_pdf  # noqa: E402
from test_unseen_pdfs9 import V_ALIGNS, expected, findings, named, total, unknown_names  # noqa: E402
from test_unseen_pdfs9 import cells as labels  # noqa: E402

# 1. A word no text of the answer knows, broken at its cell's edge.

#: Names whose long words neither the catalogue nor the answer's prose use (``verpleegkundige``,
#: ``kinderbegeleiding``, ``ergotherapeut``, ``logopedist``), beside names the catalogue knows.
UNKNOWN = [["Verpleegkundige", "61", "64", "70"], ["Graduaat kinderbegeleiding", "118", "131", "142"],
           ["Ergotherapeut", "15", "17", "12"], ["Logopedist", "5", "7", "2"],
           ["Bachelor in de verpleegkunde (avondonderwijs)", "240", "251", "262"]]
UNKNOWN = [*UNKNOWN, total(UNKNOWN)]


@lru_cache(maxsize=None)
def unknown_pdf(label_width: float, ruled: bool, v_align: str) -> bytes:
    return table_pdf(tuple(NAME_HEAD), (("Opleiding", *NAME_PERIODS), *map(tuple, UNKNOWN)), label_width, ruled, v_align)


@pytest.mark.parametrize("v_align", V_ALIGNS)
@pytest.mark.parametrize("label_width", [15.0, 17.0, 18.0, 20.0, 25.0, 30.0])
def test_a_word_no_text_knows_broken_at_the_ruled_cell_s_edge_is_one_word(label_width, v_align):
    """``Verpleeg`` / ``kundige``, ``Ergothe`` / ``rapeut``, ``kinderbegel`` / ``eiding``: the
    cell's edge broke a word too long for it, and no text of the answer (nor the catalogue)
    uses the word, so nothing vouched for the break: the labels kept a space inside the word
    (``Verpleeg kundige``), names of no programme, and nothing said so. In a ruled table the
    cell's box gives its edge: the piece alone on its line ends less than a letter short of it
    (the next letter would not have fit), so the pieces are one word. A line broken between two
    words keeps its space where its word ends short of the edge (``Graduaat`` /
    ``kinderbegeleiding`` at 30 mm), or where it is a word the answer or the catalogue knows
    (``Graduaat``, ``Bachelor in de``)."""
    answer = read_form(unknown_pdf(label_width, True, v_align), "pdf")
    assert labels(answer) == expected(UNKNOWN)
    # (the names whole: ``Verpleegkundige`` alone may be the bachelor's or the graduate's, both
    # in sector zorg, so its sector is checked and nothing is said; the next three name no
    # programme the catalogue knows and are said so; ``Verpleeg kundige`` would be too)
    names = [row[0] for row in UNKNOWN[1:4]]
    assert findings(answer) == unknown_names(*names)
    assert named(answer) == [("code-unknown", name) for name in names]


def test_a_lone_word_short_of_the_edge_keeps_its_space():
    """What the edge decides, on the cells themselves (a box from 27 to 91 points, the text 3
    points in from its sides: the edge at 88): a lone word that ends more than a letter short
    of it is no piece of a word (the next word's first letter would have fit after it); one that
    ends within a letter of it is; a line of two words is none; no box, no edge."""
    from okot_audit.read.pdf import _at_edge, _Cell

    rules = [(120.0, 27.0, 91.0), (140.0, 0.0, 500.0)]
    short = _Cell(30.0, 88.0, ["Graduaat", "kinderbegeleiding"], [(72.9, 10.0, 5.0), (88.0, 10.0, 5.0)])
    full = _Cell(30.0, 88.0, ["Verpleegkun", "dige"], [(84.5, 10.0, 5.0), (50.0, 10.0, 5.0)])
    words = _Cell(30.0, 88.0, ["Bachelor in", "de"], [(86.0, 10.0, 5.0), (42.0, 10.0, 5.0)])
    assert [_at_edge(cell, 1, rules) for cell in (short, full, words)] == [False, True, False]
    assert _at_edge(full, 1, []) is False


# 2. A laid-out table over two pages whose first page's header lacks its month line.

from test_unseen_pdfs21 import HEAD as LAID_HEAD  # noqa: E402
from test_unseen_pdfs21 import _header, _row  # noqa: E402

#: Where the three periods' columns end, and the periods (month, year) of the second page's header.
ENDS = [80, 90, 100]
MONTHS = [("juni", "2023"), ("juli", "2023"), ("augustus", "2023")]
FIRST_ROWS = [("Antwerpen".ljust(26) + "Lasser", [10, 20, 30]), ("".ljust(26) + "Verzorgende", [11, 21, 31])]


def _two_pages(first_header: list[str], feed: str) -> str:
    """``pdftotext -layout`` of a table of one province over two pages: the first page's header
    `first_header`, the second's the months over their years; the rows' figures right-aligned
    under the periods."""
    lines = [*first_header, ""]
    lines += [_row(label, counts, ENDS, [0, 0, 0]) for label, counts in FIRST_ROWS]
    lines += ["", feed + "\n".join(_header(MONTHS, ENDS, [True] * 3)), ""]
    lines.append(_row("".ljust(26) + "Boekhouder", [12, 22, 32], ENDS, [0, 0, 0]))
    lines.append(_row("Totaal Antwerpen", [33, 63, 93], ENDS, [0, 0, 0]))
    lines.append(_row("Eindtotaal", [33, 63, 93], ENDS, [0, 0, 0]))
    return LAID_HEAD + "\n".join(lines) + "\n"


@pytest.mark.parametrize("feed", ["\f", ""], ids=["form-feed", "no-feed"])
def test_rows_under_a_first_page_header_without_its_month_line_are_no_title(feed):
    """The first page's header printed its years only (``Provincie  Opleiding  2023  2023
    2023``: the line of months above them lost), the second page's the months over their years.
    Laid out, the page's lines stand without the blank lines between them, and the second
    header's title ran up over the first page's rows and header (``Provincie Opleiding 2023
    2023 2023 Lasser 10 20 30 Verzorgende 11 21 31 Provincie Opleiding``): their figures lost,
    no finding about them. A line of counts is no line of a header: the first page's lines
    are a table that could not be read, said at its line with its figures."""
    from okot_audit import read_text

    years = _header(MONTHS, ENDS, [True] * 3)[1:]
    answer = read_text(_two_pages(years, feed), "generated.txt")
    assert all("Lasser" not in table.title for table in answer.tables)
    assert [(i.kind, i.line) for i in answer.issues] == [("unreadable-table", 8)]
    assert set(answer.issues[0].numbers) >= {10, 20, 30, 11, 21, 31}
    assert sorted((c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row") == [
        ("Boekhouder", "2023-06", 12), ("Boekhouder", "2023-07", 22), ("Boekhouder", "2023-08", 32)]


@pytest.mark.parametrize("feed", ["\f", ""], ids=["form-feed", "no-feed"])
def test_a_first_page_header_with_its_months_on_one_line_is_read(feed):
    """What stays: the first page's header on one line (``juni 2023  juli 2023  augustus
    2023``), the second's wrapped: every row read under its month, nothing reported."""
    from okot_audit import read_text

    single = _header(MONTHS, ENDS, [False] * 3)
    answer = read_text(_two_pages(single, feed), "generated.txt")
    assert answer.issues == []
    assert len([c for t in answer.tables for c in t.cells if c.level == "row"]) == 9


# 3. A name whose first line is a sector's name, the table the text's last lines.

@pytest.mark.parametrize("sector", ["Logistiek", "Zorg", "Horeca", "Techniek"])
@pytest.mark.parametrize("lines", [["{0}", "assistent 15 17 12"], ["{0}", "assistent", "15 17 12"],
                                   ["{0}", "15 17 12", "assistent"]], ids=["beside", "below", "centred"])
def test_a_name_s_first_line_that_names_a_sector_is_the_name_s_at_the_text_s_end(sector, lines):
    """``Logistiek`` / ``assistent 15 17 12`` as the table's last row, no total below it and
    nothing after it (single-spaced text cut after its table): ``Logistiek`` was taken for the
    head of a sector's block and dropped, the row read as ``assistent`` — the look at the name's
    next line asked for two lines below the sector's name, and the text held one."""
    from okot_audit import read_text

    text = "\n".join([
        "Onderwijskwalificerende opleidingstrajecten (OKOT's)",
        "1. Het aantal unieke cursisten dat startte.",
        "Opleiding 2021 2022 2023",
        "Zorgkundige 61 64 70",
        *(line.format(sector) for line in lines),
    ])
    answer = read_text(text, "a.txt")
    assert [(c.label, c.count) for t in answer.tables for c in t.cells if c.period == "2021"] == [
        ("Zorgkundige", 61), (f"{sector} assistent", 15)]
    assert answer.issues == []


# 4. Programme names wrapped beside a province's cell that spans the block's rows.

@lru_cache(maxsize=None)
def spanned_pdf(ruled: bool, v_align: str) -> bytes:
    """A province block of two programmes whose names wrap over four lines of their cells, the
    province's cell spanning the block's rows (its name centred on them, between the rows)."""
    from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf

    rows = [
        PdfRow(SPANNED[0][0], SPANNED[0][1], "row", "Vlaams-Brabant"),
        PdfRow(SPANNED[1][0], SPANNED[1][1], "row", "Vlaams-Brabant"),
        PdfRow("Totaal Vlaams-Brabant", [90, 70], "subtotal", "Vlaams-Brabant"),
        PdfRow("Eindtotaal", [90, 70], "total"),
    ]
    document = Document(["OKOT's - Onderwijssector", "ANTWOORD\nop vraag nr. 1 van 1 januari 2016",
                         "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.",
                         PdfTable("x", ["2018", "2019"], rows, "province")])
    return write_pdf(document, PdfStyle(ruled=ruled, v_align=v_align, label_width=45.0))


SPANNED = [("Graduaat educ lerarenopleiding secundair opvoeder verkort traject module", [62, 45]),
           ("Educatieve tandartsassistent leefgroepenwerking secundair secundair onderwijs", [37, 29])]


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"])
@pytest.mark.parametrize("v_align", V_ALIGNS)
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_names_wrapped_beside_a_spanning_province_cell_are_each_their_row_s(ruled, v_align, form):
    """``Vlaams-Brabant`` alone on its line between the two rows' names (its cell spans them),
    the figures centred on each name or beside its last line: unruled (and as ``pdftotext
    -layout`` prints it), the names' lines were joined by nearness — an ``unreadable-table``,
    or, silently, the second row's name reduced to its last lines (``secundair secundair
    onderwijs``), its first lines on the first row's. The names start under the header's second
    cell (``Opleiding``); the province's column left of them holds the block's name, a line of
    the row beside it: the rows are told apart by where their figures stand, as without it."""
    answer = read_form(spanned_pdf(ruled, v_align), form)
    assert answer.issues == []
    assert [(c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"] == [
        (label, count) for label, counts in SPANNED for count in counts]


# 5. A note's or source's line between a table's rows; a lone row under a header read as none.

@pytest.mark.parametrize("form", ["pdftotext-layout", "pdfplumber", "pypdf"])
def test_a_source_line_under_a_programme_s_row_is_no_line_of_the_next_name(form):
    """``Bron: VDAB`` set right under ``Graduaat orthopedagogie  118  131  142``: in text forms
    the next row was read as ``Bron: VDAB Graduaat verpleegkunde`` (a programme no catalogue
    knows, no finding)."""
    from test_unseen_pdfs8 import NAME_CELLS, NAME_ROWS, cells, noted_name_pdf

    answer = read_form(noted_name_pdf("Bron: VDAB", NAME_ROWS[0][0], False), form)
    assert cells(answer) == NAME_CELLS


NOTED_HEAD = ("ANTWOORD op vraag nr. 305 van 14 maart 2023\n"
              "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per opleiding.\n\n")
NOTED_PLAIN = ["Opleiding 2021 2022", "Graduaat orthopedagogie 118 131", "Graduaat verpleegkunde 240 251",
               "Bachelor in de verpleegkunde 88 90", "Totaal 440 465"]
NOTED_KEYED = ["Opleiding 2018 2019", "900124: Tweedekansonderwijs zorgkundige - tweede jaar 118 131",
               "900123: Tweedekansonderwijs zorgkundige", "- 1ste jaar 240 251", "Totaal 358 382"]


@pytest.mark.parametrize("note", ["Bron: VDAB", "Bron: VDAB 2023", "Noot: cijfers voorlopig", "Opmerking: zonder Brussel"])
@pytest.mark.parametrize("table, at", [(NOTED_PLAIN, 1), (NOTED_PLAIN, 2), (NOTED_PLAIN, 3), (NOTED_PLAIN, 4),
                                       (NOTED_KEYED, 2), (NOTED_KEYED, 4)])
def test_a_note_s_line_between_rows_is_no_line_of_a_row_s_label(table, at, note):
    """A note's or the source's line (``Bron: VDAB``, ``Noot: …``, ``Opmerking: …``) set between
    a table's rows, or right under its header: text forms joined it to the name of the row
    below it (``Bron: VDAB Graduaat verpleegkunde``) or, in a table of codes, to the label of
    the row above it (``… - 1ste jaar Noot: cijfers voorlopig``: a ``label-mismatch`` warning),
    and a year in it was taken for a row's figure (an ``ambiguous-alignment`` error). It is no
    line of any label, and the table goes on below it, as under a footnote's mark
    (``(*) cijfers tot 30 juni``)."""
    from okot_audit import audit, read_text

    lines = [*table[:at], note, *table[at:]]
    answer = read_text(NOTED_HEAD + "\n".join(lines) + "\n", "noted.txt")
    assert answer.issues == []
    labels = (["Tweedekansonderwijs zorgkundige - tweede jaar", "Tweedekansonderwijs zorgkundige - 1ste jaar"]
              if table is NOTED_KEYED else [" ".join(r.split()[:-2]) for r in table[1:-1]])
    assert [c.label for t in answer.tables for c in t.cells if c.level == "row"][::2] == labels
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


#: A row under a header whose periods were not read (``juli`` wrapped above the header printed
#: again), laid out: used by tests/test_loud23.py too.
UNDER_REPEATED_HEADER = (
    "Provincie                 Opleiding                                    juni 2023  2023   augustus 2023\n\n"
    "Antwerpen                 Boekhouder                                          549    345           2.998\n\n"
    "                                                                                juli\n"
    "Provincie                 Opleiding                                  juni 2023  2023   augustus 2023\n\n"
    "                          Lasser                                           2.351    301             319\n"
    "Totaal Antwerpen                                                             2.900  646            3.317\n"
    "Eindtotaal                                                                 2.900    646           3.317\n"
)


def test_a_lone_row_under_a_first_page_header_that_lost_a_month_is_said():
    """The first page's header lost one month's name (``juli`` stood on a line of its own, lost
    with it), its one row under it: the row was read in no table and, one line alone, taken for
    prose's, its figures dropped without a word. A line right above it worded as a header of
    periods (its first word a row key, ``Provincie``; years and no other number among its
    words) makes it a row of a table whose periods were not read: said at its line, with its
    figures and the header's words."""
    from okot_audit import audit, read_text

    body = UNDER_REPEATED_HEADER
    answer = read_text(LAID_HEAD + body, "generated.txt")
    said = {n for issue in answer.issues for n in issue.numbers}
    read = {c.count for t in answer.tables for c in t.cells}
    assert {549, 345, 2998} <= said | read
    row = LAID_HEAD.count("\n") + 3
    assert [(i.kind, i.reason, i.line, i.numbers, i.other) for i in answer.issues] == [
        ("unreadable-table", "row-under-header", row, (549, 345, 2998), "Provincie Opleiding juni 2023 2023 augustus 2023")]
    said = [f for f in audit(answer).findings if f.rule == "unreadable-table"]
    assert [(f.severity, f.line) for f in said] == [("error", row)]
    assert "('Provincie Opleiding juni 2023 2023 augustus 2023')" in said[0].message
    assert "(549, 345, 2998)" in said[0].message
