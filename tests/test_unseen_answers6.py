"""Answers written by hand in shapes the other tests do not hold (a sixth review of reading
answers never seen, round 15): each test is such an answer, or the smallest part of it that
showed the reader's error, and the exact cells and findings a correct reader gives."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = "ANTWOORD\nop vraag nr. 310 van 6 maart 2024\nvan Katrien Schryvers\n\n"


def _cells(answer) -> list[tuple]:
    partial = {(t.id, p.label): p.partial for t in answer.tables for p in t.periods}
    return [(t.measure, c.level, c.label, c.period, partial[t.id, c.period], c.count, c.semantics)
            for t in answer.tables for c in t.cells]


def _found(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period) for f in audit(answer).findings]


def _text(rows: list[str], laid: bool) -> str:
    """The rows single-spaced, or laid out as ``pdftotext -layout`` prints them: each figure or
    mark right-aligned in its column."""
    if not laid:
        return "\n".join(rows)
    out = []
    for row in rows:
        words: list[str] = []
        for word in row.split():  # (a month and its year are one header cell: ``sep 2022``)
            if words and word.isdigit() and len(word) == 4 and words[-1].isalpha() and words[-1].islower():
                words[-1] += " " + word
            else:
                words.append(word)
        k = len(words)
        while k > 1 and (words[k - 1][:1].isdigit() or words[k - 1] in ("-", "/", "x", "n.v.t.")
                         or words[k - 1][-4:].isdigit()):
            k -= 1
        out.append("   " + " ".join(words[:k]).ljust(40) + "".join(w.rjust(12) for w in words[k:]))
    return "\n".join(out)


LAID = pytest.mark.parametrize("laid", [False, True], ids=["single-spaced", "laid-out"])


# 1. Two footnotes on consecutive lines, ``*`` and ``**``: each explains its own period.

SCHOOL_YEARS = [
    "Opleiding 2019-2020 2020-2021* 2021-2022 2022-2023**",
    "Bachelor in de verpleegkunde 88 71 102 64",
    "Graduaat in de verpleegkunde 201 187 240 133",
    "Totaal 287 256 340 195",
]


@LAID
@pytest.mark.parametrize("after", ["", "Bron: VDAB, Datawarehouse.\n"], ids=["last", "source-below"])
def test_a_double_starred_footnote_below_a_starred_one_is_a_footnote_of_its_own(laid, after):
    """``* coronajaar: …`` / ``** voorlopige cijfers, …`` on the next line: the ``**`` line ran
    on into the ``*`` note (2020-2021 "partial — the answer says: 'coronajaar … ** voorlopige
    cijfers …'") and 2022-2023 was "marked ** but no footnote explains the mark". Each period
    has its own note; the table's source on the next line (``Bron: …``, PDF text has no blank
    lines) is no part of the last one."""
    text = (HEAD + "1. Hieronder het aantal unieke cursisten met een geslaagd OKOT, per schooljaar.\n\n"
            + _text(SCHOOL_YEARS, laid) + "\n\n"
            "* coronajaar: examens deels uitgesteld naar het volgende schooljaar\n"
            "** voorlopige cijfers, tweede examenperiode nog niet verwerkt\n" + after)
    answer = read_text(text, "s.txt")
    assert [(p.label, p.partial, p.note, p.line) for p in answer.tables[0].periods] == [
        ("2019-2020", False, None, 7),
        ("2020-2021", True, "coronajaar: examens deels uitgesteld naar het volgende schooljaar", 12),
        ("2021-2022", False, None, 7),
        ("2022-2023", True, "voorlopige cijfers, tweede examenperiode nog niet verwerkt", 12),
    ]
    assert [(f.rule, f.line, f.period) for f in audit(answer).findings if f.rule == "partial-period"] == [
        ("partial-period", 12, "2020-2021"), ("partial-period", 12, "2022-2023"),
    ]


# 2. A question with sub-questions, each answered with its own table.

SUB_ITEMS = [
    "2. Hoeveel van hen behaalden een diploma?", "",
    "a) per schooljaar", "",
    "Opleiding 2020-2021 2021-2022", "Graduaat in de verpleegkunde 301 344",
    "Bachelor in de verpleegkunde 97 112", "Zorgkundige 140 151", "Totaal 538 607", "",
    "b) per provincie, schooljaar 2021-2022", "",
    "Provincie Aantal", "Antwerpen 170", "Limburg 88", "Oost-Vlaanderen 141", "Vlaams-Brabant 79",
    "West-Vlaanderen 120", "Brussel 9", "Totaal 607",
]


@pytest.mark.parametrize("between", [False, True], ids=["sub-item-heads-the-table", "blank-line-between"])
def test_tables_of_lettered_sub_items_count_what_their_numbered_item_asks(between):
    """``2. Hoeveel van hen behaalden een diploma?`` / ``a) per schooljaar`` / a table /
    ``b) per provincie, schooljaar 2021-2022`` / a table: both tables were of measure
    ``unknown`` (two ``measure-unknown`` findings: "neither its header, the text before it nor
    the question it answers names starters, graduates …"). The numbered item's words say it of
    each of its sub-items' tables: graduates."""
    rows = SUB_ITEMS if between else [r for k, r in enumerate(SUB_ITEMS) if not (r == "" and k in (3, 11))]
    answer = read_text(HEAD + "1. Het aantal starters vindt u in het antwoord op vraag nr. 12.\n\n"
                       + "\n".join(rows) + "\n\nBron: VDAB.\n", "d.txt")
    assert [(t.id, t.measure, t.unique_persons) for t in answer.tables] == [
        ("graduated", "graduated", True), ("graduated_by_province", "graduated", True),
    ]
    assert [f.rule for f in audit(answer).findings] == []


def test_a_sub_items_own_words_win_over_its_numbered_items():
    """What stays: a sub-item that names what its table counts (``b) … die stopzetten``) is read
    by its own words, not by its numbered item's."""
    rows = [r.replace("b) per provincie,", "b) het aantal cursisten die stopzetten, per provincie,") for r in SUB_ITEMS]
    answer = read_text(HEAD + "\n".join(rows) + "\n", "d.txt")
    assert [t.measure for t in answer.tables] == ["graduated", "stopped_or_failed"]


# 3. An answer that cites an earlier answer's figures.

def test_an_earlier_answer_cited_in_the_prose_is_not_the_question_answered():
    """The parliament's heading (``SCHRIFTELIJKE VRAAG nr. 233`` / ``van …`` / ``datum: 7
    februari 2024``) and, below the table, ``in het antwoord op vraag nr. 118 van 14 november
    2023 werden … 205 starters gemeld``: the answer was read as question 118 of 14 November 2023,
    the cited one — older than it is, which turns which of two answers revises the other."""
    text = (
        "Vlaams Parlement - Schriftelijke vragen en antwoorden\n\nSCHRIFTELIJKE VRAAG nr. 233\n"
        "van Stijn Bex\ndatum: 7 februari 2024\n\nANTWOORD\n\n"
        "Het aantal unieke cursisten dat een OKOT startte, per maand, vindt u hieronder.\n\n"
        "Maand Aantal\nseptember 2023 212\noktober 2023 98\nTotaal 305\n\n"
        "Ter vergelijking: in het antwoord op vraag nr. 118 van 14 november 2023 werden voor\n"
        "september 2023 nog 205 starters gemeld.\n"
    )
    answer = read_text(text, "q.txt")
    assert (answer.question_number, str(answer.question_date)) == (233, "2024-02-07")


def test_the_answers_own_question_line_above_a_cited_one_is_still_read():
    """What stays: ``op vraag nr. 349 van 22 maart 2024`` at the top, a cited question below."""
    text = (HEAD.replace("310 van 6 maart", "349 van 22 maart") + "1. In mijn antwoord op vraag nr. 74 van "
            "14 oktober 2022 meldde ik 1.480 starters.\n\nOpleiding 2022\nZorgkundige 170\n")
    answer = read_text(text, "q.txt")
    assert (answer.question_number, str(answer.question_date)) == (349, "2024-03-22")


# 4. A dash for a blank cell between two figures, in an answer that prints no other mark.

MONTHS = [
    "Opleiding sep 2022 okt 2022 nov 2022 dec 2022 jan 2023 feb 2023",
    "Graduaat in de verpleegkunde 310 122 41 9 88 30",
    "Zorgkundige 95 40 12 - 33 11",
    "Totaal 401 160 53 9 120 41",
]
MONTH_LABELS = ["2022-09", "2022-10", "2022-11", "2022-12", "2023-01", "2023-02"]


@LAID
def test_a_dash_between_two_figures_of_a_full_row_is_a_blank_cell(laid):
    """``Zorgkundige 95 40 12 - 33 11`` under six months spanning two years, the totals holding
    with December blank: in single-spaced text the dash was taken for a range in the label
    (``Zorgkundige 95 40 12 -``), and the row was an ``ambiguous-alignment`` error ("no placement
    of its numbers over the 6 periods fits the stated totals"). A dash set apart between two
    figures, the figures and marks as many as the periods and the row ending on its line, is a
    blank cell — as in an answer that prints other blanks as marks."""
    answer = read_text(HEAD + "Het aantal unieke cursisten dat een OKOT startte in de zorgsector, per maand:\n\n"
                       + _text(MONTHS, laid) + "\n\nBron: VDAB\n", "m.txt")
    values = {"Graduaat in de verpleegkunde": [310, 122, 41, 9, 88, 30], "Zorgkundige": [95, 40, 12, None, 33, 11],
              "Totaal": [401, 160, 53, 9, 120, 41]}
    assert _cells(answer) == [
        ("started", "total" if label == "Totaal" else "row", label, period, False, value,
         "unique" if label == "Totaal" else None)
        for label, row in values.items() for period, value in zip(MONTH_LABELS, row) if value is not None
    ]
    assert _found(answer) == [
        ("parts-exceed-total", "info", 10, "2022-09"), ("parts-exceed-total", "info", 10, "2022-10"),
        ("parts-exceed-total", "info", 10, "2023-01"),
    ]


@pytest.mark.parametrize("row, label, values", [
    ("Zorgkundige 12 - 33", "Zorgkundige", (12, None, 33)),
    ("Polyvalent verzorgende 5 - -", "Polyvalent verzorgende", (5, None, None)),
])
def test_a_dash_between_figures_under_three_periods(row, label, values):
    text = HEAD + "Het aantal unieke cursisten dat een OKOT startte:\n\nOpleiding 2021 2022 2023\n" + row + "\n"
    answer = read_text(text, "d.txt")
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells] == [
        (label, p, v) for p, v in zip(["2021", "2022", "2023"], values) if v is not None
    ]


