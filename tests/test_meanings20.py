"""What the prose and the tables mean (round 20).

1. The counts an item's prose states: a number that opens a range of time (``van 1 tot 3
   jaar``) is no count; a count after a reference to a question (``vraag 3, 577 personen``) is.
2. A period that the prose cuts short in words (``het eerste kwartaal van 2024``, ``tot eind
   september``) is partial — and only the period the words are of, not every year the sentence
   names.
3. A table of values whose row cannot be placed: its message says why its total cannot decide.

Small answers, single-spaced as the seeds; findings asserted exactly.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okot_audit import audit, read_text
from okot_audit.parse.questions import prose_counts

HEAD = "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 345 van 14 oktober 2024\n\n"
TABLE = ("Opleiding 2023 2024\n"
         "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 14 19\n"
         "908013: Educatieve bachelor voor lager onderwijs - 3de jaar 23 24\n"
         "Totaal 37 43\n")


def _found(*answers, rules: tuple[str, ...] = (), **options) -> list[tuple]:
    """(rule, severity, line, period) of each finding, error-located's aside."""
    return [(f.rule, f.severity, f.line, f.period) for f in audit(list(answers), **options).findings
            if f.rule != "error-located" and (not rules or f.rule in rules)]


# 1. Counts in the prose.

@pytest.mark.parametrize("text, counts", [
    ("Opleidingen van 1 tot 3 jaar volgden 577 personen.", (577,)),
    ("Opleidingen van 1 tot en met 3 jaar volgden 577 personen.", (577,)),
    ("Een opleiding van 1 \u00e0 3 jaar; tussen 2 en 5 maanden stage.", ()),
    ("De premie bedraagt 1.000 tot 2.000 euro; 12 starters kregen ze.", (12,)),
    ("In antwoord op vraag 3, 577 personen startten.", (577,)),
    ("Wat vragen 3 en 4 betreft, 577 unieke cursisten startten.", (577,)),
    ("Zie vraag 3: 577 personen.", (577,)),
    ("In antwoord op mijn schriftelijke vragen nrs. 12, 13 en 14 van 3 maart 2023: 4.774 inschrijvingen.", (4774,)),
    ("Zoals gemeld in vragen 3 en 4 over de personen.", ()),
])
def test_prose_counts_leave_ranges_of_time_out_and_keep_a_count_after_a_reference(text, counts):
    """``van 1 tot 3 jaar`` gave the count 1 (only the 3 stood before ``jaar``); ``vraag 3, 577
    personen`` lost the 577 to the reference's list (``vragen nrs. 12, 13 en 14``)."""
    assert prose_counts(text) == counts


def test_a_deferring_item_quotes_the_count_after_a_question_reference_and_no_duration():
    """The item that defers its figures said it gave '1' (of ``1 tot 3 jaar``) and not the 577."""
    text = (HEAD + "1. In antwoord op vraag 3, 577 personen volgden een opleiding van 1 tot 3 jaar. "
            "De overige cijfers zijn pas beschikbaar vanaf 1 februari 2025.\n")
    [message] = [f.message for f in audit([read_text(text, "a.txt")]).findings if f.rule == "answer-deferred"]
    assert "gives some figures in its text (577)" in message


@given(st.integers(1, 9), st.integers(1, 9), st.sampled_from(["jaar", "maanden", "weken", "euro"]),
       st.sampled_from(["tot", "tot en met", "\u00e0", "-", "en"]), st.integers(10, 9999))
def test_a_range_of_a_measure_is_never_a_count_and_the_count_beside_it_always_is(low, high, unit, joint, count):
    """Built from its parts: a range of time or money, then a count of persons."""
    text = f"Opleidingen van {low} {joint} {low + high} {unit} werden door {count:,} cursisten gevolgd.".replace(",", ".")
    assert prose_counts(text) == (count,)


# 2. Periods the prose cuts short.

