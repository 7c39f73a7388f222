"""The figures a printed number may have been meant as, by the typing errors people make.

Given the *printed* figure, each function lists the *true* figures that one typing error would
have turned into it (the reverse of the error):

``swap``
    two adjacent, different digits swapped: printed ``1427`` ← true ``1472`` or ``4127`` …
``doubled``
    one digit typed twice: printed ``14772`` ← true ``1472``.
``dropped``
    one digit left out: printed ``142`` ← true ``1042`` … ``9142``, ``1402`` … (any digit at any
    place; no leading zero).
``thousands``
    a Dutch thousands separator read as a decimal point and the decimals lost (``1.472`` taken
    for 1.472 and printed ``1``): printed ``v`` (1 to 999) ← any true figure from ``1000 v`` to
    ``1000 v + 999``. This is a *range*, not a figure: the constraints must narrow it (an
    additive total fixes one value; a unique-person total only bounds it).

No figure gains a leading zero (``0`` alone is a figure). One digit typed for another (``1473``
← ``1472``) is no kind here: any figure is one such change from nine others per digit, so it
would fit nearly any gap of a total and is no evidence of a typo; ``error-located`` gives the
value that fits instead. The kinds are tried alike with withheld counts (``<5``) among the
totals' parts or without. The forward errors (true → printed)
are written independently in ``tests/generate/typos.py``, so the tests check one against the other.
"""

from __future__ import annotations

#: The kinds, most plausible first (the last tie-break of the ranking). ``note-mark``: the
#: figure's last digits are the mark of a footnote the answer prints (a superscript ``412¹``
#: that text extraction set as a plain digit, ``4121``) — ranked before every typing error.
KINDS = ("note-mark", "swap", "doubled", "dropped", "thousands")

#: Words for messages, by language.
KIND_WORDS = {
    "en": {"swap": "two digits swapped", "doubled": "a digit typed twice", "dropped": "a digit left out",
           "thousands": "a thousands separator read as a decimal point",
           "note-mark": "likely a footnote's mark flattened onto the figure: the answer has a note with that number"},
    "nl": {"swap": "twee cijfers verwisseld", "doubled": "een cijfer dubbel getypt",
           "dropped": "een cijfer weggevallen",
           "thousands": "een duizendtalpunt gelezen als decimaalteken",
           "note-mark": "wellicht een voetnootteken dat aan het getal vastgeplakt is: het antwoord heeft een voetnoot "
                        "met dat nummer"},
}


def _valid(digits: str) -> bool:
    return bool(digits) and (digits == "0" or digits[0] != "0")


def swaps(printed: int) -> list[int]:
    """True figures whose two adjacent, different digits were swapped into `printed`."""
    digits = str(printed)
    out = []
    for i in range(len(digits) - 1):
        a, b = digits[i], digits[i + 1]
        if a != b:
            true = digits[:i] + b + a + digits[i + 2:]
            if _valid(true):
                out.append(int(true))
    return sorted(set(out))


def doubled(printed: int) -> list[int]:
    """True figures of which one digit was typed twice in `printed`."""
    digits = str(printed)
    out = {int(digits[:i] + digits[i + 1:]) for i in range(len(digits) - 1)
           if digits[i] == digits[i + 1] and _valid(digits[:i] + digits[i + 1:])}
    return sorted(out)


def dropped(printed: int) -> list[int]:
    """True figures that lost one digit to become `printed`."""
    digits = str(printed)
    out = set()
    for i in range(len(digits) + 1):
        for d in "0123456789":
            true = digits[:i] + d + digits[i:]
            if _valid(true):
                out.add(int(true))
    return sorted(out)


def thousands(printed: int) -> tuple[int, int] | None:
    """The range of true figures whose thousands separator became a decimal point, or None."""
    if 1 <= printed <= 999:
        return 1000 * printed, 1000 * printed + 999
    return None


def flattened_marks(printed: int, marks: tuple[str, ...]) -> list[int]:
    """True figures that a footnote's mark in `marks` (``1``), set as a superscript and
    extracted as a plain digit, turned into `printed` (``4121`` ← ``412``)."""
    digits = str(printed)
    return sorted({int(digits[:-len(m)]) for m in marks if len(digits) > len(m) and digits.endswith(m)
                   and _valid(digits[:-len(m)])})


def candidates(printed: int, marks: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """Every (true figure, kind) of the digit errors (not ``thousands``), and of a footnote's
    mark in `marks` flattened onto the figure: each figure once, with its most plausible kind."""
    seen: dict[int, str] = {value: "note-mark" for value in flattened_marks(printed, marks)}
    for kind, make in (("swap", swaps), ("doubled", doubled), ("dropped", dropped)):
        for value in make(printed):
            if value != printed:
                seen.setdefault(value, kind)
    return sorted(seen.items())
