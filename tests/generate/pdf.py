"""Answers printed as users get them: PDF files with real tables (fpdf2).

A :class:`Document` is prose paragraphs and :class:`PdfTable` tables; :func:`write_pdf` lays
it out in a :class:`PdfStyle`: ruled cells or none, labels wrapped in a narrow label column,
the figures' cell aligned to the top, middle or bottom of the row (so a wrapped label's
numbers stand on its first, middle or last line), blank cells, tables that run over a page
break with or without a repeated header row, running page headers and page numbers
(``Pagina 3 van 7``, ``3/7``, ``3``), ``ﬁ`` ligatures in labels.

Documents come from the generator's :class:`~generate.model.AnswerModel`
(:func:`document_from_model`, every table shape of the model: rows without codes whose long
names wrap in the label cell, sector rows and subtotals, a total column, two total lines, school
years and months in the header, a single ``Aantal`` column) or from a seed's gold cells
(:func:`seed_document`). What a correct reader reads back is the model's
(:meth:`~generate.model.TableModel.cells`); :func:`write_pdf` notes on every :class:`PdfRow`
the page it was printed on (``page``), and each row of a model's document carries the
model's ``anchor``, so the expected cells get their page.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from generate.model import AnswerModel, TableModel, printed_period
from generate.render import (
    FOOTNOTES, HEADERS, MEASURE_WORDS, SECTOR_WORDS, breakdown, column_names, format_count, frame_values,
    intro_sentences, printed_columns, turned_columns,
)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_CODE = re.compile(r"^(\d{6}):\s*(.*)$")


@dataclass
class PdfRow:
    label: str  # as printed in the label cell: "908001: Educatieve bachelor ..." or "Totaal"
    values: list[int | None]
    level: str = "row"  # row | subtotal | total | sector (a block's name on a row of its own)
    province: str | None = None
    anchor: tuple | None = None  # the model's anchor of the row (documents from a model)
    page: int | None = None  # the page write_pdf printed it on (set by write_pdf)
    #: How far (mm) each figure stands left of where its cell's alignment sets it (a word
    #: processor's cell padded, a figure typed with spaces after it); None: none moved.
    offsets: tuple[float, ...] | None = None


@dataclass
class PdfTable:
    title: str  # the header row's first cell
    periods: list[str]  # the header row's period cells as printed ("2022*")
    rows: list[PdfRow]
    layout: str = "year"  # year | province
    footnotes: list[str] = field(default_factory=list)
    thousands: bool | str = False  # (as :func:`generate.render.format_count` takes it)
    measure: str | None = None  # started | graduated | stopped_or_failed (captions of annex sheets)
    #: What an annex prints above the table to say what it counts (and when, for one period
    #: named in the prose); None: the header says it (a province table's caption is made from
    #: its measure and period).
    caption: str | None = None
    #: The columns under each period, each naming what it counts (``gestart``, ``geslaagd``):
    #: a row's figures are per period, per name. [] for one column per period.
    names: list[str] = field(default_factory=list)
    #: What a blank cell prints (``-``, ``x``); "" leaves it empty.
    blank: str = ""

    @property
    def headings(self) -> list[str]:
        """The header row's figure cells: each period, or each period with each name below it."""
        if not self.names:
            return list(self.periods)
        return [f"{period}\n{name}" for period in self.periods for name in self.names]

    def printed(self, value: int | None) -> str:
        if value is None:
            return self.blank
        return format_count(value, self.thousands)


@dataclass
class Document:
    items: list  # str paragraphs and PdfTable tables, in order
    justify: bool = True  # prose justified (stretched spaces), or left-aligned with its own line breaks

    @property
    def tables(self) -> list[PdfTable]:
        return [i for i in self.items if isinstance(i, PdfTable)]


