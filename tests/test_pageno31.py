"""Session 31: one spelling and one judgement of a page's number.

- One spelling: every pattern that finds a page's number glued to other text or inside a line of
  words is built from :func:`okot_audit.patterns.page_said` (as :data:`~okot_audit.patterns.PAGE_NUMBER`
  is for a line that is one whole); one judgement of numbers that count with the pages
  (:func:`okot_audit.patterns.numbers_run`, now with each number's page) for the pages form feeds
  part, the furniture's numbers alone and its running headers. The existing tests of these modules
  guard the refactor; the tests here pin the judgement's new arguments.
- ``- 1`` / ``- 2`` at the pages' feet where the text has NO form feeds (pdfplumber's or pypdf's
  text of a PDF numbered so) were read as a row (``ambiguous-alignment``, ``unreadable-table``);
  now they are page furniture where the evidence says so — they count with the pages, a page's
  distance apart, the last one where the last page ends — and stay for the table to read or say
  everywhere else (one ``- 1``, numbers that do not count, more than a page after the last). The
  laid-out answers' property (``test_pages30``) numbers their pages so too, with feeds or without.
"""

from __future__ import annotations

import pytest
from okot_audit import read_text
from okot_audit.parse.furniture import _GLUED, _GLUED_CODE, _INNER_PAGE, _NAMED_HEADER, page_furniture, without_furniture
from okot_audit.patterns import PAGE_NUMBER, numbers_run, page_said
from okot_audit.read.runon import _GLUED_FOOTER, _PAGE_COUNT, _PAGE_NUMBER

_HEAD = "Vraag 12 van 3 maart 2023\n\nAantal unieke cursisten per opleiding\n\nOpleiding 2019 2020 2021\n"
_ROWS = [
    ("Kinderbegeleider", (14, 7, 9)), ("Verpleegkunde", (22, 31, 40)), ("Zorgkundige", (5, 6, 8)),
    ("Logistiek helper", (3, 4, 5)), ("Polyvalent verzorgende", (11, 12, 13)), ("Lasser", (2, 3, 4)),
    ("Heftruckchauffeur", (8, 10, 12)), ("Schilder", (1, 2, 3)), ("Metselaar", (6, 5, 4)),
]


def _cells(rows) -> dict:
    return {(name, str(2019 + k)): count for name, counts in rows for k, count in enumerate(counts)}


def _pages(per_page: int, foot: str, pages: int, blank: bool = False, after: str = "") -> str:
    """The table's rows over `pages` pages of `per_page` rows, each page's foot `foot` (``{n}`` its
    number) right under its last row as pdfplumber and pypdf print it (`blank`: after a blank line),
    no form feed; `after`: text after the last page's foot."""
    lines = _HEAD.rstrip("\n").split("\n")
    for page in range(pages):
        lines += [f"{name} {' '.join(map(str, counts))}" for name, counts in _ROWS[page * per_page:(page + 1) * per_page]]
        lines += [""] * blank + [foot.format(n=page + 1)]
    return "\n".join(lines) + "\n" + after


def _read(text: str) -> tuple[list, dict]:
    answer = read_text(text, "generated.txt")
    cells = {(c.label, c.period): c.count for t in answer.tables for c in t.cells}
    return [(i.kind, i.line, i.numbers) for i in answer.issues], cells


@pytest.mark.parametrize("blank", [False, True], ids=["under-the-row", "after-a-blank"])
@pytest.mark.parametrize("pages", [2, 3])
@pytest.mark.parametrize("foot", ["- {n}", "-{n}", "\u2013 {n}", "\u2014 {n}"])
def test_dashed_page_numbers_without_feeds_are_furniture(foot, pages, blank):
    """``- 1`` / ``- 2`` (/ ``- 3``) at each page's foot, no feed: they count with the pages, a page
    apart, the last one ends the text — page furniture; every row read, nothing said. Before, each
    was read as a row labelled ``-`` (``ambiguous-alignment``) or a figure without a label."""
    issues, cells = _read(_pages(4 if pages == 2 else 3, foot, pages, blank))
    assert issues == []
    rows = _ROWS[: (4 if pages == 2 else 3) * pages]
    assert cells == _cells(rows)


