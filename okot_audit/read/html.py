"""An answer saved as a web page (HTML) → layout text: prose as lines, tables in columns.

The parliament's site and many converters give an answer as HTML. Its paragraphs, headings
and list items become lines of text (an item of a numbered list with the number the page shows,
``1. Hoeveel …``, so questions and answer items pair up); a ``<pre>``'s lines stand as the page
shows them, their spacing kept (:class:`_Pre`: a table laid out in columns of spaces is read as one,
each line at its line of the HTML file); each table row (``<tr>``) becomes one line whose cells
(``<td>``, ``<th>``) stand in columns (:func:`okot_audit.read.grid.lay_out`), so a figure
stands under its period label and an empty cell is empty space under its column — the
positional form the reader places by. A first cell spanning several rows (``rowspan``: a
province, a sector, a category of persons over its block) stands once, on a line of its own
above them, as the head of its block (rows of figures, or of a figure and a dash for none);
any other label spanning rows of figures (a programme over its ``Man`` / ``Vrouw`` rows in a
column after the first) stands on every row it spans, as a person reads it
(:func:`okot_audit.read.delimited.labels_down`). One spanning several columns (``colspan``) may
run over them. A footnote's mark raised after a figure (``410<sup>2</sup>``) is the figure's
note, never a digit of it: the figure stands alone; raised after a period's label
(``2022<sup>1</sup>``) it is set apart as the period's footnote, ``2022(1)``
(:func:`~okot_audit.read.grid.raised_apart`). A table inside a table's cell (a page laid out
with a table) is a table of its own, in page order between the outer table's rows before and
after it. Script, style and the page head are left out, and so is the text of an inline drawing
(``<svg>``'s ``<text>``, ``<title>``): it is part of the picture, not a line of the answer.

Paragraphs and tables follow each other one blank line apart, as in an answer's text; every
line is reported at the line of the HTML file where its paragraph or row starts. An image
(``<img>``: a table pasted as a picture?) is an empty line of its own after its paragraph, at its
line; one in a table's cell, at its row's line: the parser names it when it read no table at all.
So is every other picture a page shows (:func:`_picture`): an inline ``<svg>``, an ``<object>`` or
``<embed>`` of an image, an element whose ``style`` — or a rule of the page's style sheet at its
class or id — draws a ``background-image``. A picture given a
size too small for a table (an icon, a bullet: :data:`TABLE_IMAGE`), a hidden one (an SVG sprite
sheet) and one marked as decoration (``aria-hidden``) are left out. A document the page embeds
(``<object data="tabel.pdf">``, ``<embed>``, ``<iframe>``) or links to (``<a href="bijlage.xlsx">``)
is kept with its line (:func:`_document`): the parser names it when it read no table at all —
the table is in that file, which okot-audit reads when given it.

A picture that is the page's furniture is left out too (:func:`_shown`): a picture in its header, navigation or footer, in a link to the site's home page,
before the answer's first paragraph (a letterhead), or whose words call it a logo, a coat of arms,
a banner, a signature, a photo — unless its words call it a table, or (a letterhead's place) the
prose speaks of a table above it; one of unclear role is named when the prose speaks of a table or
figures, so a prose-only answer with its letterhead is no false error. A header or navigation the
page never closes ends where its main content begins (:func:`_main`): left open, it made every
later picture furniture, and a page whose table is a picture passed as clean.
What the page hides from its reader is no part of its tables (:func:`_out_of_sight`): a row
(``display: none``, ``visibility: collapse``, ``hidden``, a class or id its
``<style>`` hides, in a hidden ``<tbody>`` or a hidden ``<div>`` around its table), a column (a
``<col>`` with ``visibility: collapse``) and a cell (one ``display: none`` takes no place, the
cells after it move left, as in a browser; one ``visibility: hidden`` keeps its place, empty). What
of it holds figures is kept aside as an ``.xlsx`` sheet's hidden rows and columns are
(``Source.hidden_rows``: each row by its line in the page; ``Source.hidden``: each column by its
number): the parser says so, and a total that counts a hidden row is told by it. The words of an
element the page hides (``display: none``, ``hidden``, a class its ``<style>`` hides) are no prose
its reader sees either, nor those of one ``visibility: hidden``: left out (a hidden "cijfers voor
2023 voorlopig" makes no period partial). ``aria-hidden="true"`` hides from a screen reader, not
from the eye: a row, a cell or words only it marks are shown, and read.
A ``<pre>`` the page hides is no text its reader sees: its lines with figures are said as a hidden
table's rows are (:func:`_hidden_line`).
A page of more table rows and paragraphs than a text has lines (:data:`~okot_audit.source.MAX_LINES`),
or with a table row of more cells than a line has characters, is refused where it passes the limit
(:class:`_TooLarge`), before its tables are laid out and read.
Only the standard library's :mod:`html.parser` is used.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from okot_audit.patterns import YEAR
from okot_audit.read.delimited import Unread, labels_down, merged_figures
from okot_audit.read.grid import lay_out_beside, raised_apart
from okot_audit.source import (
    MAX_LINE_CHARS, MAX_LINES, HiddenColumn, HiddenRow, InputError, SUPPLIED_TOTAL, Source, SuppliedLabel, nfkc,
)

#: Elements that start a line of their own (their text is one paragraph).
_BLOCKS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "section",
    "article", "header", "footer", "caption", "br", "hr", "ul", "ol", "dl", "table", "tr", "title", "body",
    "figure", "figcaption",
})
_SKIPPED = frozenset({"script", "style", "head", "noscript", "template"})


@dataclass(frozen=True)
class _Pre:
    """A ``<pre>``'s text: its lines as the page shows them (their spacing kept: a table laid out in
    columns of spaces stays one), each with its line in the HTML file; `hidden` when the page
    hides it (its lines are no text its reader sees: those with figures are said)."""

    lines: tuple[tuple[int, str], ...]
    hidden: bool = False


@dataclass(frozen=True)
class _Image:
    """A picture, by what names it (its ``alt`` text, else its ``src``), with what the page says of
    its role (:func:`_role`): ``"table"``, ``"furniture"`` or ``""`` (unclear), and its place among
    the page's pictures and paragraphs (``order``: before the answer's first paragraph, a letterhead's);
    or a document the page embeds or links to (`document`), by its file."""

    name: str
    role: str = ""
    order: int = 0
    document: bool = False


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[int, str | list | _Image | _Pre]] = []  # (line, text, rows, image or ``<pre>``)
        self.text: list[str] = []
        self.text_line = 0
        self.skip = 0
        self.tables: list[list] = []  # open tables, innermost last: rows of (line, cells)
        self.cell: list[str] | None = None
        self.cell_span = (1, 1)
        self.sup = 0  # open ``<sup>`` elements in the open cell
        self.strong = 0  # open ``<b>``, ``<strong>`` elements in the open cell
        self.cell_type = [False, False, False]  # the open cell: a ``<th>``, words in bold, words not in bold
        self.lists: list[int] = []  # open lists: 0 for <ul>, the next number for <ol>
        self.images: list[tuple[int, str]] = []  # images in a table's cells: (line of their row, name)
        self.embeds: list[tuple[int, str]] = []  # documents in a table's cells: (line of their row, file)
        self.documents: set[str] = set()  # the files of the documents so far (each said once)
        self.pending: list[tuple[int, _Image]] = []  # images in the open paragraph: after its text
        self.svg = 0  # open ``<svg>`` elements
        self.css: list[str] | None = None  # the open ``<style>``'s text
        self.backgrounds: dict[str, str] = {}  # ``.class`` or ``#id`` → the picture the page's style draws there
        self.around: list[list] = []  # open furniture (``<header>``, ``<nav>``, ``<footer>``): [tag, its own nested, a footer's]
        self.home = False  # in a link to the site's home page
        self.block = ""  # the element the open paragraph started in
        self.order = 0  # pictures so far
        self.first: int | None = None  # the pictures before the answer's first paragraph (no heading, no furniture)
        self.cell_images: list[_Image] = []  # the pictures of self.images, as pictures
        self.figures: list[int] = []  # open ``<figure>`` elements: the first of self.items each holds
        self.figcaption: int | None = None  # the open ``<figcaption>``: the first of self.items it holds
        self.figure_notes: list[tuple[int, str | list | _Image | _Pre]] = []  # the notes of a caption above its figure's table
        self.pre: list | None = None  # the open ``<pre>``: [its line, its text's parts, hidden]
        self.concealed: dict[str, str] = {}  # ``.class`` or ``#id`` the page's style sheet hides (``display: none``)
        self.unseen_rows: set[int] = set()  # the rows the page hides (by id of their cells' list)
        self.cell_unseen = ""  # how the open cell is hidden: ``"gone"`` (``display: none``), ``"blank"``, or ""
        self.groups: list[int] = []  # per open table, its row groups (``<tbody>`` …) the page hides
        self.collapsed: dict[int, set[int]] = {}  # a table's (by id of its rows) columns ``<col>`` hides, from 0
        self.columns: dict[int, int] = {}  # a table's (by id of its rows) ``<col>`` elements so far
        self.hiding: list[list] = []  # open elements the page hides: [tag, its own nested, rows hidden, words hidden]
        self.lines_read = 0  # table rows, paragraphs and ``<pre>`` lines so far (:meth:`_count`)

    def _count_cell(self) -> None:
        """Count a cell of the open row: a row of more cells than a line has characters
        (:data:`~okot_audit.source.MAX_LINE_CHARS`) is no row of an answer's table, and reading
        stops there (:class:`_TooLarge`) — laid out, one of 300,000 cells took minutes and was
        read as no table at all."""
        rows = self.tables[-1]
        cells = len(rows[-1][1]) + 1 if rows else 1
        if cells > MAX_LINE_CHARS:
            raise _TooLarge(f"a table row has more than {MAX_LINE_CHARS:,} cells; a row of an answer's table has a "
                            f"few (limit {MAX_LINE_CHARS:,})",
                            f"een tabelrij heeft meer dan {MAX_LINE_CHARS:,} cellen; een rij van de tabel van een "
                            f"antwoord heeft er enkele (grens {MAX_LINE_CHARS:,})")

    def _count(self, lines: int = 1) -> None:
        """Count `lines` more lines of the page's text (a table's row, a paragraph, a ``<pre>``'s
        lines): past :data:`~okot_audit.source.MAX_LINES`, the page is no answer, and reading
        stops there (:class:`_TooLarge`), before the reader lays out and reads its tables —
        500,000 rows of a 17 MB page took one and a half minutes."""
        self.lines_read += lines
        if self.lines_read > MAX_LINES:
            raise _TooLarge(f"the HTML page has more than {MAX_LINES:,} table rows and paragraphs; an answer has far "
                            f"fewer (limit {MAX_LINES:,})",
                            f"de HTML-pagina heeft meer dan {MAX_LINES:,} tabelrijen en alinea's; een antwoord heeft "
                            f"er veel minder (grens {MAX_LINES:,})")

    # paragraphs ------------------------------------------------------------------------------
    def _flush(self) -> None:
        text = " ".join(nfkc("".join(self.text)).split())
        if text:
            self._count()
            self.items.append((self.text_line, text))
            self._paragraph(text, self.block)
        self.text = []
        self.items.extend(self.pending)
        self.pending = []

    def _paragraph(self, text: str, block: str = "") -> None:
        """Note where the answer's first paragraph stands (among the pictures) when `text`, read in
        `block`, is one: words enough, no heading's, none of the page's furniture."""
        if self.first is None and not self.around and block not in _HEADINGS \
                and len(text.split()) >= _PARAGRAPH_WORDS:
            self.first = self.order

    # tables ----------------------------------------------------------------------------------
    # HTML lets a page leave out ``</td>``, ``</th>`` and ``</tr>`` (and a browser forgives a
    # missing ``</table>``): a new cell or row, the row's or table's end and the page's end
    # close what is open, so no cell's text is lost.
    def _close_cell(self) -> None:
        if self.cell is None or not self.tables:
            return
        rows = self.tables[-1]
        if not rows:
            rows.append((self.getpos()[0], []))
        text = " ".join(nfkc(raised_apart([(p.strip(_SUP), p.startswith(_SUP[0])) for p in self.cell])).split())
        head, bold, plain = self.cell_type  # (set in bold: a ``<th>``, or every word in ``<b>``/``<strong>``)
        rows[-1][1].append((text, *self.cell_span, self.cell_unseen, head or (bold and not plain)))
        self._paragraph(text)  # (a page laid out with a table: its paragraphs in cells)
        self.cell = None
        self.sup = 0

    def _column(self, tag: str, values: dict) -> None:
        """Count a ``<col>`` (or a ``<colgroup>`` with a ``span`` and no ``<col>`` of its own:
        counted as it comes) among the open table's columns, and note those it hides
        (``visibility: collapse``, ``display: none``, ``hidden``): no columns of the table."""
        rows = self.tables[-1]
        first = self.columns.get(id(rows), 0)
        span = _span(values.get("span"))
        if tag == "colgroup" and not values.get("span"):
            return  # (its ``<col>`` elements count)
        self.columns[id(rows)] = first + span
        if _concealment(values, self.concealed, collapse=True):
            self.collapsed.setdefault(id(rows), set()).update(range(first, first + span))

    def _close_table(self) -> None:
        self._close_cell()
        rows = self.tables.pop()
        if self.groups:
            self.groups.pop()
        if rows:
            self.items.append((rows[0][0], rows))

    def _set_apart(self) -> None:
        """Before a table inside the open cell: the outer table's rows so far (the open cell's
        text with them) become a table of their own, and the inner table is read as a table too
        — its rows in columns, a figure under its period — not as words run together in the
        outer cell (``Provincie 2021 2022 Antwerpen 5 6 …``: no table read, the page passed as
        clean). The outer table's later rows and cells follow the inner table, in page order."""
        self._close_cell()
        rows = self.tables[-1]
        if rows:
            self.items.append((rows[0][0], list(rows)))
            if id(rows) in self.collapsed:
                self.collapsed[id(self.items[-1][1])] = self.collapsed[id(rows)]
            rows.clear()

    def _caption_first(self) -> None:
        """At a ``<figcaption>``'s end: a caption after its figure's table (``<figure><table>…
        </table><figcaption>Tabel 1: … in 2021</figcaption>``) moves above it, where a table's
        caption stands in an answer's text — what it says (the year, what the table counts) is
        the table's; read after it, the table took its period from elsewhere. Its lines keep
        their own numbers. Its paragraphs from the first note on (``* 2021: tot en met 30 juni``,
        ``Bron: VDAB``: :data:`_NOTE_START`), and a note inside its sentence (``Gestarte cursisten
        per jaar (* 2022: eerste jaarhelft)``: :func:`_note_apart`), go below the table, where a
        note is read: a caption before its table keeps them until the figure ends."""
        start, self.figcaption = self.figcaption, None
        if start is None or not self.figures or start > len(self.items):
            return
        caption: list[tuple[int, str | list | _Image | _Pre]] = [
            part for line, item in self.items[start:]
            for part in ([(line, text) for text in _note_apart(item)] if isinstance(item, str) else [(line, item)])]
        ends = next((i for i, (_, item) in enumerate(caption) if isinstance(item, str) and _NOTE_START.match(item)),
                    len(caption))  # (a note in it — ``* 2021: tot en met 30 juni`` — stays below, a note's place)
        first = self.figures[-1]
        if first < start and any(isinstance(item, (list, _Pre)) for _, item in self.items[first:start]):
            self.items[first:] = caption[:ends] + self.items[first:start] + caption[ends:]
        elif ends < len(caption):  # (a caption above its table: its notes wait below the figure's end)
            self.items[start:] = caption[:ends]
            self.figure_notes.extend(caption[ends:])

    def close(self) -> None:
        super().close()
        while self.tables:  # tables the page never closed end with it
            self._close_table()

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIPPED:
            self.skip += 1
            if tag == "style":
                self.css = []
            return
        if self.skip:
            return
        # (a drawing's parts are no pictures of their own)
        name = _picture(tag, attrs, self.backgrounds) if not self.svg else None
        if tag == "svg":
            self.svg += 1
        # (a link in the page's furniture — ``Download als PDF`` in its header or footer — is no annex's)
        document = _document(tag, attrs) if not (tag == "a" and self.around) else None
        if document is not None and document not in self.documents:
            self.documents.add(document)
            if self.cell is not None and self.tables and self.tables[-1]:
                self.embeds.append((self.tables[-1][-1][0], document[:120]))
            else:
                self.pending.append((self.getpos()[0], _Image(document[:120], document=True)))
        if name is not None:
            self._paragraph("".join(self.cell if self.cell is not None else self.text),  # (one it stands in)
                            "" if self.cell is not None else self.block)
            self.order += 1
            said = _role(attrs)  # (its words say table: whatever its place)
            picture = _Image(name[:80], said if said == "table" else "furniture" if self.around or self.home else said or "",
                             self.order)
            if self.cell is not None and self.tables and self.tables[-1]:
                self.images.append((self.tables[-1][-1][0], name[:80]))
                self.cell_images.append(picture)
            else:
                self.pending.append((self.getpos()[0], picture))
        self._place(tag, attrs)
        self._hide(tag, attrs)
        if tag in ("img", "embed") or self.svg:
            return  # (a drawing's own elements — ``<text>``, ``<title>`` — are no lines of the answer)
        if tag == "sup" and self.cell is not None:
            self.sup += 1
            return
        if tag in ("b", "strong") and self.cell is not None:
            self.strong += 1
            return
        if self.tables and tag in ("td", "th"):
            self._close_cell()
            self._count_cell()
            values = dict(attrs)
            self.cell = []
            self.strong = 0
            self.cell_type = [tag == "th", False, False]
            self.cell_span = (_span(values.get("rowspan")), _span(values.get("colspan")))
            self.cell_unseen = _concealment(values, self.concealed)
            return
        if self.tables and tag == "tr":
            self._count()
            self._close_cell()
            self.tables[-1].append((self.getpos()[0], []))
            if self.groups[-1] or any(held[2] for held in self.hiding) or _concealment(dict(attrs), self.concealed):
                self.unseen_rows.add(id(self.tables[-1][-1][1]))  # (a row the page hides: no row of its table)
            return
        if self.tables and tag in ("thead", "tbody", "tfoot"):
            self.groups[-1] = 1 if _concealment(dict(attrs), self.concealed) else 0
            return
        if self.tables and tag in ("col", "colgroup"):
            self._column(tag, dict(attrs))
            return
        if tag == "table":
            if self.cell is not None:  # a table inside a cell (a page laid out with a table)
                self._set_apart()
            self._flush()
            self.tables.append([])
            self.groups.append(0)
            return
        if self.pre is not None:  # (in a ``<pre>``: a ``<br>`` ends a line; its elements are its text's)
            if tag == "br":
                self.pre[1].append("\n")
            return
        if tag == "pre" and self.cell is None:
            self._flush()
            self.pre = [self.getpos()[0], [], any(held[3] for held in self.hiding)]
            return
        if tag in ("ol", "ul"):
            self.lists.append(1 if tag == "ol" else 0)
        if tag in _BLOCKS and self.cell is not None:
            self.cell_break()  # ``<br>``, ``<p>`` in a cell: its lines apart
        elif tag in _BLOCKS:
            self._flush()
            self.text_line = self.getpos()[0]
            self.block = tag
            if tag == "figure":
                self.figures.append(len(self.items))
            elif tag == "figcaption":
                self.figcaption = len(self.items)
            if tag == "li" and self.lists and self.lists[-1]:
                self.text.append(f"{self.lists[-1]}. ")  # the number the page shows: ``1. Hoeveel …``
                self.lists[-1] += 1

    def handle_startendtag(self, tag: str, attrs) -> None:  # ``<br/>``: no end tag to wait for
        self.handle_starttag(tag, attrs)
        if tag in _SKIPPED and self.skip:
            self.skip -= 1
        if tag == "svg" and self.svg:  # (``<svg/>``: no end tag to wait for)
            self.svg -= 1

    def _place(self, tag: str, attrs) -> None:
        """Follow the page's furniture (a header, a navigation bar, a footer, by element or by
        ``role``) and its links to the site's home page: a picture there is no table's."""
        if tag in _VOID:
            return
        if self.around and _main(tag, attrs):  # a header or navigation the page never closed ends here
            self.around = [held for held in self.around if held[2]]
        if self.around and self.around[-1][0] == tag:
            self.around[-1][1] += 1
        elif tag in _FURNITURE or any(key == "role" and (value or "").strip().lower() in _FURNITURE_ROLES
                                      for key, value in attrs) or _container(attrs):
            self.around.append([tag, 0, _footer(tag, attrs)])
        if tag == "a":
            self.home = bool(_HOME.fullmatch(dict(attrs).get("href") or "x"))

    def _close_pre(self) -> None:
        """At a ``<pre>``'s end: its text as lines, their spacing kept (tabs at every 8th column),
        each at its line in the HTML file (a line break right after ``<pre>`` is none of its text)."""
        line, parts, hidden = self.pre or (0, [], False)
        self.pre = None
        text = "".join(parts)
        if text.startswith("\r\n") or text.startswith("\n"):
            text, line = text.split("\n", 1)[1], line + 1
        rows = [(line + k, nfkc(row.expandtabs(8)).rstrip()) for k, row in enumerate(text.replace("\r", "").split("\n"))]
        while rows and not rows[-1][1].strip():
            rows.pop()
        while rows and not rows[0][1].strip():
            rows.pop(0)
        if rows:
            self._count(len(rows))
            self.items.append((rows[0][0], _Pre(tuple(rows), hidden)))
            if not hidden:
                self._paragraph(" ".join(row for _, row in rows))

    def cell_break(self) -> None:
        """A line break in the open cell (``<br>``, ``<p>``): a line apart, joined as the cell's words
        (:func:`~okot_audit.read.grid.lines_joined`: ``Oost-<br>Vlaanderen`` is one word)."""
        if self.cell is not None:
            self.cell.append("\n")

    def _hide(self, tag: str, attrs) -> None:
        """Follow the elements the page hides (a ``<div>`` or a ``<table>`` with ``display:
        none``): each row in one is no row the page shows, and its words are no prose its reader
        sees — nor those of one ``visibility: hidden`` (its place kept, empty); those of one only
        ``aria-hidden`` (kept from a screen reader, shown on the screen) are, and so are its rows."""
        if tag in _VOID or tag in _TABLE_PARTS:
            return  # (a row, a cell, a group of rows, a column: said by their own table)
        values = dict(attrs)
        how = _concealment(values, self.concealed) if attrs else ""
        if how:
            self.hiding.append([tag, 0, how == "gone", True])  # [tag, its own nested, rows hidden, words hidden]
        elif self.hiding and self.hiding[-1][0] == tag:
            self.hiding[-1][1] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg" and self.svg:
            self.svg -= 1
        if self.hiding and self.hiding[-1][0] == tag:
            if self.hiding[-1][1]:
                self.hiding[-1][1] -= 1
            else:
                self.hiding.pop()
        if self.around and self.around[-1][0] == tag:
            if self.around[-1][1]:
                self.around[-1][1] -= 1
            else:
                self.around.pop()
        if tag == "a":
            self.home = False
        if tag == "style" and self.css is not None:
            self.backgrounds.update(_backgrounds("".join(self.css)))
            self.concealed.update(_concealed("".join(self.css)))
            self.css = None
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip or self.svg:
            return
        if tag == "sup" and self.cell is not None:
            self.sup = max(0, self.sup - 1)
            return
        if tag in ("b", "strong") and self.cell is not None:
            self.strong = max(0, self.strong - 1)
            return
        if tag in ("td", "th", "tr") and self.tables:
            self._close_cell()
            return
        if tag in ("thead", "tbody", "tfoot") and self.tables and self.groups:
            self.groups[-1] = 0
            return
        if tag == "table" and self.tables:
            self._close_table()
            return
        if self.pre is not None:
            if tag == "pre":
                self._close_pre()
            return
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        if tag in _BLOCKS and self.cell is None:
            self._flush()
            self.block = ""
            if tag == "figcaption":
                self._caption_first()
            elif tag == "figure" and self.figures:
                self.figures.pop()
                self.items.extend(self.figure_notes)  # (the notes of a caption above the figure's table)
                self.figure_notes = []

    def handle_data(self, data: str) -> None:
        if self.skip:
            if self.css is not None:
                self.css.append(data)
            return
        if self.svg:  # an inline drawing's text is part of the picture, not of the answer's prose
            return
        if self.cell is not None:
            data = data.translate(_SPACED_LINES)  # (the file's own line breaks are spaces: only ``<br>`` breaks a cell)
            if data.strip():
                self.cell_type[1 if self.strong else 2] = True
            self.cell.append(f"{_SUP[0]}{data}{_SUP[1]}" if self.sup else data)
            return
        if self.pre is not None:  # (words hidden in a ``<pre>`` shown are none of its text; a hidden one's are kept aside)
            if self.pre[2] or not any(held[3] for held in self.hiding):
                self.pre[1].append(data)
            return
        if self.hiding and any(held[3] for held in self.hiding):
            return  # (words the page hides — ``<div style="display:none">``, ``hidden`` — are no prose its reader sees)
        if not self.text:
            self.text_line = self.getpos()[0]
        self.text.append(data)


