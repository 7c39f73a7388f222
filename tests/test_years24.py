"""One column of counts whose one period is written in the header's words, or named by the line
that leads into its rows (session 24, years24).

``Opleiding Aantal (2021)``, ``Opleiding 2021: Aantal``, ``Stand 2021 Opleiding Aantal``,
``Opleiding Aantal (2021 voorlopig)`` (a partial period), ``Aantal (2021-2022)``, ``Aantal
(januari 2021)``: before, two rows or more under such a header were an ``unreadable-table``
(``table-like-lines``) — loud, but not read. A line leading into rows, ending in a colon (``In
2021 startten:``, ``Het aantal gestarte cursisten in 2021:``), over two short rows was taken for
prose: no table, no finding. Both are read now as tables of one period; where the period cannot
be told (two named), they stay loud; prose with numbers stays prose.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import audit, read_text

HEAD = ["Vraag nr. 19 van 11 januari 2022", "OKOT - instroom", "", "Antwoord", ""]
ROWS = [("Zorg", 40), ("Onderwijs", 21)]

#: (the header's line or lines, the period's label, partial)
FORMS = {
    "bracketed": (["Opleiding Aantal (2021)"], "2021", False),
    "bracketed-alone": (["Aantal (2021)"], "2021", False),
    "provisional": (["Opleiding Aantal (2021 voorlopig)"], "2021", True),
    "colon": (["Opleiding 2021: Aantal"], "2021", False),
    "colon-first": (["2021: Aantal"], "2021", False),
    "stand-one-line": (["Stand 2021 Opleiding Aantal"], "2021", False),
    "school-year": (["Opleiding Aantal (2021-2022)"], "2021-2022", False),
    "month": (["Opleiding Aantal (januari 2021)"], "2021-01", False),
    "lead-in": (["In 2021 startten:"], "2021", False),
    "lead-in-unit": (["Het aantal gestarte cursisten in 2021:"], "2021", False),
    "lead-in-blank": (["Het aantal gestarte cursisten in 2021:", ""], "2021", False),
    "lead-in-item": (["1. Het aantal gestarte cursisten in 2021:"], "2021", False),
    "lead-in-provisional": (["b) In 2021 (voorlopige cijfers) startten:"], "2021", True),
}


def _line(label: str, count: int, laid_out: bool) -> str:
    return label.ljust(30) + str(count).rjust(8) if laid_out else f"{label} {count}"


def _text(header: list[str], rows, total: bool, laid_out: bool) -> str:
    body = [*rows, *([("Totaal", sum(v for _, v in rows))] if total else [])]
    return "\n".join([*HEAD, *header, *(_line(label, count, laid_out) for label, count in body), ""])


def _cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]


def _unread(answer) -> list[tuple]:
    return [(i.line, i.reason) for i in answer.issues if i.kind == "unreadable-table"]


@pytest.mark.parametrize("laid_out", [False, True], ids=["single-spaced", "laid-out"])
@pytest.mark.parametrize("total", [False, True], ids=["no-total", "total"])
@pytest.mark.parametrize("form", list(FORMS))
def test_rows_under_a_header_with_its_period_in_its_words_are_read_with_that_period(form, total, laid_out):
    header, label, partial = FORMS[form]
    answer = read_text(_text(header, ROWS, total, laid_out), "c.txt")
    first = len(HEAD) + len(header) + 1
    want = [("row", name, label, count, first + i) for i, (name, count) in enumerate(ROWS)]
    if total:
        want.append(("total", "Totaal", label, 61, first + 2))
    assert _unread(answer) == []
    assert _cells(answer) == want
    assert [(p.label, p.partial) for t in answer.tables for p in t.periods] == [(label, partial)]
    rules = [f.rule for f in audit(answer).findings]
    assert ("partial-period" in rules) == partial
    assert "unreadable-table" not in rules


def test_the_header_names_the_counts_and_the_title_leaves_the_period_out():
    answer = read_text(_text(["Opleiding Inschrijvingen (2021)"], ROWS, True, False), "c.txt")
    assert [t.title for t in answer.tables] == ["Opleiding Inschrijvingen"]
    assert [(c.level, c.semantics) for t in answer.tables for c in t.cells if c.level == "total"] == [("total", "additive")]
    unique = read_text(_text(["Het aantal gestarte cursisten in 2021:"], ROWS, True, False), "c.txt")
    assert [c.semantics for t in unique.tables for c in t.cells if c.level == "total"] == ["unique"]


@pytest.mark.parametrize("header", ["Opleiding Aantal cursisten in 2021", "Aantal cursisten in het jaar 2021"])
def test_the_word_that_named_the_period_is_left_out_of_the_title(header):
    """The title kept the word before the period (``Opleiding Aantal cursisten in``)."""
    answer = read_text(_text([header], ROWS, True, False), "c.txt")
    assert [t.title for t in answer.tables] == [header.split(" in ")[0]]
    assert {c.period for t in answer.tables for c in t.cells} == {"2021"}


def test_a_total_that_exceeds_its_parts_is_checked_as_usual():
    text = _text(["Opleiding Aantal (2021)"], ROWS, False, False) + "Totaal 70\n"
    assert [f.rule for f in audit(read_text(text, "c.txt")).findings if f.severity == "error"] == ["total-exceeds-parts"]


def test_the_period_written_in_the_header_wins_over_a_year_of_the_prose():
    text = "\n".join([*HEAD, "In 2020 waren er nog geen cijfers per opleiding.", "", "Opleiding Aantal (2021)",
                      "Zorg 40", "Onderwijs 21", ""])
    assert {c.period for t in read_text(text, "c.txt").tables for c in t.cells} == {"2021"}


@pytest.mark.parametrize("caption", ["Tabel 1: gestarte cursisten (2021)", "Gestarte cursisten in 2021", "Cijfers 2021"])
def test_a_caption_over_the_columns_names_the_period_over_the_prose(caption):
    """``Tabel 1: gestarte cursisten (2021)`` / ``Opleiding Aantal``: the year of a sentence above
    (``In 2020 …``) was the table's period — every cell silently under 2020."""
    text = "\n".join([*HEAD, "In 2020 waren er minder cursisten.", "", caption, "Opleiding Aantal", "Zorg 40",
                      "Onderwijs 21", "Totaal 61", ""])
    answer = read_text(text, "c.txt")
    assert [(c.label, c.period, c.line) for t in answer.tables for c in t.cells] == [
        ("Zorg", "2021", 10), ("Onderwijs", "2021", 11), ("Totaal", "2021", 12)]


