"""Red team, round 27: five answers no earlier test builds, from persons, in every form users hold them.

- ``transposed``: the province x year matrix printed on its side — years as rows, the provinces
  and ``Vlaams Gewest`` as columns, thousands with points, the last year partial by its footnote;
  unique persons (who moved counts in two provinces, once in the region).
- ``quarters``: enrolments (events: additive) by quarter of the year, quarters as rows under two
  years, the current year's last two quarters not yet known (blank): that year is partial.
- ``shares``: education level (a partition: each person one level) by year, each year's count
  followed by its share of the year (``31,4%``), the last year partial by its footnote.
- ``withheld``: sectors within province blocks (``Antwerpen`` on a line of its own, ``Zorg``,
  ``Onderwijs``, ``Techniek``, ``Totaal Antwerpen``), under ``Vlaams Gewest``; unique persons (a
  second programme in another sector, a move to another province), small counts printed ``<5``.
- ``twotables``: two tables of different measures in one answer — care trainees who started
  (unique persons, codes) and the diplomas they earned (events, final-stage codes) — the second
  table broken over a page.

Each is built correct and with one planted wrong figure, printed with fpdf2 and read as the PDF,
``pdftotext -layout``, pdfplumber's text (plain and ``layout=True``) and pypdf's, the seeds'
single-spaced form, an ``.xlsx`` annex and an HTML page. The expected cells are the persons'
counts, each at its row, block and period; the audit must report exactly the planted error (or
nothing) at its cell, the partial periods and the persons counted twice.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
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
    form_cases,
    write_html,
    write_pdf,
    write_xlsx,
)


class Printed(int):
    """A cell printed as `text` (``<5``, ``31,4%``) whatever its figure: what the answer shows."""

    text: str

    def __new__(cls, value: int, text: str) -> Printed:
        self = super().__new__(cls, value)
        self.text = text
        return self

    def __format__(self, spec: str) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text


@dataclass
class Case:
    """An answer as printed and what a correct reading holds: `cells` (table, level, province,
    code or label, period, count), the errors of the correct answer and those the planted figure
    adds (rule, level, code or label of the cell the finding stands at, period), the information
    rules it must give, its partial periods and its withheld cells (label, period, text)."""

    answer: Answer
    cells: list[tuple]
    errors: list[tuple] = field(default_factory=list)
    planted: list[tuple] = field(default_factory=list)
    info: set[str] = field(default_factory=set)
    partial: set[str] = field(default_factory=set)
    withheld: set[tuple] = field(default_factory=set)
    twice: set[tuple[int, int]] = field(default_factory=set)  # (stated, sum of parts) of persons counted twice


def asked(n: int, date: str, who: str, question: str, opening: str) -> list[str]:
    """The paragraphs before an answer's tables: the written question's reference, the question,
    ``Antwoord`` and the minister's opening."""
    return [QUESTION.format(n=n, date=date, who=who), question, "Antwoord", opening]


YEARS5 = ["2019", "2020", "2021", "2022", "2023"]


