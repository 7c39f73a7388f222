"""What a page hides (session 24, hidden24).

A web page's rows, columns and cells hidden from its reader (``display: none``, the ``hidden``
attribute, a class its style sheet hides, a ``<col>`` with ``visibility:
collapse``, a hidden ``<tbody>``) were read as shown: a hidden check row became a programme's row
(false or hidden errors, a total that counts a row nobody sees passed as clean). They are left out
of the table and SAID, as an ``.xlsx`` annex's hidden rows and columns are — by one mechanism whose
words speak of the page where the source is a page, of the sheet where it is a sheet.

The pages are built from persons (test_grids24's :func:`persons`): each row's count is the number
of distinct persons in it, the total the number of distinct persons over the rows.
"""

from __future__ import annotations

import random

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

from test_grids24 import ASKED, PERIODS, PROGRAMMES, caption, persons

STYLE = "<style>\n.verborgen { color: grey; display: none; }\n#controle { visibility: collapse }\n</style>"


def _row(label: str, values, attrs: str = "") -> str:
    return f"<tr{attrs}><td>{label}</td>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>"


def page(seed: int, hide: str = "", counted: bool = False, where: str = "tr") -> tuple[str, dict, int]:
    """A page of a table of programmes by year, built from persons, with a check row ``Controle``
    hidden by `hide` (the attributes of its ``<tr>``, or of a ``<tbody>`` of its own when `where`
    is ``tbody``) below the last programme. With `counted`, the row counts persons of its own,
    counted in the total too (more than the persons the rows shown count twice); else its figures
    count nobody (a check the statistician hid). Returns the page, the shown rows' counts (by
    row, by period) and the HTML line of the hidden row."""
    counts = persons("started", seed)
    rng = random.Random(seed)
    twice = {p: sum(counts.rows[k][p] for k in counts.rows) - counts.totals[p] for p in PERIODS}
    own = {p: twice[p] + rng.randint(1, 9) if counted else rng.randint(1, 3) for p in PERIODS}
    totals = {p: counts.totals[p] + (own[p] if counted else 0) for p in PERIODS}
    lines = ["<html><head>", STYLE, "</head><body>", *ASKED.rstrip("\n").split("\n"), f"<p>{caption('started')}</p>",
             "<table>", "<tr><th>Opleiding</th>" + "".join(f"<th>{p}</th>" for p in PERIODS) + "</tr>"]
    shown = {}
    for key in counts.rows:
        lines.append(_row(f"{key}: {PROGRAMMES[key]}", [counts.rows[key][p] for p in PERIODS]))
        shown[key] = dict(counts.rows[key])
    if where == "tbody":
        lines += [f"<tbody{hide}>", _row("Controle", [own[p] for p in PERIODS]), "</tbody>"]
    else:
        lines.append(_row("Controle", [own[p] for p in PERIODS], hide))
    lines.append(_row("Totaal", [totals[p] for p in PERIODS]))
    shown["Totaal"] = totals
    lines += ["</table>", "<p>Bron: VDAB. Een cursist kan in meer dan één opleiding starten.</p>", "</body></html>"]
    text = "\n".join(lines) + "\n"
    hidden_at = next(i for i, line in enumerate(text.split("\n"), start=1) if "<td>Controle" in line)
    return text, shown, hidden_at


def _read(text: str, name: str = "antwoord.html", lang: str = "en"):
    answer = parse_answer(source_from_bytes(text.encode(), name))
    cells = {(c.code or c.label, c.period): c.count for t in answer.tables for c in t.cells}
    return answer, cells, audit(answer, lang=lang).findings


HIDING = {
    "style": ' style="display:none"',
    "style-important": ' style="color: red; display : none !important"',
    "collapse": ' style="visibility: collapse"',
    "hidden": " hidden",
    "aria-hidden-and-hidden": ' aria-hidden="true" hidden',
    "class": ' class="rij verborgen"',
}


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("how", HIDING)
def test_a_row_the_page_hides_is_left_out_of_its_table_and_said(how, seed):
    text, shown, hidden_at = page(seed, HIDING[how])
    _, cells, found = _read(text)
    assert cells == {(key, p): v for key, row in shown.items() for p, v in row.items()}
    assert not [f for f in found if f.severity == "error"]
    [said] = [f for f in found if f.rule == "column-not-checked"]
    assert said.line == hidden_at - 1  # (at the row shown above it)
    assert f"has a row hidden in the page, line {hidden_at}, with figures: 'Controle'" in said.message
    assert "out of sight of the page's reader" in said.message
    assert "sheet" not in said.message and "annex" not in said.message
    [dutch] = [f for f in _read(text, lang="nl")[2] if f.rule == "column-not-checked"]
    assert f"heeft een rij die op de pagina verborgen is, regel {hidden_at}, met cijfers: 'Controle'" in dutch.message
    assert "buiten het zicht van wie de pagina leest" in dutch.message


