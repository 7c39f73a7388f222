"""PDF answers styled the way a word processor prints them, unlike tests/generate/pdf.py (a
review of reading PDFs never seen): autofit tables (each column as wide as its content plus the
same padding, so the header's names stand evenly spaced), header cells wrapped over lines,
figures centred or right-aligned, shaded headers, bold totals. Each PDF is drawn cell by cell
with fpdf2 here; each test asserts the exact cells and findings a correct reader gives, from the
PDF and from the text ``pdftotext -layout`` makes of it (copied into the test)."""

from __future__ import annotations

import re

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel"]
HEAD = [
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - zorg",
    "ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck",
]


def autofit_pdf(paragraphs: list[str], header: list[str], rows: list[list[str]], *, size: float = 10,
                pad: float = 1.8, header_align: str = "C", figure_align: str = "R", bold: tuple[int, ...] = (),
                shade: bool = True, ruled: bool = True, widths: list[float] | None = None,
                after: list[str] = (), header_top: bool = False, left_columns: tuple[int, ...] = (0,)) -> bytes:
    """An answer whose table is drawn as a word processor's autofit table: every column as wide
    as its widest line plus `pad` each side (or `widths`), a header cell's lines split at ``\\n``
    and set at the cell's bottom (top: `header_top`), figures right-aligned or centred (`figure_align`), the label
    column left-aligned (the columns `left_columns`: two tables side by side have two), the header bold
    and shaded, rows `bold` bold. A cell's or an `after` line's text after ``^`` is set as a
    superscript (a footnote's mark: ``1.234^1``, ``^1 Inclusief …``; ``^1Inclusief …``: no space after it)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    pdf.set_font("helvetica", size=size)
    for text in paragraphs:
        pdf.multi_cell(0, 4.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    line = size * 0.42
    cells = [[h.split("\n") for h in header]] + [[[c] for c in row] for row in rows]
    styles = ["B"] + ["B" if i in bold else "" for i in range(len(rows))]
    if widths is None:
        widths = []
        for j in range(len(header)):
            wide = 0.0
            for row, style in zip(cells, styles):
                pdf.set_font("helvetica", style, size)
                wide = max(wide, *(pdf.get_string_width(s) for s in row[j]))
            widths.append(wide + 2 * pad)
    for index, (row, style) in enumerate(zip(cells, styles)):
        pdf.set_font("helvetica", style, size)
        height = max(len(c) for c in row) * line + 2.4
        y, x = pdf.get_y(), pdf.l_margin
        for j, lines in enumerate(row):
            if index == 0 and shade:
                pdf.set_fill_color(217, 226, 243)
                pdf.rect(x, y, widths[j], height, style="F")
            if ruled:
                pdf.rect(x, y, widths[j], height)
            top = y + 1.2 if index == 0 and header_top else y + height - 1.2 - len(lines) * line
            align = "L" if j in left_columns else header_align if index == 0 else figure_align
            for k, text in enumerate(lines):
                text, _, mark = text.partition("^")
                width = pdf.get_string_width(text) + _mark_width(pdf, mark, style, size)
                left = x + pad if align == "L" else x + widths[j] - pad - width if align == "R" else x + (widths[j] - width) / 2
                pdf.text(left, top + (k + 0.8) * line, text)
                if mark:
                    _superscript(pdf, left + pdf.get_string_width(text), top + (k + 0.8) * line, mark, style, size)
            x += widths[j]
        pdf.set_y(y + height)
    pdf.ln(3)
    pdf.set_font("helvetica", size=8)
    for text in after:
        before, _, rest = text.partition("^")
        if not rest:
            pdf.multi_cell(0, 4, text, align="L", new_x="LMARGIN", new_y="NEXT")
            continue
        mark = re.match(r"[\d*]*", rest).group()
        y = pdf.get_y() + 3
        _superscript(pdf, pdf.l_margin, y, mark, "", 8)
        pdf.text(pdf.l_margin + _mark_width(pdf, mark, "", 8), y, before + rest[len(mark):])
        pdf.set_y(y + 1.5)
    return bytes(pdf.output())


def _mark_width(pdf, mark: str, style: str, size: float) -> float:
    if not mark:
        return 0.0
    pdf.set_font("helvetica", style, size * 0.6)
    width = pdf.get_string_width(mark)
    pdf.set_font("helvetica", style, size)
    return width


def _superscript(pdf, x: float, y: float, mark: str, style: str, size: float) -> None:
    """`mark` set small and raised, as a word processor sets a footnote's mark."""
    pdf.set_font("helvetica", style, size * 0.6)
    pdf.text(x, y - size * 0.42 * 0.4, mark)
    pdf.set_font("helvetica", style, size)


