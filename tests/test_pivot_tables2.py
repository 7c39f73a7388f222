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

from test_pivot_tables import workbook  # noqa: E402  (the pivot's sheet, as round 16 builds it)

TITLE = "Aantal unieke cursisten die een OKOT startten in de zorgsector"
A1 = "900123: Tweedekansonderwijs zorgkundige - 1ste jaar"
A2 = "900611: Professionele bachelor verpleegkunde - 1ste jaar"


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


# 2. A compact pivot whose head lines are no provinces nor sectors -----------------------------

def _compact(heads: list[str], grand: tuple[int, int]) -> list[list]:
    """Excel's compact layout: each head line carries its block's subtotal, its rows below."""
    return [
        ["Rijlabels", 2019, 2020],
        [heads[0], 78, 22], [A1, 19, 22], [A2, 59, None],
        [heads[1], 30, 32], [A1, 10, 11], [A2, 20, 21],
        ["Eindtotaal", *grand],
    ]


def _compact_cells(heads: list[str], first: int, grand: tuple[int, int]) -> list[tuple]:
    a, b = (h.lower() for h in heads)
    return [
        ("subtotal", a, None, heads[0], "2019", 78, first), ("subtotal", a, None, heads[0], "2020", 22, first),
        ("row", a, "900123", A1[8:], "2019", 19, first + 1), ("row", a, "900123", A1[8:], "2020", 22, first + 1),
        ("row", a, "900611", A2[8:], "2019", 59, first + 2),
        ("subtotal", b, None, heads[1], "2019", 30, first + 3), ("subtotal", b, None, heads[1], "2020", 32, first + 3),
        ("row", b, "900123", A1[8:], "2019", 10, first + 4), ("row", b, "900123", A1[8:], "2020", 11, first + 4),
        ("row", b, "900611", A2[8:], "2019", 20, first + 5), ("row", b, "900611", A2[8:], "2020", 21, first + 5),
        ("total", None, None, "Eindtotaal", "2019", grand[0], first + 6),
        ("total", None, None, "Eindtotaal", "2020", grand[1], first + 6),
    ]


@pytest.mark.parametrize("form", ["annex.xlsx", "answer.txt"])
@pytest.mark.parametrize("heads", [["Man", "Vrouw"], ["-25 jaar", "25-54 jaar"],
                                   ["Graduaat orthopedagogie", "Bachelor verpleegkunde"]])
def test_a_compact_pivots_blocks_headed_by_categories_or_programmes(heads, form):
    """Main read the head lines as rows beside the coded rows: false ``schema-violation``
    errors on every coded row, false ``duplicate-row`` errors for the codes the second block
    lists again, and the grand total checked against heads and rows together. Each head is its
    block's subtotal, checked against the rows below it; the grand total against the heads."""
    grand = (108, 54)
    data = workbook(_compact(heads, grand)) if form.endswith(".xlsx") else text_of(_compact(heads, grand))
    cells, found = read(data, form)
    assert cells == _compact_cells(heads, 4 if form.endswith(".xlsx") else 6, grand)
    assert found == []


@pytest.mark.parametrize("heads, severity", [(["Man", "Vrouw"], "error"),
                                             (["Graduaat orthopedagogie", "Bachelor verpleegkunde"], "info")])
def test_a_grand_total_over_blocks_of_one_attribute_is_a_partition(heads, severity):
    """Blocks headed by gender split the persons: the grand total must be their sum exactly (3
    persons more in the blocks is an error); blocks headed by programmes may share persons."""
    cells, found = read(workbook(_compact(heads, (105, 54))), "annex.xlsx")
    assert [(f[0], f[1], f[2], f[3], f[4], f[5]) for f in found if f[0] == "parts-exceed-total"] == [
        ("parts-exceed-total", severity, 10, "2019", 105, 108),
    ]
    assert {c[-1] for c in cells if c[0] == "total"} == {10}


PROGRAMME_HEADS = """Antwoord

Aantal unieke cursisten die een OKOT startten

Rijlabels                  2019   2020
Graduaat orthopedagogie     110    131
  Antwerpen                  50     60
  Limburg                    60     71
Bachelor verpleegkunde       59      2
  Antwerpen                  30      1
  Limburg                    {l}      1
Eindtotaal                  169    133
"""


