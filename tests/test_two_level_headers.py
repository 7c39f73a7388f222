"""Two-level column headers: a line of periods and, above or below it, a line that names what
each column is — in every form an answer comes in (single-spaced text, text laid out by
position as ``pdftotext -layout`` prints it, a PDF whose header cells each hold a period and a
name, a PDF whose upper header cells are merged over their columns, an ``.xlsx`` annex whose
upper cells are merged).

(``pdftotext -layout`` of that PDF too: poppler lays the merged cell's words out one space
apart, so the columns are where the full rows print their figures.)

1. Categories of persons under each period (``2022 2023`` / ``Man Vrouw Totaal Man Vrouw
   Totaal``): one table per category, of the table's measure, over the same rows and periods;
   the ``Totaal`` column is the table of all its persons, and each of its figures is the sum of
   the categories' at the same line and period (a partition: checked as such).
2. A measure above the periods (``gestart`` over ``2022 2023``, ``geslaagd`` over the same
   years again): one table per measure.
3. A column that names no measure beside one that does (``uitgevoerd`` / ``geslaagd``): the
   named one is a table of its measure, the other a table of measure ``unknown``, read and
   checked, with ``measure-unknown`` saying why.

Main's reader joined the names line to the first row's label or read every row as "more
figures than periods", or read the periods printed twice as four periods of one table.
"""

from __future__ import annotations

import io

import pytest

from okot_audit import audit, read_text
from okot_audit.cli import main as cli_main
from test_unseen_pdfs import autofit_pdf

PARAGRAPHS = {
    "zorg": ["ANTWOORD", "op vraag nr. 518 van 20 november 2024",
             "1. Het aantal unieke cursisten dat in de zorgsector een OKOT startte, per opleiding en naar geslacht."],
    "onderwijs": ["ANTWOORD", "op vraag nr. 77 van 9 januari 2025",
                  "1. Het aantal unieke cursisten in de onderwijssector, per opleiding."],
    "provincie": ["ANTWOORD", "op vraag nr. 240 van 2 april 2025",
                  "1. Het aantal unieke cursisten met een OKOT in de zorgsector, per provincie."],
}


def _head(paragraphs: list[str]) -> str:
    return "\n".join([paragraphs[0], paragraphs[1], "", paragraphs[2], "", ""])


def _value(value) -> str:
    return "" if value is None else str(value)


def single_spaced(paragraphs, label, top, subs, rows) -> str:
    """The seeds' form: the upper line with the header's word, the lower line of names."""
    lines = [f"{label} {' '.join(top)}", " ".join(list(subs) * len(top))]
    lines += [f"{key} {' '.join(_value(v) for v in values)}" for key, *values in rows]
    return _head(paragraphs) + "\n".join(lines) + "\n"


def laid_out(paragraphs, label, top, subs, rows) -> str:
    """As ``pdftotext -layout`` prints it: each upper label centred over its columns, each lower
    name and figure right-aligned in its column."""
    width = max(8, max(map(len, subs)) + 3)
    lead = max(len(key) for key, *_ in rows) + 6
    upper = f"{label:<{lead}}" + "".join(f"{t:^{width * len(subs)}}" for t in top)
    lower = " " * lead + "".join(f"{s:>{width}}" for s in list(subs) * len(top))
    body = [f"{key:<{lead}}" + "".join(f"{_value(v):>{width}}" for v in values) for key, *values in rows]
    return _head(paragraphs) + "\n".join([upper.rstrip(), lower, *body]) + "\n"


def pdf_cells(paragraphs, label, top, subs, rows) -> bytes:
    """A PDF whose header cells each hold the upper label over the lower one (``2022`` / ``Man``)."""
    header = [label] + [f"{t}\n{s}" for t in top for s in subs]
    return autofit_pdf(paragraphs, header, [[key, *(_value(v) for v in values)] for key, *values in rows])


