"""Session 33: a number range in a training name broken over lines (``deel 2 - 3``, ``niveau 5 -
6``), opened at a line's end and closed on a following line.

Before, the row's lines were cut at the range's opening figure, taken for the row's figures,
before the lines below were weighed:

- ``069197: Specifieke bijkomende  2`` / ``-`` / ``3 30 28`` under two periods (the seeds' form,
  two spaces before the 2: a blank cell's spacing): the 2 read as 2017's count, SILENTLY a wrong
  cell, the row's figures a stray line and a false total error after it.
- ``Antwerpen 482161: vakbevoegdheid 2 -`` / ``3 en bachelor`` / ``… educ x x 459 33 44 x``
  under six years: the dash made a blank's mark, the row refused (``ambiguous-alignment``) though
  its line of figures fills every column.

Now the range is the name's where the lines below carry the row's figures filling the header's
columns after the range's end (:func:`okot_audit.parse.regions._range_closed_over_figures`;
:func:`okot_audit.parse.blanks._range_closed_over_cells`). Where they do not, the opening figure
stays the row's count as before, or the row is said.
"""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generate.extract import EXTRACTORS
from generate.model import LABEL_WORDS
from generate.render import RANGE_BREAKS, numeric_tail, range_segments
from okot_audit import audit, read_text
from test_rowasm32 import _form

_MARKS = {"seeds": None, "x": "x", "dash": "-", "single": None}


def _text(rows, periods, form: str, where: str, double: bool = False, then: int | None = None,
          province: str = "") -> str:
    """An answer's table in one of the generators' text forms (`form`: the seeds' spacing, blanks
    as ``x`` or ``-`` marks, or single-spaced), its first row's name broken inside its range
    `where` (:func:`generate.render.range_segments`), two spaces before the range's opening digit
    where `double` (the seeds' form sets a double space inside a name)."""
    lines = ["Vraag 1 van 3 maart 2023", "", "Opleiding " + " ".join(periods)]
    for i, (code, label, values) in enumerate(rows):
        pieces = range_segments(label, where, then) if i == 0 else [label]
        if i == 0 and double:
            pieces = [re.sub(r" (\d)$", r"  \1", piece) for piece in pieces]
        pieces[-1] += numeric_tail(values, False, _MARKS[form])
        pieces[0] = (province if i == 0 else "") + f"{code}: {pieces[0]}"
        lines.extend(pieces)
    totals = [sum(v[k] or 0 for _, _, v in rows) for k in range(len(periods))]
    lines.append(("Totaal Antwerpen " if province else "Totaal ") + " ".join(map(str, totals)))
    text = "\n".join(lines) + "\n"
    return re.sub(r" +", " ", text) if form == "single" else text


def _want(rows, periods) -> dict[tuple[str, str], int]:
    return {(" ".join(label.split()), p): v for _, label, values in rows for p, v in zip(periods, values) if v is not None}


def _got(answer) -> dict[tuple[str, str], int]:
    return {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}


def _said(answer) -> bool:
    return bool(answer.issues) or any(f.severity == "error" for f in audit(answer).findings)


_TWO = ["2021", "2022"]
_SIX = ["2015", "2016", "2017", "2018", "2019", "2020"]
_RANGE_ROWS = [("111111", "Specifieke bijkomende 2 - 3", [30, 28]), ("222222", "Logistiek verkort", [5, 6])]
_WORDS_ROWS = [("111111", "vakbevoegdheid 2 - 3 en bachelor Educatieve", [30, 28]), ("222222", "Logistiek verkort", [5, 6])]
_SIX_ROWS = [("111111", "vakbevoegdheid 2 - 3 en bachelor Educatieve educ", [None, None, 459, 33, 44, None]),
             ("222222", "Logistiek verkort", [5, 6, 7, 8, 9, 10])]


# Each was said before (a false total error, stray numbers, or the row refused) — the opening
# digit read as a count where it stood apart like one, or the range's dash made a blank.
@pytest.mark.parametrize("rows, periods, form, where, double, then, province", [
    (_RANGE_ROWS, _TWO, "seeds", "dash-alone", True, None, ""),
    (_RANGE_ROWS, _TWO, "seeds", "after-start", True, None, "Antwerpen "),
    (_RANGE_ROWS, _TWO, "x", "dash-alone", True, None, ""),
    (_RANGE_ROWS, _TWO, "dash", "after-start", True, None, ""),
    (_WORDS_ROWS, _TWO, "seeds", "after-start", True, 1, ""),
    (_WORDS_ROWS, _TWO, "x", "dash-alone", True, 2, "Antwerpen "),
    (_WORDS_ROWS, _TWO, "single", "after-dash", False, 2, ""),
    (_SIX_ROWS, _SIX, "seeds", "after-dash", False, 2, ""),
    (_SIX_ROWS, _SIX, "x", "after-dash", True, 2, "Antwerpen "),
], ids=["dash-alone", "after-start-province", "x-dash-alone", "dash-marks", "words-then-figures",
        "x-words-dash-alone", "single-after-dash", "six-spaced-after-dash", "six-x-after-dash"])