def transposed_case(planted: bool) -> Case:
    rng = random.Random(2701)
    size = dict(zip(PROVINCES, [1150, 520, 1310, 380, 940]))
    persons = Persons()
    pid = 0
    for k, year in enumerate(YEARS5):
        for province in PROVINCES:
            for _ in range(int(size[province] * rng.uniform(0.8, 1.2) * (0.5 if k == 4 else 1))):
                pid += 1
                persons.add(pid, province, year)
                if rng.random() < 0.015:  # moved during the year: counted in both provinces
                    persons.add(pid, rng.choice([p for p in PROVINCES if p != province]), year)
    rows, cells, twice = [], [], set()
    for year in YEARS5:
        counts = [persons.count(p, year) for p in PROVINCES]
        total = persons.count(set(PROVINCES), year)
        twice.add((total, sum(counts)))
        if planted and year == "2021":
            total = sum(counts) + 3
            twice.discard((persons.count(set(PROVINCES), year), sum(counts)))
        rows.append(Row(year + ("*" if year == "2023" else ""), [*counts, total]))
        cells += [(0, "row", p, fold(p), year, n) for p, n in zip(PROVINCES, counts)]
        cells.append((0, "total", None, "Vlaams Gewest", year, total))
    answer = Answer(
        title="OKOT’s in de zorg - gestarte cursisten per provincie",
        before=asked(812, "4 september 2023", "Ellen Samyn",
                     "Hoeveel werkzoekenden startten de voorbije vijf jaar een OKOT in de zorg, per provincie?",
                     "De tabel geeft per jaar het aantal unieke cursisten per provincie van de opleidingsplaats. Wie "
                     "tijdens het jaar verhuisde, telt in beide provincies mee, maar één keer in het Vlaams Gewest."),
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) per jaar en provincie", head="Jaar",
                      columns=[*PROVINCES, "Vlaams Gewest"], periods=[*PROVINCES, "Vlaams Gewest"], rows=rows,
                      thousands=True, footnotes=["* 2023: januari tot en met juni, voorlopige cijfers."])],
        between=[["Bron: VDAB, datawarehouse."]],
        sector="zorg",
    )
    return Case(answer, sorted(cells, key=str), planted=[("total-exceeds-parts", "total", "Vlaams Gewest", "2021")],
                info={"partial-period", "parts-exceed-total"}, partial={"2023"}, twice=twice)


QUARTERS = ["1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal"]


def quarters_case(planted: bool) -> Case:
    rng = random.Random(2702)
    years = ["2022", "2023"]
    rows, cells = [], []
    values = {(q, y): (None if y == "2023" and k >= 2 else rng.randint(180, 420))
              for k, q in enumerate(QUARTERS) for y in years}
    for q in QUARTERS:
        rows.append(Row(q, [values[q, y] for y in years]))
        cells += [(0, "row", None, q, y, values[q, y]) for y in years if values[q, y] is not None]
    total = [sum(values[q, y] or 0 for q in QUARTERS) for y in years]
    if planted:
        total[0] -= 1
    rows.append(Row("Totaal", total, level="total", semantics="additive"))
    cells += [(0, "total", None, "Totaal", y, n) for y, n in zip(years, total)]
    answer = Answer(
        title="OKOT’s - inschrijvingen per kwartaal",
        before=asked(1044, "16 oktober 2023", "Hannes Anaf",
                     "Hoeveel inschrijvingen voor een OKOT telde VDAB in 2022 en in 2023, per kwartaal?",
                     "De tabel telt de inschrijvingen per kwartaal van de start. Een cursist die twee opleidingen "
                     "start, telt twee keer mee. Voor 2023 zijn enkel de eerste twee kwartalen bekend."),
        tables=[Table(caption="Tabel 1. Aantal inschrijvingen in een OKOT per kwartaal", head="Kwartaal",
                      columns=years, periods=years, rows=rows)],
        between=[["Bron: VDAB, toestand op 1 oktober 2023."]],
        sector=None,
    )
    return Case(answer, sorted(cells, key=str), planted=[("parts-exceed-total", "total", "Totaal", "2022")],
                info={"partial-period"}, partial={"2023"})


LEVELS = ["Laaggeschoold", "Middengeschoold", "Hooggeschoold"]
YEARS3 = ["2021", "2022", "2023"]