@pytest.mark.parametrize("sentence", [
    "Hieronder vindt u het aantal geslaagde cursisten in 2023 en in het eerste kwartaal van 2024.",
    "Hieronder vindt u het aantal geslaagde cursisten in 2023 en de eerste helft van 2024.",
    "Hieronder vindt u het aantal geslaagde cursisten in 2023 en in het eerste semester van 2024.",
    "Hieronder vindt u het aantal geslaagde cursisten in 2023 en in de eerste drie maanden van 2024.",
    "Hieronder vindt u het aantal geslaagde cursisten in 2023 en 2024 (tot en met oktober).",
    "Hieronder vindt u het aantal geslaagde cursisten van januari 2023 tot en met juni 2024.",
    "Hieronder vindt u het aantal geslaagde cursisten. De cijfers voor 2024 lopen tot eind september.",
    "Hieronder vindt u het aantal geslaagde cursisten. De cijfers voor 2024 gaan tot 30 september.",
    "Hieronder vindt u het aantal geslaagde cursisten. Voor 2024 gaat het enkel om het eerste kwartaal.",
    "Hieronder vindt u de geslaagde cursisten van januari tot en met juni 2024 en van heel 2023.",
])
def test_a_part_of_a_year_in_the_prose_makes_that_year_partial_and_no_other(sentence):
    """``het eerste kwartaal van 2024`` (``semester``, ``de eerste drie maanden``, ``tot eind
    september``) left 2024 whole; ``de eerste helft van 2024`` and ``tot en met juni 2024`` made
    2023 partial too, as every year the sentence named."""
    answer = read_text(HEAD + "1. " + sentence + "\n\n" + TABLE, "a.txt")
    [table] = answer.tables
    assert [(p.label, p.partial) for p in table.periods] == [("2023", False), ("2024", True)]
    assert _found(answer) == [("partial-period", "info", 8, "2024")]


@pytest.mark.parametrize("sentence, partial", [
    # provisional words say it of every year the sentence names
    ("Hieronder vindt u de cijfers voor 2023 en de eerste helft van 2024; alle cijfers zijn voorlopig.",
     [("2023", True), ("2024", True)]),
    # a part of a year in passing is no period cut short
    ("In 2023 slaagden 37 cursisten, van wie 20 in het eerste semester. Hieronder de cijfers voor 2023 en 2024.",
     [("2023", False), ("2024", False)]),
    ("Hieronder vindt u de cijfers van 2023 en 2024, tot en met december.", [("2023", False), ("2024", False)]),
])
def test_provisional_words_and_parts_of_a_year_in_passing(sentence, partial):
    answer = read_text(HEAD + "1. " + sentence + "\n\n" + TABLE, "a.txt")
    assert [(p.label, p.partial) for p in answer.tables[0].periods] == partial


# 3. A table of values whose row cannot be placed.

VALUES = ("OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 345 van 14 oktober 2022\n\n"
          "1. Hieronder vindt u de gemiddelde duur per opleiding.\n\n"
          "Opleiding 2020 2021 2022\n"
          "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 14 maanden 19 maanden\n"
          "908013: Educatieve bachelor voor lager onderwijs - 3de jaar 23 maanden 24 maanden 22 maanden\n"
          "{total}")


def test_a_table_of_values_says_its_total_cannot_place_a_row():
    """It said 'there is no total to decide' above the table's own ``Totaal`` line."""
    answer = read_text(VALUES.format(total="Totaal 18 maanden 21 maanden 20 maanden\n"), "a.txt")
    [en] = [f.message for f in audit([answer]).findings if f.rule == "ambiguous-alignment"]
    assert en == ("row 908003: the spacing does not say in which of the 3 periods each of its figures stands, and "
                  "the table's total line cannot decide it: the table prints values ('gemiddelde'), and its total is "
                  "no sum of its rows; the row is not read (numbers: 14, 19); give okot-audit the PDF itself or "
                  "text from 'pdftotext -layout'")
    [nl] = [f.message for f in audit([answer], lang="nl").findings if f.rule == "ambiguous-alignment"]
    assert "de totaalregel van de tabel kan het niet beslissen: de tabel geeft waarden ('gemiddelde')" in nl


