"""Nested totals: a total over a total and more rows.

VDAB works in Flanders and Brussels, so a table by province prints the five Flemish provinces,
``Vlaams Gewest`` (their total), ``Brussels Hoofdstedelijk Gewest`` and ``Totaal`` (Vlaams
Gewest + Brussel). The lines below ``Vlaams Gewest`` were not read ("lines under a closing
total": an ``unreadable-table`` error). The first total is a subtotal over the rows above it
(level ``subtotal``, its label as printed, semantics by what the table counts); the last is a
total over that subtotal and the rows below it — never over every row again, which would
count the provinces twice. The same holds for ``Subtotaal`` (alone or naming a sector), then
more rows, then ``Totaal``: in a table of codes, of categories, with a total column, in
laid-out and single-spaced text, a PDF and an ``.xlsx`` annex. A table whose second total
totals all rows again (``Totaal`` right below ``Vlaams Gewest``) reads as before.

Each case is data: the answer's lines, the cells a correct reader gives (level, province,
label, period, count, semantics) and the findings of the totals rules (rule, severity, line,
period, label, stated, observed).
"""

from __future__ import annotations

import io

import pytest

from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

HEAD = (
    "Onderwijskwalificerende opleidingstrajecten (OKOT's)\n\n"
    "ANTWOORD op vraag nr. 12 van 3 maart 2023 van Jan Peeters\n\n"
)
CAPTION = "Unieke cursisten met gestarte OKOT('s) per provincie"
FIRST = HEAD.count("\n") + 3  # the line of the table's first row (the caption, then the header)
PERIODS = ("2021", "2022")
PROVINCES = [
    ("Antwerpen", 812, 845), ("Limburg", 402, 398), ("Oost-Vlaanderen", 733, 760),
    ("Vlaams-Brabant", 455, 470), ("West-Vlaanderen", 521, 530),
]
BRUSSELS = "Brussels Hoofdstedelijk Gewest"
#: The findings' rules the totals give (the others — likely-typo, error-located — say where a
#: wrong figure may be and are tested elsewhere).
TOTALS_RULES = ("total-exceeds-parts", "total-below-largest-part", "parts-exceed-total",
                "unreadable-table", "ambiguous-alignment", "schema-violation")


