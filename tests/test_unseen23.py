"""Red team, round 23: new answers, written here from persons, in every form users hold them.

Each answer is built from persons and what they did (a person starts a programme in a year,
moves to another province, has one age class and one education level), so every cell, every
total and every person counted twice is known. The answer is printed as a PDF with fpdf2 (ruled
and unruled tables, labels wrapped in a narrow column, a table over a page break with and
without its header printed again) and read in every form: the PDF itself, ``pdftotext
-layout``, ``pdftotext``, pdfplumber's and pypdf's ``extract_text()``; some also as an ``.xlsx``
annex, an HTML page, and text saved with CRLF in Windows-1252. In each form the cells read must
be the truth, and the audit must give exactly the findings the truth gives: the persons counted
twice and the partial periods as information, a planted wrong total as an error, nothing else.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pytest

from okot_audit import audit

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from generate.extract import available, extract  # noqa: E402

FONTS = Path("/usr/share/fonts/truetype/dejavu")
FORMS = ["pdf", "pdftotext-layout", "pdftotext", "pdfplumber", "pypdf"]


# ---------------------------------------------------------------------------------------------
# The model: rows of a table, the persons behind them, and what the table prints.


@dataclass
class Row:
    label: str  # as printed in the label cell
    values: list[int | None]  # one per printed column; None: a blank cell
    level: str = "row"  # row | subtotal | total | heading (a block's name on a line of its own)
    province: str | None = None
    code: str | None = None
    semantics: str | None = None


@dataclass
class Table:
    caption: str  # the sentence above the table
    head: str  # the header's first cell
    columns: list[str]  # the period columns as printed ("2022*", "januari 2023", "Totaal")
    periods: list[str]  # the same columns as read ("2022", "2023-01", "Totaal")
    rows: list[Row]
    footnotes: list[str] = field(default_factory=list)
    thousands: bool = False
    partial: frozenset[str] = frozenset()  # periods marked partial


@dataclass
class Answer:
    title: str
    before: list[str]  # paragraphs: the question, the minister's opening
    tables: list[Table]
    between: list[list[str]]  # paragraphs after each table
    sector: str | None = None


def _count(n: int, thousands: bool) -> str:
    return f"{n:,}".replace(",", ".") if thousands else str(n)


class Persons:
    """Persons and their memberships: (person, row key, period)."""

    def __init__(self) -> None:
        self.members: set[tuple[int, str, str]] = set()

    def add(self, person: int, key: str, period: str) -> None:
        self.members.add((person, key, period))

    def count(self, keys: set[str] | str, period: str | None = None) -> int:
        keys = {keys} if isinstance(keys, str) else keys
        return len({p for p, k, q in self.members if k in keys and (period is None or q == period)})

    def entries(self, keys: set[str], period: str) -> int:
        return len({(p, k) for p, k, q in self.members if k in keys and q == period})


def _people(rng: random.Random, keys: list[str], periods: list[str], sizes: dict[str, int],
            twice: float, gaps: float = 0.08) -> Persons:
    """`sizes[key]` persons per key and period (with some variation, some cells empty), of whom
    a share `twice` is also counted in another key of the same period (a second year, a move)."""
    persons = Persons()
    pid = 0
    for period in periods:
        for key in keys:
            base = sizes[key]
            if base == 0 or rng.random() < gaps:
                continue  # the programme did not run that period: a blank cell
            for _ in range(max(1, int(base * rng.uniform(0.7, 1.3)))):
                pid += 1
                persons.add(pid, key, period)
                if rng.random() < twice:
                    other = rng.choice([k for k in keys if k != key])
                    persons.add(pid, other, period)
    return persons


def unique_rows(persons: Persons, keys: list[str], labels: dict[str, str], periods: list[str],
                total_label: str, provinces: dict[str, str] | None = None, codes: dict[str, str] | None = None,
                total_column: bool = False) -> list[Row]:
    """Rows for `keys` and a total line of unique persons (and a total column over the
    periods, unique persons of the row over them, when `total_column`)."""
    rows = []
    for key in keys:
        values: list[int | None] = [persons.count(key, q) or None for q in periods]
        if total_column:
            values.append(persons.count(key) or None)
        rows.append(Row(labels[key], values, province=(provinces or {}).get(key), code=(codes or {}).get(key)))
    total: list[int | None] = [persons.count(set(keys), q) or None for q in periods]
    if total_column:
        total.append(persons.count(set(keys)))
    rows.append(Row(total_label, total, level="total", semantics="unique"))
    return rows


# ---------------------------------------------------------------------------------------------
# Printing: a PDF (fpdf2), an xlsx annex, an HTML page.


@dataclass(frozen=True)
class Style:
    ruled: bool = True
    v_align: str = "top"  # where a wrapped label's figures stand: top | bottom
    label_width: float = 62.0
    column_width: float = 21.0
    font_size: float = 9.0
    break_before: int | None = None  # force a page break before this row of the last table
    repeat_header: bool = True
    page_numbers: bool = True


def write_pdf(answer: Answer, style: Style) -> bytes:
    from fpdf import FPDF

    class Pdf(FPDF):
        def footer(self) -> None:  # noqa: D401
            if style.page_numbers:
                self.set_y(-12)
                self.set_font("DejaVu", "", 8)
                self.cell(0, 5, f"Pagina {self.page_no()} van {{nb}}", align="C")

    return answer_pdf(Pdf(format="A4"), answer, style, _pdf_table)


def answer_pdf(pdf, answer, style, write_table) -> bytes:
    """`answer` printed in `pdf` (an ``fpdf.FPDF``): its title, its prose, and each table (by
    `write_table(pdf, table, style, break_before)`, the last one broken over a page before its
    row ``style.break_before``) with its footnotes and the prose after it."""
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6, answer.title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def paragraphs(texts: list[str]) -> None:
        pdf.set_font("DejaVu", "", 10)
        for text in texts:
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    paragraphs(answer.before)
    for index, (table, after) in enumerate(zip(answer.tables, answer.between)):
        last = index == len(answer.tables) - 1
        write_table(pdf, table, style, style.break_before if last else None)
        pdf.set_font("DejaVu", "", 8)
        for note in table.footnotes:
            pdf.multi_cell(0, 4, note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        paragraphs(after)
    return bytes(pdf.output())


def _pdf_table(pdf, table: Table, style: Style, break_before: int | None) -> None:
    room = pdf.w - pdf.l_margin - pdf.r_margin - style.label_width
    widths = [style.label_width] + [min(style.column_width, room / len(table.columns))] * len(table.columns)
    rows = [([row.label] + ["" if v is None else _count(v, table.thousands) for v in row.values], row.level != "row")
            for row in table.rows]
    pdf_grid(pdf, style, table.caption, widths, [table.head, *table.columns], rows, break_before)


def pdf_grid(pdf, style, caption: str, widths: list[float], head: list[str], rows: list[tuple[list[str], bool]],
             break_before: int | None, labels: int = 1) -> None:
    """A table printed in `pdf` (an ``fpdf.FPDF``) under its `caption`: its `head`'s cells in bold,
    then each row's cells (bold for a total), each cell in its column of `widths` wrapped over
    lines, its first `labels` cells set left and the figures right, ruled and set to the top or
    bottom of their row as `style` says; a new page before row `break_before` or where a row does
    not fit, the header printed again there when ``style.repeat_header``."""
    line = style.font_size * 0.5
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def lines_of(text: str, width: float) -> list[str]:
        return pdf.multi_cell(width, line, text, dry_run=True, output="LINES")

    def draw(cells: list[str], bold: bool) -> None:
        pdf.set_font("DejaVu", "B" if bold else "", style.font_size)
        wrapped = [lines_of(text, width) for text, width in zip(cells, widths)]
        height = line * max(len(w) for w in wrapped) + 1
        x, y = pdf.l_margin, pdf.get_y()
        for k, (lines, width) in enumerate(zip(wrapped, widths)):
            if style.ruled:
                pdf.rect(x, y, width, height)
            offset = 0.5 if style.v_align == "top" or k == 0 else height - 0.5 - line * len(lines)
            for n, text in enumerate(lines):
                pdf.set_xy(x, y + offset + n * line)
                pdf.cell(width, line, text, align="R" if k >= labels else "L")
            x += width
        pdf.set_xy(pdf.l_margin, y + height)

    draw(head, bold=True)
    for k, (cells, bold) in enumerate(rows):
        pdf.set_font("DejaVu", "", style.font_size)
        height = line * max(len(lines_of(text, width)) for text, width in zip(cells, widths)) + 1
        if k == break_before or pdf.get_y() + height > pdf.h - 20:
            pdf.add_page()
            if style.repeat_header:
                draw(head, bold=True)
        draw(cells, bold)
    pdf.ln(2)


def write_xlsx(answer: Answer) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for n, table in enumerate(answer.tables, 1):
        sheet = book.create_sheet(f"Tabel {n}")
        sheet.append([answer.title])
        sheet.append([table.caption])
        sheet.append([])
        sheet.append([table.head, *table.columns])
        for row in table.rows:
            sheet.append([row.label, *row.values])
        sheet.append([])
        for note in table.footnotes:
            sheet.append([note])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_html(answer: Answer) -> bytes:
    from html import escape

    parts = [f"<html><head><meta charset='utf-8'><title>{escape(answer.title)}</title></head><body>",
             f"<h1>{escape(answer.title)}</h1>"]
    parts += [f"<p>{escape(p)}</p>" for p in answer.before]
    for table, after in zip(answer.tables, answer.between):
        parts.append(f"<p>{escape(table.caption)}</p><table border='1'>")
        parts.append("<tr>" + "".join(f"<th>{escape(c)}</th>" for c in [table.head, *table.columns]) + "</tr>")
        for row in table.rows:
            cells = ["" if v is None else _count(v, table.thousands) for v in row.values]
            tag = "th" if row.level != "row" else "td"
            parts.append(f"<tr><{tag}>{escape(row.label)}</{tag}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
        parts += [f"<p><small>{escape(n)}</small></p>" for n in table.footnotes]
        parts += [f"<p>{escape(p)}</p>" for p in after]
    parts.append("</body></html>")
    return "\n".join(parts).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# The answers.

PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"]


def provinces_answer() -> Answer:
    """Care sector, a province x year matrix closed by ``Vlaams Gewest``: five years asked,
    four answered; persons who moved counted in two provinces; thousands with points; the
    second question deferred."""
    rng = random.Random(2301)
    years = ["2019", "2020", "2021", "2022"]
    sizes = {"Antwerpen": 820, "Limburg": 410, "Oost-Vlaanderen": 1010, "Vlaams-Brabant": 330, "West-Vlaanderen": 690}
    persons = _people(rng, PROVINCES, years, sizes, twice=0.01, gaps=0.0)
    rows = unique_rows(persons, PROVINCES, {p: p for p in PROVINCES}, years, "Vlaams Gewest",
                       provinces={p: p for p in PROVINCES})
    table = Table(
        caption="Tabel 1. Aantal unieke cursisten dat een OKOT in de zorgsector startte, per provincie van de "
                "opleidingsplaats.",
        head="Provincie", columns=years, periods=years, rows=rows, thousands=True,
        footnotes=["Een cursist die tijdens het jaar naar een andere provincie verhuist, telt mee in beide "
                   "provincies maar slechts één keer in het totaal voor het Vlaams Gewest."],
    )
    return Answer(
        title="Onderwijskwalificerende opleidingstrajecten (OKOT’s) - Zorgsector - Spreiding per provincie",
        before=[
            "Schriftelijke vraag nr. 418 van 9 maart 2023 van Katrien Verhaegen aan de minister van Werk.",
            "1. Hoeveel unieke cursisten startten in de vijf recentste jaren (2019-2023) een OKOT die leidt tot "
            "een job in de zorgsector? Graag een opdeling per provincie.",
            "2. Hoeveel van hen stopten voortijdig, en om welke redenen?",
            "ANTWOORD",
            "1. VDAB telde in 2022 in totaal 3.116 lopende opleidingscontracten in de zorg. De cijfers voor 2023 "
            "zijn nog niet beschikbaar; hieronder vindt u de gegevens voor 2019 tot en met 2022.",
        ],
        tables=[table],
        between=[["2. De cijfers over de stopzettingen in 2022 zullen pas beschikbaar zijn vanaf 1 september "
                  "2023. Ik bezorg ze u graag zodra ze gevalideerd zijn."]],
        sector="zorg",
    )


def partition_rows(rng: random.Random, keys: list[str], periods: list[str], sizes: dict[str, int],
                   total_label: str) -> list[Row]:
    """A breakdown of persons by one attribute: each person in one key; the total is the sum."""
    rows = []
    counts = {k: [max(1, int(sizes[k] * rng.uniform(0.7, 1.3))) for _ in periods] for k in keys}
    for key in keys:
        rows.append(Row(key, list(counts[key])))
    rows.append(Row(total_label, [sum(counts[k][i] for k in keys) for i in range(len(periods))],
                    level="total", semantics="additive"))
    return rows


def profile_answer() -> Answer:
    """Education sector, school years (the last one partial, ``*``): a breakdown by age class
    (digits in the labels) and one by education level, each a partition; the second's total
    for 2020-2021 is ten too high (the planted error)."""
    rng = random.Random(2302)
    years = ["2019-2020", "2020-2021", "2021-2022", "2022-2023"]
    columns = [*years[:-1], "2022-2023*"]
    ages = partition_rows(rng, ["-25 jaar", "25-54 jaar", "55+ jaar"], years,
                          {"-25 jaar": 160, "25-54 jaar": 1150, "55+ jaar": 40}, "Totaal")
    levels = partition_rows(rng, ["laaggeschoold", "middengeschoold", "hooggeschoold"], years,
                            {"laaggeschoold": 90, "middengeschoold": 700, "hooggeschoold": 560}, "Totaal")
    levels[-1].values[1] = levels[-1].values[1] + 10  # type: ignore[operator]
    note = "* Schooljaar 2022-2023: voorlopige cijfers, situatie op 31 maart 2023."
    return Answer(
        title="OKOT’s voor de onderwijssector: profiel van de cursisten",
        before=[
            "Vraag nr. 127 van 24 april 2023 van Bart Claes aan de minister van Werk.",
            "1. Hoe zijn de cursisten die een OKOT voor een job in het onderwijs starten, verdeeld naar leeftijd "
            "en naar scholingsniveau? Graag per schooljaar sinds 2019-2020.",
            "Antwoord",
            "1. De onderstaande tabellen geven het aantal unieke cursisten dat in het schooljaar een OKOT in de "
            "onderwijssector startte. Elke cursist wordt één keer geteld, in de leeftijdsklasse op 1 september "
            "van het schooljaar.",
        ],
        tables=[
            Table(caption="Tabel 1: gestarte cursisten naar leeftijdsklasse", head="Leeftijdsklasse",
                  columns=columns, periods=years, rows=ages, footnotes=[note], thousands=True,
                  partial=frozenset({"2022-2023"})),
            Table(caption="Tabel 2: gestarte cursisten naar scholingsniveau", head="Scholingsniveau",
                  columns=columns, periods=years, rows=levels, footnotes=[note], thousands=True,
                  partial=frozenset({"2022-2023"})),
        ],
        between=[["Het aandeel cursisten van 55 jaar en ouder blijft beperkt."],
                 ["Laaggeschoold: hoogstens een diploma van de tweede graad secundair onderwijs."]],
        sector="onderwijs",
    )


CARE_NAMES = [
    "Graduaat orthopedagogie",
    "Professionele bachelor verpleegkunde",
    "Hoger beroepsonderwijs verpleegkunde",
    "Se-n-se opvoeder leefgroepenwerking",
    "Tweedekansonderwijs opvoeder jeugd- en gehandicaptenzorg",
    "Tweedekansonderwijs kinderzorg met algemene vorming",
    "Tweedekansonderwijs zorgkundige",
]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni"]


def months_answer() -> Answer:
    """Care sector, the months of one year and a total column; programmes by name without
    codes (long names wrap); unique persons over the months and over the programmes."""
    rng = random.Random(2303)
    periods = [f"2023-{m:02d}" for m in range(1, 7)]
    sizes = {name: s for name, s in zip(CARE_NAMES, [40, 55, 70, 12, 25, 18, 30])}
    persons = Persons()
    pid = 0
    for name in CARE_NAMES:
        for period in periods:
            month = int(period[-2:])
            if month not in (1, 2, 3) or (month == 3 and rng.random() < 0.5):
                continue  # starts in January, February and sometimes March only
            for _ in range(int(sizes[name] * (1.0 if month == 2 else rng.uniform(0.1, 0.4)))):
                pid += 1
                persons.add(pid, name, period)
                if rng.random() < 0.05:  # started again (another month, same programme)
                    later = f"2023-{min(6, month + rng.randint(1, 3)):02d}"
                    persons.add(pid, name, later)
                if rng.random() < 0.03:  # and another programme in the same month
                    persons.add(pid, rng.choice([n for n in CARE_NAMES if n != name]), period)
    rows = unique_rows(persons, CARE_NAMES, {n: n for n in CARE_NAMES}, periods, "Totaal", total_column=True)
    return Answer(
        title="OKOT’s in de zorg - instroom in het eerste halfjaar van 2023",
        before=[
            "Schriftelijke vraag nr. 602 van 3 juli 2023 van Els Van Hoof.",
            "Hoeveel werkzoekenden startten in de eerste zes maanden van 2023 een OKOT in de zorg? Graag per "
            "maand en per opleiding.",
            "Antwoord",
            "De tabel geeft per maand het aantal unieke cursisten dat een opleiding startte. De kolom Totaal "
            "telt elke cursist één keer, ook wie in twee maanden startte; de totaallijn telt wie twee "
            "opleidingen volgt één keer.",
        ],
        tables=[Table(caption="Gestarte cursisten per maand, januari tot en met juni 2023", head="Opleiding",
                      columns=[*(f"{m} 2023" for m in MONTHS), "Totaal"], periods=[*periods, "Totaal"],
                      rows=rows)],
        between=[["Bron: VDAB, datawarehouse, toestand op 15 juli 2023."]],
        sector="zorg",
    )


SECTOR_CODES = {
    "zorg": [("900611", "Professionele bachelor verpleegkunde - 1ste jaar"),
             ("900711", "Hoger beroepsonderwijs verpleegkunde - 1ste jaar"),
             ("903631", "Graduaat orthopedagogie - 1ste jaar"),
             ("904421", "Tweedekansonderwijs kinderzorg met algemene vorming - 1ste jaar")],
    "onderwijs": [("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar"),
                  ("908011", "Educatieve bachelor voor lager onderwijs - 1ste jaar"),
                  ("908015", "Specifieke lerarenopleiding (SLO)"),
                  ("908017", "Educatieve graduaatsopleiding")],
}


def sectors_answer() -> Answer:
    """Care and education: sector blocks closed by ``Subtotaal``, a grand ``Totaal``; then
    enrolments by programme with two total lines (``Totaal inschrijvingen``, additive, and
    ``Totaal unieke cursisten``); 2023 partial."""
    rng = random.Random(2304)
    years = ["2021", "2022", "2023"]
    keys = [c for s in SECTOR_CODES.values() for c, _ in s]
    labels = {c: f"{c}: {name}" for s in SECTOR_CODES.values() for c, name in s}
    sizes = {c: rng.randint(15, 260) for c in keys}
    persons = _people(rng, keys, years, sizes, twice=0.04)
    rows: list[Row] = []
    for sector, entries in SECTOR_CODES.items():
        codes = [c for c, _ in entries]
        rows.append(Row(sector.capitalize(), [None] * len(years), level="heading"))
        block = unique_rows(persons, codes, labels, years, f"Subtotaal {sector}", codes={c: c for c in codes})
        block[-1].level = "subtotal"
        rows += block
    rows.append(Row("Totaal", [persons.count(set(keys), q) for q in years], level="total", semantics="unique"))
    rng2 = random.Random(2305)
    names = ["Graduaat orthopedagogie", "Professionele bachelor verpleegkunde", "Se-n-se tandartsassistent",
             "Se-n-se apotheekassistent"]
    enrol = _people(rng2, names, years, {n: rng2.randint(40, 400) for n in names}, twice=0.06)
    second = [Row(n, [enrol.entries({n}, q) or None for q in years]) for n in names]
    second.append(Row("Totaal inschrijvingen", [enrol.entries(set(names), q) for q in years], level="total",
                      semantics="additive"))
    second.append(Row("Totaal unieke cursisten", [enrol.count(set(names), q) for q in years], level="total",
                      semantics="unique"))
    note = "* 2023: van 1 januari tot en met 30 juni."
    return Answer(
        title="Opleidingstrajecten met VDAB-opleidingscontract in de zorg en het onderwijs",
        before=[
            "Vraag nr. 77 van 12 oktober 2023 van Jan Peumans.",
            "1. Hoeveel cursisten startten sinds 2021 een OKOT in de zorgsector en in de onderwijssector?",
            "2. Hoeveel inschrijvingen telde VDAB voor de opleidingen met de meeste cursisten?",
            "Antwoord",
            "1. Eenzelfde cursist kan in één jaar twee opleidingen starten, bv. na een heroriëntering. "
            "De subtotalen en het totaal tellen elke cursist één keer.",
        ],
        tables=[
            Table(caption="Tabel 1 - gestarte unieke cursisten per sector en opleiding", head="Opleiding",
                  columns=["2021", "2022", "2023*"], periods=years, rows=rows, footnotes=[note],
                  partial=frozenset({"2023"})),
            Table(caption="Tabel 2 - inschrijvingen per opleiding", head="Opleiding",
                  columns=["2021", "2022", "2023*"], periods=years, rows=second, footnotes=[note],
                  partial=frozenset({"2023"})),
        ],
        between=[["2. In 2022 waren er 1.203 inschrijvingen voor 17 verschillende opleidingen."],
                 ["Een cursist die zich twee keer inschrijft, telt twee keer mee in het aantal inschrijvingen."]],
        sector=None,
    )


def regions_answer() -> Answer:
    """Graduates by province over five years, the last one partial: the five Flemish provinces
    closed by ``Vlaams Gewest`` (unique persons), then ``Brussel`` (no graduate in 2019: a blank
    cell) and ``Totaal`` over both regions; short labels, so every figure has room."""
    rng = random.Random(2306)
    years = ["2019", "2020", "2021", "2022", "2023"]
    keys = [*PROVINCES, "Brussel"]
    sizes = {"Antwerpen": 260, "Limburg": 120, "Oost-Vlaanderen": 300, "Vlaams-Brabant": 95, "West-Vlaanderen": 210,
             "Brussel": 25}
    persons = _people(rng, keys, years, sizes, twice=0.01, gaps=0.0)
    persons.members = {(p, k, q) for p, k, q in persons.members if not (k == "Brussel" and q == "2019")}
    flemish = unique_rows(persons, PROVINCES, {p: p for p in PROVINCES}, years, "Vlaams Gewest",
                          provinces={p: p for p in PROVINCES})
    flemish[-1].level = "subtotal"
    brussels = Row("Brussel", [persons.count("Brussel", q) or None for q in years], province="Brussel")
    total = Row("Totaal", [persons.count(set(keys), q) for q in years], level="total", semantics="unique")
    return Answer(
        title="OKOT’s: geslaagde cursisten per provincie",
        before=[
            "Schriftelijke vraag nr. 233 van 18 augustus 2023 van Nadia Sminate aan de minister van Werk.",
            "Hoeveel cursisten rondden sinds 2019 met succes een OKOT af, per provincie?",
            "ANTWOORD",
            "Onderstaande tabel geeft het aantal unieke geslaagde cursisten per provincie van de opleiding. "
            "Een cursist die in twee provincies een opleiding afrondde, telt in beide provincies mee.",
        ],
        tables=[Table(caption="Unieke cursisten met een geslaagd OKOT-traject", head="Provincie",
                      columns=[*years[:-1], "2023*"], periods=years, rows=[*flemish, brussels, total],
                      footnotes=["* 2023: van januari tot en met juni."], thousands=True,
                      partial=frozenset({"2023"}))],
        between=[["In 2019 werd in Brussel nog geen OKOT georganiseerd."]],
        sector=None,
    )


ANSWERS = {"regions": regions_answer, "provinces": provinces_answer, "profile": profile_answer, "months": months_answer,
           "sectors": sectors_answer}


# ---------------------------------------------------------------------------------------------
# Truth and reading.


def fold(text: str) -> str:
    return " ".join(text.split())


def truth(answer: Answer) -> list[tuple]:
    """(table number, level, code or label, period, count) of every printed figure."""
    out = []
    for n, table in enumerate(answer.tables):
        for row in table.rows:
            if row.level == "heading":
                continue
            key = row.code or fold(row.label)
            for period, value in zip(table.periods, row.values):
                if value is not None:
                    out.append((n, row.level, key, period, value))
    return sorted(out)


def read_cells(read) -> list[tuple]:
    out = []
    for n, table in enumerate(read.tables):
        for c in table.cells:
            out.append((n, c.level, c.code or fold(c.label), c.period, c.count))
    return sorted(out)


@lru_cache(maxsize=None)
def pdf_of(name: str, style: Style) -> bytes:
    return write_pdf(ANSWERS[name](), style)


def read_form(name: str, style: Style, form: str):
    return read_pdf_form(pdf_of(name, style), form, name)


def read_pdf_form(data: bytes, form: str, name: str = "g"):
    """The PDF `data` read as `form`: the PDF itself, or an extractor's text of it."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    if form == "pdf":
        return parse_answer(source_from_bytes(data, f"{name}.pdf"))
    if not available(form):
        pytest.skip(f"{form} is not installed")
    return parse_answer(source_from_bytes(extract(data, form).encode(), f"{name}.txt"))


