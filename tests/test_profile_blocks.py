"""A profile of persons: blocks of category rows under one header, each headed by the name of
its attribute (``Geslacht``, ``Scholingsniveau``, ``Leeftijd``) and closed by its own
``Totaal`` — one table per block, each a partition of the same persons, in text laid out in
columns and single-spaced alike. Before, only the first block was read (its attribute's name
glued to its first row's label) and the others were `unreadable-table` errors."""

from __future__ import annotations

import pytest

from okot_audit import read_text

BLOCKS = [
    ("Geslacht", [("Man", (512, 530)), ("Vrouw", (1377, 1401)), ("Onbekend", (3, 2))]),
    ("Scholingsniveau", [("Laaggeschoold", (88, 90)), ("Middengeschoold", (701, 712)), ("Hooggeschoold", (1103, 1131))]),
    ("Leeftijd", [("-25 jaar", (301, 310)), ("25-54 jaar", (1500, 1530)), ("55+ jaar", (91, 93))]),
]


def _profile(periods: list[str], laid_out: bool, blank_between: bool) -> str:
    def line(label: str, cells: list[str]) -> str:
        if laid_out:
            return label.ljust(24) + "".join(c.rjust(8) for c in cells)
        return " ".join([label, *cells])

    out = [line("Kenmerk", periods)]
    for name, rows in BLOCKS:
        out.append(name)
        for label, counts in rows:
            out.append(line(label, [str(c) for c in counts[: len(periods)]]))
        totals = [sum(c[i] for _, c in rows) for i in range(len(periods))]
        out.append(line("Totaal", [f"{t:,}".replace(",", ".") for t in totals]))
        if blank_between:
            out.append("")
    return "\n".join(out)


@pytest.mark.parametrize("laid_out", [True, False])
@pytest.mark.parametrize("blank_between", [True, False])
@pytest.mark.parametrize("periods", [["Aantal"], ["2022", "2023"]])
def test_each_block_of_a_profile_is_a_table_of_its_attribute(laid_out, blank_between, periods):
    text = "\n".join([
        "Vraag nr. 250 van 3 juni 2024", "OKOT - profiel", "", "Antwoord", "",
        "1. Het profiel van de werkzoekenden die in 2023 een OKOT startten:", "",
        _profile(periods, laid_out, blank_between), "",
        "2. Andere vraag zonder tabel.",
    ])
    answer = read_text(text + "\n", "profile.txt")
    assert [t.layout.attribute for t in answer.tables] == ["gender", "education", "age"]
    years = ["2023"] if periods == ["Aantal"] else periods
    for table, (name, rows) in zip(answer.tables, BLOCKS):
        assert table.measure == "started"
        assert [p.label for p in table.periods] == years
        got = {(c.level, c.label, c.period, c.count) for c in table.cells}
        want = {("row", label, year, counts[i]) for label, counts in rows for i, year in enumerate(years)}
        want |= {("total", "Totaal", year, sum(c[i] for _, c in rows)) for i, year in enumerate(years)}
        assert got == want, name
    assert not [i for i in answer.issues if i.kind == "unreadable-table"]


def test_an_attributes_name_centred_in_its_header_cell_still_heads_the_periods():
    """Regression (a PDF of tests/test_shapes_forms.py): the header cell ``Leeftijd`` set
    midway between the wrapped period ``mei`` / ``2022*`` is the header's, not a block's name
    that keeps the period line away from it (the table was lost: "no header with periods")."""
    text = "\n".join([
        "Vraag nr. 1 van 4 januari 2023", "", "ANTWOORD", "",
        "1. Het aantal gestarte unieke OKOT-cursisten naar leeftijd.", "",
        "                   mei", "Leeftijd", "                 2022*",
        "-25 jaar            56", "25-54 jaar          56", "55+ jaar            16", "Totaal             128", "",
        "*Voor het jaar mei 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.",
    ])
    answer = read_text(text + "\n", "centred.txt")
    (table,) = answer.tables
    assert [(p.label, p.partial) for p in table.periods] == [("2022-05", True)]
    assert sorted((c.label, c.count) for c in table.cells) == [
        ("-25 jaar", 56), ("25-54 jaar", 56), ("55+ jaar", 16), ("Totaal", 128)]
    assert answer.issues == []
