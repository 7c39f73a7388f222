"""Session 28 (furniture28): the paper's running header with figures of its own.

A page's running header that prints the paper's session, date or document number (``Zitting
2022-2023``, ``Stuk 123 (2022-2023) – Nr. 1``, ``Vlaams Parlement — 25 januari 2023``) on a line
of its own: between two rows of a table that goes on over a page's break, it was joined into the
name of the row below without a word, or its figures taken for the row's and the row lost
(``ambiguous-alignment``); right above a table's header on page 1, its session was read as the
table's period. Made of nothing but the paper's words and marks and the figures it prints beside
them, it is the paper's, once enough (:func:`okot_audit.parse.furniture._paper_line`).
"""

from __future__ import annotations

import pytest

from test_running26 import NAMES, PROSE
from test_runhead27 import _expected, _pages, _read, _text

#: Running headers with figures, each made of the paper's words and marks only.
HEADS = [
    "Zitting 2022-2023",
    "Stuk 123 (2022-2023) – Nr. 1",
    "Vlaams Parlement — 25 januari 2023",
    "Vlaams Parlement - Schriftelijke vraag 512 - 3 maart 2023",
    "Vlaams Parlement — Zitting 2022-2023 — Schriftelijke vraag 512",
]


@pytest.mark.parametrize("feed", [False, True])
@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize("head", HEADS)
def test_a_running_header_with_figures_between_two_rows_is_furniture(head, count, feed):
    """``Kinderbegeleider 13 6`` / ``Zitting 2022-2023`` / ``Logistiek helper 14 7``, the pages run
    together or a form feed above the header: before, ``Zitting 2022-2023 Logistiek helper`` was
    read as a name without a word, or the header's figures taken as a row's (``ambiguous-alignment``,
    the table not read). The paper's header, on every later page or on one: the table reads exactly."""
    text = _text(head, count)
    if feed:
        text = text.replace(f"\n{head}\n", f"\f\n{head}\n")
    assert _read(text) == (_expected(count), [])


@pytest.mark.parametrize("head", ["Zitting 2022-2023", "Stuk 123 (2022-2023) - Nr. 1",  # (Latin-1: fpdf2's core font)
                                  "Vlaams Parlement - Zitting 2022-2023 - Schriftelijke vraag 512"])
@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf", "pdfplumber-layout"])
def test_a_running_header_with_figures_atop_later_pages_of_a_pdf_is_furniture(extractor, head):
    """A 3-page PDF, the header atop pages 2 and 3, its text as each extractor gives it: before,
    joined into the first name of each later page or read as a row; now furniture."""
    pytest.importorskip("fpdf", reason="needs fpdf2")
    from generate.extract import extract

    assert _read(extract(_pages(3, head, True), extractor)) == (_expected(3), [])


def _one_column(above: list[str]) -> str:
    """A one-column table (``Opleiding Aantal``) after the prose, `above` right over its header."""
    rows = [f"{NAMES[i]} {10 + i}" for i in range(4)]
    return "\n".join([*PROSE, *above, "Opleiding Aantal", *rows, f"Totaal {sum(10 + i for i in range(4))}", ""])


def _cells(text: str) -> list[tuple[str, str, int]]:
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = parse_answer(source_from_bytes(text.encode(), "a.txt"))
    assert answer.issues == []
    return sorted((cell.label, cell.period, cell.count) for table in answer.tables for cell in table.cells)


@pytest.mark.parametrize("head", HEADS)
def test_the_papers_header_above_a_one_column_table_gives_it_no_period(head):
    """``Zitting 2022-2023`` on page 1, right above ``Opleiding Aantal``: before, the table's
    period was read as 2022-2023 (or the date's 2023) from the paper's header, without a word.
    The paper's header tells nothing of the table: it reads as without it."""
    assert _cells(_one_column([head])) == _cells(_one_column([]))


