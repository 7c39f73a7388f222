"""PDFs as users hold them, round 20: words broken at a narrow cell's edge, a name's first line
that is a sector's name, a header whose first cell wraps around its periods.

Each PDF is drawn here with fpdf2; each test reads the PDF itself and the text the common
extractors make of it and asserts the exact cells and findings a correct reader gives. Each
failed on the reader before its fix: the labels came out as ``Graduaat orthopedagogi e`` or
``verpleegk unde`` (a programme no catalogue knows, no finding), ``Logistiek`` was dropped
from ``Logistiek assistent``, and a header cell broken around its periods (``Opleidin`` /
``2021 2022 2023`` / ``g``) gave every name's first line to the row above.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import read_form  # noqa: E402
from test_unseen_pdfs8 import NAME_HEAD, NAME_PERIODS, table_pdf  # noqa: E402
from test_unseen_pdfs9 import V_ALIGNS, expected, findings, named, programmes_pdf, total, unknown_names  # noqa: E402
from test_unseen_pdfs9 import cells as labels  # noqa: E402

LAID_OUT = ["pdf", "pdftotext-layout"]


# 1. Words broken inside by a narrow label column.

BROKEN = [["Graduaat orthopedagogie", "118", "131", "142"], ["Graduaat verpleegkunde", "240", "251", "262"],
          ["Bachelor in de verpleegkunde", "88", "90", "97"]]
BROKEN = [*BROKEN, total(BROKEN)]


@pytest.mark.parametrize("form", LAID_OUT)
@pytest.mark.parametrize("v_align", V_ALIGNS)
@pytest.mark.parametrize("label_width", [18.0, 20.0, 22.0, 25.0])
def test_a_word_broken_at_a_narrow_cell_s_edge_is_one_word(label_width, v_align, form):
    """``orthopedagogi`` / ``e``, ``verpleegk`` / ``unde``: the cell's edge broke a word too long
    for it (no hyphen). Joined with a space, the names were no programme's (``Graduaat
    orthopedagogi e``) and nothing said so. The piece fills its line and the two make a word the
    answer or the catalogue uses: one word. (At 18 mm the header's ``Opleiding`` breaks too,
    around its periods: ``Opleidin`` / ``2021  2022  2023`` / ``g``.)"""
    answer = read_form(programmes_pdf(tuple(map(tuple, BROKEN)), label_width, v_align), form)
    assert labels(answer) == expected(BROKEN)
    assert findings(answer) == []


MIXED = [["Zorgkundige", "61", "64", "70"], ["Bachelor in de verpleegkunde (avondonderwijs)", "240", "251", "262"],
         ["Graduaat orthopedagogie", "118", "131", "142"], ["Logistiek assistent", "15", "17", "12"]]
MIXED = [*MIXED, total(MIXED)]


@pytest.mark.parametrize("form", LAID_OUT)
@pytest.mark.parametrize("v_align", V_ALIGNS)
@pytest.mark.parametrize("label_width", [15.0, 16.5])
def test_a_word_no_catalogue_knows_broken_where_no_word_begins(label_width, v_align, form):
    """``(avondo`` / ``nderwijs)``, ``Zorgkun`` / ``dige``, ``(avondonderwijs`` / ``)``: no
    word begins with ``nd``, and no space stands before a closing bracket; the pieces are one
    word though no text of the answer uses it."""
    answer = read_form(programmes_pdf(tuple(map(tuple, MIXED)), label_width, v_align), form)
    assert labels(answer) == expected(MIXED)
    assert findings(answer) == unknown_names("Logistiek assistent")
    assert named(answer) == [("code-unknown", "Logistiek assistent")]


@pytest.mark.parametrize("form", LAID_OUT)
@pytest.mark.parametrize("v_align", V_ALIGNS)
def test_names_wrapped_between_words_keep_their_spaces(v_align, form):
    """What stays: a name wrapped between two words (``Bachelor in de`` / ``verpleegkunde`` /
    ``(avondonderwijs)``, ``Logistiek`` / ``assistent``) keeps a space at each break."""
    answer = read_form(programmes_pdf(tuple(map(tuple, MIXED)), 30.0, v_align), form)
    assert labels(answer) == expected(MIXED)
    assert findings(answer) == unknown_names("Logistiek assistent")
    assert named(answer) == [("code-unknown", "Logistiek assistent")]


# 2. A name whose first line is a sector's name (``Logistiek`` / ``assistent``).

@pytest.mark.parametrize("form", ["pdfplumber", "pdfplumber-layout", "pypdf"])
@pytest.mark.parametrize("v_align", V_ALIGNS)
def test_a_name_s_first_line_that_names_a_sector_is_the_name_s(v_align, form):
    """``Logistiek`` / ``assistent  15  17  12`` (or the figures centred between the two): the
    single-spaced text reader took ``Logistiek`` alone on its line for the head of a sector's
    block, found no block, and dropped it — the row was ``assistent``, no finding. A sector's
    name whose next line goes on in lower case is a name's first line."""
    answer = read_form(programmes_pdf(tuple(map(tuple, MIXED)), 30.0, v_align), form)
    assert labels(answer) == expected(MIXED)
    assert findings(answer) == unknown_names("Logistiek assistent")
    assert named(answer) == [("code-unknown", "Logistiek assistent")]


