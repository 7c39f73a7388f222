"""Session 33's speed-ups hold the reader to what it read before (issue #10 item 4).

Each quicker form is checked against the form written plainly, as the code had it, and each
cheap look is cheap where it says: the work it spares is not done. (The corpus report is the
whole check: byte-identical before and after.)
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit.parse import broken, context, furniture, questions

#: An answer of two numbered questions and their two numbered answers, a table in the second.
ITEMS_ANSWER = (
    "Vraag nr. 512",
    "1. Hoeveel cursisten startten een OKOT-traject in 2022?",
    "2. Hoeveel behaalden een diploma?",
    "ANTWOORD",
    "1. Hieronder vindt u de cijfers.",
    "Provincie  2022",
    "Antwerpen  120",
    "Limburg  80",
    "Totaal  200",
    "2. In bijlage vindt u het aantal diploma's.",
)


class _Counting:
    """A pattern whose ``match`` and ``search`` calls are counted (a compiled pattern's methods
    cannot be patched)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.asked: list[str] = []

    def match(self, text: str, *args):
        self.asked.append(text)
        return self.pattern.match(text, *args)

    def search(self, text: str, *args):
        self.asked.append(text)
        return self.pattern.search(text, *args)

    def sub(self, *args, **kwargs):
        return self.pattern.sub(*args, **kwargs)


def test_items_of_an_answer_read_once(monkeypatch):
    """The numbered items of an answer are read once for both questions the reader asks of the
    same lines (what each item asks, and which item announces a table that never came): each
    line that may open an item is matched once, not once per question."""
    counting = _Counting(questions._ITEM)
    monkeypatch.setattr(questions, "_ITEM", counting)
    lines = tuple(ITEMS_ANSWER)
    read = questions.read_questions(lines, [6])
    announced = questions.announced_unfollowed(lines, [(6, 9)])
    assert len(counting.asked) == len(set(counting.asked)) == 6  # (the lines that open with a digit or an ``A``)
    assert [a.number for a in read["asked"]] == [1]  # (``in 2022``: the second names no period)
    assert [(line, words.endswith("In bijlage vindt u het aantal diploma's."), end) for line, words, end in announced] == [
        (10, True, 10)]  # (the second item's attachment: no table follows it)


def test_items_read_again_of_other_lines():
    """Other lines (a list, which may change, or another answer's tuple) are read anew: the
    items are never another answer's."""
    lines = list(ITEMS_ANSWER)
    first = questions._items(lines)
    lines[4] = "3. Hieronder vindt u de cijfers."
    assert questions._items(lines) != first
    assert questions._items(tuple(lines)) == questions._items(tuple(lines))
    assert questions._items(tuple(ITEMS_ANSWER[:4])) == ([(1, 2, 2), (2, 3, 3)], [(None, 4, 4)])


#: The running-header patterns of :mod:`okot_audit.parse.furniture` as written before session 33
#: (each run given back a character at a time where a line does not match).
PLAIN_NUMBERED = re.compile(r"^\s*(?P<words>[^\W\d_][^\d]*)(?P<others>(?:\d{1,6}\s+)?)(?P<page>\d{1,3})\s*$")
PLAIN_NUMBERED_INNER = re.compile(
    r"^\s*(?P<words>[^\W\d_][^\d]*\d{1,6}[^\d]*[^\W\d_][^\d]*?)(?P<others>)(?P<page>\d{1,3})\s*$"
)

#: The pieces a running header and a table's row are made of: words (accents, capitals, an
#: underscore, a superscript), numbers of one to eight digits, punctuation, white space.
HEADER_PIECES = st.sampled_from([
    "Vlaams", "Parlement", "vraag", "Schriftelijke", "pagina", "\u00e9", "Zorg", "_", "x_y", "\u00b2", "a",
    "1", "12", "512", "2023", "123456", "1234567", "12345678", "-", "\u2013", ".", "/", ":", "(", ")", "|",
])
HEADER_SPACES = st.sampled_from([" ", "  ", "\t", "", "\u00a0"])


@settings(max_examples=200, deadline=None)
@given(HEADER_SPACES, st.lists(st.tuples(HEADER_PIECES, HEADER_SPACES), max_size=9))
def test_running_header_patterns_as_written_plainly(indent, parts):
    """The same lines match each running-header pattern, with the same words, numbers and page,
    whatever their pieces."""
    line = indent + "".join(a + b for a, b in parts)
    for quick, plain in ((furniture._NUMBERED, PLAIN_NUMBERED), (furniture._NUMBERED_INNER, PLAIN_NUMBERED_INNER)):
        found, expected = quick.match(line), plain.match(line)
        assert (found and found.groupdict()) == (expected and expected.groupdict()), line


@pytest.mark.parametrize("line, groups", [
    ("Vlaams Parlement - Schriftelijke vraag 512 2", ("Vlaams Parlement - Schriftelijke vraag ", "512 ", "2")),
    ("Schriftelijke vraag 77 - pagina 2", None),  # (the inner pattern's: below)
    ("Graduaat verpleegkunde 50 71 138", None),
    ("Antwerpen 12 34", ("Antwerpen ", "12 ", "34")),
])
def test_running_header_pattern_examples(line, groups):
    """The numbered pattern reads a paper's running header and a row of two figures as before,
    and no row of three; the inner one a number among the words."""
    found = furniture._NUMBERED.match(line)
    assert (found and found.group("words", "others", "page")) == groups
    inner = furniture._NUMBERED_INNER.match("Schriftelijke vraag 77 - pagina 2")
    assert inner is not None and inner.group("words", "page") == ("Schriftelijke vraag 77 - pagina ", "2")
    assert furniture._NUMBERED_INNER.match("Graduaat verpleegkunde 50 71 138") is None


