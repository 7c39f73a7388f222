"""Periods and the forms of figures (round 20): a year's quarters in the forms answers print
them, a year's total line (``Jaartotaal``), the months a partial year's quarters cover, notes
right of the figures that hold a digit or whose header is in lower case — each test an answer,
or the smallest part of it that showed the reader's error, and the exact cells and findings a
correct reader gives, single-spaced (the seeds' form) and laid out (``pdftotext -layout``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okot_audit import audit, read_text
from test_unseen_answers8 import HEAD, LAID, _cells, _found
from test_unseen_answers8 import _text as _text8

STARTED = "1. Het aantal unieke cursisten dat een OKOT startte:\n\n"


def _text(rows: list[list[str]], laid: bool) -> str:
    return _text8(rows, laid, label_width=40, min_width=10)


def _answer(rows: list[list[str]], laid: bool, intro: str = STARTED):
    return read_text(HEAD + intro + _text(rows, laid) + "\n\nBron: VDAB.\n", "a.txt")


# 1. A year's quarters as lines, in every form answers print them.

QUARTER_FORMS = {
    "2024-Q1": lambda n: f"2024-Q{n}", "2024 Q1": lambda n: f"2024 Q{n}", "Q1-2024": lambda n: f"Q{n}-2024",
    "Q1/2024": lambda n: f"Q{n}/2024", "kwartaal 1 2024": lambda n: f"kwartaal {n} 2024",
    "1ste kwartaal 2024": lambda n: f"{['1ste', '2de', '3de', '4de'][n - 1]} kwartaal 2024",
    "januari t.e.m. maart 2024": lambda n: f"{['januari', 'april', 'juli', 'oktober'][n - 1]} t.e.m. "
                                           f"{['maart', 'juni', 'september', 'december'][n - 1]} 2024",
    "1e trim. 2024": lambda n: f"{n}e trim. 2024", "kw1 2024": lambda n: f"kw{n} 2024",
    "Kw. 1 2024": lambda n: f"Kw. {n} 2024",
}


@LAID
@pytest.mark.parametrize("form", list(QUARTER_FORMS))
def test_quarter_lines_in_every_form_are_rows_of_their_year(form, laid):
    """``2024-Q1 120`` and ``2024 Q1 120`` (the year before its quarter) were an unreadable-table
    error; ``Q1-2024`` and ``Q1/2024`` were rows of programmes labelled ``Q1-``; ``kwartaal 1
    2024`` lost each row (its ``1`` taken for a figure), ``januari t.e.m. maart 2024``, ``1e trim.
    2024``, ``kw1 2024`` and ``Kw. 1 2024`` were unreadable-table errors. Each is the row of a
    quarter, 2024 the period, labelled by the quarter without its year."""
    name = QUARTER_FORMS[form]
    rows = [["Kwartaal", "Aantal"], *[[name(n), str(100 + n)] for n in (1, 2, 3, 4)], ["Totaal", "400"]]
    answer = _answer(rows, laid)
    labels = [name(n).replace("2024", "").strip(" -/") for n in (1, 2, 3, 4)]
    assert _cells(answer) == [
        *[("started", "row", label, "2024", 100 + n, None) for n, label in zip((1, 2, 3, 4), labels)],
        ("started", "total", "Totaal", "2024", 400, "unique"),
    ]
    assert [(t.layout.rows, t.layout.attribute) for t in answer.tables] == [("category", "quarter")]
    assert _found(answer) == [("parts-exceed-total", "info", 12, "2024")]


@LAID
def test_quarters_numbered_after_their_word_under_years_are_quarters(laid):
    """``kwartaal 1  120  140`` under ``Kwartaal 2023 2024``: read as programmes' rows (their
    number is taken for no figure, but the rows were no parts of a year); they are quarters, and
    2024 without its fourth is partial."""
    rows = [["Kwartaal", "2023", "2024"], ["kwartaal 1", "120", "140"], ["kwartaal 2", "130", "150"],
            ["kwartaal 3", "90", "95"], ["kwartaal 4", "110", "-"], ["Totaal", "430", "370"]]
    answer = _answer(rows, laid)
    assert [(t.layout.rows, t.layout.attribute) for t in answer.tables] == [("category", "quarter")]
    assert [(p.label, p.partial, p.months) for t in answer.tables for p in t.periods] == [
        ("2023", False, ()), ("2024", True, tuple(range(1, 10)))]


# 2. A year's total line: ``Jaartotaal``.

@LAID
def test_a_year_total_after_quarter_lines_is_their_total(laid):
    """``Jaartotaal 2024 420`` after ``Q1 2024`` … ``Q4 2024``: neither a cell nor a finding (a
    silent loss), and the table got total-missing. It is the year's total over its quarters."""
    rows = [["Periode", "Aantal"], ["Q1 2024", "120"], ["Q2 2024", "130"], ["Q3 2024", "90"], ["Q4 2024", "110"],
            ["Jaartotaal 2024", "420"]]
    answer = _answer(rows, laid)
    assert _cells(answer)[-1] == ("started", "total", "Jaartotaal", "2024", 420, "unique")
    assert _found(answer) == [("parts-exceed-total", "info", 12, "2024")]
    rows[-1] = ["Jaartotaal 2024", "460"]
    assert [(f.rule, f.line) for f in audit(_answer(rows, laid)).findings if f.severity == "error"] == [
        ("total-exceeds-parts", 12)]


