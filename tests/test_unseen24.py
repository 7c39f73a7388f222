"""Red team, round 24: more answers nobody has read, built from persons, printed as PDFs, read in
every form users hold them.

New shapes (none of the earlier red teams builds them): codes in a column of their own beside the
programme's name, with measures for columns (``Code  Opleiding  Gestart  Geslaagd  Gestopt``, one
year named in the prose); programmes named with their code in brackets (``Se-n-se
tandartsassistent (903503)``), the total row first and a ``Totaal`` column before the years, on a
landscape page; one answer with a table per measure, each with its own unit words
(``inschrijvingen``: additive; ``unieke cursisten``: persons), the last year partial by its
footnote, and a planted error (a part above its unique total) that must be found at its cell; a
partition by age with a shares column (``12,5%``) beside Dutch thousands, its total one off;
quarters as periods (not read yet: an ``unreadable-table`` error, never a silent pass).

Each answer is built from persons (who starts, graduates or stops which programme in which
period; who is counted in two rows), so every cell and every total is known, printed with fpdf2
in several styles (ruled or not, figures at the top or bottom of a wrapped cell, a page break in
the last table with and without its header again, portrait or landscape) and read as the PDF,
``pdftotext -layout``, pdfplumber's and pypdf's text. Every cell must be the truth's, at its
period and measure; the findings exactly the truth's.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pytest

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import available, extract  # noqa: E402
from test_unseen23 import Persons, answer_pdf, fold, form_cases, pdf_grid  # noqa: E402

FORMS = ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"]


# ---------------------------------------------------------------------------------------------
# The model.


@dataclass
class Row:
    label: str  # the programme, category or total line as printed
    values: list[int | None]  # one per printed figure column; None: a blank cell
    level: str = "row"  # row | total
    code: str | None = None  # the training code the row carries (its own column, or in brackets)
    code_column: bool = False  # the code printed in a column of its own (else: inside the label, or none)


@dataclass
class Table:
    caption: str
    heads: list[str]  # the label columns' names (``Code``, ``Opleiding``)
    columns: list[str]  # the figure columns as printed
    keys: list[tuple[str, str]]  # per figure column: (measure, period) it is read as; ("", "") not a count
    rows: list[Row]
    footnotes: list[str] = field(default_factory=list)
    thousands: bool = False
    shares: list[list[str]] | None = None  # a shares column's printed values per row (``12,5%``), last
    ids: list[str] | None = None  # per figure column, the table it is read into (a column per category)
    additive: bool = False  # its totals are sums (a partition of persons, counts of events)


@dataclass
class Answer:
    title: str
    before: list[str]
    tables: list[Table]
    between: list[list[str]]


def _count(n: int, thousands: bool) -> str:
    return f"{n:,}".replace(",", ".") if thousands else str(n)


# ---------------------------------------------------------------------------------------------
# Printing.


@dataclass(frozen=True)
class Style:
    ruled: bool = True
    v_align: str = "top"  # top | bottom: where a wrapped label's figures stand
    label_width: float = 70.0
    code_width: float = 16.0
    column_width: float = 21.0
    font_size: float = 9.0
    break_before: int | None = None  # a page break before this row of the last table
    repeat_header: bool = True
    landscape: bool = False


def write_pdf(answer: Answer, style: Style) -> bytes:
    from fpdf import FPDF

    return answer_pdf(FPDF(orientation="L" if style.landscape else "P", format="A4"), answer, style, _table)


def _table(pdf, table: Table, style: Style, break_before: int | None) -> None:
    coded = any(row.code_column for row in table.rows)
    lefts = [style.code_width, style.label_width] if coded else [style.label_width]
    figures = len(table.columns) + (1 if table.shares is not None else 0)
    room = pdf.w - pdf.l_margin - pdf.r_margin - sum(lefts)
    widths = [*lefts, *[min(style.column_width, room / figures)] * figures]
    rows = []
    for k, row in enumerate(table.rows):
        cells = ([row.code or ""] if coded else []) + [row.label]
        cells += ["" if v is None else _count(v, table.thousands) for v in row.values]
        if table.shares is not None:
            cells.append(table.shares[k][0])
        rows.append((cells, row.level != "row"))
    head = [*table.heads, *table.columns, *(["Aandeel"] if table.shares is not None else [])]
    pdf_grid(pdf, style, table.caption, widths, head, rows, break_before, labels=len(lefts))


STYLES = {
    "ruled-top": Style(),
    "plain-bottom-break": Style(ruled=False, v_align="bottom", break_before=3, repeat_header=False),
    "narrow-break-repeat": Style(label_width=48, break_before=2, repeat_header=True),
    "landscape-bottom": Style(v_align="bottom", landscape=True, label_width=90),
}


# ---------------------------------------------------------------------------------------------
# The answers, from persons.

QUESTION = "Schriftelijke vraag nr. {n} van {date} van {who} aan de minister van Werk."
#: Programmes of the care sector that can be finished in the year they are counted in: whole
#: programmes, an individual track, a final year.
WHOLE = [("903503", "Se-n-se tandartsassistent"), ("903506", "Se-n-se apotheekassistent"),
         ("903640", "Se-n-se opvoeder leefgroepenwerking"),
         ("900615", "Professionele bachelor verpleegkunde individueel traject"),
         ("900124", "Tweedekansonderwijs zorgkundige - tweede jaar")]


def _trajectories(rng: random.Random, codes: list[str], periods: list[str], base: dict[str, int],
                  twice: float) -> dict[str, Persons]:
    """Who started, graduated and stopped (or failed) which programme in which period: each
    starter graduates, stops or goes on; a share `twice` also started a second programme in
    the same period (counted in both rows, once in the total)."""
    out = {m: Persons() for m in ("started", "graduated", "stopped_or_failed")}
    pid = 0
    for period in periods:
        for code in codes:
            for _ in range(max(1, int(base[code] * rng.uniform(0.7, 1.3)))):
                pid += 1
                codes_of = [code] + ([rng.choice([c for c in codes if c != code])] if rng.random() < twice else [])
                for c in codes_of:
                    out["started"].add(pid, c, period)
                    fate = rng.random()
                    if fate < 0.55:
                        out["graduated"].add(pid, c, period)
                    elif fate < 0.75:
                        out["stopped_or_failed"].add(pid, c, period)
    return out


def measures_answer() -> Answer:
    """Care sector, 2022 (named in the prose): a code column, the programme's name, and three
    measures for columns; the total line counts unique persons (who started two programmes once)."""
    rng = random.Random(2401)
    codes = [c for c, _ in WHOLE]
    people = _trajectories(rng, codes, ["2022"], {c: n for c, n in zip(codes, [45, 38, 60, 24, 70])}, twice=0.06)
    measures = ["started", "graduated", "stopped_or_failed"]
    rows = [Row(name, [people[m].count(code, "2022") or None for m in measures], code=code, code_column=True)
            for code, name in WHOLE]
    rows.append(Row("Totaal", [people[m].count(set(codes), "2022") for m in measures], level="total"))
    return Answer(
        title="Onderwijskwalificerende opleidingstrajecten (OKOT’s) in de zorg - resultaten 2022",
        before=[QUESTION.format(n=512, date="14 maart 2023", who="Lotte Peeters"),
                "1. Hoeveel cursisten startten in 2022 een OKOT in de zorg? Hoeveel van hen studeerden af en "
                "hoeveel stopten voortijdig? Graag per opleiding.",
                "Antwoord",
                "1. De tabel geeft per opleiding het aantal unieke cursisten dat in 2022 een OKOT in de "
                "zorgsector startte, slaagde of stopte. Wie twee opleidingen volgt, telt in het totaal één keer."],
        tables=[Table(caption="Tabel 1. Gestarte, geslaagde en gestopte cursisten per opleiding",
                      heads=["Code", "Opleiding"], columns=["Gestart", "Geslaagd", "Gestopt"],
                      keys=[("started", "2022"), ("graduated", "2022"), ("stopped_or_failed", "2022")], rows=rows)],
        between=[["2. Een opleiding kan meer dan een jaar duren: wie in 2022 slaagde, startte vaak eerder."]],
    )


def captioned_answer() -> Answer:
    """The measures answer whose prose names no year: only the short caption right above the
    header does (``Tabel 1. Cursisten in 2022``); the question's date names 2023."""
    answer = measures_answer()
    answer.before = [*answer.before[:3], "1. De tabel geeft per opleiding het aantal unieke cursisten dat een OKOT "
                     "in de zorgsector startte, slaagde of stopte."]
    answer.tables[0].caption = "Tabel 1. Cursisten in 2022"
    return answer


