"""Round 23: the smallest examples of what random runs of the generator's properties found.

Each test is a failing example of a property run with ``HYPOTHESIS_PROFILE=dev`` (random
seeds), reduced by hand to the few lines that fail; each failed on the code before its fix.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text


def _read(text: str):
    answer = read_text(text, "generated.txt")
    cells = [(c.level, c.code or c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    return cells, answer


def _errors(answer) -> list[str]:
    return [f.rule for f in audit(answer).findings if f.severity == "error"]


#: A header wrapped over four lines in a narrow cell, its periods after the last line's words.
NARROW = "Unieke cursisten met\nstopgezette en uitgevoerde\nmaar niet geslaagde\nOKOT'(s) 2022** 2023 2024* Totaal\n"


def test_a_header_wrapped_in_a_narrow_cell_repeated_on_the_next_page_goes_on_with_its_table():
    """pypdf's text of a table whose header wraps in a narrow cell over four lines, repeated at
    the top of page 2 (``test_single_spaced_text_of_the_pdf_never_passes_unread
    [pypdf-code_two_totals_column]``, seed 32). The header's last line holds its periods
    (``OKOT'(s) 2022** 2023 2024* Totaal``, longer than a narrow cell's line): before, its
    length counted, the header's first line (``Unieke cursisten met``) was left out of it, and
    the repeat on page 2, which starts with that line, was taken for another table's header —
    page 1's rows were cut from ``Totaal zorg`` (a false ``total-exceeds-parts`` error)."""
    cells, answer = _read(
        "3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.\n"
        + NARROW + "Zorg\n081367: educ onderwijs 15 22 43 80\n130614: graduaatsopleiding 45 24 57 119\n1/2\f"
        + NARROW + "202779: bachelor 47 15 36 98\nTotaal zorg 107 61 136 297\n"
    )
    assert answer.issues == []
    assert len(answer.tables) == 1
    assert [c[1] for c in cells if c[0] == "row" and c[2] == "2022"] == ["081367", "130614", "202779"]
    assert _errors(answer) == []


def test_a_row_run_into_the_total_line_below_it_is_two_lines():
    """pypdf left out the line break between a row and the block's total line, the total's
    first word glued to the row's last figure (``… onderwijs: 57 57Totaal onderwijs 117 468
    585``; ``test_single_spaced_text_of_the_pdf_never_passes_unread[pypdf-code_by_sector_column]``,
    seed 20). Before, the row's figures were read as words of its label and lost without a
    word, the total's figures taken for the row's. Now the two are read apart, both at the line
    that prints them."""
    cells, answer = _read(
        "Unieke cursisten met stopgezette OKOT'(s) januari 2019 februari 2019 Totaal\nOnderwijs\n"
        "720058: met 60 468 528\n973896: met - 1 ste jaar onderwijs: 57 57Totaal onderwijs 117 468 585\n"
        "Totaal 117 468 585\n"
    )
    assert answer.issues == []
    assert [c for c in cells if c[4] == 4] == [
        ("row", "973896", "2019-01", 57, 4), ("row", "973896", "Totaal", 57, 4),
        ("subtotal", "Totaal onderwijs", "2019-01", 117, 4), ("subtotal", "Totaal onderwijs", "2019-02", 468, 4),
        ("subtotal", "Totaal onderwijs", "Totaal", 585, 4),
    ]
    assert _errors(answer) == []


def test_a_province_row_run_into_the_next_is_two_rows():
    """``Limburg 53 34Oost-Vlaanderen 67 6``: two province rows pypdf ran into one. Before, the
    first row's figures were words of a label (``Limburg 53 34Oost-Vlaanderen``)."""
    cells, answer = _read("Provincie 2016 2017\nAntwerpen 38 53\nLimburg 53 34Oost-Vlaanderen 67 6\nTotaal 158 93\n")
    assert answer.issues == []
    assert [c[1:] for c in cells if c[0] == "row"] == [
        ("Antwerpen", "2016", 38, 2), ("Antwerpen", "2017", 53, 2), ("Limburg", "2016", 53, 3),
        ("Limburg", "2017", 34, 3), ("Oost-Vlaanderen", "2016", 67, 3), ("Oost-Vlaanderen", "2017", 6, 3),
    ]
    assert _errors(answer) == []