# ---------------------------------------------------------------------------------------------
# What a correct audit reports.

#: Per answer: the errors and warnings (rule, table, period), the information rules its tables
#: must give, those only its prose gives (not an annex's sheets), and its partial periods.
EXPECTED = {
    "regions": ([], {"partial-period", "parts-exceed-total"}, set(), {"2023"}),
    "provinces": ([], {"parts-exceed-total"}, {"answer-deferred", "period-not-given"}, set()),
    "profile": ([("total-exceeds-parts", 1, "2020-2021")], {"partial-period"}, set(), {"2022-2023"}),
    "months": ([], {"parts-exceed-total"}, set(), set()),
    "sectors": ([], {"partial-period", "parts-exceed-total"}, set(), {"2023"}),
}
#: Information that may come with them: what explains the planted error, and an outlier of
#: persons counted twice.
MAY = {"error-located", "likely-typo", "double-count-outlier"}


def persons_twice(answer: Answer) -> set[tuple[int, int]]:
    """(stated total, sum of its parts) of every unique-person total line whose parts sum to
    more: the persons counted twice, as ``parts-exceed-total`` must report them."""
    out = set()
    for table in answer.tables:
        rows: list[Row] = []
        subtotals: list[Row] = []
        for row in table.rows:
            if row.level == "row":
                rows.append(row)
            elif row.level == "subtotal":
                parts = rows
                rows, subtotals = [], [*subtotals, row]
            elif row.level == "total":
                parts = subtotals + rows  # (the blocks' subtotals, and the rows under none: ``Brussel``)
            if row.level in ("subtotal", "total") and row.semantics != "additive":
                for k, value in enumerate(row.values[:len(table.periods)]):
                    if table.periods[k] == "Totaal" or value is None:
                        continue
                    total = sum(p.values[k] or 0 for p in parts)
                    if total > value:
                        out.add((value, total))
    return out


