""".xlsx annexes and pivot tables as users hold them, round 18 (xlsx18): a total that counts
a row hidden in its sheet says that the hidden row makes up the difference; a compact pivot
of blocks with one row of no block right above its grand total. Each test asserts the exact
cells and findings a correct reader gives."""

from __future__ import annotations

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from generate.xlsx import workbook_bytes  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from test_unseen_xlsx4 import book_of as rows_book  # noqa: E402

TITLE = "Aantal unieke cursisten die een OKOT startten in de zorgsector"
A1 = "900123: Tweedekansonderwijs zorgkundige - 1ste jaar"
A2 = "900611: Professionele bachelor verpleegkunde - 1ste jaar"
A3 = "900124: Tweedekansonderwijs zorgkundige - tweede jaar"


def book_of(rows: list[list], title: str = TITLE, hidden: tuple[int, ...] = ()) -> bytes:
    """The workbook of round 17's tests (a title, an empty row, `rows`), its `hidden` rows hidden."""
    book, sheet = rows_book(rows, title)
    for number in hidden:
        sheet.row_dimensions[number].hidden = True
    return workbook_bytes(book)


def answer_of(data: bytes, name: str = "annex.xlsx"):
    return parse_answer(source_from_bytes(data, name))


def cells_of(answer) -> list[tuple]:
    return [(c.level, c.block or c.province, c.code or c.label, c.period, c.count, c.line)
            for t in answer.tables for c in t.cells]


def found_of(answer, lang: str = "en") -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period, f.stated, f.observed, f.difference)
            for f in audit(answer, lang=lang).findings]


def message(answer, rule: str, lang: str = "en", period: str | None = None) -> str:
    [found] = [f for f in audit(answer, lang=lang).findings if f.rule == rule and (period is None or f.period == period)]
    return found.message.split(": ", 1)[1]  # (without the place: ``sheet 'Blad1', row 7: ``)


# 1. A total that counts a row hidden in its sheet ---------------------------------------------

def test_the_error_of_a_total_that_counts_a_hidden_row_says_the_row_makes_up_the_difference():
    """Main said ``Totaal 2020 is 67 but its rows sum to only 23: 44 persons in the total appear
    in no row; a row is missing or a figure is wrong`` — while the row hidden in the sheet (row
    5, 44 in 2020) is exactly that difference. The error stays (what the reader sees does not
    add up) and says what makes it: the hidden row, with its sheet row, label and figure."""
    answer = answer_of(book_of([["Opleiding", 2019, 2020], [A1, 19, 22], [A3, None, 44], [A2, 59, 1],
                                ["Totaal", 78, 67]], hidden=(5,)))
    assert [(h.row, h.period, h.count) for t in answer.tables for h in t.hidden] == [(5, "2020", 44)]
    assert found_of(answer) == [
        ("column-not-checked", "info", 4, None, None, None, None),
        ("total-exceeds-parts", "error", 7, "2020", 67, 23, 44),
    ]
    assert message(answer, "total-exceeds-parts") == (
        "Totaal 2020 is 67 but its rows shown sum to only 23; the row hidden in the sheet (row 5 '900124: "
        "Tweedekansonderwijs zorgkundige - tweede jaar': 44) makes up the difference of 44 — the total counts a row "
        "the annex's reader does not see — show it, or leave it out of the total")
    assert message(answer, "total-exceeds-parts", "nl") == (
        "Totaal 2020 is 67, maar de getoonde rijen tellen samen maar 23 op; de rij die in het werkblad verborgen is "
        "(rij 5 '900124: Tweedekansonderwijs zorgkundige - tweede jaar': 44) maakt het verschil van 44 goed — het "
        "totaal telt een rij mee die wie de bijlage leest niet ziet — toon ze, of laat ze buiten het totaal")


def test_two_hidden_rows_that_make_up_a_unique_total_are_both_named():
    """Persons may stand in two rows: hidden rows of 20 and 5 make up a difference of 1."""
    answer = answer_of(book_of(
        [["Opleiding", 2019], [A1, 19], [A3, 20], ["900612: Professionele bachelor verpleegkunde - 2de jaar", 5],
         [A2, 59], ["Totaal", 79]], hidden=(5, 6)))
    assert found_of(answer)[1:] == [("total-exceeds-parts", "error", 8, "2019", 79, 78, 1)]
    text = message(answer, "total-exceeds-parts")
    assert "the 2 rows hidden in the sheet (row 5 '900124: Tweedekansonderwijs zorgkundige - tweede jaar': 20; " \
           "row 6 '900612: Professionele bachelor verpleegkunde - 2de jaar': 5) make up the difference of 1" in text
    assert "show them, or leave them out of the total" in text