#: A paragraph that is a note (a footnote's mark, a source): it stays below its table.
_NOTE_START = re.compile(r"\s*(?:\*|\(\d{1,2}\)|\d{1,2}\)|[\u00b9\u00b2\u00b3\u2070-\u2079]|[xX#\u00b0]\s*[:=]"
                         r"|(?:bron|noot|noten|opmerking|toelichting|n\.\s?b\.)(?![a-z]))", re.I)

#: A note inside a caption's sentence: in brackets (``(* 2022: eerste jaarhelft)``, ``(bron: VDAB)``)
#: or after the sentence's end (``… per jaar. * 2022: eerste jaarhelft``) — a mark, or a note's
#: word, and words after it (``(*)`` alone is a mark, no note).
_INNER_NOTE = re.compile(r"\(\s*(?=(?:\*+|[\u00b9\u00b2\u00b3\u2070-\u2079])\s*\w|(?:bron|noot|opmerking|toelichting)\b)"
                         r"|(?<=[.;:])\s+(?=(?:\*+|[\u00b9\u00b2\u00b3\u2070-\u2079])\s*\w)", re.I)


def _note_apart(text: str) -> list[str]:
    """A caption's paragraph `text` as its caption and the note inside it, if any (``Gestarte
    cursisten per jaar (* 2022: eerste jaarhelft)`` → ``Gestarte cursisten per jaar``, ``* 2022:
    eerste jaarhelft``): the note, set apart, is read as a note below its table; a paragraph that
    is only a note in brackets, the note. A paragraph that is a note from its start is one already."""
    found = _INNER_NOTE.search(text)
    if found is None or _NOTE_START.match(text):
        return [text]
    note = text[found.end():].strip()
    if found.group().lstrip().startswith("(") and note.endswith(")") and note.count(")") > note.count("("):
        note = note[:-1].rstrip()
    return [part for part in (text[:found.start()].rstrip(), note) if part]


