"""The words a totals message adds when some of the total's parts are withheld (``<5``), or a row's
total among them is left blank while its periods print figures (known only as they allow)."""

from __future__ import annotations


def withheld_note(tc, end: str) -> dict[str, str]:
    """``withheld_note`` for a message of `tc`: empty when no part is withheld; else which are
    and how the sum took them — at their `end` (``highest`` or ``lowest``), the widest the
    withheld counts allow, so that the finding holds whatever they are. A count withheld without a
    bound (:attr:`~okot_audit.tables.Withheld.high` None) is said so; it is taken at its lowest
    only (0): with no highest, no total is checked against the parts' largest sum."""
    if not tc.withheld:
        return {"withheld_note": "", "withheld_note_nl": ""}
    nl = {"highest": "hoogst", "lowest": "laagst"}[end]
    withheld = [w for w in tc.withheld if not w.unprinted]
    blank = [w for w in tc.withheld if w.unprinted]
    en_notes, nl_notes = [], []
    if withheld:
        printed = ", ".join(w.text if w.high is not None else f"{w.text} [without a bound]" for w in withheld)
        printed_nl = ", ".join(w.text if w.high is not None else f"{w.text} [zonder grens]" for w in withheld)
        en_notes.append(f"the withheld {'count' if len(withheld) == 1 else 'counts'} {printed} "
                        f"taken at {'its' if len(withheld) == 1 else 'their'} {end}")
        nl_notes.append(f"het niet gegeven aantal {printed_nl} op zijn {nl} genomen" if len(withheld) == 1
                        else f"de niet gegeven aantallen {printed_nl} op hun {nl} genomen")
    if blank:  # (a row's total left blank while its periods print figures: what they allow it)
        one = len(blank) == 1
        rows = ", ".join(w.code or w.label or w.province or "?" for w in blank)
        spans = ", ".join(f"{w.low}" if w.low == w.high else f"{w.low}\u2013{w.high}" for w in blank)
        en_notes.append(f"the {'total' if one else 'totals'} left blank of {rows} taken at {'its' if one else 'their'} "
                        f"{end}, {spans} by {'its' if one else 'their'} periods")
        nl_notes.append(f"{'het leeg gelaten totaal' if one else 'de leeg gelaten totalen'} van {rows} op "
                        f"{'zijn' if one else 'hun'} {nl} genomen, {spans} volgens {'zijn' if one else 'hun'} perioden")
    return {"withheld_note": f" ({'; '.join(en_notes)})", "withheld_note_nl": f" ({'; '.join(nl_notes)})"}
