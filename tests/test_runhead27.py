"""Session 27 (runhead27): a page's running header on a line of its own joined into a row's label.

Single-spaced text (pdfplumber, pypdf), the pages apart by form feeds or run together by a line
break: a running header printed at the top of every page but the first (``Vlaams Parlement -
Schriftelijke vragen``), not the document's first line, stands between two rows of a table that
goes on over the page's break. It is furniture, not the first line of the row's name below.
"""

from __future__ import annotations

import pytest

from test_footer27 import HEAD, _named
from test_running26 import NAMES, PROSE, _pdf

pytest.importorskip("fpdf", reason="needs fpdf2")


def _pages(count: int, head: str, foot: bool) -> bytes:
    """A table of four named rows a page over `count` pages, its header on page 1 only, `head` the
    first line of every later page, a total last; ``Pagina n van m`` at each page's foot if `foot`."""
    pages = [[HEAD] + [_named(i) for i in range(4)]]
    for page in range(1, count):
        pages.append([[(20, head)]] + [_named(i) for i in range(4 * page, 4 * page + 4)])
    pages[-1].append([(20, "Totaal"), (124, str(sum(10 + i for i in range(4 * count)))),
                      (149, str(sum(3 + i for i in range(4 * count))))])
    return _pdf(pages, prose=PROSE, foot=[(90, "Pagina {p} van %d" % count)] if foot else None)


def _read(text: str):
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = parse_answer(source_from_bytes(text.encode(), "a.txt"))
    rows = {}
    for table in answer.tables:
        for cell in table.cells:
            rows.setdefault(cell.label, []).append(cell.count)
    return rows, answer.issues


def _expected(count: int) -> dict[str, list[int]]:
    rows = {NAMES[i]: [10 + i, 3 + i] for i in range(4 * count)}
    rows["Totaal"] = [sum(10 + i for i in range(4 * count)), sum(3 + i for i in range(4 * count))]
    return rows


@pytest.mark.parametrize("feed", ["\f", "\n"])
@pytest.mark.parametrize("foot", [True, False])
@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf", "pdfplumber-layout"])
def test_a_running_header_at_each_later_pages_top_is_no_part_of_the_rows_name(extractor, count, foot, feed):
    """``Kinderbegeleider 13 6`` at page 1's foot, ``Vlaams Parlement - Schriftelijke vragen`` atop
    page 2, ``Logistiek helper 14 7`` below it: before, the row read as ``Vlaams Parlement -
    Schriftelijke vragen Logistiek helper``, without a word, on every later page. Words that only
    the paper's running header holds are no row's name: the table reads exactly."""
    from generate.extract import extract

    text = extract(_pages(count, "Vlaams Parlement - Schriftelijke vragen", foot), extractor).replace("\f", feed)
    assert "Vlaams Parlement - Schriftelijke vragen" in [line.strip() for line in text.replace("\f", "\n").split("\n")]
    assert _read(text) == (_expected(count), [])


@pytest.mark.parametrize("foot", [True, False])
@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf", "pdfplumber-layout"])
def test_a_running_header_that_names_no_paper_atop_two_later_pages_of_a_pdf_is_furniture(extractor, foot):
    """``Opleidingen in de zorg`` atop pages 2 and 3 of a PDF, its text as the extractors give it
    (form feeds between the pages): before, read as the start of the names below it on both pages,
    without a word. The same words at two page breaks: the pages' running header."""
    from generate.extract import extract

    assert _read(extract(_pages(3, "Opleidingen in de zorg", foot), extractor)) == (_expected(3), [])


def _text(head: str, count: int) -> str:
    rows = [f"{NAMES[i]} {10 + i} {3 + i}" for i in range(4 * count)]
    lines = [*PROSE, "Opleiding 2019 2020", *rows[:4]]
    for page in range(1, count):
        lines += [head, *rows[4 * page:4 * page + 4]]
    expected = _expected(count)["Totaal"]
    return "\n".join([*lines, f"Totaal {expected[0]} {expected[1]}", ""])


def test_a_short_paper_word_printed_at_two_page_breaks_is_furniture():
    """``VDAB`` alone atop pages 2 and 3 (the pages run together): before, read as the start of
    ``VDAB Kinderbegeleider`` and ``VDAB Lasser``. Printed twice between rows, it names the paper."""
    assert _read(_text("VDAB", 3)) == (_expected(3), [])


def test_a_short_paper_word_at_a_form_feed_is_furniture():
    """``VDAB`` once, atop page 2 (a form feed marks the break right above it): the page's head."""
    text = _text("VDAB", 2).replace("\nVDAB\n", "\f\nVDAB\n")
    assert _read(text) == (_expected(2), [])


def test_a_wrapped_names_first_line_between_rows_stays_the_names_start():
    """What stays: words that name no paper on a line of their own over a row (``Bachelor in de`` /
    ``Verpleegkunde 14 7``): a name wrapped over two lines, read whole."""
    rows, issues = _read(_text("Bachelor in de", 2))
    assert rows["Bachelor in de Kinderbegeleider"] == [14, 7]
    assert issues == []


def test_a_short_paper_word_once_with_no_break_stays():
    """What stays: ``VDAB`` once between two rows, nothing telling a page's break there: it may
    head a block or start a name (``VDAB Kinderbegeleider``); it is not dropped as furniture."""
    rows, _ = _read(_text("VDAB", 2))
    assert "Kinderbegeleider" not in rows
    assert any("VDAB" in label for label in rows)


