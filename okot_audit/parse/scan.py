"""Finding the few lines of an answer that a per-line search could match, in one pass.

Many reading steps look at every line for something most lines lack (a percent sign, a dash, a
word). A search per line costs more in calls than in searching; so such a step finds the
places of what the lines must hold in the answer's whole text at once (``str.find`` for
fixed strings, which runs at memory speed), and only the lines holding one are searched as
before. :func:`lines_at` turns places in the joined text into line indices.

Many steps also ask the same line the same question (the periods it ends in, the unit its
words name): :func:`per_answer` keeps a pure question's answers by the line's text for the
answer being read, and :func:`new_answer` forgets them when the next answer's regions are
looked for.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from typing import Any, TypeVar

T = TypeVar("T")

#: The three characters whose case ``str.lower()`` and ``re.IGNORECASE`` fold differently
#: (:mod:`~okot_audit.parse.caseless`); ``İ`` also changes the text's length when lowered.
ODD_CASE = ("\u0130", "\u0131", "\u017f")


#: The lines :func:`joined` last joined (a tuple, by identity) and what it gave: the reader's
#: steps join an answer's lines one after the other, most of them the same lines (a step that
#: changes no line gives its lines back as they came).
_JOINED: list = [None, None]


def joined(lines: Sequence[str]) -> str | None:
    """The lines as one text, a newline after each but the last; None when a line holds a
    newline of its own or a character of :data:`ODD_CASE` (then search line by line)."""
    if _JOINED[0] is lines:
        return _JOINED[1]
    text = "\n".join(lines)
    odd = text.count("\n") != len(lines) - 1 or "\u0130" in text or "\u0131" in text or "\u017f" in text
    if type(lines) is tuple:  # (a list may change: joined again when asked again)
        _JOINED[:] = [lines, None if odd else text]
    return None if odd else text


#: How many characters :func:`lowered` lowers at a time, at most a line more.
LOWER_CHUNK = 1 << 16


def lowered(text: str) -> str:
    """``text.lower()``, a long text lowered a part at a time, each part ending at a line break.

    ``str.lower()`` of a text that is not ASCII first takes room for three 4-byte characters
    per character (what the longest lower case could be), 12 bytes per character of the text:
    24 MB for an answer of 2 MB, the highest memory of its whole reading. Parts of
    :data:`LOWER_CHUNK` characters take that room for a part at a time. The text is the same:
    lower case maps a character alone, but for the capital sigma, whose form depends on the
    letters around it — and a line break, neither a letter nor a mark a word may hold, ends
    that look as the part's end does."""
    if len(text) <= LOWER_CHUNK or text.isascii():
        return text.lower()
    parts = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + LOWER_CHUNK)
        end = len(text) if end < 0 else end
        parts.append(text[start:end].lower())
        start = end
    return "".join(parts)


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
    starts = list(accumulate(map(_ONE_MORE, map(len, lines[:-1])), initial=0))  # (each line and its newline, in C)
    return sorted({bisect_right(starts, offset) - 1 for offset in offsets})


#: ``n + 1`` (:func:`lines_at`: a line's length and its newline).
_ONE_MORE = (1).__add__


class PerAnswer(dict):
    """The answers of one pure question about a line's text (:func:`per_answer`), by the text.

    A text asked about again costs one dict look-up in C (its ``__getitem__``); a text asked
    about the first time is answered by the question itself (:meth:`__missing__`). The answers
    are kept for the lines of the answer being read and forgotten when the next one begins
    (:func:`new_answer`), or sooner when more than :data:`PER_ANSWER_LIMIT` are kept: a
    streamed run's memory does not grow with the answers it read."""

    __slots__ = ("question",)

    def __init__(self, question: Callable[[str], Any]) -> None:
        super().__init__()
        self.question = question

    def __missing__(self, text: str) -> Any:
        if len(self) >= PER_ANSWER_LIMIT:
            self.clear()
        value = self[text] = self.question(text)
        return value


#: The most answers one :class:`PerAnswer` keeps (an answer of 2 MB holds about as many lines).
PER_ANSWER_LIMIT = 1 << 15

#: Every :class:`PerAnswer` made, cleared together by :func:`new_answer`.
_PER_ANSWER: list[PerAnswer] = []


def per_answer(question: Callable[[str], T]) -> Callable[[str], T]:
    """`question` (a pure function of one line's text) answered once per text of an answer: the
    reader asks the same lines the same questions from many steps (a region's scan, the header
    above it, the look for the next header, the net of unread lines), each re-splitting and
    re-matching the line. The function returned is the memo's ``__getitem__``: it takes the
    text as its one positional argument, as `question` does, and gives what `question` gives
    (the same object for the same text within an answer)."""
    memo = PerAnswer(question)
    _PER_ANSWER.append(memo)
    asked = memo.__getitem__
    return asked


def new_answer() -> None:
    """Forget the answers :func:`per_answer` kept for the lines of the answer read before."""
    for memo in _PER_ANSWER:
        memo.clear()
