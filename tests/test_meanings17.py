"""What an answer's figures mean, in wordings earlier tests do not use (round 17).

Small answers, single-spaced as the seeds, each about one meaning: what a table counts (unit
words in the header, the caption, the question or only the prose before it), what a total is
of its parts, which sector and stage a code or a programme's name belongs to, and how the same
figure in two answers compares. The findings are asserted exactly.
"""

from __future__ import annotations

import datetime

import pytest

from okot_audit import audit, read_text


def _answer(text: str, name: str = "a.txt"):
    return read_text(text, name)


def _found(*answers, rules: tuple[str, ...] = ()) -> list[tuple]:
    """(path, rule, severity, line, period, code, label, stated, observed) of each finding,
    error-located's aside (it says which figure may be wrong, not whether one is)."""
    return [
        (f.path, f.rule, f.severity, f.line, f.period, f.training_code, f.label, f.stated, f.observed)
        for f in audit(list(answers)).findings
        if f.rule != "error-located" and (not rules or f.rule in rules)
    ]


ONDERWIJS = "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. {number} van {date}\n\n"
ZORG = "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 12 van 12 januari 2023\n\n"


# 1. The question's date, however the answer writes it, orders two answers in time.

GRADUATES_2022 = (
    ONDERWIJS.format(number=74, date="14 oktober 2022")
    + "2. Het aantal unieke cursisten dat slaagde.\n\nOpleiding 2021 2022*\n"
    "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 40 19\n"
    "908013: Educatieve bachelor voor lager onderwijs - 3de jaar 23 24\nTotaal 63 43\n\n"
    "*Voor 2022 enkel cijfers van de eerste jaarhelft.\n"
)


def _graduates_2023(date: str) -> str:
    """The later answer: 2022 completed, 2021 revised down by 2 (rows in another order)."""
    return (
        ONDERWIJS.format(number=201, date=date)
        + "2. Het aantal unieke cursisten dat slaagde.\n\nOpleiding 2021 2022\n"
        "908013: Educatieve bachelor voor lager onderwijs - 3de jaar 23 50\n"
        "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 38 41\nTotaal 61 91\n"
    )


@pytest.mark.parametrize("date", ["12 januari 2023", "12 jan 2023", "12/01/2023", "2023-01-12", "12.01.2023", "12-1-2023"])
def test_a_question_date_in_figures_orders_the_answers_as_one_in_words(date):
    """``op vraag nr. 201 van 2023-01-12`` (or ``12/01/2023``) was read as no question at all:
    the later answer, given first, was then taken for the earlier one, and the figures it
    completed read as 'a full period revised downwards' (warnings) in the earlier answer."""
    later = _answer(_graduates_2023(date), "later.txt")
    assert (later.question_number, later.question_date) == (201, datetime.date(2023, 1, 12))
    earlier = _answer(GRADUATES_2022, "earlier.txt")
    assert _found(later, earlier, rules=("figure-revised",)) == [
        ("later.txt", "figure-revised", "info", 9, "2022", "908013", None, 50, 24),
        ("later.txt", "figure-revised", "warning", 10, "2021", "908003", None, 38, 40),
        ("later.txt", "figure-revised", "info", 10, "2022", "908003", None, 41, 19),
        ("later.txt", "figure-revised", "warning", 11, "2021", None, "Totaal", 61, 63),
        ("later.txt", "figure-revised", "info", 11, "2022", None, "Totaal", 91, 43),
    ]


def test_a_date_in_figures_in_the_parliament_s_heading_is_the_question_s():
    text = ("SCHRIFTELIJKE VRAAG\nnr. 512\nvan ELS VAN DAM\ndatum: 3/2/2023\n\n" + GRADUATES_2022.split("\n\n", 1)[1])
    answer = _answer(text)
    assert (answer.question_number, answer.question_date) == (512, datetime.date(2023, 2, 3))


@pytest.mark.parametrize("date", ["31/02/2023", "14 oktobr 2022"])
def test_a_date_that_is_no_day_leaves_the_question_without_a_date(date):
    answer = _answer(_graduates_2023(date))
    assert (answer.question_number, answer.question_date) == (201, None)


