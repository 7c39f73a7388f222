"""Red team, round 26: four answers no earlier test builds, from persons, in every form users hold them.

- ``agegender``: a two-level breakdown of persons — gender within age class (``-25 jaar`` on a line
  of its own, ``Man``, ``Vrouw``, ``Subtotaal``; then ``25-54 jaar`` …), closed by ``Totaal``. Each
  person has one age class and one gender: a partition at both levels (additive).
- ``diplomas``: diplomas (events: additive) by training code over school years, the last one partial
  by its footnote (``2022-2023*``), one code a first year (a stage that ends no programme).
- ``provmonths``: a province x month matrix (the months of one year) closed by ``Vlaams Gewest``,
  counting enrolments (``inschrijvingen``: additive).
- ``sectorblocks``: programmes named without codes in sector blocks (``Zorg`` … ``Subtotaal zorg``,
  ``Onderwijs`` … ``Subtotaal onderwijs``) under a grand ``Totaal``, with a ``Totaal`` column: unique
  persons over the years and over the blocks.

Each is built correct and with one planted wrong figure, printed with fpdf2 and read as the PDF,
``pdftotext -layout``, pdfplumber's and pypdf's text, the seeds' single-spaced form, an ``.xlsx``
annex, an HTML page, and ``pdftotext -layout``'s text in Windows-1252 with CRLF and in UTF-8 with a
BOM. Every cell must be the persons' truth, and the audit must report exactly the planted error (or
nothing) beside the information the truth holds.
"""

from __future__ import annotations

import random
from functools import lru_cache

import pytest

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import available, extract  # noqa: E402
from test_red25 import QUESTION, seeds_text  # noqa: E402
from test_unseen23 import (  # noqa: E402
    PROVINCES,
    Answer,
    Persons,
    Row,
    Style,
    Table,
    fold,
    write_html,
    write_pdf,
    write_xlsx,
)

YEARS = ["2020", "2021", "2022"]
AGES = ["-25 jaar", "25-54 jaar", "55+ jaar"]
GENDERS = ["Man", "Vrouw"]


def agegender_answer(planted: bool) -> Answer:
    """Started persons by age class and, within it, by gender; each person one of each."""
    rng = random.Random(2601)
    persons = Persons()
    pid = 0
    size = {"-25 jaar": 130, "25-54 jaar": 900, "55+ jaar": 35}
    for year in YEARS:
        for age in AGES:
            for _ in range(int(size[age] * rng.uniform(0.8, 1.2))):
                pid += 1
                persons.add(pid, f"{age}|{rng.choice(GENDERS) if rng.random() < 0.5 else 'Vrouw'}", year)
    rows: list[Row] = []
    for age in AGES:
        rows.append(Row(age, [None] * len(YEARS), level="heading"))
        keys = [f"{age}|{g}" for g in GENDERS]
        for g, key in zip(GENDERS, keys):
            rows.append(Row(g, [persons.count(key, y) for y in YEARS]))
        rows.append(Row("Subtotaal", [persons.count(set(keys), y) for y in YEARS], level="subtotal",
                        semantics="additive"))
    rows.append(Row("Totaal", [persons.count({f"{a}|{g}" for a in AGES for g in GENDERS}, y) for y in YEARS],
                    level="total", semantics="additive"))
    if planted:
        rows[6].values[1] += 1  # type: ignore[operator]  # 25-54 jaar, Vrouw, 2021: its subtotal below its parts
    return Answer(
        title="OKOT’s in de zorg - profiel van de gestarte cursisten",
        before=[QUESTION.format(n=511, date="12 mei 2023", who="Lise Vandecasteele"),
                "Hoeveel werkzoekenden startten in 2020, 2021 en 2022 een OKOT in de zorg, opgesplitst naar "
                "leeftijd en geslacht?",
                "Antwoord",
                "De tabel geeft het aantal unieke cursisten dat in het jaar een OKOT in de zorg startte, naar "
                "leeftijdsklasse bij de start en, binnen elke leeftijdsklasse, naar geslacht."],
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) naar leeftijd en geslacht",
                      head="Leeftijd en geslacht", columns=YEARS, periods=YEARS, rows=rows)],
        between=[["Bron: VDAB, datawarehouse."]],
        sector="zorg",
    )


