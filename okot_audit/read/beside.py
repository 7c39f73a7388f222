"""Single-spaced text of a page set in two columns, prose on the left and a table on the right.

pdfplumber's ``extract_text()`` (and a padded grid squeezed to single spaces) prints such a page
one visual line at a time across both columns, with one space between them: each line a piece
of the prose, then the table's row beside it (``… In antwoord op de vraag geef ik Antwerpen 577
601 640``). No column of spaces says where the prose ends; the row's own key does — a
province's name, a total's word, a category of persons — and the header's periods at the end
of its line (``… startte in de Provincie 2019 2020 2021 2022``). Where every line of such a run
can be told apart so, the page is read one column after the other, as a PDF's page in two
columns is: the prose's pieces first, then the table's lines, every line reported at the line
of the text that prints it (``line_numbers``). Where the rows cannot be told apart (a row whose
label is no such key), nothing is reordered: the parser reports the lines as a table it could
not read, saying why (``prose-beside-table``: the header at the end of a line of prose).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from okot_audit.parse.scan import joined, lines_at
from okot_audit.patterns import NOTE_LINE, period_pattern
from okot_audit.tables import PROVINCES

#: A period label in a header (``2019``, ``2022*``, ``2019-2020``).
_PERIOD = re.compile(period_pattern(stars=r"\*{0,3}"))
#: Two periods side by side, each a word of its own: what every header :func:`_header_split`
#: finds holds (looked for first, at once).
_TWO_PERIODS = re.compile(rf"(?<!\S){_PERIOD.pattern}\s+{_PERIOD.pattern}(?!\S)")
#: :data:`_TWO_PERIODS` in the lines joined (:func:`~okot_audit.parse.scan.joined`): the white
#: space between the two no line break, so that a match stays on its line (a line break before
#: or after it is white space, as a line's ends are). It opens with the first period's ``1`` or
#: ``2``, the white space before it looked back at: the search skips to those digits.
_TWO_PERIODS_IN_TEXT = re.compile(
    period_pattern(stars=r"\*{0,3}", year=r"(?:1(?<!\S1)9|2(?<!\S2)0)\d{2}") + r"[^\S\n]+" + _PERIOD.pattern + r"(?!\S)")
#: A count as single-spaced text prints it (``577``, ``3.058``), or a blank cell's mark.
_COUNT = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+|-")
#: How many lines of rows beside prose, the header's included, make a page in two columns.
MIN_LINES = 3
#: How many words of prose (no digit in them) a line holds beside its row, at the least.
MIN_PROSE = 3
#: How many words a row's key takes, at most (``Brussels Hoofdstedelijk Gewest``).
MAX_KEY = 3


def rows_beside_prose(lines: Sequence[str]) -> tuple[list[str], list[int]] | None:
    """`lines` in reading order where a run of them each holds a piece of prose and a table's
    header or row beside it, on either side (see the module documentation): the lines before
    the run, then the left column's pieces, a blank line, the right column's; then the rest.
    Lines right below the run go on with the column they fit — a row alone with the table's, a
    line of words with the prose's — down to a blank line or a note across the page (``Bron:
    VDAB``). Returns the lines and the 1-based line of `lines` each one is; None where no run is
    found (most texts)."""
    out: list[str] = []
    origin: list[int] = []
    done = 0
    k = 0
    n = len(lines)
    whole = joined(lines)
    # (no header but on a line that prints two periods side by side: those lines, found at once)
    headed = range(n) if whole is None else lines_at(lines, (m.start() for m in _TWO_PERIODS_IN_TEXT.finditer(whole)))
    for at in headed:
        if at < k:
            continue  # (a line of the run read)
        k = at
        if _TWO_PERIODS.search(lines[k]) is None:
            continue
        for table_left in (False, True):
            header = _header_split(lines[k], table_left)
            if header is None:
                continue
            splits = [header]
            j = k + 1
            while j < n and (split := _row_split(lines[j], table_left, len(header[1].split()))) is not None and split[0]:
                splits.append(split)
                j += 1
            if len(splits) >= MIN_LINES:
                break
        else:
            k += 1
            continue
        if len(splits) < MIN_LINES:
            k += 1
            continue
        prose = [(text, k + i) for i, (text, _) in enumerate(splits)]
        table = [(text, k + i) for i, (_, text) in enumerate(splits)]
        while j < n and lines[j].strip() and not NOTE_LINE.match(lines[j]):
            split = _row_split(lines[j], table_left, len(header[1].split()))
            if split is not None and not split[0]:
                table.append((split[1], j))  # (a row below the prose's last line)
            elif split is None and not _ENDS_IN_FIGURE.search(lines[j]):
                prose.append((lines[j].strip(), j))
            else:
                break
            j += 1
        for i in range(done, k):
            out.append(lines[i])
            origin.append(i + 1)
        first, second = (table, prose) if table_left else (prose, table)
        for text, i in [*first, ("", j - 1), *second]:
            out.append(text)
            origin.append(i + 1)
        done = k = j
    if not done:
        return None
    for i in range(done, n):
        out.append(lines[i])
        origin.append(i + 1)
    return out, origin


_ENDS_IN_FIGURE = re.compile(r"\d\s*$")


def _prose(words: list[str]) -> bool:
    """Whether `words` may be a piece of prose: :data:`MIN_PROSE` words without a digit at the
    least (no table's row or header beside another: ``Antwerpen 120 131``)."""
    return sum(1 for w in words if not any(ch.isdigit() for ch in w)) >= MIN_PROSE


def header_beside_prose(line: str) -> str | None:
    """The header of periods that ends `line` after a piece of prose (``… startte in de
    Opleiding 2021 2022``: ``Opleiding 2021 2022``), or None: the first line of a table set
    beside a column of prose, as single-spaced text prints it."""
    split = _header_split(line, False)
    return split[1] if split is not None else None


def _header_split(line: str, table_left: bool) -> tuple[str, str] | None:
    """A header of periods beside a piece of prose: after it (``… startte in de Provincie 2019
    2020``, the header's first cell the capitalised word before the periods) or, with
    `table_left`, before it (``Provincie 2019 2020 1. Het aantal …``): the prose and the
    header, or None."""
    words = line.split()
    if table_left:
        k = 1 if words and words[0][:1].isupper() and words[0].isalpha() else 0
        end = k
        while end < len(words) and _PERIOD.fullmatch(words[end]):
            end += 1
        if end - k < 2 or not _prose(words[end:]):
            return None
        return " ".join(words[end:]), " ".join(words[:end])
    k = len(words)
    while k > 0 and _PERIOD.fullmatch(words[k - 1]):
        k -= 1
    if len(words) - k < 2 or not _prose(words[:k]):
        return None
    if words[k - 1][:1].isupper() and words[k - 1].isalpha():
        k -= 1  # (the header's first cell: ``Provincie``, ``Leeftijd``)
        if not _prose(words[:k]):
            return None
    return " ".join(words[:k]), " ".join(words[k:])


def _row_split(line: str, table_left: bool, width: int) -> tuple[str, str] | None:
    """A row whose key is a province, a total or a category of persons (:data:`_KEY`), beside a
    piece of prose — after it (``… geef ik Antwerpen 577 601 640``) or, with `table_left`,
    before it (``Antwerpen 577 601 640 zorgsector, per …``) — or alone: the prose (empty when
    none) and the row, or None. A row before prose holds `width` figures at the most (one per
    column of the header): prose that opens with a number would lend it one more."""
    words = line.split()
    if table_left:
        for size in range(min(MAX_KEY, len(words)), 0, -1):
            if _KEY.fullmatch(" ".join(words[:size])):
                end = size
                while end < len(words) and _COUNT.fullmatch(words[end]):
                    end += 1
                prose = words[end:]
                if end == size or end - size > width or (prose and not _prose(prose)):
                    return None
                return " ".join(prose), " ".join(words[:end])
        return None
    k = len(words)
    while k > 0 and _COUNT.fullmatch(words[k - 1]):
        k -= 1
    if k == len(words) or not any(ch.isdigit() for w in words[k:] for ch in w):
        return None
    for size in range(min(MAX_KEY, k), 0, -1):
        if _KEY.fullmatch(" ".join(words[k - size:k])):
            prose = words[:k - size]
            if prose and not _prose(prose):
                return None
            return " ".join(prose), " ".join(words[k - size:])
    return None


#: What keys a row by itself, whatever stands before it: a province's name (``Oost-Vlaanderen``,
#: ``Vlaams Brabant``, ``Brussels Hoofdstedelijk Gewest``), a total's word (``Totaal``,
#: ``Eindtotaal``, ``Totaal Limburg``, ``Vlaams Gewest``), a gender or an age class (``Vrouw``,
#: ``25-54 jaar``, ``55+ jaar``).
_KEY = re.compile(
    "|".join(p.replace("-", "[- ]") for p in PROVINCES)
    + r"|Brussels(?: Hoofdstedelijk)? Gewest|(?:Sub|Eind)?[Tt]otaal(?: [A-Z][\w-]*)?|Vlaams Gewest|Vlaanderen"
    + r"|Man(?:nen)?|Vrouw(?:en)?|[-<]\s?\d{2} jaar|\d{2}\s?[-–]\s?\d{2} jaar|\d{2}\s?\+ jaar"
)
