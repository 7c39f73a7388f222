"""SARIF 2.1.0 for code-scanning tools (GitHub, Azure DevOps, VS Code's SARIF viewer).

One run; ``tool.driver`` lists every rule of :func:`~okot_audit.rules.all_rules`, its help
generated from the rule's documentation in the report's language (the same page
``okot-audit rule NAME`` prints) and a ``helpUri`` to the rule's page in the repository
(``docs/rules/<name>.md``). Each finding becomes a result with:

- its location: the path relative to the repository root (the git top-level of the file, else
  the current folder) with ``uriBaseId`` ``%SRCROOT%`` (defined in ``originalUriBaseIds``), and
  ``region.startLine`` when the finding has a line;
- ``partialFingerprints``: a hash of rule, file, table, row (training code, province or label)
  and period — not the line, so that a result keeps its identity when lines move;
- ``relatedLocations`` for the finding's other places (:attr:`Finding.related`);
- a property bag with the numbers and the place in the table.

Inputs that could not be audited (:attr:`Report.failures`) are
``invocations[0].toolExecutionNotifications`` (level ``error``). Severities map to SARIF
levels: ``error`` → ``error``, ``warning`` → ``warning``, ``info`` → ``note``. Output is
deterministic: no timestamps; the only machine detail is the root folder's ``file:`` URI.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from okot_audit.findings import Finding, InputFailure, Report

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
#: The finding fields carried in each result's property bag.
PROPERTY_KEYS = ("severity", "table", "measure", "period", "province", "training_code",
                 "label", "page", "stated", "observed", "difference", "suggestion")
#: The repository whose ``docs/rules/<name>.md`` pages the ``helpUri`` of each rule names.
REPOSITORY_URL = "https://example.org/okot-audit"
HELP_URI = {"en": REPOSITORY_URL + "/blob/main/docs/rules/{name}.md",
            "nl": REPOSITORY_URL + "/blob/main/docs/rules/nl/{name}.md"}
#: The name of the fingerprint in ``partialFingerprints`` (bump the version if its inputs change).
FINGERPRINT = "okotAuditFinding/v1"
ROOT_ID = "%SRCROOT%"
#: GitHub code scanning accepts at most this many results per run.
MAX_RESULTS = 25_000
#: Paths that name no file (standard input).
NOT_A_FILE = ("-", "<stdin>")


def render(report: Report, *, lang: str = "en", color: bool = False) -> str:
    """The report as a SARIF 2.1.0 log (`color` is ignored)."""
    return json.dumps(sarif_log(report, lang=lang), ensure_ascii=False, indent=2) + "\n"


def sarif_log(report: Report, *, lang: str = "en") -> dict[str, Any]:
    """The SARIF log as plain data."""
    from okot_audit import __version__
    from okot_audit.rules import all_rules

    lang = lang if lang in ("en", "nl") else "en"
    rules = all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    places = Places()
    artifacts = _artifacts(report, places)
    artifact_index = {_key(a["location"]): i for i, a in enumerate(artifacts)}
    results = [_result(f, index, artifact_index, places) for f in report.findings[:MAX_RESULTS]]
    _number_fingerprints(results)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "okot-audit",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": REPOSITORY_URL,
                "rules": [_rule_descriptor(r, lang) for r in rules],
            }
        },
        "invocations": [_invocation(report.failures, places, lang)],
        "language": lang,
    }
    if places.roots:
        run["originalUriBaseIds"] = {
            base_id: {"uri": Path(root).as_uri().rstrip("/") + "/"} for root, base_id in places.roots.items()
        }
    run["artifacts"] = artifacts
    run["results"] = results
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def artifact_uri(path: str) -> str:
    """A path as a relative URI reference (``/`` separators, unsafe bytes quoted)."""
    return quote(path.replace("\\", "/"), safe="/")


def repository_root(path: str) -> str:
    """The git top-level folder holding `path` (a ``.git`` folder or file above it), else the
    current folder when `path` is below it, else the file's own folder."""
    absolute = Path(os.path.abspath(path))
    for folder in absolute.parents:
        if (folder / ".git").exists():
            return str(folder)
    cwd = Path.cwd()
    if cwd in absolute.parents:
        return str(cwd)
    return str(absolute.parent)


