"""A total column's cell on a total line is checked over its line's periods by what the line's
own words count (found by tests/test_generated_shapes20.py's corrupted-figure property)."""

from __future__ import annotations

from okot_audit import audit, read_text

HEAD = "Hieronder vindt u het aantal stopgezette unieke cursisten per opleiding.\n\n"
ROWS = (
    "Opleiding                        2019    2020    2021    Totaal\n"
    "Verkorte kinderzorg                26      28      34        80\n"
    "Graduaat orthopedagogie            10      12      15        30\n"
    "\n"
)


def _periods_findings(text: str) -> list[tuple[str, str, int | None, int | None]]:
    report = audit(read_text(HEAD + text, "answer.txt"))
    return [
        (f.rule, f.severity, f.stated, f.observed)
        for f in report.findings
        if f.rule in ("parts-exceed-total", "total-exceeds-parts") and f.period == "Totaal" and f.line == 7
    ]


def test_a_total_column_of_enrolments_must_equal_its_periods_sum():
    """``Totaal inschrijvingen`` adds up its periods' enrolments: its Totaal column (125) below
    their sum (170) is an error, not "45 enrolments more than persons" (an info, before)."""
    text = ROWS + (
        "Totaal inschrijvingen              36      40      94       125\n"
        "Totaal unieke cursisten            36      40      49       110\n"
    )
    assert _periods_findings(text) == [("parts-exceed-total", "error", 125, 170)]


def test_a_total_column_of_enrolments_that_adds_up_says_nothing():
    text = ROWS + (
        "Totaal inschrijvingen              36      40      49       125\n"
        "Totaal unieke cursisten            36      40      49       110\n"
    )
    assert _periods_findings(text) == []


def test_a_total_column_of_unique_persons_may_stay_below_its_periods_sum():
    """``Totaal unieke cursisten`` counts each person once over the periods: below their sum is
    double counting (info), as the table's own unit says."""
    report = audit(read_text(HEAD + ROWS + (
        "Totaal inschrijvingen              36      40      49       125\n"
        "Totaal unieke cursisten            36      40      49       110\n"
    ), "answer.txt"))
    found = [(f.rule, f.severity, f.stated, f.observed) for f in report.findings if f.line == 8 and f.period == "Totaal"]
    assert found == [("parts-exceed-total", "info", 110, 125)]
