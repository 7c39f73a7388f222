"""Silent or misleading readings made loud or right (session 36, silentc36).

1. ``Aantal uren`` over one figure per period: one column, a number of hours, a quantity
   (:func:`~okot_audit.parse.units.unit_kind` ``time``): never read as counts of persons.
2. A page's running header printed once (``Vlaams Parlement - Schriftelijke vragen en
   antwoorden``) is page furniture, never a row's name.
3. A persons caption over a column named by another unit (``Aantal unieke cursisten`` over
   ``Inschrijvingen``): the disagreement is said (``measure-unknown``), as for the reverse.
4. A table on its side whose total column names what it counts (``Totaal unieke cursisten``,
   ``Totaal inschrijvingen``): read, the total by its own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from okot_audit import audit, read_text

# 1. A number of hours under each period.

HOURS = ("OKOT's in de zorg\n\nAntwoord\n\nHieronder het aantal unieke cursisten.\n\nGestarte unieke cursisten\n\n"
         "Opleiding {periods}\n{names}\n{rows}\nBron: VDAB.\n")
HOURS_ROWS = (("Graduaat verpleegkunde", 402, 455, 470), ("Bachelor verpleegkunde", 288, 301, 315), ("Zorgkundige", 517, 540, 566))


@pytest.mark.parametrize("word", ["uren", "Uren", "lesuren", "opleidingsuren", "uur"])
@pytest.mark.parametrize("periods", [("2022", "2023"), ("2021", "2022", "2023")])
@pytest.mark.parametrize("total", [False, True], ids=["no-total", "total"])
def test_a_number_of_hours_under_each_period_makes_the_tables_figures_hours_said(word, periods, total):
    n = len(periods)
    rows = [(row[0], *row[1:1 + n]) for row in HOURS_ROWS]
    if total:
        rows.append(("Totaal", *(sum(r[1 + c] for r in rows) for c in range(n))))
    text = HOURS.format(periods=" ".join(periods), names=" ".join([f"Aantal {word}"] * n),
                        rows="".join(" ".join(map(str, r)) + "\n" for r in rows))
    answer = read_text(text, "g.txt")
    # (every figure under its period, the names' line no part of a row's label)
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        (r[0], p, r[1 + c]) for r in rows for c, p in enumerate(periods)]
    assert [t.statistic for t in answer.tables] == [f"Aantal {word}"]
    [said] = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert f"'Aantal {word}'" in said.message and said.line == text.splitlines().index(f"Opleiding {' '.join(periods)}") + 1
    # (hours are no persons: no total of them checked as a count of persons, nor any finding about persons)
    assert not [f for f in audit(answer).findings if f.rule in ("parts-exceed-total", "total-missing", "code-unknown")]


def test_hours_beside_a_count_under_each_period_stay_a_column_beside_the_counts():
    """Guard: ``Aantal  Uren`` over two figures per period: the counts are read as counts, the
    hours said as a column beside them (test_loud36), the table no table of hours."""
    text = HOURS.format(periods="2022 2023", names="Aantal Uren Aantal Uren",
                        rows="".join(f"{r[0]} {r[1]} 31 {r[2]} 32\n" for r in HOURS_ROWS))
    answer = read_text(text, "g.txt")
    assert [t.statistic for t in answer.tables] == [""]
    assert [i.reason for i in answer.issues] == ["quantities"]


def test_a_count_under_each_period_named_by_persons_is_no_table_of_hours():
    """Guard: ``Aantal cursisten`` under each period names no quantity: the table stays one of counts."""
    text = HOURS.format(periods="2022 2023", names="Aantal cursisten Aantal cursisten",
                        rows="".join(f"{r[0]} {r[1]} {r[2]}\n" for r in HOURS_ROWS))
    answer = read_text(text, "g.txt")
    assert not any(t.statistic for t in answer.tables)


# 2. A page's running header printed once.

SWEEP = Path(__file__).parent / "data" / "sweep35_months_wrapped_laid_out.txt"


@pytest.mark.parametrize("cut", ["as-printed", "no-form-feed", "no-page-number"])
def test_the_papers_running_header_printed_once_is_no_part_of_a_rows_name(cut):
    text = SWEEP.read_text(encoding="utf-8")
    if cut != "as-printed":
        text = text.replace("\f", "")
    if cut == "no-page-number":
        text = text.replace("Pagina 1 van 3", "")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert sorted({c.label for t in answer.tables for c in t.cells}) == ["Totaal", "jeugd- - deel 2 Educatieve voor"]


ROWS_TEXT = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector\n\n"
             "1. Het aantal unieke gestarte cursisten per opleiding.\n\nOpleiding 2021 2022\n"
             "Zorgkundige 412 455\n{between}Verpleegkundige 301 322\nTotaal 713 777\n")


@pytest.mark.parametrize("header", [
    "Vlaams Parlement - Schriftelijke vragen en antwoorden", "Schriftelijke vragen en antwoorden",
    "VLAAMS PARLEMENT", "Vlaams Parlement \u2013 Vragen en antwoorden",
])
@pytest.mark.parametrize("between", ["{h}\n", "Pagina 1 van 2\n\f{h}\n", "\n{h}\n\n"])
def test_a_running_header_printed_once_between_rows_is_furniture(header, between):
    answer = read_text(ROWS_TEXT.format(between=between.format(h=header)), "g.txt")
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"] == [
        ("Zorgkundige", "2021", 412), ("Zorgkundige", "2022", 455), ("Verpleegkundige", "2021", 301),
        ("Verpleegkundige", "2022", 322)]
    assert not [f for f in audit(answer).findings if f.severity != "info"]


@pytest.mark.parametrize("feed", ["\f", ""], ids=["form-feed", "no-form-feed"])
@pytest.mark.parametrize("header", ["Vlaams Parlement - Schriftelijke vragen en antwoorden", "Schriftelijke vragen en antwoorden"])
def test_a_running_header_after_a_names_last_words_at_a_page_foot_is_furniture(header, feed):
    """The line above the running header is no row's (a name's last words, as pdfplumber prints
    them after its figures): the page's foot between them says the header's place."""
    between = f"Bachelor in de\nVroedkunde 12 14\nen zo\nPagina 1 van 2\n{feed}{header}\n"
    answer = read_text(ROWS_TEXT.format(between=between), "g.txt")
    assert not any(header in c.label for t in answer.tables for c in t.cells)
    assert ("Verpleegkundige", "2022", 322) in [(c.label, c.period, c.count) for t in answer.tables for c in t.cells]


@pytest.mark.parametrize("words", ["Parlementaire medewerker", "Vlaams", "Vragen van cursisten"])
def test_words_that_are_more_than_the_papers_title_stay_a_rows_name(words):
    """Guard: a line that holds more than the paper's title (or less) is no running header: its
    words stay the row's below as printed."""
    answer = read_text(ROWS_TEXT.format(between=f"{words}\n"), "g.txt")
    assert any(words in c.label for t in answer.tables for c in t.cells)


