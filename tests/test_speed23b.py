"""speed23b: the unit words and the words of questions and deferrals, quicker, give the same answers.

Each pattern that opened with a word boundary (``\\buniek``, ``\\b(?:in|voor|tijdens)``,
``\\b(?P<a>2018)``) was tried at every character of every text it was searched in; written
with its word's letters first and its boundary looked back at
(:func:`~okot_audit.parse.caseless.at_word_start`), a search skips to where one of those
letters stands. Each is checked here against the pattern as session 22 wrote it, on texts built
from the patterns' own words, and the check is shown to catch a boundary lost.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit.parse import questions, words
from okot_audit.parse.caseless import Caseless

_YEAR = r"(?:19|20)\d{2}"
_DELIVERED = (r"(?:beschikbaar|bezorgd|bezorgen|gepubliceerd|publiceren|meegedeeld|meedelen|bekendgemaakt|"
              r"(?:aan)?geleverd|opgeleverd|verstrekt|verstrekken|overgemaakt)")

#: The patterns as written before (the plain path), by name.
_PLAIN = {
    "unique": r"\buniek\w*\b",
    "enrolments": r"\binschr(?:ijving(?:en)?\b|\.)",
    "trajectories": r"(?<!kwalificerende\s)\b(?:opleidings)?trajecten\b",
    "diplomas": r"\bdiploma'?s\b|\baantal\s+(?:behaalde\s+|uitgereikte\s+)?diploma\b",
    "certificates": (
        r"\b(?:getuigschriften|(?:deel)?attesten|certificaten)\b|"
        r"\baantal\s+(?:behaalde\s+|uitgereikte\s+)?(?:getuigschrift|(?:deel)?attest|certificaat)\b"
    ),
    "participations": r"\bdeelnames\b|\bopleidingsplaatsen\b|\bcontracten\b",
    "persons": (
        r"\bpersonen\b|\bwerkzoekenden\b|\bcursisten\b|\bdeelnemers\b|\bgediplomeerden\b|\bgeslaagden\b|"
        r"\bafgestudeerden\b|\bstarters\b|\binstappers\b|\bafhakers\b|\buitvallers\b|\bstoppers\b|"
        r"\bingeschrevenen\b"
    ),
    "range": rf"\b(?P<a>{_YEAR})\s*(?:-|–|tot\s+en\s+met|t\.e\.m\.|tot)\s*(?P<b>{_YEAR})\b",
    "between": rf"\btussen\s+(?:de\s+jaren\s+)?(?P<a>{_YEAR})\s+en\s+(?P<b>{_YEAR})\b",
    "list": (
        rf"\b(?:in|voor|tijdens)\s+(?:de\s+jaren\s+|het\s+jaar\s+)?(?P<list>{_YEAR}(?:\s*,\s*(?:in\s+)?{_YEAR})*"
        rf"\s*(?:,|\ben\b|\bof\b)\s*(?:in\s+)?{_YEAR})\b(?!\s*[-–])"
    ),
    "single": rf"\b(?:in|voor|tijdens)\s+(?:het\s+jaar\s+)?(?P<y>{_YEAR})\b(?!\s*[-–])",
    "not_yet": (
        r"\bzullen\s+(?:[^\s.;:!?]+\s+){0,6}?beschikbaar\s+zijn\b|\bbeschikbaar\s+(?:zijn|komen)\s+vanaf\b|"
        r"\bnog\s+niet\s+(?:gekend|bekend|beschikbaar)\b"
    ),
    "not_over": r"\bbeschikken\s+(?:(?:we|wij|ik)\s+)?nog\s+niet\s+over\b",
    "follow": (
        r"\b(?:cijfers|gegevens|resultaten|ze|deze|die)\s+(?:\w+\s+){0,3}?(?:volgen|worden\s+(?:\w+\s+)?verwacht)\s+"
        r"(?:\w+\s+){0,3}?(?:in|tegen|na|vanaf|begin|eind|half|rond|medio)\s+(?:\w+\s+){0,3}?(?:19|20)\d{2}\b"
    ),
    "coming": r"\bverwacht|\bvolg(?:en|t)\b|\bbeschikbaar\b|\bbezorg|\bpublice",
}

_UNITS = dict(zip(("unique", "enrolments", "trajectories", "diplomas", "certificates", "participations", "persons"),
                  (pattern for pattern, _, _ in words._UNIT)))
_QUICK: dict[str, Caseless] = {
    **_UNITS,
    "range": questions._RANGE, "between": questions._BETWEEN,
    "list": questions._LIST, "single": questions._SINGLE,
    "not_yet": questions._LATER.patterns[1], "not_over": questions._LATER.patterns[2],
    "follow": questions._LATER.patterns[3], "coming": questions._COMING,
}


def _vocabulary() -> list[str]:
    """The words the patterns are made of, pieces of them, and what stands around them."""
    found = {w for pattern in _PLAIN.values() for w in re.findall(r"[a-z']{2,}", pattern)}
    pieces = {w[:k] for w in found for k in (3, 5)} | {w[2:] for w in found if len(w) > 4}
    return sorted(found | pieces) + [
        "2018", "2022", "1999", "2024", "12", "203", "20222", "x2020", "-", "\u2013", "/", ".", "'s", "t.e.m.", "t/m",
        "kwalificerende", "onderwijskwalificerende", "uniekheid", "Unieke", "INSCHR.", "inschr.", "de", "het", "een",
        "we", "x", "é", "_", "\u0130", "\u017f", "ı",
    ]


_TEXT = st.lists(
    st.tuples(st.sampled_from(_vocabulary()), st.sampled_from([" ", " ", "", "  ", "\n", "-", ".", ", ", "\t"])),
    max_size=14,
).map(lambda parts: "".join(w + s for w, s in parts))


def test_every_pattern_rewritten_is_checked():
    assert set(_QUICK) == set(_PLAIN)


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(sorted(_PLAIN)), _TEXT)
def test_each_pattern_matches_where_the_pattern_written_plainly_does(name, text):
    quick = _QUICK[name]
    for plain, compiled, searched in ((re.compile(_PLAIN[name]), quick._plain, text.lower()),
                                      (re.compile(_PLAIN[name], re.I), quick._ignoring, text)):
        assert [(m.span(), m.groupdict()) for m in compiled.finditer(searched)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(searched)]
    plain_match = re.compile(_PLAIN[name], re.I).search(text)
    assert quick.search(text) == (plain_match.span() if plain_match else None)
    found = quick.find(text)
    assert ((found.span(), found.groupdict()) if found else None) == (
        (plain_match.span(), plain_match.groupdict()) if plain_match else None)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_units_of_a_text_are_those_the_plain_patterns_name(text):
    plain = [(Caseless(_PLAIN[name]), semantics, unit) for name, (_, semantics, unit) in zip(_UNITS, words.UNIT_WORDS)]
    lower = text.lower()
    expected = tuple(dict.fromkeys(unit for pattern, _, unit in plain if words._named(pattern, text, lower)))
    assert words.units_of(text) == expected
    first = next(((s, u) for pattern, s, u in plain if words._named(pattern, text, lower)), None)
    assert words.unit_of(text) == first


def _opens_with_a_character(pattern: str) -> bool:
    """Whether the regex engine finds a first character (or a set of them) every match of
    `pattern` opens with: what lets a search skip to where one stands."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern)
    return bool(_compiler._get_literal_prefix(parsed, 0)[0] or _compiler._get_charset_prefix(parsed, 0))


