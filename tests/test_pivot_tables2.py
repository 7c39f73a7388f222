"""Excel pivot tables as an answer's ``.xlsx`` annex and as the text of them, round 17
(xlsx17): the empty item without figures, the compact layout whose head lines are categories,
programmes or years, two row fields in the tabular layout, column fields two levels deep,
report filters above the pivot and value headers. Each test asserts the exact cells and
findings a correct reader gives."""

from __future__ import annotations

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from generate.xlsx import workbook_bytes  # noqa: E402
from openpyxl import Workbook  # noqa: E402

TITLE = "Aantal unieke cursisten die een OKOT startten in de zorgsector"
A1 = "900123: Tweedekansonderwijs zorgkundige - 1ste jaar"
A2 = "900611: Professionele bachelor verpleegkunde - 1ste jaar"


def workbook(rows: list[list], title: str = TITLE) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Draaitabel"
    sheet.append([title])
    sheet.append([])
    for row in rows:
        sheet.append(row)
    return workbook_bytes(book)


def text_of(rows: list[list], title: str = TITLE) -> bytes:
    """The same rows as an extractor prints them without layout (one space apart)."""
    lines = ["Antwoord", "", title, ""] + [" ".join(str(v) for v in row if v is not None) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def read(data: bytes, name: str) -> tuple[list[tuple], list[tuple]]:
    answer = parse_answer(source_from_bytes(data, name))
    cells = [(c.level, c.province or c.block, c.code, c.label, c.period, c.count, c.line)
             for t in answer.tables for c in t.cells]
    found = [(f.rule, f.severity, f.line, f.period, f.stated, f.observed) for f in audit(answer).findings]
    return cells, found


# 1. The empty item without figures ----------------------------------------------------------

EMPTY_ITEM_ROWS = [["Rijlabels", 2019, 2020], [A1, 19, 22], [A2, 59, 1], ["{item}"], ["Eindtotaal", 78, 23]]


@pytest.mark.parametrize("item", ["(leeg)", "(blank)"])
@pytest.mark.parametrize("form", ["annex.xlsx", "answer.txt"])
def test_a_pivots_empty_item_without_figures_is_no_line_of_the_label_above(item, form):
    """A pivot lists the persons whose row field is empty as ``(leeg)``; where none are counted
    the line holds no figure. Main read it as the end of the label above (``… 1ste jaar
    (leeg)``): a false ``label-mismatch`` warning against the catalogue."""
    rows = [[item if v == "{item}" else v for v in row] for row in EMPTY_ITEM_ROWS]
    data = workbook(rows) if form.endswith(".xlsx") else text_of(rows)
    first = 4 if form.endswith(".xlsx") else 6
    cells, found = read(data, form)
    labels = {c[3] for c in cells if c[0] == "row"}
    assert labels == {A1[8:], A2[8:]}
    assert [c[6] for c in cells if c[0] == "total"] == [first + 3, first + 3]
    assert found == []


def test_an_empty_item_without_figures_below_rows_of_programme_names():
    rows = [["Rijlabels", 2019, 2020], ["Graduaat orthopedagogie", 118, 131], ["Bachelor verpleegkunde", 59, 1],
            ["(leeg)"], ["Eindtotaal", 177, 132]]
    cells, found = read(text_of(rows, "Aantal unieke cursisten die een OKOT startten"), "answer.txt")
    assert [c[3] for c in cells if c[0] == "row"] == ["Graduaat orthopedagogie"] * 2 + ["Bachelor verpleegkunde"] * 2
    assert found == []
