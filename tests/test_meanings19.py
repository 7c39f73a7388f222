"""Figures printed with their unit in the cells (round 19): amounts, durations, shares.

A table whose every figure carries a unit of money (``€ 14.000``, ``1.200 euro``, ``EUR 300``),
of time (``14 maanden``, ``6 mnd``, ``12 u``) or a percent sign (``12 %``) is a table of values
that are no counts: its figures are read under their periods (never into the label), the
table is marked so (:attr:`Table.statistic`), its totals are not checked by sums, and
``column-not-checked`` says so. Small answers, single-spaced as the seeds; findings asserted
exactly.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okot_audit import audit, read_text

HEAD = ("OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. {number} van {date}\n\n"
        "1. Hieronder vindt u de cijfers per opleiding.\n\n")
LABELS = ("908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar",
          "908013: Educatieve bachelor voor lager onderwijs - 3de jaar")
#: The figures of the two rows and the total under 2021 and 2022 (averages: the total is no sum).
FIGURES = ((14, 19), (23, 24), (18, 21))


def _table(cell: str, figures=FIGURES, header: str = "Opleiding 2021 2022") -> str:
    """The table with each figure printed by `cell` (``"€ {}"``); None for a blank cell (its
    spaces kept, as extraction keeps them)."""
    return header + "\n" + "".join(_row(label, row, cell) for label, row in zip(LABELS + ("Totaal",), figures))


def _row(label: str, figures, cell: str) -> str:
    """A row's line: a blank cell is one more space, as extraction keeps it (``54 32   ``)."""
    text = label + " " + " ".join("" if v is None else cell.format(f"{v:,}".replace(",", ".")) for v in figures)
    return text + (" " if figures[-1] is None else "") + "\n"


def _answer(cell: str, figures=FIGURES, number: int = 345, date: str = "14 oktober 2022", name: str = "a.txt"):
    return read_text(HEAD.format(number=number, date=date) + _table(cell, figures), name)


def _found(*answers, rules: tuple[str, ...] = (), **options) -> list[tuple]:
    """(rule, severity, line, period, code) of each finding, error-located's aside."""
    return [(f.rule, f.severity, f.line, f.period, f.training_code) for f in audit(list(answers), **options).findings
            if f.rule != "error-located" and (not rules or f.rule in rules)]


def _cells(table) -> list[tuple]:
    return [(c.level, c.code, c.period, c.count) for c in table.cells]


CELL_FORMS = [
    ("\u20ac {}", "\u20ac"), ("\u20ac{}", "\u20ac"), ("{} euro", "euro"), ("EUR {}", "EUR"), ("{} \u20ac", "\u20ac"),
    ("{} maanden", "maanden"), ("{} mnd", "mnd"), ("{} u", "u"), ("{} uur", "uur"), ("{} weken", "weken"),
    ("{} %", "%"), ("{}%", "%"),
]
EXPECTED = [("row", "908003", "2021", 14), ("row", "908003", "2022", 19), ("row", "908013", "2021", 23),
            ("row", "908013", "2022", 24), ("total", None, "2021", 18), ("total", None, "2022", 21)]


@pytest.mark.parametrize("cell, unit", CELL_FORMS)
def test_figures_printed_with_their_unit_are_values_under_their_periods(cell, unit):
    """``… 3de jaar 14 maanden 19 maanden`` was 'ends in no counts' (``unreadable-table``
    errors); ``… € 14 € 19`` put the 14 into the label and gave ``ambiguous-alignment`` errors
    that named the 19 only. Now every figure is a cell under its period, the labels are the
    programmes' own, and the table is one of values: one ``column-not-checked`` info, nothing else."""
    answer = _answer(cell)
    [table] = answer.tables
    assert _cells(table) == EXPECTED
    assert table.statistic == unit
    assert {c.label for c in table.rows()} == {label.split(": ", 1)[1] for label in LABELS}
    assert _found(answer) == [("column-not-checked", "info", 8, None, None)]


def test_a_table_of_durations_is_said_to_print_durations():
    [english] = [f.message for f in audit([_answer("{} maanden")]).findings]
    assert "its words say 'maanden' \u2014 averages, shares, rates, amounts or durations" in english
    [dutch] = [f.message for f in audit([_answer("{} maanden")], lang="nl").findings]
    assert "'maanden' \u2014 gemiddelden, aandelen, verhoudingen, bedragen of duurtijden" in dutch