def test_the_patterns_open_with_a_character_their_search_can_skip_to():
    # (fails before: each opened with ``\b``, tried at every character of every text)
    for name, quick in _QUICK.items():
        assert _opens_with_a_character(quick.pattern), name


def test_a_word_start_without_its_boundary_would_be_caught():
    # (the property above tells a pattern that lost its word boundary from the plain one)
    lost = re.compile(r"(?P<a>(?:19|20)\d{2})\s*-\s*(?P<b>(?:19|20)\d{2})\b")
    text = "nr 12018-2022"
    plain = re.compile(_PLAIN["range"])
    assert [m.span() for m in _QUICK["range"]._plain.finditer(text)] == [m.span() for m in plain.finditer(text)] == []
    assert [m.span() for m in lost.finditer(text)] != []


def test_a_unit_word_inside_a_longer_word_is_no_unit():
    assert words.unit_of("de gemeenschappelijke trajecten") == ("additive", "trajecten")
    assert words.unit_of("onderwijskwalificerende opleidingstrajecten") is None
    assert words.unit_of("onderwijskwalificerende trajecten") is None
    assert words.unit_of("xuniek, contractenregister") is None


# --------------------------------------------------------------------------- a plain header's line end

_HEADER_WORDS = [
    "Provincie", "Leeftijd", "Aantal", "aantal", "Totaal", "totaal", "Som", "cursisten", "Unieke", "unieke", "personen",
    "2021", "2022", "2023*", "2021-2022", "(voorlopig)", "januari", "okt.", "December", "gestart", "Geslaagd", "Gestopt",
    "Man", "Vrouw", "25-54", "jaar", "Onbekend", "+", "50+", "het", "in", "de", "Bron:", "VDAB", "ANTWOORD", ".", "*",
    "Instroom", "Uitstroom", "1.234", "12", "x",
]
_HEADER_LINE = st.lists(
    st.tuples(st.sampled_from(_HEADER_WORDS), st.sampled_from([" ", "  ", "", "\t"])), min_size=1, max_size=9,
).map(lambda parts: "".join(w + s for w, s in parts))


