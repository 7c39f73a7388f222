"""Tables said unreadable (or read with a wrong title) that can be read — each reading the only one that fits.

- ``pdftotext -layout`` sets the names a narrow cell broke inside the word one space apart when
  the cells stand close (``Oost-Vlaandere Vlaams-Braba`` over ``n  nt``): one chunk of the
  character grid, the piece under its first word glued to its last (``Vlaams-Braban nt``), the
  header naming no provinces and its table on its side said unreadable. A piece goes on with the
  word above it at its own columns (read/pdf.py ``_split_at_broken_pieces``).
- Rows typed by hand each with another even gap (``Bouw      30      44`` over ``Zorg   11   20``):
  the table's narrowest gap read every wider one as blanks, too many for the header
  (``blanks-overflow``). A row whose figures are as many as the columns, each one same gap of its
  own after the one before, is read by its own gap (parse ``_cells_one_space_apart``).
- A table of one period typed under a header of its own gap (``Opleiding  2015`` over ``Horeca
  1``): read as laid out, its title took the prose line above the blank line. Its figures stand
  beside the period's label, or lined up in no way: typed (read/layout.py ``_typed_under_headers``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from hypothesis import given, note, settings
from hypothesis import strategies as st
import pytest

from generate.choices import DrawChooser
from generate.model import YEAR_SHAPE, draw_periods, draw_table, random_programmes
from generate.render import typed_with_gaps
from okot_audit import audit, read_text
from okot_audit.catalogue import default_catalogue
from okot_audit.read import layout
from okot_audit.read.layout import LINE_HEIGHT, SIZE, laid_out
from okot_audit.read.pdf import _visual_lines, _Word
from test_gaps31 import HEAD, SHORT_NAMES, _cells, _unread, assert_read_whole, next_period

# -- a broken word's piece goes on with the word above it ------------------------------------


def _chunks_after_split(text: str) -> list[list[str]]:
    """Each line of `text`'s chunks on the character grid (as read/layout.py builds it), after
    ``_split_at_broken_pieces``."""
    from okot_audit.read.pdf import _split_at_broken_pieces

    words = [
        _Word(word, float(start), float(start + len(word)), k * LINE_HEIGHT, k * LINE_HEIGHT + SIZE, SIZE)
        for k, line in enumerate(text.splitlines())
        for start, word in ((m.start(), m.group()) for m in re.finditer(r"\S+", line))
    ]
    lines = _visual_lines(1, words)
    _split_at_broken_pieces([lines], default_catalogue())
    return [[c.text for c in line.chunks] for line in lines]


@pytest.mark.parametrize("header, pieces, want", [
    ("Maand   Oost-Vlaandere Vlaams-Braba   Totaal", "                     n           nt",
     ["Maand", "Oost-Vlaandere", "Vlaams-Braba", "Totaal"]),
    # (the piece under the first name only: the second, whole, is its own cell)
    ("Maand   Oost-Vlaander Limburg   Totaal", "                   en",
     ["Maand", "Oost-Vlaander", "Limburg", "Totaal"]),
    # (three names one space apart, each broken)
    ("Maand   Oost-Vlaandere Vlaams-Braba West-Vlaand   Totaal", "                     n           nt        eren",
     ["Maand", "Oost-Vlaandere", "Vlaams-Braba", "West-Vlaand", "Totaal"]),
    # (a word of the catalogue's programmes: ``verpleegkunde``)
    ("Opleiding   Verpleegk Logistiek   Totaal", "            unde", ["Opleiding", "Verpleegk", "Logistiek", "Totaal"]),
], ids=["two", "first-only", "three", "catalogue-word"])
def test_a_piece_under_a_word_that_is_not_the_chunks_last_cuts_the_chunk_after_it(header, pieces, want):
    assert _chunks_after_split(header + "\n" + pieces)[0] == want


@pytest.mark.parametrize("header, below", [
    # (a wrapped column name's next word under one of its words: it makes no word with it)
    ("Provincie   Gestarte cursisten   Totaal", "            per"),
    # (a blank's mark under a word: a row's cell, not a piece)
    ("Provincie   Oost-Vlaandere Limburg   Totaal", "                         x"),
    # (a piece under the chunk's last word: the cell's own, mended as before)
    ("Maand   Antwerpen Oost-Vlaandere   Totaal", "                             n"),
    # (a line of figures below: no line of pieces)
    ("Maand   Oost-Vlaandere Limburg   Totaal", "januari  n    12"),
], ids=["prose-word", "blank-mark", "last-word", "row"])
def test_a_word_below_that_is_no_piece_of_the_word_above_cuts_nothing(header, below):
    """Negative: only a line of pieces, each of which makes a word with the word above it, cuts."""
    assert len(_chunks_after_split(header + "\n" + below)[0]) == len(header.split("   "))


def test_a_table_on_its_side_with_a_name_broken_beside_a_whole_one_is_read_from_laid_out_text():
    """``pdftotext -layout`` of the table below: ``Oost-Vlaander Limburg`` one space apart, ``en``
    under the first. Before: ``Oost-Vlaander Limburgen`` one cell, the figures said unreadable."""
    text = ("OKOT's\n\nAntwoord\n\nDe tabel geeft per jaar en per provincie het aantal unieke cursisten dat startte.\n\n"
            "Jaar                  Antwerpen     Oost-Vlaander Limburg      Totaal\n"
            "                                               en\n"
            "2021                         56                85      26         160\n"
            "2022                         65                54      21         137\n"
            "2023                         46                50      25         118\n"
            "Totaal                      167               189      72         415\n"
            "\nBron: VDAB, datawarehouse.\n")
    answer = read_text(text, "laid.txt")
    cells = {(c.label, c.period, c.count) for t in answer.tables for c in t.cells}
    assert {("Oost-Vlaanderen", "2021", 85), ("Limburg", "2021", 26), ("Limburg", "Totaal", 72),
            ("Totaal", "2023", 118)} <= cells
    assert len(cells) == 16
    assert not [f for f in audit(answer).findings if f.severity == "error"]


# The ``monthrows`` answer of tests/test_redb32.py with its columns narrowed otherwise, so that
# ``pdftotext -layout`` sets other broken names one space apart: (widths, what it prints).
WIDTHS = {
    "first-two": [34, 26, 20, 28, 24, 32, 20],  # Oost-Vlaander Vlaams-Brab West-Vlaanderen / en  ant
    "three-end": [34, 26, 20, 30, 26, 24, 20],  # Oost-Vlaandere Vlaams-Braba West-Vlaand / n  nt  eren
}


@lru_cache(maxsize=None)
def _month_pdf(widths: str, planted: bool):
    from test_red30 import write_pdf
    from test_redb32 import monthrows_case

    answer, case = monthrows_case(planted)
    answer = replace(answer, grids=[replace(answer.grids[0], widths=WIDTHS[widths])])
    return answer, case, write_pdf(answer)


@pytest.mark.parametrize("form", ["pdftotext-layout", "pdf"])
@pytest.mark.parametrize("widths, planted", [("first-two", False), ("three-end", True)])
def test_a_table_on_its_side_whose_broken_names_stand_one_space_apart_reads_the_truth(widths, planted, form):
    """Every cell read right and each total checked by its meaning, from the PDF and from
    ``pdftotext -layout`` (before: its table said unreadable)."""
    from test_red30 import check_form, read_bytes, spanned_bytes

    answer, case, pdf = _month_pdf(widths, planted)
    check_form(case, planted, form, read_bytes(*spanned_bytes(answer, lambda: pdf, "monthrows", form)))


# -- rows typed each with their own even gap -------------------------------------------------


@pytest.mark.parametrize("text", [
    "Opleiding      2019      2020\nZorg   66   5\nKinderbegeleider      49      26\nTotaal     115     31\n",
    "Opleiding  2019  2020\nLogistiek      11      3\nBouw   58   2\nKinderbegeleider    36    32\nTotaal    105    37\n",
    "Opleiding     2019     2020\nLogistiek  71  10\nTotaal    71    10\n",
    "Opleiding      2019      2020      2021\nHoreca  41  64  88\nZorg      62      29      53\n"
    "Kinderbegeleider    44    72    79\nTotaal   147   165   220\n",
], ids=["six-three", "six-three-four", "two-four", "two-six-four"])
def test_rows_each_typed_with_their_own_even_gap_are_read(text):
    """Before: the table's narrowest gap read each wider one as a blank (``blanks-overflow``)."""
    answer = read_text(HEAD + text, "typed.txt")
    lines = text.splitlines()
    periods = lines[0].split()[1:]
    want = [(line.split()[0], p, int(n)) for line in lines[1:] for p, n in zip(periods, line.split()[1:])]
    assert _cells(answer) == want
    assert _unread(answer) == []
    assert [t.title for t in answer.tables] == ["Opleiding"]