@LAID
def test_a_grand_total_after_quarter_lines_is_their_total(laid):
    """``Eindtotaal 420`` there was an unreadable-table error (a header of quarters side by side)."""
    rows = [["Kwartaal", "Aantal"], ["1e kwartaal 2024", "120"], ["2e kwartaal 2024", "130"],
            ["3e kwartaal 2024", "90"], ["4e kwartaal 2024", "110"], ["Eindtotaal", "420"]]
    answer = _answer(rows, laid)
    assert _cells(answer)[-1] == ("started", "total", "Eindtotaal", "2024", 420, "unique")
    assert _found(answer) == [("parts-exceed-total", "info", 12, "2024")]


@LAID
def test_a_year_total_after_month_lines_totals_the_months(laid):
    """``Maand Aantal`` over a line per month, closed by ``Jaartotaal 400``: the total was lost
    without a word; it is the total column of the months (here above their sum: an error)."""
    rows = [["Maand", "Aantal"], ["januari 2024", "120"], ["februari 2024", "130"], ["maart 2024", "90"],
            ["Jaartotaal", "400"]]
    answer = _answer(rows, laid)
    assert _cells(answer)[-1] == ("started", "row", "Aantal", "Totaal", 400, "unique")
    assert [(f.rule, f.line, f.period) for f in audit(answer).findings if f.severity == "error"] == [
        ("total-exceeds-parts", 11, "Totaal")]


@LAID
def test_a_year_total_under_coded_rows_is_a_total_not_a_row(laid):
    """``Jaartotaal 24 28`` under training codes was read as a row named ``Jaartotaal`` (and the
    table warned that it had no total)."""
    rows = [["Opleiding", "2021", "2022"], ["908003: Educatieve bachelor kleuteronderwijs", "12", "14"],
            ["908013: Educatieve bachelor lager onderwijs", "13", "15"], ["Jaartotaal", "24", "28"]]
    answer = _answer(rows, laid)
    assert [c for c in _cells(answer) if c[1] != "row"] == [
        ("started", "total", "Jaartotaal", "2021", 24, "unique"), ("started", "total", "Jaartotaal", "2022", 28, "unique")]
    assert [f.rule for f in audit(answer).findings if f.rule in ("total-missing", "parts-exceed-total")] == [
        "parts-exceed-total", "parts-exceed-total"]


# 3. The months a partial year's quarters cover, in words.

