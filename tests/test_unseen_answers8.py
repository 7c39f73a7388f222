"""Answers written by hand in shapes the other tests do not hold (an eighth review of reading
answers never seen, round 17: table shapes in text): each test is such an answer, or the
smallest part of it that showed the reader's error, and the exact cells and findings a correct
reader gives — single-spaced (the seeds' form) and laid out (``pdftotext -layout``)."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = "ANTWOORD\nop vraag nr. 117 van 14 maart 2025\nvan Katrien Schryvers\n\n"


def _cells(answer) -> list[tuple]:
    return [(t.measure, c.level, c.code or c.label, c.period, c.count, c.semantics)
            for t in answer.tables for c in t.cells]


def _found(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period) for f in audit(answer).findings]


def _text(rows: list[list[str]], laid: bool) -> str:
    """The rows, each given as its cells: single-spaced, or laid out as ``pdftotext -layout``
    prints them — the first cell left, every other right-aligned in a column of its own."""
    if not laid:
        return "\n".join(" ".join(cell for cell in row if cell) for row in rows)
    return "\n".join(("   " + row[0].ljust(58) + "".join(cell.rjust(18) for cell in row[1:])).rstrip()
                     for row in rows)


LAID = pytest.mark.parametrize("laid", [False, True], ids=["single-spaced", "laid-out"])


# 1. Age classes as the columns, the years as the lines: a class of four words.

AGE_COLUMNS = [
    ["Jaar", "18-24 jaar", "25-54 jaar", "55 jaar en ouder", "Totaal"],
    ["2022", "812", "3.797", "61", "4.670"],
    ["2023", "790", "3.650", "70", "4.510"],
]


@LAID
def test_age_classes_as_columns_over_years_as_lines_with_a_class_of_four_words(laid):
    """``Jaar  18-24 jaar  25-54 jaar  55 jaar en ouder  Totaal`` over a line per year: laid
    out, the header was joined to the first year's line as one row's label (a column's name
    was taken for a label's line when it had more than three words), and the table vanished —
    no cell and no finding, exit 0; single-spaced, it was an unreadable-table error ("no
    header with periods or training codes"). A column's name of four words (``55 jaar en
    ouder``) names a category as one of three does."""
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, naar leeftijd:\n\n"
                       + _text(AGE_COLUMNS, laid) + "\n\nBron: VDAB.\n", "a.txt")
    assert _cells(answer) == [
        ("started", "row", "18-24 jaar", "2022", 812, None), ("started", "row", "25-54 jaar", "2022", 3797, None),
        ("started", "row", "55 jaar en ouder", "2022", 61, None), ("started", "total", "Totaal", "2022", 4670, "additive"),
        ("started", "row", "18-24 jaar", "2023", 790, None), ("started", "row", "25-54 jaar", "2023", 3650, None),
        ("started", "row", "55 jaar en ouder", "2023", 70, None), ("started", "total", "Totaal", "2023", 4510, "additive"),
    ]
    assert [t.layout.attribute for t in answer.tables] == ["age"]
    assert _found(answer) == []


def test_a_wrong_total_of_age_classes_as_columns_is_an_error():
    rows = [AGE_COLUMNS[0], AGE_COLUMNS[1], ["2023", "790", "3.650", "70", "4.520"]]
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, naar leeftijd:\n\n"
                       + _text(rows, True) + "\n", "a.txt")
    assert [(f.rule, f.line, f.period) for f in audit(answer).findings if f.severity == "error"] == [
        ("total-exceeds-parts", 9, "2023")]


# 2. Training codes as the columns, the years as the lines.

CODE_COLUMNS = [
    ["Jaar", "908003", "908013", "908018", "Totaal"],
    ["2021", "41", "17", "22", "80"],
    ["2022", "47", "21", "19", "87"],
    ["2023", "52", "-", "25", "77"],
]


@LAID
def test_training_codes_as_columns_over_years_as_lines(laid):
    """``Jaar 908003 908013 908018 Totaal`` over a line per year: an unreadable-table error
    that said "no header with periods or training codes was found" (single-spaced) or "lines
    … hold one figure per line: … pdftotext without -layout?" (laid out) — both wrong about
    the table in front of the user. Each code's column is that code's row of the model: a
    code printed alone, no label beside it (so no label-mismatch)."""
    answer = read_text(HEAD + "2. Het aantal unieke cursisten met een geslaagd OKOT, per opleiding:\n\n"
                       + _text(CODE_COLUMNS, laid) + "\n\nBron: VDAB.\n", "c.txt")
    assert _cells(answer) == [
        ("graduated", "row", "908003", "2021", 41, None), ("graduated", "row", "908013", "2021", 17, None),
        ("graduated", "row", "908018", "2021", 22, None), ("graduated", "total", "Totaal", "2021", 80, "unique"),
        ("graduated", "row", "908003", "2022", 47, None), ("graduated", "row", "908013", "2022", 21, None),
        ("graduated", "row", "908018", "2022", 19, None), ("graduated", "total", "Totaal", "2022", 87, "unique"),
        ("graduated", "row", "908003", "2023", 52, None), ("graduated", "row", "908018", "2023", 25, None),
        ("graduated", "total", "Totaal", "2023", 77, "unique"),
    ]
    assert [c.label for t in answer.tables for c in t.cells if c.level == "row"] == [""] * 8
    assert _found(answer) == []


@LAID
def test_codes_as_columns_are_checked_as_codes(laid):
    """A first year's code among graduates: the columns' codes are checked as rows' codes are."""
    rows = [["Jaar", "908001", "908003", "Totaal"], ["2022", "12", "30", "40"], ["2023", "14", "33", "47"]]
    answer = read_text(HEAD + "2. Het aantal unieke cursisten met een geslaagd OKOT, per opleiding:\n\n"
                       + _text(rows, laid) + "\n", "c.txt")
    assert [(f.rule, f.training_code, f.line) for f in audit(answer).findings] == [
        ("stage-not-final", "908001", 8), ("parts-exceed-total", None, 8), ("stage-not-final", "908001", 9),
    ]
