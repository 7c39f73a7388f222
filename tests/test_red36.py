"""Red team, round 36: answers written as a person at the ministry would, in every form a user holds.

Each answer is a grid of cells written by hand (the truth: every figure, every blank), printed with
round 30's helpers (tests/test_red30.py: a ruled PDF by fpdf2, its extractors' text — ``pdftotext
-layout``, plain ``pdftotext``, pdfplumber, pypdf —, the seeds' single-spaced text, an ``.xlsx`` annex,
an HTML page) and read back; the audit must find exactly the error planted (or none):

- ``sectors`` (``_nohead``, ``_word``, ``_planted``): programmes without codes in sector blocks (``Zorg``
  … ``Subtotaal zorg``, ``Onderwijs`` … ``Subtotaal onderwijs``) under a grand ``Totaal``, the last year
  partial by its footnote; with a heading row per sector, without, with ``Sector: Zorg`` as the heading,
  and with the grand total too high.
- ``sectorcol``: the same with the sector as a first column whose cell spans its rows, set in their
  middle (as Word centres a merged cell), each subtotal spanning both label columns.
- ``misplaced``: a teacher-training programme in the ``Zorg`` block (a ``code-outside-sector`` error).
- ``twototals`` (``_planted``, ``_rev``, ``uniqueover``): ``Totaal inschrijvingen`` (additive) and
  ``Totaal unieke cursisten`` (unique) under the same rows, in either order, in a narrow label column
  (``_rev``: ``Totaal unieke cursisten`` wraps); planted: enrolments one too many or one too few, the
  unique persons above the enrolments' sum.
- ``schoolpart``: two tables over school years (``2023-2024*`` partial by its footnote): education
  levels (a partition, its total one too high in 2021-2022) beside provinces (unique persons).
- ``prosesingle``, ``prose_schoolyear``: one period named only in the prose (``in 2021``, ``in het
  schooljaar 2022-2023``) over an ``Aantal`` column.
- ``many``: four tables (gender, age, education level, province) with prose full of numbers after
  each; the age classes' total one too high.
- ``p_*``: a partition whose total is one too low (an error, never the info of unique persons): by
  gender (``Mannen``/``Vrouwen``; ``Man``/``Vrouw``/``X``), age (``jonger dan 25 jaar``; ``<25``,
  ``25-49``, ``50+``), education level (``Laag``/``Midden``/``Hoog``/``Onbekend``; ``Kortgeschoold``),
  nationality, and how long one was a jobseeker (``< 1 jaar werkzoekend``; bare ``< 1 jaar`` under a
  ``Werkloosheidsduur`` column; ``Langdurig werkzoekend``).
- ``schoolmonths``: enrolments by month of a school year across two calendar years (``sep 2023`` …
  ``feb 2024*``), a ``-``.
- ``schoolrows``: a table on its side — school years as rows, sectors as columns and a ``Totaal``.
- ``bigmulti``: four tables in one answer (sector blocks closed by ``Totaal zorg`` under ``Algemeen
  totaal``, the two totals, gender with a planted error, months with a partial last month), the prose
  between them full of numbers.

Found and mended (each also read on its own below, from exact text): a sector's merged cell printed on
one of its rows' lines (``Zorg Zorgkundige 412 455``) was glued into that row's label in five forms
(parse/regions.py); a partition by how long one was a jobseeker was read as programmes, its total one
too low an ``info`` (patterns.PARTITIONS); a label column named by an attribute (``Werkloosheidsduur``,
``Nationaliteit``) was not seen in laid-out text whose caption the header took in (parse/__init__.py);
an age class printed as a bound alone (``<25  702  744``) was taken for a withheld count and the row
refused (parse/__init__.py); a total's words wrapped below its figures (``Totaal unieke 671 730`` /
``cursisten``) ended the table, the ``Totaal inschrijvingen`` below it unread (parse/regions.py); a table
on its side whose columns are sectors was refused (parse/transposed.py); a sector's heading line with its
word (``Sector zorg``, ``Sector: Onderwijs``) over rows without codes was glued into the first row's label
(parse/regions.py).

Read right, every cell, in every form but those of :data:`SAID` (each said at its line, with its cause):
27 answers x 9 forms.
"""

from __future__ import annotations

import collections
import re
from functools import lru_cache

import pytest

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_red30 import FORMS, Cell, Grid, read_bytes, spanned_bytes, write_pdf  # noqa: E402
from test_red35 import _answer, _cells, _figure, _grid, _truth  # noqa: E402

from okot_audit import audit, read_text  # noqa: E402

SAID_RULES = {"unreadable-table", "ambiguous-alignment"}
Y3 = ["2021", "2022", "2023"]
Y3P = ["2021", "2022", "2023*"]
Y2 = ["2022", "2023"]
ZORG = [("Zorgkundige", "412", "455", "238"), ("Verpleegkundige (HBO5)", "301", "322", "160"),
        ("Graduaat orthopedagogie", "118", "131", "70")]
