"""Laid-out text (``pdftotext -layout``) whose columns move: a joined label that pushes a
table's columns right, and the rows of that table after a line of its own between them."""

from __future__ import annotations

from okot_audit import read_text

HEAD = (
    "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)


def _read(text: str) -> tuple[list[tuple[str, str, int]], list]:
    answer = read_text(HEAD + text, "generated.txt")
    cells = [(c.label.split()[-1], c.period, c.count) for t in answer.tables for c in t.cells]
    return cells, answer.issues


def test_rows_after_a_heading_line_move_with_the_columns_a_joined_label_moved():
    """A label wrapped over three lines, joined, is longer than the room before the first
    figures: the table's columns move right. A group's heading on a line of its own (longer
    than a name) ended the table for the layout, so the rows below it kept their columns where
    they stood, under no period of the header that moved: each an ``ambiguous-alignment``
    error, their figures unread."""
    cells, issues = _read(
        "Opleiding                 2021      2022      2023    Totaal\n\n"
        "Lasser                      10        20        30        40\n\n"
        "Begeleider in de\n"
        "buitenschoolse              11        21        31        41\n"
        "kinderopvang\n\n"
        "Kapper                      12        22        32        42\n\n"
        "Opleidingen in de zorgsector en in welzijn\n\n"
        "Zorgkundige                 13                  33        43\n\n"
        "Verpleegkundige             14        24        34        44\n"
    )
    assert issues == []
    assert [c for c in cells if c[0] in ("Zorgkundige", "Verpleegkundige")] == [
        ("Zorgkundige", "2021", 13), ("Zorgkundige", "2023", 33), ("Zorgkundige", "Totaal", 43),
        ("Verpleegkundige", "2021", 14), ("Verpleegkundige", "2022", 24), ("Verpleegkundige", "2023", 34),
        ("Verpleegkundige", "Totaal", 44),
    ]
