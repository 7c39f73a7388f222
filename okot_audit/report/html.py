"""One self-contained HTML page per run: findings by file and table, and a small chart per table.

The page has inline CSS, an inline SVG chart per table and no script or external resource.
Every piece of text from the input is escaped by Jinja2's autoescaping. The chart shows the
totals the answer states next to the sums of their parts (:func:`chart_series`); it judges
nothing — the findings below it say what the numbers mean. When the report holds answers
without cells (a cached stand-in with only ``describe()`` data), the chart is left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from okot_audit.findings import Report
from okot_audit.report._common import (
    Bar,
    answer_line,
    chart_series,
    counts_line,
    group_report,
    labels,
    layout_word,
    measure_word,
    severity_word,
    summary_line,
    visible_controls,
)

PLOT_HEIGHT = 150
TOP = 36  # legend and the value above the tallest bar
BOTTOM = 34  # group labels
LEFT = 8
BAR = 28
CHAR = 6.4  # width of a label character at 11px, roughly
GAP = 24  # between runs of bars on separate scales


@dataclass(frozen=True)
class ChartBar:
    x: float
    y: float
    height: float
    value: int


@dataclass(frozen=True)
class ChartGroup:
    label: str
    x: float  # centre
    stated: ChartBar | None
    parts: ChartBar | None


@dataclass(frozen=True)
class Chart:
    width: float
    height: float
    baseline: float
    groups: tuple[ChartGroup, ...]
    dividers: tuple[float, ...]  # x of the lines between groups drawn on separate scales


def layout_chart(bars: list[Bar]) -> Chart | None:
    """Place the bars of a chart (pure geometry; None when there is nothing to draw).

    Each run of bars with the same `scale` gets its own axis, so that a grand total does not
    flatten the subtotals next to it; a dashed line separates the runs.
    """
    if not any(v is not None for b in bars for v in (b.stated, b.parts)):
        return None
    tops: dict[str, int] = {}
    for b in bars:
        tops[b.scale] = max([tops.get(b.scale, 0)] + [v for v in (b.stated, b.parts) if v is not None])
    group_width = max(2 * BAR + 16, max(len(b.label) for b in bars) * CHAR + 10)
    baseline = TOP + PLOT_HEIGHT

    def bar(x: float, value: int | None, scale: str) -> ChartBar | None:
        if value is None:
            return None
        height = round(value / (tops[scale] or 1) * PLOT_HEIGHT, 1)
        return ChartBar(round(x, 1), round(baseline - height, 1), height, value)

    groups, dividers, x = [], [], float(LEFT)
    for i, b in enumerate(bars):
        if i and b.scale != bars[i - 1].scale:
            dividers.append(round(x + GAP / 2, 1))
            x += GAP
        centre = x + group_width / 2
        groups.append(ChartGroup(b.label, round(centre, 1), bar(centre - BAR - 1, b.stated, b.scale),
                                 bar(centre + 1, b.parts, b.scale)))
        x += group_width
    width = max(x + LEFT, 300)
    return Chart(round(width, 1), baseline + BOTTOM, baseline, tuple(groups), tuple(dividers))


TEMPLATE = """<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ words.report }}</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a202c; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .25rem; padding-top: 1rem; border-top: 2px solid #cbd5e0; word-break: break-all; }
h3 { font-size: 1rem; margin: 1.5rem 0 .25rem; }
.summary { font-weight: 600; }
.meta { color: #4a5568; margin: .2rem 0; }
.partial { font-style: italic; }
table.findings { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: 13px; }
table.findings th, table.findings td { border: 1px solid #e2e8f0; padding: .25rem .45rem; vertical-align: top; text-align: left; }
table.findings th { background: #f7fafc; }
table.findings td.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev { display: inline-block; padding: 0 .4rem; border-radius: .6rem; font-size: 12px; font-weight: 600; }
.sev-error { background: #fed7d7; color: #9b2c2c; }
.sev-warning { background: #fefcbf; color: #975a16; }
.sev-info { background: #e2e8f0; color: #2d3748; }
.none { color: #718096; font-style: italic; }
figure { margin: .5rem 0; overflow-x: auto; }
figcaption { color: #4a5568; font-size: 12px; }
svg text { font: 11px system-ui, sans-serif; fill: #2d3748; }
svg .stated { fill: #4a5568; }
svg .parts { fill: #90cdf4; }
code { font-size: 12px; }
</style>
</head>
<body>
<header>
<h1>{{ words.report }}</h1>
<p class="summary">{{ summary }}</p>
</header>
{% for file in files %}
<section class="file">
<h2>{{ file.path }}</h2>
{% if file.about %}<p class="meta">{{ file.about }}</p>{% endif %}
<p class="summary">{{ file.counts }}</p>
{% if file.file_findings %}
<h3>{{ words.file_findings }}</h3>
{{ findings_table(file.file_findings) }}
{% endif %}
{% if file.no_tables %}<p class="none">{{ words.no_tables }}</p>{% endif %}
{% for table in file.tables %}
<section class="table">
<h3>{{ table.id }}{% if table.title %} — {{ table.title }}{% endif %}</h3>
{% if table.meta %}<p class="meta">
{%- for bit in table.meta %}{% if not loop.first %} · {% endif %}
{%- if bit.periods is defined %}{{ words.periods }}: {% for p in bit.periods %}{% if not loop.first %}, {% endif %}<span{% if p.partial %} class="partial" title="{{ p.note or words.partial }}"{% endif %}>{{ p.period }}{% if p.partial %}* ({{ words.partial }}){% endif %}</span>{% endfor %}
{%- else %}{{ bit.text }}{% endif %}
{%- endfor %}</p>
{% endif %}
{% if table.chart %}
<figure>
<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{{ table.chart.width }}" height="{{ table.chart.height }}" viewBox="0 0 {{ table.chart.width }} {{ table.chart.height }}">
<title>{{ words.chart_title }}: {{ table.id }}</title>
<rect class="stated" x="8" y="6" width="10" height="10"/><text x="22" y="15">{{ words.chart_stated }}</text>
<rect class="parts" x="130" y="6" width="10" height="10"/><text x="144" y="15">{{ words.chart_parts }}</text>
<line x1="0" x2="{{ table.chart.width }}" y1="{{ table.chart.baseline }}" y2="{{ table.chart.baseline }}" stroke="#a0aec0"/>
{% for x in table.chart.dividers %}
<line class="divider" x1="{{ x }}" x2="{{ x }}" y1="{{ 22 }}" y2="{{ table.chart.baseline }}" stroke="#a0aec0" stroke-dasharray="4 3"/>
{% endfor %}
{% for g in table.chart.groups %}
<g>
<title>{{ g.label }}: {{ words.chart_stated }} {{ g.stated.value if g.stated else "—" }}, {{ words.chart_parts }} {{ g.parts.value if g.parts else "—" }}</title>
{% if g.stated %}<rect class="stated" x="{{ g.stated.x }}" y="{{ g.stated.y }}" width="{{ bar }}" height="{{ g.stated.height }}"/><text x="{{ g.stated.x + bar / 2 }}" y="{{ g.stated.y - 3 }}" text-anchor="middle">{{ g.stated.value }}</text>{% endif %}
{% if g.parts %}<rect class="parts" x="{{ g.parts.x }}" y="{{ g.parts.y }}" width="{{ bar }}" height="{{ g.parts.height }}"/><text x="{{ g.parts.x + bar / 2 }}" y="{{ g.parts.y - 3 }}" text-anchor="middle">{{ g.parts.value }}</text>{% endif %}
<text x="{{ g.x }}" y="{{ table.chart.baseline + 16 }}" text-anchor="middle">{{ g.label }}</text>
</g>
{% endfor %}
</svg>
<figcaption>{{ words.chart_title }}</figcaption>
</figure>
{% elif table.chart_missing %}
<p class="none">{{ words.chart_none }}</p>
{% endif %}
{% if table.findings %}{{ findings_table(table.findings) }}{% else %}<p class="none">{{ words.no_findings }}</p>{% endif %}
</section>
{% endfor %}
</section>
{% endfor %}
</body>
</html>
"""

FINDINGS_MACRO = """{% macro findings_table(findings) -%}
<table class="findings">
<thead><tr>{% for c in columns %}<th>{{ words[c] }}</th>{% endfor %}</tr></thead>
<tbody>
{% for f in findings %}
<tr class="finding sev-row-{{ f.severity }}">
<td><span class="sev sev-{{ f.severity }}">{{ severity(f.severity) }}</span></td>
<td class="num">{{ f.line if f.line is not none else "" }}</td>
<td><code>{{ f.code }}</code> {{ f.rule }}</td>
<td>{{ f.period or "" }}</td>
<td>{{ f.province or "" }}</td>
<td class="num">{{ f.stated if f.stated is not none else "" }}</td>
<td class="num">{{ f.observed if f.observed is not none else "" }}</td>
<td class="num">{{ f.difference if f.difference is not none else "" }}</td>
<td>{{ f.message }}</td>
</tr>
{% endfor %}
</tbody>
</table>
{%- endmacro %}
"""

COLUMNS = ("severity", "line", "rule", "period", "province", "stated", "observed", "difference", "message")


def render(report: Report, *, lang: str = "en", color: bool = False) -> str:
    """The report as one HTML page (`color` is ignored: the page has its own colours)."""
    import jinja2

    env = jinja2.Environment(
        autoescape=True, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        # Input text gets its control characters made visible; markup we built (the findings
        # table macro) passes untouched.
        finalize=lambda v: visible_controls(v) if isinstance(v, str) and not hasattr(v, "__html__") else v,
    )
    template = env.from_string(FINDINGS_MACRO + TEMPLATE)
    groups = group_report(report)
    return template.render(
        lang=lang if lang in ("en", "nl") else "en",
        words=labels(lang),
        columns=COLUMNS,
        bar=BAR,
        severity=lambda s: severity_word(s, lang),
        summary=summary_line(report, groups, lang),
        files=[_file_view(g, lang) for g in groups],
    )


def _file_view(group, lang: str) -> dict:
    return {
        "path": group.path,
        "about": answer_line(group.info, lang),
        "counts": counts_line(group.findings, lang),
        "file_findings": group.file_findings,
        "no_tables": group.described and not group.tables,
        "tables": [_table_view(t, lang) for t in group.tables],
    }


def _table_view(table, lang: str) -> dict:
    words = labels(lang)
    info = table.info
    meta: list[dict] = []
    if info.get("measure"):
        meta.append({"text": f"{words['measure']}: {measure_word(info['measure'], lang)}"})
    if info.get("layout"):
        meta.append({"text": layout_word(info["layout"], lang)})
    if table.periods:
        meta.append({"periods": table.periods})
    if info.get("line"):
        end = info.get("end_line")
        meta.append({"text": f"{words['lines']} {info['line']}–{end}" if end and end != info["line"]
                     else f"{words['lines']} {info['line']}"})
    chart = layout_chart(chart_series(table.table)) if table.table is not None else None
    return {
        "id": table.id,
        "title": table.title,
        "meta": meta,
        "chart": chart,
        "chart_missing": table.table is None and bool(table.info),
        "findings": table.findings,
    }
