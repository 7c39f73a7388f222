"""speedd23: decoding and the reading of an answer's words, quicker, give the same answers.

Each quick path of session 23 (decoding, context, remarks, blanks, furniture, unread) is checked
against the plain path it stands in for, on data built constructively, and shown to catch a
quick path one step too quick:

- a file that is UTF-8 but for some lines is decoded line by line once, not searched for its
  non-ASCII lines with a pattern that scanned every ASCII line once per character (quadratic);
- the word patterns searched in every sentence before and after a table (partial periods,
  measures, words that speak of the table) open every alternative with a letter, so that their
  search skips to those letters: the same matches as the patterns written plainly.
"""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit.parse import context
from okot_audit.source import decode_text


# --------------------------------------------------------------------------- decoding


def _plain_lines_in_their_encodings(data: bytes) -> str | None:
    """The plain path (session 22): every line holding a byte outside ASCII found by a pattern,
    then each line decoded."""
    if not any(_is_utf8(m.group()) for m in re.finditer(rb"[^\n]*[\x80-\xff][^\n]*", data)):
        return None
    lines = []
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp1252"))
            except UnicodeDecodeError:
                return None
    return "\n".join(lines)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_WORDS = ["Antwerpen", "Totaal", "2022", "1.234", "-", "\u2013", "é", "ë", "Liège", "\u20ac", "x", "  ", "\t", "\r"]
#: One line as some program wrote it: ASCII, UTF-8, Windows-1252, or bytes no encoding reads
#: (0x81 is undefined in Windows-1252; a lone 0xC3 is no UTF-8).
_LINE = st.tuples(
    st.lists(st.sampled_from(_WORDS), max_size=6).map(" ".join),
    st.sampled_from(["utf-8", "cp1252", "bytes"]),
    st.sampled_from([b"", b"\x81", b"\xc3", b"\xe9", b"\x8d\x90"]),
).map(lambda t: (t[0].encode(t[1], "replace") if t[1] != "bytes" else t[0].encode("ascii", "ignore") + t[2]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=8), st.sampled_from([b"\n", b"\r\n"]))
def test_a_mixed_file_is_decoded_as_when_its_non_ascii_lines_were_searched_for(lines, end):
    from okot_audit.source import _lines_in_their_encodings

    data = end.join(lines)
    assert _lines_in_their_encodings(data) == _plain_lines_in_their_encodings(data)


def test_a_long_ascii_line_beside_a_windows_1252_line_is_decoded_in_linear_time():
    # (fails before: the pattern that found the lines holding non-ASCII bytes tried every
    # character of an ASCII line as a start, scanning to the line's end from each: 30,000
    # characters took seconds)
    data = b"Antwerpen 12 " * 2500 + b"\n" + "Liège 5\n".encode("cp1252") + "Brussel – 3\n".encode("utf-8")
    start = time.process_time()
    text, encoding = decode_text(data)
    assert time.process_time() - start < 0.5
    assert encoding == "utf-8+cp1252" and "Liège 5\nBrussel – 3" in text


# --------------------------------------------------------------------------- word patterns

#: The patterns as session 22 wrote them (the plain path): each alternative that opens with a
#: word boundary looked for at every character.
_PLAIN = {
    "partial": (
        r"voorlopig|\bvoorl\.|jaarhelft|eerste helft|enkel cijfers|gedeeltelijk|onvolledig|"
        r"nog niet (?:volledig|definitief)|definitieve cijfers|nog (?:een stuk )?oplopen|"
        r"tot en met (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november)\b|"
        r"\bt\.e\.m\.? ?(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov)|"
        r"\b(?:semester|kwartaal|trimester|helft)\s+(?:van\s+)?(?:19|20)\d{2}\b|\b[qkhs][1-4]\s+(?:19|20)\d{2}\b|"
        r"\b(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov)[a-z]*\.?\s?[-\u2013]\s?"
        r"(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov)[a-z]*\.?\s+(?:19|20)\d{2}\b"
    ),
    "stopped_or_failed": (
        r"stopgezet|stopzet|stopte\b|stopten|stopt\b|stoppen\b|niet[- ]geslaagd|niet\s+slaagden?\b|uitval|uitgevallen|uitvallers|"
        r"vroegtijdig|voortijdig|afgehaakt|afhakers|afha(?:ken|akte|akten)\b|\bhaakten?\s+(?:\w+\s+){0,3}?af\b|"
        r"\bafgebroken\b|\bafbraken\b|\bbraken\s+(?:\w+\s+){0,3}?af\b|"
        r"\b(?:be.?indig\w*|verl(?:iet(?:en)?|aten)|afgesloten|sloten\s+(?:\w+\s+){0,3}?af)\s+zonder\s+(?:het\s+|een\s+)?diploma\b|"
        r"\bzonder\s+(?:het\s+|een\s+)?diploma\s+te\s+(?:be)?halen\b"
    ),
    "graduated": (
        r"geslaagd|slaagde|behaald|behaalde|afgerond|rondden .*af|rondde .*af|afrondden?\b|met succes|gediplomeerd|"
        r"afgestudeerd|studeerden af|afstudeerden?\b|\bvoltooid(?:e|en)?\b|\bafgewerkt\b|"
        r"\bdiploma'?s\b|\bgetuigschriften\b|\buitgereikte?\b"
    ),
    "started": (
        r"gestart|startte|starten\b|opgestart|instroom|ingestroomd|instromers|begonnen|begon\b|starters|instappers|"
        r"\baanvatten?\b|\baanvatte\b|\baangevat\b|\bnieuwe\s+(?:unieke\s+)?(?:cursisten|deelnemers|instromers)\b"
    ),
    "of_the_table": (
        r"\bhieronder\b|\bonderstaande?\b|\btabel(?:len)?\b|\bbijlage\b|\bbijgevoegde?\b|\bvindt u\b|\bziet u\b|"
        r"\bweergegeven\b|\bgee(?:ft|ven)\b.*\bweer\b|\bbetreft\b|\bbetreffen\b|"
        r"\bgaat\s+(?:het\s+)?(?:hier\s+)?(?:niet\s+)?om\b"
    ),
}
_PLAIN["any_measure"] = "|".join(f"(?:{_PLAIN[m]})" for m in ("stopped_or_failed", "graduated", "started"))

