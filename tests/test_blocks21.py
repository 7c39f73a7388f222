"""A block's key of any kind — a category of persons, an age class — in a column of its own
beside the block's rows (a pivot table in tabular form: ``Man | 900123: … | 10`` on each row,
closed by ``Man Totaal`` or ``Totaal Man``), read as a block as a province in that place is
(round 21). Before, the closing line was a row (``Man Totaal``) or the table's total, and the
blocks gave false ``parts-exceed-total`` / ``total-below-largest-part`` errors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okot_audit.parse import read_text

pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")

from test_unseen_xlsx20 import A1, A2, TITLE, answer_in, checks_of  # noqa: E402

AGES = ("-25 jaar", "25-54 jaar", "55+ jaar")


def _keyed(labels: tuple[str, ...], counts: dict[str, list[int]], closing: str, grand: int | None = None) -> list[list]:
    """A tabular pivot: each block's key on each of its rows, then its closing line."""
    rows: list[list] = [[TITLE], [], ["Geslacht", "Opleiding", 2022]]
    for key, figures in counts.items():
        rows += [[key, label, n] for label, n in zip(labels, figures)]
        rows.append([closing.format(key=key), None, sum(figures)])
    if grand is not None:
        rows.append(["Eindtotaal", None, grand])
    return rows


def _blocks(answer) -> list[tuple]:
    return [(c.level, c.block, c.count) for t in answer.tables for c in t.cells]


@pytest.mark.parametrize("form", ["xlsx", "text"])
@pytest.mark.parametrize("closing", ["{key} Totaal", "Totaal {key}"])
@pytest.mark.parametrize("labels", [(A1, A2), AGES], ids=["codes", "ages"])
def test_gender_keys_beside_the_rows_are_blocks(form, closing, labels):
    counts = {"Man": [10, 20, 3][:len(labels)], "Vrouw": [5, 7, 4][:len(labels)]}
    total = sum(map(sum, counts.values()))
    answer = answer_in(form, _keyed(labels, counts, closing, total))
    expected = [("row", key.lower(), n) for key, figures in counts.items() for n in figures]
    cells = _blocks(answer)
    assert [c for c in cells if c[0] == "row"] == expected
    assert [c for c in cells if c[0] != "row"] == [
        ("subtotal", "man", sum(counts["Man"])), ("subtotal", "vrouw", sum(counts["Vrouw"])), ("total", None, total)]
    assert [f for f in checks_of(answer) if f[1] in ("error", "warning")] == []


@pytest.mark.parametrize("form", ["xlsx", "text"])
def test_a_keyed_blocks_wrong_subtotal_is_still_an_error(form):
    rows = _keyed((A1, A2), {"Man": [10, 20], "Vrouw": [5, 7]}, "Totaal {key}", 42)
    rows[5][2] = 3  # Totaal Man below its largest row
    found = [(f[0], f[2]) for f in checks_of(answer_in(form, rows)) if f[1] == "error"]
    assert ("total-below-largest-part", 6) in found


def test_a_total_whose_name_no_row_above_starts_with_stays_the_total():
    """``Totaal vrouwen`` under ``Mannen`` / ``Vrouwen`` rows (no label after the key): the
    table's total, no block."""
    answer = read_text("Aantal unieke cursisten in 2022:\n\nGeslacht 2022\nMannen 10\nVrouwen 5\nTotaal vrouwen 5\n", "a.txt")
    assert ("subtotal" not in [c.level for t in answer.tables for c in t.cells])


AGE_BLOCKS = {"Man": [10, 20, 3], "Vrouw": [11, 21, 4]}
HEAD = "Vraag nr. 1 van 3 juni 2024\n\nAantal unieke cursisten die in 2022 een OKOT startten:\n\nLeeftijd 2022\n"


def _headed_text(counts: dict[str, list[int]], grand: str | None, total: int) -> str:
    """Each block's key alone on a line above its age classes, each block closed by a bare
    ``Totaal``, then maybe the grand total."""
    lines = []
    for key, figures in counts.items():
        lines += [key, *[f"{age} {n}" for age, n in zip(AGES, figures)], f"Totaal {sum(figures)}"]
    return HEAD + "\n".join(lines + ([f"{grand} {total}"] if grand else [])) + "\n"