#: A table's own parts, each hidden on its own by what hides it (:func:`_out_of_sight`).
_TABLE_PARTS = frozenset({"tr", "td", "th", "thead", "tbody", "tfoot", "col", "colgroup"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "title", "caption"})
#: Elements that hold no others (no end tag is waited for).
_VOID = frozenset({"img", "embed", "br", "hr", "input", "meta", "link", "source", "area", "wbr", "col", "param"})
#: A page's furniture (its header, navigation, footer), by element and by ``role``: no answer's table.
_FURNITURE = frozenset({"header", "nav", "footer"})
_FURNITURE_ROLES = frozenset({"banner", "navigation", "contentinfo"})
#: A link to a site's home page: the site itself, its root, or its index (``/``, ``index.html``,
#: ``https://www.vlaamsparlement.be/``, ``/nl``).
_HOME = re.compile(r"\s*(?:(?:https?:)?//[^/?#\s]+)?(?:/|\.{0,2}/?(?:index|home|default)\.\w+|/?(?:nl|en|home))?/?\s*",
                   re.I)
#: The least words of a text that is a paragraph of the answer (no title, no site's name).
_PARAGRAPH_WORDS = 8
#: What a picture's words (``alt``, ``title``, ``aria-label``, its file's name, its ``class`` and
#: ``id``) say it is: a table or a chart of figures, or the page's furniture (a logo, a coat of arms,
#: a banner, a signature, a photo). Words of a table go first: ``logo-tabel.png`` is a table.
_TABLE_WORDS = re.compile(r"(?<![a-z])(?:tabel|table|bijlage|cijfer|grafiek|overzicht|figu|chart|graph|diagram)", re.I)
_FURNITURE_WORDS = re.compile(r"logo|wapen|banner|header|embleem|emblem|handtekening|signature|signatuur|paraaf"
                              r"|(?<![a-z])(?:foto|photo|portret|portrait|icon|icoon|avatar)", re.I)
