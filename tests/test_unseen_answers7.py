"""Answers written by hand in shapes the other tests do not hold (a seventh review of reading
answers never seen, round 16): each test is such an answer, or the smallest part of it that
showed the reader's error, and the exact cells and findings a correct reader gives."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = "ANTWOORD\nop vraag nr. 233 van 19 september 2024\nvan Kathleen Krekels\n\n"


def _cells(answer) -> list[tuple]:
    partial = {(t.id, p.label): p.partial for t in answer.tables for p in t.periods}
    return [(t.measure, c.level, c.code or c.label, c.period, partial[t.id, c.period], c.count, c.semantics)
            for t in answer.tables for c in t.cells]


def _found(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.line, f.period) for f in audit(answer).findings]


def _text(rows: list[str], laid: bool) -> str:
    """The rows single-spaced, or laid out as ``pdftotext -layout`` prints them: each header
    cell (``1e semester 2024``, ``Q1 2023``) and each figure right-aligned in its column."""
    if not laid:
        return "\n".join(rows)
    out = []
    for row in rows:
        words: list[str] = []
        for word in row.split():
            if words and word[:4].isdigit() and len(word) >= 4 and not words[-1][:1].isdigit() and (
                    words[-1] in ("kwartaal", "semester") or words[-1][:1] == "Q" or "-" in words[-1]):
                words[-1] += " " + word
                if len(words) > 1 and words[-2][:1].isdigit() and not words[-2].isdigit():
                    words[-2:] = [words[-2] + " " + words[-1]]
            else:
                words.append(word)
        k = len(words)
        while k > 1 and (words[k - 1][:1].isdigit() or words[k - 1][:1] == "Q" or words[k - 1][-4:].isdigit()):
            k -= 1
        out.append("   " + " ".join(words[:k]).ljust(56) + "".join(w.rjust(max(12, len(w) + 3)) for w in words[k:]))
    return "\n".join(out)


LAID = pytest.mark.parametrize("laid", [False, True], ids=["single-spaced", "laid-out"])


# 1. A half year, or a range of months, printed before its year as the last column.

HALF_YEAR = [
    "Opleiding 2021 2022 2023 {}",
    "900124: Tweedekansonderwijs zorgkundige - tweede jaar 140 152 171 66",
    "900613: Professionele bachelor verpleegkunde - 3de jaar 61 70 74 12",
    "903633: Graduaat orthopedagogie - 3de jaar 44 39 51 20",
    "Totaal 245 261 296 98",
]


@LAID
@pytest.mark.parametrize("part", ["1e semester 2024", "januari-juni 2024", "eerste helft 2024", "Q1 2024",
                                  "1ste kwartaal 2024"])
def test_a_part_of_a_year_before_its_year_is_that_year_cut_short(laid, part):
    """``Opleiding 2021 2022 2023 1e semester 2024``: the header was read as one period, 2024,
    its words ``Opleiding 2021 2022 2023 1e semester``, and every row an unreadable-table error
    ("it ends in more figures (140, 152, 171, 66) than the table has periods (1)"). A part of a
    year printed before the year is that year, partial, the part its note — as ``2024
    (januari-juni)`` after it is."""
    rows = [HALF_YEAR[0].format(part), *HALF_YEAR[1:]]
    answer = read_text(HEAD + "2. Het aantal unieke cursisten met een geslaagd OKOT:\n\n"
                       + _text(rows, laid) + "\n\nBron: VDAB.\n", "h.txt")
    [table] = answer.tables
    assert [(p.label, p.partial, p.note) for p in table.periods] == [
        ("2021", False, None), ("2022", False, None), ("2023", False, None),
        ("2024", True, " ".join(part.split()[:-1])),
    ]
    assert [c[5] for c in _cells(answer)] == [140, 152, 171, 66, 61, 70, 74, 12, 44, 39, 51, 20, 245, 261, 296, 98]
    assert _found(answer) == [("partial-period", "info", 7, "2024")]


# 2. Quarters of one year side by side.

QUARTERS = [
    "Opleiding {}",
    "900123: Tweedekansonderwijs zorgkundige - 1ste jaar 112 34 287",
    "900611: Professionele bachelor verpleegkunde - 1ste jaar 48 12 196",
    "Totaal 160 46 483",
]


@LAID
@pytest.mark.parametrize("header, named", [
    ("Q1 2023 Q2 2023 Q3 2023", "Q1 2023, Q2 2023, Q3 2023"),
    ("1ste kwartaal 2023 2de kwartaal 2023 3de kwartaal 2023", "1ste kwartaal 2023, 2de kwartaal 2023, 3de kwartaal 2023"),
    ("2022 1e semester 2023 2e semester 2023", "1e semester 2023, 2e semester 2023"),
])
def test_quarters_of_one_year_as_columns_say_so_in_each_rows_finding(laid, header, named):
    """``Opleiding Q1 2023 Q2 2023 Q3 2023``, the year named in the prose: each row's finding
    said "it ends in more figures (112, 34, 287) than the table has periods (1), and nothing
    shows that the first are digits of its label" — as if the row were wrong. A year's quarters
    or halves side by side are no period okot-audit reads; the finding says so, with the parts
    the header names."""
    rows = [QUARTERS[0].format(header), *QUARTERS[1:]]
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat in 2023 een OKOT startte, per kwartaal:\n\n"
                       + _text(rows, laid) + "\n", "q.txt")
    assert _cells(answer) == []
    findings = audit(answer).findings
    assert [(f.rule, f.line) for f in findings] == [("unreadable-table", 8), ("unreadable-table", 9),
                                                  ("unreadable-table", 10)]
    assert all(f"names quarters or half years of the same year as its columns ({named})" in f.message
               for f in findings), findings[0].message
    assert "(112, 34, 287)" in findings[0].message


# 3. The running year, said provisional in a sentence far below the table.

RUNNING = [
    "Opleiding 2020 2021 2022 2023 2024",
    "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 92 101 88 97 61",
    "908011: Educatieve bachelor voor lager onderwijs - 1ste jaar 120 133 141 150 97",
    "908015: Specifieke lerarenopleiding (SLO) 250 288 301 322 180",
    "Totaal 455 512 520 559 330",
]


@LAID
@pytest.mark.parametrize("between", [0, 1, 2], ids=["right-below", "after-an-item", "after-two-items"])
def test_the_running_year_said_provisional_below_the_table_is_partial(laid, between):
    """``… 2023 2024`` with no mark, and at the answer's end, after its other items, "De cijfers
    voor 2024 zijn voorlopig en lopen tot en met 31 augustus 2024.": 2024 was read as a full
    year — only words before the table or a starred footnote were asked. A sentence below the
    answer's last table that says a period of it partial makes it partial; its line is the
    sentence's."""
    items = ["2. De instroom steeg in deze periode met ongeveer een vijfde.",
             "3. VDAB blijft inzetten op de promotie van het lerarenberoep."][:between]
    text = (HEAD + "1. Hieronder het aantal unieke cursisten met een gestart OKOT, per jaar.\n\n"
            + _text(RUNNING, laid) + "\n\n" + "".join(item + "\n\n" for item in items)
            + "De cijfers voor 2024 zijn voorlopig en lopen tot en met 31 augustus 2024.\n")
    answer = read_text(text, "r.txt")
    line = 13 + 2 * between
    assert [(p.label, p.partial, p.line) for p in answer.tables[0].periods][-2:] == [
        ("2023", False, 7), ("2024", True, line)]
    assert [f for f in _found(answer) if f[0] == "partial-period"] == [("partial-period", "info", line, "2024")]


