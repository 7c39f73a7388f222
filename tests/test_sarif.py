"""SARIF output validated against the published SARIF 2.1.0 schema with a real validator.

The schema is kept as test data (``tests/data/sarif-schema-2.1.0.json``: the OASIS
errata01 schema from oasis-tcs/sarif-spec). It declares JSON Schema draft-04, so the
validator is the class its ``$schema`` names (``validator_for``); the same log is also
checked with the Draft 7 validator, since the keywords the schema uses mean the same there.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
from jsonschema.validators import validator_for

from okot_audit import Finding, Report, __version__, read_text
from okot_audit.audit import audit
from okot_audit.report import render
from okot_audit.rules import all_rules

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_PATH = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
SEEDS = [str(ROOT / "seeds" / "000_699ad5193617b98e.txt"), str(ROOT / "seeds" / "002_f58759045b60ed02.txt")]

ERROR_TEXT = """Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT's) - Onderwijssector

Unieke cursisten met gestarte OKOT'(s) 2020 2021
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 38 47
Totaal 95 110
"""


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema):
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def seeds_log() -> dict:
    return json.loads(render(audit(SEEDS), "sarif"))


def errors(validator, instance) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]


def test_schema_is_the_published_sarif_2_1_0_schema(schema):
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert (schema.get("$id") or schema.get("id")).endswith("/sarif-schema-2.1.0.json")
    assert "2.1.0" in (schema.get("$id") or schema.get("id"))
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]
    assert validator_for(schema) is jsonschema.Draft4Validator  # what its $schema names
    assert len(schema["definitions"]) == 52


def test_seeds_log_is_valid_sarif(validator, seeds_log):
    assert errors(validator, seeds_log) == []


def test_seeds_log_is_valid_under_draft7_too(schema, seeds_log):
    assert errors(jsonschema.Draft7Validator(schema), seeds_log) == []


def test_error_log_is_valid_sarif(validator):
    log = json.loads(render(audit(read_text(ERROR_TEXT, path="case dir/error #1.txt")), "sarif"))
    assert errors(validator, log) == []
    levels = [(r["ruleId"], r["level"]) for r in log["runs"][0]["results"]]
    assert levels == [("OK101", "error"), ("OK103", "note")]
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "case%20dir/error%20%231.txt"  # a valid relative URI reference for that path


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda log: log["runs"][0]["results"][0].update(level="fatal"), "'fatal' is not one of"),
        (lambda log: log.pop("version"), "'version' is a required property"),
        (lambda log: log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"].update(startLine=0),
         "0 is less than the minimum of 1"),
        (lambda log: log["runs"][0]["tool"]["driver"].pop("name"), "'name' is a required property"),
        (lambda log: log["runs"][0]["results"][0].update(colour="red"), "Additional properties are not allowed"),
    ],
    ids=["bad-level", "no-version", "line-zero", "driver-without-name", "unknown-property"],
)
def test_the_validator_rejects_invalid_logs(validator, seeds_log, mutate, expected):
    broken = copy.deepcopy(seeds_log)
    mutate(broken)
    found = errors(validator, broken)
    assert found, "the validator accepted an invalid log"
    assert any(expected in e for e in found), found


def test_driver_lists_every_rule_with_its_documentation(seeds_log):
    driver = seeds_log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "okot-audit"
    assert driver["version"] == __version__
    rules = all_rules()
    assert [r["id"] for r in driver["rules"]] == [r.code for r in rules]
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for descriptor, rule in zip(driver["rules"], rules):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"] == {"text": rule.summary}
        assert descriptor["fullDescription"]["text"] == rule.section("What it does")
        assert descriptor["fullDescription"]["text"]  # every rule documents what it does
        assert descriptor["help"] == {"text": rule.doc, "markdown": rule.doc}
        assert "## Why it matters" in descriptor["help"]["markdown"]
        assert descriptor["defaultConfiguration"] == {"level": levels[rule.severity]}
    by_name = {d["name"]: d for d in driver["rules"]}
    assert by_name["total-exceeds-parts"]["defaultConfiguration"]["level"] == "error"
    assert by_name["code-unknown"]["defaultConfiguration"]["level"] == "warning"
    assert by_name["partial-period"]["defaultConfiguration"]["level"] == "note"


def test_results_carry_rule_index_location_and_numbers(seeds_log):
    run = seeds_log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == 20
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"]
        assert set(result["properties"]) >= {
            "stated", "observed", "difference", "table", "measure", "period", "province", "training_code",
        }
    eindtotaal = [r for r in results if r["properties"]["stated"] == 3058]
    assert len(eindtotaal) == 1
    assert eindtotaal[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 236
    assert eindtotaal[0]["properties"]["difference"] == 4
    assert eindtotaal[0]["properties"]["table"] == "started_by_province"
    partial = [r for r in results if r["ruleId"] == "OK301"]
    assert [r["properties"]["period"] for r in partial] == ["2022", "2022", "2020"]
    assert all(r["level"] == "note" for r in results)


def test_region_is_left_out_when_a_finding_has_no_line(validator):
    finding = Finding("unreadable-table", "OK901", "error", "a.txt", None, None, None, None, None, None,
                      None, None, None, "no table could be read")
    log = json.loads(render(Report([], [finding]), "sarif"))
    assert errors(validator, log) == []
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location == {"artifactLocation": {"uri": "a.txt", "index": 0}}
    assert log["runs"][0]["results"][0]["level"] == "error"


def test_language_follows_the_audit(validator):
    log = json.loads(render(audit(SEEDS, lang="nl"), "sarif", lang="nl"))
    assert errors(validator, log) == []
    assert log["runs"][0]["language"] == "nl"
    first = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "OK103")
    assert "unieke personen" in first["message"]["text"]


def test_sarif_is_deterministic():
    assert render(audit(SEEDS), "sarif").encode() == render(audit(SEEDS), "sarif").encode()
