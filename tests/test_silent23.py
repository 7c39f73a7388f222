"""Silent losses in reading (round 23): figures or words a reader put in the wrong place without
a word — a note under a row read as the end of the row's label, a merged figure in a sheet read
as one column's figure, a province's name before a row's figures taking the first of them.

Each test is the smallest answer that showed it, in the forms where it applies (single-spaced as
the seeds and pdfplumber print it, laid out as ``pdftotext -layout`` does, the PDF itself, an
``.xlsx`` or HTML table); each failed before its fix.
"""

from __future__ import annotations

import pytest

from generate.extract import read_form
from okot_audit import audit, read_text
from test_unseen_answers8 import HEAD, LAID, _cells
from test_unseen_answers8 import _text as _text8
from test_unseen_pdfs8 import NAME_CELLS, NAME_ROWS, cells, noted_name_pdf

STARTED = "1. Het aantal unieke cursisten dat een OKOT startte:\n\n"


def _answer(rows: list[list[str]], laid: bool):
    return read_text(HEAD + STARTED + _text8(rows, laid) + "\n\nBron: VDAB.\n", "a.txt")


def _labels(answer) -> list[str]:
    return [c.code or c.label for t in answer.tables for c in t.cells if c.level == "row"][::2]


def _rules(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period) for f in audit(answer).findings if f.rule != "parts-exceed-total"]


# 1. A note on the figures under a row, or inside a coded row's wrapped label.

