"""False or loud findings on correct answers (round 23): a correct answer gives only information.

Each test is a correct answer, or the smallest part of it that showed the reader's error, with
the cells and findings a correct reader gives, single-spaced (the seeds' form, pdfplumber's
text) and laid out (``pdftotext -layout``) where the form matters. Each failed before its fix:
an error or a warning where the answer holds none.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from test_unseen_answers8 import HEAD, LAID, _cells
from test_unseen_answers8 import _text as _text8

STARTED = "1. Het aantal unieke cursisten dat een OKOT startte:\n\n"


def _text(rows: list[list[str]], laid: bool) -> str:
    return _text8(rows, laid, label_width=60, min_width=12)


def _answer(rows: list[list[str]], laid: bool, intro: str = STARTED):
    return read_text(HEAD + intro + _text(rows, laid) + "\n\nBron: VDAB.\n", "a.txt")


def _unread(answer) -> list[tuple]:
    """The reader's issues other than the columns it says it did not check."""
    return [(i.kind, i.reason, i.line) for i in answer.issues if i.kind != "column-not-checked"]


def _loud(answer) -> list[tuple]:
    """The findings above information: none on a correct answer."""
    return [(f.rule, f.severity, f.line, f.message) for f in audit(answer).findings if f.severity != "info"]


# 3. A column of shares named by a lone ``%`` after the periods.

PROVINCE_SHARES = [
    ["Provincie", "2020", "2021", "%"],
    ["Antwerpen", "120", "130", "25,0"],
    ["Limburg", "80", "90", "17,3"],
    ["Oost-Vlaanderen", "150", "160", "31,2"],
    ["Totaal", "350", "380", "100,0"],
]


@LAID
@pytest.mark.parametrize("word", ["%", "(%)", "% 2021"])
def test_a_share_column_named_by_a_percent_sign_after_the_last_period_is_not_a_period(laid, word):
    """``Provincie 2020 2021 %`` over ``Antwerpen 120 130 25,0``: ``2021 %`` was taken for a
    share printed with its sign apart (``27,7 %``), the header kept one period, and every row
    was an ``unreadable-table`` error (more figures than periods). The ``%`` names a column of
    shares after the periods: said in ``column-not-checked``, the counts read and checked."""
    answer = _answer([[*PROVINCE_SHARES[0][:3], word], *PROVINCE_SHARES[1:]], laid,
                     "1. Het aantal unieke cursisten dat een OKOT startte, per provincie:\n\n")
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2020", "2021"]]
    assert [c[2:5] for c in _cells(answer)] == [
        ("Antwerpen", "2020", 120), ("Antwerpen", "2021", 130), ("Limburg", "2020", 80), ("Limburg", "2021", 90),
        ("Oost-Vlaanderen", "2020", 150), ("Oost-Vlaanderen", "2021", 160), ("Totaal", "2020", 350),
        ("Totaal", "2021", 380),
    ]
    assert _unread(answer) == []
    found = audit(answer).findings
    assert _loud(answer) == []
    assert [(f.rule, f.line) for f in found] == [("column-not-checked", 7)]
    assert "25,0 17,3 31,2 100,0" in found[0].message


# 6. A column of amounts of money beside the counts.

AMOUNTS = {
    "euro-before": ("Kostprijs", ["€ 1.234,56", "€ 2.345,00", "€ 3.579,56"]),
    "cents": ("Kostprijs (EUR)", ["1.234,56", "2.345,00", "3.579,56"]),
    "eur-after": ("Kostprijs", ["1.234,56 EUR", "2.345,00 EUR", "3.579,56 EUR"]),
    "whole": ("Kost per cursist", ["€ 1.234", "€ 2.345", "€ 3.579"]),
    "glued": ("Bedrag", ["€1.234,56", "€2.345,00", "€3.579,56"]),
}


@LAID
@pytest.mark.parametrize("form", list(AMOUNTS))
def test_a_column_of_amounts_beside_the_counts_is_said_not_checked(laid, form):
    """``Opleiding 2021 2022 Kostprijs`` over ``908003: … 12 30 € 1.234,56``: the whole table
    was an ``unreadable-table`` error (no period, a decimal where a count stands, or a total
    line "with no numbers"), or, with whole amounts, ``ambiguous-alignment`` errors. The
    amounts are a column of another unit beside the counts: said in ``column-not-checked``,
    the counts read and checked."""
    word, values = AMOUNTS[form]
    rows = [
        ["Opleiding", "2021", "2022", word],
        ["908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar", "12", "30", values[0]],
        ["908013: Educatieve bachelor voor lager onderwijs - 3de jaar", "14", "33", values[1]],
        ["Totaal", "26", "60", values[2]],
    ]
    answer = _answer(rows, laid)
    assert [c[2:5] for c in _cells(answer)] == [
        ("908003", "2021", 12), ("908003", "2022", 30), ("908013", "2021", 14), ("908013", "2022", 33),
        ("Totaal", "2021", 26), ("Totaal", "2022", 60),
    ]
    assert _unread(answer) == []
    assert _loud(answer) == []
    found = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert len(found) == 1 and "amounts of money" in found[0].message
    assert all(v in found[0].message for v in values)


@LAID
def test_amounts_beside_the_counts_under_no_header_word_are_said_as_amounts(laid):
    """The same column of amounts with no word over it: said as amounts of money."""
    rows = [
        ["Opleiding", "2021", "2022"],
        ["908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar", "12", "30", "€ 1.234,56"],
        ["908013: Educatieve bachelor voor lager onderwijs - 3de jaar", "14", "33", "€ 2.345,00"],
        ["Totaal", "26", "60", "€ 3.579,56"],
    ]
    answer = _answer(rows, laid)
    assert len(_cells(answer)) == 6 and _unread(answer) == []
    assert _loud(answer) == []
    assert ["amounts of money" in f.message for f in audit(answer).findings if f.rule == "column-not-checked"] == [True]


def test_amounts_beside_the_counts_are_no_counts_of_a_wrong_total():
    """The counts beside the amounts are checked as usual: a wrong total is an error."""
    rows = [
        ["Opleiding", "2021", "2022", "Kostprijs"],
        ["908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar", "12", "30", "€ 1.234,56"],
        ["908013: Educatieve bachelor voor lager onderwijs - 3de jaar", "14", "33", "€ 2.345,00"],
        ["Totaal", "36", "60", "€ 3.579,56"],
    ]
    assert [(f[0], f[2]) for f in _loud(_answer(rows, False))] == [("total-exceeds-parts", 10)]


# 5. A row under a header whose periods were not read, the header printed again below it.

from test_pdf22 import UNDER_REPEATED_HEADER  # noqa: E402

UNDER_HEADER = (
    "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
) + UNDER_REPEATED_HEADER


def test_a_row_not_read_under_a_header_printed_again_leaves_the_tables_totals_unchecked():
    """``Antwerpen Boekhouder 549 345 2.998`` under a header whose month was lost, the header
    printed again below it (its periods read there) over ``Lasser`` and ``Totaal Antwerpen``:
    the row is that table's, and its totals count it. Before, besides the row's
    ``unreadable-table`` error (``row-under-header``), the table below got three
    ``total-exceeds-parts`` errors and three ``error-located`` hints that blamed Lasser's own
    figures for the row not read. Now the row's error says it all: the table's totals are not
    checked over the rows read."""
    answer = read_text(UNDER_HEADER, "u.txt")
    assert [(i.reason, i.line) for i in answer.issues] == [("row-under-header", 10)]
    assert [t.unresolved for t in answer.tables] == [True]
    assert [(f.rule, f.line) for f in audit(answer).findings if f.rule != "code-unknown"] == [("unreadable-table", 10)]


def test_a_row_not_read_under_a_header_of_another_key_leaves_the_table_below_checked():
    """The same row, and below it a table whose header opens with another row key: another
    table, checked as usual (a wrong total of it is an error)."""
    text = UNDER_HEADER.replace("Provincie                 Opleiding                                  juni",
                                "Opleiding                 Provincie                                  juni")
    answer = read_text(text, "u.txt")
    assert [t.unresolved for t in answer.tables] == [False]


# 1. A label's own number wrapped onto the line of the row's figures, blanks printed as dashes.

