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
    levels = [(r["ruleId"], r["level"]) for r in log["runs"][0]["results"] if r["ruleId"] != "OK206"]
    assert levels == [("OK101", "error"), ("OK103", "note")]  # and likely-typo notes (OK206)
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
        assert descriptor["helpUri"].endswith(f"/docs/rules/{rule.name}.md")
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
        assert set(result["properties"]) >= {"label", "page", "suggestion",
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
    assert location == {"artifactLocation": {"uri": "a.txt", "uriBaseId": "%SRCROOT%", "index": 0}}
    assert log["runs"][0]["results"][0]["level"] == "error"


def test_language_follows_the_audit(validator):
    log = json.loads(render(audit(SEEDS, lang="nl"), "sarif", lang="nl"))
    assert errors(validator, log) == []
    assert log["runs"][0]["language"] == "nl"
    first = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "OK103")
    assert "unieke personen" in first["message"]["text"]


def test_sarif_is_deterministic():
    assert render(audit(SEEDS), "sarif").encode() == render(audit(SEEDS), "sarif").encode()


# --------------------------------------------------------------------------- code scanning

FINGERPRINT = "okotAuditFinding/v1"


def physical(result: dict) -> dict:
    return result["locations"][0]["physicalLocation"]


def check_github_requirements(log: dict) -> list[str]:
    """What GitHub code scanning documents for uploaded SARIF ("SARIF support for code
    scanning"): one problem per string, [] when the log meets every requirement."""
    problems = []
    if log.get("version") != "2.1.0":
        problems.append("version must be 2.1.0")
    runs = log.get("runs") or []
    if not 1 <= len(runs) <= 20:
        problems.append("1 to 20 runs")
    for run in runs:
        driver = run["tool"]["driver"]
        if not driver.get("name"):
            problems.append("tool.driver.name is required")
        rules = {r["id"]: r for r in driver.get("rules", [])}
        if len(rules) > 25_000:
            problems.append("at most 25,000 rules per run")
        for rule in rules.values():
            for key in ("shortDescription", "fullDescription", "help"):
                if not (rule.get(key) or {}).get("text"):
                    problems.append(f"rule {rule['id']}: {key}.text missing")
            if not str(rule.get("helpUri", "")).startswith("https://"):
                problems.append(f"rule {rule['id']}: helpUri missing")
            if rule.get("defaultConfiguration", {}).get("level") not in ("error", "warning", "note", "none"):
                problems.append(f"rule {rule['id']}: defaultConfiguration.level")
        results = run.get("results", [])
        if len(results) > 25_000:
            problems.append("at most 25,000 results per run")
        fingerprints = []
        for i, result in enumerate(results):
            where = f"result {i}"
            if result.get("ruleId") not in rules:
                problems.append(f"{where}: ruleId must name a rule of the driver")
            if not result.get("message", {}).get("text"):
                problems.append(f"{where}: message.text required")
            if result.get("level") not in ("error", "warning", "note", "none"):
                problems.append(f"{where}: level")
            locations = result.get("locations") or []
            if not 1 <= len(locations) <= 1000:
                problems.append(f"{where}: 1 to 1,000 locations")
            for location in locations + result.get("relatedLocations", []):
                artifact = location["physicalLocation"]["artifactLocation"]
                uri = artifact["uri"]
                if uri.startswith(("/", "file:")) or ":" in uri.split("/")[0] or uri.startswith("../"):
                    problems.append(f"{where}: uri {uri!r} must be relative to the repository root")
                if artifact.get("uriBaseId") not in run.get("originalUriBaseIds", {}):
                    problems.append(f"{where}: uriBaseId must be defined in originalUriBaseIds")
                region = location["physicalLocation"].get("region")
                if region is not None and region.get("startLine", 0) < 1:
                    problems.append(f"{where}: region.startLine must be at least 1")
            if len(result.get("relatedLocations", [])) > 1000:
                problems.append(f"{where}: at most 1,000 related locations")
            prints = result.get("partialFingerprints") or {}
            if not prints:
                problems.append(f"{where}: partialFingerprints missing")
            fingerprints.append(tuple(sorted(prints.items())))
        if len(set(fingerprints)) != len(fingerprints):
            problems.append("two results share their fingerprints: GitHub would merge them")
    return problems