def test_a_sector_s_block_head_stays_a_head():
    """What stays: ``Logistiek`` over rows that begin with a capital or a code heads its block."""
    from okot_audit import read_text

    text = "\n".join([
        "Onderwijskwalificerende opleidingstrajecten (OKOT's)",
        "Opleiding 2021 2022",
        "Zorg",
        "Zorgkundige 61 64",
        "Subtotaal zorg 61 64",
        "Logistiek",
        "Heftruckchauffeur 15 17",
        "Subtotaal logistiek 15 17",
        "Totaal 76 81",
    ])
    answer = read_text(text, path="a.txt")
    cells = [(c.level, c.block, c.label, c.count) for t in answer.tables for c in t.cells if c.period == "2021"]
    assert cells == [
        ("row", "zorg", "Zorgkundige", 61), ("subtotal", "zorg", "Subtotaal zorg", 61),
        ("row", "logistiek", "Heftruckchauffeur", 15), ("subtotal", "logistiek", "Subtotaal logistiek", 15),
        ("total", None, "Totaal", 76),
    ]


def test_a_sector_s_name_over_a_header_repeated_on_the_next_page_stays_a_head():
    """Found by tests/test_shapes_forms.py (``pdftotext -layout`` text of a generated answer):
    ``Onderwijs`` at a page's foot, the header repeated over the next page with its month names
    on a line of their own (``augustus  september``) — lower case, but no name's line: no
    figures beside it nor below it. The block's rows are its own."""
    from pathlib import Path

    from okot_audit import read_answer

    answer = read_answer(Path(__file__).parent / "data" / "unseen_pdfs20" / "sector_over_repeated_header.pdftotext-layout.txt")
    rows = [(c.block, c.label) for t in answer.tables for c in t.cells if c.level == "row" and c.period == "2019-07"]
    assert rows == [
        ("zorg", "Hoger bachelor bijkomende"), ("onderwijs", "Verkorte vorming graduaatsopleiding - 1 ste jaar opvoeder"),
        ("onderwijs", "Hoger verpleegkunde individueel"), ("onderwijs", "Educatieve bijkomende - verkort traject - 2de jaar"),
    ]


# 3. pdfplumber's padded grid: an empty row of the grid between two lines of one name.

GRID_ROWS = [["Bachelor - 1ste de", "120", "130", "140"], ["Zorgkundige de 1ste verpleegkunde", "50", "60", "70"]]
GRID_ROWS = [*GRID_ROWS, total(GRID_ROWS)]


def test_an_empty_row_of_a_padded_grid_inside_a_name_is_no_gap():
    """``Zorgkundige de`` / *empty* / ``1ste`` / ``verpleegkunde  50  60  70``: pdfplumber's
    layout grid gives each line the row nearest its height, and leaves a row empty where the
    lines stand a little farther apart than its rows — inside one cell. Read as a gap, it cut
    the name: the row was ``verpleegkunde``, ``Zorgkundige de 1ste`` dropped with no finding.
    pdfplumber's own text without layout has no empty line there; neither does the grid read
    as text. Every cell keeps the line of the text that holds its figure."""
    from generate.extract import extract

    data = programmes_pdf(tuple(map(tuple, GRID_ROWS)), 30.0, "BOTTOM")
    text = extract(data, "pdfplumber-layout")
    assert "\n" + " " * 10 in text  # (the grid's empty rows)
    answer = read_form(data, "pdfplumber-layout")
    assert labels(answer) == expected(GRID_ROWS)
    names = [row[0] for row in GRID_ROWS[:-1]]  # (no programme the catalogue knows, by any name)
    assert findings(answer) == unknown_names(*names)
    assert named(answer) == [("code-unknown", name) for name in names]
    raw = text.split("\n")
    assert all(str(c.count) in raw[c.line - 1].split() for t in answer.tables for c in t.cells)


# 4. Any names, any narrow column.

WORDS = ["zorgkundige", "verpleegkunde", "orthopedagogie", "leefgroepenwerking", "kleuteronderwijs", "in", "de"]
HEADS = ["Graduaat", "Bachelor", "Zorgkundige", "Opvoeder"]


@st.composite
def programme_rows(draw) -> list[list[str]]:
    """Rows of programmes: distinct names, a capitalised word and up to three of the
    catalogue's words after it, and counts."""
    names = draw(st.lists(
        st.builds(lambda head, rest: " ".join([head, *rest]), st.sampled_from(HEADS),
                  st.lists(st.sampled_from(WORDS), max_size=3)),
        min_size=2, max_size=4, unique=True))
    counts = st.integers(min_value=10, max_value=999).map(str)
    rows = [[name, *draw(st.lists(counts, min_size=3, max_size=3))] for name in names]
    return [*rows, total(rows)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=programme_rows(), label_width=st.sampled_from([18.0, 20.0, 22.0, 25.0, 30.0]), v_align=st.sampled_from(V_ALIGNS))
