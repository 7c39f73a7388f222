"""What the findings say, read by the person who holds the answer (msgs15): a table named as
the reader sees it (its header's words and line, never okot-audit's id), each row of an aside
said with its own values, and the wrong figure of a two-level-header table (``2022 2023`` over
``Man Vrouw Totaal``) located by the check of its ``Totaal`` column against its categories —
in English and in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest

from okot_audit import audit, read_text
from test_two_level_headers import FORMS, GENDER, GENDER_ROWS, PARAGRAPHS, _bare, _read

# --- 3. a wrong figure under categories, located by the Totaal column too --------------------------


def _suspects(answer, rule: str, lang: str = "en") -> list:
    return [f for f in audit(answer, lang=lang).findings if f.rule == rule]


@pytest.mark.parametrize("form", FORMS)
def test_a_swapped_category_figure_is_the_one_typo_that_makes_both_of_its_totals_hold(form):
    """900124's Vrouw figure of 2022 printed 14 (meant 41): the Vrouw column's total 2022 fails,
    and so does 900124's Totaal 2022 (9 + 14 is not 50). Main located the figure against the
    Vrouw column alone: six typos "fit", 900711's 27 → 72 second among them, though it leaves
    900124's Totaal broken. Checked against its Totaal column too, one typo fits: 14 → 41."""
    rows = list(GENDER_ROWS)
    rows[1] = (rows[1][0], 9, 14, 50, 11, 39, 50)
    rows[3] = ("Totaal", 29, 131, 160, 36, 139, 175)
    answer = _read(form, PARAGRAPHS["zorg"], *GENDER, rows)
    found = _suspects(answer, "likely-typo")
    assert [(_bare(f.table), f.training_code, f.period, f.stated, f.suggestion, f.rank) for f in found] == [
        ("started_vrouw", "900124", "2022", 14, 41, 1),
    ]
    [en] = [f.message for f in found]
    assert ("900124 2022 in the Vrouw column: 14 may be a typo for 41 (two digits swapped): with it, "
            "Totaal 2022 in the Vrouw column and the Totaal column of Tweedekansonderwijs zorgkundige - "
            "tweede jaar in 2022 hold again; the only correction that fits, not applied") in en, en
    [nl] = [f.message for f in _suspects(answer, "likely-typo", "nl")]
    assert "900124 2022 in de kolom Vrouw: 14 is mogelijk een tikfout voor 41" in nl, nl
    assert "daarmee kloppen Totaal 2022 in de kolom Vrouw en de kolom Totaal van" in nl


def test_a_wrong_figure_of_the_totaal_column_is_located_among_its_categories():
    """900124's Totaal of 2022 printed 56 (9 + 41 = 50): its Totaal column's total of unique
    persons still holds (160 between 77 and 166), so main located nothing — the error stood
    alone. The check against the categories says which single figures can be wrong: the
    Totaal figure (then 50), or Man (then 15) or Vrouw (then 47); each is named in its column."""
    rows = list(GENDER_ROWS)
    rows[1] = (rows[1][0], 9, 41, 56, 11, 39, 50)
    rows[3] = ("Totaal", 29, 131, 160, 36, 139, 175)
    answer = _read("single-spaced", PARAGRAPHS["zorg"], *GENDER, rows)
    found = _suspects(answer, "error-located")
    line = next(c.line for c in answer.tables[0].cells if c.code == "900124")
    assert sorted((f.table, f.line, f.training_code, f.period, f.stated, f.suggestion) for f in found) == [
        ("started", line, "900124", "2022", 56, 50),
        ("started_man", line, "900124", "2022", 9, 15),
        ("started_vrouw", line, "900124", "2022", 41, 47),
    ]
    messages = sorted(f.message for f in found)
    assert messages[0].startswith("900124 2022 in the Man column: 9 may be the wrong figure"), messages
    assert "(the Totaal column of Tweedekansonderwijs zorgkundige - tweede jaar in 2022 fails now); it must then " \
           "be 15; it is one of 3 figures that each could" in messages[0]
    nl = sorted(f.message for f in _suspects(answer, "error-located", "nl"))
    assert nl[0].startswith("900124 2022 in de kolom Man: 9 is mogelijk het foute cijfer"), nl


