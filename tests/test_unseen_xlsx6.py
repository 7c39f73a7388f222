""".xlsx annexes and the tables in them as users hold them, round 19 (small19a): a table of its
total alone above a table on its side; a column of notes right of the figures. Each test
asserts the exact cells and findings a correct reader gives."""

from __future__ import annotations

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer, read_text
from okot_audit.source import source_from_bytes

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from generate.xlsx import workbook_bytes  # noqa: E402
from openpyxl import Workbook  # noqa: E402

A1 = "900123: Tweedekansonderwijs zorgkundige - 1ste jaar"
A2 = "900611: Professionele bachelor verpleegkunde - 1ste jaar"
A3 = "900124: Tweedekansonderwijs zorgkundige - tweede jaar"


def sheet_of(rows: list[list]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    return workbook_bytes(book)


def answer_of(data: bytes, name: str = "annex.xlsx"):
    return parse_answer(source_from_bytes(data, name))


def cells_of(answer) -> list[tuple]:
    return [(t.header_line, c.level, c.code or c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]


def found_of(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period, f.stated, f.observed, f.difference)
            for f in audit(answer).findings]


# 1. A table of its total alone above a table on its side --------------------------------------

TOTAL_ALONE = [["Aantal unieke gestarte cursisten per opleiding"], [], ["Opleiding", "2017", "2018", "2019"],
               ["Totaal", 32, 16, 60]]
SIDEWAYS = [["Jaar", "Oost-Vlaanderen", "Brussel", "Totaal"], ["2022", 56, 13, 69]]


@pytest.mark.parametrize("between", [
    [[], ["Aantal unieke geslaagde cursisten per provincie"], []],  # a caption between empty rows
    [[], ["Aantal unieke geslaagde cursisten per provincie"]],  # a caption right above the header
    [[]],  # no caption
], ids=["caption-apart", "caption-above", "no-caption"])
@pytest.mark.parametrize("form", ["xlsx", "text"])
def test_a_table_of_its_total_alone_above_a_table_on_its_side_is_read(between, form):
    """Main: the total's table ran on over the table below it (a table on its side, whose
    header names every column), which then took its lines: ``unreadable-table`` at
    ``Opleiding 2017 2018 2019`` ("no header with periods or training codes was found") and
    the three totals not checked. Now both tables are read, each with its own cells."""
    rows = TOTAL_ALONE + between + SIDEWAYS
    if form == "xlsx":
        answer = answer_of(sheet_of(rows))
    else:
        answer = read_text("\n".join(" ".join(str(v) for v in row) for row in rows) + "\n", "answer.txt")
    second = len(TOTAL_ALONE) + len(between) + 1
    assert answer.issues == []
    assert cells_of(answer) == [
        (3, "total", "Totaal", "2017", 32, 4), (3, "total", "Totaal", "2018", 16, 4),
        (3, "total", "Totaal", "2019", 60, 4),
        (second, "row", "Oost-Vlaanderen", "2022", 56, second + 1), (second, "row", "Brussel", "2022", 13, second + 1),
        (second, "total", "Totaal", "2022", 69, second + 1),
    ]
    assert found_of(answer) == []


def test_rows_and_their_total_above_a_table_on_its_side_are_read():
    """Rows and their total above a table on its side: read as before (a guard — the total
    below rows ended the table already; the cut above the other table keeps them)."""
    rows = [["Opleiding", "2019", "2020"], [A1, 19, 22], [A2, 59, 1], ["Totaal", 70, 23], [],
            ["Jaar", "Antwerpen", "Limburg", "Totaal"], ["2021", 5, 7, 12]]
    answer = answer_of(sheet_of(rows))
    assert answer.issues == []
    assert cells_of(answer) == [
        (1, "row", "900123", "2019", 19, 2), (1, "row", "900123", "2020", 22, 2),
        (1, "row", "900611", "2019", 59, 3), (1, "row", "900611", "2020", 1, 3),
        (1, "total", "Totaal", "2019", 70, 4), (1, "total", "Totaal", "2020", 23, 4),
        (6, "row", "Antwerpen", "2021", 5, 7), (6, "row", "Limburg", "2021", 7, 7), (6, "total", "Totaal", "2021", 12, 7),
    ]
    assert found_of(answer) == [
        ("measure-unknown", "info", 1, None, None, None, None),
        ("parts-exceed-total", "info", 4, "2019", 70, 78, 8),  # 8 persons counted in both rows
        ("measure-unknown", "info", 6, None, None, None, None),
    ]


# 2. A column of notes right of the figures ----------------------------------------------------

NOTES = [["Opleiding", "2019", "2020", "Opmerking"], [A1, 19, 22, "nieuw"], [A2, 59, 1, "herzien"],
         [A3, 5, 7], ["Totaal", 80, 30]]
NOTES_CELLS = [
    ("row", "900123", "2019", 19), ("row", "900123", "2020", 22), ("row", "900611", "2019", 59),
    ("row", "900611", "2020", 1), ("row", "900124", "2019", 5), ("row", "900124", "2020", 7),
    ("total", "Totaal", "2019", 80), ("total", "Totaal", "2020", 30),
]


def _text(rows: list[list], laid_out: bool) -> str:
    if not laid_out:
        return "\n".join(" ".join(str(v) for v in row) for row in rows) + "\n"
    widths = [max(len(str(row[k])) for row in rows if k < len(row)) for k in range(max(map(len, rows)))]
    return "\n".join("   ".join(str(v).ljust(w) if k in (0, len(widths) - 1) else str(v).rjust(w)
                                for k, (v, w) in enumerate(zip(row, widths))).rstrip() for row in rows) + "\n"


def _notes_answer(form: str, rows: list[list]):
    if form == "xlsx":
        return answer_of(sheet_of(rows))
    return read_text(_text(rows, laid_out=form == "laid-out"), "answer.txt")


@pytest.mark.parametrize("form", ["xlsx", "text", "laid-out"])
def test_a_column_of_notes_right_of_the_figures_is_reported_not_checked(form):
    """Main: the header ``Opleiding 2019 2020 Opmerking`` names no period, and the whole table
    was one ``unreadable-table`` error ("its header names no period"), its eight figures not
    checked. Now the table is read and checked (3 persons counted twice in 2019), and the notes
    column is said as not checked, with its name and the rows' notes."""
    answer = _notes_answer(form, NOTES)
    assert [(c.level, c.code or c.label, c.period, c.count) for t in answer.tables for c in t.cells] == NOTES_CELLS
    found = [(f.rule, f.severity, f.line, f.period, f.stated, f.observed, f.difference)
             for f in audit(answer).findings]
    assert found == [("measure-unknown", "info", 1, None, None, None, None),  # (no title says what it counts)
                     ("column-not-checked", "info", 1, None, None, None, None),
                     ("parts-exceed-total", "info", 5, "2019", 80, 83, 3)]
    [note] = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert "'Opmerking' ('nieuw', 'herzien')" in note.message
    [dutch] = [f for f in audit(answer, lang="nl").findings if f.rule == "column-not-checked"]
    assert "kolom met woorden" in dutch.message and "'Opmerking' ('nieuw', 'herzien')" in dutch.message


def test_a_column_of_notes_empty_on_every_row_is_said_too():
    """The header's name for a column no row fills is no period either: the table is read, and
    the empty column is said (before: ``unreadable-table``)."""
    rows = [NOTES[0]] + [row[:3] for row in NOTES[1:]]
    answer = _notes_answer("text", rows)
    assert [(c.level, c.code or c.label, c.period, c.count) for t in answer.tables for c in t.cells] == NOTES_CELLS
    [note] = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert "a column 'Opmerking' right of its figures" in note.message and "empty on every row" in note.message


def test_a_province_glued_after_a_row_under_a_notes_column_stays_the_province():
    """``… 2de jaar 16 Limburg`` floats a province's label after a row's figures: under a
    column of notes it is still the province, never a note."""
    text = ("Provincie Opleiding 2020 Opmerking\n"
            f"{A1} 19 nieuw\n{A3} 16 Limburg\n"
            "Totaal Limburg 35\n")
    answer = read_text(text, "answer.txt")
    assert [(c.level, c.province, c.code or c.label, c.count) for t in answer.tables for c in t.cells] == [
        ("row", "Limburg", "900123", 19), ("row", "Limburg", "900124", 16), ("subtotal", "Limburg", "Totaal Limburg", 35),
    ]
    [note] = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert "('nieuw')" in note.message


def test_a_sentence_that_names_a_year_is_no_header_of_notes():
    """Prose wrapped so that a year stands before the line's last words (``In Oost-Vlaanderen
    loopt sinds 2018 het proefproject`` / ``INTRO met 9991 deelnemers. Zo werden in 2020 nog
    6371``) is no header with a column of notes: nothing is taken off it."""
    from okot_audit.parse.remarks import split_remarks

    lines = ("In Oost-Vlaanderen loopt sinds 2018 het proefproject ",
             "INTRO met 9991 deelnemers. Zo werden in 2020 nog 6371 bijkomende ",
             "vakken erkend.", "",
             "Oost-Vlaanderen loopt sinds 2022 het proefproject ", "INTRO met 3456 deelnemers.")
    assert split_remarks(lines, positional=False) == (lines, [])


# 3. A compact pivot with several rows of no block above its grand total -----------------------

TITLE = "Aantal unieke cursisten die een OKOT startten in de zorgsector"


def _compact(tail: list[list], grand: tuple[int, int]) -> list[list]:
    return [[TITLE], [], ["Rijlabels", 2019, 2020],
            ["Man", 78, 22], [A1, 19, 22], [A2, 59, None],
            ["Vrouw", 30, 32], [A1, 10, 11], [A2, 20, 21],
            *tail, ["Eindtotaal", *grand]]


TAIL = [["Onbekend", 3, 1], ["Niet gekend", 2, 4]]


@pytest.mark.parametrize("form", ["xlsx", "text"])
@pytest.mark.parametrize("tail", [TAIL, TAIL + [["Buitenland", 1, 1]]], ids=["two", "three"])
def test_rows_of_no_block_above_a_compact_pivots_grand_total_are_blocks_of_their_own(form, tail):
    """Main read one such row (``Onbekend``) as a block of its own, but two or more made the
    ``Man`` / ``Vrouw`` heads rows beside the coded rows: false ``schema-violation`` and
    ``duplicate-row`` errors and a grand total 'counting' the heads and the rows together. Now
    each row of no block is a block of its own (its figures its subtotal), ``Niet gekend`` is
    no total over ``Onbekend`` above it, and the grand total is checked against every block."""
    grand = (108 + sum(r[1] for r in tail), 54 + sum(r[2] for r in tail))
    rows = _compact(tail, grand)
    if form == "xlsx":
        answer = answer_of(sheet_of(rows))
    else:
        answer = read_text("\n".join(" ".join(str(v) for v in r if v is not None) for r in rows), "answer.txt")
    a1, a2 = A1[:6], A2[:6]
    expected = [
        ("subtotal", "man", "Man", "2019", 78), ("subtotal", "man", "Man", "2020", 22),
        ("row", "man", a1, "2019", 19), ("row", "man", a1, "2020", 22), ("row", "man", a2, "2019", 59),
        ("subtotal", "vrouw", "Vrouw", "2019", 30), ("subtotal", "vrouw", "Vrouw", "2020", 32),
        ("row", "vrouw", a1, "2019", 10), ("row", "vrouw", a1, "2020", 11),
        ("row", "vrouw", a2, "2019", 20), ("row", "vrouw", a2, "2020", 21),
    ]
    for label, first, second in tail:
        expected += [("subtotal", label.lower(), label, "2019", first), ("subtotal", label.lower(), label, "2020", second)]
    expected += [("total", None, "Eindtotaal", "2019", grand[0]), ("total", None, "Eindtotaal", "2020", grand[1])]
    assert [(c.level, c.block or c.province, c.code or c.label, c.period, c.count)
            for t in answer.tables for c in t.cells] == expected
    assert found_of(answer) == []


def test_the_grand_total_is_checked_against_every_row_of_no_block():
    """A grand total 2 above the blocks and the rows of no block together is an error at it
    (``Niet gekend`` counted among its parts, not as a total over ``Onbekend``; a partition of
    the persons by gender, which figure is wrong is located too)."""
    answer = answer_of(sheet_of(_compact(TAIL, (115, 59))))
    assert [f for f in found_of(answer) if f[0] not in ("likely-typo", "error-located")] == [
        ("total-exceeds-parts", "error", 12, "2019", 115, 113, 2),
    ]
