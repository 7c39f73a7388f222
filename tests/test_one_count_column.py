"""Tables of one column of counts whose period the prose names (DOMAIN.md: "a single period
named only in the prose"), in the forms extractors print them: the header's one column named
by a column word (``Aantal``) or by what it counts (``Aantal cursisten``, ``Unieke cursisten``),
rows whose labels hold digits (age classes), laid out in columns or single-spaced. And what
is not read of them is reported with every figure, never dropped.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

QUESTION = "Antwoord op vraag nr. 123 van 5 maart 2024 over de OKOT-opleidingen.\n"


def _cells(answer) -> list[tuple]:
    return [(c.level, c.province, c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells]


def _unread(answer) -> list[tuple]:
    return [(i.line, i.numbers) for i in answer.issues if i.kind == "unreadable-table"]


AGES = [("-25 jaar", 120), ("25-54 jaar", 55), ("55+ jaar", 90)]


def _laid_out(header: tuple[str, str], rows: list[tuple[str, int]], total: int, width: int = 26) -> str:
    """A table laid out in columns as ``pdftotext -layout`` prints it: labels left, counts
    right-aligned under the column's name, no blank line under the header."""
    lines = [header[0].ljust(width - len(header[1])) + header[1]]
    lines += [label.ljust(width - len(str(count))) + str(count) for label, count in [*rows, ("Totaal", total)]]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("column", ["Aantal", "Aantal cursisten"])
def test_a_header_of_column_names_right_above_rows_with_digits_is_not_the_first_rows_label(column):
    """Laid-out text joins lines into one row unless both hold a figure in one column; the
    header ``Leeftijd  Aantal`` has none, so it was joined to ``-25 jaar  120`` and the table
    was lost, its first rows without a word (only the total was reported)."""
    text = QUESTION + "Hieronder vindt u de gevraagde gegevens voor 2023.\n\n" + _laid_out(("Leeftijd", column), AGES, 265)
    answer = read_text(text, "ages.txt")
    assert _unread(answer) == []
    assert _cells(answer) == [
        ("row", None, "-25 jaar", "2023", 120, None), ("row", None, "25-54 jaar", "2023", 55, None),
        ("row", None, "55+ jaar", "2023", 90, None), ("total", None, "Totaal", "2023", 265, "additive"),
    ]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


def test_the_period_named_in_the_prose_is_not_the_year_of_the_questions_date():
    """The year of ``vraag nr. 123 van 5 maart 2024`` is the day the question was asked; the
    table counts the year the sentence names. On a tie the later year won: every cell was
    given the period 2024."""
    text = QUESTION + "In 2023 startten de volgende aantallen cursisten een OKOT-opleiding:\n\n"
    answer = read_text(text + "Geslacht Aantal\nMan 120\nVrouw 55\nTotaal 175\n", "gender.txt")
    assert {c.period for t in answer.tables for c in t.cells} == {"2023"}


def test_a_year_in_a_date_still_names_the_period_when_no_other_year_is_named():
    text = QUESTION.replace("2024", "2023") + "Hieronder de cijfers van 1 januari 2023 tot 30 juni 2023.\n\n"
    answer = read_text(text + "Geslacht Aantal\nMan 120\nVrouw 55\nTotaal 175\n", "gender.txt")
    assert {c.period for t in answer.tables for c in t.cells} == {"2023"}


@pytest.mark.parametrize("laid_out", [False, True])
def test_a_column_named_by_what_it_counts_is_a_count_column(laid_out):
    """``Provincie  Unieke cursisten``: the column's name is its unit, not ``Aantal``; the
    table was not found (its rows silently lost, its total reported alone)."""
    rows = [("Antwerpen", 120), ("Limburg", 55), ("Oost-Vlaanderen", 90)]
    if laid_out:
        table = _laid_out(("Provincie", "Unieke cursisten"), rows, 250, width=36)
    else:
        table = "Provincie Unieke cursisten\n" + "".join(f"{label} {count}\n" for label, count in rows) + "Totaal 250\n"
    answer = read_text(QUESTION + "Hieronder vindt u de gegevens voor 2023.\n\n" + table, "provinces.txt")
    assert _unread(answer) == []
    assert _cells(answer) == [
        ("row", "Antwerpen", "Antwerpen", "2023", 120, None), ("row", "Limburg", "Limburg", "2023", 55, None),
        ("row", "Oost-Vlaanderen", "Oost-Vlaanderen", "2023", 90, None),
        ("total", None, "Totaal", "2023", 250, "unique"),
    ]


