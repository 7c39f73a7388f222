"""One figure per line, judged per table: a table set back into rows is read though another stays scattered.

Plain ``pdftotext`` (no ``-layout``) prints every cell a paragraph; read/paragraphs.py sets a
table back into rows where its paragraphs come in the rows' order, and leaves the others as
printed. Whether a table is printed one figure per line (``one-figure-per-line``) is a property
of its own lines — the block of lines between the prose above and below it — not of the whole
answer (parse/unread.py :class:`Scattered`): a table set back is read, a table left scattered is
an ``unreadable-table`` error whose span runs to its last figure (its last row's last figure
too, where the row was set back: :meth:`okot_audit.source.Source.last_line`).

The property builds answers of two or three year tables from persons (tests/generate): some
full, of two periods or more (pdftotext prints them in the rows' order: set back), some with
blank cells (printed out of order: left scattered), drawn as a PDF in a random style and read
from its plain ``pdftotext`` text.
"""

from __future__ import annotations

import shutil

import pytest
from hypothesis import Phase, given, note, settings
from hypothesis import strategies as st

from generate.choices import DrawChooser
from generate.extract import extract
from generate.model import MEASURES, AnswerModel, draw_periods, draw_year_table
from generate.pdf import document_from_model, draw_style, write_pdf
from generate.render import format_count
from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes
from strategies import sector_pools
from test_account31 import SCATTERED, SET_BACK, _labels, _paragraphs, _plain, lost_figures
from test_shapes_forms import _unhyphened, got_cells, want_cells

NEEDS_POPPLER = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
FAST = (Phase.explicit, Phase.reuse, Phase.generate)

SET_BACK_CELLS = [(16, "908001", 50), (16, "908001", 71), (23, "908002", 38), (23, "908002", 47), (29, None, 88),
                  (29, None, 118)]


def _cells(answer) -> list[tuple]:
    return [(c.line, c.code, c.count) for t in answer.tables for c in t.cells]


def _spans(answer) -> list[tuple]:
    return [(i.reason, i.line, i.other_line) for i in answer.issues if i.kind == "unreadable-table"]


def test_a_scattered_table_above_does_not_refuse_the_table_set_back_below():
    """The order reversed: the scattered table first, the table set back second (its lines
    shift by the first's 24): read; before, both were refused (judged once over the text)."""
    answer = read_text(_plain(SCATTERED, SET_BACK), "plain.txt")
    assert _cells(answer) == [(line + 24, code, count) for line, code, count in SET_BACK_CELLS]
    assert _spans(answer) == [("one-figure-per-line", 11, 27)]


def test_three_tables_each_judged_by_its_own_lines():
    """Set back, scattered, set back: both tables set back are read, the scattered one said."""
    answer = read_text(_plain(SET_BACK, SCATTERED, SET_BACK), "plain.txt")
    assert len(answer.tables) == 2 and len(_cells(answer)) == 12
    assert _spans(answer) == [("one-figure-per-line", 39, 55)]


def test_a_scattered_table_alone_is_said_to_its_last_figure():
    """Alone, the scattered table's region ends at its total's first figure (``Totaal`` /
    ``150``); its last (``45``, line 27) stood after the span (lines 11–25) and in no finding.
    The span now runs over the figures alone that follow the region (parse/unread.py
    :func:`figures_below`) and lists them."""
    answer = read_text(_plain(SCATTERED), "plain.txt")
    (issue,) = answer.issues
    assert (issue.reason, issue.line, issue.other_line) == ("one-figure-per-line", 11, 27)
    assert issue.numbers[-2:] == (150, 45)
    (finding,) = audit(answer).findings
    assert "lines 11–27" in finding.message


def test_a_table_set_back_but_refused_is_said_to_its_last_rows_last_figure():
    """No prose between a scattered table and a table set back below it: one block of lines,
    judged scattered — the table set back is refused with it (loud, never read wrong), one
    record for both. The span's end is the total's last figure (``118``, line 53), not the line
    its set-back row is reported at (line 51, its first figure's: before, ``118`` stood after the
    span)."""
    other = SCATTERED.replace("2021", "2019").replace("2022", "2020")
    text = "OKOT's - Onderwijssector\n\nAntwoord\n\n1. Het aantal gestarte unieke cursisten per opleiding.\n\n" + \
        _paragraphs(other, SET_BACK) + "\n"
    assert text.split("\n")[50:53] == ["88", "", "118"]
    answer = read_text(text, "plain.txt")
    assert answer.tables == []
    assert _spans(answer) == [("one-figure-per-line", 11, 53)]
    assert answer.issues[0].numbers[-2:] == (88, 118)


