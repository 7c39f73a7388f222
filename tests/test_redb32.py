"""Red team, round 32b: the MEANING of totals under layouts no earlier round combined, in every form.

Each answer is built from persons (the truth), described once as a grid of cells (round 30's
:class:`test_red30.Grid`) and printed from it as a PDF, an ``.xlsx`` annex, an HTML page and the
seeds' single-spaced text:

- ``twototals``: codes x years closed by TWO total lines of different meaning, ``Totaal
  inschrijvingen`` (enrolments: additive, the sum exactly) above ``Totaal unieke cursisten``
  (persons: ``max <= total <= sum``), the table split over two pages (its header printed again).
- ``agecol``: age classes (``-25 jaar``, ``25-54 jaar``, ``55+ jaar``: digits in the labels; a
  partition) over school years with a ``Totaal`` column at the right (unique persons over the
  school years: who started again counts once) and a ``Totaal`` row (the sum exactly).
- ``wrongsector``: sector blocks (``Zorg`` … ``Subtotaal zorg N``, ``Onderwijs`` … ``Subtotaal
  onderwijs N``) under a grand ``Totaal``, one teacher-training code in the care block.
- ``monthrows``: a table on its side — months ``januari 2020`` … ``oktober 2020*`` as rows, the
  provinces and a ``Totaal`` as columns, the last month partial (its footnote), closed by a
  ``Totaal`` row.
- ``notfinal``: a graduates table that lists a first year (``908001``), which cannot be a final stage.
- ``proseunique`` / ``proseenrol``: a table whose unit word sits only in the sentence above it
  (``het aantal unieke cursisten per jaar:`` / ``het aantal inschrijvingen per jaar:``): the same
  rows, a total that double counting explains (unique) or one that must be their sum (enrolments).

Each is built correct and with one planted wrong figure and read as the PDF, ``pdftotext -layout``,
plain ``pdftotext``, pdfplumber (plain and ``layout=True``), pypdf, the seeds' text, the ``.xlsx``
annex and the HTML page; the check is round 30's (tests/test_red30.py ``check_form``): every cell
read right, exactly the errors the answer holds, each total checked by its own meaning.
"""

from __future__ import annotations

import random
from dataclasses import replace
from functools import lru_cache
from itertools import count

import pytest

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_red27 import Case, asked  # noqa: E402
from test_red28 import CARE, TEACHERS, newcomers  # noqa: E402
from test_red30 import FORMS, Cell, Grid, Spanned, _n, check_form, read_bytes, spanned_bytes, write_pdf  # noqa: E402
from test_unseen23 import PROVINCES, Persons  # noqa: E402

