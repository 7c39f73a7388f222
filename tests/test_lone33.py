"""Session 33: numbers that went nowhere around refused tables and glued marks.

**A figure alone trailing a table refused with its rows on their lines.** An extractor may print a
tall label cell after the figures beside it: the last row's name and the total's word come after
the last row's figures, then the total's figure alone (``Verzorgende 20 23 43`` / ``Bakker brood``
/ ``en banket`` / ``voor volwassenen`` / ``Totaal`` / ``86``). Where the table is refused as
``table-like-lines`` (not one figure per line), three label lines or more end the run, and the
figure alone was said nowhere. Now the refusal's span runs on to it (labels and no prose between;
a page's number at a page's foot, a page mark, a figure after prose stay out).

**A blank cell's mark and a figure glued to a name inside a table.** Plain ``pdftotext`` runs a
blank mark ``-`` and the figure beside it into the next row's name (``-2Opvoeder traject met``);
inside a table a row's name took them in, the figure lost. Now said (``mark-in-name``); a name
that opens with its own digits (``2de graad``, ``3D-tekenaar``) is none.
"""

from __future__ import annotations

import pytest
from hypothesis import Phase, assume, given, note, settings
from hypothesis import strategies as st

from okot_audit import read_text

HEAD = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector\n\n"
        "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.\n")
ROWS = "Opleiding\n\nKapper 12 14 26\nLasser 8 9 17\nVerzorgende 20 23 43\n"
SAID = (12, 14, 26, 8, 9, 17, 20, 23, 43)


def _refusals(answer):
    return [(i.reason, i.line, i.other_line, i.numbers) for i in answer.issues if i.kind == "unreadable-table"]


def _line_of(text: str, wanted: str, last: bool = True) -> int:
    found = [k for k, line in enumerate(text.split("\n"), start=1) if line.strip() == wanted]
    return found[-1] if last else found[0]


# --- 1. a figure alone trailing a table refused with its rows on their lines ----------------------

