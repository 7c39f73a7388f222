"""How reports write text that no UTF-8 can hold: the lone surrogates that stand for the bytes
of a file name that are no UTF-8 (``os.fsdecode``). Plain functions, light to import."""

from __future__ import annotations

import re

from okot_audit.surrogates import has_surrogate

#: Lone surrogates: Python's stand-ins for the bytes of a file name that are no UTF-8
#: (``os.fsdecode``: byte 0xFF is U+DCFF), which no UTF-8 report can hold as they are.
_SURROGATE = re.compile("[\ud800-\udfff]")


def byte_escape(char: str) -> str:
    """How a report writes one lone surrogate: the byte of a file name it stands for as
    ``\\xNN`` (U+DCFF → ``\\xff``, Python's ``backslashreplace`` of the name's bytes), any other
    as ``\\uNNNN``. Every report is valid UTF-8, and a name's bytes can be had again
    (``\\xNN`` → the byte NN)."""
    code = ord(char)
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every lone surrogate written as :func:`byte_escape` says (unchanged, and
    at the cost of one quick look, :func:`~okot_audit.surrogates.has_surrogate`, when it holds none)."""
    if not has_surrogate(text):
        return text
    return _SURROGATE.sub(lambda m: byte_escape(m.group()), text)


def printable_json(text: str) -> str:
    """JSON text (``ensure_ascii=False``: a surrogate stands in a string as itself) with every
    lone surrogate written as a JSON string's ``\\\\xNN``: the string then holds the text
    ``\\xNN`` of :func:`printable`, not a lone surrogate's ``\\udcff`` escape that strict
    JSON parsers refuse."""
    if not has_surrogate(text):
        return text
    return _SURROGATE.sub(lambda m: "\\" + byte_escape(m.group()), text)


#: Line breaks and tabs, which a terminal line shows as a space.
_BREAKS = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_BREAK = re.compile("[\n\r\t]")


#: How many characters of a file's name one line of a terminal shows (:func:`path_text` with
#: ``short=True``): a longer one is cut in its middle.
PATH_SHOWN = 160


def path_text(path: str, short: bool = False) -> str:
    """A file's name for one line of a terminal: line breaks and tabs in it written ``\\n``,
    ``\\r``, ``\\t`` (a space would name another file), bytes that are no UTF-8 ``\\xNN``.
    `short`: a name longer than :data:`PATH_SHOWN` characters keeps its start and its end (the
    file's own name) with ``…`` between (``/data/2022/…/vraag-74.html``), so that the line stays
    one a person can read; the reports that programs read (JSON, SARIF) keep the whole name."""
    if short and len(path) > PATH_SHOWN:
        head = PATH_SHOWN // 3
        path = path[:head] + "\u2026" + path[len(path) - (PATH_SHOWN - head - 1):]
    return printable(_BREAK.sub(lambda m: _BREAKS[m.group()], path))
