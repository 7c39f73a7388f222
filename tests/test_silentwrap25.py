"""Wrapped names and notes of laid-out text (``pdftotext -layout``) joined to the wrong row,
silently (silentwrap25).

- An unruled table of province blocks (``Antwerpen`` alone over its rows, closed by ``Totaal in
  Antwerpen``), its names set to the bottom of their cells: a wrapped name's first line
  (``Professionele bachelor``) stands above the line of its figures (``verpleegkunde  51  55``).
  Before, the province's name alone among the rows kept the whole table from the reading by
  where the figures stand, and the first line went on the row above (``Verkorte opvoeder
  Professionele bachelor``, ``verpleegkunde``) — silently. The province's name alone over the
  rows of a block the table closes is the block's head, a line of its own; the table's other
  rows (every name begun with a capital) tell where the figures stand; where they do not
  (``Professionele Bachelor`` / ``Verpleegkunde``: both readings begin every name so), the
  rows are said unclear.
- A note wrapped in its cell right below a total (``* zonder de cursisten die in een`` /
  ``andere regio een opleiding`` / ``volgden`` / ``Brussel  24 …``): its lines in lower case
  are the note's. Before, they were joined to the next row's name (``andere regio een
  opleiding volgden Brussel``) — silently.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = (
    "OKOT's in de zorg per provincie\n"
    "Schriftelijke vraag nr. 512 van 6 juni 2024 van Nadia Sminate aan de minister van Werk.\n"
    "Hoeveel werkzoekenden startten in 2021, 2022 en 2023 een OKOT bij VDAB?\n"
    "ANTWOORD\n"
    "Hieronder vindt u het aantal unieke cursisten dat een OKOT startte.\n"
    "Tabel 1. Unieke cursisten per provincie en opleiding.\n\n"
)
FOOT = "\n\nDe cijfers voor 2024 zijn nog niet beschikbaar.\n"

#: Blocks of (name's lines, figures): the figures beside the name's LAST line.
BLOCKS = {
    "Antwerpen": [(["Graduaat verpleegkunde"], (37, 41, 39)), (["Verkorte opvoeder"], (37, 50, 31)),
                  (["Professionele bachelor", "verpleegkunde"], (51, 55, 43))],
    "Brussel": [(["Verkorte opvoeder"], (55, 73, 78)), (["Professionele bachelor", "verpleegkunde"], (61, 87, 86)),
                (["Tweedekansonderwijs zorgkundige"], (68, 106, 66))],
}
SUBTOTALS = {"Antwerpen": (121, 144, 113), "Brussel": (184, 263, 226)}
TOTAL = (297, 399, 329)
YEARS = ("2021", "2022", "2023")


def _line(label: str, figures=None) -> str:
    if figures is None:
        return label
    return f"{label:<40}" + "".join(f"{f:>8}" for f in figures)


def _table(closing: str, v_align: str = "bottom", blocks=BLOCKS) -> str:
    lines = [_line("Opleiding", None) + " " * 31 + "".join(f"{y:>8}" for y in YEARS)]
    for province, rows in blocks.items():
        lines.append(province)
        for pieces, figures in rows:
            at = len(pieces) - 1 if v_align == "bottom" else 0
            lines += [_line(piece, figures if i == at else None) for i, piece in enumerate(pieces)]
        lines.append(_line(closing.format(province=province), SUBTOTALS[province]))
    lines.append(_line("Totaal", TOTAL))
    return "\n".join(lines)


def _truth(blocks=BLOCKS) -> list[tuple]:
    out = [("row", province, " ".join(pieces), year, value) for province, rows in blocks.items()
           for pieces, figures in rows for year, value in zip(YEARS, figures)]
    out += [("subtotal", province, None, year, value) for province in blocks
            for year, value in zip(YEARS, SUBTOTALS[province])]
    out += [("total", None, None, year, value) for year, value in zip(YEARS, TOTAL)]
    return sorted(out, key=repr)


def _cells(answer) -> list[tuple]:
    return sorted(((c.level, c.province, c.label if c.level == "row" else None, c.period, c.count)
                   for t in answer.tables for c in t.cells), key=repr)


CLOSINGS = ["Totaal {province}", "Totaal in {province}", "Algemeen totaal {province}", "Eindtotaal {province}"]


@pytest.mark.parametrize("v_align", ["bottom", "top"])
@pytest.mark.parametrize("closing", CLOSINGS)
def test_names_wrapped_in_province_blocks_read_by_where_the_figures_stand(closing, v_align):
    """Before (bottom): ``Verkorte opvoeder Professionele bachelor`` with Verkorte opvoeder's
    figures and ``verpleegkunde`` with the next row's, nothing said. (Top: read right before
    and after.)"""
    answer = read_text(HEAD + _table(closing, v_align) + FOOT, "blocks.txt")
    assert [i.kind for i in answer.issues] == []
    assert _cells(answer) == _truth()
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


def test_a_closing_lines_words_wrapped_above_its_figures_in_a_block():
    """``Totaal voor de provincie`` / ``Antwerpen  121  144  113``: the block's closing line,
    its words wrapped above its figures as the names' are. Before: the province's name on the
    figures' line kept the table from the reading by the figures' place — the names joined
    wrongly, silently."""
    text = _table("Totaal voor de provincie {province}").replace(
        _line("Totaal voor de provincie Antwerpen", SUBTOTALS["Antwerpen"]),
        "Totaal voor de provincie\n" + _line("Antwerpen", SUBTOTALS["Antwerpen"]))
    answer = read_text(HEAD + text + FOOT, "blocks.txt")
    assert [i.kind for i in answer.issues] == []
    assert _cells(answer) == _truth()


def test_names_whose_lines_all_begin_with_a_capital_are_said_unclear():
    """``Professionele Bachelor`` / ``Verpleegkunde  51 …``: beside the first line or the last,
    every name begins with a capital — no telling which row the line is of: said, never read
    one way silently. Before: silently read beside the first line."""
    blocks = {p: [([piece[:1].upper() + piece[1:] for piece in pieces], figures) for pieces, figures in rows]
              for p, rows in BLOCKS.items()}
    answer = read_text(HEAD + _table("Totaal in {province}", blocks=blocks) + FOOT, "blocks.txt")
    assert "unreadable-table" in {i.kind for i in answer.issues}
    assert "Verkorte opvoeder Professionele Bachelor" not in {c.label for t in answer.tables for c in t.cells}


NOTED = """\
Provincie                                  2021          2022      2023
Antwerpen                                   116             76       69
Limburg                                      52             58       74
Oost-Vlaanderen                              87            137       96
Vlaams Gewest                               253            269      238
{note}
Brussel                                      24             22       24
Totaal                                      277            291      261
"""
NOTES = {
    "star": "* zonder de cursisten die in een\nandere regio een opleiding\nvolgden",
    "bracketed": "(*) zonder de cursisten die in een\nandere regio een opleiding volgden",
    "hanging": "(1) zonder de cursisten die in\n    een andere regio een opleiding\n    volgden",
    "figures": "cijfers zonder de cursisten die in\neen andere regio een opleiding volgden",
}


@pytest.mark.parametrize("note", list(NOTES))
def test_a_note_wrapped_in_its_cell_below_a_total_is_the_notes(note):
    """Before: its lines in lower case joined to ``Brussel``'s name (``andere regio een
    opleiding volgden Brussel``), nothing said."""
    answer = read_text(HEAD + NOTED.format(note=NOTES[note]) + FOOT, "noted.txt")
    assert [i.kind for i in answer.issues] == []
    rows = {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows[("Brussel", "2021")] == 24 and rows[("Antwerpen", "2023")] == 69
    assert {label for label, _ in rows} == {"Antwerpen", "Limburg", "Oost-Vlaanderen", "Brussel"}
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


def test_a_row_name_in_lower_case_below_a_note_with_figures_stays_the_rows():
    """A line in lower case WITH figures below a note is a row's line, no line of the note:
    the note takes only lines of words alone."""
    text = NOTED.format(note="* voorlopige cijfers").replace("Brussel          ", "brussel          ")
    answer = read_text(HEAD + text + FOOT, "noted.txt")
    assert ("brussel", "2021", 24) in {(c.label.lower(), c.period, c.count) for t in answer.tables for c in t.cells}


@pytest.mark.parametrize("spacing", ["laid-out", "single"])
@pytest.mark.parametrize("note", ["star", "bracketed"])
def test_a_note_wrapped_in_its_cell_below_a_row_is_the_notes(note, spacing):
    """The same note right below a row whose figures are there (``Limburg  52  58  74``), the
    table going on below it. Before (laid out): its lines in lower case joined to the next
    row's name (``andere regio een opleiding volgden Oost-Vlaanderen``), nothing said."""
    limburg = "Limburg                                      52             58       74\n"
    text = NOTED.format(note="").replace("\n\n", "\n").replace(limburg, limburg + NOTES[note] + "\n")
    if spacing == "single":
        text = "\n".join(" ".join(line.split()) for line in text.splitlines()) + "\n"
    answer = read_text(HEAD + text + FOOT, "noted.txt")
    assert [i.kind for i in answer.issues] == []
    rows = {(c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}
    assert {label for label, _ in rows} == {"Antwerpen", "Limburg", "Oost-Vlaanderen", "Brussel"}
    assert rows[("Oost-Vlaanderen", "2021")] == 87
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"])
@pytest.mark.parametrize("style", ["ruled-top", "plain-bottom", "narrow-break"])
def test_a_note_wrapped_in_its_cell_below_a_row_in_a_pdf(style, form):
    """numrows25's answer, its long note printed right below ``Limburg`` instead of below the
    region's total: in every form, the note's lines are no row's."""
    pytest.importorskip("fpdf")
    from test_numrows25 import NOTES as LONG, PDF_STYLES, _exact, _noted_answer
    from test_unseen23 import read_pdf_form, write_pdf

    answer = _noted_answer(LONG["wrapped"])
    rows = answer.tables[0].rows
    note = next(r for r in rows if r.label == LONG["wrapped"])
    rows.remove(note)
    rows.insert(2, note)  # (right below Limburg)
    _exact(answer, read_pdf_form(write_pdf(answer, PDF_STYLES[style]), form))
