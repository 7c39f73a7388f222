"""Find table regions in an answer's lines and cut them into items.

A region starts at the first training-code line after prose; its header is the short
paragraph just above. Inside, lines become *items*: a row (a code line and the lines its label
wraps onto), a subtotal (``Totaal <province> N``), a total (``Totaal`` / ``Eindtotaal``), a
floating province label (alone, glued to a row, or broken over lines), or junk (text that
belongs to no row; its numbers are reported). A year table ends at its ``Totaal``; a province
table at its ``Eindtotaal``; a table without either ends where prose resumes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from okot_audit.parse.cells import has_numeric_tail, numeric_tail
from okot_audit.parse.context import PERIOD_LIST, PERIOD_TOKEN, fold
from okot_audit.tables import PROVINCES

_PROVINCE_ALT = "|".join(re.escape(p).replace(r"\-", r"\s*-\s*") for p in PROVINCES)
CODE_LINE = re.compile(
    rf"^\s*(?:(?P<province>{_PROVINCE_ALT})\s+)?(?P<code>\d{{6}})(?:\s*:\s*|\s+(?=[^\W\d]))(?P<rest>.*)$",
    re.I,
)
GRAND_LINE = re.compile(r"^\s*(?:eindtotaal|algemeen\s+totaal|totaal\s+generaal|totaal\s+vlaanderen)\b", re.I)
TOTAL_LINE = re.compile(r"^\s*totaal\b(?P<rest>.*)$", re.I)
GLUED_PROVINCE = re.compile(rf"(?<=\d)\s+(?P<province>{_PROVINCE_ALT})\s*$", re.I)
NUMBERED = re.compile(r"^\s*(?:\d{1,2}\.|[a-z]\))\s")

_NORMAL_PROVINCES = {p.lower(): p for p in PROVINCES}
#: How many non-blank lines of junk a region may hold before prose is taken to resume.
JUNK_LOOKAHEAD = 5
#: How many lines below a row a wrapped label may still run before its numbers come.
LABEL_LOOKAHEAD = 3


def province_name(text: str) -> str | None:
    """The canonical province a piece of text names (``oost- vlaanderen`` → Oost-Vlaanderen)."""
    return _NORMAL_PROVINCES.get(re.sub(r"\s+", "", text).lower())


@dataclass
class Item:
    kind: str  # row | subtotal | total | province | junk
    lines: list[int]  # 1-based numbers of the lines it spans (content lines only)
    code: str | None = None
    province: str | None = None
    texts: list[str] = field(default_factory=list)  # the raw texts of its content lines

    @property
    def last_line(self) -> int:
        return self.lines[-1]

    @property
    def complete(self) -> bool:
        return bool(self.texts) and has_numeric_tail(self.texts[-1])


@dataclass
class Region:
    header_lines: list[int]
    header_text: str
    period_tokens: list[tuple[str, str]]
    items: list[Item]
    start: int  # 1-based first line of header (or first row)
    end: int  # 1-based last line of the region
    closed: bool  # ended by a total line

    @property
    def layout(self) -> str:
        kinds = {i.kind for i in self.items}
        grand = any(i.kind == "total" and i.province == "*" for i in self.items)
        return "province" if "subtotal" in kinds or grand else "year"


def find_regions(lines: tuple[str, ...]) -> list[Region]:
    """Every table region of the document, in order."""
    regions: list[Region] = []
    index = 0
    floor = 0  # lines before this belong to an earlier region
    while index < len(lines):
        if not CODE_LINE.match(lines[index]):
            index += 1
            continue
        header_idx = _header_above(lines, index, floor)
        region = _scan_region(lines, header_idx, index)
        regions.append(region)
        index = region.end  # region.end is 1-based last line → next 0-based index
        floor = index
    return regions


def _header_above(lines: tuple[str, ...], first_row: int, floor: int) -> list[int]:
    """0-based indexes of the header paragraph right above the first row (maybe none)."""
    out: list[int] = []
    k = first_row - 1
    while k >= floor and len(out) < 3 and lines[k].strip():
        if lines[k].rstrip().endswith((".", "?", "!")):
            break  # a sentence of the prose above, not a header
        out.insert(0, k)
        k -= 1
    if not out:
        return []
    text = fold(" ".join(lines[i] for i in out))
    if PERIOD_LIST.search(lines[out[-1]]):
        return out
    if len(text) <= 100 and not text.endswith((".", "?", ":", ";")):
        return out
    return []


def _scan_region(lines: tuple[str, ...], header_idx: list[int], first_row: int) -> Region:
    header_text = fold(" ".join(lines[i] for i in header_idx))
    period_tokens: list[tuple[str, str]] = []
    last_header = lines[header_idx[-1]] if header_idx else ""
    match = PERIOD_LIST.search(last_header)
    if match:
        period_tokens = PERIOD_TOKEN.findall(match.group(1))
    repeats = {fold(lines[i]).lower() for i in header_idx}
    period_list = fold(match.group(1)) if match else None

    items: list[Item] = []
    row: Item | None = None
    blank_since_row = False
    closed = False
    subtotals = 0
    k = first_row
    end = first_row
    n = len(lines)
    while k < n:
        text = lines[k]
        stripped = text.strip()
        if not stripped:
            blank_since_row = True
            k += 1
            continue
        listed = _period_list(text) if period_list else None
        if fold(text).lower() in repeats or (listed and fold(listed.group(1)) == period_list and not CODE_LINE.match(text)):
            k += 1  # a header repeated after a page break
            end = k
            continue
        code = CODE_LINE.match(text)
        if code:
            if code.group("province"):
                items.append(Item("province", [k + 1], province=province_name(code.group("province")), texts=[code.group("province")]))
            row = Item("row", [k + 1], code=code.group("code"), texts=[])
            items.append(row)
            _add_line(row, k, text, items)
            blank_since_row = False
            k += 1
            end = k
            continue
        if GRAND_LINE.match(text) or TOTAL_LINE.match(text):
            item, k = _total_item(lines, k)
            if item.province is None and (subtotals or GRAND_LINE.match(text)):
                item.province = "*"  # the grand total of a province table
            if item.kind == "subtotal":
                subtotals += 1
            items.append(item)
            row = None
            end = k
            if item.kind == "total":
                closed = True
                break
            continue
        label_end = _province_label(lines, k)
        if label_end is not None:
            name = province_name("".join(lines[i].strip() for i in range(k, label_end)))
            spanned = [i + 1 for i in range(k, label_end) if lines[i].strip()]
            items.append(Item("province", spanned, province=name, texts=[lines[s - 1] for s in spanned]))
            k = label_end
            end = k
            continue
        wrapped = _is_label_end(text) and not _prose_start(text)
        if row is not None and not blank_since_row and (not row.complete or wrapped):
            _add_line(row, k, text, items)
            k += 1
            end = k
            continue
        if row is not None and blank_since_row and not row.complete:
            _add_line(row, k, text, items)
            blank_since_row = False
            k += 1
            end = k
            continue
        if row is not None and not blank_since_row and _label_goes_on(lines, k):
            _add_line(row, k, text, items)  # ``… module 5`` / ``-`` / ``1ste jaar 12``
            k += 1
            end = k
            continue
        if _period_list(text) or not _table_resumes(lines, k):
            break  # prose resumes, or the header of the next table
        items.append(Item("junk", [k + 1], texts=[text]))
        row = None
        k += 1
        end = k
    items.sort(key=lambda i: i.lines[0])
    start = header_idx[0] + 1 if header_idx else first_row + 1
    return Region(
        header_lines=[i + 1 for i in header_idx], header_text=header_text,
        period_tokens=period_tokens, items=items, start=start, end=end, closed=closed,
    )


def _total_item(lines: tuple[str, ...], k: int) -> tuple[Item, int]:
    """A ``Totaal …`` line (and its wrapped continuation); returns the item and next index."""
    texts, numbers = [lines[k]], [k + 1]
    j = k + 1
    while not has_numeric_tail(texts[-1]) and j < len(lines) and j <= k + 3:
        if lines[j].strip():
            if CODE_LINE.match(lines[j]) or TOTAL_LINE.match(lines[j]) or GRAND_LINE.match(lines[j]):
                break
            texts.append(lines[j])
            numbers.append(j + 1)
        j += 1
    if len(texts) > 1 and not has_numeric_tail(texts[-1]):
        texts, numbers, j = texts[:1], numbers[:1], k + 1
    words = fold(" ".join(texts[:-1]) + " " + numeric_tail(texts[-1])[0])
    if GRAND_LINE.match(texts[0]):
        return Item("total", numbers, province="*", texts=texts), j
    rest = re.sub(r"^\s*totaal\b", "", words, flags=re.I).strip()
    name = province_name(rest) if rest else None
    if name:
        return Item("subtotal", numbers, province=name, texts=texts), j
    return Item("total", numbers, texts=texts), j


def _province_label(lines: tuple[str, ...], k: int) -> int | None:
    """If a (maybe broken) province label starts at line k, the index just past it."""
    acc = ""
    j = k
    seen = 0
    while j < len(lines) and seen < 6:
        piece = lines[j].strip()
        j += 1
        if not piece:
            continue
        if any(ch.isdigit() for ch in piece) or len(piece) > 25:
            return None
        acc += piece
        seen += 1
        norm = re.sub(r"\s+", "", acc).lower()
        if norm in _NORMAL_PROVINCES:
            return j
        if not any(p.startswith(norm) for p in _NORMAL_PROVINCES):
            return None
    return None


def _label_goes_on(lines: tuple[str, ...], k: int) -> bool:
    """Whether line k, text without numbers right below a row whose line ended in a digit
    (``… module 5``), continues that row's label: the label's last line — numbers, maybe after
    words (``1ste jaar 12``), maybe alone when the label broke before its last digit
    (``modules 1-`` / ``4 66 33``) — follows within a few lines, with no blank line and no code
    or total in between."""
    for j in range(k, min(k + LABEL_LOOKAHEAD, len(lines))):
        text = lines[j]
        if not text.strip() or _prose_start(text) or _starts_item(lines, j):
            return False
        if has_numeric_tail(_without_glued_province(text)):
            return j > k
    return False


def _is_label_end(text: str) -> bool:
    """Label text and then numbers (maybe a glued province label): the last line of a wrapped
    label. The text may be words or only a hyphen (``- 3 2 2 2`` of a label ``… 2 - 3``)."""
    bare = _without_glued_province(text)
    head, _ = numeric_tail(bare)
    return has_numeric_tail(bare) and re.search(r"[^\d\s.]", head) is not None


def _without_glued_province(text: str) -> str:
    match = _glued(text)
    return text[: match.start()] if match else text


def _starts_item(lines: tuple[str, ...], j: int) -> bool:
    text = lines[j]
    return bool(
        CODE_LINE.match(text) or TOTAL_LINE.match(text) or GRAND_LINE.match(text)
        or _province_label(lines, j) is not None
    )


def _glued(text: str) -> re.Match | None:
    """A province label glued after a row's last number (every province name ends in a letter)."""
    end = text.rstrip()
    return GLUED_PROVINCE.search(text) if end and end[-1].isalpha() else None


