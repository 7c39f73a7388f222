"""A block's name is the block's whole name wherever it stands (session 30, label30): a place of
several words (``Vlaams-Brabant en Brussel``, ``Antwerpen stad``, ``Brussels Hoofdstedelijk
Gewest``) as its block's cell, alone among the rows or opening a line of a row's label below its
code line, is never cut at the province it opens with; a province's name broken over lines below a
bare closing line's figures is that line's; a table's title is never its first block's name
(parse/regions.py ``_block_cell_end``, ``_block_named_below``, ``_without_block_name``).

The province tables are drawn by the generators (tests/generate/) and one block renamed to a place
of several words, then printed in the seeds' single-spaced form and laid out as ``pdftotext
-layout`` prints them, the place's cell beside the middle of a wrapped name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generate.choices import Plan, RandomChooser
from generate.laid import LaidStyle, render_laid
from generate.model import AnswerModel, draw_answer
from generate.render import render
from okot_audit import audit, read_text
from test_label29 import _blocks

#: Places of several words a block may be named by, and the province the reader gives its cells
#: (None: a place that is no province of its own; its block is keyed by its name).
PLACES = {
    "Vlaams-Brabant en Brussel": None,
    "Antwerpen stad": None,
    "Brussels Hoofdstedelijk Gewest": "Brussel",
}


def _answer(seed: int, place: str) -> tuple[AnswerModel, int]:
    """One province table drawn at `seed`, its second block renamed `place` (its closing line
    ``Totaal <place>``); with the renamed block's index."""
    model = draw_answer(RandomChooser(seed), province_table=True, most_tables=1)
    [table] = model.tables
    assert table.shape.blocks == "province" and len(table.blocks) >= 2
    # (the block of the province the place names, where the table has one: no two blocks of one province)
    index = next((b for b, block in enumerate(table.blocks) if block.province == PLACES[place]), 1)
    block = table.blocks[index]
    blocks = [*table.blocks[:index], replace(block, province=place, words=f"Totaal {place}"), *table.blocks[index + 1:]]
    return replace(model, tables=[replace(table, blocks=blocks)]), index


def _read_rows(text: str):
    answer = read_text(text, "generated.txt")
    rows = sorted(((c.code, c.label, c.province, c.count) for t in answer.tables for c in t.cells
                   if c.level == "row" and c.count is not None), key=str)
    subtotals = {(c.label, c.province) for t in answer.tables for c in t.cells if c.level == "subtotal"}
    return answer, rows, subtotals


def _expected_rows(model: AnswerModel, index: int, province: str | None):
    [table] = model.tables
    out = []
    for b, block in enumerate(table.blocks):
        for row in block.rows:
            for period in table.columns:
                if row.counts.get(period) is not None:
                    out.append((row.code, row.label, province if b == index else block.province, row.counts[period]))
    return sorted(out, key=str)


def _assert_read(text: str, model: AnswerModel, index: int, place: str) -> None:
    answer, rows, subtotals = _read_rows(text)
    assert answer.issues == []
    assert rows == _expected_rows(model, index, PLACES[place])
    assert (f"Totaal {place}", PLACES[place]) in subtotals
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []  # (codes drawn at random: unknown)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("seed", [3, 11])
def test_a_place_of_several_words_floating_among_its_rows_is_the_blocks_whole_name(place, seed):
    """The seeds' single-spaced form: the place's name alone on the line right below its block's
    first row. Before: the line was cut at the province it opens with (``Vlaams-Brabant`` the
    block, ``en Brussel`` the row's name's end), or taken whole into the row's name
    (``Antwerpen stad``, ``Brussels Hoofdstedelijk Gewest``)."""
    model, index = _answer(seed, place)
    plan = Plan(RandomChooser(seed))
    key = ("prov", model.tables[0].uid, index)
    # (alone on the line right below the block's first row, no blank line around it)
    plan.memory.update({key: "alone", key + ("at",): 0, key + ("before",): "", key + ("b1",): False,
                        key + ("after",): False, key + ("lead",): False})
    rendered = render(model, plan, encodings=False)
    assert f"\n{place}\n" in rendered.text
    _assert_read(rendered.text, model, index, place)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("v_align", ["middle", "bottom"])
