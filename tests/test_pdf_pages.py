"""Findings in a PDF say on which page they stand: in the JSON and SARIF reports (``page``) and
in the words the text, Markdown and HTML reports show — a PDF's line numbers count through its
text, which no viewer shows, so the page is what lets a reader find the figure."""

from __future__ import annotations

import json

import pytest

from okot_audit import audit
from okot_audit.report import render
from okot_audit.report._common import severity_word
from okot_audit.run import answer_of
from test_read_pdf import SEEDS, seed_pdf

STYLE = "plain-middle"  # (several pages, a page number at each foot)


@pytest.fixture(scope="module", params=SEEDS)
def report(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / f"{request.param}.pdf"
    path.write_bytes(seed_pdf(request.param, STYLE))
    return audit(path), answer_of(path.read_bytes(), str(path))


def test_every_finding_at_a_cell_is_on_the_page_of_that_cell(report):
    result, answer = report
    page_of_line = {c.line: c.page for t in answer.tables for c in t.cells}
    assert len(set(page_of_line.values())) > 1  # (the answer runs over several pages)
    at_cells = [f for f in result.findings if f.line in page_of_line]
    assert at_cells
    assert [(f.line, f.page) for f in at_cells] == [(f.line, page_of_line[f.line]) for f in at_cells]
    # (a line between two on one page is on that page; after the last table no page is known)
    first, last = min(page_of_line), max(page_of_line)
    assert all(f.page is not None for f in result.findings if f.line is not None and first <= f.line <= last)


@pytest.mark.parametrize("lang, word", [("en", "page"), ("nl", "pagina")])
def test_the_text_report_names_the_page_of_each_finding(report, lang, word):
    result, _ = report
    text = render(result, "text", lang=lang)
    paged = [f for f in result.findings if f.page is not None]
    assert paged
    for f in paged:
        assert f"{f.path}:{f.line}: {f.code} {f.rule} [{severity_word(f.severity, lang)}] ({word} {f.page}) " in text


def test_the_markdown_and_html_reports_name_the_page_beside_the_line(report):
    result, _ = report
    f = next(f for f in result.findings if f.line is not None)
    assert f"| {f.line} (page {f.page}) |" in render(result, "markdown")
    assert f'<td class="num">{f.line} (page {f.page})</td>' in render(result, "html")
    assert json.loads(render(result, "json"))["findings"][0]["page"] == result.findings[0].page


def test_findings_on_text_without_pages_name_none(tmp_path):
    from clitools import SEED_PROVINCES

    result = audit(SEED_PROVINCES)
    assert result.findings and all(f.page is None for f in result.findings)
    assert "(page " not in render(result, "text") and "(page " not in render(result, "markdown")
