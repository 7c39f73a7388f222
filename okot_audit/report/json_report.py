"""The JSON report of CONTRACT.md: deterministic, byte-identical for identical input.

The text is exactly ``json.dumps(report.to_dict(version), ensure_ascii=False, indent=2)`` plus a
line end, written by a faster encoder of the same output (the standard library's indented
encoder is pure Python). :class:`JsonStream` writes the same text piece by piece — each
document as its answer is read, then the findings — so that a run over many answers never
holds the whole report.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring  # the C encoder when there is one

from okot_audit import __version__
from okot_audit.findings import JSON_KEYS, Finding, Report
from okot_audit.report._escape import printable_json
from okot_audit.tables import public_document

#: One finding's keys as they stand in the report (two levels in: ``findings`` → object).
_FINDING_KEYS = tuple(f'\n      {encode_basestring(key)}: ' for key in JSON_KEYS)


def render(report: Report, *, lang: str = "en", color: bool = False) -> str:
    parts: list[str] = []
    stream = JsonStream(parts.append)
    for answer in report.answers:
        stream.document(answer.describe())
    stream.findings(report.findings)
    stream.finish(report.summary)
    return "".join(parts)


class JsonStream:
    """The JSON report written as it comes: :meth:`document` for each answer in order, then
    :meth:`findings` (in the report's order, in one or more calls), then :meth:`finish`.
    `put` receives the text piece by piece; joined, the pieces are :func:`render`'s text."""

    def __init__(self, put: Callable[[str], object], version: str = __version__) -> None:
        self.put = lambda text: put(printable_json(text))  # (a file name's bytes that are no UTF-8: "\\xNN")
        self.version = version
        self.started = False
        self.documents = 0
        self.count = 0  # findings written
        self.in_findings = False

    def start(self) -> None:
        """Write the report's head (once; the other methods call it)."""
        if not self.started:
            self.started = True
            self.put(f'{{\n  "tool": "okot-audit",\n  "version": {_string(self.version)},\n  "documents": [')

    def document(self, document: dict) -> None:
        """One answer's ``describe()`` data."""
        self.start()
        assert not self.in_findings, "documents come before the findings"
        self.put(("," if self.documents else "") + "\n    " + dump(public_document(document), "    "))
        self.documents += 1

    def findings(self, findings: Iterable[Finding]) -> None:
        """Findings, in the report's order."""
        if not self.in_findings:
            self.start()
            self.in_findings = True
            self.put(('\n  ],\n  "findings": [' if self.documents else '],\n  "findings": ['))
        parts = []
        for finding in findings:
            parts.append(("," if self.count else "") + "\n    " + dump_finding(finding))
            self.count += 1
            if len(parts) == _FINDINGS_AT_ONCE:  # (an answer's thousands of findings: never all their text at once)
                self.put("".join(parts))
                parts = []
        if parts:
            self.put("".join(parts))

    def finish(self, summary: dict[str, int], skipped: "list[dict[str, str]] | None" = None) -> None:
        """The summary and the end of the report; before the summary, when a run left files out
        on purpose (no answer, or excluded), ``skipped``: each file's ``path`` and ``reason``."""
        self.findings(())
        listed = ',\n  "skipped": ' + dump(skipped, "  ") if skipped else ""
        self.put(("\n  ]" if self.count else "]") + listed + ',\n  "summary": ' + dump(summary, "  ") + "\n}\n")


#: How many findings :meth:`JsonStream.findings` writes in one piece: a large answer's findings
#: (13,000 for one of 2 MB) joined whole held their text twice over, the highest memory of a run.
_FINDINGS_AT_ONCE = 500

_STR_OR_NONE = frozenset((str, type(None)))
_INT_OR_NONE = frozenset((int, type(None)))


def dump_finding(finding: Finding) -> str:
    """One finding as its object in the report's findings list (``indent=2``, two levels in)."""
    f = finding
    i, s = _INT_OR_NONE, _STR_OR_NONE
    if not (type(f.line) in i and type(f.page) in i and type(f.stated) in i and type(f.observed) in i
            and type(f.difference) in i and type(f.suggestion) in i and type(f.table) in s
            and type(f.measure) in s and type(f.period) in s and type(f.province) in s
            and type(f.training_code) in s and type(f.label) in s and type(f.rule) is str
            and type(f.code) is str and type(f.severity) is str and type(f.path) is str
            and type(f.message) is str):
        values = [getattr(finding, key) for key in JSON_KEYS]  # any other value: the general way
        return "{" + ",".join(k + _scalar(v) for k, v in zip(_FINDING_KEYS, values)) + "\n    }"
    e = encode_basestring
    r = int.__repr__
    return (
        f'{{\n      "rule": {e(f.rule)},\n      "code": {e(f.code)},\n      "severity": {e(f.severity)},'
        f'\n      "path": {e(f.path)},\n      "line": {"null" if f.line is None else r(f.line)},'
        f'\n      "table": {"null" if f.table is None else e(f.table)},'
        f'\n      "measure": {"null" if f.measure is None else e(f.measure)},'
        f'\n      "period": {"null" if f.period is None else e(f.period)},'
        f'\n      "province": {"null" if f.province is None else e(f.province)},'
        f'\n      "training_code": {"null" if f.training_code is None else e(f.training_code)},'
        f'\n      "label": {"null" if f.label is None else e(f.label)},'
        f'\n      "page": {"null" if f.page is None else r(f.page)},'
        f'\n      "stated": {"null" if f.stated is None else r(f.stated)},'
        f'\n      "observed": {"null" if f.observed is None else r(f.observed)},'
        f'\n      "difference": {"null" if f.difference is None else r(f.difference)},'
        f'\n      "suggestion": {"null" if f.suggestion is None else r(f.suggestion)},'
        f'\n      "message": {e(f.message)}\n    }}'
    )


def dump(value: object, indent: str = "") -> str:
    """`value` as ``json.dumps(value, ensure_ascii=False, indent=2)`` writes it, its first line
    standing at `indent` (the nesting the value has in the report)."""
    if type(value) is dict:
        return _dump_dict(value, indent)
    if isinstance(value, (list, tuple)):
        return _dump_list(value, indent)
    if isinstance(value, dict):
        return _dump_dict(value, indent)
    return _scalar(value)


def _dump_dict(value: dict, indent: str) -> str:
    if not value:
        return "{}"
    inner = indent + "  "
    parts = []
    for k, v in value.items():
        t = type(v)
        if t is str:
            text = encode_basestring(v)
        elif v is None:
            text = "null"
        elif t is int:
            text = int.__repr__(v)
        elif t is bool:
            text = "true" if v else "false"
        else:
            text = dump(v, inner)
        parts.append(f"{inner}{encode_basestring(k) if type(k) is str else _key(k)}: {text}")
    return "{\n" + ",\n".join(parts) + "\n" + indent + "}"


def _dump_list(value: "list | tuple", indent: str) -> str:
    if not value:
        return "[]"
    inner = indent + "  "
    return "[\n" + ",\n".join(inner + dump(v, inner) for v in value) + "\n" + indent + "]"


def _scalar(value: object) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False)  # floats and the rare other number


def _key(key: object) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    return json.dumps({key: 0}, ensure_ascii=False)[1:-4]  # json's own words for other keys


def _string(text: str) -> str:
    return encode_basestring(text)