def test_a_hidden_row_that_does_not_make_up_the_difference_leaves_the_error_as_it_was():
    """44 hidden, 50 missing: something else is missing too; the error is said as before."""
    answer = answer_of(book_of([["Opleiding", 2019, 2020], [A1, 19, 22], [A3, None, 44], [A2, 59, 1],
                                ["Totaal", 78, 73]], hidden=(5,)))
    assert message(answer, "total-exceeds-parts") == (
        "Totaal 2020 is 73 but its rows sum to only 23: 50 persons in the total appear in no row; a row is missing "
        "or a figure is wrong")


def test_a_partition_is_made_up_by_its_hidden_row_exactly():
    """Categories of one attribute add up: the hidden ``X`` row's 4 must be the difference exactly."""
    rows = [["Geslacht", 2021], ["Man", 40], ["X", 4], ["Vrouw", 50], ["Totaal", 94]]
    answer = answer_of(book_of(rows, hidden=(5,)))
    assert found_of(answer)[1:] == [("total-exceeds-parts", "error", 7, "2021", 94, 90, 4)]
    assert "the row hidden in the sheet (row 5 'X': 4) makes up the difference of 4 exactly" in \
        message(answer, "total-exceeds-parts")
    off = answer_of(book_of([*rows[:-1], ["Totaal", 95]], hidden=(5,)))
    assert "hidden in the sheet" not in message(off, "total-exceeds-parts")


def test_a_hidden_row_in_a_province_block_is_named_by_its_block_subtotal_only():
    """The hidden row stands in the Limburg block: Totaal Limburg counts it; Antwerpen's
    subtotal and the grand total over the subtotals hold."""
    rows = [["Provincie", "Opleiding", 2020],
            ["Antwerpen", A1, 19], [None, A2, 59], ["Totaal Antwerpen", None, 78],
            ["Limburg", A1, 10], [None, A3, 7], [None, A2, 20], ["Totaal Limburg", None, 37],
            ["Eindtotaal", None, 115]]
    answer = answer_of(book_of(rows, hidden=(8,)))
    assert [f for f in found_of(answer) if f[0] != "column-not-checked"] == [
        ("total-exceeds-parts", "error", 10, "2020", 37, 30, 7),
    ]
    assert "(row 8 '900124: Tweedekansonderwijs zorgkundige - tweede jaar': 7) makes up the difference of 7" in \
        message(answer, "total-exceeds-parts")


def test_the_hidden_figures_survive_the_cache():
    """A cached audit says the same: the table's hidden figures are stored with it."""
    from okot_audit.cache import answer_from_data, answer_to_data

    answer = answer_of(book_of([["Opleiding", 2019, 2020], [A1, 19, 22], [A3, None, 44], [A2, 59, 1],
                                ["Totaal", 78, 67]], hidden=(5,)))
    again = answer_from_data(answer_to_data(answer))
    assert again.tables[0].hidden == answer.tables[0].hidden != []
    assert [f.message for f in audit(again).findings] == [f.message for f in audit(answer).findings]


def test_a_hidden_row_is_laid_out_in_the_columns_of_the_rows_shown():
    """The reader keeps the hidden row laid out as a shown row would be: its figure stands
    under its own period (2020), not the first."""
    source = source_from_bytes(book_of([["Opleiding", 2019, 2020], [A1, 19, 22], [A3, None, 44], [A2, 59, 1],
                                        ["Totaal", 78, 67]], hidden=(5,)), "annex.xlsx")
    [row] = source.hidden_rows
    header = source.lines[2]
    assert row.text.startswith(A3) and row.text.rstrip().endswith("44")
    assert len(row.text.rstrip()) == len(header.rstrip())


# 2. A compact pivot with a row of no block above its grand total -------------------------------

def _compact_with(extra: list, grand: int) -> list[list]:
    return [["Rijlabels", 2019, 2020],
            ["Man", 78, 22], [A1, 19, 22], [A2, 59, None],
            ["Vrouw", 30, 32], [A1, 10, 11], [A2, 20, 21],
            extra, ["Eindtotaal", grand, 55]]


