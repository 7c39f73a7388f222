"""Session 27 (footer27): page furniture read as rows, or a row's label or figure lost to a footer.

A page's footer glued to the next page's first line where that line is a wrapped label's start
(``Pagina 1 van 2Polyvalent`` / ``verzorgende 14 7``); a footer glued after a row's last figure
whose number of pages nothing else in the text tells (``… 13 Pagina 1 van 26``); a running footer
in ``pdftotext -layout`` text that holds a figure (``Zitting   2023``, ``VDAB  Vlaams Parlement
12``). Real PDFs (fpdf2) as the extractors give them, or their text as a user's script joins it.
"""

from __future__ import annotations

import pytest

from test_footrow26 import _coded
from test_glue26 import _read

pytest.importorskip("fpdf", reason="needs fpdf2")


# --- a footer's number of pages that nothing tells, glued after a row's figure ----------------

def test_a_glued_footers_count_no_other_footer_tells_is_said_not_read_as_the_count():
    """``… 13 Pagina 1 van 26Opleiding 2019 2020``, the only footer in the text: 2 pages and the
    row's 6, or 26 pages — it cannot be told. Before, the count was read as 26 and the row as
    ``13`` alone, its 6 lost without a word (the unique-person total 10 holds either way)."""
    rows, issues = _read(_coded("13 Pagina 1 van 26Opleiding 2019 2020", last="Totaal 100 10"))
    assert rows == [[10 + i, 3 + i] for i in range(8) if i != 3] + [[100, 10]]
    assert issues == [("unreadable-table", "footer-glued", 8)]


def test_a_footer_glued_after_a_row_does_not_tell_the_count_of_another():
    """The last page's footer glued after its last row too (``Totaal 100 10Pagina 2 van 26``): its
    count is in doubt as well, so it tells nothing of page 1's. Before, it was taken as printed:
    page 1's ``van 26`` read whole, the row's 6 lost without a word. Now the footers' page numbers
    (1, 2) tell two pages: both rows are said."""
    rows, issues = _read(_coded("13 Pagina 1 van 26Opleiding 2019 2020", last="Totaal 100 10Pagina 2 van 26"))
    assert rows == [[10 + i, 3 + i] for i in range(8) if i != 3]
    assert issues == [("unreadable-table", "footer-glued", 8), ("unreadable-table", "footer-glued", 13)]


def test_a_one_digit_count_glued_after_a_row_is_the_footers():
    """What stays: ``… 13 6Pagina 1 van 2Opleiding``: a count of one digit holds no row's figure."""
    rows, issues = _read(_coded("13 6Pagina 1 van 2Opleiding 2019 2020", last="Totaal 100 10"))
    assert (rows, issues) == ([[10 + i, 3 + i] for i in range(8)] + [[100, 10]], [])


@pytest.mark.parametrize(("glued", "last"), [
    ("13 6 Pagina 1 van 2", "Totaal 108 52 Pagina 2 van 2"),
    ("13 6 Pagina 1 van 2", "Totaal 108 52"),
])
def test_a_footer_a_space_apart_after_a_rows_figures_is_set_apart(glued, last):
    """``… 13 6 Pagina 1 van 2`` (the foot printed on the row's baseline, or pages joined with a
    space): before, the row read as ``2`` (the footer's count) or lost its figures to an
    ambiguity, the footer's numbers taken for the row's."""
    assert _read(_coded(glued, last=last)) == ([[10 + i, 3 + i] for i in range(8)] + [[108, 52]], [])


def test_a_footers_count_a_space_apart_after_a_row_is_said_where_nothing_tells_it():
    """``… 13 Pagina 1 van 26``, nothing else telling the number of pages: before, the row read as
    ``26`` without a word."""
    rows, issues = _read(_coded("13 Pagina 1 van 26", last="Totaal 100 10"))
    assert rows == [[10 + i, 3 + i] for i in range(8) if i != 3] + [[100, 10]]
    assert issues == [("unreadable-table", "footer-glued", 8)]


# --- a wrapped label's first line glued after a footer --------------------------------------

from test_running26 import NAMES, PROSE, _pdf  # noqa: E402
from test_glue26 import _joined  # noqa: E402

HEAD = [(20, "Opleiding"), (120, "2019"), (145, "2020")]


def _named(i: int, name: str | None = None):
    return [(20, name or NAMES[i]), (124, str(10 + i)), (149, str(3 + i))]


