"""Answers written by hand in shapes the other tests do not hold (a tenth review of reading
answers never seen, round 18: table shapes in text the reader still missed): each test is such
an answer, or the smallest part of it that showed the reader's error, and the exact cells and
findings a correct reader gives — single-spaced (the seeds' form) and laid out (``pdftotext
-layout``)."""

from __future__ import annotations

from okot_audit import audit, read_text
from test_unseen_answers8 import HEAD, LAID, _cells, _found
from test_unseen_answers8 import _text as _text8


def _text(rows: list[list[str]], laid: bool) -> str:
    """As round 17's answers (test_unseen_answers8), with a wider label column."""
    return _text8(rows, laid, label_width=40, min_width=10)


STARTED = "1. Het aantal unieke cursisten dat een OKOT startte:\n\n"


def _answer(rows: list[list[str]], laid: bool, intro: str = STARTED, name: str = "a.txt"):
    return read_text(HEAD + intro + _text(rows, laid) + "\n\nBron: VDAB.\n", name)


# 1. A table of a total and its ``waarvan`` lines only.

SUBSETS = [
    ["", "2022", "2023"], ["Totaal", "1.234", "1.310"], ["waarvan vrouwen", "456", "480"],
    ["waarvan 50-plussers", "120", "131"],
]


@LAID
def test_a_total_with_only_its_waarvan_lines_is_a_table(laid):
    """``Totaal 1.234 1.310`` / ``waarvan vrouwen 456 480`` / ``waarvan 50-plussers 120 131``
    under a header of years: an unreadable-table error ("no header with periods or training
    codes was found"). It is a total with subsets of it: the total's figures are cells, each
    ``waarvan`` figure is checked against them (no subset is larger) and said not to add up."""
    answer = _answer(SUBSETS, laid)
    assert _cells(answer) == [
        ("started", "total", "Totaal", "2022", 1234, "unique"), ("started", "total", "Totaal", "2023", 1310, "unique"),
    ]
    assert [(s.label, s.period, s.count, s.of_line) for t in answer.tables for s in t.subsets] == [
        ("waarvan vrouwen", "2022", 456, 8), ("waarvan vrouwen", "2023", 480, 8),
        ("waarvan 50-plussers", "2022", 120, 8), ("waarvan 50-plussers", "2023", 131, 8),
    ]
    assert _found(answer) == [("column-not-checked", "info", 9, None)]


@LAID
def test_a_waarvan_line_above_its_total_is_an_error_at_the_total(laid):
    rows = [*SUBSETS[:3], ["waarvan 50-plussers", "120", "1.331"]]
    answer = _answer(rows, laid)
    assert _found(answer) == [
        ("total-below-largest-part", "error", 8, "2023"), ("column-not-checked", "info", 9, None),
    ]
    finding = next(f for f in audit(answer).findings if f.rule == "total-below-largest-part")
    assert (finding.stated, finding.observed) == (1310, 1331)


@LAID
def test_a_total_of_one_count_column_with_its_waarvan_lines(laid):
    """The same in one column of counts, the year in the prose (``Aantal`` over ``Totaal 4.398``)."""
    rows = [["", "Aantal"], ["Totaal", "4.398"], ["waarvan 25-54 jaar", "3.797"], ["waarvan vrouwen", "2.010"]]
    answer = _answer(rows, laid, "1. Het aantal unieke cursisten dat in 2018 een OKOT startte:\n\n")
    assert _cells(answer) == [("started", "total", "Totaal", "2018", 4398, "unique")]
    assert [(s.label, s.count) for t in answer.tables for s in t.subsets] == [
        ("waarvan 25-54 jaar", 3797), ("waarvan vrouwen", 2010)]
    assert _found(answer) == [("column-not-checked", "info", 9, None)]


def test_waarvan_lines_alone_under_a_header_stay_unread():
    """No total line above them: ``waarvan`` lines subset nothing the table prints — still an
    unreadable-table error, never a silent pass."""
    rows = [["", "2022", "2023"], ["waarvan vrouwen", "456", "480"], ["waarvan mannen", "778", "830"]]
    answer = _answer(rows, False)
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == ["unreadable-table"]


# 2. A year's quarters as lines: rows of the year's parts, the year the period.

QUARTER_LINES = [
    ["Kwartaal", "Aantal"], ["1e kwartaal 2024", "120"], ["2e kwartaal 2024", "130"],
    ["3e kwartaal 2024", "90"], ["4e kwartaal 2024", "110"], ["Totaal", "420"],
]