@pytest.mark.parametrize("gap", ["", "\n"], ids=["no-blank", "blank"])
@pytest.mark.parametrize("labels", [
    ("Bakker brood", "en banket", "Totaal"),
    ("Bakker brood", "en banket", "voor volwassenen", "Totaal"),
    ("Bakker", "brood", "en", "banket", "met", "traject", "Totaal"),
], ids=["3", "4", "7"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_a_figure_alone_after_three_label_lines_or_more_is_in_the_refusals_span(labels, gap, newline):
    """Before: the span ended at ``Verzorgende``'s line and 86 was in no cell and no finding."""
    text = HEAD + ROWS + "\n".join(labels) + "\n" + gap + "86\n"
    answer = read_text(text.replace("\n", newline), "g.txt")
    assert _refusals(answer) == [("table-like-lines", 6, _line_of(text, "86"), SAID + (86,))]


def test_a_figure_alone_after_rows_refused_below_a_total_is_in_their_span():
    """The same below a table's total (``rows-after-total``, a refusal of its own kind): the rows'
    span runs on to the figure. Before: it ended at ``Schilder``'s line, 86 said nowhere."""
    text = (HEAD + "Opleiding 2019 2020\n\nKapper 12 14\nLasser 8 9\nTotaal 20 23\nVerzorgende 20 23\nSchilder 3 4\n"
            "Bakker brood\nen banket\nvoor volwassenen\nTotaal\n\n86\n")
    assert _refusals(read_text(text, "g.txt")) == [("rows-after-total", 9, _line_of(text, "86"), (20, 23, 3, 4, 86))]


def test_figures_alone_between_two_refused_pieces_are_in_the_first_ones_span():
    """A figure alone between two runs of rows (labels between, no prose): the first run's span
    takes it. Before: in neither span."""
    text = (HEAD + ROWS + "Bakker brood\nen banket\nvoor volwassenen\n\n7\n\nSchrijnwerker\nen\ninterieur\n"
            "Metselaar 1 2 3\nDakwerker 4 5 9\n")
    refusals = _refusals(read_text(text, "g.txt"))
    assert [(r[1], r[2]) for r in refusals][0] == (6, _line_of(text, "7"))
    assert 7 in refusals[0][3] and all(r[3].count(7) == 1 for r in refusals[:1])


def test_a_page_number_at_the_pages_foot_after_the_labels_stays_out():
    """A figure alone at a page's foot (the next line on the next page) that is no larger than the
    pages' count: the page's number, none of the table's — as for a table printed one figure per line."""
    text = HEAD + ROWS + "Bakker brood\nen banket\nvoor volwassenen\n\n2\n\fDe minister antwoordt verder.\n"
    assert _refusals(read_text(text, "g.txt")) == [("table-like-lines", 6, 8, SAID)]


@pytest.mark.parametrize("mark", ["- 3 -", "3/7", "Pagina 3", "Pagina 3 van 7"])
def test_a_page_mark_after_the_labels_is_no_figure_of_the_table(mark):
    text = HEAD + ROWS + "Bakker brood\nen banket\nvoor volwassenen\n\n" + mark + "\n\nDe minister antwoordt verder.\n"
    answer = read_text(text, "g.txt")
    assert _refusals(answer) == [("table-like-lines", 6, 8, SAID)]
    assert [i.kind for i in answer.issues] == ["unreadable-table"]


def test_a_figure_alone_after_prose_below_a_refused_table_stays_prose():
    """Prose between the refusal and the figure (a sentence's end) parts them: the figure is
    prose's (a paragraph of its own), said by nothing, as before."""
    text = (HEAD + ROWS + "Bakker brood\nen banket\n\nDeze cijfers zijn voorlopig en kunnen nog wijzigen.\n\n"
            "Het aantal bedraagt\n\n12\n\nen is gestegen tegenover vorig jaar.\n")
    answer = read_text(text, "g.txt")
    assert _refusals(answer) == [("table-like-lines", 6, 8, SAID)]
    assert [i.kind for i in answer.issues] == ["unreadable-table"]


# --- 2. a blank cell's mark and a figure glued to a name inside a table -------------------------------

_TITLE = "Aantal unieke cursisten per opleiding bij VDAB\n"
#: The three text forms a table with the glued line takes: plain ``pdftotext`` read back into rows
#: (every cell a paragraph), single-spaced lines, laid-out lines (``pdftotext -layout``).
GLUED = {
    "paragraphs": _TITLE + "Opleiding\n\n2019\n\n2020\n\nZorgkundige\n\n14\n\n7\n\nVerpleegkunde\n\n"
                  "-2Opvoeder traject met\n\n3\n\n4\n\nLogistiek\n\n5\n\n6\n\nindividueel maatwerk\nvoor volwassenen\n",
    "lines": _TITLE + "\nOpleiding 2019 2020\nZorgkundige 14 7\nVerpleegkunde\n-2Opvoeder traject met\n"
                      "individueel maatwerk 3 4\nLogistiek 5 6\n",
    "laid": _TITLE + "\nOpleiding                 2019    2020\nZorgkundige                 14       7\n"
                     "Verpleegkunde\n-2Opvoeder traject met\nindividueel maatwerk         3       4\n"
                     "Logistiek                    5       6\n",
}


@pytest.mark.parametrize("form", sorted(GLUED))
def test_a_mark_and_a_figure_glued_to_a_name_inside_a_table_are_said(form):
    """The 2 is said at the glued line, with the table and the name its row was read under.
    Before: the row read as ``Verpleegkunde -2Opvoeder traject met …`` and nothing said."""
    text = GLUED[form]
    answer = read_text(text, "g.txt")
    said = [i for i in answer.issues if i.reason == "mark-in-name"]
    assert [(i.kind, i.numbers) for i in said] == [("stray-number", (2,))]
    assert said[0].text in ("Opvoeder traject met", "Opvoeder traject met individueel maatwerk")
    assert said[0].table == answer.tables[0].id and "Opvoeder" in (said[0].label or "")
    assert [i.kind for i in answer.issues] == ["stray-number"]


def test_the_message_says_the_figure_and_the_name_in_english_and_dutch():
    from okot_audit import audit

    answer = read_text(GLUED["lines"], "g.txt")
    en = [f.message for f in audit(answer).findings if f.rule == "stray-number"]
    nl = [f.message for f in audit(answer, lang="nl").findings if f.rule == "stray-number"]
    assert len(en) == len(nl) == 1
    assert "2" in en[0] and "'Opvoeder traject met'" in en[0] and "glued" in en[0]
    assert "2" in nl[0] and "'Opvoeder traject met'" in nl[0] and "vast" in nl[0]


@pytest.mark.parametrize("name", ["2de graad verpleegkunde", "3D-tekenaar", "- 3D-tekenaar", "-25jarigen traject",
                                  "Graduaat - 2de jaar", "Bachelor 1-2Opleiding".replace("2O", "2 O")])
def test_a_name_opening_with_its_own_digits_inside_a_table_is_no_mark(name):
    text = _TITLE + f"\nOpleiding 2019 2020\nZorgkundige 14 7\n{name} 3 4\nLogistiek 5 6\n"
    answer = read_text(text, "g.txt")
    assert not [i for i in answer.issues if i.reason in ("mark-in-name", "mark-in-words")]
    assert len({c.label for t in answer.tables for c in t.cells}) == 3


def test_a_figure_read_as_a_cell_on_the_glued_line_is_not_said_again():
    """Where the table reads the number as a cell of that very line, it is no lost figure."""
    from okot_audit.parse import marks_in_tables
    from okot_audit.tables import ParseIssue

    answer = read_text(GLUED["lines"], "g.txt")
    table = answer.tables[0]
    cell = next(c for c in table.cells if c.count == 3)
    issue = ParseIssue("stray-number", cell.line, "mark-in-name", (3,), None, text="Opvoeder traject met")
    assert marks_in_tables([issue], [table]) == []


# --- two more forms of the blank mark and the figure inside a table (glued33: said) ----------------

def test_a_blank_mark_and_a_figure_as_paragraphs_joined_into_a_name_are_said():
    text = (_TITLE + "Opleiding\n\n2019\n\n2020\n\nZorgkundige\n\n14\n\n7\n\nVerpleegkunde\n\n-\n\n2\n\n"
            "voor volwassenen\n\n3\n\n4\n\nLogistiek\n\n5\n\n6\n\nOpvoeder traject met\nindividueel maatwerk\n")
    answer = read_text(text, "g.txt")
    cells = {(c.label, c.period): c.count for t in answer.tables for c in t.cells}
    assert cells.get(("Verpleegkunde", "2020")) == 2 or any(2 in i.numbers for i in answer.issues)


def test_a_figure_glued_to_a_name_after_a_blank_mark_is_said():
    text = _TITLE + "\nOpleiding 2019 2020\nZorgkundige 14 7\nVerpleegkunde -\n2Opvoeder traject met\nindividueel maatwerk 3 4\nLogistiek 5 6\n"
    answer = read_text(text, "g.txt")
    assert any(2 in i.numbers for i in answer.issues) or any(
        c.count == 2 for t in answer.tables for c in t.cells)


@pytest.mark.parametrize("line", ["- 3D-tekenaar in de opleiding", "-3D-tekenaar"])
def test_a_dash_before_a_names_own_digits_outside_tables_is_no_mark(line):
    """Outside every table too: ``- 3D-tekenaar`` (a list's item, a name that opens with its own
    digits) is no mark run into words. Before: ``mark-in-words`` said 3 was lost."""
    text = "Vraag 12 van 3 maart 2023 (VDAB)\n\nDe opleidingen:\n\n" + line + "\n"
    assert not [i for i in read_text(text, "p.txt").issues if i.reason == "mark-in-words"]


# --- generated: rows on their lines, the last labels printed after the figures ---------------------

def _unaccounted(table, answer, text: str) -> list[int]:
    """The figures `table` prints (its rows' and its total's) that are neither a cell read nor said
    by a finding — among its numbers, or printed on a line of its span (a finding lists forty
    numbers at most: a long table's refusal says its last figures by its span): each figure
    counted as often as it is printed."""
    import re
    from collections import Counter

    printed = Counter(v for values in [*(r.counts for r in table.rows()), table.total] for v in values.values()
                      if v is not None)
    said = Counter(c.count for t in answer.tables for c in t.cells)
    said.update(n for i in answer.issues for n in i.numbers)
    lines = text.split("\n")
    spanned = {n for i in answer.issues if i.other_line for n in range(i.line, i.other_line + 1)}
    said.update(int(f) for n in sorted(spanned) if n <= len(lines) for f in re.findall(r"\d+", lines[n - 1]))
    return sorted((printed - said).elements())


@settings(max_examples=15, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(data=st.data())
def test_every_figure_of_rows_on_their_lines_with_late_labels_is_a_cell_or_said(data) -> None:
    """Year tables built from persons (rows by programme name or by code, a total column or none),
    each row's figures on its line, no header of periods (the table refused), the last rows' names
    and the total's word printed after the figures, the total's last figure alone: every figure is
    a cell or said inside a finding's span."""
    from generate.choices import DrawChooser
    from generate.model import Shape, draw_table, random_pool, random_programmes
    from generate.render import lines_of_rows

    chooser = DrawChooser(data.draw)
    rows = data.draw(st.sampled_from(("programme", "code")), label="rows")
    pool = random_programmes(chooser, 8) if rows == "programme" else random_pool(chooser, 8)
    total_column = data.draw(st.booleans(), label="total column")
    first, years = data.draw(st.integers(2015, 2020), label="first year"), data.draw(st.integers(2, 4), label="years")
    periods = [str(first + k) for k in range(years)]  # (two figures a row at least: every row table-like)
    table = draw_table(chooser, "started", pool, Shape(rows=rows, total_column=total_column), periods=periods,
                       blank_percent=0)
    assume(len(table.rows()) >= 2)  # (one row on its line alone, no header, is no table: prose's)
    late = data.draw(st.integers(1, 3), label="lines whose labels come after the figures")
    # (the rows above the late ones wrapped or on a line each: a row's name wrapped over three lines
    # or more between two rows keeps them one run, a row alone between them too)
    text = HEAD + lines_of_rows(table, late=late, width=data.draw(st.sampled_from((12, 24)), label="width"),
                                wrapped=data.draw(st.booleans(), label="wrapped"))
    note(text)
    assert _unaccounted(table, read_text(text, "g.txt"), text) == []


def test_a_row_alone_between_rows_parted_by_wrapped_names_is_said():
    text = HEAD + ("Opleiding\n\nProfessionele 25 25 18\ngraduaatsopleiding\nkinderzorg\ndeel twee\n"
                   "Educatieve 46 58 5\nzorgkundige\ntandartsassistent\nverkort\nHoger 30 56 45\n"
                   "orthopedagogie\ntraject\nlerarenopleiding\nVerkorte 18 46 10\nlager\nknelpuntvakken\n"
                   "Specifieke 21 53 37\nTotaal 140 238 115\n")
    answer = read_text(text, "g.txt")
    said = {n for i in answer.issues for n in i.numbers}
    assert {30, 56, 45} <= said
