"""Red team, round 31: answers in shapes no earlier round built, in every form.

Each answer is built from persons (the truth), described once as a grid of cells (round 30's
:class:`test_red30.Grid`) and printed from it as a PDF, an ``.xlsx`` annex, an HTML page and the
seeds' single-spaced text:

- ``newest``: a province x year matrix whose years run NEWEST first (``2023*`` partial by its
  footnote, then 2022, 2021), thousands with points, closed by ``Algemeen totaal``; unique persons.
- ``twokey``: a row key of two columns — the province repeated on every row (no merged cell) and the
  care code with its name — closed by an ``Eindtotaal`` spanning both; unique persons (who moved
  counts in two provinces).
- ``suppressed``: care codes by year whose small counts are withheld (``<5``), whose programmes that
  did not run print ``-`` or ``n.b.``, and one figure with a footnote marker (``118*``, a provisional
  figure); unique persons closed by ``Totaal``.
- ``twounits``: two tables one after the other with different units — unique persons by province,
  then enrolments (``inschrijvingen``, additive) by province, each closed by its own total line.
- ``peryear``: a table per year one after the other, each one column ``Aantal`` by province, its
  year named only by its caption (``Tabel 2. … in 2023 per provincie``).
- ``numcode``: a row key of two columns, ``Code`` and ``Opleiding``, the total spanning both; planted,
  a total below its largest row.

Each is built correct and with one planted wrong figure and read as the PDF, ``pdftotext -layout``,
plain ``pdftotext``, pdfplumber (plain and ``layout=True``), pypdf, the seeds' text, the ``.xlsx``
annex and the HTML page; the check is round 27's (tests/test_red27.py ``check_case``).

Found (each also read on its own below): a row's figures on a line of their own whose first cell is
a mark (pypdf: ``jaar`` / ``n.b. 138 45``) lost that blank, and with a total planted wrong the row
was unread (loud, but the wrong total never named); the ``.xlsx`` annex of ``peryear``, whose every
sheet opens with the answer's title ``… in 2022 en 2023`` over the caption, read the first table's
counts as 2023's without a word. Left open (said, never guessed): pdfplumber's ``… - 1ste - 45 144``
/ ``jaar``, where the dash may be a blank or the wrapped name's own (:data:`OPEN`).
"""

from __future__ import annotations

import random
from functools import lru_cache
from itertools import count

import pytest

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_red27 import Case, asked, read_cells  # noqa: E402
from test_red28 import CARE, TEACHERS, newcomers  # noqa: E402
from test_red29b import _coded  # noqa: E402
from test_red30 import (  # noqa: E402
    FORMS, Cell, Grid, Spanned, _n, check_form, read_bytes, spanned_bytes, write_pdf,
)
from test_unseen23 import PROVINCES, Persons  # noqa: E402

YEARS2 = ["2022", "2023"]
YEARS3 = ["2021", "2022", "2023"]


def newest_case(planted: bool) -> tuple[Spanned, Case]:
    rng = random.Random(3101)
    persons = Persons()
    ids = count(1)
    for year in YEARS3:
        for province, size in zip(PROVINCES, [1210, 560, 1380, 410, 990]):
            n = int(size * rng.uniform(0.8, 1.2) * (0.5 if year == "2023" else 1))
            for _ in newcomers(rng, persons, ids, province, year, n, [p for p in PROVINCES if p != province], 0.012):
                pass
    newest = YEARS3[::-1]
    total = [persons.count(set(PROVINCES), y) for y in newest]
    sums = [sum(persons.count(p, y) for p in PROVINCES) for y in newest]
    twice = set(zip(total, sums))
    if planted:  # 2022: the total printed above the sum of its provinces
        twice.discard((total[1], sums[1]))
        total[1] = sums[1] + 6
    body = [([Cell(p), *(Cell(_n(persons.count(p, y), True)) for y in newest)], False) for p in PROVINCES]
    body.append(([Cell("Algemeen totaal"), *(Cell(_n(v, True)) for v in total)], True))
    cells = [(0, "row", p, p, y, persons.count(p, y)) for p in PROVINCES for y in newest]
    cells += [(0, "total", None, "Algemeen totaal", y, v) for y, v in zip(newest, total)]
    answer = Spanned(
        title="OKOT’s - gestarte cursisten per provincie",
        before=asked(1012, "4 september 2024", "Stijn Bex",
                     "Hoeveel werkzoekenden startten de voorbije drie jaar een OKOT, per provincie?",
                     "De tabel geeft per provincie van de opleidingsplaats het aantal unieke cursisten dat startte, "
                     "het meest recente jaar eerst. Wie verhuisde, telt in beide provincies mee, maar één keer in "
                     "het totaal."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) per provincie",
                    [46, 24, 24, 24], [[Cell("Provincie"), Cell("2023*"), Cell("2022"), Cell("2021")]], body,
                    footnotes=["* 2023: van januari tot en met juni (voorlopige cijfers)."])],
        after=["Bron: VDAB, datawarehouse."])
    return answer, Case(None, sorted(cells, key=str),
                        planted=[("total-exceeds-parts", "total", "Algemeen totaal", "2022")],
                        info={"parts-exceed-total", "partial-period"}, partial={"2023"}, twice=twice)