def blank_answer() -> Answer:
    """The measures answer with a programme new in 2022: started, none graduated yet (a blank
    cell, not a zero), some stopped."""
    answer = measures_answer()
    rows = answer.tables[0].rows
    new = rows[2]
    rows[-1].values[1] -= new.values[1]  # (its graduates taken out of the total: the persons were only in it)
    new.values[1] = None
    return answer


def bracketed_answer() -> Answer:
    """Care sector, started 2020-2022: each programme named with its code in brackets, the
    total row first (above its parts), a ``Totaal`` column before the years (each row's unique
    persons over the three years: who started again counted once)."""
    rng = random.Random(2402)
    codes = [c for c, _ in WHOLE]
    years = ["2020", "2021", "2022"]
    started = _trajectories(rng, codes, years, {c: n for c, n in zip(codes, [30, 26, 41, 15, 52])},
                            twice=0.05)["started"]
    for (p, c, q) in sorted(started.members):  # some start the same programme again the next year
        if q != "2022" and p % 11 == 0:
            started.add(p, c, years[years.index(q) + 1])
    rows = [Row("Totaal", [started.count(set(codes)), *(started.count(set(codes), y) for y in years)], level="total")]
    rows += [Row(f"{name} ({code})", [started.count(code), *(started.count(code, y) or None for y in years)], code=code)
             for code, name in WHOLE]
    return Answer(
        title="OKOT’s in de zorgsector - gestarte cursisten 2020-2022",
        before=[QUESTION.format(n=87, date="2 februari 2023", who="Hans Verreyt"),
                "Hoeveel werkzoekenden startten in 2020, 2021 en 2022 een OKOT in de zorg, per opleiding?",
                "Antwoord",
                "Onderstaande tabel geeft het aantal unieke cursisten met een gestarte OKOT per opleiding. De "
                "kolom Totaal telt wie in meer dan één jaar startte één keer."],
        tables=[Table(caption="Unieke cursisten met gestarte OKOT'(s), per opleiding (code)", heads=["Opleiding"],
                      columns=["Totaal", *years], keys=[("started", "Totaal"), *(("started", y) for y in years)],
                      rows=rows)],
        between=[["Bron: VDAB, datawarehouse."]],
    )


