"""Session 26 (glue26): a page's furniture run into a table row's last figure.

Text taken out of a PDF page by page and joined without a line break between the pages (as
``"".join(page.extract_text() for page in pages)`` does, with pdfplumber or pypdf) runs a page's
last row into the next page's first line: the table's header repeated (``… module 5 13
6Opleiding 2019 2020``) or the page's number printed at its head or foot (``… 13 6Pagina 2 van
2``). Before, the header's periods were read as the row's figures without a word, or the row was
lost. Now the furniture is set apart from the row, which keeps its figures; where a footer's
number of pages runs into digits the other pages do not print (``… 13 Pagina 1 van 26Opleiding``,
the pages printing ``van 2``) the row cannot be told and is said (``footer-glued``).
"""

from __future__ import annotations

import io

import pytest

from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("fpdf", reason="needs fpdf2")

from test_running26 import NAMES, PROSE, _pdf, _rows  # noqa: E402

HEAD = [(20, "Opleiding"), (120, "2019"), (145, "2020")]


def _row(i: int):
    return [(20, f"90800{i} {NAMES[i]} module 5"), (124, str(10 + i)), (149, str(3 + i))]


#: Two pages, the header printed again at the head of the second; the rows' figures.
PAGES = [[HEAD] + [_row(i) for i in range(4)], [HEAD] + [_row(i) for i in range(4, 8)]]
ROWS = [[10 + i, 3 + i] for i in range(8)]


def _joined(pdf: bytes, extractor: str) -> str:
    """The PDF's text page by page, joined without a line break (a user's script)."""
    if extractor == "pdfplumber":
        pdfplumber = pytest.importorskip("pdfplumber")
        with pdfplumber.open(io.BytesIO(pdf)) as opened:
            return "".join(page.extract_text() or "" for page in opened.pages)
    pypdf = pytest.importorskip("pypdf")
    return "".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _read(text: str):
    answer = parse_answer(source_from_bytes(text.encode(), "a.txt"))
    return _rows(answer), [(i.kind, i.reason, i.line) for i in answer.issues]


@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf"])
def test_the_header_repeated_glued_to_the_last_row_of_a_page_is_set_apart(extractor):
    """``… module 5 13 6Opleiding 2019 2020``: before, the row read as 2019 and 2020, silently."""
    text = _joined(_pdf(PAGES, prose=PROSE), extractor)
    assert "6Opleiding 2019 2020" in text
    assert _read(text) == (ROWS, [])


@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf"])
def test_a_page_number_at_the_head_of_the_next_page_glued_to_the_row_is_set_apart(extractor):
    """``… 13 6Pagina 2 van 2``: before, the row was lost (a warning that its figures fit no column)."""
    text = _joined(_pdf(PAGES, prose=PROSE, head=[(90, "Pagina {p} van 2")]), extractor)
    assert "6Pagina 2 van 2" in text
    assert _read(text) == (ROWS, [])


def _text(glued: str) -> str:
    """The table as single-spaced text, page 1's last row and what follows it as `glued`."""
    rows = [f"90800{i} {NAMES[i]} module 5 {10 + i} {3 + i}" for i in range(8)]
    return "\n".join([*PROSE, "Opleiding 2019 2020", *rows[:3], f"90800{3} {NAMES[3]} module 5 {glued}",
                      *rows[4:], "Pagina 2 van 2", ""])


@pytest.mark.parametrize("glued", ["13 6Pagina 1 van 2Opleiding 2019 2020", "13 6 Pagina 1 van 2Opleiding 2019 2020",
                                   "13 6Pagina 1 van 2"])
def test_a_footer_glued_to_the_row_and_to_the_next_header_is_set_apart(glued):
    """Before, the row read as 2019 and 2020 without a word (or was lost, the footer alone)."""
    text = _text(glued)
    if "Opleiding" not in glued:
        text = text.replace("\n908004", "\nOpleiding 2019 2020\n908004", 1)
    assert _read(text) == (ROWS, [])


def test_a_footer_whose_page_count_runs_into_more_digits_than_the_pages_print_is_said():
    """``… 13 Pagina 1 van 26Opleiding``, the other pages printing ``van 2``: the 6 may be the row's
    figure or not — the row is not read, and said. Before, the row read as 2019 and 2020 silently."""
    rows, issues = _read(_text("13 Pagina 1 van 26Opleiding 2019 2020"))
    assert rows == ROWS[:3] + ROWS[4:]
    assert issues == [("unreadable-table", "footer-glued", 8)]


def test_a_footer_whose_page_count_the_other_pages_print_is_set_apart_whole():
    """``… 13 6Pagina 1 van 26Opleiding`` where the pages print ``van 26``: the footer's, all of it."""
    text = _text("13 6Pagina 1 van 26Opleiding 2019 2020").replace("Pagina 2 van 2", "Pagina 2 van 26")
    assert _read(text) == (ROWS, [])


def test_a_label_glued_to_a_figure_that_no_other_line_prints_is_left_as_printed():
    """A number glued to a capitalised word inside a label (``niveau 5Opvoeder``) is no furniture:
    the text from it on is printed nowhere else as a line of its own."""
    text = "\n".join([*PROSE, "Opleiding 2019 2020", "908000 Zorg niveau 5Opvoeder 10 3", "Totaal 10 3", ""])
    assert _read(text) == ([[10, 3], [10, 3]], [])


def test_the_page_count_a_footer_prints_before_the_next_pages_header_counts():
    """The other pages' footers glued to the next page's header too (``Pagina 2 van 2Opleiding …``,
    no footer alone on its line): its number of pages, before a word, is what the pages print."""
    text = _text("13 Pagina 1 van 26Opleiding 2019 2020").replace(
        "Pagina 2 van 2", "Pagina 2 van 2Opleiding 2019 2020\n908008 Lasser module 5 18 11")
    rows, issues = _read(text)
    assert issues == [("unreadable-table", "footer-glued", 8)]
