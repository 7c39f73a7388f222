"""Blank cells printed as a mark: a dash, a slash or ``n.v.t.`` where a period has no figure.

Many answers print a blank cell as ``-`` (or ``–``, ``—``, ``/``, ``n.v.t.``) instead of leaving
it empty::

    908020: Verkorte educatieve master - - 94
    Brussel - 91 95

Such a mark says exactly where the blank is, which empty space in single-spaced text cannot.
:func:`mark_blanks` turns every mark among the figures that end a line into the blank the reader
already knows, before tables are looked for: in text laid out by position (a PDF,
``pdftotext -layout``) the mark becomes spaces, so its
column stays empty; in other text it goes and the spaces around it stay, as the seeds' form
prints a blank (``master   94``: two blanks), with one space more after the last figure when
the mark ended the line.

Labels print dashes of their own (``modules 1 - 4``, ``traject - 1``): a dash that may be the
label's is taken for a mark only on evidence (:func:`_marks`). A slash set apart among the
figures is seldom a label's (a label writes ``Frans/Engels``, ``1-4``): it is a mark unless the
figures and marks are more than the table's periods (``module 1 / 2 12 14``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from okot_audit.parse.cells import NUMBER, ends_in_label_number, numeric_tail, spaced_cells
from okot_audit.parse.context import period_list
from okot_audit.parse.regions import (
    _SUBSET_ROW, CODE_LINE, GRAND_LINE, TOTAL_LINE, ends_in_range, opened_number, province_name,
    range_opened_at_end, range_whole_at_end, without_glued_province,
)
from okot_audit.parse.scan import finds, joined, lines_at
from okot_audit.parse.subcolumns import periods_and_names
from okot_audit.parse.tokens import words_of
from okot_audit.parse.words import named_count_column
from okot_audit.patterns import BLANK_MARK, SPELLED_BLANK, THOUSANDS_REST, THOUSANDS_START, YEAR, partition_of, spelled_short

_MAYBE = re.compile(r"\s(?:[-\u2013\u2014/]|\.{3}|\u2026)(?:\s|$)|n\.?v\.?t|n\.?b\.?(?:\s|$)", re.I)
#: :data:`_MAYBE`'s two halves: a dash (or an ellipsis) set off by white space, and ``n.v.t.`` / ``n.b.``.
_DASH_MARK = re.compile(r"(?:^|\s)(?:[-\u2013\u2014/]|\.{3}|\u2026)(?:\s|$)")
_WORD_MARK = re.compile(r"n\.?v\.?t|n\.?b\.?(?:\s|$)", re.I)
_DASH = re.compile(r"[-\u2013\u2014]")
#: An ``x`` set off by white space: a blank mark where it stands among a row's figures.
_X_MARK = re.compile(r"(?:^|\s)[xX](?:\s|$)")
#: A year as a sideways table's first word prints it (``2022``, ``2022*``): :data:`~okot_audit.patterns.YEAR`.
_YEAR = re.compile(YEAR.pattern + r"\*{0,3}")


#: A bound printed for a withheld small count: ``<5``, ``< 5``, ``≤4`` (a figure of 1 to 4) — its
#: sign however far laid-out text set it from its number (``<  5``).
_BOUND = re.compile(r"([<>\u2264\u2265])([ \t]+)(?=\d)")


def glue_bounds(lines: tuple[str, ...], positional: bool = True) -> tuple[str, ...]:
    """`lines` with every bound's sign joined to its number: ``<5`` is no count of 5 but a count
    withheld, never to be read as the figure after the sign (the row is then reported as not
    read). In `positional` text the length is kept, so that positions stay (``< 5`` →
    `` <5``, ``<  5`` → ``  <5``: the number stands where it stood); in single-spaced text, where
    two spaces between figures are a blank cell, the space goes (``2 2 < 5`` → ``2 2 <5``, no
    blank before the bound)."""
    text = joined(lines)
    if text is not None and not has_bound_sign(text):
        return lines  # (no line holds a bound's sign: most answers; looked for in the whole text at once)
    out = list(lines)
    changed = False
    glued = (lambda m: m.group(2) + m.group(1)) if positional else (lambda m: m.group(1))
    for index, line in enumerate(lines):
        if has_bound_sign(line) and _BOUND.search(line):
            out[index] = _BOUND.sub(glued, line)
            changed = True
    return tuple(out) if changed else lines


#: What the reader writes for a mark whose footnote says a count is withheld but names no bound
#: (``* om privacyredenen niet vermeld``: :func:`~okot_audit.parse.notes.marks_as_bounds`): a
#: bound with no number, read as one (:func:`bounds_in`), a count of at least 0.
UNBOUNDED = "<?"
#: A count withheld and printed as a bound (``<5``, ``≤4``; :func:`glue_bounds` joined ``< 5``),
#: or with none (:data:`UNBOUNDED`).
_WITHHELD = re.compile(r"(?<!\S)(?:[<>\u2264\u2265]\d[\d.]*|<\?)(?!\S)")
#: What may follow a bound among a line's figures: figures and bounds only.
_FIGURES_ON = re.compile(r"(?:\s+(?:[<>\u2264\u2265]?\d[\d.]*|<\?))*\s*")


def has_bound_sign(text: str) -> bool:
    """Whether `text` holds a sign a bound opens with (``<``, ``>``, ``≤``, ``≥``): the quick
    look before a bound is searched for."""
    return "<" in text or ">" in text or "\u2264" in text or "\u2265" in text


def bounds_in(text: str) -> list[re.Match[str]]:
    """The bounds among the figures that end `text` (``Limburg <5 7 9`` → ``<5``); a bound
    followed by words is a label's (``<25 jaar 12 14``: an age class)."""
    if not has_bound_sign(text):
        return []
    return [m for m in _WITHHELD.finditer(text) if _FIGURES_ON.fullmatch(text, m.end())]


