"""Where a suspected figure shows (issue 11, item 3): beside the error it explains in text and
Markdown, marked in the HTML table of figures, a fix-less SARIF result with related locations."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from clitools import SEEDS, okot, out
from okot_audit import read_text
from okot_audit.audit import audit
from okot_audit.report import render
from okot_audit.report._common import explanations

CASES = Path(__file__).parent / "rule_cases"
SPEC = yaml.safe_load((CASES / "likely-typo.yaml").read_text(encoding="utf-8"))["cases"]
#: 45 printed at line 5 (908002, 2020) for 54: Totaal 2020 at line 7 does not hold.
ROW_TYPO = next(c for c in SPEC if c["name"].startswith("a row with two digits swapped"))["text"]
#: Two subtotals above their rows: no single figure fixes the table (the solver is needed).
TWO_WRONG = next(c for c in yaml.safe_load((CASES / "error-located.yaml").read_text(encoding="utf-8"))["cases"]
                 if c["name"].startswith("two subtotals above their rows"))["text"]
PROVINCES = """Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - Zorgsector

Unieke cursisten met gestarte OKOT'(s) 2020
Provincie Opleiding Aantal
900611: Professionele bachelor verpleegkunde - 1ste jaar 20
900612: Professionele bachelor verpleegkunde - 2de jaar 15
Totaal Limburg 35
900611: Professionele bachelor verpleegkunde - 1ste jaar 12
Totaal Antwerpen 12
Eindtotaal 80
"""


def row_typo(lang: str = "en"):
    return audit(read_text(ROW_TYPO, path="typo.txt"), lang=lang)


def test_likely_typo_names_the_totals_it_explains_as_related_places():
    report = row_typo()
    typos = report.by_rule("likely-typo")
    assert typos and all(f.related == (("typo.txt", 7, None),) for f in typos)
    best = min(typos, key=lambda f: f.rank)
    assert (best.line, best.stated, best.suggestion, best.rank) == (5, 45, 54, 1)
    assert sorted(f.rank for f in typos) == list(range(1, len(typos) + 1))
    [error] = report.by_rule("total-exceeds-parts")
    assert [s.suggestion for s in explanations(report.findings)[id(error)]][0] == 54  # best first


def test_error_located_names_the_failing_totals():
    report = audit(read_text(PROVINCES, path="p.txt"))
    located = report.by_rule("error-located")
    assert located and all(("p.txt", 10, None) in f.related for f in located)


def test_text_lists_the_suspects_under_the_error(tmp_path):
    (tmp_path / "typo.txt").write_text(ROW_TYPO, encoding="utf-8")
    shown = out(okot("check", "typo.txt", "--no-cache", cwd=tmp_path)).splitlines()
    at = next(i for i, line in enumerate(shown) if line.startswith("typo.txt:7: OK101"))
    assert shown[at + 1] == ("    \u21b3 possible typo, line 5, 908002 2020 45 \u2192 54 "
                             "(or one of 3 other corrections, lines 4, 5, 6)")
    assert not shown[at + 2].startswith("    \u21b3")  # one note line, however many fit (reports16)
    dutch = out(okot("check", "typo.txt", "--lang", "nl", "--no-cache", cwd=tmp_path)).splitlines()
    at = next(i for i, line in enumerate(dutch) if line.startswith("typo.txt:7: OK101"))
    assert dutch[at + 1] == ("    \u21b3 mogelijke tikfout, regel 5, 908002 2020 45 \u2192 54 "
                             "(of een van 3 andere correcties, regels 4, 5, 6)")
    # an info finding at the same line (2019 holds with double counting) gets no note
    other = next(i for i, line in enumerate(shown) if line.startswith("typo.txt:7: OK103"))
    assert not shown[other + 1].startswith("    \u21b3")


def test_markdown_shows_the_suggestion_beside_the_figure_and_the_error():
    md = render(row_typo(), "markdown")
    error = next(line for line in md.splitlines() if "OK101" in line)
    best = error.index("\u21b3 possible typo, line 5, 908002 2020 45 \u2192 54 (or one of 3 other corrections, "
                       "lines 4, 5, 6)")
    assert best < error.rindex("|") and error.count("\u21b3") == 1
    typo = next(line for line in md.splitlines() if "OK206" in line and "\u2192 **54**" in line)
    assert "| 45 \u2192 **54** |" in typo


def test_html_marks_the_suspected_cell_with_the_figure_that_fits():
    page = render(row_typo(), "html")
    grid = page[page.index('<table class="figures">'):]
    grid = grid[: grid.index("</table>")]
    row = next(r for r in grid.split("<tr") if ">908002 " in r)
    cells = re.findall(r"<td[^>]*>.*?</td>", row)
    assert cells[2] == "<td>60</td>"  # 2019 as printed, not marked
    assert cells[3].startswith('<td class="suspect" title="may be wrong; 908002 2020: 45 may be a typo for 54')
    # every figure that fits, best first
    assert '<span class="printed">45</span> \u2192 <span class="suggestion">54 / 145</span>' in cells[3]
    total = next(r for r in grid.split("<tr") if ">Totaal<" in r)
    assert '<td class="failing">228</td>' in total  # the total that does not hold is framed
    assert ("<ul class=\"explained\"><li>\u21b3 possible typo, line 5, 908002 2020 45 \u2192 54 (or one of 3 other "
            "corrections, lines 4, 5, 6)</li></ul>") in page
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")


def test_html_grid_escapes_labels_and_is_left_out_of_clean_tables():
    hostile = ROW_TYPO.replace("2de jaar", "2de <b>jaar</b> & \"co\"")
    page = render(audit(read_text(hostile, path="typo.txt")), "html")
    assert "<b>jaar</b>" not in page and "2de &lt;b&gt;jaar&lt;/b&gt; &amp; &#34;co&#34;" in page
    clean = render(audit(SEEDS), "html")
    assert 'class="figures"' not in clean


def test_sarif_likely_typo_is_a_fixless_result_with_related_locations():
    log = json.loads(render(row_typo(), "sarif"))
    results = [r for r in log["runs"][0]["results"] if r["properties"]["rule"] == "likely-typo"]
    assert results
    for result in results:
        assert "fixes" not in result
        [related] = result["relatedLocations"]
        assert related["physicalLocation"]["region"] == {"startLine": 7}
        assert related["physicalLocation"]["artifactLocation"]["uri"].endswith("typo.txt")
    best = next(r for r in results if r["properties"]["suggestion"] == 54)
    assert best["locations"][0]["physicalLocation"]["region"] == {"startLine": 5}


def test_the_result_cache_keeps_related_places_and_rank(tmp_path):
    (tmp_path / "typo.txt").write_text(ROW_TYPO, encoding="utf-8")
    first = okot("check", "typo.txt", "--format", "sarif", cwd=tmp_path)
    second = okot("check", "typo.txt", "--format", "sarif", cwd=tmp_path)  # from the cache
    assert first.returncode == second.returncode == 1
    assert out(first) == out(second)
    assert "relatedLocations" in out(second)
    text_first = out(okot("check", "typo.txt", cwd=tmp_path))
    assert "\u21b3 possible typo, line 5" in text_first


def test_a_clean_audit_and_every_renderer_leave_scipy_unimported():
    """The solver is imported only when a failing table needs two figures or more changed: the
    seeds hold, so no format needs it."""
    import subprocess
    import sys

    code = ("import sys\nfrom okot_audit.audit import audit\nfrom okot_audit.report import FORMATS, render\n"
            f"report = audit({str(SEEDS)!r})\n"
            "assert report.answers and not report.fails()\n"
            "for fmt in FORMATS: render(report, fmt, lang='nl')\n"
            "print('scipy' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
    failing = code.replace(f"audit({str(SEEDS)!r})", "audit(sys.argv[1])").replace(
        "assert report.answers and not report.fails()", "assert report.fails()")
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "typo.txt"
        path.write_text(ROW_TYPO, encoding="utf-8")
        result = subprocess.run([sys.executable, "-c", failing, str(path)], capture_output=True, text=True,
                                check=True)
        assert result.stdout.strip() == "False"  # one wrong figure: its bounds say it, no solver
        path.write_text(TWO_WRONG, encoding="utf-8")
        result = subprocess.run([sys.executable, "-c", failing, str(path)], capture_output=True, text=True,
                                check=True)
    assert result.stdout.strip() == "True"  # the same code path does import it when needed


def test_a_finding_that_names_no_figure_is_no_suspect(monkeypatch):
    """error-located that cannot tell which figure is wrong (the solver stopped) marks nothing."""
    from okot_audit.locate import milp

    def stopped(*args, **kwargs):
        raise milp.SolverError("HiGHS stopped: time limit reached")

    monkeypatch.setattr(milp, "localise", stopped)
    report = audit(read_text(ROW_TYPO, path="typo.txt"), lang="nl")
    [finding] = report.by_rule("error-located")
    assert finding.related == () and "HiGHS stopte: time limit reached" in finding.message
    assert explanations(report.findings) == {}
    assert "\u21b3" not in render(report, "text", lang="nl")
    assert 'class="figures"' not in render(report, "html", lang="nl")
