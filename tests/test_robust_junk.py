"""No row is built from junk, and no figure is read as label text without evidence (issue 12).

The 5,000-junk-lines family of benchmarks/pathological.py misread a row: below
``900612: … 2de jaar 11 21`` a junk line (``- zie ook bijlage``) was taken for the rest of its
label because numbers followed (``12 34``), so the junk's numbers became the row's counts and
its own counts label text — only a ``label-mismatch`` finding showed it. A row whose figures are
there takes no more lines with figures; the junk is reported where it stands. Past the junk
the rows stand in a table without header whose one period comes from the prose: their two
figures are more than that one period, and nothing shows the first is a digit of the label, so
the row is reported rather than read as ``… 3de jaar 12`` with count 22.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from okot_audit import audit, read_text
from okot_audit.catalogue import default_catalogue

ROOT = Path(__file__).resolve().parent.parent
HEAD = "OKOT's - Zorgsector\n\n1. Hieronder de cijfers.\n\n"


def _pathological():
    spec = importlib.util.spec_from_file_location("pathological", ROOT / "benchmarks" / "pathological.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("pathological", module)
    spec.loader.exec_module(module)
    return module


def _rows(answer) -> dict[tuple[int, str | None, str], tuple[int, str]]:
    return {(c.line, c.code, c.period): (c.count, c.label) for t in answer.tables for c in t.cells if c.level == "row"}


def test_a_junk_line_below_a_row_with_its_figures_is_no_part_of_it():
    text = HEAD + (
        "Unieke cursisten met gestarte OKOT'(s) 2019 2020\n"
        "900611: Professionele bachelor verpleegkunde - 1ste jaar 10 20\n"
        "900612: Professionele bachelor verpleegkunde - 2de jaar 11 21\n"
        "- zie ook bijlage\n"
        "12 34\n"
        "tekst die uit de PDF kwam\n"
        "900613: Professionele bachelor verpleegkunde - 3de jaar 12 22\n"
        "Totaal 33 63\n"
    )
    answer = read_text(text, "junk.txt")
    rows = _rows(answer)
    assert rows[(7, "900612", "2019")][0] == 11 and rows[(7, "900612", "2020")][0] == 21
    assert "12 34" not in rows[(7, "900612", "2019")][1]
    assert not any(line == 9 for line, _, _ in rows), "the junk's numbers became a row's counts"
    findings = {(f.rule, f.line) for f in audit(answer).findings}
    assert ("stray-number", 9) in findings
    assert not any(rule == "parts-exceed-total" for rule, _ in findings)


def test_the_junk_family_builds_no_row_from_junk():
    """The benchmark's family itself (500 junk lines, the same kinds): every row read has its
    catalogue label and its own figures, and every row not read is reported at its line."""
    text = _pathological().junk(500)
    lines = text.split("\n")
    answer = read_text(text, "junk.txt")
    catalogue = default_catalogue()
    code_lines = {i + 1: line for i, line in enumerate(lines) if line[:6].isdigit() and line[6:7] == ":"}
    read = {}
    for table in answer.tables:
        for cell in table.cells:
            if cell.level != "row":
                continue
            assert cell.line in code_lines, f"a row read from line {cell.line}, which is junk"
            assert cell.label == catalogue.entries[cell.code].label
            read.setdefault(cell.line, []).append(cell.count)
    for number, values in read.items():
        assert sorted(values) == sorted(int(t) for t in code_lines[number].split()[-2:])
    findings = audit(answer).findings
    flagged = {f.line for f in findings if f.rule in ("unreadable-table", "ambiguous-alignment")}
    assert set(code_lines) - set(read) <= flagged, "a row neither read nor reported"
    assert not [f for f in findings if f.rule == "label-mismatch"]


def test_two_figures_under_one_period_are_not_a_label_digit_and_a_count():
    text = HEAD + (
        "Provincie Opleiding Aantal 2020\n"
        "903631: Graduaat orthopedagogie - 1ste jaar 12 22\n"
        "900714: Hoger beroepsonderwijs verpleegkunde individueel traject - modules 1- 4 12\n"
        "900715: Hoger beroepsonderwijs verpleegkunde individueel traject - module 5 2\n"
        "Totaal Antwerpen 40\n"
        "Eindtotaal 40\n"
    )
    answer = read_text(text, "one-period.txt")
    rows = _rows(answer)
    assert (6, "903631", "2020") not in rows
    assert rows[(7, "900714", "2020")][0] == 12 and rows[(8, "900715", "2020")][0] == 2
    issues = [(i.line, i.reason, i.numbers) for i in answer.issues]
    assert (6, "more-figures-than-periods", (12, 22)) in issues
    assert ("unreadable-table", 6) in {(f.rule, f.line) for f in audit(answer).findings}


def test_a_total_with_more_figures_than_periods_is_reported_once():
    text = HEAD + (
        "Provincie Opleiding Aantal 2020\n"
        "903631: Graduaat orthopedagogie - 1ste jaar 22\n"
        "Totaal 46 86\n"
    )
    answer = read_text(text, "one-period.txt")
    assert not [c for t in answer.tables for c in t.cells if c.level == "total"]
    unread = [f for f in audit(answer).findings if f.rule == "unreadable-table" and f.line == 7]
    assert len(unread) == 1 and "46, 86" in unread[0].message