def stand_in_bounds(text: str) -> str:
    """`text` with each bound among its figures as a figure as wide (``<5`` → ``00``), where
    it stands: a line whose figures hold a bound is a row like any other while the tables are
    found and its figures placed."""
    for m in bounds_in(text):
        text = text[:m.start()] + "0" * (m.end() - m.start()) + text[m.end():]
    return text


def mark_blanks(lines: tuple[str, ...], positional: bool) -> tuple[str, ...]:
    """`lines` with every blank mark among the figures that end a line made a blank (line
    numbers kept)."""
    found: dict[int, tuple[list[re.Match[str]], list[re.Match[str]]]] = {}
    spelled: dict[int, str] = {}  # (lines whose marks are written out: ``120 131 niet beschikbaar``)
    glued: dict[int, str] = {}  # (a province's label glued after a row's last cell: ``… 16 x Limburg``)
    counted: dict[int, int] = {}
    apart_of: dict[int, list[re.Match[str]]] = {}  # (dashes the spacing alone sets apart: no proof of a convention)

    def periods(index: int) -> int:
        """:func:`_periods_above` line `index`, looked for once (each line's marks ask it again)."""
        if index not in counted:
            counted[index] = _periods_above(lines, index)
        return counted[index]

    for index in _maybe_lines(lines):
        above = lines[index - 1] if index else ""
        line = lines[index]
        if SPELLED_BLANK.search(line):
            line = spelled[index] = SPELLED_BLANK.sub(lambda m: _abbreviated(m, positional), line)
        cut = 0 if positional else _glued_province(line)
        if cut:
            glued[index], line = line[cut:], line[:cut]
            spelled[index] = line
        sure, maybe = _marks(line, positional, lambda: _figures_end_row(lines, index), above,
                             lambda: periods(index), lambda: _below_coded_figures(lines, index))
        if sure and not positional and _mark_ends_name_line(line, lines, index):
            continue  # (its marks and figures the name's or a row's of its own: left as printed, to be said)
        if not positional and any(m.group() == "/" for m in sure) and _run_length(line) > periods(index):
            slashes = [m for m in sure if m.group() == "/"]
            sure = [m for m in sure if m.group() != "/"]  # (more figures than periods: ``module 1 / 2 12 14``, the label's)
            if _joins_to_periods(line, periods(index)) and _figures_end_row(lines, index):
                # (a count among them prints its thousands apart by a space: ``laaggeschoold 50 1 442 51 49 /``
                # under five periods, 1.442 and a blank last; a slash ending the line is no range of the label's)
                sure = sorted(sure + [m for m in slashes if not line[m.end():].strip()], key=lambda m: m.start())
                if _as_many_as_periods(line, periods(index), above):
                    # (or the label's own number before them: ``niveau 5 39 61 / 55 60 578 757`` under
                    # seven periods, 60 578 one count or two — a slash between two figures is a blank
                    # either way, where the answer prints blanks as marks)
                    maybe = sorted(maybe + [m for m in slashes if line[m.end():].strip() and _between_figures(line, m)],
                                   key=lambda m: m.start())
            elif _as_many_as_periods(line, periods(index), above):
                # (or the label's own number before them: ``module 5 / 19 51`` under three periods, a
                # blank where the answer prints blanks as marks; ``deel 2 66 70 8 /``, the row's last word
                # on the line that ends it: no range of the label goes on after it)
                last = [m for m in slashes if not line[m.end():].strip() and _figures_end_row(lines, index)]
                sure = sorted(sure + last, key=lambda m: m.start())
                maybe = sorted(maybe + [m for m in slashes if m not in last], key=lambda m: m.start())
        if maybe and not positional:
            # (a dash set apart by two spaces or more on each side, between two figures, is a cell of
            # its own the spacing shows — no label's range, which keeps its figures beside it: ``Kok
            # 25   -   892``, text laid out by an extractor whose columns too few rows show)
            apart = [m for m in maybe if _set_apart(line, m) and _between_figures(line, m)]
            if apart:
                sure = sorted(sure + apart, key=lambda m: m.start())
                maybe = [m for m in maybe if m not in apart]
                apart_of[index] = apart
        if sure or maybe:
            found[index] = (sure, maybe)
    def blanks(index: int, maybe: list[re.Match[str]], convention: bool) -> bool:
        """Whether the dashes `maybe` of line `index` are blanks: where the answer prints blanks
        as marks, or the line holds two of them, or each stands between two figures — among
        figures and marks as many as the periods, on a row that ends on the line."""
        text = spelled.get(index, lines[index])  # (the line its marks were found in: a glued province's label off)
        if not convention and maybe:  # (no dash: none to leave to the label)
            # (a dash before the last words as many as the periods is the label's, and so is the number
            # right before the first of them: ``fase 1- 2 - 1 42`` under three periods, ``2 - 3 - 1 34 4
            # 58`` under five — a dash there stands between the label and the figures, not between two)
            cells = _cells_start(text, periods(index))
            maybe = [m for m in maybe if m.start() > cells]
        return (
            bool(maybe) and (convention or len(maybe) > 1 or (
                all(_between_figures(text, m) for m in maybe) and _labelled_run(text, positional)
            ))
            and _figures_end_row(lines, index)
            and _as_many_as_periods(text, periods(index), lines[index - 1] if index else "")
            and not _spaced_run(text)
            and (positional or not _name_beside_its_figures(lines, index, text, convention, periods(index)))
        )  # (two dashes among figures as many as the periods: ``master - 1 - 1`` under four periods;
        # a dash between two figures: ``Zorgkundige 95 40 12 - 33 11`` under six)

    # the answer prints blanks as marks: a mark its line proves, or a dash its row proves a blank
    # (between two figures: ``tandartsassistent 20 - 20`` under three periods)
    convention = any(m not in apart_of.get(index, ()) for index, (sure, _) in found.items() for m in sure) or any(
        blanks(index, maybe, False) for index, (_, maybe) in found.items())
    out = list(lines)
    for index, (sure, maybe) in found.items():
        if blanks(index, maybe, convention):
            cells = _cells_start(spelled.get(index, lines[index]), periods(index))
            sure = sorted(sure + [m for m in maybe if m.start() >= cells], key=lambda m: m.start())
        if sure:
            out[index] = _blanked(spelled.get(index, lines[index]), sure, positional) + glued.get(index, "")
    return tuple(out) if found else lines


