"""Text → tables: read an answer's tables exactly, every cell with its source line.

:func:`parse_answer` is the whole reader: it finds table regions
(:mod:`~okot_audit.parse.regions`), reads what the words say about them
(:mod:`~okot_audit.parse.context`), places numbers in columns (:mod:`~okot_audit.parse.cells`,
:mod:`~okot_audit.parse.align`) and reports what it could not read as
:class:`~okot_audit.tables.ParseIssue` records. It knows nothing of rules.

Where a row's figures go (:func:`_fill_cells`) is one question, asked of every group of rows
and its total line: which candidate readings does each line have, and which do the totals (and
the prior) choose.

1. **Candidates per line.** A reading (:class:`~okot_audit.parse.cells.Placement`) is the
   line's label, a value or a blank per period, and a rank (the prior: lower is more
   plausible). A line whose positions say its columns has one; a single-spaced line has those
   its spacing allows. :func:`_row_readings` assembles a row's: its last line's
   (:func:`_place` — blanks the spacing leaves open, counts whose thousands a space sets apart,
   a dash that is a blank's mark), then those of its name's numbers and ranges (figures on a
   line above, a range closed below or on its own line, dashes as blanks, the lines as the
   name of the coded row above), each ranked after the line's own. A total line's are
   :func:`_total_place`'s. Under a total column over the periods, a row's readings whose figure
   there totals the others come first; those that leave it blank (its total unprinted) are of a
   later tier (``tier`` 1, :func:`_over_periods`), weighed only where the plain ones leave the
   choice open (:func:`~okot_audit.parse.align.choose_in_tiers`).
2. **Weighing by the totals.** Each total line keeps the readings its parts can fit
   (:func:`_fitting`: a block's subtotal its rows' readings of every tier; a grand total the
   subtotals, which settles those too, and the plain readings of rows below them); then
   :func:`_choose_rows` chooses the rows' readings against the total line's figures with
   :func:`~okot_audit.parse.align.choose`, tier by tier (``max(parts) <= total <= sum(parts)``
   for unique persons, ``==`` for additive counts; under a total column, a row's unprinted
   total stands in for what it may be). Where every line, the total line's too, reads as well
   with a column more than the header names (:func:`_wider`) as with a count's thousands apart,
   the choice is ``thousands-unclear``.
3. **A choice or a said ambiguity.** One fitting choice is read (the lowest rank where several
   fit is still said); several fitting is ``ambiguous-alignment``, none is ``no-fit`` (or, where
   one column only breaks, the reading that breaks it, its wrong figure then reported by the
   rules), two readings of thousands that every total fits is ``thousands-unclear``. No figure
   is guessed into a period.
"""

from __future__ import annotations

import bisect
import os

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from itertools import product
from pathlib import Path
from typing import NamedTuple, cast

from okot_audit.catalogue import Catalogue, default_catalogue
from okot_audit.parse.align import Choice, choose, choose_in_tiers, fits, plain, readings_that_fit
from okot_audit.parse.broken import joined_name
from okot_audit.parse.cells import (
    NUMBER, Placement, ends_in_label_number, is_number, marks_blanks, number_value, numbers_in, numbered_word,
    not_a_count, numeric_tail, placements, cell_gap, count_after_separator, ordinal_number_above, respaced, evenly_gapped,
    own_gap,
)
from okot_audit.parse.codes import codes_over_lines, colons_after_lone_codes
from okot_audit.parse.columns import (
    Columns, EdgeSpans, aligned, column_spans, edge_columns, figure_spans, first_reach, place_by_position,
    position_readings, settled_spans,
)
from okot_audit.parse.hidden import hidden_header, place_hidden_rows
from okot_audit.parse.context import _footnotes as footnotes_by_mark
from okot_audit.parse.context import _line_of
from okot_audit.parse.context import (
    Between,
    PeriodToken,
    TOTAL_COLUMN,
    fold,
    month_number,
    only_measure,
    period_from_context,
    period_list,
    plain_school_years,
    read_measures,
    read_periods,
    read_question,
    written_period,
    header_period,
    named_sector,
    read_sector,
    read_title,
    own_unit_words,
    read_unique,
    split_periods,
    units_named,
    units_said,
    read_statistic,
    with_year,
    YEARLESS,
)
from okot_audit.parse.blanks import (
    UNBOUNDED, bounds_in, glue_bounds, has_bound_sign, mark_blanks, ranges_below_short_code_line, stand_in_bounds,
)
from okot_audit.parse.derived import DERIVED_VALUE, Derived, quantity_named, split_derived
from okot_audit.parse.units import COUNT, amounts_at_end, split_units, unit_kind
from okot_audit.parse.furniture import Unplaced, left_blank, without_furniture
from okot_audit.parse.headwords import header_lines_joined, header_words_joined, names_joined, period_runs_joined
from okot_audit.parse.markedheads import heads_without_marks
from okot_audit.read.closing import closed_cell_notes
from okot_audit.parse.notes import marks_after_figures, marks_as_bounds, note_marks, without_cell_notes
from okot_audit.parse.ordinals import without_row_numbers
from okot_audit.parse.remarks import remark_issues, split_remarks
from okot_audit.parse.rowkinds import mark_block_kinds, mark_line_units, mark_row_kinds
from okot_audit.parse.questions import announced_unfollowed, any_between, question_for, read_questions
from okot_audit.parse.subcolumns import SubColumns, kind as column_kind, meaning as column_meaning, named_and_more, names_on_lines
from okot_audit.parse.regions import (
    ASIDE_KINDS, BRACKETED_SHARE, CODE_LINE, DANGLING, NUMBERED, Item, Region, aside_values, block_heads, find_regions, headed_blocks,
    mend_cut_provinces, mend_wrapped_places,
    mixed_placements,
    names_before_total, province_name, continues_range,
    unproven_label_numbers, cut_above, marks_by_footnote, kind_colons, name_rests_by_catalogue,
    ends_name_below_figures, opened_number, dashed_numbers, range_whole_at_end, OPEN_RANGE_END,
    OPENS_WITH_RANGE_END, names_between_rows, more_than_a_label_number,
)
from okot_audit.parse.scan import finds, lines_at
from okot_audit.parse.scan import joined as joined_lines
from okot_audit.parse.quarters import PART_ATTRIBUTE, covered_periods, find_part_rows, opening_parts, parts_of_a_year
from okot_audit.parse.tokens import WORD, forget_words, words_of
from okot_audit.parse.transposed import fill_transposed, find_transposed, province_totals
from okot_audit.parse.transposed import layout_of as transposed_layout
from okot_audit.parse.unread import _period_alone as period_alone
from okot_audit.parse.unread import (
    ASIDE_SEPARATOR, Scattered, aside_record, label_and_number, merge_one_figure_runs, one_figure_per_line,
    quarters_named, unread_regions,
)
from okot_audit.parse.words import (
    CHANGING_ATTRIBUTES, DERIVED_WORDS, OTHER_PLACES, enrolled_named, numbered_key, unit_of, units_of,
)
from okot_audit.patterns import (
    A_YEAR, ATTRIBUTE_NAME, BLANK_MARK, CODE_AFTER_PROSE, MONTH_WORD, NOTE_LINE, THOUSANDS_REST, THOUSANDS_START, YEAR,
    age_class, page_mark, BRACKETED_NUMBER, partition_of, period_pattern,
)
from okot_audit.quick import replace  # (dataclasses.replace, quicker for cells and periods)
from okot_audit.source import InputError, Source, SuppliedLabel, read_source, source_from_bytes, text_source
from okot_audit.tables import (
    Answer, Cell, Layout, Level, Measure, ParseIssue, Period, Subset, Table, Withheld, is_subtotal_column,
)

__all__ = ["label_and_number", "parse_answer", "read_answer", "read_text"]

_ANSWER_WORDS = re.compile(r"OKOT|opleidingstraject|VDAB", re.I)
_WIDE_GAP = re.compile(r"\S {2,}\S")
_WORD_CHARACTER = re.compile(r"[^\W\d]")
_TOTAL_PREFIX = re.compile(r"^\s*\w*totaal\b", re.I)
#: A programme's name with its training code in brackets after it (``Zorgkundige (900124)``).
_BRACKETED_CODE = re.compile(r"(?P<name>.*?\S)\s*[(\[](?P<code>\d{6})[)\]]")


def _level(item: Item) -> Level | None:
    """The level of table line `item` as the reader read it (``row``, ``subtotal``, ``total``:
    :attr:`ParseIssue.level`), None for a line of no such kind."""
    return cast(Level, item.kind) if item.kind in ("row", "subtotal", "total") else None


def read_answer(path: "str | bytes | os.PathLike", *, catalogue: "Catalogue | str | Path | None" = None) -> Answer:
    """Read the answer in the file at `path`: a str, a Path or another ``os.PathLike``, or
    bytes (raises :class:`InputError` for bad input, TypeError for what is no path).
    `catalogue` (a :class:`~okot_audit.catalogue.Catalogue`, or the path of an extra codes CSV
    as :func:`~okot_audit.catalogue.load_catalogue` takes it; the shipped one when None) is the
    one the answer is read with: its codes' names tell a word a narrow cell broke from two words,
    and a number of a programme's name (``module 5``) from a count — give the one you audit with."""
    known = _reading_catalogue(catalogue)
    return parse_answer(read_source(path, catalogue=known), catalogue=known)


def read_text(
    text: str | bytes, path: str = "<text>", *, catalogue: "Catalogue | str | Path | None" = None,
) -> Answer:
    """Read an answer from text already in memory — an HTML page's too, as :func:`read_answer`
    reads its file. Bytes are read as a file's bytes are (PDF, ``.xlsx``, text in any encoding
    the reader knows). `catalogue`: as :func:`read_answer` takes it."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        known = _reading_catalogue(catalogue)
        return parse_answer(source_from_bytes(bytes(text), path, catalogue=known), catalogue=known)
    if not isinstance(text, str):
        raise TypeError(f"read_text() takes the answer's text (str) or its bytes, not {type(text).__name__}")
    known = _reading_catalogue(catalogue)
    return parse_answer(text_source(text, path, catalogue=known), catalogue=known)


def _reading_catalogue(catalogue: "Catalogue | str | Path | None") -> Catalogue:
    """The catalogue an answer is read with: `catalogue` itself, the shipped one extended by the
    CSV at its path, or the shipped one (None)."""
    if isinstance(catalogue, Catalogue):
        return catalogue
    from okot_audit.catalogue import load_catalogue

    return load_catalogue(catalogue)


def _bounded(lines: tuple[str, ...]) -> dict[int, str]:
    """By 1-based line, the lines whose figures hold a bound (``Limburg <5 7 9``,
    :func:`~okot_audit.parse.blanks.bounds_in`): only the lines that hold a bound's sign are
    asked, found in the answer's whole text at once (:mod:`~okot_audit.parse.scan`)."""
    text = joined_lines(lines)
    signed = range(len(lines)) if text is None else lines_at(lines, finds(text, _BOUND_SIGNS))
    return {index + 1: lines[index] for index in signed if bounds_in(lines[index])}


def _bounds_back(text: str, stood: dict[str, str]) -> str:
    """A row's `text` with its bounds (``<5``) back where :func:`stand_in_bounds` put figures as
    wide: `stood` gives each bounded line as printed by its stand-in's text. A text the tables
    took a line's start off, or blanked it (a province printed before every row's words:
    ``Antwerpen Man <5 10`` read as the row ``Man 00 10`` of the Antwerpen block), ends as the
    line printed ends (a stand-in is as wide as its bound) — never the stand-in's ``00`` read
    as the count 0."""
    found = stood.get(text)
    if found is not None:
        return found
    end = text.lstrip()  # (the start taken off, or made spaces as wide: ``          Man 00 10``)
    for stand_in, printed in stood.items():
        if end and len(stand_in) == len(printed) and stand_in.endswith(end):
            return text[:len(text) - len(end)] + printed[len(printed) - len(end):]
    return text


def _named_with(table: Table, line: int, words: str) -> bool:
    """Whether a cell of `table` on `line` has a label that opens with `words` (a row's name read
    with the line of words above it as its start)."""
    start = " ".join(words.split()).lower()
    return any(c.line == line and " ".join(c.label.split()).lower().startswith(start) for c in table.cells)


#: The signs a bound opens with (:func:`~okot_audit.parse.blanks.has_bound_sign`).
_BOUND_SIGNS = "<>\u2264\u2265"


def parse_answer(source: Source, catalogue: Catalogue | None = None) -> Answer:
    """Read every table of `source` into an :class:`Answer`, with `catalogue` (the shipped one
    when None): the names of its codes' programmes tell a label's words and numbers from counts
    (give the one `source` was read with, :func:`read_answer`)."""
    try:
        return _parse_answer(source, catalogue)
    finally:
        forget_words()  # (the words of its lines, found once for every stage: :mod:`okot_audit.parse.tokens`)


def _parse_answer(source: Source, catalogue: Catalogue | None) -> Answer:
    """:func:`parse_answer`, its lines' words kept while it reads."""
    catalogue = catalogue or default_catalogue()
    if not source.positional:  # (pypdf: a header's names on lines of their own)
        source = replace(source, lines=closed_cell_notes(names_on_lines(source.lines)))  # (and a tall cell's note)
    source = _places_whole(source)  # (``Vlaams-Brabant`` / ``en Brussel``: a block's cell wrapped, whole)
    coded = codes_over_lines(source.lines, source.kind == "pdf")  # (``90012`` over ``4``: the code 900124, in a narrow code column)
    if coded is not source.lines:
        source = replace(source, lines=coded)
    unplaced: list[Unplaced] = []  # words glued after a footer that may start a row's name
    unfurnished = without_furniture(source.lines, pages=source.kind != "xlsx", catalogue=catalogue, said=unplaced,
                                   page_of=source.pages)
    furniture = left_blank(source.lines, unfurnished)  # (a footer's line: a page break, where no form feed marks one)
    lines, units = split_units(names_before_total(mend_cut_provinces(plain_school_years(
        without_row_numbers(unfurnished, source.positional, source.text), source.positional,
    ))), source.positional)
    lines = kind_colons(lines)  # (``Zorg: 40``: a sector's row, the colon no part of its name)
    lines = colons_after_lone_codes(lines)  # (``908002    40  60``: a code whose name's cell is empty)
    lines = heads_without_marks(lines)  # (``Zorg  /  /``: a sector block's head, its cells blank)
    lines = header_words_joined(lines, source.positional)  # (``… 2021 Subtotaa 2022 Totaal`` / ``l``: a column word its narrow cell broke)
    lines = header_lines_joined(lines, source.positional)  # (pypdf: ``… 2021 Subtotaal`` / ``2022 Totaal``, a cell wrapped in the header's row)
    lines = period_runs_joined(lines, source.positional)  # (pypdf: ``Gestarte cursisten Geslaagde cursisten`` / ``2022 2023`` / ``2022 2023``)
    lines = names_joined(lines)  # (``… Limburg Oost-Vlaander Vlaams`` / ``en Gewest``: provinces' cells wrapped)
    lines, derived = split_derived(lines, source.positional)
    lines, remarks = split_remarks(lines, source.positional)
    printed = source.lines  # (as printed: a value read as no count is said as it stands)
    lines, explained = marks_as_bounds(lines, source.positional)
    unmarked = glue_bounds(without_cell_notes(lines, source.positional), source.positional)
    lines = mark_blanks(unmarked, source.positional)
    dashed = _dashes_made_blanks(unmarked, lines) if lines is not unmarked else {}
    source = replace(source, lines=lines)
    bounded = _bounded(lines)
    # (a PDF's own pages mark every page break; an extractor's form feeds need not)
    regions = find_regions(tuple(stand_in_bounds(t) for t in lines) if bounded else lines,
                           source.pages, every_break=source.kind == "pdf",
                           assembled=source.kind == "pdf", furniture=furniture, dashed=dashed_numbers(unmarked),
                           printed=dashed, positional=source.positional)
    for region in regions if bounded else ():  # the rows keep their bounds (``<5``) to be read
        for item in region.items:
            # (by text: a row's lines need not pair with its texts one to one — a label over two
            # lines, its figures on a third, as pypdf prints them)
            stood = {stand_in_bounds(bounded[n]): bounded[n] for n in item.lines if n in bounded}
            if stood:
                stood.update({k.strip(): v.strip() for k, v in stood.items()})
                item.texts = [_bounds_back(t, stood) for t in item.texts]
    for region in regions:  # (a line said as a count or a name's end: the catalogue's name of its row's code settles it)
        name_rests_by_catalogue(region, partial(_name_ending, catalogue))
    sideways = find_transposed(lines) + find_part_rows(lines)
    if sideways:  # its header names every column (provinces, categories): no other reading is right
        regions = [kept for r in regions if (kept := _beside_sideways(r, sideways)) is not None]
        regions = sorted(regions + sideways, key=lambda r: r.start)
    # (a workbook whose table's figures are formulas it holds no values for: its rows are read as far
    # as they go and said, cell by cell — an annex that cannot be read, not a file that is no answer)
    if not regions and not _ANSWER_WORDS.search(source.text) and not any(row.columns for row in source.unread):
        mirrored = _ANSWER_WORDS.search(source.text[::-1])
        if mirrored:  # an answer all the same, its every line printed backwards
            word = mirrored.group()
            raise InputError(
                source.path, f"the text runs backwards, every line mirrored ('{word[::-1]}' for '{word}'): an "
                "extractor read a turned page wrong (pdfplumber does); give okot-audit the PDF itself or text "
                "from 'pdftotext -layout'",
                dutch=f"de tekst loopt achterstevoren, elke regel gespiegeld ('{word[::-1]}' voor '{word}'): een "
                "omzetter las een gedraaide pagina verkeerd (pdfplumber doet dat); geef okot-audit de PDF zelf "
                "of tekst van 'pdftotext -layout'",
            )
        if source.misnamed is not None:  # (a .pdf that is a server's error page: no answer, nor any PDF)
            raise source.misnamed
        why = "not an OKOT answer: no table of training codes and no mention of OKOT or VDAB"
        if source.damage is not None:  # (said too: a file of notes in an encoding okot-audit cannot read)
            damage = source.damage
            raise InputError(source.path, f"{why}; {damage.reason}", damage.line,
                             dutch=f"geen OKOT-antwoord: geen tabel met opleidingscodes en geen vermelding van OKOT "
                             f"of VDAB; {damage.dutch}")
        if source.embeds:  # (a page that only shows its answer in a document it embeds: that file is the answer)
            name = source.embeds[0][1]
            raise InputError(source.path, f"{why}; the page embeds or links a document ('{name}'): give okot-audit "
                             "that file itself",
                             dutch=f"geen OKOT-antwoord: geen tabel met opleidingscodes en geen vermelding van OKOT "
                             f"of VDAB; de pagina bevat of linkt een document ('{name}'): geef okot-audit dat "
                             "bestand zelf")
        raise InputError(source.path, why)
    if source.damage is not None:  # an answer, with bytes no encoding decodes: it cannot be checked
        raise source.damage
    # (text laid out again keeps each line's own number: a jump is the blank line that ends the title)
    # (the title ends above the first table's periods: an annex's caption row stands right above its header)
    stop = (regions[0].period_line or regions[0].start) - 1 if regions else len(lines)
    title = read_title(_with_blank_lines(source, 0, stop if stop > 0 else len(lines)), source.text)
    number, when = read_question(source.text)
    tables: list[Table] = []
    issues: list[ParseIssue] = []
    ids: dict[str, int] = {}
    for region in regions:
        if not region.keyed and region.header_text and _CODE_COLUMN.search(region.header_text):
            _codes_in_their_column(region)
    collapsed = not source.positional and _collapsed(lines, regions, dashed)
    lost = frozenset() if collapsed else _unmarked_tables_collapsed(lines, regions, dashed, source.positional)
    if not source.positional and not collapsed:
        for index, region in enumerate(regions):
            if index not in lost:
                _cells_one_space_apart(region, lines)
    asked = _Questions(lines)
    # Where a table's figures stand one per paragraph (pdftotext without -layout), no region of
    # it is read, however small: judged over the block of lines between prose that holds it (a
    # table of the same answer may have been set back into rows: read/paragraphs.py).
    scattered = None if source.positional else Scattered(lines)
    read: dict[int, Table] = {}  # each region's table, by the region's index
    titled = only_measure(title)  # (``OKOT's zorg - Starters``)
    for index, region in enumerate(regions):
        floor = regions[index - 1].end if index else 0
        ceiling = regions[index + 1].start - 1 if index + 1 < len(regions) else len(lines)
        earlier = regions[index - 1] if index else None
        parts = _read_table(
            source, region, floor, ceiling, issues, collapsed or index in lost, asked, scattered, earlier, read.get(index - 1),
            titled, units, dashed, catalogue=catalogue, later=regions[index + 1] if index + 1 < len(regions) else None,
        )
        if not parts:
            continue
        read[index] = parts[0]
        for table in (table for part in parts for table in _by_measure(part, issues)):
            ids[table.id] = ids.get(table.id, 0) + 1
            if ids[table.id] > 1:
                table.id = f"{table.id}-{ids[table.id]}"
                for i, issue in enumerate(issues):
                    if issue.table is None and issue.line >= table.header_line:
                        issues[i] = replace(issue, table=table.id)
            tables.append(table)
    _measures_in_order(tables, issues)
    mark_row_kinds(tables)
    _quantities_whole(tables, derived)
    issues.extend(_statistics(tables))
    issues.extend(_derived_columns(tables, derived, issues))
    issues.extend(remark_issues(tables, remarks))
    if tables and (marks := note_marks(printed)):
        for table in tables:
            table.note_marks = marks
    issues[:] = _not_counts(issues, tables, printed)
    issues[:] = _decimal_values(issues, tables, printed)
    if explained:
        _as_printed(tables, issues, explained)
    issues.extend(marks_in_tables(_below_table(unread_regions(_amounts_as_printed(lines, printed, units), regions, source.kind not in ("xlsx", "html")), tables), tables))
    issues.extend(numbers_in_names(tables, printed))
    issues.extend(_names_between(regions, tables))
    _under_header_repeated(issues, tables, lines)
    for row in source.unread:  # rows of delimited tables whose cells could not be told apart (read.delimited)
        holders = [t for t in tables if t.header_line <= row.line <= t.end_line]
        holder = holders[0] if holders else None
        for held in holders:  # (a header read as one table per sub-column: each holds the row)
            held.unresolved = True  # a row of it is not read: its totals cannot be checked
        if row.reason == "formula-without-value":  # (its total line without numbers: said once, by its cause)
            issues[:] = [i for i in issues if (i.kind, i.reason, i.line) != ("unreadable-table", "total-without-numbers",
                                                                             row.line)]
        if row.reason == "page-columns":  # (read.pdf: a later page's grid places not its figures)
            row_level = next((c.level for held in holders for c in held.cells if c.line == row.line), None)
            for held in holders:
                held.cells = [c for c in held.cells if c.line != row.line]
            # (said once: not also as a placement its spacing did not settle)
            issues[:] = [i for i in issues if not (i.line == row.line and i.unread and (i.kind, i.reason) in _ROW_UNREAD)]
            issues.append(ParseIssue("ambiguous-alignment", row.line, row.reason, row.numbers,
                                     holder.id if holder else None, unread=True, label=row.text[:80],
                                     periods=tuple(p.label for p in holder.periods) if holder else (), level=row_level))
            continue
        numbers = _label_digits_apart(row.text, row.numbers, holder) if row.reason == "footer-glued" else row.numbers
        issues.append(ParseIssue("unreadable-table", row.line, row.reason, numbers,
                                 holder.id if holder else None, unread=True, text=row.text[:80], periods=row.columns,
                                 other=row.other))
    for glued in unplaced:  # (parse/furniture.py: a running header or a name's start, nothing tells)
        holder = next((t for t in tables if t.header_line <= glued.row + 1 <= t.end_line), None)
        if glued.reason == "words-over-row" and not (holder and _named_with(holder, glued.row + 1, glued.words)):
            continue  # (words over a row not read as its name's start: a header printed again, a block's head)
        issues.append(ParseIssue("stray-number", glued.line + 1, glued.reason, (), holder.id if holder else None,
                                 text=glued.words, other=glued.footer, other_line=glued.row + 1))
    issues.extend(_figures_joined(source.joined, tables))
    if not source.positional:
        _mixed_placements(regions, tables, issues, lines, source.reported_line)
    for column in source.hidden:  # an annex's columns hidden in their sheet (read.xlsx): not read, said so
        holder = next((t for t in tables if t.header_line <= column.line <= t.end_line), None)
        issues.append(ParseIssue(
            "column-not-checked", column.line, "hidden-column", (), holder.id if holder else None,
            text=column.name or None, other=" ".join(column.values[:6]) + (" …" if len(column.values) > 6 else ""),
            other_line=column.last_line, periods=(column.letter,),
        ))
    issues.extend(_hidden_rows(source.hidden_rows, tables))
    issues.extend(_supplied_labels(source.supplied, tables))
    if not tables:  # a PDF's page with text and a picture (read.pdf): its table may be the picture
        issues.extend(ParseIssue("unreadable-table", source.pages.index(page) + 1, "page-with-image", (), None,
                                 unread=True, other=str(page)) for page in source.pictured if source.pages)
        issues.extend(ParseIssue("unreadable-table", line, "image-without-table", (), None, unread=True,
                                 text=name or "?") for line, name in source.images)  # (read.html)
        issues.extend(ParseIssue("unreadable-table", line, "embedded-document", (), None, unread=True,
                                 text=name) for line, name in source.embeds)  # (read.html)
    # an item of the answer says a table follows (``Hieronder vindt u …``, ``in bijlage``) and
    # none was read after it before the next item, nor said (there, or anywhere when no table
    # was read): a text cut short, a table as a picture, an attachment not given
    unread = sorted(i.line for i in issues if i.unread)
    for line, words, end in announced_unfollowed(lines, [(t.header_line, t.end_line) for t in tables]):
        if not (unread and (not tables or any_between(unread, line, end))):
            issues.append(ParseIssue("unreadable-table", line, "table-announced", (), None, unread=True, text=words))
    mark_line_units(tables)
    mark_block_kinds(tables, catalogue)
    answer = Answer(
        path=source.path, title=title, sector=_answer_sector(title, lines, regions), question_number=number,
        question_date=when, tables=tables, issues=merge_one_figure_runs(issues, lines, source.pages),
        encoding=source.encoding, line_count=len(lines), **read_questions(lines, [r.start for r in regions], when.year if when else None),
    )
    return place_on_pages(answer, source)


def _beside_sideways(region: Region, sideways: list[Region]) -> Region | None:
    """`region` where no table on its side overlaps it; cut above the first that does where
    its rows or total stand above that one's header (:func:`cut_above`); else None."""
    over = [s for s in sideways if region.start <= s.end and s.start <= region.end]
    if not over:
        return region
    return cut_above(region, min(s.start for s in over))


def _amounts_as_printed(lines: tuple[str, ...], printed: Sequence[str], units: Mapping[int, str]) -> tuple[str, ...]:
    """`lines` with each line whose figures printed a unit of money (``Kostprijs € 12.000 €
    13.000``, its units taken off by :func:`~okot_audit.parse.units.split_units`) as printed
    where no table took it: amounts, no counts — a row of another unit below a table of counts
    is said as such (:func:`~okot_audit.parse.units.amounts_at_end`), not as a row of counts
    below its total."""
    money = [n for n, unit in units.items() if unit.lower() in ("\u20ac", "eur", "euro") and 0 < n <= len(printed)]
    if not money:
        return lines
    out = list(lines)
    for n in money:
        if amounts_at_end(printed[n - 1]):
            out[n - 1] = printed[n - 1]
    return tuple(out)


def _printed_unit(region: Region, units: Mapping[int, str], kind: str = "") -> str:
    """The unit the figures of `region`'s rows print beside them (``€``, ``maanden``:
    :func:`~okot_audit.parse.units.split_units`), the first row's that prints one; ``""``: none
    — nor what a count counts (``40 cursisten``): its figures are counts still. With `kind`
    (:data:`~okot_audit.parse.units.COUNT`), the first unit of that kind."""
    return next((unit for item in region.items for n in item.lines
                 if (unit := units.get(n)) and (unit_kind(unit) == kind if kind else unit_kind(unit) != COUNT)), "")


def _statistics(tables: list[Table]) -> list[ParseIssue]:
    """One ``column-not-checked`` record per table whose words say its figures are no counts
    (:attr:`Table.statistic`: averages, shares, amounts): its figures are read, its totals not
    checked by sums (the table is :attr:`~Table.unresolved`). A header read as one table per
    column is said once."""
    out: list[ParseIssue] = []
    said: set[int] = set()
    for table in tables:
        if not table.statistic or table.header_line in said:
            continue
        said.add(table.header_line)
        figures = [str(c.count) for c in table.cells[:6]] + (["\u2026"] if len(table.cells) > 6 else [])
        out.append(ParseIssue("column-not-checked", table.header_line, "statistic-table", (), table.id,
                              text=table.statistic, other=" ".join(figures), other_line=table.end_line))
    return out


def _measures_in_order(tables: list[Table], issues: list[ParseIssue]) -> None:
    """The tables that follow one sentence naming several measures (``Hieronder vindt u het
    aantal gestarte en geslaagde cursisten.``), as many tables as it names measures and nothing
    said of any between them: each counts the measure the sentence names in its place (the
    first table the first). Where a table's own words name one of them (``Tabel 1. Geslaagde
    cursisten``, a header ``Geslaagd``), it counts that one, and the others the measures left, in
    the sentence's order — never a measure by its place that a table's own words give another.
    Any other number of tables keeps its measure ``unknown`` (``measure-unknown`` says why). Ids
    and the reading issues that name them follow."""
    runs: list[list[Table]] = []
    for table in tables:
        if not table.measures_named or table.column:
            runs.append([])
            continue
        run = runs[-1] if runs else []
        if run and (run[-1].measure_said, run[-1].measures_named) == (table.measure_said, table.measures_named) \
                and run[-1].header_line != table.header_line:
            run.append(table)
        else:
            runs.append([table])
    taken = Counter(t.id for t in tables)
    for run in runs:
        if not run or len(run) != len(run[0].measures_named):
            continue
        own = [t.measure for t in run if t.measure != "unknown"]
        left = [m for m in run[0].measures_named if m not in own]
        if len(set(own)) != len(own) or len(left) != len(run) - len(own) or not left:
            continue  # (two tables' own words name one measure, or one no measure of the sentence)
        for table, measure in zip([t for t in run if t.measure == "unknown"], left):
            old, base = table.id, measure + _id_suffix(table.layout)
            taken[base] += 1
            table.id = base if taken[base] == 1 else f"{base}-{taken[base]}"
            table.measure = cast(Measure, measure)
            issues[:] = [replace(issue, table=table.id) if issue.table == old else issue for issue in issues]


def _label_digits_apart(text: str, numbers: tuple[int, ...], holder: Table | None) -> tuple[int, ...]:
    """The figures of an unread row (`text`, its `numbers` in order) without those of its label:
    a first number that stands after the same word at the end of a label of `holder`'s rows
    (``… module 5 13`` where the rows are named ``… module 5``) is its label's, and so each
    number before it. The row's figures are those after."""
    if holder is None or not numbers:
        return numbers
    ends = {tuple(label.split()[-2:]) for c in holder.cells if c.level == "row" and (label := c.label)}
    words = text.split()
    k, taken = 0, 0  # (the numbers in order, as the words print them; how many are the label's)
    for i, word in enumerate(words):
        if k == len(numbers):
            break
        figure = word.rstrip("*").replace(".", "")
        if not figure.isdigit() or int(figure) != numbers[k] or i == 0:
            continue
        k += 1
        if (words[i - 1], word) in ends:
            taken = k
    return numbers[taken:]


def _hidden_rows(rows: Sequence, tables: list[Table]) -> list[ParseIssue]:
    """An annex's rows hidden in their sheet that hold figures (read.xlsx :class:`HiddenRow`),
    not read: one ``column-not-checked`` record per table (or per run outside any), with each
    row's label and figures as aside rows' are, and its sheet row among the record's `periods`."""
    out: list[ParseIssue] = []
    groups: dict[str | None, list] = {}
    for row in rows:
        holder = next((t for t in tables if t.header_line <= row.line <= t.end_line), None)
        groups.setdefault(holder.id if holder else None, []).append(row)
    for table, held in groups.items():
        # a table hidden whole with its header (no table shown holds its rows): its periods are no
        # figures (below a header shown, a hidden row of years is a row: ``Totaal 2019 2034``)
        words = hidden_header(held[0]) if table is None else None
        line, header = held[0].line, ((str(held[0].row), words) if words is not None else None)
        if header is not None:
            held = held[1:]
            if not held:
                continue
        out.append(ParseIssue(
            "column-not-checked", line, "hidden-rows", (), table, header=header or (),
            text=ASIDE_SEPARATOR.join(r.name for r in held), other=ASIDE_SEPARATOR.join(" ".join(r.values) for r in held),
            other_line=held[-1].line, periods=tuple(str(r.row) for r in held),
            rows=tuple((r.name, " ".join(r.values)) for r in held),
        ))
    return out


def _supplied_labels(supplied: Sequence[SuppliedLabel], tables: list[Table]) -> list[ParseIssue]:
    """A ``label-supplied`` record for each row label the reader wrote where the source prints
    none (read.xlsx, read.html :class:`~okot_audit.source.SuppliedLabel`: a row of figures set in
    bold right below a table's rows, its total), at the row's line: the words written (`label`,
    ``Totaal``), what said them (`reason`, ``bold-row``), and the row as it was read — the table
    that holds it, what its cells are (`level`: ``total`` where it was read as the table's total)
    and their figures under their periods (`periods`, `values`, `numbers`). No cells (`level`
    None) where its figures were read as none: another record says why, at the same line."""
    out: list[ParseIssue] = []
    for given in supplied:
        holders = [t for t in tables if t.header_line <= given.line <= t.end_line]
        cells = next(([c for c in t.cells if c.line == given.line] for t in holders
                      if any(c.line == given.line for c in t.cells)), [])
        holder = next((t for t in holders if cells and cells[0] in t.cells), holders[0] if holders else None)
        out.append(ParseIssue(
            "label-supplied", given.line, given.reason, tuple(c.count for c in cells), holder.id if holder else None,
            label=given.label, periods=tuple(c.period for c in cells), values=tuple(c.count for c in cells),
            level=cells[0].level if cells else None,
        ))
    return out


#: A table's ordinal (``Tabel 1``), and the words that make a line a table's own caption: one
#: that opens with it (``Tabel 1 (vervolg)``) or says the table goes on (``vervolg van tabel 2``).
_TABLE_ORDINAL = re.compile(r"\btabel\s+\d+\b", re.I)
_CAPTION = re.compile(r"^\W*tabel\s+\d+\b|\bvervolg", re.I)


def _without_ordinal(text: str) -> str:
    """`text` without the table's ordinal when it is a table's caption among its rows (``Tabel 1
    (vervolg)``): that number is no figure. A reference to a table in a line of prose (``Zie
    tabel 2``) is no caption: its number stays, a stray one."""
    return _TABLE_ORDINAL.sub(" ", text) if _CAPTION.search(text) else text

#: The records of a row left unread because its figures did not fit its periods.
_ROW_UNREAD = frozenset((("unreadable-table", "row-without-counts"), ("ambiguous-alignment", "no-fit"),
                         ("ambiguous-alignment", "ambiguous"), ("ambiguous-alignment", "no-total"),
                         ("ambiguous-alignment", "page-columns"), ("ambiguous-alignment", "positions-ambiguous"),
                         ("ambiguous-alignment", "positions-no-fit"), ("ambiguous-alignment", "positions-no-total"),
                         ("ambiguous-alignment", "positions-none")))


