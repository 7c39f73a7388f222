"""Answers written by hand in shapes the other tests do not hold (a third review of reading
answers never seen): each test is such an answer, or the smallest part of it that showed the
reader's error, and the exact cells and findings a correct reader gives."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = (
    "ANTWOORD\nop vraag nr. 512 van 3 maart 2023\nvan Els Van den Broeck\n\n"
    "1. In de tabel hieronder vindt u het aantal unieke cursisten dat een OKOT startte, naar leeftijd.\n\n"
)
AGES = ["Leeftijd 2022 2023", "-25 jaar 812 790", "25-54 jaar 3.797 3.650", "55+ jaar 61 70", "Totaal 4.670 4.510"]
AGE_CELLS = [
    ("row", "-25 jaar", "2022", 812, None), ("row", "-25 jaar", "2023", 790, None),
    ("row", "25-54 jaar", "2022", 3797, None), ("row", "25-54 jaar", "2023", 3650, None),
    ("row", "55+ jaar", "2022", 61, None), ("row", "55+ jaar", "2023", 70, None),
    ("total", "Totaal", "2022", 4670, "additive"), ("total", "Totaal", "2023", 4510, "additive"),
]


def _cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells]


def _ages(*, replace: tuple[str, str] = ("", ""), before: str = "", inserted: str = "", after: str = "") -> str:
    lines = [line.replace(*replace) if replace[0] and line.startswith(replace[0].split()[0]) else line
             for line in AGES]
    if inserted:
        at = next(i for i, line in enumerate(lines) if line.startswith(before))
        lines.insert(at, inserted)
    return HEAD + "\n".join(lines) + "\n" + after


# 1. A footnote's mark on one figure.

@pytest.mark.parametrize("marked, note", [
    ("3.797\u00b9", "\u00b9 Inclusief 12 cursisten van wie de leeftijd later werd gecorrigeerd."),
    ("3.797 (1)", "(1) Inclusief 12 cursisten van wie de leeftijd later werd gecorrigeerd."),
    ("3.797(1)", "1) Inclusief 12 cursisten van wie de leeftijd later werd gecorrigeerd."),
    ("3.797*", "* Inclusief 12 cursisten van wie de leeftijd later werd gecorrigeerd."),
])
def test_a_footnote_mark_on_a_figure_is_no_count(marked, note):
    """``25-54 jaar 3.797¹ 3.650`` with the footnote ``¹ Inclusief …`` below: the mark (``(1)``
    once normalised) made ``3.797(1)`` no number, the row's label ``25-54 jaar 3.797(1)`` and
    every row of the table unread (``ambiguous-alignment``: no placement fits, three errors).
    A mark right after a figure that a footnote of the answer explains is the figure's note."""
    answer = read_text(_ages(replace=("25-54 jaar 3.797", f"25-54 jaar {marked}"), after="\n" + note + "\n"), "n.txt")
    assert _cells(answer) == AGE_CELLS
    assert answer.issues == []
    assert audit(answer).findings == []


def test_a_footnote_mark_after_a_rows_last_figure_and_in_laid_out_text():
    """The mark after the row's last figure (``55+ jaar 61 70 (1)``) made ``61`` and ``70`` stray
    numbers and both totals wrong (two errors); in laid-out text the mark glued to a figure
    (``3.797¹``) left the row unread. Both are the figures' notes."""
    answer = read_text(_ages(replace=("55+ jaar 61 70", "55+ jaar 61 70 (1)"), after="\n(1) Schatting.\n"), "n.txt")
    assert _cells(answer) == AGE_CELLS
    assert audit(answer).findings == []
    laid = (HEAD + "     Leeftijd                 2022          2023\n"
            "     -25 jaar                  812           790\n"
            "     25-54 jaar              3.797\u00b9        3.650\n"
            "     55+ jaar                   61            70\n"
            "     Totaal                  4.670         4.510\n\n"
            "     \u00b9 Inclusief 12 cursisten van wie de leeftijd later werd gecorrigeerd.\n")
    answer = read_text(laid, "n.txt")
    assert _cells(answer) == AGE_CELLS
    assert audit(answer).findings == []


