"""A table of one count column under a header with its year (session 23, caption23): single-
spaced text with no total line (``Opleiding Aantal (2021 voorlopig)`` / ``Zorg 40`` /
``Onderwijs 21``) gave no table, no issue and no finding — two short lines ending in a number
were let go as prose's even under a header of counts. Such rows are read, or said unreadable at
their line; never neither."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEADERS = [
    "Opleiding Aantal (2021 voorlopig)", "Stand 2021 Opleiding Aantal", "Opleiding Aantal 2021",
    "Opleiding Aantal (2021)", "Aantal 2021", "Aantal (2021)", "2021: Aantal", "Provincie Aantal (2021)",
]
ROWS = {"programmes": [("Zorg", 40), ("Onderwijs", 21)], "provinces": [("Antwerpen", 40), ("Limburg", 21)]}


def _line(cells, laid_out: bool) -> str:
    return cells[0].ljust(30) + "".join(str(c).rjust(12) for c in cells[1:]) if laid_out else " ".join(map(str, cells))


def _answer(header: str, rows, total: bool, laid_out: bool) -> str:
    body = [*rows, *([("Totaal", sum(v for _, v in rows))] if total else [])]
    return "\n".join([
        "Vraag nr. 19 van 11 januari 2022", "OKOT - instroom", "", "Antwoord", "",
        "1. Het aantal inschrijvingen:", "", header, *(_line(r, laid_out) for r in body), "",
    ])


@pytest.mark.parametrize("laid_out", [False, True], ids=["single-spaced", "laid-out"])
@pytest.mark.parametrize("total", [False, True], ids=["no-total", "total"])
@pytest.mark.parametrize("rows", list(ROWS))
@pytest.mark.parametrize("header", HEADERS)
def test_rows_of_one_count_under_a_header_with_a_year_are_never_lost(header, rows, total, laid_out):
    answer = read_text(_answer(header, ROWS[rows], total, laid_out), "c.txt")
    cells = [(c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"]
    unread = [i for i in answer.issues if i.kind == "unreadable-table"]
    assert cells == ROWS[rows] or [i.line for i in unread] == [9], (cells, answer.issues)
    if not cells:
        assert "unreadable-table" in [f.rule for f in audit(answer).findings]


def test_the_silent_form_of_the_morning():
    """The exact lines found (headers23): before, no table, no issue, no finding."""
    answer = read_text(_answer("Opleiding Aantal (2021 voorlopig)", ROWS["programmes"], False, False), "c.txt")
    findings = audit(answer).findings
    assert answer.tables or [(f.rule, f.line) for f in findings if f.rule == "unreadable-table"] == [("unreadable-table", 9)]


def test_two_short_lines_of_prose_under_prose_stay_prose():
    """The net is the header's: two short lines ending in a number under a sentence say nothing."""
    text = "\n".join([
        "Vraag nr. 19 van 11 januari 2022", "OKOT - instroom", "", "Antwoord", "",
        "In 2021 startten er meer mensen dan voorheen.", "Zie bijlage 2", "Bron VDAB 2022", "",
    ])
    answer = read_text(text, "c.txt")
    # (no table-like lines; ``Zie bijlage 2`` is said as the attachment whose figures were not given)
    assert [(i.reason, i.line) for i in answer.issues if i.kind == "unreadable-table"] == [("table-announced", 7)]


@pytest.mark.parametrize("laid_out", [False, True], ids=["single-spaced", "laid-out"])
@pytest.mark.parametrize("header", [
    "Opleiding Aantal (stand 30 juni 2021)", "Opleiding Aantal (01/01/2021-30/06/2021)", "Stand op 30/06/2021 Opleiding Aantal",
])
def test_a_header_dated_to_the_day_is_a_header_too(header, laid_out):
    """The day of a date (``30 juni``, ``30/06/``) is no count: the header still nets its rows."""
    answer = read_text(_answer(header, ROWS["programmes"], False, laid_out), "c.txt")
    cells = [(c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"]
    assert cells == ROWS["programmes"] or [i.line for i in answer.issues if i.kind == "unreadable-table"] == [9]
