"""What a table counts across forms (session 26).

1. A title above a table (``Opleidingstrajecten zorg``: trajectories, additive) that runs into
   its header — a sheet's first row right above the header row, an HTML table's first row
   spanning its columns — does not decide what the table counts where the table's own words
   (``Personen 2020``) name another unit: the header's line nearest the rows decides, as the
   text reader reads the same title apart from its table. Where the table's own words name
   nothing, the title still says it.
2. A thousands separator a sheet's text cell prints as a thin space (U+2009) reads as one count,
   as in an HTML table — and in a comma-separated table of a text, which read the plain space
   only (one pattern, :data:`okot_audit.patterns.SPACED_THOUSANDS`).
"""

from __future__ import annotations

import io

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer, read_text
from okot_audit.source import source_from_bytes

TITLE = "Opleidingstrajecten zorg"
ROWS = [["900101: Verpleegkunde", 40, 50], ["900102: Zorgkundige", 30, 20], ["Totaal", 65, 68]]


def _xlsx(rows: list[list]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Blad1"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _html(title_row: str, header: list[str], rows: list[list]) -> bytes:
    cells = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    title = f'<tr><th colspan="{len(header)}">{title_row}</th></tr>' if title_row else ""
    return f"<html><body><table>{title}<tr>{cells}</tr>{body}</table></body></html>".encode()


def _text(title: str, header: list[str], rows: list[list]) -> str:
    return "\n".join([title, "", " ".join(header), *(" ".join(map(str, r)) for r in rows)]) + "\n"


def _only_table(answer):
    assert len(answer.tables) == 1, [t.title for t in answer.tables]
    return answer.tables[0]


PERSONS = ["Opleiding", "Personen 2020", "Personen 2021"]
BARE = ["Opleiding", "2020", "2021"]


@pytest.mark.parametrize("form", ["xlsx", "html", "text"])
def test_the_tables_own_words_decide_over_a_title_run_into_its_header(form):
    if form == "xlsx":
        answer = parse_answer(source_from_bytes(_xlsx([[TITLE], PERSONS, *ROWS]), "annex.xlsx"))
    elif form == "html":
        answer = parse_answer(source_from_bytes(_html(TITLE, PERSONS, ROWS), "answer.html"))
    else:  # (the text reader: the same title on a line of its own above the table)
        answer = read_text(_text(TITLE, PERSONS, ROWS))
    table = _only_table(answer)
    assert (table.unit, table.unique_persons) == ("unieke cursisten", True)
    # (unique persons: rows summing to more than their total are persons counted twice, no error)
    report = audit(answer)
    assert [f.severity for f in report.findings if f.rule == "parts-exceed-total"] == ["info", "info"]


@pytest.mark.parametrize("form", ["xlsx", "html", "text"])
def test_a_title_still_says_what_a_table_counts_where_its_own_words_name_nothing(form):
    if form == "xlsx":
        answer = parse_answer(source_from_bytes(_xlsx([[TITLE], [None, 2020, 2021], *ROWS]), "annex.xlsx"))
    elif form == "html":
        answer = parse_answer(source_from_bytes(_html(TITLE, BARE, ROWS), "answer.html"))
    else:
        answer = read_text(_text(TITLE, BARE, ROWS))
    table = _only_table(answer)
    assert (table.unit, table.unique_persons) == ("trajecten", False)


# 2. Thousands set apart by a thin space (U+2009), a narrow or a plain no-break space.

LEAD = "OKOT's - Zorgsector\n\nHieronder het aantal gestarte unieke cursisten.\n\n"
SPACES = ["\u2009", "\u202f", "\u00a0", " "]


def _counts(answer) -> list[tuple[str, str, int]]:
    return [(c.label, c.period, c.count) for t in answer.tables for c in t.cells]


@pytest.mark.parametrize("space", SPACES)
def test_a_thousands_space_in_an_xlsx_text_cell_reads_as_one_count(space):
    rows = [["Hieronder het aantal gestarte unieke cursisten."], [], ["Opleiding", 2021],
            ["900101: Verpleegkunde", f"1{space}472"], ["900102: Zorgkundige", "30"], ["Totaal", f"1{space}490"]]
    answer = parse_answer(source_from_bytes(_xlsx(rows), "annex.xlsx"))
    assert _counts(answer) == [("Verpleegkunde", "2021", 1472), ("Zorgkundige", "2021", 30), ("Totaal", "2021", 1490)]


@pytest.mark.parametrize("space", SPACES)
def test_a_thousands_space_in_a_comma_delimited_cell_reads_as_one_count(space):
    """A comma-separated table whose figures print their thousands apart (``1 472``): the
    plain space was read; a thin, narrow or no-break space made the row look like a row of
    figures with decimal commas, and the table was an ``unreadable-table`` error."""
    text = LEAD + (f"Opleiding,2021,2022\nVerpleegkunde,1{space}472,1{space}500\nZorgkundige,30,40\n"
                   f"Totaal,1{space}490,1{space}530\n")
    assert _counts(read_text(text)) == [
        ("Verpleegkunde", "2021", 1472), ("Verpleegkunde", "2022", 1500), ("Zorgkundige", "2021", 30),
        ("Zorgkundige", "2022", 40), ("Totaal", "2021", 1490), ("Totaal", "2022", 1530)]


# 3. A count withheld as a bound (``<5``) in a row its province is printed before.

GENDER_ROWS = [["Antwerpen", "Man", "<5", 10], ["Antwerpen", "Vrouw", 20, 20], ["Totaal Antwerpen", None, 23, 30],
               ["Limburg", "Man", 4, 5], ["Limburg", "Vrouw", "<5", 6], ["Totaal Limburg", None, 7, 11],
               ["Totaal", None, 30, 41]]
GENDER_LEAD = "Hieronder het aantal gestarte unieke cursisten per provincie en geslacht."


@pytest.mark.parametrize("form", ["xlsx", "text"])
def test_a_bound_in_a_row_its_province_is_printed_before_is_withheld_not_a_zero(form):
    """``Antwerpen Man <5 10``: the reader takes the province off the row's words; the bound's
    stand-in (``00``) was then read as the count 0 (its totals failing, ``total-exceeds-parts``
    errors) instead of a count withheld."""
    if form == "xlsx":
        rows = [[GENDER_LEAD], [], ["Provincie", "Geslacht", 2020, 2021], *GENDER_ROWS]
        answer = parse_answer(source_from_bytes(_xlsx(rows), "annex.xlsx"))
    else:
        lines = [" ".join(str(c) for c in row if c is not None) for row in GENDER_ROWS]
        answer = read_text("OKOT's - Zorgsector\n\n1. " + GENDER_LEAD + "\nProvincie Geslacht 2020 2021\n"
                           + "\n".join(lines) + "\n")
    table = _only_table(answer)
    assert [(w.province, w.label, w.period, w.text) for w in table.withheld] == [
        ("Antwerpen", "Man", "2020", "<5"), ("Limburg", "Vrouw", "2020", "<5")]
    assert not [c for c in table.cells if c.count == 0]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


def test_a_title_right_above_a_laid_out_header_does_not_decide_what_the_table_counts():
    text = ("Opleidingstrajecten zorg\n"
            "Opleiding                  Personen 2020   Personen 2021\n"
            "900101: Verpleegkunde                 40              50\n"
            "900102: Zorgkundige                   30              20\n"
            "Totaal                                65              68\n")
    table = _only_table(read_text(text))
    assert (table.unit, table.unique_persons) == ("unieke cursisten", True)
