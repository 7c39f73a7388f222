"""What the questions ask for in time, and which sentences of the answer say figures come later.

Pure reading functions over an answer's lines; they return plain records
(:class:`~okot_audit.tables.Asked`, :class:`~okot_audit.tables.Deferral`) and decide nothing —
the rules ``period-not-given`` and ``answer-deferred`` do.

An answer prints the numbered questions first (``1. Hoeveel unieke personen startten in de vijf
recentste jaren …?``) and then, after ``ANTWOORD`` or where the numbering starts again, the
numbered items of the answer (``1. Hieronder vindt u …``). The item of the answer with the same
number answers the question.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date

from okot_audit.parse.caseless import AnyOf, Caseless, at_word_start
from okot_audit.parse.context import MONTHS
from okot_audit.parse.scan import lowered
from okot_audit.parse.words import unit_of
from okot_audit.patterns import APOSTROPHES, CUT_YEAR, cut_year
from okot_audit.tables import Asked, Deferral

__all__ = ["read_questions", "asked_in", "deferrals_in", "question_for", "announced_unfollowed"]

_ITEM = re.compile(r"^\s*(\d{1,2})\.\s")
_ANSWER = re.compile(r"^\s*ANTWOORD\b")

_NUMBER_WORDS = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10,
}
_RECENT = r"(?:laatste|afgelopen|voorbije|recentste|vorige|jongste)"
_HOW_MANY = r"(?P<n>twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})"
_YEARS = r"(?:kalender|school|werk)?ja(?:ar|ren)"
#: "de vijf recentste jaren", "de laatste drie jaar", "de afgelopen 5 jaar".
_COUNT = Caseless(
    rf"\b(?:{_HOW_MANY}\s+{_RECENT}|{_RECENT}\s+{_HOW_MANY.replace('<n>', '<m>')})\s+{_YEARS}\b",
    needs=("laatste", "afgelopen", "voorbije", "recentste", "vorige", "jongste"),
)
_YEAR = r"(?:19|20)\d{2}"
#: A year as a question names it: whole, or cut to two digits after an apostrophe (``’21``,
#: ``'21``, ``‘21``: :data:`~okot_audit.patterns.CUT_YEAR`), which :func:`_year_of` reads whole.
_ANY_YEAR = rf"(?:{_YEAR}|{CUT_YEAR})"
# (The patterns below open with a letter or a year's first digit, their word boundary looked back
# at — ``\btussen`` as ``tussen(?<=\btussen)``, :func:`~okot_audit.parse.caseless.at_word_start`;
# a year as ``(?:19|20)\d{2}(?<=\b\d{4})`` —: a search skips to where one of those characters
# stands instead of trying every character. tests/test_speed23b.py holds each to the pattern
# written plainly.)
#: A year, its word boundary looked back at.
_YEAR_AT_START = rf"{_YEAR}(?<=\b\d{{4}})"
#: "2018-2022", "van 2018 tot en met 2022", "2018 t.e.m. 2022".
_RANGE = Caseless(rf"(?P<a>{_YEAR_AT_START})\s*(?:-|–|tot\s+en\s+met|t\.e\.m\.|tot)\s*(?P<b>{_ANY_YEAR})\b")
#: "tussen 2018 en 2022" (both years asked for).
_BETWEEN = Caseless(rf"{at_word_start(['tussen'])}\s+(?:de\s+jaren\s+)?(?P<a>{_YEAR})\s+en\s+(?P<b>{_ANY_YEAR})\b", needs=("tussen",))
#: "sinds 2018", "sedert 2019", "vanaf 2018", "van 2018 tot nu": every year from then to the
#: question's own year.
_SINCE = Caseless(
    rf"\b(?:sinds|sedert|vanaf)\s+(?:het\s+(?:kalender|school|werk)?jaar\s+)?(?P<y>{_YEAR})\b(?!\s*[-–/]\s*\d)"
    rf"(?!\s*(?:tot|t\.e\.m\.|t/m)\s+(?:en\s+met\s+)?(?:{_YEAR}|[a-z]+\s+{_YEAR}))"
    rf"|\bvan\s+(?P<z>{_YEAR})\s+tot\s+(?:nu|heden|vandaag|op\s+heden)\b",
    needs=("sinds", "sedert", "vanaf", "tot nu", "heden", "vandaag"),
)
#: "in 2018, 2019 en 2020", "voor de jaren 2020 en 2021", "in 2020 en in 2021": each year of the list.
_LIST = Caseless(
    rf"(?:{at_word_start(['in', 'voor', 'tijdens'])})\s+(?:de\s+jaren\s+|het\s+jaar\s+)?(?P<list>{_ANY_YEAR}(?:\s*,\s*(?:in\s+)?{_ANY_YEAR})*\s*(?:,|\ben\b|\bof\b)\s*(?:in\s+)?{_ANY_YEAR})\b"
    rf"(?!\s*[-–])"
)
#: "in 2020", "voor het jaar 2021", "tijdens 2019".
_SINGLE = Caseless(rf"(?:{at_word_start(['in', 'voor', 'tijdens'])})\s+(?:het\s+jaar\s+)?(?P<y>{_ANY_YEAR})\b(?!\s*[-–])")

#: What is done with figures when they come (``beschikbaar``, ``bezorgd``, ``gepubliceerd``).
_DELIVERED = (r"(?:beschikbaar|bezorgd|bezorgen|gepubliceerd|publiceren|meegedeeld|meedelen|bekendgemaakt|"
              r"(?:aan)?geleverd|opgeleverd|verstrekt|verstrekken|overgemaakt)")
#: Words that say figures are not there yet: ``pas beschikbaar``, ``pas vanaf 1 februari 2021
#: beschikbaar``, ``kunnen pas na 15 maart 2023 worden bezorgd``, ``zullen in de loop van maart
#: 2023 beschikbaar zijn``, ``nog niet gekend``, ``Wij beschikken nog niet over deze cijfers``,
#: ``De cijfers volgen in februari 2023`` (words between stay within the sentence's clause).
_DELIVERED_WORDS = ("beschikbaar", "bezorg", "publice", "meegedeeld", "meedelen", "bekendgemaakt", "geleverd",
                    "verstrek", "overgemaakt")
_LATER = AnyOf(
    # (each opening word first and its word boundary looked back at: a quick search for the word)
    AnyOf(
        *(Caseless(rf"{word}(?<=\b{word}){rest}\s+(?:[^\s.;:!?]+\s+){{0,6}}?{_DELIVERED}\b")
          for word, rest in (("pas", ""), ("eerst", ""), ("nog", r"\s+niet"), ("ten", r"\s+vroegste"))),
        Caseless(
            rf"worden(?<=\bworden)\s+(?:[^\s.;:!?]+\s+){{0,4}}?(?:na|vanaf|tegen|later|binnenkort|"
            rf"in\s+de\s+loop\s+van)\s+(?:[^\s.;:!?]+\s+){{0,4}}?{_DELIVERED}\b",
        ),
        needs=_DELIVERED_WORDS,
    ),
    Caseless(
        at_word_start(["zullen"], r"\s+(?:[^\s.;:!?]+\s+){0,6}?beschikbaar\s+zijn\b") + "|"
        + at_word_start(["beschikbaar"], r"\s+(?:zijn|komen)\s+vanaf\b") + "|"
        + at_word_start(["nog"], r"\s+niet\s+(?:gekend|bekend|beschikbaar)\b"),
        needs=("beschikbaar", "gekend", "bekend"),
    ),
    Caseless(at_word_start(["beschikken"], r"\s+(?:(?:we|wij|ik)\s+)?nog\s+niet\s+over\b"), needs=("beschikken",)),
    Caseless(
        "(?:" + at_word_start(["cijfers", "gegevens", "resultaten", "ze", "deze", "die"]) + r")\s+(?:\w+\s+){0,3}?(?:volgen|worden\s+(?:\w+\s+)?verwacht)\s+"
        r"(?:\w+\s+){0,3}?(?:in|tegen|na|vanaf|begin|eind|half|rond|medio)\s+(?:\w+\s+){0,3}?(?:19|20)\d{2}\b",
        needs=("volgen", "verwacht"),
    ),
)
_MONTH = "|".join(MONTHS)
#: When: "vanaf 1 februari 2021", "half november 2022", "begin 2023", "in de loop van maart 2023",
#: "vanaf 01/02/2021", "in het voorjaar van 2023". A year alone is a when only after a word that
#: says so (``vanaf 2023``), not the period the figures are of (``voor 2022``).
_WHEN = re.compile(
    rf"\b(?:(?:vanaf|na|tegen|op|rond|in(?:\s+de\s+loop\s+van)?|ten\s+vroegste\s+op)\s+)?"
    rf"(?:(?P<nd>\d{{1,2}})[/.-](?P<nm>\d{{1,2}})[/.-](?P<ny>{_YEAR})\b"
    rf"|(?:(?:half|begin|eind|einde|midden|medio|het\s+(?:voorjaar|najaar)\s+van|de\s+(?:zomer|winter)\s+van)\s+)?"
    rf"(?:(?P<d>\d{{1,2}})(?:ste|de|e)?\s+)?(?:(?P<m>{_MONTH})\s+)?(?P<y>{_YEAR})\b)",
    re.I,
)
#: Words of the sentence after one that defers figures that say when they come.
_COMING = Caseless(
    at_word_start(["verwacht"]) + "|" + at_word_start(["volg"], r"(?:en|t)\b") + "|" + at_word_start(["beschikbaar"], r"\b")
    + "|" + at_word_start(["bezorg", "publice"]), needs=(
    "verwacht", "volg", "beschikbaar", "bezorg", "publice"))
#: Where a sentence ends: after . ! or ? before a capital, digit or bracket — not the full stop of an
#: abbreviation before a number (``vragen nrs. 12``) — or at a blank line. Both alternatives open
#: with white space, the first its look back at the stop taken after that space
#: (``\s(?<=[.!?]\s)…\s*`` matches where ``(?<=[.!?])…\s+`` does, the same span): the search then
#: skips to the text's white space instead of trying the look back at every character.
_SENTENCE_END = re.compile(r"\s(?<=[.!?]\s)(?<!\b[Nn]r\.\s)(?<!\b[Nn]rs\.\s)(?<!\b[Aa]rt\.\s)\s*(?=[A-Z0-9(*])|\n[ \t]*\n\s*")


def read_questions(
    lines: tuple[str, ...] | list[str], tables: "tuple[int, ...] | list[int]" = (), year: int | None = None,
) -> dict[str, tuple]:
    """``{"asked": (Asked, …), "deferred": (Deferral, …)}`` for the answer's lines; `tables`:
    the 1-based lines where its tables start (an item that holds one gives its figures there,
    so its prose's counts are not looked for); `year`: the year the question was asked (what
    ``sinds 2018`` runs up to), when the answer says it.

    Shaped to be spread into :class:`~okot_audit.tables.Answer` (``Answer(…, **read_questions(lines))``).
    """
    questions, answers = _items(lines)
    items = {number: (start, end) for number, start, end in answers}
    asked = []
    for number, start, end in questions:
        found = asked_in(lines, start, end, year)
        if found is None:
            continue
        where = items.get(number)
        asked.append(Asked(
            number, found.line, found.words, found.count, found.periods,
            where[0] if where else None, where[1] if where else None,
        ))
    starts = sorted(tables)  # looked up per item: a table's line within it (not a scan of every table)
    deferred = [
        d for number, start, end in answers
        for d in deferrals_in(lines, start, end, number, counted=not any_between(starts, start, end))
    ]
    return {"asked": tuple(asked), "deferred": tuple(deferred)}


def any_between(ordered: "list[int]", first: int, last: int) -> bool:
    """Whether the sorted numbers `ordered` hold one from `first` to `last` (inclusive)."""
    k = bisect_left(ordered, first)
    return k < len(ordered) and ordered[k] <= last


def question_for(lines: tuple[str, ...]) -> Callable[[int], str]:
    """For a 1-based line of the answer, the text of the question that the numbered item of the
    answer holding it answers (``""`` when there is none); the items are found once."""
    questions, answers = _items(lines)
    texts = {number: _fold(" ".join(lines[start - 1:end])) for number, start, end in questions}
    starts = [start for _, start, _ in answers]

    def at(line: int) -> str:
        k = bisect_right(starts, line) - 1
        if k < 0 or line > answers[k][2]:
            return ""
        number = answers[k][0]
        return texts.get(number, "") if number is not None else ""

    return at


#: The lines :func:`_items` last read (a tuple, by identity) and what it found: the reader asks
#: for an answer's items twice (:func:`read_questions`, :func:`announced_unfollowed`), of the
#: same lines. One pair, replaced whole (a thread that reads it sees one answer's lines and items).
_ITEMS: tuple = (None, None)


def _items(lines) -> tuple[list[tuple[int, int, int]], list[tuple[int | None, int, int]]]:
    """Numbered items (number, first line, last line; 1-based) of the questions and of the
    answer. An answer without numbered items is one item numbered None. (The lists are shared
    by the callers asking of the same lines: read, never changed.)"""
    global _ITEMS
    last_lines, last_found = _ITEMS
    if last_lines is lines:
        return last_found
    found = _items_read(lines)
    if type(lines) is tuple:  # (a list may change: read again when asked again)
        _ITEMS = (lines, found)
    return found


def _items_read(lines) -> tuple[list[tuple[int, int, int]], list[tuple[int | None, int, int]]]:
    """:func:`_items`, read."""
    # an item's line starts with its number, the answer's with ANTWOORD: only those are matched
    starts = [(i, line) for i, line in enumerate(lines) if (first := line.lstrip()[:1]).isdigit() or first == "A"]
    found = [(int(m.group(1)), i + 1) for i, line in starts if (m := _ITEM.match(line))]
    split = next((i + 1 for i, line in starts if _ANSWER.match(line)), None)
    if split is None:
        split = next(
            (line for (n, line), (before, _) in zip(found[1:], found) if n <= before), None
        )
    if split is None:  # no sign of where the answer starts: every item is the answer's
        split = 1
    question_starts = [(n, line) for n, line in found if line < split]
    answer_starts = [(n, line) for n, line in found if line >= split]
    questions = _ranges(question_starts, split - 1)
    answers = _ranges(answer_starts, len(lines)) or [(None, split, len(lines))]
    return questions, answers


def _ranges(starts: list[tuple[int, int]], last: int) -> list:
    ends = [line - 1 for _, line in starts[1:]] + [last]
    return [(n, line, end) for (n, line), end in zip(starts, ends)]


def _text(lines, start: int, end: int) -> str:
    """The lines start..end joined with newlines."""
    return "\n".join(lines[start - 1:end])


def _line_at(text: str, start: int, position: int) -> int:
    """The line of `position` in `text` (the lines from line `start` on, :func:`_text`)."""
    return start + text.count("\n", 0, position)


def _fold(text: str) -> str:
    return " ".join(text.split())


def asked_in(lines, start: int, end: int, year: int | None = None) -> Asked | None:
    """What the question at lines start..end asks for in time: a number of recent years, a
    range of years (``2018-2022``, ``tussen 2018 en 2022``; ``sinds 2018`` up to `year`, the
    year the question was asked, when it is known), a list of years or one year; None when it
    names no period."""
    text = _text(lines, start, end)
    match = _COUNT.find(text)
    if match:
        word = (match.group("n") or match.group("m")).lower()
        count = _NUMBER_WORDS.get(word) or int(word)
        return Asked(None, _line_at(text, start, match.start()), _fold(match.group(0)), count)
    for pattern in (_RANGE, _BETWEEN):
        match = pattern.find(text)
        if match and 0 < _year_of(match.group("b"), int(match.group("a"))) - int(match.group("a")) <= 20:
            return _years_asked(text, start, match, int(match.group("a")), _year_of(match.group("b"), int(match.group("a"))))
    match = _SINCE.find(text)
    if match and year is not None and 0 <= year - int(match.group("y") or match.group("z")) <= 20:
        return _years_asked(text, start, match, int(match.group("y") or match.group("z")), year)
    single = _SINGLE.find(text)
    # (a list of years opens as one year does, or with ``de jaren``: else no list is looked for)
    match = _LIST.find(text) if single is not None or "jaren" in text else None
    if match and not (single and single.start() < match.start()):  # (the first the question names)
        listed = tuple(dict.fromkeys(str(_year_of(y)) for y in re.findall(_ANY_YEAR, match.group("list"))))
        return Asked(None, _line_at(text, start, match.start()), _fold(match.group(0)), len(listed), listed)
    match = single
    if match:
        return Asked(None, _line_at(text, start, match.start()), _fold(match.group(0)), 1, (str(_year_of(match.group("y"))),))
    return None


def _year_of(text: str, after: int | None = None) -> int:
    """The year `text` names: whole (``2021``) or cut after an apostrophe (``’21``; ``’20`` after
    2019: 2020)."""
    return cut_year(text[1:], after) if text[:1] in APOSTROPHES else int(text)


def _years_asked(text: str, start: int, match: re.Match[str], first: int, last: int) -> Asked:
    """The years `first` to `last` that the words `match` ask for."""
    years = tuple(str(y) for y in range(first, last + 1))
    return Asked(None, _line_at(text, start, match.start()), _fold(match.group(0)), len(years), years)


#: Words by which an answer says its figures follow, or come with it: ``Hieronder vindt u een
#: overzicht …``, ``Hieronder de cijfers.``, ``Onderstaande tabel geeft …``, ``in de volgende
#: tabel``, ``zie onderstaande tabel``, ``In bijlage vindt u …``, ``zie bijlage``, ``bijgevoegd overzicht``.
#: Not a sentence that only names the table (``De groep in onderstaande tabel is niet …``, ``De
#: cijfers hieronder geven …``: said of a table, wherever the sentence stands), a table pointed
#: back to (``zie tabel 2``: maybe one above), nor the
#: attachment of another answer (``zie de bijlage bij …``, and a sentence that names another
#: question or answer: :data:`_ELSEWHERE`).
_ANNOUNCED = Caseless(
    "|".join(f"{word}(?<=\\b{word}){rest}" for word, rest in (  # (each opens with its word: see at_word_start)
        ("hieronder", r"\s+(?:vindt\s+u|vind\s+u|treft\s+u|(?:de|het|een)\s+(?:cijfers|gegevens|overzicht|aantal(?:len)?)\b)"),
        ("vindt", r"\s+u\s+(?:hieronder|in\s+(?:de\s+)?bijlagen?)"),
        ("treft", r"\s+u\s+(?:hieronder|in\s+(?:de\s+)?bijlagen?)"),
        *((word, r"\s+(?:tabel(?:len)?|overzicht(?:en)?)\s+(?:geeft|geven|toont|tonen|bevat|bevatten)\b")
          for word in ("onderstaande", "onderstaand")),
        ("de", r"\s+volgende\s+(?:tabel(?:len)?|overzicht(?:en)?)\s+(?:geeft|geven|toont|tonen|bevat|bevatten)\b"),
        ("in", r"\s+(?:de\s+volgende\s+tabel|(?:de\s+)?bijlagen?\s+(?:vindt|treft)\s+u)"),
        ("zie", r"\s+(?:(?:de\s+)?(?:onderstaande?|volgende)\s+(?:tabel(?:len)?|overzicht(?:en)?)"
                r"|(?:de\s+)?bijlagen?(?!\s+(?:bij|van)\b))"),
        ("als", r"\s+bijlage"),
        ("verwijs", r"\s+(?:ik\s+)?naar\s+(?:de\s+)?bijlage"),
        *((word, r"\s+(?:tabel(?:len)?|overzicht(?:en)?|document|bestand)") for word in ("bijgevoegde", "bijgevoegd")),
    )),
    needs=("hieronder", "onderstaand", "bijlage", "bijgevoeg", "tabel", "overzicht"),
)


#: A sentence that points to another question or answer (``Voor 2021 verwijs ik naar het antwoord
#: op vraag nr. 12: zie bijlage 2``): its attachment is not this answer's.
_ELSEWHERE = re.compile(r"\b(?:vorige?\s+antwoord|vra(?:ag|gen)\s+(?:nr|nrs|nummer)\b\.?\s*\d)", re.I)


def announced_unfollowed(lines, spans: "list[tuple[int, int]]") -> list[tuple[int, str, int]]:
    """Per numbered item of the answer, the last place where it says its figures follow or come
    with it (:data:`_ANNOUNCED`) after which no table of `spans` (each table's first and last
    line, 1-based) starts before the item's end, nor runs on: its line, its words and the item's
    last line. An item whose table follows its words says nothing; a question quoting an earlier
    answer's ``in bijlage`` stands before the answer's items and is not looked at."""
    found = _announcements(lines)
    if not found:
        return []
    out: list[tuple[int, str, int]] = []
    at = 0  # (announcements and items both run down the text: one pass over each)
    for _, start, end in _items(lines)[1]:
        while at < len(found) and found[at][0] < start:
            at += 1
        last: tuple[int, str] | None = None
        while at < len(found) and found[at][0] <= end:
            line, words = found[at]
            if words is not None:
                last = line, words
            at += 1
        if last is None:
            continue
        if any(first <= end and final >= last[0] for first, final in spans):
            continue  # a table follows the words within the item (or holds them)
        out.append((*last, end))
    return out


def _announcements(lines, after: int = 0) -> list[tuple[int, str | None]]:
    """Every place after line `after` where the answer says its figures follow or come with it
    (:data:`_ANNOUNCED`), in the text's order: its line and its sentence's words (shortened to
    120 characters) — None for a sentence that points to another answer (:data:`_ELSEWHERE`)."""
    text = "\n".join(lines[after:])
    lower = lowered(text)
    found: list[tuple[int, str | None]] = []
    position, counted, line = 0, 0, after + 1  # (lines counted on from the last place: linear)
    while (span := _ANNOUNCED.search_lowered(text, lower, position)) is not None:
        at, position = span[0], span[1]
        line += text.count("\n", counted, at)
        counted = at
        sentence = _sentence_at(text, at)
        words = None if _ELSEWHERE.search(sentence) else (
            sentence if len(sentence) <= 120 else sentence[:119].rstrip() + "…")
        found.append((line, words))
    return found


def _sentence_at(text: str, at: int) -> str:
    """The sentence of `text` holding position `at` (:data:`_SENTENCE_END`; an item's number
    left out; 400 characters either side at most)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)), default=max(0, at - 400))
    end = next((m.start() for m in _SENTENCE_END.finditer(text, at, at + 400)), min(len(text), at + 400))
    return _fold(_ITEM.sub("", text[start:end], count=1))


