"""One age vocabulary and one period pattern (session 29).

The words of age classes are one vocabulary in ``patterns`` (``AGE_YEAR_WORDS``, ``AGE_JOIN_WORDS``,
``AGE_BELOW_WORDS`` …): ``patterns.AGE_CLASSES`` is spelled from it, and so are the two word sets the
sub-columns' reader asks a line's words of (``AGE_NEIGHBOURS``: a bare age is a column name's word only
beside one; ``AGE_CLASS_ENDS``: a line ending in one is asked for an age class). School years whose
second year is required (``context._SPACED_WORD``, ``_TWO_PARTS``, ``_SCHOOL_YEAR``) and the paper's
session (``PAPER_SESSION``) are built by ``patterns.period_pattern``. Equality with the hand-spelled
patterns they replace is checked over many generated strings (derandomized: a fixed seed).
"""

from __future__ import annotations

import random
import re

import pytest

from okot_audit import patterns
from okot_audit.parse import context, subcolumns
from okot_audit.patterns import (
    AGE_CLASS_ENDS, AGE_CLASSES, AGE_NEIGHBOURS, PAPER_SESSION, age_class, period_pattern,
)

# --- the age vocabulary -------------------------------------------------------------------------


def _is_age_word(line: str, word: str) -> bool:
    """Whether `word` of `line` (its first) is an age class's figure for the sub-columns' reader."""
    words = list(re.finditer(r"\S+", line))
    k = next(k for k, w in enumerate(words) if w.group() == word)
    return subcolumns._age_word(words, k)


@pytest.mark.parametrize("label", ["50 jaar en ouder", "jonger dan 25 jaar", "55+", "-25 jaar", "25 tot 50 jaar",
                                   "tussen 25 en 49 jaar", "50-plussers", "van 18 tot 24", "50 of meer", "t/m 24 jr."])
def test_the_age_classes_read_as_today(label: str) -> None:
    assert age_class(label) and age_class(label.upper())


@pytest.mark.parametrize("label", ["Gestopte cursisten 37", "37", "2022", "25 cursisten", "jaar 2"])
def test_no_age_class(label: str) -> None:
    assert not age_class(label)


def test_a_bare_age_is_a_names_word_only_beside_an_age_word() -> None:
    """AGE_NEIGHBOURS' use: ``37`` beside ``jaar`` is an age; ``Gestopte cursisten 37``'s is a figure."""
    assert _is_age_word("Gestart 37 jaar", "37")
    assert _is_age_word("jonger dan 25 25 tot 50 jaar", "25")
    assert not _is_age_word("Gestopte cursisten 37", "37")
    assert not _is_age_word("Geslaagd 37 Gestopt", "37")
    # glued age classes are names' words whatever stands beside them
    assert _is_age_word("Gestopt -25", "-25") and _is_age_word("Gestopt 25-54", "25-54")


def test_every_word_beside_an_age_comes_from_a_class_of_the_vocabulary() -> None:
    """Each word of AGE_NEIGHBOURS stands beside a class's age in a class ``age_class`` reads (so a
    word the classes lose leaves the set, and one they gain joins it), and makes a bare age beside
    it a name's word; a word that never stands beside an age (``ouder``: ``50 jaar en ouder``) does not."""
    examples = {}
    for below in (*patterns.AGE_BELOW_WORDS, *patterns.AGE_ABOVE_WORDS):
        examples[f"{below} 25"] = below.split()[-1]
    for join in patterns.AGE_JOIN_WORDS:
        examples[f"25 {join} 49"] = join
    for year in patterns.AGE_YEAR_WORDS:
        examples[f"25 {year} tot 49"] = year
    for after in patterns.AGE_AFTER_JOINS:
        examples[f"50 {after} meer"] = after
    examples["van 25 tot 49"] = "van"
    examples["tussen 25 en 49"] = "tussen"
    examples["55 +"] = "+"
    beside = set()
    for label, word in examples.items():
        assert age_class(label), label
        for token in word.split():
            beside |= {token, token.replace(".", "")} - {""}
    assert AGE_NEIGHBOURS == beside
    for word in sorted(AGE_NEIGHBOURS):
        assert _is_age_word(f"Gestart {word} 37", "37") or _is_age_word(f"Gestart 37 {word}", "37"), word
    for word in ("ouder", "meer", "jonger", "cursisten", "gestopt"):
        assert word not in AGE_NEIGHBOURS
        assert not _is_age_word(f"Gestart {word} 37 Gestopt", "37")


def test_a_bare_age_beside_a_classes_de_or_of_is_an_age() -> None:
    """The words beside an age are derived from the vocabulary: ``onder de 25``'s ``de`` and ``25 of
    meer``'s ``of`` are among them (the hand list of session 28 had neither)."""
    assert _is_age_word("Gestart onder de 25", "25")
    assert _is_age_word("Gestart 50 of meer", "50")


def test_a_line_ending_in_an_age_class_ends_in_a_category() -> None:
    """AGE_CLASS_ENDS' use: a line ending in one of its words is asked for an age class of more
    than two words; every word of it ends a class of the vocabulary."""
    for line in ("Provincie 50 jaar en ouder", "Provincie jonger dan 25 jaar", "Provincie 25 tot 50 jaar",
                 "Provincie -25 jaar 25-54 jaar 55 jaar of meer"):
        assert subcolumns.ends_in_category(line) and subcolumns.ends_in_name(line), line
    for line in ("Provincie Gestopte cursisten 37", "Provincie aantal per jaar", "Regio ouder"):
        assert not subcolumns.ends_in_category(line), line
    ends = {"50 jaar en ouder": "ouder", "50 of meer": "meer", "24 jaar en jonger": "jonger", "24 en minder": "minder",
            "50 en +": "+", "50-plussers": "50-plussers", "50 plusser": "plusser", "25 tot 50 jaar": "jaar",
            "25 tot 50 jr.": "jr.", "25 tot 50 jr": "jr", "25 tot 50 j.": "j.", "25 tot 50 j": "j"}
    for label, last in ends.items():
        assert age_class(label), label
    assert AGE_CLASS_ENDS == {w for w in ends.values() if w in AGE_CLASS_ENDS} | {"plussers"}
    assert {w for w in ends.values() if not w.startswith("50")} <= AGE_CLASS_ENDS


def test_a_spaced_t_e_m_opens_a_class_below_an_age() -> None:
    """One spelling of ``t.e.m.`` for every place: ``t. e. m. 24 jaar`` is a class below 24, as
    ``25 t. e. m. 49`` was a closed one (the hand pattern of the classes below took no spaces)."""
    assert age_class("t. e. m. 24 jaar") and age_class("t.e.m. 24 jaar") and age_class("tem 24")
    assert age_class("25 t. e. m. 49")


#: The age classes as session 28 spelled them by hand — the reference the vocabulary must equal
#: (but for the classes below an age, whose ``t.e.m.`` now takes spaces as the closed ones' did).
_YEARS_28 = r"(?:\s*(?:jaar|jr\.?|j\.?))?"
_TO_28 = r"(?:[-\u2013]|tot(?:\s+en\s+met)?|t\.?\s?e\.?\s?m\.?|t/m|à|a)"
_BELOW_28 = (r"(?:[-<]=?|=<|\u2264|(?:jonger|minder|lager)\s+dan|onder(?:\s+de)?|beneden|tot(?:\s+en\s+met)?|"
             r"t\.?\s?e\.?\s?m\.?|t/m|tem|min\.?|max(?:\.|imum|imaal)?)")
_ABOVE_28 = r"(?:[>+]=?|=>|\u2265|(?:ouder|meer)\s+dan|boven(?:\s+de)?|vanaf|van\s+af|plus|min(?:imum|imaal)|vanaf\s+de)"
_AFTER_28 = r"(?:en|of)\s+(?:ouder|meer|jonger|minder|\+)"
_AGE_CLASSES_28 = (
    r"(?:van\s+)?\d{2}" + _YEARS_28 + r"\s*" + _TO_28 + r"\s*<?\s*\d{2}" + _YEARS_28,
    r"tussen\s+\d{2}" + _YEARS_28 + r"\s+en\s+\d{2}" + _YEARS_28,
    _BELOW_28 + r"\s*\d{2}" + _YEARS_28,
    _ABOVE_28 + r"\s*\d{2}" + _YEARS_28,
    r"\d{2}\s*\+" + _YEARS_28,
    r"\d{2}" + _YEARS_28 + r"\s+" + _AFTER_28 + r"(?:\s+jaar)?",
    r"\d{2}[-\s]?plussers?",
)
_PIECES = [
    "25", "49", "5", "123", "jaar", "jr", "jr.", "j", "j.", "tot", "en", "met", "van", "af", "tussen", "t.e.m.", "t. e. m.",
    "t.e m", "tem", "t/m", "à", "a", "-", "\u2013", "<", ">", "=", "+", "\u2264", "\u2265", "jonger", "minder", "lager", "dan",
    "onder", "de", "beneden", "min", "min.", "max", "max.", "maximum", "maximaal", "minimum", "minimaal", "ouder", "meer",
    "boven", "vanaf", "plus", "of", "plussers", "plusser", "Jaar", "TOT", "x", ".",
]


