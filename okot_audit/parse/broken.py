"""A word that a narrow cell broke inside, read back whole in a row's name.

Word and fpdf2 break a word too long for its cell at the last letter that fits, with no hyphen
(``Se-n-se opvoeder leefgroepenwer`` / ``king``). A PDF's reader sees where the cell ends and
glues such pieces (:func:`okot_audit.read.pdf._mend_broken_words`); text an extractor printed
single-spaced (pdfplumber, pypdf) keeps only the lines, which the reader joins with a space. Here
two lines of a name are glued where the piece that ends the one and the piece that begins the
other make a word of the programmes' names of the catalogue the answer is read with (the user's codes
too) and neither piece is one
(``leefgroepenwer`` + ``king``, ``graduaatsopleid`` + ``ing``); a name wrapped between two words
(``Professionele bachelor`` / ``verpleegkunde``) keeps its space.
"""

from __future__ import annotations

import re

#: The letters that end a line's piece and begin the next line's (lower case: a broken word goes on
#: in lower case).
#: (Tried only where a letter follows no letter, and its letters taken whole: the search no longer
#: walks each word of the line to its end from each of its letters.)
_END = re.compile(r"(?<![^\W\d_])([^\W\d_]++)$")
_START = re.compile(r"^([^\W\d_A-Z]+)(?=$|[\s),;:])")


def joined_name(parts: list[str], words: frozenset[str]) -> str:
    """`parts` (a row's name, line by line) joined with a space, but where a word broke between
    two lines (see the module): there, without. `words`: the words of the programmes' names of
    the catalogue the answer is read with (:meth:`~okot_audit.catalogue.Catalogue.name_words`)."""
    if len(parts) < 2:
        return " ".join(parts)
    out = parts[0]
    for part in parts[1:]:
        out = out + ("" if _broken_between(out, part, words) else " ") + part
    return out


def _broken_between(before: str, after: str, words: frozenset[str]) -> bool:
    """Whether `before` ends and `after` begins with the pieces of one broken word."""
    before = before.rstrip()
    end = _END.search(before) if before[-1:].isalpha() else None
    start = _START.match(after) if after[:1].islower() else None
    if end is None or start is None:
        return False
    head, tail = end.group(1).lower(), start.group(1).lower()
    return head + tail in words and head not in words and tail not in words
