"""Generated answers read wrong, or refused, under seeds no earlier run saw (session 30: the
generated-shape properties of ``tests/test_generated_shapes*.py`` and
``tests/test_newer_shapes_property.py`` at ``--hypothesis-seed`` 6000 and on, under the dev
profile, after wave 1's merges): each one found, as the exact text the generator printed."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

# The seeds' form of a generated answer (``test_generated_shapes22.py``
# ``::test_every_blank_mark_in_the_seeds_form_reads_back_exactly``, seed 6000), cut to its table:
# code 578388's name ends ``- 1 ste jaar``, its September blank printed as the answer's only
# mark (``-``) before October's 37. The answer prints no other mark, so the dash was left to the
# label — which ended in it, ``… Graduaat - 1 ste jaar -``, while the totals placed 37 right
# (Subtotaal bouw counts 4 in September, only 727163's). A wrong label, read without a word.
DASH_BEFORE_A_ROWS_ONLY_FIGURE = """\
1. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen 
jaren een diploma behaalde. Op dit moment kunnen werkzoekenden kiezen uit 596 
opleidingen, terwijl er dat in 2012 nog maar 691 waren.

Unieke 
cursisten met uitgevoerde, geslaagde, OKOT'(s) september 2022 oktober 2022
Zorg
081557: vorming 
Graduaat jaar 1 individueel jeugd- Specifieke Specifieke 19 28
399337: knelpuntvakken Educatieve zorgkundige individueel traject - modules 
1- 4 16 9
448682: orthopedagogie Educatieve -en
traject Educatieve - deel 2 
individueel traject - module 5 37 25
Subtotaal zorg 72 62
Bouw
578388: Graduaat  secundair lager Graduaat 
- 1 ste jaar - 37
727163: gehandicaptenzorg verpleegkunde vakbevoegdheid algemene beroepsonderwijs 
master 4 56 
Subtotaal bouw 4 84
Totaal 73 142 
"""


def _rows(text: str) -> list[tuple]:
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    return [(c.code, c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"]


def test_a_lone_dash_before_a_rows_only_figure_is_no_word_of_its_name() -> None:
    rows = _rows(DASH_BEFORE_A_ROWS_ONLY_FIGURE)
    assert [r for r in rows if r[0] == "578388"] == [
        ("578388", "Graduaat secundair lager Graduaat - 1 ste jaar", "2022-10", 37)]
    assert [r[1] for r in rows if r[0] == "399337"] == [
        "knelpuntvakken Educatieve zorgkundige individueel traject - modules 1- 4"] * 2
    assert not [f for f in audit(read_text(DASH_BEFORE_A_ROWS_ONLY_FIGURE, "g.txt")).findings
                if f.severity == "error" and f.rule != "code-unknown"]


def test_a_names_dash_before_more_of_its_name_stays_the_names() -> None:
    """The other side: a dash that leads on to more of the name (``- 1 ste jaar - verkort 37``)
    is the name's; only a dash left at the name's very end, after a word, goes."""
    rows = _rows(DASH_BEFORE_A_ROWS_ONLY_FIGURE.replace("- 1 ste jaar - 37", "- 1 ste jaar - verkort 37"))
    assert [r for r in rows if r[0] == "578388"] == [
        ("578388", "Graduaat secundair lager Graduaat - 1 ste jaar - verkort", "2022-10", 37)]


# The seeds' form of a generated answer (``test_generated_shapes20.py``
# ``::test_a_consistent_answer_reports_exactly_its_double_counts[code_two_totals_column]``, seeds
# 6000 and 6006), cut short: a table of programme names without codes whose first name wraps after
# the catalogue's colon (``Educatieve bachelor voor secundair onderwijs:`` / ``knelpuntvakken -
# 1ste jaar``). The colon made the line a sentence of prose: no header was found over the rows, an
# ``unreadable-table`` error on a table that reads plainly.
NAME_WRAPPED_AFTER_ITS_COLON = """\
OKOT's - Onderwijssector

1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.

