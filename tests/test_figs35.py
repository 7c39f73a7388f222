"""Session 35: figures alone beside a table, never joined into a name or a header, never silent.

test_figs34 said a line of figures alone right below a table's rows when it printed as many
figures as the rows. Left open on main:

1. in laid-out text (``pdftotext -layout``) the line set at the LEFT margin right below the rows
   was joined into the last row's label (``… 3de jaar 120.130``): the figures vanished into a name
   — now the line stays a line of its own and is said (``figures-below-rows``), the name as printed;
2. a line with FEWER figures than the table's rows print (``2 3`` under three periods, ``120`` under
   two) was silent in every form — now ``fewer-figures-below-rows``; in a workbook's sheet or a web
   page's table, where no page's number stands, one small figure in a row of cells too;
3. the same line right below a table's closing total (two figures, or one no page's number is) was
   silent — now ``row-after-total``; right above a table's header it was silent, or joined into
   the header's words in laid-out text and text (``120 Opleiding``, ``120 130 42 Opleiding``) — now
   ``figures-above-header``; at the left right under a laid-out header it was joined into the
   header's first cell (``Opleiding 120.130``) and broke every row — now a stray line in the table;
   at the left right below a laid-out total it was joined into the total's words (``Totaal 120.130``,
   ``Totaal 12``) — now said, or (a page's number, a date) left as in the other forms.

Lines that are no such figures stay as they were: a row's name wrapped onto a line of its own number
(``module`` / ``5``; ``modules 1-`` / ``4  21  30``), a note with numbers, a total row, a page's
number (one figure under 100), years alone, the next table's header.
"""

from __future__ import annotations

import functools
import io

import pytest

from test_red28 import TEACHERS
from test_red30 import read_bytes

from okot_audit import audit, read_text

_HEAD = "Antwoord\n\nDe tabel geeft het aantal unieke cursisten met gestarte OKOT'(s).\n\n"
_ROWS = [("908001", "Educatieve bachelor voor", "kleuteronderwijs - 1ste jaar", (40, 50, 12)),
         ("908002", "Educatieve bachelor voor", "kleuteronderwijs - 2de jaar", (60, 70, 14)),
         ("908003", "Educatieve bachelor voor", "kleuteronderwijs - 3de jaar", (30, 20, 16))]
_YEARS = ("2021", "2022", "2023")
_TOTAL = (125, 135, 40)
_BELOW = ("figures-below-rows", "fewer-figures-below-rows", "row-after-total", "figures-above-header")


def _laid(label: str, cells) -> str:
    """A line of ``pdftotext -layout``: the label, the cells right-aligned under the periods."""
    return f"{label:<64}" + "".join(f"{x:>8}" for x in cells)


def _text(form: str, periods: int, line: str | None = None, *, where: str = "below", at: str = "left",
          wrapped: bool = False, total: bool = False) -> str:
    """The table in text `form` (``seeds``: wrapped names, single spaces; ``lines``; ``laid``:
    ``pdftotext -layout``, `wrapped` names over two lines, the figures beside the last) with
    `periods` columns, and `line` right `where` (``below`` its rows or its total, ``above`` its
    header, ``under`` its header): at the left margin, or (`at` ``columns``) under the first periods.
    Form ``wrapped``: ``laid`` with `wrapped` names."""
    if form == "wrapped":
        form, wrapped = "laid", True
    years = _YEARS[:periods]
    if form == "seeds":
        head = [f"Unieke cursisten met gestarte OKOT'(s) {' '.join(years)}"]
        rows = [x for c, a, b, n in _ROWS for x in (f"{c}: {a} ", f"{b} {' '.join(map(str, n[:periods]))}")]
        closing = f"Totaal {' '.join(map(str, _TOTAL[:periods]))}"
    elif form == "lines":
        head = [f"Opleiding {' '.join(years)}"]
        rows = [f"{c}: {a} {b} {' '.join(map(str, n[:periods]))}" for c, a, b, n in _ROWS]
        closing = f"Totaal {' '.join(map(str, _TOTAL[:periods]))}"
    else:
        head = [_laid("Opleiding", years)]
        rows = [x for c, a, b, n in _ROWS for x in ((f"{c}: {a}", _laid(b, n[:periods])) if wrapped else (
            _laid(f"{c}: {a} {b}", n[:periods]),))]
        closing = _laid("Totaal", _TOTAL[:periods])
    if line is not None and form == "laid" and at == "columns":
        line = _laid("", line.split())
    body = head + rows + ([closing] if total else [])
    if line is not None:
        body = [line] + body if where == "above" else body[:1] + [line] + body[1:] if where == "under" else body + [line]
    return _HEAD + "\n".join(body) + "\n\nBron: VDAB.\n"


