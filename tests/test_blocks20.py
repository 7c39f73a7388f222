"""Blocks headed by a line of their own, counts printed with their shares, and ``waarvan`` lines
between rows (round 20), in single-spaced and laid-out text alike.

- A block's name alone on its line — a category of persons (``Mannen`` / age classes /
  ``Vrouwen`` / age classes), a sector (``Zorg`` / programmes / ``Onderwijs`` / programmes) or a
  province (``Antwerpen`` / codes / ``Limburg`` / codes) — heads the rows below it up to the
  next head, under one grand ``Totaal`` and no subtotal per block. Before, the rows of the second
  block were ``duplicate-row`` errors (the same age class, the same code "twice"), a sector's
  name was glued to the label of the row above it (``… 1ste jaar Onderwijs``: a false
  ``label-mismatch``), and laid out, a province's or a sector's name was glued to a row's label.
- A count printed with its share in brackets (``-25 jaar 120 (30%)``, ``Man 1.234 (45,2%)``)
  is a count; the share is a derived figure, reported as not checked. Before, the table was not
  read at all (no finding: a silent loss) or was an ``unreadable-table`` error.
- ``waarvan vrouwen 52 (52%)`` between two rows is a subset of the row above it, checked
  against it. Before, its figures were a ``stray-number`` warning.

Tables are built from persons: each person has one value of each attribute, the counts are
how many persons have each pair of values, so a partition's total is the number of persons.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from okot_audit import audit, read_text

HEAD = ("Vraag nr. 250 van 3 juni 2024\nOKOT - profiel\n\nAntwoord\n\n"
        "1. Het aantal unieke cursisten dat in 2023 een OKOT startte:\n\n")
TAIL = "\n2. Andere vraag zonder tabel.\n"
LAID = pytest.mark.parametrize("laid", [False, True], ids=["single-spaced", "laid-out"])

GENDERS = ("Mannen", "Vrouwen")
EDUCATION = ("Laaggeschoold", "Middengeschoold", "Hooggeschoold")
AGES = ("-25 jaar", "25-54 jaar", "55+ jaar")


def _dutch(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _text(header: str, lines: list[tuple[str, list[str]] | str], laid: bool, width: int = 44) -> str:
    """An answer whose table prints `header`'s words then its periods, and `lines`: a block's
    head (a string alone) or a row (label, cells)."""
    words, periods = header
    def line(label: str, cells: list[str]) -> str:
        if laid:
            return label.ljust(width) + "".join(c.rjust(16) for c in cells)
        return " ".join([label, *cells])
    out = [line(words, list(periods))]
    out += [item if isinstance(item, str) else line(*item) for item in lines]
    return HEAD + "\n".join(out) + "\n" + TAIL


def _found(answer, *severities: str) -> list[tuple]:
    return [(f.rule, f.line) for f in audit(answer).findings if f.severity in severities]


@st.composite
def _profiles(draw):
    """Persons, each with a value of the blocks' attribute and one of the rows' (and a period
    they started in): the counts of each pair of values per period."""
    heads = draw(st.sampled_from([GENDERS, EDUCATION]))
    rows = AGES
    periods = draw(st.sampled_from([["2022"], ["2022", "2023"], ["2021", "2022", "2023"]]))
    persons = [(p, h, r) for p in periods for h in heads for r in rows]  # every pair at least once
    extra = draw(st.lists(st.tuples(st.sampled_from(periods), st.sampled_from(heads), st.sampled_from(rows)),
                          max_size=400))
    counts = Counter(persons + extra)
    laid = draw(st.booleans())
    return heads, rows, periods, counts, laid


@given(_profiles())
def test_blocks_headed_by_a_category_under_one_grand_total(profile):
    """``Mannen`` / age classes / ``Vrouwen`` / age classes / ``Totaal``: each age class once
    per block (no duplicate), each row in its block, the grand total checked as the partition of
    the persons it is (equal to the sum of every block's rows)."""
    heads, rows, periods, counts, laid = profile
    lines: list = []
    for head in heads:
        lines.append(head)
        lines += [(row, [str(counts[p, head, row]) for p in periods]) for row in rows]
    totals = Counter(p for (p, _, _), n in counts.items() for _ in range(n))
    lines.append(("Totaal", [_dutch(totals[p]) for p in periods]))
    answer = read_text(_text(("Leeftijd", periods), lines, laid))
    [table] = answer.tables
    assert {(c.level, c.block, c.label, c.period, c.count) for c in table.cells} == {
        ("row", head.lower(), row, p, counts[p, head, row]) for head in heads for row in rows for p in periods
    } | {("total", None, "Totaal", p, totals[p]) for p in periods}
    assert {c.semantics for c in table.cells if c.level == "total"} == {"additive"}
    assert _found(answer, "error", "warning") == []


def _gender_blocks(laid: bool, total: str = "960", repeat: str = "55+ jaar") -> str:
    return _text(("Leeftijd", ["2023"]), [
        "Mannen", ("-25 jaar", ["120"]), ("25-54 jaar", ["300"]), ("55+ jaar", ["20"]),
        "Vrouwen", ("-25 jaar", ["140"]), ("25-54 jaar", ["350"]), (repeat, ["30"]),
        ("Totaal", [total]),
    ], laid)


@LAID
def test_a_category_twice_in_one_headed_block_is_still_a_duplicate(laid):
    answer = read_text(_gender_blocks(laid, repeat="-25 jaar"))
    assert _found(answer, "error", "warning") == [("duplicate-row", 16)]


@LAID
def test_the_grand_total_over_headed_blocks_is_their_rows_partition(laid):
    answer = read_text(_gender_blocks(laid, total="961"))
    assert _found(answer, "error", "warning") == [("total-exceeds-parts", 17)]
    assert _found(read_text(_gender_blocks(laid)), "error", "warning", "info") == []


@LAID
def test_a_lone_category_among_rows_of_its_own_attribute_heads_no_block(laid):
    """``Man`` without figures among gender rows is a row whose figures were lost, no block's
    head: the table keeps no blocks."""
    text = _text(("Geslacht", ["2023"]), [
        "Man", ("Vrouw", ["140"]), "Man", ("Vrouw", ["150"]), ("Totaal", ["290"])], laid)
    [table] = read_text(text).tables
    assert table.layout.blocks is None


SECTOR_ROWS = [
    "Zorg",
    ("900611: Professionele bachelor verpleegkunde - 1ste jaar", ["59", "61"]),
    ("900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar", ["127", "130"]),
    "Onderwijs",
    ("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", ["50", "71"]),
    ("908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar", ["40", "41"]),
    ("Totaal", ["270", "300"]),
]


@LAID
@pytest.mark.parametrize("keyed", [True, False], ids=["codes", "programmes"])
def test_sector_blocks_headed_by_their_name(laid, keyed):
    """Each row in its sector's block, each label its own (``Onderwijs`` was the end of the row
    above's label: a false ``label-mismatch``); laid out, no sector's name glued to a label."""
    rows = [row if isinstance(row, str) or keyed else (row[0].split(": ")[-1], row[1]) for row in SECTOR_ROWS]
    answer = read_text(_text(("Opleiding", ["2022", "2023"]), rows, laid, width=64))
    [table] = answer.tables
    assert table.layout.blocks == "sector"
    labels = [row[0].split(": ")[-1] for row in SECTOR_ROWS[1:3] + SECTOR_ROWS[4:6]]
    assert sorted((c.block, c.label) for c in table.cells if c.level == "row" and c.period == "2022") == sorted(
        zip(["zorg", "zorg", "onderwijs", "onderwijs"], labels))
    assert _found(answer, "error", "warning") == []


@LAID
def test_a_code_in_the_wrong_headed_sector_block_is_outside_its_sector(laid):
    rows = [SECTOR_ROWS[0], SECTOR_ROWS[1], SECTOR_ROWS[4], SECTOR_ROWS[3], SECTOR_ROWS[2], SECTOR_ROWS[5],
            SECTOR_ROWS[6]]  # 908001 under Zorg, 900711 under Onderwijs
    answer = read_text(_text(("Opleiding", ["2022", "2023"]), rows, laid, width=64))
    assert _found(answer, "error", "warning") == [("code-outside-sector", 11), ("code-outside-sector", 13)]


@LAID
def test_province_blocks_headed_by_their_name_laid_out_too(laid):
    """Laid out, ``Limburg`` alone above its rows was glued to the label of the row above it:
    the codes of its block were ``duplicate-row`` errors and the label a ``label-mismatch``."""
    rows = ["Antwerpen", ("900611: Professionele bachelor verpleegkunde - 1ste jaar", ["59", "61"]),
            ("900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar", ["127", "130"]),
            "Limburg", ("900611: Professionele bachelor verpleegkunde - 1ste jaar", ["50", "71"]),
            ("900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar", ["40", "41"]),
            ("Eindtotaal", ["270", "300"])]
    answer = read_text(_text(("Provincie Opleiding", ["2022", "2023"]), rows, laid, width=64))
    [table] = answer.tables
    assert sorted({(c.province, c.code, c.label) for c in table.cells if c.level == "row"}) == [
        (p, code, label) for p in ("Antwerpen", "Limburg") for code, label in (
            ("900611", "Professionele bachelor verpleegkunde - 1ste jaar"),
            ("900711", "Hoger beroepsonderwijs verpleegkunde - 1ste jaar"))]
    assert _found(answer, "error", "warning") == []


@LAID
def test_a_grand_total_above_headed_blocks_keeps_its_own_label(laid):
    """Laid out, ``Antwerpen`` alone below ``Eindtotaal  265  290`` was read as the total's label
    (``Eindtotaal Antwerpen``)."""
    rows = [("Eindtotaal", ["265", "290"]), "Antwerpen",
            ("900611: Professionele bachelor verpleegkunde - 1ste jaar", ["59", "61"]),
            ("900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar", ["127", "130"]),
            ("Totaal Antwerpen", ["180", "185"]), "Limburg",
            ("900611: Professionele bachelor verpleegkunde - 1ste jaar", ["50", "71"]),
            ("900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar", ["40", "41"]),
            ("Totaal Limburg", ["88", "110"])]
    answer = read_text(_text(("Provincie Opleiding", ["2022", "2023"]), rows, laid, width=64))
    [table] = answer.tables
    assert {c.label for c in table.cells if c.level == "total"} == {"Eindtotaal"}
    assert {(c.province, c.label) for c in table.cells if c.level == "subtotal"} == {
        ("Antwerpen", "Totaal Antwerpen"), ("Limburg", "Totaal Limburg")}
    assert _found(answer, "error", "warning") == []


def _share(n: int, total: int) -> str:
    return f"({n * 100 / total:.1f}%)".replace(".", ",")


@given(st.lists(st.sampled_from(AGES), min_size=3, max_size=3000), st.booleans(), st.booleans())
def test_a_profile_of_counts_with_their_shares(persons, laid, two_periods):
    """Each person has one age class: the counts and their shares of the total, printed
    ``120 (30,0%)``. The counts are the cells, the total their sum; the shares one
    ``column-not-checked`` info, never lost."""
    persons = list(AGES) + persons  # every class at least once
    periods = ["2022", "2023"] if two_periods else ["Aantal"]
    counts = Counter(persons)
    total = len(persons)
    rows = [(age, [f"{_dutch(counts[age])} {_share(counts[age], total)}"] * len(periods)) for age in AGES]
    rows.append(("Totaal", [_dutch(total)] * len(periods)))
    answer = read_text(_text(("Leeftijd", periods), rows, laid))
    [table] = answer.tables
    years = ["2023"] if periods == ["Aantal"] else periods  # (one column: the year the prose names)
    assert {(c.level, c.label, c.count) for c in table.cells} == {
        ("row", age, counts[age]) for age in AGES} | {("total", "Totaal", total)}
    assert len(table.cells) == 4 * len(periods) and {c.period for c in table.cells} == set(years)
    assert [(f.rule, f.line) for f in audit(answer).findings] == [("column-not-checked", 9)]


def test_a_profile_of_counts_with_their_shares_not_only_in_the_prose_year():
    """Regression of the two cases that were lost: one column (no table read, no finding) and
    periods (``unreadable-table``)."""
    one = _text(("Leeftijd", ["Aantal"]), [("-25 jaar", ["120 (30%)"]), ("25-54 jaar", ["250 (62,5%)"]),
                                           ("55+ jaar", ["30 (7,5%)"]), ("Totaal", ["400 (100%)"])], False)
    two = _text(("Geslacht", ["2022", "2023"]), [("Man", ["1.234 (45,2%)", "1.300 (46,0%)"]),
                                                 ("Vrouw", ["1.496 (54,8 %)", "1.526 (54,0 %)"]),
                                                 ("Totaal", ["2.730", "2.826"])], False)
    for text, want in ((one, {("-25 jaar", 120), ("25-54 jaar", 250), ("55+ jaar", 30), ("Totaal", 400)}),
                       (two, {("Man", 1234), ("Man", 1300), ("Vrouw", 1496), ("Vrouw", 1526), ("Totaal", 2730),
                              ("Totaal", 2826)})):
        answer = read_text(text)
        assert {(c.label, c.count) for t in answer.tables for c in t.cells} == want
        assert [f.rule for f in audit(answer).findings] == ["column-not-checked"]


def _waarvan(laid: bool, women: str) -> str:
    return _text(("Provincie", ["2022", "2023"]), [
        ("Antwerpen", ["100", "110"]), ("waarvan vrouwen", [f"{women} (52%)", "60 (55%)"]),
        ("Limburg", ["80", "85"]), ("Oost-Vlaanderen", ["120", "125"]), ("Totaal", ["300", "320"])], laid)


@LAID
def test_a_waarvan_line_with_shares_between_rows_is_a_subset_of_the_row_above(laid):
    answer = read_text(_waarvan(laid, "52"))
    [table] = answer.tables
    assert [(s.period, s.count, s.of_line) for s in table.subsets] == [("2022", 52, 9), ("2023", 60, 9)]
    assert [(f.rule, f.line) for f in audit(answer).findings] == [("column-not-checked", 10)]
    assert {c.label for c in table.cells} == {"Antwerpen", "Limburg", "Oost-Vlaanderen", "Totaal"}


@LAID
def test_a_waarvan_line_between_rows_larger_than_its_row_is_an_error(laid):
    answer = read_text(_waarvan(laid, "152"))
    assert _found(answer, "error", "warning") == [("total-below-largest-part", 9)]


NURSE = ("900611: Professionele bachelor verpleegkunde - 1ste jaar", "900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar")
TEACHER = "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar"


@LAID
def test_nested_heads_province_then_sector_without_closing_lines(laid):
    """``Antwerpen`` / ``Zorg`` / rows / ``Onderwijs`` / rows / ``Limburg`` / ``Zorg`` / rows /
    ``Eindtotaal``: each row in its province and its sector. Before, the first heads were read
    into the header, Limburg's codes were ``duplicate-row`` errors and the rows an
    ``unreadable-table`` ("no closing 'Totaal <province>' line"); laid out, ``Limburg`` above
    ``Zorg`` was glued to the label of the row above it."""
    rows = ["Antwerpen", "Zorg", (NURSE[0], ["59", "61"]), (NURSE[1], ["127", "130"]), "Onderwijs",
            (TEACHER, ["50", "71"]), "Limburg", "Zorg", (NURSE[0], ["50", "71"]), (NURSE[1], ["40", "41"]),
            ("Eindtotaal", ["300", "350"])]
    answer = read_text(_text(("Provincie Opleiding", ["2022", "2023"]), rows, laid, width=64))
    [table] = answer.tables
    assert table.title == "Provincie Opleiding"
    assert [(c.province, c.block, c.code, c.label) for c in table.cells if c.period == "2022"] == [
        ("Antwerpen", "zorg", "900611", NURSE[0][8:]), ("Antwerpen", "zorg", "900711", NURSE[1][8:]),
        ("Antwerpen", "onderwijs", "908001", TEACHER[8:]), ("Limburg", "zorg", "900611", NURSE[0][8:]),
        ("Limburg", "zorg", "900711", NURSE[1][8:]), (None, None, None, "Eindtotaal")]
    assert _found(answer, "error", "warning") == []


@LAID
@pytest.mark.parametrize("heads", [("Man", "Vrouw"), ("Mannen", "Vrouwen")])
def test_gender_blocks_over_coded_rows_under_one_total(laid, heads):
    """``Man`` / codes / ``Vrouw`` / the same codes / ``Totaal``: before, ``Vrouw`` ended the
    label of the row above it (a false ``label-mismatch``) and the codes of the second block
    were ``duplicate-row`` errors."""
    codes = [*NURSE, TEACHER]
    rows = [heads[0], *[(c, [n]) for c, n in zip(codes, ["59", "127", "50"])],
            heads[1], *[(c, [n]) for c, n in zip(codes, ["50", "40", "50"])], ("Totaal", ["370"])]
    answer = read_text(_text(("Opleiding", ["2022"]), rows, laid, width=64))
    [table] = answer.tables
    assert [(c.block, c.code, c.label) for c in table.cells] == [
        *[(heads[0].lower(), c[:6], c[8:]) for c in codes], *[(heads[1].lower(), c[:6], c[8:]) for c in codes],
        (None, None, "Totaal")]
    assert _found(answer, "error", "warning") == []


@LAID
@pytest.mark.parametrize("word", ["Sector ", "Sector: "])
def test_sector_heads_with_the_word_sector(laid, word):
    """``Sector zorg`` / rows / ``Sector onderwijs`` / rows: the heads of sector blocks, never the
    end of a label (``… 1ste jaar Sector onderwijs``: a false ``label-mismatch``)."""
    rows = [word + "zorg", (NURSE[0], ["59", "61"]), (NURSE[1], ["127", "130"]), word + "onderwijs",
            (TEACHER, ["50", "71"]), ("Totaal", ["228", "250"])]
    answer = read_text(_text(("Opleiding", ["2022", "2023"]), rows, laid, width=64))
    [table] = answer.tables
    assert [(c.block, c.label) for c in table.rows() if c.period == "2022"] == [
        ("zorg", NURSE[0][8:]), ("zorg", NURSE[1][8:]), ("onderwijs", TEACHER[8:])]
    assert _found(answer, "error", "warning") == []


@LAID
@pytest.mark.parametrize("heads, rows, province, semantics", [
    (("Mannen", "Vrouwen"), [("-25 jaar", "25-54 jaar")] * 2, False, "additive"),
    (("Mannen", "Vrouwen"), [NURSE] * 2, False, "additive"),
    (("Antwerpen", "Limburg"), [NURSE] * 2, True, "unique"),
    (("Zorg", "Onderwijs"), [("Graduaat orthopedagogie", "Verpleegkunde"),
                             ("Educatieve bachelor kleuteronderwijs", "Educatieve bachelor lager onderwijs")],
     False, "unique"),
], ids=["gender-over-age", "gender-over-codes", "provinces", "sectors"])
def test_a_bare_subtotal_closes_the_block_its_head_names(laid, heads, rows, province, semantics):
    """``Mannen`` / rows / ``Subtotaal`` / ``Vrouwen`` / rows / ``Subtotaal`` / ``Totaal``: each
    ``Subtotaal`` closes the block its head line names, the total is over the subtotals (a
    partition's sum when the blocks are categories of persons). Before, gender blocks were cut
    into two tables, the second's ``Totaal`` checked against its own ``Subtotaal`` alone (false
    ``total-exceeds-parts`` errors), and the codes under a second province or gender were
    ``duplicate-row`` errors."""
    first, second = (100, 300), (140, 350)
    lines = [heads[0], *[(r, [str(n)]) for r, n in zip(rows[0], first)], ("Subtotaal", [str(sum(first))]),
             heads[1], *[(r, [str(n)]) for r, n in zip(rows[1], second)], ("Subtotaal", [str(sum(second))]),
             ("Totaal", [str(sum(first) + sum(second))])]
    answer = read_text(_text(("Provincie Opleiding" if province else "Opleiding", ["2022"]), lines, laid, width=64))
    [table] = answer.tables
    blocks = [(c.province if province else c.block) for c in table.cells if c.level == "subtotal"]
    assert blocks == [h if province else h.lower() for h in heads]
    assert [c.semantics for c in table.cells if c.level == "total"] == [semantics]
    assert _found(answer, "error", "warning") == []
    wrong = _text(("Opleiding", ["2022"]), [*lines[:-1], ("Totaal", [str(sum(first) + sum(second) + 1)])], laid, 64)
    assert [f.rule for f in audit(read_text(wrong)).findings if f.severity == "error"] == ["total-exceeds-parts"]


HEAD_WORDS = ["Zorg", "zorg", "Onderwijs", "Sector", "sector", "Sector:", "ICT", "Overige", "Mannen", "Vrouw", "M",
              "-25", "jaar", "25-54", "55+", "Laaggeschoold", "diploma", "hoger", "secundair", "onderwijs", "Totaal",
              "Antwerpen", "12", "1.234", "(30%)", "geen", "Niet-EU", "van", "en", ":", "x" * 30]
head_line = st.builds(lambda words, lead: lead + " ".join(words), st.lists(st.sampled_from(HEAD_WORDS), max_size=6),
                      st.sampled_from(["", " ", "   "]))


@given(head_line)
@example("Sector: Onderwijs")
@example("diploma hoger secundair onderwijs")
def test_the_quick_looks_of_block_heads_give_the_full_answers(text):
    """:func:`~okot_audit.parse.regions.head_sector` looks at a line's first word and
    :func:`~okot_audit.parse.regions.category_head` at its length before their patterns: each gives
    what the pattern alone gives."""
    from okot_audit.parse import regions
    from okot_audit.parse.cells import has_numeric_tail
    from okot_audit.parse.words import sector_name
    from okot_audit.patterns import PERSON_CATEGORY

    stripped = text.strip()
    full = (sector_name(stripped) or sector_name(regions._SECTOR_WORD.sub("", stripped))) if stripped[:1].isupper() else None
    assert regions.head_sector(text) == full
    assert regions.category_head(text) == (
        not stripped[:1].islower() and PERSON_CATEGORY.match(stripped) is not None and not has_numeric_tail(stripped))


@LAID
@pytest.mark.parametrize("header, heads, rows, block", [
    ("Leeftijd", ("Mannen:", "Vrouwen:"), ("-25 jaar", "25-54 jaar"), ("mannen", "vrouwen")),
    ("Provincie", ("Mannen", "Vrouwen"), ("Antwerpen", "Limburg"), ("mannen", "vrouwen")),
    ("Geslacht", ("-25 jaar", "25-54 jaar"), ("Man", "Vrouw"), ("-25 jaar", "25-54 jaar")),
    ("Opleiding", ("Zorg:", "Onderwijs:"), (NURSE[0], TEACHER), ("zorg", "onderwijs")),
], ids=["colon", "gender-over-provinces", "age-over-gender", "sector-colon"])
def test_more_heads_of_blocks_under_one_total(laid, header, heads, rows, block):
    """A head that ends in a colon (``Mannen:``, ``Zorg:``: was taken for the end of a sentence,
    the table unread or its periods lost), genders over provinces, age classes over genders:
    each row in its head's block, no duplicate, the total over all rows."""
    sector = header == "Opleiding"
    first, second = ((59, 61), (50, 71)) if sector else ((100, 110), (120, 130))
    if sector:
        lines = [heads[0], (rows[0], list(map(str, first))), heads[1], (rows[1], list(map(str, second)))]
        rows_by_block = [(block[0], rows[0]), (block[1], rows[1])]
    else:
        lines = [heads[0], *[(r, [str(n)]) for r, n in zip(rows, first)],
                 heads[1], *[(r, [str(n)]) for r, n in zip(rows, second)]]
        rows_by_block = [(b, r) for b in block for r in rows]
    totals = [str(a + b) for a, b in zip(first, second)] if sector else [str(sum(first) + sum(second))]
    lines.append(("Totaal", totals))
    answer = read_text(_text((header, ["2022", "2023"] if sector else ["2022"]), lines, laid, width=64))
    [table] = answer.tables
    assert [(c.block, c.label) for c in table.rows() if c.period == "2022"] == [
        (b, r.split(": ")[-1]) for b, r in rows_by_block]
    assert _found(answer, "error", "warning") == []


@LAID
def test_each_subtotal_on_its_head_line_over_a_partition_must_add_up(laid):
    """``Mannen 420`` / age classes / ``Vrouwen 490`` / age classes / ``Totaal``: each subtotal
    on its block's head line totals the age classes below it, a partition: it must equal their
    sum. Before, the first block's (no rows above it yet) was checked as unique persons (a
    difference only an info), the second's as a partition."""
    def lines(men: int) -> list:
        return [("Mannen", [str(men)]), ("-25 jaar", ["120"]), ("25-54 jaar", ["300"]),
                ("Vrouwen", ["490"]), ("-25 jaar", ["140"]), ("25-54 jaar", ["350"]), ("Totaal", ["910"])]
    answer = read_text(_text(("Leeftijd", ["2022"]), lines(420), laid))
    [table] = answer.tables
    assert [(c.label, c.semantics) for c in table.cells if c.level != "row"] == [
        ("Mannen", "additive"), ("Vrouwen", "additive"), ("Totaal", "additive")]
    assert _found(answer, "error", "warning", "info") == []
    wrong = read_text(_text(("Leeftijd", ["2022"]), lines(419), laid))
    assert [(f.rule, f.severity, f.line) for f in audit(wrong).findings if f.severity == "error"] == [
        ("parts-exceed-total", "error", 9), ("total-exceeds-parts", "error", 15)]


@LAID
def test_a_blank_mark_beside_counts_with_their_shares(laid):
    """``Limburg 300 (75%) -``: the dash is a blank cell; the share is taken off as on the other
    rows. Before, the row's shares were kept (a dash stopped the look for them), its count was a
    ``stray-number`` and the total a false ``total-exceeds-parts`` error."""
    text = _text(("Provincie", ["2022", "2023"]), [("Antwerpen", ["100 (25%)", "110 (26%)"]),
                                                   ("Limburg", ["300 (75%)", "-"]), ("Totaal", ["400", "110"])], laid)
    answer = read_text(text)
    [table] = answer.tables
    assert [(c.label, c.period, c.count) for c in table.cells] == [
        ("Antwerpen", "2022", 100), ("Antwerpen", "2023", 110), ("Limburg", "2022", 300),
        ("Totaal", "2022", 400), ("Totaal", "2023", 110)]
    assert [f.rule for f in audit(answer).findings] == ["column-not-checked"]
