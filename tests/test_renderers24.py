"""A renderer never decides (renderers24): which errors a suspect explains, which suspects are
alternatives of another and what a table's chart shows are data of the audit — the findings
and the model — and every format shows the same."""

from __future__ import annotations

from okot_audit import read_text
from okot_audit.audit import audit
from okot_audit.findings import Finding, Report
from okot_audit.quick import replace
from okot_audit.report import render
from test_polish_suspects import ROW_TYPO

FORMATS = ("text", "markdown", "html")


def _finding(rule: str, role: str, line: int, period: str = "2020", **fields) -> Finding:
    base = dict(rule=rule, code="OK000", severity="error", path="a.txt", line=line, table="t1", measure=None,
                period=period, province=None, training_code=None, stated=45, observed=None, difference=None,
                message=f"{rule} at {line}", role=role)
    return Finding(**{**base, **fields})


def test_a_suspect_states_the_errors_it_explains():
    report = audit(read_text(ROW_TYPO, path="typo.txt"))
    [error] = report.by_rule("total-exceeds-parts")
    assert error.fails_total and not error.is_suspect
    typos = report.by_rule("likely-typo")
    assert typos and all(f.is_suspect and f.explains == (("total-exceeds-parts", 7, "2020"),) for f in typos)
    # the info finding at the same line (2019 holds with double counting) is explained by none
    [info] = report.by_rule("parts-exceed-total")
    assert info.line == 7 and not info.fails_total
    assert all((info.rule, info.line, info.period) not in s.explains for s in typos)
    assert not any(s.explains for s in report.findings if not s.is_suspect)


def test_every_format_shows_the_link_the_findings_state_and_no_other():
    """Strip the link from the suspects: no format notes them under the error any more (the
    renderers used to work it out themselves from rule names)."""
    report = audit(read_text(ROW_TYPO, path="typo.txt"))
    for fmt in FORMATS:
        assert "possible typo, line 5" in render(report, fmt), fmt
    unlinked = Report(report.answers, [replace(f, explains=()) for f in report.findings])
    for fmt in FORMATS:
        assert "possible typo" not in render(unlinked, fmt), fmt


def test_link_suspects_links_by_place_period_and_table_only_to_failing_totals():
    from okot_audit.rules.base import link_suspects

    error = _finding("total-exceeds-parts", "total", 7)
    info = _finding("parts-exceed-total", "total", 7, severity="info")
    other_period = _finding("total-exceeds-parts", "total", 7, period="2021")
    other_table = _finding("total-exceeds-parts", "total", 7, table="t2")
    suspect = _finding("likely-typo", "suspect", 5, severity="info", related=(("a.txt", 7, None),), rank=1)
    nameless = _finding("error-located", "suspect", 5, severity="info")  # names no figure: no suspect
    linked = link_suspects([error, info, other_period, other_table, suspect, nameless])
    assert linked[4].explains == (("total-exceeds-parts", 7, "2020"),)
    assert linked[5].explains == () and linked[:4] == [error, info, other_period, other_table]
    # a suspect standing on the total's own line (a total column) explains it in any period
    column = _finding("likely-typo", "suspect", 7, period="Totaal", severity="info", related=(("a.txt", 7, None),))
    assert link_suspects([other_period, column])[1].explains == (("total-exceeds-parts", 7, "2021"),)


def test_alternatives_are_the_rules_groups_and_the_text_folds_only_those():
    """The text report folds a less likely correction under the most likely of its group, as
    the rule grouped them: a correction of another group stays on its own line."""
    report = audit(read_text(ROW_TYPO, path="typo.txt"))
    typos = sorted(report.by_rule("likely-typo"), key=lambda f: f.rank)
    assert len(typos) > 1 and {f.group for f in typos} == {1} and [f.alternative for f in typos][:2] == [False, True]
    text = render(report, "text")
    assert "other corrections also fit" in text and text.count("OK206") == 1
    apart = Report(report.answers, [replace(f, group=2) if f is typos[1] else f for f in report.findings])
    text = render(apart, "text")
    assert text.count("OK206") == 2  # the one of another group: a line of its own
    # every format lists what was found: markdown and JSON name every correction either way
    for fmt in ("markdown", "json"):
        assert render(apart, fmt).count("likely-typo" if fmt == "json" else "OK206") == len(typos)


def test_a_tables_chart_is_computed_once_by_the_model():
    answer = read_text(ROW_TYPO, path="typo.txt")
    [table] = answer.tables
    bars = table.chart_bars
    assert bars and table.chart_bars is bars  # computed once
    assert [(b.label, b.stated, b.parts, b.line) for b in bars] == [("2019", 208, 211, 7), ("2020", 228, 223, 7)]
    # what the streamed HTML report keeps of it, and what a report draws from either: the same bars
    from okot_audit.charts import ChartTable
    from okot_audit.report._common import chart_series

    assert chart_series(ChartTable(table.id, bars)) == chart_series(table) == list(bars)


def test_the_result_cache_keeps_the_links(tmp_path):
    report = audit(read_text(ROW_TYPO, path="typo.txt"))
    for f in report.findings:
        assert Finding.from_stored(f.stored()) == f
