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
_NOT_OVER = r"(?:\s+(?:19|20)\d{2}(?:-(?:19|20)?\d{2})?)?\s+(?:is|was)\s+nog niet (?:afgesloten|afgelopen|voorbij)\b"
_PLAIN = {
    "partial": (
        r"voorlopig|\bvoorl\.|jaarhelft|eerste helft|enkel cijfers|gedeeltelijk|onvolledig|"
        r"nog niet (?:volledig|definitief)|definitieve cijfers|nog (?:een stuk )?oplopen|"
        r"\b(?:jaar|kalenderjaar|schooljaar|werkjaar|periode)" + _NOT_OVER + "|"
        r"\bis(?<=(?<![\d-])(?:19|20)\d{2}\sis)\s+nog niet (?:afgesloten|afgelopen|voorbij)\b|\blopende?\s+(?:kalender|school|werk)?jaar\b|"
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


# --------------------------------------------------------------------------- a column of notes


def _plain_column_name(line: str) -> tuple[int, int] | None:
    """:func:`okot_audit.parse.remarks._column_name` as session 22 wrote it: the period list of
    the whole line and the run of words after its figures worked out before the words are
    looked at."""
    from okot_audit.parse import remarks as r

    last = line.rstrip()[-1:]
    if not last or last.isdigit() or last in r._SENTENCE_ENDS:
        return None
    if not re.search(r"\d\S*(?:\s+[^\s\d]+){1,3}\s*$", line) or r.period_list(line) is not None:
        return None
    tail = r._tail(line, r._NAME_WORDS)
    found = r.period_list(line[:tail[0]]) if tail is not None else None
    if tail is None or found is None or len(found[0].split()) > r._LABEL_WORDS:
        return None
    words = line[tail[0]:tail[1]].split()
    if not (words[0][:1].isupper() or r._NOTE_NAMES.match(" ".join(words))) or r._SENTENCE.search(line):
        return None
    if any(r._read_column(word) for word in words) or r.province_name(" ".join(words)) is not None:
        return None
    return tail


_HEADER_WORDS = [
    "Opleiding", "Zorgkundige", "2019", "2020", "2021*", "2019-2020", "Totaal", "12", "1.234", "-", "x", "n.v.t.",
    "Opmerking", "opmerking", "Opmerkingen", "nieuw", "Nieuw", "herzien", "Antwerpen", "Oost-Vlaanderen", "aantal",
    "Aantal", "%", "Aandeel", "juni", "vanaf", "2de", "1/9", "(voorlopig)", "Toelichting VDAB", "bleef", "gelijk.",
    "het", "in", "Ééntje", "9603", "deelnemers.", "Zo", "u", "\u00a0",
]
_SPACE = st.sampled_from([" ", " ", "  ", "\t", "      ", ""])
_HEADER_LINE = st.one_of(
    st.lists(st.tuples(st.sampled_from(_HEADER_WORDS), _SPACE), max_size=9),
    # a header's shape: its label's words, its periods, the words after them
    st.tuples(
        st.lists(st.sampled_from(_HEADER_WORDS[:2] + ["Code en naam opleiding", "aantal in", "Provincie"]), max_size=3),
        st.lists(st.sampled_from(["2019", "2020", "2021*", "2019-2020", "Totaal", "12"]), min_size=1, max_size=4),
        st.lists(st.sampled_from(_HEADER_WORDS[10:26] + ["bleef", "gelijk.", "Ééntje", "x"]), min_size=1, max_size=4),
    ).flatmap(lambda t: st.lists(_SPACE, min_size=sum(map(len, t)), max_size=sum(map(len, t))).map(
        lambda spaces: list(zip([w for part in t for w in part], spaces)))),
).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=800, deadline=None)
@given(_HEADER_LINE)
def test_a_column_of_notes_is_named_where_the_plain_look_names_it(line):
    from okot_audit.parse.remarks import _column_name

    assert _column_name(line) == _plain_column_name(line)


@settings(max_examples=400, deadline=None)
@given(_HEADER_LINE)
def test_the_name_after_a_figure_is_found_as_with_runs_given_back(line):
    # (``*+``, ``++``: a run taken whole matches where one given back a character at a time did)
    from okot_audit.parse.remarks import _NAME_AFTER_FIGURE

    plain = re.search(r"\d\S*(?:\s+[^\s\d]+){1,3}\s*$", line)
    quick = _NAME_AFTER_FIGURE.search(line)
    assert (quick.span() if quick else None) == (plain.span() if plain else None)


def test_a_line_of_prose_after_a_figure_is_no_column_name_without_reading_its_periods(monkeypatch):
    # (fails before: each line of prose ending in a few words after a figure — ``in 2020 waren
    # er 12 deelnemers meer`` — had its periods read twice before its words in lower case said no)
    from okot_audit.parse import remarks

    asked = []
    real = remarks.period_list
    monkeypatch.setattr(remarks, "period_list", lambda text: asked.append(text) or real(text))
    lines = tuple(f"In {2000 + k} waren er {k} deelnemers meer" for k in range(20))
    assert remarks.split_remarks(lines, False) == (lines, [])
    assert asked == []


# --------------------------------------------------------------------------- prose beside a table


def test_a_page_of_prose_beside_a_table_is_looked_for_only_on_lines_with_two_periods(monkeypatch):
    # (fails before: every line of the answer was searched for two periods side by side)
    from okot_audit.read import beside

    searched = []
    real = beside._TWO_PERIODS

    class Counting:
        def search(self, text):
            searched.append(text)
            return real.search(text)

    monkeypatch.setattr(beside, "_TWO_PERIODS", Counting())
    lines = tuple(f"Regel {k} van de tekst, zonder twee periodes naast elkaar." for k in range(50)) + (
        "Het aantal starters per jaar Provincie 2021 2022",)
    beside.rows_beside_prose(lines)
    assert searched == [lines[-1]]


_PROSE = ["Het", "aantal", "starters", "in", "de", "provincie", "geef", "ik", "u", "hieronder", "mee.", "zorg,", "per"]
_KEYS = ["Antwerpen", "Limburg", "Totaal", "West-Vlaanderen", "Brussels Hoofdstedelijk Gewest", "Provincie", "Mannen"]
_FIGURES = ["577", "601", "3.058", "-", "12", "2019", "2020", "2021-2022", "2022*", "20221"]


@st.composite
def _pages_beside(draw) -> tuple[str, ...]:
    """Lines of a page in two columns as single-spaced text prints it — a header of periods and
    rows keyed by a province or a total, each beside a piece of prose on either side — among
    lines of prose, blank lines, rows alone and headers of other tables."""
    out: list[str] = []

    def prose(least: int = 0) -> str:
        return " ".join(draw(st.lists(st.sampled_from(_PROSE), min_size=least, max_size=6)))

    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(["beside", "prose", "row", "blank", "header"]))
        if kind == "beside":
            left = draw(st.booleans())
            periods = draw(st.lists(st.sampled_from(["2019", "2020", "2021", "2022*", "2021-2022"]), min_size=2, max_size=4))
            block = [("Provincie " + " ".join(periods), prose(3))]
            for _ in range(draw(st.integers(1, 4))):
                figures = draw(st.lists(st.sampled_from(_FIGURES[:5]), min_size=1, max_size=len(periods)))
                block.append((" ".join([draw(st.sampled_from(_KEYS[:5]))] + figures), prose(draw(st.sampled_from([0, 3])))))
            out.extend(f"{table} {words}".strip() if left else f"{words} {table}".strip() for table, words in block)
        elif kind == "prose":
            out.append(prose())
        elif kind == "row":
            out.append(" ".join([draw(st.sampled_from(_KEYS))] + draw(st.lists(st.sampled_from(_FIGURES), max_size=4))))
        elif kind == "blank":
            out.append(draw(st.sampled_from(["", " ", "Bron: VDAB"])))
        else:
            out.append(f"{prose()} {draw(st.sampled_from(_KEYS))} "
                       + " ".join(draw(st.lists(st.sampled_from(_FIGURES[4:]), min_size=1, max_size=4))))
    return tuple(out)