def test_the_months_a_partial_year_covers_are_said_in_words():
    from okot_audit.rules.partial_period import months_said

    assert months_said(tuple(range(1, 10)), "en") == "January to September"
    assert months_said((1, 2, 3, 7, 8, 9), "nl") == "januari tot en met maart en juli tot en met september"
    assert months_said((1, 2, 3, 4, 5, 6, 10, 11, 12), "en") == "January to June and October to December"


@LAID
def test_partial_period_of_quarter_rows_says_the_months_they_cover(laid):
    """The finding said "the answer says: 'Q1, Q3'" as if the answer had written those words;
    it says which months the rows cover, in English and in Dutch."""
    rows = [["Periode", "Aantal"], ["Q1 2024", "120"], ["Q3 2024", "90"], ["Totaal", "200"]]
    answer = _answer(rows, laid)
    [en] = [f.message for f in audit(answer).findings if f.rule == "partial-period"]
    [nl] = [f.message for f in audit(answer, lang="nl").findings if f.rule == "partial-period"]
    assert "cover January to March and July to September only (Q1, Q3)" in en
    assert "the answer says" not in en
    assert "alleen januari tot en met maart en juli tot en met september beslaan (Q1, Q3)" in nl


# 4. A column of notes whose notes hold a digit, or whose header is in lower case.

NOTES = [
    ["Opleiding", "2019", "2020", "Opmerking"], ["900123: Zorgkundige", "19", "22", "nieuw vanaf 2020"],
    ["900611: Verpleegkunde", "59", "1", "gestart 1/9"], ["900124: Zorgkundige 2de jaar", "5", "7"],
    ["Totaal", "80", "30"],
]


@LAID
def test_notes_that_hold_a_year_or_a_date_are_notes(laid):
    """``nieuw vanaf 2020`` (a year at the note's end: the row looked like a header of periods) and
    ``gestart 1/9`` were no notes: the column was said empty, one row an ambiguous-alignment error,
    the other unreadable. Both are notes; every count is read and checked."""
    answer = _answer(NOTES, laid)
    assert [c for c in _cells(answer) if c[1] == "row"] == [
        ("started", "row", "900123", "2019", 19, None), ("started", "row", "900123", "2020", 22, None),
        ("started", "row", "900611", "2019", 59, None), ("started", "row", "900611", "2020", 1, None),
        ("started", "row", "900124", "2019", 5, None), ("started", "row", "900124", "2020", 7, None),
    ]
    notes = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert [(f.line, "'nieuw vanaf 2020', 'gestart 1/9'" in f.message) for f in notes] == [(7, True)]
    assert not [f for f in audit(answer).findings if f.severity == "error"]


@LAID
def test_a_notes_column_whose_header_is_in_lower_case_is_notes(laid):
    """``opmerking``: the header's word was taken for part of its label and the whole table was
    an unreadable-table error (no period)."""
    rows = [[NOTES[0][0], "2019", "2020", "opmerking"], *[r[:3] + (["nieuw"] if r[0].startswith("9006") else [])
                                                          for r in NOTES[1:]]]
    answer = _answer(rows, laid)
    assert len([c for c in _cells(answer) if c[1] == "row"]) == 6
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []
    assert [f.line for f in audit(answer).findings if f.rule == "column-not-checked"] == [7]


def test_a_figure_after_a_word_of_the_label_is_no_note():
    """``Zorgkundige 2 jaar 19 22`` under a notes column: ``jaar 19 22`` is no note (a plain figure
    never is one) — the row keeps its counts."""
    rows = [NOTES[0], ["900123: Zorgkundige 2 jaar", "19", "22"], ["900611: Verpleegkunde", "59", "1", "nieuw"],
            ["Totaal", "78", "23"]]
    answer = _answer(rows, False)
    assert [c[3:5] for c in _cells(answer) if c[1] == "row"] == [("2019", 19), ("2020", 22), ("2019", 59), ("2020", 1)]


# 5. Tables of values: shares with decimals, amounts with a blank cell's mark.

