"""The words of a table and what they mean: one documented, extensible list.

The reader never decides what a total means with an ``if`` keyed to one answer. It looks the
table's and the total line's own words up here:

- :data:`UNIT_WORDS` — what a table or a total line counts. Persons (``unieke cursisten``,
  ``personen``, ``werkzoekenden``) are not additive: one person can stand in two rows, so a
  total of persons is ``unique`` (``max(parts) <= total <= sum(parts)``). Events
  (``inschrijvingen``, ``trajecten``, ``diploma's``, ``getuigschriften``)
  add up: ``additive`` (``total == sum``).
- :data:`okot_audit.patterns.PARTITIONS` — row labels that are a value of an attribute every person has exactly
  once (age class, gender, education level, nationality, origin, how long one was a jobseeker;
  ``onbekend`` belongs to any
  of them). A total over such rows is a partition of its persons: ``additive`` whatever the
  unit — but a total line of unique persons under rows that count enrolments (``Totaal unieke
  cursisten`` below ``Totaal inschrijvingen``) is ``unique``: one person may have two
  enrolments in one row. Over several periods (a total column) an age class, education level
  or nationality can change (:data:`CHANGING_ATTRIBUTES`): there the total counts unique
  persons.
- :data:`okot_audit.patterns.SUBTOTAL_WORDS`, :data:`~okot_audit.patterns.REGION_TOTALS` — words that
  open a total line (all of them: :data:`okot_audit.patterns.TOTAL_LINE_WORDS`);
  :data:`okot_audit.patterns.SECTORS` — block names a ``Totaal X`` line may close besides provinces.
- :data:`COLUMN_WORDS` — header words of a single count column or of a total column.
- :data:`DERIVED_WORDS` — header words of a column of shares or changes (``Aandeel``,
  ``Evolutie``): its values are no counts.

To teach okot-audit a new word, add it to the list it belongs to (and a test case); the lists the
rules and the PDF layout ask too are kept in :mod:`okot_audit.patterns`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from okot_audit import patterns
from okot_audit.parse.caseless import Caseless, at_word_start
from okot_audit.parse.scan import per_answer

#: (pattern, semantics, unit) — first match wins; searched in a total line's words, then in the
#: table's header, then in the sentence before the table. `unit` is canonical: every word for
#: persons is the unit ``unieke cursisten``, so only a real change of unit (persons against
#: enrolments) reads as "another unit" between two answers.
UNIT_WORDS: tuple[tuple[str, str, str], ...] = (
    # (each alternative opens with its word's letters, its word boundary looked back at —
    # ``\buniek`` as ``uniek(?<=\buniek)``, :func:`~okot_audit.parse.caseless.at_word_start`: the
    # search skips to where one of those letters stands instead of trying every character;
    # tests/test_speed23b.py holds each to the pattern written plainly)
    (at_word_start(["uniek"], r"\w*\b"), "unique", "unieke cursisten"),
    # (abbreviated too: ``Totaal inschr.``)
    (at_word_start(["inschr"], r"(?:ijving(?:en)?\b|\.)"), "additive", "inschrijvingen"),
    # (Not the programmes' own name, ``onderwijskwalificerende opleidingstrajecten``, in every
    # answer's title: it names what is followed, not what a table counts.)
    ("|".join(f"{word}(?<!kwalificerende\\s{word})(?<=\\b{word})\\b" for word in ("opleidingstrajecten", "trajecten")),
     "additive", "trajecten"),
    # Diplomas counted as such (``diploma's``, ``het aantal behaalde diploma``); not a person who
    # obtained one (``werkzoekenden die een diploma behaalden``: persons).
    (at_word_start(["diploma"], patterns.APOSTROPHE + r"?s\b") + "|" + at_word_start(["aantal"], r"\s+(?:behaalde\s+|uitgereikte\s+)?diploma\b"),
     "additive", "diploma's"),
    # Certificates of a programme or of a part of it, counted as such (``getuigschriften``,
    # ``attesten``, ``certificaten``): events, one per certificate, whoever obtained it.
    (at_word_start(["getuigschriften", "deelattesten", "attesten", "certificaten"], r"\b") + "|"
     + at_word_start(["aantal"], r"\s+(?:behaalde\s+|uitgereikte\s+)?(?:getuigschrift|(?:deel)?attest|certificaat)\b"),
     "additive", "getuigschriften"),
    (at_word_start(["deelnames", "opleidingsplaatsen", "contracten"], r"\b"), "additive", "deelnames"),
    (at_word_start(["personen", "werkzoekenden", "cursisten", "deelnemers", "gediplomeerden", "geslaagden",
                    "afgestudeerden", "starters", "instappers", "afhakers", "uitvallers", "stoppers",
                    "ingeschrevenen"], r"\b"), "unique", "unieke cursisten"),
)
#: For each of :data:`UNIT_WORDS`, words (lower case) one of which its every match holds: a
#: line without any of them is not searched (most lines name no unit; tests/test_speed34.py
#: holds each pattern to them).
UNIT_NEEDS: tuple[tuple[str, ...], ...] = (
    ("uniek",),
    ("inschr",),
    ("trajecten",),
    ("diploma",),
    ("getuigschrift", "attest", "certifica"),
    ("deelnames", "opleidingsplaatsen", "contracten"),
    ("personen", "werkzoekenden", "cursisten", "deelnemers", "gediplomeerden", "geslaagden", "afgestudeerden",
     "starters", "instappers", "afhakers", "uitvallers", "stoppers", "ingeschrevenen"),
)
#: The first of :data:`UNIT_NEEDS`' words in a text in lower case (one search for all of them), or None.
_UNIT_WORD = re.compile("|".join(sorted({word for needs in UNIT_NEEDS for word in needs}))).search
_UNIT = [(Caseless(p, needs), s, u) for (p, s, u), needs in zip(UNIT_WORDS, UNIT_NEEDS, strict=True)]
#: Attributes a person's value of can change from one period to the next: an age class (a year
#: older), an education level (the diploma an OKOT leads to), a nationality (naturalised), how long
#: one was a jobseeker (a start a year later, after a job between). Over
#: the periods of a total column a person can stand in two of their rows, so the total column's
#: total over them counts unique persons, not a partition (within one period it is one).
CHANGING_ATTRIBUTES = frozenset(("age", "education", "nationality", "unemployment"))

#: How answers also name a province besides its canonical name (``tables.PROVINCES``), written
#: in lower case without spaces, hyphens or dots: abbreviations and the Brussels region's names.
#: A leading ``Prov.`` / ``Provincie`` is not part of the name (``Prov. Antwerpen``), and the
#: canonical names match without their hyphen too (``Oost Vlaanderen``, ``Vlaams Brabant``).
PROVINCE_ALIASES = {
    "oostvl": "Oost-Vlaanderen", "ovl": "Oost-Vlaanderen",
    "westvl": "West-Vlaanderen", "wvl": "West-Vlaanderen",
    "vlbrabant": "Vlaams-Brabant", "vlbr": "Vlaams-Brabant", "vlaamsbr": "Vlaams-Brabant",
    "antw": "Antwerpen", "limb": "Limburg",
    "bhg": "Brussel",  # (the Brussels region's other names: :data:`BRUSSELS`)
}
#: The Brussels region however abbreviated, written as :data:`PROVINCE_ALIASES` are
#: (``Brussels Hoofdst. Gewest``, ``Brussel-Hoofdstad``, ``Brussels Hfdst. Gewest``).
BRUSSELS = re.compile(r"brussels?(?:h(?:oo)?fd(?:st(?:ad|edelijk)?)?|h)?(?:gewest|gebied|regio)?")
#: Rows of a table by province that name no province: where the rest of its persons live
#: (``Wallonië``, ``Buitenland``, ``Buiten Vlaanderen``, ``Onbekend``). Their cells have no province.
OTHER_PLACES = re.compile(
    r"^\s*(?:walloni[eë]|waals\s+gewest|buitenland|buiten\s+(?:het\s+)?(?:vlaanderen|vlaams\s+gewest|belgi[eë])|elders|"
    + "|".join(patterns.PARTITIONS["unknown"]) + r")\s*$", re.I,
)
#: Header words of a single column of counts, or of a total column at the end of the periods.
COLUMN_WORDS = ("aantal", *patterns.PLAIN_TOTAL_WORDS)  # (``aantal`` first: COLUMN_WORDS[:1])
#: What a header's one column of counts may be named by instead of a column word: what it
#: counts (``Aantal cursisten``, ``Unieke cursisten``, ``Inschrijvingen``, ``Diploma's``), one of
#: :data:`~okot_audit.patterns.COUNT_NOUNS` — the line's end.
COUNT_COLUMN = re.compile(
    r"(?:^|\s)((?:aantal\s+)?(?:unieke\s+)?(?:" + patterns.words_pattern(patterns.COUNT_NOUNS) + r"))$",
    re.I,
)
#: Words of a count's name, never of a label column's (``Aantal unieke gestarte cursisten``).
_COUNT_NAME_WORDS = frozenset(("aantal", "uniek", "unieke", "totaal", "som"))
#: Words a column's name does not end in (prose that ends in a unit: ``… u het aantal cursisten``),
#: nor a row's (``waarvan vrouwen met een`` / ``diploma``: the name goes on).
NOT_A_NAME_END = frozenset(("u", "het", "de", "een", "van", "voor", "per", "naar", "in", "op", "met", "en", "aan"))
#: Header words that open a column of shares, changes or averages beside the counts
#: (``Aandeel 2021``, ``Evolutie``, ``%``, ``Gemiddelde``): no counts, not read as cells
#: (:mod:`okot_audit.parse.derived`).
DERIVED_WORDS = (
    "aandeel", "aandelen", "procent", "percentage", "pct", "evolutie", "verschil", "groei", "stijging",
    "daling", "toename", "afname", "wijziging", "verandering", "gemiddelde", "gemiddeld",
)

#: Words that open a row of values over the table's rows, no count of its own (``Gemiddelde``,
#: ``Mediaan``, ``Aandeel vrouwen (%)``): a statistic of the rows, not one of them.
STATISTIC_ROW_WORDS = (*DERIVED_WORDS, "mediaan", "minimum", "maximum", "gem.", "%")


@lru_cache(maxsize=32)
def named_count_column(header: str) -> bool:
    """Whether `header` (one line) names a label column and one column of counts by what it
    counts (:data:`COUNT_COLUMN`): ``Leeftijd  Aantal cursisten``, ``Provincie Unieke cursisten``.
    The label column's name is one capitalised word — or up to three, set off from the count's
    name by two spaces or more, as laid-out text prints cells — that ends in no article or
    preposition (prose ending in a unit word is no header) and holds none of the count's own
    words: ``Aantal unieke gestarte cursisten`` over ``per opleiding 2019`` is one caption."""
    last = header.rsplit(None, 1)[-1:]
    if not last or last[0].lower().translate(patterns.PLAIN_APOSTROPHE) not in patterns.COUNT_NOUNS:  # (the last words of COUNT_COLUMN)
        return False  # (the quick look: most lines end in another word)
    match = COUNT_COLUMN.search(header.rstrip())
    if match is None:
        return False
    before = header[: match.start(1)]
    head = before.split()
    most = 3 if before.endswith("  ") else 1
    return (
        0 < len(head) <= most and head[0][:1].isupper() and head[-1].lower() not in NOT_A_NAME_END
        and not any(word.lower() in _COUNT_NAME_WORDS for word in head)
    )


@per_answer
def unit_of(text: str) -> tuple[str, str] | None:
    """``(semantics, unit)`` the words of `text` say, or None when they say neither. (The
    answers are kept for the answer being read, :func:`~okot_audit.parse.scan.per_answer`: a
    table's total lines, its header and the sentences around it are asked again and again.)"""
    lower = text.lower()
    if _UNIT_WORD(lower) is None and not _odd_case(text):
        return None  # (the quick look: no pattern's needed word, :data:`UNIT_NEEDS`)
    for pattern, semantics, unit in _UNIT:
        if _named(pattern, text, lower):
            return semantics, unit
    return None


def unit_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that name a unit (each match of :data:`UNIT_WORDS`) or the persons
    enrolled (``Ingeschreven``): what of a column's name a unit explains."""
    lower = text.lower()
    spans = [m.span() for m in _ENROLLED.finditer(text)]
    for pattern, _, _ in _UNIT:
        span = pattern.search_lowered(text, lower)
        while span is not None and span[1] > span[0]:
            spans.append(span)
            span = pattern.search_lowered(text, lower, span[1])
    return spans


#: What a unit's word follows when the text says the table does not count it (``Het gaat om
#: inschrijvingen, niet om unieke personen``, ``geen unieke cursisten``) — ``unieke`` before the
#: unit's word too, whose own word it is not (``personen``).
_NEGATED = re.compile(r"(?:\bniet\s+(?:om|over|als)|\bgeen)\s+(?:het\s+aantal\s+|de\s+)?(?:unieke\s+)?$", re.I)


def _named(pattern: Caseless, text: str, lower: str) -> bool:
    """Whether `text` (`lower` in lower case) names the unit of `pattern` other than to say it
    is not what is counted (:data:`_NEGATED`)."""
    span = pattern.search_lowered(text, lower)
    while span is not None:
        if not _NEGATED.search(text, max(0, span[0] - 40), span[0]):
            return True
        span = pattern.search_lowered(text, lower, span[1])
    return False


#: A column's name that counts the persons enrolled (``Ingeschreven``, ``Ingeschrevenen``).
_ENROLLED = re.compile(r"\bingeschreven(?:en)?\b", re.I)


def enrolled_named(text: str) -> bool:
    """Whether `text` names the persons enrolled (``Ingeschreven``): measure ``enrolled``."""
    return _ENROLLED.search(text) is not None


def units_of(text: str) -> tuple[str, ...]:
    """Every unit the words of `text` name, in the order of :data:`UNIT_WORDS` (``het aantal
    inschrijvingen en unieke cursisten`` → ``unieke cursisten``, ``inschrijvingen``)."""
    lower = text.lower()
    if _UNIT_WORD(lower) is None and not _odd_case(text):
        return ()  # (the quick look, as :func:`unit_of`'s)
    return tuple(dict.fromkeys(unit for pattern, _, unit in _UNIT if _named(pattern, text, lower)))


def _odd_case(text: str) -> bool:
    """Whether `text` holds a character of :data:`~okot_audit.parse.scan.ODD_CASE`, which a
    case-insensitive search folds otherwise than ``str.lower()`` (no quick look on the lowered text then)."""
    return "\u0130" in text or "\u0131" in text or "\u017f" in text


@lru_cache(maxsize=2048)
def is_category(label: str) -> bool:
    """Whether `label` is a value of an attribute of :data:`~okot_audit.patterns.PARTITIONS` (``onbekend`` aside).
    (Asked of the last words of many lines: the words they end in repeat, so answers are kept.)"""
    return patterns.PERSON_CATEGORY.match(label) is not None  # (every attribute's values at once)


def sector_name(text: str) -> str | None:
    """The sector block a ``Subtotaal X`` names (``Zorg`` → ``zorg``), or None."""
    word = " ".join(text.split()).lower()
    return word if word in patterns.SECTORS else None


#: Words of a label that its own number follows (``module 5``, ``niveau 5``, ``jaar 1``): a
#: part of a programme numbered by the digit after it.
LABEL_NUMBER_WORDS = frozenset({
    "module", "modules", "jaar", "leerjaar", "schooljaar", "niveau", "fase", "deel", "graad",
    "semester", "trimester", "kwartaal", "kw", "trim", "sem", "stap", "level", "cluster", "reeks", "nr", "nummer", "type", "optie",
})


#: A header's words that name a row key whose values are numbers: a count of parts
#: (``Aantal modules``), a stage (``Jaar van opleiding``, ``Opleidingsjaar``, ``Niveau``), an age
#: (``Leeftijd``), a duration (``Aantal maanden``). Under such a header a number alone in the
#: label column is the row's name (``1   120   130``), never a figure nor a lost label. A year
#: that is a period (``Schooljaar``, ``Kalenderjaar``) names none; a row-number column (``Nr``,
#: ``#``) is set aside before (:mod:`okot_audit.parse.ordinals`).
_NUMBERED_KEY = re.compile(
    r"(?<![^\W\d_])(?!(?:school|kalender|boek|werk|academie)jaar)[^\W\d_]*(?:jaar|modules?|niveaus?|fases?|graad|"
    r"semesters?|trimesters?|stappen|stap|levels?|reeks|maanden|weken|dagen|uren|leeftijd)(?![^\W\d_])",
    re.I,
)


#: A piece of every word :data:`_NUMBERED_KEY` matches, in lower case: a header in ASCII that
#: holds none of them, as most do, is not searched (the pattern, case-insensitive and opening
#: with a look behind, is tried at every character).
_NUMBERED_KEY_NEEDS = ("jaar", "module", "niveau", "fase", "graad", "mester", "stap", "level", "reeks",
                       "maanden", "weken", "dagen", "uren", "leeftijd")


def numbered_key(head: str) -> bool:
    """Whether a header's words before its periods (`head`) name a row key whose values are
    numbers (:data:`_NUMBERED_KEY`): ``Aantal modules``, ``Leeftijd``, ``Jaar van opleiding``."""
    if head.isascii():  # (an ASCII letter matches a pattern's letter case-insensitively as its lower case is it)
        lower = head.lower()
        if not any(word in lower for word in _NUMBERED_KEY_NEEDS):
            return False
    return _NUMBERED_KEY.search(head) is not None
