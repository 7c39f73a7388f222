"""Print an :class:`~generate.model.AnswerModel` the way PDF extraction prints an answer.

The renderer follows the spacing convention of :mod:`okot_audit.parse.cells` exactly — ``k``
blank cells before or between numbers are ``k + 1`` spaces, ``k > 0`` trailing blank cells are
``k + 1`` trailing spaces — and lays everything else out with the traps of the seeds: labels
wrapped over one to three lines with the numbers at the end of the last, wrapped headers,
floating province labels (alone, glued after a row's last number, before a code, or broken
over lines with blank lines between the pieces), page breaks with form feeds and a repeated
header, prose full of numbers and years, footnotes on starred periods, Dutch thousands
separators, CRLF, a BOM and other encodings.

Every table shape of the model prints here too: rows without codes (provinces, categories,
programme names, the latter wrapped like code labels), sector blocks (``Zorg`` … ``Subtotaal
zorg N``), a total column, a ``Totaal inschrijvingen`` line above ``Totaal unieke cursisten``,
school years and months in the header, or a single ``Aantal`` column whose period the prose
names (:func:`intro_sentences`, shared with the PDF documents); and the newer shapes: nested
totals (``Vlaams Gewest``, ``Brussel``, ``Totaal``), a total column printed first, the tables
printed together in one (:meth:`AnswerModel.frames`): a column of each measure under every
period (``2021 2022`` / ``gestart geslaagd gestart geslaagd``, or ``2021 gestart 2021
geslaagd …`` in one line), or a row of each (measures as rows, no total).

Every layout decision is drawn through a :class:`~generate.choices.Plan` keyed by what it is
about (a row's layout key, a table's uid), so a faulty copy of an answer renders with the same
layout. While it prints, the renderer records what a correct reader must read back: every
non-blank cell with its line (:class:`Expected`, from :meth:`TableModel.cells`), and which line
holds which row or total (`anchors`), so findings can be compared across renderings whose
lines differ.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from generate.choices import Plan
from generate.model import COLUMN_NAMES, Anchor, AnswerModel, Block, Row, TableModel, printed_period

SECTOR_WORDS = {"onderwijs": "Onderwijssector", "zorg": "Zorgsector"}

HEADERS = {
    "started": ("Unieke cursisten met gestarte OKOT'(s)", "Aantal unieke gestarte cursisten per opleiding"),
    "graduated": ("Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s)", "Unieke geslaagde cursisten"),
    "stopped_or_failed": (
        "Unieke cursisten met stopgezette en uitgevoerde maar niet geslaagde OKOT'(s)",
        "Unieke cursisten die hun opleiding stopgezet hebben",
    ),
}
#: What each table's answer item says it shows (the measure of a province table comes from it).
MEASURE_WORDS = {"started": "gestarte", "graduated": "geslaagde", "stopped_or_failed": "stopgezette"}
OVERVIEW = {
    "started": "het aantal gestarte unieke cursisten in de verschillende opleidingen",
    "graduated": "het aantal werkzoekenden dat de afgelopen jaren een diploma behaalde",
    "stopped_or_failed": "het aantal werkzoekenden dat een opleiding heeft stopgezet",
}
#: Sentences without measure words or words that make a period partial; {a} {b} numbers, {y} a year.
NEUTRAL = (
    "VDAB heeft de afgelopen jaren sterk ingezet op het verbreden van het erkende opleidingsaanbod.",
    "Zo werden in {y} nog {a} bijkomende vakken erkend voor leerkracht secundair onderwijs.",
    "Op dit moment kunnen werkzoekenden kiezen uit {a} opleidingen, terwijl er dat in {y} nog maar {b} waren.",
    "De groep werkzoekenden in onderstaande tabel is niet dezelfde groep als deze uit vraag {q}.",
    "In Oost-Vlaanderen loopt sinds {y} het proefproject INTRO met {a} deelnemers.",
    "Een opleidingstraject kan op individuele basis verlengd worden, bv. voor {a} van de {b} cursisten.",
    "Het aanbod werd uitgebreid naar alle Vlaamse provincies, ook naar Limburg en West-Vlaanderen.",
    "Er zijn in elke provincie VDAB-bemiddelaars die exclusief ingezet worden voor onderwijs.",
)
INTRO = (
    "Omdat veel knelpuntberoepen niet ingevuld raken, richtte VDAB enkele jaren geleden de OKOT’s op.",
    "Dit zijn voltijdse opleidingen van één tot drie jaar waarmee mensen een diploma kunnen behalen.",
    "Zo waren er vorig jaar {a} inschrijvingen, tegenover {b} in {y}.",
    "Er zijn steeds meer mensen die een dergelijke opleiding volgen, zo blijkt uit cijfers van {d} {m} {y}.",
    "Op dit moment kunnen werkzoekenden kiezen uit {a} opleidingen, terwijl er dat in {y} nog maar {b} waren.",
    "In antwoord op mijn schriftelijke vraag nr. {q} van {d} {m} {y} geeft de minister cijfers ter zake.",
)
QUESTIONS = (
    "Hoeveel unieke personen startten in de vijf recentste jaren waarvoor er cijfers beschikbaar zijn, een opleiding binnen een OKOT?",
    "Hoeveel unieke personen rondden het volledige opleidingstraject af van een OKOT die leidt tot een job?",
    "Hoeveel unieke personen stopten met hun OKOT zonder het diploma te behalen?",
    "In hoeverre spoort VDAB potentiële kandidaten daar actief toe aan?",
)
FOOTNOTES = {
    "*": "Voor het jaar {y} zijn enkel cijfers opgenomen van de eerste jaarhelft.",
    "**": "De cijfers voor {y} zijn voorlopig en kunnen nog wijzigen.",
}
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "september", "oktober", "november")
ENCODINGS = ("utf-8", "utf-8", "utf-8", "utf-8-sig", "cp1252", "utf-16")


class ExpectedCell(NamedTuple):
    """One non-blank cell as a correct reader reads it from the text (see
    :class:`generate.model.CellRecord`): label only for rows (folded), "" for total lines, whose
    printed words are `words`; `line` the line of its figure."""

    level: str
    code: str | None
    label: str
    province: str | None
    period: str
    count: int
    partial: bool
    line: int
    semantics: str | None
    words: str
    block: str | None


@dataclass
class Expected:
    """What a correct reader reads from one table."""

    measure: str
    layout: str  # the reader's table kind (``code_rows``, ``province_rows`` …)
    periods: list[tuple[str, bool]]  # (label, partial); a total column is ("Totaal", False)
    cells: list[ExpectedCell] = field(default_factory=list)


@dataclass
class Rendered:
    text: str
    tables: list[Expected]
    anchors: dict[int, Anchor]  # line -> the row, total, header or footnotes standing there
    encoding: str = "utf-8"
    crlf: bool = False

    def data(self) -> bytes:
        """The answer as the bytes of a file (line ends and encoding as drawn)."""
        text = self.text.replace("\n", "\r\n") if self.crlf else self.text
        return text.encode(self.encoding)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def fold(text: str) -> str:
    return " ".join(text.split())


def format_count(value: int, thousands: bool | str) -> str:
    """`value` as printed: its thousands apart where `thousands` says (True: the Dutch point,
    ``1.472``; a string: that separator, ``1 472`` with a space or a no-break space)."""
    if not thousands or value < 1000:
        return str(value)
    return f"{value:,}".replace(",", thousands if isinstance(thousands, str) else ".")


def typed_with_gaps(
    table: TableModel, gap: int, word: str = "Opleiding", thousands: bool = False, header_gap: int | None = None,
    row_gaps: Sequence[int] | None = None,
) -> list[str]:
    """The lines of `table` (one block of rows and its total, no blank cell) as a person types
    it with spaces in an e-mail or a Word answer: every cell — the header's `word` and periods,
    each row's name and counts, the total's — `gap` spaces after the one before it, nothing
    aligned in columns (where a figure stands, the name before it says). `header_gap`: the
    header's own gap, where it is typed with another than its rows' (`gap` where None).
    `row_gaps`: each row's own gap (the total's last), where each row is typed with its own."""
    lines = [(" " * (header_gap or gap)).join([word, *(printed_period(p) for p in table.periods)])]
    named = [*((row.label, row.counts) for row in table.rows()), ("Totaal", table.total)]
    for k, (name, counts) in enumerate(named):
        figures = [counts[p] for p in table.periods]
        assert None not in figures, "typed with even gaps: a table without blank cells"
        apart = " " * (row_gaps[k % len(row_gaps)] if row_gaps else gap)
        lines.append(apart.join([name, *(format_count(f, thousands) for f in figures if f is not None)]))
    return lines


def numeric_tail(values: list[int | None], thousands: bool, mark: str | None = None) -> str:
    """The numbers of a line after its label, blanks as extra spaces (the convention), or
    each blank as `mark` (``-``, ``x``) where the table prints one."""
    if mark is not None:
        return "".join(" " + (mark if value is None else format_count(value, thousands)) for value in values)
    out, pending = [], 0
    for value in values:
        if value is None:
            pending += 1
            continue
        out.append(" " * (pending + 1) + format_count(value, thousands))
        pending = 0
    if pending:
        out.append(" " * (pending + 1))
    return "".join(out)


#: What a table without codes is broken down by, in the words of its intro and its header.
BY_WORDS = {
    "province": ("per provincie", "Provincie"), "programme": ("per opleiding", "Opleiding"),
    "code": ("per opleiding", "Opleiding"),
    "age": ("naar leeftijd", "Leeftijd"), "gender": ("naar geslacht", "Geslacht"),
    "education": ("naar scholingsniveau", "Scholingsniveau"),
    "measure": ("per jaar", "Jaar"),
    "nationality": ("naar nationaliteit", "Nationaliteit"),
}


def breakdown(table: TableModel) -> tuple[str, str]:
    """(intro words, header word) of what the rows of `table` are."""
    shape = table.shape
    return BY_WORDS[shape.attribute or shape.rows]


def intro_sentences(index: int, table: TableModel) -> list[str]:
    """The sentences of the answer item that introduces `table` (text and PDF alike): its
    number, what it counts, and — for a single period — the period and whether it is partial;
    the seeds' shapes keep the seeds' words."""
    shape = table.shape
    last = table.periods[-1]
    word = MEASURE_WORDS[table.measure]
    if shape.side:  # what each column or row counts, its header says
        if shape.rows == "measure":
            sentences = [f"{index + 1}. Onderstaande tabel geeft een overzicht van de OKOT-trajecten."]
        else:
            sentences = [f"{index + 1}. Hieronder vindt u het aantal unieke cursisten {breakdown(table)[0]}."]
        return sentences + [f"De cijfers voor {printed_period(p)} zijn voorlopig." for p in sorted(table.said_partial)]
    if shape.periods != "prose":
        if shape.rows == "code":
            sentences = [f"{index + 1}. Hieronder vindt u een overzicht van {OVERVIEW[table.measure]}."]
        else:
            sentences = [f"{index + 1}. Hieronder vindt u het aantal {word} unieke cursisten {breakdown(table)[0]}."]
        return sentences + [f"De cijfers voor {printed_period(p)} zijn voorlopig." for p in sorted(table.said_partial)]
    sentences = [f"{index + 1}. Hieronder vindt u de gevraagde gegevens voor {last}."]
    if table.partial(last):
        sentences.append(f"De cijfers geven het aantal {word} cursisten weer van januari {last} tot en met oktober {last}.")
    else:
        sentences.append(f"De cijfers geven het aantal {word} cursisten weer voor het volledige jaar {last}.")
    if shape.blocks == "province":
        sentences.append("De cijfers hieronder geven het aantal unieke cursisten per opleiding en per provincie weer.")
    elif shape.rows != "code":
        sentences.append(f"De cijfers hieronder geven het aantal unieke cursisten {breakdown(table)[0]} weer.")
    return sentences


def printed_columns(table: TableModel) -> list[str]:
    """The figure columns' headings as printed: ``Aantal`` for one period named in the prose,
    periods with their stars, ``Totaal`` where the total column stands."""
    if table.shape.periods == "prose":
        periods = ["Aantal"]
    else:
        periods = [printed_period(p) + table.stars.get(p, "") for p in table.periods]
    if not table.shape.total_column:
        return periods
    return ["Totaal", *periods] if table.shape.total_first else [*periods, "Totaal"]


def turned_columns(table: TableModel) -> list[str]:
    """The columns of a table printed on its side: each row's code (or label), then the total's."""
    return [row.code or row.label for row in table.rows()] + [table.total_words()]


def header_words(table: TableModel, words: str) -> str:
    """The header row's text: `words` (the first cell) and the period columns as printed."""
    return " ".join([words, *printed_columns(table)])