def shares_case(planted: bool) -> Case:
    rng = random.Random(2703)
    size = dict(zip(LEVELS, [260, 610, 330]))
    counts = {(lv, y): int(size[lv] * rng.uniform(0.8, 1.2) * (0.6 if y == "2023" else 1)) for lv in LEVELS
              for y in YEARS3}
    total = {y: sum(counts[lv, y] for lv in LEVELS) for y in YEARS3}
    if planted:
        counts["Middengeschoold", "2022"] += 1
    rows, cells = [], []

    def share(n: int, whole: int) -> Printed:
        return Printed(0, f"{100 * n / whole:.1f}%".replace(".", ","))

    for lv in LEVELS:
        rows.append(Row(lv, [v for y in YEARS3 for v in (counts[lv, y], share(counts[lv, y], total[y]))]))
        cells += [(0, "row", None, lv, y, counts[lv, y]) for y in YEARS3]
    rows.append(Row("Totaal", [v for y in YEARS3 for v in (total[y], Printed(0, "100,0%"))], level="total",
                    semantics="additive"))
    cells += [(0, "total", None, "Totaal", y, total[y]) for y in YEARS3]
    answer = Answer(
        title="OKOT’s - profiel van de gestarte cursisten naar scholingsniveau",
        before=asked(95, "7 november 2023", "Kathleen Krekels",
                     "Wat is het scholingsniveau van de werkzoekenden die een OKOT startten?",
                     "De tabel geeft het aantal unieke cursisten dat een OKOT startte, naar hun scholingsniveau bij "
                     "de start, en het aandeel van elk niveau in het jaar."),
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) naar scholingsniveau",
                      head="Scholingsniveau",
                      columns=["2021", "Aandeel 2021", "2022", "Aandeel 2022", "2023*", "Aandeel 2023*"],
                      periods=[], rows=rows,
                      footnotes=["* 2023: januari tot en met augustus."])],
        between=[["Bron: VDAB."]],
        sector=None,
    )
    return Case(answer, sorted(cells, key=str), planted=[("parts-exceed-total", "total", "Totaal", "2022")],
                info={"partial-period", "column-not-checked"}, partial={"2023"})


SECTORS = ["Zorg", "Onderwijs", "Techniek"]
YEARS2 = ["2021", "2022"]
SMALL = {("Limburg", "Onderwijs", "2021"): 3, ("West-Vlaanderen", "Techniek", "2022"): 2,
         ("Vlaams-Brabant", "Techniek", "2021"): 4}


def withheld_case(planted: bool) -> Case:
    rng = random.Random(2704)
    provinces = PROVINCES[:4] + ["West-Vlaanderen"]
    persons = Persons()
    pid = 0
    for year in YEARS2:
        for province in provinces:
            for sector in SECTORS:
                n = SMALL.get((province, sector, year)) or rng.randint(30, 260)
                for _ in range(n):
                    pid += 1
                    persons.add(pid, f"{province}|{sector}", year)
                    others = [s for s in SECTORS if s != sector and (province, s, year) not in SMALL]
                    if n > 10 and rng.random() < 0.03:  # a second programme in another sector
                        persons.add(pid, f"{province}|{rng.choice(others)}", year)
                    if n > 10 and rng.random() < 0.01:  # moved: another province, the same sector
                        other = rng.choice([p for p in provinces if p != province])
                        if (other, sector, year) not in SMALL:
                            persons.add(pid, f"{other}|{sector}", year)
    rows, cells, withheld, twice = [], [], set(), set()
    for province in provinces:
        rows.append(Row(province, [None, None], level="heading"))
        keys = {f"{province}|{s}" for s in SECTORS}
        for sector in SECTORS:
            values: list[int | None] = []
            for year in YEARS2:
                n = persons.count(f"{province}|{sector}", year)
                if n < 5:
                    values.append(Printed(n, "<5"))
                    withheld.add((province, sector, year, "<5"))
                else:
                    values.append(n)
                    cells.append((0, "row", province, sector, year, n))
            rows.append(Row(sector, values, province=province))
        sub = [persons.count(keys, y) for y in YEARS2]
        if planted and province == "Antwerpen":
            sub[1] = sum(persons.count(k, "2022") for k in keys) + 4
        for year, n, parts in zip(YEARS2, sub, ([persons.count(k, y) for k in keys] for y in YEARS2)):
            if n < sum(parts) and not any((province, s, year) in SMALL for s in SECTORS):
                twice.add((n, sum(parts)))
        rows.append(Row(f"Totaal {province}", sub, level="subtotal", province=province, semantics="unique"))
        cells += [(0, "subtotal", province, f"Totaal {province}", y, n) for y, n in zip(YEARS2, sub)]
    every = {f"{p}|{s}" for p in provinces for s in SECTORS}
    grand = [persons.count(every, y) for y in YEARS2]
    rows.append(Row("Vlaams Gewest", grand, level="total", semantics="unique"))
    cells += [(0, "total", None, "Vlaams Gewest", y, n) for y, n in zip(YEARS2, grand)]
    answer = Answer(
        title="OKOT’s per provincie en sector",
        before=asked(377, "21 februari 2023", "Maaike De Vreese",
                     "Hoeveel werkzoekenden startten in 2021 en 2022 een OKOT, per provincie en per sector?",
                     "De tabel geeft het aantal unieke cursisten per provincie en sector. Wie twee opleidingen in "
                     "verschillende sectoren startte, telt in het provinciale totaal één keer."),
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) per provincie en sector",
                      head="Provincie en sector", columns=YEARS2, periods=YEARS2, rows=rows,
                      footnotes=["<5: minder dan vijf cursisten; om privacyredenen niet vermeld."])],
        between=[["Bron: VDAB."]],
        sector=None,
    )
    return Case(answer, sorted(cells, key=str), planted=[("total-exceeds-parts", "subtotal", "Totaal Antwerpen",
                                                          "2022")],
                info={"parts-exceed-total", "count-withheld"}, withheld=withheld, twice=twice)