_QUICK = {
    "partial": context._PARTIAL_WORDS,
    **{measure: pattern for measure, pattern in context._MEASURES},
    "of_the_table": context._OF_THE_TABLE,
    "any_measure": context._ANY_MEASURE,
}


def _vocabulary() -> list[str]:
    """The words the patterns are made of, pieces of them, and what stands around them."""
    words = {w for pattern in _PLAIN.values() for w in re.findall(r"[a-z']{2,}", pattern)}
    pieces = {w[:k] for w in words for k in (3, 5)}
    return sorted(words | pieces) + [
        "2024", "1999", "24", "q1", "h3", "s2", "k4", "Q2", "t.e.m.", "t.e.m", "voorl.", "jan.", "-", "\u2013", ".", "'s",
        "vindt u", "ziet u", "het", "een", "af", "x", "é", "\u0130", "\u017f", "beëindigd", "be-indigde", "Hieronder",
    ]


_TEXT = st.lists(
    st.tuples(st.sampled_from(_vocabulary()), st.sampled_from([" ", " ", "", "  ", "\n", "-", ".", ", "])),
    max_size=14,
).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(sorted(_PLAIN)), _TEXT)
def test_each_word_pattern_matches_where_the_pattern_written_plainly_does(name, text):
    quick = _QUICK[name]
    for plain, compiled, searched in ((re.compile(_PLAIN[name]), quick._plain, text.lower()),
                                      (re.compile(_PLAIN[name], re.I), quick._ignoring, text)):
        assert [m.span() for m in compiled.finditer(searched)] == [m.span() for m in plain.finditer(searched)]
    assert quick.search(text) == (m.span() if (m := re.compile(_PLAIN[name], re.I).search(text)) else None)


def _opens_with_a_letter(pattern: str) -> bool:
    """Whether every alternative of `pattern` opens with a literal character: what lets a
    search skip to where one stands (the regex engine's charset prefix)."""
    from re import _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern)
    op, av = parsed.data[0]
    if op is _parser.LITERAL:
        return True
    return op is _parser.BRANCH and len(parsed.data) >= 1 and all(
        alternative.data and alternative.data[0][0] is _parser.LITERAL for alternative in av[1])


def test_the_word_patterns_searched_in_every_sentence_open_each_alternative_with_a_letter():
    # (fails before: ``\bvoorl\.``, ``\b[qkhs][1-4]``, ``\bafgebroken\b``, ``\bhieronder\b`` and the
    # measures' alternatives in their groups were tried at every character of every sentence)
    for name, quick in _QUICK.items():
        assert _opens_with_a_letter(quick.pattern), name


def test_a_word_start_without_its_boundary_would_be_caught():
    # (the property above tells a pattern that lost its word boundary from the plain one)
    from okot_audit.parse.caseless import at_word_start

    lost = re.compile("voorl" + r"\.")
    kept = re.compile(at_word_start(["voorl"], r"\."))
    plain = re.compile(r"\bvoorl\.")
    text = "cijfers (xvoorl.)"
    assert [m.span() for m in kept.finditer(text)] == [m.span() for m in plain.finditer(text)] == []
    assert [m.span() for m in lost.finditer(text)] != []