@pytest.mark.parametrize("form", ["annex.xlsx", "answer.txt"])
def test_a_row_of_no_block_above_a_compact_pivots_grand_total_is_a_block_of_its_own(form):
    """Main read the ``Man`` and ``Vrouw`` heads as rows beside the coded rows once a row of
    no block (``Onbekend``) stood above ``Eindtotaal``: six false ``schema-violation`` and two
    false ``duplicate-row`` errors. The row is an item of the pivot's outer field without
    items below it: a block of its own, its figures its subtotal, a part of the grand total."""
    rows = _compact_with(["Onbekend", 3, 1], 111)
    if form.endswith(".xlsx"):
        answer, first = answer_of(book_of(rows)), 4
    else:
        text = "\n".join(["Antwoord", "", TITLE, ""] + [" ".join(str(v) for v in r if v is not None) for r in rows])
        answer, first = answer_of(text.encode(), form), 6
    a1, a2 = A1[:6], A2[:6]
    assert [(c[0], c[1], c[2] if c[0] == "row" else c[2], c[3], c[4], c[5] - first) for c in cells_of(answer)] == [
        ("subtotal", "man", "Man", "2019", 78, 0), ("subtotal", "man", "Man", "2020", 22, 0),
        ("row", "man", a1, "2019", 19, 1), ("row", "man", a1, "2020", 22, 1), ("row", "man", a2, "2019", 59, 2),
        ("subtotal", "vrouw", "Vrouw", "2019", 30, 3), ("subtotal", "vrouw", "Vrouw", "2020", 32, 3),
        ("row", "vrouw", a1, "2019", 10, 4), ("row", "vrouw", a1, "2020", 11, 4),
        ("row", "vrouw", a2, "2019", 20, 5), ("row", "vrouw", a2, "2020", 21, 5),
        ("subtotal", "onbekend", "Onbekend", "2019", 3, 6), ("subtotal", "onbekend", "Onbekend", "2020", 1, 6),
        ("total", None, "Eindtotaal", "2019", 111, 7), ("total", None, "Eindtotaal", "2020", 55, 7),
    ]
    assert found_of(answer) == []


def test_the_grand_total_is_checked_against_the_row_of_no_block_too():
    """A grand total 3 above the heads and the row of no block together is an error at it (a
    partition of the persons by gender, ``Onbekend`` among them: which figure is wrong is located
    too, as for any total that must add up)."""
    answer = answer_of(book_of(_compact_with(["Onbekend", 3, 1], 114)))
    assert [f for f in found_of(answer) if f[0] not in ("likely-typo", "error-located")] == [
        ("total-exceeds-parts", "error", 11, "2019", 114, 111, 3),
    ]


# 3. Two tables side by side on one sheet ------------------------------------------------------

def _side_by_side(gap: bool) -> list[list]:
    between = [None] if gap else []
    return [["Opleiding", 2019, 2020, *between, "Opleiding", 2021, 2022],
            [A1, 19, 22, *between, A1, 5, 6], [A2, 59, 1, *between, A2, 7, 8],
            ["Totaal", 78, 23, *between, "Totaal", 12, 14]]


@pytest.mark.parametrize("gap", [True, False])
def test_two_tables_side_by_side_on_one_sheet_are_two_tables(gap):
    """Main laid the two tables out on the same lines: the left table's figures (19 22, 59 1,
    78 23) became words of the right table's labels — lost without a word but a false
    ``label-mismatch`` — and only 2021–2022 was read. Each is a table of its own, its cells at
    their sheet rows."""
    answer = answer_of(book_of(_side_by_side(gap)))
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2019", "2020"], ["2021", "2022"]]
    a1, a2 = A1[:6], A2[:6]
    assert cells_of(answer) == [
        ("row", None, a1, "2019", 19, 4), ("row", None, a1, "2020", 22, 4),
        ("row", None, a2, "2019", 59, 5), ("row", None, a2, "2020", 1, 5),
        ("total", None, "Totaal", "2019", 78, 6), ("total", None, "Totaal", "2020", 23, 6),
        ("row", None, a1, "2021", 5, 4), ("row", None, a1, "2022", 6, 4),
        ("row", None, a2, "2021", 7, 5), ("row", None, a2, "2022", 8, 5),
        ("total", None, "Totaal", "2021", 12, 6), ("total", None, "Totaal", "2022", 14, 6),
    ]
    assert found_of(answer) == []


