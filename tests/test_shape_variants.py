"""Variants of the shapes that answers print: the total above its rows, provinces named otherwise.

Built on the shapes of ``tests/test_shapes.py`` (from persons): the same table printed with its
total line(s) first (``Vlaanderen 2.980 3.050`` above the provinces) must read to the same cells
and the same checks of its totals; a province table whose provinces are named as answers also
write them (``Prov. Antwerpen``, ``Oost Vlaanderen``, ``West-Vl.``, ``Brussels Hoofdstedelijk
Gewest``) must read as a province table with the canonical names.
"""

from __future__ import annotations

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from okot_audit import audit, read_text
from okot_audit.totals import total_checks
from test_shapes import Shape, answer_text, partitions, read_cells, two_totals, unique_rows

TOTAL_FIRST = st.one_of(unique_rows("provinces"), unique_rows("programmes"), partitions(), two_totals())


def _total_first(shape: Shape) -> Shape:
    header, *rows = shape.lines
    totals = [r for r in rows if r.startswith("Totaal")]
    body = [r for r in rows if not r.startswith("Totaal")]
    return Shape(shape.kind, [header, *totals, *body], shape.cells, shape.anchors, shape.total_column)


def _checked(answer) -> set:
    """(total label, period, total, sum of parts, unique) of every check of every table."""
    return {(c.total.label, c.total.period, c.total.count, c.parts_sum, c.unique)
            for t in answer.tables for c in total_checks(t)}


@settings(max_examples=60, deadline=None)
@given(TOTAL_FIRST)
def test_a_total_above_its_rows_totals_them(shape):
    plain = read_text(answer_text(shape), "plain.txt")
    first = read_text(answer_text(_total_first(shape)), "first.txt")
    assert first.issues == []
    assert read_cells(first) == shape.cells
    assert _checked(first) == _checked(plain) != set()
    severe = [f for f in audit(first, ignore=["code-unknown", "label-mismatch", "code-outside-sector"]).findings
              if f.severity in ("error", "warning")]
    assert severe == []


ALIASES = {
    "Antwerpen": ["Prov. Antwerpen", "Provincie Antwerpen", "Antw."],
    "Limburg": ["Prov. Limburg", "Limburg"],
    "Oost-Vlaanderen": ["Oost Vlaanderen", "Oost-Vl.", "O-Vl"],
    "Vlaams-Brabant": ["Vlaams Brabant", "Vl.-Brabant", "Vl. Brabant"],
    "West-Vlaanderen": ["West Vlaanderen", "West-Vl.", "W-Vl"],
    "Brussel": ["Brussels Hoofdstedelijk Gewest", "Brussel-Hoofdstad", "Brussels Gewest"],
}


@settings(max_examples=40, deadline=None)
@given(unique_rows("provinces"), st.data())
def test_provinces_named_otherwise_are_provinces(shape, data):
    names = {p: data.draw(st.sampled_from(ALIASES[p])) for p in ALIASES}
    lines = [shape.lines[0]]
    for line in shape.lines[1:]:
        word = line.split()[0]
        lines.append(line.replace(word, names[word], 1) if word in names else line)
    answer = read_text(answer_text(Shape(shape.kind, lines, shape.cells)), "aliases.txt")
    assert answer.issues == []
    assert [t.layout.rows for t in answer.tables] == ["province"]
    provinces = {(c.province, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"}
    assert provinces == {(key, period, count) for level, key, period, count, _ in shape.cells if level == "row"}


VALUES = {
    "age": [["-25 jaar", "25-54 jaar", "55+ jaar"], ["jonger dan 25 jaar", "25 tot 54 jaar", "55 jaar en ouder"]],
    "gender": [["Man", "Vrouw"], ["Mannen", "Vrouwen", "X"]],
    "education": [["Laaggeschoold", "Middengeschoold", "Hooggeschoold"], ["Kortgeschoold", "Middengeschoold", "Hooggeschoold"]],
}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(VALUES)), st.data())
def test_every_wording_of_a_partition_is_a_partition(attribute, data):
    """Age classes, genders and education levels as answers word them, with or without a row of
    persons whose value is not known (``Onbekend``): each person has one value, so the total is
    the sum — a total one above is an error at its line."""
    values = list(data.draw(st.sampled_from(VALUES[attribute])))
    if data.draw(st.booleans()):
        values.append(data.draw(st.sampled_from(["Onbekend", "Niet gekend"])))
    counts = [data.draw(st.integers(1, 900)) for _ in values]
    raised = data.draw(st.booleans())
    lines = ["Verdeling 2021", *(f"{v} {c}" for v, c in zip(values, counts)), f"Totaal {sum(counts) + raised}"]
    answer = read_text(answer_text(Shape("partition", lines)), "partition.txt")
    assert [(t.layout.rows, t.layout.attribute) for t in answer.tables] == [("category", attribute)]
    errors = [f for f in audit(answer).findings if f.severity == "error"]
    total_line = 5 + len(lines) - 1
    assert [(f.rule, f.line) for f in errors] == ([("total-exceeds-parts", total_line)] if raised else [])