def _wrapped_first(first: str, second: str):
    """Two pages of named rows, page 2 opening with a label wrapped over two lines (`first` /
    `second`, its figures on the second), a total last; ``Pagina n van 2`` at each page's foot."""
    return [[HEAD] + [_named(i) for i in range(4)],
            [[(20, first)], _named(4, second)] + [_named(i) for i in range(5, 8)]
            + [[(20, "Totaal"), (124, "108"), (149, "52")]]]


def _labels(text: str) -> dict[str, list[int]]:
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = parse_answer(source_from_bytes(text.encode(), "a.txt"))
    assert answer.issues == []
    out: dict[str, list[int]] = {}
    for table in answer.tables:
        for cell in table.cells:
            out.setdefault(cell.label, []).append(cell.count)
    return out


@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf"])
@pytest.mark.parametrize(("first", "second", "label"), [
    ("Polyvalent", "helpende", "Polyvalent helpende"),
    ("Bachelor kleuteronderwijs -", "1ste jaar", "Bachelor kleuteronderwijs - 1ste jaar"),
])
def test_a_wrapped_labels_first_line_glued_after_the_footer_keeps_its_start(extractor, first, second, label):
    """``Pagina 1 van 2Polyvalent`` / ``verzorgende 14 7``: before, the whole first line was taken
    for page furniture and the row read as ``verzorgende`` alone, without a word."""
    text = _joined(_pdf(_wrapped_first(first, second), prose=PROSE, foot=[(90, "Pagina {p} van 2")]), extractor)
    assert "Pagina 1 van 2" + first.split()[0] in text
    labels = _labels(text)
    assert labels[label] == [14, 7]
    assert not any(name.startswith(second) for name in labels)


def test_a_running_header_glued_after_the_footer_over_a_capitalised_row_is_still_furniture():
    """What stays: ``Pagina 1 van 2Vlaams Parlement - Schriftelijke vragen`` over ``Kinderbegeleider
    14 7``: words glued after a footer whose next row opens a label of its own are the next page's
    head, not a label's start."""
    rows = [f"{NAMES[i]} {10 + i} {3 + i}" for i in range(8)]
    text = "\n".join([*PROSE, "Opleiding 2019 2020", *rows[:4], "Pagina 1 van 2Vlaams Parlement - Schriftelijke vragen",
                      *rows[4:], "Totaal 108 52", "Pagina 2 van 2", ""])
    assert _labels(text)["Kinderbegeleider"] == [14, 7]


# --- a running footer with a figure in laid-out text -----------------------------------------

from test_running26 import _read_or_said, _table_pages, _table_rows  # noqa: E402


@pytest.mark.parametrize("foot", [
    [(20, "Zitting"), (149, "2023")],
    [(20, "Zitting"), (124, "2023")],
    [(20, "Vlaams Parlement"), (100, "Zitting"), (149, "2023")],
])
def test_a_footer_that_dates_the_paper_under_a_tables_column_is_no_row(foot):
    """``Zitting   2023`` at each page's foot, its year right under a column of the table: before,
    the PDF and ``pdftotext -layout`` read it as a row of the last page's table, its 2023 a
    figure, without a word. Its figures are all periods and it is the same on every page: the
    paper's session, no row."""
    pdf = _table_pages(foot=foot)
    _read_or_said(pdf, _table_rows())


def test_a_rows_count_at_each_pages_foot_under_the_last_column_stays_a_row():
    """What stays: a row at the foot of each page apart from the table, the same on each, a count
    (not a year) under the table's last column: a row (``Onbekend  54``), read."""
    pdf = _table_pages(foot=[(20, "Onbekend"), (149, "54")])
    for name in ("pdf", "pdftotext-layout"):
        from test_running26 import _forms

        answer = dict(_forms(pdf))[name]
        counts = [cell.count for table in answer.tables for cell in table.cells]
        assert counts.count(54) == 3, name