def test_seeds_log_meets_github_code_scanning_requirements(seeds_log):
    assert check_github_requirements(seeds_log) == []


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda run: run["results"][0].pop("partialFingerprints"), "partialFingerprints missing"),
        (lambda run: run["results"][1].update(partialFingerprints=run["results"][0]["partialFingerprints"]),
         "share their fingerprints"),
        (lambda run: physical(run["results"][0])["artifactLocation"].update(uri="/abs/a.txt"), "relative"),
        (lambda run: physical(run["results"][0])["artifactLocation"].update(uri="../seeds/a.txt"), "relative"),
        (lambda run: run["tool"]["driver"]["rules"][0].pop("helpUri"), "helpUri"),
        (lambda run: run["tool"]["driver"]["rules"][0].pop("fullDescription"), "fullDescription"),
        (lambda run: run["results"].extend([run["results"][0]] * 25_000), "25,000 results"),
        (lambda run: run.pop("originalUriBaseIds"), "originalUriBaseIds"),
    ],
    ids=["no-fingerprint", "shared-fingerprint", "absolute-uri", "parent-uri", "no-help-uri",
         "no-full-description", "too-many-results", "undefined-base"],
)
def test_the_github_check_can_fail(seeds_log, mutate, expected):
    broken = copy.deepcopy(seeds_log)
    mutate(broken["runs"][0])
    assert any(expected in p for p in check_github_requirements(broken))


def test_fingerprints_are_distinct_although_results_share_rule_file_and_line(seeds_log):
    results = seeds_log["runs"][0]["results"]
    places = [(r["ruleId"], physical(r)["artifactLocation"]["uri"], physical(r).get("region", {}).get("startLine"))
              for r in results]
    assert len(set(places)) < len(places)  # the seeds have results on the same rule, file and line
    prints = [r["partialFingerprints"][FINGERPRINT] for r in results]
    assert len(set(prints)) == len(prints)
    assert all(len(p) == 32 and int(p, 16) >= 0 for p in prints)


def test_fingerprints_do_not_move_with_the_lines(tmp_path, monkeypatch):
    original = Path(SEEDS[0]).read_text(encoding="utf-8")
    head, rest = original.split("\n", 1)
    for folder, text in (("moved", head + "\n\n\n\n" + rest), ("same", original)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "answer.txt").write_text(text, encoding="utf-8")

    def prints(folder):
        monkeypatch.chdir(tmp_path / folder)  # the same relative path, so the same file to GitHub
        log = json.loads(render(audit(["answer.txt"]), "sarif"))
        results = log["runs"][0]["results"]
        return ([r["partialFingerprints"][FINGERPRINT] for r in results],
                [physical(r)["region"]["startLine"] for r in results])

    before, lines_before = prints("same")
    after, lines_after = prints("moved")
    assert lines_after == [n + 3 for n in lines_before]  # every result moved three lines down
    assert after == before


def test_fingerprint_changes_with_the_period_or_the_row():
    from okot_audit.report.sarif import fingerprint

    base = Finding("parts-exceed-total", "OK103", "info", "a.txt", 10, "started", "started", "2020",
                   "Antwerpen", None, 577, 591, 14, "…")
    from dataclasses import replace

    assert fingerprint(base, "a.txt") == fingerprint(replace(base, line=99, message="other"), "a.txt")
    assert fingerprint(base, "a.txt") != fingerprint(replace(base, period="2021"), "a.txt")
    assert fingerprint(base, "a.txt") != fingerprint(replace(base, province="Limburg"), "a.txt")
    assert fingerprint(base, "a.txt") != fingerprint(replace(base, table="graduated"), "a.txt")
    assert fingerprint(base, "a.txt") != fingerprint(base, "b.txt")


def test_uris_are_relative_to_the_repository_root_from_a_subfolder(monkeypatch, validator):
    monkeypatch.chdir(ROOT / "tests")
    log = json.loads(render(audit(["../seeds/000_699ad5193617b98e.txt"]), "sarif"))
    assert errors(validator, log) == []
    run = log["runs"][0]
    location = physical(run["results"][0])["artifactLocation"]
    assert location["uri"] == "seeds/000_699ad5193617b98e.txt"
    assert location["uriBaseId"] == "%SRCROOT%"
    root = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert root == ROOT.as_uri() + "/"
    assert [a["location"] for a in run["artifacts"]] == [
        {"uri": "seeds/000_699ad5193617b98e.txt", "uriBaseId": "%SRCROOT%"}]