SHARES = [
    ["Opleiding", "2021", "2022"], ["908003: Educatieve bachelor kleuteronderwijs", "35,5%", "40,1%"],
    ["908013: Educatieve bachelor lager onderwijs", "28,0%", "-"],
]


@LAID
def test_shares_with_decimals_in_a_table_of_shares_are_named_not_errors(laid):
    """``Het slaagpercentage`` over rows of ``35,5%``: each row was an unreadable-table error and
    the table's finding named no figure (``its figures ()``). A share with decimals is no count
    and no cell; the table says it prints shares, so its values are named by the table's
    column-not-checked finding and no row is an error."""
    answer = _answer(SHARES, laid, "1. Het slaagpercentage van de cursisten:\n\n")
    assert _cells(answer) == []
    findings = audit(answer).findings
    assert [(f.rule, f.severity) for f in findings] == [("column-not-checked", "info")]
    assert "values with decimals (35,5% 40,1% 28,0%) are no whole counts" in findings[0].message
    assert "waarden met decimalen (35,5% 40,1% 28,0%)" in audit(answer, lang="nl").findings[0].message


def test_shares_with_decimals_and_their_sign_apart_are_named_with_it():
    """``35,5 %`` (the sign a word of its own) and a whole share beside them (``30 %``)."""
    rows = [SHARES[0], [SHARES[1][0], "35,5 %", "40,1 %"], [SHARES[2][0], "28,0 %", "30 %"]]
    answer = _answer(rows, False, "1. Het slaagpercentage van de cursisten:\n\n")
    findings = audit(answer).findings
    assert [(f.rule, f.severity) for f in findings] == [("column-not-checked", "info")]
    assert "values with decimals (35,5% 40,1% 28,0% 30%)" in findings[0].message


def test_shares_with_decimals_in_a_table_of_counts_stay_unread():
    """The same rows in a table whose words say it counts persons: still an error (a share where
    a count stands)."""
    answer = _answer(SHARES, False, "1. Het aantal unieke cursisten dat een OKOT startte:\n\n")
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == ["unreadable-table", "unreadable-table"]


AMOUNTS = [
    ["Opleiding", "2021", "2022"], ["908003: Educatieve bachelor", "-", "€ 13.500"],
    ["908013: Educatieve bachelor", "€ 12.000", "€ 12.500"], ["908014: Educatieve bachelor", "€ 12.000", "-"],
]


def test_a_blank_mark_before_or_after_amounts_is_a_blank_cell():
    """``… bachelor - € 13.500`` was an ambiguous-alignment error (the dash could be the label's)
    and ``… bachelor € 12.000 -`` read ``€`` into the label: a row near them prints an amount in
    each period, so each dash is a blank cell; and a table of amounts has no total to miss."""
    answer = _answer(AMOUNTS, False, "1. De kostprijs per cursist:\n\n")
    assert [(c[2], c[3], c[4]) for c in _cells(answer)] == [
        ("908003", "2022", 13500), ("908013", "2021", 12000), ("908013", "2022", 12500), ("908014", "2021", 12000)]
    assert not [f for f in audit(answer).findings if f.rule in ("ambiguous-alignment", "total-missing")]
    assert {c.label for t in answer.tables for c in t.cells} == {"Educatieve bachelor"}


def test_a_dash_before_an_amount_in_a_table_of_one_period_stays_the_labels():
    """Where no row near it prints more amounts than the row has, a dash before its amount is
    no blank (``Educatieve bachelor - € 13.500`` under one period)."""
    rows = [["Opleiding", "2022"], ["908003: Educatieve bachelor", "- € 13.500"],
            ["908013: Educatieve bachelor", "- € 12.000"]]
    answer = _answer(rows, False, "1. De kostprijs per cursist:\n\n")
    assert [(c[2], c[3], c[4]) for c in _cells(answer)] == [("908003", "2022", 13500), ("908013", "2022", 12000)]


# 6. Periods as lines, measures as the columns.

MEASURES = [["Jaar", "Gestart", "Geslaagd", "Gestopt"], ["2021", "120", "80", "30"], ["2022", "130", "85", "35"],
            ["2023*", "60", "20", "10"]]


