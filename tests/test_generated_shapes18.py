"""Round 18's shapes, built from persons and read back exactly, in every form.

The generator (``tests/generate/``, :data:`generate.model.KINDS18`) draws them as it draws
every shape — persons → memberships → counts → printed answer — so a unique total really
counts each person once and a partition's total is its rows' sum:

- tables on their side: a line per year, a column per training code, category of persons
  or province, the total's column last (``Jaar 908003 908013 Totaal`` / ``2021* 12 - 7 18``);
- a table of its total alone (``2021 2022`` over ``Totaal 1.487 1.612``);
- rows by nationality (``Belg``, ``EU``, ``niet-EU``: a partition of persons);
- the older shapes (codes, programme names, categories, provinces, sector blocks) with their
  blank cells printed as a blank mark (``-``, ``x``) instead of left empty.

Properties, on the seeds' text form (single-spaced, blanks as extra spaces or marks), the PDF
(fpdf2, every table style), ``pdftotext -layout`` text of the PDF and the ``.xlsx`` annex:

- reading recovers exactly the constructed cells (measure, level, code, label, province,
  period, count, partial, semantics, and their line, page or sheet row) and reports nothing;
- the totals rules report exactly what the figures say (:meth:`TableModel.total_checks` is the
  oracle): on a consistent answer the persons counted twice under a unique total, and nothing
  at error or warning level; after a fault — a changed figure, or persons counted in two rows
  of a table whose total counts them once — exactly what the oracle says of the faulty answer.
"""

from __future__ import annotations

import copy
import shutil

import pytest
from hypothesis import Phase, event, given, note, settings
from hypothesis import strategies as st

from generate.choices import DrawChooser
from generate.extract import extract
from generate.model import KINDS18, AnswerModel, Group, recount
from generate.pdf import document_from_model
from generate.render import render
from generate.xlsx import write_xlsx
from okot_audit import read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes
from strategies import Case, consistent_answers, shaped_answers
from test_newer_shapes_property import audited, expected_totals, refused_as_two_readings, reported_totals
from test_roundtrip_property import assert_reads_back
from test_shapes_forms import _pages as forms_pages
from test_shapes_forms import _pdf as forms_pdf
from test_shapes_forms import assert_exact

pytest.importorskip("fpdf", reason="the PDF forms need fpdf2 (pip install '.[test]')")

#: Each kind's answers have mostly tables of that kind, and now and then one of another.
KIND = pytest.mark.parametrize("kind", KINDS18)
#: PDFs are not shrunk: one per example (CI time counts); a failure prints its answer.
FAST = (Phase.explicit, Phase.reuse, Phase.generate)


#: Kinds a form does not read yet (each a strict expected failure below, with its smallest
#: example): an annex's table of its total alone above another table is ``unreadable-table``.
NOT_YET = {"annex": ("total_only",)}
#: Sector blocks draw catalogue codes into any sector's block: no consistent answer.
INCONSISTENT = ("code_by_sector_marks",)


def _kinds(kind: str, leave: tuple[str, ...] = ()) -> tuple[str, ...]:
    return tuple(k for k in (kind, kind, kind, *KINDS18) if k not in leave)


def _forms(form: str) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("kind", [k for k in KINDS18 if k not in NOT_YET.get(form, ())])


def _case(data, kind: str, leave: tuple[str, ...] = ()) -> Case:
    return data.draw(shaped_answers(kinds=_kinds(kind, leave)), label="case")


def _shapes(model: AnswerModel) -> None:
    for table in model.tables:
        shape = table.shape
        event(f"{shape.kind}" + (" turned" if shape.turned else "") + (" total only" if shape.total_only else "")
              + (f" marks {shape.blank_mark}" if shape.blank_mark else "") + f" by {shape.periods}")


# ---------------------------------------------------------------------------------------------
# What the properties found: the smallest examples