def test_answers_without_a_date_are_compared_in_file_order():
    """Neither answer says when: the one named first is the earlier (file order)."""
    first = _answer(GRADUATES_2022.replace("op vraag nr. 74 van 14 oktober 2022\n", ""), "first.txt")
    second = _answer(_graduates_2023("12 januari 2023").replace("op vraag nr. 201 van 12 januari 2023\n", ""),
                     "second.txt")
    assert first.question_date is None and second.question_date is None
    assert [row[:5] for row in _found(first, second, rules=("figure-revised",))] == [
        ("second.txt", "figure-revised", "info", 8, "2022"),
        ("second.txt", "figure-revised", "warning", 9, "2021"),
        ("second.txt", "figure-revised", "info", 9, "2022"),
        ("second.txt", "figure-revised", "warning", 10, "2021"),
        ("second.txt", "figure-revised", "info", 10, "2022"),
    ]


# 2. What a table counts, said in the header, the caption, the question or only the prose.

CODED_ROWS = ("Opleiding 2021 2022\n900611: Professionele bachelor verpleegkunde - 1ste jaar 55 61\n"
              "900612: Professionele bachelor verpleegkunde - 2de jaar 40 44\nTotaal 90 100\n")
FINAL_ROWS = ("Opleiding 2021 2022\n900613: Professionele bachelor verpleegkunde - 3de jaar 55 61\n"
              "903633: Graduaat orthopedagogie - 3de jaar 40 44\nTotaal 90 100\n")


def _table(text: str):
    [table] = _answer(text).tables
    return table.measure, table.unit, [c.semantics for c in table.cells if c.level == "total"]


@pytest.mark.parametrize("prose, rows, measure, unit, semantics", [
    # only the prose after the sentence that points at the table says what is counted
    ("Hieronder de cijfers per opleiding voor 2021 en 2022. Het gaat om inschrijvingen, niet om unieke personen.",
     CODED_ROWS, "enrolled", "inschrijvingen", "additive"),
    ("Hieronder de cijfers van wie in 2021 en 2022 een OKOT startte.\nHet gaat hier om inschrijvingen.",
     CODED_ROWS, "started", "inschrijvingen", "additive"),
    ("Hieronder de starters per opleiding. Het gaat om unieke personen, niet om inschrijvingen.",
     CODED_ROWS, "started", "unieke cursisten", "unique"),
    ("1. Het aantal inschrijvingen per opleiding; het gaat dus niet om unieke cursisten.",
     CODED_ROWS, "enrolled", "inschrijvingen", "additive"),
    # certificates are counted as such: each one adds up
    ("1. Hieronder het aantal behaalde getuigschriften per opleiding.", FINAL_ROWS, "graduated",
     "getuigschriften", "additive"),
    ("1. Hieronder het aantal uitgereikte attesten per opleiding.", FINAL_ROWS, "graduated",
     "getuigschriften", "additive"),
    ("1. Het aantal diploma's per opleiding.", FINAL_ROWS, "graduated", "diploma's", "additive"),
    # words earlier answers use, read as before
    ("1. Het aantal werkzoekenden die startten met een OKOT.", CODED_ROWS, "started", "unieke cursisten", "unique"),
    ("1. Gestarte cursisten (uniek) per opleiding.", CODED_ROWS, "started", "unieke cursisten", "unique"),
    ("1. Hieronder het aantal deelnames per opleiding aan een OKOT dat startte.", CODED_ROWS, "started",
     "deelnames", "additive"),
    ("1. Uitval per opleiding (aantal trajecten).", CODED_ROWS, "stopped_or_failed", "trajecten", "additive"),
    ("1. Geslaagden per opleiding.", FINAL_ROWS, "graduated", "unieke cursisten", "unique"),
    # persons named by what they did: their totals are of unique persons, as the table says
    ("1. Afhakers per opleiding.", CODED_ROWS, "stopped_or_failed", "unieke cursisten", "unique"),
    ("1. Starters per opleiding.", CODED_ROWS, "started", "unieke cursisten", "unique"),
    ("1. Het aantal uitvallers per opleiding.", CODED_ROWS, "stopped_or_failed", "unieke cursisten", "unique"),
    # ``afhaken`` holds none of the words the drop-outs' pattern was said to need: never searched
    ("1. Afhaken per opleiding: het aantal unieke cursisten.", CODED_ROWS, "stopped_or_failed",
     "unieke cursisten", "unique"),
])
def test_what_a_table_counts_is_read_from_the_words_that_say_it(prose, rows, measure, unit, semantics):
    """``Het gaat om inschrijvingen`` after the sentence that points at the table said nothing
    (a sentence in passing): its totals were read as unique persons, 5 enrolments too many in
    the rows an info instead of an error. ``niet om unieke personen`` named persons, not
    enrolments. ``getuigschriften`` and ``attesten`` were no unit (read as persons), and a table
    of diplomas or certificates named no measure (``measure-unknown``). ``Afhakers``,
    ``starters``, ``uitvallers`` are persons: the table says what it counts (before: 'the table
    does not say what it counts')."""
    assert _table(ZORG + prose + "\n\n" + rows) == (measure, unit, [semantics, semantics])


