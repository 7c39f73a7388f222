"""Red team, round 32: answers in shapes no earlier round built, in every form.

Each answer is built from persons (the truth), described once as a grid of cells (round 30's
:class:`test_red30.Grid`) and printed from it as a PDF, an ``.xlsx`` annex, an HTML page and the
seeds' single-spaced text:

- ``lefttotal``: a province x school-year matrix whose ``Totaal`` column stands at the LEFT of the
  school years (``Provincie Totaal 2020-2021 2021-2022 2022-2023*``), closed by a ``Totaal`` row: a
  total row AND a total column, both of unique persons (who started again the next school year counts
  once in the column, who moved once in the row); thousands with points.
- ``pctcell``: age classes (``-25 jaar``, ``25-54 jaar``, ``55+ jaar``: a partition) by year, each
  count followed IN ITS CELL by its share (``45 (12%)``), the total line ``375 (100%)``.
- ``emptyname``: a row key of two columns, ``Code`` and ``Opleiding``, where some names are EMPTY
  (the code alone, its figures after it); unique persons closed by ``Totaal`` spanning both (round
  31's ``numcode`` with names left out).
- ``spaced``: a province x year matrix whose thousands a SPACE sets apart (``1 210``) beside small
  counts (``8``, ``97``) — a province that barely ran — closed by ``Totaal``; unique persons.
- ``notes``: a province x year matrix with a ``Bron: VDAB`` line, a ``Noot:`` line that holds figures
  of its own and a ``Bron:`` line ending in a date printed BETWEEN the rows and the ``Totaal`` line.
- ``fouryears``: the question asks for six years; the table gives four, a sentence below it the
  fifth's total and one above it says the sixth is not known.

Each is built correct and with one planted wrong figure and read as the PDF, ``pdftotext -layout``,
plain ``pdftotext``, pdfplumber (plain and ``layout=True``), pypdf, the seeds' text, the ``.xlsx``
annex and the HTML page; the check is round 30's (tests/test_red30.py ``check_form``).
"""

from __future__ import annotations

import random
from dataclasses import replace
from functools import lru_cache
from itertools import count

import pytest

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_red27 import Case, asked, read_cells  # noqa: E402
from test_red28 import TEACHERS, newcomers  # noqa: E402
from test_red31 import numcode_case  # noqa: E402
from test_red30 import (  # noqa: E402
    FORMS, Cell, Grid, Spanned, _n, _unique_totals, check_form, read_bytes, spanned_bytes, write_pdf,
)
from test_unseen23 import PROVINCES, Persons  # noqa: E402

YEARS3 = ["2021", "2022", "2023"]
YEARS4 = ["2020", "2021", "2022", "2023"]
SCHOOLYEARS = ["2020-2021", "2021-2022", "2022-2023"]


def _places(seed: int, periods: list[str], sizes: list[int], again: float = 0.0,
            last: float = 1.0) -> Persons:
    """Persons who started in a province in a period (a share ``twice`` of them moved: counted in
    two provinces), a share `again` of each period's starting again the next period in the same
    province (counted in both periods, once over the periods); the last period `last` of the size."""
    rng = random.Random(seed)
    persons = Persons()
    ids = count(1)
    before: dict[str, list[int]] = {}
    for k, period in enumerate(periods):
        scale = last if k == len(periods) - 1 else 1.0
        now: dict[str, list[int]] = {}
        for province, size in zip(PROVINCES, sizes):
            n = int(size * rng.uniform(0.8, 1.2) * scale)
            now[province] = list(newcomers(rng, persons, ids, province, period, n,
                                           [p for p in PROVINCES if p != province], 0.012))
            for pid in before.get(province, []):
                if rng.random() < again:
                    persons.add(pid, province, period)
        before = now
    return persons


