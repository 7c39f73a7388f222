"""Two silent losses (session 31, silent31).

1. A word no unit list knows after every count, the same word each time (``Graduaat
   orthopedagogie 51 stuks 54 stuks``, :mod:`okot_audit.parse.units`): what the counts count, as
   ``40 cursisten`` is — the unit taken off, the counts read and checked. Before: no table and no
   finding, the answer passed clean. Only where two lines near each other print it so, after each
   of two figures or more: one line may be prose's.
2. A subset line without a code right below the table's total whose name wraps
   (``waarvan vrouwen met een`` / ``diploma 12 10``, parse/regions.py ``_asides_below``): the
   total's subset, its name whole, as the coded one is. Before: dropped with nothing said. And the
   name's end printed below the figures (``… - 12 10`` / ``2de jaar``, ``… met een 12 10`` /
   ``diploma``): before, cut off the name.
"""

from __future__ import annotations

import pytest

from generate.extract import EXTRACTORS, read_form
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf
from okot_audit import audit, read_text
from okot_audit.parse.units import split_units

ZORG = "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 12 van 12 januari 2023\n\n"
ITEM = "1. Het aantal behaalde diploma's per opleiding.\n\nOpleiding 2021 2022\n"


def _cells(answer) -> list[tuple[str, str | None, int | None]]:
    return [(c.label, c.period, c.count) for t in answer.tables for c in t.cells]


# --- 1. an unknown word after every count ---------------------------------------------------------

@pytest.mark.parametrize("word", ["stuks", "exemplaren", "trajecten"])
def test_a_table_whose_counts_print_an_unknown_word_after_each_is_read(word):
    text = (ZORG + ITEM + f"Graduaat orthopedagogie 51 {word} 54 {word}\n"
            f"Bachelor verpleegkunde 253 {word} 269 {word}\nTotaal 304 {word} 323 {word}\n")
    answer = read_text(text, "a.txt")
    assert _cells(answer) == [
        ("Graduaat orthopedagogie", "2021", 51), ("Graduaat orthopedagogie", "2022", 54),
        ("Bachelor verpleegkunde", "2021", 253), ("Bachelor verpleegkunde", "2022", 269),
        ("Totaal", "2021", 304), ("Totaal", "2022", 323)]
    assert audit([answer]).findings == []


def test_a_wrong_total_under_counts_with_an_unknown_word_is_an_error():
    """Read, so checked: ``Totaal 314 stuks`` over 51 + 253 is said (before: nothing at all)."""
    text = (ZORG + ITEM + "Graduaat orthopedagogie 51 stuks 54 stuks\nBachelor verpleegkunde 253 stuks 269 stuks\n"
            "Totaal 314 stuks 323 stuks\n")
    errors = [f for f in audit([read_text(text, "a.txt")]).findings if f.severity == "error"]
    assert [f.rule for f in errors] == ["total-exceeds-parts"] and "314" in errors[0].message


def test_laid_out_text_keeps_each_figure_at_its_cell_end():
    lines = ("Graduaat orthopedagogie   51 stuks   54 stuks", "Bachelor verpleegkunde   253 stuks  269 stuks")
    out, units = split_units(lines, positional=True)
    assert [line.split() for line in out] == [["Graduaat", "orthopedagogie", "51", "54"],
                                              ["Bachelor", "verpleegkunde", "253", "269"]]
    assert [len(a) for a in out] == [len(a) for a in lines] and units == {1: "stuks", 2: "stuks"}


@pytest.mark.parametrize("lines", [
    # one line alone: a sentence may end so
    ("Graduaat orthopedagogie 51 stuks 54 stuks", "Dit is de tekst van het antwoord."),
    # two different words after the figures
    ("Graduaat orthopedagogie 51 stuks 54 exemplaren", "Bachelor verpleegkunde 253 stuks 269 exemplaren"),
    # the same word after one figure only per line
    ("Graduaat orthopedagogie 51 stuks", "Bachelor verpleegkunde 253 stuks"),
    # a name after the figure (a province glued to a row): capitals, no unit
    ("908001: Educatieve bachelor - 2de jaar 16 Limburg 12 Limburg", "908002: Educatieve bachelor 4 Limburg 5 Limburg"),
    # prose
    ("In 2022 waren er 12 cursisten meer dan in 2021.", "In 2021 waren er 7 cursisten meer dan in 2020."),
])
def test_lines_that_print_no_unit_after_every_figure_stay_as_printed(lines):
    assert split_units(lines, positional=False) == (lines, {})


def test_prose_after_a_table_with_numbers_and_words_stays_prose():
    text = (ZORG + ITEM + "Graduaat orthopedagogie 51 54\nBachelor verpleegkunde 253 269\nTotaal 304 323\n\n"
            "In 2022 waren er 12 cursisten meer dan in 2021.\nDat zijn 3 stuks 4 stuks meer dan verwacht werd\n")
    answer = read_text(text, "a.txt")
    assert _cells(answer)[-1] == ("Totaal", "2022", 323) and len(_cells(answer)) == 6
    assert answer.issues == [] and audit([answer]).findings == []


# --- 2. a subset line without a code below the total, its name wrapped ------------------------------

