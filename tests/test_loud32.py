"""Loud readings that could be read (session 32).

- A month's label wrapped in a narrow cell of a PDF's header (``november 2023`` set as
  ``november`` over ``2023``): pdfplumber's text prints the month names on the header's line and
  their years on the line below (``Provincie november`` / ``2023``, ``Provincie november december
  januari`` / ``2023 2023 2024``). One month over its year is one period; months over a line of
  their years (a year for each, in time) are theirs — no longer "no header with periods" (the
  year read as a figure) nor "the same periods printed twice".
"""

from __future__ import annotations

import pytest

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_red27 import asked  # noqa: E402
from test_red30 import Cell, Grid, Spanned, read_bytes, spanned_bytes, write_pdf  # noqa: E402

# ---------------------------------------------------------------------------------------------
# 1. Month labels wrapped in narrow cells.

MONTH_PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen"]


def _months_answer(months: list[str], width: float) -> tuple[Spanned, list[tuple]]:
    """Unique persons who started by province and month, each month's column `width` mm wide
    (narrow enough that ``november 2023`` wraps after its month); one person counted in two
    provinces each month. The answer and its cells (label, period, count) as a reading holds them."""
    periods = [f"{year}-{MONTH_NUMBERS[name]:02d}" for name, year in (m.split() for m in months)]
    counts = {p: [10 + 7 * i + 3 * j for j in range(len(months))] for i, p in enumerate(MONTH_PROVINCES)}
    totals = [sum(counts[p][j] for p in MONTH_PROVINCES) - 1 for j in range(len(months))]
    body = [([Cell(p), *(Cell(str(v)) for v in counts[p])], False) for p in MONTH_PROVINCES]
    body.append(([Cell("Totaal"), *(Cell(str(v)) for v in totals)], True))
    answer = Spanned(
        title="OKOT's - gestarte cursisten per maand",
        before=asked(1013, "4 januari 2024", "Stijn Bex", "Hoeveel werkzoekenden startten een OKOT per maand?",
                     "De tabel geeft per provincie het aantal unieke cursisten dat startte."),
        grids=[Grid("Tabel 1. Unieke cursisten met gestarte OKOT'(s) per provincie en maand",
                    [40] + [width] * len(months), [[Cell("Provincie"), *(Cell(m) for m in months)]], body)],
        after=["Bron: VDAB."])
    cells = [(p, period, counts[p][j]) for p in MONTH_PROVINCES for j, period in enumerate(periods)]
    cells += [("Totaal", period, v) for period, v in zip(periods, totals)]
    return answer, sorted(cells)


MONTH_NUMBERS = {"september": 9, "oktober": 10, "november": 11, "december": 12, "januari": 1}


@pytest.mark.parametrize("form", ["pdfplumber", "pdfplumber-layout", "pdf", "pdftotext-layout", "seeds"])
@pytest.mark.parametrize("months", [
    ["november 2023"],  # one month: ``Provincie november`` / ``2023``
    ["november 2023", "december 2023", "januari 2024"],  # across the year: ``2023 2023 2024``
    ["september 2023", "oktober 2023", "november 2023", "december 2023"],  # ``2023 2023 2023 2023``
])
def test_a_month_wrapped_over_its_year_in_a_narrow_cell_is_one_period(months, form):
    answer, cells = _months_answer(months, 22.0)
    pdf = write_pdf(answer)
    read = read_bytes(*spanned_bytes(answer, lambda: pdf, "months", form))
    assert sorted((c.label, c.period, c.count) for t in read.tables for c in t.cells) == cells
    findings = audit(read).findings
    assert [f.rule for f in findings if f.severity != "info"] == []
    assert {(f.rule, f.period, f.difference) for f in findings} == {
        ("parts-exceed-total", period, 1) for _, period, _ in cells}


def test_a_month_name_ending_a_line_over_a_year_of_another_column_is_no_period():
    """The other side, laid out: the year under the header's first column, not under the month
    (a row's figure that looks like a year), is no wrapped label of that month."""
    from okot_audit.parse.regions import _month_over_its_year

    assert _month_over_its_year("Provincie        november", "                    2023") == "Provincie"
    assert _month_over_its_year("Provincie        november", "2023") is None
    assert _month_over_its_year("Provincie november", "2023") == "Provincie"  # (single-spaced: no places)
    assert _month_over_its_year("Provincie oktober november", "2023") is None  # (two months: one year is theirs)
    assert _month_over_its_year("Provincie november", "Antwerpen 2023") is None


