"""Catalogue, names, sectors and stages (round 23).

1. A programme's name that may be any of several programmes (``Verpleegkunde``: the professional
   bachelor's or the graduate's) is checked where they agree on what a check needs (sector,
   whether the stage can end its programme), and said once (info) where they differ.
2. What a row's label names (a programme, what is counted, a category, a place) is data the
   reader gives (:attr:`Table.row_kinds`); the rules read it.
3. ``catalogue.family()`` looks a prefix up, it does not scan.
4. A label with a unit or measure word (``Opleiding voor starters``) is no programme.
5. The catalogue holds the seeds' codes as the sources give them, and nothing else.

Small answers, single-spaced as the seeds; findings asserted exactly.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okot_audit import audit, read_text
from okot_audit.catalogue import Catalogue, Family, default_catalogue, load_catalogue

ONDERWIJS = "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 12 van 12 januari 2023\n\n"
ZORG = "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 12 van 12 januari 2023\n\n"
STARTED = "1. Het aantal gestarte unieke cursisten per opleiding.\n\nOpleiding 2021 2022\n"
GRADUATED = "2. Het aantal unieke cursisten dat slaagde per opleiding.\n\nOpleiding 2021 2022\n"
RULES = ("code-outside-sector", "stage-not-final", "code-unknown")


def _found(text: str, catalogue=None) -> list[tuple]:
    report = audit([read_text(text, "a.txt")], catalogue=catalogue)
    return [(f.rule, f.severity, f.line, f.message) for f in report.findings if f.rule in RULES]


# 1. A name that may be any of several programmes.

def test_the_catalogue_answers_a_name_with_the_programmes_it_may_be():
    catalogue = default_catalogue()
    named = catalogue.named("Verpleegkunde")
    assert [e.programme for e in named.entries] == [
        "Professionele bachelor verpleegkunde", "Hoger beroepsonderwijs verpleegkunde"]
    assert not named.stage and named.agree(lambda e: e.sector) == "zorg"
    staged = catalogue.named("Verpleegkunde - 1ste jaar")
    assert staged.stage and [e.code for e in staged.entries] == ["900611", "900711"]
    assert staged.agree(lambda e: e.can_be_final) is False
    assert catalogue.named("Bachelor kleuteronderwijs - 2de jaar").agree(lambda e: e.can_be_final) is None
    assert [e.code for e in catalogue.named("Verpleegkunde - module 5").entries] == ["900715"]  # (one has it)
    assert [e.code for e in catalogue.named("Graduaat orthopedagogie - 2de jaar").entries] == ["903632"]
    assert not catalogue.named("Bachelor in de vroedkunde")


def test_a_name_of_two_care_programmes_in_an_answer_about_teachers_is_outside_its_sector():
    """Both programmes ``Verpleegkunde`` may be are zorg: wherever it is meant, it does not belong
    among teachers. It passed unchecked, said as a name the catalogue does not know."""
    text = ONDERWIJS + STARTED + "Educatieve bachelor voor lager onderwijs 40 44\nVerpleegkunde 12 14\nTotaal 52 58\n"
    assert _found(text) == [(
        "code-outside-sector", "error", 10,
        "the programme 'Verpleegkunde' may be Professionele bachelor verpleegkunde or Hoger beroepsonderwijs "
        "verpleegkunde by the catalogue — each of sector zorg — but the answer is about sector onderwijs; "
        "whichever it is, its persons do not belong in this table",
    )]


def test_a_first_year_of_two_programmes_among_graduates_is_no_final_stage():
    text = (ZORG + GRADUATED + "Graduaat orthopedagogie - 3de jaar 20 21\nVerpleegkunde - 1ste jaar 3 4\n"
            "Totaal 23 25\n")
    assert _found(text) == [(
        "stage-not-final", "warning", 10,
        "the programme 'Verpleegkunde - 1ste jaar' may be year 1 of 3 of Professionele bachelor verpleegkunde or "
        "Hoger beroepsonderwijs verpleegkunde by the catalogue (code 900611 or 900711), none of which can be a "
        "final stage, yet it stands in a graduates table; only final years end in a diploma, so these figures count "
        "no graduates — a wrong stage, or a row of another table",
    )]


def test_a_stage_of_two_programmes_one_final_and_one_not_is_said_once():
    """``Bachelor kleuteronderwijs - 2de jaar``: year 2 of the three-year bachelor (908002, not
    final) or of the shortened one (908005, final). It was taken for the shortened one's and
    passed; now the reader is told it was not checked, once."""
    text = (ONDERWIJS + GRADUATED + "Educatieve bachelor voor kleuteronderwijs - 3de jaar 20 21\n"
            "Bachelor kleuteronderwijs - 2de jaar 3 4\nTotaal 23 25\n")
    assert _found(text) == [(
        "code-unknown", "info", 10,
        "the programme 'Bachelor kleuteronderwijs - 2de jaar' may be any of 2 stages of the catalogue — 908002: "
        "Educatieve bachelor voor kleuteronderwijs - 2de jaar or 908005: Educatieve bachelor voor kleuteronderwijs "
        "- verkort traject - 2de jaar — some of which can end their programme and some not; whether it may stand "
        "among graduates was not checked — the answer's code or full name would tell",
    )]


def test_a_stage_of_two_programmes_both_final_is_fine():
    text = (ZORG + GRADUATED + "Verpleegkunde - 3de jaar 3 4\nGraduaat orthopedagogie - 3de jaar 20 21\n"
            "Totaal 23 25\n")
    assert _found(text) == []


@pytest.fixture()
def nursing_master(tmp_path: Path) -> Path:
    """An extra catalogue with a programme of another sector whose short name is ``verpleegkunde``."""
    extra = tmp_path / "extra.csv"
    extra.write_text("code,label,programme,sector,stage,year,years,can_be_final\n"
                     "999001,Master verpleegkunde,Master verpleegkunde,onderwijs,whole,,,true\n", encoding="utf-8")
    return extra


def test_a_name_of_programmes_of_different_sectors_is_said_not_checked(nursing_master):
    text = ZORG + STARTED + "Graduaat orthopedagogie 20 21\nVerpleegkunde 12 14\nTotaal 32 35\n"
    assert _found(text, catalogue=str(nursing_master)) == [(
        "code-unknown", "info", 10,
        "the programme 'Verpleegkunde' may be any of 3 programmes of the catalogue — Professionele bachelor "
        "verpleegkunde (zorg) or Hoger beroepsonderwijs verpleegkunde (zorg) or Master verpleegkunde (onderwijs) — "
        "some of sector zorg and some not; whether it belongs to sector zorg was not checked — the answer's code "
        "or full name would tell",
    )]
    dutch = audit([read_text(text, "a.txt")], catalogue=str(nursing_master), lang="nl").findings
    assert [f.message for f in dutch if f.rule == "code-unknown"] == [
        "de opleiding 'Verpleegkunde' kan volgens de catalogus elk van 3 opleidingen zijn — Professionele bachelor "
        "verpleegkunde (zorg) of Hoger beroepsonderwijs verpleegkunde (zorg) of Master verpleegkunde (onderwijs) — "
        "sommige van de sector zorg en sommige niet; of ze bij de sector zorg hoort, is niet nagegaan — de code of "
        "de volledige naam zou het zeggen"]


# 2 and 4. What a row's label names is the reader's data.

def test_the_reader_says_what_each_row_of_a_table_of_programmes_names():
    text = (ZORG + STARTED + "Graduaat orthopedagogie 20 21\nOpleiding voor starters 5 6\nGestart 4 4\nMan 3 3\n"
            "Antwerpen 2 2\nWallonië 1 1\nGraduaat in de verpleegkunde voor werkzoekenden 7 8\nTotaal 42 45\n")
    table = read_text(text, "a.txt").tables[0]
    assert table.layout.rows == "programme"
    assert table.row_kinds == {"Opleiding voor starters": "measure", "Gestart": "measure", "Man": "category",
                               "Antwerpen": "province", "Wallonië": "place"}
    keys = {cell.label: table.row_key(cell) for cell in table.rows()}
    assert keys["Graduaat orthopedagogie"] == keys["Graduaat in de verpleegkunde voor werkzoekenden"] == "programme"
    assert keys["Opleiding voor starters"] == "measure"


def test_a_row_of_what_is_counted_is_no_programme_for_any_name_check():
    """``Specifieke lerarenopleiding - inschrijvingen`` names what is counted (its unit); the name
    check said nothing of it while the sector check took it for the teachers' programme."""
    text = (ZORG + STARTED + "Graduaat orthopedagogie 20 21\nOpleiding voor starters 5 6\n"
            "Specifieke lerarenopleiding - inschrijvingen 4 4\nTotaal 29 31\n")
    assert _found(text) == []