def _numbered_pdf(tmp_path, rows: int, foot: str = "- {n}") -> bytes:
    """A PDF of `rows` rows over its pages, each page's foot `foot` (``{n}``: its number)."""
    from fpdf import FPDF

    class Numbered(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 10, foot.format(n=self.page_no()), align="C")

    pdf = Numbered()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.cell(0, 8, "Aantal unieke cursisten per opleiding", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 8, "Opleiding")
    pdf.cell(30, 8, "2019")
    pdf.cell(30, 8, "2020", new_x="LMARGIN", new_y="NEXT")
    for i in range(rows):
        pdf.cell(80, 8, f"Opleiding {chr(65 + i % 26)}{i}")
        pdf.cell(30, 8, str(i + 3))
        pdf.cell(30, 8, str(2 * i + 1), new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "numbered.pdf"
    pdf.output(str(path))
    return path


def _extracted(path, extractor: str) -> str:
    """The text of the PDF at `path` as pdfplumber or pypdf gives it, its pages joined by a line break."""
    if extractor == "pdfplumber":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() for page in pdf.pages)
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf"])
def test_a_pdf_numbered_dash_n_read_by_another_extractor(tmp_path, extractor):
    """A PDF whose pages are numbered ``- 1``, ``- 2`` at their feet (fpdf2), its text from
    pdfplumber or pypdf (pages joined by a line break, no feed): every row read at its figures,
    no ``-`` row, nothing said about the page numbers. Before: two ``ambiguous-alignment``."""
    text = _extracted(_numbered_pdf(tmp_path, 60), extractor)
    assert "\n- 1\n" in text and text.rstrip().endswith("- 2")  # (the shape the test is about)
    answer = read_text(text, "extracted.txt")
    assert [i for i in answer.issues if i.kind != "total-missing"] == []
    cells = {(c.label, c.period): c.count for t in answer.tables for c in t.cells}
    assert len(cells) == 120 and all(label.startswith("Opleiding ") for label, _ in cells)
    assert cells[("Opleiding E30", "2019")] == 33 and cells[("Opleiding G58", "2020")] == 117


@pytest.mark.parametrize("text, said", [
    # one page: one ``- 1`` counts with nothing (a figure, a label's range end): said, never dropped
    (_pages(9, "- {n}", 1), [10 + 5]),
    # numbers that do not count up by one: none is taken
    (_pages(4, "- {n}", 2).replace("\n- 2\n", "\n- 3\n"), [10, 15]),
    # more text after the last one than a page holds: no page ends there that the text tells
    (_pages(4, "- {n}", 2, after="Zorgkundige 1 2 3\n" * 5), [10, 15]),
])
def test_dashed_numbers_that_the_evidence_does_not_make_page_numbers_are_said(text, said):
    """A ``- n`` line is a page's number only where the evidence says so; anywhere else it stays
    for the table to read or say — an issue at its line, its number with it, never dropped."""
    issues, _ = _read(text)
    lines = text.split("\n")
    for line in said:
        assert any(at == line for _, at, _ in issues), (line, lines[line - 1], issues)


def test_dashed_numbers_a_label_wraps_to_are_kept():
    """``… fase 1`` / ``- 2`` twice, a few lines apart (a label's range end on a line of its own):
    not a page apart — kept for the table, not dropped as a page's number."""
    lines = ("Opleiding 2019 2020", "Zorgkundige fase 14 7", "- 1", "Zorgkundige fase 22 31", "- 2")
    assert page_furniture(lines) == frozenset()


def test_dashed_page_numbers_are_judged_so_only_where_no_feed_tells_the_pages():
    """Where feeds tell each line's page, the pages' own path judges a page's foot
    (``read.layout.pages_apart``); the furniture takes no ``- n`` by the run alone."""
    lines = ("Opleiding 2019 2020", "Zorgkundige 14 7", "Lasser 2 3", "Schilder 1 2", "- 1",
             "Metselaar 6 5", "Logistiek 3 4", "Verpleegkunde 22 31", "- 2")
    assert page_furniture(lines) == frozenset({4, 8})
    assert page_furniture(lines, feeds=True) == frozenset()
    assert without_furniture(lines)[4] == "" and without_furniture(lines, page_of=(1,) * 9)[4] == "- 1"