def test_a_tables_header_at_the_foot_of_each_page_but_the_last_stays():
    """What stays: a one-period table's header alone at the foot of each page but the last
    (``Opleiding   2023``, its rows on the next page): the same on each page, a year its only
    figure, but not at the last page's foot — a header over the next page's rows, not a footer."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    at = 0
    for number in range(3):
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        y = 30
        if number:
            for _ in range(3):
                pdf.text(20, y, NAMES[at])
                pdf.text(149, y, str(11 + at))
                at += 1
                y += 7
            pdf.text(20, y, "Totaal")
            pdf.text(149, y, str(sum(11 + k for k in range(at - 3, at))))
        else:
            pdf.text(20, y, "Gestarte OKOT's per opleiding in de zorg")
        if number < 2:
            pdf.text(20, 285, "Opleiding")
            pdf.text(149, 285, "2023")
    from test_running26 import _forms

    for name in ("pdf", "pdftotext-layout"):
        answer = dict(_forms(bytes(pdf.output())))[name]
        periods = {cell.period for table in answer.tables for cell in table.cells}
        assert "2023" in periods, (name, answer.issues)


def test_a_running_header_glued_after_the_footer_over_a_labels_end_is_still_furniture():
    """What stays: the next page's head glued after the footer (``Pagina 1 van 2Vlaams Parlement -
    Schriftelijke vragen``), the first page printing it as its first line, over a row that opens in
    lower case (``helpende 14 7``): kept after the footer as a label's start, it is still the
    document's first line printed again (:func:`~okot_audit.parse.furniture._without_repeated_first`),
    no part of the row's label."""
    rows = [f"{NAMES[i]} {10 + i} {3 + i}" for i in range(8)]
    head = "Vlaams Parlement - Schriftelijke vragen"
    text = "\n".join([head, *PROSE, "Opleiding 2019 2020", *rows[:4], "Pagina 1 van 2" + head,
                      "helpende 14 7", *rows[5:], "Totaal 108 52", "Pagina 2 van 2", ""])
    labels = _labels(text)
    assert labels["helpende"] == [14, 7]


def test_a_label_wrapped_over_a_page_break_keeps_its_start():
    """``Polyvalent`` at page 1's foot, its footer ``Pagina 1 van 2`` (left blank as furniture), then
    ``helpende 14 7`` at page 2's head: before, the blank where the footer stood ended the label,
    ``Polyvalent`` was set aside as a line of no row and the row read ``helpende``, without a word."""
    rows = [f"{NAMES[i]} {10 + i} {3 + i}" for i in range(8)]
    text = "\n".join([*PROSE, "Opleiding 2019 2020", *rows[:4], "Polyvalent", "Pagina 1 van 2",
                      "helpende 14 7", *rows[5:], "Totaal 108 52", "Pagina 2 van 2", ""])
    assert _labels(text)["Polyvalent helpende"] == [14, 7]


def test_a_label_wrapped_over_a_page_break_in_a_pdf_keeps_its_start():
    """The same from a PDF (``Polyvalent`` the last line of page 1, ``Pagina 1 van 2`` at its foot,
    ``helpende 14 7`` page 2's first row), as pdfplumber and pypdf give its text (pages apart by a
    form feed): the row reads ``Polyvalent helpende`` or is said. Before, ``helpende``, silently."""
    from generate.extract import extract
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    pages = _wrapped_first("Polyvalent", "helpende")
    pages = [pages[0] + [[(20, "Polyvalent")]], pages[1][1:]]
    pdf = _pdf(pages, prose=PROSE, foot=[(90, "Pagina {p} van 2")])
    for extractor in ("pdfplumber", "pypdf"):
        answer = parse_answer(source_from_bytes(extract(pdf, extractor).encode(), "a.txt"))
        labels = {cell.label for table in answer.tables for cell in table.cells}
        assert "Polyvalent helpende" in labels or answer.issues, (extractor, labels)
        assert "helpende" not in labels, extractor


# --- session 27 (footer27b): a running footer in single-spaced text with pages ----------------

from test_running26 import _rows  # noqa: E402

_FOOTERS = [
    [(20, "Zitting"), (149, "2023")],
    [(20, "Zitting"), (124, "2023")],
    [(20, "Vlaams Parlement"), (100, "Zitting"), (149, "2023")],
    [(20, "VDAB"), (100, "Vlaams Parlement"), (185, "12")],
    [(20, "VDAB"), (100, "Vlaams Parlement"), (185, "{p}")],
]


@pytest.mark.parametrize("feed", ["\f", "\n"])
@pytest.mark.parametrize("extractor", ["pdfplumber", "pdfplumber-layout", "pypdf"])
@pytest.mark.parametrize("foot", _FOOTERS)
def test_a_running_footer_last_on_every_page_of_single_spaced_text_is_no_row(extractor, foot, feed):
    """``Zitting 2023`` or ``VDAB Vlaams Parlement 12`` the last line of every page, the pages
    apart by form feeds or joined by a line break (the table's header printed again at each
    page's head), as pdfplumber, pypdf and pdfplumber's ``layout=True`` give them: before, it was
    read as a row of the table above on each page (``ambiguous-alignment`` three times). The same
    at every page's foot, its figures a year, or a number beside words that name the paper, fewer
    than the rows above it: furniture."""
    from generate.extract import extract
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    text = extract(_table_pages(foot=foot), extractor).replace("\f", feed)
    answer = parse_answer(source_from_bytes(text.encode(), "a.txt"))
    assert (_rows(answer), answer.issues) == (_table_rows(), [])