def test_enrolments_said_only_in_the_prose_make_rows_that_exceed_the_total_an_error():
    text = (ZORG + "Hieronder de cijfers per opleiding voor 2021 en 2022. Het gaat om inschrijvingen, niet om "
            "unieke personen.\n\n" + CODED_ROWS)
    assert _found(_answer(text)) == [
        ("a.txt", "parts-exceed-total", "error", 11, "2021", None, "Totaal", 90, 95),
        ("a.txt", "parts-exceed-total", "error", 11, "2022", None, "Totaal", 100, 105),
    ]
    [message] = [f.message for f in audit(_answer(text), lang="nl").findings if f.period == "2021"
                 and f.rule == "parts-exceed-total"]
    assert "5 inschrijvingen te veel" in message


def test_certificates_that_do_not_add_up_are_an_error_in_both_languages():
    text = ZORG + "1. Hieronder het aantal behaalde getuigschriften per opleiding.\n\n" + FINAL_ROWS
    assert _found(_answer(text)) == [
        ("a.txt", "parts-exceed-total", "error", 11, "2021", None, "Totaal", 90, 95),
        ("a.txt", "parts-exceed-total", "error", 11, "2022", None, "Totaal", 100, 105),
    ]
    en = [f.message for f in audit(_answer(text)).findings if f.rule == "parts-exceed-total"][0]
    nl = [f.message for f in audit(_answer(text), lang="nl").findings if f.rule == "parts-exceed-total"][0]
    assert "it counts certificates, which add up exactly — 5 certificates too many" in en
    assert "5 getuigschriften te veel" in nl


def test_a_unit_named_in_passing_still_says_nothing():
    """``Het gaat om`` opens a statement of what is counted; a sentence without it that names
    a unit in passing still says nothing of the table (read as unique persons)."""
    text = ZORG + "Hieronder de cijfers per opleiding. Late inschrijvingen worden nog verwerkt.\n\n" + CODED_ROWS
    assert _table(text) == ("unknown", "", ["unique", "unique"])


# 3. Programme names without codes: the catalogue's programmes however spelt.

ZORG_NAMES = (
    ZORG + "1. Het aantal gestarte unieke cursisten per opleiding.\n\nOpleiding 2021 2022\n"
    "Bach. verpleegkunde 55 61\nHBO5 verpleegkunde 20 21\nGraduaat Orthopedagogie 40 44\n"
    "Educatieve bachelor kleuteronderwijs 10 11\nEduc. bachelor lager onderwijs 8 9\nSLO 3 4\n"
    "Verkorte educatieve master 3 4\nTotaal 130 140\n"
)


def test_programme_names_of_another_sector_are_found_however_spelt():
    """``Educatieve bachelor kleuteronderwijs`` (no ``voor``), ``Educ. bachelor lager onderwijs``
    and ``SLO`` (the programme's abbreviation) in an answer about zorg named no programme of
    the catalogue: their persons passed unchecked. ``Verkorte educatieve master`` (the
    catalogue's own spelling) was found before as well."""
    assert _found(_answer(ZORG_NAMES), rules=("code-outside-sector",)) == [
        ("a.txt", "code-outside-sector", "error", 12, None, None, "Educatieve bachelor kleuteronderwijs", None, None),
        ("a.txt", "code-outside-sector", "error", 13, None, None, "Educ. bachelor lager onderwijs", None, None),
        ("a.txt", "code-outside-sector", "error", 14, None, None, "SLO", None, None),
        ("a.txt", "code-outside-sector", "error", 15, None, None, "Verkorte educatieve master", None, None),
    ]