def test_numbers_run_with_each_numbers_page():
    """:func:`numbers_run` with each number's page (`on`): each its page's (or, `shifted`, one
    difference for all), each on a page of its own, every page known; with `pages`, half of them."""
    assert numbers_run([3], on=[3]) and not numbers_run([3], on=[2]) and not numbers_run([3], on=[None])
    assert numbers_run([2, 3], on=[1, 2], shifted=True) and not numbers_run([2, 3], on=[1, 2])
    assert not numbers_run([2, 4], on=[1, 2], shifted=True)
    assert not numbers_run([1, 1], on=[1, 1], shifted=True)  # (two on one page)
    assert not numbers_run([], on=[], shifted=True)
    assert numbers_run([1, 2], on=[1, 2], pages=4) and not numbers_run([1], on=[1], pages=4)
    assert not numbers_run([1, 3], on=[1, 2], pages=2)


@pytest.mark.parametrize("pattern, text, found", [
    (_GLUED, "Pagina 1 van 2Vlaams Parlement", True),
    (_GLUED, "1/2Vlaams Parlement", True),
    (_GLUED, "Pagina 1 van 2 Vlaams Parlement", False),
    (_GLUED_CODE, "Pagina 1 van 2826562: Zorgkundige", True),
    (_GLUED_CODE, "1/2826562: Zorgkundige", True),
    (_INNER_PAGE, "Antwoord van 12 februari 2024 — pagina 1 van 3 — 1011 Brussel", True),
    (_INNER_PAGE, "Antwoord — bladzijde 2", True),
    (_INNER_PAGE, "Antwoord — xpagina 2", False),
    (_GLUED_FOOTER, "Zorgkundige 13 6pagina 1 van 2", True),
    (_GLUED_FOOTER, "Zorgkundige 13 6 Pagina 1 van 2Opleiding", True),
    (_PAGE_COUNT, "Pagina 2 van 2", True),
    (_PAGE_NUMBER, "PAGINA 2 VAN 2", False),  # (what stands between stays lower case where the word is any case)
    (PAGE_NUMBER, "Pagina 3 van 7", True),
    (_NAMED_HEADER, "Vlaams Parlement - Schriftelijke vraag 512 - pagina 2 van 3", True),
    (_NAMED_HEADER, "Vlaams Parlement - Schriftelijke vraag 512 - pagina 2 op 3", True),  # (before: 'van', '/', 'of' only)
    (PAGE_NUMBER, "p. 3", True),
    (PAGE_NUMBER, "p.3 zorg", False),
])
def test_the_patterns_built_from_one_spelling_find_what_they_found(pattern, text, found):
    """Each pattern built from :func:`page_said` finds the footers it found before the one spelling."""
    assert (pattern.search(text) is not None) == found


def test_page_said_spells_the_page_word_the_number_and_the_count():
    assert page_said() == r"(?:pagina|page|pag\.|blz\.?|bladzijde)\s*\d{1,4}(?:\s*(?:/|van|of|op)\s*\d{1,4})?"
    assert page_said("", page="p", of="o", count=True) == r"(?P<p>\d{1,4})\s*(?:/|van|of|op)\s*(?P<o>\d{1,4})"


def test_a_lone_dashed_page_number_between_whole_rows_is_never_a_row():
    """A lone ``- 2 -`` between two whole rows: no row labelled ``-`` (before: its 2 read as a
    figure, nothing said) — its number said at its line (``tests/test_dash31.py``)."""
    issues, cells = _read(_HEAD.replace(" 2021", "") + "Zorgkundige 14 7\nVerpleegkunde 22 31\n- 2 -\nLogistiek 3 4\n")
    assert not any(label == "-" for label, _ in cells) and issues != []
