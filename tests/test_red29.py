"""Red team, round 29: six answers no earlier test builds, from persons, in every form users hold them.

- ``descending``: teacher-training codes by year, the years printed NEWEST FIRST (``2023* 2022
  2021``), the first column partial by its footnote; unique persons under one ``Totaal``.
- ``levelstotal``: education level (``Laaggeschoold`` … ``Hooggeschoold``: a partition, each person
  one level) by year with a ``Totaal`` column (unique persons over the years: who started twice
  counts once) and a ``Totaal`` line (the sum of the levels, exactly); thousands with points.
- ``marks``: codes by year whose cells mix every mark an answer prints — ``n.v.t.`` (the programme
  did not exist yet), ``-`` (it did not run), ``x`` (withheld, by its footnote) and ``<5``.
- ``trajects``: trajectories (events: a person who starts two counts twice) by programme, closed by
  two total lines of different meaning — ``Totaal trajecten`` (additive: the sum) and ``Totaal
  unieke cursisten`` (persons: between the largest part and the sum).
- ``genderprov``: a single year named only in the prose (``in 2022``); provinces as rows, ``Man``,
  ``Vrouw`` and their ``Totaal`` as columns (gender a partition, the provinces not: who moved
  counts in two provinces, once in the total).
- ``continued``: care codes by year, the table broken over a page and continued under ``Tabel 1
  (vervolg)`` with its header printed again.

Each is built correct and with one planted wrong figure, and read in every form round 27 reads
(tests/test_red27.py ``read_answer``: the PDF, ``pdftotext -layout``, pdfplumber plain and
layout, pypdf, the seeds' single-spaced text, an ``.xlsx`` annex, an HTML page) and as the seeds'
text saved by Windows: Windows-1252 with CRLF line ends, and UTF-8 with a BOM and CRLF.
"""

from __future__ import annotations

import random
from dataclasses import replace
from functools import lru_cache
from itertools import count

import pytest

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_red25 import seeds_text  # noqa: E402
from test_red27 import (  # noqa: E402
    PDF_FORMS,
    STYLES,
    TEXT_FORMS,
    Case,
    Printed,
    asked,
    check_case,
    read_answer,
)
from test_red28 import CARE, TEACHERS, closed, newcomers  # noqa: E402
from test_unseen23 import (  # noqa: E402
    PROVINCES,
    Answer,
    Persons,
    Row,
    Table,
    _pdf_table,
    answer_pdf,
    form_cases,
    write_pdf,
)

# ---------------------------------------------------------------------------------------------
# The answers.

DESCENDING = ["2023", "2022", "2021"]


def descending_case(planted: bool) -> Case:
    rng = random.Random(2901)
    persons = Persons()
    ids = count(1)
    codes = [c for c, _ in TEACHERS]
    for year in DESCENDING:
        for code in codes:
            n = int(rng.randint(30, 140) * (0.5 if year == "2023" else 1))
            for _ in newcomers(rng, persons, ids, code, year, n, [c for c in codes if c != code]):
                pass
    rows = [Row(f"{c}: {name}", [persons.count(c, y) for y in DESCENDING], code=c) for c, name in TEACHERS]
    cells = [(0, "row", None, c, y, persons.count(c, y)) for c in codes for y in DESCENDING]
    total = [persons.count(set(codes), y) for y in DESCENDING]
    twice = {(n, sum(persons.count(c, y) for c in codes)) for y, n in zip(DESCENDING, total)}
    if planted:  # 2021, the last column: 3 above the sum of its parts
        twice.discard((total[2], sum(persons.count(c, "2021") for c in codes)))
        total[2] = sum(persons.count(c, "2021") for c in codes) + 3
    closed(rows, cells, "Totaal", total, DESCENDING, "unique")
    answer = Answer(
        title="OKOT’s tot leerkracht - gestarte cursisten",
        before=asked(618, "4 september 2023", "Elke Van den Brandt",
                     "Hoeveel werkzoekenden startten de voorbije drie jaar een OKOT tot leerkracht?",
                     "De tabel geeft per opleiding het aantal unieke cursisten dat startte, het recentste jaar "
                     "eerst. Wie twee opleidingsjaren volgde, telt in beide mee, maar één keer in het totaal."),
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) per opleiding",
                      head="Opleiding", columns=["2023*", "2022", "2021"], periods=DESCENDING, rows=rows,
                      footnotes=["* 2023: januari tot en met juni."])],
        between=[["Bron: VDAB, datawarehouse."]],
        sector="onderwijs",
    )
    return Case(answer, sorted(cells, key=str), planted=[("total-exceeds-parts", "total", "Totaal", "2021")],
                info={"partial-period", "parts-exceed-total"}, partial={"2023"}, twice=twice)


