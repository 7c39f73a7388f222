"""Audit answers: schemas, then rules, then a :class:`~okot_audit.findings.Report`.

The flow is one-way — source → parse → tables → schemas → rules → findings — and this module
only wires it together.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from okot_audit.catalogue import Catalogue, load_catalogue
from okot_audit.corpus.run import corpus_findings
from okot_audit.findings import Finding, Report
from okot_audit.parse import read_answer
from okot_audit.rules import AuditContext, select_rules
from okot_audit.tables import Answer


def audit(
    answers: "str | Path | Answer | Iterable[str | Path | Answer]",
    *,
    catalogue: "Catalogue | str | Path | None" = None,
    sector: str | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    lang: str = "en",
) -> Report:
    """Audit one answer (a path or an :class:`Answer`) or several; return the report.

    `catalogue` is a :class:`Catalogue` or the path of an extra codes CSV; `sector` overrides
    the sector read from each answer's title; `select`/`ignore` choose rules by name, code or
    code prefix; `lang` is ``en`` or ``nl`` for the messages.
    """
    items = [answers] if isinstance(answers, (str, Path, Answer)) else list(answers)
    read = [a if isinstance(a, Answer) else read_answer(a) for a in items]
    if not isinstance(catalogue, Catalogue):
        catalogue = load_catalogue(catalogue)
    rules = select_rules(select, ignore)
    findings: list[Finding] = []
    for answer in read:
        findings.extend(audit_answer(answer, catalogue, rules, sector=sector, lang=lang))
    findings.extend(corpus_findings(read, catalogue, rules, lang, sector=sector))
    return Report(read, findings)


def audit_answer(answer: Answer, catalogue: Catalogue, rules, *, sector=None, lang="en") -> list[Finding]:
    """The findings of `rules` on one answer."""
    context = AuditContext(catalogue=catalogue, sector=sector)
    if any(r.name == "schema-violation" for r in rules):
        from okot_audit.schemas import validate_answer

        context.schema_failures = validate_answer(answer)
    return [f for rule in rules for f in rule.findings(answer, context, lang)]