TWOKEY_CARE = [CARE[2], CARE[3], CARE[10]]


def twokey_case(planted: bool) -> tuple[Spanned, Case]:
    rng = random.Random(3102)
    persons = Persons()
    ids = count(1)
    provinces = PROVINCES[:3]
    keys = [f"{p}|{c}" for p in provinces for c, _ in TWOKEY_CARE]
    for year in YEARS2:
        for key in keys:
            for _ in newcomers(rng, persons, ids, key, year, rng.randint(12, 90), [k for k in keys if k != key], 0.03):
                pass
    total = [persons.count(set(keys), y) for y in YEARS2]
    sums = [sum(persons.count(k, y) for k in keys) for y in YEARS2]
    twice = set(zip(total, sums))
    if planted:
        twice.discard((total[0], sums[0]))
        total[0] = sums[0] + 2
    body, cells = [], []
    for province in provinces:
        for code, name in TWOKEY_CARE:
            values = [persons.count(f"{province}|{code}", y) for y in YEARS2]
            body.append(([Cell(province), Cell(f"{code} {name}"), *(Cell(_n(v)) for v in values)], False))
            cells += [(0, "row", province, code, y, v) for y, v in zip(YEARS2, values)]
    body.append(([Cell("Eindtotaal", columns=2), *(Cell(_n(v)) for v in total)], True))
    cells += [(0, "total", None, "Eindtotaal", y, v) for y, v in zip(YEARS2, total)]
    answer = Spanned(
        title="OKOT’s in de zorg - gestarte cursisten per provincie en opleiding",
        before=asked(1025, "11 september 2024", "Katrien Schryvers",
                     "Hoeveel werkzoekenden startten in 2022 en 2023 een OKOT verpleegkunde, per provincie?",
                     "De tabel geeft per provincie van de opleidingsplaats en per opleiding het aantal unieke "
                     "cursisten dat startte. Wie twee opleidingen volgde of verhuisde, telt in beide mee, maar één "
                     "keer in het eindtotaal."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) per provincie en opleiding",
                    [32, 78, 22, 22], [[Cell("Provincie"), Cell("Opleiding"), *(Cell(y) for y in YEARS2)]], body,
                    labels=2)],
        after=["Bron: VDAB, datawarehouse."])
    return answer, Case(None, sorted(cells, key=str),
                        planted=[("total-exceeds-parts", "total", "Eindtotaal", "2022")],
                        info={"parts-exceed-total"}, twice=twice)


SUPPRESSED_CARE = CARE[:6]
#: (code, year): what is printed instead of a count — a small count withheld, a programme that did
#: not run (no figure)
SMALL = {("900124", "2021"): 3, ("900612", "2023"): 2}
NOT_RUN = {("900123", "2021"): "-", ("900611", "2021"): "n.b."}
MARKED = ("900613", "2023")  # a figure with a footnote marker


