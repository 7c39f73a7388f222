"""Row keys and labels glued to rows, round 23.

1. A block's key before a row's training code with a dash after the code (``Man 900123 -
   Zorgkundige … 10``, ``Zorg 900123 – …``): the code line's first look asked a colon or a letter
   after the code, so the row was never a code line — its code and key lost, its figures read as
   no row (a false ``total-exceeds-parts`` on the block's total).
3. Laid-out text (``pdftotext -layout``) whose province column is just as wide as a name: the
   name stands one space from the last line of its row's wrapped label (``Oost-Vlaanderen sec
   verkort   42   24   nvt`` under ``apotheekassistent module 5``). The layout reader took the
   two as one cell wider than the province column, so the lines from there on were laid out off
   the header's columns and their figures read a period too far right (false total errors).
   Now a first cell is cut where one of its words starts at the left edge of the wrapped label's
   line above or below (:func:`okot_audit.read.pdf._split_at_label_edge`).
"""

from __future__ import annotations

import pytest

from okot_audit.parse import read_text
from test_keyed22 import HEAD, KEYS
from test_unseen_xlsx20 import checks_of, found_of

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


# 3. A province one space from the last line of its row's wrapped label, laid out ----------------

#: (the generator's laid-out answer of seed 355, its first table cut down to four blocks: each
#: province column is 16 characters wide, ``Oost-Vlaanderen`` and ``West-Vlaanderen`` 15)
LAID_GLUED = """\
Vraag nr. 338 van 1 februari 2019

1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.

Provincie       Opleiding                     2021    2022    2023*

                Tweedekansonderwijs
                kleuteronderwijs modules
Antwerpen       1- 4 graduaatsopleiding         37      30       87

                Tweedekansonderwijs
                lerarenopleiding vorming        37      25      nvt

Totaal Antwerpen                                63      46       87

                Graduaat onderwijs vorming
                - tweede jaar
West-Vlaanderen kleuteronderwijs                54       8       56

Totaal West-Vlaanderen                          54       8       56

                Se-n-se verkort
                apotheekassistent module 5
Oost-Vlaanderen sec verkort                     42      24      nvt

Totaal Oost-Vlaanderen                          42      24      nvt

                Tweedekansonderwijs
                kleuteronderwijs modules
Brussel         1- 4 graduaatsopleiding         34      20       42

Totaal Brussel                                  34      20       42

Eindtotaal                                     193      98      185

*Voor het jaar 2023 zijn enkel cijfers opgenomen van de eerste jaarhelft.
"""


def test_a_province_one_space_from_its_rows_last_label_line_is_read_in_the_headers_columns():
    """Every block's figures under the header's periods, each province its block's, the label
    whole — no false ``total-exceeds-parts`` / ``total-below-largest-part`` on Oost-Vlaanderen,
    Brussel and the Eindtotaal (before: 42 and 24 read as 2022 and 2023 from Oost-Vlaanderen on)."""
    answer = read_text(LAID_GLUED, "answer.txt")
    got: dict[tuple, dict] = {}
    for t in answer.tables:
        for c in t.cells:
            got.setdefault((c.level, c.province, c.label), {})[c.period] = c.count
    assert got[("row", "Oost-Vlaanderen", "Se-n-se verkort apotheekassistent module 5 sec verkort")] == {"2021": 42, "2022": 24}
    assert got[("subtotal", "Oost-Vlaanderen", "Totaal Oost-Vlaanderen")] == {"2021": 42, "2022": 24}
    assert got[("row", "West-Vlaanderen", "Graduaat onderwijs vorming - tweede jaar kleuteronderwijs")] == {"2021": 54, "2022": 8, "2023": 56}
    assert got[("row", "Brussel", "Tweedekansonderwijs kleuteronderwijs modules 1- 4 graduaatsopleiding")] == {"2021": 34, "2022": 20, "2023": 42}
    assert got[("total", None, "Eindtotaal")] == {"2021": 193, "2022": 98, "2023": 185}
    assert answer.issues == []
    assert [f for f in found_of(answer) if f[1] in ("error", "warning")] == []


# 2. A block's key glued after a row's figures, the block closed by a line that names it ---------

GLUED_KEYS = {"gender": ("Man", "Vrouw"), "age": ("-25 jaar", "25-54 jaar"), "sector": ("Zorg", "Onderwijs"),
              "education": ("Laaggeschoold", "Middengeschoold")}
