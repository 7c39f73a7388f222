"""A period's marks and a page's hidden prose (session 24, marks24).

1. A mark on a period that no footnote explains is said, whatever its form: ``2023 (a)`` was read
   as a whole year without a word (``2023*``, ``2023 (1)`` and a glued ``2023a`` were said).
2. A footnote's letter set apart from its year (``2023 a``, a raised letter as a PDF lays it
   out) made the table unreadable: it is the year's mark, explained by its footnote or said.
3. The words of an element a web page hides are no prose its reader sees: a hidden "de cijfers
   voor 2023 zijn voorlopig" made a period partial.
"""

from __future__ import annotations

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

from test_hidden24 import OPENING, ROWS, _partial, _text

UNEXPLAINED = "marked {} without an explaining footnote"


@pytest.mark.parametrize("mark", [" (a)", "(a)", " (b)"])
def test_a_letter_in_brackets_no_footnote_explains_is_a_mark_said_so(mark):
    """``2023 (a)`` and no footnote ``(a)``: the period carries a note nobody explained — said,
    as ``2023*`` is (before: a whole year, silently)."""
    periods = _partial(_text(mark, "Bron: VDAB.").encode(), "antwoord.txt")
    assert periods == [("2022", False, None), ("2023", True, UNEXPLAINED.format(mark.strip()))]


def test_every_form_of_an_unexplained_mark_is_the_same_finding():
    """Each form of mark without its footnote gives the one finding a star gives."""
    found = {}
    for mark in ["*", " *", " (1)", " (a)", "a", "\u1d43", " a"]:
        answer = parse_answer(source_from_bytes(_text(mark, "Bron: VDAB.").encode(), "antwoord.txt"))
        found[mark] = sorted(f.rule for f in audit(answer).findings if f.period == "2023")
    assert all(rules == found["*"] for rules in found.values()) and found["*"], found