def test_a_row_of_its_own_even_gap_with_a_figure_too_few_is_not_read_by_it():
    """Negative: ``Bouw    30    44`` (its own gap 4) under three periods, rows of gap 2 around it:
    a figure fewer than the columns — which is blank is not said by its gaps. Never read by its
    own gap (which would set 30 and 44 under 2019 and 2020): its reading, whatever it is, fits the
    totals, or the row is said."""
    text = HEAD + "Opleiding  2019  2020  2021\nZorg  11  20  7\nBouw    30    44\nTotaal  11  50  51\n"
    answer = read_text(text, "typed.txt")
    assert ("Bouw", "2019", 30) not in _cells(answer)
    assert {("Bouw", "2020", 30), ("Bouw", "2021", 44)} <= set(_cells(answer)) or any(
        {30, 44} <= set(numbers) for _, _, _, numbers in _unread(answer))


@st.composite
def typed_rows_each_their_gap(draw):
    """A table (its persons, their memberships, its counts: no blank cell) of two periods or more,
    each row typed with a gap of its own (2-7 spaces), two gaps at least among them, under a
    header typed with a gap of 2-7 spaces."""
    ch = DrawChooser(draw)
    pool = [("", name) for name in ch.subset(SHORT_NAMES, 0, 4)] + random_programmes(ch, ch.integer(0, 2))
    pool = pool or [("", "Bouw")]
    periods = draw_periods(ch, 4, ch.choice(("year", "school", "month")))
    if len(periods) < 2:
        periods = [*periods, next_period(periods[-1])]
    table = draw_table(ch, "started", pool, YEAR_SHAPE, periods, most_rows=6, blank_percent=0)
    rows = len(table.rows()) + 1
    gaps = [ch.integer(2, 7) for _ in range(rows)]
    if len(set(gaps)) < 2:
        gaps[ch.integer(0, rows - 1)] = gaps[0] + ch.integer(1, 3)
    word = ch.choice(("Opleiding", "Programma", "Provincie"))
    lines = typed_with_gaps(table, gaps[0], word, thousands=ch.chance(50), header_gap=ch.integer(2, 7), row_gaps=gaps)
    return table, lines, word


