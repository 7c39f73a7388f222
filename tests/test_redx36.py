"""Red team, round 36: the findings a user trusts — exit status, rule, severity, place, message.

Rounds 25–35 red-teamed the cells. Here each small answer plants ONE known fault (or none) and is
read as a user holds it — its PDF (fpdf2), the text ``pdftotext -layout`` prints of it, and its
``.xlsx`` annex — and audited by the installed command (``okot-audit check``), whose JSON and SARIF
reports, exit status and Dutch messages are checked against the fault planted:

======================  ==================================================================  =========================
case                    fault planted                                                       expected finding
======================  ==================================================================  =========================
``partition``           men + women one off their total                                     parts-exceed-total, error
``over``                a total of unique persons above the sum of its rows                 total-exceeds-parts, error
``below``               Vlaams Gewest below one province                                    total-below-largest-part
``rowtotal``            a row's total column above the sum of its years                     total-exceeds-parts, error
``sector``              a care code in a teacher-training answer                            code-outside-sector, error
``unknown``             a code not in the catalogue                                         code-unknown, warning
``stage``               a first year among the graduates                                    stage-not-final, warning
``unmarked``            the question's year printed as a full year (asked in October)       partial-period, info
``typo``                a figure with two digits swapped: its row and column total fail     likely-typo at the figure
``revision``            a full year's figure lower in the later of two answers              figure-revised, warning
======================  ==================================================================  =========================

Every case also has its CLEAN variant (no fault): no error and no warning, exit status 0, double
counting reported as information (``parts-exceed-total``, info) where the totals count unique persons.
Each finding is checked at its place: the (line, page) of the cells the reader read (in the text,
the printed line holds the row and the figure), the exit status (1 for an error, 0 for warnings
alone, 1 with ``--fail-on warning``, 0 with ``--exit-zero``), the Dutch message with the same
numbers, and the SARIF result (level, file, line; a revision's earlier cell as related location).

What held: every planted fault in every form, at its line and page, by its rule and severity, but
``unmarked``; no clean answer with an error or a warning. An ``.xlsx`` annex holds the table alone — no question,
no date: two annexes are compared in file order (the message says so), and a year not over at
the question's date cannot be told there.

Found and mended (each also on its own below):

- a ``partial-period`` finding at a footnote below its table's last row had no page (PDF and
  paged text): a period now keeps the page of its line.
- ``below``: the total below its largest part was explained by ``likely-typo`` as Antwerpen's
  ``341`` a typo for ``314`` — counting 816 of the total's 322 persons twice; such a suggestion is
  no longer made (locate ``plausible``), ``error-located`` names both figures.

Left (strict xfail, each with its cause): ``unmarked`` — ``2022`` in an answer to the question of
14 October 2022, unmarked, is read as a whole year without a word, and compared with later
answers as one (a completed year's growth said as a revision of a full year); marking it partial
by the question's date was tried and works, but changes readings 68 earlier tests pin. And a
question's own heading line ``Schriftelijke vraag nr. 74 van 14 oktober 2022 van …`` gives no date.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_red30 import Cell, Grid, Spanned, read_bytes, spanned_bytes, write_pdf  # noqa: E402

BRON = "Bron: VDAB, datawarehouse, bewerking Departement WSE."
FORMS = ["pdf", "pdftotext-layout", "xlsx"]
STARTED = "Unieke cursisten met gestarte OKOT'(s)"
GRADUATED = "Unieke cursisten met uitgevoerde, geslaagde OKOT'(s)"
ONDERWIJS = "OKOT's in de onderwijssector"
TWICE = "Elke cursist telt één keer per jaar; wie twee opleidingen volgde, staat in beide rijen."

K1 = "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar"
L1 = "908011: Educatieve bachelor voor lager onderwijs - 1ste jaar"
GRAD = "908017: Educatieve graduaatsopleiding"
MASTER = "908020: Verkorte educatieve master"
K3 = "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar"
L3 = "908013: Educatieve bachelor voor lager onderwijs - 3de jaar"
NURSE = "900611: Professionele bachelor verpleegkunde - 1ste jaar"
NOCODE = "908099: Educatieve bachelor voor secundair onderwijs - 1ste jaar"


def _dutch(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _figure(text: str) -> int | None:
    plain = text.replace(".", "")
    return int(plain) if plain.isdigit() else None


@dataclass(frozen=True)
class Want:
    """A finding expected: its rule and severity at a row (its code, or its label) and period."""

    rule: str
    severity: str
    row: str  # a training code, or the row's label (``Totaal``, ``Vlaams Gewest``, ``Man``)
    period: str | None
    stated: int | None = None
    suggestion: int | None = None  # (likely-typo: the figure that fits)


@dataclass
class Case:
    files: list[Spanned]  # one answer, or two (a revision)
    planted: list[Want] = field(default_factory=list)
    #: info findings a clean answer must give (rule, row, period): its double counting, its partial period
    info: set[tuple[str, str, str | None]] = field(default_factory=set)


def _cells(*texts: str) -> list[Cell]:
    return [Cell(t) for t in texts]


def _grid(caption: str, periods: list[str], rows: list[tuple[str, ...]], corner: str = "Opleiding",
          totals: tuple[str, ...] = ("Totaal",), footnotes: tuple[str, ...] = ()) -> Grid:
    return Grid(caption, [72] + [19] * len(periods), [_cells(corner, *periods)],
                [(_cells(*r), r[0] in totals) for r in rows], footnotes=list(footnotes))


def _answer(n: int, date: str, question: str, opening: str, grids: list[Grid], title: str = ONDERWIJS) -> Spanned:
    """An answer as published: the question, then ``ANTWOORD`` / ``op vraag nr. N van <date>`` (the
    question's date, which orders two answers) and the minister's opening above the tables."""
    return Spanned(title, [question, "ANTWOORD", f"op vraag nr. {n} van {date}", "van JAN PEETERS", opening], grids,
                   [BRON])


def _with_total(rows: list[tuple[str, ...]], twice: list[int], word: str = "Totaal") -> list[tuple[str, ...]]:
    """`rows` closed by their total of unique persons: each period's sum less `twice` persons
    counted in two rows (a blank figure is no part)."""
    sums = [sum(_figure(r[k]) or 0 for r in rows) for k in range(1, len(rows[0]))]
    return [*rows, (word, *(_dutch(s - t) for s, t in zip(sums, twice)))]


def _replace(rows: list[tuple[str, ...]], row: str, period: int, figure: str) -> list[tuple[str, ...]]:
    """`rows` with the figure of `row` in its `period`'th column printed as `figure`."""
    return [(*r[:period + 1], figure, *r[period + 2:]) if r[0] == row else r for r in rows]


def _key(label: str) -> str:
    code = re.match(r"(\d{6}):", label)
    return code.group(1) if code else label


# -- the answers ------------------------------------------------------------------------------------

Y3 = ["2021", "2022", "2023"]
TEACH = [(K1, "138", "102", "95"), (L1, "177", "131", "120"), (GRAD, "52", "73", "81"), (MASTER, "94", "79", "88")]
TEACH_TWICE = [6, 5, 7]  # persons in two rows: the rows sum to 461 / 385 / 384


def partition(planted: bool) -> Case:
    rows = [("Man", "412", "398", "430"), ("Vrouw", "1.087", "1.102", "1.215"),
            ("Totaal", "1.499", "1.499" if planted else "1.500", "1.645")]
    grid = _grid(f"{STARTED} naar geslacht", Y3, rows, corner="Geslacht")
    case = Case([_answer(161, "9 januari 2024", "Hoeveel mannen en vrouwen startten een lerarenopleiding via een OKOT?",
                         "Elke cursist telt één keer, bij zijn geslacht.", [grid])])
    if planted:
        case.planted = [Want("parts-exceed-total", "error", "Totaal", "2022", 1499)]
    return case


def over(planted: bool) -> Case:
    rows = _with_total(TEACH, TEACH_TWICE)
    if planted:
        rows = _replace(rows, "Totaal", 1, "390")  # the rows sum to 385
    case = Case([_answer(211, "12 januari 2024", "Hoeveel werkzoekenden startten een lerarenopleiding via een OKOT?", TWICE,
                         [_grid(STARTED, Y3, rows)])],
                info={("parts-exceed-total", "Totaal", p) for p in (["2021", "2023"] if planted else Y3)})
    if planted:
        case.planted = [Want("total-exceeds-parts", "error", "Totaal", "2022", 390)]
    return case


PROVINCES = [("Antwerpen", "312", "330", "341"), ("Limburg", "141", "150", "162"), ("Oost-Vlaanderen", "298", "315", "322"),
             ("Vlaams-Brabant", "97", "104", "110"), ("West-Vlaanderen", "201", "214", "230")]


def below(planted: bool) -> Case:
    rows = _with_total(PROVINCES, [4, 3, 5], word="Vlaams Gewest")
    if planted:
        rows = _replace(rows, "Vlaams Gewest", 2, "322")  # Oost-Vlaanderen alone has 322... and Antwerpen 341
    grid = _grid(f"{STARTED} per provincie", Y3, rows, corner="Provincie", totals=("Vlaams Gewest",))
    case = Case([_answer(305, "2 februari 2024", "Hoeveel werkzoekenden startten per provincie een lerarenopleiding via een "
                         "OKOT?", "Wie verhuisde, telt in beide provincies mee, maar één keer in het Vlaams Gewest.", [grid])],
                info={("parts-exceed-total", "Vlaams Gewest", p) for p in (Y3[:2] if planted else Y3)})
    if planted:
        case.planted = [Want("total-below-largest-part", "error", "Vlaams Gewest", "2023", 322)]
    return case


def rowtotal(planted: bool) -> Case:
    # each row's Totaal: its persons over the three years (one who started twice counts once)
    totals = {K1: "331", L1: "420", GRAD: "199", MASTER: "255"}
    if planted:
        totals[GRAD] = "216"  # 52 + 73 + 81 = 206
    rows = [(*r, totals[r[0]]) for r in TEACH] + [("Totaal", "455", "380", "377", "1.190")]
    grid = _grid(STARTED, [*Y3, "Totaal"], rows)
    case = Case([_answer(233, "20 februari 2024", "Hoeveel werkzoekenden startten een lerarenopleiding via een OKOT sinds "
                         "2021?", "In de totaalkolom telt wie in meerdere jaren startte één keer.", [grid])],
                info={("parts-exceed-total", _key(r[0]), "Totaal") for r in TEACH if not (planted and r[0] == GRAD)}
                | {("parts-exceed-total", "Totaal", p) for p in [*Y3, "Totaal"]})
    if planted:
        case.planted = [Want("total-exceeds-parts", "error", "908017", "Totaal", 216)]
    return case


def sector(planted: bool) -> Case:
    rows = [(NURSE if planted and r[0] == L1 else r[0], *r[1:]) for r in TEACH]
    case = Case([_answer(240, "27 februari 2024", "Hoeveel werkzoekenden startten een lerarenopleiding via een OKOT?", TWICE,
                         [_grid(STARTED, Y3, _with_total(rows, TEACH_TWICE))])],
                info={("parts-exceed-total", "Totaal", p) for p in Y3})
    if planted:
        case.planted = [Want("code-outside-sector", "error", "900611", None)]
    return case


def unknown(planted: bool) -> Case:
    rows = [(NOCODE if planted and r[0] == L1 else r[0], *r[1:]) for r in TEACH]
    case = Case([_answer(244, "1 maart 2024", "Hoeveel werkzoekenden startten een lerarenopleiding via een OKOT?", TWICE,
                         [_grid(STARTED, Y3, _with_total(rows, TEACH_TWICE))])],
                info={("parts-exceed-total", "Totaal", p) for p in Y3})
    if planted:
        case.planted = [Want("code-unknown", "warning", "908099", None)]
    return case


GRADS = [(K3, "41", "38", "45"), (L3, "66", "59", "71"), (GRAD, "22", "30", "27"), (MASTER, "61", "55", "58")]


def stage(planted: bool) -> Case:
    rows = [(L1 if planted and r[0] == L3 else r[0], *r[1:]) for r in GRADS]
    case = Case([_answer(250, "8 maart 2024", "Hoeveel werkzoekenden behaalden een diploma van leraar via een OKOT?",
                         "Enkel de laatste jaren van een opleiding worden opgenomen.",
                         [_grid(GRADUATED, Y3, _with_total(rows, [0, 0, 0]))])])
    if planted:
        case.planted = [Want("stage-not-final", "warning", "908011", None)]
    return case


Y4 = ["2019", "2020", "2021", "2022"]
TEACH4 = [(K1, "31", "50", "71", "62"), (L1, "37", "97", "177", "88"), (GRAD, "12", "40", "52", "41"),
          (MASTER, "", "94", "79", "55")]
TEACH4_TWICE = [1, 9, 6, 3]
HALF = "* 2022: enkel januari tot en met juni."


def unmarked(planted: bool) -> Case:
    """An answer of October 2022 printing 2022: marked partial (clean) or not (planted)."""
    periods = Y4 if planted else [*Y4[:3], "2022*"]
    grid = _grid(STARTED, periods, _with_total(TEACH4, TEACH4_TWICE), footnotes=() if planted else (HALF,))
    case = Case([_answer(74, "14 oktober 2022", "Hoeveel werkzoekenden startten de voorbije jaren een lerarenopleiding via "
                         "een OKOT?", TWICE, [grid])],
                info={("parts-exceed-total", "Totaal", p) for p in Y4})
    if planted:
        case.planted = [Want("partial-period", "info", "", "2022")]
    else:
        case.info.add(("partial-period", "", "2022"))
    return case


ENROL = "Aantal inschrijvingen in een OKOT"
ENROL_ROWS = [(K1, "142", "108", "250"), (L1, "181", "131", "312"), (GRAD, "55", "76", "131"), (MASTER, "97", "83", "180")]


def typo(planted: bool) -> Case:
    """Enrolments (events: every total the exact sum) by year with a total column and a total row;
    planted, 131 printed 113: its row's total and its year's total both fail, one figure explains both."""
    rows = [*ENROL_ROWS, ("Totaal", "475", "398", "873")]
    if planted:
        rows = _replace(rows, L1, 1, "113")
    grid = _grid(ENROL, ["2022", "2023", "Totaal"], rows)
    case = Case([_answer(262, "15 maart 2024", "Hoeveel inschrijvingen telde VDAB in een lerarenopleiding via een OKOT?",
                         "De tabel telt inschrijvingen: wie twee opleidingen volgde, telt twee keer.", [grid])])
    if planted:
        case.planted = [Want("likely-typo", "info", "908011", "2023", 113, suggestion=131),
                        Want("total-exceeds-parts", "error", "908011", "Totaal", 312),
                        Want("total-exceeds-parts", "error", "Totaal", "2023", 398)]
    return case


def revision(planted: bool) -> Case:
    """Two answers: October 2022 (2022 half a year, marked) and March 2023 (2022 whole); planted, a
    full year's figure (908011 in 2020) lower in the later answer than in the earlier."""
    earlier = _answer(74, "14 oktober 2022", "Hoeveel werkzoekenden startten de voorbije jaren een lerarenopleiding via "
                      "een OKOT?", TWICE, [_grid(STARTED, [*Y4[:3], "2022*"], _with_total(TEACH4, [1, 25, 6, 3]),
                                                 footnotes=(HALF,))])
    later_rows = [(K1, "31", "50", "71", "118"), (L1, "37", "79" if planted else "97", "177", "160"),
                  (GRAD, "12", "40", "52", "77"), (MASTER, "", "94", "79", "101")]
    later = _answer(120, "6 maart 2023", "Hoeveel werkzoekenden startten de voorbije jaren een lerarenopleiding via een "
                    "OKOT?", TWICE, [_grid(STARTED, Y4, [*later_rows, ("Totaal", "79", "256", "373", "450")])])
    # (the later answer first in file order: only the question dates say which is later)
    case = Case([later, earlier], info={("figure-revised", k, "2022") for k in ("908001", "908011", "908017", "908020", "Totaal")})
    if planted:
        case.planted = [Want("figure-revised", "warning", "908011", "2020", 79)]
    return case


CASES = {f.__name__: f for f in (partition, over, below, rowtotal, sector, unknown, stage, unmarked, typo, revision)}


# -- the command, as a user runs it --------------------------------------------------------------------

#: The forms that print the question (its number and date) above the tables; an ``.xlsx`` annex
#: holds the table alone: no date orders two annexes (their file order does, and the message says
#: so) and none says a period was not over when the question was asked.
DATED = {"pdf", "pdftotext-layout"}


@lru_cache(maxsize=None)
def _pdf(name: str, planted: bool, index: int) -> bytes:
    return write_pdf(CASES[name](planted).files[index])


def _write(folder: Path, name: str, planted: bool, form: str) -> list[Path]:
    """The case's answers written in `folder` as `form`, one file each, named in the case's order
    (a revision's later answer first: only the question dates tell) — or, for annexes, which
    carry no date, in the order they were published."""
    answers = CASES[name](planted).files
    order = list(range(len(answers)))
    if form not in DATED:
        order.reverse()
    paths = {}
    for rank, index in enumerate(order, 1):
        data, file_name = spanned_bytes(answers[index], lambda: _pdf(name, planted, index), f"{rank}_{name}", form)
        paths[index] = folder / file_name
        paths[index].write_bytes(data)
    return [paths[index] for index in range(len(answers))]  # (in the case's order)


def _main(folder: Path, *args: str) -> int:
    """``okot-audit check . ARGS`` run in `folder` (in this process: the command's own ``main``)."""
    import os

    from okot_audit.cli import main

    here = os.getcwd()
    os.chdir(folder)
    try:
        main(["check", ".", "--no-cache", *args])
    except SystemExit as exit:
        return int(exit.code or 0)
    finally:
        os.chdir(here)
    raise AssertionError("okot-audit check returned without an exit status")


@dataclass
class Run:
    folder: Path
    paths: list[Path]
    status: int
    findings: list[dict]


_RUNS: dict[tuple[str, bool, str], Run] = {}


def _checked(tmp_path_factory, name: str, planted: bool, form: str) -> Run:
    key = (name, planted, form)
    if key not in _RUNS:
        folder = tmp_path_factory.mktemp(f"{name}-{int(planted)}-{form}")
        paths = _write(folder, name, planted, form)
        out = folder.parent / f"{folder.name}.json"
        status = _main(folder, "--format", "json", "-o", str(out))
        _RUNS[key] = Run(folder, paths, status, json.loads(out.read_text(encoding="utf-8"))["findings"])
    return _RUNS[key]


def _row(finding: dict) -> str:
    return finding["training_code"] or finding["label"] or finding["province"] or ""


def _matches(finding: dict, want: Want) -> bool:
    return (finding["rule"], finding["severity"], _row(finding), finding["period"]) == (
        want.rule, want.severity, want.row, want.period) and (want.stated is None or finding["stated"] == want.stated) and (
        want.suggestion is None or finding["suggestion"] == want.suggestion)


def _expected(name: str, planted: bool, form: str) -> list[Want]:
    case = CASES[name](planted)
    if form not in DATED and name == "unmarked":
        return []  # (an annex holds no question: nothing says 2022 was not over)
    return case.planted


def _cell_lines(form: str, path: Path, row: str, period: str | None) -> set[tuple[int, int | None]]:
    """Where the reader puts the cells of `row` (in `period`): the (line, page) a finding about them
    must name — for a table's period alone (no row), its header's."""
    answer = read_bytes(path.read_bytes(), path.name)
    if not row:
        return {(p.line or t.header_line, p.page or t.page) for t in answer.tables for p in t.periods if p.label == period}
    return {(c.line, c.page) for t in answer.tables for c in t.cells
            if (c.code or c.label or c.province) == row and (period is None or c.period == period)}


#: Not mended in round 36 (strict xfail): a period not over when the question was asked, unmarked.
UNMARKED = pytest.mark.xfail(strict=True, reason=(
    "a period that had not ended when the question was asked (2022 answering the question of 14 October 2022), "
    "unmarked by the answer, is read as a whole period without a word: marking it partial by the question's date "
    "(tried in round 36) changes the readings that 68 earlier tests pin (tests/test_meanings18/19/20, "
    "test_unseen_answers2/3/7, test_unseen_pdfs7, test_hidden24: answers dated in the year they print) — "
    "to be done with those tests"))
FAULTS = [pytest.param(name, form, marks=UNMARKED) if name == "unmarked" and form in DATED else (name, form)
          for name in CASES for form in FORMS]
NAMES = [pytest.param(name, marks=UNMARKED) if name == "unmarked" else name for name in CASES]


@pytest.mark.parametrize("name, form", FAULTS)
def test_each_planted_fault_is_found_at_its_place_by_its_rule_and_severity(tmp_path_factory, name, form):
    run = _checked(tmp_path_factory, name, True, form)
    wanted = _expected(name, True, form)
    assert run.status == (1 if any(w.severity == "error" for w in wanted) else 0)
    for want in wanted:
        found = [f for f in run.findings if _matches(f, want)]
        assert found, f"{want} not among {[(f['rule'], _row(f), f['period']) for f in run.findings]}"
        finding = found[0]
        path = next(p for p in run.paths if p.name == Path(finding["path"]).name)
        if len(run.paths) > 1:  # (a revision: at the later answer's cell)
            assert path == run.paths[0]
        assert (finding["line"], finding["page"]) in _cell_lines(form, path, want.row, want.period)
        if form == "pdftotext-layout":  # the line as the user sees it holds the row (or the period's header)
            printed = path.read_text(encoding="utf-8").split("\n")[finding["line"] - 1]
            assert (want.row or want.period) in printed
            if want.stated is not None and want.row:
                assert _dutch(want.stated) in printed.split()
        assert finding["page"] == (1 if form in DATED else None)
    said = {(f["rule"], f["severity"], _row(f), f["period"]) for f in run.findings if f["severity"] != "info"}
    assert said == {(w.rule, w.severity, w.row, w.period) for w in wanted if w.severity != "info"}


@pytest.mark.parametrize("name, form", [(name, form) for name in CASES for form in FORMS])
def test_a_clean_answer_gives_no_error_nor_warning_and_says_its_double_counting(tmp_path_factory, name, form):
    run = _checked(tmp_path_factory, name, False, form)
    assert run.status == 0
    assert [(f["rule"], _row(f), f["period"]) for f in run.findings if f["severity"] != "info"] == []
    info = {(f["rule"], _row(f), f["period"]) for f in run.findings}
    assert {f["rule"] for f in run.findings} <= {"parts-exceed-total", "partial-period", "figure-revised"}
    want = CASES[name](False).info
    if form not in DATED:  # (an annex: no question, so its answers compare in the order they were published)
        assert want <= info or name == "revision" and {w for w in want if w[0] != "figure-revised"} <= info
    else:
        assert want <= info
    for finding in run.findings:
        if finding["rule"] == "parts-exceed-total":
            assert finding["difference"] == finding["observed"] - finding["stated"] > 0


def _report(tmp_path_factory, name: str, planted: bool, form: str, *args: str) -> tuple[int, str]:
    run = _checked(tmp_path_factory, name, planted, form)
    out = run.folder.parent / f"{run.folder.name}-{'-'.join(a.strip('-') for a in args)}.out"
    status = _main(run.folder, *args, "-o", str(out))
    return status, out.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_the_dutch_report_says_each_planted_fault_with_the_same_numbers(tmp_path_factory, name):
    form = "pdftotext-layout"
    findings = _checked(tmp_path_factory, name, True, form).findings
    english = {json.dumps([f["rule"], f["line"], f["period"], _row(f), f["suggestion"]]): f for f in findings}
    status, text = _report(tmp_path_factory, name, True, form, "--format", "json", "--lang", "nl")
    assert status == _checked(tmp_path_factory, name, True, form).status
    dutch = json.loads(text)["findings"]
    assert len(dutch) == len(findings)
    for want in CASES[name](True).planted:
        nl = next(f for f in dutch if _matches(f, want))
        en = english[json.dumps([nl["rule"], nl["line"], nl["period"], _row(nl), nl["suggestion"]])]
        assert nl["message"] != en["message"] and nl["stated"] == en["stated"]
        # the numbers the finding carries are said in both languages, as is the row or the period
        for number in (nl["stated"], nl["observed"], nl["suggestion"],
                       abs(nl["difference"] or 0) if "total" in want.rule else None):
            if number is not None:
                assert str(number) in nl["message"] and str(number) in en["message"]
        # (a row by its code — or, in a total column's finding, by its programme's name as printed)
        named = {want.row or want.period} | {label.split(": ", 1)[1] for label in (K1, L1, GRAD, MASTER)
                                             if label.startswith(f"{want.row}: ") and want.period == "Totaal"}
        assert any(name in nl["message"] and name in en["message"] for name in named)
    _, plain = _report(tmp_path_factory, name, True, form, "--lang", "nl")
    for want in CASES[name](True).planted:
        severity = {"error": "fout", "warning": "waarschuwing", "info": "info"}[want.severity]
        assert any(want.rule in line and f"[{severity}]" in line for line in plain.splitlines())


LEVELS = {"error": "error", "warning": "warning", "info": "note"}


@pytest.mark.parametrize("name", NAMES)
def test_sarif_places_each_planted_fault_at_its_file_and_line(tmp_path_factory, name):
    run = _checked(tmp_path_factory, name, True, "pdf")
    _, text = _report(tmp_path_factory, name, True, "pdf", "--format", "sarif")
    sarif = json.loads(text)
    results = sarif["runs"][0]["results"]
    assert len(results) == len(run.findings)
    for want in CASES[name](True).planted:
        finding = next(f for f in run.findings if _matches(f, want))
        result = next(r for r in results if r["properties"]["rule"] == want.rule
                      and r["properties"]["period"] == want.period and _row(r["properties"]) == want.row)
        location = result["locations"][0]["physicalLocation"]
        assert result["level"] == LEVELS[want.severity] and result["message"]["text"]
        assert location["artifactLocation"]["uri"] == Path(finding["path"]).name
        assert location["region"]["startLine"] == finding["line"]
        if want.rule == "figure-revised":  # (the earlier answer's cell beside it)
            assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in result["relatedLocations"]] == [
                run.paths[1].name]