def suppressed_case(planted: bool) -> tuple[Spanned, Case]:
    rng = random.Random(3103)
    persons = Persons()
    ids = count(1)
    keys = [c for c, _ in SUPPRESSED_CARE]
    for year in YEARS3:
        for code in keys:
            if (code, year) in NOT_RUN:
                continue
            n = SMALL.get((code, year)) or rng.randint(25, 150)
            others = [c for c in keys if c != code and (c, year) not in NOT_RUN and (c, year) not in SMALL]
            for _ in newcomers(rng, persons, ids, code, year, n, others if n > 5 else [], 0.03):
                pass
    total = [persons.count(set(keys), y) for y in YEARS3]
    sums = [sum(persons.count(c, y) for c in keys) for y in YEARS3]
    twice = {(t, s) for t, s, y in zip(total, sums, YEARS3) if not any((c, y) in SMALL for c in keys)}
    if planted:  # 2022: the total printed above the sum of its rows
        twice.discard((total[1], sums[1]))
        total[1] = sums[1] + 3
    body, cells, withheld = [], [], set()
    for code, name in SUPPRESSED_CARE:
        printed = []
        for year in YEARS3:
            n = persons.count(code, year)
            if (code, year) in NOT_RUN:
                printed.append(NOT_RUN[code, year])
            elif (code, year) in SMALL:
                printed.append("<5")
                withheld.add((None, name, year, "<5"))
            else:
                printed.append(f"{n}*" if (code, year) == MARKED else str(n))
                cells.append((0, "row", None, code, year, n))
        body.append(([Cell(f"{code}: {name}"), *(Cell(t) for t in printed)], False))
    body.append(([Cell("Totaal"), *(Cell(_n(v)) for v in total)], True))
    cells += [(0, "total", None, "Totaal", y, v) for y, v in zip(YEARS3, total)]
    answer = Spanned(
        title="OKOT’s in de zorg - gestarte cursisten per opleiding",
        before=asked(1031, "18 september 2024", "Nadia Naji",
                     "Hoeveel werkzoekenden startten sinds 2021 een OKOT in de zorg, per opleiding?",
                     "De tabel geeft per opleiding het aantal unieke cursisten dat startte. Wie twee "
                     "opleidingsjaren volgde, telt in beide mee, maar één keer in het totaal."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) in de zorg per opleiding",
                    [84, 22, 22, 22], [[Cell("Opleiding"), *(Cell(y) for y in YEARS3)]], body,
                    footnotes=["<5: minder dan vijf cursisten; om privacyredenen niet vermeld.",
                               "-, n.b.: de opleiding werd dat jaar niet ingericht.",
                               "* voorlopig cijfer."])],
        after=["Bron: VDAB, datawarehouse."])
    return answer, Case(None, sorted(cells, key=str),
                        planted=[("total-exceeds-parts", "total", "Totaal", "2022")],
                        info={"parts-exceed-total", "count-withheld"}, withheld=withheld, twice=twice)


def twounits_case(planted: bool) -> tuple[Spanned, Case]:
    rng = random.Random(3104)
    persons = Persons()  # (person, province, year): a person enrolled once per programme
    enrolments: dict[tuple[str, str], int] = {}
    ids = count(1)
    provinces = PROVINCES
    for year in YEARS2:
        for province in provinces:
            for pid in newcomers(rng, persons, ids, province, year, rng.randint(150, 700),
                                 [p for p in provinces if p != province], 0.015):
                pass
    for year in YEARS2:
        for province in provinces:
            n = persons.count(province, year)
            enrolments[province, year] = n + rng.randint(0, n // 10)  # a second enrolment
    total1 = [persons.count(set(provinces), y) for y in YEARS2]
    sums1 = [sum(persons.count(p, y) for p in provinces) for y in YEARS2]
    twice = set(zip(total1, sums1))
    total2 = [sum(enrolments[p, y] for p in provinces) for y in YEARS2]
    if planted:  # 2023: the enrolments' total five below their sum (additive: must equal it)
        total2[1] -= 5
    body1 = [([Cell(p), *(Cell(_n(persons.count(p, y))) for y in YEARS2)], False) for p in provinces]
    body1.append(([Cell("Totaal unieke cursisten"), *(Cell(_n(v)) for v in total1)], True))
    body2 = [([Cell(p), *(Cell(_n(enrolments[p, y])) for y in YEARS2)], False) for p in provinces]
    body2.append(([Cell("Totaal inschrijvingen"), *(Cell(_n(v)) for v in total2)], True))
    cells = [(0, "row", p, p, y, persons.count(p, y)) for p in provinces for y in YEARS2]
    cells += [(0, "total", None, "Totaal unieke cursisten", y, v) for y, v in zip(YEARS2, total1)]
    cells += [(1, "row", p, p, y, enrolments[p, y]) for p in provinces for y in YEARS2]
    cells += [(1, "total", None, "Totaal inschrijvingen", y, v) for y, v in zip(YEARS2, total2)]
    answer = Spanned(
        title="OKOT’s - cursisten en inschrijvingen per provincie",
        before=asked(1040, "25 september 2024", "Hannes Anaf",
                     "Hoeveel werkzoekenden startten in 2022 en 2023 een OKOT, en hoeveel inschrijvingen waren er, "
                     "per provincie?",
                     "De eerste tabel geeft per provincie het aantal unieke cursisten dat startte; wie verhuisde, "
                     "telt in beide provincies mee, maar één keer in het totaal. De tweede tabel telt de "
                     "inschrijvingen: een cursist kan zich meer dan eens inschrijven."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) per provincie",
                    [56, 24, 24], [[Cell("Provincie"), *(Cell(y) for y in YEARS2)]], body1),
               Grid("Tabel 2. Aantal inschrijvingen voor een OKOT per provincie",
                    [56, 24, 24], [[Cell("Provincie"), *(Cell(y) for y in YEARS2)]], body2)],
        after=["Bron: VDAB, datawarehouse."])
    return answer, Case(None, sorted(cells, key=str),
                        planted=[("parts-exceed-total", "total", "Totaal inschrijvingen", "2023")],
                        info={"parts-exceed-total"}, twice=twice)