def test_a_letter_in_brackets_of_a_page_no_footnote_explains_is_said():
    rows = "".join(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>\n" for label, a, b in ROWS)
    page = ("<html><body>\n" + "".join(f"<p>{line}</p>\n" for line in OPENING if line)
            + "<table>\n<tr><th>Opleiding</th><th>2022</th><th>2023<sup>a</sup></th></tr>\n" + rows
            + "<tr><td>Totaal</td><td>28</td><td>30</td></tr>\n</table>\n<p>Bron: VDAB.</p>\n</body></html>\n")
    periods = _partial(page.encode(), "antwoord.html")
    assert periods[1][:2] == ("2023", True) and "without an explaining footnote" in periods[1][2]


def test_a_bracketed_note_that_is_a_word_stays_as_it_was():
    """A note in brackets of words (``2023(def)``) is no mark: the year stays whole."""
    assert _partial(_text("(def)", "Bron: VDAB.").encode(), "antwoord.txt")[1] == ("2023", False, None)


@pytest.mark.parametrize("note", ["a tot en met 30 juni 2023.", "(a) tot en met 30 juni 2023."])
def test_a_letter_set_apart_a_footnote_explains_is_partial(note):
    """``2023 a`` (before: ``unreadable-table``) with its footnote: partial as the note says."""
    text = _text(" a", note)
    answer = parse_answer(source_from_bytes(text.encode(), "antwoord.txt"))
    assert [(p.label, p.partial) for t in answer.tables for p in t.periods] == [("2022", False), ("2023", True)]
    assert "30 juni" in answer.tables[0].periods[1].note
    assert not [f for f in audit(answer).findings if f.rule == "unreadable-table"]
    assert {(c.code, c.period): c.count for c in answer.tables[0].cells if c.code} == {
        ("908001", "2022"): 10, ("908001", "2023"): 12, ("908003", "2022"): 20, ("908003", "2023"): 22}


def test_a_letter_set_apart_no_footnote_explains_is_a_mark_said_so():
    periods = _partial(_text(" a", "Bron: VDAB.").encode(), "antwoord.txt")
    assert periods == [("2022", False, None), ("2023", True, UNEXPLAINED.format("a"))]


def test_a_letter_set_apart_from_a_year_in_prose_is_no_header():
    """``… in 2023 a`` ending a line of prose: no table, no mark. (An opening that announces no table:
    ``Hieronder vindt u …`` with none below is said, ``table-announced``.)"""
    opening = [line for line in OPENING if "Hieronder vindt u" not in line]
    text = "\n".join([*opening, "Deze cijfers gaan over de cursisten die gestart zijn in 2023 a",
                      "rato van hun opleiding.", "", "Bron: VDAB.", ""]) + "\n"
    answer = parse_answer(source_from_bytes(text.encode(), "antwoord.txt"))
    assert answer.tables == () or not answer.tables
    assert not [f for f in audit(answer).findings if f.severity in ("error", "warning")]


# --- Prose a page hides -------------------------------------------------------------------------

HIDES = {
    "style": ' style="display:none"',
    "hidden": " hidden",
    "class": ' class="weg"',
    "visibility": ' style="visibility: hidden"',
}


def _page(hide: str, hidden: str) -> str:
    rows = "".join(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>\n" for label, a, b in ROWS)
    return ("<html><head><style>.weg { color: grey; display: none }</style></head><body>\n"
            + "".join(f"<p>{line}</p>\n" for line in OPENING if line)
            + "<table>\n<tr><th>Opleiding</th><th>2022</th><th>2023</th></tr>\n" + rows
            + "<tr><td>Totaal</td><td>30</td><td>34</td></tr>\n</table>\n"
            + f"<div{hide}><p>{hidden}</p></div>\n<p>Bron: VDAB.</p>\n</body></html>\n")


@pytest.mark.parametrize("how", HIDES)
def test_a_sentence_the_page_hides_makes_no_period_partial(how):
    page = _page(HIDES[how], "De cijfers voor 2023 zijn voorlopig.")
    assert _partial(page.encode(), "antwoord.html") == [("2022", False, None), ("2023", False, None)]


@pytest.mark.parametrize("hide", ["", ' aria-hidden="true"'])
def test_the_same_sentence_shown_makes_the_period_partial(hide):
    """Shown, or only kept from a screen reader (``aria-hidden``: on the screen all the same)."""
    page = _page(hide, "De cijfers voor 2023 zijn voorlopig.")
    assert _partial(page.encode(), "antwoord.html")[1][:2] == ("2023", True)


def test_words_hidden_inside_a_paragraph_are_left_out_and_the_rest_kept():
    page = _page("", "De cijfers voor 2023 zijn<span hidden> voorlopig</span> definitief.")
    from okot_audit.read.html import read_html

    text = read_html(page).text
    assert "De cijfers voor 2023 zijn definitief." in text and "voorlopig" not in text
    assert _partial(page.encode(), "antwoord.html")[1] == ("2023", False, None)


@pytest.mark.parametrize("gap", [0.0, 0.6, 1.2])  # (0.6 mm and more: a space apart, read whole before lead25)
def test_a_raised_letter_after_a_year_in_a_pdf_is_its_mark(gap, tmp_path):
    """A letter set small and raised right after its year in a PDF (before: a word of its own on a
    line above the header, the period read whole, silently) is the year's mark."""
    from fpdf import FPDF

    from okot_audit.source import read_source

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Courier", size=8)
    for k, line in enumerate(_text("", "(a) tot en met 30 juni 2023.").split("\n")):
        if line:
            pdf.text(10, 20 + 5 * k, line)
            if line.startswith("Opleiding"):
                x = 10 + pdf.get_string_width(line) + gap
                pdf.set_font("Courier", size=5)
                pdf.text(x, 20 + 5 * k - 1.5, "a")
                pdf.set_font("Courier", size=8)
    path = tmp_path / "antwoord.pdf"
    path.write_bytes(bytes(pdf.output()))
    answer = parse_answer(read_source(path))
    assert [(p.label, p.partial) for t in answer.tables for p in t.periods] == [("2022", False), ("2023", True)]
