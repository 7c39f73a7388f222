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


# 1. Period headers in forms the reader did not read, and parts of a year not seen as partial.

from test_unseen_answers8 import HEAD, LAID  # noqa: E402
from test_unseen_answers8 import _text as _text8  # noqa: E402

from okot_audit import read_text  # noqa: E402

STARTED = "1. Het aantal unieke cursisten dat een OKOT startte:\n\n"
FIGURES = [["Antwerpen", "120", "60"], ["Limburg", "80", "30"], ["Totaal", "200", "90"]]


def _answer(first: str, second: str, laid: bool, intro: str = "", notes: str = ""):
    text = _text8([["Provincie", first, second], *FIGURES], laid, label_width=40, min_width=10)
    return read_text(HEAD + STARTED + intro + text + "\n\n" + notes + "Bron: VDAB.\n", "a.txt")


def _periods(answer) -> list[tuple]:
    return [(p.label, p.partial, p.note, p.months) for t in answer.tables for p in t.periods]


def _figures(answer) -> list[tuple]:
    return [(c.label, c.period, c.count) for t in answer.tables for c in t.cells]


FIGURES_READ = [("Antwerpen", "2021", 120), ("Antwerpen", "2022", 60), ("Limburg", "2021", 80),
                ("Limburg", "2022", 30), ("Totaal", "2021", 200), ("Totaal", "2022", 90)]
HALF = (1, 2, 3, 4, 5, 6)

RANGES = {
    "1/1-30/6/2022": "1/1-30/6", "01/01/2022 - 30/06/2022": "01/01 - 30/06",
    "1 jan \u2013 30 jun 2022": "1 jan \u2013 30 jun", "1/1 t.e.m. 30/6/2022": "1/1 t.e.m. 30/6",
}


@LAID
@pytest.mark.parametrize("printed", list(RANGES))
def test_a_range_of_days_in_a_year_is_the_year_partial_over_its_months(printed, laid):
    """``Provincie 2021 1/1-30/6/2022`` (and ``01/01/2022 - 30/06/2022``, ``1 jan – 30 jun 2022``)
    was no header: the table was unreadable. The range is its year, partial over January to June,
    and the message says those months."""
    answer = _answer("2021", printed, laid)
    assert _figures(answer) == FIGURES_READ
    assert _periods(answer) == [("2021", False, None, ()), ("2022", True, RANGES[printed], HALF)]
    found = [f.message for f in audit(answer).findings]
    assert len(found) == 1 and "covers January to June only" in found[0]


@LAID
def test_a_range_of_days_over_the_whole_year_is_the_year(laid):
    """``1/1-31/12/2022`` is the whole year 2022: a period, not partial, nothing said."""
    answer = _answer("2021", "1/1-31/12/2022", laid)
    assert _figures(answer) == FIGURES_READ
    assert _periods(answer) == [("2021", False, None, ()), ("2022", False, None, ())]
    assert audit(answer).findings == []


@LAID
def test_a_year_with_a_footnote_number_glued_on_is_the_year_its_footnote_explains(laid):
    """``2021  20221`` (``2022¹`` flattened): no header, the table unreadable. 20221 beside 2021 is
    2022 marked by footnote 1, which says it is partial."""
    answer = _answer("2021", "20221", laid, notes="1 Cijfers tot en met juni 2022.\n")
    assert _figures(answer) == FIGURES_READ
    assert _periods(answer) == [("2021", False, None, ()), ("2022", True, "Cijfers tot en met juni 2022.", ())]


@LAID
def test_a_five_digit_figure_beside_a_year_not_next_to_it_is_no_year(laid):
    """A glued footnote number is read only beside the year before or after: ``2019  20221`` is
    no header of years (as before)."""
    answer = _answer("2019", "20221", laid)
    assert not any(p[0] == "2022" for p in _periods(answer))


@LAID
@pytest.mark.parametrize("part", ["Q1", "K1"])
def test_a_part_of_a_year_with_its_year_cut_short_is_that_year_partial(part, laid):
    """``Q1 '23  Q1 '24`` was unreadable ("quarters as periods"): each is its year, partial over
    its first quarter."""
    answer = _answer(f"{part} '23", f"{part} '24", laid)
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells][:2] == [
        ("Antwerpen", "2023", 120), ("Antwerpen", "2024", 60)]
    assert _periods(answer) == [("2023", True, part, (1, 2, 3)), ("2024", True, part, (1, 2, 3))]


@LAID
@pytest.mark.parametrize("note", ["sem. 1", "semester 1", "kw. 2"])
def test_a_parts_name_and_number_in_a_periods_note_is_partial(note, laid):
    """``2022 (sem. 1)`` was read as the whole year 2022, silently. Partial over its months."""
    answer = _answer("2021", f"2022 ({note})", laid)
    months = HALF if note.startswith("sem") else (4, 5, 6)
    assert _periods(answer) == [("2021", False, None, ()), ("2022", True, note, months)]


@LAID
@pytest.mark.parametrize("sentence", [
    "De cijfers voor 2022 betreffen enkel sem. 1.", "Voor 2022 gaat het enkel om S1.",
    "Voor 2022 gaat het om de periode 1/1-30/6/2022.",
])
def test_a_sentence_naming_a_part_of_the_year_makes_it_partial(sentence, laid):
    """A sentence above the table that says 2022 is ``sem. 1`` (it was split at that full stop),
    ``S1`` or a range of its days: 2022 passed as whole. Partial, the sentence its note."""
    answer = _answer("2021", "2022", laid, intro=sentence + "\n\n")
    periods = _periods(answer)
    assert periods[0] == ("2021", False, None, ())
    assert periods[1][:2] == ("2022", True) and sentence in (periods[1][2] or "")


@LAID
def test_a_sentence_naming_the_whole_year_by_its_days_is_not_partial(laid):
    answer = _answer("2021", "2022", laid, intro="Voor 2022 gaat het om de periode 1/1/2022 - 31/12/2022.\n\n")
    assert _periods(answer) == [("2021", False, None, ()), ("2022", False, None, ())]


def test_xlsx_year_merged_over_sub_columns_below_another_table_stays_a_header():
    """A sheet of two tables: the second's years merged over ``M`` / ``V``. Its year cells are no
    figures merged over the first table's columns (found by the full suite: the year was said
    as a merged figure, its headers taken from the table above the empty row)."""
    rows = [[TITLE], [], ["Provincie", "Totaal", 2021, 2022], ["Antwerpen", 250, 120, 130], ["Totaal", 250, 120, 130],
            [], ["Provincie", 2021, None, 2022, None], [None, "M", "V", "M", "V"], ["Antwerpen", 60, 60, 70, 60],
            ["Totaal", 60, 60, 70, 60]]
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.active.merge_cells("B7:C7")
    book.active.merge_cells("D7:E7")
    answer = parse_answer(source_from_bytes(workbook_bytes(book), "annex.xlsx"))
    assert [i for i in answer.issues if i.reason == "merged-figure"] == []
    assert ("Antwerpen", "2022", 70) in _cells(answer) and ("Antwerpen", "2022", 60) in _cells(answer)


@pytest.mark.parametrize("joined", ["-", "\u2013", " tot ", " t.e.m. ", " tem ", " t/m "])
def test_the_quick_look_for_a_range_of_days_keeps_every_range(joined):
    """A range of days said in a sentence is searched by code (its quick look first): every
    way of joining its days is found."""
    from okot_audit.parse.context import _PARTIAL

    text = f"Voor 2022 gaat het om de periode 1/1/2022{joined}30/6/2022."
    assert _PARTIAL.search(text) is not None