# ---------------------------------------------------------------------------------------------
# 3. A year cut to two digits after any apostrophe (patterns.CUT_YEAR): asked in a question, and
#    in the words of a row beside prose.


@pytest.mark.parametrize("mark", ["'", "\u2019", "\u2018"])
@pytest.mark.parametrize("question, periods", [
    ("1. Hoeveel personen startten in {m}21 een OKOT?", ("2021",)),
    ("1. Hoeveel personen startten in het schooljaar 2019-{m}20 een OKOT?", ("2019", "2020")),
    ("1. Hoeveel personen startten in {m}20 en {m}21 een OKOT?", ("2020", "2021")),
    ("1. Hoeveel personen startten tussen 2018 en {m}20 een OKOT?", ("2018", "2019", "2020")),
    ("1. Hoeveel personen startten in 1999-{m}01?", ("1999", "2000", "2001")),
])
def test_a_year_cut_after_any_apostrophe_in_a_question_is_asked(question, periods, mark):
    """``in ’21``, ``2019-’20`` (as ``2019-2020`` is read: both years), ``’20 en ’21``: the years
    asked, with a plain apostrophe or either curly one. Before: no period asked (``in ’21``), or
    the range's cut year read as nothing."""
    from okot_audit.parse.questions import asked_in

    text = question.format(m=mark)
    asked = asked_in((text,), 1, 1)
    assert asked is not None and (asked.periods, asked.count, asked.line) == (periods, len(periods), 1)
    assert asked.words in text


@pytest.mark.parametrize("question", [
    "1. Hoeveel diploma’s 21 behaalden zij?",  # (a plural's apostrophe before a number: no year)
    "1. Hoeveel personen startten in ’215?",  # (three digits: no year)
    "1. Hoeveel personen volgen een opleiding van één tot drie jaar?",
])
def test_an_apostrophe_before_digits_that_cut_no_year_asks_nothing(question):
    from okot_audit.parse.questions import asked_in

    assert asked_in((question,), 1, 1) is None


BESIDE = ("OKOT's\n\nAntwoord\n\nDe cijfers volgen.\n\n"
          "Diploma{m}s Antwerpen 577 601 640 zorgsector, per provincie. In antwoord op\n"
          "Diploma{m}s Limburg 529 540 555 hierbij de cijfers van VDAB. Het aantal\n"
          "Diploma{m}s Oost-Vlaanderen 918 930 951 in 2019 tot 2021 een OKOT startte\n")


@pytest.mark.parametrize("mark", ["'", "\u2019", "\u2018"])
def test_rows_beside_prose_whose_words_hold_any_apostrophe_are_said(mark):
    """Rows with prose after their figures, their words holding an apostrophe: said at their lines
    whichever apostrophe (before: with ``‘`` nothing at all — the figures lost silently)."""
    from okot_audit import read_text

    findings = audit(read_text(BESIDE.format(m=mark), "b.txt")).findings
    assert [(f.rule, f.line, f.severity) for f in findings] == [("unreadable-table", 7, "error")]
    assert "lines 7\u20139" in findings[0].message


# ---------------------------------------------------------------------------------------------
# 4. schema-violation: one finding per row and check, naming its periods.

CODED_AMONG_UNCODED = (
    "OKOT's tot leerkracht\n\nAntwoord\n\nTabel 1. Unieke cursisten met gestarte OKOT'(s) tot leerkracht\n\n"
    "Opleiding {periods}\n"
    "908001A: Educatieve bachelor voor kleuteronderwijs - 1ste jaar (dagtraject) {a}\n"
    "908001B: Educatieve bachelor voor kleuteronderwijs - 1ste jaar (avondtraject) {b}\n"
    "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar {c}\n"
    "Totaal {t}\n")


def _schema_findings(text: str, lang: str = "en"):
    from okot_audit import read_text

    return [f for f in audit(read_text(text, "a.txt"), lang=lang).findings if f.rule == "schema-violation"]