def check(answer: Answer, read, name: str, prose: bool = True) -> None:
    assert read_cells(read) == truth(answer)
    findings = audit(read).findings
    errors, info, prose_info, partial = EXPECTED[name]
    tables = [t.id for t in read.tables]
    assert sorted((f.rule, tables.index(f.table), f.period) for f in findings if f.severity != "info") == errors
    rules = {f.rule for f in findings if f.severity == "info"}
    assert info | (prose_info if prose else set()) <= rules <= info | prose_info | MAY
    assert {f.period for f in findings if f.rule == "partial-period"} == partial
    reported = {(f.stated, f.observed) for f in findings if f.rule == "parts-exceed-total"}
    assert persons_twice(answer) <= reported


STYLES = {
    "ruled-top": Style(),
    "plain-bottom-break": Style(ruled=False, v_align="bottom", break_before=3, repeat_header=False),
    "ruled-narrow-break-repeat": Style(label_width=45, break_before=2, repeat_header=True),
    "ruled-bottom-break": Style(v_align="bottom", break_before=4, repeat_header=True, page_numbers=False),
    "ruled-narrow-bottom": Style(v_align="bottom", label_width=45),
}

#: What the reader does not read yet, and where it fails.
KNOWN: dict[tuple[str, str, str], str] = {}