YEARS3 = ["2021", "2022", "2023"]
SCHOOLYEARS = ["2020-2021", "2021-2022", "2022-2023"]
AGES = ["-25 jaar", "25-54 jaar", "55+ jaar"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober"]
BRON = "Bron: VDAB, datawarehouse."


def _coded(seed: int, codes: list[str], years: list[str], low: int, high: int, twice: float) -> Persons:
    """Persons who started (or finished) programme `codes` in a year, a share `twice` of them in a
    second code the same year (a first and a second year at once)."""
    rng = random.Random(seed)
    persons, ids = Persons(), count(1)
    for year in years:
        for code in codes:
            for _ in newcomers(rng, persons, ids, code, year, rng.randint(low, high), [c for c in codes if c != code],
                               twice):
                pass
    return persons


def _code_rows(persons: Persons, named: list[tuple[str, str]], years: list[str]) -> tuple[list, list[tuple]]:
    body = [([Cell(f"{c}: {name}"), *(Cell(_n(persons.count(c, y))) for y in years)], False) for c, name in named]
    cells = [(0, "row", None, c, y, persons.count(c, y)) for c, _ in named for y in years]
    return body, cells


# -- two total lines of different meaning, split over two pages ---------------------------------

TWO_CODES = TEACHERS[:6]


def twototals_case(planted: bool, swapped: bool = False) -> tuple[Spanned, Case]:
    """Planted: the enrolments' total of 2022 one below their sum — which would hold for unique
    persons, so only a total checked by its own meaning finds it. `swapped`: the unique persons'
    total first, the page break between the two total lines (the header printed again above the
    enrolments' total alone)."""
    codes = [c for c, _ in TWO_CODES]
    persons = _coded(3251, codes, YEARS3, 20, 140, 0.06)
    body, cells = _code_rows(persons, TWO_CODES, YEARS3)
    enrolled = [sum(persons.count(c, y) for c in codes) for y in YEARS3]  # each (person, programme) one enrolment
    unique = [persons.count(set(codes), y) for y in YEARS3]
    printed = list(enrolled)
    if planted:  # 2022: the enrolments' total one below their sum (as unique persons it would hold)
        printed[1] -= 1
    totals = [([Cell("Totaal inschrijvingen"), *(Cell(_n(v)) for v in printed)], True),
              ([Cell("Totaal unieke cursisten"), *(Cell(_n(v)) for v in unique)], True)]
    body += totals[::-1] if swapped else totals
    cells += [(0, "total", None, "Totaal inschrijvingen", y, v) for y, v in zip(YEARS3, printed)]
    cells += [(0, "total", None, "Totaal unieke cursisten", y, v) for y, v in zip(YEARS3, unique)]
    answer = Spanned(
        title="OKOT’s tot leerkracht - inschrijvingen en cursisten",
        before=asked(1201, "8 januari 2025", "Jan Peeters",
                     "Hoeveel inschrijvingen telden de OKOT’s tot leerkracht sinds 2021, en hoeveel cursisten?",
                     "De tabel geeft per opleiding het aantal inschrijvingen. Wie in één jaar twee opleidingsjaren "
                     "volgde, telt als twee inschrijvingen, maar als één unieke cursist."),
        grids=[Grid("Tabel 1. Inschrijvingen in gestarte OKOT'(s) per opleiding", [100, 22, 22, 22],
                    [[Cell("Opleiding"), *(Cell(y) for y in YEARS3)]], body,
                    break_at=len(TWO_CODES) + 1 if swapped else 4)],
        after=[BRON])
    return answer, Case(None, sorted(cells, key=str),
                        planted=[("parts-exceed-total", "total", "Totaal inschrijvingen", "2022")],
                        info={"parts-exceed-total"},
                        twice={(u, e) for u, e in zip(unique, enrolled)})


def twosplit_case(planted: bool) -> tuple[Spanned, Case]:
    return twototals_case(planted, swapped=True)


# -- an age partition over school years with a total column --------------------------------------

def _partition_truth(persons: Persons, classes: list[str], periods: list[str],
                     printed: list[int]) -> tuple[list[tuple], set[tuple[int, int]]]:
    """The cells of a partition `classes` x `periods` with a ``Totaal`` column (each class's unique
    persons over the periods) and a ``Totaal`` row (`printed`), and (total, sum of its parts) of each
    total over the periods."""
    every = set(classes)
    cells = [(0, "row", None, a, y, persons.count(a, y)) for a in classes for y in periods]
    cells += [(0, "row", None, a, "Totaal", persons.count(a)) for a in classes]
    cells += [(0, "total", None, "Totaal", y, v) for y, v in zip(periods, printed)]
    cells.append((0, "total", None, "Totaal", "Totaal", persons.count(every)))
    twice = {(persons.count(a), sum(persons.count(a, y) for y in periods)) for a in classes}
    twice.add((persons.count(every), sum(printed)))
    return cells, twice


def agecol_case(planted: bool) -> tuple[Spanned, Case]:
    rng = random.Random(3252)
    persons, ids = Persons(), count(1)
    before: dict[str, list[int]] = {}
    for year in SCHOOLYEARS:
        now: dict[str, list[int]] = {}
        for age, size in zip(AGES, (260, 1050, 110)):
            now[age] = list(newcomers(rng, persons, ids, age, year, int(size * rng.uniform(0.8, 1.2)), [], 0))
            for pid in before.get(age, []):  # started again the next school year: once in the row's total
                if rng.random() < 0.03:
                    persons.add(pid, age, year)
        before = now
    every = set(AGES)
    total = [persons.count(every, y) for y in SCHOOLYEARS]  # each person one age class: the sum exactly
    assert total == [sum(persons.count(a, y) for a in AGES) for y in SCHOOLYEARS]
    printed = list(total)
    if planted:  # 2021-2022: the total one above its classes
        printed[1] += 1
    body = [([Cell(a), *(Cell(_n(persons.count(a, y), True)) for y in SCHOOLYEARS), Cell(_n(persons.count(a), True))],
             False) for a in AGES]
    body.append(([Cell("Totaal"), *(Cell(_n(v, True)) for v in printed), Cell(_n(persons.count(every), True))], True))
    cells, twice = _partition_truth(persons, AGES, SCHOOLYEARS, printed)
    answer = Spanned(
        title="OKOT’s - gestarte cursisten naar leeftijd en schooljaar",
        before=asked(1208, "15 januari 2025", "Katrien Schryvers",
                     "Hoeveel werkzoekenden startten de voorbije drie schooljaren een OKOT, naar leeftijd?",
                     "De tabel geeft per leeftijdsklasse het aantal unieke cursisten dat startte, per schooljaar en "
                     "over de drie schooljaren samen. Wie opnieuw startte, telt één keer in het totaal."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) naar leeftijdsklasse", [40, 28, 28, 28, 28],
                    [[Cell("Leeftijd"), *(Cell(y) for y in SCHOOLYEARS), Cell("Totaal")]], body)],
        after=[BRON])
    return answer, Case(None, sorted(cells, key=str),
                        planted=[("total-exceeds-parts", "total", "Totaal", "2021-2022")],
                        info={"parts-exceed-total"}, twice=twice)


