"""No figure lost, in every form: every number of every table-like line is accounted for.

tests/test_fuzz_figures.py checks it on mutated seeds; this checks it on the generated shapes
(``tests/generate/``: rows by code, province, category or programme name, province and sector
blocks, total columns, two totals, years, school years, months, a period in the prose, blanks,
stars, Dutch thousands), built from persons, printed in every form a user holds: the seeds' text,
``pdftotext -layout``, plain ``pdftotext``, pdfplumber's text (also ``layout=True``), pypdf's text,
the PDF itself, the ``.xlsx`` annex and an HTML page.

A line is *table-like* when it ends in figures (the trailing run of number tokens, one at
least) and what stands before them is:

- a training code opening the line, or a total line's words (``Totaal``, ``Eindtotaal``,
  ``Subtotaal``, a block's ``Totaal Antwerpen``), as test_fuzz_figures says;
- nothing (a line of figures alone: a wrapped row's figures below or between its name's lines),
  unless it is one figure no larger than the pages' count (a page's number at its foot) or
  years alone (a wrapped header's periods: ``augustus`` / ``2022``);
- a printed row's label or a piece of it (a wrapped name's line: ``jaar 12 45``; a province, a
  category, a programme), its spaces and hyphens as the extractor left them;
- the line right below a code line without figures (a wrapped label's last line);

but not a line that is, digits and all, a piece of a printed label (``Opvoeder lager jaar 1``,
a wrapped name's line whose figures an extractor printed elsewhere).

For the PDF, the annex and the HTML page the lines are the ones the reader reports
(:attr:`okot_audit.source.Source.lines`, each at its reported line: the sheet row of an annex).

Every figure of such a line must be a cell read from that line (a figure alone in a run of such, as
plain ``pdftotext`` prints a row's cells: from the run's first line, where the reader reports the
row it sets back), a digit of a label, a code or a period read there (``module 5``, a header's
``2022``; a wrapped row's name or header: from the lines it was read over), or the line must carry
a finding (or the row whose code opens it, at its line of figures; a run of lines no table took is
one ``unreadable-table`` finding over its span): a figure is never dropped in silence. The same
holds of a line of figures alone after a lead-in outside every table (``Ter vergelijking:`` / ``45
144``: ``stray-number``).
"""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import Phase, given, note, settings
from hypothesis import strategies as st

from generate.choices import DrawChooser
from generate.extract import available, extract
from generate.model import KINDS
from generate.pdf import PdfTable, document_from_model, draw_style, write_pdf
from generate.render import format_count
from generate.xlsx import write_xlsx
from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.parse.cells import is_number, number_value
from okot_audit.source import source_from_bytes
from strategies import shaped_answers

pytest.importorskip("fpdf", reason="the PDF forms need fpdf2 (pip install '.[test]')")

CODE = re.compile(r"^\s*(?:[A-Z][\w-]*\s+)?\d{6}(?:\s*:|\s+[^\W\d])")
TOTAL = re.compile(r"^\s*(?:totaal|eindtotaal|subtotaal)\b.*\d\s*$", re.I)
#: Examples are not shrunk (a PDF each; CI time counts), as in tests/test_shapes_forms.py.
FAST = (Phase.explicit, Phase.reuse, Phase.generate)
TEXT_FORMS = ("pdftotext-layout", "pdftotext", "pdfplumber", "pdfplumber-layout", "pypdf")
FORMS = ("text", *TEXT_FORMS, "pdf", "xlsx", "html")


def trailing(line: str) -> tuple[str, list[int]]:
    """The words before a line's trailing run of numbers, and the run's values."""
    tokens = line.replace("\f", " ").split()
    out: list[int] = []
    while tokens and is_number(tokens[-1]):
        out.append(number_value(tokens.pop()))
    return " ".join(tokens), out[::-1]