def test_a_table_of_values_without_a_total_still_says_there_is_none():
    answer = read_text(VALUES.format(total=""), "a.txt")
    [en] = [f.message for f in audit([answer]).findings if f.rule == "ambiguous-alignment"]
    assert "and there is no total to decide" in en


# 4. What a question asks for in time.

QUESTION = ("OKOT's - Onderwijssector\n\n"
            "1. Hoeveel unieke cursisten startten {ask} een OKOT in de onderwijssector?\n\n"
            "ANTWOORD\nop vraag nr. 74 van 14 oktober 2022\n\n1. Hieronder vindt u het aantal gestarte cursisten.\n\n"
            "Unieke cursisten met gestarte OKOT'(s) 2019 2020 2021\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71 138\n"
            "908011: Educatieve bachelor voor lager onderwijs - 1ste jaar 20 30 40\n"
            "Totaal 70 101 178\n")


@pytest.mark.parametrize("ask, words, missing", [
    ("sinds 2018", "sinds 2018", "2018, 2022"),
    ("sedert 2019", "sedert 2019", "2022"),
    ("vanaf 2018", "vanaf 2018", "2018, 2022"),
    ("van 2018 tot nu", "van 2018 tot nu", "2018, 2022"),
    ("tussen 2018 en 2022", "tussen 2018 en 2022", "2018, 2022"),
    ("in 2018, 2019, 2020 en 2021", "in 2018, 2019, 2020 en 2021", "2018"),
    ("in 2021 en in 2022", "in 2021 en in 2022", "2022"),
])
def test_a_question_for_the_years_since_one_between_two_or_a_list_is_compared_with_the_table(ask, words, missing):
    """``sinds 2018`` (up to the question's year), ``tussen 2018 en 2022`` and a list of years were
    not read as periods asked for (no ``period-not-given``), and ``in 2018, 2019, 2020 en 2021``
    asked for 2018 alone."""
    answer = read_text(QUESTION.format(ask=ask), "a.txt")
    [found] = [f for f in audit([answer]).findings if f.rule == "period-not-given"]
    asked = len(answer.asked[0].periods)
    assert (found.line, found.stated, found.observed) == (10, 3, asked)
    assert found.message == (
        f"question 1 (line 3) asks for {asked} years (\"{words}\"); the table \"Unieke cursisten met gestarte "
        f"OKOT'(s)\" (line 10) gives 3: 2019, 2020, 2021; {missing} missing \u2014 the answer gives no reason")


@pytest.mark.parametrize("ask", ["sinds 2019", "tussen 2019 en 2021", "in 2019, 2020 en 2021", "in 2020 en 2021",
                                 # the first years the question names are those it asks the table for
                                 "in 2021 en hoeveel daarvan slaagden in 2022 of 2023; hoeveel"])
def test_a_table_that_gives_every_year_asked_for_is_not_reported(ask):
    text = QUESTION.format(ask=ask).replace("14 oktober 2022", "14 oktober 2021")
    assert _found(read_text(text, "a.txt"), rules=("period-not-given",)) == []


def test_since_a_year_needs_the_questions_own_date():
    """Without the question's date, ``sinds 2018`` runs up to no known year: nothing is asked."""
    text = QUESTION.format(ask="sinds 2018").replace("op vraag nr. 74 van 14 oktober 2022\n", "")
    assert read_text(text, "a.txt").asked == ()


# 5. Deferred figures in other wordings.

