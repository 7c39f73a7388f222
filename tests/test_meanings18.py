"""What an answer's figures mean, in wordings earlier tests do not use (round 18).

Small answers, single-spaced as the seeds, each about one meaning: which evidence says what a
table counts when the header and the prose differ or a sentence names several measures, how
the same figure in two answers is matched and said, which numbers of the prose are figures,
and what a total over withheld parts can still tell. The findings are asserted exactly.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text


def _answer(text: str, name: str = "a.txt"):
    return read_text(text, name)


def _found(*answers, rules: tuple[str, ...] = (), **options) -> list[tuple]:
    """(path, rule, severity, line, period, code, label, stated, observed) of each finding,
    error-located's aside (it says which figure may be wrong, not whether one is)."""
    return [
        (f.path, f.rule, f.severity, f.line, f.period, f.training_code, f.label, f.stated, f.observed)
        for f in audit(list(answers), **options).findings
        if f.rule != "error-located" and (not rules or f.rule in rules)
    ]


ONDERWIJS = "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. {number} van {date}\n\n"
CODED = (
    "Opleiding 2021 2022\n"
    "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar {a} 19\n"
    "908013: Educatieve bachelor voor lager onderwijs - 3de jaar {b} 24\nTotaal {t} 43\n"
)


# 1. What a table counts: the nearest and most specific words decide.

BY_EDUCATION = (
    "Hoogst behaalde diploma 2021 2022\nlaaggeschoold 40 19\nmiddengeschoold 23 24\nhooggeschoold 10 5\n"
    "Totaal 73 48\n"
)


@pytest.mark.parametrize("lead, measure", [
    ("1. Hieronder vindt u het aantal unieke cursisten dat in 2021 en 2022 een OKOT startte.\n\n", "started"),
    ("1. Hieronder vindt u het aantal unieke cursisten dat stopte, naar scholingsniveau.\n\n", "stopped_or_failed"),
    ("1. Hieronder vindt u het profiel van de cursisten.\n\n", "unknown"),
])
def test_a_person_s_highest_diploma_in_the_header_names_the_rows_not_the_measure(lead, measure):
    """``Hoogst behaalde diploma`` over rows of education levels is the persons' own diploma:
    the table was read as graduates whatever the sentence above it said."""
    answer = _answer(ONDERWIJS.format(number=345, date="14 oktober 2022") + lead + BY_EDUCATION)
    assert [t.measure for t in answer.tables] == [measure]


@pytest.mark.parametrize("lead, measure", [
    ("1. Hieronder vindt u het aantal cursisten dat startte, en of ze al een diploma hadden.\n\n", "started"),
    ("1. De gevraagde cijfers:\n\n", "graduated"),
])
def test_a_diploma_behaald_header_yields_to_the_sentence_that_says_what_the_table_counts(lead, measure):
    """A singular ``Diploma behaald`` may be the persons' diploma as much as graduates: the
    sentence before the table that says what it counts decides; without one, graduates."""
    table = "Diploma behaald 2021 2022\nJa 40 19\nNee 23 24\nTotaal 63 43\n"
    answer = _answer(ONDERWIJS.format(number=345, date="14 oktober 2022") + lead + table)
    assert [t.measure for t in answer.tables] == [measure]


SEVERAL = "1. Hieronder vindt u het aantal gestarte en geslaagde cursisten.\n\n"


def test_a_sentence_naming_two_measures_over_one_table_leaves_it_unknown_and_says_why():
    """Before, the table was of the first measure in the pattern order (graduates), silently."""
    text = ONDERWIJS.format(number=345, date="14 oktober 2022") + SEVERAL + CODED.format(a=40, b=23, t=63)
    answer = _answer(text)
    assert [t.measure for t in answer.tables] == ["unknown"]
    found = [f for f in audit([answer]).findings if f.rule == "measure-unknown"]
    assert [(f.line, f.severity) for f in found] == [(8, "info")]
    assert "which of starters or graduates" in found[0].message
    dutch = [f for f in audit([answer], lang="nl").findings if f.rule == "measure-unknown"]
    assert "welke van starters of geslaagden" in dutch[0].message