@pytest.mark.parametrize("header", [
    "Hieronder vindt u het aantal cursisten",  # prose that ends in a unit: no header
    "Het aantal cursisten",
])
def test_prose_ending_in_a_unit_word_is_no_header(header):
    answer = read_text(QUESTION + "Dit gaat over 2023.\n" + header + "\nMan 120\nVrouw 55\nTotaal 175\n", "prose.txt")
    assert all(t.title != header for t in answer.tables)


def test_rows_of_one_count_that_no_table_took_are_reported_with_every_figure():
    """Under a header the reader does not know (``Cijfers``), laid out or single-spaced, the
    rows of one count were not table-like: only the total line was reported, with its one
    figure, and the rows' figures were lost without a word."""
    for table in (
        _laid_out(("Leeftijd", "Cijfers"), AGES, 265),
        "Provincie Cijfers\nAntwerpen 120\nLimburg 55\nOost-Vlaanderen 90\nTotaal 265\n",
    ):
        answer = read_text(QUESTION + "Hieronder vindt u de gegevens voor 2023.\n\n" + table, "unknown.txt")
        assert answer.tables == []
        assert _unread(answer) == [(5, (120, 55, 90, 265))]


@pytest.mark.parametrize("prose", [
    "Er waren in 2021 in totaal\n120\n",  # not a row: a line of prose and a figure
    "De teller stond op 12\nen daarna op 15\n",  # two short lines ending in a number: prose may
    "- in 2021: 120\n- in 2022: 135\n- in 2023: 150\n",  # a list of figures in sentences
    "p. 3 van 7\n(1) Cijfers van 2019\nzie tabel 2\nJaarverslag 2022\n",  # page text, a footnote, references, a year
])
def test_short_prose_lines_ending_in_a_number_are_no_table(prose):
    answer = read_text(QUESTION + prose, "prose.txt")
    assert _unread(answer) == []


@pytest.mark.parametrize(("unit", "semantics"), [("Aantal cursisten", "unique"), ("Inschrijvingen", "additive")])
def test_a_line_naming_what_the_table_counts_under_the_periods_is_the_headers(unit, semantics):
    """``Provincie 2022 2023`` / ``Aantal cursisten`` / ``Antwerpen 120 130``: the unit's line
    was read as the first row's label (``Aantal cursisten`` for 120 and 130, no province, no
    error) and its unit did not say what the totals count."""
    text = QUESTION + "Hieronder vindt u het aantal gestarte cursisten.\n\n"
    answer = read_text(text + f"Provincie 2022 2023\n{unit}\nAntwerpen 120 130\nLimburg 55 60\nTotaal 175 190\n", "unit.txt")
    assert answer.issues == []
    assert _cells(answer) == [
        ("row", "Antwerpen", "Antwerpen", "2022", 120, None), ("row", "Antwerpen", "Antwerpen", "2023", 130, None),
        ("row", "Limburg", "Limburg", "2022", 55, None), ("row", "Limburg", "Limburg", "2023", 60, None),
        ("total", None, "Totaal", "2022", 175, semantics), ("total", None, "Totaal", "2023", 190, semantics),
    ]


