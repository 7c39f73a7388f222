"""What the answer's words say about it: its title, what a table counts, which periods are partial.

Examples of the wordings answers use; each test fails when the reader misses the wording.
"""

from __future__ import annotations

import pytest

from okot_audit import read_text

TABLE = ["Geslacht 2021 2022", "Man 51 54", "Vrouw 253 269", "Totaal 304 323"]


def _answer(*lines: str):
    return read_text("\n".join(lines) + "\n", "words.txt")


def test_the_title_of_text_without_blank_lines_ends_before_the_answer_begins():
    answer = _answer("OKOT's - Zorgsector", "ANTWOORD", "op vraag nr. 88 van 9 november 2022",
                     "1. Het aantal gestarte unieke cursisten per geslacht.", *TABLE)
    assert answer.title == "OKOT's - Zorgsector"
    assert answer.sector == "zorg"


def test_a_title_over_two_lines_stops_at_the_prose():
    answer = _answer("Onderwijskwalificerende opleidingstrajecten (OKOT's) -", "Onderwijssector",
                     "Omdat veel knelpuntberoepen niet ingevuld raken, richtte VDAB de OKOT's op.",
                     "1. Het aantal gestarte unieke cursisten per geslacht.", *TABLE)
    assert answer.title == "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector"


@pytest.mark.parametrize("title, sector", [
    ("OKOT - aantal cursisten per sector en per provincie", None),  # "per sector": no sector named
    ("Opleidingen in de sector van het onderwijs", None),
    ("OKOT's in de sector Zorg en Welzijn", "zorg"),
    ("Lerarenopleidingen - Onderwijssector", "onderwijs"),
    ("OKOT in de welzijnssector", "welzijn"),
])
def test_the_sector_is_a_sector_the_title_names(title, sector):
    assert _answer(title, "", "1. Het aantal gestarte unieke cursisten per geslacht.", *TABLE).sector == sector


@pytest.mark.parametrize("prose, sector", [
    ("1. Het aantal unieke cursisten dat een OKOT startte in de onderwijssector.", "onderwijs"),
    ("De vraag naar leerkrachten is groot. 1. Het aantal starters in de sector onderwijs.", "onderwijs"),
    ("1. Het aantal starters in de zorg- en onderwijssector.", None),  # two sectors: the answer is about neither alone
    ("In de zorgsector en de onderwijssector startten veel cursisten.", None),
    ("1. Het aantal starters per sector.", None),
])
def test_a_title_without_a_sector_leaves_it_to_the_text_before_the_first_table(prose, sector):
    assert _answer("Opleidingen via OKOT", "", prose, *TABLE).sector == sector


def test_the_title_s_sector_wins_and_text_after_the_first_table_names_none():
    assert _answer("OKOT's - Zorgsector", "", "Ook de onderwijssector telt starters.", *TABLE).sector == "zorg"
    assert _answer("Opleidingen via OKOT", "", "1. Het aantal starters.", *TABLE,
                   "", "2. In de zorgsector is dat anders.").sector is None


def test_a_code_of_another_sector_than_the_one_the_answer_s_text_names_is_reported():
    from okot_audit import audit

    answer = _answer(
        "Opleidingen tot leraar via OKOT", "", "Antwoord", "",
        "Hieronder het aantal unieke cursisten dat een OKOT-traject startte in de onderwijssector.", "",
        "OKOT 2021 2022", "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 118 131",
        "900611: Professionele bachelor verpleegkunde - 1ste jaar 55 61", "Totaal 170 190",
    )
    [finding] = audit(answer).by_rule("code-outside-sector")
    assert (finding.line, finding.training_code) == (9, "900611")
    assert "sector onderwijs" in finding.message


@pytest.mark.parametrize("heading", [
    ["SCHRIFTELIJKE VRAAG", "nr. 512", "van ELS VAN DAM", "datum: 3 februari 2023", "aan JO BROUNS",
     "VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW", ""],
    ["Schriftelijke vraag nr. 512 van 3 februari 2023 van Els Van Dam", ""],
    ["VRAAG nr. 512", "van ELS VAN DAM"],  # (text from a PDF: no blank line before the title)
])
def test_the_title_follows_the_question_s_heading(heading):
    answer = _answer(*heading, "OKOT's in de zorgsector - Starters", "",
                     "1. Het aantal unieke cursisten per geslacht.", *TABLE)
    assert answer.title == "OKOT's in de zorgsector - Starters"
    assert answer.sector == "zorg"


@pytest.mark.parametrize("glue", ["", "\f", "1/2"])
def test_a_running_header_that_opens_every_page_is_no_title(glue):
    running = "Vlaams Parlement - Schriftelijke vragen en antwoorden"
    answer = _answer(running, "", "OKOT's - Zorgsector", "", "1. Het aantal unieke cursisten per geslacht.", *TABLE,
                     "", glue + running, "", "2. Het aantal unieke cursisten per geslacht in 2023.", "",
                     "Geslacht Aantal", "Man 12", "Vrouw 30", "Totaal 42")
    assert answer.title == "OKOT's - Zorgsector"
    assert answer.sector == "zorg"