def _line(text: str, wanted: str) -> int:
    return [line.split() for line in text.splitlines()].index(wanted.split()) + 1


def _said(read) -> list:
    return [(i.reason, i.line, i.numbers) for i in read.issues if i.reason in _BELOW]


def _labels(read) -> set:
    return {c.label for t in read.tables for c in t.cells if c.level == "row"}


def _totals(read) -> dict:
    return {(c.label, c.period): c.count for t in read.tables for c in t.cells if c.level == "total"}


_NAMES = {f"{a} {b}" for _, a, b, _ in _ROWS}


# -- 1. laid-out text: the figures at the left margin below the rows ------------------------------

@pytest.mark.parametrize("wrapped", [False, True])
@pytest.mark.parametrize("periods, figures", [(2, "120 130"), (3, "120 130 42")])
def test_figures_at_the_left_below_laid_out_rows_are_said_not_joined_into_the_last_name(periods, figures, wrapped):
    text = _text("laid", periods, figures, wrapped=wrapped)
    read = read_bytes(text.encode(), "a.txt")
    assert _labels(read) == _NAMES  # (on main: ``… 3de jaar 120.130``)
    numbers = tuple(int(n) for n in figures.split())
    assert _said(read) == [("figures-below-rows", _line(text, figures), numbers)]
    assert not _totals(read)


# -- 2. fewer figures than the rows print --------------------------------------------------------

@pytest.mark.parametrize("periods, figures", [(3, "2 3"), (3, "120 130"), (2, "120"), (3, "1.472")])
@pytest.mark.parametrize("form, at", [("seeds", "left"), ("lines", "left"), ("laid", "left"), ("laid", "columns")])
def test_fewer_figures_than_the_rows_print_below_them_are_said(form, at, periods, figures):
    text = _text(form, periods, figures, at=at)
    read = read_bytes(text.encode(), "a.txt")
    numbers = tuple(int(n.replace(".", "")) for n in figures.split())
    assert _said(read) == [("fewer-figures-below-rows", _line(text, figures), numbers)]
    assert _labels(read) == _NAMES and not _totals(read)
    assert len({(c.code, c.period) for t in read.tables for c in t.cells}) == 3 * periods


@pytest.mark.parametrize("form", ["seeds", "lines", "laid"])
def test_under_a_table_of_one_period_one_figure_is_its_row_and_two_are_a_table_like_line(form):
    """One figure under rows that print one (``120`` under ``… 30``): as many as the rows print, said as
    such; two (``120 130``): more than a row of it prints, a table-like line — on main silent."""
    one, two = _text(form, 1, "120"), _text(form, 1, "120 130")
    assert _said(read_bytes(one.encode(), "a.txt")) == [("figures-below-rows", _line(one, "120"), (120,))]
    read = read_bytes(two.encode(), "a.txt")
    assert [(i.reason, i.line, i.numbers) for i in read.issues] == [("table-like-lines", _line(two, "120 130"), (120, 130))]