@pytest.mark.parametrize("sentence, when, day", [
    ("De cijfers over uitval zullen in de loop van maart 2023 beschikbaar zijn.", "in de loop van maart 2023", None),
    ("De cijfers over uitval zijn pas beschikbaar vanaf 01/02/2021.", "vanaf 01/02/2021", "2021-02-01"),
    ("De cijfers over uitval zijn pas beschikbaar vanaf 1.2.2021.", "vanaf 1.2.2021", "2021-02-01"),
    ("De cijfers over uitval zijn pas beschikbaar vanaf 1ste februari 2021.", "vanaf 1ste februari 2021", "2021-02-01"),
    ("De cijfers over uitval zijn pas vanaf 1 februari 2021 beschikbaar.", "vanaf 1 februari 2021", "2021-02-01"),
    ("De cijfers over uitval kunnen pas na 15 maart 2023 worden bezorgd.", "na 15 maart 2023", "2023-03-15"),
    ("De cijfers over uitval worden pas in het voorjaar van 2023 gepubliceerd.", "in het voorjaar van 2023", None),
    ("De cijfers over uitval zijn ten vroegste op 1 maart 2023 beschikbaar.", "ten vroegste op 1 maart 2023",
     "2023-03-01"),
    ("Die cijfers worden nog verwerkt en worden na 1 maart 2023 beschikbaar gesteld.", "na 1 maart 2023", "2023-03-01"),
    ("Deze gegevens kan ik u pas bezorgen na de tweede examenperiode, in oktober 2023.", "in oktober 2023", None),
    ("De cijfers over uitval volgen in februari 2023.", "in februari 2023", None),
    ("Wij beschikken nog niet over deze cijfers.", "", None),
    ("Voor 2022 zijn de cijfers over uitval nog niet beschikbaar.", "", None),
])
def test_a_deferral_in_other_words_is_reported_with_when(sentence, when, day):
    """Each was no ``answer-deferred`` (the item was passed in silence), or said 'after 2021'
    (a day written with digits, or a year the figures are of: ``Voor 2022``)."""
    from okot_audit.parse.questions import deferrals_in

    [found] = deferrals_in([sentence], 1, 1, 2)
    assert (found.when, found.date, found.sentence) == (when, day, sentence)


def test_a_deferral_whose_next_sentence_says_when_is_one_finding_quoting_both():
    text = (HEAD + "1. Hieronder de cijfers.\n\n" + TABLE + "\n2. De cijfers over uitval zijn nog niet beschikbaar. "
            "Ze worden verwacht tegen eind februari 2025.\n")
    [message] = [f.message for f in audit([read_text(text, "a.txt")]).findings if f.rule == "answer-deferred"]
    assert message == ('item 2 of the answer gives no figures: "De cijfers over uitval zijn nog niet beschikbaar. Ze '
                       'worden verwacht tegen eind februari 2025." \u2014 ask again when the answer says they come '
                       '("tegen eind februari 2025")')
    [dutch] = [f.message for f in audit([read_text(text, "a.txt")], lang="nl").findings if f.rule == "answer-deferred"]
    assert dutch.endswith('vraag ze opnieuw wanneer het antwoord ze belooft ("tegen eind februari 2025")')


@pytest.mark.parametrize("sentence", [
    "In 2023 worden 500 nieuwe cursisten verwacht in Antwerpen.",
    "De cijfers worden per provincie bezorgd in de tabel.",
    "Pas na 3 jaar behalen ze het diploma, in 2023.",
])
def test_sentences_that_defer_nothing(sentence):
    from okot_audit.parse.questions import deferrals_in

    assert deferrals_in([sentence], 1, 1, 2) == []


# 6. Stages of programmes named without a code.

GRADUATES = ("OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 74 van 14 oktober 2022\n\n"
             "1. Hieronder het aantal geslaagde cursisten per opleiding.\n\nOpleiding 2020 2021\n{rows}Totaal {total}\n")


@pytest.mark.parametrize("first, code", [
    ("Bachelor verpleegkunde 1ste jaar", "900611"),
    ("Bach. verpleegkunde (jaar 1)", "900611"),
    ("Graduaat orthopedagogie 1e jaar", "903631"),
    ("HBO5 verpleegkunde modules 1-4", "900714"),
])
def test_a_shortened_programme_name_with_a_first_stage_among_graduates_is_reported(first, code):
    """``Bachelor verpleegkunde 1ste jaar`` was matched to no stage (only the code's own label
    was, word for word): a first year among graduates went unreported."""
    answer = read_text(GRADUATES.format(rows=f"{first} 12 14\nProfessionele bachelor verpleegkunde - 3de jaar 30 35\n",
                                        total="42 49"), "a.txt")
    [found] = [f for f in audit([answer]).findings if f.rule == "stage-not-final"]
    assert (found.line, found.label) == (9, first)
    assert f"by the catalogue (code {code}), which cannot be a final stage" in found.message