def test_a_table_of_categories_without_an_error_locates_nothing_and_needs_no_solver():
    """The same header with every figure right: nothing to locate (and the check of a table that
    holds stays in pure Python)."""
    answer = _read("single-spaced", PARAGRAPHS["zorg"], *GENDER, GENDER_ROWS)
    assert not _suspects(answer, "likely-typo") and not _suspects(answer, "error-located")


# --- 1. a table named as the reader sees it ----------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds" / "000_699ad5193617b98e.txt")


def test_the_seeds_period_not_given_names_the_table_by_its_header_and_line():
    """``table 'started' gives 4`` named the table by okot-audit's id; the reader of the answer
    knows it by its header's words and where it stands. The JSON ``table`` stays the id."""
    from okot_audit import read_answer

    answer = read_answer(SEEDS)
    [en] = [f for f in audit(answer).findings if f.rule == "period-not-given"]
    [nl] = [f for f in audit(answer, lang="nl").findings if f.rule == "period-not-given"]
    assert "; the table \"Unieke cursisten met gestarte OKOT'(s)\" (line 68) gives 4: 2018, 2019, 2020, 2021" \
        in en.message, en.message
    assert "; de tabel \"Unieke cursisten met gestarte OKOT'(s)\" (regel 68) geeft er 4: 2018" in nl.message, nl.message
    assert "'started'" not in en.message + nl.message
    assert en.table == nl.table == "started"


def test_a_long_header_is_cut_at_a_word_and_a_pdfs_table_names_its_page():
    from dataclasses import replace

    from okot_audit import read_answer
    from okot_audit.rules.base import table_name

    table = read_answer(SEEDS).table("stopped_or_failed")
    assert table_name(table) == 'the table "Unieke cursisten met stopgezette en uitgevoerde maar niet …" (line 161)'
    assert table_name(replace(table, page=4), "nl") == (
        'de tabel "Unieke cursisten met stopgezette en uitgevoerde maar niet …" (regel 161, pagina 4)')
    assert table_name(replace(table, title="(no header)", page=4)) == "the table at line 161 (page 4)"
    assert table_name(replace(table, title="(no header)"), "nl") == "de tabel op regel 161"
    assert table_name(replace(table, title="Opleiding", column="Man"), "nl") == (
        'de kolom Man van de tabel "Opleiding" (regel 161)')
    assert table_name(None, "en", 12) == "the table at line 12"


STRAY = (
    "OKOT's - Onderwijssector\n\n"
    "Unieke cursisten met gestarte OKOT'(s) 2020\n"
    "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50\n"
    "12\n"
    "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 38\n"
    "Totaal 80\n"
)


def test_a_stray_number_names_its_table_as_printed():
    answer = read_text(STRAY, "s.txt")
    [en] = [f.message for f in audit(answer).findings if f.rule == "stray-number"]
    [nl] = [f.message for f in audit(answer, lang="nl").findings if f.rule == "stray-number"]
    assert en.startswith("number 12 inside the table \"Unieke cursisten met gestarte OKOT'(s)\" (line 3) belongs to "
                         "no row"), en
    assert nl.startswith("getal 12 in de tabel \"Unieke cursisten met gestarte OKOT'(s)\" (regel 3) hoort bij geen "
                         "rij"), nl


def test_a_table_that_could_not_be_read_is_named_by_its_line():
    text = ("OKOT's - Zorgsector\n\nProvincie Opleiding Aantal\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 35\n"
            "900612: Professionele bachelor verpleegkunde - 2de jaar 35\nTotaal 35\n")
    answer = read_text(text, "u.txt")
    [en] = [f for f in audit(answer).findings if f.rule == "unreadable-table"]
    [nl] = [f.message for f in audit(answer, lang="nl").findings if f.rule == "unreadable-table"]
    assert en.message.startswith("cannot read the table at line 3: its header names no period"), en.message
    assert nl.startswith("de tabel op regel 3 is niet te lezen: de hoofding noemt geen periode"), nl


