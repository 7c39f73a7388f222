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
    assert [(f.line, f.table) for f in said] == [(persons.header_line, persons.id)]
    assert "'Unieke cursisten'" in said[0].message and "'Inschrijvingen'" in said[0].message
    assert not [f.message for f in audit(read).findings if f.severity == "error"]


@pytest.mark.parametrize("caption", list(CAPTIONS))
def test_plain_pdftotext_of_the_table_is_said_unread_with_no_measure(caption):
    """Plain ``pdftotext`` sets each of the grid's figures on a line of its own (as on main): no
    table is read, so none carries a measure, and the figures are said (``unreadable-table``)."""
    read = _read(_answer(CAPTIONS[caption]), "pdftotext")
    assert read.tables == []
    assert [(i.kind, i.reason, i.unread) for i in read.issues] == [("unreadable-table", "one-figure-per-line", True)]
