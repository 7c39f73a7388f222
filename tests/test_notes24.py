"""Notes in labels, suppressed counts, block keys (round 24).

1. A note on what a row takes in, or a pointer elsewhere (``inclusief de avondopleiding``,
   ``excl. Brussel``, ``(incl. modulair traject)``, ``zie ook vraag 3``), under a row or inside
   its wrapped label, was read as part of the row's label (a false ``label-mismatch``, or a name
   no catalogue knows: silently no check), or its pointer's number as a stray figure.

Each test failed before its fix, in the forms where it applies (single-spaced as the seeds and
pdfplumber print it, laid out as ``pdftotext -layout`` does, the PDF itself).
"""

from __future__ import annotations

import pytest

from generate.extract import read_form
from okot_audit import audit, read_text
from test_unseen_answers8 import HEAD, LAID
from test_unseen_answers8 import _text as _text8
from test_unseen_pdfs8 import NAME_CELLS, NAME_ROWS, cells, noted_name_pdf

STARTED = "1. Het aantal unieke cursisten dat een OKOT startte:\n\n"


def _answer(rows: list[list[str]], laid: bool):
    return read_text(HEAD + STARTED + _text8(rows, laid) + "\n\nBron: VDAB.\n", "a.txt")


def _labels(answer) -> list[tuple]:
    return [(c.code, c.label) for t in answer.tables for c in t.cells if c.level == "row"][::2]


def _rules(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period) for f in audit(answer).findings if f.rule != "parts-exceed-total"]


def _said(note: str, line: int) -> list[tuple]:
    """What a note at `line` leaves said: a pointer's number (``zie ook vraag 3``) is no count, but
    a number between rows all the same, reported as a stray one (tests/test_messages16.py)."""
    return [("stray-number", "warning", line, None)] if note[-1].isdigit() else []


# 1. Notes on a row's scope, or pointers, are no part of a label.

NOTES = ["inclusief de avondopleiding", "excl. Brussel", "(incl. modulair traject)", "zie ook vraag 3",
         "Incl. avondonderwijs", "opm. enkel dagonderwijs", "exclusief deeltijds", "(zie tabel 2)"]
KINDERZORG = "Educatieve bachelor voor kleuteronderwijs"
CODED = [["Opleiding", "2021", "2022"], [f"908001: {KINDERZORG} - 1ste jaar", "50", "71"],
         [f"908002: {KINDERZORG} - 2de jaar", "38", "47"], ["Totaal", "80", "110"]]
NAMED = [["Opleiding", "2021", "2022"], ["Graduaat verpleegkunde", "50", "71"], ["Bachelor verpleegkunde", "38", "47"],
         ["Totaal", "80", "110"]]


@LAID
@pytest.mark.parametrize("note", NOTES)
def test_a_scope_note_under_a_coded_row_is_no_part_of_its_label(laid, note):
    """``inclusief de avondopleiding`` under ``908001: … - 1ste jaar  50  71``: the label read
    ``… 1ste jaar inclusief de avondopleiding`` (a ``label-mismatch`` warning on a correct
    answer); laid out, ``zie ook vraag 3`` went on the label, its 3 unsaid."""
    answer = _answer([*CODED[:2], [note], *CODED[2:]], laid)
    assert _labels(answer) == [("908001", f"{KINDERZORG} - 1ste jaar"), ("908002", f"{KINDERZORG} - 2de jaar")]
    assert _rules(answer) == _said(note, 9)


@LAID
@pytest.mark.parametrize("note", NOTES)
def test_a_scope_note_under_a_named_row_is_no_part_of_any_name(laid, note):
    """``excl. Brussel`` under ``Graduaat verpleegkunde  50  71``: read as ``Graduaat
    verpleegkunde excl. Brussel`` (a name no catalogue knows: no check of it at all), or — a
    capital first — as the first words of the next row's name; laid out, ``(incl. …)`` made the
    table unreadable."""
    answer = _answer([*NAMED[:2], [note], *NAMED[2:]], laid)
    assert _labels(answer) == [(None, "Graduaat verpleegkunde"), (None, "Bachelor verpleegkunde")]
    assert _rules(answer) == _said(note, 9)