def test_a_wrong_total_of_either_table_is_found_at_its_sheet_row():
    """Main lost the left table's figures: its wrong total (80 over 78) was no finding."""
    rows = _side_by_side(True)
    rows[3][1], rows[3][-1] = 80, 15
    found = found_of(answer_of(book_of(rows)))
    assert [f for f in found if f[0] == "total-exceeds-parts"] == [
        ("total-exceeds-parts", "error", 6, "2019", 80, 78, 2), ("total-exceeds-parts", "error", 6, "2022", 15, 14, 1),
    ]


def test_a_column_of_notes_or_words_beside_the_figures_parts_no_table():
    """A column of words right of the figures with no figures after it (``Opmerking``), or a
    column of words between the years, is no second table: each row stays one line."""
    for rows in ([["Opleiding", 2019, 2020, "Opmerking"], [A1, 19, 22, "nieuw"], [A2, 59, 1, "herzien"],
                  ["Totaal", 78, 23, None]],
                 [["Opleiding", 2019, "Status", 2020], [A1, 19, "nieuw", 22], [A2, 59, "oud", 1],
                  ["Totaal", 78, None, 23]]):
        lines = source_from_bytes(book_of(rows), "annex.xlsx").lines
        assert [line.split()[0] for line in lines[2:]] == ["Opleiding", "900123:", "900611:", "Totaal"]


# 4. A pivot in outline form: heads on lines of their own, each block closed by its subtotal ----

def _outline(closing: str, extra: list | None, grand: int) -> list[list]:
    def close(name: str) -> str:
        return closing.replace("X", name)
    return [["Rijlabels", 2019, 2020],
            ["Man"], [A1, 19, 22], [A2, 59, None], [close("Man"), 78, 22],
            ["Vrouw"], [A1, 10, 11], [A2, 20, 21], [close("Vrouw"), 30, 32],
            *([extra] if extra else []), ["Eindtotaal", grand, 55 if extra else 54]]


def _read_form(rows: list[list], form: str):
    if form.endswith(".xlsx"):
        return answer_of(book_of(rows)), 4
    text = "\n".join(["Antwoord", "", TITLE, ""] + [" ".join(str(v) for v in r if v is not None) for r in rows])
    return answer_of(text.encode(), form), 6


@pytest.mark.parametrize("form", ["annex.xlsx", "answer.txt"])
@pytest.mark.parametrize("closing", ["Totaal X", "X Totaal"])
@pytest.mark.parametrize("extra", [None, ["Onbekend", 3, 1]])
def test_a_pivot_in_outline_form_closes_each_block_by_its_heads_name(form, closing, extra):
    """Excel's outline form prints each item of the outer row field on a line of its own
    (``Man``), its rows below it, and its subtotal last (``Totaal Man``, or ``Man Totaal`` as
    Dutch Excel writes it). Main read ``Totaal Man`` as the table's total — the ``Vrouw`` block
    then an ``unreadable-table`` error of its own — and ``Man Totaal`` as words of a label (its
    figures lost, false ``duplicate-row`` errors). Each is its block's subtotal; a row of no
    block above ``Eindtotaal`` (``Onbekend``) is a row of its own, a part of the grand total."""
    answer, first = _read_form(_outline(closing, extra, 111 if extra else 108), form)
    a1, a2 = A1[:6], A2[:6]
    expected = [
        ("row", "man", a1, "2019", 19, 1), ("row", "man", a1, "2020", 22, 1), ("row", "man", a2, "2019", 59, 2),
        ("subtotal", "man", "Totaal Man", "2019", 78, 3), ("subtotal", "man", "Totaal Man", "2020", 22, 3),
        ("row", "vrouw", a1, "2019", 10, 5), ("row", "vrouw", a1, "2020", 11, 5),
        ("row", "vrouw", a2, "2019", 20, 6), ("row", "vrouw", a2, "2020", 21, 6),
        ("subtotal", "vrouw", "Totaal Vrouw", "2019", 30, 7), ("subtotal", "vrouw", "Totaal Vrouw", "2020", 32, 7),
    ]
    if extra:
        expected += [("row", None, "Onbekend", "2019", 3, 8), ("row", None, "Onbekend", "2020", 1, 8)]
    at = 9 if extra else 8
    expected += [("total", None, "Eindtotaal", "2019", 111 if extra else 108, at),
                 ("total", None, "Eindtotaal", "2020", 55 if extra else 54, at)]
    assert [(c[0], c[1], c[2], c[3], c[4], c[5] - first) for c in cells_of(answer)] == expected
    assert found_of(answer) == []


