"""Examples the round-trip properties over every table shape found (tests/test_shapes_forms.py),
kept as explicit regression tests: each is the smallest text of the failing example that still
shows the reader's error, and what a correct reader reads from it.
"""

from __future__ import annotations

from okot_audit import audit, read_text

HEAD = (
    "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 12 van 3 maart 2021\n\n"
    "1. Hieronder vindt u het aantal gestarte unieke cursisten {by}.\n\n"
)


def _answer(by: str, *lines: str):
    return read_text(HEAD.format(by=by) + "\n".join(lines) + "\n", "shape.txt")


def _rows(answer) -> dict:
    return {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}


def test_a_partitions_total_of_unique_persons_is_additive():
    """Found in the seeds' form: a partition by gender closed by ``Totaal unieke cursisten``.
    Each person has one gender, so the total of unique persons is the sum of the rows
    (words.py: "additive whatever the unit"); it was read as a unique total, which lets a
    total below the sum of its rows pass as double counting."""
    answer = _answer("naar geslacht", "Geslacht 2019 2020", "Man 10 12", "Vrouw 20 22", "Totaal unieke cursisten 30 34")
    assert answer.issues == []
    totals = {c.period: c.semantics for t in answer.tables for c in t.cells if c.level == "total"}
    assert totals == {"2019": "additive", "2020": "additive"}
    wrong = _answer("naar geslacht", "Geslacht 2019 2020", "Man 10 12", "Vrouw 20 22", "Totaal unieke cursisten 28 34")
    errors = [f for f in audit(wrong).findings if f.severity == "error"]
    assert [(f.rule, f.period) for f in errors] == [("parts-exceed-total", "2019")]


def test_a_month_a_sentence_calls_provisional_is_partial():
    """Found in the seeds' form: ``De cijfers voor november 2016 zijn voorlopig.`` names the
    period ``2016-11`` as the header prints it; it was looked for as ``2016-11`` only."""
    text = HEAD.format(by="naar scholingsniveau").replace(
        "niveau.\n", "niveau. De cijfers voor november 2016 zijn voorlopig.\n")
    answer = read_text(text + "Scholingsniveau oktober 2016 november 2016\nlaaggeschoold 17 3\n"
                       "hooggeschoold 48 5\nTotaal 65 8\n", "months.txt")
    assert answer.issues == []
    assert [(p.label, p.partial) for p in answer.tables[0].periods] == [("2016-10", False), ("2016-11", True)]


def test_a_name_wrapped_after_its_own_number_goes_on_below():
    """Found in the seeds' form: programme names without code, wrapped over lines, a line ending
    in the name's own number (after a hyphen or a counting word, or a range going on below:
    ``- 1`` / ``opvoeder``, ``fase 1-`` / ``2`` / ``educ``, ``orthopedagogie 2`` / ``- 3``,
    ``kinderzorg 2`` / ``-`` / ``3``). Each such line was read as a row counting that number,
    and the rest of the name as another row with the counts."""
    answer = _answer(
        "per opleiding", "Opleiding 2022 2023",
        "Se-n-se onderwijs: opvoeder  - 1 ", "opvoeder 51 54",
        "Verkorte traject beroepsonderwijs fase 1- ", "2 ", "educ 7 51",
        "Graduaat orthopedagogie 2", "- 3 vorming 33 21",
        "Verkorte kinderzorg 2", "- ", "3 63 54",
        "Totaal 154 180",
    )
    # (``opvoeder  - 1`` / ``opvoeder 51 54`` under two periods: the name's own number, or a blank's
    # mark and a count of a row of its own — the unique totals fit both, 181 >= 180 counted twice:
    # the name's reading stands and the 1 is said, never lost in silence; parse.numbers_in_names)
    assert [(i.kind, i.reason, i.line, i.numbers) for i in answer.issues] == [("stray-number", "number-in-name", 9, (1,))]
    assert _rows(answer) == {
        ("Se-n-se onderwijs: opvoeder - 1 opvoeder", "2022"): 51, ("Se-n-se onderwijs: opvoeder - 1 opvoeder", "2023"): 54,
        ("Verkorte traject beroepsonderwijs fase 1- 2 educ", "2022"): 7, ("Verkorte traject beroepsonderwijs fase 1- 2 educ", "2023"): 51,
        ("Graduaat orthopedagogie 2 - 3 vorming", "2022"): 33, ("Graduaat orthopedagogie 2 - 3 vorming", "2023"): 21,
        ("Verkorte kinderzorg 2 - 3", "2022"): 63, ("Verkorte kinderzorg 2 - 3", "2023"): 54,
    }


def test_a_category_ending_in_a_counting_word_is_a_whole_row():
    """The rule above leaves whole labels alone: ``-25 jaar 1`` is the age class with 1 person,
    although ``jaar`` is a word a label's number follows and a digit starts the next line."""
    answer = _answer("naar leeftijd", "Leeftijd 2021 2022", "-25 jaar 1", "25-54 jaar 12 13", "55+ jaar 3 4", "Totaal 16 17")
    assert answer.issues == []
    assert _rows(answer)[("-25 jaar", "2021")] == 1


def test_one_column_whose_first_name_ends_in_its_own_number():
    """Found in the seeds' form: a table of one column (``Opleiding Aantal``, the period named
    in the prose) whose first row ends in the name's own digits before its count (``… fase 1- 2
    24``, or ``… niveau`` / ``5 83`` wrapped). The header was refused (two numbers under one
    column), and the whole table became one ``unreadable-table``."""
    text = (
        "OKOT's - Zorgsector\n\n1. Hieronder vindt u de gevraagde gegevens voor 2024. De cijfers geven het aantal "
        "geslaagde cursisten weer voor het volledige jaar 2024.\n\nOpleiding Aantal\n"
        "Tweedekansonderwijs graduaatsopleiding voor vakbevoegdheid educ fase 1- 2 24\n"
        "Specifieke kleuteronderwijs zorgkundige\nvorming niveau \n5 83 \n"
        "Totaal 107\n"
    )
    answer = read_text(text, "one-column.txt")
    assert answer.issues == []
    assert _rows(answer) == {
        ("Tweedekansonderwijs graduaatsopleiding voor vakbevoegdheid educ fase 1- 2", "2024"): 24,
        ("Specifieke kleuteronderwijs zorgkundige vorming niveau 5", "2024"): 83,
    }