def _squeezed(text: str) -> str:
    """`text` without spaces, its hyphens and ligatures as one: pieces of a label match however
    the extractor spaced them."""
    return re.sub(r"[\s\-\u2013]+", "", text.replace("\ufb01", "fi").replace("\ufb02", "fl")).lower()


def table_like(lines: list[str], labels: list[str], pages: int) -> list[int]:
    """0-based indexes of the table-like lines of `lines` (see the module docstring); `labels`:
    the printed rows' labels."""
    printed = [_squeezed(label) for label in labels]
    out = []
    after_code = False
    for i, line in enumerate(lines):
        head, figures = trailing(line)
        if CODE.match(line) or TOTAL.match(line.replace("\f", " ")):
            out.append(i)
            after_code = bool(CODE.match(line)) and not figures
            continue
        whole = _squeezed(line)
        if figures and head and any(whole in label for label in printed):
            pass  # (a piece of a printed label, its own digits with it: ``Opvoeder lager jaar 1``)
        elif figures and (after_code or (head and any(_squeezed(head) in label for label in printed))
                        or (not head and (len(figures) > 1 or figures[0] > pages)
                            and not all(1900 <= f <= 2099 for f in figures))):
            out.append(i)
        if line.strip():
            after_code = False
    return out


def lost_figures(lines: list[str], reported, answer, labels: list[str], pages: int,
                 spans: bool = False) -> list[tuple[int, int, str]]:
    """(reported line, number, text) of every figure of a table-like line that is neither a cell
    read there, nor a digit of a label or period read there, nor on a line a finding names.
    With `spans`, a figure alone in a run of such is said by an ``unreadable-table`` finding only
    where the finding's span holds its own line, not just the run's first (every figure of a
    table refused, its last row's last too)."""
    report = audit(answer)
    cells = {(c.line, c.count) for t in answer.tables for c in t.cells}
    words: dict[int, set[str]] = {}
    for table in answer.tables:
        for c in table.cells:
            words.setdefault(c.line, set()).update(re.findall(r"\d+", f"{c.label or ''} {c.code or ''}"))
        first_row = min((c.line for c in table.cells), default=table.header_line + 1)
        for n in range(table.header_line, max(first_row, table.header_line + 1)):  # (a header over lines)
            words.setdefault(n, set()).update(d for p in table.periods for d in re.findall(r"\d+", p.label))
        # (the header printed again among the rows, on a later page: its periods read there too)
        head = next((_squeezed(line) for k, line in enumerate(lines) if reported(k + 1) == table.header_line), None)
        last = max((c.line for c in table.cells), default=first_row)
        for k, line in enumerate(lines):
            if head and first_row < reported(k + 1) < last and _squeezed(line) == head:
                words.setdefault(reported(k + 1), set()).update(d for p in table.periods for d in re.findall(r"\d+", p.label))
    flagged = {f.line for f in report.findings}
    rows_said = {(f.line, f.training_code) for f in report.findings if f.training_code}
    listed: set[tuple[int, int]] = set()
    points = set(flagged) if spans else flagged  # (with `spans`: the lines findings name, without their spans)
    for issue in answer.issues:  # a run of table-like lines no table took: reported as one span
        if issue.line in flagged and issue.other_line and issue.kind == "unreadable-table":
            flagged.update(range(issue.line, issue.other_line + 1))
        elif issue.line in flagged and issue.kind == "unreadable-table":
            # (a table said at its header, no span: its figures listed, each line below holding one)
            listed.update((n, v) for n in range(issue.line, issue.line + len(issue.numbers) + 1) for v in issue.numbers)
    read_labels: dict[int, list[str]] = {}
    code_lines: dict[str, set[int]] = {}
    for table in answer.tables:
        for c in table.cells:
            read_labels.setdefault(c.line, []).append(_squeezed(c.label or ""))
            if c.code:
                code_lines.setdefault(c.code, set()).add(c.line)
    lost = []
    for i in table_like(lines, labels, pages):
        number = reported(i + 1)
        start = first_figure(lines, i)
        row = reported(start + 1)
        run_lines = {reported(k + 1) for k in range(start, i + 1)}
        text = _table_like_text(lines[i], labels, pages)
        tokens = text.replace("\f", " ").split()
        run = trailing(text)[1]
        for k, value in enumerate(run):
            if (number, value) in cells or number in flagged or str(value) in words.get(number, ()):
                continue
            if any((n, value) in cells for n in run_lines) or row in points or (number, value) in listed:
                continue  # (a row set back from paragraphs of one figure: at its first figure's line, in the run)
            code = CODE.match(lines[i]) and re.search(r"\d{6}", lines[i])
            figures_at = code and row_figures(lines, i, reported, code.group(), code_lines)
            if code and any((n, code.group()) in rows_said for n in range(number, max(number + WRAP, figures_at or 0) + 1)):
                continue  # (a digit of the name of a row said by its code at its line of figures)
            # a digit of a wrapped row's label, read at the row's line of figures (``… 2de jaar`` /
            # ``jaar 1`` above ``Tweedekansonderwijs 34 3``): the word before it and it, in that label
            at = len(tokens) - len(run) + k
            before = at - 1
            while before > 0 and tokens[before] in ("-", "\u2013"):  # (``fase 1 - 2``)
                before -= 1
            piece = _squeezed(" ".join(tokens[max(0, before):at + 1]))
            if at == 0:  # (a figure alone on its line: the word before it ends the line above, its figures aside:
                # ``modules 1- 526 427`` / ``4``; or the last line of words above the row's line of figures
                # alone, laid out between the name's pieces: ``… niveau`` / ``50  22`` / ``5``)
                above = next((lines[j] for j in range(i - 1, -1, -1) if trailing(lines[j])[0].strip()), "")
                words_above = trailing(above)[0].split()
                while words_above and words_above[-1] in ("-", "\u2013"):  # (``bachelor 2 -`` / ``3``)
                    words_above.pop()
                piece = _squeezed((words_above or [""])[-1]) + piece
            if len(piece) > len(str(value)) and any(
                    piece in label for n in range(number - WRAP, number + WRAP + 1) for label in read_labels.get(n, ())):
                continue
            if len(piece) > len(str(value)) and figures_at and any(
                    piece in label for label in read_labels.get(figures_at, ())):
                continue  # (a name wrapped over more lines than WRAP above its row's line of figures)
            lost.append((number, value, lines[i]))
    return lost


