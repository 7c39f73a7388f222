"""Renderers present the report and decide nothing: every format shows the same findings.

Asserts on real content: the seeds' Antwerpen finding (line 72, stated 577, observed 591,
difference 14) in every format, summary counts, grouping order, Dutch words, escaping of
input text, charts built from the answer's own sums, and byte-identical output.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from okot_audit import Finding, Report, read_text
from okot_audit.audit import audit
from okot_audit.findings import JSON_KEYS
from okot_audit.report import FORMATS, render
from okot_audit.report._common import chart_series, group_report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [str(Path("seeds") / "000_699ad5193617b98e.txt"), str(Path("seeds") / "002_f58759045b60ed02.txt")]
EDU, CARE = SEEDS

ERROR_TEXT = """Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - Onderwijssector

Unieke cursisten met gestarte OKOT'(s) 2020 2021
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 38 47
Totaal 95 110
"""

HOSTILE_TITLE = "OKOT <script>alert(\"x\")</script> & Co's | [link](http://evil) *b* - Onderwijssector"
HOSTILE_PATH = 'in/<script>&"q\'|.txt'


@pytest.fixture(scope="module", autouse=True)
def _in_root(request):
    """Seeds are addressed by relative path, the way users pass them."""
    mp = pytest.MonkeyPatch()
    mp.chdir(ROOT)
    yield
    mp.undo()


@pytest.fixture(scope="module")
def seeds_report() -> Report:
    return audit(SEEDS)


@pytest.fixture(scope="module")
def seeds_report_nl() -> Report:
    return audit(SEEDS, lang="nl")


@pytest.fixture(scope="module")
def error_report() -> Report:
    return audit(read_text(ERROR_TEXT, path="case/error.txt"))


def hostile_report() -> Report:
    """An answer whose path and title carry markup, plus a file-level finding that quotes it."""
    answer = read_text(ERROR_TEXT.replace(ERROR_TEXT.splitlines()[0], HOSTILE_TITLE), path=HOSTILE_PATH)
    report = audit(answer)
    file_level = Finding(
        rule="code-unknown", code="OK203", severity="warning", path=HOSTILE_PATH, line=None,
        table=None, measure=None, period=None, province=None, training_code="999999",
        stated=None, observed=None, difference=None,
        message='label <img src=x onerror=alert(1)> & "quotes" | pipe \x1b[31mred',
    )
    return Report(report.answers, [*report.findings, file_level])


# --------------------------------------------------------------------------------------------
# The same finding in every format


def test_antwerpen_finding_in_text(seeds_report):
    out = render(seeds_report, "text")
    line = next(li for li in out.splitlines() if li.startswith(f"{CARE}:72:"))
    assert line.startswith(f"{CARE}:72: OK103 parts-exceed-total [info] ")
    assert "577" in line and "591" in line and "14 persons" in line


def test_antwerpen_finding_in_markdown(seeds_report):
    out = render(seeds_report, "markdown")
    row = next(li for li in out.splitlines() if "| Antwerpen |" in li)
    cells = [c.strip() for c in row.strip("|").split(" | ")]
    assert cells[:8] == ["info", "72", "OK103 parts-exceed-total", "2020", "Antwerpen", "577", "591", "14"]


def test_antwerpen_finding_in_html(seeds_report):
    out = render(seeds_report, "html")
    rows = TextCollector.rows(out)
    assert ["info", "72", "OK103 parts-exceed-total", "2020", "Antwerpen", "577", "591", "14"] in [r[:8] for r in rows]


def test_antwerpen_finding_in_sarif(seeds_report):
    log = json.loads(render(seeds_report, "sarif"))
    hit = [r for r in log["runs"][0]["results"] if r["properties"]["province"] == "Antwerpen"]
    assert len(hit) == 1
    result = hit[0]
    assert result["ruleId"] == "OK103" and result["level"] == "note"
    assert result["locations"][0]["physicalLocation"]["region"] == {"startLine": 72}
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == CARE.replace("\\", "/")
    props = result["properties"]
    assert (props["stated"], props["observed"], props["difference"]) == (577, 591, 14)


def test_antwerpen_finding_in_json(seeds_report):
    data = json.loads(render(seeds_report, "json"))
    hit = [f for f in data["findings"] if f["province"] == "Antwerpen"]
    assert len(hit) == 1
    assert {k: hit[0][k] for k in ("rule", "line", "stated", "observed", "difference", "severity")} == {
        "rule": "parts-exceed-total", "line": 72, "stated": 577, "observed": 591, "difference": 14,
        "severity": "info",
    }


# --------------------------------------------------------------------------------------------
# Text


def test_text_summary_line(seeds_report, seeds_report_nl):
    assert render(seeds_report, "text").splitlines()[-1] == "2 answers, 4 tables: 0 errors, 0 warnings, 20 info"
    assert render(seeds_report_nl, "text", lang="nl").splitlines()[-1] == (
        "2 antwoorden, 4 tabellen: 0 fouten, 0 waarschuwingen, 20 info"
    )


def test_text_summary_line_singular(error_report):
    assert render(error_report, "text").splitlines()[-1] == "1 answer, 1 table: 1 error, 0 warnings, 3 info"  # two likely-typo


def test_text_groups_by_file_then_table(seeds_report):
    lines = render(seeds_report, "text").splitlines()
    headings = [i for i, li in enumerate(lines) if li in SEEDS or li.lstrip().startswith("table ")]
    assert [lines[i].strip() for i in headings] == [
        EDU, "table \"Unieke cursisten met gestarte OKOT'(s)\" (lines 68-107)",
        "table \"Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s)\" (lines 119-141)",
        "table \"Unieke cursisten met stopgezette en uitgevoerde maar …\" (lines 161-196)",
        CARE, "table \"Provincie Opleiding Aantal\" (lines 44-236)",
    ]
    # every finding line stands under the heading of its own file and table
    by_place = {(f.path, f.line, f.message) for f in seeds_report.findings}
    headings = {f"table \"{t.title}\"": t.id for a in seeds_report.answers for t in a.tables}
    current_file = current_table = None
    seen = 0
    for li in lines:
        if li in SEEDS:
            current_file, current_table = li, None  # findings of no table come before the tables
        elif li.lstrip().startswith("table "):
            current_table = next(i for h, i in headings.items() if li.strip().startswith(h.rstrip('"').split(" maar")[0]))
        elif re.match(r"^\S+:\d+: OK\d{3} ", li):
            said = li.split("] ", 1)[1]  # (a closing clause several findings share is said at the first only)
            finding = next(f for f in seeds_report.findings if f.message.startswith(said) and li.startswith(f"{f.path}:{f.line}:"))
            assert (finding.path, finding.table) == (current_file, current_table)
            assert (finding.path, finding.line, finding.message) in by_place
            seen += 1
    assert seen == len(seeds_report.findings) == 20


def test_text_table_heading_has_title_measure_periods_and_partial_mark(seeds_report, seeds_report_nl):
    out = render(seeds_report, "text")
    lines = out.splitlines()
    at = next(i for i, li in enumerate(lines) if li.startswith('  table "Unieke cursisten met uitgevoerde, geslaagde'))
    assert lines[at + 1] == "    graduated, rows by training code, 2018 2019 2020 2021 2022* (* partial)"
    at = next(i for i, li in enumerate(lines) if li.startswith('  table "Unieke cursisten met gestarte'))
    assert lines[at + 1] == "    started, rows by training code, 2018 2019 2020 2021"
    nl = render(seeds_report_nl, "text", lang="nl").splitlines()
    at = nl.index('  tabel "Provincie Opleiding Aantal" (regels 44-236)')
    assert nl[at + 1] == "    gestart, rijen per opleidingscode, in provincieblokken, 2020* (* gedeeltelijk)"


def test_text_finding_messages_follow_the_audit_language(seeds_report_nl):
    out = render(seeds_report_nl, "text", lang="nl")
    assert f"{CARE}:72: OK103 parts-exceed-total [info] Totaal Antwerpen 2020 telt 577 unieke personen" in out


def test_text_color_only_when_asked(error_report):
    plain = render(error_report, "text")
    assert "\x1b" not in plain
    assert "case/error.txt:6: OK101 total-exceeds-parts [error] Totaal 2020 is 95" in plain
    colored = render(error_report, "text", color=True)
    assert "\x1b[1;31m[error]\x1b[0m" in colored
    assert re.sub(r"\x1b\[[0-9;]*m", "", colored) == plain


def test_text_file_level_findings_and_control_characters():
    out = render(hostile_report(), "text")
    lines = out.splitlines()
    file_line = next(i for i, li in enumerate(lines) if "OK203" in li)
    first_table = next(i for i, li in enumerate(lines) if li.lstrip().startswith("table "))
    assert file_line < first_table  # listed under the file, before its tables
    assert lines[file_line].startswith(f"{HOSTILE_PATH}: OK203 code-unknown [warning] label <img")
    assert "\x1b" not in out and "\\x1b[31mred" in out


# --------------------------------------------------------------------------------------------
# Markdown


def unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_markdown_structure(seeds_report):
    out = render(seeds_report, "markdown")
    lines = out.splitlines()
    assert lines[0] == "# okot-audit report"
    assert "**2 answers, 4 tables: 0 errors, 0 warnings, 20 info**" in lines
    headings = [li for li in lines if li.startswith("## ") or li.startswith("### ")]
    assert headings == [
        f"## {EDU}".replace("\\", "\\\\"), "### table \"Unieke cursisten met gestarte OKOT'(s)\" (lines 68–107)",
        "### table \"Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s)\" (lines 119–141)",
        "### table \"Unieke cursisten met stopgezette en uitgevoerde maar niet geslaagde OKOT'(s)\" (lines 161–196)",
        f"## {CARE}".replace("\\", "\\\\"), "### Findings about the whole answer",
        "### table \"Provincie Opleiding Aantal\" (lines 44–236)",
    ]
    assert "measure: graduated · rows by training code · periods: 2018, 2019, 2020, 2021, 2022\\* (\\* partial)" in lines
    header = "| Severity | Line | Rule | Period | Province | Stated | Observed | Difference | Message |"
    assert lines.count(header) == 5
    rows = [li for li in lines if li.startswith("| info |")]
    assert len(rows) == 20 and all(unescaped_pipes(r) == 10 for r in rows)


def test_markdown_escapes_input_text():
    out = render(hostile_report(), "markdown")
    assert re.search(r"(?<!\\)[<>&]", out) is None  # no markup character left unescaped
    assert "\\<script\\>alert(\"x\")\\</script\\> \\& Co's \\| \\[link\\](http://evil) \\*b\\*" in out
    row = next(li for li in out.splitlines() if "OK203" in li)
    assert unescaped_pipes(row) == 10  # the pipe in the message cannot open a column
    assert "\\<img src=x onerror=alert(1)\\> \\& \"quotes\" \\| pipe" in row
    assert "\x1b" not in out and "pipe \\\\x1b\\[31mred" in row  # shown, not obeyed


def test_markdown_dutch(seeds_report_nl):
    out = render(seeds_report_nl, "markdown", lang="nl")
    assert out.startswith("# okot-audit rapport\n")
    assert "**2 antwoorden, 4 tabellen: 0 fouten, 0 waarschuwingen, 20 info**" in out
    assert "| Ernst | Regel | Controle | Periode | Provincie | Vermeld | Berekend | Verschil | Bericht |" in out
    assert "meting: geslaagd · rijen per opleidingscode · periodes:" in out


def test_markdown_marks_errors(error_report):
    out = render(error_report, "markdown")
    assert "| **error** | 6 | OK101 total-exceeds-parts | 2020 |  | 95 | 88 | 7 |" in out
    assert "**1 error, 0 warnings, 3 info**" in out  # parts-exceed-total and two likely-typo


# --------------------------------------------------------------------------------------------
# HTML


class TextCollector(HTMLParser):
    """Tags and text of a page, as a browser's parser sees them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self._rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag == "tr":
            self._rows.append([])
        elif tag == "td":
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            self._rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)

    @classmethod
    def parse(cls, page: str) -> "TextCollector":
        parser = cls()
        parser.feed(page)
        parser.close()
        return parser

    @classmethod
    def rows(cls, page: str) -> list[list[str]]:
        return [r for r in cls.parse(page)._rows if r]