@pytest.mark.parametrize("lead, measures", [
    (SEVERAL, ["started", "graduated"]),
    ("1. Het aantal geslaagde en gestarte cursisten vindt u hieronder.\n\n", ["graduated", "started"]),
    ("1. Hieronder vindt u de starters en de uitvallers.\n\n", ["started", "stopped_or_failed"]),
])
def test_a_sentence_naming_two_measures_over_two_tables_gives_each_its_own_in_order(lead, measures):
    """Before, both tables were graduates (``graduated``, ``graduated-2``)."""
    text = (ONDERWIJS.format(number=345, date="14 oktober 2022") + lead + CODED.format(a=40, b=23, t=63)
            + "\n" + CODED.format(a=30, b=20, t=50))
    answer = _answer(text)
    assert [(t.measure, t.id) for t in answer.tables] == [(m, m) for m in measures]
    assert _found(answer, rules=("measure-unknown",)) == []


def test_not_graduated_inside_a_drop_out_header_is_one_measure():
    """``stopgezette en uitgevoerde maar niet geslaagde`` names drop-outs only (the seed's header)."""
    text = (ONDERWIJS.format(number=345, date="14 oktober 2022")
            + "Unieke cursisten met stopgezette en uitgevoerde maar niet geslaagde OKOT'(s) "
            + CODED.format(a=40, b=23, t=63).split(" ", 1)[1])
    assert [t.measure for t in _answer(text).tables] == ["stopped_or_failed"]


# 2. The same figure in two answers: the user's catalogue names programmes too, and the message
#    says which answer is the earlier one.

CARE = "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. {number} van {date}\n\n"
PROGRAMME_EARLIER = (CARE.format(number=12, date="12 oktober 2022") + "1. Het aantal gestarte unieke cursisten per "
                     "opleiding.\n\nOpleiding 2020 2021\nGraduaat zorgtechnologie - 1ste jaar 118 131\nTotaal 118 131\n")
PROGRAMME_LATER = (CARE.format(number=40, date="12 januari 2023") + "1. Het aantal gestarte unieke cursisten per "
                   "opleiding.\n\nOpleiding 2021 2022\nGraduaat Zorgtechnologie 1e jaar 133 140\nTotaal 133 140\n")
OWN_CODES = (
    "code,label,programme,sector,stage,year,years,can_be_final\n"
    "901991,Graduaat zorgtechnologie - 1ste jaar,Graduaat zorgtechnologie,zorg,year,1,2,false\n"
)


def test_a_programme_of_the_user_s_catalogue_is_the_same_figure_however_spelt(tmp_path):
    """Programme names were matched through the shipped catalogue only: a programme of the user's
    ``--catalogue`` file, spelt two ways, was two rows and its revision was not said."""
    codes = tmp_path / "codes.csv"
    codes.write_text(OWN_CODES, encoding="utf-8")
    earlier, later = _answer(PROGRAMME_EARLIER, "earlier.txt"), _answer(PROGRAMME_LATER, "later.txt")
    assert _found(later, earlier, rules=("figure-revised",), catalogue=codes) == [
        ("later.txt", "figure-revised", "info", 9, "2021", None, "Graduaat Zorgtechnologie 1e jaar", 133, 131),
        ("later.txt", "figure-revised", "info", 10, "2021", None, "Totaal", 133, 131),
    ]
    assert _found(later, earlier, rules=("figure-revised",)) == [  # (the shipped catalogue does not know it)
        ("later.txt", "figure-revised", "info", 10, "2021", None, "Totaal", 133, 131),
    ]


