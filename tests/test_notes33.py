"""Session 33 (notes33): a note read for the wrong table; a one-period row's digit over a range.

1. Between two tables, the lines right under the first (before the next table's lead-in: its
   caption ``Tabel 2.``, a numbered item, a paragraph that points forward at it: ``Hieronder …``)
   speak of the first. Before, under a table that was not the answer's last only the lines up to a
   numbered item were asked, and the second table's text began right under the first: an unmarked
   note ``De cijfers voor 2023 betreffen enkel januari–juni.`` right under the first table made the
   SECOND table's 2023 partial and left the first's a whole year, in silence
   (:func:`okot_audit.parse._next_lead`).
2. Under one period, ``Kapper 2`` / ``- 3 4`` was read as ``Kapper 2 - 3`` counting 4 (and ``- 3 4
   5`` as ``Kapper 2 - 3 4`` counting 5) whatever the totals said; the 2 may be the row's count, the
   line below no part of it. Now that reading is weighed too: where the totals take the range's
   reading alone it is read, else the row is said (``ambiguous-alignment``, ``count-or-range``)
   (:func:`okot_audit.parse._count_before_range`).
"""

from __future__ import annotations

import re

import pytest

from okot_audit import audit, read_text

_HEAD = "Vraag 1 van 3 maart 2023\n\nAntwoord\n\n"
_ROWS = ("Opleiding 2021 2022 2023\n"
         "908001: Educatieve bachelor kleuteronderwijs 49 59 107\n"
         "908002: Educatieve bachelor lager onderwijs 81 83 128\n"
         "Totaal 130 142 235\n")
_NOTE = "De cijfers voor 2023 betreffen enkel de periode januari tot en met juni (voorlopig)."


def _two_tables(between: str) -> str:
    return (_HEAD + "Tabel 1. Unieke cursisten met gestarte OKOT'(s)\n\n" + _ROWS + "\n" + between
            + "\n\n" + _ROWS + "\nBron: VDAB, datawarehouse.\n")


def _partial(text: str) -> list[set[str]]:
    answer = read_text(text, "a.txt")
    assert len(answer.tables) == 2, [t.id for t in answer.tables]
    return [{p.label for p in t.periods if p.partial} for t in answer.tables]


# -- 1. a note right under the first of two tables ------------------------------------------------

@pytest.mark.parametrize("lead", [
    "Tabel 2. Unieke cursisten met geslaagde OKOT'(s)",
    "Hieronder vindt u het aantal unieke cursisten met geslaagde OKOT'(s).",
    "De geslaagde cursisten per opleiding zijn als volgt:",
    "2. Hoeveel cursisten slaagden?\n\nUnieke cursisten met geslaagde OKOT'(s)",
], ids=["caption", "hieronder", "als-volgt", "numbered-item"])
@pytest.mark.parametrize("form", ["seeds", "single"])
def test_a_note_right_under_the_first_of_two_tables_is_the_firsts(lead, form):
    text = _two_tables(_NOTE + "\n\n" + lead)
    if form == "single":
        text = re.sub(r" +", " ", text)
    assert _partial(text) == [{"2023"}, set()]


@pytest.mark.parametrize("between", [
    # the note in the paragraph that leads into the next table: that table's
    "Voor 2023 zijn enkel de cijfers tot en met juni beschikbaar (voorlopig). Hieronder vindt u de geslaagden.",
    "Voor 2023 zijn enkel de cijfers tot en met juni beschikbaar (voorlopig).\nHieronder vindt u de geslaagden.",
    # the note after the next table's caption or numbered item: that table's
    "Tabel 2. Unieke cursisten met geslaagde OKOT'(s)\n\n" + _NOTE,
    "2. Hoeveel cursisten slaagden?\n\n" + _NOTE,
], ids=["one-line-lead", "lead-paragraph", "after-caption", "after-item"])
def test_a_note_that_leads_into_the_next_table_stays_the_nexts(between):
    assert _partial(_two_tables(between)) == [set(), {"2023"}]


def test_a_note_under_the_last_table_is_still_the_lasts():
    text = _HEAD + _ROWS + "\nHieronder de geslaagden.\n\n" + _ROWS + "\n" + _NOTE + "\n"
    assert _partial(text) == [set(), {"2023"}]