TEACHERS = [("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar"),
            ("908011", "Educatieve bachelor voor lager onderwijs - 1ste jaar"),
            ("908015", "Specifieke lerarenopleiding (SLO)"),
            ("908017", "Educatieve graduaatsopleiding")]
FINAL_TEACHERS = [("908003", "Educatieve bachelor voor kleuteronderwijs - 3de jaar"),
                  ("908013", "Educatieve bachelor voor lager onderwijs - 3de jaar"),
                  ("908015", "Specifieke lerarenopleiding (SLO)"),
                  ("908017", "Educatieve graduaatsopleiding")]
#: The planted error of :func:`units_answer`: (table, row, period) of a total printed below one
#: of its parts.
PLANTED = (2, "Totaal", "2022")


def units_answer() -> Answer:
    """Education sector, 2021-2023 (2023 its first half, by the footnote of ``2023*``): a table
    per measure, each with its own unit words — enrolments (additive: one person enrolled twice
    counts twice), unique graduates, unique persons who stopped — with Dutch thousands. In the
    third table the total for 2022 is printed below its largest part (the planted error)."""
    rng = random.Random(2403)
    years = ["2021", "2022", "2023"]
    keys = [c for c, _ in TEACHERS]
    people = _trajectories(rng, keys, years, {c: n for c, n in zip(keys, [260, 410, 180, 95])}, twice=0.05)
    enrolled = Persons()
    enrolled.members = set(people["started"].members)
    finals = [c for c, _ in FINAL_TEACHERS]
    graduated = Persons()  # (a first year's graduates are its third year's: the row the table prints)
    graduated.members = {(p, finals[keys.index(c)], q) for p, c, q in people["graduated"].members}

    def rows_of(persons: Persons, entries: list[tuple[str, str]], unique: bool) -> list[Row]:
        codes = [c for c, _ in entries]
        rows = [Row(f"{c}: {n}", [persons.entries({c}, y) or None for y in years], code=c) for c, n in entries]
        total = [persons.count(set(codes), y) if unique else persons.entries(set(codes), y) for y in years]
        return [*rows, Row("Totaal", total, level="total")]

    stopped = rows_of(people["stopped_or_failed"], TEACHERS, True)
    k = years.index(PLANTED[2])
    stopped[-1].values[k] = max(v or 0 for v in (r.values[k] for r in stopped[:-1])) - 3
    note = "* 2023: van 1 januari tot en met 30 juni."
    columns = ["2021", "2022", "2023*"]
    return Answer(
        title="OKOT’s voor leraren: inschrijvingen, geslaagden en stopzettingen",
        before=[QUESTION.format(n=301, date="11 september 2023", who="Katia Segers"),
                "1. Hoeveel inschrijvingen telde VDAB voor een OKOT die leidt tot een job in het onderwijs?",
                "2. Hoeveel cursisten slaagden, en hoeveel stopten voortijdig?",
                "Antwoord",
                "1. Tabel 1 geeft het aantal inschrijvingen per opleiding. Een cursist die zich voor twee "
                "opleidingen inschrijft, telt twee keer."],
        tables=[
            Table(caption="Tabel 1. Aantal inschrijvingen voor een OKOT per opleiding", heads=["Opleiding"],
                  columns=columns, keys=[("enrolled", y) for y in years], rows=rows_of(enrolled, TEACHERS, False),
                  footnotes=[note], thousands=True),
            Table(caption="Tabel 2. Unieke cursisten met uitgevoerde, geslaagde OKOT'(s)", heads=["Opleiding"],
                  columns=columns, keys=[("graduated", y) for y in years],
                  rows=rows_of(graduated, FINAL_TEACHERS, True), footnotes=[note], thousands=True),
            Table(caption="Tabel 3. Unieke cursisten met stopgezette OKOT'(s)", heads=["Opleiding"],
                  columns=columns, keys=[("stopped_or_failed", y) for y in years], rows=stopped, footnotes=[note],
                  thousands=True),
        ],
        between=[["2. De tabellen 2 en 3 tellen elke cursist één keer per opleiding en één keer in het totaal."],
                 ["Slechts de laatste jaren van een opleiding leiden tot een diploma."],
                 ["Bron: VDAB."]],
    )


