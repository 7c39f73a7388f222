"""The text extractors make of an answer's PDF, round 17: forms earlier rounds left open.

Each test gives the text as an extractor prints it (``pdftotext -layout`` laying every figure
out under its header, pdfplumber's and pypdf's single-spaced lines) and asserts the exact cells
and findings a correct reader gives; each failed on the reader before its fix.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = "ANTWOORD\nop vraag nr. 233 van 19 september 2024\nvan Kathleen Krekels\n\n"


def cells(answer) -> list[tuple]:
    return [(c.level, c.province or c.code or c.label, c.period, c.count) for t in answer.tables for c in t.cells]


# 1. A range as the only value of a one-period row, in laid-out text.

def _laid_out(rows: list[str], width: int = 24) -> str:
    """One-period rows as ``pdftotext -layout`` prints them, no blank line between them."""
    return "\n".join(f"{r.rsplit(None, 1)[0]:<{width}}{r.split()[-1]:>8}" for r in rows)


@pytest.mark.parametrize("value, form, form_nl", [
    ("30-35", "a range", "een bereik (van \u2026 tot \u2026)"),
    ("1.000-1.500", "a range", "een bereik (van \u2026 tot \u2026)"),
    ("-4", "a negative number", "een negatief getal"),
])
def test_a_range_as_the_only_value_of_a_laid_out_row_is_said_never_joined(value, form, form_nl):
    """``Limburg      30-35`` in laid-out text: the line holds no count, so it was joined to the
    row above as its label's second line (``Antwerpen Limburg 412 30-35``): 412 a stray number,
    the total failing against 388 alone, and the range never named. As in single-spaced text
    (tests/test_messages16.py), the row is unread and said so, and the totals over it unchecked."""
    rows = ["Provincie Aantal", "Antwerpen 412", f"Limburg {value}", "Oost-Vlaanderen 388", "Totaal 800"]
    text = HEAD + "1. Het aantal unieke cursisten dat een OKOT startte in 2023:\n\n" + _laid_out(rows) + "\n"
    answer = read_text(text, "n.txt")
    found = audit(answer).findings
    assert [(f.rule, f.line, f.severity) for f in found] == [("unreadable-table", 9, "error")]
    assert found[0].message == (
        f"cannot read row Limburg of the table \"Provincie Aantal\" (line 7): it prints {value} where a count of "
        f"persons stands \u2014 {form}, no count; the row is not read (other numbers: none) and the table's totals "
        "were not checked; check this row against the published PDF")
    assert [f.message for f in audit(answer, lang="nl").findings][0].startswith(
        f"rij Limburg van de tabel \"Provincie Aantal\" (regel 7) is niet te lezen: ze drukt {value} af waar een "
        f"aantal personen staat \u2014 {form_nl}, geen aantal")
    assert cells(answer) == [
        ("row", "Antwerpen", "2023", 412), ("row", "Oost-Vlaanderen", "2023", 388), ("total", "Totaal", "2023", 800)]


def test_a_range_in_a_laid_out_label_stays_the_label_s():
    """What stays as it was: an age class (``25-54 jaar``) is a label, in its own column."""
    rows = ["Leeftijd Aantal", "-25 jaar 120", "25-54 jaar 300", "55+ jaar 40", "Totaal 460"]
    text = HEAD + "1. Het aantal unieke cursisten dat een OKOT startte in 2023, per leeftijd:\n\n" + _laid_out(rows)
    answer = read_text(text + "\n", "n.txt")
    assert cells(answer) == [
        ("row", "-25 jaar", "2023", 120), ("row", "25-54 jaar", "2023", 300), ("row", "55+ jaar", "2023", 40),
        ("total", "Totaal", "2023", 460)]
    assert audit(answer).findings == []


# 2. An unmarked caption or note under a province row, in laid-out text.

#: The province table of tests/test_unseen_pdfs5_inputs.py, as ``pdftotext -layout`` prints it.
from test_unseen_pdfs5_inputs import CELLS, FINDINGS, PERIODS, ROWS  # noqa: E402

PROVINCE_HEAD = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - zorg\n"
                 "ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck\n"
                 "1. Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per provincie.\n\n")


def _province_table(caption: str, under: str, laid: bool = True) -> str:
    lines = []
    for row in [["Provincie", *PERIODS], *ROWS]:
        if laid:
            lines.append(f"{row[0]:<28}" + "".join(f"{v:>10}" for v in row[1:]))
        else:
            lines.append(" ".join(v or "-" for v in row))
        if row[0] == under:
            lines.append(caption)
    return PROVINCE_HEAD + "\n".join(lines) + "\n"


@pytest.mark.parametrize("caption", [
    "cijfers tot eind juni", "Limburg: inclusief Voeren", "Deze cijfers zijn voorlopig.",
    "  inclusief de cursisten van Voeren"])
@pytest.mark.parametrize("under", ["Antwerpen", "Brussel"])
@pytest.mark.parametrize("laid", [True, False], ids=["laid-out", "single-spaced"])
def test_a_caption_under_a_province_row_of_text_is_no_line_of_a_label(caption, under, laid):
    """A caption without a mark under a row (in the PDF set smaller, which the text no longer
    says) was read as the province's label's second line (``Antwerpen cijfers tot eind juni``):
    no province any more — in laid-out text under any row, and in every form under the last
    row, right above the total. A province's name is whole (no word wraps onto it), the row
    below is whole on its line: the line between is neither's; and no label's line ends in a
    full stop."""
    answer = read_text(_province_table(caption, under, laid), "a.txt")
    assert [(c.level, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells] == CELLS
    assert [(f.rule, f.severity, f.period) for f in audit(answer).findings] == FINDINGS


def test_a_province_label_wrapped_onto_the_line_below_stays_whole():
    """What stays as it was: a label whose words wrap under its figures (``Brussels`` /
    ``Hoofdstedelijk Gewest``, ``Oost-`` / ``Vlaanderen``) is one label."""
    rows = ["Provincie                2022      2023", "Antwerpen                 577       601",
            "Oost-                     918       930", "Vlaanderen",
            "Brussels                   57        60", "Hoofdstedelijk Gewest",
            "Totaal                   1.540     1.580"]
    answer = read_text(PROVINCE_HEAD + "\n".join(rows) + "\n", "a.txt")
    assert [(c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("Antwerpen", "2022", 577), ("Antwerpen", "2023", 601), ("Oost-Vlaanderen", "2022", 918),
        ("Oost-Vlaanderen", "2023", 930), ("Brussel", "2022", 57), ("Brussel", "2023", 60),
        ("Totaal", "2022", 1540), ("Totaal", "2023", 1580)]


# 3. pypdf's single-spaced text: a wrapped label's figures on a line of their own, a share among them.

def test_a_line_of_figures_alone_ending_in_a_share_is_a_row_s():
    """``900124: … -`` / ``tweede jaar`` / ``180 152 84%`` under ``Opleiding Gestart Geslaagd
    Slaagpercentage``: the share was taken off only lines with a label; this row ended in no
    count and was unread. Its counts are read, the share named with the others."""
    text = (HEAD + "1. Hieronder per opleiding het aantal unieke cursisten dat in 2022 een OKOT startte en het "
            "aantal dat slaagde.\nOpleiding Gestart Geslaagd Slaagpercentage\n"
            "900124: Tweedekansonderwijs zorgkundige -\ntweede jaar\n180 152 84%\n"
            "903633: Graduaat orthopedagogie - 3de jaar 52 39 75%\nTotaal 232 191 82%\nBron: VDAB\n")
    answer = read_text(text, "p.txt")
    assert [(t.measure, c.code or c.label, c.count) for t in answer.tables for c in t.cells] == [
        ("started", "900124", 180), ("started", "903633", 52), ("started", "Totaal", 232),
        ("graduated", "900124", 152), ("graduated", "903633", 39), ("graduated", "Totaal", 191)]
    assert [(f.rule, f.line) for f in audit(answer).findings] == [("column-not-checked", 6)]


# 4. A footnote's superscript mark flattened onto a figure (``412¹`` → ``4121``).

MARKED = ("Provincie 2021 2022 2023\nAntwerpen 577 601 640\nLimburg 529 4121 560\nOost-Vlaanderen 918 930 951\n"
          "Totaal 2.000 1.900 2.100\n")
MARKED_HEAD = HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, per provincie:\n\n"


@pytest.mark.parametrize("note", ["(1) inclusief de cursisten van Voeren", "1 Inclusief de cursisten van Voeren",
                                  "1) inclusief de cursisten van Voeren"])
def test_a_figure_that_breaks_its_total_by_a_note_s_mark_is_said_a_flattened_mark(note):
    """``Limburg 529 4121 560`` with a note ``(1) …`` under the table: the superscript ``¹``
    after 412 became the figure's last digit (the extractor cannot tell it apart). The totals
    fail by exactly that digit; the finding suggested a digit swap (1421). It now says first
    that 412 fits with the note's mark taken off, the swap after it; nothing is applied."""
    answer = read_text(MARKED_HEAD + MARKED + note + "\n", "a.txt")
    typos = [f for f in audit(answer).findings if f.rule == "likely-typo"]
    assert [(f.stated, f.suggestion) for f in typos] == [(4121, 412), (4121, 1421)]
    assert typos[0].message == (
        "Limburg 2022: 4121 may be a typo for 412 (likely a footnote's mark flattened onto the figure: the answer "
        "has a note with that number): with it, Totaal 2022 holds again; the most likely of 2 corrections that each "
        "make the table hold, not applied")
    assert [f.message for f in audit(answer, lang="nl").findings if f.rule == "likely-typo"][0].startswith(
        "Limburg 2022: 4121 is mogelijk een tikfout voor 412 (wellicht een voetnootteken dat aan het getal "
        "vastgeplakt is: het antwoord heeft een voetnoot met dat nummer)")
    assert [c.count for t in answer.tables for c in t.cells if c.province == "Limburg"] == [529, 4121, 560]


