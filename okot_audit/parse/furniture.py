"""Page furniture in extracted text: page numbers and the running header glued to them.

Text from a PDF carries what the pages carried around the table: ``Pagina 3 van 5`` at the
foot of each page, often glued by the extractor to the running header of the next page
(``Pagina 1 van 5Vlaams Parlement - Schriftelijke vragen en antwoorden``), or holds its page's
number after words of its own (``Antwoord van 12 februari 2024 — pagina 1 van 3 — 1011 Brussel``:
:func:`page_footers`). Such a line is not table content: its numbers belong to no row. (A PDF read by okot-audit itself drops these by
their place on the page; :mod:`okot_audit.read.pdf`.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from okot_audit.parse.cells import is_number, numbered_word, numeric_tail
from okot_audit.patterns import (
    CODE_OPENING, CODED_ROW, MONTH_NAME, PAGE_DIGITS, PAGE_MARK_WORD, PAPER_MARKS, PAPER_ONLY_WORDS, PAPER_QUESTION,
    PAPER_SESSION, PAPER_SHORT_WORDS, PAPER_TITLE, TOTAL_LINE_WORDS, numbers_run, page_mark, page_said, words_pattern,
)

if TYPE_CHECKING:
    from okot_audit.catalogue import Catalogue

#: A page's number and the number of pages with no page word, glued to what follows (``1/2Vlaams …``).
_PAGE_SLASH = PAGE_DIGITS + "/" + PAGE_DIGITS
_PAGE = re.compile(r"^\s*(?:[-–—]\s*)?" + page_said(), re.I)


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def page_furniture(
    lines: tuple[str, ...], candidates: "list[int] | None" = None, rows: "dict[int, int] | None" = None,
    feeds: bool = False,
) -> frozenset[int]:
    """0-based indexes of the lines that are page numbers (maybe with a running header glued
    after them): a line that is a page's number and says so (:func:`~okot_audit.patterns.page_mark`:
    ``Pagina 2 van 5``, ``p. 2``, ``page 2 of 5``, ``2/5``, ``2 van 5``), ``- 2 -`` (where two pages
    at least are numbered so: a label wrapped at its range, ``… sec 2`` / ``- 3 -`` / ``2e jaar
    785``, prints it once; its dashes say what it is, no run needed), ``- 2`` where no form feed tells the
    pages (`feeds`) and these count with the pages to the text's end (:func:`_dashed_feet`); a page
    number with other text after it only when that text recurs after another page number too, or is glued
    to a page number of the form *n of m* (``Pagina 1 van 2Vlaams Parlement …``).
    `candidates`: :func:`_candidates` of `lines`, `rows`: :func:`_rows_after_footers`, when known."""
    found: dict[int, str] = {}
    indexes = _candidates(lines) if candidates is None else candidates
    rows = _rows_after_footers(lines, indexes) if rows is None else rows
    marks = {i: mark for i in indexes if (mark := page_mark(lines[i])) is not None and mark.says}
    dashed = {i: mark.number for i, mark in marks.items() if mark.dashed}
    if len(set(dashed.values())) >= 2:  # (they say so; a label's range prints one once: two numbers, no run)
        found.update(dict.fromkeys(dashed, ""))
    if not feeds:
        found.update(dict.fromkeys(_dashed_feet(lines, indexes), ""))
        found.update(dict.fromkeys(_bare_feet(lines, indexes), ""))
    for index in indexes:
        line = lines[index]
        if index in rows:
            continue  # (the footer is cut off the row: :func:`without_furniture`)
        if (index in marks and index not in dashed) or _glued(line):
            found[index] = ""  # (it says it is a page's number: a word, the page count)
            continue
        match = _PAGE.match(line)
        if match:
            found[index] = _key(line[match.end():])
    if not found:
        return frozenset()
    recurring = Counter(found.values())
    return frozenset(i for i, rest in found.items() if not rest or recurring[rest] >= 2)


def _dashed_feet(lines: tuple[str, ...], indexes: list[int]) -> list[int]:
    """0-based indexes of the page numbers after one dash (``- 1``, ``- 2``: a page's foot as
    pdfplumber or pypdf prints it, between a table's rows, no form feed telling the pages) where
    the evidence says they are: they count with the pages (:func:`~okot_audit.patterns.numbers_run`:
    up by one from page 3 at most, two at least), each a page's distance below the one before
    (:data:`_PAGE_LINES` lines or more), and the last of them stands where the last page ends: no
    more lines after it than the longest page before it holds (the last page's rest: a reader may
    move a last line or drop it). ``- 2`` alone may be a wrapped label's range end (``… fase 1`` /
    ``- 2``) or a figure: it stays for the table to read or say. Every such line of `indexes` is
    one, or none is."""
    feet = [(i, mark.number) for i in indexes if lines[i].lstrip()[:1] in _DASHES
            and (mark := page_mark(lines[i])) is not None and not mark.says]
    return _feet_run(lines, feet)


def _bare_feet(lines: tuple[str, ...], indexes: list[int]) -> list[int]:
    """0-based indexes of the page numbers alone (``1``, ``2``: a page's foot as pdfplumber or pypdf
    prints it, no form feed telling the pages) where the evidence says they are: as for
    :func:`_dashed_feet`, and each stands right under a row's line — words and figures at its end —
    as a foot under a page's last row does. A figure alone is a row's count as well (``Zorgkundige``
    / ``1``, its name above it) or a name's last digit (``… module`` / ``5``): one that stands under
    no whole row, or that counts with no pages, stays for the table to read or say. Every such line
    of `indexes` is one, or none is."""
    feet = [(i, int(bare)) for i in indexes if (bare := lines[i].strip()).isdigit() and len(bare) <= 4]
    if not all(_under_a_row(lines, i) for i, _ in feet):
        return []
    return _feet_run(lines, feet)


def _under_a_row(lines: tuple[str, ...], index: int) -> bool:
    """Whether the line above `index` that is not blank is a row's: words, and figures at its end."""
    above = next((lines[k] for k in range(index - 1, -1, -1) if lines[k].strip()), "")
    head, tail = numeric_tail(above.strip())
    return bool(tail) and _LETTER.search(head) is not None


def _feet_run(lines: tuple[str, ...], feet: list[tuple[int, int]]) -> list[int]:
    """The indexes of `feet` (each line's index and number) where they count with the pages
    (:func:`~okot_audit.patterns.numbers_run`), each a page's distance below the one before
    (:data:`_PAGE_LINES` lines or more), the last one where the last page ends; else none."""
    if len(feet) < 2 or not numbers_run([number for _, number in feet]):
        return []
    gaps = [b - a for (a, _), (b, _) in zip(feet, feet[1:])]
    if min(gaps) < _PAGE_LINES:
        return []
    rest = sum(1 for line in lines[feet[-1][0] + 1:] if line.strip())
    return [index for index, _ in feet] if rest < max(gaps) else []


#: The dashes a page's number may open with (``- 2``, ``– 2``).
_DASHES = frozenset("-\u2013\u2014")


#: ``Pagina 1 van 2Vlaams Parlement …``, ``1/2Vlaams …``: a page number *n of m* with a word glued
#: to it — the extractor ran the foot of one page into the head of the next.
_GLUED = re.compile(r"^\s*(?:" + page_said(count=True) + "|" + _PAGE_SLASH + r")[^\W\d_]", re.I)