def test_the_row_kinds_survive_the_cache(tmp_path, monkeypatch):
    from okot_audit.cache import answer_from_data, answer_to_data

    text = ZORG + STARTED + "Graduaat orthopedagogie 20 21\nGestart 4 4\nTotaal 24 25\n"
    answer = read_text(text, "a.txt")
    again = answer_from_data(answer_to_data(answer))
    assert again.tables[0].row_kinds == answer.tables[0].row_kinds == {"Gestart": "measure"}


# 3. A code's family is looked up.

@given(code=st.from_regex(r"9\d{5}", fullmatch=True))
def test_a_code_s_family_is_the_most_specific_prefix_s(code):
    catalogue = default_catalogue()
    scanned = next((f for f in catalogue.families if code.startswith(f.prefix)), None)
    assert catalogue.family(code) == scanned


def test_the_family_index_does_not_scan_the_families():
    """The families as a list that cannot be walked: a code's family is found by its prefix."""

    class Unwalkable(list):
        def __iter__(self):
            raise AssertionError("family() scanned the families")

    catalogue = Catalogue({}, [Family("9080", "lerarenopleidingen", "onderwijs"), Family("908", "x", "onderwijs")])
    catalogue.families = Unwalkable(catalogue.families)
    assert catalogue.family("908099").prefix == "9080"
    assert catalogue.family("908199").prefix == "908"
    assert catalogue.family("123456") is None