#: Prose that speaks of a table or figures the page shows (``zie tabel``, ``in onderstaande tabel``,
#: ``de cijfers``, ``in bijlage``, ``als volgt``, ``hieronder``), and of one above a picture.
_TALK = re.compile(r"(?<![a-z])(?:tabel|table|bijlage|cijfer|grafiek|overzicht|figu|aantal|hoeveel|als volgt"
                   r"|hieronder|onderstaand|hierna|hierboven|bovenstaand|volgend)", re.I)
_ABOVE = re.compile(r"(?<![a-z])(?:hierboven|bovenstaand)", re.I)


#: What a ``class`` or ``id`` calls the page's furniture (``<div id="header">``, ``class="site-logo"``).
_FURNITURE_PLACES = re.compile(r"header|footer|banner|logo|masthead|breadcrumb|(?<![a-z])(?:nav|menu)", re.I)


#: What names the page's main content (``<main>``, ``role="main"``, ``<article>``, ``<div id="content">``).
_MAIN_PLACES = re.compile(r"(?:main|content|main-?content|page-?content|inhoud)", re.I)


def _main(tag: str, attrs) -> bool:
    """Whether an element starts the page's main content: ``<main>``, ``<article>``, ``role="main"``,
    or an ``id`` naming it (``content``, ``main``, ``inhoud``). A header or navigation still open
    there was never closed (``<header>`` without ``</header>``): it ends where the main content
    begins, and the pictures after it are the answer's, not its furniture."""
    if tag in ("main", "article"):
        return True
    return any((key == "role" and (value or "").strip().lower() == "main")
               or (key == "id" and _MAIN_PLACES.fullmatch((value or "").strip())) for key, value in attrs)


