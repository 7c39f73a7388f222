"""A block's key of any kind — a category of persons, an age class — in a column of its own
beside the block's rows (a pivot table in tabular form: ``Man | 900123: … | 10`` on each row,
closed by ``Man Totaal`` or ``Totaal Man``), read as a block as a province in that place is
(round 21). Before, the closing line was a row (``Man Totaal``) or the table's total, and the
blocks gave false ``parts-exceed-total`` / ``total-below-largest-part`` errors."""

from __future__ import annotations

import pytest

from okot_audit.parse import read_text

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from test_unseen_xlsx20 import A1, A2, TITLE, answer_in, checks_of  # noqa: E402

AGES = ("-25 jaar", "25-54 jaar", "55+ jaar")


def _keyed(labels: tuple[str, ...], counts: dict[str, list[int]], closing: str, grand: int | None = None) -> list[list]:
    """A tabular pivot: each block's key on each of its rows, then its closing line."""
    rows: list[list] = [[TITLE], [], ["Geslacht", "Opleiding", 2022]]
    for key, figures in counts.items():
        rows += [[key, label, n] for label, n in zip(labels, figures)]
        rows.append([closing.format(key=key), None, sum(figures)])
    if grand is not None:
        rows.append(["Eindtotaal", None, grand])
    return rows


def _blocks(answer) -> list[tuple]:
    return [(c.level, c.block, c.count) for t in answer.tables for c in t.cells]


@pytest.mark.parametrize("form", ["xlsx", "text"])
@pytest.mark.parametrize("closing", ["{key} Totaal", "Totaal {key}"])
@pytest.mark.parametrize("labels", [(A1, A2), AGES], ids=["codes", "ages"])
def test_gender_keys_beside_the_rows_are_blocks(form, closing, labels):
    counts = {"Man": [10, 20, 3][:len(labels)], "Vrouw": [5, 7, 4][:len(labels)]}
    total = sum(map(sum, counts.values()))
    answer = answer_in(form, _keyed(labels, counts, closing, total))
    expected = [("row", key.lower(), n) for key, figures in counts.items() for n in figures]
    cells = _blocks(answer)
    assert [c for c in cells if c[0] == "row"] == expected
    assert [c for c in cells if c[0] != "row"] == [
        ("subtotal", "man", sum(counts["Man"])), ("subtotal", "vrouw", sum(counts["Vrouw"])), ("total", None, total)]
    assert [f for f in checks_of(answer) if f[1] in ("error", "warning")] == []


@pytest.mark.parametrize("form", ["xlsx", "text"])
def test_a_keyed_blocks_wrong_subtotal_is_still_an_error(form):
    rows = _keyed((A1, A2), {"Man": [10, 20], "Vrouw": [5, 7]}, "Totaal {key}", 42)
    rows[5][2] = 3  # Totaal Man below its largest row
    found = [(f[0], f[2]) for f in checks_of(answer_in(form, rows)) if f[1] == "error"]
    assert ("total-below-largest-part", 6) in found


def test_a_total_whose_name_no_row_above_starts_with_stays_the_total():
    """``Totaal vrouwen`` under ``Mannen`` / ``Vrouwen`` rows (no label after the key): the
    table's total, no block."""
    answer = read_text("Aantal unieke cursisten in 2022:\n\nGeslacht 2022\nMannen 10\nVrouwen 5\nTotaal vrouwen 5\n", "a.txt")
    assert ("subtotal" not in [c.level for t in answer.tables for c in t.cells])
