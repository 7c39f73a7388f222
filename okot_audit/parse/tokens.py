"""The words of a line, found once and shared by every stage of the reader.

The reader's stages (regions, blanks, cells and their placements, columns, header words,
quarters, remarks, units …) each ask a line for its words — the runs of characters between
white space, each with where it stands — and most lines are asked several times: a row's line
while its region is scanned, while its blanks are marked, while its readings are listed and
while its label's digits are weighed. :func:`words_of` finds a line's words once and hands the
same immutable tuple to every stage that asks again.

The words are kept per answer: :func:`forget_words` drops them when an answer has been read
(:func:`~okot_audit.parse.parse_answer` does), and the store never holds more than
:data:`WORDS_KEPT` lines (it starts afresh when full), so that a very long answer, or a caller
outside :func:`~okot_audit.parse.parse_answer`, costs bounded memory. A line's words depend on
its text alone: what is kept or dropped changes how fast, never what, a stage reads.
"""

from __future__ import annotations

import re

#: A word of a line: a run of characters between white space.
WORD = re.compile(r"\S+")
#: How many distinct line texts the store keeps at most (an answer prints a few hundred lines;
#: the corpus's longest about three thousand).
WORDS_KEPT = 4096

_kept: dict[str, tuple[re.Match[str], ...]] = {}


def words_of(line: str) -> tuple[re.Match[str], ...]:
    """The words of `line` (:data:`WORD`), each a match that says the word and where it stands in
    `line`; the same tuple for the same text until :func:`forget_words`."""
    found = _kept.get(line)
    if found is None:
        if len(_kept) >= WORDS_KEPT:
            _kept.clear()
        found = _kept[line] = tuple(WORD.finditer(line))
    return found


def forget_words() -> None:
    """Drop the words kept so far (an answer read: its lines are asked no more)."""
    _kept.clear()
