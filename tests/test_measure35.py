"""Which measure a column under each period counts, when the words above the table name others.

A two-row header prints the periods on its first row and, under each, the columns' names
(``2021`` over ``Inschrijvingen`` and ``Unieke cursisten``). A caption above it naming
enrolments (``Inschrijvingen en unieke cursisten per opleiding``, ``Inschrijvingen per
opleiding``) gave the whole table the measure ``enrolled`` before it was split by column, and
the ``Unieke cursisten`` column, whose name names no measure, kept it: its persons read as
enrolments in the tidy output and the reports, and paired with other answers' enrolments
(``figure-revised``). Now the columns' own names say which of them counts enrolments: a caption
naming enrolments gives no column that names another unit that measure, and a column whose name
names no measure keeps what else says it (a measure the caption names, ``in gestarte OKOT's``;
the answer's title) or is of measure ``unknown``, said (``measure-unknown``).

The answers are built from persons (``test_redb32._coded``) as round 33's ``enrolunique``
(tests/test_red33.py) and read in every form: the PDF, ``pdftotext`` plain and ``-layout``, the
seeds' single-spaced text, the ``.xlsx`` annex and the web page.
"""

from __future__ import annotations

import random

import pytest

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_red27 import asked  # noqa: E402
from test_red28 import TEACHERS  # noqa: E402
from test_red30 import Cell, Grid, Spanned, _n, read_bytes, spanned_bytes, write_pdf  # noqa: E402
from test_redb32 import _coded  # noqa: E402

from okot_audit import audit  # noqa: E402

CODES = TEACHERS[:4]
YEARS = ["2021", "2022"]
FORMS = ["pdf", "pdftotext-layout", "seeds", "xlsx", "html"]
NAMES = ("Inschrijvingen", "Unieke cursisten")


def _answer(caption: str, title: str = "OKOT’s tot leerkracht", names: tuple[str, str] = NAMES,
            sentence: str = "De tabel geeft per opleiding en per jaar het aantal inschrijvingen en het aantal "
                            "unieke cursisten.") -> Spanned:
    """The enrolments and the unique persons of each programme under each year (a two-row
    header: the year spanning `names`), under `caption`; the enrolments' total their sum, the
    persons' total each person once."""
    rng = random.Random(3501)
    codes = [c for c, _ in CODES]
    persons = _coded(3501, codes, YEARS, 30, 140, 0.06)
    enrol = {(c, y): persons.count(c, y) + rng.randint(0, 6) for c in codes for y in YEARS}
    body = [([Cell(f"{c}: {name}"), *(Cell(_n(v)) for y in YEARS for v in (enrol[c, y], persons.count(c, y)))], False)
            for c, name in CODES]
    body.append(([Cell("Totaal"), *(Cell(_n(v)) for y in YEARS for v in (
        sum(enrol[c, y] for c in codes), persons.count(set(codes), y)))], True))
    head = [[Cell("Opleiding", rows=2), *(Cell(y, columns=2) for y in YEARS)],
            [Cell(m) for _ in YEARS for m in names]]
    return Spanned(
        title=title,
        before=asked(1302, "10 maart 2025", "Jan Peeters",
                     "Hoeveel inschrijvingen en hoeveel cursisten telden de OKOT’s tot leerkracht in 2021 en 2022?",
                     sentence),
        grids=[Grid(caption, [82, 26, 26, 26, 26], head, body)],
        after=["Bron: VDAB, datawarehouse."])


def _read(answer: Spanned, form: str):
    return read_bytes(*spanned_bytes(answer, lambda: write_pdf(answer), "measure35", form))


def _measures(read) -> list[tuple[str, str]]:
    return [(" ".join(t.column.split()), t.measure) for t in read.tables]