@pytest.mark.parametrize("note", [*NOTES, "Bron: VDAB"])
def test_a_scope_note_inside_a_coded_row_s_wrapped_label_is_no_part_of_it(note):
    """The note between a coded row's wrapped label lines (seeds' form): ``… voor inclusief de
    avondopleiding kleuteronderwijs …``."""
    text = (HEAD + STARTED + "Unieke cursisten met gestarte OKOT'(s) 2021 2022\n908001: Educatieve bachelor voor\n"
            f"{note}\nkleuteronderwijs - 1ste jaar 50 71\n908002: Educatieve bachelor voor\n"
            "kleuteronderwijs - 2de jaar 38 47\nTotaal 80 110\n")
    answer = read_text(text, "a.txt")
    assert _labels(answer) == [("908001", f"{KINDERZORG} - 1ste jaar"), ("908002", f"{KINDERZORG} - 2de jaar")]
    assert _rules(answer) == _said(note, 9)


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"])
@pytest.mark.parametrize("note", ["excl. Brussel", "(incl. modulair traject)", "zie ook vraag 3"])
@pytest.mark.parametrize("under", [r[0] for r in NAME_ROWS[:3]])
def test_a_scope_note_set_under_a_row_of_a_pdf_is_no_part_of_a_name(form, note, under):
    """The note set smaller under a row of a PDF: every text form joined it to the name above."""
    assert cells(read_form(noted_name_pdf(note, under, False), form)) == NAME_CELLS



CODED_PDF_HEAD = (*HEAD.split("\n")[:2], "1. Het aantal unieke cursisten dat een OKOT startte in de onderwijssector.")
CODED_PDF_ROWS = (("Opleiding", "2021", "2022"), *(tuple(row) for row in CODED[1:]))


@pytest.mark.parametrize("form", ["pdftotext-layout", "pdfplumber", "pypdf"])
@pytest.mark.parametrize("ruled", [False, True], ids=["unruled", "ruled"])
@pytest.mark.parametrize("note", ["excl. Brussel", "(incl. modulair traject)", "zie ook vraag 3"])
@pytest.mark.parametrize("under", [1, 2])
def test_a_scope_note_set_under_a_coded_row_of_a_pdf_is_no_part_of_its_label(form, ruled, note, under):
    """The note set smaller under a coded row of a PDF: the text forms joined it to the label
    above (``… 1ste jaar excl. Brussel``: a false ``label-mismatch``)."""
    from test_two_column_text import noted_row_pdf

    def read(note: str, form: str) -> list[tuple]:
        pdf = noted_row_pdf(note, CODED_PDF_ROWS[under][0], ruled, CODED_PDF_HEAD, CODED_PDF_ROWS, (110, 20, 20))
        return cells(read_form(pdf, form))
    assert read(note, form) == read("", "pdf")



@LAID
@pytest.mark.parametrize("name", ["Inclusieve zorg", "Zieken- en bejaardenzorg", "Begeleider inclusief wonen"])
def test_a_name_that_opens_like_a_note_keeps_its_words(laid, name):
    """What stays: a name whose first word only looks like a note's (``Inclusieve …``,
    ``Zieken…``), or holds ``inclusief`` further on, is a name, on the line of its figures."""
    rows = [["Opleiding", "2021", "2022"], [name, "50", "71"], ["Bachelor verpleegkunde", "38", "47"],
            ["Totaal", "80", "110"]]
    assert _labels(_answer(rows, laid)) == [(None, name), (None, "Bachelor verpleegkunde")]



# 2. A letter's mark in a cell that a footnote says stands for a count below a bound.

def _suppressed(marks: tuple[str, str], note: str, laid: bool):
    rows = [["Provincie", "2021", "2022"], ["Antwerpen", "50", "71"], ["Limburg", "38", marks[1]],
            ["Brussel", marks[0], "4"], ["Totaal", "91", "122"]]
    return read_text(HEAD + STARTED + _text8(rows, laid) + "\n\n" + note + "\nBron: VDAB.\n", "a.txt")


def _withheld(answer) -> list[tuple]:
    return [(w.line, w.period, w.low, w.high, w.text) for t in answer.tables for w in t.withheld]


@LAID
@pytest.mark.parametrize("mark, note", [("(a)", "(a) minder dan 5 cursisten"), ("a)", "a) minder dan 5 cursisten"),
                                        ("(b)", "(a) voorlopige cijfers\n(b) < 5 (privacy)")])
def test_a_letter_s_mark_a_footnote_explains_as_below_a_bound_is_a_withheld_count(laid, mark, note):
    """``Brussel  (a)  4`` with ``(a) minder dan 5 cursisten`` below: the mark was no mark
    (``*``, ``x`` and ``(*)`` were), and the row unread (``ambiguous-alignment``, an error). It
    is a count withheld below 5 in its period, the total checked with it anywhere from 0 to 4."""
    answer = _suppressed((mark, "47"), note, laid)
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.label == "Brussel"] == [
        ("Brussel", "2022", 4)]
    assert _withheld(answer) == [(10, "2021", 0, 4, f"{mark} (<5)")]
    assert _rules(answer) == [("count-withheld", "info", 10, "2021")]


