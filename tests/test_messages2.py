"""Findings' messages that must be true for the table they are about (a review of the messages
as a journalist reads them): the unit word of what a table counts, the sheet of a workbook,
the figures a message lists — in English and in Dutch."""

from __future__ import annotations

from okot_audit import audit, read_text

HEAD = "ANTWOORD\nop vraag nr. 12 van 3 maart 2023\n"
ROWS = (
    "Opleiding 2021 2022\n"
    "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 60\n"
    "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 40 45\n"
)


def _messages(text: str, rule: str, lang: str = "en", path: str = "a.txt") -> list[str]:
    return [f.message for f in audit(read_text(text, path), lang=lang).findings if f.rule == rule]


# --- what the table counts ------------------------------------------------------------------


def test_a_total_of_persons_over_rows_of_enrolments_speaks_of_enrolments_beyond_persons():
    """``Totaal unieke cursisten`` under rows that count enrolments (a ``Totaal inschrijvingen``
    adds them up): the rows' surplus over the persons is enrolments beyond one per person, not
    "5 persons counted in more than one row" (one person with three enrolments in one row is
    two of the surplus, and counted in one row only)."""
    text = (HEAD + "1. Hieronder het aantal inschrijvingen en het aantal unieke cursisten in een OKOT per opleiding.\n\n"
            + ROWS + "Totaal inschrijvingen 90 105\nTotaal unieke cursisten 85 100\n")
    en = _messages(text, "parts-exceed-total")
    nl = _messages(text, "parts-exceed-total", "nl")
    assert len(en) == len(nl) == 2
    assert "its rows count enrolments and sum to 90: 5 enrolments more than persons" in en[0]
    assert "persons counted" not in en[0]
    assert "de rijen tellen inschrijvingen en komen samen op 90: 5 inschrijvingen meer dan personen" in nl[0]
    assert "dubbel geteld" not in nl[0]


def test_a_partition_of_enrolments_says_each_enrolment_not_each_person():
    text = (HEAD + "1. Hieronder het aantal inschrijvingen in een OKOT naar geslacht.\n\n"
            "Geslacht 2021 2022\nMan 50 60\nVrouw 40 45\nTotaal 85 105\n")
    [en] = _messages(text, "parts-exceed-total")
    [nl] = _messages(text, "parts-exceed-total", "nl")
    assert "every enrolment falls under one gender" in en and "every person" not in en
    assert "5 enrolments too many in the rows" in en
    assert "elke inschrijving valt onder één geslacht" in nl and "elke persoon" not in nl
    assert "5 inschrijvingen te veel" in nl


def test_a_partition_of_persons_still_speaks_of_persons():
    text = (HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, naar geslacht.\n\n"
            "Geslacht 2021 2022\nMan 50 60\nVrouw 40 45\nTotaal 85 105\n")
    [en] = _messages(text, "parts-exceed-total")
    assert "every person has one gender" in en and "5 unique persons too many" in en


def test_a_total_of_enrolments_below_a_part_is_no_total_of_unique_persons():
    """An enrolment total below one of its rows: "a total of unique persons cannot be below its
    largest part" said something untrue of the table — it counts enrolments, which add up."""
    text = (HEAD + "1. Hieronder het aantal inschrijvingen in een OKOT per opleiding.\n\n" + ROWS + "Totaal 30 105\n")
    [en] = _messages(text, "total-below-largest-part")
    [nl] = _messages(text, "total-below-largest-part", "nl")
    assert "unique persons" not in en and "a total of enrolments is the sum of its parts" in en
    assert "unieke personen" not in nl and "een totaal van inschrijvingen is de som van de delen" in nl


def test_a_total_of_persons_below_a_part_still_says_unique_persons():
    text = HEAD + "1. Het aantal unieke cursisten dat een OKOT startte.\n\n" + ROWS + "Totaal 45 60\n"
    [en] = _messages(text, "total-below-largest-part")
    assert "a total of unique persons cannot be below its largest part" in en


def test_an_enrolment_total_above_its_rows_names_the_missing_enrolments():
    text = (HEAD + "1. Hieronder het aantal inschrijvingen in een OKOT per opleiding.\n\n" + ROWS + "Totaal 90 110\n")
    [en] = _messages(text, "total-exceeds-parts")
    [nl] = _messages(text, "total-exceeds-parts", "nl")
    assert "5 enrolments missing in the rows" in en
    assert "5 inschrijvingen ontbreken in de rijen" in nl


