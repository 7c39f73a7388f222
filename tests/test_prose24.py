"""Prose is prose, tables are tables — the edges (session 24, prose24).

1. A list of documents or dates with their years (``De bronnen voor deze cijfers zijn:`` /
   ``Jaarverslag 2021`` / ``Rapport 2022``) was read as a table: period 2021, ``Rapport`` = 2022.
   A lone year as every row's only figure, under no header that names a key column, is a title's
   year: no table, no finding.
2. ``Opleiding Gestart (2021)``: a measure word as the one column's name, its year in brackets,
   was an ``unreadable-table`` error; it is read as a table of one period whose measure is the word.
3. ``De cijfers per sector:`` / ``Zorg 40`` / ``Onderwijs 21`` (no year, no total) was silent: no
   table, no finding. It is loud now; references, phone numbers, dates and bullets stay prose.
4. A note ``(voorlopig`` / ``)`` (or a mark ``*``) under a line of several periods, single-spaced,
   was dropped silently: it is a ``partial-period`` finding now (which period, the text does not say).
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import audit, read_text

HEAD = ["Vraag nr. 19 van 11 januari 2022", "OKOT", "", "Antwoord", ""]


def _read(lines: list[str]):
    return read_text("\n".join([*HEAD, *lines, ""]), "c.txt")


def _cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def _unread(answer) -> list[tuple]:
    return [(i.line, i.reason) for i in answer.issues if i.kind == "unreadable-table"]


def _laid(label: str, figure: str) -> str:
    return label.ljust(34) + figure.rjust(8)


# 1. A list of titles and their years is no table.

SOURCES = [
    ["De bronnen voor deze cijfers zijn:", "Jaarverslag 2021", "Rapport 2022"],
    ["De bronnen voor deze cijfers zijn:", "", "Jaarverslag 2021", "Rapport 2022", "Evaluatie OKOT 2023"],
    ["Ik verwijs naar de volgende documenten:", "Jaarverslag VDAB 2020", "Beleidsnota Werk 2019", "Conceptnota 2021"],
    ["Bronnen:", "Jaarverslag 2021", "Rapport 2022"],
]


@pytest.mark.parametrize("laid_out", [False, True], ids=["single-spaced", "laid-out"])
@pytest.mark.parametrize("lines", SOURCES, ids=[f"list{k}" for k in range(len(SOURCES))])
def test_a_list_of_documents_and_their_years_is_no_table(lines, laid_out):
    if laid_out:
        lines = [lines[0], *(_laid(*line.rsplit(" ", 1)) if line else "" for line in lines[1:])]
    answer = _read(lines)
    assert answer.tables == [] and answer.issues == [], (_cells(answer), answer.issues)
    assert audit(answer).findings == []


@pytest.mark.parametrize("lines, want", [
    # (a key column's name over the rows: their one figure is a count, whatever it looks like)
    (["Opleiding 2021", "Graduaat verpleegkunde 2000", "Bachelor verpleegkunde 1999"],
     [("row", "Graduaat verpleegkunde", "2021", 2000), ("row", "Bachelor verpleegkunde", "2021", 1999)]),
    (["Provincie 2021", "Antwerpen 2000", "Limburg 1999"],
     [("row", "Antwerpen", "2021", 2000), ("row", "Limburg", "2021", 1999)]),
    # (a total line: the figures add up, a table)
    (["Jaarverslag 2021", "Rapport 2022", "Evaluatie 40", "Totaal 2062"],
     [("row", "Rapport", "2021", 2022), ("row", "Evaluatie", "2021", 40), ("total", "Totaal", "2021", 2062)]),
])
def test_rows_whose_one_figure_looks_like_a_year_are_counts_under_a_key_column_or_a_total(lines, want):
    assert _cells(_read(lines)) == want


# 2. A measure word as the one column's name, its year in brackets.

MEASURES = [
    ("Opleiding Gestart (2021)", "started", False),
    ("Opleiding Geslaagd (2021)", "graduated", False),
    ("Opleiding Gestopt (2021)", "stopped_or_failed", False),
    ("Opleiding Ingeschreven (2021)", "enrolled", False),
    ("Sector Gestart (2021 voorlopig)", "started", True),
]
ROWS = [("Zorg", 40), ("Onderwijs", 21), ("Totaal", 61)]


@pytest.mark.parametrize("laid_out", [False, True], ids=["single-spaced", "laid-out"])
@pytest.mark.parametrize("header, measure, partial", MEASURES)
def test_a_measure_word_with_its_year_in_brackets_names_the_one_column(header, measure, partial, laid_out):
    rows = [_laid(label, str(n)) if laid_out else f"{label} {n}" for label, n in ROWS]
    answer = _read([header, *rows])
    assert _unread(answer) == []
    (table,) = answer.tables
    assert table.measure == measure
    assert [(p.label, p.partial) for p in table.periods] == [("2021", partial)]
    assert _cells(answer) == [("row", "Zorg", "2021", 40), ("row", "Onderwijs", "2021", 21),
                              ("total", "Totaal", "2021", 61)]
    assert {f.rule for f in audit(answer).findings} <= {"partial-period"}


# 3. Rows of one count after a line leading into them that names no year.

@pytest.mark.parametrize("lines", [
    ["De cijfers per sector:", "Zorg 40", "Onderwijs 21"],
    ["De cijfers per sector zijn de volgende:", "Zorg 40", "Onderwijs 21"],
    ["Het aantal cursisten per sector:", "Zorg 40", "Onderwijs 21", "Bouw 12"],
    ["Per provincie:", "Antwerpen 40", "Limburg 21"],
    ["De cijfers per sector:", "", "Zorg 40", "Onderwijs 21"],
])
def test_rows_of_one_count_under_a_line_that_names_no_year_are_loud(lines):
    answer = _read(lines)
    assert answer.tables == []
    first = len(HEAD) + next(k for k, line in enumerate(lines) if k and line) + 1
    assert _unread(answer) == [(first, "table-like-lines")]
    assert [f.rule for f in audit(answer).findings] == ["unreadable-table"]


@pytest.mark.parametrize("lines", [
    ["Zie de vragen:", "Vraag nr. 12", "Vraag nr. 15"],
    ["Het aantal vragen:", "Vraag 12", "Vraag 15"],
    ["Zie ook:", "artikel 5", "artikel 12"],
    ["Bel ons:", "Infolijn 1700", "Onthaal 1800"],
    ["De contactpersonen:", "Jan Peeters 0478", "An Claes 0479"],
    ["Contact:", "VDAB 0800 30 700", "Infolijn 1700"],  # (a phone number's digits: before, table-like-lines)
    ["Bel:", "VDAB 0800 30 700", "Jan Peeters 0478 12 34 56"],
    ["De data:", "Start 12 maart", "Einde 15 juni"],
    ["De cijfers per sector:", "- Zorg 40", "- Onderwijs 21"],
    ["Onze teams:", "Team Gent 40", "Team Brugge 21"],  # (no unit, no figures' word, labels of no kind)
])
def test_references_numbers_dates_and_bullets_after_a_colon_stay_prose(lines):
    answer = _read(lines)
    assert answer.tables == [] and answer.issues == []


# 4. A note or a mark under a line of several periods, single-spaced.

NOTE = [
    "Tabel 1: gestarte cursisten naar leeftijdsklasse",
    "Leeftijdsklasse 2019-2020 2020-2021 2021-2022 2022-2023",
    "(voorlopig", ")",
    "-25 jaar 193 180 142 176", "25-54 jaar 975 1.139 908 1.194", "Totaal 1.168 1.319 1.050 1.370",
]
PERIODS = "2019-2020, 2020-2021, 2021-2022, 2022-2023"


def test_a_note_under_several_periods_single_spaced_is_a_finding_not_a_loss():
    """A note whose place gives it to none of the periods and whose words do not say whose it
    is (``(jan-jun)``: a first period may start late as a last one may end early): said.
    (A provisional one is the latest period's: tests/test_note27.py.)"""
    answer = _read([*NOTE[:2], "(jan-jun", *NOTE[3:]])
    (table,) = answer.tables
    assert [p.partial for p in table.periods] == [False] * 4  # (whose note it is, nothing says)
    [finding] = audit(answer).findings
    assert (finding.rule, finding.severity, finding.line) == ("partial-period", "info", len(HEAD) + 3)
    assert finding.message.startswith(f'a note "(jan-jun)" stands under the periods {PERIODS} of the table')
    assert "one of them may be partial" in finding.message
    [dutch] = audit(answer, lang="nl").findings
    assert dutch.message.startswith(f'een opmerking "(jan-jun)" staat onder de periodes {PERIODS} van de tabel')


@pytest.mark.parametrize("footnote", [[], ["* voorlopige cijfers"]], ids=["no-footnote", "footnote-names-no-period"])
def test_a_mark_under_several_periods_that_no_footnote_places_is_a_finding(footnote):
    answer = _read([*NOTE[:2], "*", *NOTE[4:], *footnote])
    assert [p.partial for t in answer.tables for p in t.periods] == [False] * 4
    [finding] = audit(answer).findings
    assert (finding.rule, finding.line) == ("partial-period", len(HEAD) + 2)
    assert finding.message.startswith(f"a footnote mark * stands with the periods {PERIODS} of the table")


def test_a_note_or_mark_whose_period_is_known_is_that_period_s_alone():
    """The note right after a period alone on its line, or a mark whose footnote names its
    period: that period partial, and no finding of a note left unplaced."""
    alone = _read([NOTE[0], "Leeftijdsklasse", "2019-2020 2020-2021 2021-2022", "2022-2023", *NOTE[2:]])
    named = _read([*NOTE[:2], "*", *NOTE[4:], "* 2022-2023: voorlopige cijfers"])
    for answer in (alone, named):
        assert [p.partial for t in answer.tables for p in t.periods] == [False, False, False, True]
        assert [(f.rule, f.period) for f in audit(answer).findings] == [("partial-period", "2022-2023")]


# The PDF forms of 1 and 4, drawn with fpdf2 and taken out by each extractor.

PDF_FORMS = ("pdftotext-layout", "pdftotext", "pdfplumber", "pdfplumber-layout", "pypdf")


@lru_cache(maxsize=None)
def _pdf(lines: tuple[tuple[str, str], ...]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 20.0
    for line in ["OKOT", "ANTWOORD", "op vraag nr. 19 van 11 januari 2022"]:
        pdf.text(15, y, line)
        y += 8
    y += 6
    for label, figure in lines:
        pdf.text(15, y, label)
        if figure:
            pdf.text(90 - pdf.get_string_width(figure), y, figure)
        y += 6
    return bytes(pdf.output())


@pytest.mark.parametrize("form", PDF_FORMS)
def test_the_extractors_text_of_a_list_of_documents_is_no_table(form):
    pytest.importorskip("fpdf")
    from generate.extract import available, extract

    if not available(form):
        pytest.skip(f"{form} is not installed")
    if form.startswith("pdfplumber"):
        pytest.importorskip("pdfplumber")
    text = extract(_pdf((("De bronnen voor deze cijfers zijn:", ""), ("Jaarverslag", "2021"), ("Rapport", "2022"),
                         ("Evaluatie OKOT", "2023"))), form)
    answer = read_text(text, "a.txt")
    assert answer.tables == [], text
    assert [f.rule for f in audit(answer).findings] == [], text


# A property: lists of documents built from titles and their years are never tables, never findings.

_TITLES = ["Jaarverslag", "Rapport", "Evaluatie", "Beleidsnota", "Conceptnota", "Jaarverslag VDAB", "Studie",
           "Nota", "Monitor", "Analyse OKOT"]
_LEADS = ["De bronnen voor deze cijfers zijn:", "Ik verwijs naar:", "Zie de volgende documenten:", "Bronnen:"]


@st.composite
def _lists(draw):
    titles = draw(st.lists(st.sampled_from(_TITLES), min_size=2, max_size=5, unique=True))
    years = [draw(st.integers(1990, 2026)) for _ in titles]
    laid_out = draw(st.booleans())
    items = [_laid(t, str(y)) if laid_out else f"{t} {y}" for t, y in zip(titles, years)]
    blank = [""] if draw(st.booleans()) else []
    return [draw(st.sampled_from(_LEADS)), *blank, *items]


@settings(max_examples=60, deadline=None)
@given(_lists())
def test_lists_of_titles_and_years_are_never_tables(lines):
    answer = _read(lines)
    assert answer.tables == [] and answer.issues == [], (lines, _cells(answer), answer.issues)


def test_a_mark_under_the_header_printed_again_is_no_footnote_and_the_footnote_below_places_it():
    """Single-spaced text of a table across a page break, its header printed again with its
    period's mark wrapped below it (``*``): that line of a mark alone was taken for the mark's
    footnote (no words: it names no period), so the footnote below the table was never read
    and 2022-2023 was not partial — in silence. The footnote places the mark now."""
    answer = _read([
        "Tabel 2: gestarte cursisten naar scholingsniveau", "Scholingsniveau 2019-2020 2020-2021 2021-2022 2022-2023",
        "*", "laaggeschoold 80 87 95 75", "middengeschoold 875 675 592 630",
        "\fScholingsniveau 2019-2020 2020-2021 2021-2022 2022-2023", "*", "hooggeschoold 562 423 718 601",
        "Totaal 1.517 1.185 1.405 1.306", "* Schooljaar 2022-2023: voorlopige cijfers.",
    ])
    assert [(p.label, p.partial) for t in answer.tables for p in t.periods] == [
        ("2019-2020", False), ("2020-2021", False), ("2021-2022", False), ("2022-2023", True)]
    assert [(f.rule, f.period) for f in audit(answer).findings] == [("partial-period", "2022-2023")]


@pytest.mark.parametrize("form", PDF_FORMS)
def test_the_extractors_text_of_a_measure_word_header_and_of_a_lead_in_without_a_year(form):
    """``Opleiding Gestart (2021)`` over its rows: read, measure started (``pdftotext``: each
    figure a paragraph, loud as ever); ``De cijfers per sector:`` over two rows: loud in every form."""
    pytest.importorskip("fpdf")
    from generate.extract import available, extract

    if not available(form):
        pytest.skip(f"{form} is not installed")
    if form.startswith("pdfplumber"):
        pytest.importorskip("pdfplumber")
    measured = read_text(extract(_pdf((("Opleiding Gestart (2021)", ""), ("Zorg", "40"), ("Onderwijs", "21"),
                                       ("Totaal", "61"))), form), "a.txt")
    led = read_text(extract(_pdf((("De cijfers per sector:", ""), ("Zorg", "40"), ("Onderwijs", "21"))), form), "a.txt")
    if form == "pdftotext":
        assert [i.reason for i in measured.issues] == ["one-figure-per-line"]
    else:
        assert measured.issues == []
        assert [(t.measure, [(c.label, c.count) for c in t.cells]) for t in measured.tables] == [
            ("started", [("Zorg", 40), ("Onderwijs", 21), ("Totaal", 61)])]
    assert led.tables == [] and [i.kind for i in led.issues] == ["unreadable-table"]