def test_earlier_years_of_a_programme_the_catalogue_does_not_know_are_no_final_stage():
    """A programme outside the catalogue said nothing; its years before the last one the table
    lists are reported by the table's own rows."""
    rows = ("Bachelor kinderzorg - 1ste jaar 12 14\nBachelor kinderzorg - 2de jaar 5 6\n"
            "Bachelor kinderzorg - 3de jaar 30 35\nGraduaat kinderzorg 1e jaar 3 4\n")
    answer = read_text(GRADUATES.format(rows=rows, total="50 59"), "a.txt")
    found = [(f.line, f.label, f.severity) for f in audit([answer]).findings if f.rule == "stage-not-final"]
    assert found == [(9, "Bachelor kinderzorg - 1ste jaar", "warning"), (10, "Bachelor kinderzorg - 2de jaar", "warning")]
    [en, _] = [f.message for f in audit([answer]).findings if f.rule == "stage-not-final"]
    assert en == ("the programme 'Bachelor kinderzorg - 1ste jaar' is year 1 of a programme whose year 3 the table "
                  "lists too ('Bachelor kinderzorg - 3de jaar', line 11), so it cannot be a final stage, yet it stands "
                  "in a graduates table; only final years end in a diploma, so these figures count no graduates — a "
                  "wrong stage, or a row of another table")
    [nl, _] = [f.message for f in audit([answer], lang="nl").findings if f.rule == "stage-not-final"]
    assert nl.startswith("de opleiding 'Bachelor kinderzorg - 1ste jaar' is jaar 1 van een opleiding waarvan de "
                         "tabel ook jaar 3 geeft ('Bachelor kinderzorg - 3de jaar', regel 11)")


@given(st.lists(st.integers(1, 4), min_size=1, max_size=4, unique=True))
def test_only_the_last_year_a_table_lists_of_an_unknown_programme_passes(years):
    """Built from the years listed: every year but the last is reported, in any order."""
    ordinal = {1: "1ste", 2: "2de", 3: "3de", 4: "4de"}
    rows = "".join(f"Bachelor kinderzorg - {ordinal[y]} jaar {y} {y + 1}\n" for y in years)
    answer = read_text(GRADUATES.format(rows=rows, total=f"{sum(years)} {sum(years) + len(years)}"), "a.txt")
    reported = {f.label for f in audit([answer]).findings if f.rule == "stage-not-final"}
    assert reported == {f"Bachelor kinderzorg - {ordinal[y]} jaar" for y in years if y != max(years)}


# 7. Sentences that say what a table counts by saying what it does not.

@pytest.mark.parametrize("sentence", [
    "Het gaat niet om unieke personen, maar om inschrijvingen.",
    "Het gaat hier niet om unieke cursisten maar om inschrijvingen.",
    "Dit zijn inschrijvingen, geen unieke personen.",
    "Het zijn inschrijvingen: een cursist kan meermaals voorkomen.",
])
def test_a_table_said_to_count_enrolments_not_persons_adds_up(sentence):
    """``Het gaat niet om unieke personen, maar om inschrijvingen.`` said nothing of the table
    (no word of it pointed at the table): its total was read as unique persons and a total 2
    below its rows' sum was information about persons counted twice, not an error."""
    text = (HEAD + "1. Hieronder de gestarte opleidingen. " + sentence + "\n\n"
            + TABLE.replace("Totaal 37 43", "Totaal 35 47"))
    answer = read_text(text, "a.txt")
    assert [(t.unit, t.unique_persons) for t in answer.tables] == [("inschrijvingen", False)]
    assert _found(answer, rules=("parts-exceed-total", "total-exceeds-parts")) == [
        ("parts-exceed-total", "error", 11, "2023"), ("total-exceeds-parts", "error", 11, "2024")]


# 8. The same figure where one answer says no unit.

