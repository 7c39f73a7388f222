"""Plain ``pdftotext`` text (poppler's default, no ``-layout``): every cell of a table a paragraph
of its own. Where the paragraphs' order is the rows' the table is read as single-spaced text
(:mod:`okot_audit.read.paragraphs`); where it is not, the table stays one ``unreadable-table``
(``one-figure-per-line``) — never a cell guessed."""

from __future__ import annotations

import re
import shutil

import pytest
from hypothesis import Phase, given, note, settings
from hypothesis import strategies as st

from generate.extract import FIXTURES, extract, fixture_name, fixture_styles
from goldcells import answer_cells, gold_cells
from okot_audit import audit, read_text
from strategies import answers
from test_read_formats import _cells_of, _generated_cells, _generated_pdf, _hyphens
from test_read_pdf import SEEDS

YEARS, PROVINCES = SEEDS

NEEDS_POPPLER = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext not installed (apt-get install poppler-utils; .ci/run installs it)")


def assert_right_or_said(answer, want: set) -> None:
    """No cell read wrong; every wanted cell read, or its row said (``ambiguous-alignment``), or
    its table said unread (``one-figure-per-line``); no other finding."""
    got, want = _folded(_cells_of(answer)), _folded(want)
    wrong = sorted(got - want, key=repr)[:3]
    assert wrong == [], [c for c in want if c[2] in {w[2] for w in wrong}][:6]
    measures = {t.id: t.measure for t in answer.tables}
    reported = {(measures.get(i.table), i.code) for i in answer.issues if i.kind == "ambiguous-alignment"}
    unread = {i.reason for i in answer.issues if i.kind == "unreadable-table"}
    missing = [c for c in want - got if (c[0], c[2]) not in reported]
    assert not missing or unread == {"one-figure-per-line"}, sorted(missing, key=repr)[:3]
    assert {i.kind for i in answer.issues} <= {"ambiguous-alignment", "unreadable-table"}
    assert unread <= {"one-figure-per-line"}


@NEEDS_POPPLER
@settings(max_examples=15, deadline=None, phases=(Phase.explicit, Phase.generate))
@given(case=answers(encodings=False), data=st.data())
def test_generated_answers_read_back_from_plain_pdftotext_or_stay_unread(case, data):
    """The round trip of tests/test_read_formats.py through plain ``pdftotext``: generated answers
    of every shape, as PDFs in random styles, read back — no cell wrong (a label's hyphens aside),
    every cell read or its row or table said."""
    text = extract(_generated_pdf(case, data), "pdftotext")
    note(text)
    answer = read_text(text, "generated.txt")
    assert_right_or_said(answer, _generated_cells(case))


def _folded(cells: set) -> set:
    """Cells with a label's hyphens folded: ``pdftotext`` joins a line that ends in a hyphen to
    the next (``zorgkundige -`` / ``1ste jaar`` → ``zorgkundige 1ste jaar``, ``modules 1-`` /
    ``4`` → ``modules 14``), the extractor's own loss of a label's character, never a count's."""
    return {(m, level, code, _DIGITS_HYPHEN.sub(r"\1\2", _hyphens(label)).replace("-", " ").replace("  ", " "), *rest)
            for m, level, code, label, *rest in cells}


_DIGITS_HYPHEN = re.compile(r"(\d)-(\d)")


def _fixture(seed: str, style: str) -> str:
    path = FIXTURES / fixture_name(seed, style, "pdftotext")
    if not path.exists():
        pytest.skip(f"fixture {path.name} missing: run python tests/generate/extract.py")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("style", sorted(fixture_styles()))