@pytest.mark.parametrize("grand", ["Eindtotaal", "Algemeen totaal"])
def test_bare_totals_of_headed_blocks_above_a_grand_total_close_their_blocks(grand):
    """``Man`` / ages / ``Totaal`` / ``Vrouw`` / ages / ``Totaal`` / ``Eindtotaal``: each bare
    ``Totaal`` closes the block its head names, the grand total is over the blocks. Before, each
    block was a table of its own and ``Eindtotaal`` was checked against the last ``Totaal``
    alone: a false ``total-exceeds-parts`` error."""
    total = sum(map(sum, AGE_BLOCKS.values()))
    answer = read_text(_headed_text(AGE_BLOCKS, grand, total), "a.txt")
    assert _blocks(answer) == [
        *[("row", "man", n) for n in AGE_BLOCKS["Man"]], ("subtotal", "man", 33),
        *[("row", "vrouw", n) for n in AGE_BLOCKS["Vrouw"]], ("subtotal", "vrouw", 36), ("total", None, total)]
    assert [f for f in checks_of(answer) if f[1] in ("error", "warning")] == []
    wrong = read_text(_headed_text(AGE_BLOCKS, grand, total + 5), "a.txt")
    assert [f[0] for f in checks_of(wrong) if f[1] == "error"] == ["total-exceeds-parts"]


def test_bare_totals_of_headed_blocks_without_a_grand_total_stay_a_table_each():
    """Without a grand total below them, each block's ``Totaal`` stays its table's total."""
    answer = read_text(_headed_text(AGE_BLOCKS, None, 0), "a.txt")
    assert [[(c.level, c.count) for c in t.cells if c.level != "row"] for t in answer.tables] == [
        [("total", 33)], [("total", 36)]]


def _html(blocks: dict[str, list[tuple[str, int]]], header: tuple[str, str], grand: int | None) -> str:
    """An HTML answer whose table's first cell spans each block's rows (``rowspan``), the last
    of them the block's bare ``Totaal``."""
    rows = [f"<tr><th>{header[0]}</th><th>{header[1]}</th><th>2022</th></tr>"]
    for key, items in blocks.items():
        body = [*items, ("Totaal", sum(n for _, n in items))]
        for i, (label, n) in enumerate(body):
            lead = f'<td rowspan="{len(body)}">{key}</td>' if i == 0 else ""
            rows.append(f"<tr>{lead}<td>{label}</td><td>{n}</td></tr>")
    if grand is not None:
        rows.append(f'<tr><td colspan="2">Eindtotaal</td><td>{grand}</td></tr>')
    return ("<html><body><p>Vraag nr. 1 van 3 juni 2024</p><p>Aantal unieke cursisten die in 2022 een OKOT "
            "startten</p>\n<table>\n" + "\n".join(rows) + "\n</table></body></html>")


HTML_BLOCKS = {
    "gender-over-ages": (("Geslacht", "Leeftijd"), {"Man": list(zip(AGES, [10, 20, 3])), "Vrouw": list(zip(AGES, [11, 21, 4]))}),
    "sectors-over-codes": (("Sector", "Opleiding"), {"Zorg": [(A1, 10), (A2, 20)], "Onderwijs": [("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", 5)]}),
}


@pytest.mark.parametrize("header, blocks", HTML_BLOCKS.values(), ids=HTML_BLOCKS.keys())
def test_a_rowspan_key_over_its_block_is_the_blocks_head(header, blocks):
    """A first cell spanning its block's rows (``rowspan``), each block closed by a bare
    ``Totaal``, then ``Eindtotaal``: one table of blocks, each ``Totaal`` its block's subtotal.
    Before, the key was glued to the first row's label, the second block's rows were
    ``duplicate-row`` errors and its ``Totaal`` was read as the table's total."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    grand = sum(n for items in blocks.values() for _, n in items)
    answer = parse_answer(source_from_bytes(_html(blocks, header, grand).encode(), "answer.html"))
    cells = [(c.level, c.block, c.code or c.label, c.count) for t in answer.tables for c in t.cells]
    expected = []
    for key, items in blocks.items():
        expected += [("row", key.lower(), label[:6] if label[:6].isdigit() else label, n) for label, n in items]
        expected.append(("subtotal", key.lower(), "Totaal", sum(n for _, n in items)))
    assert cells == [*expected, ("total", None, "Eindtotaal", grand)]
    assert [f for f in checks_of(answer) if f[1] in ("error", "warning")] == []
    wrong = parse_answer(source_from_bytes(_html(blocks, header, grand + 3).encode(), "answer.html"))
    assert [f[0] for f in checks_of(wrong) if f[1] == "error"] == ["total-exceeds-parts"]


TEACHER = "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar"
TEXT_BLOCKS = {
    "gender-over-ages": {"Man": list(zip(AGES, [10, 20, 3])), "Vrouw": list(zip(AGES, [11, 21, 4]))},
    "sectors-over-codes": {"Zorg": [(A1, 10), (A2, 20)], "Onderwijs": [(TEACHER, 5)]},
    "provinces-over-codes": {"Antwerpen": [(A1, 10), (A2, 20)], "Limburg": [(TEACHER, 5)]},
}


@pytest.mark.parametrize("laid", [False, True], ids=["single-spaced", "laid-out"])
@pytest.mark.parametrize("blocks", TEXT_BLOCKS.values(), ids=TEXT_BLOCKS.keys())
def test_bare_totals_of_blocks_of_any_key_above_a_grand_total(blocks, laid):
    """Provinces, sectors and categories of persons alike: ``Key`` / rows / ``Totaal`` … then
    ``Eindtotaal``. Before, gender blocks gave a false ``total-exceeds-parts`` error, province
    blocks an ``unreadable-table`` error below the first block's ``Totaal``."""
    def line(label: str, n: int) -> str:
        return label.ljust(64) + str(n).rjust(8) if laid else f"{label} {n}"
    lines = ["Opleiding".ljust(64) + "2022".rjust(8) if laid else "Opleiding 2022"]
    for key, items in blocks.items():
        lines += [key, *[line(label, n) for label, n in items], line("Totaal", sum(n for _, n in items))]
    grand = sum(n for items in blocks.values() for _, n in items)
    text = HEAD.replace("Leeftijd 2022\n", "") + "\n".join([*lines, line("Eindtotaal", grand)]) + "\n"
    answer = read_text(text, "a.txt")
    [table] = answer.tables
    province = "Antwerpen" in blocks
    expected = []
    for key, items in blocks.items():
        name = key if province else key.lower()
        expected += [("row", name, n) for _, n in items] + [("subtotal", name, sum(n for _, n in items))]
    assert [(c.level, c.province if province else c.block, c.count) for c in table.cells] == [
        *expected, ("total", None, grand)]
    assert [f for f in checks_of(answer) if f[1] in ("error", "warning")] == []


