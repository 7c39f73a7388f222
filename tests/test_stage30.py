"""A coded row's figures on its name's first line, the name's end below them (session 30).

Single-spaced text (pdfplumber, pypdf; a PDF whose figures stand at the top of a wrapped
name's cell) prints a coded row's figures beside its name's first line and the rest of the
name below them::

    900711: Hoger beroepsonderwijs 10 11
    verpleegkunde - module 1

Where consecutive rows' names end in a word and a number that counts up (``module 1`` /
``module 2`` / ``module 3``), the furniture step took those lines for a running header that
ends in its page's number (:func:`okot_audit.parse.furniture._numbered_headers`) and left them
blank: every label lost its end and its number, and nothing was said. Words that name no paper
are now a page's running header only where form feeds tell each line's page and each stands on
a page of its own, its number its page's; otherwise the line stays for the table to read (a
name's end) or to say.
"""

from __future__ import annotations

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from generate.extract import EXTRACTORS, extract, read_form
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf
from okot_audit import read_text

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

INTRO = "Antwoord op vraag nr. 12 van 3 maart 2023 over de OKOT-trajecten van VDAB."
HEAD = "Unieke cursisten met gestarte OKOT'(s)"


def _cells(answer) -> dict:
    return {(c.code or c.label, c.period): c.count for t in answer.tables for c in t.cells}


def _labels(answer) -> dict:
    return {c.code: c.label for t in answer.tables for c in t.cells if c.code}


def _spaced_text(rows: list[tuple[str, str, str, list[int]]], total: list[int], periods: list[str]) -> str:
    """Single-spaced text: each row's code, its name's first part and its figures on one line, the
    name's end on the line below (`rows`: code, first part, end, figures)."""
    lines = [INTRO, "", HEAD, "", "Opleiding " + " ".join(periods)]
    for code, first, end, values in rows:
        lines.append(f"{code}: {first} " + " ".join(map(str, values)))
        lines.append(end)
    lines.append("Totaal " + " ".join(map(str, total)))
    return "\n".join(lines) + "\n"


MODULES = [
    ("900711", "Hoger beroepsonderwijs", "verpleegkunde - module 1", [10, 11]),
    ("900712", "Hoger beroepsonderwijs", "verpleegkunde - module 2", [12, 13]),
    ("900713", "Hoger beroepsonderwijs", "verpleegkunde - module 3", [5, 6]),
]


@pytest.mark.parametrize("word,start,count", [("module", 1, 3), ("deel", 1, 4), ("fase", 2, 3), ("module", 3, 5)])
def test_a_names_end_below_its_figures_that_counts_up_is_read_into_every_label(word, start, count):
    """Before: each ``verpleegkunde - module k`` line was left blank as a running header's page
    number; every label ended at ``Hoger beroepsonderwijs`` and nothing was said. Now each label
    is whole and every count its row's."""
    rows = [(f"9007{11 + i:02d}", "Hoger beroepsonderwijs", f"verpleegkunde - {word} {start + i}", [10 + i, 20 + i])
            for i in range(count)]
    total = [sum(r[3][0] for r in rows), sum(r[3][1] for r in rows)]
    answer = read_text(_spaced_text(rows, total, ["2021", "2022"]), "a.txt")
    assert _labels(answer) == {code: f"{first} {end}" for code, first, end, _ in rows}
    assert _cells(answer) == {
        **{(code, period): v for code, _, _, values in rows for period, v in zip(("2021", "2022"), values)},
        ("Totaal", "2021"): total[0], ("Totaal", "2022"): total[1],
    }
    assert not answer.issues


def _pdf(rows: list[tuple[str, str, list[int]]], total: list[int], periods: list[str]) -> bytes:
    """A PDF whose coded rows' names wrap in a narrow label cell, each row's figures at its top."""
    table = PdfTable("Opleiding", periods, [*(PdfRow(f"{code}: {name}", values) for code, name, values in rows),
                                            PdfRow("Totaal", total, level="total")])
    return write_pdf(Document([INTRO, HEAD, table]), PdfStyle(v_align="TOP", label_width=45.0))


@pytest.mark.parametrize("form", ["pdf", *EXTRACTORS])
def test_every_form_reads_the_names_end_below_its_figures(form):
    """pdfplumber (plain and ``layout``) and pypdf lost ``verpleegkunde - module k`` from every
    label (the PDF itself and pdftotext read them): now every form reads each label whole."""
    rows = [(code, f"{first} {end}", values) for code, first, end, values in MODULES]
    answer = read_form(_pdf(rows, [25, 28], ["2021", "2022"]), form)
    assert _labels(answer) == {code: name for code, name, _ in rows}
    assert _cells(answer) == {
        **{(code, period): v for code, _, values in rows for period, v in zip(("2021", "2022"), values)},
        ("Totaal", "2021"): 25, ("Totaal", "2022"): 28,
    }


