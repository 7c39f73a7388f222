"""The text extractors make of an answer's PDF, round 17: forms earlier rounds left open.

Each test gives the text as an extractor prints it (``pdftotext -layout`` laying every figure
out under its header, pdfplumber's and pypdf's single-spaced lines) and asserts the exact cells
and findings a correct reader gives; each failed on the reader before its fix.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = "ANTWOORD\nop vraag nr. 233 van 19 september 2024\nvan Kathleen Krekels\n\n"


def cells(answer) -> list[tuple]:
    return [(c.level, c.province or c.code or c.label, c.period, c.count) for t in answer.tables for c in t.cells]


# 1. A range as the only value of a one-period row, in laid-out text.

def _laid_out(rows: list[str], width: int = 24) -> str:
    """One-period rows as ``pdftotext -layout`` prints them, no blank line between them."""
    return "\n".join(f"{r.rsplit(None, 1)[0]:<{width}}{r.split()[-1]:>8}" for r in rows)


@pytest.mark.parametrize("value, form, form_nl", [
    ("30-35", "a range", "een bereik (van \u2026 tot \u2026)"),
    ("1.000-1.500", "a range", "een bereik (van \u2026 tot \u2026)"),
    ("-4", "a negative number", "een negatief getal"),
])
def test_a_range_as_the_only_value_of_a_laid_out_row_is_said_never_joined(value, form, form_nl):
    """``Limburg      30-35`` in laid-out text: the line holds no count, so it was joined to the
    row above as its label's second line (``Antwerpen Limburg 412 30-35``): 412 a stray number,
    the total failing against 388 alone, and the range never named. As in single-spaced text
    (tests/test_messages16.py), the row is unread and said so, and the totals over it unchecked."""
    rows = ["Provincie Aantal", "Antwerpen 412", f"Limburg {value}", "Oost-Vlaanderen 388", "Totaal 800"]
    text = HEAD + "1. Het aantal unieke cursisten dat een OKOT startte in 2023:\n\n" + _laid_out(rows) + "\n"
    answer = read_text(text, "n.txt")
    found = audit(answer).findings
    assert [(f.rule, f.line, f.severity) for f in found] == [("unreadable-table", 9, "error")]
    assert found[0].message == (
        f"cannot read row Limburg of the table \"Provincie Aantal\" (line 7): it prints {value} where a count of "
        f"persons stands \u2014 {form}, no count; the row is not read (other numbers: none) and the table's totals "
        "were not checked; check this row against the published PDF")
    assert [f.message for f in audit(answer, lang="nl").findings][0].startswith(
        f"rij Limburg van de tabel \"Provincie Aantal\" (regel 7) is niet te lezen: ze drukt {value} af waar een "
        f"aantal personen staat \u2014 {form_nl}, geen aantal")
    assert cells(answer) == [
        ("row", "Antwerpen", "2023", 412), ("row", "Oost-Vlaanderen", "2023", 388), ("total", "Totaal", "2023", 800)]


def test_a_range_in_a_laid_out_label_stays_the_label_s():
    """What stays as it was: an age class (``25-54 jaar``) is a label, in its own column."""
    rows = ["Leeftijd Aantal", "-25 jaar 120", "25-54 jaar 300", "55+ jaar 40", "Totaal 460"]
    text = HEAD + "1. Het aantal unieke cursisten dat een OKOT startte in 2023, per leeftijd:\n\n" + _laid_out(rows)
    answer = read_text(text + "\n", "n.txt")
    assert cells(answer) == [
        ("row", "-25 jaar", "2023", 120), ("row", "25-54 jaar", "2023", 300), ("row", "55+ jaar", "2023", 40),
        ("total", "Totaal", "2023", 460)]
    assert audit(answer).findings == []
