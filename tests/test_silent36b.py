"""Two silent readings of session 35's sweep (tests/test_sweep35.py), made said, and their families
(session 36, silent36b).

1. A total over parts that are all blank. A row's total column over no period's figure
   (``Verpleegkunde - - 12`` under ``2020 2021 Totaal``) was read as the row's one cell, and
   :func:`okot_audit.totals.total_checks` pairs a total only with the parts it has: a total of 12
   persons over no figure was checked against nothing. A blank is no figure (DOMAIN.md: the
   programme did not run that period, never zero and never a count hidden — a count withheld is
   printed as a bound, ``<5``, and checked at its highest), so every person such a total counts is
   in no part: ``total-exceeds-parts``, an error, as a total over withheld parts only
   (``Limburg <5 <5 <5 20``) already is. :func:`okot_audit.totals.blank_only_checks`: a row's total
   column over periods all blank (marks or empty cells), a total line's figure under a period no
   row above it has a figure in, and a ``Totaal`` column's row figure over categories all blank
   under its period (``Man Vrouw Totaal``: ``- - 12``). A total line that prints its total column
   alone (``Totaal - - 80``) leaves its periods' totals unprinted, not none: not checked so.
2. A run of marks and figures that fills every column a header prints, ending a name's line whose
   name goes on below (``Verpleegkunde - 1 - - 2 -`` / ``voor volwassenen 4 6 2 5 7 3`` under three
   columns under two periods). :func:`okot_audit.parse.blanks.mark_blanks` made the ``- -`` (a
   sure mark: two dashes side by side) blanks before the line was known to be a name's, so the name
   kept ``Verpleegkunde - 1 2 -`` and :func:`okot_audit.parse.numbers_in_names` found no run of six
   to say: the figures 1 and 2 were lost in the name. A line whose marks and figures end in a mark
   and whose row goes on below keeps its marks as printed; the run is said once, for all the
   header's columns (``number-in-name``), with ``x`` marks and ``<5`` bounds in it too.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generate.extract import available, extract
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf
from generate.xlsx import write_xlsx
from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

HEAD = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector\n\n"
        "1. Hieronder vindt u het aantal {what} per opleiding.\n\n")


def _answer(table: str, what: str = "gestarte unieke cursisten"):
    return read_text(HEAD.format(what=what) + table, "g.txt")


def _errors(answer, rule: str = "total-exceeds-parts") -> list[tuple]:
    return [(f.line, f.period, f.stated, f.observed, f.difference) for f in audit(answer).findings
            if f.rule == rule and f.severity == "error"]


# ---------------------------------------------------------------------------------------------
# 1. A total over parts all blank

@pytest.mark.parametrize("mark", ["-", "x", "n.v.t.", "\u2013"])
def test_a_rows_total_column_over_periods_all_marked_blank_is_an_error_at_its_row(mark: str) -> None:
    answer = _answer(f"Opleiding 2020 2021 Totaal\nVerpleegkunde {mark} {mark} 12\nVroedkunde 13 14 20\n"
                     "Graduaat sec 42 40 60\nTotaal 50 52 75\n")
    assert [(c.period, c.count) for t in answer.tables for c in t.cells if c.line == 6] == [("Totaal", 12)]
    assert _errors(answer) == [(6, "Totaal", 12, 0, 12)]


@pytest.mark.parametrize("periods", [3, 4, 5])
def test_more_periods_all_blank_under_a_total_column_are_an_error(periods: int) -> None:
    years = " ".join(str(2018 + k) for k in range(periods))
    rows = " ".join(str(10 + k) for k in range(periods))
    total = 10 + periods - 1 + 5  # (at least the largest, at most the sum)
    answer = _answer(f"Opleiding {years} Totaal\nVerpleegkunde {' '.join('-' * periods)} 7\n"
                     f"Vroedkunde {rows} {total}\nTotaal {rows} {total + 3}\n")
    assert _errors(answer) == [(6, "Totaal", 7, 0, 7)]


def test_the_message_says_every_period_is_blank_in_both_languages() -> None:
    answer = _answer("Opleiding 2020 2021 Totaal\nVerpleegkunde - - 12\nVroedkunde 13 14 20\nTotaal 13 14 30\n")
    en = [f.message for f in audit(answer).findings if f.rule == "total-exceeds-parts" and f.line == 6]
    nl = [f.message for f in audit(answer, lang="nl").findings if f.rule == "total-exceeds-parts" and f.line == 6]
    assert en == ["the Totaal column of Verpleegkunde is 12 but every one of its periods is blank (no figure): the 12 "
                  "persons it counts appear in no period; a figure was left out of the periods (printed blank) or the "
                  "total is wrong"]
    assert nl == ["de kolom Totaal van Verpleegkunde is 12, maar elk van de perioden is leeg (geen cijfer): de 12 "
                  "personen die het telt, staan in geen enkele periode; er is een cijfer weggelaten uit de perioden "
                  "(leeg gedrukt) of het totaal klopt niet"]


def test_an_additive_rows_total_over_blank_periods_is_an_error_too() -> None:
    answer = _answer("Opleiding 2020 2021 Totaal\nVerpleegkunde - - 12\nVroedkunde 13 14 27\nGraduaat sec 42 40 82\n"
                     "Totaal 55 54 121\n", "inschrijvingen")
    found = [f for f in audit(answer).findings if f.rule == "total-exceeds-parts" and f.line == 6]
    assert [(f.severity, f.stated, f.observed) for f in found] == [("error", 12, 0)]
    assert "12 enrolments missing" in found[0].message


def test_a_total_lines_figure_under_a_period_whose_rows_are_all_blank_is_an_error() -> None:
    answer = _answer("Opleiding 2020 2021 2022\nVerpleegkunde 12 10 -\nVroedkunde 13 14 -\nGraduaat sec 42 40 -\n"
                     "Totaal 50 52 5\n")
    assert _errors(answer) == [(9, "2022", 5, 0, 5)]


def test_a_rows_figure_of_a_totaal_column_over_categories_all_blank_is_an_error() -> None:
    answer = _answer("Opleiding 2020 2021\nMan Vrouw Totaal Man Vrouw Totaal\nVerpleegkunde - - 12 3 4 7\n"
                     "Vroedkunde 13 14 27 5 6 11\nTotaal 13 14 39 8 10 18\n")
    assert (7, "2020", 12, 0, 12) in _errors(answer)


def test_a_subtotal_column_over_its_periods_all_blank_is_an_error() -> None:
    answer = _answer("Opleiding 2020 2021 Subtotaal 2022 Totaal\nVerpleegkunde - - 12 - 12\n"
                     "Vroedkunde 13 14 20 5 22\nTotaal 13 14 32 5 34\n")
    assert (6, "Subtotaal 2020 t/m 2021", 12, 0, 12) in _errors(answer)


@pytest.mark.parametrize("table", [
    # a total of 0 over no figure holds
    "Opleiding 2020 2021 Totaal\nVerpleegkunde - - 0\nVroedkunde 13 14 20\nTotaal 13 14 20\n",
    # a total line that prints its total column alone: its periods' totals unprinted, not none
    "Opleiding 2020 2021 Totaal\nVerpleegkunde 3 4 6\nVroedkunde 13 14 20\nGraduaat sec 42 40 60\nTotaal - - 80\n",
])
def test_a_total_over_blanks_that_holds_or_is_no_total_of_them_is_not_said(table: str) -> None:
    assert _errors(_answer(table)) == []


def test_a_rows_total_over_withheld_counts_only_is_said_once_by_their_bounds() -> None:
    """Counts withheld (``<5``) are no blanks: the total is checked with them at their highest
    (12 > 8), once — not again as a total over no figure."""
    answer = _answer("Opleiding 2020 2021 Totaal\nVerpleegkunde <5 <5 12\nVroedkunde 13 14 20\nTotaal 13 14 25\n")
    assert _errors(answer) == [(6, "Totaal", 12, 8, 4)]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 60), st.integers(1, 60)), min_size=1, max_size=4),
       st.integers(0, 4), st.integers(1, 500), st.sampled_from(["-", "x"]))
def test_a_row_blank_in_every_period_with_a_total_is_said_at_its_line(rows, at, total, mark) -> None:
    """Rows built to hold (each total between its largest part and their sum), one of them printed
    blank in both periods with a total of its own: said at that row's line, whatever the rest."""
    at = min(at, len(rows))
    names = ("Vroedkunde", "Kinderzorg", "Logistiek assistent", "Bakker")
    lines = [f"{names[k]} {a} {b} {max(a, b) + min(a, b) // 2}" for k, (a, b) in enumerate(rows)]
    lines.insert(at, f"Verpleegkunde {mark} {mark} {total}")
    sums = [sum(r[0] for r in rows), sum(r[1] for r in rows)]
    lines.append(f"Totaal {sums[0]} {sums[1]} {sum(sums)}")
    answer = _answer("Opleiding 2020 2021 Totaal\n" + "\n".join(lines) + "\n")
    line = 6 + at
    assert (line, "Totaal", total, 0, total) in _errors(answer)


