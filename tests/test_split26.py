"""A two-level table whose page breaks right after a block's head (``25-54 jaar``, ``Limburg``,
``Onderwijs`` last on its page): the page furniture between the head and its rows — the footer
(``Pagina 1 van 2``), the form feed, the header printed again at the next page's top — continues
the table. Before, the head stood apart from its rows: the blocks were lost, the table split
into one table per block (its ``Subtotaal`` lines read as totals, the grand ``Totaal`` checked
against the last block alone: false ``total-exceeds-parts``) or read as one table of rows
without blocks (each row of the second block a false ``duplicate-row``): parse/regions.py
_heads_name_subtotals and headed_blocks took a head only on the line right above its row."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

TOP = ("OKOT's in de zorg - profiel van de gestarte cursisten\nAntwoord\n"
       "De tabel geeft het aantal unieke cursisten dat in het jaar een OKOT in de zorg startte.\n"
       "Tabel 1. Unieke cursisten met gestarte OKOT'(s) naar {what}\n")
BODY = """{header} 2020 2021
{head1}
{row1} 37 26
{row2} 214 254
{subtotal1}{head2}
{between}{row1} 110 115
{row2} 594 738
{subtotal2}Totaal 955 1133
Bron: VDAB.
Pagina 2 van 2
"""
#: (the caption's words, the header's first cell, the two heads, the two rows of each block)
SHAPES = {
    "age-classes-by-gender": ("geslacht en leeftijd", "Geslacht en leeftijd", "Mannen", "Vrouwen", "-25 jaar", "25+ jaar"),
    "genders-by-province": ("provincie en geslacht", "Provincie en geslacht", "Antwerpen", "Limburg", "Man", "Vrouw"),
    "genders-by-sector": ("sector en geslacht", "Sector en geslacht", "Zorg", "Onderwijs", "Man", "Vrouw"),
}
#: What stands between the second head (last on page 1) and its first row (first on page 2).
BREAKS = {
    "footer-glued-to-feed": "Pagina 1 van 2\f",  # (pdfplumber, pypdf)
    "footer-then-header": "Pagina 1 van 2\f{header} 2020 2021\n",
    "feed-then-header": "\f{header} 2020 2021\n",
    "laid-out-footer": "\n\n                Pagina 1 van 2\n\f",  # (pdftotext -layout)
    # no form feed: the footer's own line tells the break
    "footer-alone": "Pagina 1 van 2\n",
    "footer-between-blank-lines": "\nPagina 1 van 2\n\n",
    "footer-and-running-header": "\nPagina 1 van 2\n\nOKOT's in de zorg - profiel van de gestarte cursisten\n",
}


@pytest.mark.parametrize("subtotals", [True, False], ids=["subtotals", "heads-alone"])
@pytest.mark.parametrize("between", list(BREAKS))
@pytest.mark.parametrize("shape", list(SHAPES))
def test_page_furniture_between_a_blocks_head_and_its_rows_continues_the_table(shape, between, subtotals):
    """Each block closed by a ``Subtotaal`` that names none (the head names it), or by no line
    (the heads alone say the blocks, under one grand ``Totaal``)."""
    what, header, head1, head2, row1, row2 = SHAPES[shape]
    text = TOP.format(what=what) + BODY.format(
        header=header, head1=head1, head2=head2, row1=row1, row2=row2,
        between=BREAKS[between].format(header=header),
        subtotal1="Subtotaal 251 280\n" if subtotals else "", subtotal2="Subtotaal 704 853\n" if subtotals else "")
    read = read_text(text, "a.txt")
    assert len(read.tables) == 1
    cells = [c for c in read.tables[0].cells if c.period == "2020"]
    block = [(row1, "row"), (row2, "row")] + ([("Subtotaal", "subtotal")] if subtotals else [])
    assert [(c.label, c.level) for c in cells] == [*block, *block, ("Totaal", "total")]
    blocks = [(c.province or c.block or "").lower() for c in cells if c.level != "total"]
    assert blocks == [head1.lower()] * len(block) + [head2.lower()] * len(block)
    assert [f.rule for f in audit(read).findings if f.severity != "info"] == []