def test_a_hidden_group_of_rows_hides_its_rows():
    text, shown, hidden_at = page(3, " hidden", where="tbody")
    _, cells, found = _read(text)
    assert cells == {(key, p): v for key, row in shown.items() for p, v in row.items()}
    assert [f.line for f in found if f.rule == "column-not-checked"] == [hidden_at - 2]  # (the row shown above)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_total_that_counts_a_row_the_page_hides_is_an_error_naming_that_row(seed):
    """The rows shown sum to less than the total: the row the page hides makes up the difference
    (before, it was read as shown: the page passed as clean)."""
    text, shown, hidden_at = page(seed, ' style="display: none"', counted=True)
    _, cells, found = _read(text)
    errors = [f for f in found if f.severity == "error"]
    assert sorted((f.rule, f.period) for f in errors) == [("total-exceeds-parts", p) for p in PERIODS]
    for error in errors:
        assert error.stated == shown["Totaal"][error.period]
        assert f"hidden in the page (line {hidden_at} 'Controle': " in error.message
        assert "the page's reader does not see" in error.message


def _column_page(hide_col: str = "", hide_cell: str = "") -> tuple[str, dict]:
    counts = persons("started", 4)
    lines = ["<html><head>", STYLE, "</head><body>", *ASKED.rstrip("\n").split("\n"), f"<p>{caption('started')}</p>",
             "<table>", f"<colgroup><col><col><col><col{hide_col}></colgroup>",
             "<tr><th>Opleiding</th>" + "".join(f"<th>{p}</th>" for p in PERIODS) + f"<th{hide_cell}>Controle</th></tr>"]
    shown = {}
    for key in counts.rows:
        values = [counts.rows[key][p] for p in PERIODS]
        lines.append(f"<tr><td>{key}: {PROGRAMMES[key]}</td>" + "".join(f"<td>{v}</td>" for v in values)
                     + f"<td{hide_cell}>{sum(values)}</td></tr>")
        shown[key] = dict(counts.rows[key])
    totals = [counts.totals[p] for p in PERIODS]
    lines.append("<tr><td>Totaal</td>" + "".join(f"<td>{v}</td>" for v in totals) + f"<td{hide_cell}>{sum(totals)}</td></tr>")
    shown["Totaal"] = dict(counts.totals)
    lines += ["</table>", "</body></html>"]
    return "\n".join(lines) + "\n", shown


@pytest.mark.parametrize("hide_col, hide_cell", [
    (' style="visibility:collapse"', ""), (' id="controle"', ""), ("", ' class="verborgen"'), ("", " hidden"),
])
def test_a_column_the_page_hides_is_left_out_and_said(hide_col, hide_cell):
    text, shown = _column_page(hide_col, hide_cell)
    answer, cells, found = _read(text)
    assert cells == {(key, p): v for key, row in shown.items() for p, v in row.items()}
    assert not [f for f in found if f.severity != "info"]
    [said] = [f for f in found if f.rule == "column-not-checked"]
    assert "has a column hidden in the page, column 4 ('Controle'), lines " in said.message
    assert "out of sight of the page's reader" in said.message


def test_a_cell_the_page_keeps_empty_is_blank_and_its_figure_said():
    """``visibility: hidden`` keeps a cell's place, empty: the figure is no cell of its row's."""
    text, shown, _ = page(5)
    key = next(iter(shown))
    figure = shown[key][PERIODS[-1]]
    row = next(line for line in text.split("\n") if line.startswith(f"<tr><td>{key}:"))
    text = text.replace(row, row.replace(f"<td>{figure}</td></tr>", f'<td style="visibility:hidden">{figure}</td></tr>'))
    _, cells, found = _read(text)
    assert (key, PERIODS[-1]) not in cells
    said = [f for f in found if f.rule == "column-not-checked" and "hidden in the page, column 3" in f.message]
    assert said and f"({figure})" in said[0].message


def test_a_page_without_anything_hidden_is_read_as_before():
    text, shown, _ = page(1)
    _, cells, _ = _read(text.replace("<tr><td>Controle", "<tr hiddenx><td>Controle"))
    assert ("Controle", PERIODS[0]) in cells


# --- Footnote marks written as letters on a period -------------------------------------------

ROWS = [("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", 10, 12),
        ("908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar", 20, 22)]
OPENING = ["ANTWOORD", "op vraag nr. 74 van 14 oktober 2023", "",
           "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.", ""]


def _text(mark: str, note: str | None) -> str:
    lines = [*OPENING, f"{'Opleiding':<64}{'2022':>8}{'2023' + mark:>10}"]
    lines += [f"{label:<64}{a:>8}{b:>10}" for label, a, b in ROWS]
    lines += [f"{'Totaal':<64}{28:>8}{30:>10}", ""]
    if note is not None:
        lines.append(note)
    return "\n".join(lines) + "\n"


def _partial(data: bytes, name: str) -> list[tuple]:
    answer = parse_answer(source_from_bytes(data, name))
    return [(p.label, p.partial, p.note) for t in answer.tables for p in t.periods]


