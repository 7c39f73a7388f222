"""Findings that did not say enough (session 26, messages26).

1. A line the reader could not place in a table (``stray-number``) whose figure, as one more
   row, would close the gap of a total said to exceed its rows: the total's message cites it
   (its line, its words, the figure) — the "wrong total" is then likely a row lost in reading.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

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



@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_line_right_below_the_tables_total_whose_figures_close_the_gaps_is_cited(gap):
    """``voor module 4 7`` right below ``Totaal 12 22`` (an ``unreadable-table`` line: rows stand
    above their total) whose 4 and 7 are the rows' gaps: each year's total cites it, its figure
    of that year (before: "a row is missing or a figure is wrong")."""
    lines = ["Opleiding 2020 2021", "900711: Verpleegkunde 5 6", "900124: Zorgkundige 3 9", "Totaal 12 22",
             *([""] if gap else []), "voor module 4 7", "", "Bron: VDAB."]
    at = HEAD.count("\n") + 5 + bool(gap)
    messages = [m for _, m in _totals(lines)]
    assert len(messages) == 2
    assert f"the figure 4 of line {at} ('voor module 4 7')" in messages[0]
    assert f"the figure 7 of line {at} ('voor module 4 7')" in messages[1]


def test_two_stray_lines_that_close_the_gap_together_are_cited_together():
    """Two lines of one figure each, 12 and 5, under a total of enrolments 17 above its row: no
    one alone makes up the 17, both together do exactly."""
    lines = ["Provincie Opleiding", "2021", "231000: opvoeder met", "Antwerpen 32", "Se-n-se voor module 12",
             "Se-n-se voor module 5", "Totaal inschrijvingen Antwerpen 49", "Eindtotaal 49"]
    at = HEAD.count("\n") + 5
    en = [m for _, m in _totals(lines, "inschrijvingen")]
    nl = [m for _, m in _totals(lines, "inschrijvingen", "nl")]
    assert en and all(f"the figures 12 of line {at} ('Se-n-se voor module 12') and 5 of line {at + 1} "
                      "('Se-n-se voor module 5')" in m and "together" in m for m in en)
    assert nl and all(f"de cijfers 12 van regel {at} ('Se-n-se voor module 12') en 5 van regel {at + 1}" in m for m in nl)
    lines[6], lines[7] = "Totaal inschrijvingen Antwerpen 48", "Eindtotaal 48"
    assert not any("Se-n-se" in m for _, m in _totals(lines, "inschrijvingen"))


def test_a_stray_line_in_a_pdf_is_cited_with_its_page(tmp_path):
    """In a PDF the line is cited with its page, as findings place it."""
    from fpdf import FPDF

    from okot_audit.source import read_source

    text = HEAD.format(what="gestarte unieke cursisten") + "\n".join(line.format(word="", total=44) for line in BLOCK)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Courier", size=9)
    for k, line in enumerate(text.split("\n")):
        if line:
            pdf.text(10, 20 + 5 * k, line)
    path = tmp_path / "antwoord.pdf"
    path.write_bytes(bytes(pdf.output()))
    answer = parse_answer(read_source(path))
    [stray] = [i for i in answer.issues if i.kind == "stray-number"]
    messages = [f.message for f in audit(answer).findings if f.rule == "total-exceeds-parts"]
    assert messages and all(f"the figure 12 of line {stray.line}, page 1 ('Se-n-se voor module 12')" in m
                            for m in messages)

# 2 and 3. A table the page (the sheet) hides whole ------------------------------------------------

STYLE = "<style>\n.verborgen { color: grey; display: none; }\n</style>"


def _hidden_page(attrs: str) -> str:
    return "\n".join([
        "<html><head>", STYLE, "</head><body>",
        "<p>Vraag nr. 74 van 14 oktober 2022 over de opleidingen via OKOT.</p>",
        "<p>Antwoord</p>",
        "<p>Unieke cursisten met gestarte OKOT('s) - onderwijs</p>",
        f"<table{attrs}>",
        "<tr><th>Opleiding</th><th>2021</th><th>2022</th></tr>",
        "<tr><td>908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar</td><td>5</td><td>7</td></tr>",
        "<tr><td>Totaal</td><td>5</td><td>7</td></tr>",
        "</table>", "<p>Bron: VDAB.</p>", "</body></html>",
    ]) + "\n"


@pytest.mark.parametrize("attrs", [' class="verborgen"', " hidden", ' style="display:none"'])
def test_a_table_the_page_hides_whole_is_named_by_its_own_line_and_header(attrs):
    """Before: "the table at line 8" (the caption's line) "has 3 rows hidden …: 'Opleiding' (2021
    2022); …" — the header a row of figures. Now the table at its header's line 10, by its
    header's words, with 2 rows, their figures under its periods."""
    answer = parse_answer(source_from_bytes(_hidden_page(attrs).encode(), "antwoord.html"))
    [en] = [f.message for f in audit(answer).findings if f.rule == "column-not-checked"]
    [nl] = [f.message for f in audit(answer, lang="nl").findings if f.rule == "column-not-checked"]
    assert en.startswith('the table "Opleiding 2021 2022" (line 10) has 2 rows hidden in the page, lines 11, 12,')
    assert "'Totaal' (2021: 5, 2022: 7)" in en and "'Opleiding'" not in en
    assert nl.startswith('de tabel "Opleiding 2021 2022" (regel 10) heeft 2 rijen')
    assert "'Opleiding'" not in nl


def test_a_table_a_sheet_hides_whole_is_named_by_its_own_row():
    """An annex's table whose rows are all hidden: before "the table at line 3" (a sheet has rows,
    and row 3 is not where its rows stand); now at its first hidden row."""
    pytest.importorskip("openpyxl")
    from test_unseen_xlsx20 import A1, A2, TITLE, answer_of, sheet_of

    rows = [[TITLE], [], ["Opleiding", 2019, 2020], [A1, 19, 22], [A2, 59, 3], ["Totaal", 78, 25]]
    answer = answer_of(sheet_of(rows, (3, 4, 5, 6)))
    [en] = [f.message for f in audit(answer).findings if f.rule == "column-not-checked"]
    [nl] = [f.message for f in audit(answer, lang="nl").findings if f.rule == "column-not-checked"]
    assert "the table at row 4 has 3 rows hidden in its sheet, rows 4, 5, 6" in en
    assert "de tabel op rij 4 heeft 3 rijen" in nl
