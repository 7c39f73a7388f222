"""A schema-violation says in words what a listed check asks (rules/schema_violation.check_words):
pandera names ``isin([''])`` — a column this kind of table leaves empty — and its lists as Python
lists; a person reads "empty" and the values, not ``['']``."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.rules.schema_violation import check_words


@pytest.mark.parametrize(("check", "en", "nl"), [
    ("isin([''])", "empty", "leeg"),
    ("notin([''])", "not empty", "niet leeg"),
    ("isin(['', 'unique', 'additive'])", "one of empty, unique, additive", "een van leeg, unique, additive"),
    ("isin(['row', 'subtotal', 'total'])", "one of row, subtotal, total", "een van row, subtotal, total"),
    ("less_than_or_equal_to(1000000)", "at most 1000000", "hoogstens 1000000"),
    ("isin(not a list)", "one of not a list", "een van not a list"),
])
def test_a_listed_check_is_said_in_words(check: str, en: str, nl: str) -> None:
    assert check_words(check) == (en, nl)


def test_no_schema_violation_message_prints_a_python_list() -> None:
    """Rows of programmes named after codes with a letter suffix (``908001A: …``, test_red28's
    ``lettercodes``) beside a six-digit code: the table is read as programme rows, whose code
    column is empty — the finding at the coded row says "empty", not ``['']``."""
    text = ("OKOT's tot leerkracht\n\nAntwoord\n\nTabel 1. Unieke cursisten met gestarte OKOT'(s) tot leerkracht\n\n"
            "Opleiding 2022 2023\n"
            "908001A: Educatieve bachelor voor kleuteronderwijs - 1ste jaar (dagtraject) 50 71\n"
            "908001B: Educatieve bachelor voor kleuteronderwijs - 1ste jaar (avondtraject) 12 15\n"
            "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 30 33\n"
            "Totaal 92 119\n")
    findings = [f for f in audit(read_text(text, "a.txt")).findings if f.rule == "schema-violation"]
    assert findings, "the case no longer breaks a schema: choose another"
    for f in findings:
        assert "['" not in f.message and "must be empty" in f.message, f.message
    dutch = [f for f in audit(read_text(text, "a.txt"), lang="nl").findings if f.rule == "schema-violation"]
    assert dutch and all("moet leeg zijn" in f.message for f in dutch), [f.message for f in dutch]
