"""Session 30's small leftovers of reading forms and vocabulary.

- A line break inside a cell (``<br>`` or ``<p>`` in a web page's cell, a line break typed in a
  sheet's cell) right after a word's hyphen breaks one word: ``Oost-<br>Vlaanderen`` is read
  ``Oost-Vlaanderen`` as printed, not ``Oost- Vlaanderen``; every other line break stands between
  two words (``908001:<br>Educatieve``, ``modules 1-<br>4``). One function for every form
  (``okot_audit.read.grid.lines_joined``), and a Markdown pipe table's ``<br>`` is such a break.
- A school year's cell cut after a curly apostrophe (``2020-’21``, as Word's and Excel's
  autocorrect print it) is a period's cell as the plain one is (``patterns.period_pattern``'s
  `apostrophe`): with a raised footnote mark after it, it was glued to the mark
  (``2020-’211``) and the table was said unreadable.
- The months' full names are spelled once (``patterns.MONTH_NAMES``), and the modules that
  kept their own list ask it.
"""

from __future__ import annotations

import io
import re

import pytest

from okot_audit import audit, patterns
from okot_audit.parse import context, parse_answer
from okot_audit.read import grid, pdf_wrapped
from okot_audit.source import source_from_bytes

_TITLE = "Aantal unieke cursisten die een OKOT startten per provincie"
_ROWS = [["Antwerpen", 120, 130], ["Oost-Vlaanderen", 80, 90], ["Totaal", 195, 215]]


def _html(cells: list[list[str]], note: str = "") -> bytes:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)
    return f"<html><body><p>{_TITLE}.</p><table>{rows}</table>{note}</body></html>".encode()


def _xlsx(cells: list[list], note: str = "", rich: dict[str, list] | None = None) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([_TITLE])
    sheet.append([])
    for row in cells:
        sheet.append(row)
    for at, value in (rich or {}).items():
        sheet[at] = value
    if note:
        sheet.append([])
        sheet.append([note])
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _read(data: bytes, name: str):
    return parse_answer(source_from_bytes(data, name))


def _labels(answer) -> list[tuple[str, str | None]]:
    return list(dict.fromkeys((c.label, c.province) for t in answer.tables for c in t.cells))


# --- a line break after a word's hyphen in a cell ------------------------------------------------

@pytest.mark.parametrize(("text", "joined"), [
    ("Oost-\nVlaanderen", "Oost-Vlaanderen"),
    ("Oost-\r\nVlaanderen", "Oost-Vlaanderen"),
    ("Vlaams- \n  Brabant", "Vlaams-Brabant"),
    ("Oost-\n\nVlaanderen", "Oost-Vlaanderen"),
    ("West-\nvlaanderen", "West-vlaanderen"),
    # not a word broken at its hyphen: the line break stands between two words
    ("908001:\nEducatieve bachelor", "908001:\nEducatieve bachelor"),
    ("modules 1-\n4", "modules 1-\n4"),
    ("Verpleegkunde -\n2de jaar", "Verpleegkunde -\n2de jaar"),
    ("HBO5-\n2de jaar", "HBO5-\n2de jaar"),
    ("Oost-\n(West-Vlaanderen)", "Oost-\n(West-Vlaanderen)"),
    ("Oost- Vlaanderen", "Oost- Vlaanderen"),
])
def test_a_cells_lines_join_a_word_broken_after_its_hyphen_only(text: str, joined: str) -> None:
    assert grid.lines_joined(text) == joined


@pytest.mark.parametrize(("cell", "label"), [
    ("Oost-<br>Vlaanderen", "Oost-Vlaanderen"),
    ("Oost-<br/>\n     Vlaanderen", "Oost-Vlaanderen"),
    ("<p>Oost-</p><p>Vlaanderen</p>", "Oost-Vlaanderen"),
    ("Oost-<br><br>Vlaanderen", "Oost-Vlaanderen"),
])
def test_a_province_broken_after_its_hyphen_in_a_web_page_cell_is_one_word(cell: str, label: str) -> None:
    """Before: ``Oost- Vlaanderen`` (a ``<br>`` was always a space); the province was right, the
    label as printed (extract's label column) was not."""
    rows = [[cell if text == "Oost-Vlaanderen" else text for text in row] for row in _ROWS]
    answer = _read(_html([["Provincie", "2021", "2022"], *rows]), "a.html")
    assert _labels(answer) == [("Antwerpen", "Antwerpen"), (label, "Oost-Vlaanderen"), ("Totaal", None)]
    assert [(c.period, c.count) for t in answer.tables for c in t.cells if c.province == "Oost-Vlaanderen"] == [
        ("2021", 80), ("2022", 90)]