SCHOOL_YEARS = ["2019-2020", "2020-2021", "2021-2022", "2022-2023"]
DIPLOMA_CODES = [("908003", "Educatieve bachelor voor kleuteronderwijs - 3de jaar"),
                 ("908011", "Educatieve bachelor voor lager onderwijs - 1ste jaar"),
                 ("908013", "Educatieve bachelor voor lager onderwijs - 3de jaar"),
                 ("908015", "Specifieke lerarenopleiding (SLO)"),
                 ("908017", "Educatieve graduaatsopleiding"),
                 ("908033", "Educatieve bachelor voor secundair onderwijs: knelpuntvakken - 3de jaar")]


def diplomas_answer(planted: bool) -> Answer:
    """Diplomas by code and school year: each a person's diploma, counted as events."""
    rng = random.Random(2602)
    diplomas = Persons()
    pid = 0
    for k, year in enumerate(SCHOOL_YEARS):
        for code, _ in DIPLOMA_CODES:
            if code == "908033" and k == 0:
                continue  # not yet organised: a blank cell
            for _ in range(int(rng.randint(8, 90) * (0.45 if k == 3 else 1))):
                pid += 1
                diplomas.add(pid, code, year)
    codes = {c for c, _ in DIPLOMA_CODES}
    rows = [Row(f"{c}: {name}", [diplomas.entries({c}, y) or None for y in SCHOOL_YEARS], code=c)
            for c, name in DIPLOMA_CODES]
    rows.append(Row("Totaal", [diplomas.entries(codes, y) for y in SCHOOL_YEARS], level="total",
                    semantics="additive"))
    if planted:
        rows[-1].values[2] += 10  # type: ignore[operator]  # 2021-2022: the total above the sum
    return Answer(
        title="OKOT’s voor het onderwijs - behaalde diploma’s",
        before=[QUESTION.format(n=87, date="2 oktober 2023", who="Koen Daniëls"),
                "Hoeveel diploma’s werden sinds het schooljaar 2019-2020 behaald na een OKOT voor een job in het "
                "onderwijs? Graag per opleiding.",
                "Antwoord",
                "De tabel telt de behaalde diploma’s per opleiding en per schooljaar."],
        tables=[Table(caption="Tabel 1. Aantal behaalde diploma's per opleiding en schooljaar", head="Opleiding",
                      columns=[*SCHOOL_YEARS[:-1], "2022-2023*"], periods=SCHOOL_YEARS, rows=rows,
                      footnotes=["* 2022-2023: enkel de eerste examenkans, toestand op 15 juli 2023."],
                      partial=frozenset({"2022-2023"}))],
        between=[["Bron: VDAB."]],
        sector="onderwijs",
    )


MONTHS = [("januari 2023", "2023-01"), ("februari 2023", "2023-02"), ("maart 2023", "2023-03"),
          ("april 2023", "2023-04"), ("mei 2023", "2023-05"), ("juni 2023", "2023-06")]


def provmonths_answer(planted: bool) -> Answer:
    """Enrolments by province and month of 2023, closed by ``Vlaams Gewest``: additive."""
    rng = random.Random(2603)
    periods = [p for _, p in MONTHS]
    enrol = Persons()
    pid = 0
    size = dict(zip(PROVINCES, [120, 60, 140, 45, 90]))
    for period in periods:
        for province in PROVINCES:
            for _ in range(int(size[province] * rng.uniform(0.5, 1.4))):
                pid += 1
                enrol.add(pid, province, period)
                if rng.random() < 0.05:  # enrolled for a second programme elsewhere: two enrolments
                    enrol.add(pid, rng.choice([p for p in PROVINCES if p != province]), period)
    rows = [Row(p, [enrol.entries({p}, q) for q in periods], province=p) for p in PROVINCES]
    rows.append(Row("Vlaams Gewest", [enrol.entries(set(PROVINCES), q) for q in periods], level="total",
                    semantics="additive"))
    if planted:
        rows[1].values[2] += 1  # type: ignore[operator]  # Limburg, maart: the total below the sum
    return Answer(
        title="OKOT’s - inschrijvingen per provincie in het eerste halfjaar van 2023",
        before=[QUESTION.format(n=702, date="28 augustus 2023", who="Stijn De Roo"),
                "Hoeveel inschrijvingen voor een OKOT telde VDAB in de eerste zes maanden van 2023, per maand en "
                "per provincie?",
                "Antwoord",
                "De tabel telt inschrijvingen: wie zich in één maand voor twee opleidingen inschreef, telt twee "
                "keer mee."],
        tables=[Table(caption="Tabel 1. Aantal inschrijvingen per provincie en per maand", head="Provincie",
                      columns=[m for m, _ in MONTHS], periods=periods, rows=rows)],
        between=[["Bron: VDAB, datawarehouse, toestand op 31 juli 2023."]],
        sector=None,
    )