STARTED = [("900611", "Professionele bachelor verpleegkunde - 1ste jaar"),
           ("900612", "Professionele bachelor verpleegkunde - 2de jaar"),
           ("900613", "Professionele bachelor verpleegkunde - 3de jaar"),
           ("903631", "Graduaat orthopedagogie - 1ste jaar"),
           ("903632", "Graduaat orthopedagogie - 2de jaar"),
           ("903633", "Graduaat orthopedagogie - 3de jaar"),
           ("903640", "Se-n-se opvoeder leefgroepenwerking"),
           ("903503", "Se-n-se tandartsassistent")]
FINAL = {"900613", "903633", "903640", "903503"}


def twotables_case(planted: bool) -> Case:
    rng = random.Random(2705)
    started, diplomas = Persons(), Persons()
    pid = 0
    for year in YEARS2:
        for code, _ in STARTED:
            for _ in range(rng.randint(20, 140)):
                pid += 1
                started.add(pid, code, year)
                if rng.random() < 0.03:  # a first and a second year the same calendar year
                    started.add(pid, rng.choice([c for c, _ in STARTED if c != code]), year)
                if code in FINAL and rng.random() < 0.6:
                    diplomas.add(pid, code, year)
    codes = {c for c, _ in STARTED}
    cells: list[tuple] = []
    rows1 = [Row(f"{c}: {name}", [started.count(c, y) for y in YEARS2], code=c) for c, name in STARTED]
    cells += [(0, "row", None, c, y, started.count(c, y)) for c, _ in STARTED for y in YEARS2]
    total1 = [started.count(codes, y) for y in YEARS2]
    rows1.append(Row("Totaal", total1, level="total", semantics="unique"))
    cells += [(0, "total", None, "Totaal", y, n) for y, n in zip(YEARS2, total1)]
    twice = {(n, sum(started.count(c, y) for c in codes)) for y, n in zip(YEARS2, total1)}
    rows2 = [Row(f"{c}: {name}", [diplomas.entries({c}, y) for y in YEARS2], code=c) for c, name in STARTED
             if c in FINAL]
    cells += [(1, "row", None, c, y, diplomas.entries({c}, y)) for c in sorted(FINAL) for y in YEARS2]
    total2 = [diplomas.entries(FINAL, y) for y in YEARS2]
    if planted:
        total2[1] += 2
    rows2.append(Row("Totaal", total2, level="total", semantics="additive"))
    cells += [(1, "total", None, "Totaal", y, n) for y, n in zip(YEARS2, total2)]
    answer = Answer(
        title="OKOT’s in de zorg - instroom en diploma’s",
        before=asked(640, "3 mei 2023", "Jan Laeremans",
                     "1. Hoeveel werkzoekenden startten in 2021 en 2022 een OKOT in de zorg? "
                     "2. Hoeveel diploma’s werden er behaald?",
                     "1. De eerste tabel geeft het aantal unieke cursisten per opleiding en jaar."),
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) in de zorg", head="Opleiding",
                      columns=YEARS2, periods=YEARS2, rows=rows1),
                Table(caption="Tabel 2. Aantal behaalde diploma's na een OKOT in de zorg", head="Opleiding",
                      columns=YEARS2, periods=YEARS2, rows=rows2)],
        between=[["2. Een cursist kan in één jaar maar één diploma behalen; de tweede tabel telt diploma’s."],
                 ["Bron: VDAB."]],
        sector="zorg",
    )
    return Case(answer, sorted(cells, key=str), planted=[("total-exceeds-parts", "total", "Totaal", "2022")],
                info={"parts-exceed-total"}, twice=twice)


