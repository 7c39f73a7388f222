""".xlsx annexes, HTML answers and delimited text as users hold them, round 20 (xlsx20). Each
test asserts the exact cells and findings a correct reader gives; each failed on main."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import audit
from okot_audit.parse import parse_answer, read_text
from okot_audit.source import source_from_bytes

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from generate.xlsx import workbook_bytes  # noqa: E402
from openpyxl import Workbook  # noqa: E402

A1 = "900123: Tweedekansonderwijs zorgkundige - 1ste jaar"
A2 = "900611: Professionele bachelor verpleegkunde - 1ste jaar"
A3 = "900124: Tweedekansonderwijs zorgkundige - tweede jaar"
TITLE = "Aantal unieke cursisten die een OKOT startten in de zorgsector"


def sheet_of(rows: list[list], hidden_rows: tuple[int, ...] = ()) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    for row in hidden_rows:
        book.active.row_dimensions[row].hidden = True
    return workbook_bytes(book)


def answer_of(data: bytes, name: str = "annex.xlsx"):
    return parse_answer(source_from_bytes(data, name))


def text_of(rows: list[list], sep: str = " ") -> str:
    return "\n".join(sep.join(str(v) for v in row if v is not None) for row in rows) + "\n"


def answer_in(form: str, rows: list[list]):
    """The answer of `rows` as an ``.xlsx`` sheet, or as text with single spaces."""
    return answer_of(sheet_of(rows)) if form == "xlsx" else read_text(text_of(rows), "answer.txt")


def cells_of(answer) -> list[tuple]:
    return [(c.level, c.block, c.code or c.label, c.period, c.count, c.line, c.semantics)
            for t in answer.tables for c in t.cells]


def found_of(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period, f.stated, f.observed, f.difference)
            for f in audit(answer).findings]


def checks_of(answer) -> list[tuple]:
    """The findings of the totals alone (which figure is wrong aside)."""
    return [f for f in found_of(answer) if f[0] not in ("likely-typo", "error-located")]


# 1. Rows of no block (``Onbekend``, ``Niet gekend``) beside gender blocks ------------------------

def _compact(tail: list[list], grand: tuple[int, int]) -> list[list]:
    """A compact pivot: ``Man`` / ``Vrouw`` heads with their subtotals over coded rows, then rows
    of no block, then ``Eindtotaal``."""
    return [[TITLE], [], ["Rijlabels", 2019, 2020],
            ["Man", 78, 22], [A1, 19, 22], [A2, 59, None],
            ["Vrouw", 30, 32], [A1, 10, 11], [A2, 20, 21],
            *tail, ["Eindtotaal", *grand]]


TAILS = {"one": [["Onbekend", 3, 1]], "two": [["Onbekend", 3, 1], ["Niet gekend", 2, 4]]}


@pytest.mark.parametrize("form", ["xlsx", "text"])
@pytest.mark.parametrize("tail", TAILS.values(), ids=TAILS.keys())
def test_a_grand_total_over_gender_blocks_and_unknowns_is_a_partition(form, tail):
    """Main read the grand total over ``Man`` / ``Vrouw`` blocks as a partition (each person has
    one gender), but once a row of no block stood beside them (``Onbekend``: persons whose gender
    is not known) as one of unique persons: a grand total 2 below its parts was 'persons counted
    in two blocks' (info) instead of an error. ``Onbekend`` is a value of the same attribute."""
    grand = (108 + sum(r[1] for r in tail) - 2, 54 + sum(r[2] for r in tail))
    answer = answer_in(form, _compact(tail, grand))
    assert {c[6] for c in cells_of(answer) if c[0] == "total"} == {"additive"}
    line = 10 + len(tail)  # (text: the sheet's rows as lines)
    assert checks_of(answer) == [("parts-exceed-total", "error", line, "2019", grand[0], grand[0] + 2, 2)]
    [message] = [f.message for f in audit(answer).findings if f.rule == "parts-exceed-total"]
    assert "every person has one gender" in message


