"""Rows without a figure in any period: a programme listed with a blank mark in every period
(``908002 Educatieve master - -``), or a grid row (CSV, Markdown, ``.xlsx``) whose every figure
cell is empty. Such a row says its cells are blank; it was reported as a row whose counts were
lost (``row-without-counts``, an error) and its table's totals were not checked.
"""

from __future__ import annotations

import io

import pytest

from okot_audit import audit, read_text
from okot_audit.source import source_from_bytes
from okot_audit.parse import parse_answer

HEAD = "Antwoord op vraag nr. 123 van 5 maart 2024 over de OKOT-opleidingen.\nHieronder vindt u het aantal gestarte cursisten.\n\n"
ROWS = [("908001 Educatieve bachelor", "120", "130"), ("908002 Educatieve master", "", ""),
        ("908003 Educatieve graduaat", "55", "60")]


def _text(blank: str, total: tuple[str, str] = ("175", "190")) -> str:
    lines = ["Opleiding 2022 2023"]
    lines += [" ".join([label, a or blank, b or blank]) for label, a, b in ROWS]
    return HEAD + "\n".join([*lines, f"Totaal {total[0]} {total[1]}"]) + "\n"


def _laid_out(blank: str) -> str:
    def line(label: str, a: str, b: str) -> str:
        return label.ljust(30) + a.rjust(6) + b.rjust(7)
    lines = [line("Opleiding", "2022", "2023")]
    lines += [line(label, a or blank, b or blank) for label, a, b in ROWS]
    return HEAD + "\n".join([*lines, line("Totaal", "175", "190")]) + "\n"


def _grid(delimiter: str) -> str:
    rows = [("Opleiding", "2022", "2023"), *ROWS, ("Totaal", "175", "190")]
    if delimiter == "|":
        body = [f"| {' | '.join(r)} |" for r in rows]
        body.insert(1, "|---|---|---|")
        return HEAD + "\n".join(body) + "\n"
    return HEAD + "\n".join(delimiter.join(r) for r in rows) + "\n"


def _xlsx(total: tuple[int, int] = (175, 190)) -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [["Aantal gestarte cursisten in een OKOT-opleiding"], [], ["Opleiding", "2022", "2023"],
                *[[label, int(a) if a else None, int(b) if b else None] for label, a, b in ROWS], ["Totaal", *total]]:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


FORMS = {
    "dashes": lambda: read_text(_text("-"), "a.txt"),
    "n.v.t.": lambda: read_text(_text("n.v.t."), "a.txt"),
    "laid out, dashes": lambda: read_text(_laid_out("-"), "a.txt"),
    "semicolons": lambda: read_text(_grid(";"), "a.csv"),
    "markdown": lambda: read_text(_grid("|"), "a.md"),
    "xlsx": lambda: parse_answer(source_from_bytes(_xlsx(), "a.xlsx")),
}


@pytest.mark.parametrize("form", FORMS)
def test_a_row_without_any_figure_is_a_row_of_blank_cells(form):
    answer = FORMS[form]()
    assert [i for i in answer.issues if i.kind == "unreadable-table"] == []
    (table,) = answer.tables
    assert not table.unresolved
    rows = sorted((c.code, c.period, c.count) for c in table.cells if c.level == "row")
    assert rows == [("908001", "2022", 120), ("908001", "2023", 130), ("908003", "2022", 55), ("908003", "2023", 60)]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


def test_the_totals_of_a_table_with_a_blank_row_are_checked():
    """The blank row counts nothing: a total that is not the sum is still an error."""
    answer = read_text(_text("-", total=("175", "199")), "a.txt")
    errors = [(f.rule, f.period) for f in audit(answer).findings if f.severity == "error"]
    assert errors == [("total-exceeds-parts", "2023")]
    book = parse_answer(source_from_bytes(_xlsx(total=(175, 199)), "a.xlsx"))
    assert [(f.rule, f.period) for f in audit(book).findings if f.severity == "error"] == [("total-exceeds-parts", "2023")]


@pytest.mark.parametrize("line", [
    "908002 Educatieve master",  # no figure and no mark: the counts may be lost (a wrapped label?)
    "908002 Educatieve master -",  # one mark under two periods, in text without positions
])
def test_a_row_whose_marks_do_not_say_every_period_is_still_reported(line):
    text = _text("-").replace("908002 Educatieve master - -", line)
    answer = read_text(text, "a.txt")
    assert [(i.kind, i.reason) for i in answer.issues] == [("unreadable-table", "row-without-counts")]