def test_a_range_in_a_label_before_its_figures_stays_the_labels():
    """What stays: ``Modules 1 - 4 12 14`` under two periods (more figures and marks than
    periods: the range is the label's) and a dash that opens the figures (``traject - 1 12 13``
    under three periods, no mark elsewhere)."""
    text = (HEAD + "Het aantal unieke cursisten dat een OKOT startte:\n\nOpleiding 2021 2022\n"
            "Modules 1 - 4 12 14\nTotaal 12 14\n")
    answer = read_text(text, "r.txt")
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells][:2] == [
        ("Modules 1 - 4", "2021", 12), ("Modules 1 - 4", "2022", 14),
    ]


# 5. Province blocks, the Flemish Region's total over its provinces' blocks, then Brussels.

def _region_blocks(region_line: str) -> str:
    rows = [
        "Provincie Opleiding Aantal", "Antwerpen", "Graduaat in de verpleegkunde 310", "Zorgkundige 120",
        "Totaal Antwerpen 425", "Limburg", "Graduaat in de verpleegkunde 150", "Zorgkundige 61",
        "Totaal Limburg 210", region_line, "Brussel", "Graduaat in de verpleegkunde 22", "Totaal Brussel 22",
        "Eindtotaal 655",
    ]
    return (HEAD + "Het aantal unieke cursisten met een gestarte OKOT, per opleiding en per provincie, 2023:\n\n"
            + "\n".join(rows) + "\n")


