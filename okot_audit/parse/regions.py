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
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import islice
from typing import NamedTuple

from okot_audit.parse.cells import (
    NUMBER, ends_in_label_number, has_numeric_tail, numbered_word, numeric_tail, placements, spaced_cells,
    with_ordinal_number,
)
from okot_audit.parse.columns import first_reach, place_by_position
from okot_audit.parse.context import (
    _MONTH_ABBREVIATIONS, MONTHS, TOTAL_COLUMN, PeriodToken, fold, lead_in, month_number, months_only, period_list,
    wrapped_period_list, written_period, years_named,
)
from okot_audit.parse.furniture import across_page_furniture
from okot_audit.parse.scan import finds, joined, new_answer, per_answer
from okot_audit.parse.units import amounts_at_end
from okot_audit.parse.subcolumns import (
    PERIOD_THEN_WORD, SubColumns, each_period_once, ends_in_measure, ends_in_name, meaning, names_above, names_alone,
    names_below, periods_and_names, repeated_block, with_wrapped_pieces,
)
from okot_audit.parse.words import (
    BRUSSELS, COLUMN_WORDS, COUNT_COLUMN, NOT_A_NAME_END, PROVINCE_ALIASES, STATISTIC_ROW_WORDS, named_count_column,
    sector_name, unit_of,
)
from okot_audit.patterns import (
    ATTRIBUTE_NAME, ATTRIBUTE_WORDS, BLOCK_KEY, CONTINUATION_CAPTION, GRAND_TOTAL_WORDS, LABEL_FOOTNOTE_MARK, NOTE_LINE, PERSON_CATEGORY, PLAIN_TOTAL_WORDS,
    BLANK_MARK, CODE_AFTER_PROSE, REFERENCE_END, REGION_TOTALS, SECTORS, STAGE_ALONE, SUBSET_ROW_WORDS, SUBTOTAL_WORDS, YEAR,
    figures_note, age_class, partition_of, period_pattern, scope_note, words_pattern, A_YEAR,
    KEY_COLUMN_WORD, MONTH_LABEL, PERIOD_DASHES, ROW_KEY_WORDS, APOSTROPHES, lone_page_number, lone_bracketed_number, BracketedNotes, X_MARKS_ALONE,
    SPELLED_BLANK, spelled_short, COUNT_NO_NAME_HOLDS,
)
from okot_audit.tables import PROVINCES, is_subtotal_column

#: How a row starts that is no part of what its table's total adds up (words.py): a subset of
#: the line above it (``waarvan vrouwen 2.870``), or a value over the rows (``Gemiddelde``,
#: ``Mediaan``, ``Aandeel vrouwen (%)``).
_SUBSET_ROW = re.compile(
    r"^\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in SUBSET_ROW_WORDS) + r")(?![^\W_])", re.I,
)
_STATISTIC_ROW = re.compile(r"^\s*\(?(?:" + "|".join(re.escape(w) for w in STATISTIC_ROW_WORDS) + r")(?![^\W_])", re.I)
#: A row's last value: a count, a share or a decimal (``3.797``, ``62,5``, ``27,7%``, ``%``
#: after its number).
_LAST_VALUE = re.compile(r"[+\-\u2212]?\d[\d.,]*%?|%")
#: The kinds of :class:`Item` such rows become: read as no cells, reported as not checked.
ASIDE_KINDS = ("subset", "statistic", "amount")


def aside_kind(text: str) -> str | None:
    """``subset`` or ``statistic`` when `text` (a row's first line) opens a row that is no part
    of its table's rows (:data:`ASIDE_KINDS`), ``amount`` when its values are amounts of money
    (``Kostprijs € 1.234,56 € 2.345,00``: :func:`~okot_audit.parse.units.amounts_at_end`), else
    None."""
    if _SUBSET_ROW.match(text):
        return "subset"
    if _STATISTIC_ROW.match(text):
        return "statistic"
    return "amount" if amounts_at_end(text) else None


#: A count's share printed in brackets after it (``456 (37%)``, ``456 (37,2 %)``).
BRACKETED_SHARE = re.compile(r"\(\s*[+\-]?\d[\d.,]*\s*%\s*\)")
#: A value that ends an aside row: a count, a share, a decimal, a blank's mark (``62,5``, ``%``),
#: a share in brackets after a count (``(37%)``).
_ASIDE_VALUE = re.compile(_LAST_VALUE.pattern + r"|-|\u2013|" + BRACKETED_SHARE.pattern)


def aside_parts(text: str) -> tuple[str, list[str]]:
    """An aside row's label and its values as printed (``Aandeel vrouwen (%) 62,5 61,1`` →
    ``Aandeel vrouwen (%)``, ``62,5``, ``61,1``)."""
    words = text.split()
    amounts = amounts_at_end(text)
    if amounts:  # (``Kostprijs € 1.234,56 € 2.345,00``: each amount with its unit)
        return " ".join(words[: len(words) - sum(len(a.split()) for a in amounts)]), amounts
    k = len(words)
    while k > 1 and _ASIDE_VALUE.fullmatch(words[k - 1]):
        k -= 1
    return " ".join(words[:k]), words[k:]


def aside_values(text: str, periods: int) -> tuple[str, list[str]]:
    """:func:`aside_parts` of an aside row's `text` in a table of `periods` columns: a dash that
    opens more values than that is the name's (``waarvan 903632: Graduaat orthopedagogie - 12
    10``), no blank cell's."""
    label, values = aside_parts(text)
    while values and values[0] in ("-", "\u2013") and sum(not BRACKETED_SHARE.fullmatch(v) for v in values) > periods:
        label, values = f"{label} {values[0]}", values[1:]
    return label, values


def _asides_below(lines: tuple[str, ...], k: int, items: list["Item"], periods: int = 0) -> int:
    """Rows right below a table's closing total (from 0-based line k on, blank lines aside)
    that are no parts of it (:func:`aside_kind`) and end in values, added to `items` — a coded
    subset line's name wrapped above its figures too (``waarvan 903632: … -`` / ``2de jaar 12
    10``: :func:`_subset_figures_below`, a figure for each of the table's `periods` columns); the
    index past the last of them (k when there is none)."""
    past = j = k
    while j < len(lines):
        text = lines[j]
        if text.strip():
            words = text.split()
            if not has_numeric_tail(text) and (_subset_before_code(text) or _subset_name_open(text)) and (
                    _subset_figures_below(lines, j, periods)):
                spanned = [j]
                while not has_numeric_tail(lines[spanned[-1]]):
                    spanned.append(next(m for m in range(spanned[-1] + 1, len(lines)) if lines[m].strip()))
                items.append(Item("subset", [m + 1 for m in spanned], texts=[lines[m] for m in spanned]))
                j = past = spanned[-1] + 1
                continue
            shares = BRACKETED_SHARE.fullmatch(words[-1]) is not None
            kind = aside_kind(text) if len(words) > 1 else None
            if kind != "amount" and not (shares or _LAST_VALUE.fullmatch(words[-1])):
                kind = None
            if kind is None or (shares and kind != "subset"):
                break
            items.append(Item(kind, [j + 1], texts=[text]))
            if shares:  # (``waarvan vrouwen 456 (37%)``: its row, no line the table's columns are read from)
                break
            past = j + 1
            if kind == "subset" and j + 1 < len(lines) and _subset_name_ends_below(text, lines[j + 1], periods):
                # (``waarvan vrouwen met een 12 10`` / ``diploma``: the name's end below its figures)
                items[-1].lines.append(j + 2)
                items[-1].suffix.append(lines[j + 1])
                j = past = j + 2
                continue
        j += 1
    return past


def _broken_name(name: str) -> str:
    """A pattern for a province name as a narrow cell may break it: at its hyphen, or inside a
    word (``West-Vlaandere`` / ``n``), the pieces joined with a space."""
    return r"\s?".join(r"\s*-\s*" if ch == "-" else re.escape(ch) for ch in name).replace(r"\s?\s*-\s*\s?", r"\s*-\s*")


_PROVINCE_ALT = "|".join(_broken_name(p) for p in PROVINCES)
#: What follows a row's training code before the programme's name: a colon, a dash between
#: spaces, or a space (the name's first letter next) — one pattern for :data:`CODE_LINE` and its
#: first look (:data:`_CODE_AFTER_WORD`).
_AFTER_CODE = r"(?:\s*:\s*|\s+[-\u2013]\s+(?=[^\W\d])|\s+(?=[^\W\d]))"
#: A coded row's line: its training code, the programme's name after it (``rest``), and before the
#: code maybe the key of the row's block as a pivot table in tabular form prints it on each row —
#: a province (``province``) or any other block's key (``key``: a sector, a gender, an age
#: class; :data:`~okot_audit.patterns.BLOCK_KEY`).
CODE_LINE = re.compile(
    rf"^\s*(?:(?P<province>{_PROVINCE_ALT})\s+|(?P<key>{BLOCK_KEY})\s+)?(?P<code>\d{{6}}){_AFTER_CODE}(?P<rest>.*)$",
    re.I,
)
#: (``Grand Total``: an English pivot table's grand total; ``Jaartotaal``: the year's, over its
#: rows — quarters, months — or over the table's blocks.)
GRAND_LINE = re.compile(r"^\s*(?:" + words_pattern(GRAND_TOTAL_WORDS) + r")\b", re.I)
#: A total or a subtotal line, its words after the total's (``rest``: ``Totaal Antwerpen``), or a
#: region's total row (its figures right after its name). A grand total's words that open with
#: a plain one (``Totaal generaal``) match too; callers ask :data:`GRAND_LINE` besides.
TOTAL_LINE = re.compile(
    r"^\s*(?:" + words_pattern((*PLAIN_TOTAL_WORDS, *SUBTOTAL_WORDS)) + r")\b(?P<rest>.*)$"
    + r"|^\s*(?:" + words_pattern(REGION_TOTALS) + r")\s+(?=\d)",
    re.I,
)
SUBTOTAL_LINE = re.compile(r"^\s*(?:" + words_pattern(SUBTOTAL_WORDS) + r")\b", re.I)
REGION_TOTAL_LINE = re.compile(r"^\s*(?:" + words_pattern(REGION_TOTALS) + r")\s+(?=\d)", re.I)
LEADING_PROVINCE = re.compile(rf"^\s*(?P<province>{_PROVINCE_ALT})\s+(?=\S)", re.I)
GLUED_PROVINCE = re.compile(rf"(?<=\d)\s+(?P<province>{_PROVINCE_ALT})\s*$", re.I)
#: Any block's key (:data:`~okot_audit.patterns.BLOCK_KEY`), the whole text.
_BLOCK_KEY_ALONE = re.compile(rf"\s*{BLOCK_KEY}\s*", re.I)
NUMBERED = re.compile(r"^\s*(?:\d{1,2}\.|[a-z]\))\s")
#: The heading of the answer or of the question (``Antwoord``, ``Vraag:``) on a line of its own.
_ANSWER_HEADING = re.compile(r"^\s*(?:antwoord|vraag)\s*:?\s*$", re.I)
#: A line of figures only.
ONLY_NUMBERS = re.compile(r"^\s*(?:" + NUMBER.pattern + r")(?:\s+(?:" + NUMBER.pattern + r"))*\s*$")

_NORMAL_PROVINCES = {p.lower(): p for p in PROVINCES}
#: Every beginning of a province name (lower case, spaces out): a label broken over lines.
_PROVINCE_PREFIXES = frozenset(p[:i] for p in _NORMAL_PROVINCES for i in range(len(p) + 1))
_SPACES = re.compile(r"\s+")
#: (``Totaal van Antwerpen``, ``Total of Limburg``, ``Totaal voor de provincie Antwerpen``,
#: ``Totaal in West-Vlaanderen``: the block's name after ``van``, ``voor``, ``in``, maybe ``de``)
_TOTAL_WORD = re.compile(
    r"^\s*(?:" + words_pattern((*PLAIN_TOTAL_WORDS, *SUBTOTAL_WORDS)) + r")\b(?:\s+(?:van|of|voor|in)(?:\s+de)?\b)?", re.I,
)
_NOT_A_FIGURE = re.compile(r"[^\d\s.]")
#: How many non-blank lines of junk a region may hold before prose is taken to resume.
JUNK_LOOKAHEAD = 5
#: How many lines below a row a wrapped label may still run before its numbers come.
LABEL_LOOKAHEAD = 3
#: How many lines a programme's name without code may take before its figures (a narrow first
#: column wraps a long name over up to five lines in single-spaced text).
NAME_LOOKAHEAD = 5


#: A province name cut short at the start of a line, its last letters starting the next line
#: (``West-Vlaandere 900123: Tweedekansonderwijs`` / ``n zorgkundige - 1ste jaar 73``).
_CUT_PROVINCE = re.compile(
    r"^(?P<indent>\s*)(?P<head>" + "|".join(
        re.escape(p[:-cut]) for p in PROVINCES for cut in (1, 2, 3) if len(p) - cut >= 5
    ) + r")\s", re.I,
)


#: The first letters of the province names, in either case (a first look before the pattern).
_PROVINCE_INITIALS = frozenset("".join(p[0].lower() + p[0].upper() for p in PROVINCES))
#: ... and of the province names and the region's total words (``Vlaams Gewest``).
_NAME_INITIALS = _PROVINCE_INITIALS | frozenset("".join(w[0].lower() + w[0].upper() for w in REGION_TOTALS))


def mend_cut_provinces(lines: tuple[str, ...]) -> tuple[str, ...]:
    """`lines` with a province name that a narrow cell cut before its last letters made whole
    again: the letters that start the next line go back to the name (line numbers kept); a name
    broken inside a word over lines of their own goes whole to the line of its figures
    (:func:`_mend_broken_word`)."""
    out: list[str] | None = None
    named = [k for k in range(len(lines) - 1) if lines[k].lstrip()[:1] in _NAME_INITIALS]  # (may open a name)
    for k in named:
        match = _CUT_PROVINCE.match(lines[k])
        if not match:
            continue
        head = match.group("head")
        below = lines[k + 1].lstrip()
        tail = below.split(" ", 1)[0]
        if not tail or not 1 <= len(tail) <= 3 or province_name(head + tail) is None or province_name(head):
            continue
        out = out if out is not None else list(lines)
        out[k] = match.group("indent") + head + tail + lines[k][match.end("head"):]
        out[k + 1] = below[len(tail):].lstrip()
    for k in named:
        current = (out or lines)[k]
        head = current.strip()
        if not head.endswith("-") or len(head) > 8 or head[:1] not in _PROVINCE_INITIALS:
            continue
        below = (out or lines)[k + 1]
        word = below.lstrip().split(" ", 1)[0]
        if REGION_TOTAL_LINE.match(below) and province_name(head + word) and not province_name(head):
            # a province's name wrapped at its hyphen onto its row's line of figures (``West-`` /
            # ``Vlaanderen 933 951``): the row is the province's, not the total of the region
            out = out if out is not None else list(lines)
            out[k] = ""
            out[k + 1] = below[: len(below) - len(below.lstrip())] + head + below.lstrip()
    for k in named:
        out = _mend_broken_word(out if out is not None else lines, k) or out
    for k in named:
        below = (out or lines)[k + 1]
        rest = below.split()
        if len(rest) > 1:  # (most lines below are rows: only a one-word name above them is looked at)
            words = (out or lines)[k].split(None, 1)
            if len(words) == 1:
                out = _region_total_set_low(out if out is not None else list(lines), k, words[0], below) or out
            continue
        if len(rest) != 1:
            continue
        current = (out or lines)[k]
        words = current.split()
        if not words or (len(words) > 1 and not has_numeric_tail(current)):
            continue
        joined = f"{words[0]}{rest[0]}" if words[0].endswith("-") else f"{words[0]} {rest[0]}"
        if (province_name(joined) and not province_name(words[0])) or joined.lower() in REGION_TOTALS:
            # (pypdf: ``Oost-`` / ``Vlaanderen`` / ``1 305 1 902``: the name whole, then its figures)
            # a row's name wrapped in a narrow cell, its figures on the first line, the rest of
            # the name alone below (pdfplumber: ``Oost- 1 305 1 902`` / ``Vlaanderen``, ``Vlaams
            # 9 112`` / ``Gewest``): the name whole on the figures' line, the line below blank
            out = out if out is not None else list(lines)
            at = current.index(words[0]) + len(words[0])
            out[k] = current[:current.index(words[0])] + joined + current[at:]
            out[k + 1] = ""
    return tuple(out) if out is not None else lines


#: How many lines of words may stand between two lines of a place's name that its block's cell
#: wrapped (:func:`mend_wrapped_places`): the cell's lines are set beside its rows' lines, not on
#: them, so a line of a row's name (``Brussels 16`` / ``bijkomende lerarenopleiding`` /
#: ``Hoofdstedelijk``) or a row's code line may stand between them (a row's figures alone too, not
#: counted: ``Brussels leefgroepenwerking`` / ``55`` / ``Hoofdstedelijk traject …``).
_PLACE_LINE_GAP = 2
#: A line's first word: the words of a place's name are compared one by one.
_FIRST_WORD = re.compile(r"\s*(\S+)")


#: The first word of a block's name of several words on a closing line (``Totaal Vlaams-Brabant en
#: Brussel``): found in the whole text at once, a first look for :func:`mend_wrapped_places`, the
#: text opened by a newline (each line's start a newline: a literal the scan jumps to, where ``^``
#: under re.M is tried at every character).
_CLOSING_NAME_FIRST = re.compile(
    r"\n[ \t]*(?:" + words_pattern((*PLAIN_TOTAL_WORDS, *SUBTOTAL_WORDS)) + r")\b(?:[ \t]+(?:van|of|voor|in)(?:[ \t]+de)?\b)?"
    r"[ \t]+(\S+)[ \t]+[^\W\d]", re.I,
)


def mend_wrapped_places(lines: tuple[str, ...], positional: bool = False) -> tuple[tuple[str, ...], frozenset[int]]:
    """`lines` with the name of a place of several words that its block's narrow cell wrapped over
    lines (``Vlaams-Brabant`` / ``en Brussel``; ``Brussels  bijkomende lerarenopleiding`` /
    ``Hoofdstedelijk`` / ``Gewest  033224: …``) made whole on the line it opens, and the 0-based
    lines that held nothing but a piece of it (to be left out: a blank line there would cut a
    row's name in two): the block's cell is the block's name wherever its words stand, a row's
    name its own words. Read apart, the name's last words were read into a row's name (``…
    lerarenopleiding en Brussel``: silent) and the block was keyed by its first word.

    Made whole only where the first closing line below names the place in full (``Totaal
    Vlaams-Brabant en Brussel``) and its words stand, in order, at the start of line k (a
    province's name opening it, :func:`_block_cell_end`) and of the lines below: each piece of the
    name a line's first words, alone on their line or before the row's code or figures (the last
    piece, or a piece on the line right below the one before, may go on with a row's name:
    ``Hoofdstedelijk Gewest  Tweedekans…``), at most :data:`_PLACE_LINE_GAP` lines of the rows
    between two pieces. In laid-out text (`positional`: a PDF's lines, ``pdftotext -layout``, whose
    rows the cell's lines, set beside them, may part: ``734646: opvoeder`` / ``Brussels`` /
    ``bijkomende jaar 1`` / ``Hoofdstedelijk Gewest  Tweedekansonderwijs …  22``) every other word
    keeps its column."""
    # (a first look over the whole text at once: most answers close no block of a name of several words)
    text = "\n" + "\n".join(lines)
    firsts = {fold(first).lower() for first in _CLOSING_NAME_FIRST.findall(text)}
    # (a block closed by a province's name alone, ``Totaal Brussel``, may have printed a longer name
    # of it that its cell wrapped: ``Brussels`` / ``Hoofdstedelijk Gewest``, ``Vlaams-Brabant`` / ``en Brussel``)
    shorts = {province_name(name) for name in _CLOSING_PROVINCE.findall(text)} - {None} if _WRAPPED_PIECE_OPENING.search(text) else set()
    if not firsts and not shorts:
        return lines, frozenset()
    out: list[str] | None = None
    emptied: set[int] = set()
    code_lines = None
    for k in range(len(lines)):
        stripped = lines[k].lstrip()
        if stripped[:1] not in _PROVINCE_INITIALS or not stripped[:1].isupper():
            continue  # (most lines open with no province)
        opening = stripped.split(None, 1)[0]
        short = bool(shorts) and province_name(opening) in shorts
        if fold(opening).lower() not in firsts and not short:
            continue
        if not (LEADING_PROVINCE.match(stripped) or province_name(stripped) or stripped[:7].lower() == "brussel"):
            continue  # (a province's name opens the line, or is the line: ``Vlaams-Brabant`` / ``en Brussel``)
        code_lines = _code_lines(lines) if code_lines is None else code_lines
        rest = _closing_words(lines, k, code_lines)
        if rest is None:
            continue
        name = _head_name(rest).split()
        words = stripped.split()
        n = 0
        while n < min(len(words), len(name) - 1) and _head_name(words[n]) == name[n]:
            n += 1
        if n == 0 or n == len(words) and len(words) >= len(name):
            mended = _short_named_pieces(lines, k, rest, positional) if short else None
        else:
            mended = _place_pieces(lines, k, name, n, positional)
        if mended is None:
            continue
        out = out if out is not None else list(lines)
        for j, kept in mended.items():
            out[j] = kept
            if j != k and not kept.strip():
                emptied.add(j)
    return (tuple(out), frozenset(emptied)) if out is not None else (lines, frozenset())


#: A block's closing line that names a province alone (``Totaal Brussel 57``, ``Totaal
#: Vlaams-Brabant 230``): its name (group 1), a first look for :func:`_short_named_pieces`.
_CLOSING_PROVINCE = re.compile(
    r"\n[ \t]*(?:" + words_pattern((*PLAIN_TOTAL_WORDS, *SUBTOTAL_WORDS)) + r")[ \t]+(\S+)[ \t]+\d", re.I,
)
#: A line that opens with a piece of a longer place's name wrapped below its first words (``en
#: Brussel``, ``Hoofdstedelijk``, ``Gewest``); :data:`_WRAPPED_PIECE_OPENING` finds one in a whole
#: text that a newline opens: the quick look before :data:`_CLOSING_PROVINCE`.
_WRAPPED_PIECE = re.compile(r"[ \t]*(?:en[ \t]+\S|Hoofdst|Gewest\b)")
_WRAPPED_PIECE_OPENING = re.compile("\n" + _WRAPPED_PIECE.pattern)


def _short_named_pieces(lines: tuple[str, ...], k: int, closing: str, positional: bool) -> dict[int, str] | None:
    """:func:`_place_pieces` for a block whose closing line names it short (``Totaal Brussel``,
    ``Totaal Vlaams-Brabant``) while its cell, opening line k, printed a longer name of that place
    that it wrapped: another name of the same province (``Brussels`` / ``Hoofdstedelijk`` /
    ``Gewest``: :func:`province_name`), or the closing name and another province joined by ``en``
    (``Vlaams-Brabant`` / ``en Brussel``). The name's pieces are the first one or two words of
    line k and of one or two lines below it; None where no such name is found (``Vlaams-Brabant``
    / ``en gehandicaptenzorg``: a row's name goes on)."""
    province = province_name(closing)
    short = _head_name(closing).split()
    if province is None:
        return None
    words = lines[k].split()
    below = [j for j in range(k + 1, min(k + 2 + 2 * (_PLACE_LINE_GAP + 1), len(lines))) if lines[j].strip()]
    if not any(_WRAPPED_PIECE.match(lines[j]) for j in below):
        return None  # (no piece of a longer name below: a province's block as most are)
    best: tuple[int, dict[int, str]] | None = None  # (the longest name its pieces make: ``Brussels
    # Hoofdstedelijk`` / ``Gewest`` is ``Brussels Hoofdstedelijk Gewest``, though its first two words name Brussels too)
    for n in (1, 2)[: len(words)]:
        for a, j in enumerate(below):
            for m in (1, 2):
                first = lines[j].split()[:m]
                tails = [first] + [first + lines[i].split()[:m2] for i in below[a + 1:] for m2 in (1, 2)]
                for tail in tails:
                    name = [_head_name(w) for w in words[:n] + tail]
                    if (best is None or len(name) > best[0]) and _names_place(name, short, province) and (
                            mended := _place_pieces(lines, k, name, n, positional)) is not None:
                        best = (len(name), mended)
    return best[1] if best is not None else None


def _names_place(name: list[str], short: list[str], province: str) -> bool:
    """Whether the words `name` (folded) name the place a closing line names `short`, longer:
    another name of `province` (``brussels hoofdstedelijk gewest``), or the short name and another
    province joined by ``en`` (``vlaams-brabant en brussel``) — no word cut at a hyphen."""
    if len(name) <= len(short) or any(w.endswith("-") for w in name):
        return False
    if province_name(" ".join(name)) == province:
        return True
    rest = name[len(short):]
    return name[:len(short)] == short and len(rest) == 2 and rest[0] == "en" and province_name(rest[1]) not in (None, province)


def _place_pieces(lines: tuple[str, ...], k: int, name: list[str], n: int, positional: bool) -> dict[int, str] | None:
    """The lines :func:`mend_wrapped_places` writes for the place `name` (its words, folded) whose
    first `n` words open line k: line k with the whole name, each line below that holds a piece
    of it without that piece; None where the name's other words do not follow as its pieces.
    `positional`: laid-out text, every other word kept in its column (a piece's place left blank;
    None where the whole name does not fit before the next cell of line k)."""
    printed = lines[k].split()[:n]
    matched, j, gap = n, k, 0
    written: dict[int, str] = {}
    while matched < len(name):
        j += 1
        if j >= len(lines):
            return None
        below = lines[j]
        if not below.strip():
            continue
        if TOTAL_LINE.match(below) or GRAND_LINE.match(below):
            return None
        words = below.split()
        m = 0
        while m < min(len(words), len(name) - matched) and _head_name(words[m]) == name[matched + m]:
            m += 1
        if m == 0:
            if not numeric_tail(below)[0].strip():
                continue  # (a row's figures alone, set between its name's lines: no line of words between)
            gap += 1
            if gap > _PLACE_LINE_GAP:
                return None
            continue
        after = below.lstrip()[_words_end(below.lstrip(), m):]
        if matched + m < len(name) and after.strip() and gap and not (
                CODE_LINE.match(after) or not numeric_tail(after)[0].strip()):
            return None  # (a line apart from the name's line above that goes on with other words before
            # the name is whole: a row's name; right below it, the cell's lines and the rows' side by side)
        printed.extend(below.split()[:m])
        cut = len(below) - len(after)
        written[j] = (" " * cut + after if after.strip() else "") if positional else after.lstrip()
        matched, gap = matched + m, 0
    start = len(lines[k]) - len(lines[k].lstrip())
    head = lines[k][start:]
    whole, rest = " ".join(printed), head[_words_end(head, n):]
    if positional and rest.strip():  # (the name whole in its column, the line's cells where they stand)
        at = len(lines[k]) - len(rest.lstrip())
        if start + len(whole) + 2 > at:
            return None
        rest = " " * (at - start - len(whole)) + rest.lstrip()
    written[k] = lines[k][:start] + whole + rest
    return written


def _region_total_set_low(out: list[str], k: int, word: str, below: str) -> list[str] | None:
    """`out` with the region's total whose name a narrow cell wrapped, its figures set to the
    bottom of the cell (``Vlaams`` / ``Gewest 545 308``), made whole on the figures' line (line
    numbers kept, line k blank) — else None. Read apart, the figures' line is a row named
    ``Gewest`` that the name above it only joins later: a row, not the table's total (before:
    the total read as a row, a planted error in it never found)."""
    head, figures = numeric_tail(below)
    tail = head.split()
    if not figures or len(tail) != 1 or f"{word} {tail[0]}".lower() not in REGION_TOTALS:
        return None
    at = below.index(tail[0]) + len(tail[0])
    gap = len(below[at:]) - len(below[at:].lstrip())
    take = min(len(word) + 1, gap - 1) if gap > 1 else 0  # (the figures kept where they stand)
    out[k] = ""
    out[k + 1] = below[:at - len(tail[0])] + f"{word} " + below[at - len(tail[0]):at] + below[at + take:]
    return out


#: Every beginning of a province's name (lower case, four letters or more) that is no name itself.
_PROVINCE_STARTS = frozenset(p[:i] for p in _NORMAL_PROVINCES for i in range(4, len(p))) - set(_NORMAL_PROVINCES)
#: Their first four letters.
_PROVINCE_STARTS_4 = frozenset(start[:4] for start in _PROVINCE_STARTS)


def _mend_broken_word(lines: tuple[str, ...] | list[str], k: int) -> list[str] | None:
    """`lines` (as a new list) with the province's name that a narrow cell broke inside a word
    at line k made whole on the line of its row's figures (line numbers kept; the name's other
    lines blank), or None when line k holds no such name. The name's beginning is line k's label
    (``Oost-Vlaand``, ``Vlaams-``), the rest the first word of each line below (``eren``; ``Oost-Vl``
    / ``aandere`` / ``n``), no name but the whole; the figures stand on one of those lines, on a
    line of figures alone between them (a cell centred vertically: ``Oost-Vlaand`` / ``918  930``
    / ``eren``) or right below them (pypdf: ``Oost-Vlaand`` / ``eren`` / ``918 930 951``)."""
    start = lines[k].lstrip()[:4]
    if len(start) == 4 and start.isascii() and start.isalpha() and start.lower() not in _PROVINCE_STARTS_4:
        return None  # (a first look: the name's first four letters are the line's)
    head, figures = numeric_tail(lines[k])
    if len(lines[k]) - len(lines[k].lstrip()) > len(head):
        return None  # (a line of figures alone)
    name = "".join(head.split())
    if name.lower() not in _PROVINCE_STARTS:
        return None
    labels = {k: head}  # line → its label (the piece of the name it holds)
    counted = [k] if figures else []  # lines that hold figures
    j = k + 1
    while j < len(lines) and name.lower() not in _NORMAL_PROVINCES:
        if not counted and ONLY_NUMBERS.match(lines[j]):
            counted.append(j)  # (the figures centred between the name's lines)
            j += 1
            continue
        tail, tail_figures = numeric_tail(lines[j])
        words = tail.split()
        if len(words) != 1 or not (words[0][:1].islower() or (name.endswith("-") and words[0][:1].isupper())):
            return None
        if not name[-1:].isalpha() and not name.endswith("-"):
            return None
        name += words[0]
        if name.lower() not in _PROVINCE_STARTS and name.lower() not in _NORMAL_PROVINCES:
            return None
        labels[j] = tail
        counted += [j] if tail_figures else []
        j += 1
    if name.lower() not in _NORMAL_PROVINCES or len(labels) < 2:
        return None
    if not counted and j < len(lines) and ONLY_NUMBERS.match(lines[j]):
        counted = [j]
    if len(counted) != 1:
        return None
    at = counted[0]
    out = list(lines)
    for i in labels:
        if i != at:
            out[i] = ""
    label = labels.get(at, "")
    rest = lines[at][len(label):]
    room = len(rest) - len(rest.lstrip())
    whole = lines[k][: len(lines[k]) - len(lines[k].lstrip())] + name
    shift = len(whole) - len(label)  # (the figures keep their columns where the spaces before them allow)
    if shift <= 0:
        out[at] = whole + " " * -shift + rest
    elif room - shift >= 2:
        out[at] = whole + rest[shift:]
    else:
        out[at] = whole + (" " if room < 2 else "  ") + rest.lstrip()
    return out


#: A block's closing line as a pivot table prints it, its block's name first: ``Antwerpen Totaal
#: 577 601`` (Excel's Dutch pivot tables), ``Zorg Subtotaal 1.121``, ``-25 jaar Totaal 33``. Groups: the indent, the name,
#: the space after it, the total's word. The words: the vocabulary's plain totals' and
#: subtotals' (:data:`~okot_audit.patterns.PLAIN_TOTAL_WORDS`, ``SUBTOTAL_WORDS``) of one word
#: that ends in ``totaal``/``total`` — ``Totaal``, ``Subtotaal``, ``Tussentotaal``, ``Total``,
#: ``Subtotal`` —, which :func:`names_before_total`'s first look finds by their
#: ``otaal``/``otal``. Left out: a grand total's word after a name (``Antwerpen Eindtotaal``)
#: closes no block; ``Som`` after a name is a pivot table's value field (``Som van aantal``).
_NAME_THEN_TOTAL_WORDS = tuple(
    w for w in (*PLAIN_TOTAL_WORDS, *SUBTOTAL_WORDS) if " " not in w and w.endswith(("totaal", "total"))
)
_NAME_THEN_TOTAL = re.compile(
    r"(?P<indent>[ \t]*)(?P<name>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*)?|[-+<>]?\d+(?:-\d+)?\+? jaar)(?P<space>[ \t]+)"
    r"(?P<word>" + words_pattern(_NAME_THEN_TOTAL_WORDS) + r")(?=[ \t]+\d|[ \t]*$)",
    re.I | re.M,
)
#: What every one of those words holds (a first look over the whole text: two scans, not six).
_TOTAL_AFTER_NAME = ("otaal", "OTAAL", "otal", "OTAL")


def names_before_total(lines: tuple[str, ...]) -> tuple[str, ...]:
    """`lines` with each block's closing line that names its block before the total's word
    (``Antwerpen Totaal 577``, as a pivot table prints its subtotals) written as answers print
    it, the word first (``Totaal Antwerpen 577``), as long as it was, so that its figures stay in
    their columns. Only what names a block: a province's or a sector's name, a head line above
    the block (:func:`head_above`) or a key beside its rows (:func:`keyed_above`). One look over the
    whole text finds the lines that may be such (most answers hold none)."""
    text = joined(lines)
    found: list[tuple[int, re.Match]] = []
    if text is None:
        found = [(k, m) for k, line in enumerate(lines) if (m := _NAME_THEN_TOTAL.match(line))]
    else:
        for offset in finds(text, _TOTAL_AFTER_NAME):  # (``…otaal``: the word starts one before)
            start = text.rfind("\n", 0, offset) + 1
            at = offset - 1  # (the word's start: back over its letters, ``sub``, ``tussen``)
            while at > start and text[at - 1].isalpha():
                at -= 1
            if at <= start or not text[start:at].strip() or text[at - 1] not in " \t":
                continue  # the line's first word (``Totaal X``, most of them), or inside a word
            end = text.find("\n", offset)
            match = _NAME_THEN_TOTAL.match(text, start, len(text) if end < 0 else end)
            if match and match.start("word") == at:
                found.append((text.count("\n", 0, start), match))
        found.sort(key=lambda item: item[0])
    out: list[str] | None = None
    for k, match in found:
        name = match.group("name")
        if GRAND_LINE.match(match.group(0)):
            continue  # (``Algemeen totaal``: a grand total's two words, no block ``Algemeen``)
        if (province_name(name) is None and sector_name(name) is None and head_above(lines, k, name) is None
                and not keyed_above(lines, k, name)):
            continue
        out = out if out is not None else list(lines)
        word, space = match.group("word"), match.group("space")
        out[k] = match.group("indent") + word + " " + name + space[1:] + out[k][match.end() - match.start():]
    return tuple(out) if out is not None else lines


#: How far above its closing line a block's head may stand (:func:`head_above`).
HEAD_LOOKBACK = 200


def keyed_above(lines: tuple[str, ...], k: int, name: str) -> bool:
    """Whether the block that 0-based line `k` closes (``Man Totaal 30``, ``Totaal Man 30``) is
    keyed by `name` in a column of its own beside its rows, as a pivot table in tabular form
    prints an item of its outer row field on each of its rows (``Man 900123: … 10``): the
    lines right above `k` (one at least, up to another line) each start with `name`, then a
    label, and end in a figure. One rule for any block's name: a category of persons, an age
    class, a sector, as a province before a code is (:data:`CODE_LINE`)."""
    wanted = " ".join(name.split()).lower()
    rows = 0
    for j in range(k - 1, max(k - HEAD_LOOKBACK, 0) - 1, -1):
        text = " ".join(lines[j].split())
        rest = text[len(wanted) + 1:] if wanted and text.lower().startswith(wanted + " ") else ""
        if not (rest[-1:].isdigit() and any(ch.isalpha() for ch in numeric_tail(rest)[0])):
            break  # (the header above the first block, or the rows of the block before)
        rows += 1
    return rows > 0 or _keyed_first_row(lines, k, wanted)


def _keyed_first_row(lines: tuple[str, ...], k: int, wanted: str) -> bool:
    """Whether the block that 0-based line `k` closes is keyed by `wanted` on its first row
    only (``Man 900611: … 20`` / ``900711: … 35`` / ``Totaal Man 55``: a pivot table in tabular
    form that does not repeat its outer items): right above `k`, rows of codes (a label, then
    a figure) up to the first, which starts with the name — no total line, no line of another
    kind between."""
    if not wanted:
        return False
    for j in range(k - 1, max(k - HEAD_LOOKBACK, 0) - 1, -1):
        text = " ".join(lines[j].split())
        if not text or TOTAL_LINE.match(text) or GRAND_LINE.match(text):
            return False
        code = CODE_LINE.match(text)
        if code is None:
            return False  # (a wrapped label's line, the header: no block keyed so)
        if code.group("key") or code.group("province"):
            return text.lower().startswith(wanted + " ")
    return False


def head_above(lines: tuple[str, ...], k: int, name: str) -> int | None:
    """The 0-based line of the head of the block that 0-based line `k` closes (``Man Totaal
    78``, ``Totaal Man 78``, ``Totaal mannen 440``): `name` on a line of its own above it — as a
    pivot table in outline form prints an item of its outer row field (``Man``), its rows below
    it, and its subtotal last — with no total line between them; else None. One rule: a lone
    line that a closing line names is its block's head, and the line closes that block, whatever
    the name (a category of persons, a programme), as ``Subtotaal X`` does
    (:func:`_category_heads` makes the head line the block's head item)."""
    wanted = " ".join(name.split()).lower()
    if not wanted:
        return None
    for j in range(k - 1, max(k - HEAD_LOOKBACK, 0) - 1, -1):
        text = lines[j].strip()
        if text and " ".join(text.split()).lower() == wanted:
            return j
        if TOTAL_LINE.match(text) or GRAND_LINE.match(text) or _NAME_THEN_TOTAL.match(text):
            return None
        if text[-1:].lower() == wanted[-1] and glued_key(text, wanted) is not None:
            return j  # (``… 1ste jaar 20 Man``: the head printed on a row's line, after its figures)
    return None


def _key_named_below(lines: tuple[str, ...], k: int) -> int | None:
    """Where a block's key glued after the figures of 0-based line `k` starts (:func:`glued_key`)
    when the first total line below it names that key (``Totaal Man``: the line closing its
    block); else None."""
    words = lines[k].split()
    if len(words) < 2 or not any(w[-1:].isdigit() for w in words[-4:-1]):
        return None  # (most lines: a quick look)
    for j in range(k + 1, min(k + HEAD_LOOKBACK, len(lines))):
        text = lines[j]
        if TOTAL_LINE.match(text) or GRAND_LINE.match(text):
            rest = _closing_key(" ".join(_TOTAL_WORD.sub("", fold(numeric_tail(text)[0])).lower().split()))
            return glued_key(lines[k], rest) if rest else None
    return None