def test_a_number_glued_to_a_word_inside_a_label_stays_the_labels():
    """A digit glued to a capital that opens no line of its own (``3D``, ``5Opvoeder``), a glued
    total's word with no figures after it, or one glued to a number alone first on its line
    (a page's number) is left as printed."""
    cells, answer = _read("Opleiding 2016 2017\n100001: 3D-tekenaar 38 53\n100002: module 7 9\nTotaal 45 62\n")
    assert [c[1] for c in cells if c[0] == "row"] == ["100001", "100001", "100002", "100002"]
    assert answer.issues == [] and _errors(answer) == []
    from okot_audit.source import text_source

    lines = ("100001: tekenaar 38 53 2Totaal", "100002: niveau 5Opvoeder 12 14", "2Totaal 4 5")
    assert text_source("\n".join(lines)).lines == lines
    # (a page's number with its word before it, glued to a total: the total's line set apart)
    assert text_source("Pagina 2Totaal 4 5").lines == ("Pagina 2", "Totaal 4 5")


def test_a_province_first_on_a_laid_out_names_last_line_keeps_the_figures_places():
    """Laid-out text (``test_laid_out_text_reads_back_exactly[code_two_totals_column]``, seed 1):
    the block's province printed at the start of the last line of a coded row's name, the line
    of its figures, a blank marked ``x`` among them. Before, the province was cut from that line
    with its places, the figures moved left by its width, and the total column's ``37`` was read
    under ``maart 2017`` (a false ``total-exceeds-parts`` on the block's total column)."""
    cells, answer = _read(
        "                                             februari   maart\n"
        "Provincie       Opleiding                        2017    2017   Totaal\n"
        "                383472: knelpuntvakken 2 -\n"
        "                3 traject                          27      36       63\n"
        "                980460: kleuteronderwijs\n"
        "Oost-Vlaanderen ste jaar                           37       x       37\n"
        "                736702: Educatieve\n"
        "                beroepsonderwijs - 1ste\n"
        "                jaar traject                       14    1323     1337\n"
        "Totaal Oost-Vlaanderen                             78    1359     1437\n"
    )
    assert answer.issues == []
    assert [c[1:4] for c in cells if c[1] == "980460"] == [("980460", "2017-02", 37), ("980460", "Totaal", 37)]
    assert [f.rule for f in audit(answer).findings if f.rule.startswith("total-") and f.severity == "error"] == []


def test_a_long_name_far_from_the_margin_of_a_laid_out_line_is_a_rows():
    """A PDF's line (``test_the_pdf_reads_back_exactly[programme_by_province_years]``, seed 3)
    or laid-out text: a programme's long name in a column far from the margin, its figures
    farther. Before, the spaces before and after the name counted in its length, the line was
    taken for prose longer than any label (150 characters), its figures for stray numbers, and
    the block's total for one over a missing row (``total-exceeds-parts``)."""
    name = "Professionele opvoeder individueel traject - modules 1- 4 gehandicaptenzorg orthopedagogie"

    def row(province: str, label: str, figures: tuple[str, ...]) -> str:
        return f"{province:<68}{label:<{len(name)}}" + "".join(f"{f:>10}" for f in figures)

    cells, answer = _read("\n\n".join([
        row("Provincie", "Opleiding", ("2018", "2019", "Totaal")), row("Limburg", "Graduaat vakbevoegdheid", ("17", "", "17")),
        row("", name, ("37", "38", "60")), row("Totaal Limburg", "", ("54", "38", "77"))]) + "\n")
    assert answer.issues == []
    assert [c[2:4] for c in cells if c[1] == name] == [("2018", 37), ("2019", 38), ("Totaal", 60)]
    assert _errors(answer) == []


