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

A code column may stand after the names' (``Opleiding  Code  2021``: ``Bachelor in het onderwijs
90800  12  13  14`` / ``1``): the first piece opens the code column after the name's words (in
laid-out text right under the header's ``Code``), the longer piece (a code wraps where its
column is full), the other right below it; the row's figures stand beside the first piece —
the code is made whole there — or below it, set to the row's bottom, or on a line of their own
(pypdf) — the name and its whole code move onto the figures' line — never on both lines.
Where the name wraps too, its next words beside the other piece, a PDF's own lines are left
as printed (its reader kept the name's words apart, a piece taken for a figure: said).
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


def codes_over_lines(lines: tuple[str, ...], assembled: bool = False) -> tuple[str, ...]:
    """`lines` with each code broken over two lines of its cell joined on the row's first line
    (the module's doc says when); `lines` itself when none is. `assembled`: a PDF's lines, each
    row's lines joined by its reader — a name's words it kept apart on the line of a code's piece
    (the piece read as a figure) would be no line of the name: such a code is left as printed
    (said: ``unreadable-table``)."""
    text = joined(lines)
    if text is None or not ("code" in text or "Code" in text or "CODE" in text):
        return lines
    if _CODE_AFTER_HEAD.search(text):
        lines = _codes_after_labels(lines, text, assembled)
        text = joined(lines) or text
    if not _CODE_HEAD.search(text):
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


#: A header whose code column stands after the names' (``Opleiding  Code  2022``): its words,
#: then the code column's name.
_CODE_AFTER_HEAD = re.compile(r"(?im)^[ \t]*[^\W\d_][^\n]*?[ \t](?:opleidings|vdab-?)?codes?\b")
#: A row's line in such a table: its name's words, then a piece of its code (1 to 5 digits) in
#: the code column, then its figures or nothing.
_LABEL_PIECE = re.compile(r"(?P<lead>[ \t]*[^\W\d_][^\n]*?[ \t]+)(?P<first>\d{1,5})(?P<figures>(?:[ \t]+\d+)*)[ \t]*")
#: The line below: the name's next words or nothing, the code's other piece, its figures or nothing.
_PIECE_BELOW = re.compile(r"(?P<lead>[ \t]*(?:[^\W\d_][^\n]*?[ \t]+)?)(?P<second>\d{1,5})(?P<figures>(?:[ \t]+\d+)*)[ \t]*")


def _codes_after_labels(lines: tuple[str, ...], text: str, assembled: bool) -> tuple[str, ...]:
    """`lines` with each code broken over two lines of a code column that stands after the
    names' (``Bachelor in het onderwijs  90800  12  13  14`` / ``1``) made whole: the piece opens
    the code column (laid-out text: right under the header's ``Code``; single-spaced text: the
    first number after the name's words), the other piece stands right below it (the same place)
    with the name's next words before it or none, and the row's figures stand on one of the two
    lines — or, in single-spaced text, on a line of their own right below (pypdf) — never on
    both. The pieces make six digits. Where the figures stand beside the first piece, the code is
    made whole there, the other piece's place left blank; where they stand below it (set to the
    bottom of their row), the row's name and whole code move onto the figures' line, their lines
    left blank."""
    out = list(lines)
    found = False
    for head in _CODE_AFTER_HEAD.finditer(text):
        h = text.count("\n", 0, head.start())
        start = text.rfind("\n", 0, head.end()) + 1
        at = head.end() - start - len(head.group().split()[-1])  # (where the code column's name begins)
        spaced = "  " in lines[h].strip()  # (laid-out text: the columns keep their places)
        for row in range(h + 1, min(h + _REACH, len(lines) - 1)):
            this, below = out[row], out[row + 1]
            m, n = _LABEL_PIECE.fullmatch(this), _PIECE_BELOW.fullmatch(below)
            if m is None or n is None or len(m.group("first")) + len(n.group("second")) != 6 \
                    or len(m.group("first")) < len(n.group("second")):
                continue  # (a code wraps where its column is full: the first piece the longer)
            lead, lead2 = m.group("lead"), n.group("lead")
            if m.group("figures") and n.group("figures"):
                continue  # (figures on both lines: counts, no pieces of a code)
            if spaced and not (abs(len(lead) - at) <= 2 and len(lead2) == len(lead)):
                continue
            if lead2.strip() and (assembled or not spaced and not m.group("figures")):
                continue
            first, second = m.group("first"), n.group("second")
            if m.group("figures"):  # the figures beside the first piece: the code made whole there
                out[row] = _joined_code(this, lead, first, second).rstrip()
                cut = len(lead2)
                out[row + 1] = (below[:cut] + " " * len(second) + below[cut + len(second):]).rstrip() if spaced else (
                    below[:cut] + below[cut + len(second):].lstrip()).rstrip()
            elif lead2.strip():
                continue  # (the name's next words beside the other piece, the figures below them: left as printed)
            elif n.group("figures"):  # the figures beside the other piece: the row moved onto their line
                out[row] = ""
                out[row + 1] = _joined_code(lead + first + below[len(lead2) + len(second):] if spaced else
                                            f"{lead}{first}{n.group('figures')}", lead, first, second).rstrip()
            elif not spaced and row + 2 < len(lines) and _FIGURES_ALONE.fullmatch(out[row + 2]):
                out[row] = out[row + 1] = ""  # (pypdf: the figures on a line of their own)
                out[row + 2] = f"{lead}{first}{second} {out[row + 2].strip()}"
            else:
                continue
            found = True
    return tuple(out) if found else lines


#: A line of figures alone (pypdf prints a row's figures on a line of their own).
_FIGURES_ALONE = re.compile(r"[ \t]*\d+(?:[ \t]+\d+)*[ \t]*")


#: A training code alone before its row's figures, its name's cell left empty (``908002    40  60
#: 90`` under ``Code  Opleiding  2021 …``): the code, the gap after it, then nothing but figures
#: and blanks' marks to the line's end (a figure perhaps marked ``*`` or bounded ``<5``).
_LONE_CODE = re.compile(
    r"^[ \t]*\d{6}(?P<gap>[ \t]+)(?:[<>]?\d[\d.]*\*?|[-\u2013/x]|n\.?v\.?t\.?|n\.?b\.?)"
    r"(?:[ \t]+(?:[<>]?\d[\d.]*\*?|[-\u2013/x]|n\.?v\.?t\.?|n\.?b\.?))*[ \t]*$",
    re.I,
)
#: Its first look over the whole text: a line that opens with six digits and a figure after them,
#: in the text opened by a newline (each line's start a newline: a literal the scan jumps to, where
#: ``^`` under re.M is tried at every character).
_LONE_CODE_LOOK = re.compile(r"\n[ \t]*\d{6}[ \t]+[<>]?\d")
#: A coded row's line with its programme's name (``908001 Educatieve …``, ``908001: …``).
_NAMED_CODE = re.compile(r"^[ \t]*\d{6}(?:[ \t]*:|[ \t]+(?:[-\u2013][ \t]+)?[^\W\d_])")
#: How many lines above and below a lone code a coded row with its name is looked for.
_NAMED_REACH = 8


def colons_after_lone_codes(lines: tuple[str, ...]) -> tuple[str, ...]:
    """`lines` with a colon after each training code that stands alone before its row's figures
    among rows whose codes have their names (a row key of two columns, ``Code`` and ``Opleiding``,
    some names left empty): the gap's first space made the colon, as a code's row prints it
    (``908002:   40  60  90``), so that the code is the row's key and never read as a figure (six
    digits, then counts: a count too many); a single space stays after the colon. Only in an answer
    that names a column of codes (``Code``, ``Opleidingscode``). A line of figures
    alone whose first is six digits with no coded row near stays as printed (a large count).
    `lines` itself when no line changes."""
    text = joined(lines)
    # (a column of codes apart from the names' is headed as one, ``Code``, ``Opleidingscode``: a
    # substring's test first, as :func:`codes_over_lines` does, so that an answer without costs nothing)
    if text is None or not ("code" in text or "Code" in text or "CODE" in text) or _LONE_CODE_LOOK.search("\n" + text) is None:
        return lines
    out: list[str] | None = None
    for index, line in enumerate(lines):
        if (match := _LONE_CODE.match(line)) is None:
            continue
        near = lines[max(0, index - _NAMED_REACH):index] + lines[index + 1:index + 1 + _NAMED_REACH]
        if not any(_NAMED_CODE.match(other) for other in near):
            continue
        if out is None:
            out = list(lines)
        at = match.start("gap")  # (one space: the colon before it — single-spaced text keeps no columns)
        out[index] = line[:at] + ":" + line[at + (match.end("gap") - at > 1):]
    return tuple(out) if out is not None else lines