# -- sector blocks with a code in the wrong block -------------------------------------------------

BLOCKS = {"Zorg": [*CARE[2:5], TEACHERS[3]], "Onderwijs": [TEACHERS[0], TEACHERS[1], TEACHERS[2]]}
STRAY = TEACHERS[3][0]  # (a teacher-training first year printed in the care block)


def wrongsector_case(planted: bool) -> tuple[Spanned, Case]:
    every = [c for named in BLOCKS.values() for c, _ in named]
    rng = random.Random(3253)
    persons, ids = Persons(), count(1)
    for year in YEARS3:
        for named in BLOCKS.values():
            keys = [c for c, _ in named]
            for code in keys:
                for _ in newcomers(rng, persons, ids, code, year, rng.randint(20, 130), [c for c in keys if c != code],
                                   0.03):
                    pass
    body, cells, twice, subs = [], [], set(), []
    for sector, named in BLOCKS.items():
        keys = {c for c, _ in named}
        body.append(([Cell(sector, columns=4)], True))
        rows, own = _code_rows(persons, named, YEARS3)
        body += rows
        cells += own
        sub = [persons.count(keys, y) for y in YEARS3]
        twice |= {(s, sum(persons.count(c, y) for c in keys)) for s, y in zip(sub, YEARS3)}
        subs.append(sub)
        body.append(([Cell(f"Subtotaal {sector.lower()}"), *(Cell(_n(v)) for v in sub)], True))
        cells += [(0, "subtotal", None, f"Subtotaal {sector.lower()}", y, v) for y, v in zip(YEARS3, sub)]
    total = [persons.count(set(every), y) for y in YEARS3]
    twice |= {(t, a + b) for t, a, b in zip(total, *subs)}
    if planted:  # 2023: the grand total 3 above its subtotals
        twice.discard((total[2], subs[0][2] + subs[1][2]))
        total[2] = subs[0][2] + subs[1][2] + 3
    body.append(([Cell("Totaal"), *(Cell(_n(v)) for v in total)], True))
    cells += [(0, "total", None, "Totaal", y, v) for y, v in zip(YEARS3, total)]
    answer = Spanned(
        title="OKOT’s in de zorg en het onderwijs - gestarte cursisten",
        before=asked(1215, "22 januari 2025", "Lorin Parys",
                     "Hoeveel werkzoekenden startten sinds 2021 een OKOT in de zorg of in het onderwijs, per sector?",
                     "De tabel geeft per sector en per opleiding het aantal unieke cursisten dat startte. Wie twee "
                     "opleidingen volgde, telt in beide mee, maar één keer in het subtotaal en het totaal."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) per sector en opleiding", [100, 22, 22, 22],
                    [[Cell("Opleiding"), *(Cell(y) for y in YEARS3)]], body)],
        after=[BRON])
    return answer, Case(None, sorted(cells, key=str), errors=[("code-outside-sector", "row", STRAY, None)],
                        planted=[("total-exceeds-parts", "total", "Totaal", "2023")],
                        info={"parts-exceed-total"}, twice=twice)


