"""Numbers placed under the period column they stand under (okot_audit.parse.columns)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okot_audit.parse.columns import aligned, column_spans, edge_columns, figure_spans, place_by_edges, place_by_position

def under(label: str, values: list[str | None], align: str = "right", width: int = 10) -> str:
    """A line laid out like HEADER: label, then each value in its 10-character column."""
    line = label.ljust(44)
    for value in values:
        cell = value or ""
        line += cell.rjust(width) if align == "right" else cell.ljust(width) if align == "left" else cell.center(width)
    return line.rstrip()


HEADER = under("Unieke cursisten met gestarte OKOT'(s)", ["2018", "2019", "2020", "2021"])
COLUMNS = column_spans(HEADER, ["2018", "2019", "2020", "2021"])


def test_column_spans_are_the_period_labels():
    assert COLUMNS == [(50, 54), (60, 64), (70, 74), (80, 84)]
    assert [HEADER[a:b] for a, b in COLUMNS] == ["2018", "2019", "2020", "2021"]


def test_column_spans_keep_footnote_stars_and_school_years():
    line = "Opleiding   2019-2020   2020-2021   2021-2022*   Totaal"
    spans = column_spans(line, ["2019-2020", "2020-2021", "2021-2022*", "Totaal"])
    assert [line[a:b] for a, b in spans] == ["2019-2020", "2020-2021", "2021-2022*", "Totaal"]
    assert column_spans(line, ["2018"]) is None


def test_a_full_row_reads_in_order():
    placement = place_by_position(under("908001: Educatieve bachelor kleuteronderwijs", ["50", "71", "138", "102"]), COLUMNS)
    assert placement is not None
    assert placement.values == (50, 71, 138, 102)
    assert placement.label == "908001: Educatieve bachelor kleuteronderwijs"
    assert placement.exact and placement.rank == 0


@pytest.mark.parametrize("align", ["right", "left", "centre"])
def test_blank_columns_are_known_from_position(align):
    columns = column_spans(under("Opleiding", ["2018", "2019", "2020", "2021"], align), ["2018", "2019", "2020", "2021"])
    line = under("908017: Educatieve graduaatsopleiding", [None, "27", "52", None], align)
    placement = place_by_position(line, columns)
    assert placement is not None
    assert placement.values == (None, 27, 52, None)
    assert placement.label == "908017: Educatieve graduaatsopleiding"


def test_only_the_last_column_filled():
    placement = place_by_position(under("908020: Verkorte educatieve master", [None, None, None, "79"]), COLUMNS)
    assert placement.values == (None, None, None, 79)


def test_label_digits_left_of_the_first_column_stay_label():
    line = under("908026: individueel traject - modules 1- 4", [None, "12", None, "3"])
    placement = place_by_position(line, COLUMNS)
    assert placement is not None
    assert placement.label == "908026: individueel traject - modules 1- 4"
    assert placement.values == (None, 12, None, 3)


def test_dutch_thousands():
    placement = place_by_position(under("Totaal", ["439", "834", "1.472", "1.480"]), COLUMNS)
    assert placement.values == (439, 834, 1472, 1480)
    assert placement.label == "Totaal"


def test_a_full_row_settles_a_figure_between_two_columns_by_order():
    """Found by the round trip over generated PDFs (pdftotext -layout): the row's fifth figure
    stands nearer the sixth column's label, but six figures fill six columns in order."""
    header = "Unieke cursisten".ljust(94) + "2016                2017                2018                2019                2020              2021"
    labels = ["2016", "2017", "2018", "2019", "2020", "2021"]
    line = "582911: traject".ljust(97) + "58              1.157                   23                   48                         1         3"
    placement = place_by_position(line, column_spans(header, labels))
    assert placement is not None
    assert placement.values == (58, 1157, 23, 48, 1, 3)
    # One figure there alone is still refused: nothing settles which of the two it is under.
    assert place_by_position("Totaal".ljust(184) + "10", column_spans(header, labels)) is None


def test_figure_spans_are_the_columns_of_the_full_rows():
    rows = ["824895: label".ljust(56) + "54    11    23", "Totaal".ljust(55) + "121   139    90", "other 7  8"]
    assert figure_spans(rows, 3) == [(55, 58), (61, 64), (68, 70)]
    assert figure_spans(["a 1 2", "b 3"], 2) is None  # single spaces: not cells of layout text
    assert figure_spans(["label   10   20", "label   10        20"], 2) == [(8, 10), (13, 20)]
    assert figure_spans(["x   10   20", "x          10   20"], 2) is None  # the rows disagree