@settings(max_examples=40, deadline=None)
@given(typed_rows_each_their_gap())
def test_every_table_whose_rows_are_typed_each_with_their_own_gap_is_read_whole(case):
    note("\n".join(case[1]))
    assert_read_whole(*case)


# -- a table of one period typed under a header of its own gap -------------------------------


@pytest.mark.parametrize("text", [
    "Opleiding  2015\nHoreca    1\nTotaal    1\n",  # (its figures wholly left of the label)
    "Opleiding  2015\nKinderbegeleider  12\nTotaal    12\n",  # (left and right of it)
    "Opleiding     2019\nKinderbegeleider  84\nSchoonmaak  36\nTotaal      120\n",  # (under it, lined up in no way)
    "Provincie   2022\nAntwerpen     431\nOost-Vlaanderen     402\nLimburg   203\nTotaal     1.036\n",
], ids=["left", "beside", "astray", "provinces"])
def test_a_table_of_one_period_typed_under_a_header_of_its_own_gap_is_typed(text):
    """Before: read as laid out, the table titled with the prose line above the blank line."""
    lines = text.splitlines()
    assert not laid_out(lines)
    answer = read_text(HEAD + text, "typed.txt")
    period = lines[0].split()[-1]
    assert _cells(answer) == [(" ".join(line.split()[:-1]), period, int(line.split()[-1].replace(".", "")))
                              for line in lines[1:]]
    assert _unread(answer) == []
    assert [t.title for t in answer.tables] == [lines[0].split()[0]]


@pytest.mark.parametrize("text", [
    # (pdftotext -layout: figures right-aligned under the label)
    "Opleiding                 2019\nBouw                        56\nKinderbegeleider           123\nTotaal                     179\n",
    # (centred under it)
    "Opleiding                 2019\nBouw                       56\nKinderbegeleider          123\nTotaal                     179\n",
], ids=["right-aligned", "centred"])
def test_a_laid_out_table_of_one_period_is_not_taken_for_typed(text):
    """Negative: figures that stand under the period's label, lined up, are laid out (or nothing
    says they are not): the layout reads them, every cell right."""
    lines = text.splitlines()
    assert not layout._typed_under_headers(lines, [k for k in range(1, len(lines))])
    answer = read_text(HEAD + text, "laid.txt")
    assert _cells(answer) == [(" ".join(line.split()[:-1]), "2019", int(line.split()[-1])) for line in lines[1:]]
    assert _unread(answer) == []


def test_one_figure_rows_under_a_header_of_two_periods_are_not_typed():
    """Negative: a row of one figure under two periods has a cell too few: not typed."""
    lines = ["Opleiding  2019  2020", "Bouw   30", "Zorg   11", "Totaal   41"]
    assert not layout._typed_under_headers(lines, [0, 1, 2, 3])
