"""Session 26 (header26): header shapes — a total column named by its own word, captions that
date a table's figures, a subtotal column between the periods."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

_OPENING = (
    "Vraag nr. 12 van 3 februari 2022 van Jan Peeters aan de minister van Werk.\n"
    "Hoeveel cursisten startten een OKOT in de zorg?\n"
    "Antwoord\n"
    "Tabel 1. Unieke cursisten met gestarte OKOT'(s)\n"
)


def _answer(*lines: str) -> str:
    return _OPENING + "".join(f"{line}\n" for line in lines) + "Bron: VDAB.\n"


#: A last column ``Subtotaal`` after every period: it totals them all, as a ``Totaal`` there
#: does — and 270 is more than 120 + 130.
LAST_SUBTOTAL = _answer(
    "Opleiding 2020 2021 Subtotaal",
    "900101: Verpleegkunde - 1ste jaar 120 130 270",
    "900102: Verpleegkunde - 2de jaar 80 90 165",
    "Totaal 200 220 400",
)


@pytest.mark.parametrize("word", ["Subtotaal", "Tussentotaal", "Eindtotaal"])
def test_a_total_column_is_named_by_its_own_word_in_both_languages(word):
    """Findings about the column ``Subtotaal`` (or ``Tussentotaal``, ``Eindtotaal``) name it so:
    ``the Subtotaal column of …`` / ``de kolom Subtotaal van …`` (before: ``the Totaal column``,
    a word the answer does not print)."""
    text = LAST_SUBTOTAL.replace("Subtotaal", word)
    en = audit(read_text(text, "s.txt")).by_rule("total-exceeds-parts")
    nl = audit(read_text(text, "s.txt"), lang="nl").by_rule("total-exceeds-parts")
    assert [(f.line, f.stated, f.observed) for f in en] == [(6, 270, 250)]
    assert f"the {word} column of Verpleegkunde - 1ste jaar" in en[0].message
    assert f"de kolom {word} van Verpleegkunde - 1ste jaar" in nl[0].message
    assert "Totaal column" not in en[0].message and "kolom Totaal" not in nl[0].message
    located = audit(read_text(text, "s.txt")).by_rule("error-located")
    assert located and all("Totaal column" not in f.message for f in located)
    assert any(f"the {word} column of 900101" in f.message for f in located)


def test_a_total_column_printed_totaal_is_named_as_before():
    text = LAST_SUBTOTAL.replace("Subtotaal", "Totaal")
    en = audit(read_text(text, "s.txt")).by_rule("total-exceeds-parts")
    assert "the Totaal column of Verpleegkunde - 1ste jaar" in en[0].message


def _partial(text: str) -> dict[str, bool]:
    answer = read_text(text, "c.txt")
    assert answer.issues == []
    return {p.label: p.partial for t in answer.tables for p in t.periods}


_ROWS = ("900101: Verpleegkunde - 1ste jaar 120 100", "900102: Verpleegkunde - 2de jaar 80 90", "Totaal 190 185")
_ONE = ("900101: Verpleegkunde - 1ste jaar 100", "900102: Verpleegkunde - 2de jaar 90", "Totaal 185")


@pytest.mark.parametrize("caption", [
    "Stand op 30 juni 2021", "Stand op 30/06/2021", "Toestand op 31 mei 2021", "Situatie per 15 december 2021",
    "Cijfers voorlopig 2021",
])
def test_a_caption_that_dates_the_figures_before_the_years_end_makes_that_year_partial(caption):
    """``Stand op 30 juni 2021`` over ``Opleiding 2020 2021``: the 2021 figures run up to 30 June,
    the year is partial (before: read as a whole year); 2020 is whole. ``Cijfers voorlopig 2021``
    says 2021 is provisional. The same caption over one column of counts (``Opleiding Aantal``)
    makes its one period, 2021, partial."""
    assert _partial(_answer(caption, "Opleiding 2020 2021", *_ROWS)) == {"2020": False, "2021": True}
    assert _partial(_answer(caption, "Opleiding Aantal", *_ONE)) == {"2021": True}
    findings = audit(read_text(_answer(caption, "Opleiding 2020 2021", *_ROWS), "c.txt")).by_rule("partial-period")
    assert [f.period for f in findings] == ["2021"]


@pytest.mark.parametrize("caption", ["Stand op 31 december 2021", "Stand op 31/12/2021", "Toestand op 31 januari 2022"])
def test_a_caption_that_dates_the_figures_at_or_after_the_years_end_leaves_the_years_whole(caption):
    """``Stand op 31 december 2021`` dates figures of whole years; a day in the next year
    (``31 januari 2022``) cuts none of the table's years short."""
    assert _partial(_answer(caption, "Opleiding 2020 2021", *_ROWS)) == {"2020": False, "2021": False}