REVISED = ("OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. {n} van {d}\n\n1. {s}\n\nOpleiding 2020 2021\n"
           "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71\n"
           "908011: Educatieve bachelor voor lager onderwijs - 1ste jaar 20 30\nTotaal 70 {last}\n")


def test_a_table_that_says_no_unit_differs_in_no_unit_words_from_another():
    """An answer that does not say what its table counts was said to print '50 unique persons'
    against another's '50 enrolments': six warnings of 'the same figure under other unit words'
    for a table that has none."""
    earlier = read_text(REVISED.format(n=12, d="3 maart 2022", s="Hieronder de gestarte opleidingen.", last=101), "a.txt")
    later = read_text(REVISED.format(n=74, d="14 oktober 2022", s="Hieronder het aantal inschrijvingen.", last=104),
                      "b.txt")
    assert [f for f in audit([earlier, later]).findings if f.rule == "figure-revised" and "unit" in f.message] == []
    [(severity, message)] = [(f.severity, f.message) for f in audit([earlier, later]).findings
                             if f.rule == "figure-revised"]
    assert severity == "info" and message.startswith('Totaal for 2021 in the table "Opleiding" is 104 but 101 in a.txt:11')


def test_two_tables_whose_words_name_different_units_still_warn():
    earlier = read_text(REVISED.format(n=12, d="3 maart 2022", s="Hieronder het aantal unieke cursisten dat een OKOT startte.", last=101),
                        "a.txt")
    later = read_text(REVISED.format(n=74, d="14 oktober 2022", s="Hieronder het aantal inschrijvingen.", last=101),
                      "b.txt")
    found = [(f.severity, f.line, f.period) for f in audit([earlier, later]).findings if f.rule == "figure-revised"]
    assert found == [("warning", line, period) for line in (9, 10, 11) for period in ("2020", "2021")]


# 9. What a revision means for the reader.

@pytest.mark.parametrize("lang, ending", [
    ("en", "revised upwards by 3 \u2014 quote the later figure, and do not mix the two answers' figures in one series"),
    ("nl", "opwaarts herzien met 3 \u2014 citeer het latere cijfer, en meng de cijfers van beide antwoorden niet in "
           "\u00e9\u00e9n reeks"),
])
def test_a_revision_upwards_says_what_it_means_for_the_reader(lang, ending):
    """The message said where and by how much, but not what to do with the two figures."""
    earlier = read_text(REVISED.format(n=12, d="3 maart 2022", s="Hieronder de gestarte opleidingen.", last=101), "a.txt")
    later = read_text(REVISED.format(n=74, d="14 oktober 2022", s="Hieronder de gestarte opleidingen.", last=104),
                      "b.txt")
    [found] = [f for f in audit([earlier, later], lang=lang).findings if f.rule == "figure-revised"]
    assert found.message.endswith(ending)
    assert found.meaning == ending.split(" \u2014 ", 1)[1]


# 10. A breakdown of one year beside the table of every year asked for.

BREAKDOWN = ("OKOT's - Zorgsector\n\n"
             "1. Hoeveel unieke cursisten startten in de vijf recentste jaren een OKOT? Graag ook een opdeling per "
             "provincie voor 2022.\n\n"
             "ANTWOORD\nop vraag nr. 74 van 14 oktober 2023\n\n1. Hieronder vindt u het aantal gestarte cursisten.\n\n"
             "Opleiding {years}\n"
             "Professionele bachelor verpleegkunde - 1ste jaar 50 71 138 102 90\n"
             "Graduaat orthopedagogie - 1ste jaar 20 30 40 50 60\n"
             "Totaal 70 101 178 152 150\n\n"
             "Per provincie in 2022:\n\nProvincie Aantal\nAntwerpen 50\nLimburg 40\nOost-Vlaanderen 60\nTotaal 150\n")


def test_a_breakdown_of_one_year_beside_every_year_asked_for_is_no_period_not_given():
    """The province table of 2022 was said to give '1' of the five years asked for."""
    answer = read_text(BREAKDOWN.format(years="2018 2019 2020 2021 2022"), "a.txt")
    assert _found(answer, rules=("period-not-given",)) == []


