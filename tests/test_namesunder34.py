"""Measures under each period, their names wrapped over the header's lines, in laid-out text.

A two-row header prints the periods on its first line and, under each, the names of what its
columns count (``2021`` over ``Inschrijvingen`` and ``Unieke cursisten``). ``pdftotext -layout``
sets every line as far from the next as any other, wraps a name in its narrow column (``Unieke``
/ ``cursisten``) and, where the columns are tight, leaves one space between two cells' words
(``Unieke Inschrijvingen``). On main the periods' line and the lines of names were read as one
row, ``2021`` swallowing the names under it: one period, every row's figures "more than the
periods" (``unreadable-table`` errors), the table unread. Now the names' lines are joined by
column into one name per column, read as the measures under each period as the PDF and the
seeds' forms read them (read/names_under.py).

The answers are built from persons (``test_redb32._coded``) and laid out here as the extractor
does: the figures right-aligned in their columns, each name wrapped in its column's width, each
period's label over its last column.
"""

from __future__ import annotations

import random
import textwrap

import pytest

from test_red28 import TEACHERS
from test_red30 import read_bytes
from test_redb32 import _coded

from okot_audit import audit

CODES = TEACHERS[:5]
LABEL_WIDTH = 52


def _row(text: str, cells: list[tuple[int, str]]) -> str:
    """`text` at the line's start, each (end, words) of `cells` right-aligned to end there."""
    line = list(text.ljust(max(end for end, _ in cells) + 1))
    for end, words in cells:
        line[end - len(words):end] = words
    return "".join(line).rstrip()


def _laid(names: tuple[str, ...], periods: list[str], width: int, seed: int, caption_above: bool = False,
          names_under: list[tuple[str, ...]] | None = None, top: bool = True) -> tuple[str, dict]:
    """The answer's laid-out text and its truth ((name, code or ``Totaal``, period) → count): each
    column `width` characters wide, one space apart; under period k the names ``names_under[k]``
    (`names` under each by default), each set to the top of the header's row (`top`, as
    ``pdftotext -layout`` gives a PDF of fpdf2's) or to its bottom."""
    codes = [c for c, _ in CODES]
    under = names_under or [names] * len(periods)
    rng = random.Random(seed)
    counts: dict = {}
    for j, name in enumerate(names):
        persons = _coded(seed + j, codes, periods, 30, 140, 0.06)
        enrolments = "inschrijving" in name.lower()
        for y in periods:
            for c in codes:
                counts[name, c, y] = persons.count(c, y) + (rng.randint(0, 6) if enrolments else 0)
            counts[name, "Totaal", y] = (sum(counts[name, c, y] for c in codes) if enrolments
                                         else persons.count(set(codes), y))
    ends = [LABEL_WIDTH + (k * len(names) + j + 1) * (width + 1) for k in range(len(periods)) for j in range(len(names))]
    wrapped = [textwrap.wrap(n, width) for block in under for n in block]
    depth = max(len(w) for w in wrapped)
    lines = [_row("Opleiding", [(ends[(k + 1) * len(names) - 1], y) for k, y in enumerate(periods)])]
    for i in range(depth):  # (set to the bottom, a shorter name's lines start lower)
        at = [(end, w, i if top else i - depth + len(w)) for end, w in zip(ends, wrapped)]
        lines.append(_row("", [(end, w[k]) for end, w, k in at if 0 <= k < len(w)]))
    for code, title in [*CODES, ("Totaal", "")]:
        label = f"{code}: {title}" if title else code
        figures = [(end, str(counts[names[j], code, y])) for k, y in enumerate(periods) for j, end in
                   enumerate(ends[k * len(names):(k + 1) * len(names)])]
        first, _, rest = label.rpartition(" - ") if len(label) > LABEL_WIDTH - 2 else (label, "", "")
        lines.append(_row(first + (" -" if rest else ""), figures))
        if rest:
            lines.append(rest)
    caption = "Tabel 1. Inschrijvingen en unieke cursisten in gestarte OKOT'(s) per opleiding"
    text = ("OKOT's tot leerkracht\nSchriftelijke vraag nr. 1302 van 10 maart 2025.\nAntwoord\n"
            "De tabel geeft per opleiding en per jaar het aantal inschrijvingen en het aantal unieke cursisten.\n"
            + (caption + "\n" if caption_above else caption + "\n\n") + "\n".join(lines)
            + "\n\n\nBron: VDAB, datawarehouse.\n")
    return text, counts


def _read(text: str):
    return read_bytes(text.encode(), "a.txt")


CASES = {
    # (names under each year, column width, periods)
    "enrolunique": (("Inschrijvingen", "Unieke cursisten"), 14, ["2021", "2022"]),
    "three years": (("Inschrijvingen", "Unieke cursisten"), 14, ["2021", "2022", "2023"]),
    "three lines": (("Unieke gestarte cursisten", "Unieke geslaagde cursisten"), 9, ["2021", "2022"]),
    "lines apart": (("Aantal unieke cursisten", "Aantal inschrijvingen"), 14, ["2022", "2023"]),
}
MEASURES = {"Inschrijvingen": "enrolled", "Unieke cursisten": "started", "Unieke gestarte cursisten": "started",
            "Unieke geslaagde cursisten": "graduated", "Aantal unieke cursisten": "started",
            "Aantal inschrijvingen": "enrolled"}


