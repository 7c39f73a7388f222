"""A count withheld for privacy whose footnote names no bound (``* om privacyredenen niet
vermeld``, ``x = niet vrijgegeven (privacy)``, ``(a) geheim``): a withheld count with no highest
(:attr:`okot_audit.tables.Withheld.high` None), read as such, and the totals over it checked as
far as they can be — a total at least its largest known part; a total that adds its parts up at
least their known sum, the count it implies said (session 24)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clitools import err, okot, out
from okot_audit import audit, read_text
from test_notes24 import _suppressed
from test_unseen_answers8 import LAID
from test_unseen_answers8 import _text as _text8

UNIQUE = "OKOT's - Zorgsector\n\n1. Het aantal unieke cursisten met gestarte OKOT's per provincie.\n\n"
ENROLMENTS = "OKOT's - Zorgsector\n\n1. Het aantal inschrijvingen in OKOT's per provincie.\n\n"
NOTES = ["* om privacyredenen niet vermeld", "x = niet vrijgegeven (privacy)", "(a) geheim",
         "* kleine aantallen worden om privacyredenen niet getoond"]


def _mark(note: str) -> str:
    return note.split()[0]


def _withheld(answer) -> list[tuple]:
    return [(w.line, w.period, w.low, w.high, w.text) for t in answer.tables for w in t.withheld]


def _errors(findings) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period) for f in findings if f.severity != "info"]


def _answer(head: str, rows: list[str], note: str):
    return read_text(head + "\n".join(rows) + "\n\n" + note + "\nBron: VDAB.\n", "a.txt")


# 1. Read: the mark is a count withheld with no bound, its row's other figures cells.

@LAID
@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("column", [0, 1])
def test_a_mark_a_privacy_note_explains_without_a_bound_is_a_withheld_count(laid, note, column):
    """``Brussel  *  47`` with ``* om privacyredenen niet vermeld`` below: the row was unread
    (``ambiguous-alignment``, an error) and the table's totals not checked. The mark is a count
    withheld with no bound, the row's other figure read, the totals checked."""
    mark = _mark(note)
    answer = _suppressed((mark, "47") if column == 0 else ("3", mark), note, laid)
    line = 10 if column == 0 else 9
    assert _withheld(answer) == [(line, ["2021", "2022"][column], 0, None, mark)]
    assert [i for i in answer.issues if i.unread] == []
    findings = audit(answer).findings
    assert _errors(findings) == []
    info = [f for f in findings if f.rule == "count-withheld"]
    assert [(f.line, f.period) for f in info] == [(line, ["2021", "2022"][column])]
    # (the range its table's totals together leave it said after the mark since session 26)
    assert re.search(rf"printed as {re.escape(mark)}( \(its table's totals together [^)]*\))? — withheld without a bound",
                     info[0].message), info[0].message
    assert "anywhere from 0 to" not in info[0].message
    nl = audit(answer, lang="nl").findings
    said_nl = [f for f in nl if f.rule == "count-withheld"][0].message
    assert re.search(rf"staat er als {re.escape(mark)}( \(de totalen van de tabel samen [^)]*\))? — niet gegeven, zonder grens",
                     said_nl), said_nl


def test_a_note_that_names_a_bound_beside_privacy_gives_that_bound():
    rows = ["Provincie 2021 2022", "Antwerpen 120 131", "Limburg * 7", "Totaal 123 138"]
    answer = _answer(UNIQUE, rows, "* om privacyredenen niet vermeld als het er minder dan 5 zijn")
    assert _withheld(answer) == [(7, "2021", 0, 4, "* (<5)")]


