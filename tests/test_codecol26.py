"""Tables read apart where they go on: a caption that says the table goes on (``Tabel 1
(vervolg)``, ``Vervolg tabel 1``, ``(vervolg)``) above the header repeated on the next page —
no line of a row's name, and the table's pages decide together where a wrapped name's figures
stand."""

from __future__ import annotations

import pytest

from okot_audit import read_text
from okot_audit.parse.codes import codes_over_lines

CAPTIONS = ["Tabel 1 (vervolg)", "Vervolg tabel 1", "(vervolg)", "Tabel 1: gestarte OKOT's per opleiding (vervolg)"]

PLAIN = """OKOT's in de zorgsector - gestarte cursisten 2020-2022
Antwoord
Opleiding 2020 2021 2022
Graduaat orthopedagogie 35 32 41
Se-n-se apotheekassistent 32 30 28
{caption}
Opleiding 2020 2021 2022
Se-n-se tandartsassistent 39 36 36
Graduaat boekhouden 4 4 4
Bron: VDAB, datawarehouse.
"""


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_over_the_header_repeated_is_no_line_of_a_row(caption):
    """Before: ``Tabel 1 (vervolg) Se-n-se tandartsassistent`` (the caption joined to the next
    row's name), ``Se-n-se apotheekassistent (vervolg)`` (a note in brackets ending the name
    above), ``Vervolg tabel`` a row of one count (``ambiguous-alignment``) — each silent but the last."""
    answer = read_text(PLAIN.format(caption=caption), "answer.txt")
    assert [(i.kind, i.reason) for i in answer.issues] == []
    assert sorted({c.label for t in answer.tables for c in t.cells}) == [
        "Graduaat boekhouden", "Graduaat orthopedagogie", "Se-n-se apotheekassistent", "Se-n-se tandartsassistent"]


def test_a_row_whose_name_says_vervolg_is_still_a_row():
    """A row's name with ``vervolg`` in it and its counts is a row, above the header repeated too."""
    text = PLAIN.format(caption="Vervolgopleiding verpleegkunde 5 6 7")
    cells = sorted((c.label, c.count) for t in read_text(text, "answer.txt").tables for c in t.cells
                   if c.label.startswith("Vervolg"))
    assert cells == [("Vervolgopleiding verpleegkunde", 5), ("Vervolgopleiding verpleegkunde", 6),
                     ("Vervolgopleiding verpleegkunde", 7)]


def _laid_out(pages, caption: str, last: bool) -> str:
    from test_wrapalign25 import FOOT, HEAD, HEADER, _foot, _row

    out: list[str] = []
    for number, rows in enumerate(pages):
        if number:
            out.append(caption)
        out.append(HEADER)
        for pieces, counts in rows:
            out.extend(_row(pieces, counts, len(pieces) - 1 if last else 0))
        if number < len(pages) - 1:
            out.append(_foot(number + 1))
    return HEAD + "\n".join(out) + FOOT


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("last", [True, False])
@pytest.mark.parametrize("told_first", [True, False])
def test_pages_under_a_continued_caption_decide_together(caption, last, told_first):
    """Laid-out text (``pdftotext -layout``): one page tells where a wrapped name's figures
    stand, the other (``Bachelor in de`` / ``Verpleegkunde``) alone reads two ways; the caption
    over the header repeated keeps them one table. Before: ``rows-unclear`` on the page alone
    unsure (its caption read as the run of a header carried over), and the caption joined to a
    row's name."""
    from test_wrapalign25 import TOLD_THEN_NOT, _read, _truth

    pages = TOLD_THEN_NOT if told_first else TOLD_THEN_NOT[::-1]
    assert _read(_laid_out(pages, caption, last)) == ([], _truth(pages))


