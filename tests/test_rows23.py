"""Row keys and labels glued to rows, round 23.

1. A block's key before a row's training code with a dash after the code (``Man 900123 -
   Zorgkundige … 10``, ``Zorg 900123 – …``): the code line's first look asked a colon or a letter
   after the code, so the row was never a code line — its code and key lost, its figures read as
   no row (a false ``total-exceeds-parts`` on the block's total).
"""

from __future__ import annotations

import pytest

from okot_audit.parse import read_text
from test_keyed22 import HEAD, KEYS
from test_unseen_xlsx20 import checks_of

UNKNOWN = ("999999", "Zorgkundige - 1ste jaar")
CARE = [("900123", "Tweedekansonderwijs zorgkundige - 1ste jaar"), ("900611", "Professionele bachelor verpleegkunde - 1ste jaar")]


def _rows(answer) -> list[tuple]:
    return [(c.block, c.code, c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"]


def _keyed_text(keys: tuple[str, str], dash: str, laid: bool) -> str:
    first, other = keys
    rows = [(first, *CARE[0], 10), (first, *CARE[1], 12), (f"Totaal {first}", "", "", 22), (other, *UNKNOWN, 4),
            (f"Totaal {other}", "", "", 4), ("Eindtotaal", "", "", 26)]
    lines = []
    for key, code, name, n in rows:
        label = f"{code} {dash} {name}" if code else ""
        if laid:
            lines.append(key.ljust(12) + label.ljust(64) + str(n).rjust(8))
        else:
            lines.append(" ".join(w for w in (key, label, str(n)) if w))
    header = ("Kenmerk".ljust(12) + "Opleiding".ljust(64) + "2022".rjust(8)) if laid else "Kenmerk Opleiding 2022"
    return "\n\n".join(HEAD) + "\n\n" + "\n".join([header, *lines]) + "\n"


@pytest.mark.parametrize("laid", [False, True], ids=["text", "laid-out"])
@pytest.mark.parametrize("dash", ["-", "\u2013"], ids=["hyphen", "en-dash"])
@pytest.mark.parametrize("keys", KEYS.values(), ids=KEYS.keys())
def test_a_key_before_a_code_with_a_dash_after_it_keys_the_row(keys, dash, laid):
    """``Man 900123 - Tweedekansonderwijs zorgkundige - 1ste jaar 10``: the row is block ``man``'s,
    its code ``900123``; only the unknown code is reported."""
    answer = read_text(_keyed_text(keys, dash, laid), "answer.txt")
    first, other = (" ".join(k.lower().split()) for k in keys)
    assert _rows(answer) == [(first, *CARE[0], 10), (first, *CARE[1], 12), (other, *UNKNOWN, 4)]
    assert [(f[0], f[1]) for f in checks_of(answer) if f[1] in ("error", "warning")] == [("code-unknown", "warning")]