@pytest.mark.parametrize("label, last", [
    ("577472: Graduaat niveau ", "5"), ("577472: Graduaat individueel traject - fase 1-", "2"),
    ("577472: Graduaat individueel traject - fase", "1- 2"),
])
@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_a_labels_number_wrapped_before_figures_and_dashes_is_the_labels(label, last, dash):
    """``577472: Graduaat niveau`` / ``5 – 37 59 – 20 – 116`` under six years and ``Totaal``, in
    a table that prints its blanks as dashes: ``niveau 5`` is the label's, the row 2017 blank,
    37, 59, blank, 20, blank, 116. Before, the dashes on a line of figures alone were not taken
    for blanks (eight figures and marks, one more than the periods, and the label's words on
    the line above not looked at), and the row was an ``ambiguous-alignment`` error (found by
    the generator: a seeds-form answer, a sector block's row)."""
    rows = [
        "Opleiding 2017 2018 2019 2020 2021 2022 Totaal",
        f"394802: onderwijs: Verkorte graduaatsopleiding 46 {dash} 21 24 43 29 163",
        label, f"{last} {dash} 37 59 {dash} 20 {dash} 116",
        "Totaal 46 37 80 24 63 29 279",
    ]
    answer = read_text(HEAD + STARTED + "\n".join(rows) + "\n\nBron: VDAB.\n", "a.txt")
    assert [(c.period, c.count) for t in answer.tables for c in t.cells if c.code == "577472"] == [
        ("2018", 37), ("2019", 59), ("2021", 20), ("Totaal", 116)]
    assert {c.label for t in answer.tables for c in t.cells if c.code == "577472"} == {
        f"{label.strip()[8:]} {last}"}
    assert _unread(answer) == [] and [f for f in _loud(answer) if f[0] != "code-unknown"] == []


# 2. A laid-out header of months without their year, a blank line between it and the rows.

MONTH_ROWS = [
    "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar        12         14         16",
    "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar          3          4          5",
    "Totaal                                                               15         18         21",
]


@pytest.mark.parametrize("header", [
    ["Unieke cursisten met gestarte            januari     februari       maart", "OKOT'(s)"],
    ["Unieke cursisten met gestarte OKOT'(s)   januari     februari       maart"],
    ["Unieke cursisten met gestarte", "OKOT'(s)                                 januari     februari       maart"],
], ids=["months-on-the-first-line", "one-line", "months-on-the-second-line"])
def test_months_without_their_year_over_a_blank_line_are_the_periods(header):
    """``pdftotext -layout`` of a header whose first cell wraps over two lines, the months'
    names (no year: the prose says ``in 2021``) on one of them, and a blank line between the
    header and the first row. Before, the header was not taken for the table's (a blank line
    below it was allowed only under years or column words), the table took the prose's one
    period, and every row was an ``unreadable-table`` error (more figures than periods)."""
    text = (HEAD + "1. Hieronder vindt u het aantal unieke cursisten in 2021.\n\n" + "\n".join(header) + "\n\n"
            + "\n".join(MONTH_ROWS) + "\n\nBron: VDAB.\n")
    answer = read_text(text, "m.txt")
    assert [(t.measure, [p.label for p in t.periods]) for t in answer.tables] == [
        ("started", ["2021-01", "2021-02", "2021-03"])]
    assert [c[2:5] for c in _cells(answer) if c[2] == "908001"] == [
        ("908001", "2021-01", 12), ("908001", "2021-02", 14), ("908001", "2021-03", 16)]
    assert _unread(answer) == [] and _loud(answer) == []


# A header whose one count column is named by what it counts, after the rows' two key words.

PROVINCE_BLOCKS = [
    "Antwerpen",
    "900611: Professionele bachelor verpleegkunde - 1ste jaar 20",
    "900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar 35",
    "Totaal Antwerpen 55",
    "Limburg",
    "900611: Professionele bachelor verpleegkunde - 1ste jaar 60",
    "900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar 92",
    "Totaal Limburg 152",
    "Eindtotaal 207",
]