def _glued(line: str) -> bool:
    return _GLUED.match(line) is not None


def _rows_after_footers(
    lines: tuple[str, ...], candidates: list[int], catalogue: "Catalogue | None" = None,
    said: "list[Unplaced] | None" = None,
) -> dict[int, int]:
    """The lines where a page's footer *n of m* runs into the next page's first row
    (``Pagina 1 van 2Kinderbegeleider 14 7``: pages' text joined with no line break), or into
    the first line of a label wrapped over two (:func:`_label_goes_on`), or into a block's head
    or a name's start that `catalogue` knows (:func:`_known_start`), each with where its text
    starts. A row: a label and a figure at its end, that names no paper
    (:data:`_NAMED_HEADER`) and is glued after no other footer (a running header is, on each
    page: ``Pagina 1 van 3Schriftelijke vraag 512``). Words glued after a footer over a row
    that opens a name of its own, that neither name the paper (:data:`_PAPER`) nor are known,
    may be a running header or a name's start: they are left as furniture and appended to
    `said` (:class:`Unplaced`), never lost without a word."""
    glued = {i: m.end() - 1 for i in candidates if (m := _GLUED.match(lines[i]))}
    if not glued:
        return {}
    rests = Counter(_key(lines[i][at:]) for i, at in glued.items())
    out = {}
    first = next((" ".join(line.split()) for line in lines if line.strip()), "")
    for index, at in glued.items():
        rest = lines[index][at:]
        head, tail = numeric_tail(rest.strip())
        if rests[_key(rest)] >= 2 or _NAMED_HEADER.match(rest) or not _LETTER.search(head):
            continue
        if tail or _label_goes_on(lines, index):
            out[index] = at
            continue
        below = _row_below(lines, index)
        if below is None or _PAPER.search(rest) or " ".join(rest.split()) == first:
            continue  # (the next page's running header: it names the paper, or heads page 1 too)
        if catalogue is not None and _known_start(rest, lines[below], catalogue):
            out[index] = at
        elif said is not None:
            said.append(Unplaced(index, " ".join(rest.split()), " ".join(lines[index][:at].split()), below))
    return out


@dataclass(frozen=True)
class Unplaced:
    """Words glued after a page's footer (``Pagina 1 van 2Graduaat``) over a row that opens a name
    of its own (``Verpleegkunde 14 7``): the next page's running header, or the first line of that
    row's name wrapped over two — nothing tells which. `line` and `row` are 0-based indexes of
    the footer's line and the row's; `words` what stands glued after `footer`."""

    line: int
    words: str
    footer: str
    row: int
    #: ``words-after-footer``; ``words-over-row``: a line of words of its own over the row, that
    #: may be a running header where the pages run together (:func:`_without_running_heads`) —
    #: read as the start of the row's name.
    reason: str = "words-after-footer"


#: Words that name the paper an answer is printed in, as a page's running header does (``Vlaams
#: Parlement - Schriftelijke vragen``, ``Zitting 2022-2023``, ``VDAB``, whose answer it is): no row of a
#: table holds them (:data:`~okot_audit.patterns.PAPER_ONLY_WORDS`, :data:`~okot_audit.patterns.PAPER_SHORT_WORDS`).
_PAPER = re.compile(r"\b(?:" + PAPER_ONLY_WORDS + "|" + PAPER_SHORT_WORDS + r")\b", re.I)


def _row_below(lines: tuple[str, ...], index: int, coded: bool = False) -> int | None:
    """The index of the next line below `index` that is not blank (within two), where it is a row
    that opens a name of its own: words (a capital first, no bracket or dash set apart:
    :data:`_GOES_ON`) and a figure at its end — or, `coded`, a training code's line too, its
    figures below its name (``929300: verkort`` / ``… 41``)."""
    below = next((k for k in range(index + 1, min(index + 3, len(lines))) if lines[k].strip()), None)
    if below is None:
        return None
    if coded and CODED_ROW.match(lines[below]):
        return below
    head, tail = numeric_tail(lines[below].strip())
    if _number_goes_on(lines[index], lines[below]):
        return None  # (``… leefgroepenwerking module`` / ``5 voor 45 61``: the name goes on with its number)
    # (a name opens neither in lower case nor with a bracket or a dash set apart: ``Educatieve
    # lerarenopleiding`` / ``(SLO) 283`` goes on with its abbreviation, ``Specifieke bachelor`` / ``- tweede
    # jaar 13 30`` with its stage; ``-25 jaar`` opens an age class)
    return below if tail and _LETTER.search(head) is not None and not head[:1].islower() \
        and _GOES_ON.match(head) is None else None


#: How a line that goes on with the name above it opens: a bracket (``(SLO)``), a dash set apart
#: (``- tweede jaar``).
_GOES_ON = re.compile(r"\(|[-\u2013]\s")


def _number_goes_on(words: str, below: str) -> bool:
    """Whether the line `below` opens with the number that the last word of `words` asks for
    (``Professionele leefgroepenwerking module`` / ``5 voor 45 61``; a hyphen's, ``… traject -`` /
    ``1 …``: :func:`~okot_audit.parse.cells.numbered_word`): one name wrapped before its own
    number, no row that opens a name of its own."""
    first = below.split(None, 1)[:1]
    return bool(first) and is_number(first[0]) and numbered_word(words.split())


def _known_start(words: str, row: str, catalogue: "Catalogue") -> bool:
    """Whether `words` (glued after a footer) belong to the table as `catalogue` knows it: a
    sector's name (a block's head, ``Zorg``), or the start of `row`'s name (``Graduaat`` over
    ``Verpleegkunde 14 7``): the two together name a programme, and more narrowly than the row's
    name alone does (``Verpleegkunde``: 900611 or 900711; ``Graduaat Verpleegkunde``: 900711)."""
    if catalogue.is_sector(" ".join(words.split()).lower()):
        return True
    name = numeric_tail(row.strip())[0]
    joined = catalogue.named(f"{words} {name}")
    if not joined:
        return False
    alone = catalogue.named(name)
    return not alone or len(joined) < len(alone)


def _label_goes_on(lines: tuple[str, ...], index: int) -> bool:
    """Whether the words glued after the footer on line `index` are a wrapped label's first line:
    the next line that is not blank is a row (a label and a figure at its end) that goes on with
    that label — it opens in lower case (``Pagina 1 van 2Polyvalent`` / ``verzorgende 14 7``), or
    the words end in a dash that joins them to it (``Pagina 1 van 2Bachelor kleuteronderwijs -`` /
    ``1ste jaar 50 71``), or in a word whose number opens it (``… module`` / ``5 voor 45 61``:
    :func:`_number_goes_on`)."""
    below = next((lines[k].strip() for k in range(index + 1, min(index + 3, len(lines))) if lines[k].strip()), "")
    head, tail = numeric_tail(below)
    return bool(tail) and _LETTER.search(head) is not None and (
        head[:1].islower() or lines[index].rstrip().endswith(("-", "\u2013")) or _number_goes_on(lines[index], below))


#: A page number run into the training code that starts the next page's first row
#: (``1/2826562: …``, ``Pagina 1 van 2826562: …``): the code is the last six digits before ``:``.
_GLUED_CODE = re.compile(r"^\s*(?:" + page_said(count=True) + "|" + _PAGE_SLASH + r")(?=" + CODE_OPENING + ")", re.I)
#: What page furniture starts with, after white space: a dash, or the first letter of ``pagina``,
#: ``page``, ``pag.``, ``blz.``, ``bladzijde`` (in either case); or a digit, of ``n/m``.
_FIRST = frozenset("-–—pPbB")