def test_a_grand_total_over_unknowns_alone_stays_as_it_was():
    """Blocks that are all of persons whose value is not known (``Onbekend``, ``Niet gekend``)
    are read as before: their grand total is checked as a partition (a guard)."""
    rows = [[TITLE], [], ["Rijlabels", 2019], ["Onbekend", 30], [A1, 19], [A2, 11],
            ["Niet gekend", 20], [A1, 10], [A2, 10], ["Eindtotaal", 48]]
    answer = answer_of(sheet_of(rows))
    assert checks_of(answer) == [("parts-exceed-total", "error", 10, "2019", 48, 50, 2)]


def _closed(tail: list[list], grand: tuple[int, int]) -> list[list]:
    """Blocks in outline form: ``Man`` alone above its rows, closed by ``Totaal man``; then rows
    of no block and the grand total."""
    return [["Aantal unieke gestarte cursisten"], [], ["Opleiding", 2021, 2022],
            ["Man"], [A1, 20, 30], [A2, 40, 50], ["Totaal man", 60, 80],
            ["Vrouw"], [A1, 25, 35], [A2, 45, 55], ["Totaal vrouw", 70, 90],
            *tail, ["Totaal", *grand]]


@pytest.mark.parametrize("form", ["xlsx", "text"])
def test_two_rows_of_no_block_after_closed_blocks_are_rows(form):
    """Main read one such row (``Onbekend 3 4``) after the last ``Totaal vrouw`` as a row the
    grand total counts, but two made both lines stray numbers (warnings) and the grand total
    'above its subtotals' an error. Now each is a row of its own, counted by the grand total."""
    tail = [["Onbekend", 3, 4], ["Niet gekend", 1, 2]]
    answer = answer_in(form, _closed(tail, (134, 176)))
    first = 12  # (text: the sheet's rows as lines)
    assert [c[:6] for c in cells_of(answer) if c[0] != "row" or c[1] is None] == [
        ("subtotal", "man", "Totaal man", "2021", 60, first - 5), ("subtotal", "man", "Totaal man", "2022", 80, first - 5),
        ("subtotal", "vrouw", "Totaal vrouw", "2021", 70, first - 1),
        ("subtotal", "vrouw", "Totaal vrouw", "2022", 90, first - 1),
        ("row", None, "Onbekend", "2021", 3, first), ("row", None, "Onbekend", "2022", 4, first),
        ("row", None, "Niet gekend", "2021", 1, first + 1), ("row", None, "Niet gekend", "2022", 2, first + 1),
        ("total", None, "Totaal", "2021", 134, first + 2), ("total", None, "Totaal", "2022", 176, first + 2),
    ]
    assert found_of(answer) == []


def test_a_grand_total_off_the_closed_blocks_and_rows_of_no_block_is_an_error():
    """The grand total is checked against both blocks and both rows of no block, exactly."""
    answer = answer_of(sheet_of(_closed([["Onbekend", 3, 4], ["Niet gekend", 1, 2]], (135, 176))))
    assert checks_of(answer) == [("total-exceeds-parts", "error", 14, "2021", 135, 134, 1)]


# 2. Tables side by side under one caption -----------------------------------------------------

def _beside(caption: str, left: tuple[int, int], right: tuple[int, int], label: str = "Opleiding") -> list[list]:
    rows = [[A1, 20, 30], [A2, 40, 50], ["Totaal", 58, 78]] if label == "Opleiding" else \
        [["Antwerpen", 20, 30], ["Limburg", 40, 50], ["Totaal", 58, 78]]
    return [[caption], [label, *left, None, label, *right],
            *[[a, b, c, None, a, b + 1, c + 1] for a, b, c in rows]]


