"""Design mends of session 35 (design35) that change no reading, where a change is observable.

- ``_column_province`` (parse/__init__.py) gives a province's column of a header of provinces
  (``Leeftijd Antwerpen Limburg … Vlaams Gewest``, test_ageprov34) its province as a transform:
  a new table; the table it is given stays as it was (on main its cells were set in place).
"""

from __future__ import annotations

from dataclasses import replace

from test_ageprov34 import build

from okot_audit.parse import _column_province, parse_answer
from okot_audit.source import source_from_bytes


def test_column_province_leaves_the_table_it_is_given_as_it_was():
    built = build("Leeftijd")
    read = parse_answer(source_from_bytes(built.text.encode(), "a.txt"))
    columns = [t for t in read.tables if t.column_province]
    assert {t.column_province for t in columns} == set(built.provinces)
    for table in columns:
        bare = replace(table, column_province=None, cells=[replace(c, province=None) for c in table.cells])
        cells = list(bare.cells)
        made = _column_province(bare)
        assert made is not bare
        assert bare.column_province is None and bare.cells == cells  # (the table given: as it was)
        assert made.column_province == table.column_province
        assert made.cells == table.cells  # (the new table: each cell its column's province)
        assert {c.province for c in made.cells} == {table.column_province}
