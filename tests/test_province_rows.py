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
