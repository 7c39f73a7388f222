"""Annexes never seen before (session 23): workbooks, answers saved as HTML and CSV files of
the shapes DOMAIN.md lists, with figures built from persons, so that every cell, total and
duplicate is known. Each test asserts the exact cells a correct reader gives and the findings
a correct audit gives (info for duplicates and partial periods, nothing louder on a correct
annex)."""

from __future__ import annotations

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

from generate.xlsx import workbook_bytes as save

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from openpyxl import Workbook  # noqa: E402


# --- Figures from persons ---------------------------------------------------------------------

def counts(persons: list[tuple[str, ...]], rows: list[str], periods: list[str]) -> dict[str, list[int | None]]:
    """Per row, per period, how many persons hold (row, period) among their memberships (each
    person a tuple of (row, period) pairs, ``row@period``); None where nobody does (a blank)."""
    out: dict[str, list[int | None]] = {}
    for row in rows:
        out[row] = [sum(1 for p in persons if f"{row}@{period}" in p) or None for period in periods]
    return out


def uniques(persons: list[tuple[str, ...]], periods: list[str]) -> list[int]:
    """Per period, how many persons were counted in it at all (a total of unique persons)."""
    return [sum(1 for p in persons if any(m.endswith(f"@{period}") for m in p)) for period in periods]


def people(spec: dict[tuple[str, ...], int]) -> list[tuple[str, ...]]:
    """Persons from (memberships → how many persons hold exactly those)."""
    return [memberships for memberships, n in spec.items() for _ in range(n)]


def read(data: bytes, path: str) -> tuple[list[tuple], list[tuple]]:
    answer = parse_answer(source_from_bytes(data, path))
    cells = [(c.level, c.code or c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells]
    found = [(f.rule, f.severity, f.period, f.stated, f.observed) for f in audit(answer).findings]
    return cells, found


def cells_of(table: dict[str, list[int | None]], periods: list[str], level: str = "row") -> list[tuple]:
    return [(level, key, p, v) for key, values in table.items() for p, v in zip(periods, values) if v is not None]


# --- Blank cells marked with a dot, an x, a dash: the figure's column, never a word ----------

YEARS = ["2020", "2021", "2022"]
#: Province x year: movers counted in two provinces in a year; nobody in Limburg in 2022 and
#: nobody in Oost-Vlaanderen in 2020 (blank cells).
MOVERS = people({
    ("Antwerpen@2020",): 40, ("Antwerpen@2021",): 35, ("Antwerpen@2022",): 20,
    ("Antwerpen@2020", "Limburg@2020"): 3, ("Limburg@2020",): 25, ("Limburg@2021",): 31,
    ("Antwerpen@2021", "Oost-Vlaanderen@2021"): 2, ("Oost-Vlaanderen@2021",): 44, ("Oost-Vlaanderen@2022",): 51,
})
PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen"]


@pytest.mark.parametrize("mark", [".", "x", "-", "..", "n.v.t.", "–"])
@pytest.mark.parametrize("form", ["xlsx", "html", "csv"])
def test_a_blank_marked_by_a_dot_or_an_x_stands_in_its_column(mark, form):
    table = counts(MOVERS, PROVINCES, YEARS)
    totals = uniques(MOVERS, YEARS)
    header = ["Provincie", *YEARS]
    body = [[name, *[mark if v is None else v for v in values]] for name, values in table.items()]
    body.append(["Vlaams Gewest", *totals])
    caption = "Unieke cursisten met gestarte OKOT's per provincie"
    if form == "xlsx":
        book = Workbook()
        sheet = book.active
        sheet["C1"] = caption  # (the table starts in column C)
        for r, row in enumerate([header, *body], start=3):
            for c, value in enumerate(row, start=3):
                sheet.cell(r, c, value)
        data, path = save(book), "annex.xlsx"
    elif form == "html":
        trs = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in body)
        data = (f"<html><body><p>{caption}</p><table><thead><tr>" + "".join(f"<th>{h}</th>" for h in header)
                + f"</tr></thead><tbody>{trs}</tbody></table></body></html>").encode()
        path = "answer.html"
    else:
        data = "\n".join([caption, ";".join(header), *(";".join(map(str, row)) for row in body)]).encode() + b"\n"
        path = "annex.csv"
    cells, found = read(data, path)
    assert cells == cells_of(table, YEARS) + cells_of({"Vlaams Gewest": totals}, YEARS, "total")
    # 3 persons in two provinces in 2020, 2 in 2021: information, nothing louder
    assert found == [("parts-exceed-total", "info", "2020", totals[0], totals[0] + 3),
                     ("parts-exceed-total", "info", "2021", totals[1], totals[1] + 2)]