def _not_counts(issues: list[ParseIssue], tables: list[Table], printed: Sequence[str]) -> list[ParseIssue]:
    """`issues`, each row left unread because its figures did not fit its periods said for what
    it is when the row prints a value no count can be where a count stands (``-4``, ``30-35``,
    ``120,5``: :func:`~okot_audit.parse.cells.not_a_count`): an ``unreadable-table`` record of
    reason ``not-a-count`` (the value in `other`, its form in `text`) — not a placement that did
    not fit, nor a row without counts."""
    periods = {t.id: len(t.periods) for t in tables}
    found: dict[int, tuple[str, str]] = {}
    for issue in issues:
        if issue.unread and (issue.kind, issue.reason) in _ROW_UNREAD and 0 < issue.line <= len(printed):
            odd = not_a_count(printed[issue.line - 1], len(issue.periods) or periods.get(issue.table or "", 0))
            if odd is not None:
                found[issue.line] = odd
    if not found:
        return issues
    out = []
    for issue in issues:
        odd = found.get(issue.line)
        if odd is not None and issue.unread and (issue.kind, issue.reason) in _ROW_UNREAD:
            label = issue.label  # (the row's label without the value, read into it as a label's digits)
            if label and label.endswith(" " + odd[1]):
                label = label[: -len(odd[1]) - 1]
            issue = replace(issue, kind="unreadable-table", reason="not-a-count", text=odd[0], other=odd[1],
                            label=label)
        out.append(issue)
    return out


#: A value a table of values prints that is no whole number (``35,5%``, ``35,5``, ``+4,1%``),
#: or a whole one beside it (``40%``, ``12``), or a blank cell's mark.
_VALUE = re.compile(
    r"(?:" + DERIVED_VALUE.pattern + r"|\d{1,3}(?:\.\d{3})*,\d+|\d{1,3}(?:\.\d{3})+|\d+|" + BLANK_MARK.pattern + r")", re.I)
#: A value's unit beside it (``€ 1.200,50``, ``35,5 %``, ``12,5 maanden``): part of the value.
_VALUE_UNIT = re.compile(r"\u20ac|eur|euro|%|maanden|maand|mnd\.?|weken|dagen|uren|uur|u\.?", re.I)
#: A value with decimals.
_DECIMALS = re.compile(r"\d,\d")
#: How many lines a row of values left unread may reach over (:func:`_decimal_values`).
_ROW_LINES = 3


def _values_at_end(text: str, periods: int) -> list[str] | None:
    """The values that end `text`, at most `periods` of them, as printed (each with its unit:
    ``€ 1.200,50``, ``35,5 %``), when one has decimals (``… 3de jaar 35,5% 40,1%``); else None."""
    tail: list[str] = []
    values = 0
    for word in reversed(text.split()):
        if _VALUE_UNIT.fullmatch(word) and (tail or values < periods):
            tail.append(word)  # (a unit after its value, or before the value read last)
            continue
        if not _VALUE.fullmatch(word) or values == periods:
            break
        tail.append(word)
        values += 1
    while tail and _VALUE_UNIT.fullmatch(tail[-1]) and values and not _unit_before(tail):
        tail.pop()  # (a word of the label that looks like a unit, before the first value)
    if not any(_DECIMALS.search(w) for w in tail):
        return None
    out: list[str] = []  # (each value with the unit printed beside it, in the line's order)
    prefix = ""
    before = _unit_before(tail)  # (units before their values: ``€ 1.200,50``; else after them: ``1.200,50 EUR``)
    for word in reversed(tail):
        if before and _before_value(word):
            prefix = word + " "
        elif _VALUE_UNIT.fullmatch(word) and out:
            out[-1] += ("" if word == "%" else " ") + word
        else:
            out.append(prefix + word)
            prefix = ""
    return out


def _before_value(word: str) -> bool:
    """Whether `word` is a unit printed before its value (``€``, ``EUR``)."""
    return word in ("\u20ac", "EUR", "eur")


def _unit_before(tail: list[str]) -> bool:
    """Whether the last word of `tail` (read from the line's end: the first on the line) is a
    unit its value follows."""
    return _before_value(tail[-1])


def _decimal_values(issues: list[ParseIssue], tables: list[Table], printed: Sequence[str]) -> list[ParseIssue]:
    """`issues`, each row of a table of values (:attr:`Table.statistic`: its words say shares,
    averages, amounts) left unread because it prints values with decimals (``35,5%``, ``12,5``)
    under its periods taken off and its values given to the table's ``column-not-checked``
    record instead (reason ``statistic-decimals``, the values as printed): such a row is no
    row that could not be read — a value with decimals is no whole count and no cell, and the
    table's words say what it is."""
    values = {t.id: len(t.periods) for t in tables if t.statistic}
    if not values:
        return issues
    taken: dict[str, list[str]] = {}
    out = []
    for issue in issues:
        periods = values.get(issue.table or "")
        if periods and ((issue.kind, issue.reason) in _ROW_UNREAD or (issue.kind, issue.reason) == (
                "unreadable-table", "not-a-count")) and 0 < issue.line <= len(printed):
            # (the row's values end its line, or a line above: a row that ends in no count takes the
            # lines below it for its label's)
            tail = next((found for n in range(issue.line, max(0, issue.line - _ROW_LINES), -1)
                         if (found := _values_at_end(printed[n - 1], periods))), None)
            if tail is not None:
                taken.setdefault(issue.table or "", []).extend(tail)
                continue
        out.append(issue)
    for k, issue in enumerate(out):
        if issue.kind == "column-not-checked" and issue.reason == "statistic-table" and issue.table in taken:
            said = [w for w in taken[issue.table or ""] if not BLANK_MARK.fullmatch(w)]
            out[k] = replace(issue, reason="statistic-decimals",
                             other=" ".join(said[:6]) + (" \u2026" if len(said) > 6 else ""))
    return out


def marks_in_tables(issues: list[ParseIssue], tables: list[Table]) -> list[ParseIssue]:
    """`issues`, each ``mark-in-name`` record (unread.py: a blank cell's mark and a figure run into a
    name's first word on a line a table holds, ``-2Opvoeder traject met``) given the table that holds
    its line and the name of the row that took its words in (`label`) — or dropped where that table
    reads its number as a cell of that line (then the figure is read, and only the mark was glued)."""
    out = []
    for issue in issues:
        if issue.reason == "mark-in-name":
            holder = next((t for t in tables if t.header_line <= issue.line <= t.end_line), None)
            if holder is not None:
                if any(c.line == issue.line and c.count == issue.numbers[0] for c in holder.cells):
                    continue
                word = (issue.text or "").split()[:1]
                label = next((c.label for c in holder.cells if word and word[0] in c.label), None) or next(
                    (c.label for c in holder.cells if c.line >= issue.line), issue.text or "")  # (the row below took it)
                issue = replace(issue, table=holder.id, label=label[:80])
        out.append(issue)
    return out


#: A row's name that holds a run of blank marks (a dash, an ``x``) and one-digit figures set off, a
#: mark first and one figure at least, its words going on in lower case (``Verpleegkunde - 2 voor
#: volwassenen``, ``Verpleegkunde - 2 - voor volwassenen``, ``Verpleegkunde x 1 x x 2 x voor …``); the
#: run is the group.
_MARKS_IN_NAME = re.compile(
    r"[^\W\d_]\s+([-\u2013xX](?:\s+(?:[-\u2013xX]|[<>\u2264\u2265]?\d))+)\s+(?=[a-z])(?!(?:ste|de|e)\b)")


#: A blank's mark set off in a row's name (a quick look before :data:`_MARKS_IN_NAME`).
_MARK_IN_LABEL = re.compile(r"\s[-\u2013xX]\s|\u2013")


def numbers_in_names(tables: list[Table], printed: Sequence[str]) -> list[ParseIssue]:
    """``stray-number`` records (``number-in-name``) for the digits of a run of dashes and digits that
    a row's name took in where it ended a line as printed (``Verpleegkunde - 2`` / ``voor volwassenen
    3 4``, or the dash and the digit each a paragraph of its own) and that fills exactly the cells of
    the table's periods (``- 2`` under two periods, ``- 2 -`` under three): the name's own number
    (``opvoeder - 1``), or blank cells' marks and figures of the row above whose name's last words
    come below — both readings fit the table's columns, and nothing in the text tells which. A row
    with a code is none (a row of its own would open with its code), nor a digit that an ordinal's
    letters follow (``- 1 ste jaar``). The name's reading stands; the figures are said, never lost in
    silence. A run of more cells or fewer than the periods fills no row: the name's own; so is a run
    that no row of a table with a total column can print (:func:`_run_fits_total_column`: ``- 1``
    under ``2020-2021 Totaal``, a total of 1 over no figure). The run is looked for on the row's own
    lines, below the row above it: a name printed whole on one line elsewhere says nothing. Under a
    header of several columns under each period, the run fills them all or it is the name's
    (:func:`_printed_columns`)."""
    found: list[ParseIssue] = []
    said: set[tuple[int, int]] = set()  # (header line, line): a run said for one of its header's columns is said
    for table in tables:
        if len(table.periods) < 2:  # (one period: a dash and a digit are two cells, no row's)
            continue
        seen: set[tuple[str, int]] = set()
        lines = sorted({c.line for c in table.cells})
        width = _printed_columns(table, tables)
        printed_periods = _header_columns(table, tables)
        for cell in table.cells:
            if cell.code or (cell.label, cell.line) in seen or not _MARK_IN_LABEL.search(cell.label):
                continue
            seen.add((cell.label, cell.line))
            above = max((n for n in lines if n < cell.line), default=table.header_line)
            for match in _MARKS_IN_NAME.finditer(cell.label):
                run = match[1].split()
                figures = [token.lstrip("<>\u2264\u2265") for token in run if token[-1:].isdigit()]  # (a bound's too: ``<5``)
                if len(run) != width or not figures or not _run_fits_total_column(table, run):
                    continue
                at = _run_ending_line(printed, above, cell.line, run)
                if at is not None and (table.header_line, at) not in said:
                    if table.column:  # (the run fills every column of the header: said once, for them all)
                        said.add((table.header_line, at))
                    found.append(ParseIssue("stray-number", at, "number-in-name", tuple(int(f) for f in figures), table.id,
                                            periods=printed_periods, text=fold(printed[at - 1].strip())[:80],
                                            label=cell.label[:80]))
    return found


def _names_between(regions: list[Region], tables: list[Table]) -> list[ParseIssue]:
    """``stray-number`` records (``words-between-rows``) for the lines of words that a row's name
    took below its figures on their lower case alone in a table whose names do not all open with a
    capital (:func:`~okot_audit.parse.regions.names_between_rows`): they may as well open the next
    row's name. Said where the table read both rows (a row said already is not said twice)."""
    found: list[ParseIssue] = []
    for region in regions:
        for between in names_between_rows(region):
            for table in tables:
                if not table.header_line <= between.first <= table.end_line:
                    continue
                above = next((c for c in table.cells if c.level == "row" and c.line == between.above), None)
                below = next((c for c in table.cells if c.level == "row" and c.line == between.below), None)
                if above is not None and below is not None:
                    found.append(ParseIssue("stray-number", between.first, "words-between-rows", between.numbers, table.id,
                                            label=above.label[:80], text=between.words[:80], other=below.label[:80],
                                            other_line=between.below, level="row"))
                    break
    return found


def _printed_columns(table: Table, tables: list[Table]) -> int:
    """How many columns the header over `table`'s rows prints: its periods, or — a table of one
    :attr:`~Table.column` of a header that prints several under each period (``2015 2016`` /
    ``geslaagd gestart gestopt geslaagd …``) — the periods of every table of that header's columns."""
    if not table.column:
        return len(table.periods)
    return sum(len(t.periods) for t in tables if t.column and t.header_line == table.header_line)


def _header_columns(table: Table, tables: list[Table]) -> tuple[str, ...]:
    """The columns the header over `table`'s rows prints, by their periods: `table`'s periods, or
    — a table of one :attr:`~Table.column` of a header that prints several under each period — each
    period with each column's name, in the order printed (``2015 geslaagd``, ``2015 gestart`` …)."""
    if not table.column:
        return tuple(p.label for p in table.periods)
    columns = [t for t in tables if t.column and t.header_line == table.header_line]
    labels = list(dict.fromkeys(p.label for t in columns for p in t.periods))
    return tuple(f"{label} {t.column}" for label in labels for t in columns if t.period(label) is not None)


def _run_fits_total_column(table: Table, run: list[str]) -> bool:
    """Whether the dashes and digits of `run`, one under each of `table`'s periods, can be a row's
    cells as far as its total column tells (:attr:`Layout.total_column`: ``Totaal`` over the other
    periods): a total figure within what it may be, ``max(parts) <= total <= sum(parts)``, its
    parts the figures under the other periods (an additive total's sum lies within too). A total
    over no figure (``- 1`` under ``2020-2021 Totaal``) is none. A blank total (``- 2 -`` under
    ``2018 2019 Totaal``) tells nothing here: True, as for a table without a total column, with
    subtotal columns between its periods (what each totals is no one sum here), or of one column of
    several under each period (the run fills them all: :func:`_printed_columns`)."""
    labels = [p.label for p in table.periods]
    if (not table.layout.total_column or table.column or "Totaal" not in labels
            or any(is_subtotal_column(x) for x in labels)):
        return True
    values = {label: int(token) if token.isdigit() else None for label, token in zip(labels, run)}
    total = values.pop("Totaal")
    parts = [v for v in values.values() if v is not None]
    return total is None or bool(parts) and max(parts) <= total <= sum(parts)


def _run_ending_line(printed: Sequence[str], first: int, last: int, run: list[str]) -> int | None:
    """The 1-based line nearest above line `last` (the row's figures'), below line `first`, that ends
    in the dashes and digits of `run` (:data:`_MARKS_IN_NAME`), its first dash set off, or holds its last
    digit alone (each a paragraph of its own), as printed; else None."""
    digit = next(token for token in reversed(run) if token[-1:].isdigit())
    ending = re.compile(r"[ \t]" + r"\s*".join(
        re.escape(token) if token[-1:].isdigit() else "[-\u2013xX]" for token in run) + "$")
    ends = digit if run[-1][-1:].isdigit() else ("-", "\u2013", "x", "X")  # (the quick look: most lines end otherwise)
    for number in range(min(last, len(printed) + 1) - 1, max(first, 1) - 1, -1):
        text = printed[number - 1].strip()
        if text == digit or (text.endswith(ends) and ending.search(text)):
            return number
    return None


def _below_table(issues: list[ParseIssue], tables: list[Table]) -> list[ParseIssue]:
    """`issues`, each ``column-not-checked`` record of rows found below a table (unread.py: rows
    right below its last line, ``waarvan zorg 2.010``) given that table's id."""
    out = []
    for issue in issues:
        if issue.kind == "column-not-checked" and issue.table is None:
            above = max((t for t in tables if t.end_line < issue.line), key=lambda t: t.end_line, default=None)
            issue = replace(issue, table=above.id if above else None)
        out.append(issue)
    return out


def _under_header_repeated(issues: list[ParseIssue], tables: list[Table], lines: tuple[str, ...]) -> None:
    """Mark :attr:`~Table.unresolved` each table whose header, right below a row that no table
    read (a ``row-under-header`` record: ``Provincie Opleiding juni 2023 …`` / ``Antwerpen
    Boekhouder 549 345 2.998``), opens with the same row key as the header over that row (the
    header printed again, its periods read this time; only blank lines or words between): the
    row is that table's, its totals count it, and they cannot be checked over the rows read —
    nor a figure of them blamed for the one not read."""
    for issue in issues:
        if issue.reason != "row-under-header" or not issue.other:
            continue
        below = min((t.header_line for t in tables if t.header_line > issue.line), default=None)
        if below is None or below - issue.line > 4 or any(
                any(ch.isdecimal() for ch in lines[k - 1]) for k in range(issue.line + 1, below)):
            continue  # (no table's header right below the row: only blank lines or words between)
        key = issue.other.split()[:1]  # (the header's first word, its row key: ``Provincie``)
        if not any(lines[k - 1].split()[:1] == key for k in range(below, min(below + 1, len(lines)) + 1)):
            continue  # (a header of another table: its rows are another key's)
        for table in tables:
            if table.header_line == below:
                table.unresolved = True


def _as_printed(tables: list[Table], issues: list[ParseIssue], explained: dict[int, dict[str, str]]) -> None:
    """Say each withheld count that a footnoted mark stands for as the answer prints it: the
    mark with the bound its footnote names (``* (<5)``), not the bound alone
    (:func:`~okot_audit.parse.notes.marks_as_bounds`)."""

    def printed(line: int, text: str | None) -> str | None:
        mark = explained.get(line, {}).get(text or "")
        return (mark if text == UNBOUNDED else f"{mark} ({text})") if mark else text

    for table in tables:
        table.withheld = [replace(w, text=printed(w.line, w.text) or w.text) for w in table.withheld]
    for k, issue in enumerate(issues):
        if issue.line in explained and issue.kind in ("count-withheld", "ambiguous-alignment"):
            other = " ".join(printed(issue.line, word) or word for word in (issue.other or "").split())
            issues[k] = replace(issue, other=other or issue.other)


def _by_measure(table: Table, issues: list[ParseIssue]) -> list[Table]:
    """A table whose rows each name what they count, each something else (``Gestarte
    cursisten`` / ``Geslaagden`` / ``Stopgezette trajecten`` by year), with no total line over
    them: the rows are counts of different things, so each is a table of its own, of the
    measure its label names (``started``, ``graduated``, ``stopped_or_failed``; ``enrolled``
    for ``Inschrijvingen``) and the unit its label names. Any other table (or one the reading
    left an issue in): `table` itself."""
    rows = table.layout.rows in ("programme", "category") and not table.layout.blocks
    if not rows or not table.cells or table.withheld or any(c.level != "row" for c in table.cells) or any(
        issue.table == table.id or (issue.table is None and table.header_line <= issue.line <= table.end_line)
        for issue in issues
    ):
        return [table]
    labels = list(dict.fromkeys(c.label for c in table.cells))
    measures = [_measure_named(label) for label in labels]
    if len(labels) < 2 or "unknown" in measures or len(set(measures)) < len(measures):
        return [table]
    out = []
    # (a table of one category's column, ``Man`` beside ``Vrouw`` and ``Totaal``: each measure's
    # table of that category keeps the category in its id, as the column's table did)
    category = f"_{_slug(table.column)}" if table.column and not table.categories and partition_of(table.column) else ""
    for label in labels:
        cells = [c for c in table.cells if c.label == label]
        part = _named_part(table, label, "row", cells=cells, end_line=max(c.line for c in cells))
        part.id += category
        if table.column and table.title == table.column:  # (no header words: the row's and the column's names)
            part.title = f"{label} \u2014 {table.column}"
        elif table.layout.transposed and table.title != "(no header)":  # (its column of the header: ``Jaar Gestart Geslaagd — Gestart``)
            part.title = f"{table.title} \u2014 {label}"
        out.append(part)
    return out


def _named_part(table: Table, name: str, where: str, **changes) -> Table:
    """`table` as the part that a row's or a column's `name` says what it counts (`where`:
    ``row`` or ``column``, for the note on its unit): of the measure the name names, else the
    table's, and of the unit it names, else the table's; `changes` besides."""
    measure = _measure_named(name)
    if measure == "enrolled" and table.measure in _STAGES_AFTER_START and not enrolled_named(name):
        # (``Inschrijvingen`` under ``… in geslaagde OKOT's``: the graduates counted by their
        # enrolments — not the enrolments that start a programme, as ``enrolled`` is)
        measure = table.measure
    measure = table.measure if measure == "unknown" else measure
    unit = unit_of(name)
    return replace(
        table, id=measure + _id_suffix(table.layout), measure=cast(Measure, measure),
        title=name if table.title == "(no header)" else f"{table.title} {name}",
        unit=unit[1] if unit else table.unit, unique_persons=unit[0] == "unique" if unit else table.unique_persons,
        counting_note=f"the {where} says {unit[1]}" if unit else table.counting_note, **changes,
    )


#: The measures of a programme's later stages: enrolments counted in one are not ``enrolled``.
_STAGES_AFTER_START = frozenset(("graduated", "stopped_or_failed"))


def _measure_named(label: str) -> str:
    """The measure a row's label names (``Gestarte cursisten``: started), ``enrolled`` for
    enrolments (``Aantal inschrijvingen``) and the persons enrolled (``Ingeschreven``), else ``unknown``."""
    said = column_meaning(label)  # (as a column's name says it: ``Ingeschreven`` is enrolled)
    if said is None:
        return "unknown"
    measure, unit = said
    return "enrolled" if measure == "unknown" and unit == "inschrijvingen" else measure


def _answer_sector(title: str, lines: tuple[str, ...], regions: list[Region]) -> str | None:
    """The sector the answer is about: the one its title names, else the one the text before its
    first table names (the question, the answer's opening: ``… startte in de onderwijssector``)
    when that text names one sector and no other."""
    sector = read_sector(title)
    if sector is None and regions:
        sector = named_sector(" ".join(lines[: regions[0].start - 1]))
    return sector


def _quantities_whole(tables: list[Table], derived: list[Derived]) -> None:
    """Each table whose header names every column under its periods by a quantity (``Aantal uren``
    under each year: :attr:`Derived.whole`) made a table of that quantity's values
    (:attr:`Table.statistic`, those words): its figures are no counts of persons, its totals not
    checked by sums, and it is said (``column-not-checked``, ``statistic-table``)."""
    for d in derived:
        if not d.whole:
            continue
        for table in tables:
            if table.header_line <= d.line <= table.end_line and not table.statistic:
                table.statistic = d.texts[0]
                table.unresolved = True


def _derived_columns(tables: list[Table], derived: list[Derived], issues: list[ParseIssue]) -> list[ParseIssue]:
    """One ``column-not-checked`` record per table that printed shares or changes beside its
    counts (:mod:`~okot_audit.parse.derived`): the header's words for them and the values.

    A decimal under no header word that stands where a count stands — the row prints it and
    its counts in as many columns as the table has periods (``Antwerpen 120,5 210`` under
    ``2020 2021``) — is no column of shares but a value no count can be in a count's place:
    the row is not read (an ``unreadable-table`` record of reason ``not-a-count`` at its line,
    from :func:`_not_counts` where the reading left the row unread already), and the table's
    totals are not checked."""
    out = []
    unread = {i.line for i in issues if i.unread and (i.kind, i.reason) in _ROW_UNREAD}
    for table in tables:
        inside = [d for d in derived if table.header_line <= d.line <= table.end_line and not d.whole]
        out.extend(_unplaced_rows(table, [d for d in inside if d.unplaced]))
        inside = [d for d in inside if not d.unplaced]
        if inside and not any(d.header for d in inside):
            in_place = [d for d in inside if _decimal_in_place(d, table, unread)]
            for d in in_place:
                cells = [c for c in table.cells if c.line == d.line]
                if cells:  # (read, its decimal's column blank: not read after all)
                    table.cells = [c for c in table.cells if c.line != d.line]
                    table.unresolved = True
                    out.append(ParseIssue(
                        "unreadable-table", d.line, "not-a-count", tuple(c.count for c in cells), table.id,
                        province=cells[0].province, code=cells[0].code,
                        label=None if cells[0].code else cells[0].label, unread=True,
                        text="decimal", other=d.texts[0], level=cells[0].level,
                    ))
            inside = [d for d in inside if d not in in_place]
        if not inside:
            continue
        words = [" ".join(d.texts) for d in inside if d.header]
        values = [t for d in inside if not d.header for t in d.texts]
        named = [t for d in inside if d.header for t in d.texts]
        out.append(ParseIssue(
            "column-not-checked", inside[0].line, "quantities" if quantity_named(named) else "shares", (), table.id,
            text=", ".join(words) or None, other=" ".join(values[:6]) + (" …" if len(values) > 6 else ""),
            other_line=inside[-1].line,
        ))
    return out


def _unplaced_rows(table: Table, rows: list[Derived]) -> list[ParseIssue]:
    """An ``unreadable-table`` record of reason ``columns-unplaced`` for each of `rows` that
    `table` read: a row printing fewer figures than the columns of counts and of other values
    its header names under each period, where those values print as counts do (``Aantal
    Leeftijd`` over ``Bachelor verpleegkunde 288 29``) — whether ``29`` is an age or a count
    cannot be told. The row's cells go, and the table's totals are not checked."""
    out = []
    for d in rows:
        cells = [c for c in table.cells if c.line == d.line]
        if not cells:
            continue  # (not read as a row: said, if at all, by what left it unread)
        table.cells = [c for c in table.cells if c.line != d.line]
        table.unresolved = True
        out.append(ParseIssue(
            "unreadable-table", d.line, "columns-unplaced", tuple(int(t.replace(".", "")) for t in d.texts), table.id,
            province=cells[0].province, code=cells[0].code, label=None if cells[0].code else cells[0].label,
            unread=True, level=cells[0].level,
        ))
    return out


#: A decimal as a row prints it, with no sign or percent that makes it a share or a change.
_PLAIN_DECIMAL = re.compile(r"\d+(?:\.\d{3})*,\d+")


def _decimal_in_place(taken: Derived, table: Table, unread: set[int]) -> bool:
    """Whether the values taken off a row of `table` (whose header names no column of shares)
    are plain decimals standing in the place of counts: the row left unread, or its figures and
    these values as many as the table's periods."""
    if taken.header or not all(_PLAIN_DECIMAL.fullmatch(t) for t in taken.texts):
        return False
    if taken.line in unread:
        return True
    cells = sum(1 for c in table.cells if c.line == taken.line)
    return bool(cells) and cells + len(taken.texts) == len(table.periods)


def _nearest_line_period(lines: tuple[str, ...], region: Region) -> tuple[str, str] | None:
    """The one period the header line nearest a table's columns' names names, where its header's
    lines together name several (:func:`~okot_audit.parse.context.header_period` of that line):
    the caption right over the table, not the title above it. None where that line names two."""
    if len(region.header_lines) < 2:
        return None
    for k in reversed(region.header_lines):
        if A_YEAR.search(lines[k - 1]):
            return header_period(lines[k - 1])
    return None



def _collapsed(lines: tuple[str, ...], regions: list[Region], dashed: Mapping[int, str] | None = None) -> bool:
    """Whether the text lost the spacing that marks blank cells: no line marks a blank (see
    :func:`~okot_audit.parse.cells.marks_blanks`), and no line ends in a space (the seeds' form
    leaves one after a line's last word) or a table row or total line has fewer numbers than its
    table has periods — text an extractor joined with single spaces (pypdf, pdfplumber
    ``extract_text()``). In the seeds' form such a row would show its blanks as spaces.
    The seeds' form also ends a wrapped header with its periods; an extractor that joins a
    header row cell by cell prints them on the first or a middle line of it.

    The lines whose dashes were made blanks (`dashed`: line → as printed; a dash after a number a
    label's word may number, :func:`_dash_after_a_labels_number`, not an ``x`` or a slash, which
    mark blanks only) mark those blanks by what they print, not by their spacing: where only they space figures apart, a row elsewhere
    with fewer figures than periods still says the spacing was lost (``… module 5 - 1 38 61 19``,
    its dash taken for a blank, beside ``804091: kleuteronderwijs 50 58 24 27`` under six periods
    in pypdf's text)."""
    # (a line of figures alone whose first cells were printed as marks, ``n.b. 138 45`` under its
    # label's last line: its blanks made leading spaces, it marks them as a spaced line does)
    led = any(lines[k - 1][:1] == " " and printed[:1] not in (" ", "\t") for k, printed in (dashed or {}).items())
    dashed = {k: printed for k, printed in (dashed or {}).items()  # (a dash only: ``x``, ``/`` are marks alone)
              if _without_dashes(printed) == _without_dashes(lines[k - 1]) and _dash_after_a_labels_number(printed)}
    if led or marks_blanks(lines) and (not dashed or marks_blanks(
            tuple(dashed.get(k + 1, line) for k, line in enumerate(lines)))):
        return False
    if not any(line[-1:] in (" ", "\t") for line in lines) and any(_header_goes_on(lines, r) for r in regions):
        return True  # no line keeps the seeds' trailing space, and a header's cells were joined
    trailing = any(line[-1:] in (" ", "\t") for line in lines)
    return any(_rows_collapsed(region, dashed, trailing) for region in regions)


def _rows_collapsed(region: Region, dashed: Mapping[int, str], trailing: bool) -> bool:
    """Whether a row or total line of `region` says the spacing was lost: fewer figures than
    the table has periods (its blanks' marks made blanks aside: `dashed`), or, where no line of
    the text keeps the seeds' trailing space (`trailing` False), as many as the periods with a
    first one its label's own number may be (:func:`_label_number_first`). A table on its side
    (:attr:`~okot_audit.parse.regions.Region.keys`) prints a figure per column on each period's
    line: its columns are counted, not its periods (``2021 33 33`` under ``Jaar 725303 Totaal``
    is whole, however many years stand below)."""
    n = (len(region.keys[0]) if region.keys is not None
         else len(region.columns.columns) if region.columns is not None else len(region.period_tokens))
    for item in region.items:
        if item.kind in ("row", "subtotal", "total") and item.texts and item.last_line not in dashed and (
                0 < len(numeric_tail(item.texts[-1])[1]) < n):
            return True
        if not trailing and item.kind == "row" and item.texts and _label_number_first(item.texts[-1], n):
            return True
    return False


def _unmarked_tables_collapsed(
    lines: tuple[str, ...], regions: list[Region], dashed: Mapping[int, str], positional: bool,
) -> frozenset[int]:
    """The tables (their indexes in `regions`) of an answer found not collapsed (:func:`_collapsed`)
    only because some table marks its blanks: the spaces that stand where its marks were are
    the reader's own (:func:`~okot_audit.parse.blanks.mark_blanks`), not the extractor's, and
    say nothing of a table that prints its blanks as nothing. Text as printed with no line
    that keeps the seeds' spacing, a table none of whose lines marks a blank is collapsed where
    its own rows say so (:func:`_rows_collapsed`: ``… module 5 69 13 1.545 1.627`` under five
    periods in pypdf's text, beside another table's ``… kinderzorg x 25``: the blank is lost,
    ``module 5`` may be the label's)."""
    if positional or not dashed or marks_blanks(tuple(dashed.get(k + 1, line) for k, line in enumerate(lines))):
        return frozenset()
    trailing = any(line[-1:] in (" ", "\t") for line in lines)
    return frozenset(
        index for index, region in enumerate(regions)
        if not any(region.start <= k <= region.end for k in dashed) and _rows_collapsed(region, dashed, trailing)
    )


def _dash_after_a_labels_number(text: str) -> bool:
    """Whether a dash in `text` follows a number that a word a label's number follows stands
    before (``… module 5 - 1 38 61 19``): the dash may go on the label's range, no blank's mark
    (``2017 42 - 42`` or ``Verpleegkunde 5 - 3`` mark a blank: no word numbers the figure)."""
    words = text.split()
    return any(w in _DASHES and k >= 2 and is_number(words[k - 1]) and numbered_word(words[:k - 1])
               for k, w in enumerate(words))


def _label_number_first(text: str, n: int) -> bool:
    """Whether the row's line `text` has as many numbers as the `n` periods and the first of
    them may be its label's own (``908003 Apotheekassistent module 5 13`` under two periods):
    in text with no line ending in the seeds' space, the spacing then cannot tell its label's
    ``module 5`` and one blank from ``module`` and two counts (:func:`_collapsed`). A label's
    own number is small (a module, a level, a phase, a year of study): a first number of three
    digits or more is a count (``25 tot en met 49 jaar 200 210``)."""
    tail = numeric_tail(text)[1]
    return n > 1 and len(tail) == n and len(tail[0].group()) <= 2 and ends_in_label_number(text[:tail[0].end()])


#: A header's word for a column of training codes (``Opleiding  Code  2022  2023``).
_CODE_COLUMN = re.compile(r"\b(?:opleidings|vdab-?)?code(?:\s+opleiding)?\b", re.I)
#: A training code as a cell prints it.
_CODE_CELL = re.compile(r"\d{6}")


def _codes_in_their_column(region: Region) -> None:
    """The rows of a table whose header names a column of codes after the label's
    (``Opleiding Code 2022 2023`` over ``Specifieke lerarenopleiding (SLO) 908015 301 322``):
    each row's first figure of six digits is its training code, no count — the row keyed by it
    as a row that opens with its code is. The code leaves the row's figures: in their place
    where the row sets its cells wide apart (laid-out text keeps every figure's place), else
    with the space before it (single-spaced text: two spaces are a blank cell). A table most of
    whose rows have their code is keyed by code."""
    rows = 0
    for item in region.items:
        if item.kind != "row" or item.code is not None or not item.texts:
            continue
        text = item.texts[-1]
        tail = numeric_tail(text)[1]
        if len(tail) < 2 or not _CODE_CELL.fullmatch(tail[0].group()):
            continue
        rows += 1
        start, end = tail[0].span()
        item.code = tail[0].group()
        if text[max(start - 2, 0):start] == "  ":
            item.texts[-1] = text[:start] + " " * (end - start) + text[end:]
        else:
            item.texts[-1] = text[:start].rstrip() + text[end:]
    if rows * 2 > sum(1 for item in region.items if item.kind == "row"):
        region.keyed = True  # (as a table of coded rows may hold one without: ``Andere 7 9``)


def _cells_one_space_apart(region: Region, lines: tuple[str, ...]) -> None:
    """Where a table's figures all stand two spaces apart or more (typed by hand, not aligned
    in columns: :func:`~okot_audit.parse.cells.cell_gap`), write its figure lines as the seeds'
    form spaces them (:func:`~okot_audit.parse.cells.respaced`), so that only a gap wider than
    its cells' reads as a blank cell — not every gap between two figures. Figures that stand
    under their periods' places in a header laid out with wide gaps keep their places: where
    they stand says which column each is in, a column blank on every row too (``2020`` over
    ``niet beschikbaar`` on every line: no gap tells it) — unless every figure stands one same
    gap after its name or the figure before it (:func:`~okot_audit.parse.cells.evenly_gapped`):
    typed by hand, a row's name sets where its figures fall, under the periods or not. A row typed
    with an even gap of its own, as many figures as the columns (:func:`~okot_audit.parse.cells.own_gap`:
    ``Bouw      30      44`` among rows of three spaces), is respaced by its own gap: the table's
    narrowest would read each of its gaps as a blank, more cells than the columns."""
    if region.keys is not None:
        return
    items = [item for item in region.items if item.kind in ("row", "subtotal", "total") and item.texts]
    cells = len(region.columns.columns) if region.columns is not None else len(region.period_tokens)
    gap = cell_gap([item.texts[-1] for item in items], cells)
    if gap < 2:
        return
    texts = [item.texts[-1] for item in items]
    if region.period_line and region.period_tokens and region.columns is None and not evenly_gapped(texts, gap):
        header = lines[region.period_line - 1]
        spans = [(t.start, t.end) for t in region.period_tokens]
        if _WIDE_GAP.search(header[region.period_tokens[0].start:]) and aligned(texts, spans, header=True):
            return
    for item in items:  # (a row typed with its own even gap, all its cells filled, is read by its own)
        item.texts[-1] = respaced(item.texts[-1], own_gap(item.texts[-1], cells) or gap)


def _header_goes_on(lines: tuple[str, ...], region: Region) -> bool:
    """Whether the header text goes on below the line of the periods (before the first row)."""
    if not region.period_line or not region.header_lines or region.period_line >= max(region.header_lines):
        return False
    names = region.columns.line if region.columns is not None else None  # (the columns' names: no header words)
    return any(_WORD_CHARACTER.search(lines[k - 1]) for k in region.header_lines if k > region.period_line and k != names)


