"""The words a totals message adds when some of the total's parts are withheld (``<5``)."""

from __future__ import annotations


def withheld_note(tc, end: str) -> dict[str, str]:
    """``withheld_note`` for a message of `tc`: empty when no part is withheld; else which are
    and how the sum took them — at their `end` (``highest`` or ``lowest``), the widest the
    withheld counts allow, so that the finding holds whatever they are."""
    if not tc.withheld:
        return {"withheld_note": "", "withheld_note_nl": ""}
    printed = ", ".join(w.text for w in tc.withheld)
    nl = {"highest": "hoogst", "lowest": "laagst"}[end]
    return {
        "withheld_note": f" (the withheld {'count' if len(tc.withheld) == 1 else 'counts'} {printed} "
                         f"taken at {'its' if len(tc.withheld) == 1 else 'their'} {end})",
        "withheld_note_nl": f" (het niet gegeven aantal {printed} op zijn {nl} genomen)" if len(tc.withheld) == 1
        else f" (de niet gegeven aantallen {printed} op hun {nl} genomen)",
    }