def test_html_is_one_self_contained_page(seeds_report):
    out = render(seeds_report, "html")
    assert out.startswith("<!DOCTYPE html>") and out.count("<html") == 1 and out.rstrip().endswith("</html>")
    page = TextCollector.parse(out)
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert not [v for k, v in page.attrs if k == "src"]
    # links only within the page (the contents at the top), each to an element that is there
    ids = {v for k, v in page.attrs if k == "id"}
    assert all(v.startswith("#") and v[1:] in ids for k, v in page.attrs if k == "href")
    assert "style" in page.tags
    assert page.tags.count("svg") == 4  # one chart per table
    text = "".join(page.text)
    assert "2 answers, 4 tables: 0 errors, 0 warnings, 20 info" in text


def test_html_groups_findings_by_file_and_table(seeds_report):
    out = render(seeds_report, "html")
    order = [m.group(1) for m in re.finditer(r"<h[23]>([^<]+)</h[23]>", out)]
    assert order == [
        EDU, "table &#34;Unieke cursisten met gestarte OKOT&#39;(s)&#34; (lines 68–107)",
        "table &#34;Unieke cursisten met uitgevoerde, geslaagde, OKOT&#39;(s)&#34; (lines 119–141)",
        "table &#34;Unieke cursisten met stopgezette en uitgevoerde maar niet geslaagde OKOT&#39;(s)&#34; (lines 161–196)",
        CARE, "Findings about the whole answer", "table &#34;Provincie Opleiding Aantal&#34; (lines 44–236)",
    ]
    tables = re.split(r'<section class="table" data-table="[^"]*"[^>]*>', out)[1:]
    # the third piece runs on into the care answer's findings about the whole answer (+1)
    assert [len(TextCollector.rows(t)) for t in tables] == [5, 1, 6, 8]