def _figures_joined(joined: tuple[tuple[int, int, str], ...], tables: list[Table]) -> list[ParseIssue]:
    """The record of each small figure alone on a line of its own that the reader joined into the
    name of the row above it, right below that row's counts (:attr:`~okot_audit.source.Source.joined`:
    ``… 3de jaar  30  20`` / ``12``): the name's own number wrapped onto a line of its own, a figure
    the table lost, or a page's number — nothing on the page tells; the name's reading stands,
    said (``stray-number``, ``figure-under-name``) with the row it was read into. `line` is the
    row's; :func:`place_on_pages` reports it at the figure's own printed line."""
    found = []
    for line, _, figure in joined:
        row = next(((t, c) for t in tables for c in t.cells if c.line == line and c.level == "row"), None)
        if row is None:
            continue  # (no row of a table read there: a header's, a line of prose — said by what reads those)
        table, cell = row
        words = cell.label.split()
        if words[-1:] == [figure] and numbered_word(words[:-1]):
            continue  # (``… traject - module`` / ``5``: the number the name's last word asks for, its own)
        found.append(ParseIssue("stray-number", line, "figure-under-name", (int(figure),), table.id, code=cell.code,
                                label=cell.label[:80], text=figure, other=cell.label[:80], other_line=line,
                                level="row"))
    return found


def _places_whole(source: Source) -> Source:
    """`source` with the name of a place of several words that its block's narrow cell wrapped over
    lines made whole on the line it opens (:func:`~okot_audit.parse.regions.mend_wrapped_places`),
    the lines that held nothing but a piece of it left out (each other line keeps the number and
    page it is reported at: a blank line in their place would cut the row's name beside them in
    two). Text whose lines other records point at (a delimited table's rows left unread, a page's
    images) is left as it is."""
    if source.unread or source.images or source.hidden_rows or source.sheets or source.joined:
        return source
    lines, emptied = mend_wrapped_places(source.lines, source.positional)
    if lines is source.lines:
        return source
    kept = [i for i in range(len(lines)) if i not in emptied]
    numbers = source.line_numbers or range(1, len(lines) + 1)
    return replace(source, lines=tuple(lines[i] for i in kept), line_numbers=tuple(numbers[i] for i in kept),
                   pages=tuple(source.pages[i] for i in kept) if source.pages else None,
                   line_ends=tuple(source.line_ends[i] for i in kept) if source.line_ends else None,
                   # (a label the reader wrote: at its row's line among the lines kept)
                   supplied=tuple(replace(s, line=bisect.bisect_left(kept, s.line - 1) + 1) for s in source.supplied))


def place_on_pages(answer: Answer, source: Source) -> Answer:
    """Give every cell, period, table and issue the line users see and its page (PDF) — and,
    for an ``.xlsx`` annex, prefix each table id with its sheet."""
    if not (source.pages or source.line_numbers or source.sheets):
        return answer

    def line(n: int) -> int:
        return source.reported_line(n) if n else n

    def maybe_line(n: int | None) -> int | None:
        return source.reported_line(n) if n else n

    def page(n: int | None) -> int | None:
        return source.page_of(n) if n else None

    ids: dict[str, str] = {}
    for table in answer.tables:
        sheet = source.sheet_of(table.header_line)
        if sheet:
            ids[table.id] = f"{sheet}/{table.id}"
            table.sheet = sheet
        table.cells = [replace(c, line=line(c.line), page=page(c.line)) for c in table.cells]
        table.withheld = [replace(w, line=line(w.line), page=page(w.line)) for w in table.withheld]
        table.hidden = [replace(h, line=line(h.line)) for h in table.hidden]  # (by the lines of its total and parts)
        table.subsets = [replace(s, line=line(s.line), page=page(s.line), of_line=line(s.of_line))
                         for s in table.subsets]
        table.periods = tuple(replace(p, line=maybe_line(p.line), page=page(p.line)) for p in table.periods)
        table.page = page(table.header_line)
        table.header_line, table.end_line = line(table.header_line), line(table.end_line)
        table.id = ids.get(table.id, table.id)
    def span_end(issue: ParseIssue) -> int | None:  # (a refusal's span ends at its last line's last figure)
        n = issue.other_line
        if n and issue.kind == "unreadable-table" and n >= issue.line:
            return source.last_line(n)
        return maybe_line(n)

    answer.issues = [
        replace(i, line=line(i.line), page=page(i.line), other_line=span_end(i),
                table=ids.get(i.table, i.table) if i.table else None,
                sheet=source.sheet_of(i.line) if i.line else None)
        for i in answer.issues
    ]
    if source.joined:  # (a figure joined into the name above it: at its own printed line, its row's as the other)
        printed = {source.reported_line(at): own for at, own, _ in source.joined}
        answer.issues = [replace(i, line=printed.get(i.other_line or 0, i.line)) if i.reason == "figure-under-name"
                         else i for i in answer.issues]
    # what the questions ask and the deferring sentences, by the same lines as the tables
    answer.asked = tuple(
        replace(a, line=line(a.line), answer_start=maybe_line(a.answer_start), answer_end=maybe_line(a.answer_end))
        for a in answer.asked
    )
    answer.deferred = tuple(
        replace(d, line=line(d.line), item_start=line(d.item_start), item_end=line(d.item_end)) for d in answer.deferred
    )
    return answer


class _Questions:
    """The question each line of an answer answers (:func:`question_for`), found on first use:
    most tables say what they count themselves."""

    def __init__(self, lines: tuple[str, ...]) -> None:
        self.lines = lines
        self.at: Callable[[int], str] | None = None

    def __call__(self, line: int) -> str:
        if self.at is None:
            self.at = question_for(self.lines)
        return self.at(line)


def _printed_beside(source: Source, earlier: Region, first: int) -> bool:
    """Whether the table whose first line is `first` stands on the same rows of the source as
    the region above it (`earlier`), laid out below it (an ``.xlsx`` sheet's tables side by side:
    :mod:`okot_audit.read.xlsx`): its first line's row is not below that region's last."""
    numbers = source.line_numbers
    return numbers is not None and 0 < earlier.end <= len(numbers) and 0 < first <= len(numbers) and (
        numbers[first - 1] <= numbers[earlier.end - 1])


def _with_blank_lines(source: Source, start: int, stop: int) -> tuple[str, ...]:
    """0-based lines `start` up to `stop`, with a blank line where the source had one that
    reading left out (text laid out again from its columns keeps each line's own number): a
    title's or a footnote's paragraph ends there, not at the next numbered item."""
    lines = source.lines[start:stop]
    numbers = source.line_numbers
    if not numbers or not lines:
        return lines
    parts = [lines[0]]
    for k in range(start + 1, stop):
        if numbers[k] - numbers[k - 1] > 1:
            parts.append("")
        parts.append(source.lines[k])
    return tuple(parts)


#: A letter or digit: a footnote's line that holds words, not marks alone.
_WORDED = re.compile(r"[^\W_]")


def _figures_not_periods(lines: tuple[str, ...], region: Region) -> tuple[int, ...]:
    """The figures of `region`'s lines, refused as printed one figure per line: not its header's periods
    (``2020`` / ``2021`` each a paragraph, a title's ``… in 2022`` read as its header), nor a period's label
    alone that ``pdftotext`` printed after the first row's name before any figure (``908001: …`` /
    ``2022`` / ``12``) — labels, no counts; from the first figure on every number is one."""
    heads = {*region.header_lines, region.period_line}
    numbers: list[int] = []
    for k in range(region.start - 1, region.end):
        found = numbers_in(_without_code(lines[k]))
        if not numbers and (k + 1 in heads or period_alone(lines[k])):
            found = tuple(n for n in found if not 1900 <= n <= 2099)
        numbers.extend(found)
    return tuple(numbers)


def _read_table(
    source: Source, region: Region, floor: int, ceiling: int, issues: list[ParseIssue], collapsed: bool,
    asked: Callable[[int], str], scattered: Callable[[int, int], bool] | None = None, earlier: Region | None = None,
    earlier_table: Table | None = None, titled: str = "unknown", units: Mapping[int, str] | None = None,
    dashed: Mapping[int, str] | None = None, *, catalogue: Catalogue, later: Region | None = None,
) -> list[Table]:
    """The table of `region` — or, where its header prints a column under each period for each
    thing it counts (:attr:`Region.columns`), one table per such column — or none (reported).
    `catalogue`: the one the answer is read with (:func:`parse_answer`); `later`: the next
    table's region (a note between the two that nothing places: :func:`_unled_between`)."""
    lines = source.lines
    first = region.header_lines[0] if region.header_lines else region.start
    section = _section_start(lines, floor, first - 1)
    item_words = _item_lead(lines, floor, first - 1)
    context = item_words + "\n".join(lines[section:first - 1])
    notes = "\n".join(_with_blank_lines(source, region.end, ceiling))
    header = region.header_text
    sub = region.columns
    header_lines = [lines[k - 1] for k in region.header_lines]
    if sub is not None:  # what the table counts, said by its words other than its columns' names
        heads = block_heads(region.items, region.header_lines, region.period_line)  # (a block's, not the table's)
        header_lines = ([lines[k - 1] if k != sub.line else sub.head for k in region.header_lines if k not in heads]
                        + ([sub.head] if sub.line not in region.header_lines else []))
        header = fold(" ".join(header_lines))
    words = _strip_periods(header)
    measures, measure_said = read_measures(words, context)
    item = None
    same_item = earlier is not None and not any(NUMBERED.match(lines[k]) for k in range(floor, first - 1))
    if not measures and earlier is not None and same_item:
        # A second table of the same numbered item, nothing of what it counts said between the
        # two: the item's sentence before the first says it of both (``… naar geslacht en naar
        # scholingsniveau, vindt u hieronder.`` over two tables).
        item = _item_start(lines, earlier)
        if item is not None:
            before = (earlier.header_lines or [earlier.start])[0] - 1
            measures, measure_said = read_measures("", "\n".join(lines[item:before]))
    if not measures and same_item and item is None and earlier_table is not None and earlier_table.measures_named:
        measures, measure_said = earlier_table.measures_named, earlier_table.measure_said  # (the sentence above both)
    measure = measures[0] if len(measures) == 1 else "unknown"
    several = measures if len(measures) > 1 else ()  # a sentence names several: no guess (:func:`_measures_in_order`)
    # (its own words name one of several that the sentence above it names, ``Tabel 1. Geslaagde
    # cursisten`` under ``… het aantal gestarte en geslaagde cursisten``: the sentence's, kept —
    # the other tables under it count the others, :func:`_measures_in_order`)
    among: tuple[tuple[str, ...], str] = ((), "")
    if len(measures) == 1 and sub is None:
        shared = read_measures("", context)
        if not shared[0] and same_item and earlier_table is not None and earlier_table.measures_named:
            shared = earlier_table.measures_named, earlier_table.measure_said  # (the sentence above both)
        if len(shared[0]) > 1 and measure in shared[0] and shared[1] != measure_said:
            among = shared
    if not measures:
        measure = only_measure(asked(first))  # the question the table's item answers
    if measure == "unknown" and not several and same_item and item is None and earlier_table is not None:
        # An answer that numbers no items, nothing of what this table counts said since the
        # table above (``Bron: VDAB`` / ``De cijfers per opleiding:``): it counts what that one does.
        measure = earlier_table.measure
    # (nothing near the table says what it counts: the table printed beside it, or the question
    # its item answers may)
    alongside = earlier_table if earlier is not None and _printed_beside(source, earlier, first) else None
    unit_words = own_unit_words(header, header_lines)  # (a title run into the header: the table's own words decide)
    unique, counting, unit = read_unique(
        unit_words, context, lambda: asked(first),
        (alongside.unique_persons, alongside.counting_note, alongside.unit) if alongside is not None else None,
        _printed_unit(region, units or {}, COUNT),
    )
    # Columns under each period that name what each counts (``Inschrijvingen  Unieke cursisten``):
    # their own words say which of them counts enrolments, not the words above them — a caption
    # that names enrolments (``Inschrijvingen en unieke cursisten per opleiding``) gives no column
    # that names another unit the measure ``enrolled`` (:func:`_named_part`).
    units_in_columns = sub is not None and any(unit_of(name) is not None for name in sub.names)
    named_units, _, units_words = units_said(unit_words, context)
    # Words above the table (or a caption run into its header) that name enrolments beside another unit (``Inschrijvingen en unieke
    # cursisten per opleiding``), where neither the table's header nor its lines name one: which
    # of them the table counts is not said — never the first the words name, nor enrolments
    # because they are named (two tables under one caption are not read by its word order).
    units_apart = (
        "inschrijvingen" in named_units and len(named_units) > 1
        and not units_in_columns and not _lines_name_units(lines, region)
    )
    if measure == "unknown" and not several and (
        (not units_in_columns and not units_apart and (unit == "inschrijvingen" or "inschrijvingen" in named_units))
        or enrolled_named(header)
    ):
        # (enrolments and unique persons: ``Totaal inschrijvingen``, ``Totaal unieke cursisten``;
        # the persons enrolled: ``Opleiding Ingeschreven (2021)``)
        measure = "enrolled"
    if measure == "unknown" and not several:
        measure = titled  # what the answer's title names, when it names one measure and nothing nearer does
    if measure == "unknown" and not several and units_apart:
        measure_said = units_words  # (said by measure-unknown: the words name enrolments and another unit)
    elif (measure == "unknown" and not several and not named_units and same_item and item is None
          and earlier_table is not None and earlier_table.measure == "unknown" and earlier_table.measure_said
          and not earlier_table.measures_named and not _lines_name_units(lines, region)):
        # (a second table under the same caption, nothing said between: those words are its too)
        units_apart, measure_said = True, earlier_table.measure_said
    layout = _layout(region, catalogue.name_words())
    table_id = measure + _id_suffix(layout)
    if (scattered is not None and scattered(region.start, region.end)) or one_figure_per_line(
            lines, region.start, region.end, least=2):
        # (a table of one column, its rows' figures each a paragraph: two are enough to tell)
        numbers = _figures_not_periods(lines, region)
        issues.append(ParseIssue(
            "unreadable-table", first, "one-figure-per-line", numbers[:40], table_id, unread=True,
            text=fold(lines[first - 1])[:80], other_line=region.end,
        ))
        return []
    period_text = lines[region.period_line - 1] if region.period_line else ""
    beside = _side_by_side(period_text, region) if period_text else None
    if beside is not None and sub is not None and _figures_together(region, 2 * len(region.period_tokens)):
        # (what each time counts named over its periods, ``Gestarte cursisten 2022 2023 Geslaagde
        # cursisten 2022 2023``, and no label between a row's figures: one table, a column of
        # each measure under each period — two tables beside each other print their rows' labels twice)
        beside = None
    if beside is not None:  # two tables on the same lines: which figures are whose is not read
        numbers = tuple(n for item in region.items for t in item.texts for n in numbers_in(t))
        issues.append(ParseIssue("unreadable-table", first, "side-by-side", numbers[:40], table_id, unread=True,
                                 text=fold(period_text)[:80], other=beside, other_line=region.end))
        return []
    printed = [t.label for t in region.period_tokens]
    if sub is None and len(set(printed)) < len(printed):
        # the same periods printed twice or more (``2021 2022 2021 2022``) and no line that names
        # what each time counts: which figure is whose cannot be told
        numbers = tuple(n for item in region.items for t in item.texts for n in numbers_in(_without_code(t)))
        issues.append(ParseIssue("unreadable-table", first, "periods-repeated", numbers, table_id, unread=True,
                                 other=" ".join(t.label + t.stars for t in region.period_tokens), other_line=region.end))
        return []
    if region.period_tokens:
        notes_line = _first_footnote_line(lines, region.end, ceiling)
        # (an annex: the lines below the table on its own sheet, a note under it; a sheet of notes is none of its)
        below, below_line = (_said_below(lines, region.end, ceiling, source.pages) if source.kind != "xlsx" else
                             _said_below(lines, region.end, ceiling, source.sheets) if source.sheets else (),
                             region.end + 1)
        if region.notes:  # notes among the rows (``(*) cijfers tot 30 juni``) explain its periods as those below it do
            # (a line of marks alone explains nothing: the header printed again after a page break
            # wraps its period's mark so, ``Scholingsniveau 2019-2020 … 2022-2023`` / ``*``)
            marked = [n for n in region.notes if _FOOTNOTE_START.match(lines[n - 1]) and _WORDED.search(lines[n - 1])]
            notes = "\n".join([*(lines[n - 1] for n in marked), notes])
            notes_line = marked[0] if marked else notes_line
            below_line = region.notes[0]
            below = (*("" if n in marked or n not in region.notes else lines[n - 1]
                       for n in range(below_line, region.end + 1)), *below)
        found = [(t.label, t.stars) for t in region.period_tokens]
        unplaced = region.unplaced_note
        if region.loose_marks:  # (``2022-2023`` / ``*`` in single-spaced text: the footnote names its period)
            placed = marks_by_footnote(found, region.loose_marks, footnotes_by_mark(notes))
            if sum(1 for old, new in zip(found, placed) if old != new) < len(region.loose_marks) and unplaced is None:
                # a mark that neither its place nor a footnote gives to one period: one may be partial
                unplaced = (region.period_line or first, " ".join(region.loose_marks))
            found = placed
        if any(label.startswith(YEARLESS) for label, _ in found):  # months without their year
            named = period_from_context(f"{context}\n{words}", first)
            if named is None or not named.label.isdigit():
                numbers = tuple(n for item in region.items for t in item.texts for n in numbers_in(t))
                issues.append(ParseIssue("unreadable-table", first, "no-period", numbers, table_id, other_line=region.end))
                return []
            found = [(with_year(label, named.label), stars) for label, stars in found]
        # A note between this table and the one above or below that nothing places (no caption,
        # numbered item or words pointing forward: :func:`_unled_between`) is the table's where
        # the other has not the period it names; where both have it, neither's (said below).
        # (an annex's tables on two sheets: the lines on each table's sheet are its own, none between)
        gap_above = _unled_between(lines, floor, first - 1) if floor and earlier is not None else None
        next_first = (later.header_lines or [later.start])[0] if later is not None else 0
        gap_below = _unled_between(lines, region.end, next_first - 1) if later is not None else None
        stretches: list[Between] = []
        before_it = context  # (the words before the table that are its own)
        if gap_above is not None and earlier is not None:
            own = _sheet_start(source, floor - 1, *gap_above)  # (on two sheets: the lines on its own are its)
            before_it = item_words + ("\n".join(lines[own:first - 1]) if own is not None else "")
            if own is None:  # (the gap's lines may be either table's)
                stretches.append(Between(_between_lines(lines, *gap_above), gap_above[0] + 1, frozenset(
                    p.label for p in earlier_table.periods) if earlier_table is not None else _printed_periods(earlier),
                    True))
        if gap_below is not None and later is not None:
            end = _sheet_start(source, region.end - 1, *gap_below)  # (on two sheets: the lines on its own are its)
            stretches.append(Between(_between_lines(lines, gap_below[0], gap_below[1] if end is None else end),
                                     gap_below[0] + 1, _printed_periods(later) if end is None else frozenset(), False))
        doubted: list[tuple[str, str, int]] = []
        # (the header's own words may say a period is partial: a caption ``… per provincie (2022: t.e.m. juni)``)
        periods = read_periods(found, region.period_line or region.header_lines[-1], before_it, notes, notes_line, words,
                               below, below_line, between=tuple(stretches), doubted=doubted)
        for note, at, of_both in _by_note(doubted):
            # a note between the table above and this one, of a period both have: whose it is, no
            # words say — neither's period is moved, the reader is told
            issues.append(ParseIssue(
                "partial-period", at, "note-between", (), table_id, text=note, periods=of_both,
                other_line=earlier_table.header_line if earlier_table is not None else floor,
            ))
        if any(t.word for t in region.period_tokens):  # (a total column's own word: ``Subtotaal``)
            periods = _with_total_words(periods, region.period_tokens)
        if unplaced is not None and not any(p.partial for p in periods):
            # a note in brackets below the periods, or a footnote mark, that its place gives to
            # none (``(voorlopig`` / ``)`` or ``*`` under a line of several, single-spaced) and no
            # footnote names the period of: one of them may be partial — the reader is told
            issues.append(ParseIssue(
                "partial-period", unplaced[0], "note-unplaced" if unplaced[1][:1] == "(" else "mark-unplaced", (),
                table_id, text=unplaced[1], periods=tuple(label for label, _ in found if label != "Totaal"),
            ))
    elif (written := written_period(header)) is not None:
        # one period written among the header's words (``Opleiding Aantal (2021 voorlopig)``,
        # ``2021: Aantal``) or named by the line leading into its rows (``In 2021 startten:``):
        # the table's, over any the prose names
        words = written[0]
        periods = read_periods([written[1]], first, context, notes, _first_footnote_line(lines, region.end, ceiling),
                               header)
    elif (said := header_period(header)) is not None:
        # one period among the words of a caption over the columns' names (``Tabel 1: gestarte
        # cursisten (2021)`` / ``Opleiding Aantal``): the table's, over any the prose names
        periods = read_periods([said], first, context, notes, _first_footnote_line(lines, region.end, ceiling), header)
    elif (said := _nearest_line_period(lines, region)) is not None:
        # the header's lines name several years, the one nearest the columns' names one (an answer's
        # title ``… in 2022 en 2023`` over the caption ``Tabel 1. … in 2022 per provincie`` / ``Provincie
        # Aantal``): the caption's, which says what this table counts
        periods = read_periods([said], first, context, notes, _first_footnote_line(lines, region.end, ceiling), header)
    else:
        period = period_from_context(context, first)
        if period is not None and period.partial:
            period = _note_between_weighed(source, period, floor, first, earlier, earlier_table, table_id, issues)
        if period is None and source.sheets and (sheet := source.sheets[first - 1]):
            period = period_from_context(sheet, first)  # (an annex of a sheet per year: ``2021``, ``2022``)
        if (
            period is None and same_item and earlier is not None and not earlier.period_tokens
            and earlier_table is not None and len(earlier_table.periods) == 1
        ):
            # The next table of the same item, its one period named before the first only
            # (``… die in 2023 een OKOT startten.`` over tables by gender, by education, by age)
            period = earlier_table.periods[0]
        if period is None and len({w.rstrip("*") for w in header.split() if _PERIOD_WORD.fullmatch(w)}) == 1:
            # one year among the header's words, no list of periods: a caption's over the columns'
            # names (``Cijfers 2021 VDAB`` / ``Opleiding Aantal``) — the table's period
            period = period_from_context(header, first)
        if period is None:
            numbers = tuple(n for item in region.items for t in item.texts for n in numbers_in(t))
            if not numbers and not header_lines and _codes_in_prose(region):
                return []  # (a sentence of the prose wrapped so a code begins a line: no table, no figure lost)
            under = _columns_among_periods(header)  # (laid-out text sets them between the periods)
            reason = "header-columns-per-period" if under else "no-period"
            if sub is not None and not under:  # categories or measures as the columns, and no period said anywhere
                what = "categories" if column_kind(sub.names) == "categories" else "measures"
                reason, under = f"{what}-without-period", sub.names
            issues.append(ParseIssue(  # (its span to the region's end: a table printed one figure per line it is a piece of runs on to it)
                "unreadable-table", first, reason, numbers, table_id, other=", ".join(under) if under else None,
                other_line=region.end,
            ))
            return []
        periods = (period,)
    table = Table(
        id=table_id, title=words or "(no header)", measure=cast(Measure, measure), layout=layout,
        periods=periods, unique_persons=unique, header_line=first, end_line=region.end,
        counting_note=counting, unit=unit, measures_named=several or among[0],
        measure_said=(said_words := measure_said if several or (units_apart and measure == "unknown") else among[1]),
        units_said=units_of(said_words) if said_words else (),
        statistic=(statistic := read_statistic(header, context) or _printed_unit(region, units or {})),
        unresolved=bool(statistic),
    )
    if region.keys is not None:
        fill_transposed(table, region, issues, source.positional, collapsed, lines, source.pages if source.positional else None)
        return [table]
    parts = _column_tables(table, sub) if sub is not None else None
    if sub is not None and parts is None:  # two columns of one period that count the same
        numbers = tuple(n for item in region.items for t in item.texts for n in numbers_in(t))
        issues.append(ParseIssue("unreadable-table", first, "header-columns-per-period", numbers, table_id,
                                 other=", ".join(sub.names)))
        return []
    if sub is not None and parts is not None:
        table = _under_each_period(table, sub, parts)
        if named_units:
            _units_against(parts, named_units, units_words)
    spans_at = _page_spans(source, region, _column_spans(source, region))
    _fill_cells(table, region, issues, spans_at, collapsed, parts, _key_head(lines, region), dashed or {},
                catalogue=catalogue)
    if source.hidden_rows and parts is None:  # (an annex's rows hidden in the sheet: their figures kept aside)
        place_hidden_rows(table, source.hidden_rows, first, region.end, spans_at)
    return [covered_periods(_column_province(part)) for part, _ in parts] if parts else [covered_periods(table)]


def _column_province(table: Table) -> Table:
    """`table`, one column of a header whose columns are provinces (``Leeftijd Antwerpen Limburg
    … Vlaams Gewest``), as a new table with that province on each of its cells and withheld
    counts: the province of a cell is its row's, its block's or its column's. Any other table as
    it is (a total column over the provinces, a region's, is of none). `table` itself is left as
    it was."""
    province = province_name(table.column) if table.column and not table.categories else None
    if province is None or table.layout.blocks is not None:
        return table  # (sector blocks under provinces: the cells' province unsaid, no schema holds both)
    return replace(table, column_province=province,
                   cells=[c if c.province else replace(c, province=province) for c in table.cells],
                   withheld=[w if w.province else replace(w, province=province) for w in table.withheld])


def _units_against(parts: list[tuple[Table, tuple[int, ...]]], named: tuple[str, ...], words: str) -> None:
    """Each column of `parts` whose own name names a unit that the words above the table (`words`,
    a caption or a sentence naming the units `named`) do not: those words as its
    :attr:`Table.measure_said` — the caption (``Aantal inschrijvingen per opleiding``) says one
    unit, the column's own name (``Unieke cursisten``) another; ``measure-unknown`` says both. So
    too the other way round (``Aantal unieke cursisten per opleiding`` over ``Inschrijvingen``):
    the column is read by its own name (enrolled), and the words above that disagree are said."""
    for part, _ in parts:
        unit = unit_of(part.column)
        if unit is not None and unit[1] not in named:
            part.measure_said, part.units_said = words, named


def _lines_name_units(lines: Sequence[str], region: Region) -> bool:
    """Whether a line of `region` other than its header's names a unit (``Totaal
    inschrijvingen``, ``Totaal unieke cursisten``): the table's own lines say what they count."""
    heads = set(region.header_lines)
    return any(unit_of(lines[k - 1]) is not None for k in range(region.start, region.end + 1) if k not in heads)


def _column_tables(table: Table, sub: SubColumns) -> list[tuple[Table, tuple[int, ...]]] | None:
    """One table per column name of a header that prints several columns under each period
    (:mod:`~okot_audit.parse.subcolumns`), with the printed columns it takes. Columns that each
    name what they count: of the measure the name says (``gestart``: started;
    ``inschrijvingen``: enrolled) or else the table's, and the unit the name says or else the
    table's; a name that says no measure beside names that do (``uitgevoerd`` beside
    ``geslaagd``): of measure ``unknown``. Columns of categories of persons (``Man`` /
    ``Vrouw``): each the table's measure and unit for the persons of its category, and a
    ``Totaal`` among them the table of all its persons, whose parts they are
    (:attr:`Table.categories`); so is a ``Totaal`` after columns of measures, of measure
    ``unknown`` (it counts what they do together). Columns of provinces (``Antwerpen Limburg …
    Vlaams Gewest``, :func:`~okot_audit.parse.transposed.province_columns`) as categories: a table
    per province (:func:`_column_province` gives its cells their province), and each total column
    the table of the provinces it totals (a region's those before it, a ``Totaal`` all), of
    unique persons. None when two of them would count the same."""
    kind = column_kind(sub.names)
    totals = province_totals(sub.names) if kind is None else None
    what = kind or ("categories" if totals is not None else None)
    categories = tuple(name for name in sub.names if not TOTAL_COLUMN.match(name)) if what == "categories" else ()
    if totals is not None:  # (provinces: each total column totals its own, a region's those before it)
        categories = tuple(name for name in sub.names if name not in totals)
    last = next((name for name in reversed(sub.names) if name not in categories), None)  # (the table's own id)
    measures = tuple(sub.names[:-1]) if what == "measures" and TOTAL_COLUMN.match(sub.names[-1]) else ()
    out = []
    for j, name in enumerate(sub.names):
        if measures and name not in measures:
            # a ``Totaal`` over columns that each count something else (``Gestart Geslaagd
            # Totaal``): of no one measure, and the total of theirs (:attr:`Table.categories`)
            part = replace(table, id="unknown" + _id_suffix(table.layout), measure="unknown",
                           title=name if table.title == "(no header)" else f"{table.title} {name}",
                           categories=measures, cells=[], withheld=[])
        elif what == "categories":
            total = not categories or name not in categories
            part = replace(
                table, id=table.id if total and name == last else f"{table.id}_{_slug(name)}",
                title=name if table.title == "(no header)" else f"{table.title} \u2014 {name}",
                categories=(totals[name] if totals is not None else categories) if total else (), cells=[], withheld=[],
            )
        elif what == "partly" and column_meaning(name) is None:
            part = replace(table, id="unknown" + _id_suffix(table.layout), measure="unknown",
                           title=f"{table.title} {name}", cells=[], withheld=[])
            if (said := named_and_more(name)) is not None:  # (``Geslaagd extra``: graduates, and more)
                part.column_named, part.column_more = said
        else:
            part = _named_part(table, name, "column", cells=[], withheld=[])
        part.column = name
        # (its periods: those it has a column under — a total column after the periods, no
        # name under it, is one of its own: ``Man Vrouw`` under each year, then ``Eindtotaal``)
        part.periods = tuple(table.periods[p] for p, q in sub.columns if q == j)
        out.append((part, tuple(k for k, (_, q) in enumerate(sub.columns) if q == j)))
    counted = [(part.measure, part.unit, part.id if what == "categories" else "") for part, _ in out]
    return out if len(set(counted)) == len(counted) else None


def _slug(name: str) -> str:
    """A column's name as a table id's part (``Man`` → ``man``, ``25-54 jaar`` → ``25_54_jaar``;
    an age class's sign in words: ``-25 jaar`` → ``under_25_jaar``, ``55+ jaar`` → ``55_plus_jaar``)."""
    name = _UNDER.sub("under ", name.lower()).replace("+", " plus ")
    return "_".join(re.findall(r"[^\W_]+", name))


#: The sign of an age class below an age (``-25``, ``<25``), before its digits.
_UNDER = re.compile(r"(?:^|(?<=\s))[-<\u2212]\s*(?=\d)")


def _under_each_period(table: Table, sub: SubColumns, parts: list[tuple[Table, tuple[int, ...]]]) -> Table:
    """The table of every printed column of a header with several columns under each period, as
    it is read before it is split by column (:func:`_column_tables`): a period per column,
    named by its period and its column's name (``2021 gestart``); of unique persons when any of
    its columns is, so that placing figures by the totals allows each column's."""
    periods = tuple(
        replace(table.periods[p], label=f"{table.periods[p].label} {sub.names[j]}") for p, j in sub.columns
    )
    return replace(table, periods=periods, id=parts[0][0].id, unique_persons=any(t.unique_persons for t, _ in parts))


def _with_total_words(periods: tuple[Period, ...], tokens: list[PeriodToken]) -> tuple[Period, ...]:
    """`periods` with each total column's word as its header prints it (:attr:`PeriodToken.word`)."""
    words = {t.label: t.word for t in tokens if t.word}
    return tuple(replace(p, word=words[p.label]) if p.label in words else p for p in periods)


def _column_spans(source: Source, region: Region) -> list[tuple[int, int]] | None:
    """The character spans of the period columns, when the text keeps positions: a PDF or an
    annex rendered in columns, or extractor text laid out with spaces (``pdftotext -layout``)
    whose rows line up under the header, or whose figures' right edges line up in as many
    columns as the header has periods (a tight table: :func:`edge_columns`). None: place numbers
    by spacing instead."""
    if region.columns is None and (not region.period_tokens or not region.period_line):
        return None
    spans = [(t.start, t.end) for t in region.period_tokens]
    rows = [item.texts[-1] for item in region.items if item.kind in ("row", "subtotal", "total") and item.texts]
    if region.columns is not None:  # several columns under each period (or one's): where each column's name stands
        spans = list(region.columns.spans or ())
        if not spans:
            # laid out, but the header's cells joined one space apart (a merged cell's words, laid
            # out again: ``gestart 2022 2023``): where the rows that fill every column print their figures
            return _full_row_spans(rows, len(region.columns.columns)) if source.positional else None
        if not source.positional:
            return spans if aligned(rows, spans) else None
        return _with_full_rows(spans, _page_rows(source, region, region.period_line or region.columns.line))
    assert region.period_line is not None  # (a table of periods: see above)
    if source.positional:  # (the rows of the header's page: a later one may stand on a grid of its own)
        return _with_full_rows(spans, _page_rows(source, region, region.period_line))
    header = source.lines[region.period_line - 1]
    first = region.period_tokens[0].start
    if not _WIDE_GAP.search(header[: first + 1]) and not _WIDE_GAP.search(header[first:]):
        return None  # single spaces in the header: text joined by an extractor, not laid out
    if aligned(rows, spans, header=True):
        return spans
    # (columns one space apart, every cell filled: where the figures' right edges line up, line
    # by line; a line set otherwise is read by its spacing)
    return edge_columns(rows, spans)


def _page_rows(source: Source, region: Region, header: int) -> list[str]:
    """The lines of the region's rows and totals below header line `header` on its page (a page
    an extractor laid out on its own grid stands apart); all of them where pages are unknown."""
    items = [item for item in region.items if item.kind in ("row", "subtotal", "total") and item.texts]
    if source.pages is None:
        return [item.texts[-1] for item in items]
    page = source.pages[header - 1]
    return [item.texts[-1] for item in items if item.last_line > header and source.pages[item.last_line - 1] == page]


def _full_row_spans(rows: list[str], n: int) -> "Spans | None":
    """The `n` columns where the full rows among `rows` print their figures, when every row
    reads by them with no figures left to its label but its own one (``module 5``): else None
    (a row whose figures an extractor set one space apart after its label, ``… opleiding 88 93
    61      70``, is read by its spacing, as the totals allow)."""
    spans = figure_spans(rows, n)
    if spans is None:
        return None
    for row in rows:
        placed = place_by_position(row, spans)
        if placed is None or len(numeric_tail(placed.label)[1]) > 1:
            return None
    return spans


def _with_full_rows(spans: "Spans", rows: list[str]) -> "Spans":
    """The header's period columns, each widened to where the figures of the table's full rows
    (a figure in every column) stand under it: a header label set left in its cell over
    figures set right (``2019`` at a cell's left, ``95`` at its right) leaves the figures nearer
    the next column's label than their own, and a row with a blank cell was read a column off.
    The header's own columns where the widened ones would overlap."""
    own = figure_spans(rows, len(spans)) if len(spans) > 1 else None
    if own is None:
        return _with_settled_figures(spans, rows) if len(spans) > 1 else spans
    wide = [(min(a, c), max(b, d)) for (a, b), (c, d) in zip(spans, own)]
    if any(left[1] + 2 > right[0] for left, right in zip(wide, wide[1:])):
        # The figures stand elsewhere than the header's labels (a header of cells of two lines,
        # ``2018`` / ``gestopt``, laid out on a grid of its own): the full rows' columns, where
        # every row's figures stand under them.
        if all(place_by_position(row, own, by_order=False) for row in rows if NUMBER.fullmatch(row.split()[-1])):
            return Columns(own, widened=frozenset(range(len(own))))
        return spans
    return Columns(wide, widened=frozenset(range(len(wide))))  # (each over the full rows' figures)