# 5. The catalogue against the sources.

GOLD = Path(__file__).resolve().parent / "data" / "gold"


def _seed_rows() -> dict[str, set[str]]:
    """Each code the seed answers print, with its labels as printed (the hand-made gold)."""
    rows: dict[str, set[str]] = {}
    for path in sorted(GOLD.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row.get("code") and row["code"] != "TOTAL":
                    rows.setdefault(row["code"], set()).add(row["label"])
    return rows


def test_the_catalogue_holds_the_seeds_codes_as_printed_and_nothing_invented():
    rows = _seed_rows()
    catalogue = load_catalogue()
    assert set(catalogue.entries) == set(rows)  # (every code the seeds print; no other)
    for code, labels in rows.items():
        assert labels == {catalogue.get(code).label}, code
    prefixes = {code[:4] for code in rows}
    assert prefixes == {"9001", "9006", "9007", "9035", "9036", "9044", "9080"}
    assert {catalogue.get(c).sector for c in rows if c.startswith("9080")} == {"onderwijs"}
    assert {catalogue.get(c).sector for c in rows if not c.startswith("9080")} == {"zorg"}


def test_the_catalogue_stages_are_the_domain_s():
    catalogue = load_catalogue()
    shortened, second = catalogue.get("908018"), catalogue.get("908019")
    assert shortened.can_be_final and shortened.year == 1  # (can be finished in one year)
    assert second.can_be_final and second.year == 2 and second.programme == shortened.programme
    assert not catalogue.get("908001").can_be_final and catalogue.get("908003").can_be_final
    assert catalogue.get("908001").stage_text == "year 1 of 3"


@pytest.mark.parametrize(("row", "error"), [
    ("908099,Educatieve master,Educatieve master,,whole,,,true",
     "extra.csv:2: catalogue column sector is empty: give the code's sector (onderwijs, zorg, …)"),
    ("908099,Educatieve master,Educatieve master,onderwijs,jaar,1,2,false",
     "extra.csv:2: catalogue column stage must be year, track, module or whole, not 'jaar'"),
    ("908099,Educatieve master - 3de jaar,Educatieve master,onderwijs,year,3,2,true",
     "extra.csv:2: catalogue row gives year 3 of a programme of 2 year(s)"),
])
def test_an_extra_catalogue_row_that_cannot_be_right_is_refused(tmp_path, row, error):
    """An empty sector made every code of it one outside the answer's sector (``belongs to sector
    , but …``); a stage not known (``jaar``) or a year past the programme's last was taken as
    it was, and no stage check could use it."""
    from okot_audit.source import InputError

    extra = tmp_path / "extra.csv"
    extra.write_text("code,label,programme,sector,stage,year,years,can_be_final\n" + row + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_catalogue(extra)
    assert str(caught.value).endswith(error)


def test_an_extra_catalogue_stage_is_read_in_any_case(tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text("code,label,programme,sector,stage,year,years,can_be_final\n"
                     "908099,Educatieve master - 1ste jaar,Educatieve master,Onderwijs,Year,1,2,false\n",
                     encoding="utf-8")
    entry = load_catalogue(extra).get("908099")
    assert (entry.stage, entry.sector, entry.stage_text) == ("year", "onderwijs", "year 1 of 2")


# A name that names one code is checked as that code is.

def _one_named() -> list[str]:
    """The codes whose label (no module's: its digits read as figures without the code) names them alone."""
    catalogue = default_catalogue()
    return sorted(e.code for e in catalogue.entries.values()
                  if e.label and "module" not in e.label and len(catalogue.named(e.label)) == 1)


_ORDINALS = {"1ste": "eerste", "2de": "tweede", "3de": "derde", "tweede": "2de"}


@given(data=st.data())
def test_a_code_s_label_printed_without_the_code_is_checked_as_the_code(data):
    """Built from the catalogue: an entry, its label as an answer may print it (any case, an
    ordinal written out), in a graduates table of an answer about the other sector. The row
    without its code gets the findings the row with it gets — no more, none fewer."""
    catalogue = default_catalogue()
    entry = catalogue.get(data.draw(st.sampled_from(_one_named()), label="code"))
    words = entry.label.split()
    if data.draw(st.booleans(), label="ordinal written out"):
        words = [_ORDINALS.get(w, w) for w in words]
    name = " ".join(words)
    name = data.draw(st.sampled_from([name, name.lower(), name.upper()]), label="case")
    assert [e.code for e in catalogue.named(name).entries] == [entry.code], name
    head = ONDERWIJS if entry.sector == "zorg" else ZORG

    def found(row: str) -> list[tuple]:
        text = head + GRADUATED + f"{row} 5 6\nTotaal 5 6\n"
        report = audit([read_text(text, "a.txt")])
        return sorted((f.rule, f.severity, f.line) for f in report.findings
                      if f.rule in RULES and f.line == 9)

    coded = found(f"{entry.code}: {entry.label}")
    assert ("code-outside-sector", "error", 9) in coded  # (the other sector's answer)
    assert found(name) == coded, name


# A name several programmes share, built: what each check finds follows from what they share.

_FORMS = ("Graduaat", "Bachelor", "Master")


@given(data=st.data())
def test_a_shared_name_is_checked_where_its_programmes_agree_and_said_once_where_they_differ(data):
    """Programmes built into a catalogue — one to three, ``Graduaat`` / ``Bachelor`` / ``Master
    zeefkunde``, each with a sector and a first year that can or cannot end it — and the short
    name they share, with its year (``Zeefkunde - 1ste jaar``), among the graduates of an answer
    about one sector. The sector check errs when every programme is of another sector, the stage
    check warns when no first year can end its programme; where they differ, one information."""
    from okot_audit.catalogue import Entry

    count = data.draw(st.integers(1, 3), label="programmes")
    sectors = data.draw(st.lists(st.sampled_from(["zorg", "onderwijs"]), min_size=count, max_size=count))
    finals = data.draw(st.lists(st.booleans(), min_size=count, max_size=count), label="first year final")
    answer_sector = data.draw(st.sampled_from(["zorg", "onderwijs"]), label="answer")
    base = default_catalogue()
    extra = {}
    for i, (form, sector, final) in enumerate(zip(_FORMS, sectors, finals)):
        code = f"99900{i}"
        extra[code] = Entry(code, f"{form} zeefkunde - 1ste jaar", f"{form} zeefkunde", sector, "year", 1,
                            1 if final else 2, final)
    catalogue = Catalogue({**base.entries, **extra}, base.families)
    head = ONDERWIJS if answer_sector == "onderwijs" else ZORG
    text = head + GRADUATED + "Zeefkunde - 1ste jaar 5 6\nTotaal 5 6\n"
    found = sorted((f.rule, f.severity) for f in audit([read_text(text, "a.txt")], catalogue=catalogue).findings
                   if f.rule in RULES)

    outside = [sector != answer_sector for sector in sectors]
    expected = []
    if all(outside):
        expected.append(("code-outside-sector", "error"))
    if not any(finals):
        expected.append(("stage-not-final", "warning"))
    if count > 1 and (len(set(outside)) > 1 or len(set(finals)) > 1):
        expected.append(("code-unknown", "info"))
    assert found == sorted(expected)


def test_the_shortened_bachelor_s_first_year_by_name_can_end_it():
    """908018's label says no year; the catalogue gives it as year 1 of 2, which can be finished
    in one year. Named with its year beside its second year (908019's label) among graduates,
    it is 908018: no warning — not a first year before a later one of the same programme."""
    assert [e.code for e in default_catalogue().named("Verkorte educatieve bacheloropleiding - 1ste jaar").entries] \
        == ["908018"]
    text = (ONDERWIJS + GRADUATED + "Verkorte educatieve bacheloropleiding - 1ste jaar 20 21\n"
            "Verkorte educatieve bacheloropleiding - 2e jaar 3 4\nTotaal 23 25\n")
    assert _found(text) == []


def test_a_name_in_a_province_s_block_is_named_in_the_message():
    """A programme's name outside the sector in a province's block was said as ``the programme
    'None'``: the row's label was left out where a province named its block."""
    text = (ONDERWIJS + "1. Het aantal gestarte unieke cursisten per opleiding en provincie.\n\n"
            "Provincie Opleiding 2021\nAntwerpen Educatieve bachelor voor lager onderwijs 40\nZorgkundige 12\n"
            "Totaal Antwerpen 52\nLimburg Educatieve bachelor voor lager onderwijs 10\nTotaal Limburg 10\n"
            "Eindtotaal 62\n")
    [found] = [f for f in audit([read_text(text, "a.txt")]).findings if f.rule == "code-outside-sector"]
    assert (found.line, found.province, found.label) == (10, "Antwerpen", "Zorgkundige")
    assert found.message.startswith("the programme 'Zorgkundige' belongs to sector zorg by the catalogue")


@pytest.mark.parametrize(("name", "code"), [
    ("Zorgkundige (2)", "900123"), ("Graduaat orthopedagogie¹", "903631"), ("Zorgkundige - 1ste jaar (1)", "900123"),
])
def test_a_name_with_a_footnote_s_mark_is_the_programme_s(name, code):
    """A footnote's mark after the name (``(2)``, a superscript) made it a name the catalogue
    does not know: said so (info), its sector and stage not checked."""
    assert [e.code for e in default_catalogue().named(name).entries] == [code]
    text = (ONDERWIJS + STARTED + f"Educatieve bachelor voor lager onderwijs 40 44\n{name} 12 14\nTotaal 52 58\n"
            "(1) Voorlopig.\n(2) Inclusief duaal.\n")
    assert [(rule, severity, line) for rule, severity, line, _ in _found(text)] == [
        ("code-outside-sector", "error", 10)]


def test_rows_of_sectors_and_of_the_programmes_not_listed_are_no_programmes():
    """A table per sector (``Zorg``, ``Welzijn``) and its ``Overige opleidingen`` row: each was
    said to be a programme the catalogue does not know (three false informations)."""
    text = (ZORG + "1. Het aantal gestarte unieke cursisten per sector.\n\nSector 2021 2022\nZorg 120 130\n"
            "Welzijn 40 44\nOverige opleidingen 10 12\nTotaal 170 186\n")
    table = read_text(text, "a.txt").tables[0]
    assert table.row_kinds == {"Zorg": "sector", "Welzijn": "sector", "Overige opleidingen": "rest"}
    assert _found(text) == []