def test_html_charts_show_stated_totals_and_sums_of_parts(seeds_report):
    out = render(seeds_report, "html")
    titles = re.findall(r"<title>([^<]+)</title>", out)
    for expected in (
        "2018: stated total 439, sum of its parts 441, difference +2",
        "2021: stated total 1480, sum of its parts 1496, difference +16",
        "2022*: stated total 280, sum of its parts 280, difference 0",
        "Antwerpen*: stated total 577, sum of its parts 591, difference +14",
        "Brussel*: stated total 57, sum of its parts 59, difference +2",
        "Eindtotaal*: stated total 3058, sum of its parts 3062, difference +4",
    ):
        assert expected in titles


def chart_rows(svg: str) -> list[tuple[str, str, float]]:
    """(classes, label, bar width or 0) per total of one chart."""
    rows = []
    for group in re.finditer(r'<g class="(total[^"]*)">(.*?)</g>', svg, re.S):
        label = re.search(r'text-anchor="end">([^<]*)</text>', group.group(2)).group(1)
        width = re.search(r'class="bar" x="[^"]+" y="[^"]+" width="([^"]+)"', group.group(2))
        rows.append((group.group(1), label, float(width.group(1)) if width else 0.0))
    return rows


def test_html_chart_draws_differences_from_a_zero_line_with_an_axis(seeds_report):
    out = render(seeds_report, "html")
    svgs = re.findall(r"<svg.*?</svg>", out, re.S)
    started = chart_rows(svgs[0])
    assert [r[1] for r in started] == ["2018", "2019", "2020", "2021"]
    widths = [r[2] for r in started]  # differences 2, 30, 20, 16
    assert widths[1] > widths[2] > widths[3] > widths[0] >= 20  # a gap of 2 next to 30: clearly visible
    ticks = re.findall(r'<text class="tick"[^>]*>([^<]+)</text>', svgs[0])
    assert ticks == ["\u2212100", "\u221210", "\u22121", "0", "+1", "+10", "+100"]  # logarithmic beyond 20
    assert "logarithmic scale" in svgs[0]
    stopped = chart_rows(svgs[2])
    assert [r[1] for r in stopped] == ["2018", "2019", "2020", "2021", "2022*"]
    assert "partial" in stopped[4][0] and "partial" not in stopped[0][0]
    assert stopped[4][2] == 0 and '<circle class="holds"' in svgs[2]  # 224 = 224: a dot on the zero line
    assert re.findall(r'<text class="tick"[^>]*>([^<]+)</text>', svgs[2])[-1] == "+5"  # linear, up to 5
    assert stopped[0][2] >= 30  # a gap of 1
    assert all("sev-info" in r[0] for r in started)


