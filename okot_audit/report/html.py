"""One self-contained HTML page per run: findings by file and table, and a small chart per table.

The page has inline CSS, an inline SVG chart per table and no script or external resource.
Every piece of text from the input is escaped by Jinja2's autoescaping.

The chart shows the point of the totals rules: per total, the difference between the sum of
its parts and the stated total (:func:`chart_series`), as a bar from a zero line in the middle
— right when the parts add up to more, left when the total is larger — on an axis with
numbers. The scale is linear for small differences and logarithmic beyond, so a gap of 1 is
always visible next to a gap of 300. A bar takes the colour of the worst finding at its total's
line (error, warning, info: the findings decide, the chart does not); a total that adds up is a
green dot; partial periods are marked ``*`` and drawn hatched. When the report holds answers
without cells (a cached stand-in with only ``describe()`` data), the chart is left out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from okot_audit.findings import SEVERITIES, Report
from okot_audit.i18n import reader_text
from okot_audit.report._common import (
    Bar,
    answer_line,
    chart_series,
    counts_line,
    explanations,
    failed_line,
    group_report,
    is_suspect,
    labels,
    layout_word,
    measure_word,
    page_note,
    severity_word,
    skipped_lines,
    summary_line,
    suspect_notes,
    visible_controls,
)
from okot_audit.report._escape import printable

ROW = 22  # height of one total's row
TOP = 30  # the legend
AXIS = 56  # tick labels, the two directions and the axis title below the rows
HALF = 220  # from the zero line to either end of the scale
CHAR = 6.4  # width of a label character at 11px, roughly
VALUE_ROOM = 48  # right of the plot, for the value of the longest bar
LINEAR_UP_TO = 20  # a larger difference switches the scale to logarithmic
#: Severities worst first: the findings' own order (:data:`~okot_audit.findings.SEVERITIES`).
SEVERITY_ORDER = SEVERITIES


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class ChartRow:
    """One total: its label, its difference drawn from the zero line, the worst severity of the
    findings at its line, and whether its period is partial."""

    label: str
    y: float  # the row's vertical centre
    x: float  # left edge of the bar
    width: float  # 0 when the total holds exactly
    difference: int
    stated: int | None
    parts: int | None
    severity: str  # error | warning | info | none
    partial: bool
    value_x: float  # where the value is written
    anchor: str  # text-anchor of the value


@dataclass(frozen=True)
class Chart:
    width: float
    height: float
    zero: float  # x of the zero line
    plot_left: float
    plot_right: float
    top: float
    bottom: float
    log: bool
    ticks: tuple[Tick, ...]
    rows: tuple[ChartRow, ...]
    dividers: tuple[float, ...]  # y of the lines between totals of rows and totals of subtotals
    label_x: float


def _scale(limit_value: int) -> tuple[bool, float, list[int]]:
    """Linear up to :data:`LINEAR_UP_TO`, else a symmetric log scale: (log, limit, tick values)."""
    if limit_value <= LINEAR_UP_TO:
        limit = next(n for n in (1, 2, 5, 10, 20) if n >= limit_value)
        step = {1: 1, 2: 1, 5: 1, 10: 2, 20: 5}[limit]
        return False, float(limit), list(range(-limit, limit + 1, step))
    decades = len(str(limit_value))  # 21..99 -> 2 (up to 100), 292 -> 3 (up to 1000)
    powers = [10 ** k for k in range(decades + 1)]
    return True, float(10 ** decades), [-p for p in reversed(powers)] + [0] + powers


def _position(value: float, log: bool, limit: float) -> float:
    """Where `value` falls between -1 and 1 on the scale."""
    if not log:
        return value / limit
    sign = 1 if value >= 0 else -1
    return sign * math.log10(1 + abs(value)) / math.log10(1 + limit)


def layout_chart(bars: list[Bar], severities: dict[tuple, str] | None = None) -> Chart | None:
    """Place one row per total (pure geometry; None when no total has both numbers).

    The bar of a row runs from the zero line to the difference sum(parts) − total: right when
    the parts add up to more, left when the total is larger. The scale is linear while every
    difference is at most :data:`LINEAR_UP_TO`, logarithmic beyond, so that a gap of 1 is
    always some pixels wide. `severities` maps ``(line, period)`` of a total to the worst
    severity of the findings there (the colour of its bar).
    """
    # an absurd difference (a count of hundreds of digits: schema-violation) has no place on a chart
    drawn = [b for b in bars if b.difference is not None and abs(b.difference) < 10**15]
    if not drawn:
        return None
    severities = severities or {}
    log, limit, tick_values = _scale(max(max(abs(b.difference or 0) for b in drawn), 1))
    label_width = max(len(b.label) for b in drawn) * CHAR + 16
    # room left of the plot for the value of a bar that reaches the left end of the scale
    plot_left = label_width + (VALUE_ROOM if any((b.difference or 0) < 0 for b in drawn) else 0)
    zero = plot_left + HALF
    plot_right = zero + HALF
    rows, dividers = [], []
    for i, b in enumerate(drawn):
        difference = b.difference or 0
        y = TOP + i * ROW + ROW / 2
        if i and b.scale != drawn[i - 1].scale:
            dividers.append(round(TOP + i * ROW, 1))
        end = zero + _position(difference, log, limit) * HALF
        left, width = min(zero, end), abs(end - zero)
        rows.append(ChartRow(
            label=b.label if not b.partial or b.label.endswith("*") else f"{b.label}*", y=round(y, 1), x=round(left, 1), width=round(width, 1),
            difference=difference, stated=b.stated, parts=b.parts,
            severity=severities.get((b.line, b.period), "none") if difference else "none",
            partial=b.partial,
            value_x=round(end + (4 if difference >= 0 else -4), 1),
            anchor="start" if difference >= 0 else "end",
        ))
    bottom = TOP + len(drawn) * ROW
    ticks = tuple(Tick(round(zero + _position(v, log, limit) * HALF, 1), _signed(v)) for v in tick_values)
    return Chart(
        width=round(plot_right + VALUE_ROOM, 1), height=round(bottom + AXIS, 1), zero=round(zero, 1),
        plot_left=round(plot_left, 1), plot_right=round(plot_right, 1), top=TOP, bottom=round(bottom, 1),
        log=log, ticks=ticks, rows=tuple(rows), dividers=tuple(dividers), label_x=round(plot_left - 8, 1),
    )


def _signed(value: int) -> str:
    """``+14``, ``−7`` (a real minus sign), ``0``."""
    return f"+{value}" if value > 0 else (f"\u2212{-value}" if value < 0 else "0")


@dataclass(frozen=True)
class LegendItem:
    kind: str  # the CSS class of its swatch
    text: str
    x: float


def legend_items(chart: Chart, lang: str) -> list[LegendItem]:
    """The legend above a chart: the three severities, a total that adds up, a partial period."""
    words = labels(lang)
    entries = [(f"sev-{s}", severity_word(s, lang)) for s in SEVERITY_ORDER]
    entries += [("holds", f"0 = {words['chart_holds']}"), ("partial-bar", f"* {words['chart_partial']}")]
    items, x = [], 8.0
    for kind, text in entries:
        items.append(LegendItem(kind, text, round(x, 1)))
        x += 14 + len(text) * CHAR + 14
    return items


def finding_severities(findings: list) -> dict[tuple, str]:
    """The worst severity of the findings at each ``(line, period)`` of a table."""
    worst: dict[tuple, str] = {}
    for f in findings:
        key = (f.line, f.period)
        if key not in worst or SEVERITY_ORDER.index(f.severity) < SEVERITY_ORDER.index(worst[key]):
            worst[key] = f.severity
    return worst


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
table.findings td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.sev { display: inline-block; padding: 0 .4rem; border-radius: .6rem; font-size: 12px; font-weight: 600; }
.sev-error { background: #fed7d7; color: #9b2c2c; }
.sev-warning { background: #fefcbf; color: #975a16; }
.sev-info { background: #e2e8f0; color: #2d3748; }
.none { color: #718096; font-style: italic; }
figure { margin: .5rem 0; overflow-x: auto; }
figcaption { color: #4a5568; font-size: 12px; }
svg text { font: 11px system-ui, sans-serif; fill: #2d3748; }
svg .grid { stroke: #e2e8f0; }
svg .grid.zero { stroke: #1a202c; stroke-width: 1.5; }
svg .divider { stroke: #a0aec0; stroke-dasharray: 4 3; }
svg .tick { fill: #4a5568; font-size: 10px; }
svg .axis-side { fill: #718096; font-size: 10px; }
svg .sev-error, svg .sev-error .bar { fill: #c53030; }
svg .sev-warning, svg .sev-warning .bar { fill: #d69e2e; }
svg .sev-info, svg .sev-info .bar { fill: #718096; }
svg .sev-none .bar { fill: #a0aec0; }
svg .sev-error .value { fill: #c53030; font-weight: 600; }
svg .holds { fill: #38a169; }
svg .partial .bar, svg .partial-bar { fill-opacity: .45; stroke: #2d3748; stroke-dasharray: 3 2; }
svg .partial-bar { fill: #a0aec0; }
svg .partial text { font-style: italic; }
code { font-size: 12px; }
.printed { text-decoration: line-through; text-decoration-color: #c53030; }
.suggestion { color: #22543d; font-weight: 700; }
ul.explained { margin: .3rem 0 0; padding-left: 1rem; list-style: none; color: #4a5568; }
details.figures { margin: .5rem 0 1rem; }
details.figures summary { cursor: pointer; font-weight: 600; }
table.figures { border-collapse: collapse; margin: .4rem 0; font-size: 12px; }
table.figures th, table.figures td { border: 1px solid #e2e8f0; padding: .15rem .4rem; text-align: right; font-variant-numeric: tabular-nums; }
table.figures th.label, table.figures td.label { text-align: left; max-width: 32rem; }
table.figures tr.subtotal td, table.figures tr.total td { font-weight: 600; background: #f7fafc; }
table.figures td.failing { outline: 2px solid #c53030; outline-offset: -2px; }
table.figures td.suspect { background: #fefcbf; outline: 2px dashed #975a16; outline-offset: -2px; }
.figures-note { color: #4a5568; font-size: 12px; margin: 0; }
nav.contents ol { margin: .2rem 0; padding-left: 1.4rem; }
nav.contents li.error > a { color: #9b2c2c; font-weight: 600; }
nav.contents li.none > a { color: #718096; }
details.per-rule table.findings { width: auto; }
details > summary { cursor: pointer; }
</style>
</head>
<body>
<header>
<h1>{{ words.report }}</h1>
<p class="summary">{{ summary }}</p>
{% for line in after_summary %}
<p class="after-summary">{{ line }}</p>
{% endfor %}
{% if per_rule %}
<details class="per-rule"{% if files|length > 1 or per_rule|length > 1 %} open{% endif %}>
<summary>{{ words.per_rule }}</summary>
<table class="findings per-rule">
<thead><tr><th>{{ words.rule }}</th><th>{{ words.severity }}</th><th>{{ words.findings }}</th></tr></thead>
<tbody>
{% for r in per_rule %}
<tr><td><code>{{ r.code }}</code> {{ r.rule }}</td><td><span class="sev sev-{{ r.severity }}">{{ severity(r.severity) }}</span></td><td class="num">{{ r.count }}</td></tr>
{% endfor %}
</tbody>
</table>
</details>
{% endif %}
{% if contents %}
<nav class="contents" aria-label="{{ words.contents }}">
<details{% if contents_open %} open{% endif %}>
<summary>{{ words.contents }}</summary>
<ol>
{% for file in files %}
<li><a href="#{{ file.anchor }}">{{ file.path }}</a> <span class="meta">{{ file.counts }}</span>
{% if file.tables %}
<ol>
{% for table in file.tables %}
<li class="{{ table.worst }}"><a href="#{{ table.anchor }}">{{ table.heading }}</a> <span class="meta">{{ table.counts }}</span></li>
{% endfor %}
</ol>
{% endif %}
</li>
{% endfor %}
</ol>
</details>
</nav>
{% endif %}
</header>
{% for file in files %}
<section class="file" id="{{ file.anchor }}">
<h2>{{ file.path }}</h2>
{% if file.about %}<p class="meta">{{ file.about }}</p>{% endif %}
<p class="summary">{{ file.counts }}</p>
{% if file.file_findings %}
<h3>{{ words.file_findings }}</h3>
{{ findings_table(file.file_findings) }}
{% endif %}
{% if file.no_tables %}<p class="none">{{ words.no_tables }}</p>{% endif %}
{% for table in file.tables %}
<section class="table" data-table="{{ table.id }}" id="{{ table.anchor }}">
<h3>{{ table.heading }}</h3>
{% if table.meta %}<p class="meta">
{%- for bit in table.meta %}{% if not loop.first %} · {% endif %}
{%- if bit.periods is defined %}{{ words.periods }}: {% for p in bit.periods %}{% if not loop.first %}, {% endif %}<span{% if p.partial %} class="partial" title="{{ reader_text(p.note, lang) if p.note else words.partial }}"{% endif %}>{{ p.period }}{% if p.partial %}* ({{ words.partial }}){% endif %}</span>{% endfor %}
{%- else %}{{ bit.text }}{% endif %}
{%- endfor %}</p>
{% endif %}
{% if table.chart %}
{% set c = table.chart %}
<figure>
<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{{ c.width }}" height="{{ c.height }}" viewBox="0 0 {{ c.width }} {{ c.height }}">
<title>{{ words.chart_title }}: {{ table.heading }}</title>
<g class="legend">
{% for item in legend(c) %}
{% if item.kind == "holds" %}<circle class="holds" cx="{{ item.x + 5 }}" cy="11" r="4"/>{% else %}<rect class="{{ item.kind }}" x="{{ item.x }}" y="6" width="10" height="10"/>{% endif %}<text x="{{ item.x + 14 }}" y="15">{{ item.text }}</text>
{% endfor %}
</g>
{% for t in c.ticks %}
<line class="grid{% if t.label == '0' %} zero{% endif %}" x1="{{ t.x }}" x2="{{ t.x }}" y1="{{ c.top - 4 }}" y2="{{ c.bottom + 4 }}"/>
<text class="tick" x="{{ t.x }}" y="{{ c.bottom + 16 }}" text-anchor="middle">{{ t.label }}</text>
{% endfor %}
{% for y in c.dividers %}
<line class="divider" x1="0" x2="{{ c.plot_right }}" y1="{{ y }}" y2="{{ y }}"/>
{% endfor %}
{% for r in c.rows %}
<g class="total sev-{{ r.severity }}{% if r.partial %} partial{% endif %}">
<title>{{ r.label }}: {{ words.chart_stated }} {{ r.stated }}, {{ words.chart_parts }} {{ r.parts }}, {{ words.chart_difference }} {{ signed(r.difference) }}</title>
<text x="{{ c.label_x }}" y="{{ r.y + 4 }}" text-anchor="end">{{ r.label }}</text>
{% if r.width %}<rect class="bar" x="{{ r.x }}" y="{{ r.y - 7 }}" width="{{ r.width }}" height="14"/>{% else %}<circle class="holds" cx="{{ c.zero }}" cy="{{ r.y }}" r="4"/>{% endif %}
<text class="value" x="{{ r.value_x if r.width else c.zero + 8 }}" y="{{ r.y + 4 }}" text-anchor="{{ r.anchor }}">{{ signed(r.difference) }}</text>
</g>
{% endfor %}
<text class="axis-side" x="{{ c.zero - 6 }}" y="{{ c.bottom + 31 }}" text-anchor="end">← {{ words.chart_left }}</text>
<text class="axis-side" x="{{ c.zero + 6 }}" y="{{ c.bottom + 31 }}">{{ words.chart_right }} →</text>
<text class="axis-title" x="{{ c.zero }}" y="{{ c.bottom + 47 }}" text-anchor="middle">{{ words.chart_axis }}{% if c.log %} ({{ words.chart_log }}){% endif %}</text>
</svg>
<figcaption>{{ words.chart_title }}{% if c.log %} — {{ words.chart_log }}{% endif %}</figcaption>
</figure>
{% elif table.chart_missing %}
<p class="none">{{ words.chart_none }}</p>
{% endif %}
{% if table.figures %}
{% set g = table.figures %}
<details class="figures" open>
<summary>{{ words.figures }}</summary>
<table class="figures">
<thead><tr><th class="label">{{ words.line }}</th><th class="label">{{ words.figures_row }}</th>{% for p in g.periods %}<th>{{ p }}</th>{% endfor %}</tr></thead>
<tbody>
{% for r in g.rows %}
<tr class="{{ r.level }}"><td class="label">{{ r.line }}</td><td class="label">{{ r.label }}</td>
{%- for c in r.cells %}
{% if c is none %}<td></td>{% elif c.suggestions or c.suspect %}<td class="suspect{% if c.failing %} failing{% endif %}" title="{{ c.title }}"><span class="printed">{{ c.count }}</span> → <span class="suggestion">{{ c.suggestions or "?" }}</span></td>{% else %}<td{% if c.failing %} class="failing"{% endif %}>{{ c.count }}</td>{% endif %}
{%- endfor %}</tr>
{% endfor %}
</tbody>
</table>
<p class="figures-note">{{ words.figures_note }}</p>
</details>
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
<td class="num">{{ f.line if f.line is not none else "" }}{% if page_note(f) %} ({{ page_note(f) }}){% endif %}</td>
<td><code>{{ f.code }}</code> {{ f.rule }}</td>
<td>{{ f.period or "" }}</td>
<td>{{ f.province or "" }}</td>
<td class="num">{% if is_suspect(f) and f.stated is not none %}<span class="printed">{{ f.stated }}</span> → <strong class="suggestion">{{ f.suggestion if f.suggestion is not none else "?" }}</strong>{% else %}{{ f.stated if f.stated is not none else "" }}{% endif %}</td>
<td class="num">{{ f.observed if f.observed is not none else "" }}</td>
<td class="num">{{ f.difference if f.difference is not none else "" }}</td>
<td>{{ f.message }}{% set shown = notes.get(id(f), []) %}{% if shown %}
<ul class="explained">{% for note in suspect_notes(shown) %}<li>↳ {{ note }}</li>{% endfor %}</ul>{% endif %}</td>
</tr>
{% endfor %}
</tbody>
</table>
{%- endmacro %}
"""