HEAD = (
    "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)


def _cells(text: str) -> tuple[list[tuple], list]:
    answer = read_text(HEAD + text + "\n", "generated.txt")
    cells = [(t.layout.name, c.level, c.code or c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    return cells, answer.issues


def test_a_table_on_its_side_with_one_code_and_its_total_is_read():
    """``Jaar 000000 Totaal`` / ``2015 1 1``: one code's column beside the total's. Before, the
    header was no table's (two columns of parts at least) and its one line no table-like
    run: the figures were neither read nor reported."""
    cells, issues = _cells("Jaar 000000 Totaal\n2015 1 1")
    assert issues == []
    assert cells == [("code_rows", "row", "000000", "2015", 1, 9), ("code_rows", "total", "Totaal", "2015", 1, 9)]


def test_a_table_on_its_side_in_the_seeds_form_reads_its_blanks_from_the_spaces():
    """The seeds' form prints ``k`` blank cells as ``k + 1`` spaces, on a table's side too
    (``2015 4  4``: 908013 blank). Before, such a line was an ``ambiguous-alignment`` error."""
    cells, issues = _cells("Jaar 908003 908013 Totaal\n2015 4  4\n2016 1 1 2")
    assert issues == []
    assert cells == [
        ("code_rows", "row", "908003", "2015", 4, 9), ("code_rows", "total", "Totaal", "2015", 4, 9),
        ("code_rows", "row", "908003", "2016", 1, 10), ("code_rows", "row", "908013", "2016", 1, 10),
        ("code_rows", "total", "Totaal", "2016", 2, 10),
    ]


def test_a_category_on_its_side_in_the_seeds_form_reads_a_leading_blank():
    cells, issues = _cells("Jaar Man Vrouw Totaal\n2015  4 4\n2016 1 1 2")
    assert issues == []
    assert [c[2:5] for c in cells] == [
        ("Vrouw", "2015", 4), ("Totaal", "2015", 4), ("Man", "2016", 1), ("Vrouw", "2016", 1), ("Totaal", "2016", 2),
    ]


def test_the_prose_below_a_table_of_its_total_alone_is_no_row():
    """``Opleiding 2020`` / ``Totaal 71``, then a paragraph whose last figure ends a line. Before,
    the paragraph's lines were rows of the table: a row named by the prose with the count 614
    (one period), or ``ambiguous-alignment`` errors (several), and the total checked against it."""
    cells, issues = _cells(
        "Opleiding 2020\nTotaal 71 \n\n"
        "Er zijn in elke provincie VDAB-bemiddelaars die exclusief ingezet worden voor onderwijs. Een \n"
        "opleidingstraject kan op individuele basis verlengd worden, bv. voor 7713 van de 614 \ncursisten.\n"
    )
    assert (cells, issues) == ([("programme_rows", "total", "Totaal", "2020", 71, 9)], [])


def test_a_laid_out_table_on_its_side_whose_column_name_wraps_is_read():
    """``pdftotext -layout`` of a table on its side whose narrow column wraps its name
    (``25-54`` / ``jaar`` on the line below, centred, as near the next name as its own). Before,
    the header was no table's and the line of figures alone no table-like run: the table was
    neither read nor reported."""
    cells, issues = _cells(
        "Jaar                                      -25 jaar      25-54   55+ jaar          Totaal\n"
        "                                                             jaar\n"
        "\n"
        "2015                                              1        1           1              3"
    )
    assert issues == []
    assert cells == [
        ("category_rows", "row", "-25 jaar", "2015", 1, 11), ("category_rows", "row", "25-54 jaar", "2015", 1, 11),
        ("category_rows", "row", "55+ jaar", "2015", 1, 11), ("category_rows", "total", "Totaal", "2015", 3, 11),
    ]


@pytest.mark.parametrize("text", [
    # (the PDF's own text: the rows of the next page right after the last of this one)
    "Jaar 219432 Totaal\n2015 45 45\n2016 27 27\nJaar 219432 Totaal\n2017 34 34\n",
    # (the seeds' form: a form feed between the pages)
    "Jaar 219432 Totaal\n2015 45 45\n2016 27 27\n\f\nJaar 219432 Totaal\n2017 34 34\n",
    # (``pdftotext -layout``: a page's number below its rows, the next page's header elsewhere)
    "Jaar            219432       Totaal\n\n2015              45            45\n\n2016              27            27\n\n\n"
    "                           Pagina 1 van 2\n\fJaar          219432       Totaal\n\n2017            34            34\n\n\n"
    "                           Pagina 2 van 2\n",
])
def test_a_table_on_its_side_goes_on_below_its_header_repeated_on_the_next_page(text):
    """A table on its side that runs on to a new page, its header printed again at the top (the
    PDF's ``code_turned`` graduates: ``Jaar 219432 Totaal`` over 2015-2018, again over 2019).
    Before, the repeated header opened a second table: 2019 was not the first table's (its
    periods 2015-2018 only, the answer's "2019 is provisional" said of another table)."""
    answer = read_text(HEAD + text + "\n", "generated.txt")
    assert answer.issues == []
    assert [(t.layout.name, [p.label for p in t.periods]) for t in answer.tables] == [
        ("code_rows", ["2015", "2016", "2017"])]
    rows = {(c.code or c.label, c.period): c.count for c in answer.tables[0].cells}
    assert rows == {("219432", "2015"): 45, ("Totaal", "2015"): 45, ("219432", "2016"): 27, ("Totaal", "2016"): 27,
                    ("219432", "2017"): 34, ("Totaal", "2017"): 34}


def test_a_laid_out_table_on_its_side_reads_the_next_page_under_that_page_s_header():
    """``pdftotext -layout`` sets each page apart: the header repeated on page 2 stands narrower
    than page 1's, and the rows below it stand under it (``2020  6  -  -  -  6``, the marks made
    blanks). Read under page 1's columns, the total's 6 stood under ``West-Vlaanderen``."""
    wide = "Jaar                                              Limburg      Oost-Vlaanderen            West-Vlaanderen               Brussel      Totaal\n\n"
    narrow = "Jaar                                              Limburg   Oost-Vlaanderen    West-Vlaanderen   Brussel   Totaal\n\n"
    answer = read_text(
        HEAD.replace("gestarte", "stopgezette") + wide
        + "2015                                                    773                     52                         -                    26     837\n\n"
        + "2016                                                     59                          -                    7                     29      95\n\n\n"
        + "                                                                                 1/2\n\f" + narrow
        + "2020                                                    6                  -                 -         -       6\n\n\n\n"
        + "                                                                            2/2\n", "generated.txt")
    assert answer.issues == []
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2015", "2016", "2020"]]
    assert [(c.label, c.count) for c in answer.tables[0].cells if c.period == "2020"] == [("Limburg", 6), ("Totaal", 6)]


def test_a_laid_out_table_on_its_side_reads_its_marks_as_cells_on_a_page_without_its_header():
    """``pdftotext -layout`` of a table on its side that runs on to a page without its header:
    the page's rows stand narrower (``2018   46   -          -   46``). Before, the marks became
    blanks first, and the figures left did not stand under page 1's columns: each row an
    ``ambiguous-alignment`` error, though its figures and marks fill its four columns."""
    answer = read_text(
        HEAD.replace("gestarte", "stopgezette")
        + "Jaar                                Antwerpen         West-Vlaanderen             Brussel            Totaal\n\n"
        + "2015                                       11                 12                     -                   23\n\n"
        + "2016                                        -                  5                    10                   15\n\n"
        + "2017                                       57                 28                    21                   96\n\n\n\n"
        + "                                                                   1/2\n"
        + "\f2018   46   -          -   46\n\n2019   19   43         -   44\n\n\n\n\n                 2/2\n", "generated.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells if c.period in ("2018", "2019")] == [
        ("Antwerpen", "2018", 46), ("Totaal", "2018", 46),
        ("Antwerpen", "2019", 19), ("West-Vlaanderen", "2019", 43), ("Totaal", "2019", 44),
    ]


def test_codes_on_their_side_in_the_seeds_form_read_a_starred_year_s_dashes_as_blanks():
    """``2024* - - 26 - 26`` under four codes' columns and their total (the dev profile's
    ``category_turned`` persons counted twice). Before, its dashes were weighed as a label's and
    the line was an ``ambiguous-alignment`` error: the table's totals went unchecked."""
    cells, issues = _cells(
        "Jaar 299155 403198 459130 859215 Totaal\n2021 58 60 - 36 133\n2023 13 1161 34 37 1241\n2024* - - 26 - 26\n"
    )
    assert issues == []
    assert [c[2:5] for c in cells if c[3] == "2024"] == [("459130", "2024", 26), ("Totaal", "2024", 26)]


def test_a_row_below_a_squeezed_repeated_header_of_a_table_on_its_side_is_read():
    """A failing example of ``test_the_layout_text_of_the_pdf_reads_back_exactly[province_turned]``:
    ``pdftotext -layout`` squeezes the header repeated on page 2 (its names three spaces apart,
    spaced alike as justified prose is) but not the row below it, whose Antwerpen is blank.
    Before, the header, read as one cell of prose, was dropped as a running line, and the row's
    four figures stood under page 1's five columns: an ``ambiguous-alignment`` error. The
    header's names over the row's counts (all but one, the blank column) make it the page's
    header, and the row stands under its columns."""
    answer = read_text(
        HEAD.replace("gestarte", "stopgezette")
        + "Jaar                               Antwerpen                Limburg         West-Vlaanderen     Brussel   Totaal\n\n"
        + "2018                                    45                    70                    74            42       203\n"
        + "\fJaar   Antwerpen   Limburg   West-Vlaanderen   Brussel   Totaal\n\n"
        + "2019                 55            32            32       109\n", "generated.txt")
    assert answer.issues == []
    assert [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells] == [
        ("row", "Antwerpen", "2018", 45, 10), ("row", "Limburg", "2018", 70, 10),
        ("row", "West-Vlaanderen", "2018", 74, 10), ("row", "Brussel", "2018", 42, 10),
        ("total", "Totaal", "2018", 203, 10),
        ("row", "Limburg", "2019", 55, 13), ("row", "West-Vlaanderen", "2019", 32, 13),
        ("row", "Brussel", "2019", 32, 13), ("total", "Totaal", "2019", 109, 13),
    ]


def test_a_category_on_its_side_in_the_seeds_form_whose_counts_read_as_years_is_no_layout():
    """The seeds' form of a table on its side, two rows ending in a blank cell's extra space
    before their total, the first total of four digits (``2016 55 1800  1855``). Before, that
    count read as a header label (a year set off by two spaces) the other row's total stood
    under: the text was taken for ``pdftotext -layout`` and every row an ``ambiguous-alignment``
    error."""
    cells, issues = _cells("Jaar laaggeschoold middengeschoold hooggeschoold Totaal\n2016 55 1800  1855\n2019 21 26  47")
    assert issues == []
    assert [c[2:5] for c in cells] == [
        ("laaggeschoold", "2016", 55), ("middengeschoold", "2016", 1800), ("Totaal", "2016", 1855),
        ("laaggeschoold", "2019", 21), ("middengeschoold", "2019", 26), ("Totaal", "2019", 47),
    ]


def test_a_province_on_its_side_reads_its_dashes_where_another_table_marks_blanks_with_x():
    """``2016 - 4 - 4`` under four provinces' columns, in an answer whose other table marks its
    blanks with ``x``. Before, the dash after the year might have been a label's range, and only
    the dashes among the last cells of the nearest header with periods (another table's, two
    periods) were taken for blanks: ``2016 - 4  4`` was an ``ambiguous-alignment`` error."""
    cells, issues = _cells(
        "Scholingsniveau 2022 2023\nlaaggeschoold 56 41 \nmiddengeschoold x 18\nTotaal 56 59\n\n"
        "2. Hieronder vindt u het aantal geslaagde unieke cursisten per provincie.\n\n"
        "Jaar Oost-Vlaanderen West-Vlaanderen Brussel Totaal\n2015 57 55 1 113\n2016 - 4 - 4\n"
    )
    assert issues == []
    assert [c[2:5] for c in cells if c[0] == "province_rows"] == [
        ("Oost-Vlaanderen", "2015", 57), ("West-Vlaanderen", "2015", 55), ("Brussel", "2015", 1),
        ("Totaal", "2015", 113), ("West-Vlaanderen", "2016", 4), ("Totaal", "2016", 4),
    ]


# ---------------------------------------------------------------------------------------------
# Read back exactly


@KIND
@settings(max_examples=6, deadline=None, phases=FAST)
@given(data=st.data())
def test_the_seeds_form_reads_back_exactly(kind, data):
    """Single-spaced text, blank cells as extra spaces or as marks: every cell at its line."""
    case = _case(data, kind)
    _shapes(case.model)
    assert_reads_back(case)


def _pdf(case: Case, data) -> tuple[bytes, dict[tuple, int]]:
    """The answer's PDF in a drawn table style, and the page of each printed row by its anchor."""
    _shapes(case.model)
    pdf, document = forms_pdf(case, data)
    return pdf, forms_pages(document)


@KIND
@settings(max_examples=3, deadline=None, phases=FAST)
@given(data=st.data())
def test_the_pdf_reads_back_exactly(kind, data):
    """Every cell on the page it was printed on, in every table style."""
    case = _case(data, kind)
    pdf, pages = _pdf(case, data)
    answer = parse_answer(source_from_bytes(pdf, "generated.pdf"))
    assert_exact(answer, case.model, lambda t, c: pages[t.place_of(c)], lambda c: c.page)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed (apt-get install poppler-utils)")
@_forms("layout")
@settings(max_examples=3, deadline=None, phases=FAST)
@given(data=st.data())
def test_the_layout_text_of_the_pdf_reads_back_exactly(kind, data):
    """``pdftotext -layout``: laid out with runs of spaces; every cell on its page."""
    case = _case(data, kind, NOT_YET.get("layout", ()))
    pdf, pages = _pdf(case, data)
    text = extract(pdf, "pdftotext-layout")
    note(text)
    answer = read_text(text, "generated.txt")
    assert_exact(answer, case.model, lambda t, c: pages[t.place_of(c)], lambda c: c.page)


@_forms("annex")
@settings(max_examples=3, deadline=None, phases=FAST)
@given(data=st.data(), sheets=st.booleans(), as_text=st.booleans())
def test_the_annex_reads_back_exactly(kind, data, sheets, as_text):
    """The ``.xlsx`` annex: every cell at the sheet row of its row (a period's row, on its side)."""
    case = _case(data, kind, NOT_YET["annex"])
    _shapes(case.model)
    document = document_from_model(case.model)
    workbook, where = write_xlsx(document, numbers_as_text=as_text, sheet_per_table=sheets)
    rows = {row.anchor: place[1] for table, places in zip(document.tables, where) for row, place in zip(table.rows, places)}
    answer = parse_answer(source_from_bytes(workbook, "annex.xlsx"))
    assert_exact(answer, case.model, lambda t, c: rows[t.place_of(c)], lambda c: c.line, prose=False)


# ---------------------------------------------------------------------------------------------
# The totals rules against the oracle


@pytest.mark.parametrize("kind", [k for k in KINDS18 if k not in INCONSISTENT])
@settings(max_examples=5, deadline=None, phases=FAST)
@given(data=st.data())
def test_a_consistent_answer_reports_exactly_its_double_counts(kind, data):
    """Catalogue codes of the answer's sector, final stages among graduates: no error and no
    warning; every unique total whose parts sum to more is reported with that surplus."""
    case = data.draw(consistent_answers(kinds=_kinds(kind, INCONSISTENT)), label="case")
    _shapes(case.model)
    answer, report = audited(case.rendered)
    assert [(f.rule, f.line, f.message) for f in report.findings if f.severity not in ("info",)] == []
    ids = [t.id for t in answer.tables]
    assert len(ids) == len(case.model.tables)
    assert reported_totals(case.rendered, report) == expected_totals(case.model, ids)


def change_figure(model: AnswerModel, chooser) -> tuple[AnswerModel, str]:
    """A copy of `model` with one printed figure of a checked total changed — the total, or
    one of its parts — up or down by a few (never to nothing: a figure stays printed)."""
    faulty = copy.deepcopy(model)
    checks = [(t, check) for t in faulty.tables for check in t.total_checks()]
    table, (anchor, column, parts, _) = chooser.choice(checks)
    place, where = (anchor, column) if chooser.chance(50) else chooser.choice(parts)
    values = table.values()
    old = values[place][where]
    step = chooser.integer(1, 60)
    new = old + step if chooser.chance(50) or old <= step else old - step
    values[place][where] = new
    return faulty, f"{place} {where}: {old} -> {new}"


def count_twice(model: AnswerModel, chooser) -> tuple[AnswerModel, str, bool] | None:
    """A copy of `model` where a group of persons of one period stands in two rows of a
    table (a double count) while its total still counts them once: under a unique total the
    persons counted twice; under a partition's total (each person one category) an error.
    None where no table has two rows with figures in a period; else the copy, what changed, and
    whether the table is a partition."""
    faulty = copy.deepcopy(model)
    places = []
    for table in faulty.tables:
        for period in table.periods:
            slots = [(b.index, r.uid) for b in table.blocks for r in b.rows if r.counts.get(period) is not None]
            if len(slots) > 1 and table.has_total:
                places.append((table, period, slots))
    if not places:
        return None
    table, period, slots = chooser.choice(places)
    a, b = chooser.subset(slots, 2, 2)
    size = chooser.integer(1, 9)
    table.groups[period].append(Group(size, frozenset([a, b])))
    recount(table)  # (each total counts the group's persons once)
    return faulty, f"table {table.uid} {period}: {size} persons in rows {a} and {b}", table.shape.partition


def assert_reported_as_the_figures_say(case: Case, faulty: AnswerModel, what: str) -> list[tuple]:
    """The faulty copy of `case`'s answer, printed with the same layout, is reported by the
    totals rules exactly as the oracle says of its figures; what they reported."""
    note(what)
    rendered = render(faulty, case.plan, encodings=False)
    note(repr(Case(faulty, case.plan, rendered)))
    answer, report = audited(rendered)
    ids = [t.id for t in answer.tables]
    assert len(ids) == len(faulty.tables)
    found = reported_totals(rendered, report)
    refused = refused_as_two_readings(faulty, answer)  # (said, its totals unchecked: see there)
    if refused:
        event("a row of two readings the totals fit, said")
    assert found == [e for e in expected_totals(faulty, ids) if e[3] not in refused]
    return found


@KIND
@settings(max_examples=5, deadline=None, phases=FAST)
@given(data=st.data())
def test_a_changed_figure_is_reported_as_the_figures_say(kind, data):
    case = _case(data, kind)
    if not any(t.total_checks() for t in case.model.tables):
        event("no total with parts")
        return
    assert_reported_as_the_figures_say(case, *change_figure(case.model, DrawChooser(data.draw)))


@KIND
@settings(max_examples=5, deadline=None, phases=FAST)
@given(data=st.data())
def test_persons_counted_twice_are_reported_as_the_figures_say(kind, data):
    """Under a unique total: information, the persons counted twice; under a partition's
    total (each person in one category): an error."""
    case = _case(data, kind)
    fault = count_twice(case.model, DrawChooser(data.draw))
    if fault is None:
        event("no period with two rows")
        return
    faulty, what, partition = fault
    found = assert_reported_as_the_figures_say(case, faulty, what)
    if partition:
        event("a partition")
        assert any(rule == "parts-exceed-total" and severity == "error" for rule, severity, *_ in found)


# ---------------------------------------------------------------------------------------------
# Found by the properties


def test_a_table_of_its_total_alone_is_read_from_an_annex():
    """Found by the properties: a table of its total alone above a table on its side on one
    sheet. Before, an ``unreadable-table`` error at its header (alone on its sheet it was read)."""
    from openpyxl import Workbook

    from generate.xlsx import workbook_bytes

    book = Workbook()
    sheet = book.active
    for row in (["Aantal unieke gestarte cursisten per opleiding"], [], ["Opleiding", "2017", "2018", "2019"],
                ["Totaal", 32, 16, 60], [], ["Aantal unieke geslaagde cursisten per provincie"], [],
                ["Jaar", "Oost-Vlaanderen", "Brussel", "Totaal"], ["2022", 56, 13, 69]):
        sheet.append(row)
    answer = parse_answer(source_from_bytes(workbook_bytes(book), "annex.xlsx"))
    assert answer.issues == []
    assert [(c.level, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("total", "2017", 32), ("total", "2018", 16), ("total", "2019", 60),
        ("row", "2022", 56), ("row", "2022", 13), ("total", "2022", 69),
    ]