def test_a_footnote_mark_on_a_coded_rows_figure_and_a_marked_period():
    """A mark on a figure of a coded row keeps the period's own mark apart: ``2022*`` (partial)
    stays a period's, ``71¹`` is a figure's note."""
    text = (
        "ANTWOORD\nop vraag nr. 74 van 14 oktober 2022\n1. Unieke cursisten met gestarte OKOT'(s)\n\n"
        "Opleiding 2021 2022*\n"
        "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 102 71\u00b9\n"
        "908017: Educatieve graduaatsopleiding 73 40\n"
        "Totaal 170 110\n\n"
        "* Enkel het eerste semester.\n\u00b9 Voorlopig cijfer.\n"
    )
    answer = read_text(text, "c.txt")
    assert [(c.level, c.code, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("row", "908001", "2021", 102), ("row", "908001", "2022", 71),
        ("row", "908017", "2021", 73), ("row", "908017", "2022", 40),
        ("total", None, "2021", 170), ("total", None, "2022", 110),
    ]
    assert [(p.label, p.partial) for p in answer.tables[0].periods] == [("2021", False), ("2022", True)]
    assert answer.issues == []


def test_a_number_in_brackets_no_footnote_explains_is_not_cut():
    """``3.797 (3)`` with no footnote ``(3)``: the number may be a count; it is not cut, and
    the row is reported, not read."""
    answer = read_text(_ages(replace=("25-54 jaar 3.797", "25-54 jaar 3.797 (3)")), "n.txt")
    assert any(i.kind == "ambiguous-alignment" for i in answer.issues)
    assert "error" in {f.severity for f in audit(answer).findings}


# 2. A running header seen only once.

@pytest.mark.parametrize("header", [
    "Vlaams Parlement - Schriftelijke vraag 512 2",
    "Schriftelijke vraag 512 - pagina 2",
    "Vlaams Parlement \u2014 Schriftelijke vraag 512 (2022-2023) \u2014 blz. 2",
    "Schriftelijke vraag 512 - pagina 2 van 3",
    "Schriftelijke vraag 512 van 3 maart 2023 - 2",
])
def test_a_running_header_seen_once_between_rows_is_page_furniture(header):
    """A page's running header printed once (the answer's first line another, ``ANTWOORD``),
    between two rows of an age table: it was read as a row of two figures (``Vlaams Parlement -
    Schriftelijke vraag`` with 512 and 2 persons), the table one of programmes, its total of
    unique persons — and ``check`` passed with 0 errors; or as a row the totals cannot place
    (``ambiguous-alignment``, the totals not checked). A line that names the parliament's
    paper and ends in its page's number is page furniture."""
    answer = read_text(_ages(before="55+", inserted=header), "h.txt")
    assert _cells(answer) == AGE_CELLS
    assert [t.layout.rows for t in answer.tables] == ["category"]
    assert answer.issues == []
    assert audit(answer).findings == []


def test_a_running_header_seen_once_between_two_tables_is_no_part_of_the_title():
    """Between two tables it became the second table's title
    (``Schriftelijke vraag 77 - pagina 2 Onderwijsniveau``)."""
    text = (
        "ANTWOORD\nop vraag nr. 77 van 12 oktober 2023\n"
        "1. Het aantal unieke cursisten dat een OKOT startte, naar geslacht en onderwijsniveau.\n\n"
        "Geslacht 2021 2022\nMan 1.520 1.610\nVrouw 2.878 3.001\nTotaal 4.398 4.611\n"
        "Schriftelijke vraag 77 - pagina 2\n"
        "Onderwijsniveau 2021 2022\nLaaggeschoold 1.400 1.500\nMiddengeschoold 2.000 2.050\n"
        "Hooggeschoold 998 1.061\nTotaal 4.398 4.611\n"
    )
    answer = read_text(text, "g.txt")
    assert [(t.title, t.header_line) for t in answer.tables] == [("Geslacht", 5), ("Onderwijsniveau", 10)]
    assert answer.issues == [] and audit(answer).findings == []


def test_prose_that_names_a_written_question_is_no_running_header():
    """A line of prose that names another written question keeps its place in the text; so does
    a title line that names the question and its date (no page number after it)."""
    from okot_audit.parse.furniture import without_furniture

    for line in ("Schriftelijke vraag nr. 51 van 28 oktober 2020", "Schriftelijke vraag 51 van 28 oktober 2020",
                 "schriftelijke vraag nr. 352 van 12"):
        assert without_furniture(("ANTWOORD", line, "Totaal 1 2"))[1] == line
    text = (
        "ANTWOORD\nop vraag nr. 77 van 12 oktober 2023\n"
        "Zie ook het antwoord op schriftelijke vraag 352\n"
        "Geslacht 2021 2022\nMan 1.520 1.610\nVrouw 2.878 3.001\nTotaal 4.398 4.611\n"
    )
    answer = read_text(text, "g.txt")
    assert _cells(answer)[-1] == ("total", "Totaal", "2022", 4611, "additive")
    assert answer.issues == []


# 3. A capitalised line of prose ending in a number between category or province rows.

@pytest.mark.parametrize("before", ["25-54", "55+"])
@pytest.mark.parametrize("inserted, number", [
    ("Deze groep omvat ook de herintreders van 2022", 2022),
    ("Zie tabel 2", 2),
])
def test_a_capitalised_line_of_prose_ending_in_a_number_between_category_rows(before, inserted, number):
    """``Deze groep omvat ook de herintreders van 2022`` between two rows of an age table was
    read as a row with one figure: the table became one of programmes (its total one of unique
    persons, not a partition's) and every row was unread (``ambiguous-alignment``: four
    errors, the totals not checked). Its number follows a preposition (or a reference:
    ``tabel 2``): a date or a reference, no count. The line is no row; its number is reported
    as a stray one."""
    answer = read_text(_ages(before=before, inserted=inserted), "p.txt")
    line = 7 + next(i for i, text in enumerate(AGES) if text.startswith(before))
    assert _cells(answer) == AGE_CELLS
    assert [t.layout.rows for t in answer.tables] == ["category"]
    assert [(i.kind, i.line, i.numbers) for i in answer.issues] == [("stray-number", line, (number,))]
    assert [(f.rule, f.line) for f in audit(answer).findings] == [("stray-number", line)]


@pytest.mark.parametrize("before", ["25-54", "55+"])
def test_a_note_that_says_a_period_is_provisional_between_category_rows_is_heard(before):
    """``Deze cijfers zijn voorlopig tot 2023`` between two rows (a note on the figures, round
    23: tests/test_silent23.py): no row and no stray figure — its year is the period it says is
    provisional, a ``partial-period`` at its line."""
    answer = read_text(_ages(before=before, inserted="Deze cijfers zijn voorlopig tot 2023"), "p.txt")
    line = 7 + next(i for i, text in enumerate(AGES) if text.startswith(before))
    assert _cells(answer) == AGE_CELLS
    assert answer.issues == []
    assert [(f.rule, f.line, f.period) for f in audit(answer).findings] == [("partial-period", line, "2023")]


def test_a_category_the_reader_does_not_know_with_a_blank_period_is_still_a_row():
    """A row of an unknown category with one figure (``Buitenland 3``) stays a row."""
    lines = ["Nationaliteit 2022 2023", "Belg 300 310", "Buitenland  3", "Totaal 300 313"]
    text = HEAD.replace("naar leeftijd", "naar nationaliteit") + "\n".join(lines) + "\n"
    answer = read_text(text, "b.txt")
    assert ("row", "Buitenland", "2023", 3, None) in _cells(answer)
    assert not any(i.kind == "stray-number" for i in answer.issues)


# 4. A month named without its year in the sentence that calls it provisional.

MONTH_TABLE = (
    "Geslacht januari 2020 februari 2020 september 2020 oktober 2020 Totaal\n"
    "Man 40 510 480 70 1.050\nVrouw 80 962 910 135 2.008\nTotaal 120 1.472 1.390 205 3.058\n"
)


def test_a_month_named_without_its_year_in_a_provisional_sentence_is_partial():
    """``Het aantal unieke cursisten dat in 2020 een OKOT startte, per maand. De cijfers voor
    oktober zijn voorlopig.``: the month was looked for with its year (``oktober 2020``) only,
    and October was read as a full period. Where the table has one October, ``oktober`` alone
    names it."""
    prose = ("ANTWOORD\nop vraag nr. 45 van 2 februari 2021\n1. Het aantal unieke cursisten dat in 2020 een "
             "OKOT startte, per maand en per geslacht. De cijfers voor {} zijn voorlopig.\n\n")
    answer = read_text(prose.format("oktober") + MONTH_TABLE, "m.txt")
    assert [(p.label, p.partial) for p in answer.tables[0].periods] == [
        ("2020-01", False), ("2020-02", False), ("2020-09", False), ("2020-10", True), ("Totaal", False),
    ]
    assert [(f.rule, f.period) for f in audit(answer).findings if f.rule == "partial-period"] == [
        ("partial-period", "2020-10"),
    ]
    # the abbreviation with its dot too; a month the table prints in two years is not named alone
    answer = read_text(prose.format("okt.") + MONTH_TABLE, "m.txt")
    assert [p.label for p in answer.tables[0].periods if p.partial] == ["2020-10"]
    two_years = MONTH_TABLE.replace("januari 2020", "oktober 2019")
    answer = read_text(prose.format("oktober") + two_years, "m.txt")
    assert [p.label for p in answer.tables[0].periods if p.partial] == []


# 5. Periods as lines over one column of counts.

def test_months_as_lines_over_one_column_of_counts():
    """``Maand Aantal`` over ``januari 2020 120`` … ``oktober 2020* 205`` and ``Totaal 3.058``:
    no table was read (``unreadable-table``: no header with periods or training codes). It is a
    table on its side of one row: the column's counts under the periods its lines name, the
    ``Totaal`` line the row's total over the periods (persons: unique). A table of one row
    needs no total line over its rows (no ``total-missing``)."""
    text = (
        "ANTWOORD\nop vraag nr. 45 van 2 februari 2021\n"
        "In 2020 startten volgens VDAB de onderstaande aantallen unieke cursisten een OKOT, per maand.\n\n"
        "Maand Aantal\njanuari 2020 120\nfebruari 2020 1.472\nmaart 2020 88\nseptember 2020 1.390\n"
        "oktober 2020* 205\nTotaal 3.058\n\n* Voorlopige cijfers.\n"
    )
    answer = read_text(text, "m.txt")
    assert [(t.id, t.measure, t.layout.transposed) for t in answer.tables] == [("started", "started", True)]
    assert [(c.level, c.label, c.period, c.count, c.line, c.semantics) for c in answer.tables[0].cells] == [
        ("row", "Aantal", "2020-01", 120, 6, None), ("row", "Aantal", "2020-02", 1472, 7, None),
        ("row", "Aantal", "2020-03", 88, 8, None), ("row", "Aantal", "2020-09", 1390, 9, None),
        ("row", "Aantal", "2020-10", 205, 10, None), ("row", "Aantal", "Totaal", 3058, 11, "unique"),
    ]
    assert [(p.label, p.partial) for p in answer.tables[0].periods][-2:] == [("2020-10", True), ("Totaal", False)]
    assert answer.issues == []
    assert [(f.rule, f.line, f.difference) for f in audit(answer).findings] == [
        ("parts-exceed-total", 11, 217), ("partial-period", 13, None),
    ]
    # laid out, years as lines and the column named by what it counts
    laid = ("ANTWOORD\nop vraag nr. 45 van 2 februari 2021\nHet aantal unieke cursisten met een gestarte OKOT.\n\n"
            "   Jaar          Aantal unieke cursisten\n   2018                            4.398\n"
            "   2019                            4.774\n   Totaal                          8.800\n")
    answer = read_text(laid, "y.txt")
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("Aantal unieke cursisten", "2018", 4398), ("Aantal unieke cursisten", "2019", 4774),
        ("Aantal unieke cursisten", "Totaal", 8800),
    ]
    assert [f.rule for f in audit(answer).findings] == ["parts-exceed-total"]


