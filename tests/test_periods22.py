"""Periods and their columns (round 22): a figure an ``.xlsx`` annex or an HTML page prints in one
cell merged over several period columns, and period headers in forms the reader did not read.
Each test failed on main."""

from __future__ import annotations

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from generate.xlsx import workbook_bytes  # noqa: E402
from openpyxl import Workbook  # noqa: E402

TITLE = "Aantal unieke cursisten die een OKOT startten in de zorgsector"


def _xlsx(rows: list[list], merge: str) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.active.merge_cells(merge)
    return workbook_bytes(book)


def _html(head: list[str], rows: list[list[tuple[str, int]]], sub: list[str] | None = None) -> bytes:
    def cells(row, tag):
        return "".join(f'<{tag} colspan="{span}">{text}</{tag}>' for text, span in row)
    body = [f"<tr>{cells([(h, 2 if sub else 1) if i else (h, 1) for i, h in enumerate(head)], 'th')}</tr>"]
    if sub:
        body.append("<tr><th></th>" + "".join(f"<th>{s}</th>" for s in sub) + "</tr>")
    body += [f"<tr>{cells(row, 'td')}</tr>" for row in rows]
    return f"<html><body><p>{TITLE}</p><table>{''.join(body)}</table></body></html>".encode()


def _cells(answer) -> list[tuple]:
    return [(c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def _found(answer) -> list[tuple]:
    return [(f.rule, f.line, f.message) for f in audit(answer).findings]


# 2. A figure merged over period columns is no one period's.

def test_xlsx_figure_merged_over_two_periods_is_said_never_the_first_periods():
    """``Limburg 300 | 200 merged over 2022 and 2023``: read as Limburg's 2022 figure, so 2022's
    total failed falsely (330 = 130 + 200 held by chance, 2023's failed). It is no period's cell:
    an unreadable-table error names its row, figure and the periods it spans, and no total of the
    table is checked."""
    rows = [[TITLE], [], ["Provincie", 2021, 2022, 2023], ["Antwerpen", 120, 130, 140],
            ["Limburg", 300, 200, None], ["Totaal", 420, 330, 230]]
    answer = parse_answer(source_from_bytes(_xlsx(rows, "C5:D5"), "annex.xlsx"))
    assert ("Limburg", "2022", 200) not in _cells(answer)
    assert ("Limburg", "2021", 300) in _cells(answer)
    found = _found(answer)
    assert [(rule, line) for rule, line, _ in found] == [("unreadable-table", 5)]
    assert "figure 200 of the row 'Limburg'" in found[0][2] and "merged over the columns 2022, 2023" in found[0][2]


def test_html_colspan_figure_over_two_periods_is_said_never_the_first_periods():
    """``<td colspan="2">200</td>`` under 2022 and 2023: read as 2022's figure (2023's total then
    failed falsely). Said, not read as any period's."""
    rows = [[("Antwerpen", 1), ("120", 1), ("130", 1), ("140", 1)], [("Limburg", 1), ("300", 1), ("200", 2)],
            [("Totaal", 1), ("420", 1), ("330", 1), ("340", 1)]]
    answer = parse_answer(source_from_bytes(_html(["Provincie", "2021", "2022", "2023"], rows), "a.html"))
    assert [c for c in _cells(answer) if c[0] == "Limburg"] == [("Limburg", "2021", 300)]
    found = _found(answer)
    assert [rule for rule, _, _ in found] == ["unreadable-table"]
    assert "merged over the columns 2022, 2023" in found[0][2]


def test_html_year_over_its_sub_columns_stays_sub_columns():
    """A year merged over ``M`` / ``V`` names one period over two sub-columns: they stay the tables
    of their sub-columns, every figure read, nothing said (kept working)."""
    rows = [[("Antwerpen", 1), ("120", 1), ("130", 1), ("140", 1), ("10", 1)],
            [("Limburg", 1), ("300", 1), ("20", 1), ("30", 1), ("40", 1)],
            [("Totaal", 1), ("420", 1), ("150", 1), ("170", 1), ("50", 1)]]
    answer = parse_answer(source_from_bytes(_html(["Provincie", "2022", "2023"], rows, ["M", "V", "M", "V"]), "a.html"))
    assert sorted(_cells(answer)) == sorted([
        ("Antwerpen", "2022", 120), ("Antwerpen", "2023", 140), ("Limburg", "2022", 300), ("Limburg", "2023", 30),
        ("Totaal", "2022", 420), ("Totaal", "2023", 170), ("Antwerpen", "2022", 130), ("Antwerpen", "2023", 10),
        ("Limburg", "2022", 20), ("Limburg", "2023", 40), ("Totaal", "2022", 150), ("Totaal", "2023", 50)])
    assert _found(answer) == []


def test_html_figure_merged_over_sub_columns_of_one_year_is_said():
    """A figure merged over ``M`` and ``V`` of one year is neither the men's nor the women's: said."""
    rows = [[("Antwerpen", 1), ("120", 1), ("130", 1), ("140", 1), ("10", 1)],
            [("Limburg", 1), ("320", 2), ("30", 1), ("40", 1)],
            [("Totaal", 1), ("420", 1), ("150", 1), ("170", 1), ("50", 1)]]
    answer = parse_answer(source_from_bytes(_html(["Provincie", "2022", "2023"], rows, ["M", "V", "M", "V"]), "a.html"))
    assert ("Limburg", "2022", 320) not in _cells(answer)
    found = _found(answer)
    assert [rule for rule, _, _ in found] == ["unreadable-table"]
    assert "merged over the columns M, V" in found[0][2]
