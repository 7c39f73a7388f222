"""Session 29: the reader's rows by position and its page numbers.

- Laid-out text (pdfplumber ``extract_text(layout=True)``) sets a long name past the figures'
  place: a label's line that runs on from the names' column into a count's column is no line of
  the count's cell, whatever its edge lines up with (:func:`okot_audit.read.pdf._fits`).
- A number alone at the foot of a page numbers the page only where the pages' numbers run (at
  least half the pages, two at least, end in their own number) or where it says it is one
  (``Pagina 1 van 2``, ``1/2``, ``- 1 -``): a label's last digit may end a page
  (:func:`okot_audit.read.layout.pages_apart`).
- A header's cell wrapped over two lines is read whole where its other line stands below the
  header's; a line over the header joins it only where rules close the header's row
  (:func:`okot_audit.read.pdf._header_cell_apart`; see also ``test_header28``).
"""

from __future__ import annotations

import pytest

from okot_audit import read_text
from test_prop28 import A_COUNT_ALONE_ABOVE_A_LABELS_RANGE, A_LABELS_DIGIT_AT_THE_FOOT_OF_PAGE_ONE


def _read(text: str) -> tuple[list, dict[tuple, tuple]]:
    answer = read_text(text, "generated.txt")
    return answer.issues, {(c.code, c.period): (c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"}


_CODE_LINE = "vakbevoegdheid - verkort traject - 2de"


@pytest.mark.parametrize("rest", [
    "jaar apotheekassistent modules 1- 4",   # (its range's end under the 9: was read as the count, 9 a label word)
    "jaar apotheekassistent - deel 2 - 3",   # (the same with ``2 - 3``: was read as 3, silently)
    "jaar apotheekassistent modules 1-4",    # (was said as a range, no count)
    "jaar apotheekassistent en opvoeders",   # (words alone to the 9's edge: the row was said to have no counts)
    "jaar apotheekassistent fase 1 - 2",     # (the 9 right after the range's end below it: was read as its footnote mark)
])
def test_a_labels_last_line_run_on_under_a_count_alone_is_no_line_of_its_cell(rest):
    """``614836: … 2de`` / ``9`` (alone, under the period) / the label's last line, as long as to
    stand under the 9 in laid-out text: the 9 is the row's count, the line the end of its name."""
    issues, rows = _read(A_COUNT_ALONE_ABOVE_A_LABELS_RANGE.replace("jaar apotheekassistent modules 1- 4", rest))
    assert issues == []
    assert rows["614836", "2022"] == (f"{_CODE_LINE} {rest}", 9)
    assert rows["241756", "2022"][1] == 15


def test_a_labels_last_line_beside_no_count_stays_the_rows_line():
    """The first row's count beside its label's last line, apart from it (``1ste jaar …   15``):
    still one row (a label's line that does not reach into the count's column)."""
    assert _read(A_COUNT_ALONE_ABOVE_A_LABELS_RANGE)[1]["241756", "2022"] == (
        "jeugd- Graduaat apotheekassistent - 1ste jaar Tweedekansonderwijs", 15)


_FOOT = "1\fVlaams Parlement"


def test_numbers_that_run_over_the_pages_are_page_numbers():
    """Page 1 ends in ``1`` and page 2 in ``2``: both are the pages' numbers (dropped), the
    label ends in ``jaar``."""
    issues, rows = _read(A_LABELS_DIGIT_AT_THE_FOOT_OF_PAGE_ONE + "2\n")
    assert issues == []
    assert rows["842683", "2016"] == ("Verkorte educ 2 - 3 Professionele jaar", 19)


@pytest.mark.parametrize("number", ["Pagina 1 van 2", "1/2", "- 1 -"])
def test_a_page_number_that_says_so_is_one_on_its_own(number):
    """``Pagina 1 van 2`` (or ``1/2``, ``- 1 -``) at the foot of page 1, no other page numbered:
    it says it is a page number — dropped, the label ends in ``jaar``."""
    issues, rows = _read(A_LABELS_DIGIT_AT_THE_FOOT_OF_PAGE_ONE.replace(_FOOT, f"{number}\fVlaams Parlement"))
    assert issues == []
    assert rows["842683", "2016"] == ("Verkorte educ 2 - 3 Professionele jaar", 19)


def test_a_lone_number_at_the_foot_of_the_only_numbered_page_is_the_labels():
    """``… Professionele jaar`` / ``19`` / ``1`` at the foot of page 1, no other page numbered:
    the ``1`` is the label's (before: dropped as a page number, the label's digit lost without a
    word); the paper's running header atop page 2, over the next coded row's first line, is no
    word of that label."""
    issues, rows = _read(A_LABELS_DIGIT_AT_THE_FOOT_OF_PAGE_ONE)
    assert issues == []
    assert rows["842683", "2016"] == ("Verkorte educ 2 - 3 Professionele jaar 1", 19)
    assert rows["929300", "2016"] == (
        "verkort apotheekassistent graduaatsopleiding - 1 sec en opvoeder individueel traject - module 5", 41)


def test_the_papers_running_header_atop_a_page_over_a_coded_rows_first_line_is_no_labels_word():
    """``… Professionele jaar 19`` at the foot of page 1, ``Vlaams Parlement - Schriftelijke
    vragen en antwoorden`` atop page 2 over ``929300: verkort apotheekassistent`` (its figures
    below its name): the paper's header, no end of the row above's label (before: read into it)."""
    issues, rows = _read(A_LABELS_DIGIT_AT_THE_FOOT_OF_PAGE_ONE.replace("jaar\n19\n1\f", "jaar 19\f"))
    assert issues == []
    assert rows["842683", "2016"] == ("Verkorte educ 2 - 3 Professionele jaar", 19)


_PROSE = "Vraag nr. 12 van 3 februari 2023 van Jan Peeters aan de minister van Werk.\nAntwoord\n1. Het aantal unieke cursisten per opleiding.\n\n"
_ROWS = """
Graduaat orthopedagogie        118         131          40          42

Graduaat verpleegkunde         240         251          70          62

Totaal                         358         382         110         104
"""


@pytest.mark.parametrize("over", [
    "                                     Aantal gestart",   # (centred over 2022)
    "                              Gestart",                 # (at 2021's left)
], ids=["centred", "left"])
def test_a_caption_over_a_period_column_a_blank_line_above_the_header_is_no_header_cell(over):
    """Laid-out text, no rules: a caption a blank line over the header, standing over one of its
    periods (``Aantal gestart`` / ``Opleiding  2021  2022``), stays the caption that names the
    table's measure — no piece of a header cell wrapped and set to the bottom of its row."""
    text = _PROSE + over + ("\n\nOpleiding                     2021        2022\n\n"
                            "Graduaat orthopedagogie        118         131\n\n"
                            "Graduaat verpleegkunde         240         251\n\n"
                            "Totaal                         358         382\n")
    answer = read_text(text, "a.txt")
    assert answer.issues == []
    assert [(t.measure, [p.label for p in t.periods]) for t in answer.tables] == [("started", ["2021", "2022"])]


def test_group_names_over_repeated_periods_a_blank_line_above_stay_the_groups():
    """``Gestart`` and ``Geslaagd`` each at the left of its group of periods, a blank line over
    ``Opleiding  2021  2022  2021  2022``: two tables, starters and graduates."""
    text = _PROSE + ("                              Gestart                 Geslaagd\n\n"
                     "Opleiding                     2021        2022        2021        2022\n") + _ROWS
    answer = read_text(text, "a.txt")
    assert answer.issues == []
    assert sorted((t.measure, sum(c.count for c in t.cells)) for t in answer.tables) == [
        ("graduated", 2 * (110 + 104)), ("started", 2 * (358 + 382))]
