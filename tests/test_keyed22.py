"""Row keys and block structure, round 22: a block's key printed before a row's training code.

A pivot table in tabular form prints its outer row field's item on each of its rows, before the
programme's code (``Man 900123: Zorgkundige 10``, ``Zorg 900123: …``, ``-25 jaar 900123: …``).
Before, only a province there was read as the row's key: any other key stayed in the label, the
code was lost, and the code checks (unknown code, a code in the wrong sector's block) never ran on
the row — or, with ``-25 jaar``, the next row was glued to the row above (``… 1ste jaar 1 -25 jaar
…`` read as one label). Each test reads the table as text (single-spaced and laid out), as an
``.xlsx`` sheet, and as a PDF drawn with fpdf2 and the text the common extractors make of it.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from okot_audit.parse import read_text
from test_unseen_xlsx20 import A1, A2, TITLE, checks_of

HEAD = ("Vraag nr. 1 van 3 juni 2024", TITLE + " in 2022, per kenmerk en opleiding:")
UNKNOWN = "999999: Zorgkundige - 1ste jaar"  # (a code no catalogue knows)
TEACHER = "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar"
#: (plain ``pdftotext`` sets each cell of this borderless table as a paragraph of its own, out of
#: order: an ``unreadable-table`` error, the PDF reader's to mend, not a key's)
PDF_FORMS = ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"]


def _table(keys: tuple[str, str], second: str) -> list[tuple[str, str, int]]:
    """Two blocks of keyed rows: the first key's two care programmes, the second key's `second`
    programme; each block closed by ``Totaal <key>``, then ``Eindtotaal``."""
    first, other = keys
    return [(first, A1, 10), (first, A2, 12), (f"Totaal {first}", "", 22), (other, second, 4),
            (f"Totaal {other}", "", 4), ("Eindtotaal", "", 26)]


def _text(rows: list[tuple[str, str, int]], laid: bool) -> str:
    if laid:
        lines = ["Kenmerk".ljust(12) + "Opleiding".ljust(64) + "2022".rjust(8)]
        lines += [key.ljust(12) + label.ljust(64) + str(n).rjust(8) for key, label, n in rows]
    else:
        lines = ["Kenmerk Opleiding 2022"] + [" ".join(w for w in (key, label, str(n)) if w) for key, label, n in rows]
    return "\n\n".join(HEAD) + "\n\n" + "\n".join(lines) + "\n"


def _xlsx(rows: list[tuple[str, str, int]]):
    from test_unseen_xlsx20 import answer_of, sheet_of

    return answer_of(sheet_of([[TITLE], [], ["Kenmerk", "Opleiding", 2022],
                               *[[key, label or None, n] for key, label, n in rows]]))


@lru_cache(maxsize=None)
def _pdf(rows: tuple[tuple, ...], header: tuple[str, ...] = ("Kenmerk", "Opleiding", "2022"),
         widths: tuple[int, ...] = (28, 120, 18)) -> bytes:
    """`rows` under `header` set with fpdf2's table, columns `widths` mm wide: the words' columns
    left, the last column's figures right-aligned (by default: the key's column, the programme's,
    the figures)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    for line in HEAD:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    figures = sum(not any(ch.isalpha() for ch in h) for h in header)
    aligned = ("LEFT",) * (len(header) - figures) + ("RIGHT",) * figures
    with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", line_height=5, text_align=aligned,
                   borders_layout="NONE") as table:
        for values in (header, *rows):
            row = table.row()
            for value in values:
                row.cell(str(value))
    return bytes(pdf.output())


def _answer(form: str, rows: list[tuple[str, str, int]]):
    if form in ("text", "laid-out"):
        return read_text(_text(rows, form == "laid-out"), "answer.txt")
    if form == "xlsx":
        pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
        return _xlsx(rows)
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
    from generate.extract import read_form

    return read_form(_pdf(tuple(rows)), form)


