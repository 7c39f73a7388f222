"""What a table counts across forms (session 26).

1. A title above a table (``Opleidingstrajecten zorg``: trajectories, additive) that runs into
   its header — a sheet's first row right above the header row, an HTML table's first row
   spanning its columns — does not decide what the table counts where the table's own words
   (``Personen 2020``) name another unit: the header's line nearest the rows decides, as the
   text reader reads the same title apart from its table. Where the table's own words name
   nothing, the title still says it.
2. A thousands separator a sheet's text cell prints as a thin space (U+2009) reads as one count,
   as in a text or an HTML table (one pattern, :data:`okot_audit.patterns.SPACED_THOUSANDS`).
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
