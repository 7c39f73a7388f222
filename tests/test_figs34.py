"""Session 34: a line of figures alone right below a table's rows, no label, plain type.

``… 3de jaar 30 20`` / ``120 130``: as many figures as the table's last row prints, no word before
them and nothing (a bold type, a label) to say they are the total. On main the line ended the table
and became no cell and no record in text and in a web page — only a ``total-missing`` warning — while
the ``.xlsx`` annex's same row was said. Now it is said at its line in every form
(``unreadable-table``, ``figures-below-rows``), its figures in the record, and the message says it may
be the table's total without its label; it is read as no total (a guess). A page's number, a date,
a footnote below the table stay as they were; a bold row stays the total (test_boldtotal34).
"""

from __future__ import annotations

import functools

import pytest

from test_boldtotal34 import _annex, _page
from test_red30 import read_bytes

from okot_audit import audit, read_text

_HEAD = "Antwoord\n\nDe tabel geeft het aantal unieke cursisten met gestarte OKOT'(s).\n\n"
_NAMES = [("908001", "Educatieve bachelor voor", "kleuteronderwijs - 1ste jaar", (40, 50, 12)),
          ("908002", "Educatieve bachelor voor", "kleuteronderwijs - 2de jaar", (60, 70, 14)),
          ("908003", "Educatieve bachelor voor", "kleuteronderwijs - 3de jaar", (30, 20, 16))]


def _text(form: str, periods: int, below: str | None) -> str:
    """The table in text `form` with `periods` columns, then line `below` right under its last row."""
    years = ["2021", "2022", "2023"][:periods]
    if form == "seeds":  # (pdftotext's text as in seeds/: a name wrapped, a space left at lines' ends)
        rows = "".join(f"{c}: {a} \n{b} {' '.join(map(str, n[:periods]))}\n" for c, a, b, n in _NAMES)
        head = f"Unieke cursisten met gestarte OKOT'(s) {' '.join(years)}\n"
    elif form == "lines":
        rows = "".join(f"{c}: {a} {b} {' '.join(map(str, n[:periods]))}\n" for c, a, b, n in _NAMES)
        head = f"Opleiding {' '.join(years)}\n"
    else:  # laid out (pdftotext -layout)
        rows = "".join(f"{c}: {a} {b:<30}" + "".join(f"{x:>8}" for x in n[:periods]) + "\n" for c, a, b, n in _NAMES)
        head = f"{'Opleiding':<64}" + "".join(f"{y:>8}" for y in years) + "\n"
    if form == "laid" and below is not None and below.replace(" ", "").isdecimal():
        below = " " * 64 + "".join(f"{x:>8}" for x in below.split())  # (figures under their columns)
    return _HEAD + head + rows + ("" if below is None else below + "\n") + "\nBron: VDAB.\n"


def _said(read) -> list:
    return [(i.line, i.numbers) for i in read.issues if i.reason == "figures-below-rows"]


def _totals(read) -> dict:
    return {(c.label, c.period): c.count for t in read.tables for c in t.cells if c.level == "total"}


def _line(text: str, wanted: str) -> int:
    return [line.split() for line in text.splitlines()].index(wanted.split()) + 1


@pytest.mark.parametrize("periods, figures", [(2, "120 130"), (3, "120 130 42")])
@pytest.mark.parametrize("form", ["seeds", "lines", "laid"])
def test_figures_alone_below_a_tables_rows_in_text_are_said_at_their_line(form, periods, figures):
    text = _text(form, periods, figures)
    read = read_bytes(text.encode(), "a.txt")
    numbers = tuple(int(n) for n in figures.split())
    assert _said(read) == [(_line(text, figures), numbers)]
    assert not _totals(read)  # (no label, no bold: not read as the total)
    rows = {(c.code, c.count) for t in read.tables for c in t.cells if c.level == "row"}
    assert len(rows) == 3 * periods


