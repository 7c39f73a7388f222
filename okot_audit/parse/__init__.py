"""Text → tables: read an answer's tables exactly, every cell with its source line.

:func:`parse_answer` is the whole reader: it finds table regions
(:mod:`~okot_audit.parse.regions`), reads what the words say about them
(:mod:`~okot_audit.parse.context`), places numbers in columns (:mod:`~okot_audit.parse.cells`,
:mod:`~okot_audit.parse.align`) and reports what it could not read as
:class:`~okot_audit.tables.ParseIssue` records. It knows nothing of rules.
"""

from __future__ import annotations

import re
from pathlib import Path

from okot_audit.parse.align import choose
from okot_audit.parse.cells import Placement, numbers_in, placements
from okot_audit.parse.context import (
    fold,
    period_from_context,
    read_measure,
    read_periods,
    read_question,
    read_sector,
    read_title,
    read_unique,
    split_periods,
)
from okot_audit.parse.questions import read_questions
from okot_audit.parse.regions import CODE_LINE, NUMBERED, Item, Region, find_regions
from okot_audit.source import InputError, Source, read_source, source_from_text
from okot_audit.tables import Answer, Cell, ParseIssue, Table

__all__ = ["parse_answer", "read_answer", "read_text"]

_ANSWER_WORDS = re.compile(r"OKOT|opleidingstraject|VDAB", re.I)


def read_answer(path: str | Path) -> Answer:
    """Read the answer in the file at `path` (raises :class:`InputError` for bad input)."""
    return parse_answer(read_source(path))


def read_text(text: str, path: str = "<text>") -> Answer:
    """Read an answer from text already in memory."""
    return parse_answer(source_from_text(text, path))


def parse_answer(source: Source) -> Answer:
    """Read every table of `source` into an :class:`Answer`."""
    lines = source.lines
    regions = find_regions(lines)
    if not regions and not _ANSWER_WORDS.search(source.text):
        raise InputError(source.path, "not an OKOT answer: no table of training codes and no mention of OKOT or VDAB")
    title = read_title(lines)
    number, when = read_question(source.text)
    tables: list[Table] = []
    issues: list[ParseIssue] = []
    ids: dict[str, int] = {}
    for index, region in enumerate(regions):
        floor = regions[index - 1].end if index else 0
        ceiling = regions[index + 1].start - 1 if index + 1 < len(regions) else len(lines)
        table = _read_table(source, region, floor, ceiling, issues)
        if table is None:
            continue
        ids[table.id] = ids.get(table.id, 0) + 1
        if ids[table.id] > 1:
            table.id = f"{table.id}-{ids[table.id]}"
            for i, issue in enumerate(issues):
                if issue.table is None and issue.line >= table.header_line:
                    issues[i] = _with_table(issue, table.id)
        tables.append(table)
    return Answer(
        path=source.path, title=title, sector=read_sector(title), question_number=number,
        question_date=when, tables=tables, issues=sorted(issues, key=lambda i: (i.line, i.kind)),
        encoding=source.encoding, line_count=len(lines), **read_questions(lines),
    )


def _with_table(issue: ParseIssue, table: str) -> ParseIssue:
    return ParseIssue(issue.kind, issue.line, issue.detail, issue.numbers, table, issue.province, issue.unread)


def _read_table(
    source: Source, region: Region, floor: int, ceiling: int, issues: list[ParseIssue]
) -> Table | None:
    lines = source.lines
    first = region.header_lines[0] if region.header_lines else region.start
    section = _section_start(lines, floor, first - 1)
    context = "\n".join(lines[section:first - 1])
    notes = "\n".join(lines[region.end:ceiling])
    header = region.header_text
    measure = read_measure(_strip_periods(header), context)
    unique, counting = read_unique(header, context)
    layout = region.layout
    table_id = measure + ("_by_province" if layout == "province" else "")
    if region.period_tokens:
        notes_line = _first_footnote_line(lines, region.end, ceiling)
        periods = read_periods(region.period_tokens, region.header_lines[-1], context, notes, notes_line)
    else:
        found = period_from_context(context, first)
        if found is None:
            numbers = tuple(n for item in region.items for t in item.texts for n in numbers_in(t))
            issues.append(ParseIssue(
                "unreadable-table", first,
                "the table names no period and the text before it names no year", numbers, table_id,
            ))
            return None
        periods = (found,)
    table = Table(
        id=table_id, title=_strip_periods(header) or "(no header)", measure=measure, layout=layout,
        periods=periods, unique_persons=unique, header_line=first, end_line=region.end,
        counting_note=counting,
    )
    _fill_cells(table, region, issues)
    return table