def test_two_tables_each_with_its_period_written_in_its_header():
    """The second header was read as the first table's row label (``Opleiding Aantal (2022)
    Zorg``) under the first table's period, a duplicate row error."""
    text = "\n".join([*HEAD, "Opleiding Aantal (2021)", "Zorg 40", "Onderwijs 21", "",
                      "Opleiding Aantal (2022)", "Zorg 41", "Onderwijs 22", ""])
    answer = read_text(text, "c.txt")
    assert [[(c.label, c.period, c.count, c.line) for c in t.cells] for t in answer.tables] == [
        [("Zorg", "2021", 40, 7), ("Onderwijs", "2021", 21, 8)],
        [("Zorg", "2022", 41, 11), ("Onderwijs", "2022", 22, 12)],
    ]


@pytest.mark.parametrize("header", [["Opleiding Aantal (2021 en 2022)"], ["In 2021 en 2022 startten:"]])
def test_where_two_periods_are_named_the_rows_stay_loud(header):
    """Which of the two years the counts are of cannot be told: never read under one of them,
    never let go. The lead-in form was silent before (no table, no finding)."""
    answer = read_text(_text(header, ROWS, False, False), "c.txt")
    assert answer.tables == []
    assert _unread(answer) == [(len(HEAD) + 2, "periods-unclear")]
    assert [i.other for i in answer.issues] == header[:1]


def test_rows_under_two_periods_say_why_in_english_and_dutch():
    answer = read_text(_text(["In 2021 en 2022 startten:"], ROWS, False, False), "c.txt")
    assert [f.message for f in audit(answer).findings] == [
        "lines 7\u20138 look like a table of one column ('Zorg 40' \u2026) right below a line that names more than one "
        "period ('In 2021 en 2022 startten:'): which period its counts are of cannot be told, so no table was read "
        "there; its figures (40, 21) were not checked"]
    assert [f.message for f in audit(answer, lang="nl").findings] == [
        "regels 7\u20138 zien eruit als een tabel met \u00e9\u00e9n kolom ('Zorg 40' \u2026) vlak onder een regel die "
        "meer dan \u00e9\u00e9n periode noemt ('In 2021 en 2022 startten:'): van welke periode de aantallen zijn, is "
        "niet te zeggen, dus daar is geen tabel gelezen; de cijfers (40, 21) zijn niet gecontroleerd"]