@pytest.mark.parametrize("form", ["answer.txt", "annex.xlsx"])
def test_a_compact_pivot_of_programmes_over_provinces(form):
    """Programme heads over province rows: each province row belongs to its programme's block
    (Antwerpen twice is no duplicate); a block's subtotal is checked against its own rows
    (Bachelor verpleegkunde's 59 against 30 + 35: 6 persons in two provinces)."""
    text = PROGRAMME_HEADS.format(l=35)
    if form.endswith(".xlsx"):
        rows = [line.split("  ") for line in text.splitlines()[4:]]
        rows = [[w.strip() for w in r if w.strip()] for r in rows]
        data = workbook([[r[0], *(int(v) if v.isdigit() else v for v in r[1:])] for r in rows],
                        "Aantal unieke cursisten die een OKOT startten")
        first = 3
    else:
        data, first = text.encode(), 5
    cells, found = read(data, form)
    assert [(c[0], c[1], c[3], c[4], c[5]) for c in cells if c[4] == "2019"] == [
        ("subtotal", "graduaat orthopedagogie", "Graduaat orthopedagogie", "2019", 110),
        ("row", "Antwerpen", "Antwerpen", "2019", 50), ("row", "Limburg", "Limburg", "2019", 60),
        ("subtotal", "bachelor verpleegkunde", "Bachelor verpleegkunde", "2019", 59),
        ("row", "Antwerpen", "Antwerpen", "2019", 30), ("row", "Limburg", "Limburg", "2019", 35),
        ("total", None, "Eindtotaal", "2019", 169),
    ]
    assert [f for f in found if f[0] != "double-count-outlier"] == [
        ("parts-exceed-total", "info", first + 4, "2019", 59, 65),
    ]


def test_one_row_of_other_words_above_coded_rows_is_no_block():
    """A single uncoded row above coded rows (a row whose code was lost) heads no block."""
    rows = [["Rijlabels", 2019, 2020], ["Graduaat orthopedagogie", 8, 2], [A1, 19, 22], [A2, 59, None],
            ["Eindtotaal", 86, 24]]
    cells, found = read(workbook(rows), "annex.xlsx")
    assert {c[0] for c in cells} == {"row", "total"}


# Two row fields in the tabular layout, filters, value headers, ``Totaal van …`` -----------------

NAMES = {"900123": A1[8:], "900611": A2[8:]}


def _tabular(repeat: bool, code_as_number: bool, closing: str = "{} Totaal") -> list[list]:
    rows = [["Provincie", "Code", "Opleiding", 2019, 2020, "Eindtotaal"]]
    for province, counts in (("Antwerpen", ((19, 22, 40), (59, None, 59), (77, 22, 98))),
                             ("Limburg", ((10, 11, 21), (20, 21, 41), (30, 32, 62)))):
        for k, code in enumerate(NAMES):
            shown = province if repeat or k == 0 else None
            rows.append([shown, int(code) if code_as_number else code, NAMES[code], *counts[k]])
        rows.append([closing.format(province), None, None, *counts[2]])
    return rows + [["Eindtotaal", None, None, 107, 54, 160]]


def _tabular_cells() -> list[tuple]:
    out = []
    line = 4
    for province, counts in (("Antwerpen", ((19, 22, 40), (59, None, 59), (77, 22, 98))),
                             ("Limburg", ((10, 11, 21), (20, 21, 41), (30, 32, 62)))):
        for k, code in enumerate([*NAMES, None]):
            level, label = ("row", NAMES[code]) if code else ("subtotal", f"Totaal {province}")
            out += [(level, province, code, label, p, n, line)
                    for p, n in zip(("2019", "2020", "Totaal"), counts[k]) if n is not None]
            line += 1
    return out + [("total", None, None, "Eindtotaal", p, n, line) for p, n in zip(("2019", "2020", "Totaal"), (107, 54, 160))]