def _blank_row_document(blank: str) -> Document:
    labels = ["Verpleegkunde", "Vroedkunde", "Graduaat sec", "Totaal"]
    values = ((None, None, 12), (13, 14, 20), (42, 40, 60), (50, 52, 75))
    rows = [PdfRow(label, list(v), level="total" if label == "Totaal" else "row") for label, v in zip(labels, values)]
    return Document(["Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector",
                     "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.",
                     PdfTable("Opleiding", ["2020", "2021", "Totaal"], rows, blank=blank)])


@pytest.mark.parametrize("blank", ["-", "", "x"])
@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "xlsx"])
def test_a_rows_total_over_blank_periods_is_an_error_in_a_pdf_its_layout_text_and_an_annex(form: str, blank: str) -> None:
    pytest.importorskip("fpdf", reason="the PDF forms need fpdf2")
    if form == "pdftotext-layout" and not available(form):
        pytest.skip("pdftotext not installed (poppler-utils)")
    document = _blank_row_document(blank)
    if form == "xlsx":
        answer = parse_answer(source_from_bytes(write_xlsx(document)[0], "a.xlsx"))
    elif form == "pdf":
        answer = parse_answer(source_from_bytes(write_pdf(document), "a.pdf"))
    else:
        answer = read_text(extract(write_pdf(document), form), "a.txt")
    row = [c for t in answer.tables for c in t.cells if c.label == "Verpleegkunde"]
    assert [(c.period, c.count) for c in row] == [("Totaal", 12)]
    assert (row[0].line, "Totaal", 12, 0, 12) in _errors(answer)