def test_a_names_range_broken_over_lines_is_the_names_in_every_text_form(rows, periods, form, where, double, then, province):
    answer = read_text(_text(rows, periods, form, where, double, then, province), "g.txt")
    assert _got(answer) == _want(rows, periods)
    assert answer.issues == []
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] == []


# ---------------------------------------------------------------------------------------------
# The other side: where the figures after the range's end fill no row, the opening figure is no
# name's — the row's count as before, or the row said; never the name's in silence.

_HEAD = "Vraag 1 van 3 maart 2023\n\n"


def _forms(text: str) -> list[tuple[str, str]]:
    """`text` (the seeds' spacing) and its single-spaced form."""
    return [("seeds", text), ("single", re.sub(r" +", " ", text))]


@pytest.mark.parametrize("form", ["seeds", "single"])
def test_a_count_ending_a_line_over_a_dash_that_is_a_blank_stays_the_count(form):
    """``Kapper  2`` / ``- 3 4`` under two periods: the range's end leaves one figure (4) for two
    columns — no row's figures; the 2 stays Kapper's 2022 (spacing) and the line below is said."""
    text = dict(_forms(_HEAD + "Opleiding 2021 2022\n123456: Kapper  2\n- 3 4\n234567: Logistiek 5 6\nTotaal 5 8\n"))[form]
    answer = read_text(text, "g.txt")
    assert not any("Kapper 2 - 3" in label for label, _ in _got(answer))
    assert _said(answer)
    assert _got(answer)[("Logistiek", "2021")] == 5


@pytest.mark.parametrize("form", ["seeds", "single"])
def test_a_name_ending_in_its_number_over_figures_led_by_a_dash_blank_keeps_them(form):
    """``Opvoeder niveau 2`` / ``- 3 4`` under three periods: the line's dash a blank, the row's
    three cells (blank, 3, 4); the range's end would leave one figure for three columns."""
    text = dict(_forms(_HEAD + "Opleiding 2021 2022 2023\n123456: Opvoeder niveau 2\n- 3 4\n"
                       "234567: Logistiek 5 6 7\nTotaal 5 9 11\n"))[form]
    answer = read_text(text, "g.txt")
    got = {(label.startswith("Opvoeder niveau 2") and "2 - 3" not in label, period): count
           for (label, period), count in _got(answer).items() if label.startswith("Opvoeder")}
    assert got == {(True, "2022"): 3, (True, "2023"): 4}
    assert answer.issues == []


@pytest.mark.parametrize("form", ["seeds", "single"])
def test_a_one_period_tables_count_over_a_range_end_without_figures_is_no_names_in_silence(form):
    """``Kapper 2`` / ``- 3`` / ``Logistiek 5`` under one column: the range's end leaves no figure
    for the name ``Kapper 2 - 3``, and the 2 may be Kapper's count — said, never guessed."""
    text = dict(_forms(_HEAD + "Opleiding Aantal\nKapper 2\n- 3\nLogistiek 5\nTotaal 7\n"))[form]
    answer = read_text(text, "g.txt")
    assert _said(answer)
    assert {label for label, _ in _got(answer)} <= {"Kapper", "Logistiek"}


@pytest.mark.parametrize("form", ["seeds", "x", "single"])
def test_a_dash_ending_a_line_closed_by_words_without_figures_below_stays_a_blank(form):
    """``123456: Kapper 2 -`` / ``3 en bachelor`` / the next coded row: no line of the name below
    fills the columns, so the dash is the blank it may be and 2 the row's count (as before)."""
    text = _HEAD + "Opleiding 2021 2022\n123456: Kapper 2 -\n3 en bachelor\n234567: Logistiek 5 6\nTotaal 7 6\n"
    if form == "x":
        text = text.replace("Kapper 2 -", "Kapper 2 x")
    elif form == "single":
        text = re.sub(r" +", " ", text)
    answer = read_text(text, "g.txt")
    assert _got(answer) == {("Kapper 3 en bachelor", "2021"): 2, ("Logistiek", "2021"): 5, ("Logistiek", "2022"): 6}
    assert answer.issues == []


