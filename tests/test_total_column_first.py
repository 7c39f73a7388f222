"""A total column printed first, before the periods it totals (``OKOT  Totaal  2020  2021``).

Tables exported from a spreadsheet may put the row's total before its periods. The column is
the same total column as one printed last: each row's ``Totaal`` cell totals its own periods
(unique persons over several years), and the table's total line holds one for every column.
Such a header was read as ``OKOT Totaal`` over two periods, and every row was an
``unreadable-table`` error: more figures than periods.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = "OKOT's - Onderwijssector\n\n1. Het aantal unieke cursisten dat een OKOT startte.\n\n"

SINGLE = [
    "OKOT Totaal 2020 2021",
    "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 240 118 131",
    "908011: Educatieve bachelor voor lager onderwijs - 1ste jaar 400 210 198",
    "Totaal 630 320 325",
]
LAID_OUT = [
    "OKOT                                                              Totaal    2020    2021",
    "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar        240     118     131",
    "908011: Educatieve bachelor voor lager onderwijs - 1ste jaar         400     210     198",
    "Totaal                                                               630     320     325",
]
PROVINCES = ["Provincie Totaal 2020 2021", "Antwerpen 150 100 60", "Limburg 80 50 35", "Totaal 228 150 95"]


def _cells(answer) -> dict:
    return {(c.level, c.code or c.province, c.period): (c.count, c.semantics) for t in answer.tables for c in t.cells}


@pytest.mark.parametrize("lines", [SINGLE, LAID_OUT], ids=["single-spaced", "laid-out"])
def test_a_total_column_before_the_periods_is_the_rows_total(lines):
    answer = read_text(HEAD + "\n".join(lines) + "\n", "first.txt")
    assert answer.issues == []
    [table] = answer.tables
    assert [p.label for p in table.periods] == ["Totaal", "2020", "2021"]
    assert table.layout.total_column
    assert _cells(answer) == {
        ("row", "908001", "Totaal"): (240, "unique"), ("row", "908001", "2020"): (118, None),
        ("row", "908001", "2021"): (131, None),
        ("row", "908011", "Totaal"): (400, "unique"), ("row", "908011", "2020"): (210, None),
        ("row", "908011", "2021"): (198, None),
        ("total", None, "Totaal"): (630, "unique"), ("total", None, "2020"): (320, "unique"),
        ("total", None, "2021"): (325, "unique"),
    }
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_a_row_s_total_below_its_largest_period_is_reported_whichever_side_it_stands():
    wrong = [line.replace(" 240 ", " 120 ") for line in SINGLE]
    [finding] = audit(read_text(HEAD + "\n".join(wrong) + "\n", "first.txt")).by_rule("total-below-largest-part")
    assert (finding.training_code, finding.period, finding.stated) == ("908001", "Totaal", 120)


def test_province_rows_with_the_total_column_first():
    answer = read_text(HEAD + "\n".join(PROVINCES) + "\n", "first.txt")
    assert answer.issues == []
    assert _cells(answer)[("row", "Antwerpen", "Totaal")] == (150, "unique")
    assert _cells(answer)[("total", None, "2021")] == (95, "unique")


def test_a_line_that_opens_with_totaal_before_years_is_still_a_total_line():
    answer = read_text(HEAD + "Geslacht 2015 2016\nMan 1000 1001\nVrouw 1010 1011\nTotaal 2010 2012\n", "first.txt")
    assert [(c.level, c.period, c.count) for c in answer.tables[0].cells if c.level == "total"] == [
        ("total", "2015", 2010), ("total", "2016", 2012)]


def test_a_total_column_first_in_a_pdf():
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes
    from test_unseen_pdfs import autofit_pdf

    rows = [[label, *figures] for label, *figures in (line.rsplit(" ", 3) for line in SINGLE[1:])]
    pdf = autofit_pdf(["OKOT's - Onderwijssector", "1. Het aantal unieke cursisten dat een OKOT startte."],
                      ["OKOT", "Totaal", "2020", "2021"], rows, bold=(3,))
    answer = parse_answer(source_from_bytes(pdf, "first.pdf"))
    assert answer.issues == []
    assert {k: v for k, v in _cells(answer).items()} == _cells(read_text(HEAD + "\n".join(SINGLE) + "\n", "f.txt"))