def test_a_number_between_two_columns_is_refused():
    line = "Totaal".ljust(56) + "12"  # 56-57: between 2018 (50-54) and 2019 (60-64)
    assert place_by_position(line, COLUMNS) is None


def test_a_number_right_of_the_last_column_is_refused():
    line = under("Totaal", ["1", "2", "3", "4"]) + "          9"
    assert place_by_position(line, COLUMNS) is None


def test_two_numbers_under_one_column_are_refused():
    line = "Totaal".ljust(48) + "1 2"  # both under 2018
    assert place_by_position(line, COLUMNS) is None


def test_label_text_reaching_under_the_columns_is_refused():
    line = "908001: a label so long that it runs under the first column   71       138       102"
    assert place_by_position(line, COLUMNS) is None


def test_lines_without_numbers_or_columns():
    assert place_by_position("Antwerpen", COLUMNS) is None
    assert place_by_position("Totaal 1 2", []) is None


def test_aligned_tells_layout_text_from_single_spaced_text():
    layout = [HEADER, under("908001: a", ["50", "71", "138", "102"]), under("908017: b", [None, "27", "52", "73"]),
              under("Totaal", ["439", "834", "1.472", "1.480"])]
    assert aligned(layout[1:], COLUMNS)
    flat_header = "Unieke cursisten met gestarte OKOT'(s) 2018 2019 2020 2021"
    flat = ["908001: a 50 71 138 102", "908017: b 27 52 73", "Totaal 439 834 1.472 1.480"]
    assert not aligned(flat, column_spans(flat_header, ["2018", "2019", "2020", "2021"]))
    assert not aligned([], COLUMNS)


@given(
    values=st.lists(st.one_of(st.none(), st.integers(0, 99_999)), min_size=1, max_size=7),
    width=st.integers(8, 14),  # a cell is wider than its widest figure (99.999) plus a space
    aligns=st.sampled_from([("right", "right"), ("centre", "right"), ("centre", "centre"), ("left", "left")]),
    label_digits=st.booleans(),
)
def test_any_row_laid_out_in_columns_reads_back(values, width, aligns, label_digits):
    """Constructive: a header of n period labels and a row whose numbers stand in those columns
    (header and figures aligned alike, or centred header over right-aligned figures, as tables
    print them) reads back exactly, blanks included."""
    header_align, align = aligns
    periods = [str(2010 + i) for i in range(len(values))]
    label = "908001: Educatieve bachelor" + (" - modules 1- 4" if label_digits else "")
    header = "Opleiding".ljust(len(label) + 4) + "".join(
        p.rjust(width) if header_align == "right" else p.ljust(width) if header_align == "left" else p.center(width)
        for p in periods
    )
    columns = column_spans(header, periods)

    def fmt(v: int) -> str:
        return f"{v:,}".replace(",", ".")

    line = label.ljust(len(label) + 4)
    for v in values:
        cell = fmt(v) if v is not None else ""
        line += cell.rjust(width) if align == "right" else cell.ljust(width) if align == "left" else cell.center(width)
    placement = place_by_position(line, columns)
    if all(v is None for v in values):
        assert placement is None
        return
    assert placement is not None, (header, line)
    assert placement.values == tuple(values)
    assert placement.label == label


# --- Tight columns: figures right-aligned one space apart, read by their right edges ------------

#: Where the figures of each column of :data:`TIGHT` end (right-aligned).
EDGES = (45, 51, 55, 61)


def tight(label: str, cells: list[str], shift: tuple[int, ...] = ()) -> str:
    """A line of a tight table: the label, then each cell ending at its column's edge (`shift`:
    characters left of it, per cell)."""
    line = label
    for j, (cell, edge) in enumerate(zip(cells, EDGES)):
        end = edge - (shift[j] if j < len(shift) else 0)
        line = line.ljust(end - len(cell)) + cell if cell else line
    return line


TIGHT = [
    "Opleiding".ljust(41) + "2020 2021 2022 Totaal",
    tight("908001: Educatieve bachelor - 1ste jaar", ["118", "1.220", "131", "1.468"]),
    tight("908017: Educatieve graduaatsopleiding", ["90", "52", "95", "236"], (0, 1, 1, 0)),  # (the grid's jitter)
    tight("908020: Verkorte educatieve master", ["1.150", "80", "75", "1.304"]),
    tight("Totaal", ["1.369", "1.389", "328", "3.066"]),
]
TIGHT_COLUMNS = column_spans(TIGHT[0], ["2020", "2021", "2022", "Totaal"])


