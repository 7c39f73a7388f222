"""A document's text: bytes decoded, lines numbered, bad input refused with a reason.

This is the first step of the flow. Nothing here knows about tables; it only turns bytes into
numbered lines (1-based, as an editor shows them) or raises :class:`InputError` with the file
and line that made reading impossible.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
import sys
import unicodedata
from dataclasses import dataclass, replace
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from okot_audit.surrogates import has_surrogate

if TYPE_CHECKING:
    from okot_audit.catalogue import Catalogue

#: A line longer than this is not PDF-extracted text (a page is ~100 characters wide).
MAX_LINE_CHARS = 20_000
#: A text of more lines than this is not one answer (an answer and its annexes run to thousands;
#: a PDF of :data:`okot_audit.read.pdf.MAX_PAGES` pages to some hundred thousand): three million
#: short lines (9 MB) took minutes and a gigabyte to read.
MAX_LINES = 200_000
#: A file larger than this is not one answer.
MAX_FILE_BYTES = 20 * 1024 * 1024

_CONTROL_OK = {"\t", "\n", "\r", "\f"}
#: Control characters that text of an answer does not hold (all but those above).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


#: No line is longer than MAX_LINE_CHARS, so no number has more digits: Python's guard against
#: converting huge digit strings (4,300 digits by default) is raised to that bound, so that an
#: absurd count is read as the number it is and reported (``schema-violation``), never a crash.
if 0 < sys.get_int_max_str_digits() < MAX_LINE_CHARS:
    sys.set_int_max_str_digits(MAX_LINE_CHARS)


class InputError(Exception):
    """The input cannot be audited at all (contract exit status 2).

    `str(error)` is the one line shown to the user: ``path:line: what is wrong``. `dutch`, when
    given, is the same reason in Dutch (for ``--lang nl``); `page` the PDF page it concerns.
    """

    def __init__(
        self, path: str, message: str, line: int | None = None, *, dutch: str | None = None,
        page: int | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.reason = message
        self.dutch = dutch
        self.page = page
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class HiddenColumn:
    """A column of an ``.xlsx`` sheet that is hidden (a ``Controle`` column a statistician hid):
    its letter, its first text that is no figure (`name`, its header) and its figures as
    printed, from 1-based line `line` to `last_line` of the rendered text (the lines of the
    sheet rows its figures stand on, or of the nearest row above that is shown)."""

    line: int
    last_line: int
    letter: str
    name: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class HiddenRow:
    """A row of an ``.xlsx`` sheet that is hidden and holds figures: its sheet row (`row`), its
    first text that is no figure (`name`, its label) and its figures as printed, a ``-`` for each
    column of figures it leaves blank. `line` is the 1-based line of the rendered text nearest
    above it that is shown (the row itself is left out of the lines)."""

    line: int
    row: int
    name: str
    values: tuple[str, ...]
    #: The row laid out as a line in the columns of the rows shown around it (its figures where
    #: theirs stand), for the parser to place them under the table's periods.
    text: str = ""


#: The label a reader writes for a total row that its source marks but does not name
#: (:class:`SuppliedLabel`: an annex's or a web page's row of figures in bold).
SUPPLIED_TOTAL = "Totaal"


@dataclass(frozen=True)
class SuppliedLabel:
    """A row label the reader wrote where the source prints none but says what the row is by its
    form: an ``.xlsx`` sheet's or a web page's row of figures without a label, set in bold right
    below a table's rows (its total, as a statistician marks it). `line` is the 1-based line of the
    rendered text the row stands on, `row` its sheet row (a page's: its line in the page), `label` the words written (``Totaal``) and `reason`
    what said it (``bold-row``). The parser reports each as a ``label-supplied`` record at its row,
    and the rule of that name says it: the word is not the answer's."""

    line: int
    row: int
    label: str
    reason: str


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
    #: The last line of the text each line was read from, where that is not the line it is
    #: reported at (:attr:`line_numbers`): a row set back from paragraphs of one figure each
    #: (:mod:`okot_audit.read.paragraphs`) runs from its first figure's line to its last's.
    line_ends: tuple[int, ...] | None = None
    #: Rows of tables printed with delimiters that could not be laid out in their columns, and a
    #: PDF's scanned pages (:class:`okot_audit.read.delimited.Unread`); their lines are left empty.
    unread: tuple = ()
    #: The columns of an ``.xlsx`` sheet hidden from its reader that hold figures
    #: (:class:`HiddenColumn`): left out of the lines, said so by the parser.
    hidden: tuple = ()
    #: Text with bytes that no encoding decodes (:class:`Undecodable`), read with U+FFFD in
    #: their place: the parser raises it when the text is an answer (a damaged one, that cannot
    #: be checked), and says "not an OKOT answer" when it is not (skipped by the hook).
    damage: "Undecodable | NulCharacters | None" = None
    #: What a file named as a PDF or a workbook holds instead (``an HTML page titled '404 Not
    #: Found'``, ``text``): said by the parser when the text is no answer (a download that failed),
    #: instead of "not an OKOT answer" — an answer's text under such a name is read as any text.
    misnamed: "InputError | None" = None
    #: The rows of an ``.xlsx`` sheet hidden from its reader that hold figures
    #: (:class:`HiddenRow`): left out of the lines, said so by the parser.
    hidden_rows: tuple = ()
    #: A PDF's pages (1-based) that hold text and an image over a good part of them (a table
    #: pasted as a picture below its prose): said by the parser when it read no table at all.
    pictured: tuple[int, ...] = ()
    #: An HTML page's images (``<img>``), each at its layout line (1-based) with its ``alt``
    #: text, else its ``src``: a table pasted as a picture, said by the parser when it read no
    #: table at all.
    images: tuple[tuple[int, str], ...] = ()
    #: The documents an HTML page embeds (``<object>``, ``<embed>``, ``<iframe>`` of a PDF, a
    #: workbook …) or links to (``<a href="bijlage.xlsx">``), each at its layout line with its
    #: file: where the answer's table is, said by the parser when it read no table at all.
    embeds: tuple[tuple[int, str], ...] = ()
    #: The labels the reader wrote for rows whose source prints none but marks what they are
    #: (:class:`SuppliedLabel`: an annex's total row in bold without a word): not printed.
    supplied: tuple[SuppliedLabel, ...] = ()
    #: Small figures alone on a line of their own that the reader joined into the name of the row
    #: above them, right below its counts (:func:`okot_audit.read.pdf.figures_joined`: ``… 3de jaar
    #: 30 20`` / ``12``), each as (the row's 1-based line, the line the figure is printed on — as
    #: users see it —, the figure as printed): the name's own number, or a figure the table lost,
    #: or a page's; said by the parser (``stray-number``, ``figure-under-name``).
    joined: tuple[tuple[int, int, str], ...] = ()

    def line(self, number: int) -> str:
        """Return the text of 1-based line `number`."""
        return self.lines[number - 1]

    def page_of(self, number: int) -> int | None:
        """The page on which 1-based line `number` stands (None for text input)."""
        return self.pages[number - 1] if self.pages else None

    def reported_line(self, number: int) -> int:
        """The line number users see for 1-based line `number` (xlsx: the sheet row)."""
        return self.line_numbers[number - 1] if self.line_numbers else number

    def last_line(self, number: int) -> int:
        """The last line users see of what 1-based line `number` was read from: where a span
        that ends at `number` ends (a row set back from paragraphs: its last figure's line)."""
        return self.line_ends[number - 1] if self.line_ends else self.reported_line(number)

    def sheet_of(self, number: int) -> str | None:
        """The sheet 1-based line `number` comes from (xlsx only)."""
        return self.sheets[number - 1] if self.sheets else None


def path_name(path: "str | bytes | os.PathLike") -> str:
    """The name of the file `path` stands for, as text: a str, a :class:`~pathlib.Path` or
    another ``os.PathLike`` (an ``os.DirEntry``), or bytes as the file system gives them. Any
    other value is a TypeError: an int was read as an open file descriptor (``0``: standard
    input), and bytes or a DirEntry were reported as ``b'…'`` or ``<DirEntry …>``."""
    if isinstance(path, (str, bytes, os.PathLike)):
        return os.fsdecode(os.fspath(path))
    hint = ": give the file's path, or its text or bytes to read_text()" if hasattr(path, "read") else ""
    raise TypeError(f"a path is a str, bytes or os.PathLike (a pathlib.Path), not {type(path).__name__}{hint}")


def read_source(path: "str | bytes | os.PathLike", *, catalogue: "Catalogue | None" = None) -> Source:
    """Read the file at `path` in whatever format its bytes say (see :func:`source_from_bytes`)."""
    name = path_name(path)
    return source_from_bytes(read_bytes(name), name, catalogue=catalogue)


def read_bytes(path: "str | bytes | os.PathLike", *, walked: bool = False, typed: bool = False) -> bytes:
    """The bytes of the file at `path`, or an :class:`InputError` that says why there are none.

    Never more than :data:`MAX_FILE_BYTES` are read, whatever the file says its size is (a
    named pipe or a device has none). A named pipe or a terminal is read when it is named
    (``check <(pdftotext -layout a.pdf -)``, ``/dev/stdin``), but a file found in a folder walk
    (`walked`) that is no regular file — a named pipe, a socket, a device — is refused without
    opening it: opening a pipe nobody writes to would wait for ever. A path `typed` on a command
    line is a path: one that holds a line break and names no file is "no such file", never
    the library's hint that an answer's text was given where its path goes.
    """
    name = path = path_name(path)
    try:
        status = os.stat(path)
        mode = status.st_mode
        if stat.S_ISDIR(mode):
            raise InputError(name, "is a folder, not a file")
        if not stat.S_ISREG(mode) and (walked or not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode))):
            kind = "a named pipe" if stat.S_ISFIFO(mode) else \
                "a socket" if stat.S_ISSOCK(mode) else "a device or other special file"
            raise InputError(name, f"is {kind}, not a file; name a regular file",
                             dutch=f"is {_DUTCH_KINDS[kind]}, geen bestand; geef een gewoon bestand")
        if status.st_size > MAX_FILE_BYTES:
            raise InputError(name, f"file is {status.st_size:,} bytes; an answer is far smaller (limit {MAX_FILE_BYTES:,})")
        with open(path, "rb") as handle:
            data = _read_at_most(handle, MAX_FILE_BYTES + 1, status.st_size if stat.S_ISREG(mode) else None)
    except InputError:
        raise
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a file") from None
    except FileNotFoundError:
        if "\n" in name and not typed:  # an answer's text given where its path goes (audit(text), read_answer(data))
            raise _text_for_a_path(name) from None
        if os.path.islink(name):  # (`ls` lists it: "no such file" alone puzzled)
            target = os.readlink(name)
            raise InputError(name, f"a symbolic link to {target!r}, which does not exist",
                             dutch=f"een symbolische koppeling naar {target!r}, dat niet bestaat") from None
        raise InputError(name, "no such file or folder") from None
    except ValueError:  # (a NUL character, which no path holds)
        raise InputError(name.replace("\0", "\\0")[:200], "a path cannot hold a NUL character; name a file",
                         dutch="een pad kan geen NUL-teken bevatten; geef een bestand") from None
    except PermissionError:
        raise InputError(name, "permission denied: cannot read the file") from None
    except OSError as exc:
        if "\n" in name and exc.errno == errno.ENAMETOOLONG and not typed:
            raise _text_for_a_path(name) from None
        if exc.errno == errno.ELOOP:
            raise InputError(name, "a loop of symbolic links that leads to no file",
                             dutch="een lus van symbolische koppelingen die naar geen bestand leidt") from None
        raise InputError(name, f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:  # a pipe or a device, whose size no one knew
        raise InputError(name, f"input is more than {MAX_FILE_BYTES:,} bytes; an answer is far smaller",
                         dutch=f"de invoer is meer dan {MAX_FILE_BYTES:,} bytes; een antwoord is veel kleiner")
    return data


def _read_at_most(handle, limit: int, size: int | None = None) -> bytes:
    """``handle.read(limit)``: the bytes up to the end of the file, never more than `limit`.
    Where the file says its `size`, that many and one more are asked for first — a read of
    `limit` (21 MB) made room for all of them for every answer of a few kB (an allocation of its
    own, and its pages) — and only a file that grew since goes on to `limit`."""
    if size is None or size + 1 >= limit:
        return handle.read(limit)
    data = handle.read(size + 1)
    if len(data) <= size:  # (the end of the file: read(n) stops short only there)
        return data
    return data + handle.read(limit - len(data))


def _text_for_a_path(name: str) -> InputError:
    """The error of an answer's text (lines of it) given as the path of a file."""
    first = name.strip().split("\n", 1)[0].strip()[:60]
    return InputError(f"{first!r}…", "no such file: this is text of several lines, not a path; read an answer's "
                      "text with okot_audit.read_text()",
                      dutch="bestand bestaat niet: dit is tekst van meerdere regels, geen pad; lees de tekst van een "
                      "antwoord met okot_audit.read_text()")


_DUTCH_KINDS = {"a named pipe": "een named pipe", "a socket": "een socket",
                "a device or other special file": "een apparaat of ander speciaal bestand"}


#: How the formats other than text announce themselves in their first bytes.
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
#: An OLE compound file: an old ``.xls`` or ``.doc``, or a password-protected ``.xlsx``.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes) -> str:
    """The format of `data` from its bytes, whatever the file is called: pdf, xlsx or text.

    A PDF starts with ``%PDF-`` (junk before it in the first KB is tolerated, as PDF readers
    do, when the marker starts a line: a text that mentions ``%PDF-1.4`` in a sentence is text);
    an ``.xlsx`` workbook is a zip archive holding ``xl/workbook.xml``. A zip without a
    workbook is ``"zip"``, one that cannot be opened (cut short, damaged) ``"broken-zip"``, and
    an OLE compound file ``"ole"`` (all refused by :func:`source_from_bytes`); anything else is
    text.
    """
    at = data.find(PDF_MAGIC, 0, 1024)
    if at == 0 or (at > 0 and data[at - 1:at] in (b"\n", b"\r", b"\0")):
        return "pdf"
    if data.startswith(OLE_MAGIC):
        return "ole"
    if data.startswith(ZIP_MAGIC):
        import io
        import zipfile

        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except Exception:  # noqa: BLE001 - BadZipFile, NotImplementedError ("zip file version 10.5"), …
            return "broken-zip"
        return "xlsx" if "xl/workbook.xml" in names else "zip"
    return "text"


def source_from_bytes(data: bytes, path: str = "<bytes>", *, catalogue: "Catalogue | None" = None) -> Source:
    """Read `data` into a :class:`Source`, recognising the format from the bytes.

    PDF → :func:`okot_audit.read.pdf.read_pdf` (positions kept), ``.xlsx`` →
    :func:`okot_audit.read.xlsx.read_xlsx`, anything else is decoded as text
    (:func:`decode_source`). pdfplumber and openpyxl are imported only for their format.
    `catalogue` (the shipped one when None): the one the answer is read with — the names of its
    programmes tell a word a narrow cell broke in a page's layout from two words.
    """
    kind = sniff(data)
    if kind == "pdf":
        from okot_audit.read.pdf import read_pdf

        return read_pdf(data, path, catalogue=catalogue)
    if kind == "xlsx":
        from okot_audit.read.xlsx import read_xlsx

        return read_xlsx(data, path)
    if kind == "ole":
        raise InputError(
            path, "an old Excel (.xls) or Word (.doc) file, or a password-protected workbook; "
            "save it as .xlsx without a password, or as PDF",
            dutch="een oud Excel- (.xls) of Word-bestand (.doc), of een werkmap met wachtwoord; "
            "bewaar het als .xlsx zonder wachtwoord, of als PDF",
        )
    if kind == "broken-zip":  # a workbook cut short (a download that stopped) or damaged
        raise InputError(
            path, "a damaged or incomplete zip archive (a broken .xlsx workbook?) that cannot be opened; "
            "give the workbook as published",
            dutch="een beschadigd of onvolledig zip-archief (een kapotte .xlsx-werkmap?) dat niet te openen is; "
            "geef de werkmap zoals gepubliceerd",
        )
    if kind == "zip":
        raise InputError(
            path, "a zip archive that is not an Excel workbook (.xlsx); expected an answer (PDF, text or .xlsx)",
            dutch="een zip-archief dat geen Excel-werkmap (.xlsx) is; verwacht een antwoord (PDF, tekst of .xlsx)",
        )
    named = _FORMAT_NAMES.get(os.path.splitext(path)[1].lower())
    if named is None:
        return decode_source(data, path, catalogue=catalogue)
    try:  # a file named .pdf or .xlsx that holds neither: no answer, unless its text is one
        source = decode_source(data, path, catalogue=catalogue)
    except InputError as error:
        if not error.reason.startswith(("binary data (", "file is empty", "file holds only white space")):
            raise
        what = ("it holds binary data", "het bevat binaire gegevens") if error.reason.startswith("binary") else \
            ("it is empty", "het is leeg")
        raise _misnamed(path, named, *what) from None
    if source.kind == "html":
        title = _HTML_TITLE.search(data[:4096].decode("utf-8", "replace"))
        words = " ".join(title.group(1).split())[:80] if title else ""
        what = (f"it holds an HTML page titled '{words}' and no answer",
                f"het bevat een HTML-pagina met de titel '{words}' en geen antwoord") if words else \
            ("it holds an HTML page and no answer", "het bevat een HTML-pagina en geen antwoord")
    else:
        what = ("it holds text and no answer", "het bevat tekst en geen antwoord")
    return replace(source, misnamed=_misnamed(path, named, *what))


#: The formats a file's suffix names, in English and Dutch: a file so named that holds another
#: format is most often a download that failed (a server's error page saved as ``answer.pdf``).
_FORMAT_NAMES = {".pdf": ("a PDF", "een PDF"), ".xlsx": ("an Excel workbook", "een Excel-werkmap"),
                 ".xlsm": ("an Excel workbook", "een Excel-werkmap")}
_HTML_TITLE = re.compile(r"<title[^>]*>([^<]{1,200})</title", re.I)


def _misnamed(path: str, named: tuple[str, str], what: str, what_nl: str) -> InputError:
    """The error of a file named `named` (a PDF, a workbook) that holds `what` instead."""
    suffix = os.path.splitext(path)[1]
    return InputError(
        path, f"named {suffix} but no {named[0].split(' ', 1)[1]}: {what} — a download that failed, or a file "
        "saved under the wrong name; get the answer again",
        dutch=f"heet {suffix} maar is geen {named[1].split(' ', 1)[1]}: {what_nl} — een download die mislukte, of "
        "een bestand onder de verkeerde naam bewaard; haal het antwoord opnieuw op",
    )


#: What makes text an HTML page rather than an answer's text.
_HTML = re.compile(r"<!doctype\s+html|<html[\s>]|<table[\s>]|<body[\s>]", re.I)


def looks_like_html(text: str) -> bool:
    """Whether `text` is an HTML page (its first kilobytes open one). Here, not in
    :mod:`okot_audit.read.html`, so that telling a text from a page does not load the HTML
    reader (``html.parser``) for every text."""
    return _HTML.search(text[:4096]) is not None


def decode_source(data: bytes, path: str = "<text>", *, catalogue: "Catalogue | None" = None) -> Source:
    """Decode `data` (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252) and read it
    as an answer's text — or, when it is an HTML page, as one (:mod:`okot_audit.read.html`).

    Bytes that no encoding decodes do not stop the reading here: the text is read with U+FFFD
    in their place and the :class:`Undecodable` error kept as the source's `damage`, so that
    the parser can tell a damaged answer (refused, with the byte's place) from a file that is
    no answer at all (a note in another encoding, which a folder walk and the pre-commit hook
    skip)."""
    try:
        text, encoding = decode_text(data, path)
    except Undecodable as damage:
        return replace(text_source(damage.text, path, damage.encoding, catalogue=catalogue), damage=damage)
    return text_source(text, path, encoding, catalogue=catalogue)


def text_source(
    text: str, path: str = "<text>", encoding: str = "str", *, catalogue: "Catalogue | None" = None,
) -> Source:
    """Decoded text as a :class:`Source`: an HTML page (:mod:`okot_audit.read.html`) or an
    answer's text (:func:`source_from_text`).

    A NUL character in the text (a byte of binary data, a file damaged in a copy) does not stop
    the reading here: the text is read with U+FFFD in its place and :class:`NulCharacters` kept
    as the source's `damage`, as bytes no encoding decodes are (:func:`decode_source`): an
    answer is refused with the place, a file that is no answer skipped as one."""
    if "\x00" in text:
        damage = NulCharacters(text, path)
        return replace(text_source(text.replace("\x00", "\ufffd"), path, encoding, catalogue=catalogue), damage=damage)
    if looks_like_html(text):
        from okot_audit.read.html import read_html

        return read_html(text, path, encoding)
    return source_from_text(text, path, encoding, catalogue=catalogue)


def decode_text(data: bytes, path: str = "<text>") -> tuple[str, str]:
    """`data` decoded (UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252), and the
    encoding it was read in."""
    if not data.strip():
        raise InputError(path, "file is empty" if not data else "file holds only white space")
    unmarked = _utf16_without_bom(data)
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text, encoding = _decode(data, "utf-32", path), "utf-32"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _decode(data, "utf-16", path), "utf-16"
    elif data.startswith(codecs.BOM_UTF8):
        text, encoding = _decode(data[len(codecs.BOM_UTF8):], "utf-8", path, len(codecs.BOM_UTF8)), "utf-8-sig"
    elif unmarked is not None:
        text, encoding = unmarked
    else:
        if b"\x00" in data:
            damaged = _text_with_nul_bytes(data)
            if damaged is not None:  # (the text of an answer, maybe, with a stray NUL: :func:`text_source`)
                return damaged, "utf-8"
            line = data.count(b"\n", 0, data.index(b"\x00")) + 1
            raise InputError(path, "binary data (NUL byte); expected the text of an answer", line)
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as not_utf8:
            mixed = _lines_in_their_encodings(data)
            try:
                text, encoding = (mixed, MIXED) if mixed is not None else (data.decode("cp1252"), "cp1252")
            except UnicodeDecodeError as not_cp1252:
                # UTF-8 with a damaged byte holds bytes Windows-1252 lacks in its good characters
                # too (``Á`` is C3 81): the place is the one of the encoding that fails least
                raise min((Undecodable(data, "utf-8", not_utf8.start, path),
                           Undecodable(data, "cp1252", not_cp1252.start, path)), key=attrgetter("count")) from None
    return text, encoding


def _text_with_nul_bytes(data: bytes) -> str | None:
    """`data` decoded as UTF-8 when it is text but for a few NUL bytes (at most one in a
    hundred bytes; everything else UTF-8 and no more control characters than the NULs): a
    damaged copy of an answer's text, which :func:`text_source` reads to tell an answer that
    cannot be checked (refused) from a file that is none (skipped). None for binary data."""
    nuls = data.count(0)
    if nuls * 100 > len(data):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if len(_CONTROL.findall(text)) <= 2 * nuls else None


def _line_and_column(before: str) -> tuple[int, int]:
    """The 1-based line and column of the character right after the text `before` it (any line
    ends: CRLF, CR or LF)."""
    before = before.replace("\r\n", "\n").replace("\r", "\n")
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


class NulCharacters(InputError):
    """NUL characters in a text (binary data, or a file damaged in a copy): the first one's
    line and column, and how many there are."""

    def __init__(self, text: str, path: str) -> None:
        at = text.index("\x00")
        line, self.column = _line_and_column(text[:at])
        self.count = text.count("\x00")
        more = self.count - 1
        after = f"; {more:,} more after it" if more > 0 else ""
        after_nl = f"; nog {more:,} erna" if more > 0 else ""
        super().__init__(
            path,
            f"binary data in the text: a NUL byte (column {self.column}{after}); the file is damaged, or no "
            "text; save the answer again as text",
            line,
            dutch=f"binaire gegevens in de tekst: een NUL-byte (kolom {self.column}{after_nl}); het bestand is "
            "beschadigd, of geen tekst; bewaar het antwoord opnieuw als tekst",
        )


#: The encoding of UTF-8 text with some lines in Windows-1252 (:func:`_lines_in_their_encodings`).
MIXED = "utf-8+cp1252"
def _lines_in_their_encodings(data: bytes) -> str | None:
    """UTF-8 text with some lines in Windows-1252 — a paragraph pasted in from another file,
    one ``é`` typed in another program — each line decoded in the encoding it is in; None when
    no line of non-ASCII characters is UTF-8 (Windows-1252 text: read whole) or a line is in
    neither. Read whole as Windows-1252, the UTF-8 lines were garbled (``–`` as ``â€“``): a dash
    that marks a blank cell was lost, and the row's figures read under the wrong periods.
    (Lines end at LF; a UTF-8 sequence never holds one. Each line is decoded once.)"""
    lines = []
    utf8 = False  # (a line of non-ASCII characters in UTF-8)
    for line in data.split(b"\n"):
        if line.isascii():
            lines.append(line.decode("ascii"))
            continue
        try:
            lines.append(line.decode("utf-8"))
            utf8 = True
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                return None  # (the place of what no encoding reads is reported as before)
    return "\n".join(lines) if utf8 else None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """`data` decoded as UTF-16 without a byte-order mark, when its bytes say so beyond doubt:
    an answer's text is mostly Latin letters, digits and spaces, so in UTF-16 every other byte
    is NUL — the odd ones little-endian, the even ones big-endian — and the others almost never
    are. None when they do not say so (binary data has NULs anywhere)."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 8 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0) / (len(sample) // 2), sample[1::2].count(0) / (len(sample) // 2)
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= 0.6 and others <= 0.02:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    return None


def source_from_text(
    text: str, path: str = "<text>", encoding: str = "str", *, catalogue: "Catalogue | None" = None,
) -> Source:
    """Build a :class:`Source` from text already in memory (`catalogue`: as
    :func:`source_from_bytes` takes it, for text laid out in columns: :func:`~okot_audit.read.layout.relayout`).

    Line ends are normalised and every line is brought to Unicode NFKC form, line by line so
    that line numbers stay those of the file: ligatures PDF extractors leave (``ﬁ`` → ``fi``),
    compatibility spaces and full-width digits become the plain characters labels are read in.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if has_surrogate(text):  # lone surrogates cannot be written out: U+FFFD, as a decoder would
        text = text.encode("utf-8", "replace").decode("utf-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) > MAX_LINES:
        raise InputError(path, f"the text has {len(lines):,} lines; an answer has far fewer (limit {MAX_LINES:,})",
                         dutch=f"de tekst heeft {len(lines):,} regels; een antwoord heeft er veel minder "
                         f"(grens {MAX_LINES:,})")
    if not any(line.strip() for line in lines):
        raise InputError(path, "file is empty" if not text else "file holds only white space")
    cleaned = []
    controls = _CONTROL.search(text) is not None
    from okot_audit.read.delimited import grid_blocks

    unread: list = []
    gridded = grid_blocks(lines, unread)  # tables printed with delimiters (|, ;, tabs) laid out in columns
    if controls or max(map(len, gridded), default=0) > MAX_LINE_CHARS:  # (a line to say: the first, in order)
        for number, line in enumerate(gridded, start=1):
            if len(line) > MAX_LINE_CHARS:
                raise InputError(path, f"line is {len(line):,} characters long; not the text of an answer", number)
            bad = len(_CONTROL.findall(line)) if controls else 0
            if bad > 2:
                raise InputError(path, f"binary data ({bad} control characters); expected the text of an answer", number)
            cleaned.append(_clean_line(_without_controls(line) if bad else line))
    elif gridded is lines and "\t" not in text and "\f" not in text:  # (:func:`_clean_line` gives a line in ASCII back as it is)
        cleaned = [line if line.isascii() else _clean_line(line) for line in gridded]
    else:
        cleaned = list(map(_clean_line, gridded))
    from okot_audit.read.layout import form_feed_pages, relayout

    pages = form_feed_pages(lines) if "\f" in text else None
    if gridded is not lines:  # its tables' cells are known: placed by position, as an annex's
        return Source(path=path, text=text, encoding=encoding, lines=tuple(cleaned), positional=True,
                      pages=tuple(pages) if pages else None, unread=tuple(unread))
    source = Source(path=path, text=text, encoding=encoding, lines=tuple(cleaned))
    read = relayout(source, pages, catalogue=catalogue)
    grid = not read.positional and read.lines is not source.lines  # a padded grid, its spaces run into one
    if not read.positional and read.line_numbers is None:  # prose and a table side by side, single-spaced
        from okot_audit.read.beside import rows_beside_prose

        ordered = rows_beside_prose(read.lines)
        if ordered is not None:
            read = replace(read, lines=tuple(ordered[0]), line_numbers=tuple(ordered[1]),
                           pages=tuple(pages[i - 1] for i in ordered[1]) if pages else None)
    if not read.positional and read.line_numbers is None:  # a table printed a cell a paragraph (plain ``pdftotext``)
        from okot_audit.read.paragraphs import paragraph_rows

        read = paragraph_rows(read, pages)
    if pages is not None and not read.positional and read.line_numbers is None:  # single-spaced text with pages: feeds end them
        from okot_audit.read.layout import pages_apart

        read = pages_apart(read, lines, _clean_line, collapse=read.lines is not source.lines)
    if not read.positional:  # two table lines an extractor ran into one (``… 57 57Totaal onderwijs 106 …``)
        from okot_audit.read.runon import lines_apart

        read = lines_apart(read)
    if grid:
        from okot_audit.read.layout import without_grid_blanks

        read = without_grid_blanks(read)
    return read


def _without_controls(line: str) -> str:
    """`line` without its control characters (a DOS end-of-file mark, a bell or vertical tab a
    word processor left): one between two characters that are no space becomes a space, so
    that it never glues a figure's digits to a word or splits them unseen (``Totaal 4\x0139``
    read ``4`` and ``39``, more figures than periods: said, where ``4\x0139`` was a label's
    word and the figure lost); one beside a space or at the line's edge goes, never a double
    space (a blank cell in single-spaced text)."""
    return _CONTROLS.sub(lambda m: " " if 0 < m.start() and m.end() < len(line) and not line[m.start() - 1].isspace()
                         and not line[m.end()].isspace() else "", line)


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]+")


def _clean_line(line: str) -> str:
    """Fold the invisible characters PDF extraction leaves into plain spaces; NFKC the rest.
    A character that takes no room on the page (a soft hyphen, a zero-width space) goes
    (:func:`visible`), as NFKC makes one character of a ligature two: never a space in its
    place, which in single-spaced text would be a blank cell (``Oost-Vlaanderen  918``)."""
    if "\f" in line or "\t" in line or "\xa0" in line:
        line = line.replace("\f", "").replace("\t", " ").replace("\xa0", " ")
    if not line.isascii():
        if _INVISIBLE.search(line):
            line = _INVISIBLE.sub("", line)
        if not unicodedata.is_normalized("NFKC", line):
            line = nfkc(line)
    return line


#: Characters that take no room on the page and are no part of a word as it reads: a soft
#: hyphen (Word's optional hyphen: ``Oost-Vlaan\xadderen``), zero-width spaces and joiners, a
#: word joiner or a byte-order mark inside the text, marks of writing direction. NFKC keeps
#: them, so a label holding one named no province and no programme.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")


def visible(text: str) -> str:
    """`text` without the characters that take no room on the page (:data:`_INVISIBLE`)."""
    return _INVISIBLE.sub("", text) if not text.isascii() and _INVISIBLE.search(text) else text


def nfkc(text: str) -> str:
    """`text` in NFKC form, never split into more lines (a compatibility line break stays a space),
    without the characters that take no room on the page (a soft hyphen: :func:`visible`).
    A superscript number is a footnote's mark, never a count: it is written in brackets
    (``(SLO) ¹ <5 7`` → ``(SLO) (1) <5 7``, ``2022²`` → ``2022(2)``), which NFKC alone would
    make a figure of the row (``(SLO) 1 <5 7``) or digits of the one before it."""
    text = visible(text)
    if _SUPERSCRIPT.search(text):
        text = _SUPERSCRIPT.sub(lambda m: "(" + m.group(1).translate(_SUPERSCRIPT_DIGITS) + ")", text)
    text = unicodedata.normalize("NFKC", text)
    if "\n" in text or "\r" in text:
        text = text.replace("\r", " ").replace("\n", " ")
    return text


#: Superscript digits (a footnote's number), maybe in superscript brackets: ``¹``, ``²³``, ``⁽¹⁾``.
_SUPERSCRIPT = re.compile("\u207d?([\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)\u207e?")
_SUPERSCRIPT_DIGITS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789")


class Undecodable(InputError):
    """Bytes of a text that no encoding decodes: the first one's value, line, column and
    offset in the file, and how many there are. `text` is the whole text with U+FFFD in their
    place, in `encoding` (the one tried last)."""

    def __init__(self, data: bytes, encoding: str, start: int, path: str, skip: int = 0) -> None:
        self.text = data.decode(encoding, "replace")
        self.encoding = encoding
        self.offset = start = start + skip  # (`skip`: a byte-order mark cut off `data`)
        self.byte = data[start - skip]
        line, self.column = _line_and_column(data[:start - skip].decode(encoding, "replace"))
        # (a U+FFFD the file spells out in UTF-8 is no undecodable byte)
        self.count = self.text.count("\ufffd") - (data.count("\ufffd".encode()) if encoding.startswith("utf-8") else 0)
        more = self.count - 1
        after = f"; {more:,} more such byte{'s' if more > 1 else ''} after it" if more > 0 else ""
        after_nl = f"; nog {more:,} zulke byte{'s' if more > 1 else ''} erna" if more > 0 else ""
        super().__init__(
            path,
            f"byte 0x{self.byte:02x} (column {self.column}, byte offset {start} in the file{after}) decodes in none "
            "of UTF-8, UTF-16 or Windows-1252: the file is damaged, or text in another encoding; save it as UTF-8",
            line,
            dutch=f"byte 0x{self.byte:02x} (kolom {self.column}, byte-offset {start} in het bestand{after_nl}) is "
            "geldig in UTF-8, UTF-16 noch Windows-1252: het bestand is beschadigd, of tekst in een andere codering; "
            "bewaar het als UTF-8",
        )


def _decode(data: bytes, encoding: str, path: str, skip: int = 0) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise Undecodable(data, encoding, exc.start, path, skip) from None