def test_sector_blocks_of_names_without_code():
    """Found in the seeds' form: a table of programme names in sector blocks. The first block's
    name (``Techniek``) and a first name wrapped over three lines stand between the header and
    the first figures (the header was refused after two lines without figures); ``onderwijs``
    among a name's lines is part of the name, not a block (it was dropped from the label)."""
    answer = _answer(
        "per opleiding", "Opleiding 2019 2020",
        "Techniek", "Professionele ", "vakbevoegdheid ", "zorgkundige voor orthopedagogie 21 48",
        "Totaal techniek 21 48",
        "Bouw", "Professionele", "onderwijs", "- tweede jaar beroepsonderwijs 10 33",
        "Subtotaal bouw 10 33",
        "Totaal 30 75",
    )
    assert answer.issues == []
    assert answer.tables[0].layout.name == "programme_rows_by_sector"
    rows = {(c.label, c.period): (c.count, c.block) for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows == {
        ("Professionele vakbevoegdheid zorgkundige voor orthopedagogie", "2019"): (21, "techniek"),
        ("Professionele vakbevoegdheid zorgkundige voor orthopedagogie", "2020"): (48, "techniek"),
        ("Professionele onderwijs - tweede jaar beroepsonderwijs", "2019"): (10, "bouw"),
        ("Professionele onderwijs - tweede jaar beroepsonderwijs", "2020"): (33, "bouw"),
    }


def test_a_counting_words_number_below_it_says_nothing_of_counts_standing_alone():
    """Found in the seeds' form (code rows in province blocks, one column): rows whose label
    wraps after a counting word (``730784: bachelor - deel`` / ``2 59``) voted that the answer
    prints its counts on a line of their own; read so, ``839247: sec 2`` / ``- 3 -`` /
    ``2e jaar 785`` counted 2 and left 785 a stray number. The ``- 3 -`` line was also dropped
    as a page number: that form is one only where two pages at least are numbered so."""
    from okot_audit.parse.furniture import page_furniture

    assert page_furniture(("839247: sec 2", "- 3 -", "2e jaar 785")) == frozenset()
    assert page_furniture(("tekst", "- 1 -", "tekst", "- 2 -")) == frozenset({1, 3})
    text = (
        "OKOT's - Onderwijssector\n\n1. Hieronder vindt u de gevraagde gegevens voor 2017. De cijfers geven het "
        "aantal geslaagde cursisten weer voor het volledige jaar 2017.\n\nProvincie Opleiding Aantal\n"
        "730784: bachelor - deel\n2 59 \n156555: lager\njaar \n1 58\n"
        "548318: onderwijs - \ndeel \n2 algemene vorming Graduaat 13 \n"
        "839247: sec 2 \n- 3 - \n2e jaar 785 \n"
        "Totaal West-Vlaanderen 900\nEindtotaal 900\n"
    )
    answer = read_text(text, "style.txt")
    assert answer.issues == []
    rows = {c.code: (c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows["839247"] == ("sec 2 - 3 - 2e jaar", 785)
    assert rows["730784"] == ("bachelor - deel 2", 59)


def test_a_labels_range_going_on_below_its_count_under_one_column():
    """Found by the random (dev profile) examples of the single-spaced round trip (pdfplumber
    ``layout=True``, cells aligned at the top): under one column, ``… 2de jaar 2 42`` /
    ``- 3 lager`` is the label ``… 2de jaar 2 - 3 lager`` counting 42 — the line below goes on
    with the range the 2 began. It was refused as two figures under one column."""
    text = (
        "OKOT's - Zorgsector\n\n2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding "
        "heeft stopgezet.\n\nUnieke cursisten met stopgezette en 2015*\nuitgevoerde maar niet geslaagde OKOT'(s)\n"
        "425971: individueel - verkort traject - 2de jaar 2 42\n- 3 lager\n\nTotaal 42\n"
        "*Voor het jaar 2015 zijn enkel cijfers opgenomen van de eerste jaarhelft.\n"
    )
    answer = read_text(text, "range.txt")
    assert answer.issues == []
    rows = {c.code: (c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows == {"425971": ("individueel - verkort traject - 2de jaar 2 - 3 lager", 42)}


# ---------------------------------------------------------------------------------------------
# Found in the PDF, in its `pdftotext -layout` text and in the annex


def _pdf_answer(tables, style=None, intro="1. Hieronder vindt u het aantal gestarte unieke cursisten per provincie."):
    import pytest

    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
    from generate.pdf import Document, PdfStyle, write_pdf
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    document = Document(["OKOT's - Zorgsector", intro, *tables])
    return parse_answer(source_from_bytes(write_pdf(document, style or PdfStyle()), "shape.pdf"))


def _cells(answer) -> set:
    return {(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells}


def test_a_header_right_below_the_prose_of_a_pdf():
    """Found in the PDF: layout text keeps no blank line between the sentence that introduces a
    table and the table's header (``… per provincie.`` / ``Provincie 2022 2023``); the header
    was taken for a line in the middle of a paragraph and the table became unreadable."""
    from generate.pdf import PdfRow, PdfTable

    table = PdfTable("Provincie", ["2022", "2023"], [
        PdfRow("Antwerpen", [23, None]), PdfRow("Limburg", [32, 54]), PdfRow("Totaal", [55, 54], "total"),
    ])
    answer = _pdf_answer([table])
    assert answer.issues == []
    assert _cells(answer) == {
        ("row", "Antwerpen", "2022", 23), ("row", "Limburg", "2022", 32), ("row", "Limburg", "2023", 54),
        ("total", "Totaal", "2022", 55), ("total", "Totaal", "2023", 54),
    }


def test_a_wide_laid_out_header_is_no_prose():
    """Found in the PDF: one scale lays out the whole document, so a long label elsewhere
    spreads a header over more than 200 characters of spaces (``Provincie      2015 …``);
    the header was refused as too long for a header, by its unfolded length."""
    from okot_audit.parse.regions import find_regions

    lines = (
        "1. Hieronder vindt u het aantal geslaagde unieke cursisten per provincie.",
        "Provincie" + " " * 80 + "2015" + " " * 40 + "2016" + " " * 40 + "2017" + " " * 40 + "2018",
        "Limburg" + " " * 82 + "18" + " " * 42 + "48" + " " * 40 + "1727" + " " * 42 + "64",
        "Totaal" + " " * 83 + "18" + " " * 42 + "48" + " " * 40 + "1727" + " " * 42 + "64",
    )
    assert len(lines[1]) > 200
    regions = find_regions(lines)
    assert [(r.start, [i.kind for i in r.items]) for r in regions] == [(2, ["row", "total"])]


def test_a_month_header_wrapped_in_its_cell_and_a_total_column():
    """Found in the PDF: a period label wrapped in its narrow, right-aligned header cell
    (``augustus`` / ``2022``) beside ``Provincie`` centred between its lines, and a total
    column headed ``Totaal``. The cell's lines were not joined (only cells whose lines start
    at one left edge were), ``Totaal`` started a row of its own, and the label was laid out
    from its left edge, away from its right-aligned figures."""
    from generate.pdf import PdfRow, PdfStyle, PdfTable

    table = PdfTable("Provincie", ["augustus 2022", "september 2022", "Totaal"], [
        PdfRow("Limburg", [60, 24, 80]), PdfRow("Vlaams-Brabant", [79, None, 79]),
        PdfRow("Totaal", [113, 24, 133], "total"),
    ])
    answer = _pdf_answer([table], PdfStyle(v_align="MIDDLE", number_width=14))
    assert answer.issues == []
    assert [p.label for p in answer.tables[0].periods] == ["2022-08", "2022-09", "Totaal"]
    assert ("row", "Vlaams-Brabant", "Totaal", 79) in _cells(answer)
    assert not any(c.period == "2022-09" and c.label == "Vlaams-Brabant" for c in answer.tables[0].cells)


def test_two_total_lines_over_a_page_break_with_the_header_repeated():
    """Found in the PDF: ``Totaal inschrijvingen`` at the foot of a page, the header repeated
    on the next, then ``Totaal unieke cursisten``: the table ended at the first total, and the
    second became an unreadable table of its own."""
    answer = _answer(
        "per opleiding", "Opleiding 2019 2020",
        "Graduaat orthopedagogie 10 12", "Educatieve graduaatsopleiding 20 22", "Totaal inschrijvingen 30 34",
        "", "\fOpleiding 2019 2020", "Totaal unieke cursisten 28 34",
    )
    assert answer.issues == []
    totals = {(c.label, c.period): (c.count, c.semantics) for t in answer.tables for c in t.cells if c.level == "total"}
    assert totals == {
        ("Totaal inschrijvingen", "2019"): (30, "additive"), ("Totaal inschrijvingen", "2020"): (34, "additive"),
        ("Totaal unieke cursisten", "2019"): (28, "unique"), ("Totaal unieke cursisten", "2020"): (34, "unique"),
    }


def test_layout_text_of_a_table_of_one_row():
    """Found in ``pdftotext -layout`` text: a table of one programme, its name wrapped below its
    count (cells aligned at the top: ``Educatieve vakbevoegdheid     49`` / ``individueel
    traject - module 5`` / ``sec``). With two figures only, the text was not taken as laid
    out; read as single-spaced text, ``module 5`` became a row counting 5 (a wrong cell that
    no total caught). Both ways now read the one row."""
    lines = [
        "1. Hieronder vindt u de gevraagde gegevens voor 2016. De cijfers hieronder geven het aantal unieke "
        "gestarte cursisten per opleiding weer.", "",
        "Opleiding                                  Aantal", "",
        "Educatieve vakbevoegdheid                        49", "individueel traject - module 5", "sec", "",
        "Totaal                                           49",
    ]
    for text in ("\n".join(lines), "\n".join(" ".join(line.split()) for line in lines)):
        answer = read_text("OKOT's - Zorgsector\n\n" + text + "\n", "one-row.txt")
        assert answer.issues == []
        assert _rows(answer) == {("Educatieve vakbevoegdheid individueel traject - module 5 sec", "2016"): 49}


def test_a_full_row_the_extractors_grid_shifted():
    """Found in ``pdftotext -layout`` text: its character grid put a row's first figure seven
    characters right of its column's label (``7`` under the gap between ``2020-2021`` and
    ``2021-2022``); laid out again beside a long joined label, the row's figures no longer
    lined up, and a figure was read as the subtotal's label. A figure under every column is
    placed by its order."""
    from okot_audit.parse.columns import column_spans, place_by_position

    header = "Opleiding" + " " * 63 + "2020-2021" + " " * 23 + "2021-2022" + " " * 17 + "2022-2023*"
    spans = column_spans(header, ["2020-2021", "2021-2022", "2022-2023*"])
    line = "Subtotaal onderwijs" + " " * 76 + "7" + " " * 22 + "33" + " " * 19 + "37"
    placed = place_by_position(line, spans)
    assert placed is not None and placed.values == (7, 33, 37) and placed.label == "Subtotaal onderwijs"


def test_an_annexs_figures_stand_under_their_period_labels():
    """Found in the annex: its cells were laid out at their column's left edge, so under long
    period labels (``februari 2020   maart 2020``) a figure's right edge stood nearer the label
    before, and it was read one month early; and a column another table on the sheet fills
    with long labels put a table's figures far from its period label. Numbers now stand
    right-aligned in their column (as Excel shows them), and each block of rows between empty
    rows lays its columns out on its own."""
    import pytest

    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    from generate.pdf import Document, PdfRow, PdfTable
    from generate.xlsx import write_xlsx
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    table = PdfTable("Scholingsniveau", ["februari 2020", "maart 2020", "april 2020"], [
        PdfRow("laaggeschoold", [None, 48, 16]), PdfRow("hooggeschoold", [30, None, 40]),
        PdfRow("Totaal", [30, 48, 56], "total"),
    ], caption="Aantal unieke gestarte cursisten naar scholingsniveau")
    wide = PdfTable("2019", ["Aantal"], [
        PdfRow("900123: Tweedekansonderwijs zorgkundige - 1ste jaar, een lange naam die de kolom breed maakt", [19], "row", "Antwerpen"),
        PdfRow("Totaal Antwerpen", [19], "subtotal", "Antwerpen"), PdfRow("Eindtotaal", [19], "total"),
    ], "province")
    for tables in ([table], [wide, table]):
        data, _ = write_xlsx(Document(tables))
        answer = parse_answer(source_from_bytes(data, "annex.xlsx"))
        assert answer.issues == []
        assert {(c.label, c.period, c.count) for c in answer.tables[-1].rows()} == {
            ("laaggeschoold", "2020-03", 48), ("laaggeschoold", "2020-04", 16),
            ("hooggeschoold", "2020-02", 30), ("hooggeschoold", "2020-04", 40),
        }


def test_the_footnote_of_the_table_above_names_no_period_of_the_next():
    """Found in the annex: without numbered answer items, a table of one column (``Aantal``)
    took its period from the text above it — the footnote of the table before it (``*Voor het
    jaar 2020 … eerste jaarhelft``), partial — instead of its own caption (``… in 2018``)."""
    import pytest

    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    from generate.pdf import Document, PdfRow, PdfTable
    from generate.xlsx import write_xlsx
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    years = PdfTable("Opleiding", ["2019", "2020*"], [
        PdfRow("Graduaat orthopedagogie", [10, 12]), PdfRow("Totaal", [10, 12], "total"),
    ], footnotes=["*Voor het jaar 2020 zijn enkel cijfers opgenomen van de eerste jaarhelft."],
        caption="Aantal unieke gestarte cursisten per opleiding")
    one = PdfTable("Unieke geslaagde cursisten", ["Aantal"], [PdfRow("900124: Tweedekansonderwijs zorgkundige - tweede jaar", [7]), PdfRow("Totaal", [7], "total")],
                   caption="Aantal unieke geslaagde cursisten per opleiding in 2018")
    data, _ = write_xlsx(Document([years, one]))
    answer = parse_answer(source_from_bytes(data, "annex.xlsx"))
    assert answer.issues == []
    assert [[(p.label, p.partial) for p in t.periods] for t in answer.tables] == [
        [("2019", False), ("2020", True)], [("2018", False)],
    ]


# ---------------------------------------------------------------------------------------------
# Found in `pdftotext` text without -layout, and in single-spaced extractor text


ONE_COLUMN_SCATTERED = """OKOT's - Zorgsector

1. Hieronder vindt u de gevraagde gegevens voor 2016. De cijfers geven het aantal gestarte cursisten weer van januari 2016 tot en
met oktober 2016. De cijfers hieronder geven het aantal unieke cursisten per opleiding weer.
Opleiding

Aantal

Educatieve vakbevoegdheid individueel traject
- module 5 sec

49

Totaal

49

Pagina 1 van 1
"""


def test_a_one_column_table_printed_one_figure_per_paragraph_is_not_read():
    """Found in ``pdftotext`` text (without ``-layout``): a table of one column and one row
    prints its figures each as a paragraph of its own, two in all. ``Totaal`` alone was taken
    for a one-column header with the total's figure as a row without label, and the region's
    two lone figures were too few to tell the form: part of the table was read, part reported.
    Now no cell is guessed and the table is one ``unreadable-table``."""
    answer = read_text(ONE_COLUMN_SCATTERED, "scattered.txt")
    assert [t.id for t in answer.tables] == []
    assert [(i.kind, i.reason) for i in answer.issues] == [("unreadable-table", "one-figure-per-line")]


def test_figures_stacked_in_paragraphs_and_a_footnote_between_are_one_table():
    """Found in ``pdftotext`` text: a column's figures stacked in one paragraph (``45`` /
    ``45``) count as figures printed one per line, and the table's last figures printed after
    its footnote stay with it; the sentence of the next answer item parts two tables. The
    second, its paragraphs in the rows' order, is set back into rows and read: whether a table
    is printed one figure per line is told by its own lines, not by the other's."""
    text = (
        "OKOT's - Zorgsector\n\n1. Hieronder vindt u het aantal geslaagde unieke cursisten per provincie.\n"
        "Provincie\n\n2019\n\n2020\n\nVlaams-Brabant\n\n114\n32\n\nWest-Vlaanderen\n\n62\n12\n\nTotaal\n\n150\n44\n\n"
        "*Voor het jaar 2020 zijn enkel cijfers opgenomen van de eerste jaarhelft.\n\n104\n\n"
        "2. Hieronder vindt u het aantal gestarte unieke cursisten naar geslacht.\nGeslacht\n\n2019\n\n2020\n\n"
        "Man\n\n6\n\n48\n\nVrouw\n\n19\n\n53\n\nTotaal\n\n25\n\n101\n"
    )
    answer = read_text(text, "scattered.txt")
    assert [(t.id, [(c.label, c.period, c.count) for c in t.cells]) for t in answer.tables] == [("started_by_gender", [
        ("Man", "2019", 6), ("Man", "2020", 48), ("Vrouw", "2019", 19), ("Vrouw", "2020", 53),
        ("Totaal", "2019", 25), ("Totaal", "2020", 101)])]
    assert [(i.kind, i.reason, i.line) for i in answer.issues] == [("unreadable-table", "one-figure-per-line", 6)]


def test_month_labels_wrapped_in_their_cells_in_single_spaced_text():
    """Found in pdfplumber text: month labels wrapped in their header cells print as a line of
    names over a line of years — the cells that fit one line among them, above (cells aligned
    at the top) or below (at the bottom). The years alone were read as the periods (``2016``
    five times), and every figure landed in a year instead of its month."""
    from okot_audit.parse.context import wrapped_period_list

    def labels(above, line):
        found = wrapped_period_list(above, line)
        return found and (found[0], [t.label + t.stars for t in found[1]])

    assert labels("Unieke cursisten met uitgevoerde, juni 2023 juli 2023 augustus september Totaal",
                  "geslaagde, OKOT'(s) 2023 2023*") == (
        "Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s)", ["2023-06", "2023-07", "2023-08", "2023-09*", "Totaal"])
    assert labels("Unieke cursisten met stopgezette en januari februari",
                  "maar niet geslaagde OKOT'(s) 2016 2016 maart 2016") == (
        "Unieke cursisten met stopgezette en maar niet geslaagde OKOT'(s)", ["2016-01", "2016-02", "2016-03"])
    assert labels("Provincie 2019 2020", "Limburg 12 13") is None
    answer = _answer(
        "per opleiding", "Opleiding juni 2023 augustus", "2023", "Graduaat orthopedagogie 10 12", "Totaal 10 12",
    )
    assert answer.issues == []
    assert _rows(answer) == {("Graduaat orthopedagogie", "2023-06"): 10, ("Graduaat orthopedagogie", "2023-08"): 12}


def test_a_subtotal_whose_figures_do_not_fill_its_periods_is_settled_by_the_grand_total():
    """Found in pdfplumber text (sector blocks): a block of one row and its subtotal, both with a
    blank period (``11 40 26 59`` under five years), fit each other in every placement; the
    subtotal was read by its first reading (59 in 2021) and the row with it — two wrong cells.
    The grand total over the subtotals settles it (59 in 2022); where nothing settles a total
    line, it is reported, not guessed."""
    lines = [
        "Opleiding 2018 2019 2020 2021 2022*", "Zorg", "Hoger secundair - 2de jaar 11 40 26 59", "Subtotaal zorg 11 40 26 59",
        "Onderwijs", "Graduaat orthopedagogie 62 25 18 353 3", "Totaal onderwijs 62 25 18 353 3",
        "Bouw", "Verkorte educatieve master 42 25 56 41 39", "Totaal bouw 42 25 56 41 39",
    ]
    answer = _answer("per opleiding", *lines, "Totaal 109 87 100 394 91",
                     "*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.")
    assert answer.issues == []
    cells = {(c.level, c.label, c.period): c.count for t in answer.tables for c in t.cells}
    assert cells[("row", "Hoger secundair - 2de jaar", "2022")] == 59
    assert cells[("subtotal", "Subtotaal zorg", "2022")] == 59
    assert ("row", "Hoger secundair - 2de jaar", "2021") not in cells
    alone = _answer("per opleiding", *lines[:4], "Totaal 11 40 26 59")
    assert sorted((i.kind, i.label or i.code) for i in alone.issues) == [
        ("ambiguous-alignment", "Hoger secundair - 2de jaar"), ("ambiguous-alignment", "Subtotaal zorg"),
        ("ambiguous-alignment", "Totaal"),
    ]
    assert not [c for t in alone.tables for c in t.cells]


def test_a_second_total_line_is_settled_by_the_rows_the_first_settled():
    """A second total line (``Totaal unieke cursisten`` below ``Totaal inschrijvingen``) whose
    figures do not fill its periods was read by its first reading, unchecked."""
    answer = _answer(
        "per opleiding", "Opleiding 2019 2020 2021",
        "Graduaat orthopedagogie 10 12 5", "Educatieve graduaatsopleiding 30 22",
        "Totaal inschrijvingen 40 34 5", "Totaal unieke cursisten 38 5",
    )
    totals = {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "total"}
    assert totals.get(("Totaal unieke cursisten", "2019")) != 38 or totals.get(("Totaal unieke cursisten", "2021")) == 5
    assert ("Totaal unieke cursisten", "2020") not in totals


def test_a_figure_the_extractors_grid_pushed_right_stays_under_its_label():
    """Found in ``pdftotext -layout`` text: the grid put a row's first figure (``2``) five
    characters right of the end of its label ``2016-2017`` and four left of ``2017-2018``; by
    its right edge it belongs to the first. (An annex's figures, which once stood at their
    column's left edge and needed the other reading, now stand right-aligned as in Excel.)"""
    from okot_audit.parse.columns import column_spans, place_by_position

    header = "OKOT'(s)" + " " * 33 + "2016-2017" + " " * 10 + "2017-2018   2018-2019     2019-2020   2020-2021*"
    spans = column_spans(header, ["2016-2017", "2017-2018", "2018-2019", "2019-2020", "2020-2021*"])
    line = "module 5 - tweede jaar" + " " * 34 + "2" + " " * 23 + "848         62           17"
    placed = place_by_position(line, spans)
    assert placed is not None and placed.values == (2, None, 848, 62, 17)


def _fixture(name: str):
    from pathlib import Path

    path = Path(__file__).parent / "data" / "extracted" / name
    return read_text(path.read_text(encoding="utf-8"), path.name)


def test_layout_text_keeps_its_grid_beside_a_long_joined_label():
    """Found in ``pdftotext -layout`` text (fixture ``generated.figure-pushed-right``): the grid
    put a figure five characters right of its period label; laid out again beside labels joined
    from four lines, the layout narrowed its scale for the whole table and so moved that figure
    fourteen characters off, under the next period (a wrong cell). Extractor text keeps its
    character grid now: the columns right of a long label move right, all rows alike."""
    answer = _fixture("generated.figure-pushed-right.pdftotext-layout.txt")
    assert answer.issues == []
    cells = {(c.code, c.period): c.count for t in answer.tables for c in t.cells}
    assert cells[("103457", "2016-2017")] == 2 and ("103457", "2017-2018") not in cells
    assert cells[("596623", "2016-2017")] == 8 and cells[("975247", "2017-2018")] == 33
    assert [cells[(None, p)] for p in ("2016-2017", "2017-2018", "2018-2019", "2019-2020", "2020-2021")] == [
        1390, 115, 946, 260, 1615]


def test_a_month_header_repeated_on_a_page_of_its_own_grid():
    """Found in ``pdftotext -layout`` text (fixture ``generated.month-header-repeated``): the
    table's total stands alone on page 2 below the repeated header, on that page's character
    grid. The repeated header's columns were looked up by the labels ``2021-01`` — a month is
    printed ``januari 2021`` — so page 1's columns were used: the total's first figure became
    label text (``Totaal 120``) and its second the first month's."""
    answer = _fixture("generated.month-header-repeated.pdftotext-layout.txt")
    assert answer.issues == []
    totals = {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "total"}
    assert totals == {("Totaal", "2021-01"): 120, ("Totaal", "2021-02"): 134}


def test_layout_text_of_one_row_centred_beside_its_label():
    """Found in ``pdftotext -layout`` text: a table of one row whose figure stands alone on the
    middle line of its wrapped label (cells centred vertically), beside a page number and the
    question's date that end in figures too. It was not taken as laid out (too few figures set
    off, the lone one not counted), so no page was given."""
    from okot_audit.read.layout import laid_out

    lines = [
        "op vraag nr. 13 van 23 oktober 2023", "", "Opleiding                                          Aantal", "",
        "Educatieve vakbevoegdheid individueel traject", "                                                        49",
        "- module 5 sec", "", "Totaal                                                  49", "",
        "                                                          Pagina 1 van 1",
    ]
    assert laid_out(lines)
    assert not laid_out(["Opleiding 2019 2020", "Graduaat orthopedagogie 10  12", "Totaal 10 12", "Pagina 1 van 1"])


def test_month_labels_printed_cell_by_cell():
    """Found in pypdf text: a wrapped header printed one cell line a line (``januari`` /
    ``2023`` / ``februari`` / ``2023 Totaal``); only the last pair was seen, a period was lost,
    and a row's three figures slid into the two periods left (its first figure into its
    label: ``onderwijs: 62``)."""
    answer = _answer(
        "per opleiding", "Unieke cursisten met stopgezette en", "uitgevoerde maar niet geslaagde OKOT'(s)",
        "januari", "2023", "februari", "2023 Totaal", "017544: onderwijs: 62 218 280", "Totaal 62 218 280",
    )
    assert answer.issues == []
    assert [p.label for p in answer.tables[0].periods] == ["2023-01", "2023-02", "Totaal"]
    rows = {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows == {("onderwijs:", "2023-01"): 62, ("onderwijs:", "2023-02"): 218, ("onderwijs:", "Totaal"): 280}


def test_layout_text_with_month_labels_in_its_header():
    """Found in ``pdftotext -layout`` text: the header's month labels (``mei 2018``) were no
    header labels to line figures up with — only a year set off by two spaces was — so a table
    of months was not taken as laid out and was read as single-spaced text (rows reported)."""
    from okot_audit.read.layout import laid_out

    lines = [
        "Provincie                                               maart       april    mei 2018   juni 2018",
        "                                                        2018*       2018", "",
        "Antwerpen                                                   8           17        58", "",
        "Limburg                                                    10                                 21", "",
        "Vlaams Gewest                                              18           17        58          21",
    ]
    assert laid_out(lines)


def test_a_header_repeated_on_a_new_page_in_other_pieces():
    """Found in ``pdftotext -layout`` text: a header of three lines (``Unieke cursisten met
    uitgevoerde,`` / ``Aantal`` / ``geslaagde, OKOT'(s)``) with a block's name below was cut at
    three lines counting ``Aantal`` and ``Zorg``, so its first line was missed, and repeated on
    the next page its first line went on the label of the row above."""
    answer = _answer(
        "per opleiding in 2018", "Unieke cursisten met uitgevoerde,", "Aantal", "geslaagde, OKOT'(s)", "Zorg",
        "403384: lager - 1ste jaar modules 1- 4 20", "Unieke cursisten met uitgevoerde,", "Aantal", "geslaagde, OKOT'(s)",
        "Totaal zorg 20", "Totaal 20",
    )
    rows = {c.code: c.label for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows == {"403384": "lager - 1ste jaar modules 1- 4"}


def test_a_table_of_one_row_printed_one_figure_per_paragraph_says_so():
    """Found in ``pdftotext`` text: a table of one row and one period (``Opleiding`` / ``2015``
    / ``Graduaat bachelor`` / ``1`` / ``Totaal`` / ``1``) was reported as table-like lines, not
    as printed one figure per line (which says to give the PDF)."""
    text = ("OKOT's - Onderwijssector\n1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.\n"
            "Opleiding\n\n2015\n\nGraduaat bachelor\n\n1\n\nTotaal\n\n1\n\nPagina 1 van 1\n")
    answer = read_text(text, "tiny.txt")
    assert [(i.kind, i.reason) for i in answer.issues] == [("unreadable-table", "one-figure-per-line")]


def test_a_page_number_run_into_the_next_pages_first_code():
    """Found in pypdf text: ``1/2`` at a page's foot printed straight before the next page's
    first row, ``1/2826562: jeugd- -en``; the row was lost, and without its row the block's
    subtotal was checked against nothing: an answer with a figure not read passed clean."""
    answer = _answer(
        "per opleiding in 2022", "Opleiding Aantal", "Zorg", "032694: voor kinderzorg gehandicaptenzorg vorming 27",
        "Subtotaal zorg 27", "Bouw", "1/2826562: jeugd- -en", "beroepsonderwijs -en verkort", "vorming 62",
        "Subtotaal bouw 62", "Totaal 89", "2/2",
    )
    assert answer.issues == []
    rows = {c.code: (c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows["826562"] == ("jeugd- -en beroepsonderwijs -en verkort vorming", 62)


def test_a_header_wrapped_over_four_lines_and_a_block_name_below_a_blank_line():
    """Found in pdfplumber text (``layout=True`` too): a header wrapped over four lines in a
    narrow cell (its periods on the first), or a first block's name below a blank line under
    the header, was not found above the first code; the table took a year from the prose as
    its one period and every figure went there (no error)."""
    four = _answer(
        "per opleiding", "Unieke cursisten met 2015-2016 2016-2017", "stopgezette en uitgevoerde", "maar niet geslaagde",
        "OKOT'(s)", "Onderwijs", "011758: bijkomende (SLO) 13 7", "Subtotaal onderwijs 13 7", "Totaal 13 7",
    )
    blank = _answer(
        "per opleiding", "Unieke cursisten met gestarte OKOT'(s) 2021-2022", "", "Onderwijs", "694411: vorming - deel 2 14",
        "Subtotaal onderwijs 14", "Totaal 14",
    )
    for answer, periods in ((four, ["2015-2016", "2016-2017"]), (blank, ["2021-2022"])):
        assert answer.issues == []
        assert [p.label for p in answer.tables[0].periods] == periods


def test_months_whole_on_the_middle_line_of_a_wrapped_header():
    """Found in pdfplumber text (cells centred): ``maart april`` / ``Opleiding mei 2016 juni
    2016`` / ``2016 2016`` — the months that fit one line stand between the wrapped ones' names
    and their years; they were taken for names waiting for a year."""
    text = (
        "OKOT's - Zorgsector\n\n1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.\n"
        "maart april\nOpleiding mei 2016 juni 2016\n2016 2016\n"
        "Professionele algemene - 2e jaar vorming 30 6 50 1\nOpvoeder master (SLO) 29 125 49 40\nTotaal 59 131 99 41\n"
    )
    answer = read_text(text, "months.txt")
    assert answer.issues == []
    assert [p.label for p in answer.tables[0].periods] == ["2016-03", "2016-04", "2016-05", "2016-06"]
    totals = {c.period: c.count for t in answer.tables for c in t.cells if c.level == "total"}
    assert totals == {"2016-03": 59, "2016-04": 131, "2016-05": 99, "2016-06": 41}


def test_a_label_wrapped_around_centred_figures_keeps_its_own_number_and_its_columns():
    """Found in ``pdftotext -layout`` text (fixture ``generated.label-wrapped-around-centred-
    figures``; the full suite's derandomized example of the layout-text property for
    programmes in sector blocks): a name wrapped over two lines with its figures centred on a
    line between them (``Verkorte bijkomende apotheekassistent`` / ``29   50`` /
    ``beroepsonderwijs vorming module 5``), under month labels wrapped in their cells
    (``oktober`` / ``2017``). Laid out again, the joined name reached under the first month's
    label (the joined label, centred, is wider than its cell's box), and the name's own ``5``
    was read as that month's figure, 29 and 50 one month right: a wrong cell and no finding."""
    answer = _fixture("generated.label-wrapped-around-centred-figures.pdftotext-layout.txt")
    assert answer.issues == []
    name = "Verkorte bijkomende apotheekassistent beroepsonderwijs vorming module 5"
    rows = {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}
    assert {period: count for (label, period), count in rows.items() if label == name} == {"2017-10": 29, "2017-11": 50}
    totals = {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level != "row"}
    assert totals[("Totaal onderwijs", "2017-12")] == 54 and totals[("Totaal", "2017-10")] == 72
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_layout_text_lays_a_long_joined_label_out_before_a_wide_centred_period_label():
    """The layout step of the example above: the label ends two spaces or more before the first
    period label starts, although that label (joined from ``oktober`` / ``2017``, centred) is
    wider than its cell's box: cells of layout text stand two spaces or more apart."""
    from okot_audit.read.layout import relayout
    from okot_audit.source import source_from_text

    path = "generated.label-wrapped-around-centred-figures.pdftotext-layout.txt"
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "extracted" / path).read_text(encoding="utf-8")
    lines = relayout(source_from_text(text, path)).lines
    header = next(line for line in lines if line.startswith("Opleiding"))
    row = next(line for line in lines if line.startswith("Verkorte"))
    label_end = row.index("module 5") + len("module 5")
    assert header.index("oktober 2017") >= label_end + 2, (header, row)


def test_a_number_one_space_after_a_label_that_reaches_under_the_first_column_is_the_labels():
    """The reading step of the example above, on its own: in layout text cells stand two spaces
    or more apart, so a number one space after the label's words is the label's own
    (``module 5``), even where a long label reaches under the first column's label; it must
    not take the first column and push the row's figures one column right."""
    from okot_audit.parse.columns import column_spans, place_by_position

    header = "Opleiding" + " " * 61 + "oktober 2017  november 2017           december 2017"
    spans = column_spans(header, ["oktober 2017", "november 2017", "december 2017"])
    line = "Verkorte bijkomende apotheekassistent beroepsonderwijs vorming module 5        29                      50"
    placed = place_by_position(line, spans)
    assert placed is None or (placed.values == (29, 50, None) and placed.label.endswith("module 5"))
    assert place_by_position("Professionele zorgkundige fase 1- 2" + " " * 41 + "55" + " " * 22 + "43" + " " * 13 + "54",
                             spans).values == (55, 43, 54)


# ---------------------------------------------------------------------------------------------
# Single-spaced text (pypdf, pdfplumber): pages joined with form feeds

RUNNING = "Vlaams Parlement - Schriftelijke vragen en antwoorden"
TOTAL_RULES = ("total-exceeds-parts", "total-below-largest-part", "parts-exceed-total")


def test_a_form_feed_ends_a_line_wherever_it_stands():
    """Found in pypdf and pdfplumber text (sweep ``code_by_sector-0``, ``province-5``): an
    extractor's pages joined with a form feed and no line break run a page's last line into the
    next page's first (``Totaal 1.623\\f2. Hieronder vindt u …``, ``… 20 22\\fTotaal 30 34``).
    Read as one line, a total became prose and a row took the total's figures: a figure not read
    and no error, or a correct total reported as an error. A feed ends a page, so it ends the
    line; both stay reported at the text's line."""
    text = HEAD.format(by="per opleiding") + (
        "Opleiding 2019 2020\nGraduaat orthopedagogie 10 12\nEducatieve graduaatsopleiding 20 22\fTotaal 30 34\n"
        "\n2. Hieronder vindt u het aantal geslaagde unieke cursisten per opleiding.\n"
        "Opleiding 2019 2020\nGraduaat orthopedagogie 8 9\nTotaal 8 9\f"
        "3. Hieronder vindt u het aantal stopgezette unieke cursisten per opleiding.\n"
        "Opleiding 2019 2020\nGraduaat orthopedagogie 1 2\nTotaal 1 2\n"
    )
    answer = read_text(text, "feeds.txt")
    assert answer.issues == []
    cells = {(t.measure, c.level, c.label, c.period): (c.count, c.line) for t in answer.tables for c in t.cells}
    assert cells[("started", "row", "Educatieve graduaatsopleiding", "2020")] == (22, 10)
    assert cells[("started", "total", "Totaal", "2019")] == (30, 10)
    assert cells[("graduated", "total", "Totaal", "2020")] == (9, 15)
    assert cells[("stopped_or_failed", "total", "Totaal", "2019")] == (1, 18)
    assert [f for f in audit(answer, select=list(TOTAL_RULES)).findings if f.severity == "error"] == []


def test_page_numbers_at_a_pages_foot_and_running_headers_at_its_head_are_furniture():
    """Found in pypdf and pdfplumber text (sweep ``code-5``, ``programme_by_sector-2``,
    ``programme-5``; benchmark answer ``mixed-216``): a page's number printed last on its page
    before the form feed — ``1``, ``1/2``, ``Pagina 1 van 2``, glued to the next page's first
    line or on a line of its own — and the running header that heads every page. The bare
    ``1`` was a stray number in the table, ``Pagina 1 van 2\\fEindtotaal 72`` lost the grand
    total without a finding, and the running header became a row's label. A page's last line
    that is its own number and a later page's first line that heads the first page as well are
    left out, as a PDF's margins are."""
    rows = ("Provincie 2019 2020", "Antwerpen 10 12", "Limburg 20 22")
    rest = ("Brussel 5 6", "Totaal 35 40")
    for foot, head in (("1", RUNNING), ("1/2", RUNNING), ("Pagina 1 van 2", ""), ("1\n", "\n" + RUNNING)):
        joined = f"{foot}\f{head}" if head else f"{foot}\f{rest[0]}"
        lines = (*rows, joined, *(rest if head else rest[1:]), "2/2" if "/" in foot else "2")
        text = RUNNING + "\n" + HEAD.format(by="per provincie") + "\n".join(lines) + "\n"
        answer = read_text(text, "furniture.txt")
        assert answer.issues == [], (foot, head, answer.issues)
        cells = {(c.label, c.period): c.count for t in answer.tables for c in t.cells}
        assert cells == {
            ("Antwerpen", "2019"): 10, ("Antwerpen", "2020"): 12, ("Limburg", "2019"): 20, ("Limburg", "2020"): 22,
            ("Brussel", "2019"): 5, ("Brussel", "2020"): 6, ("Totaal", "2019"): 35, ("Totaal", "2020"): 40,
        }, (foot, head)
    # Only the page's own number: another lone number that ends a page is not left out.
    text = HEAD.format(by="per provincie") + "Provincie 2019\nAntwerpen 10\nLimburg 7\n3\fTotaal 17\n"
    assert [i.numbers for i in read_text(text, "figure.txt").issues] == [(3,)]


def test_what_a_question_asks_is_found_at_its_lines_where_form_feeds_split_them():
    """Lines a form feed split are reported at the text's line; what the questions ask and the
    answer items' lines are reported alike, so ``period-not-given`` still finds the table of its
    item (it compared the item's lines as read with the table's lines as reported)."""
    text = (
        "OKOT's - Onderwijssector\n\n1. Hoeveel unieke personen startten in de vijf recentste jaren een OKOT?\n"
        "\nANTWOORD\nop vraag nr. 74 van 14 oktober 2022\n\n1. Hieronder vindt u een overzicht.\n"
        "Unieke cursisten met gestarte OKOT'(s) 2018 2019 2020 2021\n"
        "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71 138 102\n"
        "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 5 7 13 10\fTotaal 55 78 151 112\n"
        "2. Hieronder vindt u een overzicht.\fUnieke cursisten met uitgevoerde, geslaagde OKOT'(s) 2021\n"
        "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 35\nTotaal 35\n"
    )
    answer = read_text(text, "asked.txt")
    assert answer.issues == []
    assert [(a.line, a.answer_start, a.answer_end) for a in answer.asked] == [(3, 8, 11)]
    found = [(f.rule, f.line) for f in audit(answer, select=["period-not-given"]).findings]
    assert found == [("period-not-given", 9)]


def _block_cells(answer) -> dict:
    return {(c.level, c.label, c.block, c.period): c.count for t in answer.tables for c in t.cells}


def test_a_header_wrapped_over_four_lines_above_its_one_period_is_repeated_after_a_page_break():
    """Found in pypdf text: a table of one period whose header cell (``Unieke cursisten met
    stopgezette en uitgevoerde maar niet geslaagde OKOT'(s)``) wraps over four lines, in sector
    blocks, runs over a page and repeats its header there. The header was taken as its last
    three lines only, so its first line on the new page was no repeat: the table ended there and
    its second page became a table of its own, whose grand total over both pages' blocks was
    reported as an error (``Totaal 2020 is 158 but its subtotals sum to only 116``)."""
    header = ("Unieke cursisten met", "stopgezette en uitgevoerde", "maar niet geslaagde", "OKOT'(s)", "2020")
    text = (
        "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 12 van 3 maart 2021\n\n"
        "3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.\n"
        + "\n".join(header) + "\nZorg\n096136: lager - 1ste jaar 44\nTotaal zorg 44\f"
        + "\n".join(header) + "\nTechniek\n193519: zorgkundige - 2e jaar 54\n370015: orthopedagogie 56\n"
        "Subtotaal techniek 110\nTotaal 154\n"
    )
    answer = read_text(text, "narrow.txt")
    assert answer.issues == []
    assert len(answer.tables) == 1
    assert _block_cells(answer) == {
        ("row", "lager - 1ste jaar", "zorg", "2020"): 44, ("subtotal", "Totaal zorg", "zorg", "2020"): 44,
        ("row", "zorgkundige - 2e jaar", "techniek", "2020"): 54, ("row", "orthopedagogie", "techniek", "2020"): 56,
        ("subtotal", "Subtotaal techniek", "techniek", "2020"): 110, ("total", "Totaal", None, "2020"): 154,
    }
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_a_first_block_below_a_blank_line_under_a_header_wrapped_around_its_periods():
    """Found in pdfplumber ``layout=True`` text: the header's words wrap around its period,
    which stands centred (``Unieke cursisten met`` / ``uitgevoerde, geslaagde, 2022*`` /
    ``OKOT'(s)``), and a blank line parts it from the first block's name. The blank line was
    only passed over below a header that ends in its periods, so the table's header was the
    block's name alone; the header repeated on the next page then began another table, and the
    grand total there was reported as an error against the one block it saw."""
    header = ("Unieke cursisten met", "uitgevoerde, geslaagde, 2022*", "OKOT'(s)")
    text = (
        "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 12 van 3 maart 2021\n\n"
        "2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een diploma behaalde.\n"
        + "\n".join(header) + "\n\nOnderwijs\n015087: lager - 2e jaar 64\nSubtotaal onderwijs 64\f"
        + "\n".join(header) + "\nBouw\n344521: bijkomende gehandicaptenzorg 20\nTotaal bouw 20\nTotaal 80\n"
        "*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.\n"
    )
    answer = read_text(text, "centred.txt")
    assert [i for i in answer.issues] == []
    assert len(answer.tables) == 1
    assert _block_cells(answer) == {
        ("row", "lager - 2e jaar", "onderwijs", "2022"): 64, ("subtotal", "Subtotaal onderwijs", "onderwijs", "2022"): 64,
        ("row", "bijkomende gehandicaptenzorg", "bouw", "2022"): 20, ("subtotal", "Totaal bouw", "bouw", "2022"): 20,
        ("total", "Totaal", None, "2022"): 80,
    }
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_month_names_and_their_years_with_the_headers_words_between():
    """Found in pdfplumber text: month labels wrapped in their cells, the header's words wrapped
    beside them, so that a line of words stands between the month names and their years
    (``februari maart`` / ``uitgevoerde, geslaagde,`` / ``2019 2019``). The years alone were
    taken as the periods — two columns both called 2019 — and the two columns' totals checked
    as one: correct totals were reported as errors."""
    text = (
        "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 12 van 3 maart 2021\n\n"
        "1. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een diploma behaalde.\n"
        "Unieke cursisten met\nfebruari maart\nuitgevoerde, geslaagde,\n2019 2019\nOKOT'(s)\n"
        "760586: Graduaat - 1\n23 31\nbachelor - 2e jaar\n"
        "Totaal inschrijvingen 23 31\nTotaal unieke cursisten 23 31\n"
    )
    answer = read_text(text, "months.txt")
    assert answer.issues == []
    assert [p.label for p in answer.tables[0].periods] == ["2019-02", "2019-03"]
    assert _block_cells(answer)[("row", "Graduaat - 1 bachelor - 2e jaar", None, "2019-03")] == 31
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_a_two_digit_number_after_a_hyphen_ending_a_names_first_line_is_a_count():
    """Found in pdfplumber text: a programme name without code wrapped over two lines, its one
    figure on the first (``Tweedekansonderwijs voor - verkort traject - 60`` / ``2de jaar
    orthopedagogie``). The 60 was taken as the name's own number (after a hyphen), the name
    run on into the next row's, and that row's block total reported as an error (74, its rows
    sum to 22). A label's own numbers are single digits (``module 5``, ``modules 1- 4``)."""
    answer = _answer(
        "per opleiding", "Opleiding 2020 2021 2022", "Onderwijs",
        "Tweedekansonderwijs voor - verkort traject - 60", "2de jaar orthopedagogie zorgkundige",
        "Tweedekansonderwijs lager kinderzorg 1.208 34 22", "individueel traject - module 5 algemene",
        "Totaal onderwijs 1.208 34 74",
    )
    rows = _rows(answer)
    assert "Tweedekansonderwijs voor - verkort traject - 60 2de jaar orthopedagogie zorgkundige" not in {k[0] for k in rows}
    assert rows[("Tweedekansonderwijs lager kinderzorg individueel traject - module 5 algemene", "2022")] == 22
    assert [f for f in audit(answer, select=["total-exceeds-parts", "total-below-largest-part"]).findings] == []
    # The 60 is read as its row's count or the row is reported; it is never lost unsaid.
    placed = rows.get(("Tweedekansonderwijs voor - verkort traject - 2de jaar orthopedagogie zorgkundige", "2022"))
    assert placed == 60 or any(i.kind == "ambiguous-alignment" for i in answer.issues), (rows, answer.issues)


def test_a_names_own_range_above_its_figure_on_a_line_of_its_own():
    """Found in pypdf text: under one column, a programme's name ends in its own range
    (``apotheekassistent 2 - 3``) and its count stands on the line below (``26``). The 3 was
    read as the count of a row ``… 2 -`` and the 26 reported as a row without label; the
    block's subtotal (52 + 26 = 78) says the 26 is the row's."""
    answer = _answer(
        "per opleiding in 2015", "Opleiding Aantal", "Techniek",
        "Tweedekansonderwijs kleuteronderwijs", "individueel knelpuntvakken -1ste jaar", "kleuteronderwijs", "52",
        "Specifieke apotheekassistent", "apotheekassistent 2 - 3", "26",
        "Subtotaal techniek 78", "Totaal 78",
    )
    assert answer.issues == []
    assert _rows(answer) == {
        ("Tweedekansonderwijs kleuteronderwijs individueel knelpuntvakken -1ste jaar kleuteronderwijs", "2015"): 52,
        ("Specifieke apotheekassistent apotheekassistent 2 - 3", "2015"): 26,
    }


def test_a_codes_label_wrapped_around_its_centred_figure_keeps_its_last_lines():
    """Found in pdfplumber text: cells aligned in the middle print a row's label around its
    figure (``856441: orthopedagogie`` / ``secundair knelpuntvakken 56`` / ``Educatieve``), the
    province's cell beside the label's last line (``Vlaams-Brabant individueel kinderzorg``).
    A last line that starts with a capital, or with the province's name, was dropped from the
    label without a word. A row's label begins at its code, so words between its figure and
    the next code, total or province line are its own."""
    answer = _answer(
        "per opleiding en per provincie in 2022", "Provincie Opleiding Aantal",
        "313788: onderwijs", "verpleegkunde - deel 2 sec 70", "individueel kinderzorg", "Oost-Vlaanderen",
        "856441: orthopedagogie", "secundair knelpuntvakken 56", "Educatieve",
        "Totaal Oost-Vlaanderen 116",
        "313788: onderwijs", "verpleegkunde - deel 2 sec 16", "Vlaams-Brabant individueel kinderzorg",
        "753994: orthopedagogie", "opvoeder", "63", "Tweedekansonderwijs", "bachelor -en",
        "Totaal Vlaams-Brabant 75", "Eindtotaal 191",
    )
    assert answer.issues == []
    labels = {(c.code, c.province): c.label for t in answer.tables for c in t.cells if c.level == "row"}
    assert labels == {
        ("313788", "Oost-Vlaanderen"): "onderwijs verpleegkunde - deel 2 sec individueel kinderzorg",
        ("856441", "Oost-Vlaanderen"): "orthopedagogie secundair knelpuntvakken Educatieve",
        ("313788", "Vlaams-Brabant"): "onderwijs verpleegkunde - deel 2 sec individueel kinderzorg",
        ("753994", "Vlaams-Brabant"): "orthopedagogie opvoeder Tweedekansonderwijs bachelor -en",
    }


def test_a_first_name_wrapped_over_five_lines_under_a_header_of_wrapped_months():
    """Found in pypdf text: a narrow first column wraps a programme's name over five lines
    above its figures, under a header whose month labels wrap one word a line. The table's
    first row was looked for within three lines of label, so the table on the first page was
    not found (``unreadable-table``) and, the header repeated on the next page, the rest of it
    was read as a table whose grand total looked wrong against its one block."""
    answer = _answer(
        "per opleiding", "Opleiding september", "2020", "oktober", "2020",
        "Techniek",
        "Professionele", "beroepsonderwijs", "zorgkundige", "apotheekassistent - verkort", "traject - 2de jaar educ",
        "25 31",
        "Totaal techniek 25 31",
        "Bouw",
        "Se-n-se educ 46 55",
        "Totaal bouw 46 55",
        "Totaal 71 86",
    )
    assert answer.issues == []
    assert _rows(answer) == {
        ("Professionele beroepsonderwijs zorgkundige apotheekassistent - verkort traject - 2de jaar educ", "2020-09"): 25,
        ("Professionele beroepsonderwijs zorgkundige apotheekassistent - verkort traject - 2de jaar educ", "2020-10"): 31,
        ("Se-n-se educ", "2020-09"): 46, ("Se-n-se educ", "2020-10"): 55,
    }
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_the_first_number_below_a_label_line_that_ends_in_an_open_range_may_close_it():
    """Found in pypdf text: ``Educatieve beroepsonderwijs opvoeder fase 1-`` / ``2 10`` under
    two periods. The 2 and the 10 were read as the row's two counts; the 2 may as well close
    the label's range (``fase 1-2``, counting 10), and the total says which: ``Totaal 10 53``
    has no room for a 2 beside the 10 of 2022."""
    answer = _answer(
        "per opleiding", "Opleiding 2022 2023",
        "Tweedekansonderwijs secundair algemene", "voor 53",
        "Educatieve beroepsonderwijs opvoeder fase 1-", "2 10",
        "Totaal 10 53",
    )
    assert answer.issues == []
    assert _rows(answer) == {
        ("Tweedekansonderwijs secundair algemene voor", "2023"): 53,
        ("Educatieve beroepsonderwijs opvoeder fase 1- 2", "2022"): 10,
    }


def test_an_open_ranges_end_alone_below_the_rows_centred_figure_is_the_labels():
    """Found in pdfplumber text: the same row with its figure centred between the label's lines
    (``… fase 1-`` / ``10`` / ``2``). The 2 alone below was a row without label (an
    ``unreadable-table`` error); a label line ending in ``1-`` is not whole, so the digit below
    the figures ends it."""
    answer = _answer(
        "per opleiding", "Opleiding 2022 2023",
        "Tweedekansonderwijs secundair algemene", "53", "voor",
        "Educatieve beroepsonderwijs opvoeder fase 1-", "10", "2",
        "Totaal 10 53",
    )
    assert answer.issues == []
    assert _rows(answer) == {
        ("Tweedekansonderwijs secundair algemene voor", "2023"): 53,
        ("Educatieve beroepsonderwijs opvoeder fase 1- 2", "2022"): 10,
    }


def test_a_labels_own_digit_alone_on_its_last_line_below_a_count_on_the_code_line():
    """Found in pdfplumber text: cells aligned at the top, the count on the code line and the
    label's last line its own digit (``292645: tandartsassistent 34`` / ``verkort
    kleuteronderwijs jaar`` / ``1``), the next block's province below. The label's lines were
    dropped (only ``tandartsassistent`` was left) and the 1 reported as a stray number."""
    answer = _answer(
        "per opleiding en per provincie in 2021", "Provincie Opleiding Aantal",
        "Oost-Vlaanderen 799638: algemene - deel 2 60", "Totaal Oost-Vlaanderen 60",
        "292645: tandartsassistent 34", "verkort apotheekassistent", "verkort kleuteronderwijs jaar", "1",
        "West-Vlaanderen", "629580: bijkomende sec 75", "onderwijs leefgroepenwerking",
        "Totaal West-Vlaanderen 95", "Eindtotaal 155",
    )
    assert answer.issues == []
    labels = {(c.code, c.province): (c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"}
    assert labels[("292645", "West-Vlaanderen")] == (
        "tandartsassistent verkort apotheekassistent verkort kleuteronderwijs jaar 1", 34)


def test_a_subtotal_that_leaves_a_period_blank_takes_no_row_figure_there():
    """Found in pypdf and pdfplumber text: ``Educatieve secundair jaar 1 19 55`` under three
    periods, its block's subtotal ``19 55``. Every row had as many figures as periods, so the
    text was taken for the seeds' form and the row read exactly as 1, 19, 55 — a count 1 in
    2018, where the subtotal (settled as 2019 and 2020 by the grand total) has no figure, and
    the label's own ``1`` lost, with no finding. A total line with fewer figures than periods
    shows the spacing was lost too; and a period a total leaves blank has no person in it, so
    the reading that leaves 2018 blank (``… jaar 1``: 19, 55) is the one the totals confirm."""
    answer = _answer(
        "per opleiding", "Opleiding 2018 2019 2020", "Zorg", "Educatieve secundair jaar 1 19 55", "Subtotaal zorg 19 55",
        "Onderwijs", "Graduaat met - 1ste jaar", "master onderwijs 47 7 10", "Subtotaal onderwijs 47 7 10",
        "Techniek", "Graduaat met - 1ste jaar", "master onderwijs 9 46 8", "Subtotaal techniek 9 46 8",
        "Totaal 56 72 64",
    )
    assert answer.issues == []
    rows = _rows(answer)
    assert {k: v for k, v in rows.items() if k[0].startswith("Educatieve")} == {
        ("Educatieve secundair jaar 1", "2019"): 19, ("Educatieve secundair jaar 1", "2020"): 55,
    }
    # (no error of its totals; the one error is the name's: ``Educatieve secundair jaar 1`` names
    # the first year of a teachers' bachelor, sector onderwijs, in the Zorg block)
    errors = [(f.rule, f.line) for f in audit(answer).findings if f.severity == "error"]
    assert errors == [("code-outside-sector", 10)]


def test_a_total_that_leaves_a_filled_period_blank_is_still_read_where_nothing_else_fits():
    """The rule above is a preference, not a law: where no reading of a total line leaves blank
    only periods its parts leave blank (``Totaal unieke cursisten 38 5`` below rows that fill
    2020), the readings its parts fit are weighed as before (2019 and 2021)."""
    answer = _answer(
        "per opleiding", "Opleiding 2019 2020 2021",
        "Graduaat orthopedagogie 10 12 5", "Educatieve graduaatsopleiding 30 22",
        "Totaal inschrijvingen 40 34 5", "Totaal unieke cursisten 38 5",
    )
    totals = {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "total"}
    assert totals[("Totaal unieke cursisten", "2019")] == 38 and totals[("Totaal unieke cursisten", "2021")] == 5
    assert ("Totaal unieke cursisten", "2020") not in totals


def test_a_second_dash_among_a_rows_figures_is_a_blank_mark():
    """Found by the blank-mark property (tests/test_blank_marks.py) with another draw of its
    examples: ``908020: Verkorte educatieve master - 1 - 1`` above ``Totaal``. Either dash may
    be the label's (``traject - 1``), and with no other line printing marks, neither was taken
    for one: the row read as ``Verkorte educatieve master - 1 -`` counting 1, the first 1 lost
    without a finding. Two such dashes on a line that ends its row, among figures and dashes as
    many as the periods, are marks."""
    text = (
        "OKOT's - Onderwijssector\n\n1. Het aantal gestarte unieke cursisten.\n\n"
        "Unieke cursisten met gestarte OKOT'(s) 2018 2019 2020 2021\n"
        "908017: Educatieve graduaatsopleiding 1 1 1 2\n908020: Verkorte educatieve master - 1 - 1\n"
        "Totaal 1 2 1 2\n\n2. Meer cijfers zijn er niet.\n"
    )
    answer = read_text(text, "marks.txt")
    assert answer.issues == []
    assert {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.code == "908020"} == {
        ("Verkorte educatieve master", "2019"): 1, ("Verkorte educatieve master", "2021"): 1,
    }


def _months_answer(*header: str):
    rows = ("656877: zorgkundige - 2de", "jaar Opvoeder", "84 45 36 852 10 1.017",
            "859205: verpleegkunde", "individueel traject", "53 35 67 59 2 214", "Totaal 137 80 103 911 12 1.231")
    return read_text(
        "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 12 van 3 maart 2021\n\n"
        "2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.\n"
        + "\n".join([*header, *rows]) + "\n", "months.txt")


def test_a_total_columns_word_alone_below_month_labels_wrapped_one_word_a_line():
    """Found in pypdf text: month labels wrapped one word a line and the total column's word on
    a line of its own below them (``juni`` / ``2019*`` / ``Totaal``). The table was read with
    five periods, not six: a row's five figures filled them, each in the wrong month (84 in
    February, not March), and only the total line's six figures were reported."""
    answer = _months_answer(
        "Unieke cursisten met", "stopgezette en uitgevoerde", "maar niet geslaagde", "OKOT'(s)",
        "februari", "2019", "maart", "2019", "april", "2019", "mei 2019 juni", "2019*", "Totaal",
    )
    assert answer.issues == []
    assert [p.label for p in answer.tables[0].periods] == ["2019-02", "2019-03", "2019-04", "2019-05", "2019-06", "Totaal"]
    cells = {(c.code, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}
    assert cells[("656877", "2019-02")] == 84 and cells[("656877", "2019-06")] == 10 and cells[("656877", "Totaal")] == 1017


def test_a_headers_first_line_ending_in_month_names_above_a_long_line_of_their_years():
    """Found in pdfplumber text: the header's words wrapped over four lines beside the month
    names (``Unieke cursisten met februari maart april mei 2019 juni Totaal`` / ``stopgezette en
    uitgevoerde 2019 2019 2019 2019*`` / ``maar niet geslaagde`` / ``OKOT'(s)``). Only three
    lines of words were taken for the header, so the years were read alone: one period, 2019."""
    answer = _months_answer(
        "Unieke cursisten met februari maart april mei 2019 juni Totaal",
        "stopgezette en uitgevoerde 2019 2019 2019 2019*", "maar niet geslaagde", "OKOT'(s)",
    )
    assert answer.issues == []
    assert [p.label for p in answer.tables[0].periods] == ["2019-02", "2019-03", "2019-04", "2019-05", "2019-06", "Totaal"]


def test_a_header_line_of_month_names_is_no_header_alone_when_its_years_stand_below():
    """Found in pdfplumber text: ``Unieke cursisten met maart april mei 2019 Totaal`` /
    ``stopgezette en uitgevoerde 2019 2019`` / ``maar niet geslaagde`` / ``OKOT'(s)`` above the
    rows. The first line ends in a period list of its own (``mei 2019 Totaal``), so it was
    taken for a whole header and the next line for a row counting 2019 twice (a year read as a
    figure); the rows' four figures were then more than its two periods."""
    text = (
        "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 12 van 3 maart 2021\n\n"
        "3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.\n"
        "Unieke cursisten met maart april mei 2019 Totaal\nstopgezette en uitgevoerde 2019 2019\n"
        "maar niet geslaagde\nOKOT'(s)\n111088: kinderzorg - 2e jaar 43 16 22 81\nverpleegkunde met\n"
        "Totaal 43 16 22 81\n"
    )
    answer = read_text(text, "months.txt")
    assert answer.issues == []
    assert [p.label for p in answer.tables[0].periods] == ["2019-03", "2019-04", "2019-05", "Totaal"]
    assert 2019 not in {c.count for t in answer.tables for c in t.cells}


def test_a_note_in_brackets_below_a_names_figures_ends_the_name():
    """Found in pdfplumber text: ``Tweedekansonderwijs lager 9 53`` / ``(SLO)`` above the block's
    subtotal. A name goes on below its figures only in lower case, so the note was dropped."""
    answer = _answer(
        "per opleiding", "Opleiding 2016 2017", "Bouw", "Tweedekansonderwijs lager 9 53", "(SLO)",
        "Totaal bouw 9 53", "Totaal 9 53",
    )
    assert answer.issues == []
    assert _rows(answer) == {("Tweedekansonderwijs lager (SLO)", "2016"): 9, ("Tweedekansonderwijs lager (SLO)", "2017"): 53}


def test_layout_text_header_periods_on_its_first_line_then_words_then_a_blank_and_the_first_block():
    """Found in pdfplumber ``layout=True`` text: the header's periods on its first line, its
    words wrapped on three lines below them, then the first block's name between blank lines
    (``Unieke cursisten met mei 2018 juni 2018 juli 2018`` / … / ``OKOT'(s)`` / `` `` /
    ``Onderwijs`` / `` `` / ``452321: …``). No header was found above the first row: the header
    line was read as a row counting 2018 and every row had more figures than periods."""
    text = (
        "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 12 van 3 maart 2021\n\n"
        "3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.\n\n"
        "Unieke cursisten met mei 2018 juni 2018 juli 2018\n"
        "stopgezette en uitgevoerde\nmaar niet geslaagde\nOKOT'(s)\n\n"
        "Onderwijs\n\n452321: bachelor verkort 667 30 36\n"
        "Subtotaal onderwijs 667 30 36\n\nTechniek\n"
        "596733: Hoger - 1 ste jaar 71 18 9\nSubtotaal techniek 71 18 9\n"
        "Totaal 738 48 45\n"
    )
    answer = read_text(text, "layout.txt")
    assert answer.issues == []
    assert [p.label for p in answer.tables[0].periods] == ["2018-05", "2018-06", "2018-07"]
    assert 2018 not in {c.count for t in answer.tables for c in t.cells}


def test_a_labels_own_range_on_its_last_line_below_the_rows_figure():
    """Found in pdfplumber text: ``616296: master vorming`` / ``orthopedagogie 37`` /
    ``vakbevoegdheid 2 - 3`` / the next code. The last line, the label's own range, was reported
    as stray numbers and dropped from the label."""
    answer = _answer(
        "per opleiding en per provincie in 2017", "Provincie Opleiding Aantal",
        "616296: master vorming", "orthopedagogie 37", "vakbevoegdheid 2 - 3", "772805: leefgroepenwerking 59",
        "Totaal Limburg 96", "Eindtotaal 96",
    )
    assert answer.issues == []
    labels = {c.code: (c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"}
    assert labels["616296"] == ("master vorming orthopedagogie vakbevoegdheid 2 - 3", 37)


def test_in_the_seeds_form_a_label_digit_below_its_counting_word_is_read_by_the_spacing():
    """Found by the corpus property (tests/test_corpus_property.py) after the reading that lets
    a line's first number close its label (``fase 1-`` / ``2 10``) came in: in the seeds' form
    (``… - deel`` / ``2 1  1``, two spaces for a blank) the spacing says the reading exactly, and
    the other reading made the row ambiguous. It is offered only where spacing marks no blank."""
    text = (
        "OKOT's - Onderwijssector\n\n1. Het aantal gestarte unieke cursisten.\n\n"
        "Unieke cursisten met gestarte OKOT'(s) 2021 2022 2023\n"
        "000000: Educatieve Educatieve 2   \n"
        "000002: Educatieve - 1ste jaar Educatieve - deel\n2 1  1\n"
        "000003: Educatieve - 1ste jaar 2 1  \n"
        "Totaal 4 2 1\n"
    )
    answer = read_text(text, "seeds-form.txt")
    assert answer.issues == []
    cells = {(c.code, c.period): c.count for t in answer.tables for c in t.cells if c.code == "000002"}
    assert cells == {("000002", "2021"): 1, ("000002", "2023"): 1}


def test_a_labels_own_number_on_its_last_line_below_the_rows_figures():
    """Found in pdfplumber text: ``905794: secundair`` / ``apotheekassistent vorming 33 39 17`` /
    ``onderwijs en jaar 1`` / ``Totaal …``: the last line, the label's own ``jaar 1``, was
    reported as a stray number and dropped from the label. (A copy of the row's line, as an
    extractor may print one, is no label: tests/test_fuzz_figures.py.)"""
    answer = _answer(
        "per opleiding", "Unieke cursisten met gestarte OKOT'(s) 2022 2023 2024",
        "905794: secundair", "apotheekassistent vorming 33 39 17", "onderwijs en jaar 1", "Totaal 33 39 17",
    )
    assert answer.issues == []
    labels = {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.code == "905794"}
    assert labels == {("secundair apotheekassistent vorming onderwijs en jaar 1", p): n
                      for p, n in (("2022", 33), ("2023", 39), ("2024", 17))}


def test_a_label_that_ends_in_two_dashed_digits_keeps_them_under_one_period():
    """Found by the round-trip property (tests/test_roundtrip_property.py) against the rule
    above as it first stood (a second dash among the figures was a mark wherever the row
    ended): ``000000: Educatieve - 1ste jaar - 1 - 1 1`` under one period is the label
    ``… - 1 - 1`` counting 1. Two dashes make marks only where the figures and dashes are as
    many as the periods."""
    text = (
        "OKOT's - Onderwijssector\n\n1. Een overzicht van het aantal gestarte unieke cursisten.\n\n"
        "Unieke cursisten met gestarte OKOT'(s) 2015\n000000: Educatieve - 1ste jaar - 1 - 1 1\nTotaal 1\n"
    )
    answer = read_text(text, "dashes.txt")
    assert answer.issues == []
    assert [(c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"] == [
        ("Educatieve - 1ste jaar - 1 - 1", 1)]


def test_a_wrapped_month_header_repeated_after_a_page_break_pairs_its_labels_in_its_last_copy():
    """Found in ``pdftotext -layout`` text of a generated PDF: the header ``… november`` /
    ``… 2016`` stands on its page with the first block's name under it, and again after the page
    break. Read as one header over both copies, the block's name stood between the month and its
    year, so no label paired: the period was the year 2016, not the month 2016-11 (no issue)."""
    pad = " " * 40
    text = (
        "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 12 van 3 maart 2021\n\n"
        "1. Hieronder vindt u het aantal werkzoekenden dat een opleiding heeft stopgezet.\n\n"
        f"Unieke cursisten met stopgezette en{pad}november\n"
        f"uitgevoerde maar niet geslaagde OKOT'(s){pad}    2016\n\nZorg\n\n{pad}{pad}1/2\n"
        f"\fUnieke cursisten met stopgezette en{pad}november\n"
        f"uitgevoerde maar niet geslaagde OKOT'(s){pad}    2016\n\n"
        f"037134: gehandicaptenzorg - 3de jaar{pad}          57\n\n"
        f"264605: kinderzorg - 1ste jaar{pad}                39\n\n"
        f"Totaal zorg{pad}                                   96\n"
    )
    answer = read_text(text, "layout.txt")
    assert answer.issues == []
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2016-11"]]
    assert sorted((c.code, c.count) for t in answer.tables for c in t.cells if c.level == "row") == [("037134", 57), ("264605", 39)]


def test_the_first_blocks_name_under_the_periods_is_not_the_tables_title():
    """``Unieke cursisten met gestarte OKOT'(s) 2020 2021`` / ``Zorg`` / the first row: the
    block's name was the last word of the table's title."""
    answer = _answer("per sector", "Unieke cursisten met gestarte OKOT'(s) 2020 2021", "Zorg",
                     "900611: Professionele bachelor verpleegkunde - 1ste jaar 201 215", "Subtotaal zorg 201 215",
                     "Onderwijs", "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71",
                     "Subtotaal onderwijs 50 71", "Totaal 251 286")
    assert [t.title for t in answer.tables] == ["Unieke cursisten met gestarte OKOT'(s)"]
    assert answer.tables[0].layout.blocks == "sector"


def test_the_first_block_s_name_under_a_laid_out_header_is_no_word_of_the_table_s_title():
    """Found probing text laid out in columns: the first sector block's name right under the
    header (``Zorg``, no blank line between) was joined to the header's label cell as if that
    cell wrapped, and the table's title read ``Sector / opleiding Zorg``."""
    answer = read_text(
        "OKOT's per sector\n\n1. Het aantal gestarte unieke cursisten per sector.\n\n"
        "Sector / opleiding                                              2021-2022   2022-2023\n"
        "Zorg\n"
        "900611: Professionele bachelor verpleegkunde - 1ste jaar             120          64\n"
        "900123: Tweedekansonderwijs zorgkundige - 1ste jaar                   80          41\n"
        "Subtotaal zorg                                                       198         105\n"
        "Onderwijs\n"
        "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar         55          30\n"
        "Subtotaal onderwijs                                                   55          30\n"
        "Eindtotaal                                                           250         133\n",
        "blocks.txt",
    )
    [table] = answer.tables
    assert table.title == "Sector / opleiding"
    assert table.layout.blocks == "sector"
    assert {(c.code, c.block, c.period): c.count for c in table.cells if c.level == "row"} == {
        ("900611", "zorg", "2021-2022"): 120, ("900611", "zorg", "2022-2023"): 64,
        ("900123", "zorg", "2021-2022"): 80, ("900123", "zorg", "2022-2023"): 41,
        ("908001", "onderwijs", "2021-2022"): 55, ("908001", "onderwijs", "2022-2023"): 30,
    }
    assert answer.issues == []


def test_a_total_above_its_rows_whose_count_looks_like_an_earlier_year_is_no_header():
    """Found by tests/test_shape_variants.py::test_a_total_above_its_rows_totals_them (its
    derandomized example when run with other files): ``Totaal 1900`` right under ``Leeftijd
    2015`` was taken for the header's cells wrapped (a total column and a year), so the table's
    period became 1900. A year before the header's first cannot go on its list of periods."""
    answer = _answer("naar leeftijd", "Leeftijd 2015", "Totaal 1900", "-25 jaar 1", "25-54 jaar 1", "55+ jaar 1898")
    assert answer.issues == []
    assert [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("total", "Totaal", "2015", 1900), ("row", "-25 jaar", "2015", 1), ("row", "25-54 jaar", "2015", 1),
        ("row", "55+ jaar", "2015", 1898),
    ]