def test_a_sentence_that_leads_the_next_table_says_nothing_of_the_table_above():
    """What stays: "2. … De cijfers geven het aantal geslaagden weer van januari 2021 tot en met
    oktober 2021." between two tables is the second table's; the first table's 2021 is whole."""
    second = ["Opleiding 2021", "900124: Tweedekansonderwijs zorgkundige - tweede jaar 140", "Totaal 140"]
    text = (HEAD + "1. Het aantal unieke cursisten met een gestart OKOT.\n\n" + "\n".join(RUNNING) + "\n\n"
            "2. De cijfers geven het aantal geslaagde cursisten weer van januari 2021 tot en met oktober 2021.\n\n"
            + "\n".join(second) + "\n")
    answer = read_text(text, "r.txt")
    assert [p.partial for p in answer.tables[0].periods] == [False] * 5
    assert [p.partial for p in answer.tables[1].periods] == [True]


# 4. A figure not available yet, written out in its cell.

NOT_AVAILABLE = [
    ("Opleiding", ["2018", "2019", "2020"]),
    ("900124: Tweedekansonderwijs zorgkundige - tweede jaar", ["120", "131", "{}"]),
    ("900613: Professionele bachelor verpleegkunde - 3de jaar", ["40", "52", "{}"]),
    ("Totaal", ["160", "183", "{}"]),
]


