"""SARIF 2.1.0 for code-scanning tools (GitHub, Azure DevOps, VS Code's SARIF viewer).

One run; ``tool.driver`` lists every rule of :func:`~okot_audit.rules.all_rules`, its help
generated from the rule's docstring (the same page ``okot-audit rule NAME`` prints). Each
finding becomes a result with its location (``path`` as given, ``region.startLine`` when the
finding has a line) and a property bag with the numbers and the place in the table.

Severities map to SARIF levels: ``error`` → ``error``, ``warning`` → ``warning``,
``info`` → ``note``. Output is deterministic: no timestamps, no machine details.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from okot_audit.findings import Finding, Report

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
#: The finding fields carried in each result's property bag.
PROPERTY_KEYS = ("severity", "table", "measure", "period", "province", "training_code",
                 "stated", "observed", "difference")


def render(report: Report, *, lang: str = "en", color: bool = False) -> str:
    """The report as a SARIF 2.1.0 log (`color` is ignored)."""
    return json.dumps(sarif_log(report, lang=lang), ensure_ascii=False, indent=2) + "\n"


def sarif_log(report: Report, *, lang: str = "en") -> dict:
    """The SARIF log as plain data."""
    from okot_audit import __version__
    from okot_audit.rules import all_rules

    rules = all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    artifacts = _artifacts(report)
    artifact_index = {a["location"]["uri"]: i for i, a in enumerate(artifacts)}
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "okot-audit",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule_descriptor(r) for r in rules],
                    }
                },
                "language": lang if lang in ("en", "nl") else "en",
                "artifacts": artifacts,
                "results": [_result(f, index, artifact_index) for f in report.findings],
            }
        ],
    }


def artifact_uri(path: str) -> str:
    """The path as given, as a relative URI reference (``/`` separators, unsafe bytes quoted)."""
    return quote(path.replace("\\", "/"), safe="/")


def _artifacts(report: Report) -> list[dict]:
    seen: dict[str, dict] = {}
    for answer in report.answers:
        info = answer.describe() if hasattr(answer, "describe") else {"path": getattr(answer, "path", "")}
        uri = artifact_uri(info.get("path") or "")
        if uri and uri not in seen:
            seen[uri] = {"location": {"uri": uri}, "roles": ["analysisTarget"]}
            if info.get("encoding"):
                seen[uri]["encoding"] = info["encoding"]
    for finding in report.findings:
        uri = artifact_uri(finding.path)
        seen.setdefault(uri, {"location": {"uri": uri}, "roles": ["analysisTarget"]})
    return list(seen.values())


def _rule_descriptor(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.section("What it does") or rule.summary},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"severity": rule.severity},
    }


def _result(f: Finding, index: dict[str, int], artifact_index: dict[str, int]) -> dict:
    uri = artifact_uri(f.path)
    physical: dict = {"artifactLocation": {"uri": uri, "index": artifact_index[uri]}}
    if f.line is not None:
        physical["region"] = {"startLine": f.line}
    result: dict = {"ruleId": f.code}
    if f.code in index:
        result["ruleIndex"] = index[f.code]
    result.update({
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": physical}],
        "properties": {"rule": f.rule, **{k: getattr(f, k) for k in PROPERTY_KEYS}},
    })
    return result