def _mark_ends_name_line(line: str, lines: tuple[str, ...], index: int) -> bool:
    """Whether `line` (single-spaced text), whose figures and marks end in a mark, is a line of a
    row's name that goes on below with the row's figures (:func:`_figures_end_row` False:
    ``Verpleegkunde - 1 - - 2 -`` / ``voor volwassenen 4 6 2 5 7 3``): its run is the name's own
    words, or a row of its own above a name that opens in lower case — which, the totals and the
    columns it fills say (``number-in-name``, :func:`okot_audit.parse.numbers_in_names`), never
    the blanking of some of its marks, after which the name keeps the rest (``Verpleegkunde - 1 2
    -``) and neither reading's run is printed any more. A row's figures that end in a mark end
    its row: a line whose row goes on below ends in no blank. The line below is the name's last
    words, in lower case and no category of persons (``hooggeschoold x 9 …`` opens a row of its
    own), and the row's figures after them (a figure, or two marks at least: one dash after the
    words is the name's, ``… 40 52 niet beschikbaar`` / ``bachelor verpleegkunde -`` / ``3de jaar``).
    The line's own run holds two marks at least: one mark after a name's number (``module 5 x``)
    is a blank, as test_twospace31 and test_design32 read it."""
    words = line.split()
    if not words or not _tail_mark(words[-1], len(words) == 1) or _figures_end_row(lines, index):
        return False
    j = len(words)
    while j and (_figure_or_bound(words[j - 1]) or _tail_mark(words[j - 1], j == 1)):
        j -= 1
    if sum(1 for w in words[j:] if _tail_mark(w, False)) < 2:
        return False  # (one mark after a name's number, ``module 5 x``: a blank, as twospace31 reads it)
    below = lines[index + 1].split() if index + 1 < len(lines) else []
    k = len(below)
    while k and (_figure_or_bound(below[k - 1]) or _tail_mark(below[k - 1], k == 1)):
        k -= 1
    head, run = " ".join(below[:k]), below[k:]
    # (a lone dash after the words is a name's own dash, ``bachelor verpleegkunde -`` / ``3de jaar``)
    figures = len(run) > 1 or any(_figure_or_bound(w) for w in run)
    return figures and head[:1].islower() and not partition_of(head)


def _glued_province(line: str) -> int:
    """Where a province's label glued after the figures and marks that end `line` starts
    (``zorgkundige 27 16 x Limburg``, ``… 16 x West-Vlaanderen``: the floating province cell
    printed on a row's line), 0 where none is."""
    if not line.rstrip()[-1:].isalpha():
        return 0
    words = words_of(line)
    for size in (1, 2):
        if len(words) > size + 1 and province_name(" ".join(w.group() for w in words[-size:])):
            before = words[-size - 1].group()
            if NUMBER.fullmatch(before) or _tail_mark(before, False):
                return words[-size - 1].end()
    return 0


def _abbreviated(mark: re.Match[str], positional: bool) -> str:
    """The mark written out (:data:`~okot_audit.patterns.SPELLED_BLANK`) as its abbreviation
    (``n.b.``, ``n.v.t.``), which stands among a row's figures as one token; in `positional`
    text where the words ended, spaces before it, so that its column stays where it was."""
    short = spelled_short(mark)
    return short.rjust(mark.end() - mark.start()) if positional else short


def _maybe_lines(lines: tuple[str, ...]) -> list[int]:
    """The indices, in order, of the lines :data:`_MAYBE` finds something in: each half searched
    only in a line that holds what it needs (a dash; ``n`` and ``v`` or ``b`` in lower case,
    which only ``n``, ``N``, ``v``, ``V``, ``b``, ``B`` give, as ``re.IGNORECASE`` matches)."""
    out = []
    for index, line in enumerate(lines):
        if ("-" in line or "\u2013" in line or "\u2014" in line or " /" in line or line[:1] == "/" or "..." in line
                or "\u2026" in line) and _DASH_MARK.search(line):
            out.append(index)
            continue
        lower = line.lower()
        if ("nv" in lower or "nb" in lower or "n.v" in lower or "n.b" in lower) and _WORD_MARK.search(line):
            out.append(index)
        elif ("beschikbaar" in lower or "toepassing" in lower) and SPELLED_BLANK.search(line):
            out.append(index)  # (written out: ``niet beschikbaar``, ``niet van toepassing``)
    marked = _x_lines(lines)
    return sorted(set(out).union(marked)) if marked else out