def test_figures_alone_below_a_web_pages_rows_are_said():
    read = read_bytes(_page("plain"), "a.html")
    assert [n for _, n in _said(read)] == [(120, 130)]
    assert not _totals(read)


def test_the_annexes_plain_row_is_said_the_same_way():
    data, rows, totals = _annex(bold=False)
    read = read_bytes(data, "annex.xlsx")
    assert [n for _, n in _said(read)] == [tuple(totals.values())]


def test_the_message_says_it_may_be_the_total_in_english_and_dutch():
    text = _text("lines", 2, "120 130")
    read = read_bytes(text.encode(), "a.txt")
    en, nl = (next(f.message for f in audit(read, lang=lang).findings if f.rule == "unreadable-table")
              for lang in ("en", "nl"))
    assert "'120 130'" in en and "total without its label" in en and "120, 130" in en
    assert "'120 130'" in nl and "totaal van de tabel zijn zonder zijn label" in nl
    assert f"line {_line(text, '120 130')} " in en and f"regel {_line(text, '120 130')} " in nl


@pytest.mark.parametrize("below", ["12", "3 maart 2024", "(1) cijfers tot 30 juni 2023", "2022 2023", "120 130 140 150"])
@pytest.mark.parametrize("form", ["seeds", "lines", "laid"])
def test_other_lines_below_the_rows_stay_as_they_were(form, below):
    """A page's number, a date, a footnote, years alone, more figures than the row prints: no
    record of figures below rows; the same records as without the line (save a line of figures,
    said as a table-like line as before)."""
    read = read_bytes(_text(form, 2, below).encode(), "a.txt")
    assert not _said(read)
    alone = read_bytes(_text(form, 2, None).encode(), "a.txt")
    kinds = [(i.kind, i.reason) for i in read.issues]
    if below == "120 130 140 150":
        assert kinds == [("unreadable-table", "table-like-lines")]
    else:
        assert kinds == [(i.kind, i.reason) for i in alone.issues]


PDF_FORMS = ("pdf", "pdftotext", "pdftotext-layout", "pdfplumber", "pypdf")


@functools.lru_cache(maxsize=None)
def _pdf() -> bytes:
    """The table on a PDF page: each row's name wrapped over two lines, its figures right-aligned
    under the periods beside the name's last line; the line of figures alone under them."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 20.0
    for line in ["Antwoord", "", "De tabel geeft het aantal unieke cursisten met gestarte OKOT'(s).", ""]:
        pdf.text(15, y, line)
        y += 7

    def figures(cells):
        for k, cell in enumerate(cells):
            pdf.text(140 + 20 * k - pdf.get_string_width(cell), y, cell)

    pdf.text(15, y, "Opleiding")
    figures(["2021", "2022"])
    y += 6
    for code, a, b, n in _NAMES:
        pdf.text(15, y, f"{code}: {a}")
        y += 5
        pdf.text(15, y, b)
        figures([str(x) for x in n[:2]])
        y += 6
    figures(["120", "130"])
    y += 10
    pdf.text(15, y, "Bron: VDAB.")
    return bytes(pdf.output())


@pytest.mark.parametrize("form", PDF_FORMS)
def test_figures_alone_below_a_tables_rows_in_a_pdf_are_said(form):
    pytest.importorskip("fpdf")
    from generate.extract import available, extract

    if form == "pdf":
        read = read_bytes(_pdf(), "a.pdf")
    else:
        if not available(form):
            pytest.skip(f"{form} is not installed")
        read = read_text(extract(_pdf(), form), "a.txt")
    if form == "pdftotext":  # (each cell a paragraph, the names wrapped: the whole table refused, its figures said)
        assert [(i.reason, i.numbers[-2:]) for i in read.issues] == [("one-figure-per-line", (120, 130))]
    else:
        assert [n for _, n in _said(read)] == [(120, 130)]
    assert not _totals(read)