def _page(last: list, periods: int = 3) -> bytes:
    rows = "".join(f"<tr><td>{c}: {n}</td>" + "".join(f"<td>{x}</td>" for x in r[3][:periods]) + "</tr>"
                   for (c, n), r in zip(TEACHERS, _ROWS))
    below = "<tr><td></td>" + "".join(f"<td>{'' if x is None else x}</td>" for x in last) + "</tr>"
    return ("<html><body><p>Antwoord</p><p>De tabel geeft het aantal unieke cursisten met gestarte OKOT'(s).</p>"
            "<table><tr><th>Opleiding</th>" + "".join(f"<th>{y}</th>" for y in _YEARS[:periods]) + "</tr>" + rows
            + below + "</table><p>Bron: VDAB.</p></body></html>").encode()


def _annex(last: list, periods: int = 3) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Unieke cursisten met gestarte OKOT'(s) per opleiding"])
    sheet.append([])
    sheet.append(["Opleiding", *(int(y) for y in _YEARS[:periods])])
    for (code, name), row in zip(TEACHERS, _ROWS):
        sheet.append([f"{code}: {name}", *row[3][:periods]])
    sheet.append([None, *last])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("last, reason", [
    ([120, 130, 42], "figures-below-rows"), ([120, 130], "fewer-figures-below-rows"),
    ([120, None, 42], "fewer-figures-below-rows"), ([None, None, 42], "fewer-figures-below-rows"),
    ([12], "fewer-figures-below-rows"),
])
@pytest.mark.parametrize("form", ["html", "xlsx"])
def test_a_row_of_cells_without_a_label_below_the_rows_is_said_however_few_its_figures(form, last, reason):
    """A row of cells holds no page's number: one small figure in it is a cell, said too."""
    data = _page(last) if form == "html" else _annex(last)
    read = read_bytes(data, f"a.{form}")
    assert [(r, n) for r, _, n in _said(read)] == [(reason, tuple(x for x in last if x is not None))]
    assert not _totals(read)


PDF_FORMS = ("pdf", "pdftotext", "pdftotext-layout", "pdfplumber", "pypdf")