def test_a_footnote_run_into_the_next_item_ends_the_table_set_back():
    """pdftotext runs a table's footnote into the next item's sentence and caption (one
    paragraph, no blank line between) and prints the next table's periods below them: that
    paragraph is prose, not a row's label, and the periods are the next table's header — the
    table above ends there and is set back (read/paragraphs.py), where before the periods read as
    figures after prose and left it scattered."""
    first = _paragraphs("Opleiding", "2021", "2022*", "908001: Educatieve bachelor voor\nkleuteronderwijs - 1ste jaar",
                        "50", "71", "908002: Educatieve bachelor voor\nkleuteronderwijs - 2de jaar", "38", "47", "Totaal",
                        "88", "118")
    text = ("OKOT's - Onderwijssector\n\nAntwoord\n\n1. Het aantal gestarte unieke cursisten per opleiding.\n\n" + first
            + "\n\n*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.\n"
            "2. Het aantal geslaagde unieke cursisten per opleiding.\nOpleiding\n\n"
            + _paragraphs("2021", "2022", "908003: Educatieve bachelor voor\nkleuteronderwijs - 3de jaar", "12", "14",
                          "Totaal", "12", "14") + "\n")
    answer = read_text(text, "plain.txt")
    assert answer.issues == []
    assert [(t.measure, [(c.code, c.period, c.count) for c in t.cells]) for t in answer.tables] == [
        ("started", [("908001", "2021", 50), ("908001", "2022", 71), ("908002", "2021", 38), ("908002", "2022", 47),
                     (None, "2021", 88), (None, "2022", 118)]),
        ("graduated", [("908003", "2021", 12), ("908003", "2022", 14), (None, "2021", 12), (None, "2022", 14)]),
    ]


def _set_back(source, table) -> bool:
    """Whether every row of `table` (a model's) stands on one line of `source` with its figures:
    read/paragraphs.py set the table back into rows."""
    lines = [" ".join(line.split()) for line in source.lines]
    for row in table.rows():
        figures = " ".join(format_count(row.counts[p], False) for p in table.columns)
        if not any(line.startswith(f"{row.code}:") and line.endswith(" " + figures) for line in lines):
            return False
    return True


@NEEDS_POPPLER
@settings(max_examples=12, deadline=None, phases=FAST)
@given(data=st.data())
def test_tables_set_back_and_tables_scattered_in_one_answer(data):
    """Two or three tables, some full (set back into rows), some with blank cells (left one
    figure per line), in plain ``pdftotext``: every figure is a cell or in a finding whose span
    holds its line; no cell is read wrong; every table set back is read, whole."""
    ch = DrawChooser(data.draw)
    pools = sector_pools("onderwijs")
    measures = ch.subset(MEASURES, 2, 3)
    full = [True, False, ch.chance(50)][:len(measures)]
    if ch.chance(50):  # (the scattered one first as often)
        full = full[::-1]
    tables = [
        draw_year_table(ch, measure, ch.subset(pools[measure], 2, 5),
                        periods=draw_periods(ch, least=2) if whole else None, blank_percent=0 if whole else 60)
        for measure, whole in zip(measures, full)
    ]
    model = AnswerModel("onderwijs", tables, (12, 3, "maart", 2022), thousands=False)
    document = document_from_model(model)
    text = extract(write_pdf(document, draw_style(ch)), "pdftotext")
    note(text)
    source = source_from_bytes(text.encode("utf-8"), "plain.txt")
    answer = parse_answer(source)
    note(repr(answer.issues))
    lines = text.split("\n")
    assert lost_figures(lines, lambda n: n, answer, _labels(document), text.count("\f") + 1, spans=True) == []
    got = _unhyphened(got_cells(answer))
    assert got <= _unhyphened(want_cells(model)), sorted(got - _unhyphened(want_cells(model)), key=repr)[:4]
    for table in tables:
        if _set_back(source, table):
            alone = AnswerModel("onderwijs", [table], model.question, thousands=False)
            assert _unhyphened(want_cells(alone)) <= got, f"table {table.measure} set back but not read"