def glued_key(text: str, name: str) -> int | None:
    """Where block key `name` (as a closing line's words are compared: ``man``, ``-25 jaar``,
    ``zorg``) starts when it is glued after the last figure of a row's line `text` (``… 1ste
    jaar 20 Man``: the block's head cell printed on one of its rows' lines, as a floating province is);
    None where the line does not end so, or `name` is no block key
    (:data:`~okot_audit.patterns.BLOCK_KEY`) or one letter (a blank cell's mark, ``x``)."""
    if len(name) < 2:
        return None
    found = re.search(r"(?<=\d)\s+(?P<key>" + r"\s+".join(map(re.escape, name.split())) + r")\s*$", text, re.I)
    return found.start("key") if found and _BLOCK_KEY_ALONE.fullmatch(found.group("key")) else None


def province_name(text: str) -> str | None:
    """The canonical province a piece of text names (``oost- vlaanderen`` → Oost-Vlaanderen;
    ``Prov. Antwerpen``, ``Vlaams Brabant``, ``West-Vl.``, ``Brussels Hoofdstedelijk Gewest``:
    :data:`~okot_audit.parse.words.PROVINCE_ALIASES`)."""
    key = _SPACES.sub("", text).lower()
    found = _NORMAL_PROVINCES.get(key)
    if found is not None or not key:
        return found
    bare = _PROVINCE_PREFIX.sub("", _NOT_LETTER.sub("", _SPACES.sub("", LABEL_FOOTNOTE_MARK.sub("", text)).lower()))
    return _BARE_PROVINCES.get(bare) or PROVINCE_ALIASES.get(bare) or ("Brussel" if BRUSSELS.fullmatch(bare) else None)


_NOT_LETTER = re.compile(r"[\s\-\u2013.]+")
_PROVINCE_PREFIX = re.compile(r"^prov(?:incie)?(?=[a-z])")
#: The canonical names written as :data:`~okot_audit.parse.words.PROVINCE_ALIASES` are.
_BARE_PROVINCES = {_NOT_LETTER.sub("", p.lower()): p for p in PROVINCES}


@dataclass
class Item:
    kind: str  # row | subtotal | total | province | sector | junk | subset | statistic (ASIDE_KINDS)
    lines: list[int]  # 1-based numbers of the lines it spans (content lines only)
    code: str | None = None
    province: str | None = None
    texts: list[str] = field(default_factory=list)  # the raw texts of its content lines
    sector: str | None = None  # the sector block a subtotal closes (``Subtotaal zorg``)
    suffix: list[str] = field(default_factory=list)  # label lines below the line of numbers
    opens: bool = False  # a subtotal printed on its block's head line, above the rows it totals
    head: int | None = None  # a subtotal that names its block: the 1-based line of the block's head (:func:`head_above`)
    #: A row that names a stage alone (``1ste jaar``) under its programme's name on a line of its
    #: own: that name (:func:`_programme_heads`), which its label is of.
    programme: str | None = None
    #: 1-based lines of words below the row's figures taken into its name on their lower case
    #: alone (:func:`_name_goes_on`): no capital opens a name there (:func:`names_between_rows`).
    cased: list[int] = field(default_factory=list)

    @property
    def last_line(self) -> int:
        """The line that holds the row's numbers (label lines below it aside)."""
        return self.lines[-1 - len(self.suffix)]

    @property
    def complete(self) -> bool:
        return bool(self.texts) and has_numeric_tail(self.texts[-1])


@dataclass
class Region:
    header_lines: list[int]
    header_text: str
    period_tokens: list[PeriodToken]
    items: list[Item]
    start: int  # 1-based first line of header (or first row)
    end: int  # 1-based last line of the region
    closed: bool  # ended by a total line
    keyed: bool = True  # rows start with a training code (else: provinces, categories, names)
    period_line: int | None = None  # 1-based line of the header that holds the period list
    repeated: list[int] = field(default_factory=list)  # 1-based lines of the header repeated on later pages
    #: A table printed on its side (:mod:`~okot_audit.parse.transposed`): its columns' names and
    #: character spans, and whether the last column is a total; None for any other table.
    keys: "tuple[list[str], list[tuple[int, int]], bool] | None" = None
    #: The columns its header prints under each period, each naming what it counts
    #: (:mod:`~okot_audit.parse.subcolumns`: ``gestart`` / ``geslaagd``); None for one per period.
    columns: SubColumns | None = None
    #: Footnote marks on a line of their own right below the periods (a period's cell wrapped
    #: its mark: ``2022-2023`` / ``*``) that their place could not give to one period (text
    #: single-spaced by its extractor): the footnote that names the period gives it
    #: (:func:`marks_by_footnote`).
    loose_marks: tuple[str, ...] = ()
    #: A note in brackets on the lines right below the periods (``(voorlopig`` / ``)``) that
    #: their place could not give to one period (under several, or under none: single-spaced
    #: text prints it under a line of several periods): its 1-based first line and its words.
    #: A period may be partial, which one is not known (:mod:`~okot_audit.rules.partial_period`).
    unplaced_note: tuple[int, str] | None = None
    #: 1-based lines of notes printed among its rows (``(*) cijfers tot 30 juni``, ``voorlopige
    #: cijfers`` under the row they explain): no row's, no label's; the context reads them.
    notes: list[int] = field(default_factory=list)
    #: 1-based lines between two of its items that hold only page furniture at a page break (blank
    #: where a footer stood, the header printed again): the items stand next to each other
    #: (:func:`~okot_audit.parse.furniture.across_page_furniture`).
    seams: frozenset[int] = frozenset()
    #: The text of the header's line that holds the periods (:attr:`period_line`), folded: the label
    #: column's name before them (``Nationaliteit      2022      2023``), where :attr:`header_text`
    #: also holds a caption's words a laid-out text printed above it. Empty where no line holds them.
    period_text: str = ""

    @property
    def blocks(self) -> str | None:
        """What the table's blocks are: ``province``, ``sector`` or None."""
        subtotals = [i for i in self.items if i.kind == "subtotal"]
        if any(i.sector for i in subtotals):
            # (three levels, ``Totaal Antwerpen`` … ``Subtotaal zorg``: the blocks that close rows are
            # the provinces', each row keeping its sector block too)
            return "province" if any(i.province and not i.sector for i in subtotals) else "sector"
        # (a grand total alone, ``Eindtotaal``, makes no blocks; nor does a subtotal that names
        # none: ``Subtotaal``, ``Vlaams Gewest`` over the provinces above ``Brussel`` and ``Totaal``)
        if any(i.province for i in subtotals):
            return "province"
        if subtotals or (headed := headed_blocks(self.items, self.seams)) is None:
            return None
        return "province" if any(province for province, _ in headed.values()) else "sector"


def headed_blocks(items: list[Item], seams: frozenset[int] = frozenset()) -> dict[int, tuple[str | None, str | None]] | None:
    """Each row's block where a line alone above its rows heads each block and no line closes
    one: a pivot table with its subtotals switched off prints the province on the first row of
    its block (or on every row, in a column of its own; or on a line of its own above the rows);
    answers head blocks of sectors (``Zorg`` / rows / ``Onderwijs`` / rows) or of a category of
    persons (``Mannen`` / age classes / ``Vrouwen`` / age classes, :func:`_category_heads`) so
    too, under one grand total. Every head then stands on the line of the row that follows it,
    or on the line above it, and the first row has one: each row belongs to the last head
    above it (a code under two provinces, an age class under two genders, is no duplicate); a
    sector's head under a province's keeps the province (province → sector → rows). None where
    any line closes a block, or a label floats (in the middle of its block, or glued after a
    row's figures): the closing lines say the blocks. `seams`: :attr:`Region.seams` (a head
    last on its page stands on the line above its first row on the next)."""
    first = next((i for i in items if i.kind in ("row", "province", "subtotal", "sector")), None)
    if first is None or not (first.kind in ("province", "sector") or first.opens):
        return None  # (most tables: a quick look)
    rows = [i for i in items if i.kind in ("row", "province", "subtotal", "sector")]
    if any(i.kind == "subtotal" and not i.opens for i in rows):
        return None
    out: dict[int, tuple[str | None, str | None]] = {}
    block: tuple[str | None, str | None] = (None, None)
    for at, (item, below) in enumerate(zip(rows, rows[1:] + [None])):
        if item.kind == "row":
            out[id(item)] = block
            continue
        nested = item.kind == "province" and below is not None and below.kind == "sector"  # (``Antwerpen`` / ``Zorg``)
        if below is None or not (below.kind == "row" or nested) or not below.lines \
                or not (below.lines[0] - item.lines[-1] in (0, 1) or _seamed(seams, item.lines[-1], below.lines[0])):
            if out and item.opens and all(i.kind == "subtotal" and i.opens for i in rows[at:]):
                break  # heads without rows below them after the last block's rows: blocks of their own
            return None
        if item.kind == "sector":
            block = (block[0], item.sector)  # (a sector's block inside a province's, or of its own)
        else:
            block = (item.province, item.sector)  # (a sector's subtotal heads a sector's block)
    return out


def _subtotals_above(region: Region) -> bool:
    """Excel's compact pivot layout prints each block's subtotal on the block's head line, above
    its rows (``Antwerpen  310  330``, then the block's coded rows; ``Eindtotaal`` at the
    bottom): where no line closes a block and the rows are of two kinds — heads of one kind (a
    province, a sector, a category of persons such as ``Man`` or ``-25 jaar``, a programme's
    name), each right above rows of the other (training codes, provinces, categories) — the
    heads are their blocks' subtotals, each opening its block (:attr:`Item.opens`) and naming
    it: a province, else by its words as ``Subtotaal bachelors`` does. Heads of other words
    than a province or sector take two: one such row above coded rows is a row whose code was
    lost, say. The region's rows are keyed where they are coded. Whether it did."""
    items = region.items
    rows = [i for i in items if i.kind in ("row", "subtotal", "total")]
    if not rows or rows[0].kind != "row" or rows[0].code or any(i.kind == "subtotal" for i in rows):
        return False
    head_kind = _row_kind(rows[0])
    tail = _rows_of_no_block(rows)
    rows = [i for i in rows if all(i is not t for t in tail)]
    heads = []
    below_kind = None
    for item, below in zip(rows, rows[1:] + [None]):
        if item.kind != "row":
            continue
        kind = _row_kind(item)
        if kind != head_kind:
            if below_kind not in (None, kind):
                return False  # (rows of a third kind: no two levels)
            below_kind = kind
            continue
        if below is None or below.kind != "row" or _row_kind(below) == head_kind or not item.complete:
            return False
        heads.append(_head(item))
    if not heads or any(h[1] is None and h[2] is None for h in heads):
        return False
    if len(heads) < 2 and not (head_kind in ("province", "sector") and below_kind == "code"):
        return False
    heads.extend(_head(item) for item in tail)  # (each a block of its own: its subtotal, no rows below it)
    for item, province, sector in heads:
        item.kind, item.province, item.sector, item.opens = "subtotal", province, sector if province is None else None, True
    region.keyed = below_kind == "code"
    return True


def _labelled(item: Item) -> bool:
    """Whether row `item` prints a label before its figures (a row of figures alone lost its label:
    it says nothing of what keys the table's rows)."""
    return any(numeric_tail(text)[0].strip() for text in item.texts)


def _head(item: Item) -> tuple[Item, str | None, str | None]:
    """A compact pivot's head line with what it names: a province, else a sector or its words."""
    label = numeric_tail(item.texts[-1])[0].strip()
    province, sector = province_name(label), sector_name(label)
    if province is None and sector is None:
        sector = fold(" ".join([*item.texts[:-1], label])).lower() or None
    return item, province, sector


def _rows_of_no_block(rows: list[Item]) -> list[Item]:
    """The row of a compact pivot after its last block's rows, right above its grand total,
    that is of another kind than the rows of the blocks (``Onbekend  3  1`` below the coded
    rows of ``Man`` and ``Vrouw``), and each such row below it (``Niet gekend  2  4``): an
    item of the outer field without items below it, a block of its own, printed as its head
    alone — no row of the block above (the pivot's inner field keys the blocks' rows, and these
    are of another kind). None where the rows above them are no rows of a block (heads and rows
    of one kind only)."""
    end = len(rows)
    while end and rows[end - 1].kind == "total":
        end -= 1
    if end < 4 or end == len(rows) or rows[1].kind != "row":
        return []
    child = _row_kind(rows[1])
    start = end
    while start > 2 and rows[start - 1].kind == "row" \
            and _row_kind(rows[start - 1]) not in (child, "code"):
        start -= 1
    if start == end or rows[start - 1].kind != "row" or _row_kind(rows[start - 1]) != child:
        return []
    return rows[start:end]


def _row_kind(item: Item) -> str:
    """What keys row `item`: ``code``, ``province``, ``sector``, the attribute of a category of
    persons (``gender``, ``age``), or ``other`` words (a programme's name)."""
    if item.code:
        return "code"
    label = numeric_tail(item.texts[-1])[0].strip() if item.texts else ""
    if province_name(label):
        return "province"
    if sector_name(label):
        return "sector"
    return partition_of(label) or "other"


def find_regions(
    lines: tuple[str, ...], pages: Sequence[int | None] | None = None, every_break: bool = True,
    assembled: bool = False, furniture: frozenset[int] = frozenset(), dashed: frozenset[int] = frozenset(),
    printed: Mapping[int, str] | None = None, positional: bool = False,
) -> list[Region]:
    """Every table region of the document, in order. `pages` gives each line's page, or None:
    where `every_break` is known (a PDF), or only where an extractor marked a break (its form
    feeds need not mark every one: `every_break` False). `assembled`: the lines are a PDF's, each
    table row's lines joined into one by the PDF's reader (which sees fonts, rules and gaps) — a
    line of words it kept apart below or above a row without code is no part of its name.
    `furniture`: the 1-based lines that held page furniture, left blank (a footer: a page break
    where no form feed marks one). `dashed`: the 0-based lines printed as a number between dashes
    that no name goes on from (``- 2 -``: :func:`dashed_numbers`), their dashes maybe made blanks since.
    `printed`: the 1-based lines whose blanks' marks :func:`~okot_audit.parse.blanks.mark_blanks` made
    spaces, each as it was printed (where each mark stood: ``traject - x x 11``, now ``traject -   11``).
    `positional`: the lines keep the page's columns (laid-out text, a PDF's), where a line's indent
    says where its words stand (:func:`_set_in`)."""
    new_answer()  # (the lines' answers :func:`~okot_audit.parse.scan.per_answer` kept for the answer before)
    regions: list[Region] = []
    index = 0
    floor = 0  # lines before this belong to an earlier region
    code_lines = _code_lines(lines)
    ahead = _read_next(lines, code_lines)
    footnotes = BracketedNotes(lines)  # (the answer's bracketed footnotes, looked through once where a mark asks)
    while index < len(lines):
        index = ahead[index]  # (the lines between: blank, or no row within reach below them)
        if index >= len(lines):
            break
        if index in code_lines:
            header_idx = _header_above(lines, index, floor)
            region = _scan_region(lines, header_idx, index,
                                  pages=pages, every_break=every_break, assembled=assembled, furniture=furniture, dashed=dashed,
                                  printed=printed, footnotes=footnotes, positional=positional)
        else:
            found = _plain_header(lines, index)
            if found is None:
                index += 1
                continue
            # (a line naming what the table counts, below the periods, is the header's too; so
            # are the columns' names under each period, and the first cell's line above them)
            named = _names_at(lines, index) if found > index + 1 else None
            # (a sentence leading into the rows is the header alone: the lines it began on are prose's)
            above = [] if lines[index].rstrip().endswith(":") and _leads_in(lines, index) else _header_above(lines, index, floor)
            header_idx = above + [index] + [
                j for j in range(index + 1, found) if _unit_line(lines[j]) or (named is not None and j <= named)
            ]
            if (total_word := _total_word_below(lines, index, found)) is not None:
                header_idx += [j for j in range(index + 1, total_word + 1) if lines[j].strip()]
                found = next((j for j in range(total_word + 1, len(lines)) if lines[j].strip()), found)
            region = _scan_region(lines, header_idx, found, keyed=False,
                                  pages=pages, every_break=every_break, assembled=assembled, furniture=furniture, dashed=dashed,
                                  printed=printed, footnotes=footnotes, positional=positional)
            rowless = not any(item.kind == "row" for item in region.items)
            if (rowless and not _totals_alone(region)) or _titles_years(lines[index], region):
                index += 1
                continue
            rows = [item for item in region.items if item.kind == "row"]
            labelled = [item for item in rows if _labelled(item)]
            if not rowless and not _subtotals_above(region) and all(item.code for item in labelled) and (
                    labelled or not rows):  # (rows all of figures alone are named by their first: ``1  120  130``)
                # rows of training codes under a total line above them (``Eindtotaal 300`` first),
                # or under a row of figures whose label was lost (``| | 12 | 14 |`` first, said as
                # such): the plain header was found before the first code, but the rows are keyed
                region = _scan_region(lines, header_idx, found,
                                      pages=pages, every_break=every_break, assembled=assembled, furniture=furniture, dashed=dashed,
                                      printed=printed, footnotes=footnotes, positional=positional)
        cut = _attribute_changes(region)
        while cut is not None:  # the next block of a profile with no attribute's name over it
            head = region.items[cut + 1] if region.items[cut + 1].kind == "junk" else None
            rest = region.items[cut + 2 if head else cut + 1].lines[0] - 1
            region.items[cut].kind = "total"  # (its block's total, no subtotal of the next block's)
            regions.append(replace(region, items=region.items[:cut + 1], end=region.items[cut].lines[-1]))
            shared = [i - 1 for i in region.header_lines if i < region.items[0].lines[0]]
            region = _scan_region(lines, shared + ([head.lines[0] - 1] if head else []), rest, keyed=False,
                                  pages=pages, every_break=every_break, assembled=assembled, furniture=furniture, dashed=dashed,
                                  printed=printed, footnotes=footnotes, positional=positional)
            cut = _attribute_changes(region)
        regions.append(region)
        index = region.end  # region.end is 1-based last line → next 0-based index
        floor = index
        block = _next_block(lines, region)
        while block is not None:  # the next block of a profile under the same header: a table of its own
            shared = [i - 1 for i in region.header_lines if not ATTRIBUTE_NAME.match(lines[i - 1])]
            region = _scan_region(lines, [*shared, block], block + 1, keyed=False,
                                  pages=pages, every_break=every_break, assembled=assembled, furniture=furniture, dashed=dashed,
                                  printed=printed, footnotes=footnotes, positional=positional)
            if not any(item.kind == "row" for item in region.items):
                break
            regions.append(region)
            index = floor = region.end
            block = _next_block(lines, region)
    return regions


def _totals_alone(region: Region) -> bool:
    """Whether `region` is a table of its total alone under a header of periods (``2021 2022
    2023`` / ``Totaal 1.487 1.612 1.544``), or of one column of counts (``Aantal``, the period in
    the prose): the answer prints no parts, only what they total — perhaps with ``waarvan`` lines
    below it (``waarvan vrouwen 456 480``), subsets of it that add up to nothing."""
    if not region.items or region.items[0].kind != "total":
        return False
    if not region.period_tokens and not _count_column_alone(region.header_text):
        return False
    return all(item.kind == "total" or item.kind in ASIDE_KINDS for item in region.items)


def _count_column_alone(header: str) -> bool:
    """Whether `header` names one column of counts and nothing else (``Aantal``, ``Aantal
    unieke cursisten``): no label column's name before it."""
    words = header.split()
    return bool(words) and (
        (len(words) == 1 and words[0].lower().strip("():") in COLUMN_WORDS) or COUNT_COLUMN.fullmatch(header.strip()) is not None
    )


_CODE_LINES: list = [None, {}, {}]
#: What :data:`CODE_LINE` asks of a line that does not start with its code: a space, the code and
#: what may follow it (:data:`_AFTER_CODE`, the same pattern) — a first look for a line that starts
#: with a word (a province's name, another block's key: most such lines hold no code, and the
#: pattern's names cost more than this search).
_CODE_AFTER_WORD = re.compile(r"\s\d{6}" + _AFTER_CODE)


def _code_lines(lines: tuple[str, ...]) -> dict[int, re.Match[str]]:
    """The :data:`CODE_LINE` match of each line it matches, by the line's 0-based index, found
    once per answer's lines (the last lines asked about are kept, by identity) — and of each line
    whose code a block's cell of several words opens (:func:`_cell_before_code`: the match of
    the line with that cell blanked, its end in :func:`code_cells`)."""
    if _CODE_LINES[0] is not lines:
        found = {}
        worded = []  # (lines with a code after words that the pattern does not know)
        for i, line in enumerate(lines):  # a code line starts with its code, a province's name or another key's
            if line.lstrip()[:1].isdigit() or _CODE_AFTER_WORD.search(line):
                match = CODE_LINE.match(line)
                if match:
                    found[i] = match
                elif not line.lstrip()[:1].isdigit():
                    worded.append(i)
        cells: dict[int, tuple[int, str, bool]] = {}
        for i in worded:  # (in order: a cell's words may go on from the code line's above)
            cell = _cell_before_code(lines, i, found, cells)
            if cell is not None and (match := CODE_LINE.match(" " * cell[0] + lines[i][cell[0]:])) is not None:
                found[i] = match
                cells[i] = cell
        _CODE_LINES[:] = [lines, found, cells]
    return _CODE_LINES[1]


def code_cells(lines: tuple[str, ...]) -> dict[int, tuple[int, str, bool]]:
    """The block's cell of several words that opens a code's line, by the line's 0-based index
    (:func:`_cell_before_code`): where it ends on the line, the block's whole name, and whether
    the words go on from the cell of the code line above (the name wrapped in its cell)."""
    _code_lines(lines)
    return _CODE_LINES[2]


#: The words before a row's training code on its line (a block's cell, maybe), up to the code.
_WORDS_BEFORE_CODE = re.compile(r"^\s*(?P<cell>[^\W\d_][^\d]*?)\s+(?=\d{6}" + _AFTER_CODE + ")")


def _cell_before_code(
    lines: tuple[str, ...], k: int, code_lines: dict[int, re.Match[str]], cells: dict[int, tuple[int, str, bool]],
) -> tuple[int, str, bool] | None:
    """The block's cell that opens line k before its row's training code, the code's line
    holding it as a pivot table in tabular form or ``pdftotext -layout`` (a row's lines joined
    into one, the block's column first) prints it, when the cell is of several words
    :data:`CODE_LINE` does not know: a place's name (``Brussels Hoofdstedelijk Gewest 021573:
    …``, ``Prov. Antwerpen``, ``Vlaams Brabant``: :func:`province_name`), or any block's name that
    the first closing line below names (``Antwerpen stad 021573: …`` … ``Totaal Antwerpen stad
    50``, ``Zorg en welzijn`` … ``Subtotaal zorg en welzijn``) — or the rest of such a name,
    wrapped in its cell, that the cell of the code line above begins (``Vlaams-Brabant 021573:
    …`` / ``en Brussel 236405: …``; ``Brussels Hoofdstedelijk`` / ``Gewest``). Where the cell
    ends, the block's whole name, and whether it goes on from above; None for any other words
    before a code (prose, a header's ``Opleiding``, a block's name no closing line gives): no
    cell. `code_lines`: the lines of codes found so far; `cells`: the cells found above."""
    found = _WORDS_BEFORE_CODE.match(lines[k])
    if found is None:
        return None
    cell, end = found.group("cell").strip(), found.end("cell")
    if province_name(cell) is not None:
        return end, cell, False
    closing = _closing_name(lines, k, code_lines)
    if closing is not None and _head_name(closing) == _head_name(cell):
        return end, cell, False
    begun = _cell_above(lines, k, code_lines, cells)
    if begun is None:
        return None
    whole = f"{begun} {cell}"
    if province_name(whole) is not None or (closing is not None and _head_name(closing) == _head_name(whole)):
        return end, whole, True
    return None


def _cell_above(
    lines: tuple[str, ...], k: int, code_lines: dict[int, re.Match[str]], cells: dict[int, tuple[int, str, bool]],
) -> str | None:
    """The block's cell on the nearest code line above line k (a province's, another key's, or
    one of several words: `cells`), no total line between; None where that line has none."""
    for j in range(k - 1, max(k - _CLOSING_LOOKAHEAD, 0) - 1, -1):
        if j in cells:
            return cells[j][1]
        if j in code_lines:
            match = code_lines[j]
            return match.group("province") or match.group("key")
        if TOTAL_LINE.match(lines[j]) or GRAND_LINE.match(lines[j]):
            return None
    return None


def _closing_name(lines: tuple[str, ...], k: int, code_lines: dict[int, re.Match[str]]) -> str | None:
    """The block's name the first closing line below line k gives (``Totaal Antwerpen stad 50``
    → ``Antwerpen stad``; ``Subtotaal sector zorg`` → ``zorg``: :func:`_closing_key`); None
    where none stands there (:func:`_closing_words`)."""
    rest = _closing_words(lines, k, code_lines)
    return None if rest is None else _closing_key(rest)


def _closing_words(lines: tuple[str, ...], k: int, code_lines: dict[int, re.Match[str]]) -> str | None:
    """The words after the total's of the first closing line below line k (``Totaal Antwerpen
    stad 50`` → ``Antwerpen stad``), within :data:`_CLOSING_LOOKAHEAD` lines (a block's rows
    between, their labels wrapped); None where none stands there. `code_lines`: the lines of
    codes (no closing line)."""
    for j in range(k + 1, min(k + 1 + _CLOSING_LOOKAHEAD, len(lines))):
        below = lines[j]
        if j in code_lines or not has_numeric_tail(below) or not (TOTAL_LINE.match(below) or GRAND_LINE.match(below)):
            continue  # (the block's rows, their labels wrapped)
        return _TOTAL_WORD.sub("", fold(numeric_tail(below)[0])).strip()
    return None


_FIGURE_ENDS: list = [None, [], [], [], []]


def _next_figure_end(lines: tuple[str, ...]) -> list[int]:
    """For each 0-based index k (and ``len(lines)``), the first line at k or below whose last
    character is a digit (``len(lines)`` when none is): a row's line ends in its figures. Found
    in one pass per answer's lines (the last lines asked about are kept, by identity), with
    :func:`_rows_far` and :func:`_blank_lines`."""
    if _FIGURE_ENDS[0] is not lines:
        n = len(lines)
        after = [n] * (n + 1)
        filled = [0] * (n + 1)  # how many lines below k hold text (k's own too)
        blank = [False] * n
        nearest = n
        for i in range(n - 1, -1, -1):
            end = lines[i].rstrip()[-1:]
            if end.isdecimal():  # (``\d``, as a count's last digit is read)
                nearest = i
            after[i] = nearest
            if end:
                filled[i] = filled[i + 1] + 1
            else:
                filled[i] = filled[i + 1]
                blank[i] = True
        reach = 2 + NAME_LOOKAHEAD
        far = [end >= n or lines_below - filled[end] >= reach for end, lines_below in zip(after[1:], filled[1:])]
        _FIGURE_ENDS[:] = [lines, after, filled, far, blank]
    return _FIGURE_ENDS[1]


def _rows_far(lines: tuple[str, ...]) -> list[bool]:
    """Whether no row (a line that ends in its figures) stands within reach below each line, by
    its 0-based index (one pass per answer's lines): more than ``2 + NAME_LOOKAHEAD`` lines of
    text before it (a row's name may run over lines above its figures), or none at all. Blank
    lines between are no distance: a table's header may stand any number of them above its rows
    (laid-out text, a page's end), prose may not."""
    _next_figure_end(lines)
    return _FIGURE_ENDS[3]


def _blank_lines(lines: tuple[str, ...]) -> list[bool]:
    """Whether each line is blank (empty, or white space alone), by its 0-based index."""
    _next_figure_end(lines)
    return _FIGURE_ENDS[4]


def _read_next(lines: tuple[str, ...], code_lines: dict[int, re.Match[str]]) -> list[int]:
    """For each 0-based index k (and ``len(lines)``), the first line at k or below that
    :func:`find_regions` reads: a code line, or a line of text with a row within reach below
    it (:func:`_rows_far`) — the lines between are skipped, asked nothing more."""
    far = _rows_far(lines)
    blank = _blank_lines(lines)
    ahead = [len(lines)] * (len(lines) + 1)
    read = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if not (far[i] or blank[i]) or i in code_lines:
            read = i
        ahead[i] = read
    return ahead


def _count_alone(text: str) -> bool:
    """Whether `text` is one figure alone on its line that is no header's piece: three digits or
    more (:data:`~okot_audit.patterns.COUNT_NO_NAME_HOLDS`: no name's own number, ``module`` /
    ``5``, nor a page's), not a year (``2022``: a period's label wrapped)."""
    text = text.strip()
    return COUNT_NO_NAME_HOLDS.fullmatch(text) is not None and not YEAR.fullmatch(text)


def _header_above(lines: tuple[str, ...], first_row: int, floor: int) -> list[int]:
    """0-based indexes of the header paragraph right above the first row (maybe none)."""
    out: list[int] = []
    k = first_row - 1
    if k - 2 >= floor and not lines[k].strip() and sector_name(lines[k - 1]):
        j = k - 2 if lines[k - 2].strip() else k - 3
        if j >= floor and _periods_end(lines, j, floor):
            k = j  # layout text: the header, (a blank line,) the first block's name, a blank line
    if k - 2 >= floor and sector_name(lines[k]) and not lines[k - 1].strip() and _periods_end(lines, k - 2, floor):
        k -= 1  # the first block's name (``Onderwijs``) below a blank line under the header
    j = k
    while j >= floor and not lines[j].strip():
        j -= 1  # (blank lines between the header and the first row, however many: nothing else between)
    if j < k and j >= floor and (_period_list(lines[j]) or _columns_alone(lines[j]) or _months_alone(lines[j])):
        k = j  # layout text leaves blank lines between the header and the first row
    elif j < k and j - 1 >= floor and (_period_list(lines[j - 1]) or _months_alone(lines[j - 1])) and not (
        first_row < len(lines) and _columns_alone(lines[first_row])
    ):  # (not over a header that names its columns and no period, whole on its line: a caption's lines above it)
        k = j  # … below a header whose words wrap under its periods
    worded = 0  # lines with header words (a wrapped period label's pieces alone do not count)
    keyed = first_row in _code_lines(lines)
    while k >= floor and lines[k].strip() and (
        worded < 3 or (worded < 5 and (
            not any(_period_list(lines[i]) for i in out) or _narrow_cell(lines, out, k) or _month_names_end(lines[k])
        ))
    ):  # (a header's words wrapped in a narrow cell run over four or five lines to its periods)
        if (_sentence_end(lines[k], ":") and not (k == first_row - 1 and _block_name(lines[k], keyed))) \
                or _ANSWER_HEADING.match(lines[k]):
            break  # a sentence of the prose above (``In 2021 startten … :``), or ``Antwoord``: not a header
            # (the first block's name may end in a colon: ``Zorg:``)
        if len(numeric_tail(without_glued_province(lines[k]))[1]) >= 2 and not _period_list(lines[k]):
            break  # a row's figures (``met 6 37 Antwerpen``: the last row of the page before, above the
            # header repeated at the top of the next): no header's words
        if _count_alone(lines[k]):
            break  # a count alone (``120``, ``1.472``: a table's label-less figure above): no header's words
        out.insert(0, k)
        worded += not (_label_pieces(lines[k]) or sector_name(lines[k]))  # (nor the first block's name)
        k -= 1
    if worded > 3 and not any(_period_list(lines[i]) or _label_pieces(lines[i]) for i in out):
        # no periods that far up, nor a column's word (``Aantal`` amid the words wrapped in a
        # narrow cell): the header is the three lines below
        out = out[-3:]
    while len(out) > 1 and out[-1] == first_row - 1 and _block_name(lines[out[-1]], keyed):
        out.pop()  # the first block's province, sector or category alone right above its first row
        first_row -= 1  # (``Antwerpen``, ``Zorg``, ``Man``; nested: ``Antwerpen`` / ``Zorg``): no header words
    if not out:
        return []
    out = _below_periods_above(lines, out)
    text = fold(" ".join(lines[i] for i in out))
    if any(_period_list(lines[i]) for i in out):
        return out
    if len(out) > 1 and _columns_alone(lines[out[-1]]):
        # a caption right above the columns' names (``Tabel 1. Gestarte, geslaagde en gestopte
        # cursisten per opleiding`` / ``Code  Opleiding  Gestart  Geslaagd  Gestopt``): the header
        # is the line of names, the caption the text above it (which names the table's period)
        return out[-1:]
    if len(out) > 1 and first_row < len(lines) and _names_over_repeated(lines[out[-1]], lines[first_row]):
        # a caption right above the names of what the periods below count each time (``Tabel 1.
        # Unieke cursisten …`` / ``Provincie Gestarte cursisten Geslaagde cursisten`` / ``2022 2023
        # 2022 2023``): the header is the line of names (the caption: the text above it)
        return out[-1:]
    if len(text) <= 100 and not _sentence_end(text, ":;"):
        return out
    if len(out) > 1 and first_row < len(lines) and _month_names_end(lines[out[-1]]) and (
        wrapped_period_list(lines[out[-1]], lines[first_row]) is not None
    ):
        # month names over their years on the line below (``Provincie november december januari`` /
        # ``2023 2023 2024``: labels wrapped in narrow cells) under a caption: the header is the
        # line of names (the caption: the text above it)
        return out[-1:]
    if any(PERIOD_THEN_WORD.search(lines[i]) and periods_and_names(lines[i], i + 1) for i in out):
        return out  # a long header of periods and the columns under each (``2021 gestart 2021 geslaagd …``)
    return []


def _below_periods_above(lines: tuple[str, ...], out: list[int]) -> list[int]:
    """The header paragraph `out` (0-based lines) from the line after the last line of periods
    above its own: the header is the line the rows stand under that names the table's periods
    after its words (``Opleiding 2021 2022``, ``Unieke cursisten met gestarte OKOT'(s) 2021 2022``),
    and a line of periods above it (``2022 2023``, ``Opleiding 2021 2022 Totaal``: two periods at
    least) is none of its words — no wrapped piece of its period list (that holds no words before
    its periods, :func:`_periods_wrapped`), no year over the months below it (the header then names
    months). Such a line is left to the lines no table holds, where it is said
    (:func:`~okot_audit.parse.unread.periods_above_header`), never read as the table's periods."""
    lower = next((i for i in reversed(out) if (found := _period_list(lines[i])) is not None), None)
    if lower is None:
        return out
    found = _period_list(lines[lower])
    assert found is not None
    if not found[0].strip() or not any(YEAR.fullmatch(t.label) for t in found[1]) or any(
            MONTH_LABEL.match(t.label) for t in found[1]):
        return out
    upper = [i for i in out if i < lower and (above := _period_list(lines[i])) is not None
             and len([t for t in above[1] if not t.is_total]) >= 2 and all(YEAR.fullmatch(t.label) or t.is_total for t in above[1])]
    return out if not upper else [i for i in out if i > upper[-1]]


def _names_over_repeated(text: str, below: str) -> bool:
    """Whether `text` names what each time counts the periods `below` prints more than once
    (``Gestarte cursisten Geslaagde cursisten`` over ``2022 2023 2022 2023``:
    :func:`~okot_audit.parse.subcolumns.names_above`)."""
    found = _period_list(below)
    return found is not None and repeated_block(found[1]) > 1 and names_above(text, below, found[1], 0) is not None


def _months_alone(text: str) -> bool:
    """Whether `text` ends in months named without their year (``Opleiding januari februari
    maart``: :func:`~okot_audit.parse.context.months_only`, the year the prose's)."""
    return _ends_in_month(text) and months_only(text) is not None


#: A piece of a column's name wrapped onto a line of its own: letters (a hyphen, a ``+``), no figure.
_NAME_PIECE_LINE = re.compile(r"\s*[^\W\d_][\w+-]*\s*")


def _name_pieces_below(lines: tuple[str, ...], at: int) -> list[int]:
    """0-based indexes of the lines right below the header line `at` that each hold a piece of
    a column's name alone (``jaar``), at most three, blank lines between them allowed."""
    out: list[int] = []
    for j in range(at + 1, min(at + 6, len(lines))):
        if not lines[j].strip():
            continue
        if not _NAME_PIECE_LINE.fullmatch(lines[j]) or len(out) == 3:
            break
        out.append(j)
    return out


def _columns_alone(text: str) -> bool:
    """Whether `text` is a header that names its columns and no period (``Opleiding  Gestart
    Geslaagd``, ``Provincie  Man  Vrouw  Totaal``, ``Leeftijd Antwerpen Limburg … Vlaams Gewest``:
    its period the prose's)."""
    end = text.rstrip()
    if not end or len(end.split()) > 3 * 4 + 3:
        return False
    return named_columns(end, 0) is not None  # (its own quick look first: a category, a total or a measure last)


def named_columns(text: str, line: int) -> SubColumns | None:
    """The columns of header line `text` (1-based `line`) that names them and no period, over the
    one period the prose or a caption names: categories of persons or measures
    (:func:`~okot_audit.parse.subcolumns.names_alone`), or provinces, perhaps with their total
    (``Leeftijd Antwerpen Limburg … Vlaams Gewest``, ``Geslacht Antwerpen … Totaal``:
    :func:`~okot_audit.parse.transposed.province_columns`) — a column axis other than periods,
    a table per column. None for any other line."""
    found = names_alone(text, line)
    if found is None and _ends_in_province_column(text):
        from okot_audit.parse.transposed import province_columns  # (that module reads this one's names)

        found = province_columns(text, line)
    return found


#: A region's total as a header's last column (``… West-Vlaanderen Vlaams Gewest``).
_REGION_END = re.compile(r"(?:^|\s)(?:" + words_pattern(REGION_TOTALS) + r")\s*$", re.I)


def _ends_in_province_column(text: str) -> bool:
    """Whether `text` ends as a header whose columns are provinces may (the quick look before
    :func:`named_columns` asks for them): in a province's name, a region's total or a total
    column's word, after two words at least."""
    words = text.rsplit(None, 2)
    if len(words) < 3 or not _province_column_word(words[-1]):
        return False  # (most lines: one look at their last word, whose answers are kept)
    return bool(TOTAL_COLUMN.match(words[-1]) or province_name(words[-1]) or province_name(" ".join(words[-2:]))
                or _REGION_END.search(text[-40:]))


#: The last words of the names of provinces of two words and of regions (``Vlaams Brabant``,
#: ``Vlaams Gewest``, ``Brussels Hoofdstedelijk Gewest``).
_NAME_ENDS = frozenset(("brabant", "gewest", "vlaanderen", "gebied", "regio", "hoofdstad"))


@lru_cache(maxsize=4096)
def _province_column_word(word: str) -> bool:
    """Whether `word`, a line's last, may end the name of a header's last column of provinces: a
    province's, a region's, a total column's. (Asked of the last words of many lines, which repeat:
    answers are kept.)"""
    return word[-1:].isalpha() and bool(
        word.lower() in _NAME_ENDS or TOTAL_COLUMN.match(word) or province_name(word))