BLOCK_NAMES = {"zorg": ["Graduaat orthopedagogie", "Professionele bachelor verpleegkunde",
                        "Se-n-se opvoeder leefgroepenwerking"],
               "onderwijs": ["Specifieke lerarenopleiding", "Educatieve graduaatsopleiding",
                             "Verkorte educatieve master"]}
BLOCK_YEARS = ["2021", "2022", "2023"]


def sectorblocks_answer(planted: bool) -> Answer:
    """Started persons by programme (named, no codes) in sector blocks, a ``Totaal`` column."""
    rng = random.Random(2604)
    names = [n for ns in BLOCK_NAMES.values() for n in ns]
    persons = Persons()
    pid = 0
    for i, year in enumerate(BLOCK_YEARS):
        for name in names:
            for _ in range(rng.randint(25, 160)):
                pid += 1
                persons.add(pid, name, year)
                if rng.random() < 0.04:  # a second programme the same year (now and then another sector)
                    persons.add(pid, rng.choice([n for n in names if n != name]), year)
                if i + 1 < len(BLOCK_YEARS) and rng.random() < 0.05:  # started again the next year
                    persons.add(pid, name, BLOCK_YEARS[i + 1])
    rows: list[Row] = []
    for sector, block in BLOCK_NAMES.items():
        rows.append(Row(sector.capitalize(), [None] * 4, level="heading"))
        for name in block:
            rows.append(Row(name, [*(persons.count(name, y) for y in BLOCK_YEARS), persons.count(name)]))
        rows.append(Row(f"Subtotaal {sector}", [*(persons.count(set(block), y) for y in BLOCK_YEARS),
                                                persons.count(set(block))], level="subtotal", semantics="unique"))
    rows.append(Row("Totaal", [*(persons.count(set(names), y) for y in BLOCK_YEARS), persons.count(set(names))],
                    level="total", semantics="unique"))
    if planted:
        row = rows[6]  # Specifieke lerarenopleiding: its total column above the sum of its years
        row.values[3] = sum(row.values[:3]) + 5  # type: ignore[arg-type]
    return Answer(
        title="OKOT’s in de zorg en het onderwijs - gestarte cursisten per opleiding",
        before=[QUESTION.format(n=333, date="9 januari 2024", who="Loes Vandromme"),
                "Hoeveel werkzoekenden startten in 2021, 2022 en 2023 een OKOT in de zorg of in het onderwijs? "
                "Graag per opleiding.",
                "Antwoord",
                "De tabel geeft het aantal unieke cursisten per opleiding. Wie twee opleidingen startte, telt in "
                "het subtotaal en het totaal één keer; de kolom Totaal telt wie in meer dan één jaar startte één "
                "keer."],
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) per sector en opleiding",
                      head="Opleiding", columns=[*BLOCK_YEARS, "Totaal"], periods=[*BLOCK_YEARS, "Totaal"],
                      rows=rows)],
        between=[["Bron: VDAB."]],
        sector=None,
    )


ANSWERS = {"agegender": agegender_answer, "diplomas": diplomas_answer, "provmonths": provmonths_answer,
           "sectorblocks": sectorblocks_answer}


# ---------------------------------------------------------------------------------------------
# Truth and what a correct audit reports.


def truth(answer: Answer) -> list[tuple]:
    """(table, level, block, code or label, period, count) of every printed figure; `block` the
    heading line the row stands under (an age class, a sector), lower case."""
    out = []
    for n, table in enumerate(answer.tables):
        block = None
        for row in table.rows:
            if row.level == "heading":
                block = row.label.lower()
                continue
            for period, value in zip(table.periods, row.values):
                if value is not None:
                    out.append((n, row.level, None if row.level == "total" else block, row.code or fold(row.label),
                                period, value))
    return sorted(out, key=str)


def read_cells(read) -> list[tuple]:
    return sorted(((n, c.level, c.block.lower() if c.block else None, c.code or fold(c.label), c.period, c.count)
                  for n, t in enumerate(read.tables) for c in t.cells), key=str)