def test_a_wrong_grand_total_over_outline_blocks_and_a_row_of_no_block_is_an_error():
    answer, _ = _read_form(_outline("Totaal X", ["Onbekend", 3, 1], 114), "annex.xlsx")
    assert [f for f in found_of(answer) if f[0] == "total-exceeds-parts"] == [
        ("total-exceeds-parts", "error", 13, "2019", 114, 111, 3),
    ]


def test_a_total_that_names_no_head_above_it_stays_the_tables_total():
    """``Totaal vrouwen`` with no line ``vrouwen`` above it closes no block."""
    answer = answer_of(book_of([["Opleiding", 2021], [A1, 19], [A2, 59], ["Totaal vrouwen", 78]]))
    assert [c[0] for c in cells_of(answer)] == ["row", "row", "total"]


def test_tables_side_by_side_under_one_caption_of_both_are_two_tables_in_its_order():
    """One caption over the first column for both tables (``… startte (links) en dat slaagde
    (rechts)``): main left them on one line, for the reader to report them as side by side — but
    where their periods differ or their rows are coded, the reader took the right table alone and
    the left table's figures into its labels, silently (xlsx20). Now they are parted as any
    tables side by side are, and the caption names what each counts in its order."""
    book = Workbook()
    for row in [["Het aantal unieke cursisten dat een OKOT startte (links) en dat slaagde (rechts)."],
                ["Provincie", 2021, 2022, "Provincie", 2021, 2022],
                ["Antwerpen", 577, 600, "Antwerpen", 120, 131], ["Limburg", 529, 510, "Limburg", 98, 102],
                ["Totaal", 1100, 1105, "Totaal", 218, 233]]:
        book.active.append(row)
    answer = answer_of(workbook_bytes(book))
    assert answer.issues == []
    assert [(t.measure, [(c.level, c.label, c.period, c.count, c.line) for c in t.cells]) for t in answer.tables] == [
        ("started", [("row", "Antwerpen", "2021", 577, 3), ("row", "Antwerpen", "2022", 600, 3),
                     ("row", "Limburg", "2021", 529, 4), ("row", "Limburg", "2022", 510, 4),
                     ("total", "Totaal", "2021", 1100, 5), ("total", "Totaal", "2022", 1105, 5)]),
        ("graduated", [("row", "Antwerpen", "2021", 120, 3), ("row", "Antwerpen", "2022", 131, 3),
                       ("row", "Limburg", "2021", 98, 4), ("row", "Limburg", "2022", 102, 4),
                       ("total", "Totaal", "2021", 218, 5), ("total", "Totaal", "2022", 233, 5)]),
    ]


def test_tables_side_by_side_each_under_its_own_caption_are_two_tables():
    """``Gestart`` over the left table, ``Geslaagd`` over the right: each says what it counts."""
    rows = [["Gestart", None, None, None, "Geslaagd"],
            ["Opleiding", 2019, 2020, None, "Opleiding", 2019, 2020],
            [A1, 19, 22, None, A3, 5, 6], [A2, 59, 1], ["Totaal", 78, 23, None, "Totaal", 5, 6]]
    answer = answer_of(book_of(rows, title="Aantal unieke cursisten in OKOT's in de zorgsector"))
    assert [(t.measure, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started", ["2019", "2020"]), ("graduated", ["2019", "2020"])]
    assert [(c[0], c[2], c[3], c[4]) for c in cells_of(answer)] == [
        ("row", A1[:6], "2019", 19), ("row", A1[:6], "2020", 22), ("row", A2[:6], "2019", 59),
        ("row", A2[:6], "2020", 1), ("total", "Totaal", "2019", 78), ("total", "Totaal", "2020", 23),
        ("row", A3[:6], "2019", 5), ("row", A3[:6], "2020", 6),
        ("total", "Totaal", "2019", 5), ("total", "Totaal", "2020", 6),
    ]