def _periods_end(lines: tuple[str, ...], j: int, floor: int) -> bool:
    """Whether line j ends a header: it holds the list of periods, or one of the three lines above
    it does (a header's words wrapped around its periods, which stand centred in their row or
    at its top: ``Unieke cursisten met`` / ``uitgevoerde, geslaagde, 2022*`` / ``OKOT'(s)``)."""
    for i in range(j, max(floor, j - 3) - 1, -1):
        if not lines[i].strip():
            return False
        if _period_list(lines[i]):
            return not any(has_numeric_tail(lines[m]) for m in range(i + 1, j + 1))
    return False


def _periods_wrapped(above: str, found: tuple[str, list[PeriodToken]]) -> tuple[str, list[PeriodToken]] | None:
    """The periods of a header whose list of periods wrapped onto a line of its own: line
    `above` ends in periods and the line below (its :func:`_period_list` `found`) holds only
    periods that go on after them (``Opleiding 2019 2020`` / ``2021 2022``) — all of them, in
    order; else None. Years and school years only, after the header's words: month labels
    wrapped in their cells (``april`` / ``2019`` / ``mei 2019 Totaal``) are paired otherwise
    (:func:`~okot_audit.parse.context.wrapped_period_list`)."""
    if found[0].strip() or _month_names_end(above):
        return None  # words before the periods: a header line of its own
    first = _period_list(above)
    if first is None or not first[1] or first[1][-1].is_total or not first[0].strip():
        return None
    labels = [t.label for t in first[1]] + [t.label for t in found[1]]
    if any(MONTH_LABEL.match(label) for label in labels):
        return None
    dated = [label for label in labels if label != "Totaal"]
    if len(set(labels)) != len(labels) or dated != sorted(dated) or "Totaal" in labels[:-1]:
        return None
    return first[0], [*first[1], *found[1]]


def _years_below(text: str, below: str) -> bool:
    """Whether line `below` holds the years of month names that line `text` ends in, with more
    of the header's words before them (``Unieke cursisten met maart april mei 2019 Totaal`` /
    ``stopgezette en uitgevoerde 2019 2019``): `text` is no header by itself, and `below` no row
    whose counts look like years. Only a month name that waits for its year (none right after it:
    ``maart``, not ``juli 2023``) can take one below: under a header whose months each carry their
    year, ``Totaal 2022`` is a total line whose count looks like a year."""
    if not _month_names_end(text) or not _month_awaits_year(text):
        return False
    paired = wrapped_period_list([text], below)
    alone = _period_list(text)
    return bool(paired and alone and [t.label for t in paired[1]] != [t.label for t in alone[1]])


def _month_awaits_year(text: str) -> bool:
    """Whether a month name among the period labels' pieces that `text` ends in stands without
    its year right after it (``maart`` of ``… maart april mei 2019 Totaal``; not ``juli`` of
    ``Opleiding juli 2023*``): a cell wrapped, its year on a line below."""
    words = text.split()
    k = len(words)
    while k > 0 and _PIECE.fullmatch(words[k - 1]):
        k -= 1
    return any(
        month_number(word.rstrip("*")) is not None and not (i + 1 < len(words) and _LONE_YEAR.fullmatch(words[i + 1].rstrip("*")))
        for i, word in enumerate(words[k:], k)
    )


def _month_names_end(text: str) -> bool:
    """Whether `text` ends in the month names of period labels wrapped in their cells, their
    years on a line below (``Unieke cursisten met februari maart … juni Totaal`` over ``… 2019
    2019 2019*``): the header's first line."""
    words = text.split()
    k = len(words)
    while k > 0 and _PIECE.fullmatch(words[k - 1]):
        k -= 1
    return any(month_number(word.rstrip("*")) is not None for word in words[k:])




def _narrow_cell(lines: tuple[str, ...], out: list[int], k: int) -> bool:
    """Whether line k and the header's worded lines below it are the short pieces of a header
    cell wrapped in a narrow column (``Unieke cursisten met`` / ``stopgezette en uitgevoerde`` /
    ``maar niet geslaagde`` / ``OKOT'(s)`` over one period): a header's fourth or fifth line of
    words, not a line of the prose above."""
    worded = [lines[i] for i in [k, *out] if not (_label_pieces(lines[i]) or sector_name(lines[i]))]
    return all(len(_cell_words(text).strip()) <= _NARROW for text in worded) and not has_numeric_tail(lines[k])


def _cell_words(text: str) -> str:
    """The words of a header's first cell on line `text`: those before its periods where it
    ends in them (``OKOT'(s)`` of ``OKOT'(s) 2022** 2023 2024* Totaal``: the periods stand in
    columns of their own, however many), else the whole line."""
    listed = _period_list(text)
    return listed[0] if listed is not None else text


#: The longest line of a header's words wrapped in a narrow cell.
_NARROW = 32


def _label_pieces(text: str) -> bool:
    """A line of period labels' or column words only (``januari``, ``2023 Totaal``, ``Aantal``):
    a header's cells wrapped, not its words."""
    words = text.split()
    return bool(words) and all(_PIECE.fullmatch(word) for word in words)


def _pieces_go_on(periods: "tuple[PeriodToken, ...] | list[PeriodToken]", below: str) -> bool:
    """Whether a line of label pieces (:func:`_label_pieces`) below a header of `periods` may be
    its cells wrapped: none of its years comes before the header's first, and it does not open
    with a total's word before them. A line whose "years" do (``Totaal 1900`` under ``Leeftijd
    2015``) is a total line whose counts look like years; so is ``Totaal 2016`` there (a total
    column stands after the periods it totals, or before all of them: never after the first)."""
    first = min((t.label[:4] for t in periods if not t.is_total and not is_subtotal_column(t.label)), default="")
    words = below.split()
    if len(words) > 1 and words[0].lower() in _TOTAL_WORDS and any(not t.is_total for t in periods):
        return False
    return not any(word[:4].isdigit() and word[:4] < first for word in words)


#: The words of a total column (or of a total line that opens with them).
_TOTAL_WORDS = frozenset(PLAIN_TOTAL_WORDS)


_PIECE = re.compile(
    period_pattern(dashes=PERIOD_DASHES, stars=r"\**") + "|" + "|".join([*COLUMN_WORDS, *MONTHS])
    + "|(?:" + "|".join(_MONTH_ABBREVIATIONS) + r")\.?\**", re.I)  # (a month's name cut short: ``jan.``, ``mrt``)


def _months_over_their_years(above: list[str], text: str, tokens: Sequence[PeriodToken]) -> bool:
    """Whether the same year printed once per column on line `text` (``2019 2019*``) is the
    years of month names above it (``oktober november``, the header's words between them:
    pdfplumber prints a cell of two lines between the lines of the cells beside it), each
    column its own month — not the periods once per name of the line right above (``gestarte
    OKOT'(s)`` is the header's words, no two columns' names)."""
    if len({t.label for t in tokens}) == len(tokens) or not any(
        month_number(word.rstrip(".*")) is not None for line in above for word in line.split()
    ):
        return False
    found = wrapped_period_list(above, text)
    return found is not None and len(found[1]) == len(tokens) and len({t.label for t in found[1]}) == len(tokens)


def _year_of_months_above(lines: tuple[str, ...], k: int, listed: tuple[str, list[PeriodToken]]) -> bool:
    """Whether `listed`, a year alone on the line right below header line k, is the year of
    the month names alone on the line right above it (``oktober`` / ``Leeftijd Totaal`` /
    ``2016``: pdfplumber's text of a month's cell wrapped around the line of the cells beside
    it) — the header's, no count under it that looks like a year."""
    if listed[0].strip() or not k or not lines[k - 1].strip():
        return False
    return all(month_number(word.rstrip("*")) is not None for word in lines[k - 1].split())


def _lines_above(lines: tuple[str, ...], k: int) -> list[str]:
    """The lines of the paragraph right above line k (a header's first lines), no sentence."""
    out: list[str] = []
    j = k - 1
    while j >= 0 and len(out) < 14 and lines[j].strip() and not _sentence_end(lines[j]):
        out.insert(0, lines[j])
        j -= 1
    return out


def _name_goes_on_below(text: str, below: str) -> bool:
    """Whether `text`, a line of a code-less row's name below its table's header, that ends in a
    colon, goes on in the name's next line `below` (``Educatieve bachelor voor secundair
    onderwijs:`` / ``knelpuntvakken - 1ste jaar 14 41 8 63``, as :func:`_label_tail`'s
    ``onderwijs:`` goes on): a few words, no figure, no sentence in it, and the line below in
    lower case — no sentence of prose leading into what follows."""
    stripped = text.strip()
    return (
        stripped.endswith(":") and len(stripped.split()) <= 12 and not any(ch.isdigit() for ch in stripped)
        and not _prose_start(text) and not _sentence_ends_in(stripped)
        and _LOWER_START.match(below.strip()) is not None
    )


def _sentence_end(text: str, marks: str = "") -> bool:
    """Whether `text` ends a sentence (a full stop, a question or exclamation mark, or one of
    `marks`) — not a row of months' names cut short (``Sector jan. feb. mrt.``: two at least)."""
    end = text.rstrip()
    if not end or end[-1] not in ".?!" + marks:
        return False
    if end[-1] != "." or month_number(end.rsplit(None, 1)[-1]) is None:
        return True
    words = end.split()
    return len(words) < 2 or month_number(words[-2]) is None


#: A sentence that ends inside a line and another that begins (not an abbreviation's full stop:
#: ``2022 t.e.m. juni``).
_SENTENCE_GOES_ON = re.compile(r"[.!?]\s+[A-Z]")
#: The number a caption or a list item opens with (``1.``, ``2.3.``, ``Tabel 1.``): its full stop
#: ends no sentence (``1. Gestarte cursisten`` over ``Geslacht 2022 2023`` is a caption, no prose).
_ITEM_NUMBER = re.compile(r"^\s*(?:(?:tabel|figuur|grafiek|bijlage)\s+)?\d{1,2}(?:\.\d{1,2})*\.(?=\s)", re.I)
#: ``t.e.m.`` (up to and including: ``t.e.m. 30/06/2024``): its full stops end no sentence.
_UP_TO_DOTS = re.compile(r"\bt\.e\.m\.(?=\s)", re.I)


def _sentence_goes_on(text: str) -> bool:
    """Whether a sentence ends inside `text` and another begins, a caption's number set aside."""
    return _SENTENCE_GOES_ON.search(text) is not None and _SENTENCE_GOES_ON.search(_ITEM_NUMBER.sub("", text)) is not None


def _sentence_ends_in(text: str) -> bool:
    """Whether a sentence ends inside `text` (a full stop and a space), ``t.e.m.``'s set aside."""
    return ". " in text and ". " in _UP_TO_DOTS.sub("", text)


#: A month's name cut short (``jan. 2021``): its full stop ends no sentence.
_MONTH_DOT = re.compile(r"\b(?:" + "|".join(sorted({*(m[:3] for m in MONTHS), "mrt", "febr", "sept"})) + r")\.(?= )", re.I)
#: A note in brackets (``(t.e.m. juni)``): its full stops end no sentence.
_BRACKETED = re.compile(r"\([^()]*\)")


#: The last character a month's name or its abbreviation may end in, in either case (as
#: :func:`~okot_audit.parse.context.month_number` lowers it), its full stop or footnote star, and
#: the last of a total column's word or of its mark (:data:`TOTAL_COLUMN`).
_MONTH_OR_TOTAL_ENDS = frozenset(
    "".join(name[-1] + name[-1].upper() for name in [*MONTHS, *_MONTH_ABBREVIATIONS]) + ".*" + "lLmM)"
)


def _ends_in_month(text: str) -> bool:
    """Whether `text`'s last word names a month (``oktober``, ``okt.``, ``december*``), or the
    word before a total column's (``… december Totaal``)."""
    if text.rstrip()[-1:] not in _MONTH_OR_TOTAL_ENDS:
        return False  # (a first look: the last character of a month's name, of a total's word or its mark)
    last = text.rsplit(None, 2)
    if len(last) > 1 and TOTAL_COLUMN.match(last[-1]):
        last.pop()
    return bool(last) and month_number(last[-1].rstrip("*")) is not None


def _columns_again(text: str, tokens: list[PeriodToken], columns: SubColumns) -> bool:
    """Whether `text` prints again, after a page break, the columns under each period of a
    header (`tokens`, `columns`) — the periods and the names in one line (``2018 geslaagd
    2018 gestart …``), or the names alone (``geslaagd gestart geslaagd gestart``) — however
    the first page printed them."""
    names = [n.lower() for n in columns.names]
    both = periods_and_names(text, 0) if PERIOD_THEN_WORD.search(text) else None
    if both is not None:
        return [t.label for t in both[0]] == [t.label for t in tokens] and [n.lower() for n in both[1].names] == names
    below = names_below(tokens, text, 0)
    return below is not None and [n.lower() for n in below.names] == names


def _printed_again(labels: list[str]) -> bool:
    """Whether `labels` are one list of two or more periods printed again (``2022 2023 2022
    2023``), not one period over each of a wrapped header's cells (``2022 2022 2022``)."""
    size = len(labels) // repeated_block([PeriodToken(label, "", 0, 0) for label in labels])
    return 2 <= size < len(labels)


@lru_cache(maxsize=4096)
def _header_end(end: str) -> tuple[bool, bool]:
    """How `end` (a line, its trailing spaces stripped) ends, as a header's line may: ``(ends,
    names_after)`` — `ends`: in a period, a footnote star, ``Totaal``/``Som``/``Aantal``, a unit,
    a month, a category or a measure; `names_after`: in the names of the columns under each
    period (``Provincie 2021 gestart 2021 geslaagd``). (Asked of every line of prose near a
    table, whose lines — a minister's title, ``ANTWOORD`` — repeat from answer to answer: the
    answers are kept.)"""
    ends = (
        end[-1].isdigit() or end[-1] in _HEADER_LAST or (end[-1] in "nNsS." and named_count_column(end))
        or _ends_in_month(end) or ends_in_name(end) or (end[-1].islower() and _LETTER_MARKED_END.search(end) is not None)
    )
    names_after = end[-1].isalpha() and ("20" in end or "19" in end) and PERIOD_THEN_WORD.search(end) is not None
    return bool(ends), names_after


#: A period that ends a line with a footnote's letter, glued or set apart (``2023a``, ``2023 a``,
#: ``2022-2023 a``: a raised letter as text prints it).
_LETTER_MARKED_END = re.compile(r"(?<![\d.])(?:19|20)\d{2} ?[a-z]$")


#: :func:`_header_end` for the reader's net of unread lines (:mod:`~okot_audit.parse.unread`), its cache shared.
header_end = _header_end


def _total_word_below(lines: tuple[str, ...], k: int, first: int) -> int | None:
    """The 0-based line `first` (the first row found under header line `k`) when it is a total
    column's word alone (``Totaal``) and only a line of marks alone stands between it and the
    header's periods, which end in no total: single-spaced text of a header whose last period's
    cell wrapped (``… 2022-2023`` / ``*`` / ``Totaal``, pypdf) — the header's last column, no row
    (joined to the first row's name, it left each row a figure more than the periods) — or the
    mark and the word on one line (``2022-2023`` / ``* Totaal``). Else None."""
    if "  " in lines[k].strip():
        return None
    spots = [j for j in range(k + 1, first) if lines[j].strip()]
    between = [lines[j] for j in spots]
    word = lines[first].strip()
    if len(spots) == 1 and between[0].lstrip()[:1] == "*" and (
            apart := _MARK_THEN_WORD.fullmatch(between[0].strip())) is not None:
        first, word, between = spots[0], apart.group(2), [apart.group(1)]  # (``* Totaal``: no row)
    if not TOTAL_COLUMN.fullmatch(word):
        return None
    if len(between) != 1 or not _MARKS_ALONE.fullmatch(between[0]):
        return None
    found = _period_list(lines[k])
    return first if found is not None and found[1] and not found[1][-1].is_total else None


def _plain_header(lines: tuple[str, ...], k: int) -> int | None:
    """If line k is the header of a table whose rows carry no training code — it ends in a
    list of periods (``Provincie 2019 2020 2021``, ``… 2019-2020 2020-2021 Totaal``), in a
    column word (``Leeftijd Aantal``) or in the name of what its one column counts (``Leeftijd
    Aantal cursisten``) — the 0-based index of its first row, else None."""
    if _rows_far(lines)[k]:
        return None  # prose: no row (a line that ends in its figures) within reach below it
    text = lines[k]
    end = text.rstrip()
    if not end:
        return None
    ends, names_after = _header_end(end)
    # (a header whose columns are provinces over the prose's one period: ``Leeftijd Antwerpen … Vlaams Gewest``)
    provinces_end = not (ends or names_after) and end[-1].isalpha() and _ends_in_province_column(end)
    # (a line that leads into rows of one count and names their period: ``In 2021 startten:``)
    lead = not (ends or names_after or provinces_end) and end[-1] == ":" and _leads_in(lines, k)
    if not (ends or names_after or lead or provinces_end) or NOTE_LINE.match(text):
        return None  # (``Bron: VDAB 2023``: a note's line, no header)
    if (len(end) > 200 and len(fold(end)) > 200) or (_prose_start(text) and not lead) or (
        "." in end and not lead and _sentence_ends_in(_MONTH_DOT.sub(" ", _BRACKETED.sub("", end)))
    ):  # (folding never lengthens a text; nor do the two substitutions add a full stop)
        return None  # prose: a numbered item, or a sentence that ends inside the line (laid-out text: its spaces folded)
    if _note_of_figures(text) and not _period_in_words(end, lead) and not _FIGURES_CAPTION.match(end):
        return None  # (``voorlopige cijfers voor 2022``: a note's line, no header; ``Aantal (2021 voorlopig)`` is one)
    below = next((j for j in range(k + 1, min(k + 3 + LABEL_LOOKAHEAD, len(lines))) if lines[j].strip()), None)
    if below is not None and below in _code_lines(lines):
        return None  # the header of a table of codes, read as such (as the first line below says: see the loop)
    both = periods_and_names(text, k + 1) if names_after else None  # (after the prose and the codes are set aside: it costs)
    if not (ends or both or lead or provinces_end):
        return None
    found = (both[1].head, both[0]) if both else _period_list(text)
    if found is not None and not both and k and (
        repeated_block(found[1]) > 1 or each_period_once(list(found[1])) is not None
    ):
        # the same periods once per name on the line above (``gestart geslaagd`` / ``2021 2022 2021
        # 2022``), or the names once per period over each period printed once per name
        over = names_above(lines[k - 1], text, found[1], k)
        if over is not None and not _months_over_their_years(_lines_above(lines, k), text, found[1]):
            found, both = (found[0], over[0]), over
    if found is not None and k + 1 < len(lines) and _label_pieces(lines[k + 1]) and _pieces_go_on(found[1], lines[k + 1]):
        return None  # the header goes on below with its labels' pieces (``2016 2016``), no row without label
    if found is not None and k + 1 < len(lines) and _years_below(text, lines[k + 1]):
        return None  # ``… met maart april mei 2019 Totaal`` / ``stopgezette en uitgevoerde 2019 2019``
    if found is not None and k and not both:
        found = wrapped_period_list(_lines_above(lines, k), text)  # (month labels wrapped in their cells)
    if found is None and (found := months_only(text, after_dated=True, years=lines[k - 1] if k else None)) is not None:
        # months without their year, the prose names it — unless the years stand below them
        # (month names wrapped over their years, ``maart april`` / ``Opleiding mei 2016 juni 2016``)
        below = next((j for j in range(k + 1, min(k + 4, len(lines))) if lines[j].strip()), None)
        if below is not None and (_label_pieces(lines[below]) or _period_list(lines[below]) is not None):
            return None
    across = None  # the columns of a header that names categories of persons and no period
    if found is None:
        words = end.split()
        if TOTAL_LINE.match(text) or GRAND_LINE.match(text):
            return None  # ``Totaal`` alone opens a total line whose figure stands below it, no header
        if len(words) > 1 and (TOTAL_COLUMN.match(words[-1]) or ends_in_name(end) or provinces_end):
            # (``Provincie Man Vrouw Totaal``, ``Provincie Gestart Geslaagd Gestopt``, ``Leeftijd
            # Antwerpen Limburg … Vlaams Gewest``: its period in the prose)
            across = named_columns(end, k + 1)
        written = across is None and (lead or any(ch.isdigit() for ch in end)) and _period_in_words(end, lead)
        if across is None and not written and (
            len(words) > 8 or (words[-1].lower().strip("()") not in COLUMN_WORDS and not named_count_column(end))
            or any(ch.isdigit() for ch in end)
        ):
            return None
        single = True
    else:
        head, tokens = found
        if k and len(tokens) == 1 and (own := _month_over_its_year(lines[k - 1], text)) is not None:
            head = own  # (``Provincie november`` / ``2023``: the header's words are the month's line's, no caption's)
        once = each_period_once(list(tokens))
        if once is not None and _names_below(lines, k):
            tokens = once  # each period printed once per column under it, the columns named below
        dated = [t.label for t in tokens if not t.is_total and not is_subtotal_column(t.label)]  # (the periods alone)
        if dated != sorted(set(dated)) and dated != sorted(set(dated), reverse=True) and not _printed_again(dated):
            return None  # not a header: periods run in order, either way (or are the same ones printed again)
        if len(dated) < 2 and len(tokens) < 2 and (
            not head or len(head.split()) > 6 or any(ch.isdigit() for ch in head) or "nr." in head.lower()
        ) and not (not head and k and _periods_before(lines[k - 1], dated)) and not (not head and _names_below(lines, k)):
            # one period after a long text, or after numbers, is prose, not a header — but for the
            # last period's cell wrapped below the others' (pypdf: ``2019-2020 2020-2021`` / ``2021-2022``),
            # or one period alone over the columns the line below names under it (``2018-2019*`` /
            # ``Opleiding`` / ``geslaagd  gestopt``)
            return None
        if "," in head or len(head.split()) > 12:
            return None
        single = False
        # (one period after a row's label of a kind — a sector, a province, a category: ``Zorg
        # 2000`` — is that kind's row, no header, where the row below is one of the same kind)
        kind = label_kind(head) if len(tokens) == 1 and head.strip() else None
    # (its words as they read: a grid's cells padded to their column's width make no long line of prose)
    above = " ".join(lines[k - 1].split()) if k else ""
    ended = above.endswith((".", "?", "!", ":"))  # text laid out from a PDF leaves no blank line after prose
    # A long line above goes on in this one (a paragraph of prose), unless this one is plainly a
    # header of its own: a name in capitals and two periods or more under a table's caption, which
    # a PDF laid out leaves no blank line under (``Tabel 2: aantal unieke cursisten …, per provincie``).
    captioned = not single and len(dated) >= 2 and len(head.split()) <= 3 and head[:1].isupper()
    # (so is a laid-out header whose cells name provinces as its columns: ``Leeftijd   Antwerpen   Limburg …``)
    captioned = captioned or (across is not None and across.spans is not None and sum(1 for n in across.names if province_name(n)) >= 2)
    if above and not ended and not lead and (
        (len(above) > 80 and not captioned) or _sentence_goes_on(_BRACKETED.sub("", above))
        or above.endswith((",", "-"))
    ):
        return None  # the line stands in the middle of a paragraph of prose
    else_kind = None if single else kind  # (set where one period was found)
    if else_kind is not None and k and label_kind(_one_count_label(lines[k - 1])) == else_kind:
        return None  # ``Antwerpen 2000`` / ``Limburg 1999`` / ``Totaal 3999``: a row below a row of its kind
    seen = 0
    texts = 0  # lines of text looked at below the header (blank lines are no distance: :func:`_rows_far`)
    named = _names_at(lines, k) if not single and not both else None  # (the columns under each period)
    for j in range(k + 1, len(lines)):
        line = lines[j]
        if not line.strip():
            continue
        texts += 1
        if texts > 2 + NAME_LOOKAHEAD:
            break
        if (named is not None and j <= named) or NOTE_LINE.match(line) or _note_of_figures(line):
            continue  # (``Bron: VDAB 2023``, ``cijfers op 30 juni 2022`` under the header: a note's line, no row, no header)
        listed = _period_list(line)
        if listed and has_numeric_tail(listed[0]):
            listed = None  # counts end the line (``-25 jaar 1 1900``): a row, the last looks like a year
        short = listed is not None and len(listed[0].split()) <= 3
        if listed and short and not single and len(listed[1]) == len(tokens) and [t.label for t in listed[1]] != [t.label for t in tokens] \
                and not (not head.strip() and header_worded(line)):
            listed = None  # a row whose counts look like years (``Man 1900``), not a header — but under a line of
            # periods alone, a line whose first word names the rows (``2022 2023`` / ``Opleiding 2021 2022``) is the
            # header the rows stand under (the line above: :func:`_below_periods_above`)
        if listed and single and not lead and len(listed[1]) == 1 and len(listed[0].split()) <= 3 \
                and not any(mark in listed[0] for mark in APOSTROPHES) and not (texts == 1 and _year_of_months_above(lines, k, listed)):
            listed = None  # one count under ``Aantal`` that looks like a year (under a sentence: the next header's period;
            # a header's ``OKOT’(s) 2022``, any apostrophe, is the period's)
        if listed and lead and len(listed[1]) == 1 and label_kind(listed[0]) is not None:
            listed = None  # a sector's, a province's, a category's one count that looks like a year (``Zorg 2000``)
        if listed and short and not single and len(listed[1]) == len(tokens) and not _header_words(listed[0], text) \
                and not (not head.strip() and header_worded(line)):
            listed = None  # a row whose counts equal the years (``Man 2015`` under ``Geslacht 2015``)
        if CODE_LINE.match(line) or listed or _prose_start(line):
            return None  # a table of codes (read as such), another header, or prose
        if _PROSE_CLAUSE.search(line):
            return None
        bare = without_glued_province(line)  # (``met 6 37 Antwerpen``: its block's province glued after it)
        if _row_like(bare):
            first = _first_row(lines, (named or k) + 1, j)
            tail = numeric_tail(bare)[1]
            wide = len(across.names) if across is not None else 1  # (one count per category named)
            label = " ".join([*lines[first:j], bare[: tail[-min(wide, len(tail))].start()]])
            if single and len(tail) != wide and unproven_label_numbers(label):
                return None  # under one column, one count (``… fase 1- 2 24``: the label's 2, the count 24)
            if else_kind is not None and first == j and label_kind(label) == else_kind:
                return None  # ``Zorg 2000`` over ``Onderwijs 1500``: two rows of one kind, no header over a row
            if lead and (
                first != j or len(tail) != 1 or _BULLET.match(line) or _POINTED.search(label)
                or (tail[0].group()[:1] == "0" and len(tail[0].group()) > 1)
                or (_LONE_YEAR.fullmatch(tail[0].group()) and YEAR.search(label))
            ):
                # a sentence leading into rows: the first row right below it, one count — no list's
                # item, no reference (``vraag 12``, ``artikel 5``), no number with a leading zero, no
                # header whose last period looks like a count (``Opleiding Q1 2023 Q2 2023 Q3 2023``)
                return None
            return first
        if lead:
            return None  # a line leading into another header (``Opleiding Aantal``), or into prose
        if j == k + 1 and sector_name(line):
            continue  # the first block's name (``Zorg``), then its first row
        if not single and _plain_header(lines, j) is not None:
            return None  # a caption that names the period (``Cijfers 2021``) over the header (``Opleiding Aantal``)
        seen += 1  # a line of the first row's label, wrapped over up to NAME_LOOKAHEAD lines
        if seen > NAME_LOOKAHEAD or len(fold(line)) > 120 or (
            line.rstrip().endswith((".", "?", "!", ":")) and not (j == k + 1 and _block_name(line, True))
            and not _name_goes_on_below(line, lines[j + 1] if j + 1 < len(lines) else "")
        ):  # (the first block's name may end in a colon: ``Mannen:``; so may a name's line: ``onderwijs:``)
            return None
    return None


#: A caption that names the one period of the figures below it in a note's words and nothing
#: else (``Cijfers 2021``, ``Gegevens OKOT 2021``): a header of one period, as ``Stand 2021`` is.
_FIGURES_CAPTION = re.compile(r"(?i)\s*(?:cijfers|gegevens)(?:\s+(?!voorl|tot\b)[^\W\d_]+){0,2}\s+(?:19|20)\d\d\s*$")
#: A year, alone: four digits 19xx or 20xx (no thousands' separator, as a count of two
#: thousand would print).
_LONE_YEAR = re.compile(r"(?:19|20)\d\d")


def _titles_years(header: str, region: Region) -> bool:
    """Whether a region found under a header of one period (`header`: a label and a year) is a
    list of documents, dates or references with their years, no table of counts: the header
    and every row each a label and a lone year (:data:`_LONE_YEAR`) as its only figure, no
    total, the rows' labels no province, sector or category of persons, the header's words no
    name of a column that keys counts (:data:`~okot_audit.patterns.KEY_COLUMN_WORD`;
    ``Jaarverslag 2021`` / ``Rapport 2022``: a title's year). Under ``Opleiding 2021`` a row
    ``Zorg 2000`` counts two thousand."""
    found = _periods_ending(header)
    if found is None or len(found[1]) != 1 or found[1][0].is_total or not found[0].strip():
        return False
    if not _LONE_YEAR.fullmatch(header.rstrip().rsplit(None, 1)[-1]):
        return False
    if any(KEY_COLUMN_WORD.match(word) for word in found[0].split()):
        return False
    rows = [item for item in region.items if item.kind != "junk"]
    return bool(rows) and all(
        item.kind == "row" and len(item.texts) == 1 and not item.code and title_year(item.texts[0]) for item in rows
    )


def _one_count_label(text: str) -> str:
    """The label of `text` where it is a label and one figure (``Antwerpen 2000``), else ``""``."""
    label, tail = numeric_tail(text.strip())
    return label.strip() if len(tail) == 1 else ""


def label_kind(label: str) -> str | None:
    """What kind of row `label` names whole: ``province``, ``sector``, or the attribute of a
    category of persons (``age``, ``gender``, …); None for any other label."""
    if province_name(label):
        return "province"
    if sector_name(label):
        return "sector"
    return partition_of(label)


#: A line that ends in a short label, a colon and one figure (``Zorg: 40``), in a text joined
#: (:func:`~okot_audit.parse.scan.joined`): the quick look of :func:`kind_colons`.
_COLON_ROW = re.compile(r"^[ \t]*([^\W\d_][^:;,.\n]{0,38}):(?:[ \t]+\d[\d.]*)+[ \t]*$", re.M)


def kind_colons(lines: tuple[str, ...]) -> tuple[str, ...]:
    """`lines` with the colon after a row's label taken off where the label is a sector, a
    province or a category of persons and figures follow (``Zorg: 40``, ``Antwerpen: 577``,
    ``Vrouwen: 25``: a list of counts as a sentence leads into it) — a space in its place, the
    figure where it stood — a name that opens with its capital, as a list's item does. Other
    labels before a colon (``Bel ons: 1700``, ``Vraag: 12``) stay: a sentence's words, no row's."""
    text = joined(lines)
    if text is None or ":" not in text:
        return lines
    out: list[str] | None = None
    # (each line that holds a colon matched on its own: a match of the whole text lies within a
    # line, from its start; the whole text's search tried the pattern at every character)
    for index, line in enumerate(lines):
        if ":" not in line or (match := _COLON_ROW.match(line)) is None:
            continue
        if not match.group(1)[0].isupper() or label_kind(match.group(1).strip()) is None:
            continue  # (a label's last line wrapped, ``onderwijs: 15 23 44``, keeps its words as printed)
        if out is None:
            out = list(lines)
        at = match.end(1)
        out[index] = line[:at] + " " + line[at + 1:]
    return tuple(out) if out is not None else lines


def title_year(text: str) -> bool:
    """Whether line `text` is a label and a lone year (:data:`_LONE_YEAR`) as its only figure,
    the label no province, sector or category of persons (``Jaarverslag 2021``, ``Rapport
    2022``): an item of a list of documents or dates, when no header of counts stands over it."""
    label, tail = numeric_tail(text.strip())
    if len(tail) != 1 or not _LONE_YEAR.fullmatch(tail[0].group()):
        return False
    label = label.strip()
    return bool(label) and not (province_name(label) or sector_name(label) or partition_of(label))


def _leads_in(lines: tuple[str, ...], k: int) -> bool:
    """Whether line k (ending in a colon) ends a sentence that leads into rows of one count
    (:func:`~okot_audit.parse.context.lead_in`) and names one period at most — the sentence
    begun on the lines right above it, wrapped (``Hieronder het aantal cursisten dat in 2021``
    / ``een OKOT startte, per sector:``). Two periods named: which the rows count is not told."""
    sentence = _lead_sentence(lines, k)
    if not lead_in(sentence) or len(set(years_named(sentence))) > 1:
        return False
    # it names the rows' period (a sentence that names none — ``Zie de vragen:`` / ``vraag 12`` —
    # leads into references as often as into counts); a block's head (``Zorg 2021:``) is no sentence
    return YEAR.search(sentence) is not None and not _block_name(sentence[:-1], True)


#: Where a sentence ends and the next begins, inside a line.
_NEXT_SENTENCE = re.compile(r"(?<=[.?!])\s+(?=[^\W\d_])")


def _lead_sentence(lines: tuple[str, ...], k: int) -> str:
    """Line k with the lines of its paragraph right above it that its sentence began on (three
    at most; not past a sentence's end, a blank line, a line ending in a count, or the line
    that opens a numbered item; not above a line that opens with a capital, a new sentence's)."""
    parts = [lines[k].strip()]
    for j in range(k - 1, max(k - 4, -1), -1):
        above = lines[j].strip()
        if not above or parts[0][:1].isupper() or NUMBERED.match(parts[0]) or above.endswith((".", "?", "!", ":", ";")) or (
            above[-1].isdigit() and not YEAR.fullmatch(above.rsplit(None, 1)[-1])
        ):
            break
        parts.insert(0, above)
        if NUMBERED.match(lines[j]) or _NEXT_SENTENCE.search(above):
            break
    return _NEXT_SENTENCE.split(" ".join(parts))[-1]


#: A label's last word that points at a number, no count after it (``vraag 12``, ``nr. 12``, ``p. 3``).
_POINTED = re.compile(r"(?:^|\s)(?:vraag|vragen|nr\.?|nummer|artikel|art\.|pagina|p\.|blz\.|tabel|bijlage|punt|hoofdstuk)\s*$", re.I)
#: A list's item mark opening a line (``- zorg 40``, ``• zorg 40``): a sentence's list, no table's row.
_BULLET = re.compile(r"\s*[-\u2013\u2022*]\s")


def _period_in_words(end: str, lead: bool) -> bool:
    """Whether `end` (a header's line that holds figures and lists no periods) is a header of
    one column of counts with its one period written among its words (``Opleiding Aantal
    (2021)``, ``2021: Aantal``, ``Stand 2021 Opleiding Aantal``:
    :func:`~okot_audit.parse.context.written_period`), or — `lead` — a sentence leading into
    rows of one count (:func:`_leads_in`)."""
    if lead:
        return True  # (its period, if it names one, read with the table: parse._read_table)
    written = written_period(end)
    if written is None:
        return False
    words = written[0].split()
    # (its one column named by what it counts: ``Aantal``, ``Aantal cursisten``, ``Gestart``)
    return len(words) <= 8 and (
        words[-1].lower().strip("()") in COLUMN_WORDS or named_count_column(written[0])
        or (len(words) >= 2 and words[-1][:1].isupper() and ends_in_measure(written[0]))
    )


def _month_over_its_year(above: str, text: str) -> str | None:
    """The header's words of line `above` where it ends in one month's name and line `text` below
    it holds that month's year alone (``Provincie november`` / ``2023``: pdfplumber's text of a
    period's label wrapped in a narrow cell) — in laid-out text the year under the month's name —
    else None: one period, ``november 2023``, whose header's words are those before the month."""
    year = text.strip()
    if len(year) > 8 or not _LONE_YEAR_CELL.fullmatch(year):
        return None
    words = above.split()
    if len(words) < 2 or month_number(words[-1].rstrip(".*")) is None or month_number(words[-2].rstrip(".*")) is not None:
        return None
    at = above.rstrip().rfind(words[-1])
    start = len(text) - len(text.lstrip())
    if "  " in above.strip() and not (at <= start + len(year) and start <= at + len(words[-1])):
        return None  # (laid out: the year stands under another column than the month)
    return " ".join(words[:-1])


#: A year alone, perhaps with its footnote's mark (``2023``, ``2023*``).
_LONE_YEAR_CELL = re.compile(r"(?:19|20)\d{2}\**")


def _periods_before(above: str, dated: list[str]) -> bool:
    """Whether line `above` holds periods alone (no words), two or more, each before the one
    period `dated` of the line below it: the header's periods, the last one's cell wrapped
    onto a line of its own."""
    found = _period_list(above)
    if found is None or found[0].strip() or len(found[1]) < 2 or len(dated) != 1:
        return False
    labels = [t.label for t in found[1] if not t.is_total]
    return len(labels) == len(found[1]) and labels == sorted(set(labels)) and labels[-1] < dated[0]


#: A clause of prose: a comma and then a word in lower case (``opleidingen, terwijl er …``).
_PROSE_CLAUSE = re.compile(r",\s+[a-zé]")
#: What a header's last character may be besides a period's digit: a footnote star, or the last
#: letter of a column word (``Aantal``, ``Totaal``, ``Som``) in either case.
_HEADER_LAST = frozenset("*)" + "".join(word[-1] + word[-1].upper() for word in COLUMN_WORDS))  # ``)``: ``2022 (voorlopig)``


def _first_row(lines: tuple[str, ...], start: int, row_end: int) -> int:
    """The 0-based first line of the first row: its label may begin on lines above its numbers,
    but not on a line that only names what the table counts (``Aantal cursisten`` under the
    periods): that line is the header's; nor on a note's (``Bron: VDAB``)."""
    k = row_end
    while k - 1 >= start and lines[k - 1].strip() and not _unit_line(lines[k - 1]) and not NOTE_LINE.match(lines[k - 1]):
        k -= 1
    return k


def _names_below(lines: tuple[str, ...], k: int) -> bool:
    """Whether a line below header line k names the columns under each of its periods."""
    return _names_at(lines, k) is not None


def _names_at(lines: tuple[str, ...], k: int) -> int | None:
    """The 0-based line that names the columns under each period of header line k (``Provincie
    2021 2022`` / ``gestart geslaagd gestart geslaagd``): the next line — or the one after,
    where the header's first cell, set in the middle of the header's lines, stands alone
    between them (``2021  2022`` / ``Provincie`` / ``gestart  geslaagd …``); else None."""
    found = _period_list(lines[k]) if k + 1 < len(lines) and lines[k + 1].strip() else None
    if found is None:
        return None
    j = k + 2 if not found[0].strip() and _lone_row_key(lines[k + 1]) and k + 2 < len(lines) else k + 1
    return j if _names_line(list(found[1]), found[0], lines[j], j + 1) is not None else None


def _lone_row_key(text: str) -> bool:
    """Whether `text` is only the word a header's first cell names its rows with (``Provincie``)."""
    words = text.split()
    return len(words) == 1 and _ROW_KEY.match(words[0]) is not None


