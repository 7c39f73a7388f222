"""Excel pivot tables as an answer's ``.xlsx`` annex and as the text an extractor prints of
them (round 16, pivot16b): an English pivot (``Row Labels``, ``Column Labels``, ``Sum of
Aantal``, ``Antwerpen Total``, ``Grand Total`` as the last line and as the last column) read as
the Dutch one is. Each test asserts the exact cells and findings a correct reader gives."""

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


def read(data: bytes, name: str) -> tuple[list[tuple], list[tuple]]:
    answer = parse_answer(source_from_bytes(data, name))
    cells = [(c.level, c.province, c.code, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    found = [(f.rule, f.severity, f.line, f.period, f.province, f.stated, f.observed) for f in audit(answer).findings]
    return cells, found


def _cells(first: int, total_column: bool) -> list[tuple]:
    """The cells of the two province blocks below, their first row at line `first`."""
    periods = ["2019", "2020"] + (["Totaal"] if total_column else [])
    rows = [
        ("row", "Antwerpen", "900123", (19, 22, 40)), ("row", "Antwerpen", "900611", (59, None, 59)),
        ("subtotal", "Antwerpen", None, (78, 22, 99)),
        ("row", "Limburg", "900123", (10, 11, 21)), ("row", "Limburg", "900611", (20, 21, 41)),
        ("subtotal", "Limburg", None, (30, 32, 62)), ("total", None, None, (105, 54, 158)),
    ]
    out = []
    for k, (level, province, code, counts) in enumerate(rows):
        line = first + k
        out += [(level, province, code, p, n, line) for p, n in zip(periods, counts) if n is not None]
    return out


def _findings(first: int, total_column: bool) -> list[tuple]:
    """Unique persons counted twice: in a row's two years (total column), in two provinces."""
    grand = first + 6
    found = [("parts-exceed-total", "info", grand, "2019", None, 105, 108)]
    if total_column:
        found = [
            ("parts-exceed-total", "info", first, "Totaal", "Antwerpen", 40, 41),
            ("parts-exceed-total", "info", first + 2, "Totaal", "Antwerpen", 99, 100),
            *found,
            ("parts-exceed-total", "info", grand, "Totaal", None, 158, 159),
            ("parts-exceed-total", "info", grand, "Totaal", None, 158, 161),
        ]
    return found


def _english_rows(total_column: bool) -> list[list]:
    end = ["Grand Total"] if total_column else []
    return [
        ["Sum of Aantal", None, "Column Labels"],
        ["Row Labels", None, 2019, 2020, *end],
        ["Antwerpen", A1, 19, 22, 40][: 4 + total_column], [None, A2, 59, None, 59][: 4 + total_column],
        ["Antwerpen Total", None, 78, 22, 99][: 4 + total_column],
        ["Limburg", A1, 10, 11, 21][: 4 + total_column], [None, A2, 20, 21, 41][: 4 + total_column],
        ["Limburg Total", None, 30, 32, 62][: 4 + total_column],
        ["Grand Total", None, 105, 54, 158][: 4 + total_column],
    ]


@pytest.mark.parametrize("total_column", [True, False])
def test_an_english_pivot_in_an_annex(total_column):
    """``Grand Total`` is two words: main read the table as unreadable (no total line, no
    closing line for the provinces), ``Antwerpen Total`` as a row and every province as
    Antwerpen — false ``schema-violation``, ``duplicate-row`` and ``unreadable-table`` errors."""
    cells, found = read(workbook(_english_rows(total_column)), "annex.xlsx")
    assert cells == _cells(5, total_column)
    assert found == _findings(5, total_column)


ENGLISH_TEXT = """Antwoord

Aantal unieke cursisten die een OKOT startten in de zorgsector

Sum of Aantal Column Labels
Row Labels 2019 2020 Grand Total
Antwerpen 900123: Tweedekansonderwijs zorgkundige - 1ste jaar 19 22 40
900611: Professionele bachelor verpleegkunde - 1ste jaar 59 59
Antwerpen Total 78 22 99
Limburg 900123: Tweedekansonderwijs zorgkundige - 1ste jaar 10 11 21
900611: Professionele bachelor verpleegkunde - 1ste jaar 20 21 41
Limburg Total 30 32 62
Grand Total 105 54 158
"""


def test_an_english_pivot_in_single_spaced_text():
    """The same pivot as pdftotext prints it without layout."""
    cells, found = read(ENGLISH_TEXT.encode(), "answer.txt")
    assert cells == _cells(7, True)
    assert found == _findings(7, True)


# Province blocks with no closing lines (the pivot's subtotals switched off): the province on
# the first row of its block only (or merged down over its rows), on every row in a column of
# its own, or on a line of its own above its rows. Main read every row for the first province
# named: ``unreadable-table`` ("no closing 'Totaal <province>' line") and, in the last form,
# false ``duplicate-row`` errors for the codes the second province lists again.

_BLOCKS = [("Antwerpen", A1, (19, 22)), ("Antwerpen", A2, (59, None)), ("Limburg", A1, (10, 11)), ("Limburg", A2, (20, 21))]


def _block_cells(lines: list[int], grand: int) -> list[tuple]:
    out = []
    for (province, label, counts), line in zip(_BLOCKS, lines):
        out += [("row", province, label[:6], p, n, line) for p, n in zip(("2019", "2020"), counts) if n is not None]
    return out + [("total", None, None, "2019", 105, grand), ("total", None, None, "2020", 54, grand)]


def _block_findings(grand: int) -> list[tuple]:
    return [("parts-exceed-total", "info", grand, "2019", None, 105, 108)]


@pytest.mark.parametrize("form", ["first row", "every row", "merged down"])
def test_province_blocks_without_closing_lines_in_an_annex(form):
    book = Workbook()
    sheet = book.active
    sheet.append([TITLE])
    sheet.append([])
    sheet.append(["Provincie", "Opleiding", 2019, 2020])
    previous = None
    for province, label, counts in _BLOCKS:
        sheet.append([province if form == "every row" or province != previous else None, label, *counts])
        previous = province
    sheet.append(["Eindtotaal", None, 105, 54])
    if form == "merged down":
        sheet.merge_cells("A4:A5")
        sheet.merge_cells("A6:A7")
    cells, found = read(workbook_bytes(book), "annex.xlsx")
    assert cells == _block_cells([4, 5, 6, 7], 8)
    assert found == _block_findings(8)


NO_CLOSING_TEXT = {
    "first row": """Provincie Opleiding 2019 2020
Antwerpen 900123: Tweedekansonderwijs zorgkundige - 1ste jaar 19 22
900611: Professionele bachelor verpleegkunde - 1ste jaar 59
Limburg 900123: Tweedekansonderwijs zorgkundige - 1ste jaar 10 11
900611: Professionele bachelor verpleegkunde - 1ste jaar 20 21
Eindtotaal 105 54
""",
    "every row, laid out": """Provincie    Opleiding                                                  2019   2020
Antwerpen    900123: Tweedekansonderwijs zorgkundige - 1ste jaar          19     22
Antwerpen    900611: Professionele bachelor verpleegkunde - 1ste jaar     59
Limburg      900123: Tweedekansonderwijs zorgkundige - 1ste jaar          10     11
Limburg      900611: Professionele bachelor verpleegkunde - 1ste jaar     20     21
Eindtotaal                                                               105     54
""",
    "a line of its own": """Rijlabels 2019 2020
Antwerpen
900123: Tweedekansonderwijs zorgkundige - 1ste jaar 19 22
900611: Professionele bachelor verpleegkunde - 1ste jaar 59
Limburg
900123: Tweedekansonderwijs zorgkundige - 1ste jaar 10 11
900611: Professionele bachelor verpleegkunde - 1ste jaar 20 21
Eindtotaal 105 54
""",
}


@pytest.mark.parametrize("form", sorted(NO_CLOSING_TEXT))
def test_province_blocks_without_closing_lines_in_text(form):
    text = "Antwoord\n\n" + TITLE + "\n\n" + NO_CLOSING_TEXT[form]
    cells, found = read(text.encode(), "answer.txt")
    lines = [7, 8, 10, 11] if form == "a line of its own" else [6, 7, 8, 9]
    grand = 12 if form == "a line of its own" else 10
    assert cells == _block_cells(lines, grand)
    assert found == _block_findings(grand)


def test_a_code_twice_in_one_headed_block_is_still_a_duplicate():
    text = "Antwoord\n\n" + TITLE + "\n\n" + NO_CLOSING_TEXT["first row"].replace(
        "900611: Professionele bachelor verpleegkunde - 1ste jaar 59\n",
        "900123: Tweedekansonderwijs zorgkundige - 1ste jaar 59\n", 1)
    answer = parse_answer(source_from_bytes(text.encode(), "answer.txt"))
    found = [(f.rule, f.line, f.province) for f in audit(answer).findings if f.severity == "error"]
    assert found == [("duplicate-row", 7, "Antwerpen")]


# Excel's default compact layout: each block's subtotal on the block's head line, above its rows
# (``Antwerpen  78  22``, then its coded rows indented), the grand total at the bottom. Main read
# the head lines as rows of a table of provinces: false ``schema-violation`` errors for every
# coded row, false ``duplicate-row`` errors for the codes the second province lists again, and
# an Eindtotaal checked against every line above it. The subtotal keeps its line (the line that
# prints it) and is checked against the rows below it.

def _compact_rows(antwerpen: int, limburg: int) -> list[tuple]:
    return [
        ("Antwerpen", (antwerpen, 22)), (A1, (19, 22)), (A2, (59, None)),
        ("Limburg", (limburg, 32)), (A1, (10, 11)), (A2, (20, 21)),
    ]


def _compact_cells(first: int, antwerpen: int = 78, limburg: int = 30) -> list[tuple]:
    out = []
    province = None
    for k, (label, counts) in enumerate(_compact_rows(antwerpen, limburg)):
        level, code = ("row", label[:6]) if label[0].isdigit() else ("subtotal", None)
        province = province if level == "row" else label
        out += [(level, province, code, p, n, first + k) for p, n in zip(("2019", "2020"), counts) if n is not None]
    return out + [("total", None, None, "2019", 105, first + 6), ("total", None, None, "2020", 54, first + 6)]


@pytest.mark.parametrize("words", [("Rijlabels", "Eindtotaal"), ("Row Labels", "Grand Total")])
def test_a_compact_pivot_in_an_annex(words):
    head, grand = words
    rows = [[head, 2019, 2020]] + [[label, *counts] for label, counts in _compact_rows(78, 30)] + [[grand, 105, 54]]
    cells, found = read(workbook(rows), "annex.xlsx")
    assert cells == _compact_cells(4)
    assert found == [("parts-exceed-total", "info", 10, "2019", None, 105, 108)]


COMPACT_TEXT = """Antwoord

Aantal unieke cursisten die een OKOT startten in de zorgsector

Rijlabels                                                        2019   2020
Antwerpen                                                          {a}     22
  900123: Tweedekansonderwijs zorgkundige - 1ste jaar              19     22
  900611: Professionele bachelor verpleegkunde - 1ste jaar         59
Limburg                                                            {l}     32
  900123: Tweedekansonderwijs zorgkundige - 1ste jaar              10     11
  900611: Professionele bachelor verpleegkunde - 1ste jaar         20     21
Eindtotaal                                                        105     54
"""


def test_a_compact_pivot_in_laid_out_text():
    cells, found = read(COMPACT_TEXT.format(a=78, l=30).encode(), "answer.txt")
    assert cells == _compact_cells(6)
    assert found == [("parts-exceed-total", "info", 12, "2019", None, 105, 108)]


def test_a_compact_pivot_in_single_spaced_text():
    text = "\n".join(" ".join(line.split()) for line in COMPACT_TEXT.format(a=78, l=30).splitlines())
    # (``59`` alone: its period is the one its block's subtotal, above it, leaves room for)
    cells, found = read(text.encode(), "answer.txt")
    assert cells == _compact_cells(6)
    assert found == [("parts-exceed-total", "info", 12, "2019", None, 105, 108)]


def test_a_compact_pivots_subtotals_are_checked_against_the_rows_below_them():
    """Antwerpen's 70 is below its rows' 78 (8 persons in two rows); Limburg's 40 above its
    rows' 30 (an error): each subtotal at its own line, against its own block's rows."""
    cells, found = read(COMPACT_TEXT.format(a=70, l=40).encode(), "answer.txt")
    assert cells == _compact_cells(6, 70, 40)
    assert [f for f in found if f[0] != "double-count-outlier"] == [
        ("parts-exceed-total", "info", 6, "2019", "Antwerpen", 70, 78),
        ("total-exceeds-parts", "error", 9, "2019", "Limburg", 40, 30),
        ("error-located", "info", 10, "2019", "Limburg", 10, None),
        ("error-located", "info", 11, "2019", "Limburg", 20, None),
        ("parts-exceed-total", "info", 12, "2019", None, 105, 110),
    ]


@pytest.mark.parametrize("item", ["(blank)", "(leeg)"])
def test_a_pivots_empty_item_with_figures_is_a_row(item):
    """The persons whose field is empty, as a pivot table lists them below the coded rows: a
    row without code. Main left its figures as a ``stray-number`` and checked the total
    against the coded rows alone (false ``total-exceeds-parts`` errors)."""
    rows = [
        ["Row Labels", 2019, 2020, "Grand Total"], [A1, 19, 22, 40], [A2, 59, 1, 59], [item, 3, 4, 7],
        ["Grand Total", 80, 26, 105],
    ]
    cells, found = read(workbook(rows), "annex.xlsx")
    assert [c for c in cells if c[2] is None and c[0] == "row"] == [
        ("row", None, None, "2019", 3, 6), ("row", None, None, "2020", 4, 6), ("row", None, None, "Totaal", 7, 6),
    ]
    assert [f for f in found if f[0] != "parts-exceed-total"] == []
    assert [(f[2], f[3], f[5], f[6]) for f in found if f[2] == 7] == [
        (7, "2019", 80, 81), (7, "2020", 26, 27), (7, "Totaal", 105, 106), (7, "Totaal", 105, 106),
    ]


SECTOR_TEXT = """Antwoord

Aantal unieke cursisten die een OKOT startten

Rijlabels 2019 2020
Zorg 78 22
900123: Tweedekansonderwijs zorgkundige - 1ste jaar 19 22
900611: Professionele bachelor verpleegkunde - 1ste jaar 59 0
Onderwijs 30 32
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 10 11
908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 20 21
Eindtotaal 105 54
"""


def test_a_compact_pivots_sector_blocks():
    """Sector blocks in the compact layout: each sector's subtotal on its head line is checked
    against its own rows (Zorg's 78 against 19 + 59), not against the block above it."""
    answer = parse_answer(source_from_bytes(SECTOR_TEXT.encode(), "answer.txt"))
    cells = [(c.level, c.block, c.code, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    assert [c for c in cells if c[0] != "row"] == [
        ("subtotal", "zorg", None, "2019", 78, 6), ("subtotal", "zorg", None, "2020", 22, 6),
        ("subtotal", "onderwijs", None, "2019", 30, 9), ("subtotal", "onderwijs", None, "2020", 32, 9),
        ("total", None, None, "2019", 105, 12), ("total", None, None, "2020", 54, 12),
    ]
    assert {c[1] for c in cells if c[0] == "row" and c[2].startswith("900")} == {"zorg"}
    assert {c[1] for c in cells if c[0] == "row" and c[2].startswith("908")} == {"onderwijs"}
    found = [(f.rule, f.severity, f.line, f.period, f.stated, f.observed) for f in audit(answer).findings]
    assert found == [("parts-exceed-total", "info", 12, "2019", 105, 108)]