AGES = ["-25 jaar", "25-54 jaar", "55+ jaar"]


def shares_answer() -> Answer:
    """Care sector, 2022: starters by age class (a partition) with a shares column (``12,5%``)
    and Dutch thousands; the printed total is one more than its parts (the planted error)."""
    rng = random.Random(2404)
    counts = [rng.randint(300, 700), rng.randint(2500, 3900), rng.randint(90, 200)]
    total = sum(counts) + 1
    shares = [[f"{100 * c / sum(counts):.1f}%".replace(".", ",")] for c in counts] + [["100,0%"]]
    rows = [Row(a, [c]) for a, c in zip(AGES, counts)] + [Row("Totaal", [total], level="total")]
    return Answer(
        title="OKOT’s in de zorg: leeftijd van de starters in 2022",
        before=[QUESTION.format(n=140, date="20 april 2023", who="Els Ampe"),
                "Hoeveel werkzoekenden startten in 2022 een OKOT in de zorg, naar leeftijd?",
                "Antwoord",
                "In 2022 startten de volgende aantallen unieke cursisten een OKOT in de zorgsector, naar hun "
                "leeftijd bij de start."],
        tables=[Table(caption="Tabel 1. Gestarte cursisten naar leeftijdsklasse", heads=["Leeftijdsklasse"],
                      columns=["Aantal"], keys=[("started", "2022")], rows=rows, thousands=True, shares=shares)],
        between=[["Het aandeel 55-plussers blijft klein."]],
    )


GENDERS = ["Man", "Vrouw"]


def crosstab_answer() -> Answer:
    """Care sector, 2022: starters by gender (rows) and age class (columns), a total row FIRST
    and a total column, Dutch thousands; each person one gender and one age class, so every
    total is a sum — but the women's total is printed one too high (the planted error)."""
    rng = random.Random(2406)
    counts = {(g, a): rng.randint(lo, hi) for g in GENDERS for a, lo, hi in
              zip(AGES, [80, 700, 20], [400, 2400, 120])}
    rows = [Row("Totaal", [*(sum(counts[g, a] for g in GENDERS) for a in AGES), sum(counts.values())],
                level="total")]
    rows += [Row(g, [*(counts[g, a] for a in AGES), sum(counts[g, a] for a in AGES)]) for g in GENDERS]
    rows[2].values[3] += 1
    suffix = ["_under_25_jaar", "_25_54_jaar", "_55_plus_jaar", ""]
    return Answer(
        title="OKOT’s in de zorg: geslacht en leeftijd van de starters",
        before=[QUESTION.format(n=141, date="20 april 2023", who="Els Ampe"),
                "Hoeveel mannen en vrouwen startten in 2022 een OKOT in de zorg, per leeftijdsklasse?",
                "Antwoord",
                "In 2022 startten de volgende aantallen unieke cursisten een OKOT in de zorgsector."],
        tables=[Table(caption="Tabel 1. Gestarte cursisten naar geslacht en leeftijd", heads=["Geslacht"],
                      columns=[*AGES, "Totaal"], keys=[("started", "2022")] * 4, rows=rows, thousands=True,
                      ids=[f"started_by_gender{s}" for s in suffix], additive=True)],
        between=[["Bron: VDAB."]],
    )