def _names_line(tokens: list[PeriodToken], head: str, text: str, line: int) -> SubColumns | None:
    """The columns under each period of `tokens` that `text`, the header line below them,
    names (:func:`~okot_audit.parse.subcolumns.names_below`) — also where the header's first
    cell, set in the middle of its two lines, stands on this line and not the periods' (`head`
    empty): ``2019-2020  2019-2020`` / ``Opleiding  geslaagd  gestopt``."""
    # under a caption's one period (``Cijfers 2022``): a header that names its rows and categories
    # or measures as its columns (``Provincie Man Vrouw Totaal``, ``Opleiding Ingeschreven Gestart
    # Uitgestroomd``) — its rows' name no column's, as names under each period would take it
    found = named_columns(text, line) if len(tokens) == 1 else None
    if found is None:
        found = names_below(tokens, text, line)
    first = text.split(None, 1)
    keyed = len(first) == 2 and _ROW_KEY.match(first[0]) is not None
    if found is not None and keyed and found.names[0] == first[0] and head.strip():
        # the rows' column named first (``Opleiding Inschrijvingen`` under a caption's ``… in
        # 2021``): no column under the period, whose columns are the names after it, if any
        at = text.index(first[0]) + len(first[0])
        return names_below(tokens, " " * at + text[at:], line)
    if found is not None or head.strip():
        return found
    if not keyed:
        return None
    at = text.index(first[0]) + len(first[0])
    return names_below(tokens, " " * at + text[at:], line)  # (the names where they stand)


def _unit_line(text: str) -> bool:
    """Whether `text` is only the name of what a table counts (``Aantal cursisten``,
    ``Unieke cursisten``, ``Inschrijvingen``) or of the attribute its rows are values of
    (``Geslacht``, ``Scholingsniveau``): a header's line, never a row's label."""
    return COUNT_COLUMN.match(text.strip()) is not None or ATTRIBUTE_NAME.match(text) is not None


def _attribute_changes(region: Region) -> int | None:
    """The index among `region`'s items of a total line that closes category rows of one
    attribute of a person when the rows below it are categories of another (``-25 jaar`` …
    ``Totaal``, then ``Man`` / ``Vrouw`` … ``Totaal``: a profile of persons whose blocks name no
    attribute above them), or are of the same attribute under a line that names a category of
    another (``Mannen`` / ``-25 jaar`` … ``Totaal``, ``Vrouwen`` / ``-25 jaar`` … ``Totaal``: a
    block per gender); else None. Each block is a table of its own under the same header."""
    if region.keyed or region.keys is not None:
        return None
    above: set[str] = set()
    for i, item in enumerate(region.items):
        if item.kind == "row":
            above.add(_row_kind(item))
        elif (item.kind == "total" or (item.kind == "subtotal" and not (item.province or item.sector or item.opens))) and above:
            kinds = above - {"unknown"}
            if len(kinds) != 1 or kinds & {"other", "code", "province", "sector"} or i + 2 >= len(region.items):
                return None
            after = region.items[i + 1]
            head = _category_head(after)
            first = region.items[i + 2] if head else after
            if first.kind != "row":
                return None
            below = _row_kind(first)
            if below in ("unknown", "other", "code", "province", "sector") or (head is None and below in kinds):
                return None
            return i if head is None or head not in kinds | {below} else None
        elif item.kind != "junk":
            return None
    return None


def _category_head(item: Item) -> str | None:
    """The attribute of the category a line alone names (``Vrouwen``, ``Vrouwen:`` → ``gender``),
    or None."""
    if item.kind != "junk" or len(item.texts) != 1 or has_numeric_tail(item.texts[0]):
        return None
    found = partition_of(fold(_head_text(item.texts[0])))
    return found if found != "unknown" else None


def _next_block(lines: tuple[str, ...], region: Region) -> int | None:
    """The 0-based line of an attribute's name (``Scholingsniveau``) that opens the next block
    of category rows under `region`'s header, right after `region` closed with its total (a
    profile of persons by gender, by education, … under one ``Kenmerk  Aantal``); else None."""
    if region.keyed or not region.items or region.items[-1].kind != "total":
        return None
    j = region.end
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j + 1 >= len(lines) or not ATTRIBUTE_NAME.match(lines[j]):
        return None
    below = next((k for k in range(j + 1, min(j + 3, len(lines))) if lines[k].strip()), None)
    return j if below is not None and _row_like(lines[below]) else None


def _row_like(text: str) -> bool:
    """Label words and then numbers, as a row of a table prints (not a sentence of prose): its
    label no longer than :data:`_LABEL_LENGTH` characters, the spaces laid-out text pads it
    with aside (a PDF's line: the name's column far from the margin, its figures farther)."""
    if not has_numeric_tail(text):
        return False
    head, tail = numeric_tail(text)
    ending = head.rstrip()
    sentence = ending.endswith((":", "?", "!")) or (ending.endswith(".") and not _ABBREVIATION.search(ending))
    return not sentence and len(tail) <= 40 and (len(head) <= _LABEL_LENGTH or len(" ".join(head.split())) <= _LABEL_LENGTH)


#: The longest label of a row (a longer text before numbers is a sentence of prose).
_LABEL_LENGTH = 150


#: A label that ends in an abbreviation's full stop (``West-Vl.``, ``Prov. Limb.``), not a sentence's.
_ABBREVIATION = re.compile(r"(?:^|[^\w])[A-Za-z]{1,4}\.$")


def _cell_wrapped(
    lines: tuple[str, ...], header_idx: list[int], at: int, found: tuple[str, list[PeriodToken]],
) -> tuple[str, list[PeriodToken]] | None:
    """The periods of a single-spaced header whose last period's cell wrapped over lines, its
    year alone on the last (``Opleiding 2021 2022 2023 1e`` / ``semester`` / ``2024``, as pypdf
    and pdfplumber print a narrow cell): the header's lines down to line `at` read as one, when
    that gives more periods than line `at` alone (`found`), ending in them; else None. Nor
    where a line above ends in month names (``december`` / ``Provincie Totaal`` / ``2018*``,
    pdfplumber's text of a month label's cell wrapped around the line of the cells beside it;
    ``Opleiding juli 2020 augustus Totaal`` / ``2020``, August's year wrapped below):
    read as one line, the month would stay among the header's words and the total's column
    come before the year it totals; the month and its year are one label
    (:func:`~okot_audit.parse.context.wrapped_period_list`)."""
    if len(found[1]) != 1 or found[0].strip() or "  " in lines[at].strip():
        return None
    if any(_month_names_end(lines[j]) for j in header_idx if j < at):
        return None  # (``Opleiding juli 2020 augustus Totaal`` / ``2020``: August's year below)
    joined = " ".join(lines[j].strip() for j in header_idx if j <= at)
    whole = _period_list(joined)
    if whole is None or len(whole[1]) <= 1 or whole[1][-1].label != found[1][0].label or not whole[0].strip():
        return None
    return whole


def _with_wrapped_periods(lines: tuple[str, ...], header_idx: list[int], at: int, tokens: list[PeriodToken]) -> list[PeriodToken]:
    """`tokens`, the periods of header line `at`, with those of the header's other lines that
    hold periods alone — in single-spaced text, a period's cell wrapped over two lines
    (``2022 (voorlopig)``) leaves its year on a line of its own, above the header's line
    (pdfplumber: the cell's first line stands higher) or below it (pypdf) — in the order of
    time, as the columns run. Laid-out text (cells two spaces apart) places each by position:
    left as it is."""
    if "  " in lines[at].strip():
        return tokens
    extra: list[PeriodToken] = []
    named = bool((_period_list(lines[at]) or ("", []))[0].strip())  # the line of `tokens` has the header's words
    for j in header_idx:
        found = _period_list(lines[j]) if j != at else None
        if found is None:
            continue
        if found[0].strip():
            if named:
                return tokens  # two lines of words and periods: no cell of one wrapped
            named = True
        extra.extend(found[1])
    total = tokens[-1:] if tokens and tokens[-1].is_total else []  # (the header's last column: it stays last)
    if not extra or any(t.is_total or is_subtotal_column(t.label) for t in tokens[:len(tokens) - len(total)] + extra):
        return tokens  # (a subtotal column's place is its line's, no year's: the order of time does not place it)
    merged = sorted(tokens[:len(tokens) - len(total)] + extra, key=lambda t: t.label)
    # each a year of its own (a year of the months above, ``oktober`` / ``2020``, is no column)
    return merged + total if len({t.label[:4] for t in merged}) == len(merged) else tokens


def _one_period_in_prose(found: tuple[str, list[PeriodToken]]) -> bool:
    """Whether a line's one period ends a sentence that names another year before it (``… per
    provincie in 2022 en 2023``): prose — an answer's title or a caption over a table's header —
    not a header's list of periods (which prints each period as a cell of its own)."""
    head, tokens = found
    return len(tokens) == 1 and A_YEAR.search(head) is not None and len(head.split()) > 3


def _scan_region(
    lines: tuple[str, ...], header_idx: list[int], first_row: int, keyed: bool = True,
    pages: Sequence[int | None] | None = None, every_break: bool = True, assembled: bool = False,
    furniture: frozenset[int] = frozenset(), dashed: frozenset[int] = frozenset(), printed: Mapping[int, str] | None = None,
    *, footnotes: BracketedNotes, positional: bool = False,
) -> Region:
    header_text = fold(" ".join(lines[i] for i in header_idx if not _MARKS_ALONE.fullmatch(lines[i])))
    period_tokens: list[PeriodToken] = []
    period_line = None
    columns = None
    detached: tuple[str, ...] = ()
    for i in reversed(header_idx):  # periods and the columns under each in one line (a PDF's cells)
        both = periods_and_names(lines[i], i + 1) if PERIOD_THEN_WORD.search(lines[i]) else None
        if both is not None:
            period_tokens, columns = both
            period_line = i + 1
            break
    for i in reversed(header_idx if columns is None else ()):
        found = _period_list(lines[i])
        over = names_above(lines[i - 1], lines[i], found[1], i) if found and i - 1 in header_idx and (
            repeated_block(found[1]) > 1 or each_period_once(list(found[1])) is not None
        ) else None  # (the periods once per name above them: ``gestart geslaagd`` / ``2021 2022 2021 2022``;
        # or the names once per period, each period printed once per name: ``2022 2022 2023 2023``)
        if over is not None and found and _months_over_their_years([lines[j] for j in header_idx if j < i], lines[i], found[1]):
            over = None
        if over is not None:
            period_tokens, columns = over
            period_line = i + 1
            break
        if found is not None and i - 1 in header_idx:
            found = _cell_wrapped(lines, header_idx, i, found) or _periods_wrapped(lines[i - 1], found) or wrapped_period_list(
                [lines[j] for j in header_idx if j < i], lines[i])  # (month labels wrapped in their cells)
        if found is not None and i != header_idx[-1] and _one_period_in_prose(found):
            found = None  # (a title over a caption: ``… per provincie in 2022 en 2023``, no header's period)
        if found is None and _ends_in_month(lines[i]):
            # (no line of their years below; perhaps one above: ``2021`` / ``Sector jan. feb. mrt.``)
            found = months_only(lines[i], after_dated=i == header_idx[-1], years=lines[i - 1] if i - 1 in header_idx else None)
        if found:
            period_tokens, period_line = found[1], i + 1
            below = lines[i + 1].strip() if i + 1 in header_idx else ""
            if _MARKS_ALONE.fullmatch(below) and i + 2 in header_idx:
                below = lines[i + 2].strip()  # (a wrapped cell's mark between: ``2022-2023`` / ``*`` / ``Totaal``)
            mark_before = None
            if below[:1] == "*" and (apart := _MARK_THEN_WORD.fullmatch(below)) is not None and TOTAL_COLUMN.match(apart.group(2)):
                # (a wrapped cell's mark on the total column's line: ``2022-2023`` / ``* Totaal``,
                # whose period the footnote tells)
                mark_before, below = apart.group(1), apart.group(2)
            if period_tokens and not period_tokens[-1].is_total and TOTAL_COLUMN.match(below):
                # a total column's word on a line of its own below the wrapped labels (``juni`` /
                # ``2019*`` / ``Totaal``): the header's last column
                period_tokens = [*period_tokens, PeriodToken("Totaal", "*" * below.count("*"), 0, len(below))]
                if mark_before is not None:
                    detached = (*detached, mark_before)
            with_wrapped = _with_wrapped_periods(lines, header_idx, i, period_tokens)
            if len(with_wrapped) > len(period_tokens):  # (a mark a space off its period there may be the wrapped cell's)
                with_wrapped, moved = _detached_marks(lines[i], period_tokens, with_wrapped)
                detached = (*detached, *moved)
            period_tokens = with_wrapped
            below_names = next((j for j in header_idx if j > i and not _lone_row_key(lines[j])), None)
            if below_names is not None:  # the columns under each period named on the line below
                columns = _names_line(period_tokens, found[0], lines[below_names], below_names + 1)
                if columns is not None:  # (each period once, where its cells printed it per column)
                    period_tokens = each_period_once(period_tokens) or period_tokens
            break
    loose: tuple[str, ...] = detached
    unplaced = None
    if period_tokens and period_line is not None and period_line < len(lines):
        if _MARKS_ALONE.fullmatch(lines[period_line]):
            period_tokens, loose = _marks_below(lines[period_line], period_tokens)
        elif lines[period_line][:1] in " (" and lines[period_line].lstrip()[:1] == "(":
            placed = (_note_below if lines[period_line][:1] == " " else _note_after_its_period)(
                lines, period_line, period_tokens)
            if placed == period_tokens and (note := _bracket_note_at(lines, period_line)) is not None:
                placed = _provisional_note_to_latest(note, period_tokens)
                if placed == period_tokens:
                    unplaced = (period_line + 1, note)  # (whose it is, no place says: the reader is told)
            period_tokens = placed
    if columns is None and not period_tokens:
        for i in reversed(header_idx):  # categories named as the columns, no period: one the prose or a caption names
            columns = named_columns(lines[i], i + 1)
            if columns is not None:
                # pieces of its names wrapped in their cells below it (``jaar``), read as no row
                pieces = _name_pieces_below(lines, i)
                if pieces and (mended := with_wrapped_pieces(columns, [lines[j] for j in pieces])) != columns:
                    columns, first_row = mended, max(first_row, pieces[-1] + 1)
                break
    repeats = {fold(lines[i]).lower() for i in header_idx}
    repeat_starts = {text[:1] for text in repeats}
    labels = [t.label for t in period_tokens] or None
    captions = _captions_above(lines, header_idx)
    # (how many figures a full row holds: one per column, several under each period)
    width = [f"{p} {q}" for p, q in columns.columns] if columns is not None else labels

    items: list[Item] = []
    head = first_row - 1  # (a province on its own line between the header and the first row heads its block)
    heads = range(header_idx[-1] + 1, head + 1) if keyed and header_idx else range(0)
    if heads and all(_block_name(lines[j], keyed) for j in heads):
        for j in heads:  # (the first block's heads, right above its first row: ``Antwerpen`` / ``Zorg``)
            if (name := province_name(lines[j])) is not None:
                items.append(Item("province", [j + 1], province=name, texts=[lines[j]]))
            elif (sector := head_sector(lines[j])) is not None:
                items.append(Item("sector", [j + 1], sector=sector, texts=[lines[j]]))
            else:
                items.append(Item("junk", [j + 1], texts=[lines[j]]))  # (a category: :func:`_open_category_heads`)
    whole_rows = _WholeRows(items)
    repeated: list[int] = []  # 1-based lines of the header repeated after page breaks
    notes: list[int] = []  # 1-based lines of notes among its rows (:attr:`Region.notes`)
    row: Item | None = None
    pending: list[int] = []  # label lines of a row without code whose numbers come below
    blank_since_row = False
    closed = False
    subtotals = 0
    k = first_row
    end = first_row
    n = len(lines)
    style = _row_style(lines, first_row) if keyed else "last"
    code_lines = _code_lines(lines)
    spoken = f" {header_text.lower()} "
    spoken_words = frozenset(spoken.split())

    def repeat(text: str) -> bool:
        """The header repeated after a page break (maybe only its line of periods, or a piece of
        its words wrapped otherwise on the new page: ``Unieke cursisten met uitgevoerde,``)."""
        words = text.split()
        if not words:
            return False
        first = words[0].lower()
        if first in spoken_words or first[:1] in repeat_starts:
            folded = " ".join(words).lower()
            if folded in repeats or (
                len(words) >= 2 and not has_numeric_tail(folded) and f" {folded} " in spoken
            ):
                return True
        listed = (_period_list(text) or (months_only(text) if _ends_in_month(text) else None)) if labels else None
        if listed and columns is not None:  # (each period printed once per column under it)
            listed = (listed[0], each_period_once(list(listed[1])) or listed[1])
        if columns is not None and not listed and not CODE_LINE.match(text):
            return _columns_again(text, period_tokens, columns)
        return bool(
            listed and [t.label for t in listed[1]] == labels and not CODE_LINE.match(text)
            and (_header_words(listed[0], header_text) or fold(listed[0]).lower() in captions)
        )

    header_words = Counter(spoken.split())
    rewrapped: dict[int, int | None] = {}  # first line → last line of the header wrapped otherwise

    def rewrapped_from(j: int) -> int | None:
        """The last of the lines from j on that together print the header's words, each as often
        as the header does: the header repeated on a page the extractor laid out otherwise, its
        cells wrapped at other words (``augustus september …`` / ``Opleiding juli 2019 2019 …``
        under a header read as one line, ``Opleiding juli 2019 augustus 2019 …``). None if
        they do not."""
        if j not in rewrapped:
            rewrapped[j] = None
            words: Counter[str] = Counter()
            for m in range(j, min(n, j + len(header_idx) + 3)):
                more = lines[m].lower().split()
                if not more:
                    continue
                words.update(more)
                if words - header_words:  # a word the header has not, or more often
                    break
                if words == header_words:
                    rewrapped[j] = m
                    break
        return rewrapped[j]

    def rewrapped_at(j: int) -> bool:
        """Whether line j is one of the lines of the header wrapped otherwise (two lines or more)."""
        if lines[j].lower().split()[0] not in header_words:  # (a row's line: at once)
            return False
        return any(
            (last := rewrapped_from(i)) is not None and last > i and j <= last
            for i in range(max(first_row, j - len(header_idx) - 2), j + 1)
        )

    def another_table(j: int) -> bool:
        """Whether the header printed again on line j heads another table: where every page
        break is known (a PDF), when it stands on the header's own page; else, where no break is
        known between the table's last line and it (an extractor's form feed), when what stands
        around it says the table above has ended (:func:`_heads_next_table`)."""
        if continues_below(j):
            return False  # (``Tabel 1 (vervolg)`` right above it: the caption says the table goes on)
        if pages and every_break:
            return bool(header_idx) and pages[j] == pages[header_idx[-1]]
        if pages and items and pages[j] != pages[items[-1].lines[-1] - 1]:
            return False  # (a form feed: a page break, the header repeated at the new page's top)
        above = fold(lines[header_idx[0] - 1]) if header_idx and header_idx[0] > 0 else ""
        return _heads_next_table(lines, j, items, repeat, keyed, [lines[i] for i in pending], above)

    def printed_again(j: int) -> bool:
        """Whether line j prints the header again: its own lines, or its words wrapped otherwise
        (:func:`rewrapped_at`)."""
        return repeat(lines[j]) or bool(header_idx and lines[j].strip() and rewrapped_at(j))

    def continued_above(j: int) -> bool:
        """Whether line j is a caption that says the table goes on (``(vervolg)``, ``Vervolg
        tabel 1``: one number at most) right above the header printed again."""
        if not _continuation_caption(lines[j]):
            return False
        below = next((i for i in range(j + 1, n) if lines[i].strip()), None)
        return below is not None and printed_again(below)

    def continues_below(j: int) -> bool:
        """Whether the nearest line above line j that holds text is a caption that says the table
        goes on (``Tabel 1 (vervolg)``, ``Vervolg tabel 1``: one number at most): the header
        printed again below it heads the same table, on the header's own page too."""
        above = next((i for i in range(j - 1, first_row - 1, -1) if lines[i].strip()), None)
        return above is not None and _continuation_caption(lines[above])

    def repeat_at(j: int) -> bool:
        """Whether line j repeats the header after a page break (and heads no other table)."""
        return printed_again(j) and not another_table(j)

    while k < n:
        text = lines[k]
        stripped = text.strip()
        if not stripped:
            blank_since_row = True
            k += 1
            continue
        if stripped[0] in "xX" and X_MARKS_ALONE.fullmatch(stripped) and not pending and (row is None or row.complete):
            # ``xx`` alone between rows (under a total line, over a row whose name wraps): a blank
            # cell's mark, no word of a name — no piece of the row above or below it, nor a number
            k += 1
            end = k
            continue
        if not keyed and row is not None and not closed and (
                blank_since_row and _prose_paragraph(lines, k) or _numbered_sentence(text)):
            break  # a paragraph of prose below the rows of a table without a total line
        if closed and items and all(i.kind == "total" for i in items) and (
                blank_since_row and _prose_paragraph(lines, k) or _numbered_sentence(text)):
            # a paragraph of prose below a table of its total alone (``2021 2022`` / ``Totaal 603
            # 30``), or the next numbered item's sentence right below it in laid-out text, which
            # keeps no blank line between them (``2. Hieronder … De cijfers voor 2018``: its year
            # no figure of the table)
            break
        code = code_lines.get(k)
        if code is None and printed_again(k):
            if another_table(k):  # the same header over the next table
                while items and items[-1].kind == "junk" and not any(ch.isdigit() for t in items[-1].texts for ch in t):
                    items.pop()  # (the words right above it are its caption)
                pending = []
                end = items[-1].lines[-1] if items else end
                break
            repeated.append(k + 1)
            k += 1  # a header repeated after a page break
            end = k
            continue
        if code is None and labels and (opening := _head_over_repeat(text, k + 1, labels, items, keyed)) is not None:
            # ``Totaal Antwerpen 19 24`` / ``Oost-Vlaanderen 2020 2021``: the next block's name and
            # the header's periods printed again on one line — the block's head, no next table
            items.append(opening)
            row = None
            k += 1
            end = k
            continue
        if code is None and continued_above(k):  # ``Tabel 1 (vervolg)`` over the header repeated: no row's line
            items.append(Item("junk", [k + 1], texts=[text]))  # (its number reported, as any caption's)
            k += 1
            end = k
            continue
        if code is None and items and not pending and CONTINUATION_CAPTION.fullmatch(stripped):
            # ``Tabel 1 (vervolg)`` alone between the rows, no header printed again below it: the
            # table's own caption, no first line of the next row's name
            items.append(Item("junk", [k + 1], texts=[text]))  # (its number reported, as any caption's)
            row = None
            k += 1
            end = k
            continue
        caption = _continued_caption(text, labels, header_text) if code is None and labels else None
        if caption is not None:  # ``Tabel 1 (vervolg) Opleiding 2021 2022``: laid-out text joined the two
            items.append(Item("junk", [k + 1], texts=[caption]))  # (its numbers are reported, as on a line of its own)
            repeated.append(k + 1)
            k += 1
            end = k
            continue
        if code is None and items and _next_header(text):
            # ``Provincie 2021 2022`` below the rows: the next table's header, no row counting
            # 2021 — and the words right above it (its caption) are the next table's too
            while items[-1].kind == "junk" and not any(ch.isdigit() for t in items[-1].texts for ch in t):
                items.pop()
                if not items:
                    break
            if items and _caption_naming_period(lines, items[-1]):
                items.pop()  # (``Aantal cursisten naar geslacht in 2018`` over ``Geslacht Aantal``: its caption)
            pending = []
            end = items[-1].lines[-1] if items else end
            break
        if code is None and not pending and (row is None or row.complete) and k in dashed:
            if row is None and not items and _header_cell_mark(lines, k, footnotes):
                k += 1  # (``Opleiding 2021 2022`` / ``(1)`` … ``(1) cijfers op 1 januari``: the header's mark)
                end = k
                continue
            # ``- 2 -`` between whole rows: a page's number by its dashes, one alone (no furniture:
            # :func:`~okot_audit.parse.furniture.page_furniture`) — no row (``-`` is no label), no
            # piece of the next row's name: its number said where it stands
            items.append(Item("junk", [k + 1], texts=[text]))
            row = None
            k += 1
            end = k
            continue
        # (``Zie ook opleiding 903632: Graduaat`` below a row: a row's first line whose code stands
        # after prose, said where its figures are read — never a note's, nor the name's above)
        subset = code is None and row is not None and row.complete and _subset_before_code(text)
        if subset and not blank_since_row and not _subset_figures_below(lines, k, len(width or ())):
            # ``waarvan 903632: Graduaat orthopedagogie -`` below a row, no figure for each column
            # where its name would end: its line alone the subset line, said (never the name's end above)
            items.append(Item("subset", [k + 1], texts=[text]))
            row = None
            k += 1
            end = k
            continue
        if code or (row is not None and row.complete and _prose_before_code(text)) or (
                subset and _subset_figures_below(lines, k, len(width or ()))):
            # (``waarvan 903632: Graduaat orthopedagogie -`` / ``2de jaar 12 10``: a subset line whose
            # name wraps, read as a row's lines are; made the subset it is once read)
            if code and (own := code_cells(lines).get(k)) is not None:  # (``Antwerpen stad 021573: …``: the block's cell)
                _add_cell(items, own, k)
                text = " " * own[0] + text[own[0]:]
            elif code and code.group("province"):
                items.append(Item("province", [k + 1], province=province_name(code.group("province")), texts=[code.group("province")]))
            elif code and code.group("key"):  # (any other block's key on the row's line: its block's head, as a province is)
                items.append(Item("sector", [k + 1], sector=_head_name(code.group("key")), texts=[code.group("key")]))
            row = Item("row", [], code=code.group("code") if code else None, texts=[])  # (_add_line gives it its line)
            items.append(row)
            _add_line(row, k, text, items, lines)
            blank_since_row = False
            k += 1
            end = k
            continue
        if code is None and (row is not None or (bool(items) and items[-1].kind in ("total", "subtotal"))) and (
                _note_between_rows(lines, k, keyed, repeat_at, below_total=row is None,
                                   wraps=row is None or row.complete)):
            # ``(*) cijfers tot 30 juni`` under the row (or the total) it explains, the table going
            # on below it: a footnote, no row's line (below a total or a row whose figures are
            # there, its words may wrap: ``* zonder de cursisten die in een`` / ``andere regio``)
            past = _past_note(lines, k) if row is None or row.complete else k + 1  # (its words may wrap)
            row = None
            notes.extend(range(k + 1, past + 1))
            k = past
            continue
        if code is None and not pending and (row is not None or not items) and (
                _note_of_figures(text) or (row is not None and not row.complete and NOTE_LINE.match(text))) and (
                (row is not None and not row.complete) or _rows_follow(lines, k, keyed, repeat_at, within=1)):
            # ``voorlopige cijfers``, ``cijfers tot eind juni`` under the header, under a row or
            # inside its wrapped label, the table's rows going on below it: words about the
            # figures, no part of any label (a row not yet complete goes on); below the last row,
            # a note under the table (which ends there)
            if row is not None and row.complete:
                row = None
            if text.rstrip()[-1:].isdigit() and not _note_year_last(text):
                items.append(Item("junk", [k + 1], texts=[text]))  # ``zie ook vraag 3``: no label's, its 3 reported
                end = k + 1
            else:
                notes.append(k + 1)
            k += 1
            continue
        if code is None and stripped[0] == "(" and _EMPTY_ITEM_ALONE.fullmatch(stripped):
            # a pivot table's item for the persons whose field is empty, without figures
            # (``(leeg)``): a row of blank cells, no line of the label above it
            row = None
            k += 1
            end = k
            continue
        if GRAND_LINE.match(text) or TOTAL_LINE.match(text) or (
            items and items[-1].kind == "total" and unit_total_line(text)
        ):  # (``Unieke cursisten 68 95`` below ``Totaal inschrijvingen``: a second total, its own unit)
            item, k = _total_item(lines, k)
            if (item.kind == "total" or (item.kind == "subtotal" and not item.province and not item.sector)) and (
                    named := _block_named_below(lines, k, items)) is not None:
                # ``Algemeen totaal  121  144`` / ``Antwerpen``, ``Subtotaal  146  195`` / ``onderwijs``:
                # the closing line's words wrapped below its figures, naming the block its rows are in
                # (its head above them); a province's name broken over lines there (``Oost-`` / ``Vlaanderen``)
                (item.province, item.sector), past = named
                item.kind = "subtotal"
                spanned = [i for i in range(k, past) if lines[i].strip()]
                # (the name whole on its first line, its other lines kept: ``Totaal Oost-Vlaanderen``)
                whole = lines[k] if len(spanned) == 1 else "".join(lines[i].strip() for i in spanned)
                item.suffix.extend([whole, *[""] * (len(spanned) - 1)])
                item.lines.extend(i + 1 for i in spanned)
                k = past
            if item.kind == "total" and not item.suffix and _unit_wrapped_below(lines, k):
                # ``Totaal unieke  671  730`` / ``cursisten`` (/ ``Totaal inschrijvingen …``): the total's
                # words a narrow label column wrapped below its figures, naming what it counts
                item.suffix.append(lines[k])
                item.lines.append(k + 1)
                k += 1
            if item.kind == "total" and not GRAND_LINE.match(text) and (cell := _cell_closed(item, items)) is not None:
                # ``Totaal Antwerpen stad 146`` closing the block whose cell a line of its rows' labels
                # opened with (``Antwerpen stad kleuteronderwijs -``): that block's subtotal
                item.kind, item.sector = "subtotal", cell
            if item.kind == "total" and item.province is None and (subtotals or GRAND_LINE.match(text)):
                item.province = "*"  # the grand total over blocks
            if item.kind == "subtotal" and (item.province or item.sector):
                subtotals += 1  # (a subtotal that names no block, ``Subtotaal``, closes none: see below)
            items.append(item)
            row = None
            pending = []
            end = k
            if item.kind == "total" and not GRAND_LINE.match(text) and (
                    opened := _bare_total_closes_head(lines, item.lines[0] - 1, k, items)) is not None:
                # ``Man`` / rows / ``Totaal`` / ``Vrouw`` / rows / ``Totaal`` / ``Eindtotaal``:
                # each bare ``Totaal`` closes the block its head line names
                province = province_name(lines[opened])
                item.kind, item.province, item.head = "subtotal", province, opened + 1
                item.sector = None if province else _head_name(lines[opened])
                subtotals += 1
                continue
            if item.kind == "total":
                closed = True
                above = any(i.kind == "row" for i in items)
                if above and not _more_totals(lines, k, repeat):
                    if not _rows_then_total(lines, k, keyed, repeat_at, items):
                        end = _asides_below(lines, k, items, len(width or ()))  # (``waarvan vrouwen``, ``Gemiddelde`` below it)
                        break  # (a total above the rows, ``Vlaanderen`` first, totals the rows below it)
                    # a total over the rows above it, then more rows and a total over both
                    # (``Vlaams Gewest`` over the provinces, ``Brussel``, ``Totaal``): a subtotal
                    item.kind, item.province = "subtotal", None
            continue
        if code is None and not pending and amounts_at_end(text):
            # ``Kostprijs € 1.234,56 € 2.345,00`` among the rows: amounts of money, no row of counts
            items.append(Item("amount", [k + 1], texts=[text]))
            row = None
            k += 1
            end = k
            continue
        counted = keyed and row is not None and _figures_there(row, lines, k, width, style, printed)
        if keyed and style != "first" and row is not None and counted and not blank_since_row and _lost_code_label(lines, k, repeat_at):
            pending.append(k)  # ``Educatieve bachelor voor`` below a complete row: a row whose code was lost
            k += 1
            continue
        if row is not None and not blank_since_row and not pending and (
                _closes_open_range(row, text) or _range_alone_below(row, text)):
            _add_suffix(row, k, text, items, lines)  # ``… fase 1-`` / ``10`` / ``2``: the range's end below the count
            row.lines.append(k + 1)
            k += 1
            end = k
            continue
        rest = _name_rest_below_figures(row, text) if keyed and row is not None and not blank_since_row and not pending else None
        if rest == "name" and _count_or_name(lines, k) and not _names_go_on(items, row, width):
            # ``Se-n-se voor module 7``: the name's digit or a count of a row whose code was lost
            rest = "unclear" if len(width or ()) < 2 else "either"
        if rest == "either":  # (under periods: a row of its own, or the name's end — the totals choose)
            row = Item("row", [k + 1], texts=[text])
            items.append(row)
            k += 1
            end = k
            continue
        if rest == "name" and row is not None:
            _add_suffix(row, k, text, items, lines)  # ``123040: … individueel`` / ``Antwerpen 32`` / ``… voor module 5``
            row.lines.append(k + 1)
            k += 1
            end = k
            continue
        if rest == "unclear":  # ``… voor module 12``: the name's number or a count? Its number reported
            items.append(Item("junk", [k + 1], texts=[text]))
            row = None
            k += 1
            end = k
            continue
        if (
            not keyed and not assembled and row is not None and row.complete and not pending and not blank_since_row
            and _name_goes_on(text) and not _closed_label(whole_rows, text)
        ):
            _add_suffix(row, k, text, items, lines)  # ``Educatieve vakbevoegdheid 49`` / ``individueel traject - module 5``
            row.lines.append(k + 1)
            row.cased.append(k + 1)
            k += 1
            end = k
            continue
        if (keyed and row is not None and counted and not pending and not blank_since_row and row.code
                and _capital_words_and_number(text.strip()) and _names_end_proven(lines, k)):
            _add_suffix(row, k, text, items, lines)  # (``… 2de jaar 53 27`` / ``Opvoeder - deel 2``, printed whole elsewhere)
            row.lines.append(k + 1)
            k += 1
            end = k
            continue
        if not keyed or (row is not None and (pending or ((_settled(row) or counted) and _new_plain_row(text, style)))):
            plain = _plain_row(lines, k, pending, keyed, whole_rows(), len(width or ()), whole_rows.last is None, assembled,
                               (furniture, pages), partial(_set_in, lines, k, items, header_idx) if positional else _never)
            if plain is not None:
                kind, value = plain
                if kind == "junk":
                    # a line of words among rows that are each a province or a category alone,
                    # its number no figure of a row (``vervolg van tabel 2``): text between the
                    # rows, its number a stray one
                    items.extend(Item("junk", [i + 1], texts=[lines[i]]) for i in [*pending, k])
                    pending = []
                    row = None
                    k += 1
                    end = k
                    continue
                if kind == "row":
                    if pending and not value.lines:
                        # a row whose label is whole by itself (a province, a category) among
                        # rows that are such: the lines above it are no part of it (``Tabel 1
                        # (vervolg)``, a running header over a page's first row)
                        items.extend(Item("junk", [i + 1], texts=[lines[i]]) for i in pending)
                    row = value
                    leading = _province_before_name(row.texts[0]) if row.texts else None
                    if leading:  # (the first line of its name, above its figures; the block's head, before its row)
                        items.append(Item("province", row.lines[:1], province=province_name(leading.group("province")),
                                          texts=[leading.group("province")]))
                        row.texts[0] = " " * leading.end() + row.texts[0][leading.end():]
                    items.append(row)
                    _add_line(row, k, text, items, lines)
                    pending = []
                    blank_since_row = False
                    k += 1
                    end = k
                    continue
                if kind == "pending":
                    pending.append(k)
                    k += 1
                    continue
        label_end = _province_label(lines, k)
        if label_end is None and (sector := head_sector(text) if keyed else sector_name(text) or head_sector(text)) and (
                keyed or not _sector_name_goes_on(lines, k)):
            items.append(Item("sector", [k + 1], sector=sector, texts=[text]))
            k += 1
            end = k
            continue
        if label_end is not None:
            name = province_name("".join(lines[i].strip() for i in range(k, label_end)))
            spanned = [i + 1 for i in range(k, label_end) if lines[i].strip()]
            items.append(Item("province", spanned, province=name, texts=[lines[s - 1] for s in spanned]))
            k = label_end
            end = k
            continue
        if code is None and not pending and _names_block_below(lines, k):
            # a place's name of several words alone among its block's rows, the block's closing line
            # naming it below (``Vlaams-Brabant en Brussel`` … ``Totaal Vlaams-Brabant en Brussel``):
            # the block's cell, whole — as a province's alone is
            items.append(_cell_item(text, k))
            k += 1
            end = k
            continue
        if keyed and row is not None and row.complete and not blank_since_row and (
            # (a number no label owns ends the row's line: its count, ``… traject - 24`` / ``modules 1- 4``)
            not _ends_in_label_number(row) or unproven_label_numbers(without_glued_province(row.texts[-1]))
        ) and _label_rest(lines, k, row.lines[0] - 1, repeat_at, (furniture, pages)):
            _add_suffix(row, k, text, items, lines)  # ``… knelpuntvakken 56`` / ``Educatieve`` / ``Totaal …``
            row.lines.append(k + 1)
            k += 1
            end = k
            continue
        if row is not None and row.complete and not blank_since_row and (
            keyed or not (assembled or _closed_label(whole_rows, text))
        ) and (
            (_label_tail(_without_leading_province(text), capital=style in ("first", "alone"))
             and (style == "first" or not _label_goes_on(lines, k, repeat_at)))
            # (a line that ends in a number: not below a digit alone that its label's word above may own,
            # ``… knelpuntvakken 2 - 3 -`` / ``1`` / ``jeugd- 78``, whose number is then the row's count
            # as much as the digit: :func:`_digit_of_label_above`)
            or (not _digit_of_label_above(row) and (
                (style == "first" and not row.suffix and _label_tail(_without_number(text)))
                or (style in ("first", "alone") and _label_number_alone(text, row.texts[-1])
                    and _label_tail(_without_number(text), capital=True)
                    # (where counts stand alone, a row's line that ends in a number its label may own is
                    # no count proven: ``… 3de jaar - 1`` / ``jeugd- 61``, which is the count the totals say)
                    and (style == "first" or not ends_in_label_number(row.texts[-1])))
                or (bool(ONLY_NUMBERS.match(row.texts[-1])) and _label_number_alone(text, row.texts[-1])
                    and _label_tail(_without_number(text)))))
        ):
            if keyed and _count_or_name(lines, k) and not _names_go_on(items, row, width):
                # its number the name's or a code-lost row's count: said
                # (under one column, where it stands; under periods a row of its own whose figure the
                # totals place, or the name's end — they choose, or both rows are said)
                row = Item("junk" if len(width or ()) < 2 else "row", [k + 1], texts=[text])
                items.append(row)
                row = row if row.kind == "row" else None
                k += 1
                end = k
                continue
            _add_suffix(row, k, text, items, lines)  # ``908001: Educatieve bachelor voor   50  71`` / ``kleuteronderwijs …``
            row.lines.append(k + 1)
            k += 1
            end = k
            continue
        wrapped = keyed and _is_label_end(text) and not _prose_start(text)
        if row is not None and not blank_since_row and (
            not row.complete or (wrapped and (not counted or _range_goes_on(text, width)))
        ):
            _add_line(row, k, text, items, lines)
            k += 1
            end = k
            continue
        if row is not None and blank_since_row and not row.complete:
            _add_line(row, k, text, items, lines)
            blank_since_row = False
            k += 1
            end = k
            continue
        if (
            keyed and row is not None and not blank_since_row and not counted
            and _label_goes_on(lines, k, repeat_at, NAME_LOOKAHEAD)
        ):
            _add_line(row, k, text, items, lines)  # ``… module 5`` / ``-`` / ``1ste jaar 12``
            k += 1
            end = k
            continue
        if (
            keyed and row is not None and row.suffix and not blank_since_row and ONLY_NUMBERS.match(text)
            and not unproven_label_numbers(" ".join([*row.suffix, text]))  # junk figures are no label digits
            and not _label_number_closed(row.suffix[-1])
        ):
            row.suffix.append(text)  # ``… 12`` / ``… modules 1-`` / ``4``: the label's last digit
            row.lines.append(k + 1)
            k += 1
            end = k
            continue
        if (
            row is not None and not blank_since_row and row.complete and (ONLY_NUMBERS.match(text) or _cells_only(text))
            and len(text.split()) <= max(1, len(width or ()))
            and ((style == "alone" and not _settled(row)) or _too_many_figures(row, text, width)
                 or _ends_in_label_number(row))
        ):
            # Figures on a line of their own below a label line that ended in one number: that
            # number was the label's (``… module 5`` / ``2``, ``modules 1-`` / ``4`` / ``12``).
            _add_line(row, k, text, items, lines)
            k += 1
            end = k
            continue
        if (
            items and not blank_since_row and _SUBSET_ROW.match(text) and any(ch.isdigit() for ch in text)
            and not text.rstrip().endswith((".", ":", "?", "!"))
        ):
            # a ``waarvan`` line whose figures end in a share (``waarvan vrouwen 456 (37%)``), last
            # in its table: its row, a subset of the line above it — said, never left out
            items.append(Item("subset", [k + 1], texts=[text]))
            row = None
            k += 1
            end = k
            continue
        if (row is not None and not blank_since_row and width and has_numeric_tail(text)
                and _LOWER_START.match(text.strip()) and _counts_proven_above(row.texts[-1], text, len(width))
                and _name_number_under_no_column(row.texts[-1], text, period_tokens)):
            # laid-out text: the name's line below a row whose figures stand under the periods, its
            # one number beside its word and left of every column (``… kleuteronderwijs - deel 2``):
            # the name's own, never a count — the name's last line
            _add_suffix(row, k, text, items, lines)
            row.lines.append(k + 1)
            k += 1
            end = k
            continue
        if (row is not None and not blank_since_row and width and has_numeric_tail(text)
                and _LOWER_START.match(text.strip()) and _counts_proven_above(row.texts[-1], text, len(width))):
            # ``… traject - x x 11`` / ``modules 1- 4 zorgkundige 2 - 3``, the table's last row: its
            # name's line below its figures, with numbers of its own, is said where it stands
            # (``… traject - 3 9 7``, ``… traject - 3 9`` / ``fase 1 - 2`` too)
            items.append(Item("junk", [k + 1], texts=[text]))
            row = None
            k += 1
            end = k
            continue
        if _period_list(text) or not _table_resumes(lines, k, keyed, repeat_at):
            break  # prose resumes, or the header of the next table
        items.append(Item("junk", [k + 1], texts=[text]))
        row = None
        k += 1
        end = k
    for index in pending:  # label lines whose numbers never came
        items.append(Item("junk", [index + 1], texts=[lines[index]]))
    for item in items:
        if item.kind == "row" and item.code is None and item.texts:
            item.kind = aside_kind(item.texts[0]) or "row"  # ``waarvan 50-54 jaar`` among the rows
        elif item.kind == "junk" and len(item.texts) == 1 and has_numeric_tail(item.texts[0]):
            item.kind = aside_kind(item.texts[0]) or "junk"  # ``waarvan Mechelen 40`` among coded rows
        elif item.kind == "junk" and len(item.texts) == 1 and aside_kind(item.texts[0]) == "subset" \
                and has_numeric_tail(BRACKETED_SHARE.sub(" ", item.texts[0])):
            item.kind = "subset"  # ``waarvan vrouwen 52 (52%)`` between two rows: the row above's subset
    items.sort(key=lambda i: i.lines[0])
    _glued_heads(items)
    # (a block's head and its first row apart but for page furniture — a footer, the header
    # again — at a page break stand together)
    seams = _page_seams(lines, items, repeated, pages, furniture)
    _category_heads(items, lambda above, below: below - above == 1 or _seamed(seams, above, below))
    _programme_heads(items)
    _totals_over_rows_below(items)
    _block_of_its_own(items)
    start = header_idx[0] + 1 if header_idx else first_row + 1
    return Region(
        header_lines=[i + 1 for i in header_idx], header_text=_without_block_name(lines, header_idx, period_line, header_text, items),
        period_tokens=period_tokens, items=items, start=start, end=end, closed=closed,
        keyed=keyed, period_line=period_line, repeated=repeated, columns=columns, loose_marks=loose,
        notes=[n for n in notes if n <= end], unplaced_note=unplaced, seams=seams,
        period_text=fold(lines[period_line - 1]) if period_line else "",
    )