@pytest.mark.parametrize("mark, note", [
    (" (a)", "(a) tot en met 30 juni 2023."),
    ("(a)", "(a) Tot en met 30 juni 2023."),
    ("a", "a tot en met 30 juni 2023."),
    ("a", "a) tot en met 30 juni 2023."),
    ("\u1d43", "\u1d43 tot en met 30 juni 2023."),  # (a raised letter, as a page or a PDF prints it)
    (" (b)", "(a) Bron: VDAB.\n(b) tot en met 30 juni 2023."),
])
def test_a_period_marked_with_a_letter_a_footnote_explains_is_partial(mark, note):
    periods = _partial(_text(mark, note).encode(), "antwoord.txt")
    assert periods[0] == ("2022", False, None)
    assert periods[1][:2] == ("2023", True) and "30 juni" in periods[1][2]


def test_the_partial_period_is_said_at_its_footnote():
    text = _text(" (a)", "(a) tot en met 30 juni 2023.")
    found = [f for f in audit(parse_answer(source_from_bytes(text.encode(), "antwoord.txt"))).findings
             if f.rule == "partial-period"]
    assert [(f.line, f.period) for f in found] == [(text.split("\n").index("(a) tot en met 30 juni 2023.") + 1, "2023")]


def test_a_letter_glued_to_a_year_that_no_footnote_explains_is_a_mark_said_so():
    """``2023a`` with no footnote ``a``: the header is read (before: every row unreadable), and the
    period is a marked one no footnote explains, as ``2023*`` is."""
    periods = _partial(_text("a", "Bron: VDAB.").encode(), "antwoord.txt")
    assert periods == [("2022", False, None), ("2023", True, "marked a without an explaining footnote")]


def test_a_letter_that_is_no_mark_is_left_alone():
    """A period without a mark stays whole, whatever letters the prose below it opens with (an
    answer's item ``a)``, a footnote ``(a)`` of a figure, not of a period)."""
    text = _text("", "(a) tot en met 30 juni.\na) Hoeveel cursisten zijn er in 2023 gestart?")
    assert _partial(text.encode(), "antwoord.txt") == [("2022", False, None), ("2023", False, None)]


def test_a_letter_marked_period_in_a_page_is_partial():
    rows = "".join(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>\n" for label, a, b in ROWS)
    page = ("<html><body>\n" + "".join(f"<p>{line}</p>\n" for line in OPENING if line)
            + "<table>\n<tr><th>Opleiding</th><th>2022</th><th>2023<sup>a</sup></th></tr>\n" + rows
            + "<tr><td>Totaal</td><td>28</td><td>30</td></tr>\n</table>\n"
            + "<p><sup>a</sup> Tot en met 30 juni 2023.</p>\n</body></html>\n")
    periods = _partial(page.encode(), "antwoord.html")
    assert periods[1][:2] == ("2023", True)


def test_a_letter_marked_period_in_an_annex_is_partial():
    pytest.importorskip("openpyxl")
    from openpyxl import Workbook

    from generate.xlsx import workbook_bytes

    book = Workbook()
    sheet = book.active
    sheet.append([OPENING[3]])
    sheet.append(["Opleiding", "2022", "2023 (a)"])
    for label, a, b in ROWS:
        sheet.append([label, a, b])
    sheet.append(["Totaal", 28, 30])
    sheet.append([])
    sheet.append(["(a) tot en met 30 juni 2023."])
    periods = _partial(workbook_bytes(book), "bijlage.xlsx")
    assert periods[1][:2] == ("2023", True)


@pytest.mark.parametrize("mark", [" (a)", "a"])
def test_a_letter_marked_period_in_a_pdf_is_partial(mark, tmp_path):
    from fpdf import FPDF

    from okot_audit.source import read_source

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Courier", size=8)
    for k, line in enumerate(_text(mark, "(a) tot en met 30 juni 2023." if mark.strip().startswith("(")
                                   else "a tot en met 30 juni 2023.").split("\n")):
        if line:
            pdf.text(10, 20 + 5 * k, line)
    path = tmp_path / "antwoord.pdf"
    path.write_bytes(bytes(pdf.output()))
    answer = parse_answer(read_source(path))
    periods = [(p.label, p.partial) for t in answer.tables for p in t.periods]
    assert periods == [("2022", False), ("2023", True)]


@pytest.mark.parametrize("first", [False, True])
def test_a_table_the_page_hides_whole_is_no_table_and_said(first):
    """A ``<div>`` the page hides (its style sheet's ``display: none``) holding an old table: its
    rows are no rows of a table the page shows — said, each with its figures."""
    text, shown, _ = page(6)
    old = ('<div class="verborgen"><div><p>Vorige versie</p>\n<table><tr><th>Opleiding</th><th>2022</th></tr>\n'
           "<tr><td>Totaal</td><td>1</td></tr></table></div></div>\n")
    text = text.replace("<body>", "<body>" + old) if first else text.replace("</body>", old + "</body>")
    _, cells, found = _read(text.replace("<tr><td>Controle", "<tr hidden><td>Controle"))
    assert cells == {(key, p): v for key, row in shown.items() for p, v in row.items()}
    # (its header hidden with it: its year the period of the row's figure, no row of figures itself)
    said = [f.message for f in found if f.rule == "column-not-checked" and "'Totaal' (2022: 1)" in f.message]
    assert len(said) == 1 and "hidden in the page" in said[0] and "'Opleiding'" not in said[0]
