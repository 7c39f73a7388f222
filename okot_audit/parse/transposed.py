"""Tables printed on their side: periods as rows, provinces, categories or training codes as columns.

Some answers print the province × period matrix the other way round::

    Jaar Antwerpen Limburg Oost-Vlaanderen Totaal
    2020 812 402 733 1.940
    2021 845 398 760 1.996

It is the same table: each column is a row of the model (a province, a gender, an age class),
each line a period, and the last column (``Totaal``, ``Vlaanderen``, ``Vlaams Gewest``; or the first) the total
over the columns — of unique persons for provinces, a partition's sum for categories. A line
``Totaal`` under the periods totals each column over the periods (a total column, in the model).
:func:`find_transposed` finds such tables (the reader drops any other reading of their lines) and gives them as
:class:`~okot_audit.parse.regions.Region` records with their column `keys`;
:func:`fill_transposed` reads each line's figures into the cells of its period, every cell at
the line its figure stands on. A line whose figures do not say which column each is (fewer
figures than columns in text without positions) is reported, not guessed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from okot_audit.parse.cells import NUMBER, number_value, placements
from okot_audit.parse.columns import place_by_position
from okot_audit.parse.context import MONTHS, PART_WORD, PeriodToken, fold, part_of_year, period_labels
from okot_audit.parse.regions import TOTAL_LINE, Item, Region, province_name
from okot_audit.parse.subcolumns import SubColumns, meaning
from okot_audit.parse.tokens import WORD
from okot_audit.parse.words import COLUMN_WORDS, COUNT_COLUMN, sector_name
from okot_audit.patterns import (
    ATTRIBUTE_WORDS, BLANK_MARK, COUNT_NOUNS, GRAND_TOTAL_WORDS, PERIOD_DASHES, PLAIN_TOTAL_WORDS, REGION_TOTALS, YEAR, partition_of,
    period_pattern, words_pattern,
)
from okot_audit.tables import Cell, Layout, Level, ParseIssue, Table

#: What may name a line's period before it: ``schooljaar 2022-2023``, ``academiejaar 2023-2024``.
_PERIOD_NAME = r"(?:(?:school|academie|kalender|werk)?jaar[ \t]+)?"
#: A period at the start of a line: a year or school year, perhaps named, starred or with a note in
#: brackets (``2023 (voorlopig)``), a month and year, or a part of a year and the year (``jan-jun
#: 2024``, ``Q1 2024``: the year, partial as its part says, as a header's period reads).
_PERIOD_START = re.compile(
    r"^\s*" + _PERIOD_NAME + r"(?:(?P<month>" + "|".join(MONTHS) + r")\s+|(?P<part>" + PART_WORD + r")\s+)?"
    r"(?P<year>" + period_pattern(dashes=PERIOD_DASHES) + r")(?P<stars>\*{0,3}(?:[ \t]*\([^()]{1,40}\))?)(?=\s)",
    re.I,
)
#: The words of a total over the periods (a line) or over the columns (a column's name): a plain
#: or a grand total's of the vocabulary (``Totaal``, ``Som``, ``Eindtotaal``, ``Algemeen
#: totaal``, ``Grand Total``). A subtotal's totals some of them, not all.
_TOTAL = words_pattern((*PLAIN_TOTAL_WORDS, *GRAND_TOTAL_WORDS))
#: The periods' total line (``Totaal``; a grand total's words: ``Eindtotaal``, ``Jaartotaal``).
_TOTAL_ROW = re.compile(r"^\s*(?:" + _TOTAL + r")\b", re.I)
#: The total column's name (``Totaal``, ``Eindtotaal``, ``Som``), or a region's that totals the
#: provinces (``Vlaanderen``, ``Vlaams Gewest``): the whole name. A total's words may name what it
#: counts (``Totaal unieke cursisten``, ``Totaal inschrijvingen``: :data:`~okot_audit.patterns.COUNT_NOUNS`).
_TOTAL_KEY = re.compile(r"^(?:(?:" + _TOTAL + r")(?:\s+(?:unieke\s+)?(?:" + words_pattern(COUNT_NOUNS) + r"))?|" + words_pattern(REGION_TOTALS) + r")$",
                        re.I)
#: A column that totals the Flemish provinces before it, among other columns (``Vlaams Gewest``).
_REGION_KEY = re.compile(r"^(?:" + "|".join(w.replace(" ", r"\s+") for w in REGION_TOTALS) + r")$", re.I)
_CELLS = re.compile(r"\S+(?: \S+)*")
#: A blank mark standing as a cell of its own among a line's figures (``-``, ``x``, ``n.v.t.``).
_MARK_CELL = re.compile(r"(?<!\S)(?:" + BLANK_MARK.pattern + r")(?!\S)", re.I)
#: How many words one column's name may take in text without positions (``Vlaams Gewest``,
#: ``25-54 jaar``, ``Brussels Hoofdstedelijk Gewest``, ``55 jaar en ouder``).
KEY_WORDS = 4


def find_transposed(lines: tuple[str, ...]) -> list[Region]:
    """Every table printed on its side among `lines`.

    Such a table's first line starts with a period: those few lines are found first
    (:data:`_PERIOD_LINE`), and only the line above each is tried as a header (up to two blank
    lines between them, as laid-out text leaves)."""
    found: list[Region] = []
    done = 0  # the tables found end here: no header is looked for above it
    for first in _period_lines(lines):
        if first < done:
            continue
        k = first - 1
        while k >= max(done, first - 3) and not lines[k].strip():
            k -= 1
        if k < done or _next_content(lines, k + 1) != first:
            continue
        table = _region(lines, k)
        if table is not None:
            found.append(table)
            done = table.end
    return found


#: A line that starts with a period (a year, a school year, a month and year).
_PERIOD_LINE = re.compile(
    r"^[ \t]*" + _PERIOD_NAME + r"(?:(?:" + "|".join(MONTHS) + r"|" + PART_WORD + r")\s+)?" + YEAR.pattern, re.I,
)


def _period_lines(lines: tuple[str, ...]) -> list[int]:
    """The indices of the lines that start with a period, in order: a match at each line's
    start, which fails at its first letters on most lines (a search of the whole text for a
    pattern that opens with a line's start tries every character, twice the time)."""
    match = _PERIOD_LINE.match
    return [i for i, line in enumerate(lines) if match(line)]


def _next_content(lines: tuple[str, ...], j: int) -> int | None:
    """The index of the first line from `j` on that is not blank (at most two blank lines on)."""
    for i in range(j, min(j + 3, len(lines))):
        if lines[i].strip():
            return i
    return None


def _region(lines: tuple[str, ...], k: int) -> Region | None:
    """The table on its side whose header is line k (0-based), or None."""
    header = lines[k]
    if not header.strip() or not _opens_rows(lines, k + 1):
        return None  # (the first line a period and its figures, as the loop below reads it: asked first, it costs least)
    keys = header_keys(header)
    top = k  # the header's first line
    if keys is None and k > 0:  # a laid-out header whose names wrap (``25-54`` / ``jaar`` below it)
        keys = _wrapped_keys(lines[k - 1], header)
        top = k - 1
    below = _next_content(lines, k + 1)
    start = _PERIOD_START.match(lines[below]) if below is not None else None
    width = len(_figures(lines[below], start)) if below is not None and start is not None else 0  # (the first period's figures)
    if (keys is None or len(keys[0]) < width) and k > 0:
        # names broken over the header's lines (``Oost-`` / ``Vlaanderen``), in any form; the last
        # line alone may name some columns (``Brussel Totaal``), fewer than the figures below it
        stacked = _stacked_keys(lines, k, width)
        if stacked is not None:
            keys, top = stacked
    if (keys is None or len(keys[0]) < width) and k > 0 and (over := _attribute_over(lines[k - 1], header)) is not None:
        # the attribute's name spanning its categories' columns on the line above them, the other
        # columns' names beside it (``Schooljaar Geslacht Totaal`` / ``Man Vrouw``)
        spanned = header_keys(over)
        if spanned is not None and len(spanned[0]) == width:
            keys, top = spanned, k - 1
    if (keys is None or len(keys[0]) < width) and len(_ATTRIBUTE_CELL.findall(header)) == 1:
        # (the two lines joined into one by an earlier step: ``Schooljaar Geslacht Man Vrouw Totaal``)
        named = header_keys(_ATTRIBUTE_CELL.sub(lambda m: " " * len(m.group()), header))
        if named is not None and len(named[0]) == width:
            keys = named
    if keys is None:
        return None
    if all(_kind(name) == "measure" for name in keys[0]) and _years_only(lines[_next_content(lines, k + 1) or k + 1]):
        return None  # (``Opleiding gestart geslaagd`` over ``2022 2023 2022 2023``: measures over periods, no lines)
    items: list[Item] = []
    tokens: list[PeriodToken] = []
    parted = False  # (a line's period is a part of its year)
    repeated: list[int] = []  # 1-based lines of the header repeated on a later page
    j = k + 1
    end = k + 1  # the last line read (1-based)
    while j < len(lines):
        after = _next_content(lines, j)
        if after is None and items:  # (a page break: its footer and the next page's top left blank)
            far = next((i for i in range(j, min(j + _PAGE_GAP, len(lines))) if lines[i].strip()), None)
            after = far if far is not None and _repeated_header(lines, top, k, far) else None
        if after is None:
            break
        j = after
        text = lines[j]
        start = _PERIOD_START.match(text)
        if start is None and items and (again := _repeated_header(lines, top, k, j)):
            repeated.extend(range(j + 1, j + again + 1))  # the header repeated after a page break: the rows go on
            j += again
            continue
        if start is None and not (_TOTAL_ROW.match(text) and items):
            break
        if not _figures(text, start):
            break
        label = _period_label(start) if start else "Totaal"
        stars = start.group("stars") if start else ""
        part = start.group("part") if start else None
        if part is not None:
            if not part_of_year(part):
                break  # (``januari-december 2024``: no part of the year it names)
            stars = stars or f" ({part})"
            parted = True
        if label in {t.label for t in tokens}:
            if parted:
                return None  # (parts of one year as lines, ``jan-mrt 2024`` / ``apr-jun 2024``: no periods of a year)
            break
        tokens.append(PeriodToken(label, stars, 0, 0))
        items.append(Item("row", [j + 1], texts=[text]))
        end = j + 1
        j += 1
        if start is None:
            break  # the periods' total closes the table
    if len(items) < 2 and not (items and len(keys[0]) >= 2):
        return None
    return Region(
        header_lines=list(range(top + 1, k + 2)), header_text=fold(" ".join(lines[top:k + 1])), period_tokens=tokens,
        items=items, start=top + 1, end=end, closed=True, keyed=False, period_line=k + 1, keys=keys,
        repeated=[n for n in repeated if n < end],
    )


#: How many blank lines a page break may leave between a table's rows and its header printed again
#: on the next page (the footer, the form feed and the next page's top, each left blank).
_PAGE_GAP = 12


def _repeated_header(lines: tuple[str, ...], top: int, k: int, j: int) -> int:
    """How many lines from `j` (0-based) print the header of lines `top`…`k` again — its words
    in their order, over as many lines (the header a PDF repeats at the top of the page a table
    on its side runs on to) — when a period's line with its figures follows them; else 0."""
    size = k - top + 1
    again = lines[j:j + size]
    if len(again) < size or [line.split() for line in again] != [line.split() for line in lines[top:k + 1]]:
        return 0
    return size if _opens_rows(lines, j + size) else 0


_A_YEAR = re.compile(YEAR.pattern + r"\*{0,3}")


def _years_only(text: str) -> bool:
    """Whether every word of `text` is a year: a header's periods, no period and its figures."""
    words = text.split()
    return len(words) > 1 and all(_A_YEAR.fullmatch(w) for w in words)


def _opens_rows(lines: tuple[str, ...], j: int) -> bool:
    """Whether the first line with words from `j` on (at most two blank lines on) starts with
    a period and goes on in figures alone: the first row of a table on its side, without which
    :func:`_region` reads none — most lines that start with a year are prose (``2021 was …``),
    and a header's columns cost more to read than this."""
    first = _next_content(lines, j)
    if first is None:
        return False
    start = _PERIOD_START.match(lines[first])
    return start is not None and bool(_figures(lines[first], start))


def _period_label(match: re.Match[str]) -> str:
    """The line's period as the contract writes it (:func:`okot_audit.parse.context.period_labels`)."""
    year, month = match.group("year"), match.group("month")
    if month and year.isdigit():
        return f"{year}-{MONTHS[month.lower()]:02d}"
    return period_labels([year])[0]


def _figures(text: str, start: re.Match[str] | None) -> list[re.Match[str]]:
    """The figures after a line's period (or ``Totaal``): every other token must be a count."""
    rest_at = start.end() if start else _TOTAL_ROW.match(text).end()  # type: ignore[union-attr]
    figures = list(WORD.finditer(text, rest_at))
    if not figures or not all(NUMBER.fullmatch(t.group()) or BLANK_MARK.fullmatch(t.group()) for t in figures):
        return []
    return figures if any(NUMBER.fullmatch(t.group()) for t in figures) else []


def header_keys(header: str) -> tuple[list[str], list[tuple[int, int]], bool] | None:
    """The header's columns: their names, their character spans, and whether the last (or else
    the first) is a total (``Totaal``, ``Vlaanderen``) — when every column names a province or a category of
    persons (after an optional corner word: ``Jaar``, ``Periode``), or when the header names
    one column of counts after a corner word for periods (``Maand Aantal``: the table's one row,
    over the periods its lines name); else None."""
    single = _SINGLE_COLUMN.match(header)
    if single is not None:
        return [single.group(1)], [single.span(1)], False
    corner = _CORNER.match(header)
    if corner is not None and len(corner.group(1).split()) <= KEY_WORDS and _kind(corner.group(1)) == "measure" and sum(
            _kind(word) == "measure" for word in corner.group(1).split()) <= 1:  # (one measure: not ``Gestart Gestarte cursisten``)
        return [corner.group(1)], [corner.span(1)], False  # (one column named by what it counts: ``Jaar Gestarte cursisten``)
    cells = list(_CELLS.finditer(header)) if "  " in header.strip() else []
    if len(cells) >= 3:  # laid out: a column's name is a cell of its own
        names = [(c.group(), c.span()) for c in cells]
        if not _kind(names[0][0]) and not _TOTAL_KEY.match(names[0][0]):
            names = names[1:]  # the corner cell
    else:
        spoken = _spoken_keys(header)
        if spoken is None:
            return None
        names = spoken
    return _classified(names)


def province_columns(text: str, line: int) -> SubColumns | None:
    """The columns of a header that names provinces, perhaps after a corner word that names its rows
    (``Leeftijd``, ``Kwartaal``), perhaps with their total last (``Totaal``, ``Vlaams Gewest``;
    a region's total before ``Brussel`` too): over one period, a table per province, the total
    column's their total (:attr:`~okot_audit.tables.Table.categories`); None for any other header
    (1-based `line`). A header with no corner word keeps its first province (single-spaced,
    :func:`header_keys` takes a first word for the corner)."""
    keys = header_keys(text)
    if keys is None:
        return None
    names, spans, total = keys
    head = text[:spans[0][0]].strip()
    if head and province_name(head):  # (no corner word: the first column is a province's)
        start = len(text) - len(text.lstrip())
        names, spans, head = [head, *names], [(start, start + len(head)), *spans], ""
    plain = [name for name in names if not _TOTAL_KEY.match(" ".join(name.split()))]
    if len(plain) < 2 or not all(province_name(name) for name in plain):
        return None
    laid = "  " in text.strip()
    return SubColumns(tuple(" ".join(n.split()) for n in names), tuple((0, j) for j in range(len(names))),
                      tuple(spans) if laid else None, line, head)


def province_totals(names: Sequence[str]) -> dict[str, tuple[str, ...]] | None:
    """Where `names` are the columns of a header of provinces (:func:`province_columns`), each
    total column's parts: a region's total (``Vlaams Gewest``, ``Vlaanderen``) the provinces
    before it, a ``Totaal`` every province (the region's total is none of its parts: ``…
    West-Vlaanderen Vlaams Gewest Brussel Totaal``). None where two provinces or fewer than
    two are named, or a total column totals nothing."""
    provinces = [name for name in names if not _TOTAL_KEY.match(" ".join(name.split()))]
    if len(provinces) < 2 or len(set(provinces)) < len(provinces) or not all(province_name(n) for n in provinces):
        return None
    out: dict[str, tuple[str, ...]] = {}
    for k, name in enumerate(names):
        if name in provinces:
            continue
        before = tuple(n for n in names[:k] if n in provinces)
        out[name] = before if _REGION_KEY.match(" ".join(name.split())) and before else tuple(provinces)
    return out if len(out) == len({n for n in names if n not in provinces}) else None


#: An attribute's name alone in a header's cell (``Geslacht``, ``Leeftijd``), spanning its categories.
_ATTRIBUTE_CELL = re.compile(r"(?<!\S)(?:" + ATTRIBUTE_WORDS + r")(?!\S)", re.I)


def _attribute_over(upper: str, lower: str) -> str | None:
    """The header of two lines whose upper line names an attribute of persons once (``Geslacht``),
    spanning the columns of its categories that `lower` names (``Man Vrouw``), as one line: the
    categories in the attribute's place, among the upper line's other names (``Schooljaar
    Geslacht Totaal`` / ``Man Vrouw`` → ``Schooljaar Man Vrouw Totaal``). Laid out, each word of
    `lower` stands where it is printed, under the attribute's name's place; single-spaced, the
    categories' words take its place. None when `upper` names no attribute once, or `lower` holds
    a figure."""
    found = list(_ATTRIBUTE_CELL.finditer(upper))
    if len(found) != 1 or not lower.strip() or any(ch.isdigit() for ch in lower):
        return None
    at = found[0]
    if "  " not in upper.strip() and "  " not in lower.strip():
        return f"{upper[:at.start()]}{lower.strip()}{upper[at.end():]}"
    line = list(upper[:at.start()].ljust(at.start()) + " " * (at.end() - at.start()) + upper[at.end():])
    for word in WORD.finditer(lower):
        line.extend(" " * (word.end() + 2 - len(line)))
        if any(ch != " " for ch in line[max(word.start() - 2, 0):word.end() + 2]):
            return None  # (a word of the lower line under another name of the upper: no categories under one attribute)
        line[word.start():word.end()] = word.group()
    return "".join(line).rstrip()


def _wrapped_keys(upper: str, lower: str) -> tuple[list[str], list[tuple[int, int]], bool] | None:
    """The columns of a laid-out header over two lines whose names wrap: the cells of `upper`
    (three or more, set apart by two spaces or more), each with the words of `lower` that stand
    under it (of the names a word stands under, the one it completes into a province's or a
    category's name, else the one whose centre is nearest) — when `lower` holds words only,
    each under a name. None otherwise."""
    if "  " not in upper.strip() or any(ch.isdigit() for ch in lower):
        return None
    cells = list(_CELLS.finditer(upper))
    words = list(WORD.finditer(lower))
    if len(cells) < 3 or not words:
        return None
    texts = [c.group() for c in cells]
    spans = [[c.start(), c.end()] for c in cells]
    for word in words:
        middle = (word.start() + word.end()) / 2
        near = sorted((i for i, (a, b) in enumerate(spans) if a - 3 <= middle <= b + 3),
                      key=lambda i: abs(middle - (spans[i][0] + spans[i][1]) / 2))
        if not near:
            return None  # (a word under no name: no wrapped header)
        # (centred under its cell, a wrapped word may stand as near the next name: the name it completes)
        at = next((i for i in near if _kind(_broken(texts[i], word.group()))), near[0])
        texts[at] = _broken(texts[at], word.group())
        spans[at] = [min(spans[at][0], word.start()), max(spans[at][1], word.end())]
    found = [(text, (a, b)) for text, (a, b) in zip(texts, spans)]
    if not _kind(found[0][0]) and not _TOTAL_KEY.match(found[0][0]):
        found = found[1:]  # the corner cell
    return _classified(found)


#: How many lines a header whose names are broken over its lines may take (pypdf prints each
#: piece of a name broken in its cell on a line of its own: ``Oost-`` / ``Vlaanderen`` / …).
_STACKED = 8


def _stacked_keys(
    lines: tuple[str, ...], k: int, width: int,
) -> tuple[tuple[list[str], list[tuple[int, int]], bool], int] | None:
    """The columns of a header whose names a narrow cell broke over two lines or more
    (``Oost-`` / ``Vlaanderen``, ``Vlaams-`` / ``Brabant``), its last line `k` (0-based), and
    the index of its first line — the header's lines being the lines of words right above the
    table's first period (no blank line, no sentence between), as many columns as that period's
    line has figures (`width`) — or None. Each form is read as it prints such a header:

    - laid out (``pdftotext -layout``, pdfplumber's layout): each piece stands in its column,
      the names above or below the line of the others (cells set at the top, the middle or the
      bottom): pieces that stand over each other are one column's name (:func:`_piled`);
    - single-spaced (the seeds' form, pdfplumber's text): the first pieces on one line, their
      other pieces, in the same order, on the line below or above — in the line of the other
      names, where its cells are set at the top (``… Limburg Oost- Vlaams- West- Brussel …`` /
      ``Vlaanderen Brabant Vlaanderen``) or the bottom (:func:`_joined_pieces`);
    - every piece on a line of its own, or the names over lines as they come (pypdf): the lines
      read as one."""
    if not _may_head(lines[k]):
        return None  # (a period's line with its figures, ``Q1 2024 120 30``: a row of the table above, no header's)
    block = [k]
    while len(block) < _STACKED and block[0] > 0:
        above = block[0] - 1
        if not lines[above].strip() and above > 0 and _may_head(lines[above - 1]) and lines[block[0]].strip():
            above -= 1  # (a blank line the mending of names broken over lines left, ``West-Vlaa nderen`` / ````)
        if not _may_head(lines[above]):
            break
        block.insert(0, above)
    if len(block) < 2:
        return None
    for first in range(len(block) - 1):  # (the most lines first; fewer where a caption stands above)
        texts = [lines[j] for j in block[first:]]
        if any("  " in text.strip() for text in texts):
            keys = _piled(texts)
        else:
            keys = _joined_pieces(texts) if len(texts) == 2 else None
            if keys is None:
                keys = header_keys(_mended(" ".join(text.strip() for text in texts)))
                keys = keys if keys is not None and len(keys[0]) >= 2 else None
        if keys is not None and len(keys[0]) == width:
            return keys, block[first]
    return None


def _may_head(text: str) -> bool:
    """Whether `text` may be a line of a header broken over lines: words, short, no sentence,
    no period (a line of the table above, its rows)."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= 160 and not stripped.endswith((".", ":", "?", "!")) \
        and _PERIOD_LINE.match(text) is None


def _piled(texts: list[str]) -> tuple[list[str], list[tuple[int, int]], bool] | None:
    """The columns of a laid-out header over `texts`: each word is a piece of the column whose
    pieces it stands over or under (most overlap), else of a column of its own; a column's name
    is its pieces top to bottom; columns side by side whose names name nothing alone but do
    together are one (``Vlaams`` ``Gewest``)."""
    columns: list[list] = []  # [start, end, pieces]
    for text in texts:
        for word in WORD.finditer(text):
            a, b = word.span()
            best = max(columns, key=lambda c: min(b, c[1]) - max(a, c[0]), default=None)
            if best is not None and min(b, best[1]) - max(a, best[0]) > 0 and best[3] != id(text):
                best[0], best[1] = min(a, best[0]), max(b, best[1])
                best[2].append(word.group())
                best[3] = id(text)
            else:
                columns.append([a, b, [word.group()], id(text)])
    columns.sort(key=lambda c: c[0])
    names: list[tuple[str, tuple[int, int]]] = []
    piled = False  # (a name of pieces over each other, as this form prints one)
    for start, end, pieces, _ in columns:
        name = functools.reduce(_broken, pieces)  # (``Oost-Vlaan`` over ``deren``: a word its cell broke, glued)
        piled = piled or (len(pieces) > 1 and _kind(name) is not None)
        if names and not _named(name) and not _named(names[-1][0]) and _named(f"{names[-1][0]} {name}"):
            name, start = f"{names[-1][0]} {name}", names.pop()[1][0]
            piled = piled or _kind(name) is not None
        names.append((name, (start, end)))
    if len(names) < 3 or not piled:
        return None  # (no name of pieces over each other: not this header's form)
    if not _kind(names[0][0]) and not _TOTAL_KEY.match(names[0][0]):
        names = names[1:]  # the corner cell
    return _classified(names)


def _named(name: str) -> bool:
    """Whether `name` names a column of a table on its side: a province, a category, a total."""
    return bool(_kind(name) or _TOTAL_KEY.match(" ".join(name.split())))


def _joined_pieces(texts: list[str]) -> tuple[list[str], list[tuple[int, int]], bool] | None:
    """The columns of a single-spaced header of two lines, one of them the pieces of names
    broken in their cells, in order, whose other pieces stand in the other line among its
    names: the first pieces (``Oost-``) in the line of names and the rest below it, or the
    first pieces above it (after the corner word, ``Jaar``, where it stands on their line) and
    the rest in it. Each name joined where it stands; None unless every piece completes a name."""
    upper, lower = (text.split() for text in texts)
    ways: list[tuple[list[str], list[str], bool, list[str]]] = [(lower, upper, True, []), (upper, lower, False, [])]
    if upper and _CORNER.match(f"{upper[0]} -"):  # (the corner word above, on the line of the pieces)
        ways.append((upper[1:], lower, False, upper[:1]))
    for pieces, line, below, corner in ways:
        if len(pieces) >= len(line):
            continue
        out: list[str] = list(corner)
        at = 0
        for word in line:
            if at < len(pieces):
                name = _join(word, pieces[at]) if below else _join(pieces[at], word)
                if _completes(word, name):
                    out.append(name)
                    at += 1
                    continue
            out.append(word)
        if at == len(pieces):
            keys = header_keys(" ".join(out))
            if keys is not None:
                return keys
        keys = _pieces_after_names(pieces, line, below)
        if keys is not None:
            return keys
    return None


def _pieces_after_names(pieces: list[str], line: list[str], below: bool) -> tuple[list[str], list[tuple[int, int]], bool] | None:
    """:func:`_joined_pieces` where a piece completes a word that names a column alone too
    (``25-54`` and ``jaar`` below it: ``Jaar -25 jaar 25-54 55+ jaar Totaal`` / ``jaar``, an age
    class's cell wrapped): each piece, in order, joined to a later word it makes a name with,
    the first such choice whose line reads as a header's names; None where none does."""
    if len(pieces) > 4:
        return None  # (a few names wrapped; more are another form)

    def place(at: int, start: int, out: list[str]):
        if at == len(pieces):
            return header_keys(" ".join(out))
        for i in range(start, len(line)):
            name = _join(line[i], pieces[at]) if below else _join(pieces[at], line[i])
            if _kind(name):
                found = place(at + 1, i + 1, [*out[:i], name, *out[i + 1:]])
                if found is not None:
                    return found
        return None

    return place(0, 0, list(line))


def _completes(word: str, name: str) -> bool:
    """Whether `name`, `word` with a piece of it from the header's other line, is the column's
    whole name: it names a column and `word` alone does not, or only as its short form
    (``Vlaams-Br`` and ``abant``: Vlaams-Brabant either way)."""
    if not _named(name):
        return False
    if not _named(word):
        return True
    short = province_name(word)
    return short is not None and short == province_name(name)


def _broken(first: str, rest: str) -> str:
    """A name's two pieces a space apart, or glued where a narrow cell broke the word itself
    (``Oost-Vlaan`` ``deren``, ``Vlaams-Br`` ``abant``: a letter, then a lower-case one, and
    glued they name a column, the one they name a space apart if any)."""
    spaced = f"{first} {rest}"
    last = first.split()[-1] if first.split() else ""  # (the piece the cell broke: a cell may hold two names)
    if not (last[-1:].isalpha() and rest[:1].islower()) or not (kind := _kind(last + rest)):
        return spaced
    return first + rest if not _named(f"{last} {rest}") or _kind(f"{last} {rest}") == kind else spaced


def _mended(text: str) -> str:
    """`text` with each word a narrow cell broke over lines (read one after the other: ``Oost-Vlaan
    deren``) glued again, as :func:`_broken` glues two pieces."""
    out: list[str] = []
    for word in text.split():
        if out and (joined := _broken(out[-1], word)) != f"{out[-1]} {word}":
            out[-1] = joined
        else:
            out.append(word)
    return " ".join(out)


def _join(first: str, rest: str) -> str:
    """A name's two pieces: glued after a hyphen (``Oost-`` ``Vlaanderen``), else as :func:`_broken`
    joins them."""
    return first + rest if first.endswith("-") else _broken(first, rest)


def _classified(names: list[tuple[str, tuple[int, int]]]) -> tuple[list[str], list[tuple[int, int]], bool] | None:
    """The header's columns (:func:`header_keys`) from their names and spans: None unless every one
    names a province, a category of persons or a code of one kind, the total's last or first,
    or each names another measure (``Gestart Geslaagd Gestopt``: no total over them)."""
    total = bool(names) and _TOTAL_KEY.match(" ".join(names[-1][0].split())) is not None
    first = len(names) > 2 and _TOTAL_KEY.match(" ".join(names[0][0].split())) is not None
    keys = names[:-1] if total else names[1:] if first else names  # (the total column last, or first)
    total = total or first
    # (the region over the provinces before it, then Brussels and the total: ``… West-Vlaanderen
    # Vlaams Gewest  Brussel  Totaal``)
    keys = [(name, span) for name, span in keys if not (total and _REGION_KEY.match(" ".join(name.split())))]
    if len(keys) < (1 if total else 2) or not all(_kind(name) for name, _ in keys):  # (one part beside its total too)
        return None
    kinds = {_kind(name) for name, _ in keys} - {"unknown"}
    if len(kinds) != 1 or (len(keys) < len(names) - 1 and kinds != {"province"}):
        return None
    if kinds == {"measure"} and (total or len({meaning(name) for name, _ in keys}) < len(keys)):
        return None  # (columns of measures: each counts another thing, and nothing totals them)
    return [n for n, _ in names], [s for _, s in names], total


#: A header of periods as lines and one column of counts: a corner word for the periods, then
#: the column's name (``Maand Aantal``, ``Jaar  Aantal unieke cursisten``, ``Schooljaar Starters``).
_SINGLE_COLUMN = re.compile(
    r"^\s*(?:maand|jaar|kalenderjaar|schooljaar|periode|kwartaal)\s+("
    + "|".join(COLUMN_WORDS[:1]) + r"|" + COUNT_COLUMN.pattern.removeprefix(r"(?:^|\s)(").removesuffix(r")$")
    + r")\s*$",
    re.I,
)


#: A corner word for periods as lines, then the rest of the header (:func:`header_keys`).
_CORNER = re.compile(r"^\s*(?:maand|jaar|kalenderjaar|schooljaar|periode|kwartaal)\s+(\S.*?)\s*$", re.I)


def _spoken_keys(header: str) -> list[tuple[str, tuple[int, int]]] | None:
    """The columns of a header in text without positions: the words after the corner word,
    taken greedily as the longest run of up to :data:`KEY_WORDS` words that names a province, a
    category or a total."""
    words = list(WORD.finditer(header))
    for corner in (1, 0):
        out: list[tuple[str, tuple[int, int]]] = []
        i = corner
        while i < len(words):
            for size in range(min(KEY_WORDS, len(words) - i), 0, -1):
                name = header[words[i].start():words[i + size - 1].end()]
                # (no province's name has four words: only a category's, ``55 jaar en ouder``)
                if (partition_of(name) if size == KEY_WORDS else _kind(name)) or _TOTAL_KEY.match(" ".join(name.split())):
                    out.append((name, (words[i].start(), words[i + size - 1].end())))
                    i += size
                    break
            else:
                break
        if i == len(words) and len(out) >= 2:
            return out
    return None


#: A column named by a training code alone (``908003``, ``908003*``): the table's rows are codes.
_CODE_KEY = re.compile(r"\d{6}\*{0,3}")


def _kind(name: str) -> str | None:
    """``province``, ``code`` (a training code), ``sector`` (``Zorg``, ``Onderwijs``: the
    programmes of a sector, each column a row of programmes as a sector's row is), the attribute
    of a category (``gender``, ``age``, ``unknown`` …), ``measure`` (``Gestart``, ``Geslaagden``:
    what the column counts), or None."""
    if province_name(name):
        return "province"
    if sector_name(name):
        return "sector"
    if name[:1].isdigit() and _CODE_KEY.fullmatch(name):
        return "code"
    attribute = partition_of(name)
    if attribute is None and (said := meaning(name)) is not None and said[0] != "unknown":
        return "measure"
    return attribute


def layout_of(region: Region) -> Layout:
    """The model's shape of a table on its side: its columns are its rows."""
    names, _, total = region.keys or ([], [], False)
    at = _total_at(names) if total else None
    keys = [name for index, name in enumerate(names)
            if index != at and not (total and _REGION_KEY.match(" ".join(name.split())))]
    kinds = {_kind(name) for name in keys} - {"unknown"}
    kind = kinds.pop() if len(kinds) == 1 else None
    total_column = bool(region.period_tokens) and region.period_tokens[-1].label == "Totaal"
    if kind == "province":
        return Layout("province", None, total_column, transposed=True)
    if kind == "code":
        return Layout("code", None, total_column, transposed=True)
    if kind in ("measure", "sector"):  # (a table per column, of the measure it names: as rows that name them;
        # a sector's programmes, as rows named ``Zorg``, ``Onderwijs`` are)
        return Layout("programme", None, total_column, transposed=True)
    return Layout("category", None, total_column, kind, transposed=True)


def fill_transposed(
    table: Table, region: Region, issues: list[ParseIssue], positional: bool, collapsed: bool = True,
    lines: tuple[str, ...] = (), pages_of_lines: Sequence[int | None] | None = None,
) -> None:
    """Each line's figures into the cells of its period: column *j* is row *j* of the model, the
    total column the total line; a line whose figures do not say their columns is reported.
    In text whose spacing marks blank cells (the seeds' form: not `collapsed`) a line with
    fewer figures than columns is read as its spaces say, as a row of any table is. Below the
    header repeated on a later page (:attr:`Region.repeated`, its text among `lines`) the
    columns stand where that header sets them (laid-out text sets each page apart); where the
    header's places do not say, the lines with a figure in every column of the line's own page
    (`pages_of_lines`, each line's page, when the text keeps positions) do."""
    names, first_spans, total = region.keys or ([], [], False)
    pages = [(number, again[1]) for number in region.repeated if number <= len(lines)
             and (again := header_keys(lines[number - 1])) is not None and len(again[1]) == len(first_spans)]
    at = _total_at(names) if total else None
    partition = table.layout.partition
    semantics = "additive" if partition or not table.unique_persons else "unique"
    page_of = (lambda line: pages_of_lines[line - 1]) if pages_of_lines else (lambda line: None)
    full = {page: _full_columns(region, len(names), page_of, page) for page in {page_of(i.lines[0]) for i in region.items}}
    # (a header whose names stand one space apart keeps no positions: the seeds' spacing says the blanks)
    single = all(b[0] - a[1] <= 1 for a, b in zip(first_spans, first_spans[1:]))
    spaced = not positional and not collapsed and single
    for item, token in zip(region.items, region.period_tokens):
        text = item.texts[0]
        spans = next((at for number, at in reversed(pages) if number < item.lines[0]), first_spans)
        values = _spaced_values(text, len(names)) if spaced else None
        blanks_beyond = values is None and spaced and _blanks_beyond(text, len(names))
        if blanks_beyond:
            values = _joined_values(text, len(names))  # (else the line is reported: no reading settles it)
        elif values is None:  # (a header one space apart says no column's place: its spans place nothing)
            values = _values(text, spans, positional, positional or not single)
        line = item.lines[0]
        columns = full[page_of(line)]
        if values is None and columns is not None and not blanks_beyond:
            values = _values(text, columns, positional)
        if values is None:
            figures = tuple(number_value(t) for t in text.split()[1:] if NUMBER.fullmatch(t))
            issues.append(ParseIssue(
                "ambiguous-alignment", line, "ambiguous", figures, table.id, unread=True,
                label=token.label, periods=tuple(names), level="total" if token.label == "Totaal" else "row",
            ))
            table.unresolved = True
            continue
        for index, (name, value) in enumerate(zip(names, values)):
            if value is None:
                continue
            region_total = total and index != at and _REGION_KEY.match(" ".join(name.split())) is not None
            is_total = index == at or region_total
            level: Level = "subtotal" if region_total else "total" if is_total else "row"
            cell_semantics = semantics if is_total else (table_semantics(table) if token.label == "Totaal" else None)
            code = None if is_total or not _CODE_KEY.fullmatch(name) else name.rstrip("*")
            table.cells.append(Cell(  # (a column named by its code alone: the row has no label beside it)
                level=level, period=token.label, count=value, line=line, label="" if code else " ".join(name.split()),
                province=None if is_total else province_name(name), semantics=cell_semantics, code=code,
            ))


def _full_columns(
    region: Region, n: int, page_of: Callable[[int], int | None], page: int | None,
) -> list[tuple[int, int]] | None:
    """The columns as the figures of the lines on `page` (its lines by `page_of`) with a figure
    in every column stand (from the first to the last character any of them takes per column)
    — where the header's names do not keep their positions (set apart alike, they read as a
    line of prose). An extractor lays out each page on its own grid: another page's lines say
    nothing of this one's. None when no line has all its figures, or when their columns
    overlap (the lines do not agree)."""
    found: list[tuple[int, int]] | None = None
    for item in region.items:
        if page_of(item.lines[0]) != page:
            continue
        text = item.texts[0]
        start = _PERIOD_START.match(text) or _TOTAL_ROW.match(text)
        figures = list(WORD.finditer(text, start.end())) if start else []
        if len(figures) != n:
            continue
        spans = [f.span() for f in figures]
        found = spans if found is None else [(min(a[0], b[0]), max(a[1], b[1])) for a, b in zip(found, spans)]
    if found is not None and any(b[0] <= a[1] for a, b in zip(found, found[1:])):
        return None
    return found


def _total_at(names: list[str]) -> int:
    """Which column is the total over the others: the last (``… Brussel  Totaal``), or else the
    first (``Jaar  Totaal  -25 jaar  25-54 jaar``)."""
    return len(names) - 1 if _TOTAL_KEY.match(" ".join(names[-1].split())) else 0


def table_semantics(table: Table) -> str:
    """What a column's total over the periods is: persons followed over the periods are unique."""
    return "unique" if table.unique_persons else "additive"


def _spaced_values(text: str, n: int) -> list[int | None] | None:
    """The line's figures over `n` columns as the seeds' spacing says (``k`` blank cells before
    or between figures are ``k + 1`` spaces, trailing ones ``k + 1`` spaces after the last),
    when exactly one reading fits it; else None."""
    start = _PERIOD_START.match(text) or _TOTAL_ROW.match(text)
    assert start is not None
    masked = "p" * start.end() + text[start.end():]  # the period is the line's label, no figure
    exact = [p for p in placements(masked, n) if p.exact and p.label == masked[:start.end()].strip()]
    return list(exact[0].values) if len(exact) == 1 else None


def _blanks_beyond(text: str, n: int) -> bool:
    """Whether the seeds' spacing of `text` shows blank cells (``k + 1`` spaces before, between
    or after its figures) that its figures, as many as the `n` columns, leave no room for: a
    count whose thousands a space set apart (``2016 1 153   1 153`` under four columns: 1.153,
    two blanks, 1.153 — or 1, 153, 1 and 153; ``2017   1 687 1 687``: two blanks, 1.687,
    1.687), which no one reading settles."""
    start = _PERIOD_START.match(text) or _TOTAL_ROW.match(text)
    assert start is not None
    figures = list(WORD.finditer(text, start.end()))
    if len(figures) != n or not figures:
        return False
    between = [b.start() - a.end() for a, b in zip(figures, figures[1:])]
    if any(gap > 1 for gap in between):
        return True
    edges = [figures[0].start() - start.end(), len(text) - figures[-1].end()]
    if all(gap <= 1 for gap in edges):
        return False
    # (blanks at the edges only where a count's thousands joined can leave room for them: a
    # line laid out in columns, ``2018          4.398``, sets its figure apart, no blank shown)
    apart = sum(1 for a, b in zip(figures, figures[1:]) if _thousands_pair(a, b))
    return sum(gap - 1 for gap in edges if gap > 1) <= apart


#: A count's thousands a space may set apart: its first figures, then three digits.
_THOUSANDS_FIRST = re.compile(r"[1-9]\d{0,2}")
_THOUSANDS_LAST = re.compile(r"\d{3}")


def _thousands_pair(a: re.Match[str], b: re.Match[str]) -> bool:
    """Whether figures `a` and `b`, one space apart, may be one count's thousands and the rest."""
    return b.start() - a.end() == 1 and _THOUSANDS_FIRST.fullmatch(a.group()) is not None and _THOUSANDS_LAST.fullmatch(b.group()) is not None


def _joined_values(text: str, n: int) -> list[int | None] | None:
    """The line's figures over `n` columns where the seeds' spacing shows more blank cells than
    its figures leave room for (:func:`_blanks_beyond`): the one reading the spacing allows with
    some figures one space apart joined as a count's thousands (``1 153   1 153``: 1.153, two
    blanks, 1.153); None where none or several do."""
    start = _PERIOD_START.match(text) or _TOTAL_ROW.match(text)
    assert start is not None
    figures = list(WORD.finditer(text, start.end()))
    apart = [(k, a.end()) for k, (a, b) in enumerate(zip(figures, figures[1:])) if _thousands_pair(a, b)]
    if not apart or len(apart) > 8:
        return None
    found: list[list[int | None]] = []
    for mask in range(1, 1 << len(apart)):
        chosen = [pair for k, pair in enumerate(apart) if mask >> k & 1]
        if any(b[0] == a[0] + 1 for a, b in zip(chosen, chosen[1:])):
            continue  # (a figure is one count's thousands or another's last three digits, not both)
        spaces = [at for _, at in chosen]
        joined = text
        for at in reversed(spaces):
            joined = joined[:at] + joined[at + 1:]
        values = _spaced_values(joined, n)
        if values is not None and values not in found:
            found.append(values)
    return found[0] if len(found) == 1 else None


def _values(
    text: str, spans: list[tuple[int, int]], positional: bool, by_place: bool = True,
) -> list[int | None] | None:
    """The line's figures, one per column (None: blank), or None when they do not say which —
    by their places under `spans` only `by_place` (not under a header one space apart)."""
    start = _PERIOD_START.match(text) or _TOTAL_ROW.match(text)
    assert start is not None
    figures = list(WORD.finditer(text, start.end()))
    if len(figures) == len(spans):  # a figure or a blank mark (``-``, ``n.v.t.``) in every column
        return [None if BLANK_MARK.fullmatch(f.group()) else number_value(f.group()) for f in figures]
    if by_place and (positional or "  " in text.strip()):
        # (the period is the line's label, no figure; a blank mark an empty cell: its place stays)
        masked = "p" * start.end() + _MARK_CELL.sub(lambda m: " " * len(m.group()), text[start.end():])
        placed = place_by_position(masked, spans)
        if placed is not None:
            return list(placed.values)
    return None