def _page_seams(
    lines: tuple[str, ...], items: list[Item], repeated: list[int], pages: Sequence[int | None] | None,
    furniture: frozenset[int],
) -> frozenset[int]:
    """The 1-based lines between two items (in order) that hold only page furniture at a page
    break (:attr:`Region.seams`)."""
    found: set[int] = set()
    for item, below in zip(items, items[1:]):
        above, first = item.lines[-1], below.lines[0]
        if first - above > 1 and across_page_furniture(lines, above, first, repeated, pages, furniture):
            found.update(range(above + 1, first))
    return frozenset(found)


def _seamed(seams: frozenset[int], above: int, below: int) -> bool:
    """Whether every line between the 1-based lines `above` and `below` (two or more apart) is
    one of `seams`."""
    return bool(seams) and below - above > 1 and all(n in seams for n in range(above + 1, below))


#: A line of footnote marks alone (``*``, ``*   **``): marks a header's cells wrapped below it.
_MARKS_ALONE = re.compile(r"\s*\*{1,3}(?:\s+\*{1,3})*\s*")
#: A mark set apart before a word (``* Totaal``).
_MARK_THEN_WORD = re.compile(r"(\*{1,3})\s+(\S+)")


def _marks_below(text: str, tokens: list[PeriodToken]) -> tuple[list[PeriodToken], tuple[str, ...]]:
    """`tokens` with the marks of `text` (the line below them, marks alone) each given to the
    one unmarked period it stands under — in laid-out text, where a wrapped cell's mark stands
    under its period, within its span or a character or two past it; and the marks that no
    place gives (single-spaced text puts them at the line's start)."""
    out = list(tokens)
    loose = []
    for mark in re.finditer(r"\*+", text):
        under = [k for k, t in enumerate(out) if not t.stars and not t.is_total
                 and t.start - 2 <= mark.start() and mark.end() <= t.end + 2] if mark.start() > 0 else []
        if len(under) == 1:
            t = out[under[0]]
            out[under[0]] = PeriodToken(t.label, mark.group(), t.start, t.end)
        else:
            loose.append(mark.group())
    return out, tuple(loose)


#: A period's note in brackets, as its cell prints it after the period (``(voorlopig)``).
_BRACKET_NOTE = re.compile(r"\([^()\d]{1,40}\)")


def _note_below(lines: tuple[str, ...], at: int, tokens: list[PeriodToken]) -> list[PeriodToken]:
    """`tokens` with a note in brackets that a narrow cell wrapped below its period, in
    laid-out text (``2022-2023`` / ``(voorlopig`` / ``)``: the pieces from 0-based line `at` on,
    each alone on its line and under the one period), given to that period as its mark."""
    pieces: list[str] = []
    under: set[int] = set()
    j = at
    while j < len(lines) and j < at + 3 and (piece := lines[j].strip()) and "  " not in piece and not any(
            ch.isdigit() for ch in piece):
        start = len(lines[j]) - len(lines[j].lstrip())
        under |= {k for k, t in enumerate(tokens) if t.start - 1 <= start <= t.end}  # (periods a space apart)
        pieces.append(piece)
        j += 1
        if piece.endswith(")"):
            break
    note = "".join(p if p[:1] == ")" or not k else " " + p for k, p in enumerate(pieces))
    if len(under) != 1 or not _BRACKET_NOTE.fullmatch(note):
        return tokens
    k = under.pop()
    if tokens[k].stars or tokens[k].is_total:
        return tokens
    out = list(tokens)
    out[k] = PeriodToken(tokens[k].label, note, tokens[k].start, tokens[k].end)
    return out


#: A note that says a period's figures are provisional (``(voorlopig)``, ``(voorl.)``, ``(nog niet
#: definitief)``): figures become final in the order of their periods.
_PROVISIONAL_NOTE = re.compile(r"\bvoorlopig|\bvoorl\.|\bnog niet definitief", re.I)
#: A period's label by its form (``2022``, ``2019-2020``, ``2020-10``): labels of one form sort as their periods do.
_LABEL_FORM = re.compile(r"\d")


def _provisional_note_to_latest(note: str, tokens: list[PeriodToken]) -> list[PeriodToken]:
    """`tokens` with `note` — a note in brackets whose place gives it to none of them (single-spaced
    text: ``Leeftijdsklasse 2019-2020 … 2022-2023`` / ``(voorlopig`` / ``)``) — given to the latest
    period, where the note says figures are provisional (:data:`_PROVISIONAL_NOTE`): figures
    become final in the order of their periods, so of several periods one provisional one is the
    latest. Where the note says anything else (``(jan-jun)``: a first period may start late too),
    the latest already carries a mark, or the periods' order is not told by their labels (labels
    of different forms, one printed twice): `tokens` as they are, and the reader is told."""
    periods = [k for k, t in enumerate(tokens) if not t.is_total]
    if len(periods) < 2 or _PROVISIONAL_NOTE.search(note) is None:
        return tokens
    labels = [tokens[k].label for k in periods]
    if len({_LABEL_FORM.sub("0", label) for label in labels}) != 1 or len(set(labels)) != len(labels):
        return tokens
    latest = max(periods, key=lambda k: tokens[k].label)
    if tokens[latest].stars:
        return tokens
    out = list(tokens)
    out[latest] = PeriodToken(tokens[latest].label, note, tokens[latest].start, tokens[latest].end)
    return out


def _bracket_note_at(lines: tuple[str, ...], at: int) -> str | None:
    """The note in brackets (:data:`_BRACKET_NOTE`) whose pieces stand alone on the lines from
    0-based line `at` on (three at most, no figure among them: ``(voorlopig`` / ``)``), else None."""
    pieces: list[str] = []
    for j in range(at, min(at + 3, len(lines))):
        piece = lines[j].strip()
        if not piece or "  " in piece or any(ch.isdigit() for ch in piece):
            break
        pieces.append(piece)
        if piece.endswith(")"):
            break
    note = "".join(p if p[:1] == ")" or not k else " " + p for k, p in enumerate(pieces))
    return note if _BRACKET_NOTE.fullmatch(note) else None


def _note_after_its_period(lines: tuple[str, ...], at: int, tokens: list[PeriodToken]) -> list[PeriodToken]:
    """`tokens` with a note in brackets that single-spaced text prints on the lines right after a
    period alone on its line (pypdf, a cell's lines in turn: ``2022-2023`` / ``(voorlopig`` /
    ``)``), given to that period as its mark: the lines are one cell's. Where the line above
    the note holds more than that one period, nothing says whose the note is: `tokens` as
    they are."""
    own = _period_list(lines[at - 1].strip()) if at else None
    if own is None or own[0].strip() or len(own[1]) != 1 or own[1][0].stars:
        return tokens
    note = _bracket_note_at(lines, at)
    if note is None:
        return tokens
    label = own[1][0].label
    found = [k for k, t in enumerate(tokens) if t.label == label and not t.stars and not t.is_total]
    if len(found) != 1:
        return tokens
    out = list(tokens)
    out[found[0]] = PeriodToken(label, note, tokens[found[0]].start, tokens[found[0]].end)
    return out


def _detached_marks(text: str, own: list[PeriodToken], merged: list[PeriodToken]) -> tuple[list[PeriodToken], tuple[str, ...]]:
    """`merged` (the periods of header line `text`, `own`, with those wrapped onto lines of
    their own) with each mark that stands a space after one of `own` taken off it: in
    single-spaced text a wrapped cell's mark (``2022-2023*`` as ``2022-2023`` above ``… 2021-2022
    *``) lands after the period left of it. Whose it is, the footnote says
    (:func:`marks_by_footnote`)."""
    loose: list[str] = []
    moved = {}
    for t in own:
        at = t.end - len(t.stars) - 1
        if t.stars.startswith("*") and 0 <= at < len(text) and text[at] == " ":
            moved[(t.label, t.start)] = PeriodToken(t.label, "", t.start, at)
            loose.append(t.stars)
    if not loose or sum(1 for t in merged if not t.stars and (t.label, t.start) not in moved) < 1:
        return merged, ()
    return [moved.get((t.label, t.start), t) for t in merged], tuple(loose)


def marks_by_footnote(found: list[tuple[str, str]], marks: tuple[str, ...], footnotes: dict[str, str]) -> list[tuple[str, str]]:
    """`found` (periods and their marks) with each of `marks` (the region's loose marks) given
    to the one unmarked period its footnote names (``* Schooljaar 2022-2023: voorlopige
    cijfers``); a mark whose footnote names none, or several, stays unplaced."""
    out = list(found)
    for mark in marks:
        note = footnotes.get(mark, "")
        named = [k for k, (label, stars) in enumerate(out) if not stars and label != "Totaal"
                 and re.search(rf"(?<![\d-]){re.escape(label)}(?![\d-])", note)]
        if len(named) == 1:
            out[named[0]] = (out[named[0]][0], mark)
    return out


def _glued_heads(items: list[Item]) -> None:
    """A block's key glued after the figures of one of its rows (``… 1ste jaar 20 Man``,
    ``… 20 Zorg``: its head's cell beside the rows, printed on a row's line) that the line
    closing the block names (``Totaal Man``, ``Totaal Zorg``): the row's line without it, and
    the key the block's head (kind ``sector``), as on a line of its own — the key of any kind, as
    a province glued so is its block's (:func:`_add_line`). The key printed after every row of
    its block (a pivot that repeats its outer field) is cut from each; the first makes the
    head. A key no closing line names stays."""
    heads: list[Item] = []
    start = 0
    for at, item in enumerate(items):
        if item.kind not in ("subtotal", "total"):
            continue
        if item.kind == "subtotal" and item.sector and not item.opens:
            named = False
            for row in items[start:at]:
                if row.kind != "row" or not row.texts:
                    continue
                last = len(row.texts) - 1  # (its figures' line: the label's lines below it are its suffix, not its texts)
                text = row.texts[last]
                cut = glued_key(text, item.sector) if text.rstrip()[-1:].lower() == item.sector[-1:] else None
                if cut is not None:
                    # (the spaces before the key but the one that glued it stay, as a province's do)
                    row.texts[last] = text[: cut - 1]
                    if not named:  # (the block's head once; the key printed on its other rows again is theirs too)
                        heads.append(Item("sector", [row.last_line], sector=item.sector, texts=[text[cut:].strip()]))
                        named = True
        start = at + 1
    if heads:
        items.extend(heads)
        items.sort(key=lambda i: i.lines[0])


def _next_to(above: int, below: int) -> bool:
    """Whether the 1-based line `below` is the one right below `above`."""
    return below - above == 1


def _category_heads(items: list[Item], next_to: Callable[[int, int], bool] = _next_to) -> None:
    """A line alone that a closing line names (``Mannen`` above the rows of a block that
    ``Totaal mannen`` closes: :func:`head_above`) is that block's name, no row's (nor the
    header's) word: made a block head (kind ``sector``, as a sector's name over its rows). So
    are a block's head over a ``Subtotaal`` that names none (:func:`_heads_name_subtotals`), and
    categories of persons alone where no line closes a block (:func:`_open_category_heads`).
    `next_to`: whether a line (1-based) stands right below another, page furniture aside."""
    if not any(item.kind in ("junk", "sector", "province") for item in items):
        return  # (no line alone that may head a block: most tables)
    _heads_name_subtotals(items, next_to)
    closing = [item for item in items if item.kind == "subtotal" and item.sector and not item.opens]
    if not closing:
        _open_category_heads(items, next_to)
        return
    heads = {item.head: item.sector for item in closing if item.head is not None}
    for item in items:
        if item.kind == "junk" and item.lines[0] in heads and len(item.texts) == 1:
            item.kind, item.sector = "sector", heads[item.lines[0]]


def _heads_name_subtotals(items: list[Item], next_to: Callable[[int, int], bool] = _next_to) -> None:
    """A subtotal that names no block (``Subtotaal 180``) closing rows that stand right below a
    line alone naming a block — a province, a sector or a category of persons (``Antwerpen`` /
    rows / ``Subtotaal``; ``Zorg`` / rows / ``Subtotaal``; ``Mannen`` / rows / ``Subtotaal``) —
    closes that block: it takes the head's name, as ``Totaal Antwerpen``, ``Subtotaal zorg`` or
    ``Totaal mannen`` would print it, and a total below it is the grand total over the blocks.
    Only when every such subtotal of the table has its head: else each totals the rows above it
    (``Subtotaal``, rows, ``Totaal``: nested totals). A block's ``Totaal`` stays a total
    (``Mannen`` / rows / ``Totaal`` / ``Vrouwen`` / rows / ``Totaal``: a table per block)."""
    bare = [at for at, item in enumerate(items)  # (a ``Totaal`` over the rows above it, more rows below: none)
            if item.kind == "subtotal" and not (item.province or item.sector or item.opens)
            and SUBTOTAL_LINE.match(item.texts[0])]
    named: list[tuple[int, str | None, str | None, int | None]] = []
    for at in bare:
        j = at - 1
        while j >= 0 and items[j].kind == "row":
            j -= 1
        if j < 0 or j == at - 1 or not next_to(items[j].lines[-1], items[j + 1].lines[0]):
            return
        head = items[j]
        if head.kind == "province" and head.province:
            named.append((at, head.province, None, None))
        elif head.kind == "sector" and head.sector:
            named.append((at, None, head.sector, None))
        elif _category_head(head) is not None:  # (made the block's head with the others: :func:`_category_heads`)
            named.append((at, None, _head_name(head.texts[0]), head.lines[0]))
        else:
            return
    for at, province, sector, line in named:
        items[at].province, items[at].sector, items[at].head = province, sector, line
    for item in items[named[0][0]:] if named else ():
        if item.kind == "total" and item.province is None:
            item.province = "*"  # (the grand total over the blocks, as below ``Totaal Antwerpen``)


def _open_category_heads(items: list[Item], next_to: Callable[[int, int], bool] = _next_to) -> None:
    """Lines alone that each name a category of one attribute of a person (``Mannen``,
    ``Vrouwen``), each right above the rows of its block, the first above the table's first row,
    in a table no line divides into blocks (no subtotal): the heads of blocks of the same rows
    (age classes, training codes) under one grand total — made block heads (kind ``sector``;
    :func:`headed_blocks` gives each row its block). The rows are of another kind than the
    heads: a lone ``Man`` among gender rows is a row whose figures were lost."""
    heads: list[tuple[int, str]] = []
    attribute = None
    for at, item in enumerate(items):
        if item.kind == "subtotal":
            return
        if item.kind == "row" and not heads:
            return  # (rows above the first head: no blocks)
        if item.kind != "junk":
            continue
        found = _category_head(item)
        if found is None:
            continue
        if attribute not in (None, found) or at + 1 >= len(items) or items[at + 1].kind != "row" \
                or not next_to(item.lines[-1], items[at + 1].lines[0]):
            return
        attribute = found
        heads.append((at, _head_name(item.texts[0])))
    if len(heads) < 2 or any(item.kind == "row" and _row_kind(item) == attribute for item in items):
        return
    for at, name in heads:
        items[at].kind, items[at].sector = "sector", name


def _stage_row(item: Item) -> bool:
    """Whether `item` is a row without code on one line whose label names a stage alone."""
    return (item.kind == "row" and not item.code and len(item.texts) == 1 and not item.suffix
            and STAGE_ALONE.match(fold(numeric_tail(item.texts[0])[0])) is not None)


def _programme_heads(items: list[Item]) -> None:
    """A programme's name on a line of its own over rows that each name a stage of it alone, no
    line closing a block (``Graduaat orthopedagogie`` / ``1ste jaar 50 60`` / ``2de jaar 30 35``
    / ``Bachelor in de verpleegkunde`` / ``1ste jaar 40 45`` …): the name heads the stages' block
    (kind ``sector``, as a category's head line does; :func:`headed_blocks` gives each row its
    block) and each stage row is of it (:attr:`Item.programme`) — no row ``2de jaar`` of one
    programme a duplicate of another's. The name is a line of words alone above the first stage
    (junk), or the label lines a row without code took from above its stage's line. Only where
    some name heads two stages at least: ``Graduaat orthopedagogie`` / ``1ste jaar 50`` alone
    is one row's label wrapped."""
    if not any(item.kind == "row" and not item.code and len(item.texts) > 1 for item in items) and \
            not any(item.kind == "junk" for item in items):
        return  # (most tables: a quick look)
    heads: list[tuple[int, int]] = []  # (the head's index, how many stage rows it heads)
    for at, item in enumerate(items):
        if item.kind == "row" and not item.code and len(item.texts) > 1 and not item.suffix:
            # (the name taken as the label lines of its first stage's row)
            first = STAGE_ALONE.match(fold(numeric_tail(item.texts[-1])[0])) is not None \
                and not STAGE_ALONE.match(fold(" ".join(item.texts[:-1])))
            j = at + 1
        elif item.kind == "junk" and len(item.texts) == 1 and not any(ch.isdigit() for ch in item.texts[0]):
            first = at + 1 < len(items) and _stage_row(items[at + 1]) and items[at + 1].lines[0] - item.lines[-1] == 1
            j = at + 2
        else:
            continue
        if not first:
            continue
        count = 1
        while j < len(items) and _stage_row(items[j]) and items[j].lines[0] - items[j - 1].last_line <= 2:
            count += 1
            j += 1
        heads.append((at, count))
    if not any(count >= 2 for _, count in heads):
        return
    for at, count in reversed(heads):
        item = items[at]
        if item.kind == "row":  # (its label lines above its stage's line: the head's)
            n = len(item.texts) - 1
            head = Item("sector", item.lines[:n], texts=item.texts[:n])
            item.lines, item.texts = item.lines[n:], item.texts[n:]
            items.insert(at, head)
        else:
            head = item
            head.kind = "sector"
        stages = items[at + 1: at + 1 + count]
        name = fold(" ".join(head.texts)).strip(" -:\u2013")
        head.sector = " ".join(name.lower().split())
        for stage in stages:
            stage.programme = name


def _totals_over_rows_below(items: list[Item]) -> None:
    """Blocks whose subtotal is printed first, above the block's rows (``Totaal Antwerpen  120
    130``, then Antwerpen's rows, then ``Totaal Limburg  40  45`` and Limburg's rows, …, maybe
    an ``Eindtotaal``): where the table's first line of figures is a subtotal that names its
    block (a province, a sector, a category), each such subtotal stands right above rows and
    right below the rows of the block before it, none below the last block's rows — each totals
    the rows below it, up to the next one (:attr:`Item.opens`, as a compact pivot's head line
    does). Before, each was read as closing the rows above it: the first block's total over no
    rows, every other over the block before it."""
    counted = [item for item in items if item.kind in ("row", "subtotal", "total")]
    if not counted or counted[0].kind != "subtotal" or counted[0].opens or not (counted[0].province or counted[0].sector):
        return  # (most tables: a quick look)
    heads = []
    for at, item in enumerate(counted):
        if item.kind == "row":
            continue
        if item.kind == "total":
            if any(later.kind != "total" for later in counted[at + 1:]):
                return  # (a total between blocks: no table of blocks opened by their totals)
            break
        below = counted[at + 1] if at + 1 < len(counted) else None
        if not (item.province or item.sector) or item.opens or below is None or below.kind != "row" \
                or (at and counted[at - 1].kind != "row"):
            return
        heads.append(item)
    for item in heads:
        item.opens = True


def _block_of_its_own(items: list[Item]) -> None:
    """A line of words and figures between the last block's closing subtotal and the grand
    total of a table whose blocks are each closed by a subtotal that names them (a pivot table
    in outline form: ``Man`` … ``Totaal Man``, ``Vrouw`` … ``Totaal Vrouw``, then ``Onbekend
    3  1`` and ``Eindtotaal``; provinces closed by ``Totaal Antwerpen`` …): an item of the
    outer field without items below it, printed alone — read as a row of its own, which the
    grand total counts beside the subtotals, not as a line of stray figures. So is each such
    line of a run of them (``Onbekend 3 1``, ``Niet gekend 2 4``): each item of the outer field."""
    if len(items) < 4 or items[-1].kind != "total" or items[-1].province != "*":
        return
    start = len(items) - 1
    while start > 1 and _lone_line(items[start - 1]):
        start -= 1
    closing = items[start - 1]
    if start == len(items) - 1 or closing.kind != "subtotal" or closing.opens:
        return
    closed = [i for i in items if i.kind == "subtotal" and (i.sector or i.province) and not i.opens]
    if len(closed) < 2 or not closing.sector and not closing.province:
        return
    for lone in items[start:-1]:
        lone.kind, lone.province = "row", province_name(numeric_tail(lone.texts[0])[0].strip())


def _lone_line(item: Item) -> bool:
    """Whether `item` is a line of words and figures that no row took (:func:`_block_of_its_own`)."""
    if item.kind != "junk" or len(item.texts) != 1 or not has_numeric_tail(item.texts[0]):
        return False
    return _WORDS_ONLY.fullmatch(numeric_tail(item.texts[0])[0].strip()) is not None


#: A label of words only (``Onbekend``, ``Niet toegewezen``): no figure, no code.
_WORDS_ONLY = re.compile(r"[^\W\d_][^\d]*")


#: How a label's continuation starts: a word in lower case, maybe after a hyphen, an ordinal
#: (``1ste jaar``, ``- 2de jaar``), or the label's own number before such a word (``module`` /
#: ``5 jeugd- sec``: the cell wrapped between a counting word and its number).
_LOWER_START = re.compile(r"(?:-\s*)?(?:\d+\s+(?:-\s*)?)?(?:[^\W\d_A-Z]|\d+\s?(?:ste|de|e)\b)")



def _row_style(lines: tuple[str, ...], first_row: int) -> str:
    """How the answer prints a row's counts, told by all its rows with a code (one extractor
    and one page style print every table of an answer alike; the last lines asked about are
    kept, by identity):

    - ``first``: on the code line, the rest of a wrapped label below them (cells aligned at the
      top: ``900714: Hoger beroepsonderwijs 12`` / ``verpleegkunde … modules 1-`` / ``4``);
    - ``alone``: on a line of their own below the label (``… modules 1-`` / ``4`` / ``12``);
    - ``last``: at the end of the label's last line (the seeds' form).
    """
    if _ROW_STYLE[0] is not lines:
        _ROW_STYLE[:] = [lines, _answer_row_style(lines)]
    return _ROW_STYLE[1]


_ROW_STYLE: list = [None, "last"]


def _answer_row_style(lines: tuple[str, ...]) -> str:
    votes = {"first": 0, "alone": 0, "last": 0}
    stop = len(lines)
    code_lines = _code_lines(lines)
    for k in sorted(code_lines):
        below = []
        for j in range(k + 1, min(stop, k + 2 + LABEL_LOOKAHEAD)):
            if not lines[j].strip() or j in code_lines or _starts_item(lines, j):
                break
            below.append(without_glued_province(lines[j]))
        at = next((i for i, text in enumerate(below) if has_numeric_tail(text)), None) if below else None
        numbered = below[at] if at is not None else None
        above = below[at - 1] if at else lines[k]
        if numbered is not None and ONLY_NUMBERS.match(numbered) and (
            not has_numeric_tail(lines[k]) or _label_number_alone(lines[k])
        ) and not (len(numbered.split()) > 1 and numbered_word(above.split())):
            # (the code line may end in its label's own number: ``2 - 3``; but figures below a
            # counting word, ``… - deel`` / ``2 59``, are its number and then the counts)
            votes["alone"] += 1
        elif (
            numbered is not None and has_numeric_tail(lines[k]) and _label_number_alone(numbered, above)
            and not _label_number_alone(lines[k])
        ):
            votes["first"] += 1  # counts on the code line, the label's own number below
        elif numbered is not None:
            votes["last"] += 1  # numbers below after label words (a row on one line says nothing)
        elif below and has_numeric_tail(lines[k]) and not _label_number_alone(lines[k]):
            votes["first"] += 1  # (not when the code line ends in its label's own number)
    total = sum(votes.values())
    if votes["first"] * 2 > total:
        return "first"
    # Rows whose counts stand alone below a label without numbers cannot be read otherwise:
    # a few of them say how the table prints (cells centred vertically mix them with rows
    # whose counts end the label's middle line).
    if (votes["alone"] >= 2 and votes["alone"] * 4 >= total) or votes["alone"] * 2 > total:
        return "alone"
    return "last"


def _too_many_figures(row: Item, text: str, labels: list[str] | None) -> bool:
    """Whether a row whose last line holds only figures gets another line of figures that,
    together with those, are more than the table has periods: the earlier line was the end of
    the label (``modules 1-`` / ``4`` / ``12`` under one period)."""
    last = row.texts[-1] if row.texts else ""
    return (
        bool(ONLY_NUMBERS.match(last)) and len(row.texts) > 1
        and len(last.split()) + len(text.split()) > max(1, len(labels or ()))
    )


#: A line that opens with a range's end, of any digits (``- 3``, ``– 12 onderwijs``): the end of a
#: range a label began on the line above (``… Tweedekansonderwijs 2 28 36`` / ``- 3``).
OPENS_WITH_RANGE_END = re.compile(r"^\s*[-\u2013]\s*\d+(?!\S)")
#: A line that goes on with a range its label began, or with its hyphen alone (``… kinderzorg 2`` /
#: ``-`` / ``3 63 54``).
_RANGE_ON = re.compile(OPENS_WITH_RANGE_END.pattern + r"|^\s*[-\u2013]\s*$")
#: A line that goes on with a range its label began and more after the range's end (``… module 5
#: 2`` / ``- 3 Educatieve …``), where its figures stand. Not :data:`OPENS_WITH_RANGE_END`, which also
#: takes a range's end that ends its line (``- 3``): there the line is the label's end alone, and
#: its number no count of the row (:func:`_range_goes_on` counts a line's figures as the row's).
_RANGE_GOES_ON = re.compile(r"^\s*[-\u2013]\s*\d+\s")


def continues_range(text: str) -> bool:
    """Whether `text` goes on with a number range the line above ended in (``- 3 lager``,
    ``-`` alone): the number above is then the label's, not a count."""
    return _RANGE_ON.match(text) is not None


#: A range's end of one digit that opens a line (``- 3 individueel …``), its digit captured: the
#: end of a name's range whose start is one digit too (:func:`opens_range`); a range's end of any
#: digits is :data:`OPENS_WITH_RANGE_END`.
OPEN_RANGE_END = re.compile(r"^\s*[-\u2013]\s*(\d)(?!\S)")


def opens_range(alone: str, below: str) -> bool:
    """Whether `alone`, one digit alone on its line, opens a number range that the line `below`
    goes on with (``2`` / ``- 3 individueel … 1``): a larger digit after a dash. A name's range
    (``2 - 3``, ``modules 1- 4``), wrapped after its start: the digit is the label's, no count."""
    start = alone.strip()
    end = OPEN_RANGE_END.match(below)
    return len(start) == 1 and start.isdigit() and end is not None and int(end.group(1)) > int(start)


def _range_goes_on(text: str, labels: list[str] | None) -> bool:
    """A line that starts by going on with a number range (``- 3 …``) and ends in a figure for
    every period: the row's figures, the numbers on the line above being its label's."""
    return bool(labels) and _RANGE_GOES_ON.match(text) is not None and len(numeric_tail(text)[1]) == len(labels or ())


def _label_number_alone(text: str, above: str = "") -> bool:
    """A line of label words ending in one number that may be the label's own (``… jaar 1``).
    An ordinal's ending that starts the line has its number at the end of the line `above`,
    and numbers the word after it (``… traject - 1`` / ``ste jaar 3``: 3 is a count)."""
    return len(numeric_tail(text)[1]) == 1 and ends_in_label_number(with_ordinal_number(above, text))


def _ends_in_label_number(row: Item) -> bool:
    """A row whose last line ends in one number that may be its label's own: it follows a
    counting word or a hyphen (``… modules 1- 4``, ``… module 5``), so figures alone on the
    next line are the row's counts."""
    return bool(row.texts) and not _settled(row) and ends_in_label_number(without_glued_province(row.texts[-1]))


def _without_number(text: str) -> str:
    """`text` without the one number it ends in (``… module 5`` → ``… module``)."""
    head, tail = numeric_tail(text)
    return head if len(tail) == 1 and head.strip() else text


def _label_tail(text: str, capital: bool = False) -> bool:
    """A line that ends a label whose numbers stood on the line above (layout text keeps the
    numbers on a cell's first line): words in lower case (or, with `capital`, any word), no
    numbers at its end, no sentence."""
    stripped = text.strip()
    return (
        bool(stripped) and (capital or _LOWER_START.match(stripped) is not None)
        and not has_numeric_tail(without_glued_province(stripped))
        and len(stripped) <= 100 and not stripped.endswith((".", "?", "!"))
        and not (stripped.endswith(":") and not (capital or stripped[0].islower()))  # ``onderwijs:`` goes on
        and not _prose_start(text) and not _cells_only(stripped)
    )


def _cells_only(text: str) -> bool:
    """A line of a row's cells alone, figures with blank or withheld marks (``4 x``, ``12 -``):
    no label's words, though its last word is no number."""
    words = text.split()
    return any(NUMBER.fullmatch(w) for w in words) and all(
        NUMBER.fullmatch(w) or BLANK_MARK.fullmatch(w) for w in words)


def block_heads(items: list[Item], header_lines: Iterable[int], period_line: int | None) -> frozenset[int]:
    """The 1-based lines among `header_lines` below the columns' names (the periods' line
    `period_line`, else the header's first) that a closing line of `items` names as its block's
    head (:attr:`Item.head`: ``Cultuur`` / rows / ``Subtotaal cultuur``, whatever the name): the
    block's, never the header's. (A line above the columns' names is a caption: ``Man`` /
    ``Leeftijd 2021 2022``.)"""
    heads = {i.head for i in items if i.kind == "subtotal" and i.head is not None}
    if not heads:
        return frozenset()
    lines = list(header_lines)
    names = period_line if period_line is not None else min(lines, default=0)
    return frozenset(k for k in lines if k > names and k in heads)


def _without_block_name(lines: tuple[str, ...], header_idx: list[int], period_line: int | None, text: str,
                        items: list[Item]) -> str:
    """The header's words without the names of the first blocks that open below it (``… 2020
    2021`` / ``Zorg``; ``Sector Provincie Opleiding Aantal`` / ``Zorg`` / ``Antwerpen``, or
    those lines joined into one by a laid-out text): the blocks', not the table's title; nor
    the line of a block's head whatever its name (:func:`block_heads`)."""
    heads = block_heads(items, [i + 1 for i in header_idx], period_line)
    dropped = {i for i in header_idx if i + 1 in heads or (period_line is not None and i + 1 > period_line and sector_name(lines[i]))}
    if dropped:
        text = fold(" ".join(lines[i] for i in header_idx if i not in dropped and not _MARKS_ALONE.fullmatch(lines[i])))
    first = {name for kind in ("sector", "province")
             for name in [next((getattr(i, kind) for i in items if i.kind == "subtotal" and getattr(i, kind)), None)]
             if name}
    words = text.split()
    if not first or len(words) < 2:
        return text
    # (the header's first words may be the first block's name too, ``Antwerpen  2021  2022``: a
    # block's cell beside the periods, no title of the table's)
    kept: list[str] = []
    k = 0
    while k < len(words):
        for n in (2, 1):  # (a province of two words: ``Vlaams Brabant``; not ``provincie Antwerpen``, the title's word before it)
            name = " ".join(words[k:k + n])
            if len(words[k:k + n]) == n and (sector_name(name) in first or province_name(name) in first) and (
                    n == 1 or not _names_first(words[k + 1], first)):
                k += n
                break
        else:
            kept.append(words[k])
            k += 1
    return " ".join(kept) if len(kept) < len(words) else text


def _names_first(text: str, first: set[str]) -> bool:
    """Whether `text` names one of the `first` blocks (a sector's or a province's name)."""
    return sector_name(text) in first or province_name(text) in first


#: Words of a caption that says a table goes on from the page before (``Tabel 1 (vervolg)``,
#: ``vervolg van tabel 1``).
_CONTINUED = re.compile(r"\bvervolg", re.I)


def _continuation_caption(text: str) -> bool:
    """Whether `text` is a caption that says its table goes on (``Tabel 1 (vervolg)``, ``Vervolg
    tabel 1``, ``(vervolg)``): the word, one number at most (the table's ordinal)."""
    return ("ervolg" in text or "ERVOLG" in text) and len(re.findall(r"\d+", text)) <= 1 \
        and _CONTINUED.search(text) is not None


def _continued_caption(text: str, labels: list[str], header_text: str) -> str | None:
    """The caption before the header's own words when `text` is a caption that says the table
    goes on and the header repeated, on one line (``Tabel 1 (vervolg) Opleiding 2021 2022``:
    text laid out again joins a caption to the line below it): the caption's words, or None.
    The periods must be the header's (`labels`), the words after the caption its own."""
    if "ervolg" not in text and "ERVOLG" not in text:
        return None
    listed = _period_list(text)
    if listed is None or [t.label for t in listed[1]] != labels or CODE_LINE.match(text):
        return None
    words = listed[0].split()
    for k in range(1, len(words) + 1):
        caption = " ".join(words[:k])
        if _CONTINUED.search(caption) and _header_words(" ".join(words[k:]), header_text):
            return caption
    return None


#: The words a header's first cell names its rows with (``Provincie``, ``Opleiding``, ``Leeftijd``;
#: :data:`~okot_audit.patterns.ROW_KEY_WORDS`, :data:`~okot_audit.patterns.ATTRIBUTE_WORDS`), and a
#: pivot table's (``Rijlabels``), the programme's (``OKOT``) and the year's: never a row's label.
_ROW_KEY = re.compile(
    r"(?:" + ROW_KEY_WORDS + r"|okot|jaar|rijlabels|" + ATTRIBUTE_WORDS + r")$",
    re.I,
)