def test_a_running_header_that_names_no_paper_at_every_form_feed_is_furniture():
    """``Opleidingen in de zorg`` atop pages 2 and 3, a form feed right above it each time, between
    two rows: before, read as the start of ``Opleidingen in de zorg Kinderbegeleider`` and ``…
    Lasser``, without a word. The same words at every page's break: the pages' running header."""
    text = _text("Opleidingen in de zorg", 3).replace("\nOpleidingen in de zorg\n", "\f\nOpleidingen in de zorg\n")
    assert _read(text) == (_expected(3), [])


def test_words_that_name_no_paper_at_one_form_feed_stay_the_names_start():
    """What stays: ``Opleidingen in de zorg`` once, atop page 2: a name wrapped over the page's
    break or the page's head — one break tells nothing; the row is read as printed."""
    text = _text("Opleidingen in de zorg", 2).replace("\nOpleidingen in de zorg\n", "\f\nOpleidingen in de zorg\n")
    assert _read(text)[0]["Opleidingen in de zorg Kinderbegeleider"] == [14, 7]


def _said(issues) -> list[tuple[int, str, str, int]]:
    return [(i.line, i.reason, i.text, i.other_line) for i in issues]


def test_a_running_header_that_names_no_paper_in_text_run_together_is_said():
    """``Opleidingen in de zorg`` atop pages 2 and 3, the pages run together (no form feed, no page
    number): before, joined into ``Opleidingen in de zorg Kinderbegeleider`` and ``… Lasser``
    without a word. A running header or a wrapped name's first line printed again — nothing in the
    text tells; the rows are read as printed and each place is said (runhead27b)."""
    rows, issues = _read(_text("Opleidingen in de zorg", 3))
    assert rows["Opleidingen in de zorg Kinderbegeleider"] == [14, 7]
    assert rows["Opleidingen in de zorg Lasser"] == [18, 11]
    assert _said(issues) == [(9, "words-over-row", "Opleidingen in de zorg", 10),
                             (14, "words-over-row", "Opleidingen in de zorg", 15)]


def test_words_that_name_no_paper_at_one_form_feed_are_said():
    """``Opleidingen in de zorg`` once, right after a form feed, over a row: before, joined into the
    row's name without a word. One break tells nothing: read as printed, and said."""
    text = _text("Opleidingen in de zorg", 2).replace("\nOpleidingen in de zorg\n", "\f\nOpleidingen in de zorg\n")
    rows, issues = _read(text)
    assert rows["Opleidingen in de zorg Kinderbegeleider"] == [14, 7]
    assert _said(issues) == [(9, "words-over-row", "Opleidingen in de zorg", 10)]


@pytest.mark.parametrize("foot", [True, False])
@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf", "pdfplumber-layout"])
def test_a_running_header_that_names_no_paper_atop_page_two_of_a_pdf_is_said(extractor, foot):
    """A 2-page PDF, ``Opleidingen in de zorg`` atop page 2 only: the text as each extractor gives
    it. Before, joined into the first row's name of page 2 without a word; now said at its line."""
    from generate.extract import extract

    rows, issues = _read(extract(_pages(2, "Opleidingen in de zorg", foot), extractor))
    assert rows["Opleidingen in de zorg Kinderbegeleider"] == [14, 7]
    assert [(i.kind, i.reason, i.text) for i in issues] == [("stray-number", "words-over-row", "Opleidingen in de zorg")]
    line = issues[0].other_line
    assert extract(_pages(2, "Opleidingen in de zorg", foot), extractor).split("\n")[line - 1].split()[0] \
        == "Kinderbegeleider"


def _wrapped(first: str, names: list[str]) -> str:
    """Rows whose names wrap, `first` the first line of each of `names`, two rows running."""
    lines = [*PROSE, "Opleiding 2019 2020", f"{NAMES[0]} 10 3"]
    for k, name in enumerate(names):
        lines += [first, f"{name} {11 + k} {4 + k}"]
    lines += [f"Totaal {10 + sum(11 + k for k in range(len(names)))} {3 + sum(4 + k for k in range(len(names)))}", ""]
    return "\n".join(lines)


def test_a_wrapped_names_first_line_printed_over_two_rows_running_is_a_name():
    """What was decided for a name's first line printed twice (``Bachelor in de`` / ``Verpleegkunde``,
    ``Bachelor in de`` / ``Vroedkunde``): rows running, no page between them — the names are read
    whole and nothing is said (a warning on every such table would be noise)."""
    rows, issues = _read(_wrapped("Bachelor in de", ["Verpleegkunde", "Vroedkunde"]))
    assert rows["Bachelor in de Verpleegkunde"] == [11, 4]
    assert rows["Bachelor in de Vroedkunde"] == [12, 5]
    assert issues == []
    rows, issues = _read(_wrapped("Hoger beroepsonderwijs", ["Verpleegkunde", "Orthopedagogie"]))
    assert rows["Hoger beroepsonderwijs Verpleegkunde"] == [11, 4]
    assert issues == []


def test_a_wrapped_first_line_the_catalogue_knows_at_a_pages_distance_is_a_name():
    """``Professionele bachelor`` over ``Verpleegkunde 14 7`` and again four rows on, the pages run
    together: the catalogue knows ``Professionele bachelor verpleegkunde`` (and more narrowly than
    ``Verpleegkunde``): a name's start, read whole, nothing said."""
    text = _text("Professionele bachelor", 3).replace(
        "Professionele bachelor\nKinderbegeleider", "Professionele bachelor\nVerpleegkunde")
    rows, issues = _read(text)
    assert rows["Professionele bachelor Verpleegkunde"] == [14, 7]
    assert issues == []