#: What no reader can read: the months answer as pdfplumber and pypdf print it, single-spaced, a
#: blank cell leaving no trace, prints the same lines as another table of persons that fits every
#: total (tests/test_joint25.py test_the_months_answer_single_spaced_reads_two_ways_and_stays_loud).
#: These were strict xfails asking for the true cells; the reader must say it cannot tell, and
#: guess no cell.
TWO_WAYS = {("months", style, form) for style in STYLES for form in ("pdfplumber", "pypdf")}


def form_cases(answers, styles, forms, known: dict[tuple[str, str, str], str], keep=lambda style, form: True):
    """Every (answer, style, form) that `keep` keeps, as test parameters; those `known` not read
    yet marked strict xfails with their reason (strict: one that starts to pass is noticed)."""
    for name in answers:
        for style in styles:
            for form in forms:
                if not keep(style, form):
                    continue
                reason = known.get((name, style, form))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                yield pytest.param(name, style, form, marks=marks, id=f"{name}-{style}-{form}")


@pytest.mark.parametrize(("name", "style", "form"), list(form_cases(
    ANSWERS, STYLES, FORMS, KNOWN, lambda style, form: form != "pdftotext")))
def test_every_form_reads_the_truth_and_reports_exactly_what_it_holds(name, style, form):
    """The PDF and the text of every extractor that keeps a row's figures on a line: every cell
    is the truth's, and the findings are exactly the truth's — or, where the text reads two ways
    that both fit every total (:data:`TWO_WAYS`), every cell read is the truth's and the table's
    rows are reported not read."""
    if (name, style, form) in TWO_WAYS:
        answer, read = ANSWERS[name](), read_form(name, STYLES[style], form)
        assert set(read_cells(read)) <= set(truth(answer))
        assert not any(c.level == "row" for t in read.tables for c in t.cells)
        errors = {f.rule for f in audit(read).findings if f.severity == "error"}
        assert errors and errors <= {"ambiguous-alignment", "unreadable-table"}
        return
    check(ANSWERS[name](), read_form(name, STYLES[style], form), name)