def test_html_chart_paints_errors_in_the_error_colour(error_report):
    out = render(error_report, "html")
    (svg,) = re.findall(r"<svg.*?</svg>", out, re.S)
    rows = chart_rows(svg)
    assert [(r[0], r[1]) for r in rows] == [("total sev-error", "2020"), ("total sev-info", "2021")]
    bars = re.findall(r'class="bar" x="([^"]+)" y="[^"]+" width="([^"]+)"', svg)
    zero = float(re.search(r'<line class="grid zero" x1="([^"]+)"', svg).group(1))
    (x_error, w_error), (x_info, w_info) = [(float(x), float(w)) for x, w in bars]
    assert x_error + w_error == pytest.approx(zero, abs=0.2)  # the total is 7 above its rows: left
    assert x_info == pytest.approx(zero, abs=0.2)  # the rows are 8 above the total: right
    assert "\u22127" in svg and "+8" in svg
    assert ".sev-error .bar { fill: #c53030; }" in out or "svg .sev-error, svg .sev-error .bar { fill: #c53030; }" in out


def test_layout_chart_scale():
    from okot_audit.report._common import Bar
    from okot_audit.report.html import HALF, layout_chart

    small = layout_chart([Bar("a", 10, 11), Bar("b", 10, 10), Bar("c", 10, 7)])
    assert not small.log
    assert [r.difference for r in small.rows] == [1, 0, -3]
    assert small.rows[0].width == pytest.approx(HALF / 5, abs=0.1)  # linear up to 5
    assert small.rows[2].x == pytest.approx(small.zero - 3 * HALF / 5, abs=0.1)
    large = layout_chart([Bar("a", 1000, 1001), Bar("b", 1000, 1292)])
    assert large.log
    assert large.rows[0].width >= 20  # 1 next to 292 is still seen
    assert large.rows[1].width <= HALF
    assert layout_chart([Bar("a", None, 5)]) is None