def test_running_header_look_is_linear_in_a_long_line():
    """A long line of words around a number before its figures (a run-on line of prose, no
    running header) is given up at once, not tried again at each shorter run of its words: the
    inner pattern as written plainly took time growing with the square of the line's length
    (some 1.5 s for this line of 12,000 characters, 25 ms for one of 1,500), the reader's time
    with it."""
    line = "Opleiding 12" + " ab" * 4000 + " 34 56"
    started = time.process_time()
    for _ in range(10):
        assert furniture._NUMBERED_INNER.match(line) is None
        assert furniture._NUMBERED.match(line) is None
    assert time.process_time() - started < 0.2


@pytest.mark.parametrize("header, expected", [
    ("Opleiding 2021: Aantal", ("Opleiding Aantal", ("2021", ""))),
    ("Opleiding Aantal (2021)", ("Opleiding Aantal", ("2021", ""))),
    ("Stand 2021 Opleiding Aantal", ("Opleiding Aantal", ("2021", ""))),
    ("Opleiding 2022 Aantal", ("Opleiding Aantal", ("2022", ""))),
    ("Opleiding Aantal cursisten per provincie", None),
    ("Opleiding 2021: Aantal (2022)", None),  # (two periods named: which is the count's cannot be told)
])
def test_written_period_as_before(header, expected):
    """A header's one period written among its words is read in each of its forms as before."""
    assert context.written_period(header) == expected


def test_written_period_tries_no_colon_pattern_without_a_colon(monkeypatch):
    """A header without a colon is not tried by the pattern of a period before a colon (which
    tries each start of the header's words): its colon is looked for first."""
    counting = _Counting(context._WRITTEN_PERIOD[1][0])
    monkeypatch.setattr(context, "_WRITTEN_PERIOD", (context._WRITTEN_PERIOD[0], (counting, ":"), *context._WRITTEN_PERIOD[2:]))
    assert context.written_period("Opleiding Aantal cursisten per provincie") is None
    assert context.written_period("Opleiding Aantal (2021)") == ("Opleiding Aantal", ("2021", ""))
    assert counting.asked == []
    assert context.written_period("Opleiding 2021: Aantal") == ("Opleiding Aantal", ("2021", ""))
    assert counting.asked == ["Opleiding 2021: Aantal"]


#: The last word's pattern of :mod:`okot_audit.parse.broken` as written before session 33.
PLAIN_END = re.compile(r"([^\W\d_]+)$")
#: The pieces of a line of a row's name: words (accents, capitals, an underscore), digits,
#: dashes, brackets, stops, white space.
NAME_PIECES = st.sampled_from(["leefgroepenwer", "king", "Zorg", "\u00e9t\u00e9", "a", "_", "x_", "1", "2021", "-", "\u2013",
                               "(", ")", ".", ",", " ", "  ", "\t", "\u00b2"])


@settings(max_examples=200, deadline=None)
@given(st.lists(NAME_PIECES, max_size=10))
def test_broken_word_end_as_written_plainly(pieces):
    """The letters that end a line are found as before, whatever the line."""
    text = "".join(pieces)
    found, expected = broken._END.search(text), PLAIN_END.search(text)
    assert (found and found.span(1)) == (expected and expected.span(1))


def test_broken_word_end_is_linear_in_a_long_word():
    """A line whose long run of letters is not its end is searched once, not from each of its
    letters to the run's end: as written plainly this line of 12,000 letters took some 1.4 s."""
    line = "x" * 12000 + " 1 z"
    started = time.process_time()
    for _ in range(10):
        assert broken._END.search(line).group(1) == "z"
    assert time.process_time() - started < 0.2
    assert broken.joined_name(["Se-n-se opvoeder leefgroepenwer", "king"], frozenset({"leefgroepenwerking"})) == (
        "Se-n-se opvoeder leefgroepenwerking")


@pytest.mark.parametrize("texts, head, expected, searched", [
    (["Graduaat verpleegkunde"], "Graduaat verpleegkunde", "Graduaat verpleegkunde", False),
    (["Bachelor in het onderwijs 1 ste jaar -"], "Bachelor in het onderwijs 1 ste jaar -", "Bachelor in het onderwijs 1 ste jaar", True),
    (["Opvoeder fase 1 -"], "Opvoeder fase 1 -", "Opvoeder fase 1 -", True),  # (after a digit: a range the reading cut)
    (["Zorgkundige \u2013  "], "Zorgkundige \u2013  ", "Zorgkundige", True),
])
def test_row_label_looks_for_its_dash_where_a_dash_ends_it(monkeypatch, texts, head, expected, searched):
    """A row's label loses a lone dash after a word that ends it as before; a label that ends in
    no dash is not searched for one (most rows' labels)."""
    from okot_audit import parse
    from okot_audit.parse.regions import Item

    counting = _Counting(parse._WORD_DASH_END)
    monkeypatch.setattr(parse, "_WORD_DASH_END", counting)
    assert parse._label(Item("row", [1], texts=texts), head, frozenset()) == expected
    assert bool(counting.asked) is searched