CAPTIONS = {
    # (both units named: the caption's word order gives neither column its measure)
    "both": "Tabel 1. Inschrijvingen en unieke cursisten per opleiding",
    "both, persons first": "Tabel 1. Unieke cursisten en inschrijvingen per opleiding",
    # (the caption names the enrolments only: the persons' column is none of them)
    "enrolments": "Tabel 1. Inschrijvingen per opleiding",
    "persons": "Tabel 1. Unieke cursisten per opleiding",
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("caption", list(CAPTIONS))
def test_a_caption_naming_enrolments_gives_the_persons_column_no_measure(caption, form):
    """The ``Inschrijvingen`` column counts enrolments by its own name; the ``Unieke cursisten``
    column names no measure and nothing else says one: ``unknown``, said by ``measure-unknown``
    at the header (main: ``enrolled`` for both where the caption names enrolments, said nowhere)."""
    read = _read(_answer(CAPTIONS[caption]), form)
    assert _measures(read) == [("Inschrijvingen", "enrolled"), ("Unieke cursisten", "unknown")]
    persons = read.tables[1]
    assert persons.unique_persons and persons.unit == "unieke cursisten"
    said = [f for f in audit(read).findings if f.rule == "measure-unknown"]
    # (a caption naming the persons only disagrees with the enrolments column's own name: said too,
    # test_silentc36)
    enrolments = [(read.tables[0].header_line, read.tables[0].id)] if caption == "persons" else []
    assert [(f.line, f.table) for f in said] == [*enrolments, (persons.header_line, persons.id)]
    assert "'Unieke cursisten'" in said[-1].message and "'Inschrijvingen'" in said[-1].message
    assert not [f.message for f in audit(read).findings if f.severity == "error"]


@pytest.mark.parametrize("caption", list(CAPTIONS))
def test_plain_pdftotext_of_the_table_is_said_unread_with_no_measure(caption):
    """Plain ``pdftotext`` sets each of the grid's figures on a line of its own (as on main): no
    table is read, so none carries a measure, and the figures are said (``unreadable-table``)."""
    read = _read(_answer(CAPTIONS[caption]), "pdftotext")
    assert read.tables == []
    assert [(i.kind, i.reason, i.unread) for i in read.issues] == [("unreadable-table", "one-figure-per-line", True)]


# -- one table per caption: a caption naming enrolments beside unique persons, the table's own words neither --


def _one_measure_answer(caption: str, lines: tuple[str, str] = ("Totaal", "")) -> tuple[Spanned, int]:
    """One column per year of the persons of each programme, under `caption`; the total line's
    words `lines[0]` (and a second line `lines[1]` of the enrolments when given). Returns the
    answer and the number of figures it prints."""
    rng = random.Random(3502)
    codes = [c for c, _ in CODES]
    persons = _coded(3502, codes, YEARS, 30, 140, 0.06)
    enrol = {(c, y): persons.count(c, y) + rng.randint(0, 6) for c in codes for y in YEARS}
    body = [([Cell(f"{c}: {name}"), *(Cell(_n(enrol[c, y] if lines[1] else persons.count(c, y))) for y in YEARS)], False)
            for c, name in CODES]
    if lines[1]:  # (the rows are enrolments: their sum, then the persons once)
        body.append(([Cell(lines[1]), *(Cell(_n(sum(enrol[c, y] for c in codes))) for y in YEARS)], True))
    body.append(([Cell(lines[0]), *(Cell(_n(persons.count(set(codes), y))) for y in YEARS)], True))
    head = [[Cell("Opleiding"), *(Cell(y) for y in YEARS)]]
    answer = Spanned(
        title="OKOT’s tot leerkracht",
        before=asked(1302, "10 maart 2025", "Jan Peeters", "Hoeveel cursisten telden de OKOT’s tot leerkracht?",
                     "Hieronder vindt u de cijfers per opleiding."),
        grids=[Grid(caption, [100, 30, 30], head, body)],
        after=["Bron: VDAB, datawarehouse."])
    return answer, len(body) * len(YEARS)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("caption", [CAPTIONS["both"], CAPTIONS["both, persons first"]])
def test_a_caption_naming_enrolments_and_persons_gives_a_table_of_neither_no_measure(caption, form):
    """The caption names enrolments and unique persons, the table's header and lines neither:
    which it counts is not said — measure ``unknown``, said by ``measure-unknown`` quoting the
    caption (main: ``enrolled``, because the caption names enrolments at all)."""
    answer, figures = _one_measure_answer(caption)
    read = _read(answer, form)
    [table] = read.tables
    assert table.measure == "unknown" and len(table.cells) == figures
    said = [f for f in audit(read).findings if f.rule == "measure-unknown"]
    assert [(f.line, f.table) for f in said] == [(table.header_line, table.id)]
    assert "does not say whether it counts enrolments" in said[0].message
    assert "inschrijvingen" in said[0].message.lower() and "unieke cursisten" in said[0].message.lower()


@pytest.mark.parametrize("form", FORMS)
def test_a_table_whose_total_lines_name_the_units_counts_enrolments_as_before(form):
    """Under the same caption, lines ``Totaal inschrijvingen`` and ``Totaal unieke cursisten``:
    the table's own lines say its rows are enrolments (as on main), each total checked by its
    words, nothing said of its measure."""
    answer, figures = _one_measure_answer(CAPTIONS["both"], ("Totaal unieke cursisten", "Totaal inschrijvingen"))
    read = _read(answer, form)
    [table] = read.tables
    assert table.measure == "enrolled" and len(table.cells) == figures
    findings = audit(read).findings
    assert not [f for f in findings if f.rule == "measure-unknown" or f.severity == "error"]


TWO_TABLES = """OKOT's tot leerkracht
Schriftelijke vraag nr. 1302 van 10 maart 2025.
Antwoord
De tabellen geven per opleiding en per jaar het aantal inschrijvingen en het aantal unieke cursisten.
{caption}
Opleiding 2021 2022
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 44 52
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 31 40
908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 20 25
Totaal 95 117

Opleiding 2021 2022
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 40 50
908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 30 38
908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 19 22
Totaal 85 105

Bron: VDAB, datawarehouse.
"""


@pytest.mark.parametrize("caption", [CAPTIONS["both"], CAPTIONS["both, persons first"]])
def test_two_tables_under_a_caption_naming_both_are_not_read_by_its_word_order(caption):
    """Two tables under one caption naming enrolments and unique persons, in the seeds' text:
    neither is enrolments for the caption's words (main: both ``enrolled``), each said
    ``measure-unknown`` quoting the caption."""
    read = read_bytes(TWO_TABLES.format(caption=caption).encode(), "two.txt")
    assert [t.measure for t in read.tables] == ["unknown", "unknown"]
    assert [len(t.cells) for t in read.tables] == [8, 8]
    said = [f for f in audit(read).findings if f.rule == "measure-unknown"]
    assert [f.line for f in said] == [t.header_line for t in read.tables]
    # (the second's words are the caption above both: nothing is said between the two)
    assert all("does not say whether it counts enrolments" in f.message for f in said)


# -- a column of enrolments under a caption of a later stage --------------------------------------


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("stage", "measure"), [("geslaagde", "graduated"), ("stopgezette", "stopped_or_failed")])
def test_enrolments_under_a_caption_of_a_later_stage_count_that_stage(stage, measure, form):
    """``Inschrijvingen`` beside ``Unieke cursisten`` under ``… in {stage} OKOT's``: both columns
    count that stage, the one by enrolments, the other by persons (main: the ``Inschrijvingen``
    column ``enrolled``, the enrolments that start a programme, paired with other answers'
    starters)."""
    read = _read(_answer(f"Tabel 1. Inschrijvingen en unieke cursisten in {stage} OKOT'(s) per opleiding"), form)
    assert _measures(read) == [("Inschrijvingen", measure), ("Unieke cursisten", measure)]
    assert [(t.unit, t.unique_persons) for t in read.tables] == [("inschrijvingen", False), ("unieke cursisten", True)]
    assert len({t.id for t in read.tables}) == 2
    assert not [f for f in audit(read).findings if f.rule == "measure-unknown" or f.severity == "error"]


