"""Finding the few lines of an answer that a per-line search could match, in one pass.

Many reading steps look at every line for something most lines lack (a percent sign, a dash, a
word). A search per line costs more in calls than in searching; so such a step finds the
places of what the lines must hold in the answer's whole text at once (``str.find`` for
fixed strings, which runs at memory speed), and only the lines holding one are searched as
before. :func:`lines_at` turns places in the joined text into line indices.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate

#: The three characters whose case ``str.lower()`` and ``re.IGNORECASE`` fold differently
#: (:mod:`~okot_audit.parse.caseless`); ``İ`` also changes the text's length when lowered.
ODD_CASE = ("\u0130", "\u0131", "\u017f")


def joined(lines: Sequence[str]) -> str | None:
    """The lines as one text, a newline after each but the last; None when a line holds a
    newline of its own or a character of :data:`ODD_CASE` (then search line by line)."""
    text = "\n".join(lines)
    if text.count("\n") != len(lines) - 1 or "\u0130" in text or "\u0131" in text or "\u017f" in text:
        return None
    return text


def finds(text: str, needles: Iterable[str]) -> list[int]:
    """Every place in `text` where one of `needles` starts (overlaps included, unordered)."""
    out: list[int] = []
    for needle in needles:
        start = text.find(needle)
        while start >= 0:
            out.append(start)
            start = text.find(needle, start + 1)
    return out


def lines_at(lines: Sequence[str], offsets: Iterable[int]) -> list[int]:
    """The indices, in order and each once, of the lines of `lines` that hold the places
    `offsets` of their :func:`joined` text."""
    offsets = set(offsets)
    if not offsets:
        return []
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    return sorted({bisect_right(starts, offset) - 1 for offset in offsets})