def test_a_table_of_enrolments_without_total_is_not_said_to_count_persons():
    text = HEAD + "1. Hieronder het aantal inschrijvingen in een OKOT per opleiding.\n\n" + ROWS
    [en] = _messages(text, "total-missing")
    [nl] = _messages(text, "total-missing", "nl")
    assert "unique persons" not in en and "how many enrolments it counts in all is not stated" in en
    assert "unieke personen" not in nl and "hoeveel inschrijvingen ze in totaal telt" in nl


def test_a_table_that_does_not_say_what_it_counts_is_read_as_persons_and_says_so():
    """No unit word anywhere: the totals are read as unique persons (as OKOT answers count
    them), and the message says that this is how it was read, not what the table says."""
    text = HEAD + "1. Hieronder de cijfers per opleiding.\n\n" + ROWS + "Totaal 85 100\n"
    [first, _] = _messages(text, "parts-exceed-total")
    [first_nl, _] = _messages(text, "parts-exceed-total", "nl")
    assert "(the table does not say what it counts: read as unique persons)" in first
    assert "(de tabel zegt niet wat ze telt: gelezen als unieke personen)" in first_nl
    stated = HEAD + "1. Het aantal unieke cursisten dat een OKOT startte.\n\n" + ROWS + "Totaal 85 100\n"
    assert "does not say" not in _messages(stated, "parts-exceed-total")[0]


# --- the sheet of a workbook --------------------------------------------------------------


def _workbook() -> bytes:
    """Two sheets, each a table whose rows sum to more than its total, at the same row."""
    import io

    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "Tabel 1"
    second = book.create_sheet("Tabel 2")
    for sheet, caption, total in ((first, "Aantal unieke gestarte cursisten", 85),
                                  (second, "Aantal unieke geslaagde cursisten", 70)):
        sheet.append([caption])
        sheet.append(["Opleiding", "2021"])
        sheet.append(["Graduaat orthopedagogie", 50])
        sheet.append(["Graduaat verpleegkunde", 40])
        sheet.append(["Totaal", total])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_findings_in_a_workbook_name_the_sheet_and_row_in_every_report():
    """Two sheets with a finding at the same row 5: the location (``annex.xlsx:5``) cannot say
    which. The message names the sheet and its row, so every report does — text, JSON,
    SARIF, GitHub annotations, Markdown — and in Dutch."""
    import json

    import pytest

    pytest.importorskip("openpyxl")
    from okot_audit.report import render

    answer = read_text(_workbook(), "annex.xlsx")
    report = audit(answer)
    found = [(f.line, f.table, f.message) for f in report.findings if f.rule == "parts-exceed-total"]
    assert [(line, table) for line, table, _ in found] == [(5, "Tabel 1/started"), (5, "Tabel 2/graduated")]
    assert found[0][2].startswith("sheet 'Tabel 1', row 5: Totaal 2021 counts 85 unique persons")
    assert found[1][2].startswith("sheet 'Tabel 2', row 5: Totaal 2021 counts 70 unique persons")
    for fmt in ("text", "markdown", "github"):
        assert "sheet 'Tabel 2', row 5: Totaal 2021" in render(report, fmt), fmt
    data = json.loads(render(report, "json"))
    assert [f["message"][:22] for f in data["findings"] if f["rule"] == "parts-exceed-total"] == [
        "sheet 'Tabel 1', row 5", "sheet 'Tabel 2', row 5"]
    sarif = json.loads(render(report, "sarif"))
    texts = [r["message"]["text"] for r in sarif["runs"][0]["results"] if r["ruleId"] == "OK103"]
    assert texts[1].startswith("sheet 'Tabel 2', row 5: ")
    dutch = [f.message for f in audit(answer, lang="nl").findings if f.rule == "parts-exceed-total"]
    assert dutch[1].startswith("blad 'Tabel 2', rij 5: Totaal 2021 telt 70 unieke personen")