COLUMNS = ("severity", "line", "rule", "period", "province", "stated", "observed", "difference", "message")


def render(report: Report, *, lang: str = "en", color: bool = False, skipped: Sequence[Any] = ()) -> str:
    """The report as one HTML page (`color` is ignored: the page has its own colours). Under the
    summary, how many inputs could not be audited and how many files were skipped (`skipped`:
    the run's notes), and why."""
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
    return printable(template.render(  # (a file name's bytes that are no UTF-8: \\xNN)
        reader_text=reader_text, notes=explanations(report.findings), id=id, is_suspect=is_suspect,
        suspect_notes=lambda s: suspect_notes(s, lang),
        page_note=lambda f: page_note(f, lang),
        lang=lang if lang in ("en", "nl") else "en",
        words=labels(lang),
        columns=COLUMNS,
        severity=lambda s: severity_word(s, lang),
        signed=_signed,
        legend=lambda chart: legend_items(chart, lang),
        summary=summary_line(report, groups, lang),
        after_summary=([failed_line(len(report.failures), lang, see=False)] if report.failures else [])
        + skipped_lines(skipped, lang, see=False),
        per_rule=_per_rule(report),
        contents=len(groups) > 1 or sum(len(g.tables) for g in groups) > 1,
        contents_open=sum(len(g.tables) for g in groups) <= CONTENTS_OPEN,
        files=[_file_view(g, lang, n) for n, g in enumerate(groups, start=1)],
    ))