def test_abbreviated_care_programmes_in_an_answer_about_teachers_are_outside_its_sector():
    text = (ONDERWIJS.format(number=9, date="3 maart 2023") + "1. Het aantal gestarte unieke cursisten per "
            "opleiding.\n\nOpleiding 2021 2022\nBach. in de verpleegkunde 55 61\nHBO5 verpleegkunde 20 21\n"
            "Educatieve bachelor voor lager onderwijs 40 44\nTotaal 110 120\n")
    [first, second] = [f for f in audit(_answer(text)).findings if f.rule == "code-outside-sector"]
    assert (first.line, first.label, second.line, second.label) == (
        9, "Bach. in de verpleegkunde", 10, "HBO5 verpleegkunde")
    assert first.message == ("the programme 'Bach. in de verpleegkunde' belongs to sector zorg by the catalogue, "
                             "but the answer is about sector onderwijs; its persons do not belong in this table")


@pytest.mark.parametrize("name", ["Verpleegkunde", "Bachelor", "Graduaat", "Opleiding X"])
def test_a_word_that_many_programmes_share_names_no_programme(name):
    """One word alone (``Verpleegkunde``) may be any programme that holds it: it names none."""
    from okot_audit.catalogue import default_catalogue

    assert default_catalogue().by_name(name) is None


GRADUATE_NAMES = (
    ONDERWIJS.format(number=12, date="12 januari 2023") + "2. Het aantal unieke cursisten dat slaagde per "
    "opleiding.\n\nOpleiding 2021 2022\nEducatieve bachelor voor kleuteronderwijs - eerste jaar 5 6\n"
    "Educatieve bachelor voor kleuteronderwijs - 3de jaar 30 31\nVerkorte educatieve bacheloropleiding 20 21\n"
    "Educatieve bachelor voor lager onderwijs 8 9\nSLO 10 11\nTotaal 70 75\n"
)


def test_a_first_year_named_without_code_among_graduates_is_not_a_final_stage():
    """A graduates table that names a first year (``- eerste jaar``) without its code passed:
    only coded rows were checked. ``Verkorte educatieve bacheloropleiding`` (908018) can end in
    one year, and a programme's name alone says no stage: neither is reported."""
    found = audit(_answer(GRADUATE_NAMES)).findings
    assert _found(_answer(GRADUATE_NAMES), rules=("stage-not-final",)) == [
        ("a.txt", "stage-not-final", "warning", 9, None, None,
         "Educatieve bachelor voor kleuteronderwijs - eerste jaar", None, None),
    ]
    [en] = [f.message for f in found if f.rule == "stage-not-final"]
    [nl] = [f.message for f in audit(_answer(GRADUATE_NAMES), lang="nl").findings if f.rule == "stage-not-final"]
    assert en == ("the programme 'Educatieve bachelor voor kleuteronderwijs - eerste jaar' is year 1 of 3 by the "
                  "catalogue (code 908001), which cannot be a final stage, yet it stands in a graduates table; "
                  "only final years end in a diploma, so these figures count no graduates — a wrong stage, or a row "
                  "of another table")
    assert nl == ("de opleiding 'Educatieve bachelor voor kleuteronderwijs - eerste jaar' is volgens de catalogus "
                  "jaar 1 van 3 (code 908001), wat geen eindfase kan zijn, maar ze staat in een tabel van "
                  "geslaagden; enkel finaliteitsjaren leiden tot een diploma, dus tellen die cijfers geen geslaagden — "
                  "een verkeerde fase of een rij uit een andere tabel")


def test_coded_graduates_rows_first_stage_and_the_shortened_bachelor():
    """908001 and 908014 are first years (warnings); 908018 (the shortened bachelor, finished
    in one year) and 908019 (its second year) may stand among graduates."""
    text = (ONDERWIJS.format(number=12, date="12 januari 2023") + "2. Het aantal unieke cursisten dat slaagde.\n\n"
            "Opleiding 2021 2022\n908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 5 4\n"
            "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 40 44\n"
            "908018: Verkorte educatieve bacheloropleiding 30 31\n"
            "908019: Verkorte educatieve bacheloropleiding - 2e jaar 3 4\n"
            "908014: Educatieve bachelor voor lager onderwijs - verkort traject -1ste jaar 2 2\nTotaal 80 85\n")
    assert [(f.rule, f.line, f.training_code) for f in audit(_answer(text)).findings
            if f.severity != "info"] == [("stage-not-final", 9, "908001"), ("stage-not-final", 13, "908014")]


# 4. Codes and sectors: a code of another sector, in the answer or in a sector's block.