# ---------------------------------------------------------------------------------------------
# 2. A run of marks and figures filling every column a header prints, in a name

COLUMNS = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector\n\n"
           "2. Hieronder vindt u het aantal unieke cursisten per opleiding.\n\n"
           "Opleiding 2015 2016\ngeslaagd gestart gestopt geslaagd gestart gestopt\n"
           "Verpleegkunde {run}\nvoor volwassenen 4 6 2 5 7 3\nGraduaat 1 1 1 1 1 1\nTotaal 5 7 3 6 8 4\n")


def _said(answer) -> list[tuple]:
    return [(i.kind, i.reason, i.line, i.numbers) for i in answer.issues]


@pytest.mark.parametrize("run, numbers", [
    ("- 1 - - 2 -", (1, 2)),
    ("x 1 x x 2 x", (1, 2)),
    ("x 1 - - 2 -", (1, 2)),
    ("- 1 - - - -", (1,)),
    ("- <5 - - 2 -", (5, 2)),
])
def test_a_run_filling_every_column_of_several_under_each_period_is_said_once_and_the_name_kept(run, numbers) -> None:
    answer = read_text(COLUMNS.format(run=run), "g.txt")
    assert _said(answer) == [("stray-number", "number-in-name", 7, numbers)]
    assert {c.label for t in answer.tables for c in t.cells if c.line == 8} == {f"Verpleegkunde {run} voor volwassenen"}


def test_the_run_is_said_of_the_whole_table_and_its_six_columns() -> None:
    answer = read_text(COLUMNS.format(run="- 1 - - 2 -"), "g.txt")
    en = [f.message for f in audit(answer).findings if f.rule == "stray-number"]
    nl = [f.message for f in audit(answer, lang="nl").findings if f.rule == "stray-number"]
    assert len(en) == 1 and len(nl) == 1
    assert "in the table \"Opleiding\" (line 5)" in en[0] and "fill the table's 6 columns" in en[0]
    assert "in de tabel \"Opleiding\" (regel 5)" in nl[0] and "de 6 kolommen van de tabel" in nl[0]


def test_an_x_run_and_a_bound_are_said_as_printed() -> None:
    found = [f.message for f in audit(read_text(COLUMNS.format(run="x 1 x x 2 x"), "g.txt")).findings
             if f.rule == "stray-number"]
    assert found and found[0].startswith("the numbers 1, 2 after a blank's mark 'x' on the line")
    assert "with the marks they fill" in found[0]
    bound = [f.message for f in audit(read_text(COLUMNS.format(run="- <5 - - 2 -"), "g.txt")).findings
             if f.rule == "stray-number"]
    assert bound and bound[0].startswith("the numbers <5, 2 after a dash")


PLAIN = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector\n\n"
         "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.\n\n"
         "Opleiding 2019 2020 2021 2022\nVerpleegkunde {run}\nvoor volwassenen 4 6 2 5\nGraduaat sec 1 1 1 1\n"
         "Totaal 5 7 3 6\n")


@pytest.mark.parametrize("run, numbers", [("- 1 - -", (1,)), ("x 1 x x", (1,)), ("- - 3 -", (3,))])
def test_a_run_ending_in_marks_over_the_periods_of_one_column_is_said_and_the_name_kept(run, numbers) -> None:
    answer = read_text(PLAIN.format(run=run), "g.txt")
    assert _said(answer) == [("stray-number", "number-in-name", 6, numbers)]
    assert {c.label for t in answer.tables for c in t.cells if c.line == 7} == {f"Verpleegkunde {run} voor volwassenen"}


