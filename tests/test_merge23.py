"""Regressions found when session 23's branches met on main (each failed on main after the
merge that brought the two changes together)."""

from okot_audit import audit
from okot_audit.parse import read_text


def test_a_withheld_count_in_a_row_with_a_total_column_counts_among_its_periods():
    """``Antwerpen <5 2 3`` under ``2015 2016 Totaal``: the row's total column counts unique
    persons over its periods, one of them withheld (0 to 4). Pairing a row's cells with its total
    column by line, level and label (so that a row and a total line an extractor ran into one
    line stay two) left the withheld count's stand-in, labelled by its bound, out of its row: the
    total 3 over a sum of 2 was a false ``total-exceeds-parts`` error."""
    text = (
        "Vraag nr. 1 van 3 januari 2023\nAntwoord\nAantal unieke cursisten per provincie.\n\n"
        "Provincie 2015 2016 Totaal\nAntwerpen <5 2 3\nLimburg 1 1 1\nTotaal 4 3 4\n"
    )
    answer = read_text(text, "withheld.txt")
    assert [(i.kind, i.line) for i in answer.issues] == [("count-withheld", 6)]
    findings = audit(answer).findings
    assert [f.rule for f in findings if f.severity in ("error", "warning")] == []
    assert ("count-withheld", 6) in [(f.rule, f.line) for f in findings]
