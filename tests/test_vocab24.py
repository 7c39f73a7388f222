"""Round 24: one vocabulary for the words of total lines (okot_audit.patterns).

Every word that opens a total line — plain (``Totaal``, ``Total``, ``Som``), grand
(``Eindtotaal``, ``Jaartotaal``, ``Algemeen totaal``, ``Totaal generaal``, ``Grand Total``) or
a subtotal's (``Subtotaal``, ``Tussentotaal``, ``Subtotal``) — is a total in every part of the
reader that asks: a closing line in the seeds' text form, a total column's header, a line a PDF
extractor ran into the row above it, a line the page furniture must never take for a running
header. Before, each part kept its own list and knew some of the words only.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.parse.furniture import without_furniture
from okot_audit.patterns import TABLE_LINE

#: Every total word answers print (written out here, so that the test does not follow the code's list).
WORDS = (
    "totaal", "total", "som", "eindtotaal", "jaartotaal", "algemeen totaal", "totaal generaal", "totaal vlaanderen",
    "grand total", "subtotaal", "tussentotaal", "subtotal",
)
#: Each word as an answer prints it (a capital first; ``Grand Total`` both ways).
PRINTED = {w: w[0].upper() + w[1:] for w in WORDS} | {"grand total (title case)": "Grand Total"}
LEAD = "Hieronder vindt u het aantal unieke cursisten per opleiding.\n\n"
TAIL = "\nDat is een mooi resultaat voor iedereen.\n"


def _read(text: str):
    answer = read_text(text, "vocab.txt")
    cells = [(c.level, c.code or c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    errors = [f.rule for f in audit(answer).findings if f.severity == "error"]
    return cells, answer, errors


def test_the_vocabulary_holds_every_kind_of_total_word():
    from okot_audit.patterns import GRAND_TOTAL_WORDS, PLAIN_TOTAL_WORDS, SUBTOTAL_WORDS, TOTAL_LINE_WORDS

    assert set(TOTAL_LINE_WORDS) == set(WORDS)
    assert set(TOTAL_LINE_WORDS) == {*PLAIN_TOTAL_WORDS, *GRAND_TOTAL_WORDS, *SUBTOTAL_WORDS}


@pytest.mark.parametrize("word", sorted(PRINTED.values()))
def test_a_table_closed_by_any_total_word_in_the_seeds_form(word):
    """A coded table closed by the word's line: its figures are the total's, not a row's."""
    cells, answer, errors = _read(
        LEAD + "Opleiding 2021 2022\n900123: Verpleegkunde 10 20\n900456: Zorgkundige 5 7\n" + word + " 15 27\n" + TAIL
    )
    assert answer.issues == [] and errors == []
    assert {c[0] for c in cells if c[4] == 6} <= {"total", "subtotal"} and [c[3] for c in cells if c[4] == 6] == [15, 27]


@pytest.mark.parametrize("word", sorted(PRINTED.values()))
def test_a_table_line_opens_with_any_total_word(word):
    """The PDF layout's ``TABLE_LINE``: a total line at a page's head or foot is content, never a
    running header (before: ``Total``, ``Som``, ``Algemeen totaal``, ``Grand total``, ``Subtotal``
    were not)."""
    assert TABLE_LINE.match(word + " 15 27")


#: The words of a total column: plain and grand totals (a subtotal's names no total column:
#: it totals some of the periods only).
COLUMN_HEADS = [
    "Totaal", "Total", "Som", "Eindtotaal", "Jaartotaal", "Algemeen totaal", "Grand Total", "Grand total", "Totaal generaal",
    "TOTAAL GENERAAL",
]