def _sideways(shape: Shape, laid_out: bool, blank: int | None) -> tuple[list[str], set]:
    """The shape printed on its side: a column per row, a line per period (and a ``Totaal``
    line for a total column); with `blank`, that row's first figure left blank (laid out) or
    printed as a dash (single-spaced text, where an empty cell leaves no trace). Returns the
    lines and the cells a correct reader reads."""
    from okot_audit.parse.context import period_list

    head, tokens = period_list(shape.lines[0])
    periods = [shape.lines[0][t.start:t.end] for t in tokens]
    rows = []
    for line in shape.lines[1:]:
        words = line.split()
        counts = words[len(words) - len(periods):]
        rows.append((" ".join(words[: len(words) - len(periods)]), counts))
    keys = [name for name, _ in rows]
    grid = [["Jaar", *keys]]
    cells = set(shape.cells)
    for index, period in enumerate(periods):
        grid.append([period, *(counts[index] for _, counts in rows)])
    if blank is not None:  # laid out, a blank leaves an empty cell; else a dash marks it
        name, counts = rows[blank % (len(rows) - 1)]  # a row, not the total
        grid[1][1 + keys.index(name)] = "" if laid_out else "-"
        cells = {c for c in cells if not (c[0] == "row" and c[1] == name and c[2] == periods[0])}
    if laid_out:  # every column as wide as its widest name and a gap, right-aligned as a PDF sets it
        width = max(len(k) for k in keys) + 4
        first = max(len(row[0]) for row in grid) + 2
        lines = [row[0].ljust(first) + "".join(cell.rjust(width) for cell in row[1:]) for row in grid]
    else:
        lines = [" ".join(r) for r in grid]
    return lines, cells


@settings(max_examples=60, deadline=None)
@given(st.one_of(unique_rows("provinces"), partitions()), st.booleans(), st.none() | st.integers(0, 20), st.booleans())
def test_a_table_on_its_side_reads_as_the_same_table(shape, laid_out, blank, spaced):
    """Periods as lines and provinces or categories as columns (a total column last): the same
    cells — every figure at the line it stands on — and the same checks of the totals; laid
    out, its lines may stand a blank line apart (``pdftotext -layout`` of a ruled table)."""
    lines, cells = _sideways(shape, laid_out, blank)
    if spaced and laid_out:
        lines = [part for line in lines for part in (line, "")][:-1]
    note("\n".join(lines))
    answer = read_text(answer_text(Shape(shape.kind, lines)), "sideways.txt")
    assert answer.issues == []
    assert [t.layout.transposed for t in answer.tables] == [True]
    assert read_cells(answer) == cells
    for table in answer.tables:
        for cell in table.cells:
            assert str(cell.count) in answer_text(Shape(shape.kind, lines)).split("\n")[cell.line - 1].split()
    severe = [f for f in audit(answer).findings if f.severity in ("error", "warning")]
    assert severe == [] or blank is not None