@pytest.mark.parametrize("seed", SEEDS)
def test_the_seeds_plain_pdftotext_text_reads_right_or_stays_unread(seed, style):
    """The seeds' PDFs in every fixture style through plain ``pdftotext``: no cell read wrong,
    and every gold cell read, its row said or its table said unread (``one-figure-per-line``),
    never "0 errors" with a cell unread."""
    answer = read_text(_fixture(seed, style), "seed.txt")
    got, want = _folded(answer_cells(answer)), _folded(gold_cells(seed))
    assert sorted(got - want, key=repr)[:3] == []
    said = {i.code for i in answer.issues if i.kind == "unreadable-table" and i.code}
    unread = [i for i in answer.issues if i.kind == "unreadable-table" and i.reason == "one-figure-per-line"]
    missing = [c for c in want - got if c[2] not in said]
    assert not missing or unread, sorted(missing, key=repr)[:3]
    assert [f.rule for f in audit(answer).findings if f.severity == "error"] \
        == ["unreadable-table"] * len(answer.issues)
    assert answer.issues or got == want


def _paragraphs(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


HEAD = ("OKOT's - Zorgsector\n\n1. Hieronder vindt u het aantal gestarte unieke cursisten naar geslacht.\n"
        "Unieke cursisten met gestarte OKOT'(s)")


def _rows(answer) -> dict:
    return {(c.label, c.period): c.count for t in answer.tables for c in t.cells}


def test_a_table_a_cell_a_paragraph_is_read_as_its_rows():
    """Each row's label, then its figures, each a paragraph: read to its cells, the total
    checked (the partition's exact sum), at the lines of its figures."""
    text = _paragraphs(HEAD, "2019", "2020", "Man", "6", "48", "Vrouw", "19", "53", "Totaal", "25", "101")
    answer = read_text(text, "plain.txt")
    assert answer.issues == []
    assert _rows(answer) == {("Man", "2019"): 6, ("Man", "2020"): 48, ("Vrouw", "2019"): 19,
                             ("Vrouw", "2020"): 53, ("Totaal", "2019"): 25, ("Totaal", "2020"): 101}
    lines = text.split("\n")
    assert {c.line for t in answer.tables for c in t.cells if c.label == "Vrouw"} == {lines.index("19") + 1}


def test_a_row_with_a_blank_cell_leaves_the_table_unread():
    """A blank cell leaves no paragraph, and pdftotext prints a row with a blank out of the rows'
    order as often as not (its figures among the next row's, its label in the next row's
    paragraph: the seeds, generated answers with the sector blocks' ``Onderwijs`` / ``48``), so
    a table with a row that does not fill its columns is not read: one ``unreadable-table``
    (``one-figure-per-line``), never ``908017``'s 27 guessed into a period."""
    rows = ("908001: Educatieve bachelor", "50", "71", "908017: Educatieve graduaatsopleiding", "27")
    answer = read_text(_paragraphs(HEAD, "2019", "2020", *rows, "Totaal", "50", "98"), "plain.txt")
    assert answer.tables == []
    assert [(i.kind, i.reason) for i in answer.issues] == [("unreadable-table", "one-figure-per-line")]


def test_a_table_printed_column_after_column_stays_unread():
    """pdftotext printed the labels, then a column's figures, then the next's: not the rows'
    order — nothing is guessed, the table is one ``unreadable-table`` (``one-figure-per-line``)."""
    text = _paragraphs(HEAD, "2019", "2020", "Man", "Vrouw", "Totaal", "6", "19", "25", "48", "53", "101")
    answer = read_text(text, "plain.txt")
    assert answer.tables == []
    assert [(i.kind, i.reason) for i in answer.issues] == [("unreadable-table", "one-figure-per-line")]


def test_two_labels_in_one_paragraph_stay_unread():
    """The seeds' trap in plain pdftotext: a row whose first periods are blank prints its label
    in the next row's paragraph and its figures among the row above's (``4`` ``38`` ``71``
    ``94`` ``79``): more figures after a label than periods — the table stays unread."""
    text = _paragraphs(HEAD, "2019", "2020", "908018: Verkorte bachelor", "4", "38", "71",
                       "908020: Verkorte master\n908024: Educatieve bachelor", "2", "3", "Totaal", "6", "112")
    answer = read_text(text, "plain.txt")
    assert answer.tables == []
    assert {(i.kind, i.reason) for i in answer.issues} == {("unreadable-table", "one-figure-per-line")}


def test_prose_with_a_number_a_paragraph_is_no_table():
    """Sentences cut around their numbers, each a paragraph, under two years: no row fills the
    periods, so it is no table — nothing read as a row (``Zo waren er vorig jaar 4774``)."""
    text = _paragraphs("OKOT's - Zorgsector", "1. Hieronder vindt u de evolutie van het aantal inschrijvingen bij VDAB.",
                       "2019", "2020", "Zo waren er vorig jaar", "4774", "inschrijvingen, tegenover", "4398",
                       "in 2018. Dat is een stijging.")
    answer = read_text(text, "prose.txt")
    assert answer.tables == []
    assert not any(i.kind == "ambiguous-alignment" for i in answer.issues)


def test_a_footnote_followed_by_figures_leaves_the_table_unread():
    """A footnote (``*…``) before the table's last figures: figures after prose are no row's —
    the table stays unread, never read without them."""
    text = _paragraphs(HEAD, "2019", "2020", "Man", "6", "48", "Vrouw", "19", "53", "Totaal", "25",
                       "*Voor het jaar 2020 zijn enkel cijfers opgenomen van de eerste jaarhelft.", "101")
    answer = read_text(text, "plain.txt")
    assert answer.tables == []
    assert {(i.kind, i.reason) for i in answer.issues} == {("unreadable-table", "one-figure-per-line")}


def test_a_total_named_after_its_figures_closes_the_table():
    """pdftotext prints the last row's label after its figures (``25`` ``101`` / ``Totaal``), the
    row above followed by twice as many figures as periods: the first half is that row's, the
    second the total's — the only split that fills no row past its columns. With any other count
    the split is not known and the table stays unread."""
    text = _paragraphs(HEAD, "2019", "2020", "Man", "6", "48", "Vrouw", "19", "53", "25", "101", "Totaal",
                       "Bron: VDAB.")
    answer = read_text(text, "plain.txt")
    assert answer.issues == []
    assert _rows(answer)[("Vrouw", "2020")] == 53 and _rows(answer)[("Totaal", "2019")] == 25
    odd = _paragraphs(HEAD, "2019", "2020", "Man", "6", "48", "Vrouw", "19", "53", "101", "Totaal", "Bron: VDAB.")
    unread = read_text(odd, "plain.txt")
    assert unread.tables == []
    assert [(i.kind, i.reason) for i in unread.issues] == [("unreadable-table", "one-figure-per-line")]


def test_a_share_row_after_the_total_is_read_with_the_table():
    """Found by tests/test_unseen_pdfs4.py: a row of shares below the total (``Aandeel vrouwen
    (%)`` / ``62,5`` / ``61,1``) was left behind as printed, its figures neither cells nor said.
    Now a share or an amount is a cell's figure here too: the row is read with the table and said
    not checked (``column-not-checked``), as from single-spaced text; a lone figure-like word
    after a table that is no cell of this form leaves the table unread."""
    rows = ("Man", "1.120", "1.180", "Vrouw", "1.870", "1.850", "Totaal", "2.990", "3.030")
    answer = read_text(_paragraphs(HEAD, "2021", "2022", *rows, "Aandeel vrouwen (%)", "62,5", "61,1",
                                   "Bron: VDAB."), "plain.txt")
    assert [(i.kind, i.reason) for i in answer.issues] == [("column-not-checked", "statistic-rows")]
    assert _rows(answer)[("Totaal", "2022")] == 3030
    left = read_text(_paragraphs(HEAD, "2021", "2022", *rows, "Aandeel vrouwen", "62.5", "61.1", "1/2", "Bron: VDAB."),
                     "plain.txt")
    assert left.tables == []
    assert [(i.kind, i.reason) for i in left.issues] == [("unreadable-table", "one-figure-per-line")]