def test_a_column_of_unknown_measure_is_named_by_the_table_it_is_of():
    from test_two_level_headers import single_spaced

    rows = [("Graduaat orthopedagogie", 40, 30, 44, 35), ("Hbo verpleegkunde", 60, 51, 62, 50),
            ("Totaal", 100, 81, 106, 85)]
    answer = read_text(single_spaced(PARAGRAPHS["onderwijs"], "Opleiding", ["2022", "2023"],
                                     ["uitgevoerd", "geslaagd"], rows), "c.txt")
    [en] = [f.message for f in audit(answer).findings if f.rule == "measure-unknown"]
    [nl] = [f.message for f in audit(answer, lang="nl").findings if f.rule == "measure-unknown"]
    line = answer.tables[0].header_line
    assert en.startswith(f"the column 'uitgevoerd' that the table \"Opleiding\" (line {line}) prints under each "
                         "period beside 'geslaagd' does not say what it counts"), en
    assert nl.startswith(f"de kolom 'uitgevoerd' die de tabel \"Opleiding\" (regel {line}) onder elke periode "
                         "afdrukt naast 'geslaagd' zegt niet wat ze telt"), nl


def _all_findings():
    """Every finding of the rule cases and the seeds, in both languages."""
    import glob

    import yaml

    from okot_audit import read_answer

    answers = [read_answer(path) for path in sorted(glob.glob(str(ROOT / "seeds" / "*.txt")))]
    assert answers
    for path in sorted(glob.glob(str(ROOT / "tests" / "rule_cases" / "*.yaml"))):
        for k, case in enumerate(yaml.safe_load(open(path, encoding="utf-8"))["cases"]):
            if "text" in case:
                answers.append(read_text(case["text"], f"case{k}.txt"))
    for answer in answers:
        for lang in ("en", "nl"):
            yield from audit(answer, lang=lang).findings


def test_no_message_names_a_table_by_its_id():
    """No finding of the rule cases or the seeds says ``table 'started_by_province'``: the id
    is the JSON field's, the message speaks the answer's words."""
    findings = list(_all_findings())
    assert len(findings) > 100
    found = [f.message for f in findings if f.table and f"'{f.table.split('/')[-1]}'" in f.message]
    assert not found, found[:5]


# --- 2. rows of an aside: each row with its own values -------------------------------------------------

HEAD = (
    "ANTWOORD\nop vraag nr. 412 van 3 maart 2023\nvan Katrien Schryvers\n\n"
    "1. Het aantal unieke cursisten dat een OKOT startte.\n\n"
)
PROVINCES = "Provincie 2018 2019\nAntwerpen 1.120 1.190\nLimburg 610 640\nOost-Vlaanderen 1.002 1.100\nTotaal 2.700 2.880\n"


def _not_checked(text: str, lang: str = "en") -> list:
    return [f for f in audit(read_text(text, "a.txt"), lang=lang).findings if f.rule == "column-not-checked"]


def test_each_statistic_row_is_said_with_its_own_values_under_its_periods():
    """``Gemiddelde 911 977`` / ``Mediaan 1.002 1.100`` below the total were said as one run,
    ``('Gemiddelde; Mediaan': 911 977 1.002 1.100)``: which value was whose, and of which year,
    was left to guess. Each row is said with its label and its values under the periods."""
    [en] = _not_checked(HEAD + PROVINCES + "Gemiddelde 911 977\nMediaan 1.002 1.100\n")
    [nl] = _not_checked(HEAD + PROVINCES + "Gemiddelde 911 977\nMediaan 1.002 1.100\n", "nl")
    assert en.line == 12 and en.label is None and en.table == "started_by_province"
    assert en.message.startswith(
        'the table "Provincie" (line 7) also prints 2 rows of values that are no counts, lines 12–13: '
        "'Gemiddelde' (2018: 911, 2019: 977); 'Mediaan' (2018: 1.002, 2019: 1.100) — "), en.message
    assert nl.message.startswith(
        'de tabel "Provincie" (regel 7) drukt ook 2 rijen af met waarden die geen aantallen zijn, regels 12–13: '
        "'Gemiddelde' (2018: 911, 2019: 977); 'Mediaan' (2018: 1.002, 2019: 1.100) — "), nl.message


def test_one_subset_row_is_one_row_and_names_itself():
    [en] = _not_checked(HEAD + PROVINCES + "waarvan vrouwen 1.750 1.862\n")
    [nl] = _not_checked(HEAD + PROVINCES + "waarvan vrouwen 1.750 1.862\n", "nl")
    assert en.message.startswith(
        'the table "Provincie" (line 7) also prints a row that counts only some of the persons of a line above it, '
        "line 12: 'waarvan vrouwen' (2018: 1.750, 2019: 1.862) — a subset of that line"), en.message
    assert nl.message.startswith(
        'de tabel "Provincie" (regel 7) drukt ook een rij af die maar een deel van de personen van een regel erboven '
        "telt, regel 12: 'waarvan vrouwen' (2018: 1.750, 2019: 1.862) — een deelverzameling van die regel"), nl.message