def test_a_breakdown_beside_a_table_that_lacks_years_is_still_reported():
    answer = read_text(BREAKDOWN.format(years="2017 2018 2019 2020 2022").replace(
        "Per provincie in 2022", "Per provincie in 2021"), "a.txt")
    assert [(f.line, f.stated) for f in audit([answer]).findings if f.rule == "period-not-given"] == [(17, 1)]


def test_a_question_for_school_years_is_counted_in_school_years():
    """'asks for 5 years ("laatste vijf schooljaren")' beside 'gives 4 school years'."""
    text = ("OKOT's - Onderwijssector\n\n1. Hoeveel unieke cursisten startten in de laatste vijf schooljaren een OKOT?\n\n"
            "ANTWOORD\nop vraag nr. 74 van 14 oktober 2023\n\n1. Hieronder vindt u het aantal gestarte cursisten.\n\n"
            "Opleiding 2019-2020 2020-2021 2021-2022 2022-2023\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71 138 102\n"
            "908011: Educatieve bachelor voor lager onderwijs - 1ste jaar 20 30 40 50\nTotaal 70 101 178 152\n")
    answer = read_text(text, "a.txt")
    [en] = [f.message for f in audit([answer]).findings if f.rule == "period-not-given"]
    assert en.startswith('question 1 (line 3) asks for 5 school years ("laatste vijf schooljaren"); the table '
                         '"Opleiding" (line 10) gives 4 school years')
    [nl] = [f.message for f in audit([answer], lang="nl").findings if f.rule == "period-not-given"]
    assert nl.startswith('vraag 1 (regel 3) vraagt naar 5 schooljaren ("laatste vijf schooljaren")')


# 11. More words for what a table counts.

MEASURED = ("OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 345 van 14 oktober 2022\n\n1. {s}\n\nOpleiding 2020 2021\n"
            "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 50 71\n"
            "908013: Educatieve bachelor voor lager onderwijs - 3de jaar 20 30\nTotaal 68 101\n")


@pytest.mark.parametrize("sentence, measure", [
    ("Hieronder het aantal cursisten dat afstudeerde.", "graduated"),
    ("Hieronder het aantal cursisten dat de opleiding voltooide.", "graduated"),
    ("Hieronder het aantal cursisten dat de opleiding heeft afgewerkt.", "graduated"),
    ("Hieronder het aantal cursisten dat voortijdig de opleiding verliet.", "stopped_or_failed"),
    ("Hieronder het aantal cursisten dat de opleiding be\u00ebindigde zonder diploma.", "stopped_or_failed"),
    ("Hieronder het aantal cursisten dat de opleiding verliet zonder een diploma.", "stopped_or_failed"),
    ("Hieronder het aantal afgebroken trajecten.", "stopped_or_failed"),
    ("Hieronder het aantal nieuwe instromers.", "started"),
    ("Hieronder het aantal nieuwe cursisten.", "started"),
    ("Hieronder het aantal cursisten dat een OKOT aanvatte.", "started"),
    # persons without a diploma are a profile, not drop-outs
    ("Hieronder het aantal gestarte cursisten zonder diploma secundair onderwijs.", "started"),
])
def test_more_words_say_what_a_table_counts(sentence, measure):
    """Each was ``unknown`` (a ``measure-unknown`` finding; a graduates table not checked for
    stages, no figure compared with other answers')."""
    [table] = read_text(MEASURED.format(s=sentence), "a.txt").tables
    assert table.measure == measure


CUTS = ("het eerste kwartaal van {y}", "de eerste helft van {y}", "het eerste semester van {y}",
        "de eerste drie maanden van {y}", "januari tot en met juni {y}", "{y} (tot en met oktober)",
        "{y} (cijfers tot eind september)")