def _rows(answer) -> list[tuple]:
    return [(c.level, c.block, c.code, c.label, c.count) for t in answer.tables for c in t.cells if c.level == "row"]


FORMS = ["text", "laid-out", "xlsx", *PDF_FORMS]
KEYS = {"gender": ("Man", "Vrouw"), "age": ("-25 jaar", "25-54 jaar"), "sector": ("Zorg", "Onderwijs")}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("keys", KEYS.values(), ids=KEYS.keys())
def test_a_key_before_a_code_is_the_rows_key_and_the_code_its_code(keys, form):
    """``Man 900123: Tweedekansonderwijs zorgkundige - 1ste jaar 10``: the row is block ``man``'s,
    its code ``900123``, its label the programme's name; an unknown code under the second key is
    reported as one (before: no code, the key in the label, no ``code-unknown``)."""
    answer = _answer(form, _table(keys, UNKNOWN))
    first, other = (" ".join(k.lower().split()) for k in keys)
    assert _rows(answer) == [
        ("row", first, "900123", "Tweedekansonderwijs zorgkundige - 1ste jaar", 10),
        ("row", first, "900611", "Professionele bachelor verpleegkunde - 1ste jaar", 12),
        ("row", other, "999999", "Zorgkundige - 1ste jaar", 4)]
    found = [(f[0], f[1]) for f in checks_of(answer) if f[1] in ("error", "warning")]
    assert found == [("code-unknown", "warning")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("keys", KEYS.values(), ids=KEYS.keys())
def test_keyed_rows_with_no_closing_lines_are_each_their_keys(keys, form):
    """A pivot with its subtotals switched off: ``Man 900123: … 10`` / ``Man 900611: … 12`` /
    ``Vrouw 900123: … 3`` / ``Eindtotaal 24``. Each row is its key's, as a province before a code
    makes it — no ``900123`` of ``Vrouw`` a duplicate of ``Man``'s."""
    first, other = keys
    rows = [(first, A1, 10), (first, A2, 12), (other, A1, 3), ("Eindtotaal", "", 24)]
    answer = _answer(form, rows)
    names = [" ".join(k.lower().split()) for k in keys]
    assert [(c[1], c[2], c[4]) for c in _rows(answer)] == [
        (names[0], "900123", 10), (names[0], "900611", 12), (names[1], "900123", 3)]
    found = [f[0] for f in checks_of(answer) if f[1] in ("error", "warning")]
    # a care code in the education block is outside it (welfare is no sector of its own in VDAB's
    # catalogue — `schemas/sectors.csv` — so a care code under `Welzijn` could not be told apart)
    assert found == (["code-outside-sector"] if other == "Onderwijs" else [])


@pytest.mark.parametrize("form", FORMS)
def test_a_code_in_another_sectors_keyed_block_is_an_error(form):
    """``Zorg 908001: Educatieve bachelor …``: a teacher-training code in the care sector's block,
    its key printed before its code, is ``code-outside-sector`` (before: not seen)."""
    rows = [("Zorg", A1, 10), ("Zorg", TEACHER, 12), ("Totaal Zorg", "", 22), ("Onderwijs", TEACHER, 4),
            ("Totaal Onderwijs", "", 4), ("Eindtotaal", "", 26)]
    answer = _answer(form, rows)
    assert [(c[1], c[2]) for c in _rows(answer)] == [("zorg", "900123"), ("zorg", "908001"), ("onderwijs", "908001")]
    errors = [(f[0], f[2]) for f in checks_of(answer) if f[1] == "error"]
    assert [rule for rule, _ in errors] == ["code-outside-sector"]


@pytest.mark.parametrize("form", ["text", "laid-out", "xlsx"])
def test_rows_of_a_minus_age_key_counting_one_stay_rows_of_their_own(form):
    """``-25 jaar 900123: … 1ste jaar 1`` over ``-25 jaar 900611: …``: two rows, not one label
    ``… 1ste jaar 1 -25 jaar …`` (a range) counting the second row's figure."""
    rows = [("-25 jaar", A1, 1), ("-25 jaar", A2, 1), ("Totaal -25 jaar", "", 2), ("25-54 jaar", A1, 3),
            ("Totaal 25-54 jaar", "", 3), ("Eindtotaal", "", 5)]
    answer = _answer(form, rows)
    assert [(c[0], c[1], c[2], c[4]) for c in _rows(answer)] == [
        ("row", "-25 jaar", "900123", 1), ("row", "-25 jaar", "900611", 1), ("row", "25-54 jaar", "900123", 3)]
    assert [f for f in checks_of(answer) if f[1] in ("error", "warning")] == []


# 3. A programme's name alone on a line over rows that each name one of its stages.

STAGED = {"Graduaat orthopedagogie": [("1ste jaar", 50, 60), ("2de jaar", 30, 35)],
          "Bachelor in de verpleegkunde": [("1ste jaar", 40, 45), ("2de jaar", 20, 25), ("3de jaar", 10, 12)]}


def _staged(form: str, total: tuple[int, int]):
    """`STAGED` as a table of 2021 and 2022: each programme's name alone on its line, its stages
    below it, no subtotal; then the table's ``Totaal``."""
    rows: list[tuple] = []
    for name, stages in STAGED.items():
        rows += [(name, "", ""), *stages]
    rows.append(("Totaal", *total))
    if form in ("text", "laid-out"):
        def line(label, *figures) -> str:
            shown = [str(f) for f in figures if f != ""]
            return (label.ljust(48) + "".join(f.rjust(8) for f in shown)) if form == "laid-out" else " ".join([label, *shown])
        text = "\n\n".join(HEAD) + "\n\n" + "\n".join([line("Opleiding", 2021, 2022), *(line(*r) for r in rows)]) + "\n"
        return read_text(text, "answer.txt")
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
    from generate.extract import read_form

    return read_form(_pdf(tuple(rows), ("Opleiding", "2021", "2022"), (90, 18, 18)), form)


@pytest.mark.parametrize("form", ["text", "laid-out", *PDF_FORMS])
def test_a_programmes_name_over_its_stages_heads_their_block(form):
    """``Graduaat orthopedagogie`` / ``1ste jaar 50 60`` / ``2de jaar 30 35`` / ``Bachelor in de
    verpleegkunde`` / ``1ste jaar 40 45`` …: each stage is a row of its programme's block, its
    label the programme's year. Before, the name was glued to the first stage's label only, and
    the second programme's ``2de jaar`` was a false ``duplicate-row`` error of the first's."""
    answer = _staged(form, (148, 170))
    expected = [(name.lower(), f"{name} - {stage}", a, b) for name, stages in STAGED.items() for stage, a, b in stages]
    got = {}
    for t in answer.tables:
        for c in t.cells:
            if c.level == "row":
                got.setdefault((c.block, c.label), []).append(c.count)
    assert [(block, label, *counts) for (block, label), counts in got.items()] == expected
    assert [f for f in checks_of(answer) if f[1] in ("error", "warning")] == []
    wrong = [(f[0], f[3]) for f in checks_of(_staged(form, (160, 170))) if f[1] == "error"]
    assert wrong == [("total-exceeds-parts", "2021")]  # (the rows of 2021 sum to 150)


# 4. A block's subtotal printed above its rows.

A3 = "900124: Tweedekansonderwijs zorgkundige - tweede jaar"
OPENED = {"provinces": {"Antwerpen": [(A1, 70, 80), (A2, 55, 50)], "Limburg": [(A1, 25, 30), (A3, 15, 15)]},
          "sectors": {"Zorg": [(A1, 70, 80), (A2, 55, 50)], "Onderwijs": [(TEACHER, 25, 30)]}}


def _opened(form: str, blocks: dict, totals: dict[str, tuple[int, int]], grand: tuple[int, int] | None):
    """`blocks` as a table of 2021 and 2022, each block's ``Totaal <name>`` (`totals`) first,
    then its rows; then the ``Eindtotaal`` `grand`, when given."""
    rows: list[tuple] = []
    for name, items in blocks.items():
        rows += [(f"Totaal {name}", *totals[name]), *items]
    if grand is not None:
        rows.append(("Eindtotaal", *grand))
    if form in ("text", "laid-out"):
        def line(label, *figures) -> str:
            return (label.ljust(64) + "".join(str(f).rjust(8) for f in figures)) if form == "laid-out" else \
                " ".join([label, *map(str, figures)])
        text = "\n\n".join(HEAD) + "\n\n" + "\n".join([line("Opleiding", 2021, 2022), *(line(*r) for r in rows)]) + "\n"
        return read_text(text, "answer.txt")
    pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")
    from generate.extract import read_form

    return read_form(_pdf(tuple(rows), ("Opleiding", "2021", "2022"), (120, 18, 18)), form)


def _levels(answer) -> list[tuple]:
    return [(c.level, c.province or c.block, c.code, c.period, c.count) for t in answer.tables for c in t.cells]


@pytest.mark.parametrize("form", ["text", "laid-out", *PDF_FORMS])
@pytest.mark.parametrize("grand", [True, False], ids=["grand-total", "no-grand-total"])
@pytest.mark.parametrize("kind", OPENED)
def test_a_blocks_total_printed_above_its_rows_totals_the_rows_below_it(kind, grand, form):
    """``Totaal Antwerpen 120 130`` over Antwerpen's rows, then ``Totaal Limburg 40 45`` over
    Limburg's, then ``Eindtotaal``: each subtotal totals the rows below it. Before, the first
    totalled no row and the second the first block's rows — false ``total-below-largest-part``
    errors, and the last block's rows under no total."""
    blocks = OPENED[kind]
    sums = {name: tuple(sum(r[i] for r in items) for i in (1, 2)) for name, items in blocks.items()}
    # (two persons in two rows of each block of two rows in 2021)
    totals = {name: (a - 2 * (len(blocks[name]) > 1), b) for name, (a, b) in sums.items()}
    answer = _opened(form, blocks, totals, (sum(a for a, _ in totals.values()), sum(b for _, b in totals.values())) if grand else None)
    province = kind == "provinces"
    expected = []
    for name, items in blocks.items():
        key = name if province else name.lower()
        expected += [("subtotal", key, None, p, n) for p, n in zip(("2021", "2022"), totals[name])]
        expected += [("row", key, code[:6], p, n) for code, *figures in items for p, n in zip(("2021", "2022"), figures)]
    if grand:
        expected += [("total", None, None, p, sum(t[i] for t in totals.values())) for i, p in enumerate(("2021", "2022"))]
    assert _levels(answer) == expected
    # (without a grand total, as with the blocks' totals below their rows: no total of the table)
    assert [f[0] for f in checks_of(answer) if f[1] in ("error", "warning")] == ([] if grand else ["total-missing"])
    duplicates = [(f[3], f[6]) for f in checks_of(answer) if f[0] == "parts-exceed-total"]
    assert duplicates == [("2021", 2)] * sum(len(items) > 1 for items in blocks.values())


@pytest.mark.parametrize("form", ["text", "laid-out", "pdf"])
def test_a_wrong_total_above_its_rows_is_an_error_at_its_line(form):
    """The second block's total below its largest row: ``total-below-largest-part`` on that
    total, over the rows below it."""
    blocks = OPENED["provinces"]
    answer = _opened(form, blocks, {"Antwerpen": (123, 130), "Limburg": (20, 45)}, None)
    errors = [(f[0], f[3], f[4], f[5]) for f in checks_of(answer) if f[1] == "error"]
    assert errors == [("total-below-largest-part", "2021", 20, 25)]