def _grid(rows: list[tuple[str, list[str]]], mark: str, laid: bool) -> str:
    """The rows single-spaced, or laid out as ``pdftotext -layout`` prints them: each cell
    right-aligned in a column 22 wide (a mark wider than a figure ends where the figures do)."""
    if not laid:
        return "\n".join(" ".join([label, *[v.format(mark) for v in values]]) for label, values in rows)
    return "\n".join(("   " + label.ljust(58) + "".join(v.format(mark).rjust(22) for v in values)).rstrip()
                     for label, values in rows)


@LAID
@pytest.mark.parametrize("mark", ["niet beschikbaar", "Niet beschikbaar", "niet van toepassing", "n.b."])
def test_a_cell_that_says_its_figure_is_not_available_is_a_blank(laid, mark):
    """``… 120 131 niet beschikbaar`` under ``2018 2019 2020``, the total line too: each row was
    an unreadable-table error ("its last line ends in no counts"), the total line one ("has no
    numbers"), and no figure was read. ``niet beschikbaar`` is ``n.b.`` written out (and ``niet
    van toepassing`` ``n.v.t.``): a blank cell, its period no figure."""
    answer = read_text(HEAD + "1. Het aantal unieke cursisten met een geslaagd OKOT in de zorg:\n\n"
                       + _grid(NOT_AVAILABLE, mark, laid) + "\n\n"
                       "De cijfers voor 2020 zijn niet beschikbaar omdat de examenperiode nog loopt.\n", "n.txt")
    assert _cells(answer) == [
        ("graduated", "row", "900124", "2018", False, 120, None), ("graduated", "row", "900124", "2019", False, 131, None),
        ("graduated", "row", "900613", "2018", False, 40, None), ("graduated", "row", "900613", "2019", False, 52, None),
        ("graduated", "total", "Totaal", "2018", False, 160, "unique"),
        ("graduated", "total", "Totaal", "2019", False, 183, "unique"),
    ]
    assert _found(answer) == []


def test_words_that_say_not_available_in_a_sentence_stay_words():
    """What stays: a sentence of the prose that ends in "niet beschikbaar" after a figure is
    no row (``… er waren 4774 inschrijvingen in 2019; de cijfers voor 2020 zijn niet
    beschikbaar``): no table, no cell."""
    text = (HEAD + "1. Er waren 4774 inschrijvingen in 2019, de cijfers voor 2020 zijn niet beschikbaar\n"
            "en volgen later.\n\n" + "\n".join(" ".join([label, *values]) for label, values in NOT_AVAILABLE[:1])
            + "\n900124: Tweedekansonderwijs zorgkundige - tweede jaar 120 131 140\nTotaal 120 131 140\n")
    answer = read_text(text, "p.txt")
    assert [c[5] for c in _cells(answer)] == [120, 131, 140, 120, 131, 140]
    assert _found(answer) == []


# 5. Laid-out text whose one period has no figure on any row.

@pytest.mark.parametrize("mark", ["-", ""], ids=["dash", "nothing"])
@pytest.mark.parametrize("blank", [2, 1, 0], ids=["last", "middle", "first"])
def test_a_period_blank_on_every_row_of_a_laid_out_table_stays_its_column(mark, blank):
    """``pdftotext -layout`` text of a table whose last column, 2020, is marked blank on every
    row (``-``, or ``niet beschikbaar`` above): every row was an ambiguous-alignment error ("the
    spacing does not say in which of the 3 periods each of its figures stands") — the marks
    made spaces, the rows' figures, all set wide apart, were re-spaced as typed by hand before
    their places under the header were asked. Figures that stand under their periods keep
    their places. (The other cases are guards: a column blank with nothing in it, or one
    before the last.)"""
    rows = [(label, [v if k != blank else mark for k, v in enumerate(values)])
            for label, values in [("Opleiding", ["2018", "2019", "2020"]), *[
                (label, ["120", "131", "140"] if label.startswith("9001") else ["40", "52", "61"] if label.startswith("9006")
                 else ["160", "183", "201"]) for label, _ in NOT_AVAILABLE[1:]]]]
    rows[0] = ("Opleiding", ["2018", "2019", "2020"])  # (the header keeps every period)
    answer = read_text(HEAD + "1. Het aantal unieke cursisten met een geslaagd OKOT in de zorg:\n\n"
                       + _grid(rows, "", True) + "\n", "b.txt")
    periods = [p for k, p in enumerate(["2018", "2019", "2020"]) if k != blank]
    assert [(c[2], c[3], c[5]) for c in _cells(answer)] == [
        (key, period, count) for key, counts in [("900124", [120, 131, 140]), ("900613", [40, 52, 61]),
                                                 ("Totaal", [160, 183, 201])]
        for period, count in zip(["2018", "2019", "2020"], counts) if period in periods
    ]
    assert _found(answer) == []