def _footer(tag: str, attrs) -> bool:
    """Whether a furniture element is a footer (by element, ``role`` or ``class``/``id``): one the
    main content does not end (a footer holds no main content; it is never before it)."""
    words = " ".join(value or "" for key, value in attrs if key in ("class", "id", "role"))
    return tag == "footer" or bool(re.search(r"footer|contentinfo", words, re.I))


def _container(attrs) -> bool:
    """Whether an element's ``class`` or ``id`` names it the page's furniture (its header, footer,
    banner, logo, navigation), and not a table's (``tabel-header``)."""
    if not any(key in ("class", "id") for key, _ in attrs):
        return False
    words = " ".join(value for key, value in attrs if value and key in ("class", "id"))
    return bool(_FURNITURE_PLACES.search(words)) and not _TABLE_WORDS.search(words)


_URL = re.compile(r"url\(([^)]*)\)", re.I)


def _role(attrs) -> str | None:
    """What a picture's own words say it is: ``"table"``, ``"furniture"`` or None (they say
    neither)."""
    words = " ".join([value for key, value in attrs if value and key in ("alt", "title", "aria-label", "src", "data",
                                                                          "class", "id")]
                     # (of a style, the pictures it draws: ``display: table`` is no table's word)
                     + [url for key, value in attrs if value and key == "style" for url in _URL.findall(value)])
    words = re.sub(r"data:[^\s'\")]*", "", words)  # (a picture's bytes are no words)
    if _TABLE_WORDS.search(words):
        return "table"
    return "furniture" if _FURNITURE_WORDS.search(words) else None


def _shown(picture: _Image, first: int | None, talk: bool, above: bool) -> bool:
    """Whether `picture` may be a table of the answer's, to be named when no table was read: one
    its words call a table; none of the page's furniture (by its place or its words) or a
    letterhead (before the answer's first paragraph, unless the prose speaks of a table above);
    one of unclear role when the page's prose speaks of a table or of figures (`talk`). A page
    with no paragraph of the answer (`first` is None) has no letterhead."""
    if picture.role:
        return picture.role == "table"
    if first is not None and picture.order <= first and not above:
        return False
    return talk


#: The least width and height (CSS pixels) an image must be given to hold a table: a label and two
#: figures across, a header and two rows of 12-pixel text down. One given as smaller is an icon,
#: a bullet or a small logo; one given no size may be anything.
TABLE_IMAGE = (120, 40)


def _too_small(values: dict) -> bool:
    """Whether an image's `values` give it a size (``width``/``height``, the same in its
    ``style`` in ``px``, or for an ``<svg>`` its ``viewBox``) too small to hold a table
    (:data:`TABLE_IMAGE`)."""
    box = _VIEW_BOX.fullmatch(values.get("viewbox") or "")
    for index, (least, side) in enumerate(zip(TABLE_IMAGE, ("width", "height"))):
        found = re.search(rf"(?:^|;)\s*{side}\s*:\s*(\d+(?:\.\d+)?)\s*px", values.get("style") or "") \
            or re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*", values.get(side) or "")
        size = float(found.group(1)) if found else float(box.group(index + 1)) if box and not values.get(side) else None
        if size is not None and size < least:
            return True
    return False


#: How a ``style`` hides what it is on: ``display: none``, ``visibility: collapse`` (it takes no
#: place: a row is gone, a cell's neighbours move left) or ``visibility: hidden`` (it keeps its
#: place, empty).
_HIDING = re.compile(r"(?:^|;|\{)\s*(?:display\s*:\s*(none)|visibility\s*:\s*(collapse|hidden))\s*(?:!\s*important\s*)?"
                     r"(?=;|$|\})", re.I)


def _hiding(style: str, collapse: bool = False) -> str:
    """How a CSS declaration block `style` hides its element: ``"gone"``, ``"blank"``
    (``visibility: hidden``) or ``""``. Of a column (`collapse`: a ``<col>``) only ``visibility:
    collapse`` does: a browser gives a column no ``display``, and it shows nothing of its own."""
    found = ""
    for none, visibility in _HIDING.findall(style or ""):
        if collapse:
            found = "gone" if visibility.lower() == "collapse" else found
        else:
            found = "gone" if none or visibility.lower() == "collapse" else "blank"
    return found


def _concealment(values: dict, concealed: dict[str, str], collapse: bool = False) -> str:
    """How an element (a row, a cell, a group of rows, a ``<col>``: `collapse`, an element around
    them) is hidden from the page's reader — by its ``hidden``, its ``style`` (:func:`_hiding`), or
    a rule of the page's style sheet at its class or id (`concealed`: :func:`_concealed`):
    ``"gone"`` (no place of its own), ``"blank"`` (its place kept, empty) or ``""`` (shown). The
    last that says wins, as in a browser: the style over the style sheet. ``aria-hidden="true"``
    hides nothing from the eye (only from a screen reader): what it marks is shown, and read."""
    found = ""
    if concealed:
        targets = [f".{name}" for name in (values.get("class") or "").split()] + [f"#{values.get('id')}"]
        for target in targets:
            if target in concealed and (not collapse or concealed[target] == "collapse"):
                found = "gone" if concealed[target] != "blank" else "blank"
    found = _hiding(values.get("style") or "", collapse) or found
    if "hidden" in values:
        found = "gone"
    return found


def _concealed(css: str) -> dict[str, str]:
    """The classes (``.verborgen``) and ids (``#controle``) a style sheet's rules hide, by how:
    ``"gone"`` (``display: none``), ``"collapse"`` (``visibility: collapse``: a column's too) or
    ``"blank"`` (``visibility: hidden``)."""
    found: dict[str, str] = {}
    for selectors, body in _CSS_RULE.findall(_CSS_COMMENT.sub("", css)):
        how = ""
        for none, visibility in _HIDING.findall(body.strip()):
            how = "gone" if none else visibility.lower().replace("hidden", "blank")
        if not how:
            continue
        for selector in selectors.split(","):
            target = _CSS_TARGET.search(selector.strip())
            if target:
                found[target.group(1)] = how
    return found


def _unseen(values: dict) -> bool:
    """Whether a picture's `values` hide it (``hidden``, ``display: none``, ``visibility: hidden``:
    an SVG sprite sheet of icons) or mark it as decoration (``aria-hidden="true"``)."""
    style = (values.get("style") or "").lower().replace(" ", "")
    return "hidden" in values or (values.get("aria-hidden") or "").strip().lower() == "true" \
        or "display:none" in style or "visibility:hidden" in style


#: An ``<svg>``'s ``viewBox`` (``0 0 24 24``): its width and height, the size it is drawn at when
#: nothing else gives one (an icon's ``0 0 24 24``).
_VIEW_BOX = re.compile(r"\s*-?[\d.]+[\s,]+-?[\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*")
#: What an ``<object>`` or ``<embed>`` shows is a picture: its ``type``, or its file's ending.
_PICTURE_TYPE = re.compile(r"\s*image/", re.I)
_PICTURE_FILE = re.compile(r"\.(?:png|jpe?g|gif|svgz?|webp|bmp|tiff?|avif)(?:[?#].*)?$", re.I)
#: A CSS ``background`` or ``background-image`` in an element's ``style`` that draws a picture.
_BACKGROUND = re.compile(r"(?:^|;)\s*background(?:-image)?\s*:[^;]*?url\(\s*['\"]?([^'\")]*)", re.I)