def row_figures(lines: list[str], i: int, reported, code: str, code_lines: dict[str, set[int]]) -> int | None:
    """The reported line of the figures of the row whose code opens line `i` (0-based), however
    many lines its wrapped name takes above them: the first line from `i` on, before the next
    code line, where a cell of `code` was read; None where there is none."""
    for k in range(i, len(lines)):
        if k > i and CODE.match(lines[k]):
            return None
        if reported(k + 1) in code_lines.get(code, ()):
            return reported(k + 1)
    return None


def _table_like_text(line: str, labels: list[str], pages: int) -> str:
    """The text of table-like line `line`, where a page break joined two pages' lines on it
    (pdfplumber: ``Totaal Antwerpen 44\fStuk 123 (2022-2023) - Nr. 1``, the next page's running
    header after the form feed): its pieces on either side that are table-like on their own."""
    pieces = [piece for piece in line.split("\f") if piece.strip()]
    if len(pieces) < 2:
        return line
    return " ".join(pieces[k] for k in table_like(pieces, labels, pages)) or line


#: A line of a page's furniture as the PDF forms print it (tests/generate/pdf.py): its number
#: (``Pagina 2 van 2``, ``2/2``) or a running header (``Vlaams Parlement - …``, ``Stuk 123 …``).
FURNITURE = re.compile(r"^\f?\s*(?:Pagina \d+ van \d+|\d+/\d+|Vlaams Parlement - .*|Stuk \d+ .*)\s*$")