def cells(data: bytes, name: str) -> list[tuple]:
    answer = parse_answer(source_from_bytes(data, name))
    return [(c.level, c.province, c.code, c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def findings(data: bytes, name: str) -> list[tuple]:
    answer = parse_answer(source_from_bytes(data, name))
    return sorted((f.rule, f.severity, f.period, f.stated, f.observed) for f in audit(answer).findings
                  if f.rule not in ("partial-period",))


# --- A table on its side whose province names stand evenly spaced (autofit) -----------------

SIDEWAYS = [[577, 529, 918, 230, 751, 57, 3058], [601, 540, 930, 241, 760, 60, 3120]]
SIDEWAYS_CELLS = [
    (("total", None) if p == "Totaal" else ("row", p)) + (year, v)
    for year, values in zip(("2019", "2020"), SIDEWAYS) for p, v in zip(PROVINCES + ["Totaal"], values)
]


def _sideways_pdf(header_align: str) -> bytes:
    header = ["Jaar", "Antwerpen", "Limburg", "Oost-\nVlaanderen", "Vlaams-\nBrabant", "West-\nVlaanderen", "Brussel", "Totaal"]
    rows = [[year] + [f"{v:,}".replace(",", ".") for v in values] for year, values in zip(("2019", "2020"), SIDEWAYS)]
    intro = "Aantal unieke cursisten gestart in een OKOT zorg, per jaar en per provincie van de opleiding:"
    return autofit_pdf(HEAD + [intro], header, rows, size=9, header_align=header_align)


@pytest.mark.parametrize("header_align", ["C", "L"])
def test_an_autofit_header_of_evenly_spaced_names_is_a_row_of_cells_not_justified_prose(header_align):
    # The names' line ("Jaar Antwerpen Limburg Vlaanderen Brabant ...") has its gaps all alike,
    # as justified prose has; it was read as one cell and the table was unreadable.
    got = [(c[0], c[1], c[4], c[5]) for c in cells(_sideways_pdf(header_align), "a.pdf")]
    assert got == SIDEWAYS_CELLS


SIDEWAYS_LAYOUT = """\
Aantal unieke cursisten gestart in een OKOT zorg, per jaar en per provincie van de opleiding:

                                    Oost-       Vlaams-       West-
Jaar    Antwerpen     Limburg    Vlaanderen     Brabant    Vlaanderen     Brussel    Totaal
2019            577        529            918        230            751         57    3.058
2020            601        540            930        241            760         60    3.120
"""


def test_an_autofit_header_of_evenly_spaced_names_in_pdftotext_layout_text():
    text = "\n".join(HEAD) + "\n\n" + SIDEWAYS_LAYOUT
    got = [(c[0], c[1], c[4], c[5]) for c in cells(text.encode(), "a.txt")]
    assert got == SIDEWAYS_CELLS


# --- Period cells that name what they count: "Aantal unieke" / "cursisten" / "2020" ----------

NAMED = {"908001": [50, 71, 138, 60], "908017": [None, 27, 52, 21], "908018": [12, 15, 18, 9]}
NAMED_TOTAL = [62, 110, 208, 90]
YEARS = ("2020", "2021", "2022", "2023")
NAMED_LABELS = {"908001": "Educatieve bachelor voor kleuteronderwijs - 1ste jaar",
                "908017": "Educatieve graduaatsopleiding", "908018": "Verkorte educatieve bacheloropleiding"}
NAMED_CELLS = [
    ("row", None, code, NAMED_LABELS[code], year, v)
    for code, values in NAMED.items() for year, v in zip(YEARS, values) if v is not None
] + [("total", None, None, "Totaal", year, v) for year, v in zip(YEARS, NAMED_TOTAL)]


def _named_pdf(figure_align: str, first: int = 0) -> bytes:
    """The table from its `first` period on."""
    header = ["Opleiding"] + [f"Aantal unieke\ncursisten\n{y}" + ("*" if y == "2023" else "") for y in YEARS[first:]]
    rows = [[f"{code}: {NAMED_LABELS[code]}"] + ["" if v is None else str(v) for v in values[first:]] for code, values in NAMED.items()]
    rows.append(["Totaal"] + [str(v) for v in NAMED_TOTAL[first:]])
    intro = "1. Hieronder vindt u per opleiding het aantal cursisten dat een OKOT startte in het onderwijs."
    return autofit_pdf([HEAD[0].replace("zorg", "onderwijs"), HEAD[1], intro], header, rows, figure_align=figure_align,
                       bold=(len(rows) - 1,), after=["* tot en met juni"])


@pytest.mark.parametrize("first", [0, 1])
@pytest.mark.parametrize("figure_align", ["R", "C"])
def test_period_cells_that_name_what_they_count_are_the_periods(figure_align, first):
    # Joined, each header cell reads "Aantal unieke cursisten 2020": only the last period was
    # found, and the other figures of every row became words of its label (exit 0).
    data = _named_pdf(figure_align, first)
    assert cells(data, "a.pdf") == [c for c in NAMED_CELLS if c[4] in YEARS[first:]]
    assert findings(data, "a.pdf") == [("parts-exceed-total", "info", "2021", 110, 113)]


NAMED_LAYOUT = """\
1. Hieronder vindt u per opleiding het aantal cursisten dat een OKOT startte in het onderwijs.

                                              Aantal unieke        Aantal unieke   Aantal unieke   Aantal unieke
                                                cursisten            cursisten       cursisten       cursisten
Opleiding                                         2020                 2021            2022            2023*
908001: Educatieve bachelor voor                              50             71             138              60
kleuteronderwijs - 1ste jaar
908017: Educatieve graduaatsopleiding                                        27              52              21
908018: Verkorte educatieve bacheloropleiding                 12             15              18               9
Totaal                                                         62            110             208              90

* tot en met juni
"""


def test_period_cells_that_name_what_they_count_in_pdftotext_layout_text():
    text = HEAD[0].replace("zorg", "onderwijs") + "\n" + HEAD[1] + "\n\n" + NAMED_LAYOUT
    assert cells(text.encode(), "a.txt") == NAMED_CELLS


# --- A figure in a column of its own that is no period's: never a word of the label ----------

def test_a_figure_in_a_column_under_no_period_is_reported_not_made_a_word_of_the_label():
    # "Duur" (years a programme lasts) stands between the label and the periods: its figure
    # was read as the label's last word ("... 1ste jaar 3"), a number lost without a finding.
    rows = [["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "3", "50", "60"],
            ["908017: Educatieve graduaatsopleiding", "2", "27", "52"],
            ["Totaal", "", "75", "110"]]
    intro = "Het aantal unieke cursisten dat een OKOT startte, per opleiding en haar duur in jaren:"
    data = autofit_pdf([HEAD[0].replace("zorg", "onderwijs"), HEAD[1], intro],
                       ["Opleiding", "Duur van de opleiding", "2021", "2022"], rows, bold=(2,), figure_align="C",
                       widths=[100.0, 40.0, 15.0, 15.0])
    answer = parse_answer(source_from_bytes(data, "a.pdf"))
    got = [(c.level, c.code, c.label, c.period, c.count) for t in answer.tables for c in t.cells]
    assert got == [("total", None, "Totaal", "2021", 75), ("total", None, "Totaal", "2022", 110)]
    unread = sorted((f.rule, f.training_code, f.severity) for f in audit(answer).findings)
    assert unread == [("unreadable-table", "908001", "error"), ("unreadable-table", "908017", "error")]
    messages = " ".join(f.message for f in audit(answer).findings)
    assert "(3, 50, 60)" in messages and "(2, 27, 52)" in messages


# --- School years wrapped at their hyphen in narrow header cells ----------------------------

SCHOOL_YEARS = ("2019-2020", "2020-2021", "2021-2022")
SCHOOL = {"908001": [60, 72, 80], "908017": [22, 25, 31]}
SCHOOL_TOTAL = [81, 95, 108]


@pytest.mark.parametrize("header_top", [False, True])
@pytest.mark.parametrize("word", ["Schooljaar\n", ""])
def test_a_school_year_wrapped_at_its_hyphen_in_its_header_cell_is_one_period(word, header_top):
    # "Schooljaar" / "2019-" / "2020": the cell's last line was read as a header of its own, and
    # every figure went to the calendar year 2020 instead of the school year 2019-2020.
    header = ["Opleiding"] + [word + year.replace("-", "-\n") + ("*" if year == "2021-2022" else "") for year in SCHOOL_YEARS]
    rows = [[f"{code}: {NAMED_LABELS[code]}"] + [str(v) for v in values] for code, values in SCHOOL.items()]
    rows.append(["Totaal"] + [str(v) for v in SCHOOL_TOTAL])
    intro = "Aantal unieke cursisten dat een OKOT startte, per schooljaar:"
    data = autofit_pdf([HEAD[0].replace("zorg", "onderwijs"), HEAD[1], intro], header, rows, bold=(2,),
                       widths=[90.0, 22.0, 22.0, 22.0], after=["* voorlopige cijfers"], header_top=header_top)
    expected = [("row", None, code, NAMED_LABELS[code], year, v) for code, values in SCHOOL.items()
                for year, v in zip(SCHOOL_YEARS, values)]
    expected += [("total", None, None, "Totaal", year, v) for year, v in zip(SCHOOL_YEARS, SCHOOL_TOTAL)]
    assert cells(data, "a.pdf") == expected
    assert findings(data, "a.pdf") == [("parts-exceed-total", "info", "2019-2020", 81, 82),
                                       ("parts-exceed-total", "info", "2020-2021", 95, 97),
                                       ("parts-exceed-total", "info", "2021-2022", 108, 111)]


# --- The programmes' name in the title is no unit of the table ------------------------------

def test_the_programmes_name_in_the_title_does_not_make_a_table_count_trajectories():
    # No word near the table says what it counts; "opleidingstrajecten" of the title's
    # "Onderwijskwalificerende opleidingstrajecten (OKOT's)" made its totals additive, and rows
    # that count a person twice became errors.
    rows = [["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "50", "60"],
            ["908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar", "41", "45"],
            ["Totaal", "88", "105"]]
    data = autofit_pdf([HEAD[0].replace("zorg", "onderwijs"), HEAD[1], "1. De gevraagde cijfers per opleiding:"],
                       ["Opleiding", "2021", "2022"], rows, bold=(2,))
    assert [(c.level, c.period, c.count, c.semantics) for c in parse_answer(source_from_bytes(data, "a.pdf")).tables[0].cells
            if c.level == "total"] == [("total", "2021", 88, "unique"), ("total", "2022", 105, "unique")]
    assert findings(data, "a.pdf") == [("measure-unknown", "info", None, None, None),
                                       ("parts-exceed-total", "info", "2021", 88, 91)]


# --- Sector blocks: the next block's name under a subtotal ----------------------------------

SECTOR_LAYOUT = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - zorg en onderwijs
ANTWOORD op vraag nr. 304 van 14 maart 2023 van Els Van den Broeck

Het aantal unieke cursisten dat een OKOT startte in de sectoren zorg en onderwijs:

Sector / opleiding                                              2021   2022
Zorg
900611: Professionele bachelor verpleegkunde - 1ste jaar          59     61
900123: Tweedekansonderwijs zorgkundige - 1ste jaar               19     22
Subtotaal zorg                                                    77     80
Onderwijs
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar     71     80
908017: Educatieve graduaatsopleiding                             27     30
Subtotaal onderwijs                                               96    108
Totaal                                                           172    186
"""


def test_a_sector_name_under_a_subtotal_heads_the_next_block_in_pdftotext_layout_text():
    # pdftotext -layout prints the rows without the padding between them: "Onderwijs" was joined
    # to "Subtotaal zorg" as the rest of its label, and the education codes stood in the block
    # of "zorg onderwijs" (two code-outside-sector errors).
    answer = parse_answer(source_from_bytes(SECTOR_LAYOUT.encode(), "a.txt"))
    got = [(c.level, c.code, c.label, c.period, c.count) for t in answer.tables for c in t.cells]
    assert [g for g in got if g[0] == "subtotal"] == [
        ("subtotal", None, "Subtotaal zorg", "2021", 77), ("subtotal", None, "Subtotaal zorg", "2022", 80),
        ("subtotal", None, "Subtotaal onderwijs", "2021", 96), ("subtotal", None, "Subtotaal onderwijs", "2022", 108),
    ]
    assert len(got) == 14
    assert not [f for f in audit(answer).findings if f.severity != "info"]


# --- A total column named with the periods it totals ----------------------------------------

def test_a_total_column_named_with_its_periods_is_the_total_column():
    # "Totaal" / "2020-2022" in the last header cell: the range was read as the table's only
    # period (a school year) and no header was found (unreadable-table).
    values = {"Antwerpen": ["1.012", "1.104", "2.050"], "Limburg": ["602", "-", "602"], "Brussel": ["3", "6", "9"]}
    rows = [[p] + v for p, v in values.items()] + [["Totaal", "1.617", "1.110", "2.661"]]
    intro = "Het aantal unieke cursisten dat een OKOT zorg startte, per provincie van de opleiding:"
    data = autofit_pdf(HEAD + [intro], ["Provincie van\nde opleiding", "2020", "2021", "Totaal\n2020-2021"], rows,
                       figure_align="C", bold=(3,))
    expected = [("row", p, None, p, period, int(v.replace(".", ""))) for p, vs in values.items()
                for period, v in zip(("2020", "2021", "Totaal"), vs) if v != "-"]
    expected += [("total", None, None, "Totaal", period, v) for period, v in zip(("2020", "2021", "Totaal"), (1617, 1110, 2661))]
    assert cells(data, "a.pdf") == expected
    assert [f for f in findings(data, "a.pdf") if f[1] != "info"] == []


# --- A line of month names over their years is no row of column names -------------------------

MONTHS_LAYOUT = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector

ANTWOORD
op vraag nr. 416 van 16 november 2019
van JAN LAEREMANS

2. Hieronder vindt u het aantal stopgezette unieke cursisten naar leeftijd.

                                  september        oktober      november        december
Leeftijd
                                       2023           2023          2023            2023

-25 jaar                                      9                            23         19

25-54 jaar                                 10             59               45          1

55+ jaar                                   36             39               5

Totaal                                     55             98               73         20
"""


def test_month_names_spaced_alike_over_their_years_keep_every_figure_in_its_month():
    # The month names' gaps are alike (as an autofit header's names are) but only their years
    # stand under them: taken for a row of column names, the header's cells were laid out anew
    # and the 9 of September moved under October (pdftotext -layout text of a generated PDF).
    answer = parse_answer(source_from_bytes(MONTHS_LAYOUT.encode(), "a.txt"))
    got = [(c.label, c.period, c.count) for t in answer.tables for c in t.cells]
    months = ("2023-09", "2023-10", "2023-11", "2023-12")
    rows = {"-25 jaar": (9, None, 23, 19), "25-54 jaar": (10, 59, 45, 1), "55+ jaar": (36, 39, 5, None),
            "Totaal": (55, 98, 73, 20)}
    assert got == [(label, m, v) for label, values in rows.items() for m, v in zip(months, values) if v is not None]
