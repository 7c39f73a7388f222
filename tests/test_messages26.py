"""Findings that did not say enough (session 26, messages26).

1. A line the reader could not place in a table (``stray-number``) whose figure, as one more
   row, would close the gap of a total said to exceed its rows: the total's message cites it
   (its line, its words, the figure) — the "wrong total" is then likely a row lost in reading.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = (
    "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal {what}.\n\n"
)


def _totals(lines: list[str], what: str = "gestarte unieke cursisten", lang: str = "en") -> list[tuple[int, str]]:
    answer = read_text(HEAD.format(what=what) + "\n".join(lines) + "\n", "generated.txt")
    return [(f.line, f.message) for f in audit(answer, lang=lang).findings if f.rule == "total-exceeds-parts"]


BLOCK = ["Provincie Opleiding", "2021", "231000: opvoeder met", "Antwerpen 32", "Se-n-se voor module 12",
         "Totaal {word}Antwerpen {total}", "Eindtotaal {total}"]


@pytest.mark.parametrize("what, word", [("gestarte unieke cursisten", ""), ("inschrijvingen", "inschrijvingen ")])
def test_a_total_whose_gap_a_stray_line_closes_cites_that_line(what, word):
    """``Se-n-se voor module 12`` left unread in Antwerpen's block, its total 44 over the one
    row of 32: the 12 would close the gap (all of it for persons, exactly for enrolments); the
    total's message names the line, its words and the figure (before: "a row is missing or a
    figure is wrong", the stray line said only on its own)."""
    lines = [line.format(word=word, total=44) for line in BLOCK]
    stray_line = HEAD.count("\n") + 5
    en = _totals(lines, what)
    nl = _totals(lines, what, "nl")
    assert en and all(f"the figure 12 of line {stray_line} ('Se-n-se voor module 12')" in m for _, m in en)
    assert all("lost in reading" in m for _, m in en)
    assert nl and all(f"het cijfer 12 van regel {stray_line} ('Se-n-se voor module 12')" in m for _, m in nl)
    assert all("verloren" in m for _, m in nl)


@pytest.mark.parametrize("total, cited", [(44, True), (34, False), (60, False)])
def test_a_stray_line_is_cited_only_where_its_figure_would_close_the_gap(total, cited):
    """For enrolments (adding up) the stray 12 closes a gap of 12 exactly, not one of 2 nor 28."""
    lines = [line.format(word="inschrijvingen ", total=total) for line in BLOCK]
    messages = [m for _, m in _totals(lines, "inschrijvingen")]
    assert messages and all(("Se-n-se" in m) is cited for m in messages)


def test_a_stray_line_under_two_periods_gives_each_total_its_own_figure():
    """``vervolg op pagina 2 4 7`` between the rows of a two-year table: its last two figures
    stand under the periods (the 2 is its words'), so 2020's gap of 4 is closed by the 4 and
    2021's of 7 by the 7."""
    lines = ["Opleiding 2020 2021", "900711: Verpleegkunde 5 6", "900124: Zorgkundige 3 9",
             "vervolg op pagina 2 4 7", "Totaal 12 22"]
    at = HEAD.count("\n") + 4
    messages = [m for _, m in _totals(lines)]
    assert len(messages) == 2
    assert f"the figure 4 of line {at} " in messages[0] and f"the figure 7 of line {at} " in messages[1]


def test_a_stray_line_whose_figure_is_larger_than_the_total_is_not_cited():
    """A part cannot be more than a total of unique persons: 50 closes no gap of a total of 44."""
    lines = [line.format(word="", total=44).replace("module 12", "module 50") for line in BLOCK]
    messages = [m for _, m in _totals(lines)]
    assert messages and not any("module 50" in m for m in messages)
