"""Red team, round 35: answers written as a person at the ministry would, in every form a user holds.

Each answer is a grid of cells written by hand (the truth: every figure, every blank, every withheld
count), printed with round 30's helpers (tests/test_red30.py: a ruled PDF by fpdf2, its extractors'
text, the seeds' single-spaced text, an ``.xlsx`` annex, an HTML page) and read back:

- ``sideage``: a table on its side — school years as rows (the last partial by its footnote), age
  classes as columns (``< 25 jaar``, ``25 tot 49 jaar``, ``50 jaar en ouder``: digits and a ``<`` in
  the names) and a ``Totaal`` column (a partition), thousands with points.
- ``provsplit``: provinces by six years, broken over a page with its header printed again, ``x`` for
  no figure, ``Vlaams Gewest`` of unique persons, a note under it full of numbers.
- ``genderblocks``: province blocks (each a heading row spanning the table) of ``Man`` / ``Vrouw``
  rows, each closed by ``Totaal <provincie>``, under ``Vlaams Gewest``.
- ``sevenyears``: teacher-training codes with long labels in a narrow column over seven years, blanks
  left empty at a row's start and end, the last year starred (partial).
- ``levels2m``: education levels by two measures (started, graduated) each spanning three periods,
  the last ``2024 (jan-jun)``.
- ``provcols``: years as rows, provinces as columns and a ``Vlaanderen`` total column, a ``-``.
- ``blanksmid``: welfare codes with blanks left empty in the middle and at the end of rows, labels
  with digits (``(2 jaar)``, ``modules 1-4``).
- ``spacethou``: sectors by year and a total column, thousands set apart by a space (``1 492``).
- ``meancol``: counts and an average age under each year (``Aantal`` / ``Gem. leeftijd``).
- ``ellipsis``: logistics programmes whose missing figures are printed ``…``.
- ``boundsdash``: provinces with ``-`` for no programme beside ``<5`` for a withheld count.
- ``months``: regions by six months of one year (``jan 2024`` … ``jun 2024``), a ``-``.
- ``semesters``: half years side by side (``1e sem. 2022``): not read by design, said.

Every form must read each cell right or say what it did not read (``unreadable-table`` /
``ambiguous-alignment``); never a cell that is not in the answer. 12 of the 13 answers read right in
every form but the ones listed in :data:`SAID` (plain ``pdftotext``'s one figure per line, and three
more, each with its cause); ``semesters`` is said in every form.

Found and mended (each also read on its own below): a column of averages named under each period
(``Aantal Gem. leeftijd Aantal Gem. leeftijd``) was glued to the first row's label in every text form
(parse/derived.py); a row whose missing figure is printed ``…`` was taken for a wrapped label and
glued with its figures into the next row's label — its figures lost, the total then blamed
(parse/blanks.py, patterns.BLANK_MARK); a ``-`` beside a ``<5`` (``Limburg - <5 7``) made the row
refused as ambiguous in every form, the annex's and the web page's included (parse/blanks.py).
"""

from __future__ import annotations

import collections
import re
from functools import lru_cache

import pytest

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_red27 import asked  # noqa: E402
from test_red30 import FORMS, Cell, Grid, Spanned, read_bytes, spanned_bytes, write_pdf  # noqa: E402

from okot_audit import audit, read_text  # noqa: E402

BRON = "Bron: VDAB, datawarehouse, bewerking Departement WSE."
SAID_RULES = {"unreadable-table", "ambiguous-alignment"}


def _cells(*texts: str) -> list[Cell]:
    return [Cell(t) for t in texts]


def _figure(text: str) -> int | None:
    plain = text.replace(".", "").replace(" ", "")
    return int(plain) if plain.isdigit() else None


def _key(label: str) -> str:
    """A row's key as the reader gives it: its code where the label opens with one, else its label."""
    code = re.match(r"(\d{6}):", label)
    return code.group(1) if code else label