@pytest.mark.parametrize("label", ["Opleiding", "Provincie"])
def test_tables_side_by_side_under_one_caption_with_other_periods_are_two_tables(label):
    """``Opleiding 2019 2020`` and, beside it, ``Opleiding 2021 2022`` under one caption (the
    years asked for, in two halves): main left them on one line, where the reader took the right
    table alone and the left table's figures into its labels (or its rows' names), silently:
    2019 and 2020 were lost. Now each is a table of its own, of the caption's measure."""
    rows = _beside("Aantal unieke gestarte cursisten per opleiding", (2019, 2020), (2021, 2022), label)
    answer = answer_of(sheet_of(rows))
    assert answer.issues == []
    assert [(t.measure, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started", ["2019", "2020"]), ("started", ["2021", "2022"])]
    names = [A1[:6], A2[:6]] if label == "Opleiding" else ["Antwerpen", "Limburg"]
    for table, shift in zip(answer.tables, (0, 1)):
        years = [p.label for p in table.periods]
        assert [(c.level, c.code or c.label, c.period, c.count, c.line) for c in table.cells] == [
            ("row", names[0], years[0], 20 + shift, 3), ("row", names[0], years[1], 30 + shift, 3),
            ("row", names[1], years[0], 40 + shift, 4), ("row", names[1], years[1], 50 + shift, 4),
            ("total", "Totaal", years[0], 58 + shift, 5), ("total", "Totaal", years[1], 78 + shift, 5),
        ]


@pytest.mark.parametrize("label", ["Opleiding", "Provincie"])
def test_text_of_tables_side_by_side_with_other_periods_is_reported_unread(label):
    """The same tables as text (an extractor's lines: ``Opleiding 2019 2020 Opleiding 2021 2022``):
    main read the right table alone and lost the left one's figures without a word; now it is
    ``unreadable-table`` (side-by-side), as with the same periods on both sides."""
    rows = _beside("Aantal unieke gestarte cursisten per opleiding", (2019, 2020), (2021, 2022), label)
    answer = read_text(text_of(rows, "   "), "answer.txt")
    assert answer.tables == []
    assert [(i.kind, i.reason, i.line) for i in answer.issues] == [("unreadable-table", "side-by-side", 1)]
    [message] = [f.message for f in audit(answer).findings]
    assert f"two headers side by side, the first '{label} 2019 2020'" in message


def test_a_header_with_a_total_column_beside_other_periods_is_no_two_tables():
    """``Opleiding 2019 2020 Totaal 2021``-like headers are no side-by-side tables unless the
    words before both sets of periods are the same (a guard: the rows' figures decide nothing)."""
    text = ("Aantal unieke gestarte cursisten\n\nOpleiding 2019 2020 Gestart 2021 2022\n"
            f"{A1} 20 30 21 31\n{A2} 40 50 41 51\nTotaal 58 78 60 80\n")
    answer = read_text(text, "answer.txt")
    assert all(i.reason != "side-by-side" for i in answer.issues)


# 3. A hidden header row -----------------------------------------------------------------------

BODY = [[A1, 20, 30], [A2, 40, 50], ["Totaal", 58, 78]]


@pytest.mark.parametrize("header", [["Opleiding", 2021, 2022], [None, 2021, 2022], ["Opleiding", "2021", "2022*"],
                                    ["Opleiding", "2020-2021", "2021-2022"]],
                         ids=["years", "no-label", "text", "school-years"])
def test_a_hidden_header_row_is_the_tables_header(header):
    """A header row hidden in its sheet (tidied away by a statistician): main left it out, so
    the table was ``unreadable-table`` (no period) and its periods were reported as a hidden
    row's 'figures'. A header holds no figure: it is read as the table's header."""
    answer = answer_of(sheet_of([["Aantal unieke gestarte cursisten"], [], header, *BODY], hidden_rows=(3,)))
    assert answer.issues == []
    years = [p.label for t in answer.tables for p in t.periods]
    assert years == [str(v).rstrip("*") for v in header[1:]]
    assert [(c.level, c.code or c.label, c.count, c.line) for t in answer.tables for c in t.cells] == [
        ("row", A1[:6], 20, 4), ("row", A1[:6], 30, 4), ("row", A2[:6], 40, 5), ("row", A2[:6], 50, 5),
        ("total", "Totaal", 58, 6), ("total", "Totaal", 78, 6),
    ]


def test_a_hidden_row_below_a_header_shown_stays_hidden():
    """A hidden row of figures that read as years (``Totaal 2019 2034``) under the header shown
    is a row left out as before, never a second header (a guard)."""
    rows = [["Aantal unieke gestarte cursisten"], [], ["Opleiding", 2021, 2022], [A1, 2019, 2034], *BODY]
    answer = answer_of(sheet_of(rows, hidden_rows=(4,)))
    assert [(i.kind, i.reason) for i in answer.issues] == [("column-not-checked", "hidden-rows")]
    assert [p.label for t in answer.tables for p in t.periods] == ["2021", "2022"]


# 4. An empty row inside a table ----------------------------------------------------------------

PROVINCES = [["Antwerpen", 10, 20, 5], ["Limburg", None, 30, 7], ["Totaal", 10, 50, 12]]
HEADER = ["Provincie", 2020, 2021, 2022]


@pytest.mark.parametrize("rows", [
    [HEADER, PROVINCES[0], [], *PROVINCES[1:]],  # among the rows
    [HEADER, [], *PROVINCES],  # below the header
    [HEADER, PROVINCES[0], [], [], PROVINCES[1], [], PROVINCES[2]],  # two gaps, two empty rows in one
], ids=["among-rows", "below-header", "two-gaps"])
def test_an_empty_row_inside_a_table_keeps_the_columns(rows):
    """Each run of rows between empty rows was laid out in columns of its own: below an empty
    row, ``Limburg`` (blank in 2020) and ``Totaal`` stood in narrower columns than the header's,
    so ``Limburg``'s 30 was read under 2020 and the totals failed (false errors). Rows below an
    empty row that go on with the table above it share its columns."""
    answer = answer_of(sheet_of([["Aantal unieke gestarte cursisten"], [], *rows]))
    at = {label: next(k for k, row in enumerate(rows, 3) if row and row[0] == label)
          for label in ("Antwerpen", "Limburg", "Totaal")}
    assert [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells] == [
        ("row", "Antwerpen", "2020", 10, at["Antwerpen"]), ("row", "Antwerpen", "2021", 20, at["Antwerpen"]),
        ("row", "Antwerpen", "2022", 5, at["Antwerpen"]),
        ("row", "Limburg", "2021", 30, at["Limburg"]), ("row", "Limburg", "2022", 7, at["Limburg"]),
        ("total", "Totaal", "2020", 10, at["Totaal"]), ("total", "Totaal", "2021", 50, at["Totaal"]),
        ("total", "Totaal", "2022", 12, at["Totaal"]),
    ]
    assert found_of(answer) == []


def test_a_table_below_an_empty_row_keeps_its_own_columns():
    """A second table under the first, its header of years right below an empty row, is laid out
    on its own as before (a guard: a header is no row of the table above)."""
    rows = [["Aantal unieke gestarte cursisten"], ["Opleiding", 2020, 2021], [A1, 10, 20], [A2, 30, 30],
            ["Totaal", 40, 50], [], ["Provincie", 2022], ["Antwerpen", 7], ["Totaal", 7]]
    answer = answer_of(sheet_of(rows))
    assert [(t.header_line, [p.label for p in t.periods], len(t.cells)) for t in answer.tables] == [
        (1, ["2020", "2021"], 6), (7, ["2022"], 2)]
    source = source_from_bytes(sheet_of(rows), "annex.xlsx")
    assert source.lines[6:] == ("Provincie   2022", "Antwerpen      7", "Totaal         7")


PROVINCE_NAMES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel"]


@settings(max_examples=10, deadline=None)
@given(data=st.data())
def test_empty_rows_anywhere_inside_a_table_change_no_cell(data):
    """Persons of a province table (some in two provinces in a year), counted per province and
    period (a blank where a province had none), written to a sheet with empty rows put anywhere
    between the header, its rows and the total: every figure is read under its own period, and
    no total fails."""
    years = [str(y) for y in range(2019, 2019 + data.draw(st.integers(2, 4)))]
    names = PROVINCE_NAMES[:data.draw(st.integers(2, 6))]
    counts = {(n, y): data.draw(st.integers(1, 900) if n == names[0] or y == years[0] else
                                st.one_of(st.none(), st.integers(1, 900))) for n in names for y in years}
    twice = {y: data.draw(st.integers(0, min([counts[(n, y)] or 0 for n in names]))) for y in years}
    totals = [sum(counts[(n, y)] or 0 for n in names) - twice[y] for y in years]
    body = [[n, *[counts[(n, y)] for y in years]] for n in names] + [["Totaal", *totals]]
    rows: list[list] = [["Aantal unieke gestarte cursisten"], [], ["Provincie", *[int(y) for y in years]]]
    for row in body:
        rows.extend([[]] * data.draw(st.integers(0, 2)))
        rows.append(row)
    answer = answer_of(sheet_of(rows))
    line = {row[0]: k for k, row in enumerate(rows, 1) if row and row[0] in [*names, "Totaal"]}
    expected = [("row", n, y, counts[(n, y)], line[n]) for n in names for y in years if counts[(n, y)] is not None]
    expected += [("total", "Totaal", y, t, line["Totaal"]) for y, t in zip(years, totals)]
    assert [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells] == expected
    assert [f for f in found_of(answer) if f[1] != "info"] == []


# 5. A sheet per year ----------------------------------------------------------------------------

def _sheets(titles: list[str], caption: list | None) -> bytes:
    book = Workbook()
    for k, title in enumerate(titles):
        sheet = book.active if k == 0 else book.create_sheet(title)
        sheet.title = title
        for row in [*([caption, []] if caption else []), ["Provincie", "Aantal"],
                    ["Antwerpen", 10 + k], ["Limburg", 20 + k], ["Totaal", 29 + k]]:
            sheet.append(row)
    return workbook_bytes(book)


@pytest.mark.parametrize("caption", [["Aantal unieke gestarte cursisten per provincie"], None], ids=["caption", "none"])
@pytest.mark.parametrize("titles", [["2021", "2022"], ["Gestart 2021", "Gestart 2022"], ["2020-2021", "2021-2022"]])
def test_a_sheet_per_period_names_the_period_of_its_aantal_column(titles, caption):
    """An annex of a sheet per year, each with the same table of one ``Aantal`` column: nothing
    but the sheet's name says its period. Main reported each table as unreadable (no period);
    the sheet's name is now its period where nothing nearer names one."""
    answer = answer_of(_sheets(titles, caption))
    periods = [t.split()[-1] for t in titles]
    assert [i.kind for i in answer.issues] == []
    first = 4 if caption else 2
    assert [[(c.level, c.label, c.period, c.count, c.line) for c in t.cells] for t in answer.tables] == [
        [("row", "Antwerpen", period, 10 + k, first), ("row", "Limburg", period, 20 + k, first + 1),
         ("total", "Totaal", period, 29 + k, first + 2)]
        for k, period in enumerate(periods)
    ]


def test_the_same_caption_on_each_sheet_says_what_each_table_counts():
    """The same caption on every sheet was taken for a running header after the first sheet (a
    page's header printed again): the second table 'did not say what it counts'. A workbook has
    no pages: each sheet's caption is its table's."""
    answer = answer_of(_sheets(["2021", "2022"], ["Aantal unieke gestarte cursisten per provincie"]))
    assert [(t.measure, t.unit) for t in answer.tables] == [("started", "unieke cursisten")] * 2
    assert all("does not say what it counts" not in f.message for f in audit(answer).findings)


def test_sheets_whose_names_name_no_period_stay_unread():
    """Sheets named ``Blad1``, ``Blad2`` name no period: the tables are reported as before (a guard)."""
    answer = answer_of(_sheets(["Blad1", "Blad2"], ["Aantal unieke gestarte cursisten per provincie"]))
    assert [(i.kind, i.reason) for i in answer.issues] == [("unreadable-table", "no-period")] * 2


# 6. Delimited text ------------------------------------------------------------------------------

def test_quoted_thousands_in_a_comma_separated_table_are_counts():
    """A comma-separated export quotes a figure with its thousands set apart by commas
    (``"1,210"``): main read it as a decimal number (``unreadable-table`` at the row, its figures
    unchecked). In a comma-separated file the comma is no decimal comma (that locale sets its cells
    apart with semicolons): 1,210 is the count 1210."""
    text = ("Aantal unieke cursisten die een OKOT startten, per provincie.\n\n"
            'Provincie,2021,2022\nAntwerpen,"1,210",\nLimburg,530,612\nTotaal,"1,740",612\n')
    answer = read_text(text, "answer.txt")
    assert [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells] == [
        ("row", "Antwerpen", "2021", 1210, 4), ("row", "Limburg", "2021", 530, 5), ("row", "Limburg", "2022", 612, 5),
        ("total", "Totaal", "2021", 1740, 6), ("total", "Totaal", "2022", 612, 6),
    ]
    assert answer.issues == []


# 7. A pivot table's grand total and its empty item ----------------------------------------------

@pytest.mark.parametrize("form", ["xlsx", "text"])
@pytest.mark.parametrize("head", ["Geslacht", "Rijlabels"])
@pytest.mark.parametrize("total", ["Eindtotaal", "Algemeen totaal"])
def test_a_grand_total_under_categories_of_persons_is_their_partition(form, head, total):
    """``Eindtotaal`` under ``Man`` / ``Vrouw`` (a pivot table's grand total): main read it as
    a total of unique persons, so a grand total 1 below its rows was 'one person counted twice'
    (info), where ``Totaal`` was an error. Without blocks a grand total is over the rows: every
    person has one gender, and the rows must add up."""
    rows = [["Aantal unieke gestarte cursisten"], [], [head, 2021, 2022], ["Man", 10, 20], ["Vrouw", 5, 6],
            [total, 14, 26]]
    answer = answer_in(form, rows)
    assert [c[6] for c in cells_of(answer) if c[0] == "total"] == ["additive", "additive"]
    assert checks_of(answer) == [("parts-exceed-total", "error", 6, "2021", 14, 15, 1)]


@pytest.mark.parametrize("empty", ["(leeg)", "(blanco)", "(blank)"])
def test_a_pivot_tables_empty_item_is_no_programme(empty):
    """A pivot table of provinces with its item for an empty field (``(leeg)``, Excel's Dutch
    ``(blank)``): main read the table as rows of programmes' names, every province cell without
    its province. ``(leeg)`` is a row of persons whose value is not known, as ``Onbekend`` is."""
    rows = [["Aantal unieke gestarte cursisten"], [], ["Rijlabels", 2021, 2022],
            ["Antwerpen", 10, 20], ["Limburg", 5, 6], [empty, 1, None], ["Eindtotaal", 16, 26]]
    answer = answer_of(sheet_of(rows))
    assert [str(t.layout) for t in answer.tables] == ["province_rows"]
    assert [(c.level, c.label, c.province, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("row", "Antwerpen", "Antwerpen", "2021", 10), ("row", "Antwerpen", "Antwerpen", "2022", 20),
        ("row", "Limburg", "Limburg", "2021", 5), ("row", "Limburg", "Limburg", "2022", 6),
        ("row", empty, None, "2021", 1),
        ("total", "Eindtotaal", None, "2021", 16), ("total", "Eindtotaal", None, "2022", 26),
    ]
    assert found_of(answer) == []


def test_an_empty_item_beside_gender_rows_keeps_the_partition():
    """``(leeg)`` beside ``Man`` / ``Vrouw``: the total is their partition still."""
    rows = [["Aantal unieke gestarte cursisten"], [], ["Geslacht", 2021], ["Man", 10], ["Vrouw", 5], ["(leeg)", 1],
            ["Totaal", 15]]
    answer = answer_of(sheet_of(rows))
    assert checks_of(answer) == [("parts-exceed-total", "error", 7, "2021", 15, 16, 1)]