def test_a_count_whose_thousands_a_space_sets_apart_beside_a_blank_the_spacing_shows_is_read():
    """The seeds' form, thousands apart by a space (``test_thousands_apart_by_a_space_never_pass_
    unread``, seed 13): ``25-54 jaar 1 693 40  `` under three periods, its last blank the extra
    space at the end. The figures alone are as many as the periods, so no thousands were
    joined: the spacing's blank left room for two, the ``1`` was read as the label's
    (``25-54 jaar 1``: 693 and 40), and the partition's total a false ``total-exceeds-parts``
    error (1.718 against 718). Now 1.693, 40 and a blank are a reading too, and the totals
    choose it."""
    cells, answer = _read("Leeftijd 2018 2019 2020*\n-25 jaar 20 3  \n25-54 jaar 1 693 40  \n55+ jaar 5 52 47\n"
                          "Totaal 1 718 95 47\n")
    assert answer.issues == []
    assert [c[1:4] for c in cells if c[1] == "25-54 jaar"] == [("25-54 jaar", "2018", 1693), ("25-54 jaar", "2019", 40)]
    assert _errors(answer) == []
    # (the totals say the ``1`` is no count's: the label's, as before)
    cells, answer = _read("Opleiding 2018 2019 2020\nVerkorte bachelor jaar 1 693 40  \nGraduaat 5 52 47\nTotaal 698 92 47\n")
    assert [c[1:4] for c in cells if c[0] == "row"][:2] == [
        ("Verkorte bachelor jaar 1", "2018", 693), ("Verkorte bachelor jaar 1", "2019", 40)]
    assert answer.issues == [] and _errors(answer) == []
    # (only where a line of the table prints thousands apart by a space: else ``5 66 29  17 65 172 ``
    # keeps its one exact reading, the label's ``5``, no 65.172 — ``test_the_seeds_form_reads_back_
    # exactly[programme_by_sector_column]``, seed 42, whose enrolments' total no reading sums to)
    cells, answer = _read(
        "Opleiding 2015-2016* 2016-2017 2017-2018 2018-2019 2019-2020 Totaal\n"
        "Opvoeder vakbevoegdheid kinderzorg -1ste \njaar 11 26 37 27  101\n"
        "Opvoeder bijkomende educ verpleegkunde module\n5 66 29  17 65 172 \n"
        "Totaal inschrijvingen 77 55 145 44 65 300 \nTotaal unieke cursisten 77 55 37 44 65 273\n")
    assert answer.issues == []
    assert [c[3] for c in cells if c[1] == "Opvoeder bijkomende educ verpleegkunde module 5"] == [66, 29, 17, 65, 172]
    # (nor where a line's figures are more than the periods by its label's own number, ``deel 2``:
    # ``5 200`` stays 5 and 200 — ``test_a_corrupted_figure_is_reported_as_the_figures_say
    # [programme_nested]``, derandomized)
    cells, answer = _read("Opleiding 2015 2016 2017 2018 Totaal\nEducatieve bachelor - deel 2 51 45 5 1 102\n"
                          "Graduaat bachelor jaar 1 1  5 200 206\nTotaal 52 45 10 201 308\n")
    assert answer.issues == []
    assert [c[3] for c in cells if c[1] == "Graduaat bachelor jaar 1"] == [1, 5, 200, 206]


def test_a_mark_among_figures_alone_below_a_labels_words_that_end_in_its_number_is_a_blank():
    """pypdf's text (``test_thousands_apart_by_a_space_never_pass_unread``, seed 11): a name
    wrapped before its number (``Specifieke verkort - deel`` / ``2 4 / 57``), the figures alone
    on the number's line, in an answer that prints its blanks as ``/``. The line's figures and
    marks are one more than the periods, the first the label's (``deel 2``) — but only the
    line above says so. Before, the slash was taken for the label's (``… deel 2 4 /``, 57 in
    2020): the 4 was lost and, the total counting unique persons, the answer passed clean."""
    cells, answer = _read("Opleiding 2018 2019 2020\nSpecifieke verkort - deel\n2 4 / 57\nGraduaat zorg 4 54 /\n"
                          "Totaal unieke cursisten 4 54 57\n")
    assert answer.issues == []
    assert [c[1:4] for c in cells if c[0] == "row"][:2] == [
        ("Specifieke verkort - deel 2", "2018", 4), ("Specifieke verkort - deel 2", "2020", 57)]