def persons_twice(answer: Answer) -> set[tuple[int, int]]:
    """(stated, sum of its parts) of every unique-person total its parts sum to more than: a block's
    subtotal over its rows, the grand total over the subtotals, a row's total column over its years."""
    out = set()
    for table in answer.tables:
        rows: list[Row] = []
        subtotals: list[Row] = []
        years = [k for k, p in enumerate(table.periods) if p != "Totaal"]
        for row in table.rows:
            if row.level == "heading":
                continue
            if row.level == "row" and "Totaal" in table.periods:
                whole, parts = row.values[-1], sum(row.values[k] or 0 for k in years)
                if whole is not None and parts > whole:
                    out.add((whole, parts))
            if row.level == "row":
                rows.append(row)
                continue
            under = rows if row.level == "subtotal" else (subtotals or rows)
            if row.semantics == "unique":
                for k in years:
                    parts = sum(r.values[k] or 0 for r in under)
                    if row.values[k] is not None and parts > row.values[k]:
                        out.add((row.values[k], parts))
            if row.level == "subtotal":
                rows, subtotals = [], [*subtotals, row]
    return out


#: Per answer: the errors and warnings of the correct answer, those the planted figure adds (rule,
#: level, code or label, period of the cell the finding stands at), the information it must give,
#: and its partial periods.
EXPECTED: dict[str, tuple[list[tuple], list[tuple], set[str], set[str]]] = {
    "agegender": ([], [("parts-exceed-total", "subtotal", "Subtotaal", "2021")], set(), set()),
    "diplomas": ([("stage-not-final", "row", "908011", None)], [("total-exceeds-parts", "total", "Totaal", "2021-2022")],
                 {"partial-period"}, {"2022-2023"}),
    "provmonths": ([], [("parts-exceed-total", "total", "Vlaams Gewest", "2023-03")], set(), set()),
    "sectorblocks": ([], [("total-exceeds-parts", "row", "Specifieke lerarenopleiding", "Totaal")],
                     {"parts-exceed-total"}, set()),
}
#: Information that may come with them: what explains the planted error, an outlier of persons
#: counted twice.
MAY = {"error-located", "likely-typo", "double-count-outlier"}


def check(name: str, planted: bool, read) -> None:
    answer = ANSWERS[name](planted)
    assert read_cells(read) == truth(answer)
    findings = audit(read).findings
    errors, more, info, partial = EXPECTED[name]
    got = []
    for f in findings:
        if f.severity == "info":
            continue
        # the finding stands at its cell: the line (and period, where it names one) of a cell read
        cells = [c for t in read.tables if t.id == f.table for c in t.cells
                 if c.line == f.line and f.period in (None, c.period)]
        got.append((f.rule, cells[0].level if cells else None, (cells[0].code or fold(cells[0].label)) if cells else None,
                    f.period))
    assert sorted(got, key=str) == sorted(errors + (more if planted else []), key=str)
    rules = {f.rule for f in findings if f.severity == "info"}
    assert info <= rules <= info | MAY | {"parts-exceed-total"}
    assert {p.label for t in read.tables for p in t.periods if p.partial} == partial
    reported = {(f.stated, f.observed) for f in findings if f.rule == "parts-exceed-total"}
    assert persons_twice(answer) <= reported
    semantics = {(c.label, c.semantics) for t in read.tables for c in t.cells if c.level != "row"}
    assert semantics == {(fold(r.label), r.semantics) for t in answer.tables for r in t.rows
                         if r.level in ("subtotal", "total")}


# ---------------------------------------------------------------------------------------------
# Every form.

STYLES = {
    "ruled-top": Style(label_width=40, column_width=24),
    "plain-bottom-break": Style(ruled=False, v_align="bottom", label_width=40, column_width=24, break_before=5,
                                repeat_header=False),
    "narrow-bottom-break-repeat": Style(label_width=28, column_width=23, v_align="bottom", break_before=4,
                                        repeat_header=True),
}
PDF_FORMS = ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"]
TEXT_FORMS = ["seeds", "xlsx", "html", "cp1252-crlf", "bom"]


@lru_cache(maxsize=None)
def pdf_of(name: str, planted: bool, style: str) -> bytes:
    return write_pdf(ANSWERS[name](planted), STYLES[style])