@pytest.mark.parametrize("repeat", [True, False], ids=["province repeated", "province on first row"])
@pytest.mark.parametrize("code_as_number", [False, True])
def test_two_row_fields_in_the_tabular_layout_with_a_code_column(repeat, code_as_number):
    """Province and code each in a column of their own, the label in a third, ``Antwerpen
    Totaal`` closing each block and ``Eindtotaal`` as the last line and column: read so already
    (kept so)."""
    cells, found = read(workbook(_tabular(repeat, code_as_number)), "annex.xlsx")
    assert [c if c[0] != "subtotal" else c[:3] + ("Totaal " + c[1],) + c[4:] for c in cells] == _tabular_cells()
    assert {f[0] for f in found} == {"parts-exceed-total"}
    assert all(f[1] == "info" for f in found)


def test_a_block_closed_by_totaal_van_province():
    """``Totaal van Antwerpen`` closes Antwerpen's block as ``Totaal Antwerpen`` does. Main read
    it as a total line of no block: false ``duplicate-row`` errors for the codes Limburg lists
    again, and ``Totaal van Limburg`` checked against Antwerpen's total (a false
    ``total-below-largest-part`` error)."""
    cells, found = read(workbook(_tabular(False, False, "Totaal van {}")), "annex.xlsx")
    assert [(c[0], c[1], c[4], c[5], c[6]) for c in cells if c[0] == "subtotal" and c[4] == "2019"] == [
        ("subtotal", "Antwerpen", "2019", 77, 6), ("subtotal", "Limburg", "2019", 30, 9),
    ]
    assert {f[0] for f in found} == {"parts-exceed-total"}
    assert all(f[1] == "info" for f in found)


def test_a_sector_block_closed_by_totaal_van_sector():
    rows = [["Opleiding", 2019, 2020], ["Zorg"], [A1, 19, 22], [A2, 59, 1], ["Totaal van zorg", 78, 23],
            ["Eindtotaal", 78, 23]]
    cells, found = read(workbook(rows), "annex.xlsx")
    assert [(c[0], c[1], c[5]) for c in cells if c[0] != "row" and c[4] == "2019"] == [
        ("subtotal", "zorg", 78), ("total", None, 78),
    ]
    assert found == []


FILTERED = [["Jaar", "(Alle)"], ["Provincie", "(Meerdere items)"], ["Sector", "zorg"], [],
            ["{value}", "Kolomlabels"], ["Rijlabels", 2019, 2020, "Eindtotaal"], [A1, 19, 22, 40], [A2, 59, 1, 59],
            ["Eindtotaal", 78, 23, 99]]


@pytest.mark.parametrize("value", ["Som van aantal", "Aantal van cursist", "Totaal van aantal", "Sum of Aantal"])
@pytest.mark.parametrize("filters", [True, False])
def test_report_filters_and_the_value_header_above_a_pivot_are_no_rows(value, filters):
    """The report filters Excel prints above a pivot (``Jaar (Alle)``, ``Provincie (Meerdere
    items)``) and the value field's header are no rows, no cells and no findings (kept so)."""
    rows = [[value if v == "{value}" else v for v in row] for row in (FILTERED if filters else FILTERED[4:])]
    cells, found = read(workbook(rows), "annex.xlsx")
    first = 9 if filters else 5
    assert [(c[0], c[2], c[4], c[5], c[6]) for c in cells] == [
        ("row", "900123", "2019", 19, first), ("row", "900123", "2020", 22, first),
        ("row", "900123", "Totaal", 40, first),
        ("row", "900611", "2019", 59, first + 1), ("row", "900611", "2020", 1, first + 1),
        ("row", "900611", "Totaal", 59, first + 1),
        ("total", None, "2019", 78, first + 2), ("total", None, "2020", 23, first + 2),
        ("total", None, "Totaal", 99, first + 2),
    ]
    assert {f[0] for f in found} == {"parts-exceed-total"}


# Column fields two levels deep: a year over the persons' gender ----------------------------------