def test_a_table_of_one_row_needs_no_total_line():
    """A table of one programme and no ``Totaal`` line was warned of (``total-missing``: "its
    rows must not be added up"): one row has nothing to add up. Two rows still do."""
    text = ("ANTWOORD\nop vraag nr. 45 van 2 februari 2021\nHet aantal gestarte unieke cursisten per opleiding.\n"
            "Opleiding 2019 2020\nGraduaat orthopedagogie 118 131\n")
    assert audit(read_text(text, "o.txt")).findings == []
    two = text + "Bachelor verpleegkunde 240 255\n"
    assert [f.rule for f in audit(read_text(two, "o.txt")).findings] == ["total-missing"]


# 6. Age classes: a withheld count in single-spaced text; bounds written with an equals sign.

def test_a_withheld_count_in_an_age_class_row_of_single_spaced_text():
    """``55+ jaar <5 7 9`` under three periods, the totals a partition's: in single-spaced text
    ``jaar`` before the first figure may end a programme's name in its own number (``… jaar
    2``), so each age row read two ways and the withheld row not at all — and without it no
    row fit the totals: three ``ambiguous-alignment`` errors on a table that holds. After a
    whole age class no number is the label's: the rows are read, the bound a withheld count."""
    lines = ["Leeftijd 2020 2021 2022", "-25 jaar 812 790 801", "25-54 jaar 3.797 3.650 3.700",
             "55+ jaar <5 7 9", "Totaal 4.613 4.447 4.510"]
    for first in ("-25 jaar", "<25 jaar"):
        text = HEAD + "\n".join(lines).replace("-25 jaar", first) + "\n"
        answer = read_text(text, "w.txt")
        assert [(c.label, c.period, c.count) for c in answer.tables[0].rows()] == [
            (first, "2020", 812), (first, "2021", 790), (first, "2022", 801),
            ("25-54 jaar", "2020", 3797), ("25-54 jaar", "2021", 3650), ("25-54 jaar", "2022", 3700),
            ("55+ jaar", "2021", 7), ("55+ jaar", "2022", 9),
        ]
        assert [(i.kind, i.line, i.periods) for i in answer.issues] == [("count-withheld", 10, ("2020",))]
        assert [(f.rule, f.severity) for f in audit(answer).findings] == [("count-withheld", "info")]