CASES = {"transposed": transposed_case, "quarters": quarters_case, "shares": shares_case,
         "withheld": withheld_case, "twotables": twotables_case}


@lru_cache(maxsize=None)
def case_of(name: str, planted: bool) -> Case:
    return CASES[name](planted)


# ---------------------------------------------------------------------------------------------
# Reading and checking.


def read_cells(read) -> list[tuple]:
    return sorted(((n, c.level, c.province if c.level != "total" else None, c.code or fold(c.label), c.period,
                    c.count) for n, t in enumerate(read.tables) for c in t.cells), key=str)


def found(read, findings) -> list[tuple]:
    """(rule, level, code or label, period) of each error and warning: where it stands, by the cell
    its line (and period) names."""
    out = []
    for f in findings:
        if f.severity == "info":
            continue
        cells = [c for t in read.tables if t.id == f.table for c in t.cells
                 if c.line == f.line and f.period in (None, c.period)]
        # (a table on its side: every cell of a line has its period; the finding names its column)
        cells = [c for c in cells if (c.code, c.label) == (f.training_code, f.label)] or cells
        out.append((f.rule, cells[0].level if cells else None,
                    (cells[0].code or fold(cells[0].label)) if cells else None, f.period))
    return sorted(out, key=str)


MAY = {"error-located", "likely-typo", "double-count-outlier"}


def check(name: str, planted: bool, read) -> None:
    check_case(case_of(name, planted), planted, read)


def check_case(case: Case, planted: bool, read) -> None:
    """`read` holds exactly the cells of `case`, and its audit reports exactly the errors the
    answer holds (with the planted figure's where `planted`), the information it must give, its
    partial periods, its withheld cells and the persons counted twice."""
    assert read_cells(read) == case.cells
    findings = audit(read).findings
    assert found(read, findings) == sorted(case.errors + (case.planted if planted else []), key=str)
    rules = {f.rule for f in findings if f.severity == "info"}
    assert case.info - {"parts-exceed-total"} <= rules <= case.info | MAY
    assert {p.label for t in read.tables for p in t.periods if p.partial} == case.partial
    assert {(w.province, w.label, w.period, w.text) for t in read.tables for w in t.withheld} == case.withheld
    reported = {(f.stated, f.observed) for f in findings if f.rule == "parts-exceed-total"}
    assert case.twice <= reported


STYLES = {
    "ruled-top": Style(label_width=44, column_width=22),
    "plain-bottom-break": Style(ruled=False, v_align="bottom", label_width=34, column_width=22, break_before=3,
                                repeat_header=True),
}
PDF_FORMS = ["pdf", "pdftotext-layout", "pdfplumber", "pdfplumber-layout", "pypdf"]
TEXT_FORMS = ["seeds", "xlsx", "html"]


def _plain(value):
    return value.text if isinstance(value, Printed) else value