@LAID
def test_quarters_of_one_year_as_lines_are_rows_of_that_year(laid):
    """``Kwartaal Aantal`` over ``1e kwartaal 2024 120`` … ``Totaal 420``: an unreadable-table
    error ("lines name quarters or parts of the same year"). The contract has no quarter period:
    the quarters are rows (a category of time), 2024 the period, whole as four quarters cover it;
    over unique persons the year's total is at most their sum (one may start twice)."""
    answer = _answer(QUARTER_LINES, laid)
    assert _cells(answer) == [
        ("started", "row", "1e kwartaal", "2024", 120, None), ("started", "row", "2e kwartaal", "2024", 130, None),
        ("started", "row", "3e kwartaal", "2024", 90, None), ("started", "row", "4e kwartaal", "2024", 110, None),
        ("started", "total", "Totaal", "2024", 420, "unique"),
    ]
    assert [(t.layout.rows, t.layout.attribute, t.layout.partition) for t in answer.tables] == [
        ("category", "quarter", False)]
    assert [(p.label, p.partial) for t in answer.tables for p in t.periods] == [("2024", False)]
    assert _found(answer) == [("parts-exceed-total", "info", 12, "2024")]


@LAID
def test_quarters_of_enrolments_must_add_up_to_the_year(laid):
    """Enrolments (events) in a year's quarters are a partition of the year's: a total that is
    not their sum is an error — and a total above the sum of unique persons' quarters too."""
    rows = [["Periode", "Aantal inschrijvingen"], ["Q1 2024", "120"], ["Q2 2024", "130"], ["Q3 2024", "90"],
            ["Q4 2024", "110"], ["Totaal 2024", "440"]]
    answer = _answer(rows, laid, "1. Het aantal inschrijvingen in een OKOT:\n\n")
    assert [c[2:] for c in _cells(answer)][-1] == ("Totaal", "2024", 440, "additive")
    assert [(f.rule, f.severity, f.line) for f in audit(answer).findings if f.severity == "error"] == [
        ("parts-exceed-total", "error", 12)]
    rows[-1] = ["Totaal 2024", "460"]
    assert [(f.rule, f.line) for f in audit(_answer(rows, laid)).findings if f.severity == "error"] == [
        ("total-exceeds-parts", 12)]


@LAID
def test_quarter_lines_that_do_not_cover_the_year_make_it_partial(laid):
    """``januari-maart 2024`` … ``juli-september 2024``: the year 2024 is read, partial, its note
    the parts the table has."""
    rows = [["Periode", "Aantal"], ["januari-maart 2024", "120"], ["april-juni 2024", "130"],
            ["juli-september 2024", "90"], ["Totaal", "310"]]
    answer = _answer(rows, laid)
    assert [(p.label, p.partial, p.note) for t in answer.tables for p in t.periods] == [
        ("2024", True, "januari-maart, april-juni, juli-september")]
    assert [c[2:5] for c in _cells(answer)] == [
        ("januari-maart", "2024", 120), ("april-juni", "2024", 130), ("juli-september", "2024", 90),
        ("Totaal", "2024", 310)]
    assert _found(answer) == [("partial-period", "info", 7, "2024"), ("parts-exceed-total", "info", 11, "2024")]


QUARTER_ROWS = [
    ["Kwartaal", "2023", "2024"], ["1e kwartaal", "120", "140"], ["2e kwartaal", "130", "150"],
    ["3e kwartaal", "90", "95"], ["4e kwartaal", "110", "-"], ["Totaal", "430", "370"],
]


@LAID
def test_quarter_rows_under_years_leave_a_year_without_its_last_quarter_partial(laid):
    """``Kwartaal 2023 2024`` over a line per quarter, the fourth quarter of 2024 blank: the
    rows were read as programmes' names (``rows by programme``) and 2024 as a whole year. They are
    the parts of each year; 2024's three quarters do not cover it: partial."""
    answer = _answer(QUARTER_ROWS, laid)
    assert [(t.layout.rows, t.layout.attribute) for t in answer.tables] == [("category", "quarter")]
    assert [(p.label, p.partial, p.note) for t in answer.tables for p in t.periods] == [
        ("2023", False, None), ("2024", True, "1e kwartaal, 2e kwartaal, 3e kwartaal")]
    assert _found(answer) == [
        ("partial-period", "info", 7, "2024"), ("parts-exceed-total", "info", 12, "2023"),
        ("parts-exceed-total", "info", 12, "2024"),
    ]


