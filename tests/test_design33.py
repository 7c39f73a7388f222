"""Near-copies made one and a would-be module cycle untangled (session 33, design33).

1. A footnote opened by its number in brackets (``(1) cijfers op 1 januari``) is one pattern's
   piece (:func:`okot_audit.patterns.bracketed_note`) that patterns.BracketedNotes and parse/notes.py
   build on; parse/regions.py keeps one :class:`~okot_audit.patterns.BracketedNotes` per answer, as
   read/pdf.py keeps one per page (before: one built, and its lines looked through, per lone mark).
2. Whether a table typed by hand parts its cells by one same gap is one look at a line's runs of
   spaces (:func:`okot_audit.patterns.space_gaps`) for read/layout.py (a whole text's lines, one
   line's cells) and parse/cells.py ``evenly_gapped`` (the gaps before a row's figures): before,
   two patterns that measured gaps each their own way.
3. The blank marks written out (``niet beschikbaar``, ``niet van toepassing``) are one vocabulary
   in patterns.py (:data:`okot_audit.patterns.SPELLED_BLANK`), no longer parse/blanks.py's alone
   (which imports parse/regions): parse/regions.py ``_after_blank_marks`` counts them before a
   row's figure as it counts ``x`` and ``-`` — ``module niet beschikbaar 5`` over a line of
   figures: 5 a count after a blank, never the name's number (before: the name's, the figures
   below read under it).
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.parse import notes, regions
from okot_audit.parse.cells import evenly_gapped
from okot_audit.parse.regions import _after_blank_marks
from okot_audit.patterns import BracketedNotes, space_gaps
from okot_audit.read import layout

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


# --- 2. even gaps: one look for a whole text, one line, a row's figures -----------------------------

@pytest.mark.parametrize(("text", "least", "widths"), [
    ("Bouw   30   44", 1, [3, 3]),
    ("  Opleiding januari 2020   februari 2020  ", 1, [1, 1, 3, 1]),  # (none before or after the words)
    ("  Opleiding januari 2020   februari 2020  ", 2, [3]),
    ("Bouw\t30  44", 1, [2]),  # (a tab is no space: no gap the page's columns measure)
    ("", 1, []),
])
def test_space_gaps_are_the_runs_of_spaces_between_words(text, least, widths):
    assert space_gaps(text, least=least) == widths


@pytest.mark.parametrize(("lines", "gap", "even"), [
    (["Bouw   30   44", "Kinderbegeleider   3   4"], 3, True),  # (typed by hand: the name sets where figures fall)
    (["Bouw   30   44", "Kinderbegeleider   3    4"], 3, False),  # (a wider gap: a blank cell)
    (["Bouw  en  hout   30   44"], 3, True),  # (only the gaps before the figures: the name's own are its)
    (["Bouw   30 44"], 3, False),  # (one space: the seeds' form, no even gap of three)
    (["Bouw   30   44", "Totaal"], 3, True),  # (a line without figures says nothing)
    (["30   44"], 3, False),  # (no name before the figures)
])
def test_evenly_gapped_measures_the_gaps_before_a_rows_figures(lines, gap, even):
    assert evenly_gapped(lines, gap) is even


@pytest.mark.parametrize(("lines", "even"), [
    (["Bouw   30   44", "Kinderbegeleider   3   4"], True),
    (["Bouw   30   44", "Zorg  3  4"], False),  # (each line even, not by one same gap)
    (["Bouw   30   44", "Zorg 3"], False),  # (a line with no gap of two spaces)
    (["Bouw  en  hout   30   44"], False),
])
def test_a_typed_texts_lines_share_one_gap(lines, even):
    assert layout._evenly_gapped(lines) is even


def test_a_typed_lines_cells_are_parted_by_its_one_gap():
    assert layout._typed_cells("Opleiding   januari 2020   februari 2020") == ["Opleiding", "januari 2020", "februari 2020"]
    assert layout._typed_cells("Opleiding   januari 2020  februari 2020") is None
    assert layout._typed_cells("Opleiding januari 2020") is None


# --- 3. a blank's mark written out, counted before a row's figure ----------------------------------

_HEAD = "Unieke cursisten die hun opleiding stopgezet hebben 2022 2023\nTechniek\n"
_NEXT = "803836: bachelor bijkomende - 1ste jaar 7 7\n"


@pytest.mark.parametrize("mark", ["niet beschikbaar", "niet van toepassing", "Niet beschikbaar", "x"])
def test_a_count_after_a_blank_mark_written_out_stays_a_count_over_a_line_of_figures(mark):
    """``module niet beschikbaar 5`` over ``tandartsassistent Educatieve 42 x``: the line said
    2022 blank, then 2023's 5; the 42 below is said, not read into 2022 under a name ending in
    ``module 5`` — as for ``module x 5`` (test_design32). Before: ``tandartsassistent module 5
    tandartsassistent Educatieve`` counting 42 in 2022, the written-out mark made spaces."""
    text = _HEAD + f"769509: tandartsassistent module {mark} 5\ntandartsassistent Educatieve 42 x\n{_NEXT}Totaal 7 12\n"
    answer = read_text(text, "design33.txt")
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.code == "769509"] == [
        ("tandartsassistent module", "2023", 5)]
    assert [(i.kind, i.numbers) for i in answer.issues] == [("stray-number", (42,))]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


@pytest.mark.parametrize(("text", "printed", "after"), [
    ("module    5", "module niet beschikbaar 5", True),
    ("module      5", "module niet van toepassing 5", True),
    ("module    5", "module NIET BESCHIKBAAR 5", True),
    ("module niet beschikbaar 5", "module niet beschikbaar 5", False),  # (the mark kept: as many before it)
    ("module 5    ", "module 5 niet beschikbaar", False),  # (a mark after the figure: a blank after it)
    ("module  5", "module beschikbaar 5", False),  # (no mark: a word)
])
def test_after_blank_marks_counts_a_mark_written_out_as_one(text, printed, after):
    assert _after_blank_marks(text, printed) is after