def _with_settled_figures(spans: "Spans", rows: list[str]) -> "Spans":
    """The header's period columns, where no row fills them all, each widened to where the
    figures stand that the rows' order alone places under it (:func:`settled_spans`): a
    header label set left of its column's figures (an extractor's grid: ``2022`` ending four
    characters before the ``92`` under it) leaves them nearer the next column's label, and a
    row with that next cell blank was read a column off. The header's own columns where the
    widened ones would overlap."""
    settled = settled_spans(rows, spans)
    wide = [
        (min([a, *(s for s, _ in found)]), max([b, *(e for _, e in found)])) for (a, b), found in zip(spans, settled)
    ]
    if any(left[1] + 2 > right[0] for left, right in zip(wide, wide[1:])):
        return spans
    return Columns(wide, widened=frozenset(k for k, found in enumerate(settled) if found))


Spans = list[tuple[int, int]]


def _page_spans(source: Source, region: Region, spans: Spans | None) -> "SpansAt":
    """The period columns each line of the region stands under: those of the nearest header
    line above it — the first, or the header repeated on a later page: printed where the first
    stands (a page an extractor laid out on a grid of its own is placed on the first page's by the
    reader, :func:`okot_audit.read.pdf._page_columns`), the first header's columns, else its own."""
    # (a header of columns and no period, ``Geslacht  Man  Vrouw  Totaal``: its names' line)
    head = region.period_line or (region.columns.line if region.columns is not None else None)
    if not spans or not head or isinstance(spans, EdgeSpans):
        # (columns of figures' edges hold for every line: on a page laid out on a grid of its
        # own a line stands off them, and is read by its spacing)
        return lambda line: spans
    labels = [t.label for t in region.period_tokens]
    printed = [(t.start, t.end) for t in region.period_tokens]  # (where the first header's labels stand)
    # (a header repeated on a later page whose own line does not say where its columns stand —
    # month names above their years, ``juli 2019`` / ``augustus`` over ``2019`` — leaves its page
    # to the page's full rows, when they stand elsewhere: :func:`_pages_under_unread_headers`)
    heads = [(head, spans)]
    if region.columns is not None:  # several columns under each period
        for number in region.repeated:
            again = _columns_spans_again(source, region, number, len(spans))
            if again is not None:
                heads.append((number, again))
    for number in region.repeated if region.columns is None else ():
        line = source.lines[number - 1]
        listed = period_list(line)  # (a month is printed ``januari 2021``, labelled 2021-01)
        again = [(t.start, t.end) for t in listed[1]] if listed and [t.label for t in listed[1]] == labels else None
        again = again if again is not None else column_spans(line, labels)
        if again is not None and source.positional and again == printed:
            # (printed where the first header stands — a page an extractor laid out on a grid of its
            # own is placed on the first page's by the reader: read/pdf.py _page_columns): its columns
            again = spans
        elif again is not None and source.positional:
            # (printed elsewhere: its page's own grid, its labels widened by that page's full rows
            # as the first header's are by its page's — never the first page's columns)
            again = _with_full_rows(again, _page_rows(source, region, number))
        if again is not None:
            heads.append((number, again))
    unread = [number for number in region.repeated if number not in {n for n, _ in heads}]
    heads = sorted(heads + _pages_under_unread_headers(source, region, heads, unread))

    bounds = sorted({head, *region.repeated})  # (the header's lines: a page's rows stand between two)
    placed_on: dict[tuple[int, int | None, int], dict[int, bool]] = {}

    def at(line: int) -> Spans | None:
        found = spans
        for number, columns in heads:
            if number < line:
                found = columns
        if found is None:
            return None
        columns = found

        def held() -> bool:  # (asked only of a line whose figures the positions place in no way)
            after = max((b for b in bounds if b < line), default=0)
            page = source.pages[line - 1] if source.pages else None
            key = (after, page, id(columns))
            if key not in placed_on:
                placed_on[key] = _rows_placed(source, region, columns, after, page, bounds)
            return _held(placed_on[key], line)

        # (a line there whose figures the positions place in no way — a figure right of the last
        # column's reach, two under one — is on their grid, not on one of its own, and is said, not
        # read by its spacing: :func:`_as_positions_allow`)
        return Columns(found, widened=getattr(found, "widened", frozenset()), held=held)

    return at


#: How many of a page's other rows at least, and what share of them, must read by the columns'
#: positions for a line among them to be on their grid (:func:`_held`).
HELD_ROWS = 2
HELD_SHARE = 0.8


def _rows_placed(
    source: Source, region: Region, spans: Spans, after: int, page: int | None, bounds: Sequence[int],
) -> dict[int, bool]:
    """Per line of the region's rows and totals that end in a figure, below header line `after`
    and above the next header line, on `page` (where pages are known): whether it reads by
    `spans`' positions alone (no order: :func:`~okot_audit.parse.columns.place_by_position`)."""
    below = min((b for b in bounds if b > after), default=region.end + 1)
    return {
        item.last_line: place_by_position(item.texts[-1], spans, by_order=False) is not None
        for item in region.items
        if item.kind in ("row", "subtotal", "total") and item.texts and after < item.last_line < below
        and (page is None or not source.pages or source.pages[item.last_line - 1] == page)
        and item.texts[-1].split() and NUMBER.fullmatch(item.texts[-1].split()[-1])
    }


def _held(placed: Mapping[int, bool], line: int) -> bool:
    """Whether the other rows of `line`'s page (`placed`: :func:`_rows_placed`) stand under the
    columns: :data:`HELD_ROWS` of them at least, and :data:`HELD_SHARE` of them, read by the
    positions alone — a page an extractor laid out on a grid of its own, or rows whose names the
    reader joined and laid out again, do not, and a line there keeps its spacing's readings."""
    others = [ok for number, ok in placed.items() if number != line]
    return sum(others) >= HELD_ROWS and sum(others) >= HELD_SHARE * len(others)


SpansAt = Callable[[int], "Spans | None"]


def _columns_spans_again(source: Source, region: Region, number: int, n: int) -> Spans | None:
    """Where the `n` columns under each period stand below the header repeated on line `number`
    (a page an extractor may have laid out on a grid of its own): the periods and names it
    prints in one line (``2018 geslaagd  2018 gestart …``), widened as the first page's by the
    full rows of its page; None where that line does not say (the columns above then hold)."""
    from okot_audit.parse.subcolumns import names_alone, periods_and_names

    text = source.lines[number - 1]
    both = periods_and_names(text, number)
    found = both[1] if both is not None else None
    if found is None and region.columns is not None and region.columns.columns == tuple((0, j) for j in range(n)):
        # a header that names its columns and no period (``Geslacht  -25 jaar  25-54 jaar  Totaal``),
        # printed again with the same names
        alone = names_alone(text, number)
        if alone is not None and [" ".join(m.split()).lower() for m in alone.names] == [
            " ".join(m.split()).lower() for m in region.columns.names
        ]:
            found = alone
    if found is None or found.spans is None or len(found.spans) != n:
        return None
    spans = list(found.spans)
    return _with_full_rows(spans, _page_rows(source, region, number)) if source.positional else spans


def _pages_under_unread_headers(
    source: Source, region: Region, heads: list[tuple[int, Spans]], unread: list[int],
) -> list[tuple[int, Spans]]:
    """Columns for the pages a table runs on to under its header printed again on a line that
    does not say where its columns stand (`unread`: month names above their years, ``juli 2019``
    / ``augustus`` over ``2019``), where the rows that fill every column stand elsewhere than
    under the columns above: an extractor that lays out each page on its own character grid
    (``pdftotext -layout``) moves them. Such a page's columns are those its full rows give
    (:func:`figure_spans`). A page without its header printed again is the reader's to place
    (:func:`okot_audit.read.pdf._page_columns`), and so is one whose header it knows again: the
    reader splits the table at a header it does not (its wrapped line of months between the
    pages), and lays each part out on its own."""
    if not unread or not source.positional or source.pages is None or not region.period_line:
        return []
    unread_pages = {source.pages[number - 1] or 0 for number in unread}
    pages: dict[int, list[int]] = {}
    for number in range(region.period_line + 1, region.end + 1):
        pages.setdefault(source.pages[number - 1] or 0, []).append(number)
    header_pages = {source.pages[number - 1] or 0 for number, _ in heads}
    out: list[tuple[int, Spans]] = []
    n = len(heads[0][1])

    again_lines = set(region.repeated)  # (a header of years printed again is no row)

    def full_rows(numbers: list[int]) -> list[str]:
        texts = [source.lines[number - 1] for number in numbers if number not in again_lines]
        return [text for text in texts if len(text.split()) > n and all(NUMBER.fullmatch(t) for t in text.split()[-n:])]

    before: list[str] = []  # the full rows of the page before
    # (where a header's labels end and its columns stand: the first header's, then those of the
    # last page that prints its header again over full rows)
    reference: tuple[Sequence[int], Spans] = ([t.end for t in region.period_tokens], heads[0][1])
    for page, numbers in sorted(pages.items()):
        full = full_rows(numbers)
        if page in header_pages or page not in unread_pages:
            before = full
            continue
        above = max((head for head in heads + out if head[0] < numbers[0]), default=heads[0])[1]
        own = figure_spans(full, n)
        again = _header_again_ends(source, region, [m for m in numbers if m in unread])
        if own is not None and again is not None:
            reference = (again, own)  # (a page that prints its header again over full rows)
        elif own is None and again is not None:
            # (no full row on the page: its header printed again, word for word, says where its
            # columns stand, each as far from its label as on the last page that shows both)
            texts = [source.lines[m - 1] for m in numbers if m not in unread]
            own = _moved_spans(reference, again, [t for t in texts if t.split() and NUMBER.fullmatch(t.split()[-1])])
        # The page's full rows stand elsewhere than those of the page before (right-aligned
        # figures end at another column): the extractor laid this page out on its own grid, and
        # a row with blank cells is placed by the figures of its own page, not of the page above.
        ref = figure_spans(before, n) if before else None
        moved = own is not None and ref is not None and any(abs(a[1] - b[1]) > 1 for a, b in zip(own, ref))
        if own is not None and ref is None:
            # (no full rows on the page before: this page's own full rows say where its columns
            # stand, when a row of this page reads otherwise by them than by the columns above)
            moved = any(_reads_apart(source.lines[number - 1], above, own) for number in numbers)
        before = full
        if not moved and not any(place_by_position(text, above, by_order=False) is None for text in full):
            continue
        if own is not None:
            out.append((numbers[0] - 1, own))
    return out


def _header_again_ends(source: Source, region: Region, lines: list[int]) -> tuple[int, ...] | None:
    """Where the labels end of the table's header printed again on one of `lines`, where that
    line ends in the last words of the first header's period labels, word for word (``2016
    2016  2016*  Totaal`` under ``mei  juni  juli``, the first header's ``mei 2016 … Totaal``);
    None where no line does."""
    if region.period_line is None or not region.period_tokens:
        return None
    head = source.lines[region.period_line - 1]
    words = [head[t.start:t.end].split()[-1:] for t in region.period_tokens]
    if not all(words):
        return None
    for number in lines:
        found = words_of(source.lines[number - 1])[-len(words):]
        if [[m.group()] for m in found] == words:
            return tuple(m.end() for m in found)
    return None



def _moved_spans(reference: tuple[Sequence[int], Spans], ends: tuple[int, ...], rows: list[str]) -> Spans | None:
    """The columns of a page laid out on a grid of its own (``pdftotext -layout``) whose header
    printed again has its labels end at `ends` and none of whose `rows` fills every column: each column of
    `reference` (where a header's labels end, where its columns stand) moved as far as its
    label — a label set left of its figures stands as far left of them on every page. None where
    they would overlap, or a line of the page that ends in a figure does not read by them (left
    to the columns above, and said where they do not fit)."""
    labels, columns = reference
    if len(labels) != len(ends) or len(columns) != len(ends):
        return None
    spans = [(a + end - label, b + end - label) for end, label, (a, b) in zip(ends, labels, columns)]
    if any(left[1] >= right[0] for left, right in zip(spans, spans[1:])):
        return None
    if any(place_by_position(text, spans, by_order=False) is None for text in rows):
        return None
    return spans


def _reads_apart(text: str, above: Spans, own: Spans) -> bool:
    """Whether `text` reads by both column sets, its figures under other columns by each."""
    first = place_by_position(text, above, by_order=False)
    second = place_by_position(text, own, by_order=False)
    return first is not None and second is not None and first.values != second.values


def _place(
    text: str, n: int, spans: Spans | None, collapsed: bool, above: str = "", spaced: Callable[[], bool] = lambda: False,
    marks: "MarksInPlace | None" = None,
) -> list[Placement]:
    """The readings of a line (:func:`_readings_of_line`); where some give it a label that is
    an age class (``jonger dan 25``, ``van 18 tot 24``: :func:`~okot_audit.patterns.age_class`),
    those only — the others take its ages for counts (``jonger dan`` with 25 and 12). Where
    every reading takes the age that closes the class for a count (``jonger dan 25 12`` under
    two periods, its blank's space trimmed away), the readings of the line whose spacing says
    nothing that keep the class whole (12 in either period): the totals choose. The class is
    the row's whole label, its line `above` with it: ``- 24 11 102`` under ``traject - 2de
    jaar`` is a programme's row whose first cell is blank, its ``- 24`` no class ``-24``.
    `marks`: the line as laid out with its blank marks in their places (:func:`_marks_in_place`)."""
    found = _readings_of_line(text, n, spans, collapsed, above, spaced, marks)
    if len(found) > 1 and any(r.label.rstrip()[-1:].isdigit() for r in found):
        ages = [r for r in found if age_class(f"{above} {r.label}")]
        if ages:
            return ages
    if not collapsed and spans is None and found and all(_age_taken(r, above) for r in found):
        return [r for r in _readings_of_line(text, n, spans, True, above, spaced) if age_class(f"{above} {r.label}")] or found
    return found


def _age_taken(reading: Placement, above: str = "") -> bool:
    """Whether `reading` takes the age that closes its row's label's age class for a count (the
    label ``jonger dan``, its first figure 25); `above`: the row's label line above, if any."""
    first = next((v for v in reading.values if v is not None), None)
    return first is not None and 10 <= first <= 99 and age_class(f"{above} {reading.label} {first}")


def _readings_of_line(
    text: str, n: int, spans: Spans | None, collapsed: bool, above: str = "", spaced: Callable[[], bool] = lambda: False,
    marks: "MarksInPlace | None" = None,
) -> list[Placement]:
    """The readings of a line: the one its positions say, else those its spacing allows.
    `above`: the row's label line above it, if any (``… modules 1-`` over ``4 203 1 1``).
    `spaced()`: whether the table prints counts' thousands apart by a space elsewhere (a line
    with more figures than periods that a space's thousands would account for): only then does
    a line whose figures are as many as the periods get readings that join them too.
    `marks`: where the line's blank marks were made blanks (:func:`_marks_in_place`), the line
    with them in their places: its figures stand where printed, and its marks hold their
    columns as its figures do (``Kok  -  -  671``, 671 as near 2023 as Totaal: the marks stand
    under 2022 and 2023, so 671 under Totaal)."""
    if spans:
        at = text
        if marks is not None and not isinstance(spans, EdgeSpans):
            held = _placed_with_marks(marks, spans)
            if held is not None:
                return [held]
            at = marks.laid
        placed = place_by_position(at, spans)
        if placed is not None:
            return [placed]
        if _labels_numbers_only(at, spans):
            return []  # (``908013: Bachelor module 5`` left of every column: the 5 is the label's, no figure)
        if n > 1 and not isinstance(spans, EdgeSpans):
            return _as_positions_allow(at, spans, _spacing_readings(text, n, collapsed, above, spaced))
        # (one period: a figure stands in no other, wherever the header names it — ``In 2021`` over
        # ``Hbo verpleegkunde      402``; columns of figures' edges: a line set otherwise, one space
        # after a cut label, is read by its spacing, see :func:`~okot_audit.parse.columns.place_by_edges`)
    return _spacing_readings(text, n, collapsed, above, spaced)


class MarksInPlace(NamedTuple):
    """A laid-out line whose blank marks :func:`~okot_audit.parse.blanks.mark_blanks` made blanks
    (cutting them out of the text: its figures moved left), as printed (:func:`_marks_in_place`)."""

    #: The line with each such mark a space as wide: its figures where they stand.
    laid: str
    #: The line with each such mark a figure as wide (``0``): where they stand, to be placed.
    held: str
    #: Where each such mark starts.
    starts: frozenset[int]


def _marks_in_place(printed: str | None, text: str) -> MarksInPlace | None:
    """Line `text` as `printed` (before its blank marks were made blanks: ``Kok  -  -  671``), its
    marks in their places (:class:`MarksInPlace`); None where it was printed so (`printed` None)
    or its words are no others than `text`'s and such marks."""
    if printed is None:
        return None
    want = text.split()
    laid, held = list(printed), list(printed)
    starts: set[int] = set()
    k = 0
    for word in WORD.finditer(printed):
        if k < len(want) and word.group() == want[k]:
            k += 1
            continue
        if not BLANK_MARK.fullmatch(word.group()):
            return None
        laid[word.start():word.end()] = " " * len(word.group())
        held[word.start():word.end()] = "0" * len(word.group())
        starts.add(word.start())
    if k != len(want) or not starts:
        return None
    return MarksInPlace("".join(laid).rstrip(), "".join(held), frozenset(starts))


def _placed_with_marks(marks: MarksInPlace, spans: Spans) -> Placement | None:
    """The reading of a laid-out line whose blank marks hold their columns as figures do
    (:func:`~okot_audit.parse.columns.place_by_position` of the line with each mark a figure as
    wide), each mark's column then blank; None where its figures and marks do not all stand in
    columns so, or a mark would be the label's, or no figure is left."""
    placed = place_by_position(marks.held, spans)
    if placed is None:
        return None
    stop = len(marks.held) - len(marks.held.lstrip()) + len(placed.label)
    if any(start < stop for start in marks.starts):
        return None  # (a mark taken into the label: ``… jaar 0``)
    columns = [c for c, v in enumerate(placed.values) if v is not None]
    tail = [w for w in WORD.finditer(marks.held) if w.start() >= stop]
    if len(tail) != len(columns):
        return None
    values = list(placed.values)
    for word, column in zip(tail, columns):
        if word.start() in marks.starts:
            values[column] = None
    if all(v is None for v in values):
        return None  # (marks only: :func:`_marked_blank`)
    return replace(placed, values=tuple(values))


def _as_positions_allow(text: str, spans: Spans, found: list[Placement]) -> list[Placement]:
    """The readings of `text` by its spacing (`found`) that its figures' positions under the
    period columns `spans` allow (:func:`~okot_audit.parse.columns.position_readings`: each
    figure under the column it lines up with, or either of two it stands as near), where the
    positions alone settle none: the totals choose among these only — where none of them fits,
    the row is said (``ambiguous-alignment``), never read by a reading that puts a figure under
    another period than the one it stands under. Where the positions allow no reading at all (a
    figure under no column, two under one), or the line's words reach under the first column's
    label, the line may stand on a grid of its own (a later page's, a row whose wrapped name the
    reader joined and laid out again): its spacing's readings, as any text's — unless the other
    rows of its page stand under the columns (:meth:`~okot_audit.parse.columns.Columns.held`):
    then a figure under no column is that row's alone, and the row is said (``positions-none``),
    every reading kept ``partial`` — but where a reading fills every column, as the spacing's. The
    readings kept carry all of the spacing's (:attr:`~okot_audit.parse.cells.Placement.spacing`):
    the positions rule readings out, they never settle a row the spacing's readings leave open
    (:func:`_settled_by_narrowing`)."""
    allowed = position_readings(text, spans)
    if allowed is not None and not allowed and isinstance(spans, Columns) and spans.held() and not any(
            None not in r.values for r in found):
        # (the other rows of its page stand under these columns: this line is on their grid, and a
        # figure of it under no column is said, not read where its spacing would put it — unless a
        # reading fills every column: the order says where each figure stands, whatever the grid,
        # ``1.150  80  75 1.304`` under a tight header ``2020 2021 2022 Totaal``)
        return [replace(r, partial=True, positioned=True, unplaced=True) for r in found]
    if not allowed:
        return found
    kept = [replace(r, positioned=True) for r in found if r.values in allowed]
    if not kept:
        # (none of its spacing's readings the positions allow — a count's thousands its spacing does not
        # join: each kept, marked ``partial``, so that the totals never take one as settled; the row said)
        return [replace(r, partial=True, positioned=True) for r in found]
    if len(kept) == len(found):
        return kept
    # (the spacing's readings kept with them: the totals' choice among the positions' readings settles
    # the row only where it settles it among the spacing's too, :func:`_settled_by_narrowing`)
    every = tuple(replace(r, positioned=True) for r in found)
    return [replace(r, spacing=every) for r in kept]


def _spacing_readings(
    text: str, n: int, collapsed: bool, above: str = "", spaced: Callable[[], bool] = lambda: False,
) -> list[Placement]:
    """The readings of a line that its spacing allows (:func:`_readings_of_line`, no positions)."""
    if n > 1:
        joined = _spaced_thousands(text, n)
        if joined is text and _thousands_apart(text, n):
            plain, owned = _label_owns_extra(text, n, collapsed, above)
            if owned and _DASH_BEFORE_FIGURES.search(numeric_tail(text)[0]) and spaced():
                # (``bachelor - 1 215 65 1 280``: the label's ``- 1``, or a blank's mark before 1.215
                # in a table that prints thousands apart elsewhere; the totals choose)
                return plain + _dash_blank_readings(text, n, collapsed, above)
            if owned and not _owned_after_own_number(plain, above):
                return plain  # the numbers more than the periods are shown to be the label's (``… - 1 47 76 123``)
            if owned:
                # (``modules 1- 4 1 254 9 71``: the label's ``1`` after its range, or 1.254 — a name
                # holds one number: both are offered, the totals choose, or the row is said)
                return _more(_thousands_readings(text, n, collapsed, above), plain)
            return _thousands_readings(text, n, collapsed, above) or plain
        if joined is text and not collapsed and (blanks := _spacing_blanks(text, n)) and spaced():
            # (figures and the blanks their spacing shows more than the periods: ``25-54 jaar 1 693 40  ``
            # under three, 1.693, 40 and a blank — or the label's ``1``; the totals choose)
            return placements(text, n, collapsed=collapsed) + _thousands_readings(text, n, collapsed, above, blanks)
        if joined is text and (" -" in text or " \u2013" in text or " \u2014" in text or " /" in text) and spaced():
            # (a dash right before the figures: the label's, or a blank's mark before a count whose
            # thousands a space set apart — ``master - 21 1 530 48``; the totals choose)
            return placements(text, n, collapsed=collapsed) + _dash_blank_readings(text, n, collapsed, above)
        text = joined
    found = placements(text, n, collapsed=collapsed)
    if n > 2 and found and _NUMBER_DASH_END.search(found[0].label):
        found = found + _dash_between_readings(text, n, collapsed)
    return found


def _as_marked(item: Item, spans: Spans | None, dashed: Mapping[int, str] | None) -> str:
    """The row's last line, as printed where its blank marks were made blanks and what is left
    of it ends in the label's own numbers only (:func:`_labels_numbers_only`: ``908013: Bachelor
    module 5  -  -``, no figure under any column): its marks say it blank in every period."""
    text = item.texts[-1]
    printed = dashed.get(item.last_line) if dashed and spans else None
    if printed is None or _without_marks(printed) != _without_marks(text) or not _labels_numbers_only(text, spans or []):
        return text
    return printed


def _without_marks(text: str) -> list[str]:
    """`text`'s words, its blank marks standing alone (``-``, ``/``, ``x``, ``n.b.``) left out."""
    return [w for w in text.split() if not BLANK_MARK.fullmatch(w)]


def _name_rest(row: Item | None, item: Item, n: int, found: list[Placement], words: frozenset[str]) -> Placement | None:
    """A reading of a code-less row right below a coded row whose code's line holds its figures
    and no word of its name (cells set to the top: ``900124: 1 1 1`` / ``Zorgkundige
    verpleegkunde -`` / ``fase 1 - 2 4 - 6``), or whose name's line ends in its figures with the
    code-less row a line of words starting with a capital and one number right below it
    (:func:`~okot_audit.parse.regions.ends_name_below_figures`: ``… 2de jaar 53 27 14`` /
    ``Opvoeder - deel 2``): the row's lines that coded row's name, their numbers its ranges or
    digits, no figure of any period. Ranked after the row's own readings: the totals choose, or
    the row is said (``ambiguous-alignment``) — and so is the coded row, whose name is then not
    known (:func:`_rest_unsettled`)."""
    if item.code or row is None or row.kind != "row" or not row.code:
        return None
    if ends_name_below_figures(row, item):  # (``… 2de jaar 53 27 14`` / ``Opvoeder - deel 2``)
        return Placement(label=_plain_label(item, words), values=(None,) * n, exact=False,
                         rank=max(r.rank for r in found) + 300)
    if len(row.texts) != 1 or row.suffix:
        return None
    match = CODE_LINE.match(row.texts[0])
    if match is None or numeric_tail(match.group("rest"))[0].strip() or not numeric_tail(row.texts[0])[1]:
        return None  # (the code's line names its row, or holds no figure)
    return Placement(label=_plain_label(item, words), values=(None,) * n, exact=False,
                     rank=max(r.rank for r in found) + 300)


def _rest_unsettled(row: Item, item: Item, readings: dict, table: Table, issues: list[ParseIssue]) -> None:
    """Coded row `row` whose name may end on the line of code-less row `item` right below it
    (:func:`~okot_audit.parse.regions.ends_name_below_figures`), which the totals did not settle
    (`item` said): the row's name is not known — its own line or through `item`'s — so it is said
    too (``ambiguous-alignment``, ``name-or-row``), never read with a name cut short. In place."""
    if not ends_name_below_figures(row, item) or (coded := readings.get(id(row))) is None:
        return
    if issues and issues[-1].line == item.last_line and issues[-1].kind == "ambiguous-alignment":
        issues.pop()  # (its number said with the row's: one finding, both readings in it)
    readings[id(row)] = None
    table.unresolved = True
    issues.append(ParseIssue(
        "ambiguous-alignment", row.last_line, "name-or-row",
        tuple(v for v in coded.values if v is not None) + tuple(number_value(m.group()) for m in numeric_tail(item.texts[-1])[1]),
        table.id,
        unread=True, code=row.code, periods=tuple(p.label for p in table.periods),
        text=fold(" ".join([item.texts[-1], *item.suffix])), other_line=item.last_line, level="row",
    ))


def _name_over_dash(row: Item | None, item: Item, n: int, found: list[Placement],
                    dashed: Mapping[int, str], words: frozenset[str]) -> tuple[list[Placement], Placement] | None:
    """The readings of a code-less row right below a coded row whose last line's figures hold a
    dash made a blank (:func:`~okot_audit.parse.blanks.mark_blanks`: ``knelpuntvakken 2 - 3`` read
    as 2, a blank, 3): that dash may close the name's range instead, the code-less row's lines
    the rest of the coded row's name (``Tweedekansonderwijs en`` / ``zorgkundige 7 51 24``) and its
    figures the coded row's. Returned: the coded row's readings so (its name through the
    code-less row's, its figures those) and the code-less row's (no figure of its own). Ranked
    after the rows' own readings: the totals choose — a mixed choice is said
    (:func:`_unjoined_over_dash`) — or the rows are said (``ambiguous-alignment``). Rows without
    codes weigh the same two readings where the row's line ends in a whole range of its name and
    the name's words go on below (:func:`~okot_audit.parse.regions.range_whole_at_end`): a capital
    may open a row there, or go on with the name, and the text does not tell which."""
    if item.code or item.kind != "row" or not found or row is None or row.kind != "row" \
            or row.suffix or item.suffix or item.lines[0] != row.last_line + 1:
        return None
    if row.last_line not in dashed:
        return _name_number_over(row, item, n, found, words)
    printed = dashed[row.last_line]
    if not row.code and not range_whole_at_end(printed, item.texts[0]):
        return None  # (rows without codes: the line ends in a whole range, ``knelpuntvakken 2 - 3``, the name's words below)
    if ("-" not in printed and "\u2013" not in printed) or _without_dashes(printed) != _without_dashes(row.texts[-1]):
        return None
    rank = max(r.rank for r in found) + 300
    joined = [
        Placement(label=r.label, values=r.values, exact=False, rank=rank, partial=r.partial, label_lines=(
            *row.texts[:-1], printed, *(r.label_lines if r.label_lines is not None else (*item.texts[:-1], r.label))))
        for r in found
    ]
    return joined, Placement(label=_plain_label(item, words), values=(None,) * n, exact=False, rank=rank)


#: A name's own number that ends a coded row's line: one or two digits after a word (``… - module 5``).
_NAME_NUMBER_END = re.compile(r"[^\W\d_]\s+\d{1,2}\s*$")


def _name_number_over(row: Item, item: Item, n: int, found: list[Placement],
                      words: frozenset[str]) -> tuple[list[Placement], Placement] | None:
    """The readings of a code-less row of words and figures right below a coded row whose line
    ends in one number right after a word, fewer figures than the table has periods (``767163:
    … - module  5`` / ``Tweedekansonderwijs 30 52``): that number may be a count and the line below
    a row whose code was lost, or the name's own number, the line below the rest of the coded
    row's name and its figures the coded row's. Returned as :func:`_name_over_dash` returns its
    own: the totals choose, a mixed choice is said, or both rows are said."""
    if not row.code or n < 2 or len(item.texts) != 1 or not item.texts[0].strip()[:1].isalpha():
        return None
    last = row.texts[-1]
    if len(row.texts) == 1 and (match := CODE_LINE.match(last)) is not None:
        last = match.group("rest")  # (its name's words after its code)
    if len(numeric_tail(last)[1]) != 1 or _NAME_NUMBER_END.search(last) is None:
        return None
    if not all(sum(v is not None for v in r.values) >= 2 for r in found):
        return None  # (the line below fills two periods at least: a row's figures, never one number of a name)
    rank = max(r.rank for r in found) + 300
    joined = [
        Placement(label=r.label, values=r.values, exact=False, rank=rank, partial=r.partial,
                  label_lines=(*row.texts, *(r.label_lines if r.label_lines is not None else (r.label,))))
        for r in found
    ]
    return joined, Placement(label=_plain_label(item, words), values=(None,) * n, exact=False, rank=rank)


def _name_number_unsettled(row: Item, item: Item, table: Table) -> ParseIssue:
    """The finding for coded row `row` whose line ends in a number that may be its name's own or a
    count, the code-less row `item` right below it then the rest of its name (its figures the
    row's) or a row of its own, where the totals fit both (:func:`_name_number_over`): neither row
    is read; the number, and the figures below, said (``ambiguous-alignment``, ``name-or-row``,
    `other` the number)."""
    number = numeric_tail(row.texts[-1])[1][-1].group()
    return ParseIssue(
        "ambiguous-alignment", row.last_line, "name-or-row",
        (number_value(number), *(number_value(m.group()) for m in numeric_tail(item.texts[-1])[1])), table.id,
        unread=True, code=row.code, periods=tuple(p.label for p in table.periods),
        text=fold(item.texts[-1]), other=number, other_line=item.last_line, level="row",
    )


def _unjoined_over_dash(kept: list[Item], choice: Choice, skip: int,
                        dash_rests: dict[int, tuple[Item, Placement, list[Placement]]]) -> set[int]:
    """The rows (by id) of each pair that the totals read with a coded row's name run on through
    the code-less row below it (:func:`_name_over_dash`) for one of the two only — the coded
    row's figures taken twice, or the code-less row's taken by none: neither is read, both are
    said (``ambiguous-alignment``), no figure guessed into a period."""
    chosen = dict(zip((id(k) for k in kept), choice.readings[skip:]))
    mixed: set[int] = set()
    for key, (row, alone, joined) in dash_rests.items():
        if key in chosen and id(row) in chosen and (chosen[key] is alone) != any(chosen[id(row)] is r for r in joined):
            mixed |= {key, id(row)}
    return mixed


def _labels_numbers_only(text: str, spans: Spans) -> bool:
    """Whether the numbers that end `text` all stand wholly left of the first column's reach
    (the periods' positions `spans`, from a header's labels) and each one space after the word
    before it: the label's own (``908013: Bachelor module 5`` over ``-  -`` made blanks), never a
    figure of any period. Not for columns known only by their figures' edges."""
    if isinstance(spans, EdgeSpans):
        return False
    head, tail = numeric_tail(text)
    if not tail or not head.strip() or tail[-1].end() > first_reach(spans):
        return False
    ends = [len(head.rstrip()), *(m.end() for m in tail[:-1])]
    return all(m.start() - end <= 1 for m, end in zip(tail, ends))


#: A label that ends in a number and a dash alone (``Verpleegkunde 12 -`` of ``Verpleegkunde
#: 12 - 15``): the dash may be a blank cell's mark between two figures.
_NUMBER_DASH_END = re.compile(r"\s\d{1,4}\s[-\u2013\u2014]$")


def _dash_between_readings(text: str, n: int, collapsed: bool) -> list[Placement]:
    """The readings of a line whose label, as read, ends in a number and a dash alone
    (``Verpleegkunde 12 - 15`` under ``2020 2021 2022 Totaal``), with the number a figure and the
    dash a blank cell's mark between it and the next: 12, a blank, 15 and a cell left unprinted
    (a row's total over the periods). The blank marks were left to the label where the figures
    and marks were fewer than the periods (:func:`~okot_audit.parse.blanks.mark_blanks`); these
    readings are offered beside the label's (less plausible), and the totals choose — where both
    fit, the row is said."""
    head, tail = numeric_tail(text)
    dash = _DASH_BEFORE_FIGURES.search(head)
    if dash is None or not tail:
        return []
    before, number = numeric_tail(head[:dash.start()])
    if len(number) != 1 or not before.strip() or len(tail) + 2 > n:
        return []
    # the dash's blank stands in as a figure no count prints (``0``), then is made blank again
    stand_in = f"{head[:dash.start()]} 0 {text[tail[0].start():]}"
    label = before.strip()
    out: dict[tuple[int | None, ...], Placement] = {}
    for reading in placements(stand_in, n, collapsed=collapsed):
        figures = [k for k, v in enumerate(reading.values) if v is not None]
        if reading.label.strip() != label or len(figures) != len(tail) + 2:
            continue
        values = list(reading.values)
        values[figures[1]] = None  # (the dash's cell)
        out.setdefault(tuple(values), replace(reading, values=tuple(values), exact=False, rank=reading.rank + 100))
    return list(out.values())


def _spacing_blanks(text: str, n: int) -> int:
    """How many blank cells the spacing of single-spaced `text` shows among and after its
    figures (``k`` blanks as ``k + 1`` spaces; after the last figure one space more), where
    with its figures they are more than the `n` periods though the figures alone are not, and
    a short number stands right before a number of three digits: a count whose thousands a
    space may set apart (``25-54 jaar 1 693 40  `` under three periods: 1.693, 40, a blank).
    0 otherwise (the spacing then places every figure, or the line reads as any other)."""
    if "  " not in text and not text.endswith(" "):
        return 0
    tail = numeric_tail(text)[1]
    if not tail or len(tail) > n or not any(
        _THOUSANDS_START.fullmatch(a.group()) and _THOUSANDS_REST.fullmatch(b.group()) and b.start() - a.end() == 1
        for a, b in zip(tail, tail[1:])
    ):
        return 0
    blanks = sum(max(0, b.start() - a.end() - 1) for a, b in zip(tail, tail[1:]))
    blanks += max(0, len(text) - tail[-1].end() - 1)
    head = text[:tail[0].start()]
    if head.strip():
        blanks += max(0, len(head) - len(head.rstrip()) - 1)
    return blanks if len(tail) + blanks > n else 0


#: A dash (or a slash) alone right before a line's figures (``… master - 21``, ``… jaar / 1``).
_DASH_BEFORE_FIGURES = re.compile(r"\s[-\u2013\u2014/]\s*$")


