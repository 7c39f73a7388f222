"""Session 28 (speed28): the reader's first looks, made cheaper, find what the full look finds.

:func:`okot_audit.parse.furniture.page_footers` looks once at the whole text for a page's word
(``pag``, ``blz``, ``bladz`` in any case) before its lines; :func:`_without_bracketed_papers` looks
only at the lines of the text's brackets; :func:`okot_audit.parse.headwords._header_piece` splits a
line once and leaves a line that ends in a count at once. Each case here is read the same before.
"""

from __future__ import annotations

import pytest

ROWS = ("Antwoord", "Opleiding 2021 2022", "Zorgkundige 10 3")


@pytest.mark.parametrize("word", ["pagina", "Pagina", "PAGINA", "PAGİNA", "page", "Pag.", "blz.", "BLZ", "Bladzijde", "BLADZIJDE"])
def test_a_page_word_in_any_case_is_looked_for(word):
    """The footer's page word in small letters, a capital first or in capitals (and a dotted
    capital I, which the case-blind pattern takes for an i): the whole text's first look lets it
    through, the footer is furniture."""
    from okot_audit.parse.furniture import page_footers, without_furniture

    line = f"Antwoord van 12 februari 2024 — {word} 2 van 2"
    lines = (*ROWS, line, "Lasser 11 4")
    assert page_footers(lines) == {3}
    assert without_furniture(lines)[3] == ""


def test_no_page_word_no_footer():
    """A text without a page's word has no such footer (the whole text's first look)."""
    from okot_audit.parse.furniture import page_footers

    assert page_footers((*ROWS, "Antwoord van 12 februari 2024 — 2 van 2", "Lasser 11 4")) == frozenset()


HEADER = "Vlaams Parlement — Schriftelijke vraag nr. 512 (2023-2024)"


@pytest.mark.parametrize("before", [(), ("Zie (bijlage 1)",), ("(a)", "b)"), ("een regel\nmet een regeleinde (1)",)])
@pytest.mark.parametrize("end", ["", "  ", "\t"])
def test_the_papers_header_in_brackets_is_found_at_every_line(before, end):
    """The paper's header ending in its bracketed session is blanked wherever it stands: after
    lines with brackets of their own, after a line that holds a line's end itself, white space
    after its bracket; the lines around it kept."""
    from okot_audit.parse.furniture import _without_bracketed_papers

    lines = (*before, "Antwoord", HEADER + end, "Opleiding 2021 2022", "Zorgkundige 10 3", HEADER + end)
    out = _without_bracketed_papers(lines)
    at = [i for i, line in enumerate(lines) if line.startswith(HEADER)]
    assert [out[i] for i in at] == ["", ""]
    assert all(out[i] == line for i, line in enumerate(lines) if i not in at)


@pytest.mark.parametrize(("line", "piece"), [
    ("2020 2021", True), ("2021 Totaal", True), ("Subtotaal 2020-2021", True), ("2022*", True),
    ("Gestart", True), ("Unieke cursisten", True),
    ("", False), ("   ", False), ("Zorgkundige 10 3", False), ("Totaal 12", False), ("Lasser", False),
    ("2021 12", False), ("Zorgkundige", False),
])
def test_a_header_piece(line, piece):
    """Periods and column words alone, or a measure's name alone, are a header's piece; a row (a
    count at its end), a name that is no measure's, a blank line are not."""
    from okot_audit.parse.headwords import _header_piece

    assert _header_piece(line) is piece
