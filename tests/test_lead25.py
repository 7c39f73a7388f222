"""Lead-ins, captions and block names read wrong (session 25, lead25).

1. Rows of one count that print what they count after it (``In 2021 startten:`` / ``Zorg 40
   cursisten`` / ``Totaal 65 cursisten``, or under ``Sector Aantal``): before, no table and no
   finding — the unit word cost every row. The word goes as a unit of money or time goes, the
   figure stays a count, and the word says what the totals count (``inschrijvingen`` add up).
2. A caption in a note's words over rows of one count (``Cijfers 2021`` / ``Zorg 2000``): before,
   ``Cijfers 2021`` was taken for a note, ``Zorg 2000`` for the header of a period 2000, and Zorg's
   figure was lost; under ``Cijfers 2021:`` too. A sector, province or category with one figure
   over a row of the same kind is a row, never a header.
3. A footnote's letter on a school year (``2022-2023 a``, ``2022 - 2023 a``, ``2022 - 2023 (a)``,
   ``2022 - 2023a``) made the table unreadable; a letter on the header's last year over rows
   without codes (``Opleiding 2022 2023 a`` / ``Zorg 40 41``) too. It is the period's mark, as
   ``2023 a`` is: explained by its footnote, or said.
4. A sector's, province's or category's name and a colon before its figures (``Zorg: 40``,
   ``Antwerpen: 577``): before, no table and no finding (or only the total line said); the colon
   is no part of the name. Other words before a colon (``Infolijn: 1700``) stay prose.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import audit, read_text

HEAD = ["Vraag nr. 19 van 11 januari 2022", "OKOT - instroom", "", "Antwoord", ""]


def _read(lines: list[str]):
    return read_text("\n".join([*HEAD, *lines, ""]), "c.txt")


def _cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def _laid(label: str, figure: str) -> str:
    return label.ljust(30) + figure.rjust(14)


# 1. A unit word after each row's count.

@pytest.mark.parametrize("laid_out", [False, True], ids=["single-spaced", "laid-out"])
@pytest.mark.parametrize("header", [["In 2021 startten:"], ["Sector Aantal (2021)"], ["Sector 2021"]])
@pytest.mark.parametrize("unit", ["cursisten", "personen", "deelnemers"])
@pytest.mark.parametrize("total", [True, False], ids=["total", "no-total"])
def test_a_unit_word_after_each_count_costs_no_cell(header, unit, total, laid_out):
    rows = [("Zorg", 40), ("Onderwijs", 25), *([("Totaal", 65)] if total else [])]
    lines = [_laid(label, f"{n} {unit}") if laid_out else f"{label} {n} {unit}" for label, n in rows]
    answer = _read([*header, *lines])
    want = [("row", "Zorg", "2021", 40), ("row", "Onderwijs", "2021", 25)]
    assert _cells(answer) == want + ([("total", "Totaal", "2021", 65)] if total else [])
    assert not [f for f in audit(answer).findings if f.rule in ("unreadable-table", "stray-number")]


def test_several_periods_each_with_its_unit_word():
    answer = _read(["Sector 2020 2021", "Zorg 40 cursisten 41 cursisten", "Onderwijs 25 cursisten 26 cursisten",
                    "Totaal 65 cursisten 67 cursisten"])
    assert [c.count for t in answer.tables for c in t.cells] == [40, 41, 25, 26, 65, 67]
    assert all(t.statistic == "" for t in answer.tables)  # (counts: no table of values)


@pytest.mark.parametrize("unit, rule, severity", [
    ("cursisten", "parts-exceed-total", "info"),  # (unique persons: one may stand in two rows)
    ("inschrijvingen", "parts-exceed-total", "error"),  # (enrolments add up exactly)
])
def test_the_unit_word_says_what_the_total_counts(unit, rule, severity):
    answer = _read(["In 2021 startten:", f"Zorg 40 {unit}", f"Onderwijs 25 {unit}", f"Totaal 60 {unit}"])
    assert [(f.rule, f.severity) for f in audit(answer).findings if f.rule == rule] == [(rule, severity)]


@pytest.mark.parametrize("lines", [
    ["In 2021 startten 40 cursisten een OKOT in de zorg.", "", "Dat zijn er meer dan in 2020."],
    ["In 2021 startten in de zorg 40 cursisten", "en in het onderwijs 25 cursisten."],
])
def test_prose_that_ends_in_a_count_and_its_unit_stays_prose(lines):
    answer = _read(lines)
    assert answer.tables == [] and answer.issues == []


# 2. A caption in a note's words, a sector's row whose count looks like a year.

CAPTIONS = ["Cijfers 2021", "Cijfers 2021:", "Gegevens 2021", "Stand 2021", "Overzicht 2021"]
ROWS = {
    "sectors": [("Zorg", 2000), ("Onderwijs", 1500)],
    "sectors-small": [("Zorg", 40), ("Onderwijs", 25)],
    "provinces": [("Antwerpen", 2000), ("Limburg", 40)],
}


@pytest.mark.parametrize("total", [True, False], ids=["total", "no-total"])
@pytest.mark.parametrize("rows", list(ROWS.values()), ids=list(ROWS))
@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_over_rows_of_one_count_names_their_period(caption, rows, total):
    body = [*rows, *([("Totaal", sum(n for _, n in rows))] if total else [])]
    answer = _read([caption, *(f"{label} {n}" for label, n in body)])
    want = [("total" if label == "Totaal" else "row", label, "2021", n) for label, n in body]
    assert _cells(answer) == want


@pytest.mark.parametrize("kind_rows", [
    [("Zorg", 2000), ("Onderwijs", 1500)],
    [("Antwerpen", 2000), ("Limburg", 1999)],
    [("Man", 2000), ("Vrouw", 1990)],
])
def test_a_row_whose_count_looks_like_a_year_is_no_header_over_a_row_of_its_kind(kind_rows):
    """Under a line that is no header (a date's note), ``Zorg 2000`` over ``Onderwijs 1500`` is
    two rows of one kind: never a header of the period 2000 over one row."""
    answer = _read(["Stand op 31 december 2021", *(f"{label} {n}" for label, n in kind_rows), "Totaal 3000"])
    assert not any(p.label == "2000" for t in answer.tables for p in t.periods)
    read = {c.label for c in (c for t in answer.tables for c in t.cells)}
    unread = [i for i in answer.issues if i.kind == "unreadable-table"]
    assert read >= {label for label, _ in kind_rows} or unread  # (read, or said: never lost)


@pytest.mark.parametrize("lines", [
    ["Het aantal starters bleef gelijk.", "Zorg 2000", "Onderwijs 1500", "Bouw 1200", "Dat is goed."],
    ["Zorg 2021", "Onderwijs 2000", "Bouw 1500"],
    ["Zorg 2021", "Zorg 2000", "Onderwijs 1500"],
])
def test_rows_of_one_kind_whose_first_count_looks_like_a_year_are_never_lost(lines):
    """Before: the first line was the header of a period (2000, 2021) over the others — Zorg's
    figure lost, or rows of sectors under a sector — without a word. Which line names a period,
    if any, the text does not settle: the rows are said, every figure with them."""
    answer = _read(lines)
    assert answer.tables == []
    first = len(HEAD) + next(k for k, line in enumerate(lines) if line.startswith("Zorg")) + 1
    [issue] = [i for i in answer.issues if i.kind == "unreadable-table"]
    assert issue.line == first and len(issue.numbers) == 3


def test_a_block_name_with_a_year_over_programmes_stays_a_header():
    answer = _read(["Zorg 2021", "Verpleegkunde 40", "Zorgkundige 25", "Totaal 65"])
    assert _cells(answer) == [("row", "Verpleegkunde", "2021", 40), ("row", "Zorgkundige", "2021", 25),
                              ("total", "Totaal", "2021", 65)]


# 3. A footnote's letter on a school year.

def _marked(last: str, note: str, laid_out: bool, codes: bool) -> list[str]:
    rows = [("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar" if codes else "Zorg", 10, 12),
            ("908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar" if codes else "Onderwijs", 20, 22),
            ("Totaal", 30, 34)]
    first = "2021-2022" if "-" in last else "2022"
    first = "2021 - 2022" if " - " in last else first
    if laid_out:
        body = [f"{'Opleiding':<64}{first:>14}{last:>18}", *(f"{label:<64}{a:>14}{b:>18}" for label, a, b in rows)]
    else:
        body = [f"Opleiding {first} {last}", *(f"{label} {a} {b}" for label, a, b in rows)]
    return [*body, "", note]


@pytest.mark.parametrize("codes", [True, False], ids=["codes", "names"])
@pytest.mark.parametrize("laid_out", [True, False], ids=["laid-out", "single-spaced"])
@pytest.mark.parametrize("last", ["2022-2023 a", "2022 - 2023 a", "2022 - 2023 (a)", "2022 - 2023a", "2022-2023a", "2023 a"])
@pytest.mark.parametrize("note, partial_note", [
    ("a tot en met 30 juni 2023.", "tot en met 30 juni 2023."),
    ("(a) voorlopige cijfers", "voorlopige cijfers"),
    ("Bron: VDAB.", "without an explaining footnote"),
], ids=["explained", "explained-bracketed", "unexplained"])
def test_a_letter_on_a_school_year_is_its_mark(last, note, partial_note, laid_out, codes):
    answer = _read(_marked(last, note, laid_out, codes))
    labels = ["2022", "2023"] if last == "2023 a" else ["2021-2022", "2022-2023"]
    (table,) = answer.tables
    assert [(p.label, p.partial) for p in table.periods] == [(labels[0], False), (labels[1], True)]
    assert partial_note in table.periods[1].note
    assert [c.count for c in table.cells] == [10, 12, 20, 22, 30, 34]
    findings = audit(answer).findings
    assert [(f.rule, f.period) for f in findings if f.rule == "partial-period"] == [("partial-period", labels[1])]
    assert not [f for f in findings if f.rule == "unreadable-table"]


# 4. A row's name and a colon before its figures.

@pytest.mark.parametrize("laid_out", [False, True], ids=["single-spaced", "laid-out"])
@pytest.mark.parametrize("header, rows, province", [
    (["In 2021 startten:"], [("Zorg", 40), ("Onderwijs", 25)], False),
    (["Sector 2021"], [("Zorg", 40), ("Onderwijs", 25), ("Totaal", 65)], False),
    (["Per provincie in 2021:"], [("Antwerpen", 40), ("Limburg", 25)], True),
    (["Geslacht Aantal (2021)"], [("Man", 40), ("Vrouw", 25), ("Totaal", 65)], False),
])
def test_a_name_and_a_colon_before_the_count_is_a_row(header, rows, province, laid_out):
    lines = [_laid(f"{label}:", str(n)) if laid_out else f"{label}: {n}" for label, n in rows]
    answer = _read([*header, *lines])
    cells = [(c.level, c.label.rstrip(":"), c.period, c.count) for t in answer.tables for c in t.cells]
    assert cells == [("total" if label == "Totaal" else "row", label, "2021", n) for label, n in rows]
    assert all(c.label[-1] != ":" for t in answer.tables for c in t.cells if c.level == "row")
    if province:
        assert [c.province for t in answer.tables for c in t.cells] == [label for label, _ in rows]
    assert not [f for f in audit(answer).findings if f.rule in ("unreadable-table", "stray-number")]


def test_a_name_and_a_colon_before_each_period_s_count():
    answer = _read(["Sector 2020 2021", "Zorg: 40 41", "Onderwijs: 25 26", "Totaal: 65 67"])
    assert [(c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"] == [
        ("Zorg", 40), ("Zorg", 41), ("Onderwijs", 25), ("Onderwijs", 26)]


@pytest.mark.parametrize("lines", [
    ["Bel ons:", "Infolijn: 1700", "Onthaal: 1800"],
    ["Zie:", "Vraag: 12", "Artikel: 5"],
])
def test_other_words_before_a_colon_and_a_number_stay_prose(lines):
    answer = _read(lines)
    assert answer.tables == [] and answer.issues == []


def test_a_wrapped_label_s_last_line_ending_in_a_sector_word_and_a_colon_stays_as_printed():
    """``onderwijs: 15 23``, the last line of a training's name wrapped (lower case: no list's
    item), keeps its colon and its place in the label (the corpus guard found it)."""
    answer = _read(["Opleiding 2022 2023", "908001: Educatieve bachelor voor het", "onderwijs: 15 23",
                    "908003: Educatieve bachelor kleuteronderwijs 10 11", "Totaal 25 34"])
    assert [(c.code, c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"] == [
        ("908001", "Educatieve bachelor voor het onderwijs:", 15), ("908001", "Educatieve bachelor voor het onderwijs:", 23),
        ("908003", "Educatieve bachelor kleuteronderwijs", 10), ("908003", "Educatieve bachelor kleuteronderwijs", 11)]


# 1 and 4 in a PDF, taken out by each extractor.

PDF_FORMS = ("pdf", "pdftotext-layout", "pdfplumber", "pdfplumber-layout", "pypdf")


def _pdf(rows: tuple[tuple[str, str], ...]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 20.0
    for line in ["OKOT - instroom", "ANTWOORD", "op vraag nr. 19 van 11 januari 2022", "", "In 2021 startten:"]:
        pdf.text(15, y, line)
        y += 7
    for label, figure in rows:
        pdf.text(15, y, label)
        pdf.text(90 - pdf.get_string_width(figure), y, figure)
        y += 6
    return bytes(pdf.output())


@pytest.mark.parametrize("form", PDF_FORMS)
@pytest.mark.parametrize("rows", [
    (("Zorg", "40 cursisten"), ("Onderwijs", "25 cursisten"), ("Totaal", "65 cursisten")),
    (("Zorg:", "40"), ("Onderwijs:", "25"), ("Totaal", "65")),
], ids=["unit-words", "colons"])
def test_the_extractors_text_of_rows_with_units_or_colons(rows, form):
    pytest.importorskip("fpdf")
    from generate.extract import available, extract

    if form == "pdf":  # (the PDF itself)
        text = "(the PDF)"
        answer = read_text(_pdf(rows), "a.pdf")
    else:
        if not available(form):
            pytest.skip(f"{form} is not installed")
        if form.startswith("pdfplumber"):
            pytest.importorskip("pdfplumber")
        text = extract(_pdf(rows), form)
        answer = read_text(text, "a.txt")
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("Zorg", "2021", 40), ("Onderwijs", "2021", 25), ("Totaal", "2021", 65)], text


# A property: persons, each starting in one sector or province in the year; rows of their counts,
# each printed with a unit word after it or a colon after its name (or both), under a lead-in, a
# caption or a header of one period.

_NAMES = ["Zorg", "Onderwijs", "Bouw", "Logistiek", "Horeca"]
_PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel"]


@st.composite
def _answers(draw):
    names = draw(st.lists(st.sampled_from(draw(st.sampled_from([_NAMES, _PROVINCES]))), min_size=2, max_size=5,
                          unique=True))
    persons = draw(st.lists(st.sampled_from(names), max_size=80)) + names  # (one person in each at least)
    counts = [(name, persons.count(name)) for name in names]
    year = draw(st.integers(2015, 2024))
    header = draw(st.sampled_from([f"In {year} startten:", f"Cijfers {year}", f"Stand {year}", f"Sector Aantal ({year})"]))
    unit = draw(st.sampled_from(["", "cursisten", "personen", "deelnemers"]))
    colon = draw(st.booleans())
    if not unit and not colon:
        colon = True
    total = draw(st.booleans())
    laid_out = draw(st.booleans())
    return header, counts, str(year), unit, colon, total, laid_out, len(persons)


@settings(max_examples=60, deadline=None)
@given(_answers())
def test_every_count_with_its_unit_or_colon_reads_back(case):
    header, counts, year, unit, colon, total, laid_out, persons = case
    body = [*counts, *([("Totaal", persons)] if total else [])]

    def line(name: str, count: int) -> str:
        label = f"{name}:" if colon and name != "Totaal" else name
        figure = f"{count} {unit}".rstrip()
        return _laid(label, figure) if laid_out else f"{label} {figure}"

    answer = _read([header, *(line(name, count) for name, count in body)])
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        (name, year, count) for name, count in body]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []
