"""Renderers: a report in, text out. No logic about what is right or wrong lives here.

:func:`render` picks the renderer for a format; each renderer is a module of this package with
a ``render(report, *, lang, color) -> str`` function, and imports what it needs lazily. Options
that only one format knows (the text format's ``quiet``, ``statistics``, ``hidden_info``) are
passed through to it.
"""

from __future__ import annotations

from importlib import import_module

from okot_audit.findings import Report

FORMATS = ("text", "json", "markdown", "html", "sarif", "github")


def render(report: Report, fmt: str = "text", *, lang: str = "en", color: bool = False, **options) -> str:
    """Render `report` in format `fmt` (one of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    module = import_module(f"okot_audit.report.{'json_report' if fmt == 'json' else fmt}")
    return module.render(report, lang=lang, color=color, **options)
