"""Categories of persons as rows under provinces as columns, for one period (ageprov34).

``Leeftijd Antwerpen Limburg … Vlaams Gewest`` over ``-25 jaar 203 104 …``, the period in the
caption or the prose: a column axis other than periods. Each province's column is a table of its own
(each cell: the row's category, the column's province, the table's one period); the total column
(``Totaal``, ``Vlaanderen``, ``Vlaams Gewest``; a region's before ``Brussel`` totals the provinces
before it) totals the provinces as unique persons (who moved counts in two provinces, once in the
region: ``max <= total <= sum``), and the ``Totaal`` row totals each column's categories as a
partition (each person one age, one gender: ``total == sum``). On main such a table was an
``unreadable-table`` error ("no header with periods or training codes was found").

The answers are built from persons (each in one category, in one province or — who moved — two),
printed as text; the truth is what the persons give.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from okot_audit import audit
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen"]
ATTRIBUTES = {
    "Leeftijd": ["-25 jaar", "25-54 jaar", "55+ jaar"],
    "Geslacht": ["Man", "Vrouw"],
    "Scholingsniveau": ["laaggeschoold", "middengeschoold", "hooggeschoold"],
}
LEAD = ("Antwoord\n\nDe tabel geeft het aantal unieke cursisten dat in 2023 een OKOT startte. Wie verhuisde, "
        "telt in beide provincies mee, maar één keer in het totaal.\n\n"
        "Tabel 1. Unieke cursisten met gestarte OKOT'(s) in 2023\n\n")
FIRST_ROW = LEAD.count("\n") + 2  # (1-based: the header's line, then the first row's)


@dataclass
class Built:
    text: str
    of: dict[tuple[str, str], int]  # (category, province) -> persons
    column: dict[str, int]  # province -> its persons over the categories (the Totaal row)
    region: dict[str, int]  # category -> unique persons over the provinces (the total column)
    grand: int
    provinces: list[str]


def build(attribute: str, total_word: str = "Vlaams Gewest", corner: bool = True, seed: int = 34,
          laid: bool = False) -> Built:
    """Persons of one category each, in one province or two (moved), and their table printed."""
    rng = random.Random(seed)
    categories = ATTRIBUTES[attribute]
    provinces = PROVINCES[:3] if attribute == "Geslacht" else PROVINCES
    places: dict[tuple[str, int], set[str]] = {}
    person = 0
    for category in categories:
        for province in provinces:
            for _ in range(rng.randint(20, 140)):
                person += 1
                places[category, person] = {province}
                if rng.random() < 0.04:  # moved: counted in a second province, once in the total
                    places[category, person].add(rng.choice([p for p in provinces if p != province]))
    of = {(c, p): sum(1 for (k, _), where in places.items() if k == c and p in where)
          for c in categories for p in provinces}
    region = {c: sum(1 for (k, _) in places if k == c) for c in categories}
    column = {p: sum(of[c, p] for c in categories) for p in provinces}
    grand = sum(region.values())
    head = [attribute] if corner else [""]
    rows = [head + provinces + [total_word]]
    rows += [[c, *(str(of[c, p]) for p in provinces), str(region[c])] for c in categories]
    rows.append(["Totaal", *(str(column[p]) for p in provinces), str(grand)])
    if laid:  # (laid out as pdftotext -layout sets a ruled grid: cells two spaces apart or more)
        widths = [max(len(r[k]) for r in rows) + 3 for k in range(len(rows[0]))]
        lines = ["".join(cell.ljust(w) if k == 0 else cell.rjust(w) for k, (cell, w) in enumerate(zip(r, widths))).rstrip()
                 for r in rows]
    else:
        lines = [" ".join(cell for cell in r if cell) for r in rows]
    return Built(LEAD + "\n".join(lines) + "\n\nBron: VDAB, datawarehouse.\n", of, column, region, grand, provinces)


def read(text: str, name: str = "a.txt"):
    return parse_answer(source_from_bytes(text.encode(), name))


def cells(answer) -> list[tuple]:
    return [(c.level, c.province, c.label, c.period, c.count, c.semantics) for t in answer.tables for c in t.cells]


def truth(built: Built, attribute: str) -> list[tuple]:
    categories = ATTRIBUTES[attribute]
    out = []
    for p in built.provinces:
        out += [("row", p, c, "2023", built.of[c, p], None) for c in categories]
        out.append(("total", p, "Totaal", "2023", built.column[p], "additive"))
    out += [("row", None, c, "2023", built.region[c], None) for c in categories]
    out.append(("total", None, "Totaal", "2023", built.grand, "additive"))
    return out


@pytest.mark.parametrize(("attribute", "total_word", "corner", "laid"), [
    ("Leeftijd", "Vlaams Gewest", True, False),
    ("Geslacht", "Totaal", True, False),
    ("Scholingsniveau", "Vlaanderen", False, False),  # (no corner word: the first province is a column's)
    ("Leeftijd", "Totaal", True, True),
    ("Geslacht", "Vlaams Gewest", False, True),
])
def test_categories_under_province_columns_are_a_table_per_province(attribute, total_word, corner, laid):
    """Every cell read (its category, its column's province, 2023), each total checked by its meaning:
    no error, and each row's persons counted in two provinces said (main: ``unreadable-table``)."""
    built = build(attribute, total_word, corner, laid=laid)
    answer = read(built.text)
    assert cells(answer) == truth(built, attribute)
    assert [t.column for t in answer.tables] == [*built.provinces, total_word]
    assert answer.tables[-1].categories == tuple(built.provinces)
    findings = audit(answer).findings
    assert not [f.message for f in findings if f.severity != "info"]
    twice = {(f.label, f.stated, f.observed) for f in findings if f.rule == "parts-exceed-total"}
    for c in ATTRIBUTES[attribute]:
        moved = sum(built.of[c, p] for p in built.provinces) - built.region[c]
        assert ((c, built.region[c], built.region[c] + moved) in twice) == (moved > 0)


def _planted(built: Built, row: int, column: int, by: int) -> str:
    """The answer's text with the figure of table row `row` (0: the first category) and column
    `column` (0: the first province; -1 the total column) changed by `by`."""
    lines = built.text.split("\n")
    at = FIRST_ROW - 1 + row
    words = lines[at].split(" ")
    words[column] = str(int(words[column]) + by)
    lines[at] = " ".join(words)
    return "\n".join(lines)


@pytest.mark.parametrize(("row", "column", "by", "rule", "where"), [
    # the Totaal row of a province one above, one below the sum of its categories (a partition: unique
    # persons over the provinces would allow the one below)
    (3, 2, +1, "total-exceeds-parts", "Limburg"),
    (3, 2, -1, "parts-exceed-total", "Limburg"),
    # the total column of a category above the sum of its provinces, or below its largest province
    (1, -1, 10_000, "total-exceeds-parts", "25-54 jaar"),
    (0, -1, "largest", "total-below-largest-part", "-25 jaar"),
])
def test_a_planted_total_is_found_by_its_meaning(row, column, by, rule, where):
    built = build("Leeftijd")
    if by == "largest":
        by = max(built.of["-25 jaar", p] for p in built.provinces) - 1 - built.region["-25 jaar"]
    findings = audit(read(_planted(built, row, column, by))).findings
    errors = [(f.rule, f.line, f.province or f.label) for f in findings if f.severity == "error"]
    assert (rule, FIRST_ROW + row, where) in errors, errors
    # (the Totaal row's planted figure: no other total is touched by it; the total column's: the Totaal
    # row of the total column's table, over the categories, fails with it)
    assert len(errors) == (1 if column != -1 else 2), errors


def test_the_web_page_of_the_same_table_reads_the_same():
    built = build("Geslacht", "Totaal")
    lines = built.text.split("\n")
    table = lines[FIRST_ROW - 2:FIRST_ROW + 2]

    def row(line: str, tag: str) -> str:
        words = line.split(" ")
        return "<tr>" + "".join(f"<{tag}>{w}</{tag}>" for w in words) + "</tr>"

    page = ("<html><body><p>Antwoord</p><p>De tabel geeft het aantal unieke cursisten dat in 2023 een OKOT startte."
            "</p><p>Tabel 1. Unieke cursisten met gestarte OKOT'(s) in 2023</p><table>" + row(table[0], "th")
            + "".join(row(line, "td") for line in table[1:]) + "</table><p>Bron: VDAB.</p></body></html>")
    answer = read(page, "a.html")
    assert [c[:5] for c in cells(answer)] == [c[:5] for c in truth(built, "Geslacht")]
    assert not [f.message for f in audit(answer).findings if f.severity != "info"]


def test_a_region_before_brussels_totals_the_provinces_before_it():
    """``… West-Vlaanderen Vlaams Gewest Brussel Totaal``: the region's column over the five Flemish
    provinces, the ``Totaal`` over all six (never the region counted as a province)."""
    text = LEAD + ("Leeftijd Antwerpen Limburg Oost-Vlaanderen Vlaams-Brabant West-Vlaanderen Vlaams Gewest Brussel Totaal\n"
                   "-25 jaar 10 20 30 40 50 148 5 153\n25-54 jaar 11 21 31 41 51 155 6 161\n"
                   "Totaal 21 41 61 81 101 303 11 314\n")
    answer = read(text)
    assert [(t.column, t.categories) for t in answer.tables if t.categories] == [
        ("Vlaams Gewest", tuple(PROVINCES)), ("Totaal", (*PROVINCES, "Brussel"))]
    twice = {(f.table, f.line, f.stated, f.observed) for f in audit(answer).findings if f.rule == "parts-exceed-total"}
    assert ("started_by_age_vlaams_gewest", FIRST_ROW, 148, 150) in twice
    assert ("started_by_age", FIRST_ROW, 153, 155) in twice


def test_a_year_quarters_columns_of_provinces_carry_their_province():
    """The same model over a year's quarters (``Kwartaal Antwerpen Limburg Totaal``): each province's
    cells carry it (on main empty: its table's id and title alone named it)."""
    text = ("Antwoord\n\n1. Het aantal unieke cursisten dat startte:\n\nKwartaal Antwerpen Limburg Totaal\n"
            "Q1 2024 120 80 195\nQ2 2024 130 70 199\nTotaal 250 150 390\n")
    answer = read(text)
    assert [{c.province for c in t.cells} for t in answer.tables] == [{"Antwerpen"}, {"Limburg"}, {None}]
    assert not [f for f in audit(answer).findings if f.severity != "info"]


# -- what is no header of provinces stays as it was ----------------------------------------------

YEARS = ("Provincie 2021 2022 2023\nAntwerpen 1.162 1.230 604\nLimburg 603 511 250\n"
         "Vlaams Gewest 1.760 1.735 850\n")
ON_ITS_SIDE = "Jaar Antwerpen Limburg Vlaams Gewest\n2021 1.162 603 1.760\n2022 1.230 511 1.735\n"


@pytest.mark.parametrize("above", ["", "Het gaat om de opleidingsplaatsen in Antwerpen en Limburg\n\n",
                                   "Opleidingsplaatsen Antwerpen Limburg\n\n"])
def test_a_table_of_years_is_read_as_before(above):
    """Provinces as rows under years, and years as lines under provinces (a table on its side), perhaps
    under a line of words that ends in provinces: periods are the columns as before, never one period
    with the provinces as its columns."""
    for table, expected in [
        (YEARS, [("row", "Antwerpen", "2021", 1162), ("row", "Antwerpen", "2022", 1230), ("row", "Antwerpen", "2023", 604),
                 ("row", "Limburg", "2021", 603), ("row", "Limburg", "2022", 511), ("row", "Limburg", "2023", 250),
                 ("total", None, "2021", 1760), ("total", None, "2022", 1735), ("total", None, "2023", 850)]),
        (ON_ITS_SIDE, [("row", "Antwerpen", "2021", 1162), ("row", "Limburg", "2021", 603), ("total", None, "2021", 1760),
                       ("row", "Antwerpen", "2022", 1230), ("row", "Limburg", "2022", 511), ("total", None, "2022", 1735)]),
    ]:
        answer = read("Antwoord\n\nDe tabel geeft per provincie het aantal unieke cursisten dat startte.\n\n"
                      + above + table + "\nBron: VDAB.\n")
        assert [(c.level, c.province, c.period, c.count) for t in answer.tables for c in t.cells] == expected
        assert len(answer.tables) == 1


def test_coded_rows_under_province_columns_are_read_by_the_same_model():
    """Any rows, not only categories: programmes by their codes under ``Antwerpen Limburg Totaal``, one
    period in the prose (on main each row ``more figures than periods``, unread). Their ``Totaal`` row
    counts unique persons (one may follow two programmes): at most the sum, never required equal."""
    text = ("Antwoord\n\nDe tabel geeft het aantal unieke cursisten dat in 2023 een OKOT startte.\n\n"
            "Opleiding Antwerpen Limburg Totaal\n908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 12 13 25\n"
            "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 20 5 24\nTotaal 31 18 48\n\nBron: VDAB\n")
    answer = read(text)
    assert [(t.column, [(c.level, c.province, c.code, c.period, c.count, c.semantics) for c in t.cells])
            for t in answer.tables] == [
        ("Antwerpen", [("row", "Antwerpen", "908001", "2023", 12, None), ("row", "Antwerpen", "908003", "2023", 20, None),
                       ("total", "Antwerpen", None, "2023", 31, "unique")]),
        ("Limburg", [("row", "Limburg", "908001", "2023", 13, None), ("row", "Limburg", "908003", "2023", 5, None),
                     ("total", "Limburg", None, "2023", 18, "unique")]),
        ("Totaal", [("row", None, "908001", "2023", 25, None), ("row", None, "908003", "2023", 24, None),
                    ("total", None, None, "2023", 48, "unique")]),
    ]
    assert not [f.message for f in audit(answer).findings if f.severity != "info"]
