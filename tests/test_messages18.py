"""Messages and reports, round 18: what a table's layout is in words (a total alone, blocks that
are no sectors), the columns of a table on its side, the header words of a table of three
levels, and what an additive total over blocks of one attribute counts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from okot_audit import audit, read_text
from okot_audit.report import render

sys.path.insert(0, str(Path(__file__).parent))
from test_unseen_answers8 import HEAD, PROVINCE_SECTOR_CODE, SECTOR_PROVINCE_CODE, THREE_HEAD, _text  # noqa: E402


def _layout_line(text: str, name: str, lang: str = "en") -> str:
    """The line under the table's heading in the text report: what the table counts and how."""
    out = render(audit(read_text(text, name), lang=lang), "text", lang=lang).splitlines()
    heading = next(k for k, line in enumerate(out) if line.lstrip().startswith(("table ", "tabel ")))
    return out[heading + 1]


def _document_keys(text: str, name: str) -> set[str]:
    data = json.loads(render(audit(read_text(text, name)), "json"))
    return {key for document in data["documents"] for table in document["tables"] for key in table}


#: The keys of a table in the JSON report's documents (unchanged by this round).
TABLE_KEYS = {"id", "title", "measure", "layout", "rows", "blocks", "total_column", "unit", "unique_persons",
              "line", "end_line", "periods", "cells"}

# --------------------------------------------------------------------------------------------
# 1. A table of its total alone is no table of rows by programme.

TOTAL_ONLY = """OKOT's - Onderwijssector

Aantal diploma's
2021 2022 2023
Totaal 1.487 1.612 1.700
"""


def test_a_table_of_its_total_alone_says_so():
    """It was described as ``rows by programme``: it has no row."""
    assert _layout_line(TOTAL_ONLY, "t.txt") == "    graduated, a total only, 2021 2022 2023"
    assert _layout_line(TOTAL_ONLY, "t.txt", "nl") == "    geslaagd, alleen een totaal, 2021 2022 2023"
    out = render(audit(read_text(TOTAL_ONLY, "t.txt")), "markdown")
    assert "a total only" in out and "rows by programme" not in out
    assert _document_keys(TOTAL_ONLY, "t.txt") == TABLE_KEYS  # (what the reports say is no JSON key)


# --------------------------------------------------------------------------------------------
# 2. A table on its side: a line's figures are placed over columns, not periods.

SIDEWAYS = """OKOT's - Zorgsector

Unieke cursisten met gestarte OKOT'(s)
Jaar Antwerpen Limburg Oost-Vlaanderen Totaal
2020 50 40 30 118
2021 55 45 100
2022 60 50 40 147
"""


def test_a_line_of_a_table_on_its_side_is_placed_over_its_columns():
    """``which of the 4 periods`` — the four are the columns (provinces and the total)."""
    found = audit(read_text(SIDEWAYS, "s.txt")).by_rule("ambiguous-alignment")
    assert [f.line for f in found] == [6]
    assert "in which of the 4 columns (Antwerpen, Limburg, Oost-Vlaanderen, Totaal) each" in found[0].message
    assert "periods" not in found[0].message
    nl = audit(read_text(SIDEWAYS, "s.txt"), lang="nl").by_rule("ambiguous-alignment")
    assert "in welke van de 4 kolommen (Antwerpen, Limburg, Oost-Vlaanderen, Totaal) elk" in nl[0].message


def test_a_row_of_a_table_the_usual_way_is_still_placed_over_its_periods():
    text = ("OKOT's - Onderwijssector\n\nUnieke cursisten met gestarte OKOT'(s) 2018 2019 2020 2021\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71 138 102\n"
            "908015: Specifieke lerarenopleiding (SLO) 54 32\n"
            "908017: Educatieve graduaatsopleiding 27 52 73 80\n")
    found = audit(read_text(text, "u.txt")).by_rule("ambiguous-alignment")
    assert found and all("of the 4 periods" in f.message for f in found)


# --------------------------------------------------------------------------------------------
# 3. Blocks named by words other than sectors are no sector blocks.