def peryear_case(planted: bool) -> tuple[Spanned, Case]:
    rng = random.Random(3105)
    persons = Persons()
    ids = count(1)
    for year in YEARS2:
        for province, size in zip(PROVINCES, [640, 310, 720, 220, 530]):
            for _ in newcomers(rng, persons, ids, province, year, int(size * rng.uniform(0.8, 1.2)),
                               [p for p in PROVINCES if p != province], 0.015):
                pass
    grids, cells, twice = [], [], set()
    for n, year in enumerate(YEARS2):
        total = persons.count(set(PROVINCES), year)
        parts = sum(persons.count(p, year) for p in PROVINCES)
        if planted and n == 1:  # the second table's total above the sum of its provinces
            total = parts + 4
        else:
            twice.add((total, parts))
        body = [([Cell(p), Cell(_n(persons.count(p, year), True))], False) for p in PROVINCES]
        body.append(([Cell("Totaal"), Cell(_n(total, True))], True))
        cells += [(n, "row", p, p, year, persons.count(p, year)) for p in PROVINCES]
        cells.append((n, "total", None, "Totaal", year, total))
        grids.append(Grid(f"Tabel {n + 1}. Unieke cursisten met gestarte OKOT'(s) in {year} per provincie",
                          [56, 28], [[Cell("Provincie"), Cell("Aantal")]], body))
    answer = Spanned(
        title="OKOT’s - gestarte cursisten per provincie in 2022 en 2023",
        before=asked(1047, "2 oktober 2024", "Maaike De Vreese",
                     "Hoeveel werkzoekenden startten in 2022 en in 2023 een OKOT, per provincie?",
                     "Per jaar volgt een tabel met het aantal unieke cursisten dat startte, per provincie van de "
                     "opleidingsplaats. Wie verhuisde, telt in beide provincies mee, maar één keer in het totaal."),
        grids=grids, after=["Bron: VDAB, datawarehouse."])
    return answer, Case(None, sorted(cells, key=str),
                        planted=[("total-exceeds-parts", "total", "Totaal", "2023")],
                        info={"parts-exceed-total"}, twice=twice)


NUMBERED_TEACHERS = TEACHERS[:4]


def numcode_case(planted: bool) -> tuple[Spanned, Case]:
    persons = _coded(random.Random(3106), NUMBERED_TEACHERS, YEARS3, 20, 130)
    keys = [c for c, _ in NUMBERED_TEACHERS]
    total = [persons.count(set(keys), y) for y in YEARS3]
    sums = [sum(persons.count(c, y) for c in keys) for y in YEARS3]
    twice = set(zip(total, sums))
    if planted:  # 2021: the total below its largest row
        twice.discard((total[0], sums[0]))
        total[0] = max(persons.count(c, "2021") for c in keys) - 3
    body = [([Cell(c), Cell(name), *(Cell(_n(persons.count(c, y))) for y in YEARS3)], False)
            for c, name in NUMBERED_TEACHERS]
    body.append(([Cell("Totaal", columns=2), *(Cell(_n(v)) for v in total)], True))
    cells = [(0, "row", None, c, y, persons.count(c, y)) for c in keys for y in YEARS3]
    cells += [(0, "total", None, "Totaal", y, v) for y, v in zip(YEARS3, total)]
    answer = Spanned(
        title="OKOT’s tot leerkracht - gestarte cursisten per opleiding",
        before=asked(1053, "9 oktober 2024", "Koen Daniëls",
                     "Hoeveel werkzoekenden startten sinds 2021 een OKOT tot leraar kleuter- of lager onderwijs?",
                     "De tabel geeft per opleidingscode het aantal unieke cursisten dat startte. Wie twee "
                     "opleidingsjaren volgde, telt in beide mee, maar één keer in het totaal."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) per opleiding",
                    [20, 76, 20, 20, 20], [[Cell("Code"), Cell("Opleiding"), *(Cell(y) for y in YEARS3)]], body,
                    labels=2)],
        after=["Bron: VDAB, datawarehouse."])
    return answer, Case(None, sorted(cells, key=str),
                        planted=[("total-below-largest-part", "total", "Totaal", "2021")],
                        info={"parts-exceed-total"}, twice=twice)