_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
#: The class or id a selector's last compound names (``div.tabel``, ``#bijlage``, ``.a .tabel``).
_CSS_TARGET = re.compile(r"([.#][\w-]+)(?::[\w-]+)?\s*$")


def _backgrounds(css: str) -> dict[str, str]:
    """The pictures a style sheet draws as a ``background-image`` (given no size too small for a
    table), by the class (``.tabel``) or id (``#bijlage``) its rule's selector ends in."""
    found: dict[str, str] = {}
    for selectors, body in _CSS_RULE.findall(_CSS_COMMENT.sub("", css)):
        picture = _BACKGROUND.search(body.strip())
        if picture is None or _too_small({"style": body.strip()}):
            continue
        for selector in selectors.split(","):
            target = _CSS_TARGET.search(selector.strip())
            if target:
                found.setdefault(target.group(1), picture.group(1).strip())
    return found


def _picture(tag: str, attrs, backgrounds: dict[str, str] | None = None) -> str | None:
    """What names the picture an element shows (a table pasted as one?), or None for none (or
    one given a size too small for a table: an icon, a bullet, a small logo): an ``<img>``
    (its ``alt``, else its ``src``), an inline ``<svg>`` (its ``aria-label``, else ``svg``), an
    ``<object>`` or ``<embed>`` of an image (its file), and any element whose ``style`` draws a
    ``background-image`` (its file); a ``data:`` picture is named ``data:...``."""
    if tag == "img":
        values = dict(attrs)
        source = values.get("src") or ""
        name = values.get("alt") or ""
    elif tag == "svg":
        values = dict(attrs)
        source, name = "", values.get("aria-label") or "svg"
    elif tag in ("object", "embed"):
        values = dict(attrs)
        source, name = values.get("data" if tag == "object" else "src") or "", ""
        if not (_PICTURE_TYPE.match(values.get("type") or "") or _PICTURE_FILE.search(source)
                or source.startswith("data:image/")):
            return None
    else:
        style = next((value for key, value in attrs if key == "style" and value and "url(" in value), None)
        found = _BACKGROUND.search(style) if style else None
        if found is not None:
            values, source, name = dict(attrs), found.group(1).strip(), ""
        elif backgrounds:  # (drawn by the page's style sheet, at the element's class or id)
            values = dict(attrs)
            targets = [f".{name}" for name in (values.get("class") or "").split()] + [f"#{values.get('id')}"]
            source = next((backgrounds[target] for target in targets if target in backgrounds), "")
            if not source:
                return None
            name = ""
        else:
            return None
    if _too_small(values) or _unseen(values):
        return None
    return " ".join(nfkc(name or ("data:..." if source.startswith("data:") else source)).split())


#: A document's file (its path, or a query's or fragment's part naming it: ``viewer?file=b.pdf``)
#: or media type: one okot-audit reads when given it (PDF, ``.xlsx``, CSV, text, HTML) or one a
#: table is published in (``.xls``, ``.ods``, ``.docx``).
_DOCUMENT_FILE = re.compile(r"\.(?:pdf|xlsx|xlsm|xls|ods|csv|txt|docx?|odt|html?)(?=$|[?#&])", re.I)
_DOCUMENT_TYPE = re.compile(r"\s*(?:application/(?:pdf|vnd\.(?:ms-excel|openxmlformats|oasis\.opendocument)|msword)|"
                            r"text/(?:csv|plain|html))", re.I)
#: What a link (``<a href>``) may lead to that holds the answer's table: a document okot-audit
#: reads (not a web page: a page's links to other pages are its navigation).
_LINKED_FILE = re.compile(r"\.(?:pdf|xlsx|xlsm|xls|ods|csv|docx?|odt)(?=$|[?#&])", re.I)


def _document(tag: str, attrs) -> str | None:
    """The file of a document an element embeds in the page (``<object data>``, ``<embed src>``,
    ``<iframe src>``: by its media type or its file's ending) or links to (``<a href>`` to a PDF,
    a workbook, a CSV file): where the answer's table may be when the page reads none; None for
    no document (a picture, a web page linked)."""
    if tag not in ("object", "embed", "iframe", "a"):
        return None
    values = dict(attrs)
    source = (values.get("href" if tag == "a" else "data" if tag == "object" else "src") or "").strip()
    if not source or source.startswith(("data:", "javascript:", "#", "mailto:")):
        return None
    if tag == "a":
        found = _LINKED_FILE.search(source)
    else:
        found = _DOCUMENT_FILE.search(source) or _DOCUMENT_TYPE.match(values.get("type") or "")
    if found is None or _unseen(values):
        return None
    return " ".join(nfkc(source).split())


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


def _grid(rows: list) -> tuple[list[list[str]], dict[tuple[int, int], int], dict[tuple[int, int], int]]:
    """A table's rows of (text, rowspan, colspan) cells → a grid of texts (a cell spanning rows
    stands on its first row; the rows below keep its columns empty), the column spans and the
    row spans."""
    grid: list[list[str]] = []
    spans: dict[tuple[int, int], int] = {}
    tall: dict[tuple[int, int], int] = {}
    taken: dict[tuple[int, int], bool] = {}
    for r, (_, cells) in enumerate(rows):
        row: list[str] = []
        c = 0
        for text, rowspan, colspan, *_ in cells:
            while taken.get((r, c)):
                row.append("")
                c += 1
            row.append(text)
            if colspan > 1:
                spans[(r, c)] = colspan
            if rowspan > 1:
                tall[(r, c)] = rowspan
            row.extend([""] * (colspan - 1))
            for below in range(1, rowspan):
                for across in range(colspan):
                    taken[(r + below, c + across)] = True
            c += colspan
        grid.append(row)
    return grid, spans, tall


def _columns(rows: list) -> list[list[int]]:
    """The column (from 0) each cell of `rows` starts in, as :func:`_grid` places it (a cell spanning
    rows above takes its columns)."""
    taken: set[tuple[int, int]] = set()
    out: list[list[int]] = []
    for r, (_, cells) in enumerate(rows):
        c, starts = 0, []
        for _, rowspan, colspan, *_ in cells:
            while (r, c) in taken:
                c += 1
            starts.append(c)
            taken.update((r + below, c + across) for below in range(1, rowspan) for across in range(colspan))
            c += colspan
        out.append(starts)
    return out