STEMS = ("Hoger beroepsonderwijs verpleegkunde", "Opvoeder individueel traject", "Zorgkundige met Se-n-se voor")
WORDS = ("module", "deel", "fase")


@st.composite
def stage_rows(draw):
    """Rows of one programme's stages, their names ending in a word and a number that counts up,
    each row's persons drawn, then the persons counted in two rows (a total of unique persons)."""
    stem, word = draw(st.sampled_from(STEMS)), draw(st.sampled_from(WORDS))
    start, count = draw(st.integers(1, 3)), draw(st.integers(3, 5))
    periods = draw(st.sampled_from((["2021"], ["2021", "2022"], ["2020", "2021", "2022"])))
    rows, totals = [], []
    for i in range(count):
        rows.append((f"9007{31 + i:02d}", f"{stem} - {word} {start + i}",
                     [draw(st.integers(1, 400)) for _ in periods]))
    for p in range(len(periods)):
        column = [values[p] for _, _, values in rows]
        twice = draw(st.integers(0, sum(column) - max(column)))  # persons in two rows: counted twice
        totals.append(sum(column) - twice)
    return rows, totals, periods


@settings(max_examples=30)
@given(stage_rows(), st.sampled_from(("pypdf", "pdfplumber", "pdfplumber-layout")))
def test_names_wrapped_below_their_figures_are_read_whole(drawn, form):
    """Property: a table of coded rows whose names wrap in a narrow cell with the figures at its
    top, in single-spaced text — every label read whole (its own number in it), every count its
    row's, whatever the stage word and where its numbers start; a row whose name's number and
    count the totals cannot tell apart (pypdf's figures below the name, one period: ``module 2``
    / ``1``, each reading fits) is said at its code, never read with a part of its name; under one
    period, a name's end that opens with a capital (``900731: Zorgkundige met 1`` / ``Se-n-se voor
    - module 1``) is the name's too, as the rows' ends count up by one (one programme's stages;
    before subset31 each was said as ``stray-number``, every label cut)."""
    rows, totals, periods = drawn
    text = extract(_pdf(rows, totals, periods), form)
    note(text)
    answer = read_text(text, "a.txt")
    labels, cells = _labels(answer), _cells(answer)
    said = {issue.code for issue in answer.issues if issue.kind == "ambiguous-alignment"}
    stray = {" ".join((issue.text or "").split()): issue.numbers for issue in answer.issues if issue.kind == "stray-number"}
    for code, name, values in rows:
        if code in said:
            assert code not in labels
            continue
        label = labels.get(code)
        assert label == name, (label, stray)  # (the ends count up: one programme's stages, subset31)
        assert [cells.get((code, period)) for period in periods] == values
    assert said <= {code for code, _, _ in rows}
    if not said and not stray:
        assert [cells.get(("Totaal", period)) for period in periods] == totals
        assert not answer.issues


ROWS = ["900711: Hoger beroepsonderwijs verpleegkunde 10 11", "900712: Hoger beroepsonderwijs vroedkunde 12 13",
        "900713: Bachelor verpleegkunde 5 6", "900611: Zorgkundige 7 8", "900612: Polyvalent verzorgende 3 4",
        "900613: Kinderbegeleider 9 9", "900614: Kinderbegeleider traject 1 1"]


def _headed(feed: str) -> str:
    """Seven rows with words of no paper that end in a number counting up from 2 after every second
    row (each after `feed`: a form feed, or nothing)."""
    lines = [INTRO, "", HEAD, "", "Opleiding 2021 2022"]
    for i, row in enumerate(ROWS):
        lines.append(row)
        if i % 2 == 1:
            lines.append(f"{feed}Beleidsdomein Werk en Sociale Economie {2 + i // 2}")
    lines.append("Totaal 41 46")
    return "\n".join(lines) + "\n"


def test_a_running_header_of_no_paper_counting_with_the_pages_is_still_furniture():
    """Words that name no paper, ending in their page's number atop pages 2 to 4 that form feeds
    part, stay a running header: no row, no label of them."""
    answer = read_text(_headed("\f"), "a.txt")
    assert all("Beleidsdomein" not in label for label in _labels(answer).values())
    assert len(_cells(answer)) == 2 * (len(ROWS) + 1)
    assert not answer.issues


def test_words_of_no_paper_counting_up_with_no_page_break_are_said_never_dropped():
    """The same words between rows with no form feed to tell the pages: a running header or a
    row whose code was lost ends its name — nothing tells. Each line's number is read or said,
    never left blank without a word."""
    answer = read_text(_headed(""), "a.txt")
    said = {n for issue in answer.issues for n in issue.numbers}
    read = {label for label in _labels(answer).values() if "Beleidsdomein" in label}
    for page in (2, 3, 4):
        assert page in said or any(label.endswith(f"Economie {page}") for label in read), (page, answer.issues)