def test_quarter_lines_of_two_years_stay_periods_of_their_own():
    """``Q1 2023 120`` / ``Q1 2024 130`` under ``Periode Aantal``: each line its own year, partial,
    as before (no table of one year's parts)."""
    rows = [["Periode", "Aantal"], ["Q1 2023", "120"], ["Q1 2024", "130"]]
    answer = _answer(rows, False)
    assert [(p.label, p.partial) for t in answer.tables for p in t.periods] == [("2023", True), ("2024", True)]


# 3. A bare ``Diploma`` header over education levels.

LEVELS = [
    ["Diploma", "2022", "2023"], ["geen diploma SO", "120", "140"], ["diploma SO", "200", "210"],
    ["diploma hoger onderwijs", "90", "95"], ["Totaal", "400", "445"],
]


@LAID
def test_education_levels_named_by_their_diploma_are_a_partition(laid):
    """``Diploma 2022 2023`` over ``geen diploma SO`` / ``diploma SO`` / ``diploma hoger
    onderwijs``: read as programmes' names, a total 10 below its rows' sum was 10 persons
    counted twice (info). Each person has one level: the rows must add up exactly — an error."""
    answer = _answer(LEVELS, laid)
    assert [(t.layout.rows, t.layout.attribute) for t in answer.tables] == [("category", "education")]
    assert [c[5] for c in _cells(answer) if c[1] == "total"] == ["additive", "additive"]
    assert [(f.rule, f.line, f.period) for f in audit(answer).findings if f.severity == "error"] == [
        ("parts-exceed-total", 11, "2022")]


@LAID
def test_a_bare_diploma_header_over_levels_and_another_row_is_education(laid):
    """``Diploma`` over ``laaggeschoold`` … and ``buitenlands diploma``: the levels make the
    ``Diploma`` column an education level's, the other row one more level of it."""
    rows = [["Diploma", "2022", "2023"], ["laaggeschoold", "120", "140"], ["middengeschoold", "200", "210"],
            ["hooggeschoold", "90", "95"], ["buitenlands diploma", "10", "12"], ["Totaal", "410", "457"]]
    answer = _answer(rows, laid)
    assert [(t.layout.rows, t.layout.attribute) for t in answer.tables] == [("category", "education")]
    assert [(f.rule, f.line, f.period) for f in audit(answer).findings if f.severity == "error"] == [
        ("parts-exceed-total", 12, "2022")]


def test_programmes_under_a_bare_diploma_header_stay_programmes():
    rows = [["Diploma", "2022", "2023"], ["Bachelor in de verpleegkunde", "120", "140"],
            ["Graduaat orthopedagogie", "200", "210"], ["Totaal", "310", "340"]]
    answer = _answer(rows, False)
    assert [t.layout.rows for t in answer.tables] == ["programme"]
    assert [f.severity for f in audit(answer).findings] == ["info", "info"]


# 4. Probes: shapes DOMAIN.md lists, in wordings the other tests do not hold.

GENDER_BLOCKS = [
    ["Leeftijd 2022 2023"], ["Mannen"], ["-25 jaar 120 130"], ["25-54 jaar 300 310"], ["Totaal mannen 420 440"],
    ["Vrouwen"], ["-25 jaar 100 90"], ["25-54 jaar 250 260"], ["Totaal vrouwen 350 350"], ["Totaal 770 790"],
]


