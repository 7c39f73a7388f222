"""Session 34 (notes34): a note between two tables that nothing places; a bare month bound.

1. A note between two tables with nothing that leads the second (no caption ``Tabel 2.``, no
   numbered item, no words pointing forward: :func:`okot_audit.parse._unled_between`) was read
   as the second table's: its 2023 partial, the first's whole — a silent guess. Now the note is
   the table's that alone has the period it names; where both have it, neither table's period
   is moved and a ``partial-period`` record (``note-between``) says so, naming both tables.
2. ``Voor 2023 zijn enkel de cijfers tot juni beschikbaar.`` marked nothing partial: a bare
   ``tot <month>`` (and ``tot en met 30 juni``) was left out, since ``van september tot juni`` is
   a whole school year. Now such a bound cuts a CALENDAR year the sentence names short, in words
   that speak of figures and with no month before it that starts a span; school years and spans
   stay whole (:class:`okot_audit.parse.context._UntilAMonthSaid`, :func:`~okot_audit.parse.context._said_of`).
"""

from __future__ import annotations

import functools
import re

import pytest

from okot_audit import audit, read_answer, read_text
from okot_audit.parse import context

_HEAD = "Vraag 1 van 3 maart 2024\n\nAntwoord\n\n"
_NOTE = "De cijfers voor 2023 betreffen enkel de periode januari tot en met juni (voorlopig)."
_NAMES = ("908001: Educatieve bachelor kleuteronderwijs", "908002: Educatieve bachelor lager onderwijs")


def _rows(periods: str) -> str:
    """A table of two code rows and its total over `periods` (``2021 2022 2023``)."""
    n = len(periods.split())
    first, second = [40 + k for k in range(n)], [80 + k for k in range(n)]
    return (f"Opleiding {periods}\n"
            f"{_NAMES[0]} {' '.join(map(str, first))}\n{_NAMES[1]} {' '.join(map(str, second))}\n"
            f"Totaal {' '.join(str(a + b) for a, b in zip(first, second))}\n")


def _two(first: str, between: str, second: str, form: str = "seeds") -> str:
    text = (_HEAD + "Tabel 1. Unieke cursisten met gestarte OKOT'(s)\n\n" + _rows(first) + "\n" + between + "\n\n"
            + _rows(second) + "\nBron: VDAB, datawarehouse.\n")
    return re.sub(r" +", " ", text) if form == "single" else text


def _partial(answer) -> list[set[str]]:
    return [{p.label for p in t.periods if p.partial} for t in answer.tables]


def _between(answer) -> list:
    return [i for i in answer.issues if (i.kind, i.reason) == ("partial-period", "note-between")]


# -- 1. a note between two tables that nothing places --------------------------------------------

@pytest.mark.parametrize("form", ["seeds", "single"])
@pytest.mark.parametrize("first, second, expected", [
    ("2021 2022 2023", "2021 2022", [{"2023"}, set()]),  # only the first has 2023: the first's
    ("2021 2022", "2021 2022 2023", [set(), {"2023"}]),  # only the second has it: the second's
    ("2022-2023", "2021 2022 2023", [set(), {"2023"}]),  # a school year is no 2023
    ("2021 2022", "2021 2022", [set(), set()]),  # neither has it: nobody's, nothing to say
], ids=["first-only", "second-only", "school-year-above", "neither"])
def test_a_note_between_two_tables_is_the_one_that_alone_has_its_period(first, second, expected, form):
    answer = read_text(_two(first, _NOTE, second, form), "a.txt")
    assert _partial(answer) == expected
    assert _between(answer) == []


@pytest.mark.parametrize("form", ["seeds", "single"])
def test_a_note_between_two_tables_that_both_have_its_period_is_said_and_moves_neither(form):
    text = _two("2021 2022 2023", _NOTE, "2021 2022 2023", form)
    answer = read_text(text, "a.txt")
    assert _partial(answer) == [set(), set()]
    [issue] = _between(answer)
    assert issue.line == text.splitlines().index(_NOTE) + 1 and issue.periods == ("2023",) and issue.text == _NOTE
    assert issue.other_line == answer.tables[0].header_line


