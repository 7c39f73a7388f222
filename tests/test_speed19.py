"""The reader's quick looks of session 18 give the answers of the looks they stand in front of.

Two steps of the reader each got a cheap first look that lets most lines go at once: a column of
notes (:mod:`okot_audit.parse.remarks`) is looked for only on a line that ends in a few words after
a figure's token; a page of prose beside a table (:mod:`okot_audit.read.beside`) only from a line
with two periods side by side. Each property builds lines of the kinds an answer prints (labels,
codes, periods, counts, notes, prose with years and full stops) and checks that the step with its
first look gives what it gives without it (the look replaced by one that lets every line through).
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from okot_audit.parse import remarks
from okot_audit.read import beside

WORDS = ["Opleiding", "Provincie", "Opmerking", "nieuw", "herzien", "Toelichting", "Totaal", "Antwerpen",
         "Limburg", "in", "het", "aantal", "cursisten", "Bron", "VDAB", "gestart", "x", "-", "n.v.t.", "%"]
PERIODS = ["2019", "2020", "2021*", "2022-2023", "2024/25", "1999"]
COUNTS = ["12", "1.234", "577", "3", "0", "12%", "+3", "<5"]
PUNCT = ["", ".", ",", ":", "?"]

token = st.one_of(st.sampled_from(WORDS), st.sampled_from(PERIODS), st.sampled_from(COUNTS))
line = st.builds(
    lambda tokens, gaps, end: "".join(t + g for t, g in zip(tokens, gaps)).rstrip() + end,
    st.lists(token, min_size=0, max_size=9),
    st.lists(st.sampled_from([" ", "  ", "   ", "\t"]), min_size=9, max_size=9),
    st.sampled_from(PUNCT),
)
#: A header with a column of notes, or one like it: label words, periods, then names of one to
#: four words (capitalised or not, some of them words the reader reads as columns).
header = st.builds(
    lambda label, periods, names, end: " ".join([*label, *periods, *names]) + end,
    st.lists(st.sampled_from(["Opleiding", "Code", "en", "naam", "Provincie", "Leeftijd"]), min_size=0, max_size=5),
    st.lists(st.sampled_from(PERIODS), min_size=1, max_size=4),
    st.lists(st.sampled_from(["Opmerking", "VDAB", "Toelichting", "nieuw", "Totaal", "Aandeel", "x", "Bron"]),
             min_size=0, max_size=4),
    st.sampled_from(PUNCT),
)
LETS_ALL = re.compile("")


@given(st.lists(st.one_of(line, header), min_size=1, max_size=12))
@example(["Opleiding 2019 2020 Opmerking VDAB", "900123: Zorgkundige 19 22 nieuw"])
def test_a_notes_column_is_found_as_without_the_first_look(lines):
    looked = [remarks._column_name(text) for text in lines]
    quick, ends = remarks._NAME_AFTER_FIGURE, remarks._SENTENCE_ENDS
    try:
        remarks._NAME_AFTER_FIGURE, remarks._SENTENCE_ENDS = LETS_ALL, ""
        full = [remarks._column_name(text) for text in lines]
    finally:
        remarks._NAME_AFTER_FIGURE, remarks._SENTENCE_ENDS = quick, ends
    assert looked == full


@given(st.lists(line, min_size=1, max_size=12), st.lists(line, min_size=0, max_size=6),
       st.lists(st.sampled_from(PERIODS), min_size=1, max_size=3))
def test_rows_beside_prose_are_found_as_without_the_first_look(before, after, periods):
    # (a page in two columns as a property: prose beside a header and rows, between other lines;
    # a header of one period is none of a table beside prose)
    page = [*before, "Het aantal cursisten dat startte in de Provincie " + " ".join(periods),
            "was dit jaar groter dan vorig jaar Antwerpen 577 601", "en ook in Limburg zagen we Limburg 300 310",
            "meer starters dan ooit tevoren Totaal 877 911", *after]
    looked = beside.rows_beside_prose(page)
    quick = beside._TWO_PERIODS
    try:
        beside._TWO_PERIODS = LETS_ALL
        full = beside.rows_beside_prose(page)
    finally:
        beside._TWO_PERIODS = quick
    assert looked == full


def test_the_first_looks_let_a_notes_header_and_a_two_column_page_through():
    # (the properties above would hold for a look that lets nothing through: these lines must pass)
    assert remarks._column_name("Opleiding 2019 2020 Opmerking") is not None
    assert remarks._column_name("Code en naam opleiding 2019 2020 Opmerking VDAB") is not None
    page = ["Het aantal cursisten dat startte in de Provincie 2019 2020",
            "was dit jaar groter dan vorig jaar Antwerpen 577 601", "en ook in Limburg zagen we Limburg 300 310",
            "meer starters dan ooit tevoren Totaal 877 911"]
    assert beside.rows_beside_prose(page) is not None
