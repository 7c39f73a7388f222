"""Messages and reports, round 17: a finding's meaning is a part of its own, messages that
misread, and the HTML and SARIF reports of a large run."""

from __future__ import annotations

import json
import pickle

import pytest

from okot_audit import audit, read_text
from okot_audit.findings import JSON_KEYS, Finding
from okot_audit.report import render
from okot_audit.rules import all_rules, get_rule
from okot_audit.rules.base import Meaning, said

# --------------------------------------------------------------------------------------------
# 1. The meaning a report says once is the finding's own part, not what punctuation suggests.

#: Three codes the catalogue does not know, all of one family, and three periods marked partial
#: by one footnote: the findings of each rule read alike up to their numbers.
ALIKE = """OKOT's - Onderwijssector

Unieke cursisten met gestarte OKOT'(s) 2020* 2021* 2022*
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 40 30
908097: Educatieve master - 1ste jaar 12 10 9
908098: Educatieve master - 2de jaar 11 10 8
908099: Educatieve master - 3de jaar 10 9 7
Totaal 80 69 54
* Voorlopige cijfers.
"""


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_what_was_found_is_never_left_out_only_the_meaning_said_once(fmt):
    """The report said a closing clause many findings share once, splitting each message at its
    last ``; `` or `` — `` that they all end alike from: for three unknown codes of one family
    it left out the family too (``training code 908098 is not in the catalogue``), for three
    partial periods the footnote the answer gives. Now only the rule's meaning is left out."""
    report = audit(read_text(ALIKE, "alike.txt"))
    out = render(report, fmt)
    unknown = [line for line in out.splitlines() if "code-unknown" in line]
    assert len(unknown) == 3
    assert all("its prefix 9080 suggests lerarenopleidingen" in line for line in unknown)
    assert ["check the code, or add it to an extra catalogue" in line for line in unknown] == [True, False, False]
    partial = [line for line in out.splitlines() if "partial-period" in line]
    assert len(partial) == 3
    assert all('the answer says: "Voorlopige cijfers."' in line for line in partial)
    assert ["do not compare it with full periods" in line for line in partial] == [True, False, False]
    # (no joining words left dangling where the meaning was)
    assert not any(line.rstrip(" |").endswith((";", "\u2014", ":")) for line in unknown + partial)


def test_the_meaning_is_said_once_in_dutch_too():
    out = render(audit(read_text(ALIKE, "alike.txt"), lang="nl"), "text", lang="nl")
    unknown = [line for line in out.splitlines() if "code-unknown" in line]
    assert all("het voorvoegsel 9080 wijst op lerarenopleidingen" in line for line in unknown)
    assert ["controleer de code of voeg ze toe" in line for line in unknown] == [True, False, False]


def test_a_finding_carries_its_meaning_apart_and_the_json_does_not():
    report = audit(read_text(ALIKE, "alike.txt"))
    unknown = report.by_rule("code-unknown")[0]
    assert unknown.meaning == "check the code, or add it to an extra catalogue"
    assert unknown.message.endswith(" \u2014 " + unknown.meaning)
    assert "meaning" not in unknown.as_dict() and tuple(unknown.as_dict()) == JSON_KEYS
    data = json.loads(render(report, "json"))
    assert all(tuple(f) == JSON_KEYS for f in data["findings"])
    # the result cache keeps it: a cached run says the meaning once as a fresh run does
    assert Finding.from_stored(json.loads(json.dumps(unknown.stored()))) == unknown


def test_findings_that_mean_different_things_each_say_theirs():
    """Province subtotals (``do not add up the rows``) beside the grand total (``do not add up
    the subtotals``): the rule's findings do not all mean the same, so each says its own."""
    text = ("OKOT's - Zorgsector\n\nProvincie Opleiding Aantal 2020\nAntwerpen\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 30\n"
            "900612: Professionele bachelor verpleegkunde - 2de jaar 25\nTotaal Antwerpen 50\nLimburg\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 20\n"
            "900612: Professionele bachelor verpleegkunde - 2de jaar 15\nTotaal Limburg 30\nEindtotaal 75\n")
    out = render(audit(read_text(text, "p.txt")), "text")
    lines = [line for line in out.splitlines() if "parts-exceed-total" in line]
    assert len(lines) == 3
    assert all(line.endswith(("do not add up the rows", "do not add up the subtotals")) for line in lines)


def test_a_finding_made_without_a_meaning_is_never_shortened():
    """A finding built by a program (no rule's template behind it) has no meaning apart: its
    message is shown whole, however alike the messages' endings read."""
    base = dict(rule="code-unknown", code="OK203", severity="warning", path="a.txt", table="t", measure=None,
                period=None, province=None, stated=None, observed=None, difference=None)
    findings = [Finding(line=n, training_code=f"90809{n}", message=f"code 90809{n}; its sector cannot be verified",
                        **base) for n in range(3)]
    from okot_audit.report._common import shared_endings

    assert shared_endings(findings) == {}


def test_every_meaning_is_a_closing_clause_in_both_languages():
    """Each rule's template with a meaning apart has one in English and in Dutch, its finding
    part ends with the words that join them, and filled in they read as the whole template."""
    checked = 0
    for rule in all_rules():
        for variant, templates in rule.messages.items():
            kinds = {isinstance(t, Meaning) for t in templates.values()}
            assert len(kinds) == 1, (rule.name, variant)  # both languages, or neither
            for template in templates.values():
                if isinstance(template, Meaning):
                    assert template.found.endswith(("; ", " \u2014 ")), (rule.name, variant, template.found)
                    assert template.meaning and template.meaning[0].islower() or template.meaning[0] == "{"
                    assert str(template) == template.found + template.meaning
                    checked += 1
    assert checked >= 30


def test_rules_with_their_meanings_survive_pickling():
    """``check -j 2`` sends the rules to worker processes: a template with its meaning apart
    must come back whole (it did not: ``Meaning.__new__() missing … 'meaning'``)."""
    rule = get_rule("parts-exceed-total")
    again = pickle.loads(pickle.dumps(rule.messages))
    template = again["unique"]["en"]
    assert isinstance(template, Meaning) and template.meaning == rule.messages["unique"]["en"].meaning
    assert template == rule.messages["unique"]["en"]
    assert pickle.loads(pickle.dumps(said("a; ", "b"))).found == "a; "