def test_amounts_with_thousands_are_read_whole_and_said_in_both_languages():
    """``€ 14.000 € 19.000`` under ``2021 2022``: the 14.000 was taken into the label."""
    answer = _answer("\u20ac {}", ((14000, 19000), (12000, 13500), (13000, 16000)))
    [table] = answer.tables
    assert [(c.code, c.period, c.count) for c in table.cells] == [
        ("908003", "2021", 14000), ("908003", "2022", 19000), ("908013", "2021", 12000),
        ("908013", "2022", 13500), (None, "2021", 13000), (None, "2022", 16000)]
    [english] = [f.message for f in audit([answer]).findings]
    assert "its words say '\u20ac'" in english and "(14000 19000 12000 13500 13000 16000)" in english
    [dutch] = [f.message for f in audit([answer], lang="nl").findings]
    assert "de woorden ervan zeggen '\u20ac'" in dutch


@pytest.mark.parametrize("cell", ["\u20ac {}", "{} maanden", "{} %"])
def test_a_blank_cell_among_figures_with_units_stays_blank(cell):
    """The spaces that mark a blank cell stay where the unit is taken off: 908003's 2022 is
    blank, 908013's 2021 too."""
    answer = _answer(cell, ((14, None), (None, 24), (18, 21)))
    [table] = answer.tables
    assert [(c.code, c.period, c.count) for c in table.cells] == [
        ("908003", "2021", 14), ("908013", "2022", 24), (None, "2021", 18), (None, "2022", 21)]
    assert _found(answer) == [("column-not-checked", "info", 8, None, None)]


def test_a_table_of_amounts_is_not_compared_with_another_answer_s_counts():
    """A table of amounts beside a table of starters of another answer: its figures are no
    persons, and a 'revision' between them is no revision."""
    counts = read_text(HEAD.format(number=74, date="14 oktober 2022").replace(
        "de cijfers per opleiding", "het aantal gestarte cursisten per opleiding")
        + _table("{}", ((40, 19), (23, 24), (63, 43))), "counts.txt")
    amounts = read_text(HEAD.format(number=80, date="14 november 2022").replace(
        "de cijfers per opleiding", "het aantal gestarte cursisten per opleiding") + _table("\u20ac {}"), "amounts.txt")
    assert amounts.tables[0].statistic == "\u20ac"
    assert _found(counts, amounts, rules=("figure-revised", "total-below-largest-part")) == []


def test_a_share_beside_counts_stays_a_column_of_its_own():
    """Counts with a share after them (``40 19 44 %``) are counts: only the share is set aside,
    and a total below its largest part is still an error."""
    text = HEAD.format(number=345, date="14 oktober 2022").replace(
        "de cijfers per opleiding", "het aantal gestarte cursisten per opleiding") + (
        "Opleiding 2021 2022 Aandeel 2022\n"
        f"{LABELS[0]} 40 19 44 %\n{LABELS[1]} 23 24 56 %\nTotaal 18 43 100 %\n")
    answer = read_text(text, "a.txt")
    [table] = answer.tables
    assert table.statistic == ""
    assert ("total-below-largest-part", "error", 11, "2021", "908003") in _found(answer)


def test_a_share_with_decimals_is_no_whole_figure():
    """``35,5%`` is no count and no whole number: never read as 35 or 355; the other rows are
    read as values. The table prints shares (its words, or its units, say so), so the row's
    values are named by the table's finding, not an error (round 20; it was an unreadable-table
    error at its line)."""
    text = HEAD.format(number=345, date="14 oktober 2022") + (
        f"Opleiding 2021 2022\n{LABELS[0]} 35,5% 19%\n{LABELS[1]} 23% 24%\nTotaal 18% 21%\n")
    answer = read_text(text, "a.txt")
    [table] = answer.tables
    assert table.statistic == "%"
    assert {c.count for c in table.cells} == {23, 24, 18, 21}
    assert _found(answer) == [("column-not-checked", "info", 8, None, None)]
    assert "values with decimals (35,5% 19%)" in audit(answer).findings[0].message


@pytest.mark.parametrize("prose", [
    "Het slaagpercentage steeg in 2022 tot 84%\nen de uitval daalde tot 12%\n",
    "De opleiding duurt gemiddeld 14 maanden\nen kost 1.200 euro\nper cursist 300 euro\n",
])
def test_a_sentence_that_ends_in_a_figure_and_its_unit_is_left_as_it_is(prose):
    """Two lines of prose that end in ``84%`` and ``12%`` are no table of shares: the table of
    counts below them is read as before, with what its sentence says it counts."""
    lead = HEAD.format(number=345, date="14 oktober 2022").replace(
        "de cijfers per opleiding", "het aantal gestarte cursisten per opleiding")
    text = lead.replace("1. Hieronder", prose + "\n1. Hieronder") + _table("{}", ((40, 19), (23, 24), (63, 43)))
    answer = read_text(text, "a.txt")
    [table] = answer.tables
    assert (table.statistic, table.measure) == ("", "started")
    assert [f for f in _found(answer) if f[0] != "parts-exceed-total"] == []