def test_codes_of_the_other_sector_in_an_answer_about_zorg_and_the_reverse():
    rows = ("Opleiding 2021 2022\n900611: Professionele bachelor verpleegkunde - 1ste jaar 55 61\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 40 44\nTotaal 90 100\n")
    prose = "1. Het aantal gestarte unieke cursisten per opleiding.\n\n"
    zorg = _answer(ZORG + prose + rows, "zorg.txt")
    onderwijs = _answer(ONDERWIJS.format(number=5, date="2 februari 2023") + prose + rows, "onderwijs.txt")
    assert [(f.path, f.line, f.training_code) for f in audit([zorg, onderwijs]).by_rule("code-outside-sector")] == [
        ("onderwijs.txt", 9, "900611"), ("zorg.txt", 10, "908001")]


def test_codes_in_the_block_of_another_sector():
    text = ("OKOT's per sector\n\nANTWOORD\nop vraag nr. 14 van 12/01/2023\n\n1. Het aantal gestarte unieke "
            "cursisten per sector.\n\nSector / opleiding 2021 2022\nZorg\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 55 61\n"
            "908011: Educatieve bachelor voor lager onderwijs - 1ste jaar 10 12\nSubtotaal zorg 64 72\nOnderwijs\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 40 44\n"
            "903631: Graduaat orthopedagogie - 1ste jaar 20 22\nSubtotaal onderwijs 60 66\nTotaal 122 136\n")
    assert [(f.line, f.training_code, f.severity) for f in audit(_answer(text)).by_rule("code-outside-sector")] == [
        (11, "908011", "error"), (15, "903631", "error")]


UNKNOWN_CODES = (
    ONDERWIJS.format(number=5, date="2 februari 2023") + "1. Het aantal gestarte unieke cursisten per "
    "opleiding.\n\nOpleiding 2021 2022\n908099: Educatieve bachelor voor iets nieuws 5 4\n"
    "900699: Professionele bachelor verpleegkunde - avondtraject 40 44\n909999: Iets onbekends 1 1\nTotaal 46 49\n"
)


def test_an_unknown_code_whose_family_is_of_another_sector_says_so():
    """900699 is in no catalogue; its prefix 9006 is a zorg family, in an answer about onderwijs.
    The warning named the family's sector but not that it is not the answer's; it does now. A
    family of the answer's own sector, or none, is reported as before."""
    found = audit(_answer(UNKNOWN_CODES)).by_rule("code-unknown")
    assert [(f.line, f.training_code, f.severity) for f in found] == [
        (9, "908099", "warning"), (10, "900699", "warning"), (11, "909999", "warning")]
    assert found[1].message == (
        "training code 900699 is not in the catalogue; its prefix 9006 suggests professionele bachelor "
        "verpleegkunde, in sector zorg, not the answer's sector onderwijs — likely a row of another answer, or a "
        "mistyped code: check the code, or add it to an extra catalogue")
    assert "not the answer's sector" not in found[0].message
    nl = audit(_answer(UNKNOWN_CODES), lang="nl").by_rule("code-unknown")[1].message
    assert nl == (
        "opleidingscode 900699 staat niet in de catalogus; het voorvoegsel 9006 wijst op professionele bachelor "
        "verpleegkunde, in de sector zorg, niet de sector van het antwoord onderwijs — wellicht een rij uit een "
        "ander antwoord of een verkeerd getypte code: controleer de code of voeg ze toe aan een extra catalogus")


# 5. Rows that are categories of a person: a partition, a 'waarvan' breakdown, two totals.

def _category_text(prose: str, rows: str) -> str:
    return ZORG + prose + "\n\n" + rows


@pytest.mark.parametrize("header, rows, total", [
    ("Geslacht", "Mannen 40 44\nVrouwen 200 210", "Totaal 238 254"),
    ("Leeftijd", "-25-jarigen 40 44\n25- tot 50-jarigen 200 210\n50-plussers 12 15", "Totaal 250 269"),
    ("Leeftijd", "Jonger dan 25 jaar 40 44\n25 tot en met 49 jaar 200 210\n50 jaar en ouder 12 15", "Totaal 250 269"),
    ("Scholingsgraad", "Laaggeschoold (max. lager secundair) 40 44\nMiddengeschoold (secundair onderwijs) 200 210\n"
     "Hooggeschoold (hoger onderwijs) 12 15", "Totaal 250 269"),
])
def test_a_partition_of_persons_whose_total_is_off_by_a_few_is_an_error(header, rows, total):
    """Each person has one gender, age class or education level: rows 2 above the total are an
    error (a figure is wrong), not 2 persons counted twice."""
    text = _category_text("1. Het aantal gestarte unieke cursisten.", f"{header} 2021 2022\n{rows}\n{total}\n")
    line = text.count("\n")
    assert [row[1:5] for row in _found(_answer(text))] == [("parts-exceed-total", "error", line, "2021")]


