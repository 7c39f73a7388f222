"""Never a silent pass: runs of table-like lines that became no table.

After the tables are read, every line outside them is looked at once more. A run of lines that
look like table rows — label words ending in two or more numbers, a line of only numbers, a
``Totaal``-like line with numbers — that no table took is reported as an ``unreadable-table``
record at its first line, with what was seen. Text from an extractor that printed one figure
per line (``pdftotext`` without ``-layout``) gets its own reason, so the rule can say that the
PDF itself reads better.
"""

from __future__ import annotations

import re

from okot_audit.parse.cells import numbers_in, numeric_tail
from okot_audit.parse.context import fold
from okot_audit.parse.regions import GRAND_LINE, NUMBERED, ONLY_NUMBERS, TOTAL_LINE, Region
from okot_audit.tables import ParseIssue

#: How many lines of other text may stand between two table-like lines of one run.
GAP = 2
_LETTER = re.compile(r"[^\W\d]")


def unread_regions(lines: tuple[str, ...], regions: list[Region]) -> list[ParseIssue]:
    """``unreadable-table`` records for runs of table-like lines outside every read region."""
    covered = bytearray(len(lines) + 2)
    for region in regions:
        for n in range(region.start, region.end + 1):
            covered[n] = 1
    issues: list[ParseIssue] = []
    run: list[tuple[int, str]] = []  # (1-based line, kind)
    gap = 0
    for number, text in enumerate(lines, start=1):
        kind = None if covered[number] or not text.rstrip()[-1:].isdigit() else _table_like(text)
        if kind is not None:
            run.append((number, kind))
            gap = 0
            continue
        if run and (covered[number] or text.strip()):
            gap += 1
            if gap > GAP or covered[number]:
                issues.extend(_report(run, lines))
                run, gap = [], 0
    issues.extend(_report(run, lines))
    return issues


def _table_like(text: str) -> str | None:
    """``numbers`` (a line of only numbers), ``row`` (words then 2+ numbers), ``total`` (a
    total line with numbers), or None."""
    stripped = text.strip()
    if not stripped or not stripped[-1].isdigit():
        return None  # every kind ends in a number
    if ONLY_NUMBERS.match(stripped):
        return "numbers"
    head, tail = numeric_tail(stripped)
    if not tail:
        return None
    if TOTAL_LINE.match(stripped) or GRAND_LINE.match(stripped):
        return "total"
    if len(tail) >= 2 and len(head) <= 120 and _LETTER.search(head):
        return "row"
    return None


def _report(run: list[tuple[int, str]], lines: tuple[str, ...]) -> list[ParseIssue]:
    """One record for a run that looks like a table (two lines or more, or a total line)."""
    if not run or (len(run) < 2 and run[0][1] != "total"):
        return []
    first, last = run[0][0], run[-1][0]
    numbers = tuple(n for line, _ in run for n in numbers_in(lines[line - 1]))
    bare = sum(1 for _, kind in run if kind == "numbers")
    reason = "one-figure-per-line" if bare * 2 > len(run) and len(run) >= 4 else "table-like-lines"
    return [ParseIssue(
        "unreadable-table", first, reason, numbers[:40], None, unread=True,
        text=fold(lines[first - 1])[:80], other_line=last,
    )]


#: Reasons of ``unreadable-table`` records that may be pieces of one table printed one figure
#: per line (its period labels, its rows, its total, read apart).
_PIECES = {"one-figure-per-line", "table-like-lines", "no-period"}


def merge_one_figure_runs(issues: list[ParseIssue], lines: tuple[str, ...]) -> list[ParseIssue]:
    """One record per table printed one figure per line: the pieces such a table falls into
    (its period labels, runs of rows, a total read as a table of its own) are merged when only
    lines that are no prose — blank, page furniture, labels — stand between them, so the user
    gets one finding per table, not one per fragment."""
    out: list[ParseIssue] = []
    group: list[ParseIssue] = []

    def flush() -> None:
        if len(group) > 1 and any(i.reason == "one-figure-per-line" for i in group):
            numbers = tuple(n for i in group for n in i.numbers)[:40]
            first = group[0]
            table = next((i.table for i in group if i.table), None)
            last = max(i.other_line or i.line for i in group)
            out.append(ParseIssue(
                "unreadable-table", first.line, "one-figure-per-line", numbers, table, unread=True,
                text=first.text, other_line=last,
            ))
        else:
            out.extend(group)
        group.clear()

    for issue in sorted(issues, key=lambda i: (i.line, i.kind)):
        piece = issue.kind == "unreadable-table" and issue.reason in _PIECES
        if not piece:
            flush()
            out.append(issue)
            continue
        if group and not _no_prose_between(lines, group[-1].other_line or group[-1].line, issue.line):
            flush()
        group.append(issue)
    flush()
    return out


def _no_prose_between(lines: tuple[str, ...], after: int, before: int) -> bool:
    """Whether the lines strictly between 1-based lines `after` and `before` hold no prose."""
    for number in range(after + 1, before):
        text = lines[number - 1].strip()
        if text and (len(text) > 80 or text[-1] in ".?!:;" or NUMBERED.match(text)):
            return False
    return True