ONDERWIJS = [("Educatieve bachelor lager onderwijs", "97", "120", "64"), ("Verkorte educatieve master", "79", "88", "41")]
SUBTOTALS = {"Zorg": ("Subtotaal zorg", "825", "900", "463"), "Onderwijs": ("Subtotaal onderwijs", "174", "206", "104")}
ASK_SECTORS = ("OKOT's in zorg en onderwijs", 612, "3 oktober 2023", "Vera Jans",
               "Hoeveel werkzoekenden startten sinds 2021 een OKOT in de zorg of het onderwijs?",
               "Wie twee opleidingen volgde telt in elk ervan mee, maar één keer in het subtotaal en het totaal.")
HALF = "* 2023: januari tot en met juni 2023 (voorlopige cijfers)."


def sectors(headings: str | None = "{}", planted: bool = False):
    body, truth = [], []
    for name, rows in (("Zorg", ZORG), ("Onderwijs", ONDERWIJS)):
        if headings is not None:
            body.append(([Cell(headings.format(name), columns=4)], True))
        body += [(_cells(*r), False) for r in rows]
        body.append((_cells(*SUBTOTALS[name]), True))
        truth += _truth([*rows, SUBTOTALS[name]], Y3)
    total = ("Totaal", "996", "1.107" if planted else "1.103", "565")
    body.append((_cells(*total), True))
    grid = Grid("Tabel 1. Unieke cursisten met gestarte OKOT per sector en opleiding", [80, 22, 22, 22],
                [_cells("Opleiding", *Y3P)], body, footnotes=[HALF])
    return _answer(*ASK_SECTORS, [grid]), truth + _truth([total], Y3)


def sectorcol():
    body, truth = [], []
    for name, rows in (("Zorg", ZORG), ("Onderwijs", ONDERWIJS)):
        body.append(([Cell(name, rows=len(rows)), *_cells(*rows[0])], False))
        body += [(_cells(*r), False) for r in rows[1:]]
        body.append(([Cell(SUBTOTALS[name][0], columns=2), *_cells(*SUBTOTALS[name][1:])], True))
        truth += _truth([*rows, SUBTOTALS[name]], Y3)
    body.append(([Cell("Totaal", columns=2), *_cells("996", "1.103", "565")], True))
    grid = Grid("Tabel 1. Unieke cursisten met gestarte OKOT per sector en opleiding", [26, 66, 22, 22, 22],
                [_cells("Sector", "Opleiding", *Y3P)], body, labels=2, middle=True, footnotes=[HALF])
    return _answer(*ASK_SECTORS, [grid]), truth + _truth([("Totaal", "996", "1.103", "565")], Y3)


def misplaced():
    rows = [("Zorgkundige", "412", "455"), ("Educatieve bachelor lager onderwijs", "97", "120"),
            ("Subtotaal zorg", "505", "570"), ("Verkorte educatieve master", "79", "88"), ("Subtotaal onderwijs", "79", "88"),
            ("Totaal", "584", "658")]
    body = [([Cell("Zorg", columns=3)], True), *[(_cells(*r), r[0].startswith(("Sub", "Tot"))) for r in rows[:3]],
            ([Cell("Onderwijs", columns=3)], True), *[(_cells(*r), r[0].startswith(("Sub", "Tot"))) for r in rows[3:]]]
    grid = Grid("Gestarte unieke cursisten per sector", [80, 22, 22], [_cells("Opleiding", *Y2)], body)
    return _answer("OKOT per sector", 5, "1 februari 2024", "Jan Laeremans", "Hoeveel cursisten startten per sector?",
                   "Hieronder per sector het aantal unieke cursisten.", [grid]), _truth(rows, Y2)


CARE3 = [("Graduaat verpleegkunde", "204", "231", "256"), ("Bachelor verpleegkunde", "150", "162", "171"),
         ("Zorgkundige", "333", "351", "340")]
BOTH = ("Totaal inschrijvingen", "Totaal unieke cursisten")


def _two(rows, width=70, periods=("2020", "2021", "2022")):
    grid = _grid("Inschrijvingen en unieke cursisten in een OKOT zorg", [width] + [22] * len(periods), list(periods), rows,
                 "Opleiding", totals=BOTH)
    return _answer("OKOT in de zorg", 77, "9 januari 2023", "Jan Laeremans",
                   "Hoeveel inschrijvingen en hoeveel unieke cursisten telden de OKOT's in de zorg?",
                   "Een cursist kan zich in één jaar voor meer dan één opleiding inschrijven; hij telt dan één keer als "
                   "unieke cursist.", [grid]), _truth(rows, list(periods))


def twototals(planted: bool = False):
    return _two([*CARE3, ("Totaal inschrijvingen", "687", "745" if planted else "744", "767"),
                 ("Totaal unieke cursisten", "671", "730", "749")])


def twototals_rev():
    # (a narrow label column: ``Totaal unieke cursisten`` wraps; the enrolments one too few in 2021)
    return _two([*CARE3, ("Totaal unieke cursisten", "671", "730", "749"), ("Totaal inschrijvingen", "687", "743", "767")],
                width=40)


def uniqueover():
    return _two([("Zorgkundige", "430", "481"), ("Verpleegkundige (HBO5)", "318", "340"), ("Totaal inschrijvingen", "748", "821"),
                 ("Totaal unieke cursisten", "705", "822")], periods=("2022", "2023"))


SY = ["2020-2021", "2021-2022", "2022-2023", "2023-2024*"]


def schoolpart():
    levels = [("Laaggeschoold", "402", "431", "455", "212"), ("Middengeschoold", "1.204", "1.187", "1.240", "598"),
              ("Hooggeschoold", "688", "702", "731", "350"), ("Totaal", "2.294", "2.321", "2.426", "1.160")]
    provinces = [("Antwerpen", "640", "655", "690", "331"), ("Limburg", "310", "318", "322", "160"),
                 ("Oost-Vlaanderen", "702", "690", "731", "349"), ("Vlaams-Brabant", "211", "219", "230", "111"),
                 ("West-Vlaanderen", "440", "447", "461", "214"), ("Vlaams Gewest", "2.294", "2.320", "2.426", "1.160")]
    note = "* 2023-2024: september tot en met december 2023."
    plain = [s.rstrip("*") for s in SY]
    return _answer("OKOT per onderwijsniveau en provincie", 205, "12 februari 2024", "Stijn Bex",
                   "Hoeveel cursisten startten per schooljaar een OKOT, naar onderwijsniveau en provincie?",
                   "Elke cursist heeft één onderwijsniveau. Wie in een schooljaar verhuisde, telt in twee provincies.",
                   [_grid("Tabel 1. Gestarte unieke cursisten naar onderwijsniveau", [50, 26, 26, 26, 26], SY, levels,
                          "Onderwijsniveau", footnotes=[note]),
                    _grid("Tabel 2. Gestarte unieke cursisten per provincie", [50, 26, 26, 26, 26], SY, provinces, "Provincie",
                          totals=("Vlaams Gewest",), footnotes=[note + " Wie verhuisde, telt in beide provincies mee."])]), \
        _truth(levels, plain) + _truth(provinces, plain)


def prosesingle():
    rows = [("Antwerpen", "1.021"), ("Limburg", "475"), ("Oost-Vlaanderen", "1.098"), ("Vlaams-Brabant", "402"),
            ("West-Vlaanderen", "712"), ("Vlaams Gewest", "3.699")]
    return _answer("OKOT per provincie in 2021", 301, "15 maart 2022", "Annick De Ridder",
                   "Hoeveel werkzoekenden startten in 2021 een OKOT, per provincie?",
                   "In 2021 startten 3.699 unieke cursisten een OKOT. Wie verhuisde, telt in beide provincies mee.",
                   [_grid("Gestarte unieke cursisten per provincie", [60, 30], ["Aantal"], rows, "Provincie",
                          totals=("Vlaams Gewest",))]), [(r[0], "2021", _figure(r[1])) for r in rows]


def prose_schoolyear():
    rows = [("Graduaat orthopedagogie", "131"), ("Zorgkundige", "455"), ("Verpleegkundige (HBO5)", "322"), ("Totaal", "900")]
    return _answer("OKOT in de zorg", 301, "15 september 2023", "Annick De Ridder",
                   "Hoeveel werkzoekenden startten in het schooljaar 2022-2023 een OKOT in de zorg?",
                   "In het schooljaar 2022-2023 (1 september 2022 tot 31 augustus 2023) startten 900 unieke cursisten een "
                   "OKOT in de zorg; in 2021-2022 waren dat er 825.",
                   [_grid("Unieke cursisten met gestarte OKOT", [70, 30], ["Aantal"], rows, "Opleiding")]), \
        [(r[0], "2022-2023", _figure(r[1])) for r in rows]