def test_a_waarvan_breakdown_of_other_attributes_is_no_partition():
    """``waarvan vrouwen``, ``waarvan -25 jaar``, ``waarvan laaggeschoold`` each count some of
    the total's persons, of three attributes: 120 together above a total of 90 is no error."""
    text = _category_text("1. Het aantal gestarte unieke cursisten per opleiding.", CODED_ROWS.replace(
        "Totaal 90 100\n", "Totaal 90 100\nwaarvan vrouwen 70 80\nwaarvan -25 jaar 30 35\nwaarvan laaggeschoold 20 21\n"))
    assert [row[1:5] for row in _found(_answer(text)) if row[2] != "info"] == []
    assert [f.rule for f in audit(_answer(text)).findings if f.line == 12] == ["column-not-checked"]


def test_a_waarvan_breakdown_naming_every_age_class_is_a_partition_of_its_line():
    text = _category_text("1. Het aantal gestarte unieke cursisten per opleiding.", CODED_ROWS.replace(
        "Totaal 90 100\n", "Totaal 90 100\nwaarvan -25 jaar 30 35\nwaarvan 25-54 jaar 50 55\nwaarvan 55+ jaar 12 11\n"))
    assert [row[1:9] for row in _found(_answer(text)) if row[2] == "error"] == [
        ("parts-exceed-total", "error", 11, "2021", None, "Totaal", 90, 92),
        ("parts-exceed-total", "error", 11, "2022", None, "Totaal", 100, 101),
    ]


def test_unique_persons_under_enrolment_and_person_totals_of_a_partition():
    """Gender rows under ``Totaal inschrijvingen`` (their sum) and ``Totaal unieke cursisten``
    (4 fewer) in a table whose caption says ``cursisten``: the rows count enrolments, as the
    first total line says, so the second counts unique persons (4 persons with two
    enrolments: info). It was read as the rows' partition: two false errors, '4 enrolments too
    many in the rows'."""
    rows = ("Geslacht 2021 2022\nMan 40 44\nVrouw 200 210\nTotaal inschrijvingen 240 254\n"
            "Totaal unieke cursisten 236 250\n")
    answer = _answer(_category_text("1. Het aantal gestarte cursisten naar geslacht.", rows))
    assert [(c.label, c.semantics) for c in answer.tables[0].cells if c.level == "total" and c.period == "2021"] == [
        ("Totaal inschrijvingen", "additive"), ("Totaal unieke cursisten", "unique")]
    assert _found(answer) == [
        ("a.txt", "parts-exceed-total", "info", 12, "2021", None, "Totaal unieke cursisten", 236, 240),
        ("a.txt", "parts-exceed-total", "info", 12, "2022", None, "Totaal unieke cursisten", 250, 254),
    ]
    laid_out = _category_text("1. Het aantal gestarte cursisten naar geslacht.", "".join(
        "   " + line.rsplit(" ", 2)[0].ljust(30) + line.rsplit(" ", 2)[1].rjust(10) + line.rsplit(" ", 2)[2].rjust(10)
        + "\n" for line in rows.splitlines()))
    assert _found(_answer(laid_out)) == _found(answer)


def test_the_person_total_alone_under_a_partition_stays_its_sum():
    """Without a total of enrolments the gender rows count the persons: the total line of
    unique persons is their partition, and 4 too many in the rows an error."""
    rows = "Geslacht 2021 2022\nMan 40 44\nVrouw 200 210\nTotaal unieke cursisten 236 250\n"
    found = _found(_answer(_category_text("1. Het aantal gestarte cursisten naar geslacht.", rows)))
    assert [row[1:5] for row in found] == [("parts-exceed-total", "error", 11, "2021"),
                                           ("parts-exceed-total", "error", 11, "2022")]