def column_names(frame: list[TableModel]) -> list[str]:
    """What each column under a period is headed with, in a table of several measures side by
    side (``gestart geslaagd``); [] for one column per period."""
    return [COLUMN_NAMES[t.measure] for t in frame] if frame[0].shape.side and frame[0].shape.rows != "measure" else []


def frame_values(frame: list[TableModel], counts) -> list[int | None]:
    """A printed line's figures: per column of the first table, each table's figure (`counts`
    gives a table's figures of the line by column)."""
    return [counts(t).get(p) for p in frame[0].columns for t in frame]


class _Page:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, text: str = "") -> int:
        self.lines.append(text)
        return len(self.lines)

    def blank(self, n: int = 1) -> None:
        for _ in range(n):
            self.add("")


def render(answer: AnswerModel, plan: Plan, *, encodings: bool = True) -> Rendered:
    """Print `answer`; with `encodings` also draw line ends and an encoding for :meth:`data`."""
    return _Renderer(answer, plan).run(encodings)


class _Renderer:
    def __init__(self, answer: AnswerModel, plan: Plan) -> None:
        self.answer = answer
        self.plan = plan
        self.page = _Page()
        self.anchors: dict[int, Anchor] = {}
        self.expected: list[Expected] = []

    # -- the answer ---------------------------------------------------------------------------

    def run(self, encodings: bool) -> Rendered:
        plan, page = self.plan, self.page
        self.title()
        page.blank()
        for i in range(plan.get(("intro",), lambda c: c.integer(0, 3))):
            self.paragraph(("intro", i), [self.sentence(("intro", i, j), INTRO) for j in range(plan.get(("intro", i, "n"), lambda c: c.integer(1, 3)))])
            page.blank()
        for i in range(plan.get(("questions",), lambda c: c.integer(0, 3))):
            self.paragraph(("question", i), [f"{i + 1}. " + plan.get(("question", i, "t"), lambda c: c.choice(QUESTIONS))])
            page.blank()
        number, day, month, year = self.answer.question
        page.blank(plan.get(("gap",), lambda c: c.integer(0, 2)))
        page.add("JO BOURNS")
        page.add("VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW")
        page.blank()
        page.add("ANTWOORD ")
        page.add(f"op vraag nr. {number} van {day} {month} {year}")
        page.add("van JAN LAEREMANS")
        page.blank()
        for index, frame in enumerate(self.answer.frames()):
            self.table(index, frame)
        for i in range(plan.get(("after",), lambda c: c.integer(0, 2))):
            self.paragraph(("after", i), [self.sentence(("after", i, j), NEUTRAL) for j in range(2)])
            page.blank()
        page.blank(plan.get(("tail",), lambda c: c.integer(0, 2)))
        text = "\n".join(page.lines) + "\n"
        rendered = Rendered(text, self.expected, self.anchors)
        if encodings:
            rendered.encoding = plan.get(("encoding",), lambda c: c.choice(ENCODINGS))
            rendered.crlf = plan.get(("crlf",), lambda c: c.chance(30))
        return rendered

    def title(self) -> None:
        word = SECTOR_WORDS[self.answer.sector]
        style = self.plan.get(("title",), lambda c: c.integer(0, 2))
        if style == 0:
            self.page.add(" Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT’s)  -  ")
            self.page.add(word)
        elif style == 1:
            self.page.add(f"OKOT's - {word}")
        else:
            self.page.add(f"Onderwijskwalificerende opleidingstrajecten (OKOT's) - {word}")

    # -- prose --------------------------------------------------------------------------------

    def sentence(self, key, templates) -> str:
        template = self.plan.get(key + ("t",), lambda c: c.choice(templates))
        values = self.plan.get(key + ("v",), lambda c: {
            "a": c.integer(2, 9999), "b": c.integer(2, 999), "y": c.integer(2010, 2024),
            "q": c.integer(1, 400), "d": c.integer(1, 28), "m": c.choice(MONTHS),
        })
        return template.format(**values)

    def paragraph(self, key, sentences: list[str]) -> None:
        """Sentences wrapped at a drawn width; lines keep the trailing space PDFs leave."""
        width = self.plan.get(key + ("width",), lambda c: c.integer(50, 95))
        words = " ".join(sentences).split()
        line = ""
        for word in words:
            if line and len(line) + 1 + len(word) > width and not _bad_line_start(word):
                self.page.add(line + " ")
                line = word
            else:
                line = f"{line} {word}" if line else word
        if line:
            self.page.add(line)

    # -- tables -------------------------------------------------------------------------------

    def table(self, index: int, frame: list[TableModel]) -> None:
        plan, page = self.plan, self.page
        table = frame[0]
        shape = table.shape
        sentences = intro_sentences(index, table)
        if shape.periods != "prose":
            extra = [self.sentence(("sec", table.uid, j), NEUTRAL) for j in range(plan.get(("sec", table.uid), lambda c: c.integer(0, 2)))]
            sentences[1:1] = extra
            if plan.get(("later", table.uid), lambda c: c.chance(30)):
                later = int(table.periods[-1][:4]) + 1
                sentences.append(f"Voor {later} zijn de voorlopige cijfers pas beschikbaar half november {later}.")
        else:
            year = table.periods[0]
            if table.partial(year):  # the text's answers also say when the final figures come
                sentences.insert(2, f"De definitieve cijfers voor {year} zijn beschikbaar vanaf 1 februari {int(year) + 1}.")
            if shape.blocks == "province" and plan.get(("sum", table.uid), lambda c: c.chance(50)):
                sentences.append("Bij deze tabellen mag je niet zomaar de som nemen van alle tussentotalen.")
        self.paragraph(("sec", table.uid), sentences)
        page.blank()
        header = self.header_lines(frame)
        first = None
        for text in header:
            line = page.add(text)
            first = first or line
        self.anchors[first] = ("header", table.uid)
        words: dict[Anchor, str] = {}
        if shape.turned:
            self.turned_lines(table)
        elif shape.blocks == "province":
            for block in table.blocks:
                self.province_block(table, block, header, words)
        elif shape.rows == "measure":  # a row per table: each its own
            for member in frame:
                [row] = member.rows()
                self.row(member, member.blocks[0], row, [row.counts.get(p) for p in member.columns])
                self.page_break(table, row, header)
        else:
            for b, block in enumerate(table.blocks):
                if block.sector:
                    self.anchors[page.add(block.sector.capitalize())] = ("sector", table.uid, block.index)
                for j, row in enumerate(block.rows):
                    self.row(table, block, row, frame_values(frame, lambda t: t.blocks[b].rows[j].counts))
                    self.page_break(table, row, header)
                if block.subtotal is not None:
                    self.total_line(table, table.subtotal_anchor(block), frame_values(frame, lambda t: t.blocks[b].subtotal),
                                    block.words, words)
            if table.enrolments is not None:
                self.total_line(table, table.enrolments_anchor(), frame_values(frame, lambda t: t.enrolments),
                                "Totaal inschrijvingen", words)
        if table.has_total and not shape.turned:
            self.total_line(table, table.total_anchor(), frame_values(frame, lambda t: t.total), self.total_words(table), words)
        if shape.turned:
            words[table.total_anchor()] = table.total_words()
        lines = {anchor: line for line, anchor in self.anchors.items()}
        for member in frame:
            periods = [(p, member.partial(p) if p != "Totaal" else False) for p in member.columns]
            expected = Expected(member.measure, member.shape.kind, periods)
            self.expected.append(expected)
            cells = member.cells()
            if shape.turned:  # (line by line: a period's figures, its total's last)
                cells.sort(key=lambda c: member.periods.index(c.period))
            for c in cells:
                expected.cells.append(ExpectedCell(
                    c.level, c.code, c.label, c.province, c.period, c.count, c.partial, lines[member.place_of(c)],
                    c.semantics, words.get(c.anchor, c.words), c.block,
                ))
        page.blank()
        if table.stars:
            page.blank(plan.get(("fgap", table.uid), lambda c: c.integer(0, 2)))
            first_note = None
            for period, stars in sorted(table.stars.items(), key=lambda kv: len(kv[1])):
                note = stars + FOOTNOTES[stars].format(y=printed_period(period))
                line = page.add(note + (" " if plan.get(("fsp", table.uid), lambda c: c.chance(50)) else ""))
                first_note = first_note or line
                page.blank()
            self.anchors[first_note] = ("footnotes", table.uid)
        for i in range(plan.get(("post", table.uid), lambda c: c.integer(0, 2))):
            self.paragraph(("post", table.uid, i), [self.sentence(("post", table.uid, i, j), NEUTRAL) for j in range(2)])
            page.blank()
        page.blank(plan.get(("pgap", table.uid), lambda c: c.integer(0, 2)))

    def turned_lines(self, table: TableModel) -> None:
        """A table on its side: a line per period (its figures a column per row, the total's
        last), in the order of the periods."""
        rows = table.rows()
        for period in table.periods:
            values = [row.counts.get(period) for row in rows] + [table.total.get(period)]
            tail = numeric_tail(values, self.answer.thousands, table.shape.blank_mark)
            line = self.page.add(printed_period(period) + table.stars.get(period, "") + tail)
            self.anchors[line] = table.period_anchor(period)

    def header_lines(self, frame: list[TableModel]) -> list[str]:
        table = frame[0]
        if table.shape.turned:
            return [" ".join(["Jaar", *turned_columns(table)])]
        if table.shape.blocks == "province":  # (``Aantal`` for one period named in the prose)
            return [header_words(table, "Provincie Opleiding")]
        if table.shape.rows == "code" and not table.shape.side:
            words = self.plan.get(("hdr", table.uid), lambda c: c.choice(HEADERS[table.measure]))
        else:
            words = breakdown(table)[1]
        names = column_names(frame)
        if names:  # the columns' names below the periods, or each period with each name in one line
            periods = printed_columns(table)
            one_line = " ".join([words, *(f"{p} {n}" for p in periods for n in names)])
            # (one line as a PDF's cells give it — as wide as a page's line holds)
            if len(one_line) <= 160 and self.plan.get(("names", table.uid), lambda c: c.chance(30)):
                return [one_line]
            return [header_words(table, words), " ".join(names * len(periods))]
        tokens = words.split()
        split = self.plan.get(("hsplit", table.uid), lambda c: c.integer(1, len(tokens) - 1) if c.chance(40) and len(tokens) > 1 else 0)
        if split:
            return [" ".join(tokens[:split]) + " ", header_words(table, " ".join(tokens[split:]))]
        return [header_words(table, words)]

    def total_words(self, table: TableModel) -> str:
        if table.shape.blocks == "province":
            return "Eindtotaal"
        if table.shape.total_words:
            return table.shape.total_words
        return self.plan.get(("tw", table.uid), lambda c: "Totaal unieke cursisten" if c.chance(15) else "Totaal")

    def total_line(self, table: TableModel, anchor: Anchor, ordered: list[int | None], words: str, printed: dict[Anchor, str]) -> None:
        """A total line: `words`, then its figures (`ordered`, as :func:`frame_values` gives them)."""
        tail = numeric_tail(ordered, self.answer.thousands, table.shape.blank_mark)
        level, block = anchor[0], anchor[2] if anchor[0] == "subtotal" else None
        space = " " if ordered[-1] is not None and self.plan.get(("tsp", table.uid, level, block), lambda c: c.chance(30)) else ""
        line = self.page.add(words + tail + space)
        self.anchors[line] = anchor
        printed[anchor] = words

    def province_block(self, table: TableModel, block: Block, header: list[str], words: dict[Anchor, str]) -> None:
        plan = self.plan
        n = len(block.rows)
        key = ("prov", table.uid, block.index)
        style = plan.get(key, lambda c: c.choice(("none", "alone", "alone", "glued", "broken", "broken", "prefix")))
        lowest = -1 if block.index > 0 and style in ("alone", "broken") else 0
        at = plan.get(key + ("at",), lambda c: c.integer(lowest, n - 1))
        if at == -1:
            self.floating_label(key, block.province, style)
        for j, row in enumerate(block.rows):
            glue = style == "glued" and j == at
            prefix = style == "prefix" and j == at
            self.row(table, block, row, [row.counts.get(p) for p in table.columns],
                     glue=block.province if glue else None, prefix=block.province if prefix else None)
            if j == at and style in ("alone", "broken"):
                self.floating_label(key, block.province, style)
            self.page_break(table, row, header)
        self.total_line(table, table.subtotal_anchor(block), [block.subtotal.get(p) for p in table.columns], block.words, words)

    def floating_label(self, key, province: str, style: str) -> None:
        page, plan = self.page, self.plan
        before = plan.get(key + ("before",), lambda c: c.choice(("", "", " ", "blank2")))
        if before == "blank2":
            page.add("")
            page.add(" ")
        elif before == " ":
            page.add(" ")
        elif plan.get(key + ("b1",), lambda c: c.chance(60)):
            page.add("")
        lead = " " if plan.get(key + ("lead",), lambda c: c.chance(40)) else ""
        if style == "alone":
            page.add(lead + province)
        else:
            cuts = plan.get(key + ("cuts",), lambda c: sorted(set(c.integer(1, len(province) - 1) for _ in range(c.integer(1, 2)))))
            pieces = [province[i:j] for i, j in zip([0, *cuts], [*cuts, len(province)])]
            for k, piece in enumerate(pieces):
                if k and plan.get(key + ("gap", k), lambda c: c.chance(50)):
                    page.add("")
                page.add((lead if k == 0 else "") + piece)
        if plan.get(key + ("after",), lambda c: c.chance(70)):
            page.add("")

    def row(
        self, table: TableModel, block: Block, row: Row, values: list[int | None], glue: str | None = None,
        prefix: str | None = None,
    ) -> None:
        """A row's line(s): its label, maybe wrapped, then its figures (`values`, in print order)."""
        plan, k = self.plan, row.layout
        segments = self.label_segments(row) if table.shape.rows in ("code", "programme") else [row.label]
        tail = numeric_tail(values, self.answer.thousands, table.shape.blank_mark)
        lines = []
        for i, segment in enumerate(segments):
            text = f"{row.code}: {segment}" if i == 0 and row.code else segment
            if i == 0 and prefix:
                text = f"{prefix} {text}"
            if i < len(segments) - 1:
                if plan.get(("lsp", k, i), lambda c: c.chance(70)):
                    text += " "
            else:
                text += tail
                if glue:
                    text += " " + glue
                elif values[-1] is not None and plan.get(("rsp", k), lambda c: c.chance(25)):
                    text += " "
            lines.append(self.page.add(text))
        self.anchors[lines[-1]] = row.anchor

    def label_segments(self, row: Row) -> list[str]:
        """The label cut over one to three lines at drawn fractions (the last keeps a word)."""
        plan, k = self.plan, row.layout
        tokens = row.label.split()
        n = plan.get(("lines", k), lambda c: c.choice((1, 1, 2, 2, 2, 3)))
        fractions = plan.get(("cuts", k), lambda c: [c.integer(1, 99) for _ in range(2)])[: n - 1]
        cuts = sorted({min(len(tokens) - 1, max(1, round(f * len(tokens) / 100))) for f in fractions})
        cuts = [c for c in cuts if 0 < c < len(tokens)]
        double = plan.get(("dbl", k), lambda c: c.integer(1, 99) if c.chance(10) else 0)
        segments = []
        for i, j in zip([0, *cuts], [*cuts, len(tokens)]):
            part = tokens[i:j]
            if double and len(part) > 1:
                at = 1 + double % (len(part) - 1)
                part = part[:at - 1] + [part[at - 1] + " "] + part[at:]  # a double space inside
                double = 0
            segments.append(" ".join(part))
        return segments

    def page_break(self, table: TableModel, row: Row, header: list[str]) -> None:
        plan, page = self.plan, self.page
        key = ("pb", table.uid, row.layout)
        if not plan.get(key, lambda c: c.chance(10)):
            return
        for i in range(plan.get(key + ("n",), lambda c: c.integer(1, 4))):
            page.add(" " if plan.get(key + ("sp", i), lambda c: c.chance(20)) else "")
        feed = "\f" if plan.get(key + ("ff",), lambda c: c.chance(50)) else ""
        if plan.get(key + ("hdr",), lambda c: c.chance(40)):
            # (a header repeats at the top of a new page: its form feed before it, so that a
            # reader that knows the pages tells it from the next table's header on the same page)
            for i, text in enumerate(header):
                page.add(("\f" if i == 0 else "") + text)
            return
        if feed:
            page.add(feed)


