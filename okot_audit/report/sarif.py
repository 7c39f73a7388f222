"""SARIF 2.1.0 for code-scanning tools (GitHub, Azure DevOps, VS Code's SARIF viewer).

One run; ``tool.driver`` lists every rule of :func:`~okot_audit.rules.all_rules`, its help
generated from the rule's documentation in the report's language (the same page
``okot-audit rule NAME`` prints) and a ``helpUri`` to the rule's page in the repository
(``docs/rules/<name>.md``). Each finding becomes a result with:

- its location: the path relative to the repository root (the git top-level of the file, else
  the current folder) with ``uriBaseId`` ``%SRCROOT%`` (defined in ``originalUriBaseIds``), and
  ``region.startLine`` when the finding has a line;
- ``partialFingerprints``: a hash of rule, file, table, row (training code, else province and label)
  and period — not the line, so that a result keeps its identity when lines move;
- ``relatedLocations`` for the finding's other places (:attr:`Finding.related`);
- a property bag with the numbers and the place in the table.

Each answer is an artifact with its ``encoding`` as an IANA character set name
(:func:`artifact_encoding`): none for a PDF or a workbook, nor for text in two encodings at once.

Inputs that could not be audited (:attr:`Report.failures`) are
``invocations[0].toolExecutionNotifications`` (level ``error``). Severities map to SARIF
levels: ``error`` → ``error``, ``warning`` → ``warning``, ``info`` → ``note``. Output is
deterministic: no timestamps; the only machine detail is the root folder's ``file:`` URI.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from okot_audit.findings import Finding, InputFailure, Report
from okot_audit.report._escape import printable_json

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
    return printable_json(json.dumps(sarif_log(report, lang=lang), ensure_ascii=False, indent=2)) + "\n"


def sarif_log(report: Report, *, lang: str = "en") -> dict[str, Any]:
    """The SARIF log as plain data."""
    places = Places()
    run, artifact_index, _ = _run_head(
        (_describe(answer) for answer in report.answers), lambda: iter(report.findings), report.failures,
        places, lang)
    run["results"] = list(_results(report.findings, artifact_index, places))
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def write(documents: Iterable[dict], findings: Callable[[], Iterable[Finding]], failures: list[InputFailure],
          put: Callable[[str], object], *, lang: str = "en", skipped: "Iterable[Any]" = ()) -> None:
    """Write the SARIF log of these answers (their ``describe()`` data, in file order), findings
    (in the report's order) and failures through `put`, a result at a time: byte for byte
    :func:`render` of the same report, without the whole log (nor every result) in memory.

    `findings` gives the findings afresh at each call: they are read twice, once for the files
    they name (the log's ``artifacts`` come before its results), once to write the results.
    `skipped`: the files the run left out on purpose (each with its ``path`` and ``reason``),
    notifications of level ``note``."""
    put = _printing(put)
    places = Places()
    run, artifact_index, count = _run_head(documents, findings, failures, places, lang, skipped)
    run["results"] = [RESULTS_MARK] if count else []
    log = json.dumps({"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2)
    if not count:
        put(log + "\n")
        return
    indent = " " * RESULTS_DEPTH
    head, tail = log.rsplit(f"{indent}{json.dumps(RESULTS_MARK)}", 1)  # (the results are the log's last)
    put(head)
    for n, result in enumerate(_results(findings(), artifact_index, places)):
        text = json.dumps(result, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
        put(("" if n == 0 else ",\n") + indent + text)
    put(tail + "\n")


def _printing(put: Callable[[str], object]) -> Callable[[str], object]:
    """`put` of JSON text whose lone surrogates (a file name's bytes that are no UTF-8) are
    written as :func:`~okot_audit.report._escape.printable_json` says."""
    return lambda text: put(printable_json(text))


#: The place of the results in the log (written one at a time by :func:`write`): a mark in the
#: log's text, and the depth of indentation of each result (log, runs, run, results).
RESULTS_MARK = "okot-audit:results"
RESULTS_DEPTH = 2 * 4


def _describe(answer: Any) -> dict:
    return answer.describe() if hasattr(answer, "describe") else {"path": getattr(answer, "path", "")}


def _run_head(documents: Iterable[dict], findings: Callable[[], Iterable[Finding]], failures: list[InputFailure],
              places: Places, lang: str, skipped: "Iterable[Any]" = ()) -> tuple[dict[str, Any], dict[tuple[str, str], int], int]:
    """The run of the log but its results; the index of each artifact; the number of results."""
    from okot_audit import __version__
    from okot_audit.rules import all_rules

    lang = lang if lang in ("en", "nl") else "en"
    artifacts, count = _artifacts(documents, findings(), places)
    artifact_index = {_key(a["location"]): i for i, a in enumerate(artifacts)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "okot-audit",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": REPOSITORY_URL,
                "rules": [_rule_descriptor(r, lang) for r in all_rules()],
            }
        },
        "invocations": [_invocation(failures, places, lang, skipped)],
        "language": lang,
    }
    if places.roots:
        run["originalUriBaseIds"] = {
            base_id: {"uri": Path(root).as_uri().rstrip("/") + "/"} for root, base_id in places.roots.items()
        }
    run["artifacts"] = artifacts
    return run, artifact_index, min(count, MAX_RESULTS)


def _results(findings: Iterable[Finding], artifact_index: dict[tuple[str, str], int],
             places: Places) -> Iterator[dict[str, Any]]:
    """The results of the first :data:`MAX_RESULTS` findings, with equal fingerprints made
    distinct (``…:2``, ``…:3`` in report order), as GitHub needs."""
    from okot_audit.rules import all_rules

    index = {r.code: i for i, r in enumerate(all_rules())}
    seen: dict[str, int] = {}
    for finding in itertools.islice(findings, MAX_RESULTS):
        result = _result(finding, index, artifact_index, places)
        value = result["partialFingerprints"][FINGERPRINT]
        seen[value] = seen.get(value, 0) + 1
        if seen[value] > 1:
            result["partialFingerprints"][FINGERPRINT] = f"{value}:{seen[value]}"
        yield result


def artifact_uri(path: str) -> str:
    """A path as a relative URI reference (``/`` separators, unsafe bytes quoted)."""
    # (a name's bytes that are no UTF-8, as Python holds them, quoted as those bytes: ``%FF``)
    return quote(path.replace("\\", "/"), safe="/", errors="surrogateescape")


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


def _artifacts(documents: Iterable[dict], findings: Iterable[Finding],
               places: Places) -> tuple[list[dict[str, Any]], int]:
    """Every file the log names, the answers' first (with their encoding), then those the
    findings name and their related places; and the number of findings."""
    seen: dict[tuple[str, str], dict[str, Any]] = {}
    for info in documents:
        location = places.location(info.get("path") or "")
        if _key(location) not in seen:
            seen[_key(location)] = {"location": location, "roles": ["analysisTarget"]}
            seen[_key(location)].update(artifact_encoding(info.get("encoding") or ""))
    related: list[str] = []
    count = 0
    for finding in findings:
        count += 1
        location = places.location(finding.path)
        seen.setdefault(_key(location), {"location": location, "roles": ["analysisTarget"]})
        related.extend(path for path, _, _ in finding.related)
    for path in related:
        location = places.location(path)
        seen.setdefault(_key(location), {"location": location, "roles": ["analysisTarget"]})
    return list(seen.values()), count


#: The IANA character set name (what SARIF's ``artifact.encoding`` takes, §3.24.9) of each
#: encoding a text answer is read in (:func:`okot_audit.source.decode_text`, Python's codec names).
IANA_CHARSETS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16LE",
                 "utf-16-be": "UTF-16BE", "utf-32": "UTF-32", "utf-32-le": "UTF-32LE", "utf-32-be": "UTF-32BE",
                 "cp1252": "windows-1252", "iso8859-1": "ISO-8859-1", "iso8859-15": "ISO-8859-15",
                 "ascii": "US-ASCII"}


def artifact_encoding(encoding: str) -> dict[str, Any]:
    """What an answer's artifact says of the encoding it was read in: ``encoding``, its IANA
    character set name; nothing for a PDF or a workbook (SARIF: no encoding for a binary
    artifact) or text given as a string. Text read in more than one encoding (UTF-8 with some
    lines in Windows-1252: ``utf-8+cp1252``) is in no one character set, so its ``encoding`` is
    left out (unknown, as SARIF reads its absence) and the property bag names them all."""
    names = []
    for part in encoding.split("+"):
        try:
            names.append(IANA_CHARSETS.get(codecs.lookup(part).name.replace("_", "-")))
        except LookupError:  # ("pdf", "xlsx", "str": no text encoding)
            names.append(None)
    if not names or None in names:
        return {}
    if len(names) == 1:
        return {"encoding": names[0]}
    return {"properties": {"encodings": names}}


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
    parts = (f.code, uri, f.table or "", f.measure or "", f.row, f.period or "")
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:32]


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


def _invocation(failures: list[InputFailure], places: Places, lang: str = "en",
                skipped: "Iterable[Any]" = ()) -> dict[str, Any]:
    """The run's invocation: successful unless an input could not be audited, each such input
    a notification with its place and its one-line reason (in the report's language); then
    each file skipped on purpose, a notification of level ``note``."""
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
    for note in skipped:  # (a file left out on purpose: no answer, or excluded)
        notifications.append({
            "level": "note",
            "message": {"text": note.reason},
            "locations": [{"physicalLocation": {"artifactLocation": places.location(note.path)}}],
            "descriptor": {"id": "input-skipped"},
        })
    invocation: dict[str, Any] = {"executionSuccessful": not failures}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation
