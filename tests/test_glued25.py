"""A province glued before the first row label of its block (issue found by revisions25).

A table of province blocks whose rows are categories or programme names without codes prints
the province's cell beside its block's first row; extractors glue it before that row's label
(``Antwerpen -25 jaar 12 15``). The province is the block's name, the label is printed as is —
for every label, not only those that begin with a capital (``Man``).
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from test_revisions25 import FORMS, STARTED, _blocks, prose

PROVINCES = ("Antwerpen", "Oost-Vlaanderen", "Vlaams-Brabant")
CLASSES = {
    "ages": ("-25 jaar", "25-54 jaar", "55+ jaar"),
    "ages signed": ("+55 jaar", "-25 jaar"),
    "ages in words": ("25 tot 54 jaar", "Onbekend"),
    "education": ("laaggeschoold", "middengeschoold", "hooggeschoold"),
    "programmes": ("verpleegkunde", "zorgkundige"),
    "ordinals": ("1ste jaar", "2de jaar"),
    "genders": ("Man", "Vrouw"),
}


def _answer(form: str, labels):
    rows = _blocks(PROVINCES, [([(c, str(10 + i + n), str(20 + i)) for i, c in enumerate(labels)],
                                (str(sum(10 + i + n for i in range(len(labels)))), str(sum(20 + i for i in range(len(labels))))))
                               for n in range(len(PROVINCES))])
    total = tuple(str(sum(int(r[k]) for r in rows if r[0].startswith("Totaal"))) for k in (2, 3))
    header = ("Provincie", "Kenmerk", "2021", "2022")
    return read_text(FORMS[form][0](prose(51, "28 oktober 2021", STARTED), header, (*rows, ("Totaal", "", *total))),
                     f"x.{FORMS[form][1]}")


@pytest.mark.parametrize("form", ["text", "layout", "pdf"])
@pytest.mark.parametrize("kind", CLASSES)
def test_a_province_glued_before_a_blocks_first_label_is_the_blocks_name(form, kind):
    """Before, ``Antwerpen -25 jaar`` (and ``Antwerpen laaggeschoold``, ``Antwerpen 25-54
    jaar`` …) was the first row's label in the tidy data and in every message."""
    labels = CLASSES[kind]
    answer = _answer(form, labels)
    rows = {(c.province, c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows == {(p, c, y, (10 + i + n) if y == "2021" else (20 + i))
                    for n, p in enumerate(PROVINCES) for i, c in enumerate(labels) for y in ("2021", "2022")}
    report = audit([answer])
    assert not [f for f in report.findings if f.severity in ("error", "warning")], report.findings
    assert not [f for f in report.findings if any(p in (f.label or "") for p in PROVINCES) and f.label != f"Totaal {f.province}"]


@pytest.mark.parametrize("body, expected", [
    ("Provincie 2021 2022\nAntwerpen 3 4\nVlaams-Brabant en Brussel 12 14\nTotaal 15 18",
     ["Antwerpen", "Vlaams-Brabant en Brussel"]),
    ("Provincie 2021 2022\nAntwerpen 3 4\nBrussel Hoofdstedelijk Gewest 12 14\nTotaal 15 18",
     ["Antwerpen", "Brussel Hoofdstedelijk Gewest"]),
    ("Provincie 2021 2022\nAntwerpen stad 3 4\nLimburg 12 14\nTotaal 15 18", ["Antwerpen stad", "Limburg"]),
])
def test_a_province_row_whose_label_goes_on_naming_a_place_stays_whole(body, expected):
    """The province whose words after it go on naming a place stays its row's label."""
    head = "\n".join(prose(51, "28 oktober 2021", STARTED)) + "\n\n"
    answer = read_text(head + body + "\n", "x.txt")
    assert answer.issues == []
    assert sorted({c.label for t in answer.tables for c in t.cells if c.level == "row"}) == expected


def test_a_province_row_with_marks_keeps_its_figures():
    """``Antwerpen 12 x 15``: a count and a blank mark after the province, no label."""
    head = "\n".join(prose(51, "28 oktober 2021", STARTED)) + "\n\n"
    answer = read_text(head + "Provincie 2020 2021 2022\nAntwerpen 12 x 15\nLimburg 3 4 5\nTotaal 15 4 20\n", "x.txt")
    cells = sorted((c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row")
    assert ("Antwerpen", "2020", 12) in cells and ("Antwerpen", "2022", 15) in cells


@pytest.mark.parametrize("value", ["-4", "30-35"])
def test_a_province_row_whose_first_value_is_no_count_stays_the_provinces_row(value):
    """``Limburg -4 210``: a negative number or a range where a count stands, no age class
    (that has its word: ``-25 jaar``) — the row stays Limburg's, said as unread for its value
    (test_messages16; glued25 made ``-4`` the label of a block Limburg)."""
    head = "\n".join(prose(51, "28 oktober 2021", STARTED)) + "\n\n"
    answer = read_text(head + f"Provincie 2020 2021\nAntwerpen 200 210\nLimburg {value} 210\nTotaal 196 400\n", "x.txt")
    [issue] = [i for i in answer.issues if i.kind == "unreadable-table"]
    assert issue.label == "Limburg"
    assert not any(c.province == "Limburg" for t in answer.tables for c in t.cells)


@pytest.mark.parametrize("form", ["text", "layout", "pdf"])
@pytest.mark.parametrize("labels", [("-25 jaar", "25-54 jaar"), ("Man", "Vrouw"), ("laaggeschoold", "hooggeschoold")])
def test_blocks_without_subtotals_headed_by_the_province_on_their_first_row(form, labels):
    """A pivot table with its subtotals switched off: each block's province on its first row
    only, one grand total. Before, the rows had no province (``Man`` in Antwerpen and in Limburg
    a ``duplicate-row`` error), or the glued province made the first row a subtotal."""
    rows = [(p if i == 0 else "", c, str(10 * n + i + 1), str(10 * n + i + 2))
            for n, p in enumerate(("Antwerpen", "Limburg")) for i, c in enumerate(labels)]
    total = ("Totaal", "", str(sum(int(r[2]) for r in rows)), str(sum(int(r[3]) for r in rows)))
    answer = read_text(FORMS[form][0](prose(51, "28 oktober 2021", STARTED), ("Provincie", "Kenmerk", "2021", "2022"),
                                      (*rows, total)), f"x.{FORMS[form][1]}")
    cells = {(c.level, c.province, c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.period == "2021"}
    assert cells == {("row", p, c, "2021", 10 * n + i + 1) for n, p in enumerate(("Antwerpen", "Limburg"))
                     for i, c in enumerate(labels)} | {("total", None, "Totaal", "2021", int(total[2]))}
    assert not [f for f in audit([answer]).findings if f.severity in ("error", "warning")]
