"""Silent or misleading readings made loud or right (session 36, silentc36).

1. ``Aantal uren`` over one figure per period: one column, a number of hours, a quantity
   (:func:`~okot_audit.parse.units.unit_kind` ``time``): never read as counts of persons.
2. A page's running header printed once (``Vlaams Parlement - Schriftelijke vragen en
   antwoorden``) is page furniture, never a row's name.
3. A persons caption over a column named by another unit (``Aantal unieke cursisten`` over
   ``Inschrijvingen``): the disagreement is said (``measure-unknown``), as for the reverse.
4. A table on its side whose total column names what it counts (``Totaal unieke cursisten``,
   ``Totaal inschrijvingen``): read, the total by its own words.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

# 4. A table on its side, its total column named with its unit.

SIDE = ("OKOT per schooljaar\n\nAntwoord\n\nWie in beide sectoren startte, telt in de totaalkolom één keer.\n\n"
        "Gestarte unieke cursisten per schooljaar en sector\n\nSchooljaar {head}\n2019-2020 402 388 790\n"
        "2020-2021 431 475 898\n2021-2022 455 498 940\n\nBron: VDAB.\n")


@pytest.mark.parametrize("total, semantics, severity", [
    ("Totaal unieke cursisten", "unique", "info"), ("Totaal inschrijvingen", "additive", "error"),
    ("Eindtotaal cursisten", "unique", "info"), ("Totaal personen", "unique", "info"),
])
def test_a_total_column_named_by_its_unit_on_a_table_on_its_side_is_read_by_its_own_words(total, semantics, severity):
    answer = read_text(SIDE.format(head=f"Zorg Onderwijs {total}"))
    assert answer.issues == []
    assert [(c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells if c.level == "total"] == [
        (total, "2019-2020", 790, semantics), (total, "2020-2021", 898, semantics), (total, "2021-2022", 940, semantics)]
    assert [(f.period, f.severity) for f in audit(answer).findings if f.rule == "parts-exceed-total"] == [
        ("2020-2021", severity), ("2021-2022", severity)]


def test_a_unit_alone_after_the_sectors_is_no_total_column():
    """Guard: ``Zorg Onderwijs Cursisten``: a unit's word without a total's is no total column."""
    answer = read_text(SIDE.format(head="Zorg Onderwijs Cursisten"))
    assert not any(c.level == "total" and c.label == "Cursisten" for t in answer.tables for c in t.cells)