def test_a_line_break_in_a_web_page_cell_between_words_stays_a_space() -> None:
    """A code's colon, a label's range (``modules 1-``), the HTML file's own line break after a
    hyphen (white space, which the browser shows as a space): two words, as before."""
    page = _html([["Opleiding", "2021", "2022"], ["908001:<br>Educatieve bachelor modules 1-<br>4", "12", "14"],
                  ["908002: Educatieve\n bachelor kleuter-\nonderwijs", "7", "9"], ["Totaal", "19", "23"]])
    answer = _read(page, "a.html")
    assert [label for label, _ in _labels(answer)] == [
        "Educatieve bachelor modules 1- 4", "Educatieve bachelor kleuter- onderwijs", "Totaal"]
    assert [c.count for t in answer.tables for c in t.cells] == [12, 14, 7, 9, 19, 23]


@pytest.mark.parametrize(("value", "label"), [
    ("Oost-\nVlaanderen", "Oost-Vlaanderen"),
    ("Oost-\r\nVlaanderen", "Oost-Vlaanderen"),
    ("Oost-\n Vlaanderen", "Oost-Vlaanderen"),
])
def test_a_province_broken_after_its_hyphen_in_a_sheets_cell_is_one_word(value: str, label: str) -> None:
    """A line break typed in a sheet's cell (Alt+Enter) after a hyphen: one word, as in a web page."""
    rows = [[value if row[0] == "Oost-Vlaanderen" else row[0], *row[1:]] for row in _ROWS]
    answer = _read(_xlsx([["Provincie", 2021, 2022], *rows]), "a.xlsx")
    assert _labels(answer) == [("Antwerpen", "Antwerpen"), (label, "Oost-Vlaanderen"), ("Totaal", None)]
    assert [c.count for t in answer.tables for c in t.cells] == [120, 130, 80, 90, 195, 215]


def test_a_line_break_in_a_sheets_cell_between_words_stays_a_space() -> None:
    answer = _read(_xlsx([["Opleiding", 2021, 2022], ["908001:\nEducatieve bachelor", 12, 14],
                          ["908002: modules 1-\n4", 7, 9], ["Totaal", 19, 23]]), "a.xlsx")
    assert [label for label, _ in _labels(answer)] == ["Educatieve bachelor", "modules 1- 4", "Totaal"]
    assert [c.code for t in answer.tables for c in t.cells][::2] == ["908001", "908002", None]


@pytest.mark.parametrize(("cell", "label"), [
    ("Oost-<br>Vlaanderen", "Oost-Vlaanderen"),
    ("Oost-<BR/>Vlaanderen", "Oost-Vlaanderen"),
    ("**Oost-<br />Vlaanderen**", "Oost-Vlaanderen"),
])
def test_a_province_broken_after_its_hyphen_in_a_markdown_cell_is_one_word(cell: str, label: str) -> None:
    """A PDF-to-Markdown converter's pipe table writes a cell's line break as ``<br>``: before, the
    label read ``Oost-<br>Vlaanderen``, a province no one knows, and the table lost its provinces
    (every row's province empty) without a word."""
    from okot_audit import read_text

    rows = "".join(f"| {cell if r[0] == 'Oost-Vlaanderen' else r[0]} | {r[1]} | {r[2]} |\n" for r in _ROWS)
    answer = read_text(f"{_TITLE}.\n\n| Provincie | 2021 | 2022 |\n|---|---|---|\n{rows}", "a.md")
    assert _labels(answer) == [("Antwerpen", "Antwerpen"), (label, "Oost-Vlaanderen"), ("Totaal", None)]
    assert [c.count for t in answer.tables for c in t.cells] == [120, 130, 80, 90, 195, 215]


def test_a_line_break_in_a_markdown_cell_between_words_stays_a_space() -> None:
    from okot_audit import read_text

    text = (f"{_TITLE}.\n\n| Opleiding | 2021 | 2022 |\n|---|---|---|\n| 908001:<br>Educatieve bachelor | 12 | 14 |\n"
            "| 908002: modules 1-<br>4 | 7 | 9 |\n| Totaal | 19 | 23 |\n")
    answer = read_text(text, "a.md")
    assert [label for label, _ in _labels(answer)] == ["Educatieve bachelor", "modules 1- 4", "Totaal"]
    assert [c.count for t in answer.tables for c in t.cells] == [12, 14, 7, 9, 19, 23]


# --- a school year cut after a curly apostrophe ---------------------------------------------------

_MARKS = ["'", "\u2019", "\u2018"]


def _school_years(mark: str) -> list[list]:
    return [["Provincie", f"2019-{mark}20", f"2020-{mark}21"], *_ROWS]


def _read_as_plain(answer) -> list[tuple]:
    return [(c.label, c.period, c.count) for t in answer.tables for c in t.cells]