@pytest.mark.parametrize("note", ["(a) minder dan 5 cursisten", "(a) geheim"])
def test_a_letter_s_mark_in_single_spaced_text_leaves_no_blank_cell(note):
    """``Limburg 3 (a)``: the bound was written right-aligned in the mark's three characters
    (`` <5``), and in single-spaced text two spaces are a blank cell: the row unread
    (``unreadable-table``). The bound takes the mark's place alone."""
    rows = ["Provincie 2020 2021", "Antwerpen 120 131", "Limburg 3 (a)", "Totaal 123 133"]
    answer = _answer(UNIQUE, rows, note)
    assert [(w.period, w.text) for w in answer.tables[0].withheld] == [
        ("2021", "(a) (<5)" if "<" in note or "minder" in note else "(a)")]
    assert _errors(audit(answer).findings) == []


# 2. Checked as far as can be.

ROWS = ["Provincie 2021 2022", "Antwerpen 120 131", "Limburg 3 {mark}", "Oost-Vlaanderen 10 20", "Totaal 133 {total}"]


def _rows(mark: str, total: int) -> list[str]:
    return [r.format(mark=mark, total=total) for r in ROWS]


@pytest.mark.parametrize("note", NOTES[:3])
def test_an_additive_total_says_the_count_it_implies(note):
    """Enrolments add up: ``Totaal 158`` over 131, 20 and the withheld count implies it is 7;
    the info says so, in English and Dutch; no total is wrong."""
    answer = _answer(ENROLMENTS, _rows(_mark(note), 158), note)
    findings = audit(answer).findings
    assert _errors(findings) == []
    [info] = [f for f in findings if f.rule == "count-withheld"]
    assert "Totaal 2022 adds its parts up, so it implies the count is 7 (158 less the known parts' 151)" in info.message
    [nl] = [f for f in audit(answer, lang="nl").findings if f.rule == "count-withheld"]
    assert "Totaal 2022 telt de delen op en geeft het aantal dus als 7 (158 min de gekende delen, 151)" in nl.message


def test_an_additive_total_below_the_known_parts_is_an_error_that_says_the_count_has_no_bound():
    """``Totaal 140`` over 131, 20 and a count withheld without a bound: the known parts alone
    exceed it — an error, whatever the withheld count; no count is implied."""
    note = NOTES[0]
    answer = _answer(ENROLMENTS, _rows("*", 140), note)
    findings = audit(answer).findings
    assert _errors(findings) == [("parts-exceed-total", "error", 9, "2022")]
    error = [f for f in findings if f.rule == "parts-exceed-total"][0]
    assert "the withheld count * [without a bound] taken at its lowest" in error.message
    nl = [f for f in audit(answer, lang="nl").findings if f.rule == "parts-exceed-total"][0]
    assert "het niet gegeven aantal * [zonder grens] op zijn laagst genomen" in nl.message
    assert "implies" not in [f for f in findings if f.rule == "count-withheld"][0].message


@pytest.mark.parametrize("total, found", [(1000, []), (130, [("total-below-largest-part", "error", 9, "2022")])])
def test_a_unique_total_is_checked_only_against_its_largest_known_part(total, found):
    """Unique persons: with a count withheld without a bound the total may be any count from the
    largest known part up (1000: no ``total-exceeds-parts``), never below it (130 < 131)."""
    answer = _answer(UNIQUE, _rows("*", total), NOTES[0])
    assert _errors(audit(answer).findings) == found
    assert "implies" not in [f for f in audit(answer).findings if f.rule == "count-withheld"][0].message


# 3. Built from persons: counts under 5 withheld, with a bound and without; no false finding,
# a planted error found.

PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"]
YEARS = ["2021", "2022"]
BOUNDED = ("*", "* minder dan 5 cursisten")
UNBOUNDED = ("x", "x = niet vrijgegeven (privacy)")