# -- months as rows, provinces as columns ---------------------------------------------------------

MONTH_KEYS = [f"2020-{k:02d}" for k in range(1, 11)]


def monthrows_case(planted: bool) -> tuple[Spanned, Case]:
    rng = random.Random(3254)
    persons, ids = Persons(), count(1)
    for k, month in enumerate(MONTH_KEYS):
        for p, size in zip(PROVINCES, (60, 28, 70, 20, 50)):
            n = int(size * rng.uniform(0.7, 1.3) * (0.5 if k == len(MONTH_KEYS) - 1 else 1))
            for _ in newcomers(rng, persons, ids, p, month, n, [q for q in PROVINCES if q != p], 0.03):
                pass
    every = set(PROVINCES)
    row_total = [persons.count(every, m) for m in MONTH_KEYS]
    printed = list(row_total)
    if planted:  # februari: its total 2 above its provinces
        printed[1] = sum(persons.count(p, MONTH_KEYS[1]) for p in PROVINCES) + 2
    body = []
    for k, (name, month) in enumerate(zip(MONTHS, MONTH_KEYS)):
        star = "*" if k == len(MONTHS) - 1 else ""
        body.append(([Cell(f"{name} 2020{star}"), *(Cell(_n(persons.count(p, month))) for p in PROVINCES),
                      Cell(_n(printed[k]))], False))
    body.append(([Cell("Totaal"), *(Cell(_n(persons.count(p), True)) for p in PROVINCES),
                  Cell(_n(persons.count(every), True))], True))
    cells = [(0, "row", p, p, m, persons.count(p, m)) for p in PROVINCES for m in MONTH_KEYS]
    cells += [(0, "row", p, p, "Totaal", persons.count(p)) for p in PROVINCES]
    cells += [(0, "total", None, "Totaal", m, v) for m, v in zip(MONTH_KEYS, printed)]
    cells.append((0, "total", None, "Totaal", "Totaal", persons.count(every)))
    twice = {(t, sum(persons.count(p, m) for p in PROVINCES)) for t, m, in zip(printed, MONTH_KEYS)}
    twice.add((persons.count(every), sum(persons.count(p) for p in PROVINCES)))
    twice.add((persons.count(every), sum(printed)))
    if planted:
        twice.discard((printed[1], printed[1] - 2))
    answer = Spanned(
        title="OKOT’s - gestarte cursisten per maand en provincie, 2020",
        before=asked(1222, "29 januari 2025", "Freya Saeys",
                     "Hoeveel werkzoekenden startten in 2020 een OKOT, per maand en per provincie?",
                     "De tabel geeft per maand van 2020 en per provincie het aantal unieke cursisten dat startte. Wie "
                     "verhuisde, telt in beide provincies mee, maar één keer in het totaal."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) per maand en provincie", [34, 26, 20, 30, 26, 28, 20],
                    [[Cell("Maand"), *(Cell(p) for p in PROVINCES), Cell("Totaal")]], body,
                    footnotes=["* oktober 2020: tot en met 15 oktober (voorlopige cijfers)."])],
        after=[BRON])
    return answer, Case(None, sorted(cells, key=str), planted=[("total-exceeds-parts", "total", "Totaal", "2020-02")],
                        info={"parts-exceed-total", "partial-period"}, partial={"2020-10"}, twice=twice)


# -- a graduates table listing a first year ----------------------------------------------------------

GRADUATES = [TEACHERS[0], TEACHERS[2], TEACHERS[5], TEACHERS[6], TEACHERS[7]]