@LAID
def test_periods_as_lines_with_measures_as_columns_are_a_table_per_measure(laid):
    """``Jaar Gestart Geslaagd Gestopt`` over a line per year: an unreadable-table error ("no
    header with periods or training codes"). It is the summary whose rows name what they count,
    printed on its side: a table per measure, each figure at its line; the starred year partial."""
    answer = read_text(HEAD + "1. Het aantal unieke cursisten:\n\n" + _text(MEASURES, laid)
                       + "\n\n* voorlopige cijfers (januari-juni)\n", "a.txt")
    assert [(t.measure, t.title) for t in answer.tables] == [
        ("started", "Jaar Gestart Geslaagd Gestopt \u2014 Gestart"),
        ("graduated", "Jaar Gestart Geslaagd Gestopt \u2014 Geslaagd"),
        ("stopped_or_failed", "Jaar Gestart Geslaagd Gestopt \u2014 Gestopt"),
    ]
    assert [(c[0], c[2], c[3], c[4]) for c in _cells(answer)][:3] == [
        ("started", "Gestart", "2021", 120), ("started", "Gestart", "2022", 130), ("started", "Gestart", "2023", 60)]
    assert [c.line for t in answer.tables for c in t.cells] == [8, 9, 10] * 3
    assert [(f.rule, f.period) for f in audit(answer).findings] == [("partial-period", "2023")] * 3


def test_a_total_line_under_periods_with_measures_as_columns_totals_each_measure():
    """``Totaal 240 160`` under school years: each measure's total over its periods (unique
    persons: at most their sum)."""
    rows = [["Schooljaar", "Gestart", "Geslaagd"], ["2020-2021", "120", "80"], ["2021-2022", "130", "85"],
            ["Totaal", "260", "160"]]
    answer = _answer(rows, False, "1. Het aantal unieke cursisten:\n\n")
    assert [(t.measure, [(c.period, c.count) for c in t.cells if c.period == "Totaal"]) for t in answer.tables] == [
        ("started", [("Totaal", 260)]), ("graduated", [("Totaal", 160)])]
    assert [(f.rule, f.severity, f.label or f.message[:40]) for f in audit(answer).findings if f.severity == "error"] == [
        ("total-exceeds-parts", "error", "Gestart")]


def test_columns_that_name_the_same_measure_twice_are_no_table_of_measures():
    rows = [["Jaar", "Gestart", "Gestarte cursisten"], ["2021", "120", "80"], ["2022", "130", "85"]]
    answer = _answer(rows, False, "1. Het aantal unieke cursisten:\n\n")
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == ["unreadable-table"]


# 7. Months without their year as rows: parts of the year the prose names.

@LAID
def test_months_without_their_year_as_rows_leave_the_year_partial(laid):
    """``Maand Aantal`` over ``januari`` … ``maart``, the year in the prose: read as programmes'
    rows, 2024 as a whole year. They are parts of 2024, which three months do not cover."""
    rows = [["Maand", "Aantal"], ["januari", "120"], ["februari", "130"], ["maart", "90"], ["Totaal", "330"]]
    answer = _answer(rows, laid, "1. Het aantal unieke cursisten dat in 2024 een OKOT startte:\n\n")
    assert [(t.layout.rows, t.layout.attribute) for t in answer.tables] == [("category", "quarter")]
    assert [(p.label, p.partial, p.months) for t in answer.tables for p in t.periods] == [("2024", True, (1, 2, 3))]
    [partial] = [f.message for f in audit(answer).findings if f.rule == "partial-period"]
    assert "cover January to March only (januari, februari, maart)" in partial


# 8. A year's quarters as lines under provinces as the columns.

PROVINCE_QUARTERS = [
    ["Kwartaal", "Antwerpen", "Limburg", "Oost-Vlaanderen", "Totaal"], ["Q1 2024", "120", "80", "100", "290"],
    ["Q2 2024", "130", "70", "90", "280"], ["Q3 2024", "90", "60", "80", "220"], ["Totaal", "300", "190", "240", "700"],
]


