"""Session 26: an answer's text is split into paragraphs in one pass — a long run of blank lines
(an HTML page of thousands of nested tables, a PDF's empty pages) made the split quadratic
(inputs26: 10,000 nested tables, 9 of their 13 seconds here)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from okot_audit.parse.context import paragraphs_of, sentences

#: The split as it was written before: a blank line before a capital, by one pattern.
_BEFORE = re.compile(r"\n[ \t]*\n\s*(?=[A-Z])")


@given(st.text(alphabet=["\n", " ", "\t", "\r", "\f", "\u00a0", "a", "B", "Z", ".", "é", "1"], max_size=80))
def test_paragraphs_split_where_the_pattern_did(text):
    """The same paragraphs as the pattern gave, for every text of blank lines, spaces, capitals
    and lower case: where a capital follows a blank line, and nowhere else."""
    assert paragraphs_of(text) == _BEFORE.split(text)


def test_a_blank_line_before_lower_case_stays_inside_its_paragraph():
    text = "De cijfers voor\n\n2021 zijn voorlopig.\n\n  \nTabel 1 toont\n\nde cursisten."
    assert paragraphs_of(text) == ["De cijfers voor\n\n2021 zijn voorlopig.", "Tabel 1 toont\n\nde cursisten."]
    assert sentences(text) == ("De cijfers voor 2021 zijn voorlopig.", "Tabel 1 toont de cursisten.")


def test_a_long_run_of_blank_lines_is_one_match():
    """Every run of blank lines is matched once: 20,000 of them before a word in lower case split
    nothing (the run kept), before a capital split once."""
    assert paragraphs_of("a" + "\n" * 20_000 + "b") == ["a" + "\n" * 20_000 + "b"]
    assert paragraphs_of("a" + "\n \n" * 10_000 + "B") == ["a", "B"]