def _dash_blank_readings(text: str, n: int, collapsed: bool, above: str = "") -> list[Placement]:
    """The readings of a line whose figures follow a dash alone (``Professionele lager traject
    master - 21 1 530 48`` under four periods), with the dash a blank cell's mark and the
    figures joined where their thousands a space may set apart (a blank, 21, 1.530 and 48;
    :func:`_thousands_readings`). The dash was left to the label where the figures and marks
    were more than the periods (:func:`~okot_audit.parse.blanks.mark_blanks`), which such
    thousands make them; read so, the figures are as many as the periods and no blank is marked
    (the label ``… master -``, 21, 1, 530 and 48). Both are offered, these less plausible (as a
    label's own number is), and the totals choose; none where no figures join."""
    head, tail = numeric_tail(text)
    dash = _DASH_BEFORE_FIGURES.search(head)
    if dash is None or not head[:dash.start()].strip() or len(tail) < n:
        return []
    # the dash's blank stands in as a figure no count prints (``0``, first of the row's cells)
    stand_in = f"{head[:dash.start()]} 0 {text[tail[0].start():]}"
    out = []
    for reading in _thousands_readings(stand_in, n, collapsed, above):
        if reading.values[0] == 0 and reading.label == head[:dash.start()].strip():
            out.append(replace(reading, values=(None, *reading.values[1:]), exact=False, rank=reading.rank + 100))
    return out


def _total_place(
    item: Item, n: int, spans: Spans | None, collapsed: bool, spaced: Callable[[], bool] = lambda: False,
) -> list[Placement]:
    """The readings of a total line (``Totaal``, ``Eindtotaal``, ``Totaal unieke cursisten``,
    ``Subtotaal X``, ``Totaal <province>``, ``Vlaams Gewest`` …): those of :func:`_place` whose
    label ends in no count. A total line's words never end in a count — a number after them is
    a figure (``Totaal      1.369 1.389 328 3.066``: not the label ``Totaal 1.369``, however
    wide the gap before its first figure) — unless something shows it is the label's own
    (:func:`~okot_audit.parse.regions.unproven_label_numbers`: ``Subtotaal module 5``). Where
    every reading puts a count in the label (more figures than periods), they are all kept, and
    the line is reported as such (:func:`_refused`). `spaced()`: as for a row's line — a total
    line whose spacing shows a blank before a count whose thousands a space sets apart
    (``Totaal zorg  1 020 33 28 40`` under five periods) is read both ways, as its rows are."""
    found = _place(item.texts[-1], n, spans, collapsed, spaced=spaced)
    if len(found) < 2:
        return found
    return [r for r in found if not unproven_label_numbers(" ".join([*item.texts[:-1], r.label]))] or found


#: A count's thousands and the rest, printed apart by a space (``1 271``): a short group then
#: three digits.
_THOUSANDS_HEAD = re.compile(r"\d{1,2}")
_THOUSANDS_REST = THOUSANDS_REST


def _spaced_thousands(text: str, n: int) -> str:
    """`text` with its last ``2 × n`` numbers joined in pairs when they pair up as counts whose
    thousands a space sets apart (``Antwerpen 1 271 1 151 2 254`` under three periods: 1.271,
    1.151, 2.254), as single-spaced text prints ``1 271``. Only a row with a figure in every
    column: each pair's first number is one or two digits, so it starts a count, and the
    second three, so it goes on one — no other reading gives as many counts as periods."""
    tail = numeric_tail(text)[1]
    if len(tail) < 2 * n:
        return text
    pairs = tail[-2 * n:]
    heads, rests = pairs[0::2], pairs[1::2]
    if not all(_THOUSANDS_HEAD.fullmatch(h.group()) for h in heads) or not all(
        _THOUSANDS_REST.fullmatch(r.group()) for r in rests
    ):
        return text
    if len(tail) > 2 * n and _THOUSANDS_HEAD.fullmatch(tail[-2 * n - 1].group()) is None and len(tail[-2 * n - 1].group()) == 3:
        return text  # a three-digit number before them could go on from the one before it: no sure pairing
    joined = " ".join(f"{h.group()}.{r.group()}" for h, r in zip(heads, rests))
    return text[: pairs[0].start()] + joined + text[pairs[-1].end():]


#: A number that may start a count whose thousands a space sets apart (``1``, ``12``, ``102``
#: of ``102 250``), and one that cannot stand alone: a leading zero (``012``).
_THOUSANDS_START = THOUSANDS_START
_LEADING_ZERO = re.compile(r"0\d")
#: How many ways of joining a line's numbers into counts are tried at most.
_JOININGS = 64


def _thousands_readings(text: str, n: int, collapsed: bool, above: str = "", blanks: int = 0) -> list[Placement]:
    """The readings of a line whose figures, more than the `n` periods, print some counts'
    thousands apart by a space and others not (``Antwerpen 1 012 1 105 998 1 040 3 601``
    under five periods; ``Limburg 512 530 488 501 1 790``): every way of joining a number to the
    three-digit number right after it (one space between) that leaves no more figures than
    periods — a number with a leading zero (``012``) always the rest of a count, a number the
    label may own (``modules 1- 4 203``) never the start of one — each read as
    any line (:func:`~okot_audit.parse.cells.placements`), its label holding no number. The
    totals then choose among them, as among a row's placements of blank cells; [] when there
    are too many ways (the line is reported as not read). `blanks`: the blank cells the
    line's spacing shows (:func:`_spacing_blanks`), which the figures must leave room for."""
    tail = numeric_tail(text)[1]
    k = len(tail)
    words = [t.group() for t in tail]
    joinable = [
        i for i in range(k - 1)
        if _THOUSANDS_START.fullmatch(words[i]) and _THOUSANDS_REST.fullmatch(words[i + 1])
        and tail[i + 1].start() - tail[i].end() == 1
        and not (i == 0 and ends_in_label_number(f"{above} {text[:tail[0].end()]}"))  # (``modules 1- 4 203``: the label's 4)
    ]
    zeros = {i for i in range(k) if _LEADING_ZERO.match(words[i])}
    least = k + blanks - n  # joins needed for no more figures (and blanks) than periods
    if k and not blanks and ends_in_label_number(f"{above} {text[:tail[0].end()]}"):
        least -= 1  # (one fewer where the first number may be the label's: ``module 5 1 000 39``)
    sets: list[tuple[int, ...]] = []

    def extend(chosen: tuple[int, ...], start: int) -> bool:
        if len(chosen) >= least and all(i - 1 in chosen for i in zeros):
            sets.append(chosen)
            if len(sets) > _JOININGS:
                return False
        for j in range(start, len(joinable)):
            i = joinable[j]
            if chosen and i <= chosen[-1] + 1:
                continue
            if i in zeros:
                continue  # (a leading zero starts no count)
            if not extend(chosen + (i,), j + 1):
                return False
        return True

    if least < 1 or not extend((), 0):
        return []
    found: dict[tuple, Placement] = {}
    fits = False
    for chosen in sets:
        pieces, at = [], 0
        for i in chosen:
            pieces.append(text[at:tail[i].start()])
            pieces.append(f"{words[i]}.{words[i + 1]}")
            at = tail[i + 1].end()
        pieces.append(text[at:])
        glued = {int(words[i] + words[i + 1]) for i in chosen}
        for reading in placements("".join(pieces), n, collapsed=collapsed):
            if not unproven_label_numbers(f"{above} {reading.label}") and len(reading.values) == n:
                found.setdefault((reading.label, reading.values), reading)
                fits = fits or _glue_fits(reading.values, glued)
    # (none of the joinings the line's other figures support: no count with spaced thousands —
    # the line is reported as not read; where one is, every reading stays and the totals choose)
    return sorted(found.values(), key=lambda r: r.rank) if fits else []


#: How many times the largest count a line prints whole a count joined from two numbers (its
#: thousands apart by a space) may be at most: ``48 62 82 186`` under three periods is no
#: 48, 62 and 82.186 but a line with a column more than its header names (a column's name lost:
#: ``Totaal``), where the two numbers are counts of the same size as the others.
GLUE_SPREAD = 500


def _glue_fits(values: tuple[int | None, ...], glued: set[int]) -> bool:
    """Whether the counts of a reading that joins numbers into counts with spaced thousands
    (`glued`) stand within :data:`GLUE_SPREAD` times the largest count the line prints whole:
    the line's other figures support the joining (``Antwerpen 1 012 1 105 998``, ``Limburg 512
    530 488 501 1 790``); a line whose figures are all joined, or whose others are all 0, says
    nothing against it."""
    others = [v for v in values if v is not None and v not in glued]
    largest = max(others, default=0)
    return largest == 0 or all(v <= GLUE_SPREAD * largest for v in values if v in glued)


class Wider(NamedTuple):
    """A line's reading with a column more than the header's `n` periods name (a period's name
    lost): its ``n + 1`` figures, and where a short number and three digits stand one space apart
    (``2 186``), a count whose thousands a space may set apart instead (:func:`_wider`)."""

    values: tuple[int, ...]
    joinable: frozenset[int]


def _wider(item: Item, n: int, columns: Spans | None) -> Wider | None:
    """Line `item`'s reading with a column more than the `n` periods (:class:`Wider`), in text
    without positions (`columns`) where it ends in ``n + 1`` numbers, two of them side by side a
    count whose thousands a space may set apart; None where not so, or where a number has a
    leading zero (``012``: the rest of a count, no count of its own)."""
    if columns:
        return None
    tail = numeric_tail(_without_code(item.texts[-1]))[1]
    if len(tail) != n + 1:
        return None
    words = [t.group() for t in tail]
    if any(_LEADING_ZERO.match(w) for w in words):
        return None
    joinable = frozenset(j for j in range(n) if _THOUSANDS_START.fullmatch(words[j]) and _THOUSANDS_REST.fullmatch(
        words[j + 1]) and tail[j + 1].start() - tail[j].end() == 1)
    return Wider(tuple(number_value(w) for w in words), joinable) if joinable else None


def _lost_column_or_thousands(
    lines: list[Item], n: int, unique: bool, unique_over: bool, across: int | None, spans: SpansAt,
) -> bool:
    """Whether a group's `lines` (its rows, then its total line), single-spaced, each read with a
    column more than the header's `n` periods name (:func:`_wider`), and both readings fit every
    total: as ``n + 1`` counts (a period's name lost), or as `n` counts, one of them, at the same
    place in every line, a short number and three digits, its thousands apart by a space (``48
    62 2 186`` and ``38 41 1 180`` over ``Totaal 86 103 3 366`` under three periods: 2.186 and
    1.180 over 3.366, or 2 and 186, 1 and 180 over 3 and 366; a count of three digits never
    carries into the thousands of the other reading). Not where a line's total over the periods
    (in the column at `across`) fits one reading only. The lines' readings are asked one by one,
    the first line that has none ending the question."""
    values: list[tuple[int, ...]] = []
    pairs: frozenset[int] | None = None
    for item in lines:
        wider = _wider(item, n, spans(item.last_line))
        if wider is None:
            return False
        pairs = wider.joinable if pairs is None else pairs & wider.joinable
        if not pairs:
            return False
        values.append(wider.values)

    def fit(table: Sequence[Sequence[int]], at: int | None) -> bool:
        *rows, total = table
        if not all(fits([row[c] for row in rows], total[c], unique) for c in range(len(total))):
            return False
        return at is None or all(
            fits([v for k, v in enumerate(line) if k != at], line[at], unique_over) for line in table)

    if not fit(values, None if across is None else across + (across > 0)):  # (the lost column a period's)
        return False
    return any(fit([(*line[:j], line[j] * 1000 + line[j + 1], *line[j + 2:]) for line in values], across)
               for j in sorted(pairs or ()))


def _zero_led(text: str, reading: Placement) -> bool:
    """Whether one of the figures `reading` takes from the end of `text` has a leading zero
    (``000``, ``012``): the rest of a count whose thousands a space set apart, not a count."""
    figures = sum(v is not None for v in reading.values)
    tail = numeric_tail(text)[1]
    return any(_LEADING_ZERO.match(t.group()) for t in tail[len(tail) - figures:]) if figures else False


def _prints_spaced_thousands(item: Item, n: int, collapsed: bool) -> bool:
    """Whether line `item` prints a count's thousands apart by a space: its figures are more
    than the `n` periods (:func:`_thousands_apart`), and no reading gives the ones too many to
    its label as the label's own (``Educatieve bachelor - deel 2 51 45 5 1 102`` under five
    periods: ``deel 2``), as :func:`_place` reads it."""
    text = item.texts[-1]
    if not _thousands_apart(text, n):
        return False
    above = item.texts[-2] if len(item.texts) > 1 else ""
    return not _label_owns_extra(text, n, collapsed, above)[1]


def _label_owns_extra(text: str, n: int, collapsed: bool, above: str) -> tuple[list[Placement], bool]:
    """The plain readings of line `text`, whose figures are more than the `n` periods
    (:func:`_thousands_apart`), none taking a figure with a leading zero (the rest of a count
    whose thousands a space set apart: ``module 5 1 000 39`` is 1.000 and 39, never the label
    ``module 5 1`` and 0); and whether one of them gives its label the numbers too many as the
    label's own (:func:`_owns_number`: ``… - 1 47 76 123``), the line then printing no count's
    thousands apart. `above`: the row's label line above it, if any."""
    plain = [r for r in placements(text, n, collapsed=collapsed) if not _zero_led(text, r)]
    return plain, any(_owns_number(r.label, above) for r in plain)


def _owned_after_own_number(plain: list[Placement], above: str) -> bool:
    """Whether every reading of `plain` that gives its label the numbers too many as its own
    (:func:`_owns_number`) gives them to a label that holds its own number or range before them
    (``… modules 1- 4 1``: :func:`~okot_audit.parse.regions.more_than_a_label_number`) — a name
    holds one, so the number may as well start a count whose thousands a space set apart."""
    return all(more_than_a_label_number(r.label) for r in plain if _owns_number(r.label, above))


def _owns_number(label: str, above: str = "") -> bool:
    """Whether the number a reading gives `label` (``… module 5``, ``… - 1``) may be the label's
    own (:func:`~okot_audit.parse.regions.unproven_label_numbers`): never where the label
    without it is a category of persons whole (``-25 jaar``, ``Man``: ``-25 jaar 1 747 12 38``
    prints 1.747, its thousands apart by a space)."""
    if unproven_label_numbers(f"{above} {label}"):
        return False
    head = numeric_tail(label)[0].strip()
    return not (head and head != label.strip() and partition_of(head))


def _thousands_apart(text: str, n: int) -> bool:
    """Whether the figures that end `text`, more than the `n` periods and at most twice as
    many, hold a short number right before a number of three digits — a count whose thousands
    a space may set apart (``1 102``), though not every figure pairs up so
    (:func:`_spaced_thousands`) and which do is not told."""
    tail = numeric_tail(text)[1]
    if not n < len(tail) <= 2 * n:
        return False
    return any(
        _THOUSANDS_HEAD.fullmatch(a.group()) and _THOUSANDS_REST.fullmatch(b.group()) for a, b in zip(tail, tail[1:])
    )


#: The blank marks that end a line (``… master - -``, ``… master  n.v.t.  n.v.t.``).
_MARKS_END = re.compile(r"(?:\s+(?:" + BLANK_MARK.pattern + r")(?!\S))+\s*$", re.I)


def _marked_blank(text: str, n: int, spans: Spans | None) -> list[Placement]:
    """The one reading of a row that prints no figure, only a blank mark for each of its `n`
    periods (``908002 Educatieve master - -``; laid out by position, a mark for some and empty
    space for the others): a row without counts in any period, whose figures were not lost.
    Its label is the text before the marks — never a value standing under a period's column
    (``… lager onderwijs  28,0%  -``: the 28,0% is 2021's, no word of the label; the row is left
    to be reported with its value)."""
    match = _MARKS_END.search(text)
    if match is None or not text[: match.start()].strip():
        return []
    marks = len(match.group().split())
    if not (marks == n or (spans and marks < n)):
        return []
    if spans and (_value_under_a_period(text[: match.start()], spans) or _value_set_apart(text[: match.start()])):
        return []
    return [Placement(label=text[: match.start()], values=(None,) * n, exact=True, rank=0)]


#: A word of a row's text that holds a digit (a figure, a share, a decimal number).
_DIGIT_WORD = re.compile(r"\S*\d\S*")


#: A word that holds a digit set off by two spaces or more from the words before it on the line.
_DIGIT_WORD_APART = re.compile(r"\S\s{2,}(\S*\d\S*)")


def _value_set_apart(text: str) -> bool:
    """Whether a word of `text` (a row's text before its blank marks, laid out by position) that
    holds a digit stands two spaces or more after the words before it — a cell of its own as the
    spacing shows (``… lager onderwijs   -   28,0%``, the row set off its header's columns), no word
    of the label, which keeps its own number beside it (``… module 5``)."""
    return _DIGIT_WORD_APART.search(text) is not None


def _value_under_a_period(text: str, spans: Spans) -> bool:
    """Whether a word of `text` that holds a digit stands (in part) within a period's column
    (`spans`: each period's start and end on the line) — a cell's value, no label's word."""
    return any(start < end_ and word.start() < end_ and start < word.end()
               for word in _DIGIT_WORD.finditer(text) for start, end_ in spans)


#: Tokens without a word that end a row's label text — a mark or a garbled figure left of the
#: counts (``Limburg <5``, ``Limburg x``, ``Antwerpen (1)``): the row's key is the words before
#: them, and the reading of its figures reports what it could not place.
_WORDLESS_END = re.compile(r"(?:\s+(?![^\W\d_]{2})\S+)+$")


def _layout(region: Region, words: frozenset[str]) -> Layout:
    """What keys the rows, which blocks group them, whether a total column closes them (`words`:
    those of the catalogue's programmes' names, :func:`_label`)."""
    total_column = any(t.is_total for t in region.period_tokens)  # (last, or first: ``Totaal 2020 2021``)
    if region.keys is not None:
        return transposed_layout(region)
    if region.keyed:
        return Layout("code", region.blocks, total_column)
    labels = [_plain_label(item, words) for item in region.items if item.kind == "row"]
    if labels and all(label and _BRACKETED_CODE.fullmatch(label) for label in labels):
        return Layout("code", region.blocks, total_column)  # (each name with its code: ``Zorgkundige (900124)``)
    labels = [_WORDLESS_END.sub("", label) for label in labels if label]
    named = sum(1 for label in labels if province_name(label))
    if labels and (named == len(labels) or (named >= 2 and all(
        province_name(label) or OTHER_PLACES.match(label) for label in labels
    ))):  # (beside the provinces, where the others live: ``Wallonië``, ``Buitenland``, ``Onbekend``)
        return Layout("province", region.blocks, total_column)
    if parts_of_a_year(labels) or (len(set(labels)) < len(labels) and parts_of_a_year(opening_parts(region))):
        # (a year's quarters one under another: rows of its parts, the year the period; their
        # number may be taken for a figure, ``kwartaal 1  120``, and their labels look alike)
        return Layout("category", region.blocks, total_column, PART_ATTRIBUTE)
    attributes = {partition_of(label) for label in labels} - {"unknown"}  # (``onbekend``: any attribute's)
    column = _attribute_column(region) or _diploma_column(region, attributes)
    if labels and column and len(attributes - {None}) == 1 and attributes - {None} <= _KIN.get(column, set()):
        return Layout("category", region.blocks, total_column, column)  # (``Herkomst`` over ``Belg``, ``EU``)
    if labels and len(attributes) == 1 and None not in attributes:
        return Layout("category", region.blocks, total_column, attributes.pop())
    if labels and column and attributes <= {column, None}:
        # the label column named by an attribute of a person (``Nationaliteit``, ``Herkomst``):
        # the rows are its values, whatever they are (``Belg``, ``EU``, ``Niet-EU``)
        return Layout("category", region.blocks, total_column, column)
    return Layout("programme", region.blocks, total_column)


#: The attribute of a person a label column's name names (patterns.ATTRIBUTE_NAME's words).
_ATTRIBUTE_WORDS = (
    ("gender", re.compile(r"geslacht|gender", re.I)), ("age", re.compile(r"leeftijd", re.I)),
    ("education", re.compile(r"niveau|scholingsgraad|diploma", re.I)), ("nationality", re.compile(r"nationaliteit", re.I)),
    ("origin", re.compile(r"herkomst|origine", re.I)),
    ("unemployment", re.compile(r"werkloosheidsduur|duur\s+(?:van\s+de\s+)?werkloosheid|werkzoekduur", re.I)),
)
#: Attributes whose values a label column named by another attribute may hold: an origin is
#: printed by nationality (``Herkomst`` over ``Belg``, ``EU``, ``niet-EU``).
_KIN = {"origin": {"nationality"}}
#: How many words a label column's name may take (``Naar hoogste behaalde diploma``).
_ATTRIBUTE_NAME_WORDS = 4


def _attribute_column(region: Region) -> str | None:
    """The attribute of a person that the header's label column names, as the header's first
    words before its periods or count column (``Nationaliteit 2021 2022``, ``Hoogste diploma
    2021 2022``, ``Naar herkomst Aantal``), else None. A header of several lines is asked by its
    line of periods alone (a caption right above it, ``Tabel 3`` / ``Nationaliteit  2022  2023``,
    is joined to the header by a laid-out text): the label column's name opens that line."""
    if region.period_line is None:
        return None
    head = region.header_text if len(region.header_lines) == 1 else region.period_text
    words = head.split()
    for n in range(min(_ATTRIBUTE_NAME_WORDS, len(words)), 0, -1):
        name = " ".join(words[:n])
        if ATTRIBUTE_NAME.match(name) is not None:
            return next((attribute for attribute, pattern in _ATTRIBUTE_WORDS if pattern.search(name)), None)
    return None


#: A label column named by the diploma alone (``Diploma``, ``Behaald diploma``): the rows may be
#: education levels, or programmes (the diploma they lead to).
_DIPLOMA_NAME = re.compile(r"^\s*(?:behaalde?\s+)?diploma\s*:?\s*$", re.I)


def _diploma_column(region: Region, attributes: set[str | None]) -> str | None:
    """``education`` where the header's label column is named ``Diploma`` alone and a row is an
    education level (``laaggeschoold``, ``geen diploma SO``): the rows are the levels, whatever
    else they print (``buitenlands diploma``); None where none is (programmes' names)."""
    if region.period_line is None or len(region.header_lines) != 1 or "education" not in attributes:
        return None
    words = region.header_text.split()
    return "education" if any(_DIPLOMA_NAME.match(" ".join(words[:n])) for n in (1, 2)) else None


def _id_suffix(layout: Layout) -> str:
    if layout.rows == "province" or layout.blocks == "province":
        return "_by_province"
    if layout.rows == "category":
        return f"_by_{layout.attribute}" if layout.attribute else ""
    if layout.blocks == "sector":
        return "_by_sector"
    return ""


def _number_named(text: str, n: int, columns: "Spans | None", collapsed: bool) -> list[Placement]:
    """The readings of a row's line of figures alone whose first number is the row's name, under
    a header that names a row key of numbers (:func:`~okot_audit.parse.words.numbered_key`):
    ``1   120   130`` under ``Aantal modules  2021  2022``. The name stands in the label column —
    left of the periods' columns where the text keeps positions; else the line prints more
    figures than the periods, the first one over. Empty where the line is no such row (a
    number under a period's column, figures no more than the periods: a label lost)."""
    words = text.split()
    if not words or not all(NUMBER.fullmatch(w) for w in words):
        return []
    first = NUMBER.search(text)
    assert first is not None
    if columns:
        if first.end() > min(start for start, _ in columns):
            return []
        rest = text[:first.start()] + " " * (first.end() - first.start()) + text[first.end():]
    elif len(words) <= n:
        return []
    else:
        rest = text[first.end():].strip()
    return [replace(r, label=first.group()) for r in _place(rest, n, columns, collapsed) if not r.label.strip()]




def _plain_label(item: Item, words: frozenset[str]) -> str:
    """The label of a row without code: its text before the numbers of its last line."""
    return _label(item, numeric_tail(item.texts[-1])[0] if item.texts else "", words)


def _label(item: Item, head: str, words: frozenset[str]) -> str:
    """A row's label: the lines above its numbers, `head` (the text before the numbers on their
    line) and the label lines below them, folded — a word a narrow cell broke read whole where
    its pieces make one of `words` (:func:`~okot_audit.parse.broken.joined_name`: the words of
    the programmes' names of the catalogue the answer is read with). A lone dash after a word that
    `head` ends in, where no label line goes on below the numbers, is no word of the name: a
    name's dash leads on to its number or the rest of its name (``met -`` / ``1 ste jaar``), never
    ends it before the row's figures (``… - 1 ste jaar - 37`` under two periods, the first blank).
    (After a digit a dash may open a range the reading cut, ``fase 1 -``: left to the readings.)"""
    if not item.suffix and head.rstrip()[-1:] in _DASHES and _WORD_DASH_END.search(head):  # (a dash ends it: first)
        head = head.rstrip()[:-1]
    return fold(joined_name([*item.texts[:-1], head, *item.suffix], words))


#: A lone dash that ends the text before a row's figures, after a word (``… 1 ste jaar -``).
_WORD_DASH_END = re.compile(r"[^\W\d_]\s+[-\u2013\u2014]\s*$")


def _key_head(lines: tuple[str, ...], region: Region) -> str:
    """The words a table's header prints over its rows' labels, its caption aside: those left of
    the periods on their line, and a short line of words right above it among the header's
    (``Aantal`` / ``modules  2021  2022``; no sentence, ``Tabel 1. Unieke cursisten per jaar``)."""
    if not region.period_line or not region.period_tokens:
        return ""
    line = region.period_line
    head = lines[line - 1][:region.period_tokens[0].start]
    above = lines[line - 2].strip() if line - 1 in region.header_lines and line >= 2 else ""
    if above and len(above.split()) <= 4 and not above.endswith((".", ":", "?", "!")) and not any(
            ch.isdigit() for ch in above):
        head = above + " " + head
    return head


#: A code-less row's reading as the name of the coded row above it (:func:`_name_rest`): that
#: row, the reading, and the row's lines as printed.
NameRest = tuple[Item, Placement, tuple[str, ...]]


class RowReadings(NamedTuple):
    """A row's candidate readings (:func:`_row_readings`)."""

    readings: list[Placement]
    #: Whether the row is named by its first number (:func:`_number_named`).
    named: bool = False
    #: Its reading as the name of the coded row above, if offered (among `readings` too).
    rest: NameRest | None = None
    #: Where the coded row above's dash taken for a blank may close its name's range and this
    #: row's lines end that name (:func:`_name_over_dash`): that row's readings with this row's
    #: figures, and this row's reading as the rest of its name (among `readings` too).
    over: tuple[list[Placement], Placement] | None = None
    #: Where its figures' positions narrowed its readings (:func:`_as_positions_allow`): its readings
    #: with those the positions ruled out (:func:`_with_spacing`), weighed as `readings` are; else None.
    spacing: list[Placement] | None = None
    #: Its reading with its figures on the line below its code's, that line's words the rest of its
    #: name and the number ending the code's line its name's own (:func:`_figures_below_name_number`).
    below: Placement | None = None


def _row_readings(
    before: Item | None, item: Item, n: int, columns: Spans | None, collapsed: bool, spaced: Callable[[], bool],
    dashed: Mapping[int, str] | None, numbered: bool = False, bounded: Placement | None = None, *,
    catalogue: Catalogue, words: frozenset[str], across: int | None = None, unique_over: bool = True,
) -> RowReadings:
    """Every candidate reading of row `item` (the row `before` it in its group, if any), best
    first — the one place a row's readings are assembled (see the module's docstring). Under a
    total column over the periods (at `across`; `unique_over`: whether it counts unique persons),
    those whose figure there totals the others, then, of a later tier, those that leave it blank
    (:func:`_over_periods`). Each reading is its line's (:func:`_line_readings`); where its figures'
    positions narrowed them, the spacing's with them too (`spacing`, weighed alike)."""
    own = _line_readings(before, item, n, columns, collapsed, spaced, dashed, numbered, bounded,
                         catalogue=catalogue, words=words)
    every = _with_spacing(own.readings)
    if across is None or own.named:
        return own._replace(spacing=every) if every else own
    return own._replace(readings=_over_periods(own.readings, across, unique_over),
                        spacing=_over_periods(every, across, unique_over) if every else None)


def _with_spacing(found: list[Placement]) -> list[Placement] | None:
    """`found` (a row's readings), and after them the readings of its line by its spacing that its
    figures' positions ruled out (:func:`_as_positions_allow`) with a label one of `found` gives it
    (the same figures placed otherwise); None where the positions ruled out none of those."""
    if not any(r.spacing for r in found):
        return None
    labels = {r.label for r in found}
    seen = {(r.label, r.values) for r in found}
    more = {(r.label, r.values): r for reading in found for r in reading.spacing
            if r.label in labels and (r.label, r.values) not in seen}
    return found + list(more.values()) if more else None


def _line_readings(
    before: Item | None, item: Item, n: int, columns: Spans | None, collapsed: bool, spaced: Callable[[], bool],
    dashed: Mapping[int, str] | None, numbered: bool = False, bounded: Placement | None = None, *,
    catalogue: Catalogue, words: frozenset[str],
) -> RowReadings:
    """Row `item`'s readings of its lines (the row `before` it in its group, if any), best first. A row
    whose figures and bounds (``<5``) were read once has that reading (`bounded`); a row's line
    of figures alone under a header that names rows by number (`numbered`) those that name it
    by its first (:func:`_number_named`); any other row its last line's (:func:`_place`, or its
    blank marks', :func:`_marked_blank`), narrowed by the catalogue's name of its code and by a
    label going on below its figures; then, in text without positions (`columns`), those of its
    figures on a line above (:func:`_figures_above`), of a range its next line closes
    (:func:`_range_closed_below`) or its own line closes (:func:`_range_ended_on_its_line`, also
    as printed where a dash was made a blank: `dashed`), of dashes that are blanks
    (:func:`_dashes_as_blanks`) and of its lines as the name of the coded row above
    (:func:`_name_rest`). Each reading after the line's own is offered only where no earlier one
    places the same figures, ranked after them: the totals choose, or the row is said."""
    if bounded is not None:
        return RowReadings([bounded])
    if numbered and item.code is None and len(item.texts) == 1 and (
            found := _number_named(item.texts[-1], n, columns, collapsed)):
        return RowReadings(found, named=True)  # (``1   120   130`` under ``Aantal modules``: the row named 1)
    above = item.texts[-2] if len(item.texts) > 1 else ""
    marks = _marks_in_place(dashed.get(item.last_line), item.texts[-1]) if columns and dashed else None
    found = _place(item.texts[-1], n, columns, collapsed, above, spaced, marks) or _marked_blank(
        _as_marked(item, columns, dashed), n, columns)
    if item.code and len({r.label for r in found}) > 1:
        found = _catalogue_named(item.code, found, catalogue)
    if collapsed and item.suffix:  # the label goes on below its figures: see there
        found = [r for r in found if not count_after_separator(r.label, item.suffix[0])
                 and not _number_opened_below(r.label, item.suffix[0])] or found
    if not found or columns:
        return RowReadings(found)
    found = _more(found + _figures_above(item, n, collapsed), _range_closed_below(item, n, collapsed))
    if n == 1 and len(item.texts) > 1 and (counted := _count_before_range(item)) is not None:
        found = _more(found, [counted])
    found = _more(found, _range_opened_before_figures(item, n, collapsed))
    if not collapsed:
        found = _more(found, _range_ended_on_its_line(item.texts[-1], n, above))
    if dashed and item.last_line in dashed:
        # (a dash among its figures taken for a blank may close the name's range: ``… fase 1 - 2 4 2``,
        # or ``900128: 3`` / ``Verzorgende -`` / ``fase 1 - 2``, the count on the code's line)
        printed = dashed[item.last_line]
        if ("-" in printed or "\u2013" in printed) and _without_dashes(printed) == _without_dashes(
                item.texts[-1]):  # (the row's line as read)
            as_printed = replace(item, texts=[*item.texts[:-1], printed])
            found = _more(found, [*_range_ended_on_its_line(printed, n, above),
                                  *_figures_above(as_printed, n, collapsed), *_hyphen_before_figures(printed, item, n)])
    if collapsed and len(item.texts) > 1:
        found = _more(found, _dashes_as_blanks(item, n))
    over = _name_over_dash(before, item, n, found, dashed or {}, words)
    if over is not None:
        found = found + [over[1]]
    below = _figures_below_name_number(item, n, found)
    if below is not None:
        found = found + [below]
    rest = _name_rest(before, item, n, found, words)
    if rest is None:
        return RowReadings(found, over=over, below=below)
    shown = (dashed or {}).get(item.last_line, item.texts[-1])  # (its marks as printed: ``4 - 6``)
    shown = shown if _without_marks(shown) == _without_marks(item.texts[-1]) else item.texts[-1]
    return RowReadings(found + [rest], rest=(cast(Item, before), rest, (*item.texts[:-1], shown)), over=over,
                       below=below)


#: The figures and blank marks that end a line (``… Educatieve - 1``: a mark and 1).
_SLOTS_END = re.compile(r"(?:\s+(?:\d{1,3}(?:\.\d{3})*|-|\u2013|x|/))+\s*$", re.I)


def _figures_below_name_number(item: Item, n: int, found: list[Placement]) -> Placement | None:
    """The reading of coded row `item` whose code's line ends in one number right after a word
    (``111111: Educatieve 1``), read as a count, and whose one line below it, read as the rest of
    its name, ends in as many figures and blank marks as the table has periods, a figure among
    them (``- 2 Educatieve - 1``: a mark and 1): that number the name's own and the line below's
    end the row's figures (``Educatieve 1 - 2 Educatieve``, 2019 blank, 1 in 2020). Ranked after
    the row's own readings: the totals choose — where both place the same figures they cannot,
    and the row is said (its two names). None where the row is not so."""
    if not item.code or not found or len(item.texts) != 1 or len(item.suffix) != 1 or n < 2 \
            or len(item.lines) != 2:
        return None
    match = CODE_LINE.match(item.texts[0])
    last = match.group("rest") if match else ""
    if len(numeric_tail(last)[1]) != 1 or _NAME_NUMBER_END.search(last) is None:
        return None
    below = item.suffix[0].rstrip()
    slots = _SLOTS_END.search(below)
    if slots is None or not below[:slots.start()].strip() or not any(ch.isalpha() for ch in below[:slots.start()]):
        return None
    marks = slots.group().split()
    if len(marks) != n or all(BLANK_MARK.fullmatch(m) for m in marks):
        return None
    values = tuple(None if BLANK_MARK.fullmatch(m) else number_value(m) for m in marks)
    name = below[:slots.start()].strip()
    return Placement(label=name, values=values, exact=False, rank=max(r.rank for r in found) + 300,
                     label_lines=(item.texts[0], name))


def _number_opened_below(label: str, below: str) -> bool:
    """Whether a reading's `label` ends in a number after a word whose own number opens the
    label's line `below` the figures (``… traject - modules 11`` / ``1- 4 onderwijs: 2 - 3``:
    the word's number is ``1- 4``, :func:`~okot_audit.parse.regions.opened_number`): that
    number is a count, not the label's."""
    head, tail = numeric_tail(label)
    return len(tail) == 1 and opened_number(head, below.lstrip()) > 0


def _more(found: list[Placement], more: Sequence[Placement]) -> list[Placement]:
    """`found` and after it the readings of `more` that place figures no reading of `found` does."""
    seen = {reading.values for reading in found}
    return found + [r for r in more if r.values not in seen]