def _plain_header_end(end: str) -> tuple[bool, bool]:
    """How session 22 read a header line's end, inline in ``_plain_header`` on every call."""
    from okot_audit.parse import regions
    from okot_audit.parse.subcolumns import PERIOD_THEN_WORD, ends_in_name
    from okot_audit.parse.words import named_count_column

    ends = (
        end[-1].isdigit() or end[-1] in regions._HEADER_LAST or (end[-1] in "nNsS." and named_count_column(end))
        or regions._ends_in_month(end) or ends_in_name(end)
    )
    names_after = end[-1].isalpha() and ("20" in end or "19" in end) and PERIOD_THEN_WORD.search(end) is not None
    return bool(ends), names_after


@settings(max_examples=500, deadline=None)
@given(_HEADER_LINE)
def test_a_lines_end_is_read_as_a_headers_as_on_every_call(line):
    from okot_audit.parse import regions

    end = line.rstrip()
    if end:
        assert regions._header_end(end) == _plain_header_end(end)
        assert regions._header_end(end) == _plain_header_end(end)  # (kept: the same again)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_HEADER_LINE, st.just(""), st.just("Bron: VDAB 2023"),
                          st.sampled_from(["Antwerpen 12 15", "Limburg 1.234 1.300", "Totaal 40 45"])),
                min_size=1, max_size=10))
def test_a_plain_header_is_found_where_the_note_is_looked_at_first(lines):
    # (the note's look and the end's look both say "no header": their order changes no answer)
    from unittest import mock

    from okot_audit.parse import regions

    lines = tuple(lines)
    quick = [regions._plain_header(lines, k) for k in range(len(lines))]
    with mock.patch.object(regions, "_header_end", _plain_header_end):
        plain = [regions._plain_header(lines, k) for k in range(len(lines))]
    assert quick == plain


def test_a_line_of_prose_near_a_table_is_read_once_for_how_it_ends():
    # (fails before: every call read the line's end again, its note's pattern first)
    from okot_audit.parse import regions

    regions._header_end.cache_clear()
    lines = ("De minister antwoordt als volgt", "", "Provincie 2022 2023", "Antwerpen 12 15", "Limburg 3 4", "")
    for _ in range(3):
        regions._plain_header(lines, 0)
    assert regions._header_end.cache_info().hits == 2