@pytest.mark.parametrize("name", list(ANSWERS))
@pytest.mark.parametrize("style", list(STYLES))
def test_text_with_one_figure_per_line_is_read_right_or_unreadable_never_clean(name, style):
    """``pdftotext`` without ``-layout`` prints each cell of these tables as a paragraph: where
    the paragraphs come in the rows' order the table is read, to the truth and its findings
    (:mod:`okot_audit.read.paragraphs`); where not, no cell is guessed, and the table is an
    ``unreadable-table`` error. Each table is judged by its own lines: one read, another not."""
    read = read_form(name, STYLES[style], "pdftotext")
    unread = [i for i in read.issues if i.kind == "unreadable-table"]
    if read_cells(read) and not unread:
        check(ANSWERS[name](), read, name)
        return
    truths = [[cell[1:] for cell in truth(ANSWERS[name]()) if cell[0] == n] for n in range(len(ANSWERS[name]().tables))]
    for n in range(len(read.tables)):  # (a table read is read to the truth of one of the answer's)
        assert [cell[1:] for cell in read_cells(read) if cell[0] == n] in truths
    errors = [f.rule for f in audit(read).findings if f.severity != "info"]
    assert errors and set(errors) <= {"unreadable-table"} | {rule for rule, _, _ in EXPECTED[name][0]}
    assert "unreadable-table" in errors and {i.reason for i in unread} == {"one-figure-per-line"}