def _out_of_sight(rows: list, unseen: set[int], collapsed: set[int]) -> tuple[list, dict[int, list], list]:
    """A table's `rows` as its page shows them: without the rows it hides (`unseen`, by id of their
    cells), the cells of the columns it hides (`collapsed`) and the cells hidden one by one (a cell
    ``display: none`` takes no place: the cells after it move left, as in a browser; one
    ``visibility: hidden`` keeps its place, empty). A cell spanning rows spans the rows shown: one
    in a hidden row (a block's name, ``Antwerpen`` over its programmes) stands in the first row
    shown below it, as their block's, so they keep their columns (a figure spanning rows from a
    hidden row is the hidden row's, said with it: its place in the rows shown is kept, empty).
    Also what was hidden: each column's cells (by
    its column from 0: (row of the shown rows, text)), and each hidden row as (the shown row
    it stands below, -1 above all, its line in the page, its cells' texts in the columns shown)."""
    if not unseen and not collapsed and not any(cell[3] for _, cells in rows for cell in cells):
        return rows, {}, []
    starts = _columns(rows)
    shown: list = []
    hidden: dict[int, list] = {}
    folded: list = []
    gone = {r for r, (_, cells) in enumerate(rows) if id(cells) in unseen}

    def shown_in(r: int, rowspan: int) -> list[int]:  # the rows shown that a cell of row `r` spans
        return [below for below in range(r, min(r + rowspan, len(rows))) if below not in gone]

    carried: dict[int, list] = {}  # cells of hidden rows spanning rows shown: in the first of those
    for r, ((line, cells), columns) in enumerate(zip(rows, starts)):
        if r in gone:
            texts = []
            for (text, rowspan, colspan, how, _), c in zip(cells, columns):
                if c in collapsed or how == "gone":
                    continue
                below = shown_in(r, rowspan) if rowspan > 1 else []
                if below:  # (a block's name over rows shown: theirs, not the hidden row's; a figure, its place kept empty)
                    figure = bool(_FIGURE.fullmatch(text))
                    carried.setdefault(below[0], []).append((("" if figure else text, len(below), colspan, how, False), c))
                    text = text if figure else ""
                texts.extend([text, *[""] * (colspan - 1)])
            folded.append((len(shown) - 1, line, texts))
            continue
        own = sorted([*zip(cells, columns), *carried.get(r, ())], key=lambda held: held[1]) if r in carried \
            else list(zip(cells, columns))
        kept = []
        for (text, rowspan, colspan, how, bold), c in own:
            if rowspan > 1 and gone:  # (a cell spanning rows the page hides spans the rows shown)
                rowspan = len(shown_in(r, rowspan))
            if how or c in collapsed:
                if text:
                    hidden.setdefault(c, []).append((len(shown), text))
                if how == "gone" or c in collapsed:
                    continue
                text = ""
            kept.append((text, rowspan, colspan, "", bold))
        shown.append((line, kept))
    return shown, hidden, folded


#: The label the reader writes for a total row the page prints without one (:func:`_bold_total`).
def _bold_total(rows: list) -> int | None:
    """The row of `rows` (a table as its page shows it) that is its total though it prints no
    label, or None: its last row, figures alone (no row of periods), each set in bold (a ``<th>``,
    or ``<b>``/``<strong>`` around all its words), none in the first column; right below a row
    that prints a label in the first column and figures not in bold. The page's bold says the row
    is the total, as an annex's does (:func:`okot_audit.read.xlsx._bold_totals`)."""
    if len(rows) < 2 or not rows[-1][1] or not any(cell[4] for cell in rows[-1][1]):
        return None  # (a cheap look first: a last row with a cell in bold)
    starts = _columns(rows)
    last = [(c, cell) for cell, c in zip(rows[-1][1], starts[-1]) if cell[0]]
    above = [(c, cell) for cell, c in zip(rows[-2][1], starts[-2]) if cell[0]]
    if not last or any(c == 0 or not cell[4] or not _FIGURE.fullmatch(cell[0]) for c, cell in last):
        return None
    if all(YEAR.fullmatch(cell[0].rstrip("*")) for _, cell in last):
        return None  # (a header's periods, ``2021  2022``: no total)
    if not above or above[0][0] != 0 or not any(ch.isalpha() for ch in above[0][1][0]):
        return None
    figures = [cell for c, cell in above[1:] if _FIGURE.fullmatch(cell[0])]
    if not figures or any(cell[4] for cell in figures):
        return None
    return len(rows) - 1


def _hidden_row(k: int, at_row: dict[int, int], grid: list[list[str]], laid: dict[int, str], row: tuple) -> HiddenRow:
    """The `k`-th row a table's page hides, `row` (:func:`_out_of_sight`), as :class:`HiddenRow`:
    at the line of the shown row above it (`at_row`), by its line in the page, its first text that
    is no figure, its figures in the columns that hold figures in the rows shown (``-`` where it
    leaves one blank), and its cells laid out among theirs (`laid`)."""
    above, line, texts = row
    figure_columns = {c for cells in grid for c, text in enumerate(cells) if c and _FIGURE.fullmatch(text)}
    figure_columns |= {c for c, text in enumerate(texts) if _FIGURE.fullmatch(text)}
    name = next((text for text in texts if text and not _FIGURE.fullmatch(text)), "")
    values = tuple((texts[c] if c < len(texts) else "") or "-" for c in sorted(figure_columns))
    return HiddenRow(at_row.get(max(above, 0), 1), line, name, values, laid.get(k, ""))


def _hidden_column(column: int, cells: list, at_row: dict[int, int], rows: list) -> HiddenColumn:
    """A column of a table its page hides (whole, or cell by cell), as :class:`HiddenColumn`: its
    number (from 1) for its letter, its first text that is no figure above its figures (its
    header), its figures and the lines of the first and last."""
    figures = [(r, text) for r, text in cells if _FIGURE.fullmatch(text)]
    name = next((text for r, text in cells if not _FIGURE.fullmatch(text) and r <= figures[0][0]), "")
    first, last = (at_row.get(min(r, len(rows) - 1), 1) for r in (figures[0][0], figures[-1][0]))
    return HiddenColumn(first, last, str(column + 1), name, tuple(text for _, text in figures))


def _hidden_line(at: int, line: int, text: str) -> HiddenRow:
    """A line with figures of a ``<pre>`` the page hides, as :class:`HiddenRow` (as a hidden
    table's row): at the line `at` of the text shown, by its `line` in the page, its words before
    its figures and its figures (its cells: the runs its spacing sets apart, else its words)."""
    cells = [cell for cell in re.split(r"\s{2,}", text.strip()) if cell]
    if not any(_FIGURE.fullmatch(cell) for cell in cells[1:]):  # (single-spaced: its last words that are figures)
        words = text.split()
        k = len(words)
        while k and _FIGURE.fullmatch(words[k - 1]):
            k -= 1
        cells = [" ".join(words[:k])] + words[k:] if k else words
    name = next((cell for cell in cells if not _FIGURE.fullmatch(cell)), "")
    return HiddenRow(at, line, name, tuple(cell for cell in cells if _FIGURE.fullmatch(cell)))


#: A figure among a line's words (no digit inside a word: ``908001:`` is a code's).
_FIGURES_IN = re.compile(r"(?:^|\s)\d[\d.,]*(?=\s|$)")


def _block_keys(rows: list) -> dict[int, str]:
    """The rows whose first cell spans the rows below it beside cells of their own, each ending in
    a figure (``Man`` over its age classes, ``Zorg`` over its programmes, ``Antwerpen`` over its
    codes), each with that cell's text: the key of the block of rows it spans, printed as a head line above them,
    as an answer's text prints a block's name."""
    keys = {}
    for r, (_, cells) in enumerate(rows):
        if len(cells) < 2 or cells[0][1] < 2 or cells[0][2] != 1 or _YEAR.match(cells[0][0]) \
                or not any(ch.isalpha() for ch in cells[0][0]):
            continue  # (a year spanning rows is a period, no block)
        spanned = rows[r:r + cells[0][1]]
        if all(row_cells and (_FIGURE.fullmatch(row_cells[-1][0].strip()) or row_cells[-1][0].strip() in _DASHES)
               and any(_FIGURE.fullmatch(cell[0].strip()) for cell in row_cells) for _, row_cells in spanned):
            keys[r] = cells[0][0]  # (rows of figures, a dash for none: no header's cell spanning its rows of words)
    return keys


