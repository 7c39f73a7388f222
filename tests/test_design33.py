"""Near-copies made one and a would-be module cycle untangled (session 33, design33).

1. A footnote opened by its number in brackets (``(1) cijfers op 1 januari``) is one pattern's
   piece (:func:`okot_audit.patterns.bracketed_note`) that patterns.BracketedNotes and parse/notes.py
   build on; parse/regions.py keeps one :class:`~okot_audit.patterns.BracketedNotes` per answer, as
   read/pdf.py keeps one per page (before: one built, and its lines looked through, per lone mark).
"""

from __future__ import annotations

import pytest

from okot_audit import read_text
from okot_audit.parse import notes, regions
from okot_audit.patterns import BracketedNotes

# --- 1. the bracketed footnote: one piece, one look per answer --------------------------------------

_TWO_MARKED = (
    "Aantal cursisten per opleiding.\n\nOpleiding 2021 2022\n(1)\nZorgkundige 14 7\nLogistiek 3 4\n\n"
    "Aantal geslaagden per opleiding.\n\nOpleiding 2021 2022\n(2)\nVerpleegkunde 22 31\nLogistiek 3 4\n\n"
    "(1) Cijfers op 1 januari.\n(2) Cijfers op 31 december.\n"
)


def test_the_answers_bracketed_footnotes_are_looked_through_once(monkeypatch):
    """Two tables, each a footnote's mark under its header's first cell: both marks the headers'
    (nothing said, every row read), the answer's lines looked through for footnotes once. Before:
    one :class:`BracketedNotes` per mark, the lines looked through at each."""
    made: list[int] = []

    class Counting(BracketedNotes):
        def __init__(self, lines):
            made.append(len(lines))
            super().__init__(lines)

    monkeypatch.setattr(regions, "BracketedNotes", Counting)
    answer = read_text(_TWO_MARKED, "design33.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.period == "2021"] == [
        ("Zorgkundige", "2021", 14), ("Logistiek", "2021", 3), ("Verpleegkunde", "2021", 22), ("Logistiek", "2021", 3)]
    assert len(made) == 1


@pytest.mark.parametrize(("line", "explained", "cut"), [
    ("(1) Cijfers op 1 januari.", True, True),
    ("( 1 ) Cijfers op 1 januari.", True, False),  # (a lone mark's spaced brackets; no figure's mark so)
    ("(1)Voorlopig", True, True),
    ("(12) 2022", False, False),  # (a number after the mark: no note's words)
    ("(123) Cijfers", False, False),
])
def test_a_bracketed_footnote_is_one_pattern_for_the_lone_mark_and_the_figures_mark(line, explained, cut):
    """The same note explains a lone ``(1)`` (patterns.BracketedNotes, spaces inside its brackets
    allowed) and a figure's ``3.797 (1)`` (parse/notes.py, which cuts the mark off)."""
    assert BracketedNotes(["(1)", line]).explain("(1)", 0) is explained
    lines = ("Zorgkundige 3.797 (1) 3.650", line)
    assert (notes.without_cell_notes(lines, False)[0] == "Zorgkundige 3.797 3.650") is cut
    assert (notes._NOTE.match(line) is not None) is cut and (notes.note_marks(lines) == ("1",)) is cut