def test_html_escapes_every_piece_of_input_text():
    out = render(hostile_report(), "html")
    page = TextCollector.parse(out)
    assert "script" not in page.tags and "img" not in page.tags
    assert not [k for k, _ in page.attrs if k.startswith("on")]
    text = "".join(page.text)
    assert HOSTILE_PATH in text  # shown literally ...
    assert '<script>alert("x")</script> & Co\'s |' in text
    assert 'label <img src=x onerror=alert(1)> & "quotes" | pipe' in text
    assert "&lt;script&gt;" in out and "&amp;" in out and "&#34;" in out  # ... because escaped
    assert "\x1b" not in out and "pipe \\x1b[31mred" in text


def test_html_dutch(seeds_report_nl):
    out = render(seeds_report_nl, "html", lang="nl")
    assert '<html lang="nl">' in out
    text = "".join(TextCollector.parse(out).text)
    assert "2 antwoorden, 4 tabellen: 0 fouten, 0 waarschuwingen, 20 info" in text
    assert "Antwerpen*: vermeld totaal 577, som van de delen 591, verschil +14" in out
    assert "Ernst" in text and "Som van de delen min het vermelde totaal, per totaal" in text
    assert "logaritmische schaal" in text and "totaal groter dan zijn delen" in text


class StandIn:
    """What a result cache may hold instead of an Answer: describe() data and nothing else."""

    def __init__(self, data: dict):
        self._data = data
        self.path = data["path"]

    def describe(self) -> dict:
        return self._data


