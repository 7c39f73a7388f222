"""Answers written by hand in shapes the other tests do not hold (an eighth review of reading
answers never seen, round 17: table shapes in text): each test is such an answer, or the
smallest part of it that showed the reader's error, and the exact cells and findings a correct
reader gives — single-spaced (the seeds' form) and laid out (``pdftotext -layout``)."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = "ANTWOORD\nop vraag nr. 117 van 14 maart 2025\nvan Katrien Schryvers\n\n"


def _cells(answer) -> list[tuple]:
    return [(t.measure, c.level, c.code or c.label, c.period, c.count, c.semantics)
            for t in answer.tables for c in t.cells]


def _found(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period) for f in audit(answer).findings]


def _text(rows: list[list[str]], laid: bool, label_width: int = 58, min_width: int = 18) -> str:
    """The rows, each given as its cells: single-spaced, or laid out as ``pdftotext -layout``
    prints them — the first cell left (`label_width` wide), every other right-aligned in a
    column of its own (at least `min_width` wide)."""
    if not laid:
        return "\n".join(" ".join(cell for cell in row if cell) for row in rows)
    widths = [max([min_width] + [len(row[j]) + 3 for row in rows if j < len(row)]) for j in range(max(map(len, rows)))]
    return "\n".join(("   " + row[0].ljust(label_width) + "".join(cell.rjust(w) for cell, w in zip(row[1:], widths[1:]))).rstrip()
                     for row in rows)


LAID = pytest.mark.parametrize("laid", [False, True], ids=["single-spaced", "laid-out"])


# 1. Age classes as the columns, the years as the lines: a class of four words.

AGE_COLUMNS = [
    ["Jaar", "18-24 jaar", "25-54 jaar", "55 jaar en ouder", "Totaal"],
    ["2022", "812", "3.797", "61", "4.670"],
    ["2023", "790", "3.650", "70", "4.510"],
]


@LAID
def test_age_classes_as_columns_over_years_as_lines_with_a_class_of_four_words(laid):
    """``Jaar  18-24 jaar  25-54 jaar  55 jaar en ouder  Totaal`` over a line per year: laid
    out, the header was joined to the first year's line as one row's label (a column's name
    was taken for a label's line when it had more than three words), and the table vanished —
    no cell and no finding, exit 0; single-spaced, it was an unreadable-table error ("no
    header with periods or training codes"). A column's name of four words (``55 jaar en
    ouder``) names a category as one of three does."""
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, naar leeftijd:\n\n"
                       + _text(AGE_COLUMNS, laid) + "\n\nBron: VDAB.\n", "a.txt")
    assert _cells(answer) == [
        ("started", "row", "18-24 jaar", "2022", 812, None), ("started", "row", "25-54 jaar", "2022", 3797, None),
        ("started", "row", "55 jaar en ouder", "2022", 61, None), ("started", "total", "Totaal", "2022", 4670, "additive"),
        ("started", "row", "18-24 jaar", "2023", 790, None), ("started", "row", "25-54 jaar", "2023", 3650, None),
        ("started", "row", "55 jaar en ouder", "2023", 70, None), ("started", "total", "Totaal", "2023", 4510, "additive"),
    ]
    assert [t.layout.attribute for t in answer.tables] == ["age"]
    assert _found(answer) == []


def test_a_wrong_total_of_age_classes_as_columns_is_an_error():
    rows = [AGE_COLUMNS[0], AGE_COLUMNS[1], ["2023", "790", "3.650", "70", "4.520"]]
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, naar leeftijd:\n\n"
                       + _text(rows, True) + "\n", "a.txt")
    assert [(f.rule, f.line, f.period) for f in audit(answer).findings if f.severity == "error"] == [
        ("total-exceeds-parts", 9, "2023")]


# 2. Training codes as the columns, the years as the lines.

CODE_COLUMNS = [
    ["Jaar", "908003", "908013", "908018", "Totaal"],
    ["2021", "41", "17", "22", "80"],
    ["2022", "47", "21", "19", "87"],
    ["2023", "52", "-", "25", "77"],
]


@LAID
def test_training_codes_as_columns_over_years_as_lines(laid):
    """``Jaar 908003 908013 908018 Totaal`` over a line per year: an unreadable-table error
    that said "no header with periods or training codes was found" (single-spaced) or "lines
    … hold one figure per line: … pdftotext without -layout?" (laid out) — both wrong about
    the table in front of the user. Each code's column is that code's row of the model: a
    code printed alone, no label beside it (so no label-mismatch)."""
    answer = read_text(HEAD + "2. Het aantal unieke cursisten met een geslaagd OKOT, per opleiding:\n\n"
                       + _text(CODE_COLUMNS, laid) + "\n\nBron: VDAB.\n", "c.txt")
    assert _cells(answer) == [
        ("graduated", "row", "908003", "2021", 41, None), ("graduated", "row", "908013", "2021", 17, None),
        ("graduated", "row", "908018", "2021", 22, None), ("graduated", "total", "Totaal", "2021", 80, "unique"),
        ("graduated", "row", "908003", "2022", 47, None), ("graduated", "row", "908013", "2022", 21, None),
        ("graduated", "row", "908018", "2022", 19, None), ("graduated", "total", "Totaal", "2022", 87, "unique"),
        ("graduated", "row", "908003", "2023", 52, None), ("graduated", "row", "908018", "2023", 25, None),
        ("graduated", "total", "Totaal", "2023", 77, "unique"),
    ]
    assert [c.label for t in answer.tables for c in t.cells if c.level == "row"] == [""] * 8
    assert _found(answer) == []


@LAID
def test_codes_as_columns_are_checked_as_codes(laid):
    """A first year's code among graduates: the columns' codes are checked as rows' codes are."""
    rows = [["Jaar", "908001", "908003", "Totaal"], ["2022", "12", "30", "40"], ["2023", "14", "33", "47"]]
    answer = read_text(HEAD + "2. Het aantal unieke cursisten met een geslaagd OKOT, per opleiding:\n\n"
                       + _text(rows, laid) + "\n", "c.txt")
    assert [(f.rule, f.training_code, f.line) for f in audit(answer).findings] == [
        ("stage-not-final", "908001", 8), ("parts-exceed-total", None, 8), ("stage-not-final", "908001", 9),
    ]


# 3. Three levels: sector blocks of province blocks of codes, and province blocks of sector blocks.

SECTOR_PROVINCE_CODE = [
    ["Sector Provincie Opleiding", "Aantal"],
    ["Zorg"], ["Antwerpen"],
    ["900123: Tweedekansonderwijs zorgkundige - 1ste jaar", "112"],
    ["900611: Professionele bachelor verpleegkunde - 1ste jaar", "48"],
    ["Totaal Antwerpen", "158"],
    ["Limburg"],
    ["900123: Tweedekansonderwijs zorgkundige - 1ste jaar", "61"],
    ["900611: Professionele bachelor verpleegkunde - 1ste jaar", "30"],
    ["Totaal Limburg", "90"],
    ["Subtotaal zorg", "246"],
    ["Onderwijs"], ["Antwerpen"],
    ["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "50"],
    ["908011: Educatieve bachelor voor lager onderwijs - 1ste jaar", "41"],
    ["Totaal Antwerpen", "91"],
    ["Limburg"],
    ["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "22"],
    ["Totaal Limburg", "22"],
    ["Subtotaal onderwijs", "113"],
    ["Totaal", "357"],
]
THREE_HEAD = HEAD + "1. Het aantal unieke cursisten dat in 2023 een OKOT startte, per sector, provincie en opleiding:\n\n"


def _blocks(answer) -> list[tuple]:
    return [(c.level, c.province, c.block, c.code or c.label, c.count) for t in answer.tables for c in t.cells]


@LAID
def test_sector_blocks_of_province_blocks_of_codes(laid):
    """``Zorg`` / ``Antwerpen`` / codes / ``Totaal Antwerpen`` … ``Subtotaal zorg``: every row
    was a schema-violation error (a province in a table of sector blocks), and ``Subtotaal
    onderwijs`` was checked against ``Subtotaal zorg`` as one of its parts ("113, smaller than
    one of its parts … 246"), ``Totaal`` against ``Subtotaal onderwijs`` alone — 13 false
    errors on consistent figures. Each row is in its province's block and its sector's; a
    sector's subtotal totals its provinces' subtotals, the ``Totaal`` the sectors'."""
    answer = read_text(THREE_HEAD + _text(SECTOR_PROVINCE_CODE, laid) + "\n\nBron: VDAB.\n", "s.txt")
    assert _blocks(answer) == [
        ("row", "Antwerpen", "zorg", "900123", 112), ("row", "Antwerpen", "zorg", "900611", 48),
        ("subtotal", "Antwerpen", None, "Totaal Antwerpen", 158),
        ("row", "Limburg", "zorg", "900123", 61), ("row", "Limburg", "zorg", "900611", 30),
        ("subtotal", "Limburg", None, "Totaal Limburg", 90),
        ("subtotal", None, "zorg", "Subtotaal zorg", 246),
        ("row", "Antwerpen", "onderwijs", "908001", 50), ("row", "Antwerpen", "onderwijs", "908011", 41),
        ("subtotal", "Antwerpen", None, "Totaal Antwerpen", 91),
        ("row", "Limburg", "onderwijs", "908001", 22),
        ("subtotal", "Limburg", None, "Totaal Limburg", 22),
        ("subtotal", None, "onderwijs", "Subtotaal onderwijs", 113),
        ("total", None, None, "Totaal", 357),
    ]
    findings = audit(answer).findings
    assert [(f.rule, f.severity, f.line, f.stated, f.observed) for f in findings] == [
        ("parts-exceed-total", "info", 12, 158, 160), ("parts-exceed-total", "info", 16, 90, 91),
        ("parts-exceed-total", "info", 17, 246, 248), ("parts-exceed-total", "info", 27, 357, 359),
    ]
    assert "counted in two provinces" in findings[2].message
    assert "counted in two blocks" in findings[3].message


def test_a_sectors_subtotal_below_its_provinces_and_a_code_in_the_wrong_sector():
    rows = [r if r[0] != "Subtotaal onderwijs" else ["Subtotaal onderwijs", "90"] for r in SECTOR_PROVINCE_CODE]
    rows = [r if not r[0].startswith("908011") else ["900611: Professionele bachelor verpleegkunde - 1ste jaar", "41"]
            for r in rows]
    answer = read_text(THREE_HEAD + _text(rows, False) + "\n", "s.txt")
    assert [(f.rule, f.line) for f in audit(answer).findings if f.severity != "info"] == [
        ("code-outside-sector", 21), ("total-below-largest-part", 26), ("total-exceeds-parts", 27),
    ]


PROVINCE_SECTOR_CODE = [
    ["Provincie Sector Opleiding", "Aantal"],
    ["Antwerpen"], ["Zorg"],
    ["900123: Tweedekansonderwijs zorgkundige - 1ste jaar", "112"],
    ["900611: Professionele bachelor verpleegkunde - 1ste jaar", "48"],
    ["Subtotaal zorg", "158"],
    ["Onderwijs"],
    ["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "50"],
    ["908011: Educatieve bachelor voor lager onderwijs - 1ste jaar", "41"],
    ["Subtotaal onderwijs", "91"],
    ["Totaal Antwerpen", "247"],
    ["Limburg"], ["Zorg"],
    ["900123: Tweedekansonderwijs zorgkundige - 1ste jaar", "61"],
    ["Subtotaal zorg", "61"],
    ["Onderwijs"],
    ["908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", "22"],
    ["Subtotaal onderwijs", "22"],
    ["Totaal Limburg", "83"],
    ["Eindtotaal", "329"],
]


@LAID
def test_province_blocks_of_sector_blocks_of_codes(laid):
    """``Antwerpen`` / ``Zorg`` / codes / ``Subtotaal zorg`` … ``Totaal Antwerpen``: each
    code that both provinces print was a duplicate-row error ("appears again in the zorg
    block"): the rows knew their sector, not their province. Each row is in both blocks."""
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat in 2023 een OKOT startte, per provincie en sector:\n\n"
                       + _text(PROVINCE_SECTOR_CODE, laid) + "\n\nBron: VDAB.\n", "p.txt")
    assert [c for c in _blocks(answer) if c[0] == "row"] == [
        ("row", "Antwerpen", "zorg", "900123", 112), ("row", "Antwerpen", "zorg", "900611", 48),
        ("row", "Antwerpen", "onderwijs", "908001", 50), ("row", "Antwerpen", "onderwijs", "908011", 41),
        ("row", "Limburg", "zorg", "900123", 61), ("row", "Limburg", "onderwijs", "908001", 22),
    ]
    assert [(f.rule, f.severity, f.line, f.stated, f.observed) for f in audit(answer).findings] == [
        ("parts-exceed-total", "info", 12, 158, 160), ("parts-exceed-total", "info", 17, 247, 249),
        ("parts-exceed-total", "info", 26, 329, 330),
    ]


# 4. A caption that opens with a list item's or a table's number, right above the header.

GENDER = [["Geslacht", "2022", "2023"], ["Man", "1.870", "1.802"], ["Vrouw", "2.800", "2.708"],
          ["Totaal", "4.670", "4.510"]]
GENDER_CELLS = [
    ("started", "row", "Man", "2022", 1870, None), ("started", "row", "Man", "2023", 1802, None),
    ("started", "row", "Vrouw", "2022", 2800, None), ("started", "row", "Vrouw", "2023", 2708, None),
    ("started", "total", "Totaal", "2022", 4670, "additive"), ("started", "total", "Totaal", "2023", 4510, "additive"),
]


@LAID
@pytest.mark.parametrize("caption", ["1. Gestarte cursisten per geslacht", "Tabel 1. Gestarte cursisten",
                                     "a) gestarte cursisten per geslacht", "2.1. Gestarte cursisten"])
def test_a_numbered_caption_right_above_the_header_is_no_prose(laid, caption):
    """``1. Gestarte cursisten per geslacht`` right above ``Geslacht 2022 2023``: the item's
    number and full stop were taken for a sentence's end, the caption for a sentence going on
    into the header, and the table was an unreadable-table error ("no header with periods");
    laid out, the caption was joined to the header as its first cell, with the same error."""
    answer = read_text(HEAD + "Hieronder de gevraagde cijfers over de OKOT.\n\n"
                       + _text([[caption], *GENDER], laid) + "\n\nBron: VDAB.\n", "g.txt")
    assert _cells(answer) == GENDER_CELLS
    assert _found(answer) == []


@LAID
def test_tables_in_lettered_list_items_under_a_numbered_one(laid):
    rows = [["1. Gestarte cursisten (unieke personen)"], ["a) per geslacht"], *GENDER, [""],
            ["b) per onderwijsniveau"], ["Onderwijsniveau", "2022", "2023"], ["laaggeschoold", "1.210", "1.190"],
            ["middengeschoold", "2.460", "2.320"], ["hooggeschoold", "1.000", "1.000"], ["Totaal", "4.670", "4.510"]]
    answer = read_text(HEAD + "Hieronder de gevraagde cijfers.\n\n" + _text(rows, laid) + "\n\nBron: VDAB.\n", "l.txt")
    assert [(t.measure, t.layout.attribute, t.cells[0].line) for t in answer.tables] == [
        ("started", "gender", 10), ("started", "education", 16)]
    assert len(_cells(answer)) == 14
    assert _found(answer) == []


# 5. A table of its total alone: no parts, only what they total.

@LAID
@pytest.mark.parametrize("header", [["", "2021", "2022", "2023"], ["Aantal", "2021", "2022", "2023"]])
def test_a_table_of_its_total_alone_is_read(laid, header):
    """``2021 2022 2023`` / ``Totaal 1.487 1.612 1.544``: an unreadable-table error that said
    "no header with periods or training codes was found" — of a header of three periods. The
    total's figures are cells (level ``total``), to compare with other answers; with no parts,
    there is nothing to check them against."""
    rows = [header, ["Totaal", "1.487", "1.612", "1.544"]]
    answer = read_text(HEAD + "2. Het totaal aantal unieke cursisten met een geslaagd OKOT:\n\n"
                       + _text(rows, laid) + "\n\nBron: VDAB.\n", "t.txt")
    assert _cells(answer) == [("graduated", "total", "Totaal", "2021", 1487, "unique"),
                              ("graduated", "total", "Totaal", "2022", 1612, "unique"),
                              ("graduated", "total", "Totaal", "2023", 1544, "unique")]
    assert [c.line for t in answer.tables for c in t.cells] == [8, 8, 8]
    assert _found(answer) == []


def test_two_total_lines_alone_each_keep_their_meaning():
    rows = [["Jaar", "2022", "2023"], ["Totaal inschrijvingen", "4.774", "4.912"],
            ["Totaal unieke cursisten", "4.398", "4.501"]]
    answer = read_text(HEAD + "1. Het aantal inschrijvingen en unieke cursisten in een OKOT:\n\n"
                       + _text(rows, False) + "\n", "t.txt")
    assert [(c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells] == [
        ("Totaal inschrijvingen", "2022", 4774, "additive"), ("Totaal inschrijvingen", "2023", 4912, "additive"),
        ("Totaal unieke cursisten", "2022", 4398, "unique"), ("Totaal unieke cursisten", "2023", 4501, "unique"),
    ]


# 6. Several unit columns per year, the year printed in each column's name.

@LAID
def test_a_year_printed_in_each_of_its_columns_names_is_said_to_be_one(laid):
    """``Opleiding 2022 inschr. 2022 personen 2023 inschr. 2023 personen``: the finding said
    "its header names no period and the text before it names no year" — of a header of
    periods. The columns under each period are named, cut short (``inschr.``): the finding
    says so, with their names."""
    rows = [["Opleiding", "2022 inschr.", "2022 personen", "2023 inschr.", "2023 personen"],
            ["900123: Tweedekansonderwijs zorgkundige - 1ste jaar", "120", "112", "131", "125"],
            ["900611: Professionele bachelor verpleegkunde - 1ste jaar", "52", "48", "60", "57"],
            ["Totaal", "172", "158", "191", "180"]]
    answer = read_text(HEAD + "1. Het aantal inschrijvingen en het aantal unieke personen in een OKOT:\n\n"
                       + _text(rows, laid) + "\n", "u.txt")
    assert _cells(answer) == []
    [finding] = audit(answer).findings
    assert (finding.rule, finding.line) == ("unreadable-table", 7)
    assert "its header prints several columns under each period (inschr., personen)" in finding.message
    assert "(120, 112, 131, 125, 52, 48, 60, 57, 172, 158, 191, 180)" in finding.message


# 7. Tables on their side: periods named or noted on their lines, the total column first.

@LAID
@pytest.mark.parametrize("second, partial", [
    ("schooljaar 2022-2023", None), ("2022-2023 (voorlopig)", "voorlopig"),
    ("2022-2023 (t.e.m. 31/12)", "t.e.m. 31/12"),
])
def test_a_period_line_of_a_table_on_its_side_named_or_noted(laid, second, partial):
    """``Schooljaar Man Vrouw Totaal`` over ``2021-2022 …`` and ``schooljaar 2022-2023 …`` (or
    ``2022-2023 (voorlopig) …``): the table ended above the second line, whose figures were
    lost without a finding. A period's line may name it (``schooljaar``) or note it in
    brackets — a partial period, as the same note in a header says."""
    rows = [["Schooljaar", "Man", "Vrouw", "Totaal"], ["2021-2022", "1.870", "2.800", "4.670"],
            [second, "1.802", "2.708", "4.510"]]
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, naar geslacht:\n\n"
                       + _text(rows, laid) + "\n\nBron: VDAB.\n", "s.txt")
    assert [c[1:] for c in _cells(answer)] == [
        ("row", "Man", "2021-2022", 1870, None), ("row", "Vrouw", "2021-2022", 2800, None),
        ("total", "Totaal", "2021-2022", 4670, "additive"),
        ("row", "Man", "2022-2023", 1802, None), ("row", "Vrouw", "2022-2023", 2708, None),
        ("total", "Totaal", "2022-2023", 4510, "additive"),
    ]
    assert [(p.label, p.partial) for t in answer.tables for p in t.periods] == [
        ("2021-2022", False), ("2022-2023", partial is not None)]
    assert _found(answer) == ([("partial-period", "info", 7, "2022-2023")] if partial else [])


@LAID
def test_the_total_column_first_of_a_table_on_its_side(laid):
    """``Jaar  Totaal  -25 jaar  25-54 jaar  55+ jaar``: an unreadable-table error ("no header
    with periods or training codes"). The total column may stand first, as in a table printed
    the usual way; it totals the columns after it."""
    rows = [["Jaar", "Totaal", "-25 jaar", "25-54 jaar", "55+ jaar"], ["2022", "4.670", "812", "3.797", "61"],
            ["2023", "4.540", "790", "3.650", "70"]]
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, naar leeftijd:\n\n"
                       + _text(rows, laid) + "\n", "t.txt")
    assert [c[1:] for c in _cells(answer)] == [
        ("total", "Totaal", "2022", 4670, "additive"), ("row", "-25 jaar", "2022", 812, None),
        ("row", "25-54 jaar", "2022", 3797, None), ("row", "55+ jaar", "2022", 61, None),
        ("total", "Totaal", "2023", 4540, "additive"), ("row", "-25 jaar", "2023", 790, None),
        ("row", "25-54 jaar", "2023", 3650, None), ("row", "55+ jaar", "2023", 70, None),
    ]
    assert [(f.rule, f.line, f.period, f.stated, f.observed) for f in audit(answer).findings
            if f.severity == "error"] == [("total-exceeds-parts", 9, "2023", 4540, 4510)]


# 8. A period up to a date, as the header of the running year prints it.

@LAID
@pytest.mark.parametrize("header, note", [("t.e.m. 30/06/2024", "t.e.m. 30/06"), ("tot 31.08.2024", "tot 31.08")])
def test_a_year_up_to_a_date_is_that_year_cut_short(laid, header, note):
    """``Geslacht  2022  2023 (tot en met september)  t.e.m. 30/06/2024``: an unreadable-table
    error ("no header with periods or training codes was found"). A year printed as the date it
    runs up to is that year, partial, the words its note — as ``2024 (t.e.m. 30/06)`` is."""
    rows = [["Geslacht", "2022", "2023 (tot en met september)", header], ["Man", "1.870", "1.402", "811"],
            ["Vrouw", "2.800", "2.110", "1.230"], ["Totaal", "4.670", "3.512", "2.041"]]
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, naar geslacht:\n\n"
                       + _text(rows, laid) + "\n\nBron: VDAB.\n", "d.txt")
    [table] = answer.tables
    assert [(p.label, p.partial, p.note) for p in table.periods] == [
        ("2022", False, None), ("2023", True, "tot en met september"), ("2024", True, note)]
    assert [c[4] for c in _cells(answer)] == [1870, 1402, 811, 2800, 2110, 1230, 4670, 3512, 2041]
    assert _found(answer) == [("partial-period", "info", 7, "2023"), ("partial-period", "info", 7, "2024")]


# 9. A table on its side with the Flemish Region's column among the provinces'.

REGION_COLUMNS = [
    ["Jaar", "Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Vlaams Gewest",
     "Brussel", "Totaal"],
    ["2022", "1.104", "633", "1.202", "455", "951", "4.300", "55", "4.350"],
    ["2023", "1.187", "701", "1.311", "478", "1.002", "4.640", "62", "4.700"],
]


@LAID
def test_the_flemish_regions_column_between_the_provinces_and_brussels(laid):
    """``Jaar  Antwerpen … West-Vlaanderen  Vlaams Gewest  Brussel  Totaal``: an
    unreadable-table error that said the header "names its columns by something other than
    periods or categories of persons" — of provinces. Printed on its side, the region's column
    is what its line is in the table printed the usual way: a subtotal over the provinces
    before it, and the total over it and Brussels."""
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, per provincie:\n\n"
                       + _text(REGION_COLUMNS, laid) + "\n\nBron: VDAB.\n", "r.txt")
    assert [(c.level, c.province, c.label, c.count, c.semantics) for t in answer.tables for c in t.cells
            if c.period == "2022"] == [
        ("row", "Antwerpen", "Antwerpen", 1104, None), ("row", "Limburg", "Limburg", 633, None),
        ("row", "Oost-Vlaanderen", "Oost-Vlaanderen", 1202, None), ("row", "Vlaams-Brabant", "Vlaams-Brabant", 455, None),
        ("row", "West-Vlaanderen", "West-Vlaanderen", 951, None), ("subtotal", None, "Vlaams Gewest", 4300, "unique"),
        ("row", "Brussel", "Brussel", 55, None), ("total", None, "Totaal", 4350, "unique"),
    ]
    assert [(f.rule, f.line, f.label or f.province, f.stated, f.observed) for f in audit(answer).findings] == [
        ("parts-exceed-total", 8, "Totaal", 4350, 4355), ("parts-exceed-total", 8, "Vlaams Gewest", 4300, 4345),
        ("parts-exceed-total", 9, "Totaal", 4700, 4702), ("parts-exceed-total", 9, "Vlaams Gewest", 4640, 4679),
    ]