def many():
    gender = [("Man", "1.602", "1.710"), ("Vrouw", "2.660", "2.802"), ("Totaal", "4.262", "4.512")]
    age = [("-25 jaar", "702", "744"), ("25-54 jaar", "3.311", "3.502"), ("55+ jaar", "249", "266"), ("Totaal", "4.262", "4.513")]
    level = [("laaggeschoold", "988", "1.040"), ("middengeschoold", "2.101", "2.231"), ("hooggeschoold", "1.173", "1.241"),
             ("Totaal", "4.262", "4.512")]
    place = [("Antwerpen", "1.180", "1.241"), ("Limburg", "540", "571"), ("Oost-Vlaanderen", "1.260", "1.333"),
             ("Vlaams-Brabant", "470", "497"), ("West-Vlaanderen", "840", "899"), ("Totaal", "4.262", "4.512")]
    years = ["2021", "2022"]
    grids = [
        _grid("Tabel 1. Gestarte unieke cursisten naar geslacht", [50, 26, 26], years, gender, "Geslacht",
              footnotes=["In 2022 startten 4.512 unieke cursisten, 250 of 5,9% meer dan de 4.262 van 2021. Vraag 2 van "
                         "de vraagsteller (nr. 118 van 3 maart 2023) wordt hieronder beantwoord."]),
        _grid("Tabel 2. Gestarte unieke cursisten naar leeftijd", [50, 26, 26], years, age, "Leeftijd",
              footnotes=["Het aandeel 25-54 jaar bleef stabiel op 78%; 266 cursisten waren 55 jaar of ouder in 2022."]),
        _grid("Tabel 3. Gestarte unieke cursisten naar onderwijsniveau", [50, 26, 26], years, level, "Onderwijsniveau",
              footnotes=["In 2022 telden we 4.774 inschrijvingen voor 4.512 cursisten, dus 262 dubbele inschrijvingen."]),
        _grid("Tabel 4. Gestarte unieke cursisten per provincie", [50, 26, 26], years, place, "Provincie",
              footnotes=["Wie verhuisde, telt in beide provincies mee, maar één keer in het totaal (1 à 2% van de 4.512)."]),
    ]
    return _answer("Profiel van de OKOT-cursisten", 118, "3 maart 2023", "Katrien Schryvers",
                   "Wat is het profiel van de cursisten die in 2021 en 2022 een OKOT startten?",
                   "Hieronder vier tabellen: naar geslacht, leeftijd, onderwijsniveau en provincie.", grids), \
        sum((_truth(t, years) for t in (gender, age, level, place)), [])


def _dutch(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def partition(parts, caption, corner):
    """Categories of persons over two years, the total one too low in 2023 (a partition: an error)."""
    rows = [(label, _dutch(a), _dutch(b)) for label, a, b in parts]
    rows.append(("Totaal", _dutch(sum(a for _, a, _ in parts)), _dutch(sum(b for _, _, b in parts) - 1)))
    return _answer("Profiel OKOT-cursisten", 54, "4 april 2024", "Kris Verduyckt",
                   "Wat is het profiel van de cursisten die in 2022 en 2023 een OKOT startten?",
                   "Elke cursist telt één keer, in de categorie bij de start.",
                   [_grid(caption, [60, 26, 26], Y2, rows, corner)]), _truth(rows, Y2)


PARTITIONS = {
    "p_gender": ([("Mannen", 1602, 1710), ("Vrouwen", 2660, 2802)], "Gestarte unieke cursisten naar geslacht", "Geslacht"),
    "p_gender_x": ([("Man", 1602, 1710), ("Vrouw", 2660, 2802), ("X", 3, 5)], "Gestarte unieke cursisten naar gender",
                   "Gender"),
    "p_age": ([("jonger dan 25 jaar", 702, 744), ("25 tot 50 jaar", 3011, 3202), ("50 jaar en ouder", 549, 566)],
              "Gestarte unieke cursisten naar leeftijd", "Leeftijd"),
    "p_age_marks": ([("<25", 702, 744), ("25-49", 3011, 3202), ("50+", 549, 566)],
                    "Gestarte unieke cursisten naar leeftijdsklasse", "Leeftijdsklasse"),
    "p_level": ([("Laag", 988, 1040), ("Midden", 2101, 2231), ("Hoog", 1173, 1241), ("Onbekend", 12, 9)],
                "Gestarte unieke cursisten naar scholingsniveau", "Scholingsniveau"),
    "p_level_short": ([("Kortgeschoold", 988, 1040), ("Middengeschoold", 2101, 2231), ("Hooggeschoold", 1173, 1241)],
                      "Gestarte unieke cursisten naar diploma", "Diploma"),
    "p_origin": ([("Belg", 3100, 3250), ("EU", 420, 460), ("Niet-EU", 742, 802)],
                 "Gestarte unieke cursisten naar nationaliteit", "Nationaliteit"),
    "p_jobless": ([("< 1 jaar werkzoekend", 1700, 1800), ("1-2 jaar werkzoekend", 1400, 1500),
                   ("> 2 jaar werkzoekend", 1162, 1212)], "Gestarte unieke cursisten naar werkloosheidsduur",
                  "Werkloosheidsduur"),
    "p_jobless_bare": ([("< 1 jaar", 1700, 1800), ("1 tot 2 jaar", 1400, 1500), ("2 jaar of langer", 1162, 1212)],
                       "Gestarte unieke cursisten naar werkloosheidsduur", "Werkloosheidsduur"),
    "p_jobless_long": ([("Langdurig werkzoekend", 1700, 1800), ("Niet-langdurig werkzoekend", 2562, 2712)],
                       "Gestarte unieke cursisten naar werkloosheidsduur", "Duur"),
}


def schoolmonths():
    months = ["sep 2023", "okt 2023", "nov 2023", "dec 2023", "jan 2024", "feb 2024*"]
    rows = [("Zorgkundige", "41", "38", "52", "17", "39", "12"), ("Verpleegkundige", "22", "19", "25", "8", "27", "6"),
            ("Logistiek assistent", "9", "-", "11", "4", "7", "3"), ("Totaal", "72", "57", "88", "29", "73", "21")]
    return _answer("Maandelijkse instroom", 640, "20 februari 2024", "Maaike De Vreese",
                   "Hoeveel inschrijvingen voor een OKOT waren er per maand in het lopende schooljaar?",
                   "Hieronder het aantal inschrijvingen (geen unieke personen) per maand van de start.",
                   [_grid("Gestarte inschrijvingen per maand, schooljaar 2023-2024", [44] + [20] * 6, months, rows,
                          "Opleiding", footnotes=["* februari 2024: tot en met 15 februari."])]), \
        _truth(rows, ["2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02"])


def schoolrows():
    rows = [("2019-2020", "402", "388", "790"), ("2020-2021", "431", "475", "898"), ("2021-2022", "455", "498", "940"),
            ("2022-2023*", "212", "230", "441")]
    columns = ["Zorg", "Onderwijs", "Totaal"]
    return _answer("OKOT per schooljaar", 71, "20 februari 2023", "Hannes Anaf",
                   "Hoeveel werkzoekenden startten per schooljaar een OKOT in de zorg en in het onderwijs?",
                   "Wie in beide sectoren startte, telt in de totaalkolom één keer.",
                   [_grid("Gestarte unieke cursisten per schooljaar en sector", [40, 26, 26, 26], columns, rows, "Schooljaar",
                          totals=(), footnotes=["* 2022-2023: 1 september 2022 tot en met 31 januari 2023."])]), \
        [(c, r[0].rstrip("*"), _figure(v)) for r in rows for c, v in zip(columns, r[1:])]


def bigmulti():
    blocks = [("Zorg", None), ("Zorgkundige", "412", "455", "238"), ("Verpleegkundige (HBO5)", "301", "322", "160"),
              ("Totaal zorg", "705", "770", "395"), ("Onderwijs", None), ("Educatieve bachelor lager onderwijs", "97", "120", "64"),
              ("Verkorte educatieve master", "79", "88", "41"), ("Totaal onderwijs", "174", "206", "104"),
              ("Algemeen totaal", "877", "974", "497")]
    body = [([Cell(r[0], columns=4)], True) if r[1] is None else (_cells(*r), r[0].startswith(("Totaal", "Algemeen")))
            for r in blocks]
    first = Grid("Tabel 1. Gestarte unieke cursisten per sector en opleiding", [80, 22, 22, 22], [_cells("Opleiding", *Y3P)],
                 body, footnotes=["* 2023: tot en met 30 juni 2023. In 2023 gaat het dus om 497 cursisten in zes maanden, "
                                  "tegenover 974 in heel 2022 (+11% ten opzichte van 877 in 2021)."])
    two = [("Zorgkundige", "430", "481", "250"), ("Verpleegkundige (HBO5)", "318", "340", "171"),
           ("Totaal inschrijvingen", "748", "821", "421"), ("Totaal unieke cursisten", "705", "770", "395")]
    gender = [("Man", "221", "240", "121"), ("Vrouw", "656", "734", "377"), ("Totaal", "877", "974", "497")]
    months = [("Zorg", "80", "71", "66", "58", "62", "58"), ("Onderwijs", "22", "19", "17", "15", "18", "13"),
              ("Totaal", "102", "90", "83", "73", "80", "71")]
    grids = [first,
             _grid("Tabel 2. Inschrijvingen en unieke cursisten in de zorg", [70, 22, 22, 22], Y3P, two, "Opleiding",
                   totals=BOTH, footnotes=["Eén cursist kan meerdere inschrijvingen hebben: in 2022 gaat het om 51 extra "
                                           "inschrijvingen (821 - 770)."]),
             _grid("Tabel 3. Gestarte unieke cursisten naar geslacht", [50, 22, 22, 22], Y3P, gender, "Geslacht",
                   footnotes=["Vrouwen zijn met 75% (734 van 974) in de meerderheid; in 2019 was dat nog 71%."]),
             _grid("Tabel 4. Gestarte inschrijvingen per maand in 2023", [40] + [18] * 6,
                   ["jan", "feb", "mrt", "apr", "mei", "jun*"], months, "Sector",
                   footnotes=["* juni 2023: voorlopig, tot en met 27 juni. Samen 499 inschrijvingen in het eerste halfjaar."])]
    truth = (_truth([r for r in blocks if r[1] is not None], Y3) + _truth(two, Y3) + _truth(gender, Y3)
             + _truth(months, [f"2023-{m:02d}" for m in range(1, 7)]))
    return _answer("OKOT in zorg en onderwijs: stand van zaken", 1204, "12 juli 2023", "Lorin Parys",
                   "Hoeveel werkzoekenden startten de voorbije drie jaar een OKOT in de zorg of het onderwijs, en wat is "
                   "hun profiel?",
                   "1. In antwoord op vraag 1 en 2 (nrs. 1204 en 1205) geef ik hieronder vier tabellen. Tussen 2021 en "
                   "2023 startten in totaal 2.348 unieke cursisten, waarvan 1.870 in de zorg.", grids), truth


CASES = {
    "sectors": sectors, "sectors_nohead": lambda: sectors(headings=None),
    "sectors_word": lambda: sectors(headings="Sector: {}"), "sectors_planted": lambda: sectors(planted=True),
    "sectorcol": sectorcol, "misplaced": misplaced, "twototals": twototals, "twototals_planted": lambda: twototals(True),
    "twototals_rev": twototals_rev, "uniqueover": uniqueover, "schoolpart": schoolpart, "prosesingle": prosesingle,
    "prose_schoolyear": prose_schoolyear, "many": many, "schoolmonths": schoolmonths, "schoolrows": schoolrows,
    "bigmulti": bigmulti,
    **{name: (lambda spec=spec: partition(*spec)) for name, spec in PARTITIONS.items()},
}
#: The one error each answer plants (rule, row or total line, period); none where not named.
PLANTED = {
    "sectors_planted": {("total-exceeds-parts", "Totaal", "2022")},
    "misplaced": {("code-outside-sector", "Educatieve bachelor lager onderwijs", None)},
    "twototals_planted": {("total-exceeds-parts", "Totaal inschrijvingen", "2021")},
    "twototals_rev": {("parts-exceed-total", "Totaal inschrijvingen", "2021")},
    "uniqueover": {("total-exceeds-parts", "Totaal unieke cursisten", "2023")},
    "schoolpart": {("total-exceeds-parts", "Totaal", "2021-2022")},
    "many": {("total-exceeds-parts", "Totaal", "2022")},
    "bigmulti": {("parts-exceed-total", "Totaal", "2023")},
    **{name: {("parts-exceed-total", "Totaal", "2023")} for name in PARTITIONS},
}
_PLAIN = "plain pdftotext prints a ruled table's figures one a line, away from their labels"
#: The forms that say (and do not read) part of an answer, each with its cause; every other form
#: reads every cell of every answer.
SAID = {
    **{(name, "pdftotext"): _PLAIN for name in (
        "sectors", "sectors_planted", "sectorcol", "misplaced", "prosesingle", "prose_schoolyear", "many", "schoolmonths",
        "schoolrows", "bigmulti", "p_gender_x", "p_age", "p_level", "p_level_short")},
    ("prose_schoolyear", "xlsx"): "the annex holds the table without the prose that names its one period",
}


@lru_cache(maxsize=None)
def _built(name: str):
    answer, truth = CASES[name]()
    return answer, truth, write_pdf(answer)


def _read(name: str, form: str):
    answer, _, pdf = _built(name)
    return read_bytes(*spanned_bytes(answer, lambda: pdf, name, form))


def _norm(label: str, period: str, count: int) -> tuple[str, str, int]:
    """A cell as compared: white space folded, a bound's sign glued to its number as the reader folds
    it (``< 1 jaar``: ``<1 jaar``), a period's footnote mark off (``2023*``)."""
    return re.sub(r"([<>])\s+", r"\1", " ".join(label.split())), period.rstrip("*"), count


def _cells_read(read) -> collections.Counter:
    return collections.Counter(_norm(c.code or c.label, c.period, c.count) for t in read.tables for c in t.cells)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", list(CASES))
def test_every_form_reads_each_cell_right_or_says_what_it_did_not_read(name, form):
    _, truth, _ = _built(name)
    read = _read(name, form)
    want = collections.Counter(_norm(*t) for t in truth)
    got = _cells_read(read)
    assert not got - want, f"cells read that the answer does not hold: {sorted((got - want).elements())}"
    errors = {(f.rule, f.label or f.training_code or f.province, f.period) for f in audit(read).findings
              if f.severity == "error"}
    if (name, form) in SAID:
        assert got != want and {rule for rule, _, _ in errors} & SAID_RULES
    else:
        assert got == want
        assert errors == PLANTED.get(name, set())


def test_the_partial_periods_are_kept():
    assert {p.label for t in _read("schoolpart", "pdf").tables for p in t.periods if p.partial} == {"2023-2024"}
    assert {p.label for t in _read("schoolmonths", "pdftotext-layout").tables for p in t.periods if p.partial} == {"2024-02"}
    assert {p.label for t in _read("schoolrows", "seeds").tables for p in t.periods if p.partial} == {"2022-2023"}


def test_a_partition_off_by_one_is_an_error_beside_unique_persons_counted_twice_as_info():
    findings = audit(_read("many", "pdf")).findings
    assert [(f.rule, f.severity, f.period) for f in findings if f.rule == "parts-exceed-total"] == [
        ("parts-exceed-total", "info", "2021"), ("parts-exceed-total", "info", "2022")]  # (the provinces' total)
    assert {(f.rule, f.severity) for f in findings if f.severity == "error"} == {("total-exceeds-parts", "error")}


# -- found above, read on their own ------------------------------------------------------------------

SECTOR_TEXT = ("OKOT's in zorg en onderwijs\n\nAntwoord\n\nWie twee opleidingen volgde, telt één keer in het "
               "subtotaal.\n\nTabel 1. Unieke cursisten met gestarte OKOT per sector en opleiding\n\n"
               "Sector Opleiding 2021 2022\n{rows}\nTotaal 996 1.103\n\nBron: VDAB.\n")


def _rows(answer) -> list[tuple[str, str | None, str, int]]:
    return [(c.level, c.block, c.label, c.count) for t in answer.tables for c in t.cells if c.period == "2021"]


def test_a_sectors_merged_cell_printed_on_its_first_rows_line_heads_the_block():
    answer = read_text(SECTOR_TEXT.format(rows="Zorg Zorgkundige 412 455\nVerpleegkundige (HBO5) 301 322\n"
                                               "Graduaat orthopedagogie 118 131\nSubtotaal zorg 825 900\n"
                                               "Onderwijs Educatieve bachelor lager onderwijs 97 120\n"
                                               "Verkorte educatieve master 79 88\nSubtotaal onderwijs 174 206"))
    assert _rows(answer)[:2] == [("row", "zorg", "Zorgkundige", 412), ("row", "zorg", "Verpleegkundige (HBO5)", 301)]
    assert ("row", "onderwijs", "Educatieve bachelor lager onderwijs", 97) in _rows(answer)
    assert not [f for f in audit(answer).findings if f.severity != "info"]


def test_a_sectors_merged_cell_printed_on_a_middle_rows_line_heads_the_block():
    answer = read_text(SECTOR_TEXT.format(rows="Zorgkundige 412 455\nZorg Verpleegkundige (HBO5) 301 322\n"
                                               "Graduaat orthopedagogie 118 131\nSubtotaal zorg 825 900\n"
                                               "Educatieve bachelor lager onderwijs 97 120\n"
                                               "Onderwijs Verkorte educatieve master 79 88\nSubtotaal onderwijs 174 206"))
    labels = {label for _, _, label, _ in _rows(answer)}
    assert {"Zorgkundige", "Verpleegkundige (HBO5)", "Verkorte educatieve master"} <= labels
    assert not [f for f in audit(answer).findings if f.severity != "info"]


def test_a_programme_whose_name_opens_with_its_sector_keeps_its_name():
    answer = read_text(SECTOR_TEXT.format(rows="Logistiek assistent 41 44\nMagazijnier 35 38\nSubtotaal logistiek 70 80\n"
                                               "Zorgkundige 412 455\nSubtotaal zorg 412 455").replace("996 1.103", "480 530"))
    assert [label for _, _, label, _ in _rows(answer)][:2] == ["Logistiek assistent", "Magazijnier"]


JOBLESS = ("Profiel\n\nAntwoord\n\nElke cursist telt één keer.\n\n{caption}\n\n{head}\n{rows}\nTotaal {total}\n\n"
           "Bron: VDAB.\n")


@pytest.mark.parametrize("labels", [("< 1 jaar werkzoekend", "1-2 jaar werkzoekend", "> 2 jaar werkzoekend"),
                                    ("minder dan 6 maanden werkzoekend", "6 tot 12 maanden werkzoekend",
                                     "12 maanden of langer werkzoekend")])
def test_how_long_one_was_a_jobseeker_is_a_partition_of_persons(labels):
    rows = "\n".join(f"{label} {a} {b}" for label, a, b in zip(labels, ("1.700", "1.400", "1.162"), ("1.800", "1.500", "1.212")))
    answer = read_text(JOBLESS.format(caption="Gestarte unieke cursisten", head="Categorie 2022 2023", rows=rows,
                                      total="4.262 4.511"))
    assert [(f.rule, f.severity, f.period) for f in audit(answer).findings if f.rule == "parts-exceed-total"] == [
        ("parts-exceed-total", "error", "2023")]


@pytest.mark.parametrize("head, rows", [
    ("Werkloosheidsduur          2022          2023", ["< 1 jaar", "1 tot 2 jaar", "2 jaar of langer"]),
    ("Nationaliteit              2022          2023", ["Marokkaans", "Turks", "Pools"]),
])
def test_a_label_column_named_by_an_attribute_below_a_caption_in_laid_out_text(head, rows):
    body = "\n".join(f"{label:<27}{a:>4}          {b:>4}" for label, a, b in zip(rows, ("1.700", "1.400", "1.162"),
                                                                              ("1.800", "1.500", "1.212")))
    answer = read_text(JOBLESS.format(caption="Tabel 3", head=head, rows=body, total="     4.262          4.511"))
    assert [t.layout.rows for t in answer.tables] == ["category"]
    assert [(f.rule, f.severity) for f in audit(answer).findings if f.rule == "parts-exceed-total"] == [
        ("parts-exceed-total", "error")]


def test_an_age_class_printed_as_a_bound_alone_names_its_row():
    answer = read_text(JOBLESS.format(caption="Gestarte unieke cursisten naar leeftijdsklasse", head="Leeftijdsklasse 2022 2023",
                                      rows="<25 702 744\n25-49 3.011 3.202\n50+ 549 566", total="4.262 4.512"))
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells][:2] == [("<25", "2022", 702),
                                                                                          ("<25", "2023", 744)]
    assert not answer.tables[0].withheld
    assert not [f for f in audit(answer).findings if f.severity == "error"]