def _next_header(text: str) -> bool:
    """Whether `text` is a header of periods whose first cell names what its rows are
    (``Provincie 2021 2022``): the next table's, below the rows of one with the same periods —
    or a header of one column of counts with its one period in its words, or a line leading
    into rows that names their period (:func:`_period_in_words`), or the first cell's name and
    the name of one column of counts alone (``Geslacht Aantal``: no row's line, no figure)."""
    first = text.split(None, 1)
    if not first:
        return False
    end = text.rstrip()
    if (end[-1] in "):" or ":" in end or first[0].lower() == "stand") and any(ch.isdigit() for ch in end):
        # a header of one column of counts with its period in its words (``Opleiding Aantal (2022)``,
        # ``2022: Aantal``), or the line that leads into the next rows (``In 2022 startten:``)
        lead = end[-1] == ":" and lead_in(end)
        if lead or _period_in_words(end.strip(), False):
            return True
    if not _ROW_KEY.match(first[0]):
        return _caption_header(text) or _caption_over_count_column(text)  # (most rows: no period list looked for)
    if len(first) == 2 and _count_column_alone(first[1]) and not any(ch.isdigit() for ch in end):
        return True  # (``Geslacht Aantal``, ``Opleiding Aantal cursisten``: one column of counts, its period named elsewhere)
    if _caption_over_count_column(text, keyed=True):
        return True  # (``Opleiding voor stopgezette … OKOT'(s)  Aantal``: the rows' key, the caption's words, the column)
    listed = _period_list(text)
    return listed is not None and bool(_ROW_KEY.match(listed[0].strip())) and not has_numeric_tail(listed[0])


def _caption_header(text: str) -> bool:
    """Whether `text` is a header of periods whose first cell is the table's caption, naming
    what it counts (``Unieke cursisten met … OKOT'(s)  Totaal  maart 2020  april 2020``) rather
    than its rows' key: a caption of words (no figure, no sentence) that names a unit, over two
    periods or more of which one at least no row's count can print (a month, a school year, the
    total column's word) — a row whose counts happen to be years (``Gestarte cursisten 2020
    2021``) prints numbers alone."""
    listed = _period_list(text)  # (first: most rows end in no period list, told by their last word)
    if listed is None or len(listed[1]) < 2:
        return False
    words = listed[0].strip()
    if not words or any(ch.isdigit() for ch in words) or words.endswith((".", ":", "?", "!")) or not unit_of(words):
        return False
    if not unit_of(text):
        return False
    return any(not text[p.start:p.end].strip().rstrip("*").isdigit() for p in listed[1])


def _caption_over_count_column(text: str, keyed: bool = False) -> bool:
    """Whether `text` is a header of one column of counts whose first cell is the table's
    caption (``Unieke cursisten met stopgezette … OKOT'(s)  Aantal``): a caption of words (no
    figure, no sentence) that names a unit — or, `keyed`, opens with the rows' key (``Opleiding
    voor …``) — then the column's word alone, its period named elsewhere (a caption above it,
    the prose), as :func:`_caption_header`'s are in its periods."""
    words = text.rsplit(None, 1)
    if len(words) != 2 or words[1].lower().strip("():") != COLUMN_WORDS[0]:
        return False  # (most lines: no ``Aantal`` at their end)
    head = words[0].strip()
    return not any(ch.isdigit() for ch in head) and not head.endswith((".", ":", "?", "!", ",")) and (
        keyed or unit_of(head) is not None)


#: The word that names a caption's or a header's one period before it, and is left dangling at
#: its words' end once the period is taken off (``Aantal cursisten in``, ``… voor het jaar``).
DANGLING = re.compile(r"\s+(?:in|voor|van|over|tijdens)(?:\s+het(?:\s+(?:school|kalender)?jaar)?)?\s*$", re.I)


def _caption_naming_period(lines: tuple[str, ...], item: Item) -> bool:
    """Whether `item`, read as a row of the table above the next table's header (right above
    it), is that table's caption: one line, its one figure a year its words name as the period
    (``Aantal unieke cursisten naar geslacht in 2018``: :func:`title_year`, after ``in``,
    ``voor``, ``van``: :data:`DANGLING`) — no row's count."""
    if item.kind not in ("row", "junk") or len(item.lines) != 1:
        return False
    text = lines[item.lines[0] - 1].strip()
    if not title_year(text):
        return False
    label, _ = numeric_tail(text)
    return DANGLING.search(label) is not None


#: A number's digits as printed, with its thousands points or decimal comma.
_DIGITS = re.compile(r"\d[\d.,]*")


def header_worded(text: str) -> bool:
    """Whether `text` is worded as a header of periods whose first cell names what its rows are
    (``Provincie  Opleiding  juni 2023  2023  augustus 2023``) — its first word a row key, a year
    among its words and no other number, no sentence — whether or not a period list is read
    from it (a header that lost a month's name above it opens no table)."""
    numbers = _header_numbers(text)
    return bool(numbers) and all(YEAR.fullmatch(n) for n in numbers or ())


def counts_in_header(text: str) -> list[str]:
    """The figures other than years of `text` where it is worded as a header of periods but for
    them (:func:`header_worded`: its first word a row key, a year among its words, no sentence):
    the counts of the table's first row that an extractor's layout joined to its header
    (``Opleiding Bouw 30 januari 2020 44 12 februari 2020``), each a word of its own. Empty for
    any other line."""
    numbers = _header_numbers(text)
    if not numbers or not any(YEAR.fullmatch(n) for n in numbers):
        return []
    return [n for n in _FIGURE_WORD.findall(text) if not YEAR.fullmatch(n)]


#: A figure standing as a word of its own (``30``, ``1.472``; not the ``1`` of ``1ste`` or ``(1)``).
_FIGURE_WORD = re.compile(r"(?<!\S)\d[\d.]*(?!\S)")


def _header_numbers(text: str) -> list[str] | None:
    """The figures of `text` when its first word is a row key and it is no sentence, else None."""
    first = text.split(None, 1)
    if not first or not _ROW_KEY.match(first[0]) or text.rstrip().endswith((".", "?", "!", ":")):
        return None
    return _DIGITS.findall(text)


def _head_over_repeat(text: str, line: int, labels: list[str], items: list[Item], keyed: bool) -> Item | None:
    """The head of the next block when `text` (at 1-based `line`) names it before the table's periods printed again
    (`labels`, all of them, in order: ``Oost-Vlaanderen 2020 2021 2022``, ``Zorg 2021 2022``),
    right below a subtotal that closed the block above (``Totaal Antwerpen 19 24 28``): the
    block's name opens it, the periods are the header's. Else None — a row whose counts happen
    to equal the years stands below rows, not below a block's subtotal."""
    last = next((item for item in reversed(items) if item.kind != "junk"), None)
    if last is None or last.kind != "subtotal" or not (last.province or last.sector):
        return None
    listed = _period_list(text)
    if listed is None or [t.label for t in listed[1]] != labels:
        return None
    name = fold(listed[0])
    if not name or any(ch.isdigit() for ch in name) or not _block_name(name, keyed):
        return None
    if (province := province_name(name)) is not None:
        return Item("province", [line], province=province, texts=[name])
    sector = head_sector(name) if keyed else sector_name(name) or head_sector(name)
    return Item("sector", [line], sector=sector, texts=[name]) if sector else None


def _captions_above(lines: tuple[str, ...], header_idx: list[int]) -> frozenset[str]:
    """The words printed right above a header's first line that a page may print again joined
    before its periods (plain ``pdftotext``, each cell a paragraph, set back into lines:
    ``Unieke cursisten met stopgezette en`` / ``uitgevoerde … OKOT'(s)`` / ``2015 2016 2017 2018``
    over the rows, ``Unieke cursisten … OKOT'(s) 2015 2016 2017 2018`` on the next page): the
    last one, two or three lines above it (blank lines between them and the header aside, none
    within), folded, in lower case, each joined. Empty where no header was found."""
    if not header_idx:
        return frozenset()
    j = header_idx[0] - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    above: list[str] = []
    while j >= 0 and lines[j].strip() and len(above) < 3:
        above.insert(0, lines[j].strip())
        j -= 1
    return frozenset(fold(" ".join(above[m:])).lower() for m in range(len(above)))


def _header_words(head: str, header_text: str) -> bool:
    """Whether the words before a repeated period list are the header's own (or none): a row
    whose counts happen to equal the years (``Man 2019 2020``) is no repeated header."""
    words = fold(head).lower()
    return not words or words in fold(header_text).lower()


def _settled(row: Item) -> bool:
    """A row whose last line ends in two numbers or more: its counts are there (one number
    alone may still be a digit of its label, ``… module 5``)."""
    return row.complete and len(numeric_tail(without_glued_province(row.texts[-1]))[1]) >= 2


def _full(row: Item, labels: list[str] | None, below: str = "") -> bool:
    """A row of a table of two periods or more whose last line ends in two numbers or more, or
    in one and the spaces of blank cells after it: its counts are there, so a line of label words or numbers below it is no part of it (a
    code-less row, or a line reported where it stands). Under one column (``Aantal``) two
    numbers may still be a label's digits and its count (``niveau 5 2`` / ``- 3 1``). One
    number a cell's gap from the label (:func:`_count_apart`) is its count unless the line
    `below` goes on with a range's dash (``… -en  2`` / ``- 3 - deel 2 … 36 26 50``: the
    label's ``2 - 3``)."""
    if not labels or len(labels) < 2 or not row.complete:
        return False
    last = row.texts[-1]
    return (_settled(row) or len(last) - len(last.rstrip()) >= 2  # ``(SLO) 14    ``: blanks after it
            or (_count_apart(last) and not below.lstrip().startswith("-"))
            or _marked_cells(last, len(labels)))


def _every_period(text: str, n: int) -> bool:
    """Whether the line ends in exactly `n` numbers, one per period, three periods or more
    (``Zorgkundige traject - 3 9 7`` under ``2019 2020 2021``): its counts, though each is one
    digit after a dash — a label's own digits are one or two (``module 5``, ``fase 1- 2``), never a
    count for every period."""
    tail = numeric_tail(without_glued_province(text))[1]
    return n >= 3 and len(tail) == n


def _counts_proven_above(text: str, below: str, n: int) -> bool:
    """Whether a row's line `text` holds its counts whatever its name's line `below` goes on
    with (:func:`_figures_there`): marks and figures filling the `n` periods, a figure for every
    period (three or more), or two figures or more after the name's lone dash."""
    return _marked_cells(text, n) or _every_period(text, n) or (n > 1 and _counts_after_lone_dash(text, below.strip()))


def _name_number_under_no_column(text: str, below: str, periods: Sequence[PeriodToken]) -> bool:
    """Whether, in laid-out text, a row's line `text` has its figures where the header's `periods`
    stand (:func:`~okot_audit.parse.columns.place_by_position`, a figure for each period, two or
    more) and the name's line `below` it ends in one number a label owns (``… - deel 2``), one
    space after its word and wholly left of the first column: under no period, the name's own
    number. Text whose figures do not stand under their periods (the seeds' form) says nothing by
    position: False."""
    spans = [(p.start, p.end) for p in periods]
    if len(spans) < 2 or any(start >= end for start, end in spans):
        return False
    placed = place_by_position(without_glued_province(text), spans, by_order=False)
    if placed is None or None in placed.values:
        return False
    head, tail = numeric_tail(below.rstrip())
    return (len(tail) == 1 and tail[0].end() <= first_reach(spans) and tail[0].start() - len(head.rstrip()) == 1
            and ends_in_label_number(below))


def _marked_cells(text: str, n: int) -> bool:
    """Whether the figures that end a row's line, with the blanks their spacing shows (``k``
    blanks as ``k + 1`` spaces: the spacing a blank's mark leaves, ``traject - x x 11`` read as
    ``traject -   11``), are exactly the `n` periods' cells, a blank among them: a full row,
    so the line below it (``modules 1- 4 zorgkundige 2 - 3``) is no line of its figures and its
    numbers no range's end (``- 11``)."""
    head, tail = numeric_tail(without_glued_province(text))
    words = head.rstrip()
    if n < 2 or not tail or not words or len(tail) >= n:
        return False
    starts = [len(words), *(m.end() for m in tail[:-1])]
    blanks = sum(m.start() - start - 1 for m, start in zip(tail, starts))
    return len(tail) + blanks == n and text[len(text.rstrip()):] == ""


def _count_apart(text: str) -> bool:
    """A line that ends in one number set off from its label's words by a cell's gap (two
    spaces or more: blank cells between them, their marks dropped) after a word no label's
    own number follows (``Kok       x      x      1``): a count, never the label's digit."""
    bare = without_glued_province(text)
    head, tail = numeric_tail(bare)
    words = head.rstrip()
    return len(tail) == 1 and bool(words) and tail[0].start() - len(words) >= 2 and not ends_in_label_number(bare)


def _figures_there(
    row: Item, lines: tuple[str, ...], k: int, labels: list[str] | None, style: str, printed: Mapping[int, str] | None = None,
) -> bool:
    """Whether a row's figures are all on its last line, so that line k below it is no part of
    it: under two periods or more, a full row (:func:`_full`) unless its numbers are proven
    digits of a label that line k goes on with (``fase 1- 2 2`` / ``- 3 … 1``) or its one number
    is its name's own over the row's figures below (:func:`_name_number_over_figures`, the row's
    line as `printed` before its marks were made blanks); under one column, :func:`_one_column_count`."""
    if labels and len(labels) > 1:
        return _full(row, labels, lines[k]) and (
            _marked_cells(row.texts[-1], len(labels)) or _every_period(row.texts[-1], len(labels))
            or not _label_run(row.texts, lines[k])) and not _name_number_over_figures(
                row.texts[-1], lines[k], len(labels), printed.get(row.last_line) if printed else None) and not (
                lines[k].lstrip()[:1] in _DASH_OPENS and _range_closed_over_figures(row.texts[-1], lines, k, len(labels)))
    return _one_column_count(row, lines, k, labels, style)


def _range_closed_over_figures(text: str, lines: tuple[str, ...], k: int, n: int) -> bool:
    """Whether the one digit that ends a row's line `text` opens a number range of its name that
    line `k` below goes on with (``… bijkomende  2`` / ``-`` / ``3 30 28``, ``… deel 2`` / ``- 3
    30 28``), closed by a larger digit right after the dash (on line `k` or, the dash alone, at
    the start of the next line), and the figures after that end fill the `n` periods' cells
    exactly (their spacing's blanks counted): the row's figures stand there in full, so the digit
    above is its name's (``… 2 - 3``), never a count — though spaces set it apart as one after a
    blank (the seeds' form). A dash that is a blank's mark leaves figures that fill no row (``-
    3 4`` under two periods: three cells)."""
    head, tail = numeric_tail(without_glued_province(text))
    if len(tail) != 1 or len(tail[0].group()) != 1 or not _WORD_END.search(head.rstrip()):
        return False
    at = k + 1 if _DASH_ALONE.fullmatch(lines[k]) else k  # (the line of the range's end)
    if at >= len(lines):
        return False
    end = (_RANGE_END_FIRST if at > k else OPEN_RANGE_END).match(lines[at])
    if end is None or int(end.group(1)) <= int(tail[0].group()):
        return False
    rest = lines[at][end.end():]
    for j in range(at, min(at + _NAME_LINES_AFTER_RANGE, len(lines))):
        if j > at:  # (the name goes on in words past its range's end: its figures on a line further down)
            rest = lines[j]
            if not rest.strip() or CODE_LINE.match(rest) or TOTAL_LINE.match(rest) or GRAND_LINE.match(rest):
                return False
        head, figures = numeric_tail(rest)
        if figures:
            return len(figures) == n or spaced_cells(rest if head.strip() else "w" + rest) == n
    return False


#: How many lines a name may run over from its range's end to the line of its row's figures.
_NAME_LINES_AFTER_RANGE = 3


#: A dash alone on its line (a range's, or a blank's mark).
_DASH_ALONE = re.compile(r"\s*[-\u2013]\s*")
#: A line that opens with one digit (a range's end whose dash stood alone on the line above).
_RANGE_END_FIRST = re.compile(r"^\s*(\d)(?!\S)")
#: A word's letter ending a line's head (a name's number follows a word).
_WORD_END = re.compile(r"[^\W\d_]\S*$")


def _name_number_over_figures(text: str, below: str, n: int, printed: str | None = None) -> bool:
    """Whether the one number that ends a row's line `text` is its name's own though spaces set
    it apart as a count after a blank (``… module  5``, the seeds' form): its name's number
    (:func:`~okot_audit.parse.cells.ends_in_label_number`), and the line `below` — no code, its
    name going on in lower case — prints the cells of all `n` periods, its spacing saying where
    each blank stands (``tandartsassistent Educatieve 42 x``, the mark's blank after 42). A row
    prints its figures once: where they stand below in full, the number above is the name's —
    unless the line, as `printed` before its blanks' marks became spaces, set a mark right before
    it (:func:`_after_blank_marks`: ``traject - x x 11``): the spaces are blank cells, the number a count."""
    if _LOWER_START.match(below.lstrip()) is None or CODE_LINE.match(below):
        return False
    bare = without_glued_province(text)
    if len(numeric_tail(bare)[1]) != 1 or not ends_in_label_number(bare):
        return False
    if printed is not None and _after_blank_marks(bare, printed):
        return False
    head, tail = numeric_tail(below)
    if not tail or len(tail) > n or not head.strip():
        return False
    return len(tail) == n or any(p.exact and p.label == head.strip() for p in placements(below, n))


def _after_blank_marks(text: str, printed: str) -> bool:
    """Whether the figure that ends `text` — a line, or its end, whose blanks' marks were made
    spaces — stood right after a blank's mark in the line as `printed`: more marks stand before
    it there than in `text` (``traject - x x 11``, read ``traject -   11``: the marks ``x x``
    gone, the label's dash kept), a mark written out one mark (``module niet beschikbaar 5``:
    :data:`~okot_audit.patterns.SPELLED_BLANK`). A mark that stood after the figure (a blank
    after it) says nothing of the spaces before it."""
    words = SPELLED_BLANK.sub(spelled_short, printed).split()
    while words and BLANK_MARK.fullmatch(words[-1]):
        words.pop()
    kept = SPELLED_BLANK.sub(spelled_short, text).split()
    if not words or not kept or words[-1] != kept[-1]:
        return False  # (the figure as printed not the one read: a bound stood in for, ``<5``)
    return _marks_before_last(words) > _marks_before_last(kept)


def _marks_before_last(words: list[str]) -> int:
    """How many blank marks stand right before the last of `words`."""
    count = 0
    for word in reversed(words[:-1]):
        if not BLANK_MARK.fullmatch(word):
            break
        count += 1
    return count


def _label_run(texts: list[str], below: str) -> bool:
    """Whether every number that ends a row's lines `texts` is a digit of its label that the
    line `below` goes on with: the numbers are proven label digits
    (:func:`unproven_label_numbers`: ``fase 1- 2 2``) and `below` goes on after a hyphen or in
    lower case (``- 3 Educatieve 1``), without repeating the row's line — and they are not two
    or more after the name's lone dash (:func:`_counts_after_lone_dash`: ``traject - 3 9``)."""
    start = below.strip()
    if not start or fold(start) == fold(texts[-1]):
        return False
    if not (start[0] == "-" or _LOWER_START.match(start)):
        return False
    last = without_glued_province(texts[-1])
    if _counts_after_lone_dash(last, start):
        return False
    return has_numeric_tail(last) and not unproven_label_numbers(" ".join([*texts[:-1], last]))


def _counts_after_lone_dash(text: str, below: str) -> bool:
    """Whether `text` ends in two numbers or more after a dash that stands alone after a word
    (``Zorgkundige traject - 3 9``): a name's own number after such a dash is one (``traject -
    1``), and a second one only opens a range that `below` goes on with (``fase 1- 2 2`` /
    ``- 3``) — so, `below` starting otherwise (``fase 1 - 2``), they are the row's counts."""
    head, tail = numeric_tail(text)
    words = head.split()
    return (len(tail) >= 2 and len(words) >= 2 and words[-1] in ("-", "\u2013")
            and not any(ch.isdigit() for ch in words[-2]) and not below.startswith(("-", "\u2013")))


def _one_column_count(row: Item, lines: tuple[str, ...], k: int, labels: list[str] | None, style: str) -> bool:
    """Whether, in a table of one column (``Aantal``) whose rows end in their count, the number
    that ends a row's last line is its count, so that line k below it is no part of the row
    (a row whose code was lost, or a line reported where it stands).

    A number at the end of a line is a count unless there is positive evidence that it is
    label text (:func:`_label_digit`)."""
    if (labels and len(labels) > 1) or style != "last" or not row.complete:
        return False
    return not _label_digit(row.texts, lines[k])


def _label_digit(texts: list[str], below: str) -> bool:
    """Whether the number that ends a row's lines `texts` is a digit of its label that the line
    `below` goes on with. Label digits are single digits (``module 5``, ``modules 1- 4``), and
    the evidence is one of: `below` goes on with the label (in lower case, after a hyphen, with
    the figures alone — and it is no copy of the row's line, which an extractor printed
    twice), or the number numbers the word before it (``module 5``, ``niveau 5``, ``1- 4``, ``2
    - 3``; not ``1ste jaar 9``, whose ``jaar`` the ordinal numbers)."""
    last = without_glued_province(texts[-1])
    _, tail = numeric_tail(last)
    if not tail or len(tail[-1].group()) != 1:
        return False
    start = below.strip()
    if not start or fold(start) == fold(texts[-1]):
        return False
    if start[0] == "-" or start[0].isdigit() or _LOWER_START.match(start) is not None:
        return True
    if len(tail) > 1:
        return False  # ``module 5 2``: the label's digit is 5, the count 2
    return numbered_word(" ".join([*texts[:-1], last[: tail[-1].start()]]).split())


def _label_number_closed(text: str) -> bool:
    """Whether a row's label line below its figures already ends in a number (``lerarenopleiding
    fase 1- 2``): a lone number below it is no second digit of the label but a count (``4``),
    which the row's own readings must weigh rather than fold into its name."""
    return bool(numeric_tail(text)[1])


def unproven_label_numbers(label: str) -> tuple[str, ...]:
    """The numbers that end `label` — a row's label as read, its counts cut off — unless there is
    evidence that they are the label's own: one digit each, after a word a label's digit
    follows (:func:`~okot_audit.parse.cells.numbered_word`); or the ages of a label that is an
    age class with them (``van 18 tot 24``, ``jonger dan 25``: :func:`~okot_audit.patterns.age_class`).
    Empty when the label ends in no number or they are proven
    label digits: a number at the end of a line is a count unless something shows otherwise."""
    head, tail = numeric_tail(label)
    if not tail:
        return ()
    numbers = tuple(t.group() for t in tail)
    if all(len(n) == 1 for n in numbers) and numbered_word(head.split()) or age_class(label):
        return ()
    return numbers


def _new_plain_row(text: str, style: str = "last") -> bool:
    """Below a complete row of codes: a line of label words and numbers that starts a new row
    (its code was lost) rather than continuing the label above (``onderwijs - 2de jaar 5 6``
    continues; ``Educatieve bachelor … 2de jaar 5 6`` starts anew). Where rows print their
    counts on the code line (`style` ``first``), a line ending in one number its label may own
    goes on with the label above (``Educatieve - 1 en jaar 1``)."""
    stripped = text.lstrip()
    if style == "first" and _label_number_alone(text):
        return False
    return bool(stripped) and (stripped[0].isupper() or _EMPTY_ITEM.match(stripped) is not None) and _is_label_end(
        text) and not _glued(text)


def _no_repeat(j: int) -> bool:
    """No line prints the table's header again: the default of every `repeat_at` (whether 0-based
    line j prints the header again after a page break, :func:`_rows_follow`, :func:`_label_goes_on`,
    :func:`_label_rest`)."""
    return False


#: A pivot table's item for the rows whose field is empty (``(leeg)``, ``(blank)`` in English).
_EMPTY_ITEM = re.compile(r"\((?:leeg|blank)\)\s", re.I)
#: That item on a line of its own, without a figure (a dash for a blank cell aside).
_EMPTY_ITEM_ALONE = re.compile(r"\((?:leeg|blank)\)(?:\s+[-\u2013])*", re.I)


def _lost_code_label(lines: tuple[str, ...], k: int, repeat_at: Callable[[int], bool] = _no_repeat) -> bool:
    """Below a complete row of codes: a line of label words starting with a capital, without
    numbers, whose label runs on to its numbers (``Educatieve bachelor voor`` /
    ``kleuteronderwijs - 2de jaar 38 47``): the first line of a row whose code was lost."""
    stripped = lines[k].lstrip()
    return (
        bool(stripped) and stripped[0].isupper() and not has_numeric_tail(stripped)
        and not _prose_start(lines[k]) and not NOTE_LINE.match(stripped) and _label_goes_on(lines, k, repeat_at)
    )


def _plain_row(lines: tuple[str, ...], k: int, pending: list[int], keyed: bool, whole: bool = False,
               periods: int = 0, first: bool = False, assembled: bool = False,
               seams: tuple[frozenset[int], Sequence[int | None] | None] = (frozenset(), None),
               set_in: Callable[[], bool] = lambda: False):
    """Read line k of a table whose rows carry no code: ``("row", item)`` when its numbers
    close a row (its label may have begun on the `pending` lines above), ``("pending", None)``
    for a label line whose numbers follow, None when it is something else. `whole`: the rows
    above are each a province or a category alone (:class:`_WholeRows`); a line that is one
    too begins its own label, and the row it gives takes none of the `pending` lines (the
    caller keeps them as junk); a line of words in lower case that is none, with fewer figures
    than the table's `periods` (``vervolg van tabel 2``), is no row: ``("junk", None)``. The
    `first` row of a table without codes that is a province or a category alone takes no
    `pending` lines that would make it none (``(aantallen)`` / ``-25 jaar 812 790``, a line of
    the header's below its periods). `assembled` (a PDF's lines): a row's name stands whole on
    the line of its figures, no line of words above it begins it. `seams`: the 1-based lines a
    page's footer stood on, left blank, and each line's page (:func:`_label_continues`). `set_in()`:
    whether line k, in laid-out text, stands where no name of the table starts (:func:`_set_in`) —
    no first line of the name below it (asked only of a line that would be one)."""
    text = lines[k]
    bare = without_glued_province(text)
    if bare is text and text.rstrip()[-1:].isalpha() and (cut := _key_named_below(lines, k)) is not None:
        bare = text[: cut - 1]  # (``Graduaat … 20 14 Man`` over ``Totaal Man``: the block's key glued after its figures)
    if has_numeric_tail(bare) and _row_like(bare):
        if pending and _whole_label(bare) and (whole or (first and not keyed and not _whole_label(
            " ".join([*(lines[i].strip() for i in pending), bare.strip()])
        ))):
            return "row", Item("row", [], texts=[])
        if whole and _between_rows(bare, periods):
            return "junk", None
        if not keyed and _label_number_goes_on(lines, k, pending):
            return "pending", None
        return "row", Item("row", [i + 1 for i in pending], texts=[lines[i] for i in pending])
    if keyed:
        return None
    if _province_label(lines, k) is not None or (
            (sector_name(text) or head_sector(text)) and not pending and not _sector_name_goes_on(lines, k)):
        # (a sector's head, ``Zorg``, ``Sector zorg``, ``Sector: Onderwijs``; a sector's name among the
        # lines of a label is label text: ``Professionele`` / ``onderwijs``)
        return None
    if _prose_start(text) or text.rstrip().endswith((".", "?", "!")) or len(fold(text)) > 120 or (
            text.rstrip().endswith(":") and not _name_goes_on_below(text, lines[k + 1] if k + 1 < len(lines) else "")):
        return None  # (a name's line may end in a colon where the name goes on below: ``onderwijs:``)
    if NOTE_LINE.match(text):
        return None  # (``Bron: VDAB``, ``Noot: …``: a note's line, never the first line of a name)
    if not assembled and _label_continues(lines, k, *seams) and not set_in():
        return "pending", None  # (a PDF's row holds its whole name on its line)
    return None


def _set_in(lines: tuple[str, ...], k: int, items: list[Item], header_idx: list[int]) -> bool:
    """In laid-out text, whether line k, indented, stands right of where the name of the row below
    it starts and where no row's name above it nor the header's first cell starts (a sector's
    ``Zorg en welzijn`` set in above ``Opvoeder traject met …``, at its second word): in no column
    of names, so no first line of that row's name. A line at the names' column opens the name as
    before (``Educatieve bachelor voor`` / ``kleuteronderwijs 38 47``), and so does one at the names'
    column right of a block's cell (``Antwerpen  Zorgkundige``: :func:`_name_start`)."""
    text = lines[k]
    if text[:2] != "  ":
        return False  # (a line at the margin: where every table's first column starts)
    at = len(text) - len(text.lstrip())
    below = next((j for j in range(k + 1, min(k + NAME_LOOKAHEAD + 1, len(lines))) if lines[j].strip()), None)
    if below is None or at <= _name_start(lines[below]) + 1:
        return False
    rows = (item for item in reversed(items) if item.kind == "row" and item.texts)  # (the nearest rows above)
    starts = [*(_name_start(item.texts[0]) for item in islice(rows, _SET_IN_ROWS)),
              *(len(lines[j]) - len(lines[j].lstrip()) for j in header_idx[-1:])]
    return all(abs(at - start) > 1 for start in starts)


#: How many rows above a line :func:`_set_in` looks at for where the table's names start.
_SET_IN_ROWS = 12


def _never() -> bool:
    return False


def _name_start(text: str) -> int:
    """Where the name on line `text` starts: right of a block's cell (a province) that opens it."""
    leading = LEADING_PROVINCE.match(text)
    return leading.end() if leading else len(text) - len(text.lstrip())


def dashed_numbers(lines: tuple[str, ...]) -> frozenset[int]:
    """0-based indexes of the lines that are a number set between dashes or in brackets that no name
    goes on from (:func:`~okot_audit.patterns.lone_page_number`: ``- 2 -``;
    :func:`~okot_audit.patterns.lone_bracketed_number`: ``(10)``), as printed — before
    :func:`~okot_audit.parse.blanks.mark_blanks` may make their dashes blanks."""
    found = []
    for k, line in enumerate(lines):
        opens = line.lstrip()[:1]
        if opens in _DASH_OPENS or opens == "(":
            below = next((lines[j] for j in range(k + 1, len(lines)) if lines[j].strip()), "")
            if lone_page_number(line, below) or lone_bracketed_number(line, below):
                found.append(k)
    return frozenset(found)


def _header_cell_mark(lines: tuple[str, ...], k: int, notes: BracketedNotes) -> bool:
    """Whether line `k`, a number in brackets alone (one of :func:`dashed_numbers`), stands right
    under a header's line (:func:`_next_header`: ``Opleiding 2021 2022``) and a footnote below
    opens with it (``(1) cijfers op 1 januari``): the header's first cell's mark wrapped onto a
    line of its own, no stray number. A number no footnote opens with stays one (``(10)``).
    `notes`: the answer's bracketed footnotes (one for all its lines, looked through once)."""
    above = next((lines[j] for j in range(k - 1, -1, -1) if lines[j].strip()), "")
    return lines[k].lstrip()[:1] == "(" and bool(above) and _next_header(above) and notes.explain(lines[k], k)


_DASH_OPENS = frozenset("-\u2013\u2014")


def _whole_label(text: str) -> bool:
    """Whether the words before the figures of line `text` are a province or a category of
    persons and nothing else (``Vlaams-Brabant 410 455``, ``25-54 jaar 3.797``)."""
    head = fold(numeric_tail(text)[0])
    return bool(head) and bool(province_name(head) or partition_of(head))


def _whole_row(item: Item) -> bool:
    """Whether row `item` carries no code and is labelled by a province or a category alone, on
    one line."""
    return not item.code and len(item.texts) == 1 and not item.suffix and _whole_label(item.texts[0])


class _WholeRows:
    """Whether a region's rows so far — one at least — are each labelled by a province or a
    category alone (:func:`_whole_row`): a table whose rows are provinces or categories. Kept as
    the rows come, each looked at once: only the latest row can still grow (a label line or a
    suffix more), the rows before it are done."""

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.seen = 0  # how many items were looked through
        self.last: Item | None = None  # the latest row
        self.whole = True  # whether every row before it is whole

    def __call__(self) -> bool:
        items = self.items
        for index in range(self.seen, len(items)):
            if items[index].kind == "row":
                if self.last is not None:
                    self.whole = self.whole and _whole_row(self.last)
                self.last = items[index]
        self.seen = len(items)
        return self.last is not None and self.whole and _whole_row(self.last)


def _closed_label(whole_rows: _WholeRows, text: str) -> bool:
    """Below a row of a table whose rows are each a province or a category alone: whether line
    `text`, words in lower case, is kept off the row's label — a province or a category is a
    whole label, no name wrapped over lines (``25-54 jaar 3.797`` / ``vervolg van de tabel``,
    run in from a page break). A note in brackets still ends the label (``Hooggeschoold 12`` /
    ``(hoger onderwijs)``)."""
    return whole_rows() and not _BRACKETED_NOTE.fullmatch(text.strip())


def _between_rows(text: str, periods: int) -> bool:
    """In a table whose rows are each a province or a category alone: whether line `text`,
    which ends in figures, is a line of words run in between the rows rather than a row — it
    is no province or category, ends in fewer figures than the table has `periods`, and either
    starts in lower case (``vervolg van tabel 2``) or reads on into its figure: the word before
    it is a preposition or names what the number refers to (``Deze groep omvat ook de
    herintreders van 2022``, ``Zie tabel 2``), or opens as a note does (``Bron: VDAB, toestand op 30 juni
    2024``: :data:`~okot_audit.patterns.NOTE_LINE`) — a date, a table, a note, no count. A row of a
    category the reader does not know is written like the others, with a capital or all its
    figures (``Buitenland 3 4``)."""
    head, tail = numeric_tail(text)
    stripped = head.strip()
    return (
        0 < len(tail) < periods and bool(stripped) and not stripped[0].isdigit() and not stripped.startswith("-")
        and (_LOWER_START.match(stripped) is not None or _READS_ON.search(stripped) is not None
             or NOTE_LINE.match(stripped) is not None)
        and not _whole_label(text)
    )


#: The last word of a line of words whose number is no count but the word's object: a
#: preposition (``van 2022``, ``tot 2023``) or a reference (``tabel 2``, ``voetnoot 1``).
_READS_ON = re.compile(
    r"(?:^|\s)(?:van|in|tot|sinds|sedert|vanaf|voor|na|op|per|uit|over|tijdens|t\.e\.m\.|tem"
    r"|tabel|voetnoot|bijlage|pagina|blz\.|vraag|nr\.|nummer|artikel)$"
)


def _name_goes_on(text: str) -> bool:
    """In a table without codes, below a row whose figures are there (its cell aligned at the
    top or the middle): whether line `text` goes on with the row's name rather than start a
    row — it starts in lower case (a programme's name starts with a capital), is no category
    or province, and ends in no figure or only in the name's own digits (``individueel traject
    - module 5``)."""
    stripped = text.strip()
    if _BRACKETED_NOTE.fullmatch(stripped):
        return True  # ``Tweedekansonderwijs lager 9 53`` / ``(SLO)``: a note in brackets ends the name
    if _LOWER_START.match(stripped) is None:
        return False
    head, tail = numeric_tail(stripped)
    if partition_of(fold(head or stripped)) or province_name(head or stripped):
        return False
    if tail and unproven_label_numbers(stripped):
        return False
    if tail and more_than_a_label_number(stripped):
        return False  # (``individueel - deel 2 2 - 3``: a number and a range, one of them a row's figures)
    return _label_tail(head if tail else stripped)


class NamesBetween(NamedTuple):
    """Lines of words taken into the name of the row above them on their lower case alone, in a
    table whose names do not all open with a capital (:func:`names_between_rows`)."""

    first: int  # 1-based first line of the words
    words: str  # the words, joined as printed
    above: int  # 1-based line of the figures of the row that took them
    below: int  # 1-based line of the figures of the next row
    numbers: tuple[int, ...] = ()  # the numbers that end its lines (a name's own as read, or a row's figures)


def names_between_rows(region: Region) -> list[NamesBetween]:
    """In a table without codes, the lines of words right below a row's figures that its name
    took on their lower case alone (:func:`_name_goes_on`: ``kinderzorg 47 89 108`` /
    ``leefgroepenwerking 2 - 3`` / ``- verkort traject - 2de jaar``) where the row right below
    them is a row too, in a table where a row's name opens in lower case (``kinderzorg``,
    ``educatieve 31 29``), no province or category: a name that opens in lower case proves that
    the case does not tell a name's first line from its rest in this table, so the words may as
    well open the next row's name, its figures on that name's last line (``Verkorte jeugd- 40 62
    102``) — the same figures either way, the names not. The reading stands (the row above's);
    the caller says it."""
    found: list[NamesBetween] = []
    rows = [item for item in region.items if item.kind in ("row", "subtotal", "total")]
    if not any(row.cased for row in rows) or not any(
            row.kind == "row" and not row.code and row.texts and _LOWER_START.match(first := row.texts[0].strip())
            and not _whole_label(first) for row in rows):
        return found  # (every name opens with a capital: the case tells a name's first line from its rest)
    for row, below in zip(rows, rows[1:]):
        if not row.cased or row.code or below.kind != "row" or below.code or not below.texts:
            continue
        taken = row.suffix[len(row.suffix) - len(row.lines) + row.lines.index(row.cased[0]):]
        numbers = tuple(int(w) for text in taken for w in _end_run(text) if w.isdigit())
        found.append(NamesBetween(row.cased[0], " ".join(" ".join(t.split()) for t in taken), row.last_line,
                                  below.last_line, numbers))
    return found


def _end_run(text: str) -> list[str]:
    """The figures and marks that end `text` (``2 - 3`` of ``deel 2 - 3``; a hyphen glued after a
    number kept off: ``1``), in order."""
    words = text.split()
    run = 0
    while run < len(words) and _RUN_WORD.fullmatch(words[-1 - run]):
        run += 1
    return [w.rstrip("-\u2013") for w in words[len(words) - run:]]


def more_than_a_label_number(text: str, dash_led: bool = False) -> bool:
    """Whether the figures and marks that end `text` are more than a name's own number or range
    (``module 5``, ``deel 2 - 3``, ``modules 1- 4``): two numbers or more that make no one range
    (``deel 2 2 - 3``, ``deel 2 2``) — a name holds one, so the others may be a row's figures. A
    name's range is one of single digits (:data:`_RANGE_ALONE`); with `dash_led`, a dash before it
    is the name's or a blank's mark (``Verpleegkunde - 6 - 8``: the range ``6 - 8``, one) — where the
    figures it may be are weighed further on (:func:`_label_number_goes_on`; ``number-in-name``)."""
    words = text.split()
    run = 0
    while run < len(words) and _RUN_WORD.fullmatch(words[-1 - run]):
        run += 1
    ending = words[len(words) - run:]
    while dash_led and ending and not ending[0][:1].isdigit():
        ending = ending[1:]  # (a dash before them: the name's, ``Verpleegkunde - 6 - 8``, or a blank's mark)
    numbers = sum(1 for w in ending if w[:1].isdigit())
    return numbers > 1 and _RANGE_ALONE.fullmatch(" ".join(ending)) is None


#: A figure or a mark that ends a line: a number (a hyphen glued after it: ``1-``) or a dash.
_RUN_WORD = re.compile(r"\d+[-\u2013]?|[-\u2013]")


#: A short note in brackets on a line of its own (``(SLO)``, ``(deeltijds)``), no figure in it, or
#: the name's training code (``(903640)``).
_BRACKETED_NOTE = re.compile(r"\([^()\d]{1,30}\)|[(\[]\d{6}[)\]]")