@pytest.mark.parametrize("words", ["Subtotaal Vlaams Gewest", "Totaal Vlaams Gewest", "Vlaams Gewest"])
def test_the_flemish_regions_total_below_province_blocks_totals_their_subtotals(words):
    """``Totaal Antwerpen 425`` / … / ``Totaal Limburg 210`` / ``Subtotaal Vlaams Gewest 634`` /
    ``Brussel`` block / ``Eindtotaal 655``. ``Subtotaal Vlaams Gewest`` was read as closing a
    sector block named "vlaams gewest": eight ``schema-violation`` errors (a province in a table
    of sector blocks). Worded ``Totaal Vlaams Gewest`` or ``Vlaams Gewest``, the Eindtotaal was
    checked against every subtotal, the region's and its provinces' both: "636 persons counted in
    two provinces" — and the region's total was checked against nothing. The region's total
    totals the subtotals of its provinces' blocks (425 + 210 = 635: 1 person in two provinces);
    the Eindtotaal totals the region and Brussels (634 + 22 = 656: 1 person)."""
    answer = read_text(_region_blocks(f"{words} 634"), "b.txt")
    table = answer.tables[0]
    assert (table.id, table.layout.blocks) == ("started_by_province", "province")
    assert [(c.level, c.province, c.label, c.count) for c in table.cells] == [
        ("row", "Antwerpen", "Graduaat in de verpleegkunde", 310), ("row", "Antwerpen", "Zorgkundige", 120),
        ("subtotal", "Antwerpen", "Totaal Antwerpen", 425),
        ("row", "Limburg", "Graduaat in de verpleegkunde", 150), ("row", "Limburg", "Zorgkundige", 61),
        ("subtotal", "Limburg", "Totaal Limburg", 210), ("subtotal", None, words, 634),
        ("row", "Brussel", "Graduaat in de verpleegkunde", 22), ("subtotal", "Brussel", "Totaal Brussel", 22),
        ("total", None, "Eindtotaal", 655),
    ]
    findings = audit(answer).findings
    assert [(f.rule, f.severity, f.line, f.stated, f.observed) for f in findings] == [
        ("parts-exceed-total", "info", 11, 425, 430), ("parts-exceed-total", "info", 15, 210, 211),
        ("parts-exceed-total", "info", 16, 634, 635), ("parts-exceed-total", "info", 20, 655, 656),
    ]


