"""Web pages and workbooks left from session 24 (pages25).

- an ``.xlsx`` workbook whose every cell is a formula without a saved value was refused as "not an
  OKOT answer" (exit 2): it is read as far as it goes, each row's formulas an ``unreadable-table``
  ``formula-without-value`` error at its own sheet row (exit 1);
- a row only ``aria-hidden="true"`` is shown on the screen (aria-hidden hides it from a screen
  reader, not from the eye): it is read as a row of its table;
- a footnote inside a one-sentence ``<figcaption>`` (``Gestarte cursisten per jaar (* 2022: eerste
  jaarhelft)``) explains its period's mark: the period is partial by that note;
- a ``<pre>`` laid out like a table is read as one (its lines and their spacing kept: before, its
  lines ran into one and the page passed with no table read); one the page hides is no table, and
  its lines with figures are said as a hidden table's rows are;
- a cell spanning rows (a block's name) in a row the page hides belongs to the rows shown below it:
  they keep their columns and their block.
"""

from __future__ import annotations

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

from test_robust22 import run_cli

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from openpyxl import Workbook  # noqa: E402

from generate.xlsx import workbook_bytes  # noqa: E402


# --- a workbook of formulas only ------------------------------------------------------------------


def _formulas_only() -> bytes:
    """A workbook whose every cell is a formula (the labels too: ``="Totaal"``), none with a saved value."""
    book = Workbook()
    sheet = book.active
    sheet.append(['="Opleiding"', "=2021", "=2022"])
    sheet.append(['="908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar"', "=5+5", "=6+6"])
    sheet.append(['="Totaal"', "=SUM(B2:B2)", "=SUM(C2:C2)"])
    return workbook_bytes(book)


def test_a_workbook_of_formulas_only_is_read_and_each_row_said_at_its_cells(tmp_path, capsys):
    answer = parse_answer(source_from_bytes(_formulas_only(), "bijlage.xlsx"))
    found = audit(answer).findings
    assert [(f.rule, f.severity, f.line) for f in found] == [("unreadable-table", "error", row) for row in (1, 2, 3)]
    assert "the cells A2, B2, C2 of the annex hold formulas whose figures the workbook does not hold" in found[1].message
    path = tmp_path / "bijlage.xlsx"
    path.write_bytes(_formulas_only())
    code, out, err = run_cli(["check", str(path)], capsys)
    assert code == 1 and "not an OKOT answer" not in out + err


# --- aria-hidden: out of a screen reader's hearing, not out of sight --------------------------------


@pytest.mark.parametrize("on", ["tr", "tbody", "div"])
def test_a_row_only_aria_hidden_is_shown_and_read(on):
    """``aria-hidden="true"`` keeps a row from a screen reader; the page's reader sees it: its
    figures are a row of the table (before: left out, and said as a row the page hides)."""
    from test_hidden24 import _read, page

    text, shown, _ = page(1, ' aria-hidden="true"' if on == "tr" else "", where="tbody" if on == "tbody" else "tr")
    if on == "tbody":
        text = text.replace("<tbody>", '<tbody aria-hidden="true">')
    if on == "div":
        text = text.replace("<table>", '<div aria-hidden="true"><table>').replace("</table>", "</table></div>")
    _, cells, found = _read(text)
    assert {key for key, _ in cells} == set(shown) | {"Controle"}
    assert not [f for f in found if f.rule == "column-not-checked" and "hidden in the page" in f.message]


# --- a note inside a figure's caption --------------------------------------------------------------

ROWS = [("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", 10, 12),
        ("908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar", 20, 22)]


