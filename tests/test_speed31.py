"""Session 31's speed-ups hold the reader to what it read before (benchmarks/corpus_run.py).

Each quicker form is checked against the form written plainly, as the code had it: the
sentence ends of :mod:`~okot_audit.parse.questions` and :mod:`~okot_audit.parse.context`
(their look back at the stop taken after the first white space, so the search skips to white
space), the quick look of :func:`~okot_audit.read.paragraphs.paragraph_rows` (split into a
match at the text's start and a search from each line break).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit.parse import context, questions
from okot_audit.read import paragraphs

#: The patterns as written before session 31 (a look back at every character).
PLAIN_QUESTIONS_END = re.compile(r"(?<=[.!?])(?<!\b[Nn]r\.)(?<!\b[Nn]rs\.)(?<!\b[Aa]rt\.)\s+(?=[A-Z0-9(*])|\n[ \t]*\n\s*")
PLAIN_CONTEXT_END = re.compile(
    r"(?<=[.!?])(?<!\b[Nn]r\.)(?<!\b[Nn]rs\.)(?<!\b[Aa]rt\.)"
    r"(?:(?<!\b[Ss]em\.)(?<!\b[Tt]rim\.)(?<!\b[Kk]w\.)|(?!\s+[1-4]\b))\s+(?=[A-Z0-9(*])"
)
PLAIN_TWO_PERIODS = re.compile(r"(?:^|\n)[ \t\f]*(?:19|20)\d{2}\S*[ \t]*\n[ \t\f]*\n[ \t\f]*(?:19|20)\d{2}\S*[ \t]*\n"
                               r"|\n[ \t\f]*aantal[^\n]{0,40}\n[ \t\f]*\n", re.I)

#: The pieces of prose near a sentence's end: stops, abbreviations before a number, white space
#: of each kind, capitals, digits, brackets, periods and the words of a count column.
PIECES = st.sampled_from([
    ".", "!", "?", " ", "  ", "\n", "\n\n", "\n \n", "\t", "\f", "Nr.", "nrs.", "Art.", "sem.", "Trim.", "kw.",
    "vragen", "De", "de", "A", "1", "2", "5", "12", "(", "*", "x", "2019", "2020*", "2021-2022", "Aantal",
    "aantal cursisten", "Totaal",
])
TEXTS = st.lists(PIECES, max_size=24).map("".join)


def _spans(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, endpos)]


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.integers(0, 200), st.integers(0, 200))
def test_sentence_ends_are_found_where_the_plain_patterns_find_them(text, a, b):
    """The same sentence ends, the same spans, in a window of the text as a whole (the
    questions' sentence at a place searches 400 characters either side)."""
    pos, endpos = sorted((min(a, len(text)), min(b, len(text))))
    for quick, plain in ((questions._SENTENCE_END, PLAIN_QUESTIONS_END), (context._SENTENCE_END, PLAIN_CONTEXT_END)):
        assert _spans(quick, text, pos, endpos) == _spans(plain, text, pos, endpos)
        assert quick.split(text) == plain.split(text)


def test_sentence_ends_skip_to_white_space():
    """Both quick patterns open with white space, so that the search skips to it: the reason
    they are written so (a pattern that opens with a look back is tried at every character)."""
    for quick in (questions._SENTENCE_END, context._SENTENCE_END):
        assert quick.pattern.startswith(r"\s(?<=[.!?]\s)")
    text = "Zie vraag nr. 12. De cijfers voor 2022 zijn voorlopig. sem. 1 werd niet geteld.\n\nBron: VDAB"
    assert questions._SENTENCE_END.split(text) == [  # (the questions' sentences end at ``sem.``, the context's not)
        "Zie vraag nr. 12.", "De cijfers voor 2022 zijn voorlopig. sem.", "1 werd niet geteld.", "Bron: VDAB"]
    assert context._SENTENCE_END.split("Tot sem. 1 geteld. Kw. 2 volgt. Nr. 3 ook.") == [
        "Tot sem. 1 geteld.", "Kw. 2 volgt.", "Nr. 3 ook."]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_two_period_paragraphs_are_looked_for_as_before(text):
    """Two periods each a paragraph of its own (at the text's start too) or a count column's
    paragraph: found by the quick look exactly where the plain pattern finds one."""
    quick = paragraphs._TWO_PERIODS_FIRST.match(text) is not None or paragraphs._TWO_PERIOD_PARAGRAPHS.search(text) is not None
    assert quick == (PLAIN_TWO_PERIODS.search(text) is not None)


def test_two_periods_opening_the_text_are_seen():
    """The plain pattern's ``^``: periods that open the text itself, no line break before them."""
    for text, seen in (("2019\n\n2020\n12 13\n", True), ("  2021*\n \n2022\n", True), ("2019\n2020\n", False),
                       ("x 2019\n\n2020\n", False), ("Tekst\n2019\n\n2020\n", True), ("\nAantal\n\n4\n", True)):
        quick = paragraphs._TWO_PERIODS_FIRST.match(text) is not None or paragraphs._TWO_PERIOD_PARAGRAPHS.search(text) is not None
        assert quick is seen is (PLAIN_TWO_PERIODS.search(text) is not None), text


def test_an_answers_numbered_items_are_its_questions_and_answers():
    """An answer's numbered items: the questions' and the answer's, each its number, first and
    last line (1-based)."""
    lines = ("VRAAG", "1. Hoeveel cursisten?", "2. Hoeveel geslaagden?", "ANTWOORD", "1. Hieronder vindt u de cijfers.",
             "2. Zie bijlage.")
    assert questions._items(lines) == ([(1, 2, 2), (2, 3, 3)], [(1, 5, 5), (2, 6, 6)])