# 6. Rows that are programme names, their codes in a column of their own after the name.

CODE_COLUMN = [
    ("Opleiding", ["Code", "2022", "2023"]),
    ("Specifieke lerarenopleiding (SLO)", ["908015", "301", "322"]),
    ("Educatieve graduaatsopleiding", ["908017", "{}", "88"]),
    ("Verkorte educatieve bacheloropleiding", ["908018", "130", "142"]),
    ("Totaal", ["", "420", "540"]),
]


@LAID
@pytest.mark.parametrize("column", ["Code", "Opleidingscode", "VDAB-code"])
def test_a_column_of_codes_after_the_programmes_name_keys_its_rows(laid, column):
    """``Opleiding Code 2022 2023`` over ``Specifieke lerarenopleiding (SLO) 908015 301 322``:
    each row was an unreadable-table error ("it ends in more figures (908015, 301, 322) than the
    table has periods (2)"), no figure read. The header names a column of codes: each row's
    six-digit first figure is its training code — the table one of coded rows, each code
    checked against the catalogue — and a blank cell after it stays blank."""
    rows = [(label, [column if v == "Code" else v for v in values]) for label, values in CODE_COLUMN]
    text = _grid(rows, "", laid) if laid else "\n".join(
        " ".join([label, *[v for v in values if v]]) if "{}" not in values
        else f"{label} {values[0]}  {values[2]}" for label, values in rows)
    answer = read_text(HEAD + "1. Het aantal unieke cursisten dat een OKOT startte in de lerarenopleiding:\n\n"
                       + text + "\n", "c.txt")
    [table] = answer.tables
    assert table.layout.rows == "code"
    assert [(c.level, c.code, c.label, c.period, c.count) for c in table.cells] == [
        ("row", "908015", "Specifieke lerarenopleiding (SLO)", "2022", 301),
        ("row", "908015", "Specifieke lerarenopleiding (SLO)", "2023", 322),
        ("row", "908017", "Educatieve graduaatsopleiding", "2023", 88),
        ("row", "908018", "Verkorte educatieve bacheloropleiding", "2022", 130),
        ("row", "908018", "Verkorte educatieve bacheloropleiding", "2023", 142),
        ("total", None, "Totaal", "2022", 420), ("total", None, "Totaal", "2023", 540),
    ]
    assert _found(answer) == [("parts-exceed-total", "info", 11, "2022"), ("parts-exceed-total", "info", 11, "2023")]


def test_a_code_in_its_column_is_checked_against_the_answers_sector_and_an_uncoded_row_stays():
    """The codes of such a column are a table's codes like any: a care code in an answer
    about the education sector is code-outside-sector; a row without code among them
    (``Andere 7 9``) is a row of the table, as among rows that open with their code."""
    text = (HEAD.replace("ANTWOORD", "OKOT's in de onderwijssector\n\nANTWOORD")
            + "1. Het aantal unieke cursisten dat een OKOT startte:\n\nOpleiding Code 2022 2023\n"
            "Specifieke lerarenopleiding (SLO) 908015 301 322\nTweedekansonderwijs zorgkundige - 1ste jaar 900123 75 88\n"
            "Andere 7 9\nTotaal 383 419\n")
    answer = read_text(text, "s.txt")
    assert [(c.code, c.label, c.count) for c in answer.tables[0].cells if c.period == "2022"] == [
        ("908015", "Specifieke lerarenopleiding (SLO)", 301), ("900123", "Tweedekansonderwijs zorgkundige - 1ste jaar", 75),
        (None, "Andere", 7), (None, "Totaal", 383),
    ]
    assert [(f.rule, f.training_code) for f in audit(answer).findings if f.severity != "info"] == [
        ("code-outside-sector", "900123")]


# 7. Measures as the columns of one period, a pass rate beside them.

from test_messages16 import PASS_RATE  # noqa: E402  (the same table: shares beside measure columns)