def _two_levels(head: str, value_line: bool, grand_column: bool, first_total: int = 41) -> list[list]:
    rows = [["Som van aantal", "Kolomlabels"]] if value_line else []
    rows.append([None, 2019, None, 2020, None] + (["Eindtotaal"] if grand_column else []))
    rows.append([head, "Man", "Vrouw", "Man", "Vrouw"])
    data = [[A1, 9, 10, 12, 10, first_total], [A2, 30, 29, 1, None, 60],
            ["Eindtotaal", 39, 39, 13, 10, 101 - 41 + first_total]]
    return rows + [r if grand_column else r[:5] for r in data]


@pytest.mark.parametrize("value_line", [False, True])
@pytest.mark.parametrize("grand_column", [False, True])
@pytest.mark.parametrize("head", ["Rijlabels", "Opleiding"])
def test_column_fields_two_levels_deep(head, value_line, grand_column):
    """A pivot with the year as its outer column field and the gender as its inner: ``Man
    Vrouw`` under each year, perhaps ``Eindtotaal`` after them with no name under it. Main read
    no column of it under ``Rijlabels`` nor with ``Eindtotaal`` (three ``unreadable-table``
    errors: more figures than periods). A table per gender over the years, and the grand
    column a table of its own (period ``Totaal``), each of its figures checked against every
    column of its line: unique persons (41 = 9 + 10 + 12 + 10)."""
    answer = parse_answer(source_from_bytes(workbook(_two_levels(head, value_line, grand_column)), "annex.xlsx"))
    first = 6 if value_line else 5
    assert [(t.column, [p.label for p in t.periods]) for t in answer.tables] == [
        ("Man", ["2019", "2020"]), ("Vrouw", ["2019", "2020"]), *([("Totaal", ["Totaal"])] if grand_column else []),
    ]
    man = [(c.level, c.code, c.period, c.count, c.line) for c in answer.tables[0].cells]
    assert man == [("row", "900123", "2019", 9, first), ("row", "900123", "2020", 12, first),
                   ("row", "900611", "2019", 30, first + 1), ("row", "900611", "2020", 1, first + 1),
                   ("total", None, "2019", 39, first + 2), ("total", None, "2020", 13, first + 2)]
    if grand_column:
        assert [(c.level, c.period, c.count, c.line) for c in answer.tables[2].cells] == [
            ("row", "Totaal", 41, first), ("row", "Totaal", 60, first + 1), ("total", "Totaal", 101, first + 2),
        ]
    assert audit(answer).findings == []


def test_a_grand_column_over_two_levels_is_checked_against_its_lines_columns():
    answer = parse_answer(source_from_bytes(workbook(_two_levels("Rijlabels", True, True, 38)), "annex.xlsx"))
    found = [(f.rule, f.severity, f.line, f.stated, f.observed) for f in audit(answer).findings]
    assert ("parts-exceed-total", "info", 6, 38, 41) in found
    [info] = [f for f in audit(answer).findings if f.line == 6 and f.rule == "parts-exceed-total"]
    assert "the Totaal column of Tweedekansonderwijs zorgkundige - 1ste jaar counts 38 unique persons; its " \
           "columns sum to 41: 3 persons counted in more than one column" in info.message


@pytest.mark.parametrize("spacing", ["laid out", "single-spaced"])
def test_column_fields_two_levels_deep_in_text(spacing):
    """The same pivot as an extractor prints it, laid out or one space apart."""
    laid = source_from_bytes(workbook(_two_levels("Rijlabels", True, True, 38)), "annex.xlsx").lines
    lines = ["Antwoord", "", *laid]
    if spacing == "single-spaced":
        lines = [" ".join(line.split()) for line in lines]
    answer = parse_answer(source_from_bytes(("\n".join(lines) + "\n").encode(), "answer.txt"))
    assert [(t.column, [p.label for p in t.periods]) for t in answer.tables] == [
        ("Man", ["2019", "2020"]), ("Vrouw", ["2019", "2020"]), ("Totaal", ["Totaal"]),
    ]
    found = [(f.rule, f.line, f.stated, f.observed) for f in audit(answer).findings if f.rule == "parts-exceed-total"]
    assert found == [("parts-exceed-total", 8, 38, 41), ("parts-exceed-total", 10, 98, 101)]