Opleiding 2018 2019 2020 Totaal
Educatieve bachelor voor secundair onderwijs: 
knelpuntvakken - 1ste jaar 14 41 8 63
Educatieve bachelor voor lager onderwijs
- 2de jaar 50 18 15 83 
Totaal 64 59 23 146
"""


def test_a_names_first_line_ending_in_its_colon_below_the_header_is_the_names() -> None:
    answer = read_text(NAME_WRAPPED_AFTER_ITS_COLON, "g.txt")
    assert answer.issues == []
    assert [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells
            if c.period == "2018"] == [
        ("row", "Educatieve bachelor voor secundair onderwijs: knelpuntvakken - 1ste jaar", "2018", 14, 7),
        ("row", "Educatieve bachelor voor lager onderwijs - 2de jaar", "2018", 50, 9),
        ("total", "Totaal", "2018", 64, 10),
    ]
    assert not [f for f in audit(answer).findings if f.severity in ("error", "warning")]


def test_a_names_line_ending_in_its_colon_amid_the_rows_is_the_names() -> None:
    """The same name as the table's second row: its first line was dropped as prose (the row's
    label ``knelpuntvakken - 1ste jaar`` alone) where it was not the first."""
    text = NAME_WRAPPED_AFTER_ITS_COLON.replace(
        "Educatieve bachelor voor secundair onderwijs: \nknelpuntvakken - 1ste jaar 14 41 8 63\n"
        "Educatieve bachelor voor lager onderwijs\n- 2de jaar 50 18 15 83 \n",
        "Educatieve bachelor voor lager onderwijs\n- 2de jaar 50 18 15 83 \n"
        "Educatieve bachelor voor secundair onderwijs: \nknelpuntvakken - 1ste jaar 14 41 8 63\n")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert [c.label for t in answer.tables for c in t.cells if c.period == "2018" and c.level == "row"] == [
        "Educatieve bachelor voor lager onderwijs - 2de jaar",
        "Educatieve bachelor voor secundair onderwijs: knelpuntvakken - 1ste jaar",
    ]


def test_a_sentence_ending_in_a_colon_above_a_capital_row_is_still_no_names_line() -> None:
    """The other side: a line ending in a colon whose next line starts with a capital (a row of
    its own, or prose) is not read as a name going on below it: the table is still refused
    loudly, never read with a sentence in a row's name."""
    text = NAME_WRAPPED_AFTER_ITS_COLON.replace("knelpuntvakken - 1ste", "Knelpuntvakken - 1ste")
    answer = read_text(text, "g.txt")
    assert not [c for t in answer.tables for c in t.cells if "onderwijs:" in (c.label or "")]
    assert [i.kind for i in answer.issues] == ["unreadable-table"]


# ``pdftotext -layout`` of a generated PDF (``test_newer_shapes_property.py``
# ``::test_the_layout_text_of_the_pdf_reads_back_exactly``, seed 6000), its form feed where page 2
# starts: page 2 prints no header, and its rows stand narrower than page 1's header of five
# columns (``Totaal januari … april``): ``583559: … - 1     1.008    891     49    30    38``.
# Three of its four rows were ``unreadable-table`` errors (``blanks-overflow``), though two fill
# every column and the totals place the third (``139  59 39 41``, January blank).
NARROWER_ROWS_ON_A_PAGE_WITHOUT_ITS_HEADER = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector

JO BOURNS
VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW

ANTWOORD
op vraag nr. 309 van 5 juni 2018
van JAN LAEREMANS

1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten in de verschillende opleidingen.

Unieke cursisten met gestarte OKOT'(s)                maart
                                                       2020

110449: lerarenopleiding gehandicaptenzorg             1.808

Subtotaal                                              1.808

255875: individueel bachelor - tweede jaar                39
individueel traject - modules 1- 4 bijkomende

974589: kleuteronderwijs en modules 1- 4 voor             76

Totaal                                                 1.890

2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een diploma behaalde.

Unieke cursisten met uitgevoerde,                     Totaal     januari    februari       maart        april
geslaagde, OKOT'(s)                                                2023        2023         2023        2023

395055: opvoeder                                         288         200                       66          22

402877: tandartsassistent tandartsassistent               30                      14                       16
Opvoeder vakbevoegdheid gehandicaptenzorg
\f\f583559: Verkorte Professionele bijkomende - 1     1.008    891     49    30    38
ste jaar individueel traject - module 5 -en -en

809734: kleuteronderwijs -1ste jaar                196      25     47    57    67
apotheekassistent -1ste jaar beroepsonderwijs
educ

824760: kinderzorg secundair tandartsassistent     139             59    39    41
individueel voor - tweede jaar - 3de jaar

865903: Tweedekansonderwijs bijkomende -en        1.007    934     36    19    18
module 5 educ -en

Totaal                                            2.631   2.048   205   211   184

"""


def test_a_later_pages_narrower_rows_under_a_header_of_five_columns_are_read() -> None:
    # (before: page 1's header names its total column first and its months alone, their years on
    # the line below (``Totaal  januari … april`` / ``2023 … 2023``): counted as four columns (the
    # years), page 1's five columns of figures were merged into four, and the later page's five not
    # matched to them — three rows blanks-overflow errors; read/pdf.py _named_columns)
    answer = read_text(NARROWER_ROWS_ON_A_PAGE_WITHOUT_ITS_HEADER, "g.txt")
    assert answer.issues == []
    cells = {(c.code, c.period): c.count for t in answer.tables for c in t.cells if c.code == "583559"}
    assert cells == {("583559", "Totaal"): 1008, ("583559", "2023-01"): 891, ("583559", "2023-02"): 49,
                     ("583559", "2023-03"): 30, ("583559", "2023-04"): 38}
    blank = {c.period: c.count for t in answer.tables for c in t.cells if c.code == "824760"}
    assert blank == {"Totaal": 139, "2023-02": 59, "2023-03": 39, "2023-04": 41}  # (January blank)
