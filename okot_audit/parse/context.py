"""What the words of an answer say about it and its tables.

Title and sector, the question's number and date, what a table counts (its measure, unique
persons or enrolments), its periods and which of them the answer calls partial. Everything is
read from the answer's own words; nothing is keyed to a particular file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from okot_audit.parse.caseless import Caseless
from okot_audit.parse.words import unit_of
from okot_audit.quick import quick_init
from okot_audit.tables import Period

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}

#: A period as a header prints it: a year or a school year, perhaps with footnote stars.
PERIOD_TOKEN = re.compile(r"((?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?)(\*{0,3})")
_PERIOD_WORD = re.compile(r"^((?:19|20)\d{2}(?:[-/](?:19|20)?\d{2})?)(\*{0,3})$")
_TOTAL_COLUMN = re.compile(r"^(totaal|total|som)(\*{0,3})$", re.I)
_MONTH_ABBREVIATIONS = {name[:3]: number for name, number in MONTHS.items()}
_WORD = re.compile(r"\S+")


@quick_init
@dataclass(frozen=True)
class PeriodToken:
    """One column of a header's period list: its label as the contract writes it (``2022``,
    ``2019-2020``, ``2020-10`` for ``oktober 2020``, ``Totaal`` for a total column), its
    footnote stars and the character span it takes in the header line."""

    label: str
    stars: str
    start: int
    end: int

    @property
    def is_total(self) -> bool:
        return self.label == "Totaal"


def period_list(line: str) -> tuple[str, list[PeriodToken]] | None:
    """Split a line that ends in a list of periods into its words and the periods.

    Periods are years (``2018``), school years (``2019-2020``), months (``januari 2020``), each
    perhaps starred; a total column (``Totaal``) may close the list. At least one dated period.
    """
    found = _period_list(line)  # the reader asks this of one line several times, close together
    return None if found is None else (found[0], list(found[1]))


#: A few lines' worth: the reader asks again within a few lines, and a streamed run's memory
#: must not grow with the answers it read (tests/test_corpus_stream.py).
@lru_cache(maxsize=32)
def _period_list(line: str) -> tuple[str, tuple[PeriodToken, ...]] | None:
    last = line.rsplit(None, 2)  # the list ends in a period, or in a total column after one
    if not last or not (_PERIOD_WORD.match(last[-1]) or (
            len(last) > 1 and _TOTAL_COLUMN.match(last[-1]) and _PERIOD_WORD.match(last[-2]))):
        return None
    words = list(_WORD.finditer(line))
    found: list[PeriodToken] = []
    k = len(words)
    if k and (total := _TOTAL_COLUMN.match(words[-1].group())):
        found.append(PeriodToken("Totaal", total.group(2), words[-1].start(), words[-1].end()))
        k -= 1
    dated = 0
    while k > 0:
        word = words[k - 1]
        match = _PERIOD_WORD.match(word.group())
        if not match:
            break
        label, stars = match.group(1), match.group(2)
        start = word.start()
        if k > 1 and "-" not in label and "/" not in label:
            month = _month_number(words[k - 2].group())
            if month is not None:
                label, start = f"{label}-{month:02d}", words[k - 2].start()
                k -= 1
        found.append(PeriodToken(label, stars, start, word.end()))
        dated += 1
        k -= 1
    if not dated:
        return None
    found.reverse()
    head = line[: words[k - 1].end()].strip() if k > 0 else ""
    return head, tuple(found)


def _month_number(word: str) -> int | None:
    name = word.lower().rstrip(".")
    return MONTHS.get(name) or (_MONTH_ABBREVIATIONS.get(name) if len(name) == 3 else None)


_MEASURES = (
    ("stopped_or_failed", Caseless(r"stopgezet|stopten|stopt\b|niet[- ]geslaagd|uitval|uitgevallen|vroegtijdig",
                                   needs=("stop", "geslaagd", "uitval", "uitgevallen", "vroegtijdig"))),
    ("graduated", Caseless(r"geslaagd|behaald|behaalden|afgerond|rondden .*af|gediplomeerd",
                           needs=("geslaagd", "behaald", "afgerond", "rondden", "gediplomeerd"))),
    ("started", Caseless(r"gestart|startten|opgestart|instroom|ingestroomd|begonnen|starters",
                         needs=("start", "instroom", "ingestroomd", "begonnen"))),
)
#: Any of the measures' words: a text without them has no sentence that names a measure.
_ANY_MEASURE = Caseless("|".join(f"(?:{pattern.pattern})" for _, pattern in _MEASURES),
                        needs=tuple(word for _, pattern in _MEASURES for word in pattern.needs))
_PARTIAL = Caseless(
    r"voorlopig|jaarhelft|eerste helft|enkel cijfers|gedeeltelijk|onvolledig|"
    r"nog niet (?:volledig|definitief)|definitieve cijfers|nog (?:een stuk )?oplopen|"
    r"tot en met (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november)\b",
    needs=("voorlopig", "helft", "enkel cijfers", "gedeeltelijk", "onvolledig", "nog niet", "definitieve cijfers",
           "oplopen", "tot en met"),
)
_SECTOR = re.compile(r"\b([A-Za-zé]+?)sector\b|\bsector\s+([A-Za-zé]+)", re.I)
#: ``op vraag nr. 74 van 14 oktober 2022`` (``op`` first and its word boundary looked back at, the
#: same as ``\bop``: a pattern that starts with a word lets the engine skip to each ``op``).
_QUESTION = Caseless(
    r"op(?<=\bop)\s+(?:de\s+)?(?:schriftelijke\s+)?vraag\s+nr\.?\s*(\d+)\s+van\s+(\d{1,2})\s+([a-z]+)\s+((?:19|20)\d{2})"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(*])")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_PARAGRAPH_END = re.compile(r"\n\s*\n|\n(?=\s*(?:\d{1,2}\.|[a-z]\)|\*)\s)")
_FOOTNOTE = re.compile(r"(\*{1,3})\s*(.*)", re.S)


def read_title(lines: tuple[str, ...]) -> str:
    """The answer's title: its first paragraph (first non-blank lines up to a blank line)."""
    out: list[str] = []
    for line in lines:
        if line.strip():
            out.append(line.strip())
        elif out:
            break
        if len(out) >= 4:
            break
    return fold(" ".join(out))