def _annex(answer: Answer) -> Answer:
    """The answer as its workbook holds it: a withheld count or a share as its text."""
    return replace(answer, tables=[replace(t, rows=[replace(r, values=[_plain(v) for v in r.values]) for r in t.rows])
                                   for t in answer.tables])


@lru_cache(maxsize=None)
def pdf_of(name: str, planted: bool, style: str) -> bytes:
    return write_pdf(case_of(name, planted).answer, STYLES[style])


def read_form(name: str, planted: bool, style: str, form: str):
    return read_answer(case_of(name, planted).answer, lambda: pdf_of(name, planted, style), name, form)


def read_answer(answer: Answer, pdf, name: str, form: str):
    """`answer` read in `form`: its PDF (`pdf()`, printed once by the caller's cache) itself or
    an extractor's text of it, the seeds' single-spaced text, its ``.xlsx`` annex or its web page."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    if form == "pdf":
        return parse_answer(source_from_bytes(pdf(), f"{name}.pdf"))
    if form == "seeds":
        return parse_answer(source_from_bytes(seeds_text(answer).encode(), f"{name}.txt"))
    if form == "xlsx":
        return parse_answer(source_from_bytes(write_xlsx(_annex(answer)), f"{name}.xlsx"))
    if form == "html":
        return parse_answer(source_from_bytes(write_html(answer), f"{name}.html"))
    if not available(form):
        pytest.skip(f"{form} is not installed")
    return parse_answer(source_from_bytes(extract(pdf(), form).encode(), f"{name}.txt"))


#: What the reader does not read yet, and where it fails: (answer, style, form) -> reason.
KNOWN: dict[tuple[str, str, str], str] = {}


#: Each answer correct and with its planted figure (``transposed:planted``).
VARIANTS = [f"{name}{planted}" for name in CASES for planted in ("", ":planted")]


@pytest.mark.parametrize(("variant", "style", "form"), list(form_cases(
    VARIANTS, STYLES, PDF_FORMS + TEXT_FORMS, {(f"{name}{planted}", style, form): reason
                                               for (name, style, form), reason in KNOWN.items()
                                               for planted in ("", ":planted")},
    lambda style, form: form not in TEXT_FORMS or style == "ruled-top")))
def test_every_form_reads_the_truth_and_reports_exactly_what_it_holds(variant, style, form):
    name, _, planted = variant.partition(":")
    check(name, bool(planted), read_form(name, bool(planted), style, form))


# ---------------------------------------------------------------------------------------------
# Found by the answers above, read on their own.

SIDE_HEAD = "OKOT's in de zorg\n\nAntwoord\n\nDe tabel geeft het aantal unieke cursisten per provincie.\n\n" \
    "Tabel 1. Unieke cursisten met gestarte OKOT'(s) per jaar en provincie\n"
SIDE_ROWS = ("2021 1.099 580 1.266 395 824 4.113\n"
             "2022 1.038 430 1.139 405 975 3.925\n")
SIDE_HEADERS = {
    # pdfplumber, cells set to the top: each name's first piece on the line of the others
    "single-top": "Jaar Antwerpen Limburg Oost-Vlaan Vlaams-Br West-Vlaa Vlaams\nderen abant nderen Gewest\n",
    # pdfplumber, cells set to the bottom: the corner word on the line of the first pieces
    "single-bottom": "Jaar Oost-Vlaan Vlaams-Br West-Vlaa Vlaams\nAntwerpen Limburg deren abant nderen Gewest\n",
    # pdftotext -layout: the pieces under each other, two names on one cell's line
    "laid-out": ("Jaar                 Antwerpen     Limburg Oost-Vlaan   Vlaams-Br  West-Vlaa   Vlaams\n"
                 "                                            deren       abant     nderen   Gewest\n"),
    # pypdf: each piece after the first line on a line of its own
    "pypdf": "Jaar Antwerpen Limburg Oost-Vlaan\nderen\nVlaams-Br\nabant\nWest-Vlaa\nnderen\nVlaams\nGewest\n",
}


@pytest.mark.parametrize("form", list(SIDE_HEADERS))
def test_a_header_on_its_side_whose_narrow_cells_broke_names_inside_a_word(form):
    """A province x year matrix printed on its side, its header's narrow cells breaking names
    inside a word (``Oost-Vlaan`` / ``deren``, ``Vlaams-Br`` / ``abant``): each column is its
    province, named whole, and ``Vlaams Gewest`` the total. Before, the header was not read in
    any text form: the lines were an ``unreadable-table`` (one figure per line, the advice
    wrong), or the pieces a space apart named the column (``Oost-Vlaan deren``)
    (parse/transposed.py _joined_pieces, _piled, _wrapped_keys, _stacked_keys)."""
    from okot_audit import read_text

    read = read_text(SIDE_HEAD + SIDE_HEADERS[form] + SIDE_ROWS + "\nBron: VDAB.\n", "s.txt")
    cells = {(c.level, c.label, c.province, c.period, c.count) for t in read.tables for c in t.cells}
    assert ("row", "Oost-Vlaanderen", "Oost-Vlaanderen", "2021", 1266) in cells
    assert ("row", "Vlaams-Brabant", "Vlaams-Brabant", "2022", 405) in cells
    assert ("row", "West-Vlaanderen", "West-Vlaanderen", "2022", 975) in cells
    assert ("total", "Vlaams Gewest", None, "2021", 4113) in cells
    assert len(cells) == 12
    assert [f.rule for f in audit(read).findings if f.severity != "info"] == []


def test_a_table_on_its_side_goes_on_under_its_header_printed_again_after_a_page_break():
    """``pdftotext -layout`` of a table on its side broken over two pages, its header printed
    again: the footer and the form feed leave more than two blank lines. Before, the second page
    was read as a table of its own, under no caption (parse/transposed.py _region)."""
    from okot_audit import read_text

    head = ("Jaar        Antwerpen     Limburg   Oost-Vlaanderen   Vlaams Gewest\n")
    text = (SIDE_HEAD + head + "2021            1.099         580             1.266           2.901\n"
            "\n\n                 Pagina 1 van 2\n\f\n\n" + head
            + "2022            1.038         430             1.139           2.560\n\nBron: VDAB.\n")
    read = read_text(text, "s.txt")
    assert len(read.tables) == 1
    assert sorted((c.period, c.count) for c in read.tables[0].cells if c.level == "total") == [
        ("2021", 2901), ("2022", 2560)]
    assert [f.rule for f in audit(read).findings if f.severity != "info"] == []


def test_a_share_column_named_after_a_marked_period_is_no_period():
    """``2021 Aandeel 2021 2022 Aandeel 2022 2023* Aandeel 2023*``: each count followed by its
    share, the last period marked partial. Before, ``Aandeel 2023*`` was not taken as a share's
    column (the mark on its year), the header kept ``2023*`` twice and was no header: the table
    an ``unreadable-table`` error (parse/derived.py _YEARS)."""
    from okot_audit import read_text

    text = ("OKOT's\n\nAntwoord\n\nDe tabel geeft het aantal unieke cursisten dat een OKOT startte.\n\n"
            "Tabel 1. Unieke cursisten met gestarte OKOT'(s) naar scholingsniveau\n\n"
            "Scholingsniveau 2021 Aandeel 2021 2022 Aandeel 2022 2023* Aandeel 2023*\n"
            "Laaggeschoold 251 20,6% 255 20,2% 128 16,6%\n"
            "Hooggeschoold 966 79,4% 1008 79,8% 644 83,4%\n"
            "Totaal 1217 100,0% 1263 100,0% 772 100,0%\n\n* 2023: januari tot en met augustus.\n")
    read = read_text(text, "s.txt")
    cells = sorted((c.label, c.period, c.count) for t in read.tables for c in t.cells)
    assert cells == [("Hooggeschoold", "2021", 966), ("Hooggeschoold", "2022", 1008), ("Hooggeschoold", "2023", 644),
                     ("Laaggeschoold", "2021", 251), ("Laaggeschoold", "2022", 255), ("Laaggeschoold", "2023", 128),
                     ("Totaal", "2021", 1217), ("Totaal", "2022", 1263), ("Totaal", "2023", 772)]
    assert {p.label for t in read.tables for p in t.periods if p.partial} == {"2023"}
    assert [f.rule for f in audit(read).findings if f.severity != "info"] == []


SHARE_TEXT = ("OKOT's\n\nAntwoord\n\nDe tabel geeft het aantal unieke cursisten dat een OKOT startte.\n\n"
              "Tabel 1. Unieke cursisten met gestarte OKOT'(s) naar scholingsniveau\n\n")
SHARE_ROWS = [("Laaggeschoold", "251 20,6% 255 20,2% 128 16,6%"), ("Hooggeschoold", "966 79,4% 1008 79,8% 644 83,4%"),
              ("Totaal", "1217 100,0% 1263 100,0% 772 100,0%")]
#: The header ``2021 Aandeel 2021 … 2023* Aandeel 2023*``, each share column's name wrapped in its cell.
SHARE_HEADERS = {
    # pypdf, cells set to the top: each cell's second piece on a line of its own
    "pypdf-top": "Scholingsniveau 2021 Aandeel\n2021\n2022 Aandeel\n2022\n2023* Aandeel\n2023*\n",
    # pypdf, cells set to the bottom: every piece in turn
    "pypdf-bottom": "Scholingsniveau\n2021\nAandeel\n2021 2022\nAandeel\n2022 2023*\nAandeel\n2023*\n",
    # pdfplumber, cells set to the bottom: the wrapped cells' first pieces on a line above the rest
    "single-bottom": "Scholingsniveau Aandeel Aandeel Aandeel\n2021 2021 2022 2022 2023* 2023*\n",
    # laid out, cells set to the bottom
    "laid-out-bottom": ("    Scholingsniveau         Aandeel           Aandeel          Aandeel\n"
                        "                      2021     2021    2022     2022    2023*   2023*\n"),
}


@pytest.mark.parametrize("form", list(SHARE_HEADERS))
def test_a_share_column_whose_name_wrapped_in_its_cell(form):
    """``Aandeel 2021`` wrapped in its narrow cell, ``Aandeel`` over ``2021``, printed on a line of
    its own (pypdf) or above the line of the header's other cells (a header set to the bottom):
    the counts are read under their periods, the shares set aside as columns not checked.
    Before, the header kept no periods the rows could be read under: an ``unreadable-table``
    error, no cell read (parse/derived.py _wrapped_header)."""
    from okot_audit import read_text

    laid_out = form.startswith("laid-out")
    rows = "".join(f"    {label:<18}" + "".join(f"{v:>9}" for v in values.split()) + "\n" if laid_out
                   else f"{label} {values}\n" for label, values in SHARE_ROWS)
    read = read_text(SHARE_TEXT + SHARE_HEADERS[form] + rows + "\n* 2023: januari tot en met augustus.\n", "s.txt")
    cells = sorted((c.label, c.period, c.count) for t in read.tables for c in t.cells)
    assert cells == [("Hooggeschoold", "2021", 966), ("Hooggeschoold", "2022", 1008), ("Hooggeschoold", "2023", 644),
                     ("Laaggeschoold", "2021", 251), ("Laaggeschoold", "2022", 255), ("Laaggeschoold", "2023", 128),
                     ("Totaal", "2021", 1217), ("Totaal", "2022", 1263), ("Totaal", "2023", 772)]
    assert {p.label for t in read.tables for p in t.periods if p.partial} == {"2023"}
    findings = audit(read).findings
    assert [f.rule for f in findings if f.severity != "info"] == []
    assert "column-not-checked" in {f.rule for f in findings}
