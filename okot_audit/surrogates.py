"""Whether text holds a surrogate: a quick look, the same answer as searching for one.

Lone surrogates are Python's stand-ins for the bytes of a file name that are no UTF-8
(``os.fsdecode``) or what a lenient decoder left; no UTF-8 text can hold them, so the readers
replace them and the reports write them as escapes. Most text holds none, and a report's text
is megabytes: a regular expression's look at every character (``[\\ud800-\\udfff]``) cost a
JSON report of 1,000 answers some 0.09 CPU s, this look a fifth of that.
"""

from __future__ import annotations


def has_surrogate(text: str) -> bool:
    """Whether `text` holds a character of U+D800 to U+DFFF (a surrogate, lone or not).

    ASCII holds none; other text holds one exactly when it cannot be written as UTF-8, which
    encodes every other character (the encoder's C loop is quicker than a search's)."""
    if text.isascii():
        return False
    for start in range(0, len(text), _SLICE):  # (a slice at a time: the bytes of a report's megabytes never all at once)
        try:
            text[start:start + _SLICE].encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


#: How many characters are encoded at a time: a bounded copy however long the text (a surrogate
#: fails to encode alone, so a slice boundary between two cannot hide one).
_SLICE = 1 << 16