def notfinal_case(planted: bool) -> tuple[Spanned, Case]:
    persons = _coded(3255, [c for c, _ in GRADUATES], YEARS3, 5, 90, 0.0)  # graduates: each once
    body, cells = _code_rows(persons, GRADUATES, YEARS3)
    total = [persons.count({c for c, _ in GRADUATES}, y) for y in YEARS3]
    if planted:  # 2021: the total 4 above its rows
        total[0] += 4
    body.append(([Cell("Totaal"), *(Cell(_n(v)) for v in total)], True))
    cells += [(0, "total", None, "Totaal", y, v) for y, v in zip(YEARS3, total)]
    answer = Spanned(
        title="OKOT’s tot leerkracht - geslaagde cursisten",
        before=asked(1229, "5 februari 2025", "Vera Jans",
                     "Hoeveel werkzoekenden rondden sinds 2021 een OKOT tot leerkracht met succes af?",
                     "De tabel geeft per opleiding het aantal unieke cursisten dat de opleiding met succes afrondde."),
        grids=[Grid("Tabel 2. Unieke cursisten met uitgevoerde, geslaagde OKOT'(s)", [100, 22, 22, 22],
                    [[Cell("Opleiding"), *(Cell(y) for y in YEARS3)]], body)],
        after=[BRON])
    return answer, Case(None, sorted(cells, key=str), errors=[("stage-not-final", "row", GRADUATES[0][0], None)],
                        planted=[("total-exceeds-parts", "total", "Totaal", "2021")])


# -- the unit word only in the sentence above the table -------------------------------------------

PROSE_CODES = TEACHERS[:5]


def _prose_case(planted: bool, unit: str) -> tuple[Spanned, Case]:
    codes = [c for c, _ in PROSE_CODES]
    persons = _coded(3256, codes, YEARS3, 20, 120, 0.06)
    body, cells = _code_rows(persons, PROSE_CODES, YEARS3)
    sums = [sum(persons.count(c, y) for c in codes) for y in YEARS3]
    if unit == "inschrijvingen":  # each (person, programme) one enrolment: the total their sum
        total, twice, info = list(sums), set(), set()
        if planted:  # 2023: one below the sum (as unique persons it would hold)
            total[2] -= 1
        found = [("parts-exceed-total", "total", "Totaal", "2023")]
    else:
        total = [persons.count(set(codes), y) for y in YEARS3]
        twice, info = set(zip(total, sums)), {"parts-exceed-total", "measure-unknown"}
        if planted:  # 2023: one above the sum
            twice.discard((total[2], sums[2]))
            total[2] = sums[2] + 1
        found = [("total-exceeds-parts", "total", "Totaal", "2023")]
    body.append(([Cell("Totaal"), *(Cell(_n(v)) for v in total)], True))
    cells += [(0, "total", None, "Totaal", y, v) for y, v in zip(YEARS3, total)]
    answer = Spanned(
        title="OKOT’s tot leerkracht",
        before=asked(1236, "12 februari 2025", "Koen Daniëls",
                     "Hoeveel werkzoekenden volgden de voorbije drie jaar een OKOT tot leerkracht?",
                     f"Hieronder vindt u per opleiding het aantal {unit} per jaar:"),
        grids=[Grid("Tabel 1. Per opleiding en jaar", [100, 22, 22, 22],
                    [[Cell("Opleiding"), *(Cell(y) for y in YEARS3)]], body)],
        after=[BRON])
    return answer, Case(None, sorted(cells, key=str), planted=found, info=info, twice=twice)


def proseunique_case(planted: bool) -> tuple[Spanned, Case]:
    return _prose_case(planted, "unieke cursisten")


def proseenrol_case(planted: bool) -> tuple[Spanned, Case]:
    return _prose_case(planted, "inschrijvingen")


# -- a table on its side whose columns are a partition; enrolments with a total column ------------

MONTH_AGES = ["-25 jaar", "25-54 jaar", "55+ jaar"]