LEVELS = ["Laaggeschoold", "Middengeschoold", "Hooggeschoold"]
YEARS3 = ["2021", "2022", "2023"]


def levelstotal_case(planted: bool) -> Case:
    rng = random.Random(2902)
    persons = Persons()
    ids = count(1)
    size = dict(zip(LEVELS, [900, 1900, 1150]))
    for level in LEVELS:
        for year in YEARS3:
            for pid in newcomers(rng, persons, ids, level, year, int(size[level] * rng.uniform(0.85, 1.15)), []):
                if year != "2023" and rng.random() < 0.02:  # started again a later year (same level)
                    persons.add(pid, level, YEARS3[YEARS3.index(year) + 1])
    rows, cells, twice = [], [], set()
    for level in LEVELS:
        values = [persons.count(level, y) for y in YEARS3]
        whole = persons.count(level)
        if planted and level == "Middengeschoold":
            values[1] += 1  # the levels' 2022 sum 1 above the line that totals them
        rows.append(Row(level, [*values, whole]))
        cells += [(0, "row", None, level, y, n) for y, n in zip([*YEARS3, "Totaal"], [*values, whole])]
        twice.add((whole, sum(values)))
    total = [persons.count(set(LEVELS), y) for y in YEARS3]
    everyone = persons.count(set(LEVELS))
    rows.append(Row("Totaal", [*total, everyone], level="total", semantics="additive"))
    cells += [(0, "total", None, "Totaal", y, n) for y, n in zip([*YEARS3, "Totaal"], [*total, everyone])]
    twice.add((everyone, sum(total)))
    answer = Answer(
        title="OKOT’s - gestarte cursisten naar scholingsniveau",
        before=asked(731, "9 oktober 2023", "Hannes Anaf",
                     "Wat is het scholingsniveau van de werkzoekenden die de voorbije drie jaar een OKOT startten?",
                     "De tabel geeft het aantal unieke cursisten dat een OKOT startte, naar hun scholingsniveau. "
                     "Wie in twee jaren startte, telt in beide jaren mee, maar één keer in de totaalkolom."),
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) naar scholingsniveau",
                      head="Scholingsniveau", columns=[*YEARS3, "Totaal"], periods=[*YEARS3, "Totaal"], rows=rows,
                      thousands=True)],
        between=[["Bron: VDAB."]],
        sector=None,
    )
    return Case(answer, sorted(cells, key=str), planted=[("parts-exceed-total", "total", "Totaal", "2022")],
                info={"parts-exceed-total"}, twice=twice)


#: (code, year) -> the mark printed in its cell: ``n.v.t.`` (the programme did not exist yet),
#: ``-`` (it did not run), ``x`` and ``<5`` (withheld: fewer than five).
MARKS = {("908019", "2021"): "n.v.t.", ("908019", "2022"): "n.v.t.", ("908020", "2022"): "-",
         ("908002", "2021"): "x", ("908018", "2023"): "<5", ("908013", "2022"): "x"}
MARK_CODES = TEACHERS[:5] + [("908018", "Verkorte educatieve bacheloropleiding"),
                             ("908019", "Verkorte educatieve bacheloropleiding - 2e jaar"),
                             ("908020", "Verkorte educatieve master")]
#: What the reader keeps of each withheld mark's text (with the bound its footnote gives ``x``).
WITHHELD_TEXT = {"x": "x (<5)", "<5": "<5"}


def marks_case(planted: bool) -> Case:
    rng = random.Random(2903)
    persons = Persons()
    ids = count(1)
    codes = [c for c, _ in MARK_CODES]
    for year in YEARS3:
        for code in codes:
            mark = MARKS.get((code, year))
            n = 0 if mark in ("n.v.t.", "-") else rng.randint(1, 4) if mark else rng.randint(25, 120)
            for _ in newcomers(rng, persons, ids, code, year, n, [c for c in codes if c != code
                                                                  and MARKS.get((c, year)) not in ("n.v.t.", "-")]):
                pass
    rows, cells, withheld = [], [], set()
    for code, name in MARK_CODES:
        label = f"{code}: {name}"
        values: list[int | None] = []
        for year in YEARS3:
            mark = MARKS.get((code, year))
            values.append(Printed(persons.count(code, year), mark) if mark else persons.count(code, year))
            if mark in WITHHELD_TEXT:
                withheld.add((None, name, year, WITHHELD_TEXT[mark]))
            elif not mark:
                cells.append((0, "row", None, code, year, persons.count(code, year)))
        rows.append(Row(label, values, code=code))
    total = [persons.count(set(codes), y) for y in YEARS3]
    if planted:
        total[2] = sum(persons.count(c, "2023") for c in codes) + 9  # above the sum even with <5 at 4
    closed(rows, cells, "Totaal", total, YEARS3, "unique")
    answer = Answer(
        title="OKOT’s tot leerkracht - gestarte cursisten per opleiding",
        before=asked(845, "23 oktober 2023", "Jan Laeremans",
                     "Hoeveel werkzoekenden startten in 2021, 2022 en 2023 een OKOT tot leerkracht?",
                     "De tabel geeft het aantal unieke cursisten per opleiding. Kleine aantallen worden om "
                     "privacyredenen niet vermeld."),
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) per opleiding",
                      head="Opleiding", columns=YEARS3, periods=YEARS3, rows=rows,
                      footnotes=["n.v.t.: de opleiding bestond nog niet. -: de opleiding liep niet.",
                                 "x: minder dan vijf cursisten; om privacyredenen niet vermeld."])],
        between=[["Bron: VDAB."]],
        sector="onderwijs",
    )
    return Case(answer, sorted(cells, key=str), planted=[("total-exceeds-parts", "total", "Totaal", "2023")],
                info={"count-withheld", "parts-exceed-total"}, withheld=withheld)


TRAJECT_CODES = CARE[:6]


def trajects_case(planted: bool) -> Case:
    rng = random.Random(2904)
    persons = Persons()  # (person, code, year): one trajectory each
    ids = count(1)
    codes = [c for c, _ in TRAJECT_CODES]
    for year in ("2022", "2023"):
        for code in codes:
            for _ in newcomers(rng, persons, ids, code, year, rng.randint(40, 160), [c for c in codes if c != code],
                               twice=0.06):
                pass
    rows = [Row(f"{c}: {name}", [persons.count(c, y) for y in ("2022", "2023")], code=c) for c, name in TRAJECT_CODES]
    cells = [(0, "row", None, c, y, persons.count(c, y)) for c in codes for y in ("2022", "2023")]
    trajects = [persons.entries(set(codes), y) for y in ("2022", "2023")]
    unique = [persons.count(set(codes), y) for y in ("2022", "2023")]
    if planted:
        trajects[0] -= 2
    closed(rows, cells, "Totaal trajecten", trajects, ["2022", "2023"], "additive")
    closed(rows, cells, "Totaal unieke cursisten", unique, ["2022", "2023"], "unique")
    twice = {(n, t) for n, t in zip(unique, [persons.entries(set(codes), y) for y in ("2022", "2023")])}
    answer = Answer(
        title="OKOT’s in de zorg - gestarte trajecten",
        before=asked(902, "6 november 2023", "Katia Segers",
                     "Hoeveel OKOT-trajecten in de zorg startten in 2022 en 2023, en door hoeveel cursisten?",
                     "De tabel telt de gestarte trajecten per opleiding. Een cursist die twee trajecten startte, "
                     "telt twee keer mee in het totaal van de trajecten, maar één keer in het aantal unieke "
                     "cursisten."),
        tables=[Table(caption="Tabel 1. Gestarte OKOT-trajecten per opleiding en unieke cursisten",
                      head="Opleiding", columns=["2022", "2023"], periods=["2022", "2023"], rows=rows)],
        between=[["Bron: VDAB, datawarehouse."]],
        sector="zorg",
    )
    return Case(answer, sorted(cells, key=str), planted=[("parts-exceed-total", "total", "Totaal trajecten", "2022")],
                info={"parts-exceed-total"}, twice=twice)


GENDERS = ["Man", "Vrouw"]


def genderprov_case(planted: bool) -> Case:
    rng = random.Random(2905)
    persons = Persons()  # keys "province|gender"
    ids = count(1)
    size = dict(zip(PROVINCES, [1150, 520, 1310, 380, 940]))
    for province in PROVINCES:
        for pid in newcomers(rng, persons, ids, province, "2022", int(size[province] * rng.uniform(0.8, 1.2)), []):
            persons.members.discard((pid, province, "2022"))
            gender = "Man" if rng.random() < 0.42 else "Vrouw"
            persons.add(pid, f"{province}|{gender}", "2022")
            if rng.random() < 0.015:  # moved during the year: in two provinces
                persons.add(pid, f"{rng.choice([p for p in PROVINCES if p != province])}|{gender}", "2022")
    rows, cells, twice = [], [], set()
    for province in PROVINCES:
        men, women = (persons.count(f"{province}|{g}", "2022") for g in GENDERS)
        both = men + women
        if planted and province == "Oost-Vlaanderen":
            both += 1
        rows.append(Row(province, [men, women, both], province=province))
        cells += [(k, "row", province, province, "2022", n) for k, n in enumerate((men, women, both))]
    total = [persons.count({f"{p}|{g}" for p in PROVINCES}, "2022") for g in GENDERS]
    total.append(sum(total))
    rows.append(Row("Totaal", total, level="total", semantics="unique"))
    cells += [(k, "total", None, "Totaal", "2022", n) for k, n in enumerate(total)]
    for k, gender in enumerate(GENDERS):
        twice.add((total[k], sum(persons.count(f"{p}|{gender}", "2022") for p in PROVINCES)))
    answer = Answer(
        title="OKOT’s - gestarte cursisten naar geslacht en provincie",
        before=asked(977, "20 november 2023", "Mathias Vanden Borre",
                     "Hoeveel mannen en vrouwen startten in 2022 een OKOT, per provincie?",
                     "In 2022 startten de volgende aantallen unieke cursisten een OKOT. Wie tijdens het jaar "
                     "verhuisde, telt in beide provincies mee, maar één keer in het totaal."),
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) naar geslacht en provincie",
                      head="Provincie", columns=["Man", "Vrouw", "Totaal"], periods=["2022"], rows=rows,
                      thousands=True)],
        between=[["Bron: VDAB."]],
        sector=None,
    )
    return Case(answer, sorted(cells, key=str), planted=[("total-exceeds-parts", "row", "Oost-Vlaanderen", "2022")],
                info={"parts-exceed-total"}, twice=twice)


def continued_case(planted: bool) -> Case:
    rng = random.Random(2906)
    persons = Persons()
    ids = count(1)
    codes = [c for c, _ in CARE]
    for year in ("2022", "2023"):
        for code in codes:
            for _ in newcomers(rng, persons, ids, code, year, rng.randint(20, 140), [c for c in codes if c != code]):
                pass
    rows = [Row(f"{c}: {name}", [persons.count(c, y) for y in ("2022", "2023")], code=c) for c, name in CARE]
    cells = [(0, "row", None, c, y, persons.count(c, y)) for c in codes for y in ("2022", "2023")]
    total = [persons.count(set(codes), y) for y in ("2022", "2023")]
    twice = {(n, sum(persons.count(c, y) for c in codes)) for y, n in zip(("2022", "2023"), total)}
    if planted:
        twice.discard((total[1], sum(persons.count(c, "2023") for c in codes)))
        total[1] = sum(persons.count(c, "2023") for c in codes) + 4
    closed(rows, cells, "Totaal", total, ["2022", "2023"], "unique")
    answer = Answer(
        title="OKOT’s in de zorg - gestarte cursisten per opleiding",
        before=asked(1044, "4 december 2023", "Lorin Parys",
                     "Hoeveel werkzoekenden startten in 2022 en 2023 een OKOT in de zorg, per opleiding?",
                     "De tabel geeft per opleiding het aantal unieke cursisten dat een OKOT startte. Wie twee "
                     "opleidingsjaren volgde, telt in beide mee, maar één keer in het totaal."),
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) in de zorg",
                      head="Opleiding", columns=["2022", "2023"], periods=["2022", "2023"], rows=rows)],
        between=[["Bron: VDAB."]],
        sector="zorg",
    )
    return Case(answer, sorted(cells, key=str), planted=[("total-exceeds-parts", "total", "Totaal", "2023")],
                info={"parts-exceed-total"}, twice=twice)


CASES = {"descending": descending_case, "levelstotal": levelstotal_case, "marks": marks_case,
         "trajects": trajects_case, "genderprov": genderprov_case, "continued": continued_case}


@lru_cache(maxsize=None)
def case_of(name: str, planted: bool) -> Case:
    return CASES[name](planted)


# ---------------------------------------------------------------------------------------------
# Printing and reading.

#: The row before which ``continued`` goes on on the next page, under its caption ``(vervolg)``.
CONTINUED_AT = 9
CONTINUED = "Tabel 1 (vervolg)"


def _continued_table(pdf, table: Table, style, break_before) -> None:
    """`table` printed over two pages: its first rows, then a new page, ``Tabel 1 (vervolg)`` and
    its header printed again over the rest."""
    _pdf_table(pdf, replace(table, rows=table.rows[:CONTINUED_AT]), style, None)
    pdf.add_page()
    _pdf_table(pdf, replace(table, caption=CONTINUED, rows=table.rows[CONTINUED_AT:]), style, None)


@lru_cache(maxsize=None)
def pdf_of(name: str, planted: bool, style: str) -> bytes:
    answer = case_of(name, planted).answer
    if name == "continued":
        return answer_pdf(_pdf_class(STYLES[style]), answer, STYLES[style], _continued_table)
    return write_pdf(answer, STYLES[style])


def _pdf_class(style):
    from fpdf import FPDF

    class Pdf(FPDF):
        def footer(self) -> None:  # noqa: D401
            self.set_y(-12)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"Pagina {self.page_no()} van {{nb}}", align="C")

    return Pdf(format="A4")


def single_spaced(name: str, planted: bool) -> str:
    """The seeds' single-spaced text of the answer; ``continued``'s with its page break and the
    caption ``(vervolg)`` over its header printed again."""
    answer = case_of(name, planted).answer
    text = seeds_text(answer)
    if name == "continued":
        table = answer.tables[0]
        row = table.rows[CONTINUED_AT].label
        head = " ".join([table.head, *table.columns])
        at = text.index(row)
        text = text[:at] + f"\f{CONTINUED}\n\n{head}\n" + text[at:]
    return text


#: The seeds' text saved by Windows: (encoding, with a byte order mark).
WINDOWS = {"cp1252-crlf": ("cp1252", False), "bom-crlf": ("utf-8-sig", True)}


def read_form(name: str, planted: bool, style: str, form: str):
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    if form == "seeds":
        return parse_answer(source_from_bytes(single_spaced(name, planted).encode(), f"{name}.txt"))
    if form in WINDOWS:
        encoding, _ = WINDOWS[form]
        data = single_spaced(name, planted).replace("\n", "\r\n").encode(encoding, errors="replace")
        return parse_answer(source_from_bytes(data, f"{name}.txt"))
    return read_answer(case_of(name, planted).answer, lambda: pdf_of(name, planted, style), name, form)


VARIANTS = [f"{name}{planted}" for name in CASES for planted in ("", ":planted")]
FORMS = PDF_FORMS + TEXT_FORMS + list(WINDOWS)

#: What the reader does not read yet, and where it fails: (variant, style, form) -> reason (the
#: module the cause lies in and who owns it this session; a focused strict xfail below each).
KNOWN: dict[tuple[str, str, str], str] = {}


@pytest.mark.parametrize(("variant", "style", "form"), list(form_cases(
    VARIANTS, STYLES, FORMS, KNOWN, lambda style, form: form in PDF_FORMS or style == "ruled-top")))
def test_every_form_reads_the_truth_and_reports_exactly_what_it_holds(variant, style, form):
    name, _, planted = variant.partition(":")
    case = case_of(name, bool(planted))
    if name == "genderprov" and form == "xlsx":
        # The annex holds the table alone: the year its prose names is not in it, and a table of
        # categories of persons under no period is not read, loudly.
        case = replace(case, cells=[], errors=[("unreadable-table", None, None, None)], planted=[], info=set(),
                       twice=set())
    check_case(case, bool(planted), read_form(name, bool(planted), style, form))


def test_the_answers_are_what_they_say():
    """The premises: ``descending`` prints its years newest first; ``marks`` prints every mark;
    ``continued`` goes on under ``Tabel 1 (vervolg)`` on a page of its own, its header again."""
    from generate.extract import extract

    assert "Opleiding 2023* 2022 2021" in single_spaced("descending", False)
    text = single_spaced("marks", False)
    assert all(f" {mark} " in text or f" {mark}\n" in text for mark in ("n.v.t.", "-", "x", "<5"))
    for style in STYLES:
        pages = extract(pdf_of("continued", False, style), "pdftotext-layout").split("\f")
        later = next(p for p in pages if "(vervolg)" in p)
        assert "Opleiding" in later and CARE[CONTINUED_AT][0] in later and CARE[0][0] not in later


# ---------------------------------------------------------------------------------------------
# Found by the answers above, read on their own.


def _book(rows: list[list]) -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _page(rows: list[list], after: str) -> bytes:
    cells = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows[2:])
    return (f"<html><body><p>{rows[0][0]}</p><table border='1'>{cells}</table><p>{after}</p></body></html>").encode()


def _read(data: bytes, name: str):
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    return parse_answer(source_from_bytes(data, name))


X_NOTE = "x: minder dan vijf cursisten; om privacyredenen niet vermeld."
X_SHEET = [["Tabel 1. Unieke cursisten met gestarte OKOT'(s) per opleiding"], [],
           ["Opleiding", "2021", "2022"],
           ["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", 40, 64],
           ["908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar", "x", 100],
           ["908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar", 45, 53],
           ["Totaal", 87, 210]]


@pytest.mark.parametrize("form", ["xlsx", "html"])
def test_an_x_cell_of_an_annex_or_a_web_page_is_the_withheld_count_its_footnote_says(form):
    """``marks`` as an annex or a web page: the cell ``x``, which the footnote says holds fewer than
    five persons, is a withheld count (``x (<5)``) and the totals take it as a range. Before, a
    grid laid every mark out as ``-``: the ``x`` was a blank cell, the count lost without a word
    (read/grid.py)."""
    data = _book([*X_SHEET, [], [X_NOTE]]) if form == "xlsx" else _page(X_SHEET, X_NOTE)
    read = _read(data, f"x.{form}")
    assert [(w.label, w.period, w.text) for t in read.tables for w in t.withheld] == [
        ("Educatieve bachelor voor kleuteronderwijs - 2de jaar", "2021", "x (<5)")]
    assert sum(len(t.cells) for t in read.tables) == 7
    assert "count-withheld" in {f.rule for f in audit(read).findings}


def test_an_x_cell_of_an_annex_that_no_footnote_explains_is_still_a_blank():
    """Without its footnote the ``x`` is a blank cell as before: no count withheld, no cell — and the
    2021 total, 2 above the two figures, is an error (nothing says the blank holds anyone)."""
    read = _read(_book(X_SHEET), "x.xlsx")
    assert [t.withheld for t in read.tables] == [[]]
    assert sum(len(t.cells) for t in read.tables) == 7
    assert [(f.rule, f.period) for f in audit(read).findings if f.severity != "info"] == [
        ("total-exceeds-parts", "2021")]


def test_a_gender_column_x_of_an_annex_keeps_its_name_and_a_row_named_x_its_label():
    """A sheet whose columns are genders (``Man``, ``Vrouw``, ``X``) under a year its caption names:
    the column ``X`` is a column of persons, no mark (before, the header's ``X`` was laid out as
    ``-`` and the table was unreadable); a row named ``X`` stays a row's label."""
    columns = _read(_book([["Unieke cursisten met gestarte OKOT'(s) in 2022 naar geslacht en provincie"], [],
                           ["Provincie", "Man", "Vrouw", "X", "Totaal"], ["Antwerpen", 300, 500, 1, 801],
                           ["Limburg", 100, 200, 2, 302], ["Totaal", 400, 700, 3, 1103]]), "g.xlsx")
    assert [t.column for t in columns.tables] == ["Man", "Vrouw", "X", "Totaal"]
    assert [(c.label, c.count) for t in columns.tables if t.column == "X" for c in t.cells] == [
        ("Antwerpen", 1), ("Limburg", 2), ("Totaal", 3)]
    rows = _read(_book([["Unieke cursisten met gestarte OKOT'(s) naar geslacht"], [], ["Geslacht", "2021", "2022"],
                        ["Man", 300, 500], ["Vrouw", 100, 200], ["X", "x", 2], ["Totaal", 400, 702], [], [X_NOTE]]),
                 "r.xlsx")
    assert [(c.label, c.period, c.count) for t in rows.tables for c in t.cells if c.label == "X"] == [("X", "2022", 2)]
    assert [(w.label, w.period, w.text) for t in rows.tables for w in t.withheld] == [("X", "2021", "x (<5)")]


PYPDF_X = ("OKOT's\n\nAntwoord\n\nDe tabel geeft het aantal unieke cursisten per opleiding.\n\n"
           "Tabel 1. Unieke cursisten met gestarte OKOT'(s) per opleiding\nOpleiding 2021 2022 2023\n"
           "908001: Educatieve\nbachelor voor\nkleuteronderwijs - 1ste\njaar\n40 64 36\n"
           "908002: Educatieve\nbachelor voor\nkleuteronderwijs - 2de\njaar\nx 100 33\n"
           "908003: Educatieve\nbachelor voor\nkleuteronderwijs - 3de\njaar\n45 53 27\nTotaal 86 217 96\n"
           f"{X_NOTE}\nBron: VDAB.\n")


def test_an_x_before_a_rows_figures_alone_on_their_line_is_the_withheld_count_its_footnote_says():
    """``marks`` in pypdf's text: each row's figures on a line of their own under its wrapped label,
    one row's first an ``x`` (``jaar`` / ``x 100 33``) that the footnote says holds fewer than five:
    a withheld count. Before, the footnote made bounds only of marks after a label on their line
    (parse/notes.py marks_as_bounds): this ``x`` was a blank cell, the count lost without a word."""
    read = _read(PYPDF_X.encode(), "p.txt")
    assert [(w.period, w.text) for t in read.tables for w in t.withheld] == [("2021", "x (<5)")]
    assert sum(len(t.cells) for t in read.tables) == 11
    assert [f.rule for f in audit(read).findings if f.severity != "info"] == []


def test_figures_alone_on_their_line_under_another_rows_figures_are_left_as_they_are():
    """The ``x`` is made a bound only under a label's last line: under a line that ends in figures
    (a row of its own) a line ``x 100 33`` is no row's figures, and it is left as printed."""
    from okot_audit.parse.notes import marks_as_bounds

    lines = ("Opleiding 2021 2022 2023", "908001: Educatieve bachelor 40 64 36", "x 100 33", X_NOTE)
    assert marks_as_bounds(lines, False) == (lines, {})
    lines = ("908002: Educatieve bachelor", "jaar", "x 100 33", X_NOTE)
    assert marks_as_bounds(lines, False) == ((*lines[:2], "<5 100 33", X_NOTE), {3: {"<5": "x"}})


DESCENDING_WRAPPED = (
    "OKOT's\n\nAntwoord\n\nDe tabel geeft het aantal unieke cursisten. Wie twee opleidingen volgde, telt in beide "
    "mee, maar één keer in het totaal.\n\nTabel 1. Unieke cursisten met gestarte OKOT'(s) per opleiding\n"
    "Opleiding 2023 2022 2021\n908011: Educatieve bachelor voor lager onderwijs - 1ste\njaar 52 61 117\n"
    "908012: Educatieve bachelor voor lager onderwijs - 2de jaar 41 84 137\nTotaal 93 145 {total}\nBron: VDAB.\n")


def test_years_newest_first_a_row_whose_label_wrapped_before_its_last_word():
    """Years newest first, single-spaced, a label wrapped before ``jaar``: correct, every cell read."""
    read = _read(DESCENDING_WRAPPED.format(total=254).encode(), "d.txt")
    assert sum(len(t.cells) for t in read.tables) == 9
    assert [f.rule for f in audit(read).findings if f.severity != "info"] == []


def test_years_newest_first_one_wrong_total_in_the_last_column_leaves_the_rows_read():
    """As above, the 2021 total 3 above the sum of its rows: the rows are read as printed (the
    label 'jaar 52' is the unlikely reading) and the wrong total is the one error. The same in
    the oldest-first order passes: there the other reading breaks two totals."""
    read = _read(DESCENDING_WRAPPED.format(total=257).encode(), "d.txt")
    assert sum(len(t.cells) for t in read.tables) == 9
    assert [f.rule for f in audit(read).findings if f.severity != "info"] == ["total-exceeds-parts"]