def test_age_classes_written_with_comparison_signs_are_a_partition():
    """``< 25 jaar``, ``25 - 54 jaar``, ``>= 55 jaar``: the last was no age class, so the table
    was one of programmes and its total one of unique persons — a total below the sum of its
    rows was information (persons counted twice), not the partition's error it is."""
    lines = ["Leeftijdsklasse 2020 2021", "< 25 jaar 812 790", "25 - 54 jaar 3.797 3.650", ">= 55 jaar 61 70",
             "Totaal 4.600 4.510"]
    answer = read_text(HEAD + "\n".join(lines) + "\n", "a.txt")
    assert [(t.layout.rows, t.layout.attribute) for t in answer.tables] == [("category", "age")]
    assert [(f.rule, f.severity, f.period, f.difference) for f in audit(answer).findings
            if f.rule == "parts-exceed-total"] == [("parts-exceed-total", "error", "2020", 70)]


# 7. A page number alone between a table's rows and its header repeated on the next page.

PROVINCE_PAGES = (
    "ANTWOORD\nop vraag nr. 512 van 3 maart 2023\n"
    "1. Het aantal unieke cursisten dat een OKOT startte, per provincie en per schooljaar.\n\n"
    "Provincie 2019-2020 2020-2021 2021-2022*\nAntwerpen 1.012 1.104 640\nLimburg 602 633 351\n"
    "Oost-Vlaanderen 1.140 1.202 700\n{between}Provincie 2019-2020 2020-2021 2021-2022*\n"
    "Vlaams-Brabant 410 455 260\nWest-Vlaanderen 933 951 530\nBrussel 3 6 4\nVlaams Gewest 4.090 4.335 2.480\n\n"
    "* Voorlopige cijfers: enkel de inschrijvingen tot 31 december 2021.\n"
)


