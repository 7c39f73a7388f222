"""Session 32's speed-ups hold the reader to what it read before (benchmarks/corpus_run.py).

Each quicker form is checked against the form written plainly, as the code had it, over lines
built from the pieces they are about: the unit look every line gets
(:func:`~okot_audit.parse.units._maybe`), the look for a table printed one figure a line
(:func:`~okot_audit.parse.unread.one_figure_per_line`) and the look for a caption header of
periods (:func:`~okot_audit.parse.regions._caption_header`). And each cheap look is cheap where
it says: a line it cannot concern never reaches the dear look behind it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit.parse import regions, unread, units
from okot_audit.parse.words import unit_of
from okot_audit.patterns import NUMBER, PLAIN_APOSTROPHE


def _plain_maybe(line: str) -> bool:
    """:func:`units._maybe` as session 31 wrote it."""
    last = line.rsplit(None, 1)[-1:]
    if last and last[0] in units._BLANK:
        last = line.rstrip().rstrip("".join(units._BLANK)).rsplit(None, 1)[-1:]
    if not last:
        return False
    word = last[0].lower().translate(PLAIN_APOSTROPHE)

    def unknown_after_figure() -> bool:
        if not units._WORD.fullmatch(last[0]):
            return False
        before = line.rsplit(None, 2)
        return len(before) == 3 and NUMBER.fullmatch(before[1]) is not None

    return word in units._AFTER or unknown_after_figure() or "\u20ac" in word or word[-1] == "%" or (
        word[-1].isdecimal() and ("\u20ac" in line or "eur" in line.lower()))


#: The pieces a line's end is made of: figures, units a list knows (one with a curly apostrophe),
#: words no list knows (small letters, capitals, accents, ``÷`` inside the accents' range),
#: blank marks, money, shares, spaces.
UNIT_PIECES = st.sampled_from([
    "12", "1.240", "3", "2021", "٣", "stuks", "cursisten", "diploma\u2019s", "diploma's", "Stuks", "\u00e9t\u00e9",
    "\u00f7\u00f7", "x", "-", "\u2013", "\u2014", "--", "\u20ac", "\u20ac12", "12%", "%", "EUR", "eur", "Zorg",
    "jaar", "10,5", "(2)", ".", ":",
])
SPACES = st.sampled_from([" ", "  ", "   ", "\t", ""])
UNIT_LINES = st.lists(st.tuples(UNIT_PIECES, SPACES), max_size=8).map(lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=600, deadline=None)
@given(SPACES, UNIT_LINES)
def test_unit_look_finds_what_the_plain_look_found(indent, line):
    """The same lines may hold a figure's unit, whatever their last words."""
    assert units._maybe(indent + line) == _plain_maybe(indent + line)


def test_unit_look_tries_no_pattern_on_prose_ends(monkeypatch):
    """A line ending in a word after a word (prose), a word of capitals or a stop tries neither
    pattern of a figure's unknown unit: the letters and digits are told first."""
    tried: list[str] = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def fullmatch(self, text):
            tried.append(text)
            return self.pattern.fullmatch(text)

    monkeypatch.setattr(units, "_WORD", Counting(units._WORD))
    monkeypatch.setattr(units, "NUMBER", Counting(units.NUMBER))
    for line in ("De cijfers voor dit jaar zijn nog niet", "Zie de tabel hieronder.", "Opleiding 12 LIMBURG", "12 14 16"):
        units._maybe(line)
    assert tried == []
    assert units._maybe("Graduaat orthopedagogie 51 stuks") and tried == ["stuks", "51"]


def _plain_one_figure_per_line(lines, first, last, least=4):
    """:func:`unread.one_figure_per_line` as session 31 wrote it (and session 34 mended: a period's
    label alone, ``januari 2021``, is no row of a label and a count)."""
    figures = 0
    paragraph: list[str] = []
    texts: list[str] = []
    for k in range(first - 1, last + 1):
        text = lines[k].strip() if k < last and k < len(lines) else ""
        if text:
            paragraph.append(text)
            continue
        cells = paragraph[1:] if len(paragraph) > 1 and unread._period_alone(paragraph[0]) else paragraph
        if cells and all(NUMBER.fullmatch(line) for line in cells):
            figures += len(cells)
        else:
            texts += paragraph
        paragraph = []
    if figures < least:
        return False
    rows = sum(1 for text in texts if unread.label_and_number(text) and not unread.ends_in_label_number(text)
               and not unread._period_alone(text))
    return figures > 2 * rows


