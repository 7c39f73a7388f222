"""A table continued under ``Tabel 1 (vervolg)``: one table, its totals checked once.

A PDF's table goes on below a caption that says so (``Tabel 1 (vervolg)``), on the same page or
at the top of the next, with or without its header printed again, a note between or not. Every
form — the PDF itself, ``pdftotext -layout``, plain ``pdftotext``, pdfplumber — reads one table:
the continuation's rows joined to the table it continues, the total at the end checked against
all of them. Before, the PDF itself split the table where the header was repeated on the same
page (its pages are certain, and the same header on a page heads the next table there), and the
total was checked against the continuation's rows alone: false ``total-exceeds-parts`` errors.

A "continuation" whose header differs from the table's (other periods) continues nothing: it is
read as a table of its own, never joined to the one above.

Each PDF is drawn with fpdf2 (its real table layout, ruled cells).
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from okot_audit import audit, read_text

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import available, extract, read_form  # noqa: E402

HEAD = ("Provincie", "2020", "2021")
OTHER_HEAD = ("Provincie", "2022", "2023")
FIRST = (("Antwerpen", "69", "52"), ("Limburg", "10", "12"))
REST = (("Oost-Vlaanderen", "12", "15"), ("West-Vlaanderen", "3", "4"))


def _total(rows) -> tuple[str, ...]:
    """The total line of `rows` (each period's counts summed: the provinces part Flanders)."""
    return ("Totaal", *(str(sum(int(r[i]) for r in rows)) for i in (1, 2)))


TOTAL = _total(FIRST + REST)
#: The one table every form reads: all four provinces, the total over all of them.
CELLS = [("total" if r[0] == "Totaal" else "row", r[0], p, int(v))
         for r in (*FIRST, *REST, TOTAL) for p, v in zip(HEAD[1:], r[1:])]


def _table(pdf, rows) -> None:
    with pdf.table(col_widths=(60, 25, 25), width=110, align="LEFT", line_height=6,
                   text_align=("LEFT", "RIGHT", "RIGHT"), borders_layout="ALL") as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)


