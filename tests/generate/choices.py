"""Where the generator's decisions come from: Hypothesis (tests) or a seeded random (benchmarks).

Every decision goes through a :class:`Chooser`, so the same construction code serves the
property tests (draws that Hypothesis can shrink) and the benchmark (a fixed seed, so the corpus
is the same on every run). Draws are written so that the *simplest* answer is what Hypothesis
shrinks to: :meth:`Chooser.chance` shrinks to ``False`` and integers to their lower bound.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


class Chooser:
    """The decisions a generator can ask for, and the ids of what it draws.

    Ids (of tables, rows, persons followed over periods) count from 1 in each chooser, so an
    answer's ids depend only on its own drawing — never on what other tests drew before in
    the same process (a :class:`DrawChooser` lives for the drawing of one example)."""

    _next_uid = 0

    def uid(self) -> int:
        """A fresh id, unique among those this chooser gave."""
        self._next_uid += 1
        return self._next_uid

    def integer(self, lo: int, hi: int) -> int:  # pragma: no cover - interface
        raise NotImplementedError

    def chance(self, percent: int) -> bool:
        """True with about `percent` % probability (shrinks to False)."""
        if percent <= 0:
            return False
        if percent >= 100:
            return True
        return self.integer(0, 99) >= 100 - percent

    def choice(self, items: Sequence[T]) -> T:
        return items[self.integer(0, len(items) - 1)]

    def subset(self, items: Sequence[T], lo: int, hi: int) -> list[T]:
        """Between `lo` and `hi` distinct items, in their given order."""
        hi = min(hi, len(items))
        k = self.integer(min(lo, hi), hi)
        pool = list(range(len(items)))
        chosen = []
        for _ in range(k):
            chosen.append(pool.pop(self.integer(0, len(pool) - 1)))
        return [items[i] for i in sorted(chosen)]

    def size(self, large_percent: int = 8) -> int:
        """A number of persons: mostly tens, now and then hundreds or thousands."""
        if self.chance(large_percent):
            return self.integer(200, 1800)
        return self.integer(1, 60)


class RandomChooser(Chooser):
    """Decisions from ``random.Random(seed)``: deterministic for a given seed."""

    def __init__(self, seed: int | random.Random) -> None:
        self.random = seed if isinstance(seed, random.Random) else random.Random(seed)

    def integer(self, lo: int, hi: int) -> int:
        return self.random.randint(lo, hi)


class DrawChooser(Chooser):
    """Decisions drawn by Hypothesis (``draw`` of ``st.composite`` or ``data.draw``)."""

    def __init__(self, draw: Callable[[Any], Any]) -> None:
        from hypothesis import strategies as st

        self._draw = draw
        self._st = st

    def integer(self, lo: int, hi: int) -> int:
        return self._draw(self._st.integers(lo, hi))


class Plan:
    """Decisions remembered by key, so a changed table renders with the same layout.

    The renderer asks ``plan.get(("row", 3, "lines"), lambda c: c.integer(1, 3))``; the first
    ask draws, later asks (rendering a faulty copy of the same answer) get the same value.
    """

    def __init__(self, chooser: Chooser) -> None:
        self.chooser = chooser
        self.memory: dict[Hashable, Any] = {}

    def get(self, key: Hashable, draw: Callable[[Chooser], T]) -> T:
        if key not in self.memory:
            self.memory[key] = draw(self.chooser)
        return self.memory[key]