def _x_lines(lines: tuple[str, ...]) -> list[int]:
    """The indices of the lines that hold an ``x`` set off by white space (:data:`_X_MARK`),
    found in the answer's whole text at once where it can be joined."""
    text = joined(lines)
    if text is None:
        at: Iterable[int] = range(len(lines))
    else:  # (each ``x`` one past where its needle starts; the text's first character too)
        at = lines_at(lines, [0, *(i + 1 for i in finds(text, _X_NEEDLES))] if text.startswith(("x", "X")) else
                      [i + 1 for i in finds(text, _X_NEEDLES)])
    return [index for index in at if _X_MARK.search(lines[index])]


#: Where an ``x`` set off by white space starts, less the first character (:func:`_x_lines`).
_X_NEEDLES = (" x", " X", "\tx", "\tX", "\nx", "\nX")


def _marks(
    line: str, positional: bool, ends: Callable[[], bool], above: str = "", periods: Callable[[], int] = lambda: 0,
    below_figures: Callable[[], bool] = lambda: False,
) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The blank marks among the tokens that end `line` (figures and marks), when at least one
    figure is among them and a label stands before them — or, in single-spaced text, on the line
    `above`, which ends in none (pypdf sets a row's figures on a line of their own under its
    label: ``… verkort`` / ``traject - 2de jaar`` / ``- 24 11 102``): those the line itself
    proves, and those that may also be the label's.

    In a line laid out by position a mark is one that stands apart, two spaces or more after
    what comes before it (``jaar - 1      12`` keeps its label's ``- 1``). In single-spaced text
    ``n.v.t.`` is a mark, and so is a dash beside another dash, or any dash after a label that is
    a province, a category of persons or a total (``Brussel - 91 95``, ``Totaal 12 -``) — but
    for a province's between two single digits, more than the `periods()`, right below a coded
    row's figures (`below_figures()`: that row's name's range, ``Vlaams-Brabant 2 - 3``,
    :func:`_range_past_periods`) — or that ends a line after which another row starts, or only
    the rest of its label in words (`ends()`: no hyphen leads the label on to a number). A line of figures and marks alone,
    more than the table's `periods()`, begins with its label's last words (``- 3 11 7 x 71``
    under four periods, its label's ``2`` above). Any other
    dash may be the label's own: a range (``vorming 2 - 3``, whose counts may stand on the next
    line) or a hyphen before its number (``traject - 1 12 13``, ``module 5 2 -`` / ``3``). Such
    a dash is a mark only where :func:`mark_blanks` finds that the answer prints blanks as marks
    elsewhere (or the line holds two such dashes: ``master - 1 - 1``), the row ends on this line,
    and the figures and marks are as many as the table's periods.
    """
    tokens = words_of(line)
    k = len(tokens)
    while k > 0 and (_figure_or_bound(tokens[k - 1].group()) or _tail_mark(tokens[k - 1].group(), k == 1)):
        k -= 1
    # (a year is the label of a line of a table on its side: ``2020  1.012  -  4.809``, ``2024* - - 26``)
    sideways = k in (0, 1) and len(tokens) > 2 and _YEAR.fullmatch(tokens[0].group()) is not None
    if sideways:
        k = 1
    if k == 1 and len(tokens) > 1 and not positional and BLANK_MARK.fullmatch(tokens[0].group()) and above.strip() \
            and (not _figure_ends(above) or (ends_in_label_number(above) and _label_number_above(above, len(tokens), periods))):
        # (an ``x`` first among figures alone on their line, under their label: ``… jaar`` / ``x 44 39``,
        # or under a label that ends in its own number, the figures and marks one per period: ``… niveau 4`` / ``x 7``)
        k = 0
    run = tokens[k:]
    if k == 0 and not positional and len(run) > 1 and above.strip() and (
            not _figure_ends(above) or _label_number_above(above, len(run), periods)):
        k = -1  # the figures alone on their line, their label's last line above them
    elif k == 0 and not positional and len(run) > 1 and 0 < (width := periods()) < len(run):
        k = len(run) - width  # more than the periods: the first are the label's (``Verkorte`` / ``2`` / ``- 3 11 7 x 71``)
        run = tokens[k:]
    if k == 0 or not any(_figure_or_bound(t.group()) for t in run):
        return [], []  # no label before the figures, or no figure (nor a count withheld: ``Brussel <5 - -``) at all
    if positional and sideways:
        return [], []  # (a table on its side reads its marks as its cells: ``2018   46   -      -   46``, four columns)
    if positional:  # cells stand apart: a mark is a cell of its own
        return [t for t in run if BLANK_MARK.fullmatch(t.group()) and line[t.start() - 2:t.start()] == "  "], []
    label: list[bool] = []  # whether a known label stands before them, found when a mark asks

    def keyed_label() -> bool:
        if not label:
            label.append(_known_label(line[: run[0].start()]))
        return label[0]

    sure, maybe = [], []
    for i, token in enumerate(run):
        if not BLANK_MARK.fullmatch(token.group()):
            continue
        beside = any(0 <= j < len(run) and _DASH.fullmatch(run[j].group()) for j in (i - 1, i + 1))
        # (a period, the label of a line of a table on its side, owns no range: ``2016 - 4 - 4``)
        if not _DASH.fullmatch(token.group()) or beside or sideways or (
                keyed_label() and not (_range_past_periods(run, i, periods) and below_figures())) or (
                i == len(run) - 1 and ends()):
            sure.append(token)
        else:
            maybe.append(token)
    return sure, maybe


def _label_number_above(above: str, run: int, periods: Callable[[], int]) -> bool:
    """Whether the line `above` a line of figures and marks alone, `run` of them as many as the
    table's `periods()`, ends in its label's own number rather than in a row's figures: its last
    word a number, the figures and marks that end it fewer than the periods (pypdf sets a row's
    figures on a line of their own under its label: ``zorgkundige modules 1- 4`` / ``54 x x 54``
    under four periods). A row that marks its blanks prints a figure or a mark in every cell,
    so a line above with fewer is no row's figures; one that ends in a dash may open a range the
    line below closes (``modules 1-`` / ``4 …``), and is left as it was."""
    words = above.split()
    return bool(words) and NUMBER.fullmatch(words[-1]) is not None and run == periods() > _run_length(above)


def _range_past_periods(run: Sequence[re.Match[str]], i: int, periods: Callable[[], int]) -> bool:
    """Whether the dash `run[i]`, among the figures and marks that end a line after a whole
    label (a province: ``Vlaams-Brabant 2 - 3``), stands between two single digits where the
    figures and marks are more than the table's `periods()` (one column of counts): the line
    cannot be that label's cells (2, a blank and 3 under one column). Right below a coded row's
    figures (:func:`_below_coded_figures`) the dash is a range of that row's name beside its
    block's province cell (``201213: … verpleegkunde 18`` / ``Vlaams-Brabant 2 - 3``, a name
    wrapped below its count) — no proven blank; the reader places it."""
    return (
        0 < i < len(run) - 1 and len(run[i - 1].group()) == 1 == len(run[i + 1].group())
        and run[i - 1].group().isdigit() and run[i + 1].group().isdigit() and 0 < periods() < len(run)
    )


def _below_coded_figures(lines: tuple[str, ...], index: int) -> bool:
    """Whether line `index` stands right below the line that ends a coded row in its figures:
    that line is a code's, or a line of its name below a code's line with no figure, blank
    line or total between them (``201213: bachelor - 2e jaar`` / ``voor verpleegkunde 18``)."""
    above = lines[index - 1] if index else ""
    if not _figure_ends(above) or TOTAL_LINE.match(above) or GRAND_LINE.match(above):
        return False
    for m in range(index - 1, max(-1, index - 2 - LABEL_LINES), -1):
        if not lines[m].strip() or TOTAL_LINE.match(lines[m]) or GRAND_LINE.match(lines[m]):
            return False
        if m < index - 1 and _figure_ends(lines[m]):
            return False  # (another row's figures: the line above is a row of its own)
        if CODE_LINE.match(lines[m]):
            return True
    return False


def _figure_or_bound(word: str) -> bool:
    """Whether `word` is a figure or a count withheld as a bound (``<5``): a cell with a count in it,
    beside which a mark is a blank (``Limburg - <5 7``)."""
    return NUMBER.fullmatch(word) is not None or _WITHHELD.fullmatch(word) is not None


def _tail_mark(word: str, first: bool) -> bool:
    """Whether `word` is a blank mark among the figures that end a line. An ``x`` first on its
    line is a row's label (the gender ``X``: ``X 3 -``), never a mark: a mark stands after one."""
    return BLANK_MARK.fullmatch(word) is not None and not (first and word in ("x", "X"))


