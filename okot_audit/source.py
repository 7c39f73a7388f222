"""A document's text: bytes decoded, lines numbered, bad input refused with a reason.

This is the first step of the flow. Nothing here knows about tables; it only turns bytes into
numbered lines (1-based, as an editor shows them) or raises :class:`InputError` with the file
and line that made reading impossible.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

#: A line longer than this is not PDF-extracted text (a page is ~100 characters wide).
MAX_LINE_CHARS = 20_000
#: A file larger than this is not one answer.
MAX_FILE_BYTES = 20 * 1024 * 1024

_CONTROL_OK = {"\t", "\n", "\r", "\f"}
#: Control characters that text of an answer does not hold (all but those above).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


class InputError(Exception):
    """The input cannot be audited at all (contract exit status 2).

    `str(error)` is the one line shown to the user: ``path:line: what is wrong``.
    """

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Source:
    """The text of one answer, split into lines; `lines[0]` is line 1.

    Every format is read into this one shape. Text input is kept as it is. A PDF or an
    ``.xlsx`` annex is *rendered* into lines whose character columns follow the positions on
    the page (or the sheet's columns), with ``positional=True``: the parser then places a
    number in the period column its position falls under, instead of inferring blanks from
    spacing. `pages` gives the 1-based page of each line (PDF), `line_numbers` the line each
    line is reported as (xlsx: the sheet row; by default its own 1-based index) and `sheets`
    the sheet each line comes from (xlsx).
    """

    path: str
    text: str
    encoding: str
    lines: tuple[str, ...]
    kind: str = "text"  # text | pdf | xlsx
    positional: bool = False
    pages: tuple[int | None, ...] | None = None
    line_numbers: tuple[int, ...] | None = None
    sheets: tuple[str | None, ...] | None = None

    def line(self, number: int) -> str:
        """Return the text of 1-based line `number`."""
        return self.lines[number - 1]

    def page_of(self, number: int) -> int | None:
        """The page on which 1-based line `number` stands (None for text input)."""
        return self.pages[number - 1] if self.pages else None

    def reported_line(self, number: int) -> int:
        """The line number users see for 1-based line `number` (xlsx: the sheet row)."""
        return self.line_numbers[number - 1] if self.line_numbers else number

    def sheet_of(self, number: int) -> str | None:
        """The sheet 1-based line `number` comes from (xlsx only)."""
        return self.sheets[number - 1] if self.sheets else None


def read_source(path: str | Path) -> Source:
    """Read and decode the file at `path`, refusing what is not answer text."""
    name = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(name, f"file is {size:,} bytes; an answer is far smaller (limit {MAX_FILE_BYTES:,})")
        data = p.read_bytes()
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a file") from None
    except FileNotFoundError:
        raise InputError(name, "no such file or folder") from None
    except PermissionError:
        raise InputError(name, "permission denied: cannot read the file") from None
    except OSError as exc:
        raise InputError(name, f"cannot read the file: {exc.strerror or exc}") from None
    return decode_source(data, name)


def decode_source(data: bytes, path: str = "<text>") -> Source:
    """Decode `data` (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252)."""
    if not data.strip():
        raise InputError(path, "file is empty" if not data else "file holds only white space")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _decode(data, "utf-16", path), "utf-16"
    elif data.startswith(codecs.BOM_UTF8):
        text, encoding = _decode(data[len(codecs.BOM_UTF8):], "utf-8", path), "utf-8-sig"
    else:
        if b"\x00" in data:
            line = data.count(b"\n", 0, data.index(b"\x00")) + 1
            raise InputError(path, "binary data (NUL byte); expected the text of an answer", line)
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode(data, "cp1252", path), "cp1252"
    return source_from_text(text, path, encoding)


def source_from_text(text: str, path: str = "<text>", encoding: str = "str") -> Source:
    """Build a :class:`Source` from text already in memory (line ends normalised)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not any(line.strip() for line in lines):
        raise InputError(path, "file is empty" if not text else "file holds only white space")
    cleaned = []
    controls = _CONTROL.search(text) is not None
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            raise InputError(path, f"line is {len(line):,} characters long; not the text of an answer", number)
        bad = len(_CONTROL.findall(line)) if controls else 0
        if bad > 2:
            raise InputError(path, f"binary data ({bad} control characters); expected the text of an answer", number)
        cleaned.append(_clean_line(line))
    return Source(path=path, text=text, encoding=encoding, lines=tuple(cleaned))


def _clean_line(line: str) -> str:
    """Fold the invisible characters PDF extraction leaves into plain spaces."""
    if "\f" in line or "\t" in line or "\xa0" in line:
        line = line.replace("\f", "").replace("\t", " ").replace("\xa0", " ")
    return line


def _decode(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            path,
            f"byte 0x{data[exc.start]:02x} decodes in none of UTF-8, UTF-16 or Windows-1252",
            line,
        ) from None