@LAID
def test_two_letters_marks_each_take_their_own_bound(laid):
    """``(a)`` and ``(b)`` in two rows, each explained by its own footnote's bound."""
    answer = _suppressed(("(a)", "(b)"), "(a) minder dan 5 cursisten\n(b) minder dan 10 cursisten", laid)
    assert _withheld(answer) == [(9, "2022", 0, 9, "(b) (<10)"), (10, "2021", 0, 4, "(a) (<5)")]


@LAID
@pytest.mark.parametrize("column", [0, 1])
def test_a_mark_a_privacy_note_explains_without_a_bound_is_a_withheld_count(laid, column):
    marks = ("*", "47") if column == 0 else ("3", "*")
    answer = _suppressed(marks, "* om privacyredenen niet vermeld", laid)
    assert [w.period for t in answer.tables for w in t.withheld] == [["2021", "2022"][column]]
    assert [r for r in _rules(answer) if r[1] == "error"] == []



@LAID
@pytest.mark.parametrize("mark", ["*", "(a)", "**"])
def test_a_row_ending_in_a_mark_no_footnote_explains_is_an_unread_row(laid, mark):
    """``Limburg  38  *`` (no footnote names a bound for the mark): the line has no figure last,
    so it was no row — its 38 a stray number — and the totals were checked without it (false
    ``total-exceeds-parts`` errors). It is a row whose last cell is a mark: unread, said so as
    the mark first (``Limburg * 47``) is, and the table's totals not checked."""
    answer = _suppressed(("3", mark), "", laid)
    assert [(i.kind, i.line, i.reason, i.other) for i in answer.issues if i.unread] == [
        ("ambiguous-alignment", 9, "withheld", mark)]
    assert _rules(answer) == [("ambiguous-alignment", "error", 9, None)]


# 3. A block's key glued after its rows' figures: on every row, and closed by ``Totaal sector X``.

CARE = [("900123", "Tweedekansonderwijs zorgkundige - 1ste jaar"), ("900611", "Professionele bachelor verpleegkunde - 1ste jaar"),
        ("900124", "Tweedekansonderwijs zorgkundige - tweede jaar")]
BLOCK_HEAD = ["ANTWOORD", "op vraag nr. 12 van 3 maart 2025", "1. Het aantal unieke cursisten dat een OKOT startte:"]


def _blocks_text(keys: tuple[str, ...], closing: str, glued: tuple, laid: bool, coded: bool) -> str:
    """One block per key of the three care rows, closed by `closing` (``Totaal sector {}``), then
    ``Totaal``. `glued` says per block on which rows (0-based) the key is printed after the
    figures; a block with none has its key on a line of its own above its rows."""
    rows: list[tuple] = []
    for key, on in zip(keys, glued):
        if not on:
            rows.append((None, (), key))
        rows.extend((programme, figures, key if i in on else "")
                    for i, (programme, figures) in enumerate(zip(CARE, [(10, 12), (20, 14), (5, 6)])))
        rows.append((None, (35, 32), closing.format(key)))
    rows.append((None, (35 * len(keys), 32 * len(keys)), "Totaal"))
    lines = ["Opleiding".ljust(64) + "2021".rjust(8) + "2022".rjust(8) if laid else "Opleiding 2021 2022"]
    for programme, figures, key in rows:
        label = (f"{programme[0]}: {programme[1]}" if coded else programme[1]) if programme else key
        after = key if programme else ""
        if laid:
            lines.append((label.ljust(64) + "".join(str(f).rjust(8) for f in figures) + (" " + after if after else "")).rstrip())
        else:
            lines.append(" ".join([label, *map(str, figures), *([after] if after else [])]))
    return "\n\n".join(BLOCK_HEAD) + "\n\n" + "\n".join(lines) + "\n"


