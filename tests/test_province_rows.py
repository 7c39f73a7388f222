"""A table whose rows are provinces, whatever the Brussels region is called and with rows for
where the others live (``Wallonië``, ``Buitenland``, ``Onbekend``): still a table by province,
each province's cells with its canonical name, the other rows without one."""

from __future__ import annotations

import pytest

from okot_audit import read_text
from okot_audit.parse.regions import province_name


@pytest.mark.parametrize("printed", [
    "Brussels Hoofdst. Gewest", "Brussels Hfdst. Gewest", "Brussel-Hoofdstad", "Brussels Gewest",
    "Brussels Hoofdstedelijk Gewest", "Brussel", "BHG",
])
def test_the_brussels_region_however_abbreviated(printed):
    assert province_name(printed) == "Brussel"


@pytest.mark.parametrize("printed", ["Brusselse scholen", "Brussel-Noord 2", "Hoofdstedelijk Gewest"])
def test_words_that_only_begin_like_brussels_name_no_province(printed):
    assert province_name(printed) is None


def _table(other: str):
    rows = [("Antwerpen", 112, 130), (other, 14, 19), ("Limburg", 61, 58), ("Oost-Vlaanderen", 98, 101)]
    total = ("Vlaams Gewest", 280, 300)
    lines = ["Vraag nr. 1 van 2 maart 2023", "Het aantal unieke cursisten dat een OKOT startte, per provincie:",
             "Provincie 2021 2022"] + [f"{label} {a} {b}" for label, a, b in [*rows, total]]
    (table,) = read_text("\n".join(lines) + "\n", "p.txt").tables
    return table


@pytest.mark.parametrize("other, province", [
    ("Brussels Hoofdst. Gewest", "Brussel"), ("Onbekend", None), ("Buitenland", None), ("Wallonië", None),
])
def test_a_row_beside_the_provinces_keeps_the_table_by_province(other, province):
    table = _table(other)
    assert table.layout.rows == "province"
    by_label = {c.label: c.province for c in table.cells if c.level == "row"}
    assert by_label == {"Antwerpen": "Antwerpen", other: province, "Limburg": "Limburg",
                        "Oost-Vlaanderen": "Oost-Vlaanderen"}


def test_rows_of_which_one_is_a_province_are_no_table_by_province():
    lines = ["Vraag nr. 1 van 2 maart 2023", "Het aantal unieke cursisten dat een OKOT startte:",
             "Opleiding 2021 2022", "Antwerpen 5 6", "Onbekend 3 4", "Educatieve master 10 12", "Totaal 18 22"]
    (table,) = read_text("\n".join(lines) + "\n", "p.txt").tables
    assert table.layout.rows == "programme"


@pytest.mark.parametrize("printed, province", [
    ("Antwerpen*", "Antwerpen"), ("Limburg (2)", "Limburg"), ("Limburg1", "Limburg"), ("West-Vl.*", "West-Vlaanderen"),
    ("Vlaams-Brabant (*)", "Vlaams-Brabant"), ("Antwerpen 2", None), ("Limburg 1)", None),
])
def test_a_province_with_a_footnotes_mark_glued_on(printed, province):
    """A mark glued to the name (a superscript ``¹`` is a digit after NFKC) is the footnote's;
    a number after a space is no mark."""
    assert province_name(printed) == province


def test_a_table_by_province_whose_rows_carry_footnote_marks():
    lines = ["Vraag nr. 61 van 7 maart 2022", "OKOT - starters", "1. Het aantal unieke cursisten dat startte:",
             "Provincie/jaar 2019 2020", "Antwerpen* 1.002 1.050", "Limburg¹ 401 420", "Oost-Vlaanderen (2) 300 310",
             "Totaal Vlaanderen 1.690 1.765", "* Met de stad Antwerpen.", "(2) Met Gent."]
    (table,) = read_text("\n".join(lines) + "\n", "marks.txt").tables
    assert (table.id, table.layout.rows, table.layout.blocks) == ("started_by_province", "province", None)
    assert sorted({(c.line, c.province) for c in table.cells if c.level == "row"}) == [
        (5, "Antwerpen"), (6, "Limburg"), (7, "Oost-Vlaanderen")]


def test_a_grand_total_alone_makes_no_blocks():
    """``Eindtotaal`` or ``Totaal Vlaanderen`` under rows without block subtotals closes the
    table; it made a table of codes one "in province blocks" (``started_by_province``)."""
    lines = ["Vraag nr. 3 van 1 maart 2023", "OKOT onderwijs", "1. Het aantal unieke cursisten dat startte:",
             "OKOT-code Opleiding 2021 2022", "908015: Specifieke lerarenopleiding (SLO) 133 140",
             "908017: Educatieve graduaatsopleiding 27 52", "Eindtotaal 155 180"]
    (table,) = read_text("\n".join(lines) + "\n", "grand.txt").tables
    assert (table.id, table.layout.rows, table.layout.blocks) == ("started", "code", None)
