"""Session 31: a lone bracketed number at a table's rows.

- Plain text: a line ``(10)`` alone between two whole rows was glued SILENTLY into the next row's
  name (``(10) Logistiek``). A name's bracket holds words (``(SLO)``, ``(Se-n-se)``), a footnote's
  mark stands after its label (``Verpleegkunde (1) 22 31``): a bracketed number alone on its line
  between rows is no piece of a name — its number said where it stands (``stray-number``), every
  row read under its own name (:func:`okot_audit.patterns.lone_bracketed_number`).
"""

from __future__ import annotations

import pytest

from okot_audit import read_answer, read_text

_HEAD = "Vraag 12 van 3 maart 2023\n\nAantal unieke cursisten per opleiding\n\n"
_PLAIN = [("Zorgkundige", (14, 7, 9)), ("Verpleegkunde", (22, 31, 40)), ("Logistiek", (3, 4, 5))]
_CODED = [("908002: Educatieve bachelor kleuteronderwijs", (38, 47, 5)), ("908001: Verpleegkunde", (22, 31, 40)),
          ("908003: Educatieve bachelor lager onderwijs", (22, 38, 6))]


def _table(rows, periods: int, mark: str) -> tuple[str, int]:
    """The table's rows, `mark` on a line of its own between the second and the third; the text
    and the mark's line (1-based)."""
    lines = _HEAD.split("\n")[:-1] + ["Opleiding " + " ".join(str(2019 + k) for k in range(periods))]
    at = 0
    for i, (name, counts) in enumerate(rows):
        if i == 2:
            lines.append(mark)
            at = len(lines)
        lines.append(f"{name} {' '.join(map(str, counts[:periods]))}")
    return "\n".join(lines) + "\n", at


def _read(text: str):
    answer = read_text(text, "generated.txt")
    cells = {(c.label, c.period): c.count for t in answer.tables for c in t.cells}
    return [(i.kind, i.line, i.numbers) for i in answer.issues], cells


@pytest.mark.parametrize("periods", [2, 3])
@pytest.mark.parametrize("rows", [_PLAIN, _CODED], ids=["plain", "coded"])
@pytest.mark.parametrize("mark", ["(10)", "( 10 )", "(3)", "  (127)  "])
def test_a_lone_bracketed_number_between_whole_rows_is_said_never_glued(mark, rows, periods):
    """``(10)`` between whole rows, plain or coded: every row read at its figures under its own
    name, the number said at its line. Before: glued into the next row's name, nothing said."""
    text, at = _table(rows, periods, mark)
    issues, cells = _read(text)
    want = {(name.split(": ")[-1], str(2019 + k)): counts[k] for name, counts in rows for k in range(periods)}
    assert cells == want
    number = int(mark.strip(" ()"))
    assert issues == [("stray-number", at, (number,))]


@pytest.mark.parametrize("note", ["(SLO)", "(Se-n-se)", "(hoger onderwijs)"])
def test_words_in_brackets_below_a_name_stay_the_names(note):
    """``(SLO)`` / ``(Se-n-se)`` below a row: the name's, nothing said (as before)."""
    text, _ = _table(_PLAIN, 2, note)
    issues, cells = _read(text)
    assert issues == []
    assert cells[(f"Verpleegkunde {note}", "2019")] == 22 and cells[("Logistiek", "2019")] == 3


def test_a_footnote_mark_after_a_label_stays_a_footnote_mark():
    """``Verpleegkunde (1) 22 31`` with its note below: the mark the label's note, no stray number."""
    text = (_HEAD + "Opleiding 2021 2022\nZorgkundige 14 7\nVerpleegkunde (1) 22 31\nLogistiek 3 4\n\n"
            "(1) Inclusief de verkorte trajecten.\n")
    issues, cells = _read(text)
    assert not any(kind == "stray-number" for kind, _, _ in issues), issues
    assert cells[("Logistiek", "2022")] == 4 and cells[("Zorgkundige", "2021")] == 14
    assert any(label.startswith("Verpleegkunde") and count == 31 for (label, _), count in cells.items())


@pytest.mark.parametrize("below", ["(SLO) 3 4", "tweede jaar 3 4", "- deel 2 3 4"])
def test_a_bracketed_number_a_name_goes_on_below_is_not_judged_lone(below):
    """``(10)`` over a line that goes on with a name (a bracket, lower case, a dash set apart): not
    judged a lone number by this rule."""
    from okot_audit.patterns import lone_bracketed_number

    assert not lone_bracketed_number("(10)", below)
    assert lone_bracketed_number("(10)", "Logistiek 3 4") and lone_bracketed_number("(10)", "908003: Logistiek 3 4")
    assert not lone_bracketed_number("(SLO)", "Logistiek 3 4") and not lone_bracketed_number("(10)", "")