def _period_list(text: str) -> re.Match | None:
    """The period list a line ends with (it ends in a year digit or a footnote star)."""
    end = text.rstrip()
    return PERIOD_LIST.search(text) if end and (end[-1].isdigit() or end[-1] == "*") else None


def _prose_start(text: str) -> bool:
    """A numbered answer item (``2.``, ``a)``) or a footnote (``*``) starts here."""
    return bool(NUMBERED.match(text)) or text.lstrip().startswith("*")


def _table_resumes(lines: tuple[str, ...], k: int) -> bool:
    """Whether a code or total line follows within a few non-blank lines (so k is junk)."""
    if _prose_start(lines[k]):
        return False
    seen = 0
    for j in range(k + 1, len(lines)):
        if not lines[j].strip():
            continue
        if CODE_LINE.match(lines[j]) or TOTAL_LINE.match(lines[j]) or GRAND_LINE.match(lines[j]):
            return True
        seen += 1
        if seen >= JUNK_LOOKAHEAD or NUMBERED.match(lines[j]):
            return False
    return False


def _add_line(row: Item, k: int, text: str, items: list[Item]) -> None:
    """Add line k to a row; ``… 2de jaar 16 Limburg`` gives the province label back."""
    match = _glued(text)
    row.lines.append(k + 1)
    row.texts.append(text[: match.start()] if match else text)
    if match:
        items.append(Item("province", [row.last_line], province=province_name(match.group("province")), texts=[match.group("province")]))