_EXPECTED = [("Antwerpen", "2019-2020", 120), ("Antwerpen", "2020-2021", 130), ("Oost-Vlaanderen", "2019-2020", 80),
             ("Oost-Vlaanderen", "2020-2021", 90), ("Totaal", "2019-2020", 195), ("Totaal", "2020-2021", 215)]


def _raised_in_html(mark: str) -> bytes:
    cells = _school_years(mark)
    cells[0][2] += "<sup>1</sup>"
    return _html(cells, "<p>(1) voorlopige cijfers</p>")


def _raised_in_xlsx(mark: str) -> bytes:
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    raised = CellRichText([f"2020-{mark}21", TextBlock(InlineFont(vertAlign="superscript"), "1")])
    return _xlsx(_school_years(mark), "(1) voorlopige cijfers", {"C3": raised})


@pytest.mark.parametrize("mark", _MARKS)
@pytest.mark.parametrize(("name", "write"), [("a.html", _raised_in_html), ("a.xlsx", _raised_in_xlsx)])
def test_a_school_year_cut_after_any_apostrophe_in_a_cell_with_its_raised_mark(name: str, write, mark: str) -> None:
    """``2020-’21<sup>1</sup>`` (a web page) or ``2020-’21`` with a superscript ``1`` (a sheet's rich
    text): the period's footnote, set apart (``2020-2021`` partial as its note says) — before, only
    the plain apostrophe was a period's cell; after a curly one the mark was glued on
    (``2020-’211``) and the table was said unreadable."""
    answer = _read(write(mark), name)
    assert _read_as_plain(answer) == _EXPECTED
    findings = audit(answer).findings
    assert [(f.rule, f.period) for f in findings if f.severity == "error"] == []
    assert [f.period for f in findings if f.rule == "partial-period"] == ["2020-2021"]


@pytest.mark.parametrize("mark", _MARKS)
def test_a_period_cell_takes_every_apostrophe_text_reads(mark: str) -> None:
    """The cell's pattern and the text's (``APOSTROPHE_YEAR``) take the same marks; other marks
    stay no period's (``2019-"20``, ``2019-`20``)."""
    assert patterns.PERIOD_CELL.fullmatch(f"2019-{mark}20*")
    assert patterns.APOSTROPHE_YEAR.fullmatch(f"2019-{mark}20")
    for other in ('"', "`", "\u00b4", "''"):
        assert not patterns.PERIOD_CELL.fullmatch(f"2019-{other}20")


# --- the months' names, spelled once ----------------------------------------------------------------

_MONTHS_BY_HAND = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                   "oktober", "november", "december")


def test_the_months_names_are_spelled_once_and_the_modules_ask_them() -> None:
    """The full names kept by hand in read/pdf_wrapped.py (``_MONTH_NAME``, ``_MONTH_PERIOD``),
    parse/context.py (``MONTHS``, ``_BEFORE_DECEMBER``, ``tot en met …`` of ``_PARTIAL_WORDS``),
    patterns.FIGURES_NOTE and the partial-period rule's Dutch words: one vocabulary."""
    from okot_audit.parse import _MONTH_NAME as header_month
    from okot_audit.rules import partial_period

    assert patterns.MONTH_NAMES == _MONTHS_BY_HAND
    assert all(name.startswith(patterns.MONTH_STEMS) for name in patterns.MONTH_NAMES)
    assert context.MONTHS == {name: k for k, name in enumerate(_MONTHS_BY_HAND, 1)}
    assert not hasattr(context, "_BEFORE_DECEMBER")
    assert patterns.MONTH_WORD in pdf_wrapped._MONTH_NAME.pattern
    assert pdf_wrapped._MONTH_PERIOD.pattern.startswith(patterns.MONTH_WORD)
    assert patterns.MONTH_WORD in header_month.pattern
    assert partial_period._MONTHS["nl"] is patterns.MONTH_NAMES


@pytest.mark.parametrize("name", _MONTHS_BY_HAND)
def test_each_month_name_reads_as_by_hand(name: str) -> None:
    """Each name, in any case, is a month's word of the wrapped PDF's header, and a cut after it
    says a period partial — but ``tot en met december`` cuts nothing."""
    for text in (name, name.upper(), name.capitalize()):
        assert pdf_wrapped._MONTH_NAME.fullmatch(text)
        assert pdf_wrapped._MONTH_PERIOD.fullmatch(f"{text} 2023*")
    assert not pdf_wrapped._MONTH_NAME.fullmatch(name + "s")
    partial = context._PARTIAL_WORDS.search(f"cijfers tot en met {name} 2022") is not None
    assert partial == (name != "december")
    assert (patterns.FIGURES_NOTE.search(f"tot eind {name}") is not None) == (name != "december")
    assert re.fullmatch(patterns.MONTH_WORD, name) and (
        re.fullmatch(patterns.MONTH_WORD_BEFORE_DECEMBER, name) is not None) == (name != "december")
