"""The words a totals message adds when some of the total's parts are withheld (``<5``)."""

from __future__ import annotations


def withheld_note(tc, end: str) -> dict[str, str]:
    """``withheld_note`` for a message of `tc`: empty when no part is withheld; else which are
    and how the sum took them — at their `end` (``highest`` or ``lowest``), the widest the
    withheld counts allow, so that the finding holds whatever they are. A count withheld without a
    bound (:attr:`~okot_audit.tables.Withheld.high` None) is said so; it is taken at its lowest
    only (0): with no highest, no total is checked against the parts' largest sum."""
    if not tc.withheld:
        return {"withheld_note": "", "withheld_note_nl": ""}
    printed = ", ".join(w.text if w.high is not None else f"{w.text} [without a bound]" for w in tc.withheld)
    printed_nl = ", ".join(w.text if w.high is not None else f"{w.text} [zonder grens]" for w in tc.withheld)
    nl = {"highest": "hoogst", "lowest": "laagst"}[end]
    return {
        "withheld_note": f" (the withheld {'count' if len(tc.withheld) == 1 else 'counts'} {printed} "
                         f"taken at {'its' if len(tc.withheld) == 1 else 'their'} {end})",
        "withheld_note_nl": f" (het niet gegeven aantal {printed_nl} op zijn {nl} genomen)" if len(tc.withheld) == 1
        else f" (de niet gegeven aantallen {printed_nl} op hun {nl} genomen)",
    }