def test_every_value_of_an_aside_row_is_said():
    """A row of eight values: the message gave the first six and ``…`` — a silent loss of what the
    answer prints. Each value is said (values not one per period: as printed)."""
    years = " ".join(str(y) for y in range(2015, 2023))
    text = (HEAD + f"Provincie {years}\n" + "Antwerpen " + " ".join(["100"] * 8) + "\n"
            + "Limburg " + " ".join(["50"] * 8) + "\nTotaal " + " ".join(["150"] * 8) + "\n"
            + "Gemiddelde 75 75 75 75 75 75 75 75 75\n")
    [en] = _not_checked(text)
    assert "'Gemiddelde' (75 75 75 75 75 75 75 75 75)" in en.message, en.message


def test_a_revised_figure_names_its_table_by_its_header(tmp_path, capsys):
    """``908003, 2021 (table 'graduated')``: the id again. The other answer's table is known by
    its id and title only (the figure index keeps no more): named by its title."""
    from okot_audit.cli import main as cli_main

    head = "OKOT's - Onderwijssector\nop vraag nr. {n} van {date}\n\n"
    caption = "Unieke cursisten met uitgevoerde, geslaagde OKOT'(s) 2021 2022{star}\n"
    (tmp_path / "a.txt").write_text(
        head.format(n=10, date="14 oktober 2022") + caption.format(star="*")
        + "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 40 20\nTotaal 40 20\n"
        + "*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        head.format(n=20, date="3 maart 2023") + caption.format(star="")
        + "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 38 30\nTotaal 38 30\n", encoding="utf-8")
    for lang, words in (("en", 'in the table "Unieke cursisten met uitgevoerde, geslaagde OKOT\'(s)" is 38 but 40'),
                        ("nl", 'in de tabel "Unieke cursisten met uitgevoerde, geslaagde OKOT\'(s)" is 38, maar 40')):
        with pytest.raises(SystemExit):
            cli_main(["check", "--no-cache", "--lang", lang, "--exit-zero", str(tmp_path / "a.txt"),
                      str(tmp_path / "b.txt")])
        lines = [line for line in capsys.readouterr().out.splitlines() if "figure-revised" in line]
        assert any(f"908003 {'for' if lang == 'en' else 'voor'} 2021 {words}" in line for line in lines), lines
        assert not any("'graduated'" in line for line in lines), lines


# --- 4. the rules' words reviewed ----------------------------------------------------------------------


def _messages(text: str, rule: str) -> tuple[str, str]:
    answer = read_text(text, "r.txt")
    [en] = [f.message for f in audit(answer).findings if f.rule == rule]
    [nl] = [f.message for f in audit(answer, lang="nl").findings if f.rule == rule]
    return en, nl


def test_a_schema_violation_says_what_the_value_must_be_in_words_not_as_a_pattern():
    """``column 'period' fails check str_matches('^(?:(?:199\\d|…)$') (matching the pattern
    '^(?:(?:199\\d|…)$') with value '1985'``: the regular expression twice, which no reader of an
    answer reads. The column and the check are still named (the contract)."""
    text = ("OKOT's - Onderwijssector\n\nUnieke cursisten met gestarte OKOT'(s) 1985\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50\nTotaal 50\n")
    answer = read_text(text, "r.txt")
    en = [f.message for f in audit(answer).findings if f.rule == "schema-violation"]
    nl = [f.message for f in audit(answer, lang="nl").findings if f.rule == "schema-violation"]
    assert en and all(m.startswith(
        "column 'period' fails check str_matches with value '1985': it must be a year from 1990 to 2049, a school "
        "year such as 2019-2020, a month such as 2020-10, a subtotal column such as Subtotaal 2020 t/m 2021, or "
        "Totaal;") for m in en), en
    assert all(m.startswith("kolom 'period' faalt de controle str_matches met waarde '1985': ze moet een jaar van "
                            "1990 tot 2049") for m in nl), nl
    assert not any("199\\d" in m for m in en + nl)