def test_the_command_line_matches_programmes_of_the_user_s_catalogue_in_every_process(tmp_path):
    from clitools import okot, out

    (tmp_path / "codes.csv").write_text(OWN_CODES, encoding="utf-8")
    (tmp_path / "a.txt").write_text(PROGRAMME_EARLIER, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PROGRAMME_LATER, encoding="utf-8")
    for jobs in ("1", "2"):
        result = okot("check", "a.txt", "b.txt", "--catalogue", "codes.csv", "--no-cache", "-j", jobs, cwd=tmp_path)
        assert [line.split(" [")[0] for line in out(result).splitlines() if "OK401" in line] == [
            "b.txt:9: OK401 figure-revised", "b.txt:10: OK401 figure-revised"]


def test_a_revision_says_which_answer_is_the_earlier_one_and_why():
    """The message named the other file and line only, not that it is the earlier answer nor by
    what: its question and date, or the file order where the dates do not tell."""
    earlier, later = _answer(PROGRAMME_EARLIER, "earlier.txt"), _answer(PROGRAMME_LATER, "later.txt")
    en = [f.message for f in audit([later, earlier]).findings if f.rule == "figure-revised"]
    assert en == ['Totaal for 2021 in the table "Opleiding" is 133 but 131 in earlier.txt:10 (the earlier answer: '
                  "question 12 of 2022-10-12): revised upwards by 2"
                  " — quote the later figure, and do not mix the two answers' figures in one series"]
    nl = [f.message for f in audit([later, earlier], lang="nl").findings if f.rule == "figure-revised"]
    assert nl == ['Totaal voor 2021 in de tabel "Opleiding" is 133, maar 131 in earlier.txt:10 (het eerdere '
                  "antwoord: vraag 12 van 2022-10-12): opwaarts herzien met 2"
                  " — citeer het latere cijfer, en meng de cijfers van beide antwoorden niet in één reeks"]
    undated = _answer(PROGRAMME_LATER.replace(" van 12 januari 2023", ""), "later.txt")
    assert undated.question_date is None
    en = [f.message for f in audit([earlier, undated]).findings if f.rule == "figure-revised"]
    assert en == ['Totaal for 2021 in the table "Opleiding" is 133 but 131 in earlier.txt:10 (question 12, before '
                  "this answer in file order): revised upwards by 2"
                  " — quote the later figure, and do not mix the two answers' figures in one series"]


# 3. The numbers of the prose that are counts: not a question's numbers, nor time or money.

@pytest.mark.parametrize("text, counts", [
    ("In antwoord op mijn schriftelijke vragen nrs. 12, 13 en 14 van 3 maart 2023: 4.774 inschrijvingen.", (4774,)),
    ("Zie ook het antwoord op vraag 2 en 3; toen waren er 577 starters.", (577,)),
    ("Zoals gemeld in vraag nr. 12 tot en met 14 en in de punten 2 en 3.", ()),
    ("De opleiding duurt 18 maanden of 1.200 uren; de premie is 2.500 euro of \u20ac 300.", ()),
    ("Er zijn 4 instappers per 100 werkzoekenden.", (4,)),
    ("Van de 577 gediplomeerden van 2021 waren er 468 aan het werk.", (577, 468)),
])
def test_prose_counts_are_no_question_numbers_durations_or_amounts(text, counts):
    """``vragen nrs. 12, 13 en 14``: 13 and 14 were counts (only a number right after ``nr.``
    was not), as were ``18 maanden``, ``2.500 euro`` and the 100 of ``per 100``."""
    from okot_audit.parse.questions import prose_counts

    assert prose_counts(text) == counts