def _candidates(lines: tuple[str, ...]) -> list[int]:
    """0-based indexes of the lines that start as :data:`_PAGE`, a page's number
    (:func:`~okot_audit.patterns.page_mark`), :data:`_GLUED` or :data:`_GLUED_CODE` may match,
    and the numbers alone on their line (:data:`_ALONE`): a first look that spares the patterns
    the lines of prose and tables."""
    return [i for i, line in enumerate(lines)
            if (first := line.lstrip()[:1]) in _FIRST or (first.isdigit() and (
                "/" in line or (bare := line.strip()).isdigit() or (len(bare) < 16 and page_mark(bare) is not None)))]


def without_furniture(
    lines: tuple[str, ...], pages: bool = True, catalogue: "Catalogue | None" = None,
    said: "list[Unplaced] | None" = None, page_of: "Sequence[int | None] | None" = None,
) -> tuple[str, ...]:
    """`lines` with every line of page furniture left blank, a page number run into the code
    of the next page's first row cut off, and a running header glued to the end of a line cut
    off (line numbers kept). Without `pages` (an ``.xlsx`` annex's sheets), the document's first
    line printed again is no running header: each sheet's table may have the same caption.
    `catalogue` tells a name's start glued after a footer; what it cannot tell is appended to
    `said` (:func:`_rows_after_footers`). `page_of`: each line's page, where form feeds tell it."""
    candidates = _candidates(lines)
    figured = _figured(lines)
    rows = _rows_after_footers(lines, candidates, catalogue, said)
    drop = page_furniture(lines, candidates, rows, feeds=page_of is not None)
    if pages:
        drop |= page_footers(lines, rows)
    out = tuple("" if i in drop else line for i, line in enumerate(lines)) if drop else lines
    glued = [i for i in candidates if _GLUED_CODE.match(out[i])]
    if glued or rows:
        mended = list(out)
        for i in glued:
            mended[i] = _GLUED_CODE.sub("", mended[i], count=1)
        for i, at in rows.items():
            mended[i] = " " * at + lines[i][at:]  # (the row's columns kept where they stood)
        out = tuple(mended)
    alone = [i for i in candidates if _ALONE.match(lines[i])]
    alone = _on_own_page(lines, alone, page_of) if page_of is not None and alone else alone
    out = _without_running_footers(out, figured, drop, page_of) if pages else out
    out = _without_last_page_number(_without_numbers_before_repeats(out, alone), alone)
    papers = _papers(out, figured) if pages else {}
    out = _without_bracketed_papers(out) if pages else out
    out = _without_running_heads(out, figured, page_of, catalogue, said, papers, drop) if pages else out
    out = _without_repeated_first(out, figured, papers, page_of) if pages else out
    return _without_glued_headers(out, _running_headers(lines, candidates))


#: A page's number inside a line of words (``… 2024 — pagina 1 van 3 — 1011 Brussel``): the page
#: word after no letter, the page's number (``page``), perhaps the number of pages (``of``).
_INNER_PAGE = re.compile(r"(?<![^\W\d_])" + page_said(page="page", of="of") + r"(?!\d)", re.I)
#: A page's number *n / m* with no page word, last on a line of words (``Vlaams Parlement -
#: Leuvenseweg 86 - 1000 Brussel 1 / 2``): a footer only where printed again, counting (not alone).
_LAST_PAGE = re.compile(r"(?<=\s)(?P<page>\d{1,4})\s*/\s*(?P<of>\d{1,4})\s*$")


def page_footers(lines: tuple[str, ...], rows: "dict[int, int] | None" = None) -> frozenset[int]:
    """0-based indexes of the running footers (or headers) that hold their page's number after
    words of their own (``Antwoord van 12 februari 2024 — pagina 1 van 3 — 1011 Brussel``): lines
    that single-spaced text keeps where the pages stood (no place on the page tells them). A line
    with a page's number inside it (:data:`_INNER_PAGE`), whose figures at its end, the page's
    number and dates aside, are none (a table's row ends in its figures), that either
    - is printed again at a page's distance from each other (:data:`_PAGE_LINES` lines or more),
      the same but for its page's number, which counts up by one from page 3 at most (and stays
      within the number of pages it prints: :func:`~okot_audit.patterns.numbers_run`); or
    - names the paper or a date (:data:`_PAPER_PART`) and the page *n of m*, and holds no other
      figure (``Antwoord van 12 februari 2024 — pagina 2 van 2``, once).
    A page's number *n / m* last on its line with no page word (:data:`_LAST_PAGE`, ``Vlaams Parlement -
    Leuvenseweg 86 - 1000 Brussel 1 / 2``) is one by the first way only: printed again, counting up.
    A line that opens with its page's number is :func:`page_furniture`'s. `rows`: the lines
    where a footer runs into a row (:func:`_rows_after_footers`), never taken."""
    low = "\n".join(lines).lower()
    if "pag" not in low and "blz" not in low and "bladz" not in low and "/" not in low:
        return frozenset()  # (a first look at the whole text: every page word holds one, in any case)
    seen: dict[str, list[tuple[int, int, re.Match[str]]]] = {}
    last: set[str] = set()  # (the keys of the lines whose page is ``n / m`` last: counting only)
    for index, line in enumerate(lines):
        worded = "ag" in line or "lz" in line or "dz" in line or "AG" in line or "LZ" in line or "DZ" in line
        if not (worded or "/" in line):
            continue  # (a first look: a page's word, ``pagina``, ``page``, ``blz.``, ``bladzijde``, is in none)
        match = _INNER_PAGE.search(line) if worded else None
        bare = match is None and (match := _LAST_PAGE.search(line)) is not None
        if match is None or not _LETTER.search(line, 0, match.start()) or (rows and index in rows):
            continue
        rest = _DATED.sub(" ", line[: match.start()] + " \u2014 " + line[match.end():])
        if numeric_tail(rest.strip())[1]:
            continue  # (figures at its end that are no page's or date's: a row's, perhaps)
        key = " ".join((line[: match.start("page")] + "#" + line[match.end("page"):]).lower().split())
        seen.setdefault(key, []).append((index, int(match.group("page")), match))
        if bare:
            last.add(key)
    found: set[int] = set()
    for key, at in seen.items():
        of = at[0][2].group("of")
        if numbers_run([page for _, page, _ in at], of=int(of) if of else None) and all(
            b - a >= _PAGE_LINES for (a, _, _), (b, _, _) in zip(at, at[1:])
        ):
            found.update(index for index, _, _ in at)
            continue
        if key in last:
            continue  # (``n / m`` with no page word: a page's number only where it counts up)
        for index, page, match in at:
            line = lines[index]
            of = match.group("of")
            if of is None or page > int(of):
                continue
            words = line[: match.start()] + " " + line[match.end():]
            if (_PAPER.search(words) or _DATED.search(words)) and _DIGIT.search(_PAPER_PART.sub(" ", words)) is None:
                found.add(index)  # (it names the paper or a date: what the page is in)
    return frozenset(found)


