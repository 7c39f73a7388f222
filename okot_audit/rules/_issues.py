"""Findings from what the reader could not read (ParseIssue records of one kind)."""

from __future__ import annotations

from okot_audit.rules.base import Hit


def issue_hits(answer, kind: str, severity_of=None):
    tables = {t.id: t for t in answer.tables}
    for issue in answer.issues:
        if issue.kind != kind:
            continue
        yield Hit(
            line=issue.line, table=tables.get(issue.table), province=issue.province,
            severity=severity_of(issue) if severity_of else None,
            args={
                "detail": issue.detail,
                "numbers": ", ".join(str(n) for n in issue.numbers) or "none",
                "table_id": issue.table or "?",
                "count": len(issue.numbers),
            },
        )