def lefttotal_case(planted: bool) -> tuple[Spanned, Case]:
    persons = _places(3201, SCHOOLYEARS, [1150, 520, 1310, 380, 940], again=0.04, last=0.5)
    every = set(PROVINCES)
    total, twice = _unique_totals(persons, PROVINCES, SCHOOLYEARS, planted, 1, 5)  # (2021-2022: 5 above its rows)
    body = [([Cell(p), Cell(_n(persons.count(p), True)), *(Cell(_n(persons.count(p, y), True)) for y in SCHOOLYEARS)],
             False) for p in PROVINCES]
    body.append(([Cell("Totaal"), Cell(_n(persons.count(every), True)), *(Cell(_n(v, True)) for v in total)], True))
    cells = [(0, "row", p, p, y, persons.count(p, y)) for p in PROVINCES for y in SCHOOLYEARS]
    cells += [(0, "row", p, p, "Totaal", persons.count(p)) for p in PROVINCES]
    cells += [(0, "total", None, "Totaal", y, v) for y, v in zip(SCHOOLYEARS, total)]
    cells.append((0, "total", None, "Totaal", "Totaal", persons.count(every)))
    answer = Spanned(
        title="OKOT’s - gestarte cursisten per provincie en schooljaar",
        before=asked(1101, "6 november 2024", "Ellen Samyn",
                     "Hoeveel werkzoekenden startten de voorbije drie schooljaren een OKOT, per provincie?",
                     "De tabel geeft per provincie eerst het totaal over de drie schooljaren, dan per schooljaar het "
                     "aantal unieke cursisten dat startte. Wie opnieuw startte, telt één keer in het totaal; wie "
                     "verhuisde, telt in beide provincies mee, maar één keer in het totaal."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) per provincie en schooljaar",
                    [44, 24, 24, 24, 24],
                    [[Cell("Provincie"), Cell("Totaal"),
                      *(Cell(y + ("*" if y == SCHOOLYEARS[-1] else "")) for y in SCHOOLYEARS)]], body,
                    footnotes=["* 2022-2023: tot en met 31 maart 2023 (voorlopige cijfers)."])],
        after=["Bron: VDAB, datawarehouse."])
    return answer, Case(None, sorted(cells, key=str),
                        planted=[("total-exceeds-parts", "total", "Totaal", "2021-2022")],
                        info={"parts-exceed-total", "partial-period"}, partial={SCHOOLYEARS[-1]}, twice=twice)


AGES = ["-25 jaar", "25-54 jaar", "55+ jaar"]


def pctcell_case(planted: bool) -> tuple[Spanned, Case]:
    rng = random.Random(3202)
    body, cells = [], []
    counts = {(a, y): int(rng.randint(300, 900) * share) for y in YEARS3 for a, share in zip(AGES, (0.18, 0.74, 0.08))}
    total = [sum(counts[a, y] for a in AGES) for y in YEARS3]  # each person one age class: the sum exactly
    printed = list(total)
    if planted:  # 2022: the total one below the sum of its classes
        printed[1] -= 1
    for a in AGES:
        body.append(([Cell(a), *(Cell(f"{counts[a, y]} ({round(100 * counts[a, y] / t)}%)")
                                  for y, t in zip(YEARS3, total))], False))
        cells += [(0, "row", None, a, y, counts[a, y]) for y in YEARS3]
    body.append(([Cell("Totaal"), *(Cell(f"{v} (100%)") for v in printed)], True))
    cells += [(0, "total", None, "Totaal", y, v) for y, v in zip(YEARS3, printed)]
    answer = Spanned(
        title="OKOT’s - gestarte cursisten naar leeftijd",
        before=asked(1114, "13 november 2024", "Els Ampe",
                     "Hoeveel werkzoekenden startten sinds 2021 een OKOT, naar leeftijd?",
                     "De tabel geeft per leeftijdsklasse het aantal unieke cursisten dat startte, en tussen haakjes "
                     "hun aandeel in het jaar."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) naar leeftijdsklasse",
                    [44, 30, 30, 30], [[Cell("Leeftijd"), *(Cell(y) for y in YEARS3)]], body)],
        after=["Bron: VDAB, datawarehouse."])
    return answer, Case(None, sorted(cells, key=str),
                        planted=[("parts-exceed-total", "total", "Totaal", "2022")],
                        info={"column-not-checked"})


#: The codes whose name ``emptyname`` leaves empty.
UNNAMED = {TEACHERS[1][0], TEACHERS[3][0]}