@pytest.mark.parametrize("feed", ["\f", "\n"])
@pytest.mark.parametrize("extractor", ["pdfplumber", "pdfplumber-layout", "pypdf"])
@pytest.mark.parametrize("foot", [[(20, "Onbekend"), (124, "5"), (149, "54")], [(20, "Onbekend"), (149, "54")]])
def test_a_row_at_every_pages_foot_stays_a_row_or_is_said_in_single_spaced_text(extractor, foot, feed):
    """What stays: a row at each page's foot, the same on each, that names no paper: as many
    figures as the table's rows (``Onbekend 5 54``), or fewer (``Onbekend 54``: a row or a footer,
    nothing in the text tells) — read on every page or said, never dropped without a word."""
    from generate.extract import extract
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    text = extract(_table_pages(foot=foot), extractor).replace("\f", feed)
    answer = parse_answer(source_from_bytes(text.encode(), "a.txt"))
    counts = [cell.count for table in answer.tables for cell in table.cells]
    lines = {issue.line for issue in answer.issues}
    assert counts.count(54) == 3 or len(lines) >= 3, (extractor, counts, answer.issues)


# --- session 27 (footer27b): words glued after a footer over a row that opens a name -----------

@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf"])
@pytest.mark.parametrize(("first", "label"), [
    ("Graduaat", "Graduaat Verpleegkunde"),
    ("Bachelor in de", "Bachelor in de Verpleegkunde"),
])
def test_a_known_names_start_glued_after_the_footer_over_a_capitalised_row_is_read(extractor, first, label):
    """``Pagina 1 van 2Graduaat`` / ``Verpleegkunde 14 7`` (the pages joined with no line break):
    before, ``Graduaat`` was dropped with the footer as a running header and the row read as
    ``Verpleegkunde`` (900611 or 900711) without a word. The two together name one programme of
    the catalogue, more narrowly than the row's name alone: the label's start, read."""
    text = _joined(_pdf(_wrapped_first(first, "Verpleegkunde"), prose=PROSE, foot=[(90, "Pagina {p} van 2")]), extractor)
    assert "Pagina 1 van 2" + first in text
    labels = _labels(text)
    assert labels[label] == [14, 7]


@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf"])
def test_unknown_words_glued_after_the_footer_over_a_capitalised_row_are_said(extractor):
    """``Pagina 1 van 2Opleidingen in de zorg`` / ``Verpleegkunde 14 7``: a running header or the
    row's name's first line — nothing tells. Before, the words went with the footer without a
    word; now they are said at the footer's line (``stray-number``, ``words-after-footer``), the
    row read with the name below."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    text = _joined(_pdf(_wrapped_first("Opleidingen in de zorg", "Verpleegkunde"), prose=PROSE,
                        foot=[(90, "Pagina {p} van 2")]), extractor)
    answer = parse_answer(source_from_bytes(text.encode(), "a.txt"))
    footer = next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith("Pagina 1 van 2"))
    assert [(i.kind, i.reason, i.line, i.text, i.other, i.other_line) for i in answer.issues] == [
        ("stray-number", "words-after-footer", footer, "Opleidingen in de zorg", "Pagina 1 van 2", footer + 1)]


def test_words_glued_after_the_footer_are_said_in_english_and_dutch():
    """The finding names the words, the footer and the row's line, in both languages."""
    from okot_audit import audit, read_text

    rows = [f"{NAMES[i]} {10 + i} {3 + i}" for i in range(8)]
    text = "\n".join([*PROSE, "Opleiding 2019 2020", *rows[:4], "Pagina 1 van 2Opleidingen in de zorg",
                      *rows[4:], "Totaal 108 52", "Pagina 2 van 2", ""])
    for lang, words in (("en", ("'Opleidingen in de zorg'", "('Pagina 1 van 2')", "on line 10")),
                        ("nl", ("'Opleidingen in de zorg'", "('Pagina 1 van 2')", "op regel 10"))):
        found = [f for f in audit(read_text(text, "antwoord.txt"), lang=lang).findings if f.rule == "stray-number"]
        assert [f.line for f in found] == [9], lang
        assert all(word in found[0].message for word in words), (lang, found[0].message)