@pytest.mark.parametrize("name, status", [("over", 1), ("unknown", 0), ("stage", 0), ("revision", 0)])
def test_the_installed_command_exits_by_the_contract(tmp_path, name, status):
    """The command as users run it, in a subprocess: 1 for an error, 0 for warnings alone — and 1
    for them with ``--fail-on warning``, 0 again with ``--exit-zero``."""
    _write(tmp_path, name, True, "pdftotext-layout")

    def run(*args: str) -> int:
        return subprocess.run([sys.executable, "-m", "okot_audit", "check", ".", "--no-cache", "-q", *args], cwd=tmp_path,
                              capture_output=True, text=True, timeout=300).returncode

    assert run() == status
    assert run("--fail-on", "warning") == 1
    assert run("--fail-on", "warning", "--exit-zero") == 0


# -- found above, each on its own ---------------------------------------------------------------------

ASKED = ("OKOT's in de onderwijssector\n\nANTWOORD\nop vraag nr. 74 van {date}\nvan JAN PEETERS\n\n"
         "Hieronder het aantal unieke cursisten dat een OKOT startte.\n\n"
         "Unieke cursisten met gestarte OKOT'(s)\n\n"
         "Opleiding {periods}\n908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 31 50 71\n"
         "908017: Educatieve graduaatsopleiding 12 40 52\nTotaal 43 88 120\n\nBron: VDAB.\n")