def test_a_first_line_printed_once_is_the_title_whatever_it_says():
    answer = _answer("Vlaams Parlement - Schriftelijke vragen en antwoorden", "", "1. Het aantal unieke cursisten.",
                     *TABLE)
    assert answer.title == "Vlaams Parlement - Schriftelijke vragen en antwoorden"


def test_a_title_that_starts_with_the_word_vraag_is_no_heading():
    answer = _answer("Vraag naar leerkrachten via OKOT", "", "1. Het aantal unieke cursisten.", *TABLE)
    assert answer.title == "Vraag naar leerkrachten via OKOT"


def test_a_laid_out_title_ends_at_its_blank_line_and_a_heading_vraag_is_none_of_it():
    laid_out = ["Geslacht      2021      2022", "Man             51        54", "Vrouw          253       269",
                "Totaal         304       323"]
    for gap in ("", "\n"):  # (text from a PDF has no blank lines: the heading still ends the title)
        answer = _answer("Vraag nr. 5 van 3 mei 2022 van Jan Peeters", "OKOT - gediplomeerden per sector" + gap,
                         "Vraag", "Hoeveel cursisten behaalden een diploma, per geslacht?", "",
                         "1. Het aantal gediplomeerde unieke cursisten per geslacht.", "", *laid_out)
        assert answer.title == "OKOT - gediplomeerden per sector"  # (after the question's heading)
        assert answer.sector is None


@pytest.mark.parametrize("sentence, measure", [
    ("Het aantal cursisten dat een OKOT stopzette, per geslacht.", "stopped_or_failed"),
    ("Het aantal werkzoekenden dat vroegtijdig stopte.", "stopped_or_failed"),
    ("Het aantal uitvallers per geslacht.", "stopped_or_failed"),
    ("Het aantal cursisten dat een OKOT startte, per geslacht.", "started"),
    ("Het aantal werkzoekenden dat slaagde voor de opleiding.", "graduated"),
    ("Het aantal cursisten dat afstudeerde en een diploma behaalde.", "graduated"),
])
def test_what_a_table_counts_is_read_from_the_sentence_before_it(sentence, measure):
    answer = _answer("OKOT's - Zorgsector", "", f"1. {sentence}", "", *TABLE)
    assert [t.measure for t in answer.tables] == [measure]


def test_the_question_an_item_answers_says_what_its_table_counts():
    answer = _answer("OKOT's - Zorgsector", "", "1. Hoeveel werkzoekenden startten een OKOT, per geslacht?",
                     "2. Hoeveel van hen stopten?", "", "ANTWOORD", "", "1. Verdeling naar geslacht.", "",
                     *TABLE, "", "2. Verdeling naar geslacht.", "", *TABLE)
    assert [t.measure for t in answer.tables] == ["started", "stopped_or_failed"]


def test_a_second_table_of_an_answer_without_numbered_items_counts_what_the_first_does():
    answer = _answer("OKOT's - Uitval", "", "Het aantal cursisten dat een OKOT stopzette, per geslacht:", "",
                     *TABLE, "", "Bron: VDAB, datawarehouse.", "", "De cijfers per opleiding:", "",
                     "Opleiding 2021 2022", "Educatieve master 40 44", "Verkorte educatieve master 264 279",
                     "Totaal 304 323")
    assert [t.measure for t in answer.tables] == ["stopped_or_failed", "stopped_or_failed"]


def test_a_second_table_that_says_what_it_counts_keeps_its_own_measure():
    answer = _answer("OKOT's", "", "Het aantal cursisten dat een OKOT stopzette, per geslacht:", "",
                     *TABLE, "", "Het aantal gediplomeerden per opleiding:", "",
                     "Opleiding 2021 2022", "Educatieve master 40 44", "Verkorte educatieve master 264 279",
                     "Totaal 304 323")
    assert [t.measure for t in answer.tables] == ["stopped_or_failed", "graduated"]


def test_a_table_that_nothing_nearer_names_counts_what_the_title_names():
    answer = _answer("OKOT's zorg - Starters", "", "1. Per geslacht, over de twee jaren:", "", *TABLE)
    assert answer.tables[0].measure == "started"
    answer = _answer("OKOT's zorg - Cijfers", "", "1. Per geslacht, over de twee jaren:", "", *TABLE)
    assert answer.tables[0].measure == "unknown"


def test_a_question_that_names_two_measures_decides_nothing():
    answer = _answer("OKOT's - Zorgsector", "", "1. Hoeveel werkzoekenden startten en hoeveel stopten?", "",
                     "ANTWOORD", "", "1. Verdeling naar geslacht.", "", *TABLE)
    assert [t.measure for t in answer.tables] == ["unknown"]


def test_provisional_figures_by_month_make_the_months_partial():
    answer = _answer("OKOT's - Zorgsector", "", "1. Het aantal gestarte cursisten per maand in 2020 (voorlopige cijfers).",
                     "", "Maand januari 2020 februari 2020", "Man 5 4", "Vrouw 25 26", "Totaal 30 30")
    assert [(p.label, p.partial) for p in answer.tables[0].periods] == [("2020-01", True), ("2020-02", True)]