@pytest.mark.parametrize("word", COLUMN_HEADS)
def test_a_total_column_headed_by_any_plain_or_grand_total_word(word):
    """``Opleiding 2021 2022 Algemeen totaal``: the last column totals the periods (before, a
    two-word name other than ``Grand Total`` left the header without periods: unreadable)."""
    cells, answer, errors = _read(
        LEAD + "Opleiding 2021 2022 " + word + "\n900123: Verpleegkunde 10 20 30\n900456: Zorgkundige 5 7 12\n"
        "Totaal 15 27 42\n" + TAIL
    )
    assert answer.issues == [] and errors == []
    assert sorted({c[2] for c in cells}) == ["2021", "2022", "Totaal"]
    assert [c[3] for c in cells if c[2] == "Totaal" and c[0] == "row"] == [30, 12]


@pytest.mark.parametrize("word", ["Totaal generaal", "Algemeen totaal", "Grand Total", "Eindtotaal"])
def test_a_total_column_of_a_grand_total_word_in_a_layout(word):
    """``Totaal generaal`` over its column in ``pdftotext -layout`` text, its figures under it."""
    cells, answer, errors = _read(
        LEAD + "Opleiding                    2021     2022   " + f"{word:>15}" + "\n"
        "900123: Verpleegkunde          10       20                30\n"
        "900456: Zorgkundige             5        7                12\n"
        "Totaal                         15       27                42\n" + TAIL
    )
    assert answer.issues == [] and errors == []
    assert [c[3] for c in cells if c[2] == "Totaal" and c[0] == "row"] == [30, 12]


@pytest.mark.parametrize("word", sorted(PRINTED.values()))
def test_a_total_line_run_into_the_row_above_it_is_set_apart(word):
    """pypdf's ``… Zorgkundige 5 7<word> 15 27``: two lines, the row's figures its own (before,
    ``Total``, ``Som``, ``Grand total``, ``Subtotal`` stayed glued: the row's figures became
    words of its label and the total's were taken for the row's, without a word)."""
    cells, answer, errors = _read(
        LEAD + "Opleiding 2021 2022\n900123: Verpleegkunde 10 20\n900456: Zorgkundige 5 7" + word + " 15 27\n" + TAIL
    )
    assert answer.issues == [] and errors == []
    assert [(c[0], c[1], c[3]) for c in cells if c[4] == 5 and c[0] == "row"] == [("row", "900456", 5), ("row", "900456", 7)]
    assert [c[3] for c in cells if c[4] == 5 and c[0] != "row"] == [15, 27]


@pytest.mark.parametrize("word", sorted(PRINTED.values()))
def test_a_total_line_that_recurs_on_each_page_is_no_running_header(word):
    """Three pages, each a table closed by the same total's words whose figure counts up by one
    (``… van alle opleidingen 1``, ``2``, ``3``): a page's running header to the furniture's
    look, unless its first word opens a total line (before, ``Total``, ``Jaartotaal``,
    ``Algemeen totaal``, ``Grand total``, ``Subtotal`` lines were cut as furniture: lost)."""
    lines = ("Vraag over cijfers",)
    for page in (1, 2, 3):
        lines += ("Opleiding 2021", f"900123: Verpleegkunde {page}", f"{word} van alle opleidingen {page}", "\f")
    kept = without_furniture(lines[:-1])
    assert sum("van alle opleidingen" in line for line in kept) == 3


def test_a_year_total_that_recurs_on_each_page_stays_each_tables_total():
    """The same, read whole: before, each ``Jaartotaal van alle opleidingen N`` was cut as page
    furniture, its table left without its total (``total-missing``)."""
    text = "Vraag over cijfers\n"
    for page in (1, 2, 3):
        text += (
            "Hieronder de cijfers.\n\nOpleiding 2021\n"
            f"900123: Verpleegkunde {page}\n900456: Zorgkundige 0\nJaartotaal van alle opleidingen {page}\n\n"
            "Einde van de tabel hier.\n\f"
        )
    cells, answer, errors = _read(text)
    assert [(c[0], c[3], c[4]) for c in cells if c[0] != "row"] == [("total", 1, 7), ("total", 2, 15), ("total", 3, 23)]
    assert "total-missing" not in [f.rule for f in audit(answer).findings]