@lru_cache(maxsize=None)
def _pdf(next_page: bool, repeat: bool, note: bool, caption: str = "Tabel 1 (vervolg)",
         head2: tuple[str, ...] = HEAD) -> bytes:
    """Table 1's header and first rows; (`note`) a note below them; (`next_page`) a page break;
    `caption`; (`repeat`) the header `head2` again; the rest of the rows and the total."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(0, 5, "1. Het aantal unieke gestarte cursisten per provincie.", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Tabel 1", new_x="LMARGIN", new_y="NEXT")
    _table(pdf, [HEAD, *FIRST])
    if note:
        pdf.ln(2)
        pdf.multi_cell(0, 5, "Opmerking: cijfers voorlopig.", new_x="LMARGIN", new_y="NEXT")
    if next_page:
        pdf.add_page()
    else:
        pdf.ln(4)
    pdf.multi_cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
    _table(pdf, [head2, *REST, TOTAL] if repeat else [*REST, TOTAL])
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Bron: VDAB", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def _findings(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line) for f in audit(answer).findings]


FORMS = ["pdf", "pdftotext-layout", "pdftotext", "pdfplumber"]
#: Plain pdftotext prints a ruled table cell by cell, and where the header is printed again on the
#: same page it moves that header's label below the table's last row (``Tabel 1 (vervolg)`` /
#: ``Provincie`` after ``Totaal 94 83``, its periods among the first rows' figures). Session 35
#: said it as a table it cannot read; session 36 sets the caption and the label back above the
#: periods printed again (tests/test_loud36.py): every form reads the one table.


def _case(form: str, next_page: bool, repeat: bool):
    return pytest.param(form, next_page, repeat)


CASES = [_case(form, next_page, repeat) for form in FORMS for next_page in (False, True) for repeat in (False, True)]


@pytest.mark.parametrize("note", [False, True], ids=["no-note", "note"])
@pytest.mark.parametrize("form,next_page,repeat", CASES)
def test_a_table_continued_under_its_vervolg_caption_is_one_table_its_total_checked_once(form, next_page, repeat, note):
    answer = read_form(_pdf(next_page, repeat, note), form)
    assert len(answer.tables) == 1
    assert _cells(answer) == CELLS
    assert _findings(answer) == []


@pytest.mark.parametrize("caption", ["(vervolg)", "Vervolg tabel 1", "Tabel 1 (vervolg)"])
@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
def test_every_wording_of_the_caption_continues_the_table_on_the_same_page(form, caption):
    answer = read_form(_pdf(False, True, False, caption=caption), form)
    assert _cells(answer) == CELLS
    assert _findings(answer) == []


def test_the_text_forms_agree_with_the_pdf():
    """The laid-out text, as a user pastes it, reads the same one table."""
    if not available("pdftotext-layout"):
        pytest.skip("pdftotext is not installed")
    for next_page in (False, True):
        text = extract(_pdf(next_page, True, True), "pdftotext-layout")
        assert _cells(read_text(text)) == CELLS


# 2. A "continuation" under another header: no continuation, said.

#: Plain pdftotext of the same-page form prints the second header's label below the table: set
#: back above its periods (see :data:`FORMS`), the continuation of other periods said as in every form.
OTHER_CASES = [pytest.param(form, next_page) for form in FORMS for next_page in (False, True)]


def _other_header_lines(answer) -> list[tuple]:
    return [(i.text, i.periods, i.header) for i in answer.issues if i.reason == "continuation-other-header"]


@pytest.mark.parametrize("note", [False, True], ids=["no-note", "note"])
@pytest.mark.parametrize("form,next_page", OTHER_CASES)
def test_a_continuation_under_a_header_of_other_periods_is_read_apart_and_said(form, next_page, note):
    """``Tabel 1 (vervolg)`` over ``Provincie 2022 2023`` below the rows of ``Provincie 2020 2021``:
    no continuation — its rows a table of their own, never joined to the table above, and said
    at the caption's line (an error: whichever reading is right, a total is checked against
    other rows than the answer means)."""
    answer = read_form(_pdf(next_page, True, note, head2=OTHER_HEAD), form)
    assert [[c.period for c in t.cells][:2] for t in answer.tables] == [list(HEAD[1:]), list(OTHER_HEAD[1:])]
    assert _other_header_lines(answer) == [("Tabel 1 (vervolg)", OTHER_HEAD[1:], HEAD[1:])]
    said = [f for f in audit(answer).findings if f.rule == "unreadable-table"]
    assert [(f.severity, f.line) for f in said] == [
        ("error", i.line) for i in answer.issues if i.reason == "continuation-other-header"]


def test_the_other_header_s_message_names_both_headers_periods_in_english_and_dutch():
    answer = read_form(_pdf(True, True, False, head2=OTHER_HEAD), "pdf")
    [issue] = [i for i in answer.issues if i.reason == "continuation-other-header"]
    en, nl = (next(f.message for f in audit(answer, lang=lang).findings if f.rule == "unreadable-table")
              for lang in ("en", "nl"))
    assert en.startswith(f"line {issue.line} ('Tabel 1 (vervolg)') says the table above goes on, but the header "
                         f"below it ('Provincie 2022 2023', line {issue.other_line}) names other periods (2022, 2023) "
                         "than that table's (2020, 2021): it continues no table")
    assert nl.startswith(f"regel {issue.line} ('Tabel 1 (vervolg)') zegt dat de tabel erboven verdergaat, maar de "
                         f"hoofding eronder ('Provincie 2022 2023', regel {issue.other_line}) noemt andere perioden "
                         "(2022, 2023) dan die van die tabel (2020, 2021): ze zet geen tabel voort")


def test_a_continuation_under_the_same_header_is_not_said():
    """Guard: the same periods below the caption — a continuation, joined, nothing said of it."""
    answer = read_form(_pdf(True, True, True), "pdf")
    assert _other_header_lines(answer) == []


@pytest.mark.parametrize("name", ["Vervolgopleiding lasser", "Vervolg traject zorg"])
def test_a_row_whose_name_starts_with_vervolg_is_a_row(name):
    """Guard: a name that starts with the word (``Vervolgopleiding lasser``) is no caption."""
    text = "\n".join(["Opleiding                    2020    2021", "Kapper                          5       6",
                      f"{name:<29}  3       4", "Totaal                          8      10"]) + "\n"
    assert [(c.label, c.count) for t in read_text(text).tables for c in t.cells][2:4] == [(name, 3), (name, 4)]