@given(
    rows=st.lists(st.tuples(st.integers(1, 99_999), st.integers(1, 99_999) | st.none()), min_size=1, max_size=4),
    form=st.sampled_from([c for c, _ in CELL_FORMS]),
)
def test_every_figure_printed_with_its_unit_is_read_as_printed(rows, form):
    """Whatever the values and their unit, every figure the rows print is a cell under the
    period it stands under (a blank last cell kept by its spaces), never in the label."""
    figures = [*rows, (1, 1)]
    labels = [f"9080{10 + k:02d}: Opleiding {chr(65 + k)}" for k in range(len(rows))] + ["Totaal"]
    body = "Opleiding 2021 2022\n" + "".join(_row(label, row, form) for label, row in zip(labels, figures))
    answer = read_text(HEAD.format(number=345, date="14 oktober 2022") + body, "a.txt")
    [table] = answer.tables
    expected = [(period, v) for row in figures for period, v in zip(("2021", "2022"), row) if v is not None]
    assert [(c.period, c.count) for c in table.cells] == expected
    assert table.statistic
    assert all(not any(ch.isdigit() for ch in c.label.split(":")[-1].replace("Opleiding", "")) for c in table.rows())


@pytest.mark.parametrize("cell, unit", [("EUR {}", "EUR"), ("{} maanden", "maanden"), ("{} %", "%")])
def test_figures_with_their_unit_in_a_pdf_stand_under_their_periods(cell, unit):
    """In a PDF each figure and its unit stand in their cell: a blank cell (908013's 2021) is
    where no figure stands, and the unit is no word of the label."""
    from test_unseen_pdfs import autofit_pdf

    paragraphs = ["OKOT's - Onderwijssector", "ANTWOORD", "op vraag nr. 345 van 14 oktober 2022",
                  "1. Hieronder vindt u de cijfers per opleiding."]
    rows = [[*label.split(": "), *("" if v is None else cell.format(v) for v in row)]
            for label, row in zip(LABELS, ((14, 19), (None, 24)))] + [["Totaal", "", cell.format(18), cell.format(21)]]
    answer = read_text(autofit_pdf(paragraphs, ["Code", "Opleiding", "2021", "2022"], rows, left_columns=(0, 1)),
                       "a.pdf")
    [table] = answer.tables
    assert [(c.code, c.period, c.count) for c in table.cells] == [
        ("908003", "2021", 14), ("908003", "2022", 19), ("908013", "2022", 24), (None, "2021", 18), (None, "2022", 21)]
    assert table.statistic == unit
    assert {c.label for c in table.rows()} == {label.split(": ", 1)[1] for label in LABELS}
    assert [f.rule for f in audit([answer]).findings] == ["column-not-checked"]


@pytest.mark.parametrize("header, cell", [("Gemiddelde leeftijd 2021 2022", "{}"), ("Opleiding 2021 2022", "{} mnd")])
def test_a_figure_of_a_table_of_values_is_never_placed_by_its_totals(header, cell):
    """908013 prints one figure, one space before it: the spacing does not say its period. Its
    total is no sum of the rows (an average of averages), so it cannot say it either: 24 was put
    under 2022 because 19 and 24 fit under 30 as persons would. Now the row is not read and said
    so, as under a table without a total."""
    text = HEAD.format(number=345, date="14 oktober 2022") + _table(cell, ((14, 19), (24,), (14, 30)), header)
    answer = read_text(text, "a.txt")
    [table] = answer.tables
    assert [(c.code, c.period, c.count) for c in table.cells] == [
        ("908003", "2021", 14), ("908003", "2022", 19), (None, "2021", 14), (None, "2022", 30)]
    assert _found(answer) == [("column-not-checked", "info", 8, None, None),
                              ("ambiguous-alignment", "error", 10, None, "908013")]
    [unread] = [f.message for f in audit([answer]).findings if f.rule == "ambiguous-alignment"]
    assert "stated totals" not in unread and "(numbers: 24)" in unread
