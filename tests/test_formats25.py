"""Session 25 (formats25): extractor forms whose strict xfails named what the reader missed."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

#: pdfplumber's ``extract_text()`` of a cross-tab whose ``25-54 jaar`` cell wrapped its word.
WRAPPED = (
    "In 2022 startten de volgende aantallen unieke cursisten een OKOT in de zorgsector.\n"
    "Tabel 1. Gestarte cursisten naar geslacht en leeftijd\n"
    "Geslacht -25 jaar 25-54 55+ jaar Totaal\n"
    "jaar\n"
    "Totaal 526 3.652 158 4.336\n"
    "Man 295 1.857 61 2.213\n"
    "Vrouw 231 1.795 97 2.123\n"
)
#: The same, laid out as pdfplumber's ``layout=True`` gives it (every line padded to the page's
#: width): the piece stands under its column.
WRAPPED_LAID_OUT = "".join(line.ljust(82) + "\n" for line in (
    "    Hoeveel mannen en vrouwen startten in 2022 een OKOT in de zorg, per leeftijdsklasse?",
    "    Antwoord",
    "",
    "    In 2022 startten de volgende aantallen unieke cursisten een OKOT in de zorgsector.",
    "    Tabel 1. Gestarte cursisten naar geslacht en leeftijd",
    "",
    "    Geslacht                     -25 jaar  25-54 55+ jaar  Totaal",
    "                                            jaar",
    "    Totaal                          526    3.652     158   4.336",
    "",
    "    Man                             295    1.857      61    2.213",
    "    Vrouw                           231    1.795      97    2.123",
    "",
    "    Bron: VDAB.",
))


def _columns(answer) -> dict[str, list[tuple[str, str, int]]]:
    return {t.id: [(c.level, c.label, c.count) for c in t.cells] for t in answer.tables}


#: The four tables of the gender x age-class header read whole: one per age class, and the total's.
FOUR_TABLES = ["started_by_gender", "started_by_gender_25_54_jaar", "started_by_gender_55_plus_jaar",
               "started_by_gender_under_25_jaar"]


def assert_four_columns(answer, table: str, cells: list[tuple[str, str, int]]) -> None:
    """No issue, the header's four tables, `table`'s `cells`, and nothing said above info."""
    assert answer.issues == []
    tables = _columns(answer)
    assert sorted(tables) == FOUR_TABLES
    assert tables[table] == cells
    assert {f.severity for f in audit(answer).findings} <= {"info"}


@pytest.mark.parametrize("text", [WRAPPED, WRAPPED_LAID_OUT], ids=["single-spaced", "laid-out"])
def test_a_category_columns_word_wrapped_below_its_header_goes_back_to_its_column(text):
    """``jaar`` alone below ``… 25-54 55+ jaar Totaal`` completes the one column it makes an
    age class of: the table of that column is ``25-54 jaar``'s, as in the PDF's other forms
    (before: ``started_by_gender_25_54``, the word left)."""
    answer = read_text(text, "x.txt")
    assert_four_columns(answer, "started_by_gender_25_54_jaar",
                        [("total", "Totaal", 3652), ("row", "Man", 1857), ("row", "Vrouw", 1795)])


def test_a_piece_that_completes_two_columns_names_neither():
    """``jaar`` below ``-25 25-54 55+ jaar``: it could end ``-25`` or ``25-54`` — no column
    takes it, and the figures are read as before, under the names as printed."""
    text = WRAPPED.replace("-25 jaar 25-54", "-25 25-54")
    answer = read_text(text, "x.txt")
    tables = _columns(answer)
    assert "started_by_gender_25_54_jaar" not in tables and "started_by_gender_25_54" in tables
    assert tables["started_by_gender_25_54"] == [("total", "Totaal", 3652), ("row", "Man", 1857), ("row", "Vrouw", 1795)]


#: ``pdftotext -layout`` of a cross-tab whose last row stands alone on the next page, under its
#: header printed again, which that page's own grid sets at other columns (and the women's
#: total one too high: 231 + 1.795 + 97 = 2.123).
BROKEN_OVER_PAGES = (
    "In 2022 startten de volgende aantallen unieke cursisten een OKOT in de zorgsector.\n"
    "Tabel 1. Gestarte cursisten naar geslacht en leeftijd\n"
    "\n"
    "Geslacht                      -25 jaar 25-54 jaar       55+ jaar   Totaal\n"
    "Totaal                            526        3.652          158    4.336\n"
    "Man                                295       1.857           61     2.213\n"
    "\fGeslacht      -25 jaar 25-54 jaar   55+ jaar   Totaal\n"
    "Vrouw             231       1.795        97     2.124\n"
    "\n"
    "Bron: VDAB.\n"
)


def test_a_header_of_categories_printed_again_on_the_next_page_gives_that_page_its_columns():
    """A header that names its columns and no period (its period the prose's), printed again
    at the top of the next page at other columns: the row below it is read by the columns of
    its own page's header. Its figures are read as printed, and the women's total that is one
    too high is an error at its own cell (before: the row read by the first page's columns,
    ``231`` left of them, fit no placement — ``ambiguous-alignment`` no-fit, no cell read)."""
    answer = read_text(BROKEN_OVER_PAGES, "layout.txt")
    assert answer.issues == []
    women = {t.id: [(c.count, c.line) for c in t.cells if c.label == "Vrouw"] for t in answer.tables}
    assert women == {"started_by_gender_under_25_jaar": [(231, 8)], "started_by_gender_25_54_jaar": [(1795, 8)],
                     "started_by_gender_55_plus_jaar": [(97, 8)], "started_by_gender": [(2124, 8)]}
    errors = [(f.rule, f.line, f.stated, f.observed) for f in audit(answer).findings if f.severity == "error"]
    assert ("total-exceeds-parts", 8, 2124, 2123) in errors
    assert all(rule != "ambiguous-alignment" for rule, *_ in errors)


#: pypdf's text of the cross-tab whose ``25-54 jaar`` cell wrapped: each header cell in turn,
#: the wrapped word on a line of its own, the last names before ``Totaal`` on another.
WRAPPED_PYPDF = (
    "In 2022 startten de volgende aantallen unieke cursisten een OKOT in de zorgsector.\n"
    "Tabel 1. Gestarte cursisten naar geslacht en leeftijd\n"
    "Geslacht -25 jaar 25-54\n"
    "jaar\n"
    "55+ jaar Totaal\n"
    "Totaal 526 3.652 158 4.336\n"
    "Man 295 1.857 61 2.213\n"
    "Vrouw 231 1.795 97 2.123\n"
)


def test_a_header_of_categories_run_over_lines_with_a_wrapped_word_is_one_header():
    """``Geslacht -25 jaar 25-54`` / ``jaar`` / ``55+ jaar Totaal``: the lines make one header
    of four columns, ``25-54 jaar`` whole (before: no header found, the rows an
    ``unreadable-table`` error)."""
    answer = read_text(WRAPPED_PYPDF, "pypdf.txt")
    assert_four_columns(answer, "started_by_gender_under_25_jaar",
                        [("total", "Totaal", 526), ("row", "Man", 295), ("row", "Vrouw", 231)])


def test_pieces_that_make_no_categories_stay_as_printed():
    """The same lines whose pieces make no age classes (``jaar`` / ``oud`` wrapped): no header
    is made of them, and the table stays loud — an ``unreadable-table`` error, never clean."""
    answer = read_text(WRAPPED_PYPDF.replace("jaar\n55+", "oud\n55+"), "pypdf.txt")
    assert "started_by_gender_25_54_jaar" not in _columns(answer)
    assert any(f.rule == "unreadable-table" and f.severity == "error" for f in audit(answer).findings)


def test_a_header_of_categories_set_at_the_bottom_of_its_cells_over_lines_is_one_header():
    """pypdf's text of the same header with its cells' words at their bottom: the first cell
    alone, then each name in turn, the wrapped one's word on the last line with the rest
    (``Geslacht`` / ``-25 jaar`` / ``25-54`` / ``jaar 55+ jaar Totaal``): one header of four
    columns (before: no header, the rows an ``unreadable-table`` error)."""
    text = WRAPPED_PYPDF.replace("Geslacht -25 jaar 25-54\njaar\n55+ jaar Totaal\n",
                                 "Geslacht\n-25 jaar\n25-54\njaar 55+ jaar Totaal\n")
    answer = read_text(text, "pypdf.txt")
    assert answer.issues == []
    assert _columns(answer)["started_by_gender_25_54_jaar"] == [("total", "Totaal", 3652), ("row", "Man", 1857),
                                                                ("row", "Vrouw", 1795)]
    assert {f.severity for f in audit(answer).findings} <= {"info"}


def test_a_header_of_two_lines_whose_cells_stand_at_their_bottom_as_pdfplumber_joins_it():
    """pdfplumber's text of that header: the line above holds the rows' name and the first word
    of the wrapped cell, the line below every cell's last line in turn (``Geslacht 25-54`` /
    ``-25 jaar jaar 55+ jaar Totaal``): the lone ``jaar`` takes ``25-54`` in front, one header
    of four columns (before: no header, the rows an ``unreadable-table`` error)."""
    text = WRAPPED_PYPDF.replace("Geslacht -25 jaar 25-54\njaar\n55+ jaar Totaal\n",
                                 "Geslacht 25-54\n-25 jaar jaar 55+ jaar Totaal\n")
    answer = read_text(text, "pdfplumber.txt")
    assert_four_columns(answer, "started_by_gender_25_54_jaar",
                        [("total", "Totaal", 3652), ("row", "Man", 1857), ("row", "Vrouw", 1795)])


def test_words_above_that_complete_no_lone_piece_below_make_no_header():
    """Two words above (``25-54 oud``) for one lone piece below: not every word above finds
    its piece, so no header is made of them — the table stays an ``unreadable-table`` error."""
    text = WRAPPED_PYPDF.replace("Geslacht -25 jaar 25-54\njaar\n55+ jaar Totaal\n",
                                 "Geslacht 25-54 oud\n-25 jaar jaar 55+ jaar Totaal\n")
    answer = read_text(text, "pdfplumber.txt")
    assert "started_by_gender_25_54_jaar" not in _columns(answer)
    assert any(f.rule == "unreadable-table" and f.severity == "error" for f in audit(answer).findings)