# ---------------------------------------------------------------------------------------------
# Column-laid text (pdftotext -layout, a PDF's lines): the line between the header and the first row

_LAID_HEAD = "Vraag 12 van 3 maart 2023 (VDAB)\n\nAantal unieke cursisten per opleiding\n\n"
_LAID_ROWS = ("Zorgkundige                       14           7\nVerpleegkunde                     22          31\n"
              "Logistiek                          3           4\n")
_LAID_CELLS = {("Zorgkundige", "2021"): 14, ("Zorgkundige", "2022"): 7, ("Verpleegkunde", "2021"): 22,
               ("Verpleegkunde", "2022"): 31, ("Logistiek", "2021"): 3, ("Logistiek", "2022"): 4}


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["close", "apart"])
@pytest.mark.parametrize("indent", [0, 14])
@pytest.mark.parametrize("mark", ["(10)", "(1)", "-1-", "- 1 -"])
def test_a_lone_number_between_a_laid_header_and_its_first_row_is_said(mark, indent, gap):
    """``(10)`` (or ``-1-``) alone between a column-laid header and its first row, under the label
    column: said at its line, every row read, the header's label no ``Opleiding (10)``. Before
    (the bracketed one, right under the header): taken into the header's first cell, nothing said."""
    text = _LAID_HEAD + "Opleiding                       2021        2022" + gap + " " * indent + mark + gap + _LAID_ROWS
    at = 6 if gap == "\n" else 7
    issues, cells = _read(text)
    assert cells == _LAID_CELLS
    assert issues == [("stray-number", at, (int(mark.strip(" -()")),))]


@pytest.mark.parametrize("foot, note", [("", "marked (1) without an explaining footnote"),
                                        ("\n(1) Voorlopige cijfers.\n", "Voorlopige cijfers.")])
def test_a_bracketed_number_under_a_laid_period_stays_the_periods_mark(foot, note):
    """``(1)`` under the period ``2022`` of a column-laid header: the period's footnote mark wrapped
    in its cell — its note (or that none explains it), no stray number (as before)."""
    text = _LAID_HEAD + "Opleiding                       2021        2022\n" + " " * 46 + "(1)\n" + _LAID_ROWS + foot
    answer = read_text(text, "generated.txt")
    assert [i.kind for i in answer.issues] == []
    assert [(p.label, p.note) for p in answer.tables[0].periods] == [("2021", None), ("2022", note)]


def test_a_pdf_with_a_bracketed_number_under_its_header_says_it(tmp_path):
    """A PDF (fpdf2) with ``(10)`` alone under its header's first cell: said at its line, every
    row read; under a period's column it stays that period's mark."""
    from fpdf import FPDF

    def make(x: float):
        pdf = FPDF()
        pdf.set_font("Helvetica", size=11)
        pdf.add_page()
        pdf.cell(0, 8, "Aantal unieke cursisten per opleiding bij VDAB", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(80, 8, "Opleiding")
        pdf.cell(30, 8, "2019")
        pdf.cell(30, 8, "2020", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(x)
        pdf.cell(20, 8, "(10)", new_x="LMARGIN", new_y="NEXT")
        for name, a, b in [("Zorgkundige", 14, 7), ("Verpleegkunde", 22, 31), ("Logistiek", 3, 4)]:
            pdf.cell(80, 8, name)
            pdf.cell(30, 8, str(a))
            pdf.cell(30, 8, str(b), new_x="LMARGIN", new_y="NEXT")
        path = tmp_path / f"bracket{x}.pdf"
        pdf.output(str(path))
        return read_answer(str(path))

    for x, said in ((10, [("stray-number", (10,))]), (60, [("stray-number", (10,))])):
        answer = make(x)
        assert [(i.kind, i.numbers) for i in answer.issues] == said
        cells = {(c.label, c.period): c.count for t in answer.tables for c in t.cells}
        assert cells[("Zorgkundige", "2019")] == 14 and cells[("Logistiek", "2020")] == 4 and len(cells) == 6


@pytest.mark.parametrize("mark, said, name", [("(10)", [("stray-number", 8, (10,))], "Verpleegkunde"),
                                              ("(SLO)", [], "Verpleegkunde (SLO)")])
def test_a_bracket_alone_between_laid_rows(mark, said, name):
    """Column-laid rows: ``(10)`` alone between two rows said at its line, no name holding it;
    ``(SLO)`` there the name's above (as before)."""
    rows = _LAID_ROWS.split("\n")
    text = _LAID_HEAD + "Opleiding                       2021        2022\n" + "\n".join(rows[:2] + [mark] + rows[2:])
    issues, cells = _read(text)
    assert issues == said
    assert sorted({label for label, _ in cells}) == sorted(["Zorgkundige", name, "Logistiek"])
