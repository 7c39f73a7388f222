"""Findings from what the reader could not read (ParseIssue records of one kind).

The reader reports data (a reason and the numbers, rows and lines involved); the rule owns
the words: its MESSAGES have one variant per reason.
"""

from __future__ import annotations

from okot_audit.rules.base import Hit


def issue_hits(answer, kind: str, severity_of=None, of_one_period: bool = False):
    """A hit per record of `kind`; with `of_one_period`, the record is about one cell and its
    one period is the hit's (else `periods` are the table's, for the message)."""
    tables = {t.id: t for t in answer.tables}
    for issue in answer.issues:
        if issue.kind != kind:
            continue
        yield Hit(
            line=issue.line, table=tables.get(issue.table), province=issue.province,
            period=issue.periods[0] if of_one_period and issue.periods else None,
            training_code=issue.code,
            label=issue.label if not (issue.code or issue.province) else None,
            page=issue.page, sheet=issue.sheet, variant=issue.reason,
            severity=severity_of(issue) if severity_of else None,
            args={
                "numbers": ", ".join(str(n) for n in issue.numbers) or "none",
                "numbers_nl": ", ".join(str(n) for n in issue.numbers) or "geen",
                "table_id": issue.table or "?",
                "row": issue.code or issue.label or "?",
                "text": issue.text or "",
                "other_line": issue.other_line,
                # the lines as a person reads them: ``line 11``, not ``lines 11–11``
                "lines": _lines(issue.line, issue.other_line, "line", "lines"),
                "lines_nl": _lines(issue.line, issue.other_line, "regel", "regels"),
                "other": issue.other or "",
                "reading": ", ".join(
                    f"{p}: {'blank' if v is None else v}" for p, v in zip(issue.periods, issue.values)
                ),
                "reading_nl": ", ".join(
                    f"{p}: {'leeg' if v is None else v}" for p, v in zip(issue.periods, issue.values)
                ),
                "periods": len(issue.periods),
                "count": len(issue.numbers),
            },
        )


def _lines(first, last, one: str, many: str) -> str:
    """``line 11`` for one line, ``lines 11–13`` for several (in the message's language)."""
    if last is None or last == first:
        return f"{one} {first}"
    return f"{many} {first}\u2013{last}"