@functools.lru_cache(maxsize=None)
def _pdf(figures: str, at: str, periods: int = 3) -> bytes:
    """The table on a PDF page (each name wrapped over two lines, its figures right-aligned under the
    periods beside the name's last line), `figures` right below it: at the names' left (``left``:
    each figure a word's width apart; ``text``: one string, a space between them), or under the
    first periods' columns."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 20.0
    for line in ["Antwoord", "", "De tabel geeft het aantal unieke cursisten met gestarte OKOT'(s).", ""]:
        pdf.text(15, y, line)
        y += 7

    def cells(values, x0: float = 140):
        for k, cell in enumerate(values):
            pdf.text(x0 + 20 * k - pdf.get_string_width(cell), y, cell)

    pdf.text(15, y, "Opleiding")
    cells(_YEARS[:periods])
    y += 6
    for code, a, b, n in _ROWS:
        pdf.text(15, y, f"{code}: {a}")
        y += 5
        pdf.text(15, y, b)
        cells([str(x) for x in n[:periods]])
        y += 6
    if at == "text":
        pdf.text(15, y, figures)
    elif at == "left":
        for k, figure in enumerate(figures.split()):  # (set a word's width apart: no extractor runs them into one)
            pdf.text(15 + 12 * k, y, figure)
    else:
        cells(figures.split())
    y += 10
    pdf.text(15, y, "Bron: VDAB.")
    return bytes(pdf.output())


def _pdf_read(data: bytes, form: str):
    from generate.extract import available, extract

    if form == "pdf":
        return read_bytes(data, "a.pdf")
    if not available(form):
        pytest.skip(f"{form} is not installed")
    return read_text(extract(data, form), "a.txt")


@pytest.mark.parametrize("figures, at", [("120 130", "left"), ("2 3", "left"), ("120", "left"), ("120 130", "columns")])
@pytest.mark.parametrize("form", PDF_FORMS)
def test_fewer_figures_below_a_pdfs_rows_are_said_in_every_form(form, figures, at):
    pytest.importorskip("fpdf")
    read = _pdf_read(_pdf(figures, at), form)
    numbers = tuple(int(n) for n in figures.split())
    if form == "pdftotext" and len(numbers) > 1:  # (each cell a paragraph: the whole table refused, its figures said)
        assert [(i.reason, i.numbers[-len(numbers):]) for i in read.issues] == [("one-figure-per-line", numbers)]
        return
    assert [(r, n) for r, _, n in _said(read)] == [("fewer-figures-below-rows", numbers)]
    assert _labels(read) == _NAMES and not _totals(read)


@pytest.mark.parametrize("figures", ["120 130 42", "120 130"])
@pytest.mark.parametrize("form", PDF_FORMS)
def test_figures_at_the_left_below_a_pdfs_rows_stay_out_of_the_last_name(form, figures):
    """One string of figures at the names' left (on main, in ``pdftotext -layout``'s text, the last
    name ``… 3de jaar 120 130 42``)."""
    pytest.importorskip("fpdf")
    read = _pdf_read(_pdf(figures, "text"), form)
    numbers = tuple(int(n) for n in figures.split())
    reason = "figures-below-rows" if len(numbers) == 3 else "fewer-figures-below-rows"
    assert [(r, n) for r, _, n in _said(read)] == [(reason, numbers)]
    assert _labels(read) == _NAMES


# -- 3. other places beside a table --------------------------------------------------------------

@pytest.mark.parametrize("figures", ["120 130", "2 3", "120", "120 130 42"])
@pytest.mark.parametrize("form, at", [("seeds", "left"), ("lines", "left"), ("laid", "left"), ("laid", "columns"),
                                      ("wrapped", "left")])
def test_figures_alone_below_a_tables_total_are_said(form, at, figures):
    """One line, said as one (``line 10``; three figures were on main ``lines 10–10`` … ``stand``); in
    laid-out text with wrapped names the figures at the left were on main the total's words
    (``Totaal 120.130``)."""
    text = _text(form, 3, figures, at=at, total=True)
    read = read_bytes(text.encode(), "a.txt")
    numbers = tuple(int(n) for n in figures.split())
    assert _said(read) == [("row-after-total", _line(text, figures), numbers)]
    assert _totals(read) == {("Totaal", y): v for y, v in zip(_YEARS, _TOTAL)}


@pytest.mark.parametrize("figures", ["120 130", "2 3", "120"])
@pytest.mark.parametrize("form, at", [("lines", "left"), ("laid", "left"), ("laid", "columns"), ("wrapped", "left")])
def test_figures_alone_right_above_a_tables_header_are_said_not_joined_into_it(form, at, figures):
    text = _text(form, 3, figures, where="above", at=at, total=True)
    read = read_bytes(text.encode(), "a.txt")
    numbers = tuple(int(n) for n in figures.split())
    assert _said(read) == [("figures-above-header", _line(text, figures), numbers)]
    assert [(t.title, t.header_line) for t in read.tables] == [("Opleiding", _line(text, figures) + 1)]
    assert _totals(read) == {("Totaal", y): v for y, v in zip(_YEARS, _TOTAL)}


def _page_beside(extra: list, where: str) -> bytes:
    """A web page's table with its total, and a row of cells `extra` without a label `where` (above
    its header, or below its total)."""
    rows = "".join(f"<tr><td>{c}: {n}</td>" + "".join(f"<td>{x}</td>" for x in r[3]) + "</tr>"
                   for (c, n), r in zip(TEACHERS, _ROWS))
    head = "<tr><th>Opleiding</th>" + "".join(f"<th>{y}</th>" for y in _YEARS) + "</tr>"
    total = "<tr><td>Totaal</td>" + "".join(f"<td>{x}</td>" for x in _TOTAL) + "</tr>"
    row = "<tr><td></td>" + "".join(f"<td>{x}</td>" for x in extra) + "</tr>"
    body = row + head + rows + total if where == "above" else head + rows + total + row
    return ("<html><body><p>Antwoord</p><p>De tabel geeft het aantal unieke cursisten met gestarte OKOT'(s).</p>"
            "<table>" + body + "</table><p>Bron: VDAB.</p></body></html>").encode()


def _annex_beside(extra: list, where: str) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Unieke cursisten met gestarte OKOT'(s) per opleiding"])
    sheet.append([])
    if where == "above":
        sheet.append([None, *extra])
    sheet.append(["Opleiding", *(int(y) for y in _YEARS)])
    for (code, name), row in zip(TEACHERS, _ROWS):
        sheet.append([f"{code}: {name}", *row[3]])
    sheet.append(["Totaal", *_TOTAL])
    if where == "below":
        sheet.append([None, *extra])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("where, extra, reason", [
    ("above", [120, 130], "figures-above-header"), ("below", [120, 130], "row-after-total"),
    ("below", [12], "row-after-total"),
])
@pytest.mark.parametrize("form", ["html", "xlsx"])
def test_a_row_of_cells_without_a_label_above_the_header_or_below_the_total_is_said(form, where, extra, reason):
    data = (_page_beside if form == "html" else _annex_beside)(extra, where)
    read = read_bytes(data, f"a.{form}")
    assert [(r, n) for r, _, n in _said(read)] == [(reason, tuple(extra))]
    assert _totals(read) == {("Totaal", y): v for y, v in zip(_YEARS, _TOTAL)}


def test_three_figures_at_the_left_above_a_laid_out_header_are_said_not_joined_into_it():
    text = _text("laid", 3, "120 130 42", where="above", total=True)
    read = read_bytes(text.encode(), "a.txt")
    assert [(i.reason, i.line, i.numbers) for i in read.issues] == [("table-like-lines", 5, (120, 130, 42))]
    assert [t.title for t in read.tables] == ["Opleiding"]


@pytest.mark.parametrize("wrapped", [False, True])
@pytest.mark.parametrize("figures", ["120 130", "120"])
def test_figures_at_the_left_under_a_laid_out_header_stay_out_of_its_first_cell(figures, wrapped):
    """On main ``Opleiding 120.130``: the header's first cell, every row then more figures than periods."""
    text = _text("laid", 2, figures, where="under", total=True, wrapped=wrapped)
    read = read_bytes(text.encode(), "a.txt")
    numbers = tuple(int(n) for n in figures.split())
    assert [(i.kind, i.reason, i.numbers) for i in read.issues] == [("stray-number", "no-row", numbers)]
    assert _labels(read) == _NAMES and _totals(read) == {("Totaal", y): v for y, v in zip(_YEARS[:2], _TOTAL)}


