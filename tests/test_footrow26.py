"""Session 26 (footrow26): a table row run into the page footer printed above it.

Text taken out of a PDF page by page and joined without a line break runs a page's footer into
the next page's first row (``Pagina 1 van 2Kinderbegeleider 14 7``). Before, the whole line was
taken for page furniture and the row was lost without a word. Now the footer is cut off and the
row read.
"""

from __future__ import annotations

import pytest

from test_glue26 import _joined, _read  # noqa: E402
from test_running26 import NAMES, PROSE, _pdf  # noqa: E402

pytest.importorskip("fpdf", reason="needs fpdf2")

HEAD = [(20, "Opleiding"), (120, "2019"), (145, "2020")]


def _named(i: int):
    return [(20, NAMES[i]), (124, str(10 + i)), (149, str(3 + i))]


#: Two pages of named rows (no training code), the header only on the first; a total last.
PAGES = [[HEAD] + [_named(i) for i in range(4)],
         [_named(i) for i in range(4, 8)] + [[(20, "Totaal"), (124, "108"), (149, "52")]]]
ROWS = [[10 + i, 3 + i] for i in range(8)] + [[108, 52]]


@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf"])
def test_a_named_row_glued_after_the_page_footer_is_read(extractor):
    """``Pagina 1 van 2Kinderbegeleider 14 7``: before, the row was dropped as furniture, silently."""
    text = _joined(_pdf(PAGES, prose=PROSE, foot=[(90, "Pagina {p} van 2")]), extractor)
    assert "Pagina 1 van 2Kinderbegeleider 14 7" in text
    assert _read(text) == (ROWS, [])


def _text(first: str, footer: str = "Pagina {p} van 2") -> str:
    rows = [f"{NAMES[i]} {10 + i} {3 + i}" for i in range(8)]
    return "\n".join([*PROSE, "Opleiding 2019 2020", *rows[:4], footer.format(p=1) + first, *rows[5:],
                      "Totaal 108 52", footer.format(p=2), ""])


def test_a_named_row_glued_after_a_footer_in_text_is_read():
    assert _read(_text("Kinderbegeleider 14 7")) == (ROWS, [])


def test_a_coded_row_glued_after_a_footer_is_read():
    """``Pagina 1 van 2908004: Kinderbegeleider 14 7``: the code is the last six digits."""
    text = _text("908004: Kinderbegeleider 14 7")
    assert _read(text) == (ROWS, [])


def test_a_running_header_glued_after_each_footer_is_still_furniture():
    """``Pagina 1 van 3Vlaams Parlement vraag 512`` on each page: the same text after every footer."""
    rows = [f"{NAMES[i]} {10 + i} {3 + i}" for i in range(8)]
    text = "\n".join([*PROSE, "Opleiding 2019 2020", *rows[:3], "Pagina 1 van 3Schriftelijke vraag 512", *rows[3:6],
                      "Pagina 2 van 3Schriftelijke vraag 512", *rows[6:], "Totaal 108 52", "Pagina 3 van 3", ""])
    assert _read(text) == (ROWS, [])


def _coded(glued: str, last: str = "pagina 2 van 2") -> str:
    """test_glue26's table as text, page 1's last row and what follows it as `glued`."""
    rows = [f"90800{i} {NAMES[i]} module 5 {10 + i} {3 + i}" for i in range(8)]
    return "\n".join([*PROSE, "Opleiding 2019 2020", *rows[:3], f"908003 {NAMES[3]} module 5 {glued}",
                      *rows[4:], last, ""])


CODED = [[10 + i, 3 + i] for i in range(8)]


@pytest.mark.parametrize("glued", ["13 6pagina 1 van 2Opleiding 2019 2020", "13 6pagina 1 van 2"])
def test_a_lower_case_footer_glued_to_the_row_is_set_apart(glued):
    """``… 13 6pagina 1 van 2``: before, the row read as 2019 and 2020 or lost its figures, silently."""
    text = _coded(glued)
    if "Opleiding" not in glued:
        text = text.replace("\n908004", "\nOpleiding 2019 2020\n908004", 1)
    assert _read(text) == (CODED, [])


def test_a_footers_page_count_told_by_the_footers_sequence_where_every_footer_is_glued():
    """``… 13 Pagina 1 van 26Opleiding``, page 2's footer glued to the next row's code (``Pagina 2
    van 2908008: …``), so no footer prints the count alone: the footers number pages 1 and 2, so
    the 6 may be the row's — said (``footer-glued``). Before, the 6 was taken for the count, silently."""
    text = _coded("13 Pagina 1 van 26Opleiding 2019 2020", last="Pagina 2 van 2908008: Lasser module 5 18 11")
    rows, issues = _read(text)
    assert rows == CODED[:3] + CODED[4:] + [[18, 11]]
    assert issues == [("unreadable-table", "footer-glued", 8)]


def test_a_head_with_a_figure_printed_elsewhere_glued_after_a_footer_is_still_furniture():
    """``Pagina 1 van 2Jaarverslag OKOT 2023``, the document's first line: the next page's head, no row."""
    rows = [f"{NAMES[i]} {10 + i} {3 + i}" for i in range(8)]
    text = "\n".join(["Jaarverslag OKOT 2023", *PROSE, "Opleiding 2019 2020", *rows[:4],
                      "Pagina 1 van 2Jaarverslag OKOT 2023", *rows[4:], "Totaal 108 52", "Pagina 2 van 2", ""])
    assert _read(text) == (ROWS, [])