def test_renderers_work_on_stand_ins_without_cells(seeds_report):
    light = Report([StandIn(a.describe()) for a in seeds_report.answers], list(seeds_report.findings))
    html = render(light, "html")
    assert "<svg" not in html
    assert "no chart: the cells of this table are not at hand" in html
    assert ["info", "72", "OK103 parts-exceed-total", "2020", "Antwerpen", "577", "591", "14"] in [
        r[:8] for r in TextCollector.rows(html)
    ]
    for fmt in ("text", "markdown", "json", "sarif"):
        assert render(light, fmt) == render(seeds_report, fmt), fmt


# --------------------------------------------------------------------------------------------
# Chart sums (display only)


def test_chart_series_year_table(seeds_report):
    started = seeds_report.answers[0].table("started")
    assert [(b.label, b.stated, b.parts) for b in chart_series(started)] == [
        ("2018", 439, 441), ("2019", 834, 864), ("2020", 1472, 1492), ("2021", 1480, 1496),
    ]
    stopped = seeds_report.answers[0].table("stopped_or_failed")
    assert [(b.stated, b.parts) for b in chart_series(stopped)] == [
        (99, 100), (175, 178), (270, 271), (549, 550), (224, 224),
    ]


def test_chart_series_province_table(seeds_report):
    table = seeds_report.answers[1].tables[0]
    bars = [(b.label, b.stated, b.parts, b.scale) for b in chart_series(table)]
    assert bars == [
        ("Antwerpen", 577, 591, "parts"), ("Limburg", 529, 556, "parts"),
        ("Oost-Vlaanderen", 918, 952, "parts"), ("Vlaams-Brabant", 230, 232, "parts"),
        ("West-Vlaanderen", 751, 775, "parts"), ("Brussel", 57, 59, "parts"),
        ("Eindtotaal", 3058, 3062, "subtotals"),
    ]


def test_chart_series_without_cells_is_empty():
    assert chart_series(object()) == []


# --------------------------------------------------------------------------------------------
# JSON (CONTRACT.md)


def test_json_keys_match_the_contract(seeds_report):
    data = json.loads(render(seeds_report, "json"))
    assert list(data) == ["tool", "version", "documents", "findings", "summary"]
    assert data["tool"] == "okot-audit"
    assert data["summary"] == {"error": 0, "warning": 0, "info": 20}
    assert [d["path"] for d in data["documents"]] == SEEDS
    assert [d["sector"] for d in data["documents"]] == ["onderwijs", "zorg"]
    contract = ["rule", "code", "severity", "path", "line", "table", "measure", "period", "province",
                "training_code", "label", "page", "stated", "observed", "difference", "suggestion",
                "message"]
    assert list(JSON_KEYS) == contract
    assert all(list(f) == contract for f in data["findings"])
    partial = next(f for f in data["findings"] if f["rule"] == "partial-period")
    assert partial["stated"] is None and partial["observed"] is None and partial["difference"] is None
    assert partial["province"] is None and partial["training_code"] is None
    raw = render(seeds_report, "json")
    assert '"training_code": null' in raw and '"stated": null' in raw


# --------------------------------------------------------------------------------------------
# Every format


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_is_byte_identical_across_audits(fmt):
    first = render(audit(SEEDS), fmt)
    second = render(audit(SEEDS), fmt)
    assert first.encode("utf-8") == second.encode("utf-8")
    assert first.endswith("\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_shows_the_error_of_a_synthetic_answer(fmt, error_report):
    out = render(error_report, fmt)
    assert "OK101" in out and "95" in out and "88" in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_report(fmt):
    out = render(Report([]), fmt)
    assert out.endswith("\n")
    if fmt == "text":
        assert out == "0 answers, 0 tables: 0 errors, 0 warnings, 0 info\n"


def test_grouping_keeps_findings_for_paths_without_an_answer():
    stray = Finding("stray-number", "OK902", "warning", "other.txt", 3, "t1", None, None, None, None,
                    None, None, None, "a number")
    groups = group_report(Report([], [stray]))
    assert [(g.path, [t.id for t in g.tables], len(g.findings)) for g in groups] == [("other.txt", ["t1"], 1)]
    assert "other.txt:3: OK902 stray-number [warning] a number" in render(Report([], [stray]), "text")
