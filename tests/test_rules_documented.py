"""Every rule is documented the same way, and the contract's rules exist under their names."""

from __future__ import annotations

import re

import pytest

from okot_audit.rules import all_rules, get_rule, select_rules
from okot_audit.rules.base import DOC_SECTIONS, LANGUAGES

CONTRACT = {
    "total-exceeds-parts": "error", "total-below-largest-part": "error",
    "parts-exceed-total": "info", "duplicate-row": "error", "code-outside-sector": "error",
    "code-unknown": "warning", "stage-not-final": "warning", "partial-period": "info",
    "schema-violation": "error", "unreadable-table": "error", "stray-number": "warning",
}


def test_contract_rules_exist_with_their_severities():
    severities = {r.name: r.severity for r in all_rules()}
    for name, severity in CONTRACT.items():
        assert severities.get(name) == severity, name


def test_codes_and_names_are_unique_and_well_formed():
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    for r in rules:
        assert re.fullmatch(r"OK\d{3}", r.code), r.code
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", r.name), r.name


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.name)
def test_rule_documentation_has_every_section(rule):
    for heading in DOC_SECTIONS:
        assert heading in rule.doc, f"{rule.name} lacks {heading}"
        assert rule.section(heading[3:]), f"{rule.name}: {heading} is empty"
    assert rule.summary and not rule.summary.startswith("#")


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.name)
def test_every_message_exists_in_every_language(rule):
    for variant, templates in rule.messages.items():
        assert set(templates) == set(LANGUAGES), (rule.name, variant)


def test_lookup_and_selection():
    assert get_rule("OK103").name == "parts-exceed-total"
    assert get_rule("ok103").name == "parts-exceed-total"
    assert {r.code[:3] for r in select_rules(["OK1"])} == {"OK1"}
    assert "partial-period" not in {r.name for r in select_rules(None, ["partial-period"])}
    with pytest.raises(KeyError):
        select_rules(["no-such-rule"])