def test_a_count_beyond_the_schema_says_its_bound_once():
    text = ("OKOT's - Onderwijssector\n\nUnieke cursisten met gestarte OKOT'(s) 2020\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 1.234.567\nTotaal 1.234.567\n")
    answer = read_text(text, "r.txt")
    en = {f.message for f in audit(answer).findings if f.rule == "schema-violation"}
    assert en == {"column 'count' fails check less_than_or_equal_to with value 1234567: it must be at most 1000000; "
                  "the value cannot be what the answer means — check it in the answer"}, en


def test_a_province_label_that_disagrees_says_which_province_the_rows_are_counted_for():
    """``the floating label says Limburg but the block closes with 'Totaal Antwerpen' …; the rows
    are counted for the province of the Totaal line``: "floating label" is okot-audit's word, and
    which province the rows went to was left to work out."""
    text = ("OKOT's - Zorgsector\n\nUnieke gestarte cursisten in 2020.\nProvincie Opleiding Aantal\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 35\nLimburg\n"
            "900612: Professionele bachelor verpleegkunde - 2de jaar 16\nTotaal Antwerpen 50\nEindtotaal 50\n")
    en, nl = _messages(text, "province-label-mismatch")
    assert en == ("the province named inside this block, Limburg, is not the one its closing line names "
                  "('Totaal Antwerpen', line 8); its rows are counted for Antwerpen — check which province they "
                  "belong to"), en
    assert nl.startswith("de provincie die in dit blok genoemd wordt, Limburg, is niet die van de afsluitende regel "
                         "('Totaal Antwerpen', regel 8); de rijen worden bij Antwerpen geteld"), nl


def test_a_stray_number_says_its_line_once_and_what_to_look_for():
    """``…was not read as a cell: text inside the table that belongs to no row: '12'`` said the
    same thing twice, in okot-audit's words (a cell)."""
    en, nl = _messages(STRAY, "stray-number")
    assert en.endswith("belongs to no row and was not read as a figure of the table; the line reads '12' — check "
                       "whether a row lost its label or a figure its row"), en
    assert "is niet als cijfer van de tabel gelezen; de regel luidt '12'" in nl, nl
    assert "cell" not in en and "cel " not in nl


def test_a_withheld_count_and_an_unknown_code_read_plainly():
    withheld = ("OKOT's - Zorgsector\n\n1. Het aantal unieke cursisten met gestarte OKOT's per provincie.\n\n"
                "Provincie 2020 2021\nAntwerpen 120 131\nLimburg <5 7\nTotaal 123 138\n")
    en, nl = _messages(withheld, "count-withheld")
    assert "it is not read as a figure, and the totals it is part of are checked with it anywhere from 0 to 4" in en
    assert "het wordt niet als cijfer gelezen, en de totalen" in nl
    assert "no cell" not in en and "geen cel" not in nl
    unknown = ("OKOT's - Onderwijssector\n\nUnieke cursisten met gestarte OKOT'(s) 2020\n"
               "908099: Onbekende opleiding 5\n908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50\n"
               "Totaal 55\n")
    en, nl = _messages(unknown, "code-unknown")
    assert "its prefix 9080 suggests lerarenopleidingen (educatieve bachelors en masters), in sector onderwijs" in en
    assert "wijst op lerarenopleidingen (educatieve bachelors en masters), in de sector onderwijs" in nl


def test_rows_without_their_provinces_total_say_which_province_they_were_counted_for():
    """``they were read as Limburg from the floating label``: okot-audit's word again."""
    text = ("OKOT's - Zorgsector\n\nUnieke gestarte cursisten in 2020.\nProvincie Opleiding Aantal\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 35\nTotaal Antwerpen 35\n"
            "900612: Professionele bachelor verpleegkunde - 2de jaar 16\nLimburg\n"
            "900611: Professionele bachelor verpleegkunde - 1ste jaar 10\nEindtotaal 60\n")
    en, nl = _messages(text, "unreadable-table")
    assert en == ("the rows at lines 7–9 of the table \"Provincie Opleiding Aantal\" (line 4) have no closing "
                  "'Totaal <province>' line; they were counted for Limburg, the province named among them"), en
    assert nl.endswith("ze zijn geteld bij Limburg, de provincie die ertussen genoemd wordt"), nl