# -- the messages --------------------------------------------------------------------------------

@pytest.mark.parametrize("reason, text, en, nl", [
    ("fewer-figures-below-rows", _text("lines", 3, "120 130"),
     ["line 9 ('120 130')", "with 2 figures, fewer than the table's rows print", "total without its label",
      "cells left blank", "120, 130"],
     ["regel 9 ('120 130')", "met 2 cijfers, minder dan de rijen van de tabel tellen", "lege cellen"]),
    ("fewer-figures-below-rows", _text("lines", 2, "120"), ["with 1 figure, fewer"], ["met 1 cijfer, minder"]),
    ("figures-above-header", _text("lines", 3, "120 130", where="above", total=True),
     ["line 5 ('120 130') stands right above a table's header ('Opleiding 2021 2022 2023')", "120, 130"],
     ["regel 5 ('120 130') staat vlak boven de hoofding van een tabel"]),
    ("row-after-total", _text("lines", 3, "120 130", total=True),
     ["line 10 ('120 130') stands right below a table's total line ('Totaal')"],
     ["regel 10 ('120 130') staat vlak onder de totaalregel van een tabel ('Totaal')"]),
])
def test_the_messages_say_where_what_and_what_it_means_in_english_and_dutch(reason, text, en, nl):
    read = read_bytes(text.encode(), "a.txt")
    for lang, words in (("en", en), ("nl", nl)):
        messages = [f.message for f in audit(read, lang=lang).findings if f.rule == "unreadable-table"]
        assert len(messages) == 1
        assert all(w in messages[0] for w in words), (messages[0], words)


