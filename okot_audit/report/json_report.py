"""The JSON report of CONTRACT.md: deterministic, byte-identical for identical input."""

from __future__ import annotations

import json

from okot_audit import __version__
from okot_audit.findings import Report


def render(report: Report, *, lang: str = "en", color: bool = False) -> str:
    return json.dumps(report.to_dict(__version__), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