def test_a_place_of_several_words_beside_a_wrapped_names_line_below_its_code_is_the_blocks_cell(place, v_align):
    """``pdftotext -layout``: the place's cell beside the middle or last line of a name wrapped in
    a narrow label column, below the code's line (``Vlaams-Brabant en Brussel  kleuteronderwijs
    -``). Before: ``en Brussel`` (``stad``, the whole ``Brussels Hoofdstedelijk Gewest``) read
    into the row's name, the block not closed (``Totaal Vlaams-Brabant en Brussel`` a total:
    false total errors and an unreadable table)."""
    model, index = _answer(5, place)
    style = LaidStyle(label_width=18, province_width=32, v_align=v_align, row_gap=True, justify=False)
    laid = render_laid(model, Plan(RandomChooser(5)), style)
    assert any(line.startswith(place + " ") and ":" not in line for line in laid.text.split("\n"))
    _assert_read(laid.text, model, index, place)


HEAD = "Hieronder het aantal unieke cursisten per provincie.\n\nProvincie Opleiding 2021 2022\n"


def _cell_beside(place: str, figures_below: bool) -> str:
    """The seeds' single-spaced form of a block whose cell `place` opens the second line of its
    first row's wrapped name, below the code's line: the figures on the code's line
    (``908001: Educatieve bachelor voor 26 121`` / ``<place> kleuteronderwijs - 1ste jaar``) or
    on the name's last line, the cell beside its middle line."""
    first = (f"908001: Educatieve bachelor voor 26 121\n{place} kleuteronderwijs - 1ste jaar\n" if not figures_below
             else f"908001: Educatieve bachelor voor\n{place} kleuteronderwijs -\n1ste jaar 26 121\n")
    return (HEAD + "903631: Graduaat orthopedagogie - 1ste jaar 138 91\n903632: Graduaat orthopedagogie - 2de jaar 67 123\n"
            "Totaal Antwerpen 201 210\n" + first + "908002: Educatieve bachelor voor 122 76\nkleuteronderwijs - 2de jaar\n"
            f"Totaal {place} 146 195\nEindtotaal 345 402\n\nBron: VDAB.\n")


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("figures_below", [False, True])
def test_a_place_of_several_words_opening_a_names_line_below_its_code_is_the_blocks_cell(place, figures_below):
    """``908001: Educatieve bachelor voor 26 121`` / ``Vlaams-Brabant en Brussel kleuteronderwijs
    - 1ste jaar`` (the place's cell beside a wrapped name's line): the block's whole name, the
    name's words its own. Before: ``en Brussel`` (``stad``, the whole ``Brussels Hoofdstedelijk
    Gewest``) read into the row's name, and for a place that is no province the block not closed
    (``Totaal Vlaams-Brabant en Brussel`` read as a total: false total errors, a table unread)."""
    answer = read_text(_cell_beside(place, figures_below), "s.txt")
    assert answer.issues == []
    rows = {(c.code, c.label, c.province) for t in answer.tables for c in t.cells if c.level == "row" and c.period == "2021"}
    assert rows == {
        ("903631", "Graduaat orthopedagogie - 1ste jaar", "Antwerpen"), ("903632", "Graduaat orthopedagogie - 2de jaar", "Antwerpen"),
        ("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", PLACES[place]),
        ("908002", "Educatieve bachelor voor kleuteronderwijs - 2de jaar", PLACES[place]),
    }
    subtotals = {(c.label, c.province) for t in answer.tables for c in t.cells if c.level == "subtotal"}
    assert subtotals == {("Totaal Antwerpen", "Antwerpen"), (f"Totaal {place}", PLACES[place])}
    assert [f.rule for f in audit(answer).findings if f.severity in ("error", "warning")] == []


def _block_of_words(cell: str, closing: str) -> str:
    """A block whose cell opens the second line of its first row's name (``… voor 26 121`` /
    ``<cell> kleuteronderwijs …``), closed by ``Totaal <closing>``."""
    return (HEAD + "903631: Graduaat orthopedagogie - 1ste jaar 138 91\nTotaal Antwerpen 138 91\n"
            f"908001: Educatieve bachelor voor 26 121\n{cell} - 1ste jaar\n"
            f"908002: Educatieve bachelor voor 122 76\nkleuteronderwijs - 2de jaar\nTotaal {closing} 148 197\n"
            "Eindtotaal 286 288\n")


def test_a_province_before_a_labels_words_that_join_no_place_is_still_the_blocks_cell():
    """``Limburg en gehandicaptenzorg`` (a name's ``jeugd- en gehandicaptenzorg`` wrapped): ``en``
    joins no place to ``Limburg`` here, so ``Limburg`` stays the block's cell and ``en
    gehandicaptenzorg`` the name's (as before)."""
    answer, rows, subtotals = _read_rows(_block_of_words("Limburg en gehandicaptenzorg", "Limburg"))
    assert answer.issues == []
    assert ("908001", "Educatieve bachelor voor en gehandicaptenzorg - 1ste jaar", "Limburg", 26) in rows
    assert ("Totaal Limburg", "Limburg") in subtotals