def test_a_figure_revised_against_a_workbook_names_its_sheet():
    """figure-revised names the other answer's place (``annex.xlsx:3``); in a workbook, with
    its sheet, as a PDF's place has its page."""
    import pytest

    pytest.importorskip("openpyxl")
    book = read_text(_workbook(), "annex.xlsx")
    later = read_text("Aantal unieke gestarte cursisten\nOpleiding 2021\nGraduaat orthopedagogie 52\n"
                      "Graduaat verpleegkunde 40\nTotaal 87\n", "later.txt")
    [en, _] = [f.message for f in audit([book, later]).findings if f.rule == "figure-revised"]  # (row, total)
    [nl, _] = [f.message for f in audit([book, later], lang="nl").findings if f.rule == "figure-revised"]
    assert "in annex.xlsx:3 (sheet 'Tabel 1')" in en
    assert "in annex.xlsx:3 (blad 'Tabel 1')" in nl


# --- figures two spaces apart, typed by hand --------------------------------------------------

QUESTION = "1. Hieronder het aantal unieke cursisten dat een OKOT startte, per opleiding.\n\n"


def _cells(answer) -> list[tuple]:
    return [(c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def test_figures_typed_two_spaces_apart_are_read_as_cells_not_blanks():
    """Text typed by hand with two spaces between every cell, not aligned in columns (so not
    read as laid out): each gap of two spaces read as a blank cell, so every row had more
    places than periods — "it ends in more figures (50, 71) than the table has periods (2)",
    a message untrue of two figures under two periods — and no cell was read."""
    text = (HEAD + QUESTION + "Opleiding  2019  2020\nGraduaat orthopedagogie  50  71\n"
            "Educatieve graduaatsopleiding  38  45\nBachelor verpleegkunde  20  25\nTotaal  105  140\n")
    answer = read_text(text, "hand.txt")
    assert answer.issues == []
    assert _cells(answer) == [
        ("Graduaat orthopedagogie", "2019", 50), ("Graduaat orthopedagogie", "2020", 71),
        ("Educatieve graduaatsopleiding", "2019", 38), ("Educatieve graduaatsopleiding", "2020", 45),
        ("Bachelor verpleegkunde", "2019", 20), ("Bachelor verpleegkunde", "2020", 25),
        ("Totaal", "2019", 105), ("Totaal", "2020", 140),
    ]
    assert [(f.rule, f.difference) for f in audit(answer).findings] == [
        ("parts-exceed-total", 3), ("parts-exceed-total", 1)]


def test_a_blank_in_text_typed_two_spaces_apart_is_a_cell_wider():
    """Two spaces part two cells; four spaces (a cell more) leave one blank between them, as
    one space more does in the seeds' form; a gap of no whole number of cells is placed by the
    totals."""
    text = (HEAD + QUESTION + "Opleiding  2019  2020  2021\n908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar  50    138\n"
            "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar  38  45  54\n"
            "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar  20  25   30\nTotaal  105  70  215\n")
    answer = read_text(text, "hand.txt")
    assert answer.issues == []
    assert [(c.code, c.period, c.count) for c in answer.tables[0].rows()] == [
        ("908001", "2019", 50), ("908001", "2021", 138),
        ("908002", "2019", 38), ("908002", "2020", 45), ("908002", "2021", 54),
        ("908003", "2019", 20), ("908003", "2020", 25), ("908003", "2021", 30),
    ]


def test_a_row_whose_spacing_overflows_its_periods_says_so_truly():
    """In the seeds' form (figures one space apart), a row typed with two spaces between two
    figures under two periods reads as a blank between them: the row is not read — and the
    message no longer claims more figures than periods for two figures under two periods."""
    text = (HEAD + QUESTION + "Opleiding 2019 2020\n908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71\n"
            "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar  38  45\n"
            "Totaal 85 110\n")
    [en] = _messages(text, "unreadable-table")
    [nl] = _messages(text, "unreadable-table", "nl")
    assert "more figures" not in en
    assert "its 2 figures (38, 45) would fit the table's 2 periods, but the wide spaces" in en
    assert "haar 2 cijfers (38, 45) zouden passen in de 2 perioden van de tabel" in nl
    more = text.replace("2de jaar  38  45", "2de jaar 7 38 45")
    [en] = _messages(more, "unreadable-table")
    assert "it ends in more figures (7, 38, 45) than the table has periods (2)" in en


# --- the other rules' words -----------------------------------------------------------------

ENROLMENTS = "1. Hieronder het aantal inschrijvingen in een OKOT per opleiding.\n\n"


def test_a_repeated_row_or_a_code_of_another_sector_counts_enrolments_in_a_table_of_enrolments():
    text = (HEAD + ENROLMENTS + "Opleiding 2021\n908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50\n"
            "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 40\nTotaal 90\n")
    answer = read_text(text, "a.txt")
    en = {f.rule: f.message for f in audit(answer, sector="zorg").findings}
    nl = {f.rule: f.message for f in audit(answer, sector="zorg", lang="nl").findings}
    assert en["duplicate-row"].endswith("a repeated row counts its enrolments twice or hides a mistyped code")
    assert nl["duplicate-row"].endswith("een herhaalde rij telt inschrijvingen dubbel of verbergt een verkeerde code")
    assert en["code-outside-sector"].endswith("its enrolments do not belong in this table")
    assert nl["code-outside-sector"].endswith("die inschrijvingen horen niet in deze tabel")
    persons = audit(read_text(text.replace(ENROLMENTS, QUESTION), "a.txt"), sector="zorg").findings
    assert "counts its persons twice" in next(f.message for f in persons if f.rule == "duplicate-row")


def test_a_double_count_outlier_gives_its_share_of_the_total_not_of_the_entries():
    """"292 of 1492 entries (24%)" put a share of the total (292 of 1200) beside the rows' sum:
    292 is 20% of 1492. The message now says what the share is of."""
    text = (HEAD + QUESTION + "Opleiding 2018 2019 2020 2021\nGraduaat orthopedagogie 200 400 700 700\n"
            "Graduaat verpleegkunde 241 464 792 796\nTotaal 439 834 1200 1480\n")
    [en] = _messages(text, "double-count-outlier")
    [nl] = _messages(text, "double-count-outlier", "nl")
    assert en.startswith("Totaal 2020: the 292 counted more than once are 24% of the total")
    assert nl.startswith("Totaal 2020: de 292 dubbel getelden zijn 24% van het totaal")


def test_error_located_names_the_failing_totals_in_dutch_with_the_verb_that_agrees():
    """Two totals fail: the Dutch message joined them with the English "and" and a singular
    verb ("A and B klopt nu niet"); the English one said "A and B fails now"."""
    text = (HEAD + "1. Hieronder het aantal inschrijvingen en het aantal unieke cursisten in een OKOT per opleiding.\n\n"
            "Opleiding 2021\nGraduaat orthopedagogie 50\nGraduaat verpleegkunde 40\n"
            "Totaal inschrijvingen 95\nTotaal unieke cursisten 93\n")
    en = _messages(text, "error-located")[0]
    nl = _messages(text, "error-located", "nl")[0]
    assert en.startswith("Graduaat orthopedagogie 2021: 50 may be the wrong figure")
    assert "(Totaal inschrijvingen 2021 and Totaal unieke cursisten 2021 fail now)" in en
    assert "(Totaal inschrijvingen 2021 en Totaal unieke cursisten 2021 kloppen nu niet)" in nl
    one = text.replace("Totaal unieke cursisten 93\n", "")
    assert "(Totaal inschrijvingen 2021 fails now)" in _messages(one, "error-located")[0]
    assert "(Totaal inschrijvingen 2021 klopt nu niet)" in _messages(one, "error-located", "nl")[0]


def test_a_suspect_figure_is_set_apart_from_the_row_and_period_it_stands_in():
    """``462920 2021 60 may be a typo for 460`` read as three numbers; the figure now follows
    its row and period after a colon."""
    text = HEAD + QUESTION + ROWS.replace("2de jaar 40 45", "2de jaar 4 45") + "Totaal 90 100\n"
    [first, *_] = _messages(text, "likely-typo")
    assert first.startswith("908002 2021: 4 may be a typo for ")


def test_a_table_of_months_under_a_question_of_years_does_not_give_months_as_years():
    """"asks for 5 years …; table gives 2: 2018-02, 2018-03" counted two months as two of the
    years asked for (Dutch: "geeft er 2", two of them)."""
    text = ("1. Hoeveel unieke personen startten in de vijf recentste jaren waarvoor er cijfers\n"
            "beschikbaar zijn, een OKOT?\n\nANTWOORD\nop vraag nr. 136 van 22 februari 2018\n\n"
            "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.\n\n"
            "Opleiding februari 2018 maart 2018\nGraduaat orthopedagogie 22 52\nGraduaat verpleegkunde 10 12\n"
            "Totaal 30 60\n")
    [en] = _messages(text, "period-not-given")
    [nl] = _messages(text, "period-not-given", "nl")
    assert "asks for 5 years" in en and "gives 2 months: 2018-02, 2018-03" in en
    assert "geeft 2 maanden: 2018-02, 2018-03" in nl and "geeft er" not in nl
    years = text.replace("februari 2018 maart 2018", "2016 2017")
    assert "gives 2: 2016, 2017" in _messages(years, "period-not-given")[0]
    assert "geeft er 2: 2016, 2017" in _messages(years, "period-not-given", "nl")[0]


def test_persons_counted_in_two_provinces_of_a_table_whose_rows_are_provinces():
    """``Vlaams Gewest`` over province rows: the persons counted twice moved between provinces;
    "in more than one row" said less than the table does."""
    text = (HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, per provincie.\n\n"
            "Provincie 2021\nAntwerpen 100\nLimburg 50\nVlaams Gewest 140\n")
    [en] = _messages(text, "parts-exceed-total")
    [nl] = _messages(text, "parts-exceed-total", "nl")
    assert "10 persons counted in more than one province" in en
    assert "10 personen dubbel geteld in meer dan één provincie" in nl


def test_a_total_column_is_named_by_its_column_not_as_one_more_period():
    """A total column's cell was named ``Totaal Totaal`` (the total line's) or ``Graduaat
    orthopedagogie Totaal`` — read as a row and a period; it is the Totaal column of its row."""
    text = (HEAD + QUESTION + "Opleiding 2020 2021 Totaal\nGraduaat orthopedagogie 50 60 100\n"
            "Graduaat verpleegkunde 40 45 80\nTotaal 85 100 170\n")
    en = _messages(text, "parts-exceed-total")
    nl = _messages(text, "parts-exceed-total", "nl")
    assert any(m.startswith("the Totaal column of Graduaat orthopedagogie counts 100 unique persons") for m in en)
    assert any(m.startswith("the Totaal column of the Totaal line counts 170 unique persons") for m in en)
    assert not any("Totaal Totaal" in m for m in en + nl)
    assert any(m.startswith("de kolom Totaal van de regel Totaal telt 170 unieke personen") for m in nl)


def test_an_ambiguous_row_with_a_figure_per_period_is_not_said_to_have_blanks():
    """pdfplumber's laid-out text of the seed: row 908004 prints four figures under four
    periods, and which period each stands in is what the spacing leaves open (a number of its
    label may be one of them) — "does not say which of the 4 periods are blank" was untrue."""
    from pathlib import Path

    from okot_audit import read_answer

    path = Path(__file__).parent / "data" / "extracted" / "000_699ad5193617b98e.ligatures.pdfplumber-layout.txt"
    answer = read_answer(path)
    en = next(f.message for f in audit(answer).findings if f.rule == "ambiguous-alignment" and f.line == 80)
    nl = next(f.message for f in audit(answer, lang="nl").findings if f.rule == "ambiguous-alignment" and f.line == 80)
    assert "(numbers: 14, 27, 35, 44)" in en and "blank" not in en
    # (what leaves it open is whether the 14 ends its name or is a count: said so, session 27)
    assert en.startswith("row 908004: its name may end in '… 1 ste jaar 14' — the 14 the name's own, no count — or "
                         "in '… 1 ste jaar', the 14 a count")
    assert "in which of the 4 periods each stands, cannot be told" in en
    assert "in welke van de 4 perioden elk staat, is niet te zeggen" in nl and "leeg" not in nl


def test_a_withheld_count_says_the_range_the_totals_were_checked_with():
    from okot_audit import audit, read_text

    answer = read_text("OKOT - Zorgsector\n\n1. Het aantal unieke cursisten dat startte.\n\n"
                       "Provincie 2020 2021\nAntwerpen 120 131\nLimburg <5 7\nWest-Vl. ≤3 9\nTotaal 123 147\n", "w.txt")
    found = audit(answer).by_rule("count-withheld")
    assert [f.message[-len("from 0 to 4"):] for f in found] == ["from 0 to 4", "from 0 to 3"]
    nl = audit(answer, lang="nl").by_rule("count-withheld")
    assert [f.message[-len("van 0 tot en met 4"):] for f in nl] == ["van 0 tot en met 4", "van 0 tot en met 3"]

