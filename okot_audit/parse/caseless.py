"""Case-insensitive searches for the reader's word patterns, at the speed of plain ones.

Python's ``re.IGNORECASE`` folds the case of every character it compares, which makes a search
several times slower than a plain one. The reader's word patterns (measure words, partial-period
words, unit words, deferral words, the words of a question) are written in lower-case ASCII, so
the same search can run plainly on the text in lower case: for every character but three,
``re.IGNORECASE`` matches an ASCII letter exactly when ``str.lower()`` gives that letter, and
lower-casing keeps a character's length and its ``\\w``, ``\\d`` and ``\\s`` classes. The three
are the dotted capital ``İ`` (which ``str.lower()`` makes two characters), the dotless ``ı``
and the long ``ſ`` (which ``re.IGNORECASE`` matches to ``i`` and ``s``); a text holding one of
them is searched case-insensitively as before. Either way the same span is found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from okot_audit.parse.scan import lowered
from okot_audit.patterns import APOSTROPHES

#: Group syntax, the only place a pattern may write a capital (``(?P<name>…)``, ``(?P=name)``).
_GROUP_SYNTAX = re.compile(r"\(\?P[<=]")
#: Characters besides ASCII a pattern may hold: dashes and apostrophes, which have no case.
_CASELESS = frozenset("\u2013\u2014" + APOSTROPHES)


def at_word_start(words: Iterable[str], rest: str = "") -> str:
    """The pattern ``\\b(?:w1|w2|…)rest`` written so that each alternative opens with its word's
    letters, its word boundary looked back at: ``w1(?<=\\bw1)rest|w2(?<=\\bw2)rest|…`` (each
    word a literal of lower-case letters or escapes). It matches the same text at the same
    places, trying the words in the same order; but a search for a pattern whose every
    alternative opens with a letter skips to where one of those letters stands (the regex
    engine's quick look at a pattern's first characters), where a pattern that opens with
    ``\\b`` or a class is tried at every character of the text."""
    return "|".join(f"{word}(?<=\\b{word}){rest}" for word in words)


class Caseless:
    """A pattern of lower-case ASCII searched case-insensitively (see the module docstring)."""

    def __init__(self, pattern: str, needs: tuple[str, ...] = ()) -> None:
        """`needs`: words (lower case) one of which every match holds, when the pattern has
        such: a text without any of them is not searched."""
        letters = _GROUP_SYNTAX.sub("", pattern)
        if letters != letters.lower() or not all(c.isascii() or c in _CASELESS for c in letters):
            raise ValueError(f"not a lower-case ASCII pattern: {pattern!r}")  # ``\S`` and kin too
        self.pattern = pattern
        self.needs = needs
        self._plain = re.compile(pattern)
        self._ignoring = re.compile(pattern, re.I)

    def search(self, text: str, pos: int = 0) -> tuple[int, int] | None:
        """The span of the first match in `text` from `pos`, as ``re.IGNORECASE`` finds it."""
        if "\u0130" in text or "\u0131" in text or "\u017f" in text:  # İ ı ſ: see the module docstring
            match = self._ignoring.search(text, pos)
            return match.span() if match else None
        return self._search_lowered(lowered(text), pos)  # (a whole answer's text, a part at a time)

    def search_lowered(self, text: str, lower: str, pos: int = 0) -> tuple[int, int] | None:
        """:meth:`search`, `lower` being ``text.lower()`` made once for several patterns."""
        if "\u0130" in text or "\u0131" in text or "\u017f" in text:  # İ ı ſ: see the module docstring
            return self.search(text, pos)
        return self._search_lowered(lower, pos)

    def _search_lowered(self, lower: str, pos: int) -> tuple[int, int] | None:
        """The span of the first match of the lower-case pattern in `lower` (a text with none of
        İ ı ſ, lowered) from `pos`, past the quick look for one of its needed words."""
        if self.needs:
            for word in self.needs:  # (a loop, no generator: asked of most lines, for few words)
                if word in lower:
                    break
            else:
                return None
        match = self._plain.search(lower, pos)
        return match.span() if match else None

    def find(self, text: str) -> re.Match[str] | None:
        """The first match in `text` as ``re.IGNORECASE`` finds it, groups and all: where
        :meth:`search` says it starts, the case-insensitive pattern matches as its search would."""
        span = self.search(text)
        return None if span is None else self._ignoring.match(text, span[0])


class AnyOf:
    """Patterns searched as one, each with its own quick look (a pattern of many alternatives
    whose words are common is slower than its parts): the span of the first that matches, in
    the order given; the text is lowered once for all of them. Any object with
    :meth:`Caseless.search_lowered`'s signature may be a part."""

    def __init__(self, *patterns, needs: tuple[str, ...] = ()) -> None:
        """`needs`: words (lower case) one of which every match of every part holds: a text
        without any of them is not searched (as :class:`Caseless` does, once for all parts)."""
        self.patterns = patterns
        self.needs = needs

    def search(self, text: str, pos: int = 0) -> tuple[int, int] | None:
        if "\u0130" in text or "\u0131" in text or "\u017f" in text:  # İ ı ſ: see the module docstring
            return next((span for p in self.patterns if (span := p.search(text, pos)) is not None), None)
        return self.search_lowered(text, lowered(text), pos)

    def search_lowered(self, text: str, lower: str, pos: int = 0) -> tuple[int, int] | None:
        """:meth:`search`, `lower` being ``text.lower()`` (made once for every part)."""
        if self.needs and not any(word in lower for word in self.needs):
            return None
        for pattern in self.patterns:
            span = pattern.search_lowered(text, lower, pos)
            if span is not None:
                return span
        return None