def test_a_regions_total_that_exceeds_its_provinces_subtotals_is_an_error():
    """The region's total is checked: 640 exceeds the 635 of its provinces' subtotals."""
    findings = audit(read_text(_region_blocks("Totaal Vlaams Gewest 640").replace("655", "661"), "b.txt")).findings
    assert [(f.rule, f.line, f.stated, f.observed) for f in findings if f.severity == "error"] == [
        ("total-exceeds-parts", 16, 640, 635),
    ]


# 6. A year named only to compare with, in the sentence before a table of one count column.

@pytest.mark.parametrize("compared", [
    "dat zijn er 176 meer dan in 2022 (4.222)", "176 meer ten opzichte van 2022", "tegenover 4.222 in 2022",
])
def test_a_year_compared_with_is_not_the_period_of_the_table(compared):
    """``In 2023 startten 4.398 personen een OKOT; dat zijn er 176 meer dan in 2022 (4.222).`` /
    ``Van hen volgden er 12 een traject in de sector logistiek, …:`` over ``Opleiding Aantal``:
    the table was read as of 2022, the year the sentence compares with (the last of two years
    named once each) — its figures filed under the wrong year, with no finding. The year the
    sentence compares with is no period of the table; 2023 is."""
    text = (HEAD + f"1. In 2023 startten 4.398 personen een OKOT; {compared}.\n"
            "Van hen volgden er 12 een traject in de sector logistiek, nl. de volgende opleiding:\n\n"
            "Opleiding Aantal\nGraduaat logistiek management 12\nTotaal 12\n")
    answer = read_text(text, "c.txt")
    assert _cells(answer) == [
        ("started", "row", "Graduaat logistiek management", "2023", False, 12, None),
        ("started", "total", "Totaal", "2023", False, 12, "unique"),
    ]


