"""Training codes broken over two lines of their cell in a narrow code column.

A column of codes too narrow for six digits wraps the code itself: ``90012`` on the row's
first line, ``4`` on the next, below it (``90012 Tweedekansonderwijs`` / ``4     zorgkundige -
tweede jaar``). A person reads ``900124`` at once; every form prints it so — the PDF's cells,
``pdftotext -layout``, pdfplumber's and pypdf's text (where the code's pieces stand on lines of
their own, the label after them). The pieces are joined back into the one code on the row's
first line, the second piece's place left blank; where the pieces stand on lines of their
own above the row's label (pypdf), the code opens the label's line and the pieces' lines are
left blank.

Only a code's pieces are joined, never a count: the table's header names a column of codes
that opens its lines (``Code``, ``Opleidingscode``), the first piece opens its line in that
column, followed by the row's label or by nothing, and the second piece stands right below it
(the same place on the next line), followed by the label's next words or by nothing — never by
a figure. A figure with figures after it on its line is a count; two pieces that do not make
six digits are no code.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from okot_audit.parse.scan import joined

#: A header whose first column is the training code (``Code  Opleiding  2022``).
_CODE_HEAD = re.compile(r"(?im)^[ \t]*(?:opleidings|vdab-?)?code(?:s)?\b")
#: A row's first line opening with a piece of a code (1 to 5 digits), its label or nothing after
#: it; the next line opening with the other piece, the label's next words or nothing after it.
_PIECES = re.compile(
    r"(?m)^(?P<lead>[ \t]*)(?P<first>\d{1,5})(?P<rest>(?:[ \t]+[^\W\d_][^\n]*)?)[ \t]*\n"
    r"(?P<lead2>[ \t]*)(?P<second>\d{1,5})(?P<after>(?:[ \t]+[^\W\d_][^\n]*)?)[ \t]*$"
)
#: A row's label line (the line after two lone pieces, as pypdf prints them).
_LABEL_START = re.compile(r"[ \t]*[^\W\d_]")
#: How many lines below its header a code's pieces are looked for.
_REACH = 120
#: A gap wide enough to give up the room a code's joined piece takes (laid-out text: the gap
#: between the label and the figures keeps two spaces at least).
_WIDE = re.compile(r"[ \t]{3,}")


def codes_over_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """`lines` with each code broken over two lines of its cell joined on the row's first line
    (the module's doc says when); `lines` itself when none is."""
    text = joined(lines)
    if text is None or not ("code" in text or "Code" in text or "CODE" in text) or not _CODE_HEAD.search(text):
        return lines
    heads = [m.start() for m in _CODE_HEAD.finditer(text)]
    out: list[str] | None = None
    starts: list[int] | None = None
    for m in _PIECES.finditer(text, heads[0]):
        first, second = m.group("first"), m.group("second")
        if len(first) + len(second) != 6 or m.group("lead") != m.group("lead2"):
            continue
        if starts is None:
            starts = [0]
            for line in lines[:-1]:
                starts.append(starts[-1] + len(line) + 1)
        row = bisect_right(starts, m.start()) - 1
        head = bisect_right(starts, max(h for h in heads if h <= m.start())) - 1
        if row - head > _REACH or row + 1 >= len(lines):
            continue
        if not m.group("rest") and not m.group("after"):  # two lone pieces: the row's label comes next
            if row + 2 >= len(lines) or not _LABEL_START.match(lines[row + 2]):
                continue
        if out is None:
            out = list(lines)
        if not m.group("rest") and not m.group("after"):  # (pypdf: the code opens its row's label line)
            out[row + 2] = f"{first}{second} {out[row + 2].lstrip()}"
            out[row] = out[row + 1] = ""
            continue
        out[row] = _joined_code(out[row], m.group("lead"), first, second)
        below = out[row + 1]
        cut = len(m.group("lead2"))
        out[row + 1] = (below[:cut] + " " * len(second) + below[cut + len(second):]).rstrip()
    return lines if out is None else tuple(out)


def _joined_code(line: str, lead: str, first: str, second: str) -> str:
    """`line` with its code's `first` piece made the whole code; the room the other piece takes
    is given up by the first wide gap after it, so the label and the figures keep their places
    (laid-out text), or the line grows by it (single-spaced text has no gap to give)."""
    at = len(lead) + len(first)
    rest = line[at:]
    gap = re.match(r"[ \t]+", rest)
    if gap and gap.end() > len(second):  # (``90350  Se-n-se``: the space after the piece has room)
        return line[:at] + second + rest[len(second):]
    wide = _WIDE.search(rest)
    if wide and wide.end() - wide.start() >= len(second) + 2:
        rest = rest[:wide.start()] + rest[wide.start() + len(second):]
    return line[:at] + second + rest