def first_figure(lines: list[str], i: int) -> int:
    """The first line of the run of lines of one figure alone (blank lines between them) that
    holds line `i` (0-based), or `i` itself where it is no such line: ``pdftotext`` without
    ``-layout`` prints each cell a paragraph, and the reader sets a row's figures back on one line
    reported at its first figure's (read/paragraphs.py). A page's furniture between the figures
    (``98`` / ``Pagina 2 van 2`` / ``153``: the last figure printed below the page's number, as
    ``pdftotext`` orders a row at a page's foot) is no end of the run: the reader steps over it."""
    def alone(text: str) -> bool:
        tokens = text.replace("\f", " ").split()
        return len(tokens) == 1 and is_number(tokens[0])

    if not alone(lines[i]):
        return i
    first = k = i
    while k > 0 and (not lines[k - 1].strip() or alone(lines[k - 1]) or FURNITURE.match(lines[k - 1])):
        k -= 1
        if lines[k].strip():
            first = k
    return first


#: How many lines a wrapped row's name may stand above or below its line of figures.
WRAP = 4


def html_page(document) -> bytes:
    """The document as an HTML page: each paragraph a ``<p>``, each table a ``<table>`` with its
    caption above it and its footnotes below, as an annex lays it out."""
    parts = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>Antwoord</title></head><body>"]
    for item in document.items:
        if not isinstance(item, PdfTable):
            parts.append("<p>" + "<br>".join(html.escape(line) for line in item.split("\n")) + "</p>")
            continue
        parts.extend(_html_table(item))
    parts.append("</body></html>")
    return "\n".join(parts).encode("utf-8")


def _html_table(table: PdfTable) -> list[str]:
    province = table.layout == "province"
    out = [f"<p>{html.escape(table.caption)}</p>"] if table.caption else []
    out.append("<table>")
    if table.names:
        n = len(table.names)
        out.append(f"<tr><th>{html.escape(table.title)}</th>"
                   + "".join(f'<th colspan="{n}">{html.escape(p)}</th>' for p in table.periods) + "</tr>")
        out.append("<tr><th></th>" + "".join(f"<th>{html.escape(x)}</th>" for x in table.names * len(table.periods)) + "</tr>")
    else:
        header = ["Provincie", "Opleiding", "Aantal"] if province else [table.title, *table.periods]
        out.append("<tr>" + "".join(f"<th>{html.escape(x)}</th>" for x in header) + "</tr>")
    for row in table.rows:
        figures = "".join(
            f"<td>{html.escape(format_count(v, table.thousands) if v is not None else table.blank)}</td>" for v in row.values)
        if province:
            first = (f"<td>{html.escape(row.province or '')}</td><td>{html.escape(row.label)}</td>" if row.level == "row"
                     else f'<td colspan="2">{html.escape(row.label)}</td>')
        else:
            first = f"<td>{html.escape(row.label)}</td>"
        out.append(f"<tr>{first}{figures}</tr>")
    out.append("</table>")
    out.extend(f"<p>{html.escape(note_)}</p>" for note_ in table.footnotes)
    return out


def _labels(document) -> list[str]:
    return [row.label for table in document.tables for row in table.rows] + [
        row.province for table in document.tables for row in table.rows if row.province]