#: Lines of a table printed one figure a line, and of prose between: figures, periods alone
#: (a year that is a figure too), labels with and without their count, blank lines.
FIGURE_LINES = st.sampled_from([
    "", "", "45", "1.240", "2019", "2019*", "2020-2021", "januari 2021", "Zorgkundige", "Zorgkundige 12",
    "module 5", "Opleiding fase 1 - 2", "Totaal", "Totaal 57", "De cijfers zijn voorlopig.",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(FIGURE_LINES, max_size=24), st.integers(1, 3), st.integers(1, 5))
def test_one_figure_per_line_as_the_plain_look(lines, first, least):
    """The same answer for the same lines, wherever the run starts."""
    lines = tuple(lines)
    assert unread.one_figure_per_line(lines, first, len(lines), least) == _plain_one_figure_per_line(
        lines, first, len(lines), least)


def test_one_figure_per_line_looks_for_no_period_atop_prose(monkeypatch):
    """A paragraph whose lines below its first are no figures is prose or a label: its first line
    is not looked at for a period alone (the dearer look), which it would not change."""
    lines = ("Ter info", "de cijfers van 2021", "", "2020", "zijn voorlopig", "", "2019*", "45", "", "46", "")
    plain = _plain_one_figure_per_line(lines, 1, len(lines), least=2)
    asked: list[str] = []
    period_alone = unread._period_alone
    monkeypatch.setattr(unread, "_period_alone", lambda text: asked.append(text) or period_alone(text))
    assert unread.one_figure_per_line(lines, 1, len(lines), least=2) == plain
    assert asked == ["2019*"]


def _plain_caption_header(text: str) -> bool:
    """:func:`regions._caption_header` as session 31 wrote it."""
    if not unit_of(text):
        return False
    listed = regions._period_list(text)
    if listed is None or len(listed[1]) < 2:
        return False
    words = listed[0].strip()
    if not words or any(ch.isdigit() for ch in words) or words.endswith((".", ":", "?", "!")) or not unit_of(words):
        return False
    return any(not text[p.start:p.end].strip().rstrip("*").isdigit() for p in listed[1])


#: The words of captions and rows, and the periods and counts after them.
CAPTION_WORDS = st.sampled_from([
    "Unieke cursisten", "Aantal inschrijvingen", "Opleiding", "Zorgkundige", "geen unieke cursisten",
    "OKOT'(s)", "met", "in", "908001:", "Gestarte cursisten", "Totaal",
])
CAPTION_ENDS = st.sampled_from(["2020", "2021", "2022*", "maart 2020", "april 2020", "2020-2021", "Totaal", "12", "1.240"])


@settings(max_examples=400, deadline=None)
@given(st.lists(CAPTION_WORDS, min_size=1, max_size=3), st.lists(CAPTION_ENDS, max_size=4), SPACES)
def test_caption_header_as_the_plain_look(words, ends, gap):
    """The same lines are a caption header of periods, whatever the order of the looks."""
    text = " ".join(words) + (" " + gap).join(["", *ends])
    assert regions._caption_header(text) == _plain_caption_header(text)


def test_caption_header_looks_for_no_unit_in_a_row(monkeypatch):
    """A row's line (no period list at its end) is not searched for unit words, which it may name
    (``Gestarte cursisten 12 14``): its last word tells it first."""
    asked: list[str] = []
    monkeypatch.setattr(regions, "unit_of", lambda text: asked.append(text) or unit_of(text))
    assert not regions._caption_header("Gestarte cursisten 12 14")
    assert not regions._caption_header("Graduaat Verpleegkunde - 1ste jaar 50 71 138")
    assert asked == []
    assert regions._caption_header("Unieke cursisten met gestarte OKOT'(s)  Totaal  maart 2020  april 2020")