@pytest.mark.parametrize("name", list(ANSWERS))
def test_an_annex_a_web_page_and_windows_text(name):
    """The answer's tables as an ``.xlsx`` annex (no prose), as an HTML page, as ``pdftotext
    -layout`` text saved with CRLF in Windows-1252, and in UTF-8 with a BOM and CRLF."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = ANSWERS[name]()
    check(answer, parse_answer(source_from_bytes(write_xlsx(answer), f"{name}.xlsx")), name, prose=False)
    check(answer, parse_answer(source_from_bytes(write_html(answer), f"{name}.html")), name)
    if available("pdftotext-layout"):
        text = extract(pdf_of(name, Style()), "pdftotext-layout").replace("\n", "\r\n").encode("cp1252")
        check(answer, parse_answer(source_from_bytes(text, f"{name}.txt")), name)
        text = b"\xef\xbb\xbf" + extract(pdf_of(name, STYLES["ruled-narrow-break-repeat" if name != "months" else "ruled-top"]),
                                        "pdftotext-layout").replace("\n", "\r\n").encode("utf-8")
        check(answer, parse_answer(source_from_bytes(text, f"{name}.txt")), name)  # (a BOM, CRLF)


# ---------------------------------------------------------------------------------------------
# The fix of this round: a period's footnote mark wrapped onto a line of its own.

LAID_OUT_STAR = (
    "Leeftijdsklasse                            2019-2020 2020-2021 2021-2022 2022-2023\n"
    "                                                                                 *\n"
    "-25 jaar                                            193             180      142     176\n"
    "25-54 jaar                                          975           1.139      908    1.194\n"
    "Totaal                                            1.168          1.319      1.050   1.370\n"
)
SINGLE_STAR = (
    "Leeftijdsklasse 2019-2020 2020-2021 2021-2022 2022-2023\n"
    "*\n"
    "-25 jaar 193 180 142 176\n"
    "25-54 jaar 975 1.139 908 1.194\n"
    "Totaal 1.168 1.319 1.050 1.370\n"
)
HEAD = "OKOT's voor de onderwijssector\n\nAntwoord\n\nHieronder het aantal unieke cursisten dat startte.\n\n"


@pytest.mark.parametrize("table", [LAID_OUT_STAR, SINGLE_STAR], ids=["laid-out", "single-spaced"])
@pytest.mark.parametrize("note", ["* Schooljaar 2022-2023: voorlopige cijfers, situatie op 31 maart 2023.",
                                  "* Situatie op 31 maart 2023 (voorlopig) voor schooljaar 2022-2023."])
def test_a_mark_wrapped_below_its_period_makes_the_period_partial(table, note):
    """A narrow header cell wraps ``2022-2023*`` as ``2022-2023`` over ``*``: the mark is the
    period's (under it in laid-out text; in single-spaced text, the period its footnote names),
    and the period is partial (no ``partial-period`` was reported: the mark was lost)."""
    from okot_audit import read_text

    read = read_text(HEAD + table + "\n" + note + "\n", "generated.txt")
    assert [(p.label, p.partial) for p in read.tables[0].periods] == [
        ("2019-2020", False), ("2020-2021", False), ("2021-2022", False), ("2022-2023", True)]
    assert [(f.rule, f.period) for f in audit(read).findings] == [("partial-period", "2022-2023")]


def test_a_lone_mark_whose_footnote_names_no_period_is_given_to_none():
    """Single-spaced, the footnote naming no period of the header: the mark's place says
    nothing, so no period is taken for partial by guess."""
    from okot_audit import read_text

    read = read_text(HEAD + SINGLE_STAR + "\n* Voorlopige cijfers.\n", "generated.txt")
    assert [p.partial for p in read.tables[0].periods] == [False] * 4


WRAPPED_ABOVE = (
    "2022-2023\n"
    "Leeftijdsklasse 2019-2020 2020-2021 2021-2022 *\n"
    "-25 jaar 193 180 142 176\n"
    "25-54 jaar 975 1.139 908 1.194\n"
    "Totaal 1.168 1.319 1.050 1.370\n"
)


@pytest.mark.parametrize(("note", "partial"), [
    ("* Schooljaar 2022-2023: voorlopige cijfers.", "2022-2023"),
    ("* Schooljaar 2021-2022: zonder de tweede zittijd.", "2021-2022"),
])
def test_a_mark_a_space_after_a_period_whose_neighbour_wrapped_is_the_one_its_footnote_names(note, partial):
    """pdfplumber's lines of a header whose last cell wrapped (``2022-2023*`` bottom-aligned):
    the year above the line, its mark a space after ``2021-2022``. The footnote names the
    period: 2022-2023 (2021-2022 was reported partial and 2022-2023 not), or 2021-2022."""
    from okot_audit import read_text

    read = read_text(HEAD + WRAPPED_ABOVE + "\n" + note + "\n", "generated.txt")
    assert [p.label for p in read.tables[0].periods if p.partial] == [partial]
    assert [(f.rule, f.period) for f in audit(read).findings] == [("partial-period", partial)]


def noted_answer() -> Answer:
    """The profile answer with its last school year's note in the header cell, no footnote:
    ``2022-2023 (voorlopig)``, which a narrow cell wraps (``2022-2023`` / ``(voorlopig`` / ``)``)."""
    answer = profile_answer()
    for table in answer.tables:
        table.columns = [*table.columns[:-1], "2022-2023 (voorlopig)"]
        table.footnotes = []
    return answer


ANSWERS["noted"] = noted_answer
EXPECTED["noted"] = EXPECTED["profile"]

@pytest.mark.parametrize("style", ["ruled-top", "ruled-narrow-break-repeat", "plain-bottom-break", "ruled-bottom-break"])
@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"])
def test_a_note_in_brackets_wrapped_below_its_period_makes_it_partial(style, form):
    """``2022-2023 (voorlopig)`` wrapped in its cell: the cells are read, and 2022-2023 is
    partial. In laid-out text the note under its period was left aside (no ``partial-period``);
    in a PDF whose header cells sit at the bottom, the line of the other periods and the note's
    ``)`` was taken for a row (``unreadable-table``), as it was in its laid-out text (the
    bracket now given back to its note, read/closing.py). Single-spaced, under a line of
    several periods, no place says whose the note is: a provisional one is the latest period's
    (figures become final in the order of their periods, parse/regions.py
    _provisional_note_to_latest). Where the header's cells sit at the bottom, the period's own
    line stands above the others' and its note's pieces below it (read/closing.py
    closed_cell_notes)."""
    check(noted_answer(), read_form("noted", STYLES[style], form), "noted")


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_names_whose_figures_stand_on_their_last_line_under_months_over_their_years(ruled):
    """``pdftotext -layout`` of programmes by name, each name's figures beside its last line,
    under a header of month names over their years and ``Totaal`` (``Opleiding januari …`` /
    ``2023 2023 … Totaal``): each name is whole (before, read as if its figures stood on its
    first line: ``Graduaat orthopedagogie Professionele bachelor``, and nothing said)."""
    if not available("pdftotext-layout"):
        pytest.skip("pdftotext is not installed")
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = months_answer()
    text = extract(write_pdf(answer, Style(ruled=ruled, v_align="bottom")), "pdftotext-layout")
    check(answer, parse_answer(source_from_bytes(text.encode(), "months.txt")), "months")


PYPDF_HEADER = (
    "Tabel 1: gestarte cursisten naar leeftijdsklasse\n"
    "Leeftijdsklasse\n"
    "2019-2020 2020-2021 2021-2022\n"
    "2022-2023{mark}\n"
    "-25 jaar 193 180 142 176\n"
    "25-54 jaar 975 1.139 908 1.194\n"
    "Totaal 1.168 1.319 1.050 1.370\n"
)


@pytest.mark.parametrize("mark", ["", "\n*"], ids=["plain", "mark-wrapped"])
def test_pypdf_header_with_its_last_period_wrapped_onto_a_line_of_its_own(mark):
    """pypdf's lines of a header whose cells sit at the bottom and whose last one wrapped: the
    first cell alone, the periods, the last period (and its mark) below them. The four periods
    are read (it was an ``unreadable-table`` error: one period alone was taken for no header)."""
    from okot_audit import read_text

    note = "\n* Schooljaar 2022-2023: voorlopige cijfers.\n" if mark else ""
    read = read_text(HEAD + PYPDF_HEADER.format(mark=mark) + note, "generated.txt")
    assert read.issues == []
    assert [(p.label, p.partial) for p in read.tables[0].periods] == [
        ("2019-2020", False), ("2020-2021", False), ("2021-2022", False), ("2022-2023", bool(mark))]
    assert len(read.tables[0].cells) == 12


# ---------------------------------------------------------------------------------------------
# The same figures in two answers: a year completed, late registrations, a record withdrawn.

TEACHER_CODES = [("908001", "Educatieve bachelor voor kleuteronderwijs - 1ste jaar"),
                 ("908011", "Educatieve bachelor voor lager onderwijs - 1ste jaar"),
                 ("908015", "Specifieke lerarenopleiding (SLO)"),
                 ("908020", "Verkorte educatieve master")]


def revision_pair() -> tuple[Answer, Answer, dict[tuple[str, str], str]]:
    """Two answers about started teacher-training programmes. The first (October 2022) prints
    2019-2022, 2022 its first half only; the second (March 2024) prints 2020-2023, 2023 partial.
    Between them: 2022's second half came in (the period completed), six persons registered
    late for 2021 (a full year revised upwards), and one person's start in 2020 under 908015
    was withdrawn (a full year revised downwards). Returns both and, per (row key, period) the
    second prints differently, the severity ``figure-revised`` must give."""
    rng = random.Random(2307)
    codes = [c for c, _ in TEACHER_CODES]
    labels = {c: f"{c}: {name}" for c, name in TEACHER_CODES}
    years = ["2019", "2020", "2021", "2022", "2023"]
    sizes = {"908001": 120, "908011": 150, "908015": 60, "908020": 35}
    later = _people(rng, codes, years, sizes, twice=0.03, gaps=0.0)
    first_half = {(p, k, q) for p, k, q in later.members if q != "2022" or p % 2 == 0}
    late = sorted({p for p, k, q in later.members if q == "2021"})[:6]
    withdrawn = min(p for p, k, q in later.members if q == "2020" and k == "908015"
                    and sum(1 for m in later.members if m[0] == p) == 1)
    earlier = Persons()
    earlier.members = {m for m in first_half if m[0] not in late and m[2] != "2023"}
    later.members = {m for m in later.members if m[0] != withdrawn}

    def answer(persons: Persons, periods: list[str], partial: str, date: str, number: int, note: str) -> Answer:
        rows = unique_rows(persons, codes, labels, periods, "Totaal", codes={c: c for c in codes})
        return Answer(
            title="Onderwijskwalificerende opleidingstrajecten (OKOT’s) - Onderwijssector",
            before=[f"Schriftelijke vraag nr. {number} van {date} van Griet Coppé aan de minister van Werk.",
                    "Hoeveel unieke personen startten de voorbije jaren een OKOT die leidt tot een job in het "
                    "onderwijs? Graag per jaar en per opleiding.",
                    "Antwoord",
                    "Hieronder vindt u het aantal unieke cursisten met een gestarte OKOT per opleiding."],
            tables=[Table(caption="Unieke cursisten met gestarte OKOT'(s)", head="Opleiding",
                          columns=[*periods[:-1], f"{periods[-1]}*"], periods=periods, rows=rows,
                          footnotes=[note], partial=frozenset({partial}))],
            between=[["De cijfers zijn afkomstig uit het datawarehouse van VDAB."]],
            sector="onderwijs",
        )

    first = answer(earlier, years[:4], "2022", "14 oktober 2022", 74,
                   "* Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.")
    second = answer(later, years[1:], "2023", "8 maart 2024", 412,
                    "* 2023: voorlopige cijfers, januari tot en met juni.")
    expected = {}
    for key in [*codes, "Totaal"]:
        keys = set(codes) if key == "Totaal" else {key}
        for period in years[1:4]:
            before, after = earlier.count(keys, period), later.count(keys, period)
            if before and after and before != after:
                expected[(key, period)] = "warning" if after < before and period != "2022" else "info"
    return first, second, expected


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"])
def test_the_same_figures_in_two_answers(form, tmp_path):
    """Both answers in one run: 2022 completed and 2021's late registrations are information,
    the withdrawn start of 2020 a warning, at the later answer's cells; nothing else is
    reported but each answer's own facts (persons counted twice, partial periods, the periods
    a question asked that its answer does not give)."""
    if form != "pdf" and not available(form):
        pytest.skip(f"{form} is not installed")
    first, second, expected = revision_pair()
    paths = []
    for name, answer in (("a", first), ("b", second)):
        data = write_pdf(answer, Style())
        path = tmp_path / (f"{name}.pdf" if form == "pdf" else f"{name}.txt")
        path.write_bytes(data if form == "pdf" else extract(data, form).encode())
        paths.append(path)
    report = audit(paths)
    revised = {(f.training_code or "Totaal", f.period): f.severity for f in report.findings if f.rule == "figure-revised"}
    assert revised == expected
    assert all(f.path.endswith("b" + paths[1].suffix) for f in report.findings if f.rule == "figure-revised")
    others = {(f.rule, f.severity) for f in report.findings if f.rule != "figure-revised"}
    assert others <= {("parts-exceed-total", "info"), ("partial-period", "info"), ("period-not-given", "info")}


# ---------------------------------------------------------------------------------------------
# A breakdown by gender beside each province, under a caption that names the year mid-sentence.


def gender_answer() -> Answer:
    """Care sector, 2022 named in the prose and in the caption (``Gestarte cursisten in 2022
    naar geslacht en provincie``, no full stop): per province men, women and their total (a
    partition: the sum), closed by ``Vlaams Gewest`` (unique persons: three men and five women
    moved between provinces)."""
    rng = random.Random(2308)
    rows, men, women = [], 0, 0
    for province in PROVINCES:
        m, v = rng.randint(40, 400), rng.randint(100, 900)
        rows.append(Row(province, [m, v, m + v], province=province))
        men, women = men + m, women + v
    rows.append(Row("Vlaams Gewest", [men - 3, women - 5, men + women - 8], level="total", semantics="unique"))
    return Answer(
        title="OKOT’s in de zorgsector: gestarte cursisten naar geslacht",
        before=["Schriftelijke vraag nr. 55 van 3 februari 2023 van An Vermeersch.",
                "Hoeveel mannen en vrouwen startten in 2022 een OKOT in de zorg, per provincie?",
                "Antwoord",
                "In 2022 startten de volgende aantallen unieke cursisten een OKOT in de zorgsector."],
        tables=[Table(caption="Gestarte cursisten in 2022 naar geslacht en provincie", head="Provincie",
                      columns=["Man", "Vrouw", "Totaal"], periods=["2022"] * 3, rows=rows, thousands=True)],
        between=[["Wie tijdens het jaar verhuisde, telt mee in beide provincies."]],
        sector="zorg",
    )


@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"])
def test_a_caption_that_names_its_year_mid_sentence_is_no_header(style, form):
    """The caption above the header is no line of column names under a period (``2022`` over
    ``naar geslacht en provincie``): every row is read, each gender a table of its own, and the
    persons who moved are the only finding (each row was an ``unreadable-table`` error)."""
    answer = gender_answer()
    read = read_pdf_form(write_pdf(answer, STYLES[style]), form)
    got = sorted((t.id, c.label, c.period, c.count) for t in read.tables for c in t.cells)
    suffix = {"Man": "_man", "Vrouw": "_vrouw", "Totaal": ""}
    want = sorted((f"started_by_province{suffix[column]}", row.label, "2022", value)
                  for row in answer.tables[0].rows for column, value in zip(answer.tables[0].columns, row.values))
    assert got == want
    rows = answer.tables[0].rows
    assert sorted((f.rule, f.severity, f.stated, f.observed) for f in audit(read).findings) == sorted(
        ("parts-exceed-total", "info", rows[-1].values[k], sum(r.values[k] or 0 for r in rows[:-1])) for k in range(3))


def ages_answer() -> Answer:
    """Care sector, 2022 named in the prose and the caption: per province the age classes
    (digits in the columns' names, ``-25 jaar 25-54 jaar``, which ``pdftotext -layout`` sets a
    space apart) and their total (a partition), closed by ``Vlaams Gewest`` (unique persons)."""
    rng = random.Random(2309)
    rows, totals = [], [0, 0, 0]
    for province in PROVINCES:
        values = [rng.randint(20, 200), rng.randint(200, 900), rng.randint(5, 40)]
        rows.append(Row(province, [*values, sum(values)], province=province))
        totals = [a + b for a, b in zip(totals, values)]
    rows.append(Row("Vlaams Gewest", [totals[0] - 1, totals[1] - 4, totals[2], sum(totals) - 5], level="total"))
    return Answer(
        title="OKOT’s in de zorgsector: leeftijd van de cursisten",
        before=["Schriftelijke vraag nr. 61 van 9 februari 2023 van An Vermeersch.",
                "Wat is de leeftijd van wie in 2022 een OKOT in de zorg startte, per provincie?",
                "Antwoord",
                "De tabel geeft het aantal unieke cursisten dat in 2022 een OKOT in de zorgsector startte, naar "
                "leeftijdsklasse."],
        tables=[Table(caption="Tabel 3. Gestarte cursisten naar leeftijd (2022)", head="Provincie",
                      columns=["-25 jaar", "25-54 jaar", "55+ jaar", "Totaal"], periods=["2022"] * 4, rows=rows,
                      thousands=True)],
        between=[["Wie tijdens het jaar verhuisde, telt mee in beide provincies."]],
        sector="zorg",
    )


@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"])
def test_age_classes_as_columns_a_space_apart(style, form):
    """Every figure under its age class, the movers between provinces the only finding. In
    ``pdftotext -layout`` text the header's ``-25 jaar 25-54 jaar`` (one space apart) made it
    no header: it was joined to the first row, and then no column's name (``unreadable-table``)."""
    answer = ages_answer()
    read = read_pdf_form(write_pdf(answer, STYLES[style]), form)
    got = sorted((t.id, c.label, c.count) for t in read.tables for c in t.cells)
    suffix = {"-25 jaar": "_under_25_jaar", "25-54 jaar": "_25_54_jaar", "55+ jaar": "_55_plus_jaar", "Totaal": ""}
    table = answer.tables[0]
    assert got == sorted((f"started_by_province{suffix[column]}", row.label, value)
                         for row in table.rows for column, value in zip(table.columns, row.values))
    rows = table.rows
    assert sorted((f.rule, f.stated, f.observed) for f in audit(read).findings) == sorted(
        ("parts-exceed-total", rows[-1].values[k], sum(r.values[k] or 0 for r in rows[:-1]))
        for k in range(4) if rows[-1].values[k] != sum(r.values[k] or 0 for r in rows[:-1]))


