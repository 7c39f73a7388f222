"""Tables whose cells the text delimits: Markdown pipes, semicolons, commas, tabs, and HTML.

Every shape of ``tests/test_shapes.py`` (built from persons, with a blank cell now and then) is
printed once more cell by cell — as a Markdown pipe table (a PDF-to-Markdown converter), as
semicolon-, comma- or tab-separated rows (a CSV export, a table copied out of Word) and as an
HTML page — and must read back to exactly the cells of the plain table, a blank cell blank in
its own period, every cell at the line (of the file) where its row stands.
"""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from okot_audit import audit, read_answer, read_text
from okot_audit.parse.cells import NUMBER
from okot_audit.parse.context import period_list
from test_shapes import SHAPES, TITLE, Shape, read_cells

CODE = re.compile(r"^\d{6}:")
INTRO = "1. Hieronder vindt u het aantal gestarte unieke cursisten."
OUTRO = "2. Meer cijfers zijn er niet."


def _rows(shape: Shape) -> list[list[str]]:
    """The shape's table as rows of cells: the header's label and periods, each row's label
    and figures (a block's name line is a row of one cell)."""
    head, tokens = period_list(shape.lines[0])
    out = [[head] + [shape.lines[0][t.start:t.end] for t in tokens]]
    for line in shape.lines[1:]:
        words = line.split()
        k = len(words)
        while k > 0 and NUMBER.fullmatch(words[k - 1]):
            k -= 1
        out.append([" ".join(words[:k]), *words[k:]])
    return out


def _blank_some(rows: list[list[str]], chosen: list[int]) -> tuple[list[list[str]], set]:
    """Rows with the chosen figures of rows (not of totals) made blank — each row keeps one
    figure at least (a row without any is a label line in text) — and the blanked (row index,
    column) pairs."""
    out, blanked = [list(r) for r in rows], set()
    figures = [(r, c) for r, row in enumerate(rows[1:], start=1) for c in range(1, len(row))
               if not row[0].lower().startswith(("totaal", "subtotaal")) and len(row) == len(rows[0])]
    for k in chosen:
        if figures:
            r, c = figures[k % len(figures)]
            if sum(1 for cell in out[r][1:] if cell) > 1:
                out[r][c] = ""
                blanked.add((r, c))
    return out, blanked


def _expected(shape: Shape, rows: list[list[str]], blanked: set) -> set:
    """The shape's cells without the blanked ones (a blanked row figure also changes nothing
    else: the shapes' totals count persons, so they still hold or are only information)."""
    if not blanked:
        return shape.cells
    periods = rows[0][1:]
    gone = {(rows[r][0].split(":")[0] if CODE.match(rows[r][0]) else rows[r][0], periods[c - 1]) for r, c in blanked}
    return {cell for cell in shape.cells if cell[0] != "row" or (cell[1], cell[2]) not in gone}


def _text(rows: list[list[str]], form: str) -> tuple[str, int]:
    """The answer in `form`, and the line its table's header stands on."""
    if form == "markdown":
        table = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        table += ["| " + " | ".join(row + [""] * (len(rows[0]) - len(row))) + " |" for row in rows[1:]]
    else:
        delimiter = {"semicolon": ";", "comma": ",", "tab": "\t"}[form]
        table = [delimiter.join(row + [""] * (len(rows[0]) - len(row))) for row in rows]
    lines = [TITLE, "", INTRO, "", *table, "", OUTRO, ""]
    return "\n".join(lines), 5