def emptyname_case(planted: bool) -> tuple[Spanned, Case]:
    """Round 31's ``numcode`` (``Code`` and ``Opleiding`` columns, the total spanning both; planted, a
    total below its largest row) with the name's cell of some codes left empty."""
    answer, case = numcode_case(planted)
    grid = answer.grids[0]
    body = [([cells[0], Cell(""), *cells[2:]] if cells[0].text in UNNAMED else cells, bold)
            for cells, bold in grid.body]
    return replace(answer, grids=[replace(grid, body=body)]), case


def _spaced(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def _matrix(persons: Persons, years: list[str], total: list[int], show, closing: str = "Totaal",
            between: tuple[str, ...] = ()) -> tuple[list, list[tuple]]:
    """The body and cells of a province x period matrix of `persons` closed by `closing` (its
    figures `total`), each figure printed by `show`, the lines `between` (each spanning every
    column) between the rows and the total."""
    body = [([Cell(p), *(Cell(show(persons.count(p, y))) for y in years)], False) for p in PROVINCES]
    body += [([Cell(text, columns=len(years) + 1)], False) for text in between]
    body.append(([Cell(closing), *(Cell(show(v)) for v in total)], True))
    cells = [(0, "row", p, p, y, persons.count(p, y)) for p in PROVINCES for y in years]
    cells += [(0, "total", None, closing, y, v) for y, v in zip(years, total)]
    return body, sorted(cells, key=str)


def _by_province(n: int, date: str, who: str, body: list, years: list[str], title: str = "", question: str = "",
                 opening: str = "", after: tuple[str, ...] = ()) -> Spanned:
    """An answer (question `n` of `date` by `who`) of one province x period matrix, `body`."""
    return Spanned(
        title=f"OKOT’s - gestarte cursisten per provincie{title}",
        before=asked(n, date, who, question or "Hoeveel werkzoekenden startten sinds 2021 een OKOT, per provincie?",
                     opening + "De tabel geeft per provincie van de opleidingsplaats het aantal unieke cursisten dat "
                     "startte. Wie verhuisde, telt in beide provincies mee, maar één keer in het totaal."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) per provincie", [44] + [26] * len(years),
                    [[Cell("Provincie"), *(Cell(y) for y in years)]], body)],
        after=[*after, "Bron: VDAB, datawarehouse."])


def spaced_case(planted: bool) -> tuple[Spanned, Case]:
    # Vlaams-Brabant barely ran (single figures), the others over a thousand
    persons = _places(3204, YEARS3, [1150, 620, 1310, 9, 1040])
    total, twice = _unique_totals(persons, PROVINCES, YEARS3, False, 0, 0)
    if planted:  # 2021: the total below its largest province
        twice.discard((total[0], sum(persons.count(p, "2021") for p in PROVINCES)))
        total[0] = max(persons.count(p, "2021") for p in PROVINCES) - 7
    body, cells = _matrix(persons, YEARS3, total, _spaced)
    return _by_province(1130, "27 november 2024", "Hannes Anaf", body, YEARS3), Case(
        None, cells, planted=[("total-below-largest-part", "total", "Totaal", "2021")],
        info={"parts-exceed-total"}, twice=twice)


def notes_case(planted: bool) -> tuple[Spanned, Case]:
    persons = _places(3205, YEARS3, [1150, 520, 1310, 380, 940])
    total, twice = _unique_totals(persons, PROVINCES, YEARS3, planted, 1, 4)  # (2022: 4 above its provinces)
    moved = sum(persons.count(p, "2023") for p in PROVINCES) - persons.count(set(PROVINCES), "2023")
    body, cells = _matrix(persons, YEARS3, total, lambda v: _n(v, True), between=(
        "Bron: VDAB", f"Noot: in 2023 telden {moved} cursisten in 2 provincies.",
        "Bron: VDAB, toestand op 30 juni 2024"))
    return _by_province(1138, "4 december 2024", "Nadia Naji", body, YEARS3), Case(
        None, cells, planted=[("total-exceeds-parts", "total", "Totaal", "2022")],
        info={"parts-exceed-total"}, twice=twice)