KEYS = {"gender": ("Man", "Vrouw"), "age": ("-25 jaar", "18-24 jaar", "25-54 jaar", "55+ jaar"), "sector": ("Zorg", "Onderwijs")}
PROGRAMMES = (A1, A2, "900124: Tweedekansonderwijs zorgkundige - tweede jaar")
#: A sector's block holds its own sector's programmes (a code in another sector's block is an
#: error, ``code-outside-sector``, now that the key before a code is read as the row's key).
SECTOR_PROGRAMMES = {"Onderwijs": (TEACHER, "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar",
                                   "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar")}


@st.composite
def keyed_pivots(draw):
    """Persons, each with one key (a gender, an age class, a sector) and one or two programmes;
    a row counts the persons of its key in its programme, a block's closing line the persons
    of its key, the grand total all persons."""
    keys = KEYS[draw(st.sampled_from(sorted(KEYS)))]
    persons = draw(st.lists(st.tuples(st.sampled_from(keys), st.sets(st.sampled_from(range(len(PROGRAMMES))), min_size=1, max_size=2)),
                            min_size=1, max_size=60))
    closing = draw(st.sampled_from(["{key} Totaal", "Totaal {key}"]))
    rows: list[list] = [[TITLE], [], ["Kenmerk", "Opleiding", 2022]]
    expected: list[tuple] = []
    for key in keys:
        mine = [programmes for k, programmes in persons if k == key]
        if not mine:
            continue
        for i, programme in enumerate(SECTOR_PROGRAMMES.get(key, PROGRAMMES)):
            n = sum(i in programmes for programmes in mine)
            if n:
                rows.append([key, programme, n])
                expected.append(("row", key.lower(), n))
        rows.append([closing.format(key=key), None, len(mine)])
        expected.append(("subtotal", key.lower(), len(mine)))
    rows.append(["Eindtotaal", None, len(persons)])
    return rows, [*expected, ("total", None, len(persons))]


@settings(max_examples=40, deadline=None)
@given(keyed_pivots(), st.sampled_from(["xlsx", "text"]))
def test_tabular_pivots_keyed_by_any_attribute_read_as_blocks(pivot, form):
    """Built from persons: each key's rows are a block, its closing line the block's subtotal
    of unique persons, the grand total their partition; no error, no warning."""
    rows, expected = pivot
    answer = answer_in(form, rows)
    assert _blocks(answer) == expected
    assert [f for f in checks_of(answer) if f[1] in ("error", "warning")] == []


def test_a_minus_age_key_below_a_count_of_one_starts_a_row_of_its_own():
    """Found by the property above with ``-25 jaar`` as a key: the second row was glued to the
    first (``… 1ste jaar 1 -25 jaar …`` read as a range); the key before a code starts a coded row
    (round 22)."""
    rows = [[TITLE], [], ["Kenmerk", "Opleiding", 2022], ["-25 jaar", A1, 1], ["-25 jaar", A2, 1],
            ["-25 jaar Totaal", None, 1], ["Eindtotaal", None, 1]]
    assert _blocks(answer_in("xlsx", rows)) == [
        ("row", "-25 jaar", 1), ("row", "-25 jaar", 1), ("subtotal", "-25 jaar", 1), ("total", None, 1)]
