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


# --------------------------------------------------------------------------- Dutch pages

DUTCH_SECTIONS = ("## Wat het doet", "## Waarom het ertoe doet", "## Voorbeeld")


def code_blocks(text: str) -> list[str]:
    return re.findall(r"^```\n(.*?)^```", text, re.M | re.S)


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.name)
def test_every_rule_has_a_dutch_page_with_the_same_sections(rule):
    from okot_audit.rules.base import SECTIONS, translated_doc

    assert SECTIONS["nl"] == DUTCH_SECTIONS
    page = translated_doc(rule.name, "nl")
    assert page, f"okot_audit/rules/docs/nl/{rule.name}.md is missing"
    headings = re.findall(r"^## .*$", page, re.M)
    assert tuple(headings) == DUTCH_SECTIONS, (rule.name, headings)
    for heading in DUTCH_SECTIONS:
        assert rule.section(heading[3:], "nl"), f"{rule.name}: {heading} is empty"
    assert rule.summary_in("nl") and not rule.summary_in("nl").startswith("#")
    assert rule.summary_in("nl") != rule.summary  # translated, not copied
    assert rule.documentation("nl") != rule.doc
    # The examples quote the answers: the same lines in both languages.
    assert code_blocks(page) == code_blocks(rule.doc), rule.name


def test_a_rule_without_a_dutch_page_falls_back_to_english(monkeypatch):
    from okot_audit.rules import base

    rule = get_rule("duplicate-row")
    monkeypatch.setattr(base, "translated_doc", lambda name, lang: None)
    assert rule.documentation("nl") == rule.doc
    assert rule.what_it_does("nl") == rule.section("What it does")


def test_no_dutch_page_without_a_rule():
    from importlib import resources

    folder = resources.files("okot_audit.rules").joinpath("docs", "nl")
    pages = {p.name[:-3] for p in folder.iterdir() if p.name.endswith(".md")}
    assert pages == {r.name for r in all_rules()}


# --------------------------------------------------------------------------- docs/rules/

def test_docs_rules_pages_are_generated_from_the_rules():
    """docs/rules/ is what ``python -m okot_audit.rules.docs docs/rules`` writes: no page stale,
    none missing, none left over (rerun the command after editing a rule's documentation)."""
    from pathlib import Path

    from okot_audit.rules.base import rule_pages

    folder = Path(__file__).resolve().parent.parent / "docs" / "rules"
    expected = rule_pages()
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*.md")}
    assert present == set(expected)
    for name, text in expected.items():
        assert (folder / name).read_text(encoding="utf-8") == text, f"docs/rules/{name} is stale"
    assert "## Why it matters" in expected["duplicate-row.md"]
    assert "## Waarom het ertoe doet" in expected["nl/duplicate-row.md"]


# --------------------------------------------------------------------------- plural forms

PLURAL_NOUNS = r"(persons|entries|numbers|rows|cells|subtotals|personen|vermeldingen|getallen|rijen|cellen)"
SINGULAR_NOUNS = r"(person|entry|number|row|cell|subtotal|persoon|vermelding|getal|rij|cel)"


def filled(template: str, value: int) -> str:
    """`template` with every field set to `value` (numbers, words and places alike)."""
    import string

    from okot_audit.rules.base import format_message

    names = {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}
    return format_message(template, dict.fromkeys(names, value))


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.name)
def test_messages_use_the_right_plural_form(rule):
    for variant, templates in rule.messages.items():
        for lang, template in templates.items():
            one, two = filled(template, 1), filled(template, 2)
            assert not re.search(rf"\b1 (unique |unieke )?{PLURAL_NOUNS}\b", one), (rule.name, variant, lang, one)
            assert not re.search(rf"\b2 (unique |unieke )?{SINGULAR_NOUNS}\b", two), (rule.name, variant, lang, two)
            assert "(s)" not in template and "(len)" not in template, (rule.name, lang)


def test_plural_forms_in_real_messages():
    from okot_audit.rules.base import format_message

    rule = get_rule("total-exceeds-parts")
    values = {"what": "Totaal", "period": "2020", "total": "Totaal 2020", "total_nl": "Totaal 2020", "stated": 5, "observed": 4, "difference": 1,
              "parts": "rows", "part": "row", "parts_nl": "rijen", "part_nl": "rij", "no_part_nl": "geen enkele rij",
              "withheld_note": "", "withheld_note_nl": "", "assumed": "", "assumed_nl": ""}
    assert "1 person in the total appears in no row" in format_message(rule.messages["unique"]["en"], values)
    assert "1 persoon in het totaal staat in geen enkele rij" in format_message(rule.messages["unique"]["nl"], values)
    values["difference"] = 3
    assert "3 persons in the total appear in no row" in format_message(rule.messages["unique"]["en"], values)
    assert "3 personen in het totaal staan" in format_message(rule.messages["unique"]["nl"], values)