def test_tight_columns_are_where_the_figures_right_edges_line_up():
    assert TIGHT[1] == "908001: Educatieve bachelor - 1ste jaar   118 1.220 131 1.468"
    assert not aligned(TIGHT[1:], TIGHT_COLUMNS)  # one space apart and no blank: not by the header's labels
    columns = edge_columns(TIGHT[1:], TIGHT_COLUMNS)
    assert columns is not None
    assert columns.edges == [(45, 45), (50, 51), (54, 55), (61, 61)]
    readings = [place_by_position(line, columns) for line in TIGHT[1:]]
    assert [(r.label, r.values) for r in readings] == [
        ("908001: Educatieve bachelor - 1ste jaar", (118, 1220, 131, 1468)),
        ("908017: Educatieve graduaatsopleiding", (90, 52, 95, 236)),
        ("908020: Verkorte educatieve master", (1150, 80, 75, 1304)),
        ("Totaal", (1369, 1389, 328, 3066)),
    ]


def test_a_line_not_set_at_the_edges_is_not_read_by_them():
    columns = edge_columns(TIGHT[1:], TIGHT_COLUMNS)
    assert columns is not None
    assert place_by_edges("908031: Educatieve bachelor secundair 14 40 30 83", columns) is None  # one space after its label
    assert place_by_edges(tight("908031: Educatieve", ["14", "40", "30", "83"], (0, 0, 2)), columns) is None  # 30 off the edges
    assert place_by_edges(tight("908031: Educatieve - module 5", ["", "40", "30", "83"]), columns) is None  # the label's 5?
    assert place_by_edges(tight("908031: Educatieve", ["14", "", "30", "83"]), columns).values == (14, None, 30, 83)


def test_lines_that_do_not_agree_make_no_tight_columns():
    shifted = [*TIGHT[1:3], tight("908020: Verkorte", ["1.150", "80", "75", "1.304"], (0, 1, 1)), TIGHT[4]]
    assert edge_columns(shifted, TIGHT_COLUMNS) is not None  # (a character's stray: the grid's jitter)
    apart = [*TIGHT[1:3], tight("908020: Verkorte", ["1.150", "80", "75", "1.304"], (0, 3, 3)), TIGHT[4]]
    assert edge_columns(apart, TIGHT_COLUMNS) is None  # three characters: no column's figures
    assert edge_columns(TIGHT[1:2], TIGHT_COLUMNS) is None  # one line establishes nothing
    flat = ["908001: a 118 1.220 131 1.468", "908017: b 90 52 95 236", "Totaal 1.369 1.389 328 3.066"]
    assert edge_columns(flat, TIGHT_COLUMNS) is None  # single-spaced text: no label set off


@given(
    table=st.integers(2, 5).flatmap(lambda n: st.lists(
        st.lists(st.one_of(st.none(), st.integers(0, 99_999)), min_size=n, max_size=n), min_size=2, max_size=6)),
    labels=st.lists(st.integers(4, 40), min_size=6, max_size=6),
)
def test_any_tight_right_aligned_table_reads_back_by_its_edges(table, labels):
    """A table whose columns are as wide as their widest figure or label plus one space, its
    figures right-aligned: every line reads back exactly, blanks where no figure stands."""
    from hypothesis import assume

    n = len(table[0])
    assume(any(None not in row for row in table))
    assume(sum(any(v is not None for v in row) for row in table) >= 2)
    assume(all(any(row[j] is not None for row in table) for j in range(n)))
    periods = [str(2018 + j) for j in range(n)]
    printed = [[f"{v:,}".replace(",", ".") if v is not None else "" for v in row] for row in table]
    widths = [max(len(periods[j]), *(len(row[j]) for row in printed)) + 1 for j in range(n)]
    names = [f"row {'x' * width}" for width in labels[: len(table)]]
    left = max(len(name) for name in names) + 2
    lines = ["Opleiding".ljust(left) + "".join(p.rjust(w) for p, w in zip(periods, widths))]
    lines += [name.ljust(left) + "".join(c.rjust(w) for c, w in zip(row, widths)) for name, row in zip(names, printed)]
    columns = edge_columns([line.rstrip() for line in lines[1:]], column_spans(lines[0], periods))
    assert columns is not None
    for name, row, line in zip(names, table, lines[1:]):
        placed = place_by_position(line.rstrip(), columns)
        if all(v is None for v in row):
            assert placed is None  # (no figure: a line of the label's words)
        else:
            assert placed is not None and (placed.label, placed.values) == (name, tuple(row))