@pytest.mark.parametrize("head", HEADS)
def test_the_papers_header_above_a_wrapped_header_of_periods_keeps_the_table(head):
    """``Zitting 2022-2023`` / ``Opleiding`` / ``2019 2020``: before, the header was read as
    ``Zitting 2022-2023 Opleiding`` and no row fitted it (the table not read)."""
    rows = [f"{NAMES[i]} {10 + i} {3 + i}" for i in range(4)]
    text = "\n".join([*PROSE, head, "Opleiding", "2019 2020", *rows, "Totaal 46 18", ""])
    assert _cells(text) == sorted(
        [(NAMES[i], "2019", 10 + i) for i in range(4)] + [(NAMES[i], "2020", 3 + i) for i in range(4)]
        + [("Totaal", "2019", 46), ("Totaal", "2020", 18)])


@pytest.mark.parametrize(("line", "period"), [
    ("Schriftelijke vraag: gestarte cursisten in 2021", "2021"),  # words of its own: a caption
    ("VDAB 2021", "2021"),  # VDAB's figures of a year: a caption too
])
def test_a_caption_that_names_the_paper_with_words_of_its_own_stays(line, period):
    """What stays: a line that names the paper but holds words of its own (a caption, prose)
    keeps giving the table below its period."""
    assert {p for _, p, _ in _cells(_one_column([line]))} == {period}


@pytest.mark.parametrize(("line", "paper"), [
    ("Zitting 2022-2023", True),
    ("Zitting 2023", True),
    ("Stuk 123 (2022-2023) – Nr. 1", True),
    ("Vlaams Parlement — 25 januari 2023", True),
    ("Schriftelijke vraag nr. 88 van 3 maart 2023 - blz. 2", True),
    ("Vlaams Parlement - Schriftelijke vraag nr. 51 van 28 oktober 2020", True),
    ("Schriftelijke vraag nr. 51 van 28 oktober 2020", False),  # names a question: a title, or prose
    ("Vlaams Parlement — Zitting 2022-2023 — Schriftelijke vraag 512 — 25 januari 2023", True),
    ("VDAB 2023", False),  # VDAB may caption a table of its year
    ("Vlaams Parlement 2021 2022", False),  # two years: a header of periods
    ("Zitting 2022-2023 12 8", False),  # figures the paper does not print
    ("Schriftelijke vraag over OKOT in 2021", False),  # words of its own
    ("Kinderbegeleider in de zorg 2023", False),
])
def test_what_a_line_of_the_papers_header_is(line, paper):
    """The paper's header, whole: its words or marks first, one that only the paper holds, and
    nothing else but the figures the paper prints beside them."""
    from okot_audit.parse.furniture import without_furniture

    lines = ("Antwoord", "Opleiding 2019 2020", "Zorgkundige 10 3", line, "Lasser 11 4")
    assert (without_furniture(lines)[3] == "") is paper


def test_a_dated_short_paper_header_printed_at_two_page_breaks_is_furniture():
    """``VDAB 2023`` atop pages 2 and 3 (the pages run together): before, its figure taken for a
    row's and the rows around it not read (``ambiguous-alignment`` twice). ``VDAB`` may caption a
    table of its year; printed twice between rows, or at a form feed, it is the paper's header."""
    assert _read(_text("VDAB 2023", 3)) == (_expected(3), [])
    assert _read(_text("VDAB 2023", 2).replace("\nVDAB 2023\n", "\f\nVDAB 2023\n")) == (_expected(2), [])


def test_a_dated_short_paper_header_once_with_no_break_is_said():
    """What stays: ``VDAB 2023`` once between two rows, nothing telling a page's break: the rows
    are read as printed and the line is said at its place, never joined into a name."""
    rows, issues = _read(_text("VDAB 2023", 2))
    assert rows == _expected(2)
    assert [(i.kind, i.line) for i in issues] == [("ambiguous-alignment", 9)]


def test_a_long_line_that_opens_with_the_papers_words_is_read_in_linear_time():
    """A line of the paper's words, then a long run of blanks and words of its own: each part of
    the paper's header is looked for once at each place, never over the run again (found while
    writing session 28's pattern: 20,000 blanks took seconds)."""
    import time

    from okot_audit.parse.furniture import without_furniture

    line = "Vlaams Parlement " + " " * 20000 + "1x 5"
    start = time.process_time()
    assert without_furniture(("Antwoord", "Zorgkundige 10 3", line, "Lasser 11 4"))[2] == line
    assert time.process_time() - start < 1.0