def _between_figures(line: str, mark: re.Match[str]) -> bool:
    """Whether the dash `mark` stands between two figures (``12 - 33``): among figures and marks
    as many as the table's periods, on a row that ends on its line, such a dash is a blank cell
    (a label's range keeps its figures after it: ``modules 1 - 4 12 14``, more than the periods)."""
    before = line[:mark.start()].split()
    after = line[mark.end():].split()
    return bool(before and after) and bool(NUMBER.fullmatch(before[-1])) and bool(NUMBER.fullmatch(after[0]))


def _set_apart(line: str, mark: re.Match[str]) -> bool:
    """Whether `mark` stands two spaces or more from the words on each side of it on `line`."""
    return line[max(0, mark.start() - 2):mark.start()] == "  " and line[mark.end():mark.end() + 2] == "  "


def _labelled_run(line: str, positional: bool) -> bool:
    """Whether the figures and marks that end `line` follow a label on their line and, in
    single-spaced text, stand one space apart. A line of figures and dashes alone is a piece of
    a wrapped label (``lerarenopleiding`` / ``2 - 3`` / ``Hoger secundair 54 62 25``), and in a
    row set two spaces or more apart somewhere the answer marks its blanks by spaces: a dash
    among them is a label's range (``Se-n-se 2 - 3   53 51``), not a blank."""
    words = list(re.finditer(r"\S+", line))
    k = len(words)
    while k and (NUMBER.fullmatch(words[k - 1].group()) or _tail_mark(words[k - 1].group(), k == 1)):
        k -= 1
    return 0 < k < len(words) and (positional or "  " not in line[words[k].start():].rstrip())


def _spaced_run(line: str) -> bool:
    """Whether the figures and marks that end single-spaced `line` stand two spaces apart
    somewhere (``voor 2 - 3 49 52   3  104``): the row prints its blanks as spaces, so a dash
    among them is its label's (a range), not a blank — even where other rows print marks."""
    words = list(re.finditer(r"\S+", line))
    k = len(words)
    while k and (NUMBER.fullmatch(words[k - 1].group()) or _tail_mark(words[k - 1].group(), k == 1)):
        k -= 1
    return k < len(words) and "  " in line[words[k].start():].rstrip()