def fouryears_case(planted: bool) -> tuple[Spanned, Case]:
    persons = _places(3206, YEARS4, [1150, 520, 1310, 380, 940])
    total, twice = _unique_totals(persons, PROVINCES, YEARS4, planted, 0, 2)  # (2020: 2 above its provinces)
    body, cells = _matrix(persons, YEARS4, total, lambda v: _n(v, True), closing="Vlaams Gewest")
    answer = _by_province(
        1145, "11 december 2024", "Stijn Bex", body, YEARS4, title=", 2018-2023",
        question="Hoeveel werkzoekenden startten in de jaren 2018 tot en met 2023 een OKOT, per provincie?",
        opening="Voor 2018 zijn geen cijfers per provincie meer beschikbaar. De tabel loopt van 2020 tot en met 2023. ",
        after=("In 2019 startten in totaal 4.563 unieke cursisten een OKOT; de opsplitsing per provincie is voor dat "
               "jaar niet beschikbaar.",))
    return answer, Case(None, cells, planted=[("total-exceeds-parts", "total", "Vlaams Gewest", "2020")],
                        info={"parts-exceed-total"}, twice=twice)


CASES = {"lefttotal": lefttotal_case, "pctcell": pctcell_case, "emptyname": emptyname_case, "spaced": spaced_case,
         "notes": notes_case, "fouryears": fouryears_case}


VARIANTS = [f"{name}{planted}" for name in CASES for planted in ("", ":planted")]


@lru_cache(maxsize=None)
def _built(name: str, planted: bool) -> tuple[Spanned, Case, bytes]:
    """The answer `name` (with its planted figure where `planted`), its truth and its PDF, built once."""
    answer, case = CASES[name](planted)
    return answer, case, write_pdf(answer)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("variant", VARIANTS)
def test_every_form_reads_the_truth_and_reports_exactly_what_it_holds(variant, form):
    name, _, planted = variant.partition(":")
    answer, case, pdf = _built(name, bool(planted))
    check_form(case, bool(planted), form, read_bytes(*spanned_bytes(answer, lambda: pdf, name, form)))


# ---------------------------------------------------------------------------------------------
# Found by the answers above, read on their own.


def _read_text(text: str):
    return read_bytes(text.encode(), "a.txt")


def _cells(read) -> list[tuple]:
    return [(c.code or c.label, c.period, c.count) for t in read.tables for c in t.cells]


def _errors(read) -> list[tuple]:
    return [(f.rule, f.severity, f.line) for f in audit(read).findings if f.severity != "info"]


EMPTY_NAMES = ("OKOT's tot leerkracht\n\nAntwoord\n\nDe tabel geeft per opleidingscode het aantal unieke cursisten dat "
               "startte. Wie twee opleidingsjaren volgde, telt in beide mee, maar één keer in het totaal.\n\n{rows}\n"
               "\nBron: VDAB.\n")