def check_form(case, form: str, style) -> list[tuple[int, int, str]]:
    """The figures lost when `case` is printed in `form` (a PDF drawn in `style`) and read back."""
    document = document_from_model(case.model)
    labels = _labels(document)
    if form == "text":
        text = case.rendered.text
        note(text)
        lines = text.split("\n")
        return lost_figures(lines, lambda n: n, case.read(), labels, 0)
    if form == "xlsx":
        data, _ = write_xlsx(document)
        source = source_from_bytes(data, "annex.xlsx")
    elif form == "html":
        source = source_from_bytes(html_page(document), "antwoord.html")
    else:
        pdf = write_pdf(document, style)
        if form != "pdf":
            text = extract(pdf, form)
            note(text)
            lines = text.split("\n")
            pages = text.count("\f") + 1
            return lost_figures(lines, lambda n: n, read_text(text, "generated.txt"), labels, pages)
        source = source_from_bytes(pdf, "generated.pdf")
    lines = list(source.lines)
    note("\n".join(lines))
    pages = max((p for p in source.pages or () if p), default=1)
    return lost_figures(lines, source.reported_line, parse_answer(source), labels, pages)


@pytest.mark.parametrize("form", FORMS)
@settings(max_examples=10, deadline=None, phases=FAST)
@given(data=st.data())
def test_every_figure_of_every_table_like_line_is_accounted_for(form, data):
    """Every shape, printed in `form`: each figure of a table-like line is a cell, a digit of a
    label or period read there, or on a line with a finding."""
    if not available(form):
        pytest.skip("pdftotext not installed")
    kind = data.draw(st.sampled_from(KINDS), label="kind")
    case = data.draw(shaped_answers(kinds=(kind, kind, kind, *KINDS)), label="case")
    style = draw_style(DrawChooser(data.draw))
    note(f"{style}")
    assert check_form(case, form, style) == []


# ---------------------------------------------------------------------------------------------
# Figures alone after a lead-in, outside every table (red31's leftover): said, never dropped

LEAD_IN = ("OKOT's in de zorg\n\nAntwoord\n\nDe tabel geeft per opleiding het aantal unieke cursisten dat "
           "startte.\n\nOpleiding 2022 2023\n900123: Tweedekansonderwijs zorgkundige - 1ste jaar 45 144\n"
           "900611: Professionele bachelor verpleegkunde - 1ste jaar 138 45\nTotaal 183 189\n\n"
           "n.b.: de opleiding werd dat jaar niet ingericht.\n\n{tail}\n\nBron: VDAB.\n")


def _stray(tail: str, lang: str = "en") -> tuple[int, list[tuple[str, int, str]]]:
    text = LEAD_IN.format(tail=tail)
    answer = read_text(text, "a.txt")
    said = [(f.rule, f.line, f.message) for f in audit(answer, lang=lang).findings if f.rule == "stray-number"]
    return len([c for t in answer.tables for c in t.cells]), said


@pytest.mark.parametrize("tail, line", [
    ("Ter vergelijking:\n45 144", 15),
    ("Ter vergelijking:\n\n45 144", 16),
    ("Ter vergelijking:\n- 2019 en 2020\n- 45 144", 16),
    ("Ter vergelijking met 2019 en 2020:\n\u2022 45 144", 15),
    ("Ter vergelijking: \n  45  144  ", 15),  # (laid out: spaces around the figures and at the lines' ends)
    ("Ter vergelijking:\n1.045 144 12", None),  # (three figures: said as a table's line not read)
])
def test_a_line_of_figures_alone_after_a_lead_in_is_said_at_its_line(tail, line):
    """``Ter vergelijking:`` / ``45 144`` below a table's footnotes: no table reads the figures,
    and before nothing said them (a line of two figures alone was taken for a page's foot).
    They are a ``stray-number`` at their line (parse/unread.py ``_figures_led_into``), in English
    and Dutch; the table above keeps its six cells."""
    cells, said = _stray(tail)
    assert cells == 6
    if line is None:  # (three figures or more: an unreadable-table finding at the line, as before)
        answer = read_text(LEAD_IN.format(tail=tail), "a.txt")
        assert [(f.rule, f.line) for f in audit(answer).findings] == [("unreadable-table", 15)]
        assert said == []
        return
    assert [(rule, at) for rule, at, _ in said] == [("stray-number", line)]
    assert "45, 144" in said[0][2] and "Ter vergelijking" in said[0][2]
    (_, _, dutch), = _stray(tail, "nl")[1]
    assert "de getallen 45, 144" in dutch and "buiten elke tabel" in dutch