def test_a_year_only_compared_with_is_still_read_where_no_other_is_named():
    """What stays: where the only year named is one compared with, it is still the one named."""
    text = (HEAD + "1. Meer cursisten dan in 2022 volgden een traject logistiek:\n\n"
            "Opleiding Aantal\nGraduaat logistiek management 12\n")
    assert [c.period for c in read_text(text, "c.txt").tables[0].cells] == ["2022"]


# 7. Thousands set apart by a space in single-spaced text, some counts with and some without.

THOUSANDS = [
    "Provincie 2019 2020 2021 2022 Totaal",
    "Antwerpen 1 012 1 105 998 1 040 3 601",
    "Limburg 512 530 488 501 1 790",
    "Oost-Vlaanderen 1 100 1 180 1 010 1 090 3 911",
    "Brussel 58 61 55 60 201",
    "Totaal 2 670 2 870 2 545 2 680 9 280",
]


def test_counts_with_and_without_spaced_thousands_in_one_row_are_read_as_the_totals_choose():
    """``Antwerpen 1 012 1 105 998 1 040 3 601`` under four years and a total column: nine
    numbers for five columns. Only Oost-Vlaanderen (every count in the thousands) was read; the
    other rows were each an ``unreadable-table`` error ("may print a count's thousands apart …
    but they do not say which figures make one count"). Each way of joining a number to the
    three-digit number after it is a reading of the row — ``012`` only ever the rest of a count —
    and the totals choose, as they choose where a blank cell stands: ``105 998`` as one count
    would exceed the 2021 total."""
    answer = read_text(HEAD + "Het aantal unieke cursisten dat een OKOT startte, per provincie:\n\n"
                       + "\n".join(THOUSANDS) + "\n", "t.txt")
    values = {"Antwerpen": [1012, 1105, 998, 1040, 3601], "Limburg": [512, 530, 488, 501, 1790],
              "Oost-Vlaanderen": [1100, 1180, 1010, 1090, 3911], "Brussel": [58, 61, 55, 60, 201],
              "Totaal": [2670, 2870, 2545, 2680, 9280]}
    periods = ["2019", "2020", "2021", "2022", "Totaal"]
    assert [(c.level, c.label, c.period, c.count) for c in answer.tables[0].cells] == [
        ("total" if label == "Totaal" else "row", label, p, v) for label, row in values.items() for p, v in zip(periods, row)
    ]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


def test_spaced_thousands_the_totals_do_not_settle_are_still_reported():
    """What stays: ``Man 1 102 250`` under two periods with no total line (1.102 and 250, or 1
    and 102.250) is reported as such, not guessed — nor read as a question of blank cells."""
    rows = ["Geslacht 2021 2022", "Man 1 102 250", "Vrouw 2 878 3 001"]
    answer = read_text(HEAD + "Het aantal unieke cursisten dat een OKOT startte:\n\n" + "\n".join(rows) + "\n", "t.txt")
    assert [(i.kind, i.reason, i.line, i.numbers) for i in answer.issues] == [
        ("unreadable-table", "thousands-unclear", 8, (1, 102, 250)),
    ]
    assert [(c.label, c.count) for c in answer.tables[0].cells] == [("Vrouw", 2878), ("Vrouw", 3001)]