@settings(max_examples=500, deadline=None)
@given(_pages_beside())
def test_prose_beside_a_table_is_read_as_when_every_line_is_searched(lines):
    from unittest import mock

    from okot_audit.read import beside

    quick = beside.rows_beside_prose(lines)
    with mock.patch.object(beside, "joined", lambda lines: None):  # (every line searched: the plain path)
        plain = beside.rows_beside_prose(lines)
    assert quick == plain


# --------------------------------------------------------------------------- lines at places


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab \u00e9", max_size=6), min_size=1, max_size=12), st.data())
def test_the_lines_at_places_of_the_joined_text_are_those_counted_plainly(lines, data):
    from okot_audit.parse.scan import lines_at

    text = "\n".join(lines)
    offsets = data.draw(st.lists(st.integers(0, max(0, len(text) - 1)), max_size=8))
    plain = sorted({text.count("\n", 0, offset) for offset in offsets})
    assert lines_at(tuple(lines), offsets) == plain


# --------------------------------------------------------------------------- a text's lines made clean


_LINE_PIECES = ["Antwerpen 12 14", "Totaal", "\t", "\f", "\xa0", "\ufb01", "\u00ad", "2022\u00b9", "Li\u00e8ge", "\x01",
                "\x0b", "x" * 7, "   ", "–"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_LINE_PIECES), max_size=4).map("".join), min_size=1, max_size=8),
       st.sampled_from([20_000, 12]))
