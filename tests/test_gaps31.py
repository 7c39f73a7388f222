"""Tables typed by hand with even wide gaps: every cell — the header's word and periods, each
row's name and counts, the total's — the same two to six spaces after the one before it, as a
person types a table with spaces in an e-mail or a Word answer, nothing aligned in columns.

Where every line parts its cells by one same gap (no line marks a blank by a wider one), the
gaps part cells: they mark no blanks (the seeds' form marks a blank by two spaces among
single-spaced cells; such text has no contrast), and where a figure stands on its line says
nothing of its column — the length of the name before it sets it. Before, the name decided the
reading (``Bouw``, ``Logistiek``, ``Horeca`` in one place gave three readings): text whose
figures fell under a period's wide label by chance was read as laid out in the page's columns
(read/layout.py), its first row joined to the header — a row's figures neither cells nor in any
finding, or a table of two rows read as no table at all with no finding (a silent pass) — or
the rows' figures kept their places under the header (parse ``_cells_one_space_apart``), a row
refused as "wide spaces … read as blank cells"; a table of one row was refused the same way.
"""

from __future__ import annotations

from hypothesis import given, note, settings
from hypothesis import strategies as st
import pytest

from generate.choices import DrawChooser
from generate.model import YEAR_SHAPE, draw_periods, draw_table, printed_period, random_programmes
from generate.render import typed_with_gaps
from okot_audit import read_text
from okot_audit.read.layout import laid_out

HEAD = "Antwoord op vraag over OKOT bij VDAB\n\n"


