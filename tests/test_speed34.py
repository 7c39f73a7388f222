"""speed34: quick looks that let the lines a reading step cannot concern cost nothing, same answers.

:func:`~okot_audit.parse.words.unit_of` and :func:`~okot_audit.parse.words.units_of` are asked
of every line near a table; most lines name no unit. Each unit pattern now carries the words one
of which its every match holds (:data:`~okot_audit.parse.words.UNIT_NEEDS`), and a line in lower
case that holds none of them is answered without a search — unless it holds a character whose
case a case-insensitive search folds otherwise than ``str.lower()`` (``İ ı ſ``). Each answer is
checked here against the same patterns searched without any quick look.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit.parse import words
from okot_audit.parse.caseless import Caseless

#: The unit patterns searched as before the quick looks: no needed words, no look for all of them.
_PLAIN = [(Caseless(pattern), semantics, unit) for pattern, semantics, unit in words.UNIT_WORDS]


def _unit_of_plainly(text: str) -> tuple[str, str] | None:
    lower = text.lower()
    return next(((s, u) for pattern, s, u in _PLAIN if words._named(pattern, text, lower)), None)


def _units_of_plainly(text: str) -> tuple[str, ...]:
    lower = text.lower()
    return tuple(dict.fromkeys(u for pattern, _, u in _PLAIN if words._named(pattern, text, lower)))


def _vocabulary() -> list[str]:
    """The unit patterns' words, pieces of them, their case changed, and what stands around them."""
    found = {w for pattern, _, _ in words.UNIT_WORDS for w in re.findall(r"[a-z']{3,}", pattern)}
    found |= {w for needs in words.UNIT_NEEDS for w in needs}
    pieces = {w[:k] for w in found for k in (4, 6)} | {w[2:] for w in found if len(w) > 5}
    cased = {w.upper() for w in found} | {w.capitalize() for w in found}
    return sorted(found | pieces | cased) + [
        "Totaal", "Aantal", "2022", "12", "-", "/", ".", "'s", "\u2019s", "niet om", "geen", "het aantal",
        "kwalificerende", "onderwijskwalificerende", "behaalde", "uitgereikte", "inschr.", "INSCHR.",
        "un\u0131eke", "cursısten", "d\u0130ploma", "per\u017fonen", "\u0130", "\u017f", "ı", "é", "x",
    ]


_LINE = st.lists(
    st.tuples(st.sampled_from(_vocabulary()), st.sampled_from([" ", " ", "", "  ", "-", ".", ", ", "\t"])),
    max_size=10,
).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=400, deadline=None)
@given(_LINE)
def test_the_quick_looks_never_change_a_lines_unit(line):
    assert words.unit_of(line) == _unit_of_plainly(line)
    assert words.units_of(line) == _units_of_plainly(line)


@pytest.mark.parametrize("line, unit", [
    ("Aantal unieke cursisten", "unieke cursisten"),
    ("Totaal inschr.", "inschrijvingen"),
    ("Aantal behaalde deelattesten", "getuigschriften"),
    ("Uitgereikte CERTIFICATEN", "getuigschriften"),
    ("Het aantal diploma\u2019s", "diploma's"),
    ("Opleidingsplaatsen", "deelnames"),
    ("Afhakers per provincie", "unieke cursisten"),
    ("Leeftijd 2021 2022", None),
    ("Het gaat om inschrijvingen, niet om unieke personen", "inschrijvingen"),
])
def test_lines_name_their_units_as_before(line, unit):
    found = words.unit_of(line)
    assert (found[1] if found else None) == unit == (_unit_of_plainly(line) or (None, None))[1]


@pytest.mark.parametrize("line", ["Aantal un\u0131eke", "Totaal d\u0130ploma's", "Aantal per\u017fonen"])
def test_a_line_whose_case_folds_otherwise_is_searched_case_insensitively(line):
    # (``ı`` ``İ`` ``ſ``: a case-insensitive search matches them to ``i`` and ``s``, their lower
    # case holds no needed word; the quick look must not answer for them)
    assert words._UNIT_WORD(line.lower()) is None or "\u0130" in line
    assert words.unit_of(line) == _unit_of_plainly(line) is not None
    assert words.units_of(line) == _units_of_plainly(line) != ()


def test_every_match_of_each_pattern_holds_one_of_its_needed_words():
    texts = [" ".join(_vocabulary()), " ".join(w.lower() for w in _vocabulary()), "aantal behaalde attest certificaat"]
    for (pattern, _, _), needs in zip(_PLAIN, words.UNIT_NEEDS, strict=True):
        for text in texts:
            for match in pattern._plain.finditer(text.lower()):
                assert any(word in match.group(0) for word in needs), (pattern.pattern, match.group(0))


def test_a_needed_word_left_out_would_be_caught():
    # (the property above compares with the patterns searched plainly: a pattern whose needed
    # words miss one of its matches' answers otherwise)
    pattern, _, _ = _PLAIN[4]
    short = Caseless(pattern.pattern, ("getuigschrift", "certifica"))
    line = "Aantal deelattesten"
    assert short.search(line) is None and pattern.search(line) is not None
