"""A coded row whose name wraps inside a range (``… verpleegkunde - fase 1`` / ``- 2 1 2``, or
``… fase 1 -`` / ``2 1 2``), in pdfplumber's and pypdf's single-spaced text of bottom-set cells:
the digit that starts the row's last line may close the name's range (``fase 1 - 2``) or be a
count. Where every other row fills every period the text looks as if its spacing placed every
figure, and the row was read one way only — the digit a count — though the totals fit both
(session 26, chosen26). So too where the dash between the range's digits was taken for a blank
(``… fase 1 - 2 4 2`` under four periods) and, cells set to the top, where the count stands on the
code's line above (``900124: 3`` / ``Verzorgende -`` / ``fase 1 - 2``: the 3 was put in the label).
Now both readings go to the totals: the one that fits is read, and a row several readings fit is
said at its line (``ambiguous-alignment``), never picked silently.

The tables are built from persons: each person belongs to some (row, period) cells, a count is
the distinct persons of its cell, the total line the distinct persons of each period. A cell
no person belongs to is blank, and single-spaced text prints nothing for it.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit import read_text
from test_labelrun26 import HEAD, _total_errors

#: The rows: the wrapped one's name, as its lines print it (the range closing on its last line).
ROWS = ["900711", "900124", "900125"]
WRAPPED = "900124"
#: (the lines of the wrapped row's name before its last line, the start of its last line)
WRAPS = [
    (["900124: Zorgkundige", "verpleegkunde - fase 1"], "- 2"),
    (["900124: Zorgkundige verpleegkunde - fase 1"], "- 2"),
    (["900124: Zorgkundige", "verpleegkunde - fase 1 -"], "2"),
    (["900124: Zorgkundige", "modules 1"], "- 4"),
    (["900124: Zorgkundige modules"], "1- 4"),
    (["900124: Zorgkundige"], "verpleegkunde - fase 1 - 2"),
    (["900124: Verzorgende -"], "fase 1 - 2"),
    (["900124: Zorgkundige", "verpleegkunde - fase 1 -"], "2 4 - 6"),
    (["900124: Zorgkundige", "verpleegkunde - fase 1"], "- 2 4 - 6"),
]


def _read(lines: list[str]):
    return read_text(HEAD + "\n".join(lines) + "\n", "generated.txt")


def _cells(answer) -> list[tuple[str, int]]:
    return [(c.period, c.count) for t in answer.tables for c in t.cells if c.code == WRAPPED]


def _assert_the_names_range(answer, cells: list[tuple[str, int]]) -> None:
    """The wrapped row read with its name's range closed (``… fase 1 - 2``) and `cells` its
    counts, nothing said and no total error."""
    assert _cells(answer) == cells
    assert {c.label for c in answer.tables[0].cells if c.code == WRAPPED} == {"Zorgkundige verpleegkunde - fase 1 - 2"}
    assert answer.issues == [] and _total_errors(answer) == []


@st.composite
def answers(draw):
    """(text lines, the wrapped row's counts by period, the wrapped row's line numbers)."""
    periods = [str(2019 + k) for k in range(draw(st.integers(2, 4)))]
    cells = [(r, p) for r in range(len(ROWS)) for p in range(len(periods))]
    persons = draw(st.lists(st.lists(st.sampled_from(cells), min_size=1, max_size=2, unique=True), max_size=20))
    # the other rows fill every period (the text then looks as if its spacing placed every
    # figure); the wrapped row has a person somewhere, and a blank period now and then
    persons += [[(r, p)] for r in range(len(ROWS)) if ROWS[r] != WRAPPED for p in range(len(periods))]
    persons.append([(ROWS.index(WRAPPED), draw(st.integers(0, len(periods) - 1)))])

    def count(where) -> int | None:
        return len({i for i, member in enumerate(persons) if any(where(c) for c in member)}) or None

    name, start = draw(st.sampled_from(WRAPS))
    top = draw(st.booleans())  # (cells set to the top: the figures on the name's first line, after its code)
    lines = ["Opleiding " + " ".join(periods)]
    truth: list[tuple[str, int]] = []
    wrapped_lines: tuple[int, ...] = ()
    first = HEAD.count("\n") + 1  # (the header's line number, 1-based)
    for r, code in enumerate(ROWS):
        values = [count(lambda c, r=r, p=p: c == (r, p)) for p in range(len(periods))]
        figures = " ".join(str(v) for v in values if v is not None)
        if code == WRAPPED:
            truth = [(periods[p], v) for p, v in enumerate(values) if v is not None]
            if top:
                lines += [f"{code}: {figures}", name[0].split(": ", 1)[1], *name[1:], start]
            else:
                lines += [*name, f"{start} {figures}"]
            wrapped_lines = tuple(range(first + len(lines) - len(name) - 1 - top, first + len(lines)))
        else:
            lines.append(f"{code}: {'Verpleegkunde' if r == 0 else 'Zorgkundige'} {figures}")
    if draw(st.booleans()):
        lines.append("Totaal " + " ".join(str(count(lambda c, p=p: c[1] == p)) for p in range(len(periods))))
    return lines, truth, wrapped_lines


@settings(max_examples=200)
@given(answers())
def test_a_row_whose_name_wraps_inside_its_range_is_read_as_its_persons_or_said(answer):
    """The row's counts are its persons' where no reader issue stands at its lines, and no
    total is then said to be wrong (before: the range's closing digit read as a count whenever
    the row's other figures and it were as many as the periods — silently, the totals fitting
    both readings, or with a false ``total-exceeds-parts``)."""
    lines, truth, at = answer
    read = _read(lines)
    said = [i for i in read.issues if i.line in at]
    assert said or _cells(read) == truth, "\n".join(lines)
    if not read.issues:
        assert _total_errors(read) == [], "\n".join(lines)


def test_a_range_wrapped_over_the_rows_lines_that_totals_fit_both_ways_is_said():
    """``900124: Zorgkundige`` / ``verpleegkunde - fase 1`` / ``- 2 1 2`` under three periods,
    ``Totaal 4 4 10``: the row counts 2, 1 and 2, or (the 2 closing ``fase 1 - 2``) 1 and 2 in
    two of the periods — the unique-person totals fit both (before: 2, 1, 2 without a word)."""
    answer = _read([
        "Opleiding 2019 2020 2021",
        "900711:",
        "Verpleegkunde 1 1 5",
        "900124: Zorgkundige",
        "verpleegkunde - fase 1",
        "- 2 1 2",
        "900125: Zorgkundige",
        "verpleegkunde - fase 1",
        "- 2 4 - 6 1 1 1",
        "900126: Zorgkundige",
        "modules 1- 4 2 1 3",
        "Totaal 4 4 10",
    ])
    assert _cells(answer) == []
    assert [(i.kind, i.line) for i in answer.issues] == [("ambiguous-alignment", HEAD.count("\n") + 6)]


def test_a_range_wrapped_over_the_rows_lines_is_the_names_where_the_totals_say_so():
    """The same row under ``Totaal 1 6 8`` beside ``Verpleegkunde 1 5 6``: 2 in 2019 is above
    that period's total, so the 2 closes the name's range and 1 and 2 are 2020's and 2021's
    (before: 2, 1, 2 and a false ``total-below-largest-part``)."""
    answer = _read([
        "Opleiding 2019 2020 2021",
        "900711: Verpleegkunde 1 5 6",
        "900124: Zorgkundige",
        "verpleegkunde - fase 1",
        "- 2 1 2",
        "Totaal 1 6 8",
    ])
    _assert_the_names_range(answer, [("2020", 1), ("2021", 2)])


def test_a_dash_taken_for_a_blank_that_closes_the_names_range_is_read_where_the_totals_say_so():
    """``verpleegkunde - fase 1 - 2 4 2`` under four periods: the dash between 1 and 2 was made a
    blank (2, 4 and 2 the counts), though it may close the name's ``fase 1 - 2``; ``Totaal 8 3 5
    3`` fits only 4 and 2 in 2018 and 2020 (before: a blank, 2, 4, 2 and a false
    ``total-exceeds-parts``)."""
    answer = _read([
        "Opleiding 2018 2019 2020 2021",
        "900711: Verpleegkunde 3 2 2 1",
        "900128: Verzorgende -",
        "fase 1 - 2 1 2 1 2",
        "900124: Zorgkundige",
        "verpleegkunde - fase 1 - 2 4 2",
        "Totaal 8 3 5 3",
    ])
    _assert_the_names_range(answer, [("2018", 4), ("2020", 2)])


def test_a_range_opened_on_the_rows_last_line_after_the_names_words_above_is_the_names():
    """``900124: Zorgkundige modules`` / ``1- 4 1 2`` under three periods, ``Totaal 1 6 8``: the
    4 closes ``modules 1- 4`` (before: 4, 1, 2, the label ``… modules 1-``, a false
    ``total-below-largest-part``)."""
    answer = _read([
        "Opleiding 2019 2020 2021",
        "900711: Verpleegkunde 1 5 6",
        "900124: Zorgkundige modules",
        "1- 4 1 2",
        "Totaal 1 6 8",
    ])
    assert _cells(answer) == [("2020", 1), ("2021", 2)]
    assert answer.issues == [] and _total_errors(answer) == []


def test_a_count_on_the_code_line_above_a_name_ending_in_its_range_is_the_rows():
    """Cells set to the top: ``900124: 3`` / ``Verzorgende -`` / ``fase 1 - 2`` under two periods,
    ``Totaal 5 9``: the 3 is 2020's count, the 2 closes the name's range (before: the dash made a
    blank, 2 read as the count, the 3 put in the label — ``3 Verzorgende - fase 1`` — and a false
    ``total-exceeds-parts``)."""
    answer = _read([
        "Opleiding 2019 2020",
        "900711: 5 6",
        "Verpleegkunde",
        "900124: 3",
        "Verzorgende -",
        "fase 1 - 2",
        "Totaal 5 9",
    ])
    assert _cells(answer) == [("2020", 3)]
    assert {c.label for c in answer.tables[0].cells if c.code == WRAPPED} == {"Verzorgende - fase 1 - 2"}
    assert answer.issues == [] and _total_errors(answer) == []


#: Programmes whose names end in ranges (``fase 1 - 2``, ``modules 1- 4``, ``fase 1 - 2 4 - 6``).
NAMED = [("900711", "Verpleegkunde"), ("900124", "Zorgkundige verpleegkunde - fase 1 - 2"),
         ("900125", "Zorgkundige verpleegkunde - fase 1 - 2 4 - 6"), ("900126", "Zorgkundige modules 1- 4"),
         ("900127", "Zorgkundige traject - modules 1- 4"), ("900128", "Verzorgende - fase 1 - 2")]


def _pdf_answer(seed: int):
    """(the periods, an answer from persons: a table of some of :data:`NAMED` over two to four
    years, a total line most of the time, every person in one or two (code, year) cells)."""
    from test_red25 import QUESTION
    from test_unseen23 import Answer, Row, Table

    rng = random.Random(seed)
    years = [str(2018 + k) for k in range(rng.randint(2, 4))]
    named = [NAMED[0], *rng.sample(NAMED[1:], rng.randint(1, 3))]
    cells = [(code, year) for code, _ in named for year in years]
    members = [rng.sample(cells, rng.randint(1, 2)) for _ in range(rng.randint(2, 16))]
    members += [[(code, rng.choice(years))] for code, _ in named]

    def count(where) -> int | None:
        return len({i for i, member in enumerate(members) if any(where(c) for c in member)}) or None

    rows = [Row(f"{code}: {name}", [count(lambda c, k=code, y=y: c == (k, y)) for y in years], code=code)
            for code, name in named]
    if rng.random() < 0.85:
        rows.append(Row("Totaal", [count(lambda c, y=y: c[1] == y) for y in years], level="total", semantics="unique"))
    return years, Answer(
        title="OKOT's in de zorg",
        before=[QUESTION.format(n=5, date="2 mei 2023", who="An Peeters"), "Antwoord",
                "De tabel geeft het aantal unieke cursisten."],
        tables=[Table(caption="Tabel 1. Unieke cursisten", head="Opleiding", columns=years, periods=years, rows=rows)],
        between=[["Bron: VDAB."]],
        sector="zorg",
    )


#: (seed, label cell's width, where a wrapped name's figures stand): each read wrong on main
#: without a word in pdfplumber's text — a range's digit a count, a count lost in the label.
PDF_CASES = [(68, 46, "bottom"), (70, 30, "top"), (89, 30, "bottom"), (108, 34, "top"), (116, 52, "bottom")]


@pytest.mark.parametrize("extractor", ["pdfplumber", "pypdf"])
@pytest.mark.parametrize("seed, width, align", PDF_CASES)
def test_printed_names_ending_in_ranges_are_read_as_their_persons_or_said(seed, width, align, extractor):
    """Printed with fpdf2, read from pdfplumber's and pypdf's text: every coded cell is its
    persons' count, or the reader says an issue; and no total is said wrong where it says none."""
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
    from generate.extract import extract
    from test_unseen23 import Style, write_pdf

    years, answer = _pdf_answer(seed)
    text = extract(write_pdf(answer, Style(ruled=False, v_align=align, label_width=width, column_width=20)), extractor)
    read = read_text(text, "generated.txt")
    truth = {(row.code, y, v) for row in answer.tables[0].rows if row.code
             for y, v in zip(years, row.values) if v is not None}
    got = {(c.code, c.period, c.count) for t in read.tables for c in t.cells if c.code}
    assert read.issues or got == truth, text
    if not read.issues:
        assert _total_errors(read) == [], text