def _fill_cells(table: Table, region: Region, issues: list[ParseIssue]) -> None:
    n = len(table.periods)
    labels = [p.label for p in table.periods]
    readings: dict[int, Placement | None] = {}
    groups = _groups(region.items)
    for rows, total in groups:
        options = []
        kept = []
        for item in rows:
            found = placements(item.texts[-1], n)
            if not found:
                numbers = tuple(x for t in item.texts for x in numbers_in(_without_code(t)))
                issues.append(ParseIssue(
                    "unreadable-table", item.last_line,
                    f"row {item.code} has no counts at the end of its last line", numbers, table.id,
                ))
                continue
            options.append(found)
            kept.append(item)
        totals = None
        if total is not None:
            total_found = placements(total.texts[-1], n)
            readings[id(total)] = total_found[0] if total_found else None
            totals = total_found[0].values if total_found else None
        choice = choose(options, totals, table.unique_persons)
        for item, reading, option in zip(kept, choice.readings, options):
            readings[id(item)] = reading
            if reading is None:
                table.unresolved = True
                issues.append(ParseIssue(
                    "ambiguous-alignment", item.last_line,
                    f"row {item.code}: no placement of its {len(option[0].values) - option[0].values.count(None)}"
                    f" or fewer numbers over {n} periods fits the stated totals; the row is not read",
                    tuple(v for v in option[0].values if v is not None), table.id, unread=True,
                ))
            elif choice.status in ("ambiguous", "no-total") and len(option) > 1:
                issues.append(ParseIssue(
                    "ambiguous-alignment", item.last_line,
                    f"row {item.code}: the spacing does not say which periods are blank"
                    + (" and several placements fit the totals" if choice.status == "ambiguous" else " and there is no total to decide")
                    + f"; read as {_show(reading.values, labels)}",
                    tuple(v for v in reading.values if v is not None), table.id,
                ))
    _emit(table, region, readings, labels, issues)


def _groups(items: list[Item]) -> list[tuple[list[Item], Item | None]]:
    """Rows with the total line that closes them (a block's subtotal, or the table total)."""
    groups: list[tuple[list[Item], Item | None]] = []
    rows: list[Item] = []
    for item in items:
        if item.kind == "row":
            rows.append(item)
        elif item.kind in ("subtotal", "total"):
            if rows:
                groups.append((rows, item))
            rows = []
    if rows:
        groups.append((rows, None))
    return groups


def _emit(
    table: Table, region: Region, readings: dict, labels: list[str], issues: list[ParseIssue]
) -> None:
    n = len(labels)
    block_province = _block_provinces(region.items, table.id, issues)
    for item in region.items:
        if item.kind == "junk":
            numbers = numbers_in(item.texts[0])
            if numbers:
                issues.append(ParseIssue(
                    "stray-number", item.last_line,
                    f"text inside the table that belongs to no row: {fold(item.texts[0])!r}",
                    numbers, table.id,
                ))
            continue
        if item.kind == "province":
            continue
        if item.kind == "row":
            reading = readings.get(id(item))
            if reading is None:
                continue
            label = _row_label(item, reading)
            province = block_province.get(id(item))
            level, code = "row", item.code
        else:
            if id(item) in readings:  # a total read while placing its rows
                reading = readings[id(item)]
            else:
                found = placements(item.texts[-1], n)
                reading = found[0] if found else None
            if reading is None:
                issues.append(ParseIssue(
                    "unreadable-table", item.last_line, "a total line without numbers", (), table.id,
                ))
                continue
            label = fold(" ".join(item.texts[:-1]) + " " + reading.label)
            if item.kind == "subtotal":
                level, code, province = "subtotal", None, item.province
            else:
                level, code, province = "total", None, None
        for period, value in zip(labels, reading.values):
            if value is not None:
                table.cells.append(Cell(
                    level=level, period=period, count=value, line=item.last_line,
                    code=code, label=label, province=province,
                ))


def _block_provinces(items: list[Item], table_id: str, issues: list[ParseIssue]) -> dict[int, str | None]:
    """Each row's province: the one its block's closing ``Totaal <province>`` names."""
    out: dict[int, str | None] = {}
    rows: list[Item] = []
    floating: list[Item] = []
    for item in items + [Item("end", [0])]:
        if item.kind == "row":
            rows.append(item)
        elif item.kind == "province":
            floating.append(item)
        elif item.kind in ("subtotal", "total", "end"):
            named = item.province if item.kind == "subtotal" else None
            if item.kind != "subtotal" and rows and any(f.province for f in floating):
                named = floating[0].province
                if item.kind == "end" or item.province == "*":
                    issues.append(ParseIssue(
                        "unreadable-table", rows[-1].last_line,
                        f"rows at lines {rows[0].lines[0]}–{rows[-1].last_line} have no closing "
                        f"'Totaal <province>' line; read as {named} from its floating label",
                        (), table_id, named,
                    ))
            for label in floating:
                if item.kind == "subtotal" and label.province and named and label.province != named:
                    issues.append(ParseIssue(
                        "province-label-mismatch", label.lines[0],
                        f"the floating label says {label.province} but the block closes with "
                        f"'Totaal {named}' at line {item.last_line}",
                        (), table_id, named,
                    ))
            for row in rows:
                out[id(row)] = named
            rows, floating = [], []
    return out


def _row_label(item: Item, reading: Placement) -> str:
    parts = [*item.texts[:-1], reading.label]
    text = fold(" ".join(parts))
    match = CODE_LINE.match(text)
    return fold(match.group("rest")) if match else text


def _without_code(text: str) -> str:
    match = CODE_LINE.match(text)
    return match.group("rest") if match else text


def _show(values: tuple[int | None, ...], labels: list[str]) -> str:
    return ", ".join(f"{p}: {'blank' if v is None else v}" for p, v in zip(labels, values))


def _strip_periods(header: str) -> str:
    return split_periods(header)[0]


def _section_start(lines: tuple[str, ...], floor: int, before: int) -> int:
    """0-based start of the answer item (``1.``, ``2.`` …) that holds the table's header."""
    for k in range(before - 1, floor - 1, -1):
        if NUMBERED.match(lines[k]):
            return k
    return floor


def _first_footnote_line(lines: tuple[str, ...], start: int, ceiling: int) -> int | None:
    for k in range(start, ceiling):
        if lines[k].lstrip().startswith("*"):
            return k + 1
    return None

