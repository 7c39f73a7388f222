"""Session 36 (silent36a): two silent readings of laid-out tables and PDFs, and their families.

1. A row that prints a value no count can be between a table's blank marks, set off its header's
   columns (``… lager onderwijs   -   28,0%   -``, the rows' cells right of the periods' labels),
   was read by :func:`~okot_audit.parse._marked_blank` as a row blank in every period, the value a
   word of its label: no cell, no record for the table's ``column-not-checked`` record to name — the
   28,0% said nowhere. A word holding a digit set off two spaces or more from the label's words
   before the marks is a cell of its own, as the spacing shows (:func:`~okot_audit.parse._value_set_apart`):
   the row is left unread, and said — by a table of shares' record, or as an ``unreadable-table``
   error (``not-a-count``) in a table of counts. The same in a PDF read by its words' positions and in
   its ``pdftotext -layout`` text, the value first or between marks.

2. Under a total column, a row's last figure set as near a period as ``Totaal`` reads two ways: its
   total printed, or the figure the period's and the row's total unprinted (a later tier's reading).
   Where the plain readings fit no way — the answer's error in the total line — the later tier was
   taken because it fits: with a figure under a period the total line leaves blank (the blank taking
   any sum), or under a period whose total of unique persons takes it as persons counted twice. The
   row was read under the period in silence, the answer's error hidden or said against the wrong rows.
   Now such a row is weighed by the one column its readings break, or said (``ambiguous-alignment``):
   never read under the period for the fit alone (:func:`~okot_audit.parse._unprinted_for_the_total_column`,
   :func:`~okot_audit.parse.align.choose_in_tiers`).
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from generate.extract import available, extract
from generate.pdf import HandPage
from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes
from test_fixlaid26 import COUNTS, FIRST, SECOND, SHARES
from test_regress35 import HEAD, _cells_of, _said
from test_unseen_answers8 import HEAD as HEAD8
from test_unseen_answers8 import _text as _text8

THIRD = "908018: Verkorte educatieve bachelor"


def _messages(answer) -> list[str]:
    return [f.message for f in audit(answer).findings]


def _forms():
    return ["pdf", pytest.param("layout", marks=pytest.mark.skipif(
        not available("pdftotext-layout"), reason="pdftotext not installed (poppler-utils)"))]


def _read(data: bytes, form: str):
    return (parse_answer(source_from_bytes(data, "answer.pdf")) if form == "pdf"
            else read_text(extract(data, "pdftotext-layout"), "answer.txt"))


# ---------------------------------------------------------------------------------------------
# 1. A value between blank marks, the rows set off their header's columns (laid-out text).

@pytest.mark.parametrize("widths", [(30, 6), (30, 8)])
@pytest.mark.parametrize("mark", ["-", "\u2013", "x"])
@pytest.mark.parametrize("value", ["28,0%", "12,5"])
@pytest.mark.parametrize("rows", [2, 3], ids=["two rows", "three rows"])
def test_a_value_between_marks_set_off_the_columns_is_named_by_the_tables_record(rows, value, mark, widths):
    """``… lager onderwijs   -   28,0%   -`` in a table of shares whose rows' cells stand right of
    its header's labels (a label wider than its column): the row was read blank in every period,
    the 28,0% taken into its label, and the table's record named only the other rows' values."""
    other = "35,5%" if value.endswith("%") else "35,5"
    table = [["Opleiding", "2020", "2021", "2022"], [FIRST, other, other, other], [SECOND, mark, value, mark]]
    if rows == 3:  # (a third row with a blank cell, its values left out: the record names six values at most)
        table.insert(2, [THIRD, other, "", ""])
    text = HEAD8 + SHARES + _text8(table, True, label_width=widths[0], min_width=widths[1]) + "\n\nBron: VDAB.\n"
    answer = read_text(text, "a.txt")
    messages = _messages(answer)
    assert len(messages) == 1 and "column-not-checked" in [f.rule for f in audit(answer).findings]
    assert value in messages[0]
    assert not any(value in c.label for t in answer.tables for c in t.cells)


def test_a_labels_own_number_beside_its_word_stays_the_labels_before_marks_set_off():
    """A guard: the label's own number one space from its word (``… module 5``), the marks set off the
    header's columns as the values above: a row of blanks, its number the label's, no error."""
    table = [["Opleiding", "2021", "2022"], [FIRST, "35", "40"], ["908013: Bachelor module 5", "-", "-"],
             ["Totaal", "35", "40"]]
    text = HEAD8 + COUNTS + _text8(table, True, label_width=30, min_width=6) + "\n\nBron: VDAB.\n"
    findings = audit(read_text(text, "a.txt")).findings
    assert [f for f in findings if f.severity == "error"] == []


# The same rows as a PDF (fpdf2): the rows' cells set right of the header's labels by `shift` mm.

EDGES = (110.0, 135.0, 160.0)
SHARES_PDF = "1. Het slaagpercentage van de cursisten:"
COUNTS_PDF = "1. Het aantal unieke cursisten dat een OKOT startte:"


@lru_cache(maxsize=None)
def _shares_pdf(intro: str, rows: tuple[tuple[str, tuple[str, ...]], ...], shift: float) -> bytes:
    page = HandPage()
    put = page.put
    put(15, "Vraag nr. 117 van 14 maart 2025", right=False)
    page.y += 8
    put(15, intro, right=False)
    page.y += 10
    put(15, "Opleiding", right=False)
    for label, edge in zip(("2020", "2021", "2022"), EDGES):
        put(edge, label)
    for name, cells in rows:
        page.y += 6
        put(15, name, right=False)
        for text, edge in zip(cells, EDGES):
            if text:
                put(edge + shift, text)
    page.y += 10
    put(15, "Bron: VDAB.", right=False)
    return page.data()


@pytest.mark.parametrize("form", _forms())
@pytest.mark.parametrize("shift", [12.0, 16.0])
@pytest.mark.parametrize("at", [0, 1], ids=["value-first", "marks-around"])
@pytest.mark.parametrize("value", ["28,0%", "12,5"])
def test_a_pdfs_value_beside_marks_set_off_the_columns_is_named(value, at, shift, form):
    pytest.importorskip("fpdf", reason="the PDF forms need fpdf2 (pip install '.[test]')")
    other = "35,5%" if value.endswith("%") else "35,5"
    cells = ["-", "-", "-"]
    cells[at] = value
    rows = ((FIRST, (other,) * 3), (SECOND, tuple(cells)))
    answer = _read(_shares_pdf(SHARES_PDF, rows, shift), form)
    assert any(value in message for message in _messages(answer)), _messages(answer)


@pytest.mark.skipif(not available("pdftotext-layout"), reason="pdftotext not installed (poppler-utils)")
@pytest.mark.parametrize("shift", [8.0, 12.0, 16.0])
@pytest.mark.parametrize("at", [0, 1], ids=["value-first", "marks-around"])
def test_a_pdfs_value_no_count_beside_marks_in_a_table_of_counts_is_an_error(at, shift):
    """In a table of counts, ``28,0`` between marks (its ``pdftotext -layout`` text, two rows): the
    row was read blank, 28,0 said nowhere; it is an ``unreadable-table`` error naming it."""
    pytest.importorskip("fpdf", reason="the PDF forms need fpdf2 (pip install '.[test]')")
    cells = ["x", "x", "x"]
    cells[at] = "28,0"
    rows = ((FIRST, ("35",) * 3), (SECOND, tuple(cells)))
    answer = _read(_shares_pdf(COUNTS_PDF, rows, shift), "layout")
    findings = audit(answer).findings
    assert any(f.rule == "unreadable-table" and "28,0" in f.message for f in findings), [f.message for f in findings]


# ---------------------------------------------------------------------------------------------
# 2. A row's total as near a period as Totaal, the plain readings fitting no way (laid-out text).

HEADER = "Opleiding                                         2019             2020             2021             Totaal"

#: 435 as near 2021 as Totaal; the total line's Totaal 7 above the rows' totals (2408): read under
#: 2021, where the total line's 601 took it as 435 persons counted twice.
COUNTED_TWICE = "\n".join([
    "", HEADER,
    "Kok                                                                 338              601                817", "",
    "Bakker                                             224                                                  224", "",
    "Lasser                                             913               10                                 922", "",
    "Kapper                                                               10                                  10", "",
    "Verpleger                                          435                                       435", "",
    "Totaal                                            1572              358              601               2415", "",
])

#: 363 as near 2021 as Totaal; the total line's 2021 11 above Kok's 465: read under 2021 (352 twice).
PERIOD_OFF = "\n".join([
    "", HEADER,
    "Kok                                                                                  465                465", "",
    "Bakker                                             999              500                                1179", "",
    "Lasser                                             324              180                      363", "",
    "Totaal                                            1323              680              476               2007", "",
])

#: Two rows, 200 as near 2021 as Totaal; the total line's Totaal 10 above.
TWO_ROWS = "\n".join([
    "", "Opleiding                                         2019               2020               2021               Totaal",
    "Kok                                                                   200                         200", "",
    "Bakker                                                                                   998                  998", "",
    "Totaal                                                                200                998                 1208", "",
])


@pytest.mark.parametrize(("text", "row", "figure"), [
    (COUNTED_TWICE, "Verpleger", 435), (PERIOD_OFF, "Lasser", 363), (TWO_ROWS, "Kok", 200),
], ids=["counted-twice", "period-total-off", "two-rows"])
def test_a_total_as_near_a_period_is_not_read_there_for_the_fit(text, row, figure):
    answer = read_text(HEAD + text, "g.txt")
    assert ("2021", figure) not in _cells_of(answer, row)
    assert ("Totaal", figure) in _cells_of(answer, row) or _said(answer, figure)


def test_a_row_said_so_leaves_its_table_said_not_checked():
    """The row said (``ambiguous-alignment``, an error at its line): the table's error is not hidden
    by a reading that fits."""
    findings = audit(read_text(HEAD + COUNTED_TWICE, "g.txt")).findings
    line = 1 + (HEAD + COUNTED_TWICE).split("\n").index(next(
        printed for printed in COUNTED_TWICE.split("\n") if printed.startswith("Verpleger")))
    assert ("ambiguous-alignment", "error", line) in [(f.rule, f.severity, f.line) for f in findings]


def test_a_total_under_its_column_by_the_periods_evidence_stays_read_there():
    """A guard: where the plain readings break a period's column that the later tier's fills
    exactly (the total line's 2021 is 100, no row but Kok's 100 may stand there), Kok is read
    under 2021 its total unprinted, or said — never under Totaal."""
    text = "\n".join([
        "", "Opleiding                                         2019         2020         2021         Totaal",
        "Kok                                                100                             100", "",
        "Bakker                                                           10                          10", "",
        "Lasser                                              20           30                          50", "",
        "Totaal                                             120           40          100            160", "",
    ])
    answer = read_text(HEAD + text, "g.txt")
    assert ("Totaal", 100) not in _cells_of(answer, "Kok")
    assert ("2021", 100) in _cells_of(answer, "Kok") or _said(answer, 100)


# The same as a PDF (fpdf2): a row's total set between 2021's edge and Totaal's, the total line's
# Totaal off by `error`, 2021 blank in every row (the total line's too).

TOTAL_EDGES = (110.0, 135.0, 160.0, 185.0)


@lru_cache(maxsize=None)
def _total_pdf(rows: tuple[tuple[str, tuple[int | None, ...]], ...], error: int, mid: float) -> bytes:
    page = HandPage()
    put = page.put
    put(15, "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten, per opleiding.", right=False)
    page.y += 10
    put(15, "Opleiding", right=False)
    for label, edge in zip(("2019", "2020", "2021", "Totaal"), TOTAL_EDGES):
        put(edge, label)
    sums = [sum(v for _, values in rows if (v := values[k]) is not None) for k in range(4)]
    sums[3] += error
    for name, values in (*rows, ("Totaal", tuple(s or None for s in sums))):
        page.y += 6
        put(15, name, right=False)
        for k, value in enumerate(values):
            if value is not None:
                put(mid if (name, k) == ("Kok", 3) else TOTAL_EDGES[k], str(value))
    return page.data()


@pytest.mark.parametrize("form", _forms())
@pytest.mark.parametrize("mid", [171.0, 172.5])
@pytest.mark.parametrize("error", [1, 7, 40])
@pytest.mark.parametrize("rows", [2, 3], ids=["two rows", "three rows"])
def test_a_pdfs_total_as_near_a_blank_period_is_not_read_there(rows, error, mid, form):
    pytest.importorskip("fpdf", reason="the PDF forms need fpdf2 (pip install '.[test]')")
    table = (("Kok", (100, None, None, 100)), ("Bakker", (None, 10, None, 10)), ("Lasser", (20, 30, None, 50)))
    answer = _read(_total_pdf(table[:rows], error, mid), form)
    assert ("2021", 100) not in _cells_of(answer, "Kok")
    assert ("Totaal", 100) in _cells_of(answer, "Kok") or _said(answer, 100)