def test_age_classes_in_blocks_of_a_gender_closed_by_totaal_mannen():
    """``Mannen`` / age classes / ``Totaal mannen``, ``Vrouwen`` / the same classes / ``Totaal
    vrouwen``, then ``Totaal``: the closing lines were totals of no block — false
    ``duplicate-row`` errors (``-25 jaar`` again under ``Vrouwen``) and ``Totaal vrouwen``
    checked against ``Totaal mannen`` as its part (false ``total-below-largest-part`` errors).
    ``Totaal mannen`` closes the block of men, as ``Totaal Antwerpen`` closes Antwerpen's; the
    grand total is the blocks' partition (each person has one gender)."""
    answer = _answer(GENDER_BLOCKS, False)
    assert [(c.level, c.label, c.block, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells
            if c.period == "2022"] == [
        ("row", "-25 jaar", "mannen", "2022", 120, None), ("row", "25-54 jaar", "mannen", "2022", 300, None),
        ("subtotal", "Totaal mannen", "mannen", "2022", 420, "additive"),
        ("row", "-25 jaar", "vrouwen", "2022", 100, None), ("row", "25-54 jaar", "vrouwen", "2022", 250, None),
        ("subtotal", "Totaal vrouwen", "vrouwen", "2022", 350, "additive"),
        ("total", "Totaal", None, "2022", 770, "additive"),
    ]
    assert _found(answer) == []


def test_a_grand_total_that_is_not_the_sum_of_its_gender_blocks_is_an_error():
    rows = [*GENDER_BLOCKS[:-1], ["Totaal 760 790"]]
    assert [(f.rule, f.severity, f.line, f.period) for f in audit(_answer(rows, False)).findings
            if f.severity == "error"] == [("parts-exceed-total", "error", 16, "2022")]


PROFILE = [
    ["Kenmerk", "2022", "2023"], ["-25 jaar", "120", "130"], ["25-54 jaar", "300", "310"], ["55+ jaar", "20", "25"],
    ["Totaal", "440", "465"], ["Man", "340", "355"], ["Vrouw", "100", "110"], ["Totaal", "440", "465"],
]


@LAID
def test_a_profile_whose_blocks_name_no_attribute_is_a_table_per_block(laid):
    """Age classes and their ``Totaal``, then ``Man`` / ``Vrouw`` and theirs, under one header:
    read as one table of programmes' names, the second ``Totaal`` checked against the first and
    the genders (``its parts sum to 880: 440 persons counted in more than one part``), and the
    genders never checked as a partition. Each block is a table of its own, as where a line
    names each block's attribute (``Leeftijd``, ``Geslacht``)."""
    answer = _answer(PROFILE, laid)
    assert [(t.id, t.layout.rows, t.layout.attribute) for t in answer.tables] == [
        ("started_by_age", "category", "age"), ("started_by_gender", "category", "gender")]
    assert [(c[1], c[2], c[4], c[5]) for c in _cells(answer) if c[3] == "2022"] == [
        ("row", "-25 jaar", 120, None), ("row", "25-54 jaar", 300, None), ("row", "55+ jaar", 20, None),
        ("total", "Totaal", 440, "additive"), ("row", "Man", 340, None), ("row", "Vrouw", 100, None),
        ("total", "Totaal", 440, "additive"),
    ]
    assert _found(answer) == []
    rows = [*PROFILE[:6], ["Vrouw", "90", "110"], PROFILE[7]]
    assert [(f.rule, f.line, f.period) for f in audit(_answer(rows, laid)).findings if f.severity == "error"] == [
        ("total-exceeds-parts", 14, "2022")]


def test_age_classes_in_blocks_headed_by_a_gender_each_with_its_totaal():
    """``Mannen`` / age classes / ``Totaal``, ``Vrouwen`` / the same classes / ``Totaal``: one
    table with false ``duplicate-row`` errors and the second ``Totaal`` checked against the
    first as its part (a false ``total-below-largest-part`` error). Each block is a table of its
    own, the second named by its head line."""
    rows = [["Leeftijd Aantal"], ["Mannen"], ["-25 jaar 120"], ["25-54 jaar 300"], ["55+ jaar 20"], ["Totaal 440"],
            ["Vrouwen"], ["-25 jaar 100"], ["25-54 jaar 250"], ["55+ jaar 10"], ["Totaal 360"]]
    answer = _answer(rows, False, "1. Het aantal unieke cursisten dat in 2023 een OKOT startte:\n\n")
    assert [[(c.level, c.label, c.count) for c in t.cells] for t in answer.tables] == [
        [("row", "-25 jaar", 120), ("row", "25-54 jaar", 300), ("row", "55+ jaar", 20), ("total", "Totaal", 440)],
        [("row", "-25 jaar", 100), ("row", "25-54 jaar", 250), ("row", "55+ jaar", 10), ("total", "Totaal", 360)],
    ]
    assert answer.tables[1].title.endswith("Vrouwen")
    assert _found(answer) == []


def test_rows_of_one_attribute_after_a_totaal_with_no_head_stay_one_table():
    """Age classes, ``Totaal``, more age classes and a ``Totaal`` with no line naming a block:
    no profile (nested totals), as before."""
    rows = [["Leeftijd", "2022"], ["-25 jaar", "120"], ["25-54 jaar", "300"], ["Totaal", "420"], ["55+ jaar", "20"],
            ["Totaal", "440"]]
    assert len(_answer(rows, False).tables) == 1


@LAID
def test_quarter_lines_under_columns_of_measures_are_a_table_per_measure(laid):
    """``Periode Gestart Geslaagd`` over ``Q1 2024 120 30`` / ``Q2 2024 130 41`` / ``Totaal 250 71``:
    an unreadable-table error. A table per measure, as under a year, the quarters its rows and
    2024 its period — partial: two quarters do not cover it."""
    rows = [["Periode", "Gestart", "Geslaagd"], ["Q1 2024", "120", "30"], ["Q2 2024", "130", "41"], ["Totaal", "250", "71"]]
    answer = _answer(rows, laid)
    assert [(t.measure, [(c.level, c.label, c.count) for c in t.cells], [(p.label, p.partial) for p in t.periods])
            for t in answer.tables] == [
        ("started", [("row", "Q1", 120), ("row", "Q2", 130), ("total", "Totaal", 250)], [("2024", True)]),
        ("graduated", [("row", "Q1", 30), ("row", "Q2", 41), ("total", "Totaal", 71)], [("2024", True)]),
    ]
    assert [f.rule for f in audit(answer).findings] == ["partial-period", "partial-period"]


@LAID
def test_years_printed_most_recent_first_over_provinces(laid):
    """``Provincie 2023 2022 2021``: an unreadable-table error ("no header with periods"), as a
    header's periods were taken to run up only (coded rows under such a header were read). The
    periods run in order either way."""
    rows = [["Provincie", "2023", "2022", "2021"], ["Antwerpen", "601", "577", "550"], ["Limburg", "540", "529", "500"],
            ["Totaal", "1.130", "1.100", "1.050"]]
    answer = _answer(rows, laid)
    assert [(c[2], c[3], c[4]) for c in _cells(answer)][:3] == [
        ("Antwerpen", "2023", 601), ("Antwerpen", "2022", 577), ("Antwerpen", "2021", 550)]
    assert len(_cells(answer)) == 9
    assert sorted(_found(answer)) == [("parts-exceed-total", "info", 10, "2022"), ("parts-exceed-total", "info", 10, "2023")]
    rows[-1] = ["Totaal", "1.130", "1.100", "1.060"]  # (2021's rows sum to 1.050)
    assert [(f.rule, f.period) for f in audit(_answer(rows, laid)).findings if f.severity == "error"] == [
        ("total-exceeds-parts", "2021")]


def test_years_out_of_order_in_a_line_are_still_no_header():
    """``2021 2023 2022``: no order, no header (prose that names years) — the lines are an
    unreadable-table error, as before."""
    rows = [["Provincie", "2021", "2023", "2022"], ["Antwerpen", "550", "601", "577"], ["Limburg", "500", "540", "529"]]
    answer = _answer(rows, False)
    assert answer.tables == []
    assert [f.rule for f in audit(answer).findings] == ["unreadable-table"]


def test_a_waarvan_line_with_its_shares_in_brackets_below_the_total():
    """``waarvan vrouwen 456 (41%) 480 (42%)`` below a table's ``Totaal``: the line vanished — no
    cell, no finding (its last word is no count). It is the total's subset, each count checked
    against the total, its shares set aside. (Laid out, the text reader joins the line to the
    total's: an unreadable-table error, left to the reader of laid-out text.)"""
    laid = False
    rows = [["Provincie", "2022", "2023"], ["Antwerpen", "577", "601"], ["Limburg", "529", "540"],
            ["Totaal", "1.100", "1.130"], ["waarvan vrouwen", "456 (41%)", "1.480 (42%)"]]
    answer = _answer(rows, laid)
    assert [(s.label, s.period, s.count, s.of_line) for t in answer.tables for s in t.subsets] == [
        ("waarvan vrouwen", "2022", 456, 10), ("waarvan vrouwen", "2023", 1480, 10)]
    assert [(f.rule, f.line, f.period) for f in audit(answer).findings if f.rule != "parts-exceed-total"] == [
        ("total-below-largest-part", 10, "2023"), ("column-not-checked", 11, None)]


def test_a_total_alone_with_a_waarvan_line_and_its_share():
    rows = [["Aantal"], ["Totaal 1.234"], ["waarvan vrouwen 456 (37%)"]]
    answer = _answer(rows, False, "1. Het aantal unieke cursisten dat in 2023 een OKOT startte:\n\n")
    assert [(s.period, s.count) for t in answer.tables for s in t.subsets] == [("2023", 456)]
    assert _found(answer) == [("column-not-checked", "info", 9, None)]