def test_a_note_between_speaks_both_languages_and_names_both_tables():
    answer = read_text(_two("2021 2022 2023", _NOTE, "2021 2022 2023"), "a.txt")
    [en] = [f for f in audit(answer).findings if f.rule == "partial-period"]
    [nl] = [f for f in audit(answer, lang="nl").findings if f.rule == "partial-period"]
    first, second = answer.tables
    assert (en.line, en.period, en.table, en.severity) == (12, "2023", second.id, "info")
    assert f"between the table \"Opleiding\" (line {first.header_line}) and the table \"Opleiding\" (line " \
           f"{second.header_line}) says 2023 is partial" in en.message
    assert "which of the two tables" in en.message and _NOTE in en.message
    assert f"tussen de tabel \"Opleiding\" (regel {first.header_line}) en de tabel \"Opleiding\" (regel " \
           f"{second.header_line}) zegt dat 2023 onvolledig is" in nl.message
    assert "bij welke van de twee tabellen" in nl.message


def test_a_middle_tables_notes_above_and_below_each_go_by_their_periods():
    text = (_HEAD + _rows("2021 2022") + "\n" + _NOTE + "\n\n" + _rows("2021 2022 2023") + "\n"
            + "De cijfers voor 2021 zijn voorlopig.\n\n" + _rows("2022 2023") + "\n")
    answer = read_text(text, "a.txt")
    # the first note: only the middle table has 2023 of the two around it; the second: only the
    # middle table has 2021 of the two around it
    assert _partial(answer) == [set(), {"2021", "2023"}, set()]
    assert _between(answer) == []


@pytest.mark.parametrize("between, expected", [
    # the next table's caption after the note: the note is the first's
    (_NOTE + "\n\nTabel 2. Unieke cursisten met geslaagde OKOT'(s)", [{"2023"}, set()]),
    # a lead-in sentence before the note's table: the second's
    ("In onderstaande tabel vindt u de geslaagden. " + _NOTE, [set(), {"2023"}]),
    ("In onderstaande tabel vindt u de geslaagden.\n" + _NOTE, [set(), {"2023"}]),
], ids=["caption-after", "lead-in-sentence", "lead-in-paragraph"])
def test_a_note_that_something_places_stays_where_it_is_placed(between, expected):
    answer = read_text(_two("2021 2022 2023", between, "2021 2022 2023"), "a.txt")
    assert _partial(answer) == expected
    assert _between(answer) == []


def test_a_starred_footnote_between_two_tables_stays_its_stars():
    text = (_HEAD + _rows("2021 2022 2023*") + "\n* Enkel cijfers van de eerste jaarhelft.\n\n"
            + _rows("2021 2022 2023") + "\n")
    answer = read_text(text, "a.txt")
    assert _partial(answer) == [{"2023"}, set()]
    assert _between(answer) == []


@functools.lru_cache(maxsize=None)
def _pdf_between() -> bytes:
    from generate.pdf import Document, PdfRow, PdfTable, write_pdf

    def table(title: str) -> PdfTable:
        return PdfTable(title=title, periods=["2021", "2022", "2023"], rows=[
            PdfRow(_NAMES[0], [40, 41, 42]), PdfRow(_NAMES[1], [80, 81, 82]),
            PdfRow("Totaal", [120, 122, 124], level="total")])

    return write_pdf(Document([
        "Vraag 1 van 3 maart 2024", "Antwoord", table("Unieke cursisten met gestarte OKOT'(s)"), _NOTE,
        table("Unieke cursisten met geslaagde OKOT'(s)"), "Bron: VDAB, datawarehouse."]))