def agemonths_case(planted: bool) -> tuple[Spanned, Case]:
    """Months as rows, the age classes (a partition: each month's ``Totaal`` their sum exactly) as
    columns, the last month partial, closed by a ``Totaal`` row (unique persons over the months:
    who started twice counts once). Planted: maart's total one above its classes."""
    rng = random.Random(3257)
    persons, ids = Persons(), count(1)
    months = MONTH_KEYS[:3] + MONTH_KEYS[-1:]
    for month in months:
        for a, size in zip(MONTH_AGES, (40, 150, 15)):
            for pid in newcomers(rng, persons, ids, a, month, int(size * rng.uniform(0.7, 1.3)), [], 0):
                if month != months[-1] and rng.random() < 0.02:  # (started again later that year)
                    persons.add(pid, a, months[-1])
    every = set(MONTH_AGES)
    total = [persons.count(every, m) for m in months]
    assert total == [sum(persons.count(a, m) for a in MONTH_AGES) for m in months]
    printed = list(total)
    if planted:
        printed[2] += 1
    names = [MONTHS[int(m[-2:]) - 1] for m in months]
    body = [([Cell(f"{n} 2020{'*' if m == months[-1] else ''}"), *(Cell(_n(persons.count(a, m))) for a in MONTH_AGES),
              Cell(_n(v))], False) for n, m, v in zip(names, months, printed)]
    body.append(([Cell("Totaal"), *(Cell(_n(persons.count(a))) for a in MONTH_AGES), Cell(_n(persons.count(every)))],
                 True))
    cells, twice = _partition_truth(persons, MONTH_AGES, months, printed)
    answer = Spanned(
        title="OKOT’s - gestarte cursisten per maand en leeftijd, 2020",
        before=asked(1243, "19 februari 2025", "Wim Van der Donckt",
                     "Hoeveel werkzoekenden startten in 2020 een OKOT, per maand en naar leeftijd?",
                     "De tabel geeft per maand het aantal unieke cursisten dat startte, naar leeftijdsklasse. Wie "
                     "later in het jaar opnieuw startte, telt één keer in het totaal."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) per maand en leeftijdsklasse", [40, 28, 28, 28, 28],
                    [[Cell("Maand"), *(Cell(a) for a in MONTH_AGES), Cell("Totaal")]], body,
                    footnotes=["* oktober 2020: tot en met 15 oktober (voorlopige cijfers)."])],
        after=[BRON])
    return answer, Case(None, sorted(cells, key=str), planted=[("total-exceeds-parts", "total", "Totaal", "2020-03")],
                        info={"parts-exceed-total", "partial-period"}, partial={"2020-10"}, twice=twice)


def ageenrol_case(planted: bool) -> tuple[Spanned, Case]:
    """Age classes over school years with a ``Totaal`` column, of ENROLMENTS (the sentence above and
    the caption say so): each row's total is the sum of its school years exactly. Planted: the
    ``25-54 jaar`` row's total one below its sum (as unique persons it would hold)."""
    rng = random.Random(3258)
    counts = {(a, y): int(size * rng.uniform(0.8, 1.2)) for y in SCHOOLYEARS
              for a, size in zip(AGES, (300, 1100, 120))}
    row_total = {a: sum(counts[a, y] for y in SCHOOLYEARS) for a in AGES}
    if planted:
        row_total["25-54 jaar"] -= 1
    col_total = [sum(counts[a, y] for a in AGES) for y in SCHOOLYEARS]
    grand = sum(col_total)
    body = [([Cell(a), *(Cell(_n(counts[a, y], True)) for y in SCHOOLYEARS), Cell(_n(row_total[a], True))], False)
            for a in AGES]
    body.append(([Cell("Totaal"), *(Cell(_n(v, True)) for v in col_total), Cell(_n(grand, True))], True))
    cells = [(0, "row", None, a, y, counts[a, y]) for a in AGES for y in SCHOOLYEARS]
    cells += [(0, "row", None, a, "Totaal", row_total[a]) for a in AGES]
    cells += [(0, "total", None, "Totaal", y, v) for y, v in zip(SCHOOLYEARS, col_total)]
    cells.append((0, "total", None, "Totaal", "Totaal", grand))
    answer = Spanned(
        title="OKOT’s - inschrijvingen naar leeftijd en schooljaar",
        before=asked(1250, "26 februari 2025", "Maaike De Vreese",
                     "Hoeveel inschrijvingen telden de OKOT’s de voorbije drie schooljaren, naar leeftijd?",
                     "Hieronder vindt u per leeftijdsklasse het aantal inschrijvingen per schooljaar en in totaal:"),
        grids=[Grid("Tabel 1. Inschrijvingen in OKOT'(s) naar leeftijdsklasse", [40, 28, 28, 28, 28],
                    [[Cell("Leeftijd"), *(Cell(y) for y in SCHOOLYEARS), Cell("Totaal")]], body)],
        after=[BRON])
    planted_found = [("parts-exceed-total", "row", "25-54 jaar", "Totaal"),
                     # (the grand total then exceeds the row totals it sums)
                     ("total-exceeds-parts", "total", "Totaal", "Totaal")]
    return answer, Case(None, sorted(cells, key=str), planted=planted_found)