class Places:
    """Artifact locations relative to their repository roots; each root gets a base id
    (the first ``%SRCROOT%``, any further one ``SRCROOT2``, … in order of appearance)."""

    def __init__(self) -> None:
        self.roots: dict[str, str] = {}
        self._cache: dict[str, dict[str, str]] = {}

    def location(self, path: str) -> dict[str, str]:
        """``{"uri": …, "uriBaseId": …}`` for `path` (no base for standard input)."""
        if path not in self._cache:
            self._cache[path] = self._locate(path)
        return dict(self._cache[path])

    def _locate(self, path: str) -> dict[str, str]:
        if not path or path in NOT_A_FILE:
            return {"uri": artifact_uri(path or "-")}
        root = repository_root(path)
        relative = os.path.relpath(os.path.abspath(path), root)
        base_id = self.roots.setdefault(root, ROOT_ID if not self.roots else f"SRCROOT{len(self.roots) + 1}")
        return {"uri": artifact_uri(relative), "uriBaseId": base_id}


def _key(location: dict[str, str]) -> tuple[str, str]:
    return (location["uri"], location.get("uriBaseId", ""))


def _artifacts(report: Report, places: Places) -> list[dict[str, Any]]:
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for answer in report.answers:
        info = answer.describe() if hasattr(answer, "describe") else {"path": getattr(answer, "path", "")}
        location = places.location(info.get("path") or "")
        if _key(location) not in seen:
            seen[_key(location)] = {"location": location, "roles": ["analysisTarget"]}
            if info.get("encoding"):
                seen[_key(location)]["encoding"] = info["encoding"]
    paths = [f.path for f in report.findings] + [p[0] for f in report.findings for p in f.related]
    for path in paths:
        location = places.location(path)
        seen.setdefault(_key(location), {"location": location, "roles": ["analysisTarget"]})
    return list(seen.values())


def _rule_descriptor(rule: Any, lang: str) -> dict[str, Any]:
    doc = rule.documentation(lang)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary_in(lang)},
        "fullDescription": {"text": rule.what_it_does(lang) or rule.summary_in(lang)},
        "help": {"text": doc, "markdown": doc},
        "helpUri": HELP_URI[lang].format(name=rule.name),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"severity": rule.severity},
    }


def fingerprint(f: Finding, uri: str) -> str:
    """The stable identity of a finding: rule, file, table, row and period (not the line)."""
    row = f.training_code or f.province or f.label or ""
    parts = (f.code, uri, f.table or "", f.measure or "", row, f.period or "")
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def _number_fingerprints(results: list[dict[str, Any]]) -> None:
    """Make equal fingerprints distinct (``…:2``, ``…:3`` in report order), as GitHub needs."""
    seen: dict[str, int] = {}
    for result in results:
        value = result["partialFingerprints"][FINGERPRINT]
        seen[value] = seen.get(value, 0) + 1
        if seen[value] > 1:
            result["partialFingerprints"][FINGERPRINT] = f"{value}:{seen[value]}"


def _physical(location: dict[str, str], artifact_index: dict[tuple[str, str], int],
              line: int | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {**location, "index": artifact_index[_key(location)]}}
    if line is not None and line >= 1:
        physical["region"] = {"startLine": line}
    return physical


def _result(f: Finding, index: dict[str, int], artifact_index: dict[tuple[str, str], int],
            places: Places) -> dict[str, Any]:
    location = places.location(f.path)
    result: dict[str, Any] = {"ruleId": f.code}
    if f.code in index:
        result["ruleIndex"] = index[f.code]
    result.update({
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": _physical(location, artifact_index, f.line)}],
        "partialFingerprints": {FINGERPRINT: fingerprint(f, location["uri"])},
    })
    if f.related:
        result["relatedLocations"] = [
            {"id": i, "physicalLocation": _physical(places.location(path), artifact_index, line),
             **({"properties": {"page": page}} if page is not None else {})}
            for i, (path, line, page) in enumerate(f.related, start=1)
        ]
    result["properties"] = {"rule": f.rule, **{k: getattr(f, k) for k in PROPERTY_KEYS}}
    return result


def _invocation(failures: list[InputFailure], places: Places, lang: str = "en") -> dict[str, Any]:
    """The run's invocation: successful unless an input could not be audited, each such input
    a notification with its place and its one-line reason (in the report's language)."""
    notifications = []
    for failure in failures:
        physical: dict[str, Any] = {"artifactLocation": places.location(failure.path)}
        if failure.line is not None and failure.line >= 1:
            physical["region"] = {"startLine": failure.line}
        notifications.append({
            "level": "error",
            "message": {"text": failure.message_in(lang)},
            "locations": [{"physicalLocation": physical}],
            "descriptor": {"id": "input-failure"},
        })
    invocation: dict[str, Any] = {"executionSuccessful": not failures}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation
