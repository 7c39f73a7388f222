"""A count whose thousands a space of any kind sets apart (plain, no-break U+00A0, narrow
no-break U+202F, thin U+2009) on a row whose last cell is a slash, the blank's mark."""

from __future__ import annotations

import pytest

from okot_audit import audit
from test_generated_shapes20 import _read

#: sweep25's case (test_generated_shapes22 ``test_thousands_apart_by_a_space_never_pass_unread``,
#: ``--hypothesis-seed=303``), its table as printed.
TABLE = (
    "Scholingsniveau 2019 2020 2021 2022 2023\n"
    "laaggeschoold 50 1{sp}442 51 49 /\n"
    "middengeschoold 15 8 1 11 30\n"
    "hooggeschoold 25 27 56 37 60 \n"
    "Totaal unieke cursisten 90 1 477 108 97 90 \n"
)


@pytest.mark.parametrize("sp", [" ", "\u00a0", "\u202f", "\u2009"], ids=["space", "nbsp", "narrow-nbsp", "thin"])
def test_spaced_thousands_before_a_slash_that_ends_the_row_are_read(sp):
    """``laaggeschoold 50 1 442 51 49 /`` under five periods: 50, 1.442, 51, 49 and a blank.
    Before, the slash was kept as the label's (six figures and marks, one more than the
    periods), the row was a ``stray-number`` warning and the total line four false
    ``total-exceeds-parts`` errors ("Totaal unieke cursisten 2019 is 90 but its rows sum to
    only 40"); with the slash a blank, the row was refused for the reading that gives the label
    ``laaggeschoold 50`` (``blanks-overflow``) though another reading left the label none."""
    cells, issues, answer = _read(TABLE.format(sp=sp))
    assert issues == []
    assert [c[3:] for c in cells if c[2] == "laaggeschoold"] == [
        ("2019", 50), ("2020", 1442), ("2021", 51), ("2022", 49)]
    findings = audit(answer).findings
    assert [f.rule for f in findings if f.severity in ("error", "warning")] == []
