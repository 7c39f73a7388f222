"""The seeds audit as DOMAIN.md's truth says: no error, no warning, the double counting and
the partial periods at their places."""

from __future__ import annotations

from pathlib import Path

import pytest

from okot_audit.audit import audit

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EDUCATION = SEEDS / "000_699ad5193617b98e.txt"
CARE = SEEDS / "002_f58759045b60ed02.txt"

# (measure, period) -> (sum of rows, stated total), from DOMAIN.md's truth table
YEAR_TRUTH = {
    ("started", "2018"): (441, 439), ("started", "2019"): (864, 834),
    ("started", "2020"): (1492, 1472), ("started", "2021"): (1496, 1480),
    ("stopped_or_failed", "2018"): (100, 99), ("stopped_or_failed", "2019"): (178, 175),
    ("stopped_or_failed", "2020"): (271, 270), ("stopped_or_failed", "2021"): (550, 549),
}
PROVINCE_TRUTH = {
    "Antwerpen": (591, 577), "Limburg": (556, 529), "Oost-Vlaanderen": (952, 918),
    "Vlaams-Brabant": (232, 230), "West-Vlaanderen": (775, 751), "Brussel": (59, 57),
    None: (3062, 3058),  # the Eindtotaal over the six subtotals
}


@pytest.fixture(scope="module")
def report():
    return audit([EDUCATION, CARE])


def test_no_error_and_no_warning(report):
    assert report.summary["error"] == 0
    assert report.summary["warning"] == 0
    assert not report.fails("warning")


def test_year_tables_report_every_double_count(report):
    found = {
        (f.measure, f.period): (f.observed, f.stated, f.difference)
        for f in report.by_rule("parts-exceed-total") if f.path == str(EDUCATION)
    }
    expected = {k: (rows, total, rows - total) for k, (rows, total) in YEAR_TRUTH.items()}
    assert found == expected
    assert all(f.severity == "info" for f in report.by_rule("parts-exceed-total"))


def test_graduates_add_up_exactly(report):
    graduated = [f for f in report.findings if f.measure == "graduated" and f.rule != "partial-period"]
    assert graduated == []


def test_province_table_reports_duplicates_per_block_and_across_provinces(report):
    found = {
        f.province: (f.observed, f.stated, f.difference)
        for f in report.by_rule("parts-exceed-total") if f.path == str(CARE)
    }
    assert found == {p: (rows, total, rows - total) for p, (rows, total) in PROVINCE_TRUTH.items()}
    antwerpen = next(f for f in report.by_rule("parts-exceed-total") if f.province == "Antwerpen")
    assert antwerpen.line == 72 and "14" in antwerpen.message
    grand = next(f for f in report.by_rule("parts-exceed-total") if f.path == str(CARE) and f.province is None)
    assert grand.line == 236 and "two provinces" in grand.message


def test_partial_periods(report):
    partial = {(f.path, f.measure, f.period) for f in report.by_rule("partial-period")}
    assert partial == {
        (str(EDUCATION), "graduated", "2022"),
        (str(EDUCATION), "stopped_or_failed", "2022"),
        (str(CARE), "started", "2020"),
    }


def test_findings_are_in_a_deterministic_order(report):
    again = audit([EDUCATION, CARE])
    assert [f.as_dict() for f in again.findings] == [f.as_dict() for f in report.findings]
    keys = [(f.path, f.line or 0) for f in report.findings]
    assert keys == sorted(keys)


def test_findings_as_a_dataframe(report):
    frame = report.frame()
    assert list(frame.columns) == [
        "rule", "code", "severity", "path", "line", "table", "measure", "period", "province",
        "training_code", "label", "page", "stated", "observed", "difference", "suggestion",
        "message",
    ]
    assert len(frame) == len(report.findings)
    assert frame["difference"].sum() == sum(f.difference or 0 for f in report.findings)


def test_dutch_messages():
    report = audit(CARE, lang="nl")
    antwerpen = next(f for f in report.by_rule("parts-exceed-total") if f.province == "Antwerpen")
    assert "dubbel geteld" in antwerpen.message


def test_what_the_answers_did_not_answer(report):
    """Seed 000 asks for five years and its started table gives four, saying 2022 comes in
    November; seed 002 defers its answer to question 2 to 1 February 2021."""
    missing = report.by_rule("period-not-given")
    assert [(f.path, f.line, f.measure, f.stated, f.observed, f.severity) for f in missing] == [
        (str(EDUCATION), 68, "started", 4, 5, "info")]
    assert "pas beschikbaar half november 2022" in missing[0].message
    deferred = report.by_rule("answer-deferred")
    assert [(f.path, f.line, f.severity) for f in deferred] == [(str(CARE), 238, "info")]
    assert "2021-02-01" in deferred[0].message and "uitval" in deferred[0].message


def test_the_two_seeds_share_no_figure(report):
    """Different sectors: the started totals of 2020 (1472 and 3058) are not the same figure."""
    assert report.by_rule("figure-revised") == []