def _labels(n: int) -> list[str]:
    """Labels built as each form of age class is (its opening words, an age, years, a join or
    closing words, an age, years), a slot now and then another piece, the blanks varied."""
    rng = random.Random(29)
    opening = [*patterns.AGE_BELOW_WORDS, *patterns.AGE_ABOVE_WORDS, "t. e. m.", "tem", "max", "TOT EN MET"]
    joins = [*patterns.AGE_JOIN_WORDS, "t. e. m.", "tem", "tot en  met", "-<", "tot <"]
    closing = ["en ouder", "of meer", "en +", "en jonger", "of minder", "of  ouder jaar", "en ouder jaar"]
    years = ["", "", "jaar", "jr", "jr.", "j", "j.", "JAAR"]
    ages = ["25", "49", "55", "5"]
    forms = [
        lambda: [rng.choice(["", "", "van"]), rng.choice(ages), rng.choice(years), rng.choice(joins), rng.choice(ages),
                 rng.choice(years)],
        lambda: ["tussen", rng.choice(ages), rng.choice(years), "en", rng.choice(ages), rng.choice(years)],
        lambda: [rng.choice(opening), rng.choice(ages), rng.choice(years)],
        lambda: [rng.choice(ages), "+", rng.choice(years)],
        lambda: [rng.choice(ages), rng.choice(years), rng.choice(closing)],
        lambda: [rng.choice(ages) + rng.choice(["", "-", " "]) + rng.choice(["plussers", "plusser"])],
    ]
    out = []
    for _ in range(n):
        slots = [rng.choice(_PIECES) if rng.random() < 0.05 else s for s in rng.choice(forms)()]
        if rng.random() < 0.05:
            slots.append(rng.choice(_PIECES))
        out.append("".join(s + rng.choice(("", " ", " ", " ", "  ")) for s in slots if s).rstrip(rng.choice(("", " "))))
    return out


def test_the_vocabularys_classes_equal_the_hand_spelled_ones() -> None:
    assert len(AGE_CLASSES) == len(_AGE_CLASSES_28)
    labels = _labels(40_000)
    hits = 0
    for new, old in zip(AGE_CLASSES, _AGE_CLASSES_28):
        whole_new, whole_old = (re.compile(r"^\s*(?:" + p + r")\s*$", re.I) for p in (new, old))
        # (a block key's: matched at the start, no word after it — where it ends must agree too)
        key_new, key_old = (re.compile(r"(?:" + p + r")(?![\w+-])", re.I) for p in (new, old))
        for label in labels:
            assert (whole_new.match(label) is None) == (whole_old.match(label) is None), (new, label)
            a, b = key_new.match(label), key_old.match(label)
            assert (a and a.span()) == (b and b.span()), (new, label)
            hits += whole_old.match(label) is not None
    assert hits > 15_000  # (the generated labels do reach the classes)


# --- one period pattern -------------------------------------------------------------------------


def _u(pattern: str) -> str:
    return pattern.replace(r"\u2013", "\u2013")


_SESSION_28 = r"(?:19|20)\d{2}(?:\s*[-/\u2013]\s*(?:19|20)?\d{2})?"
_SPACED_28 = r"(?:19|20)\d{2}\s[-/\u2013]\s(?:19|20)?\d{2}"
_TWO_PARTS_28 = r"^((?:19|20)\d{2})\s?[-/\u2013]\s?((?:19|20)?\d{2})$"
_SCHOOL_YEAR_28 = r"^((?:19|20)\d{2})[-/]((?:19|20)\d{2})$"


def test_the_school_years_are_built_by_period_pattern() -> None:
    assert PAPER_SESSION == _u(_SESSION_28)
    assert context._SPACED_WORD.pattern.startswith(period_pattern(dashes="-/\u2013", space=r"\s", required=True) + "(")
    assert period_pattern(dashes="-/\u2013", space=r"\s", required=True) == _u(_SPACED_28)
    assert context._TWO_PARTS.pattern == _u(_TWO_PARTS_28)
    assert context._SCHOOL_YEAR.pattern == _SCHOOL_YEAR_28
    # required: a school year only, never its first year alone
    assert re.fullmatch(period_pattern(required=True), "2021-22") and not re.fullmatch(period_pattern(required=True), "2021")
    assert re.fullmatch(period_pattern(), "2021")


def _periods(n: int) -> list[str]:
    rng = random.Random(2029)
    pieces = ["19", "20", "21", "2021", "2022", "1999", "2000", "22", "2", "-", "/", "\u2013", " ", "  ", "'", "*", "a", "(", ")"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(n)]


def test_the_built_periods_read_every_string_as_the_hand_spelled_ones() -> None:
    built = {
        _SESSION_28: PAPER_SESSION,
        _SPACED_28: period_pattern(dashes="-/\u2013", space=r"\s", required=True),
        _TWO_PARTS_28: context._TWO_PARTS.pattern,
        _SCHOOL_YEAR_28: context._SCHOOL_YEAR.pattern,
        r"zitting\s+" + _SESSION_28 + r"(?!\d)": patterns.PAPER_MARKS.split("|stuk")[0],
    }
    texts = _periods(30_000)
    hits = 0
    for old, new in built.items():
        a, b = re.compile(old, re.I), re.compile(new, re.I)
        for text in texts:
            for probe in (text, f"Zitting {text}"):
                m, n = a.search(probe), b.search(probe)
                assert (m and (m.span(), m.groups())) == (n and (n.span(), n.groups())), (old, probe)
                hits += m is not None
    assert hits > 10_000


# --- a bare age beside the vocabulary's words, read end to end ------------------------------------

_BY_AGE_BELOW_PERIODS = (
    "ANTWOORD\n\nAantal bij VDAB gestarte cursisten per leeftijd.\n\n"
    "Provincie {p1}\n{names}\nAntwerpen{gap}10{gap}20{gap}11{gap}21\nLimburg{gap}5{gap}6{gap}7{gap}8\n"
)


@pytest.mark.parametrize("gap, periods, names", [
    (" ", "2021 2021 2022 2022", "onder de 25 25 of meer onder de 25 25 of meer"),
    ("   ", "        2021                      2022", "          onder de 25   25 of meer  onder de 25   25 of meer"),
    (" ", "2021 2021 2022 2022", "< 25 25 jaar of ouder < 25 25 jaar of ouder"),
])
def test_age_classes_named_below_each_period_are_read(gap: str, periods: str, names: str) -> None:
    """The columns under each period named by age classes whose bare ages stand beside ``de``,
    ``of``, ``<`` (words of the vocabulary the hand list of session 28 lacked): one table per
    class, every figure a cell (before: ``onder de 25 …``'s ages were taken for figures, the rows
    unread as ``more-figures-than-periods`` or the table as ``table-like-lines``)."""
    from okot_audit import read_text

    answer = read_text(_BY_AGE_BELOW_PERIODS.format(p1=periods, names=names, gap=gap), "a.txt")
    assert answer.issues == []
    assert [sorted((c.label, c.period, c.count) for c in t.cells) for t in answer.tables] == [
        [("Antwerpen", "2021", 10), ("Antwerpen", "2022", 11), ("Limburg", "2021", 5), ("Limburg", "2022", 7)],
        [("Antwerpen", "2021", 20), ("Antwerpen", "2022", 21), ("Limburg", "2021", 6), ("Limburg", "2022", 8)],
    ]


# --- subcolumns' look at a line's end: cached on its last two words, the same answers ------------


def _ends_28(text: str) -> tuple[bool, bool]:
    """``subcolumns.ends_in_name`` and ``ends_in_category`` as session 28 wrote them, uncached (the
    reference): (in a name, in a category)."""
    text = text.rstrip()
    if not text or not (text[-1].isalpha() or text[-1] == "+"):
        return False, False
    last = text.rsplit(None, 2)
    category = len(last) > 1 and len(last[-1]) < 16 and (
        subcolumns.is_category(last[-1]) or subcolumns.is_category(" ".join(last[-2:]))
        or subcolumns._ends_in_age_class(text, last[-1]))
    return category or (len(last) > 1 and text[-1] != "+" and subcolumns._last_names_count(last)), category


_END_WORDS = [
    "Provincie", "Man", "Vrouw", "man", "X", "Totaal", "Gestart", "Geslaagd", "gestopt", "Instroom", "cursisten", "25", "55+",
    "-25", "25-54", "jaar", "jonger", "dan", "tot", "50", "en", "ouder", "of", "meer", "+", "laaggeschoold", "geen", "diploma",
    "SO", "Belg", "niet-EU", "2022", "12", "het", "aantal", "Unieke", "plussers", "Inschrijvingen", "jr.", "onbekend",
]


def test_the_cached_look_at_a_lines_end_answers_as_before() -> None:
    rng = random.Random(2929)
    lines = [" ".join(rng.choice(_END_WORDS) for _ in range(rng.randint(1, 8))) + rng.choice(("", " ", "  "))
             for _ in range(20_000)]
    said = 0
    for line in lines:
        assert (subcolumns.ends_in_name(line), subcolumns.ends_in_category(line)) == _ends_28(line), line
        said += subcolumns.ends_in_name(line)
    assert 2_000 < said < 18_000  # (both answers are reached)