# --- A subtotal column between the periods ---------------------------------------------------

_SUB_HEAD = ("Vraag nr. 12 van 3 februari 2023 van Jan Peeters aan de minister van Werk.", "Antwoord",
             "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per opleiding.")
#: Unique persons: each subtotal at most the sum of 2020 and 2021, the Totaal at most the subtotal
#: and 2022 together — and at least the largest of them.
_SUB_ROWS = (("Opleiding", "2020", "2021", "Subtotaal", "2022", "Totaal"),
             ("Graduaat orthopedagogie", "118", "131", "240", "142", "360"),
             ("Graduaat verpleegkunde", "240", "251", "470", "262", "700"),
             ("Totaal", "358", "382", "700", "404", "1.050"))
_SUB_PERIODS = ["2020", "2021", "Subtotaal 2020 t/m 2021", "2022", "Totaal"]


def _sub_text(rows=_SUB_ROWS, laid_out: bool = False) -> str:
    def line(cells):
        return cells[0].ljust(30) + "".join(c.rjust(12) for c in cells[1:]) if laid_out else " ".join(cells)
    return "\n".join([*_SUB_HEAD, "", *(line(r) for r in rows), "", "Bron: VDAB", ""])


def _checks(answer) -> dict[tuple[str, str], tuple[int, list[int]]]:
    """Each total over periods: (its column, its row's label) → (its figure, its parts' figures)."""
    from okot_audit.totals import total_checks

    return {(c.total.period, c.total.label): (c.total.count, sorted(p.count for p in c.parts))
            for t in answer.tables for c in total_checks(t) if c.across == "periods"}


def _assert_subtotal_read(answer) -> None:
    assert answer.issues == []
    assert [[p.label for p in t.periods] for t in answer.tables] == [_SUB_PERIODS]
    row = [(c.period, c.count) for t in answer.tables for c in t.cells if c.label == "Graduaat orthopedagogie"]
    assert row == list(zip(_SUB_PERIODS, [118, 131, 240, 142, 360]))
    checks = {column: figures for (column, label), figures in _checks(answer).items() if label == "Graduaat orthopedagogie"}
    assert checks == {"Subtotaal 2020 t/m 2021": (240, [118, 131]), "Totaal": (360, [142, 240])}
    assert [(f.rule, f.severity) for f in audit(answer).findings if f.severity != "info"] == []


@pytest.mark.parametrize("laid_out", [False, True], ids=["single-spaced", "laid-out"])
def test_a_subtotal_column_between_the_periods_totals_the_periods_left_of_it(laid_out):
    """``Opleiding 2020 2021 Subtotaal 2022 Totaal``: five columns; the subtotal column's cells
    total 2020 and 2021 (``Subtotaal 2020 t/m 2021``), the ``Totaal`` the subtotal and 2022 —
    over the subtotal, never its periods again (before: two periods read, every row an
    ``unreadable-table`` error)."""
    _assert_subtotal_read(read_text(_sub_text(laid_out=laid_out), "s.txt"))


FORMS = ["pdf", "pdftotext-layout", "pdfplumber", "pdfplumber-layout", "pypdf"]


@pytest.mark.parametrize("form", FORMS)
def test_a_subtotal_column_in_a_pdf_and_its_extractors_text(form):
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2")
    from generate.extract import read_form
    from test_unseen_pdfs8 import table_pdf

    _assert_subtotal_read(read_form(table_pdf(_SUB_HEAD, _SUB_ROWS, 50.0, True, "TOP", 24), form))