def pdf_merged(paragraphs, label, top, subs, rows) -> bytes:
    """A PDF with two header rows: each upper label centred in a cell merged over its columns."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_margins(15, 15, 15)
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for text in paragraphs:
        pdf.multi_cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    lead, width = 92, max(15.0, 2.3 * max(map(len, subs)))
    pdf.set_font("helvetica", "B", 10)
    pdf.cell(lead, 6, label, border=1)
    for t in top:
        pdf.cell(width * len(subs), 6, t, border=1, align="C")
    pdf.ln(6)
    pdf.cell(lead, 6, "", border=1)
    for s in list(subs) * len(top):
        pdf.cell(width, 6, s, border=1, align="C")
    pdf.ln(6)
    pdf.set_font("helvetica", size=10)
    for key, *values in rows:
        pdf.cell(lead, 6, key, border=1)
        for v in values:
            pdf.cell(width, 6, _value(v), border=1, align="R")
        pdf.ln(6)
    return bytes(pdf.output())


def xlsx(paragraphs, label, top, subs, rows) -> bytes:
    """An annex: a caption, the upper labels in cells merged over their columns, the names below."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Tabel"
    sheet.append([paragraphs[-1].removeprefix("1. ")])
    sheet.append([])
    m = len(subs)
    upper: list = [label]
    for t in top:
        upper += [t] + [None] * (m - 1)
    sheet.append(upper)
    for i in range(len(top)):
        sheet.merge_cells(f"{get_column_letter(2 + i * m)}3:{get_column_letter(1 + (i + 1) * m)}3")
    sheet.append([None, *(list(subs) * len(top))])
    for key, *values in rows:
        sheet.append([key, *values])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def pdftotext_layout(paragraphs, label, top, subs, rows) -> str:
    """``pdftotext -layout`` of the PDF with merged upper cells (poppler's own layout)."""
    from generate.extract import available, extract

    if not available("pdftotext-layout"):
        pytest.skip("pdftotext (poppler) is not installed")
    return extract(pdf_merged(paragraphs, label, top, subs, rows), "pdftotext-layout")


FORMS = {"single-spaced": single_spaced, "laid-out": laid_out, "pdf-cells": pdf_cells,
         "pdf-merged": pdf_merged, "pdftotext-layout": pdftotext_layout, "xlsx": xlsx}
NAMES = {"pdf-cells": "a.pdf", "pdf-merged": "a.pdf", "xlsx": "a.xlsx"}


def _read(form: str, paragraphs, label, top, subs, rows):
    return read_text(FORMS[form](paragraphs, label, top, subs, rows), NAMES.get(form, "a.txt"))


def _bare(table_id: str | None) -> str:
    return (table_id or "").split("/")[-1]  # (an annex's tables are named after their sheet)


def _cells(answer) -> list[tuple]:
    return [(_bare(t.id), c.level, c.code or c.label, c.period, c.count, c.semantics)
            for t in answer.tables for c in t.cells]


def _findings(answer) -> list[tuple]:
    """The findings, in a fixed order (rule, table, period)."""
    return sorted(((f.rule, _bare(f.table), f.training_code or f.province or f.label, f.period, f.stated, f.observed,
                    f.severity) for f in audit(answer).findings), key=lambda f: tuple(map(str, f)))


# 1. Categories of persons under each period ------------------------------------------------

GENDER_ROWS = (
    ("900611: Professionele bachelor verpleegkunde - 1ste jaar", 14, 63, 77, 18, 70, 88),
    ("900124: Tweedekansonderwijs zorgkundige - tweede jaar", 9, 41, 50, 11, 39, 50),
    ("900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar", 6, 27, 33, 7, 30, 37),
    ("Totaal", 28, 129, 157, 36, 137, 173),
)
GENDER = ("Opleiding", ["2022", "2023"], ["Man", "Vrouw", "Totaal"])


def _gender_cells(rows=GENDER_ROWS, names=("Man", "Vrouw", "Totaal")) -> list[tuple]:
    ids = {"Man": "started_man", "Vrouw": "started_vrouw", "Totaal": "started"}
    out = []
    for j, name in enumerate(names):
        for key, *values in rows:
            level = "total" if key == "Totaal" else "row"
            for p, period in enumerate(("2022", "2023")):
                value = values[p * len(names) + j]
                out.append((ids[name], level, key.split(":")[0], period, value, "unique" if level == "total" else None))
    return out