def _without_bracketed_papers(lines: tuple[str, ...]) -> tuple[str, ...]:
    """`lines` with a line of the paper's own header that once is enough for (:func:`_paper_line`)
    left blank where it ends in a bracket after a figure — its session (``Vlaams Parlement —
    Schriftelijke vraag nr. 512 (2023-2024)``), no line :func:`_figured` gives."""
    closed: list[int] = []
    text = "\n".join(lines)
    if text.count("\n") != len(lines) - 1:  # (a line that holds a line's end itself: each line looked at)
        return _without_papers_at(lines, [i for i, line in enumerate(lines) if _closed(line)])
    index, start, at = 0, 0, text.find(")")
    while at >= 0:  # (a first look at each bracket of the text, no line without one)
        index += text.count("\n", start, at)
        start = text.find("\n", at)
        line = lines[index]
        if _closed(line):
            closed.append(index)
        if start < 0:
            break
        at = text.find(")", start)
    return _without_papers_at(lines, closed)


def _closed(line: str) -> bool:
    """Whether `line` ends in a bracket after a figure (white space aside)."""
    return ((end := line[-1:]) == ")" or (end.isspace() and line.rstrip()[-1:] == ")")) and line.rstrip()[-2:-1].isdigit()


def _without_papers_at(lines: tuple[str, ...], closed: list[int]) -> tuple[str, ...]:
    """`lines` with those of `closed` that are the paper's own header (:func:`_papers`) left blank."""
    if not closed:
        return lines
    sure = [index for index, yes in _papers(lines, closed).items() if yes]
    if not sure:
        return lines
    out = list(lines)
    for index in sure:
        out[index] = ""
    return tuple(out)


def _figured(lines: tuple[str, ...]) -> list[int]:
    """0-based indexes of the lines that end in a figure (white space aside): a row's line, or a
    footer's or header's with a number — one look at each line, for every step after it. A step
    that left a line blank reads it as blank: each step before it keeps a line's end or blanks it."""
    return [i for i, line in enumerate(lines)
            if (end := line[-1:]).isdigit() or (end.isspace() and line.rstrip()[-1:].isdigit())]


#: How a table's row ends: in a figure, a footnote's mark, or a dash standing for a blank.
_ROW_END = re.compile(r"(?:\d|\*|\)|\s[-\u2013\u2014])$")
_LETTER = re.compile(r"[^\W\d_]")
#: A number alone on its line: a page's number where nothing else says what it is.
_ALONE = re.compile(r"^\s*\d{1,3}\s*$")


def _on_own_page(lines: tuple[str, ...], alone: list[int], page_of: "Sequence[int | None]") -> list[int]:
    """The numbers alone on their line (`alone`) that may be a page's number where form feeds tell
    each line's page (`page_of`): where it stands (first or last on its page) and its number (its
    page's, :func:`~okot_audit.patterns.page_mark` read, :func:`~okot_audit.patterns.numbers_run`
    judged) — as the pages the feeds part judge theirs
    (:func:`okot_audit.read.layout.pages_apart`). A number alone in the middle of a page, or not
    its page's, is no page's number: it stays for the table to read or say (``Zorgkundige 5 6 8`` /
    blank / ``7`` / blank / ``Logistiek 3 4 5`` at page 1's foot)."""
    out = []
    for index in alone:
        page = page_of[index] if index < len(page_of) else None
        if page is None:
            out.append(index)  # (no feed tells its page)
            continue
        above = next((k for k in range(index - 1, -1, -1) if lines[k].strip()), None)
        below = next((k for k in range(index + 1, len(lines)) if lines[k].strip()), None)
        edge = any(k is None or k >= len(page_of) or page_of[k] != page for k in (above, below))
        mark = page_mark(lines[index])
        if edge and mark is not None and numbers_run([mark.number], on=[page]):
            out.append(index)
    return out


def _without_running_footers(
    lines: tuple[str, ...], figured: list[int], drop: frozenset[int], page_of: "Sequence[int | None] | None",
) -> tuple[str, ...]:
    """`lines` with a running footer that single-spaced text keeps as a line left blank (no
    position tells it stands in the margin): a line that ends in a figure, printed the same two
    times or more, each time right above a page's break (:func:`_at_break`), whose figures are
    no row's: all years (``Zitting 2023``, the paper's session), or words that name the paper
    (:data:`_PAPER`, ``VDAB Vlaams Parlement 12``) with fewer or more figures on each page than
    the nearest line above that ends in figures (a table's rows of two). A line of the rows'
    shape, under no row (a one-row table on every page), or that names no paper (``Onbekend
    54`` at each page's foot: a row, or a footer — nothing tells) stays for the table to read
    or say; so does one not at every break it is printed at. `figured`: :func:`_figured`."""
    seen: dict[str, list[int]] = {}
    for index in figured:
        if line := lines[index]:
            seen.setdefault(" ".join(line.split()), []).append(index)
    repeated = {key: at for key, at in seen.items() if len(at) >= 2 and _LETTER.search(key)}
    if not repeated:
        return lines
    from okot_audit.parse.context import PERIOD_TOKEN, period_list  # (the periods' words; only where a line repeats)

    out = list(lines)
    for key, at in repeated.items():
        tail = numeric_tail(key)[1]
        if not tail or not all(_at_break(lines, index, drop, page_of, period_list) for index in at):
            continue
        if not all(PERIOD_TOKEN.fullmatch(figure) for figure in key.split()[-len(tail):]):  # (a dated footer's)
            if not _PAPER.search(key) or any(_figures_above(lines, index) in (None, len(tail)) for index in at):
                continue
        for index in at:
            out[index] = ""
    return tuple(out) if out != list(lines) else lines


#: Words that only the paper's own running header holds, never a table's row or block (``Vlaams
#: Parlement``, ``Schriftelijke vragen``): once between two rows is enough. The shorter words of
#: :data:`_PAPER` (``VDAB``, ``Zitting``) may head a block; they need the line printed again, or a
#: page's break beside it.
_PAPER_ONLY = re.compile(r"\b(?:" + PAPER_ONLY_WORDS + r")\b", re.I)


#: A line's end that leaves its words open, a dash after a space (``… apotheekassistent -``): the
#: next line goes on with them, as no page's running header does.
_OPEN_END = re.compile(r"\s[-\u2013]\s*$")