# -- 2. a one-period row's digit over a range's end and figures -----------------------------------

_ONE = "Vraag 1 van 3 maart 2023\n\nOpleiding Aantal\n"


def _cells(answer) -> dict[str, int]:
    return {c.label: c.count for t in answer.tables for c in t.cells if c.level == "row"}


def _said(answer) -> list[tuple[str, str]]:
    return [(i.kind, i.reason) for i in answer.issues]


@pytest.mark.parametrize("form", ["seeds", "single"])
@pytest.mark.parametrize("rows, total", [
    ("Kapper 2\n- 3 4\nLogistiek 5\n", "Totaal 7\n"),                      # 2 + 5 and 4 + 5 both fit 7
    ("123456: Kapper 2\n- 3 4 5\n234567: Logistiek 5\n", "Totaal 7\n"),
    ("Kapper 2\n- 3 4\nLogistiek 5\n", ""),                                # no total to decide
], ids=["both-fit", "coded-three-figures", "no-total"])
def test_a_one_period_digit_over_a_range_end_is_said_where_the_totals_do_not_decide(rows, total, form):
    text = _ONE + rows + total
    if form == "single":
        text = re.sub(r" +", " ", text)
    answer = read_text(text, "g.txt")
    assert not any("Kapper" in label for label in _cells(answer))
    assert ("ambiguous-alignment", "count-or-range") in _said(answer)
    issue = next(i for i in answer.issues if i.reason == "count-or-range")
    assert issue.other == "2" and issue.numbers[0] == 2 and issue.line == text.splitlines().index(rows.splitlines()[1]) + 1
    assert "ambiguous-alignment" in {f.rule for f in audit(answer).findings if f.severity == "error"}


@pytest.mark.parametrize("form", ["seeds", "single"])
def test_a_one_period_range_the_totals_take_alone_is_read(form):
    text = _ONE + "Kapper 2\n- 3 4\nLogistiek 5\nTotaal 9\n"  # 4 + 5 = 9; 2 + 5 = 7 < 5 … fits no unique total 9
    if form == "single":
        text = re.sub(r" +", " ", text)
    answer = read_text(text, "g.txt")
    assert _cells(answer) == {"Kapper 2 - 3": 4, "Logistiek": 5}
    assert answer.issues == []


@pytest.mark.parametrize("line", ["Kapper deel 2 - 3  45", "Kapper deel 2 - 3 45", "Kapper niveau 5-6 45"])
def test_a_names_range_on_one_line_still_reads(line):
    answer = read_text(_ONE + line + "\nLogistiek 5\nTotaal 50\n", "g.txt")
    assert _cells(answer) == {line.rsplit(" ", 1)[0].strip(): 45, "Logistiek": 5}
    assert answer.issues == []


def test_the_count_or_range_finding_speaks_both_languages():
    answer = read_text(_ONE + "Kapper 2\n- 3 4\nLogistiek 5\nTotaal 7\n", "g.txt")
    [en] = [f.message for f in audit(answer).findings if f.rule == "ambiguous-alignment"]
    [nl] = [f.message for f in audit(answer, lang="nl").findings if f.rule == "ambiguous-alignment"]
    assert "the 2 that ends its line 4 may be its count" in en and "'Kapper 2 - 3'" in en and "2, 3, 4" in en
    assert "de 2 aan het eind van regel 4 kan het aantal" in nl and "'Kapper 2 - 3'" in nl and "2, 3, 4" in nl


@pytest.mark.parametrize("between", [
    _NOTE,                                                          # nothing leads the next table
    _NOTE + "\n\nUnieke cursisten met geslaagde OKOT'(s)",          # a caption without ``Tabel 2.``
], ids=["nothing-between", "uncaptioned-title"])
def test_a_note_between_two_tables_that_nothing_places_is_said(between):
    answer = read_text(_two_tables(between), "a.txt")
    assert [{p.label for p in t.periods if p.partial} for t in answer.tables] == [set(), set()]
    assert any(i.kind == "partial-period" for i in answer.issues)
