"""Session 33's speed-ups hold the reader to what it read before (issue #10 item 4).

Each quicker form is checked against the form written plainly, as the code had it, and each
cheap look is cheap where it says: the work it spares is not done. (The corpus report is the
whole check: byte-identical before and after.)
"""

from __future__ import annotations

import re

from okot_audit.parse import questions

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
    """A pattern whose ``match`` calls are counted (a compiled pattern's methods cannot be patched)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.asked: list[str] = []

    def match(self, text: str, *args):
        self.asked.append(text)
        return self.pattern.match(text, *args)

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
