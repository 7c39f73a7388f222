"""The names a table prints under each of its periods, wrapped over lines of their own.

A two-row header prints the periods on its first line, each spanning the columns of what it
counts, and those columns' names below (``2021`` over ``Inschrijvingen`` and ``Unieke
cursisten``, again under ``2022``). In a narrow column a name wraps in its cell
(``Unieke`` / ``cursisten``), and text laid out with spaces (``pdftotext -layout``) sets every
line of the page as apart from the next as any other: the lines of names stand as close to
the periods' line as to each other, and two cells' words stand one space apart where the
columns are tight (``Unieke Inschrijvingen``: the end of one period's last name and the next
period's first).

:func:`mark_names_under_periods` finds such names under a line of periods on a page's visual
lines: the lines right below it that hold words alone (no figure, no row's start), standing
right of the header's first cell, joined by column — each line's pieces that overlap one cell,
read top to bottom, any number of lines — into one name per column, where the names make the
same block under every period (two names or more each). Words one space apart that stand over
two columns of the table's figures are two cells (:func:`_split_at_figure_columns`). The first
of those lines is then marked :attr:`~okot_audit.read.pdf._Line.names_under` (with how many they
are): they make a row of their own (the header's second row), which the table reader reads as
the names under each period (:func:`okot_audit.parse.subcolumns.names_below`). Names that do not repeat so leave the
lines as they were.
"""

from __future__ import annotations

import re

from okot_audit.patterns import GRAND_TOTAL_WORDS, PLAIN_TOTAL_WORDS
from okot_audit.read.pdf import (
    _CODE_START, _PERIOD_LABEL, _ROW_START, _cells, _Chunk, _columns_near, _Columns, _counts, _Line, _Word,
)

#: The most lines a column's name wraps over below the periods.
MAX_NAME_LINES = 4
#: A total column's word after the periods (``Opleiding  2021  2022  Totaal``): the names stand
#: under it as under each period (the total of each over the periods).
_TOTAL_WORD = re.compile("(?:" + "|".join(re.escape(w) for w in (*PLAIN_TOTAL_WORDS, *GRAND_TOTAL_WORDS) if " " not in w)
                         + r")\**", re.I)


def mark_names_under_periods(lines: list[_Line]) -> None:
    """Mark, in place, each run of lines of a page that names the columns under each period of
    the line of periods above it (see the module documentation), its glued cells split."""
    for at, line in enumerate(lines[:-1]):
        if len(line.chunks) < 2 or sum(1 for c in line.chunks if c.figure) < 2:
            continue  # (a cheap look first: a line of two periods at least)
        below = lines[at + 1]
        if any(c.figure for c in below.chunks) or not _periods_line(line):
            continue
        run = _names_run(lines, at)
        if not run:
            continue
        chunks = _names_of(lines, at, run, _corner(line, run[0]))
        if chunks is None:
            continue
        for member, pieces in zip(run, chunks):
            member.chunks = pieces
        run[0].names_under = len(run)


def _periods_line(line: _Line) -> bool:
    """Whether `line` is a header's line of periods: two or more, no count, before them at
    most one cell of words (the header's first: ``Opleiding``), after them perhaps a total
    column's word (``Totaal``: :data:`_TOTAL_WORD`)."""
    periods = [c for c in line.chunks if _PERIOD_LABEL.match(c.text)]
    if len(periods) < 2 or _counts(line):
        return False
    chunks = line.chunks[:-1] if _TOTAL_WORD.fullmatch(line.chunks[-1].text) else line.chunks
    return all(c.figure for c in chunks[1:])


def _heads(line: _Line) -> int:
    """How many columns of `line`, a line of periods, the names stand under: its periods and a
    total column's word."""
    return sum(1 for c in line.chunks if _PERIOD_LABEL.match(c.text) or _TOTAL_WORD.fullmatch(c.text))


def _corner(header: _Line, line: _Line) -> bool:
    """Whether the first cell of `line`, the first line under the line of periods `header`, is
    the header's first cell (``Opleiding``) set on the names' line (a header's row whose cells
    stand at its bottom): the periods' line opens with a period, and that cell — words, no row's
    start — stands left of the periods' columns, alone."""
    if not header.chunks[0].figure or len(line.chunks) < 2:
        return False
    first = line.chunks[0]
    return (not first.figure and first.x1 < header.chunks[0].x0 - header.size and first.x1 < line.chunks[1].x0
            and not _ROW_START.match(first.text) and not _CODE_START.match(first.text))