def test_a_texts_lines_are_cleaned_as_when_each_line_is_looked_at(lines, longest):
    from unittest import mock

    from okot_audit import source
    from okot_audit.source import InputError

    class Flagged:  # (says every text holds a control character: each line is looked at, the plain path)
        def search(self, text):
            return True

        def findall(self, text):
            return source._CONTROL_PATTERN.findall(text)

    def read() -> object:
        try:
            return source.source_from_text("\n".join(lines) + "\nVDAB OKOT 2022 12\n")
        except InputError as error:
            return str(error)

    with mock.patch.object(source, "MAX_LINE_CHARS", longest):
        quick = read()
        with mock.patch.object(source, "_CONTROL_PATTERN", source._CONTROL, create=True), \
                mock.patch.object(source, "_CONTROL", Flagged()):
            plain = read()
    assert quick == plain


# --------------------------------------------------------------------------- a partial period's quick look


_NEEDED = st.lists(
    st.sampled_from(sorted({w for part in (context._PARTIAL_PART, context._PARTIAL.patterns[3]) for w in part.needs})
                    + ["x", " ", "Q1", "KW", "2024", "1/1", "t.e.", "tem"]),
    max_size=6,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_NEEDED, st.sampled_from([0, 3]))
def test_a_part_of_the_year_is_looked_for_where_one_of_its_words_is_as_when_each_is_asked(text, pos):
    for said in (context._PARTIAL_PART, context._PARTIAL.patterns[3]):
        lower = text.lower()
        plain = said._find(lower, pos) if any(word in lower for word in said.needs) else None
        assert said.search_lowered(text, lower, pos) == plain
        assert said.search(text, pos) == plain


# --------------------------------------------------------------------------- a statistic's words


_STATISTIC_WORDS = ["Gemiddelde", "gem.", "Mediaan", "percentage", "in %", "(%)", "Aandeel", "per 100", "per 1000",
                    "€", "EUR", "kostprijs", "in maanden", "Opleiding", "Aantal", "cursisten", "2022", "Totaal",
                    "KOSTPRİJS", "aandeel", "ratıo", "ſlaagkans", "Slaagkans", "bedragen", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_STATISTIC_WORDS), max_size=6).map(" ".join),
       st.lists(st.sampled_from(_STATISTIC_WORDS + ["Hieronder het aantal.", "Het gemiddelde aantal maanden:"]),
                max_size=6).map(" ".join))
def test_a_tables_statistic_is_read_as_when_its_header_is_always_searched(header, text):
    from unittest import mock

    quick = context.read_statistic(header, text)
    with mock.patch.object(context, "_may_name_statistic", lambda text: True):  # (every text searched)
        plain = context.read_statistic(header, text)
    assert quick == plain


def test_a_header_without_a_statistics_word_is_not_searched_for_one(monkeypatch):
    # (fails before: every table's header was searched case-insensitively for the words)
    searched = []
    real = context._STATISTIC

    class Counting:
        def search(self, text, *args):
            searched.append(text)
            return real.search(text, *args)

    monkeypatch.setattr(context, "_STATISTIC", Counting())
    assert context.read_statistic("Provincie Opleiding 2021 2022 Totaal", "De cijfers per opleiding:") == ""
    assert searched == []


# --------------------------------------------------------------------------- bounds


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["Limburg", "<", "< ", "<  5", "<5", "≤", "≥4", ">", "12", "  ", "x"]),
                         max_size=5).map(" ".join), max_size=6), st.booleans())
def test_bounds_are_glued_as_when_every_line_is_looked_at(lines, positional):
    from unittest import mock

    from okot_audit.parse import blanks

    lines = tuple(lines)
    quick = blanks.glue_bounds(lines, positional)
    with mock.patch.object(blanks, "joined", lambda lines: None):  # (every line looked at: the plain path)
        plain = blanks.glue_bounds(lines, positional)
    assert quick == plain