#: The contents at the top of the page list every table; open up to this many tables.
CONTENTS_OPEN = 30


def _per_rule(report: Report) -> list[dict]:
    """The number of findings per rule and severity, most frequent first (the page's summary,
    as ``--statistics`` gives it under the text report)."""
    counts: dict[tuple[str, str, str], int] = {}
    for f in report.findings:
        counts[(f.code, f.rule, f.severity)] = counts.get((f.code, f.rule, f.severity), 0) + 1
    return [{"code": code, "rule": rule, "severity": severity, "count": n}
            for (code, rule, severity), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _worst(findings: list) -> str:
    """The worst severity among `findings` (``none`` without any): the table's mark in the contents."""
    severities = {f.severity for f in findings}
    return next((s for s in SEVERITY_ORDER if s in severities), "none")


def _file_view(group, lang: str, n: int) -> dict:
    # Anchors are numbers, never the input's words: a path or a title can hold any character.
    anchor = f"answer-{n}"
    return {
        "path": group.path,
        "anchor": anchor,
        "about": answer_line(group.info, lang),
        "counts": counts_line(group.findings, lang),
        "file_findings": group.file_findings,
        "no_tables": group.described and not group.tables,
        "tables": [_table_view(t, lang, f"{anchor}-table-{m}") for m, t in enumerate(group.tables, start=1)],
    }


def _table_view(table, lang: str, anchor: str = "") -> dict:
    words = labels(lang)
    info = table.info
    meta: list[dict] = []
    if info.get("measure"):
        meta.append({"text": f"{words['measure']}: {measure_word(info['measure'], lang)}"})
    if info.get("layout"):
        meta.append({"text": layout_word(info["layout"], lang, info)})
    if table.periods:
        meta.append({"periods": table.periods})
    chart = (layout_chart(chart_series(table.table), finding_severities(table.findings))
             if table.table is not None else None)
    return {
        "id": table.id,
        "anchor": anchor,
        "counts": counts_line(table.findings, lang),
        "worst": _worst(table.findings),
        "meta": meta,
        "chart": chart,
        "chart_missing": table.table is None and bool(table.info),
        "findings": table.findings,
        "figures": figures_grid(table, lang),
        "title": table.title_in(lang),
        "heading": table.heading(lang, dash="\u2013"),
    }


@dataclass(frozen=True)
class GridCell:
    """One printed figure of the figures grid: marked when a suspect names it, framed when a
    total there does not hold."""

    count: int
    failing: bool = False
    suspect: bool = False
    suggestions: str = ""  # ``54 / 145``: the figures that would fit, best first
    title: str = ""  # the suspects' messages (the tooltip)


@dataclass(frozen=True)
class GridRow:
    line: int
    label: str
    level: str
    cells: tuple[GridCell | None, ...]


@dataclass(frozen=True)
class Grid:
    periods: tuple[str, ...]
    rows: tuple[GridRow, ...]


def figures_grid(table, lang: str) -> Grid | None:
    """The table's printed figures by line and period, the suspected ones marked with the
    figures that would fit — only for a table with a suspect and its cells at hand."""
    from okot_audit.tables import Cell, Table

    obj = table.table
    suspects = [f for f in table.findings if f.is_suspect and f.line is not None]
    if not suspects or not isinstance(obj, Table):
        return None
    words = labels(lang)
    failing = {(f.line, f.period) for f in table.findings if f.fails_total}
    by_place: dict[tuple, list] = {}
    for s in sorted(suspects, key=lambda s: (s.rank or 0, s.line or 0)):
        by_place.setdefault((s.line, s.period), []).append(s)
    periods = [p.label for p in obj.periods]
    lines: dict[int, dict[str, Cell]] = {}
    for cell in obj.cells:
        lines.setdefault(cell.line, {})[cell.period] = cell
    rows = []
    for line in sorted(lines):
        cells = lines[line]
        first = next(iter(cells.values()))
        out: list[GridCell | None] = []
        for period in periods:
            printed = cells.get(period)
            if printed is None:
                out.append(None)
                continue
            found = by_place.get((line, period), [])
            values = list(dict.fromkeys(str(s.suggestion) for s in found if s.suggestion is not None))
            out.append(GridCell(
                count=printed.count, failing=(line, period) in failing, suspect=bool(found),
                suggestions=" / ".join(values),
                title="; ".join([words["suspect_title"]] + [s.message for s in found]) if found else "",
            ))
        rows.append(GridRow(line, row_label(first), first.level, tuple(out)))
    return Grid(tuple(f"{p.label}{'*' if p.partial else ''}" for p in obj.periods), tuple(rows))


def row_label(cell) -> str:
    """``908001 Educatieve bachelor …`` for a coded row, else its label or province."""
    if cell.level == "row" and cell.code:
        return f"{cell.code} {cell.label}".strip()
    return cell.label or cell.province or ""