@LAID
@pytest.mark.parametrize("rate", [True, False], ids=["with-pass-rate", "counts-only"])
def test_measures_as_the_columns_of_the_one_period_the_prose_names_are_a_table_each(laid, rate):
    """``Opleiding Gestart Geslaagd Slaagpercentage`` over ``… 180 152 84%``, the year in the
    prose ("in 2022"): every row was an unreadable-table error ("it ends in more figures (180,
    152) than the table has periods (1)"), and the pass rate's values were reported under no
    header word (''). Columns that each name another measure are one table per measure over
    the prose's period, as under each of several periods; ``Slaagpercentage`` is the word of
    the column of shares."""
    rows = PASS_RATE if rate else [" ".join(w for w in r.split() if not w.endswith("%") and w != "Slaagpercentage")
                                   for r in PASS_RATE]
    answer = read_text(HEAD + "1. Hieronder per opleiding het aantal unieke cursisten dat in 2022 een OKOT startte "
                       "en het aantal dat slaagde.\n\n" + _text(rows, laid) + "\n", "p.txt")
    assert [(t.id, t.measure) for t in answer.tables] == [("started", "started"), ("graduated", "graduated")]
    assert _cells(answer) == [
        ("started", "row", "900124", "2022", False, 180, None), ("started", "row", "900613", "2022", False, 88, None),
        ("started", "row", "903633", "2022", False, 52, None), ("started", "total", "Totaal", "2022", False, 320, "unique"),
        ("graduated", "row", "900124", "2022", False, 152, None), ("graduated", "row", "900613", "2022", False, 70, None),
        ("graduated", "row", "903633", "2022", False, 39, None),
        ("graduated", "total", "Totaal", "2022", False, 261, "unique"),
    ]
    found = audit(answer).findings
    assert [(f.rule, f.severity) for f in found] == ([("column-not-checked", "info")] if rate else [])
    assert all("'Slaagpercentage' (84% 80% 75% 82%)" in f.message for f in found)


def test_measures_as_the_columns_over_province_rows_are_a_table_each():
    """The same over rows that are provinces (``Provincie Gestart Geslaagd``): the lines were an
    unreadable-table error ("whose header … names its columns by something other than periods
    or categories of persons")."""
    answer = read_text(HEAD + "1. Het aantal unieke cursisten in een OKOT in 2022, per provincie.\n\n"
                       "Provincie Gestart Geslaagd\nAntwerpen 120 80\nLimburg 60 41\nTotaal 178 120\n", "v.txt")
    assert [(c[0], c[2], c[5]) for c in _cells(answer)] == [
        ("started", "Antwerpen", 120), ("started", "Limburg", 60), ("started", "Totaal", 178),
        ("graduated", "Antwerpen", 80), ("graduated", "Limburg", 41), ("graduated", "Totaal", 120),
    ]
    assert _found(answer) == [("parts-exceed-total", "info", 10, "2022"), ("parts-exceed-total", "info", 10, "2022")]


def test_a_caption_that_ends_in_a_measure_and_a_unit_stays_a_caption():
    """What stays: ``Aantal unieke gestarte cursisten`` over ``per opleiding 2020``: a caption,
    not columns (a measure and a unit, not two measures)."""
    answer = read_text(HEAD + "1. Hieronder het aantal.\n\nAantal unieke gestarte cursisten\nper opleiding 2020\n"
                       "903631: Graduaat orthopedagogie - 1ste jaar 32\n903640: Se-n-se opvoeder leefgroepenwerking 25\n"
                       "Totaal 55\n", "k.txt")
    assert [(c[0], c[2], c[3], c[5]) for c in _cells(answer)] == [
        ("started", "903631", "2020", 32), ("started", "903640", "2020", 25), ("started", "Totaal", "2020", 55)]


@pytest.mark.parametrize("header", ["Opleiding Gestart Geslaagd", "Opleiding                 Gestart      Geslaagd"],
                         ids=["single-spaced", "laid-out"])
def test_measure_columns_a_blank_line_above_the_first_row_are_the_header(header):
    """``pdftotext -layout`` leaves a blank line between a header and its first row: above
    coded rows, a header that names measures and no period was not taken as theirs (only one
    that ends in periods was), and every row was an unreadable-table error."""
    answer = read_text(HEAD + "1. Hieronder het aantal unieke cursisten dat in 2022 een OKOT startte en slaagde.\n\n"
                       + header + "\n\n900124: Tweedekansonderwijs zorgkundige - tweede jaar 180 152\n"
                       "900613: Professionele bachelor verpleegkunde - 3de jaar 88 70\nTotaal 260 222\n", "m.txt")
    assert [(c[0], c[2], c[5]) for c in _cells(answer)] == [
        ("started", "900124", 180), ("started", "900613", 88), ("started", "Totaal", 260),
        ("graduated", "900124", 152), ("graduated", "900613", 70), ("graduated", "Totaal", 222),
    ]
    assert _found(answer) == [("parts-exceed-total", "info", 11, "2022")]
