"""Run the rules whose scope is the corpus (``figure-revised``) once over all answers of a run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from okot_audit.catalogue import Catalogue
    from okot_audit.findings import Finding
    from okot_audit.rules import Rule
    from okot_audit.tables import Answer


def corpus_findings(
    answers: "Sequence[Answer]", catalogue: "Catalogue", rules: "Sequence[Rule]",
    lang: str = "en", *, sector: str | None = None,
) -> "list[Finding]":
    """The findings of the chosen `rules` that look across `answers` (in the run's file order).

    Per-answer rules are skipped here (they run per answer: :func:`okot_audit.audit.audit_answer`),
    so passing the whole rule selection is right; with fewer than two answers there is nothing
    to compare.
    """
    from okot_audit.rules import AuditContext

    corpus_rules = [r for r in rules if r.scope == "corpus"]
    if len(answers) < 2 or not corpus_rules:
        return []
    context = AuditContext(catalogue=catalogue, sector=sector)
    return [f for rule in corpus_rules for f in rule.corpus_findings(answers, context, lang)]