def numbered_answer() -> Answer:
    """The units answer with its partial year marked by a footnote number, its note a day's
    date written out: ``2023 (1)`` / ``(1) Tot en met 30 juni 2023.`` (2023 was read whole: a
    numbered note cut a period short only where it named a month right after ``tot``)."""
    answer = units_answer()
    for table in answer.tables:
        table.columns = ["2021", "2022", "2023 (1)"]
        table.footnotes = ["(1) Tot en met 30 juni 2023."]
    return answer


ANSWERS = {"measures": measures_answer, "captioned": captioned_answer, "blank": blank_answer,
           "bracketed": bracketed_answer, "units": units_answer, "shares": shares_answer,
           "numbered": numbered_answer, "crosstab": crosstab_answer}


# ---------------------------------------------------------------------------------------------
# Truth and reading.


def truth(answer: Answer) -> list[tuple]:
    """(measure — or the table's id where a column is a table of its own —, level, code or
    label, period, count) of every printed count."""
    out = []
    for table in answer.tables:
        for row in table.rows:
            key = row.code or fold(row.label)
            for k, ((measure, period), value) in enumerate(zip(table.keys, row.values)):
                if value is not None and measure:
                    out.append((table.ids[k] if table.ids else measure, row.level, key, period, value))
    return sorted(out)


def read_cells(read, ids: bool = False) -> list[tuple]:
    return sorted((t.id if ids else t.measure, c.level, c.code or fold(c.label), c.period, c.count)
                  for t in read.tables for c in t.cells)


@lru_cache(maxsize=None)
def pdf_of(name: str, style: Style) -> bytes:
    return write_pdf(ANSWERS[name](), style)


@lru_cache(maxsize=None)
def text_of(name: str, style: Style, form: str) -> str:
    return extract(pdf_of(name, style), form)


def read_form(name: str, style: Style, form: str):
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    if form == "pdf":
        return parse_answer(source_from_bytes(pdf_of(name, style), f"{name}.pdf"))
    if not available(form):
        pytest.skip(f"{form} is not installed")
    return parse_answer(source_from_bytes(text_of(name, style, form).encode(), f"{name}.txt"))


def persons_twice(answer: Answer) -> set[tuple[int, int]]:
    """(total, sum of its parts) of each unique-person total its parts sum to more than."""
    out = set()
    for table in answer.tables:
        if table.additive or table.keys[0][0] == "enrolled":
            continue
        rows = [r for r in table.rows if r.level == "row"]
        for total in (r for r in table.rows if r.level == "total"):
            for k, (measure, period) in enumerate(table.keys):
                parts = sum(r.values[k] or 0 for r in rows)
                top = max(r.values[k] or 0 for r in rows)
                if period != "Totaal" and total.values[k] is not None and parts > total.values[k] >= top:
                    out.add((total.values[k], parts))
    return out


#: Per answer: its errors and warnings (rule, measure, level, period), the information it must
#: give beside the persons counted twice, and what information may come with them.
EXPECTED: dict[str, tuple[list[tuple], set[str], set[str]]] = {
    "measures": ([], {"parts-exceed-total"}, set()),
    "bracketed": ([], {"parts-exceed-total"}, set()),
    "units": ([("total-below-largest-part", "stopped_or_failed", "total", "2022")],
              {"parts-exceed-total", "partial-period"}, {"error-located", "likely-typo"}),
    "shares": ([("total-exceeds-parts", "started", "total", "2022")], {"column-not-checked"},
               {"error-located", "likely-typo"}),
}
EXPECTED["numbered"] = EXPECTED["units"]
EXPECTED["blank"] = EXPECTED["captioned"] = EXPECTED["measures"]
#: (the women's total one too high: above the sum of their age classes, and the grand total
#: below the sum of the two genders' totals — both at their cells of the total column)
EXPECTED["crosstab"] = ([("total-exceeds-parts", "started", "row", "2022"),
                         ("parts-exceed-total", "started", "total", "2022")], set(), {"error-located", "likely-typo"})
#: The periods each answer marks partial.
PARTIAL = {"units": {"2023"}, "numbered": {"2023"}}