def _name_beside_its_figures(
    lines: tuple[str, ...], index: int, text: str, convention: bool = False, periods: int | None = None,
) -> bool:
    """Whether single-spaced line `index` (`text`) is a line of a name whose row's figures
    stand on the line beside it, so that the numbers and dashes ending it are the name's own (a
    range of modules or years: ``2 - 3``), no figures and blank: a code's line, the rest of its
    name below it with all the row's figures (``788975: … onderwijs 2 - 3`` / ``Opvoeder
    gehandicaptenzorg 54 64 80``, as pypdf sets a row's figures on its name's last line; its
    block's province there too: ``Antwerpen 5 6 11``), or a line in lower case that goes on with
    the name of the complete row above it (``Specifieke apotheekassistent 465 29 494`` /
    ``traject 2 - 3``, as pdfplumber sets them on its first line). Either way the figures and
    marks of the line beside are as many as the table's periods: its row needs none of these —
    or, where the answer prints no blanks as marks elsewhere (not `convention`), fewer on a code's
    line, its dashes a name's ranges as much as blanks (:func:`ranges_below_short_code_line`).
    `periods`: :func:`_periods_above` line `index`, where the caller has it."""
    periods = _periods_above(lines, index) if periods is None else periods
    if periods < 1:
        return False
    if CODE_LINE.match(text):
        below = lines[index + 1] if index + 1 < len(lines) else ""
        return bool(
            below.strip() and not CODE_LINE.match(below) and not TOTAL_LINE.match(below)
            and not GRAND_LINE.match(below) and _figure_ends(below) and _run_length(below) == periods
            and not partition_of(numeric_tail(below)[0].strip()) and period_list(below) is None
        )
    above = lines[index - 1] if index else ""
    head = text[: _cells_start(text, _run_length(text))] if _run_length(text) else text
    # (its name's own number or range first, opened by the last word before the figures above:
    # ``… traject - modules 11 36 84`` / ``1- 4 onderwijs: 2 - 3``)
    words = text.lstrip()[opened_number(numeric_tail(above)[0], text.lstrip()):]
    return bool(
        _LOWER_START.match(words) and not _known_label(head) and not _SUBSET_ROW.match(text)
        and _figure_ends(above) and period_list(above) is None
        and (_run_length(above) == periods or (not convention and ranges_below_short_code_line(above, text, periods)))
        and not TOTAL_LINE.match(above) and not GRAND_LINE.match(above)
    )


def ranges_below_short_code_line(above: str, text: str, periods: int) -> bool:
    """Whether `text`, a line in lower case, ends in digits and dashes of a name's ranges (one
    digit each: ``modules 1- 4 zorgkundige 2 - 3``, ``fase 1 - 2 4 - 6``) below a code's line
    ending in figures fewer than the `periods` (``900124: Zorgkundige traject - 7`` under three):
    the row's figures may stand on either line, so its dashes are no proven blanks — read as
    marks, ``2 - 3`` was a full row (2, a blank, 3) and the code line's figures its label's.
    Unmarked, the row's readings on both lines — and this one's with the dashes as blanks
    (:func:`~okot_audit.parse._dashes_as_blanks`) — are offered and the totals choose, or the row
    is reported as ambiguous."""
    run = _run_length(text)
    return bool(
        CODE_LINE.match(above) and 0 < _run_length(above) < periods and run
        and all(len(word) == 1 for word in text.split()[-run:])
    )


#: A line in lower case: the rest of a name (a programme's name starts with a capital).
_LOWER_START = re.compile(r"[^\W\d_A-Z]")


def _known_label(text: str) -> bool:
    """Whether `text` is a whole row label that never ends in a dash of its own: a province, a
    category of persons (``25-54 jaar``) or the words of a total line."""
    label = text.strip()
    return bool(label) and bool(
        province_name(label) or partition_of(label) or TOTAL_LINE.match(label) or GRAND_LINE.match(label)
    )


def _run_length(line: str) -> int:
    """How many figures and marks end `line`."""
    count = 0
    words = line.split()
    for k in range(len(words) - 1, -1, -1):
        if not (NUMBER.fullmatch(words[k]) or _tail_mark(words[k], k == 0)):
            break
        count += 1
    return count


def _joins_to_periods(line: str, periods: int) -> bool:
    """Whether the figures and marks that end `line`, more than the table's `periods`, may be
    as many once numbers printed one space apart as a count's thousands and the rest are joined
    (``laaggeschoold 50 1 442 51 49 /`` under five periods: 50, 1.442, 51, 49 and a blank)."""
    run = _run_length(line)
    if periods < 1 or run <= periods:
        return False
    words = words_of(line)[-run:]
    joins, i = 0, 0
    while i + 1 < len(words):
        a, b = words[i], words[i + 1]
        if THOUSANDS_START.fullmatch(a.group()) and THOUSANDS_REST.fullmatch(b.group()) and b.start() - a.end() == 1:
            joins, i = joins + 1, i + 2
        else:
            i += 1
    return joins >= run - periods