def test_without_a_note_of_that_number_no_mark_is_suggested():
    """What stays as it was: no note ``(1)`` (or one of another number): the swap alone."""
    for tail in ("", "(2) inclusief de cursisten van Voeren\n"):
        answer = read_text(MARKED_HEAD + MARKED + tail, "a.txt")
        assert [(f.stated, f.suggestion) for f in audit(answer).findings if f.rule == "likely-typo"] == [(4121, 1421)]


# 5. pypdf's one line for a header of two rows: each year merged over its columns' names.

def test_every_period_then_the_names_under_each_on_one_line():
    """``Provincie 2022 2023 gestart geslaagd gestart geslaagd``: pypdf prints the header row of
    years (each merged over two columns) and the row of names below it as one line. No header
    was found there: an ``unreadable-table`` error, the figures unchecked. Now each year's
    columns are its names, in order."""
    text = (HEAD + "1. Het aantal unieke cursisten dat een OKOT startte en slaagde, per provincie:\n"
            "Provincie 2022 2023 gestart geslaagd gestart geslaagd\nAntwerpen 577 120 601 130\n"
            "Limburg 529 110 540 115\nTotaal 1.100 228 1.140 240\n")
    answer = read_text(text, "m.txt")
    assert [(t.measure, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("started", "Antwerpen", "2022", 577), ("started", "Antwerpen", "2023", 601),
        ("started", "Limburg", "2022", 529), ("started", "Limburg", "2023", 540),
        ("started", "Totaal", "2022", 1100), ("started", "Totaal", "2023", 1140),
        ("graduated", "Antwerpen", "2022", 120), ("graduated", "Antwerpen", "2023", 130),
        ("graduated", "Limburg", "2022", 110), ("graduated", "Limburg", "2023", 115),
        ("graduated", "Totaal", "2022", 228), ("graduated", "Totaal", "2023", 240)]
    assert sorted((f.rule, f.period) for f in audit(answer).findings) == [
        ("parts-exceed-total", "2022"), ("parts-exceed-total", "2022"),
        ("parts-exceed-total", "2023"), ("parts-exceed-total", "2023")]


# 6. pypdf's text of rows drawn right to left: figures glued to each other and to the label.

def test_rows_whose_figures_stand_glued_before_their_labels_are_said_unread():
    """``640601577Antwerpen``: no line ends in a figure, so nothing looked like a table — no
    table, no finding, exit 0 over figures never checked. The run is an ``unreadable-table``
    error (``figures-glued``), as figures glued after their labels were."""
    text = (HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, per provincie.\n"
            "2.1002.0502.000Totaal\n951930918Oost-Vlaanderen\n560540529Limburg\n640601577Antwerpen\n"
            "202320222021Provincie\nBron: VDAB\n")
    answer = read_text(text, "g.txt")
    found = audit(answer).findings
    assert [(f.rule, f.line, f.severity) for f in found] == [("unreadable-table", 6, "error")]
    assert found[0].message.startswith(
        "lines 6\u201310 look like a table whose figures stand glued to their labels and to each other, without a "
        "space ('2.1002.0502.000Totaal' \u2026 '202320222021Provincie')")


# 7. Single-spaced text of a header whose last period's cell wrapped in a narrow column.

def test_a_period_cell_wrapped_over_lines_of_single_spaced_text():
    """``Opleiding 2021 2022 2023 1e`` / ``semester`` / ``2024`` (pypdf, pdfplumber): the year
    alone on the header's last line was taken for the table's only period, and every row was
    an ``unreadable-table`` error (four figures, one period). The header's lines down to it
    read as one: 2021, 2022, 2023 and 2024, partial (``1e semester``)."""
    text = (HEAD + "2. Het aantal unieke cursisten met een geslaagd OKOT:\nOpleiding 2021 2022 2023 1e\nsemester\n2024\n"
            "900124: Tweedekansonderwijs zorgkundige - 140 152 171 66\ntweede jaar\n"
            "900613: Professionele bachelor verpleegkunde 61 70 74 12\n- 3de jaar\nTotaal 201 222 245 78\nBron: VDAB\n")
    answer = read_text(text, "h.txt")
    assert [(p.label, p.partial, p.note) for t in answer.tables for p in t.periods] == [
        ("2021", False, None), ("2022", False, None), ("2023", False, None), ("2024", True, "1e semester")]
    assert [c.count for t in answer.tables for c in t.cells] == [140, 152, 171, 66, 61, 70, 74, 12, 201, 222, 245, 78]
    assert [f.rule for f in audit(answer).findings] == ["partial-period"]