@pytest.mark.parametrize("prose", [
    ["In 2021 startten 40 cursisten in de zorg en 21 in het onderwijs."],
    ["1. Hoeveel cursisten startten in 2021 in de zorg?", "2. Hoeveel in 2022?"],
    ["In 2021 startten:", "- in de zorg 40 cursisten en", "- in het onderwijs 21."],
    ["In 2021 startten:", "- zorg 40", "- onderwijs 21"],  # a list's items, as under no lead-in
    ["In 2021 startten:", "- zorg: 40", "- onderwijs: 21"],
    ["In 2021 verwees ik naar de antwoorden op de vragen:", "vraag 12", "vraag 15"],  # references, no counts
    ["De relevante artikelen van het besluit van 2021 zijn:", "Artikel 5", "Artikel 12"],
    ["De contactpersonen in 2021 waren:", "Jan Peeters 0478", "An Claes 0479"],
    # (``De cijfers per sector zijn de volgende:`` / ``Zorg 40`` / ``Onderwijs 21``, no period named,
    # was prose here too: it is loud since session 24's prose24, tests/test_prose24.py)
    ["Voor 2021 verwijs ik naar het antwoord op vraag nr. 12:", "zie bijlage 2", ""],
])
def test_prose_with_numbers_stays_prose(prose):
    answer = read_text("\n".join([*HEAD, *prose, ""]), "c.txt")
    assert answer.tables == [] and _unread(answer) == []


