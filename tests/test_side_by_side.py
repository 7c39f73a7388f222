"""Two measures side by side under each period: a header that prints, per year, a column of
starters and one of graduates (``2021 2022`` / ``gestart geslaagd gestart geslaagd``), or two
units of one measure (``inschrijvingen`` / ``unieke cursisten``).

Such a table is one table per column name — of the measure and unit the name says, over the
same rows, totals and periods — so every rule and the comparison between answers work on each
as on any table. Columns whose names do not each say something else (``eerste`` /
``tweede``, ``geslaagd`` twice) keep the clear ``unreadable-table`` finding (categories of persons
and a column that names no measure beside one that does: ``test_two_level_headers.py``). Every form an
answer comes in: single-spaced text (two header lines, or one as a PDF's cells give it), text
laid out by ``pdftotext -layout``, a PDF (one header row of ``2021\\ngestart`` cells, or two
rows with the years merged over their columns) and an ``.xlsx`` annex (two header rows, the
years' cells merged).
"""

from __future__ import annotations

import io

import pytest

from okot_audit import audit, read_text
from okot_audit.corpus.revisions import revisions
from test_unseen_pdfs import autofit_pdf

HEAD = (
    "ANTWOORD\nop vraag nr. 301 van 12 mei 2023\nvan Katrien Schryvers\n\n"
    "1. Het aantal unieke cursisten in de onderwijssector, per opleiding.\n\n"
)
CODES = (
    ("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar"),
    ("908003", "Educatieve bachelor voor kleuteronderwijs - 3de jaar"),
    ("908020", "Verkorte educatieve master"),
)
LABELS = dict(CODES)
#: (row, 2021 gestart, 2021 geslaagd, 2022 gestart, 2022 geslaagd); the totals count unique
#: persons: 118 + 60 = 178 starters of whom 170 unique in 2021 …
FIGURES = (("908001", 118, 40, 131, 52), ("908003", 60, 55, 66, 58), ("Totaal", 170, 93, 190, 105))
#: The two tables, as (table, level, code, period, count) in document order.
CELLS = [
    ("started", "row", "908001", "2021", 118), ("started", "row", "908001", "2022", 131),
    ("started", "row", "908003", "2021", 60), ("started", "row", "908003", "2022", 66),
    ("started", "total", None, "2021", 170), ("started", "total", None, "2022", 190),
    ("graduated", "row", "908001", "2021", 40), ("graduated", "row", "908001", "2022", 52),
    ("graduated", "row", "908003", "2021", 55), ("graduated", "row", "908003", "2022", 58),
    ("graduated", "total", None, "2021", 93), ("graduated", "total", None, "2022", 105),
]


def _row(key: str) -> str:
    return f"{key}: {LABELS[key]}" if key in LABELS else key


def single_spaced(figures=FIGURES) -> str:
    rows = [f"{_row(key)} {' '.join(map(str, values))}" for key, *values in figures]
    return HEAD + "\n".join(["Opleiding 2021 2022", "gestart geslaagd gestart geslaagd", *rows]) + "\n"


def one_line(figures=FIGURES) -> str:
    rows = [f"{_row(key)} {' '.join(map(str, values))}" for key, *values in figures]
    return HEAD + "\n".join(["Opleiding 2021 gestart 2021 geslaagd 2022 gestart 2022 geslaagd", *rows]) + "\n"


def _figures_line(key: str, values) -> str:
    label = f"   {_row(key)}"
    return f"{label:<66}" + "".join(f"{v:>{w}}" for v, w in zip(values, (4, 11, 12, 11)))


def laid_out_text(figures=FIGURES) -> str:
    """As ``pdftotext -layout`` prints it: each column's name ending where its figures end, each
    year centred over its two columns."""
    header = [
        f"{'   Opleiding':<70}2021{'':<19}2022",
        f"{'':<63}gestart  geslaagd     gestart  geslaagd",
    ]
    return HEAD + "\n".join([*header, *(_figures_line(key, values) for key, *values in figures)]) + "\n"


def _cells(answer) -> list[tuple]:
    return [(t.id, c.level, c.code, c.period, c.count) for t in answer.tables for c in t.cells]


def _found(answer) -> list[tuple]:
    return [(f.rule, f.table, f.line, f.period, f.stated, f.observed) for f in audit(answer).findings]


def _pdf_cells(figures=FIGURES) -> bytes:
    """A PDF whose header cells each hold a year and a column's name (``2021`` / ``gestart``)."""
    paragraphs = ["ANTWOORD", "op vraag nr. 301 van 12 mei 2023",
                  "1. Het aantal unieke cursisten in de onderwijssector, per opleiding."]
    header = ["Opleiding", "2021\ngestart", "2021\ngeslaagd", "2022\ngestart", "2022\ngeslaagd"]
    rows = [[_row(key), *map(str, values)] for key, *values in figures]
    return autofit_pdf(paragraphs, header, rows)


