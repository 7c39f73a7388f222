"""A laid-out label wrapped over lines, its figures on its last line, under a row with its
counts, whose name carries a footnote's mark set apart (``ouderenzorg   (a)   5   7``, or
``Logistiek assistent   (a)`` on the first line) — session 24.

``pdftotext -layout`` prints the mark a few spaces after the name, so the line held two cells
(name, mark). The wrapped-rows reader (read/pdf_wrapped.py) took the mark for a cell that no
row's line holds and ended its run there; the general grouping then joined the label's first
line to the row above: ``Zorgkundige Logistiek assistent in de  12  9`` — silently. A mark that
ends left of the table's first column of values (the header's second cell) stands where no
value stands: it is the name's footnote mark, part of the name's cell. A mark under a period's
column stays a withheld count (tests/test_relayout24.py)."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.read.layout import relayout
from okot_audit.source import Source
from test_relayout24 import HEAD

ROWS = {
    "last": ["   Logistiek assistent in de", "   ouderenzorg   (a)                                              5                 7"],
    "first": ["   Logistiek assistent      (a)", "   in de ouderenzorg                                              5                 7"],
}
NAMES = {"last": "Logistiek assistent in de ouderenzorg (a)", "first": "Logistiek assistent (a) in de ouderenzorg"}


def _text(where: str) -> str:
    return HEAD.format(by="opleiding") + "\n".join([
        "   Opleiding                                                   2021              2022",
        "   Zorgkundige                                                   12                 9",
        *ROWS[where],
        "   Verpleegkunde                                                 30                31",
        "   Totaal                                                        47                47",
    ]) + "\n\n(a) inclusief zorg\nBron: VDAB.\n"


@pytest.mark.parametrize("where", ["last", "first"])
def test_a_wrapped_name_with_its_mark_set_apart_is_not_joined_to_the_row_above(where):
    text = _text(where)
    source = relayout(Source(path="p.txt", text=text, encoding="utf-8", lines=tuple(text.splitlines()), kind="text"))
    lines = [" ".join(line.split()) for line in source.lines]
    assert "Zorgkundige 12 9" in lines
    assert f"{NAMES[where]} 5 7" in lines


@pytest.mark.parametrize("where", ["last", "first"])
def test_the_table_reads_whole_with_no_error(where):
    answer = read_text(_text(where), "p.txt")
    labels = {cell.label for t in answer.tables for cell in t.cells}
    findings = [f for f in audit(answer).findings if f.severity == "error"]
    assert findings == [], [f.message for f in findings]
    assert labels == {"Zorgkundige", NAMES[where], "Verpleegkunde", "Totaal"}
    assert [w for t in answer.tables for w in t.withheld] == []


# A note under the header's label column, not under a period (``Leeftijdsklasse  2019-2020 …`` /
# ``(voorlopig`` / ``)``): relayout merged it into the header (``Leeftijdsklasse (voorlopig …``)
# and its bracket into the first row (``-25 ) jaar``) — the note lost, the label wrong, no finding.

NOTE = [
    "1. Het aantal unieke cursisten met gestarte OKOT's per leeftijdsklasse.", "",
    "   Leeftijdsklasse       2019-2020     2020-2021     2021-2022     2022-2023",
    "      (voorlopig",
    "      )",
    "   -25 jaar                  193           180           142           176",
    "   25-54 jaar                975         1.139           908         1.194",
    "   Totaal                  1.168         1.319         1.050         1.370", "", "Bron: VDAB.",
]


def test_a_note_under_the_label_column_stays_a_note_of_its_own():
    text = "\n".join(NOTE) + "\n"
    source = relayout(Source(path="p.txt", text=text, encoding="utf-8", lines=tuple(text.splitlines()), kind="text"))
    lines = [" ".join(line.split()) for line in source.lines]
    assert lines[1:4] == ["Leeftijdsklasse 2019-2020 2020-2021 2021-2022 2022-2023", "(voorlopig)", "-25 jaar 193 180 142 176"]


def test_a_note_under_the_label_column_is_said_as_in_single_spaced_text():
    """As in single-spaced text since session 27 (note27): a provisional note under the periods
    is the latest period's — figures become final in the order of their periods — so 2022-2023
    is partial (before: a finding that one of the periods may be partial)."""
    answer = read_text("\n".join(NOTE) + "\n", "p.txt")
    (table,) = answer.tables
    assert {cell.label for cell in table.cells} == {"-25 jaar", "25-54 jaar", "Totaal"}
    assert [(p.label, p.partial) for p in table.periods] == [
        ("2019-2020", False), ("2020-2021", False), ("2021-2022", False), ("2022-2023", True)]
    [finding] = audit(answer).findings
    assert (finding.rule, finding.severity, finding.line) == ("partial-period", "info", 3)
    assert finding.message.startswith('period 2022-2023 of the table "Leeftijdsklasse" (line 3) is partial')
    assert '"voorlopig"' in finding.message


def _lines(rows: list[str]) -> list[str]:
    text = HEAD.format(by="opleiding") + "\n".join([
        "   Opleiding                                                   2021              2022",
        "   Zorgkundige                                                   12                 9",
        *rows,
        "   Verpleegkunde                                                 30                31",
        "   Totaal                                                        47                47",
    ]) + "\n\nBron: VDAB.\n"
    source = relayout(Source(path="p.txt", text=text, encoding="utf-8", lines=tuple(text.splitlines()), kind="text"))
    return [" ".join(line.split()) for line in source.lines]


def test_a_wrapped_name_whose_last_line_withholds_a_count_is_not_joined_to_the_row_above():
    """``ouderenzorg   <5   7``: a withheld count among the figures beside a name's last line."""
    lines = _lines(["   Logistiek assistent in de", "   ouderenzorg                                                   <5                 7"])
    assert "Zorgkundige 12 9" in lines
    assert "Logistiek assistent in de ouderenzorg <5 7" in lines


def test_a_wrapped_name_whose_last_line_is_capitalised_is_said_unreadable_not_read_silently():
    """``Logistiek assistent in de`` / ``Ouderenzorg  5  7``: both lines may begin a name, so the
    figures may stand beside a name's first line or its last — no telling, and said so."""
    rows = ["   Logistiek assistent in de", "   Ouderenzorg                                                    5                 7"]
    text = HEAD.format(by="opleiding") + "\n".join([
        "   Opleiding                                                   2021              2022",
        "   Zorgkundige                                                   12                 9",
        *rows,
        "   Verpleegkunde                                                 30                31",
        "   Totaal                                                        47                47",
    ]) + "\n\nBron: VDAB.\n"
    errors = [f for f in audit(read_text(text, "p.txt")).findings if f.severity == "error"]
    assert [(f.rule, f.line) for f in errors] == [("unreadable-table", 6)]