def _without_running_heads(
    lines: tuple[str, ...], figured: list[int], page_of: "Sequence[int | None] | None",
    catalogue: "Catalogue | None" = None, said: "list[Unplaced] | None" = None, papers: "dict[int, bool] | None" = None,
    drop: frozenset[int] = frozenset(),
) -> tuple[str, ...]:
    """`lines` with a page's running header on a line of its own between two rows of a table left
    blank (single-spaced text, the pages run together: ``Kinderbegeleider 13 6`` / ``Vlaams
    Parlement - Schriftelijke vragen`` / ``Verpleegkunde 14 7``), where it would otherwise be read
    as the first line of the row's name below. A line of words and no figure, the nearest line
    above a row (words and a figure at its end, blank lines between at most) and the next a row
    that opens a name of its own (:func:`_row_below`, no header of periods), that names the paper
    (:data:`_PAPER`): with words only a running header holds (:data:`_PAPER_ONLY`), or printed so
    two times or more, or at a page's break (`page_of`: the row above on another page). Words that
    name no paper (at least :data:`RUNNING_MIN` long, not ending open: :data:`_OPEN_END`) only where they stand so at two page breaks
    or more, each the row above on another page (``Opleidingen in de zorg`` atop pages 2 and 3);
    otherwise they stay: a wrapped name's first line or a block's head. Where they stay but may
    still be a running header, they are appended to `said` (:func:`_said_over_rows`). A line of
    the paper's header with figures, dated, whose words may caption a table too (``VDAB 2023``,
    `papers`: :func:`_papers`), counts as the paper's words do: printed so two times or more, or at
    a page's break. The paper's title alone right after a page's break (`page_of`, or a page's number
    left blank, `drop`) goes whatever stands above it (:func:`_paper_at_break`). `figured`: :func:`_figured`."""
    from okot_audit.parse.context import period_list  # (the periods' words; only where the paper is named)

    found: dict[tuple[str, bool], list[tuple[int, int]]] = {}
    ended = [False] * (len(lines) + 1)  # (a row's line ends in a figure)
    for index in figured:
        if lines[index]:
            ended[index] = True
    last = len(lines) - 1
    dated = {index for index, sure in (papers or {}).items() if not sure and lines[index] and 0 < index < last}
    around = {k for f in figured if ended[f] for k in (f - 1, f - 2) if 0 < k < last and not ended[k]}
    for index in sorted(around | dated) if dated else sorted(around):
        line = lines[index]  # (a row below: one of the next two lines ends in a figure; this one does not)
        if _paper_at_break(lines, index, page_of, drop):
            found.setdefault((" ".join(line.split()).lower(), True), []).append((index, index))
            continue  # (the paper's title alone, right after a page's break: whatever stands above)
        if not (ended[index - 1] or ended[index - 2] or ended[index - 3]):
            continue  # (a row above, within three: a first look; ``ended[-1]`` is False, and a wrong yes
                      # from the list's end is mended below)
        if index not in dated and (_DIGIT.search(line) or not line.strip()):
            continue
        paper = index in dated or _PAPER.search(line) is not None
        if not paper and (len(line.strip()) < RUNNING_MIN or _OPEN_END.search(line)):
            continue  # (``… apotheekassistent -``: a name's words going on below, no page's header)
        above = next((k for k in range(index - 1, max(-1, index - 4), -1) if lines[k].strip()), None)
        if above is None or not ended[above]:
            continue  # (a row above: the nearest line that is not blank)
        below = _row_below(lines, index) if not paper else _row_below(lines, index, coded=True)
        if below is None or period_list(" ".join(lines[below].split())) is not None:
            continue
        if not numeric_tail(lines[above].strip())[1] or lines[above].rstrip().endswith(("-", "\u2013")):
            continue
        found.setdefault((" ".join(line.split()).lower(), paper), []).append((index, above))
    if not found:
        return lines
    out = list(lines)
    for (key, paper), at in found.items():
        broken = [page_of is not None and max(index, above) < len(page_of) and page_of[index] is not None
                  and page_of[above] != page_of[index] for index, above in at]
        for (index, _), at_break in zip(at, broken):
            if (_PAPER_ONLY.search(key) and index not in dated or len(at) >= 2 or at_break) if paper \
                    else (len(at) >= 2 and all(broken)):
                out[index] = ""
        if not paper and said is not None and not (len(at) >= 2 and all(broken)):
            _said_over_rows(lines, [index for index, _ in at], broken, page_of, catalogue, said)
    return tuple(out) if out != list(lines) else lines


#: A line that holds the paper's title and nothing else (``Vlaams Parlement - Schriftelijke vragen en
#: antwoorden``, ``Schriftelijke vragen en antwoorden``): words no row's name ever is.
_PAPER_WHOLE = re.compile(
    r"^\s*(?:[-\u2013\u2014]\s*)?(?:" + PAPER_TITLE + r")(?:\s*[-\u2013\u2014:|,]?\s*(?:" + PAPER_TITLE + r"))*\s*$", re.I)


#: How many lines above the paper's title alone a row's figures may stand, the last words of its
#: name between (``… 322 26 578 538`` / ``Educatieve voor`` / ``Vlaams Parlement - …``).
_ROW_REACH = 5


def _paper_at_break(
    lines: tuple[str, ...], index: int, page_of: "Sequence[int | None] | None", drop: frozenset[int] = frozenset(),
) -> bool:
    """Whether line `index` is a page's running header printed once, right after a page's break,
    where no row need stand above it (pdfplumber prints a wrapped name's last words, or its figures,
    before the page's foot): the paper's title and nothing else (:data:`_PAPER_WHOLE`), the nearest
    line above that is not blank on another page (`page_of`, where form feeds tell the pages), a
    page's number left blank between them (`drop`: ``Pagina 1 van 3``) or a row's figures within
    :data:`_ROW_REACH` lines above, and a row below it (:func:`_row_below`). A row's name never is
    the paper's title, so the words eat no name."""
    if not _PAPER_WHOLE.match(lines[index]):
        return False
    above = next((k for k in range(index - 1, -1, -1) if lines[k].strip()), None)
    if above is None or _row_below(lines, index, coded=True) is None:
        return False
    if any(k in drop for k in range(above + 1, index)) or any(
            numeric_tail(lines[k].strip())[1] for k in range(max(0, index - _ROW_REACH), index) if lines[k].strip()):
        return True  # (a page's number left blank between, or a row's figures a few lines above: the pages run together)
    return (page_of is not None and index < len(page_of) and page_of[index] is not None
            and page_of[above] is not None and page_of[above] != page_of[index])


#: The fewest lines between two of a running header's places: a page holds rows (a wrapped name's
#: first line printed again stands over the next row or the one after: ``Bachelor in de`` /
#: ``Verpleegkunde 14 7`` / ``Bachelor in de`` / ``Vroedkunde 9 4``).
_PAGE_LINES = 4


def _said_over_rows(
    lines: tuple[str, ...], at: list[int], broken: list[bool], page_of: "Sequence[int | None] | None",
    catalogue: "Catalogue | None", said: list[Unplaced],
) -> None:
    """Append to `said` the places `at` of one line of words that names no paper, each over a row
    that opens a name of its own, which the text cannot tell from a wrapped name's first line: at a
    page's break once (`broken`: a form feed right above it), or printed so two times or more with
    the pages run together (no form feed tells a break), at a page's distance from each other
    (:data:`_PAGE_LINES` lines or more, each the same within a quarter: a header atop each page).
    Where form feeds tell the breaks, the places at none are a name's, and so are the places whose
    words another page but the first opens without (:func:`_atop_each_page`): a running header
    heads every page. Never where `catalogue` knows the words over any of their rows as a name's
    start or a block's head (:func:`_known_start`): there they are a name's."""
    if page_of is not None and any(page is not None for page in page_of):
        places = [index for index, at_break in zip(at, broken) if at_break]
        places = [index for index in places if _atop_each_page(lines, index, page_of)]
    elif len(at) >= 2:
        gaps = [b - a for a, b in zip(at, at[1:])]
        places = at if min(gaps) >= _PAGE_LINES and max(gaps) - min(gaps) <= min(gaps) // 4 else []
    else:
        places = []
    rows = [row for index in places if (row := _row_below(lines, index)) is not None]
    if not places or len(rows) < len(places):
        return
    if catalogue is not None and any((row := _row_below(lines, index)) is not None
                                     and _known_start(lines[index], lines[row], catalogue) for index in at):
        return
    for index, row in zip(places, rows):
        said.append(Unplaced(index, " ".join(lines[index].split()), "", row, "words-over-row"))