def _truth(rows, periods) -> list[tuple[str, str, int]]:
    return [(_key(label), p, _figure(v)) for label, *values in rows for p, v in zip(periods, values)
            if _figure(v) is not None]


def _grid(caption, widths, periods, rows, corner, totals=("Totaal",), **more) -> Grid:
    return Grid(caption, widths, [_cells(corner, *periods)],
                [(_cells(*r), r[0] in totals) for r in rows], **more)


def _answer(title, n, date, who, question, opening, grids) -> Spanned:
    return Spanned(title=title, before=asked(n, date, who, question, opening), grids=grids, after=[BRON])


# -- the answers ------------------------------------------------------------------------------------

AGES = ["< 25 jaar", "25 tot 49 jaar", "50 jaar en ouder", "Totaal"]
AGE_ROWS = [("2019-2020", "1.204", "2.317", "198", "3.719"), ("2020-2021", "1.087", "2.455", "221", "3.763"),
            ("2021-2022", "1.312", "2.690", "240", "4.242"), ("2022-2023", "1.398", "2.801", "263", "4.462"),
            ("2023-2024*", "702", "1.366", "131", "2.199")]
Y6 = ["2018", "2019", "2020", "2021", "2022", "2023"]
PROV_ROWS = [("Antwerpen", "812", "845", "903", "1.021", "1.110", "1.187"),
             ("Limburg", "402", "388", "431", "475", "498", "520"),
             ("Oost-Vlaanderen", "901", "934", "1.002", "1.098", "1.143", "1.201"),
             ("Vlaams-Brabant", "344", "351", "380", "402", "433", "451"),
             ("West-Vlaanderen", "633", "640", "688", "712", "745", "790"),
             ("Brussel", "x", "x", "12", "15", "21", "26"),
             ("Vlaams Gewest", "3.085", "3.150", "3.409", "3.712", "3.941", "4.166")]
Y2 = ["2022", "2023"]
GENDER_BLOCKS = [("Antwerpen", [("Man", "210", "228"), ("Vrouw", "355", "371"), ("Totaal Antwerpen", "565", "599")]),
                 ("Limburg", [("Man", "98", "104"), ("Vrouw", "187", "190"), ("Totaal Limburg", "285", "294")]),
                 ("Oost-Vlaanderen", [("Man", "240", "251"), ("Vrouw", "402", "433"),
                                      ("Totaal Oost-Vlaanderen", "642", "684")])]
