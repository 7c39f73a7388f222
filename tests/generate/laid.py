"""Print an :class:`~generate.model.AnswerModel` as laid-out text (``pdftotext -layout``'s form).

The PDF round trip (:mod:`generate.pdf`, then ``pdftotext -layout``) gives laid-out text of one
typesetter's tables only. This renderer draws the geometry itself, so that the reader meets the
forms other word processors and extractors give: every word at a character column, a table's
figures right-aligned under their periods, columns two to six spaces apart, a label wrapped in
a label column of 24 to 60 characters with its figures on the first, middle or last of its
lines, a header whose words wrap in their cells (``maart`` above ``2016``) and whose first cell
wraps with the periods on its last line, rows with or without blank lines between them, a
province column whose name stands once per block (on a row's line or on a line of its own
between two rows), sector names on lines of their own, blank cells left empty or printed as a
mark in their column, pages parted by form feeds with a page number and a running header and
the table's header repeated (or not) on the next page, and prose justified with runs of spaces
between its words — numbers and years among them.

:func:`render_laid` returns the text and, for every printed row and total line, the line of
the text that holds its figures (by the model's anchor), which a correct reader reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generate.choices import Chooser, Plan
from generate.model import Anchor, AnswerModel, TableModel, printed_period
from generate.render import (
    FOOTNOTES, HEADERS, NEUTRAL, SECTOR_WORDS, breakdown, column_names, format_count, frame_values, intro_sentences,
    printed_columns,
)

RUNNING = "Vlaams Parlement - Schriftelijke vragen en antwoorden"


@dataclass(frozen=True)
class LaidStyle:
    """How a table is laid out: the width of its label column (and of a province column), the
    spaces between its figure columns, where a wrapped label's figures stand, whether a blank
    line parts its rows, whether a period heading of two words wraps in its cell, after how
    many rows a page ends (None: never), and whether the header repeats on the next page."""

    label_width: int = 40
    province_width: int = 18
    gap: int = 3
    v_align: str = "top"  # top | middle | bottom
    row_gap: bool = True
    wrap_heads: bool = True
    page_rows: int | None = None
    repeat_header: bool = True
    justify: bool = True
    province_apart: bool = False  # a block's province on a line of its own between two rows
    #: How a page's number is printed at its foot (``{n}``: the page's number; ``p. {n}``, ``- {n} -``),
    #: and whether a form feed parts the pages (else they run together, single-spaced text). Not
    #: drawn by :func:`draw_laid_style` (its draws stay as they were): a test sets them.
    page_number: str = "{n}"
    feeds: bool = True
    #: How many characters left of its figures' right edge a period's label ends (a label set at
    #: its cell's left over figures set at its right: ``2019`` ending four characters before ``349``),
    #: and how far every later page's columns stand from the first page's (``pdftotext -layout``
    #: lays each page out on its own grid: the header printed again and the figures below it moved
    #: together, ``-2``: two characters left). Not drawn by :func:`draw_laid_style` either.
    head_inset: int = 0
    page_shift: int = 0


def draw_laid_style(ch: Chooser) -> LaidStyle:
    return LaidStyle(
        label_width=ch.integer(24, 60), province_width=ch.integer(16, 24), gap=ch.integer(2, 6),
        v_align=ch.choice(("top", "middle", "bottom")), row_gap=ch.chance(50), wrap_heads=ch.chance(50),
        page_rows=ch.integer(3, 12) if ch.chance(30) else None, repeat_header=ch.chance(50), justify=ch.chance(70),
        province_apart=ch.chance(40),
    )


@dataclass
class Laid:
    """The laid-out text and the line (1-based) that holds each anchor's figures."""

    text: str
    lines: dict[Anchor, int] = field(default_factory=dict)


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` characters, broken at spaces (a longer word alone)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines


def justified(line: str, width: int) -> str:
    """`line` stretched to `width` with runs of spaces between its words (a justified line)."""
    words = line.split()
    if len(words) < 2 or len(line) >= width:
        return line
    spaces = width - sum(len(w) for w in words)
    gaps = len(words) - 1
    out = []
    for i, word in enumerate(words[:-1]):
        out.append(word + " " * (spaces // gaps + (1 if i < spaces % gaps else 0)))
    return "".join(out) + words[-1]


def render_laid(answer: AnswerModel, plan: Plan, style: LaidStyle) -> Laid:
    return _Laid(answer, plan, style).run()


class _Laid:
    def __init__(self, answer: AnswerModel, plan: Plan, style: LaidStyle) -> None:
        self.answer, self.plan, self.style = answer, plan, style
        self.out: list[str] = []
        self.lines: dict[Anchor, int] = {}
        self.page = 1
        self.rows_on_page = 0

    def add(self, text: str = "") -> int:
        self.out.append(text.rstrip())
        return len(self.out)

    def run(self) -> Laid:
        number, day, month, year = self.answer.question
        if self.style.page_rows is not None:  # (a running header on every page, the first too)
            self.add(RUNNING)
            self.add()
        self.add(f"Onderwijskwalificerende opleidingstrajecten (OKOT's) - {SECTOR_WORDS[self.answer.sector]}")
        self.add()
        for text in ("JO BOURNS", "VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW", "",
                     "ANTWOORD", f"op vraag nr. {number} van {day} {month} {year}", "van JAN LAEREMANS", ""):
            self.add(text)
        for index, frame in enumerate(self.answer.frames()):
            self.table(index, frame)
        self.add()
        if self.style.page_rows is not None:
            self.add(" " * 40 + self.style.page_number.format(n=self.page))
        return Laid("\n".join(self.out) + "\n", self.lines)

    def prose(self, sentences: list[str]) -> None:
        lines = wrap(" ".join(sentences), 92)
        for i, line in enumerate(lines):
            self.add(justified(line, 92) if self.style.justify and i < len(lines) - 1 else line)
        self.add()

    # -- a table -------------------------------------------------------------------------------

    def table(self, index: int, frame: list[TableModel]) -> None:
        table = frame[0]
        assert not table.shape.turned and table.shape.rows != "measure", "laid out: tables of rows only"
        extra = [self.plan.get(("laid", "sec", table.uid, j), lambda c: c.choice(NEUTRAL)).format(a=17, b=4, y=2019, q=12)
                 for j in range(self.plan.get(("laid", "sec", table.uid), lambda c: c.integer(0, 1)))]
        self.prose([*intro_sentences(index, table), *extra])
        thousands = self.answer.thousands
        mark = table.shape.blank_mark or ""
        province = table.shape.blocks == "province"
        left = self.style.province_width if province else 0
        headings = self._headings(frame)
        widths = [max(len(w) for w in h) for h in headings]
        for name, values in self._figure_lines(frame):
            for i, value in enumerate(values):
                widths[i] = max(widths[i], len(format_count(value, thousands)) if value is not None else len(mark))
        label_width = self.style.label_width
        rights = []
        at = left + label_width
        for width in widths:
            at += self.style.gap + width
            rights.append(at)
        self.shift = 0  # (the page's columns: the first page's, or its own grid's)
        inset = self.style.head_inset
        self.header_at = lambda shift: self._header_lines(
            table, headings, [r + shift - inset for r in rights], left, label_width)
        self.header = self.header_at(0)
        for text in self.header:
            self.add(text)
        self.add()
        self.rows_on_page = 0

        def figures(values: list[int | None]) -> str:
            line = ""
            for right, value in zip((r + self.shift for r in rights), values):
                cell = format_count(value, thousands) if value is not None else mark
                line = line.ljust(right - len(cell)) + cell if cell else line
            return line

        def place(prefix: str, text: str, values: list[int | None]) -> str:
            """`text` at the label column, the figures in theirs."""
            start = prefix.ljust(left) + text
            tail = figures(values)
            return start + tail[len(start):] if len(tail) > len(start) else start + " " * 2 + tail.lstrip()

        for b, block in enumerate(table.blocks):
            if block.sector:  # (a row of its own: apart from the next as rows are)
                self.add(block.sector.capitalize())
                if self.style.row_gap:
                    self.add()
            rows = block.rows
            at_row = self.plan.get(("laid", "prov", table.uid, b), lambda c: c.integer(0, max(0, len(rows) - 1)))
            apart = province and self.style.province_apart and at_row > 0
            for j, row in enumerate(rows):
                if apart and j == at_row:
                    self.add(block.province or "")
                values = frame_values(frame, lambda t: t.blocks[b].rows[j].counts)
                label = f"{row.code}: {row.label}" if row.code else row.label
                pieces = wrap(label, label_width)
                figure_at = {"top": 0, "middle": (len(pieces) - 1) // 2, "bottom": len(pieces) - 1}[self.style.v_align]
                for k, piece in enumerate(pieces):
                    prefix = block.province if province and not apart and j == at_row and k == figure_at else ""
                    if k == figure_at:
                        self.lines[row.anchor] = self.add(place(prefix or "", piece, values))
                    else:
                        self.add((prefix or "").ljust(left) + piece)
                if self.style.row_gap:
                    self.add()
                self.page_end(table)
            if block.subtotal is not None:
                values = frame_values(frame, lambda t: t.blocks[b].subtotal)
                self.lines[table.subtotal_anchor(block)] = self.add(place("", block.words, values) if not left else
                                                                    _total_place(block.words, figures(values)))
                if self.style.row_gap:
                    self.add()
        if table.enrolments is not None:
            values = frame_values(frame, lambda t: t.enrolments)
            self.lines[table.enrolments_anchor()] = self.add(_total_place("Totaal inschrijvingen", figures(values)))
        if table.has_total:
            values = frame_values(frame, lambda t: t.total)
            self.lines[table.total_anchor()] = self.add(_total_place(table.total_words(), figures(values)))
        self.add()
        for period, stars in sorted(table.stars.items(), key=lambda kv: len(kv[1])):
            self.add(stars + FOOTNOTES[stars].format(y=printed_period(period)))
        self.add()

    def page_end(self, table: TableModel) -> None:
        """After a page's rows: the page number, a form feed (or none), the running header, and
        the table's header again (or not)."""
        self.rows_on_page += 1
        if self.style.page_rows is None or self.rows_on_page < self.style.page_rows:
            return
        self.rows_on_page = 0
        self.add()
        self.add(" " * 40 + self.style.page_number.format(n=self.page))
        self.page += 1
        self.out.append(("\f" if self.style.feeds else "") + RUNNING)
        self.add()
        self.shift = self.style.page_shift
        if self.style.repeat_header:
            for text in self.header_at(self.shift):
                self.add(text)
            self.add()

    def _headings(self, frame: list[TableModel]) -> list[list[str]]:
        """Each figure column's heading as the lines of its cell (``maart`` / ``2016`` where a
        heading of two words wraps; the column's name below its period in a table of several)."""
        names = column_names(frame)
        out = []
        for heading in printed_columns(frame[0]):
            words = heading.split() if self.style.wrap_heads and " " in heading else [heading]
            for name in names or [None]:
                out.append([*words, name] if name else list(words))
        return out

    def _header_lines(self, table: TableModel, headings: list[list[str]], rights: list[int], left: int,
                      label_width: int) -> list[str]:
        if table.shape.blocks == "province":
            first = ["Provincie".ljust(left) + "Opleiding"]
        else:
            words = self.plan.get(("laid", "hdr", table.uid), lambda c: c.choice(HEADERS[table.measure])) \
                if table.shape.rows == "code" else breakdown(table)[1]
            first = wrap(words, label_width)
        depth = max(len(h) for h in headings)
        height = max(depth, len(first))
        lines = [""] * height
        for i, text in enumerate(first):  # (the first cell's lines end with the periods' line)
            lines[height - len(first) + i] = text
        for right, heading in zip(rights, headings):
            for i, word in enumerate(heading):
                k = height - len(heading) + i
                lines[k] = lines[k].ljust(right - len(word)) + word
        return lines

    def _figure_lines(self, frame: list[TableModel]):
        table = frame[0]
        for b, block in enumerate(table.blocks):
            for j, _ in enumerate(block.rows):
                yield "row", frame_values(frame, lambda t: t.blocks[b].rows[j].counts)
            if block.subtotal is not None:
                yield "subtotal", frame_values(frame, lambda t: t.blocks[b].subtotal)
        if table.enrolments is not None:
            yield "enrolments", frame_values(frame, lambda t: t.enrolments)
        yield "total", frame_values(frame, lambda t: t.total)


def _total_place(words: str, figures: str) -> str:
    """A total line: its words from the left margin (over the province and label columns),
    its figures in their columns."""
    return words + figures[len(words):] if len(figures) > len(words) + 1 else words + "  " + figures.lstrip()