def check(answer: Answer, read, name: str) -> None:
    assert read_cells(read, any(t.ids for t in answer.tables)) == truth(answer)
    findings = audit(read).findings
    errors, info, may = EXPECTED[name]
    measures = {t.id: t.measure for t in read.tables}
    got = []
    for f in findings:
        if f.severity == "info":
            continue
        # the error stands at its cell: the line and period of the cell it names
        cell = [c for t in read.tables if t.id == f.table for c in t.cells
                if (c.line, c.period, c.count) == (f.line, f.period, f.stated)]
        got.append((f.rule, measures.get(f.table), cell[0].level if cell else None, f.period))
    assert sorted(got) == sorted(errors)
    rules = {f.rule for f in findings if f.severity == "info"}
    assert info <= rules <= info | may | {"double-count-outlier"}
    partial = {p.label for t in read.tables for p in t.periods if p.partial}
    assert partial == PARTIAL.get(name, set())
    reported = {(f.stated, f.observed) for f in findings if f.rule == "parts-exceed-total" and f.severity == "info"}
    assert persons_twice(answer) <= reported


#: What the reader does not read yet, and where it fails.
KNOWN: dict[tuple[str, str, str], str] = {
}


@pytest.mark.parametrize(("name", "style", "form"), list(form_cases(ANSWERS, STYLES, FORMS, KNOWN)))
def test_every_form_reads_the_truth_and_reports_exactly_what_it_holds(name, style, form):
    check(ANSWERS[name](), read_form(name, STYLES[style], form), name)


@pytest.mark.parametrize("name", list(ANSWERS))
def test_text_with_one_figure_per_line_is_unreadable_never_clean(name):
    """``pdftotext`` without ``-layout`` prints each cell of these tables on a line of its own:
    no cell is guessed, and each table is an ``unreadable-table`` error."""
    read = read_form(name, STYLES["ruled-top"], "pdftotext")
    assert read_cells(read) == []
    assert {i.reason for i in read.issues if i.kind == "unreadable-table"} == {"one-figure-per-line"}
    errors = [f for f in audit(read).findings if f.severity != "info"]
    assert {f.rule for f in errors} == {"unreadable-table"} and len(errors) == len(ANSWERS[name]().tables)


# ---------------------------------------------------------------------------------------------
# A training code in brackets that is not of the answer's sector.


def foreign_code_answer() -> Answer:
    """The bracketed answer (care sector) with a teacher-training programme among its rows,
    named with its code in brackets: ``Educatieve graduaatsopleiding (908017)``."""
    answer = bracketed_answer()
    row = answer.tables[0].rows[2]
    row.label, row.code = "Educatieve graduaatsopleiding (908017)", "908017"
    return answer


@pytest.mark.parametrize("form", FORMS)
def test_a_code_in_brackets_outside_the_answers_sector_is_found(form):
    """The code in brackets is the row's: read as its code (the name without it), and a code
    of another sector is a ``code-outside-sector`` error at its row. Before, the code stayed
    in the label and no sector or stage check saw it (no finding)."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = foreign_code_answer()
    data = write_pdf(answer, STYLES["ruled-top"])
    if form != "pdf" and not available(form):
        pytest.skip(f"{form} is not installed")
    source = source_from_bytes(data, "f.pdf") if form == "pdf" else source_from_bytes(extract(data, form).encode(), "f.txt")
    read = parse_answer(source)
    assert read_cells(read) == truth(answer)
    assert {c.label for t in read.tables for c in t.cells if c.code == "908017"} == {"Educatieve graduaatsopleiding"}
    outside = [f for f in audit(read).findings if f.severity != "info"]
    rows = [c.line for t in read.tables for c in t.cells if c.code == "908017"]
    assert [(f.rule, f.training_code) for f in outside] == [("code-outside-sector", "908017")]
    assert outside[0].line == rows[0]


# ---------------------------------------------------------------------------------------------
# Shapes not read yet, each loud: quarters as periods, provinces as columns.

QUARTERS = {"Q": ["Q1 2022", "Q2 2022", "Q3 2022", "Q4 2022"],
            "kwartaal": ["1ste kwartaal 2022", "2de kwartaal 2022", "3de kwartaal 2022", "4de kwartaal 2022"],
            "dashed": ["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"]}


def quarters_answer(printed: str) -> Answer:
    """Care sector, 2022 by quarter, programmes by name, a total line of unique persons."""
    rng = random.Random(2405)
    names = [n for _, n in WHOLE[:4]]
    quarters = ["2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"]
    people = _trajectories(rng, names, quarters, {n: s for n, s in zip(names, [20, 14, 33, 9])}, twice=0.05)["started"]
    rows = [Row(n, [people.count(n, q) or None for q in quarters]) for n in names]
    rows.append(Row("Totaal", [people.count(set(names), q) for q in quarters], level="total"))
    return Answer(
        title="OKOT’s in de zorg: instroom per kwartaal",
        before=[QUESTION.format(n=77, date="9 januari 2023", who="Els Ampe"),
                "Hoeveel cursisten startten in 2022 per kwartaal een OKOT in de zorg?", "Antwoord"],
        tables=[Table(caption="Gestarte unieke cursisten per kwartaal", heads=["Opleiding"],
                      columns=QUARTERS[printed], keys=[("started", q) for q in quarters], rows=rows)],
        between=[["Bron: VDAB."]],
    )


@pytest.mark.parametrize("printed", list(QUARTERS))
@pytest.mark.parametrize("form", FORMS)
def test_quarters_are_an_unreadable_table_never_a_clean_answer(printed, form):
    """Quarters (``Q1 2022``, ``1ste kwartaal 2022``, ``2022-Q1``) are no period of the
    contract yet: no cell is read, and the table is an ``unreadable-table`` error naming why."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    data = write_pdf(quarters_answer(printed), STYLES["ruled-top"])
    if form != "pdf" and not available(form):
        pytest.skip(f"{form} is not installed")
    source = source_from_bytes(data, "q.pdf") if form == "pdf" else source_from_bytes(extract(data, form).encode(), "q.txt")
    read = parse_answer(source)
    assert read_cells(read) == []
    reasons = {i.reason for i in read.issues if i.kind == "unreadable-table"}
    # (``1ste kwartaal 2022`` wraps in its narrow cell: single-spaced, the header's pieces stand on
    # lines of their own and no header is found — still the table's lines are unreadable, never clean)
    assert reasons == {"quarter-periods"} or (printed == "kwartaal" and form in ("pdfplumber", "pypdf") and reasons)
    assert [f.rule for f in audit(read).findings if f.severity != "info"] == ["unreadable-table"]


