"""Answers the generator of the newer shapes found misread (``tests/test_newer_shapes_property.py``),
each reduced to the form that showed it.

- Nested totals over a page break: ``Vlaams Gewest`` closing the Flemish provinces, then
  ``Brussel`` and — after a page break that repeats the table's header — ``Totaal``; or the
  page break right below ``Vlaams Gewest`` (a PDF). The lines below the break were an
  ``unreadable-table`` error ("rows below a table's total line").
- Several columns under a single period (``2021*`` / ``geslaagd gestopt``): every row was an
  ``unreadable-table`` error (two figures under one period).
- A header of periods and the columns under each in one line longer than 100 characters (four
  years of ``gestart`` and ``geslaagd``): the header was not found, one period read.
- A table without a total line (measures as rows) followed by a paragraph of prose whose lines
  end in numbers: the prose was read as rows of the table (``ambiguous-alignment`` errors, a
  ``stray-number``), and the table was not split into its measures.
- A total column printed first above month labels wrapped in their cells (``Totaal juli 2017
  augustus`` / ``2017 2017``, as single-spaced extractors print a PDF): the total column was
  read as the last, every row misplaced.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = (
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector\n\n"
    "ANTWOORD\nop vraag nr. 46 van 21 november 2022\n\n"
)


def _cells(answer) -> list[tuple]:
    return [(t.measure, c.level, c.code or c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells]


def _severe(answer) -> list[tuple]:
    return [(f.rule, f.line) for f in audit(answer).findings if f.severity in ("error", "warning")]


PROVINCES = [
    "Provincie 2021 2022*",
    "Antwerpen 18 8",
    "Oost-Vlaanderen 2 48",
    "Vlaanderen 19 55",
    "Brussel 47 29",
]
NESTED_CELLS = [
    ("stopped_or_failed", "row", "Antwerpen", "2021", 18, None), ("stopped_or_failed", "row", "Antwerpen", "2022", 8, None),
    ("stopped_or_failed", "row", "Oost-Vlaanderen", "2021", 2, None),
    ("stopped_or_failed", "row", "Oost-Vlaanderen", "2022", 48, None),
    ("stopped_or_failed", "subtotal", "Vlaanderen", "2021", 19, "unique"),
    ("stopped_or_failed", "subtotal", "Vlaanderen", "2022", 55, "unique"),
    ("stopped_or_failed", "row", "Brussel", "2021", 47, None), ("stopped_or_failed", "row", "Brussel", "2022", 29, None),
    ("stopped_or_failed", "total", "Totaal", "2021", 64, "unique"), ("stopped_or_failed", "total", "Totaal", "2022", 80, "unique"),
]


@pytest.mark.parametrize("page_break", [
    ["", "", "Provincie 2021 2022*"],  # blank lines, the header again
    ["", " ", "", "\fProvincie 2021 2022*"],  # and a form feed
], ids=["repeated-header", "form-feed"])
def test_a_page_break_between_brussel_and_totaal_keeps_the_nested_totals(page_break):
    text = HEAD + "1. Hieronder vindt u het aantal stopgezette unieke cursisten per provincie.\n\n"
    lines = [*PROVINCES, *page_break, "Totaal 64 80"]
    answer = read_text(text + "\n".join(lines) + "\n\n*Voor het jaar 2022 zijn enkel cijfers van de eerste jaarhelft.\n", "n.txt")
    assert answer.issues == []
    assert _cells(answer) == NESTED_CELLS
    assert _severe(answer) == []
    # 1 person (2021) and 1 (2022) counted in two provinces; 2 and 4 in Vlaanderen and in Brussel
    assert sorted((f.label, f.period, f.stated, f.observed) for f in audit(answer).findings
                  if f.rule == "parts-exceed-total") == [
        ("Totaal", "2021", 64, 66), ("Totaal", "2022", 80, 84),
        ("Vlaanderen", "2021", 19, 20), ("Vlaanderen", "2022", 55, 56),
    ]


def test_the_header_repeated_right_below_vlaams_gewest_keeps_the_nested_totals():
    """A PDF's page break right below the subtotal: the header repeated, then Brussel (a row
    the table does not have yet) and Totaal."""
    text = HEAD + "1. Hieronder vindt u het aantal stopgezette unieke cursisten per provincie.\n\n"
    lines = [*PROVINCES[:4], "Provincie 2021 2022*", PROVINCES[4], "Totaal 64 80"]
    answer = read_text(text + "\n".join(lines) + "\n", "n.txt")
    assert answer.issues == []
    assert _cells(answer) == NESTED_CELLS


def test_the_same_rows_under_the_same_header_below_a_total_are_still_the_next_table():
    text = HEAD + "1. Hieronder vindt u het aantal stopgezette unieke cursisten per provincie.\n\n"
    lines = [*PROVINCES[:3], "Totaal 19 55", "Provincie 2021 2022*", *PROVINCES[1:3], "Totaal 19 55"]
    answer = read_text(text + "\n".join(lines) + "\n", "n.txt")
    assert answer.issues == []
    assert [len(t.cells) for t in answer.tables] == [6, 6]


SINGLE_PERIOD = [
    "Opleiding 2021*",
    "geslaagd gestopt",
    "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 48 16 ",
    "908005: Educatieve bachelor voor lager onderwijs - modules 1- 4 12 5",
    "Totaal 58 21",
]


def test_columns_of_measures_under_a_single_period():
    text = HEAD + "1. Hieronder vindt u het aantal unieke cursisten per opleiding.\n\n"
    answer = read_text(text + "\n".join(SINGLE_PERIOD) + "\n\n*Voor 2021 enkel de eerste jaarhelft.\n", "s.txt")
    assert answer.issues == []
    assert [(t.measure, [(p.label, p.partial) for p in t.periods]) for t in answer.tables] == [
        ("graduated", [("2021", True)]), ("stopped_or_failed", [("2021", True)]),
    ]
    assert _cells(answer) == [
        ("graduated", "row", "908003", "2021", 48, None), ("graduated", "row", "908005", "2021", 12, None),
        ("graduated", "total", "Totaal", "2021", 58, "unique"),
        ("stopped_or_failed", "row", "908003", "2021", 16, None), ("stopped_or_failed", "row", "908005", "2021", 5, None),
        ("stopped_or_failed", "total", "Totaal", "2021", 21, "unique"),
    ]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


def test_a_long_header_of_periods_and_names_in_one_line():
    years = ("2019", "2020", "2021", "2022")
    header = "Opleiding " + " ".join(f"{y} {name}" for y in years for name in ("gestart", "geslaagd"))
    assert len(header) > 100
    lines = [header, "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 10 60 12 70 14 80 16",
             "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 40 30 41 33 42 35 43 37",
             "Totaal 88 40 100 45 110 49 120 53"]
    text = HEAD + "1. Hieronder vindt u het aantal unieke cursisten per opleiding.\n\n"
    answer = read_text(text + "\n".join(lines) + "\n", "l.txt")
    assert answer.issues == []
    assert [(t.measure, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started", list(years)), ("graduated", list(years)),
    ]
    assert [c.count for c in answer.tables[1].cells if c.level == "total"] == [40, 45, 49, 53]
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


MEASURES = [
    "Jaar 2018 2019 2020",
    "Gestarte cursisten 4.398 4.774 4.901",
    "Geslaagde cursisten 1.487 1.512 1.620",
    "",
    "Een opleidingstraject kan op individuele basis verlengd worden, bv. voor",
    "5710 van de 976 cursisten. De groep werkzoekenden in onderstaande tabel is",
    "niet dezelfde groep als deze uit vraag 311.",
    "",
    "",
    "VDAB heeft de afgelopen jaren sterk ingezet op het",
    "verbreden van het erkende opleidingsaanbod. Op dit",
    "moment kunnen werkzoekenden kiezen uit 3303",
    "opleidingen, terwijl er dat in 2013 nog maar 623",
    "waren.",
]


def test_prose_below_a_table_without_a_total_line_is_no_row_of_it():
    text = HEAD + "1. Onderstaande tabel geeft een overzicht van de OKOT-trajecten.\n\n"
    answer = read_text(text + "\n".join(MEASURES) + "\n", "m.txt")
    assert answer.issues == []
    assert [(t.measure, [(c.label, c.period, c.count) for c in t.cells]) for t in answer.tables] == [
        ("started", [("Gestarte cursisten", "2018", 4398), ("Gestarte cursisten", "2019", 4774),
                     ("Gestarte cursisten", "2020", 4901)]),
        ("graduated", [("Geslaagde cursisten", "2018", 1487), ("Geslaagde cursisten", "2019", 1512),
                       ("Geslaagde cursisten", "2020", 1620)]),
    ]
    assert _severe(answer) == []


def test_rows_below_a_blank_line_of_a_table_without_a_total_line_are_still_its_rows():
    """Rows that go on after a blank line (a page break) are no paragraph of prose."""
    lines = ["Leeftijd 2020 2021", "-25 jaar 1.012 980", "", "25-54 jaar 3.797 3.650", "55+ jaar 120 140"]
    text = HEAD + "1. Hieronder vindt u het aantal gestarte unieke cursisten naar leeftijd.\n\n"
    answer = read_text(text + "\n".join(lines) + "\n\nDe cijfers zijn afkomstig van VDAB.\n", "a.txt")
    assert [c.label for t in answer.tables for c in t.cells if c.period == "2021"] == ["-25 jaar", "25-54 jaar", "55+ jaar"]


WRAPPED_MONTHS = [
    "Unieke cursisten met Totaal juli 2017 augustus september oktober",
    "uitgevoerde, geslaagde, OKOT'(s) 2017 2017 2017",
    "019508: Educatieve bachelor voor kleuteronderwijs - 3de jaar 186 64 58 5 69",
    "601862: Educatieve bachelor voor lager onderwijs - 3de jaar 75 7 68",
    "Totaal 250 71 58 5 126",
]


def test_a_total_column_first_above_month_labels_wrapped_in_their_cells():
    """``Totaal juli 2017 augustus september oktober`` / ``2017 2017 2017``: the total column
    first, the months in time order. The second row's blank months are placed by its totals:
    7 in July, 68 in October (the Totaal line's 71 and 126 leave no other room)."""
    text = HEAD + "1. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een diploma behaalde.\n\n"
    answer = read_text(text + "\n".join(WRAPPED_MONTHS) + "\n", "w.txt")
    assert answer.issues == []
    [table] = answer.tables
    assert [p.label for p in table.periods] == ["Totaal", "2017-07", "2017-08", "2017-09", "2017-10"]
    assert [(c.code, c.period, c.count) for c in table.cells if c.level == "row"] == [
        ("019508", "Totaal", 186), ("019508", "2017-07", 64), ("019508", "2017-08", 58),
        ("019508", "2017-09", 5), ("019508", "2017-10", 69),
        ("601862", "Totaal", 75), ("601862", "2017-07", 7), ("601862", "2017-10", 68),
    ]
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


# --- Several columns under each period: more forms -------------------------------------------

PER_COLUMN = [
    "Opleiding 2015 2015 2016 2016",
    "gestart gestopt gestart gestopt",
    "Specifieke lerarenopleiding secundair 57 3 11 49",
    "Verkorte educatieve master 33 50 59 37",
    "Totaal 82 50 59 80",
]


def test_a_period_printed_over_each_of_its_columns_with_the_names_below():
    """A PDF's header cells ``2015`` / ``gestart`` beside ``2015`` / ``gestopt``, as
    extractors print them: each period once per column, the names on the line below."""
    text = HEAD + "1. Hieronder vindt u het aantal unieke cursisten per opleiding.\n\n"
    answer = read_text(text + "\n".join(PER_COLUMN) + "\n", "p.txt")
    assert answer.issues == []
    assert [(t.measure, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started", ["2015", "2016"]), ("stopped_or_failed", ["2015", "2016"]),
    ]
    assert [(c.label, c.period, c.count) for c in answer.tables[1].cells] == [
        ("Specifieke lerarenopleiding secundair", "2015", 3), ("Specifieke lerarenopleiding secundair", "2016", 49),
        ("Verkorte educatieve master", "2015", 50), ("Verkorte educatieve master", "2016", 37),
        ("Totaal", "2015", 50), ("Totaal", "2016", 80),
    ]


#: ``pdftotext -layout`` of a PDF whose header cells each hold a school year and a column's name
#: (figures right-aligned in their cells): laid out again, each cell's two lines stand side by
#: side (``2019-2020* geslaagd``), far wider than the figures under them.
LAYOUT_CELLS = """\
Opleiding                                               2017-2018    2017-2018     2018-2019        2018-2019   2019-2020*   2019-2020*
                                                        geslaagd      gestart      geslaagd          gestart     geslaagd      gestart

342862: traject onderwijs - 2de jaar Specifieke                            78           18            1496         48           39
opvoeder graduaatsopleiding vakbevoegdheid
fase 1- 2

752396: orthopedagogie 2 - 3 - deel 2                      35              28           58                         25           37

Totaal                                                     35              87           76            1496         62           48
"""


def test_a_figure_wholly_under_one_wide_column_is_that_columns():
    """``25`` stands under ``2019-2020* geslaagd``, its right edge nearer that of the column
    before: it is the graduates' 2019-2020 figure, not the starters' 2018-2019."""
    text = HEAD + "1. Hieronder vindt u het aantal unieke cursisten per opleiding.\n\n"
    answer = read_text(text + LAYOUT_CELLS, "l.txt")
    assert answer.issues == []
    row = {(t.measure, c.period): c.count for t in answer.tables for c in t.cells if c.code == "752396"}
    assert row == {("graduated", "2017-2018"): 35, ("started", "2017-2018"): 28, ("graduated", "2018-2019"): 58,
                   ("graduated", "2019-2020"): 25, ("started", "2019-2020"): 37}
    assert [f for f in audit(answer).findings if f.rule in ("total-exceeds-parts", "total-below-largest-part")] == []


def test_the_header_of_columns_printed_otherwise_on_the_next_page_is_a_repeat():
    """The periods over the names on the first page; the next page prints each period with
    each name in one line (a PDF's cells, laid out otherwise): the header again, no stray
    numbers, the rows below it the table's."""
    lines = [
        "Opleiding 2018 2019*", "geslaagd gestart geslaagd gestart",
        "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 24 54 11 19",
        "", "\fOpleiding 2018 geslaagd 2018 gestart 2019* geslaagd 2019* gestart",
        "908013: Educatieve bachelor voor lager onderwijs - 3de jaar 30 40 21 22", "Totaal 54 94 32 41",
    ]
    text = HEAD + "1. Hieronder vindt u het aantal unieke cursisten per opleiding.\n\n"
    answer = read_text(text + "\n".join(lines) + "\n\n*Voor 2019 enkel de eerste jaarhelft.\n", "r.txt")
    assert answer.issues == []
    assert [(t.measure, [c.count for c in t.cells]) for t in answer.tables] == [
        ("graduated", [24, 11, 30, 21, 54, 32]), ("started", [54, 19, 40, 22, 94, 41]),
    ]


def test_the_next_tables_header_below_its_caption_ends_a_table_without_a_total_line():
    """An annex: measures as rows (no total line), then the next table's caption and header.
    The caption and the header are no rows of the first table; the caption says what the
    next one counts."""
    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    import io

    from openpyxl import Workbook

    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    book = Workbook()
    sheet = book.active
    for row in [
        ["Jaar", "2016", "2017"], ["Unieke geslaagde cursisten", 1, 41], ["Gestarte cursisten", 57, 33],
        ["Gestopte cursisten", 60, 18], [], ["Aantal unieke stopgezette cursisten naar leeftijd"], [],
        ["Leeftijd", "Totaal", "2019-2020"], ["-25 jaar", 34, 34], ["25-54 jaar", 17, 17], ["55+ jaar", 28, 28],
        ["Totaal", 79, 79],
    ]:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    answer = parse_answer(source_from_bytes(buffer.getvalue(), "annex.xlsx"))
    assert answer.issues == []
    assert [(t.measure, t.layout.rows, [p.label for p in t.periods], len(t.cells)) for t in answer.tables] == [
        ("graduated", "programme", ["2016", "2017"], 2), ("started", "programme", ["2016", "2017"], 2),
        ("stopped_or_failed", "programme", ["2016", "2017"], 2),
        ("stopped_or_failed", "category", ["Totaal", "2019-2020"], 8),
    ]


def test_a_pdf_table_whose_header_and_first_row_end_a_page():
    """The table starts at the foot of a page: its header and first row there, the header
    repeated at the top of the next page over the other rows. The first header was dropped as
    a running footer (its text on two pages, in their margins) and the first row read as no
    row of the table."""
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
    from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf

    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    style = PdfStyle(running_header=None, page_numbers=None, page_height=210.0)
    rows = [("Antwerpen", 75), ("Vlaams-Brabant", 16), ("West-Vlaanderen", 35), ("Vlaams Gewest", 109),
            ("Brussel", 53), ("Totaal", 152)]
    for n in range(24, 60):  # prose enough to leave room for the header and one row only (24 with fpdf2 2.8)
        table = PdfTable("Provincie", ["2020-2021"], [
            PdfRow(label, [count], "total" if label == "Totaal" else "row") for label, count in rows])
        prose = [f"Zin {i} van de inleiding over de opleidingen van VDAB." for i in range(n)]
        data = write_pdf(Document(["Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector", *prose,
                                   "3. Hieronder vindt u het aantal stopgezette unieke cursisten per provincie.",
                                   table]), style)
        if (table.rows[0].page, table.rows[1].page) == (1, 2):
            break
    else:
        pytest.fail("no length of prose ends the page after the table's first row")
    answer = parse_answer(source_from_bytes(data, "foot.pdf"))
    assert answer.issues == []
    assert [(c.level, c.label, c.count, c.page) for t in answer.tables for c in t.cells] == [
        ("row", "Antwerpen", 75, 1), ("row", "Vlaams-Brabant", 16, 2), ("row", "West-Vlaanderen", 35, 2),
        ("subtotal", "Vlaams Gewest", 109, 2), ("row", "Brussel", 53, 2), ("total", "Totaal", 152, 2),
    ]


LAID_OUT_MONTHS = """\
                                                 augustus      september        oktober        november
Leeftijd                            Totaal         2020          2020            2020            2020

-25 jaar                              72               38           13            25

25-54 jaar                            98               5            53            4               40

55+ jaar                             143               45           71            21              34

Totaal                               313               88           137           50              74
"""


def test_a_total_column_first_laid_out_under_month_names_above_their_years():
    """``pdftotext -layout``: the month names on the line above ``Leeftijd Totaal 2020 2020
    …`` — the total column stands before every period on its line: the first."""
    text = HEAD + "1. Hieronder vindt u het aantal gestarte unieke cursisten naar leeftijd.\n\n"
    answer = read_text(text + LAID_OUT_MONTHS, "m.txt")
    assert answer.issues == []
    [table] = answer.tables
    assert [p.label for p in table.periods] == ["Totaal", "2020-08", "2020-09", "2020-10", "2020-11"]
    assert [(c.period, c.count) for c in table.cells if c.label == "-25 jaar"] == [
        ("Totaal", 72), ("2020-08", 38), ("2020-09", 13), ("2020-10", 25)]
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_a_total_column_after_wrapped_month_names_is_still_the_last():
    lines = ["Leeftijd januari februari Totaal", "2020 2020", "-25 jaar 38 13 45", "25-54 jaar 5 53 57", "Totaal 43 66 102"]
    text = HEAD + "1. Hieronder vindt u het aantal gestarte unieke cursisten naar leeftijd.\n\n"
    [table] = read_text(text + "\n".join(lines) + "\n", "m.txt").tables
    assert [p.label for p in table.periods] == ["2020-01", "2020-02", "Totaal"]


TWO_LINE_CELLS = """\
Opleiding                                                 2018      2018        2018     2019*    2019*       2019*
                                                        gestopt   gestart   geslaagd   gestopt   gestart   geslaagd

017273: knelpuntvakken voor niveau 5                        40          9        60        63        37
orthopedagogie Tweedekansonderwijs educ

254167: Hoger individueel traject - modules 1-              38                   50        69        52         64
4 - 3de jaar

460635: individueel - deel 2 traject - tweede                2         12        17        41        16         66
jaar beroepsonderwijs

682019: lerarenopleiding - 3de jaar                          2         29        53      1545                   43
orthopedagogie tandartsassistent kinderzorg

766475: individueel jaar 1 apotheekassistent                47         21        26        62        48         64
algemene - deel 2 bijkomende

Totaal                                                     128         65       206      1762       122        221
"""


def test_figures_laid_out_apart_from_a_header_of_two_line_cells_stand_under_the_full_rows_columns():
    """``pdftotext -layout`` of header cells of two lines (``2018`` / ``gestopt``) and labels
    wrapped over two lines: laid out again, the names run together and the rows' figures stand
    well right of the header's periods. The figures go by the columns the full rows give,
    where every row fits them — every row was an ``ambiguous-alignment`` error."""
    text = HEAD + "1. Hieronder vindt u het aantal unieke cursisten per opleiding.\n\n"
    answer = read_text(text + TWO_LINE_CELLS + "\n*Voor het jaar 2019 zijn enkel cijfers opgenomen van de eerste jaarhelft.\n", "t.txt")
    assert answer.issues == []
    assert [(t.measure, [(c.code, c.period, c.count) for c in t.cells if c.code == "254167"]) for t in answer.tables] == [
        ("stopped_or_failed", [("254167", "2018", 38), ("254167", "2019", 69)]),
        ("started", [("254167", "2019", 52)]),
        ("graduated", [("254167", "2018", 50), ("254167", "2019", 64)]),
    ]
    assert [f for f in audit(answer).findings if f.rule in ("total-exceeds-parts", "total-below-largest-part")] == []


#: ``pdftotext -layout`` of two pages: each ends in an ``Onbekend`` row (the first page before
#: the table's header repeated and its ``Totaal``), the same text but for its figures.
FOOT_ROWS = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector

JO BOURNS
VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW

ANTWOORD
op vraag nr. 20 van 5 augustus 2021
van JAN LAEREMANS

1. Hieronder vindt u het aantal gestarte unieke cursisten naar leeftijd.

Leeftijd                          2017-2018     2018-2019         Totaal

-25 jaar                                  75            44           101

25-54 jaar                              1168                       1168

55+ jaar                                                55            55

Subtotaal                               1243            99         1324

Onbekend                                  28            42            59

Totaal                                  1271           141         1383

2. Hieronder vindt u de gevraagde gegevens voor 2016. De cijfers geven het aantal geslaagde cursisten weer van januari 2016 tot en
met oktober 2016. De cijfers hieronder geven het aantal unieke cursisten naar geslacht weer.

Geslacht                             Aantal

Man                                      29

Vrouw                                    10

Subtotaal                                39

Onbekend                                 54
\fGeslacht                            Aantal

Totaal                                   93

3. Hieronder vindt u het aantal stopgezette unieke cursisten naar leeftijd.

Leeftijd                         2019-2020     2020-2021

-25 jaar                                  35            19

25-54 jaar                                              36

55+ jaar                                  48            13

Subtotaal                                 83            68

Onbekend                                                50

Totaal                                    83          118
\f
"""


def test_a_row_at_the_foot_of_two_pages_is_no_running_footer():
    """``Onbekend 54`` ends page 1 and ``Onbekend 50`` stands at the foot of page 2: their text
    but the figures recurs in two pages' margins, yet each is a table's row (its figure in the
    column of the rows above). The first was dropped as a running footer — its 54 neither a
    cell nor a finding, and Totaal 93 a false error over Subtotaal 39."""
    answer = read_text(FOOT_ROWS, "foot.txt")
    assert answer.issues == []
    unknown = [(t.measure, c.period, c.count, c.page) for t in answer.tables for c in t.cells if c.label == "Onbekend"]
    assert unknown == [("started", "2017-2018", 28, 1), ("started", "2018-2019", 42, 1), ("started", "Totaal", 59, 1),
                       ("graduated", "2016", 54, 1), ("stopped_or_failed", "2020-2021", 50, 2)]
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


ONE_YEAR = [
    "Jaar 2018", "Unieke geslaagde cursisten 15", "", "", "\fJaar 2018", "Unieke gestarte cursisten 60", "", " ",
    "\fJaar 2018", "Gestopte cursisten 37", "",
    "De groep werkzoekenden in onderstaande tabel is niet dezelfde ",
    "groep als deze uit vraag 213. De groep werkzoekenden in ",
    "onderstaande tabel is niet dezelfde groep als deze uit vraag ", "367.", "",
    "In Oost-Vlaanderen loopt sinds 2014 het proefproject INTRO met 6245 ",
    "deelnemers. VDAB heeft de afgelopen jaren sterk ingezet op het ", "verbreden van het erkende opleidingsaanbod.",
]


def test_prose_whose_sentences_end_in_numbers_ends_a_table_without_a_total_line():
    """Measures as rows over one year, over page breaks, then prose whose sentences end in a
    question's number (``vraag 213. De …``, ``367.``): the prose ends the table. A line of the
    next paragraph (``… INTRO met 6245``) was read as a fourth row, and the rows not as
    measures."""
    text = HEAD + "1. Onderstaande tabel geeft een overzicht van de OKOT-trajecten.\n\n"
    answer = read_text(text + "\n".join(ONE_YEAR) + "\n", "y.txt")
    assert answer.issues == []
    assert [(t.measure, [(c.label, c.count) for c in t.cells]) for t in answer.tables] == [
        ("graduated", [("Unieke geslaagde cursisten", 15)]), ("started", [("Unieke gestarte cursisten", 60)]),
        ("stopped_or_failed", [("Gestopte cursisten", 37)]),
    ]


#: ``pdftotext -layout`` of an answer whose second table — three measures under two years —
#: runs over a page break: each page laid out on a grid of its own, the header repeated.
PAGE_GRIDS = """\
Vlaams Parlement - Schriftelijke vragen en antwoorden


Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector

JO BOURNS
VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW

ANTWOORD
op vraag nr. 391 van 22 oktober 2020
van JAN LAEREMANS

1. Hieronder vindt u het aantal unieke cursisten per opleiding.

Opleiding                                    2018         2018
                                           gestart      gestopt

246015: gehandicaptenzorg                        36         46
vorming Educatieve modules
1- 4 knelpuntvakken verkort

670458: Hoger - 1ste jaar - 1                    55         33

689972: Hoger secundair                          36         17
secundair - 3de jaar (SLO)
Graduaat algemene -en

Totaal                                         121          83

2. Hieronder vindt u het aantal unieke cursisten per opleiding.

Opleiding                                   2018          2018      2018       2019*    2019*      2019*
                                        geslaagd        gestart   gestopt   geslaagd   gestart   gestopt

143665: Professionele                            47          63        9          8        15        46
Graduaat kinderzorg Se-n-se
onderwijs

168800: en Graduaat                              48                                        58        17
orthopedagogie 2 - 3 vorming
Graduaat onderwijs

564476: algemene                                 63          22       53         11        34        46
orthopedagogie lager
apotheekassistent Verkorte -
verkort traject - 2de jaar
Tweedekansonderwijs




                                                                        1
\fVlaams Parlement - Schriftelijke vragen en antwoorden


Opleiding                                   2018          2018           2018       2019*      2019*        2019*
                                        geslaagd        gestart        gestopt   geslaagd     gestart     gestopt

681962: kinderzorg -en                           32         32             18                        20           7
jeugd- niveau 5 - tweede jaar

Totaal                                         182         114             80           12          123       116

*Voor het jaar 2019 zijn enkel cijfers opgenomen van de eerste jaarhelft.

3. Hieronder vindt u het aantal unieke cursisten per opleiding.

Opleiding                                2019-2020      2019-2020        2019-2020     2020-2021*    2020-2021*   2020-2021*
                                           gestopt         gestart        geslaagd        gestopt       gestart     geslaagd

489667: Specifieke                                 44                             60          31            53           68
lerarenopleiding
lerarenopleiding

807428: traject onderwijs                          62             12              65          33            28           40
voor bijkomende

Totaal                                             96             12             114          64            81           92

*Voor het jaar 2020-2021 zijn enkel cijfers opgenomen van de eerste jaarhelft.




                                                                             2
\f
"""


def test_columns_of_measures_over_a_page_break_each_page_on_its_own_grid():
    """Laid out again, the header's cells (``2019* gestart``) stand wider than the figures
    under them: each page's figures go by the columns its own full rows give, below the header
    of its page. ``168800 … 48 _ _ _ 58 17`` on the first page: the starters' and the
    drop-outs' 2019 figures, where 58 was read as the graduates' and 17 as the starters'."""
    answer = read_text(PAGE_GRIDS, "g.txt")
    assert answer.issues == []
    row = sorted((t.measure, c.period, c.count) for t in answer.tables for c in t.cells if c.code == "168800")
    assert row == [("graduated", "2018", 48), ("started", "2019", 58), ("stopped_or_failed", "2019", 17)]
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


#: ``pdftotext -layout``: the header's first cell, set in the middle of its two lines, stands on
#: the names' line, not the periods'.
HEAD_ON_NAMES = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector

JO BOURNS
VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW

ANTWOORD
op vraag nr. 167 van 23 juni 2020
van JAN LAEREMANS

1. Hieronder vindt u het aantal unieke cursisten per opleiding.

                                                    2019-2020     2019-2020      2020-2021*   2020-2021*
Opleiding                                            geslaagd       gestopt        geslaagd      gestopt

149521: met en (SLO) kleuteronderwijs                        52          30             12          946

Totaal                                                       52          30             12          946

*Voor het jaar 2020-2021 zijn enkel cijfers opgenomen van de eerste jaarhelft.




                                                                  1
\f
"""


def test_the_headers_first_cell_on_the_names_line():
    answer = read_text(HEAD_ON_NAMES, "h.txt")
    assert answer.issues == []
    assert [(t.measure, [(c.level, c.period, c.count) for c in t.cells]) for t in answer.tables] == [
        ("graduated", [("row", "2019-2020", 52), ("row", "2020-2021", 12), ("total", "2019-2020", 52), ("total", "2020-2021", 12)]),
        ("stopped_or_failed", [("row", "2019-2020", 30), ("row", "2020-2021", 946), ("total", "2019-2020", 30),
                               ("total", "2020-2021", 946)]),
    ]


#: ``pdftotext -layout``: the header's first cell (``Provincie``) alone between the periods' line
#: and the names' line, set in the middle of the header's two lines.
FIRST_CELL_BETWEEN = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector

JO BOURNS
VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW

ANTWOORD
op vraag nr. 362 van 26 maart 2018
van JAN LAEREMANS

1. Hieronder vindt u het aantal unieke cursisten per provincie.

                                 2017-2018     2017-2018    2018-2019   2018-2019   2019-2020   2019-2020
Provincie
                                 geslaagd       gestopt     geslaagd     gestopt    geslaagd     gestopt

Limburg                                            45                      5          562          22

West-Vlaanderen                      58            23             8        15          50          1

Totaal                               58            68             8        20         603          23
\f
"""


def test_the_headers_first_cell_alone_between_the_periods_and_the_names():
    answer = read_text(FIRST_CELL_BETWEEN, "b.txt")
    assert answer.issues == []
    assert [(t.measure, [(c.province, c.period, c.count) for c in t.cells if c.province == "Limburg"]) for t in answer.tables] == [
        ("graduated", [("Limburg", "2019-2020", 562)]),
        ("stopped_or_failed", [("Limburg", "2017-2018", 45), ("Limburg", "2018-2019", 5), ("Limburg", "2019-2020", 22)]),
    ]
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_two_tables_of_columns_under_the_same_periods_one_below_the_other():
    """An annex: two tables under ``2022 2023``, the first of starters and graduates, the
    second of graduates, starters and drop-outs, each below the same caption (which the reader
    sets aside as a running line). The second's header, right below the first's total, is no
    page break in the first: its columns are named otherwise."""
    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    from generate.pdf import Document, PdfRow, PdfTable
    from generate.xlsx import write_xlsx

    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    caption = "Aantal unieke cursisten per opleiding"
    first = PdfTable("Opleiding", ["2022", "2023"], [PdfRow("Opvoeder bijkomende", [1, 59, 58, 9]),
                                                     PdfRow("Totaal", [1, 59, 58, 9], "total")],
                     caption=caption, names=["gestart", "geslaagd"])
    second = PdfTable("Opleiding", ["2022", "2023"], [
        PdfRow("Se-n-se lerarenopleiding met - verkort traject - 2de jaar", [32, 1351, 28, 1319, 39, 50]),
        PdfRow("Opvoeder knelpuntvakken educ kinderzorg", [80, 27, 16, 56, 48, 41]),
        PdfRow("Totaal", [82, 1387, 29, 1416, 80, 84], "total"),
    ], caption=caption, names=["geslaagd", "gestart", "gestopt"])
    workbook, _ = write_xlsx(Document([first, second]))
    answer = parse_answer(source_from_bytes(workbook, "annex.xlsx"))
    assert answer.issues == []
    assert [(t.measure, len(t.cells)) for t in answer.tables] == [
        ("started", 4), ("graduated", 4), ("graduated", 6), ("started", 6), ("stopped_or_failed", 6)]