@pytest.mark.parametrize("column", ["Unieke cursisten", "Cursisten", "Aantal cursisten", "Gestart", "Personen"])
@pytest.mark.parametrize("key", ["Provincie", "Geslacht", "Sector"])
def test_the_programme_column_beside_a_named_count_column_is_the_rows_key(key, column):
    """``Provincie Opleiding Unieke cursisten`` over province blocks of coded rows, the year in
    the prose: ``Opleiding`` names the rows' programmes, ``Unieke cursisten`` the one column of
    counts. Before, ``Opleiding`` was taken for a second column of counts (the pattern of the
    words that name no column matched ``opleidinge`` and ``opleidingen``, not ``opleiding``),
    every row was an ``ambiguous-alignment`` error (one figure, two columns) and the table was
    read twice."""
    text = (HEAD + "1. Het aantal unieke cursisten dat in 2022 een OKOT startte, per provincie en per opleiding:\n\n"
            + f"{key} Opleiding {column}\n" + "\n".join(PROVINCE_BLOCKS) + "\n\nBron: VDAB.\n")
    answer = read_text(text, "p.txt")
    assert [(t.measure, [p.label for p in t.periods]) for t in answer.tables] == [("started", ["2022"])]
    assert [c[4] for c in _cells(answer)] == [20, 35, 55, 60, 92, 152, 207]
    assert _unread(answer) == [] and _loud(answer) == []


# A dash between figures on a row whose block's province is glued after them.

@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_a_dash_between_figures_before_a_glued_province_is_a_blank(dash):
    """``kinderzorg … opvoeder 55 – 55 110 Brussel`` under ``2020 2021 2022 Totaal``, in a table
    that prints its blanks as dashes: 2021 blank. Before, the dash was weighed on the line with
    its province (no figure ends it: not as many figures as periods), kept, and the row was an
    ``ambiguous-alignment`` error (found by the generator)."""
    rows = [
        "Provincie Opleiding 2020 2021 2022 Totaal",
        f"570982: Tweedekansonderwijs kinderzorg 42 {dash} 12 54",
        "Totaal West-Vlaanderen 42 0 12 54".replace(" 0 ", f" {dash} "),
        "570982: Tweedekansonderwijs",
        f"kinderzorg 55 {dash} 55 110 Brussel",
        "991977: Educatieve bachelor lager onderwijs 43 38 8 89",
        "Totaal Brussel 88 38 63 189",
        "Eindtotaal 130 38 75 243",
    ]
    answer = read_text(HEAD + STARTED + "\n".join(rows) + "\n\nBron: VDAB.\n", "d.txt")
    assert [(c.province, c.period, c.count) for t in answer.tables for c in t.cells if c.line == 11] == [
        ("Brussel", "2020", 55), ("Brussel", "2022", 55), ("Brussel", "Totaal", 110)]
    assert _unread(answer) == [] and [f for f in _loud(answer) if f[0] != "code-unknown"] == []


def test_a_slash_after_a_labels_number_wrapped_onto_the_figures_line_is_a_blank():
    """``330156: lager`` / ``onderwijs niveau`` / ``5 48 5 55 21 / 10`` under six years, in a
    table that prints its blanks as slashes: ``niveau 5`` is the label's, the slash 2019's
    blank. Before, the slash was taken for the label's (seven figures and marks, one more than
    the periods, the label's words above not looked at) and the row was an
    ``ambiguous-alignment`` error (found by the generator)."""
    rows = [
        "Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s) 2015 2016 2017 2018 2019 2020",
        "260298: Educatieve bachelor lager onderwijs 50 54 60 23 / 46",
        "330156: lager", "onderwijs niveau ", "5 48 5 55 21 / 10",
        "Totaal 98 59 115 44 / 56",
    ]
    answer = read_text(HEAD + STARTED + "\n".join(rows) + "\n\nBron: VDAB.\n", "s.txt")
    assert [(c.period, c.count) for t in answer.tables for c in t.cells if c.code == "330156"] == [
        ("2015", 48), ("2016", 5), ("2017", 55), ("2018", 21), ("2020", 10)]
    assert _unread(answer) == [] and [f for f in _loud(answer) if f[0] != "code-unknown"] == []