def test_a_long_line_of_a_name_alone_in_laid_out_text_leaves_the_table_its_columns():
    """Laid-out text (``test_laid_out_text_reads_back_exactly[programme_by_province_years]``,
    seed 42, reduced): lines of names wrapped in the name column, one alone on its line longer
    than 24 characters (``Se-n-se verkort individueel``). Before, such a line was taken for
    prose that ends the table: the rows below it were laid out on columns of their own, moved
    right of the header's by the names joined before their figures, and each was an
    ``ambiguous-alignment`` error. A line alone that ends left of the table's figures (and ends
    no sentence) is a name's line."""
    cells, answer = _read(
        "Provincie            Opleiding                             2016**    2017    2018    2019    2020    2021*\n\n"
        "                     Se-n-se verkort individueel\n\n"
        "                     Se-n-se verkort individueel\n"
        "                     Graduaat jeugd- opvoeder jeugd-                   40              57               36\n\n"
        "                     Graduaat opvoeder sec\n"
        "                     lerarenopleiding                                  39       4      30      21       53\n"
    )
    assert answer.issues == []
    assert [c[2:4] for c in cells if c[1] == "Graduaat opvoeder sec lerarenopleiding"] == [
        ("2017", 39), ("2018", 4), ("2019", 30), ("2020", 21), ("2021", 53)]


def test_a_category_of_persons_owns_no_number_before_a_count_whose_thousands_a_space_sets_apart():
    """``-25 jaar 1 747 12 38`` under three periods (``test_thousands_apart_by_a_space_never_
    pass_unread``, seed 35): four figures, one too many, the first after ``jaar``, a word a
    label's digit may follow (``… jaar 1``). Before, the ``1`` was read as the label's
    (``-25 jaar 1``: 747, 12, 38) and the partition's total a false ``total-exceeds-parts``
    error (1.816 against 816). An age class (or any category of persons) whole without it owns
    no number: 1.747, 12 and 38."""
    cells, answer = _read("Leeftijd 2022 2023 2024\n-25 jaar 1 747 12 38\n25-54 jaar 41 55 32\n55+ jaar 28 55 53 \n"
                          "Totaal unieke cursisten 1 816 122 123 \n")
    assert answer.issues == []
    assert [c[1:4] for c in cells if c[0] == "row"][:3] == [
        ("-25 jaar", "2022", 1747), ("-25 jaar", "2023", 12), ("-25 jaar", "2024", 38)]
    assert _errors(answer) == []


def test_a_slash_blank_before_thousands_apart_by_a_space_is_read():
    """``… 2de jaar / 1 500 22 `` under three periods, in an answer that prints its blanks as
    ``/`` and its thousands apart by a space (``test_thousands_apart_by_a_space_never_pass_
    unread``, seed 39): 2019 blank, 1.500, 22. Before, the slash was the label's (figures and
    marks one more than the periods) and the row read 1, 500 and 22: a false
    ``total-exceeds-parts`` error on the block's total (1.606 against 606)."""
    cells, answer = _read(
        "Provincie Opleiding 2019 2020 2021*\n133882: graduaatsopleiding individueel traject -\n"
        "module 5 tandartsassistent - 2de jaar / 1 500 22 \nAntwerpen\n283386: onderwijs 55 29 11\n"
        "600430: Educatieve lager onderwijs 34 51 /\nTotaal Antwerpen 89 1 580 33\n")
    assert answer.issues == []
    assert [c[2:4] for c in cells if c[1] == "133882"] == [("2020", 1500), ("2021", 22)]
    assert _errors(answer) == []


def test_an_enrolments_total_whose_thousands_a_space_sets_apart_over_persons_rows_is_read():
    """``test_thousands_apart_by_a_space_never_pass_unread`` (seed 45): a total line of
    enrolments over rows of unique persons, its thousands apart by a space. Its Totaal column
    (2.894, the enrolments of its periods) is no sum of the rows' (2.873), so no reading fitted
    every column and the first was taken: 116.126, 1.534, 1.118, 2 and 894, false total errors.
    The reading most columns fit is taken: 116, 126, 1.534, 1.118 and 2.894."""
    cells, answer = _read(
        "Opleiding maart 2016 april 2016 mei 2016 juni 2016 Totaal\nSe-n-se vorming\n"
        "master individueel traject - module 5 gehandicaptenzorg 53 55 60 45 192\n"
        "Specifieke secundair sec jeugd- 13 22 1 428 1 060 2 523\n"
        "Se-n-se onderwijs secundair met - 2e jaar jeugd- 50 49 46 13 158\n"
        "Totaal inschrijvingen 116 126 1 534 1 118 2 894 \n")
    assert [c[3] for c in cells if c[0] == "total"] == [116, 126, 1534, 1118, 2894]
