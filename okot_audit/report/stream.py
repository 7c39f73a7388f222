"""Reports of a streamed run (:class:`okot_audit.run.CorpusRun`), written one path at a time.

The text is byte for byte what the renderer of each format writes for a :class:`Report`
holding the same answers and findings. JSON, text and GitHub annotations are written as the
run's groups are read back, so only one answer's findings are in memory at a time; so is SARIF,
a result at a time after the files the results name (the findings are read back twice).
Markdown and HTML need the whole report at once and get it from compact stand-ins (each
answer's ``describe()`` data and, for HTML, its tables' chart bars — never the answers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from okot_audit.findings import SEVERITIES, SEVERITY_RANK, Finding, InputFailure, Report

if TYPE_CHECKING:  # pragma: no cover
    from okot_audit.report.json_report import JsonStream
    from okot_audit.run import CorpusRun, Group, Note

#: The formats written as the run's groups are read (the others need the whole report).
STREAMED = ("json", "text", "github", "sarif")


@dataclass
class Tally:
    """What a written report counted: every finding by severity (for the exit status), and
    those shown."""

    counts: dict[str, int]
    shown: dict[str, int]

    def fails(self, level: str = "error") -> bool:
        """Like :meth:`Report.fails`, over every finding (shown or not)."""
        threshold = SEVERITY_RANK[level]
        return any(n for s, n in self.counts.items() if SEVERITY_RANK[s] >= threshold)


class StandIn:
    """An answer as a report needs it: its ``describe()`` data (and its chart bars)."""

    def __init__(self, document: dict, charts: "dict[str, list] | None" = None) -> None:
        self.document = document
        self.path = document.get("path", "")
        self.tables = None
        if charts is not None:
            from okot_audit.charts import ChartTable

            self.tables = [ChartTable(id, tuple(bars)) for id, bars in charts.items()]

    def describe(self) -> dict:
        return self.document


def write(
    corpus: "CorpusRun", fmt: str, put: Callable[[str], object], *, lang: str = "en", color: bool = False,
    hide_info: bool = False, quiet: bool = False, statistics: bool = False,
    json_stream: "JsonStream | None" = None, skipped: "Sequence[Note]" = (),
) -> Tally:
    """Write the report of `corpus` in `fmt` through `put`; return what it counted.

    With ``json``, `json_stream` is the stream that already wrote the documents as the answers
    came (a new one is made when not given). `hide_info` leaves out info findings (they still
    count for the exit status); `quiet` and `statistics` are the text format's. `skipped`: the
    files the run left out on purpose, which the JSON report lists."""
    tally = Tally({s: 0 for s in SEVERITIES}, {s: 0 for s in SEVERITIES})

    def kept(group: "Group") -> list[Finding]:
        return [f for f in group.findings if f.severity != "info"] if hide_info else group.findings

    def shown(group: "Group") -> list[Finding]:
        for finding in group.findings:
            tally.counts[finding.severity] += 1
        findings = kept(group)
        for finding in findings:
            tally.shown[finding.severity] += 1
        return findings

    if fmt == "json":
        from okot_audit.report.json_report import JsonStream

        stream = json_stream or JsonStream(put)
        if json_stream is None:
            for document in corpus.documents():  # when they were not written as they came
                stream.document(document)
        for group in corpus.groups("paths"):
            stream.findings(shown(group))
        stream.finish(dict(tally.shown), [{"path": note.path, "reason": note.reason} for note in skipped])
        return tally
    if fmt in ("text", "github"):
        _lines(corpus, fmt, put, shown, tally, lang=lang, color=color, quiet=quiet,
               statistics=statistics, hide_info=hide_info, skipped=skipped)
        return tally
    if fmt == "sarif":  # a result at a time: the findings are read twice, counted the first time
        from okot_audit.report import sarif

        passes = iter([shown, kept])

        def findings_in_order() -> "Iterator[Finding]":
            pick = next(passes, kept)
            return (finding for group in corpus.groups("paths") for finding in pick(group))

        sarif.write(corpus.documents(), findings_in_order, list(corpus.failures), put, lang=lang, skipped=skipped)
        return tally
    from okot_audit.report import render

    answers: list[Any] = []  # stand-ins for the answers
    findings: list[Finding] = []
    for group in corpus.groups("answers"):
        answers.extend(StandIn(d, c) for d, c in zip(group.documents, group.charts))
        findings.extend(shown(group))
    put(render(Report(answers, findings, list(corpus.failures)), fmt, lang=lang, color=color, skipped=skipped))
    return tally


def _lines(corpus, fmt, put, shown, tally: Tally, *, lang, color, quiet, statistics, hide_info,
           skipped: "Sequence[Note]" = ()) -> None:
    from okot_audit.report import github, text
    from okot_audit.report._common import counts_summary, explanations, group_report, skipped_lines

    def paint(style: str, words: str) -> str:
        return f"{text.STYLES[style]}{words}{text.RESET}" if color else words

    answers = tables = 0
    per_rule: dict[tuple[str, str, str], int] = {}
    order = "answers" if fmt == "text" and not quiet else "paths"
    any_shown = False
    for group in corpus.groups(order):
        findings = shown(group)
        any_shown = any_shown or bool(findings)
        for f in findings:
            per_rule[(f.code, f.rule, f.severity)] = per_rule.get((f.code, f.rule, f.severity), 0) + 1
        stand_ins: list[Any] = [StandIn(d) for d in group.documents[:1]]
        (file_group,) = group_report(Report(stand_ins, findings))
        answers += file_group.described
        tables += len(file_group.tables)
        if fmt == "github":
            lines = [github.annotation(github.LEVELS.get(f.severity, "notice"), f.message, file=f.path,
                                       line=f.line, title=f"{f.code} {f.rule}") for f in findings]
        elif quiet:
            lines = [text._finding_line(f, lang, paint) for f in findings]
        else:
            lines = text._file_lines(file_group, lang, paint, explanations(findings)) + [""]
        if lines:
            put("\n".join(lines) + "\n")
    summary = counts_summary(dict(tally.shown), answers, tables, lang)
    failures: list[InputFailure] = list(corpus.failures)
    if fmt == "github":
        lines = [github.annotation("error", failure.message_in(lang), file=failure.path, line=failure.line,
                                   title="okot-audit") for failure in failures]
        closing = [summary] + skipped_lines(skipped, lang, see=False)
        put("\n".join(lines + [github.safe(line) for line in closing]) + "\n")
        return
    lines = [""] if quiet and any_shown else []
    lines += text.closing_lines(summary, tally.shown["info"], tally.counts["info"] if hide_info else 0,
                                len(failures), text.statistics_lines(per_rule, lang) if statistics else [],
                                lang, paint, skipped)
    put("\n".join(lines) + "\n")