def _names_run(lines: list[_Line], at: int) -> list[_Line]:
    """The lines right below the line of periods ``lines[at]`` that may name its columns: words
    alone (no figure, no period, no row's start), each line as close to the one above as a
    line's height, all of them right of the header's first cell (on the periods' line, or on the
    first of these: :func:`_corner`); at most :data:`MAX_NAME_LINES`."""
    header = lines[at]
    left = header.chunks[0].x1 if not header.chunks[0].figure else header.chunks[0].x0 - header.size
    run: list[_Line] = []
    above = header
    for line in lines[at + 1: at + 1 + MAX_NAME_LINES]:
        if line.top - above.bottom > above.size or any(c.figure for c in line.chunks):
            break
        first = line.chunks[0]
        if not run and _corner(header, line):  # (the header's first cell on the names' line: the names right of it)
            left, first = first.x1, line.chunks[1]
        if first.x0 <= left or _ROW_START.match(first.text) or _CODE_START.match(first.text) or any(
                _PERIOD_LABEL.match(w.text) for w in line.words):
            break
        run.append(line)
        above = line
    return run


def _names_of(lines: list[_Line], at: int, run: list[_Line], corner: bool = False) -> list[list[_Chunk]] | None:
    """Each line of `run`'s chunks where, joined by column, they name the same block of columns
    under every period of ``lines[at]`` — as found, or with a chunk's words that stand over two
    columns of the table's figures split (:func:`_split_at_figure_columns`); else None.
    `corner`: the first line of `run` opens with the header's first cell (:func:`_corner`), no
    name, kept as it stands."""
    header = lines[at]
    as_found = [list(line.chunks) for line in run]
    if any(len(c.words) > 1 for line in run for c in line.chunks[corner:]):
        columns = _columns_near(lines, at)
        split = [line.chunks[:corner and not k] + [piece for c in line.chunks[corner and not k:]
                                                   for piece in _split_at_figure_columns(c, columns)]
                 for k, line in enumerate(run)]
        if split != as_found and _repeated(header, [_Line(line.page, line.words, pieces) for line, pieces in zip(run, split)], corner):
            return split
    return as_found if _repeated(header, run, corner) else None


def _repeated(header: _Line, run: list[_Line], corner: bool = False) -> bool:
    """Whether the cells of `run` (its chunks joined by column, read top to bottom; the first
    line's first aside where it is the header's `corner`) are one block of two names or more,
    repeated under each period of `header` (and its total column's word)."""
    if corner:
        run = [_Line(run[0].page, [w for c in run[0].chunks[1:] for w in c.words], run[0].chunks[1:]), *run[1:]]
    names = [" ".join(cell.text.split()).casefold() for cell in _cells(run)]
    n = _heads(header)
    if n < 2 or len(names) % n or len(names) // n < 2:
        return False
    size = len(names) // n
    return all(names[k * size:(k + 1) * size] == names[:size] for k in range(1, n))


def _split_at_figure_columns(chunk: _Chunk, columns: _Columns) -> list[_Chunk]:
    """`chunk` cut between two words (one space apart: a tight table) that stand each over
    another column of the table's figures (a word over one column only: its span overlaps that
    column's figures and no other's; a word over none goes with the words before it), or
    ``[chunk]`` where it stands over one column, or a word over two."""
    if len(chunk.words) < 2:
        return [chunk]
    pieces: list[list[_Word]] = [[]]
    column: int | None = None
    for word in chunk.words:
        hits = [k for k, (lo, hi) in enumerate(columns.bounds) if word.x0 < hi and word.x1 > lo]
        if len(hits) > 1:
            return [chunk]
        hit = hits[0] if hits else None
        if hit is not None and column is not None and hit != column:
            pieces.append([])
            column = None
        if column is None:
            column = hit
        pieces[-1].append(word)
    return [_Chunk(words) for words in pieces]