@pytest.mark.parametrize("case, caption_above, top", [
    ("enrolunique", False, True), ("enrolunique", False, False), ("enrolunique", True, True),
    ("three years", False, True), ("three lines", False, True), ("three lines", True, False),
    ("lines apart", False, True), ("lines apart", False, False)])
def test_names_wrapped_under_each_period_are_one_table_per_name(case, caption_above, top):
    """Each name's table, every cell its truth's, each total checked by its meaning (the
    enrolments' sum exactly, the persons' ``max <= total <= sum``: no error) — the names' lines set
    to the top of the header's row or to its bottom. A caption right above the header (no blank
    line) is no line of it."""
    names, width, periods = CASES[case]
    text, truth = _laid(names, periods, width, 3400 + len(case), caption_above, top=top)
    read = _read(text)
    got = {(t.column, c.code or c.label, c.period): c.count for t in read.tables for c in t.cells}
    assert got == {(" ".join(n.split()), k, y): v for (n, k, y), v in truth.items()}
    assert [(t.column, t.measure) for t in read.tables] == [(n, MEASURES[n]) for n in names]
    findings = audit(read).findings
    assert not [f.message for f in findings if f.severity == "error"]
    # (graduates of a first year: the stage's warning, true of the built answer)
    assert {f.rule for f in findings} <= {"parts-exceed-total", "error-located", "stage-not-final"}


def test_names_that_differ_under_the_periods_stay_said():
    """Other names under each period (no block repeated): no names under the periods (as on
    main) — never one period's names read as another's; the rows said unreadable."""
    text, _ = _laid(("Inschrijvingen", "Unieke cursisten"), ["2021", "2022"], 14, 3410,
                    names_under=[("Inschrijvingen", "Unieke cursisten"), ("Gestarte cursisten", "Inschrijvingen")])
    read = _read(text)
    assert not [c for t in read.tables for c in t.cells]
    assert len([i for i in read.issues if i.kind == "unreadable-table" and i.unread]) == len(CODES) + 1


ONE_LINE = ("OKOT's\nAntwoord\nDe tabel geeft per opleiding het aantal unieke cursisten.\n"
            "Tabel 1. Unieke cursisten met gestarte OKOT'(s)\n"
            "Opleiding                                                   2021        2022        2023\n"
            "908001: Educatieve bachelor voor kleuteronderwijs             44         132          90\n"
            "908002: Educatieve bachelor voor kleuteronderwijs            114         120          71\n"
            "908003: Educatieve bachelor voor kleuteronderwijs             94          70          65\n"
            "Totaal                                                       240         300         220\n\n"
            "Bron: VDAB.\n")


def test_a_header_of_one_line_is_read_as_before():
    read = _read(ONE_LINE)
    assert [(c.code or c.label, c.period, c.count) for t in read.tables for c in t.cells][:3] == [
        ("908001", "2021", 44), ("908001", "2022", 132), ("908001", "2023", 90)]
    assert [t.column for t in read.tables] == [""]
    assert len(read.tables[0].cells) == 12


def test_the_names_lines_are_marked_on_the_page_lines():
    """The reader's step itself (read/names_under.py): the first line of the names is marked, the
    glued ``Unieke Inschrijvingen`` split at the figures' columns, the periods' line untouched."""
    from okot_audit.read.layout import LINE_HEIGHT, SIZE, _WORD
    from okot_audit.read.names_under import mark_names_under_periods
    from okot_audit.read.pdf import _visual_lines, _Word

    text, _ = _laid(("Inschrijvingen", "Unieke cursisten"), ["2021", "2022"], 14, 3420)
    rows = text.splitlines()
    start = next(i for i, line in enumerate(rows) if line.startswith("Opleiding"))
    words = [_Word(m.group(), float(m.start()), float(m.end()), i * LINE_HEIGHT, i * LINE_HEIGHT + SIZE, SIZE)
             for i, line in enumerate(rows[start:start + 8]) for m in _WORD.finditer(line)]
    lines = _visual_lines(1, words)  # (marks them already)
    assert [line.names_under for line in lines[:3]] == [0, 2, 0]
    assert [c.text for c in lines[1].chunks] == ["Inschrijvingen", "Unieke", "Inschrijvingen", "Unieke"]
    assert [c.text for c in lines[2].chunks] == ["cursisten", "cursisten"]
    assert [c.text for c in lines[0].chunks] == ["Opleiding", "2021", "2022"]
    for line in lines:
        line.names_under = 0
    mark_names_under_periods(lines)  # (idempotent: the chunks as split)
    assert [line.names_under for line in lines[:3]] == [0, 2, 0]
