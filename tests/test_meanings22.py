"""What the answer's words mean (round 22).

1. A sentence that says a table's totals are (or are not) the sum of their parts decides whether
   they add up, whatever the unit (``Het totaal is de som van de rijen``; ``… kan niet opgeteld
   worden``).

Small answers, single-spaced as the seeds; findings asserted exactly.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from okot_audit import audit, read_text
from okot_audit.parse.context import read_sum_statement

HEAD = "OKOT's - Onderwijssector\n\nANTWOORD\nop vraag nr. 345 van 14 oktober 2024\n\n"


def _table(first: int, second: int, total: int) -> str:
    return ("Opleiding 2023\n"
            f"908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar {first}\n"
            f"908013: Educatieve bachelor voor lager onderwijs - 3de jaar {second}\n"
            f"Totaal {total}\n")


def _found(text: str, rules: tuple[str, ...] = ("parts-exceed-total", "total-exceeds-parts")) -> list[tuple]:
    return [(f.rule, f.severity) for f in audit([read_text(text, "a.txt")]).findings if f.rule in rules]


# 1. Statements that a total is, or is not, the sum of its parts.

ADDITIVE = [
    "Het totaal is de som van de rijen.",
    "De totalen zijn de som van de opleidingen.",
    "Het totaal is de optelling van de rijen.",
    "Het totaal telt de inschrijvingen op.",
    "Het eindtotaal is gelijk aan de som van de rijen.",
    "De rijen mogen opgeteld worden.",
    "De cijfers per opleiding kunnen worden opgeteld.",
]
UNIQUE = [
    "Het totaal is niet de som van de rijen.",
    "De cijfers kunnen niet opgeteld worden.",
    "Subtotalen mogen niet worden opgeteld.",
    "Bij deze tabellen mag je niet zomaar de som nemen van alle tussentotalen.",
    "Het totaal is geen optelling van de rijen, want een cursist kan twee opleidingen volgen.",
    "Het totaal kan kleiner zijn dan de som van de rijen.",
    "De totalen tellen niet op.",
    "De subtotalen tellen niet op tot het eindtotaal.",
    "De cijfers per provincie zijn niet op te tellen.",
    "De rijen zijn niet optelbaar.",
]
NEITHER = [
    "Hieronder vindt u het aantal cursisten per opleiding.",
    "De percentages tellen niet op tot 100.",
    "Het totaal telt unieke cursisten op 31 december.",
    "De premie is de som van twee bedragen.",
]


@pytest.mark.parametrize("sentence", ADDITIVE)
def test_a_sentence_that_says_the_total_is_the_sum_reads_additive(sentence):
    assert read_sum_statement(f"Hieronder vindt u het aantal cursisten. {sentence}") == ("additive", sentence)


@pytest.mark.parametrize("sentence", UNIQUE)
def test_a_sentence_that_says_the_total_is_not_the_sum_reads_unique(sentence):
    assert read_sum_statement(f"Hieronder vindt u het aantal inschrijvingen. {sentence}") == ("unique", sentence)


@pytest.mark.parametrize("sentence", NEITHER)
def test_a_sentence_that_speaks_of_no_sum_of_totals_says_nothing(sentence):
    assert read_sum_statement(sentence) is None


def test_a_negative_statement_wins_over_a_positive_one():
    context = "De totalen per provincie zijn de som van de rijen. Het eindtotaal is niet de som van de provincies."
    assert read_sum_statement(context)[0] == "unique"


@pytest.mark.parametrize("sentence", ADDITIVE[:3] + ADDITIVE[4:])
def test_persons_the_answer_says_add_up_are_checked_exactly(sentence):
    """A table of persons whose rows sum to more than its total: information (persons counted
    twice) — unless the answer says its total is their sum, then an error that says why."""
    text = HEAD + f"Hieronder vindt u het aantal cursisten. {sentence}\n\n" + _table(14, 23, 35)
    [finding] = [f for f in audit([read_text(text, "a.txt")]).findings if f.rule == "parts-exceed-total"]
    assert (finding.severity, finding.stated, finding.observed) == ("error", 35, 37)
    assert "the answer says its totals are the sum of their parts" in finding.message
    [nl] = [f.message for f in audit([read_text(text, "a.txt")], lang="nl").findings if f.rule == "parts-exceed-total"]
    assert "het antwoord zegt dat de totalen de som van hun delen zijn" in nl


@pytest.mark.parametrize("sentence", UNIQUE)
def test_enrolments_the_answer_says_do_not_add_up_are_read_as_unique(sentence):
    text = HEAD + f"Hieronder vindt u het aantal inschrijvingen. {sentence}\n\n" + _table(14, 23, 35)
    assert _found(text) == [("parts-exceed-total", "info")]


@given(st.integers(1, 500), st.integers(1, 500), st.integers(1, 20), st.sampled_from(ADDITIVE[:3] + ADDITIVE[4:]))
def test_a_table_said_to_add_up_is_clean_only_when_its_total_is_the_sum(first, second, off, sentence):
    """Built from its parts: two rows, a total that is their sum or less by `off`."""
    text = HEAD + f"Hieronder vindt u het aantal cursisten. {sentence}\n\n"
    assert _found(text + _table(first, second, first + second)) == []
    if first + second - off >= max(first, second):
        assert _found(text + _table(first, second, first + second - off)) == [("parts-exceed-total", "error")]


# 5. total-missing speaks of adding up as the rows' or blocks' meaning allows.

def _missing(text: str, lang: str = "en") -> list[str]:
    return [f.message for f in audit([read_text(text, "a.txt")], lang=lang).findings if f.rule == "total-missing"]


@pytest.mark.parametrize("rows, attribute, attribute_nl", [
    (("Man", "Vrouw"), "gender", "geslacht"),
    (("-25 jaar", "25-54 jaar", "55+ jaar"), "age class", "leeftijdsklasse"),
])
def test_a_partition_without_total_may_be_added_up(rows, attribute, attribute_nl):
    """Rows that are the categories of one attribute partition the persons: the message said
    they 'must not be added up'."""
    body = "".join(f"{row} {10 * (k + 1)} {11 * (k + 1)}\n" for k, row in enumerate(rows))
    text = HEAD + "Hieronder vindt u het aantal cursisten die startten.\n\nCategorie 2022 2023\n" + body
    [en] = _missing(text)
    assert "must not be added up" not in en
    assert f"every person has one {attribute}, so its rows may be added up, but no stated total confirms them" in en
    [nl] = _missing(text, "nl")
    assert f"elke persoon heeft één {attribute_nl}, dus de rijen mogen opgeteld worden" in nl


def test_blocks_of_one_attribute_without_grand_total_may_be_added_up():
    text = (HEAD + "Hieronder vindt u het aantal cursisten die startten.\n\nGeslacht Opleiding 2022\n"
            "Man 908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 10\n"
            "Man 908013: Educatieve bachelor voor lager onderwijs - 3de jaar 20\nTotaal Man 30\n"
            "Vrouw 908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 5\n"
            "Vrouw 908013: Educatieve bachelor voor lager onderwijs - 3de jaar 7\nTotaal Vrouw 12\n")
    [en] = _missing(text)
    assert "every person has one gender, so its blocks may be added up" in en


def test_rows_of_persons_without_total_still_must_not_be_added_up():
    text = HEAD + "Hieronder vindt u het aantal cursisten die startten.\n\n" + _table(14, 23, 0).replace("Totaal 0\n", "")
    [en] = _missing(text)
    assert en.endswith("its rows must not be added up")


# 6. A column of shares no header word names: said by what its values are, never as ''.

@pytest.mark.parametrize("values, en, nl", [
    (("27,7%", "13,0%", "100%"), "a column of shares after its counts", "een kolom met aandelen na de aantallen"),
    (("+4,1%", "-1,0%", "+2,4%"), "a column of changes after its counts", "een kolom met wijzigingen na de aantallen"),
])
def test_an_unnamed_column_of_shares_is_said_by_its_values(values, en, nl):
    rows = [("Antwerpen", 812, 845), ("Limburg", 402, 398), ("Totaal", 1214, 1243)]
    body = "".join(f"{label} {a} {b} {v}\n" for (label, a, b), v in zip(rows, values))
    text = HEAD + "Hieronder vindt u het aantal cursisten die startten.\n\nProvincie 2020 2021\n" + body
    for lang, words in (("en", en), ("nl", nl)):
        [message] = [f.message for f in audit([read_text(text, "a.txt")], lang=lang).findings
                     if f.rule == "column-not-checked"]
        assert "''" not in message
        assert words in message and " ".join(values) in message



@pytest.mark.parametrize("glue", ["", " "])
def test_shares_in_brackets_after_each_count_are_said_to_be_shares(glue):
    """``Man 1.234 (45,2%) 1.300 (46,0%)``, spaced or glued: the unnamed column is one of shares,
    not of 'values that are no counts' (its values' brackets are the print's, not the value's)."""
    body = (f"Man 1.234{glue}(45,2%) 1.300{glue}(46,0%)\nVrouw 1.496{glue}(54,8%) 1.526{glue}(54,0%)\n"
            "Totaal 2.730 2.826\n")
    text = HEAD + "Hieronder vindt u het aantal cursisten die startten.\n\nGeslacht 2022 2023\n" + body
    for lang, words in (("en", "a column of shares after its counts"), ("nl", "een kolom met aandelen na de aantallen")):
        [message] = [f.message for f in audit([read_text(text, "a.txt")], lang=lang).findings
                     if f.rule == "column-not-checked"]
        assert words in message, message


# 3. Welfare and care are one sector in VDAB's catalogue.

WELFARE_TABLE = ("Hieronder vindt u het aantal cursisten die startten.\n\nOpleiding 2022 2023\n"
                 "903631: Graduaat orthopedagogie - 1ste jaar 40 50\n"
                 "904421: Tweedekansonderwijs kinderzorg met algemene vorming - 1ste jaar 10 12\n"
                 "{extra}Totaal {first} {second}\n")


@pytest.mark.parametrize("title", ["OKOT's - Welzijnssector", "OKOT's in de welzijnssector", "OKOT's - welzijn",
                                   "OKOT's - Zorgsector", "OKOT's - zorg en welzijn"])
def test_care_codes_in_a_welfare_answer_are_in_its_sector(title):
    text = (f"{title}\n\nANTWOORD\nop vraag nr. 345 van 14 oktober 2024\n\n"
            + WELFARE_TABLE.format(extra="", first=50, second=62))
    assert [f.rule for f in audit([read_text(text, "a.txt")]).findings
            if f.severity in ("error", "warning")] == []


def test_a_teacher_code_in_a_welfare_answer_is_still_outside_its_sector():
    text = ("OKOT's - Welzijnssector\n\nANTWOORD\nop vraag nr. 345 van 14 oktober 2024\n\n"
            + WELFARE_TABLE.format(extra="908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 5 6\n",
                                   first=55, second=68))
    found = [(f.rule, f.training_code) for f in audit([read_text(text, "a.txt")]).findings if f.severity == "error"]
    assert found == [("code-outside-sector", "908001")]


def test_an_unknown_code_of_a_care_family_in_a_welfare_answer_is_not_said_to_be_elsewhere():
    text = ("OKOT's - Welzijnssector\n\nANTWOORD\nop vraag nr. 345 van 14 oktober 2024\n\n"
            + WELFARE_TABLE.format(extra="903699: Graduaat orthopedagogie - 4de jaar 1 1\n", first=51, second=63))
    [message] = [f.message for f in audit([read_text(text, "a.txt")]).findings if f.rule == "code-unknown"]
    assert "not the answer's sector" not in message


def test_the_command_line_takes_welfare_as_a_sector(tmp_path):
    from click.testing import CliRunner

    from okot_audit.cli import cli

    path = tmp_path / "a.txt"
    path.write_text("OKOT's\n\nANTWOORD\nop vraag nr. 345 van 14 oktober 2024\n\n"
                    + WELFARE_TABLE.format(extra="", first=50, second=62), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--sector", "welzijn", str(path)])
    assert result.exit_code == 0, result.output


# 7. Two tables a sheet prints side by side under one caption: the caption's unit is both's.

@pytest.mark.parametrize("caption, unit, semantics", [
    ("Aantal inschrijvingen in een OKOT in de zorgsector", "inschrijvingen", "additive"),
    ("Aantal trajecten in een OKOT in de zorgsector", "trajecten", "additive"),
])
def test_the_second_of_two_tables_side_by_side_has_the_captions_unit(caption, unit, semantics):
    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    from test_unseen_xlsx20 import A1, A2, answer_of, sheet_of

    rows = [[caption], [],
            ["Opleiding", 2022, 2023, None, "Opleiding", 2022, 2023],
            [A1, 10, 12, None, A1, 4, 5],
            [A2, 20, 22, None, A2, 6, 7],
            ["Totaal", 30, 34, None, "Totaal", 9, 12]]
    answer = answer_of(sheet_of(rows))
    assert [(t.unit, t.unique_persons) for t in answer.tables] == [(unit, False), (unit, False)]
    assert {c.semantics for t in answer.tables for c in t.cells if c.level == "total"} == {semantics}
    found = [(f.rule, f.severity, f.stated, f.observed) for f in audit(answer).findings
             if f.rule in ("parts-exceed-total", "total-exceeds-parts")]
    assert found == [("parts-exceed-total", "error", 9, 10)]


def test_tables_one_below_the_other_keep_their_own_units():
    """Only a table printed beside another (on the same rows) takes its unit: one below the
    other in a text answer, the second says nothing and is read as persons."""
    text = (HEAD + "Tabel 1: aantal inschrijvingen per opleiding\n\n" + _table(14, 23, 37)
            + "\n" + _table(4, 6, 9))
    answer = read_text(text, "a.txt")
    assert [t.unique_persons for t in answer.tables] == [False, True]


# 2. A programme's name the catalogue does not know: said (info), so the reader knows it was not checked.

def _programmes(title: str, measure: str = "startten") -> str:
    return (f"{title}\n\nANTWOORD\nop vraag nr. 345 van 14 oktober 2024\n\n"
            f"Hieronder vindt u het aantal cursisten die {measure}.\n\nOpleiding 2022 2023\n"
            "Graduaat orthopedagogie 118 131\nBachelor in de vroedkunde 20 25\nBach. verpleegkunde 7 9\nTotaal 145 165\n")


def test_an_unknown_programme_name_in_an_answer_about_one_sector_is_said():
    findings = [f for f in audit([read_text(_programmes("OKOT's - Zorgsector"), "a.txt")]).findings
                if f.rule == "code-unknown"]
    assert [(f.severity, f.label, f.line) for f in findings] == [("info", "Bachelor in de vroedkunde", 10)]
    assert findings[0].message == ("the programme 'Bachelor in de vroedkunde' is not in the catalogue under this "
                                   "name; whether it belongs to sector zorg was not checked")
    [nl] = [f.message for f in audit([read_text(_programmes("OKOT's - Zorgsector"), "a.txt")], lang="nl").findings
            if f.rule == "code-unknown"]
    assert nl.startswith("de opleiding 'Bachelor in de vroedkunde' staat niet onder deze naam in de catalogus; "
                         "of ze bij de sector zorg hoort, is niet nagegaan")


def test_an_unknown_programme_in_a_graduates_table_says_its_stage_was_not_checked_either():
    [message] = [f.message for f in audit([read_text(_programmes("OKOT's - Zorgsector", "slaagden"), "a.txt")]).findings
                 if f.rule == "code-unknown"]
    assert message.endswith("neither whether it belongs to sector zorg nor whether it can end its programme was checked")


@pytest.mark.parametrize("title", ["OKOT's", "OKOT's - zorg en welzijn"])
def test_an_unknown_programme_name_in_an_answer_about_no_one_sector_is_not_said(title):
    assert [f for f in audit([read_text(_programmes(title), "a.txt")]).findings if f.rule == "code-unknown"] == []


# 4. A question for the most recent years: the table must reach the last full year before it.

def _recent(years: tuple[int, ...], asked: str = "de laatste drie jaar", reason: str = "",
            date: str = "14 oktober 2024") -> str:
    header = " ".join(str(y) for y in years)
    first = " ".join(str(10 + k) for k in range(len(years)))
    second = " ".join(str(20 + k) for k in range(len(years)))
    total = " ".join(str(30 + 2 * k) for k in range(len(years)))
    return (f"OKOT's - Onderwijssector\n\nVRAAG\nvan {date}\n\n1. Hoeveel unieke personen startten {asked} een OKOT?\n\n"
            f"ANTWOORD\nop vraag nr. 345 van {date}\n\n1. Hieronder vindt u het aantal cursisten die startten. {reason}\n\n"
            f"Opleiding {header}\n908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar {first}\n"
            f"908013: Educatieve bachelor voor lager onderwijs - 3de jaar {second}\nTotaal {total}\n")


def _not_given(text: str, lang: str = "en") -> list:
    return [f for f in audit([read_text(text, "a.txt")], lang=lang).findings if f.rule == "period-not-given"]


def test_as_many_years_as_asked_but_not_the_most_recent_is_said():
    [finding] = _not_given(_recent((2020, 2021, 2022)))
    assert (finding.severity, finding.stated, finding.observed, finding.difference) == ("info", 3, 3, None)
    assert finding.message.endswith("it ends before the most recent year asked for: 2023 is missing — "
                                    "the answer gives no reason")
    [nl] = _not_given(_recent((2020, 2021, 2022)), "nl")
    assert "ze stopt voor het recentste jaar waarnaar gevraagd wordt: 2023 ontbreekt" in nl.message


def test_the_most_recent_years_missing_quote_the_answers_reason():
    reason = "De cijfers voor 2022 en 2023 zijn pas beschikbaar vanaf 1 december 2024."
    [finding] = _not_given(_recent((2019, 2020, 2021), reason=reason))
    assert "2022, 2023 are missing" in finding.message and f'"{reason}"' in finding.message


@pytest.mark.parametrize("years", [(2021, 2022, 2023), (2022, 2023, 2024), (2021, 2022, 2023, 2024)])
def test_a_table_up_to_the_last_full_or_the_partial_year_is_complete(years):
    assert _not_given(_recent(years)) == []


def test_a_question_naming_its_years_is_not_held_to_the_date():
    assert _not_given(_recent((2019, 2020, 2021), asked="in 2019, 2020 en 2021")) == []


@given(st.integers(2012, 2024), st.integers(2, 5), st.integers(0, 4))
def test_the_recent_years_missing_are_those_after_the_tables_last_up_to_the_last_full_year(year, count, behind):
    """Built from its parts: a question of `year` for `count` recent years, a table of `count`
    years ending `behind` years before the last full one."""
    last = year - 1 - behind
    words = {2: "twee", 3: "drie", 4: "vier", 5: "vijf"}[count]
    text = _recent(tuple(range(last - count + 1, last + 1)), asked=f"de laatste {words} jaar",
                   date=f"14 oktober {year}")
    found = _not_given(text)
    if behind == 0:
        assert found == []
    else:
        [finding] = found
        assert ", ".join(str(y) for y in range(last + 1, year)) in finding.message


@pytest.mark.parametrize("label", ["Gestart", "Geslaagd", "Inschrijvingen", "Onbekend", "Overige", "Wallonië"])
def test_a_row_that_names_no_programme_is_no_unknown_programme(label):
    text = ("OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 345 van 14 oktober 2024\n\n"
            "Hieronder vindt u het aantal cursisten die startten.\n\nOpleiding 2022 2023\n"
            f"Graduaat orthopedagogie 118 131\n{label} 20 25\nTotaal 138 156\n")
    assert [f for f in audit([read_text(text, "a.txt")]).findings if f.rule == "code-unknown"] == []
