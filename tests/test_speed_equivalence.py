"""The fast paths of issue 10's speed work give exactly what the general paths give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from okot_audit.rules import all_rules
from okot_audit.rules.base import _FORMATTER, _pieces, format_message


@given(st.integers(-3, 3), st.integers(-1000, 1000))
def test_every_plural_template_formats_as_the_general_formatter(small, large):
    """Every message template of every rule (both languages), filled with numbers of 1 and
    not 1, reads the same through the parsed-once pieces as through ``string.Formatter``."""
    checked = 0
    for rule in all_rules():
        for variant in rule.messages.values():
            for template in variant.values():
                if "|" not in template:
                    continue
                names = {name for _, name, _, _ in _FORMATTER.parse(template) if name}
                values = {name: (small if i % 2 else large) for i, name in enumerate(sorted(names))}
                try:
                    expected = _FORMATTER.vformat(template, (), values)
                except (ValueError, TypeError):  # a text field given a number: not this test's case
                    continue
                assert format_message(template, values) == expected
                checked += 1
    assert checked  # the rules do have plural templates


def test_a_field_with_an_index_or_conversion_takes_the_general_path():
    assert _pieces("{a[0]} {n:item|items}") is None
    assert _pieces("{a!r} {n:item|items}") is None
    assert format_message("{a[0]} {n:item|items}", {"a": ["x"], "n": 2}) == "x 2 items"
    assert format_message("{n:~is|are} {n:item|items}", {"n": 1}) == "is 1 item"