def mixed_placements(region: Region, lines: Sequence[str]) -> tuple[int, int, tuple[int, ...], str] | None:
    """In a table without codes whose names wrap (text with no positions: pdfplumber's, pypdf's):
    where its rows were read under two placements of the figures no table prints at once — a row
    whose name goes on below its figures and starts on their line (``Professionele bachelor  21`` /
    ``verpleegkunde``: beside a name's first line, or its middle rounded up), and a row whose
    name starts on a line above its figures, touching the row above, and ends on their line
    (``Verpleegkunde`` / ``Se-n-se apotheekassistent  32``: beside a name's last line, or its
    middle rounded down). One of them is read wrong, and which lines make which name the text
    does not tell: the first row's line (1-based), the last row's, the rows' counts and the
    first row's label; else None. A note in brackets below a row ends its name in any placement."""
    if region.keyed or region.keys is not None:
        return None
    rows = [item for item in region.items if item.kind == "row" and item.texts]
    below = any(
        not item.code and len(item.texts) == 1 and any(not _BRACKETED_NOTE.fullmatch(t.strip()) for t in item.suffix)
        for item in rows)
    if not below:
        return None
    above = any(
        not item.code and len(item.texts) > 1 and not item.suffix and item.lines[0] >= 2
        and lines[item.lines[0] - 2].strip() != "" for item in rows)
    if not above:
        return None
    counts = tuple(int(t.group().replace(".", "")) for item in rows for t in numeric_tail(item.texts[-1])[1]
                   if t.group().replace(".", "").isdigit())
    return rows[0].lines[0], rows[-1].last_line, counts, numeric_tail(rows[0].texts[0])[0].strip()


def _label_number_goes_on(lines: tuple[str, ...], k: int, pending: list[int]) -> bool:
    """In a table without codes: whether line k, which ends in one number, is a line of a name
    wrapped over several lines, the number being the name's own. The line right below goes on
    with the name and ends in the row's figures (or leads to them), and either the number may
    be the name's (one digit after a hyphen or a counting word: ``Tweedekansonderwijs opvoeder - 1`` /
    ``opvoeder 51 54``, ``… fase 1-`` / ``2`` / ``educ 7 51``) and the line below goes on in
    lower case or after a hyphen, or the line below goes on with a range the number began
    (``Graduaat orthopedagogie 2`` / ``- 3 vorming 33 21``), or the number is the name's and
    the line below holds only the row's figures (``apotheekassistent 2 - 3`` / ``26``). A province or a category
    (``-25 jaar 1``) is a whole label: a row."""
    text = lines[k]
    head, tail = numeric_tail(text)
    if len(tail) != 1 or k + 1 >= len(lines):
        return False
    label = fold(" ".join([*(lines[i] for i in pending), head]))
    if partition_of(label) or province_name(label):
        return False
    below = _without_leading_province(lines[k + 1]).strip()  # (its block's province first: ``Limburg sec 42 24``)
    if not below or TOTAL_LINE.match(below) or GRAND_LINE.match(below):
        return False
    if below[:1] in _DASH_OPENS and lone_page_number(below, next((line for line in lines[k + 2:] if line.strip()), "")):
        return False  # (``- 2 -`` below, a page's number no name goes on from: no range the number began)
    if more_than_a_label_number(text, dash_led=True):
        return False  # (``individueel - deel 2 2 - 3``: a number and a range, more than a name holds — a row's figures among them)
    own = len(tail[0].group()) == 1 and ends_in_label_number(fold(" ".join([*(lines[i] for i in pending), text])))
    if own and ONLY_NUMBERS.match(below):
        return True  # the name's figures on a line of their own below (``apotheekassistent 2 - 3`` / ``26``)
    if not (_is_label_end(below) or _label_continues(lines, k + 1)):
        return False
    if continues_range(below):
        return True
    # (a label's digits are single: ``traject - 60`` is a count; and no ordinal follows them: ``… - 5`` /
    # ``2de jaar …`` is a count beside the name the ordinal goes on with)
    return own and _LOWER_START.match(below) is not None and _ORDINAL_START.match(below) is None


#: A line that starts with an ordinal (``2de jaar``, ``1ste``, ``3e``), maybe after a hyphen.
_ORDINAL_START = re.compile(r"(?:-\s*)?\d+\s?(?:ste|de|e)\b")


def _label_continues(
    lines: tuple[str, ...], k: int, furniture: frozenset[int] = frozenset(), pages: Sequence[int | None] | None = None,
) -> bool:
    """Whether the label begun at line k gets its numbers within a few lines, no blank between
    but a page break's: a page's footer left blank (`furniture`, 1-based), or a blank line between
    two pages (`pages`: each line's) — ``Polyvalent`` at a page's foot, ``Pagina 1 van 2``,
    ``helpende 14 7`` at the next page's head."""
    for j in range(k + 1, min(k + NAME_LOOKAHEAD + 1, len(lines))):
        text = lines[j]
        if not text.strip() and (j + 1 in furniture or (
                pages is not None and j + 1 < len(pages) and pages[j - 1] != pages[j + 1])):
            continue
        if not text.strip() or _prose_start(text) or CODE_LINE.match(text) or TOTAL_LINE.match(text):
            return False
        if _row_like(without_glued_province(text)):
            return True
    return False


def _more_totals(lines: tuple[str, ...], k: int, repeat=lambda text: False) -> bool:
    """Whether another total line follows line k (``Totaal unieke cursisten`` below
    ``Totaal inschrijvingen``), blank lines and the table's header repeated on a new page
    (`repeat`) aside."""
    for j in range(_past_note(lines, k), min(k + 6, len(lines))):  # (a footnote right below the total above:
        if lines[j].strip() and not repeat(lines[j]):             # ``Totaal inschrijvingen`` / ``* voorlopig``)
            return bool(TOTAL_LINE.match(lines[j]) or GRAND_LINE.match(lines[j]) or unit_total_line(lines[j]))
    return False


def unit_total_line(text: str) -> bool:
    """Whether `text` is a count's name alone and its figures (``Unieke cursisten 68 95``,
    ``Aantal personen 120``, :data:`~okot_audit.parse.words.COUNT_COLUMN`): below a table's
    total line, a second total of the rows in a unit of its own (the persons the enrolments
    above it are of), no row — its label names no programme, province or category."""
    label, tail = numeric_tail(text)
    return bool(tail) and COUNT_COLUMN.fullmatch(label.strip()) is not None and unit_of(label) is not None


#: How many lines below a total line may hold the rows a second total line totals with it.
ROWS_AFTER_TOTAL = 6


def _column_names(text: str) -> bool:
    """Whether `text` is only names of columns, two or more, each naming what it counts
    (``geslaagd gestart gestopt``)."""
    words = text.split()
    return len(words) >= 2 and all(meaning(word) is not None for word in words)


def _row_key(text: str) -> str:
    """A row's line without its figures, as rows are compared (``antwerpen``)."""
    return fold(numeric_tail(text)[0]).lower()


def _row_keys(items: list[Item]) -> frozenset[str]:
    """The rows a table has so far: their codes, or (rows without code) their lines' words."""
    return frozenset(i.code or _row_key(i.texts[-1]) for i in items if i.kind == "row" and i.texts)


def _lone_head(text: str) -> bool:
    """Whether `text` is a block's name alone on its line: a province, a sector or a category
    of persons (``Antwerpen``, ``Zorg``, ``Man``, ``-25 jaar``)."""
    return bool(text.strip()) and not has_numeric_tail(text) and (
        province_name(text) is not None or sector_head(text) or category_head(text))


def _bare_total_closes_head(lines: tuple[str, ...], k: int, after: int, items: list[Item]) -> int | None:
    """The 0-based line of the head that the bare total on 0-based line `k` (``Totaal 33``,
    its line's last at `after` - 1) closes, when it is one block's of several under a grand
    total: right above the block's rows (the items above the total, back to the table's first
    or the last total) stands a block's name alone (:func:`_lone_head`), and below it come only
    more such blocks — a head, rows, a bare total — and then the grand total (``Eindtotaal``,
    ``Algemeen totaal``). Else None: a block's ``Totaal`` with no grand total below stays a
    total (a table per block)."""
    if _TOTAL_WORD.sub("", numeric_tail(lines[k])[0]).strip():
        return None  # (``Totaal Man``: a total that names its block is read as such)
    last = len(items) - 1 if items and items[-1].lines[0] == k + 1 else len(items)  # (the total itself)
    at = last
    while at > 0 and items[at - 1].kind == "row":
        at -= 1
    if at == last or at == 0 or items[at - 1].kind not in ("junk", "sector", "province") or len(items[at - 1].texts) != 1 \
            or not _lone_head(items[at - 1].texts[0]) or items[at].lines[0] - items[at - 1].lines[-1] != 1:
        return None
    head = items[at - 1].lines[0] - 1
    state = "total"  # (what the line above was: a block's head, a row, a bare total)
    for j in range(after, min(after + HEAD_LOOKBACK, len(lines))):
        text = lines[j]
        if not text.strip():
            continue
        if GRAND_LINE.match(text):
            return head if state == "total" and has_numeric_tail(text) else None
        if TOTAL_LINE.match(text):
            if state != "row" or _TOTAL_WORD.sub("", numeric_tail(text)[0]).strip():
                return None
            state = "total"
        elif state == "total" and _lone_head(text):
            state = "head"
        elif state in ("head", "row") and _row_like(text):
            state = "row"
        else:
            return None
    return None


def _rows_then_total(
    lines: tuple[str, ...], k: int, keyed: bool, repeat: Callable[[int], bool], items: list[Item] | None = None,
) -> bool:
    """Whether the lines from k on are more rows of the table and then another total line — a
    total over the total above them and these rows (``Vlaams Gewest`` closing the provinces,
    then ``Brussels Hoofdstedelijk Gewest 140 152`` and ``Totaal 3.040 3.130``; ``Subtotaal
    zorg``, a row of another sector, ``Totaal``). Rows only, at most :data:`ROWS_AFTER_TOTAL`
    lines, blank lines and the table's header repeated after a page break (`repeat` of a line's
    index: on another page than the header's, where pages are known) aside: a
    row's label wrapped onto a line of its own right above its figures may stand between them,
    but no caption, no prose, no name of what a block or a table counts, no other header — and
    below the header right under the total, no row the table has (among its `items`,
    :func:`_row_keys`): that is the next table, under the same header."""
    rows = 0
    seen = 0
    words = 0  # words alone right above: a row's label wrapped, its figures due on the next line
    below_row = False  # a row right above: a line of words in lower case below it is the rest of its label
    header = False  # the table's header right below the total: a page break, or the next table
    known: frozenset[str] | None = None  # (the table's rows, worked out once a header asks)
    code_lines = _code_lines(lines)
    for j in range(_past_note(lines, k), len(lines)):  # (a footnote right below the total: ``Vlaams Gewest …`` / ``* …``)
        text = lines[j]
        if not text.strip():
            if words:
                return False  # (a caption, or a block's name, above a blank line)
            continue
        if not words and repeat(j):
            header = header or not rows
            continue  # (a page break: the rows and their total go on below the header again)
        if TOTAL_LINE.match(text) or GRAND_LINE.match(text):
            return rows > 0 and not words and has_numeric_tail(text)
        seen += 1
        if seen > ROWS_AFTER_TOTAL or _prose_start(text) or _period_list(text) is not None:
            return False
        if j in code_lines or (not keyed and _row_like(without_glued_province(text))):
            if header:
                known = known if known is not None else _row_keys(items or [])
                if (code_lines[j].group("code") if j in code_lines else _row_key(text)) in known:
                    return False  # a row the table has, again under its header: the next table's
            rows, words, below_row = rows + 1, 0, True
            continue
        stripped = text.strip()
        if len(stripped) > 60 or stripped.endswith((".", "?", "!", ":", ";")) or _unit_line(text) or sector_name(text):
            return False
        if header and not rows and _column_names(stripped):
            return False  # the columns of another table named under a header like this one's
        if not keyed and not words and province_name(stripped):
            continue  # a block's province above its rows (``Brussel`` / ``Graduaat in de`` / ``verpleegkunde`` / ``20 22``)
        if not keyed and below_row and stripped[:1].islower() and not has_numeric_tail(stripped):
            below_row = False
            continue  # the rest of the label of the row right above (``Graduaat in de 20 22`` / ``verpleegkunde``)
        below_row = False
        if keyed:  # a line of the label a code line began (its figures may end it)
            if not rows:
                return False
            continue
        words += 1
        if words > 2 or has_numeric_tail(stripped) or _plain_header(lines, j) is not None:
            return False
    return False


#: How many lines below a header printed again the first row it heads may stand.
ROW_BELOW_HEADER = 6


def _heads_next_table(
    lines: tuple[str, ...], j: int, items: list[Item], repeat: Callable[[str], bool], keyed: bool,
    pending: Sequence[str] = (), caption: str = "",
) -> bool:
    """Whether the table's header printed again on line j, where no page break is known between
    (an extractor's text), heads the next table rather than repeating over the table's rows
    after a page break. What stands around it says so:

    - a caption between the table's last line and it: a line of words without a figure
      (``Geslaagde cursisten``; not ``Tabel 1 (vervolg)``, which says the table goes on; nor,
      in `pending`, the first words of a row's label that goes on below it in lower case);
    - a total line that closes the table (``Totaal``, ``Eindtotaal``; not a region's
      ``Vlaams Gewest``, which ``Brussel`` and ``Totaal`` may follow) above it, and rows below it
      (not a second total line: ``Totaal unieke cursisten`` below ``Totaal inschrijvingen``);
    - the rows start again below it: its first row is the table's first row, or its block's
      (rows after a page break go on from where they stopped).

    Else (rows the table does not have yet, right below its last row) it is taken as repeated:
    a page break the text did not mark. Words above it that are the line right above the table's
    own header (`caption`, folded: ``Unieke cursisten met`` over ``stopgezette en uitgevoerde`` /
    … / ``OKOT'(s) Aantal``, single-spaced) are that line printed again with the header, no
    caption of another table: the rest decides."""
    if not items:
        return False
    below = next((i for i in range(j + 1, min(j + 1 + ROW_BELOW_HEADER, len(lines)))
                  if lines[i].strip() and not repeat(lines[i])), None)
    words = list(pending) if pending else items[-1].texts if items[-1].kind == "junk" else []
    if words and not any(ch.isdigit() for t in words for ch in t) and not any(_CONTINUED.search(t) for t in words) and (
        not caption or fold(" ".join(words)) != caption
    ):
        return not (pending and below is not None and _LOWER_START.match(lines[below].lstrip()))
    code_lines = _code_lines(lines)
    if below is None or TOTAL_LINE.match(lines[below]) or GRAND_LINE.match(lines[below]) or not (
        below in code_lines or (not keyed and _row_like(without_glued_province(lines[below])))
    ):
        return False  # (no row below it: a second total line, ``Totaal unieke cursisten``, goes on with the table)
    closing = next((i for i in reversed(items) if i.kind not in ("junk", *ASIDE_KINDS)), None)
    if closing is not None and closing.kind == "total" and not _names_region(closing):
        return True
    # (the first row of the block it is in: each block of a table of blocks lists the same codes)
    block = max((k + 1 for k, i in enumerate(items) if i.kind == "subtotal"), default=0)
    first = next((i for i in items[block:] if i.kind == "row" and i.texts), None)
    if first is None:
        return False
    key = code_lines[below].group("code") if below in code_lines else _row_key(lines[below])
    return key == (first.code or _row_key(first.texts[-1]))


def _names_region(item: Item) -> bool:
    """Whether a total line names a region (``Vlaams Gewest``, ``Totaal Vlaanderen``): a total
    over some rows, which more rows and a total over both may follow."""
    words = fold(" ".join([*item.texts[:-1], numeric_tail(item.texts[-1])[0]])).lower()
    return any(region in words for region in REGION_TOTALS)


def _block_named_below(
    lines: tuple[str, ...], k: int, items: list[Item],
) -> tuple[tuple[str | None, str | None], int] | None:
    """The block (its province, or its sector: the name its head line gives) that 0-based line
    `k`, right below a total line that names no block, names alone, where it is the block whose
    head opens the rows above that line (no subtotal between them): the total's words wrapped
    below its figures (``Algemeen totaal  121  144`` / ``Antwerpen``, ``Subtotaal  146  195`` /
    ``onderwijs`` below the block ``Onderwijs``), as a narrow label column prints ``Algemeen
    totaal Antwerpen`` — a province's name maybe broken over lines of its own there, as a
    floating province's is (``Totaal  146  195`` / ``Oost-`` / ``Vlaanderen``, ``Oost-`` / `` `` /
    ``Vlaande`` / ``ren``: :func:`_province_label`). With the block, the 0-based line past its
    name. Else None (the next block's head names another block)."""
    if k >= len(lines) or not lines[k].strip() or has_numeric_tail(lines[k]):
        return None
    name = province_name(lines[k])
    past = k + 1
    if name is None and (end := _province_label(lines, k)) is not None:
        name, past = province_name("".join(lines[i].strip() for i in range(k, end))), end
    head = _head_name(lines[k]) if name is None else None
    for item in reversed(items):
        if item.kind in ("subtotal", "total"):
            return None
        if item.kind in ("province", "sector") and item.lines[0] < k:
            if name is not None:
                return ((name, None), past) if item.province == name else None
            return ((None, head), past) if item.kind == "sector" and item.sector == head else None
    return None


def _unit_wrapped_below(lines: tuple[str, ...], k: int) -> bool:
    """Whether 0-based line `k`, right below a total line's figures, is the rest of the total's
    words alone: a count's name in lower case, no figure (``cursisten``, ``unieke cursisten``,
    ``inschrijvingen``: :func:`~okot_audit.parse.words.unit_of`) — a narrow label column wrapped
    ``Totaal unieke cursisten`` and the extractor set the figures on its first line. Read apart,
    the line ended the table, and a second total line below it was left out of it."""
    if k >= len(lines):
        return False
    text = lines[k].strip()
    return bool(text) and text[:1].islower() and len(text.split()) <= 3 and not any(
        ch.isdigit() for ch in text) and unit_of(text) is not None


def _total_item(lines: tuple[str, ...], k: int) -> tuple[Item, int]:
    """A ``Totaal …`` line (and its wrapped continuation); returns the item and next index."""
    texts, numbers = [lines[k]], [k + 1]
    j = k + 1
    while not has_numeric_tail(texts[-1]) and j < len(lines) and j <= k + 3:
        if lines[j].strip():
            if j in _code_lines(lines) or TOTAL_LINE.match(lines[j]) or GRAND_LINE.match(lines[j]):
                break
            texts.append(lines[j])
            numbers.append(j + 1)
        j += 1
    if len(texts) > 1 and not has_numeric_tail(texts[-1]):
        texts, numbers, j = texts[:1], numbers[:1], k + 1
    if GRAND_LINE.match(texts[0]):
        words = fold(" ".join(texts[:-1]) + " " + numeric_tail(texts[-1])[0]).strip()
        rest = words[GRAND_LINE.match(words).end():]  # type: ignore[union-attr]
        name = province_name(rest) if rest.strip() else None
        if name:  # (``Algemeen totaal Brussel 57``, ``Eindtotaal Antwerpen``: the block's, as ``Totaal Brussel``)
            return Item("subtotal", numbers, province=name, texts=texts), j
        return Item("total", numbers, province="*", texts=texts), j
    if REGION_TOTAL_LINE.match(texts[0]):
        return Item("total", numbers, texts=texts), j
    words = fold(" ".join(texts[:-1]) + " " + numeric_tail(texts[-1])[0])
    subtotal = SUBTOTAL_LINE.match(words) is not None
    rest = _TOTAL_WORD.sub("", words).strip()
    name = province_name(rest) if rest else None
    if name:
        return Item("subtotal", numbers, province=name, texts=texts), j
    if rest.lower() in REGION_TOTALS:  # (``Subtotaal Vlaams Gewest``: the region's total, as ``Vlaams Gewest``)
        return Item("total", numbers, texts=texts), j
    sector = sector_name(_closing_key(rest)) if rest else None  # (``Totaal sector zorg``: the block ``zorg``)
    head = head_above(lines, k, rest) if rest and not sector else None
    headed = head is not None or bool(rest and not sector and keyed_above(lines, k, rest))
    if headed and partition_of(rest) not in (None, "unknown"):
        sector = " ".join(rest.lower().split())  # (``Totaal mannen``: a block of one category, ``Mannen`` over its rows)
    if sector or (rest and unit_of(rest) is None and (subtotal or headed)):
        # (``Totaal Man`` below a head line ``Man``: a pivot's block in outline form, closed;
        # ``Totaal vrouwen`` with no line ``Vrouwen`` above it stays the table's total)
        return Item("subtotal", numbers, sector=sector or rest.lower(), texts=texts,
                    head=head + 1 if head is not None else None), j
    if subtotal and not rest:
        return Item("subtotal", numbers, texts=texts), j  # ``Subtotaal`` alone: over the rows above it
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
        if len(piece) > 25 or (not acc and piece[0] not in _PROVINCE_INITIALS):
            return None  # (a piece with a digit is no beginning of a name: the prefixes say so)
        acc += piece
        seen += 1
        norm = _SPACES.sub("", acc).lower()
        if norm in _NORMAL_PROVINCES:
            return j
        if norm not in _PROVINCE_PREFIXES:
            return None
    return None


def _sector_name_goes_on(lines: tuple[str, ...], k: int) -> bool:
    """Whether the line below line k — a sector's name alone (``Logistiek``) — goes on with it in
    lower case, its row's figures beside it or on the line below, or the line below the row's
    figures does (cells centred vertically): the first line of a programme's name
    (``Logistiek`` / ``assistent 15 17 12``, ``Logistiek`` / ``assistent`` / ``15 17 12``,
    ``Logistiek`` / ``15 17 12`` / ``assistent``), not the head of a sector's block (over a
    header's month names, ``augustus september``, or rows that begin with a capital)."""
    below = lines[k + 1: k + 3]
    if len(below) > 1 and ONLY_NUMBERS.match(below[0]):  # (the figures centred between the lines)
        return below[1].lstrip()[:1].islower() and not has_numeric_tail(below[1])
    return bool(below) and below[0].lstrip()[:1].islower() and (  # (the name's line may be the text's last)
        has_numeric_tail(below[0]) or (len(below) > 1 and ONLY_NUMBERS.match(below[1]) is not None))


def _label_goes_on(
    lines: tuple[str, ...], k: int, repeat_at: Callable[[int], bool] = _no_repeat, reach: int = LABEL_LOOKAHEAD,
) -> bool:
    """Whether line k, text without numbers right below a row whose line ended in a digit
    (``… module 5``), continues that row's label: the label's last line — numbers, maybe after
    words (``1ste jaar 12``), maybe alone when the label broke before its last digit
    (``modules 1-`` / ``4 66 33``) — follows within a few lines, with no blank line and no code
    or total in between, nor the table's header printed again (`repeat_at`: its periods are no
    label's numbers, ``… OKOT'(s) 2022`` over a new page)."""
    for j in range(k, min(k + reach, len(lines))):
        text = lines[j]
        if not text.strip() or _prose_start(text) or _starts_item(lines, j):
            return False
        if has_numeric_tail(without_glued_province(text)):
            return j > k and not repeat_at(j)
    return False


def _is_label_end(text: str) -> bool:
    """Label text and then numbers (maybe a glued province label): the last line of a wrapped
    label. The text may be words or only a hyphen (``- 3 2 2 2`` of a label ``… 2 - 3``)."""
    bare = without_glued_province(text)
    return has_numeric_tail(bare) and _NOT_A_FIGURE.search(numeric_tail(bare)[0]) is not None


def without_glued_province(text: str) -> str:
    match = _glued(text)
    return text[: match.start()] if match else text


def _digit_of_label_above(row: Item) -> bool:
    """Whether a row's last line is one digit alone below a line of its label that ends in a
    word a label's own number follows (``266309: … knelpuntvakken 2 - 3 -`` / ``1``, ``… module``
    / ``5``: :func:`~okot_audit.parse.cells.numbered_word`): the label's digit as much as the
    row's count, so no proof that the row's figures are there — a line of words and a number
    below it (``jeugd- 78``) may be its label's last line and its count, and is read as the row's
    line (its readings weigh both: the totals choose, or the row is said), never folded into the
    label with its number."""
    return (len(row.texts) >= 2 and _ONE_DIGIT.fullmatch(row.texts[-1]) is not None
            and numbered_word(without_glued_province(row.texts[-2]).split()))


def _closes_open_range(row: Item, text: str) -> bool:
    """Whether line `text`, one digit alone, ends the range a row's label line left open above
    the row's line of figures (``Educatieve … fase 1-`` / ``10`` / ``2``: the label ``… fase
    1-2``, cells centred on it): a label line that ends in ``1-`` is not whole, and a digit
    alone below the figures is no row."""
    return (
        row.complete and not row.suffix and len(row.texts) >= 2 and bool(ONLY_NUMBERS.match(row.texts[-1]))
        and _OPEN_RANGE.search(row.texts[-2]) is not None and _ONE_DIGIT.fullmatch(text) is not None
    )


def _range_alone_below(row: Item, text: str) -> bool:
    """Whether line `text` is a range of single digits alone (``1- 4``) right below a row whose
    figures are read (``… individueel traject - modules 45`` / ``1- 4``: figures beside a name's
    middle line, pdfplumber's text): the end of that row's name. No row is named by a range cut
    after its dash (``1-``), so its last digit is no count. Below a coded row the range may
    follow its block's province cell (``Vlaams-Brabant 2 - 3``)."""
    if not row.complete or row.suffix:
        return False
    # (beside its block's province cell: ``201213: … verpleegkunde 18`` / ``Vlaams-Brabant 2 - 3``, a
    # coded row's — a province is no row of a table of codes)
    return _RANGE_ALONE.fullmatch((_without_leading_province(text) if row.code else text).strip()) is not None


def _name_rest_below_figures(row: Item, text: str) -> str | None:
    """Whether line `text`, with no code, below a coded row whose figures stood alone on the line
    under its name's first line (its block's province glued to them: ``123040: vakbevoegdheid
    met individueel`` / ``Antwerpen 32``, the cells centred beside a name wrapped over both
    sides of them), is the rest of that name ending in its own digit (``Se-n-se voor fase 1- 2
    voor module 5``): one number, proven the label's (one digit after a word a label's digit
    follows, :func:`unproven_label_numbers`), after words that name neither a province nor a
    category: ``"name"``. The row's figures are there, so the digit is no count of a row whose
    code was lost. Where the line goes on with the name in lower case but its number is no
    proven digit of it (``voor module 12``), whether it is the name's or a count cannot be told:
    ``"unclear"`` (its numbers are reported, never silently made the name's) — so too where it
    starts with a capital and its number follows a word a name's number follows (``Se-n-se voor
    module 12``, ``… traject - 12``): a name's part or a row whose code was lost. Else None (a
    row of its own: ``Educatieve bachelor voor kleuteronderwijs 12``)."""
    if row.code is None or not row.complete or row.suffix or len(row.texts) < 2:
        return None
    if not ONLY_NUMBERS.match(row.texts[-1]) or ONLY_NUMBERS.match(row.texts[-2]):
        return None  # (the figures alone below words of the name: the name goes on around them)
    if not unproven_label_numbers(" ".join(row.texts[-2:])):
        return None  # (``… verpleegkunde -`` / ``1``: maybe the name's own digit, not the row's figures)
    if opens_range(row.texts[-1], text):
        return None  # (``… Educatieve`` / ``2`` / ``- 3 individueel … 1``: the name's range, its figures below)
    head, tail = numeric_tail(text)
    words = head.strip()
    if len(tail) != 1 or not words or _prose_start(text) or CODE_LINE.match(text):
        return None
    if partition_of(fold(words)) or province_name(words) or LEADING_PROVINCE.match(words):
        return None
    if not unproven_label_numbers(text.strip()):
        return "name"
    if _LOWER_START.match(words) is not None or numbered_word(words.split()):
        return "unclear"
    return None


def _prose_before_code(text: str) -> bool:
    """Whether `text`, a line below a table's row, opens a row whose training code stands after
    words of prose (:data:`~okot_audit.patterns.CODE_AFTER_PROSE`: ``Zie ook opleiding 903632:
    Graduaat``), no subset's lead-in (``waarvan 903632: …``) and no sentence (it ends in no stop)."""
    return (":" in text and CODE_AFTER_PROSE.match(text) is not None and aside_kind(text) is None
            and not text.rstrip().endswith((".", "?", "!")))


def _subset_before_code(text: str) -> bool:
    """Whether `text`, a line below a table's row, opens a subset line of it whose training code
    follows the lead-in (``waarvan 903632: Graduaat orthopedagogie -``, :data:`_SUBSET_ROW`)."""
    return (":" in text and _SUBSET_ROW.match(text) is not None and CODE_AFTER_PROSE.match(text) is not None
            and not text.rstrip().endswith((".", "?", "!")))


def _subset_name_open(text: str) -> bool:
    """Whether `text`, a line below a table's total, opens a subset line without a code whose
    name wraps: its lead-in (``waarvan``, :data:`_SUBSET_ROW`) and a few words that end open —
    a dash, or a word no name ends in (``waarvan vrouwen met een`` / ``diploma 12 10``,
    :data:`~okot_audit.parse.words.NOT_A_NAME_END`); no figure, no sentence, no list's colon."""
    stripped = text.strip()
    words = stripped.split()
    return (_SUBSET_ROW.match(text) is not None and 1 < len(words) <= 10 and not any(ch.isdigit() for ch in stripped)
            and _open_name_end(words[-1]) and not _sentence_ends_in(stripped))


def _open_name_end(word: str) -> bool:
    """Whether a name's line that ends in `word` goes on below: a dash, or a word no name ends in."""
    return word in ("-", "\u2013") or word.lower() in NOT_A_NAME_END


def _subset_name_ends_below(text: str, below: str, periods: int) -> bool:
    """Whether line `below`, right below subset line `text` (a figure for each of the table's
    `periods` columns at its end), ends its name: the name stops open before the figures
    (``waarvan 903632: Graduaat orthopedagogie - 12 10`` / ``2de jaar``, :func:`_open_name_end`)
    and the line is a few words of a name's end, no figure, no sentence (:func:`_label_tail`)."""
    label, values = aside_values(text, periods)
    words = label.split()
    return (len(values) == periods > 0 and len(words) > 1 and _open_name_end(words[-1])
            and _label_tail(below) and len(below.split()) <= 6 and not CODE_LINE.match(below)
            and aside_kind(below) is None)


def _subset_figures_below(lines: tuple[str, ...], k: int, periods: int) -> bool:
    """Whether the subset line that opens at line k (:func:`_subset_before_code`) ends in a figure
    for each of the table's `periods` columns within a few lines: on its line, at the end of its
    name's last line or on a line of their own below it (``… orthopedagogie -`` / ``2de jaar`` /
    ``12 10``) — a name wrapped, no sentence of prose that goes on (``waarvan 903632: … volgden er
    in 2022`` / ``de helft een stage, zie vraag 3``)."""
    texts: list[str] = []
    for j in range(k, min(len(lines), k + NAME_LOOKAHEAD + 1)):
        if not lines[j].strip():
            continue
        texts.append(lines[j].strip())
        if has_numeric_tail(lines[j]):
            values = aside_values(" ".join(texts), periods)[1]
            return periods > 0 and sum(not BRACKETED_SHARE.fullmatch(v) for v in values) == periods
    return False


def _count_or_name(lines: tuple[str, ...], k: int) -> bool:
    """Whether line k, below a row of codes whose figures are there, ends in one number after
    words that start with a capital (``Se-n-se voor module 7``): the end of that row's name and
    its digit, or a row whose code was lost and its count — the same line ending in ``12`` is
    the one, in ``7`` maybe the other. Unless the answer proves it the name's
    (:func:`_names_end_proven`: the name printed whole elsewhere, ``… opvoeder met Se-n-se voor
    module 7 17``; the same code's row elsewhere with the same line below it; the row's figures
    alone on a line of their own between its code's line and this one, ``840819:
    Tweedekansonderwijs Verkorte`` / ``33`` / ``Educatieve module 5``, one cell whose figures
    are centred beside a name that goes on below them), nothing here tells. Under one column of
    counts the line is then said (its number reported where it stands, a total it would close
    cites it); under two periods or more, where one figure may be a row's with its other cells
    blank, it is read as a row of its own that may also end the name above
    (:func:`ends_name_below_figures`): the totals choose, or both rows are said — unless the
    table's other rows print their names on past their figures (:func:`_names_go_on`). The
    callers decide; never silently made the name's."""
    return _capital_words_and_number(lines[k].strip()) and not _names_end_proven(lines, k)


def _names_go_on(items: list[Item], row: Item | None, labels: list[str] | None) -> bool:
    """Whether, in a table of two periods or more (`labels`), a coded row above `row` has its
    name go on below its figures (``917049: … 2 - 3`` / ``… module 28 20 27`` / ``5 jeugd- sec``):
    the table prints names on past their figures, and a line of words and one number right below
    `row`'s figures is its name's end as theirs (:func:`_count_or_name`)."""
    return len(labels or ()) > 1 and any(
        item is not row and item.kind == "row" and item.code and item.suffix for item in items)


def _names_end_proven(lines: tuple[str, ...], k: int) -> bool:
    """Whether line k, below a row of codes whose figures are there, is proven its name's end:
    the row's figures stand alone between its code's line and this one (one cell, the name
    wrapped around its figures), the answer prints this line's words and number inside a
    longer line (a name printed whole elsewhere), or the row's code stands as many lines above
    the same line elsewhere (another block's row of that code, its name wrapped the same: a row
    whose code was lost would follow it there with the same name and count). See
    :func:`_count_or_name`."""
    text = lines[k].strip()
    if k >= 2 and ONLY_NUMBERS.match(lines[k - 1]) and CODE_LINE.match(lines[k - 2]) and not has_numeric_tail(lines[k - 2]):
        return True  # (code line, figures alone, this line: one cell, the name wrapped around its figures)
    folded = f" {' '.join(fold(text).split())} "  # (whole words: ``module 7`` is not in ``module 75``)
    if any(folded in f" {' '.join(fold(other).split())} " and len(other.split()) > len(text.split())
           for j, other in enumerate(lines) if j != k and other.strip()):
        return True
    codes = _code_lines(lines)
    above = next((i for i in range(k - 1, max(-1, k - LABEL_LOOKAHEAD - 1), -1) if i in codes), None)
    if above is None:
        return False
    code, same = codes[above].group("code"), fold(text)
    if any(j != k and j - (k - above) in codes and codes[j - (k - above)].group("code") == code
           and fold(other.strip()) == same for j, other in enumerate(lines)):
        return True
    return _stages_below_codes(lines, k, k - above, codes)


def _stages_below_codes(lines: tuple[str, ...], k: int, gap: int, codes: dict[int, re.Match[str]]) -> bool:
    """Whether line k (words and one number, `gap` lines below a code's line) is one of a run of
    such lines, each as far below a row of another code, whose words are the same and whose
    numbers count up by one in their order (``900731: Zorgkundige met 10`` / ``Se-n-se voor -
    module 1``, ``900732: Zorgkundige met 12`` / ``Se-n-se voor - module 2``): the stages of one
    programme, each its row's name's end. Rows whose codes were lost would be rows of one name
    (``Se-n-se voor - module``), the same programme listed again and again, their counts running
    up by one; see :func:`_names_end_proven`. The run stays inside line k's block (no total line
    between): the same line under rows of two provinces, its numbers going up by one, is no run
    of stages but two rows whose codes were lost (``Verpleegkunde 3`` in Antwerpen,
    ``Verpleegkunde 4`` in Limburg)."""
    head, tail = numeric_tail(lines[k].strip())
    words = fold(head)
    if len(tail) != 1 or not tail[0].group().isdecimal() or not words:
        return False
    found: list[tuple[int, str, int]] = []  # (the code's line, its code and the number of each such line, in their order)
    for at in sorted(codes):
        j = at + gap
        if j >= len(lines) or any(i in codes for i in range(at + 1, j + 1)):
            continue  # (another code's line between: no line of this shape)
        other_head, other_tail = numeric_tail(lines[j].strip())
        if len(other_tail) == 1 and other_tail[0].group().isdecimal() and fold(other_head) == words:
            found.append((at, codes[at].group("code"), int(other_tail[0].group())))
    if len(found) < 2:
        return False
    # (line k's block: between the total lines above and below it, looked for as far as the lines found)
    top = next((i for i in range(k - 1, found[0][0] - 1, -1) if _closes_block(lines[i])), -1)
    bottom = next((i for i in range(k + 1, found[-1][0] + gap + 1) if _closes_block(lines[i])), len(lines))
    inside = [(at, code, number) for at, code, number in found if top < at and at + gap < bottom]
    mine = next((i for i, (at, _, _) in enumerate(inside) if at + gap == k), -1)
    run = [(code, number) for _, code, number in inside]
    if len(run) < 2 or mine < 0:
        return False

    def steps(i: int) -> bool:
        """Whether the i-th line's number is one more than the line's before it, of another code."""
        return run[i][1] == run[i - 1][1] + 1 and run[i][0] != run[i - 1][0]

    return (mine > 0 and steps(mine)) or (mine + 1 < len(run) and steps(mine + 1))


def _closes_block(text: str) -> bool:
    """Whether `text` is a total line (``Totaal Antwerpen 577``, ``Eindtotaal 3058``): the end of
    a block of rows, or of a table."""
    return TOTAL_LINE.match(text) is not None or GRAND_LINE.match(text) is not None


def ends_name_below_figures(row: Item, item: Item) -> bool:
    """Whether code-less row `item` is one line right below coded row `row` (maybe with words
    of its name below it: ``Hoger tandartsassistent - 1 ste jaar - 1`` / ``leefgroepenwerking``),
    whose name's last line ends in its figures (``783986: … Educatieve`` / ``… 2de jaar 53 27
    14``), of words that start with a capital and end in one number (``Opvoeder - deel 2``,
    :func:`_capital_words_and_number`) that name neither a province nor a category: the end of
    that row's name, its number the name's digit, as well as a row whose code was lost and its
    count. The reader offers both; the totals choose, or both rows are said."""
    return (
        row.kind == "row" and bool(row.code) and row.complete and item.kind == "row"
        and not item.code and len(item.texts) == 1 and item.lines[0] == row.lines[-1] + 1
        and _capital_words_and_number(item.texts[0]) and not _whole_label(item.texts[0])
    )


def _capital_words_and_number(text: str) -> bool:
    """Words that start with a capital and end in one number (``Se-n-se voor module 7``) that
    is no range's end: after ``2 -`` (``Tweedekansonderwijs 2 - 3``) it closes the name's range
    — no row is named by a range cut after its dash — so it is no count."""
    head, tail = numeric_tail(text.strip())
    return (len(tail) == 1 and bool(head.strip()) and _LOWER_START.match(text.strip()) is None
            and text.strip()[0].isalpha() and _OPEN_RANGE.search(head) is None)


_NAME_TOKEN = re.compile(r"[^\W_]+")


