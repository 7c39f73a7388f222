"""Markdown that reads well pasted into a GitHub issue: per file a heading, per table a table.

Every piece of text that comes from an answer (paths, titles, labels, messages that quote
the answer) is escaped, so that a ``|`` cannot split a table cell and ``<script>``, ``*`` or
``[x](y)`` stay literal text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from okot_audit.findings import Finding, Report
from okot_audit.report._common import (
    FileGroup,
    TableGroup,
    answer_line,
    counts_line,
    explanations,
    failed_line,
    group_report,
    is_suspect,
    has_partial,
    labels,
    layout_word,
    measure_word,
    one_line,
    page_note,
    period_labels,
    severity_word,
    summary_line,
    shared_endings,
    skipped_lines,
    suspect_notes,
    visible_controls,
)
from okot_audit.report._escape import path_text, printable

# ASCII punctuation that means something to GitHub-flavoured Markdown anywhere in a line:
# table cells, escapes, code, emphasis, links, HTML and entities, strikethrough, issue
# references and @mentions. A backslash before any of them makes it literal.
# An underscore between two letters or digits cannot start or end emphasis, so
# ``000_699ad5193617b98e.txt`` and ``stopped_or_failed`` stay as they are.
_SIGNIFICANT = re.compile(r"([\\`*\[\]<>|~&#@]|(?<![^\W_])_|_(?![^\W_]))")
# At the start of a line these open a block (list, ordered list, setext heading).
_BLOCK_START = re.compile(r"^([-+=]|\d+(?=[.)]))")


def escape(text: object) -> str:
    """Input text as literal Markdown on one line (safe in a table cell or at a line start)."""
    if text is None:
        return ""
    flat = _SIGNIFICANT.sub(r"\\\1", one_line(visible_controls(str(text))))
    match = _BLOCK_START.match(flat)
    if match and match.group(1)[0] in "-+=":
        return "\\" + flat
    if match:  # "1. foo" -> "1\. foo"
        return flat[: match.end()] + "\\" + flat[match.end():]
    return flat


def render(report: Report, *, lang: str = "en", color: bool = False, skipped: Sequence[Any] = ()) -> str:
    """The report as GitHub-flavoured Markdown (`color` is ignored). Under the summary, how many
    inputs could not be audited and how many files were skipped (`skipped`: the run's notes), and
    why."""
    words = labels(lang)
    groups = group_report(report)
    notes = explanations(report.findings)
    out = [f"# {words['report']}", "", f"**{summary_line(report, groups, lang)}**", ""]
    after = ([failed_line(len(report.failures), lang, see=False)] if report.failures else []) \
        + skipped_lines(skipped, lang, see=False)
    if after:
        out += [f"- {escape(line)}" for line in after] + [""]
    for group in groups:
        out.extend(_file_section(group, lang, notes))
    return printable("\n".join(out).rstrip("\n")) + "\n"  # (a file name's bytes that are no UTF-8: \\xNN)


def _file_section(group: FileGroup, lang: str, notes: dict[int, list[Finding]]) -> list[str]:
    words = labels(lang)
    out = [f"## {escape(path_text(group.path))}", ""]  # (a line break in the name: ``\n``, as on stderr)
    about = answer_line(group.info, lang)
    if about:
        out += [escape(about), ""]
    out += [f"**{counts_line(group.findings, lang)}**", ""]
    if group.file_findings:
        out += [f"### {words['file_findings']}", ""]
        out += _findings_table(group.file_findings, lang, notes) + [""]
    if group.described and not group.tables:
        out += [f"_{words['no_tables']}_", ""]
    for table in group.tables:
        out += _table_section(table, lang, notes)
    return out


def _table_section(table: TableGroup, lang: str, notes: dict[int, list[Finding]]) -> list[str]:
    words = labels(lang)
    out = [f"### {escape(table.heading(lang, dash=EN_DASH))}", ""]
    about = _table_about(table, lang)
    if about:
        out += [about, ""]
    if table.findings:
        out += _findings_table(table.findings, lang, notes)
    else:
        out.append(f"_{words['no_findings']}_")
    return out + [""]


def _table_about(table: TableGroup, lang: str) -> str:
    """``measure: started · by year · periods: 2018, 2022\\* (\\* partial)`` (the lines are in the heading)."""
    words = labels(lang)
    info = table.info
    bits = []
    if info.get("measure"):
        bits.append(f"{words['measure']}: {escape(measure_word(info['measure'], lang))}")
    if info.get("layout"):
        bits.append(escape(layout_word(info["layout"], lang, info)))
    if table.periods:
        periods = ", ".join(escape(p) for p in period_labels(table.periods))
        if has_partial(table.periods):
            periods += f" (\\* {words['partial']})"
        bits.append(f"{words['periods']}: {periods}")
    return " · ".join(bits)


COLUMNS = ("severity", "line", "rule", "period", "province", "stated", "observed", "difference", "message")
NUMERIC = {"line", "stated", "observed", "difference"}
#: The dash of a span of lines in a heading (``lines 68–107``).
EN_DASH = "\u2013"


def _findings_table(findings: list[Finding], lang: str, notes: dict[int, list[Finding]] | None = None) -> list[str]:
    words = labels(lang)
    header = "| " + " | ".join(words[c] for c in COLUMNS) + " |"
    rule = "|" + "|".join("---:" if c in NUMERIC else "---" for c in COLUMNS) + "|"
    short = shared_endings(findings)  # (a closing clause many findings share: said at the first)
    return [header, rule] + [_finding_row(f, lang, (notes or {}).get(id(f), []), short.get(id(f)))
                             for f in findings]


def _finding_row(f: Finding, lang: str, suspects: list[Finding] | None = None, text: str | None = None) -> str:
    """One finding; a suspect's stated figure with the one that fits (``45 → 54``), and under an
    error's message the suspects that would explain it (``↳ possible typo, line 5: …``).
    `text`: the message shortened (its closing clause said in a row above)."""
    message = escape(f.message if text is None else text)
    suspects = suspects or []
    shown = [f"\u21b3 {escape(note)}" for note in suspect_notes(suspects, lang)]
    if shown:
        message += " " + " ".join(shown)  # no markup: a table cell holds one line of text
    stated = _number(f.stated)
    if is_suspect(f) and f.stated is not None:
        stated = f"{f.stated} \u2192 **{'?' if f.suggestion is None else f.suggestion}**"
    cells = [
        f"**{severity_word(f.severity, lang)}**" if f.severity == "error" else severity_word(f.severity, lang),
        " ".join(filter(None, ("" if f.line is None else str(f.line), page_note(f, lang) and f"({page_note(f, lang)})"))),
        f"{f.code} {escape(f.rule)}",
        escape(f.period),
        escape(f.province),
        stated,
        _number(f.observed),
        _number(f.difference),
        message,
    ]
    return "| " + " | ".join(cells) + " |"


def _number(value: int | None) -> str:
    return "" if value is None else str(value)
