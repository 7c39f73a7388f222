"""Header forms of months and their years (session 23): month names (whole or cut short,
``jan. feb. mrt.``) over a line of their years, the years over the months, a year printed once
for all the months, months across a year's end — in the text forms users hold (text laid out
in columns, single-spaced text as pdfplumber and pypdf give it) and in PDFs drawn with fpdf2
and read back. Each test asserts the exact periods and cells a correct reader gives and that
nothing louder than info is said of a correct table."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

ROWS = [("Zorg", [40, 35, 12]), ("Onderwijs", [21, 18, 5])]
TOTAL = ("Totaal", [sum(c[i] for _, c in ROWS) for i in range(3)])
LABEL = 14
WIDTH = 10


def _line(cells: list[str], laid_out: bool) -> str:
    if not laid_out:
        return " ".join(c for c in cells if c)
    return cells[0].ljust(LABEL) + "".join(c.rjust(WIDTH) for c in cells[1:])


def _answer(header: list[list[str]], laid_out: bool) -> str:
    body = [_line([label, *map(str, counts)], laid_out) for label, counts in [*ROWS, TOTAL]]
    return "\n".join([
        "Vraag nr. 19 van 11 januari 2022", "OKOT - instroom", "", "Antwoord", "",
        "1. Het aantal inschrijvingen per sector:", "", *(_line(h, laid_out) for h in header), *body, "",
    ])


def _read(text: str):
    answer = read_text(text, "h.txt")
    loud = [(f.rule, f.severity) for f in audit(answer).findings if f.severity != "info"]
    return answer, loud


def _cells(answer) -> list[tuple]:
    return [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"]


def _expected(periods: list[str]) -> list[tuple]:
    return [(label, p, v) for label, counts in ROWS for p, v in zip(periods, counts)]


Q1 = ["2021-01", "2021-02", "2021-03"]
TURN = ["2021-11", "2021-12", "2022-01"]

#: (months line, years line, the periods)
OVER_YEARS = {
    "cut-short": (["Sector", "jan.", "feb.", "mrt."], ["", "2021", "2021", "2021"], Q1),
    "whole": (["Sector", "januari", "februari", "maart"], ["", "2021", "2021", "2021"], Q1),
    "year's-end": (["Sector", "nov.", "dec.", "jan."], ["", "2021", "2021", "2022"], TURN),
}


@pytest.mark.parametrize("laid_out", [True, False], ids=["laid-out", "single-spaced"])
@pytest.mark.parametrize("shape", list(OVER_YEARS))
def test_months_over_a_line_of_their_years(shape, laid_out):
    """``Sector jan. feb. mrt.`` / ``2021 2021 2021``: single-spaced, the months cut short end
    in a full stop, and the line was taken for a sentence of the prose above — the years read
    alone, ``2021`` three times, an error that the header prints the same periods more than
    once. The full stop of a month's name cut short ends no sentence."""
    months, years, periods = OVER_YEARS[shape]
    answer, loud = _read(_answer([months, years], laid_out))
    assert [[p.label for p in t.periods] for t in answer.tables] == [periods]
    assert _cells(answer) == _expected(periods)
    assert answer.issues == [] and loud == []


@pytest.mark.parametrize("laid_out", [True, False], ids=["laid-out", "single-spaced"])
@pytest.mark.parametrize("shape", list(OVER_YEARS))
def test_years_over_a_line_of_their_months(shape, laid_out):
    """``2021 2021 2021`` / ``Sector jan. feb. mrt.``: laid out, the years over the months were
    read as one cell each (``2021 jan.``, top to bottom), which no period list knew — an
    ``unreadable-table`` error. A year over its month in one cell is that month of that year."""
    months, years, periods = OVER_YEARS[shape]
    answer, loud = _read(_answer([years, months], laid_out))
    assert [[p.label for p in t.periods] for t in answer.tables] == [periods]
    assert _cells(answer) == _expected(periods)
    assert answer.issues == [] and loud == []


def _centred(text: str) -> str:
    return text.center(LABEL + 3 * WIDTH).rstrip()