CASES = {"newest": newest_case, "twokey": twokey_case, "suppressed": suppressed_case, "twounits": twounits_case,
         "peryear": peryear_case, "numcode": numcode_case}


@lru_cache(maxsize=None)
def case_of(name: str, planted: bool) -> tuple[Spanned, Case]:
    return CASES[name](planted)


@lru_cache(maxsize=None)
def pdf_of(name: str, planted: bool) -> bytes:
    return write_pdf(case_of(name, planted)[0])


def form_bytes(name: str, planted: bool, form: str) -> tuple[bytes, str]:
    return spanned_bytes(case_of(name, planted)[0], lambda: pdf_of(name, planted), name, form)


def read_form(name: str, planted: bool, form: str):
    return read_bytes(*form_bytes(name, planted, form))


#: Readings the text leaves open and the totals cannot choose: (variant, form) → the row said
#: ambiguous. pdfplumber's ``900123: … zorgkundige - 1ste - 45 144`` / ``jaar``: the dash may be a
#: blank (2021) or the name's own before its wrapped last word, which leaves 45 and 144 under any
#: two of the three periods; with the 2022 total planted wrong no placement fits.
OPEN = {("suppressed:planted", "pdfplumber"): "900123", ("suppressed:planted", "pdfplumber-layout"): "900123"}
VARIANTS = [f"{name}{planted}" for name in CASES for planted in ("", ":planted")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("variant", VARIANTS)
def test_every_form_reads_the_truth_and_reports_exactly_what_it_holds(variant, form):
    name, _, planted = variant.partition(":")
    case, read = case_of(name, bool(planted))[1], read_form(name, bool(planted), form)
    if (variant, form) in OPEN:
        # (single spaces, the row's name going on below a dash: the row's figures may stand under any
        # two of its three periods, and the totals, one planted wrong, choose none — said, never guessed)
        lost = {c for c in case.cells if c[3] == OPEN[variant, form]}
        assert set(read_cells(read)) == set(case.cells) - lost
        assert [(f.rule, f.training_code) for f in audit(read).findings if f.severity == "error"] == [
            ("ambiguous-alignment", OPEN[variant, form])]
        return
    check_form(case, bool(planted), form, read)


# ---------------------------------------------------------------------------------------------
# Found by the answers above, read on their own.


def _read_text(text: str):
    return read_bytes(text.encode(), "a.txt")


MARKED_BELOW = ("OKOT's in de zorg\n\nAntwoord\n\nDe tabel geeft per opleiding het aantal unieke cursisten dat "
                "startte.\n\nOpleiding 2021 2022 2023\n900123: Tweedekansonderwijs zorgkundige - 1ste\njaar\n{first}\n"
                "900611: Professionele bachelor verpleegkunde - 1ste\njaar\n{second}\n"
                "900613: Professionele bachelor verpleegkunde - 3de\njaar\n110 69 40\nTotaal {total}\n\n"
                "n.b.: de opleiding werd dat jaar niet ingericht.\n\nBron: VDAB.\n")


@pytest.mark.parametrize(("first", "second"), [("12 45 144", "n.b. 138 45"), ("12 45 144", "x 138 45"),
                                               ("- 45 144", "n.b. 138 45"), ("n.b. 45 144", "n.b. 138 45")])
@pytest.mark.parametrize("total", ["110 252 229", "110 255 229"])  # (correct; 2022 printed 3 above its rows)
def test_a_mark_first_on_a_line_of_figures_alone_is_the_rows_first_blank(first, second, total):
    """``suppressed`` in pypdf's text: a row's figures on a line of their own below its wrapped name,
    its first cell printed as a mark (``n.b. 138 45``, ``- 45 144`` where the answer prints blanks as
    marks elsewhere). Before, the mark was made a space that no one read (a figure line's leading
    space) and the text was taken for single-spaced: 138 and 45 could stand under any two periods;
    on a correct answer the totals chose, but with one total printed wrong no placement fitted and
    the row was said ambiguous, its counts lost, the wrong total never named. The mark first on such a
    line marks its blank as a mark between figures does (parse/__init__.py ``_collapsed``); a dash
    first on the line is found as one among figures is (parse/blanks.py ``_DASH_MARK``)."""
    read = _read_text(MARKED_BELOW.format(first=first, second=second, total=total))
    assert sorted((c.code, c.period, c.count) for t in read.tables for c in t.cells if c.code in ("900123", "900611")) == (
        [("900123", "2021", 12)] if first.startswith("12") else []) + [
        ("900123", "2022", 45), ("900123", "2023", 144), ("900611", "2022", 138), ("900611", "2023", 45)]
    errors = [(f.rule, f.period) for f in audit(read).findings if f.severity == "error"]
    assert errors == ([] if total.startswith("110 252") else [("total-exceeds-parts", "2022")])


def test_a_lone_dash_first_on_a_line_of_figures_is_left_to_the_totals():
    """The same line with a dash where the answer prints no other mark: the dash may be the name's
    (``… verpleegkunde -`` / ``- 45 144``), so the totals choose; with none fitting the row is said."""
    read = _read_text(MARKED_BELOW.format(first="- 45 144", second="12 138 45", total="122 255 229"))
    assert [(f.rule, f.training_code) for f in audit(read).findings if f.severity == "error"] == [
        ("ambiguous-alignment", "900123")]


def test_a_list_of_dashes_in_the_prose_is_no_row():
    """Prose bulleted with dashes, a bullet of figures alone: no cell, no blank, still said."""
    text = MARKED_BELOW.format(first="12 45 144", second="12 138 45", total="134 252 229").replace(
        "Bron: VDAB.", "Ter vergelijking:\n- 2019 en 2020\n- 45 144\n\nBron: VDAB.")
    read = _read_text(text)
    assert len([c for t in read.tables for c in t.cells]) == 12
    assert not [f for f in audit(read).findings if f.severity == "error"]


TITLED = ("OKOT’s - gestarte cursisten per provincie {years}\n{caption}\n{gap}Provincie Aantal\nAntwerpen 642\n"
          "Limburg 373\nTotaal 1.000\n\nBron: VDAB.\n")


@pytest.mark.parametrize("gap", ["", "\n"])
@pytest.mark.parametrize("years", ["in 2022 en 2023", "2022 en 2023"])
def test_a_title_naming_two_years_over_the_caption_of_a_one_column_table(years, gap):
    """``peryear`` as its ``.xlsx`` annex: each sheet opens with the answer's title (``… per provincie
    in 2022 en 2023``), then the table's caption naming its one year, then ``Provincie Aantal``.
    Before, the title's last year was taken for the header's period list: the first sheet's counts
    read as 2023's, without a word. A line whose one period ends a sentence naming another year is
    no header's period (parse/regions.py ``_one_period_in_prose``), and the header line nearest the
    columns that names a year gives the period (parse/__init__.py ``_nearest_line_period``)."""
    read = _read_text(TITLED.format(years=years, gap=gap,
                                    caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) in 2022 per provincie"))
    assert [(c.label, c.period, c.count) for t in read.tables for c in t.cells] == [
        ("Antwerpen", "2022", 642), ("Limburg", "2022", 373), ("Totaal", "2022", 1000)]


def test_a_title_naming_two_years_over_a_caption_naming_none_is_said():
    """The same title over a caption that names no year: which year the column counts is not read,
    and it is said (before: the title's last year, 2023, silently)."""
    read = _read_text(TITLED.format(years="in 2022 en 2023", gap="",
                                    caption="Tabel 1. Unieke cursisten met gestarte OKOT'(s) per provincie"))
    assert [c for t in read.tables for c in t.cells] == []
    assert [(f.rule, f.line) for f in audit(read).findings if f.severity == "error"] == [("unreadable-table", 1)]