def read_form(name: str, planted: bool, style: str, form: str):
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = ANSWERS[name](planted)
    if form == "pdf":
        return parse_answer(source_from_bytes(pdf_of(name, planted, style), f"{name}.pdf"))
    if form == "seeds":
        return parse_answer(source_from_bytes(seeds_text(answer).encode(), f"{name}.txt"))
    if form == "xlsx":
        return parse_answer(source_from_bytes(write_xlsx(answer), f"{name}.xlsx"))
    if form == "html":
        return parse_answer(source_from_bytes(write_html(answer), f"{name}.html"))
    extractor = "pdftotext-layout" if form in ("cp1252-crlf", "bom") else form
    if not available(extractor):
        pytest.skip(f"{extractor} is not installed")
    text = extract(pdf_of(name, planted, style), extractor)
    if form == "cp1252-crlf":
        data = text.replace("\n", "\r\n").encode("cp1252")
    elif form == "bom":
        data = b"\xef\xbb\xbf" + text.encode()
    else:
        data = text.encode()
    return parse_answer(source_from_bytes(data, f"{name}.txt"))


#: What the reader does not read yet, and where it fails: (answer, planted, style, form) -> reason.
KNOWN: dict[tuple[str, bool, str, str], str] = {}


def _cases():
    for name in ANSWERS:
        for planted in (False, True):
            for style in STYLES:
                for form in PDF_FORMS + TEXT_FORMS:
                    if form in TEXT_FORMS and style != "ruled-top" and form not in ("cp1252-crlf", "bom"):
                        continue
                    reason = KNOWN.get((name, planted, style, form))
                    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                    yield pytest.param(name, planted, style, form, marks=marks,
                                       id=f"{name}-{'planted' if planted else 'correct'}-{style}-{form}")


@pytest.mark.parametrize(("name", "planted", "style", "form"), list(_cases()))
def test_every_form_reads_the_truth_and_reports_exactly_what_it_holds(name, planted, style, form):
    check(name, planted, read_form(name, planted, style, form))


@pytest.mark.parametrize("planted", [False, True])
@pytest.mark.parametrize("name", list(ANSWERS))
def test_text_with_one_figure_per_line_is_never_clean(name, planted):
    """``pdftotext`` without ``-layout``: the truth read, or every table an ``unreadable-table``
    error — never a silent pass."""
    if not available("pdftotext"):
        pytest.skip("pdftotext is not installed")
    read = read_form(name, planted, "ruled-top", "pdftotext")
    if read_cells(read):
        check(name, planted, read)
    else:
        assert {f.rule for f in audit(read).findings if f.severity != "info"} == {"unreadable-table"}


# ---------------------------------------------------------------------------------------------
# Found by the answers above, read on their own.

REGION_SET_LOW = (
    "OKOT's - inschrijvingen per provincie\n\nAntwoord\n\nDe tabel telt inschrijvingen: wie zich voor twee "
    "opleidingen inschreef, telt twee keer mee.\n\n"
    "Tabel 1. Aantal inschrijvingen per provincie en per maand\n\n"
    "Provincie         januari   februari\n"
    "                    2023       2023\n"
    "Antwerpen            160         68\n"
    "Limburg               60         31\n"
    "Oost-Vlaanderen      173         95\n"
    "Vlaams\n"
    "Gewest               {total}        194\n"
    "\nBron: VDAB.\n"
)


@pytest.mark.parametrize("spaced", [True, False])
@pytest.mark.parametrize("total", [393, 392])
def test_a_region_total_wrapped_with_its_figures_on_the_names_last_line_is_the_total(total, spaced):
    """``Vlaams`` / ``Gewest 393 194``: the total of the region wrapped in a narrow cell, its
    figures set to the bottom (pdftotext -layout, and single-spaced). It is the table's total of
    enrolments, checked as such: one too low is an error. Before, it was read as a row named
    ``Vlaams Gewest`` (a ``total-missing`` warning), the error never found: exit 0
    (parse/regions.py mend_cut_provinces, _region_total_set_low)."""
    from okot_audit import read_text

    text = REGION_SET_LOW.format(total=total)
    if not spaced:
        text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    read = read_text(text, "r.txt")
    cells = {(c.level, c.label, c.period, c.count) for t in read.tables for c in t.cells}
    assert ("total", "Vlaams Gewest", "2023-01", total) in cells
    assert ("total", "Vlaams Gewest", "2023-02", 194) in cells
    assert len(cells) == 8
    errors = [(f.rule, f.period, f.stated, f.observed) for f in audit(read).findings if f.severity != "info"]
    assert errors == ([] if total == 393 else [("parts-exceed-total", "2023-01", 392, 393)])