NOTES = ["voorlopige cijfers", "cijfers tot eind juni", "gegevens op 30 juni", "Voorlopige cijfers"]
CODED = [["Opleiding", "2021", "2022"],
         ["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "50", "71"],
         ["908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar", "38", "47"], ["Totaal", "80", "110"]]
NAMED = [["Opleiding", "2021", "2022"], ["Graduaat verpleegkunde", "50", "71"], ["Bachelor verpleegkunde", "38", "47"],
         ["Totaal", "80", "110"]]


@LAID
@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("at", [2, 3])
def test_a_note_under_a_coded_row_is_no_part_of_its_label(laid, note, at):
    """``voorlopige cijfers`` under ``908001: … - 1ste jaar  50  71``: the label read ``… 1ste
    jaar voorlopige cijfers`` and the catalogue's label no longer matched (a ``label-mismatch``
    warning on a correct answer). A note on the figures is no part of any label."""
    answer = _answer([*CODED[:at], [note], *CODED[at:]], laid)
    assert _labels(answer) == ["908001", "908002"]
    assert [c.label for t in answer.tables for c in t.cells if c.level == "row"][::2] == [
        "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "Educatieve bachelor voor kleuteronderwijs - 2de jaar"]
    assert _rules(answer) == []
    assert answer.issues == []


@LAID
@pytest.mark.parametrize("note", NOTES)
def test_a_note_under_a_named_row_is_no_part_of_its_name(laid, note):
    """``cijfers tot eind juni`` under ``Graduaat verpleegkunde  50  71``: the row was read as
    ``Graduaat verpleegkunde cijfers tot eind juni`` (a programme no catalogue knows, so no check
    of its name at all)."""
    answer = _answer([*NAMED[:2], [note], *NAMED[2:]], laid)
    assert _labels(answer) == ["Graduaat verpleegkunde", "Bachelor verpleegkunde"]
    assert answer.issues == []


@LAID
@pytest.mark.parametrize("note", ["cijfers op 30 juni 2022", "voorlopige cijfers voor 2022"])
def test_a_note_with_its_year_right_under_the_header_is_no_row(laid, note):
    """``cijfers op 30 juni 2022`` right under ``Provincie  2021  2022``: single-spaced, an
    ``ambiguous-alignment`` error (its 2022 taken for a row's figure); laid out, joined to the
    header, and the whole table an ``unreadable-table`` error (``prose-beside-table``). It is a
    note: the rows below it are read, and its words are heard (``voorlopige … 2022``: partial)."""
    rows = [["Provincie", "2021", "2022"], [note], ["Antwerpen", "50", "71"], ["Limburg", "38", "47"],
            ["Totaal", "88", "118"]]
    answer = _answer(rows, laid)
    assert _labels(answer) == ["Antwerpen", "Limburg"]
    assert answer.issues == []
    partial = [f.period for f in audit(answer).findings if f.rule == "partial-period"]
    assert partial == (["2022"] if "voorlopig" in note else [])


def test_a_note_inside_a_coded_row_s_wrapped_label_is_no_part_of_it():
    """The note printed between a coded row's wrapped label lines (seeds' form): the label went
    ``… voor voorlopige cijfers kleuteronderwijs …``."""
    text = (HEAD + STARTED + "Unieke cursisten met gestarte OKOT'(s) 2021 2022\n908001: Educatieve bachelor voor\n"
            "voorlopige cijfers\nkleuteronderwijs - 1ste jaar 50 71\n908002: Educatieve bachelor voor\n"
            "kleuteronderwijs - 2de jaar 38 47\nTotaal 80 110\n")
    answer = read_text(text, "a.txt")
    assert [c.label for t in answer.tables for c in t.cells if c.level == "row"][::2] == [
        "Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "Educatieve bachelor voor kleuteronderwijs - 2de jaar"]
    assert _rules(answer) == []


@LAID
@pytest.mark.parametrize("note", ["voorlopige cijfers voor 2022", "cijfers 2022 tot eind juni"])
def test_a_note_among_the_rows_that_names_a_period_makes_it_partial(laid, note):
    """The note's words are heard as a note below the table would be: ``voorlopige cijfers voor
    2022`` among the rows makes 2022 partial (it was a label's words, or — marked ``(*)`` — a
    footnote the periods never heard of: no partial period)."""
    answer = _answer([*NAMED[:2], [note], *NAMED[2:]], laid)
    assert _labels(answer) == ["Graduaat verpleegkunde", "Bachelor verpleegkunde"]
    found = [(f.rule, f.period, f.line) for f in audit(answer).findings if f.rule == "partial-period"]
    assert found == [("partial-period", "2022", 9)]


def test_a_marked_note_among_the_rows_explains_the_starred_period():
    """``2022*`` in the header and ``(*) cijfers 2022 tot eind juni`` between the rows: the
    mark was said to be explained by no footnote."""
    rows = [["Opleiding", "2021", "2022*"], *NAMED[1:2], ["(*) cijfers 2022 tot eind juni"], *NAMED[2:]]
    answer = _answer(rows, False)
    [found] = [f for f in audit(answer).findings if f.rule == "partial-period"]
    assert (found.period, found.line) == ("2022", 9)
    assert "cijfers 2022 tot eind juni" in found.message


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"])
@pytest.mark.parametrize("note", ["voorlopige cijfers", "gegevens op 30 juni"])
@pytest.mark.parametrize("under", [r[0] for r in NAME_ROWS[:3]])
def test_a_note_set_under_a_row_of_a_pdf_is_no_part_of_a_name(form, note, under):
    """The note set in a smaller font under a row of a PDF: the PDF's reader kept it apart, but
    every text form joined it to the name above (``Graduaat orthopedagogie voorlopige cijfers``)."""
    assert cells(read_form(noted_name_pdf(note, under, False), form)) == NAME_CELLS


def test_a_label_with_words_like_a_note_s_elsewhere_keeps_them():
    """What stays: a label's own words, a note's word inside it not first (``… cijfers`` is no
    note's opening), a row's line with its figures."""
    rows = [["Opleiding", "2021", "2022"], ["Graduaat boekhouding en cijfers", "50", "71"],
            ["Bachelor verpleegkunde", "38", "47"], ["Totaal", "80", "110"]]
    answer = _answer(rows, False)
    assert _labels(answer) == ["Graduaat boekhouding en cijfers", "Bachelor verpleegkunde"]


# 2. A figure merged over columns its header does not tell apart (.xlsx, HTML).

TITLE = "Aantal unieke cursisten die een OKOT startten in de zorgsector"


def _html(head: list[tuple[str, int]], rows: list[list[tuple[str, int]]]) -> bytes:
    def cells(row, tag):
        return "".join(f'<{tag} colspan="{span}">{text}</{tag}>' for text, span in row)
    body = [f"<tr>{cells(head, 'th')}</tr>"] + [f"<tr>{cells(row, 'td')}</tr>" for row in rows]
    return f"<html><body><p>{TITLE}</p><table>{''.join(body)}</table></body></html>".encode()


def _xlsx(rows: list[list], merges: list[str]) -> bytes:
    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    from generate.xlsx import workbook_bytes
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    for merge in merges:
        book.active.merge_cells(merge)
    return workbook_bytes(book)


def _read(data: bytes, name: str):
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    return parse_answer(source_from_bytes(data, name))


def _merged(answer) -> list[str]:
    return [f.message for f in audit(answer).findings if f.rule == "unreadable-table" and "merged over" in f.message]


FIGURES_HTML = [[("Antwerpen", 1), ("120", 1), ("130", 1), ("10", 1)], [("Limburg", 1), ("300", 1), ("200", 2)],
                [("Totaal", 1), ("420", 1), ("330", 1), ("50", 1)]]


@pytest.mark.parametrize("head, columns", [
    ([("Provincie", 1), ("2021", 1), ("2022", 2)], "2022 (#3), 2022 (#4)"),  # a year over two columns of figures
    ([("Provincie", 1), ("2021", 1), ("2022", 1), ("", 1)], "2022 (#3), #4"),  # a column no header names
])
def test_html_figure_merged_over_two_columns_of_figures_under_one_header_is_said(head, columns):
    """``<td colspan="2">200</td>`` under one header's cell, but over two columns in which the
    other rows print figures of their own: it was read as the first column's (2022's) figure
    without a word. It is no one column's: a ``merged-figure`` unreadable-table error."""
    answer = _read(_html(head, FIGURES_HTML), "a.html")
    assert [(c.label, c.period) for t in answer.tables for c in t.cells if c.label == "Limburg"] == [("Limburg", "2021")]
    [message] = _merged(answer)
    assert "figure 200 of the row 'Limburg'" in message and f"merged over the columns {columns}," in message


ROWS_XLSX = [[TITLE], [], ["Provincie", 2021, 2022, None], ["Antwerpen", 120, 130, 10], ["Limburg", 300, 200, None],
             ["Totaal", 420, 330, 50]]


@pytest.mark.parametrize("merges, columns", [(["C3:D3", "C5:D5"], "2022 (#3), 2022 (#4)"), (["C5:D5"], "2022 (#3), #4")])
def test_xlsx_figure_merged_over_two_columns_of_figures_under_one_header_is_said(merges, columns):
    answer = _read(_xlsx(ROWS_XLSX, merges), "annex.xlsx")
    assert ("Limburg", "2022") not in [(c.label, c.period) for t in answer.tables for c in t.cells]
    [message] = _merged(answer)
    assert f"merged over the columns {columns}," in message


@pytest.mark.parametrize("merges", [["C5:D5"], ["C3:D3", "C5:D5"]])
def test_xlsx_figure_merged_over_a_column_no_figure_stands_in_stays_its_column_s(merges):
    """What stays: a figure merged into the empty column beside it (a wider cell; no row prints
    a figure there) is its own column's, read, nothing said."""
    rows = [row[:3] + [None] if len(row) > 2 else row for row in ROWS_XLSX]
    rows[-1] = ["Totaal", 420, 330, None]
    answer = _read(_xlsx(rows, merges), "annex.xlsx")
    assert ("Limburg", "2022", 200) in [(c.label, c.period, c.count) for t in answer.tables for c in t.cells]
    assert answer.issues == [] and _merged(answer) == []

def test_html_figure_merged_over_two_rows_is_said():
    """``<td rowspan="2">130</td>`` beside Antwerpen and Limburg under 2022: read as Antwerpen's
    figure, Limburg's 2022 blank, no finding (Totaal 2022 = 130 then held by chance). It is no
    one row's: an unreadable-table error (``merged-figure-rows``) naming the rows."""
    body = ("<tr><th>Provincie</th><th>2021</th><th>2022</th></tr>"
            "<tr><td>Antwerpen</td><td>120</td><td rowspan='2'>130</td></tr><tr><td>Limburg</td><td>300</td></tr>"
            "<tr><td>Totaal</td><td>420</td><td>130</td></tr>")
    answer = _read(f"<html><body><p>{TITLE}</p><table>{body}</table></body></html>".encode(), "a.html")
    assert ("Antwerpen", "2022") not in [(c.label, c.period) for t in answer.tables for c in t.cells]
    assert [m for m in _merged(answer) if "merged over the rows Antwerpen, Limburg," in m] != []

def test_xlsx_figure_merged_over_two_rows_is_said():
    rows = [[TITLE], [], ["Provincie", 2021, 2022], ["Antwerpen", 120, 130], ["Limburg", 300, None], ["Totaal", 420, 130]]
    answer = _read(_xlsx(rows, ["C4:C5"]), "annex.xlsx")
    assert ("Antwerpen", "2022") not in [(c.label, c.period) for t in answer.tables for c in t.cells]
    assert [m for m in _merged(answer) if "merged over the rows Antwerpen, Limburg," in m] != []


# 3. A row after a province's name on its line, laid out (``pdftotext -layout``).

#: Laid out by the generator (``code_by_province_years``, a seed of tests/generate): the long
#: first line of a code's wrapped label alone on its line (``945572: graduaatsopleiding …``) above
#: ``Oost-Vlaanderen ste jaar  50 …``, then ``Brussel  272856: …  x  25  42  44  x  111``.
LAID_PROVINCES = (
    'Provincie       Opleiding                                             2015-2016  2016-2017  2017-2018  2018-2019  2019-2020*  Totaal',
    '',
    '                151316: verpleegkunde zorgkundige orthopedagogie',
    '                Se-n-se lerarenopleiding Educatieve                          16        982         16       1526           x    2540',
    '                272856: jeugd- zorgkundige met onderwijs:                  1336          x         39          x          52    1427',
    '                945572: graduaatsopleiding - 2de jaar Verkorte - 1',
    'Oost-Vlaanderen ste jaar                                                     50          x        685          x           x     735',
    'Totaal Oost-Vlaanderen                                                     1402        982        719       1526          52    4681',
    'Brussel         272856: jeugd- zorgkundige met onderwijs:                     x         25         42         44           x     111',
    '                945572: graduaatsopleiding - 2de jaar Verkorte - 1',
    '                ste jaar                                                     62         42         53         54          24     235',
    'Totaal Brussel                                                               62         67         87         94          24     334',
    'Eindtotaal                                                                 1462       1049        802       1618          76    4990',
)


def test_a_laid_out_row_after_a_province_s_name_keeps_its_figures_in_their_columns():
    """The row ``Brussel  272856: …  x  25  42  44  x  111``: laid out again, the rows below a
    label's long first line alone on its line lost the header's columns (that line ended the
    table's run of rows) and stood a dozen characters left of them, the province's name pushed
    this row's cells right of the others': its blank mark was lost and 25, 42, 44, 111 read as
    2015-2016 … 2018-2019 — no finding on it, and the row below reported ``no-fit``. A label's
    first line begun with its code is a line of its table, however long."""
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, per provincie:\n\n"
                       + "\n".join(LAID_PROVINCES) + "\n", "a.txt")
    brussel = [(c.code, c.period, c.count) for t in answer.tables for c in t.cells
               if c.province == "Brussel" and c.level == "row"]
    assert brussel == [
        ("272856", "2016-2017", 25), ("272856", "2017-2018", 42), ("272856", "2018-2019", 44), ("272856", "Totaal", 111),
        ("945572", "2015-2016", 62), ("945572", "2016-2017", 42), ("945572", "2017-2018", 53),
        ("945572", "2018-2019", 54), ("945572", "2019-2020", 24), ("945572", "Totaal", 235),
    ]
    assert answer.issues == []


# 4. The property: every figure printed on a table's line ends as a cell at that line, or is said.

from dataclasses import replace  # noqa: E402

from hypothesis import given, note, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from generate.choices import DrawChooser, Plan  # noqa: E402
from generate.laid import draw_laid_style, render_laid  # noqa: E402
from generate.model import KINDS, KINDS18, KINDS20, NEWER_KINDS, draw_answer  # noqa: E402
from generate.render import render  # noqa: E402

#: The shapes every form prints (the laid-out renderer prints no table on its side, nor measures as rows).
ROW_KINDS = tuple(k for k in (*KINDS, *KINDS18, *KINDS20, *NEWER_KINDS) if not k.endswith("_turned") and k != "measure_rows")


#: How many lines above its figures a row's cells may be read at (its label's first line).
ROW_LINES = 4


def _said(answer, line: int, count: int) -> bool:
    """Whether the figure `count` printed on `line` is read or said: a cell's count at that line
    (or at its row's first line, up to :data:`ROW_LINES` above), a finding at that line, an issue
    that covers it (an unreadable table from its line to its last) or lists it among its figures."""
    if any(c.count == count and line - ROW_LINES <= c.line <= line for t in answer.tables for c in t.cells):
        return True
    if any(i.line <= line <= max(i.line, i.other_line or i.line) or (i.line <= line and count in i.numbers)
           for i in answer.issues):
        return True
    return any(f.line == line for f in audit(answer).findings)


def _silent(model, answer, line_of) -> list[tuple]:
    return [(line, c.count, c.code or c.label, c.period) for t in model.tables for c in t.cells()
            if c.count is not None and (line := line_of(c)) is not None and not _said(answer, line, c.count)]


@settings(max_examples=25, deadline=None)
@given(data=st.data(), laid=st.booleans())
def test_every_generated_figure_is_a_cell_at_its_line_or_said(data, laid):
    """Never a silent loss: an answer built from persons, printed in the seeds' form or laid out,
    read back — each figure the generator printed on a row's line is the count of a cell read at
    that line, or a finding or an unreadable table names that line. (Where it stands in the
    cell — its period, its row — the round-trip tests check; here only that nothing vanishes.)"""
    chooser = DrawChooser(data.draw)
    model = draw_answer(chooser, kinds=ROW_KINDS)
    if laid:
        style = draw_laid_style(chooser)
        printed = render_laid(model, Plan(chooser), replace(style, justify=False))
        text, line_of = printed.text, (lambda c: printed.lines[c.anchor])
    else:
        rendered = render(model, Plan(chooser), encodings=False)
        at = {anchor: line for line, anchor in rendered.anchors.items()}
        text, line_of = rendered.text, (lambda c: at.get(c.anchor))
    note("\n".join(f"{i:3} |{line}$" for i, line in enumerate(text.split("\n"), 1)))
    assert _silent(model, read_text(text, "generated.txt"), line_of) == []


def test_a_note_below_a_table_s_last_row_ends_the_table():
    """``*Voor het jaar 2021 zijn enkel cijfers opgenomen van de eerste jaarhelft.`` right under
    the last row of a table without a total line, the next sheet's table right below it (an
    annex, found by tests/test_generated_shapes18.py): a note among the rows only where rows go
    on below it — under the last row it is the table's footnote, and the next table stays a
    table (it was lost: ``table-like-lines``)."""
    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    from generate.xlsx import workbook_bytes
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "Tabel 1"
    for row in [["Aantal unieke gestarte cursisten naar scholingsniveau"], [],
                ["Jaar", "laaggeschoold", "middengeschoold", "hooggeschoold", "Totaal"], ["2017", None, 26, 5, 31],
                ["2018", None, None, 44, 44], ["2019", None, 917, 27, 944], ["2020", 30, 41, 17, 88],
                ["2021*", 18, 36, 6, 60], ["*Voor het jaar 2021 zijn enkel cijfers opgenomen van de eerste jaarhelft."]]:
        first.append(row)
    second = book.create_sheet("Tabel 2")
    for row in [["Aantal unieke geslaagde cursisten naar leeftijd in 2021"], [], ["Leeftijd", "Aantal"],
                ["-25 jaar", 22], ["25-54 jaar", 20], ["55+ jaar", 54], ["Totaal", 96]]:
        second.append(row)
    answer = _read(workbook_bytes(book), "annex.xlsx")
    assert answer.issues == []
    assert [len(t.cells) for t in answer.tables] == [16, 4]