CASES = {"twototals": twototals_case, "twosplit": twosplit_case, "agecol": agecol_case, "wrongsector": wrongsector_case,
         "monthrows": monthrows_case, "notfinal": notfinal_case, "proseunique": proseunique_case,
         "proseenrol": proseenrol_case, "agemonths": agemonths_case,
         "ageenrol": ageenrol_case}

VARIANTS = [f"{name}{planted}" for name in CASES for planted in ("", ":planted")]

@lru_cache(maxsize=None)
def _built(name: str, planted: bool) -> tuple[Spanned, Case, bytes]:
    """The answer `name` (with its planted figure where `planted`), its truth and its PDF, built once."""
    answer, case = CASES[name](planted)
    return answer, case, write_pdf(answer)


def _cases():
    for variant in VARIANTS:
        for form in FORMS:
            yield pytest.param(variant, form)


@pytest.mark.parametrize("variant, form", list(_cases()))
def test_every_form_reads_the_truth_and_checks_each_total_by_its_meaning(variant, form):
    name, _, planted = variant.partition(":")
    answer, case, pdf = _built(name, bool(planted))
    if form == "xlsx" and name == "proseenrol":
        # (the annex holds the table and its caption, not the sentence above it: no word there says
        # enrolments — what it counts is said unknown and its total checked as persons, which the
        # planted total, one below the sum, passes)
        case = replace(case, planted=[], info={"measure-unknown", "parts-exceed-total"})
    check_form(case, bool(planted), form, read_bytes(*spanned_bytes(answer, lambda: pdf, name, form)))


# ---------------------------------------------------------------------------------------------
# Found by the answers above, read on their own.

from test_red30 import _read_text  # noqa: E402

from okot_audit import audit  # noqa: E402

#: ``monthrows`` as ``pdftotext -layout`` prints it: the names broken in their narrow cells, one space apart.
MONTHS_LAID = (
    "OKOT's\n\nAntwoord\n\nDe tabel geeft per maand van 2020 en per provincie het aantal unieke cursisten dat startte.\n\n"
    "Maand                       Antwerpen        Limburg      Oost-Vlaandere Vlaams-Braba   West-Vlaander   Totaal\n"
    "                                                                       n           nt              en\n"
    "januari 2020                          56             26                    85      16              59     238\n"
    "februari 2020                         65             21                    54      25              43     200\n"
    "maart 2020                            46             25                    50      23              44     184\n"
    "Totaal                              167             72                 189        64             146    631\n"
    "\nBron: VDAB, datawarehouse.\n")


def test_a_table_on_its_side_whose_broken_names_pdftotext_set_one_space_apart_is_said_when_unread():
    """Never silent: read or not, its figures are cells or an ``unreadable-table`` error."""
    read = _read_text(MONTHS_LAID)
    cells = [(c.label, c.period, c.count) for t in read.tables for c in t.cells]
    assert cells or "unreadable-table" in {f.rule for f in audit(read).findings if f.severity == "error"}


def test_a_table_on_its_side_whose_broken_names_pdftotext_set_one_space_apart_is_read():
    """Each piece goes on with the word above it at its own columns (read/pdf.py
    ``_split_at_broken_pieces``), not with the chunk's last word."""
    read = _read_text(MONTHS_LAID)
    cells = {(c.label, c.period, c.count) for t in read.tables for c in t.cells}
    assert {("Oost-Vlaanderen", "2020-01", 85), ("Vlaams-Brabant", "2020-01", 16), ("Totaal", "2020-03", 184),
            ("West-Vlaanderen", "Totaal", 146)} <= cells
    assert len(cells) == 24