@pytest.mark.parametrize("between", ["\n2\n\n", "2\n", "\n\n2\n"])
def test_a_page_number_alone_before_the_repeated_header_is_furniture(between):
    """``Oost-Vlaanderen 1.140 1.202 700`` / ``2`` / ``Provincie 2019-2020 …`` (the header
    again on page 2): the page number was read as a row whose label was lost
    (``unreadable-table``, the totals not checked). A number alone right above a header of
    periods the answer printed before is the page's number."""
    answer = read_text(PROVINCE_PAGES.format(between=between), "p.txt")
    rows = [c for c in answer.tables[0].cells if c.level == "row"]
    assert len(answer.tables) == 1 and len(rows) == 18
    assert [(c.label, c.count) for c in answer.tables[0].cells if c.level == "total"] == [
        ("Vlaams Gewest", 4090), ("Vlaams Gewest", 4335), ("Vlaams Gewest", 2480),
    ]
    assert answer.issues == []
    assert {f.rule for f in audit(answer).findings} == {"parts-exceed-total", "partial-period"}


def test_a_number_alone_below_a_name_waiting_for_its_figures_is_not_cut():
    """A name whose figures stand below it keeps the number, header repeated or not."""
    text = PROVINCE_PAGES.format(between="Brussel\n3\n").replace("Brussel 3 6 4\n", "")
    answer = read_text(text, "p.txt")
    assert any(3 in i.numbers for i in answer.issues) or any(
        c.count == 3 and c.label == "Brussel" for t in answer.tables for c in t.cells)