def test_a_dash_between_figures_elsewhere_makes_a_dash_before_the_figures_a_blank():
    """``… kinderzorg - 26 26`` under ``2022-2023 2023-2024 Totaal``, in an answer whose other
    rows print a blank as a dash between two figures (``tandartsassistent 20 - 20``): the answer
    prints its blanks as dashes, so this dash is 2022-2023's blank too. Before, only a mark a
    line proves alone (``x``, two dashes, a dash that ends a row) told the answer's convention,
    and the row was an ``ambiguous-alignment`` error — its unique-person totals fit the
    figures in either of the first two periods (found by the generator)."""
    rows = [
        "Opleiding 2022-2023** 2023-2024* Totaal",
        "302341: Specifieke lerarenopleiding tandartsassistent 20 - 20",
        "076329: Opvoeder", "met vakbevoegdheid kinderzorg - 26 26",
        "797450: Hoger beroepsonderwijs 13 14 27",
        "508003: Educatieve bachelor kleuteronderwijs 5 30 35",
        "Totaal 30 40 70",
    ]
    answer = read_text(HEAD + STARTED + "\n".join(rows) + "\n\nBron: VDAB.\n", "k.txt")
    assert [(c.period, c.count) for t in answer.tables for c in t.cells if c.code == "076329"] == [
        ("2023-2024", 26), ("Totaal", 26)]
    assert _unread(answer) == [] and [f for f in _loud(answer) if f[0] != "code-unknown"] == []


# A laid-out name wrapped over three lines, its own number ending the middle one, its block's
# province printed on the line of its figures.

LAID_PROVINCE_FIRST = (
    "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
    "Provincie       Opleiding                      2019    2020     2021\n\n"
    "                Graduaat onderwijs vorming\n"
    "                - tweede jaar\n"
    "West-Vlaanderen kleuteronderwijs                54       8       56\n\n"
    "Totaal West-Vlaanderen                          54       8       56\n\n"
    "                Se-n-se verkort\n"
    "                apotheekassistent module 5\n"
    "Oost-Vlaanderen sec verkort                     42      24       30\n\n"
    "Totaal Oost-Vlaanderen                          42      24       30\n\n"
    "Eindtotaal                                      96      32       86\n"
)


def test_a_names_own_number_ending_a_line_above_the_provinces_line_is_the_names():
    """``Se-n-se verkort`` / ``apotheekassistent module 5`` / ``Oost-Vlaanderen sec verkort  42
    24  30``: the ``5`` is the name's (``module 5``), the province the block's, printed on the
    line of the figures. Before, the line below was taken for a new row (it begins with a
    capital: the province's), so ``… module 5`` was a row of one figure and an
    ``ambiguous-alignment`` error (found by the generator, laid out)."""
    answer = read_text(LAID_PROVINCE_FIRST, "l.txt")
    assert [(c.province, c.label, c.period, c.count) for t in answer.tables for c in t.cells
            if c.level == "row" and c.province == "Oost-Vlaanderen"] == [
        ("Oost-Vlaanderen", "Se-n-se verkort apotheekassistent module 5 sec verkort", p, n)
        for p, n in (("2019", 42), ("2020", 24), ("2021", 30))]
    assert _unread(answer) == [] and _loud(answer) == []


def test_a_wrapped_header_of_one_count_column_keeps_a_labels_hyphen_among_dashed_blanks():
    """A table of one column (``Unieke cursisten`` / ``met uitgevoerde, geslaagde, OKOT'(s)
    Aantal``, its year in the prose) below a table of three periods, in an answer that prints
    blanks as marks (``n.b.``): ``688147: lerarenopleiding vorming educ - 1 32`` is the label
    ``… educ - 1`` and its count 32. Before, the header's wrapped last line (it begins in lower
    case) was not taken for a header of one column, the dash was weighed under the three
    periods of the table above and blanked, and the row was an ``unreadable-table`` error (more
    figures than periods; found by the generator)."""
    rows = [
        "Provincie Opleiding 2021 2022 2023*",
        "Specifieke traject modules 1- 4 23 n.b. 3", "Totaal Oost-Vlaanderen 23 n.b. 3", "Eindtotaal 23 n.b. 3",
        "", "2. Hieronder vindt u de gevraagde gegevens voor 2016. De cijfers geven",
        "het aantal geslaagde cursisten weer voor het volledige jaar 2016.", "",
        "Unieke cursisten ", "met uitgevoerde, geslaagde, OKOT'(s) Aantal",
        "145701: onderwijs: bijkomende vakbevoegdheid 45", "688147: lerarenopleiding vorming educ - 1 32", "Totaal 77",
    ]
    answer = read_text(HEAD + STARTED + "\n".join(rows) + "\n\nBron: VDAB.\n", "w.txt")
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.code == "688147"] == [
        ("lerarenopleiding vorming educ - 1", "2016", 32)]
    assert _unread(answer) == [] and [f for f in _loud(answer) if f[0] != "code-unknown"] == []