def test_pages_under_a_continued_caption_that_tell_nothing_are_still_said():
    from test_wrapalign25 import CAPITAL, ONE_LINE, TOLD_THEN_NOT, _read

    pages = [[([ONE_LINE[0]], (35, 32, 41)), (CAPITAL[1], (21, 16, 12)), ([ONE_LINE[1]], (32, 30, 28))],
             TOLD_THEN_NOT[1]]
    issues, _ = _read(_laid_out(pages, "Tabel 1 (vervolg)", True))
    assert issues == [("unreadable-table", "rows-unclear")] * 2


@pytest.mark.parametrize("caption", CAPTIONS[:3])
@pytest.mark.parametrize("swept", [1, 2])
def test_pdfs_whose_next_page_opens_with_a_continued_caption(swept, caption):
    """Real PDFs (fpdf2, unruled, figures beside a name's last line) of one table over two pages,
    the next page opening with the caption, then the header repeated — read exactly in every
    text form. Before: ``rows-unclear`` in ``pdftotext -layout`` (page 1 or 2 alone unsure, the
    other telling), the caption joined to the next row's name in pdfplumber's and pypdf's text
    (``Tabel 1 (vervolg) Opleiding tot Polyvalent``, ``… apotheekassistent (vervolg)``)."""
    pytest.importorskip("fpdf", reason="needs fpdf2")
    from fpdf import FPDF
    from generate.extract import available, extract
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes
    from test_unseen23 import answer_pdf
    from test_unseen24 import FORMS, Style, _table, read_cells, truth
    from test_wrapalign25 import ORDERS, SWEPT, _swept_answer

    class Continued(FPDF):
        def add_page(self, *args, **kwargs):
            super().add_page(*args, **kwargs)
            if self.page > 1:  # (the table's pages after its first open with the caption)
                self.set_font("DejaVu", "", 10)
                self.multi_cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")

    order, width, size, broken, repeat, align, _ = SWEPT[swept]
    answer = _swept_answer(ORDERS[order])
    style = Style(ruled=False, v_align=align, label_width=width, font_size=size, break_before=broken, repeat_header=repeat)
    data = bytes(answer_pdf(Continued(orientation="P", format="A4"), answer, style, _table))
    for form in FORMS:
        if form != "pdf" and not available(form):
            continue
        read = parse_answer(source_from_bytes(data, "a.pdf") if form == "pdf" else source_from_bytes(
            extract(data, form).encode(), "a.txt"))
        assert ({(i.kind, i.reason) for i in read.issues}, read_cells(read)) == (set(), truth(answer)), form


# ---------------------------------------------------------------------------------------------
# A code column after the names' (``Opleiding  Code  2021``) too narrow for six digits: the code
# wraps after its fifth (``90800`` / ``1``).

CODED = [("Bachelor in het onderwijs", "908001", [12, 13, 14]), ("Se-n-se tandartsassistent", "903503", [39, 36, 36]),
         ("Graduaat orthopedagogie", "900615", [35, 32, 41]), ("Zorgkundige", "900124", [5, 6, 7])]