#: A code's line holding every figure (``900124: 1 1 1``), its name on the lines below, ending in
#: two ranges (``fase 1 - 2 4 - 6``).
FULL_CODE_LINE = [
    "Opleiding 2019 2020 2021",
    "900711: Verpleegkunde 1 1 1",
    "900124: 1 1 1",
    "Zorgkundige verpleegkunde -",
    "fase 1 - 2 4 - 6",
    "900125: Zorgkundige 1 1 1",
    "Totaal 3 3 3",
]


def test_a_names_rest_ending_in_two_ranges_below_a_full_code_line_is_its_label_or_said():
    """``900124: 1 1 1`` / ``Zorgkundige verpleegkunde -`` / ``fase 1 - 2 4 - 6`` under three
    periods: the lines below the code's are its name, their digits its ranges (or said)."""
    answer = _read(FULL_CODE_LINE)
    said = [i for i in answer.issues if i.line in (10, 11, 12)]
    assert said or (_cells(answer) == [("2019", 1), ("2020", 1), ("2021", 1)] and _total_errors(answer) == [])


def test_a_names_rest_below_a_full_code_line_is_its_name():
    """The lines below ``900124: 1 1 1`` that the totals show to be no row are the code's name,
    their numbers its ranges as printed (``4 - 6``): no code-less row is read."""
    answer = _read(FULL_CODE_LINE)
    rows = {(c.code, c.label) for t in answer.tables for c in t.cells if c.label != "Totaal"}
    assert ("900124", "Zorgkundige verpleegkunde - fase 1 - 2 4 - 6") in rows
    assert {code for code, _ in rows} == {"900711", "900124", "900125"}


def test_a_code_less_row_below_a_full_code_line_that_both_readings_fit_is_said():
    """``900124: 1 1 1`` / ``Andere 1 1 1`` under totals both readings fit (a row, or the code's
    name): the row is said at its line, never a name or a row guessed."""
    answer = _read([
        "Opleiding 2019 2020 2021",
        "900711: Verpleegkunde 2 2 2",
        "900124: 1 1 1",
        "Andere opleidingen 1 1 1",
        "Totaal 2 2 2",
    ])
    assert [(i.reason, i.line) for i in answer.issues if i.unread] == [("ambiguous", 11)]