EMPTY_ROWS = [("Code", "Opleiding", "2021", "2022", "2023"),
              ("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "50", "71", "138"),
              ("908002", "", "40", "60", "90"),
              ("908003", "Educatieve bachelor voor kleuteronderwijs - 3de jaar", "30", "45", "70"),
              ("908011", "", "20", "25", "33")]


def _empty_names(total: str, laid: bool) -> str:
    rows = [*EMPTY_ROWS, ("Totaal", "", *total.split())]
    if laid:  # (as pdftotext -layout prints it: each column at its place, a figure set right)
        lines = [f"{a:<8}{b:<56}{c:>6}{d:>6}{e:>6}" if a != "Totaal" else f"{a:<64}{c:>6}{d:>6}{e:>6}"
                 for a, b, c, d, e in rows]
    else:  # (single-spaced: the empty name an empty word between its spaces)
        lines = [" ".join(r) if r[0] != "Totaal" else " ".join(r[:1] + r[2:]) for r in rows]
    return EMPTY_NAMES.format(rows="\n".join(lines))


@pytest.mark.parametrize("laid", [False, True])
@pytest.mark.parametrize("total", ["138 199 327", "138 207 327"])  # (correct; 2022 printed 6 above its rows)
def test_a_code_alone_before_its_figures_among_named_codes_is_a_row(laid, total):
    """``emptyname``: a row key of two columns, ``Code`` and ``Opleiding``, the name's cell of some
    rows left empty (``908002    40  60  90``). Before, the six digits and the figures after them
    were read as figures alone: the row lost (a stray number) and every total said to exceed its
    rows — three false errors on a correct answer, the planted one drowned. A code alone before
    its figures among coded rows with names is the row's key (parse/codes.py
    ``colons_after_lone_codes``)."""
    read = _read_text(_empty_names(total, laid))
    assert sorted(c for c in _cells(read) if c[0] in ("908002", "908011")) == [
        ("908002", "2021", 40), ("908002", "2022", 60), ("908002", "2023", 90),
        ("908011", "2021", 20), ("908011", "2022", 25), ("908011", "2023", 33)]
    assert _errors(read) == ([] if total.startswith("138 199") else [("total-exceeds-parts", "error", 12)])


def test_a_code_alone_under_a_header_naming_no_code_column_is_still_said():
    """The same rows under ``Opleiding`` alone (no column of codes named): the code alone is not
    made the row's key, and the row's figures are still said, never dropped in silence."""
    read = _read_text(_empty_names("138 199 327", False).replace("Code Opleiding", "Opleiding").replace(
        "opleidingscode", "opleiding"))
    assert not {c[0] for c in _cells(read)} & {"908002", "908011"}
    assert any(f.rule in ("stray-number", "total-exceeds-parts", "ambiguous-alignment", "unreadable-table")
               for f in audit(read).findings if f.severity != "info")


def test_six_digits_before_figures_with_no_coded_row_near_stay_figures():
    """A line of figures alone whose first has six digits, no coded row near it (a large count
    under its label on a line of its own): no code is made of it — read as before, and said."""
    text = ("OKOT's\n\nAntwoord\n\nDe tabel geeft het aantal uren opleiding per provincie.\n\n"
            "Provincie 2022 2023\nAntwerpen\n125000 131000\nLimburg 60000 61000\nTotaal 185000 192000\n\nBron: VDAB.\n")
    read = _read_text(text)
    assert all(c.code is None for t in read.tables for c in t.cells)
    assert "125000" not in {c.code for t in read.tables for c in t.cells}


NOTE_AMONG = ("OKOT's\n\nAntwoord\n\nDe tabel geeft per provincie het aantal unieke cursisten dat startte. Wie "
              "verhuisde, telt in beide provincies mee, maar één keer in het totaal.\n\n"
              "Provincie 2021 2022 2023\nAntwerpen 1.210 1.180 1.305\nLimburg 560 580 612\n"
              "Oost-Vlaanderen 1.380 1.402 1.297\n{note}\nTotaal {total}\n\nBron: VDAB, datawarehouse.\n")


@pytest.mark.parametrize("note", ["Bron: VDAB\nNoot: in 2023 telden 14 cursisten in 2 provincies.",
                                  "Noot: voorlopige cijfers\nBron: VDAB, toestand op 30 juni 2024",
                                  "Noot: voorlopige cijfers\n* 2023: tot en met 30 juni 2024"])
@pytest.mark.parametrize("total", ["3.140 3.150 3.200", "3.140 3.170 3.200"])  # (correct; 2022 8 above its rows)
def test_a_note_among_the_rows_holds_the_notes_figures(note, total):
    """``notes``: two notes' lines printed between the rows and their total (``Bron: VDAB`` /
    ``Noot: in 2023 telden 14 cursisten …``). Before, the second note's figures were said to belong
    to no row (a stray number: check whether a row lost its label) — a false warning on a correct
    answer; a note ending in a date (``Bron: VDAB, toestand op 30 juni 2024``) below another was read
    as a row, its year a count: a false ``ambiguous-alignment`` error. A line that opens as a note
    opens (:data:`okot_audit.patterns.NOTE_LINE`) and goes on in words is the note's, no row's
    (parse/__init__.py ``_note_among_rows``, parse/regions.py ``_between_rows``)."""
    read = _read_text(NOTE_AMONG.format(note=note, total=total))
    assert len(_cells(read)) == 12
    assert _errors(read) == ([] if total == "3.140 3.150 3.200" else [("total-exceeds-parts", "error", 13)])


@pytest.mark.parametrize("line", ["Noot: 12 14 15", "Bron: 2023 14"])
def test_figures_after_a_notes_word_alone_are_still_said(line):
    """A note's word before figures alone (no sentence that says what they are): still figures no
    row holds, said as before."""
    read = _read_text(NOTE_AMONG.format(note=line, total="3.140 3.150 3.200"))
    assert _errors(read) == [("stray-number", "warning", 11)]
    assert len(_cells(read)) == 12