@pytest.mark.parametrize("wrapped", [False, True], ids=["one-line", "range-wrapped-above-its-end"])
def test_a_labels_own_number_is_never_the_thousands_of_a_count(wrapped):
    """What stays (found by tests/test_newer_shapes_property.py on the first version of §7):
    ``… modules 1- 4 203 180`` under two periods, a table whose totals are in the thousands. The
    ``4`` that ends the label's range is the label's, not the thousands of 4.203: the row is read
    as before, not left to the totals (which fit both) and reported."""
    label = "Graduaat bachelor individueel traject - modules 1-" + ("\n" if wrapped else " ")
    rows = ["Opleiding 2015 2016", label + "4 203 180",
            "Graduaat orthopedagogie 4.100 4.000", "Totaal 4.250 4.150"]
    answer = read_text(HEAD + "Het aantal unieke cursisten dat een OKOT startte:\n\n" + "\n".join(rows) + "\n", "m.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells][:2] == [
        ("Graduaat bachelor individueel traject - modules 1- 4", "2015", 203),
        ("Graduaat bachelor individueel traject - modules 1- 4", "2016", 180),
    ]


# Regressions of the dash between two figures (found on the 1,000-answer generated corpus).

def test_a_labels_range_under_one_count_column_stays_the_labels():
    """``Specifieke onderwijs 2 - 3 55`` under ``Provincie Opleiding Aantal`` (one column of
    counts, its period in the prose) far below another table's header of four periods: the
    dash was taken for a blank among "four" figures, and the row was an unreadable-table
    error. The header nearest the row is the one-column header: the range is the label's."""
    text = (HEAD + "1. Het aantal gestarte cursisten per opleiding:\n\nOpleiding 2017 2018 2019 2020\n"
            "Graduaat orthopedagogie 118 131 142 150\nTotaal 118 131 142 150\n\n"
            "2. Hieronder de gegevens voor 2019, het aantal gestarte cursisten per provincie.\n\n"
            "Provincie Opleiding Aantal\nAntwerpen\n376056: Specifieke onderwijs 2 - 3 55\n"
            "350578: orthopedagogie 37\nTotaal Antwerpen 90\n")
    answer = read_text(text, "range.txt")
    assert not [f for f in audit(answer).findings if f.rule == "unreadable-table"]
    assert [(c.label, c.count) for c in answer.tables[1].cells if c.level == "row"] == [
        ("Specifieke onderwijs 2 - 3", 55), ("orthopedagogie", 37),
    ]


def test_a_labels_range_in_a_row_whose_blanks_are_spaces_stays_the_labels():
    """``educ niveau 5 Se-n-se 2 - 3   53 51`` under five periods, in single-spaced text whose rows
    print blank cells as wide spaces: the dash was taken for a blank (2, -, 3, 53, 51 under five
    periods) and the row was an unreadable-table error; its blanks are the spaces."""
    text = (HEAD + "Het aantal unieke cursisten dat een OKOT startte:\n\n"
            "Opleiding 2020 2021 2022 2023 2024\n162301: educ niveau 5 Se-n-se 2 - 3   53 51  \n"
            "454184: verpleegkunde 41 60 44 12 30\n")
    answer = read_text(text, "spaced.txt")
    assert not [f for f in audit(answer).findings if f.rule == "unreadable-table"]
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells][:2] == [
        ("educ niveau 5 Se-n-se 2 - 3", "2022", 53), ("educ niveau 5 Se-n-se 2 - 3", "2023", 51),
    ]


def test_a_wrapped_labels_line_of_figures_and_a_dash_stays_the_labels():
    """``592909: lerarenopleiding`` / ``2 - 3`` / ``Hoger secundair 54 62 25`` under three
    periods: the line ``2 - 3`` (figures and a dash as many as the periods) was read as a row of
    its own, 2 and 3 in two periods, and the code's row lost its figures to a row without code —
    wrong cells and totals checked against them, with no finding. A line of figures and dashes
    alone is a piece of a wrapped label."""
    text = (HEAD + "Het aantal unieke geslaagde cursisten:\n\nOpleiding 2021 2022 2023\n"
            "154445: Professionele vorming module 5 traject 1.377 57 75\n592909: lerarenopleiding\n2 - 3\n"
            "Hoger secundair 54 62 25\n855409: leefgroepenwerking 17 27 80\nTotaal 1.437 140 154\n")
    answer = read_text(text, "wrapped.txt")
    assert [(c.code, c.label, c.period, c.count) for c in answer.tables[0].cells if c.code == "592909"] == [
        ("592909", "lerarenopleiding 2 - 3 Hoger secundair", p, n) for p, n in (("2021", 54), ("2022", 62), ("2023", 25))
    ]
    assert len([c for c in answer.tables[0].cells if c.level == "row"]) == 9