# 3. A persons caption over a column named by enrolments.

@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "seeds", "xlsx", "html"])
@pytest.mark.parametrize("caption", ["Tabel 1. Aantal unieke cursisten per opleiding", "Tabel 1. Unieke cursisten per opleiding"])
def test_a_caption_of_persons_over_an_enrolments_column_says_the_conflict(caption, form):
    from test_measure35 import _answer, _measures
    from test_measure35 import _read as _read_measure

    read = _read_measure(_answer(caption), form)
    assert _measures(read) == [("Inschrijvingen", "enrolled"), ("Unieke cursisten", "unknown")]
    enrolments = read.tables[0]
    said = {lang: [f for f in audit(read, lang=lang).findings if f.rule == "measure-unknown" and f.table == enrolments.id]
            for lang in ("en", "nl")}
    assert [f.line for f in said["en"]] == [f.line for f in said["nl"]] == [enrolments.header_line]
    en, nl = said["en"][0].message, said["nl"][0].message
    assert "they name 'unieke cursisten' (\"" in en and caption.removeprefix("Tabel 1. ") in en
    assert "the column's own name names 'inschrijvingen'" in en and "read as enrolments, by its own name" in en
    assert "die noemen 'unieke cursisten' (\"" in nl and "de eigen naam van de kolom noemt 'inschrijvingen'" in nl


@pytest.mark.parametrize("caption", ["Tabel 1. Inschrijvingen en unieke cursisten per opleiding",
                                     "Tabel 1. Aantal inschrijvingen per opleiding"])
def test_a_caption_that_names_enrolments_says_nothing_of_the_enrolments_column(caption):
    """Guard: the words above name the enrolments column's own unit: no conflict to say of it."""
    from test_measure35 import _answer
    from test_measure35 import _read as _read_measure

    read = _read_measure(_answer(caption), "seeds")
    assert not [f for f in audit(read).findings if f.rule == "measure-unknown" and f.table == read.tables[0].id]


# 4. A table on its side, its total column named with its unit.

SIDE = ("OKOT per schooljaar\n\nAntwoord\n\nWie in beide sectoren startte, telt in de totaalkolom één keer.\n\n"
        "Gestarte unieke cursisten per schooljaar en sector\n\nSchooljaar {head}\n2019-2020 402 388 790\n"
        "2020-2021 431 475 898\n2021-2022 455 498 940\n\nBron: VDAB.\n")


@pytest.mark.parametrize("total, semantics, severity", [
    ("Totaal unieke cursisten", "unique", "info"), ("Totaal inschrijvingen", "additive", "error"),
    ("Eindtotaal cursisten", "unique", "info"), ("Totaal personen", "unique", "info"),
])
def test_a_total_column_named_by_its_unit_on_a_table_on_its_side_is_read_by_its_own_words(total, semantics, severity):
    answer = read_text(SIDE.format(head=f"Zorg Onderwijs {total}"))
    assert answer.issues == []
    assert [(c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells if c.level == "total"] == [
        (total, "2019-2020", 790, semantics), (total, "2020-2021", 898, semantics), (total, "2021-2022", 940, semantics)]
    assert [(f.period, f.severity) for f in audit(answer).findings if f.rule == "parts-exceed-total"] == [
        ("2020-2021", severity), ("2021-2022", severity)]


def test_a_unit_alone_after_the_sectors_is_no_total_column():
    """Guard: ``Zorg Onderwijs Cursisten``: a unit's word without a total's is no total column."""
    answer = read_text(SIDE.format(head="Zorg Onderwijs Cursisten"))
    assert not any(c.level == "total" and c.label == "Cursisten" for t in answer.tables for c in t.cells)