def test_a_deferred_item_that_names_questions_gives_no_figures_and_is_quoted_whole():
    """The item was said to 'give some figures in its text (12, 13, 14, 18)' — the questions'
    numbers and a duration — and its sentence was quoted from ``12, 13 en 14 …`` on, cut at the
    full stop of ``nrs.``."""
    text = (ONDERWIJS.format(number=345, date="14 oktober 2022")
            + "1. Zoals in mijn antwoord op de vragen nrs. 12, 13 en 14 gemeld, zijn de cijfers over uitval van "
              "de opleidingen van 18 maanden pas beschikbaar vanaf 1 februari 2023.\n")
    found = [f for f in audit([_answer(text)]).findings if f.rule == "answer-deferred"]
    assert [(f.line, f.severity) for f in found] == [(6, "info")]
    assert found[0].message == (
        'item 1 of the answer gives no figures: "Zoals in mijn antwoord op de vragen nrs. 12, 13 en 14 gemeld, '
        'zijn de cijfers over uitval van de opleidingen van 18 maanden pas beschikbaar vanaf 1 februari 2023." '
        "— ask again after 2023-02-01")


# 4. A total of unique persons over parts of which some are withheld.

WITHHELD = (
    ONDERWIJS.format(number=345, date="14 oktober 2022")
    + "1. Hieronder vindt u het aantal unieke cursisten dat een OKOT startte, per provincie.\n\n"
    "Provincie 2021 2022\nAntwerpen 40 19\nLimburg <5 24\nOost-Vlaanderen 30 {third}\nTotaal 68 {total}\n"
)


def test_known_parts_beyond_a_unique_total_say_double_counting_even_with_a_part_withheld():
    """40 + <5 + 30 is 70 at the least against a total of 68: at least 2 persons were counted in
    two provinces. With a part withheld, nothing was said."""
    answer = _answer(WITHHELD.format(third=10, total=50))
    assert _found(answer, rules=("parts-exceed-total",)) == [
        ("a.txt", "parts-exceed-total", "info", 12, "2021", None, "Totaal", 68, 70),
        ("a.txt", "parts-exceed-total", "info", 12, "2022", None, "Totaal", 50, 53),
    ]
    found = [f for f in audit([answer]).findings if f.rule == "parts-exceed-total"]
    assert found[0].difference == 2
    assert found[0].message == (
        "Totaal 2021 counts 68 unique persons; its rows sum to at least 70 (the withheld count <5 taken at its "
        "lowest): at least 2 persons counted in more than one province — do not add up the rows")
    dutch = [f.message for f in audit([answer], lang="nl").findings if f.rule == "parts-exceed-total"]
    assert dutch[0] == (
        "Totaal 2021 telt 68 unieke personen; de rijen tellen op tot minstens 70 (het niet gegeven aantal <5 op "
        "zijn laagst genomen): minstens 2 personen dubbel geteld in meer dan één provincie — tel de rijen niet op")


@pytest.mark.parametrize("total", [70, 72, 74])
def test_a_unique_total_the_withheld_part_may_explain_says_no_double_counting(total):
    """40 + <5 + 30 is 70 to 74: a total in that range may have no one counted twice."""
    answer = _answer(WITHHELD.format(third=10, total=53).replace("Totaal 68", f"Totaal {total}"))
    assert [f for f in _found(answer, rules=("parts-exceed-total",)) if f[4] == "2021"] == []


# 5. Tables of values that are no counts: averages, shares, rates, amounts.

VALUES = "Opleiding 2021 2022\n" + (
    "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 14 19\n"
    "908013: Educatieve bachelor voor lager onderwijs - 3de jaar 23 24\nTotaal 18 21\n"
)