def test_a_flemish_regions_column_above_its_provinces_sum_is_an_error():
    rows = [REGION_COLUMNS[0], ["2022", "1.104", "633", "1.202", "455", "951", "4.400", "55", "4.450"]]
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat een OKOT startte, per provincie:\n\n"
                       + _text(rows, False) + "\n", "r.txt")
    assert [(f.rule, f.label) for f in audit(answer).findings if f.severity == "error"] == [
        ("total-exceeds-parts", "Vlaams Gewest")]


# 10. A header split over two lines: the units named once per year above the years.

@LAID
def test_the_units_named_above_each_year_printed_once_per_unit(laid):
    """``inschrijvingen cursisten inschrijvingen cursisten`` over ``Opleiding 2022 2022 2023
    2023``: single-spaced, an unreadable-table error that said "no header line above them
    names what the periods count each time" — of the line that does. Each unit is a table of
    its own, as with the names below the years (laid out, it was read so already)."""
    rows = [["", "inschrijvingen", "cursisten", "inschrijvingen", "cursisten"],
            ["Opleiding", "2022", "2022", "2023", "2023"],
            ["900123: Tweedekansonderwijs zorgkundige - 1ste jaar", "120", "112", "131", "125"],
            ["900611: Professionele bachelor verpleegkunde - 1ste jaar", "52", "48", "60", "57"],
            ["Totaal", "172", "158", "191", "180"]]
    answer = read_text(HEAD + "1. Het aantal inschrijvingen en het aantal unieke cursisten in een OKOT:\n\n"
                       + _text(rows, laid) + "\n", "u.txt")
    assert [(t.unit, [(c.code or c.label, c.period, c.count, c.semantics) for c in t.cells]) for t in answer.tables] == [
        ("inschrijvingen", [("900123", "2022", 120, None), ("900123", "2023", 131, None),
                            ("900611", "2022", 52, None), ("900611", "2023", 60, None),
                            ("Totaal", "2022", 172, "additive"), ("Totaal", "2023", 191, "additive")]),
        ("unieke cursisten", [("900123", "2022", 112, None), ("900123", "2023", 125, None),
                       ("900611", "2022", 48, None), ("900611", "2023", 57, None),
                       ("Totaal", "2022", 158, "unique"), ("Totaal", "2023", 180, "unique")]),
    ]
    # (the ``cursisten`` columns name no measure: not the sentence's enrolments — measure35 — but
    # ``unknown``, said; the ``inschrijvingen`` columns are enrolments by their own name)
    assert [t.measure for t in answer.tables] == ["enrolled", "unknown"]
    assert sorted(f.rule for f in audit(answer).findings) == ["measure-unknown", "parts-exceed-total", "parts-exceed-total"]
