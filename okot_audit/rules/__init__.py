"""The registry of rules: one module per rule, named after it; one line here per rule.

Each module's docstring is the rule's documentation; its check carries the
:class:`~okot_audit.rules.base.Rule` record (code, name, default severity, messages).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

from okot_audit.rules.base import AuditContext, Hit, Rule

__all__ = ["AuditContext", "Hit", "Rule", "all_rules", "get_rule", "select_rules"]

RULE_MODULES = (
    "total_exceeds_parts",
    "total_below_largest_part",
    "parts_exceed_total",
    "double_count_outlier",
    "total_missing",
    "totals_disagree",
    "duplicate_row",
    "code_outside_sector",
    "code_unknown",
    "stage_not_final",
    "label_mismatch",
    "partial_period",
    "schema_violation",
    "measure_unknown",
    "unreadable_table",
    "stray_number",
    "ambiguous_alignment",
    "province_label_mismatch",
    "column_not_checked",
    "count_withheld",
    "label_supplied",
    "likely_typo",
    "error_located",
    "figure_revised",
    "period_not_given",
    "answer_deferred",
)


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every rule, ordered by code."""
    rules = [import_module(f"okot_audit.rules.{name}").check.rule for name in RULE_MODULES]
    return tuple(sorted(rules, key=lambda r: r.code))


def get_rule(name_or_code: str) -> Rule:
    """The rule called `name_or_code` (its name, or its code in any case)."""
    key = name_or_code.strip()
    for rule in all_rules():
        if key == rule.name or key.upper() == rule.code:
            return rule
    raise KeyError(name_or_code)


def select_rules(select: list[str] | None = None, ignore: list[str] | None = None) -> tuple[Rule, ...]:
    """Rules chosen by name, code or code prefix (``OK1`` selects OK101…OK105).

    Raises KeyError naming a selector that matches no rule.
    """

    def matches(rule: Rule, selector: str) -> bool:
        s = selector.strip()
        return s == rule.name or rule.code.startswith(s.upper()) or s.upper() == "ALL"

    for selector in [*(select or []), *(ignore or [])]:
        if not any(matches(r, selector) for r in all_rules()):
            raise KeyError(selector)
    chosen = [r for r in all_rules() if not select or any(matches(r, s) for s in select)]
    return tuple(r for r in chosen if not any(matches(r, s) for s in ignore or []))
