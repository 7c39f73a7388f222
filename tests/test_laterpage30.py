"""A later page's columns weighed once (weigh30): the page's own header and its rows that fill
every column, the two evidences of where a later page's figures go on ``pdftotext -layout``'s
own grid, are weighed together by read/pdf.py ``_placed_by_page``. A placement that puts two of a
row's figures in one column is none; two placements that place a figure otherwise are a tie, and
the page's rows are said. Before, the header's placement was asked first and taken whenever it
placed every figure under one label — even two figures of one row under one label."""

from __future__ import annotations

from okot_audit.read.pdf import _Cell, _column_edges, _page_columns


def _cell(text: str, x1: float) -> _Cell:
    return _Cell(x1 - len(text), x1, [text])


def _row(page: int, label: str, *figures: tuple[str, float]) -> tuple[int, list[_Cell]]:
    return page, [_Cell(0.0, float(len(label)), [label]), *(_cell(text, x1) for text, x1 in figures)]


#: Page 1: the header's years end at 64, 77 and 90, the figures under them. Page 2 repeats the
#: header on its own grid (its years end at 60, 71 and 80); its figures end at four places (58.5,
#: 61.5, 70, 80): the header puts the first two under its 2021 — the full row ``A``'s 12 and 3
#: both, one column for two of its figures; the full rows put the second and third under 2022 —
#: row ``C``'s 5 and 6 both. Each placement reads a row with two figures in one year: neither
#: holds, and the page's rows are said.
PAGES = [
    _row(0, "Opleiding", ("2021", 64.0), ("2022", 77.0), ("2023", 90.0)),
    _row(0, "900611: Verpleegkunde", ("26", 64.0), ("60", 77.0), ("209", 90.0)),
    _row(0, "900612: Zorgkundige", ("70", 64.0), ("3", 77.0), ("56", 90.0)),
    _row(1, "Opleiding", ("2021", 60.0), ("2022", 71.0), ("2023", 80.0)),
    _row(1, "900613: A", ("12", 58.5), ("3", 61.5), ("8", 80.0)),
    _row(1, "900614: B", ("20", 58.5), ("31", 70.0), ("9", 80.0)),
    _row(1, "900615: C", ("5", 61.5), ("6", 70.0)),
]


def test_a_later_page_whose_header_and_full_rows_each_put_two_of_a_rows_figures_in_one_column_is_said():
    rows = [(page, [_Cell(c.x0, c.x1, list(c.parts)) for c in cells]) for page, cells in PAGES]
    unplaced: list[int] = []
    _page_columns(rows, _column_edges(rows, True), unplaced)
    assert sorted(unplaced) == [4, 5, 6]
    # (left where they stand: no placement taken)
    assert [c.x1 for c in rows[4][1][1:]] == [58.5, 61.5, 80.0]


#: Page 2 without its header: its figures end at four places (58, 63, 70, 80) and its full rows
#: ``A`` and ``B`` put the second and third under 2022 — row ``C``'s 5 and 6 both, two of its
#: figures in one year: the full rows' placement is none, and the page's rows are said.
PAGES_NO_HEADER = [
    _row(0, "Opleiding", ("2021", 64.0), ("2022", 77.0), ("2023", 90.0)),
    _row(0, "900611: Verpleegkunde", ("26", 64.0), ("60", 77.0), ("209", 90.0)),
    _row(0, "900612: Zorgkundige", ("70", 64.0), ("3", 77.0), ("56", 90.0)),
    _row(1, "900613: A", ("12", 58.0), ("3", 63.0), ("8", 80.0)),
    _row(1, "900614: B", ("20", 58.0), ("31", 70.0), ("9", 80.0)),
    _row(1, "900615: C", ("5", 63.0), ("6", 70.0)),
]


def test_a_later_page_whose_full_rows_put_two_of_a_rows_figures_in_one_column_is_said():
    rows = [(page, [_Cell(c.x0, c.x1, list(c.parts)) for c in cells]) for page, cells in PAGES_NO_HEADER]
    unplaced: list[int] = []
    _page_columns(rows, _column_edges(rows, True), unplaced)
    assert sorted(unplaced) == [3, 4, 5]
    assert [c.x1 for c in rows[5][1][1:]] == [63.0, 70.0]
