"""Answers written by hand in shapes the other tests do not hold (a ninth review of reading
answers never seen, round 18: small gaps round 17 left): each test is such an answer, or the
smallest part of it that showed the reader's error, and the exact cells and findings a correct
reader gives — single-spaced (the seeds' form) and laid out (``pdftotext -layout``)."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from test_unseen_answers8 import HEAD, LAID, _cells, _found
from test_unseen_answers8 import _text as _text8


def _text(rows: list[list[str]], laid: bool) -> str:
    """As round 17's answers (test_unseen_answers8), with a wider label column."""
    return _text8(rows, laid, label_width=62, min_width=10)


STARTED = "1. Het aantal unieke cursisten dat een OKOT startte:\n\n"


# 1. ``x`` as a blank mark among a row's figures.

X_MARKS = [
    ["Opleiding", "2021", "2022", "2023", "2024"],
    ["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "x", "44", "39", "51"],
    ["908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar", "12", "20", "x", "30"],
    ["Totaal", "12", "64", "39", "81"],
]


X_CELLS = [
    ("started", "row", "908001", "2022", 44, None), ("started", "row", "908001", "2023", 39, None),
    ("started", "row", "908001", "2024", 51, None), ("started", "row", "908003", "2021", 12, None),
    ("started", "row", "908003", "2022", 20, None), ("started", "row", "908003", "2024", 30, None),
    ("started", "total", "Totaal", "2021", 12, "unique"), ("started", "total", "Totaal", "2022", 64, "unique"),
    ("started", "total", "Totaal", "2023", 39, "unique"), ("started", "total", "Totaal", "2024", 81, "unique"),
]


@LAID
def test_an_x_among_a_rows_figures_is_a_blank_cell(laid):
    """``… 1ste jaar x 44 39 51``: the ``x`` stood for a blank cell as ``-`` does, but was kept
    as a word of the label, and the row was not read (``ambiguous-alignment``, an error). An
    ``x`` standing alone among the figures that end a row is a blank mark."""
    answer = read_text(HEAD + STARTED + _text(X_MARKS, laid) + "\n\nBron: VDAB.\n", "x.txt")
    assert _cells(answer) == X_CELLS
    assert [c.label for t in answer.tables for c in t.cells if c.code == "908001"][0] == (
        "Educatieve bachelor voor kleuteronderwijs - 1ste jaar")
    assert _found(answer) == []


def test_an_x_first_among_figures_alone_under_their_label_is_a_blank_cell():
    """pypdf's text of such a row: the label wrapped over two lines and the figures on a line of
    their own, the ``x`` first (``908001: … voor`` / ``kleuteronderwijs - 1ste jaar`` / ``x 44 39
    51``): the cells were right, but the ``x`` was kept as the label's last word — a false
    ``label-mismatch`` warning ("reads '… 1ste jaar x'")."""
    lines = ["Opleiding 2021 2022 2023 2024", "908001: Educatieve bachelor voor", "kleuteronderwijs - 1ste jaar",
             "x 44 39 51", "908003: Educatieve bachelor voor", "kleuteronderwijs - 3de jaar", "12 20 x 30",
             "Totaal 12 64 39 81"]
    answer = read_text(HEAD + STARTED + "\n".join(lines) + "\nBron: VDAB\n", "p.txt")
    assert [(c.code, c.label, c.period, c.count) for t in answer.tables for c in t.cells][:3] == [
        ("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "2022", 44),
        ("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "2023", 39),
        ("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "2024", 51),
    ]
    assert len(answer.tables[0].cells) == 10
    assert _found(answer) == []


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pypdf"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "plain"])
def test_an_x_mark_in_a_pdf_and_the_texts_extractors_make_of_it(form, ruled):
    """The same rows in a PDF (``x`` in a cell of its own), read from the PDF and from the
    text each extractor makes of it: every figure read, the ``x`` a blank, no finding."""
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
    from generate.extract import read_form
    from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf

    rows = [PdfRow(X_MARKS[1][0], ["x", 44, 39, 51]), PdfRow(X_MARKS[2][0], [12, 20, "x", 30]),
            PdfRow("Totaal", [12, 64, 39, 81], level="total")]
    table = PdfTable("Opleiding", X_MARKS[0][1:], rows)
    document = Document(["ANTWOORD", "op vraag nr. 117 van 14 maart 2025", STARTED.strip(), table, "Bron: VDAB"])
    answer = read_form(write_pdf(document, PdfStyle() if ruled else PdfStyle(ruled=False)), form)
    assert [(c.code or c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        (cell[2], cell[3], cell[4]) for cell in X_CELLS]
    assert _found(answer) == []


GENDER_X = [
    ["Geslacht", "2022", "2023"], ["Man", "500", "520"], ["Vrouw", "40", "45"], ["X", "3", "-"],
    ["Totaal", "543", "565"],
]


@LAID
def test_the_gender_x_first_on_its_line_stays_the_rows_label(laid):
    """``X 3 -`` under ``Geslacht``: the ``X`` is the row's label (a gender), never a blank mark."""
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, naar geslacht:\n\n"
                       + _text(GENDER_X, laid) + "\n", "g.txt")
    assert ("started", "row", "X", "2022", 3, None) in _cells(answer)
    assert _found(answer) == []


# 2. A part of a year before the year as a line's period (``jan-jun 2024  120``).

PARTS = [["Maand", "Aantal"], ["jan-jun 2023", "120"], ["jan-jun 2024", "130"], ["Totaal", "240"]]


@LAID
def test_a_part_of_a_year_as_a_lines_period_is_the_year_cut_short(laid):
    """``Maand Aantal`` over ``jan-jun 2023 120`` / ``jan-jun 2024 130``: an unreadable-table
    error ("no header with periods"). As a header prints it (``jan-jun 2024``), such a line's
    period is its year, partial as its part says."""
    answer = read_text(HEAD + STARTED + _text(PARTS, laid) + "\n\nBron: VDAB.\n", "p.txt")
    assert [(p.label, p.partial, p.note) for t in answer.tables for p in t.periods] == [
        ("2023", True, "jan-jun"), ("2024", True, "jan-jun"), ("Totaal", False, None),
    ]
    assert [(c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("2023", 120), ("2024", 130), ("Totaal", 240)]
    assert [(f[0], f[1]) for f in _found(answer)] == [
        ("partial-period", "info"), ("partial-period", "info"), ("parts-exceed-total", "info")]  # (10 in both years)


@LAID
def test_parts_of_one_year_as_lines_stay_an_unreadable_table(laid):
    """``jan-mrt 2024`` / ``apr-jun 2024``: parts of one year, no periods of a year (as a
    header's ``Q1 2023  Q2 2023``): the table is reported at its line, never half read, and the
    message says why (it said "no header with periods or training codes was found")."""
    rows = [["Maand", "Aantal"], ["jan-mrt 2024", "120"], ["apr-jun 2024", "130"], ["Totaal", "240"]]
    answer = read_text(HEAD + STARTED + _text(rows, laid) + "\n", "q.txt")
    assert answer.tables == []
    findings = audit(answer).findings
    assert [(f.rule, f.severity, f.line) for f in findings] == [("unreadable-table", "error", 8)]
    assert "lines name quarters or parts of the same year (jan-mrt 2024, apr-jun 2024)" in findings[0].message


# 3. Nationality and origin as a partition of persons.

NATIONALITY = [["Nationaliteit", "2022", "2023"], ["Belg", "500", "520"], ["EU", "40", "45"],
               ["niet-EU", "60", "70"], ["Totaal", "610", "635"]]


@LAID
def test_nationalities_as_rows_without_their_columns_name_are_a_partition(laid):
    """``Belg`` / ``EU`` / ``niet-EU`` under ``Opleiding``: read as programmes, the total of
    unique persons; each person has one nationality, so a total 10 above its rows' sum is an
    error of a partition (additive), as for gender or age."""
    rows = [["Opleiding", "2022", "2023"], *NATIONALITY[1:]]
    answer = read_text(HEAD + STARTED + _text(rows, laid) + "\n", "n.txt")
    assert [(t.id, t.layout.rows, t.layout.attribute) for t in answer.tables] == [
        ("started_by_nationality", "category", "nationality")]
    assert [c.semantics for t in answer.tables for c in t.cells if c.level == "total"] == ["additive", "additive"]
    assert [(f[0], f[1], f[3]) for f in _found(answer) if f[1] == "error"] == [("total-exceeds-parts", "error", "2022")]


@LAID
def test_nationalities_as_columns_over_years_as_lines(laid):
    """``Jaar Belg EU niet-EU Totaal`` over a line per year: an unreadable-table error. The
    columns are values of one attribute of a person, as age classes or genders are."""
    rows = [["Jaar", "Belg", "EU", "niet-EU", "Totaal"], ["2022", "500", "40", "60", "600"],
            ["2023", "520", "45", "70", "640"]]
    answer = read_text(HEAD + STARTED + _text(rows, laid) + "\n", "c.txt")
    assert _cells(answer)[:4] == [
        ("started", "row", "Belg", "2022", 500, None), ("started", "row", "EU", "2022", 40, None),
        ("started", "row", "niet-EU", "2022", 60, None), ("started", "total", "Totaal", "2022", 600, "additive"),
    ]
    assert [t.layout.attribute for t in answer.tables] == ["nationality"]
    assert [(f[0], f[3]) for f in _found(answer) if f[1] == "error"] == [("total-exceeds-parts", "2023")]


@LAID
def test_nationalities_under_a_herkomst_column_keep_its_name(laid):
    """``Herkomst`` over ``Belg`` / ``EU`` / ``niet-EU``: the label column names the attribute."""
    rows = [["Herkomst", "2022", "2023"], *NATIONALITY[1:]]
    answer = read_text(HEAD + STARTED + _text(rows, laid) + "\n", "h.txt")
    assert [(t.id, t.layout.attribute) for t in answer.tables] == [("started_by_origin", "origin")]


# 4. An education level's column named in more words than one.

DIPLOMA = [["Hoogste diploma", "2022", "2023"], ["Geen diploma secundair onderwijs", "500", "520"],
           ["Secundair onderwijs", "40", "45"], ["Hoger onderwijs", "60", "70"], ["Totaal", "590", "635"]]


@LAID
@pytest.mark.parametrize("name", ["Hoogste diploma", "Hoogste behaalde diploma", "Hoogst behaalde diploma", "Onderwijsniveau"])
def test_an_education_level_column_named_in_words_is_a_partition(laid, name):
    """``Hoogste diploma 2022 2023`` over levels the words do not know: only the header's first
    word was looked at (``Hoogste``), so the rows were programmes and a total 10 below its rows'
    sum passed as 10 persons counted twice (info). Each person has one highest diploma: an error."""
    rows = [[name, "2022", "2023"], *DIPLOMA[1:]]
    answer = read_text(HEAD + STARTED + _text(rows, laid) + "\n", "d.txt")
    assert [(t.layout.rows, t.layout.attribute) for t in answer.tables] == [("category", "education")]
    assert [(f[0], f[1], f[3]) for f in _found(answer) if f[1] == "error"] == [("parts-exceed-total", "error", "2022")]


# 5. ``inschr.``: enrolments, abbreviated.

@LAID
def test_an_abbreviated_enrolments_total_line_adds_up(laid):
    """``Totaal inschr.`` above ``Totaal unieke cursisten``: the abbreviation was no unit word,
    so the line was taken for a total of unique persons; it counts enrolments, additive."""
    rows = [["Opleiding", "2022", "2023"],
            ["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "44", "39"],
            ["908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar", "12", "51"],
            ["Totaal inschr.", "56", "90"], ["Totaal unieke cursisten", "50", "85"]]
    answer = read_text(HEAD + "1. Het aantal gestarte OKOT's:\n\n" + _text(rows, laid) + "\n", "i.txt")
    assert [(c.label, c.period, c.semantics) for t in answer.tables for c in t.cells if c.level == "total"] == [
        ("Totaal inschr.", "2022", "additive"), ("Totaal inschr.", "2023", "additive"),
        ("Totaal unieke cursisten", "2022", "unique"), ("Totaal unieke cursisten", "2023", "unique"),
    ]


@LAID
def test_an_abbreviated_enrolments_count_column_names_the_unit(laid):
    """``Provincie Aantal inschr.``: the header was not read (an unreadable-table error) —
    a count column named by its unit, abbreviated."""
    rows = [["Provincie", "Aantal inschr."], ["Antwerpen", "120"], ["Limburg", "130"], ["Totaal", "250"]]
    answer = read_text(HEAD + "1. De cijfers voor 2023:\n\n" + _text(rows, laid) + "\n", "j.txt")
    assert [(t.measure, t.unit, t.unique_persons) for t in answer.tables] == [("enrolled", "inschrijvingen", False)]
    assert _cells(answer)[-1] == ("enrolled", "total", "Totaal", "2023", 250, "additive")
    assert _found(answer) == []