# ---------------------------------------------------------------------------------------------
# A caption's year over a header of measures, the question dated a year later.

DATED = (
    "Schriftelijke vraag nr. 88 van 5 mei 2023 van Els Ampe aan de minister van Werk.\n\n"
    "Antwoord\n\n"
    "Tabel 1. Unieke cursisten in 2022 per opleiding\n"
    "Code Opleiding Gestart Geslaagd Gestopt\n"
    "903503 Se-n-se tandartsassistent 36 21 5\n"
    "903506 Se-n-se apotheekassistent 47 31 6\n"
    "Totaal 80 50 11\n"
)


def test_a_captions_year_over_a_header_of_measures_is_the_tables_period_not_the_questions_date():
    """Coded rows under a header of measures, a short caption right above it naming the year:
    the caption is the text above the header, so its year is the table's period (it was taken
    into the header, and the prose's only year, the question's date, made every cell 2023 —
    silently)."""
    from okot_audit import read_text

    read = read_text(DATED, "dated.txt")
    assert {c.period for t in read.tables for c in t.cells} == {"2022"}
    assert len([c for t in read.tables for c in t.cells]) == 9


PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"]


def province_columns_answer() -> Answer:
    """Care sector, 2022: programmes as rows, the provinces as columns and ``Vlaams Gewest``
    (unique persons: who moved counted in two provinces, once in the region) as the last."""
    rng = random.Random(2407)
    names = [n for _, n in WHOLE[:4]]
    started = Persons()
    pid = 0
    for name in names:
        for province in PROVINCES:
            for _ in range(rng.randint(3, 40)):
                pid += 1
                started.add(pid, f"{name}|{province}", "2022")
                if rng.random() < 0.03:
                    started.add(pid, f"{name}|{rng.choice([p for p in PROVINCES if p != province])}", "2022")
    rows = [Row(n, [*(started.count(f"{n}|{p}") or None for p in PROVINCES),
                    started.count({f"{n}|{p}" for p in PROVINCES})]) for n in names]
    return Answer(
        title="OKOT’s in de zorg: gestarte cursisten per provincie in 2022",
        before=[QUESTION.format(n=143, date="20 april 2023", who="Els Ampe"),
                "Hoeveel cursisten startten in 2022 een OKOT in de zorg, per opleiding en per provincie?",
                "Antwoord", "In 2022 startten de volgende aantallen unieke cursisten een OKOT in de zorgsector."],
        tables=[Table(caption="Tabel 1. Gestarte cursisten per opleiding en provincie", heads=["Opleiding"],
                      columns=[*PROVINCES, "Vlaams Gewest"], keys=[("started", "2022")] * 6, rows=rows)],
        between=[["Wie verhuisde, telt mee in beide provincies maar één keer voor het Vlaams Gewest."]],
    )