GENDER_BLOCKS = """OKOT's - Zorgsector

Rijlabels 2019 2020
Man 78 22
900123: Tweedekansonderwijs zorgkundige - 1ste jaar 19 22
900611: Professionele bachelor verpleegkunde - 1ste jaar 59
Vrouw 30 32
900123: Tweedekansonderwijs zorgkundige - 1ste jaar 10 11
900611: Professionele bachelor verpleegkunde - 1ste jaar 20 21
Eindtotaal {grand} 54
"""

KIND_BLOCKS = """OKOT's - Onderwijssector

1. Het aantal unieke cursisten dat startte, per soort opleiding.

OKOT 2021 2022
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 120 131
908011: Educatieve bachelor voor lager onderwijs - 1ste jaar 80 85
Subtotaal bachelors 195 210
908020: Verkorte educatieve master 10 12
Subtotaal masters 10 12
Totaal 205 222
"""

SECTOR_BLOCKS = """OKOT's - Zorgsector

1. Het aantal unieke cursisten dat startte, per sector.

OKOT 2021 2022
Zorg
900123: Tweedekansonderwijs zorgkundige - 1ste jaar 112 120
900611: Professionele bachelor verpleegkunde - 1ste jaar 48 50
Subtotaal zorg 158 170
Onderwijs
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 51
Subtotaal onderwijs 50 51
Totaal 208 221
"""


@pytest.mark.parametrize("text, en, nl", [
    (GENDER_BLOCKS.format(grand=108), "in blocks by gender", "in blokken per geslacht"),
    (KIND_BLOCKS, "in blocks", "in blokken"),
    (SECTOR_BLOCKS, "in sector blocks", "in sectorblokken"),
])
def test_blocks_are_sector_blocks_only_when_sectors_name_them(text, en, nl):
    """``Man`` / ``Vrouw`` blocks and ``Subtotaal bachelors`` were said ``in sector blocks``."""
    assert _layout_line(text, "b.txt").split(", ")[2] == en
    assert _layout_line(text, "b.txt", "nl").split(", ")[2] == nl
    report = audit(read_text(text, "b.txt"))
    assert [t.id.endswith("_by_sector") for t in report.answers[0].tables] == [True]  # (ids as they were)
    assert _document_keys(text, "b.txt") == TABLE_KEYS


# --------------------------------------------------------------------------------------------
# 4. A table of three levels is titled by its header's words, not its first block's name.

@pytest.mark.parametrize("laid", [False, True], ids=["single-spaced", "laid-out"])
@pytest.mark.parametrize("rows, head, title", [
    (SECTOR_PROVINCE_CODE, THREE_HEAD, "Sector Provincie Opleiding Aantal"),
    (PROVINCE_SECTOR_CODE, HEAD + "1. Het aantal unieke cursisten dat in 2023 een OKOT startte, per provincie en "
     "sector:\n\n", "Provincie Sector Opleiding Aantal"),
])
def test_a_three_level_tables_heading_is_its_header(rows, head, title, laid):
    """``Sector Provincie Opleiding Aantal Zorg`` (laid out: ``… Zorg Antwerpen Aantal``)."""
    answer = read_text(head + _text(rows, laid) + "\n\nBron: VDAB.\n", "s.txt")
    assert [t.title for t in answer.tables] == [title]
    out = render(audit(answer), "text")
    assert f'table "{title}" (lines ' in out


# --------------------------------------------------------------------------------------------
# 5. A total over blocks of one attribute that fails says what it counts: persons, one gender each.

def test_a_grand_total_over_gender_blocks_says_it_splits_persons():
    """``it counts events, which add up exactly — 3 unique persons too many``: events and
    persons in one sentence. The blocks split the persons by gender: the message says so."""
    found = audit(read_text(GENDER_BLOCKS.format(grand=105), "g.txt")).by_rule("parts-exceed-total")
    assert [(f.severity, f.line, f.stated, f.observed) for f in found] == [("error", 10, 105, 108)]
    assert "every person has one gender, so the subtotals must add up to the total exactly" in found[0].message
    assert "events" not in found[0].message
    nl = audit(read_text(GENDER_BLOCKS.format(grand=105), "g.txt"), lang="nl").by_rule("parts-exceed-total")
    assert "elke persoon heeft één geslacht" in nl[0].message and "gebeurtenissen" not in nl[0].message