def _code_after_pdf(ruled: bool, align: str, label_width: float) -> bytes:
    from fpdf import FPDF
    from test_unseen23 import pdf_grid
    from test_unseen24 import Style

    pdf = FPDF(orientation="P", format="A4")
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    for line in ("OKOT’s in de zorgsector - gestarte OKOT's 2021-2023",
                 "Schriftelijke vraag nr. 87 van 2 februari 2023 van Hans Verreyt aan de minister van Werk.",
                 "Hoeveel OKOT's startten in 2021, 2022 en 2023 in de zorg, per opleiding?", "Antwoord"):
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    rows = [([label, code, *map(str, counts)], False) for label, code, counts in CODED]
    pdf_grid(pdf, Style(ruled=ruled, v_align=align, font_size=11), "Gestarte OKOT's per opleiding",
             [label_width, 16, 21, 21, 21], ["Opleiding", "Code", "2021", "2022", "2023"], rows, None, labels=2)
    pdf.multi_cell(0, 5, "Bron: VDAB, datawarehouse.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _read_forms(data: bytes):
    from generate.extract import available, extract
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes
    from test_unseen24 import FORMS

    for form in FORMS:
        if form != "pdf" and not available(form):
            continue
        read = parse_answer(source_from_bytes(data, "a.pdf") if form == "pdf" else source_from_bytes(
            extract(data, form).encode(), "a.txt"))
        cells = sorted((c.label, c.code, c.period, c.count) for t in read.tables for c in t.cells if c.level == "row")
        yield form, {(i.kind, i.reason) for i in read.issues}, cells


_CODED_TRUTH = sorted((label, code, period, count) for label, code, counts in CODED
                      for period, count in zip(("2021", "2022", "2023"), counts))


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("align", ["top", "bottom"])
def test_a_code_wrapped_after_its_label_is_one_code_in_every_form(ruled, align):
    """The figures beside the code's first piece (``Bachelor in het onderwijs  90800  12  13  14``
    / ``1``), below it (set to the row's bottom: ``90800`` / ``1  12  13  14``), or on a line of
    their own (pypdf): every row keyed by its whole code. Before: ``unreadable-table``
    (``row-without-label``, ``more-figures-than-periods``) in every form."""
    pytest.importorskip("fpdf", reason="needs fpdf2")
    for form, issues, cells in _read_forms(_code_after_pdf(ruled, align, 60)):
        assert (issues, cells) == (set(), _CODED_TRUTH), form


@pytest.mark.parametrize("align", ["top", "bottom"])
def test_a_code_wrapped_after_a_wrapped_label_is_read_or_said(align):
    """Names wrapped too (``Bachelor in het`` / ``onderwijs``, the code's piece beside the name's
    next words): read exactly or said — never a piece joined to the next row's code
    (``1`` + ``90350``), never a name's words left off (a PDF's reader keeps them apart)."""
    pytest.importorskip("fpdf", reason="needs fpdf2")
    for form, issues, cells in _read_forms(_code_after_pdf(False, align, 40)):
        assert cells == _CODED_TRUTH and not issues or ("unreadable-table" in {k for k, _ in issues}), form


CODE_AFTER = "Opleiding                        Code          2021       2022"


@pytest.mark.parametrize("lines", [
    # figures on both lines: counts
    [CODE_AFTER, "Bachelor in het onderwijs        90800            12          13", "                                 1    4   5"],
    # the piece below is the longer: the next row's code, not this one's other piece
    [CODE_AFTER, "Bachelor in het onderwijs        9                12          13", "Zorgkundige                      90012"],
    # the piece below stands in another column than the code's
    [CODE_AFTER, "Bachelor in het onderwijs        90800            12          13", "                                          1"],
    # the first piece is no piece of the code column (under a figures column)
    [CODE_AFTER, "Bachelor in het onderwijs                     90800          13", "                                              1"],
    # no code column named
    ["Opleiding                        Groep          2021       2022",
     "Bachelor in het onderwijs        90800            12          13", "                                 1"],
])
def test_no_count_is_joined_to_a_piece_of_a_code_after_the_label(lines):
    assert codes_over_lines(tuple(lines)) == tuple(lines)


def test_the_pieces_after_the_label_are_joined_where_the_figures_stand():
    top = (CODE_AFTER, "Bachelor in het onderwijs        90800            12          13", "                                 1")
    assert codes_over_lines(top) == (
        CODE_AFTER, "Bachelor in het onderwijs        908001           12          13", "")
    bottom = (CODE_AFTER, "Bachelor in het onderwijs        90800", "                                 1                12          13")
    assert codes_over_lines(bottom)[1:] == ("", "Bachelor in het onderwijs        908001               12          13")
    plain = ("Opleiding Code 2021 2022", "Bachelor in het onderwijs 90800", "1", "12 13")
    assert codes_over_lines(plain)[1:] == ("", "", "Bachelor in het onderwijs 908001 12 13")


# ---------------------------------------------------------------------------------------------
# ``page-columns``: tests/test_unseen23.py's months answer (its generator seeded 34 and 8, style
# ``plain-bottom-break`` with the break before row 2) through ``pdftotext -layout``: the table runs
# on to page 2 without its header, on that page's own grid; June is blank on both pages, so page
# 2 fills six of the header's seven columns and its grid does not say which one it leaves blank.
# Only the totals can (the ``Totaal`` row and column, on page 2: they move with its rows).

SETTLED_BY_TOTALS = "\n".join([
    'OKOT’s in de zorg - instroom in het eerste halfjaar van 2023',
    'Schriftelijke vraag nr. 602 van 3 juli 2023 van Els Van Hoof.',
    'Hoeveel werkzoekenden startten in de eerste zes maanden van 2023 een OKOT in de zorg? Graag per',
    'maand en per opleiding.',
    'Antwoord',
    'De tabel geeft per maand het aantal unieke cursisten dat een opleiding startte. De kolom Totaal telt elke',
    'cursist één keer, ook wie in twee maanden startte; de totaallijn telt wie twee opleidingen volgt één keer.',
    'Gestarte cursisten per maand, januari tot en met juni 2023',
    '',
    'Opleiding                             januari   februari         maart   april    mei      juni',
    '                                        2023       2023           2023   2023    2023     2023     Totaal',
    'Graduaat orthopedagogie                   10           41           13                                 64',
    'Professionele bachelor',
    'verpleegkunde                             15           56           20              1                  91',
    '',
    '',
    '',
    '',
    '                                                Pagina 1 van 2',
    '\x0cHoger beroepsonderwijs',
    'verpleegkunde                           17          70         2            87',
    'Se-n-se opvoeder',
    'leefgroepenwerking                       3          14         2   1   1    19',
    'Tweedekansonderwijs opvoeder',
    'jeugd- en gehandicaptenzorg              5          26         4   1        34',
    'Tweedekansonderwijs kinderzorg',
    'met algemene vorming                     2          18         1            21',
    'Tweedekansonderwijs zorgkundige          7          31         9   2   1    47',
    'Totaal                                 59         250         50   4   3   356',
    '',
    '',
    'Bron: VDAB, datawarehouse, toestand op 15 juli 2023.',
    '',
    '',
    '',
    '',
    '                                             Pagina 2 van 2',
    '\x0c',
])

NOT_SETTLED_BY_TOTALS = "\n".join([
    'OKOT’s in de zorg - instroom in het eerste halfjaar van 2023',
    'Schriftelijke vraag nr. 602 van 3 juli 2023 van Els Van Hoof.',
    'Hoeveel werkzoekenden startten in de eerste zes maanden van 2023 een OKOT in de zorg? Graag per',
    'maand en per opleiding.',
    'Antwoord',
    'De tabel geeft per maand het aantal unieke cursisten dat een opleiding startte. De kolom Totaal telt elke',
    'cursist één keer, ook wie in twee maanden startte; de totaallijn telt wie twee opleidingen volgt één keer.',
    'Gestarte cursisten per maand, januari tot en met juni 2023',
    '',
    'Opleiding                             januari   februari         maart   april    mei      juni',
    '                                        2023       2023           2023   2023    2023     2023     Totaal',
    'Graduaat orthopedagogie                     6          41           13      2                          59',
    'Professionele bachelor',
    'verpleegkunde                             18           56           21                                 93',
    '',
    '',
    '',
    '',
    '                                                Pagina 1 van 2',
    '\x0cHoger beroepsonderwijs',
    'verpleegkunde                           14          72         2   2        86',
    'Se-n-se opvoeder',
    'leefgroepenwerking                       4          14                      18',
    'Tweedekansonderwijs opvoeder',
    'jeugd- en gehandicaptenzorg              6          25                      31',
    'Tweedekansonderwijs kinderzorg',
    'met algemene vorming                     4          19         1            23',
    'Tweedekansonderwijs zorgkundige          3          31         1   1   1    34',
    'Totaal                                 54         251         38   5   1   336',
    '',
    '',
    'Bron: VDAB, datawarehouse, toestand op 15 juli 2023.',
    '',
    '',
    '',
    '',
    '                                             Pagina 2 van 2',
    '\x0c',
])

_MONTHS = [*(f"2023-{m:02d}" for m in range(1, 7)), "Totaal"]


def _by_row(answer) -> dict[str, list[tuple[str, int]]]:
    out: dict[str, list[tuple[str, int]]] = {}
    for table in answer.tables:
        for cell in table.cells:
            out.setdefault(cell.label, []).append((cell.period, cell.count))
    return {label: sorted(cells) for label, cells in out.items()}


def test_a_later_page_whose_columns_only_the_totals_place_is_read():
    """Page 1 fills January to March and May (June and April blank), page 2 January to May: its
    blank is June or April. Under April blank, page 2's May figures would stand under June, its
    ``Totaal`` row's 3 over June's 1 and 1 (2 at most): no fit; under June blank every total
    fits. One placement fits: read so (before: every row of page 2 ``page-columns``, unread)."""
    from okot_audit import audit

    answer = read_text(SETTLED_BY_TOTALS, "g.txt")
    assert answer.issues == []
    rows = _by_row(answer)
    truth = {"Hoger beroepsonderwijs verpleegkunde": [17, 70, 2, None, None, None, 87],
             "Se-n-se opvoeder leefgroepenwerking": [3, 14, 2, 1, 1, None, 19],
             "Tweedekansonderwijs opvoeder jeugd- en gehandicaptenzorg": [5, 26, 4, 1, None, None, 34],
             "Tweedekansonderwijs kinderzorg met algemene vorming": [2, 18, 1, None, None, None, 21],
             "Tweedekansonderwijs zorgkundige": [7, 31, 9, 2, 1, None, 47],
             "Totaal": [59, 250, 50, 4, 3, None, 356]}
    for label, values in truth.items():
        assert rows[label] == sorted((p, v) for p, v in zip(_MONTHS, values) if v is not None), label
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


def test_a_later_page_that_the_totals_place_two_ways_stays_loud():
    """Page 1 fills January to April (May and June blank), page 2 January to May: its fifth
    column may be May or June — page 1 fills neither, and every total fits both. Said, unread."""
    answer = read_text(NOT_SETTLED_BY_TOTALS, "g.txt")
    assert ("ambiguous-alignment", "page-columns") in {(i.kind, i.reason) for i in answer.issues}
    assert "Se-n-se opvoeder leefgroepenwerking" not in _by_row(answer)


# A code column after the names' whose codes fit (``pdftotext -layout`` of an unruled PDF, names
# wrapped, every row's code and figures beside its name's last line): found while checking the
# wrapped codes above; as on main.
CODES_BESIDE_THE_LAST_LINE = "\n".join([
    "OKOT’s in de zorgsector - gestarte OKOT's 2021-2023",
    "Antwoord",
    "Gestarte OKOT's per opleiding",
    "",
    "Opleiding            Code            2021       2022       2023",
    "Bachelor in het",
    "onderwijs            908001             12            13     14",
    "Se-n-se",
    "tandartsassistent    903503             39            36     36",
    "Graduaat",
    "orthopedagogie       900615             35            32     41",
    "Zorgkundige          900124               5            6      7",
    "",
])


def test_codes_after_wrapped_names_beside_their_last_line():
    answer = read_text(CODES_BESIDE_THE_LAST_LINE, "a.txt")
    labels = sorted({(c.label, c.code) for t in answer.tables for c in t.cells})
    assert (answer.issues, labels) == ([], [
        ("Bachelor in het onderwijs", "908001"), ("Graduaat orthopedagogie", "900615"),
        ("Se-n-se tandartsassistent", "903503"), ("Zorgkundige", "900124")])