@given(st.integers(2, 4), st.data())
def test_the_year_a_part_of_a_year_names_is_the_one_partial_wherever_the_sentence_names_it(count, data):
    """Built from the years of a table and the one the prose cuts short, in any place of the
    sentence and any of the forms: that year is partial, no other."""
    years = list(range(2020, 2020 + count))
    cut = data.draw(st.sampled_from(years))
    form = data.draw(st.sampled_from(CUTS))
    named = [form.format(y=y) if y == cut else str(y) for y in years]
    sentence = "Hieronder het aantal geslaagde cursisten in " + ", ".join(named[:-1]) + " en in " + named[-1] + "."
    header = "Opleiding " + " ".join(map(str, years))
    rows = "".join(f"{code}: Educatieve bachelor - 3de jaar " + " ".join("5" for _ in years) + "\n"
                   for code in ("908003", "908013"))
    text = HEAD + "1. " + sentence + "\n\n" + header + "\n" + rows + "Totaal " + " ".join("10" for _ in years) + "\n"
    [table] = read_text(text, "a.txt").tables
    assert [(p.label, p.partial) for p in table.periods] == [(str(y), y == cut) for y in years]


# 12. The sector a title names without the word "sector", or several as one.

SECTOR_ANSWER = ("{title}\n\nANTWOORD\nop vraag nr. 74 van 14 oktober 2023\n\n"
                 "1. Hieronder vindt u het aantal gestarte cursisten.\n\nOpleiding 2021 2022\n"
                 "900611: Professionele bachelor verpleegkunde - 1ste jaar 50 71\n"
                 "908011: Educatieve bachelor voor lager onderwijs - 1ste jaar 20 30\nTotaal 70 101\n")


@pytest.mark.parametrize("title, sector, outside", [
    # named as the title's subject: the other sector's code is checked (it was not: no sector)
    ("OKOT's in de zorg", "zorg", "908011"),
    ("OKOT's in het onderwijs", "onderwijs", "900611"),
    ("OKOT's - Onderwijs", "onderwijs", "900611"),
    ("OKOT's in de zorg - stand van zaken", "zorg", "908011"),
    # several sectors as one: a code of either belongs (900611 was an error under 'welzijn')
    ("OKOT's in de zorg- en welzijnssector", "zorg en welzijn", "908011"),
    ("OKOT's - zorg en welzijn", "zorg en welzijn", "908011"),
])
def test_the_sector_a_title_names(title, sector, outside):
    answer = read_text(SECTOR_ANSWER.format(title=title), "a.txt")
    assert answer.sector == sector
    assert [f.training_code for f in audit([answer]).findings if f.rule == "code-outside-sector"] == [outside]


@pytest.mark.parametrize("title", ["OKOT's per sector en per provincie", "OKOT's - cijfers 2022", "OKOT's in de praktijk",
                                   "OKOT's voor leerkrachten"])
def test_a_title_that_names_no_sector(title):
    assert read_text(SECTOR_ANSWER.format(title=title), "a.txt").sector is None


# 13. The quick looks of the words above change no answer.

PIECES = ("De cijfers", "zijn", "pas", "nog niet", "ten vroegste", "worden", "na", "1 maart 2023", "beschikbaar",
          "bezorgd", "volgen", "in februari 2024", "voorlopig", "het eerste kwartaal van", "2024", "tot eind september",
          "tot 30 juni", "enkel om", "de eerste drie maanden", "Pasen", "tottaal", "eersteling", "Noten", "van wie 20")


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12))
def test_the_quick_looks_give_what_the_whole_patterns_give(pieces):
    """Built from the words the patterns look for and words that hold them (``Pasen``,
    ``tottaal``): searched with their quick looks (one look for the words every part needs,
    each word searched first), the patterns find a match exactly where their whole alternation,
    searched case-insensitively with no quick look, finds one."""
    import re

    from okot_audit.parse import context, questions

    text = " ".join(pieces) + "."
    for quick in (questions._LATER, context._PARTIAL):
        parts = [p for group in quick.patterns for p in getattr(group, "patterns", (group,))]
        plain = [re.compile(p.pattern, re.I) for p in parts if hasattr(p, "pattern")]
        whole = any(p.search(text) for p in plain) or any(
            p.search(text) is not None for p in parts if not hasattr(p, "pattern"))
        assert (quick.search(text) is not None) == whole