@dataclass
class PdfStyle:
    ruled: bool = True
    v_align: str = "TOP"  # TOP | MIDDLE | BOTTOM: where a row's figures stand beside a wrapped label
    label_width: float = 70.0  # mm; narrow enough that long labels wrap
    number_width: float = 17.0
    number_align: str = "RIGHT"  # RIGHT | CENTER
    running_header: str | None = "Vlaams Parlement - Schriftelijke vragen en antwoorden"
    page_numbers: str | None = "Pagina {n} van {nb}"  # "{n}/{nb}", "{n}" or None
    repeat_header: bool = True
    page_height: float = 297.0  # mm; lower it to force tables over page breaks
    font_size: float = 9.0
    ligatures: bool = False  # print "fi" in labels as the ligature "ﬁ" (needs the DejaVu font)
    font: str = "core"  # "core" (Helvetica, fast; text folded to Latin-1) or "dejavu" (embedded TrueType)


#: Running headers that print the paper's session, date or document number beside its name: the
#: paper's figures, no table's (session 28).
RUNNING_WITH_FIGURES = (
    "Vlaams Parlement - Zitting 2022-2023",
    "Stuk 123 (2022-2023) - Nr. 1",
    "Vlaams Parlement - 25 januari 2023",
)


def draw_style(ch) -> PdfStyle:
    """A table style drawn by a :class:`~generate.choices.Chooser`: ruled or not, figures at the
    top, middle or bottom of a wrapped label, narrow or wide labels, figures right-aligned or
    centred, a table over a page break with or without its header repeated, running headers
    (with the paper's figures or none) and page numbers in the forms answers print them."""
    return PdfStyle(
        ruled=ch.chance(50), v_align=ch.choice(("TOP", "MIDDLE", "BOTTOM")),
        label_width=ch.choice((45.0, 70.0)), number_align=ch.choice(("RIGHT", "RIGHT", "CENTER")),
        repeat_header=ch.chance(50), page_height=ch.choice((297.0, 210.0, 160.0)),
        running_header=ch.choice((PdfStyle.running_header, None, *RUNNING_WITH_FIGURES)),
        page_numbers=ch.choice(("Pagina {n} van {nb}", "{n}/{nb}", "{n}", None)),
    )


class _Pdf:
    """An FPDF with running header and page numbers (imported lazily: a test dependency)."""

    def __new__(cls, style: PdfStyle):
        from fpdf import FPDF

        class Pdf(FPDF):
            def header(self) -> None:
                if style.running_header:
                    self.set_font(_family(style), size=7)
                    self.cell(0, 4, _text(style, style.running_header), align="L")
                    self.ln(7)

            def footer(self) -> None:
                if style.page_numbers:
                    self.set_y(-12)
                    self.set_font(_family(style), size=7)
                    text = style.page_numbers.format(n=self.page_no(), nb="{nb}")
                    self.cell(0, 4, text, align="C")

        pdf = Pdf(format=(210, style.page_height))
        if _family(style) == "DejaVu":
            pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
            pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        pdf.set_auto_page_break(True, margin=16)
        pdf.alias_nb_pages("{nb}")
        return pdf


def _family(style: PdfStyle) -> str:
    return "DejaVu" if style.font == "dejavu" or style.ligatures else "helvetica"


_LATIN1 = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def _text(style: PdfStyle, text: str) -> str:
    """Text the font can print: the core font knows Latin-1 only."""
    if _family(style) == "DejaVu":
        return text
    return text.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")


#: How many rows a province's cell spans at most (a longer block prints it on its first row).
SPAN = 10