@pytest.mark.parametrize("lead", [
    ["Hieronder vindt u het aantal unieke cursisten dat in 2021 een OKOT", "startte, per sector:"],
    ["Het aantal unieke cursisten dat een OKOT startte in", "2021:"],
])
def test_a_sentence_leading_into_the_rows_over_two_lines(lead):
    """Laid-out prose wraps the sentence that leads into the rows: its last line names no year
    (``startte, per sector:``), or names nothing but it (``2021:``). Before: no table, no finding."""
    answer = read_text("\n".join([*HEAD, *lead, "Zorg 40", "Onderwijs 21", "Totaal 61", ""]), "c.txt")
    first = len(HEAD) + len(lead) + 1
    assert _unread(answer) == []
    assert [(c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells] == [
        ("Zorg", "2021", 40, first), ("Onderwijs", "2021", 21, first + 1), ("Totaal", "2021", 61, first + 2)]


def test_a_lead_in_over_a_header_of_its_own_is_no_header():
    text = "\n".join([*HEAD, "In 2021 startten:", "", "Opleiding Aantal", "Zorg 40", "Onderwijs 21", "Totaal 61", ""])
    answer = read_text(text, "c.txt")
    assert [t.title for t in answer.tables] == ["Opleiding Aantal"]
    assert [(c.label, c.period, c.line) for t in answer.tables for c in t.cells] == [
        ("Zorg", "2021", 9), ("Onderwijs", "2021", 10), ("Totaal", "2021", 11)]


# The PDF forms: a header with its period in its words over rows of one count, drawn with fpdf2
# and taken out by each extractor.

PDF_FORMS = ("pdftotext-layout", "pdftotext", "pdfplumber", "pdfplumber-layout", "pypdf")


@lru_cache(maxsize=None)
def _pdf(header: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 20.0
    for line in ["OKOT - instroom", "ANTWOORD", "op vraag nr. 19 van 11 januari 2022"]:
        pdf.text(15, y, line)
        y += 8
    y += 6
    pdf.text(15, y, header)
    y += 6
    for label, count in [*ROWS, ("Totaal", 61)]:
        pdf.text(15, y, label)
        pdf.text(90 - pdf.get_string_width(str(count)), y, str(count))
        y += 6
    return bytes(pdf.output())


@pytest.mark.parametrize("form", PDF_FORMS)
@pytest.mark.parametrize(("header", "label", "partial"), [
    ("Opleiding Aantal (2021 voorlopig)", "2021", True), ("Opleiding 2021: Aantal", "2021", False),
    ("Het aantal gestarte cursisten in 2021:", "2021", False),
])
def test_the_extractors_text_of_a_pdf_is_read_with_the_headers_period(header, label, partial, form):
    pytest.importorskip("fpdf")
    from generate.extract import available, extract

    if not available(form):
        pytest.skip(f"{form} is not installed")
    if form.startswith("pdfplumber"):
        pytest.importorskip("pdfplumber")
    text = extract(_pdf(header), form)
    answer = read_text(text, "a.txt")
    lines = text.split("\n")
    if form == "pdftotext":  # (each label and each figure a paragraph of its own: loud, as under ``Aantal 2021``)
        assert answer.tables == [] and [i.reason for i in answer.issues] == ["one-figure-per-line"], text
        return
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("Zorg", label, 40), ("Onderwijs", label, 21), ("Totaal", label, 61)], text
    assert [p.partial for t in answer.tables for p in t.periods] == [partial]
    for cell in (c for t in answer.tables for c in t.cells):
        assert cell.label in lines[cell.line - 1] and str(cell.count) in lines[cell.line - 1]


# A property: answers built from persons — each person starts in one programme (or province) in the year,
# so the rows partition the persons and a total (when printed) is their number.

_NAMES = ["Zorg", "Onderwijs", "Bouw", "Logistiek", "Horeca", "Informatica"]
_PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel"]
_YEARS = st.integers(2015, 2024)


@st.composite
def _answers(draw):
    provinces = draw(st.booleans())
    names = draw(st.lists(st.sampled_from(_PROVINCES if provinces else _NAMES), min_size=2, max_size=5, unique=True))
    key = "Provincie" if provinces else "Opleiding"
    persons = draw(st.lists(st.sampled_from(names), min_size=len(names), max_size=60))
    persons += names  # (every programme has one person at least)
    counts = [(name, persons.count(name)) for name in names]
    year = draw(_YEARS)
    kind = draw(st.sampled_from(["year", "school", "month", "provisional"]))
    period, label, partial = {
        "year": (str(year), str(year), False),
        "school": (f"{year}-{year + 1}", f"{year}-{year + 1}", False),
        "month": (f"maart {year}", f"{year}-03", False),
        "provisional": (f"{year} voorlopig", str(year), True),
    }[kind]
    unit = draw(st.sampled_from(["Aantal", "Aantal cursisten", "Inschrijvingen"]))
    form = draw(st.sampled_from(["bracket", "colon", "lead-in", "wrapped-lead-in"]))
    if form == "colon" and kind != "provisional":
        header = [f"{key} {period}: {unit}"]
    elif form == "lead-in":
        period = f"{year} (voorlopig)" if kind == "provisional" else period
        header = [draw(st.sampled_from(["", "1. ", "a) "])) + f"Het aantal gestarte cursisten in {period}:"]
    elif form == "wrapped-lead-in":  # (laid-out prose: the sentence wrapped, no blank line above the rows)
        period = f"{year} (voorlopig)" if kind == "provisional" else period
        header = ["Hieronder vindt u het aantal unieke cursisten dat een OKOT startte in", f"{period}, per opleiding:"]
    else:
        header = [f"{key} {unit} ({period})"]
    total = draw(st.booleans())
    laid_out = draw(st.booleans())
    blank = draw(st.booleans())
    return header + ([""] if blank else []), counts, total, laid_out, label, partial, len(persons)


@settings(max_examples=60, deadline=None)
@given(_answers())
def test_every_cell_reads_back_with_its_period(case):
    header, counts, total, laid_out, label, partial, persons = case
    body = [*counts, *([("Totaal", persons)] if total else [])]
    text = "\n".join([*HEAD, *header, *(_line(name, count, laid_out) for name, count in body), ""])
    answer = read_text(text, "c.txt")
    first = len(HEAD) + len(header) + 1
    assert _unread(answer) == []
    assert [(c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells] == [
        (name, label, count, first + i) for i, (name, count) in enumerate(body)]
    assert [p.partial for t in answer.tables for p in t.periods] == [partial]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []
