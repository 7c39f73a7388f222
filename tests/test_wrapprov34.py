"""A finding about a row that has a province says its row too (wrapprov34).

In a table whose columns are provinces (``Leeftijd Antwerpen Limburg … Vlaams Gewest``) and in a
province's block of category rows (``Antwerpen`` / ``Man`` / ``Vrouw`` / ``Totaal Antwerpen``), every
cell has a province AND a row of its own words. The findings' ``label`` was null wherever a province was
set (``totals.TotalCheck.place``, ``likely_typo.place``, ``duplicate-row``, ``totals-disagree``, the
reader's issues), so a finding in the Limburg column could not say which age class it was about, and
two of them shared one SARIF fingerprint. Now the label is the row's words beside its province
(:func:`okot_audit.tables.finding_label`); a row that is its province itself (``Antwerpen`` in a table
of provinces) keeps none, a coded row its code alone.

The answers are built from persons (test_ageprov34's ``build``) and the planted figures are known.
"""

from __future__ import annotations

import pytest

from okot_audit import audit
from okot_audit.report.sarif import fingerprint
from test_ageprov34 import build, read, _planted

BLOCKS = """Antwoord

Tabel 1. Unieke cursisten met gestarte OKOT'(s)

Geslacht 2022 2023
Antwerpen
Man {man_a} 12
Vrouw 5 6
Totaal Antwerpen 15 18
Limburg
Man 7 8
Vrouw 3 4
Totaal Limburg 10 12
Totaal 25 30
"""


@pytest.fixture(scope="module")
def column_findings():
    """The Limburg column's ``Totaal`` one above the sum of its age classes."""
    built = build("Leeftijd")
    return built, audit(read(_planted(built, 3, 2, +1))).findings


def test_a_total_in_a_province_column_names_its_line(column_findings):
    """total-exceeds-parts at the Limburg column's ``Totaal``: province Limburg AND label ``Totaal``
    (main: label null — the finding did not say which row of the Limburg column)."""
    _, findings = column_findings
    [total] = [f for f in findings if f.rule == "total-exceeds-parts"]
    assert (total.province, total.label, total.stated) == ("Limburg", "Totaal", total.observed + 1)


def test_the_suspects_in_a_province_column_name_their_age_class(column_findings):
    """error-located in the Limburg column: each names its age class beside the province (main: every
    one ``Limburg`` alone), and so each has a fingerprint of its own (main: the same row for all)."""
    built, findings = column_findings
    suspects = [f for f in findings if f.rule == "error-located" and f.province == "Limburg"]
    assert {f.label for f in suspects} == {"-25 jaar", "25-54 jaar", "55+ jaar", "Totaal"}
    assert {f.row for f in suspects} == {f"Limburg {c}" for c in ("-25 jaar", "25-54 jaar", "55+ jaar", "Totaal")}
    assert len({fingerprint(f, "a.txt") for f in suspects}) == len(suspects)


def test_rows_of_a_province_block_keep_their_words():
    """A province's block of category rows: a repeated row, the suspects and the failing subtotal
    each say their row beside the block's province (main: label null for all but error-located's
    subtotal)."""
    findings = audit(read(BLOCKS.format(man_a=10) .replace("Vrouw 5 6\n", "Vrouw 5 6\nMan 10 12\n", 1))).findings
    got = {(f.rule, f.line, f.province, f.label) for f in findings if f.rule in ("duplicate-row", "parts-exceed-total")}
    assert got == {("duplicate-row", 9, "Antwerpen", "Man"),
                   ("parts-exceed-total", 10, "Antwerpen", "Totaal Antwerpen")}
    suspects = {(f.line, f.label) for f in findings if f.rule == "error-located" and f.period == "2022"}
    assert (7, "Man") in suspects and (9, "Man") in suspects


def test_a_planted_row_in_a_block_is_named_in_the_text_report():
    """likely-typo/error-located about ``Man`` 2022 in the Antwerpen block: the text report's note names
    ``Antwerpen Man 2022`` (main: ``Antwerpen 2022``)."""
    from okot_audit.report._common import figure_label

    findings = audit(read(BLOCKS.format(man_a=11))).findings
    named = {figure_label(f) for f in findings if f.is_suspect or f.rule == "error-located"}
    assert "Antwerpen Man 2022" in named, named


def test_a_row_that_is_its_province_keeps_no_label():
    """A table whose rows ARE provinces: a suspect in the ``Limburg`` row says the province once —
    its label stays null, as the row's words are the province's name."""
    text = ("Antwoord\n\nTabel 1. Unieke cursisten met gestarte OKOT'(s)\n\nProvincie 2022 2023\n"
            "Antwerpen 10 12\nLimburg 9 8\nTotaal 19 21\n")
    findings = audit(read(text.replace("Limburg 9 8", "Limburg 9 7"))).findings
    rows = {(f.province, f.label) for f in findings if f.line == 7}
    assert rows and all(label is None for _, label in rows) and ("Limburg", None) in rows, rows