def _as_many_as_periods(line: str, periods: int, above: str = "") -> bool:
    """Whether the figures and marks that end `line` are as many as the table's `periods`, the
    label's own number or range before them aside (``apotheekassistent deel 2 60 68 - 43``
    under four periods: ``deel 2`` is the label's, ``60 68 - 43`` the row's four cells;
    ``2e jaar 2 - 3 – 56 18 39``: ``2 - 3`` the label's). A line of figures and marks alone
    goes on with the label's line `above` (``Graduaat niveau`` / ``5 – 37 59 – 20 – 116``
    under seven periods: ``niveau 5``; ``Specifieke verkort - deel`` / ``2 4 / 57``), and so
    does one below a line that ends in a range's dash (``en lager 2 -`` / ``3 37 63 67 - 167``
    under five periods: ``2 - 3``)."""
    run = _run_length(line)
    if run == periods:
        return True
    words = line.split()
    if not 0 < run - periods <= 3 or periods < 1 or NUMBER.fullmatch(words[-periods - 1]) is None:
        return False
    head = " ".join(words[: len(words) - periods])
    if run == len(words) and above.strip() and (not _figure_ends(above) or _DASH.fullmatch(above.split()[-1])):
        # (its label's last words above it; or a range they open: ``en lager 2 -`` / ``3 37 63 67 - 167``)
        head = f"{above.strip()} {head}"
    return ends_in_label_number(head) or ends_in_range(head)


def _cells_start(line: str, periods: int) -> int:
    """Where the last `periods` words of `line` start (its cells, where the label's own number
    stands before them)."""
    words = words_of(line)
    return words[-periods].start() if 0 < periods <= len(words) else 0


def _figure_ends(line: str) -> bool:
    """Whether a figure stands among the figures and marks that end `line`: a line whose last
    words are marks alone (``541197: vorming -``) holds no row's figures — a row all of whose
    cells are blank is not printed — so the dash is its label's, wrapped before its number
    (``1 13 x 7 25`` below)."""
    words = line.split()
    for k in range(len(words) - 1, -1, -1):
        if NUMBER.fullmatch(words[k]):
            return True
        if not _tail_mark(words[k], k == 0):
            return False
    return False


def _row_ends(lines: tuple[str, ...], index: int) -> bool:
    """Whether the row of line `index` ends there: the next line is blank or starts another
    row (a code, a total, a label with a capital, a category of persons: ``Limburg``,
    ``25-54 jaar 12``). Else it may go on with the rest of a wrapped label (``vorming 2 -`` /
    ``3 gehandicaptenzorg … 28 20 27``), and the numbers and dashes of this line may be the
    label's."""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return not below.strip() or bool(
        CODE_LINE.match(below) or TOTAL_LINE.match(below) or GRAND_LINE.match(below) or _CAPITAL.match(below)
        or partition_of(numeric_tail(below)[0])
    )


def _figures_end_row(lines: tuple[str, ...], index: int) -> bool:
    """Whether the figures and marks that end line `index` are its row's: the row ends there
    (:func:`_row_ends`), or the rest of its label goes on below in words alone — no figure ends
    those lines, a province label glued after their figures aside (``… 2 -`` / ``3 1
    Limburg``) — up to where the next row starts (``… secundair onderwijs: 99 - 55 -`` /
    ``knelpuntvakken - 3de jaar``: a label's number would have its row's figures after it)."""
    for k in range(index, min(index + 1 + LABEL_LINES, len(lines))):
        if k == index and _dash_ends(lines[k]) and _coded_name_goes_on(lines, index):
            return False  # (``knelpuntvakken 2 - 3`` / ``Tweedekansonderwijs en`` / ``zorgkundige 7 51 24``)
        if _row_ends(lines, k):
            return True
        below = without_glued_province(lines[k + 1]) if k + 1 < len(lines) else ""
        if k == index and _dash_ends(lines[k]) and _range_closed_over_cells(lines, index):
            return False  # (``… vakbevoegdheid 2 -`` / ``3 en bachelor`` / ``… 459 33 44 x``: its name's range;
            # ``… Graduaat 2 - 3`` / ``voor`` / ``Se-n-se 19 272 67``: a whole one the name goes on past)
        if _run_length(below) or _DASH.search(below.rstrip()[-1:]):
            return False  # the label's lines below hold figures (or break at a dash): they may be the row's
    return False


def _coded_name_goes_on(lines: tuple[str, ...], index: int) -> bool:
    """Whether line `index`, a line of a coded row (:func:`_coded_above`) that ends in its name's
    range (``… knelpuntvakken 2 - 3``), has right below it a line with a capital that no code,
    total, province or category of persons opens (``Tweedekansonderwijs en``), and the row's
    figures further down (:func:`_range_closed_over_cells`: ``zorgkundige 7 51 24``): among coded
    rows a line with a capital below a coded row goes on with its name — no row without a code
    starts there — so the range is the name's, no blank's mark. Among rows without codes such a
    line may open a row (:func:`_row_ends`), as before."""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if not _CAPITAL.match(below) or CODE_LINE.match(below) or TOTAL_LINE.match(below) or GRAND_LINE.match(below):
        return False
    head = numeric_tail(below)[0].strip()
    return (not (province_name(head) or partition_of(head)) and _coded_above(lines, index)
            and _range_closed_over_cells(lines, index))


def _dash_ends(line: str) -> bool:
    """Whether `line` ends in a dash or in a dash and one digit (``… 2 -``, ``… 2 - 3``): a cheap
    look before a range is weighed (:func:`_range_closed_over_cells`)."""
    end = line.rstrip()
    if end[-1:].isdigit():
        end = end[:-1].rstrip()
    return end[-1:] in ("-", "\u2013")


