"""One period and the measures as its columns, the rows provinces (``Provincie 2022 Gestart
Geslaagd``): one table per measure over the one period, as ``Provincie 2022 Gestart 2022
Geslaagd`` (each cell its period and its name) is read, each total checked by its measure's
meaning (``Inschrijvingen``: enrolments add up exactly; ``Personen``: unique persons). Before:
``table-like-lines`` — no header found, every figure unchecked. Words after one year that only
happen to follow it (a sentence) make no header."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

PROVINCES = ("Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel")
# started and graduated per province; a person who moved counted in two provinces (5 and 2)
FIRST = (120, 80, 150, 60, 110, 15)
SECOND = (45, 30, 60, 20, 40, 5)
TOTALS = (530, 198)


def _answer(header: str, totals=TOTALS) -> str:
    return "\n".join([
        "Vraag nr. 19 van 11 januari 2022", "OKOT - instroom en uitstroom", "", "ANTWOORD", "",
        "1. Hieronder vindt u het aantal unieke cursisten per provincie.", "", header,
        *(f"{p} {a} {b}" for p, a, b in zip(PROVINCES, FIRST, SECOND)), f"Totaal {totals[0]} {totals[1]}", "",
    ])


def _read(answer) -> dict[str, dict[str, int]]:
    return {t.measure: {c.label: c.count for c in t.cells if c.period == "2022"} for t in answer.tables}


def _expected(totals=TOTALS) -> list[dict[str, int]]:
    return [{**dict(zip(PROVINCES, column)), "Totaal": total} for column, total in zip((FIRST, SECOND), totals)]


@pytest.mark.parametrize("header", [
    "Provincie 2022 Gestart Geslaagd", "Provincie  2022  Gestart  Geslaagd",
    "Unieke cursisten 2022 Gestart Geslaagd",  # (the header's words before the period: no column's)
])
def test_one_period_with_measures_as_columns_is_one_table_per_measure(header):
    answer = read_text(_answer(header), "a.txt")
    assert answer.issues == []
    assert _read(answer) == dict(zip(("started", "graduated"), _expected()))
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2022"], ["2022"]]
    found = {(f.rule, f.severity) for f in audit(answer).findings}
    assert found == {("parts-exceed-total", "info")}  # (5 and 2 persons in two provinces: said, no error)


def test_each_measures_total_is_checked_by_its_own_meaning():
    answer = read_text(_answer("Provincie 2022 Inschrijvingen Personen"), "a.txt")
    assert answer.issues == []
    errors = [f for f in audit(answer).findings if f.severity == "error"]
    # enrolments add up exactly (530 against 535: an error); persons need not (198 against 200)
    assert [(f.rule, f.line) for f in errors] == [("parts-exceed-total", 15)]
    assert "Inschrijvingen" in errors[0].message


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
def test_a_pdfs_one_period_with_measures_as_columns_is_read(form):
    from generate.extract import read_form
    from test_unseen_pdfs import autofit_pdf

    rows = [[p, str(a), str(b)] for p, a, b in zip(PROVINCES, FIRST, SECOND)] + [["Totaal", *map(str, TOTALS)]]
    data = autofit_pdf(["Vraag nr. 19 van 11 januari 2022", "OKOT - instroom en uitstroom", "ANTWOORD",
                        "1. Hieronder vindt u het aantal unieke cursisten per provincie."],
                       ["Provincie 2022", "Gestart", "Geslaagd"], rows)
    answer = read_form(data, form)
    assert not [i for i in answer.issues if i.unread]
    assert _read(answer) == dict(zip(("started", "graduated"), _expected()))


@pytest.mark.parametrize("line", [
    "In 2022 gestarte en geslaagde cursisten",  # (a caption's words: no column's name each)
    "Sinds 2019 het proefproject",
    "Provincie 2022 gestart geslaagd.",  # (a sentence's end)
])
def test_words_after_one_year_that_name_no_columns_make_no_header(line):
    answer = read_text(_answer(line), "a.txt")
    assert answer.tables == [] or all(t.header_line != 8 for t in answer.tables)
    assert [i.reason for i in answer.issues if i.unread]  # (the lines below are said, never read silently)


def test_a_header_of_one_period_and_its_total_column_is_no_pair_of_measures():
    """Found by test_shapes_forms (a first cut read ``Unieke geslaagde cursisten 2022 Totaal`` as
    columns ``Unieke``, ``geslaagde``, ``cursisten``, ``Totaal``): the words before the one period
    are the header's, the ``Totaal`` column totals the row."""
    answer = read_text("\n".join([
        "Vraag nr. 19 van 11 januari 2022", "OKOT - uitstroom", "", "ANTWOORD", "",
        "1. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een diploma behaalde.", "",
        "Unieke geslaagde cursisten 2022 Totaal", "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 11 11",
        "Totaal 11 11", "",
    ]), "a.txt")
    assert answer.issues == []
    assert [(t.measure, [p.label for p in t.periods]) for t in answer.tables] == [("graduated", ["2022", "Totaal"])]