def test_a_withheld_count_beside_an_age_class_is_still_withheld():
    answer = read_text(JOBLESS.format(caption="Gestarte unieke cursisten naar leeftijdsklasse", head="Leeftijdsklasse 2022 2023",
                                      rows="-25 jaar 702 <5\n25-49 jaar 3.011 3.202", total="3.713 3.205"))
    assert [(w.label, w.period, w.text) for t in answer.tables for w in t.withheld] == [("-25 jaar", "2023", "<5")]


TWO = ("OKOT in de zorg\n\nAntwoord\n\nEen cursist kan zich voor meer dan één opleiding inschrijven.\n\n"
       "Inschrijvingen en unieke cursisten in een OKOT zorg\n\nOpleiding 2020 2021 2022\nGraduaat verpleegkunde 204 231 256\n"
       "Bachelor verpleegkunde 150 162 171\nZorgkundige 333 351 340\n{totals}\n\nBron: VDAB.\n")


@pytest.mark.parametrize("totals", [
    "Totaal unieke 671 730 749\ncursisten\nTotaal inschrijvingen 687 743 767",
    "Totaal 687 743 767\ninschrijvingen\nTotaal unieke 671 730 749\ncursisten",
])
def test_a_totals_count_words_wrapped_below_its_figures_are_its_own(totals):
    answer = read_text(TWO.format(totals=totals))
    assert sorted((c.label, c.count, c.semantics) for t in answer.tables for c in t.cells
                  if c.period == "2021" and c.level == "total") == [
        ("Totaal inschrijvingen", 743, "additive"), ("Totaal unieke cursisten", 730, "unique")]
    assert [(f.rule, f.label, f.period) for f in audit(answer).findings if f.severity == "error"] == [
        ("parts-exceed-total", "Totaal inschrijvingen", "2021")]