def test_a_note_between_two_tables_of_a_pdf_is_said(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(_pdf_between())
    answer = read_answer(path)
    assert [t.measure for t in answer.tables] == ["started", "graduated"]
    assert _partial(answer) == [set(), set()]
    [issue] = _between(answer)
    assert issue.periods == ("2023",) and "januari tot en met juni" in issue.text


# -- 2. a bare month bound of a calendar year ----------------------------------------------------

def _one(note: str, periods: str, form: str = "seeds", where: str = "below") -> list[set[str]]:
    text = _HEAD + (note + "\n\n" if where == "above" else "") + _rows(periods) + (
        "\n" + note + "\n" if where == "below" else "")
    return _partial(read_text(re.sub(r" +", " ", text) if form == "single" else text, "a.txt"))


@pytest.mark.parametrize("where", ["above", "below"])
@pytest.mark.parametrize("note", [
    "Voor 2023 zijn enkel de cijfers tot juni beschikbaar.",
    "De cijfers voor 2023 lopen tot en met 30 juni.",
    "Voor 2023 zijn de cijfers tot juni 2023 opgenomen.",
    "Tot juni zijn de cijfers voor 2023 beschikbaar.",
    "De cijfers voor 2022 zijn definitief, voor 2023 zijn er enkel gegevens tot mei.",
], ids=["tot-juni", "tot-en-met-30-juni", "tot-juni-2023", "bound-first", "nearest-year"])
def test_a_bare_month_bound_cuts_a_calendar_year_short(note, where):
    assert _one(note, "2021 2022 2023", where=where) == [{"2023"}]


@pytest.mark.parametrize("note, periods", [
    # a school year runs from September to June: whole
    ("Voor 2022-2023 zijn de cijfers van september tot juni opgenomen.", "2020-2021 2021-2022 2022-2023"),
    ("Voor 2022-2023 zijn enkel de cijfers tot juni beschikbaar.", "2020-2021 2021-2022 2022-2023"),
    ("De cijfers van 2023 lopen van september tot juni.", "2021 2022 2023"),
    ("De cijfers lopen van 1 september 2022 tot juni 2023.", "2021 2022 2023"),
    # a month bound not of the figures: a programme's lessons
    ("Cursisten die in 2023 startten, volgen les tot juni.", "2021 2022 2023"),
], ids=["school-year-span", "school-year-bound", "span-in-a-year", "span-over-years", "not-of-figures"])
@pytest.mark.parametrize("form", ["seeds", "single"])
def test_a_span_or_a_school_year_or_other_words_stay_whole(note, periods, form):
    assert _one(note, periods, form) == [set()]


def test_the_bound_finding_speaks_the_note():
    answer = read_text(_HEAD + _rows("2021 2022 2023") + "\nVoor 2023 zijn enkel de cijfers tot juni beschikbaar.\n",
                       "a.txt")
    [finding] = [f for f in audit(answer).findings if f.rule == "partial-period"]
    assert finding.period == "2023" and "tot juni beschikbaar" in finding.message


@pytest.mark.parametrize("text", ["tot juni", "totaal", "x", "TOT JUNI cijfers", "cijfers tot juni", "van mei tot juni cijfers",
                                  "cijfers tot en met 3 juni", "cijfers tot december"])
def test_the_bounds_quick_look_finds_what_its_search_does(text):
    said = context._UntilAMonthSaid()
    lower = text.lower()
    plain = said._find(lower, 0) if "tot" in lower else None
    assert said.search(text) == plain
    assert (plain is not None) == (text.lower() in ("cijfers tot juni", "tot juni cijfers", "cijfers tot en met 3 juni"))


# -- an annex: a note between two tables on one sheet, or on two sheets ---------------------------

@functools.lru_cache(maxsize=None)
def _annex(note_on: int, one_sheet: bool) -> bytes:
    """Two tables of 2021–2023 in a workbook, on one sheet or two, `_NOTE` below the first table
    (`note_on` 1) or above the second (2)."""
    import io

    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "Gestart"
    second = first if one_sheet else book.create_sheet("Geslaagd")

    def table(sheet, row: int, title: str) -> int:
        sheet.cell(row, 1, title)
        sheet.append(["Opleiding", 2021, 2022, 2023])
        for name, values in ((_NAMES[0], [40, 41, 42]), (_NAMES[1], [80, 81, 82]), ("Totaal", [120, 122, 124])):
            sheet.append([name, *values])
        return sheet.max_row + 2

    row = table(first, 1, "Unieke cursisten met gestarte OKOT'(s)")
    if note_on == 1:
        first.cell(row, 1, _NOTE)
        row += 2
    row = row if one_sheet else 1
    if note_on == 2:
        second.cell(row, 1, _NOTE)
        row += 2
    table(second, row, "Unieke cursisten met geslaagde OKOT'(s)")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("note_on", [1, 2])
def test_a_note_between_two_tables_of_one_sheet_is_said(note_on, tmp_path):
    path = tmp_path / "bijlage.xlsx"
    path.write_bytes(_annex(note_on, True))
    answer = read_answer(path)
    assert _partial(answer) == [set(), set()]
    [issue] = _between(answer)
    assert issue.periods == ("2023",)


@pytest.mark.parametrize("note_on, expected", [(1, [{"2023"}, set()]), (2, [set(), {"2023"}])], ids=["below-first", "above-second"])
def test_a_note_on_a_tables_own_sheet_is_that_tables(note_on, expected, tmp_path):
    # (the sheet places it: before, a note below the first table on its sheet was the second's)
    path = tmp_path / "bijlage.xlsx"
    path.write_bytes(_annex(note_on, False))
    answer = read_answer(path)
    assert _partial(answer) == expected
    assert _between(answer) == []