def test_any_names_broken_in_a_narrow_column_stay_whole(rows, label_width, v_align):
    """Whatever the names, wrapped between words or broken inside one, every row's name is
    whole and its own."""
    answer = read_form(programmes_pdf(tuple(map(tuple, rows)), label_width, v_align), "pdf")
    assert labels(answer) == expected(rows)


@pytest.mark.parametrize("form", LAID_OUT)
def test_a_word_broken_twice_is_one_word(form):
    """Found by the property above: ``leefgroep`` / ``enwerkin`` / ``g`` — the last break glued
    first (a letter alone), then the first, whose pieces make the catalogue's word."""
    rows = [["Graduaat", "10", "10", "10"], ["Graduaat leefgroepenwerking", "10", "10", "10"]]
    rows = [*rows, total(rows)]
    answer = read_form(programmes_pdf(tuple(map(tuple, rows)), 18.0, "TOP"), form)
    assert labels(answer) == expected(rows)


# 5. A table on its side whose provinces' names wrap in their header cells.

SIDE_PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"]
SIDE_YEARS = {"2021": [120, 80, 150, 60, 110], "2022": [125, 85, 155, 65, 115], "2023": [130, 90, 160, 70, 120]}
DOUBLE = 3  # persons counted in two provinces each year


@lru_cache(maxsize=None)
def side_pdf(column_width: float, v_align: str, ruled: bool) -> bytes:
    """Years as rows, provinces as columns `column_width` mm wide (too narrow for
    ``Oost-Vlaanderen``: ``Oost-Vlaand`` / ``eren``), a ``Totaal`` column of unique persons."""
    rows = [("Jaar", *SIDE_PROVINCES, "Totaal")]
    rows += [(year, *map(str, counts), str(sum(counts) - DOUBLE)) for year, counts in SIDE_YEARS.items()]
    head = (*NAME_HEAD[:2], "1. Het aantal unieke cursisten dat een OKOT startte, per provincie.")
    return table_pdf(head, tuple(rows), 18, ruled, v_align, figure_width=column_width)


@pytest.mark.parametrize("v_align", ["TOP", "BOTTOM"])
@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
@pytest.mark.parametrize("column_width", [20.0, 24.0])
def test_a_table_on_its_side_whose_province_names_wrap_in_the_header(column_width, ruled, v_align):
    """``Oost-Vlaand`` / ``eren`` in the header's cells, no rules and no padding between the
    header and the first year's row: the row ``2021  120  80 …`` was taken for the header's
    third line, and the table was not read (``unreadable-table``). Under a header whose names
    wrap, a line whose period and figures stand under its names is a row."""
    answer = read_form(side_pdf(column_width, v_align, ruled), "pdf")
    want = [
        (level, name, year, count)
        for year, counts in SIDE_YEARS.items()
        for level, name, count in [*(("row", p, c) for p, c in zip(SIDE_PROVINCES, counts)),
                                   ("total", "Totaal", sum(counts) - DOUBLE)]
    ]
    assert [(c.level, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells] == want
    assert [(f.rule, f.period, f.difference) for f in audit(answer).findings] == [
        ("parts-exceed-total", year, DOUBLE) for year in SIDE_YEARS]


# 6. A name whose own dash the narrow cell sent to a line of its own.

DASHED = [["Graduaat het logistiek", "120", "130", "140"], ["Bachelor zorg kinderzorg", "50", "60", "70"],
          ["Bachelor kinderzorg - (avondonderwijs) -", "15", "16", "17"]]
DASHED = [*DASHED, total(DASHED)]


@pytest.mark.parametrize("form", LAID_OUT)
@pytest.mark.parametrize("v_align", V_ALIGNS)
def test_a_name_s_dash_alone_on_its_line_is_the_name_s(v_align, form):
    """Found by a sweep of generated names: ``Bachelor`` / ``kinderzorg -`` / ``15  16  17`` /
    ``(avondonderwijs)`` / ``-`` — the last line a dash alone, read as a blank cell's mark, ended
    the run of wrapped names, and the lines were read as ever: ``logistiek Bachelor zorg``,
    ``kinderzorg Bachelor kinderzorg -``, ``(avondonderwijs) -``, no finding (beside the
    figures, ``-  15  16  17``, the same). A dash in the label's column is the name's."""
    answer = read_form(programmes_pdf(tuple(map(tuple, DASHED)), 30.0, v_align), form)
    assert labels(answer) == expected(DASHED)
    names = [row[0] for row in DASHED[:-1]]  # (no programme the catalogue knows, by any name)
    assert findings(answer) == unknown_names(*names)
    assert named(answer) == [("code-unknown", name) for name in names]