def _partial(text: str) -> tuple[set[str], list]:
    from okot_audit import audit, read_text

    answer = read_text(text)
    return ({p.label for t in answer.tables for p in t.periods if p.partial},
            [f for f in audit(answer).findings if f.rule == "partial-period"])


@pytest.mark.parametrize("date, periods, partial", [
    pytest.param("14 oktober 2022", "2020 2021 2022", {"2022"}, marks=UNMARKED),
    pytest.param("3 maart 2023", "2019-2020 2020-2021 2022-2023", {"2022-2023"}, marks=UNMARKED),
    # (over by the time of the answer — a month always is, within a month —, or not begun: the
    # question's date leaves them alone)
    ("3 maart 2023", "januari 2023 februari 2023 maart 2023", set()),
    ("14 december 2022", "2020 2021 2022", set()),
    pytest.param("14 oktober 2022", "2021 2022 2023", {"2022"}, marks=UNMARKED),
    ("14 januari 2023", "2020 2021 2022", set()),
])
def test_a_period_not_over_when_the_question_was_asked_is_partial(date, periods, partial):
    """``2022`` in an answer to the question of 14 October 2022 is read as a whole year when the
    answer does not mark it, and compared as one — without a word (strict xfail: :data:`UNMARKED`)."""
    read, said = _partial(ASKED.format(date=date, periods=periods))
    assert read == partial
    assert [f.period for f in said] == sorted(partial)
    for finding in said:
        assert date.split()[0] in finding.message and "not marked partial" in finding.message


