"""Session 24 (xfail24): what strict xfails named, read now — each case a form of the model."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

#: ``pdftotext -layout`` of a header whose cells sit at the bottom, the last period's note
#: wrapped in its narrow cell: its closing bracket lands on the line of the other periods.
BOTTOM_NOTE = (
    "Gestarte OKOT-cursisten bij VDAB.\n"
    "Tabel 1: gestarte cursisten naar leeftijdsklasse\n\n"
    "Leeftijdsklasse                                                   2022-2023\n"
    "                                                                  (voorlopig\n"
    "                                    2019-2020 2020-2021 2021-2022          )\n"
    "-25 jaar                                   193            180      142        176\n"
    "25-54 jaar                                 975          1.139      908      1.194\n"
    "55+ jaar                                    51             36       34         48\n"
    "Totaal                                   1.219         1.355      1.084     1.418\n"
)


def test_a_bottom_set_note_whose_bracket_ends_the_line_of_the_other_periods_is_its_period_s():
    """``(voorlopig`` under ``2022-2023``, its ``)`` after ``2021-2022`` on the line below:
    four periods, the last partial. Before, the header was its first line alone (one period,
    ``2021-2022 )`` no line of periods) and every row an ``unreadable-table`` error."""
    answer = read_text(BOTTOM_NOTE, "laid-out.txt")
    assert answer.issues == []
    (table,) = answer.tables
    assert [(p.label, bool(p.note)) for p in table.periods] == [
        ("2019-2020", False), ("2020-2021", False), ("2021-2022", False), ("2022-2023", True)]
    assert [(c.label, c.period, c.count) for c in table.cells if c.label == "-25 jaar"] == [
        ("-25 jaar", "2019-2020", 193), ("-25 jaar", "2020-2021", 180), ("-25 jaar", "2021-2022", 142),
        ("-25 jaar", "2022-2023", 176)]
    assert {f.severity for f in audit(answer).findings} == {"info"}


def test_a_closing_bracket_under_no_note_stays_where_it_stands():
    """The bracket is given back only to a note's piece right above it: under another word
    (``Leeftijdsklasse``, far to its left) the line is read as before."""
    moved = BOTTOM_NOTE.replace("                                                                  (voorlopig\n",
                                "    (voorlopig\n")
    answer = read_text(moved, "laid-out.txt")
    assert not any(p.label == "2019-2020" for t in answer.tables for p in t.periods)


#: ``pdftotext -layout`` of education levels as columns in narrow cells, each name broken
#: inside its word at the cell's edge (no hyphen).
BROKEN_LEVELS = (
    "De tabel geeft het aantal unieke cursisten dat in 2022 een OKOT in de zorgsector startte bij VDAB.\n"
    "Tabel 3. Gestarte cursisten naar scholingsniveau (2022)\n\n"
    "Provincie                           laaggesch      middenge       hooggesc   Totaal\n"
    "                                         oold        schoold         hoold\n"
    "Antwerpen                                  195            799           22    1.016\n"
    "Limburg                                    113            462           38       613\n"
    "Vlaams Gewest                              308          1.261           60    1.629\n"
)


def test_column_names_of_categories_broken_inside_their_words_are_whole_again():
    """``laaggesch`` / ``oold``, ``middenge`` / ``schoold``, ``hooggesc`` / ``hoold``: the
    pieces make a category of persons, so the break is inside a word and they are glued. Before,
    they kept a space (``laaggesch oold``: no category), no header was found and the rows were
    an ``unreadable-table`` error."""
    answer = read_text(BROKEN_LEVELS, "laid-out.txt")
    assert answer.issues == []
    got = sorted((t.id, c.label, c.count) for t in answer.tables for c in t.cells if c.label == "Antwerpen")
    assert sorted((i.split("_")[-1], n) for i, _, n in got) == sorted([
        ("laaggeschoold", 195), ("middengeschoold", 799), ("hooggeschoold", 22), ("province", 1016)])


#: ``pdftotext -layout`` of months over their years in narrow cells: ``maart`` wraps over its
#: year, one space before ``april 2023``, whose cell holds the whole period.
WRAPPED_MONTH = (
    "Hoeveel werkzoekenden startten in 2023 een OKOT in de zorg bij VDAB?\n"
    "Gestarte cursisten per maand, januari tot en met juni 2023\n\n"
    "Opleiding                    januari    februari       maart april 2023   mei 2023   juni 2023     Totaal\n"
    "                               2023        2023         2023\n"
    "Graduaat orthopedagogie            5          41                1                1                     46\n"
    "Professionele bachelor             6          55                9    1                                 69\n"
    "verpleegkunde\n"
    "Totaal                            11          96               10    1           1                    115\n"
)


def test_a_month_wrapped_one_space_before_the_next_whole_month_is_a_period_of_its_own():
    """``maart april 2023`` / ``2023``: maart 2023 and april 2023, six months and a total.
    Before, the line read ``maart`` as a header word and ``2023`` (maart's year, laid out after
    ``april 2023``) as a period: no header, an ``unreadable-table`` error."""
    answer = read_text(WRAPPED_MONTH, "laid-out.txt")
    assert answer.issues == []
    (table,) = answer.tables
    assert [p.label for p in table.periods] == [
        "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "Totaal"]
    assert [(c.period, c.count) for c in table.cells if c.label.startswith("Professionele")] == [
        ("2023-01", 6), ("2023-02", 55), ("2023-03", 9), ("2023-04", 1), ("Totaal", 69)]


def test_two_months_before_one_year_twice_pair_each_with_it_and_no_other_years():
    """``maart april 2023 2023``: each month its year (one year: whose is whose cannot
    matter). Two different years are not paired so (``december januari 2023 2024``, which the
    years' line of a header wrapped below both months would print too)."""
    from okot_audit.parse.context import period_list

    found = period_list("Opleiding maart april 2023 2023 Totaal")
    assert found is not None and [t.label for t in found[1]] == ["2023-03", "2023-04", "Totaal"]
    other = period_list("Opleiding december januari 2023 2024 Totaal")
    assert other is None or "2023-12" not in [t.label for t in other[1]]


#: pypdf's text of months over their years in narrow cells set to the bottom, under a caption
#: that ends in a period of its own (``… januari tot en met juni 2023``).
PYPDF_MONTHS = (
    "Hoeveel werkzoekenden startten in 2023 een OKOT in de zorg bij VDAB?\n"
    "Gestarte cursisten per maand, januari tot en met juni 2023\n"
    "Opleiding januari\n2023\nfebruari\n2023\nmaart\n"
    "2023 april 2023 mei 2023 juni 2023 Totaal\n"
    "Graduaat orthopedagogie 5 41 1 2 3 4 46\n"
    "Totaal 5 41 1 2 3 4 46\n"
)


def test_a_caption_that_ends_in_a_period_is_no_piece_of_the_wrapped_month_labels_below_it():
    """The header's words start on ``Opleiding januari``: the caption's ``juni 2023`` above it
    is no label of the header. Before, it was taken for one (``juni 2023`` twice): the pieces
    were not read as the months, the header read ``2023* april 2023 …`` (a false period 2023,
    partial) and the rows' figures were placed under it."""
    answer = read_text(PYPDF_MONTHS, "pypdf.txt")
    (table,) = answer.tables
    assert [p.label for p in table.periods] == [
        "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "Totaal"]
    assert [(c.period, c.count) for c in table.cells if c.label.startswith("Graduaat")] == [
        ("2023-01", 5), ("2023-02", 41), ("2023-03", 1), ("2023-04", 2), ("2023-05", 3), ("2023-06", 4), ("Totaal", 46)]


def test_a_header_repeated_after_a_page_break_under_a_caption_reads_no_row_into_a_wrong_month():
    """pypdf's text of the same header on two pages, the page's footer glued before the repeat
    (``Pagina 1 van 2Opleiding januari``), rows with blank cells below: no row's figures are
    read into months the header does not say (before: the header read from ``april 2023`` on,
    four periods, and a row of three figures and its total read under April to June), each
    row whose blanks the spacing does not place reported instead."""
    text = PYPDF_MONTHS.replace("Graduaat orthopedagogie 5 41 1 2 3 4 46\nTotaal 5 41 1 2 3 4 46\n", (
        "Graduaat orthopedagogie 5 41 1 1 46\n"
        "Pagina 1 van 2Opleiding januari\n2023\nfebruari\n2023\nmaart\n2023\napril 2023 mei 2023 juni 2023 Totaal\n"
        "Se-n-se opvoeder\nleefgroepenwerking\n4 13 3 20\nTotaal 9 54 4 1 66\n")).replace(
        "maart\n2023 april 2023", "maart\n2023\napril 2023")
    answer = read_text(text, "pypdf.txt")
    (table,) = answer.tables
    assert [p.label for p in table.periods] == [
        "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "Totaal"]
    assert not [c for c in table.cells if c.label.startswith("Se-n-se")]
    assert any(i.kind == "ambiguous-alignment" for i in answer.issues)


#: pypdf's text of a header whose cells sit at the bottom, the last period's note wrapped in its
#: narrow cell: the cell's lines in turn, after the line of the other periods.
PYPDF_NOTE = (
    "Gestarte OKOT-cursisten bij VDAB, per schooljaar.\n"
    "Tabel 1: gestarte cursisten naar leeftijdsklasse\n"
    "Leeftijdsklasse\n2019-2020 2020-2021 2021-2022\n2022-2023\n(voorlopig\n)\n"
    "-25 jaar 193 180 142 176\n25-54 jaar 975 1.139 908 1.194\nTotaal 1.168 1.319 1.050 1.370\n"
)


def test_a_note_on_the_lines_after_a_period_alone_on_its_line_is_that_period_s():
    """``2022-2023`` / ``(voorlopig`` / ``)``: one cell's lines, 2022-2023 partial. Before, the
    note was left aside (no ``partial-period``)."""
    answer = read_text(PYPDF_NOTE, "pypdf.txt")
    assert answer.issues == []
    (table,) = answer.tables
    assert [(p.label, p.note) for p in table.periods] == [
        ("2019-2020", None), ("2020-2021", None), ("2021-2022", None), ("2022-2023", "voorlopig")]
    assert {f.period for f in audit(answer).findings if f.rule == "partial-period"} == {"2022-2023"}


@pytest.mark.parametrize(("note", "notes"), [("voorlopig", [None, None, None, "voorlopig"]), ("jan-jun", [None] * 4)])
def test_a_note_under_a_line_of_several_periods_single_spaced_is_no_one_period_s_by_its_place(note, notes):
    """``Leeftijdsklasse 2019-2020 … 2022-2023`` / ``(voorlopig`` / ``)``: the note may be any
    cell's by its place; a provisional one is the latest period's (figures become final in the
    order of their periods, session 27), any other makes no period partial."""
    text = PYPDF_NOTE.replace("Leeftijdsklasse\n2019-2020 2020-2021 2021-2022\n2022-2023\n",
                              "Leeftijdsklasse 2019-2020 2020-2021 2021-2022 2022-2023\n").replace("voorlopig", note)
    answer = read_text(text, "pypdf.txt")
    assert [p.note for t in answer.tables for p in t.periods] == notes


def test_a_header_whose_category_names_pypdf_prints_piece_by_piece_on_lines_of_their_own():
    """``Provincie laaggesch`` / ``oold`` / ``middenge`` / ``schoold`` / ``hooggesc`` / ``hoold``
    / ``Totaal``: one header, three education levels and their total. Before, no header was
    found: an ``unreadable-table`` error."""
    text = BROKEN_LEVELS.replace(
        "Provincie                           laaggesch      middenge       hooggesc   Totaal\n"
        "                                         oold        schoold         hoold\n",
        "Provincie laaggesch\noold\nmiddenge\nschoold\nhooggesc\nhoold\nTotaal\n").replace("\n\n", "\n")
    text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    answer = read_text(text, "pypdf.txt")
    assert answer.issues == []
    got = sorted((t.id.split("_")[-1], c.count) for t in answer.tables for c in t.cells if c.label == "Antwerpen")
    assert got == sorted([("laaggeschoold", 195), ("middengeschoold", 799), ("hooggeschoold", 22), ("province", 1016)])


def test_single_words_above_a_total_s_word_alone_that_make_no_categories_stay_as_they_stand():
    """Lines of single words that make no category of persons (a programme's name wrapped) are
    left alone."""
    from okot_audit.parse.subcolumns import names_on_lines

    lines = ("Opleiding verpleeg", "kunde", "Totaal", "Antwerpen 12")
    assert names_on_lines(lines) is lines
