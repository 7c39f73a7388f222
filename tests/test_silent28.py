"""A label's digit on a row's code line (``110315: tandartsassistent jaar 1``), the rest of its
name wrapped below it and the row's figures alone last (session 28, silent28a): the digit is
the name's, the figures the row's — however many lines the name's rest takes, up to as many
as a name without code may (:data:`~okot_audit.parse.regions.NAME_LOOKAHEAD`)."""

from __future__ import annotations

import pytest

from okot_audit import read_text

#: The rest of a programme's name, a line each, as a narrow first column wraps it.
REST = ["Tweedekansonderwijs vakbevoegdheid", "onderwijs zorgkundige - verkort", "traject - 2de", "jaar"]


def _answer(rest: list[str], counts: list[int], periods: list[str]) -> str:
    """An answer whose first row prints its label's digit on its code line and its figures
    (`counts`, one per period) alone below the rest of its name; two rows follow, then the
    total of unique persons, which only the figures below — not the digit — let hold."""
    others = [("565938", "lerarenopleiding zorgkundige", [52 + 3 * i for i in range(len(periods))]),
              ("875209", "gehandicaptenzorg kinderzorg", [233 - 5 * i for i in range(len(periods))])]
    totals = [counts[i] + sum(o[2][i] for o in others) - 2 for i in range(len(periods))]
    lines = [
        f"1. Hieronder vindt u het aantal unieke cursisten met gestarte OKOT'(s) per jaar.",
        "",
        f"Opleiding {' '.join(periods)}",
        "110315: tandartsassistent jaar 1",
        *rest,
        " ".join(map(str, counts)),
        *(f"{code}: {name} {' '.join(map(str, figures))}" for code, name, figures in others),
        f"Totaal {' '.join(map(str, totals))}",
        "",
    ]
    return "\n".join(lines)


@pytest.mark.parametrize("periods", [["2023"], ["2022", "2023"]], ids=["one-period", "two-periods"])
@pytest.mark.parametrize("lines", [1, 2, 3, 4])
def test_a_labels_digit_on_the_code_line_is_the_names_where_its_figures_stand_below_its_rest(lines, periods):
    counts = [44 + 7 * i for i in range(len(periods))]
    answer = read_text(_answer(REST[-lines:], counts, periods), "generated.txt")
    read = {c.period: (c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row" and c.code == "110315"}
    name = " ".join(["tandartsassistent jaar 1", *REST[-lines:]])
    assert read == {p: (name, n) for p, n in zip(periods, counts)}
    assert not answer.issues