def test_two_lines_of_prose_with_figures_inside_are_no_table_beside_prose():
    """A guard of the reading of a table set beside prose (``Antwerpen 577 601 640 zorgsector,
    per …``): two lines of prose that hold two figures in a row are prose, no finding."""
    text = (HEAD + "Het aantal unieke cursisten met een OKOT steeg van 4.398 in 2018 naar 4.774 in 2019.\n"
            "In de jaren 2020 2021 startten er minder cursisten door de coronacrisis, en\n"
            "in de jaren 2021 2022 werden 2.345 nieuwe trajecten opgezet.\n")
    answer = read_text(text, "prose.txt")
    assert not [f for f in audit(answer).findings if f.rule == "unreadable-table"]


def test_the_eindtotaal_over_the_region_and_brussels_says_two_regions_not_provinces():
    """The ``Eindtotaal`` totals the Flemish Region's total and Brussels's: a person counted in
    both was "counted in two provinces", which Brussels is not; the region's total over its
    provinces' subtotals still says provinces."""
    answer = read_text(_region_blocks("Subtotaal Vlaams Gewest 634"), "b.txt")
    said = {f.line: f.message for f in audit(answer).findings if f.rule == "parts-exceed-total"}
    assert "1 person counted in two regions" in said[20]
    assert "1 person counted in two provinces" in said[16]
    nl = {f.line: f.message for f in audit(answer, lang="nl").findings if f.rule == "parts-exceed-total"}
    assert "in twee gewesten" in nl[20] and "in twee provincies" in nl[16]


def test_rows_beside_prose_with_a_dash_for_a_blank_are_read():
    """pdfplumber's text of a table left of a column of prose where a row prints a blank as a
    dash (``Antwerpen 577 - 640 zorgsector, …``): the rows were reported as a table beside prose
    (that row's figures among those the message lists). Each row's key and the header's periods
    say where the table ends on each line: it is read (tests/test_extractor_text3.py), the dash
    a blank cell, the question after the table (what it counts not said before it)."""
    text = (HEAD + "Provincie 2019 2020 2021 Het aantal unieke cursisten dat een OKOT startte in de\n"
            "Antwerpen 577 - 640 zorgsector, per provincie. In antwoord op de vraag geef ik\n"
            "Limburg 529 540 555 hierbij de cijfers van VDAB. Het aantal unieke cursisten dat\n"
            "Oost-Vlaanderen 918 930 951 in 2019 tot 2021 een OKOT startte, staat in de tabel\n"
            "Totaal 2.001 1.450 2.120 hiernaast. Een cursist kan in meer dan een provincie starten.\n")
    answer = read_text(text, "beside.txt")
    assert [(c.province or c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells] == [
        ("Antwerpen", "2019", 577, 6), ("Antwerpen", "2021", 640, 6), ("Limburg", "2019", 529, 7),
        ("Limburg", "2020", 540, 7), ("Limburg", "2021", 555, 7), ("Oost-Vlaanderen", "2019", 918, 8),
        ("Oost-Vlaanderen", "2020", 930, 8), ("Oost-Vlaanderen", "2021", 951, 8), ("Totaal", "2019", 2001, 9),
        ("Totaal", "2020", 1450, 9), ("Totaal", "2021", 2120, 9)]
    assert [(f.rule, f.period) for f in audit(answer).findings] == [
        ("measure-unknown", None), ("parts-exceed-total", "2019"), ("parts-exceed-total", "2020"),
        ("parts-exceed-total", "2021")]