@LAID
def test_quarter_lines_under_provinces_are_a_table_per_province(laid):
    """``Kwartaal Antwerpen Limburg Oost-Vlaanderen Totaal`` over ``Q1 2024 …``: an
    unreadable-table error ("lines name quarters or parts of the same year"). Each province's
    column is a table of 2024's quarters (partial: three of them), the ``Totaal`` column's the
    total over the provinces — of unique persons, who may have moved."""
    answer = _answer(PROVINCE_QUARTERS, laid)
    assert [(t.column, t.categories, t.layout.attribute) for t in answer.tables] == [
        ("Antwerpen", (), "quarter"), ("Limburg", (), "quarter"), ("Oost-Vlaanderen", (), "quarter"),
        ("Totaal", ("Antwerpen", "Limburg", "Oost-Vlaanderen"), "quarter")]
    assert [(c[2], c[4], c[5]) for c in _cells(answer)][:4] == [
        ("Q1", 120, None), ("Q2", 130, None), ("Q3", 90, None), ("Totaal", 300, "unique")]
    assert [c.line for c in answer.tables[0].cells] == [8, 9, 10, 11]
    assert all(p.partial and p.months == tuple(range(1, 10)) for t in answer.tables for p in t.periods)
    findings = audit(answer).findings
    assert not [f for f in findings if f.severity != "info"]
    q1 = next(f for f in findings if f.rule == "parts-exceed-total" and f.line == 8)
    assert (q1.stated, q1.observed) == (290, 300)
    assert "counted in more than one province" in q1.message


def test_a_quarter_total_above_its_provinces_is_an_error():
    rows = [*PROVINCE_QUARTERS[:2], ["Q2 2024", "130", "70", "90", "300"], *PROVINCE_QUARTERS[3:]]
    answer = _answer(rows, False)
    assert [(f.rule, f.line, f.stated, f.observed) for f in audit(answer).findings if f.severity == "error"] == [
        ("total-exceeds-parts", 9, 300, 290)]


@pytest.mark.parametrize(("header", "months", "said"), [
    ("2022 (jan-jun)", "January to June", "jan-jun"), ("H1 2022", "January to June", "H1"),
    ("1e semester 2022", "January to June", "1e semester"), ("Q4 2022", "October to December", "Q4"),
])
def test_a_period_cut_to_a_part_of_its_year_says_the_months_it_covers(header, months, said):
    """A header's period that prints the part of its year it covers (``H1 2022``, ``2022
    (jan-jun)``): the finding said only "the answer says: 'H1'"; it says the months too."""
    rows = [["Opleiding", "2021", header], ["908003: Educatieve bachelor kleuteronderwijs", "12", "14"],
            ["908013: Educatieve bachelor lager onderwijs", "12", "14"], ["Totaal", "24", "27"]]
    answer = _answer(rows, False)
    [en] = [f.message for f in audit(answer).findings if f.rule == "partial-period"]
    assert f"is partial — it covers {months} only (the answer: \"{said}\")" in en
    [nl] = [f.message for f in audit(answer, lang="nl").findings if f.rule == "partial-period"]
    assert "ze beslaat alleen" in nl


def test_a_provisional_period_still_says_the_answers_words():
    rows = [["Opleiding", "2021", "2022 (voorlopig)"], ["908003: Educatieve bachelor kleuteronderwijs", "12", "14"],
            ["908013: Educatieve bachelor lager onderwijs", "12", "14"], ["Totaal", "24", "27"]]
    [en] = [f.message for f in audit(_answer(rows, False)).findings if f.rule == "partial-period"]
    assert 'is partial — the answer says: "voorlopig"' in en


# 9. A star or note on a school year printed short; abbreviations of partial.

