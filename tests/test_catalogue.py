"""The code catalogue: every seed code known, stages right, extra catalogues add codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from okot_audit import InputError, audit, load_catalogue, read_answer, read_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

ANSWER = """OKOT's - Onderwijssector

Unieke cursisten met uitgevoerde, geslaagde OKOT'(s) 2021
908099: Educatieve master voor het volwassenenonderwijs 12
Totaal 12
"""


def test_every_seed_code_is_in_the_catalogue_with_the_answers_sector():
    catalogue = load_catalogue()
    for seed in SEEDS.glob("*.txt"):
        answer = read_answer(seed)
        for table in answer.tables:
            for cell in table.rows():
                entry = catalogue.get(cell.code)
                assert entry is not None, cell.code
                assert entry.sector == answer.sector


def test_stages_that_can_end_a_programme():
    catalogue = load_catalogue()
    assert catalogue.get("908018").can_be_final  # shortened bachelor, finishable in one year
    assert catalogue.get("908019").can_be_final
    assert catalogue.get("908003").can_be_final and not catalogue.get("908001").can_be_final
    assert catalogue.get("908001").stage_text == "year 1 of 3"
    assert catalogue.family("908099").sector == "onderwijs"
    assert catalogue.family("900999").sector == "zorg"


def test_an_extra_catalogue_makes_a_code_known(tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text(
        "code,label,programme,sector,stage,year,years,can_be_final\n"
        "908099,Educatieve master voor het volwassenenonderwijs,Educatieve master,onderwijs,whole,,,true\n"
    )
    answer = read_text(ANSWER)
    assert [f.training_code for f in audit(answer).by_rule("code-unknown")] == ["908099"]
    assert audit(answer, catalogue=extra).by_rule("code-unknown") == []


def test_an_extra_catalogue_with_a_bad_code_is_refused(tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text("code,sector\n12345,onderwijs\n")
    with pytest.raises(InputError, match=r"extra.csv:2: catalogue code '12345' is not six digits"):
        load_catalogue(extra)


def test_the_sector_can_be_overridden():
    answer = read_answer(SEEDS / "000_699ad5193617b98e.txt")
    assert audit(answer).by_rule("code-outside-sector") == []
    outside = audit(answer, sector="zorg").by_rule("code-outside-sector")
    assert outside and all(f.training_code.startswith("9080") for f in outside)