def _html(rows: list[list[str]]) -> tuple[str, int]:
    body = ["<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in rows[0]) + "</tr>"]
    for row in rows[1:]:
        if len(row) == 1:
            body.append(f'<tr><td colspan="{len(rows[0])}">{html.escape(row[0])}</td></tr>')
        else:
            body.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
    lines = ["<!DOCTYPE html>", "<html><head><title>Antwoord</title></head><body>",
             f"<h1>{html.escape(TITLE)}</h1>", f"<p>{INTRO}</p>", "<table>", *body, "</table>",
             f"<p>{OUTRO}</p>", "</body></html>", ""]
    return "\n".join(lines), 6


FORMS = ("markdown", "semicolon", "comma", "tab", "html")


@settings(max_examples=60, deadline=None)
@given(SHAPES, st.sampled_from(FORMS), st.lists(st.integers(0, 1000), max_size=2))
def test_a_table_of_delimited_cells_reads_back_exactly(tmp_path_factory, shape, form, chosen):
    rows, blanked = _blank_some(_rows(shape), chosen)
    if form == "comma" and any("," in cell for row in rows for cell in row):
        rows = [[cell.replace(",", "") for cell in row] for row in rows]  # no comma inside a CSV cell
    text, header = _html(rows) if form == "html" else _text(rows, form)
    note(text)
    path = tmp_path_factory.mktemp("forms") / ("answer.html" if form == "html" else "answer.txt")
    path.write_text(text, encoding="utf-8")
    answer = read_answer(path)
    assert answer.issues == []
    assert read_cells(answer) == _expected(shape, rows, blanked)
    first_row = min(c.line for t in answer.tables for c in t.cells)
    first = next(r for r, row in enumerate(rows) if r and any(cell for cell in row[1:]))
    assert first_row == header + first + (form == "markdown")  # the line of the file the row stands on


def test_a_sentence_with_commas_and_semicolons_stays_prose():
    from okot_audit.read.delimited import grid_blocks

    lines = ["Er zijn 12 opleidingen in Antwerpen, Limburg en Brussel; in 2021 waren het er 14.",
             "In 2022 kwamen er 3 bij, in 2023 nog 2; samen 19."]
    assert grid_blocks(lines) == lines


def test_an_html_page_without_a_readable_table_is_not_clean(tmp_path):
    """A page whose table has no header of periods is reported, never passed as clean."""
    page = ("<html><body><h1>OKOT's - Zorgsector</h1><p>1. Het aantal gestarte cursisten.</p><table>"
            "<tr><td>Antwerpen</td><td>812</td><td>845</td></tr><tr><td>Limburg</td><td>402</td><td>398</td></tr>"
            "</table></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    report = audit(str(path))
    assert any(f.rule == "unreadable-table" for f in report.findings)


def _seed_html(seed: str) -> str:
    """The seed's tables from its gold cells as an HTML page: the seed's own prose, each table
    with a header row, the province table with each province cell spanning its block's rows."""
    import csv

    from goldcells import GOLD

    intro = {"000": "Hieronder vindt u het aantal {} unieke cursisten.", "002": "{}"}
    parts = ["<!DOCTYPE html><html><body>", "<h1>Onderwijskwalificerende opleidingstrajecten met "
             f"VDAB-opleidingscontract (OKOT's) - {'Onderwijssector' if seed.startswith('000') else 'Zorgsector'}</h1>"]
    words = {"started": "gestarte", "graduated": "geslaagde", "stopped": "gestopte"}
    for n, path in enumerate(sorted(GOLD.glob(f"{seed}.*.csv")), start=1):
        name = path.name.split(".")[1]
        records = list(csv.DictReader(open(path, encoding="utf-8")))
        if name.endswith("_by_province"):
            parts.append(f"<p>{n}. De cijfers geven het aantal gestarte cursisten weer van januari 2020 tot en met oktober 2020.</p>")
            parts.append("<table><tr><th>Provincie</th><th>Opleiding</th><th>Aantal</th></tr>")
            blocks: dict[str, list] = {}
            for r in records:
                blocks.setdefault(r["province"], []).append(r)
            for province, rows in blocks.items():
                if province == "ALL":
                    parts.append(f'<tr><td colspan="2">Eindtotaal</td><td>{rows[0]["count"]}</td></tr>')
                    continue
                body = [r for r in rows if r["code"] != "TOTAL"]
                for i, r in enumerate(body):
                    cell = f'<td rowspan="{len(body)}">{province}</td>' if i == 0 else ""
                    parts.append(f"<tr>{cell}<td>{r['code']}: {html.escape(r['label'])}</td><td>{r['count']}</td></tr>")
                total = next(r for r in rows if r["code"] == "TOTAL")
                parts.append(f'<tr><td colspan="2">Totaal {province}</td><td>{total["count"]}</td></tr>')
            parts.append("</table>")
            continue
        periods = [k for k in records[0] if k not in ("code", "label")]
        parts.append(f"<p>{n}. Hieronder vindt u het aantal {words[name]} unieke cursisten.</p>")
        parts.append("<table><tr><th>Unieke cursisten</th>" + "".join(f"<th>{p}</th>" for p in periods) + "</tr>")
        for r in records:
            label = "Totaal" if r["code"] == "TOTAL" else f"{r['code']}: {html.escape(r['label'])}"
            parts.append(f"<tr><td>{label}</td>" + "".join(f"<td>{r[p]}</td>" for p in periods) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def test_the_seeds_tables_read_to_gold_from_an_html_page(tmp_path):
    """Each seed's gold cells printed as an HTML page (province cells spanning their block)."""
    from goldcells import answer_cells, gold_cells

    for seed in ("000_699ad5193617b98e", "002_f58759045b60ed02"):
        path = tmp_path / f"{seed}.html"
        path.write_text(_seed_html(seed), encoding="utf-8")
        answer = read_answer(path)
        assert answer.issues == [], answer.issues
        assert answer_cells(answer) == gold_cells(seed)


@pytest.mark.parametrize("separator", [": ", " ", " - ", " \u2013 "])
def test_a_training_code_set_off_from_its_label_by_a_colon_a_space_or_a_dash(separator):
    text = "\n".join([
        "Vraag nr. 3 van 1 maart 2023", "OKOT onderwijs", "Antwoord", "1. Het aantal unieke cursisten dat startte:",
        "OKOT-code Opleiding 2021 2022",
        f"908015{separator}Specifieke lerarenopleiding (SLO) 133 140",
        f"908017{separator}Educatieve graduaatsopleiding 27 52", "Totaal 155 180",
    ])
    (table,) = read_text(text + "\n", "codes.txt").tables
    rows = {(c.code, c.label) for c in table.cells if c.level == "row"}
    assert rows == {("908015", "Specifieke lerarenopleiding (SLO)"), ("908017", "Educatieve graduaatsopleiding")}