_YEAR = re.compile(r"\s*" + YEAR.pattern + r"\b")
#: What a row prints for no figure in its last cell (a block's row ending ``120  -``).
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_FIGURE = re.compile(r"-?\d[\d.,\s]*")
#: What brackets a cell's raised text (``<sup>``) until the cell closes (characters no page writes).
_SUP = "\x02\x03"
#: The line breaks of the HTML file's own text: white space in a cell, which only a ``<br>`` or a
#: ``<p>`` breaks (:meth:`_Page.cell_break`).
_SPACED_LINES = str.maketrans("\r\n", "  ")


#: What opens a comment or a CDATA section, and what closes it.
_LEFT_OPEN = (("<!--", "-->"), ("<![CDATA[", "]]>"))


def _left_open_as_text(text: str) -> str:
    """`text` with each comment (``<!--``) or CDATA section (``<![CDATA[``) that the page never
    closes opened as text (``&lt;!--``): html.parser runs such a one to the end of the page (since
    Python 3.11.13, 3.12.11 and 3.13.5, as HTML5 says: a comment left open hides the rest; older
    versions read on), and the tables after it were lost, whatever the page's reader expected. So
    the rest of the page is read, the same with every Python; the opener's words stand as prose
    (a page so broken is one to check by hand, and nothing in it is left unread)."""
    for opener, closer in _LEFT_OPEN:
        at = text.find(opener, text.rfind(closer) + 1)  # (an opener after the last closer: none closes it)
        if at >= 0:
            text = text[:at] + text[at:].replace(opener, "&lt;" + opener[1:])
    return text


class _TooLarge(Exception):
    """A page too large to be an answer (:meth:`_Page._count`, :meth:`_Page._count_cell`): reading
    stops; its arguments say why, in English and Dutch."""


def read_html(text: str, path: str = "<html>", encoding: str = "utf-8") -> Source:
    """Read the HTML page `text` into layout text (see the module documentation)."""
    page = _Page()
    try:
        page.feed(_left_open_as_text(text))
        page.close()
    except _TooLarge as large:
        raise InputError(path, large.args[0], page.getpos()[0], dutch=large.args[1]) from None
    except Exception as exc:  # html.parser is lenient; anything it still refuses is one line
        raise InputError(path, f"not a readable HTML page ({type(exc).__name__})",
                         dutch=f"geen leesbare HTML-pagina ({type(exc).__name__})") from None
    page._flush()
    page.items.extend(page.figure_notes)  # (a figure the page never closed: its caption's notes at the end)
    lines: list[str] = []
    numbers: list[int] = []
    unread: list[Unread] = []
    images: list[tuple[int, str]] = []
    embeds: list[tuple[int, str]] = []
    hidden: list[HiddenColumn] = []
    hidden_rows: list[HiddenRow] = []
    supplied: list[SuppliedLabel] = []
    pictures = [item for _, item in page.items if isinstance(item, _Image) and not item.document] + page.cell_images
    talk = above = False
    if pictures:  # (what the page's prose says of a table: only read for a page with pictures)
        prose = [item if isinstance(item, str) else " ".join(text for _, text in item.lines) if isinstance(item, _Pre)
                 else " ".join(cell[0] for _, row in item for cell in row)
                 for _, item in page.items if not isinstance(item, _Image) and not getattr(item, "hidden", False)]
        talk, above = any(_TALK.search(text) for text in prose), any(_ABOVE.search(text) for text in prose)
    for line, item in page.items:  # each paragraph and each table, a blank line after it
        if isinstance(item, _Image):  # an image: an empty line stands for it, where it is
            lines.append("")
            numbers.append(line)
            if item.document:
                embeds.append((len(lines), item.name))
            elif _shown(item, page.first, talk, above):
                images.append((len(lines), item.name))
            continue
        if isinstance(item, str):
            lines.append(item)
            numbers.append(line)
        elif isinstance(item, _Pre) and item.hidden:  # (its lines with figures said, at the empty line it leaves)
            hidden_rows.extend(_hidden_line(len(lines) + 1, number, text) for number, text in item.lines
                               if _FIGURES_IN.search(text))
        elif isinstance(item, _Pre):  # (its lines as laid out, a table in columns of spaces among them)
            lines.extend(text for _, text in item.lines)
            numbers.extend(number for number, _ in item.lines)
        else:
            item, out_of_sight, folded = _out_of_sight(item, page.unseen_rows, page.collapsed.get(id(item), set()))
            grid, spans, tall = _grid(item)
            grid, spans, merged = merged_figures(grid, spans, tall)
            keys = _block_keys(item)  # (a first cell over a block's rows: its head; any other label over rows: every row's)
            grid = labels_down(grid, tall, frozenset((r, 0) for r in keys))
            total = _bold_total(item)
            if total is not None:  # (the page's bold says the row is the total: its label written, said so)
                grid[total][0] = SUPPLIED_TOTAL
            merged_at: dict[int, list[tuple[str, int, tuple[str, ...], str]]] = {}
            for r, label, figure, heads, reason in merged:
                merged_at.setdefault(r, []).append((label, figure, heads, reason))
            laid_lines, laid_aside = lay_out_beside(grid, spans, {k: (max(at, 0), cells)
                                                                   for k, (at, _, cells) in enumerate(folded)})
            at_row: dict[int, int] = {}  # each row of the table → its line (1-based)
            for r, ((row_line, _), laid) in enumerate(zip(item, laid_lines)):
                key = keys.get(r)
                if key is not None and laid.startswith(key) and laid[len(key):].strip():
                    lines.append(key)  # (a block's key over its rows: its head, on a line of its own)
                    numbers.append(row_line)
                    laid = " " * len(key) + laid[len(key):]
                lines.append(laid)
                numbers.append(row_line)
                at_row[r] = len(lines)
                if r == total:
                    supplied.append(SuppliedLabel(len(lines), row_line, SUPPLIED_TOTAL, "bold-row"))
                for label, figure, heads, reason in merged_at.get(r, ()):  # (a figure merged over columns or rows: no one's)
                    unread.append(Unread(len(lines), reason, label, heads, (figure,), ", ".join(heads)))
            at_row.setdefault(0, len(lines) + 1)  # (a table the page hides whole: at the empty line it leaves)
            hidden_rows.extend(_hidden_row(k, at_row, grid, laid_aside, row) for k, row in enumerate(folded)
                               if any(_FIGURE.fullmatch(text) for text in row[2]))
            hidden.extend(_hidden_column(column, cells, at_row, item) for column, cells in sorted(out_of_sight.items())
                          if any(_FIGURE.fullmatch(text) for _, text in cells))
        lines.append("")
        numbers.append(numbers[-1] if numbers else line)  # (a table the page hides whole, first: its own line)
    if not any(line.strip() for line in lines):
        raise InputError(path, "the HTML page holds no text", dutch="de HTML-pagina bevat geen tekst")
    # an image in a table's cell: at its row's line
    # (a row's own line, wherever it stands: a figure's caption moved above its table is out of order)
    at: dict[int, int] = {}
    for index, number in enumerate(numbers):
        at.setdefault(number, index)

    def place(line: int) -> int:
        return min(at.get(line, bisect.bisect_left(numbers, line)) + 1, len(lines))

    images.extend((place(line), name)
                  for (line, name), picture in zip(page.images, page.cell_images) if _shown(picture, page.first, talk, above))
    embeds.extend((place(line), name) for line, name in page.embeds)
    return Source(
        path=path, text="\n".join(lines), encoding=encoding, lines=tuple(lines), kind="html", positional=True,
        line_numbers=tuple(numbers), unread=tuple(unread), images=tuple(images), embeds=tuple(embeds),
        hidden=tuple(hidden), hidden_rows=tuple(hidden_rows), supplied=tuple(supplied),
    )