ONE_UNIT_HEADER = """OKOT's tot leerkracht
Schriftelijke vraag nr. 1302 van 10 maart 2025.
Antwoord
Hieronder vindt u de cijfers per opleiding.
Tabel 1. Inschrijvingen en unieke cursisten per opleiding
Opleiding {unit} 2021 2022
908001: Educatieve bachelor voor kleuteronderwijs - 3de jaar 44 52
908002: Educatieve bachelor voor lager onderwijs - 3de jaar 31 40
Totaal 75 92

Bron: VDAB, datawarehouse.
"""


@pytest.mark.parametrize(("unit", "measure", "unique"), [("Unieke cursisten", "unknown", True),
                                                        ("Inschrijvingen", "enrolled", False)])
def test_the_header_line_nearest_the_figures_names_the_unit_under_a_caption_of_two(unit, measure, unique):
    """A caption naming two units run into the header (no blank line) over a line naming one of
    them: the line nearest the figures says what they count — ``Unieke cursisten`` persons, of
    no measure (said), ``Inschrijvingen`` enrolments (main: ``enrolled`` for the persons too,
    the caption's words read as the header's)."""
    read = read_bytes(ONE_UNIT_HEADER.format(unit=unit).encode(), "one.txt")
    [table] = read.tables
    assert (table.measure, table.unique_persons, len(table.cells)) == (measure, unique, 6)
    said = [f for f in audit(read).findings if f.rule == "measure-unknown"]
    assert len(said) == (measure == "unknown")