#: Where a name's number range (``2 - 3``) may break over lines: after its opening figure (``… 2`` /
#: ``- 3 …``), after its dash (``… 2 -`` / ``3 …``), or around its dash (``… 2`` / ``-`` / ``3 …``).
RANGE_BREAKS = ("after-start", "after-dash", "dash-alone")


def range_segments(label: str, where: str, then: int | None = None) -> list[str]:
    """The lines of `label`, which holds a range of single digits (``bijkomende 2 - 3 en``),
    cut `where` (one of :data:`RANGE_BREAKS`) — a name wrapped inside its range, as a PDF's
    narrow cell wraps it — and, where `then` is given, cut again that many words after the
    range's end (``… 2 -`` / ``3 en bachelor`` / ``Educatieve …``)."""
    tokens = label.split()
    at = next(i for i in range(len(tokens) - 2)
              if tokens[i].isdigit() and tokens[i + 1] in ("-", "\u2013") and tokens[i + 2].isdigit())
    cuts = {"after-start": [at + 1], "after-dash": [at + 2], "dash-alone": [at + 1, at + 2]}[where]
    if then is not None and at + 3 + then < len(tokens):
        cuts.append(at + 3 + then)
    return [" ".join(tokens[i:j]) for i, j in zip([0, *cuts], [*cuts, len(tokens)]) if tokens[i:j]]