#: How many lines that are not blank open a page, where its running header stands (a page's number
#: above it is left blank already, a second header line may stand above it).
_PAGE_TOP = 3


def _atop_each_page(lines: tuple[str, ...], index: int, page_of: "Sequence[int | None]") -> bool:
    """Whether the words on line `index`, right after a page's break, may be the pages' running
    header: every other page but the first that opens with words (its first :data:`_PAGE_TOP`
    lines that are not blank) opens with them too. A page that opens with a row's name, the
    table's header or prose proves them no running header (which heads every page), and so a
    name's first line wrapped over the break (``Tweedekansonderwijs`` / ``Opvoeder … 40 59``, the
    next page opening ``Tweedekansonderwijs kinderzorg``). Two pages tell nothing: no other page."""
    words = " ".join(lines[index].split()).lower()
    first = next((page for page in page_of if page is not None), None)
    own = page_of[index] if index < len(page_of) else None
    tops: dict[int, list[str]] = {}
    for k in range(min(len(lines), len(page_of))):
        page = page_of[k]
        if page is None or page in (first, own) or not lines[k].strip():
            continue
        top = tops.setdefault(page, [])
        if len(top) < _PAGE_TOP:
            top.append(" ".join(lines[k].split()).lower())
    return all(words in top for top in tops.values())


_DIGIT = re.compile(r"\d")


def _at_break(
    lines: tuple[str, ...], index: int, drop: frozenset[int], page_of: "Sequence[int | None] | None", period_list,
) -> bool:
    """Whether the line at `index` stands right above a page's break: the next line that is not
    blank (within three) is on another page (`page_of`), a page number left blank (`drop`), or a
    header of periods printed above already; or no line follows."""
    below = next((k for k in range(index + 1, len(lines)) if lines[k].strip() or k in drop), None)
    if below is None:
        return True
    if page_of is not None and below < len(page_of) and page_of[below] != page_of[index]:
        return True
    if below - index > 3:
        return False
    if below in drop:
        return True
    header = " ".join(lines[below].split())
    return period_list(header) is not None and any(" ".join(lines[k].split()) == header for k in range(index))


def _figures_above(lines: tuple[str, ...], index: int) -> int | None:
    """How many figures end the nearest line above `index` that ends in figures (within 40 lines)."""
    for k in range(index - 1, max(-1, index - 40), -1):
        tail = numeric_tail(lines[k].strip())[1] if lines[k].strip() else ()
        if tail:
            return len(tail)
    return None


def _without_numbers_before_repeats(lines: tuple[str, ...], alone: list[int]) -> tuple[str, ...]:
    """`lines` with a number alone on its line left blank where a table's header of periods
    stands again right below it, after blank lines at most (``Oost-Vlaanderen 1.140 1.202`` /
    ``2`` / ``Provincie 2019-2020 2020-2021``): the foot of one page and the head of the next, a
    page number between a table's rows and its header repeated. The line above must be blank
    or a row, words that end in a figure or a mark: a name waiting for its figures, or a
    figure alone (figures printed one a line), keeps the number.
    `alone`: the indexes of the numbers alone on their line."""
    if not alone:
        return lines
    from okot_audit.parse.context import period_list  # (the periods' words; only when a number stands alone)

    out = list(lines)
    for index in alone:
        below = next((k for k in range(index + 1, min(index + 4, len(lines))) if lines[k].strip()), None)
        if below is None:
            continue
        header = " ".join(lines[below].split())
        above = lines[index - 1].rstrip() if index else ""
        if above and not (_ROW_END.search(above) and _LETTER.search(above)):
            continue  # (``fase 1-`` / ``10`` / ``2``: a figure and a range's end, one a line)
        if period_list(header) is not None and any(" ".join(lines[k].split()) == header for k in range(index)):
            out[index] = ""
        elif _between_rows(lines, index, below):
            out[index] = ""
    return tuple(out) if out != list(lines) else lines


def _without_last_page_number(lines: tuple[str, ...], alone: list[int]) -> tuple[str, ...]:
    """`lines` with the number alone on the text's last line that is not blank left blank where
    it is the last page's number: the number of pages the text holds (form feeds), a blank line
    above it and a line that ends in a figure above that (``Totaal 86 1.289`` / blank lines /
    ``1``, a one-page answer's footer; a lone page number is no furniture :func:`page_furniture`
    can tell by its series)."""
    if not alone:
        return lines
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip()), None)
    if last is None or last != alone[-1] or not last or lines[last - 1].strip():
        return lines
    above = next((lines[k].rstrip() for k in range(last - 1, -1, -1) if lines[k].strip()), "")
    if not _ROW_END.search(above):
        return lines  # (a label above it waits for its figure: ``Totaal`` / blank / ``1``)
    if int(lines[last]) != sum(line.count("\f") for line in lines) + 1:
        return lines
    return (*lines[:last], "", *lines[last + 1:])


def _between_rows(lines: tuple[str, ...], index: int, below: int) -> bool:
    """Whether the number alone at `index` stands at a page break inside a table that goes on
    without its header on the next page (``Pba verpleegkunde 233 240 251`` / blank / ``3`` /
    blank / ``Tko zorgkundige 96 101 99``): the page is broken there — a blank line stands right
    above or below the number, or a line that is no row after a blank line (the page's running
    footer) between it and the row above — and the nearest lines above and below are rows of two
    figures or more, so one figure alone is none of that table's rows. `below`: the index of the first
    line below it that is not blank."""
    broken = (index and not lines[index - 1].strip()) or not lines[index + 1].strip()
    if not _full_row(lines[below]):
        return False
    skipped = False
    for k in range(index - 1, max(-1, index - 6), -1):
        if not lines[k].strip():
            continue
        if _full_row(lines[k]):
            return bool(broken or skipped)
        if skipped or k == 0 or lines[k - 1].strip() or lines[k].rstrip().endswith(("-", "\u2013")):
            return False  # (a label's line, ``876942: verkort met -`` / ``1`` / ``ste jaar 23 32``)
        skipped = True  # a line of its own after a blank one: the page's footer
    return False


def _full_row(text: str) -> bool:
    """A label (a letter in it) and two figures or more after it."""
    head, tail = numeric_tail(text.strip())
    return len(tail) >= 2 and _LETTER.search(head) is not None