def _fill_cells(
    table: Table, region: Region, issues: list[ParseIssue], spans: SpansAt = lambda line: None,
    collapsed: bool = False, split: "list[tuple[Table, tuple[int, ...]]] | None" = None, key_head: str = "",
    dashed: Mapping[int, str] | None = None, *, catalogue: Catalogue,
) -> None:
    """Place every row's figures. Where the spacing leaves a line several readings (text joined
    with single spaces), the totals choose: each total line's readings are kept only where its
    parts can fit them — a block's subtotal its rows, a grand total the block subtotals (which
    settles a subtotal its rows left open), a second total line the rows the first one settled —
    and then the rows are chosen against their total. A row or total line nothing settles is
    reported (``ambiguous-alignment``), never guessed into a period.

    A table with several columns under each period is read whole (`table`: a period per printed
    column), its readings then given to each table of `split`, the table of one column name, with
    the figures of the columns it takes (:func:`_by_column`). `key_head`: the header's words over
    the rows' labels (:func:`_key_head`), which may say the rows are named by numbers.
    `catalogue`: the one the answer is read with (its codes' names, :func:`_catalogue_named`)."""
    words = catalogue.name_words()
    n = len(table.periods)
    labels = tuple(p.label for p in table.periods)
    readings: dict[int, Placement | None] = {}
    unique = table.unique_persons and not table.layout.partition
    refused: set[int] = set()  # totals not read: more figures than periods (reported)
    unsettled: set[int] = set()  # totals with several readings that fit (reported)
    withheld, bounded = _withheld_items(region.items, table, issues, labels, spans, collapsed)
    groups = _groups(region.items)
    placed: dict[int, list[Placement]] = {}
    # a total column over the periods (``… 2023 Totaal``): each line's figure there is its total over
    # the other periods, which keeps only the readings it fits (:func:`_across_periods`)
    across = _total_column_at(table) if not split and not table.statistic else None
    unique_over = table.unique_persons
    evidence: list[bool] = []  # whether a line of the table prints thousands apart by a space (asked once, if ever)

    def spaced() -> bool:
        if not evidence:
            evidence.append(any(item.texts and _prints_spaced_thousands(item, n, collapsed) for item in region.items))
        return evidence[0]

    numbered = numbered_key(key_head)  # (its rows may be named by a number: ``Aantal modules``)
    named: set[int] = set()  # the rows so named
    rests: dict[int, NameRest] = {}  # a code-less row's reading as the name of the coded row above
    # a code-less row's reading as the rest of the coded row's name above, whose dash taken for a
    # blank closes the name's range: that row's readings with these figures (:func:`_name_over_dash`)
    dash_rests: dict[int, tuple[Item, Placement, list[Placement]]] = {}
    # those pairs whose coded row's line ends in a number of its name's, no dash (:func:`_name_number_over`):
    # each row of the pair (by id) → (the coded row, the code-less row)
    number_rests: dict[int, tuple[Item, Item]] = {}
    # a coded row's reading with its figures on the line below its name's number (:func:`_figures_below_name_number`)
    belows: dict[int, Placement] = {}
    # a row's readings with those its figures' positions ruled out (:func:`_with_spacing`), where any
    spacing_of: dict[int, list[Placement]] = {}
    for rows, _ in groups:
        for before, item in zip([None, *rows], rows):
            own = _row_readings(before, item, n, spans(item.last_line), collapsed, spaced, dashed, numbered,
                                bounded.get(id(item)), catalogue=catalogue, words=words, across=across,
                                unique_over=unique_over)
            placed[id(item)] = own.readings
            if own.spacing is not None:
                spacing_of[id(item)] = own.spacing
            if own.named:
                named.add(id(item))
            elif own.rest is not None:
                rests[id(item)] = own.rest
            if own.below is not None:
                belows[id(item)] = own.below
            if own.over is not None:
                # (``926877: Verkorte`` / ``knelpuntvakken 2 - 3`` / ``Tweedekansonderwijs en`` /
                # ``zorgkundige 7 51 24``: the dash a blank and the lines below a row whose code
                # was lost, or the dash the name's range and the lines below the rest of its name)
                joined, alone = own.over
                placed[id(before)] = [*placed.get(id(before), []), *joined]
                dash_rests[id(item)] = (cast(Item, before), alone, joined)
                if before is not None and before.last_line not in (dashed or {}):  # (:func:`_name_number_over`)
                    number_rests[id(item)] = number_rests[id(before)] = (before, item)
    _same_label_throughout(region.items, placed, words)
    if across is not None:
        _unprinted_with_labels(placed)

    refused |= withheld  # a total line with a count withheld is reported, not read

    def total_readings(item: Item) -> list[Placement]:
        if id(item) in withheld:
            return []
        found = _total_place(item, n, spans(item.last_line), collapsed, spaced)
        if _refused(item, found, n, spans(item.last_line), table, issues):
            refused.add(id(item))
            return []
        # (bounds only: a total line's own words may count unique persons where the table adds up,
        # ``Totaal unieke cursisten`` under enrolments, and bounds hold either way; and its own cell
        # in the total column may be blank — ``Totaal 6 10 10`` under ``2020 2021 2022 Totaal``
        # leaves the grand total unprinted, it does not move 2022's total there)
        return _across_periods(found, across, True, blank_total=True) if across is not None else found

    prepared: list[tuple[Item | None, list[Item], list[list[Placement]], list[Placement]]] = []
    # the groups some of whose rows are weighed by no reading (refused, withheld, unreadable): their
    # totals hold figures no reading adds
    short: set[int] = set()

    def settle(below: Sequence[int], parts: list[list[Placement]], values: tuple[int | None, ...], weighed: bool) -> None:
        """Keep the one reading of each subtotal of `below` that the total line's `values` chose
        (weighed as unique persons' bounds where `weighed`, else as a sum)."""
        choice = choose(parts, values, weighed)
        if choice.status in ("certain", "chosen"):
            settled = iter(choice.readings)
            for k in below:
                if prepared[k][3]:
                    total, kept, options, _ = prepared[k]
                    prepared[k] = (total, kept, options, [next(settled)])  # type: ignore[list-item]

    def total_candidates(
        item: Item, parts: list[list[Placement]], below: Sequence[int] = (), subtotals: Sequence[list[Placement]] = (),
    ) -> list[Placement]:
        """Total line `item`'s readings that its `parts` fit (:func:`_fitting`); where only one
        fits and the `subtotals` among its parts (those of the groups `below`) still read several
        ways, those subtotals settled by it (:func:`settle`)."""
        weighed = _weighed_unique(item, unique)
        found = _fitting(total_readings(item), parts, weighed, across, unique_over)
        if len(found) == 1 and below and any(len(c) > 1 for c in subtotals):
            settle(below, parts, found[0].values, weighed)
        return found

    for rows, total in groups:
        options = []
        kept = []
        for item in rows:
            found = plain_readings = placed[id(item)]
            if across is not None:
                (plain_readings,) = plain([found])
            label = None if item.code else _plain_label(item, words) or (found[0].label if id(item) in named else "")
            if id(item) not in named and _refused(item, plain_readings, n, spans(item.last_line), table, issues):
                continue
            if id(item) in withheld:
                continue
            if item.code is None and label and ":" in label and (prose := CODE_AFTER_PROSE.match(label)) is not None:
                issues.append(ParseIssue(
                    "unreadable-table", item.last_line, "code-after-prose",
                    numbers_in(item.texts[-1][len(numeric_tail(item.texts[-1])[0]):]) if item.texts else (), table.id,
                    label=label, text=prose.group("words").strip(), other=prose.group("code"), unread=True,
                    level=_level(item),
                ))
                table.unresolved = True
                continue
            if not found or (item.code is None and not label):
                numbers = tuple(x for t in item.texts for x in numbers_in(_without_code(t)))
                reason = "row-without-label" if found else "row-without-counts"
                issues.append(ParseIssue(
                    "unreadable-table", item.last_line, reason, numbers, table.id,
                    code=item.code, label=label, unread=True, level=_level(item),
                ))
                table.unresolved = True
                continue
            options.append(found)
            kept.append(item)
        # (a row's readings with its total unprinted may be what fits its total line's: weighed there too)
        candidates = total_candidates(total, options) if total is not None else []
        if len(kept) < len(rows):
            short.add(len(prepared))
        prepared.append((total, kept, options, candidates))

    # A total line over totals (a grand total over the block subtotals) settles what it can; so
    # does a total over subtotals and the rows below them (``Vlaams Gewest``, ``Brussel``,
    # ``Totaal``), which settles those rows too.
    closing = {id(total): k for k, (total, _, _, _) in enumerate(prepared) if total is not None}
    below: list[int] = []  # the groups whose subtotals the next grand total totals
    last: int | None = None  # the group a total line closed last (a second total line totals its rows too)
    nested: dict[int, list[int]] = {}  # a group whose total line totals these groups' subtotals too

    for item in region.items:
        if item.kind == "row":
            last = None
        if id(item) in closing:
            if item.kind == "subtotal":
                below.append(closing[id(item)])
            elif below:  # (the total's own rows stand below the subtotals it totals with them)
                k = closing[id(item)]
                total, kept, options, _ = prepared[k]
                subtotals = [prepared[b][3] for b in below if prepared[b][3]]
                found = total_candidates(item, subtotals + plain(options), below, subtotals)
                prepared[k] = (total, kept, options, found)
                nested[k], below = below, []
            last = closing[id(item)]
        elif item.kind == "total":
            parts = [prepared[k][3] for k in below if prepared[k][3]] if below else (
                plain(prepared[last][2]) if last is not None else [])
            found = total_candidates(item, parts, below, parts) if parts else []
            if found or id(item) in refused:
                readings[id(item)] = found[0] if len(found) == 1 else None
                if len(found) > 1:
                    _unsettled(item, found, table, issues, labels, unsettled)
            elif parts and len(every := total_readings(item)) > 1:
                # (no reading its parts fit: the one most columns fit, as a group's total line; else said)
                found = _most_columns_fit(every, parts, _weighed_unique(item, unique))
                readings[id(item)] = found[0] if len(found) == 1 else None
                if len(found) > 1:
                    _unsettled(item, found, table, issues, labels, unsettled, "no-fit")
            below = []

    for index, (total, kept, options, candidates) in enumerate(prepared):
        totals = None
        weighed = _weighed_unique(total, unique)  # (as the total line's own words weigh it: :func:`_weighed_unique`)
        if total is not None and id(total) in refused:
            readings[id(total)] = None  # reported: more figures than periods
        elif total is not None:
            if len(candidates) == 1:
                readings[id(total)] = candidates[0]
                totals = candidates[0].values
            elif candidates:
                readings[id(total)] = None
                _unsettled(total, candidates, table, issues, labels, unsettled)
            else:  # no reading its rows fit: the one most columns fit, the rows reported as not fitting
                found = _most_columns_fit(total_readings(total), plain(options), weighed)
                readings[id(total)] = found[0] if len(found) == 1 else None
                totals = found[0].values if len(found) == 1 else None
                if len(found) > 1:  # (no reading most columns fit: where its figures stand is not known)
                    _unsettled(total, found, table, issues, labels, unsettled, "no-fit")
        # the subtotals a nested total totals with these rows: as they were read (else as they may read)
        leading: list[list[Placement]] = []
        for b in nested.get(index, ()):
            sub = prepared[b][0]
            read = readings.get(id(sub)) if sub is not None else None
            if read is not None or prepared[b][3]:
                leading.append([read] if read is not None else prepared[b][3])
        # (each line's figures a column more than the header names, or a count whose thousands a space
        # set apart: weighed by the totals before the rows' readings, asked only if ever)
        wider = partial(_lost_column_or_thousands, [*kept, total], n, weighed, unique_over, across, spans) if (
            total is not None and not leading and id(total) not in refused and not table.statistic) else None
        # (not where a row is left out: the totals then hold its figures, and a reading that leaves a
        # row's total unprinted may fit them only by standing in for it)
        # (each row's readings with those its figures' positions ruled out, where they ruled out any)
        spacing = [_spacing_option(option, spacing_of.get(id(item))) for item, option in zip(kept, options)]
        if index in short:
            options = plain(options)
            spacing = [None if every is None else plain([every])[0] for every in spacing]
        # (a table of values that are no counts: its totals are no sums of its rows, and settle nothing)
        choice, options = _choose_rows(
            leading, options, None if table.statistic else totals, weighed, across, unique_over, wider, spacing)
        if choice.status == "no-total" and total is not None and id(total) in unsettled and not candidates:
            # (its total line fits no placement of theirs, its own unknown: the rows that read several ways
            # fit no total either — said so, not as rows without a total)
            choice = replace(choice, status="unresolved", readings=[
                r if len(o) == 1 and not o[0].partial else None for r, o in zip(choice.readings, leading + options)])
        mixed = _unjoined_over_dash(kept, choice, len(leading), dash_rests)
        for k, (item, reading, option) in enumerate(zip(kept, choice.readings[len(leading):], options)):
            if (id(item) in mixed or choice.status == "ambiguous") and (pair := number_rests.get(id(item))) is not None:
                # (a number ending the coded row's line, the name's own or a count, and the line below
                # the rest of its name or a row of its own: the totals fit both — said once, at the row)
                readings[id(item)] = None
                table.unresolved = True
                if pair[0] is item:
                    issues.append(_name_number_unsettled(item, pair[1], table))
                continue
            if id(item) in mixed:
                readings[id(item)] = None
                table.unresolved = True
                issues.append(ParseIssue(
                    "ambiguous-alignment", item.last_line, "ambiguous",
                    tuple(v for v in option[0].values if v is not None), table.id, unread=True,
                    code=item.code, label=None if item.code else _plain_label(item, words), periods=labels,
                    level=_level(item),
                ))
                continue
            if id(item) in dash_rests and reading is dash_rests[id(item)][1]:
                # (its lines the rest of the coded row's name above, that row's figures its own)
                readings[id(item)] = None
                if id(item) in number_rests:  # (those figures printed on its line: the row's cells stand there)
                    row = number_rests[id(item)][0]
                    row.texts.extend(item.texts)
                    row.lines.extend(item.lines)
                continue
            if id(item) in rests and reading is rests[id(item)][1] and choice.status in ("certain", "chosen"):
                # (the lines are the name of the coded row above, its figures all on the code's line)
                row, _, name = rests[id(item)]
                if ends_name_below_figures(row, item):  # (its name's end below its figures, and the lines of it)
                    row.suffix.extend([*name, *item.suffix])
                    row.lines.extend(item.lines)
                elif (coded := readings.get(id(row))) is not None:
                    readings[id(row)] = replace(coded, label_lines=(numeric_tail(row.texts[-1])[0], *name))
                readings[id(item)] = None
                continue
            if id(item) in belows and reading is belows[id(item)] and choice.status in ("certain", "chosen"):
                # (its figures on the line below, that line's words the rest of its name: no label below them)
                item.texts.extend(item.suffix)
                item.suffix.clear()
            if _count_or_range(item, reading, option, choice.status, n):
                # (its digit a count, the line below then read by nothing, or its name's range: said)
                readings[id(item)] = None
                table.unresolved = True
                issues.append(_count_or_range_issue(item, option, table, words))
                continue
            if (loose := choice.unsettled.get(len(leading) + k)) is not None:
                # (read only because its figures' positions, or another row's, ruled readings out: as the
                # spacing's readings leave it, said)
                readings[id(item)] = _chosen_or_said(
                    item, reading, spacing[k] or option, loose, table, issues, spans(item.last_line), words)
                continue
            readings[id(item)] = _chosen_or_said(
                item, reading, option, choice.status, table, issues, spans(item.last_line), words,
                # (the name the row's readings give it, where two that differ in it each fit the totals)
                partial(_names_that_fit, item, leading + options, len(leading) + k, totals, weighed, words) if (
                    choice.status == "ambiguous" and across is None) else tuple)
            if readings[id(item)] is None and id(item) in rests:
                _rest_unsettled(rests[id(item)][0], item, readings, table, issues)
        if total is not None and choice.status == "thousands-unclear":  # (its figures read two ways, as its rows')
            readings[id(total)] = None
            issues.append(_thousands_unclear(total, table))
            unsettled.add(id(total))
    if split:
        for item in region.items:  # every total read once, with all its columns
            if item.kind in ("subtotal", "total") and id(item) not in readings and id(item) not in refused:
                found = total_readings(item)
                readings[id(item)] = found[0] if found else None
        _by_column(table, split, region, readings, issues, refused | unsettled, withheld, words)
        return
    _emit(table, region, readings, labels, issues, spans, collapsed, refused | unsettled, withheld, words=words)


def _spacing_option(option: list[Placement], every: list[Placement] | None) -> list[Placement] | None:
    """A row's readings `option` and after them those of `every` (its readings with those its
    figures' positions ruled out, :func:`_with_spacing`) that give it a label one of `option` does
    and place its figures otherwise; None where there are none."""
    if every is None:
        return None
    labels = {r.label for r in option}
    seen = {(r.label, r.values) for r in option}
    more = [r for r in every if r.label in labels and (r.label, r.values) not in seen]
    return option + more if more else None


def _weighed_unique(total: Item | None, unique: bool) -> bool:
    """Whether rows are weighed against total line `total` as unique persons' bounds
    (``max(parts) <= total <= sum(parts)``), the table's meaning `unique`, or as a sum: a total
    line whose own words say it adds up (``Totaal inschrijvingen`` in a table of unique persons)
    is checked as a sum by the rules, so every weighing against it — its readings' fit, the rows'
    choice, the reading most columns fit, a column more or thousands apart — weighs it so."""
    if not unique or total is None:
        return unique
    worded = unit_of(_TOTAL_PREFIX.sub("", " ".join(total.texts)))
    return not (worded and worded[0] == "additive")


def _chosen_or_said(
    item: Item, reading: Placement | None, option: list[Placement], status: str, table: Table, issues: list[ParseIssue],
    columns: Spans | None, words: frozenset[str], names: Callable[[], tuple[str, ...]] = tuple,
) -> Placement | None:
    """Row `item`'s reading as the choice among its group's rows left it (`reading`, of the row's
    readings `option`; the choice's `status`): read where the totals chose it, else None and said —
    ``thousands-unclear`` where the choice found its group's figures read two ways
    (``thousands-unclear``: a column more than the header names, or counts' thousands apart) or
    the row's figures may print a count's thousands apart by a space (text without positions:
    `columns`), ``ambiguous-alignment`` where no reading fits (``no-fit``) or several do
    (``ambiguous``, ``no-total``) — with the two names `names` gives where the readings differ in
    the row's name and each fits. No figure is guessed into a period."""
    n = len(table.periods)
    if status == "thousands-unclear":
        issues.append(_thousands_unclear(item, table))
        return None
    if (reading is None or (status in ("ambiguous", "no-total") and len(option) > 1)) and (
        not columns and _thousands_apart(item.texts[-1], n)
    ):  # which numbers join into counts (``1 102 250``) is what the totals did not settle
        issues.append(_thousands_unclear(item, table))
        return None
    if reading is not None and not (status in ("ambiguous", "no-total") and (len(option) > 1 or option[0].partial)):
        return reading
    table.unresolved = True  # (several placements fit, or none)
    named = names() if reading is not None else ()
    said = "no-fit" if reading is None else status
    if option and all(r.unplaced for r in option):
        said = "positions-none"  # (the positions allow no reading: a figure under no column)
    elif option and all(r.positioned for r in option):
        said = _POSITIONED.get(said, said)  # (the positions allowed these readings: not the spacing's doubt)
    numbers = tuple(v for v in (option[0] if reading is None else reading).values if v is not None)
    if not item.code and item.texts and (reading is None or _figures_set_apart(item.texts[-1])):
        # (said under its plain label, every number of the line's end left out of it: each said here,
        # as none of the readings read it — ``Educatieve leefgroepenwerking 2 - 3``, whose first
        # reading took the 2 for its name's, says 2 and 3)
        tail = tuple(number_value(m.group()) for m in numeric_tail(item.texts[-1])[1])
        numbers = tail if len(tail) > len(numbers) else numbers
    issues.append(ParseIssue(
        "ambiguous-alignment", item.last_line, said, numbers, table.id, unread=True,
        code=item.code, label=None if item.code else _plain_label(item, words), periods=tuple(p.label for p in table.periods),
        text=named[0] if named else None, other=named[1] if named else None, level=_level(item),
    ))
    return None


def _figures_set_apart(line: str) -> bool:
    """Whether the figures that end `line` begin two spaces or more after its label's words: text
    laid out in columns whose rows are too few to show it (``Kok      101      100``), its first
    figure a cell the spacing sets apart, however a reading takes it."""
    head, tail = numeric_tail(line)
    return bool(tail) and bool(head.strip()) and line[:tail[0].start()].endswith("  ")


#: A row's reason where its figures' positions allowed its readings (:func:`_as_positions_allow`):
#: several of them fit the totals, none does, or no total decides among them.
_POSITIONED = {"ambiguous": "positions-ambiguous", "no-fit": "positions-no-fit", "no-total": "positions-no-total"}


def _by_column(
    table: Table, parts: "list[tuple[Table, tuple[int, ...]]]", region: Region, readings: dict,
    issues: list[ParseIssue], refused: set[int], withheld: "set[int] | frozenset[int]", words: frozenset[str],
) -> None:
    """Give each part of a table with several columns under each period (one table per column
    name) the figures of its own columns from the readings of the whole: its rows and totals as
    any table's (:func:`_emit`), their semantics its own unit's. What the whole region shows once
    (a stray number, a block without its closing line) is reported once, with the first part."""
    for k, (part, columns) in enumerate(parts):
        own = {
            key: replace(reading, values=tuple(reading.values[c] for c in columns)) if reading is not None else None
            for key, reading in readings.items()
        }
        labels = {table.periods[c].label: part.periods[q].label for q, c in enumerate(columns)}
        part.unresolved = table.unresolved
        part.withheld = [replace(w, period=labels[w.period]) for w in table.withheld if w.period in labels]
        for i, issue in enumerate(issues):  # a record of one cell (a count withheld) is its column's table's
            if issue.table == table.id and len(issue.periods) == 1 and issue.periods[0] in labels and (
                region.start <= issue.line <= region.end
            ):
                issues[i] = replace(issue, table=part.id, periods=(labels[issue.periods[0]],))
        _emit(part, region, own, tuple(p.label for p in part.periods), issues if k == 0 else [],
              refused=refused, withheld=withheld, words=words)


def _withheld_items(
    items: list[Item], table: Table, issues: list[ParseIssue], labels: tuple[str, ...],
    spans: SpansAt, collapsed: bool,
) -> tuple[set[int], dict[int, Placement]]:
    """The items with a count withheld as a bound among the figures of a line (``Limburg <5 7
    9``, ``Limburg <5``), in two sets.

    A row whose figures and bounds say their periods — one reading, every period a figure or a
    bound, or positions under the header — is read: its figures are cells, each bound a
    :class:`~okot_audit.tables.Withheld` record of the table (between 0 and the bound, which
    the totals take as a range) and a ``count-withheld`` record at its line; the reading is
    returned by the item's id. Any other such item (fewer figures than periods in text without
    positions, a bound in a total or a line taken for a label) is reported at the bound's line
    (``ambiguous-alignment``, ``withheld``) and not read — no figure is guessed into a period,
    the bound's digits are no count — and the table's totals are not checked; its id is in the
    first set."""
    out: set[int] = set()
    read: dict[int, Placement] = {}
    if not has_bound_sign("\n".join(t for item in items for t in item.texts)):
        return out, read  # (most tables withhold nothing)
    n = len(labels)
    ages = any(age_class(fold(numeric_tail(item.texts[0])[0]).strip()) for item in items
               if item.kind == "row" and item.texts and not bounds_in(item.texts[0]))
    for item in items:
        if item.kind in ("province", "sector"):
            continue
        at = next(((k, [m.group() for m in found]) for k, t in enumerate(item.texts)
                   if (found := bounds_in(_without_code(t)))), None)
        if at is None:
            continue
        if ages and _age_class_alone(item):
            continue  # (``<25  702  744`` among ``25-49``, ``50+``: the row's label, an age class, no count withheld)
        line = item.lines[at[0]]
        label = _WORDLESS_END.sub("", fold(" ".join(_without_code(t) for t in item.texts)))
        if item.kind == "row" and line == item.last_line:
            reading = _bounded_reading(item.texts[-1], n, spans(line), collapsed, item.suffix)
            if reading is not None:
                values, bounds = reading
                read[id(item)] = values
                for index, text in bounds:
                    # (no bound named: :data:`~okot_audit.parse.blanks.UNBOUNDED`, a count of at least 0)
                    high = None if text == UNBOUNDED else max(
                        int(text[1:].replace(".", "")) - (1 if text[0] == "<" else 0), 0)
                    table.withheld.append(Withheld(line, labels[index], 0, high, text))
                    issues.append(ParseIssue(
                        "count-withheld", line, "withheld" if high is not None else "withheld-unbounded",
                        (high,) if high is not None else (), table.id, code=item.code,
                        label=None if item.code else label, periods=(labels[index],), other=text,
                    ))
                continue
        out.add(id(item))
        table.unresolved = True
        issues.append(ParseIssue(
            "ambiguous-alignment", line, "withheld",
            tuple(x for t in item.texts for x in numbers_in(_without_code(t))), table.id, unread=True,
            code=item.code, label=None if item.code else label, periods=labels, other=" ".join(at[1]),
            level=_level(item),
        ))
    return out, read


def _age_class_alone(item: Item) -> bool:
    """Whether row `item`'s label is an age class printed as a bound alone (``<25``, ``>=50``) that
    opens its one line before its figures (``<25  702  744``): no words before it, so the bound names
    the row (the other rows being age classes, :func:`_withheld_items`), it withholds no count."""
    if item.kind != "row" or item.code or len(item.texts) != 1:
        return False
    first = item.texts[0].split(None, 1)
    return bool(first) and bool(bounds_in(first[0])) and age_class(first[0]) and bool(
        len(first) > 1 and numbers_in(first[1]))


def _bounded_reading(
    text: str, n: int, spans: Spans | None, collapsed: bool, suffix: Sequence[str] = (),
) -> tuple[Placement, list[tuple[int, str]]] | None:
    """The one reading of a row's line whose figures include bounds (``<5``), each bound read as
    a figure of its own width where it stands and then left blank; with the period index of
    each bound. None when the line reads more ways than one (the totals, which the bounds make
    ranges, cannot choose) or a bound would be the label's."""
    bounds = bounds_in(text)
    if any(m.group()[0] not in "<\u2264" for m in bounds):
        return None  # ``>1000``: a floor, no range to check a total with
    stand_in = stand_in_bounds(text)  # ``<5`` → ``00``: a figure as wide, at the same place
    found = _place(stand_in, n, spans, collapsed)
    if collapsed and suffix:  # the label goes on below its figures (as any row's: see _fill_cells)
        found = [r for r in found if not count_after_separator(r.label, suffix[0])] or found
    tokens = words_of(stand_in)
    starts = {m.start(): m.group() for m in bounds}

    def figures_of(reading: Placement) -> tuple[re.Match[str], ...]:  # the tokens its values are, in order
        return tokens[len(tokens) - sum(v is not None for v in reading.values):]

    # A bound is a withheld count, never the label's (``jaar <5 37``: not the label ``jaar <5``).
    found = [r for r in found if starts.keys() <= {t.start() for t in figures_of(r)}]
    if len(found) != 1 or found[0].partial or found[0].label_lines is not None:
        return None
    reading = found[0]
    figures = figures_of(reading)
    placed = iter(t.start() for t in figures)  # where each figure of the reading stands
    values: list[int | None] = []
    at: list[tuple[int, str]] = []
    for index, value in enumerate(reading.values):
        start = next(placed) if value is not None else None
        if start in starts:
            at.append((index, starts[start]))
        values.append(None if start in starts else value)
    return replace(reading, values=tuple(values)), at



def _total_column_at(table: Table) -> int | None:
    """Where the table's total column over its periods stands (``2021 2022 Totaal``, or first:
    ``Totaal 2021 2022``), if it has one and one only."""
    if not table.layout.total_column:
        return None
    at = [k for k, period in enumerate(table.periods) if period.label == "Totaal"]
    if any(is_subtotal_column(period.label) for period in table.periods):
        return None  # (subtotal columns between the periods: the total is not over all the others)
    return at[0] if len(at) == 1 and len(table.periods) > 2 else None


def _across_periods(found: list[Placement], at: int, unique: bool, blank_total: bool = False) -> list[Placement]:
    """The readings of a line, among several, whose figure in the total column (at `at`) is its
    total over the other periods: there exactly when a period holds a figure, and between their
    largest and their sum (unique persons: one counted in two periods is counted once), or their
    sum. Single-spaced text leaves a line several readings where a blank cell leaves no trace
    (``Kinderzorg 3 3`` under ``2019 2020 Totaal``: ``3 3 _`` leaves the row's total blank, so
    ``3 _ 3`` or ``_ 3 3``), which the total lines then settle. Where no reading fits, those
    that leave the total column's cell blank are kept (a row's total may go unprinted:
    ``Verpleegkunde 5 4`` under ``2020 2021 2022 Totaal``, 4 no total over 5), else all (the
    row's total does not fit its periods, and the rules say so) — but not where every reading is
    one the figures' positions allow (:func:`_as_positions_allow`): a figure there may stand under
    the total column as near as under a period, and taking the reading that leaves the total
    unprinted would hide the error of the total printed (``50  60  120``, 120 as near 2023 as
    Totaal, above 50 + 60): all are kept, the totals or the row's record decide. With `blank_total` (a
    table's total line), a reading that leaves the total column's cell blank is kept too: the
    grand total over the periods is often not printed."""
    if len(found) < 2:
        return found

    def fit(reading: Placement) -> bool:
        total = reading.values[at]
        parts = [v for k, v in enumerate(reading.values) if k != at and v is not None]
        if total is None or not parts:
            return total is None and (blank_total or not parts)
        return fits(parts, total, unique)

    kept = [reading for reading in found if reading.partial or fit(reading)]
    if kept:
        return kept
    if all(reading.positioned for reading in found):
        # (where its figures' positions allow its total printed and none of its readings fits: a total
        # left unprinted is no fit, and taking it would hide the row's total's error — all weighed)
        return found
    # (none fits: a row that leaves its total unprinted fits every total it prints)
    return [reading for reading in found if reading.values[at] is None] or found


def _over_periods(found: list[Placement], at: int, unique: bool) -> list[Placement]:
    """A row's readings under a total column over the periods (at `at`): those whose figure
    there totals the others (:func:`_across_periods`), then, of a later tier (``tier`` 1), those
    it set aside that leave the row's own cell there blank — its total over the periods not
    printed (``908001 … 12 15`` under ``2020 2021 2022 Totaal``, its 15 2022's), weighed where
    the others fit no total (:func:`~okot_audit.parse.align.choose_in_tiers`)."""
    kept = _across_periods(found, at, unique)
    if len(kept) == len(found):
        return kept
    return kept + [replace(r, tier=1) for r in found if r.values[at] is None and r not in kept]


def _unprinted_with_labels(placed: dict[int, list[Placement]]) -> None:
    """Keep each row's readings that leave its total unprinted (tier 1, :func:`_over_periods`)
    only with a label one of its plain readings still gives it (:func:`_same_label_throughout`
    may have narrowed them)."""
    for key, found in placed.items():
        if any(r.tier for r in found):
            labels = {r.label for r in found if not r.tier}
            placed[key] = [r for r in found if not r.tier] + [r for r in found if r.tier and r.label in labels]


def _choose_rows(
    leading: list[list[Placement]], options: list[list[Placement]],
    totals: tuple[int | None, ...] | None, unique: bool, at: int | None, unique_over: bool,
    wider: Callable[[], bool] | None = None, spacing: Sequence[list[Placement] | None] = (),
) -> tuple[Choice, list[list[Placement]]]:
    """The one choice among a group's rows' candidate readings (`options`, after the readings of
    the subtotals a nested total totals with them, `leading`) against its total line's figures
    `totals` (None: no total, or one that settles nothing), and the readings it chose among.

    Under a total column (at `at`), a row's blank there is its total unprinted, no total of no
    persons (:func:`_choose_across`). The rows' readings that leave a row's own total blank,
    which the total column set aside, are of a later tier (:func:`_over_periods`). A row's last
    figure under the total column fits its periods there; the same figure under its last period,
    the total left unprinted, may fit every total as well (``Verpleegkunde 5 5`` under ``2020
    2021 2022 Totaal``: 5 in 2020 and in 2022, or 5 in 2020 and 5 in total). Where the readings
    with their totals printed fit, they stand (the prior: a row that prints figures prints its
    total) — unless a reading set aside fits too with another row's figures placed otherwise:
    the rows are then said, the prior deciding no other row's cells; where only the readings set aside fit (or fit without a figure under a period the
    total line leaves blank), they are read. Where the total line leaves the grand total over
    the periods unprinted, which says nothing of the rows' figures in the total column (a
    period's blank total says no person is there), the periods alone choose among them. Where
    nothing fits, the reading that breaks one column only is taken (:func:`_one_column_broken`);
    else the rows left open are said (``no-fit``) — as are the rows a later tier's fit would read
    for the fit alone (:func:`_unprinted_for_the_total_column`) — and so is a row that reads one way only where
    that reading has a figure above its column's total, which refuses it by itself (``1- 4 - 48
    60``: the label's range end read as a count, the dash as a blank, 60 above 2018's total 52) —
    a reading with a blank, whose figures' places the totals decide; a row whose figures fill
    every column as printed (``Antwerpen 200 210`` over ``Totaal 196 400``, beside a row that
    holds no count, ``Limburg -4 210``) is read, its total's fault the total rules' to say.

    `wider`, asked first where given: whether the group's lines, rows and total line, read with
    a column more than the header names fit every total as well as read with a count's
    thousands apart by a space (:func:`_lost_column_or_thousands`); the choice is then
    ``thousands-unclear``, no row read.

    `spacing`, where given: per row of `options`, its readings with those its figures' positions
    ruled out (None: the positions narrowed none); a row the choice reads only because they were
    ruled out is left unsettled as the spacing's readings leave it (:func:`_settled_by_narrowing`)."""
    if wider is not None and wider():
        return Choice([None] * (len(leading) + len(options)), "thousands-unclear"), options
    if any(every is not None for every in spacing):
        choice, among = _choose_rows(leading, options, totals, unique, at, unique_over)
        return _settled_by_narrowing(choice, leading + among, options, spacing, lambda rows: _choose_rows(
            leading, rows, totals, unique, at, unique_over)[0]), among
    wide = at is not None and any(r.tier for option in options for r in option)

    def weigh(rows: list[list[Placement]]) -> Choice:
        if at is not None and totals is not None and (totals[at] is not None or wide):
            return _choose_across(rows, totals, unique, at, unique_over)
        return choose(rows, totals, unique)

    def reach(rows: list[list[Placement]], lenient: bool) -> tuple[list[set[int] | None], list[set[int]]] | None:
        if totals is None:
            return None
        if at is not None and (totals[at] is not None or wide):
            return _reach_across(rows, totals, unique, at, unique_over, lenient)
        fits = readings_that_fit(rows, totals, unique, strict=not lenient)
        return None if fits is None else (list(fits), [set(range(len(o))) for o in rows])

    choice, among = choose_in_tiers(leading + options, weigh, reach)
    if at is not None and totals is not None and _unprinted_for_the_total_column(leading + among, choice, totals, unique, at):
        choice = replace(choice, readings=[o[0] if len(o) == 1 and not o[0].partial else None for o in leading + among],
                         status="unresolved")
    options = among[len(leading):]
    if choice.status == "unresolved" and totals is not None:
        choice = _one_column_broken(leading + options, choice, totals, unique) or choice
    if choice.status == "unresolved" and totals is not None:
        # (no reading of the group fits its totals, the rows left open said: a row that reads one way
        # only is not read as sure where that one reading has a figure above its column's total —
        # a reading the total refuses by itself, which nothing would check once its group is unread)
        choice = replace(choice, readings=[
            None if reading is not None and None in reading.values and any(
                v is not None and t is not None and v > t for v, t in zip(reading.values, totals)) else reading
            for reading in choice.readings])
    return choice, options