def test_unique_persons_over_years_with_a_total_column():
    """Each row's Totaal over 2020–2022 counts unique persons (a person may start in two
    years): below the sum is information, above it or below one year an error."""
    text = _category_text("1. Het aantal gestarte unieke cursisten per opleiding over de jaren heen.",
                          "Opleiding 2020 2021 2022 Totaal\n"
                          "900611: Professionele bachelor verpleegkunde - 1ste jaar 55 61 70 50\n"
                          "900612: Professionele bachelor verpleegkunde - 2de jaar 40 44 50 140\n"
                          "903631: Graduaat orthopedagogie - 1ste jaar 10 12 14 30\n"
                          "Totaal 100 112 130 215\n")
    assert [row[1:9] for row in _found(_answer(text)) if row[1] != "likely-typo"] == [
        ("total-below-largest-part", "error", 9, "Totaal", "900611", None, 50, 70),
        ("total-exceeds-parts", "error", 10, "Totaal", "900612", None, 140, 134),
        ("parts-exceed-total", "info", 11, "Totaal", "903631", None, 30, 36),
        ("parts-exceed-total", "info", 12, "2020", None, "Totaal", 100, 105),
        ("parts-exceed-total", "info", 12, "2021", None, "Totaal", 112, 117),
        ("parts-exceed-total", "info", 12, "2022", None, "Totaal", 130, 134),
        ("parts-exceed-total", "info", 12, "Totaal", None, "Totaal", 215, 342),
        ("parts-exceed-total", "info", 12, "Totaal", None, "Totaal", 215, 220),
    ]


# 6. What a table counts said only in the question it answers.

QUESTIONED = (
    "OKOT's - Zorgsector\n\n1. Hoeveel inschrijvingen telden de OKOT's in de zorg in 2021 en 2022? Graag per "
    "opleiding.\n2. Hoeveel unieke personen stopten?\n\nANTWOORD\nop vraag nr. 12 van 12 januari 2023\n\n"
    "1. Zie de tabel.\n\n" + CODED_ROWS + "\n2. Zie de tabel.\n\nOpleiding 2021 2022\n"
    "900611: Professionele bachelor verpleegkunde - 1ste jaar 5 6\n"
    "900612: Professionele bachelor verpleegkunde - 2de jaar 4 4\nTotaal 8 9\n"
)


def test_the_unit_the_question_names_is_the_table_s_when_nothing_nearer_says_one():
    """``Hoeveel inschrijvingen telden …?`` asked for enrolments; the answer's item says only
    ``Zie de tabel.``. The question's unit was not read: the table was taken for unique persons
    of no measure (rows above the total an info, and ``measure-unknown``)."""
    answer = _answer(QUESTIONED)
    assert [(t.measure, t.unit, t.unique_persons) for t in answer.tables] == [
        ("enrolled", "inschrijvingen", False), ("stopped_or_failed", "unieke cursisten", True)]
    assert [row[1:5] for row in _found(answer)] == [
        ("parts-exceed-total", "error", 14, "2021"), ("parts-exceed-total", "error", 14, "2022"),
        ("parts-exceed-total", "info", 21, "2021"), ("parts-exceed-total", "info", 21, "2022"),
    ]


def test_a_question_that_names_two_units_says_neither():
    text = QUESTIONED.replace("Hoeveel inschrijvingen telden", "Hoeveel inschrijvingen en unieke cursisten telden")
    assert [(t.unit, t.unique_persons) for t in _answer(text).tables][0] == ("", True)


# 7. The same figure in two answers: under another unit, in another row order.

def _started(number: int, date: str, prose: str, rows: str) -> str:
    return (ONDERWIJS.format(number=number, date=date) + prose + "\n\nOpleiding 2018 2019\n" + rows)


def test_the_same_figure_under_enrolments_and_unique_persons_is_a_warning():
    """4.398 'inschrijvingen' in one answer, 4.398 'unieke cursisten' in the next: the same
    number under other unit words, so the two are not one series (warning). 2019's 4.774
    enrolments and 4.600 persons are other numbers in other units: two figures, not one revised
    (revkey35: they were a unit warning too)."""
    first = _answer(_started(74, "14 oktober 2022", "1. Het aantal inschrijvingen in een OKOT per opleiding.",
                             "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 4.398 4.774\n"
                             "Totaal 4.398 4.774\n"), "first.txt")
    second = _answer(_started(80, "14 november 2022", "1. Het aantal unieke cursisten dat een OKOT startte.",
                              "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 4.398 4.600\n"
                              "Totaal 4.398 4.600\n"), "second.txt")
    found = [f for f in audit([first, second]).findings if f.rule == "figure-revised"]
    assert [(f.path, f.severity, f.line, f.period, f.stated, f.observed) for f in found] == [
        ("second.txt", "warning", 9, "2018", 4398, 4398), ("second.txt", "warning", 10, "2018", 4398, 4398),
    ]
    assert found[0].message.endswith("the same figure under other unit words — do not read them as one series")