@pytest.mark.parametrize("tail", [
    "Bron: VDAB, pagina\n2 3",  # (no lead-in: a page's foot)
    "Zie ook:\n2019 2020",  # (years alone: periods, no counts)
    "Ter vergelijking:\n- 2019 en 2020: 45 en 144",  # (a sentence's figures, not alone)
    "Het aantal daalde.\n45 144",  # (no colon: nothing leads into the figures)
])
def test_figures_without_a_lead_in_or_not_alone_are_no_stray_line(tail):
    """The condition is narrow: two figures alone right below a colon (blank lines and the same
    list's items aside); page feet, years and figures in a sentence stay as they were."""
    assert _stray(tail) == (6, [])


def test_the_property_finds_figures_said_nowhere():
    """The accounting itself: the figures alone after ``Ter vergelijking:`` are table-like (a
    line of two figures alone), and before parse/unread.py ``_figures_led_into`` no cell and no
    finding took them — the property names them; now the line carries its ``stray-number``."""
    text = LEAD_IN.format(tail="Ter vergelijking:\n45 144")
    lines = text.split("\n")
    assert [i + 1 for i in table_like(lines, [], 1)] == [8, 9, 10, 15]
    assert lost_figures(lines, lambda n: n, read_text(text, "a.txt"), [], 1) == []


# ---------------------------------------------------------------------------------------------
# Found by the property and left (plain pdftotext: one table scattered refuses those set back)

def _paragraphs(*items: str) -> str:
    return "\n\n".join(items)


SET_BACK = _paragraphs("Opleiding", "2021", "2022", "908001: Educatieve bachelor voor\nkleuteronderwijs - 1ste jaar", "50",
                       "71", "908002: Educatieve bachelor voor\nkleuteronderwijs - 2de jaar", "38", "47", "Totaal", "88", "118")
#: A table whose first row has a blank cell: pdftotext prints it out of the rows' order, so it stays as printed.
SCATTERED = _paragraphs("Opleiding", "2021", "2022", "900123: Tweedekansonderwijs zorgkundige", "12",
                        "900611: Professionele bachelor verpleegkunde", "138", "45", "Totaal", "150", "45")


def _plain(*tables: str) -> str:
    items = [f"{n}. Het aantal gestarte unieke cursisten per opleiding.\n\n{table}" for n, table in enumerate(tables, 1)]
    return "OKOT's - Onderwijssector\n\nAntwoord\n\n" + "\n\n".join(items) + "\n"


def test_a_table_of_paragraphs_in_the_rows_order_alone_is_read():
    """The case below, without the second table: read/paragraphs.py sets the rows back, every cell read."""
    answer = read_text(_plain(SET_BACK), "plain.txt")
    assert answer.issues == []
    assert [(c.line, c.code, c.count) for t in answer.tables for c in t.cells] == [
        (16, "908001", 50), (16, "908001", 71), (23, "908002", 38), (23, "908002", 47), (29, None, 88), (29, None, 118)]


def test_a_table_set_back_is_read_though_another_of_the_text_stays_scattered():
    """Found by the property (plain pdftotext, a programme table with two totals over a table of
    provinces that kept its paragraphs): the first table reads as it does alone; the second is
    said, its span to its last figure."""
    answer = read_text(_plain(SET_BACK, SCATTERED), "plain.txt")
    assert [(c.line, c.code, c.count) for t in answer.tables for c in t.cells] == [
        (16, "908001", 50), (16, "908001", 71), (23, "908002", 38), (23, "908002", 47), (29, None, 88), (29, None, 118)]
    (issue,) = answer.issues
    assert issue.kind == "unreadable-table" and issue.line <= 43 and issue.other_line >= 55  # (its figures: 43-55)