def _unprinted_for_the_total_column(
    rows: list[list[Placement]], choice: Choice, totals: tuple[int | None, ...], unique: bool, at: int,
) -> bool:
    """Whether `choice` (among the readings of every tier of `rows`) reads a row with its total over
    the periods unprinted (a later tier's reading) where nothing but the fit says so — a fit that
    moves the row's last figure out of the total column into a period whose total takes it only by
    the bounds of unique persons (``Verpleger  435  435`` under ``2019 … 2021 Totaal``, its second
    435 as near 2021 as Totaal, the total line's Totaal 7 above the rows' totals: read under 2021 as
    435 persons counted twice there, the answer's error hidden):

    - the figures' positions allow that row's total printed as well (a plain reading of its
      positions: the figure as near the total column as the period), and the plain readings fit no
      way — the error is the answer's either way, and where it is the positions do not tell;
    - or the rows' plain readings fit every period's total
      (:func:`~okot_audit.parse.align.readings_that_fit`) and break the total column's alone, which
      the row's unprinted total fits only by standing in for a figure the answer does not print
      (:func:`_stand_in`).

    The rows are then left open: the one column they break weighs them (:func:`_one_column_broken`),
    else they are said."""
    if choice.status != "chosen" or totals[at] is None:
        return False
    tiered = [i for i, r in enumerate(choice.readings) if r is not None and r.tier]
    if not tiered:
        return False
    if any(cast(Placement, choice.readings[i]).positioned and any(not r.tier and r.positioned for r in rows[i])
           for i in tiered):
        return True
    first = [[replace(r, values=r.values[:at] + r.values[at + 1:]) for r in option if not r.tier] for option in rows]
    if not all(first):
        return False
    fit = readings_that_fit(first, totals[:at] + totals[at + 1:], unique)
    return fit is not None and all(fit)


def _settles(reading: Placement | None, option: list[Placement], status: str) -> bool:
    """Whether a choice of `status` reads a row whose readings are `option` by `reading`, as
    :func:`_chosen_or_said` takes it: chosen, and not one of several its group's choice leaves open."""
    return reading is not None and not (status in ("ambiguous", "no-total") and (len(option) > 1 or option[0].partial))


def _settled_by_narrowing(
    choice: Choice, rows: list[list[Placement]], options: list[list[Placement]],
    spacing: Sequence[list[Placement] | None], weigh: Callable[[list[list[Placement]]], Choice],
) -> Choice:
    """`choice` among `rows` (the group's readings it chose among: the subtotals' a nested total
    totals with them, then its rows', those given as `options` and, per row, in `spacing`), with
    the rows it reads only because a row's figures' positions narrowed its readings
    (:func:`_as_positions_allow`) marked unsettled (:attr:`~okot_audit.parse.align.Choice.unsettled`):
    for each row of `spacing` with readings ruled out, the group weighed again (`weigh`) with those
    readings back — a row it then does not read, or reads otherwise, was settled by the narrowing
    and not by the totals, and stays as the spacing's readings leave it: said, never read. The
    positions rule out; they never settle what the spacing leaves open (``Kok          671`` under
    ``2021 2022 2023 Totaal``, no marks, 671 as near 2023 as Totaal: its total over blank periods
    refused, the positions would leave 2023 alone, where the spacing leaves 2021, 2022 and 2023)."""
    first = len(rows) - len(options)
    unsettled: dict[int, str] = {}
    for k, every in enumerate(spacing):
        if every is None or not _settles(choice.readings[first + k], rows[first + k], choice.status):
            continue
        wider = weigh([*options[:k], every, *options[k + 1:]])
        for j in range(first, len(rows)):
            before, after = choice.readings[j], wider.readings[j]
            option = every if j == first + k else rows[j]
            if j in unsettled or not _settles(before, rows[j], choice.status):
                continue
            if not _settles(after, option, wider.status) or cast(Placement, after).values != cast(Placement, before).values:
                unsettled[j] = "no-total" if wider.status == "no-total" else "ambiguous"
    return replace(choice, unsettled=unsettled) if unsettled else choice


def _choose_over_periods(
    options: list[list[Placement]], totals: tuple[int | None, ...], unique: bool, at: int,
) -> Choice:
    """:func:`~okot_audit.parse.align.choose` over every column but the total column (at `at`),
    the choice given in the readings of `options`."""
    swap = _StandIns()
    stripped = [[swap.stand(reading, replace(reading, values=reading.values[:at] + reading.values[at + 1:]))
                 for reading in option] for option in options]
    return swap.back(choose(stripped, totals[:at] + totals[at + 1:], unique))


class _StandIns:
    """Readings stood in for by others while the totals choose (a column left out, a row's
    unprinted total given the value it may have), and the way back from a choice among the
    stand-ins to the readings they stand in for."""

    def __init__(self) -> None:
        self._whole: dict[int, Placement] = {}

    def __bool__(self) -> bool:
        """Whether any reading was stood in for."""
        return bool(self._whole)

    def stand(self, reading: Placement, part: Placement) -> Placement:
        """`part`, standing in for `reading` (kept alive by the caller's rows of stand-ins, its id stays its own)."""
        self._whole[id(part)] = reading
        return part

    def back(self, choice: Choice) -> Choice:
        """`choice` given in the readings stood in for (a reading no stand-in stays itself)."""
        return replace(choice, readings=[None if r is None else self._whole.get(id(r), r) for r in choice.readings])


#: What :func:`_stand_in` says of a reading that leaves its total unprinted where none stands in:
#: it fits no way (`_FITS_NOT`), or the rows' totals are not known (`_UNKNOWN`: a partition's).
_FITS_NOT, _UNKNOWN = "fits-not", "unknown"


def _stand_in(
    reading: Placement, at: int, grand: int, unique: bool, unique_over: bool,
) -> "Placement | str | None":
    """A row's `reading` under a total column (at `at`) and a printed grand total `grand`, its
    total over its periods unprinted, with that total stood in for: unique persons, at least its
    largest figure and at most their sum (as much of `grand` as that covers); enrolments, their
    sum. None where the reading prints its total or no figure (it stands as it is);
    :data:`_FITS_NOT` where its largest figure is above `grand` (unique persons over the periods,
    `unique_over`); :data:`_UNKNOWN` where the rows are a partition (an unprinted total is not
    known). One rule for :func:`_choose_across` and :func:`_reach_across`."""
    parts = [v for k, v in enumerate(reading.values) if k != at and v is not None]
    if reading.values[at] is not None or not parts:
        return None
    if unique_over and unique and max(parts) > grand:
        return _FITS_NOT
    if unique_over and not unique and max(parts) < sum(parts):
        return _UNKNOWN
    stand = min(sum(parts), grand) if unique else sum(parts)
    return replace(reading, values=(*reading.values[:at], stand, *reading.values[at + 1:]))


def _choose_across(
    options: list[list[Placement]], totals: tuple[int | None, ...], unique: bool, at: int, unique_over: bool,
    stand_ins: bool = False,
) -> Choice:
    """:func:`~okot_audit.parse.align.choose` under a total column (at `at`) whose cell a row may
    leave blank: its total over its periods unprinted, not a total of no persons. Where the total
    line leaves its own cell there blank (the grand total unprinted), the periods alone choose;
    else a row's unprinted total stands in for what it may be — unique persons: at least its
    largest figure (a reading whose largest is above the grand total fits no way), at most their
    sum (as much of the grand total as that covers); enrolments: their sum (``Verpleegkunde 2 1``
    under ``2019 2020 2021 Totaal`` with ``Totaal 2 1 2``: 2 and 1, its total 2 or 3 unprinted, may
    fit a grand total 2 — the total line read two ways, it is said). With `stand_ins`, the
    choice's readings are those stand-ins (their sums checked by the caller)."""
    grand = totals[at]
    if grand is None:
        return _choose_over_periods(options, totals, unique, at)
    swap = _StandIns()
    stood: list[list[Placement]] = []
    for option in options:
        row = []
        for reading in option:
            stand = _stand_in(reading, at, grand, unique, unique_over)
            if stand == _UNKNOWN:
                return _choose_over_periods(options, totals, unique, at)  # (a partition: its total is not known)
            if isinstance(stand, Placement):
                row.append(swap.stand(reading, stand))
            elif stand is None:
                row.append(reading)
            # (_FITS_NOT: its total, at least its largest figure, above the grand total — no reading)
        if not row:
            return Choice([None] * len(options), "unresolved")
        stood.append(row)
    if not swap:  # (no row leaves its total unprinted, or every one that does was dropped: the readings as they are)
        return choose(options, totals, unique)
    choice = choose(stood, totals, unique)
    return choice if stand_ins else swap.back(choice)


def _reach_across(
    options: list[list[Placement]], totals: tuple[int | None, ...], unique: bool, at: int, unique_over: bool,
    lenient: bool,
) -> tuple[list[set[int] | None], list[set[int]]] | None:
    """Which readings of each row take part in some fit as :func:`_choose_across` weighs them
    (:func:`~okot_audit.parse.align.readings_that_fit`: a row's unprinted total stood in for, the
    periods alone where the grand total is unprinted), and the readings it keeps; a row's fits None
    where weighing it with its plain readings only would weigh the rows otherwise (the one row that
    leaves its total unprinted: without it, none is stood in for); None where the rows as a whole
    are weighed otherwise (a partition's unprinted total, a row none of whose readings is kept)."""
    strict = not lenient
    grand = totals[at]
    every = [set(range(len(option))) for option in options]
    if grand is None:
        stripped = [[replace(r, values=r.values[:at] + r.values[at + 1:]) for r in option] for option in options]
        fits = readings_that_fit(stripped, totals[:at] + totals[at + 1:], unique, strict)
        return None if fits is None else (list(fits), every)
    stood: list[list[Placement]] = []
    kept: list[list[int]] = []
    standing: set[int] = set()  # the rows with a reading stood in for
    for i, option in enumerate(options):
        row, index = [], []
        for j, reading in enumerate(option):
            stand = _stand_in(reading, at, grand, unique, unique_over)
            if stand == _UNKNOWN:
                return None
            if stand == _FITS_NOT:
                continue
            if isinstance(stand, Placement):
                reading = stand
                standing.add(i)
            row.append(reading)
            index.append(j)
        if not row:
            return None
        stood.append(row)
        kept.append(index)
    if not standing:
        fits = readings_that_fit(options, totals, unique, strict)
        return None if fits is None else (list(fits), every)
    fits = readings_that_fit(stood, totals, unique, strict)
    if fits is None:
        return None
    return ([None if standing == {i} else {index[j] for j in found} for i, (found, index) in enumerate(zip(fits, kept))],
            [set(index) for index in kept])


def _fitting(
    found: list[Placement], parts: list[list[Placement]], unique: bool, across: int | None = None,
    unique_over: bool = True,
) -> list[Placement]:
    """The readings of a total line that its parts (each with its readings) can fit: all of
    them when the line reads one way only; none when none fits (the parts are then reported).
    A reading that leaves the total column (at `across`) blank leaves its grand total over the
    periods unprinted: the parts' figures there are no figures under a blank; a part that leaves
    its own cell there blank leaves its total unprinted (:func:`_choose_across`)."""
    if len(found) <= 1 or not parts:
        return found[:1]
    fitting: list[Placement] = []
    filled: list[Placement] = []  # readings that fit only with a part's figure under a blank of theirs
    for reading in found:
        grand_unprinted = across is not None and reading.values[across] is None
        choice = (_choose_across(parts, reading.values, unique, across, unique_over, stand_ins=True)
                  if across is not None else choose(parts, reading.values, unique))
        if choice.status == "certain":
            sums = [[v for r in choice.readings if r is not None and (v := r.values[c]) is not None]
                    for c in range(len(reading.values))]
            if all(fits(column, total, unique) for column, total in zip(sums, reading.values) if total is not None):
                under_blank = any(column for c, (column, total) in enumerate(zip(sums, reading.values))
                                  if total is None and not (grand_unprinted and c == across))
                (filled if under_blank else fitting).append(reading)
        elif choice.status in ("chosen", "ambiguous"):
            (filled if choice.under_blank else fitting).append(reading)
    # (a period a total leaves blank has no person in it: a reading that leaves blank a period
    # its parts fill is weighed only where no other fits)
    return fitting or filled


def _one_column_broken(
    options: list[list[Placement]], choice: Choice, totals: tuple[int | None, ...], unique: bool,
) -> Choice | None:
    """`choice` with the rows it left unread filled in, where no placement of their figures fits
    every total (a blank cell, and one printed figure of the table wrong): the one way of placing
    them that breaks the total of one column only, where every other way breaks more
    (``908033: … 34 48 31`` under four school years, the first blank: placed so, only the total of
    the column with the wrong figure does not fit; placed otherwise, three do not). That column
    is then reported as in any table — the wrong figure found, never a row refused for it (before:
    ``ambiguous-alignment``, the error unsaid). Else None: no way, or two, break one column only;
    or more than :data:`_MOST_WAYS` ways to weigh; or the way found ends a row's label in a
    number, which may be a count (``25-54 jaar 3.797 (3) 3.650``).

    Where several ways break one column each, the totals tell them apart only where they break
    different columns (which total is wrong is then not known: none is taken). Where every such
    way breaks the same column, that total refuses them alike and the readings' ranks decide
    (:func:`_far_likelier`): the one way that reads no row by a far less likely reading than the
    others do (a figure in the figures' run swallowed by the label: ``… - 1ste`` / ``jaar 52 61
    117``, never ``jaar 52``) — and only where it differs from each of them in a column the broken
    total does not weigh, whose totals fit both; else the figures it would place are the broken
    total's alone to say, and the rows stay said."""
    open_rows = [i for i, reading in enumerate(choice.readings) if reading is None]
    if not open_rows or any(len(options[i]) != 1 for i in range(len(options)) if i not in open_rows):
        return None
    ways = 1
    for i in open_rows:
        ways *= len(options[i])
    if ways < 2 or ways > _MOST_WAYS:
        return None
    others = [reading for reading in choice.readings if reading is not None]

    def broken(placed: tuple[Placement, ...]) -> list[int]:
        out: list[int] = []
        for c, total in enumerate(totals):
            if total is None:
                out.extend(c for p in placed if p.values[c] is not None)  # (a figure under a blank total)
                continue
            values = [v for r in (*others, *placed) if (v := r.values[c]) is not None]
            if not fits(values, total, unique):
                out.append(c)
        return out

    one = [(placed, cols[0]) for placed in product(*(options[i] for i in open_rows)) if len(cols := broken(placed)) == 1]
    if not one:
        return None
    best = one[0][0] if len(one) == 1 else _far_likelier(one)
    if best is None:
        return None  # (two ways break one column each: the totals do not tell, nor do the ranks)
    for i, placement in zip(open_rows, best):
        words = placement.label.split()
        if words and any(c.isdigit() for c in words[-1]):
            return None  # (a number its label would keep: maybe a count, the row's figures unsure)
    readings = list(choice.readings)
    for i, placement in zip(open_rows, best):
        readings[i] = placement
    return Choice(readings, "chosen")


#: How many ways of placing a table's unread rows :func:`_one_column_broken` weighs at most.
_MOST_WAYS = 256


