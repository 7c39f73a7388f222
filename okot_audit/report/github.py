"""GitHub Actions workflow commands: one annotation per finding, shown on the changed lines.

::

    ::error file=answers/a.txt,line=107,title=OK101 total-exceeds-parts::Totaal 2018 states 450 …
    ::notice file=seeds/002_f58759045b60ed02.txt,line=72,title=OK103 parts-exceed-total::…

Errors are ``::error``, warnings ``::warning``, info ``::notice``; an input that could not be
audited is an ``::error`` on its file. A plain summary line ends the output (it shows in the
job's log). Values are escaped as the runner's toolkit does (``%``, CR, LF; in properties also
``:`` and ``,``), and input text has its control and bidi characters made visible first. A
file's name keeps its line breaks (``%0A``, which the runner reads back as the line break), so
that the annotation lands on the file even when its name holds one; a message is one line.
"""

from __future__ import annotations

from okot_audit.findings import Report
from okot_audit.report._common import group_report, summary_line
from okot_audit.report._common import visible_controls
from okot_audit.report._escape import printable
from okot_audit.report.text import BIDI, safe

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The message of a workflow command (`%`, CR and LF escaped)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value of a workflow command (also `:` and `,` escaped)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def file_property(name: str) -> str:
    """A file's name as the ``file`` property: its line breaks and tabs as they are (escaped as
    the runner reads them back), other control and bidi characters made visible, as on a
    terminal (``\\x1b``, ``\\u202e``), and bytes that are no UTF-8 as ``\\xNN``."""
    name = visible_controls(printable(name)).replace("\v", "\\x0b").replace("\f", "\\x0c")
    return escape_property(BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", name))


def annotation(level: str, message: str, *, file: str, line: int | None = None, title: str | None = None) -> str:
    props = [f"file={file_property(file)}"]
    if line:
        props.append(f"line={line}")
    if title:
        props.append(f"title={escape_property(safe(title))}")
    return f"::{level} {','.join(props)}::{escape_data(safe(message))}"


def render(report: Report, *, lang: str = "en", color: bool = False) -> str:
    """The report as workflow commands (`color` is ignored: the runner colours annotations)."""
    lines = [
        annotation(LEVELS.get(f.severity, "notice"), f.message, file=f.path, line=f.line,
                   title=f"{f.code} {f.rule}")
        for f in report.findings
    ]
    lines += [
        annotation("error", failure.message_in(lang), file=failure.path, line=failure.line,
                   title="okot-audit")
        for failure in report.failures
    ]
    lines.append(safe(summary_line(report, group_report(report), lang)))
    return "\n".join(lines) + "\n"