HEAD = "Hieronder het aantal unieke cursisten per opleiding.\n\nOpleiding 2021 2022\n"
ROWS = ("903631: Graduaat orthopedagogie - 1ste jaar 138 91\n"
        "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 26 121\nTotaal 164 212\n")


@pytest.mark.parametrize("tail,line", [
    ("waarvan vrouwen met een\ndiploma 12 10\n", 8),  # pypdf, pdfplumber (figures beside the last line)
    ("waarvan vrouwen met een\ndiploma\n12 10\n", 9),  # pypdf: the figures on a line of their own
    ("waarvan vrouwen met een 12 10\ndiploma\n", 7),  # pdfplumber (figures beside the first line)
])
def test_an_uncoded_wrapped_subset_line_below_the_total_is_its_subset(tail, line):
    answer = read_text(HEAD + ROWS + tail, "a.txt")
    assert [(s.line, s.period, s.count, s.of_line, s.label) for s in answer.tables[0].subsets] == [
        (line, p, c, 6, "waarvan vrouwen met een diploma") for p, c in (("2021", 12), ("2022", 10))]
    assert [(i.kind, i.reason, i.line) for i in answer.issues] == [("column-not-checked", "subset-rows", line)]


def test_a_coded_subset_names_end_below_its_figures_under_the_total_is_its_name():
    answer = read_text(HEAD + ROWS + "waarvan 903632: Graduaat orthopedagogie - 12 10\n2de jaar\n", "a.txt")
    assert {s.label for s in answer.tables[0].subsets} == {"waarvan 903632: Graduaat orthopedagogie - 2de jaar"}
    assert [(i.kind, i.reason, i.line) for i in answer.issues] == [("column-not-checked", "subset-rows", 7)]


def test_an_uncoded_wrapped_subset_larger_than_the_total_is_an_error():
    answer = read_text(HEAD + ROWS + "waarvan vrouwen met een\ndiploma 170 10\n", "a.txt")
    below = [f for f in audit(answer).findings if f.rule == "total-below-largest-part"]
    assert below and below[0].severity == "error" and "170" in below[0].message


@pytest.mark.parametrize("tail", [
    "waarvan de meesten in Antwerpen.\nDe cijfers voor 2021 en 2022 zijn voorlopig.\n",  # a sentence
    "waarvan:\nvrouwen 12 10\n",  # a list's colon: not one wrapped name
    "waarvan vrouwen 12 10\nBron: VDAB\n",  # a note below a name that ends whole
])
def test_lines_below_the_total_that_are_no_wrapped_subset_are_left_as_before(tail):
    answer = read_text(HEAD + ROWS + tail, "a.txt")
    labels = {s.label for s in answer.tables[0].subsets}
    assert not any("diploma" in label or "Bron" in label or ":" in label for label in labels)


def _below_total_pdf(style: PdfStyle) -> bytes:
    rows = [PdfRow("903631: Graduaat orthopedagogie - 1ste jaar", [138, 91]),
            PdfRow("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", [26, 121]),
            PdfRow("Totaal", [164, 212], level="total"),
            PdfRow("waarvan vrouwen met een diploma van het secundair onderwijs", [12, 10])]
    return write_pdf(Document(["Hieronder het aantal unieke cursisten per opleiding.",
                               PdfTable("Opleiding", ["2021", "2022"], rows)]), style)


@pytest.mark.parametrize("style", ["bottom", "narrow"])
@pytest.mark.parametrize("form", ["pdf", *EXTRACTORS])
def test_an_uncoded_wrapped_subset_below_the_total_in_every_form(form, style):
    """Its figures checked against the total, never left out in silence."""
    styles = {"bottom": PdfStyle(v_align="BOTTOM"), "narrow": PdfStyle(label_width=45.0)}
    answer = read_form(_below_total_pdf(styles[style]), form)
    (table,) = answer.tables
    total = {c.line for c in table.cells if c.level == "total"}
    assert [(s.period, s.count, s.of_line) for s in table.subsets] == [("2021", 12, *total), ("2022", 10, *total)]
    assert [(i.kind, i.reason) for i in answer.issues] == [("column-not-checked", "subset-rows")]


def test_a_table_of_one_column_whose_counts_print_an_unknown_word_is_read():
    """Three rows of one count each and the same word after it: a column (before: nothing said)."""
    text = (ZORG + "1. Het aantal behaalde diploma's per opleiding in 2022.\n\nOpleiding Aantal\n"
            "Graduaat orthopedagogie 51 stuks\nBachelor verpleegkunde 253 stuks\nTotaal 304 stuks\n")
    answer = read_text(text, "a.txt")
    assert [(label, count) for label, _, count in _cells(answer)] == [
        ("Graduaat orthopedagogie", 51), ("Bachelor verpleegkunde", 253), ("Totaal", 304)]
    assert audit([answer]).findings == []


def test_a_names_range_with_a_word_after_each_end_stays_the_name():
    """``18 jaar - 24 jaar`` (an age class's name, its count below it): no unit after each figure."""
    lines = ("18 jaar - 24 jaar", "120", "25 jaar - 54 jaar", "300")
    assert split_units(lines, positional=False) == (lines, {})