def test_a_capitalised_line_below_a_code_less_range_is_its_own_row():
    """Without codes a line in capitals starts a row: ``Kapper 2 -`` / ``3 en bachelor`` /
    ``Logistiek 5 6`` keeps Logistiek's figures its own (as before), Kapper's 2 its count."""
    answer = read_text(_HEAD + "Opleiding 2021 2022\nKapper 2 -\n3 en bachelor\nLogistiek 5 6\nTotaal 7 6\n", "g.txt")
    assert _got(answer)[("Logistiek", "2021")] == 5 and _got(answer)[("Logistiek", "2022")] == 6
    assert not any("Logistiek" in label and "Kapper" in label for label, _ in _got(answer))


# ---------------------------------------------------------------------------------------------
# A property: generated names with a range broken at each position, in each text form — read
# back exactly, or said; never a wrong cell in silence.

@st.composite
def _answers(draw):
    n = draw(st.integers(2, 4))
    periods = [str(2019 + k) for k in range(n)]
    start = draw(st.integers(1, 8))
    before = draw(st.lists(st.sampled_from(LABEL_WORDS), min_size=1, max_size=3))
    after = draw(st.lists(st.sampled_from(LABEL_WORDS), max_size=3))
    label = " ".join([*before, str(start), "-", str(draw(st.integers(start + 1, 9))), *after])
    form = draw(st.sampled_from(sorted(_MARKS)))
    blanks = form != "single"  # (single spaces show no blank)
    value = st.one_of(st.none(), st.integers(1, 500)) if blanks else st.integers(1, 500)
    values = draw(st.lists(value, min_size=n, max_size=n).filter(lambda vs: any(v is not None for v in vs)))
    other = draw(st.lists(st.integers(1, 500), min_size=n, max_size=n))
    rows = [("111111", label, values), ("222222", "Logistiek verkort", other)]
    where = draw(st.sampled_from(RANGE_BREAKS))
    then = draw(st.sampled_from([None, 1, 2])) if after else None
    double = draw(st.booleans()) and form != "single"
    return rows, periods, _text(rows, periods, form, where, double, then)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_answers())
def test_a_generated_names_range_broken_anywhere_is_read_back_exactly_or_said(case):
    rows, periods, text = case
    answer = read_text(text, "g.txt")
    if not _said(answer):
        assert _got(answer) == _want(rows, periods), text


# ---------------------------------------------------------------------------------------------
# The PDF forms: a cell that wraps a name inside its range, read from the PDF and each
# extractor's text — exactly, or said.

_PDF_ROWS = [("Specifieke bijkomende 2\n- 3 opleiding", (30, 28)), ("Logistiek verkort", (5, 6)),
             ("Opvoeder niveau 5 -\n6 en bachelor", (12, 14))]


@functools.lru_cache(maxsize=None)
def _pdf() -> bytes:
    fpdf = pytest.importorskip("fpdf", reason="the PDF forms need fpdf2 (pip install '.[test]')")
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.cell(0, 8, "Aantal unieke cursisten per opleiding bij VDAB", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(60, 6, "Opleiding")
    for i, period in enumerate(_TWO):
        pdf.set_x(90 + 30 * i)
        pdf.cell(30, 6, period, align="R")
    pdf.set_xy(10, pdf.get_y() + 9)
    for name, counts in _PDF_ROWS:
        y = pdf.get_y()
        pdf.multi_cell(60, 6, name, align="L", new_x="RIGHT", new_y="TOP")
        for k, count in enumerate(counts):
            pdf.set_xy(90 + 30 * k, y)
            pdf.cell(30, 6, str(count), align="R")
        pdf.set_xy(10, y + 6 * (name.count("\n") + 1) + 3)
    y = pdf.get_y()
    pdf.cell(60, 6, "Totaal")
    for k in range(len(_TWO)):
        pdf.set_xy(90 + 30 * k, y)
        pdf.cell(30, 6, str(sum(counts[k] for _, counts in _PDF_ROWS)), align="R")
    return bytes(pdf.output())


@pytest.mark.parametrize("form", ("pdf",) + EXTRACTORS)
def test_a_pdf_cell_wrapped_inside_a_names_range_is_read_exactly_in_every_form(form):
    """Each name whole with its range (``Specifieke bijkomende 2 - 3 opleiding``, ``Opvoeder
    niveau 5 - 6 en bachelor``) at its own figures; plain ``pdftotext``, which parts the cells,
    says the table unreadable."""
    answer = _form(_pdf(), form)
    if form == "pdftotext" and [i.kind for i in answer.issues] == ["unreadable-table"]:
        return
    want = {(" ".join(name.split()), p): c for name, counts in _PDF_ROWS for p, c in zip(_TWO, counts)}
    assert _got(answer) == want
    assert not _said(answer)