def _cells(answer) -> list[tuple[str, str, int]]:
    return [(c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def _unread(answer) -> list[tuple[str, str, int, tuple[int, ...]]]:
    return [(i.kind, i.reason, i.line, i.numbers) for i in answer.issues if i.unread]


def _table(rows: list[tuple[str, list[str]]], gap: int) -> str:
    return "\n".join((" " * gap).join([name, *cells]) for name, cells in rows) + "\n"


MONTHS3 = ("Opleiding", ["januari 2020", "februari 2020", "maart 2020"])


@pytest.mark.parametrize("name", ["Bouw", "Logistiek", "Horeca"])
def test_the_rows_name_does_not_decide_the_reading(name):
    """sweep31's table, three spaces between all cells. ``Bouw``: read as laid out, the header
    joined to its first row, ``unreadable-table`` for lines 5-6 only — 30, 44 and 12 neither cells
    nor in a finding (a silent loss). ``Logistiek``: its row read, Zorg and Totaal refused ("wide
    spaces … read as blank cells"). ``Horeca``: read, the table titled with the prose line above
    the blank line (``Antwoord op vraag over OKOT bij VDAB Opleiding``). Each is the same table."""
    text = HEAD + _table([MONTHS3, (name, ["30", "44", "12"]), ("Zorg", ["11", "20", "7"]),
                          ("Totaal", ["41", "64", "19"])], 3)
    answer = read_text(text, "typed.txt")
    months = ["2020-01", "2020-02", "2020-03"]
    assert _cells(answer) == [
        (label, month, count) for label, counts in [(name, [30, 44, 12]), ("Zorg", [11, 20, 7]), ("Totaal", [41, 64, 19])]
        for month, count in zip(months, counts)
    ]
    assert _unread(answer) == []
    assert [t.title for t in answer.tables] == ["Opleiding"]
    assert [t.header_line for t in answer.tables] == [3]


@pytest.mark.parametrize("months", [2, 3])
def test_a_table_without_total_typed_with_even_gaps_is_no_silent_pass(months):
    """sweep31's: ``Opleiding   januari 2020 …`` over ``Bouw   30   44`` and ``Zorg   11   20``: read
    as laid out, the header and its first row joined into one line — "no tables read" and no
    finding at all, the answer exit 0 as if clean. Its figures are cells now."""
    figures = [("Bouw", [30, 44, 12]), ("Zorg", [11, 20, 7])]
    header = (MONTHS3[0], MONTHS3[1][:months])
    text = HEAD + _table([header, *[(name, [str(c) for c in counts[:months]]) for name, counts in figures]], 3)
    answer = read_text(text, "typed.txt")
    assert _cells(answer) == [
        (name, f"2020-0{k + 1}", count) for name, counts in figures for k, count in enumerate(counts[:months])]
    assert _unread(answer) == []


@pytest.mark.parametrize("gap", [2, 3, 6])
def test_a_table_of_one_row_typed_with_even_gaps(gap):
    """One row, as many figures as periods, each the same gap after its name or the figure
    before it: the seeds' form would read a blank in every gap, which leaves no room for all of
    them ("blanks-overflow", or "ambiguous-alignment" where it had no total) — the gaps part
    cells, as they do in a table of two rows or more."""
    text = HEAD + _table([MONTHS3, ("Bouw", ["30", "44", "12"])], gap)
    answer = read_text(text, "typed.txt")
    assert _cells(answer) == [("Bouw", "2020-01", 30), ("Bouw", "2020-02", 44), ("Bouw", "2020-03", 12)]
    assert _unread(answer) == []


def test_one_row_in_the_seeds_form_keeps_its_blanks():
    """Negative: a row alone whose figures are fewer than its periods, two spaces apart, is the
    seeds' form (two spaces: a blank between) — no even gaps of a table typed by hand."""
    text = HEAD + "Opleiding 2018 2019 2020 2021\n908017: Educatieve graduaatsopleiding  27  52 \n"
    answer = read_text(text, "seeds.txt")
    assert [(c.period, c.count) for c in answer.tables[0].cells] == [("2019", 27), ("2021", 52)]
    assert _unread(answer) == []


# Failing examples the property below found before the change, each a table read wrongly by
# where its names let its figures fall.
FOUND = {
    # a figure under the period's wide label on most rows: read as laid out, all but the header's
    # first row refused as table-like lines, the first row's 212 in no finding
    "one period": [("Programma", ["juli 2020"]), ("Graduaat orthopedagogie", ["212"]), ("Elektricien", ["242"]),
                   ("Horeca", ["185"]), ("Kok", ["281"]), ("Bouw", ["42"]), ("Kinderbegeleider", ["116"]),
                   ("Boekhouder", ["273"]), ("Logistiek", ["97"]), ("Schrijnwerker", ["207"]), ("Totaal", ["1655"])],
    # most rows' figures under the years by chance: the rows kept their places, Kinderbegeleider's
    # two gaps of four spaces read as blanks (ambiguous-alignment: no total to place them)
    "under the years": [("Opleiding", ["2019", "2020"]), ("Horeca", ["255", "192"]), ("Bouw", ["62", "80"]),
                        ("ICT", ["47", "225"]), ("Kinderbegeleider", ["109", "123"])],
}


@pytest.mark.parametrize(("rows", "gap"), [(FOUND["one period"], 5), (FOUND["under the years"], 4)], ids=list(FOUND))
def test_found_by_the_property(rows, gap):
    answer = read_text(HEAD + _table(rows, gap), "typed.txt")
    header, *body = rows
    periods = [p.label for t in answer.tables for p in t.periods]
    assert _cells(answer) == [(name, period, int(count)) for name, counts in body for period, count in zip(periods, counts)]
    assert len(periods) == len(header[1])
    assert _unread(answer) == []


def test_laid_out_text_is_still_laid_out():
    """Negative: ``pdftotext -layout`` text, each row's figures right under their periods."""
    laid = ["Opleiding        2019    2020    2021", "Bouw               30      44      12",
            "Zorg               11      20       7", "Totaal             41      64      19"]
    assert laid_out(laid)
    answer = read_text(HEAD + "\n".join(laid) + "\n", "laid.txt")
    assert _cells(answer) == [(label, str(2019 + k), count) for label, counts in
                              [("Bouw", [30, 44, 12]), ("Zorg", [11, 20, 7]), ("Totaal", [41, 64, 19])]
                              for k, count in enumerate(counts)]


def test_a_table_typed_with_even_gaps_is_not_laid_out():
    """The same table typed with three spaces between all cells: its figures stand where its
    names' lengths put them (12 under ``2019``), not in the page's columns."""
    typed = _table([("Opleiding", ["2019", "2020", "2021"]), ("Bouw", ["30", "44", "12"]), ("Zorg", ["11", "20", "7"]),
                    ("Totaal", ["41", "64", "19"])], 3).splitlines()
    assert not laid_out(typed)


def test_a_laid_out_row_whose_cells_are_not_each_under_a_label_is_not_laid_out():
    """A row typed by hand whose last figure falls under the first period's wide label, the
    others under none, with a header typed with another gap (no one gap all through): each line
    parts its cells by one gap of its own, the header as many as each row — typed, not laid out
    (read/layout.py ``_typed_under_headers``)."""
    typed = ["Opleiding    januari 2020    februari 2020    maart 2020", "Bouw   30   44   12",
             "Zorg   11   20   7", "Totaal   41   64   19", "Vlaanderen  41  64  19"]
    assert not laid_out(typed)


def test_figures_ending_in_one_column_by_chance_are_no_right_aligned_column():
    """Found by a sweep of headers typed with another gap than the rows (five spaces, three):
    the figures of three rows or more end in one same column right of a year's label by chance
    (``Verpleegkunde   136   261   197   217``, ``Boekhouder   188   168   66   79``), taken for
    figures right-aligned under centred labels — the text read as laid out, its rows joined and
    not read, with no finding for most of their figures. Each row parts its cells by one gap, as
    many as the header's: typed, its figures read in order."""
    rows = [("Kinderbegeleider", [204, 20, 260, 95]), ("Verpleegkunde", [136, 261, 197, 217]), ("ICT", [26, 139, 223, 220]),
            ("Boekhouder", [188, 168, 66, 79]), ("Educatieve bachelor voor kleuteronderwijs", [110, 66, 239, 14]),
            ("Kok", [183, 255, 15, 257]), ("Horeca", [38, 152, 149, 295]), ("Zorg", [232, 34, 237, 37]),
            ("Lasser", [140, 22, 1, 70]), ("Bouw", [206, 100, 177, 261])]
    text = HEAD + "Programma     2019     2020     2021     2022\n" + _table(
        [(name, [str(c) for c in counts]) for name, counts in rows], 3)
    assert not laid_out(text.splitlines())
    answer = read_text(text, "typed.txt")
    assert _cells(answer) == [(name, str(2019 + k), c) for name, counts in rows for k, c in enumerate(counts)]
    assert _unread(answer) == []


SHORT_NAMES = ("Bouw", "Zorg", "Horeca", "ICT", "Kok", "Logistiek", "Lasser", "Elektricien", "Kinderbegeleider",
               "Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel")


def next_period(period: str) -> str:
    """The period after `period` (``2019``, ``2019-2020``, ``2020-12``) as the contract labels it."""
    if len(period) == 4:
        return str(int(period) + 1)
    first, second = (int(part) for part in period.split("-"))
    if second > 12:
        return f"{second}-{second + 1}"
    return f"{first + second // 12}-{second % 12 + 1:02d}"


@st.composite
def typed_tables(draw, own_header: bool = False):
    """A table (its persons, their memberships, its counts: no blank cell) typed with one gap of
    2-6 spaces between all cells, its rows named by short words and programme names of any length;
    its header typed with the same gap or, over two periods or more, another of its own (2-6 spaces).
    `own_header`: always another of its own, over two periods or more (test_gapsx32)."""
    ch = DrawChooser(draw)
    pool = [("", name) for name in ch.subset(SHORT_NAMES, 0, 4)] + random_programmes(ch, ch.integer(0, 3))
    pool = pool or [("", "Bouw")]
    periods = draw_periods(ch, 5, ch.choice(("year", "school", "month")))
    if own_header and len(periods) < 2:
        periods = [*periods, next_period(periods[-1])]
    table = draw_table(ch, "started", pool, YEAR_SHAPE, periods, most_rows=8, blank_percent=0)
    gap = ch.integer(2, 6)
    if own_header:
        header_gap = ch.choice([g for g in range(2, 7) if g != gap])
    else:  # (a header of its own gap over rows of one figure each, lined up under its label, may be laid out: test_narrow33)
        header_gap = ch.integer(2, 6) if len(periods) >= 2 and ch.chance(50) else gap
    word = ch.choice(("Opleiding", "Programma", "Provincie"))
    return table, typed_with_gaps(table, gap, word, thousands=ch.chance(50), header_gap=header_gap), word


@settings(max_examples=60, deadline=None)
@given(typed_tables())
def test_every_table_typed_with_even_gaps_is_read_whole(case):
    assert_read_whole(*case)


def assert_read_whole(table, lines: list[str], word: str) -> None:
    """`lines`, `table` typed by hand under a header whose first cell is `word`, read whole: every
    cell, no record of lines unread, the table titled by `word`, its periods the header's."""
    text = HEAD + "\n".join(lines) + "\n"
    note(text)
    answer = read_text(text, "typed.txt")
    want = [(row.label, p, row.counts[p]) for row in table.rows() for p in table.periods]
    want += [("Totaal", p, table.total[p]) for p in table.periods]
    assert sorted(_cells(answer)) == sorted(want)
    assert _unread(answer) == []
    assert [t.title for t in answer.tables] == [word]
    assert [p.label for t in answer.tables for p in t.periods] == table.periods
    assert all(printed_period(p) in lines[0] for p in table.periods)