def test_a_sentence_ending_in_a_colon_above_the_header_is_not_the_headers():
    """Laid-out text keeps no blank line between the prose and the table: the sentence that
    introduces it (``In 2021 startten … onderwijs:``) was taken into the header, which then read
    as prose — the table had no header (``(no header)``). A row of one dash is a blank row."""
    text = (
        "Onderwijskwalificerende opleidingstrajecten (OKOT's) - onderwijs\n"
        "ANTWOORD op vraag nr. 306 van 14 maart 2023 van Els Van den Broeck\n\n"
        "In 2021 startten 89 unieke cursisten een OKOT in het onderwijs:\n\n"
        + "Opleiding".ljust(65) + "Aantal\n"
        + "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar".ljust(69) + "52\n"
        + "908017: Educatieve graduaatsopleiding".ljust(70) + "-\n"
        + "908018: Verkorte educatieve bacheloropleiding".ljust(69) + "37\n"
        + "Totaal".ljust(69) + "89\n"
    )
    answer = read_text(text, "colon.txt")
    assert answer.issues == []
    assert [t.title for t in answer.tables] == ["Opleiding Aantal"]
    assert [(c.code, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("908001", "2021", 52), ("908018", "2021", 37), (None, "2021", 89),
    ]


def test_a_caption_naming_what_the_table_counts_over_its_periods_line_is_no_count_column():
    """Found in a generated corpus: ``Aantal unieke gestarte cursisten`` / ``per opleiding 2019``
    read as a header ``<label column> <count column>`` of one column, its period taken from the
    prose (2020): every row of codes was unreadable (nine errors) and the figures lost."""
    text = (
        QUESTION + "1. Hieronder vindt u een overzicht. Voor 2020 zijn de voorlopige cijfers pas beschikbaar"
        " half november 2020.\n\nAantal unieke gestarte cursisten\nper opleiding 2019\n"
        "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 43\n"
        "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 50\nTotaal 90\n"
    )
    answer = read_text(text, "caption.txt")
    assert answer.issues == []
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2019"]]
    assert [(c.code, c.count) for t in answer.tables for c in t.cells] == [("908001", 43), ("908002", 50), (None, 90)]


@pytest.mark.parametrize("laid_out", [True, False])
def test_tables_of_one_item_share_the_period_its_sentence_names_before_the_first(laid_out):
    """An item's sentence names the year once, above the first of its tables (by gender, by
    education, by age): every one of them counts that year. The second and the third were
    `unreadable-table` errors ("its header names no period")."""
    blocks = [
        (("Geslacht", "Aantal"), [("Man", 512), ("Vrouw", 1377)], 1889),
        (("Scholingsniveau", "Aantal"), [("Laaggeschoold", 88), ("Middengeschoold", 701)], 789),
        (("Leeftijd", "Aantal"), AGES, 265),
    ]
    tables = [
        _laid_out(header, rows, total) if laid_out else "\n".join(
            [" ".join(header), *(f"{label} {count}" for label, count in [*rows, ("Totaal", total)])]
        ) + "\n"
        for header, rows, total in blocks
    ]
    text = QUESTION + "1. Het profiel van de werkzoekenden die in 2023 een OKOT startten.\n\n" + "\n".join(tables)
    text += "\n2. In 2024 startten er meer.\n"
    answer = read_text(text, "profile.txt")
    assert [(t.layout.attribute, [p.label for p in t.periods], t.measure) for t in answer.tables] == [
        ("gender", ["2023"], "started"), ("education", ["2023"], "started"), ("age", ["2023"], "started"),
    ]
    assert _unread(answer) == []


def test_a_table_of_another_item_does_not_take_the_period_of_the_item_above():
    text = QUESTION + "1. Het aantal werkzoekenden dat in 2023 een OKOT startte:\n\n" + _laid_out(
        ("Geslacht", "Aantal"), [("Man", 5), ("Vrouw", 7)], 12) + "\n2. Naar leeftijd:\n\n" + _laid_out(
        ("Leeftijd", "Aantal"), AGES, 265)
    answer = read_text(text, "items.txt")
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2023"]]
    assert [i.kind for i in answer.issues] == ["unreadable-table"]