def _pdf_merged(figures=FIGURES) -> bytes:
    """A PDF with two header rows: each year centred in a cell merged over its two columns, the
    columns' names below."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for text in ("ANTWOORD", "op vraag nr. 301 van 12 mei 2023",
                 "1. Het aantal unieke cursisten in de onderwijssector, per opleiding."):
        pdf.multi_cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    widths = [95, 18, 18, 18, 18]
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(widths[0], 6, "Opleiding", border=1)
    pdf.cell(widths[1] + widths[2], 6, "2021", border=1, align="C")
    pdf.cell(widths[3] + widths[4], 6, "2022", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(widths[0], 6, "", border=1)
    for width, name in zip(widths[1:], ("gestart", "geslaagd") * 2):
        pdf.cell(width, 6, name, border=1, align="C")
    pdf.ln(6)
    pdf.set_font("helvetica", size=10)
    for key, *values in figures:
        pdf.cell(widths[0], 6, _row(key), border=1)
        for width, value in zip(widths[1:], values):
            pdf.cell(width, 6, str(value), border=1, align="R")
        pdf.ln(6)
    return bytes(pdf.output())


def _xlsx(figures=FIGURES) -> bytes:
    """An annex: the years' cells merged over their two columns, the names on the row below."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Onderwijs"
    sheet.append(["Unieke cursisten in de onderwijssector, per opleiding"])
    sheet.append([])
    sheet.append(["Opleiding", "2021", None, "2022", None])
    sheet.merge_cells("B3:C3")
    sheet.merge_cells("D3:E3")
    sheet.append([None, "gestart", "geslaagd", "gestart", "geslaagd"])
    for key, *values in figures:
        sheet.append([_row(key), *values])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


FORMS = {
    "single-spaced": lambda figures=FIGURES: single_spaced(figures),
    "one-line": lambda figures=FIGURES: one_line(figures),
    "laid-out": lambda figures=FIGURES: laid_out_text(figures),
    "pdf-cells": _pdf_cells,
    "pdf-merged": _pdf_merged,
    "xlsx": _xlsx,
}


def _read(form: str, figures=FIGURES):
    data = FORMS[form](figures)
    name = {"pdf-cells": "a.pdf", "pdf-merged": "a.pdf", "xlsx": "a.xlsx"}.get(form, "a.txt")
    return read_text(data, name)


def _bare(table_id: str) -> str:
    return table_id.split("/")[-1]  # (an annex's tables are named after their sheet)


