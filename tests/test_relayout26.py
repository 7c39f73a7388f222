"""Session 26 (relayout26): laid-out text (``pdftotext -layout``) of a table whose rows go on
over a page break, read as a person reads it: a subtotal's name wrapped onto the line of its
figures (``Subtotaal`` / ``onderwijs  279 …``) tells that a sector's name alone heads a block on
the page after the break, as ``Subtotaal onderwijs`` on one line does; and a block's head printed
last on its page (``25-54 jaar``, its rows on the next page) is no line of the row above it."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

# red26 ``sectorblocks``, narrow bottom-aligned style, the header repeated after the page break
# (pdftotext -layout): the names wrap over two or three lines, their figures beside the last.
SECTORS_AFTER_BREAK = "\n".join([
    "OKOT's in de zorg en het onderwijs - gestarte cursisten per opleiding",
    "Antwoord",
    "De tabel geeft het aantal unieke cursisten per opleiding. Wie twee opleidingen startte, telt in het",
    "subtotaal en het totaal één keer; de kolom Totaal telt wie in meer dan één jaar startte één keer.",
    "Tabel 1. Unieke cursisten met gestarte OKOT'(s) per sector en opleiding",
    "",
    "Opleiding             2021         2022         2023          Totaal",
    "Zorg",
    "Graduaat",
    "orthopedagogie           28          84          102            206",
    "Professionele",
    "bachelor",
    "verpleegkunde            99         123          139            355",
    "Se-n-se",
    "opvoeder",
    "leefgroepenwer",
    "king                     62          98            67           221",
    "",
    "",
    "                                             Pagina 1 van 2",
    "\fOpleiding          2021   2022     2023           Totaal",
    "Subtotaal",
    "zorg                186   301        303            770",
    "Onderwijs",
    "Specifieke",
    "lerarenopleiding     79    163       135            365",
    "Educatieve",
    "graduaatsopleid",
    "ing                 162    129         41           321",
    "Verkorte",
    "educatieve",
    "master               42     76       124            235",
    "Subtotaal",
    "onderwijs           {onderwijs}   357        295            901",
    "Totaal              449   641        586           1626",
    "",
    "",
    "Bron: VDAB.",
    "",
    "",
    "                                 Pagina 2 van 2",
    "\f",
])


@pytest.mark.parametrize("onderwijs", [279, 289])
def test_a_sectors_block_after_a_page_break_with_its_subtotal_wrapped_reads_its_names_whole(onderwijs):
    """On the page after the break no line ``Subtotaal <sector>`` stands whole (each wrapped: the
    sector's name beside the figures) and no sector's name heads the page: the run of rows
    stopped at ``Onderwijs``, and the names below were joined as if the figures stood beside
    their first lines (``Onderwijs Specifieke lerarenopleiding Educatieve graduaatsopleid  79``,
    ``ing Verkorte educatieve  162``): every figure right, every name wrong, no error
    (read/pdf_wrapped.py _closed_sectors). A subtotal's words wrapped read as on one line."""
    text = SECTORS_AFTER_BREAK.replace("{onderwijs}", str(onderwijs))
    read = read_text(text, "s.txt")
    rows = {(c.label, c.period): c.count for t in read.tables for c in t.cells if c.level == "row"}
    assert {label for label, _ in rows} == {
        "Graduaat orthopedagogie", "Professionele bachelor verpleegkunde", "Se-n-se opvoeder leefgroepenwerking",
        "Specifieke lerarenopleiding", "Educatieve graduaatsopleiding", "Verkorte educatieve master"}
    assert rows["Specifieke lerarenopleiding", "2021"] == 79
    assert rows["Educatieve graduaatsopleiding", "2023"] == 41
    assert rows["Verkorte educatieve master", "Totaal"] == 235
    errors = [(f.rule, f.period, f.stated) for f in audit(read).findings if f.severity in ("error", "warning")]
    assert errors == ([] if onderwijs == 279 else [("total-exceeds-parts", "2021", 289)])


# red26 ``agegender``, unruled bottom-aligned style (pdftotext -layout): the page breaks right
# after the heading of an age class, its rows on the next page, no header repeated.
AGES_AFTER_BREAK = "\n".join([
    "OKOT's in de zorg - profiel van de gestarte cursisten",
    "Antwoord",
    "De tabel geeft het aantal unieke cursisten dat in het jaar een OKOT in de zorg startte, naar leeftijdsklasse",
    "bij de start en, binnen elke leeftijdsklasse, naar geslacht.",
    "Tabel 1. Unieke cursisten met gestarte OKOT'(s) naar leeftijd en geslacht",
    "",
    "Leeftijd en geslacht          2020          2021          2022",
    "-25 jaar",
    "Man                              37            26               35",
    "Vrouw                           110           115              101",
    "Subtotaal                       147           141              136",
    "{head}",
    "",
    "",
    "",
    "",
    "                                              Pagina 1 van 2",
    "\fMan                          214    254               202",
    "Vrouw                        594    738               727",
    "Subtotaal                    808    992               929",
    "55+ jaar",
    "Man                            7      8                 6",
    "Vrouw                         34     26                32",
    "Subtotaal                    41      34               38",
    "Totaal                       996   1167          1103",
    "",
    "",
    "Bron: VDAB, datawarehouse.",
    "",
    "",
    "                                     Pagina 2 van 2",
    "\f",
])


@pytest.mark.parametrize("head", ["25-54 jaar", "Vrouwen"])
def test_a_blocks_head_printed_last_on_its_page_heads_the_rows_on_the_next(head):
    """``25-54 jaar`` last on page 1, its Man / Vrouw / Subtotaal on page 2: nothing on its own
    page stood below it, so it was read as the subtotal's label wrapped (``Subtotaal 25-54
    jaar``), every block below named one up and the last one's rows twice (``duplicate-row``)
    (read/pdf.py _rows: read/heads.py heads_block looks at the line below, on the same page).
    The first row of the next page is the one below it; the block reads whole."""
    read = read_text(AGES_AFTER_BREAK.replace("{head}", head), "a.txt")
    labels = [c.label for t in read.tables for c in t.cells if c.period == "2020"]
    assert "Subtotaal 25-54 jaar" not in labels and f"Subtotaal {head}" not in labels
    assert not [f for f in audit(read).findings if f.rule == "duplicate-row"]
    subtotal = [c for t in read.tables for c in t.cells if c.period == "2020" and c.count == 808]
    assert len(subtotal) == 1 and subtotal[0].block.lower() == head.lower()


def _tight_pdf(pages: list[list]) -> bytes:
    """A PDF whose lines stand 4.6 mm apart in a 10 pt font (no row padding: the gap between two
    rows is the gap between two lines of one label), each line a text or a row (its label, its
    figures right-aligned in columns)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=10)
    for lines in pages:
        pdf.add_page()
        for k, line in enumerate(lines):
            y = 20 + 4.6 * k
            label, *figures = (line,) if isinstance(line, str) else line
            pdf.text(20, y, label)
            for j, figure in enumerate(figures):
                pdf.text(100 + 25 * j - pdf.get_string_width(str(figure)), y, str(figure))
    return bytes(pdf.output())


@pytest.mark.parametrize("repeat", [False, True])
@pytest.mark.parametrize("head", ["25-54 jaar", "Vrouwen"])
def test_a_pdfs_blocks_head_printed_last_on_its_page_heads_the_rows_on_the_next(head, repeat):
    """The same in a PDF whose rows stand as close as a label's lines, the header repeated at the
    next page's top or not: before, ``Subtotaal 25-54 jaar`` and two ``duplicate-row`` errors
    (read/pdf.py _rows)."""
    pytest.importorskip("fpdf")
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    page1 = ["OKOT's in de zorg - profiel van de gestarte cursisten", "Antwoord",
             "De tabel geeft het aantal unieke cursisten dat in het jaar een OKOT in de zorg startte.",
             "Tabel 1. Unieke cursisten met gestarte OKOT'(s) naar leeftijd en geslacht",
             ("Leeftijd en geslacht", "2020", "2021", "2022"), "-25 jaar", ("Man", 37, 26, 35),
             ("Vrouw", 110, 115, 101), ("Subtotaal", 147, 141, 136), head]
    page2 = [*([page1[4]] if repeat else []), ("Man", 214, 254, 202), ("Vrouw", 594, 738, 727), ("Subtotaal", 808, 992, 929), "55+ jaar",
             ("Man", 7, 8, 6), ("Vrouw", 34, 26, 32), ("Subtotaal", 41, 34, 38), ("Totaal", 996, 1167, 1103),
             "", "Bron: VDAB."]
    read = parse_answer(source_from_bytes(_tight_pdf([page1, page2]), "a.pdf"))
    subtotal = [c for t in read.tables for c in t.cells if c.period == "2020" and c.count == 808]
    assert len(subtotal) == 1 and subtotal[0].block.lower() == head.lower()
    assert [c.label for t in read.tables for c in t.cells if c.period == "2020" and c.count == 147] == ["Subtotaal"]
    assert [f.rule for f in audit(read).findings if f.severity != "info"] == []