@settings(max_examples=40, deadline=None)
@given(unique_rows("provinces"), st.sampled_from(["<{}", "< {}", "\u2264{}"]), st.data())
def test_a_withheld_count_is_reported_never_read_as_a_figure(shape, form, data):
    """A count withheld as a bound above it (``Limburg <5 7 9``) is no figure: its row's other
    figures are cells of their periods and the bound a ``count-withheld`` record at its line
    and period — or, where the line does not say its periods, the row is reported as not read
    (``ambiguous-alignment``, ``withheld``); never is the bound's number a cell. The table stays
    a province table, every other row reads as printed, and the totals hold with the withheld
    count anywhere in its range: no error but the row not read."""
    periods = shape.lines[0].split()[1:]
    k = data.draw(st.integers(1, len(shape.lines) - 2))  # a row, not the total
    words = shape.lines[k].split()
    column = data.draw(st.integers(len(words) - len(periods), len(words) - 1))
    name = " ".join(words[: len(words) - len(periods)])
    count = int(words[column].replace(".", ""))
    limit = max(count + 1, 5)
    bound = form.format(limit - 1 if form.startswith("\u2264") else limit)
    lines = list(shape.lines)
    lines[k] = " ".join([*words[:column], bound, *words[column + 1:]])
    answer = read_text(answer_text(Shape(shape.kind, lines)), "withheld.txt")
    line = 5 + k
    period = periods[column - (len(words) - len(periods))]
    at_line = [(i.kind, i.reason, i.periods) for i in answer.issues if i.line == line]
    read_row = at_line == [("count-withheld", "withheld", (period,))]
    assert read_row or [(kind, reason) for kind, reason, _ in at_line] == [("ambiguous-alignment", "withheld")]
    assert [t.layout.rows for t in answer.tables] == ["province"]
    cells = {(c.level, c.province, c.period, c.count) for t in answer.tables for c in t.cells}
    row = {(lv, key, p, n) for lv, key, p, n, _ in shape.cells if lv == "row" and key == name}
    assert not any(c.line == line and c.period == period for t in answer.tables for c in t.cells)
    if read_row:
        assert {c for c in cells if c[0] == "row" and c[1] == name} == {c for c in row if c[2] != period}
    # a row that ends in the bound may read as a label line of the row below: then both are reported
    lost = {name} | (set() if read_row else {lines[k + 1].split()[0]})
    expected = {(lv, key, p, n) for lv, key, p, n, _ in shape.cells if lv == "row" and key not in lost}
    assert expected <= cells
    severe = [f.rule for f in audit(answer).findings if f.severity in ("error", "warning")]
    assert severe == ([] if read_row else ["ambiguous-alignment"])