def deferrals_in(lines, start: int, end: int, number: int | None = None, counted: bool = True) -> list[Deferral]:
    """Every sentence of lines start..end that says figures come later, with when — and, when
    `counted`, the counts the item's text states (:func:`prose_counts`)."""
    text = _text(lines, start, end)
    out: list[Deferral] = []
    if not _LATER.search(text):
        return out  # no sentence says it (a sentence's words are the text's, between spaces)
    counts = prose_counts(text) if counted else ()
    position = 0
    parts = _SENTENCE_END.split(text)
    told = False  # the sentence said when the one before it defers to: reported with it
    for k, sentence in enumerate(parts):
        at = text.index(sentence, position)
        position = at + len(sentence)
        if told:
            told = False
            continue
        later = _LATER.search(sentence)
        if not later:
            continue
        # the words after "beschikbaar" say when, or those between "pas" and it (``pas vanaf 1
        # februari 2021 beschikbaar``), or the next sentence (``Ze worden verwacht tegen …``)
        when = _when(sentence, later[1]) or _when(sentence, later[0], later[1])
        quoted = sentence
        if when is None and k + 1 < len(parts) and _COMING.search(parts[k + 1]):
            when = _when(parts[k + 1], 0)
            if when is not None:
                quoted, told = f"{sentence} {parts[k + 1]}", True
        words = _fold(when.group(0)) if when else ""
        out.append(Deferral(
            number, _line_at(text, start, at),
            _fold(quoted), words, _iso(when) if when else None, start, end, counts,
        ))
    return out