def _range_closed_over_cells(lines: tuple[str, ...], index: int) -> bool:
    """Whether line `index` ends in a range its name opened after a word (``… vakbevoegdheid 2
    -``) that the next line closes with a larger digit, the name going on in words (``3 en
    bachelor``: :func:`~okot_audit.parse.regions.range_opened_at_end`) — or ends in a whole range
    its name goes on past in words alone (``… Graduaat 2 - 3`` / ``voor``:
    :func:`~okot_audit.parse.regions.range_whole_at_end`) — and a line of the name
    further down, before its row ends, ends in figures and marks as many as the table's periods
    (``Educatieve … educ x x 459 33 44 x`` under six): the row's cells stand there, so the
    dash is its name's range, no blank's mark. Where no such line comes (``Kapper 2 -`` / ``3 en
    bachelor`` / the next row), the line's own figures are the row's, as before."""
    if index + 1 >= len(lines):
        return False
    below = without_glued_province(lines[index + 1])
    if not (range_opened_at_end(lines[index], below) or range_whole_at_end(lines[index], below)):
        return False
    periods = _periods_above(lines, index)
    if periods < 2:
        return False
    for k in range(index + 1, min(index + 1 + LABEL_LINES, len(lines) - 1)):
        below = lines[k + 1]
        if not below.strip() or CODE_LINE.match(below) or TOTAL_LINE.match(below) or GRAND_LINE.match(below):
            return False
        if periods in (_run_length(without_glued_province(below)), spaced_cells(without_glued_province(below))):
            # (a line with a capital below a coded row's goes on with its name — no row without a code
            # starts there; among rows without codes it may start one: the line's own figures stay the row's)
            return _CAPITAL.match(below) is None or _coded_above(lines, index)
        if _row_ends(lines, k):
            return False
    return False


def _coded_above(lines: tuple[str, ...], index: int) -> bool:
    """Whether line `index` is a line of a coded row's name: a code's line, or below one with no
    figures, blank line or total between them."""
    for m in range(index, max(-1, index - 1 - LABEL_LINES), -1):
        if not lines[m].strip() or TOTAL_LINE.match(lines[m]) or GRAND_LINE.match(lines[m]):
            return False
        if m < index and _figure_ends(lines[m]):
            return False  # (another row's figures)
        if CODE_LINE.match(lines[m]):
            return True
    return False


#: How many lines the rest of a label may run over below its figures.
LABEL_LINES = 3

#: A line that starts with a capital: a row of its own, not the rest of a label.
_CAPITAL = re.compile(r"^\s*[A-Z]")


def _periods_above(lines: tuple[str, ...], index: int) -> int:
    """How many periods (a total column included) the nearest header above line `index` lists
    (0 when none stands within :data:`HEADER_REACH` lines) — the columns of a header that names
    a column under each period (``Opleiding 2018 geslaagd 2018 gestart``: two,
    :func:`~okot_audit.parse.subcolumns.periods_and_names`), never the periods of another table's
    header further up."""
    for k in range(index - 1, max(-1, index - 1 - HEADER_REACH), -1):
        found = period_list(lines[k])
        if found is not None:
            return len(found[1])
        if (named := periods_and_names(lines[k], k + 1)) is not None:
            return len(named[1].columns)  # (``Opleiding 2018 geslaagd 2018 gestart``: a column per period and name)
        if _one_count_column(lines[k]):
            return 1  # (``Provincie Opleiding Aantal``: one column of counts, its period in the prose)
    return 0


def _one_count_column(line: str) -> bool:
    """Whether `line` is a header of one column of counts and no period: a few words without
    figures ending in the column's word (``Provincie Opleiding Aantal``; the last line of a
    header's words wrapped, ``met uitgevoerde, geslaagde, OKOT'(s) Aantal``; a caption before it,
    ``Unieke cursisten die hun opleiding stopgezet hebben Aantal``), or a label column and
    the name of what its one column counts (:func:`~okot_audit.parse.words.named_count_column`)."""
    words = line.split()
    if not words:
        return False
    named = (len(words) <= 6 and words[-1].lower() == "aantal" and (words[0][:1].isupper() or words[-1] == "Aantal")) \
        or (len(words) <= _CAPTION_WORDS and words[-1] == "Aantal" and words[0][:1].isupper()) \
        or named_count_column(line)  # (a header's words wrapped: ``Unieke cursisten`` / ``met … OKOT'(s) Aantal``)
    return named and not any(ch.isdigit() for ch in line)


#: How far above a row its table's header may stand.
HEADER_REACH = 200
#: The most words of a table's caption printed on the line of its one column's name, ``Aantal``
#: capitalised as a cell (``Unieke cursisten die hun opleiding stopgezet hebben Aantal``).
_CAPTION_WORDS = 12


def _blanked(line: str, marks: list[re.Match[str]], positional: bool) -> str:
    if positional:
        chars = list(line)
        for mark in marks:
            chars[mark.start():mark.end()] = " " * (mark.end() - mark.start())
        return "".join(chars).rstrip()
    trailing = 0
    end = len(line.rstrip())
    for mark in reversed(marks):
        if mark.end() == end:
            trailing += 1
            end = len(line[: mark.start()].rstrip())
    pieces, at = [], 0
    for mark in marks:
        pieces.append(line[at:mark.start()])
        at = mark.end()
    pieces.append(line[at:])
    text = "".join(pieces)
    if trailing:
        text = text.rstrip() + " " * (trailing + 1)  # the seeds' form: one space more after the last
    return text
