"""A block's name and the table's header printed again on one line (``Oost-Vlaanderen 2020 2021
2022`` below ``Totaal Antwerpen 19 24 28``, ``Zorg 2021 2022`` below ``Subtotaal onderwijs``): the
block's name opens the next block and the periods are the header's. Before, the line was taken
for the header of a new table: the table was cut in two, the first half had no grand total and
the second's grand total was checked against its one block (``total-exceeds-parts`` errors on a
table that holds together)."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

PROVINCE_ROWS = (
    ("900611: Bachelor verpleegkunde - 1ste jaar", "12", "15", "17"),
    ("900612: Bachelor verpleegkunde - 2de jaar", "7", "9", "11"),
)
# (a person counted in two rows of Oost-Vlaanderen in 2020, and in two provinces in 2021)
PROVINCE_LINES = [
    "Unieke cursisten 2020 2021 2022", "Antwerpen",
    *(" ".join(r) for r in PROVINCE_ROWS), "Totaal Antwerpen 19 24 28",
    "Oost-Vlaanderen 2020 2021 2022",
    "900611: Bachelor verpleegkunde - 1ste jaar 5 6 8", "900612: Bachelor verpleegkunde - 2de jaar 4 3 2",
    "Totaal Oost-Vlaanderen 8 9 10", "Eindtotaal 27 32 38",
]
SECTOR_LINES = [
    "Unieke cursisten 2021 2022", "Zorg",
    "900611: Bachelor verpleegkunde - 1ste jaar 12 15", "900612: Bachelor verpleegkunde - 2de jaar 7 9",
    "Subtotaal zorg 19 24",
    "Onderwijs 2021 2022",
    "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 5 6",
    "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 4 3",
    "Subtotaal onderwijs 9 9", "Totaal 28 33",
]


def _answer(table: list[str]) -> str:
    return "\n".join([
        "Vraag nr. 19 van 11 januari 2022", "OKOT - instroom", "", "ANTWOORD", "",
        "1. Hieronder vindt u het aantal unieke cursisten.", "", *table, "",
    ])


def _blocks(table) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for cell in table.cells:
        if cell.level == "subtotal":
            out.setdefault(cell.province or cell.label, {})[cell.period] = cell.count
    return out


@pytest.mark.parametrize("lines, blocks, grand", [
    (PROVINCE_LINES, {"Antwerpen": {"2020": 19, "2021": 24, "2022": 28},
                      "Oost-Vlaanderen": {"2020": 8, "2021": 9, "2022": 10}}, [27, 32, 38]),
    # (the first block's name on the table's own header's line too: no title above it)
    (["Antwerpen 2020 2021 2022", *PROVINCE_LINES[2:]],
     {"Antwerpen": {"2020": 19, "2021": 24, "2022": 28}, "Oost-Vlaanderen": {"2020": 8, "2021": 9, "2022": 10}},
     [27, 32, 38]),
    (SECTOR_LINES, {"Subtotaal zorg": {"2021": 19, "2022": 24},
                    "Subtotaal onderwijs": {"2021": 9, "2022": 9}}, [28, 33]),
])
def test_a_blocks_name_with_the_header_printed_again_opens_the_next_block(lines, blocks, grand):
    answer = read_text(_answer(lines), "a.txt")
    assert len(answer.tables) == 1
    table = answer.tables[0]
    assert _blocks(table) == blocks
    assert [c.count for c in table.cells if c.level == "total"] == grand
    rows = [c for c in table.cells if c.level == "row"]
    assert len(rows) == 4 * len(grand)
    if "Oost-Vlaanderen" in blocks:
        assert {c.province for c in rows if c.line > 13} == {"Oost-Vlaanderen"}
    findings = audit(answer).findings
    assert not [f for f in findings if f.severity == "error"], findings
    assert answer.issues == []


def test_the_duplicates_of_each_block_and_of_the_provinces_are_said():
    findings = audit(read_text(_answer(PROVINCE_LINES), "a.txt")).findings
    said = {(f.rule, f.line) for f in findings if f.rule == "parts-exceed-total"}
    assert said == {("parts-exceed-total", 16), ("parts-exceed-total", 17)}  # (9 > 8; 24 + 9 > 32)


@pytest.mark.parametrize("lines", [
    # a province row whose counts happen to be the years, below rows (no block closed above it)
    ["Provincie 2020 2021 2022", "Antwerpen 2018 2019 2020", "Oost-Vlaanderen 2020 2021 2022",
     "Limburg 4 5 6", "Totaal 4024 4045 4048"],
    # the next table's header after a block's subtotal: its words are no block's name
    ["Unieke cursisten 2020 2021 2022", "Antwerpen", *(" ".join(r) for r in PROVINCE_ROWS),
     "Totaal Antwerpen 19 24 28", "", "Provincie 2020 2021 2022", "Antwerpen 3 4 5", "Limburg 1 2 3",
     "Totaal 4 6 8"],
])
def test_a_province_named_with_years_that_opens_no_block_is_no_blocks_head(lines):
    answer = read_text(_answer(lines), "a.txt")
    before = [(t.header_line, t.end_line, len(t.cells)) for t in answer.tables]
    if lines[0].startswith("Provincie"):
        rows = {c.label: c.count for c in answer.tables[0].cells if c.level == "row" and c.period == "2021"}
        assert rows["Oost-Vlaanderen"] == 2021
    else:
        assert len(before) == 2 and before[1][0] == 14


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
def test_a_pdfs_block_name_over_the_header_printed_again_opens_the_next_block(form):
    """The same table drawn in a PDF (the header's periods printed again in the row of the block's
    name), read from the PDF itself and from ``pdftotext -layout``."""
    from generate.extract import read_form
    from test_unseen_pdfs import autofit_pdf

    rows = [["Antwerpen", "", "", ""], *map(list, PROVINCE_ROWS), ["Totaal Antwerpen", "19", "24", "28"],
            ["Oost-Vlaanderen", "2020", "2021", "2022"],
            ["900611: Bachelor verpleegkunde - 1ste jaar", "5", "6", "8"],
            ["900612: Bachelor verpleegkunde - 2de jaar", "4", "3", "2"],
            ["Totaal Oost-Vlaanderen", "8", "9", "10"], ["Eindtotaal", "27", "32", "38"]]
    data = autofit_pdf(["Vraag nr. 19 van 11 januari 2022", "OKOT - instroom", "ANTWOORD",
                        "1. Hieronder vindt u het aantal unieke cursisten."],
                       ["Unieke cursisten", "2020", "2021", "2022"], rows, bold=(4,))
    answer = read_form(data, form)
    assert len(answer.tables) == 1 and answer.issues == []
    assert _blocks(answer.tables[0]) == {"Antwerpen": {"2020": 19, "2021": 24, "2022": 28},
                                         "Oost-Vlaanderen": {"2020": 8, "2021": 9, "2022": 10}}
    assert not [f for f in audit(answer).findings if f.severity == "error"]
