"""Answers written by hand in shapes the other tests do not hold (a fifth review of reading
answers never seen): each test is such an answer, or the smallest part of it that showed the
reader's error, and the exact cells and findings a correct reader gives."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = (
    "ANTWOORD\nop vraag nr. 412 van 3 maart 2023\nvan Katrien Schryvers\n\n"
    "1. Het aantal unieke cursisten dat een OKOT startte.\n\n"
)


def _cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells]


def _found(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period) for f in audit(answer).findings]


def _text(rows: list[str], laid: bool) -> str:
    """The rows single-spaced, or laid out as ``pdftotext -layout`` prints them: each figure
    right-aligned in its column."""
    if not laid:
        return "\n".join(rows)
    out = []
    for row in rows:
        words = row.split()
        k = next((i for i, w in enumerate(words) if i and (w[:1].isdigit() or w == "-")), len(words))
        while k < len(words) and not words[k][:1].isdigit():
            k += 1
        out.append("   " + " ".join(words[:k]).ljust(24) + "".join(w.rjust(10) for w in words[k:]))
    return "\n".join(out)


LAID = pytest.mark.parametrize("laid", [False, True], ids=["single-spaced", "laid-out"])

# 1. Rows that are no parts of what the total adds up: ``waarvan`` rows (a subset of a line
# above), and rows of values over the rows (``Gemiddelde``, ``Mediaan``, a share).

PROVINCES = [
    "Provincie 2018 2019", "Antwerpen 1.120 1.190", "Limburg 610 640", "Oost-Vlaanderen 1.002 1.100",
    "Totaal 2.700 2.880",
]
PROVINCE_CELLS = [
    ("row", "Antwerpen", "2018", 1120, None), ("row", "Antwerpen", "2019", 1190, None),
    ("row", "Limburg", "2018", 610, None), ("row", "Limburg", "2019", 640, None),
    ("row", "Oost-Vlaanderen", "2018", 1002, None), ("row", "Oost-Vlaanderen", "2019", 1100, None),
    ("total", "Totaal", "2018", 2700, "unique"), ("total", "Totaal", "2019", 2880, "unique"),
]


@LAID
def test_waarvan_rows_below_the_total_are_a_subset_not_rows_after_it(laid):
    """``Totaal 2.700 2.880`` / ``waarvan 25-54 jaar 2.310 2.460`` / ``waarvan vrouwen …``: the
    rows were an ``unreadable-table`` error ("stand right below a table's total line but could
    not be read as rows of that table") on a table whose figures hold. Such a row counts some of
    the persons of a line above it: no part beside the rows, no row after the total. It is
    reported as not checked, with its label and values; the table is checked as usual."""
    rows = [*PROVINCES, "waarvan 25-54 jaar 2.310 2.460", "waarvan vrouwen 1.750 1.862"]
    answer = read_text(HEAD + _text(rows, laid) + "\n\nBron: VDAB.\n", "w.txt")
    assert _cells(answer) == PROVINCE_CELLS
    assert [(i.kind, i.reason, i.line, i.other_line, i.text, i.other) for i in answer.issues] == [
        ("column-not-checked", "subset-rows", 12, 13, "waarvan 25-54 jaar; waarvan vrouwen",
         "2.310 2.460; 1.750 1.862"),
    ]
    assert _found(answer) == [
        ("parts-exceed-total", "info", 11, "2018"), ("parts-exceed-total", "info", 11, "2019"),
        ("column-not-checked", "info", 12, None),
    ]
    message = next(f.message for f in audit(answer).findings if f.rule == "column-not-checked")
    assert "'waarvan 25-54 jaar' (2018: 2.310, 2019: 2.460); 'waarvan vrouwen' (2018: 1.750, 2019: 1.862)" in message
    assert "a subset of that line" in message


@LAID
def test_a_waarvan_row_among_the_classes_of_a_partition_is_no_class(laid):
    """``25-54 jaar 3.797 4.011`` / ``waarvan 50-54 jaar 212 230`` / ``55+ jaar …``: the subset was
    read as a fourth class, so the age classes were no partition: the total became one of unique
    persons and "212 persons counted in more than one row" was reported — the subset's own
    count. The classes are the partition (their sum the total, additive); the subset is not
    checked and says so."""
    rows = [
        "Leeftijd 2018 2019", "-25 jaar 412 455", "25-54 jaar 3.797 4.011", "waarvan 50-54 jaar 212 230",
        "55+ jaar 189 201", "Totaal 4.398 4.667",
    ]
    answer = read_text(HEAD + _text(rows, laid) + "\n", "w.txt")
    assert _cells(answer) == [
        ("row", "-25 jaar", "2018", 412, None), ("row", "-25 jaar", "2019", 455, None),
        ("row", "25-54 jaar", "2018", 3797, None), ("row", "25-54 jaar", "2019", 4011, None),
        ("row", "55+ jaar", "2018", 189, None), ("row", "55+ jaar", "2019", 201, None),
        ("total", "Totaal", "2018", 4398, "additive"), ("total", "Totaal", "2019", 4667, "additive"),
    ]
    assert _found(answer) == [("column-not-checked", "info", 10, None)]
    assert [(i.reason, i.text, i.other) for i in answer.issues] == [("subset-rows", "waarvan 50-54 jaar", "212 230")]


@LAID
def test_average_and_median_rows_below_the_total_are_not_checked(laid):
    """``Gemiddelde 900 960`` / ``Mediaan 1.002 1.100`` below ``Totaal``: an ``unreadable-table``
    error (rows after the total) on a consistent table. They are values over the rows, no
    counts: reported as not checked."""
    rows = [*PROVINCES, "Gemiddelde 911 977", "Mediaan 1.002 1.100"]
    answer = read_text(HEAD + _text(rows, laid) + "\n", "g.txt")
    assert _cells(answer) == PROVINCE_CELLS
    assert [(i.kind, i.reason, i.line, i.other_line, i.text, i.other) for i in answer.issues] == [
        ("column-not-checked", "statistic-rows", 12, 13, "Gemiddelde; Mediaan", "911 977; 1.002 1.100"),
    ]
    assert [f[0] for f in _found(answer)] == ["parts-exceed-total", "parts-exceed-total", "column-not-checked"]


GENDER = ["Geslacht 2021 2022", "Man 1.120 1.180", "Vrouw 1.870 1.850", "Totaal 2.990 3.030"]


@LAID
@pytest.mark.parametrize("share", ["Aandeel vrouwen (%) 62,5 61,1", "% vrouwen 62,5% 61,1%"])
def test_a_row_of_shares_below_the_total_is_reported(laid, share):
    """``Aandeel vrouwen (%) 62,5 61,1`` below ``Totaal``: in single-spaced text the row was lost
    without a word (no cell, no finding); laid out, its words joined the total's label
    (``Totaal Aandeel vrouwen (%)``) and its values were reported at the total's line with no
    name. It is a row of its own: its label and values are reported as not checked, at its
    line; the total keeps its label."""
    answer = read_text(HEAD + _text([*GENDER, share], laid) + "\n", "p.txt")
    assert _cells(answer) == [
        ("row", "Man", "2021", 1120, None), ("row", "Man", "2022", 1180, None),
        ("row", "Vrouw", "2021", 1870, None), ("row", "Vrouw", "2022", 1850, None),
        ("total", "Totaal", "2021", 2990, "additive"), ("total", "Totaal", "2022", 3030, "additive"),
    ]
    label, values = share.rsplit(" ", 2)[0], " ".join(share.rsplit(" ", 2)[1:])
    assert [(i.kind, i.reason, i.line, i.text, i.other) for i in answer.issues] == [
        ("column-not-checked", "statistic-rows", 11, label, values),
    ]
    assert _found(answer) == [("column-not-checked", "info", 11, None)]


def test_a_category_that_only_starts_like_a_statistic_word_is_still_a_row():
    """What stays a row: a label whose first word only begins like such a word
    (``Gemiddeldeklasse`` is none of them), and ``waarvan`` in the middle of a label."""
    rows = ["Leeftijd 2021 2022", "Gemiddeldeklasse 10 12", "Personen waarvan niets gekend 5 6", "Totaal 15 18"]
    answer = read_text(HEAD + "\n".join(rows) + "\n", "s.txt")
    assert [c.label for c in answer.tables[0].cells if c.level == "row"] == [
        "Gemiddeldeklasse", "Gemiddeldeklasse", "Personen waarvan niets gekend", "Personen waarvan niets gekend",
    ]
    assert not answer.issues


# 2. A table that goes on on the next page without its header: the page's number between rows.

PAGE_ONE = [
    "Opleiding 2020 2021 2022", "Graduaat orthopedagogie 118 131 142", "Hbo verpleegkunde 402 415 430",
    "Pba verpleegkunde 233 240 251",
]
PAGE_TWO = ["Tko zorgkundige 96 101 99", "Se-n-se opvoeder 44 47 50", "Totaal 880 921 958"]


@pytest.mark.parametrize("between", [
    ["", "3", ""], ["", "3"], ["3", ""], ["", "Vlaams Parlement - Schriftelijke vraag 120", "3"],
], ids=["blank-around", "blank-above", "blank-below", "under-a-footer"])
def test_a_page_number_between_the_rows_of_a_table_going_on_without_its_header(between):
    """pypdf text of a table broken by a page, the next page going on with its rows and no
    header: ``Pba verpleegkunde 233 240 251`` / ``3`` / ``Tko zorgkundige 96 101 99``. The page's
    number was read as a row whose label was lost (``unreadable-table``: "has figures (3) but no
    label", an error, the totals not checked). One figure alone between rows of three, at a
    page break (a blank line beside it, or the page's footer above it), is the page's number."""
    answer = read_text(HEAD + "\n".join([*PAGE_ONE, *between, *PAGE_TWO]) + "\n", "c.txt")
    after = 7 + 3 + len(between)
    assert [(c.label, c.line) for c in answer.tables[0].cells if c.period == "2020"] == [
        ("Graduaat orthopedagogie", 8), ("Hbo verpleegkunde", 9), ("Pba verpleegkunde", 10),
        ("Tko zorgkundige", after + 1), ("Se-n-se opvoeder", after + 2), ("Totaal", after + 3),
    ]
    assert answer.issues == []
    assert [f[0] for f in _found(answer)] == ["parts-exceed-total"] * 3


def test_a_figure_alone_between_rows_with_no_page_break_is_still_reported():
    """What stays: a figure alone right between two rows, no blank line nor footer beside it —
    nothing says a page broke there; it is reported, not dropped."""
    answer = read_text(HEAD + "\n".join([*PAGE_ONE, "3", *PAGE_TWO]) + "\n", "c.txt")
    assert [(i.kind, i.reason, i.line) for i in answer.issues] == [("unreadable-table", "row-without-label", 11)]


# 3. A caption that names the table's one period over a header of one count column.

CAPTIONED = [
    "Opleiding Aantal", "Graduaat orthopedagogie 118", "Hbo verpleegkunde 402", "Pba verpleegkunde 233",
    "Totaal 741",
]


@LAID
@pytest.mark.parametrize("caption", [["Cijfers 2021", ""], ["Cijfers 2021"], ["Gegevens 2021 (voorlopig)", ""]])
def test_a_caption_with_the_year_over_a_header_of_one_count_column(caption, laid):
    """``Cijfers 2021`` / ``Opleiding Aantal`` / ``Graduaat orthopedagogie 118``: the caption was
    taken for the header (a label and one period), and the real header for the first line of the
    first row's label: ``Opleiding Aantal Graduaat orthopedagogie``. The header is the line of
    column names; the caption names the period."""
    rows = caption + (_text(CAPTIONED, True).split("\n") if laid else CAPTIONED)
    answer = read_text(HEAD + "\n".join(rows) + "\n", "c.txt")
    first = 7 + len(caption)
    partial = "voorlopig" in caption[0]
    assert [(c.level, c.label, c.period, c.count, c.line) for c in answer.tables[0].cells] == [
        ("row", "Graduaat orthopedagogie", "2021", 118, first + 1), ("row", "Hbo verpleegkunde", "2021", 402, first + 2),
        ("row", "Pba verpleegkunde", "2021", 233, first + 3), ("total", "Totaal", "2021", 741, first + 4),
    ]
    assert [p.partial for p in answer.tables[0].periods] == [partial]
    assert answer.issues == []


# 4. Two tables one after the other, each under a caption of one word.

def test_laid_out_caption_of_the_next_table_below_a_total_is_no_part_of_its_label():
    """``pdftotext -layout``: ``Totaal  1.100  1.105`` / ``Geslaagd`` / ``Provincie  2021  2022``:
    the next table's caption was read as the total's label wrapped (``Totaal Geslaagd``), so
    the second table lost the word that says what it counts and was read as starters like the
    first. Words alone between a total and the next header of periods are that table's caption."""
    rows = [
        "Gestart",
        "   Provincie                   2021      2022", "   Antwerpen                    577       600",
        "   Limburg                      529       510", "   Totaal                     1.100     1.105",
        "Geslaagd",
        "   Provincie                   2021      2022", "   Antwerpen                    120       131",
        "   Limburg                       98       102", "   Totaal                       218       233",
    ]
    answer = read_text(HEAD + "\n".join(rows) + "\n", "t.txt")
    assert [(t.measure, [(c.label, c.count) for c in t.cells if c.level == "total"]) for t in answer.tables] == [
        ("started", [("Totaal", 1100), ("Totaal", 1105)]), ("graduated", [("Totaal", 218), ("Totaal", 233)]),
    ]


# 5. Two tables side by side on the same lines.

BESIDE = [
    "Provincie 2021 2022 Provincie 2021 2022", "Antwerpen 577 600 Antwerpen 120 131",
    "Limburg 529 510 Limburg 98 102", "Totaal 1.100 1.105 Totaal 218 233",
]


@LAID
def test_two_tables_side_by_side_on_the_same_lines_are_reported_as_such(laid):
    """``Provincie 2021 2022 Provincie 2021 2022`` over ``Antwerpen 577 600 Antwerpen 120 131``:
    the left table's figures went into the labels (``Antwerpen 577 600 Antwerpen``) and only the
    right table's were read — 577, 600 … lost without a word, the starters' figures read as
    graduates'. Which figures are whose is not read: one clear finding says the shape, with
    every figure."""
    rows = BESIDE if not laid else [
        "   Provincie          2021      2022      Provincie          2021      2022",
        "   Antwerpen           577       600      Antwerpen           120       131",
        "   Limburg             529       510      Limburg              98       102",
        "   Totaal            1.100     1.105      Totaal              218       233",
    ]
    text = HEAD.replace("dat een OKOT startte.", "dat een OKOT startte (links) en dat slaagde (rechts).")
    answer = read_text(text + "\n".join(rows) + "\n", "b.txt")
    assert answer.tables == []
    assert [(i.kind, i.reason, i.line, i.other_line, i.other, i.numbers) for i in answer.issues] == [
        ("unreadable-table", "side-by-side", 7, 10, "Provincie 2021 2022",
         (577, 600, 120, 131, 529, 510, 98, 102, 1100, 1105, 218, 233)),
    ]
    finding = audit(answer).findings[0]
    assert (finding.rule, finding.severity) == ("unreadable-table", "error")
    assert "two tables side by side on the same lines" in finding.message


def test_a_share_column_named_after_the_period_is_no_second_table():
    """What stays one table: ``Provincie 2021 Aandeel 2021`` (a count and its share)."""
    rows = ["Provincie 2021 Aandeel 2021", "Antwerpen 577 52,5%", "Limburg 529 48,1%", "Totaal 1.100 100%"]
    answer = read_text(HEAD + "\n".join(rows) + "\n", "b.txt")
    assert [(c.label, c.count) for c in answer.tables[0].cells] == [("Antwerpen", 577), ("Limburg", 529), ("Totaal", 1100)]
    assert [i.kind for i in answer.issues] == ["column-not-checked"]


@LAID
def test_a_waarvan_row_below_a_table_of_periods_as_lines_is_reported(laid):
    """``Schooljaar Aantal diploma's`` over school years as lines, ``Totaal 4.113`` and then
    ``waarvan zorg 2.010``: the row was lost without a word (one line of a label and a count
    is no run the reader reports). It is a subset of the total, reported as not checked."""
    rows = [
        "Schooljaar Aantal diploma's", "2019-2020 1.487", "2020-2021 1.612", "2021-2022* 1.014", "Totaal 4.113",
        "waarvan zorg 2.010",
    ]
    if laid:
        rows = [f"   {row.rsplit(' ', 1)[0]:<24}{row.rsplit(' ', 1)[1]:>18}" for row in rows]
    answer = read_text(HEAD + "\n".join(rows) + "\n\n* voorlopig\n", "d.txt")
    assert [(c.period, c.count) for c in answer.tables[0].cells] == [
        ("2019-2020", 1487), ("2020-2021", 1612), ("2021-2022", 1014), ("Totaal", 4113),
    ]
    assert [(i.kind, i.reason, i.line, i.table, i.text, i.other) for i in answer.issues] == [
        ("column-not-checked", "subset-rows", 12, answer.tables[0].id, "waarvan zorg", "2.010"),
    ]


@LAID
@pytest.mark.parametrize("shares", [("27,2", "70,6", "2,3", "100"), ("27", "71", "2", "100")])
def test_a_share_column_beside_one_named_count_column(laid, shares):
    """``Leeftijd Aantal %`` over ``-25 jaar 812 27,2`` and ``Totaal 2.990 100``: the shares with
    a decimal comma were taken off by their form, but the total's ``100`` was not — the total
    line "ends in more figures than the table has periods" (an error, the totals unchecked, and
    then "no Totaal line"). The header's order of columns says the last figure of each row is
    the share, as it does under periods."""
    rows = [
        "Leeftijd Aantal %", f"-25 jaar 812 {shares[0]}", f"25-54 jaar 2.110 {shares[1]}", f"55+ jaar 68 {shares[2]}",
        f"Totaal 2.990 {shares[3]}",
    ]
    if laid:
        rows = [f"   {' '.join(r.split()[:-2]):<16}{r.split()[-2]:>10}{r.split()[-1]:>10}" for r in rows]
    text = HEAD.replace("dat een OKOT startte.", "dat in 2022 een OKOT startte, naar leeftijd.")
    answer = read_text(text + "\n".join(rows) + "\n", "a.txt")
    assert _cells(answer) == [
        ("row", "-25 jaar", "2022", 812, None), ("row", "25-54 jaar", "2022", 2110, None),
        ("row", "55+ jaar", "2022", 68, None), ("total", "Totaal", "2022", 2990, "additive"),
    ]
    assert [(i.kind, i.reason, i.line, i.text, i.other) for i in answer.issues] == [
        ("column-not-checked", "shares", 7, "%", " ".join(shares)),
    ]
    assert _found(answer) == [("column-not-checked", "info", 7, None)]


# 6. A table by quarter.

@LAID
@pytest.mark.parametrize("header, quarters", [
    ("Leeftijd Q1 2022 Q2 2022", "Q1 2022, Q2 2022"),
    ("Leeftijd 1ste kwartaal 2de kwartaal", "1ste kwartaal, 2de kwartaal"),
    ("Leeftijd 2022-Q1 2022-Q2", "2022-Q1, 2022-Q2"),
])
def test_a_table_by_quarter_is_reported_as_such(laid, header, quarters):
    """``Leeftijd Q1 2022 Q2 2022`` over age classes: the finding said "no header with periods
    or training codes was found" under a header that plainly names its periods. It says what
    they are: quarters, which okot-audit does not read as periods."""
    rows = ["-25 jaar 120 88", "25-54 jaar 640 512", "55+ jaar 31 20", "Totaal 791 620"]
    if laid:
        rows = [f"   {' '.join(r.split()[:-2]):<16}{r.split()[-2]:>16}{r.split()[-1]:>16}" for r in rows]
    answer = read_text(HEAD + header + "\n" + "\n".join(rows) + "\n", "q.txt")
    assert answer.tables == []
    assert [(i.kind, i.reason, i.line, i.other_line, i.other) for i in answer.issues] == [
        ("unreadable-table", "quarter-periods", 8, 11, quarters),
    ]
    finding = audit(answer).findings[0]
    assert "whose header names quarters" in finding.message and quarters in finding.message


# 7. A footnote's superscript mark flattened into a plain digit glued to a figure.

SUPERSCRIPT_AGES = ["Leeftijd 2021 2022", "-25 jaar 412 455", "25-54 jaar {mid}", "55+ jaar 61 70", "Totaal 1.707 1.825"]


@LAID
@pytest.mark.parametrize("mid, note", [
    ("1.2341 1.300", "1 Inclusief de jongeren in een duaal traject."),
    ("1.234 1.3002", "2 Voorlopig cijfer."),
    ("1.2341 1.3002", "(1) Inclusief de jongeren in een duaal traject.\n2) Voorlopig cijfer."),
])
def test_a_superscript_mark_flattened_onto_a_figure_in_thousands(laid, mid, note):
    """Extractor text of ``1.234¹`` with the superscript set as a plain digit: ``1.2341``, and
    the footnote ``¹ Inclusief …`` as ``1 Inclusief …``. The figure is no number as printed (four
    digits in its last group): the row was not read (``ambiguous-alignment``, an error) or —
    the mark on its last figure — dropped with its figures, a stray number and two false
    ``total-exceeds-parts`` errors. A fourth digit that a footnote opens with is its mark."""
    rows = [row.format(mid=mid) for row in SUPERSCRIPT_AGES]
    if laid:
        rows = [f"   {' '.join(r.split()[:-2]):<16}{r.split()[-2]:>12}{r.split()[-1]:>12}" for r in rows]
    answer = read_text(HEAD + "\n".join(rows) + "\n\n" + note + "\n", "n.txt")
    assert _cells(answer) == [
        ("row", "-25 jaar", "2021", 412, None), ("row", "-25 jaar", "2022", 455, None),
        ("row", "25-54 jaar", "2021", 1234, None), ("row", "25-54 jaar", "2022", 1300, None),
        ("row", "55+ jaar", "2021", 61, None), ("row", "55+ jaar", "2022", 70, None),
        ("total", "Totaal", "2021", 1707, "additive"), ("total", "Totaal", "2022", 1825, "additive"),
    ]
    assert answer.issues == []
    assert audit(answer).findings == []


def test_a_fourth_digit_no_footnote_opens_with_is_not_cut():
    """What stays: ``1.2341`` with no footnote ``1`` (only a ``2``) is not cut — nothing says the
    digit is a mark; the row is reported, not read."""
    rows = [row.format(mid="1.2341 1.300") for row in SUPERSCRIPT_AGES]
    answer = read_text(HEAD + "\n".join(rows) + "\n\n2 Voorlopig cijfer.\n", "n.txt")
    assert [c.label for c in answer.tables[0].cells if "25-54" in c.label] == []
    assert [(f.rule, f.severity, f.line) for f in audit(answer).findings] == [("ambiguous-alignment", "error", 9)]


# 8. Categories of a person the reader has no words for, named by the header's label column.

NATIONALITIES = ["Nationaliteit 2021 2022", "Belg 2.410 2.440", "EU 210 220", "Niet-EU 350 355", "Niet gekend 20 15"]


@LAID
def test_rows_under_a_label_column_named_by_a_persons_attribute_are_a_partition(laid):
    """``Nationaliteit 2021 2022`` over ``Belg``, ``EU``, ``Niet-EU``, ``Niet gekend``: each person
    has one nationality, but the rows were read as programmes, the total as one of unique
    persons — a total 5 short of its rows was "5 persons counted in more than one row", info.
    The header names the attribute the rows are values of: a partition, its total their sum."""
    rows = [*NATIONALITIES, "Totaal 2.985 3.030"]
    answer = read_text(HEAD + _text(rows, laid) + "\n", "n.txt")
    table = answer.tables[0]
    assert (table.id, table.layout.rows, table.layout.attribute) == ("started_by_nationality", "category", "nationality")
    assert [(c.label, c.period, c.count, c.semantics) for c in table.cells if c.level == "total"] == [
        ("Totaal", "2021", 2985, "additive"), ("Totaal", "2022", 3030, "additive"),
    ]
    [finding] = [f for f in audit(answer).findings if f.rule == "parts-exceed-total"]
    assert (finding.severity, finding.line, finding.period, finding.difference) == ("error", 12, "2021", 5)
    assert "nationality" in finding.message


def test_rows_of_programmes_under_an_opleiding_column_stay_programmes():
    """What stays: ``Opleiding 2021 2022`` names no attribute of a person."""
    rows = ["Opleiding 2021 2022", "Graduaat orthopedagogie 118 131", "Hbo verpleegkunde 402 415", "Totaal 515 540"]
    answer = read_text(HEAD + "\n".join(rows) + "\n", "n.txt")
    assert answer.tables[0].layout.rows == "programme"


# 9. A caption of its own paragraph right after the answer's heading.

@LAID
def test_a_caption_paragraph_after_the_heading_names_the_measure(laid):
    """``van Katrien Schryvers`` / blank / ``Unieke cursisten met gestarte OKOT'(s)`` / blank /
    the header: the heading's last line and the caption were one "sentence" (no full stop
    between them), too long to be a caption — the table was ``unknown``. A paragraph that opens
    with a capital starts a sentence."""
    rows = [
        "Opleiding 2021 2022", "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 71 138",
        "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 40 52", "Totaal 110 188",
    ]
    head = "ANTWOORD\nop vraag nr. 265 van 2 mei 2023\nvan Katrien Schryvers\n\nUnieke cursisten met gestarte OKOT'(s)\n\n"
    answer = read_text(head + _text(rows, laid) + "\n", "c.txt")
    assert [(t.id, t.measure) for t in answer.tables] == [("started", "started")]
    assert "measure-unknown" not in [f.rule for f in audit(answer).findings]


def test_a_sentence_broken_by_a_page_goes_on_in_lower_case():
    """What stays one sentence: a blank line (a page break) before words in lower case."""
    from okot_audit.parse.context import sentences

    assert sentences("Hieronder vindt u het aantal\n\ngestarte cursisten per opleiding.\n\nTabel 1") == (
        "Hieronder vindt u het aantal gestarte cursisten per opleiding.", "Tabel 1",
    )


@LAID
def test_a_waarvan_row_among_coded_rows_is_a_subset_not_a_stray_line(laid):
    """``908001: … 1ste jaar 71 138`` / ``waarvan via duaal leren 12 20``: the subset was "text
    inside the table that belongs to no row" (``stray-number``, a warning). It is a subset of the
    row above: reported as not checked."""
    rows = [
        "Opleiding 2021 2022", "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 71 138",
        "waarvan via duaal leren 12 20", "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 40 52",
        "Totaal 110 188",
    ]
    head = "ANTWOORD\nop vraag nr. 273 van 2 mei 2023\nvan Katrien Schryvers\n\nUnieke cursisten met gestarte OKOT'(s)\n\n"
    answer = read_text(head + _text(rows, laid) + "\n", "c.txt")
    assert [(c.code, c.period, c.count) for c in answer.tables[0].cells if c.level == "row"] == [
        ("908001", "2021", 71), ("908001", "2022", 138), ("908003", "2021", 40), ("908003", "2022", 52),
    ]
    assert [(i.kind, i.reason, i.line, i.text, i.other) for i in answer.issues] == [
        ("column-not-checked", "subset-rows", 9, "waarvan via duaal leren", "12 20"),
    ]
    assert [f.severity for f in audit(answer).findings if f.rule != "parts-exceed-total"] == ["info"]


@pytest.mark.parametrize("rows, label", [
    (["876942: verkort met - ", "1", "ste jaar 23 32"], "verkort met - 1 ste jaar"),
    (["904355: educ graduaatsopleiding algemene 2 - ", "3 ", "graduaatsopleiding 1 16"],
     "educ graduaatsopleiding algemene 2 - 3 graduaatsopleiding"),
])
def test_a_number_alone_inside_a_wrapped_label_is_no_page_number(rows, label):
    """What stays (the generated corpus, seeds 2026 #6 and #189): a number alone between a
    label's pieces — its code's line above, the row's figures below, no blank line beside it —
    is the label's digit, not a page's number, though a row of figures (the header's periods)
    stands above the code's line."""
    head = "ANTWOORD\nop vraag nr. 12 van 2 mei 2023\n\nUnieke \ncursisten met gestarte OKOT'(s) 2020 2021\n"
    answer = read_text(head + "\n".join(rows) + "\nTotaal 23 32\n", "c.txt")
    assert [c.label for c in answer.tables[0].cells if c.level == "row"][:1] == [label]
    assert answer.issues == []