def _blocks(answer) -> list[tuple]:
    return [(c.block, c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row" and c.period == "2021"]


def _loud(answer) -> list[str]:
    return [f.rule for f in audit(answer).findings if f.severity in ("error", "warning") and f.rule != "code-outside-sector"]


SECTOR_KEYS = ("Zorg", "Onderwijs", "Bouw")
CLOSINGS = ["Totaal sector {}", "Subtotaal sector {}", "Subtotaal de sector {}", "Totaal voor de sector {}"]


@LAID
@pytest.mark.parametrize("coded", [True, False], ids=["coded", "named"])
@pytest.mark.parametrize("closing", CLOSINGS)
@pytest.mark.parametrize("glued", [((1,), (0,), (2,)), ((), (1,), ()), ((0,), (), (2,))], ids=["all-glued", "second", "mixed"])
def test_a_block_closed_by_its_sector_s_words_takes_its_glued_key(laid, coded, closing, glued):
    """``… 20 14 Zorg`` in a block closed by ``Totaal sector Zorg`` (or ``Subtotaal de sector
    Zorg``): the closing line named no ``Zorg`` (it was the block ``sector zorg``, or no block at
    all), so the key stayed on its row — unreadable rows, rows joined, totals over the wrong
    rows. The words ``sector``/``de sector`` before the name close the block ``zorg``."""
    answer = read_text(_blocks_text(SECTOR_KEYS, closing, glued, laid, coded), "a.txt")
    assert _blocks(answer) == [(k.lower(), label, n) for k in SECTOR_KEYS for (_, label), n in zip(CARE, (10, 20, 5))]
    assert _loud(answer) == []
    assert answer.issues == []


@LAID
@pytest.mark.parametrize("coded", [True, False], ids=["coded", "named"])
@pytest.mark.parametrize("keys, closing", [(SECTOR_KEYS, "Totaal {}"), (("Man", "Vrouw"), "Totaal {}"),
                                           (("-25 jaar", "25-54 jaar"), "Subtotaal {}"), (SECTOR_KEYS, "Totaal sector {}")])
def test_a_block_s_key_glued_after_every_row_of_it_is_cut_from_each(laid, coded, keys, closing):
    """A pivot that prints its outer field after every row (``… 10 12 Man`` / ``… 20 14 Man`` /
    ``Totaal Man``): only the first row's key was cut, the others read as a figure too many
    (``unreadable-table`` on every other row of every block)."""
    glued = tuple((0, 1, 2) for _ in keys)
    answer = read_text(_blocks_text(keys, closing, glued, laid, coded), "a.txt")
    want = [(" ".join(k.lower().split()), label, n) for k in keys for (_, label), n in zip(CARE, (10, 20, 5))]
    assert _blocks(answer) == want
    assert _loud(answer) == []
    assert answer.issues == []


def test_a_sector_word_in_a_closing_line_of_no_sector_closes_no_block():
    """What stays: ``Totaal sector Man`` names no sector (``Man`` is none): the key glued
    after the rows is no block's key — the rows are reported, never read silently."""
    answer = read_text(_blocks_text(("Man", "Vrouw"), "Totaal sector {}", ((1,), (1,)), False, True), "a.txt")
    assert "unreadable-table" in _loud(answer)


# A property over the notes of part 1: built constructively (persons → rows' counts → text).

from hypothesis import given
from hypothesis import strategies as st

PROGRAMMES = ["Graduaat verpleegkunde", "Bachelor verpleegkunde", "Graduaat orthopedagogie", "Zorgkundige",
              "Bachelor in de vroedkunde"]
SCOPE_NOTES = ["inclusief de avondopleiding", "excl. Brussel", "(incl. modulair traject)", "Incl. avondonderwijs",
               "opm. enkel dagonderwijs", "exclusief deeltijds", "m.u.v. Brussel", "(inclusief Voeren)"]


@st.composite
def noted_tables(draw):
    """Persons, each starting one programme in one of two years (no one counted twice: the
    total is the rows' sum), the rows printed with a note under one of them."""
    n = draw(st.integers(2, len(PROGRAMMES)))
    # (one person at least in every row and year: a blank cell is another case)
    persons = [(row, year) for row in range(n) for year in (0, 1)] + draw(
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, 1)), max_size=2 * n * 12))
    counts = [[sum(1 for p in persons if p == (row, year)) for year in (0, 1)] for row in range(n)]
    rows = [["Opleiding", "2021", "2022"], *([PROGRAMMES[i], *map(str, counts[i])] for i in range(n)),
            ["Totaal", *(str(sum(row[y] for row in counts)) for y in (0, 1))]]
    at = draw(st.integers(2, n))  # under the row at `at` - 1 (a row below it: the note is among the rows)
    note = draw(st.sampled_from(SCOPE_NOTES))
    return rows, at, note, n


@given(noted_tables(), st.booleans())
def test_a_scope_note_among_generated_rows_is_no_part_of_any_name(table, laid):
    """Every row's name is read as printed and every figure is a cell; nothing is reported."""
    rows, at, note, n = table
    answer = _answer([*rows[:at], [note], *rows[at:]], laid)
    got = [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"]
    assert got == [(row[0], p, int(v)) for row in rows[1:-1] for p, v in zip(("2021", "2022"), row[1:])]
    assert answer.issues == []
    assert _rules(answer) == []