def _figure(caption: str, before: bool = False, close: bool = True) -> str:
    table = ("<table>\n<tr><th>Opleiding</th><th>2021</th><th>2022*</th></tr>\n"
             + "".join(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>\n" for label, a, b in ROWS)
             + "<tr><td>Totaal</td><td>28</td><td>30</td></tr>\n</table>\n")
    caption = f"<figcaption>{caption}</figcaption>\n"
    return ("<html><body>\n<p>1. Hoeveel cursisten zijn gestart in de OKOT-opleidingen per jaar?</p>\n<figure>\n"
            + (caption + table if before else table + caption) + ("</figure>\n</body></html>\n" if close else ""))


def _periods(text: str) -> list[tuple]:
    answer = parse_answer(source_from_bytes(text.encode(), "antwoord.html"))
    return [(p.label, p.partial, p.note) for t in answer.tables for p in t.periods]


@pytest.mark.parametrize("before", [False, True])
@pytest.mark.parametrize("caption", [
    "Gestarte cursisten per jaar (* 2022: eerste jaarhelft)",
    "Gestarte cursisten per jaar. * 2022: eerste jaarhelft",
    "Gestarte cursisten per jaar<br>(* 2022: eerste jaarhelft)",
])
def test_a_note_inside_a_figures_caption_makes_its_period_partial(caption, before):
    periods = _periods(_figure(caption, before))
    assert periods[0] == ("2021", False, None)
    assert periods[1][:2] == ("2022", True) and "eerste jaarhelft" in periods[1][2]


def test_the_caption_stays_the_tables_and_the_note_is_said_at_its_line():
    from okot_audit.read.html import read_html

    text = _figure("Gestarte cursisten per jaar (* 2022: eerste jaarhelft)", before=True)
    source = read_html(text)
    lines = [line for line in source.lines if line.strip()]
    assert lines[1] == "Gestarte cursisten per jaar" and lines[-1] == "* 2022: eerste jaarhelft"
    found = [f for f in audit(parse_answer(source_from_bytes(text.encode(), "antwoord.html"))).findings
             if f.rule == "partial-period"]
    assert [f.line for f in found] == [text.split("\n").index(next(x for x in text.split("\n") if "<figcaption>" in x)) + 1]


@pytest.mark.parametrize("caption", ["Gestarte cursisten per jaar (*)", "Gestarte cursisten (zie tabel) per jaar"])
def test_a_caption_without_a_note_is_one_caption(caption):
    from okot_audit.read.html import read_html

    assert caption in read_html(_figure(caption)).lines
    assert _periods(_figure(caption))[1] == ("2022", True, "marked * without an explaining footnote")


def test_a_caption_note_of_a_figure_never_closed_is_kept():
    from okot_audit.read.html import read_html

    assert "* 2022: eerste jaarhelft" in read_html(_figure("Gestarte cursisten per jaar (* 2022: eerste jaarhelft)",
                                                           before=True, close=False)).lines


# --- a table laid out in a <pre> ---------------------------------------------------------------------


def _pre_page(seed: int, pre: str = "<pre>", newline: str = "\n") -> tuple[str, dict, list[int]]:
    """A page whose table of programmes by year (built from persons) is laid out in a ``<pre>``
    (opened by `pre`), in columns of spaces. Returns the page, the counts (by row, by period)
    and the HTML lines of the table's lines with figures."""
    from test_grids24 import ASKED, PERIODS, PROGRAMMES, caption, persons

    counts = persons("started", seed)
    rows = {f"{code}: {PROGRAMMES[code]}": counts.rows[code] for code in counts.rows}
    rows["Totaal"] = counts.totals
    table = [f"{'Opleiding':<64}" + "".join(f"{p:>8}" for p in PERIODS)]
    table += [f"{label:<64}" + "".join(f"{row[p]:>8}" for p in PERIODS) for label, row in rows.items()]
    lines = ["<html><head><style>.weg { display: none }</style></head><body>", *ASKED.rstrip("\n").split("\n"),
             f"<p>{caption('started')}</p>", pre, *table, "</pre>", "<p>Bron: VDAB.</p>", "</body></html>"]
    at = lines.index(pre)  # (0-based: the <pre> line; its table from the next)
    shown = {label.split(":")[0]: dict(row) for label, row in rows.items()}
    return newline.join(lines) + newline, shown, [at + 2 + k for k in range(len(table))]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_table_laid_out_in_a_pre_is_read(seed, newline):
    """Its lines and their spacing kept (before: run into one line, no table read, and the page
    passed with 0 errors)."""
    from test_hidden24 import _read

    text, shown, at = _pre_page(seed, newline=newline)
    answer, cells, found = _read(text)
    assert cells == {(key, p): v for key, row in shown.items() for p, v in row.items()}
    assert [c.line for t in answer.tables for c in t.cells if c.period == "2020"] == at[1:]
    assert not [f for f in found if f.severity != "info"]


@pytest.mark.parametrize("pre", ['<pre style="display:none">', "<pre hidden>", '<pre class="weg">',
                                 '<div class="weg"><pre>'])
def test_a_pre_the_page_hides_is_no_table_and_its_lines_with_figures_are_said(pre):
    """Before: dropped without a word. Its header line is its header (no row with figures), the
    table named by it at its own line, not at the caption's (messages26)."""
    from test_grids24 import PERIODS
    from test_hidden24 import _read

    text, shown, at = _pre_page(3, pre)
    if pre.startswith("<div"):
        text = text.replace("</pre>", "</pre></div>")
    answer, cells, found = _read(text)
    assert not cells and not answer.tables
    [said] = [f for f in found if f.rule == "column-not-checked"]
    # (its header, hidden with it, names the table at its own line: no row of figures — messages26)
    assert said.message.startswith(f'the table "Opleiding {" ".join(PERIODS)}" (line {at[0]}) has {len(at) - 1} rows')
    assert f"lines {', '.join(map(str, at[1:]))}, with figures" in said.message
    assert "'908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar' (" in said.message
    assert f"'Totaal' ({', '.join(f'{p}: {v}' for p, v in shown['Totaal'].items())})" in said.message
    assert "out of sight of the page's reader" in said.message


def test_words_hidden_in_a_pre_shown_are_none_of_its_text():
    from okot_audit.read.html import read_html

    text, _, _ = _pre_page(4)
    text = text.replace("Bron", "Bron").replace("<pre>", '<pre><span hidden>Vorige versie 1 2 3\n</span>')
    assert not any("Vorige" in line for line in read_html(text).lines)


# --- a cell spanning rows in a row the page hides -----------------------------------------------------


def _blocks_page(hidden_at: int, seeds=(5, 6)) -> tuple[str, dict]:
    """A page of two provinces' blocks (each a cell spanning its rows) of programmes by year, each
    block's counts built from persons, and a check row ``Controle`` the page hides in the first
    block at `hidden_at` (0: its first row, holding the province's cell; 1: inside its span).
    Returns the page and the counts shown, by (province, code, period)."""
    from test_grids24 import ASKED, PERIODS, PROGRAMMES, persons

    lines = ["<html><body>", *ASKED.rstrip("\n").split("\n"),
             "<p>Unieke cursisten met gestarte OKOT('s) per provincie - onderwijs</p>", "<table>",
             "<tr><th>Provincie</th><th>Opleiding</th>" + "".join(f"<th>{p}</th>" for p in PERIODS) + "</tr>"]
    shown: dict[tuple, int] = {}
    for b, (province, seed) in enumerate(zip(("Antwerpen", "Limburg"), seeds)):
        counts = persons("started", seed)
        rows = [(f"{code}: {PROGRAMMES[code]}", [counts.rows[code][p] for p in PERIODS], "") for code in counts.rows]
        for code in counts.rows:
            shown.update({(province, code, p): counts.rows[code][p] for p in PERIODS})
        if b == 0:
            rows.insert(hidden_at, ("Controle", [1] * len(PERIODS), ' style="display: none"'))
        for k, (label, values, hide) in enumerate(rows):
            head = f'<td rowspan="{len(rows)}">{province}</td>' if k == 0 else ""
            lines.append(f"<tr{hide}>{head}<td>{label}</td>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>")
    lines += ["</table>", "</body></html>"]
    return "\n".join(lines) + "\n", shown


@pytest.mark.parametrize("hidden_at", [0, 1])
def test_the_rows_a_hidden_rows_spanning_cell_spans_keep_their_block_and_columns(hidden_at):
    """Before: with the hidden row left out, its province's cell went with it (0) or spanned a row
    of the next block (1): the rows shown moved a column left or out of their block — their
    province lost, each programme read twice in one block (`duplicate-row` errors)."""
    from test_hidden24 import _read

    text, shown = _blocks_page(hidden_at)
    answer, _, found = _read(text)
    cells = {(c.province, c.code, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}
    assert cells == shown
    assert not [f for f in found if f.severity == "error"]  # (a warning: the table prints no total)
    [said] = [f for f in found if f.rule == "column-not-checked"]
    assert "with figures: 'Controle' (" in said.message


def test_a_figure_spanning_rows_from_a_hidden_row_is_said_with_it_and_its_place_kept():
    """A figure in a hidden row spanning rows shown (a check figure over its block) is no figure of
    theirs: said with the hidden row; the rows shown keep their columns."""
    from okot_audit.read.html import read_html

    text, _ = _blocks_page(0)
    spanning = '<td rowspan="4">Antwerpen</td><td>Controle</td>'
    source = read_html(text.replace(spanning, '<td rowspan="4">999</td><td>Controle</td>'))
    empty = read_html(text.replace(spanning, '<td rowspan="4"></td><td>Controle</td>'))
    assert source.lines == empty.lines and not any("999" in line for line in source.lines)
    assert [row.values for row in source.hidden_rows] == [("999", "1", "1")]
    header = next(line for line in source.lines if line.startswith("Provincie"))
    assert {line.index("908") for line in source.lines if "908" in line} == {header.index("Opleiding")}
