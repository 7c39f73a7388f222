"""Rules across answers, as data: ``tests/rule_cases/<rule>.yaml`` cases with ``answers``.

Each case is a run over several small answers (read in the order given: the run's file order)
and the exact list of the rule's findings that run must give — a ``pass`` case gives none.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from okot_audit import read_text
from okot_audit.audit import audit

CASES = Path(__file__).parent / "rule_cases"
KEYS = ("path", "line", "period", "province", "training_code", "label", "severity", "stated",
        "observed", "difference")


def load_cases() -> list:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in spec["cases"]:
            if "answers" in case:
                params.append(pytest.param(spec["rule"], case, id=f"{spec['rule']}: {case['name']}"))
    return params


CORPUS_CASES = load_cases()


def test_there_are_failing_and_passing_corpus_cases():
    kinds = {case["expect"] for p in CORPUS_CASES for case in [p.values[1]]}
    assert kinds == {"fail", "pass"}


@pytest.mark.parametrize("rule,case", CORPUS_CASES)
def test_corpus_rule_case(rule, case):
    answers = [read_text(a["text"], path=a["path"]) for a in case["answers"]]
    for lang in ("en", "nl"):
        report = audit(answers, lang=lang)
        found = report.by_rule(rule)
        if case["expect"] == "pass":
            assert found == [], [f.message for f in found]
            continue
        expected = case["findings"]
        assert len(found) == len(expected), [(f.path, f.line, f.period, f.message) for f in found]
        got = sorted(found, key=lambda f: (f.path, f.line, f.period))
        want = sorted(expected, key=lambda e: (e["path"], e["line"], e["period"]))
        for finding, spec in zip(got, want):
            for key in KEYS:
                if key in spec:
                    assert getattr(finding, key) == spec[key], (key, finding)
            assert finding.related == ((spec["related"][0], spec["related"][1], None),)
            if lang == "en" and "message_contains" in spec:
                assert spec["message_contains"] in finding.message, finding.message
            assert f"{spec['related'][0]}:{spec['related'][1]}" in finding.message


def test_one_answer_alone_has_nothing_to_compare():
    case = next(p.values[1] for p in CORPUS_CASES if p.values[1]["expect"] == "fail")
    for spec in case["answers"]:
        assert audit(read_text(spec["text"], path=spec["path"])).by_rule("figure-revised") == []