def read_sector(title: str) -> str | None:
    """``Onderwijssector`` → ``onderwijs``; ``Zorgsector`` → ``zorg``; else None."""
    match = _SECTOR.search(title)
    if not match:
        return None
    word = (match.group(1) or match.group(2) or "").lower()
    return word or None


def read_question(text: str) -> tuple[int | None, date | None]:
    """The question this text answers (``op vraag nr. 74 van 14 oktober 2022``)."""
    match = _QUESTION.find(text)
    if not match:
        return None, None
    number = int(match.group(1))
    month = MONTHS.get(match.group(3).lower())
    if month is None:
        return number, None
    try:
        when: date | None = date(int(match.group(4)), month, int(match.group(2)))
    except ValueError:
        when = None
    return number, when


def read_measure(*texts: str) -> str:
    """What a table counts, from its header, else from the nearest sentence before it."""
    for text in texts:
        if not _ANY_MEASURE.search(fold(text)):
            continue  # no sentence of it names one (a sentence's words are the text's)
        for sentence in reversed(sentences(text)):
            for measure, pattern in _MEASURES:
                if pattern.search(sentence):
                    return measure
    return "unknown"


def read_unique(header: str, context: str) -> tuple[bool, str, str]:
    """Whether the table counts persons (its totals are of unique persons) or events (its
    totals add up); with the words that say so and the unit (:data:`~okot_audit.parse.words.UNIT_WORDS`).

    The header decides; else the sentences before the table, nearest first.
    """
    found = unit_of(header)
    if found:
        return found[0] == "unique", f"the header says {found[1]}", found[1]
    for sentence in reversed(sentences(context)):
        found = unit_of(sentence)
        if found:
            return found[0] == "unique", f"the text says {found[1]}", found[1]
    return True, "not stated; read as unique persons, as OKOT answers count them", ""


def split_periods(header_line: str) -> tuple[str, list[tuple[str, str]]]:
    """Split a header line into its words and its period list [(label, stars)]."""
    found = period_list(header_line)
    if found is None:
        return header_line.strip(), []
    return found[0], [(t.label, t.stars) for t in found[1]]


def read_periods(
    found: list[tuple[str, str]], header_line: int, context: str, notes: str, notes_line: int | None
) -> tuple[Period, ...]:
    """Periods of a table with their partial flags, from the answer's own words.

    A starred period is partial when a footnote with the same stars explains it in words that
    say partial; a period named in a sentence that says provisional is partial too.
    """
    periods = []
    footnotes = _footnotes(notes) if any(stars for _, stars in found) else {}
    said = [s for s in sentences(context) if _PARTIAL.search(s)] if _PARTIAL.search(fold(context)) else []
    for year, stars in found:
        note = None
        if year == "Totaal" and not stars:
            periods.append(Period(label=year, line=header_line))
            continue
        if stars:
            note = footnotes.get(stars) or f"marked {stars} without an explaining footnote"
        else:
            note = _partial_sentence(said, year)
        periods.append(
            Period(label=year, partial=note is not None, note=note,
                   line=notes_line if stars and stars in footnotes else header_line)
        )
    return tuple(periods)


def period_from_context(context: str, line: int) -> Period | None:
    """The period of a table whose header names none: the year its text speaks of most."""
    years = _YEAR.findall(context)
    if not years:
        return None
    best = max(sorted(set(years)), key=lambda y: (years.count(y), y))
    note = None
    for sentence in sentences(context):
        if best in sentence and _PARTIAL.search(sentence):
            note = sentence
            break
    return Period(label=best, partial=note is not None, note=note, line=line)


def _footnotes(text: str) -> dict[str, str]:
    """Footnotes by their stars: a paragraph that starts with ``*``; it ends at a blank line, or
    — in text laid out from a PDF, which has no blank lines — where a numbered item of the
    answer (``4. a)``) or another footnote starts."""
    notes: dict[str, str] = {}
    for paragraph in _PARAGRAPH_END.split(text):
        body = paragraph.strip()
        match = _FOOTNOTE.match(body)
        if match:
            notes.setdefault(match.group(1), fold(match.group(2)))
    return notes


def _partial_sentence(said: list[str], year: str) -> str | None:
    """The first of the sentences that say partial (`said`) that names `year`."""
    named = re.compile(rf"\b{year}\b")
    for sentence in said:
        if named.search(sentence):
            return sentence
    return None


#: The last few texts' sentences: the words before a table are asked about its measure, its
#: unit and its partial periods in turn.
@lru_cache(maxsize=8)
def sentences(text: str) -> tuple[str, ...]:
    return tuple(s for s in (fold(part) for part in _SENTENCE_END.split(fold(text))) if s)


def fold(text: str) -> str:
    """Fold every run of white space to one space."""
    return " ".join(text.split())
