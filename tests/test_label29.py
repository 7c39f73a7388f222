"""A closing line's name wrapped below its figures in a narrow label cell set to the top
(pdfplumber's text: ``Subtotaal  146  195`` / ``onderwijs``): the words below name the block whose
head opened the rows above, so they are the closing line's, and the line closes that block
(parse/regions.py ``_block_named_below``)."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = ("OKOT's\n\nAntwoord\n\nDe tabel geeft het aantal unieke cursisten. Wie twee opleidingen volgde, telt in beide "
        "mee, maar één keer in het subtotaal en het totaal.\n\n")


def _blocks(first: str, second: str, closing: str, below: str, total: str = "Totaal 345 402") -> str:
    """Two blocks of coded rows, each row's name wrapped in the narrow label cell; the first
    block closed by a line that names it, the second by `closing` with its figures and `below`
    on the next line (the rest of its name, or what else stands there)."""
    return (HEAD + "Tabel 1. Unieke cursisten met gestarte OKOT'(s) per blok en opleiding\n"
            "Blok en 2021 2022\nopleiding\n"
            f"{first}\n903631: Graduaat 138 91\northopedagogie -\n1ste jaar\n"
            f"903632: Graduaat 67 123\northopedagogie -\n2de jaar\nSubtotaal {first} 201 210\n"
            f"{second}\n908001: Educatieve 26 121\nbachelor voor\nkleuteronderwijs -\n1ste jaar\n"
            "908002: Educatieve 122 76\nbachelor voor\nkleuteronderwijs -\n2de jaar\n"
            f"{closing} 146 195\n{below}\n{total}\nBron: VDAB.\n")


def _closing(read) -> list[tuple]:
    return sorted({(c.level, c.province, c.label, c.period, c.count)
                   for t in read.tables for c in t.cells if c.level != "row"}, key=str)


def _errors(read) -> list[str]:
    return [f.rule for f in audit(read).findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize("closing", ["Subtotaal", "Totaal"])
def test_a_sectors_name_wrapped_below_a_closing_lines_figures_is_its_name(closing):
    """``Subtotaal 146 195`` / ``onderwijs`` below the block ``Onderwijs``: the subtotal of that
    block, named whole. Before, ``onderwijs`` was dropped (``Subtotaal``), and a bare ``Totaal``
    was the table's total, its 146 below the first block's 201 and the grand total below it
    unread."""
    read = read_text(_blocks("Zorg", "Onderwijs", closing, "onderwijs", "Algemeen totaal 345 402"), "s.txt")
    assert _closing(read) == sorted({
        ("subtotal", None, "Subtotaal Zorg", "2021", 201), ("subtotal", None, "Subtotaal Zorg", "2022", 210),
        ("subtotal", None, f"{closing} onderwijs", "2021", 146), ("subtotal", None, f"{closing} onderwijs", "2022", 195),
        ("total", None, "Algemeen totaal", "2021", 345), ("total", None, "Algemeen totaal", "2022", 402)}, key=str)
    assert _errors(read) == []


def test_a_provinces_name_wrapped_below_a_subtotals_figures_is_its_name():
    """``Subtotaal 146 195`` / ``Oost-Vlaanderen`` below that province's block: ``Subtotaal
    Oost-Vlaanderen``, as ``Totaal`` / ``Oost-Vlaanderen`` was already. Before, the province's
    name was dropped from the label (``Subtotaal``)."""
    read = read_text(_blocks("Antwerpen", "Oost-Vlaanderen", "Subtotaal", "Oost-Vlaanderen"), "s.txt")
    labels = {(c.province, c.label) for t in read.tables for c in t.cells if c.level == "subtotal"}
    assert labels == {("Antwerpen", "Subtotaal Antwerpen"), ("Oost-Vlaanderen", "Subtotaal Oost-Vlaanderen")}
    assert _errors(read) == []


@pytest.mark.parametrize("below", ["Zorg", "zorg"])
def test_another_blocks_name_below_a_bare_subtotal_is_no_part_of_it(below):
    """Below ``Subtotaal 146 195`` closing the block ``Onderwijs``, a line naming another block
    (``Zorg``) is not the subtotal's name: the subtotal stays ``Subtotaal``, its block unnamed."""
    read = read_text(_blocks("Zorg", "Onderwijs", "Subtotaal", below), "s.txt")
    labels = {c.label for t in read.tables for c in t.cells if c.level == "subtotal"}
    assert labels == {"Subtotaal Zorg", "Subtotaal"}


def test_a_blocks_name_below_a_subtotal_that_names_its_block_is_no_part_of_it():
    """``Subtotaal onderwijs 146 195`` names its block itself: ``onderwijs`` below it (a line
    printed twice, or the next thing's) is not taken into its name twice."""
    read = read_text(_blocks("Zorg", "Onderwijs", "Subtotaal onderwijs", "onderwijs"), "s.txt")
    labels = {c.label for t in read.tables for c in t.cells if c.level == "subtotal"}
    assert labels == {"Subtotaal Zorg", "Subtotaal onderwijs"}