@pytest.mark.parametrize("laid_out", [True, False], ids=["laid-out", "single-spaced"])
@pytest.mark.parametrize("where", ["under", "over"])
def test_a_year_printed_once_for_all_the_months(where, laid_out):
    """``Sector januari februari maart`` / ``2021`` (a cell spanning the months): the year was
    paired with the first month and the other months left without one — ``more-figures-than-
    periods`` or no table at all. One year alone under (or over) months named alone is every
    month's year."""
    months = ["Sector", "januari", "februari", "maart"]
    year = _centred("2021") if laid_out else "2021"
    lines = [_line(months, laid_out)]
    text = _answer([months], laid_out).replace(lines[0], lines[0] + "\n" + year if where == "under" else year + "\n" + lines[0])
    answer, loud = _read(text)
    assert [[p.label for p in t.periods] for t in answer.tables] == [Q1]
    assert _cells(answer) == _expected(Q1)
    assert answer.issues == [] and loud == []


def test_a_year_under_its_first_month_alone():
    """The year printed once, in the first month's cell (``januari 2021 februari maart``, as a
    PDF's cells read top to bottom give it): the months after it are of that year."""
    text = _answer([["Sector", "januari", "februari", "maart"]], True)
    header = _line(["Sector", "januari", "februari", "maart"], True)
    answer, loud = _read(text.replace(header, "Sector" + " " * 12 + "januari 2021     februari          maart"))
    assert [[p.label for p in t.periods] for t in answer.tables] == [Q1]
    assert _cells(answer) == _expected(Q1)
    assert answer.issues == [] and loud == []


def test_months_after_a_dated_month_take_no_year_when_their_years_stand_below():
    """``mei 2019 juni`` / ``2019*`` (pypdf, a label wrapped one word a line): ``juni``'s year is
    the line below, so the line is no header of its own — the reading above is for a header's
    last line only."""
    from okot_audit.parse.context import months_only

    head, tokens = months_only("Sector januari 2021 februari maart", after_dated=True)
    assert (head, [t.label for t in tokens]) == ("Sector", Q1)
    assert months_only("mei 2019 juni") is None
    assert months_only("In 2021 startten er meer in maart", after_dated=True) is None


# --- PDFs drawn with fpdf2 and their extractors' text ------------------------------------------