@pytest.mark.parametrize("form", FORMS)
def test_provinces_as_columns_are_read_in_every_form(form):
    """Provinces as the columns (``Opleiding Antwerpen Limburg … Vlaams Gewest``): said, never
    read, until session 34; read since from the PDF's own cells (ageprov34) and from the
    extractors' text whose narrow cells wrap the provinces' names (wrapprov34): each cell its
    row's programme, its column's province (the region's column of none) and the truth's count,
    nothing wrong said."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = province_columns_answer()
    data = write_pdf(answer, Style(label_width=55, column_width=19))
    if form != "pdf" and not available(form):
        pytest.skip(f"{form} is not installed")
    source = source_from_bytes(data, "p.pdf") if form == "pdf" else source_from_bytes(extract(data, form).encode(), "p.txt")
    read = parse_answer(source)
    errors = {f.rule for f in audit(read).findings if f.severity == "error"}
    cells = sorted((fold(c.label), c.province or "", c.period, c.count) for t in read.tables for c in t.cells)
    truth = sorted((fold(row.label), province, "2022", count) for row in answer.tables[0].rows
                   for province, count in zip([*PROVINCES, ""], row.values) if count is not None)
    assert (cells, errors) == (truth, set())


@pytest.mark.parametrize("name", ["measures", "bracketed", "units", "crosstab"])
def test_windows_text_and_a_bom(name):
    """``pdftotext -layout`` text saved with CRLF in Windows-1252, and in UTF-8 with a BOM:
    the same cells and findings."""
    if not available("pdftotext-layout"):
        pytest.skip("pdftotext is not installed")
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = ANSWERS[name]()
    text = text_of(name, STYLES["ruled-top"], "pdftotext-layout").replace("\n", "\r\n")
    check(answer, parse_answer(source_from_bytes(text.encode("cp1252"), f"{name}.txt")), name)
    check(answer, parse_answer(source_from_bytes(b"\xef\xbb\xbf" + text.encode(), f"{name}.txt")), name)


def test_measures_a_space_apart_in_a_laid_out_header():
    """``pdftotext -layout`` of the measures answer in a larger font sets two measures' names a
    space apart (``Gestart Geslaagd       Gestopt``): three measures, every cell (it was one
    column ``Gestart Geslaagd``: unreadable-table more-figures-than-periods)."""
    if not available("pdftotext-layout"):
        pytest.skip("pdftotext is not installed")
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = measures_answer()
    text = extract(write_pdf(answer, Style(font_size=10)), "pdftotext-layout")
    assert "Gestart Geslaagd " in text
    check(answer, parse_answer(source_from_bytes(text.encode(), "m.txt")), "measures")


@pytest.mark.parametrize("form", ["pdfplumber", "pypdf"])
def test_two_rows_run_into_one_line_at_a_page_break_are_checked_each_on_its_own(form):
    """Unruled, the cross-tab's last row on the next page: pdfplumber and pypdf run the page's
    last row and the next page's first into one line (``Man … 2.213Vrouw 231 …``). Both rows
    are read, and each row's total column is checked against its own age classes: the planted
    error is the women's, found at their cell (before: the men's and the women's figures were
    summed as one row's, two false errors ``2213`` and ``2124`` against ``4336``)."""
    answer = crosstab_answer()
    style = Style(font_size=8, ruled=False, break_before=2, repeat_header=False)
    if not available(form):
        pytest.skip(f"{form} is not installed")
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    text = extract(write_pdf(answer, style), form)
    table = answer.tables[0]
    last, first = table.rows[style.break_before - 1], table.rows[style.break_before]
    # the page's last row's last figure and the next page's first row's label on one line, run
    # into one word, whatever figures the seed draws
    run_in = _count(last.values[-1], table.thousands) + first.label
    assert run_in in text.replace("\f", "")
    read = parse_answer(source_from_bytes(text.encode(), "x.txt"))
    cells = {(fold(c.label), c.count) for t in read.tables for c in t.cells}
    assert {(fold(last.label), last.values[-1]), (fold(first.label), first.values[0])} <= cells
    check(answer, read, "crosstab")


@pytest.mark.parametrize("form", ["pdfplumber", "pdfplumber-layout"])
def test_a_category_columns_word_wrapped_below_the_header_names_the_same_table(form):
    """A column's name wrapped under the header line (``Geslacht -25 jaar 25-54 55+ jaar Totaal``
    / ``jaar``): the piece goes back to the one column it completes, ``25-54 jaar``, and the
    table is named as in every other form (before: ``started_by_gender_25_54``)."""
    if not available(form):
        pytest.skip(f"{form} is not installed")
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = crosstab_answer()
    text = extract(write_pdf(answer, Style(font_size=10)), form)
    assert "25-54 55+" in text and re.search(r"\n *jaar *\n", text)
    check(answer, parse_answer(source_from_bytes(text.encode(), "x.txt")), "crosstab")