def test_a_run_ending_in_a_mark_whose_row_ends_there_is_still_the_rows_cells() -> None:
    """The other side: the row's figures end its row (the next line opens a row with a capital),
    so its marks are blanks and its figures its cells, as before."""
    text = COLUMNS.format(run="- 1 - - 2 -").replace("voor volwassenen 4 6 2 5 7 3\nGraduaat 1 1 1 1 1 1\n",
                                                     "Graduaat 4 6 2 5 7 3\n").replace("Totaal 5 7 3 6 8 4", "Totaal 4 7 2 5 9 3")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert sorted((t.column, c.period, c.count) for t in answer.tables for c in t.cells if c.line == 7) == [
        ("gestart", "2015", 1), ("gestart", "2016", 2)]


def _columns_document(run: str) -> Document:
    labels = [f"Verpleegkunde {run} voor volwassenen", "Graduaat", "Totaal"]
    values = ((4, 6, 2, 5, 7, 3), (1,) * 6, (5, 7, 3, 6, 8, 4))
    rows = [PdfRow(label, list(v), level="total" if label == "Totaal" else "row") for label, v in zip(labels, values)]
    return Document(["Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector",
                     "2. Hieronder vindt u het aantal unieke cursisten per opleiding.",
                     PdfTable("Opleiding", ["2015", "2016"], rows, names=["geslaagd", "gestart", "gestopt"])])


@pytest.mark.parametrize("run", ["- 1 - - 2 -", "x 1 x x 2 x"])
@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pdfplumber-layout"])
def test_a_pdfs_name_holding_such_a_run_is_read_whole_or_said(form: str, run: str) -> None:
    """The PDF itself and its laid-out text place the run in the label's cell (read whole, nothing
    to say); text that loses the positions (pdfplumber's) says it — never a name that dropped
    some of its marks, nor the name cut into a row of its own, in silence."""
    pytest.importorskip("fpdf", reason="the PDF forms need fpdf2")
    if form == "pdftotext-layout" and not available(form):
        pytest.skip("pdftotext not installed (poppler-utils)")
    pytest.importorskip("pdfplumber") if form.startswith("pdfplumber") else None
    data = write_pdf(_columns_document(run), PdfStyle(label_width=42.0, v_align="BOTTOM", number_width=14))
    answer = parse_answer(source_from_bytes(data, "a.pdf")) if form == "pdf" else read_text(extract(data, form), "a.txt")
    labels = {c.label for t in answer.tables for c in t.cells if c.label.startswith(("Verpleegkunde", "voor"))}
    assert labels == {f"Verpleegkunde {run} voor volwassenen"}
    said = [i for i in answer.issues if i.reason == "number-in-name"]
    assert [i.numbers for i in said] in ([], [(1, 2)])
    if form.startswith("pdfplumber"):
        assert [i.numbers for i in said] == [(1, 2)]


def test_a_rows_marks_ending_its_line_above_a_category_row_with_marks_stay_blanks() -> None:
    """``test_generated_shapes18.py`` (``code_by_sector_marks``) found it while this was made: a
    category of persons below (``hooggeschoold x 9 …``) opens a row of its own, whatever the marks
    among its figures: the line above ends its row, and its ``x x`` are blanks."""
    answer = _answer("Scholingsniveau juni 2016 juli 2016 augustus 2016 september 2016 oktober 2016 november 2016\n"
                     "laaggeschoold 33 12 x x 30 58\nmiddengeschoold 3 21 56 27 x x\nhooggeschoold x 9 x 53 30 3\n"
                     "Totaal unieke cursisten 36 42 56 80 60 61\n", "stopgezette unieke cursisten")
    assert answer.issues == []
    assert [c.count for t in answer.tables for c in t.cells if c.line == 7] == [3, 21, 56, 27]


#: A name's own dash at the end of its second line (``bachelor verpleegkunde -`` / ``3de jaar``)
#: under a first line whose figures end in a mark (``niet beschikbaar``): the first line's run is
#: the row's, not the name's (found by test_unseen_pdfs6 after the merge of session 36).
NAME_DASH_BELOW_A_MARK = """\
1. Het aantal unieke cursisten met een geslaagd OKOT in de zorg:

Opleiding                                       2018      2019                 2020

900124:                                          120       131            niet beschikbaar
Tweedekansonderwijs
zorgkundige - tweede jaar

900613: Professionele                             40       52             niet beschikbaar
bachelor verpleegkunde -
3de jaar

Totaal                                           160       183            niet beschikbaar
"""


def test_a_names_own_dash_below_a_run_ending_in_a_mark_leaves_the_run_the_rows() -> None:
    answer = read_text(NAME_DASH_BELOW_A_MARK, "dash-below.txt")
    cells = [(c.code or c.label, c.period, c.count) for t in answer.tables for c in t.cells]
    assert ("900613", "2018", 40) in cells and ("900613", "2019", 52) in cells
    assert [i for i in answer.issues if i.unread] == []