# A one-page answer's page number below its last table.

ONE_PAGE = (
    HEAD + "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.\n\n"
    "Opleiding                                                    2018-2019  2019-2020\n\n"
    "Totaal                                                           1.263        113\n\n\n\n"
    "                                        1\n"
)


def test_the_page_number_that_ends_a_one_page_answer_is_no_row():
    """``pdftotext -layout`` of a one-page answer: the page's number ``1``, centred, the text's
    last line, below a table of its total alone (found by the generator). Before, it was an ``unreadable-table`` error ("a row …
    has figures (1) but no label"): a lone page number is not told by a series of them."""
    answer = read_text(ONE_PAGE, "p.txt")
    assert [c[4] for c in _cells(answer)] == [1263, 113]
    assert _unread(answer) == [] and _loud(answer) == []


def test_a_figure_alone_below_a_label_at_the_end_is_still_read():
    """A total's figure printed a line below its label (``Totaal`` / blank / ``1``), the last
    line of the text: its figure, not a page number."""
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat in 2022 een OKOT startte:\n\n"
                       "Opleiding Aantal\nGraduaat verpleegkunde 1\nTotaal\n\n1\n", "t.txt")
    assert [c[4] for c in _cells(answer)] == [1, 1]


# 4. Coded gender blocks whose key stands on each block's first row only.

GENDER_KEYED_FIRST = [
    "Geslacht Opleiding Aantal",
    "Man 900611: Professionele bachelor verpleegkunde - 1ste jaar 20",
    "900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar 35",
    "Totaal Man 55",
    "Vrouw 900611: Professionele bachelor verpleegkunde - 1ste jaar 60",
    "900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar 92",
    "Totaal Vrouw 152",
    "Eindtotaal 207",
]


def _gender_answer(rows: list[str]):
    return read_text(HEAD + "1. Het aantal unieke cursisten dat in 2022 een OKOT startte, per geslacht en per "
                     "opleiding:\n\n" + "\n".join(rows) + "\n\nBron: VDAB.\n", "g.txt")


def test_gender_blocks_keyed_on_their_first_row_only():
    """``Man 900611: … 20`` / ``900711: … 35`` / ``Totaal Man 55`` / ``Vrouw 900611: …``: a pivot
    table in tabular form that prints its outer item (the gender) on each block's first row
    only, its one period named in the prose. Before, ``Totaal Man`` closed no block (a block
    keyed so was known only where every row printed the key), ``Totaal Vrouw`` was read as the
    table's total, and the second block's codes were ``duplicate-row`` errors."""
    answer = _gender_answer(GENDER_KEYED_FIRST)
    assert [(c.block, c.code or c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells] == [
        ("man", "900611", "2022", 20, None), ("man", "900711", "2022", 35, None),
        ("man", "Totaal Man", "2022", 55, "unique"), ("vrouw", "900611", "2022", 60, None),
        ("vrouw", "900711", "2022", 92, None), ("vrouw", "Totaal Vrouw", "2022", 152, "unique"),
        (None, "Eindtotaal", "2022", 207, "additive"),
    ]
    assert _unread(answer) == [] and _loud(answer) == []


def test_a_wrong_total_of_gender_blocks_keyed_on_their_first_row_is_an_error():
    """The genders partition the persons: the grand total is the exact sum of the blocks'."""
    answer = _gender_answer([*GENDER_KEYED_FIRST[:-1], "Eindtotaal 217"])
    assert [(f[0], f[2]) for f in _loud(answer)] == [("total-exceeds-parts", 14)]