@pytest.mark.parametrize("form", FORMS)
def test_each_column_name_is_a_table_of_its_measure(form):
    answer = _read(form)
    assert [(_bare(t.id), t.measure, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started", "started", ["2021", "2022"]), ("graduated", "graduated", ["2021", "2022"]),
    ]
    assert [(_bare(i), level, code, period, count) for i, level, code, period, count in _cells(answer)] == CELLS
    assert {c.semantics for t in answer.tables for c in t.cells if c.level == "total"} == {"unique"}
    # the duplicates of each table, and nothing unread
    assert sorted((f.rule, _bare(f.table or ""), f.period, f.stated, f.observed) for f in audit(answer).findings
                  if f.rule != "stage-not-final") == [
        ("parts-exceed-total", "graduated", "2021", 93, 95), ("parts-exceed-total", "graduated", "2022", 105, 110),
        ("parts-exceed-total", "started", "2021", 170, 178), ("parts-exceed-total", "started", "2022", 190, 197),
    ]


@pytest.mark.parametrize("form", FORMS)
def test_a_total_wrong_in_one_column_is_an_error_of_that_measure_only(form):
    """The graduates' 2022 total printed 150 (rows sum to 110): an error in the graduates
    table only; the starters' totals under the same total line hold."""
    figures = (*FIGURES[:2], ("Totaal", 170, 93, 190, 150))
    findings = [f for f in audit(_read(form, figures)).findings if f.severity == "error"]
    assert [(f.rule, _bare(f.table or ""), f.measure, f.period, f.stated, f.observed) for f in findings] == [
        ("total-exceeds-parts", "graduated", "graduated", "2022", 150, 110),
    ]


def test_the_graduates_table_is_checked_as_one():
    """A first year among the graduates is a finding of the graduates' table: its rules see it
    as any graduates table."""
    found = [(f.rule, f.table, f.training_code, f.line) for f in audit(read_text(single_spaced(), "a.txt")).findings
             if f.rule == "stage-not-final"]
    assert found == [("stage-not-final", "graduated", "908001", 9)]


def test_blank_cells_of_one_column_are_blank_in_its_table_only():
    """Laid out, a programme that had starters but no graduates yet prints two blank cells."""
    figures = (*FIGURES[:2], ("908020", 12, None, 14, None), ("Totaal", 180, 93, 200, 105))
    answer = read_text(laid_out_text(tuple((k, *("" if v is None else v for v in values)) for k, *values in figures)), "a.txt")
    by_table = {t.id: [(c.code, c.period, c.count) for c in t.cells if c.code == "908020"] for t in answer.tables}
    assert by_table == {"started": [("908020", "2021", 12), ("908020", "2022", 14)], "graduated": []}
    assert [i for i in answer.issues if i.kind in ("unreadable-table", "ambiguous-alignment")] == []


TWO_UNITS = [
    "Provincie 2021 2022", "inschrijvingen unieke cursisten inschrijvingen unieke cursisten",
    "Antwerpen 130 118 140 131", "Limburg 70 60 72 66", "Totaal 200 170 212 190",
]


def test_two_units_of_one_measure_are_two_tables_each_with_its_semantics():
    """Enrolments beside unique persons of the starters: the enrolments add up (their total must
    equal the sum), the persons' total counts each person once (178 > 170: 8 in two provinces)."""
    text = HEAD.replace("unieke cursisten in de onderwijssector, per opleiding", "gestarte OKOT's, per provincie")
    answer = read_text(text + "\n".join(TWO_UNITS) + "\n", "u.txt")
    assert [(t.id, t.measure, t.unit, t.unique_persons) for t in answer.tables] == [
        ("enrolled_by_province", "enrolled", "inschrijvingen", False),
        ("started_by_province", "started", "unieke cursisten", True),
    ]
    assert [(t.id, c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells if c.level == "total"] == [
        ("enrolled_by_province", "Totaal", "2021", 200, "additive"), ("enrolled_by_province", "Totaal", "2022", 212, "additive"),
        ("started_by_province", "Totaal", "2021", 170, "unique"), ("started_by_province", "Totaal", "2022", 190, "unique"),
    ]
    assert [(f.rule, f.table, f.period, f.stated, f.observed, f.severity) for f in audit(answer).findings] == [
        ("parts-exceed-total", "started_by_province", "2021", 170, 178, "info"),
        ("parts-exceed-total", "started_by_province", "2022", 190, 197, "info"),
    ]
    wrong = read_text(text + "\n".join([*TWO_UNITS[:-1], "Totaal 210 170 212 190"]) + "\n", "u.txt")
    assert [(f.rule, f.table, f.period, f.stated, f.observed) for f in audit(wrong).findings if f.severity == "error"] == [
        ("total-exceeds-parts", "enrolled_by_province", "2021", 210, 200),
    ]


def test_each_columns_figures_are_compared_with_another_answers():
    """A later answer that prints the graduates alone, 2021's revised from 93 to 95: the revision
    is found against the graduates' column of the earlier answer, not its starters'."""
    earlier = read_text(single_spaced().replace("12 mei 2023", "12 mei 2022"), "earlier.txt")
    later_text = HEAD.replace("12 mei 2023", "12 december 2023") + "\n".join([
        "Unieke cursisten met uitgevoerde, geslaagde OKOT'(s) 2021 2022",
        f"908001: {LABELS['908001']} 40 52", f"908003: {LABELS['908003']} 55 58", "Totaal 95 105",
    ]) + "\n"
    later = read_text(later_text, "later.txt")
    found = [(r.later.table.measure, r.later.cell.level, r.later.cell.period, r.earlier.cell.count, r.later.cell.count)
             for r in revisions([earlier, later])]
    assert found == [("graduated", "total", "2021", 93, 95)]


@pytest.mark.parametrize("header", [
    ["Opleiding 2021 2022", "eerste tweede eerste tweede"],  # neither names a measure (nor a category)
    ["Opleiding 2021 2022", "geslaagd geslaagd geslaagd geslaagd"],  # the same name twice: no two columns
])
def test_columns_that_do_not_each_name_a_measure_stay_unread(header):
    rows = [f"{_row(key)} {' '.join(map(str, values))}" for key, *values in FIGURES]
    answer = read_text(HEAD + "\n".join([*header, *rows]) + "\n", "m.txt")
    findings = audit(answer).findings
    assert [(f.rule, f.line) for f in findings if f.severity == "error"] == [
        ("unreadable-table", 9), ("unreadable-table", 10), ("unreadable-table", 11),
    ]
    assert not any(c for t in answer.tables for c in t.cells)


def test_one_line_header_whose_names_say_nothing_stays_unread():
    """``2021 eerste 2021 tweede …`` in one line: no period list is read from it, and its
    figures are reported, never read."""
    rows = [f"{_row(key)} {' '.join(map(str, values))}" for key, *values in FIGURES]
    header = "Opleiding 2021 eerste 2021 tweede 2022 eerste 2022 tweede"
    answer = read_text(HEAD + "\n".join([header, *rows]) + "\n", "m.txt")
    assert [(f.rule, f.line) for f in audit(answer).findings if f.severity == "error"] == [("unreadable-table", 7)]
    assert not any(c for t in answer.tables for c in t.cells)


def test_two_columns_that_would_count_the_same_stay_unread():
    """``gestart`` beside ``gestarte cursisten`` in a table of unique persons: both are starters
    counted as persons, so which table a figure belongs to cannot be told."""
    rows = [f"{_row(key)} {' '.join(map(str, values))}" for key, *values in FIGURES]
    header = ["Opleiding 2021 2022", "gestart  gestarte cursisten  gestart  gestarte cursisten"]
    answer = read_text(HEAD + "\n".join([*header, *rows]) + "\n", "m.txt")
    found = [(f.rule, f.line) for f in audit(answer).findings if f.severity == "error"]
    assert found == [("unreadable-table", 7)]
    assert "gestart, gestarte cursisten" in audit(answer).findings[0].message


BLOCKS = [
    "Provincie Opleiding 2021 2022", "gestart geslaagd gestart geslaagd",
    "Antwerpen", "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 10 60 12",
    "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 40 30 41 33", "Totaal Antwerpen 85 38 100 45",
    "Limburg", "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 20 5 22 6",
    "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 10 8 11 <5", "Totaal Limburg 30 13 33 9",
    "Eindtotaal 114 51 133 54",
]


def test_province_blocks_and_a_withheld_count_under_each_period():
    """Province blocks of codes, each closed by its subtotal, under a grand total: each column's
    table has the blocks, subtotals and grand total; the count withheld in the graduates' column
    (``<5``) is that table's, in its period."""
    answer = read_text(HEAD.replace("per opleiding", "per provincie en opleiding") + "\n".join(BLOCKS) + "\n", "b.txt")
    assert [(t.id, t.measure) for t in answer.tables] == [
        ("started_by_province", "started"), ("graduated_by_province", "graduated"),
    ]
    graduated = answer.tables[1]
    assert [(c.level, c.province, c.code, c.period, c.count) for c in graduated.cells if c.province == "Limburg"] == [
        ("row", "Limburg", "908001", "2021", 5), ("row", "Limburg", "908001", "2022", 6),
        ("row", "Limburg", "908003", "2021", 8), ("subtotal", "Limburg", None, "2021", 13),
        ("subtotal", "Limburg", None, "2022", 9),
    ]
    assert [(w.period, w.code, w.province, w.text) for w in graduated.withheld] == [("2022", "908003", "Limburg", "<5")]
    assert answer.tables[0].withheld == []
    assert [(i.kind, i.table, i.periods) for i in answer.issues] == [
        ("count-withheld", "graduated_by_province", ("2022",)),
    ]
    assert sorted((f.rule, f.table, f.line, f.period, f.stated, f.observed) for f in audit(answer).findings
                  if f.rule in ("parts-exceed-total", "total-exceeds-parts", "total-below-largest-part")) == [
        ("parts-exceed-total", "graduated_by_province", 12, "2021", 38, 40),
        ("parts-exceed-total", "started_by_province", 12, "2021", 85, 90),
        ("parts-exceed-total", "started_by_province", 12, "2022", 100, 101),
        ("parts-exceed-total", "started_by_province", 17, "2021", 114, 115),
    ]


@pytest.mark.parametrize("text", [
    single_spaced().replace("Opleiding 2021 2022", "Opleiding 2021 2022*"),
    one_line().replace("2022 gestart 2022 geslaagd", "2022* gestart 2022* geslaagd"),
], ids=["single-spaced", "one-line"])
def test_a_partial_period_is_partial_in_each_columns_table(text):
    answer = read_text(text + "\n* 2022: enkel cijfers van de eerste jaarhelft.\n", "p.txt")
    assert [(t.id, [(p.label, p.partial) for p in t.periods]) for t in answer.tables] == [
        ("started", [("2021", False), ("2022", True)]), ("graduated", [("2021", False), ("2022", True)]),
    ]
    assert sorted((f.rule, f.table, f.period) for f in audit(answer).findings if f.rule == "partial-period") == [
        ("partial-period", "graduated", "2022"), ("partial-period", "started", "2022"),
    ]