SIDE = ("OKOT per schooljaar\n\nAntwoord\n\nWie in beide sectoren startte, telt in de totaalkolom één keer.\n\n"
        "Gestarte unieke cursisten per schooljaar en sector\n\nSchooljaar {head}\n2019-2020 402 388 790\n"
        "2020-2021 431 475 898\n2021-2022 455 498 940\n\nBron: VDAB.\n")


def test_a_table_on_its_side_whose_columns_are_sectors_is_read():
    answer = read_text(SIDE.format(head="Zorg Onderwijs Totaal"))
    assert [(c.label, c.period, c.count, c.level) for t in answer.tables for c in t.cells][:3] == [
        ("Zorg", "2019-2020", 402, "row"), ("Onderwijs", "2019-2020", 388, "row"), ("Totaal", "2019-2020", 790, "total")]
    assert [(f.rule, f.severity) for f in audit(answer).findings] == [("parts-exceed-total", "info")] * 2


def test_a_table_on_its_side_whose_total_column_names_its_unit_is_read():
    answer = read_text(SIDE.format(head="Zorg Onderwijs Totaal unieke cursisten"))
    assert [(c.label, c.count) for t in answer.tables for c in t.cells][:3] == [
        ("Zorg", 402), ("Onderwijs", 388), ("Totaal unieke cursisten", 790)]


@pytest.mark.parametrize("head", ["Sector zorg", "Sector: Zorg", "Sector Zorg"])
def test_a_sectors_heading_with_its_word_over_rows_without_codes_is_no_part_of_a_label(head):
    other = head.replace("zorg", "onderwijs").replace("Zorg", "Onderwijs")
    answer = read_text(SECTOR_TEXT.replace("Sector Opleiding", "Opleiding").format(
        rows=f"{head}\nZorgkundige 412 455\nVerpleegkundige 301 322\nTotaal sector zorg 700 760\n{other}\n"
             "Educatieve bachelor 97 120\nVerkorte master 79 88\nTotaal sector onderwijs 174 206").replace(
        "Totaal 996 1.103", "Algemeen totaal 870 950"))
    assert [(block, label) for level, block, label, _ in _rows(answer) if level == "row"] == [
        ("zorg", "Zorgkundige"), ("zorg", "Verpleegkundige"), ("onderwijs", "Educatieve bachelor"),
        ("onderwijs", "Verkorte master")]
    assert not [f for f in audit(answer).findings if f.severity != "info"]
