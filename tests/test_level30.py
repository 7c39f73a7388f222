"""Round 30: a reading issue says its line's level; the rules read it, not the line's words.

The reader knows each line's kind when it cannot read it: a table's total line (``Totaal``,
``Eindtotaal``, a region's ``Vlaanderen 3.150``), a block's subtotal (``Totaal Antwerpen``) or a
row. It says so on the record (:attr:`okot_audit.tables.ParseIssue.level`), and the rules take
it from there: ``ambiguous-alignment`` says a total line as one (its figures placed by the rows it
totals), and ``total-missing`` does not call a table whose total line stands unread one without
it. Before, both re-read the line's label for a total's word, so a region total that closes a
table of provinces (``Vlaanderen``, ``Vlaams Gewest``) was said as a row, and the table as one
without a total line.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import Phase, given, note, settings
from hypothesis import strategies as st

from generate.choices import DrawChooser, Plan
from generate.model import draw_answer
from generate.render import render
from okot_audit import audit, read_text
from okot_audit.patterns import REGION_TOTALS

HEAD = ("Schriftelijke vraag 12 van 3 maart 2023 aan minister van Werk\n\nAntwoord\n\n"
        "Aantal unieke cursisten met gestarte OKOT per provincie.\n\n")
ROWS = ("Antwerpen 700 720 750\nLimburg 400 410 420\nOost-Vlaanderen 900 910 920\n"
        "Vlaams-Brabant 300 310 320\nWest-Vlaanderen 800 810 820\n")
#: The line the table's closing line stands at (its header at line 7, five provinces below it).
CLOSING = 13


def _provinces(closing: str) -> str:
    """A provinces x years table closed by `closing`, single-spaced as the seeds print it."""
    return HEAD + "Provincie 2020 2021 2022\n" + ROWS + closing + "\n"


def _said(text: str, lang: str = "en"):
    return [(f.rule, f.line, f.message) for f in audit(read_text(text, "a.txt"), lang=lang).findings
            if f.severity in ("error", "warning")]


REGIONS = [" ".join(word.capitalize() if word != "en" else word for word in name.split()) for name in REGION_TOTALS]


@pytest.mark.parametrize("region", REGIONS)
def test_a_region_total_that_several_placements_fit_is_said_as_a_total_line(region):
    # ``Vlaanderen 3.150`` under three years: 3150 fits 2020, 2021 and 2022 alike (the provinces sum
    # to 3100, 3160 and 3230, each at most 900): a total line not read, said as one
    said = _said(_provinces(f"{region} 3.150"))
    assert [(rule, line) for rule, line, _ in said] == [("ambiguous-alignment", CLOSING)]
    assert said[0][2].startswith(f"total line {region}: the spacing does not say in which of the 3 periods")
    assert "the rows it totals fit several placements; the line is not read (numbers: 3150)" in said[0][2]
    dutch = _said(_provinces(f"{region} 3.150"), "nl")
    assert dutch[0][2].startswith(f"totaalregel {region}: de witruimte zegt niet")


def test_a_region_total_is_not_said_missing_where_it_stands_unread():
    # (before: ``total-missing`` too — "has no Totaal line" — beside the error at the line itself)
    rules = {rule for rule, _, _ in _said(_provinces("Vlaanderen 3.150"))}
    assert "total-missing" not in rules


def test_a_table_closed_by_no_line_is_still_said_without_its_total():
    said = _said(_provinces("").rstrip("\n") + "\n")
    assert [rule for rule, _, _ in said] == ["total-missing"]


def test_the_reader_says_each_unread_lines_level():
    answer = read_text(_provinces("Vlaanderen 3.150"), "a.txt")
    assert [(i.kind, i.line, i.level) for i in answer.issues] == [("ambiguous-alignment", CLOSING, "total")]
    # a province's row that the totals cannot place: a row, whatever the total line's words
    rows = ROWS.replace("Limburg 400 410 420", "Limburg 410")
    answer = read_text(HEAD + "Provincie 2020 2021 2022\n" + rows + "Vlaanderen 3100 3160 3230\n", "a.txt")
    assert [(i.kind, i.line, i.level) for i in answer.issues] == [("ambiguous-alignment", 9, "row")]
    said = _said(HEAD + "Provincie 2020 2021 2022\n" + rows + "Vlaanderen 3100 3160 3230\n")
    assert [(rule, line) for rule, line, _ in said] == [("ambiguous-alignment", 9)]
    assert said[0][2].startswith("row Limburg:")


def test_a_blocks_subtotal_is_said_as_a_total_line_and_its_level_is_subtotal():
    text = (HEAD + "Provincie Opleiding 2021 2022\nAntwerpen\n900101: Zorgkundige 10 12\n900102: Verpleegkunde 20 22\n"
            "Totaal Antwerpen 30\nLimburg\n900101: Zorgkundige 5 6\n900102: Verpleegkunde 7 8\n"
            "Totaal Limburg 12 14\nEindtotaal 42 50\n")
    answer = read_text(text, "a.txt")
    assert [(i.kind, i.line, i.level) for i in answer.issues] == [("ambiguous-alignment", 11, "subtotal")]
    said = [m for rule, line, m in _said(text) if rule == "ambiguous-alignment"]
    assert len(said) == 1 and said[0].startswith("total line Totaal Antwerpen:")


#: A line's figures at its end (a total's or a row's), after its words.
_TAIL = re.compile(r"^(?P<words>.*?[^\d\s.])(?P<figures>(?:\s+\d[\d.]*)+)\s*$")


@settings(max_examples=25, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(data=st.data())
def test_a_line_with_a_figure_lost_is_said_at_its_own_level(data):
    """Persons → counts → a generated answer (provinces, categories, codes; closed by ``Totaal``,
    ``Vlaanderen``, ``Vlaams Gewest``, a block's ``Totaal <province>``); one of its rows or total
    lines printed again single-spaced with a figure lost. Whatever the reader makes of it, an
    ``ambiguous-alignment`` at that line says a total line as one (``total line …``) and a row
    as a row (``row …``), and a table whose closing total is the line is never said to have
    none."""
    chooser = DrawChooser(data.draw)
    model = draw_answer(chooser, kinds=("province", "province", "province", "category", "code_by_province"),
                         most_tables=2)
    rendered = render(model, Plan(chooser), encodings=False)
    lines = rendered.lines
    candidates = [(line, anchor[0]) for line, anchor in sorted(rendered.anchors.items())
                  if anchor[0] in ("row", "total", "subtotal") and _TAIL.match(lines[line - 1])
                  and len(_TAIL.match(lines[line - 1])["figures"].split()) > 1]
    if not candidates:
        return
    level = data.draw(st.sampled_from(sorted({level for _, level in candidates})), label="level")
    line = data.draw(st.sampled_from([line for line, of in candidates if of == level]), label="line")
    found = _TAIL.match(lines[line - 1])
    assert found is not None
    figures = found["figures"].split()
    lost = data.draw(st.integers(0, len(figures) - 1), label="figure lost")
    lines[line - 1] = " ".join([found["words"], *figures[:lost], *figures[lost + 1:]])
    text = "\n".join(lines)
    note(f"line {line} ({level}): {lines[line - 1]!r}")
    answer = read_text(text, "generated.txt")
    findings = audit(answer).findings
    at_line = [f.message for f in findings if f.rule == "ambiguous-alignment" and f.line == line]
    for message in at_line:
        if level == "row":
            assert message.startswith("row "), message
        else:
            assert message.startswith("total line "), message
    if level == "total" and any(i.line == line and i.unread for i in answer.issues):
        assert not [f for f in findings if f.rule == "total-missing" and f.line >= line], findings


@pytest.mark.parametrize("words", ["Totaal vrouwen", "Vlaanderen"])
def test_a_closing_line_is_a_total_alike_read_whole_or_not(words):
    """The reader reads a closing line of no block (``Totaal vrouwen`` under rows of no blocks, a
    region's ``Vlaanderen``) as the table's total line: read whole, no ``total-missing``; not read
    (a figure lost), none either — the rule follows the reader, not the words after ``Totaal``
    (before: an unread ``Totaal vrouwen`` was taken for a block's subtotal by its words, and the
    table said to have no total line)."""
    whole = _said(_provinces(f"{words} 3100 3160 3230"))
    assert whole == []
    lost = _said(_provinces(f"{words} 3.150"))
    assert [rule for rule, _, _ in lost] == ["ambiguous-alignment"]
    assert lost[0][2].startswith(f"total line {words}:")