def test_uris_outside_a_repository_are_relative_to_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "answers").mkdir()
    (tmp_path / "answers" / "a b.txt").write_text(ERROR_TEXT, encoding="utf-8")
    log = json.loads(render(audit([str(tmp_path / "answers" / "a b.txt")]), "sarif"))
    run = log["runs"][0]
    assert physical(run["results"][0])["artifactLocation"]["uri"] == "answers/a%20b.txt"
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.as_uri() + "/"}}
    assert check_github_requirements(log) == []


def test_uris_inside_a_git_repository_are_relative_to_its_top_level(tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "docs" / "answers").mkdir(parents=True)
    answer = repo / "docs" / "answers" / "error.txt"
    answer.write_text(ERROR_TEXT, encoding="utf-8")
    monkeypatch.chdir(repo / "docs")
    log = json.loads(render(audit(["answers/error.txt"]), "sarif"))
    run = log["runs"][0]
    assert physical(run["results"][0])["artifactLocation"]["uri"] == "docs/answers/error.txt"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.as_uri() + "/"


def test_unreadable_inputs_are_tool_execution_notifications(validator, seeds_log):
    from okot_audit.findings import InputFailure

    report = audit(SEEDS)
    report.failures = [InputFailure(str(ROOT / "notes.txt"), None, "notes.txt: not an OKOT answer"),
                       InputFailure("missing.txt", 3, "missing.txt: no such file")]
    log = json.loads(render(report, "sarif"))
    assert errors(validator, log) == []
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notes] == ["notes.txt: not an OKOT answer", "missing.txt: no such file"]
    assert all(n["level"] == "error" for n in notes)
    assert notes[0]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "notes.txt", "uriBaseId": "%SRCROOT%"}}
    assert notes[1]["locations"][0]["physicalLocation"]["region"] == {"startLine": 3}
    clean = seeds_log["runs"][0]["invocations"][0]
    assert clean == {"executionSuccessful": True}


def test_related_locations(validator):
    from dataclasses import replace

    finding = Finding("parts-exceed-total", "OK103", "info", "a.txt", 10, "started", "started", "2020",
                      None, None, 5, 6, 1, "…")
    other = replace(finding, related=(("b.txt", 12, None), ("c.pdf", 40, 2)))
    assert "related" not in other.as_dict()
    log = json.loads(render(Report([], [other]), "sarif"))
    assert errors(validator, log) == []
    related = log["runs"][0]["results"][0]["relatedLocations"]
    assert [(r["id"], r["physicalLocation"]["artifactLocation"]["uri"], r["physicalLocation"]["region"]["startLine"])
            for r in related] == [(1, "b.txt", 12), (2, "c.pdf", 40)]
    assert related[1]["properties"] == {"page": 2}
    uris = [a["location"]["uri"] for a in log["runs"][0]["artifacts"]]
    assert uris == ["a.txt", "b.txt", "c.pdf"]
    assert check_github_requirements(log) == []
    plain = json.loads(render(Report([], [finding]), "sarif"))
    assert "relatedLocations" not in plain["runs"][0]["results"][0]


def test_results_are_capped_at_githubs_limit(monkeypatch):
    from okot_audit.report import sarif

    finding = Finding("parts-exceed-total", "OK103", "info", "a.txt", 10, None, None, None,
                      None, None, 5, 6, 1, "…")
    monkeypatch.setattr(sarif, "MAX_RESULTS", 3)
    log = sarif.sarif_log(Report([], [finding] * 5))
    assert len(log["runs"][0]["results"]) == 3


def test_dutch_log_has_dutch_rule_texts(validator):
    log = json.loads(render(audit(SEEDS, lang="nl"), "sarif", lang="nl"))
    assert errors(validator, log) == []
    rules = {r["name"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    rule = rules["duplicate-row"]
    assert rule["shortDescription"]["text"] == "Eén opleidingscode staat twee keer in hetzelfde blok."
    assert "## Waarom het ertoe doet" in rule["help"]["markdown"]
    assert rule["fullDescription"]["text"].startswith("Zoekt een opleidingscode")
    assert rule["helpUri"].endswith("/docs/rules/nl/duplicate-row.md")
    assert check_github_requirements(log) == []