def test_a_period_the_answer_marks_keeps_the_answers_own_words():
    text = ASKED.format(date="14 oktober 2022", periods="2020 2021 2022*").replace(
        "\n\nBron", "\n* 2022: enkel januari tot en met juni.\n\nBron")
    read, said = _partial(text)
    assert read == {"2022"} and len(said) == 1 and "enkel januari" in said[0].message


@UNMARKED
def test_the_unmarked_period_is_said_in_dutch_with_the_dates():
    from okot_audit import audit, read_text

    (finding,) = [f for f in audit(read_text(ASKED.format(date="14 oktober 2022", periods="2020 2021 2022")),
                                   lang="nl").findings if f.rule == "partial-period"]
    assert "14 oktober 2022" in finding.message and "31 december 2022" in finding.message


def test_a_partial_period_said_below_its_table_in_a_pdf_has_its_page(tmp_path_factory):
    """On main the finding of a footnote below the table's last row had no page (nothing placed
    after it to tell)."""
    run = _checked(tmp_path_factory, "unmarked", False, "pdf")
    (finding,) = [f for f in run.findings if f["rule"] == "partial-period"]
    assert finding["page"] == 1 and finding["line"] > max(line for line, _ in _cell_lines("pdf", run.paths[0], "Totaal", None))