FORMS = ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"]
PDF_HEADERS = {
    "cut-short over years": ((("Sector", "jan.", "feb.", "mrt."), ("", "2021", "2021", "2021")), Q1),
    "year's end over years": ((("Sector", "nov.", "dec.", "jan."), ("", "2021", "2021", "2022")), TURN),
    "years over cut-short": ((("", "2021", "2021", "2021"), ("Sector", "jan.", "feb.", "mrt.")), Q1),
    "year once under": ((("Sector", "januari", "februari", "maart"), ("", "2021", "", "")), Q1),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("shape", list(PDF_HEADERS))
def test_month_headers_in_a_pdf_and_its_extractors_text(shape, form):
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2")
    from generate.extract import read_form
    from test_unseen_pdfs8 import HEAD, table_pdf

    header, periods = PDF_HEADERS[shape]
    rows = tuple((label, *map(str, counts)) for label, counts in [*ROWS, TOTAL])
    pdf = table_pdf((*HEAD[:2], "1. Het aantal inschrijvingen per sector."), (*header, *rows), 30.0, False, "TOP")
    answer = read_form(pdf, form)
    assert [[p.label for p in t.periods] for t in answer.tables] == [periods]
    assert _cells(answer) == _expected(periods)
    assert answer.issues == []
    assert [(f.rule, f.severity) for f in audit(answer).findings if f.severity != "info"] == []


# --- Blank lines between a header and its rows ----------------------------------------------

KEYED = [("900611 Bachelor in de verpleegkunde", [40, 35, 12]), ("903131 Zorgkundige", [21, 18, 5])]


def _keyed_answer(header: list[list[str]], blanks: int, laid_out: bool) -> str:
    def line(cells):
        return cells[0].ljust(40) + "".join(c.rjust(WIDTH) for c in cells[1:]) if laid_out else " ".join(c for c in cells if c)

    rows = [*KEYED, ("Totaal", [61, 53, 17])]
    return "\n".join([
        "Vraag nr. 19 van 11 januari 2022", "OKOT - zorg", "", "Antwoord", "",
        "1. Het aantal unieke cursisten dat een OKOT startte in de zorg:", "",
        *map(line, header), *[""] * blanks, *(line([label, *map(str, counts)]) for label, counts in rows), "",
    ])


KEYED_HEADERS = {
    "years": ([["Opleiding", "2019", "2020", "2021"]], ["2019", "2020", "2021"]),
    "months": ([["Opleiding", "jan. 2021", "feb. 2021", "mrt. 2021"]], Q1),
    "months over years": ([["Opleiding", "januari", "februari", "maart"], ["", "2021", "2021", "2021"]], Q1),
}


@pytest.mark.parametrize("laid_out", [True, False], ids=["laid-out", "single-spaced"])
@pytest.mark.parametrize("blanks", [2, 3, 5])
@pytest.mark.parametrize("shape", list(KEYED_HEADERS))
def test_blank_lines_between_a_header_and_its_rows_of_codes(shape, blanks, laid_out):
    """Rows of training codes two or more blank lines below their header: only one blank line
    was bridged, so the header was not found and one period taken from the text around the
    table — three figures a row for one period, ``more-figures-than-periods``. Blank lines between a header and its rows, however many,
    are no prose between them."""
    header, periods = KEYED_HEADERS[shape]
    answer = read_text(_keyed_answer(header, blanks, laid_out), "k.txt")
    assert [[p.label for p in t.periods] for t in answer.tables] == [periods]
    cells = [(c.code, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"]
    assert cells == [(label[:6], p, v) for label, counts in KEYED for p, v in zip(periods, counts)]
    assert answer.issues == []


@pytest.mark.parametrize("laid_out", [True, False], ids=["laid-out", "single-spaced"])
@pytest.mark.parametrize("blanks", [7, 10])
def test_many_blank_lines_between_a_header_and_its_rows_without_codes(blanks, laid_out):
    """Rows without codes seven or more blank lines below their header (a page's end left
    blank): the reach below a header counted blank lines as lines of a row's name, so the
    header had no row within reach — ``unreadable-table``. Blank lines are no distance; lines
    of text are."""
    text = _answer([["Sector", "jan. 2021", "feb. 2021", "mrt. 2021"]], laid_out)
    header = _line(["Sector", "jan. 2021", "feb. 2021", "mrt. 2021"], laid_out)
    answer, loud = _read(text.replace(header, header + "\n" * blanks))
    assert [[p.label for p in t.periods] for t in answer.tables] == [Q1]
    assert _cells(answer) == _expected(Q1)
    assert answer.issues == [] and loud == []


def test_prose_between_a_header_like_line_and_rows_is_still_prose():
    """What blank lines bridge, a paragraph does not: a line that ends in a year over blank
    lines, then a sentence, then rows — the line is no header of those rows."""
    text = "\n".join([
        "Vraag nr. 19 van 11 januari 2022", "OKOT - instroom", "", "Antwoord", "",
        "1. Het aantal inschrijvingen per sector in 2021", "", "", "",
        "Dat zijn er meer dan vorig jaar. Het overzicht per sector volgt hieronder, met de cijfers van",
        "de drie sectoren waarvoor VDAB opleidingen aanbiedt in het kader van de OKOT's en de totalen.",
        "De cijfers zijn voorlopig en kunnen nog wijzigen wanneer de registraties worden afgerond.",
        "", "Sector 2019 2020 2021", "Zorg 40 35 12", "Onderwijs 21 18 5", "Totaal 61 53 17", "",
    ])
    answer = read_text(text, "p.txt")
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2019", "2020", "2021"]]
    assert [t.title for t in answer.tables] == ["Sector"]


# --- One year among a header's words -------------------------------------------------------


@pytest.mark.parametrize("laid_out", [True, False], ids=["laid-out", "single-spaced"])
def test_a_caption_s_one_year_over_the_columns_names_is_the_table_s_period(laid_out):
    """``Cijfers 2021 VDAB`` / ``Opleiding Aantal``, the prose naming no year: the header's words
    were all taken for names of columns repeated under each period (one year: every word is
    "repeated" once) — a false ``header-columns-per-period`` error naming ``VDAB, Opleiding,
    Aantal``. The one year the header names is the table's period."""
    sep = "    " if laid_out else " "
    text = "\n".join([
        "Vraag nr. 19 van 11 januari", "OKOT - instroom", "", "Antwoord", "",
        "1. Het aantal inschrijvingen per sector:", "", sep.join(["Cijfers", "2021", "VDAB"]),
        sep.join(["Opleiding", "Aantal"]), sep.join(["Zorg", "40"]), sep.join(["Onderwijs", "21"]), "",
    ])
    answer = read_text(text, "c.txt")
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2021"]]
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("Zorg", "2021", 40), ("Onderwijs", "2021", 21)]
    assert answer.issues == []


def test_columns_among_one_period_only_where_it_is_printed_over_each():
    from okot_audit.parse import _columns_among_periods

    assert _columns_among_periods("Cijfers 2021 VDAB Opleiding Aantal") == ()
    assert _columns_among_periods("Opleiding 2022 inschr. 2022 personen") == ("inschr.", "personen")
    assert _columns_among_periods("Opleiding uitgevoerd 2021 geslaagd uitgevoerd 2022 geslaagd") == ("uitgevoerd", "geslaagd")


# --- A caption's year right above a header that names the rows' column first -----------------

CODED = {"900123: Tweedekansonderwijs zorgkundige - 1ste jaar": 19,
         "900124: Tweedekansonderwijs zorgkundige - tweede jaar": 9,
         "903640: Se-n-se opvoeder leefgroepenwerking": 7}


@pytest.mark.parametrize("laid_out", [True, False], ids=["laid-out", "single-spaced"])
@pytest.mark.parametrize("column", ["Inschrijvingen", "Aantal"])
def test_a_caption_ending_in_its_year_right_above_the_header(column, laid_out):
    """``Inschrijvingen OKOT zorg in 2021`` / ``Opleiding Inschrijvingen``: the header's line
    was read as the names of the columns under the caption's one period — ``Opleiding`` one of
    them — and the rows' one figure each fitted no such pair (``ambiguous-alignment``). The
    rows' column named first is no column under a period."""
    def line(cells):
        return cells[0].ljust(60) + "".join(str(c).rjust(16) for c in cells[1:]) if laid_out else " ".join(map(str, cells))

    text = "\n".join([
        "Vraag nr. 19 van 11 januari", "OKOT - instroom", "", "Antwoord", "", "1. Het aantal inschrijvingen:", "",
        "Inschrijvingen OKOT zorg in 2021", line(["Opleiding", column]), *(line([k, v]) for k, v in CODED.items()),
        line(["Totaal", 35]), "",
    ])
    answer = read_text(text, "c.txt")
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2021"]]
    assert [(c.code, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"] == [
        (k[:6], "2021", v) for k, v in CODED.items()]
    assert answer.issues == []
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


# --- A column of notes beside one column of counts --------------------------------------------


@pytest.mark.parametrize("laid_out", [True, False], ids=["laid-out", "single-spaced"])
def test_a_notes_column_beside_one_count_column(laid_out):
    """``Opleiding  Aantal  Opmerking``, the period the prose's: a column of notes was taken off
    only after a header ending in periods, so a row with a note had words after its count —
    ``unreadable-table``. A count column's word before a column of notes' name vouches for the
    header too; the notes are said not checked (``column-not-checked``), the counts read."""
    def line(cells):
        return cells[0].ljust(60) + "".join(str(c).rjust(10) for c in cells[1:2]) + "".join(
            "   " + str(c) for c in cells[2:]) if laid_out else " ".join(map(str, cells))

    rows = [(k, v, "nieuw" if v == 7 else None) for k, v in CODED.items()]
    text = "\n".join([
        "Vraag nr. 19 van 11 januari", "OKOT - instroom", "", "Antwoord", "",
        "1. Unieke cursisten met gestarte OKOT's in 2021:", "", line(["Opleiding", "Aantal", "Opmerking"]),
        *(line([k, v, *([n] if n else [])]) for k, v, n in rows), line(["Totaal", 35]), "",
    ])
    answer = read_text(text, "n.txt")
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2021"]]
    assert [(c.code, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"] == [
        (k[:6], "2021", v) for k, v in CODED.items()]
    assert [(i.kind, i.reason) for i in answer.issues] == [("column-not-checked", "notes")]


# --- Periods as lines under one column named by what it counts --------------------------------


@pytest.mark.parametrize("laid_out", [True, False], ids=["laid-out", "single-spaced"])
@pytest.mark.parametrize("periods", [["2019", "2020", "2021"], ["januari 2020", "februari 2020", "maart 2020"]])
def test_periods_as_lines_under_one_column_named_by_its_measure(periods, laid_out):
    """``Jaar  Gestarte cursisten`` / ``2019  312`` …: one column of counts beside periods as
    lines was read only under a column word or a count's name (``Aantal``, ``Inschrijvingen``),
    not under a measure's (``Gestarte cursisten``) — ``unreadable-table``."""
    sep = "      " if laid_out else " "
    values = [312, 298, 150]
    text = "\n".join([
        "Vraag nr. 19 van 11 januari 2022", "OKOT - instroom", "", "Antwoord", "",
        "1. Het aantal gestarte cursisten:", "", sep.join(["Periode", "Gestarte cursisten"]),
        *(sep.join([p, str(v)]) for p, v in zip(periods, values)), "",
    ])
    answer = read_text(text, "t.txt")
    assert [c.count for t in answer.tables for c in t.cells] == values
    assert answer.issues == []
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []
