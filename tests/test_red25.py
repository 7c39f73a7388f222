"""Red team, round 25: answers no earlier test builds, from persons, in every form users hold them.

New shapes (none of the earlier red teams builds them):

- ``schoolyears``: programmes named without codes (education sector) over school years, the last
  one partial by its footnote, with a ``Totaal`` column of unique persons over the school years
  (who starts again the next school year counted once); one row's total column printed below its
  largest school year (the planted error).
- ``months``: months of two calendar years in one header (``september 2022`` … ``februari
  2023``), care programmes by name; the total line for one month printed above the sum of its
  parts (the planted error).
- ``enrolments``: the care answer's province blocks (codes, each block under its province's name
  and closed by ``Totaal <provincie>``) counting enrolments (additive), closed by ``Totaal
  inschrijvingen`` and ``Totaal unieke cursisten``; one row's figure printed one too high, so its
  block's additive total is below the sum of its rows (the planted error).
- ``matrix``: a province x year matrix closed by ``Vlaams Gewest`` with a ``Totaal`` column (unique
  persons over the years), the last year partial by a footnote under the table, the second
  question deferred in the prose beside it; Antwerpen's total column printed above the sum of its
  years (the planted error).

Each is printed with fpdf2 (ruled or not, page numbers under each page, a page break inside the
last table with its header printed again or not) and read as the PDF, ``pdftotext -layout``,
pdfplumber's and pypdf's text, the seeds' own single-spaced form, and ``pdftotext -layout``'s text
saved in Windows-1252 with CRLF and in UTF-8 with a BOM. Every cell must be the truth's, and the
audit must report exactly what the truth holds: the planted error at its cell, the persons counted
twice and the partial periods as information.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace
from functools import lru_cache

import pytest

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import available, extract  # noqa: E402
from test_unseen23 import (  # noqa: E402
    form_cases,
    PROVINCES,
    Answer,
    Persons,
    Row,
    Style,
    Table,
    _count,
    fold,
    persons_twice,
    read_cells,
    truth,
    write_pdf,
)

FORMS = ["pdf", "pdftotext-layout", "pdfplumber", "pypdf", "seeds"]
QUESTION = "Schriftelijke vraag nr. {n} van {date} van {who} aan de minister van Werk."


def _restarts(rng: random.Random, keys: list[str], periods: list[str], sizes: dict[str, int], twice: float,
              again: float) -> Persons:
    """`sizes[key]` persons per key and period; a share `twice` also in another key of the same
    period (a second programme, a move), a share `again` also in the same key the next period."""
    persons = Persons()
    pid = 0
    for i, period in enumerate(periods):
        for key in keys:
            for _ in range(max(1, int(sizes[key] * rng.uniform(0.7, 1.3)))):
                pid += 1
                persons.add(pid, key, period)
                if rng.random() < twice:
                    persons.add(pid, rng.choice([k for k in keys if k != key]), period)
                if i + 1 < len(periods) and rng.random() < again:
                    persons.add(pid, key, periods[i + 1])
    return persons


def _rows(persons: Persons, keys: list[str], labels: dict[str, str], periods: list[str], total_label: str,
          total_column: bool, provinces: dict[str, str] | None = None) -> list[Row]:
    rows = []
    for key in keys:
        values: list[int | None] = [persons.count(key, q) or None for q in periods]
        if total_column:
            values.append(persons.count(key))
        rows.append(Row(labels[key], values, province=(provinces or {}).get(key)))
    total: list[int | None] = [persons.count(set(keys), q) for q in periods]
    if total_column:
        total.append(persons.count(set(keys)))
    rows.append(Row(total_label, total, level="total", semantics="unique"))
    return rows


TEACHER_NAMES = ["Educatieve bachelor voor kleuteronderwijs", "Educatieve bachelor voor lager onderwijs",
                 "Educatieve bachelor voor secundair onderwijs", "Specifieke lerarenopleiding",
                 "Educatieve graduaatsopleiding"]
SCHOOL_YEARS = ["2020-2021", "2021-2022", "2022-2023"]


def schoolyears_answer() -> Answer:
    rng = random.Random(2501)
    sizes = dict(zip(TEACHER_NAMES, [140, 170, 90, 60, 45]))
    persons = _restarts(rng, TEACHER_NAMES, SCHOOL_YEARS, sizes, twice=0.03, again=0.06)
    rows = _rows(persons, TEACHER_NAMES, {n: n for n in TEACHER_NAMES}, SCHOOL_YEARS, "Totaal", True)
    row = rows[2]
    row.values[1] = row.values[-1] + 3  # type: ignore[operator]  # the planted error: above its row's total
    return Answer(
        title="OKOT’s voor het onderwijs - gestarte cursisten per schooljaar",
        before=[QUESTION.format(n=219, date="14 juni 2023", who="Koen Daniëls"),
                "Hoeveel werkzoekenden startten sinds het schooljaar 2020-2021 een OKOT die leidt tot een job "
                "in het onderwijs? Graag per opleiding.",
                "Antwoord",
                "De tabel geeft per opleiding het aantal unieke cursisten dat in het schooljaar een OKOT "
                "startte. De kolom Totaal telt wie in meer dan één schooljaar startte één keer."],
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) per schooljaar", head="Opleiding",
                      columns=["2020-2021", "2021-2022", "2022-2023*", "Totaal"],
                      periods=[*SCHOOL_YEARS, "Totaal"], rows=rows,
                      footnotes=["* 2022-2023: voorlopige cijfers, toestand op 31 mei 2023."],
                      partial=frozenset({"2022-2023"}))],
        between=[["Bron: VDAB, datawarehouse."]],
        sector="onderwijs",
    )


CARE_NAMES = ["Graduaat orthopedagogie", "Professionele bachelor verpleegkunde",
              "Hoger beroepsonderwijs verpleegkunde", "Se-n-se opvoeder leefgroepenwerking"]
MONTHS = [("september 2022", "2022-09"), ("oktober 2022", "2022-10"), ("november 2022", "2022-11"),
          ("december 2022", "2022-12"), ("januari 2023", "2023-01"), ("februari 2023", "2023-02")]


def months_answer() -> Answer:
    rng = random.Random(2502)
    periods = [p for _, p in MONTHS]
    sizes = dict(zip(CARE_NAMES, [60, 80, 110, 25]))
    persons = _restarts(rng, CARE_NAMES, periods, sizes, twice=0.05, again=0.0)
    rows = _rows(persons, CARE_NAMES, {n: n for n in CARE_NAMES}, periods, "Totaal", False)
    k = periods.index("2023-01")
    rows[-1].values[k] = sum(r.values[k] or 0 for r in rows[:-1]) + 7  # the planted error
    return Answer(
        title="OKOT’s in de zorg - instroom in het eerste semester van het schooljaar 2022-2023",
        before=[QUESTION.format(n=388, date="20 maart 2023", who="Els Van Hoof"),
                "Hoeveel werkzoekenden startten tussen september 2022 en februari 2023 een OKOT in de zorg? "
                "Graag per maand en per opleiding.",
                "Antwoord",
                "De tabel geeft per maand het aantal unieke cursisten dat een opleiding startte; de "
                "totaallijn telt wie twee opleidingen startte één keer."],
        tables=[Table(caption="Gestarte cursisten per maand, september 2022 tot en met februari 2023",
                      head="Opleiding", columns=[m for m, _ in MONTHS], periods=periods, rows=rows)],
        between=[["Bron: VDAB."]],
        sector="zorg",
    )


CARE_CODES = [("900611", "Professionele bachelor verpleegkunde - 1ste jaar"),
              ("900711", "Hoger beroepsonderwijs verpleegkunde - 1ste jaar"),
              ("903631", "Graduaat orthopedagogie - 1ste jaar")]
BLOCKS = ["Antwerpen", "Limburg", "Oost-Vlaanderen"]


def enrolments_answer() -> Answer:
    rng = random.Random(2503)
    years = ["2021", "2022"]
    enrol = Persons()
    pid = 0
    for year in years:
        for province in BLOCKS:
            for code, _ in CARE_CODES:
                for _ in range(rng.randint(20, 160)):
                    pid += 1
                    enrol.add(pid, f"{province}|{code}", year)
                    if rng.random() < 0.05:  # enrolled in a second programme (or province): twice
                        other = rng.choice([c for c, _ in CARE_CODES if c != code])
                        enrol.add(pid, f"{rng.choice(BLOCKS)}|{other}", year)
    rows: list[Row] = []
    every = {f"{p}|{c}" for p in BLOCKS for c, _ in CARE_CODES}
    for province in BLOCKS:
        rows.append(Row(province, [None] * len(years), level="heading", province=province))
        keys = [f"{province}|{c}" for c, _ in CARE_CODES]
        for (code, label), key in zip(CARE_CODES, keys):
            rows.append(Row(f"{code}: {label}", [enrol.entries({key}, y) or None for y in years], province=province,
                            code=code))
        rows.append(Row(f"Totaal {province}", [enrol.entries(set(keys), y) for y in years], level="subtotal",
                        province=province, semantics="additive"))
    rows.append(Row("Totaal inschrijvingen", [enrol.entries(every, y) for y in years], level="total",
                    semantics="additive"))
    rows.append(Row("Totaal unieke cursisten", [enrol.count(every, y) for y in years], level="total",
                    semantics="unique"))
    rows[6].values[1] += 1  # type: ignore[operator]  # the planted error: Limburg's first row, 2022
    return Answer(
        title="OKOT’s in de zorg - inschrijvingen per provincie",
        before=[QUESTION.format(n=455, date="3 mei 2023", who="Katrien Schryvers"),
                "Hoeveel inschrijvingen telde VDAB in 2021 en 2022 voor een OKOT in de zorg, per provincie en "
                "per opleiding?",
                "Antwoord",
                "De tabel telt inschrijvingen: wie zich voor twee opleidingen inschreef, telt twee keer. De "
                "laatste lijn telt elke cursist één keer."],
        tables=[Table(caption="Aantal inschrijvingen per provincie en opleiding", head="Opleiding",
                      columns=years, periods=years, rows=rows)],
        between=[["Bron: VDAB."]],
        sector="zorg",
    )


def matrix_answer() -> Answer:
    rng = random.Random(2504)
    years = ["2020", "2021", "2022", "2023"]
    sizes = dict(zip(PROVINCES, [610, 330, 720, 240, 480]))
    persons = _restarts(rng, PROVINCES, years, sizes, twice=0.01, again=0.04)
    rows = _rows(persons, PROVINCES, {p: p for p in PROVINCES}, years, "Vlaams Gewest", True,
                 provinces={p: p for p in PROVINCES})
    rows[0].values[-1] = sum(rows[0].values[:-1]) + 12  # type: ignore[arg-type]  # the planted error
    return Answer(
        title="OKOT’s - gestarte cursisten per provincie, 2020-2023",
        before=[QUESTION.format(n=612, date="16 oktober 2023", who="Orry Van de Wauwer"),
                "1. Hoeveel werkzoekenden startten sinds 2020 een OKOT, per provincie?",
                "2. Hoeveel van hen vonden binnen het jaar na de opleiding werk?",
                "Antwoord",
                "1. De tabel geeft het aantal unieke cursisten per provincie van de opleidingsplaats. Een "
                "cursist die verhuisde, telt in beide provincies mee maar één keer voor het Vlaams Gewest; "
                "de kolom Totaal telt wie in meer dan één jaar startte één keer."],
        tables=[Table(caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) per provincie", head="Provincie",
                      columns=["2020", "2021", "2022", "2023*", "Totaal"], periods=[*years, "Totaal"], rows=rows,
                      footnotes=["* 2023: van 1 januari tot en met 30 september."], thousands=True,
                      partial=frozenset({"2023"}))],
        between=[["2. De cijfers over de uitstroom naar werk zullen pas beschikbaar zijn vanaf 1 maart 2024."]],
        sector=None,
    )


ANSWERS = {"schoolyears": schoolyears_answer, "months": months_answer, "enrolments": enrolments_answer,
           "matrix": matrix_answer}

#: Per answer: its errors and warnings (rule, table, level of the cell it stands at, period), the
#: information it must give, and its partial periods.
EXPECTED: dict[str, tuple[list[tuple], set[str], set[str]]] = {
    "schoolyears": ([("total-below-largest-part", 0, "row", "Totaal")], {"partial-period", "parts-exceed-total"},
                    {"2022-2023"}),
    "months": ([("total-exceeds-parts", 0, "total", "2023-01")], {"parts-exceed-total"}, set()),
    "enrolments": ([("parts-exceed-total", 0, "subtotal", "2022")], {"parts-exceed-total"}, set()),
    "matrix": ([("total-exceeds-parts", 0, "row", "Totaal")], {"partial-period", "parts-exceed-total",
                                                                 "answer-deferred"}, {"2023"}),
}
MAY = {"error-located", "likely-typo", "double-count-outlier", "period-not-given"}


def check(answer: Answer, read, name: str) -> None:
    assert read_cells(read) == truth(answer)
    findings = audit(read).findings
    errors, info, partial = EXPECTED[name]
    tables = [t.id for t in read.tables]
    got = []
    for f in findings:
        if f.severity == "info":
            continue
        cell = [c for t in read.tables if t.id == f.table for c in t.cells
                if (c.line, c.period, c.count) == (f.line, f.period, f.stated)]
        got.append((f.rule, tables.index(f.table) if f.table in tables else None, cell[0].level if cell else None,
                    f.period))
    assert sorted(got) == sorted(errors)
    rules = {f.rule for f in findings if f.severity == "info"}
    assert info <= rules <= info | MAY
    assert {p.label for t in read.tables for p in t.periods if p.partial} == partial
    reported = {(f.stated, f.observed) for f in findings if f.rule == "parts-exceed-total"}
    assert persons_twice(answer) <= reported
    semantics = {(c.label, c.semantics) for t in read.tables for c in t.cells if c.level != "row"}
    assert semantics == {(fold(r.label), r.semantics) for t in answer.tables for r in t.rows
                         if r.level in ("subtotal", "total")}


# ---------------------------------------------------------------------------------------------
# The seeds' own form: the answer's text single-spaced, a wrapped label's figures at the end of its
# last line, a blank cell an extra space.


def seeds_text(answer: Answer, width: int = 60) -> str:
    lines = [answer.title, ""]
    for paragraph in answer.before:
        lines += [paragraph, ""]
    for table, after in zip(answer.tables, answer.between):
        lines += [table.caption, "", " ".join([table.head, *table.columns])]
        for row in table.rows:
            figures = " ".join("" if v is None else _count(v, table.thousands) for v in row.values)
            if row.level == "heading":
                lines.append(row.label)
                continue
            words, label = row.label.split(), row.label
            if len(label) > width:  # wrapped: the figures end its last line
                cut = max(i for i in range(1, len(words)) if len(" ".join(words[:i])) <= width)
                lines.append(" ".join(words[:cut]) + " ")
                label = " ".join(words[cut:])
            lines.append(f"{label} {figures}")
        lines.append("")
        lines += table.footnotes
        lines.append("")
        for paragraph in after:
            lines += [paragraph, ""]
    return "\n".join(lines) + "\n"


STYLES = {
    "ruled-top": Style(),
    "plain-bottom-break": Style(ruled=False, v_align="bottom", break_before=3, repeat_header=False),
    "narrow-break-repeat": Style(label_width=45, break_before=4, repeat_header=True),
}


#: Per answer, (label, figure) column widths where its figure columns need more room than the
#: style's (``september 2022`` fits a column of 25 mm; in 21 mm fpdf2 breaks the word: ``septembe`` /
#: ``r`` — see :func:`test_a_month_broken_inside_its_word`).
WIDTHS = {"months": (40.0, 25.0)}


@lru_cache(maxsize=None)
def pdf_of(name: str, style: Style) -> bytes:
    if name in WIDTHS:
        style = replace(style, label_width=min(style.label_width, WIDTHS[name][0]), column_width=WIDTHS[name][1])
    return write_pdf(ANSWERS[name](), style)


def read_form(name: str, style: Style, form: str):
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    if form == "pdf":
        return parse_answer(source_from_bytes(pdf_of(name, style), f"{name}.pdf"))
    if form == "seeds":
        return parse_answer(source_from_bytes(seeds_text(ANSWERS[name]()).encode(), f"{name}.txt"))
    if not available(form):
        pytest.skip(f"{form} is not installed")
    return parse_answer(source_from_bytes(extract(pdf_of(name, style), form).encode(), f"{name}.txt"))


#: What the reader does not read yet, and where it fails (each must stay loud: an
#: ``unreadable-table`` or ``ambiguous-alignment`` error). Empty since redfix25 (session 25):
#: the header set to the bottom (``Opleiding  2022-2023`` / ``2020-2021  2021-2022  *  Totaal``) and
#: the months of two years one space apart in ``pdftotext -layout`` are read.
KNOWN: dict[tuple[str, str, str], str] = {}


@pytest.mark.parametrize(("name", "style", "form"), list(form_cases(
    ANSWERS, STYLES, FORMS, KNOWN, lambda style, form: form != "seeds" or style == "ruled-top")))
def test_every_form_reads_the_truth_and_reports_exactly_what_it_holds(name, style, form):
    check(ANSWERS[name](), read_form(name, STYLES[style], form), name)


@pytest.mark.parametrize("name", list(ANSWERS))
def test_text_with_one_figure_per_line_is_never_clean(name):
    """``pdftotext`` without ``-layout``: the truth read, or every table an ``unreadable-table``
    error — never a silent pass."""
    if not available("pdftotext"):
        pytest.skip("pdftotext is not installed")
    read = read_form(name, STYLES["ruled-top"], "pdftotext")
    errors = {f.rule for f in audit(read).findings if f.severity != "info"}
    if read_cells(read):
        check(ANSWERS[name](), read, name)
    else:
        assert errors == {"unreadable-table"}


@pytest.mark.parametrize("name", list(ANSWERS))
@pytest.mark.parametrize("encoding", ["cp1252-crlf", "bom"])
def test_windows_text_and_a_bom(name, encoding, request):
    """``pdftotext -layout``'s text saved with CRLF in Windows-1252, and in UTF-8 with a BOM: the
    truth, as from the text itself."""
    if (reason := KNOWN.get((name, "ruled-top", "pdftotext-layout"))) is not None:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))
    if not available("pdftotext-layout"):
        pytest.skip("pdftotext is not installed")
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    text = extract(pdf_of(name, STYLES["ruled-top"]), "pdftotext-layout")
    data = text.replace("\n", "\r\n").encode("cp1252") if encoding == "cp1252-crlf" else b"\xef\xbb\xbf" + text.encode()
    check(ANSWERS[name](), parse_answer(source_from_bytes(data, f"{name}.txt")), name)


def test_a_star_wrapped_below_a_school_year_beside_a_total_column_is_its_mark():
    """``pdftotext -layout``: the header cell ``2022-2023*`` wrapped in its narrow column, its star
    alone on the line below, right under the period, a ``Totaal`` column after it. The star is the
    period's mark (partial by its footnote), not a superscript of the first row's figure below it
    (before: read as ``62(*)``, the first row's figures fitted no placement — ambiguous-alignment,
    the row lost — and the period was read whole; read/layout.py _marks_in_place)."""
    from okot_audit import read_text

    text = (
        "OKOT's voor de onderwijssector\n\nAntwoord\n\nHieronder het aantal unieke cursisten dat startte.\n\n"
        "Opleiding                                  2020-2021 2021-2022 2022-2023         Totaal\n"
        "                                                                       *\n"
        "Specifieke lerarenopleiding                          48             62      82     186\n"
        "Educatieve graduaatsopleiding                        38             41      48     122\n"
        "Totaal                                             86             103     130    305\n"
        "\n* 2022-2023: voorlopige cijfers, toestand op 31 mei 2023.\n"
    )
    read = read_text(text, "g.txt")
    assert [(p.label, p.partial) for p in read.tables[0].periods] == [
        ("2020-2021", False), ("2021-2022", False), ("2022-2023", True), ("Totaal", False)]
    assert len(read.tables[0].cells) == 12 and not read.issues
    assert {f.rule for f in audit(read).findings if f.severity != "info"} == set()


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"])
def test_a_month_broken_inside_its_word(form):
    """The months answer in 21 mm columns: fpdf2 breaks ``september`` inside the word. Every form
    is read whole: the PDF joins the pieces; in the extractors' text the month's rest opens the
    header's next line (``septembe`` / ``r 2022``: parse/context.py _mend_month_pieces; in
    ``pdftotext -layout`` the rest before its year is a header label, read/layout.py
    _HEADER_LABEL, and the cell's pieces glued, read/pdf.py _mend_broken_words)."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    data = write_pdf(months_answer(), Style(label_width=40))
    if form == "pdf":
        check(months_answer(), parse_answer(source_from_bytes(data, "m.pdf")), "months")
        return
    if not available(form):
        pytest.skip(f"{form} is not installed")
    text = extract(data, form)
    assert re.search(r"septembe(?!r)", text)
    check(months_answer(), parse_answer(source_from_bytes(text.encode(), "m.txt")), "months")


PYPDF_STAR_TOTAL = (
    "OKOT's voor de onderwijssector\n\nAntwoord\n\nHieronder het aantal unieke cursisten dat startte.\n\n"
    "Tabel 1. Unieke cursisten met gestarte OKOT'(s) per schooljaar\n"
    "Opleiding 2020-2021 2021-2022 2022-2023\n"
    "*\n"
    "Totaal\n"
    "Specifieke lerarenopleiding 48 62 82 186\n"
    "Educatieve graduaatsopleiding 38 41 48 122\n"
    "Totaal 86 103 130 305\n"
    "* 2022-2023: voorlopige cijfers, toestand op 31 mei 2023.\n"
)


def test_a_total_columns_word_below_a_wrapped_cells_star_is_the_headers_last_column():
    """pypdf's text of a header whose cell ``2022-2023*`` wrapped beside a ``Totaal`` column: the
    periods' line, the star alone, then ``Totaal`` alone. ``Totaal`` is the header's last column
    and the star the period's (partial by its footnote). Before, ``Totaal`` was taken for the first
    row's name and each row's last two figures for one number in thousands (``82 186`` → 82186,
    ``86 103`` → 86103): wrong cells under three false errors (parse/regions.py find_regions)."""
    from okot_audit import read_text

    read = read_text(PYPDF_STAR_TOTAL, "g.txt")
    assert [(p.label, p.partial) for p in read.tables[0].periods] == [
        ("2020-2021", False), ("2021-2022", False), ("2022-2023", True), ("Totaal", False)]
    assert sorted((c.label, c.period, c.count) for c in read.tables[0].cells if c.period == "Totaal") == [
        ("Educatieve graduaatsopleiding", "Totaal", 122), ("Specifieke lerarenopleiding", "Totaal", 186),
        ("Totaal", "Totaal", 305)]
    assert len(read.tables[0].cells) == 12 and not read.issues
    assert {f.rule for f in audit(read).findings if f.severity != "info"} == set()


# ---------------------------------------------------------------------------------------------
# Programmes named without codes, checked by their names: a programme of another sector in a care
# answer, a first year in a table of graduates.


def foreign_name_answer() -> Answer:
    """The months answer with its total as the persons give it, and one row a teacher-training
    programme named without its code (``Educatieve graduaatsopleiding``: sector onderwijs)."""
    answer = months_answer()
    rows = answer.tables[0].rows
    k = [p for _, p in MONTHS].index("2023-01")
    rows[-1].values[k] = None
    rows[3].label = "Educatieve graduaatsopleiding"
    answer.tables[0].rows[-1].values[k] = _unique_total(answer, k)
    return answer


def _unique_total(answer: Answer, k: int) -> int:
    """The months answer's true total for column `k` (its persons, as :func:`months_answer` draws them)."""
    rng = random.Random(2502)
    periods = [p for _, p in MONTHS]
    persons = _restarts(rng, CARE_NAMES, periods, dict(zip(CARE_NAMES, [60, 80, 110, 25])), twice=0.05, again=0.0)
    return persons.count(set(CARE_NAMES), periods[k])


def first_year_answer() -> Answer:
    """Graduates of teacher training by name, 2021-2022: final years, a whole programme — and
    ``Educatieve bachelor voor lager onderwijs - 1ste jaar``, a first year, which ends no programme."""
    rng = random.Random(2505)
    names = ["Educatieve bachelor voor kleuteronderwijs - 3de jaar", "Educatieve bachelor voor lager onderwijs - 1ste jaar",
             "Specifieke lerarenopleiding", "Educatieve graduaatsopleiding"]
    years = ["2021", "2022"]
    persons = _restarts(rng, names, years, dict(zip(names, [70, 40, 35, 20])), twice=0.0, again=0.0)
    rows = _rows(persons, names, {n: n for n in names}, years, "Totaal", False)
    return Answer(
        title="OKOT’s voor het onderwijs - geslaagde cursisten",
        before=[QUESTION.format(n=144, date="8 februari 2023", who="Koen Daniëls"),
                "Hoeveel cursisten behaalden in 2021 en 2022 een diploma na een OKOT voor het onderwijs?",
                "Antwoord", "De tabel geeft het aantal unieke cursisten met een geslaagd traject, per opleiding."],
        tables=[Table(caption="Unieke cursisten met uitgevoerde, geslaagde OKOT'(s)", head="Opleiding",
                      columns=years, periods=years, rows=rows)],
        between=[["Bron: VDAB."]],
        sector="onderwijs",
    )


NAMED = {"foreign-name": (foreign_name_answer, ("code-outside-sector", "error")),
         "first-year": (first_year_answer, ("stage-not-final", "warning"))}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", list(NAMED))
def test_a_programme_named_without_code_is_checked_by_its_name(name, form):
    """Every cell read, and the one finding the name gives, at its row: a programme of another
    sector (``code-outside-sector``), a first year among graduates (``stage-not-final``)."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    build, (rule, severity) = NAMED[name]
    answer = build()
    if form == "seeds":
        read = parse_answer(source_from_bytes(seeds_text(answer).encode(), f"{name}.txt"))
    else:
        data = write_pdf(answer, replace(STYLES["ruled-top"], label_width=40, column_width=25))
        if form != "pdf" and not available(form):
            pytest.skip(f"{form} is not installed")
        source = source_from_bytes(data, "n.pdf") if form == "pdf" else source_from_bytes(extract(data, form).encode(), "n.txt")
        read = parse_answer(source)
    assert read_cells(read) == truth(answer)
    found = [(f.rule, f.severity) for f in audit(read).findings if f.severity != "info"]
    assert found == [(rule, severity)]
    planted = answer.tables[0].rows[1 if name == "first-year" else 3].label
    lines = {c.line for t in read.tables for c in t.cells if c.label == fold(planted)}
    assert [f.line for f in audit(read).findings if f.rule == rule][0] in lines