def _without_repeated_first(
    lines: tuple[str, ...], figured: list[int], papers: dict[int, bool], page_of: "Sequence[int | None] | None" = None,
) -> tuple[str, ...]:
    """`lines` with the document's first line left blank where it stands again, whole, on a
    line of its own (the running header of each page, run by the extractor into the text
    between a table's rows: ``Vlaams Parlement - Schriftelijke vraag 512``), and with a page
    number alone next to it (``2`` above or below the header of page 2, ``1`` above it). A
    line that ends in two numbers or more is never taken (a repeated header of periods or a
    row); numbers among its words are a running header's (``… vraag 211 - 3 februari 2023``).
    `figured`: :func:`_figured`; `papers`: :func:`_papers`; `page_of`: each line's page, where form
    feeds tell it (:func:`_numbered_headers`)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines
    head = " ".join(lines[first].split())
    again: list[int] = []
    if len(head) >= RUNNING_MIN and len(numeric_tail(head)[1]) < 2:
        words = head.split()
        again = [i for i in range(first + 1, len(lines)) if words[0] in lines[i] and lines[i].split() == words]
    out = list(lines)
    for page, index in enumerate(again, start=2):  # the first repeat heads page 2
        out[index] = ""
        for near, number in ((index - 1, page - 1), (index + 1, page)):
            if 0 <= near < len(lines) and lines[near].strip() == str(number):
                out[near] = ""
    for index in _numbered_headers(lines, figured, first, head, papers, page_of):
        out[index] = ""
    return tuple(out) if out != list(lines) else lines


#: A page's running header with its page number glued at its end, and perhaps the question's
#: number before it (``Vlaams Parlement - Schriftelijke vraag 512 2``): words, then one or two
#: numbers; the last the page's.
#: (Its words' run of characters but digits is taken whole, ``*+``: a digit follows it where the
#: line matches, and a line that does not — a table's row, its figures after its words — is
#: not tried again at each shorter run.)
_NUMBERED = re.compile(r"^\s*(?P<words>[^\W\d_][^\d]*+)(?P<others>(?:\d{1,6}\s+)?)(?P<page>\d{1,3})\s*$")
#: The same with a number among its words, the page's after more words (``Schriftelijke vraag
#: 211 - pagina 2``): a running header only where the document's first line is one. (Each run is
#: taken whole, the words ending where the page's digits start — a letter among those after the
#: number looked ahead at —, as the lines it matches have it: a line that does not is tried once.)
_NUMBERED_INNER = re.compile(
    r"^\s*(?P<words>[^\W\d_][^\d]*+\d{1,6}+(?=[^\d]*?[^\W\d_])[^\d]*+)(?P<others>)(?P<page>\d{1,3})\s*$"
)
_INNER_NUMBER = re.compile(r"\d")


#: A running header that names the parliament's paper and ends in its page's number, perhaps
#: after the question's number, the session and a page word: ``Vlaams Parlement - Schriftelijke
#: vraag 512 2``, ``Schriftelijke vraag 77 - pagina 2``, ``Vlaams Parlement — Schriftelijke vraag
#: 88 (2023-2024) — blz. 2``, ``Schriftelijke vraag 512 van 3 maart 2023 - 2``. No row of a table
#: opens with these words.
_NAMED_HEADER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:" + PAPER_ONLY_WORDS + r")\b[^\d]*?(?<!\svan\s)"
    r"(?:\d{1,6}[\s\-–—|,]+)?"  # the question's number
    r"(?:van\s+\d{1,2}\s+[^\W\d_]+\.?\s+(?:19|20)\d{2}[\s\-–—|,]+)?"  # its date
    r"(?:\(\s*(?:19|20)\d{2}(?:\s*[-/]\s*(?:19|20)?\d{2})?\s*\)[\s\-–—|,]+)?"  # the session
    r"(?:" + page_said(PAGE_MARK_WORD) + ""  # its page
    r"|\d{1,3}(?:\s*/\s*\d{1,3})?)\s*$",
    re.I,
)


#: A date as the paper prints it in a running header or footer (``van 12 februari 2024``, ``12/02/2024``).
_DATE = r"(?:van\s+)?(?:\d{1,2}\s+" + MONTH_NAME + r"|\d{1,2}[/.-]\d{1,2}[/.-])\s*(?:19|20)\d{2}(?!\d)"
_DATED = re.compile(_DATE, re.I)


#: What a line of the paper's own header is made of (``Vlaams Parlement — Zitting 2022-2023 —
#: Schriftelijke vraag 512 — 25 januari 2023``, ``Stuk 123 (2022-2023) – Nr. 1``): the paper's marks
#: and words (:mod:`okot_audit.patterns`), the number of its question, document or page after the
#: word that says so, a date, one session or year, a page's number last; marks between them.
_PAPER_PART = re.compile(
    r"(?:" + PAPER_MARKS + r")"
    r"|(?:" + PAPER_QUESTION + r"|vra(?:ag|gen)|nrs?\.?|nummers?|stuk)\s*(?:nrs?\.?\s*)?\d{1,6}(?:\s*(?:,|en)\s*\d{1,6})*(?!\d)"
    r"|" + _DATE +
    r"|" + page_said(PAGE_MARK_WORD) + r"(?!\d)"
    r"|(?P<session>(?<!\d)(?:\(\s*)?" + PAPER_SESSION + r"(?:\s*\))?(?!\d))"
    r"|\b(?:" + PAPER_ONLY_WORDS + "|" + PAPER_SHORT_WORDS + r")\b"
    r"|(?P<bare>(?<![\d.])\d{1,3}(?:\s*/\s*\d{1,3})?\s*$)",
    re.I,
)
#: How a line of the paper's header opens: with its words or marks, perhaps after a dash.
_PAPER_OPENS = re.compile(r"\s*(?:[-–—]\s*)?(?:" + PAPER_MARKS + "|" + PAPER_ONLY_WORDS + "|" + PAPER_SHORT_WORDS + ")", re.I)
#: What only the paper's header holds, once enough: its title (``Vlaams Parlement``, ``Schriftelijke
#: vragen en antwoorden``) or marks (``Zitting 2022-2023``). ``VDAB`` and a year may be a table's
#: caption (``VDAB 2023``); a question's number and date name a question, perhaps another, in a
#: title or prose (``Schriftelijke vraag nr. 51 van 28 oktober 2020``).
_PAPER_SURE = re.compile(r"\b(?:" + PAPER_MARKS + "|" + PAPER_TITLE + ")", re.I)
_WORD_OR_FIGURE = re.compile(r"[^\W_]")
#: The shortest line of the paper's header with a figure (``VDAB 2023``).
_PAPER_LINE_MIN = 9
#: The first letters of the paper's words and marks, and a dash: how a line of its header opens,
#: after white space (a first look that spares :func:`_paper_line` the lines of a table).
_PAPER_FIRST = frozenset("vVsSpPzZ\u017f-\u2013\u2014")


def _paper_line(line: str) -> bool | None:
    """Whether `line` is a line of the paper's own header, whole (:data:`_PAPER_PART`): it opens
    with the paper's words or marks and holds nothing else but the figures the paper prints
    beside them, one session or year at most (two years are a header of periods: ``Vlaams
    Parlement 2021 2022`` is none). True where it holds what only the paper holds
    (:data:`_PAPER_SURE`: once is enough); False where its words may caption a table or name a
    question too, dated (``VDAB 2023``, ``Schriftelijke vraag 51 van 28 oktober 2020``; no number
    alone last); None otherwise."""
    if _PAPER_OPENS.match(line) is None:
        return None
    sessions = bare = 0
    for match in _PAPER_PART.finditer(line):
        sessions += match.group("session") is not None
        bare += match.group("bare") is not None
    if sessions > 1 or _WORD_OR_FIGURE.search(_PAPER_PART.sub(" ", line)) is not None:
        return None
    if _PAPER_SURE.search(line) is not None:
        return True
    return False if not bare else None


def _papers(lines: tuple[str, ...], figured: list[int]) -> dict[int, bool]:
    """The lines among `figured` (:func:`_figured`) that are a line of the paper's own header
    (:func:`_paper_line`), each with whether once is enough."""
    out = {}
    for index in figured:
        line = lines[index]
        if len(line) >= _PAPER_LINE_MIN and (line[:1] in _PAPER_FIRST or line.lstrip()[:1] in _PAPER_FIRST):
            if (sure := _paper_line(line)) is not None:
                out[index] = sure
    return out


def _numbered_headers(
    lines: tuple[str, ...], figured: list[int], first: int, head: str, papers: dict[int, bool],
    page_of: "Sequence[int | None] | None" = None,
) -> list[int]:
    """0-based indexes of the running headers that end in their page's number: a line that names
    the parliament's paper (:data:`_NAMED_HEADER`, seen once or more); a line of words
    and one or two numbers that either opens with the document's first line (in any case, and
    goes on: ``VLAAMS PARLEMENT`` / ``Vlaams Parlement - Schriftelijke vraag 512 2``), or recurs
    — the same words and numbers, digits of the last aside — its last number the page's, one
    more on each page (``… vraag 512 2``, ``… vraag 512 3``): after the first line that is the
    same with page 1, or three times at least. The words are at least :data:`RUNNING_MIN` long
    and open no total line. (Twice is not enough: a row of two tables, one count each, may
    count up by one — ``Graduaat orthopedagogie 2`` / ``… 3`` — and a row is never dropped.)
    A line of the paper's own header that once is enough for (`papers`: :func:`_papers`) is one too.
    Words that name no paper (:data:`_PAPER`) and recur so are a running header only where form
    feeds tell each line's page (`page_of`) and each stands on a page of its own, its number
    counting with the pages (:func:`~okot_audit.patterns.numbers_run`): single-spaced text prints a coded row's
    figures on its name's first line and the name's end below them, ``verpleegkunde - module 1``
    / ``… - module 2`` / ``… - module 3`` under three rows — the names' own numbers, never dropped.
    `figured`: the lines that end in a figure (:func:`_figured`)."""
    folded = head.lower()
    by_key: dict[tuple[str, str], list[tuple[int, int]]] = {}
    found: list[int] = []
    for index in figured:
        line = lines[index]
        if index < first or len(line) <= RUNNING_MIN or line.lstrip()[:1].isdecimal():
            if papers.get(index) and line:
                found.append(index)
            continue  # (blank now, or too short for words and a page's number, or a row opening in a code)
        if _NAMED_HEADER.match(line) or (papers.get(index) and line):  # seen once is enough: it names the paper
            found.append(index)
            continue
        match = _NUMBERED.match(line) or _NUMBERED_INNER.match(line)
        if match is None:
            continue
        words = " ".join(match.group("words").split())
        if len(words) < RUNNING_MIN or _TOTAL_START.match(words):
            continue
        lower = words.lower()
        if (
            index != first and len(folded) >= RUNNING_MIN and lower != folded and lower.startswith(folded)
            and not lower[len(folded)].isalnum()
        ):
            found.append(index)
            continue
        by_key.setdefault((lower, match.group("others").strip()), []).append((index, int(match.group("page"))))
    for (words, _), seen in by_key.items():
        pages = [page for _, page in seen]
        opened = seen[0][0] == first  # the first line, its page number 1 (digits aside)
        if not opened and _INNER_NUMBER.search(words):
            continue  # words with a number among them head pages only as the document's first line does
        if not opened and not _PAPER.search(words) and not (page_of is not None and numbers_run(
            [number for _, number in seen], on=[page_of[i] if i < len(page_of) else None for i, _ in seen], shifted=True,
        )):
            continue  # (words that name no paper: a name's end below its row's figures, unless the pages tell)
        if (
            len(seen) >= (2 if opened else 3) and pages[0] <= 3
            and pages == list(range(pages[0], pages[0] + len(pages)))
        ):
            found.extend(index for index, _ in seen if index != first)  # (the first line names the answer)
    return sorted(found)


#: Words that open a total line (``Totaal Oost-Vlaanderen 2``, ``Jaartotaal …``): never a running
#: header. (A region's total row, ``Vlaanderen 3``, is left out: a running header may open with
#: the region's name; its lines are the provinces' rows' length, below :data:`RUNNING_MIN`.)
_TOTAL_START = re.compile(r"(?:" + words_pattern(TOTAL_LINE_WORDS) + r")\b", re.I)


#: How long a running header is at least (shorter lines are too common to cut from others).
RUNNING_MIN = 15


def _running_headers(lines: tuple[str, ...], candidates: list[int]) -> set[str]:
    """The texts that head the pages: the document's first line, and what follows a form feed
    or a page number on the line where an extractor ran one page into the next (`candidates`:
    :func:`_candidates` of `lines`)."""
    found = set()
    first = next((line.strip() for line in lines if line.strip()), "")
    found.add(first)
    for line in lines:
        if "\f" in line:
            found.add(line.rsplit("\f", 1)[1].strip())
    for index in candidates:
        line = lines[index]
        match = _GLUED.match(line) or _PAGE.match(line)
        if match:
            found.add(line[match.end() - (1 if match.re is _GLUED else 0):].strip())
    return {text for text in found if len(text) >= RUNNING_MIN}


def _without_glued_headers(lines: tuple[str, ...], headers: set[str]) -> tuple[str, ...]:
    """`lines` with a running header cut from the end of any line that goes on before it
    (``Totaal West-Vlaanderen 69Vlaams Parlement - Schriftelijke vragen en antwoorden``)."""
    if not headers:
        return lines
    lengths = sorted({len(text) for text in headers}, reverse=True)
    last = {text[-1] for text in headers}  # a line that ends in a header ends as one does
    out = list(lines)
    for index, line in enumerate(lines):
        text = line.rstrip()
        if text[-1:] not in last:
            continue
        for length in lengths:
            if len(text) > length and text[-length:] in headers and text[: -length].strip():
                out[index] = text[: -length].rstrip()
                break
    return tuple(out)


def across_page_furniture(
    lines: tuple[str, ...], above: int, below: int, repeated: Sequence[int] = (),
    pages: Sequence[int | None] | None = None, furniture: frozenset[int] = frozenset(),
) -> bool:
    """Whether the 1-based lines `above` and `below` stand next to each other but for page
    furniture: nothing between them, or only blank lines and the table's header printed again
    (`repeated`, its 1-based lines) — the blank lines where a page's footer stood: at a break
    the text's pages mark (`pages`: each line's page), or one of them the footer's own line
    left blank (`furniture`, 1-based: :func:`left_blank`), or with the header repeated among
    them. A block's head last on its page (``25-54 jaar``) and its rows on the next, the
    footer (``Pagina 1 van 2``) or the header again between them, so stand together."""
    if below - above == 1:
        return True
    if below <= above:
        return False
    between = range(above + 1, below)
    again = [n for n in between if n in repeated]
    if any(n not in again and lines[n - 1].strip() for n in between):
        return False
    return bool(again) or any(n in furniture for n in between) or (pages is not None and below <= len(pages) and pages[above - 1] is not None
                           and pages[above - 1] != pages[below - 1])


def left_blank(lines: tuple[str, ...], without: tuple[str, ...]) -> frozenset[int]:
    """The 1-based lines :func:`without_furniture` left blank in `lines` (`without`: what it gave)."""
    if without is lines:
        return frozenset()
    return frozenset(n for n, (line, kept) in enumerate(zip(lines, without), start=1)
                     if line is not kept and not kept.strip() and line.strip())