Y7 = ["2017", "2018", "2019", "2020", "2021", "2022", "2023*"]
CODE_ROWS = [("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "31", "50", "71", "138", "102", "95", "61"),
             ("908011: Educatieve bachelor voor lager onderwijs - 1ste jaar", "", "37", "97", "177", "131", "120", "77"),
             ("908018: Verkorte educatieve bacheloropleiding", "", "", "12", "40", "66", "81", "44"),
             ("908020: Verkorte educatieve master", "", "", "", "94", "79", "88", ""),
             ("Totaal", "31", "86", "178", "440", "368", "372", "180")]
Y3W = ["2022", "2023", "2024 (jan-jun)"]
LEVEL_ROWS = [("Laaggeschoold", "312", "298", "140", "41", "52", "12"),
              ("Middengeschoold", "1.045", "1.102", "561", "233", "251", "88"),
              ("Hooggeschoold", "620", "688", "344", "187", "201", "73"),
              ("Onbekend", "17", "-", "6", "-", "3", "-"),
              ("Totaal", "1.994", "2.088", "1.051", "461", "507", "173")]
PROVINCE_COLUMNS = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Vlaanderen"]
YEAR_ROWS = [("2020", "903", "431", "1.002", "380", "688", "3.396"), ("2021", "1.021", "475", "1.098", "402", "712", "3.699"),
             ("2022", "1.110", "498", "1.143", "-", "745", "3.489"), ("2023", "1.187", "520", "1.201", "451", "790", "4.140"),
             ("2024 (t.e.m. juni)", "604", "262", "633", "219", "401", "2.110")]
Y5 = ["2019", "2020", "2021", "2022", "2023"]
WELFARE_ROWS = [("904401: Graduaat in de orthopedagogie (2 jaar) - 1ste jaar", "44", "", "61", "58", "70"),
                ("904402: Graduaat in de orthopedagogie (2 jaar) - 2de jaar", "31", "36", "", "", "49"),
                ("904410: Bachelor in de sociaal-agogisch werk - 3de fase", "", "12", "18", "", ""),
                ("904420: Opvoeder-begeleider modules 1-4", "7", "9", "", "11", "13"),
                ("Totaal", "80", "56", "77", "68", "128")]
Y4 = ["2020", "2021", "2022", "2023"]
SECTOR_ROWS = [("Zorg", "1 492", "1 496", "1 533", "1 601", "4 877"), ("Onderwijs", "834", "1 472", "1 480", "1 522", "3 910"),
               ("Techniek", "655", "702", "731", "790", "2 204")]
MEAN_ROWS = [("Graduaat verpleegkunde", "402", "31,4", "455", "32,1"), ("Bachelor verpleegkunde", "288", "29,8", "301", "30,2"),
             ("Zorgkundige", "515", "36,7", "560", "37,0")]
ELLIPSIS_ROWS = [("Logistiek assistent", "…", "14", "17", "21"), ("Heftruckchauffeur", "22", "…", "25", "…"),
                 ("Magazijnier", "31", "35", "38", "40"), ("Vrachtwagenchauffeur C/CE", "48", "51", "…", "57"),
                 ("Totaal", "100", "99", "79", "117")]
Y3 = ["2021", "2022", "2023"]
BOUND_ROWS = [("Antwerpen", "120", "131", "140"), ("Limburg", "-", "<5", "7"), ("Oost-Vlaanderen", "88", "93", "97"),
              ("Brussel", "<5", "-", "-"), ("Vlaams Gewest", "210", "226", "243")]
MONTHS = ["jan 2024", "feb 2024", "mrt 2024", "apr 2024", "mei 2024", "jun 2024"]
MONTH_ROWS = [("Antwerpen", "41", "38", "52", "47", "39", "44"), ("Limburg", "12", "-", "15", "18", "9", "11"),
              ("Gent", "33", "29", "31", "40", "36", "30")]
SEMESTERS = ["1e sem. 2022", "2e sem. 2022", "1e sem. 2023", "2e sem. 2023", "1e sem. 2024*"]
SEMESTER_ROWS = [("Graduaat elektromechanische systemen", "41", "37", "52", "48", "29"),
                 ("Graduaat elektrotechniek", "12", "-", "15", "18", "<5"),
                 ("Bachelor elektronica-ICT", "23", "19", "31", "27", "14"),
                 ("Graduaat koel- en warmtetechnieken", "8", "11", "<5", "9", "6"),
                 ("Totaal unieke cursisten", "83", "72", "105", "100", "59")]


def sideage():
    truth = [(a, r[0], _figure(v)) for r in AGE_ROWS for a, v in zip(AGES, r[1:])]
    return _answer("Leeftijd van OKOT-cursisten", 88, "2 februari 2024", "Hannes Anaf",
                   "Hoe verdelen de gestarte OKOT-cursisten zich naar leeftijd per schooljaar?",
                   "Elke cursist telt één keer per schooljaar, in de leeftijdsklasse bij de start.",
                   [_grid("Tabel 2. Gestarte unieke cursisten naar leeftijdsklasse", [34, 28, 30, 34, 24], AGES, AGE_ROWS,
                          "Schooljaar", totals=(),
                          footnotes=["* Schooljaar 2023-2024: enkel september tot en met december 2023."])]), truth


def provsplit():
    return _answer("OKOT per provincie", 301, "15 januari 2024", "Annick De Ridder",
                   "Hoeveel unieke cursisten startten sinds 2018 een OKOT, per provincie van de opleiding?",
                   "Wie in de loop van een jaar van provincie veranderde, telt in beide provincies, maar één keer in het "
                   "Vlaams Gewest.",
                   [_grid("Unieke cursisten met gestarte OKOT'(s) per provincie", [40] + [22] * 6, Y6, PROV_ROWS, "Provincie",
                          totals=("Vlaams Gewest",), break_at=3,
                          footnotes=["x: geen opleidingsaanbod in Brussel in 2018 en 2019.",
                                     "In 2023 volgden 1.234 cursisten hun opleiding in een andere provincie dan hun "
                                     "woonplaats; 57 van hen in Brussel."])]), _truth(PROV_ROWS, Y6)


def genderblocks():
    body, truth = [], []
    for province, rows in GENDER_BLOCKS:
        body.append(([Cell(province, columns=3)], False))
        body += [(_cells(*r), r[0].startswith("Totaal")) for r in rows]
        truth += _truth(rows, Y2)
    body.append((_cells("Vlaams Gewest", "1.488", "1.570"), True))
    truth += [("Vlaams Gewest", "2022", 1488), ("Vlaams Gewest", "2023", 1570)]
    return _answer("OKOT naar geslacht en provincie", 143, "20 maart 2024", "Katrien Schryvers",
                   "Hoeveel mannen en vrouwen startten in 2022 en 2023 een OKOT, per provincie?",
                   "De tabel toont het aantal unieke cursisten per provincie en geslacht.",
                   [Grid("Gestarte unieke cursisten naar geslacht", [60, 25, 25],
                         [_cells("Provincie / geslacht", *Y2)], body)]), truth


def sevenyears():
    return _answer("Lerarenopleidingen via OKOT", 77, "5 december 2023", "Elisabeth Meuleman",
                   "Hoeveel cursisten startten sinds 2017 een lerarenopleiding via een OKOT?",
                   "Hieronder het aantal gestarte unieke cursisten per opleiding en per jaar.",
                   [_grid("Unieke cursisten met gestarte OKOT'(s)", [54] + [18] * 7, Y7, CODE_ROWS, "Opleiding",
                          footnotes=["* 2023: cijfers tot en met 30 september 2023 (voorlopig)."])]), _truth(CODE_ROWS, Y7)


def levels2m():
    head = [[Cell("Onderwijsniveau", rows=2), Cell("Gestarte cursisten", columns=3), Cell("Geslaagde cursisten", columns=3)],
            [*_cells(*Y3W), *_cells(*Y3W)]]
    truth = [(r[0], Y3W[k % 3], _figure(v)) for r in LEVEL_ROWS for k, v in enumerate(r[1:]) if _figure(v) is not None]
    return _answer("OKOT naar onderwijsniveau", 655, "9 september 2024", "Stijn Bex",
                   "Hoeveel laag-, midden- en hooggeschoolden startten en slaagden in een OKOT?",
                   "Elke cursist telt één keer, in zijn onderwijsniveau bij de inschrijving.",
                   [Grid("Tabel 1. Unieke cursisten naar onderwijsniveau", [36, 20, 20, 24, 20, 20, 24], head,
                         [(_cells(*r), r[0] == "Totaal") for r in LEVEL_ROWS])]), truth


def provcols():
    truth = [(p, r[0], _figure(v)) for r in YEAR_ROWS for p, v in zip(PROVINCE_COLUMNS, r[1:]) if _figure(v) is not None]
    return _answer("OKOT per provincie", 402, "1 augustus 2024", "Jan Laeremans",
                   "Hoeveel werkzoekenden startten een OKOT per provincie sinds 2020?",
                   "Wie van provincie veranderde, telt in beide provincies mee, maar één keer voor Vlaanderen.",
                   [_grid("Gestarte unieke cursisten per jaar en provincie", [30, 24, 20, 28, 26, 28, 24], PROVINCE_COLUMNS,
                          YEAR_ROWS, "Jaar", totals=(),
                          footnotes=["In Vlaams-Brabant werden de cijfers voor 2022 niet correct geregistreerd."])]), truth


def blanksmid():
    return _answer("OKOT in de welzijnssector", 233, "12 april 2024", "Lorin Parys",
                   "Hoeveel cursisten startten een OKOT richting opvoeder of orthopedagoog?",
                   "Hieronder het aantal unieke cursisten per opleiding. Een lege cel betekent dat de opleiding dat jaar "
                   "niet liep.",
                   [_grid("Unieke cursisten met gestarte OKOT'(s)", [70] + [20] * 5, Y5, WELFARE_ROWS, "Opleiding")]), \
        _truth(WELFARE_ROWS, Y5)


def spacethou():
    columns = [*Y4, "Totaal 2020-2023"]
    return _answer("OKOT per sector", 190, "4 maart 2024", "Tom Ongena",
                   "Hoeveel unieke cursisten startten per sector een OKOT sinds 2020?",
                   "Wie in meerdere jaren startte, telt in de totaalkolom één keer.",
                   [_grid("Unieke cursisten met gestarte OKOT'(s) per sector", [40, 22, 22, 22, 22, 34], columns,
                          SECTOR_ROWS, "Sector", totals=())]), _truth(SECTOR_ROWS, [*Y4, "Totaal"])


def meancol():
    head = [[Cell("Opleiding", rows=2), Cell("2022", columns=2), Cell("2023", columns=2)],
            _cells("Aantal", "Gem. leeftijd", "Aantal", "Gem. leeftijd")]
    truth = [(r[0], y, _figure(r[1 + 2 * k])) for r in MEAN_ROWS for k, y in enumerate(Y2)]
    return _answer("OKOT in de zorg", 311, "6 juni 2024", "Ilse Malfroot",
                   "Hoeveel cursisten startten een zorgopleiding via OKOT, en hoe oud waren ze?",
                   "Hieronder het aantal unieke cursisten en hun gemiddelde leeftijd bij de start.",
                   [Grid("Gestarte unieke cursisten en gemiddelde leeftijd", [56, 22, 28, 22, 28], head,
                         [(_cells(*r), False) for r in MEAN_ROWS])]), truth


def ellipsis():
    return _answer("OKOT in de logistiek", 417, "3 oktober 2024", "Sihame El Kaouakibi",
                   "Hoeveel werkzoekenden startten een OKOT in de logistiek, per opleiding en per jaar?",
                   "Hieronder het aantal unieke cursisten. Het teken … betekent dat er geen cijfer beschikbaar is.",
                   [_grid("Unieke cursisten met gestarte OKOT'(s)", [66, 22, 22, 22, 22], Y4, ELLIPSIS_ROWS, "Opleiding")]), \
        _truth(ELLIPSIS_ROWS, Y4)


def boundsdash():
    return _answer("OKOT voor verzorgenden per provincie", 522, "14 november 2024", "Freya Perdaens",
                   "Hoeveel cursisten startten een OKOT zorgkundige, per provincie?",
                   "Hieronder het aantal unieke cursisten per provincie; wie verhuisde telt in beide provincies, één keer "
                   "in het Vlaams Gewest.",
                   [_grid("Unieke cursisten met gestarte OKOT zorgkundige", [50, 24, 24, 24], Y3, BOUND_ROWS, "Provincie",
                          totals=("Vlaams Gewest",), footnotes=["<5: minder dan 5 cursisten (privacy); -: geen aanbod."])]), \
        _truth(BOUND_ROWS, Y3)


def months():
    # (a month's period is read as ``2024-01``: its label in the truth as the reader names it)
    return _answer("Maandelijkse instroom OKOT", 640, "5 juli 2024", "Maaike De Vreese",
                   "Hoeveel werkzoekenden startten maandelijks een OKOT in 2024?",
                   "Hieronder de gestarte unieke cursisten per maand en per regio.",
                   [_grid("Gestarte unieke cursisten per maand", [30] + [20] * 6, MONTHS, MONTH_ROWS, "Regio",
                          totals=())]), _truth(MONTH_ROWS, [f"2024-{m:02d}" for m in range(1, 7)])


def semesters():
    return _answer("OKOT's in technische knelpuntberoepen", 512, "8 juli 2024", "Kris Verduyckt",
                   "Hoeveel werkzoekenden startten per semester een OKOT in een technische richting?",
                   "Hieronder het aantal unieke cursisten dat per semester een OKOT startte.",
                   [_grid("Tabel 1: Unieke cursisten met gestarte OKOT per semester", [62] + [22] * 5, SEMESTERS,
                          SEMESTER_ROWS, "Opleiding", totals=("Totaal unieke cursisten",),
                          footnotes=["* Voorlopige cijfers, stand 30 juni 2024.",
                                     "<5: minder dan 5 cursisten, om privacyredenen niet vermeld."])]), \
        _truth(SEMESTER_ROWS, SEMESTERS)


CASES = {f.__name__: f for f in (sideage, provsplit, genderblocks, sevenyears, levels2m, provcols, blanksmid, spacethou,
                                 meancol, ellipsis, boundsdash, months, semesters)}
#: The forms that say (and do not read) part of an answer, each with its cause; every other form
#: reads every cell of every answer but ``semesters`` (half years side by side: said by design).
SAID = {
    **{(name, "pdftotext"): "plain pdftotext prints a ruled table's figures one a line, away from their labels"
       for name in CASES if name not in ("sideage", "ellipsis")},
    ("provcols", "pypdf"): "a table on its side whose header of provinces pypdf prints a cell a line",
}


@lru_cache(maxsize=None)
def _built(name: str):
    answer, truth = CASES[name]()
    return answer, truth, write_pdf(answer)


def _read(name: str, form: str):
    answer, _, pdf = _built(name)
    return read_bytes(*spanned_bytes(answer, lambda: pdf, name, form))


def _norm(label: str, period: str, count: int) -> tuple[str, str, int]:
    """A cell as compared: white space folded, ``< 25`` as the reader folds it (``<25``), a period's
    footnote mark and its words in brackets off (``2023*``, ``2024 (jan-jun)``: its label ``2023``, ``2024``)."""
    return re.sub(r"<\s+", "<", " ".join(label.split())), re.sub(r"\s*\(.*\)$", "", period).rstrip("*"), count


def _read_cells(read) -> collections.Counter:
    return collections.Counter(_norm(c.code or c.label, c.period, c.count) for t in read.tables for c in t.cells)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", list(CASES))
def test_every_form_reads_each_cell_right_or_says_what_it_did_not_read(name, form):
    _, truth, _ = _built(name)
    read = _read(name, form)
    want = collections.Counter(_norm(*t) for t in truth)
    got = _read_cells(read)
    assert not got - want, f"cells read that the answer does not hold: {sorted((got - want).elements())}"
    errors = {f.rule for f in audit(read).findings if f.severity == "error"}
    if name == "semesters" or (name, form) in SAID:
        assert got != want and errors & SAID_RULES
    else:
        assert got == want and not errors


# (read since session 36, tests/test_loud36.py: pdftotext -layout keeps the measures' names centred
# over their runs of periods a row of their own; pypdf's runs of periods, each on a line of its own
# with its period's words below it, read as one line under the names)
@pytest.mark.parametrize("form", ["pdftotext-layout", "pypdf"])
def test_two_measures_over_periods_whose_words_wrap_are_read(form):
    _, truth, _ = _built("levels2m")
    assert _read_cells(_read("levels2m", form)) == collections.Counter(_norm(*t) for t in truth)


def test_the_partial_periods_and_withheld_counts_are_kept():
    assert {p.label for t in _read("sideage", "pdf").tables for p in t.periods if p.partial} == {"2023-2024"}
    assert {p.label for t in _read("sevenyears", "seeds").tables for p in t.periods if p.partial} == {"2023"}
    assert {(w.label, w.period, w.text) for t in _read("boundsdash", "html").tables for w in t.withheld} == {
        ("Limburg", "2022", "<5"), ("Brussel", "2021", "<5")}


# -- found above, read on their own ------------------------------------------------------------------

HEAD = ("OKOT's in de zorg\n\nAntwoord\n\nHieronder het aantal unieke cursisten.\n\nGestarte unieke cursisten\n\n"
        "Opleiding 2022 2023\n")
MEAN_BODY = "Graduaat verpleegkunde 402 31,4 455 32,1\nBachelor verpleegkunde 288 29,8 301 30,2\n\nBron: VDAB.\n"


def _labels(answer) -> set[str]:
    return {c.label for t in answer.tables for c in t.cells}


@pytest.mark.parametrize("names", ["Aantal Gem. leeftijd Aantal Gem. leeftijd",
                                   "Aantal Gemiddelde leeftijd Aantal Gemiddelde leeftijd",
                                   "Aantal Gem. duur (maanden) Aantal Gem. duur (maanden)",
                                   "Aantal Mediaan leeftijd Aantal Mediaan leeftijd"])
def test_a_column_of_averages_named_under_each_period_is_no_part_of_the_first_rows_label(names):
    answer = read_text(HEAD + names + "\n" + MEAN_BODY)
    assert _labels(answer) == {"Graduaat verpleegkunde", "Bachelor verpleegkunde"}
    assert sorted(c.count for t in answer.tables for c in t.cells) == [288, 301, 402, 455]
    said = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert said and any("31,4" in f.message or "31" in f.message for f in said)


def test_a_column_named_by_its_quantity_alone_under_each_period_is_no_part_of_the_first_rows_label():
    answer = read_text(HEAD + "Aantal Leeftijd Aantal Leeftijd\n" + MEAN_BODY)
    assert _labels(answer) == {"Graduaat verpleegkunde", "Bachelor verpleegkunde"}


TABLE = ("OKOT's\n\nAntwoord\n\nHieronder het aantal unieke cursisten dat een OKOT startte.\n\n"
         "Unieke cursisten met gestarte OKOT'(s)\n\n{rows}\n\nBron: VDAB.\n")


@pytest.mark.parametrize("mark", ["\u2026", "..."])
def test_a_figure_printed_as_an_ellipsis_is_a_blank_and_its_row_is_read(mark):
    answer = read_text(TABLE.format(rows=f"Opleiding 2021 2022 2023\nZorgkundige {mark} 15 19\n"
                                         f"Verpleegkundige 40 44 51\nTotaal 40 59 70"))
    cells = {(c.label, c.period, c.count) for t in answer.tables for c in t.cells}
    assert {("Zorgkundige", "2022", 15), ("Zorgkundige", "2023", 19), ("Verpleegkundige", "2021", 40)} <= cells
    assert not [c for c in cells if c[0] == "Zorgkundige" and c[1] == "2021"]
    assert not [f for f in audit(answer).findings if f.severity == "error"]


@pytest.mark.parametrize("blank", ["-", "x", "n.v.t."])
def test_a_blank_mark_beside_a_withheld_count_is_a_blank(blank):
    answer = read_text(TABLE.format(rows=f"Provincie 2021 2022 2023\nAntwerpen 120 131 140\nLimburg {blank} <5 7\n"
                                         f"Brussel <5 {blank} {blank}\nVlaams Gewest 122 133 146"))
    cells = {(c.label, c.period, c.count) for t in answer.tables for c in t.cells}
    assert ("Limburg", "2023", 7) in cells and not [c for c in cells if c[0] == "Brussel"]
    assert {(w.label, w.period, w.text) for t in answer.tables for w in t.withheld} == {
        ("Limburg", "2022", "<5"), ("Brussel", "2021", "<5")}
    assert not [f for f in audit(answer).findings if f.rule in SAID_RULES]
