"""speed26: quick looks that stand in for whole-text searches find exactly what those searches find.

Each quick path is checked against the plain path it stands in for (written here as it was
before session 26), on text built from the pieces the patterns care about:

- :func:`okot_audit.read.runon.lines_apart` looks once for a digit glued to a capital or seven
  digits before a colon (:data:`~okot_audit.read.runon._QUICK_EITHER`), not twice;
- :func:`okot_audit.parse.regions.kind_colons` matches each line that holds a colon on its own,
  where it searched the whole text with a multi-line pattern tried at every character;
- :func:`okot_audit.parse.subcolumns.total_lines_alone` tries the case-insensitive pattern of a
  line ending in a total's word only on the lines that end in one (a plain search of the text
  lowered);
- :func:`okot_audit.parse.words.numbered_key` leaves a header in ASCII that holds none of the
  pattern's words unsearched.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from hypothesis import example, given
from hypothesis import strategies as st

from okot_audit.parse import regions, subcolumns, words
from okot_audit.parse.regions import label_kind
from okot_audit.parse.scan import joined, lines_at
from okot_audit.read import runon

# Pieces of lines: words the patterns look for (in every case), figures, codes, colons, the
# three letters ``re.IGNORECASE`` matches otherwise than ``str.lower()`` lowers them, spaces.
PIECES = st.sampled_from([
    "Totaal", "totaal", "TOTAAL", "Total", "EindTotaal", "eindtotaal", "tota", "totaalx", "Zorg", "Antwerpen",
    "Vrouwen", "onderwijs", "Bel ons", "Vraag", "Limburg", "Aantal modules", "MODULE", "Leeftijd", "jaar",
    "Schooljaar", "stappen", "TriMester", "maanden", "uur", "uren", "Niveau", "fase", "Graad", "reeks", "level",
    "12", "1.234", "2022", "7", "123456", "123456:", "1234567", "1234567:", "57Totaal", "3D", "9A", ":", ": ", "-", "*", ".", ",",
    "\u0130", "\u0131", "\u017f", "\u00e9", "K", "\u212a", "\u00a0",
    " ", "  ", "\t", " ",
])
LINES = st.lists(st.lists(PIECES, max_size=8).map("".join), min_size=1, max_size=8).map(tuple)


# ------------------------------------------------------------------------ runon: one quick look

@given(st.lists(PIECES, max_size=20).map("".join))
@example("x 1234567: y")
@example("115432387: Educatieve")
@example("123456: Zorg 12")
@example("57Totaal")
def test_one_quick_look_finds_a_glued_capital_or_code_where_the_two_did(text):
    either = runon._QUICK_EITHER.search(text) is not None
    assert either == (runon._QUICK.search(text) is not None or runon._QUICK_CODE.search(text) is not None)


# ------------------------------------------------------------------------ kind_colons line by line

_COLON_ROW_TEXT = re.compile(r"^[ \t]*([^\W\d_][^:;,.\n]{0,38}):(?:[ \t]+\d[\d.]*)+[ \t]*$", re.M)


def plain_kind_colons(lines: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`kind_colons` as it was before session 26: one search of the whole text."""
    text = joined(lines)
    if text is None or ":" not in text:
        return lines
    out: list[str] | None = None
    for match in _COLON_ROW_TEXT.finditer(text):
        if not match.group(1)[0].isupper() or label_kind(match.group(1).strip()) is None:
            continue
        if out is None:
            out = list(lines)
            starts = [0]
            for line in lines[:-1]:
                starts.append(starts[-1] + len(line) + 1)
        index = bisect_right(starts, match.start()) - 1
        at = match.end(1) - starts[index]
        out[index] = out[index][:at] + " " + out[index][at + 1:]
    return tuple(out) if out is not None else lines


COLON_LINES = st.lists(st.one_of(
    st.tuples(st.sampled_from(["", " ", "\t", "  "]), st.sampled_from(["Zorg", "Antwerpen", "Vrouwen", "zorg", "Bel ons",
                                                                       "Onderwijs en vorming", "12 Zorg", "Zorg, extra"]),
              st.sampled_from([":", ": ", " :"]), st.sampled_from([" 40", " 40 12", " 1.234", "", " 40 x", " 40 "])).map("".join),
    st.lists(PIECES, max_size=6).map("".join),
), min_size=1, max_size=8).map(tuple)


@given(COLON_LINES)
@example(("Zorg: 40", "Antwerpen: 12 13", "onderwijs: 15 23 44", "Vrouwen: 25 "))
def test_colons_taken_off_line_by_line_are_those_the_whole_text_search_took_off(lines):
    assert regions.kind_colons(lines) == plain_kind_colons(lines)


def test_a_row_of_a_kind_loses_its_colon():
    assert regions.kind_colons(("Zorg: 40", "Bel ons: 1700")) == ("Zorg  40", "Bel ons: 1700")


# ------------------------------------------------------------------------ a total's word alone

TOTAL_LINES = st.lists(st.one_of(
    st.tuples(st.sampled_from(["", " ", "\t"]), st.lists(st.sampled_from(["55+", "jaar", "-25", "oold", "12", "a\u00a0b"]),
                                                          max_size=10).map(" ".join),
              st.sampled_from([" ", "", "\t"]), st.sampled_from(["Totaal", "TOTAL", "eindtotaal", "Totaa", "totaalx"]),
              st.sampled_from(["", " ", "\t ", " x"])).map("".join),
    st.lists(PIECES, max_size=6).map("".join),
), min_size=1, max_size=8).map(tuple)


@given(TOTAL_LINES)
@example(("Geslacht -25 jaar 25-54", "jaar", "55+ jaar Totaal", "Man 1 2 3 4"))
@example(("a b c d e f g h Totaal", "a b c d e f g h i Totaal"))
def test_the_lines_ending_in_a_total_word_alone_are_those_the_whole_text_search_finds(lines):
    text = joined(lines)
    if text is None:  # (a text with one of the three letters: searched line by line, as before)
        return
    plain = lines_at(lines, (m.start() for m in subcolumns._TOTAL_LINE_ALONE.finditer(text)))
    assert subcolumns.total_lines_alone(lines, text) == plain


# ------------------------------------------------------------------------ a numbered row key

HEADS = st.lists(PIECES, max_size=6).map("".join)


@given(HEADS)
@example("Aantal modules")
@example("Schooljaar")
@example("TRIMESTER")
@example("Opleidingsjaar ")
def test_a_header_names_a_numbered_key_as_its_pattern_says(head):
    assert words.numbered_key(head) == (words._NUMBERED_KEY.search(head) is not None)