def write_pdf(document: Document, style: PdfStyle | None = None, span: int = SPAN) -> bytes:
    """The PDF of `document` in `style`. A province's cell spans its block's rows (`span` rows at
    most) — unless the block is too high for a page (long labels wrapped on a short page): fpdf2
    cannot break a spanning cell, so the document is written again, each province printed on its
    block's first row, as a word processor would have to."""
    style = style or PdfStyle()
    pdf = _Pdf(style)
    pdf.add_page()
    pdf.set_font(_family(style), size=style.font_size)
    for item in document.items:
        if isinstance(item, PdfTable):
            try:
                _table(pdf, item, style, span)
            except ValueError as error:
                if span and "too high" in str(error):
                    return write_pdf(document, style, span=0)
                raise
            pdf.ln(3)
        else:
            pdf.multi_cell(0, 4.5, _text(style, item), align="J" if document.justify else "L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return bytes(pdf.output())


def _table(pdf, table: PdfTable, style: PdfStyle, span: int = SPAN) -> None:
    from fpdf.fonts import FontFace

    def noting_pages(render_row):  # each row's page, as fpdf2 renders the rows (i = 0: the header)
        def render(i, *args, **kwargs):
            render_row(i, *args, **kwargs)
            if i:
                table.rows[i - 1].page = pdf.page
        return render

    lig = (lambda s: s.replace("fi", "\ufb01")) if style.ligatures else (lambda s: _text(style, s))
    province = table.layout == "province"
    # A figure column is at least as wide as its header's longest word (a word processor never
    # breaks ``2016-2017`` or ``september`` inside), the label column narrower if need be.
    pdf.set_font(_family(style), "B", style.font_size)
    headings = table.headings
    longest = max(pdf.get_string_width(_text(style, word)) for period in headings for word in period.split())
    pdf.set_font(_family(style), "", style.font_size)
    number_width = int(max(style.number_width, longest + 2 * 1.5 + 0.5) * 100) / 100  # (rounded down, as below)
    room = pdf.epw - number_width * len(headings) - (30.0 if province else 0.0)
    label_width = min(style.label_width, int(room * 100) / 100 - 0.01)  # (rounded down: fpdf2 refuses 190.00000000000003)
    widths = ((30.0, label_width) if province else (label_width,)) + (number_width,) * len(headings)
    align = ("LEFT",) * (2 if province else 1) + (style.number_align,) * len(headings)
    with pdf.table(
        col_widths=widths, width=sum(widths), align="LEFT", text_align=align, v_align=style.v_align,
        borders_layout="ALL" if style.ruled else "NONE", line_height=4.2, padding=(1.2, 1.5),
        headings_style=FontFace(emphasis="BOLD"), repeat_headings=1 if style.repeat_header else 0,
    ) as grid:
        grid._render_table_row = noting_pages(grid._render_table_row)
        head = grid.row()
        if province:
            head.cell("Provincie")
            head.cell("Opleiding")
        else:
            head.cell(table.title)
        for heading in headings:  # (``Aantal`` for one period named in the prose)
            head.cell(heading)
        block_left = 0
        for index, row in enumerate(table.rows):
            cells = grid.row()
            if province and row.level == "row":
                first = index == 0 or table.rows[index - 1].province != row.province or table.rows[index - 1].level != "row"
                size = _block_size(table.rows, index) if first else 0
                if first and 0 < size <= span:  # a block's province: one cell over its rows (middle) …
                    cells.cell(row.province, rowspan=size, v_align="MIDDLE")
                    block_left = size
                elif first:  # … or printed on its first row when the block is too long for a page
                    cells.cell(row.province)
                elif block_left <= 0:
                    cells.cell("")
                block_left -= 1
                cells.cell(lig(row.label))
            elif province:
                cells.cell(row.label, colspan=2)
            else:
                cells.cell(lig(row.label))
            for k, value in enumerate(row.values):
                text = table.printed(value)
                # (never so far that the figure no longer fits on one line of its cell)
                moved = min(row.offsets[k], number_width - 3.5 - pdf.get_string_width(text)) if row.offsets else 0.0
                cells.cell(text, padding=(1.2, 1.5 + moved, 1.2, 1.5) if moved > 0 else None)
    for note in table.footnotes:
        pdf.ln(1)
        pdf.multi_cell(0, 4.5, _text(style, note), new_x="LMARGIN", new_y="NEXT")


def _block_size(rows: list[PdfRow], start: int) -> int:
    n = 0
    for row in rows[start:]:
        if row.level != "row":
            break
        n += 1
    return n


# ---------------------------------------------------------------------------------------------
# Documents from the generator's answers and from the seeds' gold cells


def document_from_model(answer: AnswerModel) -> Document:
    """The answer's prose and tables as a :class:`Document` (same wording as the text renderer)."""
    number, day, month, year = answer.question
    items: list = [
        f"Onderwijskwalificerende opleidingstrajecten (OKOT's) - {SECTOR_WORDS[answer.sector]}",
        "JO BOURNS\nVLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW",
        f"ANTWOORD\nop vraag nr. {number} van {day} {month} {year}\nvan JAN LAEREMANS",
    ]
    for index, frame in enumerate(answer.frames()):
        items.append(" ".join(intro_sentences(index, frame[0])))
        items.append(_pdf_table(frame, answer.thousands))
    return Document(items)


def _pdf_table(frame: list[TableModel], thousands: bool | str) -> PdfTable:
    """The printed table of `frame` (one table, or the tables printed together: a column of
    each under every period, or a row of each)."""
    table = frame[0]
    shape = table.shape
    if shape.turned:
        return _turned_pdf_table(table, thousands)
    rows: list[PdfRow] = []
    if shape.rows == "measure":
        rows = [PdfRow(row.label, [row.counts.get(c) for c in t.columns], "row", anchor=row.anchor)
                for t in frame for row in t.rows()]
    for b, block in enumerate(table.blocks if shape.rows != "measure" else ()):
        if block.sector:
            rows.append(PdfRow(block.sector.capitalize(), [None] * len(frame_values(frame, lambda t: {})), "sector"))
        for j, row in enumerate(block.rows):
            label = f"{row.code}: {row.label}" if row.code else row.label
            rows.append(PdfRow(label, frame_values(frame, lambda t: t.blocks[b].rows[j].counts), "row", block.province,
                               row.anchor))
        if block.subtotal is not None:
            rows.append(PdfRow(block.words, frame_values(frame, lambda t: t.blocks[b].subtotal), "subtotal",
                               block.province, table.subtotal_anchor(block)))
    if table.enrolments is not None:
        rows.append(PdfRow("Totaal inschrijvingen", frame_values(frame, lambda t: t.enrolments), "total",
                           anchor=table.enrolments_anchor()))
    if table.has_total:
        rows.append(PdfRow(table.total_words(), frame_values(frame, lambda t: t.total), "total", anchor=table.total_anchor()))
    notes = _notes(table)
    printed = printed_columns(table)
    caption = None
    if shape.blocks == "province":
        title = table.periods[0]  # (an annex's caption names it)
    elif shape.side:  # (the columns' names, or the rows', say what each counts)
        title = breakdown(table)[1]
        if shape.rows != "measure":
            caption = f"Aantal unieke cursisten {breakdown(table)[0]}"
    else:
        title = HEADERS[table.measure][0] if shape.rows == "code" else breakdown(table)[1]
        if shape.rows != "code" or shape.periods == "prose":
            caption = f"Aantal unieke {MEASURE_WORDS[table.measure]} cursisten {breakdown(table)[0]}"
            caption += f" in {table.periods[0]}" if shape.periods == "prose" else ""
    return PdfTable(title, printed, rows, table.layout, notes, thousands, table.measure, caption, column_names(frame),
                    shape.blank_mark or "")


def _notes(table: TableModel) -> list[str]:
    return [stars + FOOTNOTES[stars].format(y=printed_period(p)) for p, stars in sorted(table.stars.items(), key=lambda kv: len(kv[1]))]


def _turned_pdf_table(table: TableModel, thousands: bool | str) -> PdfTable:
    """A table printed on its side: a row per period (its period's anchor), a column per row
    of the model and the total's last; a caption says what it counts."""
    rows = [
        PdfRow(printed_period(p) + table.stars.get(p, ""), [r.counts.get(p) for r in table.rows()] + [table.total.get(p)],
               "row", anchor=table.period_anchor(p))
        for p in table.periods
    ]
    caption = f"Aantal unieke {MEASURE_WORDS[table.measure]} cursisten {breakdown(table)[0]}"
    return PdfTable("Jaar", turned_columns(table), rows, table.layout, _notes(table), thousands, table.measure, caption,
                    blank=table.shape.blank_mark or "")


GOLD = Path(__file__).resolve().parent.parent / "data" / "gold"
SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


def seed_document(seed: str) -> Document:
    """A seed answer as a PDF document: its own prose, its tables from the gold cells.

    The prose is the seed's text outside its tables (as the reader finds them), paragraphs
    split at blank lines; each table is rebuilt from ``tests/data/gold/<seed>.<measure>.csv``.
    """
    from okot_audit import read_answer

    path = SEEDS / f"{seed}.txt"
    answer = read_answer(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    spans = [(t.header_line, t.end_line, t) for t in answer.tables]
    items: list = []
    paragraph: list[str] = []
    number = 1
    skip_to = 0

    def flush() -> None:  # the seed's own line breaks are kept
        if paragraph:
            items.append("\n".join(paragraph))
            paragraph.clear()

    for number, text in enumerate(lines, start=1):
        if number <= skip_to:
            continue
        table = next((t for start, end, t in spans if start == number), None)
        if table is not None:
            flush()
            items.append(_gold_table(seed, table))
            skip_to = table.end_line
            continue
        if not text.strip() or text.startswith("\f"):
            flush()
        else:
            paragraph.append(text.strip())
    flush()
    return Document(items, justify=False)


def _gold_table(seed: str, table) -> PdfTable:
    name = {"stopped_or_failed": "stopped"}.get(table.measure, table.measure)
    if table.layout.blocks == "province":
        with open(GOLD / f"{seed}.{name}_by_province.csv", encoding="utf-8") as handle:
            records = list(csv.DictReader(handle))
        rows = []
        for r in records:
            count = int(r["count"])
            if r["province"] == "ALL":
                rows.append(PdfRow("Eindtotaal", [count], "total"))
            elif r["code"] == "TOTAL":
                rows.append(PdfRow(f"Totaal {r['province']}", [count], "subtotal", r["province"]))
            else:
                rows.append(PdfRow(f"{r['code']}: {r['label']}", [count], "row", r["province"]))
        return PdfTable(table.periods[0].label, ["Aantal"], rows, "province", measure=table.measure)
    with open(GOLD / f"{seed}.{name}.csv", encoding="utf-8") as handle:
        records = list(csv.DictReader(handle))
    periods = [p.label for p in table.periods]
    rows = []
    for r in records:
        values = [int(r[p.rstrip("*")]) if r[p.rstrip("*")] else None for p in periods]
        if r["code"] == "TOTAL":
            rows.append(PdfRow("Totaal", values, "total"))
        else:
            rows.append(PdfRow(f"{r['code']}: {r['label']}", values))
    printed = [p.label + ("*" if p.partial else "") for p in table.periods]
    return PdfTable(_strip(table.title), printed, rows, "year", measure=table.measure)


def _strip(title: str) -> str:
    return " ".join(re.sub(r"\s*\d{4}\*?(\s+\d{4}\*?)*\s*$", "", title).split())


class HandPage:
    """One A4 page of a PDF set by hand (fpdf2, millimetres, Helvetica): each text put at `x` —
    its right end there (a figure right-aligned under its column) or, with ``right=False``, its
    left — on the current line `y`, which the caller moves down. The tests of where figures stand
    on a page (test_pos34, test_pos35, test_regress35, test_lonedash35) set their tables so."""

    def __init__(self, size: float = 9, top: float = 20.0) -> None:
        from fpdf import FPDF

        self.pdf = FPDF(unit="mm", format="A4")
        self.pdf.add_page()
        self.pdf.set_font("Helvetica", size=size)
        self.y = top

    def put(self, x: float, text: str, right: bool = True) -> None:
        self.pdf.text(x - self.pdf.get_string_width(text) if right else x, self.y, text)

    def data(self) -> bytes:
        return bytes(self.pdf.output())