def name_rests_by_catalogue(region: Region, ending: Callable[[str], tuple[str, ...]]) -> None:
    """Give back to a row of codes the line right below it that was said as a count or its
    name's end (:func:`_count_or_name`) where the catalogue the answer is read with ends that
    code's name in the same word and number (`ending`: a code → its name's last two words,
    lower case; a user's catalogue naming ``… Se-n-se voor module 7``): the name's end, read
    into its label. In place."""
    items = region.items
    for n in range(len(items) - 1, 0, -1):
        junk = items[n]
        if junk.kind != "junk" or len(junk.texts) != 1 or len(junk.lines) != 1 or not _capital_words_and_number(junk.texts[0]):
            continue
        m = n - 1
        while m > 0 and items[m].kind == "province":  # (its block's name, glued to its figures)
            m -= 1
        row = items[m]
        if row.kind != "row" or not row.code or not row.complete or row.lines[-1] + 1 != junk.lines[0]:
            continue
        want = ending(row.code)
        if len(want) == 2 and want[-1].isdigit() and tuple(
                w.lower() for w in _NAME_TOKEN.findall(junk.texts[0])[-2:]) == want:
            row.suffix.append(junk.texts[0])
            row.lines.append(junk.lines[0])
            del items[n]


#: A label line that ends in an open range (``fase 1-``, ``modules 1 -``).
_OPEN_RANGE = re.compile(r"\d\s*[-\u2013]\s*$")
_ONE_DIGIT = re.compile(r"\s*\d\s*")
#: A range of single digits alone on its line (``2 - 3``, ``1-4``, ``1- 4``): a label's end, no
#: figures — no name begins with one (:func:`_range_alone_below`, :func:`_label_rest`).
_RANGE_ALONE = re.compile(r"\d\s*[-\u2013]\s*\d")


def ends_in_range(text: str) -> bool:
    """Whether `text` ends in a range of single digits (``vakbevoegdheid 2 - 3``, ``fase 1-2``):
    a label's own numbers, no count."""
    return _RANGE_END.search(text) is not None


_RANGE_END = re.compile(r"[^\W\d_][\w):]*\s+(\d)\s*[-\u2013]\s*(\d)\s*$")  # (``onderwijs: 2 - 3`` too; digits captured)


def range_opened_at_end(text: str, below: str) -> bool:
    """Whether line `text` ends in a range its name opened after a word (``… vakbevoegdheid 2
    -``) that the line `below` closes with a larger digit, its name going on in words (``3 en
    bachelor``): the dash is the name's, no blank's mark — the row's figures stand further down."""
    opened = _RANGE_OPENED_AT_END.search(text)
    if opened is None:
        return False
    closed = _RANGE_CLOSED_FIRST.match(below)
    return closed is not None and int(closed.group(1)) > int(opened.group(1))


def range_whole_at_end(text: str, below: str) -> bool:
    """Whether line `text` ends in a whole range of its name after a word (``… Graduaat 2 - 3``,
    the second digit larger) and the line `below` goes on with the name in words alone (``voor``),
    or in words after a dash that joins them to the name (``- verkort traject - 2de jaar``; a
    dash before a figure or another mark, ``- 3 4``, ``- - -``, is none): a name that runs on
    past its range holds its row's figures further down, so the range's digits and dash may be
    the name's, no counts and no blank's mark (the caller weighs where the row's figures stand)."""
    whole = _RANGE_END.search(text)
    rest = below.strip()
    return (whole is not None and int(whole.group(2)) > int(whole.group(1)) and bool(rest)
            and not has_numeric_tail(below) and (rest[:1] not in _DASH_OPENS or _DASHED_REST.match(rest) is not None))


#: A name's rest that opens with a dash and goes on in a word (``- verkort traject``, ``–jeugd``).
_DASHED_REST = re.compile(r"[-\u2013\u2014]\s*[^\W\d_]")


#: A line that ends in a range left open after a word (``vakbevoegdheid 2 -``), its digit captured.
_RANGE_OPENED_AT_END = re.compile(r"[^\W\d_][\w):]*\s+(\d)\s*[-\u2013]\s*$")
#: A line that opens with one digit and goes on in words (``3 en bachelor``), the digit captured.
_RANGE_CLOSED_FIRST = re.compile(r"\s*(\d)\s+[^\W\d_]")


def opened_number(above: str, text: str) -> int:
    """Where the words of line `text` start after the label's own number or range that begins it
    (one digit, or a range of single digits: ``1- 4 onderwijs: 2 - 3``) where the label's words on
    the line `above` (its figures cut off by the caller) end in a word such a number follows
    (``… traject - modules``, :func:`~okot_audit.parse.cells.numbered_word`): a name wrapped
    between its counting word and its number, its line going on in lower case after it. 0 where
    `text` does not so begin."""
    opened = _NUMBER_OPENED.match(text)
    return opened.end() if opened is not None and numbered_word(above.split()) else 0


#: A line that begins with a label's own number or range of single digits, then a word in lower
#: case (``1- 4 onderwijs``, ``5 jeugd-``): :func:`opened_number`.
_NUMBER_OPENED = re.compile(r"\s*\d(?:\s*[-\u2013]\s*\d)?\s+(?=[^\W\d_A-Z])")


def _without_leading_province(text: str) -> str:
    """A line without the province name that starts it before a label's words in lower case
    (``Vlaams-Brabant individueel kinderzorg``: the province's cell, centred beside the label's
    lines; see :func:`_add_suffix`)."""
    leading = _province_before_name(text, below_code=True)
    return text[leading.end():] if leading else text


#: How a label's word after a province's name starts, in capitals too (``Professionele``, ``Se-n-se``, ``(SLO)``).
_LABEL_WORD_START = re.compile(r"\(?[^\W\d_]")


def _label_rest(
    lines: tuple[str, ...], k: int, first: int = 0, repeat_at: Callable[[int], bool] = _no_repeat,
    breaks: tuple[frozenset[int], Sequence[int | None] | None] = (frozenset(), None),
) -> bool:
    """In a table of codes, below a complete row: whether line k is the rest of that row's
    label — label words without numbers (a capital too: ``Educatieve``, ``Tweedekansonderwijs``
    / ``bachelor -en``; a digit alone after a word a label's number follows: ``… jaar`` / ``1``;
    words in lower case that end in the label's own range or number: ``vakbevoegdheid 2 - 3``,
    ``onderwijs en jaar 1``) up to the next code, total or province line. A row's label begins at
    its code, so words between a row's figures and the next item are the label's end (its
    cell's lines wrapped around figures centred in the row); no figures follow them, so they
    start no row whose code was lost. A sector's or province's name, prose, a sentence or the
    header of another table is no label's end. `first`: the row's first line (0-based); a
    copy of one of its lines is no end of its label (a line printed twice), another row's line
    may be (``jeugd- 49`` / ``modules 1- 4`` below a row that ends so too). `repeat_at`: whether a
    line prints the table's header again after a page break — the label's end may stand last on
    its page, the next item after the page's furniture and that header (blank lines here), or
    after the furniture alone: `breaks`, the 1-based lines furniture left blank and each line's
    page (:func:`~okot_audit.parse.furniture.across_page_furniture`)."""
    for j in range(k, min(k + LABEL_LOOKAHEAD + 1, len(lines))):
        text = lines[j]
        if j > k and _starts_item(lines, j):
            return True
        stripped = _without_leading_province(text).strip()  # (its block's province cell first: ``Antwerpen   lager module 5``)
        if j > k and (not stripped or repeat_at(j)):
            m = j
            while m < len(lines) and (not lines[m].strip() or repeat_at(m)):
                m += 1
            # (a page break: maybe blank lines where its furniture stood, the header printed again,
            # then the next item)
            return m < len(lines) and (any(lines[i].strip() for i in range(j, m)) or across_page_furniture(
                lines, j, m + 1, (), breaks[1], breaks[0])) and _starts_item(lines, m)
        # (right below the row's figures, the label's words are those before them: ``… kinderzorg
        # module 32 10 52 34`` / ``5``, or above them where they stand alone: ``… traject - module`` /
        # ``42 23`` / ``5``)
        above = lines[j - 1] if j else ""
        if j == k and j > 1 and ONLY_NUMBERS.match(above):
            # (no proof where the figure alone is one digit the label's word may own itself: ``… jaar``
            # / ``1`` / ``9`` is ``jaar 1`` counting 9 as well as ``jaar 9`` counting 1)
            above = "" if _ONE_DIGIT.fullmatch(above) else lines[j - 2]
        elif j == k:
            above = numeric_tail(above)[0]
        if j > 0 and _ONE_DIGIT.fullmatch(stripped) and numbered_word(above.split()):
            continue  # the label's own digit alone (``verkort kleuteronderwijs jaar`` / ``1``)
        if _RANGE_ALONE.fullmatch(stripped) and stripped not in {lines[m].strip() for m in range(max(0, first, k - 3), j)}:
            continue  # the label's own range alone (``… educ algemene 5 48 48 38 19 62`` / ``2 - 3``)
        # (the label's own number or range first, which its last word above opened: ``… traject - modules
        # 11 36 84`` / ``1- 4 onderwijs: 2 - 3``; what follows it is weighed as the label's words)
        stripped = stripped[opened_number(above, stripped):]
        bare = without_glued_province(stripped)
        if (
            _LOWER_START.match(stripped)
            and (ends_in_range(bare) or (
                _label_number_alone(bare, lines[j - 1] if j else "") and len(numeric_tail(bare)[1][0].group()) == 1
            ))
            and fold(bare) not in {fold(lines[m]) for m in range(max(0, first, k - 3), j)}
        ):
            continue  # words in lower case ending in the label's own range or number (``vakbevoegdheid 2 - 3``,
            # ``onderwijs en jaar 1``; no copy of a line above)
        if (
            not stripped or has_numeric_tail(bare) or len(stripped) > 60 or _prose_start(text)
            or stripped.endswith((".", "?", "!", ":")) or sector_name(text) or province_name(stripped)
            or (j == k and _starts_item(lines, j))
        ):
            return False
    return False


def _names_block_below(lines: tuple[str, ...], k: int) -> bool:
    """Whether line k, words alone, is the whole name of a place of several words (``Vlaams-Brabant
    en Brussel``, ``Antwerpen stad``, ``Brussels Hoofdstedelijk Gewest``) that the next closing
    line below names as its block (``Totaal Vlaams-Brabant en Brussel  146``): the block's cell,
    floating among its rows as a province's does, never a label's end (:func:`_block_cell_end`)."""
    text = lines[k]
    return (text.lstrip()[:1] in _PROVINCE_INITIALS and not any(ch.isdigit() for ch in text)
            and _block_cell_end(lines, k) == len(text.rstrip()))


def _block_cell_end(lines: tuple[str, ...], k: int) -> int | None:
    """Where the name of a place of several words that opens line k ends (its block's cell,
    beside its rows: alone, or before a line of a row's label, ``Vlaams-Brabant en Brussel
    kleuteronderwijs``), where the next closing line below names that place as its block
    (``Totaal Vlaams-Brabant en Brussel  146``, ``Totaal Brussel`` for ``Brussels Hoofdstedelijk
    Gewest``) — the block's whole name, never cut at the province it opens with. None where no
    such name opens the line. The closing line is the first total line below."""
    text = lines[k]
    stripped = text.strip()
    if stripped[:1] not in _PROVINCE_INITIALS or not stripped[:1].isupper() or " " not in stripped:
        return None
    if not (LEADING_PROVINCE.match(stripped) or stripped[:7].lower() == "brussel"):
        return None  # (the name opens with a province's: ``Vlaams-Brabant en Brussel``, ``Brussels Hoofdstedelijk Gewest``)
    rest = _closing_words(lines, k, _code_lines(lines))
    if rest is None or (len(rest.split()) < 2 and province_name(rest) is None):
        return None
    at = len(text) - len(text.lstrip())
    words = stripped.split()
    for n in range(len(words), 1, -1):  # (the longest opening words that name it)
        said = " ".join(words[:n])
        if _head_name(said) == _head_name(rest) or (province := province_name(rest)) is not None and (
                province_name(said) == province or _names_place(_head_name(said).split(), _head_name(rest).split(), province)):
            return at + _words_end(stripped, n)
    return None


def _words_end(text: str, n: int) -> int:
    """The offset in `text` just past its first `n` words."""
    found = re.match(r"\s*(?:\S+\s+){%d}\S+" % (n - 1), text)
    return found.end() if found else len(text)


#: How many lines below a block's floating cell its closing line may stand (a block's rows, wrapped).
_CLOSING_LOOKAHEAD = 60


def _starts_item(lines: tuple[str, ...], j: int) -> bool:
    """Whether line j opens an item of its own: a code's row, a total, a province's label, a
    row that is no part of the table's rows (``waarvan via duaal leren 12 20`` below a code's
    wrapped label: no line of that label), or a row whose code stands after prose (``Zie ook
    opleiding 903632: Graduaat 67 123``, :func:`_prose_before_code`) or after a subset's lead-in
    (``waarvan 903632: Graduaat``, :func:`_subset_before_code`)."""
    text = lines[j]
    return bool(
        j in _code_lines(lines) or TOTAL_LINE.match(text) or GRAND_LINE.match(text)
        or _province_label(lines, j) is not None or (aside_kind(text) and has_numeric_tail(text))
        or sector_head(text) or category_head(text) or _prose_before_code(text) or _subset_before_code(text)
    )


def sector_head(text: str) -> bool:
    """Whether `text` is a sector's name alone, as the head of its block prints it (``Zorg``,
    ``Onderwijs``, ``Sector zorg``, ``Sector: Onderwijs``): capitalised — a label's last word
    wrapped onto a line of its own is not (``tweedekansonderwijs kinder`` / ``zorg``)."""
    return head_sector(text) is not None


#: The word that may open a sector block's head line (``Sector zorg``, ``Sector: Onderwijs``).
_SECTOR_WORD = re.compile(r"^sector\b\s*:?\s*", re.I)
#: The words before a sector's name on the line closing its block: ``Totaal sector zorg``,
#: ``Subtotaal de sector Zorg``, ``Totaal voor de sector zorg`` close the block ``zorg``.
_CLOSING_SECTOR = re.compile(r"^(?:(?:van|voor|in)\s+)?(?:de\s+)?sector\b\s*:?\s*", re.I)


def _closing_key(rest: str) -> str:
    """The block's key the words after a closing line's ``Totaal`` name: a sector's name without
    the words before it (``sector zorg``, ``de sector Zorg`` → ``zorg``), else `rest` itself."""
    if "ector" not in rest:
        return rest  # (most closing lines: a quick look)
    bare = _CLOSING_SECTOR.sub("", rest)
    return bare if bare != rest and sector_name(bare) else rest


def _head_text(text: str) -> str:
    """A head line's words without the colon that may end them (``Mannen:``, ``Zorg:``)."""
    stripped = text.strip()
    return stripped[:-1].rstrip() if stripped.endswith(":") else stripped


def _head_name(text: str) -> str:
    """The block name a head line gives, as a closing line's words are compared (``Mannen:`` →
    ``mannen``)."""
    return " ".join(fold(_head_text(text)).lower().split())


def head_sector(text: str) -> str | None:
    """The sector a block's head line names (:func:`sector_head`), or None."""
    stripped = _head_text(text)
    if not stripped[:1].isupper() or stripped.split(None, 1)[0].rstrip(":").lower() not in _SECTOR_STARTS:
        return None  # (most lines: a quick look)
    return sector_name(stripped) or sector_name(_SECTOR_WORD.sub("", stripped))


#: The first words of a sector block's head line: a sector's name, or the word ``sector``.
_SECTOR_STARTS = frozenset({*(name.split()[0] for name in SECTORS), "sector"})
#: Longer than any category of persons alone on its line (``diploma hoger secundair onderwijs``):
#: a quick look before :data:`~okot_audit.patterns.PERSON_CATEGORY` (:func:`category_head`).
_CATEGORY_LENGTH = 50


def category_head(text: str) -> bool:
    """Whether `text` is a category of persons alone on its line, capitalised (``Man``,
    ``Vrouwen``, ``Laaggeschoold``) or a class of figures (``-25 jaar``): maybe the head of a
    block of rows of another kind (:func:`_open_category_heads`), never the last words of a coded
    row's label."""
    stripped = _head_text(text)
    return (len(stripped) <= _CATEGORY_LENGTH and not stripped[:1].islower()
            and PERSON_CATEGORY.match(stripped) is not None and not has_numeric_tail(stripped))


def _block_name(text: str, keyed: bool) -> bool:
    """Whether `text` names a block alone, as the head line over its rows prints it: a province,
    a sector, or (over coded rows) a category of persons."""
    return bool(text.strip()) and (
        province_name(text) is not None or sector_head(text) or (keyed and category_head(text)))


def _glued(text: str) -> re.Match | None:
    """A province label glued after a row's last number (the line ends as a province name does)."""
    return GLUED_PROVINCE.search(text) if text.rstrip()[-1:] in _PROVINCE_ENDS else None


#: The last letters of the province names, in either case.
_PROVINCE_ENDS = frozenset("".join(p[-1].lower() + p[-1].upper() for p in PROVINCES))


def _period_list(text: str) -> tuple[str, list[PeriodToken]] | None:
    """The period list a line ends with (a year digit, a footnote star or ``Totaal`` ends it):
    its words and its periods (a list of the caller's own)."""
    found = _periods_ending(text)
    return None if found is None else (found[0], list(found[1]))


@per_answer
def _periods_ending(text: str) -> tuple[str, tuple[PeriodToken, ...]] | None:
    """:func:`_period_list`, its periods a tuple. (Asked of a line by many steps — a region's
    scan, the header above it, the look for the header printed again — its answer is kept for
    the answer being read: :func:`~okot_audit.parse.scan.per_answer`.)"""
    end = text.rstrip()
    if not end or not (end[-1].isdigit() or end[-1] in "*)lLmM" or (_ends_in_month(end) and _YEAR_BEFORE_LAST.search(end))
                       or (end[-1].islower() and (end[-2:-1].isdigit() or (end[-2:-1] == " " and end[-3:-2].isdigit())))):
        return None  # (``)``: a period's note in brackets, ``2022 (voorlopig)``; a month under its year in
        # its cell, ``2021 jan.``; a footnote's letter glued to its year, ``2023a``, or set apart, ``2023 a``)
    if _count_last(end) and not ("/" in text or "-" in text or "\u2013" in text):
        return None  # (a row's count last, ``Antwerpen 12 1.240``: no year, no range of days)
    found = period_list(text)
    return None if found is None else (found[0], tuple(found[1]))


def _count_last(end: str) -> bool:
    """Whether the last word of `end` (a line, its trailing spaces stripped) is a count that no
    period's word may be (:func:`~okot_audit.parse.context.period_list`): ASCII digits but a
    year's four (``2021``) or five (a note's digit glued to it, ``20211``), or a count with
    thousands points (``1.240``: a date's points part two digits at most, ``30.06.2024``)."""
    last = end[end.rfind(" ") + 1:]
    if not last.isascii():
        return False
    if last.isdigit():
        return not (len(last) in (4, 5) and last[:2] in _CENTURIES)
    groups = last.split(".")
    return (
        len(groups) > 1 and 0 < len(groups[0]) <= 3 and all(g.isdigit() for g in groups)
        and all(len(g) == 3 for g in groups[1:])
    )


#: The first two digits of a year a period names.
_CENTURIES = ("19", "20")


#: A year right before a line's last word (``… 2021 jan.``).
_YEAR_BEFORE_LAST = re.compile(r"(?<!\S)(?:19|20)\d{2} \S+$")


def _prose_start(text: str) -> bool:
    """A numbered answer item (``2.``, ``a)``) or a footnote (``*``) starts here."""
    return bool(NUMBERED.match(text)) or text.lstrip().startswith("*")


#: A sentence's end: a word or a number (``vraag 213.``), its full stop (or question or
#: exclamation mark), then the next sentence's capital or the line's end — never an
#: abbreviation inside a label (``educ. sec``).
_SENTENCE_END = re.compile(r"(?:[^\W\d_]{2,}|\d)[.?!](?:\s+[A-Z]|\s*$)")
#: The fewest words of a paragraph of prose (a row's label wrapped over lines is shorter).
_PARAGRAPH_WORDS = 12


def _prose_paragraph(lines: tuple[str, ...], k: int) -> bool:
    """Whether the lines from k to the next blank line are a paragraph of prose: many words, a
    sentence's end among them, and no training code or total line."""
    words = 0
    sentence = False
    code_lines = _code_lines(lines)
    for j in range(k, min(len(lines), k + 12)):
        text = lines[j]
        if not text.strip():
            break
        if j in code_lines or TOTAL_LINE.match(text) or GRAND_LINE.match(text):
            return False
        words += len(text.split())
        sentence = sentence or _SENTENCE_END.search(text) is not None
    return sentence and words >= _PARAGRAPH_WORDS


def _numbered_sentence(text: str) -> bool:
    """Whether `text` opens a numbered answer item (``3. Hieronder vindt u …``) and is prose on
    its own: a paragraph's words and a sentence's end. Laid-out text (a PDF's lines) keeps no
    blank line between a table's last row and such an item below it."""
    return _prose_start(text) and _prose_paragraph((text,), 0)


def _table_resumes(
    lines: tuple[str, ...], k: int, keyed: bool = True, repeat_at: Callable[[int], bool] = _no_repeat,
) -> bool:
    """Whether a code or total line follows within a few non-blank lines (so k is junk); the
    lines of the table's header repeated on a new page (`repeat_at`) do not count (``Bouw`` at
    a page's foot, the header of five lines at the next page's top, the block's rows)."""
    if _prose_start(lines[k]):
        return False
    return _rows_follow(lines, k, keyed, repeat_at)


#: A footnote's first line: its mark, then its words (``(*) cijfers tot 30 juni``, ``* voorlopig``,
#: ``(1) Inclusief …``, ``1) …``).
_NOTE_START = re.compile(r"\s*(?:\((?:\d{1,2}|\*{1,3})\)|\d{1,2}\)|\*{1,3})\s*[^\W\d_]")


def _note_between_rows(
    lines: tuple[str, ...], k: int, keyed: bool, repeat_at: Callable[[int], bool] = _no_repeat,
    below_total: bool = False, wraps: bool = True,
) -> bool:
    """Whether line k, below a table's row, is a footnote printed under the row it explains
    (``Antwerpen  577  601`` / ``(*) cijfers tot 30 juni`` / ``Limburg  529  540``): a mark, or
    the word a note or the source starts with (``Bron: VDAB``, ``Noot:``; :data:`NOTE_LINE`),
    then words, not ending in a row's figures, with the table's rows going on right below it. It
    is no row, no line of a row's label, and the table does not end at it (its date's numbers
    are no stray figures: a note's are prose). Right `below_total` (a block's subtotal), the
    next block's name may follow it too (``Subtotaal zorg …`` / ``* voorlopig`` / ``Onderwijs``).
    Where it `wraps` (below a total, or a row whose figures are there: no label's line is due),
    its words may go on over lines in lower case (:func:`_past_note`)."""
    if not _note_line(lines[k]):
        return False
    last = _past_note(lines, k) - 1 if wraps else k  # (its words wrapped onto the next lines)
    if below_total:
        below = next((j for j in range(last + 1, min(last + 3, len(lines))) if lines[j].strip()), None)
        return (below is not None and _lone_head(lines[below])) or _rows_follow(lines, last, keyed, repeat_at, within=1)
    return _rows_follow(lines, last, keyed, repeat_at, within=1)  # (the next line: a caption over the next table is none)


def _past_note(lines: tuple[str, ...], k: int) -> int:
    """Past the footnote that 0-based line `k` opens (:func:`_note_line`) and its words wrapped
    onto the next lines (in lower case, no figures: ``* zonder de cursisten in een`` / ``andere
    regio``; two lines at most); `k` itself where no note opens there."""
    if k >= len(lines) or not _note_line(lines[k]):
        return k
    j = k + 1
    while j < min(k + 3, len(lines)) and lines[j].lstrip()[:1].islower() and not has_numeric_tail(lines[j]):
        j += 1
    return j


def _note_line(text: str) -> bool:
    """Whether `text` opens as a footnote does (a mark, or the word a note or the source starts
    with: :data:`NOTE_LINE`) and does not end in a row's figures (two or more)."""
    return bool(_NOTE_START.match(text) or NOTE_LINE.match(text)) and len(numeric_tail(text.strip())[1]) < 2




def _note_year_last(text: str) -> bool:
    """Whether `text` (a note's line ending in a figure) ends in a year (``… tot eind juni
    2022``), not in a pointer's number (``zie ook vraag 3``: a stray figure, reported)."""
    return YEAR.fullmatch(text.rstrip().rsplit(None, 1)[-1]) is not None


def _note_of_figures(text: str) -> bool:
    """Whether `text`, among a table's rows, is a note on its figures (:func:`~okot_audit.patterns.figures_note`:
    ``voorlopige cijfers``, ``cijfers tot eind juni``), not a row's nor a label's line: no
    figure on it but a year (``cijfers tot eind juni 2022``), one year named at most."""
    last = text[text.rfind(" ") + 1:] if text[-1:].isdigit() else ""
    if last.isdigit() and not YEAR.fullmatch(last):
        # a row's count last (most lines), or a note's pointer (``zie ook vraag 3``: no count)
        return scope_note(text) and REFERENCE_END.search(text) is not None
    if not figures_note(text):
        return False  # (most lines: no note's words at all)
    words, tail = numeric_tail(text.strip())
    if not words or not all(YEAR.fullmatch(t.group()) for t in tail) or not figures_note(words):
        return False
    return len(set(A_YEAR.findall(text))) <= 1  # (a header's periods: ``2022  2023 (tot en met september)  2024``)


def _rows_follow(
    lines: tuple[str, ...], k: int, keyed: bool, repeat_at: Callable[[int], bool], within: int = JUNK_LOOKAHEAD,
) -> bool:
    """Whether a code, total or row line follows line k within `within` non-blank lines."""
    seen = 0
    for j in range(k + 1, len(lines)):
        if not lines[j].strip() or repeat_at(j):
            continue
        if j in _code_lines(lines) or TOTAL_LINE.match(lines[j]) or GRAND_LINE.match(lines[j]):
            return True
        if not keyed and _row_like(lines[j]) and not _period_list(lines[j]):
            return True
        seen += 1
        if seen >= within or NUMBERED.match(lines[j]):
            return False
    return False


def _add_suffix(row: Item, k: int, text: str, items: list[Item], lines: tuple[str, ...] = ()) -> None:
    """Add line k to the label below a row's figures; a province name that starts it is the
    province's cell, centred beside the label's lines (``Limburg kleuteronderwijs met``, and
    before a word with a capital, ``West-Vlaanderen Educatieve jaar 1``: :func:`_province_before_name`),
    and so is a place's name of several words that the block's closing line names (`lines`:
    ``Vlaams-Brabant en Brussel kleuteronderwijs``, :func:`_block_cell_end`)."""
    cell = _block_cell(lines, k, items) if lines else None
    if cell is not None:
        text = text[cell:]
    elif leading := _province_before_name(text, below_code=True):
        items.append(Item("province", [k + 1], province=province_name(leading.group("province")), texts=[leading.group("province")]))
        text = text[leading.end():]
    row.suffix.append(text)


def _cell_closed(item: Item, items: list[Item]) -> str | None:
    """The name of the block a total line `item` closes where its words name the block whose cell
    of several words stood on a line of the rows above it, since the last closing line (a place
    that is no province, ``Antwerpen stad``: :func:`_block_cell`); else None."""
    words = fold(" ".join([*item.texts[:-1], numeric_tail(item.texts[-1])[0]]))
    rest = _head_name(_TOTAL_WORD.sub("", words))
    for other in reversed(items):
        if other.kind in ("subtotal", "total"):
            return None
        if other.kind == "sector" and other.sector == rest and " " in rest:
            return rest
    return None


def _block_cell(lines: tuple[str, ...], k: int, items: list[Item]) -> int | None:
    """Where the block's cell of a place of several words that opens line k ends
    (:func:`_block_cell_end`), its item added to `items` (a province's, or a block's by its name
    where the place is no province: ``Antwerpen stad``); None where none opens it."""
    if not lines or lines[k].lstrip()[:1] not in _PROVINCE_INITIALS:
        return None  # (a first look: most lines open with no province)
    end = _block_cell_end(lines, k)
    if end is None:
        return None
    items.append(_cell_item(lines[k][:end].strip(), k))
    return end


def _add_cell(items: list[Item], cell: tuple[int, str, bool], k: int) -> None:
    """Add the item of a block's `cell` on a code's 0-based line k (:func:`code_cells`) to
    `items`; a cell whose words go on from the code line's above (the name wrapped in its cell)
    makes that line's cell item the block's whole name instead."""
    _, name, goes_on = cell
    if goes_on:
        for at in range(len(items) - 1, -1, -1):
            if items[at].kind in ("subtotal", "total"):
                break
            if items[at].kind in ("province", "sector"):
                items[at] = _cell_item(name, items[at].lines[0] - 1)
                return
    items.append(_cell_item(name, k))


def _cell_item(name: str, k: int) -> Item:
    """The item of a block's cell `name` on 0-based line k: a province's where it names one
    (``Brussels Hoofdstedelijk Gewest``), else a block's by its name (``Antwerpen stad``)."""
    province = province_name(name)
    return (Item("province", [k + 1], province=province, texts=[name]) if province else
            Item("sector", [k + 1], sector=_head_name(name), texts=[name]))


def _province_before_name(text: str, below_code: bool = False) -> re.Match | None:
    """The province name that starts a line before a label's words: the province's cell, centred
    beside its block's rows, printed on one of their lines. Two lines print it so:

    - the first line of a row without code, before a label of its own (``Limburg Graduaat
      verpleegkunde 3 28``, ``Antwerpen -25 jaar 12 15``, ``Limburg laaggeschoold 5 6``,
      ``Antwerpen 25-54 jaar 3 4``); None where the whole label names a province (``Brussel
      Hoofdstedelijk Gewest 12``), where the words after it go on naming a place
      (``Vlaams-Brabant en Brussel 12``, ``Antwerpen stad 4``) or name another province, and where
      only figures and marks follow it (``Antwerpen 12 x 15``);
    - (`below_code`) a line of a label below its code line, beside the label's lines: those
      cases, and also before any word in lower case (``Limburg kleuteronderwijs met``; the row's
      label is begun at its code, so ``en``, ``stad`` there are the label's words too) or before a
      capital or a bracket (``Antwerpen Professionele``, ``Oost-Vlaanderen Graduaat``,
      ``Antwerpen (SLO)``: labels' words start in capitals as often) — not before a word that goes
      on naming a place or closes its block in capitals (``Antwerpen Totaal``) nor where the line
      names a province whole (``Brussel Hoofdstedelijk Gewest``)."""
    leading = LEADING_PROVINCE.match(text)
    if leading is None:
        return None
    if below_code:
        after = text[leading.end():].lstrip()
        if _place_goes_on(after):
            return None  # (``Vlaams-Brabant en Brussel``, ``Antwerpen stad``: one place's name, never cut)
        if _LOWER_START.match(after) or _RANGE_ALONE.fullmatch(after.rstrip()):
            return leading  # (``Vlaams-Brabant 2 - 3``: the label's range alone, :func:`_range_alone_below`)
        first = after.split(None, 1)[0] if after else ""
        if (_LABEL_WORD_START.match(first) and fold(first).lower().rstrip(".") not in _PROVINCE_GOES_ON
                and not province_name(text.strip())):
            return leading
    words = numeric_tail(text)[0]
    rest = words[leading.end():].split()
    if not rest or fold(rest[0]).lower().rstrip(".") in _PROVINCE_GOES_ON or province_name(words):
        return None
    if (NUMBER.fullmatch(rest[0]) or _VALUE_FIRST.fullmatch(rest[0])) and not (
        len(rest) > 1 and _A_WORD.fullmatch(rest[1]) and not BLANK_MARK.fullmatch(rest[1])
    ):
        # (a count first: figures and marks, ``Antwerpen 12 x 15``; not ``25 tot 54 jaar``; nor a
        # value no count can be in a count's place, ``Limburg -4 210``, ``Antwerpen 30-35 41``,
        # which stays the row's to be said — ``-25 jaar`` is an age class by its word)
        return None
    if not _LABEL_START.match(rest[0]) or any(province_name(w) for w in rest):
        return None
    return leading


#: A sector's name that opens a line before a label's word in capitals (``Zorg Zorgkundige``).
_LEADING_SECTOR = re.compile(r"^\s*(?P<sector>" + "|".join(SECTORS) + r")\s+(?=[^\W\d_])", re.I)


def _sector_before_name(lines: tuple[str, ...], k: int, text: str, items: list[Item]) -> re.Match | None:
    """The sector's name that opens the first line of a row without code before a label of its
    own (``Zorg Zorgkundige 412 455``, ``Onderwijs Educatieve bachelor 97 120``): the block's cell,
    beside its rows (a first column ``Sector`` whose merged cell the extractor prints on one of
    their lines), as a province's is (:func:`_province_before_name`). Only where the block has
    no head yet (no sector's item since the last closing line), the next word opens in capitals
    (a label's own words go on in lower case: ``Logistiek assistent``) and the first closing line
    below names that sector (``Subtotaal zorg``); else None."""
    found = _LEADING_SECTOR.match(text)
    if found is None or not found.group("sector")[:1].isupper():
        return None
    after = text[found.end():]
    if not after[:1].isupper() or not has_numeric_tail(text) or not numeric_tail(text)[0][found.end():].strip():
        return None
    for item in reversed(items):
        if item.kind in ("subtotal", "total"):
            break
        if item.kind in ("sector", "province"):
            return None
    rest = _closing_words(lines, k, _code_lines(lines))
    if rest is None or sector_name(_closing_key(" ".join(rest.lower().split()))) != found.group("sector").lower():
        return None
    return found


#: The words after a province's name that go on naming a place (``Vlaams-Brabant en Brussel``,
#: ``Antwerpen stad``, ``Limburg (incl. …)``) or close its block (``Antwerpen totaal``).
_PROVINCE_GOES_ON = frozenset({
    "en", "of", "&", "+", "/", "-", "\u2013", "stad", "provincie", "regio", "arrondissement", "incl", "inclusief",
    "excl", "exclusief", "zonder", "met", "totaal", "subtotaal", "samen", "gewest",
})
def _place_goes_on(after: str) -> bool:
    """Whether `after`, the words after a province's name that opens a line, go on naming a
    place: a word that names a part of it (``stad``, ``provincie``, ``regio``, ``arrondissement``,
    ``gewest``), or a word that joins another place to it before that place's name (``en
    Brussel``, ``& Brussel``, ``+ Brussels Hoofdstedelijk Gewest``). A word that joins no place
    (``en gehandicaptenzorg``, ``met kinderen``) is a label's."""
    words = after.split(None, 2)
    if not words:
        return False
    first = fold(words[0]).lower().rstrip(".")
    if first in _PLACE_PARTS:
        return True
    if first not in _PROVINCE_GOES_ON or len(words) < 2:
        return False
    rest = " ".join(words[1:])
    return LEADING_PROVINCE.match(rest + " ") is not None or province_name(rest) is not None or (
        province_name(words[1]) is not None)


#: The words after a province's name that name a part of the place (``Antwerpen stad``).
_PLACE_PARTS = frozenset({"stad", "provincie", "regio", "arrondissement", "gewest"})
#: The first token of a label: a word (``laaggeschoold``, ``Graduaat``), an age class or an
#: ordinal (``-25``, ``+55``, ``55+``, ``25-54``, ``<25``, ``1ste``), a count's number before a
#: word (``25 tot 54 jaar``).
_LABEL_START = re.compile(r"[^\W\d_]|[<>\u2264\u2265]|[-+\u2013]?\d+(?:[-+\u2013]\d*|ste|de|e)?$")
_A_WORD = re.compile(r"[^\W\d_]{2,}\.?")
#: A first token that is a value before it is a label: a signed number or a range of numbers
#: (``-4``, ``30-35``) — an age class only with its word after it (``-25 jaar``, ``25-54 jaar``).
_VALUE_FIRST = re.compile(r"[-\u2013]\d+|\d+[-\u2013]\d+")


def _add_line(row: Item, k: int, text: str, items: list[Item], lines: tuple[str, ...] = ()) -> None:
    """Add line k to a row; ``… 2de jaar 16 Limburg`` gives the province label back, and so
    does a province name that starts a line of the label below its code line (``Antwerpen
    zorgkundige - 1ste jaar 19``: the province's cell, centred beside the label's lines) — a
    place's name of several words whole where the block's closing line names it (`lines`:
    :func:`_block_cell`)."""
    if row.suffix:  # label lines taken as the end of the label come before this one
        row.texts.extend(row.suffix)
        row.suffix.clear()
    first = None if row.texts or row.code else _province_before_name(text)
    if first is None and not row.texts and not row.code and lines:
        sector = _sector_before_name(lines, k, text, items)
        if sector is not None:  # (``Zorg Zorgkundige 412 455``: the sector's cell on its row's line)
            head = Item("sector", [k + 1], sector=sector.group("sector").lower(), texts=[sector.group("sector")])
            items.insert(len(items) - 1 if items and items[-1] is row else len(items), head)
            text = " " * sector.end() + text[sector.end():]
    cell = _block_cell(lines, k, items) if row.texts else None
    if cell is not None:  # (a place's name of several words, the block's whole: ``Vlaams-Brabant en Brussel``)
        text = " " * cell + text[cell:]
    leading = LEADING_PROVINCE.match(text) if row.texts and cell is None else first
    if leading:
        head = Item("province", [k + 1], province=province_name(leading.group("province")), texts=[leading.group("province")])
        if first is not None and items and items[-1] is row:
            items.insert(len(items) - 1, head)  # (a block's head, before its first row: :func:`headed_blocks`)
        else:
            items.append(head)
        # (the line keeps its figures' places, the row's first or a line of its name below its code
        # line: laid-out text places them by column, ``Oost-Vlaanderen ste jaar   37   x   37``)
        text = " " * leading.end() + text[leading.end():]
    match = _glued(text)
    row.lines.append(k + 1)
    # (the spaces before the province but the one that glued it stay: ``79   Antwerpen`` under a
    # blank last period keeps the blank, ``79  ``, as the line without the province would)
    row.texts.append(text[: match.start("province") - 1] if match else text)
    if match:
        items.append(Item("province", [row.last_line], province=province_name(match.group("province")), texts=[match.group("province")]))


def cut_above(region: Region, line: int) -> Region | None:
    """`region` ended above `line` (1-based), where another table's header stands that names
    every column (a table on its side, ``Jaar Oost-Vlaanderen Brussel Totaal``): the rows and
    totals above it are `region`'s (``Opleiding 2017 2018 2019`` / ``Totaal 32 16 60``, a table
    of its total alone), the words right above it its caption. None where no row or total of
    `region` stands above it: the other table's header is the only reading of those lines."""
    if region.start >= line or (region.period_line or region.start) >= line:
        return None
    items = [i for i in region.items if i.lines and i.lines[-1] < line]
    while items and items[-1].kind == "junk" and not any(ch.isdigit() for t in items[-1].texts for ch in t):
        items.pop()  # (the words right above the other table's header are its caption)
    if not any(i.kind in ("row", "subtotal", "total") for i in items):
        return None
    return replace(region, items=items, end=items[-1].lines[-1],
                   repeated=[n for n in region.repeated if n < line])