@LAID
@pytest.mark.parametrize(("header", "note"), [
    (["2021-22", "2022-23*"], "voorlopig"), (["2021/22", "2022/23 (1)"], "cijfers tot en met juni"),
])
def test_a_short_school_years_star_makes_it_partial(header, note, laid):
    """``2022-23*`` with ``* voorlopig`` below: the star was cut off as a footnote's mark on a
    figure (``23``) and the school year passed as whole — silently. It is the period's star."""
    rows = [["Opleiding", *header], ["908003: Educatieve bachelor kleuteronderwijs", "12", "14"],
            ["908013: Educatieve bachelor lager onderwijs", "12", "14"], ["Totaal", "24", "27"]]
    answer = read_text(HEAD + STARTED + _text(rows, laid) + "\n\n* voorlopig\n(1) cijfers tot en met juni\n", "a.txt")
    assert [(p.label, p.partial, p.note) for t in answer.tables for p in t.periods] == [
        ("2021-2022", False, None), ("2022-2023", True, note)]


@pytest.mark.parametrize(("header", "months"), [("2022 (voorl.)", ()), ("2022 (Q1-Q2)", tuple(range(1, 7))),
                                                ("2022 (K1-K3)", tuple(range(1, 10)))])
def test_abbreviated_provisional_and_runs_of_quarters_make_a_period_partial(header, months):
    rows = [["Opleiding", "2021", header], ["908003: Educatieve bachelor kleuteronderwijs", "12", "14"],
            ["908013: Educatieve bachelor lager onderwijs", "12", "14"], ["Totaal", "24", "27"]]
    answer = _answer(rows, False)
    assert [(p.label, p.partial, p.months) for t in answer.tables for p in t.periods] == [
        ("2021", False, ()), ("2022", True, months)]


# 10. A part of the year named in the sentence above a table of one period.

@pytest.mark.parametrize("sentence", [
    "in het eerste semester van 2024 een OKOT startte", "een OKOT startte in de periode januari-juni 2024",
    "in Q1 2024 een OKOT startte", "in het 2e kwartaal 2024 een OKOT startte",
])
def test_a_part_of_the_year_named_in_the_prose_makes_the_year_partial(sentence):
    """The table's one period named in the prose with the part of it that it covers: 2024
    passed as a whole year (no finding), to be compared with whole years."""
    rows = [["Provincie", "Aantal"], ["Antwerpen", "120"], ["Limburg", "80"], ["Totaal", "190"]]
    answer = _answer(rows, False, f"1. Het aantal unieke cursisten dat {sentence}:\n\n")
    assert [(p.label, p.partial) for t in answer.tables for p in t.periods] == [("2024", True)]
    assert [f.rule for f in audit(answer).findings if f.rule == "partial-period"] == ["partial-period"]


@pytest.mark.parametrize("sentence", [
    "in 2024 een OKOT startte (januari-december 2024)", "in 2024 een OKOT startte; zij volgen in het eerste semester stage",
])
def test_a_whole_year_or_a_programmes_semester_in_the_prose_is_no_part_of_the_year(sentence):
    rows = [["Provincie", "Aantal"], ["Antwerpen", "120"], ["Limburg", "80"], ["Totaal", "190"]]
    answer = _answer(rows, False, f"1. Het aantal unieke cursisten dat {sentence}:\n\n")
    assert [(p.label, p.partial) for t in answer.tables for p in t.periods] == [("2024", False)]


@LAID
def test_a_total_column_named_with_its_years_in_brackets_is_the_total_column(laid):
    """``Opleiding 2021 2022 Totaal (2021-2022)``: an unreadable-table error ("its header names
    no period"); ``Totaal 2021-2022`` was read. The bracketed years name what it totals."""
    rows = [["Opleiding", "2021", "2022", "Totaal (2021-2022)"],
            ["908003: Educatieve bachelor kleuteronderwijs", "12", "14", "20"],
            ["908013: Educatieve bachelor lager onderwijs", "12", "14", "25"], ["Totaal", "24", "27", "44"]]
    answer = _answer(rows, laid)
    assert [p.label for t in answer.tables for p in t.periods] == ["2021", "2022", "Totaal"]
    assert [c[3:5] for c in _cells(answer)][-3:] == [("2021", 24), ("2022", 27), ("Totaal", 44)]
    assert not [f for f in audit(answer).findings if f.severity == "error"]