def test_the_same_table_with_its_rows_in_another_order_revises_nothing():
    rows = ["908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 40 44\n",
            "908013: Educatieve bachelor voor lager onderwijs - 3de jaar 23 24\n",
            "Graduaat in het onderwijs 5 6\n"]
    prose = "2. Het aantal unieke cursisten dat slaagde."
    first = _answer(_started(74, "14 oktober 2022", prose, "".join(rows) + "Totaal 66 72\n"), "first.txt")
    second = _answer(_started(80, "2022-11-14", prose, "".join(reversed(rows)) + "Totaal 66 72\n"), "second.txt")
    assert [f for f in audit([second, first]).findings if f.rule == "figure-revised"] == []


def test_a_programme_named_without_code_is_the_same_figure_however_spelt_in_two_answers():
    """``Graduaat orthopedagogie - 1ste jaar`` in one answer, ``Graduaat Orthopedagogie 1e jaar``
    in the next: one programme, its 2021 figure revised by 2. It was compared with nothing (two
    rows' words). ``Bachelor in de verpleegkunde (1)`` and ``Bach. verpleegkunde`` print the
    same 2021 figure: no revision."""
    earlier = _answer(ZORG.replace("12 januari 2023", "12 oktober 2022") + "1. Het aantal gestarte unieke cursisten "
                      "per opleiding.\n\nOpleiding 2020 2021\nGraduaat orthopedagogie - 1ste jaar 118 131\n"
                      "Bachelor in de verpleegkunde (1) 50 60\nTotaal 160 180\n", "earlier.txt")
    later = _answer(ZORG.replace("nr. 12", "nr. 40") + "1. Het aantal gestarte unieke cursisten per opleiding.\n\n"
                    "Opleiding 2021 2022\nBach. verpleegkunde 60 66\nGraduaat Orthopedagogie 1e jaar 133 140\n"
                    "Totaal 182 200\n", "later.txt")
    assert _found(later, earlier, rules=("figure-revised",)) == [
        ("later.txt", "figure-revised", "info", 10, "2021", None, "Graduaat Orthopedagogie 1e jaar", 133, 131),
        ("later.txt", "figure-revised", "info", 11, "2021", None, "Totaal", 182, 180),
    ]


def test_a_partial_period_that_grew_but_is_partial_still_is_not_called_completed():
    """2022* half a year in October, 2022* up to September in January: the figure grew, but the
    later answer marks it partial too. It was reported as 'the period was completed'."""
    later_text = (_graduates_2023("12 januari 2023").replace("Opleiding 2021 2022\n", "Opleiding 2021 2022*\n")
                  + "\n*Voorlopige cijfers: 2022 tot en met september.\n")
    later, earlier = _answer(later_text, "later.txt"), _answer(GRADUATES_2022, "earlier.txt")
    assert later.tables[0].periods[1].partial
    found = [f for f in audit([earlier, later]).findings if f.rule == "figure-revised" and f.period == "2022"]
    assert [(f.severity, f.line, f.stated, f.observed) for f in found] == [
        ("info", 9, 50, 24), ("info", 10, 41, 19), ("info", 11, 91, 43)]
    assert found[0].message == ('908013 for 2022 in the table "Opleiding" is 50; earlier.txt:10 (the earlier answer: '
                                "question 74 of 2022-10-14) printed 24 while "
                                "2022 was partial, and it is partial here too: the period grew (+26) and is not "
                                "complete yet — it may grow further: do not quote it as the whole period's figure")
    nl = [f.message for f in audit([earlier, later], lang="nl").findings
          if f.rule == "figure-revised" and f.period == "2022"][0]
    assert nl.endswith("toen 2022 nog onvolledig was, en ook hier is ze onvolledig: de periode groeide aan (+26) "
                       "en is nog niet volledig — het kan nog groeien: citeer het niet als het cijfer van de hele periode")
    completed = [f.message for f in audit([earlier, _answer(_graduates_2023("12 januari 2023"), "later.txt")]).findings
                 if f.rule == "figure-revised" and f.period == "2022"][0]
    assert completed.endswith("while 2022 was partial: the period was completed (+26) — quote this figure for "
                              "the whole period, not the earlier one")
