"""Plain text for terminals: ``path:line: CODE name message``, grouped by file and table."""

from __future__ import annotations

from okot_audit.findings import Report


def render(report: Report, *, lang: str = "en", color: bool = False) -> str:
    lines = []
    for f in report.findings:
        where = f"{f.path}:{f.line}" if f.line else f.path
        lines.append(f"{where}: {f.code} {f.rule} [{f.severity}] {f.message}")
    s = report.summary
    lines.append(f"{len(report.answers)} answer(s) checked: {s['error']} error(s), {s['warning']} warning(s), {s['info']} info")
    return "\n".join(lines) + "\n"