# -- lines that stay as they were ----------------------------------------------------------------

_WRAPPED_OWN = (
    "Antwoord\n\nDe tabel geeft het aantal unieke cursisten met gestarte OKOT'(s).\n\n"
    + _laid("Opleiding", _YEARS[:2]) + "\n"
    + _laid("900714: Hoger beroepsonderwijs verpleegkunde individueel", (21, 30)) + "\n"
    + "traject - modules 1- 4\n"
    + _laid("900715: Hoger beroepsonderwijs verpleegkunde individueel", (12, 14)) + "\n"
    + "traject - module\n5\n"
    + _laid("Totaal", (33, 44)) + "\n\nBron: VDAB.\n"
)


def test_a_laid_out_names_own_number_on_a_line_of_its_own_stays_the_names():
    read = read_bytes(_WRAPPED_OWN.encode(), "a.txt")
    assert _labels(read) == {"Hoger beroepsonderwijs verpleegkunde individueel traject - modules 1- 4",
                             "Hoger beroepsonderwijs verpleegkunde individueel traject - module 5"}
    assert not read.issues and _totals(read) == {("Totaal", "2021"): 33, ("Totaal", "2022"): 44}


@pytest.mark.parametrize("below", [
    "12",  # (a page's number; in laid-out text below a total, on main, joined into its words: ``Totaal 12``)
    "3 maart 2024",
    "(1) cijfers tot 30 juni 2023",
    "2022 2023",
    "Opleiding 2021 2022",  # (the next table's header: no rows under it)
])
@pytest.mark.parametrize("form", ["seeds", "lines", "laid"])
def test_other_lines_below_the_rows_or_the_total_stay_as_they_were(form, below):
    for total in (False, True):
        read = read_bytes(_text(form, 2, below, total=total).encode(), "a.txt")
        alone = read_bytes(_text(form, 2, None, total=total).encode(), "a.txt")
        assert not _said(read)
        # (laid-out text: ``12`` at the names' left right below the last row's figures is read into its
        # name as a name's own number wrapped is — on main in silence, since session 35 said as such,
        # test_leftfig35)
        joined = [("stray-number", "figure-under-name")] if (form, below, total) == ("laid", "12", False) else []
        assert [(i.kind, i.reason) for i in read.issues] == [(i.kind, i.reason) for i in alone.issues] + joined
        assert _totals(read) == _totals(alone)


@pytest.mark.parametrize("above", ["12", "Tabel 1", "(1) cijfers tot 30 juni 2023"])
def test_other_lines_above_the_header_stay_as_they_were(above):
    read = read_bytes(_text("lines", 2, above, where="above", total=True).encode(), "a.txt")
    assert not _said(read) and not [i for i in read.issues if i.kind == "unreadable-table"]
    assert _totals(read) == {("Totaal", y): v for y, v in zip(_YEARS[:2], _TOTAL)}


def test_a_figure_plain_pdftotext_prints_after_the_source_note_is_said():
    """Plain pdftotext prints the line's last figure after the page's source note (``Bron: VDAB.`` /
    ``42``): a figure alone on the page a table refused as printed one figure per line ends on is
    that table's, printed late — in its span, prose between or not (session 35, sweepb35: before,
    dropped)."""
    pytest.importorskip("fpdf")
    read = _pdf_read(_pdf("120 130 42", "left"), "pdftotext")
    assert [(i.reason, i.numbers[-3:]) for i in read.issues] == [("one-figure-per-line", (120, 130, 42))]