@LAID
def test_a_years_star_set_apart_is_its_star(laid):
    """``Opleiding 2021 2022 *`` (a superscript star laid out one space from its year): an
    unreadable-table error ("its header names no period"). The star is the year's."""
    rows = [["Opleiding", "2021", "2022 *"], ["908003: Educatieve bachelor kleuteronderwijs", "12", "14"],
            ["908013: Educatieve bachelor lager onderwijs", "12", "14"], ["Totaal", "24", "27"]]
    answer = read_text(HEAD + STARTED + _text(rows, laid) + "\n\n* voorlopig\n", "a.txt")
    assert [(p.label, p.partial, p.note) for t in answer.tables for p in t.periods] == [
        ("2021", False, None), ("2022", True, "voorlopig")]
    assert len(_cells(answer)) == 6


def test_a_superscript_footnote_flattened_to_a_digit_explains_its_period():
    """``2022¹`` over a table, ``1 Voorlopige cijfers`` below it (the superscript as an extractor
    flattens it): the period was "marked (1) without an explaining footnote"; the footnote is its."""
    rows = [["Opleiding", "2021", "2022\u00b9"], ["908003: Educatieve bachelor kleuteronderwijs", "12", "14"],
            ["908013: Educatieve bachelor lager onderwijs", "12", "14"], ["Totaal", "24", "27"]]
    answer = read_text(HEAD + STARTED + _text(rows, False) + "\n\n1 Voorlopige cijfers\n", "a.txt")
    assert [(p.label, p.partial, p.note) for t in answer.tables for p in t.periods] == [
        ("2021", False, None), ("2022", True, "Voorlopige cijfers")]


# 11. The first look of the reader of quarter lines changes no answer.

_PART_WORDS = ["Q1", "K2", "H1", "kw3", "1e", "kwartaal", "kwartaal 4", "semester", "januari-maart", "t.e.m.", "juni",
               "2024", "2024-Q1", "Q2/2023", "Totaal", "Antwerpen", "cursisten", "120", "1.472", "-", "*", "(1)", "in"]


@given(st.lists(st.sampled_from(_PART_WORDS), min_size=1, max_size=8), st.integers(0, 3))
def test_the_first_look_for_a_part_of_a_year_changes_no_answer(words, indent):
    """A line is built of the words quarter lines print, and others; whatever the first look
    lets through or not, the reading is the same as without it."""
    from okot_audit.parse.quarters import _part_line, opening_part

    text = " " * indent + " ".join(words)
    assert _part_line(text) == opening_part(text)


_UNIT_WORDS = ["\u20ac", "\u20ac14.000", "14.000\u20ac", "EUR", "euro", "maanden", "12%", "%", "u", "14", "1.200", "35,5",
               "-", "\u2013", "n.v.t.", "Opleiding", "908003:", "bachelor", "2022", "x"]


@given(st.lists(st.sampled_from(_UNIT_WORDS), min_size=1, max_size=8))
def test_the_first_look_for_figures_with_units_misses_none(words):
    """A line the first look passes over holds no figures with their unit (a blank cell's mark
    after them too: ``€ 12.000 -``)."""
    from okot_audit.parse.units import _maybe, _run

    text = " ".join(words)
    assert _maybe(text) or _run(text) is None


def test_a_partial_period_of_a_header_read_as_a_table_per_column_is_said_once():
    """``Kwartaal Antwerpen Limburg … Totaal`` over three quarters: 2024 is partial in each
    column's table, and the finding (which names the whole table) was said once per column."""
    answer = _answer(PROVINCE_QUARTERS, False)
    assert len(answer.tables) == 4
    assert [f.period for f in audit(answer).findings if f.rule == "partial-period"] == ["2024"]