@pytest.mark.parametrize("form", FORMS)
def test_categories_under_each_period_are_one_table_each_and_the_totaal_column_their_sum(form):
    answer = _read(form, PARAGRAPHS["zorg"], *GENDER, GENDER_ROWS)
    assert [(_bare(t.id), t.measure, t.column, t.categories, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started_man", "started", "Man", (), ["2022", "2023"]),
        ("started_vrouw", "started", "Vrouw", (), ["2022", "2023"]),
        ("started", "started", "Totaal", ("Man", "Vrouw"), ["2022", "2023"]),
    ]
    assert [t.title.split(" \u2014 ")[-1] for t in answer.tables] == ["Man", "Vrouw", "Totaal"]
    assert _cells(answer) == _gender_cells()
    # each table's total line over its rows counts unique persons; each Totaal figure equals Man + Vrouw
    assert _findings(answer) == [
        ("parts-exceed-total", "started", "Totaal", "2022", 157, 160, "info"),
        ("parts-exceed-total", "started", "Totaal", "2023", 173, 175, "info"),
        ("parts-exceed-total", "started_man", "Totaal", "2022", 28, 29, "info"),
        ("parts-exceed-total", "started_vrouw", "Totaal", "2022", 129, 131, "info"),
        ("parts-exceed-total", "started_vrouw", "Totaal", "2023", 137, 139, "info"),
    ]


@pytest.mark.parametrize("form", FORMS)
def test_a_totaal_column_that_is_not_the_sum_of_its_categories_is_an_error(form):
    """900611's 2022 Totaal printed 75 (14 + 63 = 77) and 900124's 2023 Totaal 52 (11 + 39 =
    50): each person has one gender, so the Totaal column must equal the sum exactly."""
    rows = list(GENDER_ROWS)
    rows[0] = (rows[0][0], 14, 63, 75, 18, 70, 88)
    rows[1] = (rows[1][0], 9, 41, 50, 11, 39, 52)
    answer = _read(form, PARAGRAPHS["zorg"], *GENDER, rows)
    errors = [f for f in audit(answer).findings if f.severity == "error"]
    assert [(f.rule, _bare(f.table), f.training_code, f.period, f.stated, f.observed) for f in errors] == [
        ("parts-exceed-total", "started", "900611", "2022", 75, 77),
        ("total-exceeds-parts", "started", "900124", "2023", 52, 50),
    ]
    cells = {(c.code, c.period): c.line for t in answer.tables for c in t.cells if t.column == "Totaal"}
    assert [f.line for f in errors] == [cells[("900611", "2022")], cells[("900124", "2023")]]
    assert "the Totaal column of Tweedekansonderwijs zorgkundige - tweede jaar in 2023 is 52 but its categories" \
        in errors[1].message
    assert "every person has one gender" in errors[0].message


def test_the_category_check_speaks_dutch():
    rows = list(GENDER_ROWS)
    rows[1] = (rows[1][0], 9, 41, 50, 11, 39, 52)
    answer = read_text(single_spaced(PARAGRAPHS["zorg"], *GENDER, rows), "a.txt")
    found = [f for f in audit(answer, lang="nl").findings if f.severity == "error"]
    assert [f.rule for f in found] == ["total-exceeds-parts"]
    assert found[0].message.startswith("de kolom Totaal van Tweedekansonderwijs zorgkundige - tweede jaar in 2023 is 52, "
                                       "maar de categorieën tellen samen maar 50 op")


@pytest.mark.parametrize("form", FORMS)
def test_categories_without_a_totaal_column(form):
    """``Man Vrouw Man Vrouw``: two tables; main's reader left the rows unread and read the total
    line's ``28 129`` as one count, 28.129."""
    rows = tuple((key, *values[0:2], *values[3:5]) for key, *values in GENDER_ROWS)
    answer = _read(form, PARAGRAPHS["zorg"], GENDER[0], GENDER[1], ["Man", "Vrouw"], rows)
    assert [(_bare(t.id), t.column, t.categories) for t in answer.tables] == [
        ("started_man", "Man", ()), ("started_vrouw", "Vrouw", ()),
    ]
    assert _cells(answer) == _gender_cells(rows, ("Man", "Vrouw"))
    assert [f[:6] for f in _findings(answer)] == [
        ("parts-exceed-total", "started_man", "Totaal", "2022", 28, 29),
        ("parts-exceed-total", "started_vrouw", "Totaal", "2022", 129, 131),
        ("parts-exceed-total", "started_vrouw", "Totaal", "2023", 137, 139),
    ]


def test_education_levels_under_each_period_with_province_rows():
    """Another attribute, rows that are provinces: the same model."""
    rows = (
        ("Antwerpen", 40, 55, 12, 107, 44, 61, 15, 120),
        ("Limburg", 22, 30, 8, 60, 25, 28, 9, 62),
        ("Totaal", 62, 85, 20, 167, 69, 89, 24, 182),
    )
    text = single_spaced(PARAGRAPHS["provincie"], "Provincie", ["2022", "2023"],
                         ["laaggeschoold", "middengeschoold", "hooggeschoold", "Totaal"], rows)
    answer = read_text(text, "e.txt")
    assert [(t.id, t.column, t.categories) for t in answer.tables] == [
        ("unknown_by_province_laaggeschoold", "laaggeschoold", ()),
        ("unknown_by_province_middengeschoold", "middengeschoold", ()),
        ("unknown_by_province_hooggeschoold", "hooggeschoold", ()),
        ("unknown_by_province", "Totaal", ("laaggeschoold", "middengeschoold", "hooggeschoold")),
    ]
    assert [(c.province, c.period, c.count) for c in answer.tables[3].cells] == [
        ("Antwerpen", "2022", 107), ("Antwerpen", "2023", 120), ("Limburg", "2022", 60), ("Limburg", "2023", 62),
        (None, "2022", 167), (None, "2023", 182),
    ]
    # every Totaal figure is the sum of its levels: no error; the measure is said nowhere
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []
    unknown = [f.message for f in audit(answer).findings if f.rule == "measure-unknown"]
    assert len(unknown) == 4 and all("does not say what it counts" in m for m in unknown)
    wrong = read_text(text.replace("Limburg 22 30 8 60", "Limburg 22 30 8 61"), "e.txt")
    assert [(f.rule, f.table, f.province, f.period, f.stated, f.observed) for f in audit(wrong).findings
            if f.severity == "error"] == [("total-exceeds-parts", "unknown_by_province", "Limburg", "2022", 61, 60)]


# 2. A measure above the periods ----------------------------------------------------------------

MEASURE_ROWS = (
    ("908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar", 41, 47, 35, 39),
    ("908018: Verkorte educatieve bacheloropleiding", 88, 93, 61, 70),
    ("908020: Verkorte educatieve master", 25, 31, 19, 22),
    ("Totaal", 150, 166, 115, 131),
)
MEASURES = ("Opleiding", ["gestart", "geslaagd"], ["2022", "2023"])


@pytest.mark.parametrize("form", FORMS)
def test_a_measure_above_its_periods_is_a_table_of_that_measure(form):
    answer = _read(form, PARAGRAPHS["onderwijs"], *MEASURES, MEASURE_ROWS)
    assert [(_bare(t.id), t.measure, t.column, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started", "started", "gestart", ["2022", "2023"]), ("graduated", "graduated", "geslaagd", ["2022", "2023"]),
    ]
    want = []
    for j, table in enumerate(("started", "graduated")):
        for key, *values in MEASURE_ROWS:
            level = "total" if key == "Totaal" else "row"
            for p, period in enumerate(("2022", "2023")):
                want.append((table, level, key.split(":")[0], period, values[2 * j + p], "unique" if level == "total" else None))
    assert _cells(answer) == want
    assert [f[:6] for f in _findings(answer)] == [
        ("parts-exceed-total", "started", "Totaal", "2022", 150, 154),
        ("parts-exceed-total", "started", "Totaal", "2023", 166, 171),
    ]


def test_periods_printed_twice_with_no_names_above_are_unreadable():
    """Main's reader made four periods ``2022 2023 2022 2023`` of one table and checked each
    total against the wrong figures."""
    rows = [f"{key} {' '.join(map(str, values))}" for key, *values in MEASURE_ROWS]
    text = _head(PARAGRAPHS["onderwijs"]) + "\n".join(["Opleiding 2022 2023 2022 2023", *rows]) + "\n"
    answer = read_text(text, "r.txt")
    assert _cells(answer) == []
    found = audit(answer).findings
    assert [(f.rule, f.line, f.severity) for f in found] == [("unreadable-table", 6, "error")]
    assert "prints the same periods more than once (2022 2023 2022 2023)" in found[0].message
    assert "41, 47, 35, 39" in found[0].message
    nl = audit(answer, lang="nl").findings[0].message
    assert "drukt dezelfde perioden meer dan eens af (2022 2023 2022 2023)" in nl



@pytest.mark.parametrize("label", ["Provincie", "Geslacht"])
def test_periods_printed_twice_over_rows_without_codes_say_so_too(label):
    """Over provinces or categories (no training codes) the same header was no header at all:
    the finding said that no header with periods was found, and listed the periods as figures."""
    rows = {"Provincie": ["Antwerpen 10 12 5 6", "Limburg 3 4 1 2", "Totaal 13 16 6 8"],
            "Geslacht": ["Man 10 12 5 6", "Vrouw 3 4 1 2", "Totaal 13 16 6 8"]}[label]
    text = _head(PARAGRAPHS["zorg"]) + "\n".join([f"{label} 2022 2023 2022 2023", *rows]) + "\n"
    answer = read_text(text, "r.txt")
    assert _cells(answer) == []
    [found] = audit(answer).findings
    assert (found.rule, found.line) == ("unreadable-table", 6)
    assert "prints the same periods more than once (2022 2023 2022 2023)" in found.message
    assert "10, 12, 5, 6, 3, 4, 1, 2, 13, 16, 6, 8" in found.message


# 3. A column that names no measure beside one that does ----------------------------------------

PROVINCE_ROWS = (
    ("Antwerpen", 130, 96, 141, 102),
    ("Limburg", 58, 41, 63, 47),
    ("Oost-Vlaanderen", 112, 80, 120, 88),
    ("Totaal", 296, 215, 318, 235),
)
PARTLY = ("Provincie", ["2022", "2023"], ["uitgevoerd", "geslaagd"])


@pytest.mark.parametrize("form", FORMS)
def test_a_column_naming_no_measure_is_read_as_a_table_of_unknown_measure(form):
    answer = _read(form, PARAGRAPHS["provincie"], *PARTLY, PROVINCE_ROWS)
    assert [(_bare(t.id), t.measure, t.column) for t in answer.tables] == [
        ("unknown_by_province", "unknown", "uitgevoerd"), ("graduated_by_province", "graduated", "geslaagd"),
    ]
    assert [(_bare(t.id), c.level, c.province, c.period, c.count) for t in answer.tables for c in t.cells] == [
        (table, "total" if key == "Totaal" else "row", None if key == "Totaal" else key, period, values[2 * p + j])
        for j, table in enumerate(("unknown_by_province", "graduated_by_province"))
        for key, *values in PROVINCE_ROWS for p, period in enumerate(("2022", "2023"))
    ]
    found = _findings(answer)
    assert [f[:6] for f in found] == [
        ("measure-unknown", "unknown_by_province", None, None, None, None),
        ("parts-exceed-total", "graduated_by_province", "Totaal", "2022", 215, 217),
        ("parts-exceed-total", "graduated_by_province", "Totaal", "2023", 235, 237),
        ("parts-exceed-total", "unknown_by_province", "Totaal", "2022", 296, 300),
        ("parts-exceed-total", "unknown_by_province", "Totaal", "2023", 318, 324),
    ]
    message = next(f.message for f in audit(answer).findings if f.rule == "measure-unknown")
    assert "the column 'uitgevoerd' that the table \"Provincie\" (" in message
    assert ") prints under each period beside 'geslaagd' does not say what it counts" in message


def test_extract_writes_every_figure_of_a_two_level_header(tmp_path, capsys):
    """``okot-audit extract``: every figure a cell, the category tables beside the Totaal's."""
    path = tmp_path / "g.txt"
    path.write_text(single_spaced(PARAGRAPHS["zorg"], *GENDER, GENDER_ROWS), encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        cli_main(["extract", str(path)])
    assert done.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + len(GENDER_ROWS) * 6
    assert sorted({line.split(",")[1] for line in lines[1:]}) == ["started", "started_man", "started_vrouw"]


SHARE_ROWS = (
    ("Antwerpen", 130, 44, 141, 44),
    ("Limburg", 58, 20, 63, 20),
    ("Oost-Vlaanderen", 112, 38, 120, 37),
    ("Totaal", 296, 100, 318, 100),
)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("share", ["%", "Aandeel"])
def test_a_count_and_its_share_under_each_period(form, share):
    """``aantal`` / ``%`` under each period: the counts are the table, the shares are no counts
    (``column-not-checked`` names them with their values). Laid out or as a PDF's cells the
    header prints in one line (``2022 aantal  %``, ``2022 aantal  2022 %``): main's reader found
    no header there, and every figure was an ``unreadable-table`` error."""
    answer = _read(form, PARAGRAPHS["provincie"], "Provincie", ["2022", "2023"], ["aantal", share], SHARE_ROWS)
    assert [(_bare(t.id), [p.label for p in t.periods]) for t in answer.tables] == [("unknown_by_province", ["2022", "2023"])]
    assert [(c.level, c.province, c.period, c.count) for c in answer.tables[0].cells] == [
        ("total" if key == "Totaal" else "row", None if key == "Totaal" else key, period, values[2 * p])
        for key, *values in SHARE_ROWS for p, period in enumerate(("2022", "2023"))
    ]
    found = audit(answer).findings
    assert sorted((f.rule, f.period, f.stated, f.observed) for f in found) == [
        ("column-not-checked", None, None, None), ("measure-unknown", None, None, None),
        ("parts-exceed-total", "2022", 296, 300), ("parts-exceed-total", "2023", 318, 324),
    ]
    shares = next(f.message for f in found if f.rule == "column-not-checked")
    assert "44 44 20 20 38 37 …" in shares


def test_a_categorys_figures_are_compared_with_the_same_category_only():
    """A later answer prints the starters of all persons only, 900124's 2023 figure revised
    from 50 to 52: the revision is found against the earlier answer's ``Totaal`` column, never
    against its ``Man`` or ``Vrouw`` column (11 and 39 persons are no revision of 52)."""
    from okot_audit.corpus.revisions import revisions

    earlier = read_text(single_spaced(PARAGRAPHS["zorg"], *GENDER, GENDER_ROWS), "earlier.txt")
    later_text = single_spaced(
        [PARAGRAPHS["zorg"][0], "op vraag nr. 133 van 4 februari 2025", PARAGRAPHS["zorg"][2]],
        "Opleiding", ["2022", "2023"], [], (),
    ).replace("Opleiding 2022 2023\n\n", "Opleiding 2022 2023\n") + "\n".join([
        "900611: Professionele bachelor verpleegkunde - 1ste jaar 77 88",
        "900124: Tweedekansonderwijs zorgkundige - tweede jaar 50 52",
        "900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar 33 37", "Totaal 157 175",
    ]) + "\n"
    later = read_text(later_text, "later.txt")
    assert [(t.id, len(t.cells)) for t in later.tables] == [("started", 8)]
    found = [(r.later.cell.code or r.later.cell.label, r.later.cell.period, r.earlier.cell.count, r.later.cell.count,
              r.earlier.table.id) for r in revisions([earlier, later])]
    assert found == [("900124", "2023", 50, 52, "started"), ("Totaal", "2023", 173, 175, "started")]


BLANK_ROWS = (
    ("900611: Professionele bachelor verpleegkunde - 1ste jaar", 14, 63, 77, 18, 70, 88),
    ("900124: Tweedekansonderwijs zorgkundige - tweede jaar", None, 41, 41, 11, 39, 50),
    ("900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar", 6, 27, 33, None, None, None),
    ("Totaal", 20, 129, 149, 29, 107, 136),
)


@pytest.mark.parametrize("form", FORMS)
def test_blank_cells_under_categories_stay_blank_in_their_own_table(form):
    """No man started 900124 in 2022; 900711 did not run in 2023: blank in those tables only."""
    answer = _read(form, PARAGRAPHS["zorg"], *GENDER, BLANK_ROWS)
    assert [(_bare(t.id), c.code, c.period, c.count) for t in answer.tables for c in t.cells
            if c.code in ("900124", "900711")] == [
        ("started_man", "900124", "2023", 11), ("started_man", "900711", "2022", 6),
        ("started_vrouw", "900124", "2022", 41), ("started_vrouw", "900124", "2023", 39),
        ("started_vrouw", "900711", "2022", 27),
        ("started", "900124", "2022", 41), ("started", "900124", "2023", 50), ("started", "900711", "2022", 33),
    ]
    assert answer.issues == []
    assert [f for f in audit(answer).findings if f.severity != "info"] == []


def test_a_measure_above_its_periods_from_pdfplumbers_layout_text():
    """pdfplumber ``extract_text(layout=True)`` of the PDF with merged cells sets some rows'
    figures one space after their label (``… bacheloropleiding 88 93 61      70``): those rows
    are read by their spacing, not by where the full rows stand — which had made ``88 93 61``
    the label's and reported the totals as errors."""
    from generate.extract import extract

    pdf = pdf_merged(PARAGRAPHS["onderwijs"], *MEASURES, MEASURE_ROWS)
    answer = read_text(extract(pdf, "pdfplumber-layout"), "p.txt")
    assert _cells(answer) == _cells(read_text(pdf, "a.pdf"))
    assert [f[:6] for f in _findings(answer)] == [
        ("parts-exceed-total", "started", "Totaal", "2022", 150, 154),
        ("parts-exceed-total", "started", "Totaal", "2023", 166, 171),
    ]


@pytest.mark.parametrize("names, measures", [
    ("Man Vrouw Totaal Man Vrouw Totaal", ("graduated",) * 3),  # (categories under each period)
    ("geslaagd gestart geslaagd gestart", ("graduated", "started")),  # (measures under each period)
])
def test_what_a_row_s_code_or_label_says_is_reported_once_however_many_columns_it_has(names, measures):
    # One header, one table per column over the same rows: an unknown code, a label the
    # catalogue does not give its code, a code of another sector, a first year among graduates
    # and a row printed twice are each one problem of one printed row — not one per column.
    text = "\n".join([
        "OKOT's - Onderwijssector", "", "Het aantal unieke geslaagde cursisten per opleiding.", "",
        "Opleiding 2022 2023", names,
        "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 10 40 50 12 44 56",
        "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 3 4 7 2 2 4",
        "999999: Opleiding zonder code 5 6 11 4 4 8",
        "908020: Educatieve master voor het lager onderwijs 1 1 2 1 1 2",
        "900611: Professionele bachelor verpleegkunde - 1ste jaar 2 2 4 1 1 2",
        "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 10 40 50 12 44 56",
    ]) + "\n"
    if "gestart" in names:  # (two measures: four figures a row)
        text = "\n".join(" ".join(line.split()[:-2]) if line[:6].isdigit() else line for line in text.split("\n"))
    answer = read_text(text, "once.txt")
    assert {t.measure for t in answer.tables} == set(measures) and len(answer.tables) == len(measures)
    found = sorted((f.rule, f.line) for f in audit(answer).findings
                   if f.rule in ("code-unknown", "label-mismatch", "code-outside-sector", "duplicate-row", "stage-not-final"))
    assert found == sorted([("stage-not-final", 8), ("code-unknown", 9), ("label-mismatch", 10), ("stage-not-final", 11),
                            ("code-outside-sector", 11), ("duplicate-row", 12)])