def figure(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", ".")


def laid_out(header: str, rows: list[tuple], width: int = 34) -> list[str]:
    """Rows as ``pdftotext -layout`` prints them: the label, then every figure right-aligned
    under its period (a blank cell is spaces)."""
    return [f"{header:<{width}}" + "".join(f"{p:>8}" for p in PERIODS)] + [
        f"{label:<{width}}" + "".join(f"{figure(v):>8}" for v in values) for label, *values in rows
    ]


def single(header: str, rows: list[tuple], width: int = 0) -> list[str]:
    """Rows as single-spaced text prints them: a blank cell leaves nothing (`width`: unused)."""
    return [f"{header} {' '.join(PERIODS)}"] + [
        " ".join([label, *(figure(v) for v in values if v is not None)]) for label, *values in rows
    ]


def table(vlaams: tuple, brussels: tuple, totaal: tuple) -> list[tuple]:
    return [*PROVINCES, ("Vlaams Gewest", *vlaams), (BRUSSELS, *brussels), ("Totaal", *totaal)]


def cells_of(answer) -> list[tuple]:
    return [(c.level, c.province, c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells]


def findings_of(answer) -> list[tuple]:
    return sorted(
        (f.rule, f.severity, f.line, f.period, f.label or f.province or f.training_code, f.stated, f.observed)
        for f in audit(answer).findings if f.rule in TOTALS_RULES
    )


def expected_cells(rows: list[tuple], periods: tuple[str, ...] = PERIODS) -> list[tuple]:
    """The cells of the province table `rows`: the provinces and Brussel are rows of their
    province, ``Vlaams Gewest`` the subtotal over the provinces, ``Totaal`` the total; both
    count unique persons."""
    out = []
    for label, *values in rows:
        level = {"Vlaams Gewest": "subtotal", "Totaal": "total"}.get(label, "row")
        province = None if level != "row" else ("Brussel" if label == BRUSSELS else label)
        for period, value in zip(periods, values):
            if value is not None:
                out.append((level, province, label, period, value, None if level == "row" else "unique"))
    return out


def line(label: str, rows: list[tuple]) -> int:
    return FIRST + [r[0] for r in rows].index(label)


def read(lines: list[str], name: str = "nested.txt"):
    return read_text(HEAD + CAPTION + "\n" + "\n".join(lines) + "\n", name)


# --- The figures hold, in every form --------------------------------------------------------

HOLDS = table((2905, 2990), (140, 152), (3040, 3130))


def holds_findings(rows: list[tuple]) -> list[tuple]:
    """Persons counted twice, information only: 18 and 13 moved between provinces; 5 and 12
    counted in Vlaams Gewest and in Brussel (3045 and 3142 against 3040 and 3130 — not the
    provinces and Brussel again, which would sum to 3063 and 3155)."""
    vlaams, totaal = line("Vlaams Gewest", rows), line("Totaal", rows)
    return sorted([
        ("parts-exceed-total", "info", vlaams, "2021", "Vlaams Gewest", 2905, 2923),
        ("parts-exceed-total", "info", vlaams, "2022", "Vlaams Gewest", 2990, 3003),
        ("parts-exceed-total", "info", totaal, "2021", "Totaal", 3040, 3045),
        ("parts-exceed-total", "info", totaal, "2022", "Totaal", 3130, 3142),
    ])


@pytest.mark.parametrize("form", [laid_out, single], ids=["laid-out", "single-spaced"])
def test_vlaams_gewest_brussel_totaal_that_hold(form):
    answer = read(form("Provincie", HOLDS))
    assert answer.issues == []
    [read_table] = answer.tables
    assert read_table.layout.name == "province_rows"
    assert cells_of(answer) == expected_cells(HOLDS)
    assert findings_of(answer) == holds_findings(HOLDS)
    assert [f for f in audit(answer).findings if f.severity != "info"] == []


def test_the_region_and_its_total_named_otherwise():
    """``Vlaanderen``, ``Brussel``, ``Vlaams en Brussels Gewest``: the same nested totals."""
    rows = [*PROVINCES, ("Vlaanderen", 2905, 2990), ("Brussel", 140, 152), ("Vlaams en Brussels Gewest", 3040, 3130)]
    answer = read(laid_out("Provincie", rows))
    assert answer.issues == []
    names = {"Vlaanderen": "Vlaams Gewest", "Brussel": BRUSSELS, "Vlaams en Brussels Gewest": "Totaal"}
    want = expected_cells([(names.get(label, label), *values) for label, *values in rows])
    labels = iter(label for label, *values in rows for _ in values)
    assert cells_of(answer) == [(*cell[:2], next(labels), *cell[3:]) for cell in want]
    assert [f for f in audit(answer).findings if f.severity != "info"] == []


def test_the_nested_total_names_its_parts_in_english_and_dutch():
    answer = read(laid_out("Provincie", HOLDS))
    [en] = [f.message for f in audit(answer).findings if f.label == "Totaal" and f.period == "2021"]
    [nl] = [f.message for f in audit(answer, lang="nl").findings if f.label == "Totaal" and f.period == "2021"]
    assert "its parts sum to 3045: 5 persons counted in more than one province" in en
    assert "de delen tellen op tot 3045: 5 personen dubbel geteld in meer dan één provincie" in nl


# --- A wrong figure is reported at the total it breaks ----------------------------------------

@pytest.mark.parametrize("form", [laid_out, single], ids=["laid-out", "single-spaced"])
def test_a_vlaams_gewest_above_its_provinces_is_an_error_at_vlaams_gewest(form):
    """2021: Vlaams Gewest 2.990, the provinces sum to 2.923. Totaal 3.040 still lies between
    Vlaams Gewest and Vlaams Gewest + Brussel (3.130): no error there."""
    rows = table((2990, 2990), (140, 152), (3040, 3130))
    answer = read(form("Provincie", rows))
    vlaams, totaal = line("Vlaams Gewest", rows), line("Totaal", rows)
    assert cells_of(answer) == expected_cells(rows)
    assert findings_of(answer) == sorted([
        ("total-exceeds-parts", "error", vlaams, "2021", "Vlaams Gewest", 2990, 2923),
        ("parts-exceed-total", "info", vlaams, "2022", "Vlaams Gewest", 2990, 3003),
        ("parts-exceed-total", "info", totaal, "2021", "Totaal", 3040, 3130),
        ("parts-exceed-total", "info", totaal, "2022", "Totaal", 3130, 3142),
    ])


@pytest.mark.parametrize("form", [laid_out, single], ids=["laid-out", "single-spaced"])
def test_a_totaal_that_vlaams_gewest_and_brussel_cannot_give_is_an_error_at_totaal(form):
    """2021: Totaal 3.050 > Vlaams Gewest + Brussel (3.045) — though the provinces and Brussel
    sum to 3.063, which are not its parts. 2022: Totaal 2.980 < Vlaams Gewest 2.990."""
    rows = table((2905, 2990), (140, 152), (3050, 2980))
    answer = read(form("Provincie", rows))
    vlaams, totaal = line("Vlaams Gewest", rows), line("Totaal", rows)
    assert cells_of(answer) == expected_cells(rows)
    assert findings_of(answer) == sorted([
        ("parts-exceed-total", "info", vlaams, "2021", "Vlaams Gewest", 2905, 2923),
        ("parts-exceed-total", "info", vlaams, "2022", "Vlaams Gewest", 2990, 3003),
        ("total-exceeds-parts", "error", totaal, "2021", "Totaal", 3050, 3045),
        ("total-below-largest-part", "error", totaal, "2022", "Totaal", 2980, 2990),
    ])


# --- The Brussels row without a figure ---------------------------------------------------------

@pytest.mark.parametrize("form", [laid_out, single], ids=["laid-out", "single-spaced"])
def test_a_brussels_row_without_a_figure_for_a_year_is_a_blank_cell(form):
    """No Brussels figure for 2021: Totaal 2021 is Vlaams Gewest's. Single-spaced, the one
    figure ``152`` reads into 2022 only: in 2021 Totaal leaves no room for it."""
    rows = table((2905, 2990), (None, 152), (2905, 3130))
    answer = read(form("Provincie", rows))
    assert answer.issues == []
    assert cells_of(answer) == expected_cells(rows)
    totaal = line("Totaal", rows)
    assert findings_of(answer) == sorted([
        *holds_findings(rows)[:2], ("parts-exceed-total", "info", totaal, "2022", "Totaal", 3130, 3142),
    ])


def test_a_totaal_that_counts_brussels_persons_the_brussels_row_does_not_give_is_an_error():
    """Laid out, the blank stands under 2021; Totaal 2021 3.040 is more than Vlaams Gewest alone."""
    rows = table((2905, 2990), (None, 152), (3040, 3130))
    answer = read(laid_out("Provincie", rows))
    assert cells_of(answer) == expected_cells(rows)
    assert ("total-exceeds-parts", "error", line("Totaal", rows), "2021", "Totaal", 3040, 2905) in findings_of(answer)


def test_single_spaced_a_brussels_figure_no_year_fits_is_reported_not_guessed():
    """``Brussels Hoofdstedelijk Gewest 152`` under two years where Totaal needs Brussels
    persons in both: no placement fits; the row is reported, never guessed into a year."""
    rows = table((2905, 2990), (None, 152), (3040, 3130))
    answer = read(single("Provincie", rows))
    assert [(i.kind, i.line, i.reason) for i in answer.issues] == [
        ("ambiguous-alignment", line(BRUSSELS, rows), "no-fit")]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == ["ambiguous-alignment"]


# --- A second total over all rows again reads as before -------------------------------------

@pytest.mark.parametrize("form", [laid_out, single], ids=["laid-out", "single-spaced"])
def test_a_totaal_right_below_vlaams_gewest_totals_the_provinces_again(form):
    rows = [*PROVINCES, ("Vlaams Gewest", 2905, 2990), ("Totaal", 2905, 3010)]
    answer = read(form("Provincie", rows))
    assert answer.issues == []
    want = [c if c[2] != "Vlaams Gewest" else ("total", *c[1:]) for c in expected_cells(rows)]
    assert cells_of(answer) == want
    vlaams, totaal = line("Vlaams Gewest", rows), line("Totaal", rows)
    assert findings_of(answer) == sorted([
        ("parts-exceed-total", "info", vlaams, "2021", "Vlaams Gewest", 2905, 2923),
        ("parts-exceed-total", "info", vlaams, "2022", "Vlaams Gewest", 2990, 3003),
        ("parts-exceed-total", "info", totaal, "2021", "Totaal", 2905, 2923),
        ("total-exceeds-parts", "error", totaal, "2022", "Totaal", 3010, 3003),
    ])


def test_rows_below_a_total_with_no_total_below_them_are_still_reported():
    rows = [*PROVINCES, ("Vlaams Gewest", 2905, 2990), (BRUSSELS, 140, 152)]
    answer = read(laid_out("Provincie", rows))
    unread = [f for f in audit(answer).findings if f.rule == "unreadable-table"]
    assert [(f.line, f.severity) for f in unread] == [(line(BRUSSELS, rows), "error")]
    assert "right below a table's total line ('Vlaams Gewest')" in unread[0].message


def test_one_row_of_one_count_below_a_total_is_reported_too():
    lines = ["Provincie Aantal", "Antwerpen 577", "Limburg 529", "Vlaams Gewest 1.100", "Brussel 57"]
    answer = read_text(HEAD + "Unieke cursisten die in 2021 een OKOT startten\n" + "\n".join(lines) + "\n", "one.txt")
    unread = [f for f in audit(answer).findings if f.rule == "unreadable-table"]
    assert [(f.line, f.severity) for f in unread] == [(FIRST + 3, "error")]
    assert f"line {FIRST + 3} ('Brussel 57') stands right below a table's total line ('Vlaams Gewest')" in unread[0].message


def test_a_table_with_the_same_header_below_a_total_is_a_table_of_its_own():
    """Rows and a total under a header like the first table's (the next table, no caption
    between) are no rows of the first table under a nested total."""
    first = laid_out("Provincie", [("Antwerpen", 812, 845), ("Limburg", 402, 398), ("Totaal", 1200, 1230)])
    second = laid_out("Provincie", [("Antwerpen", 80, 84), ("Limburg", 40, 39), ("Totaal", 118, 120)])
    answer = read([*first, "", *second])
    assert answer.issues == []
    assert [len(t.cells) for t in answer.tables] == [6, 6]
    assert all(c.level != "subtotal" for t in answer.tables for c in t.cells)


# --- A total column -------------------------------------------------------------------------

def test_a_total_column_beside_nested_totals():
    """``… 2021 2022 Totaal``: each line's Totaal cell totals its own years; in the Totaal
    column too, Vlaams Gewest totals the provinces and Totaal the subtotal and Brussel."""
    totals = {"Antwerpen": 1600, "Limburg": 780, "Oost-Vlaanderen": 1450, "Vlaams-Brabant": 900,
              "West-Vlaanderen": 1020, "Vlaams Gewest": 5700, BRUSSELS: 280, "Totaal": 5960}
    rows = [(*r, totals[r[0]]) for r in HOLDS]
    header = f"{'Provincie':<34}" + "".join(f"{p:>8}" for p in (*PERIODS, "Totaal"))
    lines = [header] + [f"{label:<34}" + "".join(f"{figure(v):>8}" for v in values) for label, *values in rows]
    answer = read(lines)
    assert answer.issues == []
    want = []
    for cell in expected_cells(rows, (*PERIODS, "Totaal")):
        level, province, label, period, count, semantics = cell
        want.append(cell if not (level == "row" and period == "Totaal") else (*cell[:5], "unique"))
    assert cells_of(answer) == want
    totaal = line("Totaal", rows)
    found = findings_of(answer)
    assert [f for f in found if f[1] != "info"] == []
    assert ("parts-exceed-total", "info", totaal, "Totaal", "Totaal", 5960, 5980) in found  # 5700 + 280
    assert ("parts-exceed-total", "info", line("Vlaams Gewest", rows), "Totaal", "Vlaams Gewest", 5700, 5750) in found


# --- Codes: Subtotaal, more rows, Totaal ----------------------------------------------------

CODES = [
    ("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", 120, 130),
    ("908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar", 80, None),
    ("Subtotaal", 195, 130),
    ("908011: Educatieve bachelor voor lager onderwijs - 1ste jaar", 50, 60),
    ("Totaal", 240, 185),
]


def code_cells(rows: list[tuple], subtotal: str = "Subtotaal") -> list[tuple]:
    out = []
    for label, *values in rows:
        level = "subtotal" if label == subtotal else "total" if label == "Totaal" else "row"
        code = label[:6] if level == "row" else None
        text = label[8:] if level == "row" else label
        for period, value in zip(PERIODS, values):
            if value is not None:
                out.append((level, code, text, period, value, None if level == "row" else "unique"))
    return out


def code_read(lines: list[str]):
    return read_text(HEAD + "Unieke cursisten met gestarte OKOT('s) per opleiding\n" + "\n".join(lines) + "\n", "codes.txt")


@pytest.mark.parametrize("form", [laid_out, single], ids=["laid-out", "single-spaced"])
def test_codes_under_a_subtotal_and_more_rows_under_totaal(form):
    answer = code_read(form("Opleiding", CODES, width=64))
    assert answer.issues == []
    assert [(c.level, c.code, c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells] == code_cells(CODES)
    subtotal, totaal = FIRST + 2, FIRST + 4
    assert findings_of(answer) == sorted([
        ("parts-exceed-total", "info", subtotal, "2021", "Subtotaal", 195, 200),
        ("parts-exceed-total", "info", totaal, "2021", "Totaal", 240, 245),
        ("parts-exceed-total", "info", totaal, "2022", "Totaal", 185, 190),
    ])
    assert [f for f in audit(answer).findings if f.severity != "info"] == []


@pytest.mark.parametrize("totaal, finding", [
    ((250, 185), ("total-exceeds-parts", "error", "2021", 250, 245)),  # the rows alone sum to 250
    ((240, 125), ("total-below-largest-part", "error", "2022", 125, 130)),
])
def test_a_totaal_over_a_subtotal_and_a_row_is_checked_against_both(totaal, finding):
    rows = [*CODES[:4], ("Totaal", *totaal)]
    answer = code_read(laid_out("Opleiding", rows, width=64))
    rule, severity, period, stated, observed = finding
    assert (rule, severity, FIRST + 4, period, "Totaal", stated, observed) in findings_of(answer)
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == [rule]


def test_a_named_sector_subtotal_then_a_row_of_no_block_then_totaal():
    """``Subtotaal zorg`` closing the care rows, then a row of no block, then ``Totaal``: the
    Totaal was checked against the subtotal alone ("its subtotals sum to only 195: 45 persons
    in the total appear in no subtotal", an error) — the row below the subtotal is a part too."""
    rows = [
        ("900123: Tweedekansonderwijs zorgkundige - 1ste jaar", 120, 130),
        ("900124: Tweedekansonderwijs zorgkundige - tweede jaar", 80, 90),
        ("Subtotaal zorg", 195, 215),
        ("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", 50, 60),
        ("Totaal", 240, 270),
    ]
    answer = code_read(laid_out("Opleiding", rows, width=64))
    assert answer.issues == []
    assert [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level != "row"] == [
        ("subtotal", "Subtotaal zorg", "2021", 195), ("subtotal", "Subtotaal zorg", "2022", 215),
        ("total", "Totaal", "2021", 240), ("total", "Totaal", "2022", 270)]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []
    assert ("parts-exceed-total", "info", FIRST + 4, "2022", "Totaal", 270, 275) in findings_of(answer)


# --- Categories: a partition adds up ---------------------------------------------------------

@pytest.mark.parametrize("totaal, errors", [(225, []), (230, ["total-exceeds-parts"])])
def test_categories_under_a_subtotal_and_more_rows_add_up_exactly(totaal, errors):
    rows = [("Man", 100, 110), ("Vrouw", 120, 130), ("Subtotaal", 220, 240), ("Onbekend", 5, 6), ("Totaal", totaal, 246)]
    answer = read_text(HEAD + "Unieke cursisten met gestarte OKOT('s) naar geslacht\n"
                       + "\n".join(single("Geslacht", rows)) + "\n", "gender.txt")
    assert answer.issues == []
    assert [(c.level, c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells if c.level != "row"] == [
        ("subtotal", "Subtotaal", "2021", 220, "additive"), ("subtotal", "Subtotaal", "2022", 240, "additive"),
        ("total", "Totaal", "2021", totaal, "additive"), ("total", "Totaal", "2022", 246, "additive")]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == errors


# --- A PDF and an .xlsx annex ------------------------------------------------------------------

def test_nested_totals_in_a_pdf():
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
    from test_unseen_pdfs import autofit_pdf

    rows = table((2905, 2990), (None, 152), (2905, 3130))
    pdf = autofit_pdf(["Onderwijskwalificerende opleidingstrajecten (OKOT's)", CAPTION],
                      ["Provincie", *PERIODS], [[label, *(figure(v) for v in values)] for label, *values in rows],
                      bold=(5, 7))
    answer = parse_answer(source_from_bytes(pdf, "nested.pdf"))
    assert answer.issues == []
    assert cells_of(answer) == expected_cells(rows)
    assert {c.page for t in answer.tables for c in t.cells} == {1}
    assert [f for f in audit(answer).findings if f.severity != "info"] == []


def test_nested_totals_in_an_xlsx_annex():
    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    from openpyxl import Workbook
    from openpyxl.styles import Font

    rows = table((2990, 2990), (None, 152), (3040, 3130))  # Vlaams Gewest 2021 above its provinces
    book = Workbook()
    sheet = book.active
    sheet["A1"] = CAPTION
    sheet.append([])
    sheet.append(["Provincie", *PERIODS])
    for label, *values in rows:
        sheet.append([label, *values])
        if label in ("Vlaams Gewest", "Totaal"):
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
    buffer = io.BytesIO()
    book.save(buffer)
    answer = parse_answer(source_from_bytes(buffer.getvalue(), "annex.xlsx"))
    assert answer.issues == []
    assert cells_of(answer) == expected_cells(rows)
    # sheet rows: the caption 1, a blank 2, the header 3, the provinces 4-8
    assert findings_of(answer) == sorted([
        ("total-exceeds-parts", "error", 9, "2021", "Vlaams Gewest", 2990, 2923),
        ("parts-exceed-total", "info", 9, "2022", "Vlaams Gewest", 2990, 3003),
        ("total-exceeds-parts", "error", 11, "2021", "Totaal", 3040, 2990),
        ("parts-exceed-total", "info", 11, "2022", "Totaal", 3130, 3142),
    ])


def test_codes_under_a_subtotal_and_more_rows_in_a_pdf():
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
    from test_unseen_pdfs import autofit_pdf

    pdf = autofit_pdf(["Onderwijskwalificerende opleidingstrajecten (OKOT's)",
                       "Unieke cursisten met gestarte OKOT('s) per opleiding"],
                      ["Opleiding", *PERIODS], [[label, *(figure(v) for v in values)] for label, *values in CODES],
                      bold=(2, 4))
    answer = parse_answer(source_from_bytes(pdf, "codes.pdf"))
    assert answer.issues == []
    assert [(c.level, c.code, c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells] == code_cells(CODES)
    assert [f for f in audit(answer).findings if f.severity != "info"] == []