@st.composite
def _tables(draw):
    """Persons, each in one year in one or two provinces (one who moved counts in both); each
    province's count the persons in it, each year's total its persons; a count from 1 to 4 maybe
    withheld — as ``*`` (``minder dan 5``) or as ``x`` (no bound) — each row keeping one figure,
    in any year, single-spaced or laid out (two laid-out rows withheld in different columns stay
    two rows: :func:`test_two_rows_withheld_in_turn_laid_out_stay_two_rows`)."""
    persons = draw(st.lists(st.tuples(st.sampled_from(YEARS), st.sets(st.sampled_from(PROVINCES), min_size=1,
                                                                        max_size=2)), min_size=1, max_size=60))
    counts = {(p, y): sum(1 for year, where in persons if year == y and p in where) for p in PROVINCES for y in YEARS}
    totals = {y: sum(1 for year, _ in persons if year == y) for y in YEARS}
    printed = {}
    for p in PROVINCES:
        shown = [str(counts[p, y]) for y in YEARS]
        keep = draw(st.sampled_from(range(len(YEARS))))
        for k, y in enumerate(YEARS):
            if k != keep and 1 <= counts[p, y] <= 4:
                shown[k] = draw(st.sampled_from([shown[k], BOUNDED[0], UNBOUNDED[0]]))
        printed[p] = shown
    return counts, totals, printed


def _render(printed, totals, laid: bool) -> str:
    """Single-spaced, or laid out as ``pdftotext -layout`` prints it."""
    rows = [["Provincie", *YEARS]] + [[p, *printed[p]] for p in PROVINCES] + [["Totaal", *(str(totals[y]) for y in YEARS)]]
    return UNIQUE + _text8(rows, laid) + "\n\n" + BOUNDED[1] + "\n" + UNBOUNDED[1] + "\nBron: VDAB.\n"


@settings(max_examples=40, deadline=None)
@given(st.data(), st.sampled_from(YEARS), st.integers(1, 5), st.booleans())
def test_withheld_counts_with_and_without_a_bound_give_no_false_finding_and_hide_no_error(data, year, short, laid):
    counts, totals, printed = data.draw(_tables())
    answer = read_text(_render(printed, totals, laid), "p.txt")
    withheld = {(w.period, w.text, w.high) for t in answer.tables for w in t.withheld}
    expected = {(y, m, 4 if m == "*" else None) for p in PROVINCES for y, m in zip(YEARS, printed[p]) if m in "*x"}
    assert withheld == {(y, "* (<5)" if m == "*" else m, h) for y, m, h in expected}
    assert _errors(audit(answer).findings) == []
    # planted: the year's total below its largest figure shown
    largest = max((counts[p, year] for p in PROVINCES if printed[p][YEARS.index(year)] not in "*x"), default=0)
    if largest >= short:
        wrong = dict(totals, **{year: largest - short})
        found = _errors(audit(read_text(_render(printed, wrong, laid), "p.txt")).findings)
        assert ("total-below-largest-part", "error", 11, year) in found


@pytest.mark.parametrize("mark", ["<5", "*"])
def test_two_rows_withheld_in_turn_laid_out_stay_two_rows(mark):
    printed = {"Antwerpen": ["0", "1"], "Limburg": ["0", "0"], "Oost-Vlaanderen": ["0", "0"],
               "Vlaams-Brabant": [mark, "0"], "West-Vlaanderen": ["0", mark]}
    answer = read_text(_render(printed, {"2021": 1, "2022": 1}, True), "p.txt")
    assert [(w.period, w.high) for t in answer.tables for w in t.withheld] == [("2021", 4), ("2022", 4)]
    assert _errors(audit(answer).findings) == []


def test_extract_notes_a_count_withheld_without_a_bound(tmp_path):
    """``okot-audit extract``'s note on stderr says the count has no bound (the cells written are
    the row's others), in English and, with ``--lang nl``, in Dutch."""
    (tmp_path / "w.txt").write_text(ENROLMENTS + "\n".join(_rows("(a)", 158)) + "\n\n(a) geheim\n", encoding="utf-8")
    result = okot("extract", "w.txt", cwd=tmp_path)
    assert result.returncode == 0
    assert err(result).splitlines() == [
        "okot-audit: note: w.txt:7: a count is withheld here without a bound ((a), 2022); it is not in the output"]
    assert len(out(result).splitlines()) == 1 + 7