#: A number standing as a word of prose (``577``, ``1.472``), not part of a word, a decimal, a
#: date written with slashes or a range, nor a share (``12 %``, ``12 procent``).
_PROSE_NUMBER = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:\.\d{3})+|\d+)(?!\w|[.,/-]\d)(?!\s*(?:%|procent\b))")
#: What makes a number no count: a day before its month; a measure of time or money, not of
#: persons (``12 maanden``, ``1.200 uren``, ``3 jaar``, ``2.500 euro``, ``10 uur``), a rate's base
#: (``per 100``: before it) or an amount in euro (``€ 300``: before it).
_NOT_A_COUNT_AFTER = re.compile(
    rf"\s*(?:(?:{_MONTH})\b|(?:maanden|maand|weken|week|dagen|dag|jaren|jaar|uren|uur|euro|eur|keer)\b|\u20ac)",
    re.I,
)
#: A number that opens a range of time or money whose other end carries the unit (``van 1 tot 3
#: jaar``, ``tussen 2 en 5 maanden``, ``1 à 3 jaar``, ``1.000 tot 2.000 euro``): no count either.
_RANGE_OF_MEASURE = re.compile(
    r"\s*(?:-|\u2013|à|a|tot(?:\s+en\s+met)?|t\.e\.m\.?|t/m|en|of)\s*(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"
    + _NOT_A_COUNT_AFTER.pattern,
    re.I,
)
_NOT_A_COUNT_BEFORE = re.compile(r"(?:\bnr\.?|\bvraag|\bnummer|\bpunt|\bartikel|\bper|\u20ac|\beur\.?)\s*$", re.I)
#: A reference to questions, items or articles with every number of its list (``vragen nrs. 12,
#: 13 en 14``, ``vraag nr. 12 tot en met 14``, ``punten 2 en 3``, ``SV 345``): no counts.
_REFERENCE = re.compile(
    r"\b(?:schriftelijke\s+)?(?:vra(?:ag|gen)|punt(?:en)?|artikel(?:s|en)?|art\.|items?|sv|nrs?\.?|nummers?)"
    r"\s*(?:(?:nrs?\.?|nummers?)\s*)?\(?\d+\)?"
    r"(?:\s*(?:,|&|\ben\b|\bof\b|\btot\s+en\s+met\b|\bt\.e\.m\.?|\bt/m\b)\s*(?:(?:vraag\s+)?(?:nrs?\.?|nummers?)\s*)?\d+)*",
    re.I,
)


#: A number of a reference's list and the words after it (:func:`_blank_reference`).
_LISTED = re.compile(r"(\d+)\)?((?:\s+[^\W\d_][\w" + APOSTROPHES + r"]*){0,2})")


def _blank_reference(match: re.Match[str]) -> str:
    """The reference `match` as spaces, up to the first number of its list after the first that
    counts what the words after it name (``vraag 3, 577 personen``: the 577 stays a count) —
    a count's noun, perhaps after an adjective (``577 unieke cursisten``)."""
    reference, text = match.group(0), match.string
    keep = len(reference)
    for k, number in enumerate(_LISTED.finditer(text, match.start(), match.end() + 40)):
        if number.start() >= match.end():
            break
        words = number.group(2).split()
        if k and words and (unit_of(words[0]) or (len(words) > 1 and words[0].endswith("e") and unit_of(words[1]))):
            keep = number.start() - match.start()
            break
    return " " * keep + reference[keep:]


def prose_counts(text: str) -> tuple[int, ...]:
    """The counts `text` states in its sentences: numbers that are no year (``2021``, ``’21``), day
    (``1 april 2024``), question or item number (``vraag nr. 12``, the item's own ``2.``),
    training code (six digits) or share, nor a measure of time or money (``12 maanden``,
    ``2.500 euro``, ``per 100``), and no number of a reference to questions or items (every
    one of ``vragen nrs. 12, 13 en 14``: :data:`_REFERENCE`)."""
    out = []
    text = _REFERENCE.sub(_blank_reference, text)  # (the same length: positions stay)
    for match in _PROSE_NUMBER.finditer(text):
        word = match.group(1)
        digits = word.replace(".", "")
        if len(digits) == 4 and digits[:2] in ("19", "20") and "." not in word:
            continue  # a year
        if len(word) == 2 and match.start() and text[match.start() - 1] in APOSTROPHES:
            continue  # a year cut to its last two digits (``in ’22``, ``in '22``)
        if len(digits) == 6 and "." not in word:
            continue  # a training code
        before = max(0, match.start() - 12)  # (the words that make a number no count stand right before it)
        if (_NOT_A_COUNT_AFTER.match(text, match.end()) or _RANGE_OF_MEASURE.match(text, match.end())
                or _NOT_A_COUNT_BEFORE.search(text, before, match.start())):
            continue
        if not text[: match.start()].strip() and text[match.end(): match.end() + 1] == ".":
            continue  # the item's own number
        out.append(int(digits))
    return tuple(out)


def _when(sentence: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """The first words of `sentence` from `start` (up to `end`) that say when (:data:`_WHEN`): a
    day, a month or a season of a year, or a year after a word that makes it a time (``vanaf
    2023``, ``begin 2023``) — not a year alone, which names what the figures are of."""
    for match in _WHEN.finditer(sentence, start, len(sentence) if end is None else end):
        if match.group("nd") or match.group("m") or not match.group(0)[:1].isdigit():
            return match
    return None


def _iso(match: re.Match) -> str | None:
    if match.group("nd"):
        day, month, year = int(match.group("nd")), int(match.group("nm")), int(match.group("ny"))
    else:
        if not (match.group("d") and match.group("m")):
            return None
        day, month, year = int(match.group("d")), MONTHS[match.group("m").lower()], int(match.group("y"))
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