def _bad_line_start(word: str) -> bool:
    """Prose must not wrap so that a line starts like an item, a footnote, a code or a total."""
    return bool(re.match(r"^(\d{1,2}\.|[a-z]\)|\*|\d{6}|totaal|eindtotaal)", word, re.I))


def paragraphs_of_cells(table: TableModel, late: int = 0, width: int = 30) -> str:
    """`table` as plain ``pdftotext`` (no ``-layout``) prints it: every cell a paragraph of its own
    (a label's lines wrapped at `width`, each figure alone), a blank cell no paragraph. The last
    `late` lines (rows, then the total line) print as a tall label cell comes out: their figures
    first, then their labels, then the total's last figure (``28`` / ``189`` / ``Kapper …`` /
    ``Totaal`` / ``150``)."""
    from generate.laid import wrap

    items = [(f"{row.code}: {row.label}" if row.code else row.label, [row.counts.get(p) for p in table.columns])
             for row in table.rows()]
    items.append((table.total_words(), [table.total.get(p) for p in table.columns]))
    paragraphs = ["\n".join(wrap(header_words(table, "Unieke cursisten met").split(" 20")[0], width))]
    paragraphs += printed_columns(table)
    cut = len(items) - min(late, len(items) - 1)
    for label, values in items[:cut]:
        paragraphs.append("\n".join(wrap(label, width)))
        paragraphs += [format_count(v, False) for v in values if v is not None]
    if cut < len(items):
        figures = [format_count(v, False) for _, values in items[cut:] for v in values if v is not None]
        paragraphs += figures[:-1]
        paragraphs.append("\n".join(line for label, _ in items[cut:] for line in wrap(label, width)))
        paragraphs += figures[-1:]
    return "\n\n".join(paragraphs) + "\n"


