"""A programme known by its usual short name (round 22b).

A row that names a programme without its code is matched to the catalogue by name. Answers
print programmes by their usual short names: without the form of education before or after the
name (``Tweedekansonderwijs``, ``Graduaat in de``, ``Professionele bachelor in de``, ``Pba``,
``Se-n-se``), without their stage (``- 1ste jaar``), with how they are taught beside them
(``(avondonderwijs)``), the practitioner's word for the discipline's (``verpleegkundige``), in any
case and with or without accents. Such a name is the programme's: its sector and stage are
checked; a name that matches no programme even so is said (``code-unknown``, info).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okot_audit import audit, read_text
from okot_audit.catalogue import NAME_FORMS, default_catalogue, name_core, name_words

ZORG = "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 12 van 12 januari 2023\n\n"
ONDERWIJS = "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 12 van 12 januari 2023\n\n"


@pytest.mark.parametrize(("name", "programme"), [
    ("Zorgkundige", "Tweedekansonderwijs zorgkundige"),
    ("ZORGKUNDIGE", "Tweedekansonderwijs zorgkundige"),
    ("Graduaat in de verpleegkunde", "Hoger beroepsonderwijs verpleegkunde"),
    ("Graduaat verpleegkundige", "Hoger beroepsonderwijs verpleegkunde"),
    ("Pba verpleegkunde", "Professionele bachelor verpleegkunde"),
    ("Professionele bachelor in de verpleegkunde", "Professionele bachelor verpleegkunde"),
    ("Bachelor in de verpleegkunde (avondonderwijs)", "Professionele bachelor verpleegkunde"),
    ("Orthopedagogie", "Graduaat orthopedagogie"),
    ("Graduaat orthopédagogie", "Graduaat orthopedagogie"),
    ("Tandartsassistent", "Se-n-se tandartsassistent"),
    ("Hoger beroepsonderwijs verpleegkundige - 2de jaar", "Hoger beroepsonderwijs verpleegkunde"),
])
def test_a_programme_is_known_by_its_usual_short_name(name, programme):
    entry = default_catalogue().by_name(name)
    assert entry is not None and entry.programme == programme


@pytest.mark.parametrize("name", [
    "Verpleegkunde",  # (a professional bachelor's, or a graduate's: two programmes, none named)
    "Bachelor in de orthopedagogie",  # (the catalogue's orthopedagogie is a graduate's, not a bachelor's)
    "Bachelor in de vroedkunde", "Logistiek assistent", "Graduaat", "Bachelor - 1ste jaar",
    "Zorgkundige in de ouderenzorg",  # (a short name with more words is another name)
    "Kinderzorg", "Specifieke",  # (nor with fewer)
    "Verpleegkunde Graduaat",  # (the form after the name: two names' lines mixed up, tests/test_unseen_pdfs9.py)
])
def test_a_short_name_that_is_no_one_programme_s_names_none(name):
    assert default_catalogue().by_name(name) is None


@pytest.mark.parametrize(("name", "code"), [
    ("Zorgkundige - 1ste jaar", "900123"),
    ("Graduaat in de verpleegkunde - 2de jaar", "900712"),
    ("Pba verpleegkunde (avondonderwijs) - 3de jaar", "900613"),
])
def test_a_short_name_with_its_stage_is_that_stage_s_code(name, code):
    entry = default_catalogue().named_stage(name)
    assert entry is not None and entry.code == code


def _one_programme_cores() -> list[tuple[str, tuple[str, ...], frozenset[str]]]:
    """Each programme of the catalogue whose short name is no other programme's."""
    programmes = {e.programme for e in default_catalogue().entries.values() if e.programme}
    cores = {p: name_core(name_words(p)) for p in programmes}
    return sorted((p, core, form) for p, (core, form) in cores.items()
                  if core and sum(1 for c, _ in cores.values() if c == core) == 1)


@given(data=st.data())
def test_any_short_spelling_of_a_programme_is_that_programme(data):
    """A programme's short name built from its catalogue name: its forms of education
    (:data:`~okot_audit.catalogue.NAME_FORMS`: ``Se-n-se``, ``Graduaat``) kept or left out,
    small words put in, a stage, how it is taught, any case: always that programme."""
    programme, core, form = data.draw(st.sampled_from(_one_programme_cores()))
    kept = data.draw(st.lists(st.sampled_from(sorted(form)), unique=True)) if form else []
    assert set(kept) <= set(NAME_FORMS.values())  # (each form printed as its own name: ``se-n-se``)
    words = [*kept, *(["in", "de"] if data.draw(st.booleans()) else []), *core]
    words += data.draw(st.sampled_from([[], ["-", "2de", "jaar"], ["(avondonderwijs)"]]))
    name = " ".join(words)
    name = data.draw(st.sampled_from([name, name.upper(), name.capitalize()]))
    entry = default_catalogue().by_name(name)
    assert entry is not None and entry.programme == programme, name


def _findings(text: str, rule: str) -> list[tuple]:
    return [(f.severity, f.label, f.line) for f in audit([read_text(text, "a.txt")]).findings if f.rule == rule]


def test_a_care_programme_by_its_short_name_in_an_answer_about_teachers_is_outside_its_sector():
    text = (ONDERWIJS + "1. Het aantal gestarte unieke cursisten per opleiding.\n\nOpleiding 2021 2022\n"
            "Educatieve bachelor voor lager onderwijs 40 44\nZorgkundige 12 14\nTotaal 52 58\n")
    assert _findings(text, "code-outside-sector") == [("error", "Zorgkundige", 10)]
    assert _findings(text, "code-unknown") == []


def test_a_first_year_by_its_short_name_among_graduates_is_not_final():
    """(No later year of it in the table: only the catalogue tells that its first year ends nothing.)"""
    text = (ZORG + "2. Het aantal unieke cursisten dat slaagde per opleiding.\n\nOpleiding 2021 2022\n"
            "Zorgkundige - 1ste jaar 5 6\nGraduaat orthopedagogie - 3de jaar 30 31\nTotaal 35 37\n")
    assert _findings(text, "stage-not-final") == [("warning", "Zorgkundige - 1ste jaar", 9)]
    [finding] = audit([read_text(text, "a.txt")]).by_rule("stage-not-final")
    assert "900123" in finding.message


def test_short_names_are_not_said_unknown_and_a_name_of_no_programme_is():
    text = (ZORG + "1. Het aantal gestarte unieke cursisten per opleiding.\n\nOpleiding 2021 2022\n"
            "Zorgkundige 61 64\nGraduaat in de verpleegkunde 240 251\nPba verpleegkunde (avondonderwijs) 20 21\n"
            "Apotheekassistent 3 4\nMedisch secretaris 15 17\nTotaal 339 357\n")
    assert _findings(text, "code-unknown") == [("info", "Medisch secretaris", 13)]


def test_a_programme_for_a_group_of_persons_is_a_programme_still():
    """``… voor werkzoekenden`` names the persons a programme is for, as a unit of count would;
    a name that begins with a form of education (``Graduaat``, ``Bachelor``) is a programme's."""
    text = (ZORG + "1. Het aantal gestarte unieke cursisten per opleiding.\n\nOpleiding 2021 2022\n"
            "Graduaat orthopedagogie 118 131\nBachelor in de vroedkunde voor werkzoekenden 20 25\n"
            "Werkzoekenden 7 9\nTotaal 145 165\n")
    assert _findings(text, "code-unknown") == [("info", "Bachelor in de vroedkunde voor werkzoekenden", 10)]
