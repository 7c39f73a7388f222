"""Session 35 (design35): a row label the reader wrote said; design mends that change no reading.

1. ``Source.supplied`` (read/xlsx.py, read/html.py: a row of figures without a label, set in bold
   right below a table's rows, read as its total ``Totaal``) was recorded and read by nothing: the
   total looked printed. The parser now reports it (a ``label-supplied`` record: the row's line,
   the words written, the row as read) and the rule ``label-supplied`` (OK907, info) says it at the
   row's place, en + nl, in every report. The annexes are test_boldtotal34's (built from persons).
2. ``_column_province`` (parse/__init__.py) gives a province's column of a header of provinces
   (``Leeftijd Antwerpen Limburg … Vlaams Gewest``, test_ageprov34) its province as a transform:
   a new table; the table it is given stays as it was (on main its cells were set in place).
3. ``_places_whole`` (parse/__init__.py), which leaves out the lines that held only a piece of a
   wrapped place's name, keeps each written label at its row's line (on main it kept its index,
   then another line's).

"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from test_ageprov34 import build
from test_boldtotal34 import _annex, _page
from test_red30 import read_bytes

from okot_audit import audit, read_text
from okot_audit.parse import _column_province, _places_whole, parse_answer
from okot_audit.report import render
from okot_audit.source import SuppliedLabel, source_from_bytes, text_source

#: The HTML rows of test_boldtotal34's page, one table row per line of the page, so that each row
#: has its own line.
_TOTALS_AT = 8  # (1-based: 1–2 the paragraphs, 3 <table>, 4 the header, 5–7 the rows, 8 the last row)


def _page_by_lines(total: str) -> str:
    """test_boldtotal34's page of the last row `total`, a line per tag of the table."""
    return _page(total).decode().replace("<table>", "\n<table>\n").replace("</tr>", "</tr>\n").replace(
        "<p>Bron", "\n<p>Bron").replace("</p><p>", "</p>\n<p>")


def _supplied(report) -> list:
    return [f for f in report.findings if f.rule == "label-supplied"]


# -- 1. the label written, said -------------------------------------------------------------------

@pytest.mark.parametrize("after", [None, ["Bron: VDAB, datawarehouse."]])
def test_an_annexs_bold_total_without_a_label_is_said_at_its_sheet_row(after):
    data, rows, totals = _annex(after=after)
    read = read_bytes(data, "annex.xlsx")
    [record] = [i for i in read.issues if i.kind == "label-supplied"]
    total_rows = {c.line for t in read.tables for c in t.cells if c.level == "total"}
    assert total_rows == {record.line} == {3 + len(rows) // len(totals) + 1}  # (header row 3, the rows, the total)
    assert (record.reason, record.label, record.level, record.sheet) == ("bold-row", "Totaal", "total", "Tabel 1")
    assert dict(zip(record.periods, record.values)) == totals
    [en] = _supplied(audit(read))
    [nl] = _supplied(audit(read, lang="nl"))
    assert (en.severity, en.code, en.line, en.label, en.period) == ("info", "OK907", record.line, "Totaal", None)
    assert en.table == next(t.id for t in read.tables if any(c.level == "total" for c in t.cells))
    reading = ", ".join(f"{y}: {v}" for y, v in totals.items())
    assert en.message.startswith(f"sheet 'Tabel 1', row {record.line}: the row prints figures without a label "
                                 f"({reading}); set in bold right below the rows of")
    assert "read as the table's total and labelled 'Totaal' by okot-audit (the sheet does not print that word)" in en.message
    assert nl.message.startswith(f"blad 'Tabel 1', rij {record.line}: de rij drukt cijfers af zonder label ({reading});")
    assert "kreeg ze van okot-audit het label 'Totaal' (het werkblad drukt dat woord niet af)" in nl.message


@pytest.mark.parametrize("case", ["label", "plain", "all bold", "bold header"])
def test_an_annexs_row_that_prints_its_label_or_is_no_bold_total_is_not_said_so(case):
    """A printed label (``Eindtotaal``, ``Totaal`` under a bold header), plain figures (said
    unreadable, as before), figures in bold throughout: no label written, none said."""
    data, _, _ = {"label": lambda: _annex(label="Eindtotaal"), "plain": lambda: _annex(bold=False),
                  "all bold": lambda: _annex(rows_bold=True),
                  "bold header": lambda: _annex(label="Totaal", header_bold=True)}[case]()
    read = read_bytes(data, "annex.xlsx")
    assert not [i for i in read.issues if i.kind == "label-supplied"]
    assert not _supplied(audit(read))


@pytest.mark.parametrize("total", ["b", "th", "strong"])
def test_a_web_pages_bold_total_without_a_label_is_said_at_its_line(total):
    text = _page_by_lines(total)
    assert text.splitlines()[_TOTALS_AT - 1].startswith("<tr><td></td>")  # (the row's own line)
    read = read_text(text, path="a.html")
    [en] = _supplied(audit(read))
    [nl] = _supplied(audit(read, lang="nl"))
    assert {c.line for t in read.tables for c in t.cells if c.level == "total"} == {en.line} == {_TOTALS_AT}
    assert (en.severity, en.label) == ("info", "Totaal")
    assert en.message.startswith("the row prints figures without a label (2021: 120, 2022: 130); set in bold right "
                                 'below the rows of the table "Opleiding" (line 4), it was read as the table\'s total')
    assert "(the page does not print that word)" in en.message
    assert nl.message.startswith("de rij drukt cijfers af zonder label (2021: 120, 2022: 130);")
    assert "(de pagina drukt dat woord niet af)" in nl.message


@pytest.mark.parametrize("total", ["plain", "half bold", "rows bold", "label"])
def test_a_web_pages_last_row_otherwise_is_not_said_so(total):
    assert not _supplied(audit(read_text(_page_by_lines(total), path="a.html")))


def test_a_bold_total_whose_figures_are_not_read_is_said_beside_the_finding_that_says_why():
    """Three figures under two periods: the row is no cell (``unreadable-table`` at its line), and
    the label written for it is said all the same — never a total that looks printed."""
    text = _page_by_lines("b").replace("<td><b>130</b></td></tr>", "<td><b>130</b></td><td><b>5</b></td></tr>")
    read = read_text(text, path="a.html")
    assert not [c for t in read.tables for c in t.cells if c.level == "total"]
    report = audit(read)
    [said] = _supplied(report)
    assert said.line == _TOTALS_AT
    assert [f.rule for f in report.findings if f.line == said.line and f.severity == "error"] == ["unreadable-table"]
    assert "but its figures were not read: another finding at this line says why; check the row on the page" in said.message
    [nl] = _supplied(audit(read, lang="nl"))
    assert "maar de cijfers ervan zijn niet gelezen: een andere melding op deze regel zegt waarom" in nl.message


@pytest.mark.parametrize("fmt", ["json", "sarif", "text", "markdown", "html", "github"])
def test_every_report_shows_the_label_written(fmt):
    data, _, _ = _annex()
    report = audit(read_bytes(data, "annex.xlsx"))
    [said] = _supplied(report)
    out = render(report, fmt)
    if fmt == "json":
        [finding] = [f for f in json.loads(out)["findings"] if f["rule"] == "label-supplied"]
        assert (finding["code"], finding["severity"], finding["line"], finding["label"]) == ("OK907", "info", said.line, "Totaal")
        assert finding["message"] == said.message
    elif fmt == "sarif":
        run = json.loads(out)["runs"][0]
        rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
        [result] = [r for r in run["results"] if r["ruleId"] == "OK907"]
        assert rules[result["ruleIndex"]] == "OK907" and result["properties"]["rule"] == "label-supplied"
        assert result["level"] == "note"
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == said.line
    else:
        assert "label-supplied" in out or "OK907" in out
        assert "labelled 'Totaal' by okot-audit" in out.replace("&#x27;", "'").replace("&#39;", "'")


def test_a_label_written_keeps_its_rows_line_where_pieces_of_a_places_name_are_left_out():
    """``_places_whole`` leaves out the line ``en Brussel`` (a piece of the block's name): the label
    written for the row below stays at that row's line, which moves up one."""
    text = ("Antwoord\n\nHieronder het aantal unieke cursisten per provincie.\n\nProvincie Opleiding 2021\n"
            "Vlaams-Brabant 900611: Professionele bachelor verpleegkunde - 1ste jaar 35\nen Brussel\n"
            "900612: Professionele bachelor verpleegkunde - 2de jaar 16\nTotaal Vlaams-Brabant en Brussel 51\n"
            "Eindtotaal 51\n")
    source = replace(text_source(text, "a.txt"), supplied=(SuppliedLabel(9, 9, "Totaal", "bold-row"),))
    whole = _places_whole(source)
    assert len(whole.lines) == len(source.lines) - 1  # (the piece's line left out)
    [label] = whole.supplied
    assert whole.lines[label.line - 1] == source.lines[8] and whole.reported_line(label.line) == 9


# -- 2. design mends ------------------------------------------------------------------------------


def test_column_province_leaves_the_table_it_is_given_as_it_was():
    built = build("Leeftijd")
    read = parse_answer(source_from_bytes(built.text.encode(), "a.txt"))
    columns = [t for t in read.tables if t.column_province]
    assert {t.column_province for t in columns} == set(built.provinces)
    for table in columns:
        bare = replace(table, column_province=None, cells=[replace(c, province=None) for c in table.cells])
        cells = list(bare.cells)
        made = _column_province(bare)
        assert made is not bare
        assert bare.column_province is None and bare.cells == cells  # (the table given: as it was)
        assert made.column_province == table.column_province
        assert made.cells == table.cells  # (the new table: each cell its column's province)
        assert {c.province for c in made.cells} == {table.column_province}
