"""Every rule's cases as data: a snippet that must trigger it at a line, and one that must not.

The cases live in ``tests/rule_cases/<rule-name>.yaml``; one parametrised test runs them all.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from okot_audit import read_text
from okot_audit.audit import audit
from okot_audit.rules import all_rules

CASES = Path(__file__).parent / "rule_cases"
NUMERIC_KEYS = ("stated", "observed", "difference")
PLACE_KEYS = ("period", "province", "training_code", "label", "severity")


def load_cases() -> list:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in spec["cases"]:
            if "answers" in case:  # several answers: run by tests/test_corpus_rule_cases.py
                continue
            params.append(pytest.param(spec["rule"], case, id=f"{spec['rule']}: {case['name']}"))
    return params


def test_every_rule_has_a_failing_and_a_passing_case():
    kinds: dict[str, set] = {}
    for path in CASES.glob("*.yaml"):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert path.stem == spec["rule"], f"{path.name} must be named after its rule"
        kinds[spec["rule"]] = {case["expect"] for case in spec["cases"]}
    assert set(kinds) == {r.name for r in all_rules()}
    assert all(k == {"fail", "pass"} for k in kinds.values()), kinds


@pytest.mark.parametrize("rule,case", load_cases())
def test_rule_case(rule, case):
    answer = read_text(case["text"], path="case.txt")
    report = audit(answer)
    hits = report.by_rule(rule)
    if case["expect"] == "pass":
        assert hits == [], [h.message for h in hits]
        return
    at_line = [h for h in hits if h.line == case["line"]]
    assert at_line, f"expected {rule} at line {case['line']}, got {[(h.line, h.message) for h in hits]}"
    finding = at_line[0]
    for key in (*NUMERIC_KEYS, *PLACE_KEYS):
        if key in case:
            assert getattr(finding, key) == case[key], (key, finding)
    if "message_contains" in case:
        assert case["message_contains"] in finding.message
    assert finding.path == "case.txt"