# 8. Two total lines of different meaning under a partition.

def test_a_total_of_unique_persons_under_gender_rows_of_enrolments_counts_unique_persons():
    """``Man`` / ``Vrouw`` counting enrolments, closed by ``Totaal inschrijvingen`` (their sum)
    and ``Totaal unieke cursisten`` (fewer: a person with two enrolments): the second total
    was taken for the partition's sum too, two false errors. It counts unique persons: the
    difference is persons enrolled more than once, information."""
    text = (
        "ANTWOORD\nop vraag nr. 600 van 10 mei 2023\n"
        "1. Hieronder het aantal inschrijvingen en het aantal unieke cursisten in een OKOT, naar geslacht.\n\n"
        "Geslacht 2021 2022\nMan 1.600 1.700\nVrouw 2.900 3.100\n"
        "Totaal inschrijvingen 4.500 4.800\nTotaal unieke cursisten 4.398 4.611\n"
    )
    answer = read_text(text, "e.txt")
    assert [(c.label, c.period, c.count, c.semantics) for c in answer.tables[0].cells if c.level == "total"] == [
        ("Totaal inschrijvingen", "2021", 4500, "additive"), ("Totaal inschrijvingen", "2022", 4800, "additive"),
        ("Totaal unieke cursisten", "2021", 4398, "unique"), ("Totaal unieke cursisten", "2022", 4611, "unique"),
    ]
    assert [(f.rule, f.severity, f.period, f.difference) for f in audit(answer).findings] == [
        ("parts-exceed-total", "info", "2021", 102), ("parts-exceed-total", "info", "2022", 189),
    ]
    # the enrolments' total still must be the sum
    wrong = text.replace("Totaal inschrijvingen 4.500", "Totaal inschrijvingen 4.400")
    assert [(f.rule, f.severity, f.period) for f in audit(read_text(wrong, "e.txt")).findings
            if f.severity == "error"] == [("parts-exceed-total", "error", "2021")]


# 9. One period named only in the prose: a school year.

@pytest.mark.parametrize("named, period", [
    ("in de periode 2021-2022", "2021-2022"), ("in het schooljaar 2021-22", "2021-2022"), ("in 2021", "2021"),
])
def test_a_school_year_named_only_in_the_prose_is_the_tables_one_period(named, period):
    """``… startte in de periode 2021-2022, per opleiding.`` over ``Opleiding Aantal``: the
    school year was read as two years, the later taken — every cell under ``2022``, without a
    word. A school year (two years joined by a dash) is one period."""
    text = ("ANTWOORD\nop vraag nr. 600 van 10 mei 2023\n"
            f"1. Het aantal unieke cursisten dat een OKOT startte {named}, per opleiding.\n\n"
            "Opleiding Aantal\nGraduaat orthopedagogie 118\nBachelor verpleegkunde 240\nTotaal 350\n")
    answer = read_text(text, "s.txt")
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells] == [
        ("Graduaat orthopedagogie", period, 118), ("Bachelor verpleegkunde", period, 240), ("Totaal", period, 350),
    ]


# 10. A header whose list of periods wrapped onto a line of its own.

@pytest.mark.parametrize("first, rows", [
    ("Opleiding", ["Graduaat orthopedagogie 118 131 142 70", "Bachelor verpleegkunde 240 255 270 130"]),
    ("Opleiding", ["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 118 131 142 70",
                   "908017: Educatieve graduaatsopleiding 240 255 270 130"]),
])
def test_a_header_whose_periods_wrap_onto_a_line_of_their_own(first, rows):
    """``Opleiding 2019 2020`` / ``2021 2022*``: only the second line's periods were taken, every
    row then had more figures than periods (three ``unreadable-table`` errors). A line of
    periods alone that goes on after the periods ending the line above is the rest of them."""
    text = ("ANTWOORD\nop vraag nr. 600 van 10 mei 2023\n"
            "1. Het aantal unieke cursisten dat een OKOT startte, per opleiding en per jaar.\n\n"
            f"{first} 2019 2020\n2021 2022*\n" + "\n".join(rows) + "\nTotaal 350 380 405 198\n\n* Eerste jaarhelft.\n")
    answer = read_text(text, "w.txt")
    assert [(p.label, p.partial) for p in answer.tables[0].periods] == [
        ("2019", False), ("2020", False), ("2021", False), ("2022", True),
    ]
    assert [c.count for c in answer.tables[0].cells] == [118, 131, 142, 70, 240, 255, 270, 130, 350, 380, 405, 198]
    assert answer.issues == []