def test_a_coded_row_among_rows_without_codes_is_one_finding_naming_its_periods():
    """``908003`` in a table of programmes named after codes with a letter (``908001A``): its
    code fails the schema in each of the three periods — one finding at its line, the periods
    named (before: three findings, one per period, the same words at the same line)."""
    text = CODED_AMONG_UNCODED.format(periods="2021 2022 2023", a="40 50 71", b="10 12 15", c="25 30 33",
                                      t="75 92 119")
    found = _schema_findings(text)
    assert [(f.line, f.period, f.training_code) for f in found] == [(10, None, "908003")]
    assert "in 3 periods (2021, 2022, 2023): it must be empty" in found[0].message
    dutch = _schema_findings(text, "nl")
    assert len(dutch) == 1 and "in 3 perioden (2021, 2022, 2023): ze moet leeg zijn" in dutch[0].message


def test_a_coded_row_under_one_period_is_said_as_before():
    """The other side: one period, one finding, its period kept (the message as before)."""
    text = CODED_AMONG_UNCODED.format(periods="2023", a="71", b="15", c="33", t="119")
    found = _schema_findings(text)
    assert [(f.line, f.period, f.training_code) for f in found] == [(10, "2023", "908003")]
    assert found[0].message.startswith("column 'code' fails check isin with value '908003': it must be empty;")


# ---------------------------------------------------------------------------------------------
# 2. A block's name wrapped in its cell, closed by its short name (``Totaal Brussel`` under
#    ``Brussels`` / ``Hoofdstedelijk`` / ``Gewest``; ``Totaal Vlaams-Brabant`` under
#    ``Vlaams-Brabant`` / ``en Brussel``).


def _short_closed(form: str):
    from test_layout31 import FORMS, HEAD

    body, rows = FORMS[form]
    long_name = "Vlaams-Brabant en Brussel" if "Vlaams-Brabant" in body else "Brussels Hoofdstedelijk Gewest"
    short = "Vlaams-Brabant" if long_name.startswith("Vlaams") else "Brussel"
    body = body.replace(f"Totaal {long_name}", f"Totaal {short}")
    text = (HEAD + "903630: Graduaat verpleegkunde 10\nTotaal Antwerpen 10\n" + body
            + f"Eindtotaal {10 + int(body.rsplit(' ', 1)[1])}\n")
    return text, rows, short


@pytest.mark.parametrize("form", ["alone between rows", "beside a name's lines", "staggered",
                                  "side by side, figures between", "side by side"])
def test_a_place_wrapped_over_lines_closed_by_its_short_name_is_the_blocks(form):
    """The forms of tests/test_layout31.py, each block closed by the place's short name. Before:
    the name's pieces read into the rows' names (``… lerarenopleiding Vlaams-Brabant en Brussel``,
    ``… Tweedekansonderwijs Gewest algemene …``: silent), or a row refused (``Gewest 033224: …``)."""
    from okot_audit import read_text

    text, rows, short = _short_closed(form)
    answer = read_text(text, "wrapped.txt")
    assert answer.issues == []
    got = sorted((c.code, c.label, c.province, c.count, c.line) for t in answer.tables for c in t.cells
                 if c.level == "row")
    assert got == sorted([("903630", "Graduaat verpleegkunde", "Antwerpen", 10, 4)]
                         + [(code, label, short, count, line) for code, label, count, line in rows])
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


@pytest.mark.parametrize("below", ["en gehandicaptenzorg", "en Brusselse scholen"])
def test_a_provinces_name_over_words_that_make_no_longer_name_of_it_stays_apart(below):
    """The other side: ``Vlaams-Brabant`` / ``en gehandicaptenzorg`` (``en Brusselse scholen``)
    closed by ``Totaal Vlaams-Brabant``: no place's name — the words are the row's name's."""
    from okot_audit import read_text

    text = ("Hieronder het aantal unieke cursisten per provincie.\n\nProvincie Opleiding 2021\n"
            f"903631: Graduaat jeugd-\n12\nVlaams-Brabant\n{below}\n903632: Graduaat orthopedagogie 14\n"
            "Totaal Vlaams-Brabant 26\nEindtotaal 26\n")
    answer = read_text(text, "neg.txt")
    labels = {c.code: c.label for t in answer.tables for c in t.cells if c.level == "row"}
    assert labels["903631"] == f"Graduaat jeugd- {below}"