def test_months_up_to_a_month_are_not_partial_each():
    answer = _answer("OKOT's - Zorgsector", "", "1. Het aantal gestarte cursisten van januari 2020 tot en met februari 2020.",
                     "", "Maand januari 2020 februari 2020", "Man 5 4", "Vrouw 25 26", "Totaal 30 30")
    assert [(p.label, p.partial) for p in answer.tables[0].periods] == [("2020-01", False), ("2020-02", False)]


def test_a_school_year_named_short_is_partial():
    answer = _answer("OKOT's - Zorgsector", "", "1. Het aantal gestarte cursisten per schooljaar.",
                     "Voor 2021-22 zijn de cijfers voorlopig.", "", "Geslacht 2020-2021 2021-2022",
                     "Man 5 4", "Vrouw 25 26", "Totaal 30 30")
    assert [(p.label, p.partial) for p in answer.tables[0].periods] == [("2020-2021", False), ("2021-2022", True)]


@pytest.mark.parametrize("sentence, unique", [
    ("1. Het aantal werkzoekenden dat een diploma behaalde, per geslacht.", True),
    ("1. Het aantal gediplomeerden per geslacht.", True),
    ("1. Het aantal behaalde diploma's per geslacht.", False),
    ("1. Het aantal inschrijvingen per geslacht.", False),
])
def test_persons_who_obtained_a_diploma_are_persons_and_diplomas_add_up(sentence, unique):
    """Persons (``werkzoekenden die een diploma behaalden``) are counted once however many rows
    they stand in; diplomas themselves (``behaalde diploma's``) add up."""
    table = ["Opleiding 2021 2022", "Graduaat orthopedagogie 51 54", "Bachelor verpleegkunde 253 269",
             "Totaal 300 320"]
    answer = _answer("OKOT's - Zorgsector", "", sentence, "", *table)
    assert [t.unique_persons for t in answer.tables] == [unique]


@pytest.mark.parametrize("header, partial, note", [
    ("Provincie 2020 2021 2022 (voorlopig)", True, "voorlopig"),
    ("Provincie 2020 2021 2022 (jan-jun)", True, "jan-jun"),
    ("Provincie 2020 2021 2022 (1e helft)", True, "1e helft"),
    ("Provincie 2020 2021 2022 (t.e.m. juni)", True, "t.e.m. juni"),
    ("Provincie 2020 2021 2022 (definitief)", False, None),
    ("Provincie 2020 2021 2022 (1)", True, "Voorlopige cijfers."),
    ("Provincie 2020 2021 2022(1)", True, "Voorlopige cijfers."),
    ("Provincie 2020 2021 2022 (*)", True, "Enkel de eerste jaarhelft."),
])
def test_a_period_with_a_note_in_brackets(header, partial, note):
    """``2022 (voorlopig)``, ``2022 (1)`` with a footnote ``(1) …``: the table is read, and the
    note — its own words or its footnote's — says whether the period is partial."""
    answer = _answer("OKOT's - Zorgsector", "", "1. Het aantal gestarte unieke cursisten per provincie.", "",
                     header, "Antwerpen 812 845 400", "Limburg 402 398 200", "Totaal 1.210 1.240 598", "",
                     "(1) Voorlopige cijfers.", "(*) Enkel de eerste jaarhelft.")
    assert answer.issues == []
    last = answer.tables[0].periods[-1]
    assert (last.label, last.partial, last.note) == ("2022", partial, note)
    assert len(answer.tables[0].cells) == 9


@pytest.mark.parametrize("subject", [["OKOT's in de zorgsector - Starters"],
                                     ["Onderwijskwalificerende opleidingstrajecten (OKOT's) -", "Zorgsector"]])
def test_the_title_ends_before_the_minister_s_name_and_title(subject):
    # (an answer as the parliament publishes it: its subject, the minister's name and title, then
    # ANTWOORD; text from a PDF has no blank line between them)
    answer = _answer(*subject, "JO BROUNS", "VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW",
                     "ANTWOORD", "op vraag nr. 88 van 9 november 2022", "1. Het aantal unieke cursisten per geslacht.",
                     *TABLE)
    assert answer.title == " ".join(subject)
    assert answer.sector == "zorg"


def test_a_title_in_capitals_above_the_minister_s_title_is_kept():
    answer = _answer("OKOT ZORG", "VLAAMS MINISTER VAN WERK", "ANTWOORD", "1. Het aantal unieke cursisten.", *TABLE)
    assert answer.title == "OKOT ZORG"


def test_a_running_header_above_the_answer_s_heading_is_all_the_title_there_is():
    running = "Vlaams Parlement - Schriftelijke vragen en antwoorden"
    answer = _answer(running, "ANTWOORD", "op vraag nr. 88 van 9 november 2022",
                     "1. Het aantal unieke cursisten per geslacht.", *TABLE, running, "2. Nog een tabel.", *TABLE)
    assert answer.title == running
