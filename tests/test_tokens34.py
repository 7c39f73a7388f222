"""The words of a line, found once per answer and shared by the reader's stages
(:mod:`okot_audit.parse.tokens`): the same words as a fresh look finds, the store bounded and
freed when an answer has been read — even one that is refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit.parse import parse_answer
from okot_audit.parse import tokens
from okot_audit.parse.tokens import WORDS_KEPT, forget_words, words_of
from okot_audit.source import InputError, text_source

SEED = Path(__file__).resolve().parent.parent / "seeds" / "002_f58759045b60ed02.txt"

# A line built from its words: each a run of printed characters, apart by runs of spaces and
# tabs (the blank cells' spacing), with white space before the first and after the last or not.
_WORD_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc")), min_size=1, max_size=6)
_GAP = st.text(st.sampled_from(" \t"), min_size=1, max_size=4)


@st.composite
def _lines(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, int]]]:
    words = draw(st.lists(_WORD_TEXT, max_size=8))
    line = draw(st.sampled_from(["", " ", "   "]))
    expected = []
    for k, word in enumerate(words):
        if k:
            line += draw(_GAP)
        expected.append((word, len(line), len(line) + len(word)))
        line += word
    line += draw(st.sampled_from(["", " ", "  "]))
    return line, expected


@settings(max_examples=40)
@given(_lines())
def test_words_are_the_printed_words_with_their_places(built: tuple[str, list[tuple[str, int, int]]]) -> None:
    line, expected = built
    forget_words()
    first = words_of(line)
    assert [(m.group(), m.start(), m.end()) for m in first] == expected
    assert words_of(line) is first  # (asked again: the words found the first time)
    forget_words()


def test_same_text_shares_words_until_forgotten() -> None:
    forget_words()
    line = "908017: Educatieve graduaatsopleiding  27 52 73"
    first = words_of(line)
    assert [m.group() for m in first] == ["908017:", "Educatieve", "graduaatsopleiding", "27", "52", "73"]
    assert words_of("".join(list(line))) is first  # (an equal text built anew: the same words)
    forget_words()
    again = words_of(line)
    assert again is not first and [m.span() for m in again] == [m.span() for m in first]
    forget_words()


def test_store_is_bounded() -> None:
    forget_words()
    for k in range(WORDS_KEPT + 50):
        words_of(f"rij {k} 12 13")
    assert 0 < len(tokens._kept) <= WORDS_KEPT
    assert [m.group() for m in words_of(f"rij {WORDS_KEPT + 49} 12 13")] == ["rij", str(WORDS_KEPT + 49), "12", "13"]
    forget_words()
    assert not tokens._kept


def test_an_answer_read_leaves_no_words_kept() -> None:
    forget_words()
    answer = parse_answer(text_source(SEED.read_text(encoding="utf-8")))
    assert answer.tables  # (the seed's table read, its lines' words asked for on the way)
    assert not tokens._kept


def test_an_answer_refused_leaves_no_words_kept() -> None:
    forget_words()
    words_of("Totaal Antwerpen 577")  # (a word kept before: the refusal frees it too)
    with pytest.raises(InputError):
        parse_answer(text_source("Een brief over het weer.\nGeen cijfers  12 13 14\n"))
    assert not tokens._kept


def test_words_of_matches_a_fresh_look_on_the_seeds() -> None:
    # (every line of both seeds: the shared words are what ``\S+`` finds, span for span)
    fresh = re.compile(r"\S+")
    forget_words()
    for seed in sorted(SEED.parent.glob("*.txt")):
        for line in text_source(seed.read_text(encoding="utf-8")).lines:
            assert [m.span() for m in words_of(line)] == [m.span() for m in fresh.finditer(line)]
    forget_words()