def lines_of_rows(table: TableModel, late: int = 0, width: int = 30, header: bool = False, wrapped: bool = True) -> str:
    """`table` as an extractor that keeps each row's cells on its line prints it, single-spaced: a
    row's label (wrapped at `width`, or on one line unless `wrapped`) with its figures after its
    first line, no header of periods unless `header`. The last `late` lines (rows, then the total line) print as a tall label cell
    comes out: their figures first, a line each, then their labels, then the total's last figure
    alone (``20 23 43`` / ``Bakker brood`` / ``en banket`` / ``Totaal`` / ``86``)."""
    from generate.laid import wrap

    items = [(f"{row.code}: {row.label}" if row.code else row.label, [row.counts.get(p) for p in table.columns])
             for row in table.rows()]
    items.append((table.total_words(), [table.total.get(p) for p in table.columns]))
    out = [" ".join(["Opleiding", *printed_columns(table)]) if header else "Opleiding", ""]
    cut = len(items) - min(late, len(items) - 1)
    for label, values in items[:cut]:
        pieces = wrap(label, width if wrapped else len(label))
        figures = " ".join(format_count(v, False) for v in values if v is not None)
        out += [f"{pieces[0]} {figures}", *pieces[1:]]
    if cut < len(items):
        figures = [[format_count(v, False) for v in values if v is not None] for _, values in items[cut:]]
        last = figures[-1].pop()
        out += [" ".join(f) for f in figures if f]
        out += [line for label, _ in items[cut:] for line in wrap(label, width)]
        out += ["", last]
    return "\n".join(out) + "\n"