def test_a_subtotal_column_in_a_workbook_and_a_web_page():
    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    import io

    from openpyxl import Workbook

    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    book = Workbook()
    sheet = book.active
    sheet.title = "Tabel 1"
    sheet.append([_SUB_HEAD[2]])
    for row in _SUB_ROWS:
        sheet.append([int(v.replace(".", "")) if v[0].isdigit() else v for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    _assert_subtotal_read(parse_answer(source_from_bytes(buffer.getvalue(), "a.xlsx")))
    html = "<html><body>" + "".join(f"<p>{h}</p>" for h in _SUB_HEAD) + "<table>" + "".join(
        "<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in _SUB_ROWS) + "</table><p>Bron: VDAB</p></body></html>"
    _assert_subtotal_read(parse_answer(source_from_bytes(html.encode(), "a.html")))


def test_a_subtotal_larger_than_its_periods_is_an_error_at_its_line_named_by_its_column():
    """The subtotal 250 over 118 and 131 (249): ``total-exceeds-parts`` at its line, naming
    ``the Subtotaal 2020 t/m 2021 column`` in English and ``de kolom Subtotaal 2020 t/m 2021`` in
    Dutch; a ``Tussentotaal`` column by its own word."""
    rows = ((_SUB_ROWS[0]), ("Graduaat orthopedagogie", "118", "131", "250", "142", "360"), *_SUB_ROWS[2:])
    text = _sub_text(rows)
    errors = [f for f in audit(read_text(text, "s.txt")).findings if f.severity == "error"]
    assert [(f.rule, f.line, f.period, f.stated, f.observed) for f in errors] == [
        ("total-exceeds-parts", 6, "Subtotaal 2020 t/m 2021", 250, 249)]
    assert "the Subtotaal 2020 t/m 2021 column of Graduaat orthopedagogie is 250" in errors[0].message
    nl = audit(read_text(text.replace("Subtotaal", "Tussentotaal"), "s.txt"), lang="nl").by_rule("total-exceeds-parts")
    assert "de kolom Tussentotaal 2020 t/m 2021 van Graduaat orthopedagogie" in nl[0].message


def test_two_subtotal_columns_and_a_total_over_both():
    """``2018 2019 Subtotaal 2020 2021 Subtotaal Totaal``: each subtotal over its own two years,
    the ``Totaal`` over the two subtotals."""
    text = ("Vraag nr. 12 van 3 februari 2023.\nAntwoord\nTabel 1. Unieke cursisten met gestarte OKOT'(s)\n"
            "Opleiding 2018 2019 Subtotaal 2020 2021 Subtotaal Totaal\n"
            "900101: Verpleegkunde - 1ste jaar 10 20 28 30 40 65 90\n"
            "900102: Verpleegkunde - 2de jaar 5 6 11 7 8 15 26\n"
            "Totaal 15 26 39 37 48 80 116\n")
    answer = read_text(text, "s.txt")
    assert answer.issues == []
    assert [p.label for p in answer.tables[0].periods] == [
        "2018", "2019", "Subtotaal 2018 t/m 2019", "2020", "2021", "Subtotaal 2020 t/m 2021", "Totaal"]
    row = "Verpleegkunde - 1ste jaar"
    assert {k: v for k, v in _checks(answer).items() if k[1] == row} == {
        ("Subtotaal 2018 t/m 2019", row): (28, [10, 20]), ("Subtotaal 2020 t/m 2021", row): (65, [30, 40]),
        ("Totaal", row): (90, [28, 65])}
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_the_subtotal_column_s_cells_in_the_tidy_data():
    """The contract's ``period`` of a subtotal column: its word and its span; semantics as the
    ``Totaal`` column's (unique persons over periods)."""
    answer = read_text(_sub_text(), "s.txt")
    sub = [(c.level, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells
           if c.period.startswith("Subtotaal")]
    assert sub == [("row", "Subtotaal 2020 t/m 2021", 240, "unique"), ("row", "Subtotaal 2020 t/m 2021", 470, "unique"),
                   ("total", "Subtotaal 2020 t/m 2021", 700, "unique")]


def test_a_subtotal_column_named_with_its_years_totals_those_years():
    """``2019 2020 2021 Subtotaal 2020-2021 2022 Totaal`` (the cell's two lines joined): one
    column, over the years it names — 2020 and 2021, not 2019 — and the ``Totaal`` over 2019, the
    subtotal and 2022."""
    text = ("Vraag nr. 12 van 3 februari 2023.\nAntwoord\nTabel 1. Unieke cursisten met gestarte OKOT'(s)\n"
            "Opleiding 2019 2020 2021 Subtotaal 2020-2021 2022 Totaal\n"
            "900101: Verpleegkunde - 1ste jaar 5 10 20 28 30 60\n"
            "900102: Verpleegkunde - 2de jaar 1 5 6 11 7 19\n"
            "Totaal 6 15 26 39 37 80\n")
    answer = read_text(text, "s.txt")
    assert answer.issues == []
    assert [p.label for p in answer.tables[0].periods] == ["2019", "2020", "2021", "Subtotaal 2020 t/m 2021", "2022",
                                                           "Totaal"]
    row = "Verpleegkunde - 1ste jaar"
    assert {k: v for k, v in _checks(answer).items() if k[1] == row} == {
        ("Subtotaal 2020 t/m 2021", row): (28, [10, 20]), ("Totaal", row): (60, [5, 28, 30])}


def test_a_year_after_a_subtotal_column_is_a_period_of_its_own_and_a_blank_cell_is_placed():
    """Laid out, ``… 2021   Subtotaal     2022    Totaal``: ``Subtotaal 2022`` names no span (one
    year, not the one before it) — 2022 is a period; a row's blank 2021 cell stands under its
    column."""
    text = "\n".join([*_SUB_HEAD, "",
                      "Opleiding                        2020     2021   Subtotaal     2022    Totaal",
                      "Graduaat orthopedagogie           118               118      142       250",
                      "Graduaat verpleegkunde            240      251         470      262       700",
                      "Totaal                            358      251       588      404       950", "", "Bron: VDAB", ""])
    answer = read_text(text, "l.txt")
    assert answer.issues == []
    assert [[p.label for p in t.periods] for t in answer.tables] == [_SUB_PERIODS]
    assert [(c.period, c.count) for t in answer.tables for c in t.cells if c.label == "Graduaat orthopedagogie"] == [
        ("2020", 118), ("Subtotaal 2020 t/m 2021", 118), ("2022", 142), ("Totaal", 250)]
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


@pytest.mark.parametrize("form", ["pdftotext-layout", "pdfplumber", "pypdf"])
def test_a_subtotal_column_whose_word_breaks_inside_its_narrow_cell(form):
    """``Opleiding 2020 2021 Subtotaa 2022 Totaal`` over ``l`` (pypdf: ``… 2021 Subtotaa`` / ``l`` /
    ``2022 Totaal``; ``pdftotext -layout``: ``Subtotaa  l`` on the header's row). Before, ``Subtotaa``
    was one of the header's words, only 2022 and Totaal its columns: every row an
    ``unreadable-table`` error."""
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2")
    from generate.extract import read_form
    from test_unseen_pdfs8 import table_pdf

    _assert_subtotal_read(read_form(table_pdf(_SUB_HEAD, _SUB_ROWS, 50.0, True, "TOP", 18), form))


_SCHOOL_ROWS = ("900101: Verpleegkunde - 1ste jaar 120 100", "900102: Verpleegkunde - 2de jaar 80 90", "Totaal 190 185")


@pytest.mark.parametrize("caption, partial", [
    ("Stand op 30 juni 2022", True), ("Toestand per 31/12/2021", True), ("Stand op 31 augustus 2022", False),
    ("Stand op 31 augustus 2021", False),
])
def test_a_caption_that_dates_the_figures_cuts_short_the_school_year_it_falls_in(caption, partial):
    """School years run from September to August: ``Stand op 30 juni 2022`` (or 31 December 2021)
    cuts 2021-2022 short; 31 August 2022 is its last day, and 2020-2021 is whole either way."""
    text = _answer(caption, "Opleiding 2020-2021 2021-2022", *_SCHOOL_ROWS)
    assert _partial(text) == {"2020-2021": False, "2021-2022": partial}
