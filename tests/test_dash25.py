"""Single-spaced text of generated answers read wrong without a finding that says so (session
25, dash25): a name's range (``2 - 3``) before its row's figures."""

from __future__ import annotations

from okot_audit import audit, read_text
from test_shapes_forms import TOTAL_RULES

HEAD = (
    "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)


def _total_errors(answer) -> list[str]:
    return [f.message for f in audit(answer, select=list(TOTAL_RULES)).findings if f.severity == "error"]


def test_a_range_before_fewer_figures_than_periods_is_the_names_where_the_totals_say_so():
    """pdfplumber, shapes20 ``code_by_province_years`` seed 125: ``924422: bijkomende -1ste jaar
    2 - 3 15 46`` under three school years counts 15 and 46 (its third year blank, a space in
    text whose spacing elsewhere marks blanks). Read as 3, 15 and 46 — the range's end a count —
    with false total errors on ``Totaal Vlaams-Brabant``; the reading where the digit closes the
    range is the one its block's total fits."""
    answer = read_text(HEAD + "\n".join([
        "Provincie Opleiding 2016-2017 2017-2018 2018-2019",
        "Vlaams-Brabant",
        "820440: Hoger -1ste jaar bachelor - 1 42 870 22",
        "Professionele",
        "924422: bijkomende -1ste jaar 2 - 3 15 46",
        "Totaal Vlaams-Brabant 57 916 22",
        "Eindtotaal 57 916 22",
    ]) + "\n", "generated.txt")
    assert _total_errors(answer) == []
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells if c.code == "924422"] == [
        ("bijkomende -1ste jaar 2 - 3", "2016-2017", 15), ("bijkomende -1ste jaar 2 - 3", "2017-2018", 46)]