DIPLOMAS_ONE_WRONG = (
    "OKOT's voor het onderwijs\n\nAntwoord\n\nDe tabel telt de behaalde diploma's.\n\n"
    "Tabel 1. Aantal behaalde diploma's per opleiding en schooljaar\n"
    "Opleiding 2019-2020 2020-2021 2021-2022 2022-2023\n"
    "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 19 43 30 17\n"
    "908015: Specifieke lerarenopleiding (SLO) 71 16 89 14\n"
    "908033: Educatieve bachelor voor secundair onderwijs: knelpuntvakken - 3de jaar 34 48 31\n"
    "Totaal 90 93 {total} 62\n\nBron: VDAB.\n"
)


@pytest.mark.parametrize("total", [167, 177])
def test_a_rows_blank_cell_is_placed_by_the_totals_that_one_wrong_figure_leaves(total):
    """Single-spaced (pdfplumber, pypdf): ``908033`` prints three figures under four school years
    (its first one blank), and the total of 2021-2022 is ten too high. Placed under the last
    three, only that column's total does not fit; placed otherwise, three do not: the row is read
    so, and the wrong total is the error. Before: no placement fitted every total, the row was
    refused (``ambiguous-alignment``) and the wrong total never said (parse/__init__.py
    _fill_cells, _one_column_broken)."""
    from okot_audit import read_text

    read = read_text(DIPLOMAS_ONE_WRONG.format(total=total), "d.txt")
    row = sorted((c.period, c.count) for t in read.tables for c in t.cells if c.code == "908033")
    assert row == [("2020-2021", 34), ("2021-2022", 48), ("2022-2023", 31)]
    errors = [(f.rule, f.period, f.stated, f.observed) for f in audit(read).findings if f.severity != "info"]
    assert errors == ([] if total == 167 else [("total-exceeds-parts", "2021-2022", 177, 167)])


def test_a_rows_blank_cell_that_several_placements_explain_as_well_stays_unread():
    """Three figures under three periods, one blank: each placement breaks the total of one column
    (the one the row leaves blank): the totals do not tell where the blank is, and the row is
    reported not read, no figure guessed into a period."""
    from okot_audit import read_text

    text = ("OKOT's voor het onderwijs\n\nAntwoord\n\nDe tabel telt de behaalde diploma's.\n\n"
            "Tabel 1. Aantal behaalde diploma's per opleiding\n"
            "Opleiding 2020 2021 2022\n"
            "908015: Specifieke lerarenopleiding (SLO) 5 5 5\n"
            "908017: Educatieve graduaatsopleiding 10 10\n"
            "Totaal 15 15 15\n\nBron: VDAB.\n")
    read = read_text(text, "d.txt")
    assert not [c for t in read.tables for c in t.cells if c.code == "908017"]
    assert "ambiguous-alignment" in {f.rule for f in audit(read).findings if f.severity == "error"}


BROKEN_NAMES = (
    "OKOT's in de zorg\n\nAntwoord\n\nDe tabel geeft het aantal unieke cursisten per opleiding.\n\n"
    "Tabel 1. Unieke cursisten met gestarte OKOT'(s) per opleiding\n"
    "Opleiding 2021 2022\n"
    "Professionele\nbachelor\nverpleegkunde 99 123\n"
    "Se-n-se\nopvoeder\nleefgroepenwer\nking 62 98\n"
    "Educatieve\ngraduaatsopleid\ning 12 14\n"
    "Totaal 170 230\n\nBron: VDAB.\n"
)


def test_a_name_a_narrow_cell_broke_inside_a_word_is_read_whole():
    """pdfplumber's and pypdf's text of a narrow name cell that broke a word too long for it
    (``leefgroepenwer`` / ``king``, ``graduaatsopleid`` / ``ing``): the name is the programme's,
    so its sector is checked (the teacher-training programme in a care answer). Before, the pieces
    were joined with a space (``Se-n-se opvoeder leefgroepenwer king``), a name no catalogue
    knows: no ``code-outside-sector``, only a note (parse/broken.py joined_name); a name wrapped
    between two words keeps its space."""
    from okot_audit import read_text

    read = read_text(BROKEN_NAMES, "b.txt")
    assert sorted({c.label for t in read.tables for c in t.cells if c.level == "row"}) == [
        "Educatieve graduaatsopleiding", "Professionele bachelor verpleegkunde", "Se-n-se opvoeder leefgroepenwerking"]
    found = [(f.rule, f.label) for f in audit(read).findings if f.severity != "info"]
    assert found == [("code-outside-sector", "Educatieve graduaatsopleiding")]