def test_a_total_below_its_largest_part_is_no_typo_of_that_part(tmp_path_factory):
    """On main, ``Vlaams Gewest 322`` over provinces of 341, 162, 322, 110 and 230 was explained as
    Antwerpen's ``341`` a typo for ``314`` — which would count 816 of the 322 persons twice: the
    total is the likely wrong figure, and both are named by ``error-located``."""
    run = _checked(tmp_path_factory, "below", True, "pdftotext-layout")
    assert [f for f in run.findings if f["rule"] == "likely-typo"] == []
    located = {(_row(f), f["period"]) for f in run.findings if f["rule"] == "error-located"}
    assert located == {("Antwerpen", "2023"), ("Vlaams Gewest", "2023")}


@pytest.mark.xfail(strict=True, reason="the question's own heading line 'Schriftelijke vraag nr. 74 van 14 oktober 2022 "
                                       "van …' gives no date (only 'op vraag nr. …' or a heading with 'datum:' do); "
                                       "reading it so would also read a cited question's wrapped line "
                                       "('… op mijn schriftelijke ⏎ vraag nr. 271 van 8 oktober 2018 geeft …')")
def test_a_question_headed_with_its_number_and_date_gives_its_date():
    from okot_audit import read_text

    answer = read_text("Schriftelijke vraag nr. 74 van 14 oktober 2022 van Jan Peeters aan de minister van Werk.\n\n"
                       + ASKED.split("\n\n", 2)[2].replace("Bron: VDAB.", ""))
    assert answer.question_date is not None and answer.question_date.isoformat() == "2022-10-14"