def test_a_labels_range_end_alone_below_its_figure_is_no_page_number():
    """pdfplumber text prints a row one piece a line (``… opvoeder fase 1-`` / ``10`` / ``2``)
    right above the header repeated on the next page: the ``2`` ends the label's range
    (``fase 1- 2``), no page number. Only a number below a blank line or a row's words is one."""
    from okot_audit.parse.furniture import without_furniture

    lines = ("Opleiding 2022 2023*", "Tweedekansonderwijs secundair algemene", "53",
             "Educatieve beroepsonderwijs opvoeder fase 1-", "10", "2", "Opleiding 2022 2023*", "Totaal 10 53")
    assert without_furniture(lines)[5] == "2"
    assert without_furniture((*lines[:4], "Educatieve beroepsonderwijs opvoeder fase 1- 2 10", "2", *lines[6:]))[5] == ""


# 11. The first block's province alone below a header without periods.

def test_the_first_blocks_province_below_a_header_of_one_count_column_is_not_the_title():
    """``Provincie Opleiding Aantal`` / ``Antwerpen`` / the block's rows: the province became
    the title's last word (``Provincie Opleiding Aantal Antwerpen``)."""
    text = (
        "ANTWOORD\nop vraag nr. 45 van 2 februari 2021\n\n"
        "1. Het aantal gestarte unieke cursisten per provincie en per opleiding in 2020.\n\n"
        "Provincie Opleiding Aantal\nAntwerpen\n"
        "900611: Professionele bachelor verpleegkunde - 1ste jaar 59\n"
        "900711: Hoger beroepsonderwijs verpleegkunde - 1ste \njaar 127\nTotaal Antwerpen 180\n"
        "900611: Professionele bachelor verpleegkunde - 1ste jaar 43\n"
        "900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar 80 Limburg\nTotaal Limburg 120\nEindtotaal 298\n"
    )
    answer = read_text(text, "p.txt")
    assert [t.title for t in answer.tables] == ["Provincie Opleiding Aantal"]
    assert [(c.province, c.code, c.count) for c in answer.tables[0].cells] == [
        ("Antwerpen", "900611", 59), ("Antwerpen", "900711", 127), ("Antwerpen", None, 180),
        ("Limburg", "900611", 43), ("Limburg", "900711", 80), ("Limburg", None, 120), (None, None, 298),
    ]


def test_month_labels_printed_cell_by_cell_are_no_wrapped_list_of_years():
    """pypdf text of month labels one piece a line (``maart`` / ``2019`` / ``april`` / ``2019`` /
    ``mei 2019 Totaal``): the ``2019`` above the last line is a month's year, not the first of
    a list of years wrapped onto the next line (the header read ``2019 2019-05 Totaal``, every
    row then had a figure too many). Found by ``benchmarks/single_spaced.py`` (mixed-112)."""
    text = (
        "3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.\n"
        "Unieke cursisten met\nstopgezette en uitgevoerde\nmaar niet geslaagde\nOKOT'(s)\n"
        "maart\n2019\napril\n2019\nmei 2019 Totaal\n"
        "111088: kinderzorg - 2e jaar\nverpleegkunde met\nverpleegkunde - verkort\ntraject - 2de jaar\n"
        "beroepsonderwijs\n43 16 22 81\nTotaal 43 16 22 81\n"
    )
    answer = read_text("OKOT's - Zorgsector\n\n" + text, "m.txt")
    assert [p.label for p in answer.tables[0].periods] == ["2019-03", "2019-04", "2019-05", "Totaal"]
    assert [c.count for c in answer.tables[0].cells] == [43, 16, 22, 81, 43, 16, 22, 81]