@pytest.mark.parametrize("lead, header, said", [
    ("1. Hieronder vindt u de gemiddelde opleidingsduur in maanden per opleiding.\n\n", "", "gemiddelde"),
    ("1. Hieronder vindt u het slaagpercentage (in %) per opleiding.\n\n", "", "percentage"),
    ("1. Het aantal uitvallers per 100 gestarte cursisten.\n\n", "", "per 100"),
    ("1. Hieronder vindt u de kostprijs in euro per opleiding.\n\n", "", "kostprijs"),
    ("1. Hieronder vindt u het aantal gestarte cursisten.\n\n", "Gemiddelde leeftijd", "Gemiddelde"),
    ("1. Hieronder vindt u het aantal gestarte cursisten.\n\n", "Opleiding Mediaan", "Mediaan"),
])
def test_a_table_of_averages_shares_or_amounts_gets_no_sum_based_findings(lead, header, said):
    """Totals of averages (18 over 14 and 23) were checked as sums of unique persons: false
    ``total-below-largest-part`` errors, ``likely-typo`` and ``error-located`` guesses."""
    table = VALUES.replace("Opleiding", header, 1) if header else VALUES
    answer = _answer(ONDERWIJS.format(number=345, date="14 oktober 2022") + lead + table)
    assert answer.tables[0].statistic == said
    assert _found(answer) == [("a.txt", "column-not-checked", "info", 8, None, None, None, None, None)]
    found = [f for f in audit([answer]).findings if f.rule == "column-not-checked"][0]
    assert f"its words say '{said}'" in found.message and "(14 19 23 24 18 21)" in found.message
    dutch = [f for f in audit([answer], lang="nl").findings if f.rule == "column-not-checked"][0]
    assert f"de woorden ervan zeggen '{said}'" in dutch.message


def test_a_table_of_averages_is_not_compared_with_another_answer_s_counts():
    """``Gemiddelde leeftijd`` under a sentence about starters was a table of starters: its 34 for
    908003 in 2021 was 'a full period revised downwards' against the 40 starters of another answer."""
    lead = "1. Hieronder vindt u het aantal gestarte cursisten.\n\n"
    counts = _answer(ONDERWIJS.format(number=74, date="14 oktober 2022") + lead
                     + VALUES.replace("14 19", "40 19").replace("18 21", "60 43"), "counts.txt")
    ages = _answer(ONDERWIJS.format(number=80, date="14 november 2022") + lead
                   + VALUES.replace("Opleiding", "Gemiddelde leeftijd", 1), "ages.txt")
    assert _found(counts, ages, rules=("figure-revised",)) == []


@pytest.mark.parametrize("lead, table", [
    ("1. Hieronder vindt u het aantal gestarte cursisten, en hun aandeel in %.\n\n", VALUES),
    ("1. Hieronder vindt u het aantal gestarte cursisten.\n\n",
     VALUES.replace("2021 2022\n", "2021 2022 Aandeel 2022\n").replace(" 19\n", " 19 44%\n")
     .replace(" 24\n", " 24 56%\n").replace("Totaal 18 21\n", "Totaal 18 21 100%\n")),
])
def test_counts_beside_a_share_are_still_checked(lead, table):
    """A sentence that names a count first, or a column of shares after the periods, leaves the
    counts a table of counts: 18 below 23 is still an error."""
    answer = _answer(ONDERWIJS.format(number=345, date="14 oktober 2022") + lead + table)
    assert answer.tables[0].statistic == ""
    assert ("total-below-largest-part", 11) in {(f[1], f[3]) for f in _found(answer)}


@pytest.mark.parametrize("lead, said", [
    ("1. Hieronder vindt u het aantal gestarte cursisten en het gemiddelde per opleiding.\n\n", ""),
    ("1. Hieronder vindt u het gemiddelde aantal maanden per opleiding.\n\n", "gemiddelde"),
])
def test_a_sentence_says_a_table_of_values_only_where_the_value_comes_before_the_count(lead, said):
    answer = _answer(ONDERWIJS.format(number=345, date="14 oktober 2022") + lead + VALUES)
    assert answer.tables[0].statistic == said


def test_a_number_of_obtained_diplomas_in_the_header_is_graduates_whatever_the_sentence_before():
    text = (ONDERWIJS.format(number=345, date="14 oktober 2022")
            + "1. Hieronder vindt u de cijfers over de cursisten die startten.\n\n"
            + CODED.format(a=40, b=23, t=63).replace("Opleiding", "Aantal behaalde diploma", 1))
    assert [t.measure for t in _answer(text).tables] == ["graduated"]