def _far_likelier(ways: list[tuple[tuple[Placement, ...], int]]) -> tuple[Placement, ...] | None:
    """Of `ways` (the open rows' readings, each way with the one column whose total it breaks),
    the one the readings' ranks choose where the totals cannot: every way breaks the same column,
    and one reads its rows by readings of a likelier kind than every other way (the hundreds of a
    reading's rank count its less likely turns — a figure its label swallows, a dash read as a
    blank, a range's end; the rest, where its blanks stand, is the totals' to tell, never the
    rank's) and differs from each in a column the broken total does not weigh. Else None."""
    if len({column for _, column in ways}) > 1:
        return None  # (which total is wrong is not known)

    def kind(placed: tuple[Placement, ...]) -> int:
        return sum(p.rank // 100 for p in placed)

    ranked = sorted(ways, key=lambda way: kind(way[0]))
    (best, column), rest = ranked[0], ranked[1:]
    if kind(best) >= kind(rest[0][0]):
        return None
    for placed, _ in rest:
        if all(a.values[:column] + a.values[column + 1:] == b.values[:column] + b.values[column + 1:]
               for a, b in zip(best, placed)):
            return None  # (they differ in the broken column alone: the wrong total's to say)
    return best


def _most_columns_fit(found: list[Placement], parts: list[list[Placement]], unique: bool) -> list[Placement]:
    """Of `found`, a total line's readings that its parts fit in no reading (:func:`_fitting`),
    the one whose figures most columns of parts read one way only fit, where one fits more than
    any other (``Totaal inschrijvingen 116 126 1 534 1 118 2 894``: 116, 126, 1.534, 1.118 and
    2.894 fit the four periods' rows, its Totaal column does not; 116.126, 1.534 … fit none). The
    columns that do not fit are then reported against the rows as in any table. Where its rows
    read several ways, or two readings fit as many columns, all of `found`: which periods its
    figures stand under is not known (``Totaal 23 40`` under three periods over ``17 15`` and
    ``6 17``: 2020 and 2021, or 2021 and 2022 — before, the first was taken, and the rows placed
    by it), and the line is said, never its first reading taken."""
    if len(found) < 2 or not parts or any(len(p) != 1 for p in parts):
        return found
    rows = [p[0].values for p in parts]

    def score(reading: Placement) -> int:
        return sum(
            fits([v for r in rows if (v := r[c]) is not None], total, unique)
            for c, total in enumerate(reading.values) if total is not None and c < min(map(len, rows))
        )

    scores = [score(r) for r in found]
    best = max(scores)
    if scores.count(best) > 1:
        return found
    return [found[scores.index(best)]]


def _names_that_fit(
    item: Item, options: list[list[Placement]], k: int, totals: tuple[int | None, ...] | None, unique: bool,
    words: frozenset[str],
) -> tuple[str, ...]:
    """Where row `item` (``options[k]``) is ambiguous because its readings give it two names —
    a figure the name's own or a count (``… verpleegkunde - fase 1`` / ``- 2 1 2``: the 2 may
    close the name's range ``fase 1 - 2``) — and a reading of each name fits the totals with
    the other rows' readings: the shortest such name and the longest, as the row would print
    them; else none (what makes it ambiguous is then where its figures stand alone)."""
    by_name: dict[str, list[Placement]] = {}
    for reading in options[k]:
        name = fold(joined_name(list(reading.label_lines), words)) if reading.label_lines else _label(item, reading.label, words)
        if item.code and name.startswith(item.code):  # (named as its cells are: the code apart)
            name = name[len(item.code):].lstrip(" :")
        by_name.setdefault(name.rstrip(" -\u2013"), []).append(reading)  # (a range's dash left open: no name's end)
    if len(by_name) < 2:
        return ()
    fitting = []
    for name, readings in by_name.items():
        chosen = choose([*options[:k], readings, *options[k + 1:]], totals, unique)
        if chosen.status == "certain":  # (one reading each: taken without the totals; do they fit?)
            rows = [r.values for r in chosen.readings if r is not None]
            if totals is not None and not all(fits([v for r in rows if (v := r[c]) is not None], t, unique)
                                               for c, t in enumerate(totals) if t is not None):
                continue
        elif chosen.status == "unresolved":
            continue
        fitting.append(name)
    if len(fitting) < 2:
        return ()
    fitting.sort(key=len)
    return fitting[0], fitting[-1]


def _unsettled(
    item: Item, found: list[Placement], table: Table, issues: list[ParseIssue], labels: tuple[str, ...],
    unsettled: set[int], reason: str = "ambiguous",
) -> None:
    """Report a total line whose figures several placements fit (none is guessed); with `reason`
    ``no-fit``, whose figures no placement fits and none more columns than another."""
    unsettled.add(id(item))
    table.unresolved = True
    label = fold(" ".join([*item.texts[:-1], found[0].label]))
    values = tuple(v for v in found[0].values if v is not None)
    if (inside := _figures_in_words(label)):
        # (figures among its words, ``Totaal Antwerpen 360 107 115432387 Educatieve … x x 11``: which
        # are its counts cannot be told — said as such, with every figure of the line, none lost)
        issues.append(ParseIssue(
            "unreadable-table", item.last_line, "figures-in-total-label", (*inside, *values), table.id,
            label=label, unread=True, periods=labels, level=_level(item),
        ))
        return
    issues.append(ParseIssue(
        "ambiguous-alignment", item.last_line, reason, values, table.id, unread=True, label=label, periods=labels,
        level=_level(item),
    ))


def _refused(item: Item, found: list[Placement], n: int, spans: Spans | None, table: Table, issues: list[ParseIssue]) -> bool:
    """Whether line `item` is not read because it ends in more figures than the table has
    periods, or in figures its spacing leaves too little room (:func:`_extra_figures`); if so,
    it is reported."""
    extra = _extra_figures(item, found, n, spans)
    if not extra:
        return False
    head = numeric_tail(_without_code(item.texts[-1]))[0]
    label = None if item.code else fold(" ".join([*item.texts[:-1], head]))
    under = _columns_per_period(table.title, n)
    shared = bool(under) and len(extra) == n * len(under)  # ``… 60 52 71 66`` under ``uitgevoerd geslaagd`` twice
    quarters = [] if shared else quarters_named(table.title)
    if shared:
        reason = "columns-per-period"
    elif quarters:
        reason = "quarter-columns"  # (``Q1 2023  Q2 2023``: parts of one year, no period the table can hold)
    elif len(extra) <= n:
        reason = "blanks-overflow"  # (no more figures than periods: the spacing's blank cells leave them too little room)
    elif _thousands_apart(item.texts[-1], n):
        issues.append(_thousands_unclear(item, table, extra))
        return True
    else:
        reason = "more-figures-than-periods"
    issues.append(ParseIssue(
        "unreadable-table", item.last_line, reason, extra,
        table.id, code=item.code, label=label, unread=True, periods=tuple(p.label for p in table.periods),
        other=", ".join(under) if shared else ", ".join(quarters) if quarters else None, level=_level(item),
    ))
    table.unresolved = True
    return True


#: Two counts in a row among a line's words (``… Antwerpen 360 107 …``), each a figure as a
#: table prints one (Dutch thousands too).
_TWO_COUNTS = re.compile(r"(?<!\S)(?:\d{1,3}(?:\.\d{3})+|\d+) (?:\d{1,3}(?:\.\d{3})+|\d+)(?!\S)")


def _figures_in_words(label: str) -> tuple[int, ...]:
    """The figures among a total line's words (its label as read, its counts after it) where two
    or more stand in a row — no name of a total holds them (``Totaal Antwerpen 360 107 115432387
    Educatieve …``); else none. A name's lone number (``Totaal 25-54 jaar``) is no such run."""
    if not any(ch.isdigit() for ch in label) or _TWO_COUNTS.search(label) is None:
        return ()
    return tuple(number_value(token) for token in label.split() if _COUNT_TOKEN.fullmatch(token))


_COUNT_TOKEN = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")


def _mixed_placements(regions: list[Region], tables: list[Table], issues: list[ParseIssue], lines: tuple[str, ...],
                      reported: Callable[[int], int]) -> None:
    """Say ``rows-unclear`` for each table without codes whose wrapped names were read under two
    placements of the figures (:func:`~okot_audit.parse.regions.mixed_placements`): read as
    ever, its totals not checked (`reported`: a line's number as printed, for the last row's)."""
    for region in regions:
        mixed = mixed_placements(region, lines)
        if mixed is None:
            continue
        first, last, counts, label = mixed
        holders = [t for t in tables if t.header_line <= first <= t.end_line]
        for held in holders:
            held.unresolved = True
        issues.append(ParseIssue("unreadable-table", first, "rows-unclear", counts, holders[0].id if holders else None,
                                 unread=True, text=label[:80], other=str(reported(last))))


def _thousands_unclear(item: Item, table: Table, figures: tuple[int, ...] = ()) -> ParseIssue:
    """The report of a row whose figures may print counts' thousands apart with a space but do
    not say which figures make one count (``Man 1 102 250``: 1.102 and 250, or 1 and 102.250),
    where the totals did not settle it either: its figures as printed (or `figures`). The
    table's totals are not checked."""
    table.unresolved = True
    head, tail = numeric_tail(_without_code(item.texts[-1]))
    return ParseIssue(
        "unreadable-table", item.last_line, "thousands-unclear",
        figures or tuple(number_value(t.group()) for t in tail), table.id, code=item.code,
        label=None if item.code else fold(" ".join([*item.texts[:-1], head])), unread=True,
        periods=tuple(p.label for p in table.periods), level=_level(item),
    )


#: A period as a header's word prints it (``2022``, ``2021-22``, ``2022*``): the layout's own
#: period word (``okot_audit.read.layout``), its footnote marks kept.
_PERIOD_WORD = re.compile(period_pattern(dashes="-", stars=r"\**"))


def _side_by_side(header: str, region: Region) -> str | None:
    """The header of the first of two tables printed side by side on the same lines, when
    `header` is two headers in a row — each its own words, then the same periods (``Provincie
    2021 2022 Provincie 2021 2022``), or the same words over as many other periods (``Opleiding
    2019 2020 Opleiding 2021 2022``: the years asked for in two halves) — and the rows bear it
    out: each ends in the figures of both (twice as many as the periods, at least, on most
    rows). Its words and periods, else None."""
    groups: list[tuple[list[str], list[str]]] = []
    for word in header.split():
        if _PERIOD_WORD.fullmatch(word):
            if not groups:
                return None  # (periods first: a header of one table)
            groups[-1][1].append(word.rstrip("*"))
        elif not groups or groups[-1][1]:
            groups.append(([word], []))
        else:
            groups[-1][0].append(word)
    if len(groups) != 2 or not groups[0][1] or len(groups[0][1]) != len(groups[1][1]):
        return None
    if groups[0][1] != groups[1][1] and [w.lower() for w in groups[0][0]] != [w.lower() for w in groups[1][0]]:
        return None
    if any(month_number(words[-1]) is not None or not words[0][:1].isupper() for words, _ in groups):
        return None  # ``Opleiding februari 2018 maart 2018``: months of one table's header
    if any(word.lower().strip("()%:") in DERIVED_WORDS or "%" in word for word in groups[1][0]):
        return None  # ``… 2021 Aandeel 2021``: a column of shares beside the counts
    n = len(groups[0][1])
    rows = [item.texts[-1] for item in region.items if item.kind in ("row", "total") and item.texts]
    if not rows or 2 * sum(1 for text in rows if len(numbers_in(text)) >= 2 * n) <= len(rows):
        return None
    return " ".join(groups[0][0] + groups[0][1])


def _codes_in_prose(region: Region) -> bool:
    """Whether `region`'s rows are a sentence's pieces: each a code and its name ending the sentence
    or a part of it (``908018: Verkorte educatieve bacheloropleiding.``, a legend of the codes a
    table on its side names in its header, wrapped so a code begins a line), no figure among them."""
    rows = [item for item in region.items if item.kind == "row"]
    return bool(rows) and len(rows) == len(region.items) and all(
        item.code and item.texts and item.texts[0].rstrip()[-1:] in ".;," for item in rows)


def _figures_together(region: Region, n: int) -> bool:
    """Whether most rows and totals of `region` end in `n` figures or more, no word among them."""
    rows = [item.texts[-1] for item in region.items if item.kind in ("row", "total") and item.texts]
    return bool(rows) and 2 * sum(1 for text in rows if len(numeric_tail(text)[1]) >= n) > len(rows)


def _columns_per_period(header: str, n: int) -> tuple[str, ...]:
    """The names of the columns a header prints under each of its `n` periods, on a line of
    their own below them (``Opleiding 2021 2022`` / ``uitgevoerd geslaagd uitgevoerd
    geslaagd`` → ``uitgevoerd``, ``geslaagd``): the words after the last period, the same two
    or more repeated once per period; else none."""
    words = header.split()
    last = max((k for k, word in enumerate(words) if _PERIOD_WORD.fullmatch(word)), default=None)
    return _repeated_names(words[last + 1:] if last is not None else [], n)


def _repeated_names(words: list[str], n: int) -> tuple[str, ...]:
    """The two names or more that `words` repeat `n` times over (``uitgevoerd geslaagd
    uitgevoerd geslaagd``, n = 2 → ``uitgevoerd``, ``geslaagd``), or none."""
    m = len(words) // n if n else 0
    if m < 2 or m * n != len(words) or any(word[:1].isdigit() for word in words):
        return ()
    first = [word.lower() for word in words[:m]]
    if any([word.lower() for word in words[k:k + m]] != first for k in range(m, len(words), m)):
        return ()
    return tuple(words[:m])


def _columns_among_periods(header: str) -> tuple[str, ...]:
    """The names of the columns a header prints under each of its periods where the layout set
    them among the periods, no list of periods left (``Opleiding uitgevoerd 2021 geslaagd
    uitgevoerd 2022 geslaagd`` → ``uitgevoerd``, ``geslaagd``): the words after the first, the
    periods taken out, the same two or more repeated once per period (each period printed once,
    or once per column: ``2022 inschr. 2022 personen 2023 inschr. 2023 personen``); else none.
    One period shows no repeat: its names are columns only where it is printed once over each
    (``Opleiding 2022 inschr. 2022 personen``) — not every word of a header that names a year
    once (``Cijfers 2021 VDAB`` / ``Opleiding Aantal``)."""
    words = header.split()
    printed = [word for word in words if _PERIOD_WORD.fullmatch(word)]
    n = len(set(printed))
    if not n:
        return ()
    names = _repeated_names([word for word in words[1:] if not _PERIOD_WORD.fullmatch(word)], n)
    return names if n > 1 or len(names) == len(printed) else ()


def _extra_figures(item: Item, found: list[Placement], n: int, spans: Spans | None) -> tuple[int, ...]:
    """The figures of a line that even its reading with the most figures puts into the label
    without evidence that they are the label's digits: more counts than the table has periods
    (``… 1ste jaar 12 22`` under one period: two counts, one column — not the label ``… jaar
    12``; ``… Hoger 59 37 96`` under two periods, a total column the header did not show).
    Their positions under a laid-out header are evidence enough; so are one-digit numbers after
    ``module``, ``niveau``, a hyphen (``modules 1- 4 12``). Every figure they and the counts
    make is returned, to be reported."""
    if not found or (spans and place_by_position(item.texts[-1], spans) is not None):
        return ()
    if item.suffix and continues_range(item.suffix[0]):
        return ()  # ``… 2de jaar 2 42`` / ``- 3 lager``: the label's range 2 - 3 goes on below its count
    most = max(map(_figure_count, found))
    fullest = [r for r in found if _figure_count(r) == most]
    # (none where one of the fullest leaves no number in the label: ``laaggeschoold 50 1 442 51 49 /``
    # under five periods is 50, 1.442, 51, 49 and a blank — or the label ``laaggeschoold 50``; the totals choose)
    unproven = unproven_label_numbers(" ".join([*item.texts[:-1], fullest[0].label]))
    if not unproven or any(not unproven_label_numbers(" ".join([*item.texts[:-1], r.label])) for r in fullest[1:]):
        return ()
    return tuple(number_value(t) for t in unproven) + tuple(v for v in fullest[0].values if v is not None)  # first of the fullest


def _figure_count(placement: Placement) -> int:
    """How many of a reading's values are figures (not blanks)."""
    return len(placement.values) - placement.values.count(None)


def _groups(items: list[Item]) -> list[tuple[list[Item], Item | None]]:
    """Rows with the total line that closes them (a block's subtotal, or the table total) — or,
    where the table prints its total first (``Vlaanderen`` above the provinces), that opens them;
    so does a block's subtotal on the block's head line (:attr:`Item.opens`)."""
    groups: list[tuple[list[Item], Item | None]] = []
    rows: list[Item] = []
    opening: Item | None = None
    head: Item | None = None  # the subtotal above the rows since
    for item in items:
        if item.kind == "row":
            rows.append(item)
        elif item.kind in ("subtotal", "total"):
            if rows:
                groups.append((rows, head or (None if item.opens else item)))
            elif item.kind == "total" and not groups and head is None:
                opening = item  # a total above every row
            rows, head = [], item if item.opens else None
    if rows:
        groups.append((rows, head or opening))
    return groups


def _emit(
    table: Table, region: Region, readings: dict, labels: tuple[str, ...], issues: list[ParseIssue],
    spans: SpansAt = lambda line: None, collapsed: bool = False, refused: set[int] | None = None,
    withheld: "set[int] | frozenset[int]" = frozenset(), *, words: frozenset[str],
) -> None:
    n = len(labels)
    blocks = _blocks(region.items, table.id, issues, region.seams)
    table_semantics = "unique" if table.unique_persons else "additive"
    partition = table.layout.partition
    # blocks each headed by a category of one attribute (``Man`` / ``Vrouw`` over coded rows, a
    # compact pivot): the grand total over them is a partition of its persons
    partitioned = _partition_blocks(region.items)
    total_column = table.layout.total_column
    # the rows count events (enrolments) where the table does, or where a total line over them
    # says so (``Totaal inschrijvingen`` beside ``Totaal unieke cursisten``: the rows add up to
    # the enrolments, not to the persons); looked at only for a total of persons over them
    rows_of_events: bool | None = not table.unique_persons or table.measure == "enrolled" or None
    rows_since_total = False
    first_row = next((i for i, item in enumerate(region.items) if item.kind == "row"), len(region.items))
    opening = {id(item) for item in region.items[:first_row] if item.kind == "total"}  # above every row
    subtotalled = any(item.kind == "subtotal" for item in region.items)
    asides: dict[str, list[Item]] = {}
    parent: tuple[int, tuple[int | None, ...]] | None = None  # the last line read: its line and figures
    for item in region.items:
        if id(item) in withheld:
            parent = None
            continue  # reported: a count withheld
        if item.kind in ASIDE_KINDS:
            asides.setdefault(item.kind, []).append(item)
            if item.kind == "subset" and parent is not None:
                table.subsets.extend(_subsets(item, labels, *parent))
            elif item.kind != "subset":
                parent = None
            continue
        parent = None
        if item.kind == "junk":
            numbers = numbers_in(_without_ordinal(item.texts[0])) or _dashed_number(item.texts[0])
            if numbers and _note_among_rows(item.texts[0]):
                continue  # (``Noot: in 2023 telden 14 cursisten …`` between the rows and their total: the note's figures)
            if numbers and (marked := marks_after_figures(item.texts[0])) is not None:
                # ``Brussel  3  *``: a row whose figures end in a mark no footnote explains (a count
                # withheld?) — no stray number, a row unread, said so, the totals over it not checked
                issues.append(ParseIssue(
                    "ambiguous-alignment", item.last_line, "withheld", numbers, table.id, unread=True,
                    label=fold(marked[0]) or None, periods=labels, other=" ".join(marked[1]),
                ))
                table.unresolved = True
            elif numbers:
                issues.append(ParseIssue(
                    "stray-number", item.last_line, "no-row", numbers, table.id, text=fold(item.texts[0]),
                ))
            elif (odd := not_a_count(item.texts[0], len(labels))) is not None:
                # a row whose only value is no count (``Limburg  -4``): no figure made it a row, but
                # it is one — unread, said so, and the totals over it not checked
                issues.append(ParseIssue(
                    "unreadable-table", item.last_line, "not-a-count", (), table.id, unread=True,
                    label=fold(item.texts[0][: item.texts[0].rstrip().rfind(odd[1])].strip()) or None,
                    text=odd[0], other=odd[1], periods=tuple(p.label for p in table.periods),
                ))
                table.unresolved = True
            continue
        if item.kind in ("province", "sector"):
            continue
        block_province, block_sector = blocks.get(id(item), (None, None))
        if item.kind == "row":
            reading = readings.get(id(item))
            if reading is None:
                continue
            rows_since_total = True
            if item.code:
                label, province = _row_label(item, reading, words), block_province
            else:
                label = (_label(item, reading.label, words) if reading.label_lines is None
                         else _lines_label(item, reading, words))
                if item.programme:  # (``1ste jaar`` under its programme's name: that programme's year)
                    label = f"{item.programme} - {label}"
                named = province_name(label) if table.layout.rows == "province" else None
                province = named or block_province
            code = item.code
            if code is None and table.layout.rows == "code" and (bracketed := _BRACKETED_CODE.fullmatch(label)):
                # the programme's name with its training code after it (``Zorgkundige (900124)``):
                # the row's code, checked against the sector and the stages as a leading one is
                label, code = bracketed["name"], bracketed["code"]
            level, semantics, sector = "row", None, block_sector
        else:
            if id(item) in readings:  # a total read while placing its rows
                reading = readings[id(item)]
            else:
                found = _total_place(item, n, spans(item.last_line), collapsed)
                if _refused(item, found, n, spans(item.last_line), table, issues):
                    continue
                if len(found) > 1 and (found[1].rank, found[1].exact) == (found[0].rank, found[0].exact):
                    # no rows to choose between two readings as good (``Totaal 170 137 1 787`` under
                    # three periods, alone: which figures join into counts): none is guessed
                    if _thousands_apart(item.texts[-1], n):
                        issues.append(_thousands_unclear(item, table))
                    else:
                        _unsettled(item, found, table, issues, labels, set())
                    continue
                reading = found[0] if found else None
            if reading is None:
                if refused and id(item) in refused:
                    continue  # reported: more figures than periods
                issues.append(ParseIssue(
                    "unreadable-table", item.last_line, "total-without-numbers", (), table.id,
                    label=fold(" ".join(item.texts)), level=_level(item),
                ))
                continue
            label = fold(" ".join([*item.texts[:-1], reading.label, *item.suffix]))  # (its words wrapped below it too)
            if (inside := _figures_in_words(label)):
                # figures among a total line's words (``Totaal Antwerpen 360 107 115432387 Educatieve
                # … x x 11``: its own figures run into the next row's code and name): which are its
                # counts cannot be told — not read, said at its line
                issues.append(ParseIssue(
                    "unreadable-table", item.last_line, "figures-in-total-label",
                    (*inside, *(v for v in reading.values if v is not None)), table.id, label=label, unread=True,
                    periods=tuple(p.label for p in table.periods), level=_level(item),
                ))
                table.unresolved = True
                continue
            own = unit_of(_TOTAL_PREFIX.sub("", label))
            # (a subtotal on its block's head line totals the rows below it: ``Mannen 420`` over age
            # classes; a grand total, ``Eindtotaal``, is over the blocks where the table has any; else
            # over its rows)
            over_rows = (rows_since_total or id(item) in opening or item.opens) and not (
                item.kind == "total" and item.province == "*" and subtotalled)
            if partition and over_rows and own and own[0] == "unique" and rows_of_events is None:
                rows_of_events = any(
                    other.kind == "total" and (unit_of(" ".join(other.texts)) or ("",))[0] == "additive"
                    for other in region.items
                )
            if partition and over_rows and own and own[0] == "unique" and rows_of_events:
                semantics = "unique"  # persons over rows of events (enrolments): one person may have two
            elif partition and over_rows:
                semantics = "additive"  # a partition of its persons, whatever the unit (words.py)
            elif partitioned and item.kind == "total":
                semantics = "additive"  # over blocks of one attribute's categories: a partition too
            elif own:
                semantics = own[0]
            else:
                semantics = table_semantics
            if item.kind == "subtotal":
                level, code, province, sector = "subtotal", None, item.province, item.sector
            else:
                level, code, province, sector = "total", None, None, None
        line, cell_level = _figures_line(item, reading), cast(Level, level)
        if table.withheld and level == "row":  # its withheld counts say their row as its cells do
            table.withheld = [
                replace(w, code=code, province=province, label=label, level=level, block=sector) if w.line == line else w
                for w in table.withheld
            ]
        parent = (line, reading.values)
        for period, value in zip(labels, reading.values):
            if value is None:
                continue
            cell_semantics = semantics
            if level == "row" and (period == "Totaal" or is_subtotal_column(period)) and total_column:
                cell_semantics = table_semantics
            elif partition and period == "Totaal" and total_column and table.layout.attribute in CHANGING_ATTRIBUTES:
                cell_semantics = table_semantics  # over several periods a person's class can change (words.py)
            table.cells.append(Cell(
                level=cell_level, period=period, count=value, line=line,
                code=code, label=label, province=province, semantics=cell_semantics, block=sector,
            ))
    issues.extend(_aside_rows(table, kind, items, n) for kind, items in asides.items())


#: A word of a note's sentence: three letters at least (``Noot: in 2023 telden 14 cursisten``).
_NOTE_WORD = re.compile(r"[^\W\d_]{3}")


def _note_among_rows(text: str) -> bool:
    """Whether `text`, a line among a table's rows that is no row, is a note printed inside the table
    (``Noot: …``, ``Bron: VDAB …``, ``* 2023: …``: :data:`~okot_audit.patterns.NOTE_LINE`) whose
    words say what its figures are — a note's figures, as a footnote's below the table are, never a
    row's lost label (a mark before figures alone, ``* 12 14``, is no note)."""
    note = NOTE_LINE.match(text)
    return note is not None and _NOTE_WORD.search(text, note.end()) is not None


def _partition_blocks(items: list[Item]) -> bool:
    """Whether every block of `items` has a subtotal naming a category of one attribute of a
    person: on its head line (:attr:`Item.opens`: ``Man``, ``Vrouw``; ``-25 jaar``) or closing it
    (``Totaal mannen``, ``Totaal vrouwen``). A block of persons whose value is not known
    (``Onbekend``, ``Niet gekend`` beside ``Man`` / ``Vrouw``) is one of the same attribute's."""
    heads = [i for i in items if i.kind == "subtotal"]
    if len(heads) < 2 or not all(i.sector for i in heads):
        return False
    attributes = {partition_of(i.sector or "") for i in heads}
    attributes = attributes - {"unknown"} or attributes
    return len(attributes) == 1 and None not in attributes


def _subsets(item: Item, labels: Sequence[str], of_line: int, figures: tuple[int | None, ...]) -> list[Subset]:
    """The figures of a row that counts a subset of the line above it (``waarvan vrouwen 90
    140``), each under its period: one figure per period (a dash for a blank), or one per
    figure of that line (its blanks are the row's). None where the row prints other values
    (shares, decimals) or another number of them: it is then only reported as not checked."""
    label, values = _aside_label_values(item, len(labels))
    values = [v for v in values if not BRACKETED_SHARE.fullmatch(v)]  # (``456 (37%)``: the count's share)
    if len(values) == len(labels):
        periods = list(labels)
    elif len(values) == sum(1 for v in figures if v is not None):
        periods = [p for p, v in zip(labels, figures) if v is not None]
    else:
        return []
    found = []
    for period, value in zip(periods, values):
        if value in ("-", "\u2013"):
            continue
        if not is_number(value):
            return []
        found.append(Subset(item.last_line, period, number_value(value), label, of_line))
    return found


def _aside_label_values(item: Item, periods: int) -> tuple[str, list[str]]:
    """An aside row's label and its values as printed in a table of `periods` columns
    (:func:`~okot_audit.parse.regions.aside_values`), the name's end printed below the figures
    the label's (``2de jaar``)."""
    label, values = aside_values(" ".join(t.strip() for t in item.texts), periods)
    return " ".join([label, *(t.strip() for t in item.suffix)]), values


def _aside_rows(table: Table, kind: str, items: list[Item], periods: int) -> ParseIssue:
    """The ``column-not-checked`` record of a table's rows of one aside kind (unread.aside_record)."""
    return aside_record(kind, [(item.last_line, *_aside_label_values(item, periods)) for item in items], table.id)


def _blocks(
    items: list[Item], table_id: str, issues: list[ParseIssue], seams: frozenset[int] = frozenset(),
) -> dict[int, tuple[str | None, str | None]]:
    """Each row's block: the province (or sector) its closing ``Totaal X`` line names — or,
    in a table with no closing lines whose provinces head their rows (:func:`~okot_audit.parse.regions.headed_blocks`),
    the province that heads it."""
    headed = headed_blocks(items, seams)
    if headed is not None:
        return headed
    out: dict[int, tuple[str | None, str | None]] = {}
    rows: list[Item] = []
    floating: list[Item] = []
    closed: list[Item] = []  # the rows of the blocks closed since the last subtotal over blocks
    for item in items + [Item("end", [0])]:
        if item.kind == "row":
            rows.append(item)
        elif item.kind in ("province", "sector"):
            floating.append(item)
        elif item.kind in ("subtotal", "total", "end"):
            named = item.province if item.kind == "subtotal" else None
            sector = item.sector if item.kind == "subtotal" else None
            if item.kind != "subtotal" and rows and any(f.province for f in floating):
                named = next(f.province for f in floating if f.province)
                if item.kind == "end" or item.province == "*":
                    issues.append(ParseIssue(
                        "unreadable-table", rows[-1].last_line, "block-not-closed", (), table_id,
                        named, other_line=rows[0].lines[0],
                    ))
            for label in floating:
                if item.kind == "subtotal" and label.province and named and label.province != named:
                    issues.append(ParseIssue(
                        "province-label-mismatch", label.lines[0], "label-differs", (), table_id,
                        named, other_line=item.last_line, other=label.province,
                    ))
            for row in rows:
                out[id(row)] = (named, sector)
            if item.kind == "subtotal" and not rows and (named or sector):
                # three levels: a subtotal over the blocks above it (``Totaal Limburg``, then
                # ``Subtotaal zorg``; or ``Subtotaal onderwijs``, then ``Totaal Antwerpen``): their
                # rows are in its block too
                for row in closed:
                    province, block = out[id(row)]
                    out[id(row)] = (province or named, block or sector)
                closed = []
            else:
                closed = closed + rows if item.kind == "subtotal" else []
            if item.kind != "total":
                rows, floating = [], []
            else:
                floating = []
    return out


def _figures_line(item: Item, reading: Placement) -> int:
    """The line a row's cells stand on as `reading` reads it: the line above its last it takes the
    figures from (:func:`_figures_above`: ``… - deel 9`` / ``2``, the 9 on the first), else the
    row's last line."""
    at = reading.figures_at
    if at is None or len(item.lines) != len(item.texts) + len(item.suffix):
        return item.last_line
    return item.lines[at]


def _figures_above(item: Item, n: int, collapsed: bool) -> list[Placement]:
    """Readings that take a row's figures from a line above its last, where the last holds one
    number its label may own: an extractor that sorts a cell's words by height puts a count
    centred on a wrapped label among the label's lines (``… modules 1- 12`` / ``4`` may be
    ``… modules 1- 4`` counting 12; ``Hoger beroepsonderwijs`` / ``2`` / ``… module 5`` may
    count 2). Ranked after the last line's own readings: the totals choose, or the row is
    reported as ambiguous."""
    texts = item.texts
    if len(texts) < 2 or len(numeric_tail(texts[-1])[1]) != 1:
        return []
    out = []
    for j in range(len(texts) - 1):
        head, tail = numeric_tail(texts[j])
        if not tail or ordinal_number_above(texts[j], texts[j + 1]):
            continue  # (``… traject - 1`` / ``ste jaar 2``: an ordinal's number, the label's)
        lines = (*texts[:j], head, *texts[j + 1:])
        if not ends_in_label_number(" ".join(line for line in (*lines, *item.suffix) if line.strip())):
            continue
        for reading in placements(texts[j], n, collapsed=collapsed):
            out.append(replace(reading, exact=False, rank=reading.rank + 200, label_lines=lines, figures_at=j))
    return out


def _count_before_range(item: Item) -> Placement | None:
    """Under one period, a row whose line above its last ends in one digit that its last line
    goes on with as a range's end (``Kapper 2`` / ``- 3 4``, ``- 3 4 5``): the name's range
    (``Kapper 2 - 3`` counting 4, the last line's own reading) — or the digit is the row's
    count and the line below it no part of its name, its figures then read by no reading of
    the row (:func:`_leaves_figures_unread`). Ranked after the others: where the totals fit it
    (``Totaal 7`` over ``Kapper 2`` and ``Logistiek 5``) the row is said, never read either way."""
    above, last = item.texts[-2], item.texts[-1]
    if not continues_range(last):
        return None
    head, tail = numeric_tail(above)
    end = OPEN_RANGE_END.match(last)
    if len(tail) != 1 or len(tail[0].group()) != 1 or not head.strip() or end is None or int(end.group(1)) <= int(
            tail[0].group()):
        return None
    return Placement(label=head.strip(), values=(int(tail[0].group()),), exact=False, rank=300,
                     label_lines=(*item.texts[:-2], head))


def _count_or_range(item: Item, reading: Placement | None, option: list[Placement], status: str, n: int) -> bool:
    """Whether row `item` (its readings `option`, `reading` the one the choice of its group
    took with `status`) is to be said as its count or its name's range
    (:func:`_count_before_range`): the totals took its count — the figures below it then read by
    no reading — or fit several readings, that one among them. Where they took the range's
    reading only, it is read."""
    if reading is None or n != 1 or len(item.texts) < 2 or not any(r.rank == 300 for r in option):
        return False
    counted = _count_before_range(item)
    if counted is None or counted not in option:
        return False
    return reading == counted or (status in ("ambiguous", "no-total") and len(option) > 1)


def _count_or_range_issue(item: Item, option: list[Placement], table: Table, words: frozenset[str]) -> ParseIssue:
    """The ``ambiguous-alignment`` of a row whose digit may be its count or open its name's range
    (:func:`_count_or_range`): the digit, its line, the name with the range, every figure."""
    above, last = item.texts[-2], item.texts[-1]
    digit = numeric_tail(above)[1][0].group()
    ranged = next((r for r in option if r.rank != 300), option[0])
    name = fold(joined_name(list(ranged.label_lines), words)) if ranged.label_lines else _label(item, ranged.label, words)
    if item.code and name.startswith(item.code):
        name = name[len(item.code):].lstrip(" :")
    numbers = (int(digit), *numbers_in(last))
    return ParseIssue(
        "ambiguous-alignment", item.last_line, "count-or-range", numbers, table.id, unread=True, code=item.code,
        label=None if item.code else _plain_label(item, words), periods=tuple(p.label for p in table.periods),
        text=name, other=digit, other_line=item.lines[-2] if len(item.lines) > 1 else item.last_line - 1,
        level=_level(item),
    )


def _range_closed_below(item: Item, n: int, collapsed: bool) -> list[Placement]:
    """Readings of a row whose label line above its figures ends in an open range or a word a
    label's number follows (:func:`~okot_audit.parse.cells.numbered_word`: ``Educatieve … fase
    1-`` / ``2 10``): the first number below closes the label (``fase
    1-2``, counting 10) — or it is a count, as the last line's own readings say. Ranked after
    those: the totals choose, or the row is reported as ambiguous."""
    texts = item.texts
    if not collapsed or len(texts) < 2 or not numbered_word(" ".join(texts[-3:-1]).split()):
        # (the word before the last line's, with the one before it: an ordinal on the line above
        # numbers it already, ``bacheloropleiding - 2e`` / ``jaar`` / ``15 94 52 106``)
        return []  # (where spacing marks blanks, the line's own readings say it exactly)
    last = texts[-1]
    first = NUMBER.match(last.lstrip())
    if first is None or first.end() != len(last.lstrip().split()[0]):
        return []
    rest = last.lstrip()[first.end():]
    if len(numeric_tail(rest)[1]) < 1 or numeric_tail(rest)[0].strip():
        return []  # figures only after the closing number
    own = first.group()
    return [
        replace(reading, label=f"{own} {reading.label}".strip(), exact=False, rank=reading.rank + 100)
        for reading in placements(rest, n, collapsed=collapsed)
    ]


def _hyphen_before_figures(printed: str, item: Item, n: int) -> list[Placement]:
    """Readings of a row's line as printed (`printed`, before its dash before the figures was
    made a blank) where its label goes on below its figures (``… onderwijs: opvoeder - 53 49`` /
    ``verkort traject - 2de jaar en``): the dash may part the label's words, the figures then
    placed as single-spaced text places them (no count read into the label: a number after a
    hyphen whose label goes on below is a count, :func:`~okot_audit.parse.cells.count_after_separator`).
    Ranked after the line's own readings: the totals choose, or the row is said."""
    head, tail = numeric_tail(printed)
    if not item.suffix or not tail or not head.rstrip().endswith(_DASHES):
        return []
    return [replace(reading, exact=False, rank=reading.rank + 100)
            for reading in placements(printed, n, collapsed=True)
            if not count_after_separator(reading.label, item.suffix[0]) and not is_number(reading.label.split()[-1])]


def _range_opened_before_figures(item: Item, n: int, collapsed: bool) -> list[Placement]:
    """Readings of a row whose label goes on below its figures with a range's end, in text
    without blank marks (``… Tweedekansonderwijs 2 28 36 42 44 19`` / ``- 3``: the label's ``2 -
    3``): the first number on the figures' line opens that range, the label's, the figures after
    it the row's — or it is a count, as the line's own readings say (a label may end in ``- 3``
    after a word). Ranked after those: the totals choose, or the row is said."""
    if not collapsed or not item.suffix or not OPENS_WITH_RANGE_END.match(item.suffix[0]):
        return []
    head, tail = numeric_tail(item.texts[-1])
    if len(tail) < 2 or not head.strip():
        return []
    rest = item.texts[-1][tail[1].start():]
    own = f"{head.rstrip()} {tail[0].group()}"
    return [
        replace(reading, label=own, exact=False, rank=reading.rank + 100)
        for reading in placements(rest, n, collapsed=collapsed)
    ]


def _dashed_number(text: str) -> tuple[int, ...]:
    """The number of a line that is a number between dashes glued to it (``-2-``) or in brackets
    (``(10)``), which :func:`~okot_audit.parse.cells.numbers_in` takes for no number, or none."""
    mark = page_mark(text)
    if mark is not None and mark.dashed:
        return (mark.number,)
    bracketed = BRACKETED_NUMBER.fullmatch(text.strip())
    return (int(bracketed.group(1)),) if bracketed else ()



def _dashes_made_blanks(unmarked: tuple[str, ...], lines: tuple[str, ...]) -> dict[int, str]:
    """The lines (1-based) whose marks (dashes, slashes, ``x``) :func:`~okot_audit.parse.blanks.mark_blanks`
    made blanks, each as it stood before: a dash between two figures may be a blank or close a name's range
    (``verpleegkunde - fase 1 - 2 4 2`` under four periods), which the totals choose
    (:func:`_range_ended_on_its_line`). Lines it left alone are the same objects: no comparing."""
    return {
        k + 1: before for k, (before, after) in enumerate(zip(unmarked, lines))
        if before is not after and before != after
    }


def _without_dashes(text: str) -> list[str]:
    """`text`'s words, its dashes standing alone left out."""
    return [w for w in text.split() if w not in _DASHES]


def _range_ended_on_its_line(text: str, n: int, above: str = "") -> list[Placement]:
    """Readings of a row's line, in text whose spacing marks blanks elsewhere, where its label
    ends in an open range right before its figures and the first figure is one digit
    (``924422: bijkomende -1ste jaar 2 - 3 15 46`` under three periods, pdfplumber's text): the
    digit closes the range (``2 - 3``), and the figures after it, fewer than the periods, stand
    anywhere — single spaces show no blank there. The range may open on the row's line `above`
    (``… verpleegkunde - fase 1`` / ``- 2 1 2``, ``… fase 1 -`` / ``2 1 2``, ``… modules`` / ``1- 4 1
    2 1``: a name wrapped inside its range, pdfplumber's and pypdf's text of bottom-set cells). Ranked after the line's own
    reading (``3 15 46``): the totals choose, or the row is reported as ambiguous."""
    if "-" not in text and "\u2013" not in text and above.rstrip()[-1:] not in ("-", "\u2013"):
        return []  # (no dash: most rows)
    head, tail = numeric_tail(text)
    if not 2 <= len(tail) <= n or len(tail[0].group()) != 1:
        return []  # (more figures than periods: the line's own readings give the digit to the label)
    # (no word before the figures: the name's words and its range's start stand on the line above)
    opened = f"{above.rstrip()} {head.strip()}" if above and _WORD.search(head) is None else head
    if _OPEN_RANGE_BEFORE.search(opened) is None:
        return []
    if "  " in text[len(head.rstrip()):]:
        return []  # (its spacing shows where a blank is: ``modules 1- 4  1 45 63 799``, ``1- 4 17  ``)
    own = text[: tail[0].end()]
    return [
        replace(reading, label=f"{own.strip()} {reading.label}".strip(), exact=False, rank=reading.rank + 100)
        for reading in placements(text[tail[0].end():].strip(), n, collapsed=True)
    ]


def _dashes_as_blanks(item: Item, n: int) -> list[Placement]:
    """The reading of a row's last line, in lower case below its code's line with figures fewer
    than the `n` periods (``900124: Zorgkundige traject - 7`` / ``modules 1- 4 zorgkundige 2 -
    3``), whose digits and dashes, as many as the periods, are figures and blanks' marks (2, a
    blank, 3): the reading the marks would give where they are blanks, left unmarked there
    (:func:`~okot_audit.parse.blanks.ranges_below_short_code_line`) because the dashes may be
    the name's ranges. Ranked after the line's own readings and those of the figures above: the
    totals choose, or the row is reported as ambiguous."""
    above, text = item.texts[-2], item.texts[-1]
    if not ranges_below_short_code_line(above, text, n):
        return []
    words = list(re.finditer(r"\S+", text))
    run = [w.group() for w in words[len(words) - n:]] if len(words) > n else []
    if not run or run[0] in _DASHES or run[-1] in _DASHES or not any(w in _DASHES for w in run):
        return []
    if not all(w in _DASHES or NUMBER.fullmatch(w) for w in run):
        return []
    values = tuple(None if w in _DASHES else int(w) for w in run)
    return [Placement(label=text[: words[len(words) - n].start()].rstrip(), values=values, exact=False, rank=300)]


#: A dash standing alone: a blank's mark or a name's range.
_DASHES = ("-", "\u2013", "\u2014")


#: A word's letter (a line's figures with none before them go on from the line above).
_WORD = re.compile(r"[^\W\d_]")


#: A label that ends in a range left open by one digit after a word (``jaar 2 -``, ``fase 1-``)
#: or after a range of its own (``fase 1 - 2 4 -``: ``1 - 2`` and ``4 - 6``), its start on the
#: line above (``… fase 1`` / ``- 2 4 -``).
_OPEN_RANGE_BEFORE = re.compile(
    r"(?:[^\W\d_][\w)]*|\d\s*[-\u2013]\s*\d|^\s*[-\u2013]\s*\d)\s+\d\s*[-\u2013]\s*$")


def _same_label_throughout(items: list[Item], placed: dict[int, list[Placement]], words: frozenset[str]) -> None:
    """Where a row's figures may stand on more than one of its lines (:func:`_figures_above`),
    or its label may end in its first figure (``module 5 13`` under two periods, :func:`_label_number_first`),
    keep the readings that give the row's code the label it has in every block of the table: a
    code's label is the same wherever it stands, its counts differ (``modules 1- 4`` counting
    12 in one province and 16 in the next, not ``modules 1- 12`` and ``modules 1- 16``)."""
    by_code: dict[str, list[Item]] = {}
    for item in items:
        if item.kind == "row" and item.code and placed.get(id(item)):
            by_code.setdefault(item.code, []).append(item)
    for rows in by_code.values():
        if len(rows) < 2:
            continue
        found = {id(item): plain([placed[id(item)]])[0] for item in rows}  # (a later tier's: _unprinted_with_labels)
        if not any(p.label_lines is not None for item in rows for p in found[id(item)]) and not any(
                len({p.label for p in found[id(item)]}) > 1 for item in rows):  # (or its label may end in a figure)
            continue
        shared = set.intersection(*({_option_label(item, p, words) for p in found[id(item)]} for item in rows))
        if len(shared) != 1:
            continue
        label = shared.pop()
        for item in rows:
            placed[id(item)] = [p for p in found[id(item)] if _option_label(item, p, words) == label] + [
                p for p in placed[id(item)] if p.tier]


_NAME_TOKEN = re.compile(r"[^\W_]+")


def _name_ending(catalogue: Catalogue, code: str) -> tuple[str, ...]:
    """The last two words of `catalogue`'s name of `code`, lower case; () when it has none."""
    entry = catalogue.entries.get(code)
    return tuple(w.lower() for w in _NAME_TOKEN.findall(entry.label)[-2:]) if entry is not None else ()


def _catalogue_named(code: str, found: list[Placement], catalogue: Catalogue) -> list[Placement]:
    """The readings of a coded row whose label ends as `catalogue`'s name of its code ends in
    a number of its own (900715's ``… - module 5``: ``module 5 13`` is the label's 5 and one
    count, not ``module`` and two), where some but not all of its readings' labels do; else all.
    `catalogue` is the one the answer is read with: a user's own codes' names count too."""
    ending = _name_ending(catalogue, code)
    if len(ending) < 2 or not ending[-1].isdigit():
        return found
    named = [r for r in found if tuple(w.lower() for w in _NAME_TOKEN.findall(r.label)[-2:]) == ending]
    return named if named and len(named) < len(found) else found


def _option_label(item: Item, reading: Placement, words: frozenset[str]) -> str:
    return _label(item, reading.label, words) if reading.label_lines is None else _lines_label(item, reading, words)


def _row_label(item: Item, reading: Placement, words: frozenset[str]) -> str:
    text = _label(item, reading.label, words) if reading.label_lines is None else _lines_label(item, reading, words)
    match = CODE_LINE.match(text)
    return fold(match.group("rest")) if match else text


def _lines_label(item: Item, reading: Placement, words: frozenset[str]) -> str:
    return fold(joined_name([line for line in (*(reading.label_lines or ()), *item.suffix) if line.strip()], words))


def _without_code(text: str) -> str:
    match = CODE_LINE.match(text)
    return match.group("rest") if match else text


def _strip_periods(header: str) -> str:
    """The header's words without its periods — nor the months' names of periods whose years
    alone end it, a name for each year (laid-out text prints a month's name in its cell above
    its year: ``… maar niet   mei   juni`` / ``geslaagde OKOT'(s)   2021   2021``)."""
    words, periods = split_periods(header)
    if len(periods) == 1 and (dangling := DANGLING.search(words)) is not None:
        words = words[:dangling.start()]  # (``Aantal cursisten in 2021``: the title ``Aantal cursisten``)
    years = sum(1 for label, _ in periods if YEAR.fullmatch(label))
    heads = list(_MONTH_NAME.finditer(words))
    if not heads or len(heads) != years:
        return words
    for head in reversed(heads):
        words = words[:head.start()] + words[head.end():]
    return " ".join(words.split())


#: A month's name as a word.
_MONTH_NAME = re.compile(r"(?<!\S)" + MONTH_WORD + r"(?!\S)", re.I)


def _item_start(lines: tuple[str, ...], region: Region) -> int | None:
    """0-based line of the numbered item (``2.``) whose text goes on past `region` (the table
    above) with no other item begun since; None when the table stands in none."""
    first = region.header_lines[0] if region.header_lines else region.start
    for k in range(first - 2, -1, -1):
        if NUMBERED.match(lines[k]):
            return k
    return None


#: A lettered sub-item's mark (``a)``, ``b)``) and a numbered item's (``2.``).
_LETTERED = re.compile(r"^\s*[a-z]\)\s")
_NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}\.\s")


def _item_lead(lines: tuple[str, ...], floor: int, top: int) -> str:
    """Where the table stands in a lettered sub-item (``a) per schooljaar``, at the table's top
    line `top` (0-based: the sub-item's words may open its header) or above it, below `floor`),
    the words its numbered item opens with before its first sub-item (``2. Hoeveel van hen
    behaalden een diploma?``), which say what every sub-item's table counts, with a line break;
    else ``""``. A sub-item's own words stand nearer the table and win where they differ."""
    sub = next((k for k in range(min(top, len(lines) - 1), floor - 1, -1) if NUMBERED.match(lines[k])), None)
    if sub is None or not _LETTERED.match(lines[sub]):
        return ""
    for k in range(sub - 1, -1, -1):
        if _NUMBERED_ITEM.match(lines[k]):
            end = next(j for j in range(k + 1, sub + 1) if _LETTERED.match(lines[j]))
            return "\n".join(lines[k:end]) + "\n"
    return ""


def _section_start(lines: tuple[str, ...], floor: int, before: int) -> int:
    """0-based start of the answer item (``1.``, ``2.`` …) that holds the table's header; where
    none does (an annex: captions, no numbered items), the first line after the footnotes of
    the table above (``*Voor het jaar 2020 …`` speaks of that table, not of this one)."""
    for k in range(before - 1, floor - 1, -1):
        if NUMBERED.match(lines[k]):
            return k
    start = floor
    while start < before - 1 and (not lines[start].strip() or lines[start].lstrip().startswith("*")):
        start += 1
    if floor:  # (under the table above, the words before this one's lead-in are that table's: :func:`_said_below`)
        lead = _next_lead(lines, start, before)
        return start if lead is None else lead
    return start


def _next_lead(lines: tuple[str, ...], start: int, end: int) -> int | None:
    """0-based first line, between two tables (from `start` under the first, up to `end`), of
    the words that lead the second: a numbered item (``2.``), a caption (``Tabel 2. …``), or
    the paragraph of a sentence that points forward at it (``Voor 2023 zijn enkel de cijfers tot
    juni beschikbaar. Hieronder …``, ``… als volgt:``); None where nothing does (an unmarked
    sentence between two tables leads neither by its words). The lines above it speak of the
    first table (``De cijfers voor 2023 betreffen enkel januari–juni.`` right under it)."""
    for k in range(start, end):
        text = lines[k]
        if NUMBERED.match(text) or _NEXT_CAPTION.match(text):
            return k
        if _LEADS_ON.search(text):
            while k > start and lines[k - 1].strip():
                k -= 1  # (the paragraph it ends: its first sentences lead on with it)
            return k
    return None


def _unled_between(lines: tuple[str, ...], floor: int, before: int) -> tuple[int, int] | None:
    """The 0-based lines (start, end) between a table that ends at 1-based `floor` and the next,
    whose first line is `before` + 1, where nothing says whose they are: no numbered item
    (``2.``), no caption (``Tabel 2.``), no words that point forward (:func:`_next_lead`) — a
    note there (``De cijfers voor 2023 betreffen enkel januari–juni.``) may speak of either
    table. None where something leads the second table, or no line stands between them."""
    if before <= floor or any(NUMBERED.match(lines[k]) for k in range(floor, before)):
        return None
    start = floor
    while start < before and (not lines[start].strip() or lines[start].lstrip().startswith("*")):
        start += 1
    if start >= before or _next_lead(lines, start, before) is not None:
        return None
    return start, before


def _sheet_start(source: Source, last: int, start: int, end: int) -> int | None:
    """Where, in the 0-based lines `start` to `end` between two tables of an annex on two sheets
    (the first's last line at `last`, the second's first at `end`), the second table's sheet
    begins: the lines above it stand on the first table's sheet, or another, and are not the
    second's. None where both stand on one sheet, or the source has no sheets."""
    sheets = source.sheets
    if not sheets or not 0 <= last < start <= end < len(sheets) or sheets[last] == sheets[end]:
        return None
    return next(k for k in range(start, end + 1) if sheets[k] == sheets[end])


def _between_lines(lines: tuple[str, ...], start: int, end: int) -> tuple[str, ...]:
    """Lines `start` to `end` (0-based) between two tables, footnotes blank (a starred note
    explains a starred period only)."""
    return tuple("" if _FOOTNOTE_START.match(line) else line for line in lines[start:end])


def _note_between_weighed(source: Source, period: Period, floor: int, first: int, earlier: Region | None,
                          earlier_table: Table | None, table_id: str, issues: list[ParseIssue]) -> Period:
    """`period`, a table's one period read from words and marked partial by a note (its
    sentence), weighed as the notes between two tables are (:func:`_unled_between`): where that
    note stands between the table above, whose header prints periods, and this one with nothing
    that places it, and the table above has the period too, the note may be either's — neither's
    period is moved (this one's read whole) and a ``note-between`` record says so, as for two
    tables that print their periods. Else `period` as it is (the table above has no such period:
    the note is this table's)."""
    if earlier is None or earlier_table is None or not floor or not earlier.period_tokens or period.note is None:
        return period
    gap = _unled_between(source.lines, floor, first - 1)
    if gap is None or _sheet_start(source, floor - 1, *gap) is not None:
        return period
    if period.label not in {p.label for p in earlier_table.periods}:
        return period  # (the table above has not the period the note names: this table's)
    between = _between_lines(source.lines, *gap)
    if fold(period.note) not in fold(" ".join(" ".join(between).split())):
        return period  # (the note stands elsewhere: above the table above, or placed)
    issues.append(ParseIssue(
        "partial-period", _line_of(period.note, between, gap[0] + 1), "note-between", (), table_id, text=period.note,
        periods=(period.label,), other_line=earlier_table.header_line,
    ))
    return replace(period, partial=False, note=None)


def _printed_periods(region: Region) -> frozenset[str] | None:
    """The periods a table's header prints (``2021``, ``2022-2023``), or None where it prints
    none or months without their year (the table's periods are then read from words)."""
    labels = [t.label for t in region.period_tokens]
    if not labels or any(label.startswith(YEARLESS) for label in labels):
        return None
    return frozenset(labels)


def _by_note(doubted: list[tuple[str, str, int]]) -> list[tuple[str, int, tuple[str, ...]]]:
    """(period, note, line) doubts grouped by their note: (note, line, its periods in order)."""
    grouped: dict[tuple[str, int], list[str]] = {}
    for period, note, line in doubted:
        grouped.setdefault((note, line), []).append(period)
    return [(note, line, tuple(periods)) for (note, line), periods in grouped.items()]


#: A numbered table's caption (``Tabel 2. Unieke cursisten …``, ``Tabel 3: …``).
_NEXT_CAPTION = re.compile(r"^\W*tabel\s+\d+\b", re.I)
#: Words by which a sentence points forward at the table below it (``Hieronder …``, ``in
#: onderstaande tabel``, ``de volgende tabel``, ``… als volgt:``, a line ending in a colon).
_LEADS_ON = re.compile(r"\bhieronder\b|\bonderstaand|\bvolgende\s+tabel|\bals\s+volgt\b|:\s*$", re.I)


def _said_below(lines: tuple[str, ...], start: int, ceiling: int,
                pages: "tuple[int | None, ...] | tuple[str | None, ...] | None") -> tuple[str, ...]:
    """The lines below a table (from 0-based `start`) whose sentences speak of its periods: up
    to the answer's end under its last table; under another, up to the next numbered item only
    (the words from there on lead the next table: "2. Hieronder … voor 2021 … tot en met
    oktober 2021." is that table's) or the next table's lead-in (:func:`_next_lead`: a caption
    ``Tabel 2``, a paragraph that points at it), none where nothing leads the next table. On the table's own page,
    footnotes aside (a starred note explains a starred period only). (An annex: `pages` are its
    lines' sheets, so the note under a table on its own sheet is asked, a sheet of notes never: it
    is no part of its tables.)"""
    end = ceiling
    if ceiling < len(lines):
        lead = _next_lead(lines, start, ceiling)
        end = start if lead is None else lead
    if pages is not None and start and end > start:
        page = pages[start - 1]
        end = next((k for k in range(start, end) if pages[k] != page), end)
    return tuple("" if _FOOTNOTE_START.match(line) else line for line in lines[start:end])


def _first_footnote_line(lines: tuple[str, ...], start: int, ceiling: int) -> int | None:
    for k in range(start, ceiling):
        if _FOOTNOTE_START.match(lines[k]):
            return k + 1
    return None


#: A footnote's first line: ``*``, ``(1)``, ``1)``, ``(*)``, a letter's ``(a)`` (``a)`` opens an answer's item).
_FOOTNOTE_START = re.compile(r"\s*(?:\*|\(\*{1,3}\)|\(\d{1,2}\)|\d{1,2}\)\s|\([a-z]\)\s)")

