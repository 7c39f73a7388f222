"""Messages that misled (round 16): each says what is really there, in English and Dutch."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = "ANTWOORD\nop vraag nr. 233 van 19 september 2024\nvan Kathleen Krekels\n\n"


def _messages(answer, rule: str, lang: str = "en") -> list[str]:
    return [f.message for f in audit(answer, lang=lang).findings if f.rule == rule]


# 1. Shares beside measures printed as the columns of one period.

PASS_RATE = [
    "Opleiding Gestart Geslaagd Slaagpercentage",
    "900124: Tweedekansonderwijs zorgkundige - tweede jaar 180 152 84%",
    "900613: Professionele bachelor verpleegkunde - 3de jaar 88 70 80%",
    "903633: Graduaat orthopedagogie - 3de jaar 52 39 75%",
    "Totaal 320 261 82%",
]


def test_a_pass_rate_beside_measures_as_columns_is_said_once_of_the_whole_table():
    """``Opleiding Gestart Geslaagd Slaagpercentage``: the pass rate was reported once per
    measure's table, each time as printed in "the Gestart column" / "the Geslaagd column" of
    the table. It stands beside all of them: one finding, of the table, naming its column."""
    answer = read_text(HEAD + "1. Hieronder per opleiding het aantal unieke cursisten dat in 2022 een OKOT startte "
                       "en het aantal dat slaagde.\n\n" + "\n".join(PASS_RATE) + "\n", "p.txt")
    assert _messages(answer, "column-not-checked") == [
        "the table \"Opleiding\" (line 7) also prints values that are no counts, lines 7\u201311: 'Slaagpercentage' "
        "(84% 80% 75% 82%) \u2014 shares, changes or averages; they are not read as figures of the table and not "
        "checked (its counts are checked as usual)"]
    assert _messages(answer, "column-not-checked", "nl") == [
        "de tabel \"Opleiding\" (regel 7) drukt ook waarden af die geen aantallen zijn, regels 7\u201311: "
        "'Slaagpercentage' (84% 80% 75% 82%) \u2014 aandelen, wijzigingen of gemiddelden; ze worden niet als cijfers "
        "van de tabel gelezen en niet gecontroleerd (de aantallen ervan wel, zoals altijd)"]


# 4. A revised figure's place, without a stray comma.

REVISED_HEAD = "OKOT's - Onderwijssector\nop vraag nr. {n} van {date}\n\n"
CAPTION = "Unieke cursisten met uitgevoerde, geslaagde OKOT'(s) 2017 2018\n"


def test_a_revised_total_is_named_by_its_period_not_after_a_comma():
    """``Totaal, 2017 in the table …``: the place read as a list. Now ``Totaal for 2017``."""
    a = read_text(REVISED_HEAD.format(n=10, date="14 oktober 2022") + CAPTION
                  + "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 40 20\nTotaal 40 20\n", "a.txt")
    b = read_text(REVISED_HEAD.format(n=20, date="3 maart 2023") + CAPTION
                  + "908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 44 20\nTotaal 44 20\n", "b.txt")
    en = [f.message for f in audit([a, b]).findings if f.rule == "figure-revised"]
    nl = [f.message for f in audit([a, b], lang="nl").findings if f.rule == "figure-revised"]
    title = "\"Unieke cursisten met uitgevoerde, geslaagde OKOT'(s)\""
    assert en == [f"908003 for 2017 in the table {title} is 44 but 40 in a.txt:5 (the earlier answer: question 10 of 2022-10-14): "
                  "revised upwards by 4 — quote the later figure, and do not mix the two answers' figures in one series",
                  f"Totaal for 2017 in the table {title} is 44 but 40 in a.txt:6 (the earlier answer: question 10 of 2022-10-14): "
                  "revised upwards by 4 — quote the later figure, and do not mix the two answers' figures in one series"]
    assert nl == [f"908003 voor 2017 in de tabel {title} is 44, maar 40 in a.txt:5 (het eerdere antwoord: vraag 10 van 2022-10-14): "
                  "opwaarts herzien met 4 — citeer het latere cijfer, en meng de cijfers van beide antwoorden niet in één reeks",
                  f"Totaal voor 2017 in de tabel {title} is 44, maar 40 in a.txt:6 (het eerdere antwoord: vraag 10 van 2022-10-14): "
                  "opwaarts herzien met 4 — citeer het latere cijfer, en meng de cijfers van beide antwoorden niet in één reeks"]


# 5. A double-count outlier says what it adds to parts-exceed-total on the same line.

OUTLIER = (HEAD + "1. Het aantal unieke cursisten dat een OKOT startte:\n\nProvincie 2018 2019 2020 2021\n"
           "Antwerpen 200 400 700 700\nLimburg 241 464 792 796\nTotaal 439 834 1200 1480\n")


def test_a_double_count_outlier_says_why_it_stands_out_not_the_sum_again():
    """``Totaal 2020: its rows sum to 1492, 292 more than the total of 1200 — …`` repeated what
    parts-exceed-total says on the same line ("its rows sum to 1492: 292 persons counted in
    more than one province"). The outlier now says what it adds: the share beside the table's
    other totals, and why that points to a typing error."""
    answer = read_text(OUTLIER, "o.txt")
    found = audit(answer).findings
    assert [(f.rule, f.line) for f in found if f.period == "2020"] == [
        ("parts-exceed-total", 10), ("double-count-outlier", 10)]
    assert _messages(answer, "double-count-outlier") == [
        "Totaal 2020: the 292 counted more than once are 24% of the total, more than three times the median share "
        "of the table's other totals (1.1%) \u2014 double counting this far above its neighbours more likely comes "
        "from a total lowered by a typing error, which still lies between its largest part and the sum of its "
        "parts; check this total"]
    assert _messages(answer, "double-count-outlier", "nl") == [
        "Totaal 2020: de 292 dubbel getelden zijn 24% van het totaal, meer dan driemaal het mediane aandeel bij de "
        "andere totalen van de tabel (1,1%) \u2014 zoveel meer dubbeltellingen dan bij de andere totalen wijst eerder "
        "op een totaal "
        "dat door een tikfout te laag staat en toch nog tussen het grootste deel en de som van de delen ligt; "
        "controleer dit totaal"]


# 2. A value no count can be, where a count stands: said for what it is.

COUNTS_HEAD = HEAD + "1. Het aantal unieke cursisten dat een OKOT startte:\n\n"


def _laid(rows: list[str]) -> str:
    """The rows laid out as ``pdftotext -layout`` prints them: each figure right-aligned."""
    return "\n".join(f"{r.rsplit(None, 2)[0]:<24}{r.split()[-2]:>8}{r.split()[-1]:>10}" for r in rows)


@pytest.mark.parametrize("laid", [False, True], ids=["single-spaced", "laid-out"])
@pytest.mark.parametrize("value, form, form_nl", [
    ("-4", "a negative number", "een negatief getal"),
    ("30-35", "a range", "een bereik (van … tot …)"),
    ("120,5", "a decimal number", "een decimaal getal"),
])
def test_a_value_no_count_can_be_in_a_count_s_place_is_said_for_what_it_is(laid, value, form, form_nl):
    """``Limburg -4 210``: "no placement of its numbers … fits the stated totals (numbers: 210)";
    ``Antwerpen 30-35 41``: the same, the range read into the label; ``120,5``: reported as a
    column of shares under a blank header word (''), the row unread or its year read as blank.
    Each now says what the cell holds and that the row is not read because of it."""
    rows = ["Provincie 2020 2021", "Antwerpen 200 210", f"Limburg {value} 210", "Totaal 196 400"]
    text = COUNTS_HEAD + (_laid(rows) if laid else "\n".join(rows)) + "\n"
    answer = read_text(text, "n.txt")
    found = audit(answer).findings
    assert [(f.rule, f.line, f.severity) for f in found] == [("unreadable-table", 9, "error")]
    assert found[0].message == (
        f"cannot read row Limburg of the table \"Provincie\" (line 7): it prints {value} where a count of persons "
        f"stands \u2014 {form}, no count; the row is not read (other numbers: 210) and the table's totals were not "
        "checked; check this row against the published PDF")
    assert _messages(answer, "unreadable-table", "nl") == [
        f"rij Limburg van de tabel \"Provincie\" (regel 7) is niet te lezen: ze drukt {value} af waar een aantal "
        f"personen staat \u2014 {form_nl}, geen aantal; de rij is niet gelezen (andere getallen: 210) en de totalen "
        "van de tabel zijn niet gecontroleerd; controleer deze rij in de gepubliceerde PDF"]
    assert [c.label for t in answer.tables for c in t.cells if c.line == 9] == []


@pytest.mark.parametrize("laid, value, form", [
    (False, "-4", "a negative number"), (True, "-4", "a negative number"), (False, "30-35", "a range"),
], ids=["negative-single-spaced", "negative-laid-out", "range-single-spaced"])
def test_a_row_of_one_period_whose_only_value_is_no_count_is_said_never_lost(laid, value, form):
    """``Limburg  -4`` in a table of one period: no figure made the line a row, so it was lost
    with no finding (single-spaced), or joined to the row above as its label's second line, that
    row's figure then a stray number and the totals failing (laid out). Now it is the row it is,
    unread and said so, and the totals over it are not checked (they would hold by chance)."""
    rows = ["Provincie Aantal", "Antwerpen 412", f"Limburg {value}", "Oost-Vlaanderen 388", "Totaal 800"]
    if laid:
        rows = [f"{r.rsplit(None, 1)[0]:<24}{r.split()[-1]:>8}" for r in rows]
    text = COUNTS_HEAD.replace("startte:", "startte in 2023:") + "\n".join(rows) + "\n"
    answer = read_text(text, "n.txt")
    found = audit(answer).findings
    assert [(f.rule, f.line, f.severity) for f in found] == [("unreadable-table", 9, "error")]
    assert found[0].message == (
        f"cannot read row Limburg of the table \"Provincie Aantal\" (line 7): it prints {value} where a count of "
        f"persons stands \u2014 {form}, no count; the row is not read (other numbers: none) and the table's totals "
        "were not checked; check this row against the published PDF")
    assert [(c.label, c.count) for t in answer.tables for c in t.cells] == [
        ("Antwerpen", 412), ("Oost-Vlaanderen", 388), ("Totaal", 800)]


def test_a_range_or_decimal_in_a_label_before_all_its_counts_stays_the_label_s():
    """What stays as it was: a range before as many counts as periods is the label's
    (``modules 1-4 12 15``), and a decimal after all the counts is a column of shares."""
    rows = ["Opleiding 2020 2021", "Graduaat modules 1-4 12 15", "Graduaat orthopedagogie 30 40", "Totaal 42 55"]
    answer = read_text(COUNTS_HEAD + "\n".join(rows) + "\n", "m.txt")
    assert [(c.label, c.count) for t in answer.tables for c in t.cells if c.period == "2020"] == [
        ("Graduaat modules 1-4", 12), ("Graduaat orthopedagogie", 30), ("Totaal", 42)]
    assert not [f for f in audit(answer).findings if f.severity != "info"]
    shares = ["Provincie 2020 2021", "Antwerpen 200 210 52,5", "Limburg 190 190 47,5", "Totaal 390 400 100,0"]
    answer = read_text(COUNTS_HEAD + "\n".join(shares) + "\n", "s.txt")
    assert [f.rule for f in audit(answer).findings] == ["column-not-checked"]


# 3. ``< 5`` laid out, its sign apart from its number: the same bound as ``<5``.

@pytest.mark.parametrize("bound", ["<5", "< 5", "<  5", "\u2264 4"])
def test_a_bound_with_its_sign_apart_in_laid_out_text_is_a_count_withheld(bound):
    """``Antwerpen   < 5   41`` laid out by position: the sign went into the label
    (``Antwerpen <``) and 5 was read as a count of five, silently — where ``<5`` is a count
    withheld. However far the layout set the sign from its number, it is the same bound."""
    rows = ["Provincie                 2020       2021", f"Antwerpen              {bound:>6}         41",
            "Limburg                     20         30", "Totaal                      22         70"]
    answer = read_text(COUNTS_HEAD + "\n".join(rows) + "\n", "b.txt")
    assert [(c.label, c.count) for t in answer.tables for c in t.cells if c.period == "2020"] == [
        ("Limburg", 20), ("Totaal", 22)]
    glued = bound.replace(" ", "")
    high = int(glued[1:]) - (1 if glued[0] == "<" else 0)
    assert _messages(answer, "count-withheld") == [
        # (what Totaal 2020 over Limburg's 20 leaves it, said since session 26)
        f"row Antwerpen: the count of 2020 is printed as {glued} (its table's totals together put it from 2 to {high}) "
        f"\u2014 withheld, a number below the bound; it is not "
        f"read as a figure, and the totals it is part of are checked with it anywhere from 0 to {high}"]
    assert not [f for f in audit(answer).findings if f.severity != "info"]


# 6. A table's caption between its rows: its number is the table's ordinal.

PROVINCE_ROWS = ["Provincie 2020 2021", "Antwerpen 30 41", "Limburg 20 30", "Oost-Vlaanderen 40 50",
                 "Totaal 88 118"]


@pytest.mark.parametrize("inserted", ["Tabel 1 (vervolg)", "vervolg van tabel 1", "TABEL 1 (VERVOLG)"])
def test_a_table_s_caption_between_its_rows_gives_no_stray_number(inserted):
    """``Tabel 1 (vervolg)`` over a page's first row: "a number inside the table (1) became no
    cell". It is the table's ordinal in its caption, no figure: no finding."""
    rows = [*PROVINCE_ROWS[:3], inserted, *PROVINCE_ROWS[3:]]
    answer = read_text(COUNTS_HEAD + "\n".join(rows) + "\n", "c.txt")
    assert [(c.label, c.count) for t in answer.tables for c in t.cells if c.period == "2020"] == [
        ("Antwerpen", 30), ("Limburg", 20), ("Oost-Vlaanderen", 40), ("Totaal", 88)]
    assert [f.rule for f in audit(answer).findings if f.rule == "stray-number"] == []


@pytest.mark.parametrize("inserted", ["vervolg op pagina 2", "Zie tabel 2"])
def test_a_page_s_number_between_the_rows_is_still_a_stray_one(inserted):
    """What stays: a number that is no table's ordinal in its caption (``vervolg op pagina 2``;
    ``Zie tabel 2``, prose that refers to another table) is reported."""
    rows = [*PROVINCE_ROWS[:3], inserted, *PROVINCE_ROWS[3:]]
    answer = read_text(COUNTS_HEAD + "\n".join(rows) + "\n", "c.txt")
    assert [(f.rule, f.line) for f in audit(answer).findings if f.rule == "stray-number"] == [("stray-number", 10)]