A3 = ("900124", "Tweedekansonderwijs zorgkundige - tweede jaar")


def _glued_text(keys: tuple[str, str], laid: bool, coded: bool = True) -> str:
    """Two blocks of coded rows closed by ``Totaal <key>``, each block's key printed after the
    figures of one of its rows (the second row of the first block, the first of the second),
    then ``Eindtotaal``."""
    first, other = keys
    rows = [(CARE[0], (10, 12), ""), (CARE[1], (20, 14), first), (A3, (5, 6), ""), (None, (35, 32), f"Totaal {first}"),
            (CARE[0], (7, 8), other), (CARE[1], (9, 10), ""), (None, (16, 18), f"Totaal {other}"),
            (None, (51, 50), "Eindtotaal")]
    lines = ["Opleiding".ljust(64) + "2021".rjust(8) + "2022".rjust(8) if laid else "Opleiding 2021 2022"]
    for programme, figures, key in rows:
        label = (f"{programme[0]}: {programme[1]}" if coded else programme[1]) if programme else key
        glued = key if programme else ""
        if laid:
            lines.append(label.ljust(64) + "".join(str(f).rjust(8) for f in figures) + (" " + glued if glued else ""))
        else:
            lines.append(" ".join([label, *map(str, figures), *([glued] if glued else [])]))
    return "\n\n".join(HEAD) + "\n\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("laid", [False, True], ids=["text", "laid-out"])
@pytest.mark.parametrize("keys", GLUED_KEYS.values(), ids=GLUED_KEYS.keys())
def test_a_blocks_key_glued_after_a_rows_figures_heads_its_block(keys, laid):
    """``900611: … 1ste jaar 20 14 Man`` in the block ``Totaal Man`` closes: the row is read
    (its figures, not ``row-without-counts``), every row of the block is ``man``'s, and the totals
    are checked — as a province glued so (``… 2de jaar 16 Limburg``) always was."""
    answer = read_text(_glued_text(keys, laid), "answer.txt")
    first, other = (" ".join(k.lower().split()) for k in keys)
    assert [(r[0], r[1], r[3]) for r in _rows(answer)][::2] == [
        (first, "900123", 10), (first, "900611", 20), (first, "900124", 5), (other, "900123", 7), (other, "900611", 9)]
    assert answer.issues == []
    found = [f[0] for f in checks_of(answer) if f[1] in ("error", "warning")]
    # (care codes in the education sector's block are outside it)
    assert found == (["code-outside-sector"] * 2 if other == "onderwijs" else [])


@pytest.mark.parametrize("laid", [False, True], ids=["text", "laid-out"])
@pytest.mark.parametrize("keys", GLUED_KEYS.values(), ids=GLUED_KEYS.keys())
def test_a_blocks_key_glued_after_the_figures_of_a_row_without_code_heads_its_block(keys, laid):
    """``Professionele bachelor verpleegkunde - 1ste jaar 20 14 Man`` (no code) over ``Totaal
    Man``: a row of its own, block ``man``'s (before: taken for a label line whose figures follow,
    joined to the next row — false total errors)."""
    answer = read_text(_glued_text(keys, laid, coded=False), "answer.txt")
    first, other = (" ".join(k.lower().split()) for k in keys)
    assert [(r[0], r[2], r[3]) for r in _rows(answer)][::2] == [
        (first, CARE[0][1], 10), (first, CARE[1][1], 20), (first, A3[1], 5), (other, CARE[0][1], 7), (other, CARE[1][1], 9)]
    assert answer.issues == []
    found = [f[0] for f in checks_of(answer) if f[1] == "error"]
    assert found == (["code-outside-sector"] * 2 if other == "onderwijs" else [])  # (care names under education)


def test_a_key_that_no_closing_line_names_stays_where_it_is_printed():
    """``… 20 14 Man`` under a table whose closing lines name no block (``Totaal``): not taken
    for a block's head — the row stays unread, said so (never a silent pass)."""
    text = _glued_text(GLUED_KEYS["gender"], False).replace("Totaal Man", "Subtotaal").replace("Totaal Vrouw", "Subtotaal")
    answer = read_text(text, "answer.txt")
    assert "unreadable-table" in [f[0] for f in checks_of(answer) if f[1] == "error"]