def test_a_place_that_no_closing_line_names_is_no_blocks_cell():
    """``Antwerpen stad kleuteronderwijs`` in a block closed by ``Totaal Limburg``: no block is
    named ``Antwerpen stad``, so those words are not taken for one (the block stays Limburg's)."""
    answer, rows, subtotals = _read_rows(_block_of_words("Antwerpen stad kleuteronderwijs", "Limburg"))
    assert ("Totaal Limburg", "Limburg") in subtotals
    assert not any(province == "Antwerpen" for code, _, province, _ in rows if code == "908002")


# --- a province's name broken over lines below a bare closing line's figures -------------------


@pytest.mark.parametrize("closing", ["Subtotaal", "Totaal"])
@pytest.mark.parametrize("below", ["Oost-\n\nVlaanderen", "Oost-\nVlaande\n\nren"])
def test_a_provinces_name_broken_over_lines_below_a_closing_lines_figures_is_its_name(closing, below):
    """pdfplumber's text of a narrow label cell set to the top, the province's name broken over
    lines as the seeds break floating provinces (``Oost-`` / `` `` / ``Vlaanderen``): the closing
    line's name, whole. Before: a blank line or a third piece kept the name from the line (a bare
    ``Totaal`` read as the table's total: false ``total-below-largest-part`` errors, the table
    unreadable; ``Subtotaal`` closing no block)."""
    read = read_text(_blocks("Antwerpen", "Oost-Vlaanderen", closing, below), "s.txt")
    subtotals = {(c.province, c.label) for t in read.tables for c in t.cells if c.level == "subtotal"}
    assert subtotals == {("Antwerpen", "Subtotaal Antwerpen"), ("Oost-Vlaanderen", f"{closing} Oost-Vlaanderen")}
    assert read.issues == []
    assert [f.rule for f in audit(read).findings if f.severity in ("error", "warning")] == []


def test_another_provinces_broken_name_below_a_bare_total_is_no_part_of_it():
    """``West-`` / `` `` / ``Vlaanderen`` below the block ``Oost-Vlaanderen``'s bare ``Subtotaal``
    names another block: not the subtotal's name."""
    read = read_text(_blocks("Antwerpen", "Oost-Vlaanderen", "Subtotaal", "West-\n\nVlaanderen"), "s.txt")
    labels = {c.label for t in read.tables for c in t.cells if c.level == "subtotal"}
    assert labels == {"Subtotaal Antwerpen", "Subtotaal"}


# --- a table's title is never its first block's name --------------------------------------------

BLOCK_NAMED_HEADER = """\
Hieronder de cijfers.

{caption}{first} 2021 2022
903631: Graduaat orthopedagogie - 1ste jaar 138 91
Totaal {first} 138 91
Limburg
903631: Graduaat orthopedagogie - 1ste jaar 13 9
Totaal Limburg 13 9
Eindtotaal 150 100
"""


@pytest.mark.parametrize("first", ["Antwerpen", "Vlaams Brabant"])
def test_a_first_blocks_name_beside_the_periods_is_no_title(first):
    """The first block's cell printed on the periods' line (``Antwerpen  2021  2022``): the
    table has no title of its own (before: titled ``Antwerpen``)."""
    answer = read_text(BLOCK_NAMED_HEADER.format(caption="", first=first), "t.txt")
    [table] = answer.tables
    assert table.title == "(no header)"
    assert {c.province for c in table.cells if c.level == "row"} == {province for province in (
        "Antwerpen" if first == "Antwerpen" else "Vlaams-Brabant", "Limburg")}


def test_a_captions_word_before_the_first_blocks_name_stays_the_titles():
    """``Gestarte cursisten per provincie Antwerpen  2021  2022`` (a caption laid out into the
    header's line): ``provincie Antwerpen`` names Antwerpen, but ``provincie`` is the caption's
    word; only the block's name leaves the header's words (before: ``… per``, what the table
    counts read from a header without ``provincie``)."""
    from okot_audit.parse.regions import find_regions

    text = BLOCK_NAMED_HEADER.format(caption="Gestarte cursisten per provincie ", first="Antwerpen")
    [region] = find_regions(tuple(text.split("\n")))
    assert region.header_text == "Gestarte cursisten per provincie 2021 2022"
    [table] = read_text(text, "t.txt").tables
    assert table.title == "Gestarte cursisten per provincie"
