"""Plain text for terminals, the way a linter reports: grouped by file, then by table.

::

    seeds/002_f58759045b60ed02.txt
      Onderwijskwalificerende opleidingstrajecten … — sector zorg
      table started_by_province: Provincie Opleiding Aantal — started, by province, 2020* (* partial), lines 44-236
    seeds/002_f58759045b60ed02.txt:72: OK103 parts-exceed-total [info] Totaal Antwerpen 2020 counts …

    2 answers, 4 tables: 0 errors, 0 warnings, 18 info

Finding lines start at the first column so that terminals and editors can jump to
``path:line``. Colour (plain ANSI codes, no import) only when asked for. Text from the input
never reaches the terminal raw: control characters and the bidirectional controls that reorder
what a terminal shows (U+202A–U+202E, U+2066–U+2069) are written as ``\\xNN`` / ``\\u202e``.

``quiet`` leaves only the finding lines and the summary; ``statistics`` adds the number of
findings per rule; ``hidden_info`` is the number of info findings left out of the report,
said in the summary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from okot_audit.findings import Finding, Report
from okot_audit.report._common import (
    FileGroup,
    TableGroup,
    alternatives_note,
    fold_alternatives,
    suspect_notes,
    answer_line,
    count_words,
    counts_line,
    explanations,
    failed_line,
    group_report,
    has_partial,
    labels,
    layout_word,
    measure_word,
    one_line,
    period_labels,
    severity_word,
    page_note,
    shared_endings,
    skipped_lines,
    suggestion_note,
    summary_line,
    visible_controls,
)
from okot_audit.report._escape import path_text, printable

RESET = "\x1b[0m"
STYLES = {
    "error": "\x1b[1;31m",  # bold red
    "warning": "\x1b[33m",  # yellow
    "info": "\x1b[36m",  # cyan
    "file": "\x1b[1m",  # bold
    "table": "\x1b[34m",  # blue
    "muted": "\x1b[2m",  # dim
}

#: Bidirectional controls: they reorder how a terminal shows a line (the "Trojan source" trick).
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")

HIDDEN = {"en": "not shown: --show-info shows them", "nl": "niet getoond: --show-info toont ze"}
STATISTICS = {"en": "findings per rule", "nl": "bevindingen per controle"}
def safe(text: object) -> str:
    """Input text for a terminal line: one line, control and bidi characters made visible."""
    text = visible_controls(str(text))
    text = BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return one_line(printable(text))  # (a file name's bytes that are no UTF-8: \\xNN)


def safe_path(path: str) -> str:
    """A file's name for a terminal line, as the error lines on stderr name it: a line break or
    tab in it written ``\\n``, ``\\t``, its spaces as they are (``two  spaces.txt``), control and
    bidi characters made visible — never a space for a line break, which names another file."""
    text = visible_controls(path_text(path)).replace("\v", "\\x0b").replace("\f", "\\x0c")
    return BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def render(report: Report, *, lang: str = "en", color: bool = False, quiet: bool = False,
           statistics: bool = False, hidden_info: int = 0) -> str:
    """The report as terminal text; ANSI colour when `color` is true."""

    def paint(style: str, text: str) -> str:
        return f"{STYLES[style]}{text}{RESET}" if color else text

    groups = group_report(report)
    notes = explanations(report.findings)
    lines: list[str] = []
    if quiet:
        for f in report.findings:
            lines.extend(_finding_lines(f, lang, paint, notes))
        if report.findings:
            lines.append("")
    else:
        for group in groups:
            lines.extend(_file_lines(group, lang, paint, notes))
            lines.append("")
    lines.extend(closing_lines(summary_line(report, groups, lang), report.summary["info"], hidden_info,
                               len(report.failures), _statistics(report, lang) if statistics else [],
                               lang, paint))
    return "\n".join(lines) + "\n"


def closing_lines(summary: str, info: int, hidden_info: int, failures: int, statistics: list[str],
                  lang: str, paint, skipped: "Sequence[Any]" = ()) -> list[str]:
    """The summary (saying how many info findings are not shown), the failures, the files
    skipped on purpose (the run's notes: :func:`~okot_audit.report._common.skipped_lines`), the
    statistics."""
    if hidden_info:
        shown = count_words(info, "info", lang)
        hidden = count_words(hidden_info, "info", lang)
        if summary.endswith(shown):  # "…, 0 info" → "…, 18 info (not shown: …)"
            summary = summary[: -len(shown)] + hidden
        else:
            summary += f"; {hidden}"
        summary += f" ({HIDDEN.get(lang, HIDDEN['en'])})"
    lines = [paint("file", summary)]
    if failures:
        lines.append(paint("error", failed_line(failures, lang)))
    # (an answer that is none, summed up: "0 answers" alone puzzles)
    lines.extend(paint("muted", line) for line in skipped_lines(skipped, lang))
    return lines + statistics


def _statistics(report: Report, lang: str) -> list[str]:
    """``  15  OK103  parts-exceed-total  info`` per rule, most frequent first."""
    counts: dict[tuple[str, str, str], int] = {}
    for f in report.findings:
        counts[(f.code, f.rule, f.severity)] = counts.get((f.code, f.rule, f.severity), 0) + 1
    return statistics_lines(counts, lang)


def statistics_lines(counts: dict[tuple[str, str, str], int], lang: str) -> list[str]:
    """:func:`_statistics` from the numbers of findings per (code, rule, severity)."""
    if not counts:
        return []
    width = len(str(max(counts.values())))
    rule_width = max(len(rule) for _, rule, _ in counts)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ["", f"{STATISTICS.get(lang, STATISTICS['en'])}:"] + [
        f"  {n:>{width}}  {code}  {rule:<{rule_width}}  [{severity_word(severity, lang)}]"
        for (code, rule, severity), n in rows
    ]


def _file_lines(group: FileGroup, lang: str, paint, notes: dict[int, list[Finding]]) -> list[str]:
    words = labels(lang)
    lines = [paint("file", safe_path(group.path))]
    about = answer_line(group.info, lang)
    if about:
        lines.append(paint("muted", f"  {safe(about)}"))
    if group.findings:
        lines.append(paint("muted", f"  {counts_line(group.findings, lang)}"))
    for f in group.file_findings:
        lines.extend(_finding_lines(f, lang, paint, notes))
    if group.described and not group.tables:
        lines.append(paint("muted", f"  ({words['no_tables']})"))
    for table in group.tables:
        head, *counts = _table_heading(table, lang)
        lines.append(paint("table", f"  {safe(head)}"))
        lines.extend(paint("muted", f"    {safe(line)}") for line in counts)
        shown, alternatives = fold_alternatives(table.findings)
        short = shared_endings(shown)
        for f in shown:
            lines.extend(_finding_lines(f, lang, paint, notes, short.get(id(f))))
            if id(f) in alternatives:
                lines.append(paint("muted", f"    \u21b3 {safe(alternatives_note(alternatives[id(f)], lang))}"))
        if not table.findings:
            lines.append(paint("muted", f"    ({words['no_findings']})"))
    return lines


#: Header words longer than this are cut at a word in a table's heading (a terminal is 80 wide).
HEADING_TITLE = 56


def _table_heading(table: TableGroup, lang: str) -> list[str]:
    """The table as its reader knows it, then what it counts::

        table "Unieke cursisten met uitgevoerde, geslaagde OKOT'(s)" (lines 119-141)
          graduated, rows by training code, 2018 2019 2020 2021 2022* (* partial)
    """
    words = labels(lang)
    info = table.info
    bits = []
    if info.get("measure"):
        bits.append(measure_word(info["measure"], lang))
    if info.get("layout"):
        bits.append(layout_word(info["layout"], lang, info))
    if table.periods:
        periods = " ".join(period_labels(table.periods))
        if has_partial(table.periods):
            periods += f" (* {words['partial']})"
        bits.append(periods)
    head = table.heading(lang, cut=HEADING_TITLE)
    return [head] + ([", ".join(bits)] if bits else [])


def _finding_lines(f: Finding, lang: str, paint, notes: dict[int, list[Finding]],
                   message: str | None = None) -> list[str]:
    """A finding's line, and under an error the suspected figures that would explain it
    (``    ↳ possible typo, line 5: 908002 2020 45 → 54``)."""
    lines = [_finding_line(f, lang, paint, message)]
    lines += [paint("muted", f"    \u21b3 {safe(note)}") for note in suspect_notes(notes.get(id(f), []), lang)]
    return lines


def _finding_line(f: Finding, lang: str, paint, message: str | None = None) -> str:
    """``path:line: CODE rule-name [severity] message`` (`message`: the finding's, shortened)."""
    where = f"{safe_path(f.path)}:{f.line}" if f.line else safe_path(f.path)
    tag = paint(f.severity, f"[{severity_word(f.severity, lang)}]")
    page = page_note(f, lang)
    return f"{where}: {f.code} {f.rule} {tag} {f'({page}) ' if page else ''}{safe(f.message if message is None else message)}{suggestion_note(f, lang)}"