def levels_answer() -> Answer:
    """The age classes' table with education levels for columns: in a 21 mm column the names
    break inside their words (``laaggesch`` / ``oold``)."""
    answer = ages_answer()
    answer.tables[0].columns = ["laaggeschoold", "middengeschoold", "hooggeschoold", "Totaal"]
    return answer


@pytest.mark.parametrize(("style", "form"), [
    ("ruled-top", "pdftotext-layout"),
    ("ruled-top", "pypdf"),
    ("plain-bottom-break", "pdf"),
    ("ruled-top", "pdf"),
])
def test_education_levels_as_columns_broken_inside_their_words(style, form):
    """Every figure under its education level (``laaggeschoold``, ``middengeschoold``,
    ``hooggeschoold``, each broken over two lines of its narrow cell). Before, in laid-out text
    and in an unruled PDF, the pieces kept a space between them (``laaggesch oold``: no
    category, no header found, unreadable-table): a word that makes a category of persons
    glues them (read/pdf.py _mend_broken_words)."""
    answer = levels_answer()
    read = read_pdf_form(write_pdf(answer, STYLES[style]), form)
    table = answer.tables[0]
    suffix = {"laaggeschoold": "_laaggeschoold", "middengeschoold": "_middengeschoold",
              "hooggeschoold": "_hooggeschoold", "Totaal": ""}
    assert sorted((t.id, c.label, c.count) for t in read.tables for c in t.cells) == sorted(
        (f"started_by_province{suffix[column]}", row.label, value)
        for row in table.rows for column, value in zip(table.columns, row.values))
    assert {f.severity for f in audit(read).findings} == {"info"}