def test_a_table_on_its_side_in_html_with_a_dash_for_a_blank(tmp_path):
    """An HTML table on its side (age classes as columns) with ``-`` in a cell: the dash is a
    blank, every other figure a cell of its period, and the partition's totals hold."""
    from okot_audit import read_answer

    page = tmp_path / "sideways.html"
    page.write_text(
        "<html><body><h1>Onderwijskwalificerende opleidingstrajecten (OKOT) - zorg</h1>"
        "<p>1. Aantal gestarte cursisten naar leeftijd.</p><table>"
        "<tr><th>Jaar</th><th>-25 jaar</th><th>25-54 jaar</th><th>55+ jaar</th><th>Totaal</th></tr>"
        "<tr><td>2020</td><td>1.012</td><td>3.797</td><td>-</td><td>4.809</td></tr>"
        "<tr><td>2021</td><td>980</td><td>3.650</td><td>120</td><td>4.750</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    answer = read_answer(str(page))
    assert answer.issues == []
    assert [(t.layout.rows, t.layout.attribute, t.layout.transposed) for t in answer.tables] == [("category", "age", True)]
    cells = {(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells}
    assert cells == {
        ("row", "-25 jaar", "2020", 1012), ("row", "25-54 jaar", "2020", 3797), ("total", "Totaal", "2020", 4809),
        ("row", "-25 jaar", "2021", 980), ("row", "25-54 jaar", "2021", 3650), ("row", "55+ jaar", "2021", 120),
        ("total", "Totaal", "2021", 4750),
    }
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_totals_hold_or_fail_over_the_whole_range_of_a_withheld_count():
    """``<5`` is 0 to 4: a unique total above its rows with the bound at its highest is an
    error (observed: the highest sum); a partition whose rows exceed the total with the bound
    at its lowest is one too; a total inside the range is no finding."""
    def findings(body: str):
        text = "OKOT's - Zorgsector\n\n1. Het aantal unieke cursisten.\n\n" + body + "\n"
        return [(f.rule, f.line, f.observed, f.message) for f in audit(read_text(text, "w.txt")).findings
                if f.severity in ("error", "warning")]

    over = findings("Provincie 2020\nAntwerpen 120\nLimburg <5\nTotaal 130")
    assert [(rule, line, observed) for rule, line, observed, _ in over] == [("total-exceeds-parts", 8, 124)]
    assert "<5 taken at its highest" in over[0][3]
    assert findings("Provincie 2020\nAntwerpen 120\nLimburg <5\nTotaal 124") == []
    assert findings("Provincie 2020\nAntwerpen 120\nLimburg <5\nTotaal 120") == []
    partition = findings("Geslacht 2020\nMan 6\nVrouw 5\nX <5\nTotaal 10")
    assert [(rule, line, observed) for rule, line, observed, _ in partition] == [("parts-exceed-total", 9, 11)]
    assert "<5 taken at its lowest" in partition[0][3]
    assert findings("Geslacht 2020\nMan 6\nVrouw 5\nX <5\nTotaal 13") == []


def test_withheld_counts_in_a_pdf_are_read_as_withheld(tmp_path):
    """A PDF table with ``<5`` in two cells, ruled or not: every figure a cell, each bound a
    ``count-withheld`` finding at its row's line, and the totals hold with the ranges."""
    from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf

    from okot_audit import read_answer

    class Withholding(PdfTable):
        def printed(self, value):
            return "<5" if value == -5 else super().printed(value)

    rows = [PdfRow("Antwerpen", [120, 131]), PdfRow("Limburg", [-5, 7]), PdfRow("Oost-Vlaanderen", [80, -5]),
            PdfRow("Totaal", [202, 140], level="total")]
    for ruled in (True, False):
        document = Document(["Onderwijskwalificerende opleidingstrajecten (OKOT) - zorg",
                             "1. Aantal unieke cursisten per provincie.",
                             Withholding("Provincie", ["2020", "2021"], rows)])
        path = tmp_path / f"withheld-{ruled}.pdf"
        path.write_bytes(write_pdf(document, PdfStyle(ruled=ruled)))
        answer = read_answer(str(path))
        cells = {(c.label, c.period, c.count) for t in answer.tables for c in t.cells}
        assert cells == {("Antwerpen", "2020", 120), ("Antwerpen", "2021", 131), ("Limburg", "2021", 7),
                         ("Oost-Vlaanderen", "2020", 80), ("Totaal", "2020", 202), ("Totaal", "2021", 140)}
        findings = [(f.rule, f.label or f.province, f.period) for f in audit(answer).findings
                    if f.rule != "measure-unknown"]
        assert findings == [("count-withheld", "Limburg", "2020"), ("count-withheld", "Oost-Vlaanderen", "2021")]


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout", "pypdf", "pdfplumber"])
def test_a_table_on_its_side_reads_from_its_pdf_and_the_texts_made_of_it(tmp_path, form):
    """Provinces as columns, years as lines, ``Vlaanderen`` last: the same cells from the PDF
    itself (ruled or not, figures right-aligned or centred) and from extractors' text."""
    import shutil

    from generate.extract import extract
    from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf

    from okot_audit import read_answer

    if form == "pdftotext-layout" and shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed (apt-get install poppler-utils; .ci/run installs it)")
    keys = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Vlaanderen"]
    counts = {"2020": [120, 30, 80, 40, 60, 320], "2021": [131, 7, 90, 42, 61, 330]}
    want = {("total" if key == "Vlaanderen" else "row", key, year, n)
            for year, row in counts.items() for key, n in zip(keys, row)}
    for ruled, align in [(True, "RIGHT"), (False, "CENTER")]:
        document = Document(["Onderwijskwalificerende opleidingstrajecten (OKOT) - zorg",
                             "1. Aantal unieke cursisten per provincie.",
                             PdfTable("Jaar", keys, [PdfRow(year, row) for year, row in counts.items()])])
        data = write_pdf(document, PdfStyle(ruled=ruled, number_align=align, number_width=22.0))
        path = tmp_path / f"sideways-{ruled}.{'pdf' if form == 'pdf' else 'txt'}"
        if form == "pdf":
            path.write_bytes(data)
        else:
            path.write_text(extract(data, form), encoding="utf-8")
        answer = read_answer(str(path))
        assert answer.issues == []
        assert [(t.layout.rows, t.layout.transposed) for t in answer.tables] == [("province", True)]
        assert {(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells} == want
        assert [f.rule for f in audit(answer).findings if f.severity in ("error", "warning")] == []
